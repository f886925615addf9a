"""Reading a webhook's raw body: within a size limit, and only once the request is verified."""

from __future__ import annotations

import logging
from collections.abc import Callable

from fastapi import Request
from starlette.datastructures import Headers

log = logging.getLogger(__name__)


class BodyTooLarge(Exception):
    """The body is (or says it is) over the limit: answer 413."""


class BadContentLength(ValueError):
    """The Content-Length header is not a number: answer 400."""


async def read_body(request: Request, limit: int) -> bytes:
    """The raw body, refused as soon as it is (or its Content-Length says it is) over `limit`."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.strip().isdigit():
            raise BadContentLength(declared[:20])
        if int(declared) > limit:
            raise BodyTooLarge
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise BodyTooLarge
    return bytes(body)


class Refused(Exception):
    """A request turned away before its body is used: the status, a short reason, a log line."""

    def __init__(self, status: int, reason: str, *, detail: str = "") -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason
        self.detail = detail or reason


HeaderCheck = Callable[[Headers], "Refused | None"]
BodyCheck = Callable[[bytes, Headers], "Refused | None"]


async def verified_body(
    request: Request,
    *,
    name: str,
    limit: int,
    headers_check: HeaderCheck | None = None,
    body_check: BodyCheck | None = None,
) -> bytes:
    """The raw body once its headers and bytes pass the checks; raises `Refused` otherwise.

    `headers_check` runs before a byte is read, `body_check` on the raw bytes before anything
    parses them ("forged" is answered before "garbled").
    """
    peer = request.client.host if request.client else "?"
    refused = headers_check(request.headers) if headers_check else None
    if refused is None:
        try:
            body = await read_body(request, limit)
        except BodyTooLarge:
            refused = Refused(413, "body too large", detail=f"body over {limit} bytes")
        except BadContentLength:
            refused = Refused(400, "bad Content-Length")
        else:
            refused = body_check(body, request.headers) if body_check else None
    if refused is not None:
        log.warning("%s from %s refused: %s", name, peer, refused.detail)
        raise refused
    return body
