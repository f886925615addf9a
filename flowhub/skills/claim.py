"""Someone takes an existing task in plain words: "I'll take the tile delivery", "I can take it,
I'm in town anyway" (right after the bot named the task), "I'll do the tiles and the key myself
then".

The task named (or the one the bot just spoke about) becomes the sender's when nobody else was
given it (it is nobody's, or still its requester's), or when the sender is its requester taking it
back; its reminders follow. A task given to someone else is for its requester to move, and a claim
that names no open task is left to the other skills (a new task).
"""

from __future__ import annotations

import re
from datetime import UTC, timedelta

from sqlmodel import col, select

from flowhub.connectors import Reply
from flowhub.i18n import current_locale, use_locale
from flowhub.nlp import parse_when
from flowhub.skills import group_words, push, reply_words
from flowhub.skills.assign import answer, direct_target, saved_card_edit
from flowhub.skills.card_zone import due_words
from flowhub.skills.context import Context
from flowhub.skills.edit_saved import snapshot
from flowhub.skills.notify import reader_locale
from flowhub.skills.refer import PRONOUNS, match_titles, replied_target, tokens
from flowhub.skills.taking import take_on
from flowhub.storage import Outbox, Task, access, as_utc, audit, id_of, people, tasks

_CLAIM = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|fine|sure|alright|ugh|hmm|then|so|well|actually|np|no\s+worries)\W+)*"
    r"(?:i(?:'ll|’ll|\s+will|\s+can|\s+could|'m\s+happy\s+to|\s+am\s+happy\s+to|'d\s+be\s+happy\s+to)"
    r"|let\s+me)\s+(?:just\s+|also\s+|gladly\s+|happily\s+)?"
    r"(?:take\s+over|take\s+care\s+of|take|do|handle|cover|grab|pick\s+up|look\s+after"
    r"|deal\s+with|sort(?:\s+out)?|own)\s+"
    r"(?P<what>[^,;.!?—–]+?)"
    r"(?:\s+(?:myself|then|instead|after\s+all|too|as\s+well|for\s+\w+|over))*"
    r"\s*(?:[,;.!?—–-].*)?$",
    re.I,
)
# "put me on the tile delivery", "sign me up for the key", "leave the tile delivery with me".
_ME_ON = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|fine|sure|alright|then|so|actually)\W+)*(?:(?:put|sign)\s+me\s+"
    r"(?:down\s+|up\s+)?(?:on|for)\s+(?P<a>[^,;.!?—–]+?)|leave\s+(?P<b>[^,;.!?—–]+?)\s+"
    r"(?:with|to)\s+me)(?:\s+(?:then|instead|please|pls))*\s*(?:[,;.!?—–-].*)?$",
    re.I,
)
# "yeah ok I'll do the rota", "sure, I can ask them when I call": a yes to doing something.
_WILL = re.compile(
    r"^\W*(?:(?:yeah|yes|yep|yup|sure|ok(?:ay)?|fine|alright|np|no\s+problem|of\s+course|happy\s+to"
    r"|can\s+do)\W+)*(?:i(?:'ll|’ll|\s+will|\s+can|'m\s+happy\s+to|'d\s+be\s+happy\s+to)|let\s+me)"
    r"\s+(?:just\s+|also\s+|gladly\s+|happily\s+)?(?P<rest>\w.*)$",
    re.I,
)
_IT = re.compile(r"^(?:do|take|handle|cover|grab|sort|own)\s+(?:it|that|this)(?:\s+one)?\b", re.I)
# Parts of "the tiles and the key".
_PARTS = re.compile(r"\s*(?:,|\band\b|&|\bplus\b)\s*", re.I)
# A pronoun claim leans on what the bot said in the chat this recently.
_JUST_SAID = timedelta(minutes=10)
_TASK_REFS = ("task", "assignment", "list", "declined")
_RECENT = 30


def claims(ctx: Context, text: str) -> bool:
    """Whether `text` says the sender will take open tasks it names (theirs already or not)."""
    found, kept = _read(ctx, text)
    return bool(found) or _kept_only(ctx, text, kept)


def in_words(text: str, title: str) -> bool:
    """Whether `text` says the sender will do the thing titled `title` ("yeah ok I'll do the
    rota", "yeah I'll ask them when I call" for "Ask the mill…", "sure, I can do it")."""
    m = _WILL.match(text.strip())
    if m is None or reply_words.refuses(text):
        return False
    rest = m["rest"]
    return bool(_IT.match(rest) or tokens(rest) & tokens(title))


