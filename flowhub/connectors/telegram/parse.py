"""Telegram Update JSON -> `Event`, through python-telegram-bot's own types.

Ids: `Event.account` is the bot id (the numeric prefix of the token), `Event.message_id` is
`u<update_id>` (Telegram's dedupe key; an edit is a new update, so a new event), `Event.chat` is
the chat id, and `Event.reply_to` is the Telegram `message_id` of the message replied to or of the
card whose button was pressed, the same string `send` returns as `Delivery.platform_message_id`.

A photo, voice note, audio file or document also gets `raw["media_ref"]`, the `MediaRef` (by
`file_id`) to download it with; a photo names its largest size under `photo_cap`. Video, video
notes, animations and stickers are only noted in `raw["media"]`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from telegram import (
    CallbackQuery,
    Chat,
    Message,
    MessageEntity,
    MessageOrigin,
    MessageOriginChannel,
    MessageOriginChat,
    MessageOriginHiddenUser,
    MessageOriginUser,
    Update,
    User,
)

from flowhub.connectors.files import readable_kind
from flowhub.connectors.types import MEMBERS, Event, EventKind, MediaKind, MediaRef

PLATFORM = "telegram"

# command -> (the text our skills understand, the description shown in Telegram's command menu)
COMMANDS: dict[str, tuple[str, str]] = {
    "add": ("{args}", "Add a task: /add call Bob friday 10am"),
    "today": ("what's due today", "What's due today"),
    "week": ("what's due this week", "What's due this week"),
    "overdue": ("overdue", "What's overdue"),
    "mine": ("my tasks", "My open tasks"),
    "done": ("done {args}", "Mark a task done: /done 2"),
    "remind": ("remind me {args}", "Set a reminder: /remind call mum sunday 6pm"),
    "digest": ("digest {args}", "Daily digest time: /digest 7am"),
    "tz": ("timezone {args}", "Your timezone: /tz Berlin"),
    "help": ("help", "What I can do"),
    "start": ("help", "Start"),
}
UNKNOWN_COMMAND_TEXT = "help"
HANDLED_UPDATES = ("message", "edited_message", "callback_query", "chat_member")
# A chat_member status that means the person is in the group.
_IN_CHAT = frozenset({"member", "administrator", "creator", "restricted"})
# Bots may download files up to 20 MB (Bot API, getFile).
BOT_DOWNLOAD_LIMIT = 20 * 1024 * 1024
# Message attributes that carry media, in the order we name them.
_MEDIA = (
    "photo",
    "video",
    "animation",
    "document",
    "audio",
    "voice",
    "video_note",
    "sticker",
    "location",
    "venue",
    "contact",
    "poll",
    "dice",
)


# A forward's origin label, cut to what a card line can show (Telegram names run to 129).
_LABEL_MAX = 128
# What PTB raises on a field of the wrong type or out of range (a `date` of 2**63 overflows).
_UNREADABLE = (KeyError, TypeError, ValueError, AttributeError, IndexError, OverflowError, OSError)


class MalformedUpdate(ValueError):
    """The body is not a Telegram Update we can read; the message says what is wrong."""


@dataclass(frozen=True, slots=True)
class BotIdentity:
    """Who the bot is: its numeric id (from the token) and its @username (from getMe)."""

    id: str
    username: str


def parse_update(
    data: Mapping[str, Any],
    *,
    bot: BotIdentity,
    now: datetime,
    photo_cap: int = BOT_DOWNLOAD_LIMIT,
) -> Event:
    """Read one Update; `now` stands in for updates that carry no date (button presses).

    Raises `MalformedUpdate` when the payload is not a readable Update.
    """
    if not isinstance(data, Mapping):
        raise MalformedUpdate(f"an Update is a JSON object, got {type(data).__name__}")
    update_id = data.get("update_id")
    if not isinstance(update_id, int) or isinstance(update_id, bool):
        raise MalformedUpdate(f"update_id must be an integer, got {update_id!r}")
    data = _scrub(data)
    try:
        update = Update.de_json(dict(data), None)
    except _UNREADABLE as exc:
        if any(key in data for key in HANDLED_UPDATES):
            raise MalformedUpdate(f"update {update_id} is not a valid Update: {exc!r}") from exc
        # A kind of update we do not handle, in a shape PTB cannot read (a newer Bot API?):
        # keep it and acknowledge it rather than have Telegram deliver it again for a day.
        update = Update(update_id, api_kwargs={k: v for k, v in data.items() if k != "update_id"})
    try:
        if update.message is not None:
            return _message_event(update, update.message, bot=bot, edited=False, cap=photo_cap)
        if update.edited_message is not None:
            return _message_event(
                update, update.edited_message, bot=bot, edited=True, cap=photo_cap
            )
        if update.callback_query is not None:
            return _button_event(update, update.callback_query, bot=bot, now=now)
        if update.chat_member is not None:
            return _member_event(update, bot=bot, now=now)
    except MalformedUpdate:
        raise
    except _UNREADABLE as exc:
        raise MalformedUpdate(f"update {update_id} is not a valid Update: {exc!r}") from exc
    return _unsupported_event(update, bot=bot, now=now)


def _message_event(
    update: Update, message: Message, *, bot: BotIdentity, edited: bool, cap: int
) -> Event:
    if not isinstance(message.chat, Chat) or not isinstance(message.date, datetime):
        raise MalformedUpdate(f"update {update.update_id}: message lacks chat or date")
    private = message.chat.type == Chat.PRIVATE
    raw: dict[str, Any] = {"update": update_data(update)}
    if edited:
        raw["edited"] = True
    text = _text(message.text) or _text(message.caption)
    entities = list(message.entities or message.caption_entities or ())
    kind: EventKind = "text"
    command_for_us = False
    command = _command(text, entities, bot.username)
    if command is not None:
        name, args, for_us = command
        if for_us:
            kind, command_for_us = "command", True
            template = COMMANDS.get(name, (UNKNOWN_COMMAND_TEXT, ""))[0]
            text = template.format(args=args).strip()
    else:
        text = _without_mentions(text, entities, bot)
    media = next((name for name in _MEDIA if getattr(message, name, None)), None)
    if message.new_chat_members and not private:
        raw[MEMBERS] = _members(message.new_chat_members)
    if media is not None:
        raw["media"] = media
        ref = _media_ref(message, media, cap)
        if ref is not None:
            raw["media_ref"] = ref.to_raw()
    if not text and kind == "text":
        kind = "media" if media is not None else "unsupported"
    addressed = (
        private or command_for_us or _mentions(message, entities, bot) or _replies_to(message, bot)
    )
    if edited or message.is_automatic_forward or (kind == "unsupported" and not private):
        # An edit is stored but not answered: answering would propose the same task twice.
        addressed = False
    sender_id, sender_name = _sender(message)
    origin = message.forward_origin
    title = _text(message.chat.title) or None
    return Event(
        platform=PLATFORM,
        account=bot.id,
        chat=str(message.chat.id),
        sender_id=sender_id,
        sender_name=sender_name,
        time=message.date,
        message_id=f"u{update.update_id}",
        kind=kind,
        text=text,
        chat_kind="direct" if private else "group",
        chat_title=None if private else title,
        forwarded=origin is not None or bool(message.is_automatic_forward),
        forwarded_from=_label(_origin_name(origin)) if origin is not None else None,
        reply_to=str(message.reply_to_message.message_id) if message.reply_to_message else None,
        addressed=addressed,
        sender_locale=_language(message.from_user),
        raw=raw,
    )


def _media_ref(message: Message, media: str, cap: int) -> MediaRef | None:
    """The file to download for a photo, voice note, audio file or document; None otherwise."""
    if media == "photo":
        sizes = [s for s in message.photo if _text(s.file_id)]
        if not sizes:
            return None
        sizes.sort(key=lambda s: (_size(s.width) * _size(s.height), _size(s.file_size)))
        fitting = [s for s in sizes if _size(s.file_size) <= cap]
        best = (fitting or sizes)[-1]
        return _ref("image", best.file_id, "image/jpeg", "", best.file_size)
    if media == "voice" and message.voice is not None:
        voice = message.voice
        mime = _text(voice.mime_type) or "audio/ogg"
        return _ref("audio", voice.file_id, mime, "", voice.file_size, voice=True)
    if media == "audio" and message.audio is not None:
        audio = message.audio
        return _ref("audio", audio.file_id, audio.mime_type, audio.file_name, audio.file_size)
    if media == "document" and message.document is not None:
        document = message.document
        kind = readable_kind(_text(document.mime_type))
        if kind is None:
            return None
        return _ref(
            kind, document.file_id, document.mime_type, document.file_name, document.file_size
        )
    return None


def _ref(
    kind: MediaKind,
    file_id: object,
    mime: object,
    name: object,
    size: object,
    *,
    voice: bool = False,
) -> MediaRef | None:
    """A `MediaRef` from fields as Telegram sent them; None without a usable file_id."""
    if not _text(file_id):
        return None
    known = size if isinstance(size, int) and not isinstance(size, bool) and size >= 0 else None
    return MediaRef(kind, _text(file_id), _text(mime), _text(name), known, voice)


def _size(value: object) -> int:
    """A width, height or size Telegram sent; 0 when it is not a count."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def _button_event(
    update: Update, query: CallbackQuery, *, bot: BotIdentity, now: datetime
) -> Event:
    card = query.message
    raw = {"update": update_data(update), "callback_query_id": query.id}
    if card is None or query.data is None:
        # Inline-mode or game buttons: nothing of ours, but the press must still be answered.
        return _unsupported_event(update, bot=bot, now=now, raw=raw)
    private = card.chat.type == Chat.PRIVATE
    label = None
    if isinstance(card, Message) and card.reply_markup is not None:
        label = next(
            (
                b.text
                for row in card.reply_markup.inline_keyboard
                for b in row
                if b.callback_data == query.data
            ),
            None,
        )
    return Event(
        platform=PLATFORM,
        account=bot.id,
        chat=str(card.chat.id),
        sender_id=str(query.from_user.id),
        sender_name=_text(query.from_user.full_name) or None,
        time=now,
        message_id=f"u{update.update_id}",
        kind="button",
        text=_text(label),
        payload=str(query.data),
        chat_kind="direct" if private else "group",
        chat_title=None if private else _text(card.chat.title) or None,
        reply_to=str(card.message_id),
        sender_locale=_language(query.from_user),
        raw=raw,
    )


