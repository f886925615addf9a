"""References to what a person last saw or said: "it", "that", "the second one", "the gym one".

`last_target` names the thing "it" means: the message replied to, the newest card, the reminder
that just fired, the task just saved or changed, the reminder just set, or the only line of the
last list. `tasks_named` reads a number, an ordinal
or a few title words against the last list and the person's open tasks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import Protocol, TypeVar

from sqlmodel import col, select

from flowhub.nlp import POINTING
from flowhub.skills.context import Context
from flowhub.skills.due_day import due_day_words
from flowhub.storage import (
    Proposal,
    Reminder,
    ReminderOccurrence,
    Task,
    access,
    id_of,
    outbox,
    proposals,
    reminders,
    tasks,
)

ORDINALS: dict[str, int] = {
    "first": 0, "1st": 0, "1": 0, "#1": 0, "top": 0, "former": 0,
    "second": 1, "2nd": 1, "2": 1, "#2": 1,
    "third": 2, "3rd": 2, "3": 2, "#3": 2,
    "fourth": 3, "4th": 3, "4": 3, "#4": 3,
    "fifth": 4, "5th": 4, "5": 4, "#5": 4,
    "sixth": 5, "6th": 5, "6": 5, "seventh": 6, "7th": 6, "7": 6,
    "eighth": 7, "ninth": 8, "tenth": 9, "eleventh": 10, "twelfth": 11,
    "last": -1, "latter": -1, "bottom": -1,
}  # fmt: skip
# "9", "#12": list positions past the named ordinals ("the 12th" stays a day of the month).
_NUMBERED = re.compile(r"#?(\d{1,2})")
_MAX_NUMBER = 50
PRONOUNS = frozenset(
    ["", "it", "that", "this", "that one", "this one", "the card", "the task", "the time",
     "the date", "the day", "the deadline", "the due date", "the reminder", "that reminder",
     "the last one", "the one", "one", "the last reminder", "that task", "this task"]
)  # fmt: skip
_REMINDER_WORDS = frozenset(["reminder", "reminders", "one", "alarm", "ping", "nudge"])
# Outbox.ref holds at most this many characters.
_REF_LENGTH = 64
_NEWEST_SAID = re.compile(r"\b(?:last|latest|newest|final)\b", re.I)
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "my",
        "our",
        "with",
        "to",
        "for",
        "of",
        "on",
        "and",
        "task",
        "tasks",
        "one",
        "card",
        "thing",
        "reminder",
        "it",
        "that",
        "this",
        "about",
    ]
)


class _Titled(Protocol):
    title: str


T = TypeVar("T", bound=_Titled)


def tokens(text: str) -> set[str]:
    """The content words of `text`, folded."""
    return {
        w
        for w in re.findall(r"[\w\u0900-\u0963\u0966-\u097f]+", text.casefold())
        if w not in _STOP and w not in POINTING and len(w) > 1
    }


def _inflected(said: str, title_word: str) -> bool:
    """Whether two words are one word with another ending or article.

    "2x4" is "2x4s" (a Latin word changes only for the plural); "посылка" is "посылку", "الاجتماع"
    is "اجتماع": Russian changes a noun's ending with its case, Arabic writes "the" as part of it.
    """
    if said.isascii() or title_word.isascii():
        plural = (said + "s", said + "es")
        return title_word in plural or said in (title_word + "s", title_word + "es")
    a, b = (re.sub(r"^(?:وال|ال|لل|بال)(?=\w{3})", "", w) for w in (said, title_word))
    if a == b:
        return True
    stem = max(4, min(len(a), len(b)) - 2)
    return abs(len(a) - len(b)) <= 2 and len(a) > stem and len(b) > stem and a[:stem] == b[:stem]


def match_titles(text: str, items: Sequence[T]) -> list[T]:
    """The items whose titles best match the words of `text` (several when tied)."""
    wanted = tokens(text)
    if not wanted:
        return []
    scored: list[tuple[float, T]] = []
    for item in items:
        have = tokens(item.title) | due_day_words(item)
        overlap = len(wanted & have) + sum(
            1 for w in wanted - have if any(_inflected(w, h) for h in have)
        )
        prefix = sum(
            1
            for w in wanted - have
            if not any(_inflected(w, h) for h in have)
            for h in have
            if len(w) >= 4 and h.startswith(w[:4])
        )
        score = overlap + 0.5 * prefix
        if score >= max(1.0, len(wanted) * 0.5):
            scored.append((score, item))
    if not scored:
        return []
    best = max(s for s, _ in scored)
    return [item for s, item in scored if s == best]


def ordinal(text: str) -> int | None:
    """The 0-based index "the second one", "2" or "#2" names, or None."""
    key = re.sub(
        r"^(?:(?:the|number|no\.?|task|item|line|card)\s+)+|\s+(?:one|task|card|item|line)$",
        "",
        text.strip(),
    )
    key = key.casefold().strip()
    numbered = _NUMBERED.fullmatch(key)
    if numbered and 0 < int(numbered.group(1)) <= _MAX_NUMBER:
        return int(numbered.group(1)) - 1
    return ORDINALS.get(key)


def newest_card(ctx: Context) -> Proposal | None:
    """The newest pending card of this person in this chat, if it is newer than what was seen."""
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    if not pending:
        return None
    latest = max(pending, key=lambda p: (p.updated_at, p.source_event_id or 0, p.id or 0))
    seen = ctx.thread.last_seen()
    if seen and seen[0] == "cards" and len(seen[1]) == 1 and not _NEWEST_SAID.search(ctx.text):
        # The one card just edited or talked about is "it", even when another is newer; "the
        # last one" is still the newest.
        latest = next((p for p in pending if p.id == seen[1][0]), latest)
    if seen and seen[0] != "cards":
        at = _seen_at(ctx)
        if seen[0].startswith("list") or (at is not None and at > _aware(latest.updated_at)):
            return None
    return latest


def last_target(ctx: Context) -> tuple[str, int] | None:
    """What "it" means now: ("card" | "task" | "reminder", id)."""
    replied = replied_target(ctx)
    if replied is not None:
        return replied
    card = newest_card(ctx)
    if card is not None and card.id is not None:
        return "card", card.id
    fired = fired_target(ctx)
    if fired is not None:
        return fired
    offered = _offered_here(ctx)
    if offered is not None:
        return offered
    seen = ctx.thread.last_seen()
    if not seen or len(seen[1]) != 1:
        return None
    kind, ids = seen
    if kind in ("task", "list-tasks"):
        return "task", ids[0]
    if kind in ("reminder", "list-reminders"):
        return "reminder", ids[0]
    return None


def _offered_here(ctx: Context) -> tuple[str, int] | None:
    """The task someone gave the sender, when its offer (or the answer to it) is the last thing
    this direct chat showed: "push that to 10am" right after "Ana gave you a task …"."""
    if ctx.chat.kind != "direct":
        return None
    given = tasks.get_all_tasks(
        session=ctx.session,
        workspace_id=ctx.workspace_id,
        assignee_id=ctx.person_id,
        status="open",
        visible_to=ctx.viewer,
        limit=50,
    )
    rows = [
        (row, id_of(task))
        for task in given
        if task.creator_id != ctx.person_id
        and (
            row := outbox.get_latest_outbox_by_ref(session=ctx.session, ref=f"assignment:{task.id}")
        )
        and row.chat == ctx.event.chat
    ]
    if not rows:
        return None
    row, task_id = max(rows, key=lambda pair: pair[0].id or 0)
    seen = _seen_at(ctx)
    return None if seen is not None and seen > _aware(row.created_at) else ("task", task_id)


def replied_ref(ctx: Context) -> tuple[str, str]:
    """The kind and value of the bot message replied to ("proposal", "12"), or empty strings."""
    if not ctx.event.reply_to:
        return "", ""
    row = outbox.get_outbox_by_platform_message(
        session=ctx.session,
        platform=ctx.event.platform,
        chat=ctx.event.chat,
        platform_message_id=ctx.event.reply_to,
    )
    kind, _, value = (row.ref or "").partition(":") if row else ("", "", "")
    return kind, value


def replied_list(ctx: Context) -> list[int] | None:
    """The task ids of the numbered list the message replies to, when it replies to one."""
    kind, ids = replied_ref(ctx)
    if kind != "list" or not ids:
        return None
    return [int(i) for i in ids.split(",") if i.isdigit()]


def list_ref(ids: list[int]) -> str:
    """The outbox ref of a numbered list: its task ids, when they fit the column."""
    ref = "list:" + ",".join(str(i) for i in ids)
    return ref if ids and len(ref) <= _REF_LENGTH else "list"


def replied_target(ctx: Context) -> tuple[str, int] | None:
    """The card, task or reminder the bot message replied to is about, if any."""
    kind, number = replied_ref(ctx)
    if not number.isdigit():
        return None
    item_id = int(number)
    if kind in ("task", "assignment", "declined", "list"):  # a list of one names its task
        return "task", item_id
    if kind == "proposal":
        card = proposals.get_proposal(session=ctx.session, proposal_id=item_id)
        if card is None:
            return None
        if card.task_id is not None:  # a card edited into its saved state
            return "task", card.task_id
        return ("card", item_id) if card.status == "pending" else None
    if kind == "occurrence":
        occurrence = reminders.get_occurrence(session=ctx.session, occurrence_id=item_id)
        if occurrence is None:
            return None
        kind, item_id = "reminder", occurrence.reminder_id
    if kind == "reminder":
        reminder = reminders.get_reminder(session=ctx.session, reminder_id=item_id)
        if reminder is None:
            return None
        return ("task", reminder.task_id) if reminder.task_id else ("reminder", item_id)
    return None


def fired_target(ctx: Context) -> tuple[str, int] | None:
    """The reminder (or its task) that fired in this chat after the last thing said."""
    occurrence = answered_occurrence(ctx, replied=False)
    if occurrence is None:
        return None
    reminder = reminders.get_reminder(session=ctx.session, reminder_id=occurrence.reminder_id)
    if reminder is None:
        return None
    if reminder.task_id:
        return "task", reminder.task_id
    # A one-off that went off has no time left to change; "it" stays what was said before.
    return ("reminder", occurrence.reminder_id) if reminder.next_at else None


def answered_occurrence(ctx: Context, *, replied: bool = True) -> ReminderOccurrence | None:
    """The firing a message answers: the one replied to, or the last one in this chat if it
    came after everything else said here."""
    if replied and ctx.event.reply_to:
        kind, number = replied_ref(ctx)
        if kind == "occurrence" and number.isdigit():
            return reminders.get_occurrence(session=ctx.session, occurrence_id=int(number))
        return None
    occurrence = reminders.get_latest_occurrence(session=ctx.session, person_id=ctx.person_id)
    if occurrence is None or occurrence.fired_at is None:
        return None
    seen = _seen_at(ctx)
    if seen is not None and seen > _aware(occurrence.fired_at):
        return None
    reminder = reminders.get_reminder(session=ctx.session, reminder_id=occurrence.reminder_id)
    # a reminder goes off in its person's direct chat, wherever it was asked for
    here = reminder is not None and (reminder.chat_id == ctx.chat_id or ctx.chat.kind == "direct")
    return occurrence if here else None


def tasks_named(ctx: Context, phrase: str) -> list[Task]:
    """The saved tasks `phrase` names: "it", a list number or ordinal, or title words."""
    phrase = phrase.strip().casefold()
    if ctx.picked is not None and phrase == ctx.picked[0].strip().casefold():
        found = access.get_task(session=ctx.session, task_id=ctx.picked[1], viewer=ctx.viewer)
        return [found] if found else []
    if phrase in PRONOUNS:
        target = last_target(ctx)
        if target and target[0] == "task":
            found = access.get_task(session=ctx.session, task_id=target[1], viewer=ctx.viewer)
            return [found] if found else []
        return []
    index = ordinal(phrase)
    if index is not None:
        ids = saved_together(ctx)
        if len(ids) < 2 and (ctx.thread.list_kind != "tasks" or not ctx.thread.last_list):
            return []
        ids = ids if len(ids) >= 2 else ctx.thread.last_list
        if not -len(ids) <= index < len(ids):
            return []
        found = access.get_task(session=ctx.session, task_id=ids[index], viewer=ctx.viewer)
        return [found] if found else []
    pool = tasks.get_all_tasks(
        session=ctx.session,
        workspace_id=ctx.workspace_id,
        status="open",
        visible_to=ctx.viewer,
        limit=200,
    )
    pool = [t for t in pool if ctx.person_id in (t.assignee_id, t.creator_id)]
    return match_titles(phrase, pool)


def reminders_named(ctx: Context, phrase: str) -> list[Reminder]:
    """The live reminders of this person whose words hold every word of `phrase`."""
    wanted = tokens(phrase) - _REMINDER_WORDS
    if not wanted:
        return []
    found = []
    for reminder in reminders.get_reminders_touching(session=ctx.session, person_id=ctx.person_id):
        have = tokens(reminder.text)
        close = all(w in have or any(h.startswith(w[:4]) for h in have) for w in wanted)
        if close and access.may_touch_reminder(ctx.viewer, reminder):
            found.append(reminder)
    return found


def _seen_at(ctx: Context) -> datetime | None:
    raw = (ctx.thread.seen or {}).get("at")
    try:
        return _aware(datetime.fromisoformat(str(raw))) if raw else None
    except ValueError:
        return None


def _aware(at: datetime) -> datetime:
    from datetime import UTC

    return at if at.tzinfo else at.replace(tzinfo=UTC)


def saved_together(ctx: Context) -> list[int]:
    """The tasks saved from the cards of one message, when such a save is the last thing said.

    After "yes both look good" saves two cards, "the second one" is the second of them.
    """
    seen = ctx.thread.last_seen()
    if not seen or seen[0] != "task" or not seen[1]:
        return []
    card = proposals.get_proposal_for_task(session=ctx.session, task_id=seen[1][-1])
    if card is None or card.source_event_id is None:
        return []
    batch = ctx.session.exec(
        select(Proposal)
        .where(Proposal.source_event_id == card.source_event_id, Proposal.chat_id == card.chat_id)
        .order_by(col(Proposal.id))
    ).all()
    return [p.task_id for p in batch if p.task_id is not None and p.status == "confirmed"]
