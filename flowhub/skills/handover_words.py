"""What the bot says when the asker gives a task on to someone else."""

from __future__ import annotations

from flowhub.i18n import Text

TAKEN_OFF = Text("↪️ {who} gave “{title}” to {name} instead, so it's off your list.")
