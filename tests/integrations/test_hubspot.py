"""HubSpot from chat: connect with a private app token, tasks go in linked to the company, deal
or contact they name (or unlinked, and the person is told), follow edits, done and reopen, and
"done" in HubSpot comes back through a v3-signed webhook."""

from __future__ import annotations

import base64
import json
import time
from urllib.parse import urlsplit

import httpx
import pytest
from fastapi.testclient import TestClient

from flowhub.bot.runtime import Runtime
from flowhub.integrations import INTEGRATIONS, RetryLater
from flowhub.integrations.base import hmac_digest
from flowhub.integrations.records import record_names
from flowhub.storage import IntegrationConnection
from tests.auxil.fake_vendors import TOKENS, FakeVendors
from tests.auxil.vendors.hubspot import PORTAL_ID
from tests.conftest import ChatFactory
from tests.contracts.openapi import contract
from tests.integrations.conftest import HOOK_SECRET, PUBLIC_URL, all_tasks, links, stored

TOKEN = TOKENS["hubspot"]


def _connected(chat_as: ChatFactory, secret: str = HOOK_SECRET) -> tuple[object, str]:
    ana = chat_as("ana", "Ana")
    prompt = ana.say("connect hubspot")[0].text
    assert "Connecting HubSpot" in prompt and "Private Apps" in prompt
    done = ana.say(f"{TOKEN} {secret}".strip())[-1].text
    return ana, done


def _task_created(fake: FakeVendors) -> dict[str, object]:
    (create,) = fake.creates("hubspot")
    return create.json


def test_connect_hubspot_checks_the_token_and_says_how_done_comes_back(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors
) -> None:
    _, done = _connected(chat_as)
    assert done.startswith(f"✅ HubSpot connected: account {PORTAL_ID}.")
    (row,) = stored(runtime, IntegrationConnection)
    assert row.config["portal_id"] == str(PORTAL_ID)
    assert f"{PUBLIC_URL}/webhooks/integrations/hubspot?connection={row.id}" in done
    assert "hs_task_status" in done
    assert TOKEN not in json.dumps(row.model_dump(mode="json"))
    assert fake.of("hubspot", "GET", "/crm/v3/objects/tasks")


def test_a_wrong_token_is_refused_before_anything_is_saved(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors
) -> None:
    ana = chat_as("ana", "Ana")
    ana.say("connect hubspot")
    failed = ana.say("pat-eu1-not-the-right-token")[-1].text
    assert failed.startswith("❌ That didn't work")
    assert stored(runtime, IntegrationConnection) == []


@pytest.mark.parametrize(
    ("said", "record", "type_id"),
    [
        ("follow up with ACME Corp on friday", "9001", 192),
        ("send the Initech renewal quote by monday", "9101", 216),
        ("book a demo with priya nair next week", "9201", 204),
    ],
)
def test_a_task_naming_a_record_is_associated_with_it(
    said: str,
    record: str,
    type_id: int,
    chat_as: ChatFactory,
    runtime: Runtime,
    fake: FakeVendors,
) -> None:
    ana, _ = _connected(chat_as)
    (card,) = ana.say(said)
    told = [m.text for m in ana.press("Confirm", card)]
    created = _task_created(fake)
    (association,) = created["associations"]  # type: ignore[index]
    assert association["to"] == {"id": record}
    assert association["types"] == [
        {"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": type_id}
    ]
    assert created["properties"]["hs_task_status"] == "NOT_STARTED"  # type: ignore[index]
    assert not any("not linked" in text for text in told)
    (link,) = links(runtime)
    assert link.url == f"https://app.hubspot.com/tasks/{PORTAL_ID}/view/all/task/{link.external_id}"


@pytest.mark.parametrize(
    "said",
    [
        "follow up with Umbrella Inc on friday",
        "call Hooli about the contract tomorrow",
        "check in with stark industries next week",
    ],
)
def test_a_task_naming_no_known_record_goes_in_unlinked_and_the_person_is_told(
    said: str, chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors
) -> None:
    ana, _ = _connected(chat_as)
    (card,) = ana.say(said)
    told = [m.text for m in ana.press("Confirm", card)]
    assert _task_created(fake)["associations"] == []
    (note,) = [text for text in told if "not linked to a record" in text]
    assert note.startswith("🔗 ") and "HubSpot has none named" in note
    assert links(runtime)[0].status == "synced"


