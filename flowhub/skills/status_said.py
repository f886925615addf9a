"""Status questions said in any language: everything I have, how one task stands, whether it was
saved, what someone has, what is left on a subject.

"покажи все мои задачи", "y lo del dentista se guardo o q?", "what's the status of the braun
pano?", "what does priya have open?", "anything left on insurance claims?". The patterns are
data (`status_said_words`); the answers are the status list's, or one task's state.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from sqlalchemy import or_
from sqlmodel import col, select

from flowhub.connectors import Reply
from flowhub.skills import manners, status, status_topic
from flowhub.skills import status_said_words as data
from flowhub.skills import status_words as say
from flowhub.skills.context import Context
from flowhub.skills.format import when_text
from flowhub.skills.refer import list_ref, match_titles
from flowhub.skills.status_query import NOT_NAMES, Query
from flowhub.storage import Proposal, Task, access, id_of, people, tasks
from flowhub.storage.models import AuditLog

_WHAT = r"(?P<what>[^\W\d_][^?!]{1,80}?)"
_NAME = r"@?(?P<name>[^\W\d_][\w\u0900-\u097f.\-]*?)"
_MARKS = r"[\s?!.,;:¿¡…~\"'«»()]*"
_MAX_WORDS = 14
_MAX_WHAT = 7
_SEVERAL = 5


@dataclass(frozen=True)
class Asked:
    """A status question read: its kind and the words naming a task, subject or person."""

    kind: str
    what: str = ""
    about: str = ""  # a person's question may name its subject too: "sam … avec les vols"


def fold(text: str) -> str:
    """`text` lowercased with Latin accents dropped, one character for each ("guardó": "guardo")."""
    out = []
    for ch in text:
        bare = "".join(c for c in unicodedata.normalize("NFD", ch) if not "\u0300" <= c <= "\u036f")
        bare = bare if len(bare) == 1 else ch
        low = bare.casefold()
        out.append(low if len(low) == 1 else bare)
    return "".join(out).replace("ı", "i").replace("’", "'")


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    # "süper 👍 listemde neler var": a lead word may be followed by an emoji.
    lead = rf"^{_MARKS}(?:(?:{fold(data.LEAD)})(?:[^\w]+|$))*{_MARKS}"
    tail = rf"(?:[\s,]+(?:{fold(data.TAIL)}))*{_MARKS}(?:[^\w\s]+[\s.!?]*)*$"
    found = []
    for kind in data.KINDS:
        for forms in data.PATTERNS.values():
            for form in forms.get(kind, []):
                body = fold(form).replace("{what}", _WHAT).replace("{name}", _NAME)
                found.append((kind, re.compile(f"{lead}(?:{body}){tail}")))
    return tuple(found)


@cache
def _state() -> re.Pattern[str]:
    return re.compile(fold(data.STATE_WORDS))


def read(text: str) -> Asked | None:
    """The status question `text` asks, in any language, or None."""
    found = readings(text)
    return found[0] if found else None


def readings(text: str) -> list[Asked]:
    """Every reading of `text` as a status question, the likeliest first."""
    said = text.strip()
    if not said or len(said.split()) > _MAX_WORDS:
        return []
    folded = fold(said)
    found = []
    for kind, pattern in _patterns():
        m = pattern.match(folded)
        if m is None:
            continue
        group = "name" if "name" in m.re.groupindex else "what" if "what" in m.re.groupindex else ""
        what = said[m.start(group) : m.end(group)].strip(" ,") if group else ""
        about = ""
        if group == "name" and "what" in m.re.groupindex and m.start("what") >= 0:
            about = said[m.start("what") : m.end("what")].strip(" ,")
        if group == "what" and len(what.split()) > _MAX_WHAT:
            continue
        if Asked(kind, what, about) not in found:
            found.append(Asked(kind, what, about))
    return found


def handle(ctx: Context) -> list[Reply] | None:
    """Answer a status question said in any language; None when the message is none."""
    said = manners.without_bot_name(ctx.event.text or "")
    for asked in readings(said):
        if (answered := _answer(ctx, asked)) is not None:
            return answered
    return None


def _answer(ctx: Context, asked: Asked) -> list[Reply] | None:
    if asked.kind == "all":
        return status.answer(ctx, Query(), period_text="")
    if asked.kind == "person":
        return _person(ctx, asked.what, asked.about)
    owner = someones(ctx, asked.what) if asked.kind == "one" else None
    if owner is not None and not (owner[1] and _names_task(ctx, asked.what)):
        return _person(ctx, *owner)  # "sam'in işleri ne durumda", "où en est ana ?"
    if asked.kind == "topic":
        said = _content(asked.what)
        topic = " ".join(w for w in said if fold(w) not in data.TEAM)
        if not topic:
            return None
        team = len(topic.split()) < len(said)
        # "what's open on the money side?" asks about a subject, whoever has its tasks.
        team = team or status_topic.asks_topic(ctx.text)
        topic = status_topic.label(topic)
        whose = "group" if ctx.chat.kind == "group" else "everyone" if team else "me"
        return status.answer(ctx, _whose_topic(ctx, whose, topic), period_text="")
    return _one(ctx, asked)


def _whose_topic(ctx: Context, whose: str, topic: str) -> Query:
    """ "the money stuff for priya": a person named beside the topic says whose tasks."""
    words = topic.split()
    for word in words:
        if word.casefold() in NOT_NAMES or len(word) < 3:
            continue
        found = people.find_people_by_name(
            session=ctx.session, workspace_id=ctx.workspace_id, name=word
        )
        rest = " ".join(w for w in words if w != word)
        if len(found) == 1 and rest:
            name = found[0].display_name.split(" ")[0]
            return Query(whose="person", name=name, topic=rest)
    return Query(whose=whose, topic=topic)


def _person(ctx: Context, name: str, about: str = "") -> list[Reply] | None:
    """The open tasks of the one person `name` says; of them, those about `about` when any is."""
    if name.casefold() in NOT_NAMES:
        return None
    found = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=name
    )
    if len(found) != 1:
        return None
    topic = status_topic.label(" ".join(_content(about))) if about else ""
    if found[0].id == ctx.person_id:
        return status.answer(ctx, Query(), period_text="")
    shown = found[0].display_name.split(" ")[0]
    asked = Query(whose="person", name=shown)
    if topic and _has_about(ctx, found[0].id, topic):
        asked = Query(whose="person", name=shown, topic=topic)
    return status.answer(ctx, asked, period_text="")


def _names_task(ctx: Context, what: str) -> bool:
    """Whether `what` ("priya's contract") is the title of a task or card the asker sees."""
    seen = tasks.get_all_tasks(
        session=ctx.session, workspace_id=ctx.workspace_id, status=None, visible_to=ctx.viewer
    )
    pool: list[Task | Proposal] = [t for t in seen if t.status in ("open", "done")]
    return bool(match_titles(" ".join(_content(what)), [*pool, *_cards(ctx)]))


def _has_about(ctx: Context, person_id: int | None, topic: str) -> bool:
    """Whether a task the asker may see, open and given to that person, is about `topic`;
    "les vols" names no English title, so the person's whole list answers then."""
    open_tasks = tasks.get_all_tasks(
        session=ctx.session, workspace_id=ctx.workspace_id, status="open", visible_to=ctx.viewer
    )
    theirs = [t for t in open_tasks if t.assignee_id == person_id]
    return bool(status_topic.about(ctx.session, theirs, topic))


