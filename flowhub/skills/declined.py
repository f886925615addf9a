"""After a decline: the requester keeps the task, asks someone else, or drops it."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from flowhub.connectors import Button, Reply
from flowhub.i18n import localized
from flowhub.nlp import When, parse_when
from flowhub.skills import declined_suggest, group_words, push, reply_words, words
from flowhub.skills.assign import (
    assignment_request,
    is_named,
    move_reminders,
    named_other,
    saved_card_edit,
    workspace_person,
)
from flowhub.skills.context import Context
from flowhub.skills.edit_saved import snapshot
from flowhub.skills.refer import PRONOUNS, match_titles, replied_ref
from flowhub.skills.task_due import set_due
from flowhub.storage import (
    Person,
    Proposal,
    Task,
    access,
    as_utc,
    audit,
    id_of,
    people,
    proposals,
    reminders,
    tasks,
)

_MAX_PEOPLE = 6
# How long a typed answer ("I'll do it myself") still refers to a decline the requester heard of.
_ANSWER_WINDOW = timedelta(hours=2)
# In a group, where the same words are also chat between people, a shorter while.
_GROUP_WINDOW = timedelta(minutes=30)
# Sighs and fillers in front of the answer: "ugh fine, I'll do it myself", "ok then, drop it".
_FILL = (
    r"^(?:(?:ugh+|fine|ok(?:ay)?|alright|sigh|meh|oh well|whatever|never ?mind|nvm|right|sure"
    r"|yeah|then|hmm+|well|just|let'?s|actually|no)\b[\s,.!]*)*"
)
_TAKE = re.compile(
    _FILL + r"(?:(?:i'?ll|i will|let me|i can|i'?m gonna|i'?m going to) "
    r"(?:do|take|handle|keep|deal with|sort) (?:it|that|this)(?: (?:myself|then|back))*"
    r"|(?:i'?ll )?(?:keep|take) it(?: (?:myself|back))?|(?:i'?ll do it )?myself)\W*$",
    re.I,
)
_DROP = re.compile(
    _FILL + r"(?:drop|delete|scrap|bin|forget|cancel|skip)(?: about)? (?:it|that|this)"
    r"(?: then)?\W*$",
    re.I,
)
_GIVE = re.compile(
    _FILL + r"(?:(?:(?:give|pass|hand|assign|send) it to|ask|let|get) @?(\w+)"
    r"(?: instead| to do it| do it| then)?|@?(\w+),? (?:pls|please|plz|then|instead)"
    r"|(?:can|could) @?(\w+) (?:do|take) it)\W*$",
    re.I,
)

# "@Priya could you take the seating plan review then?", "Sam, can you do it instead?"
_ASK_OTHER = re.compile(
    r"\b(?:could|can|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+|maybe\s+)?"
    r"(?:take\s+over|take|do|handle|cover|pick\s+up|grab|look\s+at|own)\s+"
    r"(?P<what>[^?.!,;]+?)(?:\s+(?:then|instead|for me|please|pls))*\s*(?=[?.!,;]|$)",
    re.I,
)
_IT_ONE = re.compile(r"^(?:it|that|this)(?:\s+one)?$", re.I)


def handle(ctx: Context) -> list[Reply] | None:
    """Typed answers to "Sam declined: … What now?": keep it, drop it, or give it to someone;
    a no that points at someone else ("can't this week, ask Priya")."""
    suggested = declined_suggest.handle(ctx)
    if suggested is not None:
        return suggested
    text = ctx.text.strip()
    asked = _asks_other(ctx, text)
    if asked is not None:
        return _hand_on(ctx, *asked)
    back = _back_to_asker(ctx, text)
    if back is not None:
        return back
    give = _GIVE.match(text)
    if not (give or _TAKE.match(text) or _DROP.match(text)):
        return None
    task = _recently_declined(ctx)
    if task is None:
        return None
    arg = str(task.id)
    if _TAKE.match(text):
        return take_back(ctx, arg)
    if _DROP.match(text) or give is None:
        return drop(ctx, arg)
    name = next(g for g in give.groups() if g)
    matches = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=name
    )
    if len(matches) != 1:
        return None
    return give_to(ctx, f"{arg}:{matches[0].id}")


def answers(ctx: Context, text: str) -> bool:
    """Whether `text` is the requester's typed answer to a task declined a short while ago."""
    text = text.strip()
    if _asks_other(ctx, text) is not None:
        return True
    if not (_GIVE.match(text) or _TAKE.match(text) or _DROP.match(text)):
        return False
    task = _recently_declined(ctx)
    return task is not None and ctx.now - as_utc(task.updated_at) <= _GROUP_WINDOW


