"""An external user in a Slack shared channel reads and changes nothing of a member's own tasks."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlmodel import select

from flowhub.bot.runtime import Runtime
from flowhub.connectors.slack import SlackConnector
from flowhub.skills import words
from flowhub.storage import Proposal, Task, session_scope
from tests.auxil.fake_slack import FakeSlack
from tests.connectors.slack import payloads as p

EXTERNAL = "W999"  # a user of a partner organisation, in the shared channel


def _said(fake: FakeSlack) -> list[str]:
    return [
        str(call.params.get("text", ""))
        for method in ("chat.postMessage", "chat.update", "chat.postEphemeral")
        for call in fake.calls_to(method)
    ]


def _tasks(runtime: Runtime) -> list[Task]:
    with session_scope(runtime.engine) as session:
        return list(session.exec(select(Task)))


def test_external_user_in_a_shared_channel(
    client: TestClient, runtime: Runtime, fake: FakeSlack, slack: SlackConnector
) -> None:
    fake.add_user(p.TEAM, EXTERNAL, "Eve Partner", tz="Europe/Paris")
    p.post_json(client, p.event_callback(p.dm("hi", user=p.BOB, channel="D222")))
    p.post_json(client, p.event_callback(p.dm("ask Bob to book the divorce lawyer by friday")))
    card = fake.calls_to("chat.postMessage")[-1]
    confirm = next(
        e["value"]
        for b in card.params["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if "Confirm" in e["text"]["text"]
    )
    card_ts = [ts for (ch, ts) in fake.messages if ch == p.ANA_DM][-1]
    p.post_interaction(client, p.button(confirm, card_ts=card_ts))
    (task,) = _tasks(runtime)
    assert task.assignee_id is not None
    p.post_json(client, p.event_callback(p.dm("draft the resignation letter")))
    with session_scope(runtime.engine) as session:
        proposal = session.exec(select(Proposal).where(Proposal.status == "pending")).one()
    fake.reset()
    fake.add_user(p.TEAM, EXTERNAL, "Eve Partner", tz="Europe/Paris")

    for text in ("<@UBOT1> what does Bob have?", "<@UBOT1> open tasks in this channel"):
        assert (
            p.post_json(client, p.event_callback(p.mention(text, user=EXTERNAL))).status_code == 200
        )
    for value in (f"done:{task.id}", "done:999999", f"edit:{proposal.id}", "edit:999999"):
        press = p.button(value, card_ts=card_ts, channel=p.CHANNEL, user=EXTERNAL, label="Done")
        assert p.post_interaction(client, press).status_code == 200

    said = _said(fake)
    assert said.count(words.NOT_YOURS) == 4
    assert fake.calls_to("views.open") == []  # no edit form showing someone else's card
    assert all("lawyer" not in text.lower() and "resignation" not in text.lower() for text in said)
    assert [t.status for t in _tasks(runtime)] == ["open"]
