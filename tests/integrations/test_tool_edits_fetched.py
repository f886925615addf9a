"""Tools whose webhooks only say that a task changed (Asana): FlowHub reads the task back
through the API, checked against the vendor's description, and compares it with its own."""

from __future__ import annotations

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
from tests.integrations.conftest import HOOK_SECRET, Connect, all_tasks, links

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
