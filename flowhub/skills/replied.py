"""A reply to one of the bot's messages answers that message, never another one.

A reply to a waiting card: its requester, or the person it names, confirms it with any plain
yes ("ok", "yep works for me", "👍"); the requester drops it with "no, discard that"; "not that
one, leave it for now" leaves it waiting. The person it names saying they can't passes that on
to the requester. Anyone else trying to change someone's card is told who can. A reply to an
assignment ("📥 Ana gave you a task") accepts or declines it, with the reason passed on; in a
direct chat a plain answer right after that message does the same.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from flowhub.connectors import Reply
from flowhub.nlp import parse_when
from flowhub.skills import (
    assign,
    assign_answer_words,
    card_turns,
    confirm_said,
    group_move_ask,
    group_words,
    no_about_other,
    push,
    reply_words,
)
from flowhub.skills.capture import confirm_proposal, discard
from flowhub.skills.capture_before import ahead_asked, remind_ahead
from flowhub.skills.context import Context
from flowhub.skills.edit_apply import read_all
from flowhub.skills.edit_saved import edit_task, snapshot
from flowhub.skills.edit_words import Change, tidy
from flowhub.skills.picks_words import JOINER_TAIL
from flowhub.skills.refer import PRONOUNS, replied_ref
from flowhub.skills.replied_take import take_replied
from flowhub.skills.take_words import takes_it
from flowhub.storage import Proposal, Task, access, as_utc, id_of, people, proposals, tasks

# How long a plain "ok" in a direct chat still answers the assignment the bot just sent there.
_ANSWER_WINDOW = timedelta(hours=2)
# Longer than this, a message that also reads as a task is the task, not an answer.
_SHORT_ANSWER_WORDS = 5


def handle(ctx: Context) -> list[Reply] | None:
    """An answer to the bot message replied to (or just sent, for assignments); else None."""
    taken = take_replied(ctx)  # "I'll do the Hoffmann call monday" to a task nobody has
    if taken is not None:
        return taken
    kind, item_id = _replied(ctx)
    if kind == "proposal":
        card = proposals.get_proposal(session=ctx.session, proposal_id=item_id)
        if card is None:
            return None
        if card.status == "pending":
            return _on_card(ctx, card)
        kind, item_id = "task", card.task_id or 0
    if kind in ("task", "assignment"):
        task = access.get_task(session=ctx.session, task_id=item_id, viewer=ctx.viewer)
        return _on_task(ctx, task) if task is not None else None
    if kind == "" and ctx.chat.kind == "direct":
        task = _waiting_assignment(ctx)
        return _on_assignment(ctx, task) if task is not None else None
    return None


def _replied(ctx: Context) -> tuple[str, int]:
    """The kind ("proposal", "task", "assignment", ...) and id of the bot message replied to."""
    if not ctx.event.reply_to:
        return "", 0
    kind, number = replied_ref(ctx)
    return (kind or "other", int(number)) if number.isdigit() else ("other", 0)


def _on_card(ctx: Context, card: Proposal) -> list[Reply] | None:
    text = ctx.text.strip()
    asked = card.person_id == ctx.person_id
    named = bool(card.assignee_name) and assign.is_named(ctx.person, card.assignee_name or "")
    if reply_words.leaves(text) and (asked or named):
        return [Reply(group_words.LEFT_PENDING)]
    if not asked and reply_words.takes(text) and (named or not card.assignee_name):
        # "I'll take that one" from someone else: the card is theirs, and taking it confirms it.
        proposals.update_proposal(
            session=ctx.session, proposal=card, now=ctx.now, assignee_name=ctx.person.display_name
        )
        return confirm_proposal(ctx, card)
    if reply_words.agrees(text) or (named and _takes_on(text)):
        # The person it names taking it is their acceptance; anyone else's "ok" is chat.
        return confirm_proposal(ctx, card) if asked or named else []
    if asked and reply_words.discards(text):
        return discard(ctx, str(card.id))
    if named and not asked and reply_words.refuses(text):
        return [_cant_take(ctx, card, text)]
    if asked or named:
        return None  # an edit of one's own card or one made for oneself, read by the edit skill
    return _not_theirs(ctx, card.person_id)


def _takes_on(text: str) -> bool:
    """Whether the person a card names takes it on: "haan sure will do 👍", "yep mine"."""
    return confirm_said.agrees_after_yes(text) or assign_answer_words.accepts(text)


def _not_theirs(ctx: Context, requester_id: int) -> list[Reply] | None:
    """Someone else's change to a card or task: who can make it; None for mere chat."""
    text = ctx.text.strip()
    changes, _unread = read_all(tidy(text), now=ctx.now, tz=ctx.tz)
    # "tuesday would be better": a day said back to a card or task is a change asked for.
    dated = parse_when(text, now=ctx.now, tz=ctx.tz) is not None
    if changes or dated or reply_words.wants_change(text) or reply_words.discards(text):
        return [Reply(group_words.ONLY_REQUESTER.format(name=_name(ctx, requester_id)))]
    return None


def _cant_take(ctx: Context, card: Proposal, reason: str) -> Reply:
    """The person a card names can't do it: the requester hears why; the card stays waiting."""
    return card_turns.cant_take(ctx, card, reason)


def _on_task(ctx: Context, task: Task) -> list[Reply] | None:
    """A reply to a saved task: the answer of the person asked, or someone else's change."""
    if ctx.person_id not in (task.creator_id, task.assignee_id):
        if reply_words.takes(ctx.text) and task.status == "open" and not task.assignee_name:
            return _volunteer(ctx, task)
        if reply_words.agrees(ctx.text):
            return []
        when = group_move_ask.day_asked(ctx, ctx.text) if ctx.chat.kind == "group" else None
        if when is not None and task.status == "open" and task.creator_id is not None:
            return group_move_ask.offer(ctx, task, when)  # "can we do the 18th?" to its requester
        return _not_theirs(ctx, task.creator_id)
    answered = _on_assignment(ctx, task)
    if answered is None and reply_words.agrees(ctx.text):
        return []  # an ok to a saved task is nothing to do, and never about another card
    return answered


