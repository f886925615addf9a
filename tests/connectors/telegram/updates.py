"""Builders of Telegram Update JSON as documented at https://core.telegram.org/bots/api#update."""

from __future__ import annotations

import re
from typing import Any

from tests.conftest import FIXED_NOW

ANA_ID = 11111111
BOT = {"id": 123456, "is_bot": True, "first_name": "FlowHub", "username": "FlowHubBot"}
ANA = {
    "id": ANA_ID,
    "is_bot": False,
    "first_name": "Ana",
    "username": "ana",
    "language_code": "en",
}
BOB = {"id": 22222222, "is_bot": False, "first_name": "Bob", "last_name": "Stone"}
GROUP = {"id": -1001234567890, "type": "supergroup", "title": "Team chat"}
DATE = int(FIXED_NOW.timestamp())


def private_chat(user: dict[str, Any] = ANA) -> dict[str, Any]:
    """The private chat between `user` and the bot."""
    return {"id": user["id"], "type": "private", "first_name": user["first_name"]}


def entities(text: str) -> list[dict[str, Any]]:
    """The entities Telegram would attach: a leading bot command and @mentions (UTF-16 offsets)."""
    found = []
    for match in re.finditer(r"(?:^/\w+(?:@\w+)?)|(?:@\w{5,})", text):
        offset = len(text[: match.start()].encode("utf-16-le")) // 2
        length = len(match.group().encode("utf-16-le")) // 2
        kind = "bot_command" if match.group().startswith("/") else "mention"
        found.append({"offset": offset, "length": length, "type": kind})
    return found


def message(
    update_id: int,
    text: str | None,
    *,
    sender: dict[str, Any] = ANA,
    chat: dict[str, Any] | None = None,
    message_id: int | None = None,
    key: str = "message",
    **extra: Any,
) -> dict[str, Any]:
    """An Update with a text message (`key="edited_message"` for an edit)."""
    body: dict[str, Any] = {
        "message_id": message_id or update_id % 100_000,
        "from": sender,
        "chat": chat or private_chat(sender),
        "date": DATE,
    }
    if text is not None:
        body["text"] = text
        if entities(text):
            body["entities"] = entities(text)
    body.update(extra)
    return {"update_id": update_id, key: body}


def forwarded(update_id: int, text: str, *, author: dict[str, Any] = BOB) -> dict[str, Any]:
    """Ana forwards a message `author` wrote (Bot API 7.0+ `forward_origin`)."""
    origin = {"type": "user", "date": DATE - 3600, "sender_user": author}
    return message(update_id, text, forward_origin=origin)


def edited(update_id: int, text: str, *, message_id: int) -> dict[str, Any]:
    """Ana edits an earlier message."""
    return message(
        update_id, text, message_id=message_id, key="edited_message", edit_date=DATE + 60
    )


def reply_to_bot(
    update_id: int, text: str, *, chat: dict[str, Any], bot_message_id: int
) -> dict[str, Any]:
    """A reply to one of the bot's messages."""
    original = {
        "message_id": bot_message_id,
        "from": BOT,
        "chat": chat,
        "date": DATE - 60,
        "text": "…",
    }
    return message(update_id, text, chat=chat, reply_to_message=original)


def photo(update_id: int, caption: str | None = None) -> dict[str, Any]:
    """A photo, with or without a caption."""
    sizes = [{"file_id": "AgAD1", "file_unique_id": "u1", "width": 90, "height": 90}]
    extra: dict[str, Any] = {"photo": sizes}
    if caption is not None:
        extra["caption"] = caption
    return message(update_id, None, **extra)


def button_press(
    update_id: int,
    data: str,
    *,
    card_id: int,
    chat: dict[str, Any] | None = None,
    sender: dict[str, Any] = ANA,
    query_id: str | None = None,
) -> dict[str, Any]:
    """A tap on an inline-keyboard button of the bot's message `card_id`."""
    card = {
        "message_id": card_id,
        "from": BOT,
        "chat": chat or private_chat(sender),
        "date": DATE,
        "text": "📝 card",
        "reply_markup": {"inline_keyboard": [[{"text": "✅ Confirm", "callback_data": data}]]},
    }
    return {
        "update_id": update_id,
        "callback_query": {
            "id": query_id or f"q{update_id}",
            "from": sender,
            "message": card,
            "chat_instance": "-5730012345678901234",
            "data": data,
        },
    }


def chat_member_update(update_id: int) -> dict[str, Any]:
    """The bot was added to a group: an update type FlowHub does not handle."""
    member = {"user": BOT, "status": "member"}
    return {
        "update_id": update_id,
        "my_chat_member": {
            "chat": GROUP,
            "from": ANA,
            "date": DATE,
            "old_chat_member": {"user": BOT, "status": "left"},
            "new_chat_member": member,
        },
    }
