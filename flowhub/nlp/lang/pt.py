"""Portuguese (Brazil and Portugal) time words and phrases."""

from __future__ import annotations

from collections.abc import Mapping

from flowhub.nlp.lang._schema import Language
from flowhub.nlp.lang._schema import english_ordinal as _ordinal

# fmt: off
_MONTHS = {"janeiro": 1, "jan": 1, "fevereiro": 2, "fev": 2, "marco": 3, "abril": 4, "abr": 4,
           "maio": 5, "junho": 6, "jun": 6, "julho": 7, "jul": 7, "agosto": 8, "ago": 8,
           "setembro": 9, "set": 9, "outubro": 10, "out": 10, "novembro": 11, "nov": 11,
           "dezembro": 12, "dez": 12}
_WEEKDAYS = {"sabado": 5, "sabados": 5, "sab": 5, "domingo": 6, "domingos": 6, "dom": 6,
             "seg": 0, "ter": 1, "qua": 2, "qui": 3, "sex": 4}
_UNITS = {"segundo": "second", "segundos": "second", "minuto": "minute", "minutos": "minute",
          "min": "minute", "mins": "minute", "hora": "hour", "horas": "hour", "h": "hour",
          "hs": "hour", "hr": "hour", "hrs": "hour", "dia": "day", "dias": "day",
          "semana": "week", "semanas": "week", "quinzena": "fortnight", "quinzenas": "fortnight",
          "mes": "month", "meses": "month", "ano": "year", "anos": "year",
          "trimestre": "quarter", "trimestres": "quarter"}
_ONES = {"um": 1, "uma": 1, "dois": 2, "duas": 2, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6,
         "sete": 7, "oito": 8, "nove": 9}
_NUMBERS = {"zero": 0, **_ONES, "dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14,
            "quatorze": 14, "quinze": 15, "dezesseis": 16, "dezasseis": 16, "dezessete": 17,
            "dezassete": 17, "dezoito": 18, "dezenove": 19, "dezanove": 19, "vinte": 20,
            "trinta": 30, "quarenta": 40, "cinquenta": 50}
# The feminine "segunda", "quarta", "quinta", "sexta" are weekdays.
_ORDINALS = {"primeiro": 1, "primeira": 1, "segundo": 2, "terceiro": 3, "terceira": 3,
             "quarto": 4, "quinto": 5, "sexto": 6, "setimo": 7, "setima": 7, "oitavo": 8,
             "oitava": 8, "nono": 9, "nona": 9, "decimo": 10, "decima": 10, "decimo primeiro": 11,
             "decimo segundo": 12}
_WORDS = {"hoje": "today", "hj": "today", "amanha": "tomorrow", "amnh": "tomorrow",
          "amn": "tomorrow", "ontem": "yesterday", "anteontem": "the day before yesterday",
          "antes de ontem": "the day before yesterday",
          "depois do almoco": "after lunch", "dps do almoco": "after lunch",
          "apos o almoco": "after lunch", "depois do almoco hoje": "after lunch",
          "antes do almoco": "before lunch", "na hora do almoco": "at lunch",
          "depois de amanha": "the day after tomorrow",
          "amanha cedo": "tomorrow morning", "dps de amanha": "the day after tomorrow",
          "para a semana": "next week", "para o mes": "next month",
          "amanha bem cedo": "tomorrow morning", "amanha cedinho": "tomorrow morning",
          "hoje cedo": "this morning", "manha": "morning",
          "esta manha": "this morning", "esta tarde": "this afternoon",
          "esta noite": "this evening",
          "essa noite": "this evening", "nesta noite": "this evening", "meio dia": "noon",
          "meio-dia": "noon", "meiodia": "noon", "meia noite": "midnight",
          "meia-noite": "midnight", "meianoite": "midnight", "fim de semana": "weekend",
          "final de semana": "weekend", "fds": "weekend", "o quanto antes": "asap",
          "quanto antes": "asap", "o mais rapido possivel": "asap",
          "assim que possivel": "asap", "meia hora": "half an hour", "um par de": "a couple of",
          "diariamente": "daily", "semanalmente": "weekly", "mensalmente": "monthly",
          "anualmente": "yearly",
          "natal": "christmas", "vespera de natal": "christmas eve", "ano novo": "new year",
          "vespera de ano novo": "new year's eve", "pascoa": "easter",
          "sexta-feira santa": "good friday", "sexta feira santa": "good friday",
          "dia das maes": "mother's day", "dia dos namorados": "june 12",
          "tiradentes": "april 21", "dia do trabalho": "may 1", "dia do trabalhador": "may 1",
          "finados": "november 2", "dia de finados": "november 2",
          "dia de todos os santos": "all saints day", "verao": "summer", "inverno": "winter",
          "primavera": "spring", "outono": "fall"}
