"""Dutch time words and phrases."""

from __future__ import annotations

import re
from collections.abc import Mapping

from flowhub.nlp.lang._schema import Language, Replacement
from flowhub.nlp.lang._schema import english_ordinal as _nth

# fmt: off
_ONES = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
         "negen": 9}
_NUMBERS = {"nul": 0, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
            "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
            "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, **_ONES}
_ORDINALS = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6,
             "zevende": 7, "achtste": 8, "negende": 9, "tiende": 10, "elfde": 11, "twaalfde": 12,
             "dertiende": 13, "veertiende": 14, "vijftiende": 15, "zestiende": 16,
             "zeventiende": 17, "achttiende": 18, "negentiende": 19, "twintigste": 20,
             "dertigste": 30}
# fmt: on
for _tens, _value in (("twintig", 20), ("dertig", 30), ("veertig", 40), ("vijftig", 50)):
    for _one, _n in _ONES.items():
        _NUMBERS[f"{_one}en{_tens}"] = _value + _n
        if _value <= 30:
            _ORDINALS[f"{_one}en{_tens}ste"] = _value + _n

# fmt: off
_MONTHS = {"januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "mar": 3,
           "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
           "augustus": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10,
           "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12}
_WEEKDAYS = {"maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4,
             "zaterdag": 5, "zondag": 6}
_ABBREVIATIONS = {"ma": 0, "maa": 0, "di": 1, "din": 1, "wo": 2, "woe": 2, "do": 3, "don": 3,
                  "vr": 4, "vrij": 4, "za": 5, "zat": 5, "zo": 6, "zon": 6}
_UNITS = {"seconde": "second", "seconden": "second", "secondes": "second", "sec": "second",
          "minuut": "minute", "minuten": "minute", "min": "minute", "uur": "hour",
          "uren": "hour", "dag": "day", "dagen": "day", "week": "week", "weken": "week",
          "maand": "month", "maanden": "month", "jaar": "year", "jaren": "year",
          "kwartaal": "quarter", "kwartalen": "quarter", "uurtje": "hour", "uurtjes": "hour",
          "minuutje": "minute", "minuutjes": "minute", "dagje": "day", "dagjes": "day",
          "weekje": "week", "weekjes": "week", "maandje": "month", "maandjes": "month"}
_MONTH_WORDS = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
_DAY_WORDS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_PARTS = {"ochtend": "morning", "morgen": "morning", "vroeg": "morning", "middag": "afternoon",
          "namiddag": "afternoon", "avond": "evening", "nacht": "night"}
_RELATIVE = {"vandaag": "today", "morgen": "tomorrow", "gisteren": "yesterday",
             "gister": "yesterday", "overmorgen": "the day after tomorrow",
             "eergisteren": "the day before yesterday"}
_TODAY = {"morning": "this morning", "afternoon": "this afternoon", "evening": "this evening",
          "night": "tonight"}
# A period word after this/next/last, in the grammar's English.
_PERIODS = {"seconde": "second", "minuut": "minute", "uur": "hour", "dag": "day", "week": "week",
            "maand": "month", "kwartaal": "quarter", "jaar": "year", "zomer": "summer",
            "herfst": "fall", "najaar": "fall", "lente": "spring", "voorjaar": "spring"}
_HOLIDAYS = {
    "kerst": "christmas", "kerstmis": "christmas", "kerstdag": "christmas day",
    "eerste kerstdag": "christmas day", "tweede kerstdag": "boxing day",
    "kerstavond": "christmas eve", "oudjaar": "new year's eve",
    "oudejaarsavond": "new year's eve", "oudejaarsdag": "new year's eve",
    "nieuwjaar": "new year's day", "nieuwjaarsdag": "new year's day",
    "valentijnsdag": "valentine's day", "valentijn": "valentine's day",
    "moederdag": "mother's day", "vaderdag": "father's day",
    "allerheiligen": "all saints day", "sinterklaas": "5 december",
    "sinterklaasavond": "5 december", "pakjesavond": "5 december",
    "bevrijdingsdag": "5 may", "dodenherdenking": "4 may",
    "pasen": "easter", "paaszondag": "easter sunday", "eerste paasdag": "easter sunday",
    "paasmaandag": "easter monday", "tweede paasdag": "easter monday",
    "goede vrijdag": "good friday", "stille zaterdag": "holy saturday",
    "witte donderdag": "maundy thursday", "palmzondag": "palm sunday",
    "aswoensdag": "ash wednesday", "hemelvaart": "ascension day",
    "hemelvaartsdag": "ascension day", "pinksteren": "pentecost",
    "eerste pinksterdag": "pentecost", "tweede pinksterdag": "whit monday",
    "pinkstermaandag": "whit monday", "sacramentsdag": "corpus christi",
    "chinees nieuwjaar": "chinese new year", "suikerfeest": "eid al-fitr",
    "offerfeest": "eid al-adha",
}
_GREETINGS = (
    r"goede(?:n)?\s*(?:morgen|middag|avond|nacht|dag)|goedemorgen|goedemiddag|goedenavond"
    r"|goedenacht|welterusten|fijne\s+avond"
)
_CLOCK_PREP = {"om": "at", "vanaf": "from", "na": "after", "tot": "until", "voor": "before",
               "rond": "around", "tegen": "around", "omstreeks": "around"}
_EDGE = {"begin": "beginning of", "eind": "end of", "einde": "end of", "half": "mid",
         "medio": "mid", "midden": "mid"}
_QUALIFIERS = (("overvolgend", "after next"), ("volgend", "next"), ("komend", "coming"),
               ("aankomend", "coming"), ("aanstaand", "coming"), ("deze", "this"),
               ("dit", "this"), ("vorig", "last"), ("afgelopen", "last"), ("verleden", "last"),
               ("laatst", "last"))
# Words that are Spanish, French, Portuguese or English words too: kept out of the vocabulary.
_SHARED = ("de", "en", "circa", "lunch", "cet", "cest", "utc", "gmt")
_UNITS_EN = frozenset({"second", "minute", "hour", "day", "week", "month", "quarter", "year"})
# Articles and ordinary words that are time words only inside a phrase.
_AMBIGUOUS = frozenset({"seconde", "secondes", "circa", "een", "acht", "elf", "nul", "min", "sec",
                        "maa", "din", "don", "vrij", "zat", "zon", "wo", "woe", "vr", "mar", "uur",
                        "uurtje", "uurtjes", "uren", "dit", "tot", "rond"})
# fmt: on

# Everyday Dutch words, kept as they are: they mark a message as Dutch, so that its digit-only
# dates ("op 21-3") are read even when no other time word is in it.
_MARKERS = ("ik", "mij", "jij", "jou", "wij", "ons", "niet", "nog", "naar", "bij", "aan",
            "herinner", "herinnering", "kun", "kunnen", "moet", "moeten", "graag", "alsjeblieft",
            "ff", "het", "voor", "wat", "wordt", "heb", "hebben", "heeft", "ook", "mee", "weer",
            "dus", "wel", "geen", "kan", "zal", "gaan", "ga", "gaat", "doen", "uit", "eruit",
            "mijn", "jouw", "zijn")  # fmt: skip

# fmt: off
_WORDS: dict[str, str] = {
    **_RELATIVE,
    **_HOLIDAYS,
    "vanochtend": "this morning", "vanmorgen": "this morning", "vanmiddag": "this afternoon",
    "vanavond": "this evening", "vannacht": "tonight", "morgenvroeg": "tomorrow morning",
    "gisternacht": "last night", "gisterennacht": "last night", "deze ochtend": "this morning",
    "deze morgen": "this morning", "deze middag": "this afternoon",
    "deze namiddag": "this afternoon", "deze avond": "this evening", "deze nacht": "tonight",
    "middernacht": "midnight", "middaguur": "noon", "rond het middaguur": "around noon",
    "smorgens": "in the morning",
    "savonds": "in the evening", "smiddags": "in the afternoon", "na het werk": "after work",
    "dagelijks": "daily", "eens per week": "weekly", "een keer per week": "weekly",
    "eens per maand": "monthly", "een keer per maand": "monthly", "eens per jaar": "yearly",
    "deze": "this", "dit": "this", "volgende": "next", "volgend": "next",
    "vorige": "last", "vorig": "last", "afgelopen": "last",
    "elke dag": "every day", "iedere dag": "every day", "wekelijks": "weekly",
    "maandelijks": "monthly", "jaarlijks": "yearly", "elke week": "every week",
    "elke maand": "every month", "elk jaar": "every year", "elke ochtend": "every morning",
    "elke avond": "every evening", "doordeweeks": "on weekdays", "op werkdagen": "on weekdays",
    "elke werkdag": "every weekday", "iedere werkdag": "every weekday", "tot": "until",
    "vanaf": "from", "tussen": "between", "uiterlijk": "by", "rond": "around",
    "omstreeks": "around", "ongeveer": "about", "circa": "about",
    "op zijn vroegst": "at the earliest", "op zijn laatst": "at the latest",
    "binnen": "within", "elke": "every", "iedere": "every",
    "ieder": "every", "elk": "every",
    **{w: w for w in _MARKERS},
}
# fmt: on
for _rel, _en in _RELATIVE.items():  # one word: "morgenochtend", "gisteravond"
    for _part, _pe in _PARTS.items():
        if _rel != "vandaag" and (_rel, _part) != ("morgen", "morgen"):
            _WORDS[f"{_rel}{_part}"] = f"{_en} {_pe}"
for _wd, _i in _WEEKDAYS.items():
    _WORDS[f"{_wd}s"] = f"on {_DAY_WORDS[_i]}s"
    for _part, _pe in _PARTS.items():
        _WORDS[f"{_wd}{_part}"] = f"{_DAY_WORDS[_i]} {_pe}"


def _hidden(src: str) -> str:
    """`src` with the words of `_SHARED` spelt in octal, so they add no token to the vocabulary."""
    return re.sub(
        r"(?<![\w\\])(" + "|".join(_SHARED) + r")(?!\w)",
        lambda m: "".join(f"\\{ord(c):03o}" for c in m[1]),
        src,
    )


def _ordinal(g: Mapping[str, str]) -> str:
    return _nth(int(g["d"]))


def _on_nth(g: Mapping[str, str]) -> str:
    return f"on the {_nth(int(g['d']))}"


def _numeric(g: Mapping[str, str]) -> str | None:
    day, month = int(g["d"]), int(g["m"])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    year = f" {g['y']}" if g.get("y") else ""
    return f"{day} {_MONTH_WORDS[month - 1]}{year}"


def _day_range(g: Mapping[str, str]) -> str:
    year = f" {g['y']}" if g.get("y") else ""
    return f"from {g['day']} {g['month']}{year} to {g['day2']} {g['month']}{year}"


def _day_part(g: Mapping[str, str]) -> str:
    day, part = g.get("rel") or g["wd"], _PARTS.get(g["pt"].removesuffix("s"), "morning")
    if day == "today":
        return _TODAY[part]
    return "last night" if day == "yesterday" and part == "night" else f"{day} {part}"


def _part_of_day(g: Mapping[str, str]) -> str:
    part = _PARTS.get(g["pt"][:-1], "morning")
    return "at night" if part == "night" else f"in the {part}"


def _in_part(g: Mapping[str, str]) -> str:
    part = _PARTS.get(g["pt"], "morning")
    return "at night" if part == "night" else f"in the {part}"


def _qualifier(word: str) -> str:
    if word in ("next", "last", "this"):
        return word
    for stem, en in _QUALIFIERS:
        if word.startswith(stem):
            return "next" if en == "coming" else en
    return "next"


def _period(g: Mapping[str, str]) -> str:
    q, period = _qualifier(g["q"]), _PERIODS.get(g["p"], g["p"])
    if q == "after next":
        return f"in 2 {period}s" if period in _UNITS_EN else f"next {period}"
    return f"{q} {period}"


def _month(g: Mapping[str, str]) -> str | None:
    q = _qualifier(g["q"])
    return None if q == "after next" else f"{q} {g['month']}"


def _weekday(g: Mapping[str, str]) -> str:
    if g["q"].startswith(("komend", "aankomend", "aanstaand")):
        return f"this {g['wd']}"  # "komende woensdag" is the coming one, even tomorrow
    q = _qualifier(g["q"])
    return f"{g['wd']} after next" if q == "after next" else f"{q} {g['wd']}"


def _some(g: Mapping[str, str]) -> str:
    return f"{_qualifier(g['q'])} {g.get('n', 'few')} {g['unit']}s"


def _year_month(g: Mapping[str, str]) -> str:
    return f"{_qualifier(g['q'])} year in {g['month']}"


def _edge(g: Mapping[str, str]) -> str:
    what = g.get("month") or f"{_qualifier(g['q'])} {g['unit']}"
    return f"{_EDGE[g['e']]} {what}"


def _edge_the(g: Mapping[str, str]) -> str:
    return f"{'by ' if g.get('by') else ''}{_EDGE[g['e']]} the {g['unit']}"


def _nth_in(g: Mapping[str, str]) -> str:
    which = "last" if g.get("last") else _nth(int(g["day"]))
    return f"{which} {g['y']} of {g.get('month') or 'the month'}"


def _halves(g: Mapping[str, str]) -> str:
    return f"in {g['n']}.5 {g['unit']}s"


def _quarters(g: Mapping[str, str]) -> str:
    return f"in {int(g['n']) * 15} minutes"


def _hour_at_night(g: Mapping[str, str]) -> str:
    n = int(g["n"])
    return f"{n} o'clock in the morning" if n <= 5 else f"{n} o'clock at night"


def _afternoon(g: Mapping[str, str]) -> str:
    n = int(g["n"])
    return "at noon" if n == 12 else f"at {n} pm" if n < 12 else f"at {n}:00"


def _around(g: Mapping[str, str]) -> str:
    return f"around {g['n']} o'clock" if g.get("u") else f"around {g['n']}"


def _clock(g: Mapping[str, str]) -> str:
    return f"{_CLOCK_PREP.get(g['p'], g['p'])} {g['n']} o'clock"


def _minutes_half(g: Mapping[str, str]) -> str | None:
    n, h = int(g["n"]), int(g["n2"])
    if not (0 < n < 30 and 1 <= h <= 24):
        return None
    return f"{_hour_before(h)}:{30 + n if g['dir'] == 'over' else 30 - n:02d}"


def _hour_before(h: int) -> int:
    """The hour a "half {h}" falls in: "half 11" is 10:30, "half 1" is 12:30, not 0:30."""
    return h - 1 if h > 1 else 12


def _half(g: Mapping[str, str]) -> str | None:
    h = int(g["n"]) if g["n"].isdigit() else 0
    return f"{_hour_before(h)}:30" if 1 <= h <= 24 else None


def _day_half(g: Mapping[str, str]) -> str | None:
    clock = _half(g)
    return f"{g['wd']} at {clock}" if clock else None


def _minutes_to(g: Mapping[str, str]) -> str:
    return f"{g['n']} {'past' if g['dir'] == 'over' else 'to'} {g['n2']}"


def _bare_minutes_to(g: Mapping[str, str]) -> str | None:
    # "2 voor 5" is a price as often as a time; "5 voor 12", "10 voor 3" are times.
    if g["dir"] == "voor" and not (g["n"].isdigit() and int(g["n"]) % 5 == 0):
        return None
    return _minutes_to(g)


_NEXT = r"(?:volgende|komende|aankomende)"
# Abbreviated weekdays, read alone or before a date: "za.", "zo. 21 sept".
_ABBREVIATED = "|".join(sorted(_ABBREVIATIONS, key=len, reverse=True))
_QUAL = (
    r"(?P<q>(?:over)?volgende?|(?:aan)?komende?|aanstaande?|deze|dit|vorige?|afgelopen|verleden"
    r"|laatste)"
)
_PERIOD = "(?P<p>" + "|".join(sorted(_PERIODS, key=len, reverse=True)) + ")"
_ORD_WORD = "(?P<o>" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + ")"
_SUF = r"(?:ste|de|\145)"  # "e" in octal: a lone "e" is no Dutch word
_TIME = r"\d{1,2}(?:[:.u]\d\d)?"
_UUR = r"(?:\s*uur|\165)"  # "15 uur" or "15u", the "u" in octal: a lone "u" is no Dutch word
_S = r"['’]\x73"  # "'s", spelt so that a lone "s" is no Dutch word

# fmt: off
_RAW_PHRASES: tuple[tuple[str, Replacement], ...] = (
    (r"(?:om\s+)?{n}\s*uur\s+in\s+de\s+nacht", _hour_at_night),
    (r"in\s+de\s+(?P<pt>ochtend|morgen|middag|namiddag|avond|nacht)", _in_part),
    (r"om\s+de\s+(?P<unit>week|dag|maand)", "every other {unit}"),
    (r"na\s+de\s+lunch", "after lunch"),
    (r"tussen\s+de\s+middag", "at lunch"),
    (r"tegen\s+de\s+avond", "in the evening"),
    (_GREETINGS, "hello"),
    # Ranges: "van 9 tot 11 uur", "tussen 9:30 en 11:00", "13 t/m 15 juli", "ma t/m vr"; "t/m" is
    # written in octal, as a lone "t" or "m" is no Dutch word.
    (r"van\s+(?P<a>" + _TIME + r")\s+(?:tot|-)\s+(?P<b>" + _TIME + r")(?:\s*uur)?",
     "from {a} to {b}"),
    (r"tussen\s+(?P<a>" + _TIME + r")\s+en", "between {a} and"),
    (r"na\s+(?P<a>" + _TIME + r")\s+maar\s+voor", "after {a} but before"),
    (r"(?:van\s+)?(?:ma|maandag)\s*(?:-|\164/\155|tot\s+en\s+met)\s*(?:vr|vrijdag)", "on weekdays"),
    (r"{wd}\s*(?:-|\164/\155|tot\s+en\s+met|tot)\s*{wd2}", "{wd} until {wd2}"),
    (r"(?:van\s+)?{day}\s*(?:\164/\155|tot\s+en\s+met|tot)\s*{day2}\s+{month}(?:\s+(?P<y>\d{4}))?",
     _day_range),
    (r"{wd}\s+na(?=\s)", "{wd} after"),
    # "laatste maandag van maart", "elke eerste maandag van de maand", "derde dag in oktober".
    (r"(?:op\s+)?(?:de\s+)?(?:(?P<last>laatste)|{day})\s+(?P<y>{wd}|dag|week)\s+(?:van|in)"
     r"\s+(?:{month}|de\s+maand)", _nth_in),
    # Period edges: "eind volgende week", "tot het einde van de maand", "begin maart".
    (r"(?P<e>begin|eind|einde|half|medio|midden)\s+" + _QUAL + r"\s+{unit}", _edge),
    (r"(?:(?P<by>tot|voor)\s+|aan\s+)?(?:het\s+)?(?P<e>begin|eind|einde|midden)\s+van\s+(?:de|het|deze|dit)"
     r"\s+{unit}", _edge_the),
    (r"(?P<e>begin|eind|einde|half|medio|midden)\s+{month}", _edge),
    (_QUAL + r"\s+(?:{n}|paar)\s+{unit}", _some),
    (_QUAL + r"\s+{n}\s+(?P<unit>seconden|secondes)", _some),
    (r"(?P<q>volgend|vorig)\s+jaar\s+(?:in\s+)?{month}", _year_month),
    (r"(?:in\s+)?{month}\s+(?:van\s+)?(?P<q>volgend|vorig)\s+jaar", _year_month),
    # "morgenochtend", "vandaag avond", "morgen 's middags", "vrijdagavond".
    (r"(?P<rel>vandaag|morgen|gister(?:en)?|overmorgen|eergisteren)\s*(?:" + _S + r"\s*)?"
     r"(?P<pt>" + "|".join(f"{p}|{p}s" for p in _PARTS) + ")", _day_part),
    (r"{wd}\s+(?:van\s+)?" + _NEXT + r"\s+week", "{wd} of next week"),
    (r"{wd}\s+over\s+(?:een|1)\s+week", "{wd} of next week"),
    # "2e kerstdag", "1e paasdag": the ordinal is the holiday's, not a day of the month.
    *((rf"{i}\145\s+{day}", _HOLIDAYS[f"{nth} {day}"])
      for i, nth in ((1, "eerste"), (2, "tweede"))
      for day in ("kerstdag", "paasdag", "pinksterdag")),
    (_NEXT + r"\s+week\s+{wd}", "{wd} of next week"),
    (r"{wd}\s+(?:van\s+)?deze\s+week", "{wd} this week"),
    (r"deze\s+week\s+{wd}", "{wd} this week"),
    (r"{wd}\s+(?:van\s+)?vorige\s+week", "{wd} of last week"),
    (r"vorige\s+week\s+{wd}", "{wd} of last week"),
    (r"(?:elke|iedere)\s+week\s+(?:op\s+)?{wd}", "every week on {wd}"),
    (r"(?!zo\s){wd}\s+(?P<pt>ochtend|morgen|middag|namiddag|avond|nacht)", _day_part),
    (r"zo\s+(?:rond|om|tegen|omstreeks)\s+{n}(?P<u>\s*uur|\165)?", _around),
    (r"(?!zo\s){wd}\.?,?\s+(?:om\s+)?(?P<h>\d{1,2})[:.u](?P<mi>\d\d)(?![.-]\d)",
     "{wd} at {h}:{mi}"),
    (r"(?!zo\s){wd}\.?,?\s+(?:om\s+)?{n}" + _UUR, "{wd} at {n} o'clock"),
    (r"(?!zo\s){wd}\.?,?\s+(?:om\s+)?half\s+{n}", _day_half),  # "di half 4" is 15:30 on Tuesday
    # Clock times: "half 3" is 2:30, "kwart over 4", "10 voor half 4" 3:20, "17u10".
    (r"(?:om\s+)?{n}\s+(?:minuten\s+)?(?P<dir>voor|over)\s+half\s+{n2}", _minutes_half),
    (r"(?:om\s+)?half\s+{n}", _half),
    (r"(?:om\s+)?kwart\s+over\s+{n}(?:\s+uur)?", "quarter past {n}"),
    (r"(?:om\s+)?kwart\s+voor\s+{n}(?:\s+uur)?", "quarter to {n}"),
    (r"{n}\s+{unit}\s+geleden", "{n} {unit}s ago"),
    (r"(?:over|in|binnen)\s+(?:een\s+)?(?:kwartier|kwartiertje)", "in 15 minutes"),
    (r"(?:over|in|binnen)\s+(?P<n>\d|twee|drie|vier|vijf|zes|zeven|acht|negen)\s+kwartier",
     _quarters),
    (r"(?:over|in)\s+(?:een\s+)?(?:half\s*uur|half\s*uurtje)", "in half an hour"),
    (r"(?:over|in)\s+anderhalf\s+{unit}", "in 1.5 {unit}s"),
    (r"(?:over|in)\s+{n}\s*(?:en\s+)?(?:een\s+)?half\s+{unit}", _halves),
    (r"(?:over|in)\s+(?:een\s+)?paar\s+{unit}", "in a couple of {unit}s"),
    (r"(?:over|in)\s+{n}\s+{unit}", "in {n} {unit}s"),
    (r"binnen\s+{n}\s+{unit}", "within {n} {unit}s"),
    # "om 10 over 3", "10 minuten voor 4", "5 voor 12" at the end; not "2 voor 3 euro".
    (r"om\s+{n}\s+(?:minuten\s+)?(?P<dir>over|voor)\s+{n2}(?:\s+uur)?", _minutes_to),
    (r"{n}\s+minuten\s+(?P<dir>over|voor)\s+{n2}(?:\s+uur)?", _minutes_to),
    (r"{n}\s+(?P<dir>over|voor)\s+{n2}(?:\s+uur|(?=\s*(?:[,.!?]|$)))", _bare_minutes_to),
    (r"(?:om\s+)?{n}\s*uur\s+" + _S + r"\s*nachts", _hour_at_night),
    (r"(?:om\s+)?{n}\s*uur\s+" + _S + r"\s*middags", _afternoon),
    (r"op\s+(?P<d>\d{1,2})[-.](?P<m>\d{1,2})(?:[-.](?P<y>\d{4}|\d\d))?", _numeric),
    (r"(?:stipt\s+)?om\s+(?:ongeveer\s+|circa\s+|rond\s+)?(?P<h>\d{1,2})[:.u](?P<mi>\d\d)(?:\s*uur)?",
     "at {h}:{mi}"),
    (r"(?P<h>\d{1,2})(?::|\.|\165)(?P<mi>\d\d)(?:\s*uur)?", "{h}:{mi}"),
    (r"om\s+{n}\s*uur\s+{n2}", "at {n}:{n2:02}"),
    (r"{n}\s*uur\s+{n2}", "{n}:{n2:02}"),
    (r"(?:stipt\s+)?(?P<p>om|vanaf|na|tot|voor|rond|tegen|omstreeks)\s+(?:ongeveer\s+|circa\s+)?"
     r"{n}" + _UUR, _clock),
    (r"{n}" + _UUR + r"\s+(?P<z>cet|cest|utc|gmt)", "{n}:00 {z}"),
    (r"{n}" + _UUR, "{n} o'clock"),
    (r"(?:stipt\s+)?om\s+(?:ongeveer\s+|circa\s+)?{n}", "at {n}"),
    (r"rond\s+{n}", "around {n}"),
    (_S + r"\s*(?P<pt>ochtends|morgens|middags|avonds|nachts)", _part_of_day),
    (_S + r"\s*(?P<wds>" + "|".join(f"{w}s" for w in _WEEKDAYS) + ")", "{wds}"),
    # Dates: "op 15 juni", "01-04", "op de 15de", "op de eerste".
    (r"(?P<d>\d{1,2})-(?P<m>\d{1,2})(?:-(?P<y>\d{4}|\d\d))?", _numeric),
    (r"(?:op\s+)?{wd}\.?,?\s+{day}\s+{month}", "on {wd} {day} {month}"),
    (r"(?:op\s+)?(?:de\s+)?{day}(?:" + _SUF + r")?\s+{month}", "{day} {month}"),
    (r"op\s+de\s+(?P<d>\d{1,2})" + _SUF + "?", _on_nth),
    (r"(?P<d>\d{1,2})" + _SUF, _ordinal),
    (r"op\s+de\s+" + _ORD_WORD, "on the {o}"),
    # Weekdays and periods with this/next/last: "volgende week vrijdag", "vorige maand".
    (r"(?:op\s+)?" + _QUAL + r"\s+{wd}", _weekday),
    (r"(?:op\s+)?deze\s+dag", "today"),
    (_QUAL + r"\s+" + _PERIOD, _period),
    (_QUAL + r"\s+{month}", _month),
    (r"op\s+{wd}", "on {wd}"),
    # A message of only "za." or "voor 8" (a reply to "when?").
    (r"^\s*(?P<wd>" + _ABBREVIATED + r")\.\s*$", "{wd}"),
    (r"^\s*voor\s+(?P<h>\d{1,2})\s*$", "before {h}"),
    # "nu" said alone is the moment itself, never a due date; in a sentence it is left alone.
    (r"^\s*(?:nu|nu\s+meteen|direct|meteen)\s*$", "right now"),
    (r"^\s*(?:zojuist|zonet|net)\s*$", "just now"),
    # Recurrence: "elke maandag", "om de twee weken", "iedere eerste maandag".
    (r"(?:elke|iedere|om\s+de)\s+{n}\s+{unit}", "every {n} {unit}s"),
    (r"(?:elke|iedere)\s+{wd}\s+(?:en|&)\s+{wd2}", "every {wd} and {wd2}"),
    (r"(?:elke|iedere)\s+{wd}", "every {wd}"),
)
# fmt: on

_PHRASES = tuple((_hidden(src), rep) for src, rep in _RAW_PHRASES)
# Forms only Dutch writes: "13 t/m 15 juli", "17u10", "15 over 14", "na de lunch", "za. 21 sept".
_MARKS = (
    r"(?<![\w/])\164/\155(?![\w/])",
    r"(?<![\w:.])(?:\d{1,2}\165\d\d|(?:1[3-9]|2[0-3])\165)(?!\w)",
    r"(?<![\w:.])\d{1,2}\s+over\s+\d{1,2}(?=\s*(?:uur|[,.!?]|$))",
    r"(?<![\w:.])\d{1,2}\s+(?:minuten\s+)?(?:over|voor)\s+half\s+\d{1,2}(?![\w:.])",
    r"(?<!\w)na\s+(?:de|het)\s+(?:lunch|middag|avond|werk)(?!\w)",
    r"^\s*(?:" + _ABBREVIATED + r")\.\s*$",
    r"(?<!\w)(?:" + _ABBREVIATED + r")\.,?\s+\d",
    r"^\s*(?:nu|direct|meteen|zojuist|zonet)\s*$",
    # "ma half 9", "vr om half 4": a short day name before a Dutch half hour (08:30, 15:30)
    r"(?<!\w)(?:ma|di|wo|do|vr|za|zo)\s+(?:om\s+)?half\s+\d{1,2}(?![\w:.])",
)

LANGUAGE = Language(
    code="nl",
    months=_MONTHS,
    weekdays={**_WEEKDAYS, **_ABBREVIATIONS},
    units=_UNITS,
    numbers=_NUMBERS,
    ordinals=_ORDINALS,
    words=_WORDS,
    ambiguous=_AMBIGUOUS,
    phrases=_PHRASES,
    marks=tuple(_hidden(m) for m in _MARKS),
    not_before=(r"niet", r"ipv", r"i\.p\.v\.", r"in\s+plaats\s+van"),
    not_after=(),
)
