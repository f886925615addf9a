"""What the bot says about assignments between people: declines and what happens next."""

from flowhub.i18n import Text

DECLINED_ASK = Text("👎 {who} declined: {title}. It's back with you. What now?")
TAKE_IT = Text("🙋 I'll do it")
ASK_SOMEONE = Text("👥 Ask someone else")
DROP_IT = Text("🗑 Drop it")
TAKEN_BACK = Text("🙋 It's yours now: {title}")
DROPPED = Text("🗑 Dropped: {title}")
WHO_INSTEAD = Text("Who should do “{title}” instead?")
NOBODY_ELSE = Text(
    "I don't know anyone else in your groups who could take “{title}” yet. "
    "Say “give it to NAME” and I'll ask them."
)
ASKED_INSTEAD = Text("📨 Asked {name}: {title}")
# The 👤 line of a saved task's card once its assignee answered, and the card of a dropped task.
CARD_DECLINED = Text("nobody yet ({who} declined)")
CARD_ASKED = Text("{name} (asked)")
CARD_DROPPED = Text("🗑 Dropped.")
NOT_OPEN = Text("“{title}” is no longer open.")
ALREADY_ASSIGNED = Text("“{title}” is already with {name}.")
GROUP_HELP = Text(
    "\n\nIn a group I speak when you call me (“@FlowHub what's due?”), reply to one of my "
    "messages, or post a clear task (“@Sam please send the deck by friday”); chat between you "
    "stays between you."
)
THEY_DECLINED = Text("👎 {who} declined: {title}")
DECLINED_BECAUSE = Text("👎 {who} declined: {title} (“{reason}”). It's back with you. What now?")
LEFT_PENDING = Text("OK, leaving it for now.")
TOOK_TASK = Text("🙋 {who} took “{title}”.")
ONLY_REQUESTER = Text("Only {name} (who asked) can change that.")
CANT_TAKE_CARD = Text(
    "👎 {who} can't take “{title}” (“{reason}”). {requester}, say “give it to NAME” or discard it."
)
CANT_TAKE_OFFER = Text(
    "👎 {who} can't take “{title}” (“{reason}”). {requester}, give it to {name}?"
)
GIVE_TO = Text("👉 Give it to {name}")
HANDED_OVER = Text("📨 {who} handed “{title}” to {name}.")
# Answers to "who's booking the DJ?".
HAS = Text("👤 {name} has “{title}”{when}.")
YOU_HAVE = Text("👤 You have “{title}”{when}.")
ASKED_TO = Text("👤 {name} was asked to do “{title}”{when} and hasn't accepted yet.")
NOBODY_HAS = Text("👤 Nobody has “{title}”{when} yet. Say “give it to NAME” to hand it over.")
DUE_WHEN = Text(", due {when}")
NO_TASK_ABOUT = Text("Nobody has that: I have no open task about “{what}”.")
CARD_FOR = Text("📝 “{title}” is on a card for {name} that isn't saved yet.")
CARD_FOR_NOBODY = Text("📝 “{title}” is on a card that isn't saved yet and names nobody.")
# Someone who has a task says they are away when it is due.
CLASH = Text(
    "⚠️ “{title}” is due {when}, while you're away. Hand it back to {name}, or tell me a new "
    "day (“move it to friday”)?"
)
CLASH_MOVE = Text(
    "⚠️ “{title}” is due {when}, while you're away. Tell me a new day (“move it to friday”)?"
)
HAND_BACK = Text("↩️ Hand it back to {name}")
# News that a task's result is there: the bot offers to tick it off.
READY_TICK = Text("📎 Sounds like “{title}” is done. Tick it off?")
# An old Accept / Decline pressed after the task moved on.
TAKEN_OVER = Text("“{title}” is with {name} now: nothing to answer here.")
NO_LONGER_ASKED = Text("“{title}” no longer waits for your answer.")
# The one who has a task offers it to the group.
OFFERED = Text("🙋 {who} can't do “{title}”. Who takes it?")
CARD_OPEN = Text("nobody yet (up for grabs)")
# A new card said to repeat a task there is: the card goes, the task stays.
KEPT_TASK = Text("📌 Keeping “{title}” as it is.")
# A repeating task handed over from a day on: the earlier ones stay.
FROM_ON = Text(", from {when} on.")
COUNTER_CARD = Text("🗓 {who} asks for {when} instead for “{title}”. {requester}, move the card?")
