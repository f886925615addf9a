"""Fixtures for the job tests: a fake Graph API that the WhatsApp connector sends to."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from flowhub.bot.app import build_connectors, build_runtime
from flowhub.bot.clock import FixedClock
from flowhub.bot.queue import InlineQueue, JobQueue
from flowhub.bot.runtime import Runtime
from flowhub.settings import Settings
from tests.auxil.fake_graph import TOKEN, VERSION, FakeGraph

NUMBER = "1000000001"


@pytest.fixture
def graph() -> Iterator[FakeGraph]:
    """A fake Graph API serving one phone number, for one test."""
    server = FakeGraph(numbers=(NUMBER,)).start()
    try:
        yield server
    finally:
        server.stop()


def whatsapp_runtime(
    tmp_path: Path,
    engine: Engine,
    clock: FixedClock,
    graph: FakeGraph,
    *,
    queue: JobQueue | None = None,
    **overrides: object,
) -> Runtime:
    """A started runtime whose only connector is WhatsApp, sending to the fake Graph API."""
    settings = Settings(
        data_dir=tmp_path,
        default_timezone="Europe/Berlin",
        playground=False,
        whatsapp_app_secret="app-secret",
        whatsapp_verify_token="verify",
        whatsapp_access_token=TOKEN,
        whatsapp_phone_number_id=NUMBER,
        whatsapp_api_url=graph.url,
        whatsapp_api_version=VERSION,
        _env_file=None,
        **overrides,  # type: ignore[arg-type]
    )
    runtime = build_runtime(
        settings,
        clock=clock,
        queue=queue or InlineQueue(),
        engine=engine,
        connectors=build_connectors(settings, clock=clock),
        background_scheduler=False,
    )
    runtime.start()
    return runtime
