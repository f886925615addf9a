"""Is this request from Meta? The GET handshake token and the POST body signature."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping

SIGNATURE_HEADER = "X-Hub-Signature-256"
_PREFIX = "sha256="


def sign(body: bytes, app_secret: str) -> str:
    """The `X-Hub-Signature-256` value Meta sends for `body`: "sha256=" + hex HMAC-SHA256."""
    return _PREFIX + hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()


def verify_signature(body: bytes, header: str | None, app_secret: str) -> bool:
    """Whether `header` signs the raw `body` with the app secret (constant-time compare)."""
    if not header or not app_secret:
        return False
    # Compare the whole header, prefix included: a wrong prefix is a wrong signature.
    return hmac.compare_digest(sign(body, app_secret).encode(), header.strip().encode())


def verify_handshake(params: Mapping[str, str], verify_token: str) -> str | None:
    """The `hub.challenge` to echo when mode and token are right, else None."""
    mode = params.get("hub.mode", "")
    token = params.get("hub.verify_token", "")
    challenge = params.get("hub.challenge")
    if mode != "subscribe" or challenge is None or not verify_token:
        return None
    if not hmac.compare_digest(token.encode(), verify_token.encode()):
        return None
    return challenge
