"""Logging for every command: one format on stderr, and one filter that keeps secrets out of it.

The filter sits on the root handler, so it sees FlowHub's records and every library's that
propagate (httpx puts the Telegram bot token in its URLs; uvicorn's access log has query strings
with verify tokens and OAuth codes). uvicorn gets the same configuration through `log_config`, so
the processes `flowhub run --workers N` spawns are covered too.

FLOWHUB_LOG_FORMAT=json writes one JSON object per line. Inside `log_context(...)` (a message
being processed, a reply being sent) every line carries its fields: the event id and the chat.
"""

from __future__ import annotations

import copy
import logging
import logging.config
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from pydantic import SecretStr
from pythonjsonlogger.json import JsonFormatter
from sqlalchemy.engine import make_url

from flowhub.redact import REDACTED, Redactor, hide
from flowhub.settings import Settings

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_JSON_FIELDS = "%(asctime)s %(levelname)s %(name)s %(message)s"
_JSON_NAMES = {"asctime": "time", "levelname": "level", "name": "logger", "exc_info": "error"}
_context: ContextVar[dict[str, str] | None] = ContextVar("flowhub_log_context", default=None)


@contextmanager
def log_context(**fields: object) -> Iterator[dict[str, str]]:
    """Put `fields` (say event_id and chat) on every log line written inside the block.

    The block gets the fields as a dict: what it adds to it (the chat, once known) is logged
    from then on."""
    current = {**(_context.get() or {}), **{k: str(v) for k, v in fields.items()}}
    token = _context.set(current)
    try:
        yield current
    finally:
        _context.reset(token)


class ContextFilter(logging.Filter):
    """Copies the fields of the surrounding `log_context` onto each record."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Add the context's fields; never drop the record."""
        for key, value in (_context.get() or {}).items():
            setattr(record, key, value)
        return True


class JsonLines(JsonFormatter):
    """One JSON object per line; a traceback goes out as the redaction filter left it."""

    def format(self, record: logging.LogRecord) -> str:
        """The record as JSON, its traceback taken from the redacted text when there is one."""
        if record.exc_text:
            record = copy.copy(record)
            record.exc_info = None
        return str(super().format(record))


def secrets_of(settings: Settings) -> list[str]:
    """Every secret the settings hold: each `SecretStr`, and database and Redis passwords."""
    found = []
    for name in type(settings).model_fields:
        value = getattr(settings, name)
        if isinstance(value, SecretStr) and value.get_secret_value():
            found.append(value.get_secret_value())
    for url in (settings.database_url, settings.redis_url):
        if url:
            try:
                password = make_url(url).password
            except Exception:  # a URL SQLAlchemy can't read still has to reach the server
                continue
            if password:
                found.append(str(password))
    return found


def logging_config(settings: Settings) -> dict[str, Any]:
    """A `logging.config.dictConfig` document: stderr, FlowHub's format, the redaction filter."""
    level = settings.log_level.upper()
    formatter: dict[str, Any] = {"format": _FORMAT}
    if settings.log_format == "json":
        formatter = {"()": JsonLines, "fmt": _JSON_FIELDS, "rename_fields": _JSON_NAMES}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {
            "redact": {"()": Redactor, "secrets": secrets_of(settings)},
            "context": {"()": ContextFilter},
        },
        "formatters": {"default": formatter},
        "handlers": {
            "default": {
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stderr",
                "formatter": "default",
                "filters": ["redact", "context"],
            }
        },
        "root": {"level": level, "handlers": ["default"]},
        "loggers": {
            "alembic": {"level": "WARNING"},
            # uvicorn's loggers carry no handlers of their own: their records reach the root's.
            "uvicorn": {"handlers": [], "propagate": True},
            "uvicorn.error": {"handlers": [], "propagate": True},
            "uvicorn.access": {"handlers": [], "propagate": True},
        },
    }


def configure_logging(settings: Settings) -> None:
    """Set up logging for a `flowhub` command."""
    logging.config.dictConfig(logging_config(settings))


__all__ = [
    "REDACTED",
    "ContextFilter",
    "JsonLines",
    "Redactor",
    "configure_logging",
    "hide",
    "log_context",
    "logging_config",
    "secrets_of",
]
