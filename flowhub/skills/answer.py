"""Typed answers to proposal cards: "yes", "confirm all", "just the second", "drop the venue one".

A bare yes or no applies to the newest card this person was shown in this chat; when one message
produced several cards, it asks which instead of guessing. "all" and "both" take every pending
card; an ordinal picks among the cards last shown; a title word picks the card it names. In a
group, unless the bot is called, `group_ack` decides whether a bare answer is about a card at all.
"""

from __future__ import annotations

import re
from datetime import datetime

from flowhub.connectors import Reply
from flowhub.skills import (
    assign_answer_words,
    confirm_said,
    edit_words,
    group_ack,
    picks_words,
    words,
)
from flowhub.skills.capture import card_snapshot, confirm_proposal, discard
from flowhub.skills.context import Context
from flowhub.skills.format import numbered
from flowhub.skills.offer_closed import closed_cards
from flowhub.skills.refer import ORDINALS, match_titles, replied_ref
from flowhub.storage import Proposal, proposals

_YES_WORDS = (
    r"confirm|yes|y|yep|yeah|yup|ok|okay|sure|save|save it|keep|keep it|go ahead|do it|please"
    r"|sounds good|looks good|correct|right|perfect|great|👍|✅|👌|sí|sim|oui|ja"
    r"|grand|lovely|brill(?:iant)?|ace|sweet|nice|cool|excellent|awesome|spot on"
)
_NO_WORDS = r"discard|no|nope|cancel|drop|drop it|nah|bin it|scrap that|forget it|👎|❌"
_YES = re.compile(rf"^(?:{_YES_WORDS})(?:[\s,]+(?:{_YES_WORDS}))*$", re.I)
_NO = re.compile(rf"^(?:{_NO_WORDS})(?:[\s,]+(?:{_NO_WORDS}))*$", re.I)
_EVERY = (
    r"(?:all(?:\s+of\s+(?:them|those|these)|\s+\w+\s+of\s+(?:them|those|these)"
    r"|\s+(?:three|four|five|six|seven|eight))?"
    r"|both(?:\s+of\s+them)?|them\s+all|every\s*(?:one|thing)|everything)"
)
_ALL_YES = re.compile(
    rf"^(?:(?:{_YES_WORDS})[\s,]*(?:to\s+)?)?{_EVERY}(?:\s+(?:of\s+them|please|thanks))?$"
    # "both yes", "all of them ok", "both look good" ("all good" alone is chat)
    rf"|^{_EVERY}[\s,]+(?:are\s+|look\s+|looks\s+|sound\s+|seem\s+)?(?:{_YES_WORDS})"
    r"(?:\s+(?:please|thanks))?[\s!.]*$",
    re.I,
)
_ALL_NO = re.compile(
    rf"^(?:(?:discard|drop|delete|remove|cancel|bin|trash|scrap|ditch|toss|chuck|nuke|no\s+to"
    rf"|skip)\s+{_EVERY}"
    r"|none(?:\s+of\s+them)?|neither(?:\s+of\s+them|\s+one)?|no\s+thanks?\s+to\s+all)$",
    re.I,
)
_FIRST_N = re.compile(r"(?:the\s+)?(?:first|top)\s+(two|three|four|2|3|4)(?:\s+ones)?")
_COUNTS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
_AND = re.compile(r"\s*(?:,|\band\b|&|\bplus\b)\s*")
_NO_WAIT = re.compile(r"^\s*(?:no|nope|nah)\s+(?=(?:wait|actually|sorry|hmm)\b)", re.I)
_THAT = re.compile(r"(?<=\w)\s+(?:it|that|this|that one|this one|the card|that card)$", re.I)
_REMINDER_REFS = frozenset(["reminder", "occurrence"])
_CARD_WORD = re.compile(r"^(?:confirm|save|discard|drop)\b", re.I)
_BARE_COMMAND = re.compile(r"^(?:confirm|save|discard)$", re.I)
_PICK = re.compile(
    r"^(?:(?P<no>discard|drop|delete|remove|bin|skip|not|scrap|no\s+to)\s+|"
    r"(?:(?:yes|ok|okay|sure)[\s,]+)?(?:confirm|save|keep|yes\s+to|take|add|just|only|"
    r"i\s+want|go\s+with)?\s*(?:just|only)?\s*)"
    r"(?:the\s+)?(?P<what>.+?)(?:\s+one)?(?:\s+(?:only|please))?$",
    re.I,
)


