"""The person who has a task hands it to someone else: "I can't do the catering after all, can
Priya take it?", "could Sam cover the slides for me?".

The new person is asked to accept it, named as given by the one who handed it over; the requester
hears of it where it is said, or privately when it is said elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.i18n import current_locale, use_locale
from flowhub.nlp import parse_when
from flowhub.skills import (
    claim,
    clash,
    group_card_drop,
    group_words,
    handover_from,
    handover_group,
    take_words,
    yes_dated,
)
from flowhub.skills.assign import (
    assignment_request,
    requester_target,
    saved_card_edit,
)
from flowhub.skills.card_zone import due_words
from flowhub.skills.context import Context
from flowhub.skills.declined import ask_person
from flowhub.skills.notify import reader_locale
from flowhub.skills.refer import PRONOUNS, match_titles
from flowhub.skills.remind_follow import follow_due
from flowhub.storage import Person, Task, audit, id_of, people, tasks

_TAKE = r"(?:take|do|handle|cover|pick up|grab|take over|look after)"
_CANT = (
    r"(?:i\s+)?(?:can'?t|cannot|can not|won'?t be able to|won'?t manage|am not able to"
    r"|'?m not able to|won'?t get to|(?:don'?t|do not) have time (?:for|to do))"
)
_HANDS = (
    re.compile(
        rf"^(?:sorry|unfortunately|ugh|hmm)?[\s,]*{_CANT}\s+(?:do|make|handle|manage|get to|"
        rf"take care of|finish|deal with)?\s*(?P<what>.+?)"
        r"(?:\s+(?:after all|anymore|any more|this week|today|tomorrow|now))*[\s,.;!-]+"
        rf"(?:so\s+)?(?:can|could|would|will)\s+@?(?P<who>\w+)\s+{_TAKE}"
        r"(?:\s+(?:it|that|this|them|over))?(?:\s+(?:instead|for me|please|pls))*\W*$",
        re.I,
    ),
    re.compile(
        rf"^(?:can|could|would)\s+@?(?P<who>\w+)\s+{_TAKE}\s+(?P<what>.+?)\s+"
        r"(?:instead(?: of me)?|for me|off me|from me|off my hands)\W*$",
        re.I,
    ),
    # "Priya could you take over the venue call from me? I'm drowning in tasting prep."
    re.compile(
        rf"^@?(?P<who>\w+)[\s,]+(?:can|could|would)\s+(?:you|u)\s+(?:please\s+|pls\s+)?{_TAKE}"
        r"\s+(?P<what>.+?)"
        r"(?:\s+(?:instead(?: of me)?|for me|off me|from me|off my hands))?\s*(?:\?|$)",
        re.I,
    ),
    # "@Ana honestly I won't get to the terrace door check, can you take it back?"
    re.compile(
        rf"^@?(?P<who>\w+)[\s,]+(?:(?:honestly|sorry|so|look|hey|ugh|unfortunately)[\s,]+)*{_CANT}"
        r"\s+(?:do|make|handle|manage|get to|take care of|finish|deal with)?\s*(?P<what>.+?)"
        r"(?:\s+(?:after all|anymore|any more|this week|today|tomorrow|now))*[\s,.;!-]+"
        rf"(?:so\s+)?(?:can|could|would|will)\s+you\s+(?:please\s+)?{_TAKE}"
        r"(?:\s+(?:it|that|this|them))?(?:\s+(?:back|over|instead|for me|please|pls))*\W*$",
        re.I,
    ),
)
# "… the Friday Weber update from the 18th": from when on, not part of what is handed.
_FROM_DAY = re.compile(r"\s+(?:from|starting|as of)\s+(?:the\s+)?\w+(?:\s+\w+)?$", re.I)


def found(ctx: Context, text: str) -> bool:
    """Whether `text` hands one of the sender's tasks to one other person, or to the group."""
    return _found(ctx, text.strip()) is not None or handover_group.found(ctx, text) is not None


# Where a reason said first ends: "ugh i'm at the site visit all monday, priya can you …".
_CLAUSE = re.compile(r"[,.;!?]+\s+|\s+[-–—]+\s+")
# What a request names, without the reason said after it: "the lanterns thing instead, i'm off".
_WHAT_END = re.compile(r"\s*(?:[,;.!?]|\s(?:instead|for\s+me|off\s+me|from\s+me)\b).*$", re.I)


