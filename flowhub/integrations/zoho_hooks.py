"""Keeping Zoho CRM's notification channels alive.

Zoho ends a channel at its `channel_expiry`, a week at most. Every hour the scheduler calls
`queue_renewals`, which queues the job `renew_channels` for each active Zoho connection; the job
subscribes the channel again (`Zoho.renew_watch`, the same id and token) when it ends within
`RENEW_BEFORE`, and opens a new one (`hooks.set_up`) where Zoho no longer has it. The end is kept
sealed with the connection's secrets (`hook_expires`), so the next run knows which are due.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from flowhub.integrations import crypto, hooks
from flowhub.integrations.base import IntegrationError, RetryLater, event_time
from flowhub.integrations.connection import open_connection
from flowhub.integrations.zoho import Zoho
from flowhub.storage import integrations, session_scope

if TYPE_CHECKING:
    from flowhub.services import Services

log = logging.getLogger(__name__)
RENEW_BEFORE = timedelta(days=2)


def queue_renewals(services: Services) -> int:
    """Queue `renew_zoho_channels` for each active Zoho connection; how many."""
    with session_scope(services.engine) as session:
        rows = integrations.get_all_connections(session=session, kind=Zoho.kind)
        ids = [r.id for r in rows if r.id is not None and r.status == "active"]
    for connection_id in ids:
        services.queue.enqueue("renew_zoho_channels", connection_id)
    return len(ids)


def renew_channels(services: Services, *connection_ids: int) -> None:
    """Job "renew_zoho_channels": subscribe again the channels that end within two days (of
    the connections named, else of every one); a busy Zoho raises so the queue asks again."""
    now = services.clock.now()
    with session_scope(services.engine) as session:
        rows = integrations.get_all_connections(session=session, kind=Zoho.kind)
        chosen = [
            r.id
            for r in rows
            if r.id is not None
            and r.status == "active"
            and (not connection_ids or r.id in connection_ids)
        ]
    busy: RetryLater | None = None
    for connection_id in chosen:
        try:
            renew(services, connection_id, now)
        except RetryLater as exc:
            busy = exc
        except IntegrationError as exc:  # revoked: the next push says so
            log.info("zoho channel of connection %s not renewed: %s", connection_id, exc)
    if busy is not None:
        raise busy


def renew(services: Services, connection_id: int, now: datetime) -> bool:
    """Subscribe one connection's channel again when it ends soon, or open a new one when Zoho
    dropped it; whether anything was asked of Zoho."""
    with session_scope(services.engine) as session:
        row = integrations.get_connection(session=session, connection_id=connection_id)
        if row is None or row.kind != Zoho.kind:
            return False
        tool = open_connection(row, tools=services.tools)
        url = str(row.config.get("callback_url") or "")
    if not isinstance(tool, Zoho):
        return False
    ends = event_time(tool.secrets.get("hook_expires"))
    if tool.secrets.get("hook_id") and ends is not None and ends - now > RENEW_BEFORE:
        return False
    before = dict(tool.secrets)
    new_end = tool.renew_watch(url, now) if url and tool.secrets.get("hook_id") else None
    if new_end is None:
        if hooks.reachable(services.tools):
            hooks.set_up(services, connection_id, later=False)
        return True
    _keep(services, connection_id, {**tool.secrets, "hook_expires": new_end}, before)
    return True


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


__all__ = ["RENEW_BEFORE", "queue_renewals", "renew", "renew_channels"]
