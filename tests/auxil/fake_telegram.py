"""A fake Telegram Bot API server: the real PTB `Bot(base_url=...)` talks to it over HTTP.

It serves `/bot<token>/<method>` on a free 127.0.0.1 port (a Starlette app under uvicorn in a
thread), answers like the real API (`{"ok": true, "result": ...}` with realistic Message objects),
checks method names and required parameters, validates `parse_mode=HTML` text and
`callback_data` the way Telegram does, records every call, and can be told to fail the next call
to a method (for example 429 with `parameters.retry_after`).

Files a person sent are held with `add_file`: `getFile` answers a `File` as the Bot API documents
it (checked with PTB's own `File.de_json`), refusing one over the 20 MB bots may download with
"file is too big", and `/file/bot<token>/<file_path>` serves the bytes. `fail_next("file", ...)`
scripts the next download's answer.

Files the bot sends come as multipart/form-data: `sendPhoto` and `sendDocument` check the
upload as the Bot API documents it (a photo at most 10 MB, a real PNG or JPEG whose width and
height add up to at most 10000 with a ratio of at most 20; a document at most 50 MB; a caption
of at most 1024 characters after entity parsing) and answer a `Message` that PTB's own
`Message.de_json` reads whole. `sent_files` holds what was uploaded, by the `file_id` answered.

    with FakeTelegram(token="123456:TEST") as fake:
        bot = Bot("123456:TEST", base_url=fake.api_url)
        ...
        assert fake.calls_to("sendMessage")[0].params["chat_id"] == 42
"""

from __future__ import annotations

import html
import io
import json
import re
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from PIL import Image
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from telegram import File, Message

from tests.auxil.loopback import Loopback, serve
from tests.auxil.multipart import FormFile, form

BOT_USER = {"id": 123456, "is_bot": True, "first_name": "FlowHub", "username": "FlowHubBot"}
_JSON_FIELDS = {
    "reply_markup",
    "reply_parameters",
    "entities",
    "allowed_updates",
    "commands",
    "link_preview_options",
    "scope",
}
_TAG = re.compile(
    r"</?(b|strong|i|em|u|ins|s|strike|del|code|pre|blockquote|tg-spoiler|a|span)(\s[^<>]*)?>"
)
_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
BOT_DOWNLOAD_LIMIT = 20 * 1024 * 1024
PHOTO_LIMIT = 10 * 1024 * 1024
DOCUMENT_LIMIT = 50 * 1024 * 1024


@dataclass
class Call:
    """One request the fake received: the method, its decoded parameters and when it came."""

    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.time)


@dataclass
class _Failure:
    status: int
    description: str
    parameters: dict[str, Any] | None = None
    after: int = 0


