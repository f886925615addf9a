"""What the bot says when the person asked offers another day instead of saying no."""

from __future__ import annotations

from flowhub.i18n import Text

COUNTER = Text("🗓 {who} suggests {when} for “{title}”: OK?")
COUNTER_SENT = Text("🗓 I've asked {requester} about {when} for “{title}”.")
MOVE_LABEL = Text("🗓 Move it")
MOVED_KEPT = Text("🗓 “{title}” is now due {when}, still with {name}.")
