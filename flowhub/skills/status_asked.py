"""A list asked for in chat words: one's list, a period, the next period, a person's tasks.

"a ver, dame mi lista", "oye q tengo pa esta semana?", then "y la q viene?" (next week, after
a week asked about), "en wat ligt er nog bij Priya?". The words are read by
`flowhub.nlp.list_asked`; the answers are the status list's.
"""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from flowhub.connectors import Reply
from flowhub.nlp import list_asked
from flowhub.skills import manners, status
from flowhub.skills.context import Context
from flowhub.skills.status_period import read_period
from flowhub.skills.status_query import Query

_MAX_PERIOD_WORDS = 4


def handle(ctx: Context) -> list[Reply] | None:
    """Answer a list question said in chat words; None when the message is none."""
    said = manners.without_bot_name(ctx.event.text or ctx.text)
    asked = list_asked(said)
    if asked is None:
        return None
    if asked.kind == "mine":
        return status.answer(ctx, Query(), period_text="")
    if asked.kind == "person":
        return status.handle(
            replace(ctx, text=f"what does {asked.rest} have open?", intent="query")
        )
    if asked.kind == "period":
        period = read_period(asked.rest, now=ctx.now, tz=ctx.tz)
        if period is None or len(asked.rest.split()) > _MAX_PERIOD_WORDS:
            return None
        return status.answer(ctx, Query(period=period), period_text=asked.rest)
    return _next(ctx, asked.rest)


def _next(ctx: Context, unit: str) -> list[Reply] | None:
    """The last question asked again for the period after its own ("y la q viene?")."""
    last = ctx.thread.last_question(ctx.now)
    if last is None or not last.get("period"):
        return None
    before = read_period(str(last["period"]), now=ctx.now, tz=ctx.tz)
    if before is None:
        return None
    first = before.start.astimezone(ctx.zone).date()
    end = before.end.astimezone(ctx.zone).date()  # the day after the period
    if unit and unit != _unit_of(first, end):
        return None  # "and next month?" after a week is a new question, read elsewhere
    said = _after(first, end)
    period = read_period(said, now=ctx.now, tz=ctx.tz)
    if period is None:
        return None
    return status.answer(ctx, replace(_previous(ctx, last), period=period), period_text=said)


def _unit_of(first: date, end: date) -> str:
    days = (end - first).days
    if days == 1:
        return "day"
    if first.day == 1 and end.day == 1 and days in (28, 29, 30, 31):
        return "month"
    return "week" if days == 7 else ""


def _after(first: date, end: date) -> str:
    """The period as long as [first, end) right after it, as the period reader reads it."""
    if _unit_of(first, end) == "month":
        last = end.replace(day=calendar.monthrange(end.year, end.month)[1])
        return f"{end.isoformat()} to {last.isoformat()}"
    days = (end - first).days
    if days == 1:
        return end.isoformat()
    return f"{end.isoformat()} to {(end + timedelta(days=days - 1)).isoformat()}"


def _previous(ctx: Context, asked: dict[str, Any]) -> Query:
    name = asked.get("name")
    return Query(
        whose=str(asked.get("whose") or "me"),
        name=name if isinstance(name, str) else None,
        state=str(asked.get("state") or "open"),
        given=bool(asked.get("given")),
        topic=str(asked.get("topic") or ""),
    )