@dataclass
class FakeTelegram:
    """The fake server; start with `with` (or `start()`), read `calls`, script `fail_next`."""

    token: str = "123456:TEST"
    calls: list[Call] = field(default_factory=list)
    updates: deque[dict[str, Any]] = field(default_factory=deque)
    webhook: dict[str, Any] = field(default_factory=dict)
    commands: list[dict[str, Any]] = field(default_factory=list)
    sent_files: dict[str, FormFile] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._failures: dict[str, deque[_Failure]] = {}
        self._messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._next_id: dict[int, int] = {}
        self._answered: set[str] = set()
        self._files: dict[str, tuple[str, bytes, int]] = {}
        self._lock = threading.Lock()
        self._loopback: Loopback | None = None
        self.port = 0

    # -- test-facing API -------------------------------------------------------------------

    @property
    def api_url(self) -> str:
        """The base URL to give PTB (`.../bot`; PTB appends the token)."""
        return f"http://127.0.0.1:{self.port}/bot"

    def calls_to(self, method: str) -> list[Call]:
        """The recorded calls to one method, oldest first."""
        with self._lock:
            return [c for c in self.calls if c.method == method]

    def fail_next(
        self,
        method: str,
        status: int = 429,
        *,
        retry_after: int | None = None,
        description: str = "",
        after: int = 0,
    ) -> None:
        """Make a coming call to `method` fail with `status` (429 carries `retry_after`).

        Failures queue up in order; `after` lets that many calls through first.
        """
        if status == 429:
            parameters: dict[str, Any] | None = {"retry_after": retry_after or 1}
            description = description or f"Too Many Requests: retry after {retry_after or 1}"
        else:
            parameters = None
            description = description or {403: "Forbidden: bot was blocked by the user"}.get(
                status, "Bad Request"
            )
        with self._lock:
            self._failures.setdefault(method, deque()).append(
                _Failure(status, description, parameters, after)
            )

    def add_file(
        self, file_id: str, data: bytes, *, path: str | None = None, file_size: int | None = None
    ) -> str:
        """Hold a file a person sent; return its `file_path`. `file_size` overrides the real one."""
        file_path = path or f"documents/file_{len(self._files)}_{file_id[-6:]}"
        with self._lock:
            self._files[file_id] = (file_path, data, len(data) if file_size is None else file_size)
        return file_path

    @property
    def file_url(self) -> str:
        """The file download base (`.../file/bot`; the token and the path are appended)."""
        return f"http://127.0.0.1:{self.port}/file/bot"

    def message(self, chat_id: int, message_id: int) -> dict[str, Any]:
        """The current state of a message the bot sent (edits applied)."""
        with self._lock:
            return self._messages[(chat_id, message_id)]

    def reset(self) -> None:
        """Forget calls, messages, scripted failures and queued updates."""
        with self._lock:
            self.calls.clear()
            self.updates.clear()
            self._failures.clear()
            self._messages.clear()
            self._next_id.clear()
            self._answered.clear()
            self._files.clear()
            self.webhook.clear()
            self.commands.clear()
            self.sent_files.clear()

    def start(self) -> FakeTelegram:
        """Serve on a free port in a background thread."""
        app = Starlette(
            routes=[
                Route("/bot{token}/{method}", self._handle, methods=["GET", "POST"]),
                Route("/file/bot{token}/{path:path}", self._file, methods=["GET"]),
            ]
        )
        self._loopback = serve(app, name="fake Telegram")
        self.port = self._loopback.port
        return self

    def stop(self) -> None:
        """Stop serving."""
        if self._loopback is not None:
            self._loopback.stop()
            self._loopback = None

    def __enter__(self) -> FakeTelegram:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- the server --------------------------------------------------------------------------

    async def _handle(self, request: Request) -> JSONResponse:
        if request.path_params["token"] != self.token:
            return _error(401, "Unauthorized")
        method = request.path_params["method"]
        params = _decode(await request.body(), request.headers.get("content-type", ""))
        params.update(request.query_params)
        handler = getattr(self, f"_m_{method}", None)
        with self._lock:
            self.calls.append(Call(method, params))
            failure = None
            failures = self._failures.get(method)
            if failures and failures[0].after > 0:
                failures[0].after -= 1
            elif failures:
                failure = failures.popleft()
        if handler is None:
            return _error(404, "Not Found: method not found")
        if failure is not None:
            return _error(failure.status, failure.description, failure.parameters)
        try:
            result = handler(params)
        except _ApiError as exc:
            return _error(400, f"Bad Request: {exc}")
        if method == "getUpdates" and not result and params.get("timeout"):
            await _sleep(min(float(params["timeout"]), 0.2))
        return JSONResponse({"ok": True, "result": result})

    async def _file(self, request: Request) -> Response:
        if request.path_params["token"] != self.token:
            return _error(401, "Unauthorized")
        path = request.path_params["path"]
        with self._lock:
            self.calls.append(Call("file", {"path": path}))
            failures = self._failures.get("file")
            failure = failures.popleft() if failures else None
            found = next((f for f in self._files.values() if f[0] == path), None)
        if failure is not None:
            response = _error(failure.status, failure.description, failure.parameters)
            if failure.parameters and "retry_after" in failure.parameters:
                response.headers["Retry-After"] = str(failure.parameters["retry_after"])
            return response
        if found is None:
            return _error(404, "Not Found")
        return Response(found[1], media_type="application/octet-stream")

    def _m_getFile(self, params: dict[str, Any]) -> Any:
        file_id = str(_require(params, "file_id"))
        with self._lock:
            found = self._files.get(file_id)
        if found is None:
            raise _ApiError("wrong file_id or the file is temporarily unavailable")
        path, _, size = found
        if size > BOT_DOWNLOAD_LIMIT:
            raise _ApiError("file is too big")
        result = {
            "file_id": file_id,
            "file_unique_id": f"U{abs(hash(file_id)) % 10**8}",
            "file_size": size,
            "file_path": path,
        }
        # The answer is what the Bot API documents for a File: PTB's own type must read it whole.
        parsed = File.de_json(result, None)
        if parsed is None or parsed.file_path != path or parsed.api_kwargs:
            raise AssertionError(f"fake getFile answer is not a File: {result!r}")
        return result

    def _m_getMe(self, params: dict[str, Any]) -> Any:
        return dict(BOT_USER)

    def _m_sendMessage(self, params: dict[str, Any]) -> Any:
        chat_id = _int(_require(params, "chat_id"), "chat_id")
        return self._post(chat_id, {"text": _text(params)}, _markup(params))

    def _post(self, chat_id: int, content: dict[str, Any], markup: Any) -> dict[str, Any]:
        """Store a new bot message in `chat_id` with `content` and its buttons."""
        with self._lock:
            message_id = self._next_id.get(chat_id, 1000) + 1
            self._next_id[chat_id] = message_id
            message: dict[str, Any] = {
                "message_id": message_id,
                "from": dict(BOT_USER),
                "chat": _chat(chat_id),
                "date": int(time.time()),
                **content,
            }
            if markup:
                message["reply_markup"] = markup
            self._messages[(chat_id, message_id)] = message
        return message

    def _m_sendPhoto(self, params: dict[str, Any]) -> Any:
        upload = _upload(params, "photo", PHOTO_LIMIT)
        try:
            with Image.open(io.BytesIO(upload.data)) as image:
                kind, (width, height) = image.format, image.size
        except OSError:
            raise _ApiError("IMAGE_PROCESS_FAILED") from None
        if kind not in ("PNG", "JPEG"):
            raise _ApiError("IMAGE_PROCESS_FAILED")
        if width + height > 10_000 or max(width, height) > 20 * min(width, height):
            raise _ApiError("PHOTO_INVALID_DIMENSIONS")
        file_id = self._keep(upload)
        # Telegram keeps the photo in several sizes, each at most `side` on its long edge.
        photo = []
        for side, suffix in ((90, "s"), (320, "m"), (800, "x"), (1280, "y")):
            scale = min(1.0, side / max(width, height))
            photo.append(
                {
                    "file_id": f"{file_id}{suffix}",
                    "file_unique_id": f"{file_id[-8:]}{suffix}",
                    "width": max(1, round(width * scale)),
                    "height": max(1, round(height * scale)),
                    "file_size": len(upload.data),
                }
            )
            if scale == 1.0:
                break
        return self._file_message(params, {"photo": photo})

    def _m_sendDocument(self, params: dict[str, Any]) -> Any:
        upload = _upload(params, "document", DOCUMENT_LIMIT)
        file_id = self._keep(upload)
        document = {
            "file_id": file_id,
            "file_unique_id": file_id[-8:],
            "file_name": str(params.get("filename") or upload.filename),
            "mime_type": upload.content_type,
            "file_size": len(upload.data),
        }
        return self._file_message(params, {"document": document})

    def _keep(self, upload: FormFile) -> str:
        with self._lock:
            file_id = f"AgACAgFAKE{len(self.sent_files) + 1:06d}"
            self.sent_files[file_id] = upload
        return file_id

    def _file_message(self, params: dict[str, Any], content: dict[str, Any]) -> Any:
        chat_id = _int(_require(params, "chat_id"), "chat_id")
        caption = _caption(params)
        message = self._post(
            chat_id, {**content, **({"caption": caption} if caption else {})}, _markup(params)
        )
        message_id = message["message_id"]
        # The answer is what the Bot API documents for a Message: PTB's own type reads it whole.
        parsed = Message.de_json(message, None)
        if parsed is None or parsed.api_kwargs or parsed.message_id != message_id:
            raise AssertionError(f"fake answer is not a Message: {message!r}")
        return message

    def _m_editMessageText(self, params: dict[str, Any]) -> Any:
        chat_id = _int(_require(params, "chat_id"), "chat_id")
        message_id = _int(_require(params, "message_id"), "message_id")
        text = _text(params)
        markup = _markup(params)
        with self._lock:
            message = self._messages.get((chat_id, message_id))
            if message is None:
                raise _ApiError("message to edit not found")
            if message["text"] == text and message.get("reply_markup") == markup:
                raise _ApiError(
                    "message is not modified: specified new message content and reply markup "
                    "are exactly the same as a current content and reply markup of the message"
                )
            message["text"] = text
            message.pop("reply_markup", None)
            if markup:
                message["reply_markup"] = markup
            message["edit_date"] = int(time.time())
            return dict(message)

    def _m_answerCallbackQuery(self, params: dict[str, Any]) -> Any:
        query_id = str(_require(params, "callback_query_id"))
        if len(str(params.get("text", ""))) > 200:
            raise _ApiError("MESSAGE_TOO_LONG")
        with self._lock:
            if query_id in self._answered:
                raise _ApiError(
                    "query is too old and response timeout expired or query ID is invalid"
                )
            self._answered.add(query_id)
        return True

    def _m_setWebhook(self, params: dict[str, Any]) -> Any:
        url = str(_require(params, "url"))
        if url and not url.startswith("https://"):
            raise _ApiError("bad webhook: An HTTPS URL must be provided for webhook")
        secret = params.get("secret_token")
        if secret is not None and not _SECRET.match(str(secret)):
            raise _ApiError("secret token contains unallowed characters")
        with self._lock:
            self.webhook.clear()
            self.webhook.update(params)
        return True

    def _m_deleteWebhook(self, params: dict[str, Any]) -> Any:
        with self._lock:
            self.webhook.clear()
        return True

    def _m_getWebhookInfo(self, params: dict[str, Any]) -> Any:
        return {
            "url": self.webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self.updates),
        }

    def _m_setMyCommands(self, params: dict[str, Any]) -> Any:
        commands = _require(params, "commands")
        if not isinstance(commands, list) or not 0 < len(commands) <= 100:
            raise _ApiError("commands must be a non-empty list")
        for command in commands:
            name = command.get("command", "")
            if (
                not re.fullmatch(r"[a-z0-9_]{1,32}", name)
                or not 1 <= len(command.get("description", "")) <= 256
            ):
                raise _ApiError(f"BOT_COMMAND_INVALID: {command!r}")
        with self._lock:
            self.commands[:] = commands
        return True

    def _m_getUpdates(self, params: dict[str, Any]) -> Any:
        if self.webhook.get("url"):
            raise _ApiError("Conflict: can't use getUpdates method while webhook is active")
        offset = int(params.get("offset") or 0)
        with self._lock:
            while self.updates and self.updates[0]["update_id"] < offset:
                self.updates.popleft()
            return [u for u in self.updates if u["update_id"] >= offset][:100]


