"""The playground connector and its page: a local chat with buttons, simulated people and clock."""

from pathlib import Path

from flowhub.connectors.playground.connector import PlaygroundConnector, build

STATIC_DIR = Path(__file__).with_name("static")

__all__ = ["STATIC_DIR", "PlaygroundConnector", "build"]
