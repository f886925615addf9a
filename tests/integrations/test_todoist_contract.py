"""FlowHub's Todoist client speaks API v1 as the official SDK does (tests/contracts/todoist.py)."""

from __future__ import annotations

from datetime import UTC, datetime

from flowhub.integrations.todoist import TASK_URL, Todoist
from flowhub.storage import Task
from tests.contracts import todoist as contract


def _task(**fields: object) -> Task:
    base: dict[str, object] = {
        "id": 7, "workspace_id": 1, "chat_id": 1, "creator_id": 1, "title": "Send the invoice",
        "priority": "high", "due_at": datetime(2026, 3, 6, 16, 0, tzinfo=UTC),
    }  # fmt: skip
    return Task(**(base | fields))


def test_the_retired_rest_v2_is_no_call_the_sdk_makes() -> None:
    assert contract.check_request("POST", "/rest/v2/tasks", {"content": "x"})
    assert contract.check_request("GET", "/rest/v2/projects", None)


def test_a_create_body_holds_only_parameters_the_sdk_sends() -> None:
    body = Todoist(config={}, secrets={"token": "t"})._fields(_task())
    assert contract.check_request("POST", contract.TASKS, body) == []
    assert contract.check_request("POST", contract.TASKS, body | {"due": "tomorrow"}) == [
        "unknown parameter 'due'"
    ]
    assert contract.check_request("POST", contract.TASKS, body | {"priority": 5})


def test_the_client_calls_the_sdks_host_and_links_to_the_apps_task_page() -> None:
    assert Todoist.api_url + contract.API_PATH == contract.endpoints.API_URL
    assert TASK_URL.format(id="6X7rM8997g3RQmvh") == f"{contract.TASK_URL}/6X7rM8997g3RQmvh"
