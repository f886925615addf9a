"""Person-supplied URLs: FlowHub never sends to loopback, private or metadata addresses (at
connect time and again at send time), only to https in production, and never repeats what a
receiver answered back into the chat."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from flowhub.integrations import crypto, outbound
from flowhub.integrations.config import tool_config
from flowhub.settings import Settings
from flowhub.storage import InboxEvent, IntegrationConnection, integrations, people, session_scope
from tests.auxil.loopback import Loopback, serve
from tests.integrations.conftest import all_tasks, links, stored
from tests.integrations.live import Live, live_app

SECRET_BODY = "internal-admin-panel-do-not-leak"


class Victim:
    """A service on this machine's loopback that must not be reached through FlowHub."""

    def __init__(self, status: int = 200) -> None:
        self.hits: list[str] = []
        self.status = status

        async def anything(request: Request) -> PlainTextResponse:
            self.hits.append(f"{request.method} {request.url.path}")
            return PlainTextResponse(SECRET_BODY, status_code=self.status)

        routes = [Route("/{path:path}", anything, methods=["GET", "POST", "PUT"])]
        self.server: Loopback = serve(Starlette(routes=routes), name="victim")


@pytest.fixture
def victim() -> Iterator[Victim]:
    found = Victim()
    try:
        yield found
    finally:
        found.server.stop()


def _settings(tmp_path: Path, **extra: object) -> Settings:
    values: dict[str, object] = {
        "data_dir": tmp_path,
        "secret_key": "test-secret-key-for-encryption-at-rest",
        "_env_file": None,
    }
    return Settings(**(values | extra))  # type: ignore[arg-type]


def _connect_webhook(app: Live, url: str) -> str:
    prompt = app.say("connect webhook")
    assert prompt and "Webhook" in prompt[0]
    return app.say(url)[-1]


def test_connect_webhook_to_loopback_is_refused_in_dev(tmp_path: Path, victim: Victim) -> None:
    with live_app(_settings(tmp_path)) as app:
        for url in (
            f"{victim.server.url}/hook",
            f"http://localhost:{victim.server.port}/hook",
            f"http://[::ffff:127.0.0.1]:{victim.server.port}/hook",
            "http://169.254.169.254/latest/meta-data/",
            "http://0.0.0.0:9/",
        ):
            reply = _connect_webhook(app, url)
            assert reply.startswith("❌ That didn't work"), reply
            assert "does not send to" in reply and "FLOWHUB_OUTBOUND_ALLOWED_HOSTS" in reply
        assert victim.hits == []
        assert stored(app.runtime, IntegrationConnection) == []


def test_production_wants_https(tmp_path: Path) -> None:
    settings = _settings(tmp_path, env="production", playground=True)
    with live_app(settings) as app:
        reply = _connect_webhook(app, "http://hooks.example.com/flowhub")
        assert reply.startswith("❌ That didn't work") and "only sends over https" in reply


def test_allowed_host_works_but_its_answer_is_never_echoed(tmp_path: Path, victim: Victim) -> None:
    settings = _settings(tmp_path, outbound_allowed_hosts=("127.0.0.1",))
    with live_app(settings) as app:
        victim.status = 500
        reply = _connect_webhook(app, f"{victim.server.url}/hook")
        assert victim.hits == ["POST /hook"]  # the admin allowed it: the ping went out
        assert reply.startswith("❌ That didn't work") and SECRET_BODY not in reply
        assert "Internal Server Error" in reply

        victim.status = 200
        reply = _connect_webhook(app, f"{victim.server.url}/hook")
        assert reply.startswith("✅ Webhook connected"), reply
        assert SECRET_BODY not in reply


def test_send_time_check_refuses_a_stored_private_url(tmp_path: Path, victim: Victim) -> None:
    """A connection whose host turns private later (DNS) is refused when a task is sent."""
    with live_app(_settings(tmp_path)) as app:
        runtime = app.runtime
        app.say("hello")
        with session_scope(runtime.engine) as session:
            identity = people.get_identity(
                session=session, platform="playground", account="local", external_id="ana"
            )
            assert identity is not None
            person = people.get_person(session=session, person_id=identity.person_id)
            assert person is not None and person.id is not None
            integrations.create_connection(
                session=session,
                workspace_id=person.workspace_id,
                person_id=person.id,
                kind="webhook",
                config={"url": f"http://localhost:{victim.server.port}/hook"},
                secret_encrypted=crypto.encrypt(
                    {"secret": "s" * 20}, tools=tool_config(runtime.settings)
                ),
                now=runtime.clock.now(),
            )
        (card,) = [t for t in app.say("book the venue for next week") if "venue" in t.casefold()]
        message = next(
            m for m in app.transcript("dm-ana") if m["from"] == "bot" and m["text"] == card
        )
        confirm = next(b for b in message["buttons"] if "Confirm" in b["label"])
        pressed = app.http.post(
            "/playground/api/press",
            json={
                "person": "ana",
                "chat": "dm-ana",
                "message_id": message["id"],
                "button_id": confirm["id"],
            },
        )
        assert pressed.status_code == 200
        assert victim.hits == []
        (link,) = links(runtime)
        assert link.error and "loopback" in link.error
        assert all_tasks(runtime)[0].status == "open"


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.0.0.1",
        "172.16.5.4",
        "192.168.1.1",
        "169.254.169.254",
        "100.100.100.200",
        "100.64.0.1",
        "0.0.0.0",
        "224.0.0.1",
        "240.0.0.1",
        "255.255.255.255",
        "::1",
        "::",
        "fd00:ec2::254",
        "fe80::1",
        "::ffff:127.0.0.1",
        "::ffff:169.254.169.254",
        "64:ff9b::a9fe:a9fe",
        "ff02::1",
    ],
)
def test_blocked_addresses(address: str) -> None:
    assert outbound.blocked(ipaddress.ip_address(address)) is not None


def test_public_addresses_pass() -> None:
    for address in ("8.8.8.8", "1.1.1.1", "2606:4700:4700::1111"):
        assert outbound.blocked(ipaddress.ip_address(address)) is None


def test_check_url_rules() -> None:
    rules = outbound.Outbound(https_only=True, allowed_hosts=frozenset({"hooks.internal:8443"}))
    with pytest.raises(outbound.Refused, match="not https"):
        outbound.check_url("http://example.com/", rules, resolve=False)
    with pytest.raises(outbound.Refused, match="not an http"):
        outbound.check_url("ftp://example.com/", rules)
    outbound.check_url("https://hooks.internal:8443/x", rules)  # trusted by the admin
    with pytest.raises(outbound.Refused, match="loopback"):
        outbound.check_url("https://127.0.0.1/", rules)


def test_url_given_with_the_command_is_checked_too(tmp_path: Path, victim: Victim) -> None:
    """ "connect webhook <url>" in one message: the chat hands it to the same connect job."""
    with live_app(_settings(tmp_path)) as app:
        replies = app.say(f"connect webhook {victim.server.url}/hook")
        assert replies and replies[-1].startswith("❌ That didn't work")
        assert "loopback" in replies[-1]
        assert victim.hits == []
        assert stored(app.runtime, IntegrationConnection) == []
        with session_scope(app.runtime.engine) as session:
            texts = [e.text for e in session.exec(select(InboxEvent))]
        assert "[credentials for webhook removed]" in texts
