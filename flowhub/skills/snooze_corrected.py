"""A snooze just made, corrected in words: "i said half an hour not an hour 🙄", "no, 20 min I
meant", "12 nahi, dopahar 2 baje bola maine". The reminder is put off again to the time the
correction says (an amount counts from now); the time it denies is left out."""

from __future__ import annotations

import re
from datetime import datetime

from flowhub.connectors import Reply
from flowhub.nlp import parse_when
from flowhub.skills import remind, remind_clock
from flowhub.skills.context import Context
from flowhub.skills.remind_reply_amount import read_amount
from flowhub.storage import Reminder, reminders

_MAX_WORDS = 12
_SOONEST_MINUTES = 2
# "not an hour", "nicht 12", "não 1 hora": the denied time follows the word.
_NOT_BEFORE = (
    r"not|no|nicht|nein|kein(?:e|en)?|não|nao|pas|non|niet|geen|не|bukan|jangan|nahi|nahin|na"
)
# "12 nahi", "12 değil", "bir saat değil": the denied time comes before the word.
_NOT_AFTER = r"nahi|nahin|değil|degil|bukan|nicht"
# "i said", "I meant", "bola maine", "dedim", "hab ich gesagt", "eu disse": a correction.
_SAID = re.compile(
    r"(?<![\w'])(?:i\s+said|i\s+meant|meant|bola|boli|kaha|dedim|demiştim|gesagt|meinte"
    r"|disse|falei|dije|quise\s+decir|j'ai\s+dit|je\s+voulais\s+dire|ho\s+detto|zei|bilang"
    r"|maksud(?:nya|ku)?|я\s+сказал[аи]?|сказал[аи]?)(?![\w'])",
    re.I,
)
_TIMEISH = (
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|h|uhr|baje|bje)?|an?|one|ein(?:e|er)?|'?ne|uma?|una?"
    r"|bir|satu|ek|half|halbe?|meia|yarım|setengah|aadha|hours?|hrs?|mins?|minutes?|minuten?"
    r"|stunden?|horas?|heures?|saat|jam|ghant[ae]|dakika|menit|minutos?|o'?clock)"
)
_DENIED_AFTER = re.compile(
    rf"(?<![\w'])(?:{_NOT_BEFORE})\s+(?:{_TIMEISH}(?:\s+|$|(?=[,.!;])))+", re.I
)
_DENIED_BEFORE = re.compile(rf"(?:(?<=\s)|^)(?:{_TIMEISH}\s+)+(?:{_NOT_AFTER})(?![\w'])", re.I)


def handle(ctx: Context) -> list[Reply] | None:
    """Put the reminder snoozed just now off again to the corrected time; None otherwise."""
    last = ctx.thread.undo or {}
    if last.get("verb") != "snooze" or len(ctx.text.split()) > _MAX_WORDS:
        return None
    kept = kept_time(ctx.event.text or ctx.text)
    if kept is None:
        return None
    reminder = _snoozed(ctx, last)
    at = _time_in(ctx, reminder, kept) if reminder is not None else None
    if reminder is None or at is None:
        return None
    return remind.snooze_to(ctx, reminder, at)


def kept_time(text: str) -> str | None:
    """`text` without the time it denies ("not 10"); None when it denies none and says no
    "i said" or "i meant": then it is no correction."""
    kept = _DENIED_BEFORE.sub(" ", _DENIED_AFTER.sub(" ", text))
    if kept == text and not _SAID.search(text):
        return None
    return kept


def _snoozed(ctx: Context, last: dict[str, object]) -> Reminder | None:
    """The reminder the last snooze put off, as the undo keeps it first."""
    snaps = last.get("reminders")
    first = snaps[0] if isinstance(snaps, list) and snaps else None
    number = first.get("id") if isinstance(first, dict) else None
    if not isinstance(number, int):
        return None
    found = reminders.get_reminder(session=ctx.session, reminder_id=number)
    return found if found is not None and found.person_id == ctx.person_id else None


def _time_in(ctx: Context, reminder: Reminder, said: str) -> datetime | None:
    """The time the correction asks for: an amount from now, or a clock time to come."""
    if amount := read_amount(said):
        at = ctx.now + amount[0]
    else:
        zone = remind_clock.heard_in(ctx, reminder)
        when = parse_when(said, now=ctx.now, tz=zone, locale=ctx.person.locale)
        if when is None or when.rrule or when.grain not in ("minute", "hour"):
            return None
        at = when.start
    return at if (at - ctx.now).total_seconds() >= _SOONEST_MINUTES * 60 else None
