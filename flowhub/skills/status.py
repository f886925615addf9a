"""Status questions: whose tasks, which state, which period; and the weekly review.

The question is read by `status_query` (whose, which) and `status_period` (when); this module
runs it under the access rule (a person sees only what they may see) and words the answer.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from flowhub.connectors import Reply
from flowhub.i18n import localized
from flowhub.nlp import classify_intent, parse_when, resolve_local
from flowhub.skills import (
    period_words,
    snooze_task,
    status_notes,
    status_people,
    status_reminders,
    status_task,
    status_topic,
    words,
)
from flowhub.skills import status_words as say
from flowhub.skills.card_zone import reader_label
from flowhub.skills.context import Context
from flowhub.skills.digest_trend import trend_line, week_chart
from flowhub.skills.due import due_day, is_overdue
from flowhub.skills.format import numbered, task_line
from flowhub.skills.refer import list_ref
from flowhub.skills.status_period import Period
from flowhub.skills.status_query import Query, asks_period, looks_like_question, read_query
from flowhub.skills.status_repeat import done_occurrences, occurrences_within
from flowhub.storage import Person, Task, access, people, tasks
from flowhub.storage.insights import Scope

__all__ = ["Query", "answer", "handle", "read_query", "run_query", "weekly_review"]

# "review" alone asks for the review; "review the PR" is a task.
_REVIEW = re.compile(
    r"^\s*(?:(?:my|the)\s+)?(?:weekly |week in |the week'?s? )?review(?:\s+please)?[\s.!?]*$"
    r"|\bweekly review\b",
    re.I,
)
# "morning! what do i have on my plate": a greeting before the question.
_GREETING = re.compile(
    r"^\W*(?:(?:good\s+)?(?:morning|afternoon|evening)|hi+|he+y+|hello+|yo|gm)\b[\s!,.:;-]+", re.I
)
_SHOWN = 30
_NEXT_SHOWN = 3
_INSTEAD = 8
_SLACK = timedelta(days=1)


def handle(ctx: Context) -> list[Reply] | None:
    """Answer a status question with a numbered list that "done 2" can refer to."""
    if _REVIEW.search(ctx.text):
        return weekly_review(ctx)
    asked = _GREETING.sub("", ctx.text)
    if asked != ctx.text and asked:
        ctx = replace(ctx, text=asked, intent=classify_intent(asked))
    # "what about calling mom tomorrow" offers a task; "what about the van?" asks about one.
    topical = status_topic.asks_topic(ctx.text) and not parse_when(ctx.text, now=ctx.now, tz=ctx.tz)
    if not (ctx.intent == "query" or looks_like_question(ctx.text) or topical) and not asks_period(
        ctx.text, now=ctx.now, tz=ctx.tz
    ):
        return None
    if (about_one := status_task.handle(ctx)) is not None:
        return about_one
    query = _read(ctx)
    if topical and not (
        query.topic or query.whose != "me" or query.period or ctx.intent == "query"
    ):
        return None  # "what about it?" names nothing to look up
    return answer(ctx, query, period_text=ctx.text)


def answer(ctx: Context, query: Query, *, period_text: str) -> list[Reply]:
    """Answer `query`; `period_text` says its period again for a follow-up ("and tomorrow?")."""
    hidden = _hidden(ctx, query)
    replies = _answer(ctx, query, period_text=period_text, hidden=hidden)
    return status_notes.with_notes(ctx, query, replies, hidden=hidden)


def _hidden(ctx: Context, query: Query) -> int:
    """How many tasks would answer a question about others that are private to them."""
    if ctx.chat.kind == "group" or query.whose not in ("everyone", "person"):
        return 0
    if query.whose == "person" and not query.name:
        return 0
    unseen = run_query(ctx, query, unseen=True)
    if query.topic:
        unseen = status_topic.about(ctx.session, unseen, query.topic)
    return len(unseen)


def _answer(ctx: Context, query: Query, *, period_text: str, hidden: int) -> list[Reply]:
    ctx.thread.remember_question(
        {
            "period": period_text if query.period else "",
            "whose": query.whose,
            "name": query.name,
            "state": query.state,
            "overdue": query.overdue,
            "undated": query.undated,
            "given": query.given,
            "topic": query.topic,
        },
        now=ctx.now,
    )
    found = run_query(ctx, query)
    found += [t for t in _repeats(ctx, query) if t.id not in {f.id for f in found}]
    if query.state == "done" and query.whose in ("me", "everyone") and ctx.chat.kind != "group":
        found += done_occurrences(ctx, query.period)  # "wine stock checked" of a weekly task
    if query.topic:
        every = found
        found = status_topic.about(ctx.session, found, query.topic)
        if not found:
            nothing = say.NOTHING_TOPIC_SEEN if hidden else say.NOTHING_TOPIC
            instead = "" if hidden else _instead(ctx, query, every)
            return [Reply(nothing.format(topic=query.topic) + instead)]
    upcoming = [] if found else _next_up(ctx, query)
    shown = (found or upcoming)[:_SHOWN]
    ctx.thread.last_list = [t.id for t in shown if t.id is not None]
    ctx.thread.list_kind = "tasks" if shown else "nothing"
    ticked = (
        status_reminders.done_lines(ctx, query.period)
        if query.state == "done" and query.whose == "me"
        else []
    )
    if ticked:
        listed = f"{numbered(_lines(ctx, shown))}\n" if shown else ""
        ticked_off = f"{say.REMINDERS_DONE}:\n" + "\n".join(ticked)
        return [Reply(f"{_head(query)}:\n{listed}{ticked_off}", ref=list_ref(ctx.thread.last_list))]
    reminding = _reminders_due(ctx, query, found)
    if reminding and not found:
        return [Reply(f"{_head(query)}:\n{reminding}")]
    if not shown:
        return [Reply(_nothing(query))]
    grouped = status_people.by_person(ctx, query.whose, shown)
    if grouped is not None:
        shown, listed = grouped
        ctx.thread.last_list = [t.id for t in shown if t.id is not None]
    lines = _lines(ctx, shown)
    ref = list_ref(ctx.thread.last_list)
    body = listed if grouped is not None else numbered(lines)
    if upcoming:
        head = _nothing_yet(ctx, query)
        return [Reply(f"{head}\n{body}{words.LIST_HINT}", ref=ref)]
    more = f"\n… and {len(found) - _SHOWN} more." if len(found) > _SHOWN else ""
    hint = words.LIST_HINT if query.state != "done" else ""
    tail = f"\n{reminding}" if reminding else ""
    return [Reply(f"{_head(query)}:\n{body}{more}{tail}{hint}", ref=ref)]


def _instead(ctx: Context, query: Query, every: list[Task]) -> str:
    """Below "nothing matches": the asker's own list, shortly, to pick from."""
    if query.whose != "me":
        query = Query(state=query.state, period=query.period)
        every = run_query(ctx, query)
    if not every:
        return ""
    shown = every[:_INSTEAD]
    ctx.thread.last_list = [t.id for t in shown if t.id is not None]
    ctx.thread.list_kind = "tasks"
    more = f"\n… and {len(every) - _INSTEAD} more." if len(every) > _INSTEAD else ""
    return f"\n{_head_of(query)}:\n{numbered(_lines(ctx, shown))}{more}"