def test_a_task_naming_nothing_goes_in_without_a_search_or_a_note(
    chat_as: ChatFactory, fake: FakeVendors
) -> None:
    ana, _ = _connected(chat_as)
    (card,) = ana.say("buy milk tomorrow")
    told = [m.text for m in ana.press("Confirm", card)]
    assert _task_created(fake)["associations"] == []
    assert fake.of("hubspot", "POST", "/search") == []
    assert not any("not linked" in text for text in told)


def test_edits_done_and_reopen_follow_into_hubspot(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors
) -> None:
    ana, _ = _connected(chat_as)
    (card,) = ana.say("send the Q4 deck to ACME Corp by friday 5pm")
    ana.press("Confirm", card)
    (link,) = links(runtime)
    task = fake.items["hubspot"][str(link.external_id)]
    assert task["properties"]["hs_task_subject"] == all_tasks(runtime)[0].title

    ana.say("make it urgent")
    assert task["properties"]["hs_task_priority"] == "HIGH"
    ana.say("assign it to Sam")
    assert task["properties"]["hubspot_owner_id"] == "501"
    ana.say("done with the Q4 deck")
    assert task["properties"]["hs_task_status"] == "COMPLETED"
    ana.say("undo")
    assert task["properties"]["hs_task_status"] == "NOT_STARTED"
    assert fake.problems == []


def _signed(url: str, body: bytes, secret: str, *, age_ms: int = 0) -> dict[str, str]:
    stamp = str(int(time.time() * 1000) - age_ms)
    signature = hmac_digest(secret, b"POST" + url.encode() + body + stamp.encode())
    return {
        "X-HubSpot-Signature-v3": base64.b64encode(signature).decode(),
        "X-HubSpot-Request-Timestamp": stamp,
        "Content-Type": "application/json",
    }


def _status_event(task_id: str, value: str, portal: int = PORTAL_ID) -> bytes:
    event = {
        "eventId": 1,
        "subscriptionId": 22,
        "portalId": portal,
        "appId": 33,
        "occurredAt": int(time.time() * 1000) + 60_000,
        "subscriptionType": "object.propertyChange",
        "attemptNumber": 0,
        "objectId": int(task_id),
        "objectTypeId": "0-27",
        "propertyName": "hs_task_status",
        "propertyValue": value,
        "changeSource": "CRM_UI",
    }
    return json.dumps([event]).encode()


def test_done_in_hubspot_comes_back_through_its_signed_webhook(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, client: TestClient
) -> None:
    ana, _ = _connected(chat_as)
    (card,) = ana.say("follow up with ACME Corp on friday")
    ana.press("Confirm", card)
    (link,) = links(runtime)
    (row,) = stored(runtime, IntegrationConnection)
    url = f"{PUBLIC_URL}/webhooks/integrations/hubspot?connection={row.id}"
    path = "/webhooks/integrations/hubspot?" + (urlsplit(url).query)
    body = _status_event(str(link.external_id), "COMPLETED")

    wrong = client.post(path, content=body, headers=_signed(url, body, "not-the-secret"))
    assert wrong.status_code == 403
    stale = client.post(path, content=body, headers=_signed(url, body, HOOK_SECRET, age_ms=6e5))
    assert stale.status_code == 403
    other = _status_event(str(link.external_id), "COMPLETED", portal=1)
    ignored = client.post(path, content=other, headers=_signed(url, other, HOOK_SECRET))
    assert ignored.status_code == 200 and all_tasks(runtime)[0].status == "open"

    answer = client.post(path, content=body, headers=_signed(url, body, HOOK_SECRET))
    assert answer.status_code == 200, answer.text
    assert all_tasks(runtime)[0].status == "done"
    assert any(m.text.startswith("✅ Closed in HubSpot") for m in ana.messages())


def test_hubspot_rate_limits_wait_as_its_headers_say() -> None:
    hubspot = INTEGRATIONS["hubspot"](config={}, secrets={"token": TOKEN})
    burst = {"X-HubSpot-RateLimit-Interval-Milliseconds": "10000"}
    secondly = {"X-HubSpot-RateLimit-Secondly-Remaining": "0", **burst}
    daily = {"X-HubSpot-RateLimit-Daily-Remaining": "0", **burst}
    cases = [(burst, 10.0), (secondly, 1.0), (daily, 3600.0), ({}, 10.0)]
    for headers, wait in cases:
        response = httpx.Response(429, headers=headers, json={"status": "error"})
        with pytest.raises(RetryLater) as raised:
            hubspot._raise_for(response, "POST", "/crm/v3/objects/tasks")
        assert raised.value.retry_after == wait


