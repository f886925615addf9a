"""Routes of the task tools: OAuth sign-in, inbound status webhooks, and the iCalendar feed.

- `GET /integrations/oauth/{provider}/start?state=...` checks the signed state and redirects to
  the provider; `.../callback` uses the state up (it works once), exchanges the code and stores
  the connection for the person the state names.
- `POST /webhooks/integrations/{tool}` verifies the tool's signature first (constant time,
  against each connection of that tool), then applies the status changes: 401 when the
  signature is missing, 403 when it is wrong, 400 for a malformed body, 404 for an unknown
  tool, 503 when storage is down (the tool retries), 200 otherwise. A replay (a delivery id or
  body seen before, a stale Linear timestamp, a change older than the task's last) is answered
  200 and changes nothing. Asana's `X-Hook-Secret`
  handshake is answered for a connection (`?connection=<id>`) that has no secret yet, and
  monday's `challenge` with the same JSON.
- `GET /ical/{token}.ics` serves a person's feed; 404 for any token that is not one.
"""

from __future__ import annotations

import hashlib
import logging
from html import escape
from typing import TYPE_CHECKING

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from flowhub.integrations import (
    INTEGRATIONS,
    IntegrationError,
    crypto,
    ical,
    inbound,
    monday,
    oauth,
    pages,
    states,
)
from flowhub.integrations.base import Integration
from flowhub.integrations.connection import open_connection
from flowhub.integrations.outlook_calendar import validation_token
from flowhub.skills.connect_jobs import complete_sign_in
from flowhub.storage import integrations, session_scope
from flowhub.webhooks.body import BadContentLength, BodyTooLarge, read_body
from flowhub.webhooks.deps import HostDep
from flowhub.webhooks.safe_store import storage_down

if TYPE_CHECKING:
    from flowhub.webhooks.deps import Host

log = logging.getLogger(__name__)
router = APIRouter()
MAX_BODY = 1_000_000


@router.get("/integrations/oauth/{provider}/start")
async def oauth_start(provider: str, request: Request, runtime: HostDep) -> Response:
    """Send the browser to the provider's consent page, if the state is ours and fresh."""
    found = oauth.PROVIDERS.get(provider)
    if found is None:
        return _page(404, "Unknown sign-in provider.")
    state = request.query_params.get("state", "")
    try:
        await run_in_threadpool(states.peek, runtime.services, found, state)
    except states.StateRefused as exc:
        return _page(400, str(exc))
    try:
        url = oauth.authorize_url(found, state, tools=runtime.services.tools)
    except IntegrationError as exc:
        return _page(503, str(exc))
    return RedirectResponse(url, status_code=302)


@router.get("/integrations/oauth/{provider}/callback")
async def oauth_callback(provider: str, request: Request, runtime: HostDep) -> Response:
    """Finish the sign-in: the state names the person, the code becomes a stored connection."""
    found = oauth.PROVIDERS.get(provider)
    if found is None:
        return _page(404, "Unknown sign-in provider.")
    params = request.query_params
    try:
        owner = await run_in_threadpool(
            states.claim, runtime.services, found, params.get("state", "")
        )
    except states.StateRefused as exc:
        return _page(400, str(exc))
    if params.get("error") or not params.get("code"):
        why = params.get("error_description") or params.get("error") or "no code"
        return _page(400, pages.OAUTH_PAGE_FAILED.format(tool=found.title, why=why))
    try:
        title = await run_in_threadpool(
            complete_sign_in,
            runtime.services,
            found,
            params["code"],
            workspace_id=owner.workspace_id,
            person_id=owner.person_id,
            server=params.get("accounts-server", ""),  # Zoho's data centre
            verifier=oauth.verifier_for(found, owner, tools=runtime.services.tools),
        )
    except IntegrationError as exc:
        return _page(400, pages.OAUTH_PAGE_FAILED.format(tool=found.title, why=str(exc)))
    return _page(200, pages.OAUTH_PAGE_OK.format(tool=title))


@router.head("/webhooks/integrations/{provider}")
async def webhook_probe(provider: str) -> Response:
    """Trello checks the callback URL with HEAD before it creates a webhook."""
    return Response(status_code=200 if provider in INTEGRATIONS else 404)


