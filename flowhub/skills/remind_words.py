"""The bot's words about managing reminders: stopping and skipping in plain words, zone moves."""

import re
from datetime import datetime

from flowhub.i18n import Plural, Text
from flowhub.nlp import parse_when

FROM = Text(" (from {name})")
FOR_OTHER = Text(" (for {name}, their time)")
THEIR_TIME = Text("{when} {name}'s time ({yours} yours)")
STOPPED_MANY = Plural("⏹ Stopped {n} reminder: {texts}.", "⏹ Stopped {n} reminders: {texts}.")
NO_MATCH = Text("I found no reminder about “{what}”.")
WHICH_ONE = Text("Several reminders match “{what}”; say “cancel {n}” with the number:\n{lines}")
NOTHING_TO_STOP = Text("You have no reminders to stop.")
NONE_SET_FOR = Text("You have no reminders set for {name} still to come; nothing changed.")
ALREADY_WENT_OFF = Text("“{text}” already went off ({when}); nothing more is scheduled for it.")
NOT_ON_DAY = Text("“{text}” has no reminder on {day}; the next one is {next}.")
SKIPPED_ONE_OFF = Text("⏭ Skipped “{text}” ({when}); it was a one-off, so there are no more.")
SKIPPED_NO_NEXT = Text("⏭ Skipped {skipped} of “{text}”; that was the last one.")
ZONE_ASK = Text(
    "🔁 Your repeating reminders now follow your clock in {new}: {lines}.\n"
    "Or should they stay on {old} time ({other} in {new})?"
)
# One repeating reminder in the zone answers: "Gym at 07:00".
ZONE_LINE = Text("{what} at {time}")
ZONE_FOLLOW = Text("🔁 Your repeating reminders follow your clock: {lines}.")
ZONE_STAY = Text("🔁 Your repeating reminders stay on {old} time: {lines}.")
ZONE_STALE = Text("Your repeating reminders already follow your clock: {lines}.")
FOLLOW_LABEL = Text("🕘 My local time")
STAY_LABEL = Text("🌍 {old} time")
BEFORE_SET = Text("⏰ I'll remind you {when}, before “{title}”.")
BEFORE_SET_FOR = Text("⏰ I'll remind {name} {when}, before “{title}”.")
BEFORE_NO_TASK = Text("I found no open task about “{what}” to remind you before.")
BEFORE_WHICH = Text("Several tasks match “{what}”: {titles}. Which one? Use more of its name.")
BEFORE_NO_DUE = Text("“{title}” has no time yet; give it one first (“move it to friday 3pm”).")
BEFORE_PAST = Text("{when} is already past for “{title}”; pick a shorter time before it.")
# A reminder asked some time before a task, when the task moves.
LEAD_MOVED = Text("⏰ The reminder before “{title}” moved with it: {when}.")
LEAD_REMOVED = Text(
    "⏰ The new time leaves no room for the reminder before “{title}”, so I removed it."
)

# "show me my reminders", "what reminders have i got", "any reminders set?": a short ask for the
# list, not a reminder to set or to cancel.
_ASK_LIST = re.compile(
    r"^\s*(?:(?:hey|hi|ok(?:ay)?|so|and|also)\b[\s,]*)*(?:(?:can|could|would)\s+you\s+)?"
    r"(?:please\s+|pls\s+)?(?:(?:show|list|give|tell|send|see|check|view|display|get)\b"
    r"|what\b|what's|whats|which\b|any\b|do\s+i\b|have\s+i\b|did\s+i\b|my\b|all\b|reminders\b"
    r"|alarms\b|upcoming\b|active\b|current\b|pending\b)",
    re.I,
)
_LIST_NOUN = re.compile(r"\b(?:reminders|alarms|any\s+reminder)\b", re.I)
_NOT_A_LIST = re.compile(
    r"\b(?:remind|cancel|delete|remove|stop|clear|move|snooze|skip|pause|mute|turn\s+off|kill"
    r"|drop|change|reschedule|push|about|before|after|early|earlier|ahead|default)\b",
    re.I,
)


def asks_for_list(text: str) -> bool:
    """Whether `text` asks to see the reminders that are set."""
    return (
        len(text.split()) <= 9
        and bool(_ASK_LIST.match(text))
        and bool(_LIST_NOUN.search(text))
        and not _NOT_A_LIST.search(text)
    )


