"""Hindi: Hinglish in Latin script and Devanagari time words and phrases."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from flowhub.nlp.lang._schema import Language, Replacement

# Letters with a nukta, precomposed (U+0958..U+095F) -> their base letter.
_NUKTA = {chr(0x958 + i): base for i, base in enumerate("कखगजडढफय")}
_COMPOSE = {base + "\u093c": pre for pre, base in _NUKTA.items()}


def _spellings(word: str) -> set[str]:
    """A word with its nukta letters precomposed, decomposed and dropped."""
    decomposed = "".join(_NUKTA[ch] + "\u093c" if ch in _NUKTA else ch for ch in word)
    precomposed = decomposed
    for pair, pre in _COMPOSE.items():
        precomposed = precomposed.replace(pair, pre)
    return {decomposed, precomposed, decomposed.replace("\u093c", "")}


def _nk(src: str) -> str:
    """A phrase source whose nukta letters match precomposed, decomposed or dropped."""
    for pair, pre in _COMPOSE.items():
        src = src.replace(pair, pre)
    return "".join(f"(?:{ch}|{_NUKTA[ch]}\u093c?)" if ch in _NUKTA else ch for ch in src)


_V = TypeVar("_V")


def _table(items: Mapping[str, _V]) -> dict[str, _V]:
    return {s: v for w, v in items.items() for s in _spellings(w)}


# fmt: off
_NUMBERS = {
    "ek": 1, "do": 2, "teen": 3, "char": 4, "chaar": 4, "paanch": 5, "panch": 5,
    "chhe": 6, "chhah": 6, "chah": 6, "saat": 7, "aath": 8,
    "nau": 9, "das": 10, "gyarah": 11, "gyara": 11, "barah": 12, "bara": 12, "terah": 13,
    "chaudah": 14, "pandrah": 15, "pandra": 15, "solah": 16, "satrah": 17,
    "atharah": 18, "unnis": 19, "bees": 20, "pachis": 25, "pachees": 25,
    "tees": 30, "chalis": 40, "pachas": 50, "pachaas": 50,
    "एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "छः": 6, "छे": 6,
    "सात": 7, "आठ": 8, "नौ": 9, "दस": 10, "ग्यारह": 11, "बारह": 12, "पंद्रह": 15, "बीस": 20,
    "पच्चीस": 25, "तीस": 30,
}
_UNITS = {
    "sec": "second", "second": "second", "seconds": "second", "secs": "second",
    "min": "minute", "mins": "minute", "minute": "minute", "minutes": "minute", "minat": "minute",
    "mint": "minute",
    "ghanta": "hour", "ghante": "hour", "ghanton": "hour", "ghanto": "hour", "ghnte": "hour",
    "ghnta": "hour", "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour",
    "din": "day", "dino": "day", "dinon": "day", "day": "day", "days": "day",
    "hafta": "week", "hafte": "week", "hafton": "week", "hafto": "week", "haftay": "week",
    "hafter": "week", "week": "week", "weeks": "week",
    "mahina": "month", "mahine": "month", "mahino": "month", "mahinon": "month",
    "mahiney": "month", "month": "month", "months": "month",
    "saal": "year", "sal": "year", "saalon": "year", "salon": "year", "varsh": "year",
    "year": "year", "years": "year",
    "सेकंड": "second", "मिनट": "minute", "घंटा": "hour", "घंटे": "hour", "घंटों": "hour",
    "घण्टे": "hour", "दिन": "day", "दिनों": "day", "हफ़्ता": "week", "हफ़्ते": "week",
    "हफ़्तों": "week", "सप्ताह": "week", "महीना": "month", "महीने": "month",
    "महीनों": "month", "साल": "year", "सालों": "year", "वर्ष": "year",
}
_PARTS = {
    "subah": "morning", "subha": "morning", "suba": "morning", "savere": "morning",
    "sawere": "morning", "सुबह": "morning", "सवेरे": "morning",
    "dopahar": "afternoon", "dopehar": "afternoon", "dupahar": "afternoon",
    "dopahr": "afternoon", "दोपहर": "afternoon",
    "shaam": "evening", "sham": "evening", "shyam": "evening", "शाम": "evening",
    "raat": "night", "rat": "night", "रात": "night",
}
_WEEKDAYS = {
    "somvar": 0, "somwar": 0, "somvaar": 0, "somwaar": 0, "सोमवार": 0,
    "mangalvar": 1, "mangalwar": 1, "mangalvaar": 1, "mangalwaar": 1, "मंगलवार": 1,
    "budhvar": 2, "budhwar": 2, "buddhvar": 2, "buddhwar": 2, "budhvaar": 2, "budhwaar": 2,
    "बुधवार": 2,
    "guruvar": 3, "guruwar": 3, "guruvaar": 3, "guruwaar": 3, "brihaspativar": 3,
    "brihaspativaar": 3, "veervar": 3, "veerwar": 3, "गुरुवार": 3, "बृहस्पतिवार": 3,
    "वीरवार": 3,
    "shukravar": 4, "shukrawar": 4, "shukravaar": 4, "shukrawaar": 4, "sukravar": 4,
    "शुक्रवार": 4,
    "shanivar": 5, "shaniwar": 5, "shanivaar": 5, "shaniwaar": 5, "शनिवार": 5,
    "ravivar": 6, "raviwar": 6, "ravivaar": 6, "raviwaar": 6, "itvar": 6, "itwar": 6,
    "etwar": 6, "इतवार": 6, "रविवार": 6,
}
_MONTHS = {
    "january": 1, "janvari": 1, "जनवरी": 1, "february": 2, "farvari": 2, "फरवरी": 2,
    "फ़रवरी": 2, "march": 3, "मार्च": 3, "april": 4, "aprail": 4, "अप्रैल": 4, "may": 5,
    "मई": 5, "june": 6, "जून": 6, "july": 7, "julai": 7, "जुलाई": 7, "august": 8,
    "agast": 8, "अगस्त": 8, "september": 9, "sitambar": 9, "सितंबर": 9, "सितम्बर": 9,
    "october": 10, "aktubar": 10, "अक्टूबर": 10, "अक्तूबर": 10, "november": 11,
    "navambar": 11, "नवंबर": 11, "नवम्बर": 11, "december": 12, "disambar": 12,
    "दिसंबर": 12, "दिसम्बर": 12,
}
_ORDINALS = {"pehli": 1, "pahli": 1, "pehla": 1, "pahla": 1, "pehle": 1, "पहली": 1, "पहला": 1,
             "dusri": 2, "doosri": 2, "दूसरी": 2, "teesri": 3, "tisri": 3, "तीसरी": 3}
# fmt: on
_WORDS: dict[str, str] = {
    **_PARTS,
    "aaj": "today",
    "aj": "today",
    "आज": "today",
    "kal": "tomorrow",
    "kl": "tomorrow",
    "कल": "tomorrow",
    "parso": "the day after tomorrow",
    "parson": "the day after tomorrow",
    "parsoon": "the day after tomorrow",
    "परसों": "the day after tomorrow",
    "परसो": "the day after tomorrow",
    "aaj raat": "tonight",
    "aj raat": "tonight",
    "aaj rat": "tonight",
    "आज रात": "tonight",
    "aaj shaam": "this evening",
    "aaj sham": "this evening",
    "आज शाम": "this evening",
    "aaj subah": "this morning",
    "आज सुबह": "this morning",
    "aaj dopahar": "this afternoon",
    "आज दोपहर": "this afternoon",
    "kal raat": "tomorrow night",
    "kal sham": "tomorrow evening",
    "kl sham": "tomorrow evening",
    "parso sham": "the day after tomorrow evening",
    "parson sham": "the day after tomorrow evening",
    "kal rat": "tomorrow night",
    "कल रात": "tomorrow night",
    "roz": "every day",
    "roj": "every day",
    "rozana": "every day",
    "rojana": "every day",
    "har roz": "every day",
    "har roj": "every day",
    "har din": "every day",
    "pratidin": "every day",
    "रोज़": "every day",
    "रोज़ाना": "every day",
    "हर रोज़": "every day",
    "हर दिन": "every day",
    "प्रतिदिन": "every day",
    "aadhi raat": "midnight",
    "आधी रात": "midnight",
}
# Common Hinglish words, kept as they are: they tell the engine that a message is Hindi, so its
# phrases read "10 min baad" before a language that also knows "min" rewrites it.
# fmt: off
_MARKERS = ("yaad", "dilana", "dila", "karna", "karni", "karne", "krna", "dena", "deni", "lena",
            "leni", "jana", "jaana", "hoga", "hogi", "mujhe", "bhejna", "kya", "nahi",
            "hain")
# fmt: on
_WORDS.update({w: w for w in _MARKERS})

_PART = "|".join(sorted(_PARTS, key=len, reverse=True))
_PART_BARE = "|".join(sorted(set(_PARTS) - {"rat", "sham", "suba"}, key=len, reverse=True))
_BAJE = r"(?:baje|bje|bajey|baj|bajay|बजे)"
_NOT_WORD = "[\\w\u0900-\u097f]"  # the real characters: escapes would read as words
_PAST = (
    rf"(?=[^.,!?\n]{{0,60}}?(?<!{_NOT_WORD})(?:tha|thi|thay|kiya|kiye|kia|diya|diye"
    r"|gaya|gayi|gaye|gai|gya|gyi|gye|hua|hui|hue|huyi|aaya|aya|aayi|aai|mila|mili|dekha|suna|kaha"
    r"|bataya|khaya|bheja|bheji|bhara|था|थी|थे|थीं|किया|किए|किये|दिया|दिए|गया|गई|गयी"
    rf"|गए|गये|हुआ|हुई|हुए|आया|आई|मिला|मिली|कहा|बोला|देखा|भेजा)(?!{_NOT_WORD}))"
)
_POST = {"tak": "by", "तक": "by", "pehle": "before", "pahle": "before", "पहले": "before",
         "baad": "after", "bad": "after", "बाद": "after", "paas": "around", "aaspaas": "around",
         "आसपास": "around", "around": "around"}  # fmt: skip
_EVERY = r"(?:har|हर)"
_NEXT = r"(?:agle|agla|agli|aglay|agley|अगले|अगला|अगली|aane\s+wale|aane\s+wala|आने\s+वाले)"
_LAST = r"(?:pichle|pichhle|pichla|pichhla|pichli|pichhli|pichley|picchle|पिछले|पिछला|पिछली)"
_THIS = r"(?:is|iss|इस)"
_TARIKH = r"(?:tarikh|tareekh|tarik|tareek|tarikh|तारीख|तारीख़)"
_AT = (
    r"(?:(?P<d>aaj|aj|kal|kl|parso|parson|आज|कल|परसों|परसो)\s+)?"
    rf"(?:(?P<p0>{_PART})\s+(?:(?:ke|को|ko|के)\s+)?)?"
    r"(?:(?P<half>saade|sade|saadhe|sadhe|साढ़े|साढे)\s+|(?P<q>sawa|sava|savaa|सवा)\s+"
    r"|(?P<tq>paune|pone|paone|पौने)\s+)?{n}(?::{n2})?\s*"
    rf"{_BAJE}(?:\s+(?P<p>{_PART}))?(?:\s+(?P<post>tak|तक|se\s+pehle|se\s+pahle|से\s+पहले|ke\s+baad|ke\s+bad|के\s+बाद"
    r"|ke\s+aas\s*paas|के\s+आसपास|ke\s+around))?"
)


def _hour(h: int, part: str | None) -> int:
    """The 24-hour clock hour for `h` said with a part of day (English name) or alone."""
    if part is None or h > 12:
        return h
    if part == "morning":
        return 0 if h == 12 else h
    if part in ("afternoon", "evening"):
        return h if h == 12 else h + 12
    return h + 12 if 6 <= h <= 11 else (0 if h == 12 else h)


def _clock(g: Mapping[str, str]) -> str | None:
    """'at HH:MM' for a clock phrase: hour, minutes, saade/sawa/paune, part of day."""
    hour, _, minutes = g["n"].partition(".")
    if not hour.isdigit() or (minutes and not minutes.isdigit()):
        return None
    h, m = int(hour), int(minutes.ljust(2, "0")[:2]) if minutes else 0
    if "n2" in g:
        m = int(g["n2"])
    if g.get("half"):
        m = 30
    elif g.get("q"):
        m = 15
    elif g.get("tq"):
        h, m = h - 1, 45
    part = g.get("p") or g.get("p0")
    if not (0 <= h <= 24 and 0 <= m < 60):
        return None
    day, post = g.get("d", ""), g.get("post")
    if post:  # "by 10am tomorrow": the grammar reads the deadline before the day
        return f"{_POST[post.split()[-1]]} {_label(h, m, part)} {day}".strip()
    return f"{day} {_at(h, m, part)}".strip()


def _at(h: int, m: int, part: str | None) -> str:
    """'at 9' for an hour the grammar resolves, else the hour with am or pm ('at 7:30pm')."""
    return f"at {_label(h, m, part)}"


def _label(h: int, m: int, part: str | None) -> str:
    if part == "night" and h == 12 and not m:
        return "midnight"
    if part is None and 1 <= h <= 12:
        return f"{h}:{m:02d}" if m else f"{h}"
    h = _hour(h, part) % 24
    hh = f"{h % 12 or 12}:{m:02d}" if m else f"{h % 12 or 12}"
    return f"{hh}{'am' if h < 12 else 'pm'}"


def _hm(n: str, n2: str | None) -> tuple[int, int] | None:
    hour, _, minutes = n.partition(".")
    if not hour.isdigit() or (minutes and not minutes.isdigit()):
        return None
    m = int(n2) if n2 else int(minutes.ljust(2, "0")[:2]) if minutes else 0
    return (int(hour), m) if int(hour) <= 24 and m < 60 else None


def _span(g: Mapping[str, str]) -> str | None:
    """'from 2 to 4pm': a clock range, the end's part of day also read into the start."""
    a, b = _hm(g["n"], g.get("n2")), _hm(g["n3"], g.get("n4"))
    if a is None or b is None:
        return None
    end_part = g.get("p") or g.get("p1")
    start_part = g.get("p0")
    if start_part is None and end_part and _hour(a[0], end_part) <= _hour(b[0], end_part):
        start_part = end_part
    if end_part is None and start_part and _hour(a[0], start_part) <= _hour(b[0], start_part):
        end_part = start_part
    return f"from {_label(*a, start_part)} to {_label(*b, end_part)}"


