"""The runtime: store an event, process it into replies, deliver them. Each step is a job."""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, fields, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session

from flowhub import metrics
from flowhub.bot import attachments, media_store, sealing
from flowhub.bot.clock import Clock
from flowhub.bot.dispatcher import Dispatcher
from flowhub.bot.jobs import RuntimeServices, job
from flowhub.bot.limits import build_limiter, limits_for
from flowhub.bot.lines import ChatLines
from flowhub.bot.logs import log_context
from flowhub.bot.queue import JobQueue, delivery_queue
from flowhub.bot.retry import retry_delay
from flowhub.bot.scheduler import Scheduler
from flowhub.bot.sweep import InboxSweep
from flowhub.connectors import (
    BatchSender,
    Connector,
    Event,
    KeepsFiles,
    ReadReceipts,
    Reply,
    SendError,
    Target,
)
from flowhub.connectors.codec import event_from_dict, event_to_dict, reply_from_dict, reply_to_dict
from flowhub.integrations import zoho_hooks
from flowhub.integrations.base import SlowDown
from flowhub.integrations.config import tool_config
from flowhub.integrations.outlook_calendar_hooks import queue_renewals
from flowhub.nlp import warm_up
from flowhub.settings import Settings
from flowhub.skills.context import Extractor
from flowhub.storage import id_of, inbox, outbox, session_scope

log = logging.getLogger(__name__)
# Runs of one event that may raise before it is marked failed for `flowhub jobs failed`.
MAX_PROCESS_ATTEMPTS = 5
DELIVERY_BATCH = 100


