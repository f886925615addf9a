"""French time words and phrases."""

from __future__ import annotations

from collections.abc import Mapping

from flowhub.nlp.lang._schema import Language
from flowhub.nlp.lang._schema import english_ordinal as _ordinal

# fmt: off
_ONES = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
         "huit": 8, "neuf": 9}
_NUMBERS = {"zero": 0, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
            "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20,
            "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, **_ONES}
for _tens, _value in (("vingt", 20), ("trente", 30), ("quarante", 40), ("cinquante", 50)):
    for _sep in ("-", " "):
        _NUMBERS[f"{_tens}{_sep}et{_sep}un"] = _value + 1
        for _one, _n in _ONES.items():
            if _n > 1:
                _NUMBERS[f"{_tens}{_sep}{_one}"] = _value + _n
for _teen, _n in (("sept", 17), ("huit", 18), ("neuf", 19)):
    _NUMBERS[f"dix {_teen}"] = _n
_ORDINALS = {"premier": 1, "premiere": 1, "1er": 1, "1ere": 1, "deuxieme": 2, "second": 2,
             "seconde": 2, "troisieme": 3, "quatrieme": 4, "cinquieme": 5, "sixieme": 6,
             "septieme": 7, "huitieme": 8, "neuvieme": 9, "dixieme": 10}
_UNITS = {"seconde": "second", "secondes": "second", "sec": "second", "s": "second",
          "minute": "minute", "minutes": "minute", "min": "minute", "mn": "minute",
          "heure": "hour", "heures": "hour", "h": "hour", "jour": "day", "jours": "day",
          "journee": "day", "journees": "day", "j": "day", "semaine": "week",
          "semaines": "week", "sem": "week", "mois": "month", "an": "year", "ans": "year",
          "annee": "year", "annees": "year", "trimestre": "quarter", "trimestres": "quarter",
          "week-end": "weekend", "week-ends": "weekend", "weekend": "weekend",
          "weekends": "weekend", "we": "weekend"}
_MONTHS = {"janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4,
           "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9,
           "sept": 9, "octobre": 10, "oct": 10, "novembre": 11, "nov": 11, "decembre": 12,
           "dec": 12}
_WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
             "dimanche": 6}
