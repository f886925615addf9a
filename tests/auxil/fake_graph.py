"""A local fake of the WhatsApp Cloud (Graph) API, served by uvicorn on 127.0.0.1.

It answers what FlowHub calls, the way Meta documents it (PLATFORMS.md 1.6, 1.7, 1.10):

* ``POST /{version}/{phone_number_id}/messages``: checks the bearer token, the version, the
  number, and the body's shape and limits (text, interactive button/list, template, mark-read);
  answers ``{"messages": [{"id": "wamid.FAKE..."}]}`` or a documented error object.
* ``GET /{version}/{media_id}`` and the media URL it returns.

Everything received is kept in ``requests``; ``fail(code)`` scripts the next answers with the
error bodies in ``ERRORS`` (131047, 131056, 130429, 100, 500, 429) and ``hang(seconds)`` delays
them. Start it with ``FakeGraph(...).start()``; ``stop()`` ends the server thread.
"""

from __future__ import annotations

import asyncio
import itertools
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.auxil.loopback import Loopback, serve

TOKEN = "test-access-token"
VERSION = "v21.0"


def _error(status: int, code: int, message: str, details: str = "") -> tuple[int, dict[str, Any]]:
    error: dict[str, Any] = {
        "message": message,
        "type": "OAuthException",
        "code": code,
        "fbtrace_id": "AbCdEfFake",
    }
    if details:
        error["error_data"] = {"messaging_product": "whatsapp", "details": details}
    return status, {"error": error}


# The documented error answers, by the name tests script them with.
ERRORS: dict[int, tuple[int, dict[str, Any]]] = {
    131047: _error(
        400,
        131047,
        "(#131047) Re-engagement message",
        "Message failed to send because more than 24 hours have passed since the customer last "
        "replied to this number.",
    ),
    131056: _error(
        400,
        131056,
        "(#131056) (Business Account, Consumer Account) pair rate limit hit",
        "Message failed to send because there were too many messages sent from this phone "
        "number to the same phone number in a short period of time.",
    ),
    130429: _error(
        400, 130429, "(#130429) Rate limit hit", "Cloud API message throughput has been reached."
    ),
    100: _error(400, 100, "(#100) Invalid parameter", "Parameter value is not valid"),
    190: _error(401, 190, "Error validating access token: Session has expired"),
    500: (
        500,
        {
            "error": {
                "message": "An unknown error has occurred.",
                "type": "OAuthException",
                "code": 1,
                "is_transient": True,
                "fbtrace_id": "AbCdEfFake",
            }
        },
    ),
    429: _error(429, 80007, "(#80007) Rate limit issues", "WABA rate limit hit"),
}


@dataclass(frozen=True)
class Received:
    """One request as the fake saw it."""

    method: str
    path: str
    authorization: str | None
    body: Any
    status: int
    answer: Any = None
    at: float = field(default_factory=time.time)


@dataclass
class FakeGraph:
    """The fake Graph API; `numbers` are the phone-number ids it knows."""

    numbers: tuple[str, ...]
    token: str = TOKEN
    version: str = VERSION
    requests: list[Received] = field(default_factory=list)
    url: str = ""
    _script: deque[int | None] = field(default_factory=deque)
    _delay: float = 0.0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _loopback: Loopback | None = None

    # ------------------------------------------------------------------ test controls

    def fail(self, code: int, *, times: int = 1, after: int = 0) -> None:
        """Answer `times` sends with the documented error `code`, after `after` good answers."""
        if code not in ERRORS:
            raise ValueError(f"no scripted error {code}; pick one of {sorted(ERRORS)}")
        with self._lock:
            self._script.extend([None] * after + [code] * times)

    def hang(self, seconds: float) -> None:
        """Wait `seconds` before answering each request (0 to stop)."""
        self._delay = seconds

    def reset(self) -> None:
        """Forget what was received and any scripted answers."""
        with self._lock:
            self.requests.clear()
            self._script.clear()
            self._delay = 0.0

    @property
    def sent(self) -> list[dict[str, Any]]:
        """Message bodies the fake accepted, in order (mark-as-read excluded)."""
        return [
            r.body
            for r in self.requests
            if r.status == 200 and isinstance(r.body, dict) and "type" in r.body
        ]

    # ------------------------------------------------------------------ server

    def start(self) -> FakeGraph:
        """Serve on a free loopback port in a background thread."""
        app = Starlette(
            routes=[
                Route("/{version}/{number}/messages", self._messages, methods=["POST"]),
                Route("/media-files/{media_id}", self._media_file, methods=["GET"]),
                Route("/{version}/{media_id}", self._media, methods=["GET"]),
            ]
        )
        self._loopback = serve(app, name="fake Graph API")
        self.url = self._loopback.url
        return self

    def stop(self) -> None:
        """Stop the server thread."""
        if self._loopback is not None:
            self._loopback.stop()
            self._loopback = None

    # ------------------------------------------------------------------ endpoints

    async def _messages(self, request: Request) -> Response:
        if self._delay:
            await asyncio.sleep(self._delay)
        try:
            body = await request.json()
        except ValueError:
            body = None
        status, answer = self._answer(request, body)
        with self._lock:
            self.requests.append(
                Received(
                    "POST",
                    request.url.path,
                    request.headers.get("authorization"),
                    body,
                    status,
                    answer,
                )
            )
        return JSONResponse(answer, status_code=status)

    def _answer(self, request: Request, body: Any) -> tuple[int, dict[str, Any]]:
        if request.headers.get("authorization") != f"Bearer {self.token}":
            return ERRORS[190]
        if request.path_params["version"] != self.version:
            return _error(400, 2500, f"Unknown path components: /{request.path_params['version']}")
        if request.path_params["number"] not in self.numbers:
            return _error(
                400,
                100,
                "Unsupported post request. Object with ID "
                f"'{request.path_params['number']}' does not exist",
            )
        problems = problems_of(body)
        if problems:
            return _error(400, 100, "(#100) Invalid parameter", "; ".join(problems))
        with self._lock:
            scripted = self._script.popleft() if self._script else None
        if scripted is not None:
            return ERRORS[scripted]
        if body.get("status") == "read":
            return 200, {"success": True}
        wamid = f"wamid.FAKE{next(self._ids):06d}"
        message: dict[str, Any] = {"id": wamid}
        if body["type"] == "template":
            message["message_status"] = "accepted"
        return 200, {
            "messaging_product": "whatsapp",
            "contacts": [{"input": body["to"], "wa_id": body["to"]}],
            "messages": [message],
        }

    async def _media(self, request: Request) -> Response:
        if request.headers.get("authorization") != f"Bearer {self.token}":
            status, answer = ERRORS[190]
            return JSONResponse(answer, status_code=status)
        media_id = request.path_params["media_id"]
        return JSONResponse(
            {
                "messaging_product": "whatsapp",
                "url": f"{self.url}/media-files/{media_id}",
                "mime_type": "image/jpeg",
                "sha256": "0" * 64,
                "file_size": 4,
                "id": media_id,
            }
        )

    async def _media_file(self, request: Request) -> Response:
        if request.headers.get("authorization") != f"Bearer {self.token}":
            return Response(status_code=401)
        return Response(b"\xff\xd8\xff\xd9", media_type="image/jpeg")


