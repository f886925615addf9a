"""Media items: the files people send, stored once per inbound event, read by a job.

Reads that show a file's text or retry it go through the access rule (`access.may_touch`):
the person who sent the file, and the members of the group it was sent in, from that group.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import update
from sqlmodel import Session, col, select

from flowhub.storage import access
from flowhub.storage._rows import apply_changes, insert_new
from flowhub.storage.media_models import MediaItem


def create_media_item(*, session: Session, row: dict[str, Any]) -> int:
    """Store a file of an inbound event (at its `position` among the event's files); the new
    row's id, or the existing one's for a retry."""
    row = {"position": 0, **row}
    unique = ("inbox_event_id", "position")
    new = insert_new(session, MediaItem, [row], unique=unique, returning=("id",))
    if new:
        return int(new[0][0])
    found = session.exec(
        select(MediaItem.id).where(
            MediaItem.inbox_event_id == row["inbox_event_id"],
            MediaItem.position == row["position"],
        )
    ).one()
    return int(found or 0)


# How many of a workspace's latest read files a new one is compared with.
_SAME_LOOKBACK = 50


def get_media_item(*, session: Session, media_id: int, lock: bool = False) -> MediaItem | None:
    """One media item by id, for the job that reads it."""
    statement = select(MediaItem).where(MediaItem.id == media_id)
    if lock:
        statement = statement.with_for_update()
    return session.exec(statement).first()


def may_touch_media(viewer: access.Viewer, item: MediaItem) -> bool:
    """Whether `viewer` may see a file's text or retry it."""
    return access.may_touch(viewer, owners=(item.person_id,), chat_id=item.chat_id)


def get_last_failed(*, session: Session, viewer: access.Viewer, chat_id: int) -> MediaItem | None:
    """The viewer's own newest file in a chat whose reading failed, if they may touch it."""
    return get_last(session=session, viewer=viewer, chat_id=chat_id, statuses=("failed",))


def get_last(
    *, session: Session, viewer: access.Viewer, chat_id: int, statuses: tuple[str, ...]
) -> MediaItem | None:
    """The viewer's own newest file in a chat with one of `statuses`, if they may touch it."""
    item = session.exec(
        select(MediaItem)
        .where(
            MediaItem.person_id == viewer.person_id,
            MediaItem.chat_id == chat_id,
            col(MediaItem.status).in_(statuses),
        )
        .order_by(col(MediaItem.id).desc())
        .limit(1)
    ).first()
    return item if item is not None and may_touch_media(viewer, item) else None


def get_same_read(*, session: Session, item: MediaItem, body: str) -> MediaItem | None:
    """The newest earlier file of the same workspace whose reading ends with `body`, if any.

    A reading starts with its caption, so the same file sent with other words still matches.
    """
    body = body.replace("\x00", "").strip()
    earlier = session.exec(
        select(MediaItem)
        .where(
            MediaItem.workspace_id == item.workspace_id,
            MediaItem.status == "read",
            col(MediaItem.id) < (item.id or 0),
        )
        .order_by(col(MediaItem.id).desc())
        .limit(_SAME_LOOKBACK)
    )
    return next((e for e in earlier if body and e.text.strip().endswith(body)), None)


def get_side(
    *, session: Session, chat_id: int, parties: frozenset[str], before_id: int
) -> str | None:
    """The side taken in a chat for an earlier document between the same parties, if any."""
    earlier = session.exec(
        select(MediaItem)
        .where(MediaItem.chat_id == chat_id, col(MediaItem.id) < before_id)
        .order_by(col(MediaItem.id).desc())
        .limit(_SAME_LOOKBACK)
    )
    for item in earlier:
        side = item.items.get("side")
        if isinstance(side, str) and frozenset(item.items.get("parties") or ()) == parties:
            return side
    return None


def claim_media_item(*, session: Session, media_id: int, attempts: int) -> bool:
    """Take a pending item for one reading; False when another run took it first."""
    statement = (
        update(MediaItem)
        .where(
            col(MediaItem.id) == media_id,
            col(MediaItem.status) == "pending",
            col(MediaItem.attempts) == attempts,
        )
        .values(attempts=attempts + 1)
    )
    return bool(session.connection().execute(statement).rowcount)


def count_failed(*, session: Session, person_id: int, reason: str, before_id: int) -> int:
    """How many of a person's earlier files failed for `reason`."""
    statement = select(col(MediaItem.id)).where(
        MediaItem.person_id == person_id,
        MediaItem.reason == reason,
        col(MediaItem.id) < before_id,
    )
    return len(list(session.exec(statement)))


def update_media_item(*, session: Session, item: MediaItem, **changes: object) -> MediaItem:
    """Change fields of a media item."""
    return apply_changes(session, item, changes)


def mark_read(
    *,
    session: Session,
    item: MediaItem,
    text: str,
    language: str | None,
    pages: list[dict[str, Any]],
    items: dict[str, Any],
    now: datetime,
) -> MediaItem:
    """Keep what was read in a file and mark it read."""
    return apply_changes(
        session,
        item,
        {
            "status": "read",
            "reason": None,
            "text": text.replace("\x00", ""),
            "language": language,
            "pages": pages,
            "items": items,
            "read_at": now,
        },
    )
