"""A local fake of the task tools' APIs, served by uvicorn on 127.0.0.1 (one server per session).

Each tool lives under its own prefix (``/jira/...``, ``/trello/...``, ...), which is what
``FLOWHUB_INTEGRATIONS_BASE_URL`` makes the real integration code call. Every handler checks
what the tool documents: the endpoint, the auth header, and the body's shape; a request that
breaks a rule is answered 400 and listed in ``problems`` (tests assert it stays empty).

Everything received is kept in ``calls``; ``fail(tool, status, times)`` scripts the next
answers (401 revoked token, 429 with ``Retry-After: 0``, 500). Objects created are kept per tool
in ``items`` so updates, transitions and lookups see them. OAuth token endpoints live under
``/oauth/<provider>/token``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import json
import re
import threading
import time
import uuid
from collections import defaultdict, deque
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.auxil.loopback import Loopback, serve
from tests.contracts import todoist as todoist_contract

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
}
# A ClickUp list's own statuses: each list names them itself; `type` says which is closed.
CLICKUP_STATUSES = [
    {"id": "sc901234_a", "status": "backlog", "type": "open", "orderindex": 0, "color": "#ddd"},
    {"id": "sc901234_b", "status": "doing", "type": "custom", "orderindex": 1, "color": "#49f"},
    {"id": "sc901234_c", "status": "shipped", "type": "closed", "orderindex": 2, "color": "#6c5"},
]
# monday.com's stable API versions (developer.monday.com/api-reference/docs/api-versioning,
# September 2026: 2026-04 maintenance, 2026-07 current); older ones are re-routed.
MONDAY_STABLE_VERSIONS = ("2026-04", "2026-07")
# A Jira site's cloud id, and a scoped API token (valid only through Atlassian's gateway).
JIRA_CLOUD_ID = "a436116f-02ce-4520-8fbb-7301462a1674"
JIRA_SCOPED_TOKEN = "jira-scoped-token-0123456789"
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


@dataclass
class FakeVendors:
    """The fake; `start()` serves it, `reset()` forgets everything between tests."""

    url: str = ""
    calls: list[Call] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    items: dict[str, dict[str, dict[str, Any]]] = field(default_factory=lambda: defaultdict(dict))
    _failures: dict[str, deque[int]] = field(default_factory=lambda: defaultdict(deque))
    _request_ids: dict[str, Answer] = field(default_factory=dict)
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
            self.items.clear()
            self._failures.clear()
            self._request_ids.clear()
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
        handler = getattr(self, f"_{tool}", None)
        if handler is None:
            return JSONResponse({"message": f"no such tool {tool}"}, status_code=404)
        try:
            with self._lock:
                status, payload, headers = handler(call)
        except Reject as exc:
            if exc.status == 400:
                self.problems.append(f"{tool} {call.method} {rest}: {exc}")
            return JSONResponse({"message": str(exc)}, status_code=exc.status)
        with self._lock:
            if tool in self._lost:
                self._lost.discard(tool)
                return _failure(tool, 500)
        if payload is None:
            return Response(status_code=status, headers=headers)
        return JSONResponse(payload, status_code=status, headers=headers)

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
        if (form.get("client_id"), form.get("client_secret")) != OAUTH_CLIENT:
            return JSONResponse({"error": "invalid_client"}, status_code=401)
        if form.get("grant_type") == "authorization_code" and form.get("code") == "good-code":
            tool = {"google": "google_calendar", "microsoft": "microsoft_todo"}.get(
                provider, provider
            )
            return JSONResponse(
                {
                    "access_token": TOKENS.get(tool, f"{provider}-token"),
                    "refresh_token": f"{provider}-refresh",
                    "expires_in": 3600,
                    "token_type": "Bearer",
                }
            )
        if form.get("grant_type") == "refresh_token" and form.get("refresh_token") == (
            f"{provider}-refresh"
        ):
            tool = {"google": "google_calendar", "microsoft": "microsoft_todo"}.get(
                provider, provider
            )
            return JSONResponse({"access_token": TOKENS[tool], "expires_in": 3600})
        return JSONResponse({"error": "invalid_grant"}, status_code=400)

    def _new_id(self) -> str:
        return str(next(self._ids))

    # --- Jira Cloud REST v3 ------------------------------------------------------------------

    def _jira(self, call: Call) -> Answer:
        if call.method == "GET" and call.path == "/_edge/tenant_info":  # public, on the site
            return 200, {"cloudId": JIRA_CLOUD_ID}, {}
        _jira_auth(call)
        issues = self.items["jira"]
        if call.method == "GET" and call.path == "/rest/api/3/myself":
            return 200, {"accountId": "5b10a2844c20165700ede21g", "emailAddress": EMAIL}, {}
        if m := re.fullmatch(r"/rest/api/3/project/(\w+)", call.path):
            if m.group(1) != "OPS":
                raise Reject("No project could be found with key", 404)
            return 200, {"id": "10000", "key": "OPS", "name": "Operations"}, {}
        if call.method == "POST" and call.path == "/rest/api/3/issue":
            fields = _need(call.json, "fields", dict)
            _need(fields, "summary", str)
            if _need(fields, "project", dict).get("key") != "OPS":
                raise Reject("project key must be OPS")
            _need(_need(fields, "issuetype", dict), "name", str)
            doc = fields.get("description")
            if doc is not None and (doc.get("type") != "doc" or doc.get("version") != 1):
                raise Reject("description must be an ADF document in v3")
            if "duedate" in fields:
                date.fromisoformat(fields["duedate"])
            if "priority" in fields and fields["priority"]["name"] not in (
                "Highest",
                "High",
                "Medium",
                "Low",
                "Lowest",
            ):
                raise Reject("unknown priority")
            issue_id = self._new_id()
            key = f"OPS-{len(issues) + 1}"
            issues[issue_id] = {"key": key, "fields": fields, "status": "new"}
            return 201, {"id": issue_id, "key": key, "self": f"/rest/api/3/issue/{issue_id}"}, {}
        if m := re.fullmatch(r"/rest/api/3/issue/(\d+)", call.path):
            issue = _found(issues, m.group(1))
            if call.method == "PUT":
                issue["fields"].update(_need(call.json, "fields", dict))
                return 204, None, {}
        if m := re.fullmatch(r"/rest/api/3/issue/(\d+)/transitions", call.path):
            issue = _found(issues, m.group(1))
            transitions = [
                {"id": "11", "name": "To Do", "to": {"statusCategory": {"key": "new"}}},
                {"id": "31", "name": "Done", "to": {"statusCategory": {"key": "done"}}},
            ]
            if call.method == "GET":
                return 200, {"transitions": transitions}, {}
            wanted = _need(_need(call.json, "transition", dict), "id", str)
            issue["status"] = {"11": "new", "31": "done"}[wanted]
            return 204, None, {}
        if call.method == "POST" and call.path == "/rest/api/3/search/jql":
            jql = _need(call.json, "jql", str)
            label = re.search(r'labels = "([^"]+)"', jql)
            found = [
                {"id": i, "key": v["key"]}
                for i, v in issues.items()
                if label and label.group(1) in v["fields"].get("labels", [])
            ]
            return 200, {"issues": found[:1]}, {}
        raise Reject(f"not a Jira endpoint: {call.method} {call.path}", 404)

    # --- Trello ------------------------------------------------------------------------------

    def _trello(self, call: Call) -> Answer:
        _auth(
            call,
            "authorization",
            f'OAuth oauth_consumer_key="{TRELLO_KEY}", oauth_token="{TOKENS["trello"]}"',
        )
        if "token" in call.query or "key" in call.query:
            raise Reject("credentials must not travel in the URL here")
        cards = self.items["trello"]
        if call.method == "GET" and call.path == "/1/members/me":
            return 200, {"id": "m1", "username": "ana"}, {}
        if m := re.fullmatch(r"/1/lists/(\w+)", call.path):
            if m.group(1) != CONFIGS["trello"]["list_id"]:
                raise Reject("invalid id", 404)
            return 200, {"id": m.group(1), "name": "Inbox"}, {}
        if call.method == "POST" and call.path == "/1/cards":
            if _need(call.json, "idList", str) != CONFIGS["trello"]["list_id"]:
                raise Reject("invalid value for idList")
            _need(call.json, "name", str)
            if call.json.get("due"):
                datetime.fromisoformat(call.json["due"].replace("Z", "+00:00"))
            card_id = hashlib.md5(self._new_id().encode()).hexdigest()[:24]
            cards[card_id] = dict(call.json, dueComplete=False, closed=False)
            return 200, {"id": card_id, "shortUrl": f"https://trello.com/c/{card_id[:8]}"}, {}
        if call.method == "PUT" and (m := re.fullmatch(r"/1/cards/(\w+)", call.path)):
            card = _found(cards, m.group(1))
            card.update(call.json or {})
            return 200, {"id": m.group(1), **card}, {}
        raise Reject(f"not a Trello endpoint: {call.method} {call.path}", 404)

    # --- Todoist API v1 (tests/contracts/todoist.py: the official SDK's description) ------

    def _todoist(self, call: Call) -> Answer:
        _auth(call, "authorization", f"Bearer {TOKENS['todoist']}")
        for problem in todoist_contract.check_request(call.method, call.path, call.json):
            raise Reject(problem, 404 if problem.startswith("not a Todoist") else 400)
        tasks = self.items["todoist"]
        if call.method == "GET" and call.path.startswith(todoist_contract.PROJECTS):
            inbox = _todoist_inbox()
            if call.path == todoist_contract.PROJECTS:
                page = {"results": [inbox], "next_cursor": None}
                return 200, _checked(todoist_contract.check_projects, page), {}
            _found({inbox["id"]: inbox}, call.path.rsplit("/", 1)[1])
            return 200, inbox, {}
        if call.path == todoist_contract.TASKS:
            request_id = call.headers.get("x-request-id")
            if not request_id:
                raise Reject("X-Request-Id is expected for idempotent creates")
            if request_id in self._request_ids:
                return self._request_ids[request_id]
            task_id = hashlib.sha1(self._new_id().encode()).hexdigest()[:16]
            tasks[task_id] = _todoist_task(task_id, call.json)
            answer: Answer = (200, _checked(todoist_contract.check_task, tasks[task_id]), {})
            self._request_ids[request_id] = answer
            return answer
        task_id, _, action = call.path.removeprefix(todoist_contract.TASKS + "/").partition("/")
        task = _found(tasks, task_id)
        if action:
            done = action == "close"
            task["completed_at"] = todoist_contract.stamp(datetime.now(UTC)) if done else None
            return 204, None, {}
        task.update(_todoist_fields(call.json))
        return 200, _checked(todoist_contract.check_task, task), {}

    # --- Notion ------------------------------------------------------------------------------

    def _notion(self, call: Call) -> Answer:
        # Notion API 2025-09-03 (developers.notion.com, "Upgrade guide 2025-09-03"): a database
        # is a container of data sources; pages live in a data source and name it as parent.
        _auth(call, "authorization", f"Bearer {TOKENS['notion']}")
        _auth(call, "notion-version", "2025-09-03")
        pages = self.items["notion"]
        database = "0123456789abcdef0123456789abcdef"
        sources = {s["id"]: s for s in _notion_data_sources(database)}
        if call.method == "GET" and call.path == f"/v1/databases/{database}":
            listed = [{"id": i, "name": s["title"][0]["plain_text"]} for i, s in sources.items()]
            container = {"object": "database", "id": database, "data_sources": listed}
            return 200, container | {"title": [{"plain_text": "Tasks"}]}, {}
        if call.method == "GET" and call.path.startswith("/v1/databases/"):
            raise Reject("Could not find database", 404)
        if call.method == "GET" and (m := re.fullmatch(r"/v1/data_sources/([\w-]+)", call.path)):
            return 200, _found(sources, m.group(1)), {}
        if call.method == "POST" and call.path == "/v1/pages":
            parent = _need(call.json, "parent", dict)
            source = parent.get("data_source_id")
            if parent.get("type") != "data_source_id" or source not in sources:
                raise Reject("parent must be {type: data_source_id, data_source_id} in 2025-09-03")
            props = _need(call.json, "properties", dict)
            title = _need(props, "Name", dict)
            _need(title["title"][0]["text"], "content", str)
            if props.get("Due") and props["Due"].get("date"):
                _need(props["Due"]["date"], "start", str)
            page_id = f"{self._new_id():0>8}-0000-4000-8000-000000000000"
            pages[page_id] = props
            return 200, {"id": page_id, "url": f"https://www.notion.so/{page_id}"}, {}
        if call.method == "PATCH" and (m := re.fullmatch(r"/v1/pages/([\w-]+)", call.path)):
            page = _found(pages, m.group(1))
            page.update(_need(call.json, "properties", dict))
            return 200, {"id": m.group(1)}, {}
        raise Reject(f"not a Notion endpoint: {call.method} {call.path}", 404)

    # --- Google Calendar ---------------------------------------------------------------------

    def _google_calendar(self, call: Call) -> Answer:
        _auth(call, "authorization", f"Bearer {TOKENS['google_calendar']}")
        events = self.items["google_calendar"]
        base = "/calendar/v3/calendars/primary/events"
        if call.method == "GET" and call.path == base:
            return 200, {"kind": "calendar#events", "items": []}, {}
        if call.method == "POST" and call.path == base:
            event_id = _need(call.json, "id", str)
            if not re.fullmatch(r"[a-v0-9]{5,1024}", event_id):
                raise Reject("event id must be base32hex, 5-1024 characters")
            for end in ("start", "end"):
                when = _need(call.json, end, dict)
                if "dateTime" in when:
                    datetime.fromisoformat(when["dateTime"])
                    _need(when, "timeZone", str)
                else:
                    date.fromisoformat(_need(when, "date", str))
            _need(call.json, "summary", str)
            if event_id in events:
                raise Reject("The requested identifier already exists.", 409)
            events[event_id] = dict(call.json)
            link = f"https://www.google.com/calendar/event?eid={event_id}"
            return 200, {"id": event_id, "htmlLink": link, **call.json}, {}
        if m := re.fullmatch(base + r"/(\w+)", call.path):
            event = _found(events, m.group(1))
            if call.method == "GET":
                return 200, event, {}
            if call.method == "PATCH":
                event.update(call.json or {})
                return 200, {"id": m.group(1), **event}, {}
            if call.method == "DELETE":
                events.pop(m.group(1))
                return 204, None, {}
        raise Reject(f"not a Calendar endpoint: {call.method} {call.path}", 404)

    # --- GitHub ------------------------------------------------------------------------------

    def _github(self, call: Call) -> Answer:
        _auth(call, "authorization", f"Bearer {TOKENS['github']}")
        _auth(call, "x-github-api-version", "2022-11-28")
        if "application/vnd.github+json" not in call.headers.get("accept", ""):
            raise Reject("Accept must be application/vnd.github+json")
        issues = self.items["github"]
        if call.method == "GET" and call.path == "/repos/acme/app":
            return 200, {"full_name": "acme/app", "permissions": {"push": True}}, {}
        if call.method == "GET" and call.path.startswith("/repos/"):
            raise Reject("Not Found", 404)
        if call.method == "POST" and call.path == "/repos/acme/app/issues":
            _need(call.json, "title", str)
            if not isinstance(call.json.get("labels", []), list):
                raise Reject("labels must be a list")
            number = len(issues) + 1
            issues[str(number)] = dict(call.json, state="open")
            url = f"https://github.com/acme/app/issues/{number}"
            return 201, {"id": 9000 + number, "number": number, "html_url": url}, {}
        if call.method == "PATCH" and (
            m := re.fullmatch(r"/repos/acme/app/issues/(\d+)", call.path)
        ):
            issue = _found(issues, m.group(1))
            if call.json.get("state") not in (None, "open", "closed"):
                raise Reject("state must be open or closed")
            issue.update(call.json)
            return 200, {"number": int(m.group(1)), **issue}, {}
        raise Reject(f"not a GitHub endpoint: {call.method} {call.path}", 404)

    # --- Asana -------------------------------------------------------------------------------

    def _asana(self, call: Call) -> Answer:
        _auth(call, "authorization", f"Bearer {TOKENS['asana']}")
        tasks = self.items["asana"]
        config = CONFIGS["asana"]
        if call.method == "GET" and call.path == "/api/1.0/users/me":
            return 200, {"data": {"gid": "1", "name": "Ana"}}, {}
        if call.method == "GET" and call.path == "/api/1.0/workspaces":
            return 200, {"data": [{"gid": config["workspace"], "name": "Acme"}]}, {}
        if call.method == "GET" and call.path == f"/api/1.0/workspaces/{config['workspace']}":
            return 200, {"data": {"gid": config["workspace"], "name": "Acme"}}, {}
        if call.method == "GET" and call.path == f"/api/1.0/projects/{config['project']}":
            return 200, {"data": {"gid": config["project"], "name": "Launch"}}, {}
        if call.method == "POST" and call.path == "/api/1.0/tasks":
            data = _need(call.json, "data", dict)
            _need(data, "name", str)
            if not data.get("workspace") and not data.get("projects"):
                raise Reject("a task needs a workspace or projects")
            if data.get("due_on") and data.get("due_at"):
                raise Reject("due_on and due_at are exclusive")
            gid = f"12000000{self._new_id()}"
            tasks[gid] = dict(data, completed=False)
            url = f"https://app.asana.com/0/0/{gid}"
            return 201, {"data": {"gid": gid, "permalink_url": url}}, {}
        if m := re.fullmatch(r"/api/1.0/tasks/(\d+)", call.path):
            task = _found(tasks, m.group(1))
            if call.method == "GET":
                return 200, {"data": {"gid": m.group(1), "completed": task["completed"]}}, {}
            if call.method == "PUT":
                task.update(_need(call.json, "data", dict))
                return 200, {"data": {"gid": m.group(1)}}, {}
        raise Reject(f"not an Asana endpoint: {call.method} {call.path}", 404)

    # --- Linear GraphQL ----------------------------------------------------------------------

    def _linear(self, call: Call) -> Answer:
        if call.headers.get("authorization") != TOKENS["linear"]:
            return 400, _linear_error("Authentication required", "AUTHENTICATION_ERROR"), {}
        if call.method != "POST" or call.path != "/graphql":
            raise Reject(f"not the Linear endpoint: {call.method} {call.path}", 404)
        query = _need(call.json, "query", str)
        variables = call.json.get("variables") or {}
        issues = self.items["linear"]
        team = {"id": "team-eng-uuid", "key": "ENG", "name": "Engineering"}
        if "teams" in query:
            return 200, {"data": {"viewer": {"id": "u1"}, "teams": {"nodes": [team]}}}, {}
        if "issueCreate" in query:
            data = _need(variables, "input", dict)
            if data.get("teamId") != team["id"]:
                raise Reject("teamId must be the team's id")
            _need(data, "title", str)
            if data.get("dueDate"):
                date.fromisoformat(data["dueDate"])
            if data.get("priority", 0) not in (0, 1, 2, 3, 4):
                raise Reject("priority must be 0-4")
            issue_id = data.get("id") or str(uuid.uuid4())
            if not _uuid_v4(issue_id):  # IssueCreateInput.id: "in UUID v4 format"
                raise Reject("Argument Validation Error: id must be a UUID v4")
            if issue_id in issues:
                return 200, _linear_error("Entity already exists", "INVALID_INPUT"), {}
            issues[issue_id] = dict(data, state="unstarted")
            issue = {
                "id": issue_id,
                "identifier": f"ENG-{len(issues)}",
                "url": f"https://linear.app/acme/issue/ENG-{len(issues)}",
            }
            return 200, {"data": {"issueCreate": {"success": True, "issue": issue}}}, {}
        if "issueUpdate" in query:
            issue = _found(issues, _need(variables, "id", str))
            changes = _need(variables, "input", dict)
            if "stateId" in changes:
                issue["state"] = {"s-done": "completed", "s-todo": "unstarted"}[changes["stateId"]]
            issue.update({k: v for k, v in changes.items() if k != "stateId"})
            node = {"id": variables["id"], "identifier": "ENG-1", "url": "https://linear.app/x"}
            return 200, {"data": {"issueUpdate": {"success": True, "issue": node}}}, {}
        if "states" in query:
            nodes = [
                {"id": "s-todo", "name": "Todo", "type": "unstarted", "position": 1},
                {"id": "s-done", "name": "Done", "type": "completed", "position": 3},
            ]
            return 200, {"data": {"team": {"states": {"nodes": nodes}}}}, {}
        if "issue(id" in query:
            issue_id = variables.get("id")
            if issue_id not in issues:
                return 200, _linear_error("Entity not found", "INVALID_INPUT"), {}
            node = {"id": issue_id, "identifier": "ENG-1", "url": "https://linear.app/x"}
            return 200, {"data": {"issue": node}}, {}
        raise Reject("unknown Linear operation")

    # --- monday.com GraphQL ------------------------------------------------------------------

    def _monday(self, call: Call) -> Answer:
        _auth(call, "authorization", TOKENS["monday"])
        if call.headers.get("api-version") not in MONDAY_STABLE_VERSIONS:
            raise Reject(f"API-Version must be a stable version, one of {MONDAY_STABLE_VERSIONS}")
        if call.method != "POST" or call.path != "/v2":
            raise Reject(f"not the monday endpoint: {call.method} {call.path}", 404)
        query = _need(call.json, "query", str)
        variables = call.json.get("variables") or {}
        items = self.items["monday"]
        if "boards(" in query:
            columns = [
                {"id": "name", "type": "name"},
                {"id": "status", "type": "status"},
                {"id": "date4", "type": "date"},
            ]
            board = {"name": "Team tasks", "columns": columns}
            return 200, {"data": {"me": {"id": 1}, "boards": [board]}}, {}
        if "create_item" in query:
            if str(variables.get("board")) != CONFIGS["monday"]["board"]:
                raise Reject("board_id must be the board")
            _need(variables, "name", str)
            values = json.loads(variables.get("values") or "{}")
            if values.get("date4"):
                date.fromisoformat(_need(values["date4"], "date", str))
            item_id = self._new_id()
            items[item_id] = values
            url = f"https://acme.monday.com/boards/1234567890/pulses/{item_id}"
            return 200, {"data": {"create_item": {"id": item_id, "url": url}}}, {}
        if "change_multiple_column_values" in query:
            item = _found(items, str(_need(variables, "item", str)))
            item.update(json.loads(_need(variables, "values", str)))
            return 200, {"data": {"change_multiple_column_values": {"id": variables["item"]}}}, {}
        raise Reject("unknown monday operation")

    # --- ClickUp -----------------------------------------------------------------------------

    def _clickup(self, call: Call) -> Answer:
        _auth(call, "authorization", TOKENS["clickup"])
        tasks = self.items["clickup"]
        list_id = CONFIGS["clickup"]["list_id"]
        if call.method == "GET" and call.path == f"/api/v2/list/{list_id}":
            return 200, {"id": list_id, "name": "Sprint", "statuses": CLICKUP_STATUSES}, {}
        if call.method == "POST" and call.path == f"/api/v2/list/{list_id}/task":
            _need(call.json, "name", str)
            if "due_date" in call.json and not isinstance(call.json["due_date"], int):
                raise Reject("due_date is Unix milliseconds")
            if call.json.get("priority") not in (None, 1, 2, 3, 4):
                raise Reject("priority must be 1-4")
            task_id = f"86{self._new_id()}"
            tasks[task_id] = dict(call.json, status=CLICKUP_STATUSES[0]["status"])
            return 200, {"id": task_id, "url": f"https://app.clickup.com/t/{task_id}"}, {}
        if call.method == "PUT" and (m := re.fullmatch(r"/api/v2/task/(\w+)", call.path)):
            task = _found(tasks, m.group(1))
            status = (call.json or {}).get("status")
            if status is not None and status not in {s["status"] for s in CLICKUP_STATUSES}:
                raise Reject(f"Status not found: {status!r} is none of this list's statuses")
            task.update(call.json or {})
            return 200, {"id": m.group(1), **task}, {}
        raise Reject(f"not a ClickUp endpoint: {call.method} {call.path}", 404)

    # --- Microsoft Graph (To Do) -------------------------------------------------------------

    def _microsoft_todo(self, call: Call) -> Answer:
        _auth(call, "authorization", f"Bearer {TOKENS['microsoft_todo']}")
        tasks = self.items["microsoft_todo"]
        lists = [{"id": "list-1", "displayName": "Tasks", "wellknownListName": "defaultList"}]
        if call.method == "GET" and call.path == "/v1.0/me/todo/lists":
            return 200, {"value": lists}, {}
        if call.method == "GET" and call.path == "/v1.0/me/todo/lists/list-1":
            return 200, lists[0], {}
        if call.method == "POST" and call.path == "/v1.0/me/todo/lists/list-1/tasks":
            _need(call.json, "title", str)
            due = call.json.get("dueDateTime")
            if due:
                datetime.fromisoformat(_need(due, "dateTime", str))
                _need(due, "timeZone", str)
            task_id = f"AAMk{self._new_id()}"
            tasks[task_id] = dict(call.json, status="notStarted")
            return 201, {"id": task_id, **call.json}, {}
        if call.method == "PATCH" and (
            m := re.fullmatch(r"/v1.0/me/todo/lists/list-1/tasks/(\w+)", call.path)
        ):
            task = _found(tasks, m.group(1))
            if call.json.get("status") not in (None, "notStarted", "completed"):
                raise Reject("status must be notStarted or completed")
            task.update(call.json)
            return 200, {"id": m.group(1), **task}, {}
        raise Reject(f"not a Graph endpoint: {call.method} {call.path}", 404)

    # --- generic webhook receiver ------------------------------------------------------------

    def _webhook(self, call: Call) -> Answer:
        stamp = call.headers.get("x-flowhub-timestamp", "")
        signature = call.headers.get("x-flowhub-signature", "")
        expected = hmac.new(
            WEBHOOK_SECRET.encode(), stamp.encode() + b"." + call.body, hashlib.sha256
        ).hexdigest()
        if not stamp.isdigit() or not hmac.compare_digest(signature, f"sha256={expected}"):
            raise Reject("bad signature", 401)
        if abs(time.time() - int(stamp)) > 300:
            raise Reject("stale timestamp", 401)
        if call.headers.get("content-type") != "application/json":
            raise Reject("content type must be application/json")
        _need(call.json, "event", str)
        _need(call.headers, "x-flowhub-delivery", str)
        return 200, {"ok": True}, {}


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
    )


def _jira_auth(call: Call) -> None:
    """A classic API token on the site, or a scoped one through the gateway only (Atlassian:
    scoped tokens must call api.atlassian.com/ex/jira/<cloudId>); the gateway prefix is cut."""
    scoped = base64.b64encode(f"{EMAIL}:{JIRA_SCOPED_TOKEN}".encode()).decode()
    gateway = f"/ex/jira/{JIRA_CLOUD_ID}"
    if call.headers.get("authorization") != f"Basic {scoped}":
        pair = base64.b64encode(f"{EMAIL}:{TOKENS['jira']}".encode()).decode()
        _auth(call, "authorization", f"Basic {pair}")
        return
    if not call.path.startswith(gateway + "/"):
        raise Reject("Client must be authenticated to access this resource.", 401)
    call.path = call.path.removeprefix(gateway)


def _auth(call: Call, header: str, expected: str) -> None:
    if call.headers.get(header) != expected:
        raise Reject(f"{header} is missing or wrong", 401)


def _need(data: Any, key: str, kind: type) -> Any:
    if not isinstance(data, dict) or not isinstance(data.get(key), kind):
        raise Reject(f"{key!r} must be a {kind.__name__}")
    return data[key]


def _uuid_v4(value: str) -> bool:
    try:
        parsed = uuid.UUID(value)
    except ValueError:
        return False
    return parsed.version == 4 and parsed.variant == uuid.RFC_4122 and str(parsed) == value


def _checked(check: Any, payload: dict[str, Any]) -> dict[str, Any]:
    """`payload` once the vendor's own model has read it (a fake that drifted fails loudly)."""
    check(payload)
    return payload


