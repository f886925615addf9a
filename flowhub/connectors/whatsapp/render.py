"""A `Reply` as WhatsApp Cloud API message bodies, inside WhatsApp's limits.

- Text: at most 4096 characters a message; longer text is split at paragraph, line or word
  breaks into several messages.
- Up to 3 buttons: an interactive reply-button message (body at most 1024 characters, titles at
  most 20, ids at most 256). 4 to 10 buttons: an interactive list (row titles at most 24, ids at
  most 200). Text beyond the interactive body limit goes first, as plain text messages.
- An edit cannot be made on WhatsApp: the new version is a new message quoting the old one.
- Markup is WhatsApp's own (`*bold*`, `_italic_`, `~strike~`); it has no escape character, so
  user text is left as typed and only Markdown's doubled markers are turned into WhatsApp's.
- A template (outside the 24-hour window) takes flat text parameters: no newlines or tabs.
- A file (chart, export) is uploaded first, then sent as an image or document message whose
  caption is the text, at most 1024 characters; longer text, or buttons, follow as messages.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from flowhub.connectors.types import Attachment, Button, Reply, Template

log = logging.getLogger(__name__)

MAX_TEXT = 4096
MAX_INTERACTIVE_BODY = 1024
MAX_REPLY_BUTTONS = 3
MAX_BUTTON_TITLE = 20
MAX_BUTTON_ID = 256
MAX_LIST_ROWS = 10
MAX_ROW_TITLE = 24
MAX_ROW_DESCRIPTION = 72
MAX_ROW_ID = 200
MAX_TEMPLATE_PARAM = 900
LIST_BUTTON = "Choose"
MAX_CAPTION = 1024
# Upload limits and types from Meta's Cloud API media reference ("Supported media types").
MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_DOCUMENT_BYTES = 100 * 1024 * 1024
IMAGE_TYPES = frozenset({"image/jpeg", "image/png"})
DOCUMENT_TYPES = frozenset(
    {
        "text/plain",
        "application/pdf",
        "application/msword",
        "application/vnd.ms-excel",
        "application/vnd.ms-powerpoint",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    }
)

Payload = dict[str, Any]
_MARKDOWN = (
    (re.compile(r"\*\*(\S(?:.*?\S)?)\*\*"), r"*\1*"),
    (re.compile(r"~~(\S.*?)~~"), r"~\1~"),
)


class RenderError(ValueError):
    """A reply cannot be shown on WhatsApp as it is (e.g. a button id over the limit)."""


def render_reply(reply: Reply, to: str) -> list[Payload]:
    """The free-form messages that show `reply`, in sending order (the buttons come last)."""
    text = markup(reply.text) or " "
    buttons = reply.buttons
    if len(buttons) > MAX_LIST_ROWS:
        log.warning("reply has %d buttons; WhatsApp lists show %d", len(buttons), MAX_LIST_ROWS)
        buttons = buttons[:MAX_LIST_ROWS]
    if buttons:
        head, body = _tail(text, MAX_INTERACTIVE_BODY)
        payloads = [_text(part, to) for part in split_text(head, MAX_TEXT)] if head else []
        payloads.append(_interactive(body, buttons, to))
    else:
        payloads = [_text(part, to) for part in split_text(text, MAX_TEXT)]
    if reply.edit:
        payloads[0]["context"] = {"message_id": reply.edit}
    return payloads


def render_attachment(reply: Reply, to: str, media_id: str) -> list[Payload]:
    """The image or document message for the uploaded `media_id`, captioned with the text when
    it fits; longer text and any buttons follow in messages of their own."""
    attachment = reply.attachment
    if attachment is None:
        raise RenderError("render_attachment needs a reply with an attachment")
    text = markup(reply.text)
    fits = len(text) <= MAX_CAPTION and not reply.buttons
    media: dict[str, str] = {"id": media_id}
    if fits and text:
        media["caption"] = text
    if attachment.kind == "document":
        media["filename"] = attachment.name
    payloads = [{**_envelope(to), "type": attachment.kind, attachment.kind: media}]
    if reply.edit:
        payloads[0]["context"] = {"message_id": reply.edit}
    if not fits:
        payloads += render_reply(replace(reply, attachment=None, edit=None), to)
    return payloads


def upload_type(attachment: Attachment) -> str:
    """The type a file is uploaded as: its own when WhatsApp takes it, text files as plain text
    (a CSV or JSON export keeps its name); raise `RenderError` when it is too big to send."""
    mime = attachment.mime.split(";")[0].strip().lower()
    if attachment.kind == "image":
        if mime not in IMAGE_TYPES:
            raise RenderError(f"WhatsApp sends PNG and JPEG images, not {mime!r}")
        limit = MAX_IMAGE_BYTES
    else:
        if mime not in DOCUMENT_TYPES and (mime.startswith("text/") or mime.endswith("json")):
            mime = "text/plain"
        limit = MAX_DOCUMENT_BYTES
    if len(attachment.data) > limit:
        raise RenderError(
            f"{attachment.name!r} has {len(attachment.data)} bytes; WhatsApp takes at most "
            f"{limit} for a {attachment.kind}"
        )
    return mime


def render_template(template: Template, to: str, buttons: Sequence[Button] = ()) -> Payload:
    """A template message; each button id becomes the payload of a quick-reply button, in order."""
    components: list[dict[str, Any]] = []
    if template.params:
        params = [{"type": "text", "text": template_param(p)} for p in template.params]
        components.append({"type": "body", "parameters": params})
    for index, button in enumerate(buttons):
        _check_id(button.id, MAX_BUTTON_ID)
        components.append(
            {
                "type": "button",
                "sub_type": "quick_reply",
                "index": str(index),
                "parameters": [{"type": "payload", "payload": button.id}],
            }
        )
    body: dict[str, Any] = {"name": template.name, "language": {"code": template.language}}
    if components:
        body["components"] = components
    return {**_envelope(to), "type": "template", "template": body}


def template_param(text: str) -> str:
    """Text fit for a template parameter: one line, no runs of spaces, bounded in length."""
    flat = re.sub(r"\s*\n\s*", " · ", markup(text).strip())
    flat = re.sub(r"[\t ]{2,}", " ", flat.replace("\t", " "))
    return _cut(flat, MAX_TEMPLATE_PARAM) or "-"


def markup(text: str) -> str:
    """WhatsApp markup from FlowHub text: `**bold**` -> `*bold*`, `~~x~~` -> `~x~`, LF only."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    for pattern, replacement in _MARKDOWN:
        text = pattern.sub(replacement, text)
    return text.strip()


