"""A generic outbound webhook (also Zapier and Make): FlowHub POSTs each task change as JSON.

Every delivery is signed: `X-FlowHub-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`
with the Unix timestamp in `X-FlowHub-Timestamp`, so a receiver can check both the sender and
the age. `X-FlowHub-Delivery` is the same for every retry of one change: receivers dedupe on it.
"""

from __future__ import annotations

import json
import time
from datetime import datetime
from typing import Any

import httpx

from flowhub.integrations.base import (
    BadTarget,
    ExternalRef,
    Integration,
    SetupField,
    due_of,
    hmac_digest,
)
from flowhub.storage import Task


class Webhook(Integration):
    """POST signed JSON to a URL of your choice."""

    kind = "webhook"
    title = "Webhook"
    setup = (
        SetupField("url", "the https URL to POST to"),
        SetupField("secret", "a signing secret (optional; I make one if you skip it)", True, True),
    )
    help = (
        "Paste the URL that should receive tasks (a Zapier “Catch Hook”, a Make webhook, or "
        "your own endpoint). Deliveries are signed with HMAC-SHA256; see docs/integrations.md."
    )

    def _default_url(self) -> str:
        return str(self.config.get("url") or "")

    def _auth_headers(self) -> dict[str, str]:
        return {}

    def push(self, task: Task, ref: ExternalRef | None = None) -> ExternalRef:
        """Send "task.created" (first push) or "task.updated"."""
        event = "task.updated" if ref is not None else "task.created"
        self.deliver(event, f"task-{task.id}", task=_task_json(task), version=task.updated_at)
        return ref or ExternalRef(f"task-{task.id}")

    def close(self, ref: ExternalRef) -> None:
        """Send "task.done"."""
        self.deliver("task.done", ref.external_id)

    def reopen(self, ref: ExternalRef) -> None:
        """Send "task.reopened"."""
        self.deliver("task.reopened", ref.external_id)

    def check(self) -> str:
        """The URL is one this server may send to, and it accepts a signed "ping"."""
        url = str(self.config.get("url") or "")
        if not url.startswith(("https://", "http://")):
            raise BadTarget(f"“{url[:80]}” is not an http(s) URL; paste a full https:// address")
        self.guard(url)
        self.deliver("ping", "ping")
        return url.split("?", 1)[0]

    def _detail(self, response: httpx.Response) -> str:
        # The receiver is whatever a person named: its answer is never repeated back to them.
        return response.reason_phrase or "no reason given"

    def deliver(
        self,
        event: str,
        subject: str,
        *,
        task: dict[str, Any] | None = None,
        version: datetime | None = None,
    ) -> None:
        """POST one signed event."""
        stamp = str(int(time.time()))
        payload: dict[str, Any] = {"event": event, "id": subject}
        if task is not None:
            payload["task"] = task
        body = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode()
        signature = hmac_digest(self.secrets.get("secret", ""), stamp.encode() + b"." + body)
        delivery = f"{subject}:{event}:{int(version.timestamp()) if version else 0}"
        headers = {
            "Content-Type": "application/json",
            "User-Agent": "FlowHub-Webhook/1",
            "X-FlowHub-Event": event,
            "X-FlowHub-Delivery": delivery,
            "X-FlowHub-Timestamp": stamp,
            "X-FlowHub-Signature": "sha256=" + signature.hex(),
        }
        self._call("POST", self.base_url, content=body, headers=headers)


def _task_json(task: Task) -> dict[str, Any]:
    due = due_of(task)
    return {
        "id": task.id,
        "title": task.title,
        "notes": task.notes,
        "status": task.status,
        "priority": task.priority,
        "assignee": task.assignee_name,
        "due_at": due.at.isoformat() if due else None,
        "due_date": due.day.isoformat() if due else None,
        "all_day": due.all_day if due else None,
        "timezone": due.tz if due else None,
        "rrule": task.rrule,
        # "completion": the rule's interval counts from when the task is done ("every! 3 days"),
        # so its dates are not the rule's; only `due_at` is the next one.
        "repeat_from": task.repeat_from if task.rrule else None,
    }
