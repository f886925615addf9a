"""A no to one of the tasks others gave the sender, naming it: "recuso a tarefa dos voos
Delhi-Bali", "can't do the vouchers one", "yapamam, Antalya otel işi bana göre değil".

The task is the one waiting offer whose title the message names, however long ago it came and
however many others wait; the whole message goes to the requester as the reason. A no that names
no offer, or names someone else to ask, is left to `assign_reply` and the decline readers.
"""

from __future__ import annotations

from flowhub.connectors import Reply
from flowhub.skills import assign, assign_answer_words, assign_counter
from flowhub.skills.assign_reply import waits_for
from flowhub.skills.context import Context
from flowhub.skills.refer import replied_ref, tokens
from flowhub.storage import Task, tasks

__all__ = ["handle"]

_OTHER_INTENTS = ("remind", "query", "settings", "help")
_SHORTEST = 3  # a word of the title shorter than this names nothing ("de", "to")


def handle(ctx: Context) -> list[Reply] | None:
    """Decline the waiting offer this no names; None when it names none or several."""
    text = ctx.text.strip()
    if ctx.intent in _OTHER_INTENTS or replied_ref(ctx)[0] not in ("", "proposal"):
        return None
    if not assign_answer_words.declines(text) or assign.named_other(ctx, text) is not None:
        return None
    task = _named(ctx, text)
    if task is None:
        return None
    countered = assign_counter.offer(ctx, task, text)  # "… can it be thursday instead?"
    if countered is not None:
        return countered
    return assign.answer(ctx, task, accepted=False, reason=text)


def _named(ctx: Context, text: str) -> Task | None:
    """The one waiting offer whose title shares the most words with `text`, else None."""
    waiting = [
        t
        for t in tasks.get_all_tasks(
            session=ctx.session, workspace_id=ctx.workspace_id, assignee_id=ctx.person_id
        )
        if waits_for(ctx, t)
    ]
    said = {w for w in tokens(text) if len(w) >= _SHORTEST}
    scored = [(len(said & _title_words(t.title)), t) for t in waiting]
    best = max((s for s, _ in scored), default=0)
    top = [t for s, t in scored if s == best]
    return top[0] if best > 0 and len(top) == 1 else None


def _title_words(title: str) -> set[str]:
    """A title's words without its first (the verb many tasks share), and without plural ends."""
    own = {w for w in tokens(title) if len(w) >= _SHORTEST}
    first = next(iter(tokens(title.split(" ", 1)[0])), "")
    own.discard(first)
    return own | {w[:-1] for w in own if w.endswith("s") and len(w) > 4}
