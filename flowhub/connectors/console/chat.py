"""A chat with the bot through the console connector: what `flowhub chat` and the tests drive."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from flowhub.connectors.console.connector import ConsoleConnector, Shown
from flowhub.connectors.types import ChatKind, Event, EventKind

_COUNTER = itertools.count(1)


@dataclass
class ConsoleChat:
    """One person talking to the bot in one chat; returns what the bot showed after each step."""

    receive: Callable[[Event], object]
    now: Callable[[], datetime]
    connector: ConsoleConnector
    user_id: str = "you"
    name: str = "You"
    chat: str | None = None
    chat_kind: ChatKind = "direct"
    account: str = "local"
    _seen: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        if self.chat is None:
            self.chat = f"dm-{self.user_id}"
        self._seen = len(self.connector.shown)

    def say(
        self,
        text: str,
        *,
        forwarded: bool = False,
        forwarded_from: str | None = None,
        reply_to: str | None = None,
    ) -> list[Shown]:
        """Send a text message; return the messages the bot showed in answer."""
        return self._send(
            kind="text",
            text=text,
            forwarded=forwarded,
            forwarded_from=forwarded_from,
            reply_to=reply_to,
        )

    def press(self, label: str | int, message: Shown | None = None) -> list[Shown]:
        """Press a button by label (or 1-based number) on `message`, default the last with any."""
        message = message or self.last_with_buttons()
        if message is None:
            raise LookupError("no message with buttons to press")
        buttons = message.buttons
        if isinstance(label, int):
            button = buttons[label - 1]
        else:
            matches = [b for b in buttons if label.casefold() in b.label.casefold()]
            if not matches:
                raise LookupError(f"no button {label!r} on {[b.label for b in buttons]}")
            button = matches[0]
        return self._send(kind="button", text=button.label, payload=button.id, reply_to=message.id)

    def last_with_buttons(self) -> Shown | None:
        """The latest message in this chat that has buttons (after edits)."""
        for shown in reversed(self.messages()):
            if shown.buttons:
                return shown
        return None

    def messages(self) -> list[Shown]:
        """Every message of this chat as it stands now (edits replace their original)."""
        current: dict[str, Shown] = {}
        for shown in self.connector.shown:
            if shown.chat == self.chat:
                current.pop(shown.id, None)
                current[shown.id] = shown
        return list(current.values())

    def collect(self) -> list[Shown]:
        """Messages the bot sent to this chat on its own (reminders) since the last step."""
        new = self.connector.shown[self._seen :]
        self._seen = len(self.connector.shown)
        return [s for s in new if s.chat == self.chat]

    def _send(
        self,
        *,
        kind: EventKind,
        text: str,
        payload: str | None = None,
        forwarded: bool = False,
        forwarded_from: str | None = None,
        reply_to: str | None = None,
    ) -> list[Shown]:
        assert self.chat is not None
        event = Event(
            platform=self.connector.platform,
            account=self.account,
            chat=self.chat,
            sender_id=self.user_id,
            sender_name=self.name,
            time=self.now(),
            message_id=f"m{next(_COUNTER)}",
            kind=kind,
            text=text,
            payload=payload,
            chat_kind=self.chat_kind,
            forwarded=forwarded,
            forwarded_from=forwarded_from,
            reply_to=reply_to,
        )
        self.receive(event)
        new = self.connector.shown[self._seen :]
        self._seen = len(self.connector.shown)
        return [s for s in new if s.chat == self.chat]
