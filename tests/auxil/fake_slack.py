"""A fake Slack Web API: the real `WebClient(base_url=...)` and Bolt's OAuth flow talk to it.

It serves `/api/<method>` and `/hooks/<id>` (response URLs) on a free 127.0.0.1 port (a Starlette
app under uvicorn in a thread). It checks the bearer token of every call, checks the shapes
FlowHub sends (Block Kit limits, required parameters), keeps the messages it was asked to post or
update, records every call, and can be told to fail the next call to a method (429 with
Retry-After, or any `ok: false` error).

Files shared with the bot are held with `add_file`, which returns the file object as a message's
`files[]` carries it, checked against Slack's own description of a file (`objs_file`, in
tests/contracts/chat/slack_file.json); `url_private_download` (and `url_private`) serve the
bytes only with the bot token of the file's workspace. Any other token, or none, gets Slack's
HTML sign-in page with status 200, as Slack answers. `fail_next("files", ...)` scripts the next
file answer, and `redirect_file(file, to)` makes its URL answer 302 to `to`. `behind_file_info`
gives a file as a Slack Connect message shares it (`file_access: check_file_info`, the id
alone); `files.info` answers the whole object.

Files the bot sends go through Slack's external upload flow: `files.getUploadURLExternal`
(`filename`, `length`) answers an `upload_url` served here and a `file_id`; a POST of exactly
`length` bytes to that URL answers "OK - <length>"; `files.completeUploadExternal` (`files` as a
JSON list of `{id, title}`, `channel_id`, `initial_comment`) shares the uploaded files and
answers them. Every argument is checked against the parameters slack_sdk's own `WebClient`
method declares (tests/contracts/SOURCES.md); what was shared lands in `shared`, and
`fail_next("upload", ...)` scripts the next upload URL answer.

    with FakeSlack() as fake:
        fake.add_user("T111", "U111", "Ana Lima", tz="America/New_York")
        client = WebClient(token=fake.bot_token, base_url=fake.api_url)
        ...
        assert fake.calls_to("chat.postMessage")[0].params["channel"] == "D111"
"""

from __future__ import annotations

import base64
import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import (
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
)
from starlette.routing import Route

from tests.auxil.loopback import Loopback, serve
from tests.auxil.slack_checks import (
    ApiError,
    check_arguments,
    check_message,
    file_schema,
    require,
)

BOT_TOKEN = "xoxb-111-single"
# What Slack answers a file URL fetched without a valid token: its sign-in page, status 200.
SIGN_IN_PAGE = (
    '<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Slack</title></head>'
    '<body><h1>Sign in to Acme</h1><form action="/signin"><input name="email"></form></body></html>'
)
CLIENT_ID = "1111.2222"
CLIENT_SECRET = "client-secret-abc"


@dataclass(frozen=True)
class Bot:
    """A bot user in one workspace, as `auth.test` describes it."""

    token: str
    team_id: str
    user_id: str
    bot_id: str
    team: str = "Acme"


@dataclass
class Call:
    """One request the fake received: the method, its decoded parameters, the token and when."""

    method: str
    params: dict[str, Any]
    token: str | None
    at: float = field(default_factory=time.time)


@dataclass
class _Failure:
    status: int
    error: str
    retry_after: int | None = None


