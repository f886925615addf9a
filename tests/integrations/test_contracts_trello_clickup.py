"""Trello's and ClickUp's calls, webhooks included, are the ones their published descriptions
document (tests/contracts/specs/trello.json, clickup.json), and a request or an answer that
strays is caught in the description's words."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx

from flowhub.integrations import INTEGRATIONS
from flowhub.integrations.base import ExternalRef, Integration
from flowhub.integrations.outbound import Outbound
from flowhub.storage import Task
from tests.auxil.fake_vendors import CONFIGS, TOKENS, TRELLO_KEY, FakeVendors
from tests.contracts.openapi import contract

HOOK_URL = "https://flowhub.test/webhooks/integrations/{kind}?connection=1"


def _client(kind: str, fake: FakeVendors, **secrets: str) -> Integration:
    url = httpx.URL(fake.url)
    rules = Outbound(https_only=False, allowed_hosts=frozenset({f"{url.host}:{url.port}"}))
    config = dict(CONFIGS[kind], base_url=f"{fake.url}/{kind}")
    return INTEGRATIONS[kind](
        config=config, secrets={"token": TOKENS[kind], **secrets}, rules=rules
    )


def _task() -> Task:
    due = datetime(2026, 3, 6, 16, 0, tzinfo=UTC)
    return Task(
        id=7, workspace_id=1, chat_id=1, creator_id=1, title="Plate the cake", due_at=due,
        due_tz="Europe/Berlin", due_grain="minute", created_at=due,
    )  # fmt: skip


def test_clickup_webhook_and_read_back_are_documented_calls(fake: FakeVendors) -> None:
    clickup = _client("clickup", fake)
    ref = clickup.push(_task())
    found = clickup.register_webhook(HOOK_URL.format(kind="clickup"))
    assert found is not None and found["webhook_secret"] and found["hook_id"]
    item = clickup.fetch(ref)
    assert item is not None and item.done is False and item.edit is not None
    assert item.edit.title == "Plate the cake"
    clickup.delete_webhook(found["hook_id"])
    assert {c.path for c in fake.of("clickup")} >= {
        "/api/v2/team",
        f"/api/v2/task/{ref.external_id}",
    }
    assert fake.contract_problems == [] and fake.problems == []


def test_trello_webhook_calls_are_documented_calls(fake: FakeVendors) -> None:
    trello = _client("trello", fake, webhook_secret="trello-api-secret")
    trello.check()
    found = trello.register_webhook(HOOK_URL.format(kind="trello"))
    assert found is not None
    trello.delete_webhook(found["hook_id"])
    assert fake.contract_problems == [] and fake.problems == []


def test_a_clickup_request_the_description_does_not_allow_is_refused_in_its_words() -> None:
    spec = contract("clickup")
    assert spec.check_request("PUT", "/api/v2/task/86a1", None, {"status": "shipped"}) == []
    said = spec.check_request("PUT", "/api/v2/task/86a1", None, {"status": 3, "colour": "red"})
    assert any("3 is not of type 'string'" in s for s in said)
    assert any("'colour'" in s for s in said)
    said = spec.check_request("POST", "/api/v2/team/1/webhook", None, {"events": ["*"]})
    assert any("'endpoint' is a required property" in s for s in said)
    assert spec.check_request("POST", "/api/v2/task/86a1/close", None, {}) != []


def test_a_clickup_answer_that_strays_from_the_description_is_caught() -> None:
    spec = contract("clickup")
    hook = {"id": "w1", "webhook": {"id": "w1", "secret": "s"}}
    said = spec.check_response("POST", "/api/v2/team/1/webhook", 200, hook)
    assert any("'health' is a required property" in s for s in said)
    said = spec.check_response("GET", "/api/v2/task/86a1", 200, {"status": "shipped"})
    assert any("is not of type 'object'" in s for s in said)


def test_a_trello_card_body_is_checked_as_its_documented_parameters() -> None:
    spec = contract("trello")
    list_id = CONFIGS["trello"]["list_id"]
    card = {"idList": list_id, "name": "Plate", "due": "2026-03-06T15:00:00.000Z", "pos": "bottom"}
    assert spec.check_request("POST", "/1/cards", None, card) == []
    said = spec.check_request("POST", "/1/cards", None, {"name": "Plate", "pos": "middle"})
    assert any("'idList' is a required property" in s for s in said)
    assert any("'pos'" in s for s in said)
    said = spec.check_request("PUT", "/1/cards/5f0a1b2c3d4e5f6a7b8c9d0e", None, {"done": True})
    assert any("'done'" in s for s in said)
    query = {"callbackURL": "https://flowhub.test/x", "idModel": list_id}
    assert spec.check_request("POST", "/1/webhooks/", query, None) == []
    said = spec.check_request("POST", "/1/webhooks/", {"callbackURL": "https://x.test"}, None)
    assert any("'idModel' is required" in s for s in said)


def test_trello_close_and_reopen_send_documented_fields(fake: FakeVendors) -> None:
    trello = _client("trello", fake)
    trello.config["key"] = TRELLO_KEY
    ref = trello.push(_task())
    trello.close(ExternalRef(ref.external_id))
    trello.reopen(ExternalRef(ref.external_id))
    assert [c.json.get("dueComplete") for c in fake.of("trello", "PUT")] == [True, False]
    assert fake.contract_problems == [] and fake.problems == []