def _todoist_inbox() -> dict[str, Any]:
    return {
        "id": "6Jf8VQXxpwv56VQ7", "name": "Inbox", "description": "", "child_order": 0,
        "color": "charcoal", "collapsed": False, "shared": False, "is_favorite": False,
        "is_archived": False, "can_assign_tasks": False, "view_style": "list",
        "created_at": "2026-01-05T09:00:00.000000Z", "updated_at": "2026-01-05T09:00:00.000000Z",
        "inbox_project": True, "parent_id": None,
    }  # fmt: skip


def _todoist_fields(body: dict[str, Any]) -> dict[str, Any]:
    """A create or update body as the task's fields (the due as Todoist's `due` object)."""
    fields = {k: v for k, v in body.items() if not k.startswith("due_")}
    if "due_date" in body:
        fields["due"] = {"date": body["due_date"], "string": body["due_date"], "lang": "en"}
    elif "due_datetime" in body:
        at = body["due_datetime"]
        fields["due"] = {"date": at, "string": at, "lang": "en", "timezone": "UTC"}
    elif "due_string" in body:
        start = re.search(r"starting (\d{4}-\d\d-\d\d)", body["due_string"])
        day = start[1] if start else datetime.now(UTC).date().isoformat()
        fields["due"] = {"date": day, "string": body["due_string"], "lang": "en"}
        fields["due"]["is_recurring"] = body["due_string"].startswith("every")
    return fields


