"""Spanish time words and phrases."""

from __future__ import annotations

from collections.abc import Mapping

from flowhub.nlp.lang._schema import Language
from flowhub.nlp.lang._schema import english_ordinal as _ordinal

# fmt: off
_MONTHS = {"enero": 1, "ene": 1, "febrero": 2, "feb": 2, "marzo": 3, "abril": 4, "abr": 4,
           "mayo": 5, "junio": 6, "julio": 7, "agosto": 8, "ago": 8, "septiembre": 9,
           "setiembre": 9, "sept": 9, "octubre": 10, "oct": 10, "noviembre": 11, "nov": 11,
           "diciembre": 12, "dic": 12}
_WEEKDAYS = {"lunes": 0, "lun": 0, "martes": 1, "miercoles": 2, "mie": 2, "mier": 2, "jueves": 3,
             "jue": 3, "viernes": 4, "vie": 4, "sabado": 5, "sabados": 5, "sab": 5, "domingo": 6,
             "domingos": 6, "dom": 6}
_UNITS = {"h": "hour", "hs": "hour", "segundo": "second", "segundos": "second", "seg": "second",
          "segs": "second", "minuto": "minute", "minutos": "minute", "min": "minute",
          "mins": "minute",
          "hora": "hour", "horas": "hour", "horita": "hour", "horitas": "hour",
          "minutito": "minute", "minutitos": "minute", "hr": "hour", "hrs": "hour", "dia": "day",
          "dias": "day", "semana": "week", "semanas": "week", "mes": "month", "meses": "month",
          "ano": "year", "anos": "year", "trimestre": "quarter", "trimestres": "quarter"}
_ONES = {"uno": 1, "una": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
         "siete": 7, "ocho": 8, "nueve": 9}
_NUMBERS = {"cero": 0, **_ONES, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14,
            "quince": 15, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19,
            "veinte": 20, "veintiuno": 21, "veintiuna": 21, "veintiun": 21, "veintidos": 22,
            "veintitres": 23, "veinticuatro": 24, "veinticinco": 25, "veintiseis": 26,
            "veintisiete": 27, "veintiocho": 28, "veintinueve": 29, "treinta": 30,
            "cuarenta": 40, "cincuenta": 50}
_ORDINALS = {"primero": 1, "primer": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercero": 3,
             "tercer": 3, "tercera": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5,
             "sexto": 6, "sexta": 6, "septimo": 7, "septima": 7, "octavo": 8, "octava": 8,
             "noveno": 9, "novena": 9, "decimo": 10, "decima": 10}
_WORDS = {"hoy": "today", "manana": "tomorrow", "mnn": "tomorrow", "ayer": "yesterday",
          "anteayer": "the day before yesterday", "antier": "the day before yesterday",
          "antes de ayer": "the day before yesterday", "pasado manana": "the day after tomorrow",
          "esta manana": "this morning", "esta tarde": "this afternoon",
          "esta noche": "this evening",
          "anoche": "last night", "manana temprano": "tomorrow morning", "mediodia": "noon",
          "medio dia": "noon", "medianoche": "midnight", "media noche": "midnight",
          "fin de semana": "weekend", "finde": "weekend", "cuanto antes": "asap",
          "lo antes posible": "asap", "lo mas pronto posible": "asap",
          # Mexican "right now" and "in a while": the task is for today.
          "ahorita": "today", "ahoritita": "today", "al rato": "today",
          "a primera hora": "in the morning", "al final del dia": "end of day",
          "a final del dia": "end of day", "al final de la jornada": "end of day",
          "un par de": "a couple of",
          "media hora": "half an hour", "diariamente": "daily", "semanalmente": "weekly",
          "mensualmente": "monthly", "anualmente": "yearly", "navidad": "christmas",
          "nochebuena": "christmas eve", "nochevieja": "new year's eve", "ano nuevo": "new year",
          "dia de reyes": "epiphany", "san valentin": "valentine's day",
          "viernes santo": "good friday", "jueves santo": "holy thursday", "pascua": "easter",
          "domingo de pascua": "easter", "dia de todos los santos": "all saints day",
          "todos los santos": "all saints day", "dia de muertos": "november 2",
          "dia del trabajo": "may 1", "dia del trabajador": "may 1",
          "dia de las bromas": "april fools", "dia de los inocentes": "december 28",
          "verano": "summer", "invierno": "winter", "primavera": "spring", "otono": "fall"}
