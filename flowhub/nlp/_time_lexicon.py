"""Word tables for the time grammar: numbers, months, weekdays, units, in five languages."""

from __future__ import annotations

import unicodedata

# Length-preserving fold: lower case, accents dropped, curly quotes straightened. Keeping one
# output char per input char means regex offsets on the folded text are offsets in the original.
_FOLD: dict[int, str] = {}
for _cp in range(0xC0, 0x250):
    _ch = chr(_cp)
    _low = _ch.lower()
    if len(_low) != 1:
        continue
    _base = unicodedata.normalize("NFD", _low)[0]
    if _base != _low and _base.isascii():
        _FOLD[_cp] = _base
    elif _low != _ch:
        _FOLD[_cp] = _low
_FOLD.update({ord("’"): "'", ord("‘"): "'", ord("–"): "-", ord("—"): "-", ord("\u00a0"): " "})
# Turkish dotless and dotted i, Russian yo, Arabic hamza seats and taa marbuta, and the Arabic,
# Persian and Devanagari digits: all one char for one char, as chat writers mix them freely.
_FOLD.update({ord("ı"): "i", ord("İ"): "i", ord("ё"): "е", ord("Ё"): "е"})
_FOLD.update({ord(c): "ا" for c in "أإآٱ"} | {ord("ى"): "ي", ord("ة"): "ه"})
for _zero in (0x660, 0x6F0, 0x966):
    _FOLD.update({_zero + _d: str(_d) for _d in range(10)})


def fold(text: str) -> str:
    """Lower-case `text` and drop accents without changing its length."""
    if "İ" in text:  # the one capital whose lower case is two chars
        text = text.replace("İ", "i")
    return text.lower().translate(_FOLD)


def alt(words: object) -> str:
    """A regex alternation of `words`, longest first so prefixes never shadow longer words."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "(?:" + "|".join(w.replace(".", r"\.").replace(" ", r"[\s-]+") for w in items) + ")"


# Word tables, kept packed: one word a line would bury them.
# fmt: off
UNITS: dict[str, int] = {
    "zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twelveth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}
FUZZY: dict[str, int] = {"a": 1, "an": 1, "one": 1, "a couple of": 2, "a couple": 2,
                         "a pair of": 2, "couple of": 2, "a few": 3, "few": 3, "several": 3}
# fmt: on

_UNIT_ALT = alt(w for w in UNITS if w != "oh")
# 1..59 written as words: "twenty three", "twenty-three", "forty five", "seven".
NUM_WORD = rf"(?:(?:twenty|thirty|forty|fifty)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|{_UNIT_ALT})"  # noqa: E501
ORD_WORD = (
    r"(?:(?:twenty|thirty)[\s-]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    rf"|{alt(ORDINAL_WORDS)})"
)


def word_number(text: str) -> int | None:
    """Value of a number written as digits or English words ("twenty three" -> 23)."""
    t = text.strip().replace("-", " ")
    if t.isdigit():
        return int(t)
    total = 0
    for part in t.split():
        if part in TENS:
            total += TENS[part]
        elif part in UNITS:
            total += UNITS[part]
        elif part == "and":
            continue
        else:
            return None
    return total


def ordinal_number(text: str) -> int | None:
    """Value of an ordinal like "3rd", "third" or "twenty first"."""
    t = text.strip().replace("-", " ")
    digits = "".join(c for c in t if c.isdigit())
    if digits:
        return int(digits)
    parts = t.split()
    total = 0
    for part in parts:
        if part in TENS:
            total += TENS[part]
        elif part in ORDINAL_WORDS:
            total += ORDINAL_WORDS[part]
        else:
            return None
    return total or None


MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        "january jan enero ene janeiro janvier janv januar jänner",
        "february feb febrero fevereiro fev fevrier fevr februar",
        "march mar marzo marco mars marz",
        "april apr abril avril",
        "may mayo maio mai",
        "june jun junio junho juin juni",
        "july jul julio julho juillet juil juli",
        "august aug agosto ago aout august",
        "september sep sept septiembre setiembre setembro set septembre",
        "october oct octubre outubro out octobre oktober okt",
        "november nov noviembre novembro novembre",
        "december dec diciembre dic dezembro dez decembre dezember",
    ],
    start=1,
):
    for _n in fold(_names).split():
        MONTHS.setdefault(_n, _i)
# Month words that are also ordinary words; they need a number or a date word next to them.
RISKY_MONTHS = frozenset({"may", "mar", "mars", "jun", "jul", "ago", "set", "out", "dec", "mai",
                          "marco", "sept", "juli", "juni", "ene"})  # fmt: skip

WEEKDAYS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        "monday mon mondays mo lunes lun segunda segunda-feira seg lundi lundis montag montags mo",
        "tuesday tue tues tuesdays martes terca terca-feira ter mardi mardis dienstag dienstags",
        "wednesday wed weds wednesdays miercoles quarta quarta-feira qua mercredi mercredis "
        "mittwoch mittwochs",
        "thursday thu thur thurs thursdays jueves quinta quinta-feira qui jeudi jeudis "
        "donnerstag donnerstags",
        "friday fri fridays viernes sexta sexta-feira sex vendredi vendredis freitag freitags",
        "saturday sat saturdays sabado sabados sab samedi samedis samstag samstags sonnabend",
        "sunday sun sundays domingo domingos dom dimanche dimanches sonntag sonntags",
    ]
):
    for _n in fold(_names).split():
        if len(_n) > 2:
            WEEKDAYS.setdefault(_n, _i)
RISKY_WEEKDAYS = frozenset({"sun", "sat", "wed", "mon", "sex", "dom", "set", "qua", "qui",
                            "ter", "seg", "sab", "lun", "mar", "thu", "tue", "fri",
                            "segunda", "quarta", "quinta", "sexta"})  # fmt: skip
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")

UNIT_WORDS: dict[str, str] = {}
for _unit, _names in {
    "second": "s sec secs second seconds segundo segundos seconde secondes sekunde sekunden",
    "minute": "m min mins minute minutes minuto minutos minuten '",
    "hour": "h hr hrs hour hours hora horas heure heures stunde stunden std",
    "day": "d day days dia dias jour jours tag tage tagen",
    "week": "w wk wks week weeks semana semanas semaine semaines woche wochen",
    "fortnight": "fortnight fortnights",
    "month": "mo month months mes meses mois monat monate monaten",
    "quarter": "quarter quarters qtr qtrs",
    "year": "y yr yrs year years ano anos an ans annee annees jahr jahre jahren",
}.items():
    for _n in _names.split():
        UNIT_WORDS[_n] = _unit
