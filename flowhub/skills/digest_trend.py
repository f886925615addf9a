"""The week in one line and one small picture, for the daily digest and the weekly review.

"This week" is the seven days up to now, against the seven before them. The picture, tasks
done per local day from six days ago to today, comes only when there is something worth
showing: at least `WORTH_SHOWING` tasks done or created on those days.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session

from flowhub.connectors import Reply, Target
from flowhub.connectors.types import Attachment
from flowhub.i18n import current_locale
from flowhub.nlp import resolve_local
from flowhub.skills import digest_words as say
from flowhub.storage import insights, outbound_files
from flowhub.storage.insights import Scope

WEEK = timedelta(days=7)
WORTH_SHOWING = 3


def trend_line(session: Session, scope: Scope, now: datetime) -> str:
    """ "12 done this week, 3 more than last week"; empty when neither week saw anything done."""
    done = _done(session, scope, now - WEEK, now)
    before = _done(session, scope, now - 2 * WEEK, now - WEEK)
    if not (done or before):
        return ""
    week = say.DONE_THIS_WEEK.format(done)
    if done > before:
        return say.TREND_MORE.format(done=week, diff=say.MORE_THAN_LAST.format(done - before))
    if done < before:
        return say.TREND_FEWER.format(done=week, diff=say.FEWER_THAN_LAST.format(before - done))
    return say.TREND_SAME.format(done=week)


def week_chart(
    session: Session, scope: Scope, now: datetime, *, tz: str, to: Target | None = None
) -> Reply | None:
    """The picture of tasks done per day this week, as a reply of its own; None when the
    week holds too little to be worth showing."""
    zone = ZoneInfo(tz)
    first = now.astimezone(zone).date() - timedelta(days=6)
    start = resolve_local(datetime.combine(first, time()), zone)
    counts = insights.daily_counts(session=session, scope=scope, start=start, end=now, tz=tz)
    worth = max(sum(c.created for c in counts), sum(c.completed for c in counts))
    if worth < WORTH_SHOWING:
        return None
    # matplotlib takes about a second to import: only replies that draw a picture pay for it.
    from flowhub.charts import DayCount, Labels, render_done_strip

    title = say.CHART_DONE_WEEK.format()
    png = render_done_strip(
        [DayCount(c.day, c.created, c.completed) for c in counts],
        labels=Labels(title=title),
        locale=current_locale(),
    )
    if png is None:
        return None
    name = "week.png"
    file_id = outbound_files.save_outbound_file(
        session=session, name=name, mime="image/png", data=png, now=now
    )
    return Reply(title, to=to, attachment=Attachment("image", file_id, name, "image/png"))


def _done(session: Session, scope: Scope, start: datetime, end: datetime) -> int:
    numbers = insights.summary(session=session, scope=scope, start=start, end=end, now=end)
    return numbers.completed
