"""Status changes a tool reports: a verified "closed" marks the FlowHub task done.

Each change is handed on as a job on the task's link (`closed_in_tool`, `reopened_in_tool`),
whose skill tells the person; then the task's other tools follow (`sync_task`).

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
from datetime import timedelta
from typing import TYPE_CHECKING

from flowhub.integrations import INTEGRATIONS
from flowhub.integrations.base import ExternalStatus
from flowhub.storage import Task, TaskLink, access, audit, integrations, session_scope, tasks

if TYPE_CHECKING:
    from flowhub.services import Services

log = logging.getLogger(__name__)
# How long delivery keys are kept; an older replay still fails the event-time check.
DELIVERY_MEMORY = timedelta(days=7)


def apply(
    services: Services,
    connection_id: int,
    statuses: list[ExternalStatus],
    *,
    deliveries: Sequence[str] = (),
) -> int:
    """Apply a tool's status changes to the linked tasks; return how many tasks changed.

    `deliveries` are the webhook's keys: when one was seen before, nothing is applied.
    """
    now = services.clock.now()
    changed: list[tuple[str, int]] = []
    follow_up: list[tuple[str, int]] = []
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
        tool = INTEGRATIONS[connection.kind].title if connection.kind in INTEGRATIONS else "?"
        for status in statuses:
            link = integrations.get_link_by_external(
                session=session, connection_id=connection_id, external_id=status.external_id
            )
            if link is None or link.id is None:
                continue  # not one of this connection's tasks, or created before FlowHub knew
            if status.done is None:
                follow_up.append(("pull_status", link.id))
                continue
            task = tasks.get_task(session=session, task_id=link.task_id)
            if task is None or _outdated(status, task, link):
                continue
            if connection.person_id is None or not access.may_see_somewhere(
                session=session, person_id=connection.person_id, task=task
            ):
                log.info("%s webhook: task %s is not its owner's; ignored", tool, task.id)
                continue
            if status.at is not None:
                integrations.update_link(
                    session=session, link=link, now=now, remote_changed_at=status.at
                )
            if status.done and task.status == "open":
                tasks.update_task(
                    session=session, task=task, now=now, status="done", completed_at=now
                )
                integrations.update_link(session=session, link=link, now=now, status="closed")
                told = "closed_in_tool"
            elif not status.done and task.status == "done" and link.status == "closed":
                tasks.update_task(
                    session=session, task=task, now=now, status="open", completed_at=None
                )
                integrations.update_link(session=session, link=link, now=now, status="synced")
                told = "reopened_in_tool"
            else:
                continue
            audit.create_audit_entry(
                session=session,
                at=now,
                action="done-remote" if status.done else "reopened-remote",
                subject=f"task:{task.id}",
                person_id=None,
                detail={"tool": connection.kind, "external_id": status.external_id},
            )
            changed.append((told, link.id))
            follow_up.append(("sync_task", link.task_id))
    for job, job_id in [*changed, *follow_up]:
        services.queue.enqueue(job, job_id)
    return len(changed)


def _outdated(status: ExternalStatus, task: Task, link: TaskLink) -> bool:
    """Whether the tool dates this change before the last one FlowHub knows of the task."""
    if status.at is None:
        return False
    last = [t for t in (task.updated_at, link.remote_changed_at) if t is not None]
    if last and status.at < max(last):
        log.info(
            "a %s change of task %s dated %s is older than its last change; ignored",
            "done" if status.done else "reopen",
            task.id,
            status.at.isoformat(),
        )
        return True
    return False
