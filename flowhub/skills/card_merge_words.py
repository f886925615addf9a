"""What the bot says when two waiting cards become one."""

from flowhub.i18n import Text

MERGED = Text("🔗 Merged the two cards into one:")
