"""One platform's backlog never holds up another's replies: sends run on a queue per platform,
and a paced send is rescheduled, never slept on. The limits themselves, in memory and in Redis."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from redis import Redis
from rq import Queue

from flowhub.bot.app import build_runtime
from flowhub.bot.limits import Limit, MemoryLimiter, RedisLimiter, limits_for
from flowhub.bot.queue import ThreadQueue
from flowhub.bot.rq_queue import RQQueue
from flowhub.bot.runtime import Runtime
from flowhub.connectors import Reply, Target
from flowhub.connectors.telegram import TelegramConnector
from flowhub.connectors.whatsapp import WhatsAppConnector
from flowhub.connectors.whatsapp.client import GraphClient
from flowhub.settings import Settings
from flowhub.storage import make_engine
from tests.auxil.fake_graph import TOKEN, VERSION, FakeGraph
from tests.auxil.fake_telegram import FakeTelegram
from tests.jobs.conftest import NUMBER

BOT = "123456:TEST"
GROUP = Target("telegram", "123456", "-1001234567890")
BACKLOG = 40


@pytest.fixture
def telegram() -> Iterator[FakeTelegram]:
    """A fake Bot API for one test."""
    with FakeTelegram(token=BOT) as fake:
        yield fake


@pytest.fixture
def threaded(tmp_path: Path, graph: FakeGraph, telegram: FakeTelegram) -> Iterator[Runtime]:
    """A runtime on the system clock with jobs on threads, as `flowhub run` has them."""
    settings = Settings(
        data_dir=tmp_path,
        playground=False,
        _env_file=None,
        telegram_chat_messages_per_second=10,
        telegram_group_messages_per_minute=600,
    )
    whatsapp = WhatsAppConnector(
        client=GraphClient(api_url=graph.url, api_version=VERSION, access_token=TOKEN),
        phone_number_ids=[NUMBER],
    )
    bot = TelegramConnector(token=BOT, api_url=telegram.api_url)
    runtime = build_runtime(
        settings,
        queue=ThreadQueue(),
        engine=make_engine(f"sqlite:///{tmp_path / 'flowhub.db'}"),
        connectors={"whatsapp": whatsapp, "telegram": bot},
        background_scheduler=False,
    )
    runtime.start()
    try:
        yield runtime
    finally:
        runtime.stop()
        bot.close()
        whatsapp.close()


def test_a_telegram_backlog_does_not_delay_a_whatsapp_reply(
    threaded: Runtime, graph: FakeGraph, telegram: FakeTelegram
) -> None:
    for i in range(BACKLOG):
        threaded.send(Reply(f"mention {i}", to=GROUP))
    started = time.monotonic()
    threaded.send(Reply("your task is saved", to=Target("whatsapp", NUMBER, "4915100000001")))
    while not graph.sent and time.monotonic() - started < 10:
        time.sleep(0.005)
    delay = time.monotonic() - started
    backlog_left = BACKLOG - len(telegram.calls_to("sendMessage"))
    assert graph.sent and delay < 1.0
    assert backlog_left > 20  # the group's pacing still holds most of the backlog back
    deadline = time.monotonic() + 15
    while len(telegram.calls_to("sendMessage")) < BACKLOG and time.monotonic() < deadline:
        time.sleep(0.05)
    took = time.monotonic() - started
    texts = [call.params["text"] for call in telegram.calls_to("sendMessage")]
    assert texts == [f"mention {i}" for i in range(BACKLOG)]  # all of them, once, in order
    assert took >= (BACKLOG - 5) / 10 - 0.5  # 10 per second to the group, after a burst of 5
    print(
        f"\nisolation: WhatsApp reply after {delay * 1000:.0f} ms with a {BACKLOG}-message "
        f"Telegram backlog ({backlog_left} still waiting); backlog sent in {took:.1f} s"
    )


def test_limits_follow_the_platforms() -> None:
    settings = Settings(_env_file=None)
    (number,) = limits_for(Target("whatsapp", "1", "49151"), settings)
    assert (number.key, number.per_second) == ("whatsapp:1", 80)
    bot, chat, group = limits_for(GROUP, settings)
    assert (bot.per_second, chat.per_second, group.per_second) == (30, 1, pytest.approx(1 / 3))
    assert len(limits_for(Target("telegram", "123456", "42"), settings)) == 2
    (channel,) = limits_for(Target("slack", "T1", "C1"), settings)
    assert channel.per_second == 1
    assert limits_for(Target("console", "local", "dm"), settings) == ()


def _slots(limiter: MemoryLimiter | RedisLimiter) -> list[float]:
    chat = Limit("chat", 1.0, burst=3)
    shared = Limit("bot", 30.0, burst=30, queued=False)
    waits = [limiter.reserve([shared, chat], 1000.0) for _ in range(5)]
    waits.append(limiter.reserve([shared, Limit("other", 1.0, burst=3)], 1000.0))
    waits.append(limiter.reserve([shared, chat], 1004.5))
    return waits


def test_memory_limiter_hands_out_slots_in_order() -> None:
    assert _slots(MemoryLimiter()) == pytest.approx([0, 0, 0, 1, 2, 0, 0])


def test_redis_limiter_holds_across_processes(redis_url: str) -> None:
    redis = Redis.from_url(redis_url)
    prefix = f"test:{time.monotonic_ns()}:"
    one, two = RedisLimiter(redis, prefix=prefix), RedisLimiter(redis, prefix=prefix)
    assert _slots(one) == pytest.approx([0, 0, 0, 1, 2, 0, 0])
    assert [two.reserve([Limit("chat", 1.0, burst=3)], 1004.5) for _ in range(2)] == [
        0,
        pytest.approx(0.5),
    ]
    redis.close()


def test_rq_puts_each_platforms_sends_on_its_own_queue(redis_url: str) -> None:
    queue = RQQueue(redis_url)
    names = [q.name for q in queue.queues]
    assert names == [
        "flowhub",
        "flowhub-deliver-whatsapp",
        "flowhub-deliver-slack",
        "flowhub-deliver-telegram",
    ]
    for q in queue.queues:
        q.empty()
    queue.enqueue("deliver", 7, queue="deliver-telegram")
    queue.enqueue("process_event", 8)
    telegram = Queue("flowhub-deliver-telegram", connection=queue.redis)
    assert [job.args for job in telegram.jobs] == [("deliver", [7])]
    assert [job.args for job in queue.queue.jobs] == [("process_event", [8])]
    queue.stop()
