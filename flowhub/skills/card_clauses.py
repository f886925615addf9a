"""A message of several clauses said to a waiting card or a task handed over, read clause by clause.

"dale perfecto. y q ana revise el presupuesto antes del viernes" saves the card, then makes a new
one for the rest; "ok i'll do it, but 3am lol. make it wed 6pm my time" accepts the task handed
over and moves it. Each clause goes to the reader that reads one thing (a yes, a take, an edit, a
new task); an aside ("we're closed on saturday") is let be. When the first clause is no answer to
the card ("call the lab and ask about the scans") the message is left to capture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from flowhub.connectors import Reply
from flowhub.nlp import classify_intent, english_command, english_remind_lead
from flowhub.skills import (
    capture,
    confirm_said,
    done_undo,
    edit_words,
    picks_all,
    reply_words,
    take_words,
)
from flowhub.skills import picks_words as pw
from flowhub.skills.capture import confirm_proposal
from flowhub.skills.context import Context
from flowhub.skills.edit_apply import REASON
from flowhub.skills.edit_words import Change
from flowhub.skills.picks_edit import edit_and_save, one_message
from flowhub.skills.picks_position import title_match
from flowhub.skills.refer import PRONOUNS, last_target, match_titles, tasks_named
from flowhub.skills.short_reply import asked_of_me
from flowhub.storage import Proposal, Task, access, id_of, proposals

# Where one clause ends: a sentence end, a semicolon, a dash, or a comma or a space before "but"
# or "and" (in the languages people write to the bot in).
_JOINS = (
    r"and|but|also|plus|then|y|pero|e|mas|и|но|а|ve|ama|dan|tapi|और|aur|लेकिन|पर|et|mais|und|aber|en"
)
_CUT = re.compile(
    rf"\s*(?:[.!?…]+\s+|;\s*|\s[—–-]+\s|,\s*(?=(?:{_JOINS})\s)|\s(?=(?:but|pero|mas|но|ama|tapi"
    rf"|लेकिन|mais|aber)\s)|\s(?=(?:और|и)\s))\s*",
    re.I,
)
_AND = re.compile(r"\s+(?=(?:and|y|e|ve|dan|и|और|et|und)\s)", re.I)
_LEAD = re.compile(rf"^(?:(?:{_JOINS})\b[\s,]*)+", re.I)
# A clause that starts a new thing: "and sam needs to …", "y q ana revise …", "और सैम को …".
_NEW = re.compile(r"^(?:and|also|plus|y|e|и|ve|dan|और|aur|et|und|en)\s", re.I)
# A clause that tries to change something even when its value can't be read.
_EDIT_TRY = re.compile(
    r"^(?:(?:no|nope|actually|hmm+|wait)[\s,]+)*(?:make|change|move|push|set|call|rename|name"
    r"|give|assign|cancel|delete|remove)\s+(?:it|that|this|the\s+(?:date|time|title|name))\b",
    re.I,
)
# "ok fine I'll do the keller scans": a task handed over, taken by its name.
_TAKE_NAMED = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|fine|sure|yes|yep|alright)\W+)*(?:i(?:'ll|’ll|\s+will|\s+can)|let\s+me)"
    r"\s+(?:take|do|handle|cover|sort|own|deal\s+with)\s+(?P<what>.+?)[\s.!]*$",
    re.I,
)
# "actually undo", "no, undo that": an undo said first, with what to do instead after it.
_UNDO_FIRST = re.compile(
    r"^\W*(?:(?:no|nope|actually|wait|hmm+|oops|sorry|ok(?:ay)?|ugh)\W+)*(?:undo|revert)"
    r"(?:\s+(?:that|it|this|the\s+(?:move|change|edit)))?\W*$",
    re.I,
)
_THE_REST = re.compile(r"\b(?:the|all\s+the)\s+(?:rest|others)\b", re.I)
_MEANT = re.compile(
    r"^(?:(?:no|sorry|oops)\W+)*(?:i\s+meant|i\s+mean|meant)(?:\s+to)?[\s:,]+", re.I
)
_SAVED_WORD = re.compile(r"\b(?:existing|saved|real|original|actual)\s+", re.I)
_UNDO_CUT = re.compile(r"\s*(?:[,;.!]+\s+|\s[—–-]+\s|\s+and\s+(?:then\s+)?)\s*")
_WORD = re.compile(r"\w+")
_SAVE_WORD = re.compile(r"\b(?:save|confirm|keep)\b", re.I)
_ENDS = re.compile(r"^\s*(?:[.!…]|[^\w\s,;])")
_ONLY_FILLER = re.compile(
    r"^\W*(?:(?:no|nope|nah|hmm+|wait|ugh+|oh|oops|actually|um+|err?|lol)\W*)+$", re.I
)
# A card named by its place among those shown: "the first one …", "2nd one …".
_PLACE = re.compile(
    r"^(?:the\s+)?(?:first|second|third|fourth|last|1st|2nd|3rd|4th|top|bottom)\s+(?:one|card)\b",
    re.I,
)
_BEFORE_IT = re.compile(
    r"^remind\s+me\s+(?:\d+|an?|half\s+an?)\s*(?:min(?:ute)?s?|h(?:ou)?r?s?)\s+before"
    r"(?:\s+(?:it|that|this))?\W*$",
    re.I,
)
_MOST_CLAUSES = 5
_LONGEST = 300
WHAT_TO_CHANGE = edit_words.NOT_UNDERSTOOD


@dataclass
class _Clause:
    kind: str  # "yes", "take", "edit", "task", "aside", "try", "?"
    text: str
    changes: list[Change]
    taken: Task | None = None


def handle(ctx: Context) -> list[Reply] | None:
    """Each clause of a reply to a card or a task handed over, done in turn; None otherwise."""
    text = ctx.event.text.strip()
    if _not_for_clauses(ctx, text):
        return None
    # One command as a whole ("no è x sam, assegnala a lui"), or the cards read together by the
    # picks ("save the bank one …, drop the others").
    if english_command(text, locale=ctx.person.locale) is not None or _THE_REST.search(text):
        return None
    if (saved_all := picks_all.handle(ctx, text, lambda head: said_alone(ctx, head))) is not None:
        return saved_all
    card = _card(ctx)
    offered = asked_of_me(ctx)
    if card is None and not offered:
        return _undo_then_edit(ctx, text)
    parts = _parts(text)
    if not parts:
        return None
    if card is not None and (dropped := _drop_then_edit(ctx, card, parts)) is not None:
        return dropped
    clauses = [_read(ctx, p, offered, first=i == 0, card=card) for i, p in enumerate(parts)]
    if clauses[0].kind not in ("yes", "take", "edit", "try"):
        return None
    if any(c.kind == "?" for c in clauses):
        return None
    if any(c.kind == "try" for c in clauses) and not any(c.kind == "edit" for c in clauses):
        tried = next(c for c in clauses if c.kind == "try")
        return [Reply(WHAT_TO_CHANGE.format(text=tried.text))]
    if any(c.kind == "try" for c in clauses):
        return None  # "give it to her, it's Priya's": read as a whole by the edit reader
    if _task_after_edit(clauses):
        return None  # "es para ana, y ponle …": a second change said in words not read yet
    if _only_heard(ctx, text, clauses):
        return None  # "ok, and also buy milk tomorrow": the ok may only be heard, not a save
    taken = next((c.taken for c in clauses if c.kind == "take"), None)
    if taken is None and any(c.kind == "take" for c in clauses):
        return None
    if card is None and taken is None:
        return None
    return _apply(ctx, card, taken, clauses)


def _not_for_clauses(ctx: Context, text: str) -> bool:
    """Whether the message is no reply read clause by clause: too long, forwarded, or naming a
    card by its place ("the first one is wrong, make it friday" is that card, not the newest)."""
    if len(text) > _LONGEST or ctx.event.forwarded or ctx.event.kind != "text":
        return True
    return not ctx.event.reply_to and _PLACE.match(text) is not None


def _undo_then_edit(ctx: Context, text: str) -> list[Reply] | None:
    """ "actually undo, I'll do it tuesday - make it tue 10am": the edit taken back, then the new
    one made to the same task; None unless the message starts with an undo of one task's edit."""
    from flowhub.skills import done  # done reaches back into the skills importing this one
    from flowhub.skills.edit_saved import edit_task

    parts = [p for p in _UNDO_CUT.split(text) if p and p.strip(" ,")]
    last = ctx.thread.undo or {}
    if len(parts) < 2 or not _UNDO_FIRST.match(parts[0]) or last.get("verb") != "edit":
        return None
    if len(last.get("tasks") or []) != 1:
        return None
    changes = [ch for p in parts[1:] for ch in _changes(ctx, edit_words.tidy(_LEAD.sub("", p)))]
    if not changes:
        return None
    task_id = int(last["tasks"][0]["id"])
    replies = done.undo(ctx)
    task = access.get_task(session=ctx.session, task_id=task_id, viewer=ctx.viewer)
    if task is None or task.status != "open":
        return replies
    return one_message([*replies, *edit_task(ctx, [task], changes, "it")])


