"""A local fake of the task tools' APIs, served by uvicorn on 127.0.0.1 (one server per session).

Each tool lives under its own prefix (``/jira/...``, ``/trello/...``, ...), which is what
``FLOWHUB_INTEGRATIONS_BASE_URL`` makes the real integration code call. Every handler (one module
per tool in tests/auxil/vendors/) checks what the tool documents: the endpoint, the auth header,
and the body's shape; a request that breaks a rule is answered 400 and listed in ``problems``
(tests assert it stays empty).

Everything received is kept in ``calls``; ``fail(tool, status, times)`` scripts the next
answers (401 revoked token, 429 with ``Retry-After: 0``, 500). Objects created are kept per tool
in ``items`` so updates, transitions and lookups see them. OAuth token endpoints live under
``/oauth/<provider>/token``.
"""

from __future__ import annotations

import base64
import itertools
import json
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.auxil.loopback import Loopback, serve
from tests.auxil.vendors import (
    asana,
    clickup,
    github,
    google_calendar,
    hubspot,
    jira,
    linear,
    microsoft_todo,
    monday,
    notion,
    outlook_calendar,
    pipedrive,
    salesforce,
    todoist,
    trello,
    webhook,
    zoho,
)
from tests.auxil.vendors.clickup import CLICKUP_STATUSES
from tests.auxil.vendors.common import (
    CONFIGS,
    EMAIL,
    OAUTH_CLIENT,
    TOKENS,
    TRELLO_KEY,
    WEBHOOK_SECRET,
    Answer,
    Call,
    Reject,
)
from tests.auxil.vendors.jira import JIRA_CLOUD_ID, JIRA_SCOPED_TOKEN
from tests.auxil.vendors.linear import linear_error
from tests.auxil.vendors.monday import MONDAY_STABLE_VERSIONS
from tests.contracts import graphql_contract, openapi
from tests.contracts import todoist as todoist_contract

__all__ = [
    "CLICKUP_STATUSES",
    "CONFIGS",
    "EMAIL",
    "JIRA_CLOUD_ID",
    "JIRA_SCOPED_TOKEN",
    "MONDAY_STABLE_VERSIONS",
    "OAUTH_CLIENT",
    "TOKENS",
    "TRELLO_KEY",
    "WEBHOOK_SECRET",
    "Call",
    "FakeVendors",
    "Reject",
]
HANDLERS: dict[str, Callable[[Any, Call], Answer]] = {
    "jira": jira.handle,
    "trello": trello.handle,
    "todoist": todoist.handle,
    "notion": notion.handle,
    "google_calendar": google_calendar.handle,
    "github": github.handle,
    "asana": asana.handle,
    "linear": linear.handle,
    "monday": monday.handle,
    "clickup": clickup.handle,
    "microsoft_todo": microsoft_todo.handle,
    "outlook_calendar": outlook_calendar.handle,
    "hubspot": hubspot.handle,
    "pipedrive": pipedrive.handle,
    "salesforce": salesforce.handle,
    "webhook": webhook.handle,
    "zoho": zoho.handle,
}


