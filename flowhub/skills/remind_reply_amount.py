"""How long "give me N more" is, in any language: "20 menit", "ner stunde", "kwartiertje".

Only amounts are read here, number before unit: "saat 9" or "jam 9" (a clock time) is not one,
and neither is "20h" (a clock time in French and Portuguese) or "2 uur" ("om 2 uur" is two
o'clock); those are left to the time parser.
"""

from __future__ import annotations

import re
from datetime import timedelta

# Letters of any script, so a word edge holds in Devanagari and Arabic too.
_L = r"\w\u0900-\u0963\u0966-\u097F\u0620-\u065F\u066E-\u06D3\u06FA-\u06FF'’"
_START = rf"(?<![{_L}])"
_END = rf"(?![{_L}])"

MINUTE_UNITS: dict[str, list[str]] = {
    "en": [r"mins?", r"minutes?"],
    "fr": [r"minutes?", r"mn"],
    "de": [r"minuten?", r"min\."],
    "nl": [r"minuten", r"minuutjes?", r"minuut"],
    "es": [r"minutos?", r"minutitos?"],
    "pt": [r"minutos?", r"minutinhos?"],
    "it": [r"minuti", r"minuto", r"minutini"],
    "id": [r"menit", r"mnt"],
    "ru": [r"минут[уы]?", r"минуток", r"мин"],
    "tr": [r"dakika", r"dk", r"dakkika"],
    "hi": [r"मिनट"],
    "hi_Latn": [r"minute?s?", r"mint"],
    "ar": [r"دقيقة", r"دقيقه", r"دقايق", r"دقائق"],
}
HOUR_UNITS: dict[str, list[str]] = {
    "en": [r"hrs?", r"hours?"],
    "fr": [r"heures?"],
    "de": [r"stunden?", r"std\.?"],
    "nl": [r"uurtjes?"],
    "es": [r"horas?", r"horitas?"],
    "pt": [r"horas?", r"horinhas?"],
    "it": [r"ore", r"ora", r"oretta"],
    "id": [r"jam"],
    "ru": [r"час(?:а|ов)?", r"часик(?:а|ов)?"],
    "tr": [r"saat"],
    "hi": [r"घंटे", r"घंटा", r"घण्टे"],
    "hi_Latn": [r"ghante", r"ghanta", r"ghanton"],
    "ar": [r"ساعة", r"ساعه", r"ساعات"],
}
# "a", "ein", "ek", "bir": one; "half", "yarım", "آدھا": a half.
ONE = [
    r"an?", r"one", r"une?", r"ein(?:e|er|en)?", r"'?ne[rn]?", r"een", r"'?n", r"uno?", r"una",
    r"um", r"uma", r"satu", r"se", r"bir", r"один", r"одну", r"ek", r"एक", r"واحد(?:ة)?",
]  # fmt: skip
HALF = [
    r"half(?:\s+an?)?", r"demi", r"halb(?:e[ns]?)?", r"halve", r"half", r"media", r"meia",
    r"mezz[’']?", r"mezza", r"setengah", r"yarım", r"пол", r"आधा", r"आधे", r"aadha", r"adha",
    r"aadhe",
    r"نص", r"نصف",
]  # fmt: skip
# A span said as one word: "kwartiertje", "quart d'heure", "полчаса", "ربع ساعة".
NAMED: dict[str, int] = {
    r"(?:een\s+|'?n\s+)?kwartiertje": 15,
    r"(?:een\s+|'?n\s+)?kwartier": 15,
    r"(?:un\s+)?quart\s+d'heure": 15,
    r"(?:un\s+)?cuarto\s+de\s+hora": 15,
    r"(?:um\s+)?quarto\s+de\s+hora": 15,
    r"(?:un\s+)?quarto\s+d'ora": 15,
    r"(?:eine\s+)?viertelstunde": 15,
    r"(?:ein\s+)?halbes\s+st[uü]ndchen": 30,
    r"четверть\s+часа": 15,
    r"çeyrek\s+saat": 15,
    r"seperempat\s+jam": 15,
    r"ربع\s+ساعة": 15,
    r"(?:an?\s+)?quarter(?:\s+of)?(?:\s+an)?[\s-]+hour": 15,
    r"(?:an?\s+|one\s+)?(?:hour|hr)\s+and\s+a\s+half": 90,
    r"(?:one|1)\s+and\s+a\s+half\s+(?:hours?|hrs?)": 90,
    r"(?:an?\s+)?half[\s-]+hour": 30,
    r"(?:eine\s+)?(?:anderthalb|eineinhalb)\s+stunden?": 90,
    r"(?:uma\s+)?hora\s+e\s+meia": 90,
    r"(?:una\s+)?hora\s+y\s+media": 90,
    r"(?:une\s+)?heure\s+et\s+demie": 90,
    r"(?:un['’]\s*)?ora\s+e\s+mezz[ao]": 90,
    r"anderhalf\s+uur": 90,
    r"полтора\s+часа": 90,
    r"bir\s+buçuk\s+saat": 90,
    r"satu\s+setengah\s+jam": 90,
    r"(?:dedh|derh|डेढ़)\s+(?:ghanta|ghante|घंटा|घंटे)": 90,
    r"ساعة\s+ونص": 90,
    r"полчаса": 30,
    r"полчасика": 30,
    r"(?:un\s+)?(?:'?n\s+)?uurtje": 60,
    r"(?:ein\s+)?stündchen": 60,
    r"часик": 60,
    r"часок": 60,
    r"ساعتين": 120,
    r"دقيقتين": 2,
}

