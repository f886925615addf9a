"""The push jobs, and what a person is told about them: failures, and changes made in a tool.

- `push_task`, `sync_task`, `pull_status`, `retry_pushes` run the push work of
  `flowhub.integrations.pushing`; a push that needs a person (a refused token, a wrong target,
  a tool that stopped answering) is told to the connection's owner (else the task's creator),
  in their direct chat, else in the task's chat.
- `closed_in_tool`, `reopened_in_tool` (queued by `flowhub.integrations.inbound`) tell the
  task's assignee (else its creator) that a tool closed or reopened it.
- `edited_in_tool` (queued by `flowhub.integrations.inbound` with the audit entry of the
  change) tells the same person, in their language, what a tool changed: "✏️ Todoist: “Send
  invoice” moved to Fri 11 Dec, 17:00", and when it replaced their own change made here.
- `push_edit` sends a task changed in chat again to its tools (queued by `push_follow`).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from flowhub.connectors import Reply
from flowhub.i18n import use_locale
from flowhub.integrations import INTEGRATIONS
from flowhub.integrations.pushing import (
    BAD_TARGET,
    GAVE_UP,
    RECONNECT,
    UNLINKED,
    Pusher,
    PushFailure,
    retry_unfinished,
)
from flowhub.skills import push_edits
from flowhub.skills import push_words as words
from flowhub.skills.notify import chat_target, person_target
from flowhub.storage import audit, integrations, people, session_scope, tasks

if TYPE_CHECKING:
    from flowhub.services import Services

_FAILURE_WORDS = {
    RECONNECT: words.RECONNECT,
    GAVE_UP: words.GAVE_UP,
    BAD_TARGET: words.FAILED_TARGET,
    UNLINKED: words.UNLINKED,
}


def push_task(services: Services, task_id: int) -> None:
    """Job "push_task": send a confirmed task to its tools."""
    _pusher(services).push_task(task_id)


def push_edit(services: Services, task_id: int) -> None:
    """Job "push_edit": send a task changed in chat again to the tools that have it."""
    _pusher(services).push_edit(task_id)


def sync_task(services: Services, task_id: int) -> None:
    """Job "sync_task": bring a task's status to every tool it lives in."""
    _pusher(services).sync_task(task_id)


def pull_status(services: Services, link_id: int) -> None:
    """Job "pull_status": ask a tool whether a linked task is done."""
    _pusher(services).pull_status(link_id)


def retry_pushes(services: Services, workspace_id: int) -> None:
    """Job "retry_pushes": queue again the pushes of a workspace that failed or wait."""
    retry_unfinished(services, workspace_id=workspace_id)


def closed_in_tool(services: Services, link_id: int) -> None:
    """Job "closed_in_tool": tell the person a tool closed their task."""
    _tell_change(services, link_id, words.CLOSED_REMOTE)


def reopened_in_tool(services: Services, link_id: int) -> None:
    """Job "reopened_in_tool": tell the person a tool reopened their task."""
    _tell_change(services, link_id, words.REOPENED_REMOTE)


def edited_in_tool(services: Services, link_id: int, entry_id: int = 0) -> None:
    """Job "edited_in_tool": tell the person what a tool changed in their task (entry 0: none)."""
    with session_scope(services.engine) as session:
        link = integrations.get_link(session=session, link_id=link_id)
        entry = audit.get_audit_entry(session=session, entry_id=entry_id)
        task = tasks.get_task(session=session, task_id=link.task_id) if link else None
        if task is None or entry is None or entry.action != "edited-remote":
            return
        detail = entry.detail
        kind = str(detail.get("tool", ""))
        tool = INTEGRATIONS[kind].title if kind in INTEGRATIONS else kind
        person_id = detail.get("tell") or task.assignee_id or task.creator_id
        person = people.get_person(session=session, person_id=int(person_id))
        target = person_target(session, int(person_id)) or chat_target(session, task.chat_id)
        if target is None:
            return
        zone = person.timezone if person and person.timezone else "UTC"
        with use_locale(person.locale if person else "en"):
            said = push_edits.edit_message(tool, task.title, detail.get("changes") or {}, zone=zone)
            if detail.get("overridden"):
                said += "\n" + words.EDIT_OVERRIDDEN
    services.send(Reply(said, to=target, ref=f"task:{task.id}"))


def _pusher(services: Services) -> Pusher:
    return Pusher(services, tell=partial(_tell_failure, services))


def _tell_failure(services: Services, failure: PushFailure) -> None:
    text = _FAILURE_WORDS[failure.reason].format(
        tool=failure.tool, kind=failure.kind, title=failure.title, why=failure.why
    )
    with session_scope(services.engine) as session:
        target = person_target(session, failure.owner_id or failure.creator_id) or chat_target(
            session, failure.chat_id
        )
    if target is not None:
        services.send(Reply(text, to=target))


def _tell_change(services: Services, link_id: int, text: str) -> None:
    with session_scope(services.engine) as session:
        link = integrations.get_link(session=session, link_id=link_id)
        task = tasks.get_task(session=session, task_id=link.task_id) if link else None
        if link is None or task is None:
            return
        connection = integrations.get_connection(session=session, connection_id=link.connection_id)
        kind = connection.kind if connection else ""
        tool = INTEGRATIONS[kind].title if kind in INTEGRATIONS else "?"
        target = person_target(session, task.assignee_id or task.creator_id) or chat_target(
            session, task.chat_id
        )
        said, ref = text.format(tool=tool, title=task.title), f"task:{task.id}"
    if target is not None:
        services.send(Reply(said, to=target, ref=ref))


__all__ = [
    "closed_in_tool",
    "edited_in_tool",
    "pull_status",
    "push_edit",
    "push_task",
    "reopened_in_tool",
    "retry_pushes",
    "sync_task",
]
