"""The playground connector and its page: a local chat with buttons, simulated people and clock."""

from pathlib import Path

from flowhub.connectors.playground.connector import PlaygroundConnector

STATIC_DIR = Path(__file__).with_name("static")

__all__ = ["STATIC_DIR", "PlaygroundConnector"]
