"""Edits in the CRM tools come back: HubSpot's property changes (one line per task, however
many properties a delivery names) and Pipedrive's activity updates (the activity checked
against the SDK's own activity type before it is sent)."""

from __future__ import annotations

import base64
import json
import time
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from fastapi.testclient import TestClient

from flowhub.bot.runtime import Runtime
from flowhub.integrations import crypto
from flowhub.integrations.base import hmac_digest
from flowhub.integrations.config import tool_config
from flowhub.storage import IntegrationConnection
from tests.auxil.fake_vendors import TOKENS, FakeVendors
from tests.auxil.vendors.hubspot import PORTAL_ID
from tests.auxil.vendors.pipedrive import ADMIN_TOKEN, COMPANY_ID, _activity
from tests.conftest import ChatFactory
from tests.contracts.payloads import schema_problems
from tests.integrations.conftest import HOOK_SECRET, PUBLIC_URL, all_tasks, links, stored

BERLIN = ZoneInfo("Europe/Berlin")


def _hubspot_signed(url: str, body: bytes) -> dict[str, str]:
    stamp = str(int(time.time() * 1000))
    signature = hmac_digest(HOOK_SECRET, b"POST" + url.encode() + body + stamp.encode())
    return {
        "X-HubSpot-Signature-v3": base64.b64encode(signature).decode(),
        "X-HubSpot-Request-Timestamp": stamp,
        "Content-Type": "application/json",
    }


def _property(task_id: str, name: str, value: str, event_id: int) -> dict[str, Any]:
    return {
        "eventId": event_id,
        "subscriptionId": 22,
        "portalId": PORTAL_ID,
        "appId": 33,
        "occurredAt": int(time.time() * 1000) + 60_000,
        "subscriptionType": "object.propertyChange",
        "attemptNumber": 0,
        "objectId": int(task_id),
        "objectTypeId": "0-27",
        "propertyName": name,
        "propertyValue": value,
        "changeSource": "CRM_UI",
    }


def test_hubspot_subject_due_and_priority_come_back_in_one_line(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, client: TestClient
) -> None:
    ana = chat_as("ana", "Ana")
    ana.say("connect hubspot")
    ana.say(f"{TOKENS['hubspot']} {HOOK_SECRET}")
    (card,) = ana.say("follow up with ACME Corp on friday 3pm")
    ana.press("Confirm", card)
    (link,) = links(runtime)
    (row,) = stored(runtime, IntegrationConnection)
    url = f"{PUBLIC_URL}/webhooks/integrations/hubspot?connection={row.id}"
    path = f"/webhooks/integrations/hubspot?connection={row.id}"
    task_id = str(link.external_id)
    pushed = fake.items["hubspot"][task_id]["properties"]
    said = len(ana.messages())

    # HubSpot repeating what FlowHub set: nothing.
    echo = [_property(task_id, "hs_task_subject", pushed["hs_task_subject"], 1)]
    body = json.dumps(echo).encode()
    assert client.post(path, content=body, headers=_hubspot_signed(url, body)).status_code == 200
    assert len(ana.messages()) == said

    due = datetime(2026, 3, 9, 15, 30, tzinfo=BERLIN)
    events = [
        _property(task_id, "hs_task_subject", "Call ACME Corp about the renewal", 2),
        _property(task_id, "hs_timestamp", str(int(due.timestamp() * 1000)), 3),
        _property(task_id, "hs_task_priority", "HIGH", 4),
    ]
    body = json.dumps(events).encode()
    answer = client.post(path, content=body, headers=_hubspot_signed(url, body))
    assert answer.status_code == 200 and answer.json()["detail"] == "ok (1 changed)"
    (task,) = all_tasks(runtime)
    assert task.title == "Call ACME Corp about the renewal" and task.priority == "high"
    assert task.due_at == due.astimezone(UTC)
    (told,) = ana.messages()[said:]
    assert "HubSpot" in told.text and "Mon 9 Mar, 15:30" in told.text
    assert fake.problems == []


