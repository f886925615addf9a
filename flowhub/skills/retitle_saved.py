"""A new name in quotes for the card just shown, then saved in the same breath: "call it 'Prepare
the Antalya hotel list' and confirm", "başlıktaki 'kadar' fazla, sadece 'Antalya otel listesini
hazırla' yaz ve onayla", "deixa só 'Ligar pro hotel' e confirma".

Other languages reach this as the English sentence (`flowhub.nlp.english_command`). A rename
without the save is `called_it_said`'s.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.skills.capture import confirm
from flowhub.skills.context import Context
from flowhub.skills.edit import edit_card
from flowhub.skills.edit_words import Change
from flowhub.skills.refer import newest_card

__all__ = ["handle"]

_SAID = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|pls|please|just)\s+)*(?:call|name|title|rename|retitle)\s+it\s+"
    r"(?:to\s*:?\s*|as\s*:?\s*)?['\"‘“](?P<new>[^'\"’”\n]{2,120})['\"’”][\s,;.]*"
    r"(?:and|then|&)?\s*(?:confirm|save|keep)(?:\s+(?:it|that|this))?[\s.!👍]*$",
    re.I,
)


def handle(ctx: Context) -> list[Reply] | None:
    """Rename the newest card to the quoted words and save it; None for other messages."""
    m = _SAID.match(ctx.text.strip())
    if m is None:
        return None
    card = newest_card(ctx)
    if card is None or card.id is None:
        return None
    replies = edit_card(ctx, card, [Change(title=m["new"].strip())])
    if card.status != "pending" or card.title != m["new"].strip():
        return replies  # not the sender's, or the name did not take: nothing to save
    return confirm(ctx, str(card.id))  # the saved card shows the new name