# Words of the tables that are ordinary words too, or English, French or Italian ones.
_AMBIGUOUS = {"zero", "inverno", "verao", "outono", "um", "uma", "segundo",
              "quarto", "quinto", "sexto", "dez", "out", "set", "seg", "ter", "qua", "qui", "sex",
              "sab", "dom", "min", "mins", "h", "hs", "hr", "hrs", "marco", "primavera", "natal",
              "manha"}
# The groups of a match arrive in English when they are a table word ("manha" -> "morning").
_AM_PM = {"manha": "am", "morning": "am", "madrugada": "am", "tarde": "pm", "noite": "pm"}
_PART_OF_DAY = {"manha": "in the morning", "morning": "in the morning",
                "tarde": "in the afternoon", "noite": "in the evening",
                "madrugada": "in the morning"}  # "noite" starts at dusk
_EVERY = {"dia": "day", "dias": "day", "semana": "week", "semanas": "week", "mes": "month",
          "meses": "month", "ano": "year", "anos": "year", "manha": "morning", "manhas": "morning",
          "tarde": "afternoon", "tardes": "afternoon", "noite": "night", "noites": "night"}
_PRE = {"as": "at", "a": "at", "ao": "at", "o": "at", "pelas": "around", "umas": "around",
        "por volta das": "around", "la pelas": "around", "ate as": "by", "ate a": "by",
        "ate": "by", "antes das": "by", "antes da": "by", "antes do": "by", "das": "from",
        "desde as": "from", "a partir das": "from", "depois das": "from", "depois da": "from",
        "depois do": "from", "apos as": "from", "apos a": "from", "apos ao": "from",
        "apos o": "from", "apos": "from", "para as": "by", "pras": "by", "ate o": "by",
        "ate ao": "by", "a partir do": "from", "antes de": "by", "desde o": "from", "no": "on",
        "na": "on", "o dia": "on", "este": "on", "esse": "on", "essa": "on", "neste": "on",
        "nesse": "on"}
_ORDINAL_WORDS = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth",
                  "5th": "fifth", "6th": "sixth"}
_EDGE = {"fim": "end", "final": "end", "inicio": "beginning", "comeco": "beginning"}
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# fmt: on
for _i, _name in enumerate(("segunda", "terca", "quarta", "quinta", "sexta")):
    for _form in (_name, f"{_name}s", f"{_name}-feira", f"{_name} feira", f"{_name}s-feiras"):
        _WEEKDAYS[_form] = _i
    for _mark in ("a", "ª"):  # "2ª feira" is Monday ... "6ª feira" Friday
        for _sep in (" ", "-", ""):
            _WEEKDAYS[f"{_i + 2}{_mark}{_sep}feira"] = _i
for _tens, _value in (("vinte", 20), ("trinta", 30), ("quarenta", 40), ("cinquenta", 50)):
    for _one, _n in _ONES.items():
        _NUMBERS[f"{_tens} e {_one}"] = _value + _n

