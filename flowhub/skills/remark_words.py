"""What the bot says to a complaint or a status remark."""

from flowhub.i18n import Text

# "printer's broken again": nothing asked yet, so the task it calls for is only offered.
TRACK_ASK = Text("Noted. Want me to track “{title}”?")
TRACK_LABEL = Text("📌 Track it")
