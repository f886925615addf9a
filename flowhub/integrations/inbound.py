"""Changes a tool reports: a verified "closed" marks the FlowHub task done, an edit there
(title, due, priority, assignee) changes the task (`inbound_edits`), and the person is told
(`edited_in_tool`, with the audit entry that says what changed). An echo of FlowHub's own push
changes nothing; an edit the tool dates before FlowHub's last change loses, and FlowHub's
values go back to the tool (`push_edit`).

Each change is handed on as a job on the task's link (`closed_in_tool`, `reopened_in_tool`),
whose skill tells the person; then the task's other tools follow (`sync_task`). A repeating
task done in a tool is one occurrence done: it moves to its next date and stays open (the
tools follow with `push_edit`); only a rule that has run out closes it.

Replays change nothing: a delivery whose keys (the tool's delivery id, the body's digest) were
taken in before is skipped whole, and a change the tool dates before what FlowHub last saw of
the task (its last change here, or the newest change taken from the tool) is ignored. Only
tasks linked through the connection whose secret signed the webhook are touched, and only
while the connection's owner may still see them (a link made before connections were
personal, or a task that changed hands since, is left alone).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from flowhub.integrations import inbound_edits
from flowhub.integrations.base import ExternalEdit, ExternalStatus
from flowhub.nlp import next_after_completion, next_occurrences
from flowhub.storage import (
    IntegrationConnection,
    Task,
    TaskLink,
    access,
    audit,
    integrations,
    people,
    session_scope,
    tasks,
)

if TYPE_CHECKING:
    from sqlmodel import Session

    from flowhub.services import Services

log = logging.getLogger(__name__)
# How long delivery keys are kept; an older replay still fails the event-time check.
DELIVERY_MEMORY = timedelta(days=7)


@dataclass
class _Jobs:
    """What applying a webhook leaves for later, in the order it is queued."""

    told: list[tuple[str, int]] = field(default_factory=list)  # (job, link)
    edited: list[tuple[str, int, int]] = field(default_factory=list)  # (job, link, audit entry)
    follow_up: list[tuple[str, int]] = field(default_factory=list)  # (job, task or link)

    def queue(self, services: Services) -> None:
        for name, link_id, entry_id in self.edited:
            services.queue.enqueue(name, link_id, entry_id)
        for job, job_id in [*self.told, *self.follow_up]:
            services.queue.enqueue(job, job_id)


def apply(
    services: Services,
    connection_id: int,
    statuses: list[ExternalStatus],
    *,
    deliveries: Sequence[str] = (),
) -> int:
    """Apply a tool's status changes and edits to the linked tasks; return how many changes.

    `deliveries` are the webhook's keys: when one was seen before, nothing is applied.
    """
    now = services.clock.now()
    jobs = _Jobs()
    changed = 0
    with session_scope(services.engine) as session:
        connection = integrations.get_connection(session=session, connection_id=connection_id)
        if connection is None:
            return 0
        if deliveries:
            fresh = integrations.record_deliveries(
                session=session, connection_id=connection_id, keys=list(deliveries), now=now
            )
            integrations.prune_deliveries(session=session, before=now - DELIVERY_MEMORY)
            if not fresh:
                log.info("%s webhook: a delivery seen before; ignored", connection.kind)
                return 0
        for status in statuses:
            changed += _apply_one(session, now, connection, status, jobs)
    jobs.queue(services)
    return changed


def _apply_one(
    session: Session,
    now: datetime,
    connection: IntegrationConnection,
    status: ExternalStatus,
    jobs: _Jobs,
) -> int:
    """Apply one item's change; how many changes it made (an edit, a status)."""
    link = integrations.get_link_by_external(
        session=session, connection_id=connection.id or 0, external_id=status.external_id
    )
    if link is None or link.id is None:
        return 0  # not one of this connection's tasks, or created before FlowHub knew
    if status.done is None and status.edit is None:
        jobs.follow_up.append(("pull_status", link.id))
        return 0
    task = tasks.get_task(session=session, task_id=link.task_id)
    if task is None:
        return 0
    if _outdated(status, task, link):
        if status.edit is not None and _differs(session, task, status.edit):
            jobs.follow_up.append(("push_edit", link.task_id))  # FlowHub's change is newer
        return 0
    if connection.person_id is None or not access.may_see_somewhere(
        session=session, person_id=connection.person_id, task=task
    ):
        log.info("%s webhook: task %s is not its owner's; ignored", connection.kind, task.id)
        return 0
    overridden = link.pushed_at is None or task.updated_at > link.pushed_at
    if status.at is not None:
        integrations.update_link(session=session, link=link, now=now, remote_changed_at=status.at)
    changed = 0
    entry = _edited(session, now, task, connection.kind, status, overridden)
    if entry is not None:
        # The tool holds what FlowHub now does: a later edit there overrides nothing.
        integrations.update_link(session=session, link=link, now=now, pushed_at=now)
        jobs.edited.append(("edited_in_tool", link.id, entry))
        if len(integrations.get_links(session=session, task_id=link.task_id)) > 1:
            jobs.follow_up.append(("push_edit", link.task_id))
        changed += 1
    if status.done is not None:
        changed += _done(session, now, connection.kind, task, link, status, jobs)
    return changed


