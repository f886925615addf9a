"""Salesforce from chat: sign in (OAuth web server flow, calls to the org's instance URL),
tasks go in as Task records related to the account, opportunity, contact or lead they name (or
unrelated, and the person is told), follow edits, done and reopen, and "done" in Salesforce
comes back through an outbound message the person sets up."""

from __future__ import annotations

import base64
import hashlib
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from flowhub.bot.runtime import Runtime
from flowhub.integrations import INTEGRATIONS, RetryLater, crypto, oauth
from flowhub.integrations.config import tool_config
from flowhub.settings import Settings
from flowhub.storage import IntegrationConnection, integrations, session_scope
from tests.auxil.fake_vendors import OAUTH_CLIENT, TOKENS, FakeVendors
from tests.auxil.vendors.salesforce import INSTANCE_URL, ORG_ID, RECORDS, outbound_message
from tests.conftest import ChatFactory
from tests.contracts.openapi import contract
from tests.integrations.conftest import PUBLIC_URL, all_tasks, links, stored
from tests.integrations.crm_chat import (
    connection_secrets,
    delete_follows,
    edits_follow,
    pushed,
)

ACME = "0015g00000AcmeCAAR"


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """The test settings with a Salesforce connected app."""
    client_id, secret = OAUTH_CLIENT
    update = {"salesforce_client_id": client_id, "salesforce_client_secret": SecretStr(secret)}
    return settings.model_copy(update=update)


def _signed_in(chat_as: ChatFactory, client: TestClient) -> tuple[Any, list[str]]:
    ana = chat_as("ana", "Ana")
    replies = [m.text for m in ana.say("connect salesforce")]
    link = next(t for t in replies if "Sign in to Salesforce" in t).split()[-1]
    start = client.get(link.removeprefix(PUBLIC_URL), follow_redirects=False)
    target = urlsplit(start.headers["location"])
    assert (target.netloc, target.path) == ("login.salesforce.com", "/services/oauth2/authorize")
    query = parse_qs(target.query)
    assert query["scope"] == ["api refresh_token"] and query["response_type"] == ["code"]
    assert query["code_challenge_method"] == ["S256"] and len(query["code_challenge"][0]) == 43
    done = client.get(
        f"/integrations/oauth/salesforce/callback?code=good-code&state={query['state'][0]}"
    )
    assert done.status_code == 200 and "connected" in done.text
    ana.collect()
    return ana, [m.text for m in ana.messages()]


def test_the_code_goes_back_with_the_verifier_of_the_challenge_sent(
    chat_as: ChatFactory, fake: FakeVendors, client: TestClient
) -> None:
    ana = chat_as("ana", "Ana")
    said = [m.text for m in ana.say("connect salesforce")]
    link = next(t for t in said if "Sign in to Salesforce" in t)
    start = client.get(link.split()[-1].removeprefix(PUBLIC_URL), follow_redirects=False)
    query = parse_qs(urlsplit(start.headers["location"]).query)
    done = client.get(
        f"/integrations/oauth/salesforce/callback?code=good-code&state={query['state'][0]}"
    )
    assert done.status_code == 200
    [token_call] = [c for c in fake.calls if c.tool == "oauth" and c.path.endswith("/token")]
    verifier = parse_qs(token_call.body.decode())["code_verifier"][0]
    assert 43 <= len(verifier) <= 128  # RFC 7636's length
    digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
    assert digest.decode().rstrip("=") == query["code_challenge"][0]
    assert query["state"][0] not in verifier


