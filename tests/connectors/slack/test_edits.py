"""Changing a proposal from Slack: the Edit modal, and editing the message it was read from."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient
from sqlmodel import select

from flowhub.bot.runtime import Runtime
from flowhub.storage import InboxEvent, Proposal, session_scope
from tests.auxil.fake_slack import FakeSlack
from tests.connectors.slack import payloads as p
from tests.connectors.slack.test_dm_flow import card_ts_of


def _proposals(runtime: Runtime) -> list[Proposal]:
    with session_scope(runtime.engine) as session:
        return list(session.exec(select(Proposal).order_by(Proposal.id)))  # type: ignore[arg-type]


def _button(blocks: list[dict], label: str) -> str:
    return next(
        e["value"]
        for b in blocks
        if b["type"] == "actions"
        for e in b["elements"]
        if label in e["text"]["text"]
    )


def test_edit_opens_a_modal_and_saving_it_changes_the_proposal(
    client: TestClient, runtime: Runtime, fake: FakeSlack
) -> None:
    p.post_json(client, p.event_callback(p.dm("hi", user=p.BOB, channel="D222")))  # Bob is known
    sent_before = len(fake.calls_to("chat.postMessage"))
    p.post_json(client, p.event_callback(p.dm("prepare the board slides friday")))
    card = fake.calls_to("chat.postMessage")[-1]
    card_ts = card_ts_of(fake, p.ANA_DM)
    edit = _button(card.params["blocks"], "Edit")

    press = p.button(edit, card_ts=card_ts, label="✏️ Edit")
    assert p.post_interaction(client, press).status_code == 200
    (opened,) = fake.calls_to("views.open")
    assert opened.params["trigger_id"] == press["trigger_id"]
    view = fake.views[-1]
    fields = {b["block_id"]: b["element"] for b in view["blocks"]}
    assert fields["title"]["initial_value"] == "Prepare the board slides"
    assert fields["due"]["initial_value"].startswith("Fri 6 Mar 2026")
    assert fields["priority"]["initial_option"]["value"] == "normal"
    assert fields["assignee"]["initial_value"] == "Ana Lima"  # a private card is the writer's
    with session_scope(runtime.engine) as session:
        assert len(list(session.exec(select(InboxEvent)))) == 2  # the press opened the form only

    saved = p.view_submission(view, {"assignee": "Bob", "priority": "high", "due": "monday 9am"})
    answer = p.post_interaction(client, saved)
    assert answer.status_code == 200 and answer.text == ""  # an empty ack closes the modal
    (proposal,) = _proposals(runtime)
    assert (proposal.assignee_name, proposal.priority) == ("Bob Stone", "high")
    assert proposal.due_at is not None and proposal.due_at.weekday() == 0
    assert proposal.title == "Prepare the board slides"
    # The card itself shows the change: edited in place, not posted again.
    old = fake.message(p.ANA_DM, card_ts)
    assert old["edited"] and "Bob" in old["text"] and "high" in old["text"]
    assert len(fake.calls_to("chat.postMessage")) == sent_before + 1

    # A new title alone is sent as its own edit.
    view = fake.views[-1]
    renamed = p.view_submission(view, {"title": "Board slides, final version"})
    assert p.post_interaction(client, renamed).status_code == 200
    assert _proposals(runtime)[0].title == "Board slides, final version"


def test_the_modal_gives_a_card_to_no_one_outside_the_team(
    client: TestClient, runtime: Runtime, fake: FakeSlack
) -> None:
    p.post_json(client, p.event_callback(p.dm("prepare the board slides friday")))
    (card,) = fake.calls_to("chat.postMessage")
    edit = _button(card.params["blocks"], "Edit")
    p.post_interaction(client, p.button(edit, card_ts=card_ts_of(fake, p.ANA_DM), label="✏️ Edit"))
    saved = p.view_submission(fake.views[-1], {"assignee": "Luca"})
    assert p.post_interaction(client, saved).status_code == 200
    (proposal,) = _proposals(runtime)
    assert proposal.assignee_name == "Ana Lima"
    assert "Luca" in fake.calls_to("chat.postMessage")[-1].params["text"]


def test_edit_of_an_answered_proposal_falls_back_to_the_skill(
    client: TestClient, runtime: Runtime, fake: FakeSlack
) -> None:
    p.post_json(client, p.event_callback(p.dm("order new toner")))
    (card,) = fake.calls_to("chat.postMessage")
    card_ts = card_ts_of(fake, p.ANA_DM)
    p.post_interaction(client, p.button(_button(card.params["blocks"], "Discard"), card_ts=card_ts))
    press = p.button(_button(card.params["blocks"], "Edit"), card_ts=card_ts, label="✏️ Edit")
    assert p.post_interaction(client, press).status_code == 200
    assert fake.calls_to("views.open") == []
    assert "discarded" in fake.calls_to("chat.postMessage")[-1].params["text"].lower()


def test_editing_the_source_message_replaces_its_proposal(
    client: TestClient, runtime: Runtime, fake: FakeSlack
) -> None:
    message = p.dm("call Bob friday 10am")
    p.post_json(client, p.event_callback(message))
    card_ts = card_ts_of(fake, p.ANA_DM)

    edited = p.changed(p.ANA_DM, message["ts"], "call Bob friday 10am", "call Bob saturday 11am")
    assert p.post_json(client, p.event_callback(edited)).status_code == 200
    first, second = _proposals(runtime)
    assert first.status == "discarded" and second.status == "pending"
    assert second.due_at is not None and second.due_at.weekday() == 5
    assert fake.message(p.ANA_DM, card_ts)["text"].startswith("🗑")
    assert "Sat 7 Mar" in fake.calls_to("chat.postMessage")[-1].params["text"]

    # Edited once more: the newest proposal is the one replaced.
    again = p.changed(p.ANA_DM, message["ts"], "call Bob saturday 11am", "call Bob sunday 11am")
    p.post_json(client, p.event_callback(again))
    assert [x.status for x in _proposals(runtime)] == ["discarded", "discarded", "pending"]
    # An edit that changes nothing (an unfurl) and edits of other messages are ignored.
    same = p.changed(p.ANA_DM, message["ts"], "call Bob sunday 11am", "call Bob sunday 11am")
    other = p.changed(p.ANA_DM, p.next_ts(), "hi", "hello")
    for body in (same, other):
        assert p.post_json(client, p.event_callback(body)).status_code == 200
    assert len(_proposals(runtime)) == 3


def test_edit_modal_on_an_ephemeral_card_replaces_it_by_response_url(
    client: TestClient, runtime: Runtime, fake: FakeSlack
) -> None:
    p.post_form(client, p.command("draft the newsletter"))
    (card,) = fake.calls_to("chat.postEphemeral")
    hook = fake.response_url("edit-press")
    press = p.button(
        _button(card.params["blocks"], "Edit"),
        card_ts=fake.ephemeral[-1]["ts"],
        channel=p.CHANNEL,
        ephemeral=True,
        response_url=hook,
        label="✏️ Edit",
    )
    p.post_interaction(client, press)
    view = fake.views[-1]
    assert json.loads(view["private_metadata"])["origin"]["response_url"] == hook
    p.post_interaction(client, p.view_submission(view, {"priority": "urgent"}))
    (replaced,) = [body for name, body in fake.responses if name == "edit-press"]
    assert replaced["replace_original"] is True and "urgent" in replaced["text"]
    # The card is replaced, not posted again; the one new ephemeral line says what changed.
    posted = [c.params.get("text", "") for c in fake.calls_to("chat.postEphemeral")]
    assert [t for t in posted if "📝" in t] == posted[:1]
    assert all("Updated" in t for t in posted[1:])
    assert fake.calls_to("chat.update") == []
