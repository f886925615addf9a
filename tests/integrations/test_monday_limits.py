"""monday.com's limits as monday documents them: every operation asks what it cost and what is
left of the token's complexity budget, what is left is kept in the shared meter (Redis across
processes), a call the budget cannot pay for waits for the window monday names instead of being
sent to be refused, an exhausted-budget error holds every worker until its reset, and the
account's calls a day stop at its plan's limit (the Free plan's 200 unless
FLOWHUB_MONDAY_DAILY_CALLS says more) until midnight UTC."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from graphql import FieldNode, OperationDefinitionNode

from flowhub.bot.runtime import Runtime
from flowhub.integrations import monday_limits
from flowhub.integrations.base import SlowDown
from flowhub.integrations.config import tool_config
from flowhub.integrations.connection import build
from flowhub.integrations.monday import Monday
from flowhub.meter import MemoryLimiter, Meter, build_meter
from flowhub.settings import Settings
from flowhub.storage import Task
from tests.auxil.fake_vendors import CONFIGS, TOKENS, FakeVendors
from tests.auxil.vendors.monday import ACCOUNT_ID
from tests.conftest import ChatFactory
from tests.contracts import graphql_contract
from tests.contracts.trim_graphql import operations
from tests.integrations.conftest import Connect, links

OTHER_TOKEN = "monday-someone-else-0123"


def _monday(
    settings: Settings, meter: Meter, token: str = TOKENS["monday"], **config: str
) -> Monday:
    """The client as a worker builds it, on `meter`."""
    tools = replace(tool_config(settings), meter=meter)
    config = {**CONFIGS["monday"], **config}
    made = build("monday", config=config, secrets={"token": token}, tools=tools)
    assert isinstance(made, Monday)
    return made


def _task(title: str) -> Task:
    due = datetime.now(UTC) + timedelta(days=2)
    return Task(id=7, workspace_id=1, creator_id=1, title=title, due_at=due, due_tz="UTC")


def _window(fake: FakeVendors, left: int, seconds: float) -> None:
    """What is left of the token's budget at monday, and when its window closes."""
    fake.items["monday_budget"]["window"] = {"left": left, "closes": time.monotonic() + seconds}


def _held(call: Any) -> float:
    """How long `call` is told to wait; it must be held."""
    with pytest.raises(SlowDown) as raised:
        call()
    return raised.value.retry_after


def _until_midnight() -> float:
    now = datetime.now(UTC)
    return (
        datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), UTC) - now
    ).total_seconds()


def test_every_operation_of_the_client_asks_for_its_complexity() -> None:
    found = operations("monday")
    assert len(found) >= 5
    for document in found:
        (operation,) = document.definitions
        assert isinstance(operation, OperationDefinitionNode)
        roots = {
            f.name.value for f in operation.selection_set.selections if isinstance(f, FieldNode)
        }
        assert "complexity" in roots


def test_monday_s_schema_checks_the_complexity_asked_for_and_answered() -> None:
    schema = graphql_contract.contract("monday")
    asked = {"query": "mutation { complexity { before after query reset_in_x_seconds } }"}
    assert schema.check_request(asked) == []
    (said,) = schema.check_request({"query": "mutation { complexity { remaining } }"})
    assert "remaining" in said
    good = {"before": 5_000_000, "after": 4_990_000, "query": 10_000, "reset_in_x_seconds": 42}
    assert schema.check_response(asked, {"data": {"complexity": good}}) == []
    late = {**good, "reset_in_x_seconds": "42 seconds"}  # an Int! the fake may not bend
    assert schema.check_response(asked, {"data": {"complexity": late}})


def test_what_monday_reports_left_is_kept_and_a_call_it_cannot_pay_for_waits(
    settings: Settings, fake: FakeVendors
) -> None:
    meter = MemoryLimiter()
    tool = _monday(settings, meter)
    assert tool.check() and tool.config["account_id"] == ACCOUNT_ID
    _window(fake, 15_000, 4.2)
    ref = tool.push(_task("Book the van"))  # monday: 5,000 left, reset in 5 s
    sent = len(fake.of("monday"))
    waits = [_held(lambda: tool.push(_task("Order the cake"))), _held(lambda: tool.close(ref))]
    assert all(3 < wait <= 6.1 for wait in waits)  # its 5 s and one more, as monday rounds
    assert len(fake.of("monday")) == sent  # held here, never sent to be refused
    time.sleep(waits[-1] - 1.5)  # the last stretch is slept in place; then a new, full window
    tool.push(_task("Order the cake"))
    assert len(fake.creates("monday")) == 2


def test_workers_on_one_redis_share_what_is_left_of_a_tokens_budget(
    settings: Settings, fake: FakeVendors, redis_url: str
) -> None:
    first, second = build_meter(redis_url), build_meter(redis_url)  # two processes
    tool = _monday(settings, first)
    tool.check()
    _window(fake, 12_345, 45)
    tool.push(_task("Book the van"))  # 2,345 left, reset in 45 s
    sent = len(fake.of("monday"))
    assert 45 <= _held(lambda: _monday(settings, second).push(_task("Order the cake"))) <= 47
    assert len(fake.of("monday")) == sent
    other = {"token": OTHER_TOKEN}
    assert monday_limits.admit(second, CONFIGS["monday"], other) == 0  # its own budget