def test_a_sandbox_signs_in_at_its_login_host(settings: Settings) -> None:
    login = Settings(salesforce_login_url="https://test.salesforce.com/", _env_file=None)
    assert login.salesforce_login_url == "https://test.salesforce.com"
    update = {"salesforce_login_url": login.salesforce_login_url, "integrations_base_url": None}
    sandbox = tool_config(settings.model_copy(update=update))
    provider = oauth.PROVIDERS["salesforce"]
    state, _ = oauth.new_state(provider, workspace_id=1, person_id=1, tools=sandbox)
    url = urlsplit(oauth.authorize_url(provider, state, tools=sandbox))
    assert (url.netloc, url.path) == ("test.salesforce.com", "/services/oauth2/authorize")
    assert oauth.token_url(provider, sandbox) == "https://test.salesforce.com/services/oauth2/token"


@pytest.mark.parametrize(
    "login",
    ["http://test.salesforce.com", "https://evil.example.com", "https://x.salesforce.com.evil.io"],
)
def test_a_login_host_that_is_not_salesforces_is_refused(login: str) -> None:
    with pytest.raises(ValueError, match="FLOWHUB_SALESFORCE_LOGIN_URL"):
        Settings(salesforce_login_url=login, _env_file=None)


def _created(fake: FakeVendors) -> dict[str, Any]:
    (create,) = fake.creates("salesforce")
    return create.json  # type: ignore[no-any-return]


def test_sign_in_keeps_the_instance_url_and_gives_the_outbound_message_steps(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, client: TestClient
) -> None:
    _, said = _signed_in(chat_as, client)
    secrets = connection_secrets(runtime)
    assert secrets["instance_url"] == INSTANCE_URL
    assert secrets["refresh_token"] == "salesforce-refresh"
    (row,) = stored(runtime, IntegrationConnection)
    assert row.config["org_id"] == ORG_ID
    told = "\n".join(said)
    assert "Salesforce connected" in told and "Acme Sales" in told
    key = secrets["webhook_secret"]
    assert f"{PUBLIC_URL}/webhooks/integrations/salesforce?connection={row.id}&key={key}" in told
    assert len(key) >= 24 and key not in str(row.config)  # sealed with the token, not in config
    assert "Outbound Message" in told and "Record-Triggered Flow" in told
    assert fake.problems == [] and fake.contract_problems == []


def test_a_user_who_may_not_read_the_organization_is_known_by_the_sign_in_identity(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, client: TestClient
) -> None:
    fake.items["salesforce_org"]["hidden"] = {}
    _, said = _signed_in(chat_as, client)
    (row,) = stored(runtime, IntegrationConnection)
    assert row.config["org_id"] == ORG_ID
    assert connection_secrets(runtime)["identity_url"].endswith(f"/id/{ORG_ID}/005")
    assert any("Salesforce connected" in text for text in said)


@pytest.mark.parametrize(
    ("said", "field", "record"),
    [
        ("follow up with ACME Corp on friday", "WhatId", ACME),
        ("send the Initech renewal quote by monday", "WhatId", "0065g00000InitRAAB"),
        ("call Jane Doe about the contract tomorrow", "WhoId", "0035g00000JaneDAAB"),
    ],
)
def test_a_task_naming_a_record_is_related_to_it(
    said: str,
    field: str,
    record: str,
    chat_as: ChatFactory,
    runtime: Runtime,
    fake: FakeVendors,
    client: TestClient,
) -> None:
    ana, _ = _signed_in(chat_as, client)
    (card,) = ana.say(said)
    told = [m.text for m in ana.press("Confirm", card)]
    created = _created(fake)
    assert created[field] == record and created["Status"] == "Not Started"
    assert not any("not linked" in text for text in told)
    (link,) = links(runtime)
    assert link.url == f"{INSTANCE_URL}/lightning/r/Task/{link.external_id}/view"
    assert fake.problems == [] and fake.contract_problems == []


def test_a_lead_is_named_without_a_related_record(
    chat_as: ChatFactory, fake: FakeVendors, client: TestClient
) -> None:
    ana, _ = _signed_in(chat_as, client)
    (card,) = ana.say("email Bob Lee the brochure tomorrow")
    ana.press("Confirm", card)
    created = _created(fake)
    assert created["WhoId"] == "00Q5g00000BobLeAAB" and "WhatId" not in created
    assert fake.problems == []


