"""Two waiting cards said to be one: "those two are the same", "merge them", "1 and 3 are
duplicates", "combine the last two".

The older card stays, retitled to cover both (the fuller title when one already says the other,
else both joined), with the earlier date and whichever owner, repeat and priority either had; the
other card is discarded. "undo" puts both back as they were.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.nlp import PRIORITIES
from flowhub.skills import card_merge_words, words
from flowhub.skills.capture import card_message_id, card_reply, card_snapshot
from flowhub.skills.context import Context
from flowhub.skills.refer import tokens
from flowhub.storage import Proposal, id_of, proposals

__all__ = ["handle"]

_TWO = (
    r"(?:them|these|those|both|the\s+two|(?:the\s+)?(?:last|first|top)\s+(?:two|2)"
    r"|(?:these|those)\s+two)"
)
_PAIR = r"(?P<{0}>\d{{1,2}})\s*(?:and|&|\+|,)\s*(?P<{1}>\d{{1,2}})"
_SAME = (
    r"(?:(?:basically|just|really|both|all|actually)\s+)?(?:the\s+same(?:\s+(?:thing|task|one"
    r"|card)s?)?|duplicates?|dupes?|identical|one\s+and\s+the\s+same|one\s+(?:thing|task))"
)
_SAID = re.compile(
    r"^\W*(?:(?:oh|ok(?:ay)?|hmm+|wait|actually|so|lol|oops|ah+|pls|please|ugh)\W+)*(?:"
    rf"(?:merge|combine|join|fold)\s+(?:{_TWO}|{_PAIR.format('a', 'b')})"
    r"(?:\s+(?:cards|ones|tasks))?"
    r"(?:\s+(?:together|into\s+one(?:\s+(?:card|task))?))?"
    rf"|(?:make|turn)\s+{_TWO}(?:\s+(?:cards|ones))?\s+(?:into\s+)?one(?:\s+(?:card|task))?"
    rf"|(?:{_TWO}|they|they'?re|{_PAIR.format('c', 'd')})(?:\s+(?:cards|ones|tasks))?"
    rf"\s*(?:are|'re)?\s+{_SAME}"
    r")(?:\W+(?:merge\s+them|pls|please|lol|oops|sorry|my\s+bad))*\W*$",
    re.I,
)
_PRIORITY: dict[str, int] = {p: i for i, p in enumerate(PRIORITIES)}


def handle(ctx: Context) -> list[Reply] | None:
    """Merge the two cards meant into one; None for other messages or without two cards."""
    m = _SAID.match(" ".join(ctx.text.split()))
    if m is None:
        return None
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    pair = _pair(pending, m.group("a") or m.group("c"), m.group("b") or m.group("d"))
    if pair is None:
        return None
    keep, drop = pair
    ctx.thread.remember_undo(
        {"verb": "card", "cards": [card_snapshot(keep), card_snapshot(drop)]}, now=ctx.now
    )
    proposals.update_proposal(
        session=ctx.session, proposal=keep, now=ctx.now, **_merged(keep, drop)
    )
    proposals.update_proposal(session=ctx.session, proposal=drop, now=ctx.now, status="discarded")
    if ctx.thread.editing == drop.id:
        ctx.thread.editing = None
    card = card_reply(ctx, keep, edit=card_message_id(ctx, id_of(keep)))
    said = card_merge_words.MERGED.format()
    gone = Reply(words.DISCARDED.format(title=drop.title), edit=card_message_id(ctx, id_of(drop)))
    return [Reply(f"{said}\n{card.text}", buttons=card.buttons, edit=card.edit, ref=card.ref), gone]


def _pair(
    pending: list[Proposal], a: str | None, b: str | None
) -> tuple[Proposal, Proposal] | None:
    """The two cards meant, older first: the numbers said, else the two newest."""
    if len(pending) < 2:
        return None
    if a and b:
        i, j = sorted((int(a) - 1, int(b) - 1))
        # Numbers count the cards of the newest message, as the cards were shown together.
        newest = [p for p in pending if p.source_event_id == pending[-1].source_event_id]
        shown = newest if j < len(newest) else pending
        if i == j or i < 0 or j >= len(shown):
            return None
        first, second = shown[i], shown[j]
    else:
        first, second = pending[-2], pending[-1]
    return first, second


def _merged(keep: Proposal, drop: Proposal) -> dict[str, object]:
    """The fields of the card that covers both."""
    fields: dict[str, object] = {"title": _title(keep.title, drop.title)}
    if drop.due_at is not None and (keep.due_at is None or drop.due_at < keep.due_at):
        fields |= {"due_at": drop.due_at, "due_grain": drop.due_grain, "due_tz": drop.due_tz}
    if keep.assignee_name is None and drop.assignee_name:
        fields["assignee_name"] = drop.assignee_name
    if keep.rrule is None and drop.rrule:
        fields |= {"rrule": drop.rrule, "repeat_from": drop.repeat_from}
    if _PRIORITY.get(drop.priority, 1) > _PRIORITY.get(keep.priority, 1):
        fields["priority"] = drop.priority
    return fields


def _title(first: str, second: str) -> str:
    """A title saying both: the one that already holds the other's words, else both joined."""
    a, b = tokens(first), tokens(second)
    if b <= a:
        return first
    if a <= b:
        return second
    tail = second[:1].lower() + second[1:] if second[1:2].islower() else second
    return f"{first.rstrip(' .')} and {tail}"[:500]
