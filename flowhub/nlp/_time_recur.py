"""Recurrence rules ("every other friday", "1st of every month") and their first occurrence."""

from __future__ import annotations

import re
from datetime import UTC as _UTC
from datetime import date, datetime, time

from dateutil.rrule import rrulestr

from flowhub.nlp._time_atoms import PARTS, Atom
from flowhub.nlp._time_grammar import DAYNUM, MONTH, NUM, WEEKDAY, B, Ctx, E, rule
from flowhub.nlp._time_lexicon import (
    MONTHS,
    WEEKDAY_CODES,
    WEEKDAYS,
    ordinal_number,
    word_number,
)
from flowhub.nlp._time_zone import localize

_EVERY = (
    r"(?:every|each|evry|cada|todos\s+los|todas\s+las|todos\s+os|todas\s+as|todo\s+o|toda\s+a|"
    r"todo|toda|tous\s+les|toutes\s+les|chaque|jeden|jede|jedes|jeder|alle)"
)
# "after I finish (it)", "after done", "from completion": the repeat counts from completion.
_AFTER_DONE = (
    r"\s+(?:after|from)\s+(?:(?:the\s+|each\s+|every\s+)?(?:last\s+)?"
    r"(?:completion|done|finishing|completing|doing|ticking)"
    r"|(?:(?:i|you|we|they|he|she)(?:\s+have|\s+am|\s+are|['’](?:ve|m|re))?|it(?:\s+is|['’]s))\s+"
    r"(?:finish(?:ed)?|complete(?:d)?|do|did|done|tick(?:ed)?|mark(?:ed)?))"
    r"(?:\s+(?:it|this|that|them))?(?:\s+(?:off|done))?"
)
_WD_LIST = rf"(?P<wds>{WEEKDAY}(?:\s*(?:,|and|&|y|e|et|und|or)?\s*{WEEKDAY}){{0,6}})"
# "every week on monday", "weekly on mondays and thursdays": the days of a weekly rule.
_ON_DAYS = (
    rf"(?:\s+on\s+(?:(?P<on>{WEEKDAY}s?(?:\s*(?:,|and|&|or)?\s*{WEEKDAY}s?){{0,6}})"
    r"|(?P<onwd>week\s*days|work\s*days|working\s+days|business\s+days)|(?P<onwe>week[\s-]?ends)))?"
)
# "every weekday except friday", "daily but not on sundays": days taken out of the rule.
_EXCEPT = re.compile(
    rf"\s*,?\s+(?:except|but\s+not|apart\s+from|excluding|other\s+than|besides)\s+(?:on\s+)?"
    rf"(?:(?P<wkend>week[\s-]?ends?)|(?P<days>{WEEKDAY}s?(?:\s*(?:,|and|&|or)\s*{WEEKDAY}s?){{0,5}}))"
    rf"{E}"
)
_UNITS = {
    "day": "DAILY",
    "days": "DAILY",
    "dia": "DAILY",
    "dias": "DAILY",
    "jour": "DAILY",
    "jours": "DAILY",
    "tag": "DAILY",
    "tage": "DAILY",
    "week": "WEEKLY",
    "weeks": "WEEKLY",
    "semana": "WEEKLY",
    "semanas": "WEEKLY",
    "semaine": "WEEKLY",
    "semaines": "WEEKLY",
    "woche": "WEEKLY",
    "wochen": "WEEKLY",
    "month": "MONTHLY",
    "months": "MONTHLY",
    "mes": "MONTHLY",
    "meses": "MONTHLY",
    "mois": "MONTHLY",
    "monat": "MONTHLY",
    "monate": "MONTHLY",
    "year": "YEARLY",
    "years": "YEARLY",
    "ano": "YEARLY",
    "anos": "YEARLY",
    "an": "YEARLY",
    "ans": "YEARLY",
    "annee": "YEARLY",
    "jahr": "YEARLY",
    "jahre": "YEARLY",
    "hour": "HOURLY",
    "hours": "HOURLY",
    "hora": "HOURLY",
    "horas": "HOURLY",
    "heure": "HOURLY",
    "heures": "HOURLY",
    "stunde": "HOURLY",
    "stunden": "HOURLY",
    "minute": "MINUTELY",
    "minutes": "MINUTELY",
    "min": "MINUTELY",
    "mins": "MINUTELY",
    "minuto": "MINUTELY",
    "minutos": "MINUTELY",
    "minuten": "MINUTELY",
    "quarter": "QUARTERLY",
    "quarters": "QUARTERLY",
}
_UNIT_ALT = "(?:" + "|".join(sorted(_UNITS, key=len, reverse=True)) + ")"
_ADVERBS = {
    "daily": "DAILY",
    "everyday": "DAILY",
    "diario": "DAILY",
    "diaria": "DAILY",
    "diariamente": "DAILY",
    "quotidien": "DAILY",
    "quotidiennement": "DAILY",
    "taglich": "DAILY",
    "weekly": "WEEKLY",
    "semanal": "WEEKLY",
    "semanalmente": "WEEKLY",
    "hebdomadaire": "WEEKLY",
    "wochentlich": "WEEKLY",
    "monthly": "MONTHLY",
    "mensual": "MONTHLY",
    "mensal": "MONTHLY",
    "mensalmente": "MONTHLY",
    "mensuel": "MONTHLY",
    "monatlich": "MONTHLY",
    "yearly": "YEARLY",
    "annually": "YEARLY",
    "anual": "YEARLY",
    "anualmente": "YEARLY",
    "annuel": "YEARLY",
    "jahrlich": "YEARLY",
    "hourly": "HOURLY",
    "stundlich": "HOURLY",
    "quarterly": "QUARTERLY",
    "biweekly": "WEEKLY2",
    "fortnightly": "WEEKLY2",
}
_ADV_ALT = "(?:" + "|".join(sorted(_ADVERBS, key=len, reverse=True)) + ")"
_WEEKDAYS_ONLY = "MO,TU,WE,TH,FR"
_ALL_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _codes(raw: str) -> list[str]:
    out: list[str] = []
    for w in re.findall(r"[a-z-]+", raw):
        wd = WEEKDAYS.get(w)
        if wd is not None and WEEKDAY_CODES[wd] not in out:
            out.append(WEEKDAY_CODES[wd])
    return out


