"""Russian time words and phrases."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from flowhub.nlp.lang._schema import Language, Replacement
from flowhub.nlp.lang._schema import english_ordinal as _nth

# fmt: off
_ONES: dict[str, int] = {
    "один": 1, "одна": 1, "одну": 1, "одно": 1, "одного": 1, "одной": 1, "одному": 1, "одним": 1,
    "два": 2, "две": 2, "двух": 2, "двум": 2, "двумя": 2, "три": 3, "трех": 3, "трем": 3,
    "тремя": 3, "четыре": 4, "четырех": 4, "четырем": 4, "пять": 5, "пяти": 5, "шесть": 6,
    "шести": 6, "семь": 7, "семи": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9,
}
_NUMBERS: dict[str, int] = {
    "ноль": 0, "десять": 10, "десяти": 10, "одиннадцать": 11, "одиннадцати": 11,
    "двенадцать": 12, "двенадцати": 12, "тринадцать": 13, "тринадцати": 13,
    "четырнадцать": 14, "четырнадцати": 14, "пятнадцать": 15, "пятнадцати": 15,
    "шестнадцать": 16, "шестнадцати": 16, "семнадцать": 17, "семнадцати": 17,
    "восемнадцать": 18, "восемнадцати": 18, "девятнадцать": 19, "девятнадцати": 19,
    "пару": 2, "пара": 2, "пары": 2, **_ONES,
}
_TENS: dict[str, int] = {
    "двадцать": 20, "двадцати": 20, "тридцать": 30, "тридцати": 30, "сорок": 40, "сорока": 40,
    "пятьдесят": 50, "пятидесяти": 50,
}
# Ordinal stems 1..20 and 30; "третий" has its own endings.
_ORD_STEMS: dict[str, int] = {
    "перв": 1, "втор": 2, "четверт": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8, "девят": 9,
    "десят": 10, "одиннадцат": 11, "двенадцат": 12, "тринадцат": 13, "четырнадцат": 14,
    "пятнадцат": 15, "шестнадцат": 16, "семнадцат": 17, "восемнадцат": 18, "девятнадцат": 19,
    "двадцат": 20, "тридцат": 30,
}
_ADJ = ("ый", "ой", "ое", "ого", "ому", "ом", "ая", "ую", "ые", "ых", "ым")
_SOFT = ("ий", "ее", "его", "ему", "ем", "им", "яя", "юю", "ей", "ие", "их", "ая", "ую", "ое", "ой",
         "ого", "ом", "ые", "ых")
_TRET = ("третий", "третье", "третьего", "третьему", "третьем", "третья", "третью", "третьей",
         "третьи", "третьих")
# fmt: on
for _tens, _value in _TENS.items():
    _NUMBERS[_tens] = _value
    for _one, _n in _ONES.items():
        _NUMBERS[f"{_tens} {_one}"] = _value + _n

_ORDINALS: dict[str, int] = {f"{s}{e}": n for s, n in _ORD_STEMS.items() for e in _ADJ}
_ORDINALS.update({w: 3 for w in _TRET})
for _tens in ("двадцать", "тридцать"):
    for _word, _n in list(_ORDINALS.items()):
        if _n < 10:
            _ORDINALS[f"{_tens} {_word}"] = _TENS[_tens] + _n


def _forms(stem: str, endings: tuple[str, ...], english: str) -> dict[str, str]:
    return {stem + e: english for e in endings}


# fmt: off
_WORDS: dict[str, str] = {
    **_forms("следующ", _SOFT, "next"), **_forms("будущ", _SOFT, "next"),
    **_forms("ближайш", _SOFT, "this"), **_forms("текущ", _SOFT, "this"),
    **_forms("прошл", _ADJ, "last"), **_forms("последн", _SOFT, "last"),
    **_forms("предыдущ", _SOFT, "last"), **_forms("кажд", _ADJ, "every"),
    **dict.fromkeys(("этот", "эта", "эту", "этой", "этом", "этого", "эти", "этих"), "this"),
    "след": "next", "след.": "next",
    "сегодня": "today", "седня": "today", "сегодя": "today", "сегодняшний": "today",
    "завтра": "tomorrow", "завтро": "tomorrow", "послезавтра": "the day after tomorrow",
    "послепослезавтра": "in 3 days", "вчера": "yesterday",
    "позавчера": "the day before yesterday", "позапозавчера": "3 days ago",
    "утром": "morning", "утречком": "morning", "с утра": "morning", "рано утром": "early morning",
    "вечерком": "evening",
    "до обеда": "morning", "к утру": "morning", "после обеда": "afternoon",
    "вечером": "evening", "к вечеру": "evening", "до вечера": "evening",
    "поздно вечером": "late evening", "ночью": "tonight", "сегодня ночью": "tonight",
    "завтра ночью": "tomorrow night", "полдень": "noon", "полудня": "noon",
    "полночь": "midnight", "полуночи": "midnight", "в обед": "at noon", "к обеду": "at noon",
    "каждое утро": "every morning", "каждый вечер": "every evening",
    "каждую ночь": "every night", "по утрам": "every morning", "по вечерам": "every evening",
    "выходные": "weekend", "выходных": "weekend", "на выходных": "this weekend",
    "в выходные": "this weekend", "по выходным": "on weekends", "в будни": "on weekdays",
    "по будням": "on weekdays", "в будние дни": "on weekdays",
    "каждый будний день": "every weekday", "ежедневно": "daily", "еженедельно": "weekly",
    "ежемесячно": "monthly", "ежегодно": "yearly",
    "в течение дня": "today", "в течение": "within", "несколько": "a few",
    # Seasons start on their first month (the grammar has no seasons).
    **dict.fromkeys(("лето", "лета", "лету"), "june"),
    **dict.fromkeys(("весна", "весны", "весну", "весне"), "march"),
    **dict.fromkeys(("осень", "осени"), "september"),
    **dict.fromkeys(("зима", "зимы", "зиму", "зиме"), "december"),
    "летом": "in june", "весной": "in march", "осенью": "in september", "зимой": "in december",
    "новый год": "new year", "нового года": "new year", "новому году": "new year",
    # Christmas and Easter are the Orthodox ones.
    "рождество": "january 7", "рождества": "january 7", "рождеству": "january 7",
    "пасха": "orthodox easter", "пасху": "orthodox easter", "пасхи": "orthodox easter",
}

_WEEKDAY_FORMS = (
    ("понедельник", "понедельника", "понедельнику", "понедельнике", "пн", "понед"),
    ("вторник", "вторника", "вторнику", "вторнике", "вт"),
    ("среда", "среду", "среды", "среде", "ср"),
    ("четверг", "четверга", "четвергу", "четверге", "чт"),
    ("пятница", "пятницу", "пятницы", "пятнице", "пт"),
    ("суббота", "субботу", "субботы", "субботе", "сб"),
    ("воскресенье", "воскресенья", "воскресенью", "воскресеньи", "вс", "воскр"),
)
_WEEKDAYS_PLURAL = ("понедельникам", "вторникам", "средам", "четвергам", "пятницам", "субботам",
                    "воскресеньям")
_MONTH_FORMS = (
    ("январь", "января", "январе", "янв"), ("февраль", "февраля", "феврале", "фев", "февр"),
    ("март", "марта", "марте", "мар"), ("апрель", "апреля", "апреле", "апр"),
    ("май", "мая", "мае"), ("июнь", "июня", "июне", "июн"), ("июль", "июля", "июле", "июл"),
    ("август", "августа", "августе", "авг"), ("сентябрь", "сентября", "сентябре", "сен", "сент"),
    ("октябрь", "октября", "октябре", "окт"), ("ноябрь", "ноября", "ноябре", "ноя", "нояб"),
    ("декабрь", "декабря", "декабре", "дек"),
)
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
_UNIT_FORMS = {
    "second": ("секунда", "секунду", "секунды", "секунд", "секунде", "сек"),
    "minute": ("минута", "минуту", "минуты", "минут", "минуте", "мин"),
    "hour": ("час", "часа", "часов", "часу", "ч"),
    "day": ("день", "дня", "дней", "дню", "сутки", "суток", "дн"),
    "week": ("неделя", "неделю", "недели", "недель", "неделе", "нед"),
    "month": ("месяц", "месяца", "месяцев", "месяце", "мес"),
    "year": ("год", "года", "лет", "году"),
    "quarter": ("квартал", "квартала", "кварталов", "квартале"),
}
# fmt: on
_WEEKDAYS = {w: i for i, forms in enumerate(_WEEKDAY_FORMS) for w in forms}
_WEEKDAYS.update({w: i for i, w in enumerate(_WEEKDAYS_PLURAL)})
_WD_PLURAL = "|".join(_WEEKDAYS_PLURAL)
_MONTHS = {w: i + 1 for i, forms in enumerate(_MONTH_FORMS) for w in forms}
_UNITS = {w: unit for unit, forms in _UNIT_FORMS.items() for w in forms}

# The seasons' words arrive as their first months (see `_WORDS`).
_SEASONS = {"december": "winter", "june": "summer", "march": "spring", "september": "fall"}
_ORD_SUFFIX = r"(?:-?(?:ого|его|ому|ему|ое|ее|ом|ем|го|му|е|й|я))?"


def _trie(words: Iterable[str]) -> str:
    """A regex for exactly `words`, prefixes shared (fast next to a flat alternation)."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + emit(sub)
                for ch, sub in sorted(node.items()) if ch]  # fmt: skip
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" not in node:
            return body
        return f"(?:{body})?" if len(alts) == 1 else body + "?"

    return emit(root)


