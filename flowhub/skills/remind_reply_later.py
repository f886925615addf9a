"""Putting off a reminder that just went off, said in words in any language.

"je suis au tel" and "abhi busy hu" put it off by the usual hour; "щас занят, напомни через час",
"tunda 20 menit", "kwartiertje" and "مش دلوقتي، فكرني بكرة" put it off to the time said. A
"remind me" with more than a time beside it ("напомни завтра позвонить маме") is a new reminder.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from flowhub.nlp import parse_when, resolve_local
from flowhub.skills import (
    remind,
    remind_clock,
    remind_reply_lang,
    remind_reply_words,
    remind_words,
)
from flowhub.skills.context import Context
from flowhub.skills.remind_reply_amount import read_amount
from flowhub.storage import Reminder

_OVER = ("done", "cancelled")
_SOONEST = timedelta(minutes=2)
# A word in any script, with the vowel signs Devanagari and Arabic words are spelt with.
_WORD = re.compile(r"(?:[^\W\d_]|[\u064b-\u065f\u0670\u0900-\u0963\u0971-\u097f])+")


def snooze_at(ctx: Context, reminder: Reminder, default: timedelta) -> datetime | None:
    """When a message answering a reminder that went off puts it off to; None if it does not."""
    text = own_words(ctx)
    if reminder.status in _OVER or remind_words.SNOOZE_CUE.search(text):
        return None  # "remind me again in 15 mins", "later pls": read as English snoozes are
    asked = remind_reply_lang.asks_again(text)
    clause = _clause_of(text, asked[-1]) if asked else None
    if clause is not None and not _only_time(ctx, reminder, text, clause, asked):
        return None  # "напомни завтра позвонить маме": a new reminder
    cue = bool(asked) or remind_reply_lang.says_later(text) or remind_reply_lang.says_busy(text)
    cue = cue or (remind_reply_lang.says_not_yet(text) and read_amount(text) is not None)
    if not cue and not _only_time(ctx, reminder, text, (0, len(text)), []):
        return None
    where = text[clause[0] : clause[1]] if clause is not None else text
    tail = remind_reply_words.asked_part(text)  # "busy til 10, make it 10:05"
    at = (_time_in(ctx, reminder, tail) if tail else None) or _time_in(ctx, reminder, where)
    at = at or _time_in(ctx, reminder, text)
    if at is not None and clause is not None:
        at = _hour_beside(ctx, reminder, text, clause, at) or at  # "lunch ke baad …, 2 baje"
    # "через минуту" read as a minute, a time already here: never a snooze that fires at once.
    return at if at is not None and at >= ctx.now + _SOONEST else ctx.now + default


def asks_again_at(ctx: Context) -> bool:
    """Whether the message asks to be reminded again at a time: "c bon, rappelle moi dans 1h"."""
    text = own_words(ctx)
    if not (remind_words.SNOOZE_CUE.search(text) or remind_reply_lang.asks_again(text)):
        return False
    asked = remind_reply_lang.asks_again(text)
    # "l'assureur est fermé aujourd'hui, rappelle-moi lundi prochain à 10h": the time asked for
    # follows the ask; a day said before it may be only why.
    said = [text[asked[-1][0] :]] if asked else []
    found = [parse_when(part, now=ctx.now, tz=ctx.tz) for part in [*said, text]]
    return read_amount(text) is not None or any(w is not None and w.start > ctx.now for w in found)


def own_words(ctx: Context) -> str:
    """The message as typed: "rappelle moi dans 20 min" before it reads as "remind me …"."""
    typed = (ctx.event.text or "").strip()
    return typed if typed and len(typed.split()) <= len(ctx.text.split()) + 2 else ctx.text


def _clause_of(text: str, span: tuple[int, int]) -> tuple[int, int]:
    for start, end in remind_reply_lang.clauses(text):
        if start <= span[0] < end:
            return start, end
    return 0, len(text)


def _only_time(
    ctx: Context,
    reminder: Reminder,
    text: str,
    clause: tuple[int, int],
    asked: list[tuple[int, int]],
) -> bool:
    """Whether the clause holds only a time, the words asking again and filler."""
    part = list(text[clause[0] : clause[1]])
    spans = [(a - clause[0], b - clause[0]) for a, b in asked if clause[0] <= a < clause[1]]
    said = "".join(part)
    amount = read_amount(said)
    if amount is not None:
        spans.append(amount[1])
    when = parse_when(
        said, now=ctx.now, tz=remind_clock.heard_in(ctx, reminder), locale=ctx.person.locale
    )
    if when is not None and when.span is not None and not when.rrule:
        spans.append(when.span)
    if not spans:
        return False
    for start, end in spans:
        part[start:end] = [" "] * (end - start)
    rest = [w.casefold() for w in _WORD.findall("".join(part))]
    return all(len(w) <= 2 or w in remind_reply_lang.FILLER for w in rest)


def _time_in(ctx: Context, reminder: Reminder, said: str) -> datetime | None:
    """The time to come said in `said`: an amount from now, or a day (its morning) or a time."""
    amount = read_amount(said)
    if amount is not None:
        return ctx.now + amount[0]
    zone_name = remind_clock.heard_in(ctx, reminder)
    when = parse_when(said, now=ctx.now, tz=zone_name, locale=ctx.person.locale)
    if when is None or when.rrule or when.start <= ctx.now:
        return None
    if when.grain in ("minute", "hour"):
        return when.start
    zone = remind_clock.zone_info(zone_name)
    return resolve_local(datetime.combine(when.start.date(), remind.MORNING), zone)


def _hour_beside(
    ctx: Context, reminder: Reminder, text: str, clause: tuple[int, int], at: datetime
) -> datetime | None:
    """A bare hour said in a clause of its own beside a part of the day: "…, 2 baje" after
    "lunch ke baad" is 14:00 that day."""
    zone = remind_clock.zone_info(remind_clock.heard_in(ctx, reminder))
    day_part = at.astimezone(zone)
    for start, end in remind_reply_lang.clauses(text):
        said = text[start:end]
        if (start, end) == clause or len(said.split()) > 3 or read_amount(said):
            continue
        when = parse_when(said, now=ctx.now, tz=zone.key, locale=ctx.person.locale)
        if when is None or when.rrule or when.grain not in ("minute", "hour"):
            continue
        clock = when.start.astimezone(zone)
        hour = clock.hour + 12 if day_part.hour >= 12 and clock.hour < 12 else clock.hour
        local = datetime.combine(day_part.date(), clock.time().replace(hour=hour))
        return resolve_local(local, zone)
    return None