_WEEKDAYS |= {f"{w}s": d for w, d in list(_WEEKDAYS.items())}
_WORDS = {
    # days
    "aujourd'hui": "today", "aujourdhui": "today", "aujourd hui": "today", "auj": "today",
    "ajd": "today", "demain": "tomorrow", "dem": "tomorrow",
    "apres-demain": "the day after tomorrow", "apres demain": "the day after tomorrow",
    "le surlendemain": "the day after tomorrow",
    "hier": "yesterday", "avant-hier": "the day before yesterday",
    "avant hier": "the day before yesterday",
    "la semaine du": "the week of", "semaine du": "the week of",
    "au debut de l'apres-midi": "early afternoon",
    # parts of day
    "matin": "morning", "mat": "morning", "matinee": "morning", "soir": "evening",
    "soiree": "evening", "apres-midi": "afternoon", "apres midi": "afternoon",
    "aprem": "afternoon", "apm": "afternoon", "nuit": "night", "midi": "noon",
    "minuit": "midnight", "ce matin": "this morning", "ce soir": "this evening",
    "cet apres-midi": "this afternoon", "cet apres midi": "this afternoon",
    "cet aprem": "this afternoon", "cette aprem": "this afternoon",
    "en soiree": "this evening", "en matinee": "in the morning", "cette nuit": "tonight",
    "ce midi": "today at noon",
    "cette apres-midi": "this afternoon", "dans la matinee": "in the morning",
    "dans la soiree": "in the evening", "dans l'apres-midi": "in the afternoon",
    "dans la nuit": "in the night", "le matin": "in the morning", "le soir": "in the evening",
    "l'apres-midi": "in the afternoon", "la nuit": "at night", "au matin": "in the morning",
    "en debut de matinee": "early morning", "en milieu de matinee": "morning",
    "au milieu de la matinee": "morning",
    "en fin de matinee": "late morning", "tot le matin": "early morning",
    "tres tot le matin": "early morning", "le matin tot": "early morning",
    "le matin tres tot": "early morning", "en debut d'apres-midi": "early afternoon",
    "en milieu d'apres-midi": "afternoon", "en fin d'apres-midi": "late afternoon",
    "fin d'apres-midi": "late afternoon", "au milieu de l'apres-midi": "afternoon",
    "a la fin de l'apres-midi": "late afternoon", "en debut de journee": "early morning",
    "au debut de la journee": "early morning", "en milieu de journee": "midday",
    "au milieu de la journee": "midday", "en fin de journee": "end of day",
    "a la fin de la journee": "end of day", "en debut de soiree": "early evening",
    "en fin de soiree": "late evening", "a la fin de la soiree": "late evening",
    "tard le soir": "late evening", "apres le dejeuner": "after lunch",
    "apres dejeuner": "after lunch", "avant le dejeuner": "before lunch",
    "avant dejeuner": "before lunch", "pendant le dejeuner": "at lunch",
    "a l'heure du dejeuner": "at lunch", "au moment de dejeuner": "at lunch",
    "au dejeuner": "at lunch", "dejeuner": "lunch", "apres le travail": "after work",
    "en fin de semaine": "end of the week", "a la fin de la semaine": "end of the week",
    "la fin de la semaine": "end of the week", "fin de la semaine": "end of the week",
    "la fin du mois": "end of the month", "la fin de l'annee": "end of the year",
    "fin de semaine": "end of the week", "en debut de semaine": "beginning of the week",
    "au debut de la semaine": "beginning of the week", "debut de semaine": "beginning of the week",
    "en fin de mois": "end of the month", "a la fin du mois": "end of the month",
    "fin du mois": "end of the month", "fin de mois": "end of the month",
    "en debut de mois": "beginning of the month",
    "au debut du mois": "beginning of the month", "debut du mois": "beginning of the month",
    "en fin d'annee": "end of the year", "a la fin de l'annee": "end of the year",
    "fin d'annee": "end of the year", "en debut d'annee": "beginning of the year",
    "au debut de l'annee": "beginning of the year", "debut d'annee": "beginning of the year",
    # periods
    "cette semaine": "this week", "ce mois": "this month", "ce mois-ci": "this month",
    "cette annee": "this year", "ce trimestre": "this quarter", "ce week-end": "this weekend",
    "ce weekend": "this weekend", "ce we": "this weekend", "dans la semaine": "this week",
    "dans la journee": "today", "en milieu de semaine": "wednesday",
    "au milieu de la semaine": "wednesday", "maintenant": "now", "en ce moment": "at the moment",
    "des la matinee": "in the morning",
    # seasons and holidays
    "cet ete": "this summer", "l'ete prochain": "next summer", "l'ete dernier": "last summer",
    "cet hiver": "this winter", "hiver": "winter", "printemps": "spring", "automne": "autumn",
    "noel": "christmas", "le soir de noel": "christmas eve evening",
    "reveillon de noel": "christmas eve",
    "jour de l'an": "new year's day", "nouvel an": "new year's day",
    "premier de l'an": "new year's day", "saint-sylvestre": "new year's eve",
    "saint sylvestre": "new year's eve", "reveillon du nouvel an": "new year's eve",
    "toussaint": "all saints day", "jour des morts": "all saints day",
    "fete du travail": "may day", "paques": "easter", "lundi de paques": "easter monday",
    "pentecote": "pentecost", "ascension": "ascension day", "assomption": "assumption day",
    "saint-valentin": "valentine's day", "saint valentin": "valentine's day",
    "fete des peres": "father's day", "armistice": "november 11", "fete nationale": "july 14",
    # recurrence
    "tous les jours": "every day", "chaque jour": "every day", "quotidiennement": "every day",
    "tous les matins": "every morning", "chaque matin": "every morning",
    "tous les soirs": "every evening", "chaque soir": "every evening",
    "toutes les semaines": "every week", "chaque semaine": "every week",
    "tous les mois": "every month", "chaque mois": "every month", "tous les ans": "every year",
    "chaque annee": "every year", "tous les": "every", "toutes les": "every", "chaque": "every",
    "un jour sur deux": "every other day", "une semaine sur deux": "every other week",
    "en semaine": "on weekdays",
    # modifiers and prepositions
    "prochain": "next", "prochaine": "next", "dernier": "last", "derniere": "last",
    "jusqu'a": "until", "jusqu'au": "until the", "jusqu a": "until", "a partir de": "from",
    "a partir": "from", "vers": "at around", "environ": "at around",
    "aux alentours de": "at around", "autour de": "at around", "d'ici": "by", "d'ici a": "by",
    "avant": "before", "apres": "after", "plus tard que": "after", "au plus tard": "by",
    "mi": "mid", "debut": "beginning of", "fin": "end of", "dans": "in",
}
# fmt: on


