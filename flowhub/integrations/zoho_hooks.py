"""Keeping Zoho CRM's notification channels alive.

Zoho ends a channel at its `channel_expiry`, a week at most. Every hour the scheduler calls
`queue_renewals`, which queues the job `renew_zoho_channels` for each active Zoho connection; the
job subscribes the channel again (`Zoho.renew_watch`, the same id and token) when it ends within
`RENEW_BEFORE`, and opens a new one where Zoho no longer has it (`hook_renewals`).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from flowhub.integrations import hook_renewals
from flowhub.integrations.zoho import Zoho

if TYPE_CHECKING:
    from flowhub.services import Services

RENEW_BEFORE = timedelta(days=2)
_RENEWAL = hook_renewals.Renewal(
    kind=Zoho.kind,
    job="renew_zoho_channels",
    before=RENEW_BEFORE,
    extend=lambda tool, url, now: tool.renew_watch(url, now) if url else None,
)


def queue_renewals(services: Services) -> int:
    """Queue `renew_zoho_channels` for each active Zoho connection; how many."""
    return hook_renewals.queue_renewals(services, _RENEWAL)


def renew_channels(services: Services, *connection_ids: int) -> None:
    """Job "renew_zoho_channels": subscribe again the channels that end within two days (of
    the connections named, else of every one); a busy Zoho raises so the queue asks again."""
    hook_renewals.renew_all(services, _RENEWAL, connection_ids)


def renew(services: Services, connection_id: int, now: datetime) -> bool:
    """Subscribe one connection's channel again, or open a new one; whether Zoho was asked."""
    return hook_renewals.renew(services, _RENEWAL, connection_id, now)


__all__ = ["RENEW_BEFORE", "queue_renewals", "renew", "renew_channels"]