def _recur(m: re.Match[str], **fields: str) -> Atom:
    return _without(Atom(m.start(), m.end(), "recur", recur=dict(fields), rank=4), m.string)


def _without(a: Atom, text: str) -> Atom:
    """Take the days after "except" out of a daily or weekly rule ("every weekday except fri")."""
    fields = a.recur
    daily = fields["FREQ"] == "DAILY" and "INTERVAL" not in fields
    if not (daily or (fields["FREQ"] == "WEEKLY" and "BYDAY" in fields)):
        return a
    m = _EXCEPT.match(text, a.end)
    if m is None:
        return a
    gone = ["SA", "SU"] if m["wkend"] else _codes(_singular(m["days"]))
    kept = [d for d in (fields.get("BYDAY", "").split(",") if not daily else _ALL_DAYS) if d]
    left = [d for d in kept if d not in gone]
    if not left or left == kept:
        return a
    fields["FREQ"], fields["BYDAY"] = "WEEKLY", ",".join(left)
    a.end = m.end()
    return a


def _on_days(m: re.Match[str]) -> dict[str, str]:
    """The BYDAY of "... on mondays", "... on weekdays", "... on weekends" (or none)."""
    if m["onwd"]:
        return {"BYDAY": _WEEKDAYS_ONLY}
    if m["onwe"]:
        return {"BYDAY": "SA,SU"}
    return {"BYDAY": ",".join(_codes(_singular(m["on"])))} if m["on"] else {}


def _counted_from_done(a: Atom, done: bool) -> Atom:
    """Mark a rule that repeats counted from completion ("every! 3 days", "... after done")."""
    a.after_done = done
    return a


