"""`/flowhub` and the "Create task" shortcut: answers only the asker sees, replaced in place."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlmodel import select

from flowhub.bot.runtime import Runtime
from flowhub.storage import InboxEvent, Task, session_scope
from tests.auxil.fake_slack import FakeSlack
from tests.connectors.slack import payloads as p


def _rows(runtime: Runtime) -> list[InboxEvent]:
    with session_scope(runtime.engine) as session:
        return list(session.exec(select(InboxEvent).order_by(InboxEvent.id)))  # type: ignore[arg-type]


def _tasks(runtime: Runtime) -> list[Task]:
    with session_scope(runtime.engine) as session:
        return list(session.exec(select(Task)))


def _button(blocks: list[dict], label: str) -> str:
    return next(
        e["value"]
        for b in blocks
        if b["type"] == "actions"
        for e in b["elements"]
        if label in e["text"]["text"]
    )


def test_slash_command_to_confirmed_task(
    client: TestClient, runtime: Runtime, fake: FakeSlack
) -> None:
    hook = fake.response_url("cmd-1")
    answer = p.post_form(client, p.command("call the dentist tomorrow at 9", response_url=hook))
    assert answer.status_code == 200

    (card,) = fake.calls_to("chat.postEphemeral")
    assert (card.params["channel"], card.params["user"]) == (p.CHANNEL, p.ANA)
    assert "call the dentist" in card.params["text"].lower()
    assert fake.calls_to("chat.postMessage") == []  # nobody else in #general sees it
    card_ts = fake.ephemeral[-1]["ts"]

    # Slack can't chat.update an ephemeral card; the press's response_url replaces it.
    press_hook = fake.response_url("press-1")
    confirm = _button(card.params["blocks"], "Confirm")
    press = p.button(
        confirm, card_ts=card_ts, channel=p.CHANNEL, ephemeral=True, response_url=press_hook
    )
    assert p.post_interaction(client, press).status_code == 200
    (replaced,) = [body for name, body in fake.responses if name == "press-1"]
    assert replaced["replace_original"] is True and replaced["response_type"] == "ephemeral"
    assert replaced["text"].startswith("✅ Saved.")
    assert fake.calls_to("chat.update") == []
    (task,) = _tasks(runtime)
    assert "dentist" in task.title.lower()


def test_subcommands_map_to_what_skills_understand(
    client: TestClient, runtime: Runtime, fake: FakeSlack
) -> None:
    for text in (
        "today",
        "week",
        "mine",
        "tz Europe/Lisbon",
        "remind call mum sunday 6pm",
        "digest 7am",
        "add water the plants friday",
        "help",
        "",
        "overdue",
        "done 1",
    ):
        assert p.post_form(client, p.command(text)).status_code == 200
    assert [(r.kind, r.text) for r in _rows(runtime)] == [
        ("command", "what's due today"),
        ("command", "what's due this week"),
        ("command", "my tasks"),
        ("command", "timezone Europe/Lisbon"),
        ("command", "remind me call mum sunday 6pm"),
        ("command", "digest 7am"),
        ("command", "water the plants friday"),
        ("command", "help"),
        ("command", "help"),
        ("command", "overdue"),
        ("command", "done 1"),
    ]
    assert len(fake.calls_to("chat.postEphemeral")) >= 11
    assert fake.calls_to("chat.postMessage") == []


def test_command_where_the_bot_is_not_a_member_answers_by_response_url(
    client: TestClient, runtime: Runtime, fake: FakeSlack
) -> None:
    hook = fake.response_url("dm-between-people")
    form = p.command("book the venue by friday", channel="Cnobot1", response_url=hook)
    assert p.post_form(client, form).status_code == 200
    assert fake.calls_to("chat.postEphemeral")  # tried first
    (body,) = [b for name, b in fake.responses if name == "dm-between-people"]
    assert "book the venue" in body["text"].lower() and body["replace_original"] is False


def test_shortcut_on_someone_elses_message(
    client: TestClient, runtime: Runtime, fake: FakeSlack
) -> None:
    hook = fake.response_url("shortcut-1")
    payload = p.shortcut("<@U111> can you send the deck by thursday?", response_url=hook)
    assert p.post_interaction(client, payload).status_code == 200
    (row,) = _rows(runtime)
    assert row.sender_id == p.ANA  # who pressed the shortcut
    assert row.event["forwarded"] is True and row.event["forwarded_from"] == "Bob Stone"
    assert row.text == "@Ana can you send the deck by thursday?"
    assert row.raw["payload"]["message"]["text"].startswith("<@U111>")  # raw kept as sent
    (card,) = fake.calls_to("chat.postEphemeral")
    assert card.params["user"] == p.ANA and "deck" in card.params["text"].lower()


def test_shortcut_on_ones_own_message_is_not_forwarded(
    client: TestClient, runtime: Runtime, fake: FakeSlack
) -> None:
    payload = p.shortcut("renew the domain next monday", author=p.ANA)
    assert p.post_interaction(client, payload).status_code == 200
    (row,) = _rows(runtime)
    assert row.event["forwarded"] is False and row.event["forwarded_from"] is None
