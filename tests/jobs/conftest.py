"""Fixtures for the job tests: a fake Graph API that the WhatsApp connector sends to."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.auxil.fake_graph import FakeGraph

NUMBER = "1000000001"


@pytest.fixture
def graph() -> Iterator[FakeGraph]:
    """A fake Graph API serving one phone number, for one test."""
    server = FakeGraph(numbers=(NUMBER,)).start()
    try:
        yield server
    finally:
        server.stop()
