"""Logging for every command: one format on stderr, and one filter that keeps secrets out of it.

The filter sits on the root handler, so it sees FlowHub's records and every library's that
propagate (httpx puts the Telegram bot token in its URLs; uvicorn's access log has query strings
with verify tokens and OAuth codes). uvicorn gets the same configuration through `log_config`, so
the processes `flowhub run --workers N` spawns are covered too.
"""

from __future__ import annotations

import logging
import logging.config
from typing import Any

from pydantic import SecretStr
from sqlalchemy.engine import make_url

from flowhub.redact import REDACTED, Redactor, hide
from flowhub.settings import Settings

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


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
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"redact": {"()": Redactor, "secrets": secrets_of(settings)}},
        "formatters": {"default": {"format": _FORMAT}},
        "handlers": {
            "default": {
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stderr",
                "formatter": "default",
                "filters": ["redact"],
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


__all__ = ["REDACTED", "Redactor", "configure_logging", "hide", "logging_config", "secrets_of"]
