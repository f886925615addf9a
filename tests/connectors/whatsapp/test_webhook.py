"""`/webhooks/whatsapp` on the real app: handshake, signature, bad bodies, storage, statuses."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest
from fastapi.testclient import TestClient
from psycopg import sql
from sqlalchemy.engine import make_url

from flowhub.bot.runtime import Runtime
from flowhub.skills import words
from flowhub.webhooks.whatsapp import MAX_BODY
from tests.auxil.fake_graph import FakeGraph
from tests.connectors.whatsapp import payloads as p
from tests.connectors.whatsapp.helpers import inbox_rows, outbox_rows, post

URL = "/webhooks/whatsapp"


def handshake(client: TestClient, **params: str) -> tuple[int, str, str]:
    query = {"hub.mode": "subscribe", "hub.challenge": "1158201444", **params}
    response = client.get(URL, params=query)
    return response.status_code, response.text, response.headers.get("content-type", "")


def test_handshake_echoes_the_challenge(client: TestClient) -> None:
    status, body, kind = handshake(client, **{"hub.verify_token": p.VERIFY_TOKEN})
    assert (status, body) == (200, "1158201444") and kind.startswith("text/plain")


@pytest.mark.parametrize(
    "params",
    [
        {"hub.verify_token": "wrong"},
        {"hub.verify_token": ""},
        {"hub.verify_token": p.VERIFY_TOKEN, "hub.mode": "unsubscribe"},
        {},
    ],
)
def test_handshake_refuses(client: TestClient, params: dict[str, str]) -> None:
    assert handshake(client, **params)[0] == 403


def test_unsigned_is_401_and_nothing_is_stored(
    client: TestClient, wa_runtime: Runtime, graph: FakeGraph, caplog: pytest.LogCaptureFixture
) -> None:
    body = p.encode(p.messages_delivery(p.text("call Bob")))
    with caplog.at_level(logging.WARNING):
        response = client.post(URL, content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 401
    assert "no X-Hub-Signature-256 header" in caplog.text
    assert inbox_rows(wa_runtime) == [] and graph.requests == []


@pytest.mark.parametrize("how", ["other secret", "one byte changed", "sha1 prefix", "garbage"])
def test_wrong_signature_is_403(
    client: TestClient, wa_runtime: Runtime, caplog: pytest.LogCaptureFixture, how: str
) -> None:
    body = p.encode(p.messages_delivery(p.text("call Bob about the invoice")))
    secret = "not-the-app-secret" if how == "other secret" else p.APP_SECRET
    headers = p.signed_headers(body, secret)
    if how == "one byte changed":
        body = body.replace(b"Bob", b"Bib")
    if how == "sha1 prefix":
        headers["X-Hub-Signature-256"] = headers["X-Hub-Signature-256"].replace("sha256=", "sha1=")
    if how == "garbage":
        headers["X-Hub-Signature-256"] = "sha256=zz"
    with caplog.at_level(logging.WARNING):
        assert client.post(URL, content=body, headers=headers).status_code == 403
    assert "does not match" in caplog.text
    assert p.APP_SECRET not in caplog.text
    assert inbox_rows(wa_runtime) == []


@pytest.mark.parametrize(
    "body",
    [b"{not json", b"", b"\xff\xfe\x00", b"[" * 100_000 + b"]" * 100_000],
    ids=["broken", "empty", "not utf-8", "deep"],
)
def test_malformed_json_is_400(
    client: TestClient, caplog: pytest.LogCaptureFixture, body: bytes
) -> None:
    with caplog.at_level(logging.WARNING):
        assert post(client, None, body=body).status_code == 400
    assert "refused" in caplog.text


@pytest.mark.parametrize(
    "payload",
    [
        {"hello": "world"},
        [1, 2, 3],
        {"object": "whatsapp_business_account", "entry": "nope"},
        p.delivery({"metadata": {"phone_number_id": p.NUMBER}, "messages": [{"type": "text"}]}),
    ],
)
def test_wrong_shape_is_400(client: TestClient, wa_runtime: Runtime, payload: object) -> None:
    response = post(client, payload)
    assert response.status_code == 400 and response.json()["status"] == "error"
    assert inbox_rows(wa_runtime) == []


def test_oversized_body_is_413(client: TestClient, wa_runtime: Runtime) -> None:
    body = b'{"object":"whatsapp_business_account","entry":[],"pad":"' + b"x" * MAX_BODY + b'"}'
    assert post(client, None, body=body).status_code == 413

    def chunks() -> object:  # no Content-Length: the size is counted while reading
        yield body[: MAX_BODY // 2]
        yield body[MAX_BODY // 2 :]

    headers = p.signed_headers(body)
    response = client.post(URL, content=chunks(), headers=headers)  # type: ignore[arg-type]
    assert response.status_code == 413
    lying = {**headers, "Content-Length": "not-a-number"}
    assert client.post(URL, content=b"{}", headers=lying).status_code in (400, 413)
    assert inbox_rows(wa_runtime) == []


def test_replayed_delivery_is_stored_and_answered_once(
    client: TestClient, wa_runtime: Runtime, graph: FakeGraph
) -> None:
    delivery = p.messages_delivery(p.text("what's due today?"))
    first = post(client, delivery)
    assert first.status_code == 200 and first.json()["stored"] == 1
    answered = len(graph.sent)
    assert answered >= 1
    again = post(client, delivery)
    assert again.status_code == 200 and again.json() == {
        "status": "ok",
        "stored": 0,
        "duplicates": 1,
        "statuses": 0,
        "ignored": 0,
    }
    assert len(inbox_rows(wa_runtime)) == 1 and len(graph.sent) == answered


def test_every_entry_change_and_message_is_stored(client: TestClient, wa_runtime: Runtime) -> None:
    first = p.value(p.text("thanks!"), p.text("hello", sender="4915112345678"))
    second = p.value(p.text("lol ok", sender="4479460000000"), number=p.OTHER_NUMBER)
    third = p.value(p.text("ignored"), number=p.STRANGER_NUMBER)
    response = post(client, p.delivery(first, second, third, entries=2))
    assert response.status_code == 200
    assert response.json()["stored"] == 3 and response.json()["ignored"] == 1
    rows = inbox_rows(wa_runtime)
    assert sorted((r.account, r.sender_id, r.text) for r in rows) == [
        (p.NUMBER, p.USER, "thanks!"),
        (p.NUMBER, "4915112345678", "hello"),
        (p.OTHER_NUMBER, "4479460000000", "lol ok"),
    ]


def test_unknown_number_is_acknowledged_not_stored(
    client: TestClient, wa_runtime: Runtime, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        response = post(client, p.messages_delivery(p.text("hi"), number=p.STRANGER_NUMBER))
    assert response.status_code == 200 and response.json()["ignored"] == 1
    assert "does not serve" in caplog.text and inbox_rows(wa_runtime) == []


def test_kinds_through_the_app(client: TestClient, wa_runtime: Runtime, graph: FakeGraph) -> None:
    post(client, p.messages_delivery(p.text("hello")))
    before = len(graph.sent)
    post(client, p.messages_delivery(p.media("video")))  # images are read now; video is noted
    assert graph.sent[-1]["text"]["body"] == words.MEDIA_NOTED.format(media="video")
    post(client, p.messages_delivery(p.location()))
    assert graph.sent[-1]["text"]["body"] == words.MEDIA_NOTED.format(media="location")
    post(client, p.messages_delivery(p.unsupported()))
    assert graph.sent[-1]["text"]["body"] == words.UNSUPPORTED
    count = len(graph.sent)
    assert count == before + 3
    post(client, p.messages_delivery(p.reaction(graph.sent[-1]["to"])))
    post(client, p.messages_delivery(p.media("sticker")))
    post(client, p.messages_delivery(p.revoke("wamid.OLD")))
    assert len(graph.sent) == count  # stored, not answered
    kinds = [(r.kind, r.event["addressed"]) for r in inbox_rows(wa_runtime)]
    assert kinds == [
        ("text", True),
        ("media", True),
        ("media", True),
        ("unsupported", True),
        ("unsupported", False),
        ("media", False),
        ("unsupported", False),
    ]


def test_statuses_land_on_the_outbox_row_and_never_go_back(
    client: TestClient, wa_runtime: Runtime, graph: FakeGraph
) -> None:
    post(client, p.messages_delivery(p.text("what's due today?")))
    row = outbox_rows(wa_runtime)[-1]
    assert row.status == "sent" and row.platform_message_id
    wamid = row.platform_message_id
    out_of_order = p.statuses_delivery(
        p.status(wamid, "read", timestamp="1772614830"),
        p.status(wamid, "sent", timestamp="1772614810"),
        p.status(wamid, "delivered", timestamp="1772614820"),
    )
    response = post(client, out_of_order)
    assert response.status_code == 200
    assert outbox_rows(wa_runtime)[-1].delivery_status == "read"
    post(client, p.statuses_delivery(p.status(wamid, "delivered", timestamp="1772614900")))
    late = outbox_rows(wa_runtime)[-1]
    assert late.delivery_status == "read" and late.status == "sent"
    assert late.delivery_at is not None and int(late.delivery_at.timestamp()) == 1772614830
    assert inbox_rows(wa_runtime)[-1].kind == "text"  # statuses are not messages


def test_failed_status_marks_the_row_failed(
    client: TestClient, wa_runtime: Runtime, graph: FakeGraph
) -> None:
    post(client, p.messages_delivery(p.text("what's due today?")))
    wamid = outbox_rows(wa_runtime)[-1].platform_message_id
    assert wamid is not None
    post(client, p.statuses_delivery(p.status(wamid, "failed", error_code=131047)))
    row = outbox_rows(wa_runtime)[-1]
    assert (row.status, row.delivery_status) == ("failed", "failed")
    assert row.error is not None and row.error.startswith("131047 Re-engagement message")


def test_status_of_an_unknown_message_is_acknowledged(client: TestClient) -> None:
    response = post(client, p.statuses_delivery(p.status("wamid.NOT_OURS", "delivered")))
    assert response.status_code == 200 and response.json()["statuses"] == 0


def test_storage_down_is_503_then_the_retry_is_stored(
    client: TestClient,
    wa_runtime: Runtime,
    database_url: str,
    request: pytest.FixtureRequest,
    tmp_path: Path,
) -> None:
    delivery = p.messages_delivery(p.text("call Bob about the invoice friday"))
    restore = _take_storage_down(wa_runtime, database_url, request, tmp_path)
    try:
        response = post(client, delivery)
        assert response.status_code == 503 and response.json()["reason"].startswith("storage")
    finally:
        restore()
    assert post(client, delivery).json()["stored"] == 1
    assert len(inbox_rows(wa_runtime)) == 1


def _take_storage_down(
    runtime: Runtime, database_url: str, request: pytest.FixtureRequest, tmp_path: Path
) -> Callable[[], None]:
    """Make the database refuse connections; return a function that brings it back."""
    runtime.engine.dispose()
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        assert url.database is not None
        files = [Path(url.database + suffix) for suffix in ("", "-wal", "-shm")]
        saved = tmp_path / "saved"
        saved.mkdir()
        for file in files:
            if file.exists():
                shutil.move(file, saved / file.name)
        files[0].write_bytes(b"this is not a database file " * 200)

        def bring_back() -> None:
            runtime.engine.dispose()
            for file in files:
                file.unlink(missing_ok=True)
                if (saved / file.name).exists():
                    shutil.move(saved / file.name, file)

        return bring_back
    admin: str = request.getfixturevalue("postgres_admin_url")
    name = sql.Identifier(str(url.database))

    def allow(flag: bool) -> None:
        with psycopg.connect(admin, autocommit=True) as conn:
            statement = sql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS {}")
            conn.execute(statement.format(name, sql.Literal(flag)))
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                (url.database,),
            )

    allow(False)
    return lambda: allow(True)
