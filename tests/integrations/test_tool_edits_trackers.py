"""Edits in the issue trackers come back: Linear's `updatedFrom`, GitHub's "edited",
"milestoned" and "assigned", Jira's changelog. Only the fields the tool says changed are read,
a person is mapped only through the connection's assignees, and each message is one line.
GitHub and Jira payloads are checked against their REST descriptions before they are sent."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from tests.auxil.fake_vendors import FakeVendors
from tests.contracts import samples
from tests.contracts.openapi import URN, contract
from tests.contracts.payloads import schema_problems
from tests.integrations.conftest import connect_live, links, only_task
from tests.integrations.hook_senders import bot_lines, send, stamp
from tests.integrations.live import Live

BERLIN = ZoneInfo("Europe/Berlin")


def _linked(app: Live, kind: str, text: str, **config: Any) -> str:
    connect_live(app, kind, **config)
    app.capture(text)
    (link,) = links(app.runtime)
    assert link.external_id is not None
    return link.external_id


def _linear(app: Live, issue: dict[str, Any], before: dict[str, Any], *, delivery: str) -> str:
    sent = datetime.now(UTC)
    body = {
        "action": "update",
        "type": "Issue",
        "data": issue | {"updatedAt": sent.isoformat(timespec="milliseconds")},
        "updatedFrom": before,
        "url": "https://linear.app/acme/issue/ENG-1",
        "createdAt": sent.isoformat(timespec="milliseconds"),
        "webhookId": "wh-1",
        "webhookTimestamp": int(sent.timestamp() * 1000),
    }
    return send(app, "linear", body, delivery=delivery)


def test_linear_title_due_and_priority_come_back_and_the_state_still_closes(
    app: Live, fake: FakeVendors
) -> None:
    issue_id = _linked(app, "linear", "fix the login bug friday 3pm")
    before = only_task(app)
    assert before.due_at is not None
    said = len(bot_lines(app))
    day = before.due_at.astimezone(BERLIN).date() + timedelta(days=3)
    issue = {"id": issue_id, "title": "Fix the login bug on Safari", "dueDate": day.isoformat()}
    issue |= {"priority": 1, "state": {"type": "started", "name": "In Progress"}}
    old = {"title": "Fix the login bug", "dueDate": "2026-01-01", "priority": 0}
    assert _linear(app, issue, old, delivery="l-1") == "ok (1 changed)"
    task = only_task(app)
    assert task.title == "Fix the login bug on Safari" and task.priority == "urgent"
    # Linear keeps a day only: the task moves to that day and keeps its 15:00.
    assert task.due_at is not None and task.due_at.astimezone(BERLIN).date() == day
    assert task.due_at.astimezone(BERLIN).hour == 15
    (told,) = bot_lines(app)[said:]
    assert "Linear" in told and "Safari" in told and "15:00" in told

    # The same values again (FlowHub's push coming back): nothing.
    assert _linear(app, issue, {"title": "x"}, delivery="l-2") == "ok (0 changed)"
    # A state change alone still closes the task, as before.
    done = issue | {"state": {"type": "completed", "name": "Done"}}
    assert _linear(app, done, {"stateId": "s-1"}, delivery="l-3") == "ok (1 changed)"
    assert only_task(app).status == "done"
    assert fake.problems == []


def test_linear_assignee_only_through_the_mapping(app: Live, fake: FakeVendors) -> None:
    issue_id = _linked(app, "linear", "update the changelog tomorrow", assignees={"sam": "u-sam"})
    issue = {"id": issue_id, "title": "Update the changelog", "assigneeId": "u-stranger"}
    assert _linear(app, issue, {"assigneeId": None}, delivery="a-1") == "ok (0 changed)"
    issue["assigneeId"] = "u-sam"
    assert _linear(app, issue, {"assigneeId": None}, delivery="a-2") == "ok (1 changed)"
    assert (only_task(app).assignee_name or "").casefold() == "sam"


def _github(app: Live, action: str, issue: dict[str, Any], *, delivery: str, **more: Any) -> str:
    problems = schema_problems("github", "issue", issue)
    assert problems == []
    body = {"action": action, "issue": issue, "repository": {"full_name": "acme/app"}} | more
    return send(app, "github", body, delivery=delivery)


def _issue(number: str, title: str, **fields: Any) -> dict[str, Any]:
    at = stamp(datetime.now(UTC) + timedelta(seconds=5))
    issue: dict[str, Any] = samples.component(
        "github", "issue", number=int(number), title=title, updated_at=at, **fields
    )
    return issue


def test_github_edited_title_and_milestone_day(app: Live, fake: FakeVendors) -> None:
    number = _linked(app, "github", "send the Q4 deck to Sam by friday 5pm")
    said = len(bot_lines(app))
    # "edited" without a new title (the body changed): nothing.
    same = _issue(number, "Send the Q4 deck to Sam")
    changes = {"body": {"from": "old"}}
    assert _github(app, "edited", same, delivery="g-1", changes=changes) == "ok (0 changed)"
    renamed = _issue(number, "Send the Q5 deck to Sam")
    changes = {"title": {"from": "Send the Q4 deck to Sam"}}
    assert _github(app, "edited", renamed, delivery="g-2", changes=changes) == "ok (1 changed)"
    assert only_task(app).title == "Send the Q5 deck to Sam"

    due_on = datetime.now(UTC).replace(hour=8, minute=0, second=0, microsecond=0)
    due_on += timedelta(days=10)
    described = contract("github").deref({"$ref": f"{URN}#/components/schemas/nullable-milestone"})
    whole = samples.sample("github", described | {"type": "object"})
    milestone = samples.merged(whole, {"due_on": stamp(due_on), "title": "Q4"})
    assert schema_problems("github", "nullable-milestone", milestone) == []
    dated = _issue(number, "Send the Q5 deck to Sam", milestone=milestone)
    assert _github(app, "milestoned", dated, delivery="g-3") == "ok (1 changed)"
    task = only_task(app)
    assert task.due_at is not None and task.due_at.astimezone(BERLIN).date() == due_on.date()
    assert task.due_at.astimezone(BERLIN).hour == 17  # its own time of day is kept
    told = bot_lines(app)[said:]
    assert len(told) == 2 and all("GitHub" in line for line in told)
    assert fake.problems == []


def _jira(app: Live, issue_id: str, fields: dict[str, Any], items: list[dict[str, str]]) -> str:
    issue = {"id": issue_id, "key": "OPS-1", "fields": fields}
    assert schema_problems("jira", "IssueBean", issue) == []
    for item in items:
        assert schema_problems("jira", "ChangeDetails", item) == []
    stamp_ms = int((datetime.now(UTC) + timedelta(seconds=5)).timestamp() * 1000)
    body = {
        "timestamp": stamp_ms,
        "webhookEvent": "jira:issue_updated",
        "issue_event_type_name": "issue_generic",
        "issue": issue,
        "changelog": {"id": "10100", "items": items},
    }
    return send(app, "jira", body, delivery=f"j-{len(items)}-{stamp_ms}")


def test_jira_changelog_summary_duedate_priority(app: Live, fake: FakeVendors) -> None:
    issue_id = _linked(app, "jira", "renew the domain tomorrow")
    said = len(bot_lines(app))
    day = (datetime.now(BERLIN) + timedelta(days=6)).date()
    fields = {
        "summary": "Renew the acme.io domain",
        "duedate": day.isoformat(),
        "priority": {"name": "High"},
        "status": {"statusCategory": {"key": "indeterminate"}},
    }
    items = [
        {"field": "summary", "fieldtype": "jira", "toString": "Renew the acme.io domain"},
        {"field": "duedate", "fieldtype": "jira", "to": day.isoformat()},
        {"field": "priority", "fieldtype": "jira", "toString": "High"},
    ]
    assert _jira(app, issue_id, fields, items) == "ok (1 changed)"
    task = only_task(app)
    assert task.title == "Renew the acme.io domain" and task.priority == "high"
    assert task.due_at is not None and task.due_at.astimezone(BERLIN).date() == day
    (told,) = bot_lines(app)[said:]
    assert "Jira" in told and "Renew the domain" in told and "high" in told

    # A change of a field FlowHub does not follow (labels): nothing.
    labels = [{"field": "labels", "fieldtype": "jira", "toString": "ops"}]
    assert _jira(app, issue_id, fields, labels) == "ok (0 changed)"
    assert fake.problems == []
