"""Rate limits and status names said the vendor's own way: retried later, never taken for lost
access; done said with the list's own status names."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import httpx
import pytest

from flowhub.integrations.base import Reconnect, RetryLater
from flowhub.integrations.clickup import ClickUp
from flowhub.integrations.google_calendar import GoogleCalendar
from flowhub.integrations.jira import Jira
from flowhub.integrations.linear import issue_id
from flowhub.integrations.outbound import Outbound
from flowhub.storage import Task
from tests.auxil.fake_vendors import (
    CONFIGS,
    JIRA_CLOUD_ID,
    JIRA_SCOPED_TOKEN,
    TOKENS,
    FakeVendors,
)


def _google_403(reason: str, **headers: str) -> httpx.Response:
    # The shape Google's Calendar API documents under "Handle API errors".
    error = {"domain": "usageLimits", "reason": reason, "message": "Rate Limit Exceeded"}
    body = {"error": {"errors": [error], "code": 403, "message": "Rate Limit Exceeded"}}
    return httpx.Response(403, json=body, headers=headers)


@pytest.mark.parametrize(
    ("reason", "wait"),
    [
        ("rateLimitExceeded", 30.0),
        ("userRateLimitExceeded", 30.0),
        ("quotaExceeded", 60.0),
        ("dailyLimitExceeded", 3600.0),
    ],
)
def test_google_quota_403s_are_retried_with_backoff(reason: str, wait: float) -> None:
    calendar = GoogleCalendar(config={}, secrets={"access_token": "t"})
    with pytest.raises(RetryLater) as said:
        calendar._raise_for(_google_403(reason), "POST", "/calendar/v3/calendars/primary/events")
    assert said.value.retry_after == wait


def test_a_google_403_for_access_still_asks_to_reconnect() -> None:
    calendar = GoogleCalendar(config={}, secrets={"access_token": "t"})
    with pytest.raises(Reconnect):
        calendar._raise_for(_google_403("forbidden"), "GET", "/calendar/v3/users/me")
    with pytest.raises(Reconnect):
        calendar._raise_for(httpx.Response(403, text="<html>no</html>"), "GET", "/x")


def test_clickup_429_waits_until_its_rate_limit_reset() -> None:
    clickup = ClickUp(config={"list_id": "1"}, secrets={"token": "pk_1"})
    headers = {
        "X-RateLimit-Reset": "1767225645",  # 2026-01-01 00:00:45 UTC
        "Date": "Thu, 01 Jan 2026 00:00:00 GMT",
        "X-RateLimit-Remaining": "0",
    }
    with pytest.raises(RetryLater) as said:
        clickup._raise_for(
            httpx.Response(429, json={"err": "Rate limit"}, headers=headers), "PUT", "/"
        )
    assert said.value.retry_after == 45.0


def test_clickup_done_and_undone_use_the_lists_own_status_names(fake: FakeVendors) -> None:
    url = httpx.URL(fake.url)
    rules = Outbound(https_only=False, allowed_hosts=frozenset({f"{url.host}:{url.port}"}))
    clickup = ClickUp(
        config={"list_id": CONFIGS["clickup"]["list_id"], "base_url": f"{fake.url}/clickup"},
        secrets={"token": TOKENS["clickup"]},
        rules=rules,
    )
    ref = clickup.push(Task(id=3, workspace_id=1, chat_id=1, creator_id=1, title="Plate the cake"))
    clickup.close(ref)
    clickup.reopen(ref)
    assert [c.json["status"] for c in fake.of("clickup", "PUT")] == ["shipped", "backlog"]
    assert fake.problems == []


def test_a_linear_issue_id_is_a_uuid_v4_stable_per_task_and_team() -> None:
    made = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)
    task = Task(id=1, workspace_id=1, chat_id=1, creator_id=1, title="Ship it", created_at=made)
    first = uuid.UUID(issue_id(task, "ENG"))
    assert first.version == 4 and first.variant == uuid.RFC_4122
    assert issue_id(task, "ENG") == str(first)  # a retry creates under the same id
    assert issue_id(task, "OPS") != str(first)
    later = made.replace(day=5)
    other = Task(id=1, workspace_id=1, chat_id=1, creator_id=1, title="Ship it", created_at=later)
    assert issue_id(other, "ENG") != str(first)  # another deployment's task 1


def _jira(fake: FakeVendors, token: str, **config: object) -> Jira:
    url = httpx.URL(fake.url)
    rules = Outbound(https_only=False, allowed_hosts=frozenset({f"{url.host}:{url.port}"}))
    return Jira(
        config={**CONFIGS["jira"], "base_url": f"{fake.url}/jira", **config},
        secrets={"token": token},
        rules=rules,
    )


def test_a_scoped_jira_token_goes_through_atlassians_gateway(fake: FakeVendors) -> None:
    jira = _jira(fake, JIRA_SCOPED_TOKEN)
    assert jira.check() == "project OPS (Operations)"
    assert jira.config["cloud_id"] == JIRA_CLOUD_ID and jira.config["scoped"]
    # A connection opened later from the saved config keeps to the gateway.
    again = _jira(fake, JIRA_SCOPED_TOKEN, **jira.config)
    again.push(Task(id=5, workspace_id=1, chat_id=1, creator_id=1, title="Fix the oven"))
    (create,) = fake.creates("jira")
    assert create.path == "/rest/api/3/issue"  # reached, as the gateway's path
    assert fake.problems == []


def test_a_classic_jira_token_stays_on_the_site_and_a_bad_one_still_asks_to_reconnect(
    fake: FakeVendors,
) -> None:
    jira = _jira(fake, TOKENS["jira"])
    jira.check()
    assert "cloud_id" not in jira.config
    with pytest.raises(Reconnect):
        _jira(fake, "revoked-token").check()
