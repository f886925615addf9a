"""Files a dialogue turn sends (`sends:`), made here: a text file, a picture of lines of text (a
screenshot or a photo of a list), a phone chat screenshot (`chat:` with `messages` as [name or
null for the sender's own bubble, text], and optional `title`, `status`, `group`, `own_name`),
a PDF with a text layer, one list of lines per page, or a Word document of paragraphs (a list of
cells is a table row)."""

from __future__ import annotations

import base64
from typing import Any

from tests.media.drawings import chat_screenshot, png
from tests.media_flow.files import minutes, picture, word

SPEC_KEYS = frozenset({"name", "text", "picture", "pages", "docx", "chat", "caption"})
CONTENTS = ("text", "picture", "pages", "docx", "chat")


def check(spec: Any, where: str) -> str | None:
    """What is wrong with a `sends:` spec, or None."""
    if not isinstance(spec, dict) or not spec.keys() <= SPEC_KEYS:
        return f"{where}: `sends` takes {sorted(SPEC_KEYS)}: {spec}"
    if sum(key in spec for key in CONTENTS) != 1:
        return f"{where}: `sends` holds one of {list(CONTENTS)}: {spec}"
    return None


def upload(spec: dict[str, Any]) -> dict[str, str]:
    """The playground's `file` field for the spec: name, type and the bytes in base64."""
    if "chat" in spec:
        name, mime, data = spec.get("name", "screenshot.png"), "image/png", _chat(spec["chat"])
    elif "picture" in spec:
        name, mime, data = spec.get("name", "photo.png"), "image/png", picture(spec["picture"])
    elif "docx" in spec:
        name = spec.get("name", "notes.docx")
        mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        data = word(spec["docx"])
    elif "pages" in spec:
        name, mime = spec.get("name", "minutes.pdf"), "application/pdf"
        data = minutes(spec["pages"])
    else:
        name, mime, data = spec.get("name", "notes.txt"), "text/plain", spec["text"].encode()
    return {"name": name, "mime": mime, "data": base64.b64encode(data).decode()}


def _chat(spec: dict[str, Any]) -> bytes:
    """A phone chat screenshot drawn from a `chat:` spec, the times a few minutes apart."""
    messages = [
        (who, text, f"10:{2 + 3 * n:02d}") for n, (who, text) in enumerate(spec["messages"])
    ]
    image = chat_screenshot(
        messages,
        title=spec.get("title", "Team"),
        status=spec.get("status", ""),
        group=spec.get("group", True),
        own_name=spec.get("own_name"),
    )
    return png(image)