class Runtime:
    """Ties the database, the dispatcher, the job queue and the connectors together."""

    def __init__(
        self,
        *,
        settings: Settings,
        engine: Engine,
        clock: Clock,
        queue: JobQueue,
        connectors: Mapping[str, Connector],
        extract: Extractor,
        background_scheduler: bool = True,
    ) -> None:
        self.settings = settings
        self.engine = engine
        self.clock = clock
        self.queue = queue
        self.connectors = dict(connectors)
        self.dispatcher = Dispatcher(settings=settings, extract=extract)
        # What every job is called with (`flowhub.bot.jobs.JOBS`), built once.
        self.services = RuntimeServices(
            engine=engine,
            clock=clock,
            settings=settings,
            tools=tool_config(settings),
            send=self.send,
            queue=queue,
            runtime=self,
        )
        self._background_scheduler = background_scheduler
        self.send_lease = timedelta(seconds=settings.send_lease_seconds)
        self._autocommit = engine.execution_options(isolation_level="AUTOCOMMIT")
        self.limiter = build_limiter(settings)
        self.lines = ChatLines()
        self._retry_horizon = timedelta(hours=settings.send_retry_horizon_hours)
        self._senders = ThreadPoolExecutor(
            max_workers=settings.send_concurrency, thread_name_prefix="flowhub-send"
        )
        self.inbox_sweep = InboxSweep(
            engine=engine,
            clock=clock,
            process=self._enqueue_processing,
            lease=timedelta(seconds=settings.inbox_lease_seconds),
            interval=settings.inbox_sweep_interval,
        )
        self.scheduler = Scheduler(
            engine=engine,
            clock=clock,
            queue_reply=lambda session, reply, now: self._queue_reply(
                session, reply.to or Target("", "", ""), reply, None, now
            ),
            queue_replies=self._queue_replies,
            deliver=self._enqueue_deliveries,
            interval=settings.scheduler_interval,
            lease=self.send_lease,
            inbox_sweep=self.inbox_sweep,
            hourly=lambda: (
                queue_renewals(self.services),
                zoho_hooks.queue_renewals(self.services),
                media_store.sweep(settings),
                attachments.sweep(engine, clock.now()),
                self._sweep_connector_files(),
            ),
        )

    def start(self) -> None:
        """Start the job queue and pick up events and sends a crash left behind."""
        self.queue.start(self.run_job)
        if self._background_scheduler:
            # Jobs live in this process's memory here, so none queued before a crash survived:
            # queue every unprocessed event now rather than after the lease.
            self.inbox_sweep.run(lease=timedelta(0))
        with session_scope(self.engine) as session:
            unsent = [row.id for row in outbox.get_pending_outbox(session=session)]
            unsent += [
                row.id
                for row in outbox.get_stalled_sends(
                    session=session, now=self.clock.now(), lease=self.send_lease
                )
            ]
        for outbox_id in unsent:
            if outbox_id is not None:
                self.queue.enqueue("deliver", outbox_id)
        if self._background_scheduler:
            self.scheduler.start()

    def stop(self) -> None:
        """Stop the scheduler, the job queue and the senders."""
        self.scheduler.stop()
        self.queue.stop()
        self._senders.shutdown(wait=True)

    def tick(self) -> int:
        """Fire the reminders due now (the scheduler thread does this every second)."""
        return self.scheduler.tick()

    def _sweep_connector_files(self) -> int:
        """Delete the files connectors keep on this machine past their time."""
        return sum(c.sweep() for c in self.connectors.values() if isinstance(c, KeepsFiles))

    def _enqueue_deliveries(self, outbox_ids: list[int]) -> None:
        """Queue sends on their platforms' queues, up to DELIVERY_BATCH per job."""
        if not outbox_ids:
            return
        with session_scope(self.engine) as session:
            platforms = outbox.get_platforms(session=session, outbox_ids=outbox_ids)
        by_queue: dict[str | None, list[int]] = {}
        for outbox_id in outbox_ids:
            lane = delivery_queue(platforms.get(outbox_id, ""))
            by_queue.setdefault(lane, []).append(outbox_id)
        for lane, ids in by_queue.items():
            for start in range(0, len(ids), DELIVERY_BATCH):
                self.queue.enqueue("deliver_many", *ids[start : start + DELIVERY_BATCH], queue=lane)

    def run_job(self, name: str, args: tuple[int, ...]) -> None:
        """Run one job of `JOBS` by name with this runtime's services; the queue calls this.

        A job a task tool's rate limit holds up (`SlowDown`) is queued again for when the limit
        allows it: it waits, it is never dropped or counted as failing.
        """
        try:
            job(name)(self.services, *args)
        except SlowDown as exc:
            log.info("job %s%s waits %.0fs for a rate limit: %s", name, args, exc.retry_after, exc)
            self.queue.enqueue_in(max(exc.retry_after, 1.0), name, *args)
        except Exception:
            metrics.job_failed(name)
            raise

    def outbox_text(self, body: str, reply: Any) -> str:
        """What an outbox row says, its sealed reply opened for display."""
        return sealing.text(body, reply, tools=self.services.tools)

    def receive(self, event: Event) -> int | None:
        """Store an inbound event and queue its processing; None when it was seen before."""
        return self.receive_many([event])[0]

    def receive_many(self, events: Sequence[Event]) -> list[int | None]:
        """Store inbound events in one transaction and queue each new one's processing.

        Per event its inbox id, or None when it was stored before (a platform's retry).
        """
        now = self.clock.now()
        events = [_without_nul(event) for event in events]
        rows = [
            {
                "platform": event.platform,
                "account": event.account,
                "message_id": event.message_id,
                "chat": event.chat,
                "sender_id": event.sender_id,
                "kind": event.kind,
                "text": event.text,
                "event": event_to_dict(event),
                "raw": dict(event.raw),
                "received_at": now,
            }
            for event in events
        ]
        with session_scope(self.engine) as session:
            event_ids = inbox.create_inbox_events(session=session, rows=rows)
        for event_id in event_ids:
            if event_id is not None:
                self.queue.enqueue("process_event", event_id)
        return event_ids

    def _enqueue_processing(self, event_ids: list[int]) -> None:
        for event_id in event_ids:
            self.queue.enqueue("process_event", event_id)

    def process(self, event_id: int) -> None:
        """Turn a stored event into queued replies, once.

        A run that raises is counted on the event and tried again after a backoff; after
        MAX_PROCESS_ATTEMPTS such runs the event is marked failed with the error as reason.
        """
        warm_up()  # grammars compile before the transaction, never while it holds the database
        with log_context(event_id=event_id) as logged:
            self._process(event_id, logged)

    def _process(self, event_id: int, logged: dict[str, str]) -> None:
        started, now = time.perf_counter(), self.clock.now()
        try:
            with session_scope(self.engine) as session:
                row = inbox.get_inbox_event(session=session, event_id=event_id, lock=True)
                if row is None or row.status != "received":
                    return
                event = event_from_dict(row.event, row.raw)
                logged.update(platform=event.platform, chat=event.chat)
                outcome = self.dispatcher.dispatch(
                    session=session, event=event, inbox_id=event_id, now=now
                )
                outbox_ids = self.queue_answer(session, event, outcome.replies, event_id, now)
                row.status = "failed" if outcome.error else "processed"
                row.error = outcome.error
                row.processed_at = now
                received_at = row.received_at
                session.add(row)
        except Exception as exc:
            self._process_failed(event_id, exc)
            return
        taken = time.perf_counter() - started
        metrics.processed(event.platform, taken, (now - received_at).total_seconds() + taken)
        connector = self.connectors.get(event.platform)
        if isinstance(connector, ReadReceipts):
            connector.mark_read(event, replying=bool(outbox_ids))
        self.after_answer(event, outbox_ids, outcome.jobs)

    def queue_answer(
        self,
        session: Session,
        event: Event,
        replies: Sequence[Reply],
        event_id: int | None,
        now: datetime,
    ) -> list[int]:
        """Store the replies to `event` in the outbox, in the caller's transaction."""
        return [self._queue_reply(session, event.target, reply, event_id, now) for reply in replies]

    def after_answer(
        self, event: Event, outbox_ids: Sequence[int], jobs: Sequence[tuple[str, int]]
    ) -> None:
        """Queue the sends and jobs of an answer once its transaction has committed."""
        for outbox_id in outbox_ids:
            self.queue.enqueue("deliver", outbox_id, queue=delivery_queue(event.platform))
        for name, job_id in jobs:
            job(name)  # a name no job answers to is a bug: say so rather than queue it
            self.queue.enqueue(name, job_id)

    def _process_failed(self, event_id: int, exc: Exception) -> None:
        error = f"{type(exc).__name__}: {exc}"[:1000]
        with session_scope(self.engine) as session:
            attempts = inbox.record_failed_attempt(
                session=session,
                event_id=event_id,
                error=error,
                now=self.clock.now(),
                max_attempts=MAX_PROCESS_ATTEMPTS,
            )
        if attempts is None:
            return
        if attempts >= MAX_PROCESS_ATTEMPTS:
            log.error(
                "event %s failed for good after %d attempts", event_id, attempts, exc_info=exc
            )
            return
        log.warning("processing event %s failed (attempt %d): %s", event_id, attempts, error)
        self.queue.enqueue_in(0.5 * 2**attempts, "process_event", event_id)

    def send(self, reply: Reply) -> int:
        """Queue a reply that is not an answer to an event (reminders, digests)."""
        if reply.to is None:
            raise ValueError("Runtime.send needs a reply with a target (`to`)")
        with session_scope(self.engine) as session:
            outbox_id = self._queue_reply(session, reply.to, reply, None, self.clock.now())
        self.queue.enqueue("deliver", outbox_id, queue=delivery_queue(reply.to.platform))
        return outbox_id

    def _queue_replies(self, session: Session, replies: list[Reply], now: datetime) -> list[int]:
        """Queue many targeted replies (a burst of reminders) in one statement."""
        rows = []
        for reply in replies:
            if reply.to is None:
                raise ValueError("a reply queued in bulk needs a target (`to`)")
            rows.append(
                {
                    "platform": reply.to.platform,
                    "account": reply.to.account,
                    "chat": reply.to.chat,
                    "body": reply.text,
                    "reply": reply_to_dict(reply),
                    "status": "pending",
                    "attempts": 0,
                    "ref": reply.ref,
                    "created_at": now,
                }
            )
        return outbox.create_outbox_messages(session=session, rows=rows)

    def _queue_reply(
        self, session: Session, default: Target, reply: Reply, event_id: int | None, now: datetime
    ) -> int:
        target = reply.to or default
        row = outbox.create_outbox_message(
            session=session,
            platform=target.platform,
            account=target.account,
            chat=target.chat,
            body=sealing.body(reply),
            reply=sealing.document(replace(reply, to=target), tools=self.services.tools),
            now=now,
            source_event_id=event_id,
            ref=reply.ref,
        )
        return id_of(row)

    def deliver(self, outbox_id: int) -> None:
        """Send one queued reply through its platform's connector and record the outcome."""
        self.deliver_many(outbox_id)

    def deliver_many(self, *outbox_ids: int) -> None:
        """Send queued replies: claim them in one statement, then send and record each.

        Each outcome is committed as soon as it is known, so a worker killed mid-batch leaves
        at most the one send it was making to be retried once its lease runs out.
        """
        now = self.clock.now()
        with session_scope(self.engine) as session:
            claimed = outbox.claim_many(
                session=session,
                outbox_ids=[self.lines.take(outbox_id) for outbox_id in outbox_ids],
                now=now,
                lease=self.send_lease,
            )
            work = [
                (
                    Target(c.row.platform, c.row.account, c.row.chat),
                    _Send(
                        id_of(c.row),
                        reply_from_dict(sealing.opened(c.row.reply, tools=self.services.tools)),
                        c.row.created_at,
                        c.paced,
                        c.row.sent_at or now,
                    ),
                )
                for c in claimed
            ]
        # Chats are sent to in parallel (platform latency dominates); each chat's messages
        # stay in order.
        by_chat: dict[Target, list[_Send]] = {}
        for target, item in work:
            by_chat.setdefault(target, []).append(item)
        for platform in {target.platform for target in by_chat}:
            connector = self.connectors.get(platform)
            if isinstance(connector, BatchSender):
                connector.prepare([t for t in by_chat if t.platform == platform])
        if len(by_chat) <= 1:
            for target, items in by_chat.items():
                self._send_chat(target, items)
            return
        futures = [self._senders.submit(self._send_chat, t, items) for t, items in by_chat.items()]
        for future in futures:
            future.result()

    def _send_chat(self, target: Target, items: list[_Send]) -> None:
        for item in items:
            with log_context(outbox_id=item.outbox_id, platform=target.platform, chat=target.chat):
                self._send_claimed(target, item)

    def _send_claimed(self, target: Target, item: _Send) -> None:
        """Send one claimed reply, unless its rate-limit slot is later: then hand it back."""
        outbox_id, connector = item.outbox_id, self.connectors.get(target.platform)
        if connector is None:
            error = f"no connector for platform {target.platform!r} is configured"
            self._record_failure(target, item, SendError(error))
            return
        limits = limits_for(target, self.settings)
        if item.paced:  # it holds its place on the chat's limits; the shared ones it asks again
            limits = tuple(limit for limit in limits if not limit.queued)
        if limits:
            # Platforms count real seconds, whatever the injected clock says (a test's fixed
            # clock, the playground's shifted one).
            wait = self.limiter.reserve(limits, time.time())
            if wait > 0 or (not item.paced and self.lines.busy(target)):
                # Its slot is taken either way; older sends of the chat go first.
                self._pace(target, item, wait)
                return
        if not self._still_claimed(item):
            log.info("outbox %s was taken by another sender after its lease ran out", outbox_id)
            return
        try:
            reply = attachments.loaded(self.engine, item.reply)
            delivered = connector.send(target, reply, outbox_id=outbox_id)
        except SendError as exc:
            self._record_failure(target, item, exc)
            return
        metrics.sent(target.platform, "sent")
        # One UPDATE needs no transaction around it: autocommit saves two round trips.
        with self._autocommit.connect() as connection:
            outbox.record_sent(
                connection=connection,
                outbox_id=outbox_id,
                platform_message_id=delivered.platform_message_id,
                now=self.clock.now(),
            )

    def _pace(self, target: Target, item: _Send, wait: float) -> None:
        """Hand a claimed send back to wait `wait` seconds in its chat's line."""
        with self._autocommit.connect() as connection:
            outbox.mark_paced(
                connection=connection,
                outbox_id=item.outbox_id,
                at=self.clock.now() + timedelta(seconds=wait),
            )
        self.lines.join(target, item.outbox_id, front=item.paced)
        lane = delivery_queue(target.platform)
        if wait > 0:
            self.queue.enqueue_in(wait, "deliver", item.outbox_id, queue=lane)
        else:
            self.queue.enqueue("deliver", item.outbox_id, queue=lane)

    def _still_claimed(self, item: _Send) -> bool:
        """Whether this worker still holds the send: a claim that waited behind a long batch
        restarts its lease first, and one whose lease ran out is left to whoever took it."""
        now = self.clock.now()
        if now - item.claimed_at < self.send_lease / 4:
            return True
        with self._autocommit.connect() as connection:
            return outbox.renew_claim(
                connection=connection,
                outbox_id=item.outbox_id,
                claimed_at=item.claimed_at,
                now=now,
            )

    def _record_failure(self, target: Target, item: _Send, exc: SendError) -> None:
        """Schedule the next try with backoff, or give up: at once for a permanent refusal,
        or when the next try would fall past the retry horizon."""
        now = self.clock.now()
        with session_scope(self.engine) as session:
            row = outbox.get_outbox_message(session=session, outbox_id=item.outbox_id, lock=True)
            if row is None:
                return
            delay = retry_delay(
                row.attempts + 1,
                max_wait=self.settings.send_retry_max_wait,
                asked=exc.retry_after,
            )
            retry_at = now + timedelta(seconds=delay)
            final = exc.retry_after is None or retry_at > item.created_at + self._retry_horizon
            outbox.mark_failed(
                session=session,
                row=row,
                error=str(exc) or "unknown",
                final=final,
                retry_at=retry_at,
            )
        metrics.sent(target.platform, "failed" if final else "retry")
        if final:
            log.warning("send of outbox %s failed for good: %s", item.outbox_id, exc)
            return
        log.info("send of outbox %s failed, next try in %.1f s: %s", item.outbox_id, delay, exc)
        self.queue.enqueue_in(
            delay, "deliver", item.outbox_id, queue=delivery_queue(target.platform)
        )


@dataclass(frozen=True)
class _Send:
    """A claimed reply: `paced` when it already holds its rate-limit slot."""

    outbox_id: int
    reply: Reply
    created_at: datetime
    paced: bool
    claimed_at: datetime


_EVENT_TEXT_FIELDS = tuple(f.name for f in fields(Event) if f.name not in ("time", "raw"))


def _without_nul(event: Event) -> Event:
    """`event` with NUL characters in its strings replaced by U+FFFD.

    JSON allows "\u0000" and users can send it, but PostgreSQL text cannot hold it: one NUL
    would make the message unstorable and its platform retry the delivery forever.
    """
    changes: dict[str, Any] = {
        name: value.replace("\x00", "\ufffd")
        for name in _EVENT_TEXT_FIELDS
        if isinstance(value := getattr(event, name), str) and "\x00" in value
    }
    return replace(event, **changes) if changes else event
