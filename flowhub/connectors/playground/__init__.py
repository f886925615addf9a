"""The playground connector and its page: a local chat with buttons, simulated people and clock."""

from pathlib import Path

from flowhub.connectors.playground.connector import PlaygroundConnector, build
from flowhub.connectors.playground.uploads import MAX_UPLOAD, Uploads

STATIC_DIR = Path(__file__).with_name("static")

__all__ = ["MAX_UPLOAD", "STATIC_DIR", "PlaygroundConnector", "Uploads", "build"]
