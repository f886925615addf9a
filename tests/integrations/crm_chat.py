"""What the CRM tools' chat tests share: a signed-in connection's secrets, and the chat edits
(owner, due date, priority, done, undo) and the delete that every CRM's task record follows."""

from __future__ import annotations

from typing import Any

from flowhub.bot.runtime import Runtime
from flowhub.connectors.console import ConsoleChat
from flowhub.integrations import crypto
from flowhub.integrations.config import tool_config
from flowhub.storage import IntegrationConnection
from tests.auxil.fake_vendors import FakeVendors
from tests.integrations.conftest import links, stored


def connection_secrets(runtime: Runtime) -> dict[str, str]:
    """The secrets of the one stored connection, decrypted."""
    (row,) = stored(runtime, IntegrationConnection)
    return crypto.decrypt(row.secret_encrypted, tools=tool_config(runtime.settings))


def pushed(ana: ConsoleChat, runtime: Runtime, said: str) -> tuple[str, int]:
    """Confirm the task `said` names; its record's id in the CRM and the connection's id."""
    (card,) = ana.say(said)
    ana.press("Confirm", card)
    (link,) = links(runtime)
    (row,) = stored(runtime, IntegrationConnection)
    assert link.external_id is not None and row.id is not None
    return link.external_id, row.id


def edits_follow(
    ana: ConsoleChat,
    runtime: Runtime,
    fake: FakeVendors,
    tool: str,
    *,
    due: str,
    owner: tuple[str, Any],
    urgent: str,
) -> None:
    """A task for Friday 17:00 goes in as the CRM's record, and an owner, a new date, "urgent",
    done and undo said in chat change the record's `owner` field, `due` field, `Priority` (to
    `urgent`) and `Status`."""
    (card,) = ana.say("send the Q4 deck to ACME Corp by friday 5pm")
    ana.press("Confirm", card)
    (link,) = links(runtime)
    record = fake.items[tool][str(link.external_id)]
    assert record[due] == "2026-03-06" and record["Priority"] == "Normal"
    field, sam = owner
    assert field not in record  # one's own task stays with whoever signed in
    ana.say("assign it to Sam")
    assert record[field] == sam
    ana.say("move it to monday")
    assert record[due] == "2026-03-09"
    ana.say("make it urgent")
    assert record["Priority"] == urgent
    ana.say("done with the Q4 deck")
    assert record["Status"] == "Completed"
    ana.say("undo")
    assert record["Status"] == "Not Started"
    assert fake.problems == [] and fake.contract_problems == []


def delete_follows(ana: ConsoleChat, runtime: Runtime, fake: FakeVendors, tool: str) -> None:
    """A task deleted in chat is deleted in the CRM, by its record's id."""
    (card,) = ana.say("renew the passport tomorrow")
    ana.press("Confirm", card)
    (link,) = links(runtime)
    assert str(link.external_id) in fake.items[tool]
    ana.say("my tasks")
    ana.say("delete 1")
    assert str(link.external_id) not in fake.items[tool]
    (gone,) = fake.of(tool, "DELETE")
    assert gone.path.endswith(f"/{link.external_id}")
    assert fake.problems == [] and fake.contract_problems == []
