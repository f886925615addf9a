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
# A change made in a tool, one message: "✏️ Todoist: “Send invoice” moved to Fri 11 Dec, 17:00".
EDITED_REMOTE = Text("✏️ {tool}: “{title}” {changes}")
EDIT_RENAMED = Text("renamed to “{title}”")
EDIT_MOVED = Text("moved to {when}")
EDIT_UNDATED = Text("no longer has a due date")
EDIT_PRIORITY = Text("priority now {priority}")
EDIT_ASSIGNED = Text("now with {name}")
EDIT_UNASSIGNED = Text("now with nobody")
EDIT_OVERRIDDEN = Text("The change there came after yours here, so it replaced yours.")
