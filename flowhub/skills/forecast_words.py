"""What the pace forecast says."""

from flowhub.i18n import Text

FINISH_ME = Text(
    "📈 At your pace ({done} done in the last 4 weeks), your open tasks ({open}) would be "
    "done by {day}."
)
FINISH_GROUP = Text(
    "📈 At this group's pace ({done} done in the last 4 weeks), its open tasks ({open}) "
    "would be done by {day}."
)
FINISH_PERSON = Text(
    "📈 At {name}'s pace ({done} done in the last 4 weeks), their open tasks you can see "
    "({open}) would be done by {day}."
)
ALREADY_OVERDUE = Text("{n} of them are overdue already.")
LATE_DAY = Text("⚠️ At this pace, {n} tasks due {day} will be late.")
LATE_DAY_ONE = Text("⚠️ At this pace, 1 task due {day} will be late.")
ON_TRACK = Text("✅ Everything due by {day} should be done on time.")
NO_PACE = Text(
    "Nothing was done in the last 4 weeks, so there is no pace to forecast from yet. "
    "Open tasks: {open}."
)
NOTHING_OPEN = Text("Nothing is open, so there is nothing to forecast. 🎉")
