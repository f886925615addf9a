"""What the bot says to news and to how someone's day is going."""

from flowhub.i18n import Text

# "busy morning lol", "crazy day today haha": nothing to do, so nothing is saved.
DAY_MOOD = Text("Hang in there! Tell me if there's anything to keep track of.")
# "finally sent the deck!!", "the client loved the proposal" with no open task it finishes.
NEWS = Text("Nice! Noted — nothing to save there.")
