"""Group commit: deliveries that arrive together share an inbox transaction, and lose nothing."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import replace

import pytest
from fastapi.testclient import TestClient

from flowhub.bot.runtime import Runtime
from flowhub.connectors import Event
from flowhub.connectors.whatsapp import parse_webhook
from flowhub.webhooks.ingest import GroupCommit, StorageUnavailable
from tests.auxil.fake_graph import FakeGraph
from tests.connectors.whatsapp import payloads as p
from tests.connectors.whatsapp.helpers import inbox_rows, post


def events(*texts: str) -> list[Event]:
    """One parsed WhatsApp event per text, each with a fresh wamid."""
    return [e for t in texts for e in parse_webhook(p.messages_delivery(p.text(t))).events]


class CountingStore:
    """The runtime's real `receive_many`, counting the transactions it is asked for."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self.batches: list[int] = []

    def __call__(self, batch: Sequence[Event]) -> list[int | None]:
        self.batches.append(len(batch))
        return self.runtime.receive_many(batch)


async def store_each(commit: GroupCommit, items: list[Event]) -> list[object]:
    """Store every event as its own concurrent request; an exception is returned, not raised."""
    return await asyncio.gather(*(commit.store([event]) for event in items), return_exceptions=True)


def test_concurrent_deliveries_share_transactions(wa_runtime: Runtime) -> None:
    store = CountingStore(wa_runtime)
    items = events(*(f"call supplier {i} tomorrow" for i in range(40)))
    results = asyncio.run(store_each(GroupCommit(store), items))
    ids = [result[0] for result in results if isinstance(result, list)]
    assert len(ids) == 40 and None not in ids and len(set(ids)) == 40
    assert sum(store.batches) == 40 and len(store.batches) < 40
    assert [row.message_id for row in inbox_rows(wa_runtime)] == [e.message_id for e in items]


def test_a_message_twice_in_one_batch_is_stored_once(wa_runtime: Runtime) -> None:
    [event] = events("send the Q4 deck to Sam")
    results = asyncio.run(store_each(GroupCommit(wa_runtime.receive_many), [event, event]))
    assert sorted(results, key=lambda r: r != [None])[0] == [None]
    assert len([r for r in results if r != [None]]) == 1
    assert len(inbox_rows(wa_runtime)) == 1


def test_an_unstorable_event_fails_alone(wa_runtime: Runtime) -> None:
    if wa_runtime.engine.dialect.name != "postgresql":
        pytest.skip("SQLite does not enforce column lengths, so nothing here is unstorable")
    good = events("call Bob", "pay rent on friday", "book flights")
    # Over the column's 200 characters: PostgreSQL refuses the row.
    bad = replace(events("this one cannot be stored")[0], message_id="w" * 300)
    store = CountingStore(wa_runtime)
    results = asyncio.run(store_each(GroupCommit(store), [good[0], bad, good[1], good[2]]))
    assert isinstance(results[1], StorageUnavailable)
    assert all(isinstance(r, list) and r[0] is not None for i, r in enumerate(results) if i != 1)
    assert sorted(row.text for row in inbox_rows(wa_runtime)) == sorted(e.text for e in good)


def test_a_nul_character_is_stored_and_answered(
    client: TestClient, wa_runtime: Runtime, graph: FakeGraph
) -> None:
    # JSON allows \u0000; PostgreSQL text does not. The message must still be stored.
    response = post(client, p.messages_delivery(p.text("call Bob\u0000 tomorrow at 10")))
    assert response.status_code == 200 and response.json()["stored"] == 1
    [row] = inbox_rows(wa_runtime)
    assert row.text == "call Bob\ufffd tomorrow at 10"
    assert graph.requests, "the message was stored but never answered"