@rule(
    rf"{B}{_EVERY}(?P<bang>!)?\s+(?:(?P<other>other|second|2nd|alternate|outro|otro|autre|zweiten)\s+|(?P<n>{NUM})\s+)?"
    rf"(?:(?P<wdays>week\s*days?|weekdays|work\s*days?|working\s+days?|business\s+days?|dia\s+util|dias\s+uteis|dias\s+habiles|jour\s+ouvrable|werktag)"
    rf"|(?P<wkend>week[\s-]?ends?|fin\s+de\s+semana|fim\s+de\s+semana|wochenende)"
    rf"|(?P<pod>morning|afternoon|evening|night|manana|tarde|noche|manha|noite|matin|soir|morgen|abend)"
    rf"|{_WD_LIST}|(?P<unit>{_UNIT_ALT}){_ON_DAYS})(?P<done>{_AFTER_DONE})?{E}"
)
def _every(m: re.Match[str], ctx: Ctx) -> Atom | None:
    interval = 2 if m["other"] else word_number(m["n"]) if m["n"] else 1
    if interval is None or interval < 1:
        return None
    extra = {"INTERVAL": str(interval)} if interval > 1 else {}
    if m["wdays"]:
        return _recur(m, FREQ="WEEKLY", BYDAY=_WEEKDAYS_ONLY, **extra)
    if m["wkend"]:
        return _recur(m, FREQ="WEEKLY", BYDAY="SA,SU", **extra)
    if m["pod"]:
        pod = {
            "manana": "morning",
            "manha": "morning",
            "matin": "morning",
            "morgen": "morning",
            "tarde": "afternoon",
            "noche": "night",
            "noite": "night",
            "soir": "evening",
            "abend": "evening",
        }.get(m["pod"], m["pod"])
        a = _recur(m, FREQ="DAILY", **extra)
        a.hour, a.minute = PARTS[pod][0], 0
        a.after_done = bool(m["bang"] or m["done"])
        return a
    if m["wds"]:
        codes = _codes(m["wds"])
        if m["other"] == "2nd" and len(codes) == 1:
            return None  # "every 2nd tuesday", like "every 3rd friday": the one of each month
        return _recur(m, FREQ="WEEKLY", BYDAY=",".join(codes), **extra)
    freq = _UNITS[m["unit"]]
    if m["unit"] in ("an", "min") and not m["n"]:
        return None
    if freq == "QUARTERLY":  # a quarter is three months
        freq, extra = "MONTHLY", {"INTERVAL": str(3 * interval)}
    days = _on_days(m)
    if days and freq == "DAILY" and interval == 1:
        freq = "WEEKLY"  # "every day on weekdays"
    if days and freq == "WEEKLY":
        extra.update(days)
    return _counted_from_done(_recur(m, FREQ=freq, **extra), bool(m["bang"] or m["done"]))


def _singular(days: str) -> str:
    """ "mondays and thursdays" -> "monday and thursday"."""
    return re.sub(r"(day)s\b", r"\1", days)


@rule(rf"{B}(?:(?P<n>{NUM})|an?)\s+(?P<unit>{_UNIT_ALT})(?P<done>{_AFTER_DONE}){E}")
def _after_done(m: re.Match[str], ctx: Ctx) -> Atom | None:
    interval = word_number(m["n"]) if m["n"] else 1
    if interval is None or interval < 1:
        return None
    extra = {"INTERVAL": str(interval)} if interval > 1 else {}
    freq = _UNITS[m["unit"]]
    if freq == "QUARTERLY":  # a quarter is three months
        freq, extra = "MONTHLY", {"INTERVAL": str(3 * interval)}
    return _counted_from_done(_recur(m, FREQ=freq, **extra), True)