@pytest.mark.parametrize(
    "said", ["follow up with Umbrella Inc on friday", "check in with stark industries next week"]
)
def test_a_task_naming_no_known_record_goes_in_unrelated_and_the_person_is_told(
    said: str, chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, client: TestClient
) -> None:
    ana, _ = _signed_in(chat_as, client)
    (card,) = ana.say(said)
    told = [m.text for m in ana.press("Confirm", card)]
    created = _created(fake)
    assert "WhatId" not in created and "WhoId" not in created
    assert any("not linked to a record" in text for text in told)
    assert links(runtime)[0].status == "synced"


def test_a_name_with_a_quote_is_searched_as_a_literal(
    chat_as: ChatFactory, fake: FakeVendors, client: TestClient
) -> None:
    ana, _ = _signed_in(chat_as, client)
    (card,) = ana.say("call O'Brien_Co 100% Ltd tomorrow")
    ana.press("Confirm", card)
    queries = [c.query["q"] for c in fake.of("salesforce", "GET", "/query")]
    assert any("LIKE '%O\\'Brien\\_Co%'" in q for q in queries), queries
    assert fake.problems == []


def test_due_priority_done_and_reopen_follow_into_salesforce(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, client: TestClient
) -> None:
    ana, _ = _signed_in(chat_as, client)
    edits_follow(
        ana,
        runtime,
        fake,
        "salesforce",
        due="ActivityDate",
        owner=("OwnerId", "0055g00000SamLeAAB"),
        urgent="High",
    )


def test_a_task_deleted_in_flowhub_is_deleted_in_salesforce(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, client: TestClient
) -> None:
    ana, _ = _signed_in(chat_as, client)
    delete_follows(ana, runtime, fake, "salesforce")


def test_done_in_salesforce_comes_back_through_an_outbound_message(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, client: TestClient
) -> None:
    ana, _ = _signed_in(chat_as, client)
    task_id, connection = pushed(ana, runtime, "follow up with ACME Corp on friday")
    unkeyed = f"/webhooks/integrations/salesforce?connection={connection}"
    path = f"{unkeyed}&key={connection_secrets(runtime)['webhook_secret']}"
    headers = {"SOAPAction": '""', "Content-Type": "text/xml; charset=utf-8"}
    body = outbound_message(ORG_ID, [task_id])

    # Anyone may know the org's id: a message to the URL without its key, or another key, is
    # refused before FlowHub reads anything back (each read spends the org's API requests).
    for wrong in (unkeyed, f"{unkeyed}&key=guessed-0123456789", f"{unkeyed}&key="):
        assert client.post(wrong, content=body, headers=headers).status_code == 403
    assert not fake.of("salesforce", "GET", f"/sobjects/Task/{task_id}")
    assert client.post(path, content=b"<not/>", headers=headers).status_code == 403
    other = outbound_message("00D5g000000ZzZzEAK", [task_id])
    assert client.post(path, content=other, headers=headers).status_code == 403
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'
    assert client.post(path, content=bomb, headers=headers).status_code == 403
    # The message alone changes nothing: FlowHub reads the task back, still open there.
    answer = client.post(path, content=body, headers=headers)
    assert answer.status_code == 200 and "<Ack>true</Ack>" in answer.text
    assert all_tasks(runtime)[0].status == "open"

    fake.items["salesforce"][task_id]["Status"] = "Completed"
    fake.items["salesforce"][task_id]["LastModifiedDate"] = "2030-01-01T10:00:00.000+0000"
    again = outbound_message(ORG_ID, [task_id, "00T5g0000000000999"])
    answer = client.post(path, content=again, headers=headers)
    assert answer.status_code == 200, answer.text
    assert all_tasks(runtime)[0].status == "done"
    assert any(m.text.startswith("✅ Closed in Salesforce") for m in ana.messages())

    # Opened again in Salesforce: the next message reopens it here.
    fake.items["salesforce"][task_id]["Status"] = "Not Started"
    fake.items["salesforce"][task_id]["LastModifiedDate"] = "2030-01-02T10:00:00.000+0000"
    reopened = outbound_message(ORG_ID, [task_id], status="Not Started", first=3)
    assert client.post(path, content=reopened, headers=headers).status_code == 200
    assert all_tasks(runtime)[0].status == "open"
    assert any(m.text.startswith("↩️ Reopened in Salesforce") for m in ana.messages())
    assert fake.problems == [] and fake.contract_problems == []