def _bare_clock(g: Mapping[str, str]) -> str | None:
    """A part of day with an hour and no 'baje' ("subah 9"): a clock time for hours 1-12."""
    hour = g["n"].partition(".")[0]
    return _clock(g) if hour.isdigit() and 1 <= int(hour) <= 12 else None


def _every_clock(g: Mapping[str, str]) -> str | None:
    at = _clock(g)
    return None if at is None else f"every day {at}"


def _fraction_clock(g: Mapping[str, str]) -> str:
    """'dedh baje' is 1:30, 'dhai baje' 2:30."""
    h = 2 if g["w"] in ("dhai", "dhaai", "ढाई") else 1
    return _at(h, 30, g.get("p0") or g.get("p"))


_ORDER = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _span_days(g: Mapping[str, str]) -> str:
    """A weekday span said with a clock time is a routine: 'every monday, ... and friday'."""
    a, b = _ORDER.index(g["wd"]), _ORDER.index(g["wd2"])
    if (a, b) == (0, 4):
        return "every weekday"
    days = list(_ORDER[a : b + 1]) if a < b else [g["wd"], g["wd2"]]
    return "every " + ", ".join(days[:-1]) + " and " + days[-1]


def _nth(g: Mapping[str, str]) -> str | None:
    n = int(g["day"]) if g["day"].isdigit() else 0
    if not 1 <= n <= 31:
        return None
    return f"{n}{'th' if 10 <= n <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _the_nth(g: Mapping[str, str]) -> str | None:
    nth = _nth(g)
    return None if nth is None else f"on the {nth}"


