"""The change asked of "the burst pipe one" when several tasks matched it, made once the
person answers which: "1", "the second one", "#2" right after "Several tasks match …"."""

from __future__ import annotations

import re
from dataclasses import asdict, fields
from datetime import timedelta
from typing import Any

from flowhub.connectors import Reply
from flowhub.skills.context import Context
from flowhub.skills.edit_words import Change
from flowhub.storage import access

__all__ = ["handle", "remember"]

_KIND = "pick_edit"
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4}
_PICK = re.compile(
    r"^\W*(?:(?:the|that|number|no\.?|#)\s*)?(?P<n>\d{1,2}|first|1st|second|2nd|third|3rd|fourth)"
    r"(?:\s+(?:one|task|pls|please))*\W*$",
    re.I,
)


def remember(ctx: Context, ids: list[int], edits: list[Change], phrase: str) -> None:
    """Keep the change asked of several matching tasks until the person says which one."""
    kept = [{**asdict(e), "shift": e.shift.total_seconds() if e.shift else None} for e in edits]
    ctx.thread.start_flow(_KIND, now=ctx.now, ids=ids, edits=kept, phrase=phrase)


def handle(ctx: Context) -> list[Reply] | None:
    """The kept change made to the task picked by its number; None for anything else."""
    flow = ctx.thread.flow or {}
    if ctx.thread.flow_kind(ctx.now) != _KIND or (m := _PICK.match(ctx.text)) is None:
        return None
    said = m["n"].lower()
    number = int(said) if said.isdigit() else _ORDINALS[said]
    ids = [i for i in flow.get("ids", []) if isinstance(i, int)]
    if not 1 <= number <= len(ids):
        return None
    task = access.get_task(session=ctx.session, task_id=ids[number - 1], viewer=ctx.viewer)
    if task is None:
        return None
    ctx.thread.flow = None
    from flowhub.skills.edit_saved import edit_task  # edit_saved keeps the change here

    edits = [_change(e) for e in flow.get("edits", []) if isinstance(e, dict)]
    return edit_task(ctx, [task], edits, str(flow.get("phrase") or ""))


def _change(kept: dict[str, Any]) -> Change:
    """A kept change read back."""
    names = {f.name for f in fields(Change)}
    values = {k: v for k, v in kept.items() if k in names}
    shift = values.get("shift")
    values["shift"] = timedelta(seconds=shift) if isinstance(shift, int | float) else None
    return Change(**values)