def problems_of(body: Any) -> list[str]:
    """What Meta would refuse in a message body (the documented limits), as readable strings."""
    if not isinstance(body, dict):
        return ["body is not a JSON object"]
    if body.get("messaging_product") != "whatsapp":
        return ["messaging_product must be 'whatsapp'"]
    if body.get("status") == "read":
        return [] if str(body.get("message_id", "")).startswith("wamid.") else ["bad message_id"]
    if not body.get("to"):
        return ["'to' is missing"]
    kind = body.get("type")
    if kind == "text":
        text = body.get("text", {}).get("body", "")
        return [] if 0 < len(text) <= 4096 else [f"text.body has {len(text)} characters"]
    if kind == "interactive":
        return _interactive_problems(body.get("interactive", {}))
    if kind == "template":
        template = body.get("template", {})
        if not template.get("name") or not template.get("language", {}).get("code"):
            return ["template needs name and language.code"]
        out = []
        for component in template.get("components", []):
            for param in component.get("parameters", []):
                text = param.get("text", "")
                if "\n" in text or "\t" in text or "     " in text:
                    out.append("template parameter has a newline, tab or 5 spaces")
        return out
    return [f"type {kind!r} is not one the fake knows"]


def _interactive_problems(interactive: dict[str, Any]) -> list[str]:
    out = []
    body = interactive.get("body", {}).get("text", "")
    if interactive.get("type") == "button":
        if not 0 < len(body) <= 1024:
            out.append(f"interactive body has {len(body)} characters")
        buttons = interactive.get("action", {}).get("buttons", [])
        if not 1 <= len(buttons) <= 3:
            out.append(f"{len(buttons)} buttons")
        titles = [b["reply"]["title"] for b in buttons]
        if len(set(titles)) != len(titles):
            out.append("button titles are not unique")
        for b in buttons:
            if not 0 < len(b["reply"]["title"]) <= 20:
                out.append(f"button title {b['reply']['title']!r} is over 20 characters")
            if not 0 < len(b["reply"]["id"]) <= 256:
                out.append("button id over 256 characters")
    elif interactive.get("type") == "list":
        if not 0 < len(body) <= 4096:
            out.append(f"list body has {len(body)} characters")
        action = interactive.get("action", {})
        if not 0 < len(action.get("button", "")) <= 20:
            out.append("list button label over 20 characters")
        rows = [row for section in action.get("sections", []) for row in section.get("rows", [])]
        if not 1 <= len(rows) <= 10:
            out.append(f"{len(rows)} list rows")
        for row in rows:
            if not 0 < len(row["title"]) <= 24 or len(row["id"]) > 200:
                out.append(f"list row {row['title']!r} breaks a limit")
            if len(row.get("description", "")) > 72:
                out.append("row description over 72 characters")
    else:
        out.append(f"interactive type {interactive.get('type')!r} is not one the fake knows")
    return out