@dataclass
class FakeSlack:
    """The fake server; start with `with` (or `start()`), read `calls`, script `fail_next`."""

    calls: list[Call] = field(default_factory=list)
    responses: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._loopback: Loopback | None = None
        self.port = 0
        self.reset()

    # -- test-facing API -------------------------------------------------------------------

    @property
    def api_url(self) -> str:
        """The base URL to give `WebClient` (methods are appended)."""
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self, name: str) -> str:
        """A response URL served by the fake (what Slack puts in commands and interactions)."""
        return f"http://127.0.0.1:{self.port}/hooks/{name}"

    def add_bot(self, bot: Bot) -> None:
        """Make a bot token valid."""
        with self._lock:
            self.bots[bot.token] = bot

    def add_user(
        self,
        team: str,
        user: str,
        real_name: str,
        *,
        tz: str = "Europe/Berlin",
        display: str = "",
        locale: str = "en-US",
    ) -> None:
        """A person `users.info` knows."""
        with self._lock:
            self.users[(team, user)] = {
                "id": user,
                "team_id": team,
                "name": real_name.split()[0].lower(),
                "real_name": real_name,
                "tz": tz,
                "is_bot": False,
                "profile": {"real_name": real_name, "display_name": display},
                "locale": locale,
            }

    def add_install_code(self, code: str, bot: Bot, *, installer: str = "U999") -> None:
        """A code `oauth.v2.access` exchanges for `bot`'s token."""
        with self._lock:
            self.codes[code] = (bot, installer)

    def calls_to(self, method: str) -> list[Call]:
        """The recorded calls to one method, oldest first."""
        with self._lock:
            return [c for c in self.calls if c.method == method]

    def fail_next(
        self, method: str, *, status: int = 429, error: str = "ratelimited", retry_after: int = 1
    ) -> None:
        """Make the next call to `method` fail (429 carries `Retry-After`)."""
        with self._lock:
            self._failures.setdefault(method, deque()).append(
                _Failure(status, error, retry_after if status == 429 else None)
            )

    def add_file(
        self,
        name: str,
        data: bytes,
        mimetype: str,
        *,
        team: str = "T111",
        filetype: str = "",
        subtype: str | None = None,
        size: int | None = None,
    ) -> dict[str, Any]:
        """Hold a file shared in `team`; return its object as `files[]` in a message has it."""
        with self._lock:
            file_id = f"F{len(self.files) + 1:09d}"
            self.files[file_id] = (team, data, mimetype)
        base = f"http://127.0.0.1:{self.port}/files-pri/{team}-{file_id}"
        item: dict[str, Any] = {
            "id": file_id,
            "created": 1772614800,
            "timestamp": 1772614800,
            "name": name,
            "title": name,
            "mimetype": mimetype,
            "filetype": filetype or name.rpartition(".")[2],
            "pretty_type": (filetype or name.rpartition(".")[2]).upper(),
            "user": "U111",
            "user_team": team,
            "editable": False,
            "size": len(data) if size is None else size,
            "mode": "hosted",
            "is_external": False,
            "external_type": "",
            "is_public": False,
            "public_url_shared": False,
            "display_as_bot": False,
            "username": "",
            "url_private": f"{base}/{name}",
            "url_private_download": f"{base}/download/{name}",
            "permalink": f"https://acme.slack.com/files/U111/{file_id}/{name}",
            "has_rich_preview": False,
            "file_access": "visible",
        }
        if subtype is not None:
            item["subtype"] = subtype
        problems = [e.message for e in file_schema().iter_errors(item)]
        if problems:
            raise AssertionError(f"fake file object breaks Slack's description: {problems}")
        with self._lock:
            self.file_objects[file_id] = item
        return item

    def behind_file_info(self, item: dict[str, Any]) -> dict[str, Any]:
        """The file as a Slack Connect message shares it: its id, to be read with `files.info`."""
        keep = ("id", "created", "timestamp", "user")
        return {**{k: item[k] for k in keep}, "file_access": "check_file_info"}

    def redirect_file(self, item: dict[str, Any], to: str) -> None:
        """Make the file's URLs answer 302 to `to`."""
        with self._lock:
            self.redirects[item["id"]] = to

    def message(self, channel: str, ts: str) -> dict[str, Any]:
        """The current state of a (non-ephemeral) message the bot posted."""
        with self._lock:
            return self.messages[(channel, ts)]

    def reset(self) -> None:
        """Forget calls, messages, users, installs and scripted failures."""
        with self._lock:
            self.calls.clear()
            self.responses.clear()
            self.bots: dict[str, Bot] = {BOT_TOKEN: Bot(BOT_TOKEN, "T111", "UBOT1", "BBOT1")}
            self.users: dict[tuple[str, str], dict[str, Any]] = {}
            self.codes: dict[str, tuple[Bot, str]] = {}
            self.messages: dict[tuple[str, str], dict[str, Any]] = {}
            self.ephemeral: list[dict[str, Any]] = []
            self.views: list[dict[str, Any]] = []
            self._failures: dict[str, deque[_Failure]] = {}
            self._ts = 1_700_000_000
            self.files: dict[str, tuple[str, bytes, str]] = {}
            self.file_objects: dict[str, dict[str, Any]] = {}
            self.redirects: dict[str, str] = {}
            self.file_tokens: list[str | None] = []
            self.uploads: dict[str, dict[str, Any]] = {}
            self.shared: list[dict[str, Any]] = []

    def start(self) -> FakeSlack:
        """Serve on a free port in a background thread."""
        app = Starlette(
            routes=[
                Route("/api/{method}", self._api, methods=["GET", "POST"]),
                Route("/hooks/{name}", self._hook, methods=["POST"]),
                Route("/files-pri/{team}-{file_id}/{rest:path}", self._file, methods=["GET"]),
                Route("/upload/v1/{upload_id}", self._upload, methods=["POST"]),
            ]
        )
        self._loopback = serve(app, name="fake Slack")
        self.port = self._loopback.port
        return self

    def stop(self) -> None:
        """Stop serving."""
        if self._loopback is not None:
            self._loopback.stop()
            self._loopback = None

    def __enter__(self) -> FakeSlack:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- the server --------------------------------------------------------------------------

    async def _api(self, request: Request) -> Response:
        method = request.path_params["method"]
        params = _decode(await request.body(), request.headers.get("content-type", ""))
        params.update(request.query_params)
        auth = request.headers.get("authorization", "")
        token = auth[7:] if auth.startswith("Bearer ") else None
        with self._lock:
            self.calls.append(Call(method, params, token))
            failures = self._failures.get(method)
            failure = failures.popleft() if failures else None
        if failure is not None:
            headers = {"Retry-After": str(failure.retry_after)} if failure.retry_after else {}
            return JSONResponse(
                {"ok": False, "error": failure.error}, status_code=failure.status, headers=headers
            )
        if method == "oauth.v2.access":
            return _answer(self._oauth_access(params, auth))
        bot = self.bots.get(token or "")
        if bot is None:
            return _answer(
                {"ok": False, "error": "not_authed" if token is None else "invalid_auth"}
            )
        handler = getattr(self, "_m_" + method.replace(".", "_"), None)
        if handler is None:
            return _answer({"ok": False, "error": "unknown_method"})
        try:
            return _answer({"ok": True, **handler(bot, params)})
        except ApiError as exc:
            return _answer({"ok": False, "error": str(exc)})

    async def _file(self, request: Request) -> Response:
        auth = request.headers.get("authorization", "")
        token = auth[7:] if auth.startswith("Bearer ") else None
        file_id = request.path_params["file_id"]
        with self._lock:
            self.file_tokens.append(token)
            failures = self._failures.get("files")
            failure = failures.popleft() if failures else None
            found = self.files.get(file_id)
            redirect = self.redirects.get(file_id)
            bot = self.bots.get(token or "")
        if failure is not None:
            headers = {"Retry-After": str(failure.retry_after)} if failure.retry_after else {}
            return PlainTextResponse(failure.error, status_code=failure.status, headers=headers)
        if found is None or found[0] != request.path_params["team"]:
            return PlainTextResponse("file_not_found", status_code=404)
        if redirect is not None:
            return RedirectResponse(redirect, status_code=302)
        team, data, mimetype = found
        if bot is None or bot.team_id != team:
            return HTMLResponse(SIGN_IN_PAGE, status_code=200)
        return Response(data, media_type=mimetype)

    async def _upload(self, request: Request) -> Response:
        body = await request.body()
        upload_id = request.path_params["upload_id"]
        with self._lock:
            self.calls.append(Call("upload", {"upload_id": upload_id, "size": len(body)}, None))
            failures = self._failures.get("upload")
            failure = failures.popleft() if failures else None
            upload = next((u for u in self.uploads.values() if u["upload_id"] == upload_id), None)
        if failure is not None:
            headers = {"Retry-After": str(failure.retry_after)} if failure.retry_after else {}
            return PlainTextResponse(failure.error, status_code=failure.status, headers=headers)
        if upload is None or upload["data"] is not None:
            return PlainTextResponse("invalid upload url", status_code=404)
        if len(body) != upload["length"]:
            return PlainTextResponse("file_upload_size_mismatch", status_code=400)
        with self._lock:
            upload["data"] = body
        return PlainTextResponse(f"OK - {len(body)}")

    def _m_conversations_open(self, bot: Bot, params: dict[str, Any]) -> dict[str, Any]:
        check_arguments("conversations_open", params)
        user = require(params, "users")
        if "," in user or not user.startswith("U"):
            raise ApiError("user_not_found")
        return {"channel": {"id": "D" + user.removeprefix("U")}}

    def _m_files_getUploadURLExternal(self, bot: Bot, params: dict[str, Any]) -> dict[str, Any]:
        check_arguments("files_getUploadURLExternal", params)
        filename = require(params, "filename")
        try:
            length = int(require(params, "length"))
        except ValueError:
            raise ApiError("invalid_arguments") from None
        if length <= 0:
            raise ApiError("invalid_arguments")
        with self._lock:
            file_id = f"F{len(self.files) + len(self.uploads) + 1:09d}U"
            upload_id = f"{bot.team_id}-{file_id}-{len(self.uploads) + 1}"
            self.uploads[file_id] = {
                "team": bot.team_id,
                "filename": filename,
                "length": length,
                "alt_txt": params.get("alt_txt"),
                "upload_id": upload_id,
                "data": None,
            }
        return {
            "upload_url": f"http://127.0.0.1:{self.port}/upload/v1/{upload_id}",
            "file_id": file_id,
        }

    def _m_files_completeUploadExternal(self, bot: Bot, params: dict[str, Any]) -> dict[str, Any]:
        check_arguments("files_completeUploadExternal", params)
        try:
            files = json.loads(require(params, "files"))
        except ValueError:
            raise ApiError("invalid_arguments") from None
        if not isinstance(files, list) or not files:
            raise ApiError("invalid_arguments")
        channel = params.get("channel_id")
        if channel is not None and str(channel)[:1] not in ("C", "D", "G"):
            raise ApiError("invalid_channel")
        done = []
        with self._lock:
            for item in files:
                if not isinstance(item, dict) or set(item) - {"id", "title", "highlight_type"}:
                    raise ApiError("invalid_arguments")
                upload = self.uploads.get(str(item.get("id")))
                if upload is None or upload["team"] != bot.team_id or upload["data"] is None:
                    raise ApiError("file_not_found")
                title = item.get("title") or upload["filename"]
                self.shared.append(
                    {
                        "file_id": item["id"],
                        "filename": upload["filename"],
                        "title": title,
                        "data": upload["data"],
                        "channel_id": channel,
                        "initial_comment": params.get("initial_comment"),
                        "thread_ts": params.get("thread_ts"),
                    }
                )
                done.append({"id": item["id"], "title": title})
        return {"files": done}

    def _m_files_info(self, bot: Bot, params: dict[str, Any]) -> dict[str, Any]:
        check_arguments("files_info", params)
        file_id = require(params, "file")
        with self._lock:
            item = self.file_objects.get(file_id)
        if item is None or item["user_team"] != bot.team_id:
            raise ApiError("file_not_found")
        return {"file": item, "comments": [], "response_metadata": {"next_cursor": ""}}

    async def _hook(self, request: Request) -> Response:
        body = json.loads(await request.body())
        check_message(body)
        with self._lock:
            self.responses.append((request.path_params["name"], body))
        return PlainTextResponse("ok")

    def _m_auth_test(self, bot: Bot, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "url": "https://acme.slack.com/",
            "team": bot.team,
            "user": "flowhub",
            "team_id": bot.team_id,
            "user_id": bot.user_id,
            "bot_id": bot.bot_id,
        }

    def _m_users_info(self, bot: Bot, params: dict[str, Any]) -> dict[str, Any]:
        user = self.users.get((bot.team_id, str(params.get("user"))))
        if user is None:
            raise ApiError("user_not_found")
        if str(params.get("include_locale")).lower() not in ("true", "1"):
            user = {k: v for k, v in user.items() if k != "locale"}  # Slack adds it only if asked
        return {"user": user}

    def _m_chat_postMessage(self, bot: Bot, params: dict[str, Any]) -> dict[str, Any]:
        channel = require(params, "channel")
        check_message(params)
        with self._lock:
            self._ts += 1
            ts = f"{self._ts}.000100"
            self.messages[(channel, ts)] = {
                "text": params["text"],
                "blocks": params.get("blocks"),
                "user": bot.user_id,
                "edited": False,
            }
        return {"channel": channel, "ts": ts, "message": {"text": params["text"], "ts": ts}}

    def _m_chat_update(self, bot: Bot, params: dict[str, Any]) -> dict[str, Any]:
        channel, ts = require(params, "channel"), require(params, "ts")
        check_message(params)
        with self._lock:
            if (channel, ts) not in self.messages:
                raise ApiError("message_not_found")
            self.messages[(channel, ts)].update(
                text=params["text"], blocks=params.get("blocks"), edited=True
            )
        return {"channel": channel, "ts": ts, "text": params["text"]}

    def _m_chat_postEphemeral(self, bot: Bot, params: dict[str, Any]) -> dict[str, Any]:
        channel, user = require(params, "channel"), require(params, "user")
        check_message(params)
        if channel.startswith("Cnobot"):
            raise ApiError("channel_not_found")
        with self._lock:
            self._ts += 1
            ts = f"{self._ts}.000200"
            self.ephemeral.append({"channel": channel, "user": user, "ts": ts, **params})
        return {"message_ts": ts}

    def _m_views_open(self, bot: Bot, params: dict[str, Any]) -> dict[str, Any]:
        require(params, "trigger_id")
        view = params.get("view")
        if isinstance(view, str):
            view = json.loads(view)
        if not isinstance(view, dict) or view.get("type") != "modal":
            raise ApiError("invalid_arguments")
        if len(view.get("title", {}).get("text", "")) > 24 or len(view.get("blocks", [])) > 100:
            raise ApiError("invalid_arguments")
        if len(view.get("private_metadata", "")) > 3000:
            raise ApiError("invalid_arguments")
        with self._lock:
            self.views.append(view)
        return {"view": {"id": f"V{len(self.views)}", **view}}

    def _oauth_access(self, params: dict[str, Any], auth: str) -> dict[str, Any]:
        client_id, client_secret = params.get("client_id"), params.get("client_secret")
        if auth.startswith("Basic "):
            client_id, _, client_secret = base64.b64decode(auth[6:]).decode().partition(":")
        if (client_id, client_secret) != (CLIENT_ID, CLIENT_SECRET):
            return {"ok": False, "error": "invalid_client_id"}
        found = self.codes.pop(str(params.get("code")), None)
        if found is None:
            return {"ok": False, "error": "invalid_code"}
        bot, installer = found
        self.add_bot(bot)
        return {
            "ok": True,
            "app_id": "A111",
            "access_token": bot.token,
            "token_type": "bot",
            "scope": "chat:write,commands,users:read",
            "bot_user_id": bot.user_id,
            "team": {"id": bot.team_id, "name": bot.team},
            "enterprise": None,
            "is_enterprise_install": False,
            "authed_user": {"id": installer},
        }


def _answer(body: dict[str, Any]) -> JSONResponse:
    return JSONResponse(body)


def _decode(body: bytes, content_type: str) -> dict[str, Any]:
    if not body:
        return {}
    if content_type.startswith("application/json"):
        data = json.loads(body)
        return dict(data) if isinstance(data, dict) else {}
    return dict(parse_qsl(body.decode(), keep_blank_values=True))
