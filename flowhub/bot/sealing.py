"""Outbox rows for replies that hold a secret (`Reply.sensitive`, e.g. a calendar feed URL).

Such a row's `body` is a placeholder and its `reply` document is sealed with the key that
protects stored tokens (`integrations.crypto`), so neither the table nor the WAL has the secret
in clear; the reply is opened only to send it, and to show it on the playground page.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from flowhub.connectors import Reply
from flowhub.connectors.codec import reply_to_dict
from flowhub.integrations import crypto
from flowhub.integrations.base import IntegrationError
from flowhub.services import ToolConfig

log = logging.getLogger(__name__)

PLACEHOLDER = "[sealed]"


def body(reply: Reply) -> str:
    """What the outbox `body` column keeps for `reply`."""
    return PLACEHOLDER if reply.sensitive else reply.text


def document(reply: Reply, *, tools: ToolConfig) -> dict[str, Any]:
    """The outbox `reply` document: the reply itself, or its sealed form when sensitive."""
    plain = reply_to_dict(reply)
    if not reply.sensitive:
        return plain
    sealed = crypto.encrypt({"reply": json.dumps(plain)}, tools=tools)
    return {
        "text": PLACEHOLDER,
        "to": plain["to"],
        "edit": plain["edit"],
        "ref": plain["ref"],
        "sensitive": True,
        "sealed": sealed,
    }


def opened(stored: dict[str, Any], *, tools: ToolConfig) -> dict[str, Any]:
    """The reply document `document` stored, unsealed; the placeholder if it can't be opened."""
    if "sealed" not in stored:
        return stored
    try:
        return dict(json.loads(crypto.decrypt(stored["sealed"], tools=tools)["reply"]))
    except (IntegrationError, KeyError, ValueError) as exc:
        log.warning("a sealed outbox reply can't be opened (%s); it goes out blank", exc)
        return {key: value for key, value in stored.items() if key != "sealed"}


def text(body: str, stored: dict[str, Any], *, tools: ToolConfig) -> str:
    """The text a stored reply shows: its body, or the sealed text behind the placeholder."""
    if "sealed" not in stored:
        return body
    return str(opened(stored, tools=tools).get("text", body))
