"""OAuth 2.0 authorization-code sign-in for Google, Microsoft, Asana, Linear, Atlassian, ClickUp,
Pipedrive, Salesforce, Zoho.

The chat offers a link to `/integrations/oauth/{provider}/start?state=...`; `state` is signed
(HMAC, 15 minutes) and binds the provider, workspace, person and a random nonce, so the callback
knows whose connection it is and a forged or late callback is refused. The nonce is stored and
used up by the first callback (`states.py`), so a state works once. Tokens are exchanged at the
provider's token URL and stored encrypted; access tokens are refreshed when a call gets 401.
A provider with `basic_auth` (Pipedrive) takes the client's id and secret as HTTP Basic
credentials of the token call; an `api_domain` in the answer (Pipedrive's company URL, Zoho's
data centre) and an `instance_url` (Salesforce's org) are kept. A provider with `servers` (Zoho)
trades the code at the accounts server its callback names, when that is one of them.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx

from flowhub.integrations import crypto
from flowhub.integrations.base import BadTarget, Reconnect, RetryLater
from flowhub.services import ToolConfig

STATE_TTL = 15 * 60
# Zoho's data centres' accounts servers (its "Multi DC" guide).
ZOHO_ACCOUNTS = (
    "accounts.zoho.com",
    "accounts.zoho.eu",
    "accounts.zoho.in",
    "accounts.zoho.com.au",
    "accounts.zoho.jp",
    "accounts.zoho.uk",
    "accounts.zohocloud.ca",
    "accounts.zoho.sa",
    "accounts.zoho.com.cn",
)


@dataclass(frozen=True, slots=True)
class Provider:
    """One OAuth provider: its URLs, scopes, and the integration it connects."""

    name: str
    kind: str
    title: str
    authorize_url: str
    token_url: str
    scope: str
    extra: tuple[tuple[str, str], ...] = ()
    params_in_query: bool = False
    basic_auth: bool = False
    # Hosts a sign-in may name as its own token server (Zoho's data centres' accounts servers).
    servers: tuple[str, ...] = ()
    client: str = ""  # the provider whose OAuth app it signs in with (default: its own)
    pkce: bool = False  # sends a code challenge (RFC 7636, S256), and the verifier with the code


PROVIDERS: dict[str, Provider] = {
    "google": Provider(
        "google",
        "google_calendar",
        "Google",
        "https://accounts.google.com/o/oauth2/v2/auth",
        "https://oauth2.googleapis.com/token",
        "https://www.googleapis.com/auth/calendar.events",
        (("access_type", "offline"), ("prompt", "consent")),
    ),
    "microsoft": Provider(
        "microsoft",
        "microsoft_todo",
        "Microsoft",
        "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
        "https://login.microsoftonline.com/common/oauth2/v2.0/token",
        "offline_access Tasks.ReadWrite",
    ),
    "outlook": Provider(
        "outlook",
        "outlook_calendar",
        "Microsoft",
        "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
        "https://login.microsoftonline.com/common/oauth2/v2.0/token",
        "offline_access Calendars.ReadWrite",
        client="microsoft",
    ),
    "asana": Provider(
        "asana",
        "asana",
        "Asana",
        "https://app.asana.com/-/oauth_authorize",
        "https://app.asana.com/-/oauth_token",
        "default",
    ),
    "linear": Provider(
        "linear",
        "linear",
        "Linear",
        "https://linear.app/oauth/authorize",
        "https://api.linear.app/oauth/token",
        "read,write",
    ),
    "atlassian": Provider(
        "atlassian",
        "jira",
        "Atlassian",
        "https://auth.atlassian.com/authorize",
        "https://auth.atlassian.com/oauth/token",
        "read:jira-work write:jira-work read:jira-user offline_access",
        (("audience", "api.atlassian.com"), ("prompt", "consent")),
    ),
    "clickup": Provider(
        "clickup",
        "clickup",
        "ClickUp",
        "https://app.clickup.com/api",
        "https://api.clickup.com/api/v2/oauth/token",
        "",
        params_in_query=True,
    ),
    "pipedrive": Provider(
        "pipedrive",
        "pipedrive",
        "Pipedrive",
        "https://oauth.pipedrive.com/oauth/authorize",
        "https://oauth.pipedrive.com/oauth/token",
        "",  # Pipedrive takes the scopes set on the app, not in the link
        basic_auth=True,
    ),
    "salesforce": Provider(
        "salesforce",
        "salesforce",
        "Salesforce",
        "https://login.salesforce.com/services/oauth2/authorize",
        "https://login.salesforce.com/services/oauth2/token",
        "api refresh_token",
        pkce=True,  # Salesforce asks new connected apps to require it
    ),
    "zoho": Provider(
        "zoho",
        "zoho",
        "Zoho",
        "https://accounts.zoho.com/oauth/v2/auth",
        "https://accounts.zoho.com/oauth/v2/token",
        "ZohoCRM.modules.ALL,ZohoCRM.notifications.ALL,ZohoCRM.org.READ,ZohoCRM.users.READ",
        (("access_type", "offline"), ("prompt", "consent")),
        servers=ZOHO_ACCOUNTS,
    ),
}


def client(provider: Provider, tools: ToolConfig) -> tuple[str, str] | None:
    """The OAuth client id and secret configured for a provider, if both are set."""
    found = tools.oauth_clients.get(provider.client or provider.name)
    if found is None:
        return None
    client_id, secret = found
    return client_id, secret.get_secret_value()


def redirect_uri(provider: Provider, tools: ToolConfig) -> str:
    """The callback URL to register at the provider."""
    return f"{tools.public_url.rstrip('/')}/integrations/oauth/{provider.name}/callback"


@dataclass(frozen=True, slots=True)
class State:
    """Whose sign-in a state is: the workspace and person who asked, and its one-time nonce."""

    workspace_id: int
    person_id: int
    nonce: str


def new_state(
    provider: Provider, *, workspace_id: int, person_id: int, tools: ToolConfig
) -> tuple[str, State]:
    """A fresh signed state for this person's sign-in, and what it says (to store the nonce)."""
    owner = State(workspace_id, person_id, crypto.new_secret())
    value = f"{provider.name}:{workspace_id}:{person_id}:{owner.nonce}"
    return crypto.sign(value, tools=tools, ttl=STATE_TTL), owner