def _volunteer(ctx: Context, task: Task) -> list[Reply]:
    """Someone takes an open task nobody has: it is theirs, accepted, and the chat hears so."""
    before = snapshot(task)
    tasks.update_task(
        session=ctx.session,
        task=task,
        now=ctx.now,
        assignee_id=ctx.person_id,
        assignee_name=ctx.person.display_name,
        assignment="accepted",
    )
    ctx.later(push.sync_task, id_of(task))
    ctx.thread.note("task", [id_of(task)], now=ctx.now)
    ctx.thread.remember_undo({"verb": "edit", "tasks": [before]}, now=ctx.now)
    said = group_words.TOOK_TASK.format(who=ctx.person.display_name, title=task.title)
    return [Reply(said, ref=f"assignment:{task.id}")]


def _on_assignment(ctx: Context, task: Task) -> list[Reply] | None:
    """Accept or decline by text, when the sender is the person asked and hasn't answered.

    "ok accepting, but move it to thursday" accepts, then makes the change, and says both at once.
    """
    if task.assignee_id != ctx.person_id or task.assignment != "pending":
        return None
    text = ctx.text.strip()
    ahead = ahead_asked(text)
    if ahead is not None:
        text = JOINER_TAIL.sub("", text.replace(ahead, " ")).strip()
    changes = [] if reply_words.agrees(text) else _yes_and_changes(ctx, text)
    if reply_words.agrees(text) or changes or takes_it(text):
        replies = assign.answer(ctx, task, accepted=True)
        if changes:
            replies += edit_task(ctx, [task], changes, "it")
        if ahead is not None:
            replies += remind_ahead(ctx, task, ahead)  # "yes and remind me an hour before"
        return _joined(replies)
    if reply_words.refuses(text):
        return assign.answer(ctx, task, accepted=False, reason=text)
    return None


def _yes_and_changes(ctx: Context, text: str) -> list[Change]:
    """The changes after a yes ("sure, but make it 5pm"); none unless the message is just that."""
    m = reply_words.YES_THEN.match(text)
    if m is None or not reply_words.agrees(m.group("yes")):
        return []
    rest = m.group("rest")
    changes, unread = read_all(tidy(rest), now=ctx.now, tz=ctx.tz)
    why = reply_words.REASON_TAIL.search(rest) if unread is not None else None
    if why is not None and not reply_words.wants_change(why.group("why")):
        # "can do but thursday not wed, the printer needs 5 days": the reason changes nothing.
        changes, unread = read_all(tidy(rest[: why.start()]), now=ctx.now, tz=ctx.tz)
    if unread is not None or any(c.target.strip().casefold() not in PRONOUNS for c in changes):
        return []
    return changes


def _joined(replies: list[Reply]) -> list[Reply]:
    """Plain lines going to the same chat, said as one message."""
    out: list[Reply] = []
    for reply in replies:
        plain = not (reply.buttons or reply.edit or reply.ref or reply.sensitive)
        same = next((i for i, r in enumerate(out) if r.to == reply.to and _joins(r)), None)
        if plain and same is not None:
            out[same] = replace(out[same], text=f"{out[same].text}\n{reply.text}")
        else:
            out.append(reply)
    return out


def _plain(reply: Reply) -> bool:
    return not (reply.buttons or reply.edit or reply.ref or reply.sensitive)


def _joins(reply: Reply) -> bool:
    """Whether lines may join `reply`: a plain one, or an offer that turned into the answer."""
    return not (reply.buttons or reply.ref or reply.sensitive)


def _waiting_assignment(ctx: Context) -> Task | None:
    """The assignment asked of this person most recently, if that was a short while ago."""
    text = ctx.text.strip()
    if no_about_other.about_other(text):
        return None  # "no no, those are 3 tasks for me": said of something else
    ahead = ahead_asked(text)
    text = JOINER_TAIL.sub("", text.replace(ahead, " ")).strip() if ahead else text
    if _yes_and_changes(ctx, text) or (ahead and reply_words.agrees(text)) or takes_it(text):
        pass  # "yes, but make it 5pm": an answer with a change, however it reads otherwise
    elif not (reply_words.agrees(text) or reply_words.refuses(text)) or _asks_more(ctx, text):
        return None
    waiting = [
        t
        for t in tasks.get_all_tasks(
            session=ctx.session, workspace_id=ctx.workspace_id, assignee_id=ctx.person_id
        )
        if t.assignment == "pending" and t.creator_id != ctx.person_id
    ]
    if not waiting:
        return None
    task = max(waiting, key=lambda t: as_utc(t.updated_at))
    if ctx.now - as_utc(task.updated_at) > _ANSWER_WINDOW:
        return None
    # A card of this person's own shown here since then is what a bare "ok" answers.
    mine = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    if any(as_utc(p.updated_at) > as_utc(task.updated_at) for p in mine):
        return None
    return task


def _asks_more(ctx: Context, text: str) -> bool:
    """Whether an unreplied message is about something else too ("can't today, remind me …")."""
    if ctx.intent in ("remind", "query", "settings", "help"):
        return True
    return ctx.intent == "capture" and len(text.split()) > _SHORT_ANSWER_WORDS


def _name(ctx: Context, person_id: int) -> str:
    person = people.get_person(session=ctx.session, person_id=person_id)
    return person.display_name.split(" ")[0] if person else "the person"
