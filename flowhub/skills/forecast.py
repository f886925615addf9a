"""The pace forecast: "when will we clear the backlog?", "when will I be done at this pace?".

From the tasks done a day over the last four weeks, the day the open tasks would all be done,
and the coming due days whose tasks would be done late (`forecast_pace`). A person's own
forecast anywhere; a group's in that group, or for its admins anywhere; someone else's over
the tasks the asker may see ("when will sam be done?"), and says so.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from flowhub.connectors import Reply
from flowhub.i18n import Text, and_list, day_label
from flowhub.nlp import InsightAsk, read_insight
from flowhub.skills import forecast_words as say
from flowhub.skills import insights_words, manners
from flowhub.skills.context import Context
from flowhub.skills.done_words import fold
from flowhub.skills.forecast_pace import Pace, forecast
from flowhub.skills.insights import admin_groups
from flowhub.skills.status_period import read_period
from flowhub.storage import insights, people
from flowhub.storage.insights import Scope

WINDOW_DAYS = 28
HORIZON = timedelta(days=14)
_LATE_SHOWN = 3
_AT_RISK = re.compile(say.AT_RISK)


def handle(ctx: Context) -> list[Reply] | None:
    """Answer a forecast question; None for any other message."""
    text = manners.without_bot_name(ctx.text)
    # As typed first: a question in another language may have been rewritten as a command.
    asked = read_insight(manners.without_bot_name(ctx.event.text or text)) or read_insight(text)
    if asked is None and asks_at_risk(text):
        asked = InsightAsk("forecast", "team" if ctx.chat.kind == "group" else "me")
    if asked is None or asked.measure != "forecast":
        return None
    group = ctx.viewer.group_id
    name = ""
    if asked.subject == "person":
        found = people.find_people_by_name(
            session=ctx.session, workspace_id=ctx.workspace_id, name=asked.name
        )
        if len(found) != 1:
            return None
        person = found[0]
        name = person.display_name
        # Another's pace counts only their tasks the asker may see from some chat of theirs.
        seen_by = None if person.id == ctx.person_id else ctx.person_id
        scope = Scope(ctx.workspace_id, person_id=person.id, seen_by=seen_by)
    elif asked.subject == "team" and group is not None:
        scope = Scope(ctx.workspace_id, chat_id=group, viewer=ctx.viewer)
    elif asked.subject == "team" and (groups := admin_groups(ctx)):
        if len(groups) > 1:  # a team's forecast elsewhere is its admins', one group at a time
            names = and_list([g.name for g in groups])
            return [Reply(insights_words.WHICH_GROUP.format(groups=names))]
        scope, name = groups[0].scope, groups[0].name
    else:  # a team's forecast is read only in its group, or by its admins
        scope = Scope(ctx.workspace_id, person_id=ctx.person_id)
    period = read_period(text, now=ctx.now, tz=ctx.tz)
    until = period.end if period is not None and period.end > ctx.now else None
    return forecast_reply(ctx, scope, name=name, until=until)


def asks_at_risk(text: str) -> bool:
    """Whether `text` asks which due dates are at risk ("what's at risk this week?")."""
    said = re.sub(r"[?!.,;:¿¡؟،]+", " ", fold(text))
    return _AT_RISK.search(re.sub(r"\s+", " ", said).strip()) is not None


def forecast_reply(
    ctx: Context, scope: Scope, *, name: str = "", until: datetime | None = None
) -> list[Reply]:
    """The forecast for the tasks of `scope` (`name`: the person it is about, when not the
    asker), with the due days at risk up to `until` (default two weeks ahead)."""
    until = until or ctx.now + HORIZON
    pace = read_pace(ctx, scope, until=until)
    if scope.chat_id is not None:
        head = say.FINISH_GROUP_NAMED if name else say.FINISH_GROUP
    elif scope.person_id not in (None, ctx.person_id):
        head = say.FINISH_PERSON
    else:
        head = say.FINISH_ME
    last = (until - timedelta(microseconds=1)).astimezone(ctx.zone).date()
    return [Reply("\n".join(pace_lines(pace, head=head, name=name, last=last)))]


def read_pace(ctx: Context, scope: Scope, *, until: datetime) -> Pace:
    """The forecast for `scope` from the database: throughput, open tasks and coming dues."""
    now = ctx.now
    # A task ticked off this very instant counts too.
    per_day = insights.throughput(
        session=ctx.session, scope=scope, now=now + timedelta(seconds=1), days=WINDOW_DAYS
    )
    numbers = insights.summary(session=ctx.session, scope=scope, start=now, end=now, now=now)
    due = insights.open_due_by_day(
        session=ctx.session, scope=scope, now=now, until=until, tz=ctx.tz
    )
    return forecast(
        per_day=per_day,
        open_count=numbers.open,
        overdue=numbers.overdue,
        due_by_day=[(d.day, d.count) for d in due],
        today=ctx.local_now.date(),
    )


def pace_lines(pace: Pace, *, head: Text, name: str, last: date) -> list[str]:
    """The forecast in words: `head` names whose pace, `last` is the last due day looked at."""
    someone = head is say.FINISH_PERSON
    if pace.open <= 0:
        return [(say.NOTHING_OPEN_PERSON if someone else say.NOTHING_OPEN).format(name=name)]
    if pace.finish is None:
        none_done = say.NO_PACE_PERSON if someone else say.NO_PACE
        return [none_done.format(name=name, open=pace.open)]
    day = day_label(pace.finish)
    done = round(pace.per_day * WINDOW_DAYS)
    lines = [head.format(name=name, done=say.DONE_LAST_WEEKS.format(done), open=pace.open, day=day)]
    if pace.overdue:
        lines.append(say.ALREADY_OVERDUE.format(pace.overdue))
    for late in pace.at_risk[:_LATE_SHOWN]:
        lines.append(say.LATE_DAY.format(late.late, day=day_label(late.day)))
    if not pace.at_risk and pace.coming:
        lines.append(say.ON_TRACK.format(day=day_label(last)))
    return lines