_NUM_ALT = _trie(_NUMBERS)
_SLOTS = {
    "n": rf"\d+(?:[.,]\d+)?|{_NUM_ALT}",
    "day": rf"\d{{1,2}}|{_trie({**_NUMBERS, **_ORDINALS})}",
    "unit": _trie(_UNITS),
    "wd": _trie(_WEEKDAYS),
    "month": _trie(_MONTHS),
}


def _slots(src: str) -> str:
    """`src` with its `{n}`, `{day2}`, ... slots spelt out as compact named groups."""
    return re.sub(r"\{([a-z]+)(\d?)\}", lambda m: f"(?P<{m[1]}{m[2]}>{_SLOTS[m[1]]})", src)


_PART = r"утра|дня|вечера|ночи|пополудни|после\s+полудня"
_AMPM = {"утра": "am", "ночи": "am", "дня": "pm", "вечера": "pm", "пополудни": "pm"}
_HALF_ORD = "|".join(f"{s}ого" for s, n in _ORD_STEMS.items() if n <= 12) + "|третьего"
_NTH = "перв|втор|трет|четверт|последн"
_YEAR = r"(?:\s+(?P<y>\d{4})(?:\s*(?:года|год|г\.?)(?!\w))?)?"
_AT = {"в": "at", "во": "at", "к": "by", "ко": "by", "до": "by", "после": "after", "на": "on",
       "около": "around", "примерно в": "around", "где-то в": "around", "ровно в": "at",
       "с": "from", "со": "from"}  # fmt: skip
