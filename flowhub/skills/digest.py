"""The daily digest: today's tasks, overdue ones, and what you gave others, at your local hour."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session

from flowhub.connectors import Button, Reply, Target, Template
from flowhub.i18n import day_label, use_locale, whatsapp_language
from flowhub.nlp import resolve_local
from flowhub.skills import words
from flowhub.skills.digest_trend import trend_line, week_chart
from flowhub.skills.due import is_due_today, is_overdue
from flowhub.skills.format import task_line
from flowhub.storage import Person, Task, id_of, people, tasks
from flowhub.storage.insights import Scope


@dataclass(frozen=True)
class Digest:
    """A digest ready to send, the task ids its numbers refer to, and what goes after it
    (the week's picture)."""

    reply: Reply
    task_ids: list[int]
    after: tuple[Reply, ...] = field(default=())


DIGEST_WINDOW = timedelta(hours=3)


def is_due(person: Person, now: datetime) -> tuple[bool, str]:
    """Whether now is within the window after the person's digest hour, and the local date.

    Past the window (the bot was down, or someone first wrote in the afternoon) that day's
    digest is skipped rather than sent at an odd hour.
    """
    at = _hour_on(person, now.astimezone(ZoneInfo(person.timezone)).date())
    return at <= now < at + DIGEST_WINDOW, now.astimezone(
        ZoneInfo(person.timezone)
    ).date().isoformat()


def due_day(person: Person, now: datetime, since: datetime | None) -> tuple[str, datetime] | None:
    """The local day whose digest is due at `now`, and the instant to read it as of; or None.

    A digest hour passed since the last look at `since` is due however far the clock moved
    (the latest such day, once), read as of that hour, so a task due later that morning is not
    yet overdue. Otherwise today's is due within the window after its hour, as of now.
    """
    today = now.astimezone(ZoneInfo(person.timezone)).date()
    at = _hour_on(person, today)
    if at > now:
        at = _hour_on(person, today - timedelta(days=1))
    if since is not None and since < at <= now:
        return at.astimezone(ZoneInfo(person.timezone)).date().isoformat(), at
    due, local_date = is_due(person, now)
    return (local_date, now) if due else None


def _hour_on(person: Person, day: date) -> datetime:
    """The instant of the person's digest hour on their local `day`."""
    hour, minute = (int(part) for part in person.digest_time.split(":"))
    return resolve_local(datetime.combine(day, time(hour, minute)), ZoneInfo(person.timezone))


def build(session: Session, person: Person, now: datetime) -> Digest | None:
    """The digest for `person` at `now`, in their language, or None when there is nothing to say."""
    with use_locale(person.locale):
        return _build(session, person, now)


def _build(session: Session, person: Person, now: datetime) -> Digest | None:
    person_id = id_of(person)
    zone = ZoneInfo(person.timezone)
    today = now.astimezone(zone).date()
    end = resolve_local(datetime.combine(today + timedelta(days=1), time()), zone)
    # A due day is its author's wall date, which may start up to a day after the reader's.
    mine = tasks.get_all_tasks(
        session=session,
        workspace_id=person.workspace_id,
        involving=person_id,
        due_before=end + timedelta(days=1),
    )
    tz = person.timezone
    overdue = [t for t in mine if is_overdue(t, now=now, tz=tz)]
    due_today = [t for t in mine if is_due_today(t, now=now, tz=tz)]
    given = [
        t
        for t in tasks.get_all_tasks(
            session=session, workspace_id=person.workspace_id, creator_id=person_id
        )
        if t.assignee_name and t.assignee_id != person_id
    ]
    if not (due_today or overdue or given):
        return None
    order: list[Task] = []
    sections = []
    for title, group in (
        (words.DIGEST_TODAY, due_today),
        (words.DIGEST_OVERDUE, overdue),
        (words.DIGEST_GIVEN, given),
    ):
        if not group:
            continue
        lines = []
        for task in group:
            order.append(task)
            line = task_line(task, viewer_tz=person.timezone, now=now, viewer_id=person_id)
            lines.append(f"{len(order)}. {line}")
        sections.append(f"{title}\n" + "\n".join(lines))
    first = person.display_name.split(" ")[0]
    text = words.DIGEST_HEAD.format(name=first, day=day_label(today))
    scope = Scope(person.workspace_id, person_id=person_id)
    trend = trend_line(session, scope, now)
    text += "\n\n" + "\n\n".join(sections) + (f"\n\n{trend}" if trend else "") + words.LIST_HINT
    ids = [t.id for t in order if t.id is not None]
    buttons = tuple(
        Button(f"done:{task_id}", f"✔️ {n}")
        for n, task_id in enumerate(ids[:3], 1)
        if order[n - 1] in due_today or order[n - 1] in overdue
    )
    target = _target(session, person_id)
    if target is None:
        return None
    reply = Reply(
        text,
        buttons=buttons,
        to=target,
        ref=f"digest:{person_id}",
        template=Template(
            "flowhub_update", whatsapp_language(), (" · ".join(text.splitlines())[:900],)
        ),
    )
    chart = week_chart(session, scope, now, tz=person.timezone, to=target)
    return Digest(reply, ids, (chart,) if chart else ())


def _target(session: Session, person_id: int) -> Target | None:
    for identity in people.get_identities(session=session, person_id=person_id):
        if identity.direct_chat:
            return Target(identity.platform, identity.account, identity.direct_chat)
    return None
