"""A chat's messages go out in the order they were queued, even when the timers of paced sends
wake late or out of order and newer messages find a free slot first."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from flowhub.bot.app import build_runtime
from flowhub.bot.lines import ChatLines
from flowhub.bot.queue import InlineQueue
from flowhub.bot.runtime import Runtime
from flowhub.connectors import Reply, Target
from flowhub.connectors.telegram import TelegramConnector
from flowhub.settings import Settings
from flowhub.storage import make_engine
from tests.auxil.fake_telegram import FakeTelegram

BOT = "123456:TEST"
GROUP = Target("telegram", "123456", "-1001234567890")
OTHER = Target("telegram", "123456", "-1009999999999")


class LateTimers(InlineQueue):
    """Runs jobs at once, but holds every timer until the test lets them go, in its order."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[tuple[str, tuple[int, ...], str | None]] = []

    def enqueue_in(self, seconds: float, job: str, *args: int, queue: str | None = None) -> None:
        """Hold the job; `release` runs it."""
        self.held.append((job, args, queue))

    def release(self, *, reverse: bool = False) -> None:
        """Run the held jobs (newest first with `reverse`), and any they hold again."""
        while self.held:
            batch, self.held = self.held, []
            for job, args, queue in reversed(batch) if reverse else batch:
                self.enqueue(job, *args, queue=queue)


@pytest.fixture
def telegram() -> Iterator[FakeTelegram]:
    """A fake Bot API for one test."""
    with FakeTelegram(token=BOT) as fake:
        yield fake


@pytest.fixture
def timers() -> LateTimers:
    """The queue whose timers the test fires."""
    return LateTimers()


@pytest.fixture
def runtime(tmp_path: Path, telegram: FakeTelegram, timers: LateTimers) -> Iterator[Runtime]:
    """A runtime on the system clock that sends to the fake Bot API, 2 a second per chat."""
    settings = Settings(
        data_dir=tmp_path,
        playground=False,
        _env_file=None,
        telegram_chat_messages_per_second=2,
        telegram_group_messages_per_minute=600,
    )
    bot = TelegramConnector(token=BOT, api_url=telegram.api_url)
    runtime = build_runtime(
        settings,
        queue=timers,
        engine=make_engine(f"sqlite:///{tmp_path / 'flowhub.db'}"),
        connectors={"telegram": bot},
        background_scheduler=False,
    )
    runtime.start()
    try:
        yield runtime
    finally:
        runtime.stop()
        bot.close()


def _texts(telegram: FakeTelegram, chat: str) -> list[str]:
    calls = telegram.calls_to("sendMessage")
    return [c.params["text"] for c in calls if c.params["chat_id"] == chat]


def test_timers_that_wake_in_reverse_still_send_in_order(
    runtime: Runtime, telegram: FakeTelegram, timers: LateTimers
) -> None:
    for i in range(8):
        runtime.send(Reply(f"line {i}", to=GROUP))
    assert _texts(telegram, GROUP.chat) == ["line 0", "line 1", "line 2"]  # the chat's burst
    assert len(timers.held) == 5
    timers.release(reverse=True)
    assert _texts(telegram, GROUP.chat) == [f"line {i}" for i in range(8)]


def test_a_newer_message_with_a_free_slot_waits_behind_older_paced_ones(
    runtime: Runtime, telegram: FakeTelegram, timers: LateTimers
) -> None:
    for i in range(5):
        runtime.send(Reply(f"line {i}", to=GROUP))
    assert len(timers.held) == 2
    time.sleep(2.0)  # the paced slots have all come, but their timers have not fired yet
    runtime.send(Reply("line 5", to=GROUP))
    runtime.send(Reply("elsewhere", to=OTHER))
    assert _texts(telegram, OTHER.chat) == ["elsewhere"]  # another chat's line is its own
    # Its slot is spent on the oldest waiting message; the rest follow their timers.
    assert _texts(telegram, GROUP.chat) == [f"line {i}" for i in range(4)]
    timers.release()
    assert _texts(telegram, GROUP.chat) == [f"line {i}" for i in range(6)]


def test_a_job_whose_message_went_early_sends_the_next_one() -> None:
    lines = ChatLines()
    for outbox_id in (1, 2, 3):
        lines.join(GROUP, outbox_id)
    assert lines.take(3) == 1  # a late timer: the oldest goes first
    assert lines.take(1) == 2  # 1's own job, come after 1 went, sends the next
    assert lines.busy(GROUP)
    assert lines.take(2) == 3
    assert not lines.busy(GROUP)
    assert lines.take(3) == 3  # nothing waits: a job sends its own message
