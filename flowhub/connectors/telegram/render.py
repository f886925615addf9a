"""`Reply` -> Telegram messages: escaped HTML text in chunks of at most 4096, an inline keyboard.

Reply text is plain text, so every character is escaped for `parse_mode=HTML`. Telegram counts the
limit after entity parsing, in UTF-16 code units; escaping adds no visible characters, so the plain
text is what is measured. Buttons go on the last chunk.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from flowhub.connectors import _text
from flowhub.connectors._text import ELLIPSIS, shorten
from flowhub.connectors.types import Button, Reply

MAX_TEXT = 4096
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