def _every_nth(g: Mapping[str, str]) -> str | None:
    nth = _nth(g)
    return None if nth is None else f"the {nth} of every month"


def _nth_next_month(g: Mapping[str, str]) -> str | None:
    nth = _nth(g)
    return None if nth is None else f"the {nth} of next month"


def _end_of(g: Mapping[str, str]) -> str:
    """'(agle) mahine ke end': the end of this (or the next) month, week or year."""
    return f"end of {'the' if g.get('r', 'is') in ('is', 'iss', 'इस') else 'next'} {g['u']}"


def _yesterday(g: Mapping[str, str]) -> str:
    """'kal' or 'parso' with a past verb after it: yesterday, the day before."""
    day = "yesterday" if g["d"] == "tomorrow" else "the day before yesterday"
    part = g.get("p")
    if part == "night":
        return "last night" if day == "yesterday" else f"{day} night"
    return f"{day} {part}" if part else day


# fmt: off
# "somvar se budhvar tak" is a range: its end is no due date of its own.
_NOT_FROM = r"(?<!\bse\s)(?<!\bसे\s)"
_PHRASES: tuple[tuple[str, Replacement], ...] = (
    # "kal" and "parso" are yesterday and the day before when a past verb follows.
    (rf"(?P<d>kal|kl|parso|parson|कल|परसों|परसो)(?:\s+(?P<p>{_PART}))?{_PAST}", _yesterday),
    # "raat bhar", "din bhar": all night, all day long, not a time.
    (r"(?:raat|rat|रात|din|दिन|dopahar|दोपहर|shaam|शाम|subah|सुबह)\s+(?:bhar|भर)", "throughout"),
    # "kal tak", "Friday tak": the day a task is due by, said before its verb.
    (
        rf"{_NOT_FROM}(?P<d>aaj|aj|kal|kl|parso|parson|आज|कल|परसों|परसो)\s+(?:tak|tk|तक)"
        r"(?![\w\u0900-\u097f])",
        "by {d}",
    ),
    (_NOT_FROM + r"{wd}\s+(?:tak|tk|तक)(?![\w\u0900-\u097f])", "by {wd}"),
    # "friday se pehle", "kal se pehle": before that day is by it.
    (
        r"(?P<d>{wd}|aaj|kal|parso|(?:mon|tues|wednes|thurs|fri|satur|sun)day|आज|कल|परसों)"
        r"\s+(?:se|से)\s+(?:pehle|pahle|पहले)(?![\w\u0900-\u097f])",
        "by {d}",
    ),
    (
        rf"{_NOT_FROM}(?P<en>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(?:tak|tk|तक)"
        r"(?![\w\u0900-\u097f])",
        lambda g: f"by {g['en']}",
    ),
    # Routines.
    (rf"{_EVERY}\s+(?:(?:roz|roj|din|रोज़|दिन)\s+)?{_AT}", _every_clock),
    (rf"(?:roz|roj|rozana|रोज़|रोज़ाना)\s+{_AT}", _every_clock),
    (rf"{_EVERY}\s+{{wd}}\s+(?:se|से|to|-)\s+{{wd2}}(?:\s+(?:tak|तक))?", _span_days),
    (
        rf"{{wd}}\s+(?:se|से|to|-)\s+{{wd2}}(?:\s+(?:tak|तक))?(?=\s+(?:{_PART}|{{n}}\s*{_BAJE}))",
        _span_days,
    ),
    (r"{wd}\s+(?:se|से|-)\s+{wd2}(?:\s+(?:tak|तक))?", "from {wd} to {wd2}"),
    (
        rf"(?:{_EVERY}\s+)?(?:mahine|month|महीने)\s+(?:ke|का|ka|के)\s+"
        r"(?:aakhri|akhri|aakhiri|akhiri|last|आखिरी|आख़िरी)\s+{wd}",
        "last {wd} of every month",
    ),
    (
        rf"(?:{_EVERY}\s+)?(?:mahine|month|महीने)\s+(?:ke|का|ka|के)\s+"
        r"(?:pehle|pahle|first|पहले)\s+{wd}",
        "first {wd} of every month",
    ),
    (
        rf"{_EVERY}\s+(?:mahine|month|महीने)\s+(?:(?:ki|की|ko|को)\s+)?{{day}}\s*(?:{_TARIKH}|ko|को)?",
        _every_nth,
    ),
    (rf"{{day}}\s*{_TARIKH}\s+(?:(?:ko|को)\s+)?{_EVERY}\s+(?:mahine|महीने)", _every_nth),
    (rf"{_EVERY}\s+(?:dusre|doosre|dusra|dusri|doosri|दूसरे)\s+{{wd}}", "every other {wd}"),
    (rf"{_EVERY}\s+(?:dusre|doosre|dusra|दूसरे)\s+{{unit}}", "every other {unit}"),
    (rf"{_EVERY}\s+(?:ek\s+)?{{wd}}(?:\s+(?:ko|को))?", "every {wd}"),
    (  # "har friday": a weekday said in English
        rf"{_EVERY}\s+(?P<en>(?:mon|tues|wednes|thurs|fri|satur|sun)day)s?(?:\s+(?:ko|को))?",
        lambda g: f"every {g['en']}",
    ),
    (rf"{_EVERY}!\s+{{n}}\s*{{unit}}", "every! {n} {unit}"),
    (rf"{_EVERY}\s+{{n}}\s*{{unit}}", "every {n} {unit}"),
    (rf"{_EVERY}\s+{{unit}}", "every {unit}"),
    (rf"{_EVERY}\s+(?P<p>{_PART})", "every {p}"),
    (rf"{_EVERY}\s+weekend", "every weekend"),
    # Offsets.
    (
        r"(?:aadha|aadhe|adha|adhe|आधा|आधे)\s+(?:ghanta|ghante|घंटा|घंटे)\s+"
        r"(?:baad|bad|mein|me|main|men|में|बाद|ke\s+baad|के\s+बाद)",
        "in 30 minutes",
    ),
    (
        r"(?P<w>dedh|derh|डेढ़|dhai|dhaai|ढाई)\s+(?:ghanta|ghante|घंटा|घंटे)\s+"
        r"(?:baad|bad|mein|me|main|men|में|बाद|ke\s+baad|के\s+बाद)",
        lambda g: f"in {150 if g['w'] in ('dhai', 'dhaai', 'ढाई') else 90} minutes",
    ),
    (
        r"{n}\s*{unit}\s+(?:baad|bad|mein|me|main|men|में|बाद|ke\s+baad|ke\s+bad|के\s+बाद)",
        "in {n} {unit}",
    ),
    (r"{n}\s*{unit}\s+(?:pehle|pahle|phle|pehele|पहले)", "{n} {unit} ago"),
    # "15 min mein" when another language has already read "min": "15 minute from now".
    (r"(?:(?<=\d min )|(?<=\dmin )|(?<=\d mins )|(?<=\d hr )|(?<=\d hrs )|(?<=\dhr ))"
     r"(?:mein|main|men|baad|bad)", "from now"),
    # Periods and weekdays with next, last, this.
    (
        rf"{_NEXT}\s+(?:mahine|month|महीने)\s+(?:ki|की)\s+{{day}}\s*(?:{_TARIKH})?",
        _nth_next_month,
    ),
    (
        rf"(?:(?P<r>{_NEXT}|{_THIS})\s+)?(?P<u>hafte|hafta|mahine|saal|हफ़्ते|महीने|साल)\s+"
        r"(?:ke|के)\s+(?:end|aakhir|akhir|आखिर|आख़िर|अंत)",
        _end_of,
    ),
    (rf"{_NEXT}\s+(?:hafte|हफ़्ते)\s+(?:(?:ke|का|के|ka)\s+)?{{wd}}(?:\s+(?:ko|को))?", "{wd} next week"),
    (rf"{_NEXT}\s+{{unit}}", "next {unit}"),
    (rf"{_LAST}\s+{{unit}}", "last {unit}"),
    (rf"{_THIS}\s+(?P<u>hafte|hafta|mahine|mahina|saal|sal|week|month|year|हफ़्ते|हफ़्ता|सप्ताह"
     r"|महीने|साल|वर्ष)", "this {u}"),
    (rf"{_NEXT}\s+{{wd}}", "next {wd}"),
    (rf"{_LAST}\s+{{wd}}", "last {wd}"),
    (rf"{_THIS}\s+{{wd}}", "this {wd}"),
    (rf"{_NEXT}\s+weekend", "next weekend"),
    (rf"{_THIS}\s+weekend", "this weekend"),
    (r"{wd}\s+(?:se\s+pehle|se\s+pahle|से\s+पहले)", "before {wd}"),
    (r"{wd}\s+(?:ko|को)", "on {wd}"),
    (r"(?:(?P<r>next|last|this)\s+)?(?P<e>monday|tuesday|wednesday|thursday|friday|saturday"
     r"|sunday)\s+(?:ko|को)", lambda g: f"{g['r']} {g['e']}" if g.get("r") else f"on {g['e']}"),
    # Dates and clock times.
    (r"{day}\s+(?:{month}\s+)?(?:se|से)\s+{day2}\s+{month2}(?:\s+(?:tak|तक))?",
     lambda g: f"from {g['day']} {g.get('month', g['month2'])} to {g['day2']} {g['month2']}"),
    (rf"{{day}}\s*{_TARIKH}", _the_nth),
    (rf"(?:(?P<p0>{_PART})\s+)?(?P<w>dedh|derh|dhai|dhaai|ढाई|डेढ़)\s*{_BAJE}", _fraction_clock),
    (rf"(?:(?P<p0>{_PART})\s+)?{{n}}(?::{{n2}})?\s*(?:{_BAJE}\s+)?(?:se|से)\s+"
     rf"(?:(?P<p1>{_PART})\s+)?{{n3}}(?::{{n4}})?\s*{_BAJE}(?:\s+(?P<p>{_PART}))?(?:\s+(?:tak|तक))?",
     _span),
    (rf"(?:(?P<p0>{_PART})\s+)?{{n}}(?::{{n2}})?\s*(?:{_BAJE}\s+)?(?:aur|और|-)\s+{{n3}}(?::{{n4}})?"
     rf"\s*{_BAJE}(?:\s+(?P<p>{_PART}))?\s+(?:ke\s+|के\s+)?(?:beech|bich|बीच)(?:\s+(?:mein|में))?",
     _span),
    (_AT, _clock),
    (
        rf"(?P<p0>{_PART_BARE})\s+(?:(?:ke|ko|के|को)\s+)?{{n}}(?::{{n2}})?"
        r"(?!\s*(?:{unit}|log|logo|baar|bar|लोग|बार))",
        _bare_clock,
    ),
)
# fmt: on

LANGUAGE = Language(
    code="hi",
    months=_table(_MONTHS),
    weekdays=_table(_WEEKDAYS),
    units=_table(_UNITS),
    numbers=_table(_NUMBERS),
    ordinals=_table(_ORDINALS),
    words=_table(_WORDS),
    phrases=tuple((_nk(src), rep) for src, rep in _PHRASES),
    ambiguous=frozenset(
        {
            "rat",
            "sham",
            "suba",
            "sal",
            "may",
            *_table(_NUMBERS),
            *_table(_UNITS),
            *_table(_ORDINALS),
        }
    ),
    not_before=(),
    not_after=(
        r"(?:ke\s+|ki\s+|को\s+|के\s+)?(?:nahi|nahin|nhi|nai|नहीं|नही)",
        r"(?:ke|ki)\s+(?:jagah|bajaye|bajay)",
        r"(?:की|के)\s+(?:जगह|बजाय)",
    ),
)
