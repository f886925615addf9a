"""What the bot tells someone who had heard of a change that was then taken back."""

from __future__ import annotations

from flowhub.i18n import Text

TOLD_OPEN = Text("↩️ {who} took that back: “{title}” is still open.")
TOLD_DUE = Text("↩️ {who} took that back: “{title}” is due {when} again.")
TOLD_NO_DATE = Text("↩️ {who} took that back: “{title}” has no date again.")
