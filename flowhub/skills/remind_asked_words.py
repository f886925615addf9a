"""What the bot says when asked whether a reminder is set."""

from flowhub.i18n import Text

REMINDS_AT = Text("⏰ Yes, I'll remind you about “{text}”: {when}.")
NONE_FOR_TASK_DUE = Text(
    "No reminder is set for “{title}” (due {due}). Say “remind me about it” with a time to set one."
)
NONE_FOR_TASK = Text(
    "No reminder is set for “{title}”. Say “remind me about it” with a time to set one."
)
NONE_AT_ALL = Text(
    "I have no reminder or task about “{what}”. Say “remind me …” with a time to set one."
)
NOT_THEN = Text("Not on {day}: I'll remind you about “{text}” on {when}.")
