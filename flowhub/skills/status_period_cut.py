"""A status question with its period said in the middle, in any language.

"e a Ana, tá com o que essa semana?", "Priya'nın bu hafta neleri var?", "peki benim bu hafta
neyim var": the period is cut out, the rest read as the status question it is without one
("e a Ana, tá com o que?"), and the answer lists that question's tasks for the period.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.nlp import english_command, english_time_words, list_asked, search_when
from flowhub.skills import status, status_said
from flowhub.skills.context import Context
from flowhub.skills.status_period import read_period
from flowhub.skills.status_query import asks_status

_MAX_WORDS = 12
# What a question without its period asks, said in English, by the kind it was read as.
_ASKED = {"all": "what do I have {period}?", "mine": "what do I have {period}?"}
_PERSON = "what does {name} have {period}?"


def handle(ctx: Context) -> list[Reply] | None:
    """List the tasks a status question asks for in the period it names; None when it is none."""
    said = (ctx.event.text or ctx.text).strip()
    if len(said.split()) > _MAX_WORDS:
        return None
    found = search_when(said, now=ctx.now, tz=ctx.tz)
    if len(found) != 1 or found[0].rrule or found[0].span is None:
        return None
    start, end = found[0].span
    period_words = said[start:end]
    locale = ctx.person.locale
    period = english_time_words(period_words, locale=locale).strip()
    if read_period(period, now=ctx.now, tz=ctx.tz) is None:
        return None
    rest = _without(said, start, end)
    english = _asked(rest, locale)
    if english is None:
        return None
    text = english.format(period=period)
    return status.handle(replace(ctx, text=text, intent="query"))


def _without(said: str, start: int, end: int) -> str:
    """`said` with the words from `start` to `end` cut and the gap closed."""
    rest = f"{said[:start].rstrip()} {said[end:].lstrip()}".strip()
    return re.sub(r"\s+(?=[,?!.؟])", "", rest)


def _asked(rest: str, locale: str | None) -> str | None:
    """The English question `rest` asks, with a `{period}` slot; None when it asks none."""
    english = english_command(rest, locale=locale)
    if english is not None and asks_status(english):
        return f"{english.rstrip('?').rstrip()} {{period}}?"
    for asked in status_said.readings(rest):
        if asked.kind == "person" and not asked.about:
            return _PERSON.format(name=asked.what, period="{period}")
        if asked.kind in _ASKED:
            return _ASKED[asked.kind]
    listed = list_asked(rest)
    if listed is not None and listed.kind == "person":
        return _PERSON.format(name=listed.rest, period="{period}")
    if listed is not None and listed.kind in _ASKED:
        return _ASKED[listed.kind]
    return None
