"""German time words and phrases."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TypeVar

from flowhub.nlp.lang._schema import Language, Replacement
from flowhub.nlp.lang._schema import english_ordinal as _nth

_T = TypeVar("_T")

# fmt: off
_ONES = {"ein": 1, "eins": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "funf": 5, "sechs": 6,
         "sieben": 7, "acht": 8, "neun": 9}
_NUMBERS = {"null": 0, "zehn": 10, "elf": 11, "zwolf": 12, "dreizehn": 13, "vierzehn": 14,
            "funfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
            "zwanzig": 20, "dreissig": 30, "vierzig": 40, "funfzig": 50, "einer": 1, "einem": 1,
            "einen": 1, "zwo": 2, **_ONES}
_ORDINAL_STEMS = {"erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "funft": 5, "sechst": 6,
                  "siebt": 7, "siebent": 7, "acht": 8, "neunt": 9, "zehnt": 10, "elft": 11,
                  "zwolft": 12, "dreizehnt": 13, "vierzehnt": 14, "funfzehnt": 15,
                  "sechzehnt": 16, "siebzehnt": 17, "achtzehnt": 18, "neunzehnt": 19,
                  "zwanzigst": 20, "dreissigst": 30}
# fmt: on
for _tens, _value in (("zwanzig", 20), ("dreissig", 30), ("vierzig", 40), ("funfzig", 50)):
    for _one, _n in _ONES.items():
        if _one not in ("eins", "eine"):
            _NUMBERS[f"{_one}und{_tens}"] = _value + _n
_ORDINALS = {f"{s}{e}": n for s, n in _ORDINAL_STEMS.items() for e in ("e", "er", "en", "es", "em")}

# fmt: off
_WEEKDAYS = {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
             "samstag": 5, "sonnabend": 5, "sonntag": 6}
_ABBREVIATIONS = {"mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4, "sa": 5, "so": 6}
_MONTH_WORDS = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
_DAY_WORDS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_PARTS = {"fruh": "morning", "frueh": "morning", "morgen": "morning", "vormittag": "morning",
          "mittag": "noon", "nachmittag": "afternoon", "abend": "evening", "nacht": "night"}
_RELATIVE = {"heute": "today", "heut": "today", "morgen": "tomorrow", "gestern": "yesterday",
             "ubermorgen": "the day after tomorrow", "vorgestern": "the day before yesterday"}
_TODAY = {"morning": "this morning", "noon": "today at noon", "afternoon": "this afternoon",
          "evening": "this evening", "night": "tonight"}
# A period word after this/next/last, in the grammar's English.
_PERIODS = {"sekunde": "second", "minute": "minute", "stunde": "hour", "tag": "day",
            "woche": "week", "wochenende": "weekend", "monat": "month", "quartal": "quarter",
            "jahr": "year", "sommer": "summer", "winter": "winter", "herbst": "fall",
            "fruhling": "spring", "fruhjahr": "spring"}
_HOLIDAYS = {
    "heiligabend": "christmas eve", "heiliger abend": "christmas eve",
    "weihnachtsabend": "christmas eve", "weihnachten": "christmas",
    "weihnachtstag": "christmas day", "erster weihnachtstag": "christmas day",
    "1. weihnachtstag": "christmas day", "zweiter weihnachtstag": "boxing day",
    "2. weihnachtstag": "boxing day", "silvester": "new year's eve",
    "silvesterabend": "new year's eve", "neujahr": "new year's day",
    "neujahrstag": "new year's day", "valentinstag": "valentine's day",
    "muttertag": "mother's day", "vatertag": "ascension day", "herrentag": "ascension day",
    "tag der deutschen einheit": "3 october", "reformationstag": "31 october",
    "allerheiligen": "all saints day", "nikolaus": "6 december", "nikolaustag": "6 december",
    "tag der arbeit": "may day", "heilige drei konige": "epiphany",
    "dreikonigstag": "epiphany", "maria himmelfahrt": "assumption day",
    "ostern": "easter", "ostersonntag": "easter sunday", "ostermontag": "easter monday",
    "karfreitag": "good friday", "karsamstag": "holy saturday",
    "karsonnabend": "holy saturday", "grundonnerstag": "maundy thursday",
    "palmsonntag": "palm sunday", "aschermittwoch": "ash wednesday",
    "fastnacht": "shrove tuesday", "fastnachtsdienstag": "shrove tuesday",
    "faschingsdienstag": "shrove tuesday", "veilchendienstag": "shrove tuesday",
    "christi himmelfahrt": "ascension day", "himmelfahrt": "ascension day",
    "himmelfahrtstag": "ascension day", "pfingsten": "pentecost",
    "pfingstsonntag": "pentecost", "pfingstmontag": "whit monday",
    "fronleichnam": "corpus christi", "dreifaltigkeitssonntag": "trinity sunday",
    "dreifaltigkeitsfest": "trinity sunday", "trinitatis": "trinity sunday",
    "fastenzeit": "lent", "grosse fastenzeit": "great lent",
    "orthodoxe ostern": "orthodox easter", "orthodoxes ostern": "orthodox easter",
    "orthodoxer ostersonntag": "orthodox easter sunday",
    "orthodoxer karfreitag": "orthodox good friday",
    "chinesisches neujahr": "chinese new year", "chinesisches neujahrsfest": "chinese new year",
    "chinesisches fruhlingsfest": "chinese new year", "jom kippur": "yom kippur",
    "pessach": "passover", "passah": "passover",
    "chanukka": "hanukkah", "chanukkah": "hanukkah", "rosch haschana": "rosh hashanah",
    "laubhuttenfest": "sukkot", "schawuot": "shavuot", "opferfest": "eid al-adha",
    "zuckerfest": "eid al-fitr", "islamisches neujahr": "islamic new year",
    "aschura": "ashura", "aschura-tag": "ashura", "jom haschoah": "yom hashoah",
    "holocaustgedenktag": "yom hashoah", "holocaust-gedenktag": "yom hashoah",
    "jom haatzmaut": "yom haatzmaut", "schmini azeret": "shemini atzeret",
    "schemini azeret": "shemini atzeret", "stunde der erde": "earth hour",
    "parsi neujahr": "parsi new year", "konigstag": "king's day", "pascha": "passover",
    "jom hashoah": "yom hashoah",
    "nacht der bestimmung": "laylat al-qadr", "nacht der allmacht": "laylat al-qadr",
    "aufstieg des propheten": "isra and miraj", "nachtreise": "isra and miraj",
    "aufstieg in den himmel": "isra and miraj", "maulid an-nabi": "mawlid", "maulid": "mawlid",
    "aschertag": "ash wednesday", "aschetag": "ash wednesday", "aschermontag": "clean monday",
    "reiner montag": "clean monday", "sauberer montag": "clean monday",
    "stiller freitag": "good friday", "hoher freitag": "good friday",
    "stiller samstag": "holy saturday", "hoher donnerstag": "maundy thursday",
    "heiliger donnerstag": "maundy thursday", "weisser donnerstag": "maundy thursday",
    "palmdonnerstag": "maundy thursday", "goldener sonntag": "trinity sunday",
    "wesakfest": "vesak", "wesak": "vesak", "vesakfest": "vesak",
    "guru gobind singh geburtstag": "guru gobind singh birthday",
    "guru ravidass geburtstag": "guru ravidass birthday",
    "guru ravidas geburtstag": "guru ravidas birthday",
}
# The Orthodox date of a church feast: "orthodoxer Ostermontag", "orthodoxen Palmsonntag".
for _feast, _english in (("ostermontag", "easter monday"), ("karsamstag", "holy saturday"),
                         ("karsonnabend", "holy saturday"), ("palmsonntag", "palm sunday"),
                         ("ostersonntag", "easter sunday"), ("karfreitag", "good friday"),
                         ("ostern", "easter")):
    for _ending in ("", "r", "n", "s"):
        _HOLIDAYS.setdefault(f"orthodoxe{_ending} {_feast}", f"orthodox {_english}")
_CLOCK_PREP = {"um": "at", "ab": "from", "nach": "after", "bis": "until", "vor": "before"}
_ZONES = {"mez": "cet", "mezt": "cet", "mesz": "cest"}
_GREETINGS = r"gute[nr]?\s+(?:morgen|abend|nacht|tag)|schonen\s+abend|moin"
# fmt: on

# Everyday German words, kept as they are: they mark a message as German, so that its digit-only
# dates ("am 24.", "am 20.5.") are read even when no other time word is in it.
_MARKERS = ("ich", "mich", "mir", "dich", "wir", "uns", "bitte", "und", "nicht", "noch",
            "erinner", "erinnere", "erinnern", "kannst", "muss", "zum", "zur", "beim", "ist",
            "auch", "dann", "schon", "kein", "keine", "habe", "sind", "wird", "werden", "kann",
            "soll", "sollen", "machen", "mach", "bitte")  # fmt: skip

# fmt: off
_WORDS: dict[str, str] = {
    **_RELATIVE,
    "vorvorgestern": "3 days ago", "heute fruh": "this morning", "morgen fruh": "tomorrow morning",
    "morgens": "in the morning", "vormittags": "in the morning", "mittags": "at noon",
    "nachmittags": "in the afternoon", "abends": "in the evening", "nachts": "at night",
    "mitternacht": "midnight", "am morgen": "in the morning", "am vormittag": "in the morning",
    "am mittag": "at noon", "zu mittag": "at noon", "am nachmittag": "in the afternoon",
    "am abend": "in the evening", "in der nacht": "at night", "mittagessen": "lunch",
    "mittagspause": "lunch", "feierabend": "after work", "nach der arbeit": "after work",
    "am wochenende": "this weekend", "wochenende": "weekend", "taglich": "every day",
    "jeden tag": "every day", "werktags": "on weekdays", "wochentags": "on weekdays",
    "an wochentagen": "on weekdays", "jeden werktag": "every weekday", "wochentlich": "weekly",
    "monatlich": "monthly", "jahrlich": "yearly", "vierteljahrlich": "quarterly",
    "zweiwochentlich": "every 2 weeks", "jede woche": "every week", "jeden monat": "every month",
    "einmal im monat": "monthly",
    "einmal im jahr": "yearly", "einmal die woche": "weekly", "einmal pro woche": "weekly",
    "einmal pro monat": "monthly",
    "im sommer": "this summer", "im herbst": "this fall", "im fruhling": "this spring",
    "im fruhjahr": "this spring",
    "jedes jahr": "every year", "jeden morgen": "every morning", "jeden abend": "every evening",
    "monatsende": "end of the month", "monatsanfang": "beginning of the month",
    "jahresende": "end of the year", "wochenanfang": "beginning of the week", "bis": "until",
    "zwischen": "between", "ca": "about", "zirka": "about", "circa": "about", "gegen": "around",
    "etwa": "about", "ungefahr": "about", "spatestens": "at the latest",
    "fruhestens": "at the earliest", "innerhalb": "within", "binnen": "within",
    **_HOLIDAYS,
    **{w: w for w in _MARKERS},
}
# fmt: on
_WORDS.update(
    {
        "heute morgen": "this morning",
        "heut morgen": "this morning",
        "gestern morgen": "yesterday morning",
    }
)
for _wd, _i in _WEEKDAYS.items():
    _WORDS[f"{_wd}s"] = f"on {_DAY_WORDS[_i]}s"
    for _part, _pe in _PARTS.items():  # one word: "Montagabend", "Freitagnachmittags"
        _at = "at noon" if _pe == "noon" else _pe
        _WORDS[f"{_wd}{_part}"] = _WORDS[f"{_wd}{_part}s"] = f"{_DAY_WORDS[_i]} {_at}"

# Words that are Italian, French, Portuguese or English words too: kept out of the vocabulary.
_SHARED = ("alle", "um", "des", "circa", "cet", "cest", "utc", "gmt", "tu", "al", "ha", "lag")
_UNITS_EN = frozenset({"second", "minute", "hour", "day", "week", "month", "quarter", "year"})
_EDGE = {"anfang": "beginning of", "ende": "end of", "mitte": "mid"}


def _inflected(*stems: str) -> str:
    """A regex group of each adjective stem ("nachste") with its endings ("nachsten", ...)."""
    return "(?:" + "|".join(f"{s}{e}" for s in stems for e in ("", "n", "r", "s", "m")) + ")"


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


def _dotted(g: Mapping[str, str]) -> str | None:
    day, month = int(g["d"]), int(g["m"])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    year = f" {g['y']}" if g.get("y") else ""
    return f"{'from ' if g.get('pre') == 'vom' else ''}{day} {_MONTH_WORDS[month - 1]}{year}"


def _date_range(g: Mapping[str, str]) -> str | None:
    year = f" {g['y']}" if g.get("y") else ""
    first = _dotted({"d": g["d"], "m": g.get("m") or g["m2"]})
    last = _dotted({"d": g["d2"], "m": g["m2"]})
    return f"from {first}{year} to {last}{year}" if first and last else None


def _day_range(g: Mapping[str, str]) -> str:
    year = f" {g['y']}" if g.get("y") else ""
    return f"from {g['day']} {g['month']}{year} to {g['day2']} {g['month']}{year}"


def _day_part(g: Mapping[str, str]) -> str:
    day, part = g.get("rel") or g["wd"], _PARTS.get(g["pt"], "morning")
    if day == "today":
        return _TODAY[part]
    if day == "yesterday" and part == "night":
        return "last night"
    return f"{day} at noon" if part == "noon" else f"{day} {part}"


def _part_of(g: Mapping[str, str]) -> str | None:
    day = _dotted(g) if g.get("d") else ""
    return None if day is None else f"{_PARTS.get(g['pt'], 'morning')} of {day}".strip()


def _monthly(g: Mapping[str, str]) -> str:
    return f"every {_nth(int(g['d']))} of the month"


def _qualifier(word: str) -> str:
    for stem, en in _QUALIFIERS:
        if word.startswith(stem):
            return en
    return "next"


def _period(g: Mapping[str, str]) -> str:
    q, period = _qualifier(g["q"]), _PERIODS.get(g["p"], g["p"])
    if q == "after next":
        return f"in 2 {period}s" if period in _UNITS_EN else f"next {period}"
    if q == "before last":
        return f"2 {period}s ago" if period in _UNITS_EN else f"last {period}"
    return f"{q} {period}"


def _month(g: Mapping[str, str]) -> str | None:
    q = _qualifier(g["q"])
    if q == "after next":
        return f"next {g['month']} after next"
    return None if q == "before last" else f"{q} {g['month']}"


def _weeks_from(g: Mapping[str, str]) -> str:
    """A weekday some weeks on or back is that day of the calendar week then ("Mittwoch in zwei
    Wochen" said on a Thursday is the Wednesday of the week after next)."""
    day = f"{g['wd']} of this week" if "wd" in g else g["rel"]
    weeks = "week" if g["n"] == "1" else "weeks"
    return f"{g['n']} {weeks} {'from' if g['dir'] == 'in' else 'before'} {day}"


def _weekday(g: Mapping[str, str]) -> str:
    if g["q"].startswith("kommend"):
        return f"this {g['wd']}"  # "kommenden Mittwoch" is the coming one, even tomorrow
    q = _qualifier(g["q"])
    if q == "before last":
        return f"last {g['wd']}"
    return f"{g['wd']} after next" if q == "after next" else f"{q} {g['wd']}"


def _some(g: Mapping[str, str]) -> str:
    return f"{_qualifier(g['q'])} {g.get('n', 'few')} {g['unit']}s"


def _edge_next(g: Mapping[str, str]) -> str:
    return f"{_EDGE[g['e']]} {_qualifier(g['q'])} {g['unit']}"


def _edge_the(g: Mapping[str, str]) -> str:
    return f"{'by ' if g.get('by') else ''}{_EDGE[g['e']]} the {g['unit']}"


def _edge_month(g: Mapping[str, str]) -> str:
    return f"{_EDGE[g['e']]} {g['month']}"


def _nth_in(g: Mapping[str, str]) -> str:
    which = "last" if g.get("last") else _nth(int(g["day"]))
    return f"{which} {g['y']} of {g.get('month') or 'the month'}"


def _halves(g: Mapping[str, str]) -> str:
    return f"in {g['n']}.5 {g['unit']}s"


def _hour_at_night(g: Mapping[str, str]) -> str:
    n = int(g["n"])
    return f"{n} o'clock in the morning" if n <= 5 else f"{n} o'clock at night"


def _around(g: Mapping[str, str]) -> str:
    return f"around {g['n']} o'clock" if g.get("u") else f"around {g['n']}"


def _zoned(g: Mapping[str, str]) -> str:
    return f"{g['n']}:00 {_ZONES.get(g['z'], g['z'])}"


def _clock(g: Mapping[str, str]) -> str:
    return f"{_CLOCK_PREP.get(g['p'], g['p'])} {g['n']} o'clock"


def _minutes_half(g: Mapping[str, str]) -> str | None:
    n, h = int(g["n"]), int(g["n2"])
    if not (0 < n < 30 and 1 <= h <= 24):
        return None
    return f"{h - 1}:{30 + n if g['dir'] == 'nach' else 30 - n:02d}"


_JEDE = _inflected("jede")
_NEXT = _inflected("nachste", "naechste", "kommende")
_LAST = _inflected("letzte", "vergangene", "vorige")
_QUAL = (
    "(?P<q>"
    + _inflected(
        "ubernachste",
        "uebernachste",
        "nachste",
        "naechste",
        "kommende",
        "vorletzte",
        "letzte",
        "vergangene",
        "vorige",
        "diese",
    )[3:]
)
_PERIOD = "(?P<p>" + "|".join(sorted(_PERIODS, key=len, reverse=True)) + ")"
_ORD_WORD = "(?P<o>" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + ")"
_SUF = r"(?:te[nrsm]?|ste[nrs]?)"
_TIME = r"\d{1,2}(?:[:.]\d\d)?"

# Umlauts typed as ae/oe/ue ("uebermorgen", "naechste"): the folded stem and that spelling.
_UMLAUTS = {"ubermorgen": "uebermorgen", "fruh": "frueh", "funf": "fuenf", "zwolf": "zwoelf",
            "taglich": "taeglich", "wochentlich": "woechentlich", "jahrlich": "jaehrlich",
            "konig": "koenig", "grundonnerstag": "gruendonnerstag", "ungefahr": "ungefaehr",
            "spatestens": "spaetestens", "fruhestens": "fruehestens"}  # fmt: skip


def _variants(table: dict[str, _T]) -> dict[str, _T]:
    """`table` with the ß spelling of its "ss" keys and the ae/oe/ue spelling of umlauts."""
    out = dict(table)
    for key, value in table.items():
        out.setdefault(key.replace("ss", "ß"), value)
        for stem, typed in _UMLAUTS.items():
            if stem in key:
                out.setdefault(key.replace(stem, typed), value)
    return out


# fmt: off
_MONTHS = {"januar": 1, "jan": 1, "janner": 1, "jaenner": 1, "februar": 2, "feb": 2, "febr": 2,
           "marz": 3, "maerz": 3, "mrz": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6,
           "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9,
           "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "dezember": 12,
           "dez": 12}
_UNITS = {"sekunde": "second", "sekunden": "second", "sek": "second", "minute": "minute",
          "minuten": "minute", "min": "minute", "stunde": "hour", "stunden": "hour",
          "std": "hour", "tag": "day", "tage": "day", "tagen": "day", "tages": "day",
          "woche": "week", "wochen": "week", "monat": "month", "monate": "month",
          "monaten": "month", "monats": "month", "jahr": "year", "jahre": "year",
          "jahren": "year", "jahres": "year", "quartal": "quarter", "quartale": "quarter",
          "quartalen": "quarter", "quartals": "quarter"}
# Articles and ordinary words that are time words only inside a phrase.
_AMBIGUOUS = frozenset({"min", "dez", "circa", "ein", "eine", "eins", "einer", "einem", "einen",
                        "zwo", "null", "fr", "acht", "achte", "achten", "achter", "achtes",
                        "achtem", "elf", "etwa", "ca", "innerhalb", "binnen", "wochenende"})
_QUALIFIERS = (("uber", "after next"), ("ueber", "after next"), ("vorletzt", "before last"),
               ("dies", "this"), ("letzt", "last"), ("vergangen", "last"), ("vorig", "last"))
# fmt: on

# fmt: off
_RAW_PHRASES: tuple[tuple[str, Replacement], ...] = (
    (_GREETINGS, "hello"),
    (
        r"(?:ab|beginnend|startend)(?:\s+(?:dem|den))?(?=\s+(?:{wd}|morgen|heute|nachste|nachsten"
        r"|\d{1,2}\.))",
        "starting",
    ),
    # "jetzt" said alone is the moment itself; inside a sentence it is left to the words around.
    (r"^(?:(?P<r>genau|gerade)\s+)?jetzt$", lambda g: "right now" if g.get("r") else "now"),
    (r"^gerade\s+eben$", "just now"),
    # Jewish and Islamic holidays in their German spelling.
    (r"rosch\s+ha-?schanah?", "rosh hashanah"),
    (r"lag\s+laomer", "lag baomer"),
    (r"lailat\s+al[-\s]qadr", "laylat al-qadr"),
    (r"tu\s+(?:bischevat|bischwat)", "tu bishvat"),
    # Ranges: "von 9 bis 11 Uhr", "zwischen 9:30 und 11:00", "vom 14. bis 15.10.".
    (
        r"(?:von|vom)\s+(?P<a>" + _TIME + r")\s+bis\s+(?P<b>" + _TIME + r")(?:\s*uhr)?",
        "from {a} to {b}",
    ),
    (r"zwischen\s+(?P<a>" + _TIME + r")\s+und", "between {a} and"),
    (r"nach\s+(?P<a>" + _TIME + r")\s+aber\s+vor", "after {a} but before"),
    (
        r"(?:vom\s+)?(?P<d>\d{1,2})\.(?:(?P<m>\d{1,2})\.)?\s*(?:-|bis(?:\s+zum)?|auf\s+den)\s*"
        r"(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.?(?P<y>\d{4}|\d\d)?",
        _date_range,
    ),
    (r"(?:mo|montag)\s*-\s*(?:fr|freitag)|mo\s+bis\s+fr", "on weekdays"),
    (r"{wd}\s*(?:-|bis)\s*{wd2}", "{wd} until {wd2}"),
    (r"(?:vom\s+)?{day}(?:(?:\.|" + _SUF + r")\s*(?:-|bis(?:\s+zum)?)|\s+bis(?:\s+zum)?)\s*{day2}"
     r"(?:\.|" + _SUF + r")?\s+{month}(?:\s+(?P<y>\d{4}))?", _day_range),
    (r"{wd}\s+(?:nach\s+dem\s+(?:nachsten|naechsten)|nach\s+nachster\s+woche)", "{wd} after next"),
    (r"{wd}\s+nach(?=\s)", "{wd} after"),
    # "Mittwoch in zwei Wochen", "Freitag vor einer Woche", "heute in 2 Wochen".
    (
        r"(?:am\s+)?(?:(?!so\b){wd}|(?P<rel>heute|morgen))\s+(?P<dir>in|vor)\s+{n}\s+wochen?",
        _weeks_from,
    ),
    (r"(?P<dir>in)\s+{n}\s+wochen?\s+(?:am\s+)?(?!so\b){wd}", _weeks_from),
    (_JEDE + r"\s+" + _inflected("zweite") + r"\s+{unit}", "every other {unit}"),
    (_JEDE + r"\s+" + _inflected("zweite") + r"\s+{wd}(?!\s+(?:im|in|des)\s)", "every other {wd}"),
    # "jeden 2. Freitag", "jeden 2ten Freitag": written with the digit, the same every other one.
    (_JEDE + r"\s+2(?:\.|te[nmr]?)\s*{wd}(?!\s+(?:im|in|des)\s)", "every other {wd}"),
    # "letzter Montag im März", "jeden ersten Montag im Monat", "dritter Tag im Oktober".
    (
        r"(?:am\s+)?(?:(?P<last>letzte|letzter|letzten)|{day}\.?)\s+(?P<y>{wd}|tag|woche)\s+(?:im|in|des)"
        r"\s+(?:{month}|monat)",
        _nth_in,
    ),
    # Period edges: "Ende nächster Woche", "bis Ende des Monats", "Anfang März".
    (r"(?P<e>anfang|ende|mitte)\s+" + _QUAL + r"\s+{unit}", _edge_next),
    (
        r"(?:(?P<by>bis)\s+)?(?:zum\s+)?(?P<e>anfang|ende|mitte)\s+(?:des|der|dieses|dieser)"
        r"\s+{unit}",
        _edge_the,
    ),
    (r"(?P<e>anfang|ende|mitte)\s+{month}", _edge_month),
    # "morgen früh", "heute Abend", "Montagabend", "Freitag Nachmittag".
    (r"(?P<rel>heute|heut|morgen|gestern|ubermorgen|uebermorgen|vorgestern)\s+(?:(?:am|zu)\s+)?"
     r"(?P<pt>fruh|frueh|vormittag|mittag|nachmittag|abend|nacht)", _day_part),
    # "am Morgen des 15. Februar", "am Abend vom 3.4.": that part of the date after it.
    (
        r"(?:am|zum)\s+(?P<pt>morgen|vormittag|nachmittag|abend)\s+(?:des|vom)"
        r"(?:\s+(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d\d)?|(?=\s+\d))",
        _part_of,
    ),
    (r"(?:am\s+)?" + _QUAL + r"\s+{wd}", _weekday),
    (_JEDE + r"\s+woche\s+(?:am\s+)?{wd}", "every week on {wd}"),
    (r"(?:jeden|am)\s+(?P<d>\d{1,2})\.\s+(?:des|eines|jeden)\s+monats", _monthly),
    (r"{wd}\s+(?:der\s+)?" + _NEXT + r"\s+woche", "{wd} of next week"),
    (_NEXT + r"\s+woche\s+(?!so\b){wd}", "{wd} of next week"),
    (r"{wd}\s+(?:dieser|diese)\s+woche", "{wd} of this week"),
    (r"{wd}\s+(?:der\s+)?" + _LAST + r"\s+woche", "{wd} of last week"),
    (_LAST + r"\s+woche\s+(?!so\b){wd}", "{wd} of last week"),
    (r"(?!so\s){wd}\s+(?P<pt>" + "|".join(f"{p}|{p}s" for p in _PARTS) + ")", _day_part),
    (r"(?!so\s){wd}\.?,?\s+(?:um\s+)?(?P<h>\d{1,2})[:.](?P<mi>\d\d)(?!\.\d)", "{wd} at {h}:{mi}"),
    (r"(?!so\s){wd}\.?,?\s+(?:um\s+)?{n}\s*uhr", "{wd} at {n} o'clock"),
    (r"(?:um\s+)?punkt\s+{n}(?:\s*uhr)?", "at {n} o'clock"),
    (r"in\s+(?:(?:ca\.?|circa|zirka|etwa)\s+)?(?:einer\s+)?halben\s+stunde", "in half an hour"),
    # Clock times: "halb 3" is 2:30, "dreiviertel 8" 7:45, "5 vor halb 3" 2:25.
    (r"(?:um\s+)?{n}\s+(?:minuten\s+)?(?P<dir>vor|nach)\s+halb\s+{n2}", _minutes_half),
    (r"(?:um\s+)?halb\s+{n}", "{n-1}:30"),
    (r"(?:um\s+)?viertel\s+nach\s+{n}", "quarter past {n}"),
    (r"(?:um\s+)?viertel\s+vor\s+{n}", "quarter to {n}"),
    (r"(?:um\s+)?(?:drei\s*viertel|3/4)\s+{n}", "{n-1}:45"),
    (r"(?:um\s+)?viertel\s+{n}", "{n-1}:15"),
    (r"vor\s+{n}\s+{unit}", "{n} {unit} ago"),
    (r"(?:um\s+)?{n}\s+(?:minuten\s+)?nach\s+{n2}(?:\s+uhr)?", "{n} past {n2}"),
    (r"(?:um\s+)?{n}\s+(?:minuten\s+)?vor\s+{n2}(?:\s+uhr)?", "{n} to {n2}"),
    (r"(?:um\s+)?{n}\s*uhr\s+nachts", _hour_at_night),
    (
        r"(?:um\s+)?(?P<h>\d{1,2})[:.](?P<mi>\d\d)(?:\s*uhr)?\s+(?:in\s+der\s+)?(?:fruh|frueh)",
        "at {h}:{mi} in the morning",
    ),
    (
        r"(?<![:.])(?:um\s+)?{n}(?:\s*uhr)?\s+(?:in\s+der\s+)?(?:fruh|frueh)",
        "at {n} o'clock in the morning",
    ),
    (
        r"(?:um\s+)?(?:ca\.?|circa|zirka|etwa|ungefahr|gegen|so\s+um)\s+(?:um\s+)?{n}"
        r"(?P<u>\s*uhr)?",
        _around,
    ),
    (r"um\s+(?P<h>\d{1,2})[.:](?P<mi>\d\d)(?:\s*uhr)?", "at {h}:{mi}"),
    (r"(?P<h>\d{1,2})[.:](?P<mi>\d\d)\s*uhr", "{h}:{mi}"),
    (r"um\s+{n}\s*uhr\s+{n2}", "at {n}:{n2:02}"),
    (r"{n}\s*uhr\s+{n2}", "{n}:{n2:02}"),
    (r"(?P<p>um|ab|nach|bis|vor)\s+{n}\s*uhr", _clock),
    # "nach 14h": an afternoon hour, where "nach 2h" may be two hours.
    (r"(?P<p>ab|nach|bis|vor)\s+(?P<n>1[3-9]|2[0-3])\s*h", _clock),
    (r"{n}\s*uhr\s+(?P<z>mez|mezt|mesz|cet|cest|utc|gmt)", _zoned),
    (r"{n}\s*uhr", "{n} o'clock"),
    (r"um\s+{n}", "at {n}"),
    # Dates: "15.2.", "am 20.5.", "18.07.2014", "am 24.", "15ten", "am vierten".
    (
        r"(?:(?P<pre>am|den|der|dem|vom|zum)\s+)?(?P<d>\d{1,2})\.(?P<m>\d{1,2})\."
        r"(?P<y>\d{4}|\d\d)?",
        _dotted,
    ),
    (r"(?P<pre>am|den|vom|zum|auf)\s+(?P<d>\d{1,2})\.(?P<m>\d{1,2})(?![.:]?\d)", _dotted),
    (r"(?:am\s+)?{wd}\.?,?\s+(?:den\s+|der\s+)?{day}\.?\s+{month}", "on {wd} {day} {month}"),
    (r"(?:am\s+|den\s+|der\s+)?{day}(?:\.|" + _SUF + r")?\s+{month}", "{day} {month}"),
    # "auf den 15" with its dot cut off at the end of a message is still the 15th.
    (r"(?:am|dem|den|zum)\s+(?P<d>\d{1,2})(?:\.|" + _SUF + r"|(?=\s*$))", _on_nth),
    (r"(?P<d>\d{1,2})" + _SUF, _ordinal),
    (r"(?:am|den|zum)\s+" + _ORD_WORD, "on the {o}"),
    # Weekdays and periods with this/next/last: "nächsten Freitag", "übernächste Woche".
    (_QUAL + r"\s+(?:{n}|paar)\s+{unit}", _some),
    (_QUAL + r"\s+" + _PERIOD, _period),
    (_QUAL + r"\s+{month}", _month),
    (r"(?:am|an\s+diesem)\s+{wd}", "on {wd}"),
    # Offsets: "in einer halben Stunde", "in zweieinhalb Stunden", "in ein paar Tagen".
    (r"in\s+(?:einer\s+)?dreiviertel\s+stunde", "in 45 minutes"),
    (r"in\s+anderthalb\s+{unit}", "in 1.5 {unit}s"),
    (r"in\s+{n}\s*(?:ein\s*)?halb\s+{unit}", _halves),
    (r"in\s+(?:ein\s+)?paar\s+{unit}", "in a couple of {unit}s"),
    (r"in\s+(?:den|der)\s+(?:nachsten|naechsten)\s+{n}\s+{unit}", "in the next {n} {unit}s"),
    (r"(?:innerhalb\s+(?:von\s+)?|binnen\s+){n}\s+{unit}", "within {n} {unit}s"),
    (r"in\s+{n}\s+{unit}", "in {n} {unit}s"),
    # Recurrence: "jeden Montag", "alle zwei Wochen", "jede zweite Woche".
    (r"(?:alle|" + _JEDE[3:] + r"\s+{n}\s+{unit}", "every {n} {unit}s"),

    (r"(?:alle|" + _JEDE[3:] + r"\s+{wd}\s+(?:und|&)\s+{wd2}", "every {wd} and {wd2}"),
    (r"(?:alle|" + _JEDE[3:] + r"\s+{wd}", "every {wd}"),
    (r"nach\s+dem\s+mittagessen", "after lunch"),
    (r"bis\s+zum|bis\s+zur", "by"),
)
# fmt: on

_PHRASES = tuple((_hidden(src), rep) for src, rep in _RAW_PHRASES)

LANGUAGE = Language(
    code="de",
    months=_MONTHS,
    weekdays={**_WEEKDAYS, **_ABBREVIATIONS},
    units=_UNITS,
    numbers=_variants(_NUMBERS),
    ordinals=_variants(_ORDINALS),
    words=_variants(_WORDS),
    ambiguous=_AMBIGUOUS,
    phrases=_PHRASES,
    not_before=(r"nicht", r"statt", r"anstatt", r"anstelle\s+von", r"nicht\s+mehr"),
    not_after=(),
)
