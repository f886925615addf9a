"""Insight charts as replies: the numbers drawn, the picture stored, a caption naming it."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from flowhub.connectors import Reply
from flowhub.connectors.types import Attachment
from flowhub.i18n import current_locale
from flowhub.nlp import resolve_local
from flowhub.skills import insights_words as say
from flowhub.skills.context import Context
from flowhub.skills.status_lookup import NOT_ASSIGNED
from flowhub.skills.status_period import Period
from flowhub.storage import insights, outbound_files
from flowhub.storage.insights import Scope

# Days an age bucket covers, by its key: "0" for under a day, "31+" for the oldest.
_AGE_DAYS: dict[str, tuple[int, int | None]] = {
    "under_1_day": (0, 0),
    "1_to_7_days": (1, 7),
    "8_to_30_days": (8, 30),
    "over_30_days": (31, None),
}
# On-time rates and capture hours need more than a week to say something.
_WEEKS_SHOWN = 8
_HOURS_DAYS = 30


def chart(ctx: Context, kind: str, scope: Scope, period: Period) -> Reply | None:
    """The `kind` chart of `scope`'s tasks as a reply with the picture; None when there is
    nothing to draw."""
    drawn = _draw(ctx, kind, scope, period)
    if drawn is None:
        return None
    title, png = drawn
    file_id = outbound_files.save_outbound_file(
        session=ctx.session, name=f"{kind}.png", mime="image/png", data=png, now=ctx.now
    )
    return Reply(title, attachment=Attachment("image", file_id, f"{kind}.png", "image/png"))


def _draw(ctx: Context, kind: str, scope: Scope, period: Period) -> tuple[str, bytes] | None:
    # matplotlib takes about a second to import: only replies that draw a picture pay for it.
    from flowhub import charts

    locale = current_locale()
    session, now, tz = ctx.session, ctx.now, ctx.tz
    if kind == "age":
        buckets = insights.open_by_age(session=session, scope=scope, now=now)
        ages = [charts.AgeBucket(*_AGE_DAYS[b.label_key], b.count) for b in buckets]
        title = say.CHART_OPEN_AGE.format()
        labels = charts.Labels(title, say.AXIS_DAYS_OPEN.format(), say.AXIS_TASKS.format())
        return _named(title, charts.render_open_by_age(ages, labels=labels, locale=locale))
    if kind == "load":
        loads = insights.per_person(
            session=session, scope=scope, start=period.start, end=period.end, now=now
        )
        rows = [
            charts.PersonLoad(p.name or NOT_ASSIGNED.format(), p.open, p.overdue) for p in loads
        ]
        title = say.CHART_LOAD.format()
        series = (say.SERIES_OVERDUE.format(), say.SERIES_OPEN.format())
        labels = charts.Labels(title, say.AXIS_TASKS.format(), series=series)
        return _named(title, charts.render_load(rows, labels=labels, locale=locale))
    if kind == "on_time":
        start = min(period.start, _days_back(ctx, 7 * _WEEKS_SHOWN))
        weeks = insights.on_time_by_week(
            session=session, scope=scope, start=start, end=min(period.end, now), tz=tz
        )
        rates = [charts.WeekRate(w.week_start, w.dated, w.on_time) for w in weeks]
        title = say.CHART_ON_TIME.format()
        labels = charts.Labels(title, y_axis=say.SERIES_DONE.format())
        return _named(title, charts.render_on_time(rates, labels=labels, locale=locale))
    if kind == "hours":
        start = min(period.start, _days_back(ctx, _HOURS_DAYS))
        counts = insights.capture_hours(
            session=session, scope=scope, start=start, end=period.end, tz=tz
        )
        title = say.CHART_HOURS.format()
        labels = charts.Labels(title, say.AXIS_HOUR.format(), say.AXIS_TASKS.format())
        return _named(title, charts.render_capture_hours(counts, labels=labels, locale=locale))
    end = min(period.end, _days_back(ctx, -1))  # no empty days still to come
    days = insights.daily_counts(session=session, scope=scope, start=period.start, end=end, tz=tz)
    drawn = [charts.DayCount(d.day, d.created, d.completed) for d in days]
    title = f"{say.CHART_CREATED_DONE.format()} · {period.label}"
    series = (say.SERIES_CREATED.format(), say.SERIES_DONE.format())
    labels = charts.Labels(title, y_axis=say.AXIS_TASKS.format(), series=series)
    return _named(title, charts.render_created_completed(drawn, labels=labels, locale=locale))


def _named(title: str, png: bytes | None) -> tuple[str, bytes] | None:
    return None if png is None else (title, png)


def _days_back(ctx: Context, days: int) -> datetime:
    """The start of the asker's day `days` days before today (negative: after)."""
    zone = ZoneInfo(ctx.tz)
    day = ctx.now.astimezone(zone).date() - timedelta(days=days)
    return resolve_local(datetime.combine(day, time()), zone)
