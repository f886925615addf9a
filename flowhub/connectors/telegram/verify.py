"""Check the secret token Telegram sends with every webhook request, before anything is parsed."""

from __future__ import annotations

import hmac

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def secret_matches(header: str | None, secret: str) -> bool:
    """Whether the request's `X-Telegram-Bot-Api-Secret-Token` equals `secret`, in constant time."""
    if not header or not secret:
        return False
    return hmac.compare_digest(header.encode("utf-8"), secret.encode("utf-8"))
