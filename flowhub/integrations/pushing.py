"""Following a task into its tools: push it, close or reopen it there, ask whether it is done.

`Pusher` does the work of the push jobs (`flowhub.skills.push`):

- `push_task(task_id)`: link the task to the default tool of each person it belongs to (its
  creator, its assignee: once) and bring every link of it up to date;
- `sync_task(task_id)`: after done / reopen / delete / undo, close, reopen or discard it in
  each tool;
- `pull_status(link_id)`: ask a tool how a task stands, done and fields (webhooks that only say
  "changed").

A connection is its owner's: a default tool receives only the owner's own tasks (created by
or assigned to them, `access.may_touch_task` outside any group), and a link is followed only
while the owner may still see the task (`access.may_see_somewhere`: theirs, or made in a group
they are in), so a task that changed hands stops reaching its former owner's tool.

Jobs are at-least-once, so each step is idempotent: the link row remembers what exists in the
tool, and a create whose answer was lost is looked up (`find`) before it is tried again. A tool
that is down (`RetryLater`) makes the job raise, so the queue retries it (a rate limit,
`SlowDown`, queues it again for when the limit allows, and is no failure); after every
`MAX_PUSH_ATTEMPTS` tries a `PushFailure` is handed to `tell` and the link keeps its error
until "retry pushes" or a reconnect. A refused token (`Reconnect`) or a wrong target
(`BadTarget`) is never retried on its own: `tell` gets what to fix. Who is told, and in which
words, is the caller's business.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from flowhub.integrations import INTEGRATIONS, crypto, inbound
from flowhub.integrations.base import (
    ExternalRef,
    ExternalStatus,
    Integration,
    IntegrationError,
    Reconnect,
    RetryLater,
    SlowDown,
)
from flowhub.integrations.connection import open_connection, scrub
from flowhub.storage import Task, TaskLink, access, integrations, session_scope, tasks

if TYPE_CHECKING:
    from sqlmodel import Session

    from flowhub.services import Services

log = logging.getLogger(__name__)
MAX_PUSH_ATTEMPTS = 5
# Why a push needs a person: the tool refused the token, stopped answering, or the target is wrong.
RECONNECT, GAVE_UP, BAD_TARGET = "reconnect", "gave_up", "bad_target"
# A push that worked, but the CRM tool has no record of the name the task gives (`why`).
UNLINKED = "unlinked"


@dataclass(frozen=True, slots=True)
class PushFailure:
    """A push a person must act on: why (`reason`), the tool, the task, and whose they are."""

    reason: str
    kind: str
    tool: str
    title: str
    why: str
    owner_id: int | None
    creator_id: int | None
    chat_id: int | None


class Pusher:
    """The push, sync and pull work, run with one process's services; failures go to `tell`."""

    def __init__(self, services: Services, tell: Callable[[PushFailure], None]) -> None:
        self.services = services
        self.tell = tell

    def push_task(self, task_id: int) -> None:
        """Send a confirmed task to the default tool and to every tool it was linked to."""
        self._follow(task_id, with_default=True)

    def push_edit(self, task_id: int) -> None:
        """Send a task changed in chat again to every tool that has it (and to new owners')."""
        self._follow(task_id, with_default=True, edited=True)

    def sync_task(self, task_id: int) -> None:
        """Bring the task's status (done, reopened, deleted) to every tool it lives in."""
        self._follow(task_id, with_default=False)

    def pull_status(self, link_id: int) -> None:
        """Ask the tool whether a linked task is done, and apply the answer."""
        with session_scope(self.services.engine) as session:
            link = integrations.get_link(session=session, link_id=link_id)
            if link is None or link.external_id is None:
                return
            connection = integrations.get_connection(
                session=session, connection_id=link.connection_id
            )
            if connection is None or connection.id is None:
                return
            tool = open_connection(connection, tools=self.services.tools)
            ref, connection_id = ExternalRef(link.external_id, link.url), connection.id
        item = tool.fetch(ref)  # RetryLater raises: the queue asks again
        if item is not None:  # its fields too: an edit there comes back the same way
            inbound.apply(self.services, connection_id, [item])
            return
        done = tool.status(ref)
        if done is not None:
            inbound.apply(self.services, connection_id, [ExternalStatus(ref.external_id, done)])

    def _follow(self, task_id: int, *, with_default: bool, edited: bool = False) -> None:
        now = self.services.clock.now()
        with session_scope(self.services.engine) as session:
            task = tasks.get_task(session=session, task_id=task_id)
            if task is None:
                return
            if with_default and task.status == "open":
                for default in integrations.get_default_connections(
                    session=session, workspace_id=task.workspace_id
                ):
                    owner = default.person_id
                    if owner is None or default.id is None:
                        continue
                    if access.may_touch_task(access.Viewer(owner), task):
                        integrations.get_or_create_link(
                            session=session, task_id=task_id, connection_id=default.id, now=now
                        )
            owners = {
                c.id: c.person_id
                for c in integrations.get_connections(
                    session=session, workspace_id=task.workspace_id
                )
            }
            link_ids = [
                link.id
                for link in integrations.get_links(session=session, task_id=task_id)
                if link.id is not None
                and link.status != "skipped"
                and _owner_may_see(session, owners.get(link.connection_id), task)
            ]
        later: RetryLater | None = None
        for link_id in link_ids:
            try:
                self._step(link_id, edited=edited)
            except RetryLater as exc:
                later = exc
        if later is not None:
            if not isinstance(later, SlowDown):  # a rate-limited job is queued for later
                time.sleep(min(later.retry_after, self.services.tools.integrations_max_wait))
            raise later

    def _step(self, link_id: int, *, edited: bool = False) -> None:
        """Do what one link needs (create, update when `edited`, close or reopen), saving after
        each remote change."""
        tools = self.services.tools
        with session_scope(self.services.engine) as session:
            link = integrations.get_link(session=session, link_id=link_id)
            if link is None:
                return
            task = tasks.get_task(session=session, task_id=link.task_id)
            connection = integrations.get_connection(
                session=session, connection_id=link.connection_id
            )
            if task is None or connection is None:
                return
            now = self.services.clock.now()
            want = "synced" if task.status == "open" else "closed"
            # A task changed in chat (title, date, owner, a repeat's next date) goes again.
            stale = edited and want == "synced"
            current = link.status == want and link.error is None and not stale
            if link.external_id is not None and current:
                return
            if _skipped(link, task, connection.kind):
                integrations.update_link(session=session, link=link, now=now, status="skipped")
                return
            if connection.status != "active":
                # Kept with an error, so a reconnect ("connect <tool>" again) picks it up.
                waiting = f"waiting for {connection.kind} to be connected again"
                integrations.update_link(session=session, link=link, now=now, error=waiting)
                return
            try:
                tool = open_connection(connection, tools=tools)
            except Reconnect as exc:
                self._failed(link_id, exc)
                return
            before = dict(tool.secrets)
            ref = ExternalRef(link.external_id, link.url) if link.external_id else None
            status, tried = link.status, link.attempts
            link.attempts += 1
            integrations.update_link(session=session, link=link, now=self.services.clock.now())
        try:
            if ref is None:
                ref = tool.find(task) if tried else None
                if ref is None:
                    ref = tool.push(task)
                    self._unlinked(link_id, ref)
                self._saved(link_id, ref=ref, status="synced", secrets=(before, tool.secrets))
                status = "synced"
            elif stale and status == "synced":
                ref = tool.push(task, ref)  # a calendar makes anew an event deleted there
            _settle(tool, task, ref, status=status, want=want)
            self._saved(link_id, ref=ref, status=want, secrets=(before, tool.secrets))
        except SlowDown:
            # A rate limit: the call never went through, so the job waits its turn and the
            # attempt does not count towards the link's limit.
            self._gave_back(link_id)
            raise
        except RetryLater as exc:
            if self._failed(link_id, exc, secrets=tool.secrets):
                raise
        except IntegrationError as exc:
            self._failed(link_id, exc, secrets=tool.secrets)

    def _gave_back(self, link_id: int) -> None:
        """Take back the attempt a rate-limited call used."""
        with session_scope(self.services.engine) as session:
            link = integrations.get_link(session=session, link_id=link_id)
            if link is not None and link.attempts > 0:
                link.attempts -= 1
                integrations.update_link(session=session, link=link, now=self.services.clock.now())

    def _saved(
        self,
        link_id: int,
        *,
        ref: ExternalRef,
        status: str,
        secrets: tuple[dict[str, str], dict[str, str]],
    ) -> None:
        now = self.services.clock.now()
        with session_scope(self.services.engine) as session:
            link = integrations.get_link(session=session, link_id=link_id)
            if link is None:
                return
            integrations.update_link(
                session=session,
                link=link,
                now=now,
                external_id=ref.external_id,
                url=ref.url,
                status=status,
                error=None,
                pushed_at=now,
            )
            before, after = secrets
            if after != before:  # an OAuth token was refreshed during the call
                connection = integrations.get_connection(
                    session=session, connection_id=link.connection_id
                )
                if connection is not None:
                    sealed = crypto.encrypt(after, tools=self.services.tools)
                    integrations.update_connection(
                        session=session, connection=connection, secret_encrypted=sealed
                    )

    def _unlinked(self, link_id: int, ref: ExternalRef) -> None:
        """Tell the person a task went into a CRM tool without the record it names."""
        if not ref.unmatched:
            return
        with session_scope(self.services.engine) as session:
            link = integrations.get_link(session=session, link_id=link_id)
            task = tasks.get_task(session=session, task_id=link.task_id) if link else None
            connection = (
                integrations.get_connection(session=session, connection_id=link.connection_id)
                if link
                else None
            )
            if task is None or connection is None:
                return
            cls = INTEGRATIONS.get(connection.kind)
            failure = PushFailure(
                reason=UNLINKED,
                kind=connection.kind,
                tool=cls.title if cls else connection.kind,
                title=task.title,
                why=ref.unmatched,
                owner_id=connection.person_id,
                creator_id=task.creator_id,
                chat_id=task.chat_id,
            )
        self.tell(failure)

    def _failed(
        self, link_id: int, exc: IntegrationError, *, secrets: dict[str, str] | None = None
    ) -> bool:
        """Record a failure and hand on what a person must act on; True when the queue should
        retry."""
        why = scrub(str(exc), secrets or {})
        retry = False
        failure: PushFailure | None = None
        with session_scope(self.services.engine) as session:
            link = integrations.get_link(session=session, link_id=link_id)
            if link is None:
                return False
            task = tasks.get_task(session=session, task_id=link.task_id)
            connection = integrations.get_connection(
                session=session, connection_id=link.connection_id
            )
            if task is None or connection is None:
                return False
            integrations.update_link(
                session=session, link=link, now=self.services.clock.now(), error=why[:2000]
            )
            reason: str | None = None
            if isinstance(exc, Reconnect):
                if connection.status == "active":
                    integrations.update_connection(
                        session=session, connection=connection, status="reconnect"
                    )
                    reason = RECONNECT
            elif isinstance(exc, RetryLater):
                # The queue retries a raised job a few times; after each round, stop and tell.
                retry = link.attempts % MAX_PUSH_ATTEMPTS != 0
                reason = None if retry else GAVE_UP
            else:
                reason = BAD_TARGET
            log.warning(
                "push of task %s to %s (link %s) failed: %s", task.id, connection.kind, link_id, why
            )
            if reason is not None:
                cls = INTEGRATIONS.get(connection.kind)
                failure = PushFailure(
                    reason=reason,
                    kind=connection.kind,
                    tool=cls.title if cls else connection.kind,
                    title=task.title,
                    why=why,
                    owner_id=connection.person_id,
                    creator_id=task.creator_id,
                    chat_id=task.chat_id,
                )
        if failure is not None:
            self.tell(failure)
        return retry


