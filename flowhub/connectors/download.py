"""Fetching a file a person sent, the same careful way on every platform.

`fetch` streams one HTTP GET and stops past `max_bytes`; it maps the answer onto `DownloadError`:
429, 5xx and network failures may work later (`retry_after` set), 401/403/404 and the like will
not, and a file over the cap is `too_big` (never read whole). `is_trusted` says whether a URL may
be fetched at all: https on the platform's own hosts, or the origin of the configured API base
(a local fake in tests), the same rule the senders use for their API base.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from flowhub.connectors.base import DownloadError

TIMEOUT = httpx.Timeout(30.0, connect=5.0)
# A server that drips bytes slowly is cut off here, whatever the read timeout allows.
DEADLINE = 120.0
MAX_REDIRECTS = 3
_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class Fetched:
    """A downloaded file: its bytes and the content type the server claimed."""

    data: bytes
    content_type: str


def is_trusted(url: str, *, hosts: Collection[str], api_base: str) -> bool:
    """Whether `url` is https on one of `hosts`, or on the same origin as `api_base`."""
    parts = urlsplit(url)
    if parts.username or parts.password:
        return False
    own = urlsplit(api_base)
    if own.scheme and own.netloc and (parts.scheme, parts.netloc) == (own.scheme, own.netloc):
        return True
    return parts.scheme == "https" and (parts.hostname or "") in hosts and parts.port is None


def fetch(
    client: httpx.Client,
    url: str,
    *,
    max_bytes: int,
    what: str,
    headers: Mapping[str, str] | None = None,
    may_follow: Callable[[str], bool] | None = None,
) -> Fetched:
    """GET `url` as a stream and return its bytes; raise `DownloadError`.

    `what` names the file in messages (never the URL: it may hold a token). A redirect is
    followed only when `may_follow(next_url)` allows it, at most `MAX_REDIRECTS` times.
    """
    for _ in range(MAX_REDIRECTS + 1):
        try:
            with client.stream("GET", url, headers=headers, follow_redirects=False) as response:
                if response.is_redirect:
                    target = str(response.url.join(response.headers.get("location", "")))
                    if may_follow is None or not may_follow(target):
                        host = urlsplit(target).hostname or "?"
                        raise DownloadError(f"{what}: refused a redirect to {host}")
                    url = target
                    continue
                _check_status(response, what)
                declared = _int(response.headers.get("content-length"))
                if declared is not None and declared > max_bytes:
                    raise _too_big(what, declared, max_bytes)
                data = _read(response, max_bytes=max_bytes, what=what)
                return Fetched(data, response.headers.get("content-type", ""))
        except httpx.TimeoutException as exc:
            raise DownloadError(
                f"{what}: timed out ({type(exc).__name__})", retry_after=0.0
            ) from exc
        except httpx.TransportError as exc:
            raise DownloadError(
                f"{what}: the server could not be reached ({type(exc).__name__})", retry_after=0.0
            ) from exc
    raise DownloadError(f"{what}: more than {MAX_REDIRECTS} redirects")


def error_for_status(status: int, headers: Mapping[str, str], what: str) -> DownloadError | None:
    """The `DownloadError` an HTTP status means, or None for a success."""
    if status < 400:
        return None
    if status == 429:
        wait = retry_after(headers.get("retry-after")) or 1.0
        return DownloadError(f"{what}: rate limited (HTTP 429)", retry_after=wait)
    if status >= 500:
        wait = retry_after(headers.get("retry-after")) or 0.0
        return DownloadError(f"{what}: the server failed (HTTP {status})", retry_after=wait)
    if status in (401, 403):
        return DownloadError(f"{what}: access refused (HTTP {status}); check the access token")
    if status in (404, 410):
        return DownloadError(f"{what}: not found (HTTP {status}); it may have expired")
    return DownloadError(f"{what}: refused (HTTP {status})")


def too_big(what: str, size: int, max_bytes: int) -> DownloadError:
    """The error for a file of `size` bytes over a cap of `max_bytes`."""
    return _too_big(what, size, max_bytes)


def retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (seconds form), or None."""
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None


def _check_status(response: httpx.Response, what: str) -> None:
    error = error_for_status(response.status_code, response.headers, what)
    if error is not None:
        raise error


def _read(response: httpx.Response, *, max_bytes: int, what: str) -> bytes:
    started = time.monotonic()
    chunks: list[bytes] = []
    total = 0
    for chunk in response.iter_bytes(_CHUNK):
        total += len(chunk)
        if total > max_bytes:
            raise _too_big(what, total, max_bytes, atleast=True)
        chunks.append(chunk)
        if time.monotonic() - started > DEADLINE:
            raise DownloadError(f"{what}: took over {DEADLINE:.0f} s", retry_after=0.0)
    return b"".join(chunks)


def _too_big(what: str, size: int, max_bytes: int, *, atleast: bool = False) -> DownloadError:
    over = "over " if atleast else ""
    return DownloadError(
        f"{what}: {over}{size:,} bytes is more than the {max_bytes:,} allowed", too_big=True
    )


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
