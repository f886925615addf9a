"""What the bot says when a task stops repeating."""

from flowhub.i18n import Text

REPEAT_STOPPED = Text("⏹ “{title}”: not repeating any more, still due {when}.")
REPEAT_STOPPED_UNDATED = Text("⏹ “{title}”: not repeating any more.")
NOT_REPEATING = Text("“{title}” doesn't repeat, so nothing changed.")
