"""Events and replies to and from JSON documents, for the inbox and the outbox."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from flowhub.connectors.types import Attachment, Button, Event, Reply, Target, Template


def event_to_dict(event: Event) -> dict[str, Any]:
    """An event's normalized fields (the raw payload is stored apart)."""
    return {
        "platform": event.platform,
        "account": event.account,
        "chat": event.chat,
        "sender_id": event.sender_id,
        "time": event.time.isoformat(),
        "message_id": event.message_id,
        "kind": event.kind,
        "text": event.text,
        "payload": event.payload,
        "sender_name": event.sender_name,
        "chat_kind": event.chat_kind,
        "chat_title": event.chat_title,
        "forwarded": event.forwarded,
        "forwarded_from": event.forwarded_from,
        "reply_to": event.reply_to,
        "addressed": event.addressed,
        "sender_tz": event.sender_tz,
        "sender_locale": event.sender_locale,
    }


def event_from_dict(data: dict[str, Any], raw: dict[str, Any] | None = None) -> Event:
    """Rebuild an event stored by `event_to_dict`."""
    fields = dict(data)
    fields["time"] = datetime.fromisoformat(fields["time"])
    return Event(**fields, raw=raw or {})


def reply_to_dict(reply: Reply) -> dict[str, Any]:
    """A reply as a JSON document."""
    return {
        "text": reply.text,
        "buttons": [[b.id, b.label] for b in reply.buttons],
        "to": [reply.to.platform, reply.to.account, reply.to.chat] if reply.to else None,
        "edit": reply.edit,
        "template": (
            {
                "name": reply.template.name,
                "language": reply.template.language,
                "params": list(reply.template.params),
            }
            if reply.template
            else None
        ),
        "ephemeral": reply.ephemeral,
        "ref": reply.ref,
        "sensitive": reply.sensitive,
        "attachment": _attachment_to_dict(reply.attachment),
    }


def _attachment_to_dict(attachment: Attachment | None) -> dict[str, str] | None:
    if attachment is None:
        return None
    return {
        "kind": attachment.kind,
        "file_id": attachment.file_id,
        "name": attachment.name,
        "mime": attachment.mime,
    }


def _attachment_from_dict(data: object) -> Attachment | None:
    if not isinstance(data, dict) or data.get("kind") not in ("image", "document"):
        return None
    return Attachment(
        kind=data["kind"],
        file_id=str(data.get("file_id", "")),
        name=str(data.get("name", "")),
        mime=str(data.get("mime", "")),
    )


def reply_from_dict(data: dict[str, Any]) -> Reply:
    """Rebuild a reply stored by `reply_to_dict`."""
    template = data.get("template")
    to = data.get("to")
    return Reply(
        text=data.get("text", ""),
        buttons=tuple(Button(str(i), str(label)) for i, label in data.get("buttons", [])),
        to=Target(*to) if to else None,
        edit=data.get("edit"),
        template=Template(
            template["name"], template.get("language", "en"), tuple(template.get("params", ()))
        )
        if template
        else None,
        ephemeral=bool(data.get("ephemeral")),
        ref=data.get("ref"),
        sensitive=bool(data.get("sensitive")),
        attachment=_attachment_from_dict(data.get("attachment")),
    )
