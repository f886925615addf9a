"""A task tagged with whose it is: "todo for me: book the staff xmas party by dec 12", "add to
my list: order the menus", "book the staff xmas party - me, by the 12th", "call the florist -
sam, friday".

The tag says who does it, so the message is read as that person's task ("I'll …" or "Sam
should …"), never as a status question or an edit of a task that does not exist yet.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.nlp import search_when
from flowhub.skills.context import Context
from flowhub.storage import people

__all__ = ["handle"]

_ME = r"me|myself|moi"
# "todo for me: …", "task for sam: …", "note for myself - …"
_LEAD = re.compile(
    r"^\W*(?:(?:a\s+|new\s+)?(?:to-?\s?dos?|tasks?|notes?|job|reminder)\s+)?for\s+(?P<who>"
    rf"{_ME}|@?[A-Za-z][\w-]*)\s*[:\-–—]\s*(?P<task>.+)$",
    re.I | re.S,
)
# "add to my list: …", "on my list: …", "put on my todo list - …"
_MY_LIST = re.compile(
    r"^\W*(?:(?:pls|please)\s+)?(?:(?:add|put)\s+(?:this\s+)?(?:to|on)\s+|on\s+|for\s+)(?:my|the)"
    r"\s+(?:list|to-?\s?do(?:\s+list)?|todos|tasks?)\s*[:\-–—]\s*(?P<task>.+)$",
    re.I | re.S,
)
# "add that for me pls - harrisons proposal thursday", "put this down for sam: call the caterer"
_ADD_FOR = re.compile(
    r"^\W*(?:@\w+[\s,:]+)?(?:(?:pls|please|can\s+(?:you|u)|could\s+(?:you|u))\s+)?(?:add|put|note"
    r"|jot|log|save|write|track)\s+(?:that|this|it|one)(?:\s+down)?\s+for\s+(?P<who>"
    rf"{_ME}|@?[A-Za-z][\w-]*)(?:\s+(?:pls|please|plz|thx|thanks))?\s*[:\-–—]\s*(?P<task>.+)$",
    re.I | re.S,
)
# "book the staff xmas party - me, by the 12th", "call the florist — sam, friday"
_DASH = re.compile(
    rf"^(?P<task>[^-–—:]{{6,}}?)\s+[-–—]+\s+(?P<who>{_ME}|@?[A-Za-z][\w-]*)"
    r"(?:\s*[,;]\s*(?P<tail>[^,;]+))?\s*[.!]*$",
    re.I,
)
# "the glaze one - wednesday, no tuesday": a card named, then its new day; no task of its own.
_CARD_NAMED = re.compile(r"^(?:the|that|this)\s+.+\s+(?:one|card)$", re.I)


def handle(ctx: Context) -> list[Reply] | None:
    """Read a task tagged with its person as that person's task; None when not such a message."""
    if ctx.event.forwarded:
        return None
    text = " ".join(ctx.text.split())
    m = _LEAD.match(text) or _MY_LIST.match(text) or _ADD_FOR.match(text) or _DASH.match(text)
    if m is None or (m.re is _DASH and _CARD_NAMED.match(m["task"].strip())):
        return None
    who = (m.groupdict().get("who") or "me").lstrip("@")
    task = m["task"].strip(" .")
    tail = (m.groupdict().get("tail") or "").strip()
    if re.fullmatch(_ME, who, re.I):
        said = f"I'll {_lower(task)}"
    elif found := people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=who
    ):
        name = found[0].display_name.split()[0]  # "sam" typed is read as the name it is
        said = f"{name} should {_lower(task)}"
    elif _only_when(ctx, f"{who} {tail}"):
        said = task  # "prepare the meeting notes - monday": the day it is due
    else:
        return None
    said = f"{said} {tail}".strip() if said != task else f"{task} {who} {tail}".strip()
    from flowhub.skills import capture  # capture reads the skills importing this one

    if not ctx.extract(said, now=ctx.now, tz=ctx.tz, sender=ctx.person.display_name):
        return None
    alone = _alone(ctx, said)
    alone.intent = "capture"
    return capture.handle(alone, gated=False)


def _only_when(ctx: Context, said: str) -> bool:
    """Whether `said` ("monday", "by the 12th") only says when."""
    found = search_when(said, now=ctx.now, tz=ctx.tz)
    covered = sum(end - start for w in found if w.span for start, end in [w.span])
    return bool(found) and covered >= len(said.strip()) - 3


def _alone(ctx: Context, text: str) -> Context:
    return replace(ctx, event=replace(ctx.event, text=text), text=text)


def _lower(task: str) -> str:
    return task[:1].lower() + task[1:] if task[:2].islower() or task[1:2].islower() else task