def _reminders_due(ctx: Context, query: Query, found: list[Task]) -> str:
    """The asker's own reminders going off in the period asked about, as lines."""
    period = query.period
    if period is None or query.whose != "me" or query.state != "open":
        return ""
    if query.overdue or query.undated or period.end <= ctx.now:
        return ""
    listed = {t.id for t in found if t.id is not None}
    return "\n".join(status_reminders.due_lines(ctx, period, listed=listed))


def _lines(ctx: Context, shown: list[Task]) -> list[str]:
    label = reader_label(ctx)  # a group answer is read by people in other zones too
    snoozed = snooze_task.snoozed_notes(ctx, shown)
    return [
        task_line(t, viewer_tz=ctx.tz, now=ctx.now, viewer_id=ctx.person_id, zone_label=label)
        + (f" {snoozed[t.id]}" if t.id in snoozed else "")
        for t in shown
    ]


def _repeats(ctx: Context, query: Query) -> list[Task]:
    """Repeating tasks next due before the period, dated by their occurrence inside it."""
    period = query.period
    if period is None or query.state != "open" or query.overdue or query.undated:
        return []
    pool = run_query(ctx, replace(query, period=None))
    return sorted(occurrences_within(pool, period, tz=ctx.tz), key=lambda t: (t.due_at, t.id or 0))


