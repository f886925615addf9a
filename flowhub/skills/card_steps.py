"""Several card answers said in sentences of their own, each carried out in turn.

"scrap the second one. and the deposit one -> 'pay 500€ deposit'. also you missed the headcount,
thats due the 14th" drops one card, renames another and makes a card for the headcount; "nope,
bin that card. I meant the insta teaser - skip tue 15th" drops the card and skips that day of the
repeat. Each sentence is read as a message of its own; one that reads as nothing known is named
in the answer and changes nothing, and no sentence becomes a card of its own words by mistake.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from typing import Any

from flowhub.connectors import Reply
from flowhub.nlp import classify_intent
from flowhub.skills import done_undo
from flowhub.skills import picks_words as pw
from flowhub.skills.card_words import STEP_UNREAD
from flowhub.skills.context import Context
from flowhub.skills.picks_position import title_match
from flowhub.storage import Proposal, id_of, proposals

_SENTENCE = re.compile(
    r"(?<=[.!?])\s+(?=\S)|,\s*(?:and\s+)?(?=(?:throw\s+(?:away|out)|bin|discard|ditch|scrap|toss"
    r"|trash|drop|kill|delete|get\s+rid\s+of|take|cut|give|move|push|rename)\s)"
    r"|,\s*(?:and\s+)?then\s+(?=(?:save|confirm)\s+(?:all|both|them|everything)\b)",
    re.I,
)
_LEAD = re.compile(
    r"^\W*(?:(?:and|also|plus|then|oh|so|ok(?:ay)?|nope|no|nah|yes|yeah|pls|please|wait"
    r"|actually|btw)\b[\s,:]*)+",
    re.I,
)
_REF = (
    r"(?:it|that|this|them|both|all|the\s+rest|the\s+others?|(?:the|that|this)\s+(?:[\w'’€-]+\s+)"
    r"{0,4}?(?:one|card)|(?:the\s+)?(?:first|second|third|last|other)(?:\s+one)?|\d{1,2})"
)
_CARD_STEP = re.compile(
    r"^(?:(?:save|confirm|keep|approve|discard|ditch|bin|scrap|drop|toss|trash|nix|chuck|delete"
    r"|kill|remove|get\s+rid\s+of|throw\s+(?:away|out)|done|undo)\b"
    rf"|(?:rename|call|move|push|make|give|set|change|put)\s+{_REF}(?:\W|$)"
    r"|(?:the|that|this)\s+(?:[\w'’€-]+\s+){0,4}?(?:one|card)\b"
    r"|(?:the\s+)?(?:first|second|third|fourth|fifth|last|\d(?:st|nd|rd|th))\b"
    r"|(?:all|both|them|those)\b(?:\s+\w+)?\s+(?:due|to|for|on)\b"
    r"|(?:take|cut|remove|strip)\s.+\s(?:off|from)\s+(?:the\s+|all\s+)?titles\b"
    r"|(?:new\s+)?(?:title|name)\s*(?::|=|->|→)"
    r"|(?:mark|tick|check)\s+(?:off\s+)?.{2,60}?\s+(?:as\s+)?(?:done|finished|complete(?:d)?)\W*$)",
    re.I,
)
_WHOLE = re.compile(
    r"\b(?:the\s+rest|(?:the\s+)?others?|remaining|everything\s+else|wrong|incorrect|not\s+right"
    r"|off\b(?!\s+(?:the\s+|all\s+)?titles))\b",
    re.I,
)
_EVERY = re.compile(r"\b(?:all|both|them|everything|each|every)\b", re.I)
# "you missed the headcount, thats due the 14th", "add: send the menus by friday", "i need a
# task: chase the deposit, tomorrow".
_NEW = re.compile(
    r"^(?:(?:you|u)\s+(?:also\s+)?(?:missed|forgot|left\s+out|skipped)|add(?:\s+(?:a\s+)?"
    r"(?:new\s+)?(?:task|card|one))?\s*:|new\s+(?:task|card|one)\s*:|(?:i\s+)?(?:also\s+)?"
    r"(?:need|want|make|create|add)\s+(?:me\s+)?(?:a|another|one\s+more)\s+(?:new\s+)?"
    r"(?:task|card|to-?do)\s*[:–—-]|add(?=\s+(?!(?:it|that|this|them|those|these|the\s+rest)\b)"
    r"[^\W\d_]+\s+\S))\s*(?P<task>.+)$",
    re.I,
)
# "I meant the insta teaser repeat - skip tue 15th": the thing named, then what to do to it.
_MEANT = re.compile(
    r"^(?:i\s+)?meant\s+(?P<what>.+?)\s*(?:[-–—:]|,)\s*(?P<verb>skip|move|push|stop|cancel|snooze"
    r"|mark|tick)\s+(?P<rest>.+)$",
    re.I,
)
# "the headcount, thats due the 14th": the thing, then when it is due.
_DUE_AFTER = re.compile(
    r"^(?P<x>.+?),?\s+(?:that'?s|thats|it'?s|its|which\s+is)\s+(?P<y>due\b.+)$", re.I
)
# "the toner card is a duplicate": a sentence about a card, which the next one's "it" points at.
_DESCRIBES = re.compile(
    r"^(?:(?:the|that|this)\s+)?(?:[\w'’€-]+\s+){0,4}?(?:one|card)(?:'s|’s|\s+(?:is|was|are|looks"
    r"|seems))\b",
    re.I,
)
_PRONOUN_STEP = re.compile(
    r"^(?:(?:just|pls|please|so)\s+)?(?P<verb>discard|ditch|bin|scrap|drop|toss|trash|nix|chuck"
    r"|delete|kill|remove|get\s+rid\s+of|throw)\b(?:\s+(?:away|out))?\s+(?:it|that|this|them)\b",
    re.I,
)
# A card named by its place and said to be someone else's or not needed: "the first is luca's
# job", "the 2nd one isn't mine"; a drop of "it" after it drops that card.
_ABOUT = re.compile(
    r"^(?P<ref>(?:the\s+)?(?:first|second|third|fourth|fifth|last|other|\d(?:st|nd|rd|th))"
    r"(?:\s+(?:one|card))?)"
    r"(?:\s+(?:is|was)|['’]s)\s+(?:(?:not\s+mine|not\s+needed|wrong|junk|a\s+dupe|a\s+duplicate)"
    r"|(?:@?[\w'’]+['’]s|his|her|their)\s+(?:job|thing|task|problem|call))\b",
    re.I,
)
# Words that say why a card goes, asking nothing: "I already have them", "priya's card covers
# it", "that's on my list already".
_WHY = re.compile(
    r"^(?:(?:i\s+)?(?:already\s+)?(?:have|got|did|added|saved|made)\s+(?:them|those|these|it|that|both)"
    r"(?:\s+already)?|(?:@?[\w'’]+['’]s|my|his|her|their|the\s+other)\s+(?:card|task|one)\s+"
    r"(?:already\s+)?(?:covers|has|includes|is)\s+(?:it|that|them|this)(?:\s+already)?"
    r"|(?:it'?s|that'?s|its|thats|they'?re|theyre)\s+(?:already\s+)?(?:covered|done|saved|on\s+my"
    r"\s+list|in\s+there|not\s+mine|not\s+my\s+(?:job|thing))(?:\s+already)?)\W*$",
    re.I,
)
# A step that takes in several cards at once: "bin all 6 of those".
_BULK = re.compile(r"\b(?:all|both|them|those|these|everything)\b", re.I)
# "report is due friday": when the card named by its words is due.
_DUE_SAID = re.compile(
    r"^(?:the\s+)?(?P<what>[^\W\d_][\w'’ -]{2,40}?)\s+(?:is|are|['’]s)\s+(?:now\s+)?"
    r"(?:due|for|on)\b",
    re.I,
)
# "lol the titles are a mess", "that was a setting": a remark about the cards, asking nothing.
_REMARK = re.compile(
    r"^(?:(?:lol|lmao|haha\w*|ugh+|omg|oops|hmm+|sigh)\W+)*(?:(?:the|these|those|your|ur|all\s+the)"
    r"\s+(?:titles?|names?|cards?)\s+(?:are|is|were|look|looks|seem)\s+(?:(?:a\s+bit|kinda|all|so"
    r"|really|pretty)\s+)*(?:a\s+)?(?:mess|messy|weird|garbage|gibberish|confusing|jumbled|chaos)"
    r"|(?:that|this|it)(?:'s|’s|\s+was|\s+is)\s+(?:(?:meant|supposed)\s+(?:to\s+be\s+|as\s+)?)?"
    r"(?:an?\s+|my\s+)?(?:setting|preference|command|instruction)s?(?:\s+for\s+you)?)\W*$",
    re.I,
)
# "confirm all 3", "save them": a save of several, done after the changes said beside it.
_SAVE_MANY = re.compile(
    r"^(?:save|confirm|keep|approve)\s+(?:all|both|them|everything|those|these)\b", re.I
)
_ANSWER = re.compile(
    r"^(?:save|confirm|keep|approve|discard|ditch|bin|scrap|drop|toss|trash|nix|chuck|delete|kill"
    r"|remove|get\s+rid\s+of|throw)\b",
    re.I,
)
_SERIES = re.compile(r"\s+(?:repeat|repeating|recurring|series|reminders?|post)$", re.I)
_DAY_FIRST = re.compile(
    r"^(?:mon|tue|wed|thu|fri|sat|sun|the\s+\d|\d|dec|jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
    r"|nov)",
    re.I,
)


def handle(ctx: Context) -> list[Reply] | None:
    """Carry out each sentence of a message of card answers; None for any other message."""
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    if not pending:
        return None
    from flowhub.skills.card_clauses import said_alone  # it reads the skills importing this one

    if _WHOLE.search(ctx.text) and (plain := _without_why(ctx.text)) != ctx.text:
        return said_alone(ctx, plain)  # "drop X, priya's card covers it. save the rest"
    steps = _steps(ctx.text, pending)
    if steps is None:
        return None

    replies: list[Reply] = []
    acts: list[dict[str, Any]] = []  # one "undo" takes back every sentence
    made: list[int] = []
    last = ctx.thread.undo
    for step, new in steps:
        before = _waiting(ctx)
        got = said_alone(ctx, step)
        if ctx.thread.undo is not last:
            done_undo.keep_step(ctx, acts)
            last = ctx.thread.undo
        junk = _waiting(ctx) - before
        made += sorted(junk) if new else []
        if junk and not new:
            for card_id in junk:  # a sentence read as a task of its own words: not what was meant
                card = proposals.get_proposal(session=ctx.session, proposal_id=card_id)
                if card is not None:
                    proposals.update_proposal(
                        session=ctx.session, proposal=card, now=ctx.now, status="discarded"
                    )
            got = [Reply(STEP_UNREAD.format(part=step))]
        replies += got or [Reply(STEP_UNREAD.format(part=step))]
    done_undo.remember_all(ctx, acts, made)
    waiting = _waiting(ctx)
    # A card a later sentence saved or dropped shows no buttons in the earlier answers.
    return [r if _still_waits(r, waiting) else replace(r, buttons=()) for r in replies]


def _still_waits(reply: Reply, waiting: set[int]) -> bool:
    kind, _, number = (reply.ref or "").partition(":")
    return kind != "proposal" or not number.isdigit() or int(number) in waiting


def _without_why(text: str) -> str:
    """`text` without the parts that only say why: "drop X, priya's card covers it. save the rest"
    is "drop X. save the rest"."""
    parts = _said_why([p.strip() for p in _SENTENCE.split(text.strip()) if p.strip(" .!?")])
    kept = [p for p in parts if not _WHY.match(_LEAD.sub("", p).strip().rstrip(".!"))]
    if len(kept) == len(parts) or not kept:
        return text
    return ". ".join(p.rstrip(" .!,") for p in kept)


def _steps(text: str, pending: list[Proposal]) -> list[tuple[str, bool]] | None:
    """The sentences to carry out, said plainly, each with whether it asks for a new card; None
    unless two or more are card answers, or one is beside chat words ("ugh no. bin all 6")."""
    parts = _said_why([p.strip() for p in _SENTENCE.split(text.strip()) if p.strip(" .!?")])
    if len(parts) < 2 or _WHOLE.search(text):
        return None  # "the rest", "the second one's wrong, …": one answer, read by the picks
    steps: list[tuple[str, bool]] = []
    cards = 0
    chat = 0  # parts that say why, or chat words beside a step about several cards
    setting = any(
        classify_intent(_LEAD.sub("", p).strip().rstrip(".!")) == "settings" for p in parts
    )
    for part in parts:
        bare = _LEAD.sub("", part).strip().rstrip(".!")
        if setting and _ANSWER.fullmatch(bare):
            steps.append((bare, False))  # "that was a setting. discard. language german"
            cards += 1
            continue
        if _WHY.match(bare):
            chat += 1
        if not bare or pw.FILLER.match(bare) or pw.ASIDE.match(bare) or _WHY.match(bare):
            chat += bool(bare and pw.FILLER.match(bare) and _BULK.search(text))
            continue
        if _REMARK.match(bare):
            chat += 1
            continue
        if m := _NEW.match(bare):
            steps.append((_DUE_AFTER.sub(r"\g<x> \g<y>", m["task"]), True))
        elif m := _MEANT.match(bare):
            rest = m["rest"]
            on = " on " if _DAY_FIRST.match(rest) else " "
            what = _SERIES.sub("", m["what"]).strip()
            steps.append((f"{m['verb']} {what}{on}{rest}", False))
        elif _CARD_STEP.match(bare) or _due_of_card(bare, pending):
            steps.append((bare, bool(_made_on_purpose(bare))))
            cards += 1
        elif classify_intent(bare) == "settings":
            steps.append((bare, False))  # "discard. language german": the setting too
        else:
            return None
    named = len(steps)
    steps = _pointed(steps)
    chat += named - len(steps)
    if any(_DESCRIBES.match(a) and _PRONOUN_STEP.match(b) for (a, _), (b, _) in pairwise(steps)):
        return None  # "the toner card is a duplicate, bin it": one answer about that card
    if any(new for _, new in steps) and _EVERY.search(text):
        return None  # "you missed one - …. and save all three": the new card counts in the yes
    if not cards or (len(steps) < 2 and not chat):
        return None
    return _saves_last(steps)


def _saves_last(steps: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """`steps` with a save of several after the changes said beside it: "the glaze one - tuesday.
    confirm all 3" changes the card, then saves all three."""
    changes = [i for i, (step, new) in enumerate(steps) if not new and not _ANSWER.match(step)]
    if not changes:
        return steps
    late = [s for i, s in enumerate(steps) if _SAVE_MANY.match(s[0]) and i < changes[-1]]
    return [s for s in steps if s not in late] + late


