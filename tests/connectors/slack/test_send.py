"""Sending: mentions in channels, mrkdwn escaping, rate limits and Slack's refusals."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlmodel import select

from flowhub.bot.clock import FixedClock
from flowhub.bot.runtime import Runtime
from flowhub.bot.slack_stores import slack_stores
from flowhub.connectors import Button, Reply, SendError, Target
from flowhub.connectors.slack import SlackConnector
from flowhub.settings import Settings
from flowhub.storage import InboxEvent, Outbox, session_scope
from tests.auxil.fake_slack import FakeSlack
from tests.connectors.slack import payloads as p


def _outbox(runtime: Runtime) -> list[Outbox]:
    with session_scope(runtime.engine) as session:
        return list(session.exec(select(Outbox).where(Outbox.platform == "slack")))


def test_app_mention_in_a_channel(client: TestClient, runtime: Runtime, fake: FakeSlack) -> None:
    body = p.event_callback(p.mention("<@UBOT1> <@U222> can you send the deck by thursday?"))
    assert p.post_json(client, body).status_code == 200
    with session_scope(runtime.engine) as session:
        row = session.exec(select(InboxEvent)).one()
    assert row.text == "@Bob can you send the deck by thursday?"
    assert row.event["chat_kind"] == "group" and row.chat == p.CHANNEL
    assert row.raw["payload"]["event"]["text"].startswith("<@UBOT1> <@U222>")
    (card,) = fake.calls_to("chat.postMessage")
    assert card.params["channel"] == p.CHANNEL and "deck" in card.params["text"].lower()
    assert "@Bob" in card.params["text"] or "Bob" in card.params["text"]


def test_question_by_mention_is_answered_in_the_channel(
    client: TestClient, runtime: Runtime, fake: FakeSlack
) -> None:
    p.post_json(client, p.event_callback(p.mention("<@UBOT1> what's due today?")))
    (answer,) = fake.calls_to("chat.postMessage")
    assert answer.params["channel"] == p.CHANNEL


def test_user_text_is_escaped_for_mrkdwn(
    client: TestClient, runtime: Runtime, fake: FakeSlack
) -> None:
    # Slack sends "<", ">" and "&" escaped; FlowHub stores them plain and escapes them again.
    p.post_json(client, p.event_callback(p.dm("fix the &lt;b&gt; &amp; &lt;i&gt; tags friday")))
    with session_scope(runtime.engine) as session:
        assert "<b> & <i>" in session.exec(select(InboxEvent)).one().text
    (card,) = fake.calls_to("chat.postMessage")
    section = card.params["blocks"][0]["text"]
    assert section["type"] == "mrkdwn"
    assert "&lt;b&gt; &amp; &lt;i&gt;" in section["text"] and "<b>" not in section["text"]
    assert "&lt;b&gt;" in card.params["text"]


def test_rate_limited_send_is_retried(
    client: TestClient, runtime: Runtime, clock: FixedClock, fake: FakeSlack
) -> None:
    fake.fail_next("chat.postMessage", status=429, retry_after=2)
    p.post_json(client, p.event_callback(p.dm("pay the rent on the 1st")))
    assert len(fake.calls_to("chat.postMessage")) == 1
    clock.advance(timedelta(seconds=1))
    runtime.tick()
    assert len(fake.calls_to("chat.postMessage")) == 1  # Retry-After is honoured
    clock.advance(timedelta(seconds=10))  # the sweep looks every 10 s
    runtime.tick()
    first, second = fake.calls_to("chat.postMessage")
    assert first.params["channel"] == second.params["channel"] == p.ANA_DM
    (row,) = _outbox(runtime)
    assert row.status == "sent" and row.attempts == 2


def test_send_errors_map_to_send_error(
    runtime: Runtime, slack: SlackConnector, fake: FakeSlack
) -> None:
    target = Target("slack", p.TEAM, "C404")
    fake.fail_next("chat.postMessage", status=429, retry_after=7)
    with pytest.raises(SendError) as limited:
        slack.send(target, Reply("hi"), outbox_id=0)
    assert limited.value.retry_after == 7
    fake.fail_next("chat.postMessage", status=200, error="ratelimited")
    with pytest.raises(SendError) as soft:
        slack.send(target, Reply("hi"), outbox_id=0)
    assert soft.value.retry_after is not None
    for error in ("channel_not_found", "invalid_auth"):
        fake.fail_next("chat.postMessage", status=200, error=error)
        with pytest.raises(SendError) as final:
            slack.send(target, Reply("hi"), outbox_id=0)
        assert final.value.retry_after is None and error in str(final.value)
    fake.fail_next("chat.postMessage", status=500, error="internal_error")
    with pytest.raises(SendError) as transient:
        slack.send(target, Reply("hi"), outbox_id=0)
    assert transient.value.retry_after is not None
    with pytest.raises(SendError, match="button value") as too_long:
        slack.send(target, Reply("hi", buttons=(Button("x" * 2001, "Go"),)), outbox_id=0)
    assert too_long.value.retry_after is None


def test_edit_of_a_posted_message_and_of_a_bare_ts(
    runtime: Runtime, slack: SlackConnector, fake: FakeSlack
) -> None:
    target = Target("slack", p.TEAM, p.ANA_DM)
    sent = slack.send(target, Reply("first"), outbox_id=0)
    channel, ts = sent.platform_message_id.split(":")
    assert channel == p.ANA_DM
    slack.send(target, Reply("second", edit=sent.platform_message_id), outbox_id=0)
    slack.send(target, Reply("third", edit=ts), outbox_id=0)
    assert fake.message(channel, ts)["text"] == "third"
    with pytest.raises(SendError, match="message_not_found"):
        slack.send(target, Reply("gone", edit=f"{p.ANA_DM}:1.2"), outbox_id=0)


def test_no_token_for_a_workspace_is_final(
    runtime: Runtime, settings: Settings, fake: FakeSlack
) -> None:
    connector = SlackConnector.from_settings(
        settings.model_copy(update={"slack_bot_token": None}),
        stores=slack_stores(runtime.engine, runtime.clock.now),
    )
    with pytest.raises(SendError, match="no Slack token for workspace T999") as error:
        connector.send(Target("slack", "T999", "C1"), Reply("hi"), outbox_id=0)
    assert error.value.retry_after is None