_PREP = r"(?P<prep>в|во|к|ко|до|после|около|(?:примерно|где-то|ровно)\s+в)"
# What a bare "в 5" must not be followed by: counts of things ("в 2 раза", "в 3 магазинах").
_NOT_THING = (
    r"(?!\s*(?:-|%|раз|процент|руб|р\.|тыс|шт|чел|лет|год|недел|месяц|мес\b|минут|секунд"
    r"|день|дне\b|дней|этап|подход|смен|шаг|слой|ряд|экземпл|прием|[а-я]*(?:ах|ях)\b))"
)


def _clock(i: str, dash: bool = False) -> str:
    """A clock time: hour (digits or words), minutes, "часов", part of day; `dash`: "10-30"."""
    return (
        rf"(?:(?P<h{i}>\d{{1,2}})|(?P<hw{i}>{_NUM_ALT}))"
        rf"(?:[:.{'-' if dash else ''}](?P<mm{i}>\d\d)|\s*ч\.?\s*(?:(?P<hm{i}>\d\d)(?:\s*мин\.?)?)?"
        rf"|\s+(?P<sm{i}>[0-5]\d)(?=\s+(?:{_PART}))"
        rf"|\s+(?P<c{i}>час(?:а|ов)?)(?:\s+(?P<cm{i}>\d\d)(?:\s+мин\w*)?)?)?"
        rf"(?:\s+(?P<p{i}>{_PART}))?"
    )


