"""Status questions: due today, this week, overdue, my tasks, what I gave Sam, what Priya has."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from flowhub.connectors import Reply
from flowhub.nlp import resolve_local
from flowhub.skills import words
from flowhub.skills.context import Context
from flowhub.skills.format import numbered, task_line
from flowhub.storage import Task, people, tasks

_NAME = r"@?(?P<name>[A-Za-zÀ-ÿ][\w.\-]*)"
_GAVE = re.compile(
    rf"\b(?:what|which|tasks?)\b.*\b(?:did i|have i|i)\s+(?:give|gave|assign(?:ed)?|delegate[d]?)"
    rf"\s+(?:to\s+)?{_NAME}",
    re.I,
)
_GAVE_SHORT = re.compile(rf"^\s*(?:given to|assigned to|delegated to)\s+{_NAME}", re.I)
_HAS = re.compile(
    rf"\b(?:what|which)\b.*\b(?:does|did|is)\s+{_NAME}\s+(?:have|has|got|working on|on)\b", re.I
)
_POSSESSIVE = re.compile(rf"^\s*(?:show\s+)?{_NAME}'s\s+(?:tasks|list|todos?)", re.I)
_GROUP = re.compile(r"\b(?:group|channel|this chat|team|everyone|all open)\b", re.I)
_OVERDUE = re.compile(
    r"\b(?:overdue|late|past due|missed|vencid|atrasad|en retard|überfällig)", re.I
)
_TODAY = re.compile(r"\b(?:today|tonight|hoy|hoje|aujourd'hui|heute)\b", re.I)
_TOMORROW = re.compile(r"\b(?:tomorrow|tmrw|mañana|amanhã|demain|morgen)\b", re.I)
_WEEK = re.compile(r"\b(?:(?:this|the|next 7 days|rest of the) ?week|semana|semaine|woche)\b", re.I)
_DONE = re.compile(r"\b(?:done|completed|finished|closed)\b", re.I)
_NOT_NAMES = frozenset(
    [
        "i",
        "me",
        "you",
        "we",
        "he",
        "she",
        "they",
        "it",
        "this",
        "that",
        "the",
        "a",
        "an",
        "my",
        "your",
        "our",
        "their",
        "everyone",
        "anyone",
    ]
)


@dataclass(frozen=True)
class Query:
    """A status question, read."""

    title: str
    status: str | None = "open"
    involving: bool = True
    gave_to: str | None = None
    has: str | None = None
    group: bool = False
    until: datetime | None = None
    since: datetime | None = None
    overdue: bool = False


_REVIEW = re.compile(r"^\s*(?:weekly |week in |the week'?s? )?review\b|\bweekly review\b", re.I)


def handle(ctx: Context) -> list[Reply] | None:
    """Answer a status question with a numbered list that "done 2" can refer to."""
    if _REVIEW.search(ctx.text):
        return weekly_review(ctx)
    if ctx.intent != "query":
        return None
    query = read_query(ctx)
    found = run_query(ctx, query)
    ctx.thread.last_list = [t.id for t in found if t.id is not None]
    ctx.thread.list_kind = "tasks"
    if not found:
        return [Reply(words.NOTHING_FOUND.format(title=query.title))]
    lines = [task_line(t, viewer_tz=ctx.tz, now=ctx.now, viewer_id=ctx.person_id) for t in found]
    more = words.LIST_HINT if query.status == "open" else ""
    return [Reply(f"{query.title}:\n{numbered(lines)}{more}", ref="list")]


def read_query(ctx: Context) -> Query:
    """Turn the question into filters, in the asker's zone."""
    text = ctx.text
    zone = ctx.zone
    today = ctx.local_now.date()
    start_tomorrow = resolve_local(datetime.combine(today + timedelta(days=1), time()), zone)
    status = "done" if _DONE.search(text) and not _OVERDUE.search(text) else "open"
    for pattern in (_GAVE, _GAVE_SHORT):
        m = pattern.search(text)
        if m and m.group("name").lower() not in _NOT_NAMES:
            name = m.group("name")
            return Query(f"Open tasks you gave {name}", gave_to=name, involving=False)
    for pattern in (_HAS, _POSSESSIVE):
        m = pattern.search(text)
        if m and m.group("name").lower() not in _NOT_NAMES:
            name = m.group("name")
            return Query(f"Open tasks {name} has", has=name, involving=False)
    group = bool(_GROUP.search(text)) and ctx.chat.kind == "group"
    scope = "in this group" if group else "for you"
    involving = not group
    if _OVERDUE.search(text):
        return Query(
            f"Overdue {scope}", until=ctx.now, overdue=True, group=group, involving=involving
        )
    if _TODAY.search(text):
        return Query(f"Due today {scope}", until=start_tomorrow, group=group, involving=involving)
    if _TOMORROW.search(text):
        end = resolve_local(datetime.combine(today + timedelta(days=2), time()), zone)
        return Query(
            f"Due tomorrow {scope}",
            since=start_tomorrow,
            until=end,
            group=group,
            involving=involving,
        )
    if _WEEK.search(text):
        # "This week" looks a week ahead (as Todoist's "next 7 days" does): on a Friday,
        # Monday's deadlines are this week's worry too.
        end = resolve_local(datetime.combine(today + timedelta(days=8), time()), zone)
        return Query(
            f"Due this week (through {_day(today + timedelta(days=7))}) {scope}",
            until=end,
            group=group,
            involving=involving,
        )
    if status == "done":
        return Query(f"Done {scope}", status="done", group=group, involving=involving)
    title = "Open tasks in this group" if group else "Your open tasks"
    return Query(title, group=group, involving=involving)


