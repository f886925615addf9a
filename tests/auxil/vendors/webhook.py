"""A generic webhook receiver: HMAC-signed JSON events."""

from __future__ import annotations

import hashlib
import hmac
import time

from tests.auxil.vendors.common import (
    WEBHOOK_SECRET,
    Answer,
    Call,
    Reject,
    Store,
    need,
)


def handle(fake: Store, call: Call) -> Answer:
    """Answer one request as the vendor would."""
    stamp = call.headers.get("x-flowhub-timestamp", "")
    signature = call.headers.get("x-flowhub-signature", "")
    expected = hmac.new(
        WEBHOOK_SECRET.encode(), stamp.encode() + b"." + call.body, hashlib.sha256
    ).hexdigest()
    if not stamp.isdigit() or not hmac.compare_digest(signature, f"sha256={expected}"):
        raise Reject("bad signature", 401)
    if abs(time.time() - int(stamp)) > 300:
        raise Reject("stale timestamp", 401)
    if call.headers.get("content-type") != "application/json":
        raise Reject("content type must be application/json")
    need(call.json, "event", str)
    need(call.headers, "x-flowhub-delivery", str)
    return 200, {"ok": True}, {}
