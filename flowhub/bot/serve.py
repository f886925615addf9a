"""uvicorn's HTTP protocol with a request deadline: a client gets `request_timeout` seconds from
its first byte (or from connecting) to send a whole request, headers and body.

uvicorn alone waits forever for headers sent a byte at a time, for a body short of its
Content-Length and for a connection that never sends anything; only the gap between two requests
on a kept-alive connection has a timeout. The deadline stops once the request is complete, so a
slow handler or a long response is never cut off.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from typing import Any, cast

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

try:
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
except ImportError:  # pragma: no cover - httptools is optional for uvicorn
    HttpToolsProtocol = None  # type: ignore[assignment,misc]

log = logging.getLogger(__name__)

_TIMEOUT_RESPONSE = (
    b"HTTP/1.1 408 Request Timeout\r\n"
    b"content-type: text/plain; charset=utf-8\r\n"
    b"content-length: 16\r\n"
    b"connection: close\r\n"
    b"\r\n"
    b"request too slow"
)


class _Deadline:
    """The timer both protocol classes share; `_arm` at a request's start, `_disarm` at its end."""

    loop: asyncio.AbstractEventLoop
    transport: asyncio.Transport
    client: tuple[str, int] | None
    _request_timeout: float
    _deadline: asyncio.TimerHandle | None = None
    _headers_done: bool = False

    def __init__(self, *args: Any, request_timeout: float = 30.0, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._request_timeout = request_timeout

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)  # type: ignore[misc]
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)  # type: ignore[misc]

    def _arm(self) -> None:
        if self._deadline is None:
            self._deadline = self.loop.call_later(self._request_timeout, self._expire)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _expire(self) -> None:
        self._deadline = None
        if self.transport.is_closing():
            return
        log.info(
            "closing a connection from %s: no complete request within %ss",
            self.client[0] if self.client else "?",
            self._request_timeout,
        )
        if not self._headers_done:
            self.transport.write(_TIMEOUT_RESPONSE)
        self.transport.close()


class DeadlineH11Protocol(_Deadline, H11Protocol):
    """uvicorn's h11 protocol with the request deadline."""

    def data_received(self, data: bytes) -> None:
        self._arm()
        super().data_received(data)

    def handle_events(self) -> None:
        super().handle_events()
        state = self.conn.their_state
        self._headers_done = state is not h11.IDLE
        if state is h11.SEND_BODY or (state is h11.IDLE and self.conn.trailing_data[0]):
            self._arm()  # part of a request is in
        else:
            # Complete (or the connection is done), or between requests, where uvicorn's
            # keep-alive timeout applies.
            self._disarm()


if HttpToolsProtocol is not None:

    class DeadlineHttpToolsProtocol(_Deadline, HttpToolsProtocol):
        """uvicorn's httptools protocol with the request deadline."""

        def on_message_begin(self) -> None:
            self._headers_done = False
            self._arm()
            super().on_message_begin()

        def on_headers_complete(self) -> None:
            self._headers_done = True
            super().on_headers_complete()

        def on_message_complete(self) -> None:
            self._disarm()
            super().on_message_complete()


def protocol(request_timeout: float) -> type[asyncio.Protocol]:
    """The HTTP protocol for uvicorn's `http=`: its best parser, with the request deadline.

    A `functools.partial` of a module-level class, so `--workers N` can hand it to the
    processes it spawns.
    """
    cls: Any = DeadlineH11Protocol if HttpToolsProtocol is None else DeadlineHttpToolsProtocol
    return cast("type[asyncio.Protocol]", functools.partial(cls, request_timeout=request_timeout))