def _asks_other(ctx: Context, text: str) -> tuple[Task, Person, When | None] | None:
    """ "np. @Priya could you take the seating plan review then? thursday is fine": the
    requester asks someone named to take the task just declined (named, or "it"), maybe by a day."""
    m = _ASK_OTHER.search(text)
    if m is None:
        return None
    task = _recently_declined(ctx)
    if task is None or ctx.now - as_utc(task.updated_at) > _GROUP_WINDOW:
        return None
    what = m["what"].strip()
    if not (what.casefold() in PRONOUNS or _IT_ONE.match(what) or match_titles(what, [task])):
        return None
    person = named_other(ctx, text[: m.start("what")])
    if person is None or id_of(person) == task.creator_id:
        return None
    rest = text[m.end("what") :]
    when = parse_when(rest, now=ctx.now, tz=ctx.tz) if rest.strip() else None
    return task, person, when if when is not None and not when.rrule else None


def _hand_on(ctx: Context, task: Task, person: Person, when: When | None) -> list[Reply]:
    """Ask `person` to take the declined `task`, due `when` if the requester gave a day."""
    if when is not None:
        set_due(ctx, task, when)
    return give_to(ctx, f"{task.id}:{person.id}")


def _back_to_asker(ctx: Context, text: str) -> list[Reply] | None:
    """ "sorry, I'm on leave … Ana can you take it?" from the person a waiting card names, Ana
    being the one who asked: she is offered to do it herself, not to give it to herself."""
    if not reply_words.refuses(text):
        return None
    card = _card_for_sender(ctx)
    if card is None:
        return None
    other = named_other(ctx, text)
    if other is None or id_of(other) != card.person_id:
        return None
    first = other.display_name.split(" ")[0]
    said = group_words.CANT_TAKE_CARD.format(
        who=ctx.person.display_name, title=card.title, reason=text, requester=first
    )
    buttons = (
        Button(f"cardto:{card.id}:{card.person_id}", localized(group_words.TAKE_IT)),
        Button(f"discard:{card.id}", localized(words.DISCARD_LABEL)),
    )
    return [Reply(said, buttons=buttons, ref=f"cardask:{card.id}")]


def _card_for_sender(ctx: Context) -> Proposal | None:
    """The waiting card naming the sender that a refusal answers: the one replied to, else the
    newest one in this group shown a short while ago."""
    kind, number = replied_ref(ctx) if ctx.event.reply_to else ("", "")
    if kind == "proposal" and number.isdigit():
        found = proposals.get_proposal(session=ctx.session, proposal_id=int(number))
        pending = [found] if found is not None and found.status == "pending" else []
    elif ctx.chat.kind == "group" and not ctx.event.reply_to:
        pending = proposals.get_chat_pending_proposals(session=ctx.session, chat_id=ctx.chat_id)
        pending = [p for p in pending if ctx.now - as_utc(p.updated_at) <= _GROUP_WINDOW]
    else:
        return None
    mine = [
        p
        for p in pending
        if p.person_id != ctx.person_id and is_named(ctx.person, p.assignee_name or "")
    ]
    return mine[-1] if mine else None


def _recently_declined(ctx: Context) -> Task | None:
    """The requester's task declined most recently, if that was in the last couple of hours."""
    mine = tasks.get_all_tasks(
        session=ctx.session, workspace_id=ctx.workspace_id, creator_id=ctx.person_id
    )
    declined = [t for t in mine if t.assignment == "declined" and t.assignee_id is None]
    if not declined:
        return None
    task = max(declined, key=lambda t: as_utc(t.updated_at))
    return task if ctx.now - as_utc(task.updated_at) <= _ANSWER_WINDOW else None


def take_back(ctx: Context, arg: str) -> list[Reply]:
    """I'll do it: the requester keeps the task as their own."""
    task, refusal = _load(ctx, arg)
    if task is None:
        return refusal
    before = snapshot(task)
    tasks.update_task(
        session=ctx.session,
        task=task,
        now=ctx.now,
        assignee_id=ctx.person_id,
        assignee_name=None,
        assignment="none",
    )
    ctx.thread.remember_undo({"verb": "edit", "tasks": [before]}, now=ctx.now)
    move_reminders(ctx, task, to_id=ctx.person_id)
    _log(ctx, task, "taken-back")
    said = Reply(
        group_words.TAKEN_BACK.format(title=task.title),
        edit=ctx.event.reply_to,
        ref=f"assignment:{task.id}",
    )
    return [said, *saved_card_edit(ctx, task, assignee=ctx.person.display_name)]


