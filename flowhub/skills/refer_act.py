"""Done, delete and reopen said about a reference: "delete it", "the dentist one is done",
"tick off the second one", a reply "done" to a saved task or a reminder, "that's done" after a
reminder, "the car one isn't done", "put that back on my list" and "cancel the last reminder".
The task is found here; the change is `done`'s, as for "done 2".
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from flowhub.connectors import Reply
from flowhub.skills import capture, done, edit_words, refer_words, remind, remind_manage, words
from flowhub.skills.context import Context
from flowhub.skills.done_beside import parts
from flowhub.skills.done_words import describing, news_task, then_remind, ticks
from flowhub.skills.refer import (
    PRONOUNS,
    answered_occurrence,
    last_target,
    match_titles,
    ordinal,
    replied_target,
    tasks_named,
)
from flowhub.storage import Task, access, id_of, proposals, reminders, tasks

_DONE = r"done|finished|complete|completed|sorted|handled|taken care of|dealt with|ticked off"
_VERBS = {
    "done": r"mark|tick(?:\s+off)?|check(?:\s+off)?|finish(?:ed)?|complete(?:d)?|close"
    r"|done(?:\s+with)?|did|i\s+did|i(?:'ve|\s+have)\s+(?:done|finished)",
    "delete": r"delete|remove|drop|bin|trash|scrap|get rid of|cancel|forget",
    "reopen": r"reopen|re-open|undo done on|not done",
}
_VERB_FIRST = {
    verb: re.compile(
        rf"^(?:{pattern})\s+(?P<t>.+?)(?:\s+(?:as\s+)?(?:done|complete|completed|off))?$", re.I
    )
    for verb, pattern in _VERBS.items()
}
_IS_DONE = re.compile(
    rf"^(?P<t>.+?)(?:\s+(?:is|was|are|has been)|'s|’s)\s+(?:(?:all|now|already)\s+)?(?:{_DONE})$",
    re.I,
)
_BARE = re.compile(rf"^(?:{_DONE}|did it|all done|finished it|done it|✅|✔️|☑️)$", re.I)
# A bare "delete" only counts as a reply to a saved task's message.
_BARE_VERB = re.compile(
    r"^(delete|remove|drop|bin|trash|cancel|stop|kill|reopen)(?:\s+(?:it|this|that)(?:\s+one)?)?$",
    re.I,
)
_DID_WORDS = 7
# A title in quotes: 'order the whistles', “order the whistles”, "order the whistles".
_QUOTED = re.compile(r"(?<!\w)'([^']{3,}?)'(?!\w)|[“‘]([^”’]{3,}?)[”’]|\"([^\"]{3,}?)\"")
# How long after a done or delete "put them back" still means the tasks it took.
_GONE_WINDOW = timedelta(hours=1)
_NEWS_WORDS = 24
_REMINDER = re.compile(
    r"^(?:cancel|delete|remove|drop|stop|kill)\s+(?:the\s+)?(?P<which>last|latest|newest|"
    r"previous|that|this)\s+(?:reminder|one i set|alarm)$",
    re.I,
)


def handle(ctx: Context) -> list[Reply] | None:
    """A done / delete / reopen that names its task by reference; None otherwise."""
    text = edit_words.tidy(ctx.text)
    if _REMINDER.match(text):
        return _cancel_last_reminder(ctx)
    if refer_words.asks_undo(text):
        return None  # "wait undo, …" is `done`'s, which may narrow it to the task named
    if (back := refer_words.back_phrase(text)) is not None:
        return _put_back(ctx, back, text)
    if (back := refer_words.not_done_phrase(text)) is not None:
        task_id = _finished_task(ctx, back, text)
        return _act(ctx, "reopen", task_id) if task_id is not None else None
    if (quoted := _quoted_title(ctx, text)) is not None:
        return quoted  # "the 'kit wash' one is a duplicate, delete it": the quote names it
    text = refer_words.without_filler(text) or text
    verb, phrase = _read(text)
    bare = _BARE_VERB.match(text)
    if (
        verb is None
        and bare
        and bare.group(1).casefold() not in ("stop", "kill")
        and _replied_task(ctx) is not None
    ):
        verb = "reopen" if bare.group(1).casefold() == "reopen" else "delete"
    if bare and bare.group(1).casefold() != "reopen" and (replied := _replied_reminder(ctx)):
        return remind.cancel_button(_unreplied(ctx), str(replied))  # a reply "cancel that"
    if verb is None:
        return _did_it(ctx, text) or _replied_news(ctx) or _news(ctx)
    if verb == "reopen" and (parts := then_remind(phrase)) is not None:
        return _reopen_then_remind(ctx, *parts)
    task_id = _task_id(ctx, phrase)
    if task_id is None and verb == "done":
        return _reminder_done(ctx, phrase) or _news(ctx) or _which(ctx, verb, phrase)
    if task_id is None:
        return _which(ctx, verb, phrase)
    return _act(ctx, verb, task_id)


def _quoted_title(ctx: Context, text: str) -> list[Reply] | None:
    """A command on "it" beside a quoted title acts on the task the quote names, or asks."""
    m = _QUOTED.search(text)
    if m is None:
        return None
    title = next(g for g in m.groups() if g).strip()
    rest = f"{text[: m.start()]} {text[m.end() :]}"
    for clause in refer_words.CLAUSES.split(rest):
        clause = refer_words.without_filler(clause.strip()) or clause.strip()
        verb, phrase = _read(clause)
        bare = _BARE_VERB.match(clause)
        if verb is None and bare and bare.group(1).casefold() not in ("stop", "kill"):
            verb, phrase = ("reopen" if bare.group(1).casefold() == "reopen" else "delete"), ""
        if verb is None or phrase.strip().casefold() not in PRONOUNS:
            continue
        if not tasks_named(ctx, title):
            return [Reply(words.NO_MATCH.format(text=title))]
        said = replace(_unreplied(ctx), text=f"{verb} {title}", intent="done")
        return done.handle(said) or [Reply(words.NO_MATCH.format(text=title))]
    return None


def _reopen_then_remind(ctx: Context, phrase: str, reminder: str) -> list[Reply] | None:
    """ "reopen the call ana one and remind me at 3pm": the task comes back, then the reminder."""
    task_id = _finished_task(ctx, phrase, phrase) or _task_id(ctx, phrase)
    if task_id is None:
        return None
    replies = _act(ctx, "reopen", task_id) or []
    reminded = remind.handle(replace(_unreplied(ctx), text=reminder, intent="remind"))
    return [*replies, *(reminded or [])]


def _which(ctx: Context, verb: str, phrase: str) -> list[Reply] | None:
    """ "the venue one is done" when two open tasks fit: which one, as `done` asks it."""
    phrase = re.sub(r"^(?:with|on)\s+", "", phrase.strip())
    if phrase.casefold() in PRONOUNS or ordinal(phrase) is not None:
        return None
    if verb == "reopen" or len(tasks_named(ctx, phrase)) < 2:
        return None
    return done.handle(replace(_unreplied(ctx), text=f"{verb} {phrase}", intent="done"))


def _replied_reminder(ctx: Context) -> int | None:
    target = replied_target(ctx)
    return target[1] if target and target[0] == "reminder" else None


def _unreplied(ctx: Context) -> Context:
    """The context as if typed without a reply, so the answer is a message of its own."""
    return replace(ctx, event=replace(ctx.event, reply_to=None))


def _reminder_done(ctx: Context, phrase: str) -> list[Reply] | None:
    """A "done" answering a fired reminder that has no task: as its Done button."""
    if phrase.strip().casefold() not in PRONOUNS:
        return None
    occurrence = answered_occurrence(ctx)
    if occurrence is None or occurrence.id is None:
        return None
    return remind.done_button(_unreplied(ctx), str(occurrence.id))


def _did_it(ctx: Context, text: str) -> list[Reply] | None:
    """ "paid it", "sent the report": the task's own verb in the past tense ticks it off."""
    m = refer_words.DID.match(text)
    if m is None or len(text.split()) > _DID_WORDS:
        return None
    if ctx.chat.kind == "group" and not ctx.event.addressed:
        return None  # "sent it" between people in a group is their talk, not a tick
    task_id = _task_id(ctx, m["t"] or "it")
    task = (
        access.get_task(session=ctx.session, task_id=task_id, viewer=ctx.viewer)
        if task_id is not None
        else None
    )
    if task is None or task.status != "open" or not task.title.split():
        return None
    if m["v"].casefold() not in refer_words.past_forms(task.title.split()[0]):
        return None
    return _act(ctx, "done", id_of(task))


