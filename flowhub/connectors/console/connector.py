"""The console connector: replies printed to a terminal (or kept in a list for tests)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from flowhub.connectors.base import Delivery
from flowhub.connectors.types import Attachment, Button, Reply, Target

if TYPE_CHECKING:
    from flowhub.connectors.builder import Deps
    from flowhub.settings import Settings


@dataclass(frozen=True, slots=True)
class Shown:
    """One message as the console showed it; `edit_of` is set when it replaced an earlier one,
    `attachment` when it carried a file (`text` is then its caption)."""

    id: str
    chat: str
    text: str
    buttons: tuple[Button, ...]
    edit_of: str | None = None
    attachment: Attachment | None = None


class ConsoleConnector:
    """Shows replies as text with numbered buttons; every message shown is kept in `shown`."""

    platform = "console"
    max_text = 100_000

    def __init__(self, out: TextIO | None = None) -> None:
        self._out = out
        self.shown: list[Shown] = []

    def send(self, target: Target, reply: Reply, *, outbox_id: int) -> Delivery:
        """Print the reply (an edit prints the new version) and remember it."""
        message_id = reply.edit or f"c{outbox_id}"
        shown = Shown(
            message_id,
            target.chat,
            reply.text,
            reply.buttons,
            edit_of=reply.edit,
            attachment=reply.attachment,
        )
        self.shown.append(shown)
        if self._out is not None:
            self._out.write(render(shown) + "\n")
            self._out.flush()
        return Delivery(message_id)


def build(settings: Settings, deps: Deps) -> ConsoleConnector:
    """The console connector is always there (it prints nothing unless given a stream)."""
    return ConsoleConnector()


def render(shown: Shown) -> str:
    """A message as terminal text: edits marked, a file named, buttons numbered."""
    head = "(updated) " if shown.edit_of else ""
    lines = [f"🤖 {head}{shown.text}"]
    if shown.attachment is not None:
        lines.append(f"   [{shown.attachment.kind}: {shown.attachment.name}]")
    if shown.buttons:
        lines.append("   " + "   ".join(f"[{i}] {b.label}" for i, b in enumerate(shown.buttons, 1)))
    return "\n".join(lines)
