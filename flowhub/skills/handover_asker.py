"""The asker gives a task someone has to someone else: "priya's swamped with year end, hand the
electricity bill to sam", "give the bill thing to sam instead", "sam should do the fridge one,
not priya".

The new person is asked to accept it, the one who had it hears it is off their list, and the
asker is told both.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.i18n import current_locale, use_locale
from flowhub.skills import group_words
from flowhub.skills.assign import assignment_request, direct_target
from flowhub.skills.context import Context
from flowhub.skills.declined import ask_person
from flowhub.skills.handover_words import TAKEN_OFF
from flowhub.skills.notify import reader_locale
from flowhub.skills.refer import PRONOUNS, match_titles
from flowhub.storage import Person, Task, audit, id_of, people, tasks

__all__ = ["handle"]

_REASON = r"(?:[^,.;!?]+[,.;!?]+\s*(?:so\s+)?)?"
_SAYS = (
    # "…, hand the electricity bill to sam", "give the bill thing to sam instead"
    re.compile(
        rf"^{_REASON}(?:(?:pls|please|can\s+you|could\s+you)\s+)?"
        r"(?:hand|give|pass|move|reassign|switch|shift)\s+(?P<what>.+?)\s+(?:over\s+)?to\s+"
        r"@?(?P<who>[^\W\d_]+)(?:\s+instead)?(?:\s+(?:please|pls))?\W*$",
        re.I,
    ),
    # "sam should do the fridge one, not priya", "let sam take the bill thing instead"
    re.compile(
        rf"^{_REASON}(?:let\s+)?@?(?P<who>[^\W\d_]+)\s+(?:should|can|could|will)?\s*"
        r"(?:do|take|handle|have|get)\s+(?P<what>.+?)"
        r"(?:,?\s+(?:not|instead\s+of)\s+@?(?P<old>[^\W\d_]+))?(?:\s+instead)?\W*$",
        re.I,
    ),
)


def handle(ctx: Context) -> list[Reply] | None:
    """Give the asker's task that someone else has to the person named; None otherwise."""
    found = _found(ctx, ctx.text.strip())
    if found is None:
        return None
    task, person, before = found
    ask_person(ctx, task, person)
    audit.create_audit_entry(
        session=ctx.session,
        at=ctx.now,
        action="reassigned",
        subject=f"task:{task.id}",
        person_id=ctx.person_id,
    )
    said = group_words.HANDED_OVER.format(
        who=ctx.person.display_name, title=task.title, name=person.display_name
    )
    replies = [
        Reply(said, ref=f"assignment:{task.id}"),
        assignment_request(ctx, task, person),
    ]
    told = _tell_before(ctx, task, before, person)
    return replies + ([told] if told is not None else [])


def _found(ctx: Context, text: str) -> tuple[Task, Person, Person] | None:
    """The asker's task `text` gives on, the person it goes to and the one who has it now."""
    said = next((m for m in (p.match(text) for p in _SAYS) if m), None)
    if said is None or said["what"].casefold() in PRONOUNS:
        return None
    person = _one_person(ctx, said["who"])
    if person is None or id_of(person) == ctx.person_id:
        return None
    out = [
        t
        for t in tasks.get_all_tasks(session=ctx.session, workspace_id=ctx.workspace_id)
        if t.creator_id == ctx.person_id
        and t.status == "open"
        and t.assignee_id not in (None, ctx.person_id, id_of(person))
    ]
    old = said.groupdict().get("old")
    if old:
        had = _one_person(ctx, old)
        out = [t for t in out if had is not None and t.assignee_id == id_of(had)]
    named = match_titles(said["what"], out)
    if len(named) != 1 or named[0].assignee_id is None:
        return None
    before = people.get_person(session=ctx.session, person_id=named[0].assignee_id)
    return (named[0], person, before) if before is not None else None


def _one_person(ctx: Context, name: str) -> Person | None:
    found = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=name
    )
    return found[0] if len(found) == 1 else None


def _tell_before(ctx: Context, task: Task, before: Person, person: Person) -> Reply | None:
    """Tell the one who had the task, privately and in their language, that it moved on."""
    target = direct_target(ctx, id_of(before))
    if target is None or target.chat == ctx.event.chat:
        return None
    with use_locale(reader_locale(ctx.session, before, asker_locale=current_locale())):
        said = TAKEN_OFF.format(
            who=ctx.person.display_name, title=task.title, name=person.display_name
        )
    return Reply(said, to=target)