def _owner_may_see(session: Session, owner: int | None, task: Task) -> bool:
    return owner is not None and access.may_see_somewhere(
        session=session, person_id=owner, task=task
    )


def retry_unfinished(
    services: Services, *, workspace_id: int, connection_id: int | None = None
) -> int:
    """Queue the pushes that failed or wait (e.g. after a reconnect); return how many tasks."""
    with session_scope(services.engine) as session:
        links = integrations.get_unfinished_links(
            session=session, workspace_id=workspace_id, connection_id=connection_id
        )
        task_ids = sorted({link.task_id for link in links})
    for task_id in task_ids:
        services.queue.enqueue("push_task", task_id)
    return len(task_ids)


__all__ = [
    "BAD_TARGET",
    "GAVE_UP",
    "MAX_PUSH_ATTEMPTS",
    "RECONNECT",
    "UNLINKED",
    "PushFailure",
    "Pusher",
    "retry_unfinished",
]


def _skipped(link: TaskLink, task: Task, kind: str) -> bool:
    """Whether the task never goes to this tool: discarded before any try, or no due date for
    a tool that needs one (a calendar)."""
    if link.external_id is not None:
        return False
    if task.status == "discarded" and link.attempts == 0:
        return True
    cls = INTEGRATIONS.get(kind)
    return cls is not None and cls.needs_due and task.due_at is None


def _settle(tool: Integration, task: Task, ref: ExternalRef, *, status: str, want: str) -> None:
    """Close, discard or reopen the tool's item so its state matches the task's."""
    if want == "closed" and status != "closed":
        (tool.discard if task.status == "discarded" else tool.close)(ref)
    elif want == "synced" and status == "closed":
        tool.reopen(ref)
