"""monday.com's limits beyond its queries a minute: the complexity budget and the day's calls.

As monday documents them (developer.monday.com/api-reference/docs/rate-limits, September 2026,
and its support article "API Rate Limits"):

- Complexity: each query costs points out of a budget per token and minute. Personal API tokens
  (what FlowHub connects with) have 10M points a minute for reads and writes together, 1M on
  free and trial accounts; app tokens 5M for reads and 5M for writes. The window closes 60 s
  after its first call. One query may cost at most 5M; a `create_item` costs about 10,000.
  Going over answers `COMPLEXITY_BUDGET_EXHAUSTED` with `retry_in_seconds` (before 2025-01 a
  `ComplexityException`, "… reset in N seconds").
- Daily calls, per account and plan: Free and Trial 200, Basic and Standard 1,000, Pro 10,000,
  Enterprise 25,000 (the last two soft); they reset at midnight UTC (`DAILY_LIMIT_EXCEEDED`).
- Queries a minute: metered with the other tools' counts in `rate_limits`.

Every operation FlowHub sends asks for `complexity { before after query reset_in_x_seconds }`,
and what is left is kept per token in the shared meter (`flowhub.meter.Allowances`, in Redis
when configured), so every worker sees it: a call goes only while the window holds its expected
cost, else it waits for the window to close (briefly in place, else its job is queued for then).
An exhausted-budget error empties the window for the seconds it names. Until monday has
reported, a window holds the smallest budget (1M). The day's calls are counted per account
against `FLOWHUB_MONDAY_DAILY_CALLS` (default 200, the Free plan's).
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Mapping
from typing import Any, TypeGuard

from flowhub.integrations.rate_limits import SLEEP_AT_MOST
from flowhub.meter import Allowances

# The smallest per-minute complexity budget of a personal token (free and trial accounts).
SMALLEST_BUDGET = 1_000_000
# What one of FlowHub's operations is expected to cost: monday's figure for `create_item`.
EXPECTED_COST = 10_000
WINDOW_SECONDS = 60.0
# The Free plan's calls a day; FLOWHUB_MONDAY_DAILY_CALLS names the account's plan's.
SMALLEST_DAILY_CALLS = 200
DAY = 86_400.0
# monday says its resets in whole seconds: a window is kept one more, so no call lands just
# before the reset and is refused.
MARGIN = 1.0

_OLD_RESET = re.compile(r"reset in (\d+) seconds?", re.IGNORECASE)


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:20]


def budget_key(secrets: Mapping[str, str]) -> str | None:
    """The meter key of the token's complexity budget; None without a token."""
    token = secrets.get("token") or secrets.get("access_token") or ""
    return f"tool:monday:complexity:{_digest(token)}" if token else None


def day_key(config: Mapping[str, Any], secrets: Mapping[str, str]) -> str | None:
    """The meter key of the account's calls today (by the token until the account is known)."""
    account = str(config.get("account_id") or "")
    token = secrets.get("token") or secrets.get("access_token") or ""
    if account:
        return f"tool:monday:day:account:{account}"
    return f"tool:monday:day:token:{_digest(token)}" if token else None


def midnight_after(now: float) -> float:
    """The next midnight UTC after `now` (Unix seconds), when monday's daily counts reset."""
    return (now // DAY + 1) * DAY


def until_midnight() -> float:
    """The seconds until the day's calls are counted anew."""
    now = time.time()
    return midnight_after(now) - now


def admit(
    meter: Allowances,
    config: Mapping[str, Any],
    secrets: Mapping[str, str],
    daily_calls: int | None = None,
) -> float:
    """Take the call's expected complexity and one of today's calls, sleeping through a short
    wait; the seconds still to wait (0: the call may go now)."""
    wait = 0.0
    for _ in range(3):
        wait = _take(meter, config, secrets, daily_calls or SMALLEST_DAILY_CALLS, time.time())
        if wait <= 0 or wait > SLEEP_AT_MOST:
            break
        time.sleep(wait)
    return max(0.0, wait)


def _take(
    meter: Allowances,
    config: Mapping[str, Any],
    secrets: Mapping[str, str],
    daily_calls: int,
    now: float,
) -> float:
    budget, day = budget_key(secrets), day_key(config, secrets)
    if budget is None or day is None:
        return 0.0
    # The complexity first: a day's call is the scarcer, so it is only taken for a call that goes.
    wait = meter.spend(budget, EXPECTED_COST, SMALLEST_BUDGET, now + WINDOW_SECONDS, now)
    if wait > 0:
        return wait
    return meter.spend(day, 1, daily_calls, midnight_after(now), now)


def settle(meter: Allowances, secrets: Mapping[str, str], complexity: Any) -> None:
    """Keep what monday reports is left of the token's budget (`complexity` of an answer)."""
    key = budget_key(secrets)
    if key is None or not isinstance(complexity, dict):
        return
    left, reset = complexity.get("after"), complexity.get("reset_in_x_seconds")
    if not _number(left) or not _number(reset):
        return
    now = time.time()
    meter.settle(key, float(left), now + max(0.0, float(reset)) + MARGIN, now)


def exhausted(
    meter: Allowances,
    config: Mapping[str, Any],
    secrets: Mapping[str, str],
    limit: str,
    wait: float,
) -> None:
    """Empty the window monday says is used up ("complexity" or "day") for `wait` seconds, so
    no worker calls before then."""
    key = budget_key(secrets) if limit == "complexity" else day_key(config, secrets)
    if key is not None and limit in ("complexity", "day"):
        now = time.time()
        meter.settle(key, 0.0, now + wait + MARGIN, now)


def limit_error(data: Any) -> tuple[str, float | None] | None:
    """Which limit a monday error answer says was hit ("complexity", "day", "minute") and the
    seconds it says to wait (None when it names none); None for other errors."""
    if not isinstance(data, dict):
        return None
    wait = _said_wait(data)
    codes = [str(data.get("error_code") or "")]
    texts = [str(data.get("error_message") or "")]
    for error in data.get("errors") or ():
        if isinstance(error, dict):
            extensions = error.get("extensions")
            if isinstance(extensions, dict):
                codes.append(str(extensions.get("code") or ""))
            texts.append(str(error.get("message") or ""))
        else:
            texts.append(str(error))  # the older answers list their errors as plain text
    said = " ".join(codes + texts).casefold()
    if "complexity" in said:
        return "complexity", wait
    if "daily_limit" in said or "daily limit" in said:
        return "day", wait
    rate = ("rate_limit", "rate limit", "call limit", "concurrency")
    if wait is not None or any(word in said for word in rate):
        return "minute", wait
    return None


def _said_wait(data: dict[str, Any]) -> float | None:
    """An error's `extensions.retry_in_seconds`, or the older message's "reset in N seconds"."""
    for error in data.get("errors") or ():
        extensions = error.get("extensions") if isinstance(error, dict) else None
        said = extensions.get("retry_in_seconds") if isinstance(extensions, dict) else None
        if _number(said):
            return max(0.0, float(said))
    texts = [str(data.get("error_message") or "")]
    texts += [e for e in data.get("errors") or () if isinstance(e, str)]
    for text in texts:
        found = _OLD_RESET.search(text)
        if found:
            return float(found.group(1))
    return None


def _number(value: Any) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


__all__ = [
    "EXPECTED_COST",
    "SMALLEST_BUDGET",
    "SMALLEST_DAILY_CALLS",
    "admit",
    "budget_key",
    "day_key",
    "exhausted",
    "limit_error",
    "midnight_after",
    "settle",
    "until_midnight",
]
