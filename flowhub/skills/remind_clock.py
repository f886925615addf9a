"""The clock a reminder's time is said on ("6pm my time", "9am Berlin time", "at 9 his time",
"10am Sam's time"), and a word when a reminder for someone else lands in their night."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from flowhub.skills import remind_words
from flowhub.skills.context import Context
from flowhub.storage import Person, Reminder, people

# "time" or "time zone" after the words naming whose clock it is.
_TIME = re.compile(
    r"(?<![\w'’])(?:(?:own|local)\s+)?(?:time(?:\s*zone)?|tz|clock)(?![\w'’])(?:\s*\))?", re.I
)
_WORD = re.compile(r"[\w'’./-]+")
_LEAD = re.compile(r"[\s,;(]*(?:\b(?:in|on|by|per)\b)?[\s,;(]*$", re.I)
_SENDER = frozenset(["my", "mine", "our"])
_RECIPIENT = frozenset(["his", "her", "their", "hers"])
_POSSESSIVE = re.compile(r"^(?P<name>[a-z][\w-]*?)(?:['’]s?)?$", re.I)  # "sam's", "sam"
NIGHT_FROM = 22
NIGHT_UNTIL = 7


@dataclass(frozen=True)
class Clock:
    """The words with the zone phrase taken out, and the zone the time is said in.

    `zone` None means the recipient's own clock, the default for a reminder.
    """

    text: str
    zone: str | None
    named: bool = False


def read(ctx: Context, text: str) -> Clock:
    """The zone a time in `text` is said on, and `text` without those words."""
    for m in _TIME.finditer(text):
        before = text[: m.start()]
        words = list(_WORD.finditer(before))[-3:]
        for size in range(len(words), 0, -1):
            said = words[-size:]
            if said[-1].end() != len(before.rstrip()):
                continue
            zone = _zone_of(ctx, before[said[0].start() : said[-1].end()])
            if zone is _NO:
                continue
            head = _LEAD.sub("", before[: said[0].start()])
            rest = text[m.end() :].lstrip(" ,;")
            joined = f"{head.rstrip()} {rest.lstrip()}".strip() if head else rest.lstrip()
            return Clock(joined, zone if isinstance(zone, str) else None, named=True)
    return Clock(text, None)


class _Unknown:
    """No zone in these words."""


_NO = _Unknown()


def _zone_of(ctx: Context, words: str) -> str | _Unknown | None:
    """ "my" → the sender's zone; "his" → None (the recipient's); "Berlin" → its zone."""
    from flowhub.skills.settings import find_zone  # settings imports the reminder skills

    key = words.casefold().strip(" .,")
    if key in _SENDER:
        return ctx.tz
    if key in _RECIPIENT:
        return None
    if m := _POSSESSIVE.match(key):
        if m["name"] in _SENDER | {"me"}:
            return ctx.tz
        found = people.find_people_by_name(
            session=ctx.session, workspace_id=ctx.workspace_id, name=m["name"]
        )
        if len(found) == 1:
            return found[0].timezone
    zone = find_zone(key) or remind_words.ZONE_SHORT.get(key)
    return zone if zone is not None else _NO


def night_note(at: datetime, who: Person, ctx: Context) -> str:
    """ " (that's 02:00 at night for Priya)" when a reminder for someone else wakes them."""
    if who.id == ctx.person_id:
        return ""
    local = at.astimezone(ZoneInfo(who.timezone))
    if NIGHT_UNTIL <= local.hour < NIGHT_FROM:
        return ""
    return remind_words.NIGHT.format(clock=f"{local:%H:%M}", name=who.display_name)


def zone_info(name: str) -> ZoneInfo:
    """The ZoneInfo for an IANA name."""
    return ZoneInfo(name)


def heard_in(ctx: Context, reminder: Reminder) -> str:
    """The zone a time said about `reminder` is read in: the speaker's own clock when the
    reminder is theirs (wherever it was set, and after a move), else the zone it was set on."""
    if reminder.person_id == ctx.person_id:
        return ctx.tz
    return reminder.tz or ctx.tz
