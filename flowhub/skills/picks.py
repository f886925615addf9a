"""Answers to several waiting cards in one message, and "yes, and make it friday".

"save the first two, ditch the others", "only keep the hiring plan and the access review, bin
the rest", "both look good", "the plumber one too", "nah scrap that card". Cards count in the
order the person sees them: the list the bot last numbered, else every waiting card, oldest
first. A part that names no card changes nothing and says which part it was. A yes with an edit
("ok but make it friday") changes the card, then saves it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from flowhub.connectors import Reply
from flowhub.nlp import classify_intent
from flowhub.skills import answer, done_undo, picks_rest, picks_unclear, picks_waiting
from flowhub.skills import picks_words as pw
from flowhub.skills.capture import card_snapshot, confirm_proposal, discard
from flowhub.skills.capture_before import ahead_asked, remind_ahead
from flowhub.skills.card_asked import asked_card
from flowhub.skills.context import Context
from flowhub.skills.edit_apply import REASON, read_all
from flowhub.skills.edit_words import Change, tidy
from flowhub.skills.picks_clause import Clause as _Clause
from flowhub.skills.picks_clause import clause as _clause
from flowhub.skills.picks_clause import it_named, settle
from flowhub.skills.picks_clause import looks_like_ref as _looks_like_ref
from flowhub.skills.picks_clause import pieces as _pieces
from flowhub.skills.picks_clause import plain as _plain
from flowhub.skills.picks_day import day_card
from flowhub.skills.picks_edit import aimed_each, edit_and_save, edit_waiting, one_message, summary
from flowhub.skills.picks_newest import newest_said
from flowhub.skills.picks_numbering import keep_numbering, numbering
from flowhub.skills.picks_position import (
    Unclear,
    more_named,
    position_key,
    positions,
    title_match,
    titles_match,
)
from flowhub.skills.refer import PRONOUNS, newest_card, replied_ref
from flowhub.storage import Proposal, access, id_of, proposals


@dataclass
class _Plan:
    """What the message asks: card id -> "keep" | "drop" | "hold", and edits for the kept card."""

    cards: dict[int, Proposal] = field(default_factory=dict)
    verdict: dict[int, str] = field(default_factory=dict)
    already: list[Proposal] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)


def handle(ctx: Context) -> list[Reply] | None:
    """Picks among waiting cards, several at once; None when the message is not one."""
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    text = re.sub(r"\s+", " ", ctx.text).strip().rstrip(".!?… ")
    text = pw.PARTICLE.sub(r"\1 \3 \2", text)  # "throw both away": "throw away both"
    asks, more = picks_waiting.asked(text)
    if asks and (pending or ctx.chat.kind == "direct"):
        return picks_waiting.answer(ctx, pending, more=more)
    if not pending:
        return None
    if (task_at := pw.MORE_TASK.search(text)) is not None and task_at.start() > 0:
        return _with_task(ctx, text[: task_at.start()], text[task_at.end() :], pending)
    shown = numbering(ctx, pending)
    ahead = ahead_asked(text)
    if ahead is None:
        return keep_numbering(
            ctx,
            shown,
            _answer(ctx, text, pending)
            or picks_rest.handle(ctx, text)
            or _then_task(ctx, text, pending)
            or picks_unclear.named(ctx, text, pending),
        )
    # "yes and remind me an hour before": the answer, then the reminder for what it saved.
    text = pw.JOINER_TAIL.sub("", text.replace(ahead, " ")).strip()
    replies = _answer(ctx, text, pending)
    if replies is None and pw.AFFIRM.match(text) and (card := _sole_newest(ctx)) is not None:
        replies = confirm_proposal(ctx, card)
    if replies is None:
        return None
    return keep_numbering(ctx, shown, [*replies, *_remind_saved(ctx, pending, ahead)])


def _with_task(ctx: Context, head: str, task: str, pending: list[Proposal]) -> list[Reply] | None:
    """ "get rid of the first one, and you missed the delivery schedule, …": the picks, then the
    new task said as a message of its own."""
    from flowhub.skills.card_clauses import said_alone  # it reads the skills importing this one

    old, waiting = ctx.thread.undo, done_undo.waiting_ids(ctx)
    replies = _answer(ctx, head.strip(" ,.;"), pending)
    if replies is None:
        return None
    answered = ctx.thread.undo if ctx.thread.undo is not old else None
    replies += said_alone(ctx, task)
    made = sorted(done_undo.waiting_ids(ctx) - waiting)
    done_undo.remember_all(ctx, [answered] if answered else [], made)  # one "undo" for all
    return replies


def _then_task(ctx: Context, text: str, pending: list[Proposal]) -> list[Reply] | None:
    """ "bin the first one. the delivery schedule needs signing by the 18th": the picks, then a
    new task said in a sentence of its own."""
    for cut in pw.SENTENCE_END.finditer(text):
        task = text[cut.end() :]
        if classify_intent(task) in ("capture", "remind"):
            replies = _with_task(ctx, text[: cut.start()], task, pending)
            if replies is not None:
                return replies
    return None


def _remind_saved(ctx: Context, pending: list[Proposal], ahead: str) -> list[Reply]:
    """The reminder `ahead` asks for, before each task this message saved from a card."""
    replies: list[Reply] = []
    for card in pending:
        saved = proposals.get_proposal(session=ctx.session, proposal_id=id_of(card))
        if saved is None or saved.status != "confirmed" or saved.task_id is None:
            continue
        task = access.get_task(session=ctx.session, task_id=saved.task_id, viewer=ctx.viewer)
        if task is not None:
            replies += remind_ahead(ctx, task, ahead)
    return replies


def _answer(ctx: Context, text: str, pending: list[Proposal]) -> list[Reply] | None:
    """The picks and edits `text` asks of the waiting cards; None when it asks none."""
    aimed: dict[int, list[Change]] = {}
    wrong: set[int] = set()  # cards said to be wrong: "the rest" leaves them out
    read = _read(ctx, text, pending, aimed, wrong)
    if read is None:
        return None
    clauses, affirm, edits = read
    if aimed:
        return _pick_and_edit(ctx, pending, clauses, aimed, affirm=affirm, wrong=wrong)
    try:
        plan = _plan(ctx, pending, clauses, affirm=affirm)
    except Unclear as unclear:
        return picks_unclear.answer(ctx, unclear, pending)
    if edits:
        return _edit_and_save(ctx, plan or _Plan(), edits)
    if plan is None:
        return None
    plain = len(clauses) == 1 and not clauses[0].too and not ctx.event.reply_to
    if plain and plan.kinds <= {"all", "this"}:
        # "discard all", "no wait, discard that": the plain answers keep their own words.
        replies = answer.handle(ctx)
        if replies is not None:
            return replies
    return _carry_out(ctx, plan)


def _read(
    ctx: Context,
    text: str,
    pending: list[Proposal],
    aimed: dict[int, list[Change]],
    wrong: set[int],
) -> tuple[list[_Clause], bool, list[Change]] | None:
    """The pick clauses, whether a bare yes was said, and the edits of "it"; None if no pick.

    "Contract one: make it the 28th" aims the edits after it at the card it names (`aimed`).
    """
    clauses: list[_Clause] = []
    edits: list[Change] = []
    affirm = False
    mood: str | None = None
    target: Proposal | None = None
    all_fine = False
    for piece in _pieces(text):
        if pw.AFFIRM.match(piece):
            affirm = True
            all_fine = all_fine or bool(pw.ALL_FINE.search(piece))
            continue
        if named := _wrong_card(ctx, piece, pending):
            target = named  # "the lens one is wrong": the edits after it change that card
            wrong.add(id_of(named))
            continue
        if pw.FILLER.match(piece):
            mood = "drop" if pw.NO_LEAD.search(piece) else mood
            continue
        if (
            pw.ASIDE.match(pw.LEAD.sub("", piece))
            or _why_dropped(piece, clauses, pending)
            or _aim_each(ctx, piece, pending, aimed)
            or _aim_put(ctx, piece, mood, pending, aimed)
        ):
            continue  # an aside, "the beef one is for sam and …", "put monday 9am on the first"
        if pw.NOT_TASK.match(pw.LEAD.sub("", piece)):
            clauses.append(_Clause("drop", "that", said=True))
            continue
        clause = _clause(piece, mood)
        at = text.find(piece)
        listed = text[:at].rstrip().endswith(",") and not text[at + len(piece) :].startswith(":")
        if (picked := _picked(piece, clause, clauses if listed else [], pending)) is not None:
            clauses.append(picked)
            continue
        changes, named = _piece_edits(ctx, piece, pending)
        target = named or target  # "the third should be friday", "make the dentist one 4pm"
        if changes and target is None:
            edits.extend(changes)
            continue
        if changes and target is not None:
            aimed.setdefault(id_of(target), []).extend(changes)
            continue
        if clause is None and (named := title_match(pw.SUFFIXES.sub("", piece), pending)):
            target = named  # "Contract one:" names the card the next edits change
            continue
        if clause is None and (clauses or aimed or edits) and REASON.search(piece):
            continue  # "…, he handles the butcher": why, said between the picks
        if clause is None:
            return None
        clauses.append(clause)
    if target is not None and not aimed:
        return None
    clauses = settle(it_named(clauses))
    if all_fine and aimed and not clauses:
        clauses.append(_Clause("keep", "all", said=True))  # "all good but make the X one 4pm"
    return _read_out(text, clauses, affirm, edits)


def _why_dropped(piece: str, before: list[_Clause], pending: list[Proposal]) -> bool:
    """Whether `piece` says why the card just dropped is no task ("the price going up isn't a
    task") rather than naming another card."""
    m = pw.WHY_NOT_TASK.match(pw.LEAD.sub("", piece))
    if m is None or not before or before[-1].verb != "drop":
        return False
    return title_match(pw.SUFFIXES.sub("", m.group("what")), pending) is None


def _picked(
    piece: str, clause: _Clause | None, before: list[_Clause], pending: list[Proposal]
) -> _Clause | None:
    """The pick `piece` says: its own verb or positions, or more cards for the verb of the list
    it goes on (`before`: "save the preorder, rota and fridge ones")."""
    if clause is not None and (clause.said or _looks_like_ref(clause.what)):
        return clause
    if before and before[-1].said and (more := more_named(piece, pending)):
        return _Clause(before[-1].verb, more, said=True)
    return None


def _aim_put(
    ctx: Context,
    piece: str,
    mood: str | None,
    pending: list[Proposal],
    aimed: dict[int, list[Change]],
) -> bool:
    """Whether `piece` is an edit of one card with a pick verb: "put monday 9am on the first"."""
    clause = _clause(piece, mood)
    if clause is None or not clause.said or (_looks_like_ref(clause.what) and not clause.weak):
        return False  # "i'll take 2" may give the card to the speaker: the edits tell
    changes, named = _piece_edits(ctx, piece, pending)
    if not changes or named is None:
        return False
    aimed.setdefault(id_of(named), []).extend(changes)
    return True


def _aim_each(
    ctx: Context, piece: str, pending: list[Proposal], aimed: dict[int, list[Change]]
) -> bool:
    """Whether `piece` edits several cards, each by name; their edits are added to `aimed`."""
    each = aimed_each(ctx, tidy(piece), lambda what: _card_named(ctx, what, pending))
    for card_id, more in each.items():
        aimed.setdefault(card_id, []).extend(more)
    return bool(each)


def _read_out(
    text: str, clauses: list[_Clause], affirm: bool, edits: list[Change]
) -> tuple[list[_Clause], bool, list[Change]] | None:
    """What `_read` found, or None when it is no answer to the cards after all."""
    if edits and not (affirm or any(c.verb == "keep" for c in clauses)):
        return None  # an edit alone belongs to the edit skill
    if clauses and all(c.verb == "hold" for c in clauses):
        return None  # "leave it for now" alone changes nothing here
    if not clauses and not edits:
        if affirm and pw.SAVE_WORD.search(text):
            return [_Clause("keep", "it", said=True)], False, []  # "fine, save it"
        return None
    return clauses, affirm, edits


def _about_it(change: Change) -> bool:
    return change.target.strip().casefold() in PRONOUNS


def _wrong_card(ctx: Context, piece: str, pending: list[Proposal]) -> Proposal | None:
    """The card a "the lens one is wrong" clause names, or None."""
    m = pw.WRONG.match(pw.LEAD.sub("", piece))
    return _card_named(ctx, m.group("what"), pending) if m else None


def _piece_edits(
    ctx: Context, piece: str, pending: list[Proposal]
) -> tuple[list[Change], Proposal | None]:
    """The edits a clause asks for, and the card they name (None: "it"); none if not edits."""
    changes, unread = read_all(tidy(pw.ONLY.sub("", piece)), now=ctx.now, tz=ctx.tz)
    if unread is not None or not changes:
        return [], None
    if all(_about_it(c) for c in changes):
        return changes, None
    named = _change_target(ctx, changes, pending)
    return (changes, named) if named is not None else ([], None)


def _card_named(ctx: Context, what: str, pending: list[Proposal]) -> Proposal | None:
    """The one waiting card `what` names by position or by its words ("the lens one")."""
    if _plain(what) in PRONOUNS:
        return None
    try:
        found = _one_ref(ctx, _plain(what), pending, numbering(ctx, pending))
    except Unclear:
        return None
    if found is None or len(found[0]) != 1 or not found[1] <= {"position", "title"}:
        return None
    return found[0][0]


def _change_target(ctx: Context, changes: list[Change], pending: list[Proposal]) -> Proposal | None:
    """The one card the edits of a clause all name ("the third should be friday")."""
    named = {c.target.strip().casefold() for c in changes if not _about_it(c)}
    if len(named) != 1:
        return None
    return _card_named(ctx, named.pop(), pending)


def _plan(
    ctx: Context,
    pending: list[Proposal],
    clauses: list[_Clause],
    *,
    affirm: bool,
    fixed: frozenset[int] = frozenset(),
) -> _Plan | None:
    """Resolve each clause to cards; the rest goes last; a later clause overrides an earlier.

    "The rest" leaves out the `fixed` cards, those the same message says are wrong.
    """
    plan = _Plan()
    shown = numbering(ctx, pending)
    rests: list[str] = []
    verb: str | None = "keep" if affirm else None
    sure = False
    for clause in clauses:
        verb = clause.verb or (_last_answer(ctx) if clause.too else verb)
        if pw.REST.match(_plain(clause.what)):
            if verb is None:
                return None
            rests.append(verb)
            plan.kinds.add("rest")
            sure = True
            continue
        picked, kinds = _resolve(ctx, clause.what, pending, shown, sure=sure)
        if clause.weak and "title" in kinds and len(clauses) == 1:
            return None  # "add milk" with a "Buy milk" card waiting is a new task
        plan.kinds |= kinds
        sure = sure or bool(kinds - {"title"})
        if verb is None:
            if not kinds or not kinds <= {"position", "all"}:
                return None  # "the plumber one" alone may be an edit or a task
            verb = "keep"
        for card in picked:
            if card.status != "pending":
                plan.already.append(card)
                continue
            plan.cards[id_of(card)] = card
            plan.verdict[id_of(card)] = verb
    for rest_verb in rests:
        for card in shown:  # the rest of the cards just shown or listed
            waiting = card.status == "pending" and id_of(card) not in fixed
            if waiting and id_of(card) not in plan.verdict:
                plan.cards[id_of(card)] = card
                plan.verdict[id_of(card)] = rest_verb
    if not plan.verdict and not plan.already and not rests:
        return None
    return plan


def _resolve(
    ctx: Context, what: str, pending: list[Proposal], shown: list[Proposal], *, sure: bool
) -> tuple[list[Proposal], set[str]]:
    """The cards `what` names and how it named them ("position", "all", "this", "title")."""
    what = _plain(what)
    if m := pw.EXCEPT.match(what):
        base, how = _resolve(ctx, m.group("base"), pending, shown, sure=sure)
        left_out, more = _resolve(ctx, m.group("ex"), pending, shown, sure=True)
        gone = {id_of(p) for p in left_out}
        return [p for p in base if id_of(p) not in gone], how | more
    parts = [p for p in pw.PARTS.split(what) if p]
    found = [_one_ref(ctx, part, pending, shown) for part in parts]
    if len(parts) > 1 and all(f is not None for f in found):
        return _union([f for f in found if f is not None])
    whole = found[0] if len(parts) == 1 else _one_ref(ctx, what, pending, shown)
    if whole is not None:
        return whole
    kinds: set[str] = set()
    for part, one in zip(parts, found, strict=True):
        if one is None:
            said_card = bool(re.search(r"\b(?:ones?|cards?)\b", part))
            raise Unclear(part, sure or said_card or len(kinds - {"title"}) > 0)
        kinds |= one[1]
    raise Unclear(what, sure)


def _union(found: list[tuple[list[Proposal], set[str]]]) -> tuple[list[Proposal], set[str]]:
    cards: dict[int, Proposal] = {}
    kinds: set[str] = set()
    for picked, kind in found:
        cards.update({id_of(p): p for p in picked})
        kinds |= kind
    return list(cards.values()), kinds


def _one_ref(
    ctx: Context, part: str, pending: list[Proposal], shown: list[Proposal]
) -> tuple[list[Proposal], set[str]] | None:
    part = part.strip()
    if m := pw.ALL.match(part):
        count = m.group("n") or m.group("m") or ("two" if re.search(r"\bboth\b", part) else None)
        every = _all(pending, shown, count)
        if every is None:
            raise Unclear(part, True)
        return every, {"all"}
    if pw.THIS.match(part):
        card = _this_card(ctx, pending, explicit="card" in part)
        return ([card], {"this"}) if card is not None else None
    if position_key(part) is not None:
        seen = ctx.thread.last_seen()
        if seen and seen[0].startswith("list"):
            return None  # "2" after a list of tasks is that list's line
        at = positions(part, len(shown)) or []
        return [shown[i] for i in at], {"position"}
    named = title_match(pw.SUFFIXES.sub("", part), pending) or day_card(ctx, part, pending)
    if named is None and (several := titles_match(part, pending)):
        return several, {"title"}  # "confirm the harrisons ones"
    return ([named], {"title"}) if named is not None else None


def _all(
    pending: list[Proposal], shown: list[Proposal], count: str | None
) -> list[Proposal] | None:
    """Every waiting card; "all three" prefers the numbered list when it has three waiting."""
    if count:
        n = int(count) if count.isdigit() else pw.COUNTS.get(count, 0)
        listed = [p for p in shown if p.status == "pending"]
        if len(listed) == n:
            return listed
        if len(pending) != n:
            return newest_said(pending, n)  # "confirm all three" with two waiting: which ones?
    return pending


def _this_card(ctx: Context, pending: list[Proposal], *, explicit: bool) -> Proposal | None:
    """The card "it" or "that card" means: the one replied to, else the newest one shown."""
    if ctx.event.reply_to:
        kind, number = replied_ref(ctx)
        if kind == "proposal" and number.isdigit():
            return {p.id: p for p in pending}.get(int(number))
    card = asked_card(ctx, pending) or newest_card(ctx)
    if card is None and len(pending) == 1:
        card = pending[0]  # "save it" with one card waiting can only mean that one
    if card is None and explicit:
        card = max(pending, key=lambda p: (p.updated_at, p.id or 0))
    return card


def _last_answer(ctx: Context) -> str:
    """What "too" repeats: the last card answer this person gave (a save unless a discard)."""
    undo = ctx.thread.undo or {}
    if undo.get("tasks") or undo.get("verb") not in ("card", "created"):
        return "keep"
    for snap in undo.get("cards") or []:
        card = proposals.get_proposal(session=ctx.session, proposal_id=int(snap["id"]))
        if card is not None and card.status == "discarded":
            return "drop"
    return "keep"


def _pick_and_edit(
    ctx: Context,
    pending: list[Proposal],
    clauses: list[_Clause],
    aimed: dict[int, list[Change]],
    *,
    affirm: bool,
    wrong: set[int],
) -> list[Reply] | None:
    """ "The first two are fine. Contract one: make it the 28th": picks, then the named edits.

    A corrected card the same message also saves ("all good but make the dentist one 4pm") is
    changed, then saved; one it leaves out ("save all except the lens") waits, changed.
    """
    fixed = frozenset(wrong)  # "discard 1, 2 is due wed, save the rest" saves 2, changed
    try:
        plan = _plan(ctx, pending, clauses, affirm=False, fixed=fixed) if clauses else None
    except Unclear:
        return None
    by_id = {id_of(p): p for p in pending}
    verdict = plan.verdict if plan is not None else {}
    if any(verdict.get(i) == "drop" for i in aimed):
        return None  # one card both dropped and edited: too unclear to guess
    if affirm and not clauses and set(aimed) != set(by_id):
        return None  # "yes, and the lens one is sunday" with other cards waiting: which yes?
    replies: list[Reply] = []
    kept: list[Proposal] = []
    steps: list[dict[str, Any]] = []  # every act here is taken back by one "undo"
    for card_id, changes in aimed.items():
        # A yes beside drops of other cards ("discard the beef one, … then save it") keeps this one.
        only_drops = all(v == "drop" for v in verdict.values())
        keep = verdict.get(card_id) == "keep" or (affirm and only_drops and card_id not in verdict)
        card = by_id[card_id]
        edited = edit_and_save(ctx, card, changes, named=True) if keep else None
        edited = edited if keep else edit_waiting(ctx, card, changes)
        if edited is None:
            return None
        replies += edited
        kept += [card] if keep else []
        done_undo.keep_step(ctx, steps)
    for card_id in aimed:
        verdict.pop(card_id, None)
    if plan is not None and plan.verdict:
        replies = [*replies, *_carry_out(ctx, plan, kept)]
        done_undo.keep_step(ctx, steps)
    elif kept:
        replies.append(Reply(summary(kept, [], [])))
    done_undo.remember_all(ctx, steps)
    return one_message(replies)


def _carry_out(ctx: Context, plan: _Plan, kept: list[Proposal] | None = None) -> list[Reply]:
    """Save and discard as planned, in display order; one line says what happened.

    `kept` are cards the same message already changed and saved, named in that line too.
    """
    replies: list[Reply] = []
    saved: list[Proposal] = list(kept or [])
    dropped: list[Proposal] = []
    waiting: list[Proposal] = []
    snaps: list[dict[str, object]] = []
    task_ids: list[dict[str, object]] = []
    for card_id in sorted(plan.verdict, key=lambda i: i):
        card = plan.cards[card_id]
        if plan.verdict[card_id] == "hold":
            waiting.append(card)
        elif plan.verdict[card_id] == "keep":
            replies += confirm_proposal(ctx, card)
            saved.append(card)
            task_ids.append({"id": card.task_id})
        else:
            snaps.append(card_snapshot(card))
            replies += discard(ctx, str(card_id))
            dropped.append(card)
    if snaps or len(task_ids) > 1:
        ctx.thread.remember_undo(
            {"verb": "created", "tasks": task_ids, "cards": snaps}, now=ctx.now
        )
    return [*replies, Reply(summary(saved, dropped, plan.already, waiting))]


def _edit_and_save(ctx: Context, plan: _Plan, edits: list[Change]) -> list[Reply] | None:
    """ "yes, and rename it to X": the one card meant is changed, then saved."""
    kept = [plan.cards[i] for i, v in plan.verdict.items() if v == "keep"]
    if not plan.verdict:
        card = _sole_newest(ctx)
        kept = [card] if card is not None else []
    if len(kept) != 1 or any(v == "drop" for v in plan.verdict.values()):
        return None
    return edit_and_save(ctx, kept[0], edits)


def _sole_newest(ctx: Context) -> Proposal | None:
    """The card a bare yes answers: the replied-to card, else the newest card if alone."""
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    replied = _this_card(ctx, pending, explicit=False) if ctx.event.reply_to else None
    if replied is not None:
        return replied
    if not pending:
        return None
    latest = max((p.updated_at, p.source_event_id or 0) for p in pending)
    newest = [p for p in pending if (p.updated_at, p.source_event_id or 0) == latest]
    return newest[0] if len(newest) == 1 else None
