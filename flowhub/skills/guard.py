"""The capture guard: a command about a card or the last action is never a new task.

"discard the rest", "scrap that card", "no! not the bank. undo that", "put that back on my
list", "lower the priority": when no skill before took such a message, the guard does what it
safely can (undo, reopen, a priority step on what was just shown) or asks which one is meant.
Real tasks that share the verbs ("drop the kids at school") name no reference and pass.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.skills import capture, card_by_place, done, refer_act, refer_words
from flowhub.skills import picks_words as pw
from flowhub.skills.capture import card_reply, confirm_proposal
from flowhub.skills.card_clauses import said_alone
from flowhub.skills.context import Context
from flowhub.skills.edit_saved import edit_task
from flowhub.skills.edit_words import Change
from flowhub.skills.refer import last_target, match_titles
from flowhub.storage import access, id_of, proposals, tasks

_LEVELS = ("low", "normal", "high", "urgent")
# "that", "this one", "the card": the one card waiting, when only one waits.
_THIS = re.compile(r"^(?:it|that|this|(?:that|this|the)\s+(?:one|card))$", re.I)
_KEEP = re.compile(rf"^(?:{pw.KEEP})$", re.I)
# A thing named beside "delete it": "the peonies call at 10:30 is pointless now".
_THING = re.compile(
    r"^(?:(?:and|ok(?:ay)?|so|also|oh|well|but|nah|no|hmm|ugh)[\s,]+)*(?P<thing>the\s+[\w'’-]+(?:\s+(?!(?:at|on|is|are|was|were|for|by|has|have|isn'?t"
    r"|aren'?t|can|should|now)\b)[\w'’-]+){0,3})",
    re.I,
)
_DROP = re.compile(rf"^(?:{pw.DROP})$", re.I)


def handle(ctx: Context) -> list[Reply] | None:
    """Answer a card or last-action command nothing else took; None for anything else."""
    clauses = [_bare(c) for c in pw.CLAUSES.split(ctx.text) if c and c.strip()]
    clauses = [c for c in clauses if c and not pw.NEVER_MIND.match(c)]
    if not any(_is_command(c) for c in clauses):
        return None
    if ctx.chat.kind == "group" and not ctx.event.addressed:
        return []  # said between people: no card, and no question either
    for clause in clauses:
        m = pw.REF_COMMAND.match(clause)
        if m and pw.UNDO_VERB.match(m.group("verb")):
            return done.undo(ctx)
    for index, clause in enumerate(clauses):
        others = " ".join(clauses[:index] + clauses[index + 1 :])
        if replies := _answer(ctx, clause, others):
            return replies
    return None


def _is_command(clause: str) -> bool:
    m = pw.REF_COMMAND.match(clause)
    named = bool(m and (m.group("ref") or pw.UNDO_VERB.match(m.group("verb"))))
    reopen = bool(m and m.group("verb").casefold() in ("reopen", "re-open", "restore"))
    stepped = pw.PRIORITY_STEP.match(clause) or pw.LESS_OR_MORE.match(clause)
    return named or reopen or bool(pw.PUT_BACK.match(clause) or stepped)


def _bare(clause: str) -> str:
    clause = pw.GUARD_LEAD.sub("", clause.strip().rstrip(".!?… "))
    return pw.GUARD_TAIL.sub("", clause).strip()


def _answer(ctx: Context, clause: str, others: str) -> list[Reply] | None:
    if m := pw.PRIORITY_STEP.match(clause):
        return _step_priority(ctx, up=bool(pw.PRIORITY_UP.match(m.group("verb"))))
    if m := pw.LESS_OR_MORE.match(clause):
        return _step_priority(ctx, up=m.group("how").casefold() == "more")
    if m := pw.PUT_BACK.match(clause):
        what = m.group("what") or m.group("what2")
        if refer_words.PLURAL.match(what):
            return [Reply(pw.WHICH_TO_REOPEN)]  # "put them back" with nothing gone to bring back
        return _reopen(ctx, f"{what} {others}")
    m = pw.REF_COMMAND.match(clause)
    if m is None:
        return None
    verb = m.group("verb").casefold()
    if verb in ("reopen", "re-open", "restore"):
        return _reopen(ctx, others)
    if not m.group("ref"):
        return None  # "save" or "ok" alone is chat for the fallback
    if others and _THIS.match(m.group("ref")) and (thing := _THING.search(others)):
        # "the peonies call at 10:30 is pointless now, delete it": the thing named, not the newest
        said = f"{verb} {thing.group('thing')}"
        return refer_act.handle(replace(ctx, text=said)) or [
            Reply(pw.WHICH_CARD_OR_TASK.format(text=said))
        ]
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    if (placed := card_by_place.act(ctx, verb, m.group("ref"), pending)) is not None:
        return placed + (said_alone(ctx, others) if others else [])  # a place names a card
    if others and (acted := refer_act.handle(replace(ctx, text=clause))):
        return acted  # "2 is the same as 3, delete 2": the command alone names a listed task
    if not pending and verb.split()[0] in pw.CARD_ONLY_VERBS:
        nothing = [Reply(pw.NO_CARDS_WAITING.format(verb=verb.split()[0]))]
        return nothing + (said_alone(ctx, others) if others else [])
    one = len(pending) == 1 and _THIS.match(m.group("ref"))
    if one and (acted := _on_the_card(ctx, pending[0], verb)) is not None:
        return acted + (said_alone(ctx, others) if others else [])
    return [Reply(pw.WHICH_CARD_OR_TASK.format(text=clause))]


def _on_the_card(ctx: Context, card: proposals.Proposal, verb: str) -> list[Reply] | None:
    """Save or drop the one card waiting ("save that. did you tick …?"); None for other verbs."""
    if _KEEP.match(verb):
        return confirm_proposal(ctx, card)
    if _DROP.match(verb):
        return capture.discard(ctx, str(id_of(card)))
    return None


def _reopen(ctx: Context, others: str) -> list[Reply]:
    """Put back the done task the rest of the message names, else the one just shown."""
    pool = tasks.get_all_tasks(
        session=ctx.session,
        workspace_id=ctx.workspace_id,
        status="done",
        visible_to=ctx.viewer,
        limit=200,
    )
    pool = [t for t in pool if ctx.person_id in (t.assignee_id, t.creator_id)]
    named = match_titles(others, pool) if others else []
    if len(named) == 1:
        ctx.thread.last_list, ctx.thread.list_kind = [named[0].id or 0], "tasks"
        return done.handle(replace(ctx, text="reopen 1", intent="done")) or []
    replies = refer_act.handle(replace(ctx, text="reopen that"))
    return replies or [Reply(pw.WHICH_TO_REOPEN)]


def _step_priority(ctx: Context, *, up: bool) -> list[Reply]:
    """One priority step up or down on what was just shown: a card or a saved task."""
    target = last_target(ctx)
    if target is None:
        return [Reply(pw.WHICH_PRIORITY)]
    kind, item_id = target
    if kind == "card":
        card = access.get_proposal(session=ctx.session, proposal_id=item_id, viewer=ctx.viewer)
        if card is None:
            return [Reply(pw.WHICH_PRIORITY)]
        priority = _step(card.priority, up=up)
        proposals.update_proposal(
            session=ctx.session, proposal=card, now=ctx.now, priority=priority
        )
        return [card_reply(ctx, card)]
    if kind != "task":
        return [Reply(pw.WHICH_PRIORITY)]
    task = access.get_task(session=ctx.session, task_id=item_id, viewer=ctx.viewer)
    if task is None:
        return [Reply(pw.WHICH_PRIORITY)]
    change = Change(target="it", priority=_step(task.priority, up=up))
    return edit_task(ctx, [task], [change], "it")


def _step(priority: str, *, up: bool) -> str:
    at = _LEVELS.index(priority) if priority in _LEVELS else 1
    return _LEVELS[min(at + 1, 3) if up else max(at - 1, 0)]
