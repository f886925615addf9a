"""Files people share with the bot on Slack: what a message's `files[]` name, and their bytes.

A file is fetched from its `url_private_download` (or `url_private`) with the bot token of the
workspace it was shared in, and only from Slack's file host (or the configured API base's origin,
a local fake in tests); a redirect is followed only to those hosts, so the token goes nowhere
else. Slack answers a wrong token with its HTML sign-in page and status 200: that is an error
here, never a file.

A file shared into a Slack Connect channel may come as its id alone, marked
`file_access: check_file_info`: its reference is then the id, and `look_up` asks `files.info`
for the whole file object (and its URLs) just before the download.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from typing import Any

import httpx
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

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


def is_looked_up(ref: MediaRef) -> bool:
    """Whether `ref` is a Slack Connect file's id, to be looked up with `files.info` first."""
    return "://" not in ref.ref


def look_up(client: WebClient, ref: MediaRef) -> MediaRef:
    """The whole reference of a file known by its id, from `files.info`; raise `DownloadError`."""
    what = f"Slack file {ref.ref}"
    try:
        answer = client.files_info(file=ref.ref)
    except SlackApiError as exc:
        raise _lookup_error(what, exc) from exc
    except (SlackClientError, OSError) as exc:
        raise DownloadError(
            f"{what}: Slack unreachable for files.info: {exc!r}", retry_after=0.0
        ) from exc
    item = answer.get("file")
    found = _ref(item) if isinstance(item, Mapping) else None
    if found is None or is_looked_up(found):
        raise DownloadError(f"{what}: files.info names no file FlowHub can read")
    return found


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
        return _by_id(item)
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


def _by_id(item: Mapping[str, Any]) -> MediaRef | None:
    file_id = item.get("id")
    if item.get("file_access") != "check_file_info" or not isinstance(file_id, str) or not file_id:
        return None
    # Its type is unknown until looked up, and a document may be any readable kind.
    return MediaRef(kind="document", ref=file_id, name=_text(item.get("name")))


def _lookup_error(what: str, exc: SlackApiError) -> DownloadError:
    response = exc.response
    status = getattr(response, "status_code", 200)
    error = str(response.get("error") or f"HTTP {status}") if response is not None else "unknown"
    if status == 429 or error == "ratelimited":
        headers = {str(k).lower(): v for k, v in dict(getattr(response, "headers", {})).items()}
        wait = headers.get("retry-after")
        wait = wait[0] if isinstance(wait, list) and wait else wait
        seconds = float(wait) if isinstance(wait, str) and wait.isdigit() else 1.0
        return DownloadError(f"{what}: Slack rate limit on files.info", retry_after=seconds)
    if status >= 500:
        return DownloadError(f"{what}: Slack failed files.info: {error}", retry_after=0.0)
    return DownloadError(
        f"{what}: Slack refused files.info ({error}); the bot may need the files:read scope "
        "or to be in the channel"
    )


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""