# "décale d'1h", "sposta di 2h", "verschieb um 1h", "adia 1h": hours a shift is by, where a bare
# "1h" would be one o'clock.
_SHIFT_VERBS = (
    r"d[ée]cal\w*|recul\w*|repouss\w*|retard\w*|pousse\w*|sposta\w*|rimanda\w*|posticipa\w*"
    r"|verschieb\w*|schieb\w*|adi[ae]\w*|atras[ae]\w*|empurr\w*|retras[ae]\w*|recorr[ea]\w*"
    r"|pospon\w*|push\w*|bump\w*|delay\w*"
)
_SHIFT_HOURS = re.compile(
    rf"{_START}(?:{_SHIFT_VERBS})(?:[\s-]+[{_L}]{{1,8}}){{0,3}}?\s+(?P<by>(?:de|di|um|em|by)\s+|d['’]\s*)?"
    rf"(?P<n>\d{{1,2}})\s*h{_END}",
    re.I,
)
# "later, 1h", "gimme 30m", "snooze 2h", "in 1h": an English ask to wait, then a short unit.
_WAIT_SHORT = re.compile(
    rf"{_START}(?:later|snooze|gimme|give\s+me|another|again\s+in|in)[\s,:.-]*"
    rf"(?P<n>\d{{1,3}})\s*(?P<u>h|m){_END}",
    re.I,
)
# "à 2 heures", "às 14 horas": a clock time, not two hours from now.
_CLOCK_BEFORE = re.compile(
    r"(?:^|\s)(?:à|a|au|às|as|ás|vers|om|um|auf|alle|at|to|till|las|los|até|ate|hasta)\s*$", re.I
)
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩०१२३४५६७८९", "01234567890123456789")


def _alt(forms: list[str]) -> str:
    return "|".join(sorted(set(forms), key=len, reverse=True))


_MIN = _alt([u for units in MINUTE_UNITS.values() for u in units])
_HOUR = _alt([u for units in HOUR_UNITS.values() for u in units])
_MORE = r"(?:(?:more|mehr|m[aá]s|mais|lagi|ещ[её]|daha|aur|كمان)\s+)?"
_AMOUNT = re.compile(
    rf"{_START}(?:(?P<n>\d{{1,3}})|(?P<one>{_alt(ONE)})|(?P<half>{_alt(HALF)}))\s*{_MORE}"
    rf"(?:(?P<min>{_MIN})|(?P<hour>{_HOUR})){_END}",
    re.I,
)
# "минут 20", "минут через 20", "dakika 20": minutes said before their number, colloquially.
_UNIT_FIRST = re.compile(
    rf"{_START}(?:{_MIN})\s+(?:(?:через|in|sonra|baad|بعد)\s+)?(?P<n>\d{{1,3}}){_END}", re.I
)
_NAMED = re.compile(rf"{_START}(?:{_alt(list(NAMED))}){_END}", re.I)
_NAMED_FORMS = [(re.compile(rf"^(?:{form})$", re.I), minutes) for form, minutes in NAMED.items()]


def read_amount(text: str) -> tuple[timedelta, tuple[int, int]] | None:
    """The first amount of time said in `text` and where it is, if any."""
    plain = text.translate(_DIGITS)
    m = next(
        (a for a in _AMOUNT.finditer(plain) if not _CLOCK_BEFORE.search(plain[: a.start()])), None
    )
    shift = _SHIFT_HOURS.search(plain)
    if shift is not None and not shift["by"] and _CLOCK_BEFORE.search(plain[: shift.start("n")]):
        shift = None  # "décale à 16h", "verschieb auf 14h": a clock time
    if shift is not None and (m is None or shift.start("n") < m.start()):
        return timedelta(hours=int(shift["n"])), (
            shift.start("by" if shift["by"] else "n"),
            shift.end(),
        )
    wait = _WAIT_SHORT.search(plain)
    if wait is not None and (m is None or wait.start("n") < m.start()) and int(wait["n"]) > 0:
        unit = timedelta(hours=1) if wait["u"].casefold() == "h" else timedelta(minutes=1)
        return int(wait["n"]) * unit, (wait.start("n"), wait.end())
    first = _UNIT_FIRST.search(plain)
    if first is not None and (m is None or first.start() < m.start()):
        m = first
    named = _NAMED.search(plain)
    if named is not None and (m is None or named.start() <= m.start()):
        said = named.group()
        minutes = next((n for form, n in _NAMED_FORMS if form.match(said)), 0)
        return timedelta(minutes=minutes), named.span()
    if m is None:
        return None
    parts = m.groupdict()
    count = 0.5 if parts.get("half") else 1.0 if parts.get("one") else float(m["n"])
    unit = timedelta(hours=1) if parts.get("hour") else timedelta(minutes=1)
    if count <= 0:
        return None
    return count * unit, m.span()
