"""Changing the tasks just saved, together: "the 3 I just saved, due friday", "those two I just
added are for sam", "make all of them high priority" right after a save.

The tasks are the ones the last save made (or the last several tasks said); the words left when
the pointer is taken out are read as an edit of each of them, and one message says what changed.
"""

from __future__ import annotations

import re
from datetime import timedelta

from flowhub.connectors import Reply
from flowhub.skills.context import Context
from flowhub.skills.edit import read_edits
from flowhub.skills.edit_saved import edit_task
from flowhub.storage import Task, access, as_utc, id_of, tasks

__all__ = ["handle"]

_COUNT = r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|both)"
# "the 3 I just saved", "those two I just added", "the ones we just made".
_JUST_SAVED = re.compile(
    r"\b(?:(?:all\s+)?(?:the|those|these)\s+|all\s+)(?:(?P<n>" + _COUNT + r")\s+)?"
    r"(?:(?:new\s+)?(?:tasks?|ones|cards?|things|items|todos)\s+)?(?:(?:that|which)\s+)?"
    r"(?:i|we)(?:'ve|\s+have)?\s+(?:just\s+)?(?:saved|added|made|created|confirmed|entered)"
    r"(?:\s+(?:just\s+)?now)?\b",
    re.I,
)
# "all of them", "both of them", "all three", "them all": the tasks just saved, when that save
# is the last thing said.
_ALL_OF_THEM = re.compile(
    r"\b(?:all\s+(?:of\s+)?(?:them|those|these)|both\s+of\s+(?:them|those|these)"
    r"|all\s+(?P<n>\d{1,2}|two|three|four|five|six)(?:\s+of\s+(?:them|those|these))?"
    r"|them\s+all|them\s+both|each\s+of\s+them|every\s+one\s+of\s+them)\b",
    re.I,
)
_NUMBERS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_NUMBERS |= {"eight": 8, "nine": 9, "ten": 10}
# Said right after: how long ago a save may be to count as "just".
_RECENT = timedelta(minutes=30)


def handle(ctx: Context) -> list[Reply] | None:
    """Edit each of the tasks just saved that the message points at; None when it points at none."""
    text = ctx.text.strip()
    said = _JUST_SAVED.search(text)
    loose = said is None
    if said is None:
        said = _ALL_OF_THEM.search(text)
    if said is None:
        return None
    batch = _batch(ctx, loose=loose)
    count = _count(said["n"])
    if count is not None and len(batch) > count:
        batch = batch[-count:]  # "the 3 I just saved" of a longer run: the newest three
    if len(batch) < 2 and loose:
        return None
    if not batch:
        return None
    rest = _rest(text, said.start(), said.end())
    changes, unread = read_edits(ctx, rest)
    if not changes or unread is not None:
        return None
    replies: list[Reply] = []
    befores: list[object] = []
    kept: list[object] | None = None
    for task in batch:
        replies += edit_task(ctx, [task], changes, "it")
        undo = ctx.thread.undo or {}
        befores += list(undo.get("tasks") or [])
        if "reminders" in undo:
            kept = [*(kept or []), *undo["reminders"]]
    ctx.thread.note("task", [id_of(t) for t in batch], now=ctx.now)
    if befores:  # one "undo" puts every one of them back
        merged: dict[str, object] = {"verb": "edit", "tasks": befores}
        if kept is not None:
            merged["reminders"] = kept
        ctx.thread.remember_undo(merged, now=ctx.now)
    return _joined(replies)


def _count(said: str | None) -> int | None:
    if not said:
        return None
    return int(said) if said.isdigit() else _NUMBERS.get(said.casefold())


def _rest(text: str, start: int, end: int) -> str:
    """The message with the pointer said as "it": "those two … are for sam" -> "it's for sam"."""
    rest = f"{text[:start]} it {text[end:]}"
    rest = re.sub(r"\bit\s+(?:are|is)\b", "it's", rest, flags=re.I)
    rest = re.sub(r"\bit\s+(?:should|need\s+to|have\s+to)\s+(?:all\s+)?be\b", "it's", rest)
    rest = re.sub(r"^\s*it\s*(?:[,:;]|-\s|—|–)\s*", "", rest, flags=re.I)
    return " ".join(rest.split()).strip(" ,.!")


def _batch(ctx: Context, *, loose: bool) -> list[Task]:
    """The tasks the last save made, oldest first, while they are what was said last."""
    seen = ctx.thread.last_seen()
    at = ctx.thread.seen_at()
    ids: list[int] = []
    if seen and seen[0] == "task" and (at is None or ctx.now - as_utc(at) <= _RECENT):
        from flowhub.skills.refer import saved_together  # refer reads this package's words

        ids = saved_together(ctx)
        ids = ids if len(ids) >= len(seen[1]) else seen[1]
    if not ids and not loose:
        ids = _made_lately(ctx)
    found = [access.get_task(session=ctx.session, task_id=i, viewer=ctx.viewer) for i in ids]
    return [t for t in found if t is not None and t.status == "open"]


def _made_lately(ctx: Context) -> list[int]:
    """This person's open tasks made here a short while ago, oldest first."""
    mine = tasks.get_all_tasks(
        session=ctx.session, workspace_id=ctx.workspace_id, status="open", visible_to=ctx.viewer
    )
    recent = [
        t
        for t in mine
        if t.creator_id == ctx.person_id and ctx.now - as_utc(t.created_at) <= _RECENT
    ]
    return [id_of(t) for t in sorted(recent, key=lambda t: (as_utc(t.created_at), id_of(t)))]


def _joined(replies: list[Reply]) -> list[Reply]:
    """The plain lines said in this chat as one message; the rest as they are."""
    plain = [r for r in replies if r.to is None and not (r.buttons or r.edit or r.ref)]
    rest = [r for r in replies if r not in plain]
    if len(plain) < 2:
        return replies
    return [Reply("\n".join(r.text for r in plain)), *rest]