def _todoist_task(task_id: str, body: dict[str, Any]) -> dict[str, Any]:
    now = todoist_contract.stamp(datetime.now(UTC))
    task: dict[str, Any] = {
        "id": task_id, "content": "", "description": "", "project_id": "6Jf8VQXxpwv56VQ7",
        "section_id": None, "parent_id": None, "labels": [], "priority": 1, "due": None,
        "deadline": None, "duration": None, "collapsed": False, "child_order": 1,
        "responsible_uid": None, "assigned_by_uid": None, "completed_at": None,
        "added_by_uid": "2671355", "added_at": now, "updated_at": now,
    }  # fmt: skip
    task.update(_todoist_fields(body))
    return task


def _found(items: dict[str, dict[str, Any]], key: str) -> dict[str, Any]:
    if key not in items:
        raise Reject(f"no such object {key}", 404)
    return items[key]


def _linear_error(message: str, code: str) -> dict[str, Any]:
    return {"errors": [{"message": message, "extensions": {"code": code, "type": code}}]}


def _notion_data_sources(database: str) -> list[dict[str, Any]]:
    """The shared database's two data sources: the task table first, then an archive."""
    options = [
        {"id": "o1", "name": "Not started"},
        {"id": "o2", "name": "In progress"},
        {"id": "o3", "name": "Done"},
    ]
    groups = [
        {"name": "To-do", "option_ids": ["o1"]},
        {"name": "In progress", "option_ids": ["o2"]},
        {"name": "Complete", "option_ids": ["o3"]},
    ]
    tasks = {
        "object": "data_source",
        "id": "2f26ee68-df30-4251-aad4-8ddc420cba3d",
        "title": [{"plain_text": "Tasks"}],
        "parent": {"type": "database_id", "database_id": database},
        "properties": {
            "Name": {"id": "title", "type": "title", "title": {}},
            "Due": {"id": "d1", "type": "date", "date": {}},
            "Status": {
                "id": "s1",
                "type": "status",
                "status": {"options": options, "groups": groups},
            },
        },
    }
    archive = {
        "object": "data_source",
        "id": "7a1f0c52-3b7e-4a53-9a0e-1d2b3c4d5e6f",
        "title": [{"plain_text": "Archive"}],
        "parent": {"type": "database_id", "database_id": database},
        "properties": {"Title": {"id": "title", "type": "title", "title": {}}},
    }
    return [tasks, archive]


def _failure(tool: str, status: int) -> Response:
    """A scripted failure in the tool's own error shape."""
    headers = {"Retry-After": "0"} if status == 429 else {}
    if tool == "linear" and status == 401:
        return JSONResponse(
            _linear_error("Authentication required, not authenticated", "AUTHENTICATION_ERROR"),
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
