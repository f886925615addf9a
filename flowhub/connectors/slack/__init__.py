"""Slack: slack-bolt for requests, Block Kit rendering, and slack_sdk's WebClient for sending.

`app` builds the Bolt app whose listeners store each event before acknowledging it, `parse`
turns payloads into `Event`s, `render` turns a `Reply` into blocks, `send` holds the connector
and `build`, which makes it from the settings, `identity` resolves users (names, zones,
mentions), `installation` keeps bot tokens (one configured token, or one per workspace through
the OAuth install), and `modal` is the Edit form.
Platform words (`blocks`, `trigger_id`, `response_url`) stay in here.
"""

from flowhub.connectors.slack.app import (
    BOT_SCOPES,
    CALLBACK_PATH,
    INSTALL_PATH,
    Hooks,
    OAuthConfig,
    build_app,
)
from flowhub.connectors.slack.modal import EditForm
from flowhub.connectors.slack.parse import COMMAND, SHORTCUT, SUBCOMMANDS, MalformedPayload, Origin
from flowhub.connectors.slack.render import Message, escape, render
from flowhub.connectors.slack.send import SlackConnector, build

__all__ = [
    "BOT_SCOPES",
    "CALLBACK_PATH",
    "COMMAND",
    "INSTALL_PATH",
    "SHORTCUT",
    "SUBCOMMANDS",
    "EditForm",
    "Hooks",
    "MalformedPayload",
    "Message",
    "OAuthConfig",
    "Origin",
    "SlackConnector",
    "build",
    "build_app",
    "escape",
    "render",
]
