"""Rules for times of day: clock times, am/pm, parts of the day, time ranges, zone names."""

from __future__ import annotations

import re
from datetime import timedelta

from flowhub.nlp._time_atoms import PARTS, Atom
from flowhub.nlp._time_lexicon import (
    NUM_WORD,
    alt,
    word_number,
)
from flowhub.nlp._time_rules import (
    AMPM,
    HOUR_WORD,
    MONTH,
    PRE,
    WEEKDAY,
    B,
    Ctx,
    E,
    _ampm,
    _time,
    rule,
)

# ---------------------------------------------------------------- clock times

_NOT_CLOCK_BEFORE = re.compile(
    r"(?:version|ver|v|release|rev|build|python|chapter|section|page|step|rule|item|no|number|"
    r"score|rating|grade|size|costs?|price|usd|eur|gbp|is|was|of|about)\.?\s*$"
)
_BEFORE_MONTH = re.compile(rf"\s*(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}{E}")
# Words before an hour that may end a sentence with it: "call him today before 12."
_ENDS_SENTENCE = frozenset({"at", "@", "by", "around", "about", "before"})
_NOT_CLOCK_AFTER = re.compile(
    r"\s*(?:%|percent|x\b|times\b|eur|usd|gbp|dollars?|euros?|kg|km|mi|miles|stars?|points?|"
    r"percent|gb|mb|hours?|hrs?|days?|years?|items?|people|units?)"
)


@rule(
    rf"(?<![\w.:$€£/-])(?P<h>[01]?\d|2[0-3])(?P<sep>[:h.]|\s?uhr\s?)(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?:\s*{AMPM})?(?![\d]|\.\d)"
)
def _clock(m: re.Match[str], ctx: Ctx) -> Atom | None:
    h, mi = int(m["h"]), int(m["m"])
    ap = _ampm(m)
    if m["sep"] == "." and not ap:
        before = m.string[max(0, m.start() - 12) : m.start()]
        after = m.string[m.end() :]
        if re.search(_NOT_CLOCK_BEFORE, before) or re.match(_NOT_CLOCK_AFTER, after) or h == 0:
            return None  # "version 2.10", "1.50 eur", "2.25x" are numbers, not times
    a = _time(m, h, mi, ap, True)
    if a is not None:
        a.zero = m["h"].startswith("0") or m["sep"] != ":"
        if m["s"] and m["sep"] == ":":
            a.second = int(m["s"])
    return a


@rule(
    rf"(?<![\w.:$€£/-])(?P<h>[01]?\d|2[0-3])\s?(?:h|uhr|heures?|hrs){E}(?!\s*(?:\d|later|ago|from|before|after))"
)
def _h_suffix(m: re.Match[str], ctx: Ctx) -> Atom | None:
    before = m.string[max(0, m.start() - 10) : m.start()]
    if re.search(r"(?:for|in|takes|took|about|last(?:s|ed)?|every|cada|de)\s+$", before):
        return None
    return _time(m, int(m["h"]), 0, None, True, grain="minute")


@rule(
    rf"{B}(?P<h>\d{{1,2}}|{HOUR_WORD})(?:\s*(?:o'?\s?clock|ish))?\s*{AMPM}(?:\s*approximately)?"
    rf"|{B}(?P<h2>\d{{1,2}}|{HOUR_WORD})\s+in\s+the\s+(?P<ap2>am|pm|a\.m\.|p\.m\.){E}"
)
def _hour_ampm(m: re.Match[str], ctx: Ctx) -> Atom | None:
    h = word_number(m["h"] or m["h2"])
    if h is None:
        return None
    ap = _ampm(m) or (m["ap2"][0] + "m" if m["ap2"] else None)
    if m["ap1"] and not _short_ampm_ok(m):
        return None
    return _time(m, h, 0, ap, True, grain="hour")


# "7p", "9a": a clock time after at/@/a dash or beside a day ("tomorrow 7p", "7a fri");
# elsewhere, even said alone, "7p" may be a price and "4a" a room, a form or a paper size.
_SHORT_AP_BEFORE = re.compile(
    rf"(?:(?<!\w)(?:at|to|today|tomorrow|tonight|{WEEKDAY}\.?)|@|-|\d(?:st|nd|rd|th)|\d/\d{{1,2}})"
    r"\s*,?\s*$"
)
_SHORT_AP_AFTER = re.compile(
    rf"\s*,?\s*(?:on\s+)?(?:today|tomorrow|tonight|(?:this|next)\s+{WEEKDAY}|{WEEKDAY}){E}"
)