def start_link(provider: Provider, state: str, *, tools: ToolConfig) -> str:
    """The link FlowHub sends in chat: our start route with a signed state."""
    base = tools.public_url.rstrip("/")
    return f"{base}/integrations/oauth/{provider.name}/start?{urlencode({'state': state})}"


def read_state(provider: Provider, state: str, *, tools: ToolConfig) -> State | None:
    """What a validly signed, unexpired state for this provider says, else None."""
    value = crypto.unsign(state, tools=tools)
    if value is None:
        return None
    parts = value.split(":")
    if len(parts) != 4 or parts[0] != provider.name or not parts[3]:
        return None
    _, workspace, person, nonce = parts
    if not workspace.isdigit() or not person.isdigit():
        return None
    return State(int(workspace), int(person), nonce)


def authorize_url(provider: Provider, state: str, *, tools: ToolConfig) -> str:
    """Where the start route redirects the browser."""
    found = client(provider, tools)
    if found is None:
        raise BadTarget(f"{provider.title} sign-in is not configured on this server")
    params = {
        "client_id": found[0],
        "redirect_uri": redirect_uri(provider, tools),
        "response_type": "code",
        "state": state,
        **dict(provider.extra),
    }
    if provider.scope:
        params["scope"] = provider.scope
    owner = read_state(provider, state, tools=tools)
    if provider.pkce and owner is not None:
        verifier = crypto.code_verifier(owner.nonce, tools=tools)
        challenge = hashlib.sha256(verifier.encode()).digest()
        params["code_challenge"] = base64.urlsafe_b64encode(challenge).decode().rstrip("=")
        params["code_challenge_method"] = "S256"
    return f"{login_url(provider, tools)}?{urlencode(params)}"


def verifier_for(provider: Provider, owner: State, *, tools: ToolConfig) -> str:
    """The PKCE code verifier the token call sends for this sign-in ("" without PKCE)."""
    return crypto.code_verifier(owner.nonce, tools=tools) if provider.pkce else ""


