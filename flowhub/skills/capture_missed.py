"""A complaint that the last message held more tasks than the cards it got: "i wrote 3 things",
"you missed the second one", "there were two tasks in that".

The sender's message above is read again part by part, and each part no card covers becomes a
card of its own; when no part is left over, the bot says which tasks it read and asks for the
rest. Never "I'm not sure".
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.skills import capture, capture_words
from flowhub.skills.context import Context
from flowhub.skills.refer import tokens
from flowhub.storage import Proposal, proposals

_COUNT = r"(?:\d+|two|three|four|five|several|more|multiple|a\s+few|a\s+couple(?:\s+of)?)"
_THINGS = r"(?:things|tasks|items|to-?dos|bits|parts|jobs)"
_COMPLAINT = re.compile(
    rf"(?<![\w'])(?:i\s+(?:wrote|said|sent|listed|gave\s+you|asked\s+for|mentioned|typed)\s+{_COUNT}"
    rf"\s+{_THINGS}|(?:there|that|it|this)\s+(?:were|was|had|has|'s|’s|are)\s+{_COUNT}\s+{_THINGS}"
    r"|(?:you|u)\s+(?:missed|forgot|skipped|dropped|left\s+out|ignored)\s+(?:the\s+)?(?:second"
    r"|third|fourth|last|other|rest|others|first)(?:\s+(?:one|ones|thing|things|task|tasks|bit"
    r"|part|half))?|(?:what|how)\s+about\s+the\s+(?:rest|others|other\s+(?:ones?|things?|tasks?)"
    r"|second\s+one|third\s+one)|where(?:'s|’s|\s+is|\s+are)\s+the\s+(?:rest|others"
    r"|other\s+(?:ones?|things?|tasks?)|second\s+one|third\s+one))(?![\w'])",
    re.I,
)
_MOST_WORDS = 20
# What may follow the complaint: "in that", "not one", "?!", "lol".
_AFTER = re.compile(
    r"(?:[\s?!.,]|in\s+(?:that|there|it|my\s+message)|not\s+(?:one|1|just\s+one)|lol|though"
    r"|tho|here|again|from\s+(?:that|it|my\s+message)|of\s+them|[^\w\s:])*",
    re.I,
)
# Where one thing said ends and the next begins in the message read again.
_PARTS = re.compile(
    r"\s*(?:[;\n]|,\s*(?:and\s+|also\s+|plus\s+)?|\.\s+|\s+and\s+(?:also\s+)?(?=i\s|we\s|then\s"
    r"|[a-z]+\s)|\s+also\s+|\s+plus\s+)\s*",
    re.I,
)
_LEAD = re.compile(r"^[^:]{0,40}:\s*")  # "hey! so for next week: …"


def handle(ctx: Context) -> list[Reply] | None:
    """Propose the tasks the message above left without a card, or ask for them; else None."""
    text = ctx.text.strip()
    said = _COMPLAINT.search(text) if len(text.split()) <= _MOST_WORDS else None
    if said is None or not _AFTER.fullmatch(text[said.end() :]):
        return None  # "there are two things for tomorrow: …" says new tasks
    above = ctx.message_above()
    if above is None or above.id is None or above.sender_id != ctx.event.sender_id:
        return None
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    read = [p for p in pending if p.source_event_id == above.id]
    if not read:
        return None
    replies: list[Reply] = []
    for part in _left_over(above.text, read):
        replies += capture.handle(replace(ctx, text=part, intent="capture"), gated=False) or []
    cards = [r for r in replies if r.buttons]
    if cards:
        return cards  # a part that held no task stays quiet beside the cards made
    titles = ", ".join(f"“{p.title}”" for p in read)
    return [Reply(capture_words.MISSED_WHICH.format(count=len(read), titles=titles))]


def _left_over(text: str, read: list[Proposal]) -> list[str]:
    """The parts of `text` no card covers; each card covers the one part most like it."""
    body = _LEAD.sub("", text.strip(), count=1) if ":" in text[:45] else text.strip()
    parts = [p.strip(" ,.!?") for p in _PARTS.split(body) if len(p.split()) >= 2]
    claimed: set[int] = set()
    for card in read:
        have = tokens(card.title)
        scores = [(len(tokens(p) & have), i) for i, p in enumerate(parts) if i not in claimed]
        best = max(scores, default=(0, -1))
        if best[0] > 0:
            claimed.add(best[1])
    return [p for i, p in enumerate(parts) if i not in claimed]
