"""Pushing to a tool by number reaches only tasks the person may change."""

from __future__ import annotations

from sqlmodel import select

from flowhub.bot.runtime import Runtime
from flowhub.skills import words
from flowhub.storage import Chat, ConversationState, session_scope
from tests.auxil.fake_vendors import FakeVendors
from tests.conftest import ChatFactory
from tests.integrations.conftest import Connect, all_tasks


def test_push_by_number_refuses_someone_elses_task(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, connect: Connect
) -> None:
    ana = chat_as("ana", "Ana")
    sam = chat_as("sam", "Sam")
    sam.say("hi")
    connect("jira", user_id="ana")
    connect("linear", user_id="sam", default=False)
    for card in ana.say("file the tax return next month"):
        ana.press("Confirm", card)
    (task,) = all_tasks(runtime)
    # A list kept from before the rule (or a task that changed hands since) names Ana's task.
    with session_scope(runtime.engine) as session:
        chat = session.exec(select(Chat).where(Chat.external_id == "dm-sam")).one()
        row = session.exec(
            select(ConversationState).where(ConversationState.chat_id == chat.id)
        ).one()
        row.data = {**row.data, "last_list": [task.id], "list_kind": "tasks"}
        session.add(row)

    refused = sam.say("push 1 to linear")
    assert [r.text for r in refused] == [words.NOT_YOURS]
    assert fake.creates("linear") == []

    for card in sam.say("renew the car insurance next month"):
        sam.press("Confirm", card)
    sam.say("my tasks")
    assert sam.say("push 1 to linear")[0].text.startswith("📤 Sending to Linear")
    assert len(fake.creates("linear")) == 1
