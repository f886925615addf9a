"""Each task tool's documented rate limits, metered before every call.

A tool's limits are keyed by its account (a digest of the token, or of Trello's API key), so
every process that calls the same account shares one budget: through Redis when
FLOWHUB_REDIS_URL is set (`flowhub.meter`), else within this process. The limits are shared
ones (`queued=False`): a call is charged only when it goes. A call that would have to wait a
moment waits here; one that would wait longer raises `SlowDown`, and its job runs again then.

The numbers are each vendor's published limits for its smallest paid or free plan; a quarter of
a window's count may go back to back and the rest is spread over the window, so no window
holds more than the vendor allows:

| tool | documented limit | per |
|---|---|---|
| ClickUp | 100 requests a minute (Free, Unlimited, Business) | token |
| Trello | 300 requests in 10 s; 100 requests in 10 s | API key; token |
| monday.com | 500 queries a minute (the minute limit of the smallest plans) | token |
| Todoist | 1000 requests in 15 minutes | user token |
| Asana | 150 requests a minute (free workspaces) | token |
| GitHub | 5000 requests an hour | token |
| Linear | 5000 requests an hour | API key |
| Notion | 3 requests a second on average | integration token |
| HubSpot | 100 requests in 10 s (private apps, Free and Starter) | token |

monday.com also spends a complexity budget per token and minute and a day's calls per account:
those are kept in `monday_limits`, from what monday reports with each answer.

Jira (cost-based points), Google Calendar, Microsoft Graph and Pipedrive (token budgets) publish
no fixed count per account, so only their 429 and Retry-After are followed; nor do Salesforce (a
day's allocation per org, by edition and licences: its 403 `REQUEST_LIMIT_EXCEEDED`) and Zoho CRM
(a day's credits and a concurrency limit per org, by edition: its 429).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from flowhub.meter import Limit, Limiter

# A wait this short is slept in place; a longer one hands the job back to the queue.
SLEEP_AT_MOST = 2.0


@dataclass(frozen=True, slots=True)
class Budget:
    """`count` calls per `seconds`, per account of the kind `per` names ("token" or "key")."""

    count: int
    seconds: float
    per: str = "token"


BUDGETS: dict[str, tuple[Budget, ...]] = {
    "clickup": (Budget(100, 60),),
    "trello": (Budget(300, 10, per="key"), Budget(100, 10)),
    "monday": (Budget(500, 60),),
    "todoist": (Budget(1000, 900),),
    "asana": (Budget(150, 60),),
    "github": (Budget(5000, 3600),),
    "linear": (Budget(5000, 3600),),
    "notion": (Budget(30, 10),),
    "hubspot": (Budget(100, 10),),
}


def limits_for(
    kind: str, config: Mapping[str, Any], secrets: Mapping[str, str]
) -> tuple[Limit, ...]:
    """The meters a call of tool `kind` with this account's config and secrets counts against."""
    found = []
    for budget in BUDGETS.get(kind, ()):
        if budget.per == "key":
            account = str(config.get("key") or "")
        else:
            account = secrets.get("token") or secrets.get("access_token") or ""
        if not account:
            continue
        digest = hashlib.sha256(account.encode()).hexdigest()[:20]
        # A quarter may go back to back; the rest is spread so no window holds more than `count`.
        burst = max(1, budget.count // 4)
        rate = (budget.count - burst) / budget.seconds
        key = f"tool:{kind}:{budget.per}:{int(budget.seconds)}:{digest}"
        found.append(Limit(key, rate, burst, queued=False))
    return tuple(found)


def wait_for(meter: Limiter, limits: tuple[Limit, ...]) -> float:
    """Take a slot under `limits`, sleeping through a short wait; the seconds still to wait
    (0: the call may go now)."""
    if not limits:
        return 0.0
    wait = meter.reserve(limits, time.time())
    for _ in range(3):
        if wait <= 0 or wait > SLEEP_AT_MOST:
            break
        time.sleep(wait)
        wait = meter.reserve(limits, time.time())
    return max(0.0, wait)


__all__ = ["BUDGETS", "Budget", "limits_for", "wait_for"]
