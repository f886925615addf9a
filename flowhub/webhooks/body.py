"""Reading a webhook's raw body with a size limit, before anything parses it."""

from __future__ import annotations

from fastapi import Request


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