def someones(ctx: Context, what: str) -> tuple[str, str] | None:
    """ "sam'in işleri", "priya'nın jaipur oteli", "ana", "sam ka hotel": a known person named
    first, with what of theirs is asked about after; None when no one person is named so."""
    m = _OWNER.match(what)
    if m is None or m["name"].casefold() in NOT_NAMES:
        return None
    found = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=m["name"]
    )
    if len(found) != 1:
        return None
    rest = [w for w in _content(m["rest"] or "") if fold(w) not in data.THEIR_TASKS]
    return m["name"], " ".join(rest)


# A person named first, with a possessive ending or particle: "sam's", "priya'nın", "sam ka".
_OWNER = re.compile(
    r"^@?(?P<name>[^\W\d_][\w\u0900-\u097f.\-]*?)(?:['’](?:s|n?[ıiuü]n|n?[ıiuü]n[ıi]n)|s['’])?"
    r"(?:\s+(?:ka|ki|ke|का|की|के))?(?:\s+(?P<rest>.*))?$",
    re.S,
)


def _content(what: str) -> list[str]:
    words = re.findall(r"[\w\u0900-\u097f'’-]+", what)
    return [w for w in words if fold(w) not in data.FILLER]


def _one(ctx: Context, asked: Asked) -> list[Reply] | None:
    """How the one task or card the question names stands: a card, open, or done."""
    named = " ".join(_content(asked.what))
    seen = tasks.get_all_tasks(
        session=ctx.session, workspace_id=ctx.workspace_id, status=None, visible_to=ctx.viewer
    )
    pool: list[Task | Proposal] = [t for t in seen if t.status in ("open", "done")]
    pool += _cards(ctx)
    if not named:
        # "se guardó?", "did it get saved?": the newest card or task the asker made here.
        here = [i for i in pool if i.chat_id == ctx.chat_id and _made_by(i, ctx.person_id)]
        latest = max(here, key=lambda i: i.created_at, default=None)
        return _stands(ctx, latest) if asked.kind == "saved" and latest else None
    found = match_titles(named, pool)
    if not found and asked.kind == "one" and (listed := _by_topic(ctx, named, seen)) is not None:
        return listed
    hidden = _unseen(ctx, named, pool) if asked.kind == "one" else 0
    if not found and hidden:
        return [Reply(f"{say.NOTHING_TOPIC_SEEN.format(topic=asked.what)}\n{_private(hidden)}")]
    if not found:
        if asked.kind == "saved":
            return [Reply(say.NOTHING_SAVED.format(what=asked.what))]
        if _state().search(fold(ctx.event.text or "")):
            return [Reply(say.NOTHING_ABOUT.format(what=asked.what))]
        return None
    saved: list[Task | Proposal] = sorted(
        (t for t in found if isinstance(t, Task)), key=_rank, reverse=True
    )
    if asked.kind == "one" and (len(saved) > 1 or hidden):
        return _several(ctx, saved or [max(found, key=_rank)], hidden)
    return _stands(ctx, max(found, key=_rank))