# Words of the tables that are ordinary words too (or English, French ones), and words Portuguese
# spells alike: those are left to Portuguese, whose phrases ("domingo passado") need them whole.
_SHARED = {"abr", "abril", "agosto", "ano", "anos", "anualmente", "cinco", "decima", "decimo",
           "dia", "diariamente", "dias", "domingo", "domingos", "esta tarde", "hora", "horas",
           "mes", "meses", "minuto", "minutos", "sabado", "sabados", "segundos", "seis", "semana",
           "semanalmente", "semanas", "tres"}
_AMBIGUOUS = {*_SHARED, "un", "una", "uno", "dos", "once", "sexta", "segundo", "segunda", "cuarto",
              "cuarta", "quinta", "dom", "sab", "vie", "mie", "min", "mins", "seg", "segs", "h",
              "hs", "hr", "hrs", "primavera", "pascua", "trimestre", "trimestres"}
# The groups of a match arrive in English when they are a table word ("manana" -> "tomorrow").
_AM_PM = {"manana": "am", "tomorrow": "am", "madrugada": "am", "tarde": "pm", "noche": "pm",
          "mediodia": "pm", "noon": "pm"}
_PRE = {"a": "at", "al": "at", "para": "by", "hasta": "by", "desde": "from", "antes de": "by",
        "despues de": "from", "sobre": "around", "hacia": "around", "tipo": "around",
        "como a": "around", "a eso de": "around", "hasta el": "by", "para el": "by",
        "antes del": "by", "desde el": "from"}
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
# fmt: on
for _w, _e in {
    "mananas": "morning",
    "tardes": "afternoon",
    "noches": "night",
}.items():
    _WORDS.update({f"{_m} {_w}": f"every {_e}" for _m in ("todos los", "todas las", "cada")})
for _w, _e in {
    "manana": "in the morning",
    "tarde": "in the afternoon",
    "noche": "in the evening",  # "noche" starts at dusk
    "madrugada": "in the morning",
}.items():
    _WORDS.update({f"{_m} la {_w}": _e for _m in ("por", "x", "en", "de", "a")})
_WORDS["en la noche"] = "at night"  # Mexican "en la noche" is the late evening, about 20:00
for _w, _i in _MONTHS.items():
    _WORDS.update({f"{_m} {_w}": f"in {_MONTH_NAMES[_i - 1]}" for _m in ("en", "durante")})
_WORDS.update(
    {
        "mediodia": "noon",
        "al mediodia": "at noon",
        "a mediodia": "at noon",
        "al medio dia": "at noon",
        "a medianoche": "at midnight",
        "a media noche": "at midnight",
        "la manana": "the morning",
    }
)
for _tens, _value in (("treinta", 30), ("cuarenta", 40), ("cincuenta", 50)):
    for _one, _n in _ONES.items():
        if _one != "un":
            _NUMBERS[f"{_tens} y {_one}"] = _value + _n

# A clock time: "a las tres y media de la tarde", "las 12 menos cuarto", "a las 15 horas".
_CLOCK = (
    r"(?:(?P<pre>a|para|desde|hasta|antes\s+de|despues\s+de|sobre|hacia|tipo|como\s+a|al|"
    r"a\s+eso\s+de)\s+)?(?:(?P<art>las|la)\s+)?{n}"
    r"(?:(?P<colon>:[0-5]\d)|\s+(?:cero|zero|0)\s+(?P<oh>\d|uno|dos|tres|cuatro|cinco|seis|siete|"
    r"ocho|nueve)|\s+(?P<sep>y|menos)\s+(?:(?P<q>cuarto)|(?P<half>media)|{n2})"
    r"(?:\s+minutos?)?)?"
    r"(?:\s*(?P<hh>h|hs|hrs)(?!\w)|\s*{unit})?(?:\s+en\s+punto)?"
    r"(?:\s+(?:de\s+la|en\s+la|por\s+la|del)\s+(?P<part>manana|madrugada|tarde|noche|mediodia)|"
    r"\s*(?P<ampm>am|pm|a\.\s?m\.|p\.\s?m\.))?"
)
_FOLLOW = (
    r"(?=\s*$|\s*[^\w\s]|\s+(?:y|de|del|el|la|los|en|por|para|a|al|hoy|manana|pasado|hasta|"
    r"que|con|o)\s|\s+\w\w?\w?\b)"
)
# A bare hour needs a preposition and no noun after it ("às 3", not "as 3 tarefas").
_PRES = (
    r"(?P<pre>a|para|desde|hasta|antes\s+de|despues\s+de|sobre|hacia|tipo|como\s+a|al|a\s+eso\s+de)"
)
_BARE_CLOCK = _PRES + r"\s+{n}" + _FOLLOW
_NOT_NEXT = r"(?!\s+(?:que|q|pasad[oa]|proxim[oa]|siguiente|entrante|anterior)\b)"
_NEXT = r"(?:(?:proximo|proxima|proximos|proximas)|prox|siguientes?|entrantes?)"
_LAST = r"(?:(?:pasado|pasada|pasados|pasadas)|(?:ultimo|ultima|ultimos|ultimas)|anterior(?:es)?)"