def _said(text: str) -> re.Match[str] | None:
    """The hand-over said in `text`, also after a reason said first."""
    starts = [0, *(m.end() for m in _CLAUSE.finditer(text))]
    for start in starts:
        said = next((m for m in (p.match(text[start:]) for p in _HANDS) if m), None)
        if said is not None:
            return said
    return None


def _found(ctx: Context, text: str) -> tuple[Task, Person] | None:
    """The sender's task `text` hands over, and the one person it goes to."""
    said = _said(text)
    if said is not None and said.group("what").casefold() in PRONOUNS:
        return None  # "Priya can you do that one": the card just shown, not a task
    if said is None:
        return None
    mine = tasks.get_all_tasks(
        session=ctx.session, workspace_id=ctx.workspace_id, assignee_id=ctx.person_id
    )
    what = said.group("what")
    named = match_titles(what, mine) or match_titles(_FROM_DAY.sub("", what), mine)
    if not named and _WHAT_END.sub("", what) != what:
        named = match_titles(_WHAT_END.sub("", what), mine)
    matches = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=said.group("who")
    )
    if len(named) != 1 or len(matches) != 1 or id_of(matches[0]) == ctx.person_id:
        return None
    return named[0], matches[0]


# "… from me? I'm drowning. it's tue 10am": when the handed task is, said after the ask.
_IT_IS = re.compile(
    r"[?.!]\s*(?:it'?s|it\s+is|that'?s|due|the\s+call\s+is)\s+(?P<when>[^?.!]+)", re.I
)


def _handed_words(ctx: Context, task: Task, person: Person, later: Task | None) -> str:
    """What is said of the hand-over, in the language being written."""
    said = group_words.HANDED_OVER.format(
        who=ctx.person.display_name, title=task.title, name=person.display_name
    )
    if later is None:
        return said
    when = due_words(ctx, later, requester_id=later.creator_id)
    return f"{said.rstrip('.')}{group_words.FROM_ON.format(when=when)}"


def _moved(ctx: Context, task: Task) -> None:
    """Put the day said after the hand-over ("it's tue 10am") on the task."""
    m = _IT_IS.search(ctx.text)
    when = parse_when(m["when"], now=ctx.now, tz=ctx.tz) if m is not None else None
    if when is None or when.start is None:
        return
    tasks.update_task(
        session=ctx.session, task=task, now=ctx.now, due_at=when.start, due_grain=when.grain,
        due_tz=ctx.tz,
    )  # fmt: skip
    follow_due(ctx, task)


def handle(ctx: Context) -> list[Reply] | None:
    """A task's assignee handing it to someone named, someone taking a task ("I'll take the
    tile delivery"), or its assignee away when it is due; None when the message is none."""
    dropped = group_card_drop.handle(ctx)  # "the toner card is a duplicate, bin it"
    if dropped is not None:
        return dropped
    handed = _found(ctx, ctx.text.strip())
    offered = handover_group.handle(ctx) if handed is None else None
    if offered is not None:
        return offered
    if handed is None:
        dated = yes_dated.handle(ctx)
        if dated is not None:
            return dated
        claimed = claim.handle(ctx)
        plain = take_words.tidy(ctx.text)
        if claimed is None and plain != ctx.text.strip():  # "ya i can take it np"
            claimed = claim.handle(replace(ctx, text=plain))
        return claimed if claimed is not None else clash.handle(ctx)
    task, person = handed
    later = handover_from.split(ctx, task, ctx.text)  # "… from the 18th": only from then on
    task = later or task
    _moved(ctx, task)
    ask_person(ctx, task, person)
    audit.create_audit_entry(
        session=ctx.session,
        at=ctx.now,
        action="reassigned",
        subject=f"task:{task.id}",
        person_id=ctx.person_id,
    )
    said = _handed_words(ctx, task, person, later)
    # A reply to what the bot says about a task is about that task.
    about = f"assignment:{task.id}"
    replies = [Reply(said, ref=about), assignment_request(ctx, task, person, giver=ctx.person)]
    requester = requester_target(ctx, task)
    if task.creator_id != ctx.person_id and ctx.chat.kind != "group" and requester is not None:
        asker = people.get_person(session=ctx.session, person_id=task.creator_id)
        locale = current_locale()
        if asker is not None:  # the requester hears it in their own language
            locale = reader_locale(ctx.session, asker, asker_locale=locale)
        with use_locale(locale):
            told = _handed_words(ctx, task, person, later)
        replies.append(Reply(told, to=requester, ref=about))
    shown = group_words.CARD_ASKED.format(name=person.display_name)
    return [*replies, *saved_card_edit(ctx, task, assignee=shown)]
