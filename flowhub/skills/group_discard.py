"""A card dropped in words in a group is changed in place and also said in one line below it, as
other changes to cards there are: "scrap that card", "bin the last one", "drop it" to a card.

People in a group read the newest messages; a card further up that quietly turns into its
discarded line is easy to miss, and the others should see what happened to it.
"""

from __future__ import annotations

from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.i18n import localized
from flowhub.skills import words
from flowhub.skills.context import Context

__all__ = ["line_below"]


def line_below(ctx: Context, replies: list[Reply]) -> list[Reply]:
    """The discarded line again below, when a typed group message only dropped cards in place."""
    if ctx.chat.kind != "group" or ctx.event.kind == "button":
        return []
    here = [r for r in replies if r.to is None or r.to == ctx.event.target]
    if not here or any(r.edit is None for r in here):
        return []
    head = localized(words.DISCARDED).split("{title}")[0]
    dropped = [r for r in here if r.text.startswith(head)]
    if not dropped:
        return []
    said = "\n".join(r.text for r in dropped)
    return [replace(dropped[-1], text=said, edit=None, to=None, buttons=(), ref=None)]
