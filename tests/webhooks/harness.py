"""A real FlowHub server with every webhook configured, for hostile-input tests and the fuzz bench.

Uvicorn serves the app on loopback; the platforms' APIs are the fakes of `tests.auxil`, and one
connection of every round-trip tool has a webhook secret. Jobs are only recorded, never run:
what is under test is the ingest path (verify, parse, store, answer).
"""

from __future__ import annotations

import contextlib
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from sqlmodel import col, select

from flowhub.bot.app import build_connectors, build_runtime, create_app
from flowhub.bot.runtime import Runtime
from flowhub.integrations import INTEGRATIONS, crypto
from flowhub.integrations.config import tool_config
from flowhub.settings import Settings
from flowhub.storage import InboxEvent, integrations, people, session_scope
from tests.auxil.fake_graph import TOKEN as GRAPH_TOKEN
from tests.auxil.fake_graph import VERSION as GRAPH_VERSION
from tests.auxil.fake_graph import FakeGraph
from tests.auxil.fake_slack import BOT_TOKEN, FakeSlack
from tests.auxil.fake_telegram import FakeTelegram
from tests.auxil.fake_vendors import CONFIGS, TOKENS, FakeVendors
from tests.auxil.loopback import Loopback, serve
from tests.connectors.slack import payloads as slack_payloads
from tests.connectors.whatsapp import payloads as wa_payloads

TELEGRAM_TOKEN = "123456:TEST-token_abc"
TELEGRAM_SECRET = "s3cret-Token_42"
PUBLIC_URL = "https://flowhub.test"
HOOK_SECRET = "hook-secret-for-inbound-0123"
# The tools whose webhook the shared harness signs; HubSpot and Pipedrive have their own tests.
_SIGNED_HERE = ("github", "jira", "linear", "todoist", "trello", "asana")
ROUND_TRIP = tuple(
    kind for kind, cls in INTEGRATIONS.items() if cls.round_trip and kind in _SIGNED_HERE
)


class RecordingQueue:
    """A job queue that keeps what was queued and runs nothing."""

    def __init__(self) -> None:
        self.jobs: list[tuple[str, tuple[int, ...]]] = []
        self._lock = threading.Lock()

    def enqueue(self, job: str, *args: int, queue: str | None = None) -> None:
        with self._lock:
            self.jobs.append((job, args))

    def enqueue_in(self, seconds: float, job: str, *args: int, queue: str | None = None) -> None:
        self.enqueue(job, *args)

    def start(self, run: Any) -> None:
        return None

    def stop(self) -> None:
        return None


@dataclass(frozen=True)
class Server:
    """The running app: its base URL, runtime and an HTTP client."""

    url: str
    runtime: Runtime
    http: httpx.Client
    connections: dict[str, int]

    def healthy(self) -> bool:
        """Whether `/healthz` says the database answers."""
        return self.http.get("/healthz").status_code == 200

    def inbox(self) -> list[InboxEvent]:
        """Every inbox row, oldest first."""
        with session_scope(self.runtime.engine) as session:
            return list(session.exec(select(InboxEvent).order_by(col(InboxEvent.id))))

    def stored_ids(self) -> set[tuple[str, str]]:
        """(platform, message_id) of every inbox row."""
        return {(row.platform, row.message_id) for row in self.inbox()}


