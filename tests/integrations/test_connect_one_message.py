"""One message "connect <tool> <values>" goes the same way as values pasted after the prompt:
checked (private and loopback URLs refused), stored encrypted, and blanked from the inbox."""

from __future__ import annotations

import json
from pathlib import Path

from flowhub.settings import Settings
from flowhub.skills import connect_words
from flowhub.storage import InboxEvent, IntegrationConnection
from tests.auxil.fake_vendors import TOKENS, FakeVendors
from tests.integrations.conftest import stored
from tests.integrations.live import Live, live_app

CHECKING = connect_words.CHECKING.format(tool="Webhook")


def _settings(tmp_path: Path, **extra: object) -> Settings:
    values: dict[str, object] = {
        "data_dir": tmp_path,
        "secret_key": "test-secret-key-for-encryption-at-rest",
        "_env_file": None,
    }
    return Settings(**(values | extra))  # type: ignore[arg-type]


def _everything_stored(app: Live) -> str:
    rows = stored(app.runtime, InboxEvent) + stored(app.runtime, IntegrationConnection)
    return json.dumps([row.model_dump(mode="json") for row in rows])


def test_a_loopback_or_private_url_in_one_message_is_refused(tmp_path: Path) -> None:
    with live_app(_settings(tmp_path)) as app:
        for url, why in (
            ("http://127.0.0.1:9/hook", "loopback"),
            ("http://10.0.0.5/x", "private"),
        ):
            replies = app.say(f"connect webhook {url}")
            assert replies[0] == CHECKING, replies
            assert replies[-1].startswith("❌ That didn't work"), replies
            assert "does not send to" in replies[-1] and why in replies[-1], replies
            assert "FLOWHUB_OUTBOUND_ALLOWED_HOSTS" in replies[-1]
        assert stored(app.runtime, IntegrationConnection) == []
        # The refusal is the whole answer: nothing waits for another message to connect.
        assert "Connecting" not in " ".join(app.say("hello"))


def test_a_secret_written_after_connect_is_checked_stored_sealed_and_redacted(
    tmp_path: Path, fake: FakeVendors
) -> None:
    settings = _settings(tmp_path, integrations_base_url=fake.url)
    token = TOKENS["todoist"]
    with live_app(settings) as app:
        replies = app.say(f"connect todoist {token}")
        assert replies[0] == connect_words.CHECKING.format(tool="Todoist")
        assert replies[-1].startswith("✅ Todoist connected"), replies
        assert all(token not in text for text in replies)
        (row,) = stored(app.runtime, IntegrationConnection)
        assert row.kind == "todoist" and row.is_default
        assert token not in _everything_stored(app)
        assert token not in json.dumps(app.transcript("dm-ana"))

        # Said in a group instead: not connected, and the message is not kept either.
        sent = app.http.post(
            "/playground/api/send",
            json={"person": "sam", "chat": "group-team", "text": f"connect todoist {token}"},
        )
        assert sent.status_code == 200, sent.text
        answer = [m["text"] for m in app.transcript("group-team") if m["from"] == "bot"]
        assert "private chat" in answer[-1]
        assert len(stored(app.runtime, IntegrationConnection)) == 1
        assert token not in _everything_stored(app)


def test_the_values_after_a_prompt_still_work(tmp_path: Path, fake: FakeVendors) -> None:
    settings = _settings(tmp_path, integrations_base_url=fake.url)
    token = TOKENS["todoist"]
    with live_app(settings) as app:
        assert "Connecting Todoist" in app.say("connect todoist")[0]
        # "connect todoist <token>" while the prompt waits is the one-message form, not values.
        replies = app.say(f"connect todoist {token}")
        assert replies[-1].startswith("✅ Todoist connected"), replies
        assert token not in _everything_stored(app)
        assert len(stored(app.runtime, IntegrationConnection)) == 1