def _part(g: Mapping[str, str], i: str = "") -> str:
    """The part of day said after a clock time ("дня" comes back as the unit "day")."""
    part = " ".join(g.get(f"p{i}", "").split())
    return "дня" if part in ("day", "после полудня") else part


def _hour(g: Mapping[str, str], i: str = "") -> str | None:
    """The English clock time of one `_clock` match, or None when it is not a time."""
    raw = g.get(f"h{i}") or g.get(f"hw{i}", "")
    if not raw.isdigit():
        return None
    h = int(raw)
    mm = g.get(f"mm{i}") or g.get(f"hm{i}") or g.get(f"cm{i}") or g.get(f"sm{i}")
    m = int(mm) if mm else 0
    part = _part(g, i)
    if h > 24 or m > 59 or (part == "утра" and h > 12):
        return None
    if part == "утра":
        h = 0 if h == 12 else h
    elif part == "дня":
        h = h + 12 if 1 <= h <= 6 else h
    elif part in ("вечера", "пополудни"):
        h = h + 12 if h < 12 else (0 if h == 12 else h)
    elif part == "ночи":
        h = 0 if h == 12 else (h + 12 if 9 <= h <= 11 else h)
    if not part and mm and h < 12:
        return f"{h or 12}:{m:02}am"  # written minutes are a 24-hour clock: "9:00" is morning
    if not part:
        return f"{h}:{m:02}" if mm or g.get(f"c{i}") or h > 12 else str(h)
    ampm = "am" if h < 12 else "pm"
    return f"{h % 12 or 12}:{m:02}{ampm}" if mm else f"{h % 12 or 12}{ampm}"


def _at(g: Mapping[str, str]) -> str | None:
    """A clock time after a preposition: "в 5", "до 2 часов дня", "после 14ч".

    An hour in words alone ends the clause ("в девять."): "в две смены" is no time.
    """
    if g.get("hw") and "end" not in g and not (g.get("mm") or g.get("c") or g.get("p")):
        return None
    time = _hour(g)
    if time and time.isdigit() and g.get("end", "").startswith("."):
        time += " "  # the grammar reads "at 9." as a number, not a time
    return None if time is None else f"{_AT[' '.join(g['prep'].split())]} {time}"


def _weekday_nth(g: Mapping[str, str]) -> str:
    """ "пятница 13-го" -> "friday 13th" (the next month whose 13th is a Friday)."""
    return f"{g['wd']} {_nth(int(g['d']))}"


def _bare(g: Mapping[str, str]) -> str | None:
    """A clock time with no preposition: only with minutes, a part of day or "час"."""
    part = _part(g)
    if g.get("mm") or g.get("hm") or (part and (part not in ("дня", "ночи") or g.get("c"))):
        return _hour(g)
    return None


def _range(g: Mapping[str, str]) -> str | None:
    """ "с 9 до 18" -> "from 9 to 18"."""
    if g.get("h1") and int(g.get("h2") or 0) <= int(g["h1"]):
        return None  # "в 10-00" is a time, "в 10-11" a range
    a, b = _hour(g) or _hour(g, "1"), _hour(g, "2")
    return f"from {a} to {b}" if a and b else None


