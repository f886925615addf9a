"""Everything the integrations say in chat, in one place."""

RECONNECT = (
    "🔌 {tool} refused FlowHub's access ({why}). Say “connect {kind}” to connect it again; "
    "tasks waiting for it (“{title}” and any others) are kept and pushed once it works."
)
FAILED_TARGET = (
    "⚠️ I couldn't put “{title}” into {tool}: {why}. Fix that (or “connect {kind}” again), "
    "then say “retry pushes”."
)
GAVE_UP = (
    "⏳ {tool} is not answering, so “{title}” isn't there yet ({why}). It's saved here; say "
    "“retry pushes” later and I'll send it."
)
CLOSED_REMOTE = "✅ Closed in {tool}: {title}"
REOPENED_REMOTE = "↩️ Reopened in {tool}: {title}"
CONNECTED = "✅ {tool} connected: {target}.{default}"
CONNECTED_DEFAULT = " Confirmed tasks go there from now on."
CONNECTED_OTHER = " Say “make {kind} the default” to send confirmed tasks there."
CONNECTED_RETRYING = " Sending the {count} task(s) that were waiting for it."
CONNECT_FAILED = "❌ That didn't work: {why}. Say “connect {kind}” to try again."
CONNECT_MISSING = (
    "❌ I need {missing} as well. Say “connect {kind}” to start again; nothing was saved."
)
CONNECT_GONE = "That message was already used. Say “connect {kind}” to start again."
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
OAUTH_PAGE_OK = "{tool} is connected to FlowHub. You can close this tab and go back to the chat."
OAUTH_PAGE_BAD = "That sign-in link is invalid or expired. Ask FlowHub for a new one in the chat."
OAUTH_PAGE_USED = (
    "That sign-in link was already used; each link works once. If the sign-in did not finish, "
    "say “connect {kind}” in the chat for a new link."
)
OAUTH_PAGE_FAILED = "{tool} didn't let FlowHub in: {why}. Ask FlowHub for a new link in the chat."
