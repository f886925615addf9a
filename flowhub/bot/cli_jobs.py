"""`flowhub worker`, `flowhub scheduler` and `flowhub jobs failed|retry`."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from datetime import UTC, datetime
from types import FrameType

from flowhub.settings import Settings


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the job subcommands."""
    worker = commands.add_parser("worker", help="run jobs from Redis (needs FLOWHUB_REDIS_URL)")
    worker.add_argument("--burst", action="store_true", help="exit when the queue is empty")
    worker.add_argument(
        "--fork", action="store_true", help="run each job in a forked child (slower, isolated)"
    )
    commands.add_parser(
        "scheduler", help="fire due reminders and digests (needs FLOWHUB_REDIS_URL)"
    )
    jobs = commands.add_parser("jobs", help="inspect and re-run failed jobs")
    actions = jobs.add_subparsers(dest="jobs_action", metavar="ACTION", required=True)
    actions.add_parser("failed", help="list failed jobs, events and sends")
    retry = actions.add_parser("retry", help="re-queue failed jobs (ids from `jobs failed`)")
    retry.add_argument("ids", nargs="*", help="ids such as rq:<id>, event:12, send:40")
    retry.add_argument("--all", action="store_true", help="re-queue everything that failed")


def dispatch(settings: Settings, args: argparse.Namespace) -> int | None:
    """Run a job subcommand; None when `args` is not one of them."""
    if args.command == "worker":
        return _worker(settings, burst=args.burst, fork=args.fork)
    if args.command == "scheduler":
        return _scheduler(settings)
    if args.command == "jobs":
        if args.jobs_action == "failed":
            return _failed(settings)
        return _retry(settings, args.ids, everything=args.all)
    return None


def _need_redis(settings: Settings) -> str | None:
    if not settings.redis_url:
        print(
            "flowhub: this command needs FLOWHUB_REDIS_URL (e.g. redis://127.0.0.1:6379/0); "
            "without it jobs and the scheduler run inside `flowhub run`",
            file=sys.stderr,
        )
        return None
    return settings.redis_url


def _worker(settings: Settings, *, burst: bool, fork: bool) -> int:
    if _need_redis(settings) is None:
        return 2
    from rq import SimpleWorker, Worker

    from flowhub.bot.jobs import runtime_for_worker
    from flowhub.bot.rq_queue import RQQueue
    from flowhub.nlp import warm_up

    runtime = runtime_for_worker()  # fail fast on a bad database URL
    queue = runtime.queue
    if not isinstance(queue, RQQueue):
        raise RuntimeError("worker runtime is not on rq; check FLOWHUB_REDIS_URL")
    # Forked job processes inherit the compiled grammars instead of compiling them per job.
    warm_up()
    worker_class = Worker if fork else SimpleWorker
    worker = worker_class(queue.queues, connection=queue.redis)
    worker.work(burst=burst, with_scheduler=True)
    return 0


def _scheduler(settings: Settings) -> int:
    if _need_redis(settings) is None:
        return 2
    from flowhub.bot.app import build_runtime

    runtime = build_runtime(settings, background_scheduler=False)
    stopping = threading.Event()

    def stop(_signum: int, _frame: FrameType | None) -> None:
        stopping.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    print(
        "FlowHub scheduler: firing due reminders and digests every "
        f"{settings.scheduler_interval:g} s",
        flush=True,
    )
    runtime.scheduler.run(stopping)
    return 0


def _failed(settings: Settings) -> int:
    from flowhub.storage import inbox, make_engine, outbox, session_scope

    rows: list[tuple[str, str, str]] = []
    if settings.redis_url:
        from rq.job import Job
        from rq.registry import FailedJobRegistry

        from flowhub.bot.rq_queue import RQQueue

        queue = RQQueue(settings.redis_url)
        for rq_queue in queue.queues:
            for job_id in FailedJobRegistry(queue=rq_queue).get_job_ids():
                job = Job.fetch(job_id, connection=queue.redis)
                reason = (job.exc_info or "").strip().splitlines()[-1:] or [""]
                rows.append((f"rq:{job_id}", job.description or "", reason[0]))
    engine = make_engine(settings.resolved_database_url)
    with session_scope(engine) as session:
        for event in inbox.get_failed_events(session=session):
            rows.append(
                (
                    f"event:{event.id}",
                    f"process {event.platform} {event.message_id}",
                    event.error or "",
                )
            )
        for send in outbox.get_failed_outbox(session=session):
            rows.append(
                (f"send:{send.id}", f"send to {send.platform} {send.chat}", send.error or "")
            )
    if not rows:
        print("No failed jobs.")
        return 0
    for ident, what, why in rows:
        print(f"{ident:<40} {what[:40]:<40} {why[:100]}")
    return 0


def _retry(settings: Settings, ids: list[str], *, everything: bool) -> int:
    from flowhub.bot.app import build_queue
    from flowhub.storage import inbox, make_engine, outbox, session_scope

    if not ids and not everything:
        print("flowhub: name ids from `flowhub jobs failed`, or pass --all", file=sys.stderr)
        return 2
    queue = build_queue(settings)
    engine = make_engine(settings.resolved_database_url)
    requeued = 0
    wanted = set(ids)
    if settings.redis_url:
        from rq.registry import FailedJobRegistry

        from flowhub.bot.rq_queue import RQQueue

        assert isinstance(queue, RQQueue)
        for rq_queue in queue.queues:
            registry = FailedJobRegistry(queue=rq_queue)
            for rq_id in registry.get_job_ids():
                if everything or f"rq:{rq_id}" in wanted:
                    registry.requeue(rq_id)
                    requeued += 1
    later: list[tuple[str, int]] = []
    # Without Redis the queue lives inside `flowhub run`: its inbox and send sweeps pick the
    # reset rows up. With Redis they are queued here, as of now, so no sweep queues them again.
    queued_at = datetime.now(UTC) if settings.redis_url else None
    with session_scope(engine) as session:
        for event in inbox.get_failed_events(session=session, limit=10_000):
            if event.id and (everything or f"event:{event.id}" in wanted):
                inbox.reset_event(session=session, row=event, queued_at=queued_at)
                later.append(("process_event", event.id))
        for send in outbox.get_failed_outbox(session=session, limit=10_000):
            if send.id and (everything or f"send:{send.id}" in wanted):
                outbox.reset_outbox(session=session, row=send)
                later.append(("deliver", send.id))
    if later and not settings.redis_url:
        print(
            "Reset in the database; a running `flowhub run` picks them up within "
            f"{settings.inbox_sweep_interval:g} s (or when it next starts)."
        )
    else:
        for name, job_id in later:
            queue.enqueue(name, job_id)
    requeued += len(later)
    print(f"Re-queued {requeued} job(s).")
    return 0