# A clock time: "às 3 e meia da tarde", "às 15h30", "às dezoito horas", "ao meio-dia e quinze".
_CLOCK = (
    r"(?:(?P<pre>as|a|ao|o|ate\s+as|ate\s+a|ate\s+o|ate\s+ao|ate|antes\s+d[aoe]s?|das|desde\s+as|"
    r"a\s+partir\s+das|depois\s+d[aoe]s?|apos\s+a[os]?|apos\s+o|apos|pelas|umas|por\s+volta\s+das|"
    r"la\s+pelas|para\s+as|pras)\s+)?"
    r"(?:{n}|(?P<noon>meio[\s-]?dia)|(?P<mid>meia[\s-]?noite))"
    r"(?:(?P<colon>:[0-5]\d)|h(?P<hmm>[0-5]\d)|\s+e\s+(?:(?P<half>meia)|(?P<mm>\d\d?)|{n2})"
    r"(?:\s+minutos?)?)?"
    r"(?:\s*(?P<hh>h|hs|hrs)(?!\w)|\s*{unit})?(?:\s+em\s+ponto)?"
    r"(?:\s+(?:da|de|pela|a|na)\s+(?P<part>manha|madrugada|tarde|noite)|"
    r"\s*(?P<ampm>am|pm|a\.\s?m\.|p\.\s?m\.))?"
)
_FOLLOW = (  # not a plural noun next ("as 3 tarefas"), unless a verb or time word
    r"(?!\s+(?!(?:vamos|temos|estamos|podemos|precisamos|saimos|horas|hs|hrs|mas|mais|menos|"
    r"depois|antes)\b)\w+s\b)"
)
# A bare hour needs a preposition and no noun after it ("às 3", not "as 3 tarefas").
_BARE_CLOCK = (
    r"(?P<pre>as|a|ao|o|ate\s+as|ate\s+a|ate\s+o|ate\s+ao|ate|antes\s+d[aoe]s?|das|desde\s+as|"
    r"a\s+partir\s+das|depois\s+d[aoe]s?|apos\s+a[os]?|apos\s+o|apos|pelas|umas|por\s+volta\s+das|"
    r"la\s+pelas|para\s+as|pras)\s+{n}" + _FOLLOW
)
# "quinze para as três", "5 para o meio-dia".
_TO = (
    r"{n2}(?:\s+minutos?)?\s+(?:para|pras|pra|pro)\s+(?:[ao]s?\s+)?"
    r"(?:{n}|(?P<noon>meio[\s-]?dia)|(?P<mid>meia[\s-]?noite))"
    r"(?:\s*{unit})?(?:\s+(?:da|de|pela|a|na)\s+(?P<part>manha|madrugada|tarde|noite))?"
)
_NEXT = r"(?:(?:proximo|proxima|proximos|proximas)|prox|seguintes?)"
_LAST = (
    r"(?:(?:passado|passada|passados|passadas)|(?:ultimo|ultima|ultimos|ultimas)|anterior(?:es)?)"
)

_TAIL = {
    "colon",
    "hmm",
    "sep",
    "half",
    "mm",
    "n2",
    "q",
    "unit",
    "hh",
    "part",
    "noon",
    "mid",
    "ampm",
}


def _is_day(raw: str) -> bool:
    return raw.isdigit() and 1 <= int(raw) <= 31


def _hour(g: Mapping[str, str]) -> int | None:
    if "noon" in g:
        return 12
    if "mid" in g:
        return 0
    raw = g.get("n", "").replace(",", ".").partition(".")[0]
    return int(raw) if raw.isdigit() and int(raw) <= 24 else None


def _english_clock(pre: str, hour: int, minute: int, g: Mapping[str, str], exact: bool) -> str:
    part, suffix = g.get("part"), ""
    if "ampm" in g:
        suffix = " " + g["ampm"].replace(".", "").replace(" ", "")
    if part and 0 < hour <= 12:
        if part == "noite" and hour == 12:
            hour = 0
        else:
            suffix = " am" if part == "noite" and hour < 6 else " " + _AM_PM[part]
    if hour == 0 and not minute:
        return f"{pre} midnight"
    if hour == 12 and not minute and "noon" in g:
        return f"{pre} noon"
    if "hh" in g and not suffix and 0 < hour <= 12:
        suffix = " am" if hour < 12 else " pm"  # "às 9h" is the 24-hour clock
    if "hmm" in g and not suffix:
        return f"{pre} {hour}h{minute:02d}"  # 24-hour as written ("à 1h30" is 01:30)
    if minute or exact:
        return f"{pre} {hour}:{minute:02d}{suffix}"
    return f"{pre} {hour}{suffix}"


