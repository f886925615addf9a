"""Find dates, times, ranges and recurrence in chat text.

Public entry points: `parse_when` (the first expression) and `search_when` (all of them).
Everything is pure: text, an aware `now` and the user's IANA zone in; frozen `When` out.

Conventions (all times are local to the user's zone ``tz``):

- A bare date ("3 march", "friday") has grain "day" and starts at 00:00; callers pick the hour.
- Parts of day: "morning" 09:00, "afternoon" 15:00, "evening"/"this evening" 18:00,
  "tonight"/"night" 20:00, "lunch"/"noon"/"midday" 12:00, "midnight" 00:00 of the next day.
  Without a day, a part of day that has already ended today means tomorrow. A part of day also
  sets ``end`` to the end of that part (morning 12:00, afternoon 19:00, evening/night 24:00).
- "eod"/"cob"/"end of day" 17:00 of the day said with it ("EOD tomorrow"), else today
  (tomorrow if past); "eow" Friday 17:00 (next week's if past); "end of month"/"eom" is
  the last day of the month, "end of week" Friday, "end of year" 31 December (month,
  quarter and year ends also set ``end`` to the end of the period);
  "beginning of ..." is the first day.
- Nth in a period: "first week of october" is the first Monday-to-Sunday week inside October,
  "last week of september 2014" the last one inside it (22-28 Sep); counting from the end works
  for days, weeks and weekdays ("third last week of 2018", "5th last day of may"). "the week of
  <date>" is the week holding that date (grain "week", start Monday; a Sunday date opens the
  week after it, as in a Sunday-first calendar).
- Modifiers of the next expression: "the (2nd) closest monday/christmas to <date>" is the
  nearest such day in either direction; "the third tuesday after <date>", "the friday before
  <date>"; "for 10 days from <date>" starts at that date and ends N days later.
- A weekday beside a period ("next week, friday", "this weekend, sunday") is that period's
  day; outside it ("for the weekend, friday 10am") the weekday alone is meant. A weekday that
  does not fit a date less than two weeks away ("tomorrow, saturday") leaves the date as said.
- "first monday of the month" and "on the last friday of the month" are monthly rules;
  "the first monday of the month" alone or after "by" is one day, as is "... of next month".
- A deadline's span covers the event naming its day: "before friday's release", "ahead of
  monday's demo"; "friday's party" alone stays the day only.
- A number's tail is never a time: "2.4.0 today" is today, not 00:00.
- A weekday with a day number and no month ("thu 15th") is the next month whose 15th is that
  weekday; a weekday with a month and day ("sunday, feb 10") picks the year whose date falls
  on that weekday, this year's even if just past.
- Weekdays: a bare weekday ("friday", "on fri") is the next such day strictly after today.
  "this friday" is the same. "next friday" is the Friday of next calendar week (weeks start
  Monday), so on a Wednesday "next friday" is 9 days away, not 2. "last friday" is the most
  recent Friday before today; "friday after next" is a week after "next friday".
- Clock times: "9am", "21:30", "9.30", "half past 3", "quarter to 5", "at 5", "15:23:24" (the
  seconds are kept in ``start``; grain stays "minute"). A bare number is a
  time only after at/@/by/until/from/around (or with am/pm, ":mm", "h", "o'clock"). An
  ambiguous hour with no day ("at 5") is the next future occurrence within 12 hours (05:00 or
  17:00). With an explicit day ("friday at 3") hours 1-6 read as pm, 7-11 as am.
- Past-looking values roll forward: "9am" said at 10:00 is tomorrow 09:00; "march 3" in April is
  next year. Explicit past stays past: "yesterday", "last friday", "2 days ago", dates with a
  year, "this week"'s days.
- Offsets: "in 2 hours" is exact to the minute; "in 15" with no unit closing a clause is
  minutes (5-59 only: "in 2" stays unread), "in 1\"" one second; "in 3 days"/"in a week" keeps
  the current clock time on that day (grain "day"), which is when a reminder should fire.
- Numeric dates ("03/04") are read month-first for US zones (America/* except the list in
  `_DAY_FIRST_AMERICAS`) and day-first elsewhere; ``locale`` ("en_US", "en_GB", "fr", ...)
  overrides. Two-digit years are 2000-2049 or 1950-1999.
- Ranges ("2-4pm", "from monday to wednesday", "mon-fri", "9am to 5pm") set ``end``, which is
  exclusive: a day range ends at 00:00 after its last day, a time range at the end time.
- Recurrence ("every monday at 9", "1st of every month", "every other friday") sets ``rrule``
  to an RFC 5545 body and ``start`` to the first occurrence at or after now (all-day rules may
  start today). Rules keep local wall-clock time across DST. An ambiguous hour in a rule reads
  1-6 as pm. "until <date>" adds UNTIL (UTC, end of that day when the rule has a time);
  "for N times" adds COUNT.
- DST: a local time inside a spring-forward gap moves forward by the gap (02:30 -> 03:30); said
  without a day it is still to come until the wall clock passes it. An ambiguous fall-back time
  takes its first occurrence (fold=0); without a day, the next of the two still to come. The
  second one is read from "1:30 after the clocks go back", "at the second 1:30", "1:30 (second
  time)", "1:30 standard time"/"winter time", or the later offset's abbreviation ("1:30 EST",
  "2:30 CET"). A rule's occurrence on that night is the first one. Offsets in seconds, minutes
  and hours ("in 3 hours", "in 90 minutes") are elapsed time; days and longer keep the wall
  clock. Results are never naive and survive a round trip through UTC unchanged.
- Quarters are reported with grain "month" (start of the quarter, end = start of the next).
- Several adjacent pieces ("tomorrow at 9", "fri 5pm") combine into one `When`; its span also
  covers a leading preposition ("by", "on", "at", "from", "until", "due").
- A zone named after a time ("4pm CET", "9am PST", "15:00 GMT") is honoured and the result is
  converted to ``tz``. Holidays resolve to their next occurrence (today counts), "last X" to the
  previous one, "X 2027"/"X in 3 years" to that year's. Jewish holidays are given as the eve
  they begin on. Lunar holidays come from explicit rules (Tu BiShvat and Yom Ha'atzmaut from
  Passover, the Shahenshahi Parsi new year, Earth Hour), from a table of published dates for
  2013-2030 where the `holidays` package's calendars disagree with them (Diwali and the days
  around it, Navaratri/Dussehra, Onam, Vasant Panchami, Raksha Bandhan/Janmashtami, Vesak), and
  otherwise from that package.
- A bare "now"/"right now" is not reported (in chat it is never a due date); "asap" is now.
- Numbers are words or digits ("nine am", "in five minutes", "twenty past three"). A bare
  number or ordinal is never a time or date on its own ("3 people", "the first alarm").
- Other languages are read by rewriting their time words into English first (one data module a
  language in `flowhub.nlp.lang`; `locale` names the language to try first); accents are optional.
- Misspelt and abbreviated date words are read ("wendesday", "tmrw", "nxt wk"; see `_typos`);
  spans still point into the text as given.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from flowhub.nlp import _time_recur  # noqa: F401  (registers the recurrence rules)
from flowhub.nlp._time_compose import expressions
from flowhub.nlp._time_corrected import corrected
from flowhub.nlp._time_grammar import Ctx
from flowhub.nlp._time_greeting import without_greetings
from flowhub.nlp._time_like import loose_hour
from flowhub.nlp._time_negated import negated
from flowhub.nlp._time_translate import translate
from flowhub.nlp._time_zone import zone
from flowhub.nlp._typos import Fixed, fix_typos_mapped
from flowhub.nlp.types import When

__all__ = ["parse_when", "search_when"]

_TIMED = frozenset({"hour", "minute"})

# America/* zones whose convention is day-first numeric dates.
_DAY_FIRST_AMERICAS = frozenset(
    {
        "America/Sao_Paulo",
        "America/Argentina/Buenos_Aires",
        "America/Buenos_Aires",
        "America/Bogota",
        "America/Lima",
        "America/Santiago",
        "America/Caracas",
        "America/Mexico_City",
        "America/Montevideo",
        "America/Asuncion",
        "America/La_Paz",
        "America/Guayaquil",
        "America/Havana",
        "America/Bahia",
        "America/Fortaleza",
        "America/Recife",
        "America/Manaus",
        "America/Belem",
        "America/Cancun",
        "America/Monterrey",
        "America/Guatemala",
        "America/Costa_Rica",
        "America/Panama",
        "America/Santo_Domingo",
        "America/Montreal",
    }
)
_MONTH_FIRST_LOCALES = ("en_us", "en-us", "us", "en_ph", "en-ph")


def _hint(locale: str | None) -> str | None:
    # English is everyone's default: it says nothing of the language a message is written in.
    code = locale[:2].lower() if locale else None
    return None if code == "en" else code


def _day_first(tz: str, locale: str | None) -> bool:
    if locale and locale.lower() != "en":  # plain English is written both ways: the zone decides
        return locale.lower() not in _MONTH_FIRST_LOCALES
    return not (tz.startswith("America/") or tz.startswith("US/")) or tz in _DAY_FIRST_AMERICAS


def search_when(text: str, *, now: datetime, tz: str, locale: str | None = None) -> list[When]:
    """Every date/time expression in `text`, in text order, each with its span."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    z = zone(tz)
    ctx = Ctx(now=now.astimezone(z), tz=z, dayfirst=_day_first(tz, locale))
    english = translate(text, hint=_hint(locale))
    fixed = fix_typos_mapped(english.text)
    found = expressions(without_greetings(fixed.text), ctx)
    if not fixed.edits and not english.edits:
        return found
    # Spans point into the text as given, not into its translated or corrected copy.
    return [replace(w, span=_original(w.span, english, fixed)) for w in found]


