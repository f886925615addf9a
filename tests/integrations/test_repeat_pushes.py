"""A repeating task that moves on to its next date in FlowHub (done in chat, or with the button
on its reminder) sends that date to the tools it lives in, and stays open there."""

from __future__ import annotations

from datetime import timedelta

import pytest

from flowhub.bot.clock import FixedClock
from flowhub.bot.runtime import Runtime
from tests.auxil.fake_vendors import FakeVendors
from tests.conftest import ChatFactory
from tests.integrations.conftest import Connect, all_tasks, links


def _updates(fake: FakeVendors, kind: str, external_id: str) -> list[dict[str, object]]:
    return [
        c.json
        for c in fake.of(kind)
        if c.method in ("POST", "PUT", "PATCH") and c.path.endswith(external_id) and c.json
    ]


@pytest.mark.parametrize(
    ("kind", "said"),
    [
        ("todoist", "done with watering the plants"),
        ("trello", "watered the plants, done"),
        ("asana", "mark the plants done"),
    ],
)
def test_a_repeat_done_in_chat_sends_its_next_date(
    kind: str,
    said: str,
    chat_as: ChatFactory,
    runtime: Runtime,
    fake: FakeVendors,
    connect: Connect,
) -> None:
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    connect(kind)
    (card,) = ana.say("water the plants every friday at 9am")
    ana.press("Confirm", card)
    (task,) = all_tasks(runtime)
    (link,) = links(runtime)
    assert task.due_at is not None and link.external_id is not None
    first = task.due_at
    ana.say(said)
    (task,) = all_tasks(runtime)
    assert task.status == "open" and task.due_at == first + timedelta(days=7)
    sent = _updates(fake, kind, link.external_id)
    assert sent, f"{kind} was not told the next date"
    wanted = task.due_at.date().isoformat()
    assert any(wanted in str(body) for body in sent)
    assert not any(body.get("completed") or body.get("dueComplete") for body in sent)
    assert fake.problems == []


def test_a_repeat_done_from_its_reminder_sends_its_next_date(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, connect: Connect, clock: FixedClock
) -> None:
    ana = chat_as("ana", "Ana", tz="Europe/Berlin")
    connect("todoist")
    (card,) = ana.say("water the plants every friday at 9am")
    ana.press("Confirm", card)
    (task,) = all_tasks(runtime)
    (link,) = links(runtime)
    assert task.due_at is not None and link.external_id is not None
    first = task.due_at
    clock.advance(first - clock.now())
    runtime.tick()
    reminder = next(m for m in reversed(ana.messages()) if m.buttons)
    ana.press("Done", reminder)
    (task,) = all_tasks(runtime)
    assert task.status == "open" and task.due_at == first + timedelta(days=7)
    sent = _updates(fake, "todoist", link.external_id)
    assert any(task.due_at.date().isoformat() in str(body) for body in sent)
