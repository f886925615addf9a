"""Keeping Outlook Calendar's change-notification subscriptions alive.

Graph ends a subscription on events after at most 4230 minutes. Every hour the scheduler calls
`queue_renewals`, which queues the job `renew_subscriptions` for each active Outlook connection;
the job extends each subscription that ends within `RENEW_BEFORE` (`PATCH /subscriptions/{id}`)
and subscribes again where Graph no longer has it (`hook_renewals`).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from flowhub.integrations import hook_renewals
from flowhub.integrations.outlook_calendar import OutlookCalendar

if TYPE_CHECKING:
    from flowhub.services import Services

RENEW_BEFORE = timedelta(hours=24)
_RENEWAL = hook_renewals.Renewal(
    kind=OutlookCalendar.kind,
    job="renew_subscriptions",
    before=RENEW_BEFORE,
    extend=lambda tool, _url, _now: tool.renew_webhook(tool.secrets["hook_id"]),
)


def queue_renewals(services: Services) -> int:
    """Queue `renew_subscriptions` for each active Outlook connection; how many."""
    return hook_renewals.queue_renewals(services, _RENEWAL)


def renew_subscriptions(services: Services, *connection_ids: int) -> None:
    """Job "renew_subscriptions": extend the Outlook subscriptions that end within a day (of
    the connections named, else of every one); a busy Graph raises so the queue asks again."""
    hook_renewals.renew_all(services, _RENEWAL, connection_ids)


def renew(services: Services, connection_id: int, now: datetime) -> bool:
    """Extend one connection's subscription, or subscribe again; whether Graph was asked."""
    return hook_renewals.renew(services, _RENEWAL, connection_id, now)


__all__ = ["RENEW_BEFORE", "queue_renewals", "renew", "renew_subscriptions"]
