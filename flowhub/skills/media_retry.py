"""“try again” after a file could not be read: the sender's last failed file here is read anew.

Only the person who sent the file may retry it (`storage.media.get_last_failed` asks the access
rule), so someone else's “try again” in a group never touches it.
"""

from __future__ import annotations

import re
from datetime import timedelta

from flowhub.connectors import Reply
from flowhub.skills.context import Context
from flowhub.skills.media_words import RETRYING, STILL_READING, VOICE_KEPT
from flowhub.storage import id_of, media

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


# A question whether a file sent earlier is still kept: "is my voice note still saved?".
_KEPT = re.compile(
    r"\b(?:voice\s*(?:note|message|memo|msg)|audio|recording)s?\b.*\b(?:saved|kept|keep|stored"
    r"|there|lost|gone|deleted|have\s+it|got\s+it)\b.*\?|\b(?:still\s+(?:have|got|keep)|did\s+you"
    r"\s+(?:keep|save|lose)|do\s+you\s+(?:still\s+)?have)\b.*\b(?:voice\s*(?:note|message|memo)"
    r"|audio|recording)s?\b",
    re.IGNORECASE,
)
# Set on a file read into text: whether what it said made a card (a retry reads one that did not).
MADE_CARDS = "made_cards"
# Set on a file read again on request: it is read even if the same file was read before.
AGAIN = "again"


def _still_kept(ctx: Context) -> list[Reply] | None:
    """Yes, when the sender's last voice note here waits for voice notes to be switched on."""
    item = media.get_last(
        session=ctx.session, viewer=ctx.viewer, chat_id=ctx.chat_id, statuses=("failed",)
    )
    if item is None or item.reason != "transcriber_off":
        return None
    return [Reply(VOICE_KEPT)]


def handle(ctx: Context) -> list[Reply] | None:
    """Read the sender's last failed file in this chat again; None when there is none.

    The newest of their files that failed or is still being read is the one meant: a retry
    said while a file is being read waits for it rather than reading an older one again. A file
    read just after that made no card is newer still, so it is the one read again.
    """
    if ctx.event.kind != "text":
        return None
    if _KEPT.search(ctx.text):
        return _still_kept(ctx)
    if not _RETRY.match(ctx.text):
        return None
    item = media.get_last(
        session=ctx.session, viewer=ctx.viewer, chat_id=ctx.chat_id, statuses=(*WAITING, "read")
    )
    if item is not None and item.status == "read" and item.items.get(MADE_CARDS, True):
        item = media.get_last(
            session=ctx.session, viewer=ctx.viewer, chat_id=ctx.chat_id, statuses=WAITING
        )
    if item is None:
        return None
    if item.status == "pending" and ctx.now - item.created_at < STUCK:
        return [Reply(STILL_READING)]  # still being read: its answer is on the way
    media.update_media_item(
        session=ctx.session,
        item=item,
        status="pending",
        reason=None,
        attempts=0,
        items={**item.items, AGAIN: True},
    )
    ctx.jobs.append((READ_MEDIA, id_of(item)))
    return [Reply(RETRYING)]
