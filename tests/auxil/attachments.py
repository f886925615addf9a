"""Files for replies to carry in tests: a real PNG made with Pillow, stored as the bot stores it."""

from __future__ import annotations

import io

from PIL import Image
from sqlalchemy import Engine

from flowhub.connectors import Attachment, Reply, Target
from flowhub.storage import outbound_files, session_scope
from tests.conftest import FIXED_NOW

CSV = b"title,status,due\nSend the invoice,open,2026-03-06\n"


def png(width: int = 320, height: int = 200) -> bytes:
    """A small real PNG: two coloured bars on white."""
    image = Image.new("RGB", (width, height), "white")
    for x in range(40, 120):
        for y in range(60, height - 20):
            image.putpixel((x, y), (0, 114, 178))
    for x in range(160, 240):
        for y in range(100, height - 20):
            image.putpixel((x, y), (230, 159, 0))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def stored(
    engine: Engine,
    data: bytes,
    *,
    name: str = "done-vs-created.png",
    mime: str = "image/png",
) -> Attachment:
    """Store `data` as an outbound file; the attachment that names it (without its bytes)."""
    with session_scope(engine) as session:
        file_id = outbound_files.save_outbound_file(
            session=session, name=name, mime=mime, data=data, now=FIXED_NOW
        )
    kind = "image" if mime.startswith("image/") else "document"
    return Attachment(kind, file_id, name, mime)


def chart_reply(engine: Engine, to: Target, caption: str = "12 done this week") -> Reply:
    """A reply carrying a stored PNG chart to `to`."""
    return Reply(caption, to=to, attachment=stored(engine, png()))