def _drop_then_edit(ctx: Context, card: Proposal, parts: list[str]) -> list[Reply] | None:
    """ "no, scrap that card. I meant change the existing tasting to friday 3pm": the card is
    discarded, then the saved task the rest names is changed; None unless both are said."""
    from flowhub.skills import edit  # edit reaches back into the skills importing this one

    said = pw.GUARD_TAIL.sub("", _LEAD.sub("", pw.LEAD.sub("", parts[0])).strip(" ,.!"))
    drop = pw.VERB_FIRST.match(said)
    if drop is None or not drop.group("drop") or not pw.THIS.match(drop.group("what").strip()):
        return None
    if len(parts) == 1:
        return capture.discard(ctx, str(id_of(card)))  # "no!! cancel that": only the drop is said
    rest = _MEANT.sub("", " ".join(parts[1:]).strip())
    rest = _SAVED_WORD.sub("", rest)
    changes, unread = edit.read_edits(ctx, edit_words.tidy(rest))
    if unread is not None or not changes or any(c.save or c.noop for c in changes):
        return None
    if any(c.target.strip().casefold() in PRONOUNS for c in changes):
        return None  # "bin it, and make it friday" is no edit of something else
    named = tasks_named(ctx, changes[0].target)
    if len(named) != 1:
        return None
    from flowhub.skills.edit_saved import edit_task

    replies = capture.discard(ctx, str(id_of(card)))
    return [*replies, *edit_task(ctx, named, changes, changes[0].target)]


