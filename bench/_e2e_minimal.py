"""The end-to-end bench's baselines: a bare endpoint, and the least a bot could do per message.

`bare` answers 200 and nothing else. `minimal` checks the platform's signature or secret,
stores the raw body in SQLite (one row per delivery, committed before the answer), answers
200, then sends one text reply through the platform's API with one shared HTTP client. It has
no people, no parsing of meaning, no outbox: the floor any real handler sits above.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import os
import sqlite3
import time
from typing import Any

import httpx
from fastapi import FastAPI, Request, Response


def _ok() -> Response:
    return Response(content=b'{"status":"ok"}', media_type="application/json")


def make_app() -> FastAPI:
    """The baseline app named by FLOWHUB_BENCH_BASELINE (uvicorn --factory)."""
    app = FastAPI()

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    if os.environ.get("FLOWHUB_BENCH_BASELINE") == "bare":

        @app.post("/webhooks/{platform}")
        async def bare(platform: str, request: Request) -> Response:
            await request.body()
            return Response(content=b'{"status":"ok"}', media_type="application/json")

        return app
    _Minimal(app)
    return app


class _Minimal:
    """Verify, store, answer, reply."""

    def __init__(self, app: FastAPI) -> None:
        env = os.environ
        self.db = sqlite3.connect(env["FLOWHUB_BENCH_DB"], check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS inbox (id INTEGER PRIMARY KEY, body BLOB)")
        self.http = httpx.AsyncClient(timeout=10)
        self.graph = (
            f"{env['FLOWHUB_WHATSAPP_API_URL']}/{env['FLOWHUB_WHATSAPP_API_VERSION']}/"
            f"{env['FLOWHUB_WHATSAPP_PHONE_NUMBER_ID']}/messages"
        )
        self.tasks: set[asyncio.Task[None]] = set()
        app.post("/webhooks/whatsapp")(self.whatsapp)
        app.post("/webhooks/slack")(self.slack)
        app.post("/webhooks/telegram")(self.telegram)

    def _store(self, body: bytes) -> None:
        self.db.execute("INSERT INTO inbox (body) VALUES (?)", (body,))
        self.db.commit()

    def _later(self, method: str, url: str, **kwargs: Any) -> None:
        task = asyncio.create_task(self._send(method, url, **kwargs))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def _send(self, method: str, url: str, **kwargs: Any) -> None:
        await self.http.request(method, url, **kwargs)

    async def whatsapp(self, request: Request) -> Response:
        body = await request.body()
        expected = hmac.new(
            os.environ["FLOWHUB_WHATSAPP_APP_SECRET"].encode(), body, hashlib.sha256
        ).hexdigest()
        if not hmac.compare_digest(request.headers.get("x-hub-signature-256", ""),
                                   f"sha256={expected}"):  # fmt: skip
            return Response(status_code=401)
        self._store(body)
        for entry in json.loads(body)["entry"]:
            for change in entry["changes"]:
                for message in change["value"].get("messages", []):
                    reply = {
                        "messaging_product": "whatsapp",
                        "recipient_type": "individual",
                        "to": message["from"],
                        "type": "text",
                        "text": {"body": "ok"},
                    }
                    headers = {
                        "Authorization": f"Bearer {os.environ['FLOWHUB_WHATSAPP_ACCESS_TOKEN']}"
                    }
                    self._later("POST", self.graph, json=reply, headers=headers)
        return _ok()

    async def slack(self, request: Request) -> Response:
        body = await request.body()
        stamp = request.headers.get("x-slack-request-timestamp", "0")
        signed = b"v0:" + stamp.encode() + b":" + body
        secret = os.environ["FLOWHUB_SLACK_SIGNING_SECRET"].encode()
        digest = hmac.new(secret, signed, hashlib.sha256).hexdigest()
        fresh = abs(time.time() - int(stamp)) < 300
        if not fresh or not hmac.compare_digest(request.headers.get("x-slack-signature", ""),
                                                f"v0={digest}"):  # fmt: skip
            return Response(status_code=401)
        self._store(body)
        event = json.loads(body)["event"]
        headers = {"Authorization": f"Bearer {os.environ['FLOWHUB_SLACK_BOT_TOKEN']}"}
        url = f"{os.environ['FLOWHUB_SLACK_API_URL']}chat.postMessage"
        self._later("POST", url, json={"channel": event["channel"], "text": "ok"}, headers=headers)
        return _ok()

    async def telegram(self, request: Request) -> Response:
        secret = os.environ["FLOWHUB_TELEGRAM_SECRET_TOKEN"]
        if request.headers.get("x-telegram-bot-api-secret-token") != secret:
            return Response(status_code=401)
        body = await request.body()
        self._store(body)
        chat = json.loads(body)["message"]["chat"]["id"]
        url = f"{os.environ['FLOWHUB_TELEGRAM_API_URL']}{os.environ['FLOWHUB_TELEGRAM_BOT_TOKEN']}"
        self._later("POST", f"{url}/sendMessage", json={"chat_id": chat, "text": "ok"})
        return _ok()
