"""The answer the text skills give a message read another way, as if the person had said it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.nlp import classify_intent
from flowhub.skills.context import Context

Skill = Callable[[Context], list[Reply] | None]


def answer_as(ctx: Context, text: str, *, besides: Skill) -> list[Reply] | None:
    """The first text skill's answer to `text`, skipping `besides` (the skill asking)."""
    from flowhub.skills import TEXT_SKILLS  # the skills list holds the skill asking

    again = replace(ctx, text=text, intent=classify_intent(text))
    for skill in TEXT_SKILLS:
        if skill is besides:
            continue
        replies = skill(again)
        if replies is not None:
            return replies
    return None
