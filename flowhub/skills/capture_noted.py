"""News asked to be put in: "schulz is coming the 18th at 7am to do the fridge, put that in" is a
card "Schulz visit to do the fridge" on the 18th at 07:00; "put this in: the plumber comes
thursday 2pm" and "the caterer is dropping by tomorrow at 4, add it" the same. A task said this
way ("call the bank friday, add that") is a card without the asking words.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from flowhub.connectors import Reply
from flowhub.nlp import TaskDraft, classify_intent, noted, parse_when, visit_draft
from flowhub.skills import capture
from flowhub.skills.context import Context

__all__ = ["handle"]

_WORDS = 40


def handle(ctx: Context) -> list[Reply] | None:
    """A card for what the message asks to put in; None when it asks for nothing of the kind."""
    if ctx.event.forwarded or len(ctx.text.split()) > _WORDS:
        return None
    said = noted(ctx.text)
    if said is None:
        return None
    if ctx.chat.kind == "group" and not ctx.event.addressed:
        return None
    draft = visit_draft(said, now=ctx.now, tz=ctx.tz)
    if draft is None and classify_intent(said) in ("capture", "remind"):
        return capture.handle(replace(ctx, text=said, intent="capture"))
    if draft is None:
        draft = _dated(said, now=ctx.now, tz=ctx.tz)
    if draft is None:
        return None
    found = [replace(draft, assignee=ctx.person.display_name)]

    def read(*_: object, **__: object) -> list[TaskDraft]:
        return found

    return capture.handle(replace(ctx, text=said, intent="capture", extract=read))


def _dated(said: str, *, now: datetime, tz: str) -> TaskDraft | None:
    """News with a date, its date words taken out of the title ("sam is back on monday")."""
    when = parse_when(said, now=now, tz=tz)
    if when is None:
        return None
    start, end = when.span
    title = " ".join(f"{said[:start]} {said[end:]}".split()).strip(" ,.;-")
    if len(title.split()) < 2:
        return None
    return TaskDraft(title=title[:1].upper() + title[1:], due=when)
