"""`Reply` -> a Slack message: mrkdwn section blocks plus actions blocks, within Block Kit limits.

Reply text is plain text, so only Slack's three control characters are escaped (`&`, `<`, `>`);
anything else is left alone, as Slack asks. The text is cut into sections of at most 3000
characters at line breaks, buttons go in actions blocks of at most 25, and the whole message stays
within 50 blocks (the text is shortened, never the buttons). `text` is always sent as well: Slack
shows it in notifications and reads it to screen readers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flowhub.connectors import _text
from flowhub.connectors._text import ELLIPSIS, cut, shorten
from flowhub.connectors.types import Button, Reply

MAX_BLOCKS = 50
MAX_SECTION_TEXT = 3000
MAX_ACTIONS = 25
MAX_BUTTON_TEXT = 75
MAX_BUTTON_VALUE = 2000
MAX_FALLBACK_TEXT = 4000
MAX_TEXT = 12_000  # what FlowHub lets a reply be; Slack truncates at 40,000


@dataclass(frozen=True, slots=True)
class Message:
    """What `chat.postMessage` and friends get: the fallback `text` and the `blocks`."""

    text: str
    blocks: list[dict[str, Any]]


def escape(text: str) -> str:
    """Escape user text for mrkdwn: `&`, `<` and `>` only."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render(reply: Reply) -> Message:
    """The Slack message showing `reply`.

    Raises `ValueError` when a button id does not fit a button `value` (2000 characters).
    """
    actions = _actions(reply.buttons)
    if len(actions) >= MAX_BLOCKS:
        raise ValueError(f"{len(reply.buttons)} buttons do not fit in one Slack message")
    room = MAX_BLOCKS - len(actions)
    plain = reply.text.strip() or ELLIPSIS
    chunks = split_text(plain, MAX_SECTION_TEXT)
    if len(chunks) > room:
        chunks = chunks[:room]
        chunks[-1] = cut(chunks[-1], MAX_SECTION_TEXT - 2, _size).rstrip() + " " + ELLIPSIS
    sections = [
        {"type": "section", "text": {"type": "mrkdwn", "text": escape(chunk)}} for chunk in chunks
    ]
    fallback = escape(shorten(plain, MAX_FALLBACK_TEXT, _size))
    return Message(text=fallback, blocks=[*sections, *actions])


def action_id(index: int) -> str:
    """The `action_id` of the index-th button: unique within the message, as Slack requires."""
    return f"flowhub-{index}"


def _actions(buttons: tuple[Button, ...]) -> list[dict[str, Any]]:
    elements = []
    for index, button in enumerate(buttons):
        if not 1 <= len(button.id) <= MAX_BUTTON_VALUE:
            raise ValueError(
                f"button {button.label!r} has an id of {len(button.id)} characters; a Slack "
                f"button value takes 1-{MAX_BUTTON_VALUE}, so shorten the id in the skill"
            )
        label = button.label.strip() or button.id
        if len(label) > MAX_BUTTON_TEXT:
            label = label[: MAX_BUTTON_TEXT - 1].rstrip() + ELLIPSIS
        elements.append(
            {
                "type": "button",
                "action_id": action_id(index),
                "text": {"type": "plain_text", "text": label, "emoji": True},
                "value": button.id,
            }
        )
    return [
        {"type": "actions", "elements": elements[start : start + MAX_ACTIONS]}
        for start in range(0, len(elements), MAX_ACTIONS)
    ]


def _size(text: str) -> int:
    return len(escape(text))


def split_text(text: str, limit: int) -> list[str]:
    """Split `text` into pieces whose escaped form fits `limit`, at line breaks."""
    return _text.split_text(text, limit, _size)
