"""Builders of WhatsApp webhook bodies, shaped as Meta documents them (PLATFORMS.md 1.3-1.5)."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
from typing import Any

APP_SECRET = "test-app-secret"
VERIFY_TOKEN = "test-verify-token"
NUMBER = "106540352242922"  # FlowHub's phone-number id
OTHER_NUMBER = "106540352242923"  # a second number of the same deployment
STRANGER_NUMBER = "999999999999999"  # a number this deployment does not serve
DISPLAY_NUMBER = "15550783881"
USER = "16505551234"
USER_NAME = "Sheena Nelson"
WABA = "102290129340398"
TS = "1772614800"  # 2026-03-04 09:00:00 UTC, the tests' fixed clock

_IDS = itertools.count(1)

Message = dict[str, Any]


def wamid() -> str:
    """A fresh inbound message id."""
    return f"wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQz{next(_IDS):08d}AA="


def delivery(*values: dict[str, Any], entries: int = 1) -> dict[str, Any]:
    """A webhook body; the values are spread round-robin over `entries` entries."""
    entry_list: list[dict[str, Any]] = [{"id": WABA, "changes": []} for _ in range(entries)]
    for index, value in enumerate(values):
        entry_list[index % entries]["changes"].append({"field": "messages", "value": value})
    return {"object": "whatsapp_business_account", "entry": entry_list}


def value(
    *messages: Message,
    number: str = NUMBER,
    contacts: list[dict[str, Any]] | None = None,
    statuses: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A change value carrying messages (with the sender's contact block) or statuses."""
    out: dict[str, Any] = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": DISPLAY_NUMBER, "phone_number_id": number},
    }
    if messages:
        senders = {m["from"] for m in messages}
        out["contacts"] = (
            contacts
            if contacts is not None
            else [contact(s, USER_NAME if s == USER else f"User {s[-4:]}") for s in sorted(senders)]
        )
        out["messages"] = list(messages)
    if statuses is not None:
        out["statuses"] = statuses
    return out


def contact(wa_id: str = USER, name: str = USER_NAME) -> dict[str, Any]:
    """The sender block of `value.contacts`."""
    return {"profile": {"name": name}, "wa_id": wa_id}


def messages_delivery(*messages: Message, number: str = NUMBER) -> dict[str, Any]:
    """One entry, one change, these messages."""
    return delivery(value(*messages, number=number))


def _message(kind: str, content: dict[str, Any], **extra: Any) -> Message:
    message: Message = {
        "from": extra.pop("sender", USER),
        "id": extra.pop("id", None) or wamid(),
        "timestamp": extra.pop("timestamp", TS),
        "type": kind,
    }
    context = extra.pop("context", None)
    if context:
        message = {"context": context, **message}
    message.update(content)
    message.update(extra)
    return message


def text(body: str, **extra: Any) -> Message:
    """A text message."""
    return _message("text", {"text": {"body": body}}, **extra)


def reply(body: str, to: str, **extra: Any) -> Message:
    """A text quoting an earlier message (the user swiped "reply")."""
    return text(body, context={"from": DISPLAY_NUMBER, "id": to}, **extra)


def forwarded(body: str, *, frequently: bool = False, **extra: Any) -> Message:
    """A forwarded text: the context has only the flag."""
    flag = "frequently_forwarded" if frequently else "forwarded"
    return text(body, context={flag: True}, **extra)


def button_reply(button_id: str, title: str, to: str, **extra: Any) -> Message:
    """A tap on a reply button FlowHub sent in message `to`."""
    interactive = {"type": "button_reply", "button_reply": {"id": button_id, "title": title}}
    return _message(
        "interactive",
        {"interactive": interactive},
        context={"from": DISPLAY_NUMBER, "id": to},
        **extra,
    )


def list_reply(row_id: str, title: str, to: str, description: str = "", **extra: Any) -> Message:
    """A row picked from a list message FlowHub sent."""
    row = {"id": row_id, "title": title}
    if description:
        row["description"] = description
    return _message(
        "interactive",
        {"interactive": {"type": "list_reply", "list_reply": row}},
        context={"from": DISPLAY_NUMBER, "id": to},
        **extra,
    )