class _ApiError(Exception):
    pass


async def _sleep(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)


def _error(status: int, description: str, parameters: dict[str, Any] | None = None) -> JSONResponse:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return JSONResponse(body, status_code=status)


def _decode(body: bytes, content_type: str) -> dict[str, Any]:
    """PTB sends form fields, with every non-string value JSON-encoded, and files as
    multipart/form-data parts; curl may send JSON."""
    if not body:
        return {}
    if content_type.startswith("application/json"):
        data: dict[str, Any] = json.loads(body)
        return data
    params: dict[str, Any] = {}
    if content_type.startswith("multipart/form-data"):
        fields, files = form(content_type, body)
        pairs = list(fields.items())
        params.update({upload.field: upload for upload in files})
    else:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True)
    for key, value in pairs:
        params[key] = json.loads(value) if key in _JSON_FIELDS else value
    return params


def _upload(params: dict[str, Any], name: str, limit: int) -> FormFile:
    """The file uploaded as `name` (or named by `attach://<part>`), within `limit` bytes."""
    value = _require(params, name)
    if isinstance(value, str) and value.startswith("attach://"):
        value = params.get(value.removeprefix("attach://"))
    if not isinstance(value, FormFile):
        raise _ApiError(f"wrong remote file identifier specified: {name} is not an upload")
    if not 0 < len(value.data) <= limit:
        raise _ApiError("Request Entity Too Large" if value.data else f"{name} is empty")
    return value


