"""The job queue interface and its in-process implementations.

A job is a name from the runtime's job table plus integer ids; handlers are idempotent, so a job
may run more than once. `InlineQueue` runs jobs at once in the caller (tests, console);
`ThreadQueue` runs them on a worker thread inside `flowhub run`.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Protocol

log = logging.getLogger(__name__)

Runner = Callable[[str, tuple[int, ...]], None]
MAX_ATTEMPTS = 5


class JobQueue(Protocol):
    """Somewhere to put work for later."""

    def enqueue(self, job: str, *args: int) -> None:
        """Queue `job(*args)`."""
        ...

    def enqueue_in(self, seconds: float, job: str, *args: int) -> None:
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
        self._lock = threading.RLock()

    def start(self, run: Runner) -> None:
        """Use `run` to execute jobs."""
        self._run = run

    def stop(self) -> None:
        """Nothing to stop."""

    def enqueue_in(self, seconds: float, job: str, *args: int) -> None:
        """Run the job at once: inline runs have no later (tests move their own clock)."""
        self.enqueue(job, *args)

    def enqueue(self, job: str, *args: int) -> None:
        """Run the job now (or right after the current one)."""
        if self._run is None:
            raise RuntimeError("InlineQueue.enqueue before start(); build it through the runtime")
        with self._lock:
            self._pending.append((job, args))
            if self._busy:
                return
            self._busy = True
            try:
                while self._pending:
                    name, job_args = self._pending.popleft()
                    _run_with_retries(self._run, name, job_args, sleep=False)
            finally:
                self._busy = False


class ThreadQueue:
    """Runs jobs on one background thread, retrying failures with a short backoff."""

    def __init__(self) -> None:
        self._jobs: queue.Queue[tuple[str, tuple[int, ...]] | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._idle = threading.Event()
        self._idle.set()

    def start(self, run: Runner) -> None:
        """Start the worker thread."""
        self._thread = threading.Thread(
            target=self._work, args=(run,), name="flowhub-jobs", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        """Let queued jobs finish, then stop the thread."""
        if self._thread is not None:
            self._jobs.put(None)
            self._thread.join(timeout=30)
            self._thread = None

    def enqueue_in(self, seconds: float, job: str, *args: int) -> None:
        """Queue the job once `seconds` have passed."""
        timer = threading.Timer(seconds, self.enqueue, args=(job, *args))
        timer.daemon = True
        timer.start()

    def enqueue(self, job: str, *args: int) -> None:
        """Queue the job for the worker thread."""
        self._idle.clear()
        self._jobs.put((job, args))

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Block until the queue is empty (for tests and the playground)."""
        return self._idle.wait(timeout)

    def _work(self, run: Runner) -> None:
        while True:
            item = self._jobs.get()
            if item is None:
                return
            _run_with_retries(run, item[0], item[1], sleep=True)
            if self._jobs.empty():
                self._idle.set()


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