# fmt: off
_TAIL = {"colon", "hmm", "sep", "half", "mm", "n2", "q", "unit", "hh", "part", "noon", "mid",
         "ampm", "oh"}
# fmt: on


def _is_day(raw: str) -> bool:
    return raw.isdigit() and 1 <= int(raw) <= 31


def _said(g: Mapping[str, str], decimal: bool) -> bool:
    """Whether a `_CLOCK` match reads as a time: "a las 4", "las 4 y media", not "a 4"."""
    if g.get("pre") == "a" and "art" not in g:
        return False
    if "art" in g:
        return bool({"pre", "sep", "part", "unit", "hh", "ampm", "oh"} & g.keys())
    if "sep" in g or "part" in g or "oh" in g:
        return True
    return "pre" in g and bool({"colon", "unit", "hh", "ampm"} & g.keys() or decimal)


def _day_at(g: Mapping[str, str]) -> str | None:
    """'mañana a 11' as 'tomorrow at 11'."""
    return f"{g['d']} at {g['h']}" if int(g["h"]) <= 24 else None


def _clock(g: Mapping[str, str]) -> str | None:
    """English for one `_CLOCK` match, or None when it is not a time after all."""
    hour_s, _, min_s = g["n"].replace(",", ".").partition(".")
    minute_s = g["colon"][1:] if "colon" in g else min_s or "0"
    if not hour_s.isdigit() or not minute_s.isdigit():
        return None
    hour, minute = int(hour_s), int(minute_s)
    if hour > 24 or minute > 59:
        return None
    if g.get("unit", "hour") != "hour" or not _said(g, bool(min_s)):
        return None
    if "oh" in g:  # "las seis cero dos" is 6:02
        minute = int(g["oh"])
    if "sep" in g:
        add = "15" if "q" in g else "30" if "half" in g else g.get("n2", "")
        if not add.isdigit() or int(add) > 59:
            return None
        minute = int(add) if g["sep"] == "y" else 60 - int(add)
        if g["sep"] == "menos":
            hour = hour - 1 if hour > 1 else 12
    part, suffix = g.get("part"), ""
    if "ampm" in g:
        suffix = " " + g["ampm"].replace(".", "").replace(" ", "")
    if part and hour <= 12:
        if part == "noche" and hour == 12:
            hour = 0
        else:
            suffix = " am" if part == "noche" and hour < 6 else " " + _AM_PM[part]
    if "hh" in g and not suffix and 0 < hour <= 12:
        suffix = " am" if hour < 12 else " pm"  # "a las 9h" is the 24-hour clock
    pre = _PRE.get(" ".join(g.get("pre", "a").split()), "at")
    if hour == 0 and not minute:
        return f"{pre} midnight"
    if minute or "colon" in g or min_s:
        return f"{pre} {hour}:{minute:02d}{suffix}"
    return f"{pre} {hour}{suffix}"


def _date(g: Mapping[str, str]) -> str | None:
    """'5 de mayo (de 2013)' as 'may 5 (2013)'."""
    if not _is_day(g["day"]):
        return None
    return f"{g['month']} {int(g['day'])} {g.get('year', '')}".strip()


def _day(g: Mapping[str, str]) -> str | None:
    """'el día 5' as 'on the 5th'."""
    if not _is_day(g["day"]):
        return None
    return f"{_PRE.get(' '.join(g.get('pre', '').split()), 'on')} the {_ordinal(g['day'])}"


