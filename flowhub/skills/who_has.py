"""Who has a task: "who's booking the DJ?", "is anyone on the florist?", "who has the venue quote".

The question's words are matched against the open tasks the asker may see (in a group, the
group's own tasks), and the answer names whoever has each match, or says nobody has it.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.nlp import classify_intent
from flowhub.skills import group_words, status, status_people, status_words
from flowhub.skills.card_zone import reader_label
from flowhub.skills.context import Context
from flowhub.skills.format import numbered, task_line, when_text
from flowhub.skills.refer import list_ref, match_titles
from flowhub.skills.status_query import Query
from flowhub.storage import Person, Proposal, Task, id_of, people, proposals, tasks

_ASKS_WHO = re.compile(
    r"^\W*(?:(?:so|and|ok|okay|hey|btw|quick\s+q)[\s,:]+)*"
    r"(?:who(?:'s|’s|s|\s+is|\s+has|\s+had|\s+got|\s+will\s+be|\s+will|'ll|\s+was|\s+did|\s+does"
    r"|\s+should|\s+took|\s+owns|\s+ended\s+up\s+with)?"
    r"|(?:is|has|did)\s+(?:any|some)(?:one|body)(?:\s+(?:got|taken|taking|picked\s+up))?)\s+"
    r"(?P<what>.+?)(?:\s+(?:yet|already|now|again|then|atm|at\s+the\s+moment))?[\s?!.]*$",
    re.I,
)
# Words of the question that say nothing about which task it is.
_ROLE = re.compile(
    r"^(?:(?:actually|currently|now|already|still)\s+)?(?:(?:doing|on|handling|taking\s+care\s+of"
    r"|in\s+charge\s+of|responsible\s+for|looking\s+after|covering|sorting(?:\s+out)?|dealing\s+with"
    r"|got|taking|the\s+one\s+(?:doing|for|on)|assigned\s+(?:to)?)\s+)?",
    re.I,
)
# Words that ask about all the tasks rather than one ("who has what", "who's got anything due").
_ABOUT_ALL = re.compile(
    r"\b(?:what|anything|everything|tasks?|to-?dos?|due|overdue|open|left|most|least|today"
    r"|tomorrow|week|month|busy|free|nothing)\b",
    re.I,
)
_LIMIT = 5
_WHAT = re.compile(r"^(?:what|which\s+(?:tasks?|ones?|things?|bits?))(?![\w'])", re.I)
_OVERVIEW_SHOWN = 30
# The first question of several sentences: "who's doing the tiles? the delivery comes wed".
_FIRST_QUESTION = re.compile(r"^[^?]*\?")
_SENTENCE_BREAK = re.compile(r"(?<=[.!])\s+")
# When words that do not name the task: "the tile delivery on wednesday".
_WHEN_WORDS = re.compile(
    r"\s+(?:(?:on|for|this|next|by|due)\s+)*(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?"
    r"|sun)(?:day)?\b|\s+(?:(?:for|by|due)\s+)?(?:today|tonight|tomorrow|tmrw|this\s+week"
    r"|next\s+week)\b",
    re.I,
)


def handle(ctx: Context) -> list[Reply] | None:
    """Who has the task a "who's …?" question names; None for any other message."""
    asked = _ASKS_WHO.match(first_question(ctx.text))
    if asked is None:
        return None
    what = _ROLE.sub("", asked.group("what")).strip()
    what = _WHEN_WORDS.sub("", what).strip() or what
    if not what:
        return None
    if (everything := _WHAT.match(what)) is not None:
        # "who's got what for the release?": everyone's open tasks, unless a period narrows it.
        rest = what[everything.end() :]
        if _ABOUT_ALL.search(rest) and classify_intent(ctx.text) not in ("other", "capture"):
            return None
        return _overview(ctx)
    found = asked_tasks(ctx, what)
    if not found and ctx.chat.kind == "group":
        waiting = proposals.get_chat_pending_proposals(session=ctx.session, chat_id=ctx.chat_id)
        cards = match_titles(what, waiting)
        if cards:  # asked about a card nobody has confirmed yet
            return [Reply("\n".join(_card_line(card) for card in cards[:_LIMIT]))]
    if not found:
        # "who has what this week?" is a status question, not about one task.
        if _ABOUT_ALL.search(what) and classify_intent(ctx.text) not in ("other", "capture"):
            return None
        return [Reply(group_words.NO_TASK_ABOUT.format(what=what))]
    shown = found[:_LIMIT]
    ctx.thread.note("task", [id_of(t) for t in shown], now=ctx.now)
    # An answer about one task is about that task: "I can take it" after it takes that one.
    ref = list_ref([id_of(shown[0])]) if len(shown) == 1 else None
    return [Reply("\n".join(_line(ctx, task) for task in shown), ref=ref)]


def first_question(text: str) -> str:
    """The first question of a message that goes on after it, or the whole message."""
    m = _FIRST_QUESTION.match(text.strip())
    if m is None:
        return text
    # "ugh ok. so who has it now?": the question is the sentence that ends in the mark.
    return _SENTENCE_BREAK.split(m.group(0))[-1].strip() or m.group(0)


def asked_tasks(ctx: Context, what: str) -> list[Task]:
    """The open tasks `what` names: in a group the group's own first, then any the asker sees."""
    group = ctx.chat.kind == "group"
    scopes = (ctx.chat_id, None) if group else (None,)
    for chat_id in scopes:
        pool = tasks.get_all_tasks(
            session=ctx.session,
            workspace_id=ctx.workspace_id,
            status="open",
            visible_to=ctx.viewer,
            limit=200,
            chat_id=chat_id,
        )
        found = match_titles(what, pool)
        if found:
            return found
    return []


