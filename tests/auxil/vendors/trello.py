"""Trello REST v1: cards in one list, with the key and token in the OAuth header."""

from __future__ import annotations

import hashlib
import re
from datetime import datetime

from tests.auxil.vendors.common import (
    CONFIGS,
    TOKENS,
    TRELLO_KEY,
    Answer,
    Call,
    Reject,
    Store,
    auth,
    found,
    need,
)


def handle(fake: Store, call: Call) -> Answer:
    """Answer one request as the vendor would."""
    auth(
        call,
        "authorization",
        f'OAuth oauth_consumer_key="{TRELLO_KEY}", oauth_token="{TOKENS["trello"]}"',
    )
    if "token" in call.query or "key" in call.query:
        raise Reject("credentials must not travel in the URL here")
    cards = fake.items["trello"]
    if call.method == "GET" and call.path == "/1/members/me":
        return 200, {"id": "5a1b2c3d4e5f6a7b8c9d0e1f", "username": "ana"}, {}
    if m := re.fullmatch(r"/1/lists/(\w+)", call.path):
        if m.group(1) != CONFIGS["trello"]["list_id"]:
            raise Reject("invalid id", 404)
        return 200, {"id": m.group(1), "name": "Inbox", "closed": False}, {}
    if call.method == "POST" and call.path == "/1/cards":
        if need(call.json, "idList", str) != CONFIGS["trello"]["list_id"]:
            raise Reject("invalid value for idList")
        need(call.json, "name", str)
        if call.json.get("due"):
            datetime.fromisoformat(call.json["due"].replace("Z", "+00:00"))
        card_id = hashlib.md5(fake.new_id().encode()).hexdigest()[:24]
        cards[card_id] = dict(call.json, dueComplete=False, closed=False, pos=65536)
        return 200, {"id": card_id, "shortUrl": f"https://trello.com/c/{card_id[:8]}"}, {}
    if call.method == "PUT" and (m := re.fullmatch(r"/1/cards/(\w+)", call.path)):
        card = found(cards, m.group(1))
        card.update(call.json or {})
        return 200, {"id": m.group(1), **card}, {}
    if call.method == "POST" and call.path == "/1/webhooks/":
        return _new_hook(fake, call)
    if call.method == "DELETE" and (m := re.fullmatch(r"/1/webhooks/(\w+)", call.path)):
        found(fake.items["trello_hooks"], m.group(1))
        del fake.items["trello_hooks"][m.group(1)]
        return 200, None, {}  # the description documents no body
    raise Reject(f"not a Trello endpoint: {call.method} {call.path}", 404)


def _new_hook(fake: Store, call: Call) -> Answer:
    """Trello's POST /1/webhooks/: the callback URL and model id as query parameters, as its
    published description (developer.atlassian.com/cloud/trello/swagger.v3.json) has them."""
    url = need(call.query, "callbackURL", str)
    model = need(call.query, "idModel", str)
    if not url.startswith("https://"):
        raise Reject("invalid value for callbackURL")
    if model != CONFIGS["trello"]["list_id"]:
        raise Reject("invalid value for idModel")
    hooks = fake.items["trello_hooks"]
    if any(h["callbackURL"] == url and h["idModel"] == model for h in hooks.values()):
        raise Reject("A webhook with that callback, model, and token already exists")
    hook_id = hashlib.md5(fake.new_id().encode()).hexdigest()[:24]
    hooks[hook_id] = {
        "id": hook_id,
        "description": str(call.query.get("description", "")),
        "idModel": model,
        "callbackURL": url,
        "active": True,
        "consecutiveFailures": 0,
        "firstConsecutiveFailDate": None,
    }
    return 200, hooks[hook_id], {}
