"""Firing: the scheduler's claimed reminders become messages with Done / Snooze / Skip / Stop."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session

from flowhub.connectors import Button, Reply, Target, Template
from flowhub.i18n import Text, localized, use_locale, whatsapp_language
from flowhub.skills import remind_words, words
from flowhub.skills.format import when_text
from flowhub.skills.remind_times import next_unskipped
from flowhub.skills.repeat import after_done
from flowhub.storage import Person, Reminder, id_of, people, reminders, tasks

log = logging.getLogger(__name__)
LATE_AFTER = timedelta(minutes=5)
SNOOZES = (
    (Text("20 min"), "20"),
    (Text("1 hour"), "60"),
    (Text("3 hours"), "180"),
    (Text("Tomorrow"), "tomorrow"),
)


@dataclass(frozen=True)
class Firing:
    """A reminder that fired: the message to send, and the occurrence it is about."""

    reply: Reply
    occurrence_id: int
    person_id: int


def fire_batch(session: Session, due: list[Reminder], now: datetime) -> list[Firing]:
    """Fire claimed reminders once each and move every one to its next occurrence.

    Missed occurrences after downtime fire once, marked late, instead of in a burst; a
    recurring reminder's next occurrence is computed in its own zone, so 09:00 stays 09:00.
    A reminder whose occurrence already fired (another scheduler got there) only moves on.
    """
    rows: list[dict[str, object]] = [
        {
            "reminder_id": r.id,
            "due_at": r.next_at,
            "fired_at": now,
            "late": now - (r.next_at or now) > LATE_AFTER,
        }
        for r in due
        if r.id is not None and r.next_at is not None
    ]
    created = reminders.create_occurrences(session=session, rows=rows)
    person_ids = sorted({r.person_id for r in due})
    setters = {r.created_by for r in due if r.created_by and r.created_by != r.person_id}
    persons = people.get_people(session=session, person_ids=sorted(setters | set(person_ids)))
    direct = people.get_direct_chats(session=session, person_ids=person_ids)
    task_ids = [r.task_id for r in due if r.task_id]
    task_rows = tasks.get_tasks_by_ids(session=session, task_ids=task_ids)
    open_tasks = {t.id for t in task_rows if t.status == "open"}
    deleted = {t.id for t in task_rows if t.status == "discarded"}
    firings: list[Firing] = []
    unseen: list[int] = []
    for reminder in due:
        occurrence_id = created.get(id_of(reminder))
        was_due = reminder.next_at
        _advance(session, reminder, now)
        if reminder.task_id and reminder.task_id not in open_tasks and after_done(reminder):
            reminder.status = "done"  # nobody will press Done on a closed task's reminder
        if reminder.task_id in deleted:
            reminder.status, reminder.next_at = "cancelled", None  # it goes with its task
        session.add(reminder)
        if occurrence_id is None or was_due is None:
            continue
        if reminder.task_id and reminder.task_id not in open_tasks:
            unseen.append(occurrence_id)  # never shown, so no answer can be about it
            continue
        person = persons.get(reminder.person_id)
        target = _target(session, reminder, direct)
        if person is None or target is None:
            log.warning("reminder %s has nobody to reach; it fired unseen", reminder.id)
            continue
        setter = persons.get(reminder.created_by or -1)
        with use_locale(fire_locale(person)):
            reply = _fired_reply(
                reminder, occurrence_id, was_due, now, person, target, setter=setter
            )
        firings.append(Firing(reply, occurrence_id, id_of(person)))
    reminders.skip_occurrences(session=session, occurrence_ids=unseen)
    session.flush()
    return firings


def fire_locale(person: Person) -> str:
    """The language a reminder goes off in: the person's own when it fires, not the one its
    words were set in; they may have switched since ("erinnere mich …", then English)."""
    return person.locale


def _fired_reply(
    reminder: Reminder,
    occurrence_id: int,
    due: datetime,
    now: datetime,
    person: Person,
    target: Target,
    *,
    setter: Person | None = None,
) -> Reply:
    text = words.REMINDER_FIRED.format(text=reminder.text)
    if setter is not None and setter.id != person.id and setter.display_name:
        text += remind_words.FROM.format(name=setter.display_name)  # someone asked for it
    if now - due > LATE_AFTER:
        text += words.REMINDER_LATE.format(when=when_text(due, "minute", person.timezone))
    buttons = [Button(f"rdone:{occurrence_id}", localized(words.DONE_LABEL))]
    buttons += [
        Button(f"snooze:{occurrence_id}:{value}", f"😴 {label}") for label, value in SNOOZES
    ]
    if reminder.rrule:
        # Skip on a fired occurrence lets that one go; the series goes on as it was.
        skip = (
            f"skip:{reminder.id}" if after_done(reminder) else f"skip:{reminder.id}:{occurrence_id}"
        )
        buttons += [
            Button(skip, localized(words.SKIP_LABEL)),
            Button(f"stop:{reminder.id}", localized(words.STOP_LABEL)),
        ]
    return Reply(
        text,
        buttons=tuple(buttons),
        to=target,
        ref=f"occurrence:{occurrence_id}",
        template=Template(
            "task_reminder",
            whatsapp_language(),
            (reminder.text, when_text(due, "minute", person.timezone)),
        ),
    )


def _advance(session: Session, reminder: Reminder, now: datetime) -> None:
    if after_done(reminder):
        # A repeat after completion has no next one until it is done.
        reminder.next_at = None
        reminder.status = "waiting"
        return
    if reminder.rrule and reminder.anchor_at is not None:
        upcoming = next_unskipped(session, reminder, after=max(now, reminder.next_at or now))
        if upcoming is not None:
            reminder.next_at = upcoming
            return
    # A one-off waits for Done or Snooze as "fired"; an exhausted series is over.
    reminder.next_at = None
    reminder.status = "done" if reminder.rrule else "fired"


def _target(
    session: Session, reminder: Reminder, direct: dict[int, tuple[str, str, str]]
) -> Target | None:
    if reminder.person_id in direct:
        return Target(*direct[reminder.person_id])
    if reminder.chat_id is not None:
        chat = people.get_chat(session=session, chat_id=reminder.chat_id)
        if chat is not None:
            return Target(chat.platform, chat.account, chat.external_id)
    return None
