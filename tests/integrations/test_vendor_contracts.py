"""Each client, driven against the fake, makes only calls its vendor's own API description allows,
and the fake answers only what that description says (tests/contracts/specs/, SOURCES.md)."""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from flowhub.integrations import INTEGRATIONS
from flowhub.integrations.base import BadTarget, Integration
from flowhub.integrations.outbound import Outbound
from flowhub.storage import Task
from tests.auxil.fake_vendors import CONFIGS, JIRA_CLOUD_ID, JIRA_SCOPED_TOKEN, TOKENS, FakeVendors
from tests.contracts import graphql_contract
from tests.contracts.openapi import contract, described

DUE = datetime(2026, 3, 6, 16, 0, tzinfo=UTC)
TIMED = {"due_at": DUE, "due_tz": "Europe/Berlin", "due_grain": "minute", "priority": "high"}
ALL_DAY = {"due_at": DUE, "due_tz": "UTC", "due_grain": "day", "priority": "low"}


def _client(kind: str, fake: FakeVendors) -> Integration:
    url = httpx.URL(fake.url)
    rules = Outbound(https_only=False, allowed_hosts=frozenset({f"{url.host}:{url.port}"}))
    config = dict(CONFIGS[kind], base_url=f"{fake.url}/{kind}")
    secrets = {"token": TOKENS[kind], "access_token": TOKENS[kind]}
    return INTEGRATIONS[kind](config=config, secrets=secrets, rules=rules)


def _task(**fields: Any) -> Task:
    base: dict[str, Any] = {
        "id": 7, "workspace_id": 1, "chat_id": 1, "creator_id": 1, "title": "Plate the cake",
        "created_at": datetime(2026, 3, 1, 9, 0, tzinfo=UTC),
    }  # fmt: skip
    return Task(**(base | fields))


@pytest.mark.parametrize("kind", sorted(described() | graphql_contract.described()))
@pytest.mark.parametrize("fields", [{}, TIMED, ALL_DAY])
def test_every_call_of_a_push_close_reopen_and_check_is_one_the_vendor_documents(
    kind: str, fields: dict[str, Any], fake: FakeVendors
) -> None:
    client = _client(kind, fake)
    try:
        ref = client.push(_task(**fields))
    except BadTarget:
        assert client.needs_due and not fields
        return
    client.push(_task(**fields, title="Plate the cake and the tart"), ref)
    client.close(ref)
    client.reopen(ref)
    client.check()
    assert fake.of(kind) and fake.contract_problems == [] and fake.problems == []


def test_a_github_answer_missing_what_the_description_requires_is_caught() -> None:
    # What the fake answered before it followed the description: no url, state, user, ...
    drifted = {"id": 9001, "number": 1, "html_url": "https://github.com/acme/app/issues/1"}
    said = contract("github").check_response("POST", "/repos/acme/app/issues", 201, drifted)
    assert "answer: 'state' is a required property" in "\n".join(said)


def test_a_github_close_with_a_reason_github_does_not_know_is_refused_in_its_words() -> None:
    body = {"state": "closed", "state_reason": "done"}
    (said,) = contract("github").check_request("PATCH", "/repos/acme/app/issues/3", {}, body)
    assert "'done' is not one of ['completed', 'not_planned'" in said
    assert 'the description: "The reason for the state change."' in said


def test_a_field_the_description_does_not_name_is_refused() -> None:
    asana = contract("asana")
    body = {"data": {"name": "Plate the cake", "workspace": "1", "due": "2026-03-06"}}
    assert asana.check_request("POST", "/api/1.0/tasks", {}, body) == [
        "body['data'] names 'due', which the description does not document"
    ]


def test_a_calendar_event_needs_its_start_and_end_and_a_known_call() -> None:
    calendar = contract("google_calendar")
    events = "/calendar/v3/calendars/primary/events"
    assert calendar.check_request("POST", events, {}, {"summary": "Plate the cake"}) == [
        "body: 'end' is a required property",
        "body: 'start' is a required property",
    ]
    assert calendar.check_request("GET", events, {"maxResults": "many"}, None)
    assert calendar.check_request("POST", "/calendar/v2/events", {}, {})[0].startswith("not a call")


def test_the_fake_refuses_a_request_its_vendor_does_not_document(fake: FakeVendors) -> None:
    headers = {"Authorization": f"Bearer {TOKENS['asana']}"}
    body = {"data": {"name": "Plate the cake", "workspace": "1", "colour": "red"}}
    answer = httpx.post(f"{fake.url}/asana/api/1.0/tasks", json=body, headers=headers)
    assert answer.status_code == 400
    assert fake.contract_problems == [
        "asana POST /api/1.0/tasks: body['data'] names 'colour', which the description does not "
        "document"
    ]
    fake.contract_problems.clear()