def _next_up(ctx: Context, query: Query) -> list[Task]:
    """When a coming or current period holds nothing open, the first open tasks after it."""
    period = query.period
    if period is None or query.state != "open" or query.overdue or query.undated:
        return []
    if period.end <= ctx.now:
        return []
    stop = period.end.astimezone(ctx.zone).date()
    later = [
        t
        for t in run_query(ctx, Query(query.whose, query.name, "open"))
        if (day := due_day(t, ctx.tz)) is not None and day >= stop
    ]
    later.sort(key=lambda t: (due_day(t, ctx.tz), t.due_at, t.id or 0))
    return later[:_NEXT_SHOWN]


def _nothing_yet(ctx: Context, query: Query) -> str:
    """ "Nothing left this week; next up:", for a period that still holds nothing open."""
    period = query.period
    said = say.NOTHING_LEFT_NEXT if period and period.start <= ctx.now else say.NOTHING_DUE_NEXT
    return said.format(subject=_subject(query), period=period.label if period else "")


def _read(ctx: Context) -> Query:
    @cache
    def matches(name: str) -> tuple[Person, ...]:
        return tuple(
            people.find_people_by_name(
                session=ctx.session, workspace_id=ctx.workspace_id, name=name
            )
        )

    query = read_query(
        ctx.text,
        now=ctx.now,
        tz=ctx.tz,
        in_group=ctx.chat.kind == "group",
        is_person=lambda word: bool(matches(word)),
    )
    if query.name:
        found = matches(query.name)
        if any(p.id == ctx.person_id for p in found) and query.whose in ("person", "gave_by"):
            whose = "me" if query.whose == "person" else "gave"
            return replace(query, whose=whose, name=None)
        shown = found[0].display_name.split(" ")[0] if len(found) == 1 else query.name
        return replace(query, name=shown)
    return query


def run_query(ctx: Context, query: Query, *, unseen: bool = False) -> list[Task]:
    """The tasks that answer `query`, among those the asker may see (`unseen`: may not see)."""
    filters: dict[str, Any] = {"status": {"open": "open", "done": "done"}.get(query.state)}
    period = query.period
    if period is not None and query.state == "done":
        filters.update(completed_after=period.start, completed_before=period.end)
    elif period is not None:
        # A day-long deadline counts on its own calendar day, which may lie a day apart from
        # the asker's in another zone: fetch a little wider, then keep the days that match.
        filters["due_before"] = period.end + _SLACK
        if not (period.with_overdue and query.state == "open"):
            filters["due_after"] = period.start - _SLACK
    if query.overdue:
        # A due day runs to its end in its author's zone: fetch wider, keep what is overdue.
        filters.update(status="open", due_before=ctx.now + _SLACK)
    if query.undated:
        filters["undated"] = True
    group = ctx.chat_id if ctx.chat.kind == "group" else None
    # Asked in a DM about a teammate or the team: what is in the groups the asker is in too.
    shared = unseen or (group is None and query.whose in ("person", "everyone"))
    found: list[Task] = []
    for subject in _subjects(ctx, query):
        for task in tasks.get_all_tasks(
            session=ctx.session,
            workspace_id=ctx.workspace_id,
            visible_to=None if shared or group is not None else ctx.viewer,
            limit=200,
            **filters,
            **subject,
        ):
            if task in found or (shared and _shares(ctx, task) == unseen):
                continue
            # A group answer is read by the whole group: only what all its members may see.
            if group is None or access.may_see_in_group(
                session=ctx.session, group_id=group, task=task
            ):
                found.append(task)
    if query.whose in ("me", "person"):
        # A declined task is no longer on its assignee's plate; it is back on its requester's.
        found = [t for t in found if t.assignment != "declined" or t.assignee_id is None]
    if query.overdue:
        found = [t for t in found if is_overdue(t, now=ctx.now, tz=ctx.tz)]
    elif period is not None and query.state != "done":
        found = [t for t in found if _due_within(ctx, t, period)]
    if query.state == "done":
        found.sort(key=lambda t: t.completed_at or ctx.now, reverse=True)
    elif query.whose in ("person", "gave") and len(found) > 1:
        found.sort(key=lambda t: (t.due_at is None, t.due_at or ctx.now, t.id or 0))
    return found