def test_hubspot_high_stays_urgent_and_a_replay_changes_nothing(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, client: TestClient
) -> None:
    ana = chat_as("ana", "Ana")
    ana.say("connect hubspot")
    ana.say(f"{TOKENS['hubspot']} {HOOK_SECRET}")
    (card,) = ana.say("urgent: call ACME Corp tomorrow")
    ana.press("Confirm", card)
    (link,) = links(runtime)
    (row,) = stored(runtime, IntegrationConnection)
    url = f"{PUBLIC_URL}/webhooks/integrations/hubspot?connection={row.id}"
    path = f"/webhooks/integrations/hubspot?connection={row.id}"
    assert all_tasks(runtime)[0].priority == "urgent"
    said = len(ana.messages())
    events = [_property(str(link.external_id), "hs_task_priority", "HIGH", 9)]
    body = json.dumps(events).encode()
    client.post(path, content=body, headers=_hubspot_signed(url, body))
    assert all_tasks(runtime)[0].priority == "urgent" and len(ana.messages()) == said

    later = [_property(str(link.external_id), "hs_task_subject", "Call ACME Corp back", 10)]
    body = json.dumps(later).encode()
    client.post(path, content=body, headers=_hubspot_signed(url, body))
    client.post(path, content=body, headers=_hubspot_signed(url, body))  # the same, again
    assert all_tasks(runtime)[0].title == "Call ACME Corp back"
    assert len(ana.messages()) == said + 1


def _pipedrive_change(activity: dict[str, Any], previous: dict[str, Any], key: str) -> bytes:
    assert schema_problems("pipedrive", "UpsertActivityResponse", {"data": activity}) == []
    meta = {
        "action": "change",
        "entity": "activity",
        "entity_id": str(activity["id"]),
        "id": f"delivery-{key}",
        "company_id": str(COMPANY_ID),
        "timestamp": "2030-01-01T10:00:00.000Z",
        "version": "2.0",
    }
    return json.dumps({"meta": meta, "data": activity, "previous": previous}).encode()


def test_pipedrive_subject_and_due_come_back_and_an_echo_says_nothing(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, client: TestClient
) -> None:
    ana = chat_as("ana", "Ana")
    ana.say("connect pipedrive")
    ana.say(ADMIN_TOKEN)
    (card,) = ana.say("follow up with ACME Corp on friday 3pm")
    ana.press("Confirm", card)
    (link,) = links(runtime)
    (row,) = stored(runtime, IntegrationConnection)
    secrets = crypto.decrypt(row.secret_encrypted, tools=tool_config(runtime.settings))
    basic = base64.b64encode(secrets["webhook_auth"].encode()).decode()
    headers = {"Authorization": f"Basic {basic}"}
    path = f"/webhooks/integrations/pipedrive?connection={row.id}"
    stored_activity = _activity(fake.items["pipedrive"][str(link.external_id)])
    activity = stored_activity | {"id": int(str(link.external_id))}
    activity["update_time"] = "2030-01-01T10:00:00Z"
    said = len(ana.messages())

    # Pipedrive repeating FlowHub's own due: nothing.
    echo = _pipedrive_change(activity, {"due_time": "00:00"}, "echo")
    assert client.post(path, content=echo, headers=headers).json()["detail"] == "ok (0 changed)"
    assert len(ana.messages()) == said

    moved = activity | {"subject": "Call ACME Corp", "due_date": "2026-03-10", "due_time": "08:15"}
    moved["update_time"] = "2030-01-01T10:05:00Z"
    before = {"subject": activity["subject"], "due_date": activity["due_date"]}
    body = _pipedrive_change(moved, before, "moved")
    assert client.post(path, content=body, headers=headers).json()["detail"] == "ok (1 changed)"
    (task,) = all_tasks(runtime)
    assert task.title == "Call ACME Corp"
    assert task.due_at == datetime(2026, 3, 10, 8, 15, tzinfo=UTC)
    (told,) = ana.messages()[said:]
    assert "Pipedrive" in told.text and "Tue 10 Mar, 09:15" in told.text
    assert fake.problems == []
