"""The phone owner's answers in a chat screenshot, cut to their yes.

"yes, I will call him after lunch and confirm the time with you" under "can you book the
plumber for tuesday?" answers the ask: the ask is the task, and what the owner said around
their yes is no task of its own. An owner's line that asks or tells without agreeing first,
or that follows no ask, stays as written.
"""

from __future__ import annotations

from flowhub.media.shape import asks
from flowhub.nlp import agreeing_words


def answered(messages: list[str], owner: str) -> list[str]:
    """The "Name: message" lines with each of the owner's replies that open by agreeing to an
    ask just before it (someone else's) cut to that agreement."""
    mine = f"{owner}: "
    out: list[str] = []
    for line in messages:
        before = out[-1] if out else ""
        yes = agreeing_words(line[len(mine) :]) if line.startswith(mine) else None
        if yes and before and not before.startswith(mine) and asks(before):
            line = f"{mine}{yes}"
        out.append(line)
    return out
