"""Inbound tool webhooks are replay-safe: a delivery seen before changes nothing, an event older
than the task's last change is ignored, Linear's signed timestamp must be fresh, and a webhook
only reaches tasks pushed through the connection whose secret signed it."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from tests.integrations.conftest import LIVE_SECRET as SECRET
from tests.integrations.conftest import all_tasks, connect_live, links
from tests.integrations.live import Live


def _post(app: Live, kind: str, body: bytes, headers: dict[str, str]) -> str:
    answer = app.http.post(f"/webhooks/integrations/{kind}", content=body, headers=headers)
    assert answer.status_code == 200, answer.text
    return str(answer.json()["detail"])


def _status(app: Live) -> str:
    return all_tasks(app.runtime)[0].status


def _stamp(at: datetime) -> str:
    return at.strftime("%Y-%m-%dT%H:%M:%SZ")


def _github(app: Live, number: str, action: str, at: datetime, *, delivery: str) -> bytes:
    body = {
        "action": action,
        "issue": {"number": int(number), "state": action, "updated_at": _stamp(at)},
        "repository": {"full_name": "acme/app"},
    }
    raw = json.dumps(body).encode()
    signature = "sha256=" + hmac.new(SECRET.encode(), raw, hashlib.sha256).hexdigest()
    _post(app, "github", raw, {"X-Hub-Signature-256": signature, "X-GitHub-Delivery": delivery})
    return raw


def test_github_closed_replayed_after_a_reopen_changes_nothing(app: Live) -> None:
    connect_live(app, "github")
    app.capture("send the Q4 deck to Sam by friday 5pm")
    (link,) = links(app.runtime)
    assert link.external_id is not None
    now = datetime.now(UTC)
    closed = _github(app, link.external_id, "closed", now + timedelta(seconds=5), delivery="d-1")
    assert _status(app) == "done"
    _github(app, link.external_id, "reopened", now + timedelta(seconds=10), delivery="d-2")
    assert _status(app) == "open"

    # The same delivery again, as captured: its id was seen.
    signature = "sha256=" + hmac.new(SECRET.encode(), closed, hashlib.sha256).hexdigest()
    headers = {"X-Hub-Signature-256": signature, "X-GitHub-Delivery": "d-1"}
    assert _post(app, "github", closed, headers) == "ok (0 changed)"
    # The same body under a made-up delivery id: the body was seen.
    headers["X-GitHub-Delivery"] = str(uuid.uuid4())
    assert _post(app, "github", closed, headers) == "ok (0 changed)"
    # A differently worded "closed" the tool dates before the reopen: older than the last change.
    _github(app, link.external_id, "closed", now + timedelta(seconds=7), delivery="d-3")
    assert _status(app) == "open"
    # A real, newer close still works.
    _github(app, link.external_id, "closed", now + timedelta(seconds=20), delivery="d-4")
    assert _status(app) == "done"


def _todoist(app: Live, item: str, done: bool, at: datetime, *, delivery: str) -> str:
    data: dict[str, Any] = {"id": item, "updated_at": _stamp(at)}
    if done:
        data["completed_at"] = _stamp(at)
    body = {"event_name": "item:completed" if done else "item:uncompleted", "event_data": data}
    raw = json.dumps(body).encode()
    signature = base64.b64encode(hmac.new(SECRET.encode(), raw, hashlib.sha256).digest())
    headers = {"X-Todoist-Hmac-SHA256": signature.decode(), "X-Todoist-Delivery-ID": delivery}
    return _post(app, "todoist", raw, headers)


def test_todoist_completed_replayed_after_uncomplete_changes_nothing(app: Live) -> None:
    connect_live(app, "todoist")
    app.capture("book the venue for next week")
    (link,) = links(app.runtime)
    assert link.external_id is not None
    now = datetime.now(UTC)
    _todoist(app, link.external_id, True, now + timedelta(seconds=5), delivery="t-1")
    assert _status(app) == "done"
    _todoist(app, link.external_id, False, now + timedelta(seconds=10), delivery="t-2")
    assert _status(app) == "open"
    assert _todoist(app, link.external_id, True, now + timedelta(seconds=5), delivery="t-1") == (
        "ok (0 changed)"
    )
    _todoist(app, link.external_id, True, now + timedelta(seconds=6), delivery="t-9")
    assert _status(app) == "open"
    # An event dated before FlowHub's own last change of the task is ignored as well.
    _todoist(app, link.external_id, True, now - timedelta(minutes=5), delivery="t-0")
    assert _status(app) == "open"


def _linear(app: Live, issue: str, sent: datetime, *, delivery: str) -> str:
    body = {
        "action": "update",
        "type": "Issue",
        "data": {
            "id": issue,
            "state": {"type": "completed", "name": "Done"},
            "updatedAt": sent.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        },
        "updatedFrom": {"stateId": "s-todo"},
        "webhookId": "wh-1",
        "webhookTimestamp": int(sent.timestamp() * 1000),
    }
    raw = json.dumps(body).encode()
    signature = hmac.new(SECRET.encode(), raw, hashlib.sha256).hexdigest()
    return _post(app, "linear", raw, {"Linear-Signature": signature, "Linear-Delivery": delivery})


def test_linear_wants_a_fresh_signed_timestamp(app: Live) -> None:
    connect_live(app, "linear")
    app.capture("fix the login bug today")
    (link,) = links(app.runtime)
    assert link.external_id is not None
    now = datetime.now(UTC)
    stale = _linear(app, link.external_id, now - timedelta(minutes=2), delivery="l-0")
    assert stale == "ignored: stale delivery" and _status(app) == "open"
    assert _linear(app, link.external_id, now, delivery="l-1") == "ok (1 changed)"
    assert _status(app) == "done"
    assert _linear(app, link.external_id, now, delivery="l-1") == "ok (0 changed)"


def test_jira_delivery_identifier_is_remembered(app: Live) -> None:
    connect_live(app, "jira")
    app.capture("renew the domain tomorrow")
    (link,) = links(app.runtime)
    assert link.external_id is not None
    base = {
        "webhookEvent": "jira:issue_updated",
        "issue": {
            "id": link.external_id,
            "fields": {"status": {"statusCategory": {"key": "done"}}},
        },
        "changelog": {"items": [{"field": "status", "toString": "Done"}]},
    }
    stamp = int((datetime.now(UTC) + timedelta(seconds=5)).timestamp() * 1000)
    for attempt, expected in ((1, "ok (1 changed)"), (2, "ok (0 changed)")):
        raw = json.dumps(base | {"timestamp": stamp, "retry": attempt}).encode()
        signature = "sha256=" + hmac.new(SECRET.encode(), raw, hashlib.sha256).hexdigest()
        headers = {
            "X-Hub-Signature": signature,
            "X-Atlassian-Webhook-Identifier": "jira-delivery-1",
        }
        assert _post(app, "jira", raw, headers) == expected
    assert _status(app) == "done"


def test_a_webhook_only_reaches_its_own_connections_tasks(app: Live) -> None:
    connect_live(app, "github")
    connect_live(app, "github", secret="someone-elses-secret-987654", workspace="elsewhere")
    app.capture("send the Q4 deck to Sam by friday 5pm")
    (link,) = links(app.runtime)
    assert link.external_id is not None
    body = {
        "action": "closed",
        "issue": {"number": int(link.external_id), "updated_at": _stamp(datetime.now(UTC))},
        "repository": {"full_name": "acme/app"},
    }
    raw = json.dumps(body).encode()
    mac = hmac.new(b"someone-elses-secret-987654", raw, hashlib.sha256).hexdigest()
    headers = {"X-Hub-Signature-256": f"sha256={mac}", "X-GitHub-Delivery": "other-1"}
    assert _post(app, "github", raw, headers) == "ok (0 changed)"
    assert _status(app) == "open"


def test_a_repeating_task_done_in_todoist_moves_to_its_next_date_and_stays_open(
    app: Live,
) -> None:
    connect_live(app, "todoist")
    app.capture("water the plants every monday at 9am")
    (link,) = links(app.runtime)
    (task,) = all_tasks(app.runtime)
    assert link.external_id is not None and task.due_at is not None
    first = task.due_at
    now = datetime.now(UTC)
    assert _todoist(app, link.external_id, True, now + timedelta(seconds=5), delivery="r-1") == (
        "ok (1 changed)"
    )
    (task,) = all_tasks(app.runtime)
    assert task.status == "open" and task.rrule
    assert task.due_at is not None and task.due_at - first == timedelta(days=7)
    # The series runs on: the next occurrence done there moves it one more week.
    _todoist(app, link.external_id, True, now + timedelta(seconds=9), delivery="r-2")
    (task,) = all_tasks(app.runtime)
    assert task.status == "open" and task.due_at - first == timedelta(days=14)
