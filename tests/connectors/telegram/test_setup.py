"""`flowhub telegram set-webhook` and long polling for local development, against the fake."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from flowhub.bot.app import build_connectors
from flowhub.bot.cli import main
from flowhub.bot.runtime import Runtime
from flowhub.connectors.telegram import COMMANDS, TelegramConnector
from flowhub.settings import Settings
from flowhub.storage import InboxEvent, session_scope
from flowhub.webhooks.telegram import poll
from tests.auxil.fake_telegram import FakeTelegram
from tests.connectors.telegram import updates
from tests.connectors.telegram.conftest import SECRET, TOKEN


@pytest.fixture
def telegram_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fake: FakeTelegram) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FLOWHUB_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("FLOWHUB_TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("FLOWHUB_TELEGRAM_SECRET_TOKEN", SECRET)
    monkeypatch.setenv("FLOWHUB_TELEGRAM_API_URL", fake.api_url)


def test_set_webhook_registers_url_secret_and_commands(
    telegram_env: None, fake: FakeTelegram, capsys: pytest.CaptureFixture[str]
) -> None:
    url = "https://flowhub.example.com/webhooks/telegram"
    assert main(["telegram", "set-webhook", url]) == 0
    assert fake.webhook["url"] == url
    assert fake.webhook["secret_token"] == SECRET
    assert fake.webhook["allowed_updates"] == [
        "message",
        "edited_message",
        "callback_query",
        "chat_member",
    ]
    assert [c["command"] for c in fake.commands] == list(COMMANDS)
    out = capsys.readouterr().out
    assert url in out and SECRET not in out


def test_set_webhook_reports_telegram_refusal(
    telegram_env: None, fake: FakeTelegram, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["telegram", "set-webhook", "http://not-https.example.com/webhooks/telegram"]) == 1
    assert "https url must be provided" in capsys.readouterr().err.lower()


def test_telegram_commands_need_the_settings(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("BOT_TOKEN", "SECRET_TOKEN", "API_URL"):
        monkeypatch.delenv(f"FLOWHUB_TELEGRAM_{name}", raising=False)
    assert main(["telegram", "poll"]) == 2
    assert "FLOWHUB_TELEGRAM_BOT_TOKEN" in capsys.readouterr().err


def test_poll_feeds_updates_into_the_runtime(
    runtime: Runtime, telegram: TelegramConnector, fake: FakeTelegram
) -> None:
    fake.webhook["url"] = "https://flowhub.example.com/webhooks/telegram"
    fake.updates.extend(
        [updates.message(300, "call Bob friday 10am"), updates.message(300, "call Bob friday 10am")]
    )
    fake.updates.append(updates.message(301, "/today"))
    stop = threading.Event()
    worker = threading.Thread(target=poll, args=(runtime,), kwargs={"stop": stop, "timeout": 1})
    worker.start()
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if any(c.params.get("offset") == "302" for c in fake.calls_to("getUpdates")):
                break
            time.sleep(0.05)
    finally:
        stop.set()
        worker.join(timeout=10)
    assert not worker.is_alive()
    assert fake.calls_to("deleteWebhook") and not fake.webhook
    assert len(fake.calls_to("sendMessage")) == 2
    offsets = [c.params.get("offset") for c in fake.calls_to("getUpdates")]
    assert offsets[0] is None and "302" in offsets  # confirmed only once stored
    with session_scope(runtime.engine) as session:
        assert session.query(InboxEvent).count() == 2


def test_app_factory_builds_the_connector_when_configured(settings: Settings) -> None:
    connector = build_connectors(settings)["telegram"]
    assert isinstance(connector, TelegramConnector) and connector.bot_id == "123456"
    plain = settings.model_copy(update={"telegram_bot_token": None, "telegram_secret_token": None})
    assert "telegram" not in build_connectors(plain)


def test_a_malformed_token_is_refused_with_a_hint() -> None:
    with pytest.raises(ValueError, match="BotFather"):
        TelegramConnector(token="not-a-token")
