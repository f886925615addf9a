"""A waiting card that holds two tasks, split in two when asked.

"that's two separate things, split them", "split it up", "make that two cards": the card just
shown (or replied to) keeps its first task, and each other task gets a card of its own with the
same date, owner and priority. "split that into two: book the pitch and order the bibs" names
the new tasks; said of a saved task, it keeps the first title and the others are saved beside it.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.skills import words
from flowhub.skills.capture import card_message_id, card_reply, confirm_proposal
from flowhub.skills.context import Context
from flowhub.skills.edit_saved import store_edit
from flowhub.skills.refer import last_target
from flowhub.storage import Proposal, access, id_of, proposals

_ASK = re.compile(
    r"^(?:(?:no|nope|hmm+|wait|oops|ugh|pls|please|can you|could you)[\s,!.]+)*"
    r"(?:(?:that'?s|thats|those\s+are|these\s+are|it'?s|its|that\s+is)\s+(?:two|2|several|multiple)"
    r"\s+(?:separate\s+|different\s+)?(?:things|tasks|items|cards)[\s,.;!-]*(?:(?:so|pls|please)\s+)?)?"
    r"(?:split|separate|break\s+up|divide)\s+(?:them|it|that|this|those|these|the\s+card)"
    r"(?:\s+(?:up|apart|in\s+two|into\s+two(?:\s+(?:cards|tasks))?))?"
    r"(?:\s+(?:pls|please|thanks|thx))?[\s.!]*$"
    r"|^(?:(?:pls|please)\s+)?make\s+(?:it|that|this|them)\s+(?:two|2|separate)\s+(?:cards|tasks)"
    r"[\s.!]*$"
    r"|^(?:that|this|it)\s+should\s+be\s+(?:two|2)\s+(?:separate\s+)?(?:cards|tasks)[\s.!]*$",
    re.I,
)
# The new tasks said with the split: "split that into two: book the pitch and order the bibs",
# "that's actually two things: X and Y", "make it two cards - X, Y".
_COUNT = r"(?:two|2|three|3|four|4|several|separate)"
_NAMED = re.compile(
    r"^(?:(?:no|nope|hmm+|wait|oops|ugh|actually|pls|please|ok(?:ay)?)[\s,!.]+)*(?:"
    r"(?:split|separate|break\s+up|divide|turn)\s+(?:them|it|that|this|the\s+card)(?:\s+up)?"
    r"(?:\s+in(?:to)?\s+" + _COUNT + r"(?:\s+(?:cards|tasks|things|parts))?)?"
    r"|(?:that'?s|thats|it'?s|its|this\s+is|that\s+is|those\s+are|these\s+are)\s+"
    r"(?:actually\s+|really\s+|two\s+|2\s+)?" + _COUNT + r"\s+(?:separate\s+|different\s+)?"
    r"(?:things|tasks|jobs|items|cards)"
    r"|make\s+(?:it|that|this)\s+" + _COUNT + r"\s+(?:separate\s+)?(?:cards|tasks))"
    r"\s*(?:[:;–—-]|,|\.)\s*(?P<list>\S.*)$",
    re.I,
)
# Where one task ends and the next begins in a title: "order bags + print the numbers".
_JOIN = re.compile(r"\s*(?:\+|&|;|\s+and\s+also\s+|\s+and\s+|,\s*(?:and\s+|plus\s+)?)\s*", re.I)
_BOTH = re.compile(r"[,\s]*\b(?:both|each|too|as well)\b[\s.]*$", re.I)
_MOST = 5


def handle(ctx: Context) -> list[Reply] | None:
    """Split the card just shown into one card per task; None when not asked to split."""
    said = ctx.text.strip()
    named = _NAMED.match(said)
    said_parts = said_titles(named["list"]) if named is not None else []
    if len(said_parts) < 2 and not _ASK.match(said):
        return None
    target = last_target(ctx)
    if target is not None and target[0] == "task" and len(said_parts) >= 2:
        return _split_task(ctx, target[1], said_parts)
    if target is None or target[0] != "card":
        return None
    card = proposals.get_proposal(session=ctx.session, proposal_id=target[1])
    if card is None or card.status != "pending" or card.person_id != ctx.person_id:
        return None
    parts = said_parts if len(said_parts) >= 2 else titles(card.title)
    if len(parts) < 2:
        return None
    first = card_message_id(ctx, id_of(card))
    proposals.update_proposal(session=ctx.session, proposal=card, now=ctx.now, title=parts[0])
    replies = [card_reply(ctx, card, edit=first)]
    shown = [id_of(card)]
    for title in parts[1:]:
        extra = proposals.create_proposal(session=ctx.session, proposal_in=_copy(ctx, card, title))
        replies.append(card_reply(ctx, extra))
        shown.append(id_of(extra))
    ctx.thread.note("cards", shown, now=ctx.now)
    return replies


def titles(title: str) -> list[str]:
    """The tasks one title joins, each a title of its own; one item when it holds one task."""
    parts = [_BOTH.sub("", p).strip(" ,.-") for p in _JOIN.split(title)]
    parts = [p for p in parts if len(p.split()) >= 2]
    if not 2 <= len(parts) <= _MOST:
        return [title]
    return [p[:1].upper() + p[1:] for p in parts]


def _split_task(ctx: Context, task_id: int, parts: list[str]) -> list[Reply] | None:
    """A saved task keeps the first title said; each other title is saved beside it."""
    task = access.get_task(session=ctx.session, task_id=task_id, viewer=ctx.viewer)
    if task is None or task.status != "open" or len(parts) < 2:
        return None
    if not access.may_touch_task(ctx.viewer, task):
        return [Reply(words.NOT_YOURS)]
    replies = store_edit(ctx, task, {"title": parts[0]})
    for title in parts[1:]:
        extra = Proposal(
            chat_id=task.chat_id or ctx.chat_id,
            person_id=task.creator_id,
            source_event_id=task.source_event_id,
            title=title[:500],
            assignee_name=task.assignee_name,
            due_at=task.due_at,
            due_grain=task.due_grain,
            due_tz=task.due_tz,
            rrule=task.rrule,
            repeat_from=task.repeat_from,
            priority=task.priority,
            created_at=ctx.now,
            updated_at=ctx.now,
        )
        replies += confirm_proposal(
            ctx, proposals.create_proposal(session=ctx.session, proposal_in=extra)
        )
    return replies


def said_titles(text: str) -> list[str]:
    """The titles listed after "split it into two:", each a title of its own."""
    parts = [_BOTH.sub("", p).strip(" ,.-!") for p in _JOIN.split(text.strip().rstrip(".!"))]
    parts = [p for p in parts if p]
    if not 2 <= len(parts) <= _MOST:
        return []
    return [p[:1].upper() + p[1:] for p in parts]


def _copy(ctx: Context, card: Proposal, title: str) -> Proposal:
    return Proposal(
        chat_id=card.chat_id,
        person_id=card.person_id,
        source_event_id=card.source_event_id,
        title=title[:500],
        assignee_name=card.assignee_name,
        due_at=card.due_at,
        due_grain=card.due_grain,
        due_tz=card.due_tz,
        rrule=card.rrule,
        repeat_from=card.repeat_from,
        priority=card.priority,
        created_at=ctx.now,
        updated_at=ctx.now,
    )
