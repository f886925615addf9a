"""Downloading a file a person sent to the bot: `getFile` for its path, then the file URL.

`getFile` goes through python-telegram-bot (its errors mean what they mean for sends); the bytes
are streamed with httpx from `<file base>/bot<token>/<file_path>`, the file base derived from
FLOWHUB_TELEGRAM_API_URL. Bots may fetch files up to 20 MB: a larger one is `too_big` at once.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from concurrent.futures import TimeoutError as FutureTimeout
from datetime import timedelta
from urllib.parse import unquote, urlsplit

import httpx
from telegram import Bot, File
from telegram.error import BadRequest, InvalidToken, NetworkError, RetryAfter, TelegramError

from flowhub.connectors.base import DownloadError
from flowhub.connectors.download import fetch, too_big
from flowhub.connectors.telegram.parse import BOT_DOWNLOAD_LIMIT
from flowhub.connectors.types import MediaRef

Call = Callable[[Callable[[Bot], Awaitable[File]]], File]


def download_file(
    call: Call, http: httpx.Client, *, file_base: str, ref: MediaRef, max_bytes: int
) -> bytes:
    """The bytes of `ref`'s file, at most `max_bytes`; raise `DownloadError`.

    `file_base` is the file URL prefix with the token ("…/file/bot<token>/"); the path
    `getFile` answers must stay under it.
    """
    what = f"Telegram file {ref.name or ref.kind}"
    cap = min(max_bytes, BOT_DOWNLOAD_LIMIT)
    if ref.size is not None and ref.size > cap:
        raise too_big(what, ref.size, cap)
    file = _get_file(call, ref.ref, what)
    if file.file_size is not None and file.file_size > cap:
        raise too_big(what, file.file_size, cap)
    url = file.file_path or ""
    if not _under(url, file_base):
        raise DownloadError(f"{what}: getFile answered a path outside the bot's file URL")
    return fetch(http, url, max_bytes=cap, what=what).data


def _get_file(call: Call, file_id: str, what: str) -> File:
    try:
        return call(lambda bot: bot.get_file(file_id))
    except RetryAfter as exc:
        raise DownloadError(f"{what}: rate limited", retry_after=_seconds(exc)) from exc
    except BadRequest as exc:
        if "too big" in str(exc).lower():
            raise DownloadError(f"{what}: over the 20 MB bots may download", too_big=True) from exc
        raise DownloadError(f"{what}: Telegram refused getFile ({exc})") from exc
    except InvalidToken as exc:
        raise DownloadError(f"{what}: the bot token was refused") from exc
    except (NetworkError, FutureTimeout) as exc:
        raise DownloadError(f"{what}: Telegram unreachable ({exc!r})", retry_after=0.0) from exc
    except TelegramError as exc:
        raise DownloadError(f"{what}: Telegram refused getFile ({exc})") from exc


def _under(url: str, base: str) -> bool:
    """Whether `url` is a file path under `base`, with no way back out of it."""
    if not url.startswith(base):
        return False
    path = urlsplit(url).path
    segments = unquote(path[len(urlsplit(base).path) :]).split("/")
    return all(part not in ("", ".", "..") for part in segments) and "\\" not in path


def _seconds(exc: RetryAfter) -> float:
    value = getattr(exc, "_retry_after", None)  # read directly: the property warns in 22.x
    if value is None:
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)