@rule(
    rf"{B}(?:on\s+)?(?P<wds>(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|"
    rf"lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches|montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags|sabados|domingos)"
    rf"(?:\s*(?:,|and|&|et|und|y|e)?\s*(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)){{0,6}}){E}"
    rf"|{B}(?P<adv>{_ADV_ALT}){_ON_DAYS}(?P<done>{_AFTER_DONE})?{E}"
    rf"|{B}(?:on\s+)?(?P<wdays>weekdays|week\s+days|workdays|on\s+weekdays){E}"
    rf"|{B}(?P<wkends>weekends|on\s+weekends|every\s*weekend){E}"
    rf"|{B}(?P<n>seven|7)\s+days\s+a\s+week{E}"
)
def _adverb(m: re.Match[str], ctx: Ctx) -> Atom | None:
    if m["wds"]:
        return _recur(
            m,
            FREQ="WEEKLY",
            BYDAY=",".join(_codes(m["wds"].replace("s ", " ").rstrip("s") + " " + m["wds"])),
        )
    if m["wdays"]:
        return _recur(m, FREQ="WEEKLY", BYDAY=_WEEKDAYS_ONLY)
    if m["wkends"]:
        return _recur(m, FREQ="WEEKLY", BYDAY="SA,SU")
    if m["n"]:
        return _recur(m, FREQ="DAILY")
    before = m.string[max(0, m.start() - 8) : m.start()]
    if re.search(r"(?:my|the|a|your|our|their|alarm)\s+$", before) or re.match(
        r"\s+(?:settings|plan|planner|report|reports|summary|goal|goals|limit|budget|"
        r"digest|newsletter|review|schedule|allowance|rate|basis)\b",
        m.string[m.end() :],
    ):
        return None  # "my weekly plan": an adjective
    freq = _ADVERBS[m["adv"]]
    done = bool(m["done"])
    days = _on_days(m)
    if days and freq == "DAILY":
        freq = "WEEKLY"  # "daily on weekdays"
    if freq == "WEEKLY2":
        return _counted_from_done(_recur(m, FREQ="WEEKLY", INTERVAL="2", **days), done)
    if freq == "QUARTERLY":
        return _counted_from_done(_recur(m, FREQ="MONTHLY", INTERVAL="3"), done)
    if freq == "WEEKLY":
        return _counted_from_done(_recur(m, FREQ=freq, **days), done)
    return _counted_from_done(_recur(m, FREQ=freq), done)


_NTH = (
    r"(?:first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last"
    r"|primer|primeiro|premier|ersten|letzten)"
)
_NTHS = rf"{_NTH}(?:\s*(?:,|and|&)\s*(?:the\s+)?{_NTH}){{0,3}}"
_OF_MONTH = r"\s+(?:of|in)\s+(?:the|every|each)\s+month"
_WORKDAY = r"(?:week\s*day|work\s*day|working\s+day|business\s+day)"


@rule(
    rf"{B}{_EVERY}\s+(?:(?P<other>other)\s+)?(?P<n>{_NTHS})\s+(?P<wd>{WEEKDAY})(?:{_OF_MONTH})?{E}"
    rf"|{B}(?:the\s+)?(?P<n2>{_NTHS})\s+(?P<wd2>{WEEKDAY})\s+(?:of|in)\s+(?:every|each)\s+month{E}"
    rf"|{B}(?:{_EVERY}\s+month|monthly)\s+on\s+the\s+(?P<n3>{_NTHS})\s+(?P<wd3>{WEEKDAY}){E}"
    # A habit: "stocktake first monday of the month", "on the last friday of the month";
    # "the first monday of the month" on its own or after "by" names one day.
    rf"|(?:{B}on\s+the\s+|(?<!\bthe\s)(?<!\bthe)\b)(?P<n4>{_NTHS})\s+(?P<wd4>{WEEKDAY})"
    rf"\s+of\s+the\s+month{E}"
)
def _every_nth_weekday(m: re.Match[str], ctx: Ctx) -> Atom | None:
    wd = WEEKDAY_CODES[WEEKDAYS[m["wd"] or m["wd2"] or m["wd3"] or m["wd4"]]]
    days = ",".join(f"{n:+d}{wd}" for n in _nths(m["n"] or m["n2"] or m["n3"] or m["n4"]))
    extra = {"INTERVAL": "2"} if m["other"] else {}
    return _recur(m, FREQ="MONTHLY", BYDAY=days, **extra)


def _nths(raw: str) -> list[int]:
    """ "second and fourth" -> [2, 4]; "last" -> [-1]."""
    out: list[int] = []
    for word in re.findall(_NTH, raw):
        if word in ("last", "letzten"):
            n = -1
        elif word in ("primer", "primeiro", "premier", "ersten"):
            n = 1
        else:
            n = ordinal_number(word) or 1
        if n not in out:
            out.append(n)
    return out