def _member_event(update: Update, *, bot: BotIdentity, now: datetime) -> Event:
    """A `chat_member` update: someone is now in the group (joined, added, made admin)."""
    change = update.chat_member
    raw: dict[str, Any] = {"update": update_data(update)}
    if change is not None and change.new_chat_member.status in _IN_CHAT:
        raw[MEMBERS] = _members([change.new_chat_member.user])
    return _unsupported_event(update, bot=bot, now=now, raw=raw)


def _members(users: Sequence[User]) -> list[dict[str, str | None]]:
    """People who are in a group now, as `Event.raw[MEMBERS]` lists them; bots are no members."""
    return [
        {"id": str(u.id), "name": _text(u.full_name) or None, "locale": _language(u)}
        for u in users
        if not u.is_bot
    ]


def _unsupported_event(
    update: Update, *, bot: BotIdentity, now: datetime, raw: dict[str, Any] | None = None
) -> Event:
    chat, user = update.effective_chat, update.effective_user
    return Event(
        platform=PLATFORM,
        account=bot.id,
        chat=str(chat.id) if chat else "",
        sender_id=str(user.id) if user else "",
        sender_name=_text(user.full_name) or None if user else None,
        time=now,
        message_id=f"u{update.update_id}",
        kind="unsupported",
        chat_kind="direct" if chat is None or chat.type == Chat.PRIVATE else "group",
        addressed=False,
        raw=raw or {"update": update_data(update)},
    )


