"""Waiting cards given out to people in one message, each part its own card: "first one is for
sam, second for priya", "price tags one → priya. and the pack stand one is for me (ana)", "the
rest are mine", "they're all mine", "first two -> ana"; "and you forgot mine: pack the market
stand stuff friday 7pm" after them is a new card for the sender.

"me", "mine", "i" and "for me (ana)" are the sender. A part that names no card or nobody in the
team leaves the whole message to the other readers, so nothing is given out by half.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.nlp import TaskDraft, extract_tasks
from flowhub.skills import capture
from flowhub.skills.context import Context
from flowhub.skills.edit import edit_card
from flowhub.skills.edit_words import Change
from flowhub.skills.picks_numbering import numbering
from flowhub.skills.picks_position import Unclear, positions, title_match
from flowhub.storage import Proposal, id_of, people, proposals

__all__ = ["handle"]

_WORDS = 50
_ADDRESS = re.compile(r"^\W*flowhub\b[\s,:]*", re.I)
# "and you forgot mine: pack the market stand stuff friday 7pm": a card the sender still wants.
_FORGOT = re.compile(
    r"(?:^|[.;,!]\s*|\s+)(?:(?:and|also|oh|plus|btw)\s+)*(?:you|u)\s+(?:also\s+)?(?:forgot|missed"
    r"|left\s+out|skipped)\s+(?P<whose>mine|my\s+one|me|one\s+for\s+me|one|[^\W\d_]+['’]s)"
    r"\s*[:,–—-]\s*(?P<task>.+)$",
    re.I,
)
_PARTS = re.compile(r"\s*[.;!]+\s+|\s*,\s*(?:and\s+)?|\s+and\s+", re.I)
_LEAD = re.compile(
    r"^(?:(?:and|also|plus|oh|ok|okay|so|then|btw|nah|no|nope|actually|wait|hmm+|sorry)\b[\s,]*)+",
    re.I,
)
_ME = r"(?:me|mine|myself|i|my\s+(?:job|thing|task))(?:\s*\([^)]*\))?"
_WHO = rf"(?P<who>{_ME}|@?[^\W\d_][\w-]*(?:['’]s)?)"
# "the first one is for sam", "second for priya", "price tags one → priya", "first two -> ana".
_GIVEN = re.compile(
    r"^(?P<ref>.+?)\s*(?:(?:is|are|goes|go|can\s+go)\s+)?(?P<sep>for|to|→|->|=>|:)\s*"
    + _WHO
    + r"$",
    re.I,
)
# "the rest are mine", "the last one is sam's", "they're all mine", "all of them are mine".
_WHOSE = re.compile(
    r"^(?P<ref>.+?)(?:\s+(?:is|are)|\s*(?:'re|’re|'s|’s))\s+(?:all\s+)?" + _WHO + r"$",
    re.I,
)
_THEY_ALL = re.compile(
    r"^(?:they|those|these|them)(?:\s*(?:'re|’re)|\s+are)?(?:\s+all)?$"
    r"|^(?:all|both|everything|all\s+of\s+them|all\s+of\s+those|the\s+lot)$",
    re.I,
)
_REST = re.compile(
    r"^(?:the\s+)?(?:rest|others|other\s+ones|other\s+one|remaining(?:\s+ones)?)$", re.I
)
_ONE_SAID = re.compile(r"\s(?:one|card)$", re.I)
_ONE = re.compile(r"^(?:the|that|this)\s+|\s+(?:one|card|task)$", re.I)


def handle(ctx: Context) -> list[Reply] | None:
    """Give each card the message names to its person, then make the card it says was missed."""
    text = _ADDRESS.sub("", ctx.text.strip())
    if not text or ctx.event.forwarded or len(text.split()) > _WORDS:
        return None
    if ctx.chat.kind == "group" and not ctx.event.addressed:
        return None
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    if not pending:
        return None
    forgot = _FORGOT.search(text)
    head = text[: forgot.start()] if forgot is not None else text
    given = _given(ctx, head, numbering(ctx, pending))
    if given is None or (not given and forgot is None):
        return None
    new: list[TaskDraft] = []
    task = forgot["task"] if forgot is not None else ""
    if forgot is not None:
        whose = _person(ctx, forgot["whose"]) if forgot["whose"].casefold() != "one" else None
        new = extract_tasks(task, now=ctx.now, tz=ctx.tz, sender=ctx.person.display_name)
        if len(new) != 1 or (forgot["whose"].casefold() != "one" and whose is None):
            return None
        new = [replace(new[0], assignee=whose or new[0].assignee)]
    replies: list[Reply] = []
    for card, name in given:
        replies += edit_card(ctx, card, [Change(target="it", assignee=name)])
    if new:

        def read(*_: object, **__: object) -> list[TaskDraft]:
            return new

        replies += capture.handle(replace(ctx, text=task, intent="capture", extract=read)) or []
    return replies or None


def _given(ctx: Context, text: str, cards: list[Proposal]) -> list[tuple[Proposal, str]] | None:
    """(card, person) for every part of `text`; None when a part gives nothing it can read."""
    out: list[tuple[Proposal, str]] = []
    rest: list[str] = []
    for part in (_LEAD.sub("", p).strip(" .!,") for p in _PARTS.split(text.strip())):
        if not part:
            continue
        m = _GIVEN.match(part) or _WHOSE.match(part)
        if m is None:
            return None
        who = _person(ctx, m["who"])
        if who is None:
            return None
        ref = m["ref"].strip()
        if _REST.match(ref):
            rest.append(who)
            continue
        arrow = (m.groupdict().get("sep") or "") in ("→", "->", "=>", ":")
        named = _cards(ref, cards, by_title=arrow or _ONE_SAID.search(ref) is not None)
        if not named:
            return None
        out += [(card, who) for card in named]
    taken = {id_of(c) for c, _ in out}
    if len(rest) > 1:
        return None
    if rest:  # "the rest": the cards nobody has yet, this message or one before
        left = [c for c in cards if id_of(c) not in taken and not c.assignee_name]
        if not left:
            return None
        out += [(card, rest[0]) for card in left]
    return out


def _cards(ref: str, cards: list[Proposal], *, by_title: bool) -> list[Proposal]:
    """The cards a phrase names: "all", "the second", "first two", "the price tags one"; by
    title words only when it says "one" or points with an arrow, so "send the quote to sam" is
    no card given to Sam."""
    if _THEY_ALL.match(ref):
        return list(cards)
    try:
        found = positions(re.sub(r"\s+(?:one|ones|card|cards)$", "", ref, flags=re.I), len(cards))
    except Unclear:
        return []
    if found is not None:
        return [cards[i] for i in found]
    if not by_title:
        return []
    card = title_match(_ONE.sub("", _ONE.sub("", ref)).strip(), cards)
    return [card] if card is not None else []


def _person(ctx: Context, said: str) -> str | None:
    """The display name of whom `said` names: the sender for "me" or "mine", else one teammate."""
    said = re.sub(r"['’]s$", "", said.strip().lstrip("@"))
    if re.fullmatch(_ME, said, re.I) or said.casefold() in ("my one", "one for me"):
        return ctx.person.display_name
    found = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=said
    )
    return found[0].display_name if len(found) == 1 else None
