"""Tasks of the message just above: "capture those ^", "add those", "make tasks of that".

Said right after a message that held tasks (typically a plan written to the group without the
bot's name), it proposes that message's tasks, read as its author wrote them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from flowhub.connectors import Reply
from flowhub.nlp import TaskDraft
from flowhub.skills import capture
from flowhub.skills.context import Context, Extractor
from flowhub.storage import InboxEvent, as_utc, people, proposals

_THOSE = r"(?:those|these|that|this|them|the\s+above|above|all\s+(?:of\s+)?(?:those|that|them))"
_ASK_ABOVE = re.compile(
    r"^[\W\s]*(?:(?:ok|okay|so|and|pls|please|hey)[\s,]+)*"
    r"(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?)?"
    r"(?:(?:capture|add|save|track|log|record|note\s+down|take\s+down|grab|put\s+in)\s+"
    + _THOSE
    + r"|(?:make|create|turn)\s+(?:(?:a\s+)?(?:tasks?|cards?|to-?dos?)\s+(?:of|from|out\s+of)\s+"
    + _THOSE
    + r"|"
    + _THOSE
    + r"\s+into\s+(?:tasks?|cards?|to-?dos?)))"
    r"(?:\s+(?:ones|tasks?|items?|as\s+tasks?|to\s+(?:the|my|our)\s+list|for\s+us|too|please|pls))*"
    r"[\W\s]*$",
    re.I,
)
# Only the message right before counts, and only while it is still the one people look at.
_FRESH = timedelta(minutes=30)


def handle(ctx: Context) -> list[Reply] | None:
    """Cards for the tasks of the message just above; None when this is no such request."""
    if ctx.inbox_id is None or not _ASK_ABOVE.match(ctx.text):
        return None
    above = ctx.message_above()
    if above is None or not above.text.strip() or ctx.now - as_utc(above.received_at) > _FRESH:
        return None
    waiting = [
        card
        for card in proposals.get_chat_pending_proposals(session=ctx.session, chat_id=ctx.chat_id)
        if card.source_event_id == above.id
    ]
    if waiting:  # its cards are already up: saying to capture them saves them
        return [reply for card in waiting for reply in capture.confirm_proposal(ctx, card)]
    author, zone = _author(ctx, above)
    read = _as_written(ctx.extract, author, zone)
    if not read(above.text, now=ctx.now, tz=zone, sender=author):
        return None
    return capture.handle(replace(ctx, text=above.text, intent="capture", extract=read))


def _author(ctx: Context, above: InboxEvent) -> tuple[str | None, str]:
    """Who wrote the message above (None for a forward) and the zone they write in."""
    if above.event.get("forwarded"):
        return None, ctx.tz
    identity = people.get_identity(
        session=ctx.session,
        platform=above.platform,
        account=above.account,
        external_id=above.sender_id,
    )
    person = (
        people.get_person(session=ctx.session, person_id=identity.person_id) if identity else None
    )
    if person is None:
        return None, ctx.tz
    return person.display_name, person.timezone


def _as_written(extract: Extractor, author: str | None, zone: str) -> Extractor:
    """`extract` that reads a text as `author` wrote it, in their zone."""

    def read(text: str, **kwargs: object) -> list[TaskDraft]:
        return extract(text, **{**kwargs, "sender": author, "tz": zone})

    return read
