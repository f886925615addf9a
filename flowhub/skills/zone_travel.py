"""Travel news ("flying to LA tonight", "I'll be on pacific time till next week", "in Tokyo till
friday"): an offer to switch the person's zone, with buttons, rather than a task.

The buttons reach `button` through the `rzone` action ("rzone:to:<zone>", "rzone:keep:").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from flowhub.connectors import Button, Reply
from flowhub.i18n import Text
from flowhub.skills.context import Context

OFFER = Text("✈️ Should I switch your time zone to {zone}? It's {time} there now ({old} for you).")
KEPT = Text("🏠 OK, your time zone stays {zone}. Say “I'm in {city}” once you're there.")
SWITCH_LABEL = Text("✈️ Switch zone")
KEEP_LABEL = Text("🏠 Keep mine")

_LEAD = (
    r"^\s*(?:(?:heads[\s-]+up|fyi|btw|just\s+so\s+you\s+know|update|so|ok(?:ay)?|also)\b"
    r"[\s,:!.-]*)*"
)
_SUBJECT = r"(?:\b(?:i|we)\s*(?:'m|’m|'ll|’ll|'re|’re|\s+am|\s+will|\s+are)?|\bim|\bill)\s+"
_MOVING = (
    r"(?:be\s+)?(?:fly(?:ing)?|travel(?:l?ing)?|head(?:ing|ed)?|off|going|driving|leaving"
    r"|land(?:ing)?|arriv(?:e|ing)|back)\s+(?:back\s+|out\s+|over\s+|home\s+)?(?:to|for|in|into)\s+"
)
_STAYING = r"(?:be\s+|stay(?:ing)?\s+|staying\s+over\s+)(?:in|at)\s+"
_ON_TIME = r"(?:be\s+)?on\s+(?=[\w/ ]+?\s+time\b)"
_UNTIL = re.compile(
    r"\s(?:till|until|til|thru|through|for\s+(?:the|a|two|three|\d+)|this|next|over\s+the"
    r"|from|tomorrow|tonight)\b",
    re.I,
)
# "heads up im flying to LA tonight", "we'll be on pacific time till next week".
_SAID = re.compile(rf"{_SUBJECT}(?:{_MOVING}|{_ON_TIME}|(?P<stay>{_STAYING}))", re.I)
# "flying to LA tonight", "in Tokyo till friday": the news said without "I".
_BARE = re.compile(
    rf"{_LEAD}(?:(?:flying|travel(?:l?ing)|heading|off|landing|arriving)\s+(?:back\s+|out\s+)?"
    r"(?:to|in|at)\s+|(?:(?:will|gonna|going\s+to)\s+be\s+|staying\s+)?(?P<stay>in)\s+)",
    re.I,
)


def offer(ctx: Context, place_zone: Callable[[str], str | None]) -> list[Reply] | None:
    """Offer the zone of the place the person says they travel to; None for other messages."""
    if ctx.chat.kind == "group":  # news to the room; a switch is offered in private only
        return None
    zone = _said_zone(ctx.text, place_zone)
    if zone is None or _offset(zone, ctx.now) == _offset(ctx.tz, ctx.now):
        return None  # already on that clock: Paris for a Berliner changes nothing
    local = ctx.now.astimezone(ZoneInfo(zone))
    text = OFFER.format(zone=zone, time=f"{local:%H:%M}", old=_clock(ctx.now, ctx.tz))
    return [
        Reply(
            text,
            buttons=(
                Button(f"rzone:to:{zone}", SWITCH_LABEL),
                Button(f"rzone:keep:{zone}", KEEP_LABEL),
            ),
        )
    ]


def place_said(text: str, place_zone: Callable[[str], str | None]) -> str | None:
    """The zone of the place the person says they travel to or stay in, however long."""
    return _said_zone(text, place_zone, lasting=False)


def _said_zone(
    text: str, place_zone: Callable[[str], str | None], *, lasting: bool = True
) -> str | None:
    matches = [m for m in (_BARE.match(text), *_SAID.finditer(text)) if m is not None]
    for m in matches:
        rest = text[m.end() :]
        # "I'll be in Tokyo": only with a time it lasts ("till friday"); "I'm in X" says it now.
        stay = m.group("stay") and lasting
        if stay and not _UNTIL.search(re.split(r"[,;.!?]", rest, maxsplit=1)[0]):
            continue
        zone = place_zone(rest)
        if zone is not None:
            return zone
    return None


def _offset(zone: str, at: datetime) -> object:
    return at.astimezone(ZoneInfo(zone)).utcoffset()


def _clock(at: datetime, tz: str) -> str:
    return f"{at.astimezone(ZoneInfo(tz)):%H:%M}"


def button(ctx: Context, choice: str, zone: str) -> list[Reply]:
    """The answer to the offer: switch to `zone`, or keep the zone the person has."""
    from flowhub.skills.settings import switch_zone  # settings offers through this module

    if choice == "to" and zone:
        replies = switch_zone(ctx, zone)
        first = replies[0]
        return [
            Reply(first.text, buttons=first.buttons, edit=ctx.event.reply_to),
            *replies[1:],
        ]
    city = (zone or ctx.tz).rsplit("/", 1)[-1].replace("_", " ")
    return [Reply(KEPT.format(zone=ctx.tz, city=city), edit=ctx.event.reply_to)]
