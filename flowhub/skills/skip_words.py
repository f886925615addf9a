"""What the bot says when one occurrence of a repeating reminder is let go by its date."""

from flowhub.i18n import Text

NONE_ON_DAY = Text("None of your repeating reminders falls on {day}, so nothing was skipped.")
