"""Redaction of secrets in log text: configured ones, ones learnt at run time, and known shapes.

`Redactor` is a logging filter; `hide` teaches every redactor a value met at run time (a tool's
token as it is decrypted to make a call). It imports nothing of FlowHub, so any layer may use it.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable, Mapping
from typing import Any

REDACTED = "[redacted]"
# Shorter "secrets" would blank ordinary words all over the log.
_MIN_SECRET = 4
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # Telegram's Bot API puts the token in the path: /bot123456:AAE.../sendMessage
    (re.compile(r"(/bot)\d+(?::|%3[aA])[\w-]+"), rf"\1{REDACTED}"),
    # A person's calendar feed: /ical/<id>-<secret>.ics
    (re.compile(r"(/ical/)[^/?#\s\"'<>]+"), rf"\1{REDACTED}"),
    # Query values that are credentials: hub.verify_token, code, state, access_token, key, ...
    (
        re.compile(
            r"(?i)([?&;](?:[\w.%-]*[_.-])?"
            r"(?:token|secret|key|apikey|signature|sig|password|passwd|code|state|auth)=)"
            r"[^&#;\s\"'<>]*"
        ),
        rf"\1{REDACTED}",
    ),
    # The same names as keys of a logged dict or JSON: {'code': ['...'], "state": "..."}
    (
        re.compile(
            r"(?i)([\"'](?:[\w.-]*[_.-])?"
            r"(?:token|secret|key|apikey|signature|sig|password|passwd|code|state|auth)[\"']"
            r"\s*:\s*\[?\s*b?[\"'])[^\"']*"
        ),
        rf"\1{REDACTED}",
    ),
    (re.compile(r"(?i)(\b(?:bearer|basic)\s+)[\w.~+/=-]{8,}"), rf"\1{REDACTED}"),
)


class _Secrets:
    """A set of literal secrets and one pattern that finds any of them, longest first."""

    def __init__(self, values: Iterable[str] = ()) -> None:
        self._values: set[str] = set()
        self._lock = threading.Lock()
        self.pattern: re.Pattern[str] | None = None
        self.add(values)

    def add(self, values: Iterable[str]) -> None:
        new = {v for v in values if len(v) >= _MIN_SECRET} - self._values
        if not new:
            return
        with self._lock:
            self._values |= new
            ordered = sorted(self._values, key=len, reverse=True)
            self.pattern = re.compile("|".join(map(re.escape, ordered)))


# Secrets met at run time (a tool's token as it is stored or used), in every Redactor.
_LEARNT = _Secrets()


def hide(*values: str) -> None:
    """Redact these values too from now on, e.g. a token just decrypted to make a call."""
    _LEARNT.add(values)


class Redactor(logging.Filter):
    """Replaces configured secrets, token-bearing URL paths and credential query values."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self._secrets = _Secrets(secrets)

    def redact(self, text: str) -> str:
        """`text` with every secret in it replaced by "[redacted]"."""
        for known in (self._secrets.pattern, _LEARNT.pattern):
            if known is not None:
                text = known.sub(REDACTED, text)
        for pattern, replacement in _PATTERNS:
            text = pattern.sub(replacement, text)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact the record in place: message, arguments, traceback; never drop it."""
        record.msg = self._value(record.msg)
        if isinstance(record.args, Mapping):
            record.args = {key: self._value(value) for key, value in record.args.items()}
        elif record.args:
            # Redacted one by one, so formatters that read the arguments (uvicorn's access
            # log) still find them in place.
            record.args = tuple(self._value(value) for value in record.args)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True

    def _value(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.redact(value)
        if value is None or isinstance(value, int | float):
            return value
        # URLs, exceptions, requests: only replaced (by their text) when that text held a secret.
        text = str(value)
        redacted = self.redact(text)
        return value if redacted == text else redacted
