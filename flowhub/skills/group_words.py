"""What the bot says about assignments between people: declines and what happens next."""

DECLINED_ASK = "👎 {who} declined: {title}. It's back with you. What now?"
TAKE_IT = "🙋 I'll do it"
ASK_SOMEONE = "👥 Ask someone else"
DROP_IT = "🗑 Drop it"
TAKEN_BACK = "🙋 It's yours now: {title}"
DROPPED = "🗑 Dropped: {title}"
WHO_INSTEAD = "Who should do “{title}” instead?"
NOBODY_ELSE = (
    "I don't know anyone else in your groups who could take “{title}” yet. "
    "Say “give it to NAME” and I'll ask them."
)
ASKED_INSTEAD = "📨 Asked {name}: {title}"
# The 👤 line of a saved task's card once its assignee answered, and the card of a dropped task.
CARD_DECLINED = "nobody yet ({who} declined)"
CARD_ASKED = "{name} (asked)"
CARD_DROPPED = "🗑 Dropped."
NOT_OPEN = "“{title}” is no longer open."
ALREADY_ASSIGNED = "“{title}” is already with {name}."
GROUP_HELP = (
    "\n\nIn a group I speak when you call me (“@FlowHub what's due?”), reply to one of my "
    "messages, or post a clear task (“@Sam please send the deck by friday”); chat between you "
    "stays between you."
)
THEY_DECLINED = "👎 {who} declined: {title}"
DECLINED_BECAUSE = "👎 {who} declined: {title} (“{reason}”). It's back with you. What now?"
LEFT_PENDING = "OK, leaving it for now."
ONLY_REQUESTER = "Only {name} (who asked) can change that."
CANT_TAKE_CARD = (
    "👎 {who} can't take “{title}” (“{reason}”). {requester}, say “give it to NAME” or discard it."
)
HANDED_OVER = "📨 {who} handed “{title}” to {name}."
