"""One occurrence of a repeating reminder let go in words, by its date: "skip tue 15th", "no site
walk on the 15th", "skip next week's site walk", "cancel the site walk on the 29th".

Only repeating reminders the person may touch are looked at. A thing named must be one of them
(else the message is about something else); with no name, the one that falls on that date is
meant. A date none of them falls on is said so, and nothing changes.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from flowhub.connectors import Reply
from flowhub.nlp import When, parse_when
from flowhub.skills import remind_manage, skip_words
from flowhub.skills.context import Context
from flowhub.skills.format import when_text
from flowhub.skills.remind_times import firings_between
from flowhub.storage import Reminder, access, reminders

_LEAD = (
    r"^\W*(?:(?:ok(?:ay)?|so|and|also|oh|pls|please|let'?s|just|actually|(?:can|could|shall)\s+"
    r"(?:we|you|u|i))\b[\s,]*)*"
)
# A verb that lets one date go, then the rest: "skip tue 15th", "cancel the walk on the 29th".
_SKIP = re.compile(
    _LEAD + r"(?P<verb>skip|cancel|call\s+off|scrap|drop)\s+(?P<rest>.+?)[\s.!?]*$", re.I
)
# Dutch splits its verb: "met kerst sla je hem maar over", "sla kerst over", "kerst overslaan".
_SKIP_NL = re.compile(
    r"^\W*(?:(?:en|ok[eé]?|oh|eigenlijk|dus)\b[\s,]*)*(?P<a>.*?)[\s,]*\b(?:sla|slaan)\s+"
    r"(?:je\s+|jij\s+|we\s+)?(?P<b>.*?)\s*\bover\b(?P<c>.*?)[\s.!?]*$"
    r"|^\W*(?P<d>.+?)\s+overslaan[\s.!?]*$",
    re.I,
)
# Words around the Dutch verb that name nothing: "met kerst sla je hem maar over".
_NL_FILLER = frozenset(["hem", "het", "die", "deze", "dat", "maar", "dan", "gewoon", "even",
                        "graag", "aub", "alsjeblieft", "met", "op", "en"])  # fmt: skip
# "no site walk on the 15th", "there's no site walk tuesday either": a thing named is needed.
_NONE = re.compile(
    _LEAD + r"(?:there(?:'?s|\s+is|\s+will\s+be|'?ll\s+be)\s+no|we\s+(?:have|need)\s+no"
    r"|(?:we\s+|i\s+)?(?:don'?t|do\s+not|won'?t)\s+need|no(?:\s+need\s+for)?)\s+"
    r"(?P<rest>.+?)[\s.!?]*$",
    re.I,
)
_FILLER = frozenset(
    [
        "the",
        "it",
        "a",
        "an",
        "my",
        "our",
        "on",
        "for",
        "of",
        "at",
        "this",
        "that",
        "these",
        "next",
        "coming",
        "one",
        "either",
        "too",
        "also",
        "please",
        "pls",
        "time",
        "again",
        "reminder",
        "reminders",
        "occurrence",
        "instead",
        "week",
        "weeks",
    ]
)
_MAX_WORDS = 12
_ORDINAL = re.compile(
    r"\b(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b", re.I
)


def handle(ctx: Context) -> list[Reply] | None:
    """Skip the occurrence on the date said; None when no repeating reminder is meant."""
    if len(ctx.text.split()) > _MAX_WORDS:
        return None
    if m := _SKIP.match(ctx.text):
        return _skip(ctx, m["rest"], named_only=m["verb"].casefold() != "skip")
    if m := _NONE.match(ctx.text):
        return _skip(ctx, m["rest"], named_only=True)
    if m := _SKIP_NL.match(ctx.text):
        said = " ".join(p for p in (m["a"], m["b"], m["c"], m["d"]) if p)
        kept = [w for w in said.split() if w.casefold() not in _NL_FILLER]
        return _skip(ctx, " ".join(kept), named_only=False) if kept else None
    return None


def _skip(ctx: Context, rest: str, *, named_only: bool) -> list[Reply] | None:
    # "the site walk's date", but "new year's day" is a day as said.
    when = parse_when(rest, now=ctx.now, tz=ctx.tz) if re.search(r"['’]s\b", rest) else None
    if when is None:
        rest = re.sub(r"(?<=\w)['’]s\b", "", rest)
        when = _date(ctx, rest)
    if when is None or when.rrule or when.span == (0, 0):
        return None
    named = _words(rest[: when.span[0]] + " " + rest[when.span[1] :])
    pool = _repeating(ctx)
    if named:
        found = [r for r in pool if named <= _stems(r.text)]
        if not found:
            return None
        if len({r.text.casefold() for r in found}) > 1:
            return [remind_manage.which(ctx, found, " ".join(sorted(named)))]
        return [_skip_on(ctx, found[0], when)]
    if named_only or not pool:
        return None
    falling = [r for r in pool if _falls(ctx, r, when)]
    if len(falling) == 1:
        return [_skip_on(ctx, falling[0], when)]
    if falling:
        return [remind_manage.which(ctx, falling, rest[when.span[0] : when.span[1]])]
    if len(pool) == 1:
        return [_skip_on(ctx, pool[0], when)]  # says the date is not one of its days
    day = when_text(when.start, "day", ctx.tz)
    return [Reply(skip_words.NONE_ON_DAY.format(day=day))]


def _date(ctx: Context, rest: str) -> When | None:
    """The date in `rest`; "the 15th site walk" and "the 15th please" read by the day alone."""
    when = parse_when(rest, now=ctx.now, tz=ctx.tz)
    if when is not None or (m := _ORDINAL.search(rest)) is None:
        return when
    alone = parse_when(m[0], now=ctx.now, tz=ctx.tz)
    if alone is None:
        return None
    return replace(alone, span=(m.start() + alone.span[0], m.start() + alone.span[1]))


def _skip_on(ctx: Context, reminder: Reminder, when: When) -> Reply:
    grain = "week" if when.grain == "week" else "day"
    return remind_manage.skip_on(ctx, reminder, when.start, grain)


def _falls(ctx: Context, reminder: Reminder, when: When) -> bool:
    start = when.start.astimezone(ctx.zone).replace(hour=0, minute=0, second=0, microsecond=0)
    days = 7 if when.grain == "week" else 1
    end = start + timedelta(days=days)
    return bool(firings_between(reminder, start=max(start, ctx.now), end=end))


def _repeating(ctx: Context) -> list[Reminder]:
    found = reminders.get_reminders_touching(session=ctx.session, person_id=ctx.person_id)
    return [
        r
        for r in found
        if r.rrule and r.status == "active" and access.may_touch_reminder(ctx.viewer, r)
    ]


def _stem(word: str) -> str:
    for end in ("ing", "es", "s"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)]
    return word


def _stems(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[\w']+", text.casefold())}


def _words(text: str) -> set[str]:
    words = re.findall(r"[\w']+", text.casefold())
    return {_stem(w) for w in words if w not in _FILLER and len(w) > 1}
