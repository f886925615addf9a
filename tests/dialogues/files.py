"""Files a dialogue turn sends (`sends:`), made here: a text file, a picture of lines of text (a
screenshot or a photo of a list), a PDF with a text layer, one list of lines per page, or a Word
document of paragraphs (a list of cells is a table row)."""

from __future__ import annotations

import base64
from typing import Any

from tests.media_flow.files import minutes, picture, word

SPEC_KEYS = frozenset({"name", "text", "picture", "pages", "docx", "caption"})
_CONTENTS = ("text", "picture", "pages", "docx")


def check(spec: Any, where: str) -> str | None:
    """What is wrong with a `sends:` spec, or None."""
    if not isinstance(spec, dict) or not spec.keys() <= SPEC_KEYS:
        return f"{where}: `sends` takes {sorted(SPEC_KEYS)}: {spec}"
    if sum(key in spec for key in _CONTENTS) != 1:
        return f"{where}: `sends` holds one of {list(_CONTENTS)}: {spec}"
    return None


def upload(spec: dict[str, Any]) -> dict[str, str]:
    """The playground's `file` field for the spec: name, type and the bytes in base64."""
    if "picture" in spec:
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
