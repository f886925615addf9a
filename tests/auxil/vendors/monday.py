"""monday.com GraphQL: items on one board."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from tests.auxil.vendors.common import (
    CONFIGS,
    HANDSHAKES,
    TOKENS,
    Answer,
    Call,
    Reject,
    Store,
    auth,
    found,
    need,
)

# monday.com's stable API versions (developer.monday.com/api-reference/docs/api-versioning,
# September 2026: 2026-04 maintenance, 2026-07 current); older ones are re-routed.
MONDAY_STABLE_VERSIONS = ("2026-04", "2026-07")


def handle(fake: Store, call: Call) -> Answer:
    """Answer one request as the vendor would."""
    auth(call, "authorization", TOKENS["monday"])
    if call.headers.get("api-version") not in MONDAY_STABLE_VERSIONS:
        raise Reject(f"API-Version must be a stable version, one of {MONDAY_STABLE_VERSIONS}")
    if call.method != "POST" or call.path != "/v2":
        raise Reject(f"not the monday endpoint: {call.method} {call.path}", 404)
    query = need(call.json, "query", str)
    variables = call.json.get("variables") or {}
    items = fake.items["monday"]
    if "boards(" in query:
        columns = [
            {"id": "name", "type": "name"},
            {"id": "status", "type": "status"},
            {"id": "date4", "type": "date"},
        ]
        board = {"name": "Team tasks", "columns": columns}
        return 200, {"data": {"me": {"id": "1"}, "boards": [board]}}, {}
    if "create_item" in query:
        if str(variables.get("board")) != CONFIGS["monday"]["board"]:
            raise Reject("board_id must be the board")
        need(variables, "name", str)
        values = json.loads(variables.get("values") or "{}")
        if values.get("date4"):
            date.fromisoformat(need(values["date4"], "date", str))
        item_id = fake.new_id()
        items[item_id] = values
        url = f"https://acme.monday.com/boards/1234567890/pulses/{item_id}"
        return 200, {"data": {"create_item": {"id": item_id, "url": url}}}, {}
    if "change_multiple_column_values" in query:
        item = found(items, str(need(variables, "item", str)))
        item.update(json.loads(need(variables, "values", str)))
        return 200, {"data": {"change_multiple_column_values": {"id": variables["item"]}}}, {}
    if "create_webhook" in query:
        return _new_hook(fake, variables)
    if "delete_webhook" in query:
        hook_id = str(need(variables, "id", str))
        hook = found(fake.items["monday_hooks"], hook_id)
        del fake.items["monday_hooks"][hook_id]
        return 200, {"data": {"delete_webhook": {"id": hook_id, "board_id": hook["board"]}}}, {}
    raise Reject("unknown monday operation")


def _new_hook(fake: Store, variables: dict[str, Any]) -> Answer:
    """monday's create_webhook: the URL must answer the challenge with the same JSON first."""
    url = need(variables, "url", str)
    if str(variables.get("board")) != CONFIGS["monday"]["board"]:
        raise Reject("board_id must be the board")
    challenge = f"challenge-{fake.new_id()}"
    deliver = HANDSHAKES.get("monday")
    if deliver is None or deliver(url, {"challenge": challenge}) != {"challenge": challenge}:
        return 200, {"errors": [{"message": "Failed to communicate with URL provided."}]}, {}
    hook_id = fake.new_id()
    hook = {"board": variables["board"], "url": url, "event": need(variables, "event", str)}
    fake.items["monday_hooks"][hook_id] = hook
    made = {"id": hook_id, "board_id": variables["board"]}
    return 200, {"data": {"create_webhook": made}}, {}
