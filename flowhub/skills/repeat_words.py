"""What the bot says when a task stops repeating."""

from flowhub.i18n import Text

REPEAT_STOPPED = Text("⏹ “{title}” no longer repeats; it stays due {when}.")
REPEAT_STOPPED_UNDATED = Text("⏹ “{title}” no longer repeats.")
NOT_REPEATING = Text("“{title}” doesn't repeat, so nothing changed.")
