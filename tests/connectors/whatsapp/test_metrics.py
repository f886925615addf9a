"""`/metrics`: signed and forged deliveries, processing and sends counted; the page guarded."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families
from pydantic import SecretStr, ValidationError

from flowhub import metrics
from flowhub.bot.app import create_app
from flowhub.bot.runtime import Runtime
from flowhub.settings import Settings
from tests.auxil.fake_graph import FakeGraph
from tests.connectors.whatsapp import payloads as p
from tests.connectors.whatsapp.helpers import post

SCRAPE_TOKEN = "scrape-me-please"
BEARER = {"Authorization": f"Bearer {SCRAPE_TOKEN}"}


@pytest.fixture(scope="session")
def counts_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One directory for the session: a process keeps writing to the first one it opened."""
    return tmp_path_factory.mktemp("metrics")


@pytest.fixture(autouse=True)
def counting(counts_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Metrics on for one test, off again after it."""
    monkeypatch.setenv(metrics.DIR_ENV, str(counts_dir))
    metrics.reset()
    yield
    monkeypatch.delenv(metrics.DIR_ENV)
    metrics.reset()


@pytest.fixture
def settings(settings: Settings, counts_dir: Path) -> Settings:
    """The WhatsApp settings of this folder, with metrics on behind a token."""
    metered = {"metrics_token": SecretStr(SCRAPE_TOKEN), "metrics_dir": counts_dir}
    return settings.model_copy(update=metered)


def _value(page: str, name: str, **labels: str) -> float:
    """The sample `name` with `labels` on a metrics page (0 when it is not there yet)."""
    for family in text_string_to_metric_families(page):
        for sample in family.samples:
            if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items()):
                return float(sample.value)
    return 0.0


def _scrape(client: TestClient) -> str:
    answer = client.get("/metrics", headers=BEARER)
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("text/plain")
    return answer.text


def test_deliveries_processing_and_sends_are_counted(
    client: TestClient, wa_runtime: Runtime, graph: FakeGraph
) -> None:
    before = _scrape(client)
    assert post(client, p.messages_delivery(p.text("what's due today?"))).status_code == 200
    forged = post(client, p.messages_delivery(p.text("hi")), secret="not-the-app-secret")
    assert forged.status_code in (401, 403)
    after = _scrape(client)

    def grew(name: str, **labels: str) -> float:
        return _value(after, name, **labels) - _value(before, name, **labels)

    assert grew("flowhub_inbound_deliveries_total", platform="whatsapp", outcome="accepted") == 1
    assert grew("flowhub_inbound_deliveries_total", platform="whatsapp", outcome="refused") == 1
    assert grew("flowhub_processing_seconds_count", platform="whatsapp") == 1
    assert grew("flowhub_processing_lag_seconds_count", platform="whatsapp") == 1
    assert graph.sent, "the question was answered"
    assert grew("flowhub_sends_total", platform="whatsapp", outcome="sent") == len(graph.sent)


def test_the_page_needs_the_token(client: TestClient) -> None:
    assert client.get("/metrics").status_code == 401
    wrong = client.get("/metrics", headers={"Authorization": "Bearer guess"})
    assert wrong.status_code == 401
    assert "FLOWHUB_METRICS_TOKEN" in wrong.text
    assert client.get("/metrics", headers=BEARER).status_code == 200


def test_without_a_token_only_this_machine_may_read(
    settings: Settings, runtime: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    local = settings.model_copy(update={"metrics_token": None, "metrics": True})
    monkeypatch.setattr(runtime, "settings", local)
    app = create_app(local, runtime=runtime)
    with TestClient(app, client=("203.0.113.7", 5000)) as remote:
        assert remote.get("/metrics").status_code == 403
    with TestClient(app, client=("127.0.0.1", 5000)) as here:
        assert here.get("/metrics").status_code == 200


def test_off_by_default(tmp_path: Path, runtime: Runtime) -> None:
    plain = Settings(data_dir=tmp_path, playground=False, _env_file=None)
    assert not plain.metrics_on
    with TestClient(create_app(plain, runtime=runtime)) as client:
        assert client.get("/metrics").status_code == 404


def test_production_needs_a_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLOWHUB_SECRET_KEY", "k" * 32)
    with pytest.raises(ValidationError, match="FLOWHUB_METRICS_TOKEN"):
        Settings(env="production", metrics=True, _env_file=None)


def test_counts_of_other_processes_are_summed(counts_dir: Path) -> None:
    def slack_sends() -> float:
        return _value(metrics.render()[0].decode(), "flowhub_sends_total", platform="slack")

    before = slack_sends()
    script = (
        "import sys; from flowhub import metrics; metrics.enable(sys.argv[1]); "
        "[metrics.sent('slack', 'sent') for _ in range(3)]"
    )
    for _ in range(2):
        subprocess.run([sys.executable, "-c", script, str(counts_dir)], check=True, timeout=60)
    assert slack_sends() - before == 6
