"""Each tool's documented rate limits are metered per account, shared by every process through
Redis (in-process without it), and a 429 with the vendor's own reset (ClickUp's
`X-RateLimit-Reset`, monday's `retry_in_seconds`, others' Retry-After) delays the job: it is
never dropped, and the person is never told it failed."""

from __future__ import annotations

import time

import httpx
import pytest

from flowhub.bot.runtime import Runtime
from flowhub.integrations import INTEGRATIONS
from flowhub.integrations.base import Integration, SlowDown
from flowhub.integrations.clickup import ClickUp
from flowhub.integrations.monday import Monday
from flowhub.integrations.outbound import Outbound
from flowhub.integrations.rate_limits import limits_for, wait_for
from flowhub.meter import Limit, Limiter, MemoryLimiter, build_meter
from tests.auxil.fake_vendors import CONFIGS, TOKENS, FakeVendors
from tests.conftest import ChatFactory
from tests.integrations.conftest import Connect, links


def _client(kind: str, fake: FakeVendors, meter: Limiter, token: str | None = None) -> Integration:
    url = httpx.URL(fake.url)
    rules = Outbound(https_only=False, allowed_hosts=frozenset({f"{url.host}:{url.port}"}))
    config = dict(CONFIGS[kind], base_url=f"{fake.url}/{kind}")
    secrets = {"token": token or TOKENS[kind]}
    return INTEGRATIONS[kind](config=config, secrets=secrets, rules=rules, meter=meter)


def _spent(meter: Limiter, kind: str, token: str) -> None:
    """Use up the account's burst, as other workers' calls would."""
    limits = limits_for(kind, CONFIGS[kind], {"token": token})
    while meter.reserve(limits, time.time()) == 0:
        pass


def _seconds(call: object) -> float:
    started = time.monotonic()
    assert callable(call)
    call()
    return time.monotonic() - started


def test_an_account_is_metered_by_its_token_and_trello_also_by_its_key() -> None:
    same = limits_for("clickup", {"list_id": "1"}, {"token": "pk_one"})
    assert same == limits_for("clickup", {"list_id": "2"}, {"token": "pk_one"})
    assert same != limits_for("clickup", {"list_id": "1"}, {"token": "pk_two"})
    (clickup,) = same
    assert "pk_one" not in clickup.key and clickup.per_second * 60 <= 100
    trello = limits_for("trello", {"key": "k1"}, {"token": "t1"})
    assert sorted(limit.per_second * 10 for limit in trello) == pytest.approx([75, 225])
    assert limits_for("webhook", {}, {"secret": "s"}) == ()


def test_workers_on_one_redis_share_an_accounts_budget(fake: FakeVendors, redis_url: str) -> None:
    first, second = build_meter(redis_url), build_meter(redis_url)  # two processes
    _spent(first, "clickup", TOKENS["clickup"])
    held = _client("clickup", fake, second)
    assert _seconds(held.check) >= 0.3  # it waited for the account's next slot
    other = _client("clickup", fake, second, token="pk_someone_else_0123")
    _spent(first, "clickup", TOKENS["clickup"])
    assert _seconds(lambda: other._pace()) < 0.3  # another account's budget is its own


def test_without_redis_the_budget_is_shared_within_the_process(fake: FakeVendors) -> None:
    meter = MemoryLimiter()
    _spent(meter, "clickup", TOKENS["clickup"])
    assert _seconds(_client("clickup", fake, meter).check) >= 0.3


def test_a_short_wait_is_slept_and_a_long_one_hands_the_job_back() -> None:
    meter = MemoryLimiter()
    quick = (Limit("tool:test:quick", 4.0, 1, queued=False),)
    meter.reserve(quick, time.time())
    assert wait_for(meter, quick) == 0  # a quarter second: slept through, then it goes
    slow = (Limit("tool:test:slow", 0.01, 1, queued=False),)
    meter.reserve(slow, time.time())
    assert wait_for(meter, slow) > 2  # the job is queued again for then (`SlowDown`)


def test_clickup_and_monday_say_how_long_to_wait_in_their_own_words() -> None:
    clickup = ClickUp(config={"list_id": "1"}, secrets={"token": "pk_1"})
    reset = str(int(time.time()) + 40)
    answer = httpx.Response(429, json={"err": "Rate limit"}, headers={"X-RateLimit-Reset": reset})
    with pytest.raises(SlowDown) as raised:
        clickup._raise_for(answer, "PUT", "/")
    assert 35 <= raised.value.retry_after <= 41
    monday = Monday(config={"board": "1"}, secrets={"token": "t"})
    error = {"message": "Rate limit exceeded", "extensions": {"retry_in_seconds": 22}}
    with pytest.raises(SlowDown) as raised:
        monday._raise_for(httpx.Response(429, json={"errors": [error]}), "POST", "/v2")
    assert raised.value.retry_after == 22
    old = {"error_message": "Complexity budget exhausted, reset in 17 seconds", "status_code": 429}
    with pytest.raises(SlowDown) as raised:
        monday._raise_for(httpx.Response(429, json=old), "POST", "/v2")
    assert raised.value.retry_after == 17


@pytest.mark.parametrize("kind", ["clickup", "monday", "trello", "todoist"])
def test_a_push_held_up_by_429s_waits_and_is_never_given_up(
    kind: str, chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, connect: Connect
) -> None:
    ana = chat_as("ana", "Ana")
    connect(kind)
    fake.fail(kind, 429, times=8)  # more than a failing push is ever tried
    (card,) = ana.say("send the Q4 deck to Sam by friday 5pm")
    ana.press("Confirm", card)
    (link,) = links(runtime)
    assert link.status == "synced" and link.error is None, link.error
    assert link.attempts == 1  # the rate-limited calls never counted as tries
    assert len(fake.of(kind)) >= 9 and len(fake.items[kind]) == 1
    assert not [m for m in ana.messages() if "Q4 deck" in m.text and "gave up" in m.text.lower()]
    assert fake.problems == []
