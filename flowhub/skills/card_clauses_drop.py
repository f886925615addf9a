"""A change and a drop of a waiting card, each in a sentence of its own: "no, i meant move the
Schmidt tiles order to tuesday 2pm. that 'tiles instead' thing isn't a task, bin it".

The change goes to the card or saved task its words name; the card to drop is named by a quoted
part of its title or by its words, never guessed as the newest card. One "undo" takes back both.
"""

from __future__ import annotations

import re
from typing import Any

from flowhub.connectors import Reply
from flowhub.skills import done_undo
from flowhub.skills import picks_words as pw
from flowhub.skills.capture import discard
from flowhub.skills.context import Context
from flowhub.skills.edit_words import Change, tidy
from flowhub.skills.picks_position import title_match
from flowhub.skills.refer import PRONOUNS, tasks_named
from flowhub.storage import Proposal, id_of, proposals

_SENTENCES = re.compile(r"(?<=[.!?;])\s+")
_QUOTED = re.compile(r"[\"'“‘](?P<q>[^\"'“”‘’]{2,60})[\"'”’]")
_MEANT = re.compile(
    r"^(?:(?:no|nope|sorry|oops|wait|actually)[\s,.!]+)*(?:i\s+meant|i\s+mean|meant)(?:\s+to)?"
    r"[\s:,]+",
    re.I,
)
_PARTS = re.compile(r"\s*,\s*|\s+(?:and|so)\s+(?=(?:just\s+)?(?:bin|drop|scrap|ditch|toss|delete))")
_MOST_SENTENCES = 4


def handle(ctx: Context) -> list[Reply] | None:
    """The change and the drop a message asks, sentence by sentence; None unless both."""
    text = ctx.text.strip()
    if ctx.event.forwarded or ctx.event.reply_to or "\n" in text:
        return None
    sentences = [s.strip(" .!?;") for s in _SENTENCES.split(text) if s.strip(" .!?;")]
    if not 2 <= len(sentences) <= _MOST_SENTENCES:
        return None
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    if not pending:
        return None
    drops: list[Proposal] = []
    edits: list[tuple[Proposal | None, list[Any], list[Change]]] = []
    for sentence in sentences:
        card = _dropped(sentence, pending)
        if card is not None:
            drops.append(card)
            continue
        edit = _edit(ctx, sentence, pending)
        if edit is None:
            return None
        edits.append(edit)
    if not drops or not edits or any(c is e[0] for c in drops for e in edits):
        return None
    return _apply(ctx, drops, edits)


def _dropped(sentence: str, pending: list[Proposal]) -> Proposal | None:
    """The card a sentence drops by its words: "that 'tiles instead' thing isn't a task, bin it"."""
    parts = [pw.LEAD.sub("", p).strip() for p in _PARTS.split(sentence) if p.strip()]
    named: Proposal | None = None
    dropped = False
    for part in parts:
        why = pw.WHY_NOT_TASK.match(part)
        verb = pw.VERB_FIRST.match(part)
        post = pw.POST_VERB.match(part)
        if why is not None:
            what = why["what"]
        elif verb is not None and verb["drop"]:
            what = verb["what"]
        elif post is not None and post["drop"]:
            what = post["what"]
        else:
            return None
        dropped = True
        if pw.THIS.match(what.strip()) or what.strip().casefold() in PRONOUNS:
            continue  # "bin it" after the card was named
        card = _named_card(what, pending)
        if card is None or (named is not None and card is not named):
            return None
        named = card
    return named if dropped else None


def _named_card(what: str, pending: list[Proposal]) -> Proposal | None:
    """The waiting card a quoted part of its title, else its words, name."""
    quoted = _QUOTED.search(what)
    said = quoted["q"] if quoted else pw.SUFFIXES.sub("", what)
    return title_match(said, pending)


def _edit(
    ctx: Context, sentence: str, pending: list[Proposal]
) -> tuple[Proposal | None, list[Any], list[Change]] | None:
    """The card or saved task a sentence changes by name, and how; None when it changes none."""
    from flowhub.skills import edit  # edit reaches back into the skills importing this one

    said = tidy(_MEANT.sub("", pw.LEAD.sub("", sentence)))
    changes, unread = edit.read_edits(ctx, said)
    if unread is not None or not changes or any(c.save or c.noop for c in changes):
        return None
    targets = {c.target.strip().casefold() for c in changes}
    if len(targets) != 1 or targets & PRONOUNS:
        return None
    phrase = targets.pop()
    card = title_match(pw.SUFFIXES.sub("", phrase), pending)
    if card is not None:
        return card, [], changes
    found = tasks_named(ctx, phrase)
    return (None, found, changes) if len(found) == 1 else None


def _apply(
    ctx: Context,
    drops: list[Proposal],
    edits: list[tuple[Proposal | None, list[Any], list[Change]]],
) -> list[Reply]:
    """Make the changes, then drop the cards; one "undo" takes back all of it."""
    from flowhub.skills import edit
    from flowhub.skills.edit_saved import edit_task

    replies: list[Reply] = []
    steps: list[dict[str, Any]] = []
    for card, found, changes in edits:
        for change in changes:
            change.target = "it"
        if card is not None:
            replies += edit.edit_card(ctx, card, changes)
        else:
            replies += edit_task(ctx, found, changes, "it")
        done_undo.keep_step(ctx, steps)
    for card in drops:
        replies += discard(ctx, str(id_of(card)))
        done_undo.keep_step(ctx, steps)
    done_undo.remember_all(ctx, steps)
    return replies
