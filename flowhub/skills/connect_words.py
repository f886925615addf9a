"""Everything the connect skill says, in one place."""

from flowhub.i18n import Plural, Text

PROMPT = Text(
    "🔌 Connecting {tool}. I need:\n{fields}\n{help}\n"
    "Reply here with the values in that order, separated by spaces or on separate lines (or as "
    "“name: value” lines). I check them with {tool}, keep the secret ones encrypted, delete "
    "your message from my records, and never show them again. Say “stop” to cancel."
)
PROMPT_SIGN_IN = Text("🔌 Connecting {tool}. {help}")
PROMPT_ALSO_SIGN_IN = Text("\nIf this server has {tool} sign-in set up, I'll also send you a link.")
SECRET_MARK = Text(" 🔒")
OPTIONAL_MARK = Text(" (optional)")
CHECKING = Text("🔐 Got it. Checking with {tool}… (your message is removed from my records)")
CANCELLED = Text("OK, not connecting {tool}.")
PRIVATE_ONLY = Text(
    "Let's do that in a private chat with me, so the credentials stay between us. Message me "
    "directly and say “connect {kind}”."
)
UNKNOWN_TOOL = Text("I can't connect “{name}” yet. I know: {known}.")
FEED_TITLE = Text("Calendar feed")
FEED_COMING = Text("📅 Making your private calendar feed…")
NONE_CONNECTED = Text("Nothing is connected yet. Say “connect <tool>” with one of: {known}.")
LIST_TITLE = Text("🔌 Connected tools:")
LIST_LINE = Text("{n}. {tool}{target}{default}{state}")
LIST_DEFAULT = Text(" — default ✓")
LIST_RECONNECT = Text(" — ⚠️ needs “connect {kind}” again")
LIST_WAITING = Plural(
    " — {count} task waiting (say “retry pushes”)", " — {count} tasks waiting (say “retry pushes”)"
)
LIST_FEED = Text("{n}. Calendar feed (yours)")
LIST_HINT = Text("\nSay “make <tool> the default”, “disconnect <tool>”, or “push 2 to <tool>”.")
NO_DEFAULT_HINT = Text(
    "\nNo default yet: say “make <tool> the default” to send confirmed tasks there."
)
DISCONNECTED = Text("🔌 Disconnected {tool}. Tasks already there stay there.")
DISCONNECTED_DEFAULT = Text(
    " There's no default tool now: say “make <tool> the default” to pick one."
)
NOT_CONNECTED = Text("{tool} isn't connected. Say “connect {kind}” to connect it.")
DEFAULT_SET = Text("✅ {tool} is the default: confirmed tasks go there from now on.")
FEED_NOT_DEFAULT = Text(
    "The calendar feed only shows tasks; pick a tool like Jira or Trello instead."
)
PUSH_WHICH = Text(
    "Which task? Reply to its card with “push to {kind}”, or say “push 2 to {kind}” after a list."
)
PUSHING = Text("📤 Sending to {tool}: {titles}")
NO_SUCH_TASK = Text("There's no number {numbers} in the last list; ask “my tasks” to see it.")
RETRYING = Text("🔁 Retrying the pushes that failed or waited.")
NOTHING_TO_RETRY = Text("Nothing is waiting to be pushed. 👍")

# What the connect jobs say once the values were checked, and about sign-in links.
CONNECTED = Text("✅ {tool} connected: {target}.{default}")
CONNECTED_DEFAULT = Text(" Confirmed tasks go there from now on.")
CONNECTED_OTHER = Text(" Say “make {kind} the default” to send confirmed tasks there.")
CONNECTED_RETRYING = Plural(
    " Sending the {count} task that was waiting for it.",
    " Sending the {count} tasks that were waiting for it.",
)
HOOK_SET_UP = Text(" Done in {tool} comes back here: set up.")
HOOK_RETRYING = Text(
    " Done in {tool} comes back here: {tool} is busy, so I'll set that up shortly."
)
HOOK_STEPS = Text(" For done in {tool} to come back here: {steps}")
CONNECT_FAILED = Text("❌ That didn't work: {why}. Say “connect {kind}” to try again.")
CONNECT_MISSING = Text(
    "❌ I need {missing} as well. Say “connect {kind}” to start again; nothing was saved."
)
OAUTH_LINK = Text("🔑 Sign in to {tool} here (the link works once, for 15 minutes): {url}")
OAUTH_OFF = Text(
    "Sign-in with {tool} isn't set up on this FlowHub server: an admin needs to set "
    "{variables} (see docs/integrations.md)."
)
ICAL_READY = Text(
    "📅 Your calendar feed: {url}\nAdd it in Google Calendar (Other calendars → From URL), Apple "
    "Calendar (File → New Calendar Subscription) or Outlook (Add calendar → Subscribe from web). "
    "Keep the link private: anyone with it can read your due tasks. Say “disconnect ical” to "
    "turn it off."
)
NO_SECRET_KEY = Text("❌ I can't store tokens safely yet: {why}")
