"""WhatsApp fixtures: the fake Graph API, settings pointing at it, and the app over HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from flowhub.bot.app import build_connectors, create_app
from flowhub.bot.runtime import Runtime
from flowhub.settings import Settings
from tests.auxil.fake_graph import TOKEN, VERSION, FakeGraph
from tests.connectors.whatsapp import payloads


@pytest.fixture(scope="session")
def graph_server() -> Iterator[FakeGraph]:
    """One fake Graph API for the session."""
    server = FakeGraph(numbers=(payloads.NUMBER, payloads.OTHER_NUMBER)).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def graph(graph_server: FakeGraph) -> FakeGraph:
    """The fake Graph API, with nothing received and nothing scripted."""
    graph_server.reset()
    return graph_server


@pytest.fixture
def settings(tmp_path: Path, graph_server: FakeGraph) -> Settings:
    """Settings with WhatsApp configured (two numbers) and the Graph API at the fake."""
    return Settings(
        data_dir=tmp_path,
        default_timezone="Europe/Berlin",
        playground=False,
        whatsapp_app_secret=payloads.APP_SECRET,
        whatsapp_verify_token=payloads.VERIFY_TOKEN,
        whatsapp_access_token=TOKEN,
        whatsapp_phone_number_id=f"{payloads.NUMBER},{payloads.OTHER_NUMBER}",
        whatsapp_api_url=graph_server.url,
        whatsapp_api_version=VERSION,
        _env_file=None,
    )


@pytest.fixture
def wa_runtime(runtime: Runtime, settings: Settings, graph: FakeGraph) -> Runtime:
    """The test runtime with the WhatsApp connector the app factory builds."""
    connectors = build_connectors(settings, engine=runtime.engine, clock=runtime.clock)
    runtime.connectors["whatsapp"] = connectors["whatsapp"]
    return runtime


@pytest.fixture
def client(settings: Settings, wa_runtime: Runtime) -> Iterator[TestClient]:
    """The real app, over HTTP."""
    with TestClient(create_app(settings, runtime=wa_runtime)) as client:
        yield client
