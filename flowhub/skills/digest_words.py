"""What the digest and the weekly review say about the week's trend."""

from flowhub.i18n import Plural, Text

DONE_THIS_WEEK = Plural("{n} done this week", "{n} done this week")
MORE_THAN_LAST = Plural("{n} more than last week", "{n} more than last week")
FEWER_THAN_LAST = Plural("{n} fewer than last week", "{n} fewer than last week")
TREND_MORE = Text("📈 {done}, {diff}")
TREND_FEWER = Text("📉 {done}, {diff}")
TREND_SAME = Text("➖ {done}, as many as last week")
CHART_DONE_WEEK = Text("Done per day, last 7 days")