def _parts(text: str) -> list[str]:
    """The clauses of `text` with leading fillers dropped; none when it is one clause."""
    parts = [p for p in _CUT.split(text) if p and p.strip(" ,")]
    if len(parts) < 2:
        parts = [p for p in _AND.split(text) if p and p.strip(" ,")]  # "passa pra Ana e confirma"
    if len(parts) < 2:
        parts = [p for p in re.split(r"[,،]", text) if p.strip()]  # "ये सैम को दे दो, नाम रखो …"
    if not 2 <= len(parts) <= _MOST_CLAUSES:
        return []
    while parts and _ONLY_FILLER.match(parts[0]):
        parts = parts[1:]  # "hmm no. make it …"
    return parts


def _apply(
    ctx: Context, card: Proposal | None, taken: Task | None, clauses: list[_Clause]
) -> list[Reply] | None:
    from flowhub.skills import assign, edit  # both reach back into the skills importing this one

    replies: list[Reply] = []
    steps: list[dict[str, Any]] = []  # one "undo" takes back all the message did
    old, waiting = ctx.thread.undo, done_undo.waiting_ids(ctx)
    changes = [ch for c in clauses if c.kind == "edit" for ch in c.changes]
    if taken is not None:
        replies += assign.answer(ctx, taken, accepted=True)
        if changes:
            from flowhub.skills.edit_saved import edit_task

            found = access.get_task(session=ctx.session, task_id=id_of(taken), viewer=ctx.viewer)
            replies += edit_task(ctx, [found] if found else [], changes, "it")
    saving = card is not None and taken is None and any(c.kind == "yes" for c in clauses)
    if card is not None and taken is None and changes and saving:
        saved = edit_and_save(ctx, card, changes)  # one card, changed then saved: no stale copy
        replies += saved if saved is not None else edit.edit_card(ctx, card, changes)
    elif card is not None and changes:
        replies += edit.edit_card(ctx, card, changes)
    if saving and card is not None:
        fresh = proposals.get_proposal(session=ctx.session, proposal_id=id_of(card))
        if fresh is not None and fresh.status == "pending":
            replies += confirm_proposal(ctx, fresh)
    if ctx.thread.undo is not old and ctx.thread.undo:
        steps.append(ctx.thread.undo)
    for clause in clauses:
        if clause.kind == "task":
            replies += said_alone(ctx, clause.text)
            done_undo.keep_step(ctx, steps)
    made = sorted(done_undo.waiting_ids(ctx) - waiting)
    done_undo.remember_all(ctx, [s for s in steps if s is not old], made)
    return replies or None


def said_alone(ctx: Context, text: str) -> list[Reply]:
    """The answer `text` gets as a message of its own: a new task, a reminder, a question."""
    from flowhub.skills import TEXT_SKILLS  # the skill list holds this module
    from flowhub.skills.manners import person_lookup  # manners reads requests through capture

    lead = english_remind_lead(text, person_lookup(ctx))
    command = english_command(text, locale=ctx.person.locale)
    if command is not None and command.startswith("remind "):
        lead = command  # "напомни за полчаса": "remind me 30 minutes before", said whole
    said = replace(ctx, event=replace(ctx.event, text=text), text=lead)
    said.intent = classify_intent(text)
    for skill in TEXT_SKILLS:
        if skill is not handle and (replies := skill(said)) is not None:
            return replies
    return capture.handle(said) or []