def _short_ampm_ok(m: re.Match[str]) -> bool:
    """Whether a number with a bare "a"/"p" ("7p") is a clock time where it stands."""
    before = m.string[max(0, m.start() - 16) : m.start()]
    return bool(_SHORT_AP_BEFORE.search(before) or _SHORT_AP_AFTER.match(m.string, m.end()))


# "same time tomorrow", "friday at this time": now's clock time on the day said beside it;
# alone ("at this time") it is now, which is never a due date.
_SAME_TIME_AFTER = re.compile(
    rf"\s*,?\s*(?:on\s+)?(?:tomorrow|today|the\s+day\s+after|(?:this|next)\s+{WEEKDAY}|{WEEKDAY}|"
    rf"{MONTH}|the\s+\d|\d){E}"
)
_SAME_TIME_BEFORE = re.compile(
    rf"(?<!\w)(?:tomorrow|today|{WEEKDAY}\.?|\d(?:st|nd|rd|th)?)\s*,?\s*$"
)


@rule(rf"{B}(?:at\s+)?(?:this|(?:the\s+)?same)\s+time(?P<week>\s+next\s+week)?{E}")
def _same_time(m: re.Match[str], ctx: Ctx) -> Atom | None:
    now = ctx.now.replace(second=0, microsecond=0)
    if m["week"]:
        moment = now + timedelta(days=7)
        return Atom(m.start(), m.end(), "instant", moment=moment, grain="minute", day=moment.date())
    before = m.string[max(0, m.start() - 16) : m.start()]
    if not (_SAME_TIME_AFTER.match(m.string, m.end()) or _SAME_TIME_BEFORE.search(before)):
        return None
    a = _time(m, now.hour, now.minute, None, True)
    if a is not None:
        a.zero = True  # a 24-hour reading: never moved to the afternoon
    return a


_MIN_WORD = rf"(?:(?:oh|o|zero|ou)[\s-]+{HOUR_WORD}|{NUM_WORD})"


@rule(
    rf"{B}(?P<h>{HOUR_WORD}|twenty[\s-]?one|twenty[\s-]?two|twenty[\s-]?three|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
    rf"(?:[\s-]+(?P<m>{_MIN_WORD}))?(?:\s*o'?\s?clock)?\s*(?:{AMPM}|(?P<oc>o'?\s?clock){E})"
    rf"|{B}(?P<h2>{HOUR_WORD})[\s-]+(?P<m2>thirty|fifteen|forty[\s-]five|o\s+\w+|oh[\s-]+\w+|zero[\s-]+\w+|ou\s+\w+)(?![\w-])"
)
def _word_time(m: re.Match[str], ctx: Ctx) -> Atom | None:
    h = word_number(m["h"] or m["h2"])
    raw_m = m["m"] or m["m2"]
    mi = 0
    if raw_m:
        parts = raw_m.replace("-", " ").split()
        if parts[0] in ("oh", "o", "zero", "ou"):
            parts = parts[1:]
        got = word_number(" ".join(parts))
        if got is None or got > 59:
            return None
        mi = got
    if h is None:
        return None
    if m["h2"] and not _word_clock_ok(m):
        return None
    ap = _ampm(m)
    if m["ap1"]:
        return None
    return _time(m, h, mi, ap, bool(ap or m["oc"]), grain="minute" if raw_m else "hour")


# "six thirty" is a clock time said alone or beside a day or a part of the day ("six thirty
# tomorrow", "friday six thirty"); elsewhere it may count ("six thirty-year-olds").
_WORD_CLOCK_AFTER = re.compile(
    rf"\s*,?\s*(?:in\s+the\s+(?:morning|afternoon|evening)|tonight|tomorrow|today|"
    rf"this\s+(?:morning|afternoon|evening)|(?:on\s+|next\s+)?{WEEKDAY}){E}"
)
_WORD_CLOCK_BEFORE = re.compile(rf"(?<!\w)(?:tomorrow|today|tonight|{WEEKDAY}\.?)\s*,?\s*$")


def _word_clock_ok(m: re.Match[str]) -> bool:
    """Whether an hour and minutes in words without am/pm ("six thirty") is a clock time here."""
    if m.start() == 0 and not m.string[m.end() :].strip(" .!?"):
        return True
    before = m.string[max(0, m.start() - 16) : m.start()]
    return bool(_WORD_CLOCK_AFTER.match(m.string, m.end()) or _WORD_CLOCK_BEFORE.search(before))


