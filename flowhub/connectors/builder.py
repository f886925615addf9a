"""How the app factory builds a connector: `Builder(settings, deps)`, one per platform.

A builder returns None when its platform is not configured. `Deps` holds what builders need
besides the settings, made once by the app factory; without a database (`engine` None, and no
stores) a builder that needs one returns None or builds without it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from flowhub.connectors.base import Connector
from flowhub.settings import Settings

if TYPE_CHECKING:
    from flowhub.connectors.slack.stores import SlackStores

# (platform, (account, chat) pairs) -> when each chat last wrote; chats never seen are left out.
LastInbound = Callable[[str, Collection[tuple[str, str]]], Mapping[tuple[str, str], datetime]]


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Deps:
    """What connector builders share: the database, the clock, what storage keeps for them."""

    engine: Engine | None = None
    now: Callable[[], datetime] = _utcnow
    last_inbound: LastInbound | None = None
    slack: SlackStores | None = None  # Slack's installations, OAuth states and reply origins


Builder = Callable[[Settings, Deps], Connector | None]