def _shares(ctx: Context, task: Task) -> bool:
    """Whether the asker may see `task` from some chat: theirs, or made in a group of theirs."""
    return access.may_see_somewhere(session=ctx.session, person_id=ctx.person_id, task=task)


def _subjects(ctx: Context, query: Query) -> list[dict[str, Any]]:
    """The who-filters whose results together answer the question."""
    me = ctx.person_id
    if query.whose in ("group", "everyone"):
        return [{}]
    if query.whose == "gave" and not query.name:
        return [{"creator_id": me, "assigned_away_from": me}]
    if query.whose == "me" and query.given:  # "what got done?": what one gave others too
        return [{"involving": me}, {"creator_id": me, "assigned_away_from": me}]
    ids = [
        p.id
        for p in people.find_people_by_name(
            session=ctx.session, workspace_id=ctx.workspace_id, name=query.name or ""
        )
    ]
    if query.whose == "from":
        return [{"creator_id": i, "assignee_id": me} for i in ids]
    if query.whose == "gave_by":
        return [{"creator_id": i, "assigned_away_from": i} for i in ids]
    if query.whose in ("person", "gave") and query.name:
        creator = {"creator_id": me} if query.whose == "gave" else {}
        return [
            *({**creator, "assignee_id": i} for i in ids),
            {**creator, "assignee_name": query.name},
        ]
    return [{"involving": me}]


def _due_within(ctx: Context, task: Task, period: Period) -> bool:
    if task.due_at is None:
        return False
    if task.due_grain in ("minute", "hour"):
        if (period.with_overdue or task.due_at >= period.start) and task.due_at < period.end:
            return True
        return _said_within(task, period, ctx.zone)  # "wed 6pm" Sam's time is Priya's Thursday
    day = due_day(task, ctx.tz)
    if day is None:
        return False
    if task.due_grain in ("week", "month"):
        day = _span_end(day, task.due_grain)  # "anything for monday?" is not "this week"'s
    first = period.start.astimezone(ctx.zone).date()
    stop = period.end.astimezone(ctx.zone).date()
    return (period.with_overdue or day >= first) and day < stop


def _said_within(task: Task, period: Period, zone: ZoneInfo) -> bool:
    """Whether a timed due falls on a day of `period` on the clock it was set on."""
    if not task.due_tz or task.due_at is None or task.due_tz == zone.key:
        return False
    due = task.due_at if task.due_at.tzinfo else task.due_at.replace(tzinfo=UTC)
    said = due.astimezone(ZoneInfo(task.due_tz)).date()
    first, stop = period.start.astimezone(zone).date(), period.end.astimezone(zone).date()
    return (period.with_overdue or said >= first) and said < stop


def _span_end(first: date, grain: str) -> date:
    """The last day a week-long or month-long due covers."""
    if grain == "week":
        return first + timedelta(days=6)
    following = first.replace(day=28) + timedelta(days=4)
    return following - timedelta(days=following.day)


def _scope(query: Query) -> str:
    if query.whose == "group":
        return say.SCOPE_GROUP
    if query.whose == "everyone":
        return say.SCOPE_EVERYONE
    if query.whose == "person":
        return say.SCOPE_PERSON.format(name=query.name)
    if query.whose == "gave":
        return say.SCOPE_GAVE.format(name=query.name) if query.name else say.SCOPE_GAVE_ANYONE
    if query.whose == "from":
        return say.SCOPE_FROM.format(name=query.name)
    if query.whose == "gave_by":
        return say.SCOPE_GAVE_BY.format(name=query.name)
    return say.SCOPE_ME


def _subject(query: Query) -> str:
    if query.whose == "group":
        return say.SUBJECT_GROUP
    if query.whose == "everyone":
        return say.SUBJECT_EVERYONE
    if query.whose == "person":
        return say.SUBJECT_PERSON.format(name=query.name)
    return say.SUBJECT_ME


