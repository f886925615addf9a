"""Months that name the thing, not the day: "the invoice from november", "la facture de novembre".

A month said after a noun and a word for "of" or "from" ("the unpaid one from october", "fatura
de outubro", "Rechnung vom Oktober", "tagihan bulan oktober") or before a genitive ("november ka
bill") tells which invoice or report is meant; it is no due date. `masked` blanks those words
out, keeping every other character where it is, so the date finder reads the rest of the
message ("... de novembre lundi aprem": Monday afternoon) and the title keeps the month.
A day number beside the month ("the 5th of november", "15 de novembre") or a word for part of a
period before it ("end of november", "fin novembre", "Anfang Oktober") keeps it a date.
"""

from __future__ import annotations

import re

from flowhub.nlp._time_lexicon import alt, fold
from flowhub.nlp.lang import REGISTRY
from flowhub.nlp.lang._schema import words

__all__ = ["masked"]

_ENGLISH_MONTHS = words(
    "january february april june july august september october november december"
    " jan feb apr jun jul aug sep sept oct nov dec"
)
_MONTHS = alt(
    [m for m in _ENGLISH_MONTHS if len(m) > 3]
    + [fold(w) for lang in REGISTRY.values() for w in lang.months if len(w) > 3]
)
# "of", "from" and their kin; "for", "pour", "für", "para" also lead deadlines, so not them.
_OF = alt(
    words(
        "from of de du d' des do da dos das del della dello di dal dalla vom von van uit dari"
        " bulan ayı ayi за от из من"
    )
)
# Words before "of" that make the month a date: "end of", "the 5th of", "week of".
_PERIOD = re.compile(
    r"(?:\d+(?:st|nd|rd|th|er|e|º|ª|\.)?|end|start|beginning|middle|mid|early|late|week|weekend"
    r"|fin|debut|début|milieu|semaine|mois|ende|anfang|mitte|woche|final|inicio|início|meados"
    r"|semana|mes|mês|akhir|awal|pertengahan|minggu|fine|inizio|meta|metà|settimana|eind|begin"
    r"|midden|sonu|basi|başı|ortasi|ortası|hafta|конец|начало|середина|неделя|конца|начала"
    r"|середины|нач|dia|le|el|il|am|op|tanggal|tgl|per|bis|till|until|by|before|in|on|from"
    r"|since|after|desde|depuis|seit|sejak|partir|ab|starting|effective|mulai|beginning)$",
    re.I,
)
_REF = re.compile(
    r"(?<=[^\W\d_])(?P<lead>[\s,]+)(?P<of>" + _OF + r")\s*(?P<month>" + _MONTHS + r")(?!\w)"
    r"(?!\s*\d)(?!\s+(?:the\s+)?\d)",
    re.I,
)
# "november ka bill", "oktober'ın faturası": a genitive after the month.
_GENITIVE = re.compile(
    r"(?<!\w)(?P<month>" + _MONTHS + r")(?P<of>\s+(?:ka|ki|ke|का|की|के)|'?(?:[ıiuü]n|n[ıiuü]n))"
    r"(?=\s+[^\W\d_])",
    re.I,
)
_LAST_WORD = re.compile(r"([^\W\d_][\w'-]*|\d+\w*\.?)\s*$")


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def masked(text: str) -> str:
    """`text` with each month that names a thing blanked out, every other character in place."""
    folded = fold(text)
    if not (_REF.search(folded) or _GENITIVE.search(folded)):
        return text
    out = text
    for m in _REF.finditer(folded):
        before = _LAST_WORD.search(folded[: m.start()])
        if before is None or _PERIOD.match(before.group(1)):
            continue
        if re.match(r"\d", folded[max(0, m.start("of") - 4) : m.start("of")].strip() or "x"):
            continue
        out = _blank(out, m.start("of"), m.end("month"))
    for m in _GENITIVE.finditer(folded):
        out = _blank(out, m.start("month"), m.end("of"))
    return out