def run_query(ctx: Context, query: Query) -> list[Task]:
    """The tasks that answer `query`."""
    assignee_id = None
    assignee_name = None
    if query.has:
        matches = people.find_people_by_name(
            session=ctx.session, workspace_id=ctx.workspace_id, name=query.has
        )
        if len(matches) == 1:
            assignee_id = matches[0].id
        else:
            assignee_name = query.has
    if query.gave_to:
        assignee_name = query.gave_to
    found = tasks.get_all_tasks(
        session=ctx.session,
        workspace_id=ctx.workspace_id,
        status=query.status,
        involving=ctx.person_id if query.involving else None,
        creator_id=ctx.person_id if query.gave_to else None,
        assignee_id=assignee_id,
        assignee_name=assignee_name,
        chat_id=ctx.chat_id if query.group else None,
        due_before=query.until,
        due_after=query.since,
        visible_to=ctx.viewer,
        limit=50,
    )
    if query.gave_to:
        found += [t for t in _gave_by_person(ctx, query.gave_to) if t not in found]
    if query.overdue:
        # A task due "on Friday" is overdue only after Friday ends in the asker's zone.
        today = ctx.local_now.date()
        found = [
            t
            for t in found
            if t.due_at
            and (
                t.due_at < ctx.now
                if t.due_grain in ("minute", "hour")
                else t.due_at.astimezone(ctx.zone).date() < today
            )
        ]
    return found


def _gave_by_person(ctx: Context, name: str) -> list[Task]:
    result: list[Task] = []
    for person in people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=name
    ):
        result += tasks.get_all_tasks(
            session=ctx.session,
            workspace_id=ctx.workspace_id,
            creator_id=ctx.person_id,
            assignee_id=person.id,
            visible_to=ctx.viewer,
            limit=50,
        )
    return result


def weekly_review(ctx: Context) -> list[Reply]:
    """A chat's week: done since Monday, still open, and overdue by person."""
    zone = ctx.zone
    today = ctx.local_now.date()
    monday = resolve_local(datetime.combine(today - timedelta(days=today.weekday()), time()), zone)
    group = ctx.chat.kind == "group"
    chat_id = ctx.chat_id if group else None
    involving = None if group else ctx.person_id
    done = [
        t
        for t in tasks.get_all_tasks(
            session=ctx.session,
            workspace_id=ctx.workspace_id,
            status="done",
            chat_id=chat_id,
            involving=involving,
            visible_to=ctx.viewer,
        )
        if t.completed_at and t.completed_at >= monday
    ]
    still_open = tasks.get_all_tasks(
        session=ctx.session,
        workspace_id=ctx.workspace_id,
        status="open",
        chat_id=chat_id,
        involving=involving,
        visible_to=ctx.viewer,
    )
    overdue: dict[str, list[Task]] = {}
    for task in still_open:
        if task.due_at and task.due_at < ctx.now:
            overdue.setdefault(task.assignee_name or "unassigned", []).append(task)
    lines = [words.REVIEW_HEAD.format(scope="this group" if group else "you")]
    lines.append(words.REVIEW_DONE.format(n=len(done)))
    lines += [f"  ✅ {t.title}" for t in done[:15]]
    lines.append(words.REVIEW_OPEN.format(n=len(still_open)))
    for person, late in sorted(overdue.items()):
        lines.append(words.REVIEW_OVERDUE.format(who=person, n=len(late)))
        lines += [f"  ⚠️ {t.title}" for t in late[:10]]
    return [Reply("\n".join(lines))]


def _day(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b}"
