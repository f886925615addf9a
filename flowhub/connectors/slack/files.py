"""Files people share with the bot on Slack: what a message's `files[]` name, and their bytes.

A file is fetched from its `url_private_download` (or `url_private`) with the bot token of the
workspace it was shared in, and only from Slack's file host (or the configured API base's origin,
a local fake in tests); a redirect is followed only to those hosts, so the token goes nowhere
else. Slack answers a wrong token with its HTML sign-in page and status 200: that is an error
here, never a file.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from typing import Any

import httpx

from flowhub.connectors.base import DownloadError
from flowhub.connectors.download import fetch, is_trusted, too_big
from flowhub.connectors.files import readable_kind
from flowhub.connectors.types import MediaKind, MediaRef

FILE_HOSTS = frozenset({"files.slack.com"})
# Files Slack shows but cannot hand over: deleted, or past a free workspace's history limit.
_GONE_MODES = frozenset({"tombstone", "hidden_by_limit"})
# Slack's `filetype` names, for a file shared without a `mimetype`.
_FILETYPE_MIMES = {
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "webp": "image/webp",
    "heic": "image/heic",
    "mp3": "audio/mpeg",
    "m4a": "audio/mp4",
    "ogg": "audio/ogg",
    "wav": "audio/wav",
    "mp4": "video/mp4",
    "mov": "video/quicktime",
    "pdf": "application/pdf",
    "text": "text/plain",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def file_refs(event: Mapping[str, Any]) -> list[MediaRef]:
    """The readable files of a message event, in the order they were shared."""
    files = event.get("files")
    if not isinstance(files, list):
        return []
    refs = [_ref(item) for item in files if isinstance(item, Mapping)]
    return [ref for ref in refs if ref is not None]


def download_file(
    http: httpx.Client,
    *,
    token: str | None,
    api_url: str,
    ref: MediaRef,
    max_bytes: int,
) -> bytes:
    """The bytes of the file at `ref.ref`, fetched with `token`; raise `DownloadError`."""
    what = f"Slack file {ref.name or ref.kind}"
    if token is None:
        raise DownloadError(f"{what}: no bot token for this workspace; install the app there")
    if ref.size is not None and ref.size > max_bytes:
        raise too_big(what, ref.size, max_bytes)
    trusted: Callable[[str], bool] = partial(is_trusted, hosts=FILE_HOSTS, api_base=api_url)
    if not trusted(ref.ref):
        raise DownloadError(f"{what}: refused a file URL outside Slack's file host")
    fetched = fetch(
        http,
        ref.ref,
        max_bytes=max_bytes,
        what=what,
        headers={"Authorization": f"Bearer {token}"},
        may_follow=trusted,
    )
    served = fetched.content_type.split(";", 1)[0].strip().lower()
    if served == "text/html" and not ref.mime.lower().startswith("text/html"):
        raise DownloadError(
            f"{what}: Slack answered its sign-in page, so the bot token cannot read the file "
            "(does the app have the files:read scope?)"
        )
    return fetched.data


def _ref(item: Mapping[str, Any]) -> MediaRef | None:
    if _text(item.get("mode")) in _GONE_MODES:
        return None
    url = item.get("url_private_download") or item.get("url_private")
    if not isinstance(url, str) or not url:
        return None  # e.g. a Slack Connect file behind `file_access: check_file_info`
    mime = _text(item.get("mimetype")) or _FILETYPE_MIMES.get(_text(item.get("filetype")), "")
    clip = item.get("subtype") == "slack_audio"
    kind: MediaKind | None = "audio" if clip else readable_kind(mime)
    if kind is None or item.get("subtype") == "slack_video":
        return None
    size = item.get("size")
    return MediaRef(
        kind=kind,
        ref=url,
        mime=mime,
        name=_text(item.get("name")),
        size=size if isinstance(size, int) and not isinstance(size, bool) and size >= 0 else None,
        voice=clip,
    )


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""