def english_time_words(text: str, *, locale: str | None = None) -> str:
    """`text` with its time words in any supported language said the English way ("o que tenho
    esta semana" -> "o que tenho this week"), for rules written against English words."""
    return translate(text, hint=_hint(locale)).text


def _original(span: tuple[int, int], *maps: Fixed) -> tuple[int, int]:
    start, end = span
    for m in reversed(maps):
        start, end = m.original(start), m.original(end, end=True)
    return start, end


def _clock_over_part_of_day(text: str, first: When, found: list[When]) -> When:
    """A clock time said after a part of the same day wins: "after lunch, nudge me at 2" is 2pm."""
    if first.grain not in _TIMED or any(c.isdigit() for c in text[slice(*first.span)]):
        return first
    if (loose := loose_hour(text, first)) is not None:
        return loose  # "try again after lunch like 2": 14:00
    for later in found:
        if (
            later.span[0] >= first.span[1]
            and later.grain in _TIMED
            and later.start.date() == first.start.date()
            and any(c.isdigit() for c in text[slice(*later.span)])
            and not negated(text, later.span)
        ):
            evening = later.start + timedelta(hours=12)
            if (
                first.start.hour >= 12
                and later.start < first.start
                and evening.day == later.start.day
            ):
                return replace(later, start=evening)  # "this evening, ping me at 7": 19:00
            return later
    return first


def parse_when(text: str, *, now: datetime, tz: str, locale: str | None = None) -> When | None:
    """The first date/time expression in `text` (adjacent pieces combined) that is not ruled
    out ("not midnight, 9am" is 9am), or None."""
    found = search_when(text, now=now, tz=tz, locale=locale)
    if (fixed := corrected(text, found)) is not None:
        return fixed  # "tuesday, no wednesday morning": the last time said wins
    for w in found:
        if not negated(text, w.span):
            return _clock_over_part_of_day(text, w, found)
        # "not tuesday, wednesday 2pm" is read as one expression: what follows the comma is meant.
        cut = max(text.rfind(",", *w.span), text.rfind(";", *w.span)) + 1
        if cut > 0 and (rest := parse_when(text[cut:], now=now, tz=tz, locale=locale)):
            return replace(rest, span=(rest.span[0] + cut, rest.span[1] + cut))
    return found[0] if found else None