def _int(g: Mapping[str, str], key: str, default: int = 0) -> int:
    raw = g.get(key)
    return int(raw) if raw is not None and raw.isdigit() else default


# Groups arrive translated when the words table knows them ("le soir" -> "in the evening").
_EARLY = {"du mat", "du matin", "in the morning"}
_NIGHT = {"de la nuit", "in the night"}
_NOON = {"noon": 12, "midnight": 0}
_MINUTES = {"et quart": 15, "et demi": 30, "et demie": 30, "trois quarts": 45}
_ABBREVIATED = {"lun": "monday", "mer": "wednesday", "jeu": "thursday", "ven": "friday",
                "sam": "saturday", "dim": "sunday"}  # fmt: skip
_SEASONS = {"ete": "summer", "hiver": "winter", "printemps": "spring", "automne": "autumn"}


def _clock_pattern(h: str, m: str, less: str, wd: str, s: str = "") -> str:
    """A clock time ("15h30", "trois heures et quart", "midi moins cinq"); groups end in `s`."""
    return (
        rf"(?:(?<!-)(?<!ce\s)(?P<hw{s}>midi|minuit)|(?<!\bin\s)(?<!\bpast\s)(?<!/){{{h}}}\s*(?:\x68|heures?))"
        rf"(?:\s+(?P<q{s}>et\s+quart|et\s+demie?|trois\s+quarts|moins\s+(?:le\s+)?quart)"
        rf"|\s+moins\s+{{{less}}}"
        rf"|\s*(?:et\s+)?{{{m}}}(?:\s*(?:minutes?|min|mn))?)?"
        rf"(?:\s+(?P<pod{s}>du\s+mat(?:in)?|du\s+soir|de\s+l'apres-midi|de\s+l'aprem"
        r"|de\s+la\s+nuit|dans\s+la\s+soiree|dans\s+la\s+matinee|dans\s+la\s+nuit"
        r"|le\s+matin|le\s+soir))?"
        rf"(?P<lt{s}>(?=\s+(?:(?:cet|ce|cette|demain|aujourd'hui|hier|{{{wd}}})\s+)?"
        r"(?:apres-midi|aprem|soir|soiree|matin|nuit)))?"
    )


def _clock(g: Mapping[str, str], h: str, m: str, less: str, s: str = "") -> str:
    """The English time of a `_clock_pattern` match: French writes hours 0-23."""
    hw = g.get(f"hw{s}")
    hour = _NOON[hw] if hw else _int(g, h)
    q = " ".join(g.get(f"q{s}", "").split())
    minute = _MINUTES.get(q, -15) if q else -_int(g, less) if less in g else _int(g, m)
    if minute < 0:
        hour, minute = (hour - 1) % 24, 60 + minute
    pod = " ".join(g.get(f"pod{s}", "").split())
    if pod in _EARLY or (pod in _NIGHT and hour < 6):
        hour %= 12
    elif pod and hour < 12:
        hour += 12
    if f"lt{s}" in g and not pod and hour < 12:
        return f"{hour}:{minute:02}" if minute else str(hour)  # "3 this afternoon" is 15:00
    if hour == 0 or hour >= 12:
        return f"{hour}:{minute:02}"
    return f"{hour}:{minute:02}am"


def _at_clock(g: Mapping[str, str]) -> str | None:
    if not g.get("hw") and _int(g, "n") > 24:
        return None  # "48h" is a duration
    return ("at " if g.get("a") else "") + _clock(g, "n", "n2", "n3")


def _day_clock(g: Mapping[str, str]) -> str | None:
    """ "demain 9h" as "tomorrow at 9:00", the day kept with its hour."""
    at = _at_clock({**g, "a": "a"})
    return f"{g.get('r') or g.get('wd2')} {at}" if at else None


