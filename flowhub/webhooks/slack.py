"""`POST /webhooks/slack` (events, commands, shortcuts, interactivity) and the OAuth install pages.

Every POST goes through the Bolt app (`connectors.slack.build_app`): Bolt checks the signature
and the 5-minute window, answers `url_verification` and `ssl_check`, and its listeners store
each event before acknowledging it. Status codes:

    401  signature missing, wrong or stale     413  body over MAX_BODY bytes
    400  signed but unreadable payload (not    404  signed request nothing handles
         UTF-8, JSON nested too deep, a field
         FlowHub needs missing)
    503  the database is down (Slack retries   200  stored, a duplicate, ignored, or a
         events), or Slack not configured           payload a listener failed on, stored
                                                    as failed

The signature is checked over the raw bytes before anything decodes or parses them.

`GET /webhooks/slack/oauth/install` redirects to Slack's authorize page with a fresh `state`;
`GET /webhooks/slack/oauth/callback` exchanges the code and stores the workspace's bot token.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import logging
import threading
import time
from functools import partial
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse, Response
from slack_bolt import App, BoltResponse
from slack_bolt.adapter.starlette.handler import to_bolt_request, to_starlette_response
from slack_bolt.oauth import OAuthFlow
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers

from flowhub.connectors import Event
from flowhub.connectors.slack import (
    CALLBACK_PATH,
    INSTALL_PATH,
    EditForm,
    Hooks,
    OAuthConfig,
    SlackConnector,
    build_app,
)
from flowhub.connectors.slack.parse import Origin
from flowhub.skills import adopt_zone, edit_form
from flowhub.webhooks import safe_store
from flowhub.webhooks._json import Unreadable, loads
from flowhub.webhooks._json import storable as storable_json
from flowhub.webhooks.body import Refused, verified_body

if TYPE_CHECKING:
    from flowhub.settings import Settings
    from flowhub.webhooks.deps import Host

log = logging.getLogger(__name__)
router = APIRouter()
PATH = "/webhooks/slack"
PLATFORM = "slack"
MAX_BODY = 1_000_000  # bytes; Slack's payloads are a few KB
MAX_AGE = 60 * 5  # seconds a signed request stays valid, as Bolt checks
_BUILD = threading.Lock()


class SlackUnavailable(RuntimeError):
    """Slack is not configured in this deployment; the message says what to set."""


@router.post(PATH)
async def slack_events(request: Request) -> Response:
    """Receive one Slack request: an event, a slash command, a shortcut or an interaction."""
    try:
        bolt = slack_app(request.app)
    except SlackUnavailable as exc:
        log.error("Slack request refused: %s", exc)
        return JSONResponse({"error": "slack is not configured"}, status_code=503)
    settings = request.app.state.settings
    try:
        body = await verified_body(
            request,
            name="Slack request",
            limit=MAX_BODY,
            body_check=lambda raw, headers: _signature_problem(raw, headers, settings),
        )
    except Refused as refused:
        return JSONResponse({"error": refused.reason}, status_code=refused.status)
    retry = request.headers.get("x-slack-retry-num")
    if retry:
        log.info(
            "Slack retry %s (%s) of a delivery", retry, request.headers.get("x-slack-retry-reason")
        )
    try:
        payload = read_payload(body, request.headers.get("content-type", ""))
        bolt_request = to_bolt_request(request, body)
    except Exception as exc:
        log.warning("Slack request refused: signed but unreadable body (%s)", exc)
        return JSONResponse({"error": "unreadable payload"}, status_code=400)
    bolt_request.body = payload
    try:
        answer: BoltResponse = await run_in_threadpool(bolt.dispatch, bolt_request)
    except Exception as exc:
        # Bolt's own routing indexes into payloads unchecked (`actions: []`, `event: 5`).
        runtime: Host = request.app.state.runtime
        if not await run_in_threadpool(_keep_unusable, runtime, payload, exc):
            log.exception("Slack request not stored; answering 503 so Slack can try again")
            return JSONResponse({"error": "storage unavailable"}, status_code=503)
        log.warning("Slack payload Bolt could not route (%r); stored as failed", exc)
        return JSONResponse({"ok": True, "stored": "failed"})
    return to_starlette_response(answer)


def read_payload(body: bytes, content_type: str) -> dict[str, Any]:
    """The payload as Bolt reads it (JSON, a form, or a form's `payload` JSON), read safely.

    Raises `Unreadable` for a body that is not UTF-8, JSON nested too deep, or not an object.
    """
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Unreadable("body is not UTF-8") from exc
    if content_type.startswith("application/x-www-form-urlencoded"):
        form = {key: values[0] for key, values in parse_qs(text, keep_blank_values=True).items()}
        found: Any = loads(form["payload"]) if "payload" in form else storable_json(form)
    else:
        found = loads(text)
    if not isinstance(found, dict):
        raise Unreadable(f"a Slack payload is an object, got {type(found).__name__}")
    return found


@router.get(INSTALL_PATH)
async def slack_install(request: Request) -> Response:
    """Start the OAuth install: redirect to Slack's authorize page with a new state."""
    flow = _oauth(request)
    if flow is None:
        return _no_oauth()
    answer = await run_in_threadpool(flow.handle_installation, to_bolt_request(request, b""))
    return to_starlette_response(answer)


@router.get(CALLBACK_PATH)
async def slack_oauth_callback(request: Request) -> Response:
    """Finish the OAuth install: check the state, exchange the code, store the bot token."""
    flow = _oauth(request)
    if flow is None:
        return _no_oauth()
    answer = await run_in_threadpool(flow.handle_callback, to_bolt_request(request, b""))
    return to_starlette_response(answer)


def slack_app(app: FastAPI) -> App:
    """The Bolt app of this FastAPI app, built on first use from its runtime and settings."""
    built: App | None = getattr(app.state, "slack_bolt", None)
    if built is not None:
        return built
    with _BUILD:
        built = getattr(app.state, "slack_bolt", None)
        if built is None:
            built = _build(app.state.runtime)
            app.state.slack_bolt = built
    return built


def _build(runtime: Host) -> App:
    settings = runtime.settings
    connector = runtime.connectors.get(PLATFORM)
    secret = settings.slack_signing_secret
    if not isinstance(connector, SlackConnector) or secret is None:
        raise SlackUnavailable(
            "no Slack connector is configured; set FLOWHUB_SLACK_SIGNING_SECRET and either "
            "FLOWHUB_SLACK_BOT_TOKEN or FLOWHUB_SLACK_CLIENT_ID + FLOWHUB_SLACK_CLIENT_SECRET"
        )
    client_secret = settings.slack_client_secret
    oauth = (
        OAuthConfig(settings.slack_client_id, client_secret.get_secret_value())
        if settings.slack_client_id and client_secret is not None
        else None
    )
    hooks = Hooks(
        receive=partial(_receive_with_zone, runtime),
        now=runtime.clock.now,
        edit_form=partial(_edit_form, runtime),
        pending_cards=partial(edit_form.pending_cards, runtime.services, PLATFORM),
        knows=partial(adopt_zone.knows, runtime.services, PLATFORM),
        adopt_timezone=lambda inbox_id: runtime.queue.enqueue(adopt_zone.TIMEZONE_JOB, inbox_id),
        keep_unusable=partial(_keep_unusable, runtime),
    )
    return build_app(
        connector=connector, signing_secret=secret.get_secret_value(), hooks=hooks, oauth=oauth
    )


def _edit_form(
    runtime: Host, team: str, channel: str, user: str, proposal_id: int
) -> EditForm | None:
    fields = edit_form.edit_fields(runtime.services, PLATFORM, team, channel, user, proposal_id)
    if fields is None:
        return None
    return EditForm(
        proposal_id=fields.proposal_id,
        title=fields.title,
        assignee=fields.assignee,
        due=fields.due,
        priority=fields.priority,
    )


def _oauth(request: Request) -> OAuthFlow | None:
    try:
        return slack_app(request.app).oauth_flow
    except SlackUnavailable:
        return None


def _no_oauth() -> Response:
    return JSONResponse(
        {
            "error": "the Slack install flow is off; set FLOWHUB_SLACK_CLIENT_ID and "
            "FLOWHUB_SLACK_CLIENT_SECRET (see docs/slack.md)"
        },
        status_code=404,
    )


def _signature_problem(body: bytes, headers: Headers, settings: Settings) -> Refused | None:
    """Why the request is not Slack's (v0 signature over the raw bytes, 5-minute window), or None.

    Checked before anything reads the body ("forged" before "garbled"); Bolt checks it again.
    """
    stamp = headers.get("x-slack-request-timestamp", "").strip()
    secret = settings.slack_signing_secret
    if secret is None or not stamp.isdigit() or abs(time.time() - int(stamp)) > MAX_AGE:
        # slack_sdk's verifier raises on a timestamp that is not a number; that is a 401 too.
        return Refused(401, "invalid request", detail=f"timestamp {stamp[:20]!r} missing or stale")
    base = b"v0:" + stamp.encode() + b":" + body
    expected = hmac.new(secret.get_secret_value().encode(), base, hashlib.sha256).hexdigest()
    given = headers.get("x-slack-signature", "")
    if hmac.compare_digest(f"v0={expected}".encode(), given.encode("utf-8", "replace")):
        return None
    return Refused(401, "invalid request", detail="signature missing or wrong")


def _receive_with_zone(runtime: Host, event: Event) -> int | None:
    """Store an event, passing the sender's Slack timezone on so a newcomer starts in it."""
    origin = Origin.from_raw(event.raw.get("slack"))
    if origin is not None and isinstance(origin.tz, str) and origin.tz and not event.sender_tz:
        event = dataclasses.replace(event, sender_tz=origin.tz)
    return safe_store.receive(runtime, event)


def _keep_unusable(runtime: Host, body: dict[str, Any], error: Exception) -> bool:
    """Store a payload the listeners failed on as failed; False when the database is down."""
    if safe_store.storage_down(error, runtime.engine):
        return False
    event = safe_store.unparsed_event(PLATFORM, "", body, now=runtime.clock.now())
    try:
        safe_store.store_failed(runtime.engine, event, reason=f"unusable: {error!r}"[:1000])
    except Exception as exc:
        if safe_store.storage_down(exc, runtime.engine):
            return False
        log.exception("Slack payload could not be stored even as failed; acknowledged")
    return True