def _before(ordinal: str) -> int:
    """The hour an ordinal's hour is running toward: "третьего" (3rd) -> 2."""
    return int("".join(c for c in ordinal if c.isdigit())) - 1 or 12


def _half(g: Mapping[str, str]) -> str:
    """ "полтретьего" is half past two; "утра"/"вечера" after it fix am or pm."""
    ampm = _AMPM.get(_part(g), "")
    return f"{'at ' if g.get('at') else ''}half past {_before(g['o'])} {ampm}".strip()


def _in(g: Mapping[str, str]) -> str:
    """ "через 2 дня", "через неделю", "через полтора часа", "через несколько дней"."""
    unit = g["unit"]
    if g.get("few"):
        return f"in a few {unit}"
    if g.get("half"):
        return {"hour": "in 90 minutes", "minute": "in 90 seconds", "day": "in 36 hours",
                "year": "in 18 months"}.get(unit, f"in 1.5 {unit}")  # fmt: skip
    return f"in {g.get('n') or g.get('n2') or '1'} {unit}"


def _ago(g: Mapping[str, str]) -> str:
    return f"{g.get('n') or '1'} {g['unit']} ago"


def _year(y: str) -> str:
    return f"{'20' if int(y) < 50 else '19'}{y}" if len(y) == 2 else y


def _date(g: Mapping[str, str]) -> str | None:
    """ "15.02", "до 31.10.74" -> "february 15", "by october 31 1974"."""
    d, m = int(g["d"]), int(g["m"])
    if not (1 <= d <= 31 and 1 <= m <= 12):
        return None
    prep = _AT.get(g.get("prep", ""), "")
    return " ".join(p for p in (prep, _MONTH_NAMES[m - 1], str(d), _year(g.get("y", ""))) if p)


def _dates(g: Mapping[str, str]) -> str | None:
    """ "14. - 15.10.2018", "с 14.10. по 15.10.2018" -> one day range."""
    m2 = int(g["m2"])
    m1, d1, d2 = int(g.get("m1") or m2), int(g["d1"]), int(g["d2"])
    if not (1 <= d1 <= 31 and 1 <= d2 <= 31 and 1 <= m1 <= 12 and 1 <= m2 <= 12):
        return None
    y = _year(g.get("y", ""))
    a = f"{_MONTH_NAMES[m1 - 1]} {d1} {y}".strip()
    b = f"{_MONTH_NAMES[m2 - 1]} {d2} {y}".strip()
    return f"from {a} to {b}" if g.get("from") else f"{a} - {b}"


def _day_month(g: Mapping[str, str]) -> str:
    """ "к 18-му февраля 2015 года" -> "by february 18 2015" (month first: ranges read right)."""
    prep = _AT.get(g.get("prep", ""), "")
    return " ".join(p for p in (prep, g["month"], g["day"], g.get("y", "")) if p)


def _day_range(g: Mapping[str, str]) -> str:
    """ "с 13 по 15 июля 2015" -> "from july 13 2015 to july 15 2015"."""
    y = f" {g['y']}" if g.get("y") else ""
    a, b = f"{g['month']} {g['day']}{y}", f"{g['month']} {g['day2']}{y}" if y else g["day2"]
    return f"from {a} to {b}" if g.get("from") else f"{a} - {b}"


def _month_day(g: Mapping[str, str]) -> str:
    """ "до 20-го числа", "каждое 10 число" -> "by the 20th", "the 10th of every month"."""
    nth = _nth(int(g["day"]))
    if g.get("k") or g.get("k2"):
        return f"the {nth} of every month"
    return f"{_AT.get(g.get('prep', ''), 'on')} the {nth}"


def _nth_weekday(g: Mapping[str, str]) -> str:
    """ "последнюю пятницу месяца" -> "the last friday of every month"."""
    return f"the {g['o']} {g['wd']} of {g.get('month') or 'every month'}"


