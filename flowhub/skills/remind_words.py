"""The bot's words about managing reminders: stopping and skipping in plain words, zone moves."""

THEIR_TIME = "{when} {name}'s time ({yours} yours)"
STOPPED_MANY = "⏹ Stopped {n} reminders: {texts}."
NO_MATCH = "I found no reminder about “{what}”."
WHICH_ONE = "Several reminders match “{what}”; say “cancel 2” with the number:\n{lines}"
NOTHING_TO_STOP = "You have no reminders to stop."
NOT_ON_DAY = "“{text}” has no reminder on {day}; the next one is {next}."
SKIPPED_ONE_OFF = "⏭ Skipped “{text}” ({when}); it was a one-off, so there are no more."
SKIPPED_NO_NEXT = "⏭ Skipped {skipped} of “{text}”; that was the last one."
ZONE_ASK = (
    "🔁 Your repeating reminders now follow your clock in {new}: {lines}.\n"
    "Or should they stay on {old} time ({other} in {new})?"
)
ZONE_FOLLOW = "🔁 Your repeating reminders follow your clock: {lines}."
ZONE_STAY = "🔁 Your repeating reminders stay on {old} time: {lines}."
ZONE_STALE = "Your repeating reminders already follow your clock: {lines}."
FOLLOW_LABEL = "🕘 My local time"
STAY_LABEL = "🌍 {old} time"
