"""Telegram: webhook secret check, Update -> `Event` parsing, `Reply` rendering, and sending.

`verify` checks the secret token header, `parse` reads Updates with python-telegram-bot's types,
`render` turns a `Reply` into HTML messages with an inline keyboard, and `send` holds the
connector that talks to the Bot API and `build`, which makes it from the settings. Platform words
(`callback_data`, `update_id`) stay in here.
"""

from flowhub.connectors.telegram.parse import (
    COMMANDS,
    BotIdentity,
    MalformedUpdate,
    parse_update,
)
from flowhub.connectors.telegram.render import Outgoing, render
from flowhub.connectors.telegram.send import TelegramConnector, build
from flowhub.connectors.telegram.verify import SECRET_HEADER, secret_matches

__all__ = [
    "COMMANDS",
    "SECRET_HEADER",
    "BotIdentity",
    "MalformedUpdate",
    "Outgoing",
    "TelegramConnector",
    "build",
    "parse_update",
    "render",
    "secret_matches",
]