def test_a_busy_hubspot_is_asked_again(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors
) -> None:
    ana, _ = _connected(chat_as)
    (card,) = ana.say("buy milk tomorrow")
    fake.fail("hubspot", 429)
    ana.press("Confirm", card)
    assert len(fake.creates("hubspot")) == 2 and len(fake.items["hubspot"]) == 1
    assert links(runtime)[0].status == "synced"


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Follow up with ACME Corp", ["ACME Corp"]),
        ("Send the Initech renewal quote", ["Initech"]),
        ("Book a demo with priya nair", ["priya nair"]),
        ("Call Hooli about the Q4 deck", ["Hooli", "Q4"]),
        ("ACME Corp kickoff call", ["ACME Corp"]),
        ("IBM renewal", ["IBM"]),
        ("Buy milk", []),
        ("I owe the team a summary", []),
    ],
)
def test_the_record_names_a_title_gives(title: str, names: list[str]) -> None:
    assert record_names(title) == names


def test_a_create_whose_answer_was_lost_is_found_instead_of_made_twice(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors
) -> None:
    ana, _ = _connected(chat_as)
    (card,) = ana.say("buy milk tomorrow")
    fake.lose_answer("hubspot")  # HubSpot makes the task, but FlowHub never hears back
    ana.press("Confirm", card)
    assert len(fake.creates("hubspot")) == 1 and len(fake.items["hubspot"]) == 1
    (link,) = links(runtime)
    assert link.status == "synced" and link.external_id in fake.items["hubspot"]
    assert fake.of("hubspot", "POST", "/crm/v3/objects/tasks/search")


def test_a_task_body_hubspots_sdk_does_not_allow_is_refused() -> None:
    hubspot = contract("hubspot")
    unlinked = {"associations": []}
    assert hubspot.check_request("POST", "/crm/v3/objects/tasks", {}, unlinked) == [
        "body: 'properties' is a required property"
    ]
    numeric = {"properties": {"hs_timestamp": 1772812800000}}
    (said,) = hubspot.check_request("PATCH", "/crm/v3/objects/tasks/7", {}, numeric)
    assert "1772812800000 is not of type 'string'" in said
    spec = {"associationCategory": "HUBSPOT", "associationTypeId": 192}
    linked = {"properties": {}, "associations": [{"to": {"id": "9001"}, "types": [spec]}]}
    (said,) = hubspot.check_request("POST", "/crm/v3/objects/tasks", {}, linked)
    assert (
        "'HUBSPOT' is not one of ['HUBSPOT_DEFINED', 'USER_DEFINED', 'INTEGRATOR_DEFINED']" in said
    )
    untyped = {"to": {"id": "9001"}, "types": [{"associationCategory": "HUBSPOT_DEFINED"}]}
    (said,) = hubspot.check_request(
        "POST", "/crm/v3/objects/tasks", {}, {"properties": {}, "associations": [untyped]}
    )
    assert "'associationTypeId' is a required property" in said


def test_a_search_or_owner_lookup_hubspots_sdk_does_not_allow_is_refused() -> None:
    hubspot = contract("hubspot")
    equals = {"propertyName": "hs_task_subject", "operator": "EQUALS", "value": "Buy milk"}
    search = {"filterGroups": [{"filters": [equals]}], "limit": 10}
    (said,) = hubspot.check_request("POST", "/crm/v3/objects/tasks/search", {}, search)
    assert "'EQUALS' is not one of ['EQ', 'NEQ'" in said
    (said,) = hubspot.check_request(
        "POST", "/crm/v3/objects/deals/search", {}, {"query": "Initech", "limit": "5"}
    )
    assert "'5' is not of type 'integer'" in said
    assert hubspot.check_request("GET", "/crm/v3/owners", {"limit": "all"}, None)
    assert hubspot.check_request("GET", "/crm/v3/owners", {"limit": "100"}, None) == []


def test_a_hubspot_answer_its_sdk_could_not_read_is_caught() -> None:
    hubspot = contract("hubspot")
    drifted = {"id": "7701", "properties": {"hs_task_status": "COMPLETED"}}
    said = hubspot.check_response("POST", "/crm/v3/objects/tasks", 201, drifted)
    assert said == [
        "answer: 'createdAt' is a required property",
        "answer: 'updatedAt' is a required property",
    ]
    owner = {"id": "501", "type": "USER", "archived": False}
    owner |= {"createdAt": "2026-01-05T09:00:00Z", "updatedAt": "2026-01-05T09:00:00Z"}
    (said,) = hubspot.check_response("GET", "/crm/v3/owners", 200, {"results": [owner]})
    assert "'USER' is not one of ['PERSON', 'QUEUE']" in said
