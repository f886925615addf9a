"""What the Slack connector keeps outside itself, handed in through `Deps.slack`.

The app factory builds these over FlowHub's database; the connector never touches storage.
`installations` and `states` are slack_sdk's own store interfaces; `reply_origin(outbox_id)` is
the Slack context (`Origin.to_raw()`) of the event a queued reply answers, or None.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from slack_sdk.oauth.installation_store import InstallationStore
from slack_sdk.oauth.state_store import OAuthStateStore


@dataclass(frozen=True, slots=True)
class SlackStores:
    """Where bot installations, OAuth states and the origins of replies are kept."""

    installations: InstallationStore
    states: OAuthStateStore
    reply_origin: Callable[[int], Mapping[str, Any] | None]