def template_button(payload: str, label: str, to: str, **extra: Any) -> Message:
    """A tap on a template's quick-reply button."""
    return _message(
        "button",
        {"button": {"payload": payload, "text": label}},
        context={"from": DISPLAY_NUMBER, "id": to},
        **extra,
    )


def media(kind: str, caption: str | None = None, **extra: Any) -> Message:
    """An image, document, audio, video or sticker, with or without caption."""
    content: dict[str, Any] = {"mime_type": "image/jpeg", "sha256": "81d3bd8a", "id": "2754859441"}
    if kind == "document":
        content.update(filename="minutes.pdf", mime_type="application/pdf")
    if kind == "audio":
        content.update(mime_type="audio/ogg; codecs=opus")
    if caption is not None:
        content["caption"] = caption
    return _message(kind, {kind: content}, **extra)


def location(*, named: bool = True, **extra: Any) -> Message:
    """A shared location; `name` and `address` only for a named place."""
    place: dict[str, Any] = {"latitude": 37.44221496582, "longitude": -122.16138458252}
    if named:
        place.update(name="Philz Coffee", address="101 Forest Ave, Palo Alto, CA 94301")
    return _message("location", {"location": place}, **extra)


def contact_card(**extra: Any) -> Message:
    """A shared contact card (not the sender block)."""
    card = {
        "name": {"formatted_name": "Bob Smith", "first_name": "Bob", "last_name": "Smith"},
        "phones": [{"phone": "+1 650 555 0000", "wa_id": "16505550000", "type": "CELL"}],
        "emails": [{"email": "bob@example.com", "type": "WORK"}],
    }
    return _message("contacts", {"contacts": [card]}, **extra)


def reaction(to: str, emoji: str | None = "👍", **extra: Any) -> Message:
    """A reaction to message `to`; without emoji when a reaction is removed."""
    content: dict[str, Any] = {"message_id": to}
    if emoji is not None:
        content["emoji"] = emoji
    return _message("reaction", {"reaction": content}, **extra)


def unsupported(kind: str = "unsupported", **extra: Any) -> Message:
    """A message Cloud API cannot show (a poll here); `kind="unknown"` for the older form."""
    errors = [
        {
            "code": 131051,
            "title": "Message type unknown",
            "message": "Message type unknown",
            "error_data": {"details": "Message type is currently not supported."},
        }
    ]
    content: dict[str, Any] = {"errors": errors}
    if kind == "unsupported":
        content["unsupported"] = {"type": "poll_creation"}
    return _message(kind, content, **extra)


def edit(original: str, body: str, **extra: Any) -> Message:
    """The user edited an earlier text."""
    inner = {"type": "text", "text": {"body": body}}
    return _message("edit", {"edit": {"original_message_id": original, "message": inner}}, **extra)


def revoke(original: str, **extra: Any) -> Message:
    """The user deleted an earlier message."""
    return _message("revoke", {"revoke": {"original_message_id": original}}, **extra)


def system(**extra: Any) -> Message:
    """A system notice (the user changed number)."""
    notice = {"body": "User A changed from 1650 to 1651", "type": "user_changed_number"}
    return _message("system", {"system": notice}, **extra)


def status(
    message_id: str,
    state: str,
    *,
    timestamp: str = TS,
    recipient: str = USER,
    error_code: int | None = None,
) -> dict[str, Any]:
    """A status notification about a message FlowHub sent."""
    out: dict[str, Any] = {
        "id": message_id,
        "status": state,
        "timestamp": timestamp,
        "recipient_id": recipient,
        "pricing": {"billable": True, "pricing_model": "PMP", "category": "utility"},
    }
    if error_code is not None:
        out["errors"] = [
            {
                "code": error_code,
                "title": "Re-engagement message",
                "message": "Re-engagement message",
                "error_data": {"details": "more than 24 hours have passed"},
            }
        ]
    return out


def statuses_delivery(*items: dict[str, Any], number: str = NUMBER) -> dict[str, Any]:
    """One entry, one change, these statuses."""
    return delivery(value(number=number, statuses=list(items)))


def encode(payload: Any) -> bytes:
    """The body as Meta sends it: compact JSON with non-ASCII escaped."""
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=True).encode()


def signed_headers(body: bytes, secret: str = APP_SECRET) -> dict[str, str]:
    """Headers of a signed POST."""
    digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return {"Content-Type": "application/json", "X-Hub-Signature-256": f"sha256={digest}"}
