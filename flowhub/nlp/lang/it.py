"""Italian time words and phrases."""

from __future__ import annotations

from collections.abc import Mapping

from flowhub.nlp.lang._schema import Language
from flowhub.nlp.lang._schema import english_ordinal as _ordinal

# fmt: off
_ONES = {"uno": 1, "una": 1, "un": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6,
         "sette": 7, "otto": 8, "nove": 9}
_NUMBERS = {"zero": 0, "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14,
            "quindici": 15, "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19,
            "venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, **_ONES}
for _tens, _value in (("venti", 20), ("trenta", 30), ("quaranta", 40), ("cinquanta", 50)):
    for _one, _n in _ONES.items():
        if _one not in ("una", "un"):
            _stem = _tens[:-1] if _one in ("uno", "otto") else _tens
            _NUMBERS[_stem + _one] = _value + _n
_NUMBERS["ventitre"] = 23
_ORDINALS = {"primo": 1, "prima": 1, "secondo": 2, "seconda": 2, "terzo": 3, "terza": 3,
             "quarto": 4, "quarta": 4, "quinto": 5, "quinta": 5, "sesto": 6, "settimo": 7,
             "ottavo": 8, "nono": 9, "decimo": 10}
_UNITS = {"secondo": "second", "secondi": "second", "sec": "second", "minuto": "minute",
          "minuti": "minute", "min": "minute", "ora": "hour", "ore": "hour", "h": "hour",
          "giorno": "day", "giorni": "day", "gg": "day",
          "settimana": "week", "settimane": "week", "mese": "month", "mesi": "month",
          "anno": "year", "anni": "year", "trimestre": "quarter", "trimestri": "quarter",
          "weekend": "weekend", "week-end": "weekend", "fine settimana": "weekend",
          "finesettimana": "weekend"}
_MONTHS = {"gennaio": 1, "genn": 1, "gen": 1, "febbraio": 2, "febb": 2, "feb": 2, "marzo": 3,
           "aprile": 4, "apr": 4, "maggio": 5, "magg": 5, "giugno": 6, "giu": 6, "luglio": 7,
           "lug": 7, "agosto": 8, "ago": 8, "settembre": 9, "sett": 9, "set": 9, "ottobre": 10,
           "ott": 10, "novembre": 11, "nov": 11, "dicembre": 12, "dic": 12}
_WEEKDAYS = {"lunedi": 0, "martedi": 1, "mercoledi": 2, "giovedi": 3, "venerdi": 4,
             "sabato": 5, "sabati": 5, "domenica": 6, "domeniche": 6}
_WEEKDAYS |= {f"{w}'": d for w, d in _WEEKDAYS.items() if w.endswith("i")}  # "lunedi'" for lunedì
_WORDS = {
    # days
    "oggi": "today", "in giornata": "today", "domani": "tomorrow",
    "dopodomani": "the day after tomorrow",
    "dopo domani": "the day after tomorrow", "il giorno dopo domani": "the day after tomorrow",
    "ieri": "yesterday", "l'altro ieri": "the day before yesterday",
    "l'altroieri": "the day before yesterday", "altroieri": "the day before yesterday",
    "altro ieri": "the day before yesterday", "ieri l'altro": "the day before yesterday",
    "avantieri": "the day before yesterday",
    # parts of day
    "mattina": "morning", "mattino": "morning", "mattinata": "morning", "pomeriggio": "afternoon",
    "sera": "evening", "serata": "evening", "di domani": "tomorrow", "di oggi": "today",
    "al piu tardi": "by", "tardo pomeriggio": "late afternoon",
    "nel tardo pomeriggio": "late afternoon", "primo pomeriggio": "early afternoon",
    "nel primo pomeriggio": "early afternoon", "in tarda mattinata": "late morning",
    "tarda mattinata": "late morning", "in prima mattinata": "early morning",
    "prima mattinata": "early morning", "in tarda serata": "late evening",
    "tarda serata": "late evening", "di prima mattina": "early morning",
    "la settimana del": "the week of", "settimana del": "the week of",
    "in settimana": "this week", "notte": "night", "nottata": "night",
    "mezzogiorno": "noon", "mezzanotte": "midnight", "pranzo": "lunch", "a pranzo": "at lunch",
    "stamattina": "this morning", "stamani": "this morning", "stamane": "this morning",
    "questa mattina": "this morning", "questa mattinata": "this morning",
    "questo mattino": "this morning", "in mattinata": "in the morning",
    "nella mattinata": "in the morning", "nella mattina": "in the morning",
    "al mattino": "in the morning", "la mattina": "in the morning",
    "di mattina": "in the morning", "oggi pomeriggio": "this afternoon",
    "questo pomeriggio": "this afternoon", "nel pomeriggio": "this afternoon",
    "di pomeriggio": "in the afternoon", "stasera": "this evening", "questa sera": "this evening",
    "sta sera": "this evening", "in serata": "this evening", "nella serata": "this evening",
    "verso sera": "this evening", "la sera": "in the evening", "alla sera": "this evening",
    "la serata": "this evening", "nella sera": "this evening", "di sera": "in the evening",
    "adesso": "now", "in questo momento": "at the moment", "immediatamente": "right now",
    "stanotte": "tonight", "questa notte": "tonight", "nella notte": "tonight",
    "in nottata": "tonight", "domattina": "tomorrow morning", "ieri sera": "yesterday evening",
    "domani in serata": "tomorrow evening", "nella serata di domani": "tomorrow evening",
    "fine mese": "end of the month", "a fine mese": "end of the month",
    "alla fine del mese": "end of the month", "la fine del mese": "end of the month",
    "fine del mese": "end of the month", "fine anno": "end of the year",
    "a fine anno": "end of the year", "la fine dell'anno": "end of the year",
    "fine dell'anno": "end of the year", "la fine della settimana": "end of the week",
    "fine della settimana": "end of the week", "alla fine della settimana": "end of the week",
    "in punto": "o'clock", "inizio mese": "beginning of the month",
    "a inizio mese": "beginning of the month", "inizio anno": "beginning of the year",
    # seasons and holidays
    "estate": "summer", "inverno": "winter", "primavera": "spring", "autunno": "autumn",
    "natale": "christmas", "vigilia di natale": "christmas eve", "capodanno": "new year's day",
    "primo dell'anno": "new year's day", "vigilia di capodanno": "new year's eve",
    "san silvestro": "new year's eve", "notte di san silvestro": "new year's eve at midnight",
    "epifania": "epiphany", "befana": "epiphany", "san valentino": "valentine's day",
    "festa degli innamorati": "valentine's day", "festa del papa": "march 19",
    "festa di san giuseppe": "march 19", "san giuseppe": "march 19", "pasqua": "easter",
    "pasquetta": "easter monday", "lunedi dell'angelo": "easter monday",
    "festa della liberazione": "april 25", "anniversario della liberazione": "april 25",
    "la liberazione": "april 25", "alla liberazione": "april 25",
    "festa del lavoro": "may 1", "festa dei lavoratori": "may 1",
    "giorno dei lavoratori": "may 1", "primo maggio": "may 1",
    "festa della mamma": "mother's day", "festa della repubblica": "june 2",
    "ferragosto": "august 15", "assunzione": "assumption day", "ognissanti": "all saints day",
    "festa dei santi": "all saints day",
    "il giorno dei santi": "all saints day", "giorno dei morti": "november 2",
    "commemorazione dei defunti": "november 2", "ai morti": "november 2",
    "immacolata concezione": "december 8", "immacolata": "december 8",
    "all'immacolata": "december 8", "santo stefano": "december 26",
    "idi di marzo": "march 15", "le idi di marzo": "march 15",
    # world and international days
    "giornata della lingua araba": "december 18",
    "giornata internazionale della lingua araba": "december 18",
    "giornata mondiale della lingua araba": "december 18",
    "giornata mondiale contro la discriminazione": "march 1",
    "giornata zero discriminazioni": "march 1",
    "giornata mondiale dei prematuri": "november 17",
    "giornata mondiale della prematurita": "november 17",
    "giornata dell'africa": "may 25", "giornata della liberazione africana": "may 25",
    "giornata dell'unita africana": "may 25",
    "giornata internazionale delle cooperative": "the first saturday of july",
    "giornata internazionale della cooperazione": "the first saturday of july",
    # recurrence
    "ogni giorno": "every day", "ogni mattina": "every morning",
    "tutte le mattine": "every morning", "ogni sera": "every evening",
    "tutte le sere": "every evening", "ogni settimana": "every week",
    "tutte le settimane": "every week", "ogni mese": "every month",
    "ogni anno": "every year", "tutti gli anni": "every year", "ogni": "every",
    "tutte le": "every", "quotidianamente": "every day",
    "nei giorni feriali": "every weekday", "dal lunedi al venerdi": "from monday to friday",
    # modifiers and prepositions
    "entro": "by", "fino a": "until", "fino al": "until the", "fino alle": "until",
    "fino alla": "until the", "dopo": "after", "verso": "at around", "circa": "around",
    "da domani": "from tomorrow", "da dopodomani": "from the day after tomorrow",
    "da oggi": "from today", "prossimo": "next", "prossima": "next", "scorso": "last",
    "scorsa": "last", "ultimo": "last", "ultima": "last",
}
# fmt: on


def _int(g: Mapping[str, str], key: str, default: int = 0) -> int:
    raw = g.get(key)
    return int(raw) if raw is not None and raw.isdigit() else default


# Groups arrive translated when the words table knows them ("di sera" -> "in the evening").
_EARLY = {"in the morning", "del mattino", "della mattina"}
_LATE = {"in the afternoon", "del pomeriggio", "in the evening", "della sera", "di stasera",
         "this evening", "della notte", "di notte"}  # fmt: skip
_NOON = {"noon": 12, "midnight": 0}
_MINUTES = {"e mezza": 30, "e mezzo": 30, "e un quarto": 15, "e quarto": 15,
            "e tre quarti": 45, "meno un quarto": -15, "meno quarto": -15}  # fmt: skip
_PREFIX = {
    "verso": "at around ",
    "circa": "at around ",
    "per": "by ",
    "entro": "by ",
    "dopo": "after ",
    "prima": "before ",
    "fino": "until ",
    "until": "until ",
    "dalle": "from ",
    "dall'": "from ",
}
_NIGHT = {"di notte", "della notte"}
_ALL = {"day": "every day", "month": "every month", "santi": "all saints day"}
_EDGE = {"fine": "end of", "inizio": "beginning of", "meta": "mid"}
_ABBREVIATED = {"lun": "monday", "mar": "tuesday", "mer": "wednesday", "gio": "thursday",
                "ven": "friday", "sab": "saturday", "dom": "sunday"}  # fmt: skip


def _clock_pattern(h: str, m: str, less: str, s: str = "", article: bool = True) -> str:
    """A clock time after its article ("alle 15:30", "all'una"), or before a part of day."""
    verb = r"(?:verso|per|entro|dopo|circa|fino)\s+"
    before = (
        rf"(?P<p{s}>(?:(?:{verb})?(?:alle|dalle)\s+|{verb}le\s+|prima\s+delle\s+)(?:ore\s+)?"
        rf"|(?:{verb})?(?:all'|dall')|{verb}l'|prima\s+dell'|a\s+(?=mezz)|ore\s+(?=\d))"
    )
    return (
        (before if article else "")
        + rf"(?:(?P<hw{s}>mezzogiorno|mezzanotte)|(?P<one{s}>una)|(?P<hd{s}>\d{{1,2}})|{{{h}}})"
        rf"(?:[:.](?P<mm{s}>[0-5]\d)|\s(?P<sp{s}>[0-5]\d)(?!\s*[:./])"
        rf"|\s+(?P<q{s}>\x65\s+(?:mezza|mezzo)|\x65\s+(?:un\s+)?quarto|\x65\s+tre\s+quarti|meno\s+(?:un\s+)?quarto)"
        rf"|\s+meno\s+{{{less}}}|\s+\x65\s+{{{m}}}(?:\s+minuti)?)?"
        rf"(?:\s+(?P<pod{s}>di\s+mattina|del\s+mattino|della\s+mattina|di\s+pomeriggio"
        r"|del\s+pomeriggio|di\s+sera|della\s+sera|di\s+stasera|stasera|di\s+notte"
        r"|della\s+notte))"
        + ("?" if article else "")
        + r"(?!\s*[/-]\s*\d|\s+(?:ore|minuti|giorni|settimane|mesi|anni|persone|volte|euro)\b)"
    )


def _clock(g: Mapping[str, str], h: str, m: str, less: str, s: str = "", full: bool = False) -> str:
    """The English time of a `_clock_pattern` match, with its preposition."""
    hw = g.get(f"hw{s}")
    hour = _NOON[hw] if hw else 1 if f"one{s}" in g else _int(g, f"hd{s}", _int(g, h))
    q = " ".join(g.get(f"q{s}", "").split())
    if q:
        minute = _MINUTES.get(q, 0)
    elif less in g:
        minute = -_int(g, less)
    else:
        minute = _int(g, f"mm{s}") or _int(g, f"sp{s}") or _int(g, m)
    if minute < 0:
        # "l'una meno un quarto" is a quarter to one in the day, said as 12:45 not 0:45
        hour, minute = (hour - 1) % 24 or (12 if hour == 1 else 0), 60 + minute
    pod = " ".join(g.get(f"pod{s}", "").split())
    suffix = ""
    if pod in _EARLY or (pod in _NIGHT and hour < 6):
        suffix = "am"
    elif pod and hour < 12:
        hour += 12
    if minute or suffix or hour > 12 or full:
        return f"{hour}:{minute:02}{suffix}"
    return hw or str(hour)


def _prefix(g: Mapping[str, str], s: str = "") -> str:
    return _PREFIX.get((g.get(f"p{s}") or "a").split()[0], "at ")


def _at_clock(g: Mapping[str, str]) -> str:
    return _prefix(g) + _clock(g, "n", "n2", "n3")


def _clock_only(g: Mapping[str, str]) -> str:
    return _clock(g, "n", "n2", "n3")


def _clock_range(g: Mapping[str, str]) -> str:
    start, end = _clock(g, "n", "n2", "n3", full=True), _clock(g, "n4", "n5", "n6", "1", True)
    return f"from {start} to {end}"


def _day_range(g: Mapping[str, str]) -> str:
    month = f" of {g['month']}" if "month" in g else ""
    return f"from the {_ordinal(_int(g, 'day'))} to the {_ordinal(_int(g, 'day2'))}{month}"


def _the_day(g: Mapping[str, str]) -> str:
    pre = {"dal": "from ", "entro": "by ", "al": "until ", "fino": "until ", "until": "until "}
    return f"{pre.get(g['p'].split()[0], '')}the {_ordinal(_int(g, 'dd', 1))}"


def _wd_day(g: Mapping[str, str]) -> str:
    return f"{g.get('wd') or _ABBREVIATED[g['ab']]} the {_ordinal(_int(g, 'day'))}"


def _nth(g: Mapping[str, str]) -> str:
    o = g["o"]
    if o[-2:] not in ("st", "nd", "rd", "th") and o != "last":
        o = _ordinal(int(o.rstrip("°º")))
    every = " of every month" if g.get("every") else ""
    return f"the {o} {g.get('wd') or g['unit']}{every}"


def _in_and_half(g: Mapping[str, str]) -> str:
    return f"in {_int(g, 'n', 1) * 60 + 30} minutes"


def _every_n(g: Mapping[str, str]) -> str:
    return f"every {g['n']} {g.get('wd') or g['unit']}s"


def _of(g: Mapping[str, str]) -> str:
    return "of " if g.get("of", "nel").rstrip("'") not in ("nel", "nella", "nello", "nell") else ""


_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")  # fmt: skip


def _dotted_date(g: Mapping[str, str]) -> str | None:
    day, month = _int(g, "dd"), _int(g, "mo")
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    year = f" {g['yy']}" if g.get("yy") else ""
    return f"{_MONTH_NAMES[month - 1]} {day}{year}"


def _in_a_couple(g: Mapping[str, str]) -> str:
    return f"in 2 {'hour' if g.get('h') else g['unit']}s"


def _hours_on_day(g: Mapping[str, str]) -> str | None:
    start, end = _int(g, "ha"), _int(g, "hb")
    return f"{g['wd']} from {start} to {end}" if start < end <= 24 else None


# A part of day said with its clock time ("stanotte alle 3") is read with that time.
_NO_CLOCK = r"(?!\s+(?:alle|all'|dalle|verso|prima|dopo|entro|fino|a\s+mezz|ore\s+\d|\d))"
_ORD = r"\d{1,2}[°º]|primo|prima|secondo|seconda|terzo|terza|quarto|quarta|quinto|ultimo|ultima"
_NOT_A_DATE = r"(?!\s*(?:[%€$.,:/-]?\d|anni|euro|persone|volte|min|ore))"
_NOT_RELATIVE = (
    r"(?!\s+(?:prossimo|prossima|scorso|scorsa|passato|passata|successivo|successiva|di\s|d'))"
)
_OF = r"(?:(?P<of>del|della|dello|dell'|di|nel|nella|nello|nell')\s*)?"
# "i" and "e" are written as escapes: a bare letter in a phrase would make every English
# message holding "i" look Italian, and the engine tries a language only on its words.
_ARTICLE = r"(?:il\s+|la\s+|lo\s+|l'|\x69\s+|gli\s+|le\s+)?"
_LAST = (
    r"(?:ultimo|ultima|ultimi|ultime|scorso|scorsa|scorsi|scorse|passato|passata|passati|passate)"
)
_NEXT = (
    r"(?:(?:prossimo|prossima|prossimi|prossime)|(?:successivo|successiva|successivi|successive))"
)
# fmt: off
_AMBIGUOUS = frozenset({
    *_NUMBERS, *_ORDINALS, "secondo", "secondi", "sec", "min", "ora", "ore", "h", "gg",
    "weekend", "week-end", "estate", "ogni", "tutte le", "circa", "ultimo",
    "ultima", "prossimo", "prossima", "scorso", "scorsa", "assunzione", "set", "pranzo",
})
# fmt: on

LANGUAGE = Language(
    code="it",
    months=_MONTHS,
    weekdays=_WEEKDAYS,
    units=_UNITS,
    numbers=_NUMBERS,
    ordinals=_ORDINALS,
    words=_WORDS,
    ambiguous=_AMBIGUOUS,
    phrases=(
        (r"(?:le\s+)?idi\s+di\s+marzo", "march 15"),
        (
            r"a\s+(?:partire|cominciare)\s+da(?:l|lla|ll')?(?=\s*(?:{wd}|domani|oggi|questo|prossimo|\d))",
            "starting",
        ),
        # A holiday's short name alone: "la vigilia" is Christmas Eve unless it is the eve of
        # something named after it; "repubblica" and "assunzione" only as the whole message.
        (r"(?:(?:la|alla)\s+)?vigilia(?!\s+d)", "christmas eve"),
        (r"^\s*(?:(?:la|alla)\s+)?repubblica\s*$", "june 2"),
        (r"^\s*(?:l'|all')?assunzione\s*$", "august 15"),
        # "la notte" is the small hours after midnight, not the evening ("sera").
        (
            r"(?:stanotte|questa\s+notte|nella\s+notte|in\s+nottata)" + _NO_CLOCK,
            "midnight",
        ),
        (
            r"(?:(?P<d>domani|dopodomani|oggi)|{wd})\s+(?:notte|in\s+nottata|nella\s+notte)"
            + _NO_CLOCK,
            lambda g: f"{g.get('d') or g['wd']} at midnight",
        ),
        (
            r"nella\s+(?:notte|nottata)\s+(?:di|del|tra)\s+(?:(?P<d>domani|dopodomani|oggi)|{wd})"
            + _NO_CLOCK,
            lambda g: f"{g.get('d') or g['wd']} at midnight",
        ),
        # "natale del 2019", "il 5 maggio del 2019": the year of the date before it.
        (r"(?<=[a-z] )(?:del|nel)\s+(?P<y>(?:19|20)\d\d)(?![\d.:/])", "{y}"),
        (
            r"(?:stanotte|questa\s+notte|nella\s+notte)\s+(?:alle|verso\s+le)\s+(?P<hd>[1-5])"
            r"(?![\d.:])",
            "at {hd}am",
        ),
        (r"^\s*(?:ora|subito)\s*$", "now"),
        (
            r"(?:(?:la|il)\s+)?(?P<pod>mattino|mattina|mattinata|pomeriggio|sera|serata)\s+di"
            r"(?=\s+(?:\d|natale|pasqua|pasquetta|capodanno|ferragosto|san\s))",
            "{pod} of",
        ),
        (r"(?:tra|fra|in)\s+(?:qualche|pochi|poche|alcuni|alcune)\s+{unit}", "in a few {unit}s"),
        # "il 12.03": a day and month after the article, not a clock time.
        (
            r"(?:il|l')\s*(?P<dd>[0-3]?\d)\.(?P<mo>[01]?\d)(?:\.(?P<yy>(?:19|20)\d\d))?(?![\d.:])",
            _dotted_date,
        ),
        (
            r"l'una\s+(?P<q>\x65\s+(?:mezza|mezzo)|\x65\s+(?:un\s+)?quarto"
            r"|\x65\s+tre\s+quarti|meno\s+(?:un\s+)?quarto)",
            lambda g: _clock({**g, "one": "una"}, "n", "n2", "n3"),
        ),
        # A weekday abbreviation alone ("gio", "mer.") is that day.
        (
            r"^\s*(?P<ab>lun|mer|gio|ven|sab|dom)\.?\s*$",
            lambda g: _ABBREVIATED[g["ab"]],
        ),
        (r"{wd}\s+(?:di|della)\s+questa\s+settimana", "{wd} this week"),
        (r"(?:(?:\x69|nei)\s+)?prossimi\s+giorni", "the next few days"),
        (
            r"(?:l')?(?:ultimo|scorso)\s+(?:weekend|week-end|fine\s+settimana|finesettimana)"
            r"(?!\s+d)",
            "last weekend",
        ),
        # "giovedì entro mezzogiorno": the day goes with the deadline's time.
        (
            r"(?P<d>{wd}|domani|dopodomani|oggi)\s+entro\s+(?:(?P<hw>mezzogiorno|mezzanotte)"
            r"|(?:le\s+)?(?P<hd>\d{1,2}(?:[:.][0-5]\d)?)(?![\d.:/]))",
            lambda g: f"by {g.get('hw') or g['hd'].replace('.', ':')} on {g['d']}",
        ),
        # "9 - 11 giovedì": hours before a weekday.
        (r"(?P<ha>\d{1,2})\s*-\s*(?P<hb>\d{1,2})\s+(?:di\s+)?{wd}", _hours_on_day),
        # "un quarto a mezzogiorno", "un quarto alle 5": a quarter before the hour.
        (
            r"(?:manca\s+)?un\s+quarto\s+(?:a\s+(?P<hw>mezzogiorno|mezzanotte)|all'(?P<one>una)"
            r"|alle\s+(?P<hd>\d{1,2}|{n}))(?![\d.:])",
            lambda g: f"quarter to {g.get('hw') or ('1' if g.get('one') else g['hd'] or g['n'])}",
        ),
        (
            r"da\s+(?P<x>domani|oggi|dopodomani|{wd})\s+a\s+{wd2}",
            lambda g: f"from {g.get('wd') or g['x']} to {g['wd2']}",
        ),
        # offsets
        (r"(?:tra|fra|in)\s+mezz'ora", "in half an hour"),
        (r"(?:tra|fra|in)\s+(?:un|1)\s+quarto\s+d'ora", "in a quarter of an hour"),
        (r"(?:tra|fra|in)\s+(?:tre|3)\s+quarti\s+d'ora", "in 45 minutes"),
        (r"(?:tra|fra|in)\s+(?:un'|{n}\s+)(?:ora|ore)\s+\x65\s+(?:mezza|mezzo)", _in_and_half),
        (r"(?:tra|fra|in)\s+un'ora", "in 1 hour"),
        (r"(?:tra|fra|in)\s+un\s+paio\s+(?:di\s+|d')(?:{unit}|(?P<h>ore))", _in_a_couple),
        (
            r"un\s+paio\s+(?:di\s+|d')(?:{unit}|(?P<h>ore))\s+fa",
            lambda g: f"2 {'hour' if g.get('h') else g['unit']}s ago",
        ),
        (r"(?:tra|fra|in)\s+{n}\s*{unit}", "in {n} {unit}"),
        (
            r"(?:un'|{n}\s*)(?:(?P<h>(?:ora|ore))|{unit})\s+fa",
            lambda g: f"{g.get('n', '1')} {'hour' if g.get('h') else g['unit']} ago",
        ),
        (r"{n}\s+{unit}\s+dopo", "{n} {unit} later"),
        (  # "il mese dopo natale": the month after it (not "il giorno dopo domani")
            r"(?:il|la|l')\s*{unit}\s+(?:(?P<after>dopo)|prima\s+d[i'])(?=\s*\w)(?!\s*domani)",
            lambda g: f"the {g['unit']} {'after' if g.get('after') else 'before'}",
        ),
        (
            r"(?:(?:\x69|gli|le|nei|negli|nelle)\s+)?" + _LAST + r"\s+{n}\s+{unit}",
            "last {n} {unit}",
        ),
        (
            r"(?:(?:\x69|gli|le|nei|negli|nelle)\s+)?{n}\s+(?:"
            + _LAST
            + r"\s+{unit}|{unit2}\s+"
            + _LAST
            + ")",
            lambda g: f"last {g['n']} {g.get('unit') or g['unit2']}",
        ),
        (
            r"(?:(?:\x69|gli|le|nei|negli|nelle)\s+)?" + _NEXT + r"\s+{n}\s+{unit}",
            "next {n} {unit}",
        ),
        (
            r"(?:(?:\x69|gli|le|nei|negli|nelle)\s+)?{n}\s+(?:"
            + _NEXT
            + r"\s+{unit}|{unit2}\s+"
            + _NEXT
            + ")",
            lambda g: f"next {g['n']} {g.get('unit') or g['unit2']}",
        ),
        (r"(?:nell'|l')ultima\s+ora", "the last hour"),
        (r"ogni!\s+{n}\s+(?:{wd}|{unit})", lambda g: "every! " + _every_n(g)[len("every ") :]),
        (r"ogni\s+{n}\s+(?:{wd}|{unit})", _every_n),
        # clock times
        (
            r"(?:dalle|tra\s+le)\s+(?:(?P<hw>mezzogiorno|mezzanotte)|(?P<hd>\d{1,2})|{n})"
            r"(?:[:.](?P<mm>[0-5]\d))?\s+(?:alle|\x65\s+le|all'|\x65\s+l'|a)\s*"
            r"(?:(?P<one1>una)|(?P<hw1>mezzogiorno|mezzanotte)|(?P<hd1>\d{1,2})|{n4})"
            r"(?:[:.](?P<mm1>[0-5]\d))?",
            _clock_range,
        ),
        (r"dalla\s+mezzanotte\s+alle\s+{n4}", lambda g: f"from midnight to {g['n4']}"),
        (_clock_pattern("n", "n2", "n3"), _at_clock),
        (_clock_pattern("n", "n2", "n3", article=False), _clock_only),
        (
            r"(?:a\s+)?(?P<hw>mezzogiorno|mezzanotte)\s+(?P<q>meno\s+un\s+quarto|\x65\s+(?:mezza|mezzo)"
            r"|\x65\s+un\s+quarto)",
            _at_clock,
        ),
        # days and dates
        (r"dal\s+lunedi\s+al\s+venerdi(?=\s+(?:alle|dalle|verso)\s)", "every weekday"),
        (
            r"(?:(?:dal|tra\s+il|tra)\s+)?(?:{wd}\s+)?{day}\s+(?:al|\x65\s+il|\x65)\s+(?:{wd2}\s+)?{day2}"
            r"(?:\s+(?:di\s+)?{month})",
            _day_range,
        ),
        (r"(?:dal|tra\s+il)\s+{day}\s+(?:al|\x65\s+il)\s+{day2}", _day_range),
        (r"{day}\s*-\s*{day2}\s+{month}", _day_range),
        (
            r"(?:il\s+)?(?:1|primo)\s+(?:del|di\s+ogni)\s+mese" + _NOT_RELATIVE,
            "the 1st of every month",
        ),
        (r"(?:il\s+)?{day}\s+(?:di\s+ogni|del)\s+mese" + _NOT_RELATIVE, "the {day} of every month"),
        (r"ogni\s+mese\s+il\s+{day}", lambda g: f"every month on the {_ordinal(_int(g, 'day'))}"),
        (
            r"(?:il\s+|la\s+|l')?(?P<o>" + _ORD + r")\s+(?:{wd}|{unit})"
            r"(?:\s+(?P<every>del\s+mese|di\s+ogni\s+mese)" + _NOT_RELATIVE + ")?",
            _nth,
        ),
        (r"(?:il\s+|l')?{day}[°º]?\s+(?:di\s+)?{month}", "{month} {day}"),
        (
            r"(?:{wd}|(?P<ab>lun|mar|mer|gio|ven|sab|dom)\.?)\s+(?:il\s+)?{day}" + _NOT_A_DATE,
            _wd_day,
        ),
        (
            r"(?P<p>il|dal|al|entro\s+il|fino\s+al|l')\s*(?:(?P<dd>\d{1,2})|(?P<first>primo))"
            + _NOT_A_DATE,
            _the_day,
        ),
        (r"(?:di|del|dell'|nel)\s*(?:mese\s+di\s+)?{month}", "of {month}"),
        (r"(?:a\s+)?(?P<x>fine|inizio|meta)\s+{month}", lambda g: f"{_EDGE[g['x']]} {g['month']}"),
        # weekdays and periods
        (
            r"(?:il\s+)?(?:{wd}\s+(?:prossimo|prox)|(?:prossimo|prox)\s+{wd2})",
            lambda g: f"next {g.get('wd') or g['wd2']}",
        ),
        (
            r"(?:il\s+)?(?:{wd}\s+(?:scorso|passato)|(?:scorso|passato)\s+{wd2})",
            lambda g: f"last {g.get('wd') or g['wd2']}",
        ),
        (
            r"(?:il|ogni|tutti\s+\x69)\s+{wd}\s+\x65\s+(?:il\s+)?{wd2}",
            "every {wd} and {wd2}",
        ),
        (r"(?:questo|questa)\s+{wd}", "this {wd}"),
        (r"(?:ogni|tutti\s+\x69|tutte\s+le)\s+{wd}", "every {wd}"),
        (
            r"(?:(?:tutti\s+\x69|ogni|nei)\s+giorni\s+(?:feriali|lavorativi)"
            r"|ogni\s+giorno\s+(?:feriale|lavorativo))",
            "every weekday",
        ),
        (r"tutti\s+\x69\s+(?P<u>giorni|mesi|santi)", lambda g: _ALL[g["u"]]),
        (r"prima\s+di\s+(?P<x>domani|dopodomani|oggi|stasera|stanotte)", "before {x}"),
        (r"prima\s+(?:di|del|della|dell')(?=\s)", "before"),
        (r"(?:il|di|la)\s+{wd}", "on {wd}"),
        (
            r"(?P<ab>lun|mar|mer|gio|ven|sab|dom)\.?(?=\s+(?:alle\s|dalle\s|\d{1,2}[:.]\d))",
            lambda g: _ABBREVIATED[g["ab"]],
        ),
        (r"(?:a\s+)?{month}\s+prossimo", "next {month}"),
        (
            _OF
            + _ARTICLE
            + r"{unit}\s+(?:(?:prossimo|prossima)|(?:successivo|successiva)|che\s+viene|prox)",
            lambda g: f"{_of(g)}next {g['unit']}",
        ),
        (
            _OF + _ARTICLE + r"{unit}\s+(?:(?:scorso|scorsa)|(?:passato|passata))",
            lambda g: f"{_of(g)}last {g['unit']}",
        ),
        (
            _OF + _ARTICLE + r"(?:(?:prossimo|prossima)|prox)\s+{unit}",
            lambda g: f"{_of(g)}next {g['unit']}",
        ),
        (_OF + _ARTICLE + r"(?:(?:scorso|scorsa))\s+{unit}", lambda g: f"{_of(g)}last {g['unit']}"),
        (r"(?:(?:questo|questa)\s+|quest')\s*{unit}", "this {unit}"),
        (r"(?:(?:questo|questa)\s+|quest'|in\s+)(?P<season>estate)", "this summer"),
        (
            r"(?:il\s+|l')?(?:(?:prossimo|prossima)\s+(?P<s>estate|inverno|primavera|autunno)"
            r"|(?P<s2>estate|inverno|primavera|autunno)\s+(?:prossimo|prossima))",
            lambda g: f"next {g.get('s') or g['s2']}",
        ),
        (
            r"(?:(?:questo|questa)\s+|quest'|in\s+)(?P<season>inverno|primavera|autunno)",
            lambda g: f"this {g['season']}",
        ),
    ),
    not_before=(r"non", r"invece\s+d[ie']", r"anzich[eé]"),
    not_after=(),
)
