"""FlowHub registers a tool's status webhook itself, so "done" in the tool comes back.

At connect (`set_up`), a tool that can (`Integration.register_webhook`) is asked to send its
changes to `<public URL>/webhooks/integrations/<tool>?connection=<id>`; the vendor's webhook id
(and a signing secret FlowHub chose) are sealed with the connection's other secrets, and the URL
it signs against is kept in its config. A tool that refuses, or cannot be asked, gives the
person its exact steps (`Integration.hook_steps`, with that URL, and for a tool whose deliveries
are signed by nothing a key FlowHub chose in it: `hook_key`). A busy tool is asked again by
the job `set_up_hook`. On disconnect, `remove_hook` deletes the vendor's webhook, then the row.
"""

from __future__ import annotations

import logging
import secrets as random
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from flowhub.integrations import INTEGRATIONS, crypto
from flowhub.integrations.base import Integration, IntegrationError, RetryLater
from flowhub.integrations.connection import open_connection
from flowhub.storage import integrations, session_scope

if TYPE_CHECKING:
    from flowhub.services import Services, ToolConfig
    from flowhub.storage import IntegrationConnection

log = logging.getLogger(__name__)
SET_UP, STEPS, RETRYING = "set_up", "steps", "retrying"
_LOCAL = ("localhost", "127.0.0.1", "::1", "0.0.0.0")


@dataclass(frozen=True, slots=True)
class Hooked:
    """How "done comes back" stands after connecting: set up, retrying, or the person's steps."""

    state: str
    steps: str = ""


def callback_url(tools: ToolConfig, kind: str, connection_id: int) -> str:
    """Where tool `kind` sends the changes of connection `connection_id`."""
    base = tools.public_url.rstrip("/")
    return f"{base}/webhooks/integrations/{kind}?connection={connection_id}"


def reachable(tools: ToolConfig) -> bool:
    """Whether FlowHub's public URL is one a tool on the internet could call."""
    host = urlsplit(tools.public_url).hostname or ""
    return bool(host) and host not in _LOCAL


def set_up(services: Services, connection_id: int, *, later: bool = True) -> Hooked | None:
    """Register the webhook of a stored connection; None for a tool that sends none.

    A busy tool is asked again by the job `set_up_hook` (`later`), or `RetryLater` is raised.
    """
    with session_scope(services.engine) as session:
        row = integrations.get_connection(session=session, connection_id=connection_id)
        if row is None or row.kind not in INTEGRATIONS or not INTEGRATIONS[row.kind].round_trip:
            return None
        tool = open_connection(row, tools=services.tools)
    url = callback_url(services.tools, tool.kind, connection_id)
    # `base`: the URL without the connection, for a tool whose one webhook serves everyone.
    keyed = _keyed(services, tool, connection_id, url)
    steps = tool.hook_steps.format(url=keyed, base=url.split("?", 1)[0])
    if not reachable(services.tools):
        return Hooked(STEPS, steps) if steps else None
    try:
        found = tool.register_webhook(url)
    except RetryLater:
        if not later:
            raise
        services.queue.enqueue("set_up_hook", connection_id)
        return Hooked(RETRYING)
    except IntegrationError as exc:
        log.info("%s webhook not registered: %s", tool.kind, exc)
        return Hooked(STEPS, steps) if steps else None
    if found is None:
        return Hooked(STEPS, steps) if steps else None
    _keep(services, connection_id, url, found)
    return Hooked(SET_UP)


def _keyed(services: Services, tool: Integration, connection_id: int, url: str) -> str:
    """`url` with the key the tool's deliveries must carry (`hook_key`), kept sealed with the
    connection (never in its config); `url` itself for other tools."""
    if not tool.hook_key:
        return url
    key = tool.secrets.get("webhook_secret") or random.token_urlsafe(24)
    if key != tool.secrets.get("webhook_secret"):
        _keep(services, connection_id, url, {"webhook_secret": key})
    return f"{url}&key={key}"


def set_up_hook(services: Services, connection_id: int) -> None:
    """Job "set_up_hook": register a webhook a busy tool could not take at connect."""
    set_up(services, connection_id, later=False)  # RetryLater: the queue asks again


def _keep(services: Services, connection_id: int, url: str, found: dict[str, str]) -> None:
    """Seal the webhook's id and secret with the connection (a handshake may have added one)."""
    with session_scope(services.engine) as session:
        row = integrations.get_connection(session=session, connection_id=connection_id)
        if row is None:
            return
        secrets = crypto.decrypt(row.secret_encrypted, tools=services.tools)
        secrets |= {k: v for k, v in found.items() if v}
        integrations.update_connection(
            session=session,
            connection=row,
            config={**row.config, "callback_url": url},
            secret_encrypted=crypto.encrypt(secrets, tools=services.tools),
        )


def drop_old(tools: ToolConfig, row: IntegrationConnection) -> None:
    """Delete the webhook of a connection about to be replaced (a new one is registered)."""
    try:
        tool = open_connection(row, tools=tools)
        if tool.secrets.get("hook_id"):
            tool.delete_webhook(tool.secrets["hook_id"])
    except IntegrationError as exc:  # gone already, revoked, or busy: the new one still works
        log.info("%s: the previous webhook was not deleted: %s", row.kind, exc)


def remove_hook(services: Services, connection_id: int) -> None:
    """Job "remove_hook": delete a disconnected connection's webhook in the tool, then the row."""
    with session_scope(services.engine) as session:
        row = integrations.get_connection(session=session, connection_id=connection_id)
        if row is None:
            return
        tool = open_connection(row, tools=services.tools) if row.kind in INTEGRATIONS else None
    hook_id = tool.secrets.get("hook_id") if tool is not None else None
    if tool is not None and hook_id:
        try:
            tool.delete_webhook(hook_id)
        except RetryLater:
            raise
        except IntegrationError as exc:  # gone already, or the token was revoked
            log.info("%s webhook %s not deleted: %s", tool.kind, hook_id, exc)
    with session_scope(services.engine) as session:
        row = integrations.get_connection(session=session, connection_id=connection_id)
        if row is not None:
            integrations.delete_connection(session=session, connection=row)


__all__ = [
    "RETRYING",
    "SET_UP",
    "STEPS",
    "Hooked",
    "callback_url",
    "drop_old",
    "reachable",
    "remove_hook",
    "set_up",
    "set_up_hook",
]
