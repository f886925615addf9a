"""Signed webhook deliveries from the tools, sent to a served app (connected with
`conftest.connect_live`, whose secret signs them)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from datetime import datetime
from typing import Any

from tests.integrations.conftest import LIVE_SECRET as SECRET
from tests.integrations.live import Live


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