def _clock(g: Mapping[str, str]) -> str | None:
    """English for one `_CLOCK` match, or None when it is not a time after all."""
    hour = _hour(g)
    if hour is None or g.get("unit", "hour") != "hour":
        return None
    min_s = g.get("n", "").replace(",", ".").partition(".")[2]
    minute_s = g.get("colon", ":")[1:] or g.get("hmm") or min_s or "0"
    if "half" in g:
        minute_s = "30"
    elif "n2" in g or "mm" in g:
        minute_s = g.get("n2") or g["mm"]
    if not minute_s.isdigit() or int(minute_s) > 59:
        return None
    pre = " ".join(g.get("pre", "").split())
    if pre in ("a", "o") and hour != 1 and not ("noon" in g or "mid" in g):
        return None  # "à uma", "à 1h30", "ao meio-dia", but "às 3"
    said = bool({"noon", "mid", "part", "half", "unit", "hh", "ampm"} & g.keys())
    said = said or "hmm" in g or "n2" in g
    if not said and pre in ("", "a", "o", "ao"):
        return None
    if not pre and not ("part" in g or "noon" in g or "mid" in g or "half" in g or "n2" in g):
        return None
    exact = "colon" in g or bool(min_s)
    return _english_clock(_PRE.get(pre, "at"), hour, int(minute_s), g, exact)


def _to_hour(g: Mapping[str, str]) -> str | None:
    """'quinze para as três' as 'at 2:45'."""
    hour = _hour(g)
    if hour is None or not g["n2"].isdigit() or not 0 < int(g["n2"]) < 60:
        return None
    rest = {k: v for k, v in g.items() if k not in ("noon", "mid")}
    return _english_clock("at", (hour - 1) % 24 or 12, 60 - int(g["n2"]), rest, True)


def _date(g: Mapping[str, str]) -> str | None:
    """'5 de maio (de 2013)' as 'may 5 (2013)'."""
    if not _is_day(g["day"]):
        return None
    return f"{g['month']} {int(g['day'])} {g.get('year', '')}".strip()


def _day(g: Mapping[str, str]) -> str | None:
    """'no dia 5', 'até dia 5' as 'on the 5th', 'by the 5th' ('dia 2/9' as 'on 2/9')."""
    if "day" not in g:
        return _PRE.get(" ".join(g.get("pre", "").split()), "on")
    if not _is_day(g["day"]):
        return None
    return f"{_PRE.get(' '.join(g.get('pre', '').split()), 'on')} the {_ordinal(g['day'])}"


def _weekday_day(g: Mapping[str, str]) -> str | None:
    """'quinta 15' as 'thursday the 15th'."""
    return f"{g['wd']} the {_ordinal(g['day'])}" if _is_day(g["day"]) else None


def _monthly(g: Mapping[str, str]) -> str | None:
    """'todo dia 10' as 'every month on the 10th'."""
    return f"every month on the {_ordinal(g['day'])}" if _is_day(g["day"]) else None


def _nth_weekday(g: Mapping[str, str]) -> str | None:
    """'toda última sexta do mês' as 'every last friday of the month'."""
    every = "every" in g
    if "last" in g:
        return f"{'every ' if every else 'the '}last {g['wd']} of the month"
    if not _is_day(g["day"]):
        return None
    which = f"the {_ordinal(g['day'])} {g['wd']}"
    return f"{which} of every month" if every else f"{which} of the month"


def _nth_period(g: Mapping[str, str]) -> str | None:
    """'primeiro mês de 2013', 'segundo trimestre' as 'january 2013', 'the 2nd quarter'."""
    unit, year = g["unit"], g.get("year", "")
    if unit not in ("month", "quarter"):
        return None
    last = 12 if unit == "month" else 4
    if "last" in g and not year:
        return None  # "último trimestre" is the last one before this
    n = last if "last" in g else int(g["day"]) if g.get("day", "").isdigit() else 0
    if not 1 <= n <= last:
        return None
    if unit == "month":
        months = ("january", "february", "march", "april", "may", "june", "july", "august",
                  "september", "october", "november", "december")  # fmt: skip
        return f"{months[n - 1]} {year}".strip() if year else None
    return f"the {_ordinal(str(n))} quarter {'of ' + year if year else ''}".strip()