def update_data(update: Update) -> dict[str, Any]:
    """The update as JSON (PTB keeps fields it does not know in `api_kwargs`, so none are lost)."""
    return update.to_dict()


def _command(
    text: str, entities: list[MessageEntity], username: str
) -> tuple[str, str, bool] | None:
    """(name, args, meant for us) when the message starts with a bot command."""
    first = next((e for e in entities if e.offset == 0), None)
    if first is None or first.type != MessageEntity.BOT_COMMAND:
        return None
    word = _utf16_slice(text, 0, first.length)
    args = _utf16_slice(text, first.length, None).strip()
    name, _, target = word.lstrip("/").partition("@")
    for_us = not target or target.casefold() == username.casefold()
    return name.casefold(), args, for_us


def _mentions(message: Message, entities: list[MessageEntity], bot: BotIdentity) -> bool:
    text = _text(message.text) or _text(message.caption)
    for entity in entities:
        if entity.type == MessageEntity.MENTION:
            handle = _utf16_slice(text, entity.offset, entity.offset + entity.length)
            if handle.lstrip("@").casefold() == bot.username.casefold():
                return True
        user = entity.user if entity.type == MessageEntity.TEXT_MENTION else None
        if user is not None and str(user.id) == bot.id:
            return True
    return False


def _without_mentions(text: str, entities: list[MessageEntity], bot: BotIdentity) -> str:
    """The text with "@ourbot" taken out, so it does not end up in a task title."""
    stripped = text
    for entity in sorted(entities, key=lambda e: e.offset, reverse=True):
        if entity.type != MessageEntity.MENTION:
            continue
        end = entity.offset + entity.length
        if _utf16_slice(text, entity.offset, end).lstrip("@").casefold() == bot.username.casefold():
            stripped = _utf16_slice(stripped, 0, entity.offset) + _utf16_slice(stripped, end, None)
    if stripped == text:
        return text
    return re.sub(r"[ \t]{2,}", " ", stripped).strip().lstrip(",:").strip()