@rule(rf"{B}(?P<h>\d{{1,2}}|{HOUR_WORD})\s*o'?\s?clock{E}")
def _oclock(m: re.Match[str], ctx: Ctx) -> Atom | None:
    h = word_number(m["h"])
    if h is None:
        return None
    return _time(m, h, 0, None, False, grain="hour")


@rule(
    rf"{B}(?P<h>{HOUR_WORD}|\d{{1,2}})\s+hundred(?:\s+(?:and\s+)?(?P<m>{NUM_WORD}))?(?:\s*(?:hours))?(?:\s*{AMPM})?{E}"
)
def _hundred(m: re.Match[str], ctx: Ctx) -> Atom | None:
    h = word_number(m["h"])
    mi = word_number(m["m"]) if m["m"] else 0
    if h is None or mi is None or h > 24 or mi > 59:
        return None
    return _time(m, h, mi, _ampm(m), True)


@rule(
    rf"(?<![\w.:$€£/-])(?P<pre>{PRE})\s+(?P<h>\d{{1,2}}|{HOUR_WORD})"
    rf"(?:(?:\s|:)(?P<m>[0-5]\d)|[\s-]+(?P<mw>{_MIN_WORD}))?(?P<ish>ish)?(?:\s*(?:o'?\s?clock|uhr|h{E}))?(?![\w:%/-]|\.(?!\s|$)|\s*(?:[ap]\.?m|%|percent|people|persons|items|of\b|times|years|days|weeks|months|hours|minutes|mins|ppl|x\b|\$|€|dollars|euros|\w+s\b(?<!ish)))"
    rf"|(?<![\w.:$€£/-])(?P<pre2>at|@|around|about|approximately|approx)\s+(?P<hhmm>\d{{3,4}})(?:ish)?(?![\w:.-])"
)
def _anchored(m: re.Match[str], ctx: Ctx) -> Atom | None:
    pre = " ".join((m["pre"] or m["pre2"] or "").split())
    start = m.start()
    if _BEFORE_MONTH.match(m.string, m.end()):
        return None  # "until 1 march": a date
    if m.string.startswith(".", m.end()) and pre not in _ENDS_SENTENCE:
        return None  # "bis 12." is "until the 12th"; "call him before 12." is a time
    if pre in ("a", "as", "um", "ab", "bis", "vers", "des", "gegen"):
        # "a"/"as" are also English words: only digits ("as 10", "a 9h") count as a time
        if not m["h"] or not m["h"].isdigit():
            return None
        if pre == "a" and not (m["m"] or m.group(0).endswith(("h", "uhr"))):
            return None
    if m["hhmm"]:
        v = m["hhmm"]
        hh, mi = int(v[:-2]), int(v[-2:])
        if hh > 23 or mi > 59:
            return None
        return _time(m, hh, mi, None, hh > 12 or hh == 0, start=start)
    h = word_number(m["h"])
    if h is None or h > 24:
        return None
    mi = 0
    if m["m"]:
        mi = int(m["m"])
    elif m["mw"]:
        parts = m["mw"].replace("-", " ").split()
        if parts[0] in ("oh", "o", "zero", "ou"):
            parts = parts[1:]
        got = word_number(" ".join(parts))
        if got is None or got > 59:
            return None
        mi = got
    zero = bool(m["m"]) and m["h"].startswith("0")  # "at 01:30" is 24-hour, like "01:30"
    a = _time(
        m,
        h,
        mi,
        None,
        h > 12 or zero,
        grain="minute" if (m["m"] or m["mw"]) else "hour",
        start=start,
    )
    if a is not None:
        a.zero = zero
    return a


