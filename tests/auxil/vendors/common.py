"""What every fake vendor shares: the test credentials and configs, a request, a refusal."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

EMAIL = "ana@acme.test"
TOKENS = {
    "jira": "jira-token-0123456789",
    "trello": "trello-token-0123456789",
    "todoist": "todoist-token-0123456789",
    "notion": "secret_notion-token-0123456789",
    "google_calendar": "google-token-0123456789",
    "github": "github_pat_0123456789",
    "asana": "asana-token-0123456789",
    "linear": "lin_api_linear0123456789",
    "monday": "monday-token-0123456789",
    "clickup": "pk_clickup_0123456789",
    "microsoft_todo": "ms-token-0123456789",
    "outlook_calendar": "ms-calendar-token-0123456789",
    "hubspot": "pat-eu1-hubspot-0123456789",
    "pipedrive": "pipedrive-token-0123456789",
    "salesforce": "00D5g000000AbCd!salesforce-token-0123456789",
    "zoho": "1000.zoho-token-0123456789",
}
TRELLO_KEY = "trello-key"
WEBHOOK_SECRET = "webhook-secret-0123456789"
OAUTH_CLIENT = ("client-id", "client-secret")
# What each tool's connection is configured with in the tests.
CONFIGS: dict[str, dict[str, Any]] = {
    "jira": {"site": "acme.atlassian.test", "email": EMAIL, "project": "OPS"},
    "trello": {"key": TRELLO_KEY, "list_id": "5f0a1b2c3d4e5f6a7b8c9d0e"},
    "todoist": {},
    "notion": {"database": "https://www.notion.so/acme/Tasks-0123456789abcdef0123456789abcdef"},
    "google_calendar": {},
    "github": {"repo": "acme/app"},
    "asana": {"workspace": "1200000000000001", "project": "1200000000000002"},
    "linear": {"team": "ENG"},
    "monday": {"board": "1234567890"},
    "clickup": {"list_id": "901234"},
    "microsoft_todo": {},
    "outlook_calendar": {},
    "hubspot": {},
    "pipedrive": {},
    "salesforce": {},
    "zoho": {},
    "webhook": {},
}


class Reject(Exception):
    """The request breaks the tool's documented rules."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class Call:
    """One request the fake received."""

    tool: str
    method: str
    path: str
    headers: dict[str, str]
    query: dict[str, str]
    body: bytes
    json: Any = None


Answer = tuple[int, Any, dict[str, str]]
# tool -> how its fake reaches FlowHub's webhook URL (url, headers) -> the echoed handshake
# header; a test that lets the tool call back sets it (the fake cannot reach https://flowhub.test).
HANDSHAKES: dict[str, Any] = {}


class Store(Protocol):
    """What a handler keeps between requests: objects per tool, answers per request id."""

    items: dict[str, dict[str, dict[str, Any]]]
    request_ids: dict[str, Answer]

    def new_id(self) -> str:
        """A fresh numeric id."""
        ...


def auth(call: Call, header: str, expected: str) -> None:
    """Refuse with 401 unless `header` is exactly `expected`."""
    if call.headers.get(header) != expected:
        raise Reject(f"{header} is missing or wrong", 401)


def need(data: Any, key: str, kind: type) -> Any:
    """`data[key]`, refused with 400 unless it is a `kind`."""
    if not isinstance(data, dict) or not isinstance(data.get(key), kind):
        raise Reject(f"{key!r} must be a {kind.__name__}")
    return data[key]


def found(items: dict[str, dict[str, Any]], key: str) -> dict[str, Any]:
    """The stored object `key`, or a 404."""
    if key not in items:
        raise Reject(f"no such object {key}", 404)
    return items[key]


def checked(check: Any, payload: dict[str, Any]) -> dict[str, Any]:
    """`payload` once the vendor's own model has read it (a fake that drifted fails loudly)."""
    check(payload)
    return payload
