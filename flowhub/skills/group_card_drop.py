"""A waiting card named in words and dropped: "the Book it card is a duplicate, bin it", "bin the
scaffolding card, we did that already"; or the card just made said to repeat a task there is
("that's the same as the bakery one, just keep yours"): the card goes, the task stays, and the
group is told which. Only the card's requester drops it, as with its button."""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.skills import group_claim, group_words
from flowhub.skills.capture import discard
from flowhub.skills.context import Context
from flowhub.skills.refer import match_titles
from flowhub.storage import Proposal, Task, as_utc, proposals, tasks

_DROP = r"(?:bin|drop|discard|delete|scrap|remove|ditch|toss|kill|cancel|get\s+rid\s+of)"
_WRONG = (
    r"(?:a\s+)?(?:duplicate|dupe|double|copy|mistake|wrong|junk|not\s+needed|not\s+a\s+task"
    r"|redundant|(?:the\s+)?same(?:\s+thing)?(?:\s+as\s+[^,;.!?]+?)?"
    r"|(?:a\s+)?(?:duplicate|dupe|copy|double)\s+of\s+[^,;.!?]+?)"
)
_SAID = (
    # "the Book it card is a duplicate, bin it"
    re.compile(
        rf"^\W*(?:the\s+)?[“\"']?(?P<what>[^,;.!?]+?)[”\"']?\s+(?:card|one)\s+(?:is|'s)\s+{_WRONG}\W+"
        rf"(?:so\s+|pls\s+|please\s+|just\s+)*{_DROP}\s+(?:it|that|this)(?:\s+one)?\W*$",
        re.I,
    ),
    # "bin the Book it card, it's a duplicate", "drop the scaffolding card please"
    re.compile(
        rf"^\W*(?:(?:pls|please|just|ok(?:ay)?|so)\W+)*{_DROP}\s+the\s+[“\"']?(?P<what>[^,;.!?]+?)"
        r"[”\"']?\s+(?:card|one)(?:\s+(?:please|pls))?"
        r"(?:\W+(?:(?:it'?s|its|that'?s)\s+|(?:a\s+)?(?:dupe|duplicate|copy|same)\b)[^?]*)?\W*$",
        re.I,
    ),
)

_KEEP = (
    r"(?:(?:so\s+|just\s+|pls\s+|please\s+)*(?:keep|leave|stick\s+with)\s+(?:yours|theirs|his|hers"
    r"|that|that\s+one|the\s+other(?:\s+one)?|the\s+old\s+one|the\s+first\s+one|it)"
    r"|(?:so\s+|just\s+|pls\s+|please\s+)*(?:bin|drop|scrap|discard|delete|ditch|toss)\s+"
    r"(?:mine|this(?:\s+one)?|the\s+new\s+one|my\s+card|this\s+card))"
)
# "that's the same as the bakery one, just keep yours", "dupe of sam's bakery run, bin mine".
_SAME = re.compile(
    r"^\W*(?:(?:oh|ah|wait|hmm+|lol|ok(?:ay)?|oops|sorry)\W+)*(?:(?:that|this|it)(?:'s|\s+is"
    r"|\s+one'?s)\s+|its\s+|thats\s+)?(?:just\s+|actually\s+)?(?:(?:the\s+)?same\s+(?:thing\s+)?as"
    r"|(?:a\s+)?(?:duplicate|dupe|copy|double)\s+of|already\s+covered\s+by|covered\s+by)\s+"
    r"(?:the\s+|your\s+|@?\w+'s\s+)?(?P<what>[^,;.!?—–]+?)(?:\s+(?:one|task|card|thing))?"
    rf"(?:\s*[,;.!—–-]+\s*|\s+)?(?:{_KEEP})?[\s.!👍🙏]*$",
    re.I,
)

# More than one card named: "the first one and the coffee", "the 2nd, the lunch".
SEVERAL = re.compile(
    r"\s(?:and|&|\+)\s|,|^(?:first|second|third|fourth|fifth|last|\d{1,2}(?:st|nd|rd|th)?)$"
    r"|\s(?:one|card)\s",
    re.I,
)


def same_as(ctx: Context, text: str) -> tuple[Proposal, Task] | None:
    """The sender's card just made that `text` says repeats an open task, and that task."""
    m = _SAME.match(text.strip())
    if m is None or ctx.chat.kind != "group":
        return None
    mine = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    fresh = [p for p in mine if group_claim.card_current(ctx, as_utc(p.updated_at))]
    if not fresh:
        return None
    card = max(fresh, key=lambda p: (as_utc(p.updated_at), p.id or 0))
    pool = tasks.get_all_tasks(
        session=ctx.session,
        workspace_id=ctx.workspace_id,
        status="open",
        visible_to=ctx.viewer,
        limit=200,
    )
    named = match_titles(m["what"], pool)
    return (card, named[0]) if len(named) == 1 else None


def found(ctx: Context, text: str) -> Proposal | None:
    """The sender's waiting card here that `text` names and drops, or None."""
    same = same_as(ctx, text)
    if same is not None:
        return same[0]
    m = next((p.match(text.strip()) for p in _SAID if p.match(text.strip())), None)
    if m is None:
        return None
    mine = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    what = m["what"].strip()
    if SEVERAL.search(what):
        return None  # "drop the first one and the coffee one": several cards, read by the picks
    exact = [p for p in mine if p.title.casefold() == what.casefold()]
    named = exact or match_titles(what, mine)
    return named[0] if len(named) == 1 else None


def handle(ctx: Context) -> list[Reply] | None:
    """Drop the card the message names; None when it names none of the sender's."""
    same = same_as(ctx, ctx.text)
    if same is not None:
        kept = group_words.KEPT_TASK.format(title=same[1].title)
        return [*discard(ctx, str(same[0].id)), Reply(kept, ref=f"task:{same[1].id}")]
    card = found(ctx, ctx.text)
    return discard(ctx, str(card.id)) if card is not None else None