def _edge(g: Mapping[str, str]) -> str:
    """ "до конца месяца", "в начале следующей недели" -> "by the end of the month", ..."""
    prep = "by" if g["prep"] != "в" else "at"
    edge = "end" if g["e"].startswith("конц") else "beginning"
    what = f"{g.get('adj', 'the')} {g['unit']}" if g.get("unit") else g["month"]
    return f"{prep} the {edge} of {what}"


def _on_days(g: Mapping[str, str]) -> str:
    """ "по пятницам", "по понедельникам и средам" -> "on mondays and wednesdays"."""
    return f"on {g['p']}s and {g['q']}s" if g.get("q") else f"on {g['p']}s"


_PHRASES: tuple[tuple[str, Replacement], ...] = (
    # Numeric dates: "с 14.10. по 15.10.2018", "14. - 15.10.18", "до 15.02", "31.10.1974";
    # after "в" a dotted pair is a clock time ("в 10.15").
    (
        r"(?:(?P<from>с|со)\s+)?(?P<d1>\d{1,2})(?:\.(?:(?P<m1>\d{1,2})\.?)?)?\s*(?:-|–|/|по|до)"
        r"\s*(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.?(?P<y>\d{4}|\d\d)?",
        _dates,
    ),
    (
        r"(?:(?P<prep>к|ко|до|с|со)\s+)?(?<!(?<!\w)в\s)(?<!(?<!\w)во\s)(?P<d>\d{1,2})\."
        r"(?P<m>\d\d|(?<=\d\d\.)\d)(?:\.(?P<y>\d{4}|\d\d)|\.)?"
        r"(?!\d|\s*(?:%|час|мин|кг|км|руб|раз))",
        _date,
    ),
    # Offsets: "через 2 часа", "минут через 10", "3 дня назад", "неделю тому назад".
    (
        r"(?:через|спустя|чз|ч/з)\s+(?:{n}\s*|(?P<few>несколько)\s+|(?P<half>полтора|полторы)\s+)?"
        r"{unit}",
        _in,
    ),
    (r"{unit}\s+через\s+{n2}", _in),
    (
        r"(?P<in>через|чз|спустя)?\s*пол\s*-?\s*(?P<u>часа|дня|года)(?P<ago>\s+назад)?",
        lambda g: (
            None
            if bool(g.get("in")) == bool(g.get("ago"))
            else ("in " if g.get("in") else "")
            + {"hour": "30 minutes", "day": "12 hours", "year": "6 months"}[g["u"]]
            + (" ago" if g.get("ago") else "")
        ),
    ),
    (
        r"в\s+течение\s+(?:{n}\s+)?{unit}",
        lambda g: (
            f"within {g['n']} {g['unit']}"
            if g.get("n")
            else ("today" if g["unit"] == "day" else f"within a {g['unit']}")
        ),
    ),
    (r"(?:в\s+)?середин[аеуы]\s+{month}", "mid {month}"),
    (r"несколько\s+{unit}\s+(?:тому\s+)?назад", "a few {unit} ago"),
    (r"(?:{n}\s*)?{unit}\s+(?:тому\s+)?назад", _ago),
    (r"кажд\w+\s+полчаса", "every 30 minutes"),
    (r"через\s+четверть\s+часа", "in 15 minutes"),
    (r"позапрошл\w*\s+{unit}", "2 {unit} ago"),
    (
        rf"(?:с|со)\s+{{day}}{_ORD_SUFFIX}\s+{{month}}\s+(?:по|до)\s+{{day2}}{_ORD_SUFFIX}\s+"
        rf"{{month2}}{_YEAR}",
        lambda g: (
            f"from {g['month']} {g['day']} {g.get('y', '')} to {g['month2']} {g['day2']} "
            f"{g.get('y', '')}".replace("  ", " ").strip()
        ),
    ),
    # Days of the month: "с 13 по 15 июля", "18-го февраля", "к первому марта 2015 г.".
    (
        rf"(?P<from>(?:с|со)\s+)?{{day}}{_ORD_SUFFIX}\s*(?:-|–|по|до)\s*{{day2}}{_ORD_SUFFIX}"
        rf"\s+{{month}}\.?{_YEAR}",
        _day_range,
    ),
    (
        rf"(?:(?P<prep>к|ко|до|с|со)\s+)?{{day}}{_ORD_SUFFIX}\s+{{month}}\.?{_YEAR}",
        _day_month,
    ),
    (
        rf"(?:(?P<prep>к|ко|до|с|со)\s+)?(?P<k>кажд\w+\s+(?:месяц\s+)?)?{{day}}{_ORD_SUFFIX}"
        r"\s+(?:числа|число|числу)(?P<k2>\s+кажд\w+\s+месяца)?",
        _month_day,
    ),
    (r"(?:в\s+)?(?P<y>\d{4})\s*(?:году|год|года|г\.)(?!\w)", "in {y}"),
    (
        r"(?P<prep>в|во|до|к|ко|с|со|после)\s+{month}",
        lambda g: f"{_AT[g['prep']].replace('at', 'in').replace('by', 'until')} {g['month']}",
    ),
    (r"{wd},?\s+(?P<d>\d{1,2})-?(?:го|ого|е|ое)(?!\w)", _weekday_nth),
    # Nth weekday of a month: "в последнюю пятницу месяца", "первый понедельник марта".
    (
        rf"(?:(?:в|во|кажд\w*)\s+)?(?P<o>(?:{_NTH})\w*)\s+{{wd}}\s+(?:кажд\w+\s+)?"
        r"(?:месяца|{month})",
        _nth_weekday,
    ),
    (
        rf"(?P<o>{_trie(_ORDINALS)})\s+{{unit}}(?:\s+{{month}})?",
        lambda g: (
            f"the {g['o']} {g['unit']} {'of ' + g['month'] if g.get('month') else ''}".strip()
            if g["unit"] in ("week", "quarter")
            else None
        ),
    ),
    (r"(?:один\s+)?раз\s+в\s+(?:{n}\s+)?{unit}", "every {n} {unit}"),
    (
        r"(?:часов|часа|час)\s+в\s+(?P<h>\d{1,2})(?!\d|\s*(?:[:.]\d|утра|вечера|дня|ночи))",
        "around {h}",
    ),
    # Clock times: "в полтретьего", "без четверти пять", "с 9 до 18", "в 3 часа дня".
    (
        rf"(?:(?P<at>в|во)\s+)?(?:пол|половин[аеуы])\s*-?\s*(?P<o>{_HALF_ORD})"
        rf"(?:\s+(?P<p>{_PART}))?",
        _half,
    ),
    (
        r"(?:в\s+)?без\s+(?:четверти|{n}(?:\s+мин\w*)?)\s+{n2}",
        lambda g: f"{g.get('n', 'quarter')} to {g['n2']}",
    ),
    (
        rf"(?:в\s+)?(?:четверть|{{n}}\s+мин\w*)\s+(?P<o>{_HALF_ORD})",
        lambda g: f"{g.get('n', 'quarter')} past {_before(g['o'])}",
    ),
    (
        rf"(?:(?:с|со|от)\s+{_clock('', True)}\s*(?:до|по|-|–)|(?:в|во)\s+{_clock('1', True)}"
        rf"\s*[-–])\s*{_clock('2', True)}{_NOT_THING}",
        _range,
    ),
    (
        r"(?P<prep>в|во|к|ко|до|после|около)\s+час(?:\s+(?P<p>дня|ночи))?",
        lambda g: f"{_AT[g['prep']]} 1{'am' if g.get('p') == 'ночи' else 'pm'}",
    ),
    (
        r"(?P<ord>(?:к|ко|до|с|со|на)\s+\d{1,2})-?(?:ого|ому|го|му|е|ое)(?!\w)",
        lambda g: f"{_AT[g['ord'].split()[0]]} the {_nth(int(g['ord'].split()[1]))}",
    ),
    (rf"{_PREP}\s+{_clock('', True)}{_NOT_THING}(?=(?P<end>\s*(?:[,.!?;:)]|$)))?", _at),
    (_clock(""), _bare),
    (r"(?:в|во)\s+полдень", "at noon"),
    (r"(?:в|во)\s+полночь", "at midnight"),
    # Period edges: "до конца месяца", "в начале следующей недели", "к концу марта".
    (
        r"(?P<prep>до|к|в)\s+(?P<e>конц[аеу]|начал[аеу])\s+"
        r"(?:(?P<adj>(?:следующ|прошл|эт|текущ)\w*)\s+)?(?:{unit}|{month})",
        _edge,
    ),
    (r"(?:в|на)\s+(?:эти|этих)\s+выходн\w+", "this weekend"),
    # A season with this/next/last is the grammar's season: "прошлой зимой" -> "last winter".
    (
        r"(?P<adj>(?:следующ|будущ|прошл|предыдущ|эт|текущ)\w*)\s+"
        r"(?P<s>зим(?:а|ы|у|е|ой)|лет(?:о|а|у|ом)|весн(?:а|ы|у|е|ой)|осен(?:ь|и|ью))",
        lambda g: f"{g['adj']} {_SEASONS[g['s'].split()[-1]]}",
    ),
    # Recurrence: "по пятницам", "по понедельникам и средам"; "в понедельник и среду".
    (rf"по\s+(?P<p>{_WD_PLURAL})(?:\s*(?:,|и)\s*(?P<q>{_WD_PLURAL}))?", _on_days),
    (r"кажд\w+\s+{wd}\s+и\s+{wd2}", "every {wd} and {wd2}"),
    (
        r"{wd}\s*[-–]\s*{wd2}",
        lambda g: "on weekdays" if (g["wd"], g["wd2"]) == ("monday", "friday") else None,
    ),
    (
        r"(?:(?:на|в)\s+)?(?P<adj>(?:следующ|прошл|эт|текущ)\w*)\s+неделе\s+(?:в|во)\s+{wd}",
        "{wd} {adj} week",
    ),
    (
        r"{wd}\s+(?:(?:на|в)\s+(?P<adj>(?:следующ|прошл|эт|текущ)\w*)\s+неделе"
        r"|(?P<adj2>(?:следующ|прошл|эт|текущ)\w*)\s+недели)",
        lambda g: f"{g['wd']} {g.get('adj') or g.get('adj2')} week",
    ),
    (r"кажд\w+\s+втор\w+\s+{wd}", "every other {wd}"),
    (r"(?:с|со)\s+{wd}\s+(?:по|до)\s+{wd2}", "from {wd} to {wd2}"),
    # "до пятницы", "к четвергу", "до завтра": the preposition before a time word.
    (
        r"(?:до|к|ко)(?=\s+(?:сегодн|завтр|послезавтр|понедельн|вторн|сред|четверг|пятниц"
        r"|суббот|воскресен|следующ|ближайш|выходн))",
        "by",
    ),
    (r"днем(?!\s+рождения)", "afternoon"),
    (r"(?:до|к)(?=\s+(?:весн|лет[ау]|зим|осен))", "until"),
    # A weekday nothing else claimed: "в 10 утра в субботу" -> "at 10am on saturday".
    (r"(?:в|во)\s+{wd}", "on {wd}"),
)

LANGUAGE = Language(
    code="ru",
    months=_MONTHS,
    weekdays=_WEEKDAYS,
    units=_UNITS,
    numbers=_NUMBERS,
    ordinals=_ORDINALS,
    words=_WORDS,
    # Ordinals only inside phrases: a plain table of all their forms is slow to compile.
    ambiguous=frozenset({"ч", "дн", "мин", "сек", "мес", "нед", *_ORDINALS}),
    phrases=tuple((_slots(src), rep) for src, rep in _PHRASES),
    not_before=(r"не(?!\s+(?:поз[жд]|ранее|раньше))", r"вместо"),
    not_after=(),
)
