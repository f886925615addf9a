"""Secrets at rest: Fernet with a key derived from FLOWHUB_SECRET_KEY, and signed short values.

Tokens are only ever decrypted into memory to make a call; they are never logged, echoed in
chat or written anywhere in clear. In dev, without FLOWHUB_SECRET_KEY, a random key is kept in
`<data dir>/secret.key` so the embedded default works; production refuses to run without one.
"""

from __future__ import annotations

import base64
import json
import os
import secrets as _random
import time
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from flowhub.integrations.base import IntegrationError, Reconnect, hmac_digest, same
from flowhub.redact import hide
from flowhub.services import ToolConfig


class NoSecretKey(IntegrationError):
    """FLOWHUB_SECRET_KEY is needed to store tokens and is not set."""


def _master(tools: ToolConfig) -> bytes:
    if tools.secret_key is not None and tools.secret_key.get_secret_value():
        return tools.secret_key.get_secret_value().encode()
    if tools.env == "production":
        raise NoSecretKey(
            "FLOWHUB_SECRET_KEY is not set, so tokens can't be stored encrypted; set it to a long "
            "random value (e.g. `python -c 'import secrets; print(secrets.token_urlsafe(48))'`)"
        )
    path = Path(tools.data_dir) / "secret.key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as out:
            out.write(_random.token_urlsafe(48))
    return path.read_text().strip().encode()


def _derive(tools: ToolConfig, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(
        _master(tools)
    )


def encrypt(values: dict[str, str], *, tools: ToolConfig) -> str:
    """Seal a connection's secrets (token, webhook secret, refresh token) into one string."""
    hide(*values.values())
    key = base64.urlsafe_b64encode(_derive(tools, b"flowhub integration secrets"))
    return Fernet(key).encrypt(json.dumps(values).encode()).decode()


def decrypt(sealed: str | None, *, tools: ToolConfig) -> dict[str, str]:
    """Open what `encrypt` sealed; `Reconnect` when the key changed since."""
    if not sealed:
        return {}
    key = base64.urlsafe_b64encode(_derive(tools, b"flowhub integration secrets"))
    try:
        data = json.loads(Fernet(key).decrypt(sealed.encode()))
    except (InvalidToken, ValueError) as exc:
        raise Reconnect(
            "the stored token can't be decrypted (was FLOWHUB_SECRET_KEY changed?); connect the "
            "tool again"
        ) from exc
    opened = {str(k): str(v) for k, v in data.items()}
    hide(*opened.values())
    return opened


def sign(value: str, *, tools: ToolConfig, ttl: int | None = None) -> str:
    """`value` with a MAC (and an expiry when `ttl` seconds is given), safe to put in a URL."""
    expires = str(int(time.time()) + ttl) if ttl else "0"
    body = f"{value}.{expires}"
    mac = hmac_digest(_derive(tools, b"flowhub signed values").hex(), body.encode())
    return f"{body}.{base64.urlsafe_b64encode(mac).decode().rstrip('=')}"


def unsign(signed: str, *, tools: ToolConfig) -> str | None:
    """The value `sign` wrapped, or None when the MAC is wrong or it expired."""
    body, _, mac = signed.rpartition(".")
    value, _, expires = body.rpartition(".")
    if not body or not value or not expires.isdigit():
        return None
    want = hmac_digest(_derive(tools, b"flowhub signed values").hex(), body.encode())
    if not same(base64.urlsafe_b64encode(want).decode().rstrip("="), mac):
        return None
    if expires != "0" and int(expires) < time.time():
        return None
    return value


def code_verifier(nonce: str, *, tools: ToolConfig) -> str:
    """The PKCE code verifier of one sign-in: derived from its state's nonce with the server's
    key, so nothing is stored and nobody who saw the state can work it out (43 characters)."""
    digest = hmac_digest(_derive(tools, b"flowhub pkce").hex(), nonce.encode())
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def new_secret() -> str:
    """A random secret for webhook signatures and feed URLs."""
    return _random.token_urlsafe(32)
