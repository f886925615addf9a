"""Numbers for the admin of several groups, asked from a private chat: one line per group.

A summary gives each group's line; "who has the most open tasks?" each group's people; a chart
or a list of tasks asks which group, as one picture or list would mix the groups up.
"""

from __future__ import annotations

from dataclasses import dataclass

from flowhub.connectors import Reply
from flowhub.i18n import and_list
from flowhub.nlp import InsightAsk
from flowhub.skills import insights_words as say
from flowhub.skills.context import Context
from flowhub.skills.status_lookup import NOT_ASSIGNED
from flowhub.skills.status_period import Period
from flowhub.storage import insights
from flowhub.storage.insights import PersonLoad, Scope

_SHOWN = 5


@dataclass(frozen=True)
class Whose:
    """The tasks an answer counts, and how the answer names them."""

    scope: Scope
    kind: str  # "me", "group", "seen" (everyone the asker can see) or "person"
    name: str = ""


def answer(ctx: Context, asked: InsightAsk, groups: list[Whose], period: Period) -> list[Reply]:
    """The numbers of each group the asker administers, or which group, for a chart or list."""
    if asked.measure == "most_open" and asked.chart is None:
        return [Reply(_loads(ctx, groups, period))]
    if asked.measure == "summary" and asked.chart is None:
        return [Reply(_summaries(ctx, groups, period))]
    names = and_list([g.name for g in groups])
    return [Reply(say.WHICH_GROUP.format(groups=names))]


def _summaries(ctx: Context, groups: list[Whose], period: Period) -> str:
    lines = [say.HEAD_GROUPS.format(period=period.label)]
    for group in groups:
        n = insights.summary(
            session=ctx.session, scope=group.scope, start=period.start, end=period.end, now=ctx.now
        )
        lines.append(
            say.GROUP_LINE.format(
                group=group.name,
                done=say.DONE_N.format(n.completed),
                on_time=say.ON_TIME_N.format(n.on_time),
                created=say.CREATED_N.format(n.created),
                open=say.OPEN_N.format(n.open),
                overdue=say.OVERDUE_N.format(n.overdue),
            )
        )
    return "\n".join(lines)


def _loads(ctx: Context, groups: list[Whose], period: Period) -> str:
    blocks = []
    for group in groups:
        loads = open_loads(ctx, group.scope, period, limit=_SHOWN)
        head = say.LOAD_HEAD_GROUP_NAMED.format(group=group.name)
        body = load_lines(loads) or [say.NOBODY_OPEN.format()]
        blocks.append("\n".join([head, *body]))
    return "\n\n".join(blocks)


def open_loads(ctx: Context, scope: Scope, period: Period, *, limit: int) -> list[PersonLoad]:
    """The people of `scope` with open tasks, most open first, at most `limit`."""
    loads = insights.per_person(
        session=ctx.session,
        scope=scope,
        start=period.start,
        end=period.end,
        now=ctx.now,
        limit=limit,
    )
    return [p for p in loads if p.open]


def load_lines(loads: list[PersonLoad]) -> list[str]:
    """One numbered line per person: open tasks, and overdue ones when there are any."""
    lines = []
    for n, load in enumerate(loads, 1):
        name = load.name or NOT_ASSIGNED.format()
        line = say.LOAD_LINE if load.overdue else say.LOAD_LINE_CLEAR
        open_, overdue = say.OPEN_N.format(load.open), say.OVERDUE_N.format(load.overdue)
        lines.append(f"{n}. " + line.format(name=name, open=open_, overdue=overdue))
    return lines
