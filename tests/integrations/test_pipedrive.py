"""Pipedrive from chat: connect with an API token, tasks go in as "task" activities linked to the
organisation or deal they name (or unlinked, and the person is told), follow edits, done and
reopen, and "done" in Pipedrive comes back through the webhook FlowHub registers itself."""

from __future__ import annotations

import base64
import json
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from fastapi.testclient import TestClient

from flowhub.bot.runtime import Runtime
from flowhub.integrations import INTEGRATIONS, RetryLater, crypto
from flowhub.integrations.config import tool_config
from flowhub.storage import IntegrationConnection
from tests.auxil.fake_vendors import TOKENS, FakeVendors
from tests.auxil.vendors.pipedrive import ADMIN_TOKEN, COMPANY_DOMAIN, COMPANY_ID
from tests.conftest import ChatFactory
from tests.contracts.openapi import contract
from tests.integrations.conftest import PUBLIC_URL, all_tasks, links, stored


def _connected(chat_as: ChatFactory, token: str = ADMIN_TOKEN) -> tuple[Any, str]:
    ana = chat_as("ana", "Ana")
    prompt = ana.say("connect pipedrive")[0].text
    assert "Connecting Pipedrive" in prompt and "Personal preferences → API" in prompt
    return ana, ana.say(token)[-1].text


def _created(fake: FakeVendors) -> dict[str, Any]:
    (create,) = fake.creates("pipedrive")
    return create.json  # type: ignore[no-any-return]


def _secrets(runtime: Runtime) -> dict[str, str]:
    (row,) = stored(runtime, IntegrationConnection)
    return crypto.decrypt(row.secret_encrypted, tools=tool_config(runtime.settings))


def test_connect_pipedrive_with_an_admin_token_registers_its_webhook(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors
) -> None:
    ana, done = _connected(chat_as)
    assert done.startswith("✅ Pipedrive connected: company “Acme Sales”.")
    assert "Done in Pipedrive comes back here: set up." in done
    (row,) = stored(runtime, IntegrationConnection)
    (hook,) = fake.of("pipedrive", "POST", "/v1/webhooks")
    assert hook.json["subscription_url"] == (
        f"{PUBLIC_URL}/webhooks/integrations/pipedrive?connection={row.id}"
    )
    assert (hook.json["event_action"], hook.json["event_object"]) == ("change", "activity")
    assert hook.json["version"] == "2.0"
    secrets = _secrets(runtime)
    assert secrets["webhook_auth"] == f"flowhub:{hook.json['http_auth_password']}"
    assert ADMIN_TOKEN not in json.dumps(row.model_dump(mode="json"))
    assert row.config["company_domain"] == COMPANY_DOMAIN

    ana.say("disconnect pipedrive")
    assert fake.of("pipedrive", "DELETE", f"/v1/webhooks/{secrets['hook_id']}")
    assert fake.items["pipedrive_hooks"] == {}


def test_a_token_that_may_not_add_webhooks_gets_the_exact_steps(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors
) -> None:
    _, done = _connected(chat_as, TOKENS["pipedrive"])
    assert done.startswith("✅ Pipedrive connected")
    (row,) = stored(runtime, IntegrationConnection)
    assert f"{PUBLIC_URL}/webhooks/integrations/pipedrive?connection={row.id}" in done
    assert "event object “activity”" in done
    assert fake.items["pipedrive_hooks"] == {}


def test_a_wrong_token_is_refused_before_anything_is_saved(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors
) -> None:
    _, failed = _connected(chat_as, "not-the-pipedrive-token")
    assert failed.startswith("❌ That didn't work")
    assert stored(runtime, IntegrationConnection) == []


