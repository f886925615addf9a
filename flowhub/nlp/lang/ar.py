"""Arabic (Modern Standard and Gulf/Egyptian/Levantine chat forms) time words and phrases."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from flowhub.nlp.lang._schema import Language, Replacement
from flowhub.nlp.lang.ar_words import (
    _ADVERBS,
    _BARE_WEEKDAYS,
    _DAY_AFTER,
    _DAY_BEFORE,
    _DUALS,
    _FEW,
    _FROM_NOW,
    _HOLIDAYS,
    _LAST,
    _LAST_WORD,
    _MON,
    _MONTH,
    _MONTHS,
    _NEXT,
    _NUM,
    _ONES,
    _ORD,
    _ORDINAL,
    _PARTS,
    _PERIODS,
    _RELATIVE,
    _TEENS,
    _TENS,
    _THIS,
    _TODAY_PARTS,
    _UNITS,
    _WD,
    _WD_PREFIX,
    _WEEKDAY_TABLE,
    _WEEKDAYS,
    _alt,
    _int,
    _norm,
    _ord,
    _ordinal,
    _tanwin,
    _trie,
)

# ---------------------------------------------------------------- periods


_ADJ = {**{a: "next" for a in _NEXT}, **{a: "last" for a in _LAST}, **{a: "this" for a in _THIS}}


def _period_rx(words: Iterable[str]) -> str:
    """Next/last/this week, month or year: الاسبوع الجاي, السنه الماضيه, هذا الشهر, هالاسبوع."""
    return rf"(?:(?:هذا|هذه)\s+|ه)?{_alt(words)}(?:\s+{_trie(_ADJ)})?"


_PERIOD = _period_rx(("الاسبوع", "الشهر", "السنه", "العام"))
_WEEK = _period_rx(("الاسبوع",))


def _period(raw: str | None) -> str | None:
    """ "الاسبوع الجاي" -> "next week"; a bare "الاسبوع" is no period."""
    words = _norm(raw).split()
    if not words:
        return None
    if words[0] in ("هذا", "هذه"):
        return f"this {_PERIODS[words[1]]}"
    if words[0][1:] in _PERIODS:
        return f"this {_PERIODS[words[0][1:]]}"
    adj = _ADJ.get(" ".join(words[1:]))
    return f"{adj} {_PERIODS[words[0]]}" if adj else None


def _edge(groups: Mapping[str, str]) -> str | None:
    """ "بداية/منتصف/نهاية" of a month or a period."""
    where = groups.get("edge", "")
    what = groups.get("month") or _period(groups.get("per")) or ""
    if not what and groups.get("per") in _PERIODS:
        what = f"the {_PERIODS[groups['per']]}"
    if not what:
        return None
    if where in ("نهايه", "نهايات") and what.endswith("week"):  # the weekend
        return f"{what.split()[0]} weekend" if " " in what else "weekend"
    if where in ("بدايه", "مطلع", "اول", "بدايات"):
        return f"beginning of {what}"
    if where in ("اوائل",):
        return f"early {what}"
    if where in ("منتصف", "نص", "نصف", "وسط", "اواسط"):
        if groups.get("month"):  # the middle of a named month is its 15th, as of a period
            return f"15 {what}"
        if what.endswith("month"):  # the grammar reads "mid march", not "mid next month"
            return f"the 15th of {what.replace('the month', 'this month')}"
        return None if what.endswith(("week", "year")) else f"mid {what}"
    if where in ("اواخر",):
        return f"late {what}"
    return f"end of {what}"


# ---------------------------------------------------------------- clock times

_HOUR_WORDS = rf"(?:(?:ال)?{_trie(_ORD)}(?:\s+عشره?)?|الواحده|{_NUM})"
_MINUTE_UNIT = r"(?:\s*(?:دقيقه|دقائق|دقايق|دقيقتين))?"
_FRACTIONS = {"ربع": 15, "ربعا": 15, "نص": 30, "نصف": 30, "ثلث": 20, "ثلثا": 20}
_FRACTIONS |= {"ال" + w: n for w, n in _FRACTIONS.items()}
# Parts of day after a clock time: which half of the clock they mean.
# fmt: off
_AM = ("صباحا", "الصبح", "الصباح", "بالصبح", "بالصباح", "في الصباح", "صبحا", "الفجر", "فجرا",
       "بالفجر", "قبل الظهر", "قبل الضهر", "ص", "صباح", "الصبحيه", "بعد منتصف الليل",
       "بعد نص الليل", "من صباح", "من فجر")
_PM = ("مساء", "مساءا", "المساء", "بالمساء", "في المساء", "مسا", "المسا", "بالمسا", "عصرا",
       "العصر", "بالعصر", "بعد العصر", "بعد الظهر", "بعد الضهر", "المغرب", "بعد المغرب",
       "قبل المغرب", "العشاء", "العشا", "بعد العشاء", "عشيه", "العشيه", "م", "من مساء",
       "من عصر", "من بعد ظهر")
_NOON = ("ظهرا", "ضهرا", "الظهر", "الضهر", "بالظهر", "من ظهر")
_NIGHT = ("بالليل", "ليلا", "الليل", "في الليل", "بليل")
# The engine hands a group on in English when the words table knows it: read both.
_CLOCK_PREFIX = {
    "من": "from", "الي": "to", "حتي": "until", "وحتي": "until", "لغايه": "until", "لحد": "until",
    "عند": "at", "على": "at", "علي": "at", "ع": "at", "في": "at", "حوالي": "around",
    "بحدود": "around", "تمام": "at", "في تمام": "at", "قرابه": "around", "تقريبا": "around",
    "قبل": "before", "بعد": "after", "بحلول": "by",
}
_CLOCK_WORDS = tuple(_CLOCK_PREFIX)
_CLOCK_PREFIX |= {e: e for e in ("to", "until", "around", "before", "after", "by")}
_PART_OF = {"morning": "am", "5am": "am", "noon": "noon", "afternoon": "pm", "evening": "pm",
            "night": "night", "tonight": "tonight", "this morning": "this morning",
            "this evening": "this evening"}
# fmt: on
_DAY_PERIODS = {**{w: "am" for w in _tanwin(_AM)}, **{w: "pm" for w in _tanwin(_PM)}}
_DAY_PERIODS |= {w: "night" for w in _tanwin(_NIGHT)} | {w: "noon" for w in _tanwin(_NOON)}
_DAY_PERIODS |= {w: "tonight" for w in ("الليله", "هالليله", "هذه الليله", "الليله دي")}
_DAY_PERIODS |= {"هذا الصباح": "this morning", "هذا المساء": "this evening"}


def _clock(s: str = "") -> str:
    """A clock time: [الساعه] hour [و minutes | الا minutes] [part of day], groups named +s."""
    minutes = (
        rf"(?:\s*و\s*(?:(?:ال)?(?:ربع|نصف|نص|ثلث)|{_NUM}{_MINUTE_UNIT}|\d{{1,2}}{_MINUTE_UNIT})"
        rf"|\s*الا\s*(?:ربعا|ربع|ثلثا|ثلث|{_NUM}{_MINUTE_UNIT}|\d{{1,2}}{_MINUTE_UNIT}))"
    )
    return (
        rf"(?:(?P<at{s}>الساعه|عالساعه|بالساعه|للساعه)\s*)?"
        rf"(?P<h{s}>\d{{1,2}}(?:[:.]\d\d)?|{_HOUR_WORDS})"
        rf"(?P<mins{s}>{minutes})?"
        rf"(?:(?:\s+|(?<=\d))(?P<p{s}>{_trie(_DAY_PERIODS)}))?"
    )


def _hm(groups: Mapping[str, str], s: str) -> tuple[int, int, str | None] | None:
    """Hour, minute and part of day of clock `s` in `groups`."""
    raw = groups.get("h" + s, "")
    m = 0
    if re.fullmatch(r"\d{1,2}[:.]\d\d", raw):
        h, m = int(raw[:-3]), int(raw[-2:])
    else:
        got = _int(raw)
        if got is None:
            return None
        h = got
    mins = _norm(groups.get("mins" + s))
    if mins:
        sign = -1 if mins.startswith("الا") else 1
        rest = mins.removeprefix("الا").removeprefix("و").strip()
        rest = re.sub(r"\s*(?:دقيقه|دقائق|دقايق|دقيقتين)$", "", rest)
        x = _FRACTIONS.get(rest, _int(rest) or 0)
        h, m = divmod((h * 60 + m + sign * x) % (24 * 60), 60)
        if h == 0 and sign < 0:
            h = 12
    if not (0 <= h <= 24 and 0 <= m < 60):
        return None
    part = _norm(groups.get("p" + s))
    return h, m, _DAY_PERIODS.get(part) or _PART_OF.get(part)


def _render_clock(h: int, m: int, part: str | None) -> str:
    mm = f":{m:02}" if m else ""
    if part is None or h > 12:
        return f"{h}:{m:02}" if m or h > 12 else f"{h}"
    if part == "night":
        part = "am" if h < 6 or h == 12 else "pm"
    if part == "noon":
        part = "am" if h == 11 else "pm"
    if part == "am":
        return f"{h}{mm}am"
    if part == "this morning":
        return f"{h}{mm}am this morning"
    suffix = {"tonight": " tonight", "this evening": " this evening"}.get(part, "")
    return f"{h}{mm}pm{suffix}"


def _said(groups: Mapping[str, str], s: str) -> bool:
    """Whether clock `s` is plainly a time: "الساعه", a part of day, or "الثالثه وربع"."""
    if groups.get("at" + s) or groups.get("p" + s):
        return True
    h = groups.get("h" + s, "")
    return bool(groups.get("mins" + s)) and h.startswith("ال")


def _time(groups: Mapping[str, str]) -> str | None:
    """ "الساعه 3 وربع العصر" -> "at 3:15pm"."""
    got = _hm(groups, "")
    if got is None or not _said(groups, ""):
        return None
    pre = _CLOCK_PREFIX.get(_norm(groups.get("pre")), "")
    if not pre and groups.get("at"):
        pre = "at"
    return f"{pre} {_render_clock(*got)}".strip()


def _time_range(groups: Mapping[str, str]) -> str | None:
    """ "من الساعه 3 الى الساعه 4 العصر" -> "from 3 to 4pm"."""
    a, b = _hm(groups, "a"), _hm(groups, "b")
    if a is None or b is None or not (_said(groups, "a") or _said(groups, "b")):
        return None
    between = _norm(groups.get("pre")) in ("بين", "between")
    if _norm(groups.get("sep")) == "و" and not between:
        return None
    if between:
        return f"between {_render_clock(*a)} and {_render_clock(*b)}"
    return f"from {_render_clock(*a)} to {_render_clock(*b)}"


# ---------------------------------------------------------------- offsets and recurrence

_ALL_UNITS = _alt(_UNITS)
_PLURAL_UNITS = {
    "ثواني": "seconds", "دقائق": "minutes", "دقايق": "minutes", "ساعات": "hours",
    "ايام": "days", "اسابيع": "weeks", "اشهر": "months", "شهور": "months", "سنوات": "years",
    "سنين": "years", "اعوام": "years",
}  # fmt: skip
_ENGLISH_UNITS = frozenset(_UNITS.values())


def _amount(groups: Mapping[str, str]) -> tuple[str, str] | None:
    """(number, unit) of "{k} {u} [ونص]" or "نص {u}" in English; fractions in minutes."""
    unit_raw = _norm(groups.get("u"))
    unit = _UNITS.get(unit_raw, unit_raw)
    if unit not in _ENGLISH_UNITS:
        return None
    n: float = 2 if unit_raw in _DUALS else 1
    k = groups.get("k")
    if k in _FEW:
        return "a few", _PLURAL_UNITS.get(unit_raw, f"{unit}s")
    if k:
        whole = _int(k)
        if whole is not None:
            n = whole
        elif re.fullmatch(r"\d+[.,]\d+", k):
            n = float(k.replace(",", "."))
        else:
            return None
    if groups.get("f0"):
        n = _FRACTIONS[groups["f0"]] * {"hour": 1, "day": 24}.get(unit, 0)
        return (f"{n:g}", "minute") if n else None
    plus = _FRACTIONS.get(groups.get("f", ""), 0)
    if plus and unit == "hour":
        return f"{n * 60 + plus:g}", "minute"
    return f"{n + plus / 60:g}", unit


def _offset(groups: Mapping[str, str]) -> str | None:
    """ "بعد 3 ايام" -> "in 3 day"; "قبل ساعتين" -> "2 hour ago"; "خلال اسبوع" -> "within"."""
    got = _amount(groups)
    if got is None:
        return None
    n, unit = got
    pre = _norm(groups.get("pre"))
    if pre in ("قبل", "before", "منذ", "من", "من حوالي"):
        return f"{n} {unit} ago"
    if pre.startswith("خلال") or "غضون" in pre or "ظرف" in pre:
        return f"within {n} {unit}"
    return f"in {n} {unit}"


def _every(groups: Mapping[str, str]) -> str | None:
    """ "كل اسبوعين" -> "every 2 week"; "كل شهر" -> "every month"."""
    got = _amount(groups)
    if got is None:
        return None
    n, unit = got
    return f"every {unit}" if n == "1" else f"every {n} {unit}"


def _after_done(every: str | None) -> str | None:
    """ "every 3 day" -> "every! 3 day": "كل! 3 ايام" repeats counted from completion."""
    return every and "every! " + every.removeprefix("every ")


def _next_n(groups: Mapping[str, str]) -> str | None:
    """ "الاسابيع الثلاثه القادمه" -> "next 3 weeks"."""
    pl = groups.get("pl", "")
    unit = _PLURAL_UNITS.get(pl.removeprefix("ال")) or (f"{pl}s" if pl in _ENGLISH_UNITS else None)
    n = _int(groups.get("k", "").removeprefix("ال"))
    if unit is None or n is None:
        return None
    return f"{'next' if groups.get('dir') else 'last'} {n} {unit}"


def _day_number(groups: Mapping[str, str]) -> str | None:
    """ "يوم 27" -> "on the 27th"; "يوم 10 الشهر الجاي" -> "the 10th of next month"."""
    n = _int(groups.get("d", ""))
    if not n or not 1 <= n <= 31:
        return None
    period = _period(groups.get("per") or groups.get("per2"))
    if "dw" not in groups and not (period or "").endswith("month"):
        return None
    if period is None:
        return f"on the {_ordinal(n)}"
    if period.endswith("month"):
        return f"the {_ordinal(n)} of {period}"
    return f"{period} on the {_ordinal(n)}"


def _the_ordinal(groups: Mapping[str, str]) -> str | None:
    o = _ord(groups.get("o", ""))
    if o is None:
        return None
    unit = groups.get("u", "").removeprefix("ال")
    # "اليوم" reaches here as "today": the words table knows it
    units = {"يوم": " day", "day": " day", "today": " day", "اسبوع": " week", "week": " week"}
    unit = units.get(unit, "")
    return f"the {o}{unit}"


def _nth_weekday(groups: Mapping[str, str]) -> str | None:
    """ "ثالث ثلاثاء" -> "3rd tuesday"; "الثلاثاء التاسع عشر" is a date: "tuesday the 19th"."""
    o = _ord(groups.get("o", ""))
    if o is None:
        return None
    if o != "last" and int(o[:-2]) > 5:
        return f"{groups['wd']} the {o}"
    return f"{o} {groups['wd']}"


def _weekday(groups: Mapping[str, str]) -> str | None:
    """A weekday with what follows it: الخميس الجاي, الخميس الماضي, احد الاسبوع الماضي."""
    wd = groups["wd"]
    if groups.get("per"):
        period = _period(groups["per"])
        return f"{wd} of {period}" if period else None
    if groups.get("after"):
        return f"{wd} after next"
    if groups.get("o"):
        return _nth_weekday(groups)
    adj = _ADJ.get(_norm(groups.get("adj")))
    return {"next": wd, "last": f"last {wd}", "this": f"this {wd}"}.get(adj or "")


def _ordinal_phrase(groups: Mapping[str, str]) -> str | None:
    """ "ثالث ثلاثاء", "اخر يوم في الشهر الجاي", "الاول (من مارس)"."""
    head = _nth_weekday(groups) if "wd" in groups else _the_ordinal(groups)
    if head is None or ("wd" not in groups and "u" not in groups and head == "the last"):
        return None
    per = groups.get("pw") or groups.get("pu")
    if per:
        period = _period(per) or (f"this {_PERIODS[per]}" if per in _PERIODS else None)
        return f"{head} of {period}" if period else None
    return head


def _month_phrase(groups: Mapping[str, str]) -> str:
    """ "في 25 من ديسمبر" -> "on 25 december"; "من مارس" -> "of march"; "بايلول" -> "in"."""
    month, pp = groups["month"], groups.get("pp")
    if "d" in groups:
        return f"{'on ' if pp == 'في' else ''}{groups['d']} {month}"
    if pp == "من":
        return f"of {month}"
    return f"in {month}" if pp == "في" or groups.get("gl") == "ب" else month


def _period_phrase(groups: Mapping[str, str]) -> str | None:
    period = _period(groups["per"])
    return f"of {period}" if period and groups.get("of") else period


def _weekday_run(groups: Mapping[str, str]) -> str:
    """ "من الاحد الى الخميس" before a clock time -> "every sunday monday ... thursday"."""
    days = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    first, last = days.index(groups["wd"]), days.index(groups["wd2"])
    run = [days[(first + i) % 7] for i in range((last - first) % 7 + 1)]
    return "every " + " ".join(run)


def _egyptian_weekday(groups: Mapping[str, str]) -> str:
    # the group arrives already read through the weekday table ("التلات" -> "tuesday")
    return "tuesday" if groups["w"] in ("التلات", "tuesday") else "wednesday"


def _ramadan(groups: Mapping[str, str]) -> str:
    pre = {"في": "in", "قبل": "before", "before": "before", "بعد": "after", "after": "after"}
    return f"{pre.get(_norm(groups.get('pre')), '')} ramadan".strip()


_EDGES = ("اول", "بدايه", "مطلع", "بدايات", "اوائل", "منتصف", "نص", "نصف", "وسط", "اواسط", "نهايه",
          "اخر", "نهايات", "اواخر")  # fmt: skip
_PART_WORD = {"صب": "morning", "مس": "evening", "لي": "evening"}
_NOT_GREETING = r"(?!\s+(?:الخير|النور|الفل|الورد|الياسمين|السعاده|القشطه|العسل))"
_NOT_WEEKDAY = rf"(?!\s+(?:ال|لل|بال)?{_alt(_BARE_WEEKDAYS)})"
_UNTIL = r"(?:الي|حتي|وحتي|لغايه|لحد|لـ)"

_PHRASES: tuple[tuple[str, Replacement], ...] = (
    # clock ranges and times
    (
        rf"(?:(?P<pre>من|بين)\s+)?{_clock('a')}\s*(?P<sep>{_UNTIL}|-|و|ل(?=\s)|(?=للساعه))\s*"
        rf"{_clock('b')}",
        _time_range,
    ),
    (rf"(?:(?P<pre>{_trie(_CLOCK_WORDS)})\s+)?{_clock()}", _time),
    (
        r"بتوقيت\s+(?:(?P<z>[^\W\d_]{2,5})|غرينتش|جرينتش|غرينيتش)",
        lambda g: g.get("z", "gmt") if g.get("z", "gmt").isascii() else None,
    ),
    # year first, as in Gulf forms: 2026/5/20
    (r"(?P<y>20\d\d)/(?P<mo>\d{1,2})/(?P<d>\d{1,2})", "{y}-{mo:02}-{d:02}"),
    # a year opening the message stands alone ("in 2027"), else it ends a date
    (
        r"(?P<st>^)?(?:(?:من|في)\s+)?[لب]?(?:ال)?(?:سنه|عام)\s+(?P<y>\d{4})",
        lambda g: f"in {g['y']}" if "st" in g else g["y"],
    ),
    (
        rf"(?:ال)?يوم\s+(?:(?:الذي|اللي|الي)\s+)?(?P<rel>{_alt(_DAY_AFTER + _DAY_BEFORE)})",
        lambda g: g["rel"],
    ),
    # offsets: بعد ساعتين, قبل 3 ايام, كمان ربع ساعه, خلال اسبوع
    (
        r"(?P<pre>بعد\s+كمان|بعد|عقب|كمان|خلال|في\s+خلال|في\s+غضون|غضون|في\s+ظرف|قبل|منذ"
        rf"|من\s+حوالي|من(?!\s+يوم\s)(?!\s+{_MON}))(?:\s+|(?=\d))"
        rf"(?:(?P<f0>نص|نصف|ربع)\s+|(?P<k>\d+(?:[.,]\d+)?|{_NUM}|{_alt(_FEW)})\s+)?"
        rf"(?P<u>{_ALL_UNITS})(?:\s*و\s*(?P<f>نص|نصف|ربع))?{_NOT_WEEKDAY}"
        rf"(?:\s+{_alt(_FROM_NOW)})?",
        _offset,
    ),
    # how long a repeat runs: لمده اسبوع, 5 مرات
    (
        rf"(?:لمده|لفتره)\s+(?:(?P<k>\d+|{_NUM})\s+)?(?P<u>{_ALL_UNITS})",
        lambda g: f"for {' '.join(got)}" if (got := _amount(g)) else None,
    ),
    (rf"(?P<k>\d+|{_NUM})\s+(?:مرات|مره)", lambda g: f"for {_int(g['k'])} times"),
    # the next / last N units: الاسابيع الثلاثه القادمه, ال3 ايام الجايه
    (
        rf"(?P<pl>ال?{_alt(_PLURAL_UNITS)})\s+(?P<k>(?:ال)?(?:\d+|{_NUM}))\s+"
        rf"(?:(?P<dir>{_alt(_NEXT)})|{_alt(_LAST)})",
        _next_n,
    ),
    (
        rf"(?P<k>(?:ال)?(?:\d+|{_NUM}))\s+(?P<pl>ال?{_alt(_PLURAL_UNITS)})\s+"
        rf"(?:(?P<dir>{_alt(_NEXT)})|{_alt(_LAST)})",
        _next_n,
    ),
    # recurrence: كل يوم اثنين, كل اسبوعين, يوم 27 من كل شهر, اخر جمعه في كل شهر
    (
        rf"كل\s+(?:[لب]?يوم\s+)?{_WD}"
        rf"(?:\s*(?:و|،|,)\s*(?:يوم\s+)?(?P<wd2>{_trie(_WEEKDAY_TABLE)}))?"
        rf"(?:\s*(?:و|،|,)\s*(?:يوم\s+)?(?P<wd3>{_trie(_WEEKDAY_TABLE)}))?",
        lambda g: " and ".join(("every " + g["wd"], *(g[k] for k in ("wd2", "wd3") if k in g))),
    ),
    # a run of weekdays with a clock time is a schedule: من الاحد الى الخميس الساعه 7
    (
        rf"من\s+(?:يوم\s+)?{_WD}\s+(?:(?:{_UNTIL})\s*)?(?:يوم\s+)?(?P<wd2>{_trie(_WEEKDAY_TABLE)})"
        r"(?=\s+(?:(?:كل\s+يوم|يوميا)\s+)?(?:(?:ال|عال|بال)ساعه|ع\s+الساعه))",
        _weekday_run,
    ),
    (r"(?:في|من)\s+كل\s+شهر", "of every month"),
    (r"(?:(?:في|من)\s+)?(?:اول|بدايه)\s+كل\s+شهر|كل\s+اول\s+شهر", "1st of every month"),
    (rf"كل\s+(?:صباح|يوم\s+الصبح|يوم\s+صباحا){_NOT_GREETING}", "every morning"),
    (r"كل\s+(?:مساء|ليله|يوم\s+بالليل|يوم\s+مساء)", "every evening"),
    # "كل عام وانتم بخير" is a greeting
    (rf"كل!\s+(?P<k>\d+|{_NUM})\s+(?P<u>{_ALL_UNITS})", lambda g: _after_done(_every(g))),
    (
        rf"كل\s+(?:(?P<f0>نص|نصف|ربع)\s+|(?P<k>\d+|{_NUM})\s+)?(?P<u>{_ALL_UNITS})"
        r"(?!\s*و\s*(?:انت|انتم|انتي|انتو|حضرتك|احنا|نحن|الجميع|اهلك))",
        _every,
    ),
    (
        r"(?P<u>الاسبوع|الشهر|السنه|العام)\s+(?:اللي\s+|الي\s+)?بعد\s+"
        r"(?:الجاي|القادم|الجايه|القادمه|المقبل|المقبله)",
        lambda g: f"in 2 {_PERIODS[g['u']]}",
    ),
    # weekdays: الخميس الجاي, الثلاثاء الماضي, احد الاسبوع الماضي, يوم الجمعه
    (rf"{_WD_PREFIX}{_WD}\s+(?:الموافق|الموافقه)", "{wd}"),
    (
        rf"{_WD_PREFIX}{_WD}\s+(?:(?:من\s+)?(?P<per>{_WEEK})"
        r"|(?P<after>(?:اللي\s+|الي\s+)?بعد\s+(?:الجاي|القادم|الجايه|القادمه))"
        rf"|(?P<adj>{_trie(_ADJ)})|(?P<o>{_ORDINAL}|{_LAST_WORD})(?=\s+(?:من|في|ب)))",
        _weekday,
    ),
    (
        rf"(?P<per>{_WEEK})\s+(?:[لب]?يوم\s+)?{_WD}",
        lambda g: f"{g['wd']} of {p}" if (p := _period(g["per"])) else None,
    ),
    (
        rf"(?P<u>اليوم|الاسبوع)\s+(?P<o>{_ORDINAL}|{_LAST_WORD})(?=\s+(?:من|في|ب))",
        _the_ordinal,
    ),
    # ordinals: ثالث ثلاثاء, اخر يوم بشهر عشره, الاول من اذار, من الثالث الى السادس
    (
        rf"(?:(?:في|يوم)\s+)?(?P<o>{_ORDINAL}|{_LAST_WORD})(?:\s+(?:يوم\s+)?{_WD}"
        rf"(?:\s+(?:من|في)\s+(?P<pw>{_PERIOD}))?"
        rf"|\s+(?P<u>يوم|اسبوع)(?:\s+(?:من|في)\s+(?P<pu>{_PERIOD})|(?=\s+(?:من|في|ب)))"
        rf"|(?=\s+(?:من|في)\s+[بلو]?(?:شهر\s+)?{_MONTH})|(?=\s*(?:{_UNTIL}|-)\s*{_ORDINAL}))",
        _ordinal_phrase,
    ),
    (rf"(?:(?:في|فى)\s+)?(?:[لب]?يوم|نهار)\s+{_WD}", "on {wd}"),
    (r"الحد(?!\s+(?:الاقصي|الادني|الاعلي|الفاصل|من|ل))", "sunday"),
    (rf"(?P<w>التلات|الاربع)(?!\s+(?:{_ALL_UNITS}|مرات|اشخاص|\d))", _egyptian_weekday),
    # dates: اليوم الثالث من اكتوبر, 25 من ديسمبر, بايلول, بداية شهر 3, يوم 27
    (rf"(?P<edge>{_trie(_EDGES)})\s+(?:{_MON}|(?P<per>{_PERIOD}))", _edge),
    (
        # ماي, اب and جوان are ordinary words too: a month only after a preposition or a day
        rf"(?!(?:ماي|اب|جوان)(?![\w]))(?:(?P<pp>من|في)\s+)?(?:(?P<d>\d{{1,2}})\s+(?:من\s+)?)?"
        rf"(?P<gl>[بلو](?!اب(?![\w])))?(?P<sh>شهر\s+)?{_MONTH}",
        _month_phrase,
    ),
    (
        rf"(?:(?P<per>{_PERIOD})\s+)?(?:(?P<dw>[لب]?يوم|ب?تاريخ)\s+)?(?P<d>\d{{1,2}})(?![\d:/.-])"
        rf"(?:\s+(?:من\s+)?(?P<per2>{_PERIOD}))?",
        _day_number,
    ),
    (rf"(?:(?P<of>من)\s+)?(?P<per>{_PERIOD})", _period_phrase),
    # ranges: من 13 الى 15 تموز, من 1-8 شهر ايلول
    (rf"من(?=\s+(?:\d{{1,2}}\s*-\s*\d|(?:\S+\s+){{0,3}}?(?:{_UNTIL}\s|لل)))", "from"),
    # اليوم is today unless it is "the day" of something: اليوم الوطني, اليوم السابق
    (
        rf"اليوم(?!\s+(?:{_alt(_LAST)}|الوطني|العالمي|الدولي|المفتوح|الرياضي|الدراسي|الكامل"
        rf"|كله|التالي|الذي|اللي|الي|القبل|{_alt(_NIGHT)}))",
        "today",
    ),
    # parts of day that are also greetings: صباح الخير, مساء الخير
    (
        rf"(?P<part>صباح|مساء|ليله)\s+(?:(?:يوم\s+)?{_WD}|الغد|بكره|بكرا|باكر|باجر)",
        lambda g: f"{g.get('wd', 'tomorrow')} {_PART_WORD[g['part'][:2]]}",
    ),
    (
        rf"(?P<part>{_trie(_tanwin(('صباحا', 'صباح', 'مساءا', 'مساء', 'مسا')))}){_NOT_GREETING}",
        lambda g: _PART_WORD[g["part"][:2]],
    ),
    (
        r"(?P<pre>في|قبل|بعد)\s+(?:شهر\s+)?رمضان"
        r"|(?:شهر\s+)?رمضان(?=\s+(?:\d{4}|القادم|الجاي|المقبل|الماضي|الفائت))",
        _ramadan,
    ),
)


def _words() -> dict[str, str]:
    out: dict[str, str] = {**_RELATIVE, **_PARTS, **_TODAY_PARTS, **_HOLIDAYS}
    out.update({w: "the day after tomorrow" for w in _DAY_AFTER})
    out.update({w: "the day before yesterday" for w in _DAY_BEFORE})
    for today in ("اليوم", "النهارده"):
        for night in _NIGHT:
            out[f"{today} {night}"] = "tonight"
    days = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    # "للخميس" is "to/for Thursday": "من الاحد للخميس", "احجز للخميس".
    out.update({"لل" + day[2:]: f"to {days[d]}" for day, d in _WEEKDAYS.items()})
    out |= {"يوميا": "daily", "كل يوم": "daily", "اسبوعيا": "weekly", "شهريا": "monthly"}
    out |= {"سنويا": "yearly", "الان": "now", "في هذه اللحظه": "now", "دلوقتي": "now"}
    out |= {"الحين": "now", "حالا": "asap", "فورا": "asap", "في الحال": "asap"}
    out |= {"الي": "to", "حتي": "until", "لغايه": "until", "لحد": "until", "وحتي": "to"}
    out |= {"لـ": "to", **{"ه" + p: f"this {u}" for p, u in _PERIODS.items()}}
    out |= {"بين": "between", "قبل": "before", "بعد": "after", "بحلول": "by"}
    out |= {"قرابه": "around", "حوالي": "around", "بحدود": "around", "تقريبا": "around"}
    out |= {"الويكند": "weekend", "ويكند": "weekend", "نهايه الاسبوع": "weekend"}
    out |= {"عطله نهايه الاسبوع": "weekend", "اخر الاسبوع": "end of the week"}
    out |= {"اخر الشهر": "end of the month", "نهايه الشهر": "end of the month"}
    out |= {"نهايه السنه": "end of the year", "اخر السنه": "end of the year"}
    for w in _ADVERBS:
        out.update({t: out[w] for t in _tanwin((w,))})
    return out


LANGUAGE = Language(
    code="ar",
    words=_words(),
    months=_MONTHS,
    weekdays=_WEEKDAY_TABLE,
    units={w: u for w, u in _UNITS.items() if w not in _DUALS},
    numbers={**_ONES, **_TENS, **_TEENS},
    phrases=_PHRASES,
    ambiguous=frozenset(
        {*_UNITS, *_ONES, *_TENS, *_TEENS, *_BARE_WEEKDAYS, "اب", "ماي", "جوان", "اليوم"}
        | {m for m in _MONTHS if m.startswith("الشهر ")}
    ),
    not_before=(r"مش", r"مو", r"مب", r"ليس", r"بدل", r"بدال", r"مش\s+ال"),
    not_after=(),
)