def _clock_range(g: Mapping[str, str]) -> str:
    return f"from {_clock(g, 'n', 'n2', 'n3')} to {_clock(g, 'n4', 'n5', 'n6', '1')}"


def _day_range(g: Mapping[str, str]) -> str | None:
    if not ({"du", "month", "wd", "wd2"} & g.keys()):
        return None  # "appartement 12 au 3e étage"
    if "y" in g:
        return f"from {g['month']} {g['day']} {g['y']} to {g['month']} {g['day2']} {g['y']}"
    month = f" of {g['month']}" if "month" in g else ""
    return f"from the {_ordinal(_int(g, 'day'))} to the {_ordinal(_int(g, 'day2'))}{month}"


def _past_minutes(g: Mapping[str, str]) -> str | None:
    """ "15h passé de 20 minutes": the hour and the minutes said after it."""
    if not 0 <= _int(g, "n2", 60) < 60:
        return None
    return f"{'at ' if g.get('a') else ''}{_int(g, 'n')}:{_int(g, 'n2'):02}"


def _two_digit_year(g: Mapping[str, str]) -> str:
    y = _int(g, "y")
    return f"{g['month']} {g['day']} {y + (2000 if y < 50 else 1900)}"


def _fortnight(g: Mapping[str, str]) -> str:
    return f"{g['month']} {1 if g['q'] == '1st' else 16}"


def _the_day(g: Mapping[str, str]) -> str:
    return f"the {_ordinal(int(g['dd']))}"


def _wd_day(g: Mapping[str, str]) -> str:
    return f"{g.get('wd') or _ABBREVIATED[g['ab']]} the {_ordinal(_int(g, 'day'))}"


def _nth(g: Mapping[str, str]) -> str:
    o = g["o"]
    if o[-2:] not in ("st", "nd", "rd", "th") and o != "last":
        o = _ordinal(int(o.rstrip("eimr")))
    every = " of every month" if g.get("every") else ""
    return f"the {o} {g.get('wd') or g['unit']}{every}"


def _eve(g: Mapping[str, str]) -> str:
    return "1 day before" if g.get("of") else "yesterday evening" if g.get("eve") else "yesterday"


def _in_and_half(g: Mapping[str, str]) -> str:
    return f"in {_int(g, 'n') * 60 + (30 if g.get('half') else _int(g, 'n2'))} minutes"


def _every_n(g: Mapping[str, str]) -> str:
    return f"every {g['n']} {g.get('wd') or g['unit']}s"


def _of(g: Mapping[str, str]) -> str:
    return "of " if g.get("of") else ""


def _season(g: Mapping[str, str]) -> str:
    mod = {"next": "next", "last": "last", "passe": "last"}.get(g.get("mod", ""), "this")
    return f"{mod} {_SEASONS.get(g['season'], g['season'])}"