@rule(
    rf"{B}(?:{_EVERY}\s+)?(?:the\s+)?(?P<n>{_NTHS})\s+{_WORKDAY}\s+(?:of|in)\s+(?:the|every|each)\s+month{E}"
    rf"|{B}(?:{_EVERY}\s+month|monthly)\s+on\s+the\s+(?P<n2>{_NTHS})\s+{_WORKDAY}{E}"
)
def _nth_workday(m: re.Match[str], ctx: Ctx) -> Atom | None:
    """ "last working day of the month": the last of Monday to Friday in each month."""
    picks = ",".join(str(n) for n in _nths(m["n"] or m["n2"]))
    return _recur(m, FREQ="MONTHLY", BYDAY=_WEEKDAYS_ONLY, BYSETPOS=picks)


_DAY = rf"(?:{DAYNUM}|last(?:\s+day)?)"
_DAYS = rf"{_DAY}(?:\s*(?:,|and|&)\s*(?:the\s+)?{_DAY}){{0,5}}"
_SUFFIXED = r"\d{1,2}(?:st|nd|rd|th)"


@rule(
    rf"{B}(?:on\s+)?(?:the\s+)?(?P<d>{_DAYS})(?:\s+day)?\s+of\s+(?:every|each|the)\s+month{E}"
    rf"|{B}{_EVERY}\s+month\s+on\s+the\s+(?P<d2>{_DAYS})(?!\s+{WEEKDAY}|\s+{_WORKDAY}){E}"
    rf"|{B}monthly\s+on\s+the\s+(?P<d3>{_DAYS})(?!\s+{WEEKDAY}|\s+{_WORKDAY}){E}"
    rf"|{B}(?:el\s+|le\s+|o\s+|dia\s+)?(?P<d4>\d{{1,2}})\s+(?:de\s+cada\s+mes|de\s+todo\s+mes|de\s+chaque\s+mois|jedes\s+monats){E}"
    rf"|{B}{_EVERY}\s+(?:the\s+)?(?P<d5>last\s+day|{_SUFFIXED}(?:\s*(?:,|and|&)\s*(?:the\s+)?{_SUFFIXED}){{0,5}})"
    rf"(?:\s+(?:day\s+)?of\s+(?:the|every|each)\s+month)?(?![\w-]|\s+(?:{WEEKDAY}|{_UNIT_ALT}|{_WORKDAY}|of)){E}"
)
def _monthday(m: re.Match[str], ctx: Ctx) -> Atom | None:
    raw = m["d"] or m["d2"] or m["d3"] or m["d4"] or m["d5"]
    if "of the month" in m.group(0) and not m["d5"]:
        return None  # "the 3rd of the month" is a date, not a rule
    days: list[str] = []
    for piece in re.split(r"\s*(?:,|and|&)\s*(?:the\s+)?", raw):
        piece = piece.strip().rstrip(".")
        d = -1 if piece.startswith("last") else ordinal_number(piece)
        if d is None or not (d == -1 or 1 <= d <= 31):
            return None
        if str(d) not in days:
            days.append(str(d))
    return _recur(m, FREQ="MONTHLY", BYMONTHDAY=",".join(days))


@rule(
    rf"{B}(?:{_EVERY}\s+year|yearly|annually)\s+(?:on\s+)?(?:the\s+)?(?:(?P<mon>{MONTH})\s+(?P<d>{DAYNUM})|(?P<d2>{DAYNUM})\s+(?:of\s+)?(?P<mon2>{MONTH})){E}"
    rf"|{B}(?:every|each)\s+(?:(?P<mon3>{MONTH})\s+(?P<d3>{DAYNUM})|(?P<d4>{DAYNUM})\s+(?:of\s+)?(?P<mon4>{MONTH})){E}"
    rf"|{B}(?:(?P<mon5>{MONTH})\s+(?P<d5>{DAYNUM})|(?P<d6>{DAYNUM})\s+(?:of\s+)?(?P<mon6>{MONTH}))\s+(?:every|each)\s+year{E}"
)
def _yearly(m: re.Match[str], ctx: Ctx) -> Atom | None:
    mon = m["mon"] or m["mon2"] or m["mon3"] or m["mon4"] or m["mon5"] or m["mon6"]
    raw = (m["d"] or m["d2"] or m["d3"] or m["d4"] or m["d5"] or m["d6"]).rstrip(".")
    d = ordinal_number(raw) or word_number(raw)
    if d is None or not 1 <= d <= 31:
        return None
    return _recur(m, FREQ="YEARLY", BYMONTH=str(MONTHS[mon]), BYMONTHDAY=str(d))