@dataclass
class FakeVendors:
    """The fake; `start()` serves it, `reset()` forgets everything between tests."""

    url: str = ""
    calls: list[Call] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    # What broke the vendor's own API description (tests/contracts/specs/), request or answer.
    contract_problems: list[str] = field(default_factory=list)
    items: dict[str, dict[str, dict[str, Any]]] = field(default_factory=lambda: defaultdict(dict))
    _failures: dict[str, deque[int]] = field(default_factory=lambda: defaultdict(deque))
    request_ids: dict[str, Answer] = field(default_factory=dict)
    _lost: set[str] = field(default_factory=set)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1001))
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _loopback: Loopback | None = None

    # --- control -------------------------------------------------------------------------

    def reset(self) -> None:
        """Forget calls, items, scripted failures and problems."""
        with self._lock:
            self.calls.clear()
            self.problems.clear()
            self.contract_problems.clear()
            self.items.clear()
            self._failures.clear()
            self.request_ids.clear()
            self._lost.clear()

    def fail(self, tool: str, status: int, times: int = 1) -> None:
        """Answer the next `times` requests to `tool` with `status` (vendor-shaped)."""
        with self._lock:
            self._failures[tool].extend([status] * times)

    def lose_answer(self, tool: str) -> None:
        """Do the next request to `tool`, then answer 500 as if the response got lost."""
        with self._lock:
            self._lost.add(tool)

    def of(self, tool: str, method: str | None = None, path: str = "") -> list[Call]:
        """The calls to a tool, optionally of one method and containing `path`."""
        return [
            c
            for c in self.calls
            if c.tool == tool and (method is None or c.method == method) and path in c.path
        ]

    def creates(self, tool: str) -> list[Call]:
        """The calls that created something in `tool`."""
        return [c for c in self.calls if c.tool == tool and _is_create(c)]

    # --- server --------------------------------------------------------------------------

    def start(self) -> FakeVendors:
        """Serve on a free loopback port in a background thread."""
        methods = ["GET", "POST", "PUT", "PATCH", "DELETE"]
        app = Starlette(
            routes=[
                Route("/oauth/{provider}/{rest:path}", self._oauth, methods=methods),
                Route("/{tool}", self._handle, methods=methods),
                Route("/{tool}/{rest:path}", self._handle, methods=methods),
            ]
        )
        self._loopback = serve(app, name="fake vendor")
        self.url = self._loopback.url
        return self

    def stop(self) -> None:
        """Stop serving."""
        if self._loopback is not None:
            self._loopback.stop()
            self._loopback = None

    async def _handle(self, request: Request) -> Response:
        tool = request.path_params["tool"]
        rest = "/" + request.path_params.get("rest", "")
        body = await request.body()
        call = Call(
            tool,
            request.method,
            rest,
            {k.lower(): v for k, v in request.headers.items()},
            dict(request.query_params),
            body,
        )
        try:
            call.json = json.loads(body) if body else None
        except ValueError:
            call.json = None
        with self._lock:
            self.calls.append(call)
            scripted = self._failures[tool].popleft() if self._failures[tool] else None
        if scripted is not None:
            return _failure(tool, scripted)
        handler = HANDLERS.get(tool)
        if handler is None:
            return JSONResponse({"message": f"no such tool {tool}"}, status_code=404)
        try:
            with self._lock:
                self._check(call, _request_problems(call))
                status, payload, headers = handler(self, call)
        except Reject as exc:
            if exc.status == 400:
                self.problems.append(f"{tool} {call.method} {rest}: {exc}")
            return JSONResponse({"message": str(exc)}, status_code=exc.status)
        said = _answer_problems(call, status, payload)
        self.contract_problems += [f"{tool} {call.method} {rest}: {p}" for p in said]
        with self._lock:
            if tool in self._lost:
                self._lost.discard(tool)
                return _failure(tool, 500)
        if payload is None:
            return Response(status_code=status, headers=headers)
        return JSONResponse(payload, status_code=status, headers=headers)

    def _check(self, call: Call, said: list[str]) -> None:
        """Refuse a request its vendor's API description forbids, in the description's words."""
        if said:
            self.contract_problems += [f"{call.tool} {call.method} {call.path}: {p}" for p in said]
            raise Reject("; ".join(said), 404 if said[0].startswith("not a call") else 400)

    async def _oauth(self, request: Request) -> Response:
        provider = request.path_params["provider"]
        rest = request.path_params["rest"]
        body = await request.body()
        self.calls.append(
            Call("oauth", request.method, f"/{provider}/{rest}", dict(request.headers), {}, body)
        )
        if rest == "token-info":
            return JSONResponse({})
        form = {k: v[0] for k, v in parse_qs(body.decode()).items()}
        form |= dict(request.query_params)
        if request.headers.get("authorization", "").startswith("Basic "):  # Pipedrive's way
            pair = base64.b64decode(request.headers["authorization"][6:]).decode()
            form["client_id"], _, form["client_secret"] = pair.partition(":")
        if (form.get("client_id"), form.get("client_secret")) != OAUTH_CLIENT:
            return JSONResponse({"error": "invalid_client"}, status_code=401)
        if form.get("grant_type") == "authorization_code" and form.get("code") == "good-code":
            tool = _OAUTH_TOOLS.get(provider, provider)
            return JSONResponse(
                {
                    "access_token": TOKENS.get(tool, f"{provider}-token"),
                    "refresh_token": f"{provider}-refresh",
                    "expires_in": 3600,
                    "token_type": "Bearer",
                    **salesforce.token_extra(provider),
                    **zoho.token_extra(provider),
                }
            )
        if form.get("grant_type") == "refresh_token" and form.get("refresh_token") == (
            f"{provider}-refresh"
        ):
            tool = _OAUTH_TOOLS.get(provider, provider)
            return JSONResponse({"access_token": TOKENS[tool], "expires_in": 3600})
        return JSONResponse({"error": "invalid_grant"}, status_code=400)

    def new_id(self) -> str:
        return str(next(self._ids))


