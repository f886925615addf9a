"""What capture says when a message points at a card or a person but names no task."""

from __future__ import annotations

from flowhub.i18n import Text

WHICH_ONE_MEAN = Text(
    "Which one do you mean? I changed nothing. Name it, e.g. “save the florist one”."
)
MISSED_WHICH = Text(
    "I read {count} from that: {titles}. Which did I miss? Send each one on its own line."
)
