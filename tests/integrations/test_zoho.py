"""Zoho CRM from chat: sign in (the token call at the accounts server of the account's data
centre, API calls to its `api_domain`), tasks go in as Tasks records linked to the account, deal
or contact they name (or unlinked, and the person is told), follow edits, done and reopen, and
"done" in Zoho comes back through the notification channel FlowHub subscribes itself."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import httpx
import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from flowhub.bot.jobs import JOBS
from flowhub.bot.runtime import Runtime
from flowhub.integrations import INTEGRATIONS, RetryLater, oauth, zoho_hooks
from flowhub.integrations.base import Reconnect
from flowhub.integrations.config import tool_config
from flowhub.settings import Settings
from flowhub.storage import IntegrationConnection
from tests.auxil.fake_vendors import OAUTH_CLIENT, FakeVendors
from tests.auxil.vendors.zoho import ACCOUNTS_SERVER, API_DOMAIN, ORG_ID, notification
from tests.conftest import ChatFactory
from tests.contracts.openapi import contract
from tests.integrations.conftest import PUBLIC_URL, all_tasks, links, stored
from tests.integrations.crm_chat import (
    connection_secrets,
    delete_follows,
    edits_follow,
    pushed,
)

ACME = "4876876000000333001"


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """The test settings with a Zoho API client."""
    client_id, secret = OAUTH_CLIENT
    update = {"zoho_client_id": client_id, "zoho_client_secret": SecretStr(secret)}
    return settings.model_copy(update=update)


def _start(chat_as: ChatFactory, client: TestClient) -> tuple[Any, str]:
    ana = chat_as("ana", "Ana")
    replies = [m.text for m in ana.say("connect zoho")]
    link = next(t for t in replies if "Sign in to Zoho" in t).split()[-1]
    start = client.get(link.removeprefix(PUBLIC_URL), follow_redirects=False)
    target = urlsplit(start.headers["location"])
    assert (target.netloc, target.path) == ("accounts.zoho.com", "/oauth/v2/auth")
    query = parse_qs(target.query)
    assert "ZohoCRM.notifications.ALL" in query["scope"][0]
    assert query["access_type"] == ["offline"]
    return ana, query["state"][0]


def _signed_in(chat_as: ChatFactory, client: TestClient) -> tuple[Any, list[str]]:
    ana, state = _start(chat_as, client)
    server = quote(ACCOUNTS_SERVER, safe="")
    callback = "/integrations/oauth/zoho/callback?"
    done = client.get(
        f"{callback}code=good-code&state={state}&location=eu&accounts-server={server}"
    )
    assert done.status_code == 200 and "connected" in done.text
    ana.collect()
    return ana, [m.text for m in ana.messages()]


def _created(fake: FakeVendors) -> dict[str, Any]:
    (create,) = fake.creates("zoho")
    (record,) = create.json["data"]
    return record  # type: ignore[no-any-return]


def test_sign_in_keeps_the_data_centre_and_subscribes_to_task_changes(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, client: TestClient
) -> None:
    _, said = _signed_in(chat_as, client)
    secrets = connection_secrets(runtime)
    assert secrets["accounts_server"] == ACCOUNTS_SERVER and secrets["api_domain"] == API_DOMAIN
    (row,) = stored(runtime, IntegrationConnection)
    assert row.config["org_id"] == ORG_ID
    (watch,) = fake.of("zoho", "POST", "/actions/watch")
    (channel,) = watch.json["watch"]
    assert channel["notify_url"] == f"{PUBLIC_URL}/webhooks/integrations/zoho?connection={row.id}"
    assert channel["events"] == ["Tasks.edit"] and channel["token"] == secrets["webhook_token"]
    assert str(channel["channel_id"]) == secrets["hook_id"]
    told = "\n".join(said)
    assert "Zoho CRM connected" in told and "Acme Sales" in told
    assert fake.problems == [] and fake.contract_problems == []

    ana = chat_as("ana", "Ana")
    ana.say("disconnect zoho")
    assert fake.of("zoho", "DELETE", "/actions/watch")
    assert fake.items["zoho_channels"] == {}


@pytest.mark.parametrize(
    "server",
    ["https://accounts.evil.test", "http://accounts.zoho.eu", "https://accounts.zoho.eu:8443"],
)
def test_a_callback_naming_another_token_server_is_refused(
    server: str, chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, client: TestClient
) -> None:
    _, state = _start(chat_as, client)
    callback = f"/integrations/oauth/zoho/callback?code=good-code&state={state}"
    done = client.get(f"{callback}&accounts-server={quote(server, safe='')}")
    assert done.status_code == 400
    assert [c for c in fake.calls if c.tool == "oauth"] == []
    assert stored(runtime, IntegrationConnection) == []


def test_the_token_server_is_the_data_centre_the_callback_names() -> None:
    provider = oauth.PROVIDERS["zoho"]
    assert oauth.token_server(provider, "https://accounts.zoho.eu") == "https://accounts.zoho.eu"
    tools = tool_config(Settings(integrations_base_url=None))  # type: ignore[call-arg]
    url = oauth.token_url(provider, tools, "https://accounts.zoho.com.au")
    assert url == "https://accounts.zoho.com.au/oauth/v2/token"
    assert oauth.token_url(provider, tools) == "https://accounts.zoho.com/oauth/v2/token"
    with pytest.raises(Reconnect):
        oauth.token_server(provider, "https://accounts.zoho.eu.evil.test")
    assert oauth.token_server(oauth.PROVIDERS["google"], "https://accounts.zoho.eu") == ""


@pytest.mark.parametrize(
    ("said", "field", "record", "module"),
    [
        ("follow up with ACME Corp on friday", "What_Id", ACME, "Accounts"),
        ("send the Initech renewal quote by monday", "What_Id", "4876876000000444001", "Deals"),
        ("call Jane Doe about the contract tomorrow", "Who_Id", "4876876000000555001", None),
    ],
)
def test_a_task_naming_a_record_is_linked_to_it(
    said: str,
    field: str,
    record: str,
    module: str | None,
    chat_as: ChatFactory,
    fake: FakeVendors,
    client: TestClient,
) -> None:
    ana, _ = _signed_in(chat_as, client)
    (card,) = ana.say(said)
    told = [m.text for m in ana.press("Confirm", card)]
    created = _created(fake)
    assert created[field] == {"id": record} and created.get("$se_module") == module
    assert created["Status"] == "Not Started"
    assert not any("not linked" in text for text in told)
    assert fake.problems == [] and fake.contract_problems == []


def test_a_task_naming_no_known_record_goes_in_unlinked_and_the_person_is_told(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, client: TestClient
) -> None:
    ana, _ = _signed_in(chat_as, client)
    (card,) = ana.say("follow up with Umbrella Inc on friday")
    told = [m.text for m in ana.press("Confirm", card)]
    created = _created(fake)
    assert "What_Id" not in created and "Who_Id" not in created
    assert any("not linked to a record" in text for text in told)
    assert links(runtime)[0].status == "synced"
    assert fake.problems == [] and fake.contract_problems == []


def test_due_priority_done_and_reopen_follow_into_zoho(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, client: TestClient
) -> None:
    ana, _ = _signed_in(chat_as, client)
    edits_follow(
        ana,
        runtime,
        fake,
        "zoho",
        due="Due_Date",
        owner=("Owner", {"id": "4876876000000111002"}),
        urgent="Highest",
    )


def test_a_task_deleted_in_flowhub_is_deleted_in_zoho(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, client: TestClient
) -> None:
    ana, _ = _signed_in(chat_as, client)
    delete_follows(ana, runtime, fake, "zoho")


def test_done_in_zoho_comes_back_through_its_notification(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, client: TestClient
) -> None:
    ana, _ = _signed_in(chat_as, client)
    task_id, connection = pushed(ana, runtime, "follow up with ACME Corp on friday")
    secrets = connection_secrets(runtime)
    path = f"/webhooks/integrations/zoho?connection={connection}"

    forged = notification(secrets["hook_id"], "not-the-token", [task_id])
    assert client.post(path, json=forged).status_code == 403
    other = notification("1000000000001", secrets["webhook_token"], [task_id])
    assert client.post(path, json=other).status_code == 403
    # The notification alone changes nothing: FlowHub reads the task back, still open there.
    told = notification(secrets["hook_id"], secrets["webhook_token"], [task_id])
    assert client.post(path, json=told).status_code == 200
    assert all_tasks(runtime)[0].status == "open"

    fake.items["zoho"][task_id] |= {
        "Status": "Completed",
        "Modified_Time": "2030-01-01T10:00:00+00:00",
    }
    again = notification(
        secrets["hook_id"], secrets["webhook_token"], [task_id, "4876876000099999999"]
    )
    answer = client.post(
        path, content=json.dumps(again), headers={"Content-Type": "application/json"}
    )
    assert answer.status_code == 200, answer.text
    assert all_tasks(runtime)[0].status == "done"
    assert any(m.text.startswith("✅ Closed in Zoho CRM") for m in ana.messages())
    assert fake.problems == [] and fake.contract_problems == []


def test_a_channel_ending_within_two_days_is_subscribed_again_each_hour(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, client: TestClient
) -> None:
    _signed_in(chat_as, client)
    (row,) = stored(runtime, IntegrationConnection)
    assert row.id is not None
    first = connection_secrets(runtime)
    ends = datetime.fromisoformat(first["hook_expires"])
    assert timedelta(days=6) < ends - datetime.now(UTC) <= timedelta(days=7)
    assert "renew_zoho_channels" in JOBS

    assert zoho_hooks.queue_renewals(runtime.services) == 1
    assert len(fake.of("zoho", "POST", "/actions/watch")) == 1  # a week left: nothing to do
    later = ends - timedelta(days=1)
    assert zoho_hooks.renew(runtime.services, row.id, later)
    again = fake.of("zoho", "POST", "/actions/watch")[-1].json["watch"][0]
    assert str(again["channel_id"]) == first["hook_id"] and again["token"] == first["webhook_token"]
    renewed = connection_secrets(runtime)
    assert datetime.fromisoformat(renewed["hook_expires"]) > ends
    assert renewed["hook_id"] == first["hook_id"]
    assert fake.problems == [] and fake.contract_problems == []


def test_zoho_rate_limits_wait_as_its_headers_say() -> None:
    zoho = INTEGRATIONS["zoho"](config={}, secrets={"token": "t"})
    body = {"code": "TOO_MANY_REQUESTS", "status": "error", "message": "too many requests"}
    for headers, wait in [
        ({"Retry-After": "7"}, 7.0),
        ({"X-RATELIMIT-RESET": "12"}, 12.0),
        ({}, 60.0),
    ]:
        response = httpx.Response(429, headers=headers, json=body)
        with pytest.raises(RetryLater) as raised:
            zoho._raise_for(response, "POST", "/crm/v8/Tasks")
        assert raised.value.retry_after == wait


def test_a_signed_in_connection_calls_its_data_centre_with_a_zoho_token() -> None:
    zoho = INTEGRATIONS["zoho"](config={}, secrets={"token": "t", "api_domain": API_DOMAIN})
    assert zoho.base_url == API_DOMAIN
    assert zoho._auth_headers() == {"Authorization": "Zoho-oauthtoken t"}


def test_a_watch_the_description_does_not_allow_is_refused_in_its_words() -> None:
    zoho = contract("zoho")
    watch = {"watch": [{"channel_id": "x", "events": "Tasks.edit", "notify_url": "https://a.test"}]}
    said = "\n".join(zoho.check_request("POST", "/crm/v8/actions/watch", {}, watch))
    assert "'x' is not of type 'integer'" in said and "is not of type 'array'" in said
    assert zoho.check_request("GET", "/crm/v8/Tasks/search", {"words": "x"}, None)