def _replied_news(ctx: Context) -> list[Reply] | None:
    """A reply to a reminder or task with a done word among chatter: "spoke to him, done ✅"."""
    text = ticks(ctx.text)
    if len(text.split()) > _NEWS_WORDS:
        return None
    target = replied_target(ctx)
    if target is None:
        return None
    if refer_words.DONE_WORD.search(text) and not refer_words.NOT_NEWS.search(text):
        return handle(replace(ctx, text="done"))
    if target[0] == "task" and _did_verb(ctx, target[1], text):
        return handle(replace(ctx, text="done"))
    return None


def _did_verb(ctx: Context, task_id: int, text: str) -> bool:
    """Whether a clause of a reply to a task says its own verb, or one that closes any task,
    in the past: "checked, they paid" to "Check the deposit came in"."""
    task = access.get_task(session=ctx.session, task_id=task_id, viewer=ctx.viewer)
    if task is None or task.status != "open" or not task.title.split():
        return False
    verb = refer_words.stem(task.title.split()[0])
    for clause in refer_words.CLAUSES.split(text):
        if refer_words.NOT_NEWS.search(clause):
            continue
        said = re.findall(r"[\w'’]+", clause.casefold())
        for i, word in enumerate(said):
            if not refer_words.is_past(word) or describing(said, i):
                continue
            if refer_words.stem(word) in ({verb} | refer_words.THROUGH):
                return True
    return False