def _kept_only(ctx: Context, text: str, kept: list[Task]) -> bool:
    """Whether a claim of only tasks one may not take is still one ("I'll do my report friday"
    moves the sender's own task, which is not a claim)."""
    if not kept:
        return False
    own = all(_theirs(ctx, t) and t.assignment != "pending" for t in kept)
    return not (own and parse_when(text, now=ctx.now, tz=ctx.tz) is not None)


def _read(ctx: Context, text: str) -> tuple[list[Task], list[Task]]:
    """The tasks a claim names that the sender may take, and those they may not: theirs
    already, or given to someone else."""
    m = _CLAIM.match(text.strip())
    me = _ME_ON.match(text.strip()) if m is None else None
    if m is None and me is None:
        return [], []
    what = (m["what"] if m is not None else me["a"] or me["b"] if me else "").strip()
    if what.casefold() in PRONOUNS:
        task = _spoken_of(ctx)
        found = [task] if task is not None else []
    else:
        found = _named(ctx, what) or _named(ctx, _dayless(ctx, what))
    kept = [t for t in found if _theirs(ctx, t) or not _free(ctx, t)]
    return [t for t in found if t not in kept], kept


def _named(ctx: Context, what: str) -> list[Task]:
    """The one open task each part of `what` names, or none when a part names none."""
    pool = tasks.get_all_tasks(
        session=ctx.session,
        workspace_id=ctx.workspace_id,
        status="open",
        visible_to=ctx.viewer,
        limit=200,
    )
    seen = {t.id for t in pool}
    pool += [t for t in _shown_here(ctx) if t.id not in seen]
    found: list[Task] = []
    for part in _PARTS.split(what):
        if not part.strip():
            continue
        named = match_titles(part, pool)
        if len(named) != 1:
            return []  # every part must name one task, or it is a new task
        if named[0] not in found:
            found.append(named[0])
    return found


def handle(ctx: Context) -> list[Reply] | None:
    """Give the tasks a claim names to the sender; None when the message is not such a claim."""
    found, kept = _read(ctx, ctx.text)
    if not found and not kept:
        return None
    asked = [t for t in kept if t.assignee_id == ctx.person_id and t.assignment == "pending"]
    # "I'll take the tile delivery" from the person asked to do it: a yes.
    replies = [r for t in asked for r in answer(ctx, t, accepted=True)]
    if not found:
        if replies or not _kept_only(ctx, ctx.text, kept):
            return replies or None
        return [_kept(ctx, t) for t in kept]
    before = [snapshot(t) for t in found]
    name = ctx.person.display_name
    day = _new_day(ctx, ctx.text) if len(found) == 1 else {}
    for task in found:
        had = task.assignee_id
        own = task.creator_id == ctx.person_id
        take_on(ctx, task, assignment="none" if own else "accepted", **day)
        ctx.later(push.sync_task, id_of(task))
        audit.create_audit_entry(
            session=ctx.session,
            at=ctx.now,
            action="reassigned",
            subject=f"task:{task.id}",
            person_id=ctx.person_id,
        )
        said = group_words.TOOK_TASK.format(who=name, title=task.title)
        if day:  # "🙋 Ana took “X”, due Fri 13 Mar."
            when = group_words.DUE_WHEN.format(
                when=due_words(ctx, task, requester_id=task.creator_id)
            )
            said = f"{said.rstrip('.')}{when}."
        replies.append(Reply(said, ref=f"assignment:{task.id}"))
        target = direct_target(ctx, had) if had not in (None, ctx.person_id) else None
        if target is not None and ctx.chat.kind != "group" and had is not None:
            told = _told(ctx, task, name, had, dated=bool(day))
            replies.append(Reply(told, to=target, ref=f"assignment:{task.id}"))
        due = due_words(ctx, task, requester_id=task.creator_id) if day else None
        replies += saved_card_edit(ctx, task, assignee=name, due=due)
    ctx.thread.note("task", [id_of(t) for t in found], now=ctx.now)
    ctx.thread.remember_undo({"verb": "edit", "tasks": before}, now=ctx.now)
    return replies


def _new_day(ctx: Context, text: str) -> dict[str, object]:
    """The due day a claim gives with what it takes ("I'll grab the cones on saturday", "…, give
    me till end of next week")."""
    m = _CLAIM.match(text.strip())
    rest = text.strip()[m.start("what") :] if m is not None else ""
    found = parse_when(rest, now=ctx.now, tz=ctx.tz) if rest.strip() else None
    if found is None or found.rrule:
        return {}
    return {"due_at": found.start.astimezone(UTC), "due_grain": found.grain, "due_tz": ctx.tz}


