"""Where one task stands, asked in passing: "where's the napkins thing? is it still on my list",
"what happened to the fish guy call?", "any news on the müller quote?", "did the napkins one
get lost?". The answer names the task and its state: open (and whose, and when due), done and
when, or still a card waiting; or says that no task is about that.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.skills import status_where_words as say
from flowhub.skills.context import Context
from flowhub.skills.format import when_text
from flowhub.skills.refer import match_titles
from flowhub.skills.status_words import TASK_DUE
from flowhub.storage import Task, id_of, people, proposals, tasks

__all__ = ["handle"]

_OPEN = r"^\W*(?:(?:so|and|hey|btw|ok|okay|wait|um+|hmm+|oh|quick\s+q|@?flowhub)[\s,:]+)*"
# The one task asked about, in the words people use for it.
_WHERE = re.compile(
    _OPEN + r"(?:where(?:'s|’s|\s+is|\s+are|'re|’re)\s+(?P<a>[^?.!]+?)(?:\s+(?:at|now|gone))?"
    r"|where\s+did\s+(?P<b>[^?.!]+?)\s+go"
    r"|what(?:'s|’s|\s+has|\s+ever)?\s+happen(?:ed|ing)\s+(?:to|with)\s+(?P<c>[^?.!]+?)"
    r"|what(?:'s|’s|\s+is)\s+(?:the\s+)?(?:status|state|story|deal)\s+(?:of|on|with)\s+"
    r"(?P<d>[^?.!]+?)"
    r"|(?:any\s+)?(?:news|updates?|word)\s+on\s+(?P<e>[^?.!]+?)"
    r"|did\s+(?P<g>[^?.!]+?)\s+(?:get\s+lost|disappear|vanish|go\s+missing|fall\s+off\s+"
    r"(?:my|the)\s+list))"
    r"(?:\s+(?:again|then|now|btw))*\s*(?:[?.!]|$)",
    re.I,
)
_FILLER = re.compile(
    r"^(?:the|my|our|that|this)\s+|\s+(?:one|thing|task|item|card|job|stuff)$", re.I
)
# Things that are no task: "where's my list?", "what's the status of everything?".
_NOT_A_TASK_TEXT = """
    list tasks task stuff everything things todo todos to-do to-dos it that this everyone you me
    we us them him her
"""
_NOT_A_TASK = frozenset(_NOT_A_TASK_TEXT.split())
_TASK_WORD = re.compile(r"\b(?:one|thing|task|item|card|job)\s*$", re.I)
_SHOWN = 3


def handle(ctx: Context) -> list[Reply] | None:
    """Say where the task a question names stands; None when it asks about no one thing."""
    m = _WHERE.match(ctx.text.strip())
    if m is None:
        return None
    said = next(g for g in m.groups() if g)
    what = _phrase(said)
    if not what or what.casefold() in _NOT_A_TASK or _is_person(ctx, what):
        return None
    if what.split()[0].casefold() in _NOT_A_TASK:
        return None  # "where are we with the finances?" asks about a topic
    for status in ("open", "done"):
        found = match_titles(what, _pool(ctx, status))
        if found:
            ctx.thread.note("task", [id_of(t) for t in found[:_SHOWN]], now=ctx.now)
            return [Reply(_state(ctx, task)) for task in found[:_SHOWN]]
    cards = match_titles(
        what,
        proposals.get_pending_proposals(
            session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
        ),
    )
    if cards:
        return [Reply(say.WHERE_CARD.format(title=card.title)) for card in cards[:_SHOWN]]
    if not (m["a"] or m["b"] or m["g"]) or not _TASK_WORD.search(said):
        return None  # "any news on the payments?": a topic, which the status list answers
    return [Reply(say.WHERE_NONE.format(what=what))]


def _phrase(what: str) -> str:
    phrase = what.strip(" ?!.,'\"")
    for _ in range(3):
        phrase = _FILLER.sub("", phrase).strip()
    return phrase


def _is_person(ctx: Context, what: str) -> bool:
    """ "where's sam?" asks about a person, not a task."""
    return len(what.split()) == 1 and bool(
        people.find_people_by_name(session=ctx.session, workspace_id=ctx.workspace_id, name=what)
    )


def _pool(ctx: Context, status: str) -> list[Task]:
    """The sender's tasks with `status`: theirs to do, or given by them."""
    rows = tasks.get_all_tasks(
        session=ctx.session,
        workspace_id=ctx.workspace_id,
        status=status,
        visible_to=ctx.viewer,
        limit=200,
    )
    return [t for t in rows if ctx.person_id in (t.assignee_id, t.creator_id)]


def _state(ctx: Context, task: Task) -> str:
    """One task's state in a sentence."""
    if task.status == "done":
        done_at = task.completed_at
        when = when_text(done_at, "minute", ctx.tz, now=ctx.now) if done_at else ""
        return say.WHERE_DONE.format(title=task.title, when=when)
    due = ""
    if task.due_at is not None:
        when = when_text(task.due_at, task.due_grain, ctx.tz, task.due_tz, now=ctx.now)
        due = TASK_DUE.format(when=when)
    if task.assignee_id is not None and task.assignee_id != ctx.person_id:
        person = people.get_person(session=ctx.session, person_id=task.assignee_id)
        if person is not None:
            name = person.display_name.split(" ")[0]
            return say.WHERE_OPEN_WITH.format(title=task.title, name=name, due=due)
    return say.WHERE_OPEN.format(title=task.title, due=due)
