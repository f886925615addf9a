"""How a status answer names the period it read: "this week (Mon 30 Nov – Sun 6 Dec)"."""

from flowhub.i18n import Plural, Text

# The relative words a question used, in the form the label repeats them.
PHRASES = {
    "today": Text("today"),
    "tonight": Text("tonight"),
    "tomorrow": Text("tomorrow"),
    "yesterday": Text("yesterday"),
    "this week": Text("this week"),
    "this week and next": Text("this week and next"),
    "today and next week": Text("today and next week"),
    "next week": Text("next week"),
    "last week": Text("last week"),
    "previous week": Text("previous week"),
    "coming week": Text("coming week"),
    "this weekend": Text("this weekend"),
    "next weekend": Text("next weekend"),
    "last weekend": Text("last weekend"),
    "the weekend": Text("the weekend"),
    "this month": Text("this month"),
    "next month": Text("next month"),
    "last month": Text("last month"),
    "previous month": Text("previous month"),
    "coming month": Text("coming month"),
    "this year": Text("this year"),
    "next year": Text("next year"),
    "last year": Text("last year"),
    "the rest of this week": Text("the rest of this week"),
}
IN_NEXT_DAYS = Plural("in the next {n} day", "in the next {n} days")
IN_NEXT_DAY = Text("in the next day")
TO_DAY = Text("{label} (to {day})")
IN_DATES = Text("in {dates}")
ON_DATES = Text("on {dates}")
BY = {
    "by": Text("by {period}"),
    "before": Text("before {period}"),
    "until": Text("until {period}"),
    "till": Text("till {period}"),
    "no later than": Text("no later than {period}"),
}
AT_ALL = Text("at all")
SINCE = Text("since {day}")