def login_url(provider: Provider, tools: ToolConfig) -> str:
    """The consent page: on the login host the server is set to, where the provider has one
    (a Salesforce sandbox's test.salesforce.com, or an org's My Domain)."""
    host = tools.login_hosts.get(provider.name, "")
    return f"{host}{urlsplit(provider.authorize_url).path}" if host else provider.authorize_url


def exchange(
    provider: Provider, code: str, *, tools: ToolConfig, server: str = "", verifier: str = ""
) -> dict[str, str]:
    """Trade an authorization code for tokens: {"token", "refresh_token"?}; `server` is the
    token server the callback named, for a provider with data centres (kept for refreshes);
    `verifier` the sign-in's PKCE code verifier, for a provider that takes one."""
    home = token_server(provider, server)
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": redirect_uri(provider, tools),
    }
    if verifier:
        form["code_verifier"] = verifier
    tokens = _token_call(provider, form, tools=tools, server=home)
    return {**tokens, "accounts_server": home} if home else tokens


def token_server(provider: Provider, server: str) -> str:
    """The https origin of a token server the callback named, when the provider lists its
    host; "" when it named none; `Reconnect` for any other, which must never see the code."""
    if not provider.servers or not server:
        return ""
    parts = urlsplit(server)
    if parts.scheme != "https" or parts.hostname not in provider.servers or parts.port:
        raise Reconnect(f"{provider.title} sign-in named a server that is not {provider.title}'s")
    return f"https://{parts.hostname}"


def refresh(provider_name: str, secrets: dict[str, str], *, tools: ToolConfig) -> dict[str, str]:
    """New access token from the refresh token; `Reconnect` when the grant is gone."""
    provider = PROVIDERS[provider_name]
    fresh = _token_call(
        provider,
        {"grant_type": "refresh_token", "refresh_token": secrets.get("refresh_token", "")},
        tools=tools,
        server=secrets.get("accounts_server", ""),
    )
    return {**secrets, **fresh}


def token_url(provider: Provider, tools: ToolConfig, server: str = "") -> str:
    """The provider's token endpoint, on `server` when the sign-in named one (or the test/proxy
    override)."""
    if tools.integrations_base_url:
        return f"{tools.integrations_base_url.rstrip('/')}/oauth/{provider.name}/token"
    server = server or tools.login_hosts.get(provider.name, "")
    return server + urlsplit(provider.token_url).path if server else provider.token_url


def _token_call(
    provider: Provider, form: dict[str, str], *, tools: ToolConfig, server: str = ""
) -> dict[str, str]:
    found = client(provider, tools)
    if found is None:
        raise Reconnect(f"{provider.title} sign-in is not configured on this server any more")
    url = token_url(provider, tools, server)
    basic = httpx.BasicAuth(found[0], found[1]) if provider.basic_auth else None
    if basic is None:
        form = {**form, "client_id": found[0], "client_secret": found[1]}
    try:
        if provider.params_in_query:
            response = httpx.post(url, params=form, timeout=tools.integrations_timeout)
        else:
            response = httpx.post(
                url,
                data=form,
                auth=basic,
                headers={"Accept": "application/json"},
                timeout=tools.integrations_timeout,
            )
    except httpx.HTTPError as exc:
        raise RetryLater(f"{provider.title} sign-in did not answer", retry_after=10) from exc
    if response.status_code >= 500 or response.status_code == 429:
        raise RetryLater(f"{provider.title} sign-in had an error ({response.status_code})")
    data: dict[str, Any] = {}
    with contextlib.suppress(ValueError):
        data = response.json()
    if response.status_code >= 400 or "access_token" not in data:
        why = data.get("error_description") or data.get("error") or response.status_code
        raise Reconnect(f"{provider.title} refused the sign-in ({why})")
    tokens = {"token": str(data["access_token"])}
    if data.get("refresh_token"):
        tokens["refresh_token"] = str(data["refresh_token"])
    if data.get("api_domain"):
        tokens["api_domain"] = str(data["api_domain"])
    if data.get("instance_url"):  # Salesforce: the org's own API host, and its identity URL
        tokens["instance_url"] = str(data["instance_url"])
        if data.get("id"):
            tokens["identity_url"] = str(data["id"])
    return tokens