def _done(
    session: Session,
    now: datetime,
    kind: str,
    task: Task,
    link: TaskLink,
    status: ExternalStatus,
    jobs: _Jobs,
) -> int:
    """Apply a done or reopen; 1 when the task changed."""
    due = _next_due(session, task, now) if status.done and task.status == "open" else None
    if due is not None:
        tasks.update_task(session=session, task=task, now=now, due_at=due)
        jobs.follow_up.append(("push_edit", link.task_id))
        _audit(session, now, "done-occurrence-remote", task, kind, status)
        return 1
    if status.done and task.status == "open":
        tasks.update_task(session=session, task=task, now=now, status="done", completed_at=now)
        integrations.update_link(session=session, link=link, now=now, status="closed")
        told = "closed_in_tool"
    elif not status.done and task.status == "done" and link.status == "closed":
        tasks.update_task(session=session, task=task, now=now, status="open", completed_at=None)
        integrations.update_link(session=session, link=link, now=now, status="synced")
        told = "reopened_in_tool"
    else:
        return 0
    _audit(session, now, "done-remote" if status.done else "reopened-remote", task, kind, status)
    jobs.told.append((told, link.id or 0))
    jobs.follow_up.append(("sync_task", link.task_id))
    return 1


def _next_due(session: Session, task: Task, now: datetime) -> datetime | None:
    """A repeating task's next due time after one occurrence is done; None for a one-off task
    or a rule that has run out."""
    if not task.rrule or task.due_at is None:
        return None
    due = task.due_at if task.due_at.tzinfo else task.due_at.replace(tzinfo=UTC)
    zone = task.due_tz or _zone_of(session, task.assignee_id or task.creator_id)
    if task.repeat_from == "completion":
        after = next_after_completion(task.rrule, anchor=due, tz=zone, done_at=now)
    else:
        upcoming = next_occurrences(task.rrule, start=due, tz=zone, after=due, count=1)
        after = upcoming[0] if upcoming else None
    return after.astimezone(UTC) if after is not None else None


def _zone_of(session: Session, person_id: int) -> str:
    person = people.get_person(session=session, person_id=person_id)
    return person.timezone if person is not None and person.timezone else "UTC"


def _audit(
    session: Session, now: datetime, action: str, task: Task, kind: str, status: ExternalStatus
) -> None:
    audit.create_audit_entry(
        session=session,
        at=now,
        action=action,
        subject=f"task:{task.id}",
        person_id=None,
        detail={"tool": kind, "external_id": status.external_id},
    )


def _edited(
    session: Session,
    now: datetime,
    task: Task,
    kind: str,
    status: ExternalStatus,
    overridden: bool,
) -> int | None:
    """Apply a tool's edit to the task; the id of the audit entry saying what changed, or
    None when nothing did (an echo of FlowHub's own push)."""
    if status.edit is None:
        return None
    told = task.assignee_id or task.creator_id  # whose task it was when the tool changed it
    said = inbound_edits.apply_edit(
        session, task, status.edit, now=now, zone=_zone_of(session, told)
    )
    if not said:
        return None
    entry = audit.create_audit_entry(
        session=session,
        at=now,
        action="edited-remote",
        subject=f"task:{task.id}",
        person_id=None,
        detail={
            "tool": kind,
            "external_id": status.external_id,
            "changes": said,
            "overridden": overridden,
            "tell": told,
        },
    )
    session.flush()
    return entry.id


def _differs(session: Session, task: Task, edit: ExternalEdit) -> bool:
    zone = _zone_of(session, task.assignee_id or task.creator_id)
    return bool(inbound_edits.changes_of(task, edit, zone))


def _outdated(status: ExternalStatus, task: Task, link: TaskLink) -> bool:
    """Whether the tool dates this change before the last one FlowHub knows of the task."""
    if status.at is None:
        return False
    last = [t for t in (task.updated_at, link.remote_changed_at) if t is not None]
    if last and status.at < max(last):
        log.info(
            "a %s change of task %s dated %s is older than its last change; ignored",
            "edit" if status.done is None else "done" if status.done else "reopen",
            task.id,
            status.at.isoformat(),
        )
        return True
    return False
