"""Send-rate limits: when may the next message go to a chat, a bot or a number?

`limits_for` names the limits a send counts against: a chat's own are `queued` (its backlog goes
out in order), a bot's or a number's are shared (charged only when a send goes now). The meter
that hands out the slots, in memory or in Redis across processes, is `flowhub.meter`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flowhub.connectors import Target
from flowhub.meter import Limit, Limiter, MemoryLimiter, RedisLimiter, build_meter

if TYPE_CHECKING:
    from flowhub.settings import Settings


def build_limiter(settings: Settings) -> Limiter:
    """A Redis limiter when FLOWHUB_REDIS_URL is set (limits hold across processes), else one
    in memory."""
    return build_meter(settings.redis_url)


def limits_for(target: Target, settings: Settings) -> tuple[Limit, ...]:
    """The platform limits a send to `target` counts against (PLATFORMS.md)."""
    account, chat = target.account, target.chat
    if target.platform == "whatsapp":
        rate = settings.whatsapp_messages_per_second
        return (Limit(f"whatsapp:{account}", rate, max(1, int(rate)), queued=False),)
    if target.platform == "telegram":
        rate = settings.telegram_messages_per_second
        limits = [
            Limit(f"telegram:{account}", rate, max(1, int(rate)), queued=False),
            Limit(f"telegram:{account}:{chat}", settings.telegram_chat_messages_per_second, 3),
        ]
        if chat.startswith("-"):  # groups and supergroups have negative ids
            per_minute = settings.telegram_group_messages_per_minute
            limits.append(Limit(f"telegram:{account}:{chat}:minute", per_minute / 60, 5))
        return tuple(limits)
    if target.platform == "slack":
        return (Limit(f"slack:{account}:{chat}", settings.slack_channel_messages_per_second, 3),)
    return ()


__all__ = ["Limit", "Limiter", "MemoryLimiter", "RedisLimiter", "build_limiter", "limits_for"]