@router.post("/webhooks/integrations/{provider}")
async def webhook(provider: str, request: Request, runtime: HostDep) -> Response:
    """Receive one status webhook from a tool."""
    cls = INTEGRATIONS.get(provider)
    if cls is None or not cls.round_trip:
        return _answer(404, "unknown integration")
    if provider == "outlook_calendar" and (token := validation_token(request.query_params)):
        # Graph checks the URL before it subscribes: the token back, as plain text, at once.
        return Response(escape(token), media_type="text/plain")
    try:
        body = await read_body(request, MAX_BODY)
    except BodyTooLarge:
        return _answer(413, "body too large")
    except BadContentLength:
        return _answer(400, "bad Content-Length")
    headers = {k.lower(): v for k, v in request.headers.items()}
    connection = request.query_params.get("connection", "")
    if provider == "asana" and "x-hook-secret" in headers:
        ok = await run_in_threadpool(_handshake, runtime, connection, headers["x-hook-secret"])
        if not ok:
            return _answer(403, "handshake refused")
        return Response(status_code=200, headers={"X-Hook-Secret": headers["x-hook-secret"]})
    if provider == "monday" and (said := monday.challenge(body)) is not None:
        return JSONResponse(said)  # monday checks the URL before it creates the webhook
    url = runtime.services.tools.public_url.rstrip("/") + request.url.path
    if request.url.query:
        url += "?" + request.url.query
    try:
        status, detail = await run_in_threadpool(
            accept, runtime, provider, headers, body, url=url, connection=connection
        )
    except Exception as exc:
        if not storage_down(exc, runtime.engine):
            log.exception("%s webhook: could not apply it", provider)
            return _answer(400, "webhook not usable")
        log.exception("%s webhook: could not apply it; the tool will deliver it again", provider)
        return _answer(503, "storage unavailable")
    ack = getattr(cls, "webhook_ack", "")  # Salesforce resends until it reads its own answer
    if status == 200 and ack:
        return Response(ack, media_type="text/xml")
    return _answer(status, detail)


def accept(
    runtime: Host,
    kind: str,
    headers: dict[str, str],
    body: bytes,
    *,
    url: str,
    connection: str = "",
) -> tuple[int, str]:
    """Verify, parse and apply one webhook; (HTTP status, detail)."""
    header = INTEGRATIONS[kind].webhook_header
    if header and not headers.get(header):
        log.warning("%s webhook: refused a request without %s", kind, header)
        return 401, "signature missing"
    with session_scope(runtime.engine) as session:
        rows = integrations.get_all_connections(session=session, kind=kind)
    if connection.isdigit():
        rows = [r for r in rows if r.id == int(connection)]
    signed: list[tuple[int, Integration]] = []
    for row in rows:
        try:
            tool = open_connection(row, tools=runtime.services.tools)
        except IntegrationError:
            continue
        if row.id is not None and tool.verify_webhook(headers, body, url=url):
            signed.append((row.id, tool))
    if not signed:
        log.warning("%s webhook: refused a request with a wrong signature", kind)
        return 403, "signature does not match"
    changed = 0
    # Each connection that shares the secret applies it to its own tasks only.
    for connection_id, tool in signed:
        try:
            statuses = tool.parse_webhook(body)
            fresh = tool.webhook_fresh(body, runtime.clock.now())
            delivery = tool.webhook_delivery(headers, body)
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            log.warning("%s webhook: malformed body: %r", kind, exc)
            return 400, "malformed body"
        if not fresh:
            log.warning("%s webhook: refused a stale or undated delivery", kind)
            return 200, "ignored: stale delivery"
        keys = [f"body:{hashlib.sha256(body).hexdigest()}"]
        if delivery:
            keys.append(f"delivery:{delivery[:180]}")
        changed += inbound.apply(runtime.services, connection_id, statuses, deliveries=keys)
    return 200, f"ok ({changed} changed)"


def _handshake(runtime: Host, connection: str, secret: str) -> bool:
    """Keep Asana's hook secret for a connection that is waiting for one."""
    if not connection.isdigit() or not secret:
        return False
    with session_scope(runtime.engine) as session:
        row = integrations.get_connection(session=session, connection_id=int(connection))
        if row is None or row.kind != "asana":
            return False
        secrets = crypto.decrypt(row.secret_encrypted, tools=runtime.services.tools)
        if secrets.get("webhook_secret"):
            return False  # a secret is set once; a second handshake could be anyone
        secrets["webhook_secret"] = secret
        sealed = crypto.encrypt(secrets, tools=runtime.services.tools)
        integrations.update_connection(session=session, connection=row, secret_encrypted=sealed)
    return True


@router.get("/ical/{token}.ics")
async def ical_feed(token: str, request: Request, runtime: HostDep) -> Response:
    """A person's tasks as an iCalendar feed."""
    todo = request.query_params.get("kind") == "todo"
    try:
        text = await run_in_threadpool(ical.render_feed, runtime.services, token, todo=todo)
    except IntegrationError:
        text = None
    if text is None:
        return _answer(404, "no such feed")
    return Response(text, media_type="text/calendar; charset=utf-8")


def _answer(status: int, detail: str) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=status)


def _page(status: int, text: str) -> HTMLResponse:
    html = (
        "<!doctype html><meta charset=utf-8><title>FlowHub</title>"
        f"<p style='font-family:sans-serif;margin:3em auto;max-width:32em'>{escape(text)}</p>"
    )
    return HTMLResponse(html, status_code=status)


__all__ = ["accept", "router"]
