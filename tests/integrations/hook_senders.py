"""Signed webhook deliveries from the tools, sent to a served app, and connections to receive
them (stored for Ana the way "connect <tool>" stores them)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from datetime import datetime
from typing import Any

from flowhub.integrations import crypto
from flowhub.integrations.config import tool_config
from flowhub.storage import integrations, people, session_scope
from tests.auxil.fake_vendors import CONFIGS, TOKENS
from tests.integrations.live import Live

SECRET = "edit-hook-secret-0123456789"


def connect(app: Live, kind: str, **config: Any) -> int:
    """Store a connection of Ana's to `kind` with a webhook secret; its id."""
    runtime = app.runtime
    now = runtime.clock.now()
    with session_scope(runtime.engine) as session:
        identity = people.get_identity(
            session=session, platform="playground", account="local", external_id="ana"
        )
        assert identity is not None
        person = people.get_person(session=session, person_id=identity.person_id)
        assert person is not None and person.id is not None
        sealed = crypto.encrypt(
            {"token": TOKENS[kind], "webhook_secret": SECRET}, tools=tool_config(runtime.settings)
        )
        row = integrations.create_connection(
            session=session,
            workspace_id=person.workspace_id,
            person_id=person.id,
            kind=kind,
            config={**CONFIGS[kind], **config},
            secret_encrypted=sealed,
            now=now,
        )
        assert row.id is not None
        return row.id


def post(app: Live, kind: str, body: dict[str, Any], headers: dict[str, str]) -> str:
    """POST a JSON body to the tool's webhook route; the detail of the 200 answer."""
    answer = app.http.post(
        f"/webhooks/integrations/{kind}", content=json.dumps(body).encode(), headers=headers
    )
    assert answer.status_code == 200, answer.text
    return str(answer.json()["detail"])


def send(app: Live, kind: str, body: dict[str, Any], *, delivery: str) -> str:
    """Sign `body` as `kind` does and deliver it; the answer's detail."""
    raw = json.dumps(body).encode()
    mac = hmac.new(SECRET.encode(), raw, hashlib.sha256)
    headers = {
        "todoist": {
            "X-Todoist-Hmac-SHA256": base64.b64encode(mac.digest()).decode(),
            "X-Todoist-Delivery-ID": delivery,
        },
        "linear": {"Linear-Signature": mac.hexdigest(), "Linear-Delivery": delivery},
        "github": {
            "X-Hub-Signature-256": f"sha256={mac.hexdigest()}",
            "X-GitHub-Delivery": delivery,
        },
        "jira": {
            "X-Hub-Signature": f"sha256={mac.hexdigest()}",
            "X-Atlassian-Webhook-Identifier": delivery,
        },
    }[kind]
    answer = app.http.post(f"/webhooks/integrations/{kind}", content=raw, headers=headers)
    assert answer.status_code == 200, answer.text
    return str(answer.json()["detail"])


def stamp(at: datetime) -> str:
    """A tool's UTC timestamp."""
    return at.strftime("%Y-%m-%dT%H:%M:%SZ")


def bot_lines(app: Live, chat: str = "dm-ana") -> list[str]:
    """Every bot message of a playground chat, oldest first."""
    return [m["text"] for m in app.transcript(chat) if m["from"] == "bot"]
