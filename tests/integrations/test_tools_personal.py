"""Connected tools are personal: on a shared number each person's tool holds only their tasks,
and only its owner lists, changes, pushes to or disconnects it."""

from __future__ import annotations

from datetime import timedelta

from flowhub.bot.clock import FixedClock
from flowhub.bot.runtime import Runtime
from flowhub.connectors.console import ConsoleChat
from flowhub.integrations import inbound
from flowhub.integrations.base import ExternalStatus
from flowhub.storage import IntegrationConnection, integrations, session_scope
from tests.auxil.fake_vendors import FakeVendors
from tests.conftest import ChatFactory
from tests.integrations.conftest import Connect, all_tasks, links, stored


def _save(chat: ConsoleChat, text: str) -> None:
    for card in chat.say(text):
        chat.press("Confirm", card)


def _titles(fake: FakeVendors, kind: str) -> str:
    return " ".join(str(call.body) for call in fake.creates(kind)).casefold()


def test_someone_elses_default_tool_never_receives_my_private_task(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, connect: Connect
) -> None:
    ana = chat_as("ana", "Ana")
    sam = chat_as("sam", "Sam")
    sam.say("hi")
    connect("jira", user_id="sam")

    _save(ana, "book the divorce lawyer on friday")
    assert fake.creates("jira") == []
    assert links(runtime) == []

    _save(sam, "renew the car insurance next month")
    assert len(fake.creates("jira")) == 1 and "lawyer" not in _titles(fake, "jira")

    # Ana connects her own tool: each person's confirmed tasks go to their own default.
    connect("linear", user_id="ana")
    _save(ana, "call the plumber tomorrow")
    _save(sam, "water the office plants tomorrow")
    assert "plumber" in _titles(fake, "linear") and "plants" not in _titles(fake, "linear")
    assert "plants" in _titles(fake, "jira") and "plumber" not in _titles(fake, "jira")

    # A task Ana gives Sam is his too: it reaches his tool as well as hers.
    _save(ana, "ask Sam to send the invoice by friday")
    assert "invoice" in _titles(fake, "jira") and "invoice" in _titles(fake, "linear")


def test_only_the_owner_lists_changes_pushes_to_or_disconnects_a_tool(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, connect: Connect
) -> None:
    ana = chat_as("ana", "Ana")
    sam = chat_as("sam", "Sam")
    sam.say("hi")
    connect("jira", user_id="sam")
    connect("trello", user_id="sam", default=False)

    assert "Nothing is connected yet" in ana.say("integrations")[0].text
    assert "Jira (OPS) — default ✓" in sam.say("integrations")[0].text

    _save(ana, "file the tax return next month")
    ana.say("my tasks")
    assert ana.say("push 1 to trello")[0].text.startswith("Trello isn't connected")
    assert ana.say("make trello the default")[0].text.startswith("Trello isn't connected")
    assert ana.say("disconnect jira")[0].text.startswith("Jira isn't connected")
    assert ana.say("retry pushes")[0].text == "Nothing is waiting to be pushed. 👍"
    assert fake.creates("trello") == [] and fake.creates("jira") == []
    rows = {row.kind: row for row in stored(runtime, IntegrationConnection)}
    assert set(rows) == {"jira", "trello"} and rows["jira"].is_default

    # Ana's own default does not take Sam's away, nor the other way round.
    connect("linear", user_id="ana", default=False)
    assert ana.say("make linear the default")[0].text.startswith("✅ Linear is the default")
    rows = {row.kind: row for row in stored(runtime, IntegrationConnection)}
    assert rows["jira"].is_default and rows["linear"].is_default
    assert "Linear (ENG) — default ✓" in ana.say("integrations")[0].text
    assert "Linear" not in sam.say("integrations")[0].text

    assert sam.say("disconnect jira")[0].text.startswith("🔌 Disconnected Jira")
    assert {row.kind for row in stored(runtime, IntegrationConnection)} == {"trello", "linear"}


def test_a_tool_closes_only_what_its_owner_may_see(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, connect: Connect, clock: FixedClock
) -> None:
    ana = chat_as("ana", "Ana")
    sam = chat_as("sam", "Sam")
    sam.say("hi")
    jira = connect("jira", user_id="sam")
    _save(ana, "book the divorce lawyer on friday")
    (task,) = all_tasks(runtime)
    # A link left from when the workspace shared one default tool.
    with session_scope(runtime.engine) as session:
        assert task.id is not None
        link = integrations.get_or_create_link(
            session=session, task_id=task.id, connection_id=jira, now=clock.now()
        )
        integrations.update_link(
            session=session, link=link, now=clock.now(), external_id="10001", status="synced"
        )
    clock.advance(timedelta(minutes=5))

    assert inbound.apply(runtime.services, jira, [ExternalStatus("10001", True)]) == 0
    assert all_tasks(runtime)[0].status == "open"
    assert not any("lawyer" in m.text.casefold() for m in sam.messages())

    # Nor is the task followed into his tool any more when Ana finishes it.
    calls = len(fake.of("jira"))
    ana.say("my tasks")
    assert "lawyer" in ana.say("done 1")[0].text.casefold()
    assert all_tasks(runtime)[0].status == "done"
    assert len(fake.of("jira")) == calls