def _read(
    ctx: Context, part: str, offered: list[Task], *, first: bool, card: Proposal | None = None
) -> _Clause:
    """What one clause says: a yes, a take, an edit, a new task, an aside, or nothing known."""
    locale = ctx.person.locale
    bare = _LEAD.sub("", part.strip(" ,،")).strip()
    new = _NEW.match(part.strip()) is not None
    said = english_command(bare, locale=locale) or bare
    if said == bare and bare.startswith("و") and (joined := english_command(bare[1:])):
        bare, said, new = bare[1:], joined, True  # "وذكرني قبلها بساعة": "and remind me …"
    if not bare or not _WORD.search(bare):
        return _Clause("aside", part, [])
    if offered and (taken := _taken(bare, offered)) is not None:
        return _Clause("take", bare, [], taken)
    if _says_yes(bare, locale) or said in ("yes", "confirm", "ok", "save"):
        return _Clause("yes", bare, [])
    if card is not None and _saves_named(bare, card):
        return _Clause("yes", bare, [])
    changes = _changes(ctx, tidy_said := edit_words.tidy(said))
    if changes:
        return _Clause("edit", tidy_said, changes)
    if REASON.search(bare) and not new:
        return _Clause("aside", bare, [])
    if new and not first:
        return _Clause("task", bare, [])
    if _EDIT_TRY.match(said):
        return _Clause("try", bare, [])
    return _Clause("?", bare, [])


def _says_yes(text: str, locale: str | None) -> bool:
    """Whether every comma-part of a clause agrees or says to save ("perfect, save it")."""
    if confirm_said.says_yes(text, locale):
        return True
    parts = [p.strip() for p in text.split(",") if p.strip()]
    return bool(parts) and all(
        reply_words.agrees(p) or ((ch := edit_words.read_fixed(edit_words.tidy(p))) and ch.save)
        for p in parts
    )


def _saves_named(text: str, card: Proposal) -> bool:
    """Whether a clause saves the card by its words: "confirm the turbot thing"."""
    m = pw.VERB_FIRST.match(text)
    if m is None or not m.group("keep") or pw.WEAK_KEEP.fullmatch(m.group("keep")):
        return False
    return title_match(pw.SUFFIXES.sub("", m.group("what")), [card]) is card


def _only_heard(ctx: Context, text: str, clauses: list[_Clause]) -> bool:
    """Whether a yes before a new task may only say it was heard: not said firmly, and no
    reminder before the card follows it ("ok, и напомни за полчаса" saves the card)."""
    yes = [c for c in clauses if c.kind == "yes"]
    tasks_after = [c for c in clauses if c.kind == "task"]
    if not yes or not tasks_after or _firm(text, yes[0].text, ctx):
        return False
    return not any(_before_it(ctx, c.text) for c in tasks_after)


def _before_it(ctx: Context, text: str) -> bool:
    """Whether a clause asks for a reminder before the thing just meant ("и напомни за
    полчаса"): the card it follows is then saved, not only heard."""
    said = english_command(text, locale=ctx.person.locale) or text
    return bool(_BEFORE_IT.match(said))


def _task_after_edit(clauses: list[_Clause]) -> bool:
    """Whether a new task follows only edits: more likely a change that could not be read."""
    for clause in clauses:
        if clause.kind in ("yes", "take"):
            return False
        if clause.kind == "task":
            return True
    return False


def _firm(text: str, said: str, ctx: Context) -> bool:
    """Whether a yes says to save, or ends a sentence of its own ("dale perfecto. y …")."""
    if confirm_said.says_save(said, ctx.person.locale) or _SAVE_WORD.search(said):
        return True
    if confirm_said.says_plain_yes(said):  # "sì, e ricordami …": a yes, then something new
        return True
    at = text.find(said)
    return at >= 0 and bool(_ENDS.match(text[at + len(said) :]))


def _changes(ctx: Context, text: str) -> list[Change]:
    """The edits a clause asks of the card or task just meant, or none."""
    from flowhub.skills import edit  # edit reaches back into the skills that import this

    changes, unread = edit.read_edits(ctx, text)
    if unread is not None or not changes or any(c.save or c.noop for c in changes):
        return []
    if any(c.target.strip().casefold() not in PRONOUNS for c in changes):
        return []
    return changes


def _taken(text: str, offered: list[Task]) -> Task | None:
    """The task handed over that "ok i'll do it" or "I'll do the keller scans" takes."""
    if take_words.takes_it(text) or reply_words.takes(text):
        return offered[0] if len(offered) == 1 else None
    named = _TAKE_NAMED.match(text)
    if named is None:
        return None
    found = match_titles(named["what"], offered)
    return found[0] if len(found) == 1 else None


def _card(ctx: Context) -> Proposal | None:
    """The sender's waiting card this message answers: the one replied to, else the newest."""
    if not ctx.event.reply_to:
        return confirm_said.newest_card(ctx)
    target = last_target(ctx)
    if target is None or target[0] != "card":
        return None
    card = proposals.get_proposal(session=ctx.session, proposal_id=target[1])
    mine = card is not None and card.person_id == ctx.person_id and card.chat_id == ctx.chat_id
    return card if mine and card is not None and card.status == "pending" else None
