"""A change made in chat after the first push reaches the tool's copy, once."""

from __future__ import annotations

import pytest

from flowhub.bot.runtime import Runtime
from tests.auxil.fake_vendors import FakeVendors
from tests.conftest import ChatFactory
from tests.integrations.conftest import Connect, all_tasks, links

TASK = "send the Q4 deck to Sam by friday 5pm"


def _updates(fake: FakeVendors, kind: str, external_id: str) -> list[dict[str, object]]:
    return [c.json for c in fake.of(kind) if c.method == "POST" and c.path.endswith(external_id)]


@pytest.mark.parametrize("kind", ["todoist"])
def test_a_moved_and_renamed_task_is_updated_in_the_tool(
    kind: str, chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, connect: Connect
) -> None:
    ana = chat_as("ana", "Ana")
    connect(kind)
    (card,) = ana.say(TASK)
    ana.press("Confirm", card)
    (link,) = links(runtime)
    assert link.external_id and _updates(fake, kind, link.external_id) == []

    ana.say("move the Q4 deck to monday 10am")
    (update,) = _updates(fake, kind, link.external_id)
    assert update["content"] == "Send the Q4 deck to Sam"
    assert str(update["due_datetime"]).startswith("2026-03-09T")  # Monday 10:00 in Berlin
    assert fake.problems == []

    # A question changes nothing, so nothing is sent; a plain push job sends nothing new.
    ana.say("what's due this week?")
    (task,) = all_tasks(runtime)
    runtime.run_job("push_task", (task.id or 0,))
    assert len(_updates(fake, kind, link.external_id)) == 1
    assert len(fake.creates(kind)) == 1
