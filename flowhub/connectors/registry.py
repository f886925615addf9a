"""`CONNECTORS`: every chat platform's builder, in the order the app factory builds them.

A module of its own rather than the package's `__init__`, so code that only needs the normalized
types (skills, the dispatcher) does not import every platform's SDK.
"""

from flowhub.connectors import console, playground, slack, telegram, whatsapp
from flowhub.connectors.builder import Builder

CONNECTORS: dict[str, Builder] = {
    "console": console.build,
    "playground": playground.build,
    "whatsapp": whatsapp.build,
    "telegram": telegram.build,
    "slack": slack.build,
}
