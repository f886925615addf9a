"""Helpers for the WhatsApp tests: signed POSTs and reading the inbox and outbox."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sqlmodel import col, select

from flowhub.bot.runtime import Runtime
from flowhub.storage import InboxEvent, Outbox, session_scope
from tests.connectors.whatsapp import payloads


def post(
    client: TestClient,
    payload: Any,
    *,
    secret: str = payloads.APP_SECRET,
    body: bytes | None = None,
) -> Any:
    """POST a webhook body signed with `secret` (the raw bytes are what is signed)."""
    raw = payloads.encode(payload) if body is None else body
    headers = payloads.signed_headers(raw, secret)
    return client.post("/webhooks/whatsapp", content=raw, headers=headers)


def inbox_rows(runtime: Runtime) -> list[InboxEvent]:
    """Every inbox row, oldest first."""
    with session_scope(runtime.engine) as session:
        return list(session.exec(select(InboxEvent).order_by(col(InboxEvent.id))))


def outbox_rows(runtime: Runtime) -> list[Outbox]:
    """Every outbox row, oldest first."""
    with session_scope(runtime.engine) as session:
        return list(session.exec(select(Outbox).order_by(col(Outbox.id))))
