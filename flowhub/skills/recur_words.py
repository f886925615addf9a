"""What the bot says about a repeating rule: every piece `format_recur` puts together."""

from __future__ import annotations

from flowhub.i18n import Plural, Text

EVERY = {
    "DAILY": Text("every day"),
    "WEEKLY": Text("every week"),
    "MONTHLY": Text("every month"),
    "YEARLY": Text("every year"),
    "HOURLY": Text("every hour"),
    "MINUTELY": Text("every minute"),
}
EVERY_OTHER = {
    "DAILY": Text("every other day"),
    "WEEKLY": Text("every other week"),
    "MONTHLY": Text("every other month"),
    "YEARLY": Text("every other year"),
}
EVERY_N = {
    "DAILY": Plural("every {n} day", "every {n} days"),
    "WEEKLY": Plural("every {n} week", "every {n} weeks"),
    "MONTHLY": Plural("every {n} month", "every {n} months"),
    "YEARLY": Plural("every {n} year", "every {n} years"),
    "HOURLY": Plural("every {n} hour", "every {n} hours"),
    "MINUTELY": Plural("every {n} minute", "every {n} minutes"),
}
EVERY_TIME = Text("every time")
AFTER_DONE = Text("{rule} after done")
EVERY_WEEKDAY = Text("every weekday")
EVERY_WEEKEND = Text("every weekend")
EVERY_WEEKDAY_EXCEPT = Text("every weekday except {days}")
EVERY_DAY_EXCEPT = Text("every day except {days}")
EVERY_DAYS = Text("every {days}")
EVERY_OTHER_DAYS = Text("every other {days}")
EVERY_N_WEEKS_ON = Plural("every {n} week on {days}", "every {n} weeks on {days}")
DAY_RANGE = Text("{first} to {last}")
OF_EACH_MONTH = Text("each month")
NTH_OF = Text("the {nth} {day} of {months}")
DAYS_OF = Text("the {days} of {months}")
ON_DAYS_OF = Text("on the {days} of {months}")
WEEKDAY = Text("weekday")
NTH = {
    1: Text("first"),
    2: Text("second"),
    3: Text("third"),
    4: Text("fourth"),
    5: Text("fifth"),
}
LAST = Text("last")
NTH_TO_LAST = Text("{nth}-to-last")
LAST_DAY = Text("last day")
NTH_TO_LAST_DAY = Text("{nth}-to-last day")
YEARLY_ON = Text("{every} on {date}")
YEARLY_IN = Text("{every} in {month}")
AT = Text(" at {times}")
TIMES = Plural(", {n} time", ", {n} times")
ONCE = Text(", once")
UNTIL = Text(" until {date}")