_THE = {"este": "this", "esta": "this", "esse": "this", "essa": "this", "neste": "this",
        "nesta": "this", "nesse": "this", "nessa": "this", "no": "on", "na": "on"}  # fmt: skip


def _modified(g: Mapping[str, str]) -> str | None:
    """A weekday or period with next / last / this / every ("quinta que vem", "todo mês")."""
    mod = g.get("post") or g.get("pre") or ""
    the = " ".join(g.get("the", "").split())
    what = g.get("wd") or _EVERY.get(g.get("p", ""), g.get("p", ""))
    if mod in ("atual", "actual", "corrente"):
        word = "this"
    elif mod:
        word = "last" if mod[:3] in ("pas", "ult", "ant", "ret") else "next"
    elif the.startswith(("tod", "cada", "a cada", "uma", "as", "os", "nas", "nos")):
        word = "every"
    elif the in _THE and not ("p" in g and _THE[the] == "on"):
        word = _THE[the]
    else:
        return None
    if word != "every" and what in ("morning", "afternoon", "night"):
        return None
    return f"{word} {what}"


def _offset(g: Mapping[str, str]) -> str:
    """'em duas horas (e meia)' as 'in 2 hours' or 'in 150 minutes'."""
    if "half" in g and g["unit"] == "hour" and g["n"].isdigit():
        return f"in {int(g['n']) * 60 + 30} minutes"
    return f"in {g['n']} {g['unit']}"


def _of(g: Mapping[str, str]) -> str:
    """'quarta da', 'terça desta' as 'wednesday of', 'tuesday of this'."""
    this = " this" if g["of"] in ("desta", "dessa", "deste", "desse") else ""
    return f"{g.get('wd') or g.get('unit')} of{this}"


def _range(g: Mapping[str, str]) -> str | None:
    """'entre segunda e quarta', 'das 9h às 17h' as 'between monday and wednesday'."""
    a, b = (x.replace("h", ":").rstrip(":") for x in (g["a"], g["b"]))
    days = a in _WEEKDAY_NAMES and b in _WEEKDAY_NAMES
    hours = all(x.replace(":", "").isdigit() and int(x.split(":")[0]) <= 24 for x in (a, b))
    if not (days or hours):
        return None
    if hours and ("h" in g["a"] + g["b"] or max(int(x.split(":")[0]) for x in (a, b)) > 12):
        a, b = (x if ":" in x else f"{x}:00" for x in (a, b))  # a 24-hour range
    return f"between {a} and {b}" if g["w"] == "entre" and hours else f"from {a} to {b}"


