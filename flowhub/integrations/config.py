"""The one place task-tool code reads the settings: `tool_config(settings)`.

Everything else under `flowhub.integrations` takes a `ToolConfig` of plain values (public URL,
secret key, data directory, timeouts, outbound allow-list, OAuth clients), built once per
process and handed to jobs and routes as `services.tools`.
"""

from __future__ import annotations

from pydantic import SecretStr

from flowhub.integrations.oauth import PROVIDERS
from flowhub.meter import build_meter
from flowhub.services import ToolConfig
from flowhub.settings import Settings


def _oauth_clients(settings: Settings) -> dict[str, tuple[str, SecretStr]]:
    clients: dict[str, tuple[str, SecretStr]] = {}
    for name in PROVIDERS:
        client_id = getattr(settings, f"{name}_client_id", None)
        secret = getattr(settings, f"{name}_client_secret", None)
        if client_id and isinstance(secret, SecretStr):
            clients[name] = (str(client_id), secret)
    return clients


def tool_config(settings: Settings) -> ToolConfig:
    """The values task tools need, read from `settings`."""
    return ToolConfig(
        data_dir=settings.data_dir,
        env=settings.env,
        public_url=settings.public_url,
        secret_key=settings.secret_key,
        integrations_base_url=settings.integrations_base_url,
        integrations_timeout=settings.integrations_timeout,
        integrations_max_wait=settings.integrations_max_wait,
        outbound_allowed_hosts=tuple(settings.outbound_allowed_hosts),
        oauth_clients=_oauth_clients(settings),
        login_hosts={"salesforce": settings.salesforce_login_url}
        if settings.salesforce_login_url
        else {},
        meter=build_meter(settings.redis_url),
        daily_calls={"monday": settings.monday_daily_calls},
    )


__all__ = ["ToolConfig", "tool_config"]