def handle(ctx: Context) -> list[Reply] | None:
    """Typed answers to pending cards; None when the message is not one."""
    # "no wait, discard that" is "discard" of the last card.
    text = _THAT.sub("", edit_words.tidy(_NO_WAIT.sub("", ctx.text)))
    everything_yes, everything_no = bool(_ALL_YES.match(text)), bool(_ALL_NO.match(text))
    yes, no = bool(_YES.match(text)), bool(_NO.match(text))
    if not (yes or no or everything_yes or everything_no) and (taken := _taken_on(ctx, text)):
        return taken
    pick = None if yes or no or everything_yes or everything_no else _PICK.match(text)
    if not (yes or no or everything_yes or everything_no or pick):
        return None
    if replied_ref(ctx)[0] in _REMINDER_REFS:
        return None  # "cancel" said in reply to a reminder is about that reminder, not a card
    if (yes or no) and ctx.chat.kind == "group" and not _CARD_WORD.match(text):
        card = group_ack.answered_card(ctx, text)
        if card is None and not ctx.event.addressed:
            return None  # chat between people
        # The person the card names answers it, and a reply answers the card it replies to.
        if card is not None and (card.person_id != ctx.person_id or ctx.event.reply_to):
            return _act(ctx, [card], confirm=yes)
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    if not pending:
        # Everyday words ("ok", "no") with nothing pending are chat for the other skills.
        return [Reply(words.NO_PENDING)] if everything_yes or _BARE_COMMAND.match(text) else None
    if everything_no:
        return _discard_all(ctx, pending)
    if everything_yes:
        return _act(ctx, pending, confirm=True)
    if pick:
        return _pick(ctx, pending, pick)
    newest = _newest(pending)
    if len(newest) == 1:
        return _act(ctx, newest, confirm=yes)
    ctx.thread.note("cards", [p.id for p in newest if p.id is not None], now=ctx.now)
    lines = numbered([p.title for p in newest])
    return [Reply(edit_words.WHICH_CARD.format(count=len(newest), lines=lines))]


def _taken_on(ctx: Context, text: str) -> list[Reply] | None:
    """ "ok will do", "sure, I'll do it" in a group from the person a waiting card names."""
    agreed = confirm_said.agrees_after_yes(text)  # "haan sure will do 👍"
    if ctx.chat.kind != "group" or not (agreed or assign_answer_words.accepts(text)):
        return None
    card = group_ack.answered_card(ctx, text)
    if card is None or card.person_id == ctx.person_id:
        return None
    return _act(ctx, [card], confirm=True)


def _pick(ctx: Context, pending: list[Proposal], pick: re.Match[str]) -> list[Reply] | None:
    what = pick.group("what").strip().casefold()
    confirm = not pick.group("no")
    shown = _shown(ctx, pending)
    indices = _indices(what)
    if indices:
        if not all(-len(shown) <= i < len(shown) for i in indices):
            return [Reply(edit_words.NO_SUCH_CARD.format(len(shown)))]
        chosen = list({id(shown[i]): shown[i] for i in indices}.values())
        return _act(ctx, chosen, confirm=confirm)
    named = match_titles(what, pending)
    if len(named) == 1 and (pick.group("no") or _says_pick(pick.group(0))):
        return _act(ctx, named, confirm=confirm)
    return None


def _indices(what: str) -> list[int]:
    """The card positions "the second", "1 and 3", "the first two" name (0-based)."""
    if what in ORDINALS:
        return [ORDINALS[what]]
    if m := _FIRST_N.fullmatch(what):
        return list(range(_COUNTS[m.group(1)]))
    parts = [re.sub(r"^the\s+|\s+one$", "", p) for p in _AND.split(what) if p]
    if len(parts) > 1 and all(p in ORDINALS for p in parts):
        return [ORDINALS[p] for p in parts]
    return []


def _says_pick(text: str) -> bool:
    return bool(re.match(r"^(?:confirm|save|keep|yes|just|only|take|add|go with)\b", text, re.I))


def _shown(ctx: Context, pending: list[Proposal]) -> list[Proposal]:
    """The cards an ordinal counts in: those last listed, else the newest message's cards."""
    seen = ctx.thread.seen or {}
    if seen.get("kind") == "cards":
        by_id = {p.id: p for p in pending}
        listed = [by_id[i] for i in seen.get("ids") or [] if i in by_id]
        if listed:
            return listed
    return _newest(pending)


def _newest(pending: list[Proposal]) -> list[Proposal]:
    """The cards shown most recently: one message's cards share their time and message."""
    latest = max(_shown_at(p) for p in pending)
    return [p for p in pending if _shown_at(p) == latest]


def _shown_at(card: Proposal) -> tuple[datetime, int]:
    return card.updated_at, card.source_event_id or 0


def _discard_all(ctx: Context, pending: list[Proposal]) -> list[Reply]:
    snaps = [card_snapshot(p) for p in pending]
    ctx.thread.remember_undo({"verb": "card", "cards": snaps}, now=ctx.now)
    for proposal in pending:
        proposals.update_proposal(
            session=ctx.session, proposal=proposal, now=ctx.now, status="discarded"
        )
    ctx.thread.editing = None
    titles = ", ".join(p.title for p in pending)
    said = Reply(edit_words.DISCARDED_ALL.format(count=len(pending), titles=titles))
    return [*closed_cards(ctx, pending), said]


def _act(ctx: Context, chosen: list[Proposal], *, confirm: bool) -> list[Reply]:
    replies: list[Reply] = []
    for proposal in chosen:
        if confirm:
            replies += confirm_proposal(ctx, proposal)
        else:
            replies += discard(ctx, str(proposal.id))
    if len(chosen) > 1 and ctx.chat.kind == "direct":
        # Cards changed in place may be far up the chat: one line below says what happened.
        said = picks_words.SUMMARY_SAVED if confirm else picks_words.SUMMARY_DISCARDED
        titles = ", ".join(p.title for p in chosen)
        replies.append(Reply(said.format(count=len(chosen), titles=titles) + "."))
    return replies
