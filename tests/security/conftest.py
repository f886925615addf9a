"""One `flowhub run --workers 2` for the module tests here: every platform configured against
the fakes, DEBUG logging, a 3 s request timeout."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.auxil.fake_graph import TOKEN as GRAPH_TOKEN
from tests.auxil.fake_graph import VERSION as GRAPH_VERSION
from tests.auxil.fake_slack import BOT_TOKEN, CLIENT_ID, CLIENT_SECRET
from tests.auxil.fake_vendors import OAUTH_CLIENT
from tests.connectors.slack import payloads as slack_payloads
from tests.connectors.whatsapp import payloads as wa_payloads
from tests.security import process
from tests.webhooks.harness import PUBLIC_URL, TELEGRAM_SECRET, TELEGRAM_TOKEN, Fakes, fakes

REQUEST_TIMEOUT = 3.0
SECRET_KEY = "security-test-secret-key-0123456789"


def configured_secrets() -> dict[str, str]:
    """Every secret the server is configured with, by variable."""
    return {
        "FLOWHUB_SECRET_KEY": SECRET_KEY,
        "FLOWHUB_WHATSAPP_APP_SECRET": wa_payloads.APP_SECRET,
        "FLOWHUB_WHATSAPP_VERIFY_TOKEN": wa_payloads.VERIFY_TOKEN,
        "FLOWHUB_WHATSAPP_ACCESS_TOKEN": GRAPH_TOKEN,
        "FLOWHUB_SLACK_SIGNING_SECRET": slack_payloads.SIGNING_SECRET,
        "FLOWHUB_SLACK_BOT_TOKEN": BOT_TOKEN,
        "FLOWHUB_SLACK_CLIENT_SECRET": CLIENT_SECRET,
        "FLOWHUB_TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN,
        "FLOWHUB_TELEGRAM_SECRET_TOKEN": TELEGRAM_SECRET,
        "FLOWHUB_GOOGLE_CLIENT_SECRET": OAUTH_CLIENT[1],
    }


@pytest.fixture(scope="session")
def apis() -> Iterator[Fakes]:
    """The fake platform and tool APIs."""
    with fakes() as started:
        yield started


@pytest.fixture(scope="session")
def server(apis: Fakes, tmp_path_factory: pytest.TempPathFactory) -> Iterator[process.Running]:
    """The real server, as `flowhub run --workers 2` starts it."""
    cwd = tmp_path_factory.mktemp("flowhub-run")
    env = {
        **configured_secrets(),
        "FLOWHUB_DATA_DIR": str(cwd / "data"),
        "FLOWHUB_LOG_LEVEL": "DEBUG",
        "FLOWHUB_REQUEST_TIMEOUT": str(REQUEST_TIMEOUT),
        "FLOWHUB_DEFAULT_TIMEZONE": "Europe/Berlin",
        "FLOWHUB_PUBLIC_URL": PUBLIC_URL,
        "FLOWHUB_INTEGRATIONS_BASE_URL": apis.vendors.url,
        "FLOWHUB_INTEGRATIONS_MAX_WAIT": "0",
        "FLOWHUB_GOOGLE_CLIENT_ID": OAUTH_CLIENT[0],
        "FLOWHUB_WHATSAPP_PHONE_NUMBER_ID": wa_payloads.NUMBER,
        "FLOWHUB_WHATSAPP_API_URL": apis.graph.url,
        "FLOWHUB_WHATSAPP_API_VERSION": GRAPH_VERSION,
        "FLOWHUB_SLACK_API_URL": apis.slack.api_url,
        "FLOWHUB_SLACK_CLIENT_ID": CLIENT_ID,
        "FLOWHUB_TELEGRAM_API_URL": apis.telegram.api_url,
    }
    running = process.start(env, cwd=cwd, args=("--workers", "2"))
    yield running
    running.stop()