LANGUAGE = Language(
    code="pt",
    months=_MONTHS,
    weekdays=_WEEKDAYS,
    units=_UNITS,
    numbers=_NUMBERS,
    ordinals=_ORDINALS,
    words=_WORDS,
    ambiguous=frozenset(_AMBIGUOUS),
    phrases=(
        (r"bom\s+dia|boa\s+tarde|boa\s+noite", "hello"),
        # "antes de sexta", "antes de amanhã": before that day is by it.
        (r"antes\s+d[aoe]s?(?=\s+(?:{wd}|amanha|hoje|depois\s+de\s+amanha)\b)", "by"),
        (
            r"(?:bom|otimo)\s+(?:fim\s+de\s+semana|final\s+de\s+semana|fds|trabalho|descanso|"
            r"apetite|feriado)|boa\s+semana",
            "nice",
        ),
        # "bom" (good) is not the grammar's "BOM" (beginning of month)
        (r"(?:muito|tao|tudo|bem|ta|esta|foi|ficou|seria|que|mais|menos)\s+bom", "so good"),
        (r"ter(?!\.)", "have"),  # the verb; "ter." is Tuesday
        # "toda segunda cedo", "sexta bem cedinho": that day's morning.
        (r"{wd}(?:-feira)?\s+(?:bem\s+)?(?:cedo|cedinho)", lambda g: f"{g['wd']} morning"),
        (
            r"(?P<o>segunda|terceira|quarta|quinta|sexta)\s+(?P<x>vez|vezes|opcao|parte|etapa|"
            r"fase|chamada|tentativa|via|mao|pessoa|posicao|ordem|serie|edicao|classe)",
            lambda g: f"{_ORDINAL_WORDS.get(g['o'], 'other')} {g['x']}",
        ),
        # dates, date ranges and monthly days
        (
            r"(?:(?:de|desde|a\s+partir\s+de|do|dos)\s+)?(?P<d1>\d\d?)\s*(?:-|a|ao|ate(?:\s+ao?)?)\s*"
            r"(?P<d2>\d\d?)\s+(?:de\s+)?{month}(?:\s+(?:de\s+)?(?P<year>\d{4}))?",
            "{month} {d1}-{d2} {year}",
        ),
        (r"(?:o\s+)?dias?\s+{day}\s+de\s+(?:cada|todo)\s+mes", _monthly),
        (r"(?:(?:todo|toda|todos|todas)\s+(?:os\s+)?|cada\s+)dias?\s+{day}", _monthly),
        (
            r"(?:(?P<every>(?:todo|toda|todos|todas)|cada)\s+(?:[ao]s?\s+)?|[ao]\s+)?(?:{day}|(?P<last>(?:ultimo|ultima)))\s+"
            r"{wd}\s+(?:do|de\s+cada|de\s+todo)\s+mes",
            _nth_weekday,
        ),
        (
            r"(?:[ao]\s+)?(?:{day}|(?P<last>(?:ultimo|ultima)))\s+{unit}(?:\s+(?:de\s+)?(?P<year>\d{4}))?",
            _nth_period,
        ),
        (
            r"(?:[ao]\s+|(?:no\s+)?dia\s+)?{day}[oº]?\s+de\s+{month}(?:\s+(?:de\s+)?(?P<year>\d{4}))?",
            _date,
        ),
        (r"{day}\s+{month}(?:\s+(?:de\s+)?(?P<year>\d{4}))?", _date),
        (r"{month}\s+{day}\s+de\s+(?P<year>\d{4})", _date),
        (r"{month}\s+de\s+(?P<y>\d{4})", "{month} {y}"),
        (
            r"(?:(?P<pre>ate\s+o|ate|antes\s+do|desde\s+o|a\s+partir\s+do|no|o|este|esse|essa|"
            r"neste|nesse)\s+)?dia\s+(?:{day}[oº]?(?![/.-]\d)|(?=\d\d?[/.-]\d))",
            _day,
        ),
        (r"{wd}(?:,?\s+dia)?\s+(?P<day>\d\d?)(?!\s*(?:de\s|[:./-]\d|h))", _weekday_day),
        # ranges
        (r"(?:todos\s+os\s+dias\s+)?de\s+segunda\s+a\s+sexta(?:-feira)?", "every weekday"),
        (
            r"(?P<w>entre|de|desde|das)\s+(?:[ao]s?\s+)?(?P<a>[\w:]+)\s+(?:e|a|ao|as|ate(?:\s+as?)?)"
            r"\s+(?:[ao]s?\s+)?(?P<b>[\w:]+)",
            _range,
        ),
        (r"(?:[ao]s\s+)?" + _NEXT + r"\s+{n}\s+{unit}", "next {n} {unit}"),
        (r"{n}\s+" + _NEXT + r"\s+{unit}", "next {n} {unit}"),
        (
            r"{n}\s+{unit}\s+(?:que\s+vem|q\s+vem|(?:proximos|proximas)|seguintes)",
            "next {n} {unit}",
        ),
        (r"(?:[ao]s\s+)?" + _LAST + r"\s+{n}\s+{unit}", "last {n} {unit}"),
        (r"{n}\s+" + _LAST + r"\s+{unit}", "last {n} {unit}"),
        (r"{n}\s+{unit}\s+(?:(?:passados|passadas)|anteriores)", "last {n} {unit}"),
        (
            r"(?:n?[ao]\s+|ate\s+o\s+)?(?P<e>fim|final|inicio|comeco)\s+(?:d[oa]\s+{unit}|"
            r"de\s+(?P<u>mes|ano))(?!\s+(?:que|q|proximo|proxima|passado|passada|anterior)\b)",
            lambda g: f"{_EDGE[g['e']]} of the {g.get('unit') or g['u']}",
        ),
        (
            r"(?:n?[ao]\s+|ate\s+o\s+)?(?P<e>fim|final|inicio|comeco)\s+d[oa](?=\s+(?:proxim|"
            r"semana\s+que|mes\s+que|ano\s+que|semana\s+passada|mes\s+passado))",
            lambda g: f"{_EDGE[g['e']]} of",
        ),
        # offsets
        (r"de\s+{n}\s+em\s+{n2}\s+{unit}", "every {n} {unit}"),
        (r"(?:em|dentro\s+de|daqui\s+a|daqui)\s+{n}\s+{unit}(?P<half>\s+e\s+meia)?", _offset),
        (r"(?:em|dentro\s+de|daqui\s+a|daqui)(?=\s+(?:meia\s+hora|um\s+par\s+de))", "in"),
        (r"(?:ha|faz|fazem)\s+{n}\s+{unit}(?:\s+atras)?", "{n} {unit} ago"),
        (r"{n}\s+{unit}\s+atras", "{n} {unit} ago"),
        # recurrence
        (r"(?:a\s+)?cada\s+{n}\s+{unit}", "every {n} {unit}"),
        # "of" between a weekday or unit and the period holding it
        (
            r"(?:n?[ao]\s+)?(?:{wd}|{unit})\s+(?P<of>da|de|do|desta|dessa|deste|desse)(?=\s+(?:{month}|cada|"
            r"todo|proxim|\d{4}|semana|mes|ano))",
            _of,
        ),
        (
            r"(?:n?a\s+)?(?:semana\s+que\s+vem|q\s+vem|proxima\s+semana),?\s+(?:n[ao]\s+)?{wd}",
            "{wd} next week",
        ),
        (
            r"(?:(?P<the>n?[ao]|n?[ao]s|este|esta|neste|nesta|esse|essa|nesse|nessa|todo|toda|"
            r"todos\s+os|todas\s+as|cada)\s+)?(?:(?P<pre>proximo|proxima|prox|passado|passada|ultimo|"
            r"ultima)\s+)?{wd}(?:\s+(?P<post>que\s+vem|q\s+vem|proximo|proxima|passado|passada|"
            r"anterior|retrasado|retrasada))?",
            _modified,
        ),
        (
            r"(?:(?P<the>n?[ao]|este|esta|neste|nesta|esse|essa|nesse|nessa|todo|toda|todos\s+os|"
            r"todas\s+as|cada|a\s+cada|uma\s+vez\s+(?:por|a\s+cada|ao|a|cada))\s+)?(?:(?P<pre>proximo|"
            r"proxima|prox|passado|passada|ultimo|ultima|anterior)\s+)?(?P<p>{unit}|fim\s+de\s+semana|"
            r"final\s+de\s+semana|fds|verao|inverno|outono|primavera|manhas?|tardes?|noites?)"
            r"(?:\s+(?P<post>que\s+vem|q\s+vem|proximo|proxima|seguinte|passado|passada|anterior|"
            r"atual|actual|corrente))?",
            _modified,
        ),
        (r"(?:ate|pra|para|pro)(?=\s+(?:[ao]\s+)?(?:{wd}|amanha|hoje|o\s+fim|o\s+final))", "by"),
        (r"(?:em|no\s+mes\s+de)\s+{month}", "in {month}"),
        (r"ate\s+(?:o\s+mes\s+de\s+)?{month}", "until {month}"),
        (r"a\s+partir\s+d[aeo]s?(?=\s+(?:{wd}|amanha|hoje|dia|\d))", "starting"),
        # clock times and parts of day
        (_TO, _to_hour),
        (_CLOCK, lambda g: _clock(g) if _TAIL & g.keys() or "." in g["n"] else None),
        (_BARE_CLOCK, _clock),
        (r"(?:ao\s+|no\s+)?(?:fim|final)\s+da\s+tarde", "in the evening"),
        (
            r"(?:de|pela|a|na|da)\s+(?P<p>manha|tarde|noite|madrugada)",
            lambda g: _PART_OF_DAY[g["p"]],
        ),
    ),
    not_before=(r"n[aã]o", r"em\s+vez\s+d[eao]", r"ao\s+inv[eé]s\s+d[eao]"),
    not_after=(),
)
