"""Several things done in one message: "both done" or "dono ho gaye" right after a two-line list
ticks off both, and "done 1 — schulz is coming the 18th at 7am, put that in" ticks off line 1
and answers the rest as a message of its own. One "undo" takes back all of it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from flowhub.connectors import Reply
from flowhub.nlp import both_said, classify_intent, noted, numbered_first
from flowhub.skills import done, done_undo
from flowhub.skills.context import Context

__all__ = ["both", "numbered"]

_WORDS = 40


def both(ctx: Context) -> list[Reply] | None:
    """Tick off both tasks of the two-line list just shown; None for other messages."""
    if not both_said(ctx.text):
        return None
    seen = ctx.thread.last_seen()
    if seen is None or seen[0] not in ("list-tasks", "task") or len(seen[1]) != 2:
        return None
    kept, kind = list(ctx.thread.last_list), ctx.thread.list_kind
    ctx.thread.last_list, ctx.thread.list_kind = list(seen[1]), "tasks"
    try:
        return done.handle(replace(ctx, text="done 1 2", intent="done"))
    finally:
        ctx.thread.last_list, ctx.thread.list_kind = kept, kind


def numbered(ctx: Context) -> list[Reply] | None:
    """ "done 1 — and something new": the numbered done, then the rest; None otherwise."""
    text = ctx.text.strip()
    if len(text.split()) > _WORDS or not ctx.thread.last_list or ctx.thread.list_kind != "tasks":
        return None
    split = numbered_first(text)
    if split is None:
        return None
    command, rest = split
    if noted(rest) is None and classify_intent(rest) not in ("capture", "remind", "query"):
        return None  # "1 is done - ordered it this morning" is news about the same task
    steps: list[dict[str, Any]] = []
    ticked = done.handle(replace(ctx, text=command, intent="done"))
    if not ticked:
        return None
    done_undo.keep_step(ctx, steps)
    from flowhub.skills.card_clauses import said_alone  # it reads every skill, this one too

    waiting = done_undo.waiting_ids(ctx)
    more = said_alone(ctx, rest)
    done_undo.keep_step(ctx, steps)
    made = sorted(done_undo.waiting_ids(ctx) - waiting)
    done_undo.remember_all(ctx, steps, made)
    return [*ticked, *more]
