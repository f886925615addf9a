"""What the digest and the weekly review say about the week's trend."""

from flowhub.i18n import Text

TREND_MORE = Text("📈 {n} done this week, {diff} more than last week")
TREND_FEWER = Text("📉 {n} done this week, {diff} fewer than last week")
TREND_SAME = Text("➖ {n} done this week, as many as last week")
CHART_DONE_WEEK = Text("Done per day, last 7 days")
