"""A new task, then every waiting card saved, in one message.

"you missed the dietary bit - add a task for sam to adjust the menu, by the 10th. and save all
three": the first part is read as a message of its own (here a new card), then "save all three"
saves every card waiting, the new one with them. A count that does not match the cards waiting
saves nothing and asks which ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from flowhub.connectors import Reply
from flowhub.skills import picks_words as pw
from flowhub.skills.capture import confirm_proposal
from flowhub.skills.context import Context
from flowhub.skills.edit_words import WHICH_CARD
from flowhub.skills.format import numbered
from flowhub.skills.picks_edit import one_message
from flowhub.storage import Proposal, id_of, proposals

_SAVE_ALL = re.compile(
    r"(?:^|[.!;,]\s*|\s+[—–-]+\s+|\s+)(?:(?:and|then|also|pls|please|now)\s+)*"
    r"(?:save|confirm|keep)\s+(?P<what>(?:them\s+)?all(?:\s+(?P<n>two|three|four|five|six|\d))?"
    r"(?:\s+of\s+them)?|both(?:\s+of\s+them)?|everything|every\s+card|the\s+lot)"
    r"(?:\s+(?:cards?|of\s+them|please|pls|now|then))*\W*$",
    re.I,
)


def handle(ctx: Context, text: str, said_alone: Callable[[str], list[Reply]]) -> list[Reply] | None:
    """The head of `text` said alone, then every waiting card saved; None if not such a message."""
    m = _SAVE_ALL.search(text)
    if m is None or m.start() == 0:
        return None
    head = text[: m.start()].strip(" ,.;-—–")
    if len(head.split()) < 3 or pw.AFFIRM.match(head) or not _waiting(ctx):
        return None
    from flowhub.skills import picks  # picks reaches back into the skills importing this one

    if (picked := picks.handle(ctx)) is not None:
        return picked  # "rename the first one to … and save both": the picks say it all
    said = said_alone(head)
    pending = sorted(_waiting(ctx), key=lambda p: (p.created_at, p.id or 0))
    count = _count(m.group("what"), m.group("n"))
    if count is not None and count != len(pending):
        ctx.thread.note("cards", [id_of(p) for p in pending], now=ctx.now)
        lines = numbered([p.title for p in pending])
        return [*said, Reply(WHICH_CARD.format(count=len(pending), lines=lines))]
    fresh = {f"proposal:{id_of(p)}" for p in pending}
    replies = [r for r in said if r.ref not in fresh]  # a card made now is shown saved instead
    for card in pending:
        replies += confirm_proposal(ctx, card)
    titles = ", ".join(p.title for p in pending)
    replies.append(Reply(pw.SUMMARY_SAVED.format(count=len(pending), titles=titles)))
    return one_message(replies)


def _waiting(ctx: Context) -> list[Proposal]:
    return proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )


def _count(what: str, n: str | None) -> int | None:
    if n:
        return int(n) if n.isdigit() else pw.COUNTS.get(n.casefold())
    return 2 if what.casefold().startswith("both") else None
