"""The Telegram connector: sends and edits messages through python-telegram-bot's `Bot`.

PTB is async and our `send` is sync (it runs on a job worker thread), so the connector owns one
private event loop on a daemon thread; every Bot API call is submitted there with
`asyncio.run_coroutine_threadsafe` and waited for. The Bot's HTTP client lives on that loop only.

Failures map onto `SendError`:
- `RetryAfter` (429): `retry_after` is the wait Telegram asked for.
- network errors, timeouts, 5xx: `retry_after` set (try again later).
- other Bot API errors (400 Bad Request, 403 Forbidden, 401/404 bad token, ...): final.

A reply carrying a file goes by `sendPhoto` (an image) or `sendDocument`, uploaded from its
bytes, captioned in HTML like any text.

Nothing here waits: pacing (1 message per second per chat, 20 per minute per group, 30 per
second per bot) is the runtime's rate limiter, and retries are the runtime's backoff.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Awaitable, Callable
from concurrent.futures import TimeoutError as FutureTimeout
from datetime import timedelta
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

import httpx
from telegram import Bot, InputFile, Message, User
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)

from flowhub.connectors.base import Delivery, DownloadError, SendError
from flowhub.connectors.download import TIMEOUT
from flowhub.connectors.telegram.media import download_file
from flowhub.connectors.telegram.parse import BotIdentity
from flowhub.connectors.telegram.render import MAX_TEXT, Outgoing, render, render_file
from flowhub.connectors.types import Attachment, MediaRef, Reply, Target

if TYPE_CHECKING:
    from flowhub.connectors.builder import Deps
    from flowhub.settings import Settings

log = logging.getLogger(__name__)
T = TypeVar("T")

CALL_TIMEOUT = 30.0  # seconds to wait for one Bot API call
NETWORK_RETRY_AFTER = 0.0  # retry, no wait asked: the runtime's backoff decides when


class TelegramConnector:
    """Talks to the Bot API at `api_url` (Telegram's, or a local fake in tests) as one bot."""

    platform = "telegram"
    max_text = MAX_TEXT

    def __init__(self, *, token: str, api_url: str = "https://api.telegram.org/bot") -> None:
        bot_id, _, rest = token.partition(":")
        if not bot_id.isdigit() or not rest:
            raise ValueError(
                "FLOWHUB_TELEGRAM_BOT_TOKEN does not look like a bot token ('123456:ABC...'); "
                "copy it again from @BotFather"
            )
        self.bot_id = bot_id
        self._bot = Bot(token, base_url=api_url, base_file_url=file_url(api_url))
        self._file_base = f"{file_url(api_url)}{token}/"
        self._http: httpx.Client | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._identity: BotIdentity | None = None
        # Message ids already sent for a split reply, so a retry resumes instead of repeating.
        self._sent_parts: dict[int, list[int]] = {}

    def send(self, target: Target, reply: Reply, *, outbox_id: int) -> Delivery:
        """Send (or edit, when `reply.edit` is set) and return the Telegram message id."""
        chat_id = _chat_id(target.chat)
        try:
            parts = render(reply, max_text=self.max_text)
            if reply.edit is not None:
                return self._edit(chat_id, reply.edit, parts[0])
            steps = [partial(_send_message, chat_id, part) for part in parts]
            if reply.attachment is not None:
                caption, rest = render_file(reply, max_text=self.max_text)
                steps = [partial(_send_file, chat_id, reply.attachment, caption)]
                steps += [partial(_send_message, chat_id, part) for part in rest]
        except ValueError as exc:
            raise SendError(str(exc)) from exc
        sent = self._sent_parts.setdefault(outbox_id, [])
        try:
            for step in steps[len(sent) :]:
                message = self._api(chat_id, step)
                sent.append(message.message_id)
        except SendError as exc:
            if exc.retry_after is None:
                self._sent_parts.pop(outbox_id, None)
            raise
        self._sent_parts.pop(outbox_id, None)
        return Delivery(str(sent[-1]))

    def answer_button(self, callback_query_id: str) -> bool:
        """Stop the client's progress spinner after a button press; False when Telegram refused."""
        try:
            self.call(lambda bot: bot.answer_callback_query(callback_query_id))
        except (TelegramError, FutureTimeout) as exc:
            log.warning("answerCallbackQuery %s failed: %s", callback_query_id, exc)
            return False
        return True

    def identity(self) -> BotIdentity:
        """The bot's id and @username (one getMe, then cached). Raises `TelegramError`."""
        if self._identity is None:
            me = self.call(_me)
            self._identity = BotIdentity(id=str(me.id), username=me.username or "")
        return self._identity

    def call(self, request: Callable[[Bot], Awaitable[T]], *, timeout: float = CALL_TIMEOUT) -> T:
        """Run one Bot API call on the connector's loop and wait for its result (CLI and tools)."""
        loop = self._start()
        return asyncio.run_coroutine_threadsafe(self._with_bot(request), loop).result(timeout)

    def download(self, account: str, ref: MediaRef, *, max_bytes: int) -> bytes:
        """A file sent to this bot: `getFile` for its path, then its bytes (20 MB at most)."""
        if account != self.bot_id:
            raise DownloadError(f"Telegram bot {account!r} is not this one ({self.bot_id})")
        with self._lock:
            if self._http is None:
                self._http = httpx.Client(timeout=TIMEOUT, follow_redirects=False)
            http = self._http
        return download_file(
            self.call, http, file_base=self._file_base, ref=ref, max_bytes=max_bytes
        )

    def close(self) -> None:
        """Close the HTTP clients and stop the loop thread."""
        with self._lock:
            if self._http is not None:
                self._http.close()
                self._http = None
        with self._lock:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is None or thread is None:
            return
        try:
            asyncio.run_coroutine_threadsafe(self._bot.shutdown(), loop).result(CALL_TIMEOUT)
        except Exception as exc:  # closing must not fail the caller
            log.warning("closing the Telegram client failed: %s", exc)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=5)

    def _edit(self, chat_id: int | str, message_id: str, part: Outgoing) -> Delivery:
        if not message_id.isdigit():
            raise SendError(f"cannot edit Telegram message {message_id!r}: not a message id")
        try:
            self._api(
                chat_id,
                lambda bot: bot.edit_message_text(
                    part.text,
                    chat_id=chat_id,
                    message_id=int(message_id),
                    parse_mode=ParseMode.HTML,
                    reply_markup=part.keyboard,
                ),
            )
        except SendError as exc:
            if "message is not modified" not in str(exc).lower():
                raise
        return Delivery(message_id)

    def _api(self, chat_id: int | str, request: Callable[[Bot], Awaitable[T]]) -> T:
        """One message call, with 429 and errors mapped to `SendError`."""
        chat = str(chat_id)
        try:
            return self.call(request)
        except RetryAfter as exc:
            seconds = retry_seconds(exc)
            log.info("Telegram asked to wait %.0f s before sending to chat %s", seconds, chat)
            raise SendError(f"Telegram rate limit: {exc}", retry_after=seconds) from exc
        except ChatMigrated as exc:
            raise SendError(
                f"Telegram chat {chat} became supergroup {exc.new_chat_id}; "
                "the chat must write again"
            ) from exc
        except (BadRequest, Forbidden, InvalidToken) as exc:
            raise SendError(f"Telegram refused the message to chat {chat}: {exc}") from exc
        except (NetworkError, FutureTimeout) as exc:
            raise SendError(
                f"Telegram unreachable for chat {chat}: {exc!r}",
                retry_after=NETWORK_RETRY_AFTER,
            ) from exc
        except TelegramError as exc:
            raise SendError(f"Telegram refused the message to chat {chat}: {exc}") from exc

    async def _with_bot(self, request: Callable[[Bot], Awaitable[T]]) -> T:
        await self._bot.initialize()  # calls getMe the first time, then returns at once
        return await request(self._bot)

    def _start(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                thread = threading.Thread(
                    target=loop.run_forever, name="flowhub-telegram", daemon=True
                )
                thread.start()
                self._loop, self._thread = loop, thread
            return self._loop


def build(settings: Settings, deps: Deps) -> TelegramConnector | None:
    """The connector for FLOWHUB_TELEGRAM_BOT_TOKEN; None when no token is configured."""
    token = settings.telegram_bot_token
    if "telegram" not in settings.enabled_platforms() or token is None:
        return None
    return TelegramConnector(token=token.get_secret_value(), api_url=settings.telegram_api_url)


def retry_seconds(exc: RetryAfter) -> float:
    """`RetryAfter`'s delay in seconds (PTB gives an int or a timedelta depending on version)."""
    value: Any = getattr(exc, "_retry_after", None)  # read directly: the property warns in 22.x
    if value is None:
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def file_url(api_url: str) -> str:
    """The file download base URL that goes with a Bot API base URL."""
    if "/bot" in api_url:
        head, _, tail = api_url.rpartition("/bot")
        return f"{head}/file/bot{tail}"
    return api_url.rstrip("/") + "/file/bot"


async def _me(bot: Bot) -> User:
    return bot.bot  # fetched by getMe when the bot was initialized


async def _send_message(chat_id: int | str, part: Outgoing, bot: Bot) -> Message:
    return await bot.send_message(
        chat_id, part.text, parse_mode=ParseMode.HTML, reply_markup=part.keyboard
    )


async def _send_file(
    chat_id: int | str, attachment: Attachment, caption: Outgoing, bot: Bot
) -> Message:
    file = InputFile(attachment.data, filename=attachment.name)
    extra: dict[str, Any] = {"reply_markup": caption.keyboard}
    if caption.text:
        extra.update(caption=caption.text, parse_mode=ParseMode.HTML)
    if attachment.kind == "image":
        return await bot.send_photo(chat_id, file, **extra)
    return await bot.send_document(chat_id, file, filename=attachment.name, **extra)


def _chat_id(chat: str) -> int | str:
    try:
        return int(chat)
    except ValueError:
        return chat  # "@channelusername"