# "h" and "e" are written as escapes: a bare letter in a phrase would mark "16h" or "e-mail" as
# French, and the engine tries a language only on messages holding one of its words.
_DAY_SUFFIX = r"(?:er|ere|eme|ieme|\x65)?"
_ORD = (
    r"\d{1,2}(?:er|ere|eme|ieme|\x65)|premier|premiere|deuxieme|troisieme|quatrieme|cinquieme"
    r"|dernier|derniere"
)
# Italian writes "per le 15" (by 15:00): "le 15" there is no French date.
_NOT_ITALIAN = r"(?<!per\s)(?<!verso\s)(?<!entro\s)(?<!dopo\s)(?<!fino\s)"
_NOT_A_DATE = r"(?!\s*(?:[%€$.,:/-]?\d|\x68\b|heures?|ans\b|euros?|personnes|fois|min))"
_NOT_RELATIVE = r"(?!\s+(?:prochaine?|derniere?|suivante?|passee?|precedente?|de\s|d'))"
# Hours that last, not a time of day: "j'ai mis 3 heures", "3 heures de retard" (but "à 14h de
# préférence").
_NOT_LASTING = (
    r"(?<!mis\s)(?<!pris\s)(?<!pendant\s)(?<!durant\s)(?<!dure\s)(?<!prend\s)(?<!depuis\s)"
)
_NOT_OF = r"(?(a)|(?!\s+(?:de\s+|d')(?!l'apres|l'aprem|la\s+nuit|preference)[a-z]))"
_OF = r"(?:(?P<of>du|de\s+la|de\s+l'|de|d')\s*)?"
# "à 18h", "à 9h30", "18 h 30": the accent folds away, but "a" before an hour in "h" and an
# hour spaced from its "h" are French alone.
_AT_HOUR = r"(?<![\w'])a\s+\d{1,2}\s*\x68(?:\d\d)?(?!\w)|(?<![\w.,:])\d{1,2}\s+\x68\s*\d\d(?!\w)"
_NOT_PHONE = r"(?![\s.]*\d)"  # "appeler le 06 12 34 56 78"
# A message that is only a day and a month number ("17 02", "31 10 14"): a date where the day
# cannot be a month, or where a full year follows.
_DAY_MONTH_ONLY = (
    r"^\s*(?:(?:1[3-9]|2\d|3[01])\s+(?:0?[1-9]|1[0-2])(?:\s+(?:\d\d|(?:19|20)\d\d))?"
    r"|(?:0?[1-9]|[12]\d|3[01])\s+(?:0?[1-9]|1[0-2])\s+(?:19|20)\d\d)\s*$"
)
# fmt: off
_AMBIGUOUS = frozenset({
    *_NUMBERS, *_ORDINALS, "week-end", "week-ends", "weekend", "weekends", "s", "h", "j", "min",
    "sec", "mn", "sem", "we", "mat", "apm", "dejeuner", "dans", "dernier", "derniere", "seconde",
    "ascension", "armistice", "dem",
})
# fmt: on

