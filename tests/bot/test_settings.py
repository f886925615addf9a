"""Settings: no secrets needed by default; a half-configured platform names what is missing."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from flowhub.settings import Settings


def test_embedded_default_needs_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    settings = Settings(_env_file=None)
    assert (settings.host, settings.port) == ("127.0.0.1", 8000)
    assert settings.resolved_database_url == "sqlite:///data/flowhub.db"
    assert settings.redis_url is None and settings.enabled_platforms() == []


def test_environment_and_dotenv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text("FLOWHUB_PORT=9001\nFLOWHUB_DATA_DIR=/srv/flowhub\n")
    monkeypatch.setenv("FLOWHUB_DATABASE_URL", "postgresql://u@db/flowhub")
    settings = Settings()
    assert settings.port == 9001 and settings.data_dir == Path("/srv/flowhub")
    assert settings.resolved_database_url == "postgresql://u@db/flowhub"


@pytest.mark.parametrize(
    ("given", "missing"),
    [
        ({"whatsapp_phone_number_id": "123"}, "FLOWHUB_WHATSAPP_APP_SECRET"),
        ({"slack_bot_token": "xoxb-1"}, "FLOWHUB_SLACK_SIGNING_SECRET"),
        ({"telegram_bot_token": "1:abc"}, "FLOWHUB_TELEGRAM_SECRET_TOKEN"),
    ],
)
def test_half_configured_platform_names_the_variable(
    given: dict[str, str], missing: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ValidationError, match=missing):
        Settings(_env_file=None, **given)  # type: ignore[arg-type]


def test_bad_zone_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ValidationError, match="FLOWHUB_DEFAULT_TIMEZONE"):
        Settings(_env_file=None, default_timezone="Mars/Olympus")


def test_dev_clock_never_in_production(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert Settings(_env_file=None).dev_clock_enabled
    assert not Settings(_env_file=None, env="production", dev_clock=True).dev_clock_enabled


def test_env_example_documents_every_setting() -> None:
    example = (Path(__file__).parents[2] / ".env.example").read_text()
    for name in Settings.model_fields:
        assert f"FLOWHUB_{name.upper()}" in example, f"FLOWHUB_{name.upper()} missing"
