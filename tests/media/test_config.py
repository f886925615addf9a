"""The media configuration the settings give, and the caps per kind."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import SecretStr

from flowhub.media import MediaConfig, max_bytes, media_config
from flowhub.settings import Settings


def test_caps_follow_the_settings_in_bytes(tmp_path: Path) -> None:
    settings = Settings(
        data_dir=tmp_path,
        media_max_audio_mb=2,
        media_max_image_mb=1.5,
        media_max_document_mb=25,
        transcribe_base_url="http://127.0.0.1:9/v1",
        transcribe_api_key=SecretStr("sk-test-secret"),
        _env_file=None,
    )
    config = media_config(settings)
    assert max_bytes("audio", config) == 2 * 1024 * 1024
    assert max_bytes("image", config) == int(1.5 * 1024 * 1024)
    assert max_bytes("document", config) == 25 * 1024 * 1024
    assert config.transcribe_base_url == "http://127.0.0.1:9/v1"
    assert config.transcribe_api_key is not None
    assert "sk-test-secret" not in repr(config)


def test_an_unknown_kind_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="sticker"):
        max_bytes("sticker", MediaConfig())
