"""Yes-or-no questions about one's own tasks, answered "Yes, …" or "No, …" with the one fact:
"did u save it?", "have I already got the boiler on my list?", "is the invoice one for friday?",
"is sam's receipts thing marked done?"; those about a task someone gave ("did i accept the plates
one?", "what did priya just send me?") are answered by `offer_asked`."""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.nlp import parse_when
from flowhub.skills import offer_asked
from flowhub.skills import status_words as say
from flowhub.skills.context import Context
from flowhub.skills.format import when_text
from flowhub.skills.refer import last_target, match_titles, newest_card
from flowhub.storage import Person, Task, access, id_of, people, tasks

__all__ = ["handle"]

_OPEN = r"^\W*(?:(?:so|and|hey|btw|ok|wait|quick\s+q|just\s+checking|@?flowhub)[\s,:]+)*"
_END = r"(?:\s+(?:yet|already|now|right|too|then|pls|please))*\s*[?!.]*\s*$"
# "did u save it?", "did you get that?", "is it saved?", "did that go through?"
_SAVED = re.compile(
    rf"{_OPEN}(?:did\s+(?:u|you|ya)\s+(?:save|add|log|keep|note|get|store)\s+(?:it|that|this)"
    r"(?:\s+down)?|(?:is|was)\s+(?:it|that|this)\s+(?:saved|added|logged|in|on\s+(?:my|the)\s+list)"
    rf"|did\s+(?:it|that|this)\s+(?:save|get\s+saved|go\s+through|stick)){_END}",
    re.I,
)
_LIST = r"(?:my|the)\s+(?:list|tasks|to-?do(?:\s+list)?|todos)"
# "have I already got the boiler on my list?", "is the dentist on my list?", "do I have X?"
_ON_LIST = re.compile(
    rf"{_OPEN}(?:(?:have|did)\s+i\s+(?:already\s+)?(?:got|put|added|add|get)|do\s+i\s+(?:already\s+)?"
    r"(?:have|got)|(?:is|are)(?:\s+there)?)\s+(?P<what>.+?)\s+(?:already\s+)?(?:on|in)\s+"
    rf"{_LIST}{_END}",
    re.I,
)
# "is the invoice one for friday?", "is the boiler due next week?", "is the van on monday?"
_FOR_DAY = re.compile(
    rf"{_OPEN}(?:is|was)\s+(?P<what>.+?)\s+(?:one\s+|task\s+|thing\s+)?(?:for|due(?:\s+on)?|on|set\s+for)"
    rf"\s+(?P<when>[^?]+?){_END}",
    re.I,
)
# "is sam's receipts thing marked done?", "has the receipts one been done?"
_DONE = re.compile(
    rf"{_OPEN}(?:is|was|has|have)\s+(?P<what>.+?)\s+(?:been\s+)?(?:marked\s+(?:as\s+)?|ticked\s+off"
    r"\s+|checked\s+off\s+|already\s+)?(?:done|finished|complete(?:d)?|ticked\s+off|checked\s+off)"
    rf"{_END}",
    re.I,
)
_WHOSE = re.compile(r"^(?:@?(?P<name>[A-Za-z][\w-]*)['’]s?\s+)", re.I)
_FILLER = re.compile(
    r"^(?:the|my|our|that|this)\s+|\s+(?:one|thing|task|item|card|job)$|^(?:already\s+)", re.I
)


def handle(ctx: Context) -> list[Reply] | None:
    """Answer a yes-or-no question about one task; None when the message asks none."""
    text = ctx.text.strip()
    if (given := offer_asked.handle(ctx)) is not None:
        return given
    if _SAVED.match(text):
        return _saved(ctx)
    if m := _ON_LIST.match(text):
        return _on_list(ctx, m["what"])
    if m := _DONE.match(text):
        return _done(ctx, m["what"])
    if m := _FOR_DAY.match(text):
        return _for_day(ctx, m["what"], m["when"])
    return None


def _saved(ctx: Context) -> list[Reply] | None:
    """Whether the thing just said or shown is saved, or still a card waiting."""
    card = newest_card(ctx)
    if card is not None:
        return [Reply(say.SAVED_WAITING.format(answer=say.NO, title=card.title))]
    target = last_target(ctx)
    task = None
    if target is not None and target[0] == "task":
        task = access.get_task(session=ctx.session, task_id=target[1], viewer=ctx.viewer)
    if task is None:
        task = _newest_own(ctx)
    if task is None:
        return None
    ctx.thread.note("task", [id_of(task)], now=ctx.now)
    return [Reply(say.SAVED_YES.format(answer=say.YES, title=task.title, due=_due(ctx, task)))]


