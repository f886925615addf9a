"""Keeping a tool's webhook subscriptions alive: the part every such tool shares.

A `Renewal` says which tool, which job, how long before the end to act, and how to extend one
subscription. Every hour the scheduler queues the job for each active connection of the tool;
the job extends each subscription that ends within `before` and subscribes again
(`hooks.set_up`) where the tool no longer has it. The end the tool gave is kept sealed with the
connection's secrets (`hook_expires`), so the next run knows which are due.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from flowhub.integrations import crypto, hooks
from flowhub.integrations.base import IntegrationError, RetryLater, event_time
from flowhub.integrations.connection import open_connection
from flowhub.storage import integrations, session_scope

if TYPE_CHECKING:
    from flowhub.services import Services

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Renewal:
    """How one tool's subscriptions are renewed.

    `extend(tool, callback_url, now)` asks the tool for a later end of the subscription in the
    tool's secrets and returns it, or None when the tool no longer has it.
    """

    kind: str
    job: str
    before: timedelta
    extend: Callable[[Any, str, datetime], str | None]


def queue_renewals(services: Services, renewal: Renewal) -> int:
    """Queue the renewal job for each active connection of the tool; how many."""
    ids = _active(services, renewal, ())
    for connection_id in ids:
        services.queue.enqueue(renewal.job, connection_id)
    return len(ids)


def renew_all(services: Services, renewal: Renewal, connection_ids: tuple[int, ...]) -> None:
    """Renew the subscriptions that end soon (of the connections named, else of every one); a
    busy tool raises so the queue asks again."""
    now = services.clock.now()
    busy: RetryLater | None = None
    for connection_id in _active(services, renewal, connection_ids):
        try:
            renew(services, renewal, connection_id, now)
        except RetryLater as exc:
            busy = exc
        except IntegrationError as exc:  # revoked, or the URL is refused: the next push says so
            log.info("%s hook of connection %s not renewed: %s", renewal.kind, connection_id, exc)
    if busy is not None:
        raise busy


def renew(services: Services, renewal: Renewal, connection_id: int, now: datetime) -> bool:
    """Extend one connection's subscription when it ends within `renewal.before`, or subscribe
    again when the tool dropped it; whether anything was asked of the tool."""
    with session_scope(services.engine) as session:
        row = integrations.get_connection(session=session, connection_id=connection_id)
        if row is None or row.kind != renewal.kind:
            return False
        tool = open_connection(row, tools=services.tools)
        url = str(row.config.get("callback_url") or "")
    ends = event_time(tool.secrets.get("hook_expires"))
    if tool.secrets.get("hook_id") and ends is not None and ends - now > renewal.before:
        return False
    before = dict(tool.secrets)
    new_end = renewal.extend(tool, url, now) if tool.secrets.get("hook_id") else None
    if new_end is None:
        if hooks.reachable(services.tools):
            hooks.set_up(services, connection_id, later=False)
        return True
    _keep(services, connection_id, {**tool.secrets, "hook_expires": new_end}, before)
    return True


def _active(services: Services, renewal: Renewal, only: tuple[int, ...]) -> list[int]:
    with session_scope(services.engine) as session:
        rows = integrations.get_all_connections(session=session, kind=renewal.kind)
        return [
            r.id
            for r in rows
            if r.id is not None and r.status == "active" and (not only or r.id in only)
        ]


def _keep(
    services: Services, connection_id: int, secrets: dict[str, str], before: dict[str, str]
) -> None:
    """Seal the new end (and a token refreshed on the way) with the connection."""
    if secrets == before:
        return
    with session_scope(services.engine) as session:
        row = integrations.get_connection(session=session, connection_id=connection_id)
        if row is None:
            return
        stored = crypto.decrypt(row.secret_encrypted, tools=services.tools)
        sealed = crypto.encrypt({**stored, **secrets}, tools=services.tools)
        integrations.update_connection(session=session, connection=row, secret_encrypted=sealed)


__all__ = ["Renewal", "queue_renewals", "renew", "renew_all"]