@pytest.mark.parametrize(
    ("said", "field", "record", "page"),
    [
        ("follow up with ACME Corp on friday", "org_id", 5, "organization/5"),
        ("send the Initech renewal quote by monday", "deal_id", 41, "deal/41"),
        ("call about the contract with globex tomorrow", "org_id", 6, "organization/6"),
    ],
)
def test_a_task_naming_a_record_is_linked_to_it(
    said: str,
    field: str,
    record: int,
    page: str,
    chat_as: ChatFactory,
    runtime: Runtime,
    fake: FakeVendors,
) -> None:
    ana, _ = _connected(chat_as)
    (card,) = ana.say(said)
    told = [m.text for m in ana.press("Confirm", card)]
    created = _created(fake)
    assert created[field] == record and created["type"] == "task" and created["done"] is False
    assert not any("not linked" in text for text in told)
    assert links(runtime)[0].url == f"https://{COMPANY_DOMAIN}.pipedrive.com/{page}"


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
    created = _created(fake)
    assert "org_id" not in created and "deal_id" not in created
    (note,) = [text for text in told if "not linked to a record" in text]
    assert "Pipedrive has none named" in note
    assert links(runtime)[0].status == "synced"


def test_a_task_naming_nothing_goes_in_without_a_search_or_a_note(
    chat_as: ChatFactory, fake: FakeVendors
) -> None:
    ana, _ = _connected(chat_as)
    (card,) = ana.say("buy milk tomorrow")
    told = [m.text for m in ana.press("Confirm", card)]
    assert _created(fake)["subject"] == "Buy milk"
    assert fake.of("pipedrive", "GET", "/search") == []
    assert not any("not linked" in text for text in told)


def test_due_edits_done_and_reopen_follow_into_pipedrive(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors
) -> None:
    ana, _ = _connected(chat_as)
    (card,) = ana.say("send the Q4 deck to ACME Corp by friday 5pm")
    ana.press("Confirm", card)
    (link,) = links(runtime)
    activity = fake.items["pipedrive"][str(link.external_id)]
    due = all_tasks(runtime)[0].due_at
    assert due is not None and activity["due_time"] == due.strftime("%H:%M")  # UTC

    ana.say("assign it to Sam")
    assert activity["owner_id"] == 14
    ana.say("move it to monday 9am")
    moved = all_tasks(runtime)[0].due_at
    assert moved is not None and activity["due_date"] == moved.date().isoformat()
    assert activity["due_time"] == moved.strftime("%H:%M")
    ana.say("done with the Q4 deck")
    assert activity["done"] is True
    ana.say("undo")
    assert activity["done"] is False
    assert fake.problems == []


def _basic(pair: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(pair.encode()).decode()}


def _v2_change(activity: str, done: bool, company: int = COMPANY_ID) -> bytes:
    meta = {
        "action": "change",
        "entity": "activity",
        "entity_id": activity,
        "id": f"delivery-{activity}-{done}-{company}",
        "company_id": str(company),
        "timestamp": "2030-01-01T10:00:00.000Z",
        "version": "2.0",
    }
    data = {"id": int(activity), "done": done, "update_time": "2030-01-01T10:00:00Z"}
    return json.dumps({"meta": meta, "data": data, "previous": {"done": not done}}).encode()


def test_done_in_pipedrive_comes_back_through_its_webhook(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, client: TestClient
) -> None:
    ana, _ = _connected(chat_as)
    (card,) = ana.say("follow up with ACME Corp on friday")
    ana.press("Confirm", card)
    (link,) = links(runtime)
    (row,) = stored(runtime, IntegrationConnection)
    path = (
        "/webhooks/integrations/pipedrive?" + urlsplit(f"{PUBLIC_URL}/x?connection={row.id}").query
    )
    pair = _secrets(runtime)["webhook_auth"]
    body = _v2_change(str(link.external_id), True)

    assert client.post(path, content=body).status_code == 401
    assert client.post(path, content=body, headers=_basic("flowhub:wrong")).status_code == 403
    other = _v2_change(str(link.external_id), True, company=1)
    assert client.post(path, content=other, headers=_basic(pair)).status_code == 200
    assert all_tasks(runtime)[0].status == "open"
    renamed = json.loads(body)
    renamed["previous"] = {"subject": "Old name"}
    renamed["meta"]["id"] = "a rename"
    answer = client.post(path, content=json.dumps(renamed), headers=_basic(pair))
    assert answer.status_code == 200 and all_tasks(runtime)[0].status == "open"

    answer = client.post(path, content=body, headers=_basic(pair))
    assert answer.status_code == 200, answer.text
    assert all_tasks(runtime)[0].status == "done"
    assert any(m.text.startswith("✅ Closed in Pipedrive") for m in ana.messages())