@pytest.mark.parametrize(
    ("answer", "wait"),
    [
        # API version 2025-07 and later
        (
            {
                "errors": [
                    {
                        "message": "Complexity budget exhausted",
                        "extensions": {
                            "code": "COMPLEXITY_BUDGET_EXHAUSTED",
                            "retry_in_seconds": 33,
                        },
                    }
                ]
            },
            33,
        ),
        # 2025-01 to 2025-04: the budget's figures beside the wait
        (
            {
                "errors": [
                    {
                        "message": "Complexity budget exhausted",
                        "extensions": {
                            "code": "COMPLEXITY_BUDGET_EXHAUSTED",
                            "complexity": 6182,
                            "complexity_budget_left": 100,
                            "complexity_budget_limit": 5000000,
                            "retry_in_seconds": 27,
                            "status_code": 429,
                        },
                    }
                ]
            },
            27,
        ),
        # the older ComplexityException: its errors are plain text
        (
            {
                "error_code": "ComplexityException",
                "status_code": 429,
                "error_message": "Complexity budget exhausted, query cost 30001 budget remaining "
                "19986 out of 1000000 reset in 13 seconds",
                "error_data": {},
                "errors": [
                    "Complexity budget exhausted, query cost 30001 budget remaining 19986 out of "
                    "1000000 reset in 13 seconds"
                ],
                "account_id": 1234567890,
            },
            13,
        ),
    ],
)
@pytest.mark.parametrize("status", [429, 200])
def test_an_exhausted_budget_holds_every_worker_until_the_reset_monday_names(
    answer: dict[str, Any], wait: float, status: int, settings: Settings, redis_url: str
) -> None:
    first, second = build_meter(redis_url), build_meter(redis_url)
    tool = _monday(settings, first)
    tool._call = lambda *_, **__: httpx.Response(status, json=answer)  # type: ignore[method-assign]
    if status == 429:
        tool._call = lambda *_, **__: tool._raise_for(  # type: ignore[method-assign]
            httpx.Response(429, json=answer), "POST", "/v2"
        )
    assert _held(lambda: tool.graphql("query { me { id } }", {})) == wait
    assert wait <= monday_limits.admit(second, CONFIGS["monday"], tool.secrets) <= wait + 1


def test_the_accounts_calls_a_day_stop_at_its_plans_limit_until_midnight_utc(
    settings: Settings, fake: FakeVendors
) -> None:
    assert _monday(settings, MemoryLimiter()).daily_calls == 200  # the Free plan's, by default
    settings = settings.model_copy(update={"monday_daily_calls": 4})
    meter = MemoryLimiter()
    tool = _monday(settings, meter, account_id=ACCOUNT_ID)  # as "connect monday" stored it
    for _ in range(4):
        tool.check()
    assert len(fake.of("monday")) == 4
    assert _until_midnight() - 2 <= _held(tool.check) <= _until_midnight() + 1
    colleague = _monday(settings, meter, token=OTHER_TOKEN, account_id=ACCOUNT_ID)
    assert _held(colleague.check) > 0  # the same account's other token counts the same day
    assert len(fake.of("monday")) == 4
    elsewhere = {"token": OTHER_TOKEN}
    assert monday_limits.admit(meter, {"account_id": "77"}, elsewhere, daily_calls=4) == 0


@pytest.mark.parametrize(("extensions", "wait"), [({}, None), ({"retry_in_seconds": 90}, 90)])
def test_monday_saying_the_days_calls_are_used_up_holds_calls_until_midnight_utc(
    extensions: dict[str, Any], wait: float | None, settings: Settings
) -> None:
    meter = MemoryLimiter()
    tool = _monday(settings, meter)
    code = {"code": "DAILY_LIMIT_EXCEEDED", **extensions}
    said = {"errors": [{"message": "Daily limit exceeded", "extensions": code}]}
    answer = httpx.Response(429, json=said)
    expected = wait if wait is not None else _until_midnight()
    assert expected - 2 <= _held(lambda: tool._raise_for(answer, "POST", "/v2")) <= expected + 1
    assert expected - 1 <= monday_limits.admit(meter, tool.config, tool.secrets) <= expected + 2


# 500: monday refuses the first call and names its reset; 5,000: the first call's answer says
# so little is left that FlowHub holds the create itself.
@pytest.mark.parametrize("left", [500, 5_000])
def test_a_push_the_budget_holds_up_waits_for_the_reset_and_is_made_once(
    left: int, chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, connect: Connect
) -> None:
    ana = chat_as("ana", "Ana")
    connect("monday")
    (card,) = ana.say("send the Q4 deck to Sam by friday 5pm")
    _window(fake, left, 0.6)  # other apps of the account spent the minute's budget
    started = time.monotonic()
    ana.press("Confirm", card)
    (link,) = links(runtime)
    assert link.status == "synced" and link.error is None and link.attempts == 1
    assert len(fake.creates("monday")) == 1 and len(fake.items["monday"]) == 1
    assert time.monotonic() - started >= 1.0  # it waited for the window to close
