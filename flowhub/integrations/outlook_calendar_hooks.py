"""Keeping Outlook Calendar's change-notification subscriptions alive.

Graph ends a subscription on events after at most 4230 minutes. Every hour the scheduler calls
`queue_renewals`, which queues the job `renew_subscriptions` for each active Outlook connection;
the job extends each active Outlook connection's subscription that
ends within `RENEW_BEFORE` (`PATCH /subscriptions/{id}`), and subscribes again (`hooks.set_up`)
where Graph no longer has it. The end Graph gave is kept sealed with the connection's secrets
(`hook_expires`), so the next run knows which are due.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from flowhub.integrations import crypto, hooks
from flowhub.integrations.base import IntegrationError, RetryLater, event_time
from flowhub.integrations.connection import open_connection
from flowhub.integrations.outlook_calendar import OutlookCalendar
from flowhub.storage import integrations, session_scope

if TYPE_CHECKING:
    from flowhub.services import Services

log = logging.getLogger(__name__)
RENEW_BEFORE = timedelta(hours=24)


def queue_renewals(services: Services) -> int:
    """Queue `renew_subscriptions` for each active Outlook connection; how many."""
    with session_scope(services.engine) as session:
        rows = integrations.get_all_connections(session=session, kind=OutlookCalendar.kind)
        ids = [r.id for r in rows if r.id is not None and r.status == "active"]
    for connection_id in ids:
        services.queue.enqueue("renew_subscriptions", connection_id)
    return len(ids)


def renew_subscriptions(services: Services, *connection_ids: int) -> None:
    """Job "renew_subscriptions": extend the Outlook subscriptions that end within a day (of
    the connections named, else of every one); a busy Graph raises so the queue asks again."""
    now = services.clock.now()
    with session_scope(services.engine) as session:
        rows = integrations.get_all_connections(session=session, kind=OutlookCalendar.kind)
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
        except IntegrationError as exc:  # revoked, or the URL is refused: the next push says so
            log.info("outlook subscription of connection %s not renewed: %s", connection_id, exc)
    if busy is not None:
        raise busy


def renew(services: Services, connection_id: int, now: datetime) -> bool:
    """Extend one connection's subscription when it ends within `RENEW_BEFORE`, or subscribe
    again when Graph dropped it; whether anything was asked of Graph."""
    with session_scope(services.engine) as session:
        row = integrations.get_connection(session=session, connection_id=connection_id)
        if row is None or row.kind != OutlookCalendar.kind:
            return False
        tool = open_connection(row, tools=services.tools)
    if not isinstance(tool, OutlookCalendar):
        return False
    hook_id = tool.secrets.get("hook_id", "")
    ends = event_time(tool.secrets.get("hook_expires"))
    if hook_id and ends is not None and ends - now > RENEW_BEFORE:
        return False
    before = dict(tool.secrets)
    new_end = tool.renew_webhook(hook_id) if hook_id else None
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


__all__ = ["RENEW_BEFORE", "queue_renewals", "renew", "renew_subscriptions"]
