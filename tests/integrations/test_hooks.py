"""FlowHub registers a tool's status webhook at connect, so "done" comes back by itself; it
deletes the webhook on disconnect, and gives the exact steps (with the URL) when it cannot."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import replace
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

from flowhub.bot.runtime import Runtime
from flowhub.integrations import crypto, hooks
from flowhub.integrations.base import hmac_digest
from flowhub.integrations.config import tool_config
from flowhub.storage import IntegrationConnection, integrations, session_scope
from tests.auxil.fake_vendors import CONFIGS, EMAIL, TOKENS, TRELLO_KEY, FakeVendors
from tests.auxil.vendors.common import HANDSHAKES
from tests.auxil.vendors.github import MAY_ADD_HOOKS
from tests.auxil.vendors.linear import ADMIN as LINEAR_ADMIN
from tests.conftest import ChatFactory
from tests.integrations.conftest import (
    HOOK_SECRET,
    PUBLIC_URL,
    Connect,
    all_tasks,
    links,
    stored,
)

LOCAL = "http://127.0.0.1:8000"


def _trello_done(card_id: str) -> bytes:
    card = {"id": card_id, "dueComplete": True}
    action = {"id": "a1", "type": "updateCard", "date": "2030-01-01T00:00:00.000Z"}
    action["data"] = {"card": card, "old": {"dueComplete": False}}  # type: ignore[assignment]
    return json.dumps({"action": action}).encode()


def test_connect_trello_registers_its_webhook_and_done_comes_back(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, client: TestClient
) -> None:
    ana = chat_as("ana", "Ana")
    ana.say("connect trello")
    list_id = CONFIGS["trello"]["list_id"]
    done = ana.say(f"{TRELLO_KEY} {list_id} {TOKENS['trello']} {HOOK_SECRET}")[-1].text
    assert done.startswith("✅ Trello connected")
    assert "Done in Trello comes back here: set up." in done
    (hook,) = fake.of("trello", "POST", "/1/webhooks/")
    (row,) = stored(runtime, IntegrationConnection)
    callback = f"{PUBLIC_URL}/webhooks/integrations/trello?connection={row.id}"
    assert hook.query["callbackURL"] == callback and hook.query["idModel"] == list_id

    (card,) = ana.say("send the Q4 deck to Sam by friday 5pm")
    ana.press("Confirm", card)
    (link,) = links(runtime)
    assert link.external_id is not None
    body = _trello_done(link.external_id)
    signed = base64.b64encode(hmac_digest(HOOK_SECRET, body + callback.encode(), "sha1"))
    parts = urlsplit(callback)
    answer = client.post(
        f"{parts.path}?{parts.query}", content=body, headers={"X-Trello-Webhook": signed.decode()}
    )
    assert answer.status_code == 200, answer.text
    assert all_tasks(runtime)[0].status == "done"

    (hook_id,) = fake.items["trello_hooks"]
    gone = [m.text for m in ana.say("disconnect trello")]
    assert any(text.startswith("🔌 Disconnected Trello") for text in gone)
    (deleted,) = fake.of("trello", "DELETE")
    assert deleted.path == f"/1/webhooks/{hook_id}"
    assert fake.items["trello_hooks"] == {}
    assert stored(runtime, IntegrationConnection) == []


def test_trello_without_the_api_secret_says_exactly_what_to_do(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors
) -> None:
    ana = chat_as("ana", "Ana")
    ana.say("connect trello")
    list_id = CONFIGS["trello"]["list_id"]
    done = ana.say(f"{TRELLO_KEY} {list_id} {TOKENS['trello']}")[-1].text
    assert done.startswith("✅ Trello connected")
    (row,) = stored(runtime, IntegrationConnection)
    assert "For done in Trello to come back here:" in done
    assert f"{PUBLIC_URL}/webhooks/integrations/trello?connection={row.id}" in done
    assert "https://trello.com/power-ups/admin" in done
    assert fake.of("trello", "POST", "/1/webhooks") == []


def _answer_handshake(client: TestClient) -> Callable[[str, dict[str, str]], str | None]:
    """Asana's handshake, sent to FlowHub's app as Asana would send it to its public URL."""

    def deliver(url: str, headers: dict[str, str]) -> str | None:
        parts = urlsplit(url)
        answer = client.post(f"{parts.path}?{parts.query}", headers=headers)
        return answer.headers.get("X-Hook-Secret") if answer.status_code == 200 else None

    return deliver


def test_connect_asana_registers_its_webhook_through_the_handshake(
    chat_as: ChatFactory,
    runtime: Runtime,
    fake: FakeVendors,
    client: TestClient,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(HANDSHAKES, "asana", _answer_handshake(client))
    ana = chat_as("ana", "Ana")
    ana.say("connect asana")
    config = CONFIGS["asana"]
    text = f"{config['workspace']} {TOKENS['asana']} {config['project']}"
    done = ana.say(text)[-1].text
    assert "Done in Asana comes back here: set up." in done
    (row,) = stored(runtime, IntegrationConnection)
    (hook,) = fake.of("asana", "POST", "/api/1.0/webhooks")
    callback = f"{PUBLIC_URL}/webhooks/integrations/asana?connection={row.id}"
    assert hook.json["data"]["target"] == callback
    assert hook.json["data"]["resource"] == config["project"]
    secrets = crypto.decrypt(row.secret_encrypted, tools=tool_config(runtime.settings))
    assert secrets["webhook_secret"].startswith("hook-secret-") and secrets["hook_id"]

    (card,) = ana.say("send the Q4 deck to Sam by friday 5pm")
    ana.press("Confirm", card)
    (link,) = links(runtime)
    assert link.external_id is not None
    fake.items["asana"][link.external_id]["completed"] = True
    resource = {"gid": link.external_id, "resource_type": "task"}
    event = {"action": "changed", "resource": resource, "change": {"field": "completed"}}
    body = json.dumps({"events": [event]}).encode()
    signature = hmac_digest(secrets["webhook_secret"], body).hex()
    parts = urlsplit(callback)
    answer = client.post(
        f"{parts.path}?{parts.query}", content=body, headers={"X-Hook-Signature": signature}
    )
    assert answer.status_code == 200, answer.text
    assert all_tasks(runtime)[0].status == "done"

    ana.say("disconnect asana")
    assert fake.of("asana", "DELETE", f"/api/1.0/webhooks/{secrets['hook_id']}")
    assert fake.items["asana_hooks"] == {}
    assert stored(runtime, IntegrationConnection) == []


def test_asana_without_a_project_or_a_handshake_says_what_to_do(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors
) -> None:
    ana = chat_as("ana", "Ana")
    config = CONFIGS["asana"]
    ana.say("connect asana")
    done = ana.say(f"{config['workspace']} {TOKENS['asana']}")[-1].text
    (row,) = stored(runtime, IntegrationConnection)
    assert "For done in Asana to come back here:" in done and "project id" in done
    assert f"{PUBLIC_URL}/webhooks/integrations/asana?connection={row.id}" in done
    assert fake.of("asana", "POST", "/api/1.0/webhooks") == []

    # The handshake cannot reach FlowHub: Asana refuses, and the person gets the steps.
    ana.say("connect asana")
    done = ana.say(f"{config['workspace']} {TOKENS['asana']} {config['project']}")[-1].text
    assert "For done in Asana to come back here:" in done
    fake.problems.clear()  # the refusal was the point


def test_connect_github_registers_a_signed_hook_when_the_token_may(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, client: TestClient
) -> None:
    fake.items["github_grants"][MAY_ADD_HOOKS] = {}
    ana = chat_as("ana", "Ana")
    ana.say("connect github")
    done = ana.say(f"acme/app {TOKENS['github']}")[-1].text
    assert "Done in GitHub comes back here: set up." in done
    (row,) = stored(runtime, IntegrationConnection)
    (hook,) = fake.of("github", "POST", "/repos/acme/app/hooks")
    callback = f"{PUBLIC_URL}/webhooks/integrations/github?connection={row.id}"
    assert hook.json["events"] == ["issues"] and hook.json["config"]["url"] == callback
    assert hook.json["config"]["content_type"] == "json"
    secrets = crypto.decrypt(row.secret_encrypted, tools=tool_config(runtime.settings))
    assert secrets["webhook_secret"] == hook.json["config"]["secret"]

    (card,) = ana.say("send the Q4 deck to Sam by friday 5pm")
    ana.press("Confirm", card)
    (link,) = links(runtime)
    issue = {"number": int(link.external_id or 0), "updated_at": "2030-01-01T00:00:00Z"}
    payload = {"action": "closed", "issue": issue, "repository": {"full_name": "acme/app"}}
    body = json.dumps(payload).encode()
    signature = "sha256=" + hmac_digest(secrets["webhook_secret"], body).hex()
    parts = urlsplit(callback)
    headers = {"X-Hub-Signature-256": signature, "X-GitHub-Delivery": "d-1"}
    answer = client.post(f"{parts.path}?{parts.query}", content=body, headers=headers)
    assert answer.status_code == 200, answer.text
    assert all_tasks(runtime)[0].status == "done"

    ana.say("disconnect github")
    assert fake.of("github", "DELETE", f"/repos/acme/app/hooks/{secrets['hook_id']}")
    assert fake.items["github_hooks"] == {}


def test_github_token_that_may_not_add_hooks_gets_the_exact_steps(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors
) -> None:
    ana = chat_as("ana", "Ana")
    ana.say("connect github")
    done = ana.say(f"acme/app {TOKENS['github']}")[-1].text
    assert done.startswith("✅ GitHub connected")
    (row,) = stored(runtime, IntegrationConnection)
    assert "For done in GitHub to come back here: the token may not add webhooks" in done
    assert f"payload URL {PUBLIC_URL}/webhooks/integrations/github?connection={row.id}" in done
    assert "Webhooks: Read and write" in done

    # With the secret of a webhook the person added, nothing more is registered.
    ana.say("connect github")
    done = ana.say(f"acme/app {TOKENS['github']} {HOOK_SECRET}")[-1].text
    assert "Done in GitHub comes back here: set up." in done
    assert len(fake.of("github", "POST", "/repos/acme/app/hooks")) == 1


def test_connect_linear_as_an_admin_registers_a_signed_webhook(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors
) -> None:
    fake.items["linear_grants"][LINEAR_ADMIN] = {}
    ana = chat_as("ana", "Ana")
    ana.say("connect linear")
    done = ana.say(f"ENG {TOKENS['linear']}")[-1].text
    assert "Done in Linear comes back here: set up." in done
    (row,) = stored(runtime, IntegrationConnection)
    (hook,) = fake.items["linear_hooks"].values()
    assert hook["url"] == f"{PUBLIC_URL}/webhooks/integrations/linear?connection={row.id}"
    assert hook["resourceTypes"] == ["Issue"] and hook["teamId"] == "team-eng-uuid"
    secrets = crypto.decrypt(row.secret_encrypted, tools=tool_config(runtime.settings))
    assert secrets["webhook_secret"] == hook["secret"]

    ana.say("disconnect linear")
    assert fake.items["linear_hooks"] == {}
    assert stored(runtime, IntegrationConnection) == []


def test_linear_key_of_a_member_gets_the_admin_steps(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors
) -> None:
    ana = chat_as("ana", "Ana")
    ana.say("connect linear")
    done = ana.say(f"ENG {TOKENS['linear']}")[-1].text
    assert done.startswith("✅ Linear connected")
    (row,) = stored(runtime, IntegrationConnection)
    assert "For done in Linear to come back here: Linear lets only workspace admins" in done
    assert f"URL {PUBLIC_URL}/webhooks/integrations/linear?connection={row.id}" in done


def test_jira_and_todoist_say_exactly_what_a_person_must_add(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors
) -> None:
    ana = chat_as("ana", "Ana")
    ana.say("connect todoist")
    done = ana.say(TOKENS["todoist"])[-1].text
    assert "For done in Todoist to come back here: create an app at" in done
    assert f"webhook URL {PUBLIC_URL}/webhooks/integrations/todoist and events" in done

    ana.say("connect jira")
    done = ana.say(f"acme.atlassian.test {EMAIL} OPS {TOKENS['jira']}")[-1].text
    (_, row) = stored(runtime, IntegrationConnection)
    assert "For done in Jira to come back here: a Jira admin adds a webhook" in done
    assert f"URL {PUBLIC_URL}/webhooks/integrations/jira?connection={row.id}" in done

    ana.say("connect jira")
    text = f"acme.atlassian.test {EMAIL} OPS {TOKENS['jira']} {HOOK_SECRET}"
    assert "Done in Jira comes back here: set up." in ana.say(text)[-1].text


def test_a_busy_tool_gets_its_webhook_later_and_a_reconnect_replaces_it(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, connect: Connect
) -> None:
    chat_as("ana", "Ana")
    connection_id = connect("trello", webhook_secret=HOOK_SECRET)
    fake.fail("trello", 429)  # the first try; the job asks again
    outcome = hooks.set_up(runtime.services, connection_id)
    assert outcome is not None and outcome.state == hooks.RETRYING
    assert len(fake.of("trello", "POST", "/1/webhooks")) == 2
    (first,) = fake.items["trello_hooks"]

    with session_scope(runtime.engine) as session:
        row = integrations.get_connection(session=session, connection_id=connection_id)
        assert row is not None
        hooks.drop_old(tool_config(runtime.settings), row)
    assert fake.of("trello", "DELETE", f"/1/webhooks/{first}")
    assert fake.items["trello_hooks"] == {}


def test_no_public_address_gives_the_steps_without_calling_the_tool(
    chat_as: ChatFactory, runtime: Runtime, fake: FakeVendors, connect: Connect
) -> None:
    chat_as("ana", "Ana")
    connection_id = connect("github")
    local = replace(runtime.services, tools=replace(runtime.services.tools, public_url=LOCAL))
    outcome = hooks.set_up(local, connection_id)
    assert outcome is not None and outcome.state == hooks.STEPS
    assert f"{LOCAL}/webhooks/integrations/github?connection={connection_id}" in outcome.steps
    assert fake.of("github", "POST") == []
