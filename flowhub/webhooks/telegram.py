"""`POST /webhooks/telegram`: check the secret token, read the Update, store it, then answer 200.

Answers: 403 for a missing or wrong secret token (checked before the body is read), 413 for a body
over `MAX_BODY`, 400 for a body that is not a Telegram Update (not UTF-8 JSON, nested too deep,
no update_id), 503 only when the database is down or the bot's identity cannot be fetched
(Telegram then delivers it again), 200 otherwise: for duplicates, for update types FlowHub does
not handle, and for odd updates, which are stored (as failed when they cannot be read). A button
press is answered with `answerCallbackQuery` right after it is stored, so the client's spinner
stops even when no reply follows. `poll` feeds the same `accept` from `getUpdates` for local
development.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from functools import partial
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from telegram import Bot, BotCommand, Update

from flowhub.connectors.telegram import (
    COMMANDS,
    SECRET_HEADER,
    MalformedUpdate,
    TelegramConnector,
    parse_update,
    secret_matches,
)
from flowhub.webhooks import safe_store
from flowhub.webhooks._json import Unreadable, loads
from flowhub.webhooks.body import Refused, verified_body
from flowhub.webhooks.deps import HostDep

if TYPE_CHECKING:
    from flowhub.settings import Settings
    from flowhub.webhooks.deps import Host

log = logging.getLogger(__name__)
router = APIRouter()
MAX_BODY = 1_000_000  # bytes; real updates are a few KB
# chat_member tells who joins a group (for a bot that is an admin there), so a new member sees
# the group's tasks before writing.
ALLOWED_UPDATES = ("message", "edited_message", "callback_query", "chat_member")
POLL_TIMEOUT = 25  # seconds Telegram holds a getUpdates call open


class BotUnavailable(RuntimeError):
    """The Telegram connector is not configured, or getMe failed; the update cannot be read now."""


@router.post("/webhooks/telegram")
async def telegram_webhook(request: Request, runtime: HostDep) -> JSONResponse:
    """Receive one Update from Telegram."""
    try:
        body = await verified_body(
            request,
            name="Telegram webhook",
            limit=MAX_BODY,
            headers_check=lambda headers: _token_problem(headers, runtime.settings),
        )
    except Refused as refused:
        return _answer(refused.status, refused.reason)
    try:
        data = loads(body)
    except Unreadable as exc:
        log.warning("telegram webhook: body is not JSON: %s", exc)
        return _answer(400, "body is not JSON")
    try:
        await run_in_threadpool(accept, data, runtime=runtime)
    except MalformedUpdate as exc:
        log.warning("telegram webhook: %s", exc)
        return _answer(400, "not a Telegram Update")
    except BotUnavailable as exc:
        log.error("telegram webhook: %s; Telegram will deliver the update again", exc)
        return _answer(503, "bot unavailable")
    except Exception as exc:
        if not safe_store.storage_down(exc, runtime.engine):
            log.exception("telegram webhook: the update could not be stored, even as failed")
            return _answer(400, "unusable update")
        log.exception("telegram webhook: could not store the update; Telegram will retry")
        return _answer(503, "storage unavailable")
    return _answer(200, "ok")


def accept(data: Any, *, runtime: Host) -> int | None:
    """Parse, store and queue one Update, then answer its button press; None for a duplicate.

    An update whose parsing fails in an unforeseen way is stored as failed, raw. Raises
    `MalformedUpdate`, `BotUnavailable`, or the storage error when the inbox is down.
    """
    connector = telegram_connector(runtime)
    try:
        bot = connector.identity()
    except Exception as exc:
        raise BotUnavailable(f"getMe failed: {exc!r}") from exc
    now = runtime.clock.now()
    try:
        photo_cap = int(runtime.settings.media_max_image_mb * 1024 * 1024)
        event = parse_update(data, bot=bot, now=now, photo_cap=photo_cap)
    except MalformedUpdate:
        raise
    except Exception as exc:
        log.exception("telegram webhook: update not readable; storing it as failed")
        unread = safe_store.unparsed_event("telegram", bot.id, data, now=now)
        if isinstance(data, dict) and isinstance(data.get("update_id"), int):
            unread = dataclasses.replace(unread, message_id=f"u{data['update_id']}")
        return safe_store.store_failed(runtime.engine, unread, reason=f"unreadable: {exc!r}")
    event_id = safe_store.receive(runtime, event)
    query_id = event.raw.get("callback_query_id")
    if event_id is not None and query_id:
        connector.answer_button(str(query_id))
    return event_id


def register(connector: TelegramConnector, *, url: str, secret: str, drop_pending: bool) -> None:
    """Point Telegram at `url` with the secret token, and publish the command menu."""
    if not url.rstrip("/").endswith("/webhooks/telegram"):
        log.warning("webhook URL %s does not end with /webhooks/telegram, FlowHub's path", url)
    connector.call(
        lambda bot: bot.set_webhook(
            url=url,
            secret_token=secret,
            allowed_updates=list(ALLOWED_UPDATES),
            drop_pending_updates=drop_pending,
        )
    )
    menu = [BotCommand(name, description) for name, (_, description) in COMMANDS.items()]
    connector.call(lambda bot: bot.set_my_commands(menu))


def poll(runtime: Host, *, stop: threading.Event, timeout: int = POLL_TIMEOUT) -> None:
    """Long-poll `getUpdates` and `accept` each update until `stop` is set (local development).

    The webhook is removed first: Telegram refuses `getUpdates` while one is set. An update is
    confirmed (the offset moves past it) only once it is stored.
    """
    connector = telegram_connector(runtime)
    connector.call(lambda bot: bot.delete_webhook())
    offset: int | None = None
    while not stop.is_set():
        try:
            request = partial(_get_updates, offset=offset, timeout=timeout)
            updates = connector.call(request, timeout=timeout + 30)
        except Exception as exc:
            log.warning("getUpdates failed: %r; trying again in 3 s", exc)
            stop.wait(3)
            continue
        for update in updates:
            try:
                accept(update.to_dict(), runtime=runtime)
            except MalformedUpdate as exc:
                log.warning("skipping update %s: %s", update.update_id, exc)
            except Exception:
                log.exception("could not store update %s; trying again in 3 s", update.update_id)
                stop.wait(3)
                break
            offset = update.update_id + 1


async def _get_updates(bot: Bot, *, offset: int | None, timeout: int) -> tuple[Update, ...]:
    return await bot.get_updates(
        offset=offset, timeout=timeout, allowed_updates=list(ALLOWED_UPDATES)
    )


def telegram_connector(runtime: Host) -> TelegramConnector:
    """The runtime's Telegram connector; `BotUnavailable` when there is none."""
    connector = runtime.connectors.get("telegram")
    if not isinstance(connector, TelegramConnector):
        raise BotUnavailable(
            "no Telegram connector is configured; set FLOWHUB_TELEGRAM_BOT_TOKEN and "
            "FLOWHUB_TELEGRAM_SECRET_TOKEN"
        )
    return connector


def _token_problem(headers: Headers, settings: Settings) -> Refused | None:
    """Why the request is not Telegram's (a missing or wrong secret token), or None."""
    secret = settings.telegram_secret_token
    if secret is not None and secret_matches(headers.get(SECRET_HEADER), secret.get_secret_value()):
        return None
    missing = SECRET_HEADER not in headers
    return Refused(403, "forbidden", detail=f"{'missing' if missing else 'wrong'} secret token")


def _answer(status: int, detail: str) -> JSONResponse:
    return JSONResponse({"detail": detail}, status_code=status)


__all__ = [
    "ALLOWED_UPDATES",
    "BotUnavailable",
    "accept",
    "poll",
    "register",
    "router",
    "telegram_connector",
]
