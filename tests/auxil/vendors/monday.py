"""monday.com GraphQL: items on one board, each operation charged to the token's complexity
budget as monday documents it (developer.monday.com/api-reference/docs/rate-limits).

The budget is a window that opens at the first call and closes a minute later, holding
`FULL_BUDGET` points; an operation that asks for `complexity` is told what it cost and what is
left, and one the window cannot pay for is refused with `COMPLEXITY_BUDGET_EXHAUSTED` and the
whole seconds until the window closes. The window is `fake.items["monday_budget"]["window"]`
(`left`, and `closes` on `time.monotonic()`): tests set it, and `reset()` refills it.
"""

from __future__ import annotations

import json
import math
import time
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
# A paid account's personal-token budget a minute; one item mutation's cost (monday's figure).
FULL_BUDGET = 10_000_000
COSTS = {"create_item": 10_000, "change_multiple_column_values": 10_000, "boards(": 3_000}
ACCOUNT_ID = "9001"


def handle(fake: Store, call: Call) -> Answer:
    """Answer one request as the vendor would."""
    auth(call, "authorization", TOKENS["monday"])
    if call.headers.get("api-version") not in MONDAY_STABLE_VERSIONS:
        raise Reject(f"API-Version must be a stable version, one of {MONDAY_STABLE_VERSIONS}")
    if call.method != "POST" or call.path != "/v2":
        raise Reject(f"not the monday endpoint: {call.method} {call.path}", 404)
    query = need(call.json, "query", str)
    variables = call.json.get("variables") or {}
    refused = _charge(fake, query)
    if refused is not None:
        return refused
    status, payload, headers = _answer(fake, query, variables)
    if "complexity" in query and isinstance(payload.get("data"), dict):
        payload["data"]["complexity"] = dict(fake.items["monday_budget"]["answer"])
    return status, payload, headers


def _charge(fake: Store, query: str) -> Answer | None:
    """Take the operation's cost from the window; monday's error when it cannot pay."""
    budget = fake.items["monday_budget"]
    now = time.monotonic()
    window = budget.get("window")
    if not window or window["closes"] <= now:
        window = budget["window"] = {"left": FULL_BUDGET, "closes": now + 60}
    cost = next((c for name, c in COSTS.items() if name in query), 1_000)
    reset = max(0, math.ceil(window["closes"] - now))
    if window["left"] < cost:
        error = {"code": "COMPLEXITY_BUDGET_EXHAUSTED", "retry_in_seconds": reset}
        body = {"errors": [{"message": "Complexity budget exhausted", "extensions": error}]}
        return 429, body, {}
    before = window["left"]
    window["left"] -= cost
    budget["answer"] = {
        "before": before,
        "after": window["left"],
        "query": cost,
        "reset_in_x_seconds": reset,
    }
    return None


def _answer(fake: Store, query: str, variables: dict[str, Any]) -> Answer:
    items = fake.items["monday"]
    if "boards(" in query:
        columns = [
            {"id": "name", "type": "name"},
            {"id": "status", "type": "status"},
            {"id": "date4", "type": "date"},
        ]
        board = {"name": "Team tasks", "columns": columns}
        me = {"id": "1", "account": {"id": ACCOUNT_ID}}
        return 200, {"data": {"me": me, "boards": [board]}}, {}
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
