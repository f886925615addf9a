"""A card given on with more said after it: "ok give it to ana then, due thursday. and bin the
tax guy card", "fine, hand it to ana, by thursday", "let ana do it then, friday".

The first part names the person, exactly as a give said alone would; each other part is a day
for the card or another of the requester's waiting cards to drop. A part that is neither leaves
the whole message to the other skills.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC

from flowhub.connectors import Reply
from flowhub.nlp import When, parse_when
from flowhub.skills.capture import discard
from flowhub.skills.context import Context
from flowhub.skills.refer import match_titles
from flowhub.storage import Proposal, id_of, proposals

__all__ = ["GiveMore", "apply", "read"]

_CUT = re.compile(r"\s*(?:[,;]+|\.+(?=\s|$)|\s(?:and|&|also|plus)\s)\s*", re.I)
_DATE_FILL = frozenset(
    ["due", "by", "on", "for", "before", "until", "till", "it's", "its", "it", "is", "then", "and",
     "also", "latest", "the", "at", "make", "pls", "please", "should", "be", "done"]
)  # fmt: skip
_LEAD = frozenset(
    ["ok", "okay", "fine", "sure", "alright", "right", "then", "hmm", "well", "yeah", "yes", "ugh",
     "oh", "so", "in", "that", "case", "cool", "good"]
)  # fmt: skip
# "bin the tax guy card", "and scrap the other tax one", "get rid of the fridge one".
_DROP = re.compile(
    r"^(?:and\s+|also\s+|pls\s+|please\s+)*(?:bin|drop|scrap|discard|delete|remove|kill|ditch"
    r"|trash|cancel|get\s+rid\s+of|lose|toss|chuck)\s+(?:the\s+|that\s+)?(?P<about>.+?)"
    r"(?:\s+(?:card|one|task|thing))?(?:\s+(?:pls|please|too|as\s+well))?$",
    re.I,
)


@dataclass(frozen=True)
class GiveMore:
    """The give part of a message, the day said with it and the other cards it drops."""

    give: str
    due: When | None
    drops: tuple[Proposal, ...]


def read(ctx: Context, card: Proposal, text: str) -> GiveMore | None:
    """The parts of `text` after its first one, read as a day and cards to drop; None when
    there is nothing after the first part or a part is something else."""
    parts = [p for p in (q.strip(" .!") for q in _CUT.split(text.strip())) if p]
    while len(parts) > 1 and all(w in _LEAD for w in re.findall(r"[\w']+", parts[0].casefold())):
        parts[:2] = [f"{parts[0]}, {parts[1]}"]  # "fine, hand it to ana": one give
    if len(parts) < 2:
        return None
    due: When | None = None
    drops: list[Proposal] = []
    for part in parts[1:]:
        found = _day(ctx, part)
        if found is not None and due is None:
            due = found
            continue
        other = _other_card(ctx, card, part)
        if other is None:
            return None
        drops.append(other)
    return GiveMore(give=parts[0], due=due, drops=tuple(drops))


def apply(ctx: Context, card: Proposal, more: GiveMore) -> list[Reply]:
    """Date `card` as said and drop the other cards named; the replies the drops give."""
    if more.due is not None:
        proposals.update_proposal(
            session=ctx.session,
            proposal=card,
            now=ctx.now,
            due_at=more.due.start.astimezone(UTC),
            due_grain=more.due.grain,
            due_tz=ctx.tz,
        )
    replies: list[Reply] = []
    for other in more.drops:
        replies += discard(ctx, str(id_of(other)))
    return replies


def _day(ctx: Context, part: str) -> When | None:
    """The day `part` says, when it says nothing else ("due thursday", "by friday")."""
    found = parse_when(part, now=ctx.now, tz=ctx.tz, locale=ctx.person.locale)
    if found is None or found.rrule or found.span is None:
        return None
    rest = part[: found.span[0]] + " " + part[found.span[1] :]
    said = re.findall(r"[\w']+", rest.casefold())
    return found if all(w in _DATE_FILL for w in said) else None


def _other_card(ctx: Context, card: Proposal, part: str) -> Proposal | None:
    """The requester's one other waiting card here that `part` says to drop."""
    m = _DROP.match(part)
    if m is None:
        return None
    waiting = [
        p
        for p in proposals.get_pending_proposals(
            session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
        )
        if id_of(p) != id_of(card)
    ]
    named = match_titles(m["about"], waiting)
    return named[0] if len(named) == 1 else None
