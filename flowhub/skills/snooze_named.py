"""A reminder that went off, put off by naming it: "snooze marek 30 min", "snooze the marek one
20 min", "Kumar sir wala reminder kal subah tak tal do". The reminder whose words are named is
put off, even when another one went off after it."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from flowhub.connectors import Reply
from flowhub.nlp import parse_when, resolve_local
from flowhub.skills import remind, remind_clock
from flowhub.skills.context import Context
from flowhub.skills.remind_reply_amount import read_amount
from flowhub.storage import Reminder, as_utc, reminders

_MAX_WORDS = 12
_RECENT = timedelta(hours=12)
_SOONEST = timedelta(minutes=2)
_PUT_OFF = re.compile(
    r"(?<![\w'])(?:snooze|push|postpone|put\s+off|delay|verschieb\w*|schieb|adi[ae]\w*"
    r"|pospon\w*|aplaz\w*|repousse|décale|rimanda|posticipa|uitstellen|ertele\w*|tunda\w*"
    r"|t[aā]a?l\s+d[oe]|tal\s+dena|отложи\w*|перенеси)(?![\w'])",
    re.I,
)
# Words that name no reminder: "the marek one", "Kumar sir wala reminder".
_NOT_A_NAME = frozenset(
    [
        "the",
        "one",
        "reminder",
        "reminders",
        "wala",
        "wali",
        "wale",
        "sir",
        "madam",
        "ji",
        "that",
        "this",
        "for",
        "until",
        "till",
        "mins",
        "min",
        "minutes",
        "hours",
        "hour",
        "tak",
        "please",
        "pls",
        "den",
        "die",
        "das",
        "erinnerung",
        "lembrete",
        "recordatorio",
        "rappel",
        "promemoria",
        "herinnering",
        "hatırlatıcı",
        "pengingat",
        "напоминание",
        "yang",
        "itu",
    ]
)
_WORD = re.compile(r"[^\W\d_]{3,}")


def handle(ctx: Context) -> list[Reply] | None:
    """Put off the reminder that went off whose words the message names; None otherwise."""
    text = ctx.event.text or ctx.text
    if len(text.split()) > _MAX_WORDS or not (cue := _PUT_OFF.search(text)):
        return None
    # "garage doesnt open till 8, push it to 8:15": the time after the cue is the one asked for.
    at, span = _time_in(ctx, text[cue.end() :])
    span = (span[0] + cue.end(), span[1] + cue.end())
    if at is None:
        at, span = _time_in(ctx, text)
    if at is None:
        return None
    rest = text[: span[0]] + " " + text[span[1] :]
    rest = rest.replace(cue.group(), " ")
    said = {w.casefold() for w in _WORD.findall(rest)} - _NOT_A_NAME
    if not said:
        return None  # "snooze 30 min": the newest one, as before
    named = [r for r in _went_off(ctx) if said & _stems(r.text)]
    if len(named) != 1:
        return None
    return remind.snooze_to(ctx, named[0], at)


def _went_off(ctx: Context) -> list[Reminder]:
    """The person's one-off reminders that went off lately and wait for an answer."""
    return [
        r
        for r in reminders.get_past_reminders(session=ctx.session, person_id=ctx.person_id)
        if r.status == "fired"
        and r.anchor_at is not None
        and ctx.now - as_utc(r.anchor_at) < _RECENT
    ]


def _stems(title: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(title)} - _NOT_A_NAME


def _time_in(ctx: Context, text: str) -> tuple[datetime | None, tuple[int, int]]:
    """The time to put it off to and where it is said: an amount from now, or a time to come."""
    if amount := read_amount(text):
        return ctx.now + amount[0], amount[1]
    when = parse_when(text, now=ctx.now, tz=ctx.tz, locale=ctx.person.locale)
    if when is None or when.span is None or when.rrule or when.start < ctx.now + _SOONEST:
        return None, (0, 0)
    if when.grain in ("minute", "hour"):
        return when.start, when.span
    zone = remind_clock.zone_info(ctx.tz)
    morning = resolve_local(datetime.combine(when.start.date(), remind.MORNING), zone)
    return morning, when.span
