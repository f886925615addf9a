"""Everything said in chat about pushing tasks to tools: failures, and changes made in a tool."""

from flowhub.i18n import Text

RECONNECT = Text(
    "🔌 {tool} refused FlowHub's access ({why}). Say “connect {kind}” to connect it again; "
    "tasks waiting for it (“{title}” and any others) are kept and pushed once it works."
)
FAILED_TARGET = Text(
    "⚠️ I couldn't put “{title}” into {tool}: {why}. Fix that (or “connect {kind}” again), "
    "then say “retry pushes”."
)
GAVE_UP = Text(
    "⏳ {tool} is not answering, so “{title}” isn't there yet ({why}). It's saved here; say "
    "“retry pushes” later and I'll send it."
)
UNLINKED = Text("🔗 “{title}” is in {tool}, not linked to a record: {tool} has none named “{why}”.")
CLOSED_REMOTE = Text("✅ Closed in {tool}: {title}")
REOPENED_REMOTE = Text("↩️ Reopened in {tool}: {title}")
