"""Fixtures for the integration tests: the fake tools (one per session) and connected tools."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlmodel import select

from flowhub.bot.app import create_app
from flowhub.bot.runtime import Runtime
from flowhub.integrations import crypto
from flowhub.integrations.config import tool_config
from flowhub.settings import Settings
from flowhub.storage import (
    Identity,
    Person,
    Task,
    TaskLink,
    integrations,
    people,
    session_scope,
)
from tests.auxil.fake_vendors import (
    CONFIGS,
    OAUTH_CLIENT,
    TOKENS,
    WEBHOOK_SECRET,
    FakeVendors,
)
from tests.integrations.live import Live, live_app

PUBLIC_URL = "https://flowhub.test"
HOOK_SECRET = "hook-secret-for-inbound-0123"
# The webhook secret of the connections `connect_live` stores.
LIVE_SECRET = "edit-hook-secret-0123456789"


@pytest.fixture(scope="session")
def fake_vendors_server() -> Iterator[FakeVendors]:
    """One fake of every tool for the whole session."""
    fake = FakeVendors().start()
    try:
        yield fake
    finally:
        fake.stop()


@pytest.fixture
def fake(fake_vendors_server: FakeVendors) -> FakeVendors:
    """The fake tools, emptied for this test."""
    fake_vendors_server.reset()
    return fake_vendors_server


@pytest.fixture(autouse=True)
def _kept_to_vendor_contracts(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test that used the fake tools fails when a request or an answer broke the vendor's
    own API description (tests/contracts/specs/), with the description's words."""
    if "fake_vendors_server" not in request.fixturenames:
        yield
        return
    server: FakeVendors = request.getfixturevalue("fake_vendors_server")
    server.contract_problems.clear()
    yield
    assert server.contract_problems == []


@pytest.fixture
def settings(tmp_path: Path, fake_vendors_server: FakeVendors) -> Settings:
    """Settings pointing every tool at the fake, with a secret key and OAuth clients."""
    client_id, client_secret = OAUTH_CLIENT
    oauth = {
        f"{name}_{part}": value
        for name in ("google", "microsoft", "asana", "linear", "atlassian", "clickup")
        for part, value in (("client_id", client_id), ("client_secret", client_secret))
    }
    return Settings(
        data_dir=tmp_path,
        default_timezone="Europe/Berlin",
        secret_key="test-secret-key-for-encryption-at-rest",
        public_url=PUBLIC_URL,
        integrations_base_url=fake_vendors_server.url,
        integrations_max_wait=0,
        _env_file=None,
        **oauth,
    )


Connect = Callable[..., int]


@pytest.fixture
def connect(runtime: Runtime) -> Connect:
    """Store a connection of a tool for a console person, as a finished "connect" would."""

    def make(
        kind: str,
        *,
        user_id: str = "ana",
        default: bool = True,
        webhook_secret: str | None = None,
        extra: dict[str, str] | None = None,
    ) -> int:
        secrets = {"token": TOKENS[kind]} if kind in TOKENS else {"secret": WEBHOOK_SECRET}
        if webhook_secret:
            secrets["webhook_secret"] = webhook_secret
        secrets |= extra or {}
        with session_scope(runtime.engine) as session:
            identity = session.exec(select(Identity).where(Identity.external_id == user_id)).one()
            person = session.get(Person, identity.person_id)
            assert person is not None
            row = integrations.create_connection(
                session=session,
                workspace_id=person.workspace_id,
                person_id=person.id,
                kind=kind,
                config=dict(CONFIGS[kind]),
                secret_encrypted=crypto.encrypt(secrets, tools=tool_config(runtime.settings)),
                now=runtime.clock.now(),
            )
            if default:
                integrations.set_default_connection(session=session, connection=row)
            assert row.id is not None
            return row.id

    return make


@pytest.fixture
def client(runtime: Runtime) -> TestClient:
    """HTTP access to the app around the test runtime (its lifespan is not run)."""
    return TestClient(create_app(runtime.settings, runtime=runtime))


@pytest.fixture
def app(settings: Settings, fake: FakeVendors) -> Iterator[Live]:
    """The app served over loopback HTTP, with Ana known (she has said hello)."""
    with live_app(settings) as served:
        served.say("hello")  # the person exists once they have spoken
        yield served


def connect_live(
    app: Live,
    kind: str,
    *,
    secret: str = LIVE_SECRET,
    workspace: str | None = None,
    **config: Any,
) -> int:
    """Store a connection of Ana's to `kind` with a webhook secret, in her workspace (or a new
    one named `workspace`), its config changed by `config`; its id."""
    runtime = app.runtime
    now = runtime.clock.now()
    with session_scope(runtime.engine) as session:
        identity = people.get_identity(
            session=session, platform="playground", account="local", external_id="ana"
        )
        assert identity is not None
        person = people.get_person(session=session, person_id=identity.person_id)
        assert person is not None and person.id is not None
        workspace_id = person.workspace_id
        if workspace is not None:
            other = people.get_or_create_workspace(
                session=session, platform="playground", external_id=workspace, now=now
            )
            assert other.id is not None
            workspace_id = other.id
        sealed = crypto.encrypt(
            {"token": TOKENS[kind], "webhook_secret": secret}, tools=tool_config(runtime.settings)
        )
        row = integrations.create_connection(
            session=session,
            workspace_id=workspace_id,
            person_id=person.id,
            kind=kind,
            config={**CONFIGS[kind], **config},
            secret_encrypted=sealed,
            now=now,
        )
        assert row.id is not None
        return row.id


def only_task(app: Live) -> Task:
    """The one task there is."""
    (task,) = all_tasks(app.runtime)
    return task


def links(runtime: Runtime) -> list[TaskLink]:
    """Every task link, oldest first."""
    with session_scope(runtime.engine) as session:
        return list(session.exec(select(TaskLink).order_by(TaskLink.id)))  # type: ignore[arg-type]


def all_tasks(runtime: Runtime) -> list[Task]:
    """Every task, oldest first."""
    with session_scope(runtime.engine) as session:
        return list(session.exec(select(Task).order_by(Task.id)))  # type: ignore[arg-type]


def stored(runtime: Runtime, model: Any) -> list[Any]:
    """Every row of a table."""
    with session_scope(runtime.engine) as session:
        return list(session.exec(select(model)))
