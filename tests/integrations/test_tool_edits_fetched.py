"""Tools whose webhooks only say that a task changed (Asana): FlowHub reads the task back
through the API, checked against the vendor's description, and compares it with its own.
Trello's card actions carry the new values themselves (its description has no action objects)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from fastapi.testclient import TestClient

from flowhub.bot.runtime import Runtime
from tests.auxil.fake_vendors import FakeVendors
from tests.conftest import ChatFactory
from tests.integrations.conftest import HOOK_SECRET, PUBLIC_URL, Connect, all_tasks, links

BERLIN = ZoneInfo("Europe/Berlin")


def _asana_changed(client: TestClient, gid: str, *fields: str) -> str:
    resource = {"gid": gid, "resource_type": "task"}
    events = [
        {"action": "changed", "resource": resource, "change": {"field": f, "action": "changed"}}
        for f in fields
    ]
    body = json.dumps({"events": events}).encode()
    signature = hmac.new(HOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    answer = client.post(
        "/webhooks/integrations/asana", content=body, headers={"X-Hook-Signature": signature}
    )
    assert answer.status_code == 200, answer.text
    return str(answer.json()["detail"])


def _asana_task(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, connect: Connect, text: str
) -> tuple[Any, str, dict[str, Any]]:
    ana = chat_as("ana", "Ana")
    connect("asana", webhook_secret=HOOK_SECRET)
    (card,) = ana.say(text)
    ana.press("Confirm", card)
    (link,) = links(runtime)
    assert link.external_id is not None
    return ana, link.external_id, fake.items["asana"][link.external_id]


def test_asana_rename_and_new_due_are_read_back_and_told(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, connect: Connect, client: TestClient
) -> None:
    ana, gid, held = _asana_task(chat_as, runtime, fake, connect, "order the banners friday 2pm")
    said = len(ana.messages())

    # A change Asana reports but that leaves the task as FlowHub sent it: nothing said.
    _asana_changed(client, gid, "name")
    assert len(ana.messages()) == said

    held["name"] = "Order the banners and flyers"
    held["due_at"] = "2026-03-12T09:30:00.000Z"
    held["modified_at"] = "2026-03-04T09:30:00.000Z"
    _asana_changed(client, gid, "name", "due_at")
    (task,) = all_tasks(runtime)
    assert task.title == "Order the banners and flyers"
    assert task.due_at == datetime(2026, 3, 12, 9, 30, tzinfo=UTC)
    (told,) = ana.messages()[said:]
    assert "Asana" in told.text and "flyers" in told.text and "Thu 12 Mar, 10:30" in told.text
    assert task.status == "open"
    assert fake.problems == []


def test_asana_due_on_a_day_keeps_the_time_and_completed_still_closes(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, connect: Connect, client: TestClient
) -> None:
    ana, gid, held = _asana_task(chat_as, runtime, fake, connect, "pay the rent monday 9am")
    held["due_at"], held["due_on"] = None, "2026-03-10"
    _asana_changed(client, gid, "due_on")
    (task,) = all_tasks(runtime)
    assert task.due_at is not None
    assert task.due_at.astimezone(BERLIN).strftime("%Y-%m-%d %H:%M") == "2026-03-10 09:00"
    held["completed"] = True
    _asana_changed(client, gid, "completed")
    assert all_tasks(runtime)[0].status == "done"
    assert any(m.text.startswith("✅ Closed in Asana") for m in ana.messages())
    assert fake.problems == []


TRELLO_URL = f"{PUBLIC_URL}/webhooks/integrations/trello"


def _trello_update(client: TestClient, card: dict[str, Any], old: dict[str, Any], key: str) -> str:
    action = {
        "id": f"action-{key}",
        "type": "updateCard",
        "date": "2026-03-04T09:40:00.000Z",
        "data": {"card": card, "old": old, "list": {"id": "l1", "name": "Inbox"}},
    }
    body = json.dumps({"action": action, "model": {"id": "l1"}}).encode()
    mac = hmac.new(HOOK_SECRET.encode(), body + TRELLO_URL.encode(), hashlib.sha1).digest()
    headers = {"X-Trello-Webhook": base64.b64encode(mac).decode()}
    answer = client.post("/webhooks/integrations/trello", content=body, headers=headers)
    assert answer.status_code == 200, answer.text
    return str(answer.json()["detail"])


def test_trello_card_renamed_or_moved_comes_back_and_a_noon_day_is_the_same_day(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, connect: Connect, client: TestClient
) -> None:
    ana = chat_as("ana", "Ana")
    connect("trello", webhook_secret=HOOK_SECRET)
    (card,) = ana.say("renew the car insurance on friday")
    ana.press("Confirm", card)
    (link,) = links(runtime)
    held = fake.items["trello"][str(link.external_id)]
    said = len(ana.messages())
    sent = {"id": link.external_id, "name": held["name"], "due": held["due"]}
    assert _trello_update(client, sent, {"due": None}, "echo") == "ok (0 changed)"
    assert len(ana.messages()) == said

    moved = sent | {"name": "Renew the car insurance online", "due": "2026-03-09T16:00:00.000Z"}
    old = {"name": held["name"], "due": held["due"]}
    assert _trello_update(client, moved, old, "moved") == "ok (1 changed)"
    (task,) = all_tasks(runtime)
    assert task.title == "Renew the car insurance online"
    assert task.due_at == datetime(2026, 3, 9, 16, 0, tzinfo=UTC)
    (told,) = ana.messages()[said:]
    assert "Trello" in told.text and "Mon 9 Mar, 17:00" in told.text
    assert fake.problems == []