@rule(rf"{B}(?:for\s+)?(?P<n>\d{{1,3}}|{NUM})\s+(?:times|occurrences|veces|vezes|fois|mal){E}")
def _count(m: re.Match[str], ctx: Ctx) -> Atom | None:
    n = word_number(m["n"])
    if not n:
        return None
    return Atom(m.start(), m.end(), "count", count=n)


@rule(
    rf"{B}for\s+(?P<n>\d{{1,3}}|{NUM})\s+(?P<u>days?|weeks?|months?)"
    rf"(?!\s+(?:from|starting|beginning|after|before)){E}"
)
def _for_span(m: re.Match[str], ctx: Ctx) -> Atom | None:
    """ "every monday for 4 weeks": the series ends that long after its first occurrence."""
    n = word_number(m["n"])
    if not n:
        return None
    unit = m["u"].rstrip("s") + "s"
    return Atom(m.start(), m.end(), "count", recur={"FOR": f"{unit}:{n}"})


def last_before(body: str, first: datetime, bound: datetime) -> datetime | None:
    """The last occurrence of `body` from `first` strictly before `bound` (naive local times)."""
    plain = ";".join(p for p in body.split(";") if not p.startswith(("UNTIL", "COUNT")))
    return rrulestr(plain, dtstart=first).before(bound, inc=False)


def rrule_body(
    fields: dict[str, str], hour: int | None, minute: int | None, until: datetime | None, count: int
) -> str:
    """Assemble an RRULE body in a stable key order."""
    parts = [f"FREQ={fields['FREQ']}"]
    for key in ("INTERVAL", "BYMONTH", "BYMONTHDAY", "BYDAY", "BYSETPOS"):
        if key in fields:
            parts.append(f"{key}={fields[key]}")
    if hour is not None and fields["FREQ"] not in ("HOURLY", "MINUTELY"):
        parts.append(f"BYHOUR={hour}")
        parts.append(f"BYMINUTE={minute or 0}")
    if fields["FREQ"] == "HOURLY":
        parts.append(f"BYMINUTE={minute or 0}")
    if until is not None:
        parts.append("UNTIL=" + until.astimezone(_UTC).strftime("%Y%m%dT%H%M%SZ"))
    if count:
        parts.append(f"COUNT={count}")
    return ";".join(parts)


def first_occurrence(
    body: str, fields: dict[str, str], ctx: Ctx, timed: bool, anchor: date | None
) -> datetime | None:
    """The first occurrence at or after now (or today, for all-day rules), in local time."""
    if fields["FREQ"] == "WEEKLY" and "BYDAY" in fields and fields.get("INTERVAL", "1") != "1":
        # "every other monday" said on a Wednesday starts next Monday, not in twelve days:
        # the series runs from its first day, so the first matching day comes from the weekly rule.
        weekly = {k: v for k, v in fields.items() if k != "INTERVAL"}
        plain = ";".join(p for p in body.split(";") if not p.startswith("INTERVAL="))
        return first_occurrence(plain, weekly, ctx, timed, anchor)
    start_day = anchor or ctx.today
    naive_now = ctx.now.replace(tzinfo=None, second=0, microsecond=0)
    if fields["FREQ"] in ("HOURLY", "MINUTELY"):
        base = naive_now.replace(minute=0) if fields["FREQ"] == "HOURLY" else naive_now
        dtstart = base
    else:
        dtstart = datetime.combine(start_day, time())
    plain = ";".join(p for p in body.split(";") if not p.startswith(("UNTIL", "COUNT")))
    rule_ = rrulestr(plain, dtstart=dtstart)
    floor = naive_now if timed or fields["FREQ"] in ("HOURLY", "MINUTELY") else dtstart
    if anchor is not None and anchor > ctx.today:
        floor = dtstart
    if fields["FREQ"] in ("HOURLY", "MINUTELY"):
        got = rule_.after(floor, inc=False)
    else:
        got = rule_.after(floor, inc=not timed or anchor is not None)
    if got is None:
        return None
    return localize(got, ctx.tz)
