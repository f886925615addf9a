"""A local fake of the WhatsApp Cloud (Graph) API, served by uvicorn on 127.0.0.1.

It answers what FlowHub calls, the way Meta documents it (PLATFORMS.md 1.6, 1.7, 1.10):

* ``POST /{version}/{phone_number_id}/messages``: checks the bearer token, the version, the
  number, and the body's shape and limits (text, interactive button/list, template, mark-read);
  answers ``{"messages": [{"id": "wamid.FAKE..."}]}`` or a documented error object.
* ``POST /{version}/{phone_number_id}/media`` (Meta's Cloud API reference, "Upload Media"): a
  multipart/form-data body with exactly ``messaging_product=whatsapp``, ``type`` (one of the
  documented supported media types) and one ``file`` part of that type, within the type's size
  limit; answers ``{"id": "<media id>"}``. The file is then held like a received one, and a
  message may name it: ``image`` / ``document`` objects are checked as the Messages reference
  documents them (``id`` or ``link``, a caption of at most 1024 characters, ``filename`` only
  on a document).
* ``GET /{version}/{media_id}`` (PLATFORMS.md 1.6, Meta's media reference): the bearer token
  is required; a media id added with ``add_media`` answers exactly the documented keys
  (``messaging_product``, ``url``, ``mime_type``, ``sha256``, ``file_size``, ``id``), an unknown
  one the documented code 100 error. The ``url`` has the shape of Meta's lookaside URLs, needs
  the bearer token too, and expires after ``url_ttl`` seconds (404 then), as Meta's do.

Everything received is kept in ``requests``; ``fail(code)`` scripts the next message answers with
the error bodies in ``ERRORS`` (131047, 131056, 130429, 100, 500, 429), ``fail_media(status)``
the next media lookups, downloads or uploads, and ``hang(seconds)`` delays answers. Start it with
``FakeGraph(...).start()``; ``stop()`` ends the server thread.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
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
from tests.auxil.multipart import form

TOKEN = "test-access-token"
VERSION = "v21.0"
# The keys Meta documents for a media lookup's answer (Cloud API reference, "Retrieve Media URL").
MEDIA_KEYS = frozenset({"messaging_product", "url", "mime_type", "sha256", "file_size", "id"})
# Upload Media's supported types and their size limits (Cloud API reference, "Supported Media
# Types"), for the kinds FlowHub sends.
UPLOAD_LIMITS = {
    "image/jpeg": 5 * 1024 * 1024,
    "image/png": 5 * 1024 * 1024,
    **dict.fromkeys(
        (
            "text/plain",
            "application/pdf",
            "application/msword",
            "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ),
        100 * 1024 * 1024,
    ),
}
# The keys of a message's media object (Messages reference, "Media object").
MEDIA_OBJECT_KEYS = {
    "image": frozenset({"id", "link", "caption"}),
    "document": frozenset({"id", "link", "caption", "filename"}),
}


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
class Media:
    """A file the fake holds; `file_size` and `sha256` are what it declares (real by default)."""

    data: bytes
    mime_type: str
    file_size: int
    sha256: str


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
    media: dict[str, Media] = field(default_factory=dict)
    url_ttl: float = 300.0
    _media_script: deque[tuple[str, int, float | None]] = field(default_factory=deque)
    _generation: int = 0

    # ------------------------------------------------------------------ test controls

    def add_media(
        self,
        media_id: str,
        data: bytes,
        mime_type: str,
        *,
        file_size: int | None = None,
        sha256: str | None = None,
    ) -> None:
        """Hold a file a person sent; `file_size` / `sha256` override what the lookup declares."""
        with self._lock:
            self.media[media_id] = Media(
                data,
                mime_type,
                len(data) if file_size is None else file_size,
                sha256 or hashlib.sha256(data).hexdigest(),
            )

    def fail_media(
        self, status: int, *, on: str = "lookup", retry_after: float | None = None
    ) -> None:
        """Answer the next media `lookup` (or file `download`, or `upload`) with HTTP `status`."""
        with self._lock:
            self._media_script.append((on, status, retry_after))

    def media_url(self, media_id: str, *, expires: float | None = None) -> str:
        """A download URL for `media_id` as the lookup gives it, valid until `expires`."""
        until = int(expires if expires is not None else time.time() + self.url_ttl)
        return (
            f"{self.url}/whatsapp_business/attachments/?mid={media_id}&ext={until}"
            f"&hash={self._sign(media_id, until)}"
        )

    @property
    def uploads(self) -> list[dict[str, Any]]:
        """Uploads the fake accepted, in order: the form's fields, the file's name, type, size
        and the media id it answered."""
        return [
            {**r.body, "id": r.answer["id"]}
            for r in self.requests
            if r.status == 200 and r.path.endswith("/media")
        ]

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
            self._generation += 1
            self.requests.clear()
            self._script.clear()
            self._delay = 0.0
            self.media.clear()
            self._media_script.clear()
            self.url_ttl = 300.0

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
                Route("/{version}/{number}/media", self._upload, methods=["POST"]),
                Route("/whatsapp_business/attachments/", self._media_file, methods=["GET"]),
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
        generation = self._generation
        if self._delay:
            await asyncio.sleep(self._delay)
        try:
            body = await request.json()
        except ValueError:
            body = None
        status, answer = self._answer(request, body)
        self._keep(
            generation, Received("POST", request.url.path, _auth(request), body, status, answer)
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
        problems = problems_of(body) + self._unknown_media(body)
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

    def _unknown_media(self, body: Any) -> list[str]:
        kind = body.get("type") if isinstance(body, dict) else None
        media = body.get(kind) if kind in MEDIA_OBJECT_KEYS else None
        media_id = media.get("id") if isinstance(media, dict) else None
        with self._lock:
            known = media_id is None or media_id in self.media
        return [] if known else [f"{kind}.id {media_id!r} is not a media id of this number"]

    async def _upload(self, request: Request) -> Response:
        generation = self._generation
        if self._delay:
            await asyncio.sleep(self._delay)
        status, answer, seen = self._upload_answer(request, await request.body())
        self._keep(
            generation, Received("POST", request.url.path, _auth(request), seen, status, answer)
        )
        return JSONResponse(answer, status_code=status)

    def _upload_answer(
        self, request: Request, body: bytes
    ) -> tuple[int, dict[str, Any], dict[str, Any]]:
        if request.headers.get("authorization") != f"Bearer {self.token}":
            return (*ERRORS[190], {})
        if request.path_params["version"] != self.version:
            version = request.path_params["version"]
            return (*_error(400, 2500, f"Unknown path components: /{version}"), {})
        if request.path_params["number"] not in self.numbers:
            return (*_error(400, 100, "Unsupported post request."), {})
        try:
            fields, files = form(request.headers.get("content-type", ""), body)
        except ValueError as exc:
            return (*_error(400, 100, "(#100) Invalid parameter", str(exc)), {})
        seen: dict[str, Any] = {"form": fields}
        if len(files) == 1:
            seen["file"] = {
                "field": files[0].field,
                "filename": files[0].filename,
                "content_type": files[0].content_type,
                "size": len(files[0].data),
            }
        problem = _upload_problem(fields, files)
        if problem:
            return (*_error(400, 100, "(#100) Invalid parameter", problem), seen)
        scripted = self._scripted("upload")
        if scripted is not None:
            code, _wait = scripted
            error = ERRORS[429] if code == 429 else ERRORS[500] if code >= 500 else None
            return (*(error or _error(code, 100, "(#100) Invalid parameter")), seen)
        media_id = f"{next(self._ids) + 900_000_000_000_000}"
        self.add_media(media_id, files[0].data, fields["type"])
        return 200, {"id": media_id}, seen

    async def _media(self, request: Request) -> Response:
        generation = self._generation
        if self._delay:
            await asyncio.sleep(self._delay)
        media_id = request.path_params["media_id"]
        status, answer, headers = self._media_answer(request, media_id)
        self._keep(
            generation, Received("GET", request.url.path, _auth(request), None, status, answer)
        )
        return JSONResponse(answer, status_code=status, headers=headers)

    def _media_answer(
        self, request: Request, media_id: str
    ) -> tuple[int, dict[str, Any], dict[str, str]]:
        if request.headers.get("authorization") != f"Bearer {self.token}":
            return (*ERRORS[190], {})
        if request.path_params["version"] != self.version:
            return (
                *_error(400, 2500, f"Unknown path components: /{request.path_params['version']}"),
                {},
            )
        scripted = self._scripted("lookup")
        if scripted is not None:
            status, wait = scripted
            error = ERRORS[429] if status == 429 else ERRORS[500] if status >= 500 else None
            _, body = error or _error(status, 100, "(#100) Invalid parameter")
            return status, body, {"Retry-After": str(wait)} if wait is not None else {}
        with self._lock:
            media = self.media.get(media_id)
        if media is None:
            error = _error(
                400,
                100,
                f"Unsupported get request. Object with ID '{media_id}' does not exist, cannot be "
                "loaded due to missing permissions, or does not support this operation.",
            )
            error[1]["error"].update(type="GraphMethodException", error_subcode=33)
            return (*error, {})
        answer = {
            "messaging_product": "whatsapp",
            "url": self.media_url(media_id),
            "mime_type": media.mime_type,
            "sha256": media.sha256,
            "file_size": media.file_size,
            "id": media_id,
        }
        if set(answer) != MEDIA_KEYS:  # the documented shape, nothing more or less
            raise AssertionError(f"fake media answer has keys {sorted(answer)}")
        return 200, answer, {}

    async def _media_file(self, request: Request) -> Response:
        generation = self._generation
        status, body, headers = self._file_answer(request)
        self._keep(
            generation, Received("GET", request.url.path, _auth(request), None, status, None)
        )
        if status != 200:
            return JSONResponse(body, status_code=status, headers=headers)
        assert isinstance(body, Media)
        return Response(body.data, media_type=body.mime_type)

    def _file_answer(self, request: Request) -> tuple[int, Any, dict[str, str]]:
        if request.headers.get("authorization") != f"Bearer {self.token}":
            return (*ERRORS[190], {})
        scripted = self._scripted("download")
        if scripted is not None:
            status, wait = scripted
            headers = {"Retry-After": str(wait)} if wait is not None else {}
            return status, {"error": {"message": f"HTTP {status}"}}, headers
        query = request.query_params
        media_id, until = query.get("mid", ""), query.get("ext", "0")
        signed = hmac.compare_digest(query.get("hash", ""), self._sign(media_id, int(until or 0)))
        with self._lock:
            media = self.media.get(media_id)
        if media is None or not signed or int(until or 0) < time.time():
            return 404, {"error": {"message": "URL signature expired"}}, {}
        return 200, media, {}

    def _scripted(self, on: str) -> tuple[int, float | None] | None:
        with self._lock:
            if self._media_script and self._media_script[0][0] == on:
                _, status, wait = self._media_script.popleft()
                return status, wait
        return None

    def _sign(self, media_id: str, until: int) -> str:
        return hashlib.sha256(f"{self.token}:{media_id}:{until}".encode()).hexdigest()[:32]

    def _keep(self, generation: int, received: Received) -> None:
        """Record a request, unless a reset came while it was answered (it was the last test's)."""
        with self._lock:
            if generation == self._generation:
                self.requests.append(received)


def _auth(request: Request) -> str | None:
    return request.headers.get("authorization")


def _upload_problem(fields: dict[str, str], files: list[Any]) -> str | None:
    """What Upload Media refuses: a missing or unknown parameter, a type it does not take, a file
    of another type or over the type's limit."""
    unknown = set(fields) - {"messaging_product", "type"}
    if unknown or [f.field for f in files] != ["file"]:
        return f"parameters must be messaging_product, type and one file, got {sorted(fields)}"
    if fields.get("messaging_product") != "whatsapp":
        return "messaging_product must be 'whatsapp'"
    kind = fields.get("type", "")
    if kind not in UPLOAD_LIMITS:
        return f"type {kind!r} is not a supported media type"
    file = files[0]
    if file.content_type != kind:
        return f"the file is {file.content_type!r}, the type says {kind!r}"
    if not file.data or len(file.data) > UPLOAD_LIMITS[kind]:
        return f"a {kind} file must have 1 to {UPLOAD_LIMITS[kind]} bytes, not {len(file.data)}"
    if kind.startswith("image/") and not _looks_like(kind, file.data):
        return f"the file is not a {kind} image"
    return None


def _looks_like(kind: str, data: bytes) -> bool:
    signature = b"\x89PNG\r\n\x1a\n" if kind == "image/png" else b"\xff\xd8\xff"
    return data.startswith(signature)


def _media_object_problems(kind: str, media: Any) -> list[str]:
    if not isinstance(media, dict):
        return [f"{kind} must be an object"]
    out = []
    unknown = set(media) - MEDIA_OBJECT_KEYS[kind]
    if unknown:
        out.append(f"{kind} has unknown keys {sorted(unknown)}")
    if ("id" in media) == ("link" in media):
        out.append(f"{kind} needs exactly one of id and link")
    caption = media.get("caption")
    if caption is not None and not (isinstance(caption, str) and 0 < len(caption) <= 1024):
        out.append(f"{kind}.caption must have 1 to 1024 characters")
    filename = media.get("filename")
    if filename is not None and not (isinstance(filename, str) and filename.strip()):
        out.append("document.filename must be a name")
    return out


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
    if kind in MEDIA_OBJECT_KEYS:
        return _media_object_problems(kind, body.get(kind))
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
