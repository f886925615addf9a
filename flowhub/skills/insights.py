"""Insight questions: "how am I doing this week?", "stats", "who has the most open tasks?",
"what's overdue the longest?", answered with numbers and, when asked or worth it, a chart.

Who may see what: a person's own numbers anywhere; a group's asked in that group by a member,
or from anywhere by one of its admins (each group they administer, named); numbers about another
person, or everyone from a private chat, count only the tasks the asker may see, and say so.
Nothing is said about tasks the asker may not see.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from flowhub.connectors import Reply
from flowhub.nlp import InsightAsk, fix_typos, read_insight, resolve_local
from flowhub.skills import insights_charts, insights_groups, manners, status
from flowhub.skills import insights_words as say
from flowhub.skills.context import Context
from flowhub.skills.insights_groups import Whose
from flowhub.skills.insights_shown import shown_done
from flowhub.skills.refer import list_ref
from flowhub.skills.status_period import Period, read_period
from flowhub.storage import access, insights, people
from flowhub.storage.insights import Scope, Summary

# With this many tasks created or done in the period, "how am I doing" also gets a chart.
_CHART_FROM = 5
_SHOWN = 10


def handle(ctx: Context) -> list[Reply] | None:
    """Answer an insight question; None for any other message."""
    # As typed: a command said in another language has been rewritten in `ctx.text`.
    text = fix_typos(manners.without_bot_name(ctx.event.text or ctx.text))
    asked = read_insight(text) or read_insight(ctx.text)
    if asked is None or asked.measure == "forecast":
        return None
    if asked.measure == "finished":
        return _finished(ctx, asked, text)
    whose = _whose(ctx, asked)
    if whose is None:
        return None
    period = read_period(text, now=ctx.now, tz=ctx.tz)
    if whose.kind == "seen":
        groups = admin_groups(ctx)
        if len(groups) > 1:
            return insights_groups.answer(ctx, asked, groups, period or this_week(ctx))
        whose = groups[0] if groups else whose
    if asked.measure == "most_open":
        return _most_open(ctx, whose, period, chart=asked.chart is not None)
    if asked.measure == "overdue_longest":
        return _overdue_longest(ctx, whose)
    period = period or this_week(ctx)
    if asked.measure == "chart":
        drawn = insights_charts.chart(ctx, asked.chart or "progress", whose.scope, period)
        return [drawn or Reply(say.NOTHING_TO_DRAW.format(period=period.label))]
    return _summary(ctx, whose, period, chart=asked.chart is not None)


def this_week(ctx: Context) -> Period:
    """The asker's week, Monday to Sunday, the default period of an insight question."""
    period = read_period("this week", now=ctx.now, tz=ctx.tz)
    if period is None:
        raise ValueError("'this week' must read as a period")
    return period


def _whose(ctx: Context, asked: InsightAsk) -> Whose | None:
    workspace = ctx.workspace_id
    if asked.subject == "person":
        found = people.find_people_by_name(
            session=ctx.session, workspace_id=workspace, name=asked.name
        )
        if len(found) != 1:
            return None
        person = found[0]
        if person.id != ctx.person_id:
            scope = Scope(workspace, person_id=person.id, viewer=ctx.viewer)
            return Whose(scope, "person", person.display_name)
    elif asked.subject == "team" or asked.measure == "most_open" or _group_default(ctx, asked):
        group = ctx.viewer.group_id
        if group is not None:
            return Whose(Scope(workspace, chat_id=group, viewer=ctx.viewer), "group")
        return Whose(Scope(workspace, viewer=access.Viewer(ctx.person_id)), "seen")
    return Whose(Scope(workspace, person_id=ctx.person_id), "me")


def admin_groups(ctx: Context) -> list[Whose]:
    """The groups the asker administers, each as the tasks its numbers count, named."""
    found = access.admin_viewers(session=ctx.session, person_id=ctx.person_id)
    return [
        Whose(Scope(ctx.workspace_id, chat_id=viewer.group_id, viewer=viewer), "group", name)
        for chat, viewer in found
        for name in [chat.title or chat.external_id]
    ]


def _group_default(ctx: Context, asked: InsightAsk) -> bool:
    """Asked in a group without naming whose, the longest overdue are the group's."""
    return asked.measure == "overdue_longest" and ctx.viewer.group_id is not None


def _summary(ctx: Context, whose: Whose, period: Period, *, chart: bool) -> list[Reply]:
    numbers = insights.summary(
        session=ctx.session, scope=whose.scope, start=period.start, end=period.end, now=ctx.now
    )
    lines = [_head(whose, period.label), *summary_lines(numbers)]
    if trend := _trend(ctx, whose.scope, period, numbers.completed):
        lines.append(trend)
    if whose.kind == "seen":
        lines.append(say.NOT_IN_GROUP.format())
    elif whose.kind == "group":
        lines.append(say.GROUP_ONLY.format())
    replies = [Reply("\n".join(lines))]
    if chart or numbers.created + numbers.completed >= _CHART_FROM:
        drawn = insights_charts.chart(ctx, "progress", whose.scope, period)
        replies += [drawn] if drawn else []
    return replies


def _head(whose: Whose, label: str) -> str:
    if whose.kind == "person":
        return say.HEAD_PERSON.format(name=whose.name, period=label)
    if whose.kind == "group" and whose.name:
        return say.HEAD_GROUP_NAMED.format(group=whose.name, period=label)
    heads = {"me": say.HEAD_ME, "group": say.HEAD_GROUP, "seen": say.HEAD_SEEN}
    return heads[whose.kind].format(period=label)


