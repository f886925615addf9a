"""The scheduler: claims due reminders from the database and turns them into queued sends.

It also sweeps: sends whose jobs were lost, and inbound events not processed within their lease
(see `bot/sweep.py`), are queued again.

The database is the source of truth. Each claim runs in one transaction that records the
occurrence (unique per reminder and due instant), moves the reminder to its next occurrence and
writes the outbox rows, so two schedulers never fire the same occurrence and a crash before
commit fires it again later rather than never.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import Engine
from sqlmodel import Session

from flowhub import metrics
from flowhub.bot.clock import Clock
from flowhub.bot.sweep import InboxSweep
from flowhub.connectors import Reply, Target
from flowhub.skills import digest, remind_fire
from flowhub.storage import Chat, digests, id_of, outbox, people, reminders, session_scope, state

log = logging.getLogger(__name__)
QueueReply = Callable[[Session, Reply, datetime], int]
QueueReplies = Callable[[Session, list[Reply], datetime], list[int]]
# Due reminders claimed per transaction: small enough that the first sends of a burst start
# while the rest are still being claimed.
BATCH = 100
SWEEP_EVERY = timedelta(seconds=10)
DIGEST_EVERY = timedelta(minutes=1)
# How often `hourly` runs: upkeep of task tools that expires (Outlook subscriptions).
HOURLY = timedelta(hours=1)


class Scheduler:
    """Fires due reminders; `tick` does one pass, `start` runs passes on a thread."""

    def __init__(
        self,
        *,
        engine: Engine,
        clock: Clock,
        queue_reply: QueueReply,
        queue_replies: QueueReplies,
        deliver: Callable[[list[int]], None],
        interval: float = 1.0,
        lease: timedelta = timedelta(minutes=2),
        inbox_sweep: InboxSweep | None = None,
        hourly: Callable[[], object] | None = None,
    ) -> None:
        self._engine = engine
        self._clock = clock
        self._queue_reply = queue_reply
        self._queue_replies = queue_replies
        self._deliver = deliver
        self._interval = interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._lease = lease
        self._inbox_sweep = inbox_sweep
        self._last_sweep: datetime | None = None
        self._last_digests: datetime | None = None
        self._hourly = hourly
        self._last_hourly: datetime | None = None

    def tick(self) -> int:
        """Send digests due, then fire everything due now, in batches; return reminders fired."""
        fired = 0
        with self._lock:
            # A digest whose hour the clock passed goes first, before that morning's reminders.
            self._deliver(self._digests())
            while True:
                count, outbox_ids = self._claim_batch()
                self._deliver(outbox_ids)
                fired += count
                if count < BATCH:
                    break
            self._sweep()
            if self._inbox_sweep is not None:
                self._inbox_sweep.maybe_run()
            self._run_hourly()
        return fired

    def _run_hourly(self) -> None:
        """Run `hourly` (it only queues jobs) once an hour by the clock."""
        now = self._clock.now()
        if self._hourly is None or (
            self._last_hourly is not None and now - self._last_hourly < HOURLY
        ):
            return
        self._last_hourly = now
        self._hourly()

    def _sweep(self) -> None:
        """Re-queue sends whose job was lost (a worker killed mid-batch) or never ran."""
        now = self._clock.now()
        if self._last_sweep is not None and now - self._last_sweep < SWEEP_EVERY:
            return
        self._last_sweep = now
        with session_scope(self._engine) as session:
            lost = outbox.get_lost_sends(session=session, now=now, lease=self._lease)
        if lost:
            log.warning("re-queueing %d sends whose jobs were lost", len(lost))
            self._deliver(lost)

    def _digests(self) -> list[int]:
        """Send each person's daily digest once per local day, at or after their hour.

        Digest hours are minutes apart, so this looks at everyone once a minute, not every tick;
        an hour the clock jumped over since the last look still gets its digest.
        """
        now = self._clock.now()
        since = self._last_digests
        if since is not None and now - since < DIGEST_EVERY:
            return []
        self._last_digests = now
        outbox_ids: list[int] = []
        with session_scope(self._engine) as session:
            for person in digests.get_digest_people(session=session):
                found = digest.due_day(person, now, since)
                subject = f"person:{person.id}"
                if found is None or digests.has_digest(
                    session=session, kind="daily", subject=subject, local_date=found[0]
                ):
                    continue
                local_date, as_of = found
                built = digest.build(session, person, as_of)
                if not digests.claim_digest(
                    session=session,
                    kind="daily",
                    subject=subject,
                    local_date=local_date,
                    now=now,
                    skipped=built is None,
                ):
                    continue
                if built is not None:
                    outbox_ids.append(self._queue_reply(session, built.reply, now))
                    outbox_ids += [self._queue_reply(session, r, now) for r in built.after]
                    _remember_list(session, built, id_of(person), now)
        return outbox_ids

    def _claim_batch(self) -> tuple[int, list[int]]:
        now = self._clock.now()
        outbox_ids: list[int] = []
        with session_scope(self._engine) as session:
            due = reminders.claim_due_reminders(session=session, now=now, limit=BATCH)
            late = [(now - r.next_at).total_seconds() for r in due if r.next_at is not None]
            firings = remind_fire.fire_batch(session, due, now)
            outbox_ids = self._queue_replies(session, [f.reply for f in firings], now)
        metrics.reminders_fired(late)
        return len(due), outbox_ids

    def start(self) -> None:
        """Run `tick` every interval on a background thread."""
        self._stop.clear()
        self._thread = threading.Thread(
            target=self.run, args=(self._stop,), name="flowhub-scheduler", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        """Stop the background thread."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None

    def run(self, stop: threading.Event) -> None:
        """Call `tick` every interval until `stop` is set; a slow pass delays the next one."""
        next_pass = time.monotonic()
        while not stop.is_set():
            try:
                self.tick()
            except Exception:
                log.exception("scheduler pass failed; trying again")
            # Passes start on a fixed cadence, so a reminder waits at most one interval.
            next_pass = max(next_pass + self._interval, time.monotonic())
            stop.wait(next_pass - time.monotonic())


def _remember_list(session: Session, built: digest.Digest, person_id: int, now: datetime) -> None:
    """Let "done 2" after a digest mean the digest's second line."""
    target = built.reply.to
    if target is None:
        return
    person = people.get_person(session=session, person_id=person_id)
    if person is None:
        return
    chat = _chat_of(session, target, person.workspace_id, now)
    row = state.get_or_create_state(
        session=session, chat_id=id_of(chat), person_id=person_id, now=now
    )
    data = dict(row.data)
    data["last_list"] = built.task_ids
    data["list_kind"] = "tasks"
    state.save_state(session=session, row=row, data=data, now=now)


def _chat_of(session: Session, target: Target, workspace_id: int, now: datetime) -> Chat:
    found = people.get_chat_by_external(
        session=session, platform=target.platform, account=target.account, external_id=target.chat
    )
    if found is not None:
        return found
    return people.get_or_create_chat(
        session=session,
        workspace_id=workspace_id,
        platform=target.platform,
        account=target.account,
        external_id=target.chat,
        kind="direct",
        title=None,
        now=now,
    )
