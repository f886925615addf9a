"""The words for a change made in a tool: what changed, in one short line."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from flowhub.skills import push_words as words
from flowhub.skills.format import when_text
from flowhub.skills.words import PRIORITY_NAMES


def edit_message(tool: str, title: str, changes: dict[str, Any], *, zone: str) -> str:
    """ "✏️ Todoist: “Send invoice” moved to Fri 11 Dec, 17:00" for the changes an edit made
    (as `flowhub.integrations.inbound_edits` records them), dates in the reader's `zone`."""
    if "title" in changes:
        title = changes["title"][0]  # named as the person knew it
    parts: list[str] = []
    if "title" in changes:
        parts.append(words.EDIT_RENAMED.format(title=changes["title"][1]))
    if "due" in changes:
        new = changes["due"][1]
        if new is None:
            parts.append(str(words.EDIT_UNDATED.format()))
        else:
            at = datetime.fromisoformat(new)
            when = when_text(at, changes.get("grain"), zone, changes.get("due_tz"))
            parts.append(words.EDIT_MOVED.format(when=when))
    if "priority" in changes:
        level = changes["priority"][1]
        name = PRIORITY_NAMES.get(level)
        parts.append(words.EDIT_PRIORITY.format(priority=name.format() if name else level))
    if "assignee" in changes:
        who = changes["assignee"][1]
        parts.append(
            words.EDIT_ASSIGNED.format(name=who) if who else words.EDIT_UNASSIGNED.format()
        )
    return words.EDITED_REMOTE.format(tool=tool, title=title, changes=", ".join(parts))


__all__ = ["edit_message"]
