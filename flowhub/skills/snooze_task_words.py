"""What the bot adds when a snoozed reminder takes its task along."""

from flowhub.i18n import Text

MOVED_TOO = Text("\n📅 The task moves with it: now due {when}.")
SNOOZED_UNTIL = Text("😴 until {when}")
