"""What the bot says when someone asks to move a task that is not theirs to change."""

from __future__ import annotations

from flowhub.i18n import Text

ASK_MOVE = Text("🗓 {who} asks to move “{title}” to {when}. {requester}, OK?")
MOVE_KEPT = Text("↩️ OK, “{title}” stays as it is.")
