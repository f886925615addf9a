"""Connecting from chat: the token is checked, stored encrypted, never echoed, and removed from
the inbox; listing, the default, disconnecting, pushing one task elsewhere."""

from __future__ import annotations

import json

from flowhub.bot.runtime import Runtime
from flowhub.integrations import crypto
from flowhub.integrations.config import tool_config
from flowhub.storage import InboxEvent, IntegrationConnection
from tests.auxil.fake_vendors import EMAIL, TOKENS, FakeVendors
from tests.conftest import ChatFactory
from tests.integrations.conftest import Connect, links, stored


def _everything_stored(runtime: Runtime) -> str:
    rows = stored(runtime, InboxEvent) + stored(runtime, IntegrationConnection)
    return json.dumps([row.model_dump(mode="json") for row in rows])


def test_connect_todoist_from_chat(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors
) -> None:
    ana = chat_as("ana", "Ana")
    prompt = ana.say("connect todoist")[0].text
    assert "Connecting Todoist" in prompt and "API token 🔒" in prompt
    assert "Settings → Integrations → Developer" in prompt
    token = TOKENS["todoist"]
    replies = [m.text for m in ana.say(token)]
    assert replies[0].startswith("🔐 Got it")
    assert replies[-1].startswith("✅ Todoist connected: your Inbox.")
    assert all(token not in text for text in replies)
    assert token not in _everything_stored(runtime)  # encrypted at rest, gone from the inbox
    (row,) = stored(runtime, IntegrationConnection)
    assert row.is_default and row.kind == "todoist"
    tools = tool_config(runtime.settings)
    assert crypto.decrypt(row.secret_encrypted, tools=tools) == {"token": token}
    assert fake.of("todoist", "GET", "/api/v1/projects")

    (card,) = ana.say("book the venue for next week")
    ana.press("Confirm", card)
    assert len(fake.creates("todoist")) == 1


def test_connect_jira_with_named_values_and_a_wrong_token(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors
) -> None:
    ana = chat_as("ana", "Ana")
    ana.say("connect jira")
    wrong = "wrong-token-that-is-long"
    text = f"site: acme.atlassian.test\nemail: {EMAIL}\nproject: OPS\ntoken: {wrong}"
    failed = ana.say(text)[-1].text
    assert failed.startswith("❌ That didn't work") and wrong not in failed
    assert wrong not in _everything_stored(runtime)
    assert stored(runtime, IntegrationConnection) == []

    ana.say("connect jira")
    done = ana.say(f"acme.atlassian.test {EMAIL} OPS {TOKENS['jira']}")[-1].text
    assert done.startswith("✅ Jira connected: project OPS (Operations).")
    assert TOKENS["jira"] not in _everything_stored(runtime)


def test_connect_cancel_group_and_unknown(chat_as: ChatFactory, runtime: Runtime) -> None:
    ana = chat_as("ana", "Ana")
    ana.say("connect trello")
    assert ana.say("stop")[0].text == "OK, not connecting Trello."
    assert "I can't connect “basecamp” yet" in ana.say("connect basecamp")[0].text
    group = chat_as("ana", "Ana", chat="team", group=True)
    assert "private chat" in group.say("connect github")[0].text
    assert stored(runtime, IntegrationConnection) == []


def test_list_default_push_elsewhere_and_disconnect(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, connect: Connect
) -> None:
    ana = chat_as("ana", "Ana")
    assert "Nothing is connected yet" in ana.say("integrations")[0].text
    connect("jira")
    connect("linear", default=False)
    listing = ana.say("integrations")[0].text
    assert "1. Jira (OPS) — default ✓" in listing and "2. Linear (ENG)" in listing

    assert ana.say("make linear the default")[0].text.startswith("✅ Linear is the default")
    (card,) = ana.say("fix the login bug today")
    saved = ana.press("Confirm", card)
    assert len(fake.creates("linear")) == 1 and fake.creates("jira") == []

    pushed = ana.say("push to jira", reply_to=saved[0].id)
    assert pushed[0].text.startswith("📤 Sending to Jira")
    assert len(fake.creates("jira")) == 1 and len(links(runtime)) == 2

    ana.say("my tasks")
    ana.say("push 1 to jira")
    assert len(fake.creates("jira")) == 1  # already there: nothing new

    gone = ana.say("disconnect linear")[0].text
    assert gone.startswith("🔌 Disconnected Linear") and "no default tool now" in gone
    assert [row.kind for row in stored(runtime, IntegrationConnection)] == ["jira"]
    assert "Linear isn't connected" in ana.say("push 1 to linear")[0].text