LANGUAGE = Language(
    code="fr",
    months=_MONTHS,
    weekdays=_WEEKDAYS,
    units=_UNITS,
    numbers=_NUMBERS,
    ordinals=_ORDINALS,
    words=_WORDS,
    ambiguous=_AMBIGUOUS,
    marks=(_DAY_MONTH_ONLY, _AT_HOUR),
    phrases=(
        (r"mardi\s+gras", "mardi gras"),  # the holiday, which the grammar knows
        # "chaque lundi tôt", "vendredi de bonne heure": that day's morning.
        (
            r"{wd}\s+(?:(?:tres|assez)\s+)?(?:tot|de\s+bonne\s+heure)",
            lambda g: f"{g['wd']} morning",
        ),
        # "dem" is short for demain only next to a time: "neben dem Spiegel" is German.
        (
            r"dem(?=\s+(?:a\s+)?\d|\s+(?:matin|soir|midi|aprem|apres-midi|apres\s+midi)\b)",
            "tomorrow",
        ),
        (
            r"(?:(?P<a>a)\s+)?{n}\s*(?:\x68|heures?)\s+passee?s?\s+de\s+{n2}\s*(?:minutes?|min|mn)",
            _past_minutes,
        ),
        (r"{day}\s+jui\.?", "july {day}"),  # "juil" cut short ("jui" alone is "je suis")
        # offsets
        (r"dans\s+(?:une|1)\s+demi-?\s?heure", "in half an hour"),
        (r"dans\s+(?:un|1)\s+quart\s+d'heure", "in a quarter of an hour"),
        (r"dans\s+(?:trois|3)\s+quarts\s+d'heure", "in 45 minutes"),
        (
            r"dans\s+{n}\s*(?:\x68|heures?)\s*(?:(?P<half>et\s+demie?)|{n2}(?:\s*(?:min|minutes?))?)",
            _in_and_half,
        ),
        (r"dans\s+{n}\s*{unit}", "in {n} {unit}"),
        (r'dans\s+(?P<n>\d{1,2})\s*"', 'in {n}"'),  # seconds
        # the coming start of a month: on the 12th, "en début de mois" is the 1st of the next
        (
            r"(?:(?:en|au)\s+)?debut\s+(?:du|de)\s+mois"
            r"(?!\s+(?:prochain|dernier|suivant|precedent|passe|de\s|d')|-ci)",
            "on the 1st",
        ),
        (r"(?:d'ici|sous|(?:dans|sous)\s+les)\s+{n}\s*{unit}", "within {n} {unit}"),
        (r"dans\s+l'heure", "within an hour"),
        (r"il\s+y\s+a\s+{n}\s*{unit}", "{n} {unit} ago"),
        (r"{n}\s+{unit}\s+(?:plus\s+tard|apres)", "{n} {unit} later"),
        (r"(?:les\s+)?{n}\s+(?:derniers?|dernieres?)\s+{unit}", "last {n} {unit}"),
        (r"(?:les\s+)?{n}\s+(?:prochains?|prochaines?)\s+{unit}", "next {n} {unit}"),
        (
            r"(?:les\s+)?{n}\s+{unit}\s+(?:passes?|passees?|precedents?|precedentes?)",
            "last {n} {unit}",
        ),
        (r"(?:les\s+)?{n}\s+{unit}\s+(?:suivants?|suivantes?|a\s+venir)", "next {n} {unit}"),
        (r"(?:tous|toutes)\s+les\s+{n}\s+(?:{wd}|{unit})", _every_n),
        (r"un\s+{wd}\s+sur\s+deux", "every other {wd}"),
        (
            r"(?:une|1)\s+fois\s+par\s+(?P<u>jour|semaine|mois|an)",
            lambda g: {"day": "daily", "week": "weekly", "month": "monthly"}.get(g["u"], "yearly"),
        ),
        (
            r"(?:tous\s+les|chaque)\s+(?P<o>premier|deuxieme|troisieme|quatrieme|dernier)s?"
            r"\s+{wd}\s+(?:du|de\s+chaque)\s+mois",
            "every {o} {wd} of the month",
        ),
        (
            r"(?:tous\s+les\s+jours|chaque\s+jour)\s+(?:sauf|hors)\s+(?:le\s+|les\s+)?"
            r"(?:week-?ends?|we|samedis?\s+et\s+dimanches?)",
            "every weekday",
        ),
        (r"(?P<r>demain|apres-demain|{wd})\s+dans\s+la\s+journee", lambda g: g.get("wd") or g["r"]),
        # clock times
        # "après 9h30" beside a day is its time: "jeudi après 9h30"
        (r"(?:apres|plus\s+tard\s+que|des)(?=\s+(?:a\s+)?\d{1,2}\s*(?:\x68|:|heures?))", "from"),
        (
            r"(?:de|entre|des)\s+"
            + _clock_pattern("n", "n2", "n3", "wd")
            + r"\s*(?:a|et|jusqu'a|-)\s+"
            + _clock_pattern("n4", "n5", "n6", "wd2", "1"),
            _clock_range,
        ),
        # after a day an hour is its time, "de …" or not ("demain 9h de réunion avec Paul"); the
        # "de" goes with it
        (
            r"(?:(?P<r>demain|apres-demain|aujourd'hui|aujourdhui)|{wd2})\s+(?:(?P<a>a)\s+)?"
            + _clock_pattern("n", "n2", "n3", "wd")
            + r"\s+de(?=\s+[a-z])",
            _day_clock,
        ),
        (
            _NOT_LASTING + r"(?:(?P<a>a)\s+)?" + _clock_pattern("n", "n2", "n3", "wd") + _NOT_OF,
            _at_clock,
        ),
        (
            r"(?P<n>\d{1,2})\s*\x68(?=\s+(?:de\s+|d')(?!l'apres|l'aprem|la\s+nuit|preference)[a-z])",
            "{n} hours",
        ),
        # days and dates
        (r"du\s+lundi\s+au\s+vendredi(?=\s+(?:a|vers|des)\s+\d)", "every weekday"),
        (
            r"(?:(?P<du>du|entre\s+le)\s+)?(?:{wd}\s+)?{day}"
            + _DAY_SUFFIX
            + r"\s+(?:au|et\s+le|jusqu'au)\s+(?:{wd2}\s+)?{day2}"
            + _DAY_SUFFIX
            + r"(?:\s+(?:de\s+|d')?{month})?",
            _day_range,
        ),
        (r"{day}\s*-\s*{day2}\s+{month}\.?(?:\s+(?P<y>\d{4}))?", _day_range),
        (
            r"(?:la\s+)?(?P<q>premiere|1ere|deuxieme|seconde|2e|2eme)\s+quinzaine\s+(?:de\s+|d')?{month}",
            _fortnight,
        ),
        (
            r"(?:la\s+|le\s+|l')?(?P<p>matinee|matin|soiree|soir|apres-midi|nuit)\s+du(?=\s+\d)",
            "{p} of",
        ),
        # a hedge between a day and its time: "jeudi mais entre 9h et 11h", "le 16 plutôt vers 18h"
        (r"{wd}\s+(?:mais|plutot|par\s+exemple)(?=\s)", "{wd},"),
        (
            r"le\s+(?P<dd>\d{1,2})(?:er|\x65)?(?:\s+(?:mais|plutot|par\s+exemple))?"
            r"(?=\s+(?:vers\s|a\s+partir|jusqu'|des\s|apres\s|plus\s+tard|entre\s))",
            lambda g: f"on {_the_day(g)},",
        ),
        (
            r"(?<!\d\s)(?:le\s+)?(?P<d>\d{1,2})\s+(?P<m>0[1-9]|1[0-2]|[1-9])\s+(?P<y>\d{4}|\d\d)"
            + _NOT_PHONE,
            "{d}/{m}/{y}",
        ),
        (r"le\s+(?P<d>\d{1,2})\s+(?P<m>0[1-9]|1[0-2]|[1-9])" + _NOT_PHONE, "{d}/{m}"),
        (r"^\s*(?P<d>1[3-9]|2\d|3[01])\s+(?P<m>0?[1-9]|1[0-2])\s*$", "{d}/{m}"),
        (
            r"tous\s+les\s+(?:1ers?|premiers?)\s+(?:du|de\s+chaque)\s+mois",
            "the 1st of every month",
        ),  # "tous les 1ers du mois"
        (
            r"tous\s+les\s+{day}" + _DAY_SUFFIX + r"s?\s+(?:du|de\s+chaque)\s+mois",
            "the {day} of every month",
        ),
        (
            r"(?:tous\s+les|chaque)\s+mois\s+le\s+{day}(?:er)?",
            lambda g: f"every month on the {_ordinal(_int(g, 'day'))}",
        ),
        (
            r"(?:le\s+)?(?:1er|premier)\s+(?:du|de\s+chaque)\s+mois" + _NOT_RELATIVE,
            "the 1st of every month",
        ),
        (
            r"(?:le\s+)?{day}\s+(?:de\s+chaque|du)\s+mois" + _NOT_RELATIVE,
            "the {day} of every month",
        ),
        (
            r"(?:le\s+|la\s+)?(?P<o>" + _ORD + r")\s+(?:{wd}|{unit})(?!')"
            r"(?:\s+(?P<every>du\s+mois|de\s+chaque\s+mois)" + _NOT_RELATIVE + ")?",
            _nth,
        ),
        (
            r"(?:le\s+)?{day}" + _DAY_SUFFIX + r"\s+(?:de\s+|d')?{month}\.?\s+(?P<y>\d\d)"
            r"(?=\s*(?:$|[,;!?]|\.(?!\d)))",
            _two_digit_year,
        ),
        (r"(?:le\s+)?{day}" + _DAY_SUFFIX + r"\s+(?:de\s+|d')?{month}", "{month} {day}"),
        (
            r"(?:{wd}|(?P<ab>lun|mer|jeu|ven|sam|dim)\.?)\s+(?:le\s+)?{day}"
            + _DAY_SUFFIX
            + _NOT_A_DATE,
            _wd_day,
        ),
        (
            r"(?:la\s+)?semaine\s+du\s+(?P<dd>\d{1,2})(?:er)?" + _NOT_A_DATE,
            lambda g: f"the week of {_the_day(g)}",
        ),
        (
            r"(?:en\s+|au\s+|a\s+la\s+)?(?P<x>debut|fin)\s+(?:de\s+la\s+|du\s+|de\s+l'|de\s+|d')?"
            r"(?P<u>semaine|mois|annee)\s+(?P<m>prochaine?|derniere?)",
            "{x} {m} {u}",
        ),
        (r"(?:dans\s+le\s+)?courant\s+(?:de\s+|d'|du\s+mois\s+(?:de\s+|d'))?{month}", "in {month}"),
        (
            r"(?:dans\s+le\s+)?courant\s+(?:de\s+la\s+|du\s+|de\s+l')(?P<u>semaine|mois|annee)"
            r"(?:\s+(?P<m>prochaine?))?",
            lambda g: f"{g.get('m', 'this')} {g['u']}",
        ),
        (r"tard\s+ce\s+soir|ce\s+soir\s+tard", "late tonight"),
        (_NOT_ITALIAN + r"(?:le|du|au)\s+(?P<dd>\d{1,2})(?:er|\x65)?" + _NOT_A_DATE, _the_day),
        (r"jusqu'au\s+(?P<dd>\d{1,2})(?:er|\x65)?" + _NOT_A_DATE, lambda g: f"until {_the_day(g)}"),
        (
            r"(?P<x>fin|debut|mi)[\s-]+(?:du\s+mois\s+(?:de\s+|d'))?{month}",
            lambda g: f"{g['x']} {g['month']}",
        ),
        (r"(?:au|le)\s+mois\s+(?:de\s+|d'){month}", "{month}"),
        (r"(?:de\s+|d'|du\s+)(?:mois\s+(?:de\s+|d'))?{month}", "of {month}"),
        # weekdays and periods
        (r"{wd}\s+(?:prochain|pro|proch|prox|qui\s+vient)", "{wd}"),
        (r"{wd}\s+(?:dernier|passe)", "last {wd}"),
        (r"{wd}\s+(?:suivant|d'apres)", "the following {wd}"),
        # "en huit" counts from the day named, today included: on a Tuesday "mardi en huit" is
        # a week from today, on a Wednesday a week from next Tuesday.
        (
            r"(?P<r>aujourd'hui|aujourdhui|demain)\s+en\s+(?P<k>huit|8|quinze|15)",
            lambda g: f"{'a week' if g['k'] == '8' else '2 weeks'} from {g['r']}",
        ),
        (r"{wd}\s+en\s+(?:huit|8)", "the 2nd {wd} after yesterday"),
        (r"{wd}\s+en\s+(?:quinze|15)", "the 3rd {wd} after yesterday"),
        (
            r"(?:le|les|tous\s+les|chaque)\s+{wd}\s+et\s+(?:le\s+|les\s+)?{wd2}",
            "every {wd} and {wd2}",
        ),
        (r"(?:ce|cet|cette)\s+{wd}", "this {wd}"),
        (r"le\s+{wd}", "on {wd}"),
        (
            r"(?P<ab>lun|mar|mer|jeu|ven|sam|dim)\.?(?=\s+\d{1,2}\s*(?:\x68|:))",
            lambda g: _ABBREVIATED.get(g["ab"], "tuesday"),
        ),
        (r"(?:en\s+)?{month}\s+(?:prochain|pro)", "next {month}"),
        (r"en\s+{month}", "in {month}"),
        (
            r"(?:le\s+)?(?:jour\s+(?:suivant|d'apres)|lendemain)(?P<of>\s+(?:du|de))?",
            lambda g: "1 day after" if g.get("of") else "tomorrow",
        ),
        (
            r"(?:le\s+jour\s+(?:precedent|d'avant)|la\s+veille)(?:(?P<of>\s+(?:du|de))"
            r"|(?P<eve>\s+au\s+soir))?",
            _eve,
        ),
        (r"ce\s+jour", "today"),
        (
            _OF + r"(?:l'|la\s+|le\s+|les\s+)?{unit}\s+(?:prochaine?|suivante?|qui\s+vient"
            r"|qui\s+suit|d'apres|a\s+venir|pro|proch|prox)",
            lambda g: f"{_of(g)}next {g['unit']}",
        ),
        (
            _OF + r"(?:l'|la\s+|le\s+)?{unit}\s+(?:derniere?|passee?|precedente?)",
            lambda g: f"{_of(g)}last {g['unit']}",
        ),
        (
            _OF + r"(?:le\s+|la\s+|l')?(?:prochaine?)\s+{unit}",
            lambda g: f"{_of(g)}next {g['unit']}",
        ),
        (r"(?:ce|cet|cette)\s+{unit}(?:-ci)?", "this {unit}"),
        (
            r"(?:l'|le\s+|cet\s+|en\s+|au\s+)(?P<season>ete|hiver|printemps|automne)"
            r"(?:\s+(?P<mod>prochain|dernier|passe))?",
            _season,
        ),
    ),
    not_before=(r"pas", r"non\s+pas", r"au\s+lieu\s+d[eu']?", r"plut[oô]t\s+que"),
    not_after=(),
)
