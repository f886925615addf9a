"""The requester's go-ahead to the person their waiting group card names: "go for it priya",
"ok priya it's yours", "tuesday works, go for it priya".

The card is saved for that person, at the day said with the go-ahead, or else at the day they
asked for in the group just before ("monday is tight for me, can do tuesday?").
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

from flowhub.connectors import Reply
from flowhub.nlp import When, parse_when
from flowhub.skills import group_claim, reply_words
from flowhub.skills.assign import is_named
from flowhub.skills.capture import confirm_proposal
from flowhub.skills.context import Context
from flowhub.skills.refer import replied_ref
from flowhub.storage import Person, Proposal, as_utc, outbox, people, proposals

__all__ = ["found", "handle"]

_MAX_WORDS = 14
# The go-ahead itself.
_GO = re.compile(
    r"^(?:go\s+(?:for\s+it|ahead)|(?:it'?s|its|it\s+is|that'?s|all)\s+(?:all\s+)?yours"
    r"|over\s+to\s+you|you'?re\s+up|take\s+it(?:\s+away)?|you\s+got\s+it|all\s+yours"
    r"|(?:it'?s|its)\s+a\s+go|do\s+it|go|let'?s\s+do\s+(?:it|that))$",
    re.I,
)
# Words around it that say nothing else: "ok", "sure", "thanks", "then", "works", "fine".
_FILLER = frozenset(
    re.findall(
        r"[\w']+",
        """ok okay sure yes yep yeah yup fine great perfect cool alright then so thanks thx ty
        works work that'd that would be is good np no problem sounds please pls""",
    )
)
_CLAUSES = re.compile(r"\s*(?:[,;:!.]+|\s[-–—]+\s)\s*")
_COUNTER_DAY = re.compile(r"cday:\d+\.(d\d{8}|\d+)\.(\w+)")


def found(ctx: Context, text: str) -> tuple[Proposal, When | None] | None:
    """The sender's waiting card `text` gives the go-ahead to, and the day said with it."""
    if ctx.chat.kind != "group" or "?" in text or len(text.split()) > _MAX_WORDS:
        return None
    if reply_words.refuses(text):
        return None
    card = _card(ctx)
    if card is None or not _replied_or_none(ctx, card):
        return None
    when = parse_when(text, now=ctx.now, tz=ctx.tz)
    if when is not None and (when.rrule or when.span is None):
        return None
    bare = text if when is None or when.span is None else _without(text, when.span)
    if not _only_go(ctx, card, bare):
        return None
    return card, when


def handle(ctx: Context) -> list[Reply] | None:
    """Save the sender's card for the person it names, at the day said; None otherwise."""
    said = found(ctx, ctx.text)
    if said is None:
        return None
    card, when = said
    if when is not None:
        due, grain, tz = when.start.astimezone(UTC), when.grain, ctx.tz
        card = proposals.update_proposal(
            session=ctx.session, proposal=card, now=ctx.now, due_at=due, due_grain=grain, due_tz=tz
        )
    else:
        card = _counter_day(ctx, card)
    return confirm_proposal(ctx, card)


def _card(ctx: Context) -> Proposal | None:
    """The sender's newest waiting card here that names someone else, still being talked of."""
    mine = [
        p
        for p in proposals.get_pending_proposals(
            session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
        )
        if p.assignee_name
        and not is_named(ctx.person, p.assignee_name)
        and group_claim.card_current(ctx, as_utc(p.updated_at))
    ]
    return max(mine, key=lambda p: (as_utc(p.updated_at), p.id or 0)) if mine else None


def _replied_or_none(ctx: Context, card: Proposal) -> bool:
    """Whether the message replies to nothing, or to this very card."""
    if not ctx.event.reply_to:
        return True
    kind, number = replied_ref(ctx)
    return kind == "proposal" and number == str(card.id)


def _only_go(ctx: Context, card: Proposal, text: str) -> bool:
    """Whether `text` is a go-ahead, the card's person's name and filler, and nothing else."""
    go = False
    for clause in (c for c in _CLAUSES.split(text.strip()) if c.strip()):
        words = clause.split()
        # "ok priya it's yours": a name and filler in front of the go-ahead.
        while words and (words[0].casefold() in _FILLER or _names(ctx, card, words[0])):
            words = words[1:]
        while words and (words[-1].casefold() in _FILLER or _names(ctx, card, words[-1])):
            if _GO.match(" ".join(words)):
                break
            words = words[:-1]
        if not words:
            continue
        if not _GO.match(" ".join(words)):
            return False
        go = True
    return go


def _names(ctx: Context, card: Proposal, word: str) -> bool:
    """Whether `word` is the name of the person the card names ("priya", "@Priya")."""
    name = word.strip("@,.!").casefold()
    if len(name) < 2 or not card.assignee_name:
        return False
    if name in card.assignee_name.casefold().split():
        return True
    found: list[Person] = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=name
    )
    return len(found) == 1 and is_named(found[0], card.assignee_name)


def _counter_day(ctx: Context, card: Proposal) -> Proposal:
    """The card at the day its person asked for just before, if they asked for one."""
    row = outbox.get_latest_outbox_by_ref(session=ctx.session, ref=f"counter-card:{card.id}")
    if row is None or row.chat != ctx.event.chat:
        return card
    offered = _COUNTER_DAY.search(json.dumps(row.reply, ensure_ascii=False))
    if offered is None:
        return card
    value, grain = offered[1], offered[2]
    if value.startswith("d"):
        local = datetime.strptime(value[1:], "%Y%m%d").replace(tzinfo=ctx.zone)
        due = local.astimezone(UTC)
    else:
        due = datetime.fromtimestamp(int(value), tz=UTC)
    return proposals.update_proposal(
        session=ctx.session, proposal=card, now=ctx.now, due_at=due, due_grain=grain, due_tz=ctx.tz
    )


def _without(text: str, span: tuple[int, int]) -> str:
    return f"{text[: span[0]]} {text[span[1] :]}"