def _news(ctx: Context) -> list[Reply] | None:
    """Done said as news about open tasks: "toner's been ordered, and the IT guy is sorted too"."""
    if len(ctx.text.split()) > _NEWS_WORDS:
        return None
    if ctx.chat.kind == "group" and not ctx.event.addressed:
        return None
    pool = [
        t
        for t in tasks.get_all_tasks(
            session=ctx.session,
            workspace_id=ctx.workspace_id,
            status="open",
            visible_to=ctx.viewer,
            limit=200,
        )
        if ctx.person_id in (t.assignee_id, t.creator_id) and t.id is not None
    ]
    found: list[Task] = []
    tied: list[str] = []
    for clause in refer_words.CLAUSES.split(ctx.text):
        task = news_task(ticks(clause), pool, tied)
        if task is not None and task not in found:
            found.append(task)
    if not found and len(tied) == 1:
        # "sorted the band thing" with two band tasks open: which one, not a shrug.
        return done.handle(replace(_unreplied(ctx), text=f"done {tied[0]}", intent="done"))
    if not found:
        return None
    kept, kind = list(ctx.thread.last_list), ctx.thread.list_kind
    ctx.thread.last_list, ctx.thread.list_kind = [id_of(t) for t in found], "tasks"
    try:
        numbers = " ".join(str(n) for n in range(1, len(found) + 1))
        replies = done.handle(replace(ctx, text=f"done {numbers}", intent="done"))
    finally:
        ctx.thread.last_list, ctx.thread.list_kind = kept, kind
    return replies and [*replies, *_news_with_task(ctx, pool)]


def _news_with_task(ctx: Context, pool: list[Task]) -> list[Reply]:
    """Cards for the sentences beside the news that ask for something new ("so that call is
    done. need to be on site wed morning")."""
    rest = ". ".join(
        sentence
        for sentence in parts(ctx.text)
        if not any(news_task(ticks(c), pool, []) for c in refer_words.CLAUSES.split(sentence))
    )
    sender = ctx.person.display_name
    if not rest.strip() or not ctx.extract(rest, now=ctx.now, tz=ctx.tz, sender=sender):
        return []
    return capture.handle(replace(ctx, text=rest, intent="capture")) or []


def _act(ctx: Context, verb: str, task_id: int) -> list[Reply] | None:
    """Run `verb` on one task as `done` would on line 1 of a list; "it" then means that task."""
    kept, kind = list(ctx.thread.last_list), ctx.thread.list_kind
    ctx.thread.last_list, ctx.thread.list_kind = [task_id], "tasks"
    try:
        # Line 1 of that one-task list, not of a list the message may reply to.
        replies = done.handle(replace(_unreplied(ctx), text=f"{verb} 1", intent="done"))
    finally:
        ctx.thread.last_list, ctx.thread.list_kind = kept, kind
    if replies and verb != "delete":
        ctx.thread.note("task", [task_id], now=ctx.now)
    return replies


def _finished_task(ctx: Context, phrase: str, text: str) -> int | None:
    """The done (or deleted) task `phrase` names; "that" may lean on the rest of the message."""
    pool = _gone(ctx)
    if phrase.casefold() not in PRONOUNS:
        return _only(match_titles(phrase, pool))
    target = replied_target(ctx)
    if target is None:
        named = _only(match_titles(text.replace(phrase, " "), pool))
        if named is not None:
            return named
        target = last_target(ctx)
    if target is None or target[0] != "task":
        return None
    return target[1] if any(t.id == target[1] for t in pool) else None


def _put_back(ctx: Context, back: str, text: str) -> list[Reply] | None:
    """ "bring back the flight and the batteries", "keep the shot list and insurance, put them
    back": every task named comes back; "put those back" alone brings back the last ones gone."""
    pool = _gone(ctx)
    plural = bool(refer_words.PLURAL.match(back.strip()))
    named = _named(text.replace(back, " ") if plural else back, pool)
    if plural and not named:
        named = _last_gone(ctx, pool)  # "wait, put those back": what the last action took
    if named:
        _settle_cards(ctx, named)
        return _reopen_all(ctx, named) if len(named) > 1 else _act(ctx, "reopen", id_of(named[0]))
    if plural:
        return None
    task_id = _finished_task(ctx, back, text)
    return _act(ctx, "reopen", task_id) if task_id is not None else None


