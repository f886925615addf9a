"""What the bot says when asked where one task stands ("where's the napkins thing?")."""

from flowhub.i18n import Text

WHERE_OPEN = Text("“{title}” is still on your list{due}.")
WHERE_OPEN_WITH = Text("“{title}” is still open, with {name}{due}.")
WHERE_DONE = Text("“{title}” is done: it was marked done {when}.")
WHERE_CARD = Text("“{title}” is a card still waiting for your Confirm.")
WHERE_NONE = Text("I can't find a task about “{what}”. Say “my tasks” to see your list.")
