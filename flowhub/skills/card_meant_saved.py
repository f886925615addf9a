"""A waiting card that should have been a change of a saved task: "2nd one is wrong, i meant
move my existing bisque firing, not new task. and the call at 12:00" drops the second card,
moves the saved bisque firing to the card's day (keeping its time) and answers the rest as said
alone; "the kiln clean card is wrong, i meant my existing kiln clean" the same.
"""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo

from flowhub.connectors import Reply
from flowhub.skills import capture, edit_multi
from flowhub.skills.context import Context
from flowhub.skills.edit import edit_card
from flowhub.skills.edit_saved import edit_task
from flowhub.skills.edit_words import Change
from flowhub.skills.picks_numbering import numbering
from flowhub.skills.picks_position import Unclear, positions, title_match
from flowhub.skills.saved_mixed import parts_of
from flowhub.storage import Proposal, id_of, proposals

__all__ = ["handle"]

_CARD_WHEN = re.compile(
    r"^(?:(?:and|also|plus)\s+)?(?:the|that|my)\s+(?P<what>.+?)\s+(?:one\s+|card\s+)?"
    r"(?:(?:is|should\s+be)\s+)?(?P<when>(?:at|@|to|for|on)\s+.+)$",
    re.I,
)
_WORDS = 50
_MEANT = re.compile(
    r"^(?:(?:no|nope|sorry|oops|wait|actually)[\s,.!]+)*(?P<ref>.+?)(?:\s+(?:is|was)|['’]s)\s+"
    r"(?:wrong|not\s+right|a\s+mistake|off)[\s,;.:—–-]+(?:i\s+)?(?:meant|mean|wanted)\s+"
    r"(?:(?:to\s+)?(?:move|push|change|update|reschedule|shift)\s+)?(?:my|the|our)\s+"
    r"(?:(?:existing|saved|old|current|real)\s+)?(?P<task>.+?)"
    r"(?:[\s,;]+not\s+(?:a\s+)?(?:new|another)(?:\s+(?:task|one|card))?)?(?:\s+(?:one|task))?$",
    re.I,
)


def handle(ctx: Context) -> list[Reply] | None:
    """Drop the card, move the saved task to its day, then answer the rest; None otherwise."""
    text = ctx.text.strip()
    if not text or ctx.event.forwarded or len(text.split()) > _WORDS:
        return None
    if ctx.chat.kind == "group" and not ctx.event.addressed:
        return None
    parts = parts_of(text)
    m = _MEANT.match(parts[0].strip(" .!")) if parts else None
    if m is None:
        return None
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    card = _card(m["ref"], numbering(ctx, pending)) if pending else None
    found = edit_multi.one_task(ctx, m["task"], []) if card is not None else []
    if card is None or len(found) != 1:
        return None
    replies: list[Reply] = []
    if card.due_at is not None:
        zone = ZoneInfo(card.due_tz or ctx.tz)
        due = card.due_at if card.due_at.tzinfo else card.due_at.replace(tzinfo=ZoneInfo("UTC"))
        day = due.astimezone(zone).strftime("%A %d %B")
        replies += edit_task(ctx, found, [Change(target="it", when=day)], "it")
    replies += capture.discard(ctx, str(id_of(card)))
    from flowhub.skills.card_clauses import said_alone  # it reads every skill, this one too

    left = [p for p in pending if id_of(p) != id_of(card)]
    for rest in parts[1:]:
        timed = _CARD_WHEN.match(rest.strip(" .!"))
        named = title_match(timed["what"], left) if timed is not None and left else None
        if timed is not None and named is not None:  # "and the call at 12:00": that card's time
            replies += edit_card(ctx, named, [Change(target="it", when=timed["when"])])
        else:
            replies += said_alone(ctx, rest)
    return replies


def _card(ref: str, cards: list[Proposal]) -> Proposal | None:
    """The one card "2nd one", "the second" or "the kiln clean card" names."""
    plain = re.sub(r"\s+(?:one|card)$", "", ref.strip(), flags=re.I)
    try:
        found = positions(plain, len(cards))
    except Unclear:
        return None
    if found is not None:
        return cards[found[0]] if len(found) == 1 else None
    return title_match(re.sub(r"^(?:the|that|this)\s+", "", plain, flags=re.I), cards)
