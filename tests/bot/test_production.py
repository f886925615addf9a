"""FLOWHUB_ENV=production serves neither the playground nor the API docs unless asked to."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from flowhub.bot.app import build_runtime, create_app
from flowhub.bot.queue import InlineQueue
from flowhub.settings import Settings
from tests.auxil.loopback import serve

PLAYGROUND = ("/", "/playground/api/state", "/playground/static/app.js")
DOCS = ("/docs", "/redoc", "/openapi.json", "/docs/oauth2-redirect")


@contextmanager
def _served(settings: Settings) -> Iterator[httpx.Client]:
    runtime = build_runtime(settings, queue=InlineQueue(), background_scheduler=False)
    server = serve(create_app(settings, runtime=runtime), name="flowhub-production")
    try:
        with httpx.Client(base_url=server.url, timeout=10) as http:
            yield http
    finally:
        server.stop()
        runtime.engine.dispose()


def _settings(tmp_path: Path, **values: object) -> Settings:
    return Settings(data_dir=tmp_path, _env_file=None, **values)  # type: ignore[arg-type]


def test_production_hides_playground_and_docs(tmp_path: Path) -> None:
    with _served(_settings(tmp_path, env="production")) as http:
        assert http.get("/healthz").status_code == 200
        for path in (*PLAYGROUND, *DOCS):
            assert http.get(path).status_code == 404, path
        sent = http.post(
            "/playground/api/send", json={"person": "ana", "chat": "dm-ana", "text": "hi"}
        )
        assert sent.status_code in (404, 405)
        clock = http.post("/playground/api/clock", json={"advance_minutes": 60})
        assert clock.status_code in (404, 405)


@pytest.mark.parametrize("env", ["production", "dev"])
def test_explicit_settings_turn_them_on(tmp_path: Path, env: str) -> None:
    settings = _settings(tmp_path, env=env, playground=True, api_docs=True)
    with _served(settings) as http:
        for path in (*PLAYGROUND, *DOCS[:3]):
            assert http.get(path).status_code == 200, path


def test_dev_default_serves_them(tmp_path: Path) -> None:
    with _served(_settings(tmp_path)) as http:
        for path in (*PLAYGROUND, *DOCS[:3]):
            assert http.get(path).status_code == 200, path


def test_docs_off_keeps_the_playground(tmp_path: Path) -> None:
    with _served(_settings(tmp_path, api_docs=False)) as http:
        assert http.get("/").status_code == 200
        for path in DOCS:
            assert http.get(path).status_code == 404, path
