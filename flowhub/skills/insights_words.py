"""What insight answers say: the numbers of a period, the load per person, the longest overdue,
and the words on their charts."""

from flowhub.i18n import Text

HEAD_ME = Text("📊 You, {period}")
HEAD_GROUP = Text("📊 This group, {period}")
HEAD_GROUP_NAMED = Text("📊 {group}, {period}")
HEAD_GROUPS = Text("📊 The groups you administer, {period}")
GROUP_LINE = Text(
    "{group}: {done} done ({on_time} on time), {created} created, {open} open, {overdue} overdue"
)
HEAD_SEEN = Text("📊 Tasks you can see, {period}")
HEAD_PERSON = Text("📊 {name}, {period} (tasks you can see)")
DONE_CREATED = Text("{done} done ({on_time} on time), {created} created")
OPEN_OVERDUE = Text("{open} open, {overdue} overdue (oldest {days} days)")
OPEN_OVERDUE_DAY = Text("{open} open, {overdue} overdue (oldest 1 day)")
OPEN_OVERDUE_TODAY = Text("{open} open, {overdue} overdue (since today)")
OPEN_NONE_OVERDUE = Text("{open} open, none overdue")
MEDIAN_MINUTES = Text("Median from capture to done: {n} min")
MEDIAN_HOURS = Text("Median from capture to done: {n} h")
MEDIAN_DAYS = Text("Median from capture to done: {n} days")
MORE_THAN = Text("{n} more done than {before}")
FEWER_THAN = Text("{n} fewer done than {before}")
SAME_AS = Text("As many done as {before}")
BEFORE_WEEK = Text("last week")
BEFORE_MONTH = Text("last month")
BEFORE_DAYS = Text("the {n} days before")

LOAD_HEAD_GROUP = Text("📊 Open tasks per person in this group")
LOAD_HEAD_GROUP_NAMED = Text("📊 Open tasks per person in {group}")
LOAD_HEAD_SEEN = Text("📊 Open tasks per person (only tasks you can see)")
LOAD_LINE = Text("{name}: {open} open, {overdue} overdue")
LOAD_LINE_CLEAR = Text("{name}: {open} open")
NOBODY_OPEN = Text("Nobody has open tasks here. 🎉")

OVERDUE_HEAD = Text("Overdue the longest")
OVERDUE_LINE = Text("{title}: {days} days overdue")
OVERDUE_LINE_DAY = Text("{title}: 1 day overdue")
OVERDUE_LINE_TODAY = Text("{title}: overdue since today")
NOTHING_OVERDUE = Text("Nothing is overdue. 🎉")
FINISHED_COUNT = Text("{name}: {done} done {period}, {on_time} on time.")

NOTHING_TO_DRAW = Text("Nothing to draw for {period} yet.")
WHICH_GROUP = Text("You administer {groups}: ask in the group you mean.")
NOT_IN_GROUP = Text("Only tasks you can see are counted here; ask in a group for its numbers.")

CHART_CREATED_DONE = Text("Created and done per day")
CHART_OPEN_AGE = Text("Open tasks by age")
CHART_LOAD = Text("Open tasks per person")
CHART_ON_TIME = Text("Done on time, by week")
CHART_HOURS = Text("When tasks are captured")
AXIS_TASKS = Text("Tasks")
AXIS_DAYS_OPEN = Text("Days open")
AXIS_HOUR = Text("Hour of day")
SERIES_CREATED = Text("Created")
SERIES_DONE = Text("Done")
SERIES_OPEN = Text("Open")
SERIES_OVERDUE = Text("Overdue")