def ask_other(ctx: Context, arg: str) -> list[Reply]:
    """Ask someone else: a button for each person who could take it instead."""
    task_arg, _, decliner = arg.partition(":")
    task, refusal = _load(ctx, task_arg)
    if task is None:
        return refusal
    skip = {ctx.person_id, int(decliner) if decliner.isdigit() else -1}
    others = [p for p in _who_could(ctx, task) if p.id not in skip][:_MAX_PEOPLE]
    if not others:
        return [Reply(group_words.NOBODY_ELSE.format(title=task.title), edit=ctx.event.reply_to)]
    return [
        Reply(
            group_words.WHO_INSTEAD.format(title=task.title),
            buttons=tuple(
                Button(f"giveto:{task.id}:{p.id}", p.display_name.split(" ")[0]) for p in others
            ),
            edit=ctx.event.reply_to,
        )
    ]


def _who_could(ctx: Context, task: Task) -> list[Person]:
    """The people of the chat the task came from: that group's, or the requester's groups'."""
    chat = people.get_chat(session=ctx.session, chat_id=task.chat_id) if task.chat_id else None
    if chat is not None and chat.kind == "group":
        groups = [id_of(chat)]
    else:
        groups = people.get_group_ids(session=ctx.session, person_id=task.creator_id)
    return people.get_group_members(session=ctx.session, chat_ids=groups)


def give_to(ctx: Context, arg: str) -> list[Reply]:
    """Give a declined task to the person picked, who is asked to accept it."""
    task_arg, _, person_arg = arg.partition(":")
    task, refusal = _load(ctx, task_arg)
    if task is None:
        return refusal
    person = workspace_person(ctx, person_arg)
    if person is None:
        return [Reply(words.NOT_YOURS)]
    ask_person(ctx, task, person)
    _log(ctx, task, "reassigned")
    said = group_words.ASKED_INSTEAD.format(name=person.display_name, title=task.title)
    shown = group_words.CARD_ASKED.format(name=person.display_name)
    return [
        Reply(said, edit=ctx.event.reply_to, ref=f"assignment:{task.id}"),
        assignment_request(ctx, task, person),
        *saved_card_edit(ctx, task, assignee=shown),
    ]


def drop(ctx: Context, arg: str) -> list[Reply]:
    """Drop it: the task is deleted and its reminders stop."""
    task, refusal = _load(ctx, arg)
    if task is None:
        return refusal
    before = {"id": task.id, "status": task.status, "due_at": _iso(task.due_at)}
    tasks.update_task(session=ctx.session, task=task, now=ctx.now, status="discarded")
    for reminder in reminders.get_reminders_for_task(session=ctx.session, task_id=id_of(task)):
        reminders.update_reminder(session=ctx.session, reminder=reminder, status="cancelled")
    ctx.thread.remember_undo({"verb": "delete", "tasks": [before]}, now=ctx.now)
    ctx.later(push.sync_task, id_of(task))
    _log(ctx, task, "deleted")
    said = Reply(
        group_words.DROPPED.format(title=task.title),
        edit=ctx.event.reply_to,
        ref=f"assignment:{task.id}",
    )
    return [said, *saved_card_edit(ctx, task, dropped=True)]


def _iso(at: datetime | None) -> str | None:
    return at.isoformat() if at else None


def _load(ctx: Context, arg: str) -> tuple[Task | None, list[Reply]]:
    """The open, unassigned task a requester's button names, or why it can't be used."""
    task = (
        access.get_task(session=ctx.session, task_id=int(arg), viewer=ctx.viewer)
        if arg.isdigit()
        else None
    )
    if task is None or task.creator_id != ctx.person_id:  # only the requester decides
        return None, [Reply(words.NOT_YOURS)]
    if task.status != "open":
        return None, [Reply(group_words.NOT_OPEN.format(title=task.title))]
    if task.assignee_id not in (None, ctx.person_id):
        name = task.assignee_name or "someone"
        return None, [Reply(group_words.ALREADY_ASSIGNED.format(title=task.title, name=name))]
    return task, []


def _log(ctx: Context, task: Task, action: str) -> None:
    audit.create_audit_entry(
        session=ctx.session,
        at=ctx.now,
        action=action,
        subject=f"task:{task.id}",
        person_id=ctx.person_id,
    )


def ask_person(ctx: Context, task: Task, person: Person) -> None:
    """Give `task` to `person`, waiting for their answer; their reminders follow it."""
    tasks.update_task(
        session=ctx.session,
        task=task,
        now=ctx.now,
        assignee_id=id_of(person),
        assignee_name=person.display_name,
        assignment="pending",
    )
    move_reminders(ctx, task, to_id=id_of(person))