# The tool each OAuth provider signs in to, where its name is not the tool's.
_OAUTH_TOOLS = {
    "google": "google_calendar",
    "microsoft": "microsoft_todo",
    "outlook": "outlook_calendar",
}


# Real calls that the vendor's REST API description leaves out (Atlassian's public site info,
# HubSpot's account details, which its SDK has no API class for).
UNDESCRIBED = {
    ("jira", "GET", "/_edge/tenant_info"),
    ("hubspot", "GET", "/account-info/v3/details"),
}


def _request_problems(call: Call) -> list[str]:
    """What the tool's vendored API description forbids in the request."""
    if (call.tool, call.method, call.path) in UNDESCRIBED:
        return []
    if call.tool in openapi.described():
        path = jira.described_path(call.path) if call.tool == "jira" else call.path
        return openapi.contract(call.tool).check_request(call.method, path, call.query, call.json)
    if call.tool in graphql_contract.described() and call.method == "POST":
        return graphql_contract.contract(call.tool).check_request(call.json)
    return []


def _answer_problems(call: Call, status: int, payload: Any) -> list[str]:
    """Where the fake's answer is not what the vendor's API description says it answers."""
    if (call.tool, call.method, call.path) in UNDESCRIBED:
        return []
    if call.tool in openapi.described():
        return openapi.contract(call.tool).check_response(call.method, call.path, status, payload)
    if call.tool in graphql_contract.described() and call.method == "POST":
        return graphql_contract.contract(call.tool).check_response(call.json, payload)
    return []


def _is_create(call: Call) -> bool:
    if call.method != "POST":
        return False
    if call.tool == "linear":
        return "issueCreate" in (call.json or {}).get("query", "")
    if call.tool == "monday":
        return "create_item" in (call.json or {}).get("query", "")
    if call.tool == "webhook":
        return (call.json or {}).get("event") == "task.created"
    return call.path in (
        "/rest/api/3/issue",
        "/1/cards",
        todoist_contract.TASKS,
        "/v1/pages",
        "/calendar/v3/calendars/primary/events",
        "/repos/acme/app/issues",
        "/api/1.0/tasks",
        f"/api/v2/list/{CONFIGS['clickup']['list_id']}/task",
        "/v1.0/me/todo/lists/list-1/tasks",
        "/v1.0/me/events",
        "/crm/v3/objects/tasks",
        "/api/v2/activities",
        "/services/data/v62.0/sobjects/Task",
        "/crm/v8/Tasks",
    )


def _failure(tool: str, status: int) -> Response:
    """A scripted failure in the tool's own error shape."""
    headers = {"Retry-After": "0"} if status == 429 else {}
    if status == 429 and tool == "clickup":  # ClickUp says when its window resets, no Retry-After
        reset = str(int(time.time()))
        headers = {"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "0"}
        headers["X-RateLimit-Reset"] = reset
    if status == 429 and tool == "monday":  # monday's GraphQL error says how long to wait
        error = {"code": "RATE_LIMIT_EXCEEDED", "retry_in_seconds": 0}
        body = {"errors": [{"message": "Rate limit exceeded", "extensions": error}]}
        return JSONResponse(body, status_code=429, headers=headers)
    if tool == "linear" and status == 401:
        return JSONResponse(
            linear_error("Authentication required, not authenticated", "AUTHENTICATION_ERROR"),
            status_code=400,
        )
    bodies: dict[int, Any] = {
        401: {"message": "Unauthorized: the token was revoked", "error": "unauthorized"},
        403: {"message": "Forbidden"},
        429: {"message": "Too Many Requests"},
        500: {"message": "Internal Server Error"},
    }
    return JSONResponse(
        bodies.get(status, {"message": "error"}), status_code=status, headers=headers
    )
