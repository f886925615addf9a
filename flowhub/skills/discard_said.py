"""A waiting card thrown away in words, said so in the chat: "scrap that last card", "bin the last
one", "drop the card you just made", "scrap the 'napkins can wait' one". Beside a correction
("no no i meant move the napkins one to thursday, scrap that last card") the card goes first and
the rest is answered as a message of its own; one "undo" takes back both.
"""

from __future__ import annotations

from typing import Any

from flowhub.connectors import Reply
from flowhub.nlp import Discard, discard_said
from flowhub.skills import capture, done_undo
from flowhub.skills import picks_words as pw
from flowhub.skills.context import Context
from flowhub.skills.group_card_drop import SEVERAL
from flowhub.skills.picks_edit import summary
from flowhub.skills.refer import match_titles
from flowhub.storage import Proposal, id_of, proposals

__all__ = ["handle", "late"]

_WORDS = 40


def handle(ctx: Context) -> list[Reply] | None:
    """Discard the card the words name, then answer the rest; None for other messages."""
    return _discard(ctx, first=False)


def late(ctx: Context) -> list[Reply] | None:
    """ "delete the new card. move napkins to monday" when the card skills read none of it."""
    return _discard(ctx, first=True)


def _discard(ctx: Context, *, first: bool) -> list[Reply] | None:
    if ctx.event.forwarded or len(ctx.text.split()) > _WORDS or ctx.chat.kind == "group":
        return None  # a group's cards are answered by the group's own card skills
    said = discard_said(ctx.text)
    if said is None or said.first != first:
        return None  # "bin this card - i meant ..." is read by `card_clauses` first
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    card = _meant(ctx, said, pending)
    if card is not None:
        replies = capture.discard(ctx, str(id_of(card)))
        replies.append(Reply(summary([], [card], [])))
    elif said.says_card and not pending and said.title is None:
        replies = [Reply(pw.NO_CARDS_WAITING.format(verb="discard"))]
    else:
        return None
    if not said.rest:
        return replies
    steps: list[dict[str, Any]] = []
    done_undo.keep_step(ctx, steps)
    from flowhub.skills.card_clauses import said_alone  # it reads every skill, this one too

    waiting = done_undo.waiting_ids(ctx)
    more = said_alone(ctx, said.rest)
    done_undo.keep_step(ctx, steps)
    made = sorted(done_undo.waiting_ids(ctx) - waiting)
    done_undo.remember_all(ctx, steps, made)
    return [*replies, *more]


def _meant(ctx: Context, said: Discard, pending: list[Proposal]) -> Proposal | None:
    """The waiting card the words name: by title, else the newest one shown."""
    if not pending:
        return None
    if said.title is not None:
        if SEVERAL.search(said.title):
            return None  # "bin the 2nd and the fence one": several cards, read by the picks
        found = match_titles(said.title, pending)
        return found[0] if len(found) == 1 else None
    seen = ctx.thread.last_seen()
    if not said.says_card and seen is not None and seen[0] != "cards":
        return None  # "bin the last one" after a list of tasks means the list's last line
    latest = max((p.updated_at, p.source_event_id or 0, id_of(p)) for p in pending)
    return next(p for p in pending if (p.updated_at, p.source_event_id or 0, id_of(p)) == latest)
