"""A yes to some and a no to others of several offers or cards, in one message.

"first yes second no", "1 yes 2 no", "first one yes, second one no", "accept the first, decline
the second", "yes to the first one and no to the other": each part names one by its place and
answers it. The cards waiting in this chat are counted as the person saw them; with none waiting,
the tasks offered to the person in this direct chat are, oldest first. Each answered offer or card
loses its buttons, and one line says what happened to each.
"""

from __future__ import annotations

import re
from datetime import timedelta

from flowhub.connectors import Reply
from flowhub.skills import assign
from flowhub.skills.capture import confirm_proposal, discard
from flowhub.skills.context import Context
from flowhub.skills.picks_edit import one_message, summary
from flowhub.skills.picks_numbering import numbering
from flowhub.storage import Proposal, Task, as_utc, proposals, tasks

__all__ = ["handle"]

# How long offers still take an answer that names them by place.
_WINDOW = timedelta(hours=4)
_PLACES = {
    "first": 0, "1st": 0, "1": 0, "one": 0, "second": 1, "2nd": 1, "2": 1, "two": 1,
    "third": 2, "3rd": 2, "3": 2, "three": 2, "fourth": 3, "4th": 3, "4": 3, "four": 3,
}  # fmt: skip
_REST = ("other", "others", "rest", "last")
_PLACE = (
    r"(?:the\s+)?(?P<{name}>first|second|third|fourth|1st|2nd|3rd|4th|[1-4]|other|others|rest"
    r"|last|#[1-4])(?:\s+(?:one|card|task|offer))?"
)
_YES = (
    r"(?:yes|yep|yeah|yup|ok(?:ay)?|sure|fine|good|accept(?:ed)?|take|keep|save|confirm|send"
    r"|approve|add|go\s+with|👍|✅)"
)
_NO = (
    r"(?:no|nope|nah|not|decline(?:d)?|reject|drop|discard|skip|bin|pass|can'?t|scrap|ditch"
    r"|toss|kill|trash|nix|chuck|delete|remove|dump|lose|get\s+rid\s+of|👎|❌)"
)
_PART = re.compile(
    rf"^(?:(?P<lead>{_YES}|{_NO})\s+(?:to\s+|for\s+|on\s+)?{_PLACE.format(name='at')}"
    rf"|{_PLACE.format(name='place')}\s*(?:is\s+|[:=-]\s*)?(?P<tail>{_YES}|{_NO})(?:\s+(?:please|pls|thanks))?)$",
    re.I,
)
_CUT = re.compile(r"\s*(?:[,;/.&]|\band\b|\bbut\b|\bthen\b)\s*", re.I)
# "first yes second no": answers by place said one after another with no comma.
_TAIL = re.compile(
    rf"\s*{_PLACE.format(name='place')}\s*(?:is\s+|[:=-]\s*)?(?P<tail>{_YES}|{_NO})"
    r"(?:\s+(?:please|pls|thanks|thx))?(?=\s|$)",
    re.I,
)


def handle(ctx: Context) -> list[Reply] | None:
    """Answer each offer or card a part of the message names by its place; None if not that."""
    said = _said(ctx.text)
    if said is None:
        return None
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    if len(pending) >= 2:
        cards = numbering(ctx, pending)
        chosen = _chosen(said, len(cards))
        return None if chosen is None else _cards(ctx, cards, chosen)
    offers = _offers(ctx) if ctx.chat.kind == "direct" else []
    chosen = _chosen(said, len(offers)) if len(offers) >= 2 else None
    return None if chosen is None else _answer_offers(ctx, offers, chosen)


def _said(text: str) -> list[tuple[str, bool]] | None:
    """Each part's place and whether it says yes; None unless every part is one such answer."""
    clean = " ".join(text.strip().rstrip("!.").split())
    read: list[tuple[str, bool]] = []
    for part in (p.strip() for p in _CUT.split(clean) if p and p.strip()):
        found = [m] if (m := _PART.match(part)) else _tails(part)
        if not found:
            return None
        for m in found:
            place = (m.groupdict().get("at") or m["place"]).casefold().lstrip("#")
            word = (m.groupdict().get("lead") or m["tail"]).casefold()
            read.append((place, re.fullmatch(_YES, word, re.I) is not None))
    if len(read) < 2:
        return None
    answers = {yes for _, yes in read}
    return read if len(answers) == 2 or len({p for p, _ in read}) == len(read) else None


def _tails(part: str) -> list[re.Match[str]]:
    """ "first yes second no": the answers by place that make up the whole of `part`."""
    found, at = [], 0
    while at < len(part) and (m := _TAIL.match(part, at)) is not None:
        found.append(m)
        at = m.end()
    return found if at == len(part) else []


def _chosen(said: list[tuple[str, bool]], count: int) -> dict[int, bool] | None:
    """Place -> yes, for `count` things; "the other" and "the rest" take those not named."""
    chosen: dict[int, bool] = {}
    rest: bool | None = None
    for place, yes in said:
        if place in _REST and place != "last":
            rest = yes
            continue
        at = count - 1 if place == "last" else _PLACES.get(place)
        if at is None or at >= count or at in chosen:
            return None
        chosen[at] = yes
    if rest is not None:
        chosen.update({i: rest for i in range(count) if i not in chosen})
    return chosen if len(chosen) >= 2 else None


def _cards(ctx: Context, cards: list[Proposal], chosen: dict[int, bool]) -> list[Reply]:
    replies: list[Reply] = []
    saved, dropped = [], []
    for at, yes in sorted(chosen.items()):
        card = cards[at]
        if yes:
            replies += confirm_proposal(ctx, card)
            saved.append(card)
        else:
            replies += discard(ctx, str(card.id))
            dropped.append(card)
    return one_message([*replies, Reply(summary(saved, dropped, []))])


def _answer_offers(ctx: Context, offers: list[Task], chosen: dict[int, bool]) -> list[Reply]:
    replies: list[Reply] = []
    for at, yes in sorted(chosen.items()):
        replies += assign.answer(ctx, offers[at], accepted=yes, alone=False)
    return one_message(replies)


def _offers(ctx: Context) -> list[Task]:
    """The tasks offered to the person and still unanswered, oldest first."""
    waiting = [
        t
        for t in tasks.get_all_tasks(
            session=ctx.session, workspace_id=ctx.workspace_id, assignee_id=ctx.person_id
        )
        if t.assignment == "pending"
        and t.status == "open"
        and t.creator_id != ctx.person_id
        and ctx.now - as_utc(t.updated_at) <= _WINDOW
    ]
    return sorted(waiting, key=lambda t: (as_utc(t.updated_at), t.id or 0))
