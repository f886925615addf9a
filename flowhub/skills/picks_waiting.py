"""The waiting cards listed on request, also at the end of a complaint about a save.

"which ones are waiting?" lists them numbered, as "save 2" will count them. "wait what? i said
NOT the insurance. which cards are still waiting?" lists them too, and says the last save can be
taken back with "undo".
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.i18n import localized
from flowhub.skills import picks_words as pw
from flowhub.skills import words
from flowhub.skills.context import Context
from flowhub.skills.format import numbered
from flowhub.storage import Proposal, id_of

# Where a sentence ends: the question about waiting cards is the last one.
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def asked(text: str) -> tuple[bool, bool]:
    """Whether `text` asks which cards wait, and whether it says something before that."""
    if pw.WAITING.match(text) or pw.WAITING_ASK.match(text):
        return True, False
    sentences = [s for s in _SENTENCE.split(text) if s.strip()]
    if len(sentences) < 2:
        return False, False
    last = sentences[-1].strip().rstrip(".!?… ")
    return bool(pw.WAITING.match(last) or pw.WAITING_ASK.match(last)), True


def answer(ctx: Context, pending: list[Proposal], *, more: bool) -> list[Reply]:
    """The waiting cards, numbered; after more words, a hint that the last save can be undone."""
    hint = localized(words.UNDO_HINT) if more and _just_saved(ctx) else ""
    if not pending:
        return [Reply(localized(pw.NOTHING_WAITING) + hint)]
    shown = sorted(pending, key=lambda p: (p.created_at, p.id or 0))
    ctx.thread.note("cards", [id_of(p) for p in shown], now=ctx.now)
    listed = pw.WAITING_LIST.format(lines=numbered([p.title for p in shown]))
    return [Reply(listed + hint)]


def _just_saved(ctx: Context) -> bool:
    """Whether the last thing this person did here was saving cards as tasks."""
    undo = ctx.thread.undo or {}
    return undo.get("verb") == "created" and bool(undo.get("tasks"))
