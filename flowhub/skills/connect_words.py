"""Everything the connect skill says, in one place."""

PROMPT = (
    "🔌 Connecting {tool}. I need:\n{fields}\n{help}\n"
    "Reply here with the values in that order, separated by spaces or on separate lines (or as "
    "“name: value” lines). I check them with {tool}, keep the secret ones encrypted, delete "
    "your message from my records, and never show them again. Say “stop” to cancel."
)
PROMPT_SIGN_IN = "🔌 Connecting {tool}. {help}"
PROMPT_ALSO_SIGN_IN = "\nIf this server has {tool} sign-in set up, I'll also send you a link."
SECRET_MARK = " 🔒"
OPTIONAL_MARK = " (optional)"
CHECKING = "🔐 Got it. Checking with {tool}… (your message is removed from my records)"
CANCELLED = "OK, not connecting {tool}."
PRIVATE_ONLY = (
    "Let's do that in a private chat with me, so the credentials stay between us. Message me "
    "directly and say “connect {kind}”."
)
UNKNOWN_TOOL = "I can't connect “{name}” yet. I know: {known}."
FEED_COMING = "📅 Making your private calendar feed…"
NONE_CONNECTED = "Nothing is connected yet. Say “connect <tool>” with one of: {known}."
LIST_TITLE = "🔌 Connected tools:"
LIST_LINE = "{n}. {tool}{target}{default}{state}"
LIST_DEFAULT = " — default ✓"
LIST_RECONNECT = " — ⚠️ needs “connect {kind}” again"
LIST_WAITING = " — {count} task(s) waiting (say “retry pushes”)"
LIST_FEED = "{n}. Calendar feed{whose}"
LIST_HINT = "\nSay “make <tool> the default”, “disconnect <tool>”, or “push 2 to <tool>”."
NO_DEFAULT_HINT = "\nNo default yet: say “make <tool> the default” to send confirmed tasks there."
DISCONNECTED = "🔌 Disconnected {tool}. Tasks already there stay there."
DISCONNECTED_DEFAULT = " There's no default tool now: say “make <tool> the default” to pick one."
NOT_CONNECTED = "{tool} isn't connected. Say “connect {kind}” to connect it."
DEFAULT_SET = "✅ {tool} is the default: confirmed tasks go there from now on."
FEED_NOT_DEFAULT = "The calendar feed only shows tasks; pick a tool like Jira or Trello instead."
PUSH_WHICH = (
    "Which task? Reply to its card with “push to {kind}”, or say “push 2 to {kind}” after a list."
)
PUSHING = "📤 Sending to {tool}: {titles}"
NO_SUCH_TASK = "There's no number {numbers} in the last list; ask “my tasks” to see it."
RETRYING = "🔁 Retrying the pushes that failed or waited."
NOTHING_TO_RETRY = "Nothing is waiting to be pushed. 👍"

# What the connect jobs say once the values were checked, and about sign-in links.
CONNECTED = "✅ {tool} connected: {target}.{default}"
CONNECTED_DEFAULT = " Confirmed tasks go there from now on."
CONNECTED_OTHER = " Say “make {kind} the default” to send confirmed tasks there."
CONNECTED_RETRYING = " Sending the {count} task(s) that were waiting for it."
CONNECT_FAILED = "❌ That didn't work: {why}. Say “connect {kind}” to try again."
CONNECT_MISSING = (
    "❌ I need {missing} as well. Say “connect {kind}” to start again; nothing was saved."
)
OAUTH_LINK = "🔑 Sign in to {tool} here (the link works once, for 15 minutes): {url}"
OAUTH_OFF = (
    "Sign-in with {tool} isn't set up on this FlowHub server: an admin needs to set "
    "{variables} (see docs/integrations.md)."
)
ICAL_READY = (
    "📅 Your calendar feed: {url}\nAdd it in Google Calendar (Other calendars → From URL), Apple "
    "Calendar (File → New Calendar Subscription) or Outlook (Add calendar → Subscribe from web). "
    "Keep the link private: anyone with it can read your due tasks. Say “disconnect ical” to "
    "turn it off."
)
NO_SECRET_KEY = "❌ I can't store tokens safely yet: {why}"
