"""A forwarded mail asking several things in prose: one card per request (`mail_todos`)."""

from __future__ import annotations

from flowhub.nlp import TaskDraft, mail_todos
from flowhub.skills.capture_gate import first_names
from flowhub.skills.context import Context

__all__ = ["read", "todos"]


def read(ctx: Context) -> list[TaskDraft] | None:
    """`todos` of a forwarded message, which then asks for them (its intent is "capture")."""
    found = todos(ctx) if ctx.event.forwarded else None
    if found:
        ctx.intent = "capture"
    return found


def todos(ctx: Context) -> list[TaskDraft] | None:
    """The forwarder's to-dos, one per request of the forwarded mail; None when it is no such
    mail (one request, a chat of speakers, news)."""
    from flowhub.skills.manners import person_lookup  # manners reads requests through capture

    return mail_todos(
        ctx.text,
        forwarder=ctx.person.display_name,
        source=ctx.event.forwarded_from,
        known=person_lookup(ctx),
        people=frozenset(n.casefold() for n in first_names(ctx)),
        now=ctx.now,
        tz=ctx.tz,
    )
