"""“try again” after a file could not be read: the sender's last failed file here is read anew.

Only the person who sent the file may retry it (`storage.media.get_last_failed` asks the access
rule), so someone else's “try again” in a group never touches it.
"""

from __future__ import annotations

import re
from datetime import timedelta

from flowhub.connectors import Reply
from flowhub.skills.capture import discard
from flowhub.skills.context import Context
from flowhub.skills.media_kept import handle as kept_or_where
from flowhub.skills.media_words import RETRYING, STILL_READING
from flowhub.skills.refer import replied_ref
from flowhub.storage import MediaItem, Proposal, id_of, media, proposals

# The runtime's job that reads a file; it lives with the connectors' downloads in `bot`, so it
# is named here rather than passed to `Context.later`.
READ_MEDIA = "read_media"
# A file whose reading failed is read again; one still being read is only said to be.
WAITING = ("failed", "pending")
# A file still pending this long after it came lost its reading (a restart): it is read anew.
STUCK = timedelta(minutes=5)

_RETRY = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|please|pls|now|so)[\s,]+)?"
    r"(?:(?:can\s+you\s+|could\s+you\s+|pls\s+|please\s+)?"
    r"(?:try\s+(?:it\s+|that\s+|this\s+)?(?:again|once\s+more)"
    r"|retry(?:\s+(?:it|that|this|the\s+(?:file|voice\s+note|audio|image|photo|screenshot|pdf"
    r"|document)))?"
    r"|read\s+(?:it|that)\s+again|listen\s+again))"
    r"(?:[\s,]+(?:now|please|pls))?\W*$",
    re.IGNORECASE,
)

# Where chat said before a retry ends: "that's garbage 😅 | try again", "ok now the list pls, |".
_LEAD_END = re.compile(r"(?:[,.;!?:]+|\s[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]+)\s*")
_LEAD_WORDS = 8


# Set on a file read into text: whether what it said made a card (a retry reads one that did not).
MADE_CARDS = "made_cards"
# Set on a file read again on request: it is read even if the same file was read before.
AGAIN = "again"


def handle(ctx: Context) -> list[Reply] | None:
    """Read the sender's last failed file in this chat again; None when there is none.

    The newest of their files that failed or is still being read is the one meant: a retry
    said while a file is being read waits for it rather than reading an older one again. A file
    read just after that made no card is newer still, so it is the one read again.
    """
    if ctx.event.kind != "text":
        return None
    asked = kept_or_where(ctx)
    if asked is not None:
        return asked
    if not _RETRY.match(ctx.text) and not _retry_after(ctx.text):
        return None
    item = media.get_last(
        session=ctx.session, viewer=ctx.viewer, chat_id=ctx.chat_id, statuses=(*WAITING, "read")
    )
    # "that's garbage 😅 try again" to a card read from this file: it is read anew
    dropped = _cards_of(ctx, item) if item is not None and item.status == "read" else None
    if (
        dropped is None
        and item is not None
        and item.status == "read"
        and item.items.get(MADE_CARDS, True)
    ):
        item = media.get_last(
            session=ctx.session, viewer=ctx.viewer, chat_id=ctx.chat_id, statuses=WAITING
        )
    if item is None:
        return None
    if item.status == "pending" and ctx.now - item.created_at < STUCK:
        return [Reply(STILL_READING)]  # still being read: its answer is on the way
    off = item.reason == "transcriber_off"
    media.update_media_item(
        session=ctx.session,
        item=item,
        status="pending",
        reason=None,
        attempts=0,
        items={**item.items, AGAIN: True},
    )
    ctx.jobs.append((READ_MEDIA, id_of(item)))
    gone = [r for card in dropped or [] for r in discard(ctx, str(id_of(card)))]
    if off:
        return gone  # read again in case voice notes are on now; its answer says if they are not
    return [*gone, Reply(RETRYING)]


def _retry_after(text: str) -> bool:
    """Whether `text` ends in a retry after a few words of chat: "that's garbage 😅 try again",
    "ok now the photo list pls, try again"."""
    cuts = [m.end() for m in _LEAD_END.finditer(text)]
    return any(len(text[:c].split()) <= _LEAD_WORDS and _RETRY.match(text[c:]) for c in cuts)


def _cards_of(ctx: Context, item: MediaItem) -> list[Proposal] | None:
    """The waiting cards read from `item` when the message replies to one of them, else None."""
    kind, value = replied_ref(ctx)
    if kind != "proposal" or not value.isdigit():
        return None
    card = proposals.get_proposal(session=ctx.session, proposal_id=int(value))
    if card is None or card.source_event_id != item.inbox_event_id:
        return None
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    return [p for p in pending if p.source_event_id == item.inbox_event_id]