def _on_list(ctx: Context, what: str) -> list[Reply] | None:
    phrase = _phrase(what)
    if not phrase:
        return None
    found = match_titles(phrase, _pool(ctx, None, "open"))
    if not found:
        return [Reply(say.NOT_ON_LIST.format(answer=say.NO, what=phrase))]
    task = found[0]
    ctx.thread.note("task", [id_of(task)], now=ctx.now)
    return [Reply(say.ON_LIST.format(answer=say.YES, title=task.title, due=_due(ctx, task)))]


def _done(ctx: Context, what: str) -> list[Reply] | None:
    task = _named(ctx, what)
    if task is None:
        return None
    ctx.thread.note("task", [id_of(task)], now=ctx.now)
    if task.status == "done":
        done_at = task.completed_at
        when = when_text(done_at, "minute", ctx.tz, now=ctx.now) if done_at else ""
        return [Reply(say.TASK_DONE.format(answer=say.YES, title=task.title, when=when))]
    due = _due(ctx, task)
    return [Reply(say.TASK_OPEN.format(answer=say.NO, title=task.title, due=due))]


def _for_day(ctx: Context, what: str, when: str) -> list[Reply] | None:
    day = parse_when(when, now=ctx.now, tz=ctx.tz)
    if day is None or day.rrule:
        return None
    task = _named(ctx, what)
    if task is None:
        return None
    ctx.thread.note("task", [id_of(task)], now=ctx.now)
    if task.due_at is None:
        return [Reply(say.NO_DUE_DATE.format(answer=say.NO, title=task.title))]
    due = when_text(task.due_at, task.due_grain, ctx.tz, task.due_tz, now=ctx.now)
    due_day = task.due_at.astimezone(ctx.zone).date() if task.due_at.tzinfo else None
    asked = day.start.astimezone(ctx.zone).date()
    end = day.end.astimezone(ctx.zone).date() if day.end is not None else asked
    same = due_day is not None and (asked <= due_day <= end if day.end else due_day == asked)
    answer = say.YES if same else say.NO
    return [Reply(say.DUE_ANSWER.format(answer=answer, title=task.title, when=due))]


def _named(ctx: Context, what: str) -> Task | None:
    """The one task `what` names ("sam's receipts thing", "the invoice one")."""
    owner = None
    if m := _WHOSE.match(what.strip()):
        owner = _person(ctx, m["name"])
        if owner is not None:
            what = what.strip()[m.end() :]
    phrase = _phrase(what)
    if not phrase:
        return None
    for status in ("open", "done"):
        found = match_titles(phrase, _pool(ctx, owner, status))
        if len(found) == 1:
            return found[0]
    return None


def _phrase(what: str) -> str:
    phrase = what.strip(" ?!.,")
    for _ in range(3):
        phrase = _FILLER.sub("", phrase).strip()
    return phrase


def _person(ctx: Context, name: str) -> Person | None:
    if name.casefold() in ("my", "our", "the", "this", "that"):
        return None
    found = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=name
    )
    return found[0] if len(found) == 1 else None


def _pool(ctx: Context, owner: Person | None, status: str) -> list[Task]:
    """The tasks of `owner` (else the sender's) the sender may see, with `status`."""
    who = id_of(owner) if owner is not None else ctx.person_id
    rows = tasks.get_all_tasks(
        session=ctx.session,
        workspace_id=ctx.workspace_id,
        status=status,
        visible_to=ctx.viewer,
        limit=200,
    )
    if owner is not None:
        return [t for t in rows if (t.assignee_id or t.creator_id) == who]
    return [t for t in rows if who in (t.assignee_id, t.creator_id)]


def _newest_own(ctx: Context) -> Task | None:
    """The task this person saved last in this chat."""
    saved = tasks.get_all_tasks(
        session=ctx.session,
        workspace_id=ctx.workspace_id,
        status=None,
        creator_id=ctx.person_id,
        chat_id=ctx.chat_id,
        visible_to=ctx.viewer,
    )
    return max(saved, key=lambda t: (t.created_at, t.id or 0)) if saved else None


def _due(ctx: Context, task: Task) -> str:
    if task.due_at is None:
        return ""
    when = when_text(task.due_at, task.due_grain, ctx.tz, task.due_tz, now=ctx.now)
    return say.TASK_DUE.format(when=when)