def _weekday_day(g: Mapping[str, str]) -> str | None:
    """'jueves 15' as 'thursday the 15th'."""
    return f"{g['wd']} the {_ordinal(g['day'])}" if _is_day(g["day"]) else None


def _monthly(g: Mapping[str, str]) -> str | None:
    """'todos los días 5' as 'every month on the 5th'."""
    return f"every month on the {_ordinal(g['day'])}" if _is_day(g["day"]) else None


def _nth_weekday(g: Mapping[str, str]) -> str | None:
    """'el primer lunes de cada mes' as 'the 1st monday of every month'."""
    if "last" in g:
        return f"every last {g['wd']} of the month"
    return f"the {_ordinal(g['day'])} {g['wd']} of every month" if _is_day(g["day"]) else None


_THE = {"este": "this", "esta": "this", "ese": "this", "esa": "this", "el": "on"}


def _modified(g: Mapping[str, str]) -> str | None:
    """A weekday or period with next / last / this / every ("el martes que viene")."""
    mod = g.get("post") or g.get("pre") or ""
    the = " ".join(g.get("the", "").split())
    if mod:
        word = "last" if mod[:3] in ("pas", "ult", "ant") else "next"
    elif the.startswith(("todo", "toda", "cada", "los", "las", "una")):
        word = "every"
    elif the in _THE and not ("p" in g and the == "el"):
        word = _THE[the]
    else:
        return None
    return f"{word} {g.get('wd') or g['p']}"


def _nth_period(g: Mapping[str, str]) -> str | None:
    """'el primer mes de 2013', 'el segundo trimestre' as 'january 2013', 'the 2nd quarter'."""
    unit, year = g["unit"], g.get("year", "")
    if unit not in ("month", "quarter") or ("last" in g and not year):
        return None
    last = 12 if unit == "month" else 4
    n = last if "last" in g else int(g["day"]) if g.get("day", "").isdigit() else 0
    if not 1 <= n <= last:
        return None
    if unit == "month":
        return f"{_MONTH_NAMES[n - 1]} {year}" if year else None
    return f"the {_ordinal(str(n))} quarter {'of ' + year if year else ''}".strip()


def _offset(g: Mapping[str, str]) -> str:
    """'en dos horas (y media)' as 'in 2 hours' or 'in 150 minutes'."""
    if "half" in g and g["unit"] == "hour" and g["n"].isdigit():
        return f"in {int(g['n']) * 60 + 30} minutes"
    return f"in {g['n']} {g['unit']}"


def _range(g: Mapping[str, str]) -> str | None:
    """'entre el lunes y el jueves', 'de 3 a 5' as 'between monday and thursday', 'from 3 to 5'."""
    a, b = (x.replace("h", ":").rstrip(":") for x in (g["a"], g["b"]))
    days = a in _WEEKDAY_NAMES and b in _WEEKDAY_NAMES
    hours = all(x.replace(":", "").isdigit() and int(x.split(":")[0]) <= 24 for x in (a, b))
    if not (days or hours):
        return None
    if hours and ("h" in g["a"] + g["b"] or max(int(x.split(":")[0]) for x in (a, b)) > 12):
        a, b = (x if ":" in x else f"{x}:00" for x in (a, b))  # a 24-hour range
    return f"between {a} and {b}" if g["w"] == "entre" and hours else f"from {a} to {b}"