@rule(
    rf"{B}(?P<q>a\s+quarter|quarter|half|\d{{1,2}}|{NUM_WORD})(?:\s+(?:minutes?|mins?))?\s+(?P<dir>past|after|to|till|before|of|from)\s+"
    rf"(?P<h>\d{{1,2}}|{HOUR_WORD}|noon|midnight)(?P<hsuf>h)?(?:\s*{AMPM})?(?![\w:])"
    rf"|{B}half\s+(?P<h2>{HOUR_WORD}|\d{{1,2}})(?![\w:])(?!\s*(?:hours?|an|a\b|days?))"
)
def _past_to(m: re.Match[str], ctx: Ctx) -> Atom | None:
    if m["h2"]:
        h = word_number(m["h2"])
        if h is None or not 1 <= h <= 12:
            return None
        return _time(m, h, 30, None, False)
    q = " ".join(m["q"].split())
    mins = 15 if "quarter" in q else 30 if q == "half" else word_number(q)
    if mins is None or not 1 <= mins <= 59:
        return None
    said_at = re.search(r"(?:\bat|@)\s*$", m.string[: m.start()])
    # "thursday 10 to 12" right after a day reads as hours; "5 to 12" alone may be 11:55
    dayed = m["dir"] == "to" and mins <= 12 and _DAY_BEFORE.search(m.string[: m.start()])
    if q.isdigit() and (m["dir"] == "till" or dayed) and "min" not in m.group(0) and not said_at:
        return None  # "8 till 4", "9 till 5": a span of hours, not minutes to the hour
    if m["dir"] == "from" and not re.search(r"\d|[ap]m|noon|midnight", m.group(0)[-8:]):
        return None
    hraw = m["h"]
    ap = _ampm(m)
    if m["ap1"]:
        return None
    if hraw in ("noon", "midnight"):
        h, ap, explicit = (12, None, True) if hraw == "noon" else (0, None, True)
    else:
        got = word_number(hraw)
        if got is None or got > 23:
            return None
        h, explicit = got, ap is not None or got > 12 or m["hsuf"] is not None
    total = h * 60 + (mins if m["dir"] in ("past", "after", "from") else -mins)
    if ap == "pm" and h < 12:
        total += 720
        ap = None
        explicit = True
    elif ap == "am" and h == 12:
        total -= 720
        ap = None
        explicit = True
    total %= 1440
    if hraw == "midnight" and m["dir"] in ("to", "till", "before", "of"):
        explicit = True
    return _time(m, total // 60, total % 60, ap, explicit)


@rule(
    rf"{B}(?:at\s+|@\s*)?(?:the\s+)?(?P<w>noon|midday|mid\s+day|midnight|mediodia|medianoche|meio[\s-]dia|meia[\s-]noite|midi|minuit|mittag|mitternacht|mittags){E}"
)
def _noon(m: re.Match[str], ctx: Ctx) -> Atom | None:
    w = m["w"]
    if w.startswith(("midn", "media", "meia", "minuit", "mitter")):
        return _time(m, 24, 0, None, True, grain="hour")
    return _time(m, 12, 0, None, True, grain="hour")


_PART_WORDS = r"(?P<part>morning|mornings|afternoon|afternoonish|evening|night|lunch(?:\s*time)?|daybreak|sunrise|sunset|manana|tarde|noche|manha|noite|matin|apres-midi|soir|soiree|morgens|vormittag|nachmittag|abend|abends|nachts|nacht|fruh)"  # noqa: E501
_PART_MAP = {
    "mornings": "morning",
    "afternoonish": "afternoon",
    "manana": "morning",
    "tarde": "afternoon",
    "noche": "night",
    "manha": "morning",
    "noite": "night",
    "matin": "morning",
    "apres-midi": "afternoon",
    "soir": "evening",
    "soiree": "evening",
    "morgens": "morning",
    "vormittag": "morning",
    "nachmittag": "afternoon",
    "abend": "evening",
    "abends": "evening",
    "nachts": "night",
    "nacht": "night",
    "fruh": "morning",
}


@rule(
    rf"{B}(?P<pre>this|in\s+the|the|in|early\s+in\s+the|late\s+in\s+the|por\s+la|de\s+la|a\s+la|pela|de|da|a|a\s+noite|du|le|dans\s+la|am|at|in\s+the\s+early\s+hours\s+of\s+the|during\s+the|after|before)?"
    rf"\s*(?P<mod>early|late)?\s*{_PART_WORDS}{E}(?P<of>\s+of)?|{B}(?P<solo>after\s+lunch|after\s+school|after\s+work|before\s+work|during\s+the\s+day){E}"
)
def _part(m: re.Match[str], ctx: Ctx) -> Atom | None:
    if m["solo"]:
        return Atom(m.start(), m.end(), "part", part=" ".join(m["solo"].split()))
    p = m["part"]
    if p in ("manana", "fruh") and not m["pre"]:
        return None  # bare "manana" means tomorrow
    if p in ("tarde", "noche", "noite", "nacht", "abend") and not m["pre"]:
        return None  # "tarde" alone is also "late"; these need "por la", "de", "am"...
    part = _PART_MAP.get(p, p)
    if part.startswith("lunch"):
        part = "lunch"
    pre = " ".join((m["pre"] or "").split())
    if pre in ("", "the", "a", "de", "le") and not m["mod"]:
        before = m.string[max(0, m.start() - 12) : m.start()]
        after = m.string[m.end() :]
        determiner = re.search(r"(?:my|your|his|her|our|their|a|an|the)\s+$", before + " ")
        if (
            (determiner and pre != "the" and not re.match(r"\s+alarms?\b", after))
            or re.match(
                r"\s+(?:walk|walks|meeting|meetings|routine|news|show|shift|run|"
                r"coffee|call|break|person|people|alarm|alarms|playlist|dress|"
                r"class|classes|prayer|medicine|pills|star|sky|owl|light|lights|"
                r"mode|time|menu|plans?|reminder|party|event)\b",
                after,
            )
            or (pre == "the" and not re.search(r"(?:in|at|for|during|by|until)\s+$", before))
        ):
            return None  # "evening walk", "the lunch meeting": an adjective, not a time
    mod = m["mod"] or (
        "early"
        if pre.startswith(("early", "in the early"))
        else "late"
        if pre.startswith("late")
        else None
    )
    if mod and f"{mod} {part}" in PARTS:
        part = f"{mod} {part}"
    if pre in ("after", "before") and f"{pre} {part}" in PARTS:
        part = f"{pre} {part}"
    a = Atom(m.start(), m.end(), "part", part=part)
    if pre == "this":
        a.day = ctx.today
    return a


# "thursday 10 to 12", "tomorrow 9-11": hours right after a day are a span of time.
_DAY_BEFORE = re.compile(
    rf"(?<![\w'])(?:{WEEKDAY}|today|tomorrow|tmrw|tmr|tonight)\.?,?\s*(?:at\s+)?$", re.I
)


@rule(
    rf"(?<![\w.:$€£/-])(?P<pre>from|between|de|entre|von|du)?\s*(?P<h1>\d{{1,2}}|{HOUR_WORD})(?::(?P<m1>[0-5]\d)|h(?P<m1b>[0-5]\d)?)?\s*(?:{AMPM})?"
    rf"\s*(?P<sep>-|to|till|until|thru|through|and|a|bis|a)\s*(?P<h2>\d{{1,2}}|{HOUR_WORD})(?::(?P<m2>[0-5]\d)|h(?P<m2b>[0-5]\d)?)?(?::00)?(?:\s*(?P<apx>[ap])\.?\s?m\b\.?|\s*(?P<apx1>[ap])\b)?(?:\s*ish)?(?![\w:/.-])"
    # "7pm until 18 dec": a day of a month follows, not the end of a span of hours.
    rf"(?!\s*(?:st|nd|rd|th)?\s*(?:of\s+)?{MONTH}\b)"
)
def _time_range(m: re.Match[str], ctx: Ctx) -> Atom | None:
    h1, h2 = word_number(m["h1"]), word_number(m["h2"])
    if h1 is None or h2 is None or h1 > 24 or h2 > 24:
        return None
    ap1 = _ampm(m)
    apx = m["apx"] or m["apx1"]
    ap2 = f"{apx}m" if apx else None
    m1 = int(m["m1"] or m["m1b"] or 0)
    m2 = int(m["m2"] or m["m2b"] or 0)
    hasclock = bool(m["m1"] or m["m2"] or (m["m1b"] is not None and "h" in m.group(0)))
    if not (ap1 or ap2 or hasclock or "h" in m.group(0).replace("th", "")) and not (
        (m["pre"] in ("between", "from") and m["sep"] in ("and", "to", "-", "till", "until"))
        or (m["sep"] in ("-", "to", "till", "until") and _DAY_BEFORE.search(m.string[: m.start()]))
    ):
        return None  # "2-3" alone is a count, not a time range; "thu 10-12" is one
    if m["sep"] == "and" and m["pre"] != "between":
        return None
    if m["sep"] == "a" and not m["pre"]:
        return None
    if not ap1 and ap2 and h1 <= 12:
        ap1 = ap2
        if ap2 == "pm" and h1 > h2 and h1 != 12:
            ap1 = "am"
        if ap2 == "am" and h2 == 12 and h1 != 12:
            ap1 = "am"
    return Atom(
        m.start(),
        m.end(),
        "trange",
        hour=h1,
        minute=m1,
        ampm=ap1,
        hour2=h2,
        minute2=m2,
        ampm2=ap2,
        explicit=bool(ap1 or ap2 or hasclock),
        rank=1,
    )


TZ_OFFSETS = {
    "utc": 0,
    "gmt": 0,
    "z": 0,
    "cet": 60,
    "cest": 120,
    "bst": 60,
    "ist": 330,
    "est": -300,
    "edt": -240,
    "cst": -360,
    "cdt": -300,
    "mst": -420,
    "mdt": -360,
    "pst": -480,
    "pdt": -420,
    "eet": 120,
    "eest": 180,
    "wet": 0,
    "jst": 540,
    "aest": 600,
    "brt": -180,
}


@rule(rf"(?<=[\d\sm])\s*\(?(?P<z>{alt(TZ_OFFSETS)})\)?{E}")
def _zone_abbrev(m: re.Match[str], ctx: Ctx) -> Atom | None:
    if not re.search(r"(?:\d|[ap]\.?m\.?|h)\s*$", m.string[: m.start()]):
        return None
    return Atom(m.start(), m.end(), "zone", tzoff=TZ_OFFSETS[m["z"]])


@rule(
    r"(?<![\w'])(?P<pre>at\s+the\s+second)(?=\s+\d{1,2}(?::\d\d|\s*[ap]\.?m))"
    r"|(?<=[\dm])\s*\(?\s*(?:the\s+)?second\s+time\s*\)?(?![\w])"
    r"|(?:after|once|when)\s+the\s+clocks?\s+(?:go|goes|went|have\s+gone|has\s+gone|fall|falls|are\s+set)\s+back(?![\w])"
    r"|(?<=[\dm])\s*(?:standard|winter)\s+time(?![\w])"
)
def _later_offset(m: re.Match[str], ctx: Ctx) -> Atom | None:
    """ "at the second 1:30", "1:30 after the clocks go back": the later of a repeated hour."""
    return Atom(m.start(), m.end(), "zone", op="second" if m["pre"] else "later")


@rule(
    rf"{B}(?P<h>\d{{1,2}}|{HOUR_WORD})(?::(?P<m>[0-5]\d))?(?=\s+(?:in\s+the\s+(?:morning|afternoon|evening)|tonight|tonite|this\s+(?:morning|afternoon|evening)|tomorrow|today|in\s+afternoon|de\s+la\s+(?:manana|tarde|noche)|du\s+(?:matin|soir)))"
)
def _hour_before_part(m: re.Match[str], ctx: Ctx) -> Atom | None:
    h = word_number(m["h"])
    if h is None or h > 23:
        return None
    if not m["h"][0].isdigit() and _COUNTED.search(m.string[: m.start()]):
        return None  # "make the schedule one tomorrow morning": a pronoun or a count, not 1 am
    return _time(m, h, int(m["m"] or 0), None, h > 12, grain="minute" if m["m"] else "hour")


# A word before a spelled hour that makes it a count or "one" for a thing, not a clock time.
_COUNTED = re.compile(
    r"(?<![@~])\b(?!(?:at|by|around|about|from|until|till|til|before|after|between|and|or|to|"
    r"past|approx|approximately|ca|circa|say|like)\s*$)[a-z][\w'-]*\s+$",
    re.I,
)


@rule(rf"{B}(?P<hhmm>\d{{3,4}})\s*(?P<ap>[ap])\.?\s?m\b\.?")
def _hhmm_ampm(m: re.Match[str], ctx: Ctx) -> Atom | None:
    v = m["hhmm"]
    h, mi = int(v[:-2]), int(v[-2:])
    if mi > 59 or not 1 <= h <= 12:
        return None
    return _time(m, h, mi, f"{m['ap']}m", True)


@rule(rf"{B}(?:tonight|tonite)\s+(?:at\s+)?(?P<hhmm>\d{{3,4}})(?![\w:.])")
def _tonight_hhmm(m: re.Match[str], ctx: Ctx) -> Atom | None:
    v = m["hhmm"]
    h, mi = int(v[:-2]), int(v[-2:])
    if mi > 59 or not 1 <= h <= 23:
        return None
    return _time(m, h, mi, "pm" if h <= 12 else None, True)
