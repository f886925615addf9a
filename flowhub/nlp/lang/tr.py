"""Turkish time words and phrases, suffixes included (yarına, 3'te, Mart'ta, cumaya kadar)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from flowhub.nlp.lang._schema import Language
from flowhub.nlp.lang._schema import english_ordinal as _ordinal
from flowhub.nlp.lang.tr_holidays import HOLIDAYS as _HOLIDAYS

# fmt: off
_ONES = {"bir": 1, "iki": 2, "uc": 3, "dort": 4, "bes": 5, "alti": 6, "yedi": 7, "sekiz": 8,
         "dokuz": 9}
_TENS = {"on": 10, "yirmi": 20, "otuz": 30, "kirk": 40, "elli": 50}
# Third person possessive, the day-of-month form ("martin ucu", "ayin biri").
_POSS = {"bir": "biri", "iki": "ikisi", "uc": "ucu", "dort": "dordu", "bes": "besi",
         "alti": "altisi", "yedi": "yedisi", "sekiz": "sekizi", "dokuz": "dokuzu", "on": "onu",
         "yirmi": "yirmisi", "otuz": "otuzu"}
_ORD = {"birinci": 1, "ilk": 1, "ikinci": 2, "ucuncu": 3, "dorduncu": 4, "besinci": 5,
        "altinci": 6, "yedinci": 7, "sekizinci": 8, "dokuzuncu": 9, "onuncu": 10,
        "yirminci": 20, "otuzuncu": 30}
_MONTHS = {"ocak": 1, "subat": 2, "mart": 3, "nisan": 4, "mayis": 5, "haziran": 6,
           "temmuz": 7, "agustos": 8, "eylul": 9, "ekim": 10, "kasim": 11, "aralik": 12}
_MONTH_ABBR = {"oca": 1, "sub": 2, "mar": 3, "nis": 4, "haz": 6, "agu": 8, "agt": 8,
               "eyl": 9}
_WEEKDAYS = {"pazartesi": 0, "sali": 1, "carsamba": 2, "persembe": 3, "cuma": 4,
             "cumartesi": 5, "pazar": 6}
_WD_ABBR = {"pzt": 0, "pts": 0, "pzts": 0, "sal": 1, "crs": 2, "car": 2, "prs": 3, "per": 3,
            "cum": 4, "cmt": 5, "cts": 5, "pzr": 6, "paz": 6}
_WD_WORDS = ("sal", "cum")  # not "car" (English) nor "paz" (peace in Spanish)
_WD_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_UNITS = {"saniye": "second", "sn": "second", "dakika": "minute", "dk": "minute",
          "dak": "minute", "dakka": "minute", "saat": "hour", "sa": "hour", "gun": "day",
          "hafta": "week", "ay": "month", "yil": "year", "sene": "year", "ceyrek": "quarter"}
# A part of day said with "kadar" (until): "öğlene kadar" is due by noon.
_UNTIL_PART = {"oglene": "noon", "ogleye": "noon", "aksama": "evening", "aksamina": "evening",
               "sabaha": "morning", "sabahina": "morning", "geceye": "night", "gecesine": "night",
               "ogleden sonraya": "afternoon", "ikindiye": "afternoon"}
# Parts of day, with the possessive of "cuma aksami" and the -leyin adverbs.
_PARTS = {"sabah": "morning", "sabahi": "morning", "sabahleyin": "morning", "ogle": "noon",
          "oglen": "noon", "ogleyin": "noon", "ogleden sonra": "afternoon",
          "ogleden sonrasi": "afternoon", "ikindi": "afternoon", "aksam": "evening",
          "aksami": "evening", "aksamleyin": "evening", "aksamustu": "evening",
          "aksam ustu": "evening", "gece": "night", "gecesi": "night", "geceleyin": "night",
          "ogleden once": "morning", "sabahina": "morning", "aksamina": "evening",
          "gecesine": "night", "oglene": "noon", "ogleye": "noon"}
_REL = {"bu": "this", "gelecek": "next", "onumuzdeki": "next", "sonraki": "next",
        "ertesi": "next", "gecen": "last", "gectigimiz": "last", "onceki": "last",
        "evvelki": "last", "son": "last"}
_SEASONS = {"yaz": "summer", "kis": "winter", "ilkbahar": "spring", "bahar": "spring",
            "sonbahar": "fall", "guz": "fall"}
_EDGES = {"sonu": "end of", "sonunda": "end of", "sonuna": "end of", "sonuna kadar": "by end of",
          "basi": "beginning of", "basinda": "beginning of", "baslari": "beginning of",
          "baslarinda": "beginning of", "ortasi": "mid", "ortasinda": "mid", "ortalari": "mid",
          "ortalarinda": "mid"}
# Case endings of a date word in both vowel harmonies and voicings (folded: ı=i, ü=u).
_CASES = ("da", "de", "ta", "te", "dan", "den", "tan", "ten")
# fmt: on

_NUMBERS: dict[str, int] = {"sifir": 0, "bi": 1, **_ONES, **_TENS}
_DAYS: dict[str, int] = {
    **_ORD,
    **{_POSS[w]: v for w, v in {**_ONES, **_TENS}.items() if w in _POSS},
}
for _t, _tv in _TENS.items():
    for _o, _ov in _ONES.items():
        _NUMBERS[f"{_t} {_o}"] = _NUMBERS[f"{_t}{_o}"] = _tv + _ov
        if _tv + _ov <= 31:
            _DAYS[f"{_t} {_POSS[_o]}"] = _DAYS[f"{_t}{_POSS[_o]}"] = _tv + _ov
for _o, _ov in _ORD.items():
    if _ov < 10 and _o != "ilk":
        _DAYS[f"on {_o}"] = 10 + _ov
        _DAYS[f"yirmi {_o}"] = 20 + _ov
_DAYS["otuz birinci"] = 31


def _inflect(stem: str) -> set[str]:
    """`stem` with the case endings a date word takes (aralik -> araligin, cuma -> cumaya).

    Folding merges i/ı, o/ö and u/ü, so a last vowel i, o or u allows both a and e.
    """
    vowel = next(c for c in reversed(stem) if c in "aeiou")
    a_e = {"a": "a", "e": "e"}.get(vowel, "ae")  # two-way harmony: da/de
    i_u = "u" if vowel in "ou" else "i"  # four-way harmony, folded: in/un
    d = "t" if stem[-1] in "cfhkpst" else "d"
    forms = {stem, stem + "ki"}
    for a in a_e:
        forms.update((stem + d + a, stem + d + a + "n"))  # locative, ablative
        if stem[-1] in "aeiou":
            forms.update((stem + "y" + a, stem + "s" + i_u + "nd" + a, stem + "s" + i_u + "n" + a))
        else:
            soft = stem[:-1] + "g" if stem.endswith("k") else stem
            forms.update((soft + a, soft + i_u + "nd" + a, soft + i_u + "n" + a))
    if stem[-1] in "aeiou":
        forms.update((stem + "n" + i_u + "n", stem + "y" + i_u, stem + "s" + i_u))
    else:
        soft = stem[:-1] + "g" if stem.endswith("k") else stem
        forms.update((soft + i_u + "n", soft + i_u))
    return forms


def _alt(words: Iterable[str]) -> str:
    items = sorted({w.replace(" ", r"\s+") for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(items) + ")"


def _holiday_forms(name: str) -> set[str]:
    """A holiday name with its case endings (kurban bayraminda, anneler gununden, noelde)."""
    if name[-1] in "iu":  # a possessive: bayrami, gunu, yilbasi
        return {name, *(name + s for s in ("nda", "nde", "na", "ne", "ndan", "nden", "ni", "nu"))}
    return _inflect(name)


_HOLIDAY_FORMS = {f: e for name, e in _HOLIDAYS.items() for f in _holiday_forms(name)}
_MONTH_TABLE = {f: v for stem, v in _MONTHS.items() for f in _inflect(stem)} | _MONTH_ABBR
_WEEKDAY_TABLE = {f: v for stem, v in _WEEKDAYS.items() for f in _inflect(stem)} | _WD_ABBR
for _w, _v in _WEEKDAYS.items():
    _WEEKDAY_TABLE.update({f"{_w} gunu": _v, f"{_w} gunune": _v, f"{_w} gununden": _v})
# A month named before its day: bare, genitive or abbreviated ("martin ucu", "agu 8").
_MONTH_LEAD = _alt([*_MONTHS, *_MONTH_ABBR, *(w for w in _MONTH_TABLE if w.endswith(("in", "un")))])
# Month and weekday forms that are ordinary words or names too (Martin, Nisan, pazara = to market).
_AMBIGUOUS_DATES = (
    (_inflect("nisan") - {"nisanda", "nisandan"}) | _inflect("ocak")
    | (_inflect("ekim") - {"ekimde", "ekimden"}) | (_inflect("kasim") - {"kasimda", "kasimdan"})
    | (_inflect("pazar") - {"pazar"}) | (_inflect("aralik") - {"aralikta", "araliktan"})
    | {"martin", "marta", "marti", "mayisi", "cumayi", "cumasi", "sal", "car", "cum", "paz",
       "sub", "pts"}
)  # fmt: skip


def _sfx(*forms: str) -> str:
    """An alternation of suffixes, letters escaped so that they never count as Turkish words."""
    return "(?:" + "|".join("".join(f"\\x{ord(c):02X}" for c in f) for f in forms) + ")"


# Regex pieces on folded text.
_SFX = r"(?:'?[^\W\d_]{1,6})?"  # a suffix after digits: 3'te, 15inde, 2014te
_APO = r"(?:'[^\W\d_]{1,6})?"  # an apostrophe suffix after a word: Mart'ta
_LOC4 = _sfx("da", "de", "ta", "te")
_ARASI = r"arasi" + _sfx("nda") + "?"
_HOUR_WORDS = _alt([*(w for w, v in _NUMBERS.items() if 1 <= v <= 24), "dord"])
# "20 dakikaya", "2 saatte": in that long ("haftaya" arrives as "next week").
_UNIT_CASES = {
    stem + s: en
    for stem, en in _UNITS.items()
    if len(stem) > 3
    for s in ("da", "de", "ta", "te", "a", "e", "ya", "ye")
}
_BARE_HOURS = {
    w + s: v
    for w, v in _NUMBERS.items()
    if 2 <= v <= 12 and v != 10
    for s in ("da", "de", "ta", "te")
}
_MINUTE = _alt(w for w, v in _NUMBERS.items() if 1 <= v <= 59)
_LOC = "'?" + _sfx("da", "de", "ta", "te", "daki", "deki", "taki", "teki")
_ABL = "'?" + _sfx("dan", "den", "tan", "ten")
_DAT = "'?" + _sfx("a", "e", "ya", "ye")
_PART = _alt(_PARTS)
_DAY = r"\d{1,2}|" + _alt([*_DAYS, *(w for w, v in _NUMBERS.items() if 2 <= v <= 31)])
_CLOCK_NEXT = r"\s+(?:saat\s+)?\d"
_PART_CLOCK = rf"\s+{_PART}{_CLOCK_NEXT}"
_ENDINGS = (
    "(?:'?" + _sfx(*_CASES, "a", "e", "ya", "ye", "in", "un", "nin", "nun", "ki", "ku") + ")?"
)


def _clock(tag: str = "", words: bool = True) -> str:
    """An hour with its minutes: 9, 9:30, 9.30, dokuz elli dokuz, 9 bucuk."""
    hour = rf"\d{{1,2}}|{_HOUR_WORDS}" if words else r"\d{1,2}"
    return (
        rf"(?P<h{tag}>{hour})(?:[:.](?P<mi{tag}>\d\d)|\s+(?P<mw{tag}>{_MINUTE})"
        rf"|\s+(?P<half{tag}>bucuk))?"
    )


def _int(raw: str | None) -> int | None:
    if not raw:
        return None
    raw = " ".join(raw.split())
    if raw.isdigit():
        return int(raw)
    return 4 if raw == "dord" else _NUMBERS.get(raw)


def _hour_minute(g: Mapping[str, str], tag: str = "") -> tuple[int, int] | None:
    h = _int(g.get("h" + tag))
    m = 30 if g.get("half" + tag) else _int(g.get("mi" + tag)) or _int(g.get("mw" + tag)) or 0
    return (h, m) if h is not None and h <= 24 and m < 60 else None


def _english_time(h: int, m: int, part: str | None, exact: bool = False) -> str:
    """`h:m` as the grammar reads it; a part of day (in English) fixes am or pm."""
    if part is None and h <= 12:
        return f"{h}:{m:02}" if m or exact else str(h)
    if h == 12 and part in ("morning", "night"):
        h = 0
    elif h < 12 and _PM.get(part or "", (12, 0))[0] <= h < _PM.get(part or "", (12, 0))[1]:
        h += 12
    h %= 24
    half = "am" if h < 12 else "pm"
    return f"{h % 12 or 12}:{m:02}{half}" if m or exact else f"{h % 12 or 12}{half}"


# The hours a part of day puts after noon: "aksam 9" 21:00, "gece 2" 02:00, "ogle 1" 13:00.
_PM = {"afternoon": (1, 12), "evening": (1, 12), "night": (6, 12), "noon": (1, 7)}


def _part(g: Mapping[str, str]) -> str | None:
    part = g.get("part")
    return _PARTS.get(part, part) if part else None


def _at(g: Mapping[str, str]) -> str | None:
    """A clock time with its case: 3'te and 5'e kadar at 3 and 5, 9'dan from 9."""
    hm = _hour_minute(g)
    if hm is None:
        return None
    # 24-hour writing: "09:30" is morning, "9:30" as ambiguous as "saat 9".
    part = _part(g) or ("morning" if g["h"].startswith("0") else None)
    time = _english_time(*hm, part, exact="mi" in g)
    if g.get("suf", "").lstrip("'").startswith(("dan", "den", "tan", "ten")):
        return f"from {time}"
    return f"at {time}"


