"""The console connector: a terminal chat with the bot, and the harness the tests talk through."""

from flowhub.connectors.console.chat import ConsoleChat
from flowhub.connectors.console.connector import ConsoleConnector, Shown, build, render

__all__ = ["ConsoleChat", "ConsoleConnector", "Shown", "build", "render"]