def _head(query: Query) -> str:
    head = _head_of(query)
    return say.HEAD_TOPIC.format(head=head, topic=query.topic) if query.topic else head


def _head_of(query: Query) -> str:
    scope = _scope(query)
    label = query.period.label if query.period else None
    if query.overdue:
        return say.OVERDUE.format(scope=scope)
    if query.undated:
        return say.UNDATED.format(scope=scope)
    if query.state == "done":
        return (
            say.DONE.format(period=label, scope=scope)
            if label
            else say.DONE_ANY.format(scope=scope)
        )
    if query.state == "all":
        return (
            say.ALL_PERIOD.format(period=label, scope=scope)
            if label
            else say.ALL.format(scope=scope)
        )
    if label:
        return say.DUE.format(period=label, scope=scope)
    return {
        "me": say.YOUR_OPEN,
        "group": say.GROUP_OPEN,
        "everyone": say.EVERYONE_OPEN,
        "person": say.PERSON_OPEN.format(name=query.name),
        "gave": say.GAVE_OPEN.format(name=query.name) if query.name else say.WAITING_OPEN,
        "from": say.FROM_OPEN.format(name=query.name),
        "gave_by": say.GAVE_BY_OPEN.format(name=query.name),
    }[query.whose]


def _nothing(query: Query) -> str:
    scope = _scope(query)
    label = query.period.label if query.period else None
    if query.state == "done":
        if label:
            return say.NOTHING_DONE.format(period=label, scope=scope)
        return say.NOTHING_DONE_ANY.format(scope=scope)
    if query.state == "all":
        return say.NOTHING_ALL.format(period=label or localized(period_words.AT_ALL), scope=scope)
    if query.whose == "gave" and not (query.overdue or query.undated):
        period = f" {label}" if label else ""
        if query.name:
            return say.NOTHING_GAVE.format(name=query.name, period=period)
        return say.NOTHING_WAITING.format(period=period)
    if query.whose in ("from", "gave_by") and not (query.overdue or query.undated):
        nothing = say.NOTHING_FROM if query.whose == "from" else say.NOTHING_GAVE_BY
        return nothing.format(name=query.name, period=f" {label}" if label else "")
    subject = _subject(query)
    if query.whose == "person" and not query.undated:
        if query.overdue:
            return say.NOTHING_OVERDUE_SEEN.format(name=query.name)
        if label:
            return say.NOTHING_DUE_SEEN.format(name=query.name, period=label)
        return say.NOTHING_OPEN_SEEN.format(name=query.name)
    if query.overdue:
        return say.NOTHING_OVERDUE.format(subject=subject)
    if query.undated:
        return say.NOTHING_UNDATED.format(subject=subject)
    if label:
        return say.NOTHING_DUE.format(subject=subject, period=label)
    return say.NOTHING_OPEN.format(subject=subject)


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
        if is_overdue(task, now=ctx.now, tz=ctx.tz):
            overdue.setdefault(task.assignee_name or "", []).append(task)
    lines = [(words.REVIEW_HEAD_GROUP if group else words.REVIEW_HEAD_YOU).format()]
    lines.append(words.REVIEW_DONE.format(n=len(done)))
    lines += [f"  ✅ {t.title}" for t in done[:15]]
    lines.append(words.REVIEW_OPEN.format(n=len(still_open)))
    # People by name, then what nobody has taken.
    for person, late in sorted(overdue.items(), key=lambda item: (not item[0], item[0])):
        if person:
            lines.append(words.REVIEW_OVERDUE.format(who=person, n=len(late)))
        else:
            lines.append(words.REVIEW_OVERDUE_UNASSIGNED.format(n=len(late)))
        lines += [f"  ⚠️ {t.title}" for t in late[:10]]
    scope = (
        Scope(ctx.workspace_id, chat_id=ctx.chat_id, viewer=ctx.viewer)
        if group
        else Scope(ctx.workspace_id, person_id=ctx.person_id)
    )
    if trend := trend_line(ctx.session, scope, ctx.now):
        lines.append(trend)
    chart = week_chart(ctx.session, scope, ctx.now, tz=ctx.tz)
    return [Reply("\n".join(lines)), *([chart] if chart else [])]
