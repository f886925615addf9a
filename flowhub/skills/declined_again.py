"""The requester gives a declined task to someone in plain words, maybe with a new day.

"ok fair. give it back to priya but due the 15th then", "give it to priya, due the 15th", "the
xmas menu thing — ask priya again, due 15 dec", "priya says she does want the xmas menu one, send
it to her again pls": the task declined most recently (a couple of hours at most) is offered to
that person, due the day said; "her", "him" and "them" are the one who declined it. Nothing here
makes a card.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from flowhub.connectors import Reply
from flowhub.nlp import search_when
from flowhub.skills.card_zone import due_words
from flowhub.skills.context import Context
from flowhub.skills.declined import give_to
from flowhub.skills.refer import PRONOUNS, match_titles
from flowhub.skills.task_due import set_due
from flowhub.storage import Person, Task, as_utc, audit, id_of, people, proposals, tasks

__all__ = ["handle"]

_WINDOW = timedelta(hours=2)
_BACK = {"her", "him", "them"}
_WHAT = (
    r"(?P<what>it|that|this|that\s+one|this\s+one|the\s+[\w'+&-]+(?:\s+[\w'+&-]+){0,5}?"
    r"(?:\s+(?:one|task|thing))?)"
)
_GIVE = re.compile(
    rf"\b(?:give|pass|hand|assign|send|offer|reassign|re-?offer|forward)\s+{_WHAT}\s+(?:back\s+)?"
    r"(?:over\s+)?to\s+@?(?P<who>\w+)(?:\s+again)?\b",
    re.I,
)
_ASK = re.compile(
    r"\b(?:ask|try|offer\s+it\s+to|give)\s+@?(?P<who>\w+)\s+(?:again|another\s+(?:go|shot|chance)"
    r"|once\s+more)\b",
    re.I,
)


def handle(ctx: Context) -> list[Reply] | None:
    """Offer the requester's task declined a short while ago to the person named; None when
    the message is not that."""
    m = _GIVE.search(ctx.text) or _ASK.search(ctx.text)
    if m is None:
        return None
    task = _declined(ctx)
    if task is None or _card_since(ctx, task):
        return None
    what = (m.groupdict().get("what") or "").strip()
    if what and what.casefold() not in PRONOUNS and not _names(what, task):
        return None
    person = _person(ctx, m["who"], task)
    if person is None or id_of(person) == ctx.person_id:
        return None
    rest = ctx.text[: m.start()] + " " + ctx.text[m.end() :]
    found = [w for w in search_when(rest, now=ctx.now, tz=ctx.tz) if not w.rrule]
    if found:
        when = found[0]
        set_due(ctx, task, when)
    replies = give_to(ctx, f"{task.id}:{person.id}")
    due = due_words(ctx, task, requester_id=task.creator_id) if found else ""
    if due and replies and replies[0].edit is None:
        replies[0] = Reply(f"{replies[0].text} · {due}", ref=replies[0].ref)
    return [_dated(r, f"task:{task.id}", due) for r in replies] if due else replies


def _dated(reply: Reply, ref: str, due: str) -> Reply:
    """The task's saved card edited in place shows its new day too."""
    if reply.edit is None or reply.ref != ref:
        return reply
    lines = [f"📅 {due}" if line.startswith("📅 ") else line for line in reply.text.split("\n")]
    return replace(reply, text="\n".join(lines))


def _names(what: str, task: Task) -> bool:
    """Whether "the xmas menu one" names `task`."""
    bare = re.sub(r"^the\s+|\s+(?:one|task|thing)$", "", what, flags=re.I)
    return bool(match_titles(bare, [task]))


def _declined(ctx: Context) -> Task | None:
    """The sender's task declined most recently, within the last couple of hours."""
    mine = tasks.get_all_tasks(
        session=ctx.session, workspace_id=ctx.workspace_id, creator_id=ctx.person_id
    )
    declined = [
        t
        for t in mine
        if t.assignment == "declined" and t.assignee_id is None and t.status == "open"
    ]
    if not declined:
        return None
    task = max(declined, key=lambda t: as_utc(t.updated_at))
    return task if ctx.now - as_utc(task.updated_at) <= _WINDOW else None


def _card_since(ctx: Context, task: Task) -> bool:
    """Whether a card of the sender's waits here from after the decline: "it" is that card."""
    waiting = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    return any(as_utc(p.created_at) >= as_utc(task.updated_at) for p in waiting)


def _person(ctx: Context, who: str, task: Task) -> Person | None:
    """The person "priya", "@sam" or "her" (who declined `task`) means."""
    if who.casefold() in _BACK:
        entries = audit.get_audit_entries(
            session=ctx.session, actions=["declined"], after=ctx.now - _WINDOW * 12
        )
        said = [e for e in entries if e.subject == f"task:{task.id}" and e.person_id is not None]
        if not said or said[-1].person_id is None:
            return None
        return people.get_person(session=ctx.session, person_id=said[-1].person_id)
    found = people.find_people_by_name(session=ctx.session, workspace_id=ctx.workspace_id, name=who)
    return found[0] if len(found) == 1 else None
