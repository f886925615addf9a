"""`Reply` -> Telegram messages: escaped HTML text in chunks of at most 4096, an inline keyboard.

Reply text is plain text, so every character is escaped for `parse_mode=HTML`. Telegram counts the
limit after entity parsing, in UTF-16 code units; escaping adds no visible characters, so the plain
text is what is measured. Buttons go on the last chunk.

A reply carrying a file is a photo or document whose caption (at most 1024) is the text, with
the buttons; text too long for a caption follows in messages of its own, the buttons on the last.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from flowhub.connectors import _text
from flowhub.connectors._text import ELLIPSIS, shorten
from flowhub.connectors.types import Attachment, Button, Reply

MAX_TEXT = 4096
MAX_CAPTION = 1024
# Bot API limits on files a bot uploads: photos 10 MB, other files 50 MB.
MAX_PHOTO_BYTES = 10 * 1024 * 1024
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
MAX_CALLBACK_DATA = 64  # bytes, UTF-8
_ROW_BUTTONS = 3
_ROW_LABEL_CHARS = 30


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One Telegram message to send or edit: HTML text and an optional inline keyboard."""

    text: str
    keyboard: InlineKeyboardMarkup | None = None


def render(reply: Reply, *, max_text: int = MAX_TEXT) -> list[Outgoing]:
    """The messages that show `reply`; an edit is always a single message (shortened if needed).

    Raises `ValueError` when a button id does not fit Telegram's 1-64 byte `callback_data`.
    """
    keyboard = _keyboard(reply.buttons)
    text = reply.text.strip() or ELLIPSIS
    if reply.edit is not None:
        return [Outgoing(html.escape(shorten(text, max_text, _units), quote=False), keyboard)]
    chunks = split_text(text, max_text)
    return [
        Outgoing(html.escape(chunk, quote=False), keyboard if i == len(chunks) - 1 else None)
        for i, chunk in enumerate(chunks)
    ]


def render_file(reply: Reply, *, max_text: int = MAX_TEXT) -> tuple[Outgoing, list[Outgoing]]:
    """The caption of the reply's file (empty when the text does not fit one) and the messages
    that follow it. Raises `ValueError` for a file Telegram will not take, or a bad button id."""
    attachment = reply.attachment
    if attachment is None:
        raise ValueError("render_file needs a reply with an attachment")
    _check_size(attachment)
    text = reply.text.strip()
    if _units(text) <= MAX_CAPTION:
        return Outgoing(html.escape(text, quote=False), _keyboard(reply.buttons)), []
    return Outgoing(""), render(reply, max_text=max_text)


def _check_size(attachment: Attachment) -> None:
    photo = attachment.kind == "image"
    limit = MAX_PHOTO_BYTES if photo else MAX_DOCUMENT_BYTES
    if not 0 < len(attachment.data) <= limit:
        raise ValueError(
            f"{attachment.name!r} has {len(attachment.data)} bytes; Telegram takes 1 to {limit} "
            f"for a {'photo' if photo else 'document'}"
        )


def _keyboard(buttons: tuple[Button, ...]) -> InlineKeyboardMarkup | None:
    if not buttons:
        return None
    rows: list[list[InlineKeyboardButton]] = [[]]
    for button in buttons:
        size = len(button.id.encode("utf-8"))
        if not 1 <= size <= MAX_CALLBACK_DATA:
            raise ValueError(
                f"button {button.label!r} has id {button.id!r} of {size} bytes; Telegram's "
                f"callback_data takes 1-{MAX_CALLBACK_DATA} bytes, so shorten the id in the skill"
            )
        row = rows[-1]
        width = sum(len(b.text) for b in row) + len(button.label)
        if row and (len(row) >= _ROW_BUTTONS or width > _ROW_LABEL_CHARS):
            rows.append(row := [])
        row.append(InlineKeyboardButton(button.label, callback_data=button.id))
    return InlineKeyboardMarkup(rows)


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def split_text(text: str, limit: int) -> list[str]:
    """Split `text` into pieces of at most `limit` UTF-16 units, at line breaks."""
    return _text.split_text(text, limit, _units)
