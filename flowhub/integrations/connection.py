"""From a stored connection to a working integration: decrypt, pick the base URL, refresh OAuth."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flowhub.integrations import INTEGRATIONS, crypto, oauth, outbound
from flowhub.integrations.base import Integration
from flowhub.services import ToolConfig
from flowhub.storage import IntegrationConnection


def build(
    kind: str, *, config: Mapping[str, Any], secrets: Mapping[str, str], tools: ToolConfig
) -> Integration:
    """An integration of `kind` for this config and these (clear) secrets."""
    cls = INTEGRATIONS.get(kind)
    if cls is None:
        raise LookupError(f"unknown integration {kind!r}; known: {', '.join(INTEGRATIONS)}")
    base = None
    if tools.integrations_base_url and not config.get("base_url"):
        base = f"{tools.integrations_base_url.rstrip('/')}/{kind}"
    provider = cls.oauth

    def refresh(current: dict[str, str]) -> dict[str, str]:
        if provider is None:
            return current
        return oauth.refresh(provider, current, tools=tools)

    return cls(
        config=config,
        secrets=secrets,
        base_url=base,
        timeout=tools.integrations_timeout,
        refresh=refresh if provider else None,
        rules=outbound.policy(tools),
        meter=tools.meter,
        daily_calls=tools.daily_calls.get(kind),
    )


def open_connection(connection: IntegrationConnection, *, tools: ToolConfig) -> Integration:
    """The integration a stored connection describes, with its secrets decrypted."""
    secrets = crypto.decrypt(connection.secret_encrypted, tools=tools)
    return build(connection.kind, config=connection.config, secrets=secrets, tools=tools)


def scrub(text: str, secrets: Mapping[str, str]) -> str:
    """`text` with any secret value blanked out, before it is shown or logged."""
    for value in secrets.values():
        if value and len(value) >= 6:
            text = text.replace(value, "•••")
    return text
