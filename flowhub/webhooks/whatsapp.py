"""`GET`/`POST /webhooks/whatsapp`: Meta's handshake, then verify, parse, store, answer.

The POST answers 200 only after every message of the delivery is in the inbox and every status
is on its outbox row, so a crash after the answer loses nothing and Meta's retry of the same
delivery is a no-op (the inbox is unique on the wamid). Status codes:

    401  no X-Hub-Signature-256 header        413  body over MAX_BODY bytes
    403  signature or verify token is wrong   400  not JSON (or nested too deep), or not a
    503  the database is down: Meta retries        WhatsApp delivery
    200  stored (odd messages stored as failed), or a number this deployment ignores
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from sqlmodel import Session
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers

from flowhub.connectors.whatsapp import (
    PLATFORM,
    SIGNATURE_HEADER,
    PayloadError,
    Status,
    parse_webhook,
    phone_number_ids,
    verify_handshake,
    verify_signature,
)
from flowhub.storage import outbox, session_scope
from flowhub.webhooks import safe_store
from flowhub.webhooks._json import Unreadable, loads
from flowhub.webhooks.body import Refused, verified_body
from flowhub.webhooks.ingest import GroupCommit, StorageUnavailable

if TYPE_CHECKING:
    from flowhub.settings import Settings
    from flowhub.webhooks.deps import Host

log = logging.getLogger(__name__)
router = APIRouter()
PATH = "/webhooks/whatsapp"
# Meta documents payloads of up to about 3 MB; anything bigger is not from Meta.
MAX_BODY = 3 * 1024 * 1024


@router.get(PATH, response_class=PlainTextResponse)
def handshake(request: Request) -> Response:
    """Answer Meta's subscription check with the challenge, if the verify token matches."""
    settings: Settings = request.app.state.settings
    token = settings.whatsapp_verify_token
    challenge = verify_handshake(request.query_params, token.get_secret_value() if token else "")
    if challenge is None:
        log.warning(
            "WhatsApp webhook handshake refused (hub.mode=%r): the verify token does not match "
            "FLOWHUB_WHATSAPP_VERIFY_TOKEN",
            request.query_params.get("hub.mode"),
        )
        return PlainTextResponse("verification failed", status_code=403)
    return PlainTextResponse(challenge)


async def receive(request: Request) -> Response:
    """Verify the signature, then store every message and status the delivery carries."""
    settings: Settings = request.app.state.settings
    runtime: Host = request.app.state.runtime
    peer = request.client.host if request.client else "?"
    try:
        body = await verified_body(
            request,
            name="WhatsApp webhook",
            limit=MAX_BODY,
            body_check=lambda raw, headers: _signature_problem(raw, headers, settings),
        )
    except Refused as refused:
        return _answer(refused.status, refused.reason)

    try:
        payload = loads(body)
        webhook = parse_webhook(payload)
    except (Unreadable, PayloadError) as exc:
        reason = str(exc) if isinstance(exc, PayloadError) else "body is not JSON"
        log.warning("WhatsApp webhook from %s refused: %s", peer, reason)
        return _answer(400, reason)
    except Exception as exc:
        log.exception("WhatsApp delivery from %s not readable; storing it as failed", peer)
        return await _keep_unreadable(runtime, payload, exc)

    numbers = frozenset(phone_number_ids(settings.whatsapp_phone_number_id))
    events = [event for event in webhook.events if event.account in numbers]
    statuses = [status for status in webhook.statuses if status.account in numbers]
    for event in webhook.events:
        if event.account not in numbers:
            log.warning(
                "WhatsApp message %s is for number %s, which this deployment does not serve "
                "(FLOWHUB_WHATSAPP_PHONE_NUMBER_ID); acknowledged, not stored",
                event.message_id,
                event.account,
            )
    ingest: GroupCommit = request.app.state.ingest
    events = [safe_store.storable(event) for event in events]
    try:
        try:
            stored = await ingest.store(events)
        except StorageUnavailable as exc:
            if safe_store.storage_down(exc, runtime.engine):
                raise
            # Something in the delivery, not the database: each event alone, failed if need be.
            stored = [
                await run_in_threadpool(safe_store.receive, runtime, event) for event in events
            ]
        recorded = await run_in_threadpool(_record_all, runtime, statuses) if statuses else 0
    except Exception as exc:
        if not safe_store.storage_down(exc, runtime.engine):
            log.exception("WhatsApp delivery from %s not usable, even stored as failed", peer)
            return _answer(400, "delivery not usable")
        log.exception("WhatsApp delivery not stored; answering 503 so Meta sends it again")
        return _answer(503, "storage unavailable, retry later")
    for note in webhook.skipped:
        log.info("WhatsApp webhook: ignored %s", note)
    new = sum(1 for event_id in stored if event_id is not None)
    return JSONResponse(
        {
            "status": "ok",
            "stored": new,
            "duplicates": len(stored) - new,
            "statuses": recorded,
            "ignored": len(webhook.events) - len(events) + len(webhook.statuses) - len(statuses),
        }
    )