def test_a_linear_input_field_or_value_its_schema_does_not_take_is_refused_in_its_words() -> None:
    linear = graphql_contract.contract("linear")
    create = "mutation C($input: IssueCreateInput!) { issueCreate(input: $input) { success } }"
    unknown = {"title": "Plate the cake", "teamId": "t", "due": "2026-03-06"}
    (said,) = linear.check_request({"query": create, "variables": {"input": unknown}})
    assert "'IssueCreateInput' not to include unknown field 'due'" in said
    wrong = {"title": "Plate the cake", "teamId": "t", "priority": "high"}
    (said,) = linear.check_request({"query": create, "variables": {"input": wrong}})
    assert "at .priority: Int cannot represent non-integer value: 'high'" in said
    asked = linear.check_request({"query": 'query { issue(id: "1") { id slug } }'})
    assert asked == ["Cannot query field 'slug' on type 'Issue'."]


def test_a_linear_answer_the_server_could_not_give_is_caught() -> None:
    linear = graphql_contract.contract("linear")
    teams = {"query": "query { teams { nodes { id key name } } }"}
    unnamed = {"data": {"teams": {"nodes": [{"id": "t1", "key": "ENG", "name": None}]}}}
    assert linear.check_response(teams, unnamed) == [
        "Cannot return null for non-nullable field Team.name. (at teams.nodes.0.name)"
    ]
    numeric = {"data": {"teams": {"nodes": [{"id": 1, "key": "ENG", "name": "Engineering"}]}}}
    (said,) = linear.check_response(teams, numeric)
    assert said.startswith("the answer's data is not what the operation selects")


def test_a_jira_transition_or_search_said_in_other_types_is_refused_in_atlassians_words() -> None:
    jira = contract("jira")
    path = "/rest/api/3/issue/10001/transitions"
    (said,) = jira.check_request("POST", path, {}, {"transition": {"id": 31}})
    assert (
        "31 is not of type 'string' (the description: \"The ID of the issue transition.\")" in said
    )
    search = {"jql": 'labels = "flowhub"', "fields": "summary", "maxResults": 1}
    (said,) = jira.check_request("POST", "/rest/api/3/search/jql", {}, search)
    assert "body['fields']: 'summary' is not of type 'array'" in said


def test_a_call_through_atlassians_gateway_is_checked_as_the_same_rest_call(
    fake: FakeVendors,
) -> None:
    pair = f"{CONFIGS['jira']['email']}:{JIRA_SCOPED_TOKEN}"
    headers = {"Authorization": "Basic " + base64.b64encode(pair.encode()).decode()}
    path = f"/jira/ex/jira/{JIRA_CLOUD_ID}/rest/api/3/search/jql"
    answer = httpx.post(f"{fake.url}{path}", json={"jql": "x", "maxResults": "1"}, headers=headers)
    assert answer.status_code == 400
    assert "body['maxResults']: '1' is not of type 'integer'" in fake.contract_problems[0]
    fake.contract_problems.clear()


def test_a_monday_id_answered_as_a_number_is_caught_as_monday_serves_ids_as_strings() -> None:
    monday = graphql_contract.contract("monday")
    board = {"query": "query { me { id } }"}
    assert monday.check_response(board, {"data": {"me": {"id": "1"}}}) == []
    (said,) = monday.check_response(board, {"data": {"me": {"id": 1}}})
    assert "{'me': {'id': 1}} is served as {'me': {'id': '1'}}" in said


def test_a_monday_column_type_its_schema_does_not_list_is_refused() -> None:
    monday = graphql_contract.contract("monday")
    query = "query ($t: [ColumnType!]) { boards { columns(types: $t) { id } } }"
    (said,) = monday.check_request({"query": query, "variables": {"t": ["deadline"]}})
    assert "Value 'deadline' does not exist in 'ColumnType' enum" in said


def test_a_to_do_status_or_importance_graph_does_not_define_is_refused() -> None:
    graph = contract("microsoft_todo")
    task = "/v1.0/me/todo/lists/list-1/tasks/AAMk1"
    (said,) = graph.check_request("PATCH", task, {}, {"status": "done"})
    assert "'done' is not one of ['notStarted', 'inProgress', 'completed'" in said
    (said,) = graph.check_request("PATCH", task, {}, {"importance": "urgent"})
    assert "'urgent' is not one of ['low', 'normal', 'high']" in said
    unset = {"dueDateTime": {"dateTime": None, "timeZone": "UTC"}}
    (said,) = graph.check_request("PATCH", task, {}, unset)
    assert said.startswith("body['dueDateTime']: {'dateTime': None, 'timeZone': 'UTC'} is not")


def test_a_notion_answer_or_body_the_sdk_types_do_not_allow_is_caught() -> None:
    notion = contract("notion")
    # What the fake answered before it followed the SDK's types: no object, parent, properties.
    drifted = {"id": "00001001-0000-4000-8000-000000000000", "url": "https://www.notion.so/x"}
    (said,) = notion.check_response("POST", "/v1/pages", 200, drifted)
    assert "is not valid under any of the given schemas" in said
    parent = {"type": "data_source_id", "data_source_id": "2f26ee68"}
    body = {"parent": parent, "properties": {}, "due": "2026-03-06"}
    assert notion.check_request("POST", "/v1/pages", {}, body) == [
        "body: Additional properties are not allowed ('due' was unexpected)",
        "body names 'due', which the description does not document",
    ]
