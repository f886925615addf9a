"""Several things done in one message: "both done" or "dono ho gaye" right after a two-line list
ticks off both, "all 3 done actually 🙌 the refund landed" after a three-line list all three, and
"done 1 — schulz is coming the 18th at 7am, put that in" ticks off line 1 and answers the rest as
a message of its own. One "undo" takes back all of it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from flowhub.connectors import Reply
from flowhub.nlp import all_said, both_said, classify_intent, noted, numbered_first
from flowhub.skills import done, done_undo
from flowhub.skills.context import Context

__all__ = ["both", "numbered"]

_WORDS = 40
_ASKS = ("capture", "remind", "query")


def both(ctx: Context) -> list[Reply] | None:
    """Tick off every task of the list just shown that the message says is done ("both done",
    "all 3 done, …"); what it asks for after that is answered too; None for other messages."""
    said = all_said(ctx.text) if not both_said(ctx.text) else (2, "")
    seen = ctx.thread.last_seen()
    if said is None or seen is None or seen[0] not in ("list-tasks", "task"):
        return None
    count, rest = said
    if len(seen[1]) != count and not (count == 0 and len(seen[1]) >= 2):
        return None
    kept, kind = list(ctx.thread.last_list), ctx.thread.list_kind
    ctx.thread.last_list, ctx.thread.list_kind = list(seen[1]), "tasks"
    command = "done " + " ".join(str(n) for n in range(1, len(seen[1]) + 1))
    try:
        ticked = done.handle(replace(ctx, text=command, intent="done"))
    finally:
        ctx.thread.last_list, ctx.thread.list_kind = kept, kind
    if not ticked or not rest or (noted(rest) is None and classify_intent(rest) not in _ASKS):
        return ticked  # "…, julia's refund landed this morning" is news about the same tasks
    return _with_rest(ctx, ticked, rest)


def numbered(ctx: Context) -> list[Reply] | None:
    """ "done 1 — and something new": the numbered done, then the rest; news about the line
    ("done 2, marco says 7:30 is fine") only ticks it; None for other messages."""
    text = ctx.text.strip()
    if len(text.split()) > _WORDS or not ctx.thread.last_list or ctx.thread.list_kind != "tasks":
        return None
    split = numbered_first(text)
    if split is None:
        return None
    command, rest = split
    ticked = done.handle(replace(ctx, text=command, intent="done"))
    if not ticked or (noted(rest) is None and classify_intent(rest) not in _ASKS):
        return ticked or None  # "done 2 - marco is happy with it" is news about line 2
    return _with_rest(ctx, ticked, rest)


def _with_rest(ctx: Context, ticked: list[Reply], rest: str) -> list[Reply]:
    """The ticks already made, then `rest` answered as a message of its own; one undo for all."""
    steps: list[dict[str, Any]] = []
    done_undo.keep_step(ctx, steps)
    from flowhub.skills.card_clauses import said_alone  # it reads every skill, this one too

    waiting = done_undo.waiting_ids(ctx)
    more = said_alone(ctx, rest)
    done_undo.keep_step(ctx, steps)
    made = sorted(done_undo.waiting_ids(ctx) - waiting)
    done_undo.remember_all(ctx, steps, made)
    return [*ticked, *more]