def _day_at(g: Mapping[str, str]) -> str | None:
    """A day and an hour with the dative: 'pazartesi 10'a' is monday at 10."""
    at = _at(g)
    return None if at is None else f"{_TODAY_TOMORROW.get(g['d'], g['d'])} {at}"


_TODAY_TOMORROW = {"yarin": "tomorrow", "bugun": "today"}
# The locative a number takes, by its last spoken word: 3'te, 6'da, 20'de, 40'ta.
_ONES_LOC = ("da", "de", "de", "te", "te", "te", "da", "de", "de", "da")
_TENS_LOC = ("da", "da", "de", "da", "ta", "de")


def _at_harmonic(g: Mapping[str, str]) -> str | None:
    """A bare 3te / 9:30da: without an apostrophe only in vowel harmony (Dutch 15de is 15th)."""
    suffix = g["suf"]
    if suffix in ("da", "de", "ta", "te"):
        said = g["mi"] if g.get("mi", "00") != "00" else g["h"]
        n = int(said)
        if suffix != (_ONES_LOC[n % 10] if n % 10 else _TENS_LOC[n // 10 % 6]):
            return None
    return _at(g)


def _around(g: Mapping[str, str]) -> str | None:
    """3 civarinda, yarin 3 gibi; a bare "3 gibi" is as likely "about three" of something."""
    hm = _hour_minute(g)
    day = g.get("d") or g.get("wd")
    if hm is None or (g["about"] == "gibi" and not day):
        return None
    return f"{day or ''} around {_english_time(*hm, None, 'mi' in g)}".lstrip()


def _past_to(g: Mapping[str, str]) -> str | None:
    """3u ceyrek gece 3:15, 5e 10 kala 4:50."""
    h = _int(g.get("h"))
    m = 15 if g.get("q") else _int(g.get("m"))
    if h is None or m is None or not 0 < m < 60 or h > 24:
        return None
    if g["dir"] in ("kala", "var"):
        h, m = (h - 1) % 24, 60 - m
    return f"at {_english_time(h, m, _part(g))}"


def _range(g: Mapping[str, str]) -> str | None:
    """From one clock time to another, a part of day before them applying to both."""
    a, b = _hour_minute(g, "a"), _hour_minute(g, "b")
    if a is None or b is None:
        return None
    part = _part(g)
    return f"from {_english_time(*a, part)} to {_english_time(*b, part)}"


def _relative(g: Mapping[str, str]) -> str | None:
    """bu/gelecek/gecen + a weekday, unit, month or season."""
    word = g["rel"]
    rel = _REL[word]
    if "wd" in g:  # "onumuzdeki cuma" is the coming Friday, the grammar's bare weekday
        return g["wd"] if word in ("onumuzdeki", "sonraki") else f"{rel} {g['wd']}"
    if "unit" in g:
        if word == "son" or (word == "gecen" and g["unit"] == "day"):
            return None
        if g["unit"] == "day":
            return {"this": "today", "next": "tomorrow"}.get(rel, "the day before yesterday")
        return f"{rel} {g['unit']}"
    if "season" in g:
        return f"{rel} {_SEASONS[g['season']]}"
    return f"{rel} {g['month']}"


def _nth_weekday(g: Mapping[str, str]) -> str:
    """ekimin ilk salisi, her ayin son cumasi."""
    o = g["o"]
    nth = "last" if o == "son" else _ordinal(o.rstrip("stndrh")) if o[0].isdigit() else o
    where = "every month" if g.get("her") else g.get("month", "the month") + " " + g.get("y", "")
    return f"{nth} {g['wd']} of {where}"


def _edge(g: Mapping[str, str]) -> str | None:
    """mart sonu end of march, ayin basinda beginning of month, martin ortasi 15 march."""
    edge = _EDGES[" ".join(g["edge"].split())]
    target = g.get("month") or g.get("u") or ""
    if edge == "mid":
        return f"15 {target}" if "month" in g else None
    if target == "week" and edge != "beginning of":  # "hafta sonu" is the weekend
        return None
    if g.get("rel") and target in ("week", "month", "year"):
        target = f"{_REL[g['rel']]} {target}"
    return (
        f"{edge} {target}" if target.split()[-1] in (*_MONTH_EN, "week", "month", "year") else None
    )


_MONTH_EN = ("january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december")  # fmt: skip


def _day_of(g: Mapping[str, str]) -> str | None:
    day = g["day"]
    if not day.isdigit() or not 1 <= int(day) <= 31:
        return None
    if g.get("her"):
        return f"{_ordinal(day)} of every month"
    rel = _REL.get(g.get("rel", "bu"), "this")
    return f"on the {_ordinal(day)}" if rel == "this" else f"the {_ordinal(day)} of {rel} month"


def _quarter(g: Mapping[str, str]) -> str | None:
    n = g["o"].rstrip(".stndrh")
    return f"{_ordinal(n)} quarter" if n.isdigit() and 1 <= int(n) <= 4 else None


LANGUAGE = Language(
    code="tr",
    months=_MONTH_TABLE,
    weekdays=_WEEKDAY_TABLE,
    units=_UNITS,
    numbers=_NUMBERS,
    ordinals=_DAYS,
    words={
        **dict.fromkeys(("bugun", "bugunku", "bugunden", "bu gun"), "today"),
        **dict.fromkeys(
            ("yarin", "yarinki", "yarina", "yarindan", "yrn", "ertesi gun"), "tomorrow"
        ),
        "yarina kadar": "by tomorrow",
        **dict.fromkeys(("dun", "dunku"), "yesterday"),
        **dict.fromkeys(
            ("obur gun", "oburgun", "yarindan sonra", "yarindan sonraki gun", "yarindan sonraki"),
            "the day after tomorrow",
        ),
        **dict.fromkeys(
            ("evvelsi gun", "evvelki gun", "dunden onceki gun", "dun degil evvelsi gun"),
            "the day before yesterday",
        ),
        **_PARTS,
        "sabaha": "morning",
        "aksama": "evening",
        "bu sabah": "this morning",
        "bu aksam": "this evening",
        "bu aksama": "this evening",
        "bu gece": "tonight",
        "dun gece": "last night",
        "gece yarisi": "midnight",
        "gece yarisina kadar": "by midnight",
        **dict.fromkeys(("ogle yemegi", "ogle yemeginde", "ogle arasi", "ogle arasinda"), "lunch"),
        **dict.fromkeys(("haftaya", "gelecek haftaya"), "next week"),
        "seneye": "next year",
        "haftaya bugun": "a week from today",
        **dict.fromkeys(("hafta sonu", "haftasonu", "hafta sonunda", "haftasonunda"), "weekend"),
        "hafta sonuna kadar": "by the weekend",
        **dict.fromkeys(("bu hafta sonu", "bu haftasonu"), "this weekend"),
        **dict.fromkeys(("gecen hafta sonu", "gecen haftasonu"), "last weekend"),
        **dict.fromkeys(("gelecek hafta sonu", "onumuzdeki hafta sonu"), "next weekend"),
        **dict.fromkeys(("her hafta sonu", "hafta sonlari", "haftasonlari"), "every weekend"),
        "hafta ici her gun": "every weekday",
        "hafta ici": "weekdays",
        "hafta boyunca": "this week",
        **dict.fromkeys(("gun sonu", "gun sonuna kadar", "gun sonunda"), "end of day"),
        **dict.fromkeys(("gun asiri", "gunasiri"), "every other day"),
        "hergun": "every day",
        **dict.fromkeys(("erkenden", "sabah erkenden", "sabah erken"), "early morning"),
        # Meals name no time ("aksam yemegi hazirla"), unlike "ogle yemegi" (lunch).
        **dict.fromkeys(
            ("aksam yemegi", "aksam yemegini", "aksam yemeginde", "aksam yemegine"), "dinner"
        ),
        **dict.fromkeys(("sabah kahvaltisi", "sabah kahvaltisini", "kahvalti"), "breakfast"),
        **dict.fromkeys(
            (
                "mesai bitimi",
                "mesai bitiminde",
                "mesai sonu",
                "mesai sonunda",
                "is cikisi",
                "is cikisinda",
                "is cikisi",
            ),
            "eod",
        ),
        # The market, not Sunday.
        **{w: w for w in ("pazar alisverisi", "pazar alisverisini", "pazar yeri", "pazar yerinde")},
        **{f"{w}{s}": f"every {_WD_EN[v]}" for w, v in _WEEKDAYS.items() for s in ("leri", "lari")},
        "sabahlari": "every morning",
        "aksamlari": "every evening",
        "geceleri": "every night",
        **_HOLIDAY_FORMS,
    },
    phrases=(
        # "öğlene kadar", "akşama kadar": the part of day the task is due by; "kadar" is no title.
        (rf"(?P<u>{_alt(_UNTIL_PART)})\s+kadar", lambda g: _UNTIL_PART.get(g["u"], g["u"])),
        # "her sabah" is every morning, but "her sabah 8de" every day at 8am.
        (
            rf"hafta\s*ici\s+her(?:\s+gun|\s+(?P<part>{_PART})(?!{_CLOCK_NEXT})|(?={_PART_CLOCK}))",
            "every weekday {part}",
        ),
        (r"her\s+hafta\s*sonu" + _sfx("lari") + "?", "every weekend"),
        (rf"(?P<y>\d{{4}})\s+(?P<hol>{_alt(_HOLIDAY_FORMS)})", "{hol} {y}"),
        (rf"(?P<day>{_DAY})\.?\s+{{month}}{_APO}\s+(?:{_alt(_HOLIDAY_FORMS)})", "{day} {month}"),
        (
            rf"(?P<hol>{_alt(_HOLIDAYS)})'?{_sfx('dan', 'den', 'ndan', 'nden')}\s+"
            r"(?:{n}\s+{unit}\s+sonra|sonra\s+{n2}\s+{unit2})",
            lambda g: f"{g.get('n', g.get('n2'))} {g.get('unit', g.get('unit2'))} after {g['hol']}",
        ),
        (
            rf"yarindan\s+sonra{_sfx('ki')}?(?:\s+gun{_sfx('u', 'e', 'de')}?)?",
            "the day after tomorrow",
        ),
        (
            rf"(?:dunden\s+)?(?:onceki|evvelki|evvelsi)\s+gun{_sfx('u', 'e', 'de')}?",
            "the day before yesterday",
        ),
        (rf"her(?:\s+(?P<part>{_PART})(?!{_CLOCK_NEXT})|(?={_PART_CLOCK}))", "every day {part}"),
        (r"(?:her\s+)?{n}\s+haftada\s+bir\s+{wd}", "every {n} weeks on {wd}"),
        (rf"(?P<rel>{_alt(_REL)})\s+hafta\s*sonu{_ENDINGS}", lambda g: f"{_REL[g['rel']]} weekend"),
        (
            rf"saat\s+{_clock()}{_ABL}\s+{{n}}\s+{{unit}}\s+sonra",
            lambda g: (
                f"{g['n']} {g['unit']}s after {_english_time(*_hour_minute(g) or (0, 0), None)}"
            ),
        ),
        # Ranges: 3 mart - 5 mart, saat 9-11, 9dan 11e kadar, 14:00 ile 16:00 arasi.
        (
            rf"{{day}}\.?\s+{{month}}{_APO}\s*(?:-|ile)\s*{{day2}}\.?\s+{{month2}}{_APO}"
            rf"(?:\s+(?:kadar|{_ARASI}))?",
            "from {day} {month} to {day2} {month2}",
        ),
        (
            rf"{{day}}\.?\s+{{month}}{_APO}\s+itibaren\s+{{n}}\s+{{unit}}\s+(?:boyunca|suresince)",
            "for {n} {unit}s from {day} {month}",
        ),
        (
            rf"(?:(?P<part>{_PART})\s+)?(?:saat\s+)?{_clock('a')}{_ABL}\s+(?:saat\s+)?"
            rf"{_clock('b')}{_DAT}(?:\s+kadar)?",
            _range,
        ),
        (
            rf"(?:(?P<part>{_PART})\s+)?saat\s+{_clock('a')}\s*(?:-|ile)\s*{_clock('b')}{_SFX}"
            rf"(?:\s+{_ARASI})?",
            _range,
        ),
        (
            rf"(?:(?P<part>{_PART})\s+)?{_clock('a')}\s*(?:-|ile)\s*{_clock('b')}{_SFX}"
            rf"\s+{_ARASI}",
            _range,
        ),
        (rf"{{wd}}{_APO}\s*-\s*{{wd2}}{_APO}", "from {wd} to {wd2}"),
        (
            rf"(?P<wd>{_alt(_WEEKDAYS)}){_ABL}\s+(?P<wd2>{_alt(_WEEKDAYS)}){_DAT}(?:\s+kadar)?",
            "from {wd} to {wd2}",
        ),
        (
            rf"{{wd}}{_APO}(?:\s+ile)?\s+{{wd2}}{_APO}\s+(?:kadar|{_ARASI})",
            "from {wd} to {wd2}",
        ),
        # Clock times: saat 3te, aksam 9da, 15:30da, saat dokuz elli dokuz, 3u ceyrek gece.
        (
            rf"(?:(?P<part>{_PART})\s+)?(?:saat\s+)?(?P<h>\d{{1,2}}|{_HOUR_WORDS})'?"
            rf"{_sfx('i', 'u', 'yi', 'yu', 'a', 'e', 'ya', 'ye')}\s+"
            rf"(?:(?P<q>ceyrek)|(?P<m>\d{{1,2}}|{_MINUTE}))\s+"
            rf"(?P<dir>gece|gecer|geciyor|kala|var){_SFX}",
            _past_to,
        ),
        (
            rf"(?:(?P<part>{_PART})\s+)?saat\s+{_clock()}(?P<suf>{_LOC}|{_ABL}|{_DAT})?"
            r"(?:\s+(?P<kadar>kadar))?",
            _at,
        ),
        (
            rf"(?P<part>{_PART})\s+{_clock()}(?P<suf>{_LOC}|{_ABL}|{_DAT})?"
            r"(?:\s+(?P<kadar>kadar))?",
            _at,
        ),
        (rf"{_clock(words=False)}(?P<suf>'?(?:da|de|ta|te)|{_ABL})", _at_harmonic),
        (rf"{_clock(words=False)}(?P<suf>{_DAT})\s+(?P<kadar>kadar)", _at),
        # "pazartesi 10'a": an hour said to a day is the time on it (10'a kadar is until 10).
        (rf"(?P<d>yarin|bugun|{{wd}})\s+{_clock(words=False)}(?P<suf>{_DAT})(?!\s+kadar)", _day_at),
        # "ucte", "dokuz bucukta"; not "birde", "onda" (also, at him) nor "ikide bir" (often).
        (
            rf"(?:(?P<hw>{_alt(_BARE_HOURS)})|(?P<h>{_HOUR_WORDS})\s+(?P<half>bucuk){_LOC4})"
            r"(?!\s+bir\b)",
            lambda g: _at({**g, "h": str(_BARE_HOURS[g["hw"]])} if "hw" in g else g),
        ),
        # Offsets: 3 gun sonra, 2 saat icinde, 5 dk once, yarim saat sonra.
        (r"{n}\s+bucuk\s+{unit}\s+(?:sonra|icinde|icerisinde)", "in {n}.5 {unit}"),
        (r"yarim\s+saat(?:\s+(?:sonra|icinde|icerisinde)|" + _DAT + ")", "in 30 minutes"),
        (
            r"(?:(?P<d>yarin|bugun|{wd})\s+)?(?P<h>\d{1,2})(?::(?P<mi>\d\d))?\s+"
            r"(?P<about>gibi|civari|civarinda|sularinda)",
            _around,
        ),
        (r"birkac\s+{unit}\s+(?:sonra|icinde|icerisinde)", "in a few {unit}s"),
        (r"birkac\s+{unit}\s+once", "a few {unit}s ago"),
        (r"yarim\s+saat\s+once", "30 minutes ago"),
        (r"ceyrek\s+saat\s+(?:sonra|icinde)", "in 15 minutes"),
        (r"{n}\s+{unit}\s+(?:sonra|icinde|icerisinde|zarfinda)", "in {n} {unit}"),
        (r"{n}\s+{unit}\s+once", "{n} {unit} ago"),
        (r"{n}\s+{unit}" + _DAT + r"\s+kadar", "within {n} {unit}"),
        (
            rf"{{n}}\s+(?P<uc>{_alt(_UNIT_CASES)})(?!\s+bir\b)",
            lambda g: f"in {g['n']} {_UNIT_CASES.get(g['uc']) or g['uc'].split()[-1]}",
        ),
        # Recurrence: her pazartesi, her gun, her 2 haftada bir, her ayin 1i, ayin son cumasi.
        (
            rf"(?:her\s+ay(?P<her>{_sfx('in')})|(?P<month>{_MONTH_LEAD})(?:\s+(?P<y>\d{{4}}))?|ayin)\s+"
            rf"(?P<o>son|{_alt(_ORD)})\s+{{wd}}",
            _nth_weekday,
        ),
        (
            rf"(?:(?P<her>her)\s+|(?P<rel>bu|gelecek|onumuzdeki|sonraki|gecen|gectigimiz)\s+)?"
            rf"ayin\s+(?P<day>{_DAY})" + _SFX,
            _day_of,
        ),
        (
            r"her\s+(?:hafta\s+)?{wd}(?:\s*(?:,|ve)\s*{wd2})?(?:\s*(?:,|ve)\s*{wd3})?",
            lambda g: "every " + " and ".join(g[k] for k in ("wd", "wd2", "wd3") if k in g),
        ),
        (r"(?:her\s+)?{n}\s+{unit}" + _LOC4 + r"\s+bir", "every {n} {unit}"),
        (r"her!\s+{n}\s+{unit}", "every! {n} {unit}"),
        (r"her\s+{n}\s+{unit}", "every {n} {unit}"),
        (r"her\s+{unit}", "every {unit}"),
        (r"(?P<u>hafta|ay|yil|sene|gun)" + _LOC4 + r"\s+bir", "every {u}"),
        (
            rf"(?:(?P<month>{_MONTH_LEAD}){_APO}|(?:(?P<rel>{_alt(_REL)})\s+)?"
            rf"(?P<u>ay|yil|sene|hafta){_sfx('in')}?)\s+"
            rf"(?P<edge>{_alt(_EDGES)})",
            _edge,
        ),
        # Periods: bu hafta, gelecek ay, gecen yil, son 2 gun, gelecek hafta carsamba.
        (
            rf"(?:(?:gelecek|onumuzdeki|sonraki)\s+hafta{_sfx('ya', 'nin')}?|haftaya)\s+{{wd}}",
            "{wd} next week",
        ),
        (rf"(?:gecen|gectigimiz|onceki)\s+hafta{_sfx('nin')}?\s+{{wd}}", "{wd} last week"),
        (rf"bu\s+hafta{_sfx('ki', 'nin')}?\s+{{wd}}", "this {wd}"),
        (
            rf"(?P<rel>son|gecen|gectigimiz|onceki|gelecek|onumuzdeki|sonraki)\s+{{n}}\s+{{unit}}"
            rf"{_ENDINGS}",
            lambda g: f"{_REL[g['rel']]} {g['n']} {g['unit']}s",
        ),
        (
            rf"(?P<rel>{_alt(_REL)})\s+(?:{{wd}}|{{unit}}(?:\s+yil)?{_ENDINGS}|{{month}}"
            rf"|(?P<season>{_alt(_SEASONS)}){_sfx('da', 'de', 'a', 'e')}?)",
            _relative,
        ),
        (rf"(?P<o>{_alt(_ORD)}|[1-4]\.)\s+ceyrek(?:\s+yil)?", _quarter),
        # Dates: martin ucu, 3 mart 2015, 1 agustosta, mart sonu, mart ayinda.
        (
            rf"(?P<month>{_MONTH_LEAD}){_APO}\s+(?P<day>{_DAY}){_SFX}"
            rf"(?:\s+(?P<y>\d{{4}}){_SFX})?",
            "{month} {day} {y}",
        ),
        (
            rf"(?P<day>{_DAY})\.?\s+(?P<month>{_alt(_MONTH_TABLE)}){_APO}(?:\s+(?P<y>\d{{4}}){_SFX})?",
            "{day} {month} {y}",
        ),
        (
            rf"(?P<month>{_MONTH_LEAD})\s+ay{_sfx('i', 'inda', 'indan', 'ina', 'in')}?",
            "{month}",
        ),
        (rf"(?P<month>{_MONTH_LEAD}){_APO}\s+(?P<y>\d{{4}}){_SFX}", "{month} {y}"),
        (rf"{{wd}}{_APO}\s+kadar", "by {wd}"),
        (rf"{{wd}}{_ABL}\s+[oö]nce", "by {wd}"),
        (rf"yar[ıi]n{_ABL}\s+[oö]nce", "by tomorrow"),
        # A weekday's short form that is a word too ("sal": raft, let go) alone or before a time.
        (rf"^(?P<w>{_alt(_WD_WORDS)})\.?(?:$|(?=\s+(?:saat\s+\d|\d{{1,2}}[:.]\d\d)))", "{w}"),
        (rf"(?P<y>\d{{4}})(?:'?{_LOC4}|\s+yil{_sfx('i', 'inda', 'inin')}?)", "in {y}"),
    ),
    ambiguous=frozenset({*_NUMBERS, *_DAYS, "gun", *_AMBIGUOUS_DATES}),
    not_before=(),
    not_after=(r"de[gğ]il", r"yerine"),
)
