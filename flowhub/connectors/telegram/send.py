"""The Telegram connector: sends and edits messages through python-telegram-bot's `Bot`.

PTB is async and our `send` is sync (it runs on a job worker thread), so the connector owns one
private event loop on a daemon thread; every Bot API call is submitted there with
`asyncio.run_coroutine_threadsafe` and waited for. The Bot's HTTP client lives on that loop only.

Failures map onto `SendError`:
- `RetryAfter` (429): `retry_after` seconds; a short wait is done here, once, then the call repeats.
- network errors, timeouts, 5xx: `retry_after` set (try again later).
- other Bot API errors (400 Bad Request, 403 Forbidden, 401/404 bad token, ...): final.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import TimeoutError as FutureTimeout
from datetime import timedelta
from functools import partial
from typing import Any, TypeVar

from telegram import Bot, Message, User
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

from flowhub.connectors.base import Delivery, SendError
from flowhub.connectors.telegram.parse import BotIdentity
from flowhub.connectors.telegram.render import MAX_TEXT, Outgoing, render
from flowhub.connectors.types import Reply, Target

log = logging.getLogger(__name__)
T = TypeVar("T")

CALL_TIMEOUT = 30.0  # seconds to wait for one Bot API call
MAX_INLINE_WAIT = 5.0  # longer waits go back to the queue as SendError(retry_after=...)
NETWORK_RETRY_AFTER = 5.0


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
        self._pacer = Pacer()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._identity: BotIdentity | None = None
        # Message ids already sent for a split reply, so a retry resumes instead of repeating.
        self._sent_parts: dict[int, list[int]] = {}

    def send(self, target: Target, reply: Reply, *, outbox_id: int) -> Delivery:
        """Send (or edit, when `reply.edit` is set) and return the Telegram message id."""
        try:
            parts = render(reply, max_text=self.max_text)
        except ValueError as exc:
            raise SendError(str(exc)) from exc
        chat_id = _chat_id(target.chat)
        if reply.edit is not None:
            return self._edit(chat_id, reply.edit, parts[0])
        sent = self._sent_parts.setdefault(outbox_id, [])
        try:
            for part in parts[len(sent) :]:
                message = self._api(chat_id, partial(_send_message, chat_id, part))
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

    def close(self) -> None:
        """Close the HTTP client and stop the loop thread."""
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
        """One paced message call, with 429 and errors mapped to `SendError`."""
        chat = str(chat_id)
        for attempt in (1, 2):
            delay = self._pacer.reserve(chat, group=chat.startswith("-"))
            while delay > 0:
                if delay > MAX_INLINE_WAIT:
                    raise SendError(f"pacing sends to Telegram chat {chat}", retry_after=delay)
                time.sleep(delay)
                delay = self._pacer.reserve(chat, group=chat.startswith("-"))
            try:
                return self.call(request)
            except RetryAfter as exc:
                seconds = retry_seconds(exc)
                self._pacer.block(chat, seconds)
                log.info("Telegram asked to wait %.0f s before sending to chat %s", seconds, chat)
                if attempt == 2 or seconds > MAX_INLINE_WAIT:
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
        raise AssertionError("unreachable")

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


class Pacer:
    """Token buckets per chat (about 1/s, 20/min in groups) and overall (about 30/s)."""

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._global = _Bucket(capacity=30, per_second=30)
        self._chats: dict[str, _Bucket] = {}
        self._groups: dict[str, _Bucket] = {}
        self._blocked: dict[str, float] = {}

    def reserve(self, chat: str, *, group: bool) -> float:
        """Take a send slot and return 0, or return the seconds to wait before asking again."""
        with self._lock:
            now = self._clock()
            buckets = [self._global, self._chats.setdefault(chat, _Bucket(3, 1.0))]
            if group:
                buckets.append(self._groups.setdefault(chat, _Bucket(5, 20 / 60)))
            wait = max([self._blocked.get(chat, now) - now, *(b.wait(now) for b in buckets)])
            if wait > 0:
                return wait
            for bucket in buckets:
                bucket.take()
            return 0.0

    def block(self, chat: str, seconds: float) -> None:
        """Send nothing to `chat` for `seconds` (Telegram answered 429)."""
        with self._lock:
            self._blocked[chat] = self._clock() + seconds


class _Bucket:
    def __init__(self, capacity: float, per_second: float) -> None:
        self.capacity = capacity
        self.per_second = per_second
        self.tokens = capacity
        self.updated: float | None = None

    def wait(self, now: float) -> float:
        if self.updated is not None:
            elapsed = now - self.updated
            self.tokens = min(self.capacity, self.tokens + elapsed * self.per_second)
        self.updated = now
        return 0.0 if self.tokens >= 1 else (1 - self.tokens) / self.per_second

    def take(self) -> None:
        self.tokens -= 1


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


def _chat_id(chat: str) -> int | str:
    try:
        return int(chat)
    except ValueError:
        return chat  # "@channelusername"
