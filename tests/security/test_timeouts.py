"""A client that trickles its headers or sends less body than it announced is cut off after
`request_timeout`; complete requests, kept-alive connections and slow handlers are not."""

from __future__ import annotations

import asyncio
import socket
import time
from typing import Any

import pytest
import uvicorn

from flowhub.bot import serve
from tests.auxil.loopback import Loopback
from tests.security import process
from tests.security.conftest import REQUEST_TIMEOUT

TIMEOUT = REQUEST_TIMEOUT
GET = b"GET /healthz HTTP/1.1\r\nHost: flowhub\r\n\r\n"


def _closed_after(sock: socket.socket, start: float, limit: float) -> tuple[float, bytes]:
    """Read until the server closes; how long after `start` that was, and what it sent."""
    sock.settimeout(limit)
    received = b""
    while chunk := sock.recv(4096):
        received += chunk
    return time.monotonic() - start, received


def _trickle(port: int, request: bytes, *, every: float, limit: float) -> tuple[float, bytes]:
    """Send `request` a byte at a time; when (and with what) the server closed the connection."""
    sock = socket.create_connection(("127.0.0.1", port))
    start = time.monotonic()
    sock.settimeout(every)
    received = b""
    try:
        for byte in request:
            sock.sendall(bytes([byte]))
            try:
                chunk = sock.recv(4096)
            except TimeoutError:
                continue
            received += chunk
            if not chunk or time.monotonic() - start > limit:
                break
        else:
            raise AssertionError("the whole request went through a byte at a time")
        elapsed, rest = _closed_after(sock, start, limit)
        return elapsed, received + rest
    except (BrokenPipeError, ConnectionResetError):
        return time.monotonic() - start, received
    finally:
        sock.close()


def _response(sock: socket.socket) -> bytes:
    """One whole response to GET /healthz (small, with a Content-Length)."""
    sock.settimeout(10)
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(4096)
    head, _, body = data.partition(b"\r\n\r\n")
    fields = dict(line.partition(b":")[::2] for line in head.split(b"\r\n")[1:])
    length = int({k.lower(): v for k, v in fields.items()}[b"content-length"])
    while len(body) < length:
        body += sock.recv(4096)
    return head


def test_headers_a_byte_at_a_time_are_cut_off(server: process.Running) -> None:
    slow = b"GET /healthz HTTP/1.1\r\nHost: flowhub\r\nX-Padding: " + b"a" * 200 + b"\r\n\r\n"
    elapsed, received = _trickle(server.port, slow, every=0.5, limit=20)
    assert TIMEOUT - 0.5 <= elapsed <= TIMEOUT + 3, elapsed
    assert received.startswith(b"HTTP/1.1 408 ") or received == b""


def test_a_body_short_of_its_content_length_is_cut_off(server: process.Running) -> None:
    sock = socket.create_connection(("127.0.0.1", server.port))
    start = time.monotonic()
    head = (
        b"POST /playground/api/send HTTP/1.1\r\nHost: flowhub\r\n"
        b"Content-Type: application/json\r\nContent-Length: 200\r\n\r\n"
    )
    sock.sendall(head + b" " * 100)
    elapsed, received = _closed_after(sock, start, 20)
    sock.close()
    assert elapsed <= TIMEOUT + 3, elapsed
    assert not received.startswith(b"HTTP/1.1 2"), received[:100]


def test_a_silent_connection_is_cut_off(server: process.Running) -> None:
    sock = socket.create_connection(("127.0.0.1", server.port))
    elapsed, _ = _closed_after(sock, time.monotonic(), 20)
    sock.close()
    assert elapsed <= TIMEOUT + 3, elapsed


def test_complete_requests_and_keep_alive_still_work(server: process.Running) -> None:
    with socket.create_connection(("127.0.0.1", server.port)) as sock:
        assert _response_of(sock).startswith(b"HTTP/1.1 200 ")
        time.sleep(TIMEOUT + 0.5)  # idle longer than the request deadline, within keep-alive
        assert _response_of(sock).startswith(b"HTTP/1.1 200 ")
    assert "Traceback" not in server.log()


def _response_of(sock: socket.socket) -> bytes:
    sock.sendall(GET)
    return _response(sock)


async def _slow_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """Reads the body, then takes longer than the deadline to answer, and answers slowly."""
    if scope["type"] != "http":
        return
    while (await receive()).get("more_body"):
        pass
    await asyncio.sleep(1.5)
    await send({"type": "http.response.start", "status": 200, "headers": []})
    for _ in range(3):
        await send({"type": "http.response.body", "body": b"x", "more_body": True})
        await asyncio.sleep(0.5)
    await send({"type": "http.response.body", "body": b"done"})


@pytest.mark.parametrize("parser", ["httptools", "h11"])
def test_each_parser_cuts_off_trickles_but_not_slow_handlers(parser: str) -> None:
    cls = serve.DeadlineHttpToolsProtocol if parser == "httptools" else serve.DeadlineH11Protocol
    loop = _serve_with(lambda **kw: cls(**kw, request_timeout=1.0))
    try:
        with socket.create_connection(("127.0.0.1", loop.port)) as sock:
            sock.sendall(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nhi")
            sock.settimeout(10)
            data = b""
            while not data.endswith(b"0\r\n\r\n"):
                chunk = sock.recv(4096)
                assert chunk, data
                data += chunk
            assert data.startswith(b"HTTP/1.1 200 ") and b"done" in data
        elapsed, received = _trickle(loop.port, GET + b"x" * 50, every=0.3, limit=10)
        assert 0.5 <= elapsed <= 4, elapsed
        assert received.startswith(b"HTTP/1.1 408 ")
        with socket.create_connection(("127.0.0.1", loop.port)) as sock:
            start = time.monotonic()
            sock.sendall(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nshort")
            elapsed, received = _closed_after(sock, start, 10)
        assert elapsed <= 4 and not received.startswith(b"HTTP/1.1 2"), (elapsed, received)
    finally:
        loop.stop()


def _serve_with(http: Any) -> Loopback:
    import threading

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(_slow_app, http=http, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)
    return Loopback(port, f"http://127.0.0.1:{port}", server, thread)