def summary_lines(numbers: Summary) -> list[str]:
    """The numbers of a period: done and created, open and overdue, the median time to done."""
    counts = {
        "done": say.DONE_N.format(numbers.completed),
        "on_time": say.ON_TIME_N.format(numbers.on_time),
        "created": say.CREATED_N.format(numbers.created),
        "open": say.OPEN_N.format(numbers.open),
        "overdue": say.OVERDUE_N.format(numbers.overdue),
    }
    lines = [say.DONE_CREATED.format(**counts)]
    days = numbers.oldest_overdue_days
    if numbers.overdue and days is not None:
        oldest = say.OLDEST_DAYS.format(days)
        late = say.OPEN_OVERDUE_TODAY if days == 0 else say.OPEN_OVERDUE
        lines.append(late.format(oldest=oldest, **counts))
    else:
        lines.append(say.OPEN_NONE_OVERDUE.format(**counts))
    if numbers.median_hours is not None:
        hours = numbers.median_hours
        if hours < 1:
            lines.append(say.MEDIAN_MINUTES.format(n=round(hours * 60)))
        elif hours < 48:
            lines.append(say.MEDIAN_HOURS.format(n=_one_place(hours)))
        else:
            lines.append(say.MEDIAN_DAYS.format(n=_one_place(hours / 24)))
    return lines


def _one_place(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def _trend(ctx: Context, scope: Scope, period: Period, done: int) -> str:
    """ "3 more done than last week": the period against the one just before it."""
    if period.start > ctx.now:
        return ""
    before, name = previous(period, ctx.tz)
    was = insights.summary(
        session=ctx.session, scope=scope, start=before[0], end=before[1], now=ctx.now
    ).completed
    if done > was:
        return say.MORE_THAN.format(done - was, before=name)
    if done < was:
        return say.FEWER_THAN.format(was - done, before=name)
    return say.SAME_AS.format(before=name) if done else ""


def previous(period: Period, tz: str) -> tuple[tuple[datetime, datetime], str]:
    """The stretch just before `period` of the same kind (week, month or as many days), and
    its name."""
    zone = ZoneInfo(tz)
    first = period.start.astimezone(zone).date()
    stop = period.end.astimezone(zone).date()
    days = (stop - first).days
    if first.day == 1 and stop == _month_after(first):
        start = _month_before(first)
        name = say.BEFORE_MONTH.format()
    elif days == 7 and first.weekday() == 0:
        start = first - timedelta(days=7)
        name = say.BEFORE_WEEK.format()
    else:
        start = first - timedelta(days=days)
        name = say.BEFORE_DAYS.format(days)
    return (_at(start, zone), _at(first, zone)), name


def _at(day: date, zone: ZoneInfo) -> datetime:
    return resolve_local(datetime.combine(day, time()), zone)


def _month_after(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def _month_before(day: date) -> date:
    return date(day.year - (day.month == 1), (day.month - 2) % 12 + 1, 1)


def _most_open(ctx: Context, whose: Whose, period: Period | None, *, chart: bool) -> list[Reply]:
    span = period or this_week(ctx)
    loads = insights_groups.open_loads(ctx, whose.scope, span, limit=_SHOWN)
    if not loads:
        return [Reply(say.NOBODY_OPEN.format())]
    if whose.kind == "group" and whose.name:
        head = say.LOAD_HEAD_GROUP_NAMED.format(group=whose.name)
    else:
        head = (say.LOAD_HEAD_GROUP if whose.kind == "group" else say.LOAD_HEAD_SEEN).format()
    replies = [Reply("\n".join([head, *insights_groups.load_lines(loads)]))]
    drawn = insights_charts.chart(ctx, "load", whose.scope, span) if chart else None
    return [*replies, drawn] if drawn else replies


def _overdue_longest(ctx: Context, whose: Whose) -> list[Reply]:
    late = insights.overdue_longest(session=ctx.session, scope=whose.scope, now=ctx.now)
    if not late:
        return [Reply(say.NOTHING_OVERDUE.format())]
    lines = [f"{say.OVERDUE_HEAD}:"]
    for n, task in enumerate(late, 1):
        if task.days < 1:
            line = say.OVERDUE_LINE_TODAY.format(title=task.title)
        else:
            line = say.OVERDUE_LINE.format(task.days, title=task.title)
        who = f" ({task.assignee_name})" if task.assignee_name and whose.kind != "me" else ""
        lines.append(f"{n}. {line}{who}")
    ctx.thread.last_list = [t.task_id for t in late]
    ctx.thread.list_kind = "tasks"
    return [Reply("\n".join(lines), ref=list_ref(ctx.thread.last_list))]


def _finished(ctx: Context, asked: InsightAsk, text: str) -> list[Reply] | None:
    """ "what did Sam finish last week?": the done list with its count first; where the list
    cannot read the question, the count alone."""
    replies = status.handle(ctx)
    whose = _whose(ctx, asked)
    if whose is None:
        return replies
    period = read_period(text, now=ctx.now, tz=ctx.tz)
    if replies and period is None:
        return replies
    period = period or this_week(ctx)
    numbers = insights.summary(
        session=ctx.session, scope=whose.scope, start=period.start, end=period.end, now=ctx.now
    )
    if replies and not numbers.completed:
        return replies
    name = whose.name or ctx.person.display_name
    # The count says at least what the list below it shows (a task given by someone else too).
    shown, in_time = shown_done(ctx) if replies else (0, 0)
    completed, on_time_n = max(numbers.completed, shown), max(numbers.on_time, in_time)
    done, on_time = say.DONE_N.format(completed), say.ON_TIME_N.format(on_time_n)
    count = say.FINISHED_COUNT.format(name=name, done=done, period=period.label, on_time=on_time)
    if not replies:
        return [Reply(count)]
    first = replies[0]
    return [replace(first, text=f"{count}\n{first.text}"), *replies[1:]]