# A plain Starlette route: the body is read and checked by hand, so FastAPI's request
# parsing and validation would only add work to the busiest path.
router.add_route(PATH, receive, methods=["POST"], include_in_schema=False)


async def _keep_unreadable(runtime: Host, payload: Any, error: Exception) -> Response:
    """Store a delivery the parser could not read as one failed inbox row, then acknowledge it."""
    event = safe_store.unparsed_event(PLATFORM, "", payload, now=runtime.clock.now())
    try:
        await run_in_threadpool(
            safe_store.store_failed, runtime.engine, event, reason=f"unreadable: {error!r}"
        )
    except Exception as exc:
        if safe_store.storage_down(exc, runtime.engine):
            log.exception("WhatsApp delivery not stored; answering 503 so Meta sends it again")
            return _answer(503, "storage unavailable, retry later")
        log.exception("WhatsApp delivery not usable, even stored as failed")
        return _answer(400, "delivery not usable")
    return JSONResponse({"status": "ok", "stored": 0, "failed": 1})


def _signature_problem(body: bytes, headers: Headers, settings: Settings) -> Refused | None:
    """Why the delivery is not Meta's (no or a wrong X-Hub-Signature-256), or None."""
    header = headers.get(SIGNATURE_HEADER)
    if not header:
        return Refused(401, "signature missing", detail=f"no {SIGNATURE_HEADER} header")
    secret = settings.whatsapp_app_secret
    if secret is None or not verify_signature(body, header, secret.get_secret_value()):
        return Refused(
            403,
            "signature mismatch",
            detail=f"{SIGNATURE_HEADER} does not match the body ({len(body)} bytes); check "
            "FLOWHUB_WHATSAPP_APP_SECRET",
        )
    return None


def _record_all(runtime: Host, statuses: list[Status]) -> int:
    """Put statuses on their outbox rows, oldest first; count those recorded."""
    # Statuses arrive out of order: apply them oldest first and never go back.
    statuses = sorted(statuses, key=lambda s: (s.at, outbox.delivery_rank(s.status)))
    with session_scope(runtime.engine) as session:
        return sum(_record(session, status) for status in statuses)


def _record(session: Session, status: Status) -> int:
    recorded = outbox.record_delivery_status(
        session=session,
        platform=PLATFORM,
        platform_message_id=status.message_id,
        status=status.status,
        at=status.at,
        error=status.error,
        chat=status.recipient or None,
    )
    if recorded is not None and status.status == "failed":
        log.warning("WhatsApp could not deliver outbox %s: %s", recorded.id, status.error)
    return 1 if recorded is not None else 0


def _answer(status_code: int, reason: str) -> Response:
    payload: dict[str, Any] = {"status": "error", "reason": reason}
    return JSONResponse(payload, status_code=status_code)
