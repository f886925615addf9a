"""`CONNECTORS`: one builder per platform, each building a connector only when it is configured."""

from __future__ import annotations

from datetime import UTC, datetime

from pydantic import SecretStr
from sqlalchemy import Engine

from flowhub.bot.app import build_connectors
from flowhub.bot.slack_stores import slack_stores
from flowhub.connectors import Deps
from flowhub.connectors.registry import CONNECTORS
from flowhub.settings import Settings

AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _everything(settings: Settings) -> Settings:
    return settings.model_copy(
        update={
            "playground": True,
            "whatsapp_phone_number_id": "111,222",
            "whatsapp_access_token": SecretStr("wa-token"),
            "telegram_bot_token": SecretStr("123456:ABC"),
            "slack_signing_secret": SecretStr("slack-secret"),
            "slack_bot_token": SecretStr("xoxb-1"),
        }
    )


def test_each_builder_makes_the_connector_of_its_platform(
    settings: Settings, engine: Engine
) -> None:
    deps = Deps(
        engine=engine,
        now=lambda: AT,
        last_inbound=lambda platform, chats: {},
        slack=slack_stores(engine, lambda: AT),
    )
    for name, build in CONNECTORS.items():
        connector = build(_everything(settings), deps)
        assert connector is not None and connector.platform == name


def test_unconfigured_platforms_are_left_out(settings: Settings) -> None:
    plain = settings.model_copy(update={"playground": False})
    assert {name for name in CONNECTORS if CONNECTORS[name](plain, Deps()) is not None} == {
        "console"
    }
    assert list(build_connectors(plain)) == ["console"]


def test_the_app_factory_builds_what_is_configured_in_registry_order(
    settings: Settings, engine: Engine
) -> None:
    full = _everything(settings)
    assert list(build_connectors(full, engine=engine)) == list(CONNECTORS)
    # Slack keeps its installations in the database: no engine, no Slack.
    assert "slack" not in build_connectors(full)