def _caption(params: dict[str, Any]) -> str:
    """A caption as Telegram shows it (HTML parsed when asked), at most 1024 characters."""
    if not params.get("caption"):
        return ""
    caption = _text({"text": params["caption"], "parse_mode": params.get("parse_mode")})
    if len(caption.encode("utf-16-le")) // 2 > 1024:
        raise _ApiError("message caption is too long")
    return caption


def _require(params: dict[str, Any], name: str) -> Any:
    if name not in params or params[name] in ("", None):
        raise _ApiError(f"{name} is empty")
    return params[name]


def _int(value: Any, name: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise _ApiError(f"{name} is invalid") from None


def _text(params: dict[str, Any]) -> str:
    """The text as Telegram shows it: HTML parsed when `parse_mode` is HTML, length-checked."""
    text = str(_require(params, "text"))
    if params.get("parse_mode") == "HTML":
        stripped = _TAG.sub("", text)
        if "<" in stripped or ">" in stripped:
            raise _ApiError("can't parse entities: unsupported start tag")
        if re.search(r"&(?!(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)", stripped):
            raise _ApiError("can't parse entities: character '&' is reserved")
        text = html.unescape(stripped)
    if not text.strip():
        raise _ApiError("message text is empty")
    if len(text.encode("utf-16-le")) // 2 > 4096:
        raise _ApiError("message is too long")
    return text


def _markup(params: dict[str, Any]) -> dict[str, Any] | None:
    markup = params.get("reply_markup")
    if markup is None:
        return None
    for row in markup.get("inline_keyboard", []):
        for button in row:
            if not button.get("text"):
                raise _ApiError("BUTTON_TEXT_EMPTY")
            data = button.get("callback_data")
            if data is not None and not 1 <= len(data.encode("utf-8")) <= 64:
                raise _ApiError("BUTTON_DATA_INVALID")
    result: dict[str, Any] = markup
    return result


def _chat(chat_id: int) -> dict[str, Any]:
    if chat_id > 0:
        return {"id": chat_id, "type": "private", "first_name": "Ana"}
    kind = "supergroup" if str(chat_id).startswith("-100") else "group"
    return {"id": chat_id, "type": kind, "title": "Team chat"}
