"""How full each queue is, as `/metrics` reports it: jobs waiting and the oldest one's age."""

from __future__ import annotations

import time

from flowhub.bot.queue import ThreadQueue
from flowhub.bot.rq_queue import RQQueue


def test_thread_queue_reports_what_waits_per_queue() -> None:
    queue = ThreadQueue()  # not started: nothing runs, everything waits
    assert queue.depths() == []
    queue.enqueue("process_event", 1)
    time.sleep(0.05)
    queue.enqueue("process_event", 2)
    queue.enqueue("deliver", 3, queue="deliver-slack")
    found = {d.queue: d for d in queue.depths()}
    assert found["default"].depth == 2 and found["default"].lag_seconds >= 0.05
    assert found["deliver-slack"].depth == 1 and found["deliver-slack"].lag_seconds < 0.05


def test_rq_queue_reports_what_waits_in_redis(redis_url: str) -> None:
    queue = RQQueue(redis_url)
    try:
        queue.enqueue("process_event", 1)
        queue.enqueue("process_event", 2)
        queue.enqueue("deliver", 3, queue="deliver-whatsapp")
        time.sleep(0.05)
        found = {d.queue: d for d in queue.depths()}
        assert found["flowhub"].depth == 2 and found["flowhub"].lag_seconds >= 0.05
        assert found["flowhub-deliver-whatsapp"].depth == 1
        assert found["flowhub-deliver-slack"].depth == 0
        assert found["flowhub-deliver-slack"].lag_seconds == 0.0
    finally:
        queue.stop()
