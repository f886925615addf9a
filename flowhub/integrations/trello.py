"""Trello: cards in one list; done = `dueComplete` (and archived when the config asks).

Auth is the API key plus a user token, sent in the `Authorization: OAuth ...` header Trello
accepts (so the token never sits in a URL). Inbound: a Trello webhook signs body + callback URL
with the API secret: `X-Trello-Webhook` is base64(HMAC-SHA1). An `updateCard` action's `old`
names what changed: `dueComplete` is done or reopened, a new name or due comes back as an edit
(a whole day FlowHub sent as local noon reads as that same day).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from datetime import UTC
from typing import Any

from flowhub.integrations.base import (
    ExternalEdit,
    ExternalRef,
    ExternalStatus,
    Integration,
    SetupField,
    due_of,
    event_time,
    hmac_digest,
    same,
    task_notes,
)
from flowhub.storage import Task


class Trello(Integration):
    """Cards in one Trello list."""

    kind = "trello"
    title = "Trello"
    api_url = "https://api.trello.com"
    round_trip = True
    webhook_header = "x-trello-webhook"
    setup = (
        SetupField("key", "your API key"),
        SetupField("list_id", "the id of the list new cards go to"),
        SetupField("token", "a token for that key", secret=True),
        SetupField("webhook_secret", "the API secret, to verify webhooks", True, True),
    )
    help = (
        "Get the API key (and its secret) of a Power-Up at https://trello.com/power-ups/admin, "
        "then a token with the “Token” link next to the key. The list id is the “idList” of "
        "any card in the list (open the card, add .json to its URL). With the secret, FlowHub "
        "registers the webhook that brings “done” back itself."
    )

    def _auth_headers(self) -> dict[str, str]:
        key, token = self.config.get("key", ""), self.secrets.get("token", "")
        return {"Authorization": f'OAuth oauth_consumer_key="{key}", oauth_token="{token}"'}

    def push(self, task: Task, ref: ExternalRef | None = None) -> ExternalRef:
        """Add a card at the bottom of the list, or update its name, description and due."""
        body = self._fields(task)
        if ref is not None:
            self._call("PUT", f"/1/cards/{ref.external_id}", json=body)
            return ref
        if body["due"] is None:
            del body["due"]  # a new card has none; only an update clears one with null
        body.update(idList=self._required("list_id"), pos="bottom")
        data = self._call("POST", "/1/cards", json=body).json()
        return ExternalRef(str(data["id"]), data.get("shortUrl") or data.get("url"))

    def _fields(self, task: Task) -> dict[str, Any]:
        due = due_of(task)
        when = None
        if due is not None:
            # A whole-day due reads best at local noon: the same date in every nearby zone.
            at = due.local.replace(hour=12, minute=0, second=0) if due.all_day else due.local
            when = at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        return {"name": task.title[:16384], "desc": task_notes(task), "due": when}

    def close(self, ref: ExternalRef) -> None:
        """Tick the card's due date complete (and archive it if `archive_done` is set)."""
        body: dict[str, Any] = {"dueComplete": True}
        if self.config.get("archive_done"):
            body["closed"] = True
        self._call("PUT", f"/1/cards/{ref.external_id}", json=body)

    def reopen(self, ref: ExternalRef) -> None:
        """Untick the card (and bring it back from the archive)."""
        body = {"dueComplete": False, "closed": False}
        self._call("PUT", f"/1/cards/{ref.external_id}", json=body)

    def check(self) -> str:
        """The token works and the list exists."""
        self._call("GET", "/1/members/me", params={"fields": "id"})
        data = self._call("GET", f"/1/lists/{self._required('list_id')}").json()
        return f"list “{data.get('name', self.config['list_id'])}”"

    hook_steps = (
        "Trello signs its webhooks with the API secret: say “connect trello” again and add the "
        "secret shown under your key at https://trello.com/power-ups/admin as the 4th value; "
        "FlowHub then registers {url} itself."
    )

    def register_webhook(self, url: str) -> dict[str, str] | None:
        """A webhook on the list (its cards' changes), signed with the API secret."""
        if not self.secrets.get("webhook_secret"):
            return None  # without the secret no delivery could be verified
        # Trello's published description takes these as query parameters (no secret among them).
        params = {
            "callbackURL": url,
            "idModel": self._required("list_id"),
            "description": "FlowHub: done comes back",
        }
        data = self._call("POST", "/1/webhooks/", params=params).json()
        return {"hook_id": str(data["id"])}

    def delete_webhook(self, hook_id: str) -> None:
        """Delete the list's webhook."""
        self._call("DELETE", f"/1/webhooks/{hook_id}")

    def verify_webhook(self, headers: Mapping[str, str], body: bytes, *, url: str = "") -> bool:
        """base64(HMAC-SHA1(API secret, body + callback URL)) in `X-Trello-Webhook`."""
        secret = self.secrets.get("webhook_secret")
        if not secret:
            return False
        callback = self.config.get("callback_url") or url
        digest = hmac_digest(secret, body + callback.encode(), "sha1")
        return same(base64.b64encode(digest).decode(), headers.get("x-trello-webhook"))

    def parse_webhook(self, body: bytes) -> list[ExternalStatus]:
        """A card whose due date was ticked or unticked, renamed, or given another due."""
        data = json.loads(body)
        if not isinstance(data, dict):
            raise ValueError("a Trello webhook body is a JSON object")
        action = data.get("action") or {}
        if action.get("type") != "updateCard":
            return []
        changed = action["data"]
        old = changed.get("old") or {}
        card = changed["card"]
        done = bool(card.get("dueComplete")) if "dueComplete" in old else None
        edit = None
        if "name" in old or "due" in old:
            due = event_time(card.get("due")) if "due" in old else None
            edit = ExternalEdit(
                title=str(card["name"]) if "name" in old and card.get("name") else None,
                due=due,
                due_removed="due" in old and not card.get("due"),
            )
        if done is None and edit is None:
            return []
        at = event_time(action.get("date"))
        return [ExternalStatus(str(card["id"]), done, at, edit=edit)]

    def webhook_delivery(self, headers: Mapping[str, str], body: bytes) -> str | None:
        """The action's id: Trello sends one action once, and again only as a retry."""
        try:
            data = json.loads(body)
        except ValueError:
            return None
        action = data.get("action") if isinstance(data, dict) else None
        found = action.get("id") if isinstance(action, dict) else None
        return str(found) if found else None
