"""What the bot says when the person asked offers another day instead of saying no."""

from __future__ import annotations

from flowhub.i18n import Text

COUNTER = Text("🗓 {who} can't do “{title}” by then, but can do it {when}. Move it?")
MOVE_LABEL = Text("🗓 Move it")
MOVED_KEPT = Text("🗓 “{title}” is now due {when}, still with {name}.")
