"""Clauses that each name the waiting card they change, said in one message.

"the potatoes one is actually for tuesday not wed. and the florist, make it 10am" moves each card
it names; "no no, the florist is still tomorrow at 10. its the POTATOES that go to tuesday" leaves
the florist as it is and moves the potatoes. A card may be named in a cleft ("it's the X that goes
to tuesday", "the X is the one that goes to …", "I meant the X goes to …"), said alone too. The
message is read only when every clause is a filler, a card left as it is, or an edit of one card.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from flowhub.connectors import Reply
from flowhub.skills import done_undo
from flowhub.skills.context import Context
from flowhub.skills.edit import edit_card, read_edits
from flowhub.skills.edit_saved import edit_task
from flowhub.skills.edit_words import Change
from flowhub.skills.refer import PRONOUNS, match_titles, tasks_named
from flowhub.storage import Proposal, Task, proposals

__all__ = ["handle"]

_CUT = re.compile(
    r"\s*(?:[.;!?]+\s+|\n+|,\s*(?:and|also|but|plus)\s+|\s(?:and|but)\s+(?=(?:the|its|it'?s|it’s"
    r"|it\s+is|i\s+meant)\b))\s*",
    re.I,
)
_FILLER = re.compile(
    r"^(?:(?:no+|nope|nah|actually|wait|sorry|oops|ok(?:ay)?|and|also|plus|so|hmm+|oh|but|then"
    r"|right|yeah|yes|lol|ugh)\b[\s,!.]*)+",
    re.I,
)
_GOES = (
    r"(?:go(?:es)?|is|are|should\s+(?:go|be)|needs?\s+to\s+(?:go|be)|has\s+to\s+(?:go|be)"
    r"|have\s+to\s+(?:go|be)|moves?|gets?\s+moved|belongs?)"
)
# "it's the POTATOES that go to tuesday", "the potatoes are the ones that go to tuesday",
# "I meant the potatoes go to tuesday", "the potatoes should go to tuesday".
_CLEFTS = (
    re.compile(
        rf"^(?:it'?s|it’s|it\s+is|its)\s+(?:actually\s+|really\s+|only\s+)?(?P<t>.+?)\s+"
        rf"(?:that|which|who)\s+{_GOES}\s+(?P<w>.+)$",
        re.I,
    ),
    re.compile(
        rf"^(?P<t>.+?)\s+(?:is|are|'s)\s+the\s+ones?\s+(?:that|which)\s+{_GOES}\s+(?P<w>.+)$",
        re.I,
    ),
    re.compile(
        rf"^(?:i\s+)?meant\s+(?:that\s+|to\s+say\s+)?(?P<t>.+?)\s+{_GOES}\s+(?P<w>.+)$", re.I
    ),
    re.compile(
        r"^(?P<t>the\s+.+?)\s+(?:go(?:es)?|should\s+(?:go|be)|needs?\s+to\s+(?:go|be)|moves?)\s+"
        r"(?P<w>(?:to|on|for|till|until)\s+.+)$",
        re.I,
    ),
)
# "the florist is still tomorrow at 10", "the florist stays", "the van one is fine".
_KEPT = re.compile(
    r"^(?P<t>.+?)\s+(?:(?:is|are|'s)\s+still\b|stays?\b|remains?\b|can\s+stay\b"
    r"|(?:is|are|'s)\s+(?:fine|ok(?:ay)?|right|correct|good)\b(?:\s+as\s+it\s+is)?[\s.!]*$)",
    re.I,
)
_ELIDED = re.compile(r"^the\s+\S+(?:\s+\S+)?\s+(?:one\s+)?to\s+\S", re.I)
_WHEN_LEAD = re.compile(r"^(?:to|on|for|till|until)\s+", re.I)
_ONE = re.compile(r"\s+(?:one|card|task|thing|item)s?$", re.I)
_ARTICLE = re.compile(r"^(?:the|my|that|this)\s+", re.I)
_ANSWER = re.compile(
    r"\b(?:confirm|save|keep|discard|bin|drop|delete|scrap|remove|ditch|cancel|undo)\b", re.I
)
_MOST_CLAUSES = 5


@dataclass
class _Clause:
    target: Proposal | Task | None = None
    changes: list[Change] = field(default_factory=list)
    cleft: bool = False


def handle(ctx: Context) -> list[Reply] | None:
    """Each clause's edit made to the card it names; None unless every clause reads so."""
    if ctx.event.reply_to or ctx.thread.flow_kind(ctx.now) is not None:
        return None
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    if not pending:
        return None
    if _ANSWER.search(ctx.text):
        return None  # "…, then confirm both": the picks read edits and answers together
    parts = [p for p in _CUT.split(ctx.text.strip()) if p and p.strip(" ,.!")]
    if not parts or len(parts) > _MOST_CLAUSES:
        return None
    read: list[_Clause] = []
    for part in parts:
        clause = _clause(ctx, part, pending)
        if clause is None:
            return None
        read.append(clause)
    named = [c for c in read if c.target is not None]
    edits = [c for c in named if c.changes]
    if not edits or not any(isinstance(c.target, Proposal) for c in named):
        return None
    if len(named) < 2 and not any(c.cleft for c in edits):
        return None  # one plain edit of one card: the edit reader's own
    return _apply(ctx, edits)


def _clause(ctx: Context, part: str, pending: list[Proposal]) -> _Clause | None:
    """What one clause says: nothing, a card left as it is, or an edit of one card or task."""
    said = _FILLER.sub("", part.strip()).strip(" ,.!")
    if not said:
        return _Clause()
    if (kept := _KEPT.match(said)) is not None:
        target = _named(ctx, kept["t"], pending)
        return _Clause(target) if target is not None else None
    cleft = False
    for pattern in _CLEFTS:
        if (m := pattern.match(said)) is not None:
            said = f"move {m['t']} to {_WHEN_LEAD.sub('', m['w'])}"
            cleft = True
            break
    changes, unread = read_edits(ctx, said)
    if (unread is not None or not changes) and _ELIDED.match(said):
        changes, unread = read_edits(ctx, f"move {said}")  # "… and the florist to 10am"
    if unread is not None or not changes or any(c.save or c.noop for c in changes):
        return None
    phrases = {c.target.strip().casefold() for c in changes} - set(PRONOUNS)
    if len(phrases) != 1:
        return None
    target = _named(ctx, phrases.pop(), pending)
    if target is None:
        return None
    for change in changes:
        change.target = "it"
    return _Clause(target, changes, cleft)


def _named(ctx: Context, phrase: str, pending: list[Proposal]) -> Proposal | Task | None:
    """The one waiting card, else the one saved task, that `phrase` names."""
    phrase = _ONE.sub("", _ARTICLE.sub("", phrase.strip().casefold())).strip()
    if not phrase or phrase in PRONOUNS:
        return None
    cards = match_titles(phrase, pending)
    if len(cards) == 1:
        return cards[0]
    if cards:
        return None
    found = tasks_named(ctx, phrase)
    return found[0] if len(found) == 1 else None


def _apply(ctx: Context, edits: list[_Clause]) -> list[Reply]:
    replies: list[Reply] = []
    undone: list[dict[str, Any]] = []
    for clause in edits:
        target = clause.target
        if isinstance(target, Proposal):
            replies += edit_card(ctx, target, clause.changes)
        elif isinstance(target, Task):
            replies += edit_task(ctx, [target], clause.changes, "it")
        if ctx.thread.undo and ctx.thread.undo not in undone:
            undone.append(ctx.thread.undo)
    done_undo.remember_all(ctx, undone)  # one "undo" takes back every card changed
    return replies
