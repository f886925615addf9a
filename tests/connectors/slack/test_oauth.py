"""The OAuth install: the install page, the callback, and a second workspace using its own token."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from fastapi.testclient import TestClient
from sqlmodel import select

from flowhub.bot.runtime import Runtime
from flowhub.connectors.slack import SlackConnector
from flowhub.storage import session_scope
from flowhub.storage.slack_models import SlackInstallation, SlackOAuthState
from tests.auxil.fake_slack import CLIENT_ID, Bot, FakeSlack
from tests.connectors.slack import payloads as p

OTHER = Bot(
    token="xoxb-222-installed", team_id="T222", user_id="UBOT2", bot_id="BBOT2", team="Beta"
)


def _install(client: TestClient, fake: FakeSlack, code: str = "code-abc") -> str:
    page = client.get("/webhooks/slack/oauth/install", follow_redirects=False)
    assert page.status_code == 302
    # The state also goes in a Secure cookie; the test client speaks plain http, so carry it.
    cookie = page.headers["set-cookie"]
    assert cookie.startswith("slack-app-oauth-state=") and "Secure" in cookie
    client.headers["cookie"] = cookie.split(";")[0]
    location = urlsplit(page.headers["location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == (
        "https://slack.com/oauth/v2/authorize"
    )
    query = parse_qs(location.query)
    assert query["client_id"] == [CLIENT_ID]
    assert "chat:write" in query["scope"][0].split(",")
    fake.add_install_code(code, OTHER)
    return query["state"][0]


def test_install_then_events_of_that_workspace_use_its_token(
    client: TestClient, runtime: Runtime, fake: FakeSlack, slack: SlackConnector
) -> None:
    state = _install(client, fake)
    with session_scope(runtime.engine) as session:
        assert session.exec(select(SlackOAuthState)).one().state == state

    done = client.get(f"/webhooks/slack/oauth/callback?code=code-abc&state={state}")
    assert done.status_code == 200
    (exchange,) = fake.calls_to("oauth.v2.access")
    assert exchange.params["code"] == "code-abc"
    with session_scope(runtime.engine) as session:
        row = session.exec(select(SlackInstallation)).one()
        assert (row.team_id, row.bot_user_id, row.bot_id) == ("T222", "UBOT2", "BBOT2")
        assert session.exec(select(SlackOAuthState)).all() == []  # the state is used up

    fake.add_user("T222", "U777", "Chen Wu", tz="Asia/Shanghai")
    body = p.event_callback(
        p.dm("ship the release notes friday", user="U777", channel="D777"), team="T222"
    )
    assert p.post_json(client, body).status_code == 200
    (card,) = fake.calls_to("chat.postMessage")
    assert card.token == OTHER.token and card.params["channel"] == "D777"
    # The first workspace still uses the configured token.
    p.post_json(client, p.event_callback(p.dm("water the plants")))
    assert fake.calls_to("chat.postMessage")[-1].token != OTHER.token


def test_callback_with_a_wrong_state_stores_nothing(
    client: TestClient, runtime: Runtime, fake: FakeSlack, slack: SlackConnector
) -> None:
    _install(client, fake)
    answer = client.get("/webhooks/slack/oauth/callback?code=code-abc&state=forged")
    assert answer.status_code >= 400
    assert fake.calls_to("oauth.v2.access") == []
    with session_scope(runtime.engine) as session:
        assert session.exec(select(SlackInstallation)).all() == []


def test_uninstall_forgets_the_workspace(
    client: TestClient, runtime: Runtime, fake: FakeSlack, slack: SlackConnector
) -> None:
    state = _install(client, fake)
    client.get(f"/webhooks/slack/oauth/callback?code=code-abc&state={state}")
    assert slack.installations.token("T222") == OTHER.token
    gone = p.event_callback({"type": "app_uninstalled", "event_ts": p.next_ts()}, team="T222")
    assert p.post_json(client, gone).status_code == 200
    with session_scope(runtime.engine) as session:
        assert session.exec(select(SlackInstallation)).all() == []
