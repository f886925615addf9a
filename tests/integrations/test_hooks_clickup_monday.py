"""ClickUp and monday.com: "connect" registers the webhook that brings done and edits back,
each delivery is checked (ClickUp's `X-Signature`, monday's key in the URL or its app's JWT),
and "disconnect" deletes the webhooks again."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

from flowhub.bot.runtime import Runtime
from flowhub.integrations import crypto
from flowhub.integrations.config import tool_config
from flowhub.storage import IntegrationConnection
from tests.auxil.fake_vendors import CONFIGS, TOKENS, FakeVendors
from tests.auxil.vendors.clickup import CLICKUP_TEAM
from tests.auxil.vendors.common import HANDSHAKES
from tests.conftest import ChatFactory
from tests.integrations.conftest import PUBLIC_URL, all_tasks, links, stored


def _secrets(runtime: Runtime) -> tuple[IntegrationConnection, dict[str, str]]:
    (row,) = stored(runtime, IntegrationConnection)
    return row, crypto.decrypt(row.secret_encrypted, tools=tool_config(runtime.settings))


def _ms(at: datetime) -> str:
    return str(int(at.timestamp() * 1000))


def _clickup_event(task_id: str, event: str, item: str) -> bytes:
    history = [{"id": item, "type": 1, "date": _ms(datetime.now(UTC)), "field": "status"}]
    body = {"event": event, "history_items": history, "task_id": task_id, "webhook_id": "w1"}
    return json.dumps(body).encode()


def _post_clickup(client: TestClient, url: str, body: bytes, secret: str) -> int:
    signature = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    parts = urlsplit(url)
    answer = client.post(
        f"{parts.path}?{parts.query}", content=body, headers={"X-Signature": signature}
    )
    return answer.status_code


def test_connect_clickup_registers_its_webhook_and_done_and_edits_come_back(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, client: TestClient
) -> None:
    ana = chat_as("ana", "Ana")
    ana.say("connect clickup")
    done = ana.say(f"{CONFIGS['clickup']['list_id']} {TOKENS['clickup']}")[-1].text
    assert "Done in ClickUp comes back here: set up." in done
    row, secrets = _secrets(runtime)
    callback = f"{PUBLIC_URL}/webhooks/integrations/clickup?connection={row.id}"
    (hook,) = fake.of("clickup", "POST", f"/api/v2/team/{CLICKUP_TEAM}/webhook")
    assert hook.json["endpoint"] == callback
    assert hook.json["list_id"] == int(CONFIGS["clickup"]["list_id"])
    assert {"taskStatusUpdated", "taskUpdated", "taskDueDateUpdated"} <= set(hook.json["events"])
    held_hook = fake.items["clickup_hooks"][secrets["hook_id"]]
    assert secrets["webhook_secret"] == held_hook["secret"]

    (card,) = ana.say("send the Q4 deck to Sam by friday 5pm")
    ana.press("Confirm", card)
    (link,) = links(runtime)
    assert link.external_id is not None
    held = fake.items["clickup"][link.external_id]
    said = len(ana.messages())

    # A forged delivery changes nothing.
    body = _clickup_event(link.external_id, "taskUpdated", "h-0")
    assert _post_clickup(client, callback, body, "not-the-secret") == 403

    later = runtime.clock.now() + timedelta(minutes=5)
    held.update(name="Send the Q4 deck and notes to Sam", updated=_ms(later))
    held["due_date"] = int(datetime(2026, 3, 12, 9, 30, tzinfo=UTC).timestamp() * 1000)
    assert _post_clickup(client, callback, body, secrets["webhook_secret"]) == 200
    (task,) = all_tasks(runtime)
    assert task.title == "Send the Q4 deck and notes to Sam"
    assert task.due_at == datetime(2026, 3, 12, 9, 30, tzinfo=UTC)
    (told,) = ana.messages()[said:]
    assert "ClickUp" in told.text and "notes" in told.text

    held.update(status="shipped", updated=_ms(later + timedelta(minutes=1)))
    body = _clickup_event(link.external_id, "taskStatusUpdated", "h-1")
    assert _post_clickup(client, callback, body, secrets["webhook_secret"]) == 200
    assert all_tasks(runtime)[0].status == "done"
    # The same delivery again changes nothing.
    assert _post_clickup(client, callback, body, secrets["webhook_secret"]) == 200

    ana.say("disconnect clickup")
    assert fake.of("clickup", "DELETE", f"/api/v2/webhook/{secrets['hook_id']}")
    assert fake.items["clickup_hooks"] == {}
    assert stored(runtime, IntegrationConnection) == []


def test_a_clickup_task_deleted_or_an_unknown_task_changes_nothing(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, client: TestClient
) -> None:
    ana = chat_as("ana", "Ana")
    ana.say("connect clickup")
    ana.say(f"{CONFIGS['clickup']['list_id']} {TOKENS['clickup']}")
    row, secrets = _secrets(runtime)
    callback = f"{PUBLIC_URL}/webhooks/integrations/clickup?connection={row.id}"
    (card,) = ana.say("book the venue friday")
    ana.press("Confirm", card)
    (link,) = links(runtime)
    assert link.external_id is not None
    for event, task_id in (("taskDeleted", link.external_id), ("taskUpdated", "86unknown")):
        body = _clickup_event(task_id, event, f"h-{event}")
        assert _post_clickup(client, callback, body, secrets["webhook_secret"]) == 200
    (task,) = all_tasks(runtime)
    assert task.status == "open" and "venue" in task.title


def _answer_challenge(client: TestClient) -> Callable[[str, dict[str, str]], Any]:
    """monday's URL check, sent to FlowHub's app as monday would send it to its public URL."""

    def deliver(url: str, body: dict[str, str]) -> Any:
        parts = urlsplit(url)
        answer = client.post(f"{parts.path}?{parts.query}", json=body)
        return answer.json() if answer.status_code == 200 else None

    return deliver


def _monday_event(item: str, **event: Any) -> bytes:
    base = {
        "app": "monday",
        "type": "update_column_value",
        "boardId": int(CONFIGS["monday"]["board"]),
        "pulseId": int(item),
        "triggerTime": (datetime.now(UTC) + timedelta(days=400)).isoformat(),
        "subscriptionId": 1,
        "triggerUuid": f"uuid-{item}-{event.get('columnId', event.get('type'))}",
    }
    return json.dumps({"event": base | event}).encode()


def _monday_connected(
    chat_as: ChatFactory, runtime: Runtime, client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> tuple[Any, list[str], str]:
    monkeypatch.setitem(HANDSHAKES, "monday", _answer_challenge(client))
    ana = chat_as("ana", "Ana")
    ana.say("connect monday")
    done = ana.say(f"{CONFIGS['monday']['board']} {TOKENS['monday']}")[-1].text
    assert "Done in monday.com comes back here: set up." in done
    (card,) = ana.say("send the Q4 deck to Sam by friday 5pm")
    ana.press("Confirm", card)
    (link,) = links(runtime)
    assert link.external_id is not None
    _, secrets = _secrets(runtime)
    return ana, secrets["hook_id"].split(","), link.external_id


def test_connect_monday_answers_the_challenge_and_done_and_edits_come_back(
    chat_as: ChatFactory,
    runtime: Runtime,
    fake: FakeVendors,
    client: TestClient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ana, hook_ids, item = _monday_connected(chat_as, runtime, client, monkeypatch)
    hooks = fake.items["monday_hooks"]
    assert sorted(h["event"] for h in hooks.values()) == ["change_column_value", "change_name"]
    assert sorted(hook_ids) == sorted(hooks)
    url = urlsplit(next(iter(hooks.values()))["url"])
    assert url.path == "/webhooks/integrations/monday" and "key=" in url.query
    target = f"{url.path}?{url.query}"
    said = len(ana.messages())

    renamed = _monday_event(
        item, type="update_name", value={"name": "Send the Q4 deck and notes"}, columnId="name"
    )
    assert client.post(target, content=renamed).status_code == 200
    assert all_tasks(runtime)[0].title == "Send the Q4 deck and notes"
    (told,) = ana.messages()[said:]
    assert "monday.com" in told.text and "notes" in told.text

    moved = _monday_event(
        item, columnId="date4", columnType="date", value={"date": "2026-03-12", "time": "09:30:00"}
    )
    assert client.post(target, content=moved).status_code == 200
    assert all_tasks(runtime)[0].due_at == datetime(2026, 3, 12, 9, 30, tzinfo=UTC)

    label = {"index": 1, "text": "Done", "style": {"color": "#00c875"}}
    done = _monday_event(item, columnId="status", columnType="color", value={"label": label})
    forged = url.path + "?" + url.query.split("key=")[0] + "key=guessed"
    assert client.post(forged, content=done).status_code == 403
    assert all_tasks(runtime)[0].status == "open"
    assert client.post(target, content=done).status_code == 200
    assert all_tasks(runtime)[0].status == "done"

    ana.say("disconnect monday")
    deletes = [c for c in fake.of("monday", "POST") if "delete_webhook" in c.json["query"]]
    assert sorted(c.json["variables"]["id"] for c in deletes) == sorted(hook_ids)
    assert fake.items["monday_hooks"] == {}


def _jwt(secret: str, claims: dict[str, Any]) -> str:
    def part(data: dict[str, Any]) -> str:
        raw = json.dumps(data).encode()
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    head = part({"alg": "HS256", "typ": "JWT"}) + "." + part(claims)
    mac = hmac.new(secret.encode(), head.encode(), hashlib.sha256).digest()
    return head + "." + base64.urlsafe_b64encode(mac).rstrip(b"=").decode()


def test_a_monday_app_webhook_is_checked_by_its_signed_jwt(
    chat_as: ChatFactory,
    runtime: Runtime,
    fake: FakeVendors,
    client: TestClient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(HANDSHAKES, "monday", _answer_challenge(client))
    ana = chat_as("ana", "Ana")
    ana.say("connect monday")
    signing = "monday-app-signing-secret-0123"
    ana.say(f"{CONFIGS['monday']['board']} {TOKENS['monday']} {signing}")
    (card,) = ana.say("send the Q4 deck to Sam by friday 5pm")
    ana.press("Confirm", card)
    (link,) = links(runtime)
    assert link.external_id is not None
    row, _ = _secrets(runtime)
    path = f"/webhooks/integrations/monday?connection={row.id}"
    label = {"index": 1, "text": "Done"}
    body = _monday_event(link.external_id, columnId="status", value={"label": label})
    claims = {"accountId": 1, "exp": int(time.time()) + 60}
    for wrong in (_jwt("someone-else", claims), _jwt(signing, claims | {"exp": 1})):
        answer = client.post(path, content=body, headers={"Authorization": wrong})
        assert answer.status_code == 403
    assert all_tasks(runtime)[0].status == "open"
    answer = client.post(path, content=body, headers={"Authorization": _jwt(signing, claims)})
    assert answer.status_code == 200
    assert all_tasks(runtime)[0].status == "done"
