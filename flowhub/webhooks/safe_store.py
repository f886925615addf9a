"""Storing inbound events whatever their payload holds; 503 is kept for a database that is down.

`storable` fits an event to the inbox (ids over their column length take a stable hashed form,
strings lose lone surrogates, non-strings in text fields become strings). `receive` stores it
and, when the payload rather than the database makes that fail, stores it as failed with the
reason instead. `storage_down` tells the two apart: only it earns a 503 and a platform's retry.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import exc as sa_exc
from sqlalchemy import select

from flowhub.connectors import Event
from flowhub.connectors.codec import event_to_dict
from flowhub.storage import inbox, session_scope
from flowhub.storage.models import InboxEvent
from flowhub.webhooks._json import storable as storable_json

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from flowhub.webhooks.deps import Host

log = logging.getLogger(__name__)
_ID_COLUMNS = ("platform", "account", "chat", "sender_id", "message_id", "kind")
_TEXT_FIELDS = tuple(
    f.name
    for f in dataclasses.fields(Event)
    if f.name not in ("time", "raw", "forwarded", "addressed")
)
# A value the database refuses (too long, out of range, a constraint) says nothing about the
# database; losing the connection says it is down. Any other driver error (a parameter it cannot
# bind, no such table, not a database file) is settled by asking the inbox table directly.
_REFUSED_VALUE = (sa_exc.DataError, sa_exc.IntegrityError)
_UNREACHABLE = (sa_exc.DisconnectionError, sa_exc.TimeoutError, ConnectionError)


def storage_down(error: BaseException, engine: Engine | None = None) -> bool:
    """Whether `error` (or what caused it) means the database is unavailable.

    With `engine`, a driver error that could be either is settled by reading the inbox table.
    """
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, _UNREACHABLE):
            return True
        if isinstance(current, sa_exc.DBAPIError):
            if current.connection_invalidated:
                return True
            if isinstance(current, _REFUSED_VALUE):
                return False
            return engine is None or not inbox_answers(engine)
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def inbox_answers(engine: Engine) -> bool:
    """Whether the inbox table can be read now."""
    try:
        with engine.connect() as connection:
            connection.execute(select(InboxEvent.id).limit(1))  # type: ignore[call-overload]
    except Exception:
        return False
    return True


def storable(event: Event) -> Event:
    """`event` fitted to the inbox columns, with strings a database can encode."""
    changes: dict[str, Any] = {}
    for name in _TEXT_FIELDS:
        value = getattr(event, name)
        if value is None:
            continue
        text = storable_json(value if isinstance(value, str) else str(value))
        if name in _ID_COLUMNS:
            text = fit_id(text, _column_length(name))
        if text != value:
            changes[name] = text
    raw = storable_json(dict(event.raw))
    if raw != event.raw:
        changes["raw"] = raw
    return dataclasses.replace(event, **changes) if changes else event


def fit_id(value: str, limit: int) -> str:
    """`value`, or when longer than `limit` its stable short form: a prefix and a hash."""
    if len(value) <= limit:
        return value
    digest = hashlib.sha256(value.encode("utf-8", "replace")).hexdigest()[:40]
    return f"{value[: limit - len(digest) - 1]}~{digest}"


def receive(runtime: Host, event: Event) -> int | None:
    """Store `event` (made storable) and queue it; stored as failed when its payload is unusable.

    Raises only when the database is down (`storage_down`).
    """
    event = storable(event)
    try:
        return runtime.receive(event)
    except Exception as exc:
        if storage_down(exc, runtime.engine):
            raise
        log.warning(
            "%s event %s could not be stored as it is (%r); storing it as failed",
            event.platform,
            event.message_id,
            exc,
        )
        return store_failed(runtime.engine, event, reason=f"not storable: {exc!r}"[:1000])


def store_failed(engine: Engine, event: Event, *, reason: str) -> int | None:
    """Keep an event FlowHub cannot use, status 'failed' with `reason`; None when seen before."""
    event = storable(event)
    row: dict[str, Any] = {
        "platform": event.platform,
        "account": event.account,
        "message_id": event.message_id,
        "chat": event.chat,
        "sender_id": event.sender_id,
        "kind": event.kind,
        "text": event.text.replace("\x00", "\ufffd"),
        "event": event_to_dict(event),
        "raw": _json_safe(event.raw),
        "received_at": event.time,
    }
    with session_scope(engine) as session:
        return inbox.create_failed_inbox_event(session=session, row=row, error=reason)


def unparsed_event(platform: str, account: str, payload: Any, *, now: Any) -> Event:
    """An event standing for a payload that could not be read as one: kept raw, keyed by hash."""
    body = json.dumps(payload, sort_keys=True, default=repr, ensure_ascii=False)
    digest = hashlib.sha256(body.encode("utf-8", "replace")).hexdigest()[:48]
    return Event(
        platform=platform,
        account=account,
        chat="",
        sender_id="",
        time=now,
        message_id=f"unparsed:{digest}",
        kind="unsupported",
        addressed=False,
        raw={"unparsed": payload if isinstance(payload, dict | list) else repr(payload)},
    )


def _json_safe(value: Mapping[str, Any]) -> dict[str, Any]:
    """The raw payload as the JSON column will hold it (NUL is refused by PostgreSQL's JSONB)."""
    text = json.dumps(value, default=repr).replace("\\u0000", "\\ufffd")
    safe: dict[str, Any] = json.loads(text)
    return safe


def _column_length(name: str) -> int:
    length = getattr(InboxEvent.__table__.c[name].type, "length", None)  # type: ignore[attr-defined]
    return int(length) if length else 10_000
