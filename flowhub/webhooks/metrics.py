"""`GET /metrics` for operators, and the count of webhook deliveries by platform and outcome.

The page is served only when metrics are on (FLOWHUB_METRICS or FLOWHUB_METRICS_TOKEN). With a
token a scraper sends `Authorization: Bearer <token>`; without one, only this machine may read
it.
"""

from __future__ import annotations

import hmac
import ipaddress
import logging
from collections.abc import Callable

from fastapi import APIRouter, Request, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from flowhub import metrics
from flowhub.webhooks.deps import HostDep

log = logging.getLogger(__name__)
router = APIRouter()
_PREFIX = "/webhooks/"
# Label values are this closed set: a path someone makes up is counted as "other".
_SOURCES = frozenset({"whatsapp", "telegram", "slack", "integrations"})


@router.get("/metrics", include_in_schema=False)
def metrics_page(request: Request, runtime: HostDep) -> Response:
    """Every process's counts, and each queue's depth and lag as they are now."""
    token = runtime.settings.metrics_token
    if token is not None:
        given = request.headers.get("authorization", "")
        expected = f"Bearer {token.get_secret_value()}"
        if not hmac.compare_digest(given.encode(), expected.encode()):
            return Response(
                "metrics need 'Authorization: Bearer <FLOWHUB_METRICS_TOKEN>'\n",
                status_code=401,
                headers={"WWW-Authenticate": "Bearer"},
            )
    elif not _from_this_machine(request):
        return Response(
            "metrics are served to this machine only; set FLOWHUB_METRICS_TOKEN to scrape "
            "from elsewhere\n",
            status_code=403,
        )
    queue = runtime.queue
    body, content_type = metrics.render(
        _depths(queue) if isinstance(queue, metrics.ReportsDepth) else None
    )
    return Response(body, media_type=content_type)


def _depths(queue: metrics.ReportsDepth) -> Callable[[], list[metrics.QueueDepth]]:
    def read() -> list[metrics.QueueDepth]:
        try:
            return queue.depths()
        except Exception as exc:  # the page still shows the counts when Redis does not answer
            log.warning("queue depth could not be read: %r", exc)
            return []

    return read


def _from_this_machine(request: Request) -> bool:
    host = request.client.host if request.client else ""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host in ("localhost", "testclient")


class CountDeliveries:
    """ASGI middleware: counts each webhook delivery by platform and the status it got."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on; note the status of a webhook's answer."""
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if not path.startswith(_PREFIX):
            await self.app(scope, receive, send)
            return
        platform = path[len(_PREFIX) :].split("/", 1)[0]
        platform = platform if platform in _SOURCES else "other"
        status = 500

        async def noted(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, noted)
        finally:
            metrics.inbound(platform, status)
