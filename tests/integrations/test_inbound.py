"""Round trip: a signed "closed" webhook from the tool marks the task done and says so;
unsigned and forged ones are refused, malformed ones answered 400."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from flowhub.bot.runtime import Runtime
from flowhub.integrations import crypto
from flowhub.integrations.config import tool_config
from flowhub.storage import integrations, session_scope
from tests.auxil.fake_vendors import FakeVendors
from tests.conftest import FIXED_NOW, ChatFactory
from tests.integrations.conftest import HOOK_SECRET, PUBLIC_URL, Connect, all_tasks, links


def _hex(body: bytes, secret: str = HOOK_SECRET) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def _b64(body: bytes, secret: str = HOOK_SECRET, algorithm: str = "sha256") -> str:
    return base64.b64encode(hmac.new(secret.encode(), body, algorithm).digest()).decode()


def _github(external_id: str) -> dict[str, Any]:
    return {
        "action": "closed",
        "issue": {"number": int(external_id), "state": "closed"},
        "repository": {"full_name": "acme/app"},
    }


def _jira(external_id: str) -> dict[str, Any]:
    return {
        "webhookEvent": "jira:issue_updated",
        "issue": {"id": external_id, "fields": {"status": {"statusCategory": {"key": "done"}}}},
        "changelog": {"items": [{"field": "status", "toString": "Done"}]},
    }


def _linear(external_id: str) -> dict[str, Any]:
    return {
        "action": "update",
        "type": "Issue",
        "data": {"id": external_id, "state": {"type": "completed", "name": "Done"}},
        "updatedFrom": {"stateId": "s-todo"},
        "webhookTimestamp": int(FIXED_NOW.timestamp() * 1000),
    }


def _todoist(external_id: str) -> dict[str, Any]:
    return {"event_name": "item:completed", "event_data": {"id": external_id}}


def _trello(external_id: str) -> dict[str, Any]:
    card = {"id": external_id, "dueComplete": True}
    return {"action": {"type": "updateCard", "data": {"card": card, "old": {"dueComplete": False}}}}


def _asana(external_id: str) -> dict[str, Any]:
    resource = {"gid": external_id, "resource_type": "task"}
    change = {"field": "completed", "action": "changed"}
    return {"events": [{"action": "changed", "resource": resource, "change": change}]}


TRELLO_URL = f"{PUBLIC_URL}/webhooks/integrations/trello"
# kind -> (body builder, signature header, signer)
ROUND_TRIP: dict[str, tuple[Callable[[str], dict[str, Any]], str, Callable[[bytes], str]]] = {
    "github": (_github, "X-Hub-Signature-256", lambda b: "sha256=" + _hex(b)),
    "jira": (_jira, "X-Hub-Signature", lambda b: "sha256=" + _hex(b)),
    "linear": (_linear, "Linear-Signature", _hex),
    "todoist": (_todoist, "X-Todoist-Hmac-SHA256", _b64),
    "trello": (
        _trello,
        "X-Trello-Webhook",
        lambda b: _b64(b + TRELLO_URL.encode(), algorithm="sha1"),
    ),
    "asana": (_asana, "X-Hook-Signature", _hex),
}


@pytest.mark.parametrize("kind", list(ROUND_TRIP))
def test_signed_close_marks_done_and_unsigned_is_refused(
    kind: str,
    chat_as: ChatFactory,
    runtime: Runtime,
    fake: FakeVendors,
    connect: Connect,
    client: TestClient,
) -> None:
    ana = chat_as("ana", "Ana")
    connect(kind, webhook_secret=HOOK_SECRET)
    (card,) = ana.say("send the Q4 deck to Sam by friday 5pm")
    ana.press("Confirm", card)
    (link,) = links(runtime)
    assert link.external_id is not None
    build, header, sign = ROUND_TRIP[kind]
    body = json.dumps(build(link.external_id)).encode()
    url = f"/webhooks/integrations/{kind}"

    assert client.post(url, content=body).status_code == 401
    forged = client.post(url, content=body, headers={header: sign(body + b" ")})
    assert forged.status_code == 403
    garbage = b"{not json"
    assert client.post(url, content=garbage, headers={header: sign(garbage)}).status_code == 400
    assert all_tasks(runtime)[0].status == "open"

    if kind == "asana":
        fake.items["asana"][link.external_id]["completed"] = True  # Asana is asked afterwards
    answer = client.post(url, content=body, headers={header: sign(body)})
    assert answer.status_code == 200, answer.text
    assert all_tasks(runtime)[0].status == "done"
    assert links(runtime)[0].status == "closed"
    told = [m.text for m in ana.messages() if m.text.startswith("✅ Closed in")]
    assert told and "Send the Q4 deck to Sam" in told[0]

    # Delivered again (tools retry): nothing changes, nothing more is said.
    assert client.post(url, content=body, headers={header: sign(body)}).status_code == 200
    assert len([m for m in ana.messages() if m.text.startswith("✅ Closed in")]) == 1


def test_unknown_tool_and_webhook_without_round_trip(client: TestClient) -> None:
    assert client.post("/webhooks/integrations/nope", content=b"{}").status_code == 404
    assert client.post("/webhooks/integrations/notion", content=b"{}").status_code == 404


def test_asana_handshake_only_once(
    chat_as: ChatFactory, runtime: Runtime, connect: Connect, client: TestClient
) -> None:
    chat_as("ana", "Ana")
    connection_id = connect("asana")
    url = f"/webhooks/integrations/asana?connection={connection_id}"
    first = client.post(url, headers={"X-Hook-Secret": "hs-1"})
    assert first.status_code == 200 and first.headers["X-Hook-Secret"] == "hs-1"
    assert client.post(url, headers={"X-Hook-Secret": "hs-2"}).status_code == 403
    with session_scope(runtime.engine) as session:
        row = integrations.get_connection(session=session, connection_id=connection_id)
        assert row is not None
        secrets = crypto.decrypt(row.secret_encrypted, tools=tool_config(runtime.settings))
    assert secrets["webhook_secret"] == "hs-1"
