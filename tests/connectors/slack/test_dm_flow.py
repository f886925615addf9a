"""Over Slack DMs: a message becomes a card, Confirm saves the task, Slack's zone is adopted."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlmodel import select

from flowhub.bot.runtime import Runtime
from flowhub.i18n import use_locale
from flowhub.skills import words
from flowhub.storage import InboxEvent, Outbox, Person, Task, session_scope
from tests.auxil.fake_slack import BOT_TOKEN, FakeSlack
from tests.connectors.slack import payloads as p


def _tasks(runtime: Runtime) -> list[str]:
    with session_scope(runtime.engine) as session:
        return [t.title for t in session.exec(select(Task).order_by(Task.id))]  # type: ignore[arg-type]


def _buttons(blocks: list[dict]) -> dict[str, str]:
    return {
        e["text"]["text"]: e["value"]
        for b in blocks
        if b["type"] == "actions"
        for e in b["elements"]
    }


def test_dm_to_confirmed_task(client: TestClient, runtime: Runtime, fake: FakeSlack) -> None:
    answer = p.post_json(client, p.event_callback(p.dm("call Bob friday 10am")))
    assert answer.status_code == 200

    (card,) = fake.calls_to("chat.postMessage")
    assert card.token == BOT_TOKEN and card.params["channel"] == p.ANA_DM
    assert "Call Bob" in card.params["text"]
    buttons = _buttons(card.params["blocks"])
    assert list(buttons) == ["✅ Confirm", "✏️ Edit", "🗑 Discard"]
    assert buttons["✅ Confirm"].startswith("confirm:")
    with session_scope(runtime.engine) as session:
        row = session.exec(select(InboxEvent)).one()
        assert row.event["sender_name"] == "Ana Lima" and row.event["chat_kind"] == "direct"
        person = session.exec(select(Person)).one()
        assert person.display_name == "Ana Lima"
        assert person.timezone == "America/New_York"  # Slack's zone, taken on first contact
        sent = session.exec(select(Outbox).where(Outbox.platform == "slack")).one()
    card_ts = card_ts_of(fake, p.ANA_DM)
    assert sent.platform_message_id == f"{p.ANA_DM}:{card_ts}"

    press = p.button(buttons["✅ Confirm"], card_ts=card_ts)
    assert p.post_interaction(client, press).status_code == 200
    (update,) = fake.calls_to("chat.update")
    assert (update.params["channel"], update.params["ts"]) == (p.ANA_DM, card_ts)
    shown = fake.message(p.ANA_DM, card_ts)
    assert shown["text"].startswith("✅ Saved.") and shown["edited"]
    assert _buttons(shown["blocks"]) == {"✔️ Mark done": _buttons(shown["blocks"])["✔️ Mark done"]}
    assert _tasks(runtime) == ["Call Bob"]

    # The same press delivered again (a double submit): stored once, nothing changes.
    assert p.post_interaction(client, press).status_code == 200
    assert len(fake.calls_to("chat.update")) == 1 and _tasks(runtime) == ["Call Bob"]


def card_ts_of(fake: FakeSlack, channel: str) -> str:
    """The ts of the last message the bot posted in `channel`."""
    return [ts for (ch, ts) in fake.messages if ch == channel][-1]


def test_a_newcomer_is_answered_in_their_slack_language(
    client: TestClient, runtime: Runtime, fake: FakeSlack
) -> None:
    fake.add_user(p.TEAM, "U777", "Lena Vogt", tz="Europe/Berlin", locale="de-DE")
    p.post_json(client, p.event_callback(p.dm("help", user="U777", channel="D777")))
    (answer,) = fake.calls_to("chat.postMessage")
    with use_locale("de"):
        expected = words.HELP.format(name="Lena").split("!")[0]
    assert answer.params["text"].startswith(expected) and expected != "Hi Lena"
    with session_scope(runtime.engine) as session:
        assert session.exec(select(Person)).one().locale == "de"
