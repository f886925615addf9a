"""Words about the bot's own cards or reading that no card skill took: "ugh no. bin all 6 of
those", "save them all", "ok now the photo list pls, try again". They are never a task of their
own words: every waiting card is dropped or saved when the count fits, else the person hears
what waits, that nothing waits, or the usual short help.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.skills import help, picks_waiting
from flowhub.skills import picks_words as pw
from flowhub.skills.capture import confirm_proposal, discard
from flowhub.skills.context import Context
from flowhub.skills.manners import without_bot_name
from flowhub.skills.picks_edit import summary
from flowhub.storage import id_of, proposals

_COUNT = r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)"
_CARDS = (
    r"(?:all|them|those|these|both|everything|all\s+of\s+(?:them|those|these)|them\s+all"
    rf"|all\s+{_COUNT}(?:\s+of\s+(?:them|those|these))?|{_COUNT}\s+of\s+(?:them|those|these)"
    rf"|(?:the\s+)?(?:first|last)\s+{_COUNT})(?:\s+(?:cards?|ones))?"
)
_ABOUT_CARDS = re.compile(
    r"^(?:(?:pls|please|just|ok(?:ay)?|so)\s+)*(?P<verb>bin|drop|kill|scrap|discard|delete|toss|ditch"
    rf"|trash|nix|chuck|save|confirm|keep)\s+{_CARDS}(?:\s+(?:pls|please|too|then))?$",
    re.I,
)
_RETRY = re.compile(
    r"^(?:(?:pls|please|ok(?:ay)?|now|so|just|can\s+you|could\s+you)\s+)*(?:try\s+(?:it\s+|that\s+)?"
    r"(?:again|once\s+more)|retry(?:\s+(?:it|that))?|read\s+(?:it|that)\s+again)(?:\s+(?:pls|please|now))?$",
    re.I,
)
# Where chat before the words ends: "ugh no. | bin all", "ok now the photo list pls, | try again".
_CUT = re.compile(r"(?:[,.;!?:]+|\s[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]+)\s*")
_LEAD_WORDS = 8


def handle(ctx: Context) -> list[Reply] | None:
    """A short answer instead of a card for words about cards or a retry; None otherwise."""
    text = without_bot_name(ctx.text).strip().rstrip(".!… ")
    tails = [text, *(text[m.end() :] for m in _CUT.finditer(text) if _short(text[: m.start()]))]
    for tail in tails:
        tail = tail.strip().rstrip(".!… ")
        if m := _ABOUT_CARDS.match(tail):
            return _all_cards(ctx, m["verb"], _count(tail))
        if _RETRY.match(tail):
            return help.fallback(ctx)
    return None


def _all_cards(ctx: Context, verb: str, count: int | None) -> list[Reply]:
    """Every waiting card saved or dropped when the count said fits them all, else the list of
    what waits (nothing changes), or that nothing waits."""
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    if not pending:
        return [Reply(pw.NOTHING_WAITING)]
    if count is not None and count != len(pending):
        return picks_waiting.answer(ctx, pending, more=False)
    keep = verb.casefold() in ("save", "confirm", "keep")
    replies: list[Reply] = []
    for card in pending:
        replies += confirm_proposal(ctx, card) if keep else discard(ctx, str(id_of(card)))
    kept, dropped = (pending, []) if keep else ([], pending)
    return [*replies, Reply(summary(kept, dropped, []))]


def _count(text: str) -> int | None:
    """The number of cards said ("all 6 of those": 6), if one."""
    m = re.search(rf"\b{_COUNT}\b", text, re.I)
    if m is None:
        return None
    word = m.group(0).casefold()
    return int(word) if word.isdigit() else pw.COUNTS.get(word)


def _short(lead: str) -> bool:
    return 0 < len(lead.split()) <= _LEAD_WORDS
