"""Done said to a reminder that just went off in its own words: "wine counted 🍷", "bins taken
out", "mum called back, all sorted".

A word of the reminder ("wine" of "Wine stock count") with another of its words in a past form
("counted") says the thing is done: the firing is ticked off as Done would, whatever follows
("… we're low on the primitivo btw").
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.skills import done_asked, remind, remind_done_too
from flowhub.skills.context import Context
from flowhub.skills.refer import answered_occurrence
from flowhub.skills.refer_words import NOT_NEWS, past_forms
from flowhub.storage import reminders

__all__ = ["handle"]

_WORD = re.compile(r"[^\W\d_][\w'-]*")
_SMALL = frozenset(
    [
        "a", "an", "the", "to", "of", "for", "on", "in", "at", "and", "or", "my", "our", "your",
        "his", "her", "their", "it", "do", "get", "go", "make",
    ]
)  # fmt: skip
_FIRST_WORDS = 6
# Where the done part ends: a stop, an emoji, or "but", "btw", "and", "also".
_CUT = re.compile(r"[,.;!\U0001f000-\U0001faff\u2600-\u27bf]|\b(?:but|btw|and|also)\b", re.I)
_NOT_YET = re.compile(r"\b(?:not|n't|never|yet|still|later|tomorrow|tmrw|will|gonna)\b", re.I)


def handle(ctx: Context) -> list[Reply] | None:
    """Tick off the firing just sent when the message says it is done in its words."""
    if "?" in ctx.text or NOT_NEWS.search(ctx.text) or done_asked.asks(ctx.text):
        return None
    occurrence = answered_occurrence(ctx) or (
        None if ctx.event.reply_to else answered_occurrence(ctx, replied=False)
    )
    if occurrence is None or occurrence.id is None:
        return None
    reminder = reminders.get_reminder(session=ctx.session, reminder_id=occurrence.reminder_id)
    if reminder is None or reminder.status in ("done", "cancelled"):
        return None
    head = _CUT.split(ctx.text, maxsplit=1)[0]
    said = [w.casefold() for w in _WORD.findall(head)][:_FIRST_WORDS]
    if not said or _NOT_YET.search(head):
        return None
    own = [w.casefold() for w in _WORD.findall(reminder.text) if w.casefold() not in _SMALL]
    done_word = any(set(said) & past_forms(w) for w in own)
    named = any(w in said for w in own)
    if not (done_word and named):
        return None
    unreplied = replace(ctx, event=replace(ctx.event, reply_to=None))  # a message of its own
    return remind.done_button(unreplied, str(occurrence.id)) + remind_done_too.others(ctx, reminder)