def settings_for(data_dir: Path, *, database_url: str | None, fakes: Fakes) -> Settings:
    """Every platform and every tool configured, each API at its fake."""
    extra: dict[str, Any] = {"database_url": database_url} if database_url else {}
    return Settings(
        data_dir=data_dir,
        default_timezone="Europe/Berlin",
        playground=False,
        secret_key="test-secret-key-for-encryption-at-rest",
        public_url=PUBLIC_URL,
        integrations_base_url=fakes.vendors.url,
        integrations_max_wait=0,
        whatsapp_app_secret=wa_payloads.APP_SECRET,
        whatsapp_verify_token=wa_payloads.VERIFY_TOKEN,
        whatsapp_access_token=GRAPH_TOKEN,
        whatsapp_phone_number_id=f"{wa_payloads.NUMBER},{wa_payloads.OTHER_NUMBER}",
        whatsapp_api_url=fakes.graph.url,
        whatsapp_api_version=GRAPH_VERSION,
        slack_signing_secret=slack_payloads.SIGNING_SECRET,
        slack_bot_token=BOT_TOKEN,
        slack_api_url=fakes.slack.api_url,
        telegram_bot_token=TELEGRAM_TOKEN,
        telegram_secret_token=TELEGRAM_SECRET,
        telegram_api_url=fakes.telegram.api_url,
        _env_file=None,
        **extra,
    )


@dataclass(frozen=True)
class Fakes:
    """The fake platform and tool APIs."""

    graph: FakeGraph
    slack: FakeSlack
    telegram: FakeTelegram
    vendors: FakeVendors


@contextlib.contextmanager
def fakes() -> Iterator[Fakes]:
    """Start every fake API; stop them afterwards."""
    graph = FakeGraph(numbers=(wa_payloads.NUMBER, wa_payloads.OTHER_NUMBER)).start()
    slack = FakeSlack().start()
    slack.add_user(slack_payloads.TEAM, slack_payloads.ANA, "Ana Lima", tz="America/New_York")
    telegram = FakeTelegram(token=TELEGRAM_TOKEN).start()
    vendors = FakeVendors().start()
    try:
        yield Fakes(graph, slack, telegram, vendors)
    finally:
        for fake in (graph, slack, telegram, vendors):
            fake.stop()


@contextlib.contextmanager
def running(apis: Fakes, *, database_url: str | None = None) -> Iterator[Server]:
    """The FlowHub app under uvicorn on loopback, every webhook configured."""
    with tempfile.TemporaryDirectory(prefix="flowhub-hostile-") as tmp:
        settings = settings_for(Path(tmp), database_url=database_url, fakes=apis)
        queue = RecordingQueue()
        runtime = build_runtime(settings, queue=queue, connectors={}, background_scheduler=False)
        runtime.connectors.update(
            build_connectors(settings, engine=runtime.engine, clock=runtime.clock)
        )
        runtime.start()
        connections = _connect_tools(runtime)
        loop: Loopback = serve(create_app(settings, runtime=runtime), name="flowhub")
        http = httpx.Client(base_url=loop.url, timeout=30)
        try:
            yield Server(loop.url, runtime, http, connections)
        finally:
            http.close()
            loop.stop()
            runtime.stop()
            for connector in runtime.connectors.values():
                close = getattr(connector, "close", None)
                if callable(close):
                    close()
            runtime.engine.dispose()


def _connect_tools(runtime: Runtime) -> dict[str, int]:
    """One connection with a webhook secret per round-trip tool; kind -> connection id."""
    now = runtime.clock.now()
    found: dict[str, int] = {}
    with session_scope(runtime.engine) as session:
        workspace = people.get_or_create_workspace(
            session=session, platform="console", external_id="console", now=now
        )
        assert workspace.id is not None
        person, _ = people.get_or_create_person(
            session=session,
            workspace_id=workspace.id,
            platform="console",
            account="console",
            external_id="ana",
            now=now,
            display_name="Ana",
            timezone="Europe/Berlin",
            locale="en",
            digest_time="08:00",
        )
        for kind in ROUND_TRIP:
            secrets = {"token": TOKENS[kind]} if kind in TOKENS else {"secret": "s"}
            secrets["webhook_secret"] = HOOK_SECRET
            row = integrations.create_connection(
                session=session,
                workspace_id=workspace.id,
                person_id=person.id,
                kind=kind,
                config=dict(CONFIGS.get(kind, {})),
                secret_encrypted=crypto.encrypt(secrets, tools=tool_config(runtime.settings)),
                now=now,
            )
            assert row.id is not None
            found[kind] = row.id
    return found
