"""Cheap pre-checks that let the scanner skip rules that cannot match a text.

Each rule is gated by groups of words: the rule runs only if the text contains at least one
word of every group (the token "0" stands for any digit); a rule without a gate always runs.
A gate that is too broad only costs speed; one that is too narrow silently drops matches, so
every word a rule's regex requires must appear in its gate.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from flowhub.nlp import _time_holidays as hol
from flowhub.nlp._time_grammar import REL_DAYS, TZ_OFFSETS
from flowhub.nlp._time_lexicon import MONTHS, ORDINAL_WORDS, UNIT_WORDS, UNITS, WEEKDAYS

_RUN = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")
DIGIT = "0"  # the token standing for "the text has a digit"
_SKIP = frozenset({"the", "a", "de", "la", "el", "le", "por", "o", "da", "of", "in", "on"})


def heads(keys: Iterable[str]) -> frozenset[str]:
    """The first significant letter-run of each key ("new year's eve" -> "new")."""
    out: set[str] = set()
    for k in keys:
        runs = [r for r in _RUN.findall(k) if r not in _SKIP] or _RUN.findall(k)
        if runs:
            out.add(runs[0])
    return frozenset(out)


def runs(keys: Iterable[str]) -> frozenset[str]:
    """Every letter-run of every key."""
    return frozenset(r for k in keys for r in _RUN.findall(k))


def lasts(keys: Iterable[str]) -> frozenset[str]:
    """The last letter-run of each key ("the day after tomorrow" -> "tomorrow")."""
    return frozenset(r[-1] for r in (_RUN.findall(k) for k in keys) if r)


def words(text: str) -> frozenset[str]:
    """Letter-runs of folded text plus the symbols some rules key on."""
    out = set(_RUN.findall(text))
    for sym in "@-'/.:":
        if sym in text:
            out.add(sym)
    if _DIGIT.search(text):
        out.add(DIGIT)
    return frozenset(out)


_MON = heads(MONTHS)
_WD = heads(WEEKDAYS)
_NUMW = frozenset(UNITS) | {"twenty", "thirty", "forty", "fifty"}
# Word tables, kept packed: one word a line would bury them.
# fmt: off
_EVERY = frozenset({"every", "each", "evry", "cada", "todos", "todas", "todo", "toda", "tous",
                    "toutes", "chaque", "jeden", "jede", "jedes", "jeder", "alle"})
_PARTS = frozenset({"morning", "mornings", "afternoon", "afternoonish", "evening", "night",
                    "lunch", "lunchtime", "daybreak", "sunrise", "sunset", "manana", "tarde",
                    "noche", "manha", "noite", "matin", "apres", "midi", "soir", "soiree",
                    "morgens", "vormittag", "nachmittag", "abend", "abends", "nachts", "nacht",
                    "fruh", "school", "work", "day"})
_REL = lasts(REL_DAYS) | {"manana", "morgen"}
_HOUR_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                         "ten", "eleven", "twelve"})

_D = frozenset({DIGIT})
_ORD = runs(ORDINAL_WORDS) | {"twenty", "thirty", DIGIT}
_AMOUNT = _NUMW | {DIGIT, "a", "an", "few", "couple", "several", "half", "quarter", "pair", "un",
                   "una", "uno", "um", "uma", "une", "ein", "eine", "einem", "einer", "einen"}
_NUM = _NUMW | {DIGIT}
# rule function name -> groups of words; each group must meet the text
GATES: dict[str, tuple[frozenset[str], ...]] = {
    "_iso": (_D, frozenset({"-"})),
    "_year_month": (_D, frozenset({"-", "/"})),
    "_month_year": (_D, frozenset({"/"})),
    "_numeric": (_D, frozenset({"-", "/", "."})),
    "_month_day": (_MON, _ORD | _NUMW),
    "_day_month": (_MON, _ORD | _NUMW),
    "_ordinal_day": (frozenset({"the", "on", "month"}), _ORD),
    "_month": (_MON,),
    "_year_only": (_D, frozenset({"in", "since", "after", "before", "through", "during", "of",
                                  "until", "by", "year"})),
    "_relative_day": (_REL,),
    "_now": (frozenset({"asap", "as", "right", "immediately", "sofort", "de", "imediatamente",
                        "tout"}),),
    "_weekday": (_WD,),
    "_n_weekdays": (_WD,),
    "_nth_weekday_of": (frozenset({"first", "second", "third", "fourth", "fifth", "last",
                                   DIGIT}), frozenset({"of", "in"})),
    "_period": (frozenset({"week", "weeks", "weekend", "weekends", "wkend", "end", "month",
                           "year", "yr", "quarter", "qtr", "semana", "mes", "ano", "fin", "fim",
                           "semaine", "mois", "annee", "woche", "wochenende", "monat", "jahr"}),
                ),
    "_quarter": (frozenset({"quarter", "qtr", "q"}),),
    "_edge": (frozenset({"eod", "cob", "eow", "eom", "eoy", "bom", "boy", "eoq", "close", "end",
                         "beginning", "start", "early", "mid", "late"}),),
    "_offset": (runs(UNIT_WORDS) | {"'"}, _AMOUNT),
    "_shift_rel": (frozenset({"day", "days", "week", "weeks"}), frozenset({"after", "before"})),
    "_next_n": (frozenset({"next", "last", "past", "coming", "upcoming", "within"}),),
    "_clock": (_D, frozenset({":", "h", ".", "uhr"})),
    "_h_suffix": (_D, frozenset({"h", "uhr", "heure", "heures", "hrs"})),
    "_hour_ampm": (frozenset({"a", "p", "am", "pm", "m"}), _NUM),
    "_word_time": (_HOUR_WORDS | {"thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                                  "eighteen", "nineteen", "twenty"},
                   frozenset({"a", "p", "m", "am", "pm", "clock", "oclock", "thirty", "fifteen",
                              "forty", "o", "oh", "zero", "ou"})),
    "_oclock": (frozenset({"clock", "oclock"}),),
    "_same_time": (frozenset({"time"}), frozenset({"this", "same"})),
    "_hundred": (frozenset({"hundred"}),),
    "_anchored": (frozenset({"at", "@", "by", "until", "till", "til", "from", "around", "about",
                             "approx", "approximately", "before", "after", "since", "a", "las",
                             "la", "as", "um", "ab", "bis", "vers", "des", "hacia", "para",
                             "gegen"}), _NUM),
    "_past_to": (frozenset({"half", "past", "after", "to", "till", "before", "of", "from"}),
                 _NUM | {"quarter", "half"}),
    "_noon": (frozenset({"noon", "midday", "mid", "midnight", "mediodia", "medianoche", "meio",
                         "meia", "midi", "minuit", "mittag", "mitternacht", "mittags"}),),
    "_part": (_PARTS,),
    "_time_range": (frozenset({"between", "from", "to", "till", "until", "thru", "through", "and",
                               "a", "bis", "de", "entre", "von", "du", "-"}), _NUM),
    "_holiday": (heads(hol.NAMES), lasts(hol.NAMES)),
    "_day_range": (_MON, _ORD | _NUMW),
    "_zone_abbrev": (frozenset(TZ_OFFSETS),),
    "_upcoming_n": (frozenset({"upcoming"}),),
    "_season": (frozenset({"spring", "summer", "fall", "autumn", "winter", "season", "seasons"}),
                ),
    "_hour_before_part": (frozenset({"tonight", "tonite", "morning", "afternoon", "evening",
                                     "tomorrow", "today", "manana", "tarde", "noche", "matin",
                                     "soir"}), _HOUR_WORDS | {DIGIT}),
    "_hhmm_ampm": (_D, frozenset({"a", "p", "am", "pm", "m"})),
    "_every": (_EVERY,),
    "_after_done": (
        frozenset({"after", "from"}),
        frozenset({"completion", "done", "finishing", "completing", "doing", "ticking", "finish",
                   "finished", "complete", "completed", "do", "did", "tick", "ticked", "mark",
                   "marked"}),
    ),
    "_adverb": (frozenset({"mondays", "tuesdays", "wednesdays", "thursdays", "fridays",
                           "saturdays", "sundays", "lundis", "mardis", "mercredis", "jeudis",
                           "vendredis", "samedis", "dimanches", "montags", "dienstags",
                           "mittwochs", "donnerstags", "freitags", "samstags", "sonntags",
                           "sabados", "domingos", "daily", "everyday", "diario", "diaria",
                           "diariamente", "quotidien", "quotidiennement", "taglich", "weekly",
                           "semanal", "semanalmente", "hebdomadaire", "wochentlich", "monthly",
                           "mensual", "mensal", "mensalmente", "mensuel", "monatlich", "yearly",
                           "annually", "anual", "anualmente", "annuel", "jahrlich", "hourly",
                           "stundlich", "quarterly", "biweekly", "fortnightly", "weekdays",
                           "week", "workdays", "weekends", "every", "days"}),),
    "_every_nth_weekday": (_EVERY | {"month", "monthly"},),
    "_nth_workday": (frozenset({"weekday", "workday", "working", "business", "week", "work"}),),
    "_monthday": (_EVERY | {"monthly", "month", "mes", "mois", "monats"},),
    "_yearly": (frozenset({"every", "each", "yearly", "annually"}),),
    "_this_hour": (frozenset({"hour"}),),
    "_count": (frozenset({"times", "occurrences", "veces", "vezes", "fois", "mal"}),),
    "_closest": (frozenset({"closest"}),),
    "_week_of": (frozenset({"week"}), frozenset({"of"})),
    "_nth_weekday_after": (_WD, frozenset({"after", "before", "following"})),
    "_for_from": (frozenset({"for"}), frozenset({"from", "starting", "beginning"})),
    "_weekend_of": (frozenset({"weekend", "week", "wkend"}), frozenset({"of", "del", "du", "de"})),
    "_unit_after": (frozenset({"day", "week", "month"}),
                    frozenset({"after", "before", "following"})),
    "_tonight_hhmm": (frozenset({"tonight", "tonite"}), _D),
    "_in_n": (frozenset({"in"}), _D),
    "_weekday_daynum": (_WD, _D),
    "_month_in_years": (_MON, frozenset({"year", "years"})),
    "_for_span": (frozenset({"for"}),
                  frozenset({"day", "days", "week", "weeks", "month", "months"})),
    "_later_offset": (frozenset({"second", "back", "time"}),),
    "_dotted_range": (_D, frozenset({"."})),
}
# fmt: on