def _due_of_card(step: str, pending: list[Proposal]) -> bool:
    """Whether `step` says when a waiting card named by its words is due: "report is due fri"."""
    m = _DUE_SAID.match(step)
    return m is not None and title_match(m["what"], pending) is not None


def _said_why(parts: list[str]) -> list[str]:
    """`parts` with a reason said after a comma as a part of its own: "drop the first two, I
    already have them"."""
    out: list[str] = []
    for part in parts:
        head, comma, tail = part.rpartition(",")
        if comma and head.strip() and _WHY.match(_LEAD.sub("", tail).strip().rstrip(".!")):
            out += [head.strip(), tail.strip()]
        else:
            out.append(part)
    return out


def _pointed(steps: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """ "the first is luca's job, drop it": the drop of the card the sentence before named."""
    out: list[tuple[str, bool]] = []
    for step, new in steps:
        said = _ABOUT.match(out[-1][0]) if out else None
        pronoun = _PRONOUN_STEP.match(step)
        if said is not None and pronoun is not None:
            out[-1] = (f"{pronoun['verb']} {said['ref']}", False)
        else:
            out.append((step, new))
    return out


def _waiting(ctx: Context) -> set[int]:
    found = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    return {id_of(p) for p in found}


def _made_on_purpose(step: str) -> bool:
    """Whether a step asks for a new card itself ("add …")."""
    return bool(re.match(r"^(?:add|new)\b", step, re.I))
