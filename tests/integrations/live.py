"""The real app served over loopback HTTP, driven through the playground API like a person."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx

from flowhub.bot.app import build_runtime, create_app
from flowhub.bot.queue import InlineQueue
from flowhub.bot.runtime import Runtime
from flowhub.settings import Settings
from flowhub.webhooks import playground
from tests.auxil.loopback import serve


@dataclass(frozen=True)
class Live:
    """A served app: its base URL, an HTTP client on it, and the runtime behind it."""

    url: str
    http: httpx.Client
    runtime: Runtime

    def say(self, text: str, *, person: str = "ana") -> list[str]:
        """Type `text` in the person's private chat; the bot's replies to it, in order."""
        chat = f"dm-{person}"
        before = len(self.transcript(chat))
        sent = self.http.post(
            "/playground/api/send", json={"person": person, "chat": chat, "text": text}
        )
        assert sent.status_code == 200, sent.text
        return [m["text"] for m in self.transcript(chat)[before:] if m["from"] == "bot"]

    def capture(self, text: str, *, person: str = "ana") -> list[str]:
        """Say `text` and press Confirm on the card it brings; the replies to the press."""
        chat = f"dm-{person}"
        before = len(self.transcript(chat))
        self.say(text, person=person)
        card = next(
            m
            for m in self.transcript(chat)[before:]
            if m["from"] == "bot" and any("Confirm" in b["label"] for b in m["buttons"])
        )
        button = next(b for b in card["buttons"] if "Confirm" in b["label"])
        after = len(self.transcript(chat))
        pressed = self.http.post(
            "/playground/api/press",
            json={
                "person": person,
                "chat": chat,
                "message_id": card["id"],
                "button_id": button["id"],
            },
        )
        assert pressed.status_code == 200, pressed.text
        return [m["text"] for m in self.transcript(chat)[after:] if m["from"] == "bot"]

    def transcript(self, chat: str) -> list[dict[str, Any]]:
        """Every message of a playground chat."""
        answer = self.http.get("/playground/api/messages", params={"chat": chat})
        assert answer.status_code == 200, answer.text
        return list(answer.json()["messages"])


@contextmanager
def live_app(settings: Settings) -> Iterator[Live]:
    """Serve `create_app(settings)` on a free loopback port, jobs run inline."""
    runtime = build_runtime(settings, queue=InlineQueue(), background_scheduler=False)
    runtime.start()
    if settings.playground:
        playground.seed(runtime)
    server = serve(create_app(settings, runtime=runtime), name="flowhub-live")
    try:
        with httpx.Client(base_url=server.url, timeout=30) as http:
            yield Live(server.url, http, runtime)
    finally:
        server.stop()
        runtime.stop()
        runtime.engine.dispose()