def split_text(text: str, limit: int) -> list[str]:
    """Split `text` into parts of at most `limit` characters, at the last good break."""
    parts: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = _break(rest, limit)
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest or not parts:
        parts.append(rest)
    return [p for p in parts if p] or [text[:limit]]


def _tail(text: str, limit: int) -> tuple[str, str]:
    """Split off the last part of `text` that fits `limit`, at a break: (head, tail)."""
    if len(text) <= limit:
        return "", text
    start = len(text) - limit
    for sep in ("\n\n", "\n", " "):
        found = text.find(sep, start)
        if found != -1 and found < len(text) - 1:
            return text[:found].rstrip(), text[found:].strip()
    return text[:start], text[start:]


def _break(text: str, limit: int) -> int:
    for sep in ("\n\n", "\n", ". ", " "):
        found = text.rfind(sep, limit // 2, limit)
        if found != -1:
            return found + len(sep)
    return limit


def _envelope(to: str) -> Payload:
    return {"messaging_product": "whatsapp", "recipient_type": "individual", "to": to}


def _text(body: str, to: str) -> Payload:
    return {**_envelope(to), "type": "text", "text": {"preview_url": False, "body": body}}


def _interactive(body: str, buttons: Sequence[Button], to: str) -> Payload:
    if len(buttons) <= MAX_REPLY_BUTTONS:
        titles = _titles([b.label for b in buttons], MAX_BUTTON_TITLE)
        action: dict[str, Any] = {
            "buttons": [
                {"type": "reply", "reply": {"id": _check_id(b.id, MAX_BUTTON_ID), "title": title}}
                for b, title in zip(buttons, titles, strict=True)
            ]
        }
        interactive: dict[str, Any] = {"type": "button", "body": {"text": body}, "action": action}
    else:
        titles = _titles([b.label for b in buttons], MAX_ROW_TITLE)
        rows = []
        for button, title in zip(buttons, titles, strict=True):
            row = {"id": _check_id(button.id, MAX_ROW_ID), "title": title}
            if title != button.label.strip():
                row["description"] = _cut(button.label.strip(), MAX_ROW_DESCRIPTION)
            rows.append(row)
        interactive = {
            "type": "list",
            "body": {"text": body},
            "action": {"button": LIST_BUTTON, "sections": [{"rows": rows}]},
        }
    return {**_envelope(to), "type": "interactive", "interactive": interactive}


def _titles(labels: list[str], limit: int) -> list[str]:
    """Non-empty, unique titles within `limit` characters, without markup markers."""
    titles: list[str] = []
    for index, label in enumerate(labels, start=1):
        title = _cut(re.sub(r"[*_~`]", "", label).strip() or str(index), limit)
        if title in titles:
            suffix = f" {index}"
            title = _cut(title, limit - len(suffix)) + suffix
        titles.append(title)
    return titles


def _check_id(button_id: str, limit: int) -> str:
    if not button_id or button_id != button_id.strip() or len(button_id) > limit:
        raise RenderError(
            f"button id {button_id[:40]!r} ({len(button_id)} chars) does not fit WhatsApp: ids "
            f"must be 1-{limit} characters without leading or trailing spaces; shorten it in "
            "the skill that made the reply"
        )
    return button_id


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
