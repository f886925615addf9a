"""Snooze or skip said in words to a reminder that just went off: "remind me again in 15 mins",
"ping me tomorrow morning", "in a meeting, 30 more mins", "skip it this month"."""

from __future__ import annotations

from collections.abc import Callable

from flowhub.connectors import Reply
from flowhub.nlp import parse_when
from flowhub.skills import remind_manage, remind_words
from flowhub.skills.context import Context
from flowhub.skills.refer import answered_occurrence
from flowhub.skills.remind_reply_amount import read_amount
from flowhub.skills.remind_reply_words import asked_part
from flowhub.storage import reminders

_MAX_WORDS = 16


def handle(ctx: Context, snooze: Callable[[Context, str], list[Reply]]) -> list[Reply] | None:
    """Snooze or skip the reminder this message answers; None when it is about something else."""
    text = ctx.text
    if len(text.split()) > _MAX_WORDS:
        return None
    skip = bool(remind_words.SKIP_CUE.match(text))
    if not skip and (
        not remind_words.SNOOZE_CUE.search(text) or remind_words.NEW_REMINDER.search(text)
    ):
        return None
    occurrence = answered_occurrence(ctx) or (
        None if ctx.event.reply_to else answered_occurrence(ctx, replied=False)
    )
    if occurrence is None or occurrence.id is None:
        return None
    reminder = reminders.get_reminder(session=ctx.session, reminder_id=occurrence.reminder_id)
    if reminder is None:
        return None
    if skip:
        if not reminder.rrule:
            return None
        return remind_manage.skip_button(ctx, f"{reminder.id}:{occurrence.id}")
    return snooze(ctx, f"{occurrence.id}:{_amount(ctx, text)}")


def _amount(ctx: Context, text: str) -> str:
    """What the snooze is for, as the snooze button reads it: "15 min", "tomorrow morning"."""
    if amount := read_amount(text):
        return f"{int(amount[0].total_seconds() // 60)} min"  # "half an hour", "yarım saat"
    if m := remind_words.SNOOZE_SPAN.search(text):
        n = "1" if m["n"].casefold() == "another" else m["n"]
        return f"{n} {m['unit']}"
    tail = asked_part(text)  # "doing it after lunch, nudge me at 2": the time asked for
    if tail and (at := parse_when(tail, now=ctx.now, tz=ctx.tz)) and at.span and at.start > ctx.now:
        return tail[at.span[0] : at.span[1]]
    if m := remind_words.SNOOZE_WHEN.search(text):
        when = m["when"].casefold().replace("tmrw", "tomorrow")
        return remind_words.LUNCH if when == "lunch" else when
    said = parse_when(text, now=ctx.now, tz=ctx.tz)  # "yarın sabah", "sabah 9da": any language
    if said is not None and not said.rrule and said.start > ctx.now:
        return text[said.span[0] : said.span[1]]
    return remind_words.LATER
