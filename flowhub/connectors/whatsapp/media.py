"""Downloading a file a person sent on WhatsApp (PLATFORMS.md 1.6).

`GET /{version}/{media-id}` answers a URL that works for about five minutes, so every download
asks for a fresh one, then fetches it with the same bearer token. The declared `file_size` is
checked against the cap before the download, and the bytes against `sha256` after it.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

import httpx

from flowhub.connectors.base import DownloadError
from flowhub.connectors.download import fetch, is_trusted, too_big
from flowhub.connectors.whatsapp.client import GraphClient, GraphError

# Where Meta serves media; the token is sent nowhere else (bar the configured API base).
MEDIA_HOSTS = frozenset({"lookaside.fbsbx.com", "graph.facebook.com"})
_MEDIA_ID = re.compile(r"^[A-Za-z0-9_-]{1,128}$")
# Graph codes that mean "try again later" on a media lookup.
_TRANSIENT = frozenset({1, 2, 4, 80007, 130429, 131000, 131016, 131052})


def download_media(client: GraphClient, *, api_url: str, media_id: str, max_bytes: int) -> bytes:
    """The bytes of media `media_id`, at most `max_bytes`; raise `DownloadError`."""
    what = f"WhatsApp media {media_id[:40]!r}"
    if not _MEDIA_ID.match(media_id):
        raise DownloadError(f"{what} is not a media id")
    try:
        info = client.get_media(media_id)
    except GraphError as exc:
        raise _lookup_error(exc, what) from exc
    except httpx.TimeoutException as exc:
        raise DownloadError(f"{what}: the lookup timed out", retry_after=0.0) from exc
    except httpx.TransportError as exc:
        raise DownloadError(f"{what}: the Graph API is not reachable", retry_after=0.0) from exc
    url = info.get("url")
    if not isinstance(url, str) or not url:
        raise DownloadError(f"{what}: the Graph API answered no download url", retry_after=0.0)
    size = _size(info.get("file_size"))
    if size is not None and size > max_bytes:
        raise too_big(what, size, max_bytes)
    if not is_trusted(url, hosts=MEDIA_HOSTS, api_base=api_url):
        raise DownloadError(f"{what}: refused a download url outside Meta's media hosts")
    data = fetch(client.http, url, max_bytes=max_bytes, what=what).data
    expected = info.get("sha256")
    digest = hashlib.sha256(data).hexdigest()
    if isinstance(expected, str) and expected and digest != expected.strip().lower():
        raise DownloadError(f"{what}: the bytes do not match its sha256", retry_after=0.0)
    return data


def _lookup_error(exc: GraphError, what: str) -> DownloadError:
    if exc.status == 429 or exc.code in _TRANSIENT:
        return DownloadError(f"{what}: {exc}", retry_after=max(exc.retry_after or 0.0, 1.0))
    if exc.status >= 500:
        return DownloadError(f"{what}: {exc}", retry_after=exc.retry_after or 0.0)
    return DownloadError(f"{what}: {exc}")


def _size(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None
