"""The normalized types every connector speaks: `Event` in, `Reply` out, `Button` on both sides."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

EventKind = Literal["text", "button", "command", "media", "unsupported"]
ChatKind = Literal["direct", "group"]
MediaKind = Literal["audio", "image", "document"]
AttachmentKind = Literal["image", "document"]
# `Event.raw[MEMBERS]`: the people a platform says are in (or joined) the event's group chat, as
# {"id", "name", "locale"} dicts with the platform's ids; they are members before they write.
MEMBERS = "members"


@dataclass(frozen=True, slots=True)
class Button:
    """A tappable choice; `id` comes back as the event's `payload` when pressed."""

    id: str
    label: str


@dataclass(frozen=True, slots=True)
class Target:
    """Where a reply goes: a chat on a platform account."""

    platform: str
    account: str
    chat: str


@dataclass(frozen=True, slots=True)
class Template:
    """A pre-approved message (WhatsApp outside the 24-hour window): name plus parameters."""

    name: str
    language: str = "en"
    params: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MediaRef:
    """A file a person sent, as the platform names it: enough to download it later.

    `ref` is the platform's handle: WhatsApp's media id, Telegram's `file_id`, Slack's
    `url_private`, the playground's upload id. `mime` and `size` are what the platform declared
    (the bytes are checked later); `voice` marks a voice note recorded in the app. An event
    carrying a file holds `to_raw()` under `raw["media_ref"]`.
    """

    kind: MediaKind
    ref: str
    mime: str = ""
    name: str = ""
    size: int | None = None
    voice: bool = False

    def to_raw(self) -> dict[str, Any]:
        """The reference as plain JSON-able data."""
        return {
            "kind": self.kind,
            "ref": self.ref,
            "mime": self.mime,
            "name": self.name,
            "size": self.size,
            "voice": self.voice,
        }

    @classmethod
    def from_raw(cls, raw: object) -> MediaRef | None:
        """The reference `to_raw` wrote, or None when `raw` is not one."""
        if not isinstance(raw, Mapping) or raw.get("kind") not in ("audio", "image", "document"):
            return None
        ref, size = raw.get("ref"), raw.get("size")
        if not isinstance(ref, str) or not ref:
            return None
        return cls(
            kind=raw["kind"],
            ref=ref,
            mime=str(raw.get("mime") or ""),
            name=str(raw.get("name") or ""),
            size=size if isinstance(size, int) and not isinstance(size, bool) else None,
            voice=raw.get("voice") is True,
        )


@dataclass(frozen=True, slots=True)
class Event:
    """One inbound message, button press or command, normalized across platforms.

    `sender_tz` is the sender's IANA zone when the platform tells it (Slack does), and
    `sender_locale` the language their app is set to (Telegram's `language_code`, Slack's
    `locale`); a person seen for the first time starts in that zone and language.
    """

    platform: str
    account: str
    chat: str
    sender_id: str
    time: datetime
    message_id: str
    kind: EventKind = "text"
    text: str = ""
    payload: str | None = None
    sender_name: str | None = None
    chat_kind: ChatKind = "direct"
    chat_title: str | None = None
    forwarded: bool = False
    forwarded_from: str | None = None
    reply_to: str | None = None
    addressed: bool = True
    sender_tz: str | None = None
    sender_locale: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.time.tzinfo is None or self.time.utcoffset() is None:
            raise ValueError(f"Event.time {self.time!r} is naive; connectors must pass aware times")

    @property
    def target(self) -> Target:
        """The chat this event came from, as a reply target."""
        return Target(self.platform, self.account, self.chat)


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file the bot sends with a reply: a chart (image) or an export (document).

    The bytes live in storage under `file_id` (`storage.outbound_files`), so any worker can
    send them; `data` is filled in just before the send and never stored in the outbox.
    """

    kind: AttachmentKind
    file_id: str
    name: str
    mime: str
    data: bytes = b""


# Platforms whose connectors change an edited message where it stands; WhatsApp cannot, so
# there an edit arrives as a new message quoting the old one.
EDITS_IN_PLACE = frozenset({"playground", "slack", "telegram"})


@dataclass(frozen=True, slots=True)
class Reply:
    """What the bot says: text, buttons, and where it goes (None means the event's own chat).

    `edit` names the platform message id of an earlier bot message to change in place;
    `template` is the fallback WhatsApp needs outside the 24-hour window; `ephemeral` asks for a
    reply only the asker sees where the platform has such a thing; `ref` names what the message
    shows (e.g. "proposal:12") so a later edit or a reply to it can find it; `sensitive` marks
    text holding a secret (a calendar feed URL), which the outbox keeps sealed; `attachment`
    is a file sent with the reply, `text` then being its caption.
    """

    text: str
    buttons: tuple[Button, ...] = ()
    to: Target | None = None
    edit: str | None = None
    template: Template | None = None
    ephemeral: bool = False
    ref: str | None = None
    sensitive: bool = False
    attachment: Attachment | None = None