def _by_topic(ctx: Context, named: str, seen: list[Task]) -> list[Reply] | None:
    """ "any news on the payments?" with no task named so: the open tasks about it, synonyms
    included ("pay the printer", "send the bill"); None when there are none."""
    topic = status_topic.label(named)
    if not status_topic.about(ctx.session, [t for t in seen if t.status == "open"], topic):
        return None
    whose = "group" if ctx.chat.kind == "group" else "everyone"
    return status.answer(ctx, Query(whose=whose, topic=topic), period_text="")


def _private(hidden: int) -> str:
    return say.PLUS_PRIVATE.format(hidden)


def _several(ctx: Context, items: list[Task | Proposal], hidden: int) -> list[Reply]:
    """How each of several tasks a question names stands, one line each ("the invoices")."""
    shown = items[:_SEVERAL]
    lines = [_stands(ctx, item)[0].text for item in shown]
    if hidden:
        lines.append(_private(hidden))
    ids = [id_of(t) for t in shown if isinstance(t, Task)]
    ctx.thread.note("task", ids, now=ctx.now)
    return [Reply("\n".join(lines), ref=list_ref(ids) if len(ids) == 1 else None)]


def _unseen(ctx: Context, named: str, seen: list[Task | Proposal]) -> int:
    """How many tasks the asker may not see (another's own) `named` fits as well as any seen."""
    if ctx.chat.kind == "group" or not named:
        return 0
    others = [
        t
        for t in tasks.get_all_tasks(
            session=ctx.session, workspace_id=ctx.workspace_id, status="open", limit=200
        )
        if not access.may_see_somewhere(session=ctx.session, person_id=ctx.person_id, task=t)
    ]
    return sum(1 for item in match_titles(named, [*seen, *others]) if item in others)


def _made_by(item: Task | Proposal, person_id: int) -> bool:
    return (item.person_id if isinstance(item, Proposal) else item.creator_id) == person_id


def _stands(ctx: Context, item: Task | Proposal) -> list[Reply]:
    """How `item` stands: still a card, saved and open (whose, when), or done."""
    if isinstance(item, Proposal):
        mine = ctx.person.display_name.split(" ")[0].casefold()
        assignee = item.assignee_name
        who = say.CARD_FOR.format(name=assignee) if assignee and assignee.casefold() != mine else ""
        return [Reply(say.CARD_WAITING.format(title=item.title, who=who))]
    ctx.thread.note("task", [id_of(item)], now=ctx.now)
    ref = list_ref([id_of(item)])
    if item.status == "done":
        at = item.completed_at
        when = when_text(at, "minute", ctx.tz, now=ctx.now) if at else ""
        return [Reply(say.SAVED_DONE.format(title=item.title, when=when), ref=ref)]
    due = ""
    if item.due_at:
        when = when_text(item.due_at, item.due_grain, ctx.tz, item.due_tz, now=ctx.now)
        due = say.DUE_PART.format(when=when)
    owner = _owner(ctx, item)
    return [Reply(say.SAVED_OPEN.format(title=item.title, owner=owner, due=due), ref=ref)]


def _rank(item: Task | Proposal) -> tuple[int, int]:
    """An open task first, then a card still waiting, then a done task; the newest of each."""
    if isinstance(item, Proposal):
        return 1, item.id or 0
    return (2 if item.status == "open" else 0), item.id or 0


def _owner(ctx: Context, task: Task) -> str:
    if task.assignee_id == ctx.person_id:
        return say.OWNER_YOU.format()
    if task.assignee_name and task.assignment == "pending" and not _handled(ctx, task):
        return say.OWNER_ASKED.format(name=task.assignee_name)
    if task.assignee_name and task.assignment != "declined":
        return say.OWNER_HAS.format(name=task.assignee_name)
    if task.creator_id == ctx.person_id:
        return say.OWNER_YOU.format()
    return say.OWNER_NOBODY.format()


def _handled(ctx: Context, task: Task) -> bool:
    """Whether the person asked to do `task` has acted on it (ticked, moved, renamed it) already,
    which takes it on as much as pressing Accept."""
    if task.assignee_id is None or task.id is None:
        return False
    acted = select(AuditLog.id).where(
        AuditLog.subject == f"task:{task.id}", AuditLog.person_id == task.assignee_id
    )
    return ctx.session.exec(acted).first() is not None


def _cards(ctx: Context) -> list[Proposal]:
    """The cards still waiting for an answer that the asker may see."""
    group = ctx.viewer.group_id
    mine = col(Proposal.person_id) == ctx.person_id
    where = or_(mine, col(Proposal.chat_id) == group) if group is not None else mine
    return list(ctx.session.exec(select(Proposal).where(Proposal.status == "pending", where)))