def test_a_connection_made_before_urls_had_a_key_is_still_known_by_its_org(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, client: TestClient
) -> None:
    ana, _ = _signed_in(chat_as, client)
    task_id, connection = pushed(ana, runtime, "follow up with ACME Corp on friday")
    (row,) = stored(runtime, IntegrationConnection)
    secrets = {k: v for k, v in connection_secrets(runtime).items() if k != "webhook_secret"}
    with session_scope(runtime.engine) as session:
        sealed = crypto.encrypt(secrets, tools=tool_config(runtime.settings))
        integrations.update_connection(session=session, connection=row, secret_encrypted=sealed)
    fake.items["salesforce"][task_id]["Status"] = "Completed"
    fake.items["salesforce"][task_id]["LastModifiedDate"] = "2030-01-01T10:00:00.000+0000"
    path = f"/webhooks/integrations/salesforce?connection={connection}"
    answer = client.post(path, content=outbound_message(ORG_ID, [task_id]))
    assert answer.status_code == 200 and "<Ack>true</Ack>" in answer.text
    assert all_tasks(runtime)[0].status == "done"


def test_the_request_limit_waits_as_salesforce_says() -> None:
    salesforce = INTEGRATIONS["salesforce"](config={}, secrets={"token": "t"})
    spent = [{"message": "TotalRequests Limit exceeded.", "errorCode": "REQUEST_LIMIT_EXCEEDED"}]
    cases = [
        ({"Sforce-Limit-Info": "api-usage=15000/15000"}, 3600.0),
        ({"Sforce-Limit-Info": "api-usage=12/15000"}, 60.0),
        ({}, 60.0),
    ]
    for headers, wait in cases:
        response = httpx.Response(403, headers=headers, json=spent)
        with pytest.raises(RetryLater) as raised:
            salesforce._raise_for(response, "POST", "/services/data/v62.0/sobjects/Task")
        assert raised.value.retry_after == wait
    gone = httpx.Response(
        401, json=[{"message": "Session expired", "errorCode": "INVALID_SESSION_ID"}]
    )
    with pytest.raises(Exception, match="INVALID_SESSION_ID"):
        salesforce._raise_for(gone, "GET", "/services/data/v62.0/query")


def test_a_signed_in_connection_calls_its_instance_url() -> None:
    secrets = {"token": "t", "refresh_token": "r", "instance_url": INSTANCE_URL}
    assert INTEGRATIONS["salesforce"](config={}, secrets=secrets).base_url == INSTANCE_URL


def test_a_task_body_the_description_does_not_allow_is_refused_in_its_words() -> None:
    salesforce = contract("salesforce")
    done = {"Subject": "Buy milk", "Status": "Done"}
    (said,) = salesforce.check_request("POST", "/services/data/v62.0/sobjects/Task", {}, done)
    assert "'Done' is not one of" in said and "Completed" in said
    unknown = {"Subject": "Buy milk", "DueDate": "2026-03-06"}
    assert "names 'DueDate'" in "\n".join(
        salesforce.check_request("PATCH", f"/services/data/v62.0/sobjects/Task/{ACME}", {}, unknown)
    )
    assert RECORDS["Account"][ACME] == "ACME Corp"
    assert TOKENS["salesforce"]
