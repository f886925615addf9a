"""Per-thread memory: what the bot and one person in one chat were last talking about."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Thread:
    """The state of one person's conversation in one chat, kept between messages.

    `editing` is the proposal whose edit is in progress; `last_list` holds the task ids of the
    last numbered list shown, so "done 2" means its second line; `undo` is the one action
    "undo" can revert; `list_kind` says whether the last list showed tasks or reminders;
    `connecting` is the tool
    whose credentials the next message holds ({"kind": ..., "at": ...}).
    """

    editing: int | None = None
    last_list: list[int] = field(default_factory=list)
    list_kind: str = "tasks"
    undo: dict[str, Any] | None = None
    connecting: dict[str, Any] | None = None

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Thread:
        """Rebuild a thread from its stored JSON document."""
        editing = data.get("editing")
        last_list = data.get("last_list") or []
        undo = data.get("undo")
        return cls(
            editing=int(editing) if isinstance(editing, int) else None,
            last_list=[int(i) for i in last_list if isinstance(i, int)],
            list_kind=str(data.get("list_kind") or "tasks"),
            undo=undo if isinstance(undo, dict) else None,
            connecting=data["connecting"] if isinstance(data.get("connecting"), dict) else None,
        )

    def to_data(self) -> dict[str, Any]:
        """The JSON document to store."""
        return {
            "editing": self.editing,
            "last_list": list(self.last_list),
            "list_kind": self.list_kind,
            "undo": self.undo,
            "connecting": self.connecting,
        }

    def task_at(self, number: int) -> int | None:
        """The task id at 1-based position `number` of the last list, if any."""
        if 1 <= number <= len(self.last_list):
            return self.last_list[number - 1]
        return None
