"""The job queue interface and its in-process implementations.

A job is a name from the runtime's job table plus integer ids; handlers are idempotent, so a job
may run more than once. `InlineQueue` runs jobs at once in the caller (tests, console);
`ThreadQueue` runs them on worker threads inside `flowhub run`, one thread per queue.
"""

from __future__ import annotations

import logging
import queue as stdqueue
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from flowhub.metrics import QueueDepth

log = logging.getLogger(__name__)

Runner = Callable[[str, tuple[int, ...]], None]
MAX_ATTEMPTS = 5
# Platforms whose sends run on a queue of their own, so one platform's backlog never holds up
# another's replies.
DELIVERY_PLATFORMS = ("whatsapp", "slack", "telegram")


def delivery_queue(platform: str) -> str | None:
    """The queue that sends to `platform` run on (None: the main queue)."""
    return f"deliver-{platform}" if platform in DELIVERY_PLATFORMS else None


class JobQueue(Protocol):
    """Somewhere to put work for later.

    `queue` names a separate line of work (deliveries per platform): jobs on one queue never
    wait behind another's. None is the main queue.
    """

    def enqueue(self, job: str, *args: int, queue: str | None = None) -> None:
        """Queue `job(*args)`."""
        ...

    def enqueue_in(self, seconds: float, job: str, *args: int, queue: str | None = None) -> None:
        """Queue `job(*args)` to run no sooner than `seconds` from now."""
        ...

    def start(self, run: Runner) -> None:
        """Begin running jobs with `run`."""
        ...

    def stop(self) -> None:
        """Finish what is running and stop."""
        ...


class InlineQueue:
    """Runs each job immediately, in order; jobs queued by a job run after it finishes."""

    def __init__(self) -> None:
        self._run: Runner | None = None
        self._pending: deque[tuple[str, tuple[int, ...]]] = deque()
        self._busy = False
        self._lock = threading.Lock()

    def start(self, run: Runner) -> None:
        """Use `run` to execute jobs."""
        self._run = run

    def stop(self) -> None:
        """Nothing to stop."""

    def enqueue_in(self, seconds: float, job: str, *args: int, queue: str | None = None) -> None:
        """Run the job at once: inline runs have no later (tests move their own clock)."""
        self.enqueue(job, *args)

    def enqueue(self, job: str, *args: int, queue: str | None = None) -> None:
        """Run the job now (or right after the current one)."""
        if self._run is None:
            raise RuntimeError("InlineQueue.enqueue before start(); build it through the runtime")
        with self._lock:
            self._pending.append((job, args))
            if self._busy:
                return
            self._busy = True
        # Jobs run outside the lock: a job's own threads (parallel sends) may queue more.
        while True:
            with self._lock:
                if not self._pending:
                    self._busy = False
                    return
                name, job_args = self._pending.popleft()
            try:
                _run_with_retries(self._run, name, job_args, sleep=False)
            except BaseException:
                with self._lock:
                    self._busy = False
                raise


class ThreadQueue:
    """Runs jobs on background threads, one per queue, retrying failures with a short backoff."""

    def __init__(self) -> None:
        self._run: Runner | None = None
        self._stopped = False
        self._lock = threading.Lock()
        self._lines: dict[str | None, _Line] = {}
        self._outstanding = 0
        self._idle = threading.Condition(self._lock)

    def start(self, run: Runner) -> None:
        """Start the worker threads (a queue's own thread starts with its first job)."""
        with self._lock:
            self._run, self._stopped = run, False
            lines = list(self._lines.values())
        for line in lines:
            line.thread.start()
        self._line(None)

    def stop(self) -> None:
        """Let queued jobs finish, then stop the threads."""
        with self._lock:
            self._stopped = True
            lines = list(self._lines.values())
            self._lines.clear()
        for line in lines:
            line.jobs.put(None)
        for line in lines:
            if line.thread.is_alive():
                line.thread.join(timeout=30)

    def enqueue_in(self, seconds: float, job: str, *args: int, queue: str | None = None) -> None:
        """Queue the job once `seconds` have passed."""
        timer = threading.Timer(seconds, self.enqueue, args=(job, *args), kwargs={"queue": queue})
        timer.daemon = True
        timer.start()

    def enqueue(self, job: str, *args: int, queue: str | None = None) -> None:
        """Queue the job for its queue's worker thread."""
        with self._lock:
            if self._stopped:
                log.debug("queue stopped; dropping job %s%s (the sweeps pick it up)", job, args)
                return
            self._outstanding += 1
        self._line(queue).jobs.put((job, args, time.monotonic()))

    def depths(self) -> list[QueueDepth]:
        """How many jobs wait on each queue, and for how long the oldest has waited."""
        with self._lock:
            lines = list(self._lines.items())
        now, found = time.monotonic(), []
        for name, line in lines:
            with line.jobs.mutex:  # the standard queue's own lock, held only to peek
                waiting = [item for item in line.jobs.queue if item is not None]
            oldest = waiting[0][2] if waiting else now
            found.append(QueueDepth(name or "default", len(waiting), now - oldest))
        return found

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Block until every queue is empty (for tests and the playground)."""
        with self._idle:
            return self._idle.wait_for(lambda: self._outstanding == 0, timeout)

    def _line(self, queue: str | None) -> _Line:
        with self._lock:
            line = self._lines.get(queue)
            if line is None:
                jobs: _Jobs = stdqueue.Queue()
                thread = threading.Thread(
                    target=self._work,
                    args=(jobs,),
                    name="flowhub-jobs" if queue is None else f"flowhub-jobs-{queue}",
                    daemon=True,
                )
                line = self._lines[queue] = _Line(jobs, thread)
                if self._run is not None:
                    thread.start()
            return line

    def _work(self, jobs: _Jobs) -> None:
        run = self._run
        assert run is not None
        while True:
            item = jobs.get()
            if item is None:
                return
            try:
                _run_with_retries(run, item[0], item[1], sleep=True)
            finally:
                with self._idle:
                    self._outstanding -= 1
                    self._idle.notify_all()


_Jobs = stdqueue.Queue[tuple[str, tuple[int, ...], float] | None]


@dataclass(frozen=True)
class _Line:
    jobs: _Jobs
    thread: threading.Thread


def _run_with_retries(run: Runner, job: str, args: tuple[int, ...], *, sleep: bool) -> None:
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            run(job, args)
            return
        except Exception:
            log.exception("job %s%s failed (attempt %d of %d)", job, args, attempt, MAX_ATTEMPTS)
            if sleep and attempt < MAX_ATTEMPTS:
                time.sleep(min(0.2 * 2**attempt, 5.0))
    log.error("job %s%s gave up after %d attempts", job, args, MAX_ATTEMPTS)
