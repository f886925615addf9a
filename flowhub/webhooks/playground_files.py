"""Files sent on the playground page: the upload kept by the connector, the event's `MediaRef`.

`POST /playground/api/send` takes an optional `file` ({"name", "mime", "data" (base64),
"voice"}); its text, if any, is the caption, as on the real platforms. The transcript shows the
file as a short line ("📎 minutes.pdf", "🎙 voice note") above the caption.

Files the bot sends (charts, exports) are listed on its messages as `images` (URLs) and `files`
({"name", "url", "mime"}), served by `GET /playground/api/files/{file_id}`.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from typing import Any

from fastapi import HTTPException
from pydantic import BaseModel, Field

from flowhub.connectors import MediaRef
from flowhub.connectors.files import readable_kind
from flowhub.connectors.playground import MAX_UPLOAD, PlaygroundConnector

# base64 takes 4 characters for every 3 bytes.
_MAX_DATA = (MAX_UPLOAD + 2) // 3 * 4


class FileIn(BaseModel):
    """A file attached to a message on the page; `voice` marks a recorded voice note."""

    name: str = Field(default="", max_length=255)
    mime: str = Field(default="application/octet-stream", max_length=255)
    data: str = Field(max_length=_MAX_DATA)
    voice: bool = False


def attach(connector: object, file: FileIn) -> dict[str, Any]:
    """Keep the upload; return the raw keys its event carries (`media`, `media_ref`, `file`)."""
    if not isinstance(connector, PlaygroundConnector):
        raise HTTPException(503, "the playground connector is off; files cannot be kept")
    try:
        data = base64.b64decode(file.data, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise HTTPException(422, f"file.data is not base64: {exc}") from exc
    try:
        upload_id = connector.uploads.save(data)
    except ValueError as exc:
        raise HTTPException(413, str(exc)) from exc
    name = file.name.replace("/", "_").replace("\\", "_").strip()
    kind = "audio" if file.voice else readable_kind(file.mime)
    shown = {"name": name, "mime": file.mime, "size": len(data), "voice": file.voice}
    if kind is None:
        media = "video" if file.mime.lower().startswith("video/") else "file"
        return {"media": media, "file": shown}
    ref = MediaRef(
        kind=kind, ref=upload_id, mime=file.mime, name=name, size=len(data), voice=file.voice
    )
    media = "voice" if file.voice else kind
    return {"media": media, "media_ref": ref.to_raw(), "file": shown}


FILES_PATH = "/playground/api/files/"


def sent_files(reply: Mapping[str, Any]) -> dict[str, list[Any]]:
    """The files a bot message carries, as the transcript lists them: `images` and `files`."""
    shown: dict[str, list[Any]] = {"images": [], "files": []}
    attachment = reply.get("attachment")
    if not isinstance(attachment, Mapping) or not attachment.get("file_id"):
        return shown
    url = FILES_PATH + str(attachment["file_id"])
    if attachment.get("kind") == "image":
        shown["images"].append(url)
    else:
        name, mime = str(attachment.get("name") or "file"), str(attachment.get("mime") or "")
        shown["files"].append({"name": name, "url": url, "mime": mime})
    return shown


def attachment_line(raw: Mapping[str, Any]) -> str | None:
    """How the transcript shows a file a person sent: "📎 minutes.pdf", "🎙 voice note"."""
    shown = raw.get("file")
    if not isinstance(shown, Mapping):
        return None
    if shown.get("voice"):
        return "🎙 voice note"
    return f"📎 {shown.get('name') or raw.get('media') or 'file'}"
