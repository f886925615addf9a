"""Files shared with the bot on Slack, end to end: minutes as a PDF and a photo in one message,
each fetched from the fake Slack with the workspace's token, read, and answered with a card."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlmodel import select

from flowhub.bot.app import create_app
from flowhub.bot.runtime import Runtime
from flowhub.bot.slack_stores import slack_stores
from flowhub.connectors.slack import SlackConnector
from flowhub.settings import Settings
from flowhub.storage import MediaItem, session_scope
from tests.auxil.fake_slack import BOT_TOKEN, CLIENT_ID, CLIENT_SECRET, FakeSlack
from tests.connectors.slack import payloads as p
from tests.media.drawings import paper, png
from tests.media_flow.test_documents import MINUTES


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    """SQLite: the platform's path is what is tested here; both databases are in the others."""
    return f"sqlite:///{tmp_path / 'flowhub.db'}"


@pytest.fixture(scope="module")
def fake_server() -> Iterator[FakeSlack]:
    """One fake Slack Web API for the module."""
    with FakeSlack() as fake:
        yield fake


@pytest.fixture
def fake(fake_server: FakeSlack) -> FakeSlack:
    """The fake, emptied, knowing Ana and Sam."""
    fake_server.reset()
    fake_server.add_user(p.TEAM, p.ANA, "Ana Lima", tz="Europe/Berlin")
    fake_server.add_user(p.TEAM, p.BOB, "Sam Reed", tz="America/New_York")
    return fake_server


@pytest.fixture
def settings(tmp_path: Path, fake: FakeSlack) -> Settings:
    """A Slack app whose API is the fake."""
    return Settings(
        data_dir=tmp_path,
        default_timezone="Europe/Berlin",
        playground=False,
        slack_signing_secret=p.SIGNING_SECRET,
        slack_bot_token=BOT_TOKEN,
        slack_client_id=CLIENT_ID,
        slack_client_secret=CLIENT_SECRET,
        slack_api_url=fake.api_url,
        _env_file=None,
    )


@pytest.fixture
def client(settings: Settings, runtime: Runtime) -> Iterator[TestClient]:
    """The real app over HTTP with the Slack connector plugged in."""
    stores = slack_stores(runtime.engine, runtime.clock.now)
    runtime.connectors["slack"] = SlackConnector.from_settings(settings, stores=stores)
    with TestClient(create_app(settings, runtime=runtime)) as client:
        yield client


def test_minutes_and_a_photo_shared_in_one_slack_message_each_become_a_card(
    client: TestClient, runtime: Runtime, fake: FakeSlack
) -> None:
    hello = p.dm("hi", user=p.BOB, channel="D222")  # Sam is someone FlowHub knows
    assert p.post_json(client, p.event_callback(hello)).status_code == 200
    before = len(fake.calls_to("chat.postMessage"))
    pdf = fake.add_file("minutes.pdf", MINUTES, "application/pdf")
    photo = fake.add_file("note.png", png(paper(["order the new badges"])), "image/png")
    shared = p.dm("", subtype="file_share", files=[pdf, photo], upload=False)
    assert p.post_json(client, p.event_callback(shared)).status_code == 200

    texts = [c.params["text"] for c in fake.calls_to("chat.postMessage")[before:]]
    assert len(texts) == 2
    assert texts[0].startswith("📄 From minutes.pdf (p. 2):") and "budget" in texts[0].lower()
    assert texts[1].startswith("🖼") and "badges" in texts[1].lower()
    with session_scope(runtime.engine) as session:
        items = session.exec(select(MediaItem).order_by(MediaItem.position)).all()  # type: ignore[arg-type]
    assert [(i.position, i.status) for i in items] == [(0, "read"), (1, "read")]