def _dayless(ctx: Context, what: str) -> str:
    """`what` without the day said in it ("the bakery run monday" -> "the bakery run")."""
    found = parse_when(what, now=ctx.now, tz=ctx.tz)
    if found is None:
        return what
    cut = f"{what[: found.span[0]]} {what[found.span[1] :]}"
    return re.sub(r"\s+(?:on|by|for|till|until)\s*$", "", cut.strip(), flags=re.I)


def _kept(ctx: Context, task: Task) -> Reply:
    """What a claim of a task the sender has, or may not take, is told."""
    if _theirs(ctx, task):
        return Reply(group_words.YOU_HAVE.format(title=task.title, when=""), ref=f"task:{task.id}")
    held = group_words.ALREADY_ASSIGNED.format(title=task.title, name=task.assignee_name or "")
    requester = people.get_person(session=ctx.session, person_id=task.creator_id)
    who = requester.display_name if requester is not None else ""
    return Reply(f"{held} {group_words.ONLY_REQUESTER.format(name=who)}", ref=f"task:{task.id}")


def _free(ctx: Context, task: Task) -> bool:
    """Whether the sender may take `task` by saying so: nobody else was given it (it is nobody's
    or still its requester's), or the sender is its requester taking it back."""
    if ctx.person_id == task.creator_id or task.assignment == "declined":
        return True
    return task.assignee_id in (None, task.creator_id)


def _theirs(ctx: Context, task: Task) -> bool:
    """Whether the sender already has `task` (given it, or made it with nobody else on it)."""
    if task.assignee_id is not None:
        return task.assignee_id == ctx.person_id and task.assignment != "declined"
    return task.creator_id == ctx.person_id and not task.assignee_name


def _spoken_of(ctx: Context) -> Task | None:
    """The open task "it" means: the one replied to, or the bot's last word on one task here."""
    target = replied_target(ctx)
    if target is not None:
        if target[0] != "task":
            return None
        task = access.get_task(session=ctx.session, task_id=target[1], viewer=ctx.viewer)
        return task if task is not None and task.status == "open" else None
    if ctx.event.reply_to or ctx.chat.kind != "group":
        return None  # in a private chat "I'll do it" answers what was asked, as before
    rows = _recent(ctx)
    if not rows or ctx.now - as_utc(rows[0].created_at) > _JUST_SAID:
        return None
    ids = _task_ids(rows[0])
    if len(ids) != 1:
        return None
    task = tasks.get_task(session=ctx.session, task_id=ids[0])
    return task if task is not None and task.status == "open" else None


def _shown_here(ctx: Context) -> list[Task]:
    """Open tasks the bot's recent messages in this chat spoke of: everyone here has seen them."""
    ids = [i for row in _recent(ctx) for i in _task_ids(row)]
    found = [tasks.get_task(session=ctx.session, task_id=i) for i in dict.fromkeys(ids)]
    return [
        t
        for t in found
        if t is not None and t.status == "open" and t.workspace_id == ctx.workspace_id
    ]


def _recent(ctx: Context) -> list[Outbox]:
    """The bot's newest messages in this chat, newest first."""
    return list(
        ctx.session.exec(
            select(Outbox)
            .where(Outbox.platform == ctx.event.platform, Outbox.chat == ctx.event.chat)
            .order_by(col(Outbox.id).desc())
            .limit(_RECENT)
        )
    )


def _task_ids(row: Outbox) -> list[int]:
    """The tasks a bot message was about, from its ref ("task:3", "list:3,5")."""
    kind, _, numbers = (row.ref or "").partition(":")
    if kind not in _TASK_REFS:
        return []
    return [int(n) for n in numbers.split(",") if n.isdigit()]


def _told(ctx: Context, task: Task, name: str, reader_id: int, *, dated: bool) -> str:
    """The claim told to the one who had the task, in their language and on their clock."""
    reader = people.get_person(session=ctx.session, person_id=reader_id)
    locale = current_locale()
    if reader is not None:
        locale = reader_locale(ctx.session, reader, asker_locale=locale)
    with use_locale(locale):
        said = group_words.TOOK_TASK.format(who=name, title=task.title)
        if not dated:
            return said
        when = due_words(ctx, task, requester_id=task.creator_id, reader=reader)
        return f"{said.rstrip('.')}{group_words.DUE_WHEN.format(when=when)}."