def _replies_to(message: Message, bot: BotIdentity) -> bool:
    original = message.reply_to_message
    return bool(original and original.from_user and str(original.from_user.id) == bot.id)


def _sender(message: Message) -> tuple[str, str | None]:
    if message.from_user is not None:
        return str(message.from_user.id), _text(message.from_user.full_name) or None
    if message.sender_chat is not None:
        return str(message.sender_chat.id), _text(message.sender_chat.effective_name) or None
    return str(message.chat.id), _text(message.chat.effective_name) or None


def _language(user: User | None) -> str | None:
    """The language the user's Telegram app is set to ("pt-br"), when Telegram says."""
    return _text(user.language_code) or None if user is not None else None


def _text(value: object) -> str:
    """A text field as Telegram documents it (a string); anything else reads as no text."""
    return value if isinstance(value, str) else ""


def _origin_name(origin: MessageOrigin) -> str | None:
    """Who wrote a forwarded message first, as far as Telegram tells."""
    if isinstance(origin, MessageOriginUser):
        return origin.sender_user.full_name
    if isinstance(origin, MessageOriginHiddenUser):
        return origin.sender_user_name
    if isinstance(origin, MessageOriginChat):
        return origin.author_signature or origin.sender_chat.effective_name
    if isinstance(origin, MessageOriginChannel):
        return origin.author_signature or origin.chat.effective_name
    return None


def _label(name: object) -> str | None:
    """A forward's origin as a one-line label: whoever Telegram names, never a sender or a person.

    Names, signatures and hidden users' names are free text anyone sets, so the label is only
    ever shown, never used to find someone.
    """
    label = " ".join(_text(name).split())
    return label[:_LABEL_MAX].rstrip() or None


def _scrub(value: Any) -> Any:
    """The payload without NUL characters, which PostgreSQL's JSON types refuse to store."""
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, Mapping):
        return {_scrub(k): _scrub(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    return value


def _utf16_slice(text: str, start: int, end: int | None) -> str:
    """Slice by UTF-16 code units, the unit Telegram entity offsets are counted in."""
    encoded = text.encode("utf-16-le")
    stop = None if end is None else 2 * end
    return encoded[2 * start : stop].decode("utf-16-le", errors="ignore")