def _settle_cards(ctx: Context, found: list[Task]) -> None:
    """A card an undo put back to wait for one of these tasks is that task's again, saved."""
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    for task in found:
        card = next((p for p in pending if p.title == task.title and p.task_id is None), None)
        if card is not None and task.status == "discarded":
            proposals.update_proposal(
                session=ctx.session, proposal=card, now=ctx.now, status="confirmed", task_id=task.id
            )


def _gone(ctx: Context) -> list[Task]:
    """This person's finished and deleted tasks, the ones "put back" can bring back."""
    return [
        t
        for status in ("done", "discarded")
        for t in tasks.get_all_tasks(
            session=ctx.session,
            workspace_id=ctx.workspace_id,
            status=status,
            visible_to=ctx.viewer,
            limit=200,
        )
        if ctx.person_id in (t.assignee_id, t.creator_id)
    ]


def _named(text: str, pool: list[Task]) -> list[Task]:
    """The tasks of `pool` each part of `text` names on its own, in the order said."""
    found: list[Task] = []
    for part in refer_words.NAME_PARTS.split(text):
        words_left = refer_words.NAME_NOISE.sub(" ", part).strip()
        one = _only(match_titles(words_left, pool)) if words_left else None
        task = next((t for t in pool if t.id == one), None)
        if task is not None and task not in found:
            found.append(task)
    return found


def _last_gone(ctx: Context, pool: list[Task]) -> list[Task]:
    """The tasks the newest done or delete took, if that was within the last hour."""
    if not pool:
        return []
    latest = max(_aware(t.updated_at) for t in pool)
    if ctx.now - latest > _GONE_WINDOW:
        return []
    return [t for t in pool if _aware(t.updated_at) == latest]


def _reopen_all(ctx: Context, found: list[Task]) -> list[Reply] | None:
    """Put several tasks back at once, as `done` does "reopen 1 2"."""
    kept, kind = list(ctx.thread.last_list), ctx.thread.list_kind
    ctx.thread.last_list, ctx.thread.list_kind = [id_of(t) for t in found], "tasks"
    try:
        numbers = " ".join(str(n) for n in range(1, len(found) + 1))
        return done.handle(replace(_unreplied(ctx), text=f"reopen {numbers}", intent="done"))
    finally:
        ctx.thread.last_list, ctx.thread.list_kind = kept, kind


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def _only(found: list[Task]) -> int | None:
    return found[0].id if len(found) == 1 else None


def _read(text: str) -> tuple[str | None, str]:
    if _BARE.match(text):
        return "done", ""
    if m := _IS_DONE.match(text):
        return "done", m.group("t")
    for verb, pattern in _VERB_FIRST.items():
        if m := pattern.match(text):
            return verb, m.group("t")
    return None, ""


def _task_id(ctx: Context, phrase: str) -> int | None:
    phrase = re.sub(r"^(?:with|on)\s+", "", phrase.strip().casefold())
    replied = _replied_task(ctx)
    if replied is not None and (phrase in PRONOUNS or (ordinal(phrase) is None and not phrase)):
        return replied
    if phrase in PRONOUNS:
        target = last_target(ctx)
        return target[1] if target and target[0] == "task" else None
    if ordinal(phrase) is not None and ctx.thread.list_kind != "tasks":
        return None
    found = tasks_named(ctx, phrase)
    return found[0].id if len(found) == 1 else None


def _replied_task(ctx: Context) -> int | None:
    target = replied_target(ctx)
    return target[1] if target and target[0] == "task" else None


def _cancel_last_reminder(ctx: Context) -> list[Reply]:
    mine = [
        r
        for r in reminders.get_active_reminders(session=ctx.session, person_id=ctx.person_id)
        if access.may_touch_reminder(ctx.viewer, r)
    ]
    if not mine:
        return [Reply(words.NOTHING_FOUND.format(title="Reminders"))]
    last = max(mine, key=lambda r: (r.created_at, r.id or 0))
    before = remind_manage.undo_snapshot(last)
    reminders.update_reminder(session=ctx.session, reminder=last, status="cancelled")
    ctx.thread.remember_undo({"verb": "reminder", "reminders": [before]}, now=ctx.now)
    return [Reply(edit_words.REMINDER_CANCELLED.format(text=last.text) + words.UNDO_HINT)]
