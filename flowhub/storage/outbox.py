"""The outbox: every reply, its rendered body, and what happened when it was sent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, bindparam, insert, or_, update
from sqlmodel import Session, col, select

from flowhub.storage.models import Outbox
from flowhub.storage.types import id_of

# Statuses of a send still to be made: new, after a failure, holding a rate-limit slot.
_WAITING = ("pending", "retrying", "paced")
# Less than the shortest retry wait (half a second), so a retry run at once is never due.
_CLOCK_SLACK = timedelta(milliseconds=200)


@dataclass(frozen=True)
class Claimed:
    """An outbox row taken for sending; `paced` when it already holds its rate-limit slot."""

    row: Outbox
    paced: bool


def create_outbox_message(
    *,
    session: Session,
    platform: str,
    account: str,
    chat: str,
    body: str,
    reply: dict[str, Any],
    now: datetime,
    source_event_id: int | None = None,
    ref: str | None = None,
) -> Outbox:
    """Queue a reply for sending; `ref` names what it shows (e.g. "proposal:12")."""
    row = Outbox(
        platform=platform,
        account=account,
        chat=chat,
        body=body,
        reply=reply,
        created_at=now,
        source_event_id=source_event_id,
        ref=ref,
    )
    session.add(row)
    session.flush()
    return row


def get_outbox_message(*, session: Session, outbox_id: int, lock: bool = False) -> Outbox | None:
    """One outbox row by id, optionally locked for sending."""
    statement = select(Outbox).where(Outbox.id == outbox_id)
    if lock:
        statement = statement.with_for_update()
    return session.exec(statement).first()


def get_outbox_messages(
    *, session: Session, platform: str, chat: str, after_id: int = 0, limit: int = 500
) -> list[Outbox]:
    """Replies to one chat, oldest first, newer than `after_id`."""
    return list(
        session.exec(
            select(Outbox)
            .where(Outbox.platform == platform, Outbox.chat == chat, col(Outbox.id) > after_id)
            .order_by(col(Outbox.id))
            .limit(limit)
        )
    )


def get_outbox_by_platform_message(
    *, session: Session, platform: str, chat: str, platform_message_id: str
) -> Outbox | None:
    """The reply that became platform message `platform_message_id` in a chat."""
    return session.exec(
        select(Outbox).where(
            Outbox.platform == platform,
            Outbox.chat == chat,
            Outbox.platform_message_id == platform_message_id,
        )
    ).first()


def latest_posted(*, session: Session, platform: str, chat: str, count: int) -> list[str]:
    """Platform ids of the newest `count` messages posted (not edits of older ones) in a chat."""
    rows = session.exec(
        select(Outbox)
        .where(
            Outbox.platform == platform,
            Outbox.chat == chat,
            col(Outbox.platform_message_id).is_not(None),
        )
        .order_by(col(Outbox.id).desc())
        .limit(count * 4)
    )
    posted = [r.platform_message_id for r in rows if not (r.reply or {}).get("edit")]
    return [p for p in posted if p is not None][:count]


def get_latest_outbox_by_ref(*, session: Session, ref: str) -> Outbox | None:
    """The most recent reply that showed `ref` and was delivered."""
    return session.exec(
        select(Outbox)
        .where(Outbox.ref == ref, col(Outbox.platform_message_id).is_not(None))
        .order_by(col(Outbox.id).desc())
    ).first()


def get_platforms(*, session: Session, outbox_ids: list[int]) -> dict[int, str]:
    """The platform of each reply in `outbox_ids`."""
    statement = select(Outbox.id, Outbox.platform).where(col(Outbox.id).in_(outbox_ids))
    return {row_id: platform for row_id, platform in session.exec(statement) if row_id is not None}


def get_pending_outbox(*, session: Session, limit: int = 100) -> list[Outbox]:
    """Replies not yet sent, oldest first."""
    return list(
        session.exec(
            select(Outbox)
            .where(col(Outbox.status).in_(_WAITING))
            .order_by(col(Outbox.id))
            .limit(limit)
        )
    )


def mark_failed(
    *, session: Session, row: Outbox, error: str, final: bool, retry_at: datetime | None = None
) -> None:
    """Record a failed attempt; `final` when no retry will follow, else retry at `retry_at`."""
    row.status = "failed" if final else "retrying"
    row.attempts += 1
    row.error = error[:2000]
    row.next_attempt_at = None if final else retry_at
    session.add(row)


def mark_paced(*, connection: Connection, outbox_id: int, at: datetime) -> None:
    """Hand a claimed send back to wait for the rate-limit slot it holds at `at`."""
    connection.execute(
        update(_OUTBOX)
        .where(_OUTBOX.c.id == outbox_id, _OUTBOX.c.status == "sending")
        .values(status="paced", next_attempt_at=at)
    )


# How far a sent message has got, in the order platforms report it.
_DELIVERY_RANK = {"sent": 1, "delivered": 2, "read": 3, "failed": 4}


def delivery_rank(status: str | None) -> int:
    """How far `status` says a message got (0 for none or one not known)."""
    return _DELIVERY_RANK.get(status or "", 0)


def record_delivery_status(
    *,
    session: Session,
    platform: str,
    platform_message_id: str,
    status: str,
    at: datetime,
    error: str | None = None,
    chat: str | None = None,
) -> Outbox | None:
    """Note what the platform reported about a sent message (delivered, read, failed).

    None when the message is unknown, or already got as far (statuses arrive out of order, and
    a message never moves back from read to delivered).
    """
    statement = select(Outbox).where(
        Outbox.platform == platform, Outbox.platform_message_id == platform_message_id
    )
    if chat is not None:
        statement = statement.where(Outbox.chat == chat)
    row = session.exec(statement.order_by(col(Outbox.id))).first()
    if row is None or delivery_rank(row.delivery_status) >= delivery_rank(status):
        return None
    row.delivery_status = status
    row.delivery_at = at
    if status == "failed":
        row.status = "failed"
        row.error = (error or "the platform reported a failed delivery")[:2000]
    session.add(row)
    return row


def get_failed_outbox(*, session: Session, limit: int = 100) -> list[Outbox]:
    """Replies that failed for good, newest first."""
    return list(
        session.exec(
            select(Outbox)
            .where(Outbox.status == "failed")
            .order_by(col(Outbox.id).desc())
            .limit(limit)
        )
    )


def reset_outbox(*, session: Session, row: Outbox) -> None:
    """Mark a failed reply for sending again."""
    row.status = "pending"
    row.attempts = 0
    row.next_attempt_at = None
    session.add(row)


def get_stalled_sends(*, session: Session, now: datetime, lease: timedelta) -> list[Outbox]:
    """Sends whose sender died mid-send (their lease ran out)."""
    return list(
        session.exec(
            select(Outbox).where(Outbox.status == "sending", col(Outbox.sent_at) < now - lease)
        )
    )


def create_outbox_messages(*, session: Session, rows: list[dict[str, Any]]) -> list[int]:
    """Queue many replies in one statement; the ids come back in the order of `rows`."""
    if not rows:
        return []
    statement = insert(Outbox).returning(col(Outbox.id), sort_by_parameter_order=True)
    return [row_id for (row_id,) in session.execute(statement, rows)]


def claim_many(
    *, session: Session, outbox_ids: list[int], now: datetime, lease: timedelta
) -> list[Claimed]:
    """Take replies for sending, atomically: the rows this caller got (due, not sent, not
    failed, not being sent by another worker), in the order of `outbox_ids`.

    While a row is "sending", `sent_at` holds when the attempt started; a sender that died
    mid-send leaves the row to be taken again once `lease` has passed. A "retrying" row is
    due at its `next_attempt_at`. A "paced" row already holds its rate-limit slot (its
    `Claimed.paced` says so) and is taken when asked: the job that asks is the one queued for
    that slot.
    """
    if not outbox_ids:
        return []
    # A retry's timer may fire a hair early by this process's clock (another machine's queue).
    params = {"ids": outbox_ids, "now": now, "due": now + _CLOCK_SLACK, "stale": now - lease}
    options = {"synchronize_session": False}
    paced = session.execute(_CLAIM_PACED, params, execution_options=options).scalars()
    claimed = [Claimed(row, True) for row in paced]
    others = session.execute(_CLAIM_OTHERS, params, execution_options=options).scalars()
    claimed += [Claimed(row, False) for row in others]
    order = {outbox_id: i for i, outbox_id in enumerate(outbox_ids)}
    return sorted(claimed, key=lambda c: order.get(id_of(c.row), 0))


# Every send claims its rows: both statements are built once, not per claim.
_CLAIMED_IDS = col(Outbox.id).in_(bindparam("ids", expanding=True))
_CLAIM_PACED = (
    update(Outbox)
    .where(_CLAIMED_IDS, col(Outbox.status) == "paced")
    .values(status="sending", sent_at=bindparam("now"))
    .returning(Outbox)
)
_CLAIM_OTHERS = (
    update(Outbox)
    .where(
        _CLAIMED_IDS,
        or_(
            and_(
                col(Outbox.status).in_(("pending", "retrying")),
                or_(
                    col(Outbox.next_attempt_at).is_(None),
                    col(Outbox.next_attempt_at) <= bindparam("due"),
                ),
            ),
            and_(col(Outbox.status) == "sending", col(Outbox.sent_at) < bindparam("stale")),
        ),
    )
    .values(status="sending", sent_at=bindparam("now"))
    .returning(Outbox)
)


def get_lost_sends(
    *, session: Session, now: datetime, lease: timedelta, limit: int = 1000
) -> list[int]:
    """Sends nobody is working on: pending for longer than `lease`, a retry or paced slot
    that is due, or stuck mid-send."""
    waiting = col(Outbox.status).in_(_WAITING)
    statement = (
        select(Outbox.id)
        .where(
            or_(
                and_(
                    waiting,
                    col(Outbox.next_attempt_at).is_(None),
                    col(Outbox.created_at) < now - lease,
                ),
                and_(waiting, col(Outbox.next_attempt_at) <= now),
                and_(col(Outbox.status) == "sending", col(Outbox.sent_at) < now - lease),
            )
        )
        .order_by(col(Outbox.id))
        .limit(limit)
    )
    return [row_id for row_id in session.exec(statement) if row_id is not None]


def take_unreported_failures(*, session: Session, platform: str, chat: str) -> list[Outbox]:
    """Sends to a chat that failed for good and were not yet owned up to; marks them told."""
    rows = list(session.exec(_UNREPORTED, params={"platform": platform, "chat": chat}))
    for row in rows:
        row.delivery_status = "told"
        session.add(row)
    return rows


# Asked for every message; built once.
_UNREPORTED = (
    select(Outbox)
    .where(
        Outbox.platform == bindparam("platform"),
        Outbox.chat == bindparam("chat"),
        Outbox.status == "failed",
        or_(col(Outbox.delivery_status).is_(None), col(Outbox.delivery_status) != "told"),
    )
    .order_by(col(Outbox.id))
    .limit(20)
)


def record_sent(
    *, connection: Connection, outbox_id: int, platform_message_id: str, now: datetime
) -> None:
    """Record a successful send in one UPDATE (the hot path of every delivery).

    A prepared Core statement on a plain connection: building the statement or going through
    an ORM session costs more than the UPDATE itself here.
    """
    connection.execute(
        _RECORD_SENT, {"outbox_id": outbox_id, "message_id": platform_message_id, "now": now}
    )


_OUTBOX = Outbox.__table__  # type: ignore[attr-defined]
_RECORD_SENT = (
    update(_OUTBOX)
    .where(_OUTBOX.c.id == bindparam("outbox_id"))
    .values(
        status="sent",
        attempts=_OUTBOX.c.attempts + 1,
        platform_message_id=bindparam("message_id"),
        sent_at=bindparam("now"),
        error=None,
    )
)


def renew_claim(
    *, connection: Connection, outbox_id: int, claimed_at: datetime, now: datetime
) -> bool:
    """Restart a claimed send's lease just before it goes out; False if another worker took
    it meanwhile (this claim outlived its lease), so the send must not go out twice."""
    result = connection.execute(
        _RENEW_CLAIM, {"outbox_id": outbox_id, "claimed_at": claimed_at, "now": now}
    )
    return result.rowcount == 1


_RENEW_CLAIM = (
    update(_OUTBOX)
    .where(
        _OUTBOX.c.id == bindparam("outbox_id"),
        _OUTBOX.c.status == "sending",
        _OUTBOX.c.sent_at == bindparam("claimed_at"),
    )
    .values(sent_at=bindparam("now"))
)