def test_a_v1_webhook_reopening_an_activity_reopens_the_task(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, client: TestClient
) -> None:
    ana, _ = _connected(chat_as)
    (card,) = ana.say("follow up with ACME Corp on friday")
    ana.press("Confirm", card)
    ana.say("done with ACME Corp")
    assert all_tasks(runtime)[0].status == "done"
    (link,) = links(runtime)
    (row,) = stored(runtime, IntegrationConnection)
    activity = int(str(link.external_id))
    body = {
        "meta": {"action": "updated", "object": "activity", "id": activity, "v": 1},
        "current": {"id": activity, "done": False, "update_time": "2030-01-01 10:00:00"},
        "previous": {"id": activity, "done": True, "update_time": "2030-01-01 09:00:00"},
        "event": "updated.activity",
    }
    answer = client.post(
        f"/webhooks/integrations/pipedrive?connection={row.id}",
        content=json.dumps(body),
        headers=_basic(_secrets(runtime)["webhook_auth"]),
    )
    assert answer.status_code == 200, answer.text
    assert all_tasks(runtime)[0].status == "open"


def test_pipedrive_rate_limits_wait_as_its_headers_say() -> None:
    pipedrive = INTEGRATIONS["pipedrive"](config={}, secrets={"token": "t"})
    cases = [
        ({"Retry-After": "7"}, 7.0),
        ({"x-ratelimit-reset": "3", "x-ratelimit-remaining": "0"}, 3.0),
        ({"x-daily-requests-left": "0"}, 3600.0),
        ({}, 2.0),
    ]
    for headers, wait in cases:
        response = httpx.Response(429, headers=headers, json={"success": False})
        with pytest.raises(RetryLater) as raised:
            pipedrive._raise_for(response, "POST", "/api/v2/activities")
        assert raised.value.retry_after == wait


def test_a_busy_pipedrive_is_asked_again(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors
) -> None:
    ana, _ = _connected(chat_as)
    (card,) = ana.say("buy milk tomorrow")
    fake.fail("pipedrive", 429)
    ana.press("Confirm", card)
    assert len(fake.creates("pipedrive")) == 2 and len(fake.items["pipedrive"]) == 1
    assert links(runtime)[0].status == "synced"


def test_a_create_whose_answer_was_lost_is_found_instead_of_made_twice(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors
) -> None:
    ana, _ = _connected(chat_as)
    (card,) = ana.say("buy milk tomorrow")
    fake.lose_answer("pipedrive")  # Pipedrive makes the activity, but FlowHub never hears back
    ana.press("Confirm", card)
    assert len(fake.creates("pipedrive")) == 1 and len(fake.items["pipedrive"]) == 1
    (link,) = links(runtime)
    assert link.status == "synced" and link.external_id in fake.items["pipedrive"]


def test_an_activity_body_the_sdk_types_do_not_allow_is_refused_in_their_words() -> None:
    pipedrive = contract("pipedrive")
    v1_done = {"subject": "Buy milk", "type": "task", "done": 1}
    (said,) = pipedrive.check_request("POST", "/api/v2/activities", {}, v1_done)
    assert "1 is not of type 'boolean'" in said
    assert 'the description: "Whether the activity is marked as done or not"' in said
    (said,) = pipedrive.check_request("POST", "/v1/activities", {}, v1_done)
    assert said.startswith("not a call")
    unknown = {"subject": "Buy milk", "due": "2026-03-06"}
    assert "names 'due', which the description does not document" in "\n".join(
        pipedrive.check_request("PATCH", "/api/v2/activities/7", {}, unknown)
    )
