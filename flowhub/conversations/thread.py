"""Per-thread memory: what the bot and one person in one chat were last talking about."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

FLOW_MINUTES = 30
UNDO_MINUTES = 10


@dataclass
class Thread:
    """The state of one person's conversation in one chat, kept between messages.

    `flow` is the multi-step exchange in progress ({"kind": "edit", "id": ..., "at": ...} or
    {"kind": "connect", "tool": ..., "at": ...}); it lapses after `FLOW_MINUTES`. `last_list`
    holds the ids of the last numbered list shown, so "done 2" means its second line, and
    `list_kind` says whether it showed tasks, reminders or "nothing" (an empty answer). `seen`
    is the last thing said or shown ({"kind": "task" | "reminder" | "cards", "ids": [...],
    "at": ..., "list": [...]}), so "it" and "that" resolve to it; its "list" copy of
    `last_list` tells whether a list came after it. `undo` is the one action "undo" can
    revert, with the time it was done. `asked` is the last status question, read into plain
    values, so "and tomorrow?" can ask it again for another day; it lapses as a flow does.
    `said_in` is the language the person's last message that showed one was written in.
    `zone_before` is the person's zone before they last changed it here, for "switch me back".
    """

    flow: dict[str, Any] | None = None
    last_list: list[int] = field(default_factory=list)
    list_kind: str = "tasks"
    undo: dict[str, Any] | None = None
    seen: dict[str, Any] | None = None
    asked: dict[str, Any] | None = None
    said_in: str | None = None
    zone_before: str | None = None

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Thread:
        """Rebuild a thread from its stored JSON document (older documents included)."""
        last_list = data.get("last_list") or []
        undo, seen, flow = data.get("undo"), data.get("seen"), data.get("flow")
        asked = data.get("asked")
        thread = cls(
            flow=flow if isinstance(flow, dict) else None,
            last_list=[int(i) for i in last_list if isinstance(i, int)],
            list_kind=str(data.get("list_kind") or "tasks"),
            undo=undo if isinstance(undo, dict) else None,
            seen=seen if isinstance(seen, dict) else None,
            asked=asked if isinstance(asked, dict) else None,
            said_in=str(data["said_in"]) if data.get("said_in") else None,
            zone_before=str(data["zone_before"]) if data.get("zone_before") else None,
        )
        # Documents written before `flow` kept the edit and the connect flow in keys of their own.
        if thread.flow is None and isinstance(data.get("editing"), int):
            thread.editing = data["editing"]
        if thread.flow is None and isinstance(data.get("connecting"), dict):
            thread.connecting = data["connecting"]
        return thread

    def to_data(self) -> dict[str, Any]:
        """The JSON document to store."""
        return {
            "flow": self.flow,
            "last_list": list(self.last_list),
            "list_kind": self.list_kind,
            "undo": self.undo,
            "seen": self.seen,
            "asked": self.asked,
            "said_in": self.said_in,
            "zone_before": self.zone_before,
        }

    def task_at(self, number: int) -> int | None:
        """The task id at 1-based position `number` of the last list, if any."""
        if 1 <= number <= len(self.last_list):
            return self.last_list[number - 1]
        return None

    @property
    def editing(self) -> int | None:
        """The proposal whose edit is in progress."""
        if self.flow and self.flow.get("kind") == "edit" and isinstance(self.flow.get("id"), int):
            return int(self.flow["id"])
        return None

    @editing.setter
    def editing(self, proposal_id: int | None) -> None:
        if proposal_id is not None:
            self.flow = {"kind": "edit", "id": proposal_id, "at": self._flow_at()}
        elif self.flow and self.flow.get("kind") == "edit":
            self.flow = None

    @property
    def connecting(self) -> dict[str, Any] | None:
        """The tool whose credentials the next message holds: {"kind": tool, "at": ...}."""
        if self.flow and self.flow.get("kind") == "connect":
            return {"kind": self.flow.get("tool"), "at": self.flow.get("at")}
        return None

    @connecting.setter
    def connecting(self, state: dict[str, Any] | None) -> None:
        if state is not None:
            self.flow = {"kind": "connect", "tool": state.get("kind"), "at": state.get("at")}
        elif self.flow and self.flow.get("kind") == "connect":
            self.flow = None

    def _flow_at(self) -> str | None:
        return self.flow.get("at") if self.flow else None

    def start_flow(self, kind: str, *, now: datetime, **data: Any) -> None:
        """Open a multi-step flow; it replaces any other."""
        self.flow = {"kind": kind, **data, "at": now.isoformat()}

    def flow_kind(self, now: datetime) -> str | None:
        """The kind of the open flow, dropping it first when it has lapsed."""
        if not self.flow:
            return None
        at = _when(self.flow.get("at"))
        if at is not None and now - at > timedelta(minutes=FLOW_MINUTES):
            self.flow = None
            return None
        return str(self.flow.get("kind") or "") or None

    def note(self, kind: str, ids: list[int], *, now: datetime) -> None:
        """Remember what was last said or shown: saved tasks, set reminders, proposal cards."""
        self.seen = {
            "kind": kind,
            "ids": list(ids),
            "at": now.isoformat(),
            "list": list(self.last_list),
        }

    def last_seen(self) -> tuple[str, list[int]] | None:
        """What the person last saw: (kind, ids); a list shown after the last note wins."""
        if self.last_list and (not self.seen or self.seen.get("list") != self.last_list):
            return ("list-" + self.list_kind, list(self.last_list))
        if not self.seen:
            return None
        ids = [int(i) for i in self.seen.get("ids") or [] if isinstance(i, int)]
        return str(self.seen.get("kind")), ids

    def seen_at(self) -> datetime | None:
        """When the thing last said or shown was noted."""
        return _when((self.seen or {}).get("at"))

    def remember_question(self, question: dict[str, Any], *, now: datetime) -> None:
        """Keep the status question just answered, for a follow-up about another day or person."""
        self.asked = {**question, "at": now.isoformat(), "seen": self.seen}

    def last_question(self, now: datetime) -> dict[str, Any] | None:
        """The status question answered last, unless it has lapsed or talk moved on since."""
        at = _when((self.asked or {}).get("at"))
        if at is None or now - at > timedelta(minutes=FLOW_MINUTES):
            return None
        if self.asked and self.asked.get("seen") != self.seen:
            return None  # a card, task or reminder came up after it
        return self.asked

    def remember_undo(self, action: dict[str, Any], *, now: datetime) -> None:
        """Keep `action` as the one "undo" reverts; it replaces any older one."""
        self.undo = {**action, "at": now.isoformat()}

    def take_undo(self, now: datetime) -> dict[str, Any] | None:
        """The action to revert, if it is recent enough; the slot is emptied either way."""
        action, self.undo = self.undo, None
        if not action:
            return None
        at = _when(action.get("at"))
        if at is None or now - at > timedelta(minutes=UNDO_MINUTES):
            return None
        return action


def _when(value: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
