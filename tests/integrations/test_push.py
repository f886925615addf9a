"""Every tool: a confirmed task arrives in the tool's documented shape, once; done follows it;
a revoked token is told in chat; a tool that is down loses nothing."""

from __future__ import annotations

import pytest
from sqlmodel import select

from flowhub.bot.runtime import Runtime
from flowhub.integrations import INTEGRATIONS
from flowhub.storage import IntegrationConnection, integrations, session_scope
from tests.auxil.fake_vendors import TOKENS, FakeVendors
from tests.conftest import ChatFactory
from tests.integrations.conftest import Connect, all_tasks, links

KINDS = list(INTEGRATIONS)
TASK = "send the Q4 deck to Sam by friday 5pm"


def _confirm(chat_as: ChatFactory, text: str = TASK) -> list[object]:
    ana = chat_as("ana", "Ana")
    (card,) = ana.say(text)
    return ana.press("Confirm", card)


@pytest.mark.parametrize("kind", KINDS)
def test_confirmed_task_is_pushed_once_and_closed_on_done(
    kind: str, chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, connect: Connect
) -> None:
    ana = chat_as("ana", "Ana")
    connect(kind)
    (card,) = ana.say(TASK)
    saved = ana.press("Confirm", card)
    assert saved[0].text.startswith("✅ Saved.")
    assert fake.problems == []
    (create,) = fake.creates(kind)
    body = str(create.json)
    assert "Send the Q4 deck to Sam" in body
    (link,) = links(runtime)
    assert link.status == "synced" and link.external_id and link.error is None

    # At-least-once: the job runs again; nothing new is created.
    (task,) = all_tasks(runtime)
    runtime.run_job("push_task", (task.id or 0,))
    assert len(fake.creates(kind)) == 1

    done = ana.press("Mark done")
    assert "done: Send the Q4 deck to Sam" in done[0].text
    assert fake.problems == []
    (link,) = links(runtime)
    assert link.status == "closed", link.error
    runtime.run_job("sync_task", (task.id or 0,))
    assert len(fake.creates(kind)) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_tool_down_then_back_pushes_once(
    kind: str, chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, connect: Connect
) -> None:
    chat_as("ana", "Ana")
    connect(kind)
    fake.fail(kind, 500)
    fake.fail(kind, 429)
    _confirm(chat_as)
    assert fake.problems == []
    (link,) = links(runtime)
    # the 500 counts as a try; the 429 only holds the job up
    assert link.status == "synced" and link.error is None and link.attempts == 2
    if kind != "webhook":  # a webhook receiver keeps nothing; it dedupes on the delivery id
        assert list(fake.items[kind]) == [link.external_id]


@pytest.mark.parametrize("kind", ["jira", "todoist", "linear", "google_calendar"])
def test_lost_answer_does_not_duplicate(
    kind: str, chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, connect: Connect
) -> None:
    chat_as("ana", "Ana")
    connect(kind)
    fake.lose_answer(kind)  # the tool creates the task, but FlowHub never hears back
    _confirm(chat_as)
    assert len(fake.items[kind]) == 1
    (link,) = links(runtime)
    assert link.status == "synced" and link.external_id in fake.items[kind]


@pytest.mark.parametrize("kind", KINDS)
def test_revoked_token_tells_the_person_and_keeps_the_task(
    kind: str, chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, connect: Connect
) -> None:
    ana = chat_as("ana", "Ana")
    connect(kind)
    fake.fail(kind, 401, times=10)
    ana.say(TASK)
    ana.press("Confirm")
    told = [m.text for m in ana.messages() if "refused FlowHub's access" in m.text]
    assert len(told) == 1 and f"connect {kind}" in told[0]
    assert all(TOKENS.get(kind, "none") not in m.text for m in ana.messages())
    assert len(fake.of(kind)) == 1  # 401 is not retried
    (link,) = links(runtime)
    assert link.status == "pending" and link.error
    with session_scope(runtime.engine) as session:
        (row,) = session.exec(select(IntegrationConnection)).all()
        assert row.status == "reconnect"
        # Reconnected: the waiting task goes out.
        integrations.update_connection(session=session, connection=row, status="active")
    fake.reset()
    ana.say("retry pushes")
    assert len(fake.creates(kind)) == 1
    assert links(runtime)[0].status == "synced"


def test_gave_up_after_bounded_retries_then_retry_pushes(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, connect: Connect
) -> None:
    ana = chat_as("ana", "Ana")
    connect("github")
    fake.fail("github", 503, times=5)
    ana.say(TASK)
    ana.press("Confirm")
    assert len(fake.creates("github")) == 5
    assert any("isn't there yet" in m.text for m in ana.messages())
    (link,) = links(runtime)
    assert link.status == "pending" and link.error
    listing = ana.say("integrations")[0].text
    assert "GitHub (acme/app) — default ✓ — 1 task waiting" in listing
    ana.say("retry pushes")
    assert links(runtime)[0].status == "synced"
    assert len(fake.items["github"]) == 1


def test_google_token_is_refreshed_on_401(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, connect: Connect
) -> None:
    chat_as("ana", "Ana")
    connect("google_calendar", extra={"refresh_token": "google-refresh"})
    fake.fail("google_calendar", 401)
    _confirm(chat_as)
    assert links(runtime)[0].status == "synced"
    assert [c.path for c in fake.of("oauth")] == ["/google/token"]


def test_calendar_skips_undated_tasks(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, connect: Connect
) -> None:
    chat_as("ana", "Ana")
    connect("google_calendar")
    _confirm(chat_as, "prepare the board slides")
    assert fake.creates("google_calendar") == []
    assert links(runtime)[0].status == "skipped"


def test_vendor_shapes(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, connect: Connect
) -> None:
    """A few fields each tool documents, read back from what crossed the wire."""
    chat_as("ana", "Ana")
    for kind in ("jira", "todoist", "asana", "clickup", "microsoft_todo", "google_calendar"):
        connect(kind, default=False)
    _confirm(chat_as)
    (task,) = all_tasks(runtime)
    assert task.id is not None
    with session_scope(runtime.engine) as session:
        for row in integrations.get_connections(session=session, workspace_id=task.workspace_id):
            assert row.id is not None
            integrations.get_or_create_link(
                session=session, task_id=task.id, connection_id=row.id, now=runtime.clock.now()
            )
    runtime.run_job("push_task", (task.id,))
    assert fake.problems == []
    jira = fake.creates("jira")[0].json["fields"]
    assert jira["duedate"] == "2026-03-06" and jira["project"] == {"key": "OPS"}
    assert "flowhub" in jira["labels"]
    todoist = fake.creates("todoist")[0]
    assert todoist.json["due_datetime"] == "2026-03-06T16:00:00Z"
    assert todoist.headers["x-request-id"]
    asana = fake.creates("asana")[0].json["data"]
    assert asana["due_at"] == "2026-03-06T16:00:00.000Z" and asana["projects"]
    clickup = fake.creates("clickup")[0].json
    assert clickup["due_date"] == 1772812800000 and clickup["due_date_time"] is True
    todo = fake.creates("microsoft_todo")[0].json
    assert todo["dueDateTime"] == {"dateTime": "2026-03-06T00:00:00", "timeZone": "Europe/Berlin"}
    event = fake.creates("google_calendar")[0].json
    assert event["start"] == {"dateTime": "2026-03-06T17:00:00", "timeZone": "Europe/Berlin"}