def named_tasks(ctx: Context, text: str) -> list[Task]:
    """The open tasks the asker may see that a "who has …?" question names, if it is one."""
    asked = _ASKS_WHO.match(first_question(text))
    if asked is None:
        return []
    what = _WHEN_WORDS.sub("", _ROLE.sub("", asked.group("what")).strip()).strip()
    if not what or _WHAT.match(what) is not None:
        return []
    return asked_tasks(ctx, what)


def _line(ctx: Context, task: Task) -> str:
    """Who has `task`, with its title and due date."""
    when = ""
    if task.due_at:
        due = when_text(task.due_at, task.due_grain, ctx.tz, task.due_tz, now=ctx.now)
        when = group_words.DUE_WHEN.format(when=due)
    if task.assignment == "declined":
        return group_words.NOBODY_HAS.format(title=task.title, when=when)
    if task.assignee_name is None:
        owner = _private_owner(ctx, task)
        if owner is None:
            return group_words.NOBODY_HAS.format(title=task.title, when=when)
        if owner.id == ctx.person_id:
            return group_words.YOU_HAVE.format(title=task.title, when=when)
        return group_words.HAS.format(name=owner.display_name, title=task.title, when=when)
    if task.assignee_id == ctx.person_id:
        return group_words.YOU_HAVE.format(title=task.title, when=when)
    if task.assignment == "pending":
        return group_words.ASKED_TO.format(name=task.assignee_name, title=task.title, when=when)
    return group_words.HAS.format(name=task.assignee_name, title=task.title, when=when)


def _private_owner(ctx: Context, task: Task) -> Person | None:
    """Who has a task nobody was given that was made in a private chat: the one who made it."""
    chat = people.get_chat(session=ctx.session, chat_id=task.chat_id) if task.chat_id else None
    if chat is None or chat.kind == "group":
        return None
    return people.get_person(session=ctx.session, person_id=task.creator_id)


def _card_line(card: Proposal) -> str:
    """Who a card still waiting to be saved names."""
    if card.assignee_name:
        return group_words.CARD_FOR.format(title=card.title, name=card.assignee_name)
    return group_words.CARD_FOR_NOBODY.format(title=card.title)


def _overview(ctx: Context) -> list[Reply]:
    """Everyone's open tasks, person by person (in a group, the group's own)."""
    whose = "group" if ctx.chat.kind == "group" else "everyone"
    pool = status.run_query(ctx, Query(whose=whose))
    if not pool:
        return [Reply(status_words.NOTHING_OPEN.format(subject=_nobody(ctx)))]
    pool.sort(
        key=lambda t: (
            t.assignee_name is None or t.assignment == "declined",
            (t.assignee_name or "").casefold(),
            t.due_at is None,
            t.due_at or ctx.now,
            t.id or 0,
        )
    )
    shown = pool[:_OVERVIEW_SHOWN]
    grouped = status_people.by_person(ctx, whose, shown)
    if grouped is not None:
        shown, text = grouped
    else:
        label = reader_label(ctx)
        lines = [
            task_line(t, viewer_tz=ctx.tz, now=ctx.now, zone_label=label)
            + ("" if status_people.owner_name(ctx, t) else f" {status_words.NOBODY_YET}")
            for t in shown
        ]
        text = numbered(lines)
    ctx.thread.last_list = [t.id for t in shown if t.id is not None]
    ctx.thread.list_kind = "tasks"
    head = status_words.WHO_HAS_WHAT
    return [Reply(f"{head}:\n{text}", ref=list_ref(ctx.thread.last_list))]


def _nobody(ctx: Context) -> str:
    return status_words.SUBJECT_GROUP if ctx.chat.kind == "group" else status_words.SUBJECT_EVERYONE
