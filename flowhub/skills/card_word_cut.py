"""A word taken out of a waiting card's title, beside other answers to the cards: "both fine,
save. drop the 'too'", "remove the word too and save", "save it without the 'me'".

Quoted words, or words after "the word", that stand in a waiting card's title (and are not the
whole of it) are cut from that title; they never name the card to throw away. The rest of the
message is then answered as a message of its own ("both fine, save" saves both cards).
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.skills.context import Context
from flowhub.skills.edit_words import Change
from flowhub.storage import Proposal, proposals

__all__ = ["handle"]

_Q = r"[“\"'‘]"
_EQ = r"[”\"'’]"
_VERB = r"(?:drop|remove|delete|take\s+out|cut|lose|get\s+rid\s+of|strip|kill|scrap|ditch)"
_WORDS = rf"(?:(?:words?)\s+{_Q}?(?P<w>[^\s“”\"‘’',.;!?]+){_EQ}?|{_Q}(?P<q>[^“”\"‘’]+?){_EQ})"
_CLAUSE = re.compile(
    rf"(?:^|(?<=[,.;!?])|(?<=\s))\s*(?:(?:and|also|just|pls|please|oh|but|then)\s+)*"
    rf"(?:{_VERB}\s+(?:the\s+)?{_WORDS}(?:\s+(?:bit|part|word))?"
    rf"(?:\s+(?:from|in|of|out\s+of)\s+(?:the\s+|its\s+|that\s+)?(?:title|name|card|one))?"
    rf"|without\s+(?:the\s+)?{_WORDS.replace('P<w>', 'P<w2>').replace('P<q>', 'P<q2>')})"
    rf"(?:\s+(?:pls|please|thx|thanks))?\s*(?=$|[,.;!?]|\s+(?:and|also|then)\s)",
    re.I,
)
_JOIN = re.compile(r"^(?:[\s,.;!]|and\b|also\b|then\b)+|(?:[\s,;]|\band|\balso|\bthen)+$", re.I)


def handle(ctx: Context) -> list[Reply] | None:
    """Cut the word said from the card whose title holds it, then answer the rest; else None."""
    if ctx.event.forwarded:
        return None
    m = _CLAUSE.search(ctx.text)
    if m is None:
        return None
    word = next(g for g in (m["w"], m["q"], m["w2"], m["q2"], "") if g is not None).strip()
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    card = _holding(word, pending)
    if card is None:
        return None
    from flowhub.skills.card_clauses import said_alone  # it reads every skill, this one too
    from flowhub.skills.edit import edit_card  # the card editor reads the card skills

    replies = edit_card(ctx, card, [Change(drop=word)])
    rest = _JOIN.sub("", f"{ctx.text[: m.start()]} {ctx.text[m.end() :]}".strip()).strip()
    if rest and re.search(r"\w", rest):
        replies += said_alone(ctx, rest)
    return replies


def _holding(word: str, pending: list[Proposal]) -> Proposal | None:
    """The one waiting card whose title holds `word` as words of its own, not as all of it."""
    if not word:
        return None
    inside = re.compile(rf"(?<![\w']){re.escape(word)}(?![\w'])", re.I)
    found = [
        p
        for p in pending
        if inside.search(p.title) and p.title.strip().casefold() != word.casefold()
    ]
    return found[0] if len(found) == 1 else None
