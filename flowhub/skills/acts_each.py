"""A message of several parts, each one act of its own, done part by part in order.

"yes and also butter, 40kg from the dairy same day. oh and whats on for tomorrow?" saves the
waiting card, makes a butter card due the day of the card just saved, then answers the question;
"ok. did u get the 7:45 reminder?" saves the card and answers; "set my digest to 9:30 and remind
me daily at 6pm to count the till" changes the setting and sets the reminder. Each part is read
alone as a yes to the card, a setting, a change to a saved task, a new task or a question; when
one part reads as none of those, the message is left to the skills that read it whole.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC
from typing import Any
from zoneinfo import ZoneInfo

from flowhub.connectors import Reply
from flowhub.nlp import classify_intent, detect_language
from flowhub.skills import (
    confirm_said,
    done_undo,
    edit_multi,
    reply_words,
    saved_mixed,
    settings_said,
)
from flowhub.skills.capture import confirm_proposal
from flowhub.skills.context import Context
from flowhub.skills.picks_edit import one_message
from flowhub.storage import Proposal, id_of, proposals

__all__ = ["handle"]

# A yes said first and joined to the next act: "yes and also …", "ok, plus …".
_AFTER_YES = re.compile(
    r"\s*[.!…]+\s+|\s*,\s*(?:(?:and|also|plus|then)\s+)*|\s+(?:(?:and|also|plus|then)\s+)+", re.I
)
# Another act joined by "and": "… and remind me daily at 6pm …", "… and what's due friday?".
_AND_ACT = re.compile(
    r"\s*,?\s+and\s+(?:also\s+)?(?=(?:remind|set|switch|change|turn|tell|show|what|whats|what's"
    r"|how|which|who|when|is|are|do|does|did|can|could)\b)",
    re.I,
)
# "now add the tasting: hendersons cake tasting …": the words that only announce the task.
_ANNOUNCE = re.compile(
    r"^(?:now\s+)?(?:(?:please|pls|kindly)\s+)?(?:add|new|make|create|put\s+in)\b[^:?]{0,30}:\s*(?=\S)"
    r"|^(?:now|kindly|please|pls|plz)\s+(?=\S)",
    re.I,
)
_SAME_DAY = re.compile(
    r"\b(?:(?:on\s+)?the\s+same\s+day|same\s+day|same\s+date|(?:on\s+)?that\s+day)\b", re.I
)
# A question asked in its own words: "whats on for tomorrow?", "anything due monday".
_ASKS = re.compile(
    r"^(?:what|whats|what's|which|who|whos|who's|when|how|hows|how's|is|are|do|does|did|anything"
    r"|any|show|list|tell)\b|\?\s*$",
    re.I,
)
_DIGIT = re.compile(r"\d")
_LEAD_ONLY = re.compile(r"^(?:and\s+|\+\s*)?remind\b", re.I)
_ENDS = re.compile(r"^\s*[.!…]|[.!…]\s*$")
# A yes that answers the card, not an "ok" that may only say the rest was heard.
_FIRM = re.compile(r"^\W*(?:yes|yep|yeah|yup|yea|sure|perfect|correct|confirm\w*|save)\b", re.I)
# What the message does first: a yes, then undo, changes, settings, new things, and questions
# last, so an answer counts what the message changed.
_ORDER = {"yes": 0, "undo": 1, "saved": 2, "setting": 3, "new": 4, "ask": 5}


def handle(ctx: Context) -> list[Reply] | None:
    """Each part done as if said alone, when the parts read as different known acts."""
    text = ctx.text.strip()
    if not saved_mixed.may_split(ctx, text):
        return None
    if (ctx.person.locale or "en")[:2] != "en" or detect_language(text) not in (None, "en"):
        return None  # the parts are read with English words
    card = confirm_said.newest_card(ctx)
    parts = _parts(text, ctx, card)
    if len(parts) < 2:
        return None
    read = [_kind(ctx, p, first=i == 0, card=card, text=text) for i, p in enumerate(parts)]
    kinds = [k for k, _ in read]
    if None in kinds or len(set(kinds)) < 2 or not {"yes", "ask", "setting"} & set(kinds):
        return None
    return _do(ctx, card, [(k, p) for k, p in read if k is not None])


def _parts(text: str, ctx: Context, card: Proposal | None) -> list[str]:
    """The parts of a message: a yes said first, its sentences, and acts joined by "and"."""
    yes, rest = _yes_first(text, ctx) if card is not None else (None, text)
    parts = [yes] if yes else []
    for sentence in saved_mixed.parts_of(rest):
        parts += [p.strip(" ,") for p in _AND_ACT.split(sentence) if p.strip(" ,")]
    return parts


def _yes_first(text: str, ctx: Context) -> tuple[str | None, str]:
    """A yes the message starts with ("ok.", "yes and also …"), and the words after it."""
    for m in list(_AFTER_YES.finditer(text))[:2]:
        head, rest = text[: m.start()].strip(), text[m.end() :].strip()
        if head and rest and _says_yes(head, ctx):
            return head + (m.group().strip()[:1] if _ENDS.match(m.group()) else ""), rest
    return None, text


def _kind(
    ctx: Context, part: str, *, first: bool, card: Proposal | None, text: str
) -> tuple[str | None, str]:
    """What one part does ("yes", "setting", "undo", "saved", "new", "ask" or None), and the
    words to do it with."""
    if first and card is not None and _says_yes(part, ctx):
        return ("yes", part) if _firm(ctx, part, text) else (None, part)
    said = _ANNOUNCE.sub("", part).strip()
    if card is not None and card.due_at is not None and _SAME_DAY.search(said):
        due = card.due_at if card.due_at.tzinfo else card.due_at.replace(tzinfo=UTC)
        day = due.astimezone(ZoneInfo(card.due_tz or ctx.tz))
        said = _SAME_DAY.sub(f"on {day.day} {day:%b}", said)
    intent = classify_intent(said)
    if intent == "settings":
        if _LEAD_ONLY.match(said) and not settings_said.reads(said):
            return None, said  # "… fri 10am + remind me 30 min before": a lead of that task
        return (
            ("setting", said) if settings_said.reads(said) or _DIGIT.search(said) else (None, said)
        )
    kind, said = saved_mixed.kind_of(ctx, said)
    if kind == "ask" and (intent != "query" or not _ASKS.match(said)):
        return None, said  # "can you call the bank?" asks for a task, not an answer
    return kind, said


def _says_yes(text: str, ctx: Context) -> bool:
    return confirm_said.says_yes(text, ctx.person.locale) or reply_words.agrees(text)


def _firm(ctx: Context, said: str, text: str) -> bool:
    """Whether a yes says to save the card: a yes or save word, or a sentence of its own ("ok.
    did you …"), not an "ok" that may only say the rest was heard."""
    if confirm_said.says_save(said, ctx.person.locale) or confirm_said.says_plain_yes(said):
        return True
    if _FIRM.match(said) or _ENDS.search(said):
        return True
    at = text.find(said)
    return at >= 0 and bool(_ENDS.match(text[at + len(said) :]))


def _do(ctx: Context, card: Proposal | None, read: list[tuple[str, str]]) -> list[Reply] | None:
    """Do each part in turn; one "undo" takes back all of them."""
    from flowhub.skills.card_clauses import said_alone  # it reads every skill, this one too

    replies: list[Reply] = []
    steps: list[dict[str, Any]] = []
    old, waiting = ctx.thread.undo, done_undo.waiting_ids(ctx)
    for kind, said in sorted(read, key=lambda r: _ORDER[r[0]]):
        if kind == "yes" and card is not None:
            fresh = proposals.get_proposal(session=ctx.session, proposal_id=id_of(card))
            if fresh is not None and fresh.status == "pending":
                replies += confirm_proposal(ctx, fresh)
        elif kind == "saved":
            alone = replace(ctx, event=replace(ctx.event, text=said), text=said)
            applied = edit_multi.apply_act(alone, said)
            replies += applied if applied is not None else said_alone(ctx, said)
        else:
            replies += said_alone(ctx, said)
        if ctx.thread.undo is not old:
            done_undo.keep_step(ctx, steps)
    made = sorted(done_undo.waiting_ids(ctx) - waiting)
    done_undo.remember_all(ctx, [s for s in steps if s is not old], made)
    return one_message(replies) if replies else None
