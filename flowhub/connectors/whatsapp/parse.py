"""A WhatsApp webhook body in, FlowHub `Event`s and delivery `Status`es out.

Every entry, change, message and status of a delivery is read; nothing a person sent is dropped.
What each message type becomes:

- text, and media or a template button with text: kind "text" / "button" as you would expect;
  `context.forwarded` / `frequently_forwarded` set `forwarded`, `context.id` sets `reply_to`.
- media without a caption, a location, a shared contact card: kind "media" with
  `raw["media"]` naming it and `raw["summary"]` reading it, so the bot can say it noted it.
- an image, audio (a voice note has `audio.voice`) or document, captioned or not, also holds
  `raw["media_ref"]`, the `MediaRef` to download it by; video and stickers are only noted.
- reactions, stickers, edits, deletions, `system` and `request_welcome` notices: stored, but
  not `addressed`, so the bot does not answer noise (an edit keeps its new text).
- `unsupported`, `unknown`, `order`, `errors` and any type not listed: kind "unsupported",
  and the bot answers politely what it can read.

A body that is not the documented shape raises `PayloadError` (the webhook answers 400).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from flowhub.connectors.files import readable_kind
from flowhub.connectors.types import Event, EventKind, MediaKind, MediaRef

log = logging.getLogger(__name__)

PLATFORM = "whatsapp"
_MEDIA = ("image", "document", "audio", "video", "sticker")
_QUIET = ("reaction", "sticker", "edit", "revoke", "system", "request_welcome")


class PayloadError(ValueError):
    """The webhook body is not a WhatsApp delivery FlowHub can read."""


@dataclass(frozen=True, slots=True)
class Status:
    """What WhatsApp reported about a message FlowHub sent."""

    account: str
    message_id: str
    recipient: str
    status: str
    at: datetime
    error: str | None = None


@dataclass(slots=True)
class Webhook:
    """Everything one webhook delivery carried, in order."""

    events: list[Event] = field(default_factory=list)
    statuses: list[Status] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def parse_webhook(payload: Any) -> Webhook:
    """Read a decoded webhook body; raise `PayloadError` when its shape is wrong."""
    body = _dict(payload, "body")
    if body.get("object") != "whatsapp_business_account":
        raise PayloadError(f"object is {body.get('object')!r}, not 'whatsapp_business_account'")
    out = Webhook()
    for entry in _list(body.get("entry"), "entry"):
        for change in _list(_dict(entry, "entry[]").get("changes"), "entry[].changes"):
            change = _dict(change, "changes[]")
            if change.get("field") != "messages":
                out.skipped.append(f"change field {change.get('field')!r}")
                continue
            _read_value(_dict(change.get("value"), "changes[].value"), out)
    return out


def _read_value(value: Mapping[str, Any], out: Webhook) -> None:
    metadata = _dict(value.get("metadata"), "value.metadata")
    account = _str(metadata.get("phone_number_id"), "metadata.phone_number_id")
    contacts = [
        _dict(c, "value.contacts[]") for c in _list(value.get("contacts", []), "value.contacts")
    ]
    for message in _list(value.get("messages", []), "value.messages"):
        message = _dict(message, "messages[]")
        sender = _str(message.get("from"), "messages[].from")
        contact = _contact_of(contacts, sender)
        out.events.append(_event(message, account, contact, metadata))
    for status in _list(value.get("statuses", []), "value.statuses"):
        out.statuses.append(_status(_dict(status, "statuses[]"), account))
    for error in _list(value.get("errors", []), "value.errors"):
        out.skipped.append(f"error {_error_text(error)}")


def _event(
    message: Mapping[str, Any],
    account: str,
    contact: Mapping[str, Any] | None,
    metadata: Mapping[str, Any],
) -> Event:
    kind, text, payload, extra = _content(message)
    found = message.get("context")
    context: dict[str, Any] = found if isinstance(found, dict) else {}
    reply_to = context.get("id") if isinstance(context.get("id"), str) else None
    if message.get("type") == "reaction":
        reply_to = _str_or_none(_sub(message, "reaction").get("message_id"))
    profile = contact.get("profile") if contact else None
    name = profile.get("name") if isinstance(profile, dict) else None
    sender = _str(message.get("from"), "messages[].from")
    return Event(
        platform=PLATFORM,
        account=account,
        chat=sender,
        sender_id=sender,
        sender_name=name if isinstance(name, str) and name else None,
        time=_time(message.get("timestamp"), "messages[].timestamp"),
        message_id=_str(message.get("id"), "messages[].id"),
        kind=kind,
        text=text,
        payload=payload,
        forwarded=bool(context.get("forwarded") or context.get("frequently_forwarded")),
        reply_to=reply_to,
        addressed=message.get("type") not in _QUIET,
        raw={"message": dict(message), "contact": contact, "metadata": dict(metadata), **extra},
    )


def _content(message: Mapping[str, Any]) -> tuple[EventKind, str, str | None, dict[str, Any]]:
    """Kind, text, button payload and extra raw keys of one message."""
    kind = _str(message.get("type"), "messages[].type")
    if kind == "text":
        return "text", _text(_sub(message, "text").get("body")), None, {}
    if kind in _MEDIA:
        media = _sub(message, kind)
        extra: dict[str, Any] = {"media": kind}
        ref = _media_ref(kind, media)
        if ref is not None:
            extra["media_ref"] = ref.to_raw()
        caption = _text(media.get("caption")).strip()
        if caption:
            return "text", caption, None, extra
        return "media", "", None, extra
    if kind == "interactive":
        interactive = _sub(message, "interactive")
        reply_kind = interactive.get("type")
        if reply_kind in ("button_reply", "list_reply"):
            reply = _dict(interactive.get(reply_kind), f"interactive.{reply_kind}")
            button_id = _str(reply.get("id"), f"interactive.{reply_kind}.id")
            return "button", _text(reply.get("title")), button_id, {}
        return "unsupported", "", None, {"interactive": reply_kind}
    if kind == "button":
        button = _sub(message, "button")
        text = _text(button.get("text"))
        return "button", text, _text(button.get("payload")) or text, {}
    if kind == "location":
        return "media", "", None, {"media": "location", "summary": _place(_sub(message, kind))}
    if kind == "contacts":
        cards = _list(message.get("contacts"), "messages[].contacts")
        return "media", "", None, {"media": "contact card", "summary": _cards(cards)}
    if kind == "reaction":
        return "unsupported", _text(_sub(message, "reaction").get("emoji")), None, {}
    if kind == "edit":
        edit = _sub(message, "edit")
        inner = edit.get("message")
        body = inner.get("text") if isinstance(inner, dict) else None
        text = _text(body.get("body")) if isinstance(body, dict) else ""
        return "text", text, None, {"edit_of": edit.get("original_message_id")}
    if kind == "revoke":
        return "unsupported", "", None, {"deleted": _sub(message, kind).get("original_message_id")}
    if kind == "system":
        return "unsupported", _text(_sub(message, "system").get("body")), None, {}
    # unsupported, unknown, order, errors, request_welcome and types newer than this module
    return "unsupported", "", None, {}


def _media_ref(kind: str, media: Mapping[str, Any]) -> MediaRef | None:
    """What to download a readable file by: its media id, type, name and size as declared."""
    media_id = _str_or_none(media.get("id"))
    mime = _text(media.get("mime_type"))
    readable: MediaKind | None
    if kind == "image":
        readable = "image"
    elif kind == "audio":
        readable = "audio"
    elif kind == "document":
        readable = readable_kind(mime)
    else:
        readable = None  # video and stickers are noted, not read
    if media_id is None or readable is None:
        return None
    size = media.get("file_size")
    return MediaRef(
        kind=readable,
        ref=media_id,
        mime=mime,
        name=_text(media.get("filename")),
        size=size if isinstance(size, int) and not isinstance(size, bool) and size >= 0 else None,
        voice=kind == "audio" and media.get("voice") is True,
    )


def _status(status: Mapping[str, Any], account: str) -> Status:
    found = status.get("errors")
    errors: list[Any] = found if isinstance(found, list) else []
    return Status(
        account=account,
        message_id=_str(status.get("id"), "statuses[].id"),
        recipient=_text(status.get("recipient_id")),
        status=_str(status.get("status"), "statuses[].status"),
        at=_time(status.get("timestamp"), "statuses[].timestamp"),
        error="; ".join(_error_text(e) for e in errors) or None,
    )


def _error_text(error: Any) -> str:
    """`131047 Re-engagement message: <details>` from a WhatsApp error object."""
    if not isinstance(error, dict):
        return str(error)[:300]
    details = error.get("error_data", {})
    details = details.get("details") if isinstance(details, dict) else None
    text = f"{error.get('code', '?')} {error.get('title') or error.get('message') or ''}".strip()
    return f"{text}: {details}" if details else text


def _contact_of(contacts: list[dict[str, Any]], sender: str) -> dict[str, Any] | None:
    for contact in contacts:
        if contact.get("wa_id") == sender:
            return contact
    return contacts[0] if len(contacts) == 1 else None


def _place(location: Mapping[str, Any]) -> str:
    text = ", ".join(str(location[k]) for k in ("name", "address") if location.get(k))
    lat, lon = location.get("latitude"), location.get("longitude")
    if isinstance(lat, int | float) and isinstance(lon, int | float):
        text = f"{text} ({lat:.5f}, {lon:.5f})".strip()
    return f"📍 {text or 'a location'}"


def _cards(cards: list[Any]) -> str:
    names = []
    for card in cards:
        name = card.get("name", {}) if isinstance(card, dict) else {}
        phones = card.get("phones", []) if isinstance(card, dict) else []
        label = name.get("formatted_name") if isinstance(name, dict) else None
        first = phones[0] if isinstance(phones, list) and phones else None
        phone = first.get("phone") if isinstance(first, dict) else None
        names.append(" ".join(str(b) for b in (label or "a contact", phone) if b))
    return "👤 " + "; ".join(names) if names else "👤 a contact card"


def _time(value: Any, where: str) -> datetime:
    try:
        return datetime.fromtimestamp(int(str(value)), UTC)
    except (TypeError, ValueError, OverflowError, OSError) as exc:
        raise PayloadError(f"{where} is {value!r}, not Unix seconds") from exc


def _sub(message: Mapping[str, Any], key: str) -> dict[str, Any]:
    return _dict(message.get(key), f"messages[].{key}")


def _dict(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise PayloadError(f"{where} should be an object, got {type(value).__name__}")
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise PayloadError(f"{where} should be a list, got {type(value).__name__}")
    return value


def _str(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value:
        raise PayloadError(f"{where} should be a non-empty string, got {value!r:.60}")
    return value


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""