# Snooze or skip in words, answering a reminder that just went off: "remind me again in 15 mins",
# "ping me tomorrow morning", "in a meeting, 30 more mins", "give me 20", "later pls".
SNOOZE_CUE = re.compile(
    r"(?<![\w'])(?:(?:remind|ping|nudge|bug|tell|message|text|poke)\s+me(?:\s+again)?"
    r"|give\s+me|gimme|giv\s+me|later|not\s+now|snooze|again\s+in|come\s+back|ask\s+me\s+again"
    r"|try(?:\s+(?:me|us|it|him|her|them))?\s+again|again\s+(?:tomorrow|tmrw|tonight|later)"
    r"|not\s+(?:till|until|before)\s+(?:tomorrow|tmrw|tonight|later|this|\d))(?![\w'])"
    r"|\d+\s*(?:more\s+)?(?:m|mins?|minutes?|h|hrs?|hours?)\s+more\b"
    r"|(?<![\w'])(?:a\s+few|\d+|an?|another)\s+more\s+(?:mins?|minutes?|hrs?|hours?)\b",
    re.I,
)
# "remind me to buy milk", "ping me about the invoice": a new reminder, not a snooze.
# The words after "to" may be in any script: "remind me завтра to позвонить маме".
NEW_REMINDER = re.compile(r"(?<![\w'])(?:to|about|that)\s+(?!it\b|that\b|this\b)[^\W\d_]", re.I)
SKIP_CUE = re.compile(
    r"^\s*(?:(?:let'?s|just|pls|please|ok(?:ay)?)\s+)*skip(?:\s+(?:it|this|that)(?:\s+one)?)?"
    r"(?:\s+(?:this|for\s+this)\s+(?:time|week|month|year|round|once))?(?:\s*[,.!;:]|\s*$)",
    re.I,
)
SNOOZE_SPAN = re.compile(
    r"(?<![\w'])(?P<n>\d+|an?|one|half\s+an?|another)\s*(?:more\s+)?"
    r"(?P<unit>m|mins?|minutes?|h|hrs?|hours?)(?![\w'])",
    re.I,
)
SNOOZE_WHEN = re.compile(
    r"(?<![\w'])(?:(?:in|till|until|at|after|on|for)\s+)?(?P<when>(?:tomorrow|tmrw|tonight|this\s+"
    r"(?:afternoon|evening)|lunch|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|\d{1,2}(?::\d\d)?\s*(?:am|pm)|\d{1,2}:\d\d)(?:\s+(?:morning|afternoon|evening|night"
    r"|at\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?))?)",
    re.I,
)
LATER = "1 hour"
LUNCH = "1pm"

# "remind sam at 10am his time": the recipient's clock is the default, so the words just go.
THEIR_CLOCK = re.compile(
    r"(?:,\s*|\s+)(?:in\s+|on\s+)?(?:his|her|their)\s+(?:own\s+|local\s+)?time(?:\s*zone)?(?![\w'])",
    re.I,
)

# "remind sam and priya friday 5pm to …", "remind everyone at 5 to …": one reminder each.
MANY = re.compile(
    r"^remind\s+(?P<names>(?:[a-z][\w-]*\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*))+[a-z][\w-]*"
    r"|everyone|everybody|all\s+of\s+us|the\s+(?:whole\s+)?team|y'?all|all)\s+(?P<rest>.+)$",
    re.I,
)
NAME_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)\s*", re.I)

# Short names for a zone that `find_zone` leaves out: "9am NY time".
ZONE_SHORT = {"ny": "America/New_York", "n.y.": "America/New_York"}
NIGHT = Text("\n🌙 That's {clock} at night for {name}; say “make it 9am” to change it.")

# "remind priya about the seating plan", "nudge sam re the invoice": for that person.
ABOUT_SOMEONE = re.compile(
    r"^remind\s+(?P<name>[a-z][\w-]*)\s+(?P<rest>(?:.+\s)?(?:about|of|re|regarding)\s+.+)$", re.I
)
NOT_A_NAME = frozenset(["me", "us", "myself", "everyone", "everybody", "all", "them", "him", "her"])

# "every weekday at 8:30 remind me to …", "tomorrow at 9, remind me to …": the time said first.
_TIME_FIRST = re.compile(
    r"^\s*(?:(?:hey|hi|ok|okay|oh|also|and|so)\b[,!]?\s+)*(?P<when>[^,]*?\S)\s*,?\s+"
    r"(?:(?:can|could|would|will)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?"
    r"(?P<verb>remind|ping|nudge)\s+me\s+(?P<rest>(?:to|that|about|of)\s.+)$",
    re.I,
)


def time_first(text: str, *, now: datetime, tz: str) -> str | None:
    """ "every morning at 7 remind me to X" said as "remind me every morning at 7 to X", or None
    when what comes before "remind me" is not a time alone."""
    m = _TIME_FIRST.match(text)
    if m is None:
        return None
    said = m.group("when")
    when = parse_when(said, now=now, tz=tz)
    if when is None or when.span[0] > 0 or when.span[1] < len(said) - 1:
        return None
    return f"{m.group('verb')} me {said} {m.group('rest')}"
