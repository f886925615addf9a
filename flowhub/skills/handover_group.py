"""The person who has a task offers it to the whole group: "can someone take the bakery run off
me", "take the kit order off me please", "I can't do the van, can anyone take it?".

The task is nobody's again and the group sees it with a button to take it; whoever presses it,
or says "I'll take it", gets it. Only a task the sender has is offered this way; anything else is
left to the other skills (an ask of the room becomes a card as before).
"""

from __future__ import annotations

import re

from flowhub.connectors import Button, Reply
from flowhub.skills import group_words, push, words
from flowhub.skills.assign import saved_card_edit
from flowhub.skills.context import Context
from flowhub.skills.refer import PRONOUNS, match_titles
from flowhub.skills.taking import take_on
from flowhub.storage import Task, access, audit, id_of, tasks

_TAKE = r"(?:take(?:\s+over)?|do|handle|cover|grab|pick\s+up|look\s+after|have|deal\s+with)"
_ANYONE = r"(?:someone|somebody|anyone|anybody|one\s+of\s+you|any\s+of\s+you|you\s+guys)"
_OFF_ME = r"(?:off\s+me|off\s+my\s+hands|from\s+me|for\s+me|instead\s+of\s+me|over)"
_FILL = r"(?:(?:hey|so|guys|team|sorry|ugh|hmm|um|honestly|ok(?:ay)?|actually)\W+)*"
_END = r"(?:\s+(?:please|pls|plz|today|this\s+week|then))*\s*(?:[?.!]+.*)?$"
_CANT = (
    r"(?:i\s+)?(?:can'?t|cannot|can\s+not|won'?t\s+be\s+able\s+to|won'?t\s+manage|won'?t\s+get\s+to"
    r"|(?:don'?t|do\s+not)\s+have\s+time\s+(?:for|to\s+do))"
)
_OFFERS = (
    # "can someone take the bakery run off me", "could anyone cover the van for me?"
    re.compile(
        rf"^\W*{_FILL}(?:can|could|would|will)\s+{_ANYONE}\s+(?:please\s+|pls\s+)?{_TAKE}\s+"
        rf"(?P<what>.+?)(?:\s+{_OFF_ME})?{_END}",
        re.I,
    ),
    # "take the kit order off me please", "someone please take the van off my hands"
    re.compile(
        rf"^\W*{_FILL}(?:{_ANYONE}\s+)?(?:please\s+|pls\s+)?{_TAKE}\s+(?P<what>.+?)\s+"
        rf"(?:off\s+me|off\s+my\s+hands){_END}",
        re.I,
    ),
    # "who can take the bakery run off me?", "anyone want to take over the van?"
    re.compile(
        rf"^\W*{_FILL}(?:who\s+(?:can|could|wants\s+to|would\s+like\s+to)|{_ANYONE}\s+"
        rf"(?:want|wants|fancy|fancies|free|able)\s+to)\s+{_TAKE}\s+(?P<what>.+?)"
        rf"(?:\s+{_OFF_ME})?{_END}",
        re.I,
    ),
    # "I can't do the bakery run after all, can someone take it?"
    re.compile(
        rf"^\W*{_FILL}{_CANT}\s+(?:do\s+|make\s+|manage\s+|get\s+to\s+)?(?P<what>.+?)"
        r"(?:\s+(?:after\s+all|anymore|any\s+more|this\s+week|today|tomorrow))*[\s,.;!-]+"
        rf"(?:so\s+)?(?:can|could|would|will)\s+{_ANYONE}\s+(?:please\s+)?{_TAKE}"
        rf"(?:\s+(?:it|that|this|them|over))?(?:\s+{_OFF_ME})?{_END}",
        re.I,
    ),
)


def found(ctx: Context, text: str) -> Task | None:
    """The one task of the sender's that `text` offers to anyone in the group, or None."""
    if ctx.chat.kind != "group":
        return None
    said = next((m for m in (p.match(text.strip()) for p in _OFFERS) if m), None)
    if said is None:
        return None
    what = said["what"].strip()
    if what.casefold() in PRONOUNS:
        return None
    named = match_titles(what, _held(ctx))
    return named[0] if len(named) == 1 else None


def handle(ctx: Context) -> list[Reply] | None:
    """Make the offered task nobody's and show it to the group with a button to take it."""
    task = found(ctx, ctx.text)
    if task is None:
        return None
    tasks.update_task(
        session=ctx.session,
        task=task,
        now=ctx.now,
        assignee_id=None,
        assignee_name=None,
        assignment="none",
    )
    _log(ctx, task)
    ctx.thread.note("task", [id_of(task)], now=ctx.now)
    said = group_words.OFFERED.format(who=ctx.person.display_name, title=task.title)
    button = Button(f"takeup:{task.id}", group_words.TAKE_IT.format())
    shown = saved_card_edit(ctx, task, assignee=group_words.CARD_OPEN.format())
    return [Reply(said, buttons=(button,), ref=f"task:{task.id}"), *shown]


def take_up(ctx: Context, arg: str) -> list[Reply]:
    """The person who pressed "I'll do it" under an offered task takes it."""
    task = (
        access.get_task(session=ctx.session, task_id=int(arg), viewer=ctx.viewer)
        if arg.isdigit()
        else None
    )
    if task is None:
        return [Reply(words.NOT_YOURS)]
    if task.status != "open":
        return [Reply(group_words.NOT_OPEN.format(title=task.title))]
    if task.assignee_id not in (None, ctx.person_id):
        name = task.assignee_name or ""
        return [Reply(group_words.ALREADY_ASSIGNED.format(title=task.title, name=name))]
    name = ctx.person.display_name
    own = task.creator_id == ctx.person_id
    take_on(ctx, task, assignment="none" if own else "accepted")
    ctx.later(push.sync_task, id_of(task))
    _log(ctx, task)
    said = group_words.TOOK_TASK.format(who=name, title=task.title)
    return [
        Reply(said, edit=ctx.event.reply_to, ref=f"assignment:{task.id}"),
        *saved_card_edit(ctx, task, assignee=name),
    ]


def _held(ctx: Context) -> list[Task]:
    """The sender's open tasks: given to them, or made by them with nobody else on them."""
    mine = tasks.get_all_tasks(
        session=ctx.session,
        workspace_id=ctx.workspace_id,
        status="open",
        visible_to=ctx.viewer,
        limit=200,
    )
    return [
        t
        for t in mine
        if (t.assignee_id == ctx.person_id and t.assignment != "declined")
        or (t.creator_id == ctx.person_id and t.assignee_id is None and not t.assignee_name)
    ]


def _log(ctx: Context, task: Task) -> None:
    audit.create_audit_entry(
        session=ctx.session,
        at=ctx.now,
        action="reassigned",
        subject=f"task:{task.id}",
        person_id=ctx.person_id,
    )