LANGUAGE = Language(
    code="es",
    months=_MONTHS,
    weekdays=_WEEKDAYS,
    units=_UNITS,
    numbers=_NUMBERS,
    ordinals=_ORDINALS,
    words=_WORDS,
    ambiguous=frozenset(_AMBIGUOUS),
    phrases=(
        (r"buen(?:os|as)\s+(?:dias|tardes|noches)", "hello"),
        # "cada lunes temprano", "el viernes tempranito": that day's morning.
        (r"{wd}\s+(?:bien\s+|muy\s+)?(?:temprano|tempranito)", lambda g: f"{g['wd']} morning"),
        (r"(?:buen|feliz)\s+(?:fin\s+de\s+semana|finde)|buena\s+semana", "nice"),
        # dates, date ranges and monthly days
        (
            r"(?:del?\s+|desde\s+(?:el\s+)?)?(?P<d1>\d\d?)\s*(?:-|a|al|hasta\s+el)\s*(?P<d2>\d\d?)"
            r"\s+de\s+{month}(?:\s+(?:de|del)\s+(?P<year>\d{4}))?",
            "{month} {d1}-{d2} {year}",
        ),
        (r"(?:el\s+)?(?:dias?\s+)?{day}\s+de\s+(?:cada|todos\s+los)\s+mes(?:es)?", _monthly),
        (r"(?:(?:todos|todas)\s+los|cada)\s+dias?\s+{day}", _monthly),
        (
            r"(?:el\s+)?(?:{day}|(?P<last>ultimo))\s+{wd}\s+de\s+(?:cada|todos\s+los)\s+mes(?:es)?",
            _nth_weekday,
        ),
        (
            r"(?:el\s+|la\s+)?(?:{day}|(?P<last>ultimo|ultima))\s+{unit}(?:\s+(?:de\s+|del\s+)?"
            r"(?P<year>\d{4}))?",
            _nth_period,
        ),
        (r"(?:el\s+)?{day}\s+de\s+{month}(?:\s+(?:de|del)\s+(?P<year>\d{4}))?", _date),
        (r"{month}\s+{day}\s+(?:de|del)\s+(?P<year>\d{4})", _date),
        (r"{month}\s+(?:de|del)\s+(?P<y>\d{4})", "{month} {y}"),
        (
            r"(?:(?P<pre>hasta\s+el|para\s+el|antes\s+del|desde\s+el)|el)\s+dias?\s+{day}"
            r"(?![/.-]\d)",
            _day,
        ),
        (
            r"(?:(?P<pre>hasta\s+el|para\s+el|antes\s+del|desde\s+el)|el)\s+(?P<day>\d\d?)"
            r"(?!\s*(?:%|por\s+ciento|de\s|[:.,/-]\d))",
            _day,
        ),
        (r"(?<!no\s)(?<!do\s)(?<!ate\s)dia\s+{day}(?![/.-]\d)", _day),  # not Portuguese "no dia"
        (r"el(?=\s+\d\d?[/.-]\d)", "on"),
        (r"{wd}\s+(?P<day>\d\d?)(?!\s*(?:de\s|[:./-]\d))", _weekday_day),
        # ranges
        (r"(?:todos\s+los\s+dias\s+)?de\s+lunes\s+a\s+viernes", "every weekday"),
        (
            r"(?P<w>entre|de|desde)\s+(?:el\s+|la\s+|las\s+)?(?P<a>[\w:]+)\s+(?:y|a|hasta)\s+"
            r"(?:el\s+|la\s+|las\s+)?(?P<b>[\w:]+)",
            _range,
        ),
        (r"(?:(?:los|las)\s+)?" + _NEXT + r"\s+{n}\s+{unit}", "next {n} {unit}"),
        (r"{n}\s+" + _NEXT + r"\s+{unit}", "next {n} {unit}"),
        (r"{n}\s+{unit}\s+(?:que\s+vienen|(?:proximos|proximas)|siguientes)", "next {n} {unit}"),
        (r"(?:(?:los|las)\s+)?" + _LAST + r"\s+{n}\s+{unit}", "last {n} {unit}"),
        (r"{n}\s+" + _LAST + r"\s+{unit}", "last {n} {unit}"),
        (r"{n}\s+{unit}\s+(?:(?:pasados|pasadas)|anteriores)", "last {n} {unit}"),
        (
            r"(?:a\s+)?(?:(?:el\s+)?fin(?:al)?|finales)\s+de(?:l\s+|\s+la\s+|\s+este\s+|\s+esta\s+|"
            r"\s+(?!semana))(?P<unit>semana|mes|ano)" + _NOT_NEXT,
            "end of the {unit}",
        ),
        (
            r"(?:a\s+)?(?:principios|inicios|comienzos)\s+de(?:l|\s+la|\s+este|\s+esta)?\s+"
            r"(?P<unit>semana|mes|ano)" + _NOT_NEXT,
            "beginning of the {unit}",
        ),
        (
            r"(?:a\s+)?(?P<e>principios|inicios|comienzos|fin|final|finales|fines)\s+"
            r"(?:del|de(?=\s+(?:la|el)\s))(?=\s+(?:la\s+|el\s+)?(?:semana|mes|ano)\s+(?:que|q|"
            r"pasad[oa]|proxim[oa]|siguiente|entrante|anterior)\b)",
            lambda g: "beginning of" if g["e"][0] in "pic" else "end of",
        ),
        # offsets
        (r"(?:en|dentro\s+de|de\s+aqui\s+a)\s+{n}\s+{unit}(?P<half>\s+y\s+media)?", _offset),
        (r"(?:en|dentro\s+de|de\s+aqui\s+a)(?=\s+(?:media\s+hora|un\s+par\s+de))", "in"),
        (r"hace\s+{n}\s+{unit}", "{n} {unit} ago"),
        (r"{n}\s+{unit}\s+atras", "{n} {unit} ago"),
        # recurrence
        (r"cada\s+{n}\s+{unit}", "every {n} {unit}"),
        # "of" between a weekday or unit and the period holding it
        (
            r"(?:el\s+)?(?:{wd}|{unit})\s+de(?=\s+(?:la\s+|el\s+)?(?:{month}|cada|este|esta|"
            r"proxim|\d{4}|"
            r"semana|mes|ano))",
            "{wd}{unit} of",
        ),
        (
            r"(?:hasta(?:\s+el)?|para(?:\s+el)?|antes\s+del|antes\s+de)(?=\s+(?:{wd}|manana|hoy|"
            r"pasado\s+manana)\b)",
            "by",
        ),
        (
            r"(?:la\s+)?(?:semana\s+que\s+viene|semana\s+q\s+viene|proxima\s+semana),?\s+"
            r"(?:el\s+)?{wd}",
            "{wd} next week",
        ),
        (
            r"(?:(?P<the>el|los|este|ese|todos\s+los|cada)\s+)?(?:(?P<pre>proximo|prox|siguiente|"
            r"pasado|ultimo)\s+)?{wd}(?:\s+(?P<post>que\s+viene|q\s+viene|que\s+entra|proximo|siguiente|"
            r"entrante|pasado|anterior))?",
            _modified,
        ),
        (
            r"(?:(?P<the>el|la|los|las|este|esta|ese|esa|cada|todos\s+los|todas\s+las|una\s+vez\s+"
            r"(?:por|a\s+la|al|cada))\s+)?(?:(?P<pre>proximo|proxima|proximos|proximas|prox|siguiente|pasado|pasada|"
            r"ultimo|ultima)\s+)?(?P<p>{unit}|fin\s+de\s+semana|finde|verano|invierno|otono|"
            r"primavera)(?:\s+(?P<post>que\s+viene|q\s+viene|que\s+entra|proximo|proxima|siguiente|entrante|"
            r"pasado|pasada|anterior))?",
            _modified,
        ),
        (r"a\s+partir\s+del?(?=\s+(?:{wd}|manana|hoy|dia|\d|el|proximo|lunes))", "starting"),
        (
            r"(?:empezando|comenzando|arrancando)(?:\s+desde)?(?=\s+(?:el\s+|la\s+)?(?:{wd}|manana|hoy"
            r"|dia|\d|este|esta|proximo|proxima))",
            "starting",
        ),
        # clock times ("seis dos de la tarde" is 6:02 pm)
        (
            r"{n}\s+(?P<m>dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte|treinta|cuarenta|"
            r"cincuenta)\s+de\s+la\s+(?P<part>manana|tarde|noche)",
            lambda g: _clock({**g, "sep": "y", "n2": g["m"], "art": ""}) if g["n"] != "0" else None,
        ),
        (_CLOCK, lambda g: _clock(g) if _TAIL & g.keys() or "." in g["n"] else None),
        (_PRES + r"\s+(?P<art>las|la)\s+{n}", _clock),
        (_BARE_CLOCK, _clock),
        # "mañana a 11", "las doce" closing a message
        (r"(?P<d>manana|hoy|pasado\s+manana)\s+a\s+(?P<h>\d\d?)(?=\s*$|\s*[^\w\s])", _day_at),
        (
            r"las\s+(?P<w>tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)(?=\s*$|\s*[.!?])",
            lambda g: f"at {g['w']}",
        ),
    ),
    not_before=(r"en\s+vez\s+de", r"en\s+lugar\s+de", r"no\s+(?=el\b|la\b|las\b|para\b)"),
    not_after=(r"no(?=\s*[,.!;]|\s*$)",),  # "ahorita no, recuérdamelo en 15 min"
)
