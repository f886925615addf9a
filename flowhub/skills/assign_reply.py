"""A typed answer to a task one was given: yes or no in any language, read before anything else
makes a card or an absence of it.

It answers the assignment message replied to, or, in a direct chat, the one offer still waiting
from a short while ago. "ok fine i'll pay it online tonight" accepts it, due tonight when it had
no day; "can't do this one, i'm stuck in NY all next week sorry" declines that task; "kabul",
"annehmen", "беру" or "nahi ho payega" do the same in their languages. "no i meant yes to the
electricity bill. bin this card" accepts the offer and drops the card made by mistake.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from flowhub.connectors import Reply
from flowhub.nlp import parse_when
from flowhub.skills import (
    accept_more,
    assign,
    assign_answer_words,
    assign_counter,
    assign_restated,
    assign_terms,
    declined_undo,
    no_about_other,
    offer_declined_said,
    offer_named,
    push,
)
from flowhub.skills.assign_day_asked import asked_day
from flowhub.skills.capture import discard
from flowhub.skills.context import Context
from flowhub.skills.refer import replied_ref
from flowhub.skills.task_due import set_due
from flowhub.storage import Task, access, as_utc, id_of, proposals, tasks

__all__ = ["handle", "waits_for"]

# How long an offer in a direct chat still takes an answer that does not reply to it.
_WINDOW = timedelta(hours=2)
# "ok fine i'll pay it online tonight", "sure, will do it later": taking it on in plain words.
_COMMITS = re.compile(
    r"^\W*(?P<yes>(?:(?:ok(?:ay)?|okie|k|fine|sure(?:\s+thing)?|yes|ya|yah|yep|yeah|yup|alright"
    r"|np|no\s+(?:worries|problem)|cool|on\s+it|got\s+it|will\s+do|of\s+course|absolutely)"
    r"(?:[^\w'’]+|$))*)(?:(?:i'?ll|i\s+will|i\s+can|will|gonna|i'?m\s+going\s+to|let\s+me)"
    r"\s+[a-z]+|(?:i'?m\s+)?(?:doing|handling|sorting))"
    r"(?P<it>\s+(?:it|this|that|them)(?:\s+one)?\b)?(?P<rest>.*)$",
    re.I | re.S,
)
# "on it", "yep on it 👍", "sure thing": a yes that takes it on with nothing after it.
_ON_IT = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|sure|yes|ya|yep|yeah|yup|alright|cool)[^\w'’]+)*"
    r"(?:on\s+it|got\s+it|sure\s+thing|will\s+do|consider\s+it\s+done)(?:[^\w'’]+(?:boss|thanks"
    r"|thx))*[^\w'’]*$",
    re.I,
)
_NOT = re.compile(r"\b(?:not|n't|never|maybe|if|but)\b", re.I)
_MOST_WORDS = 14
# A no in English, said as an answer: "can't do this one", "no sorry", "won't manage it".
_CANT = re.compile(
    r"^\W*(?:no|nope|nah|sorry)\b(?!\s+(?:problem|worries|i\s+meant))"
    r"|^\W*(?:i\s+)?(?:can'?t|cannot|can\s+not|won'?t|unable|not\s+able)\b"
    r"|\b(?:can'?t|cannot|can\s+not|won'?t|unable|not\s+able)\b",
    re.I,
)
# A yes that also asks to move the task, which the readers after this one do.
_MOVE = re.compile(
    r"\b(?:make\s+it|move|push|shift|change|put\s+it|bring\s+it|instead|though|rather)\b", re.I
)
# A day given as the due with the yes: "ok, due friday", "sure, by 18.12".
_DUE_SAID = re.compile(r"\b(?:due|by|deadline|until|till|before)\b", re.I)
# Messages that ask for something else, never an answer to an offer unless they reply to it.
_OTHER_INTENTS = ("remind", "query", "settings", "help")
# "bin this card", "discard that card": drop the card made by mistake.
_DROP_CARD = re.compile(
    r"\b(?:bin|discard|drop|delete|scrap|remove|cancel|ditch|trash)\s+(?:this|that|the)"
    r"(?:\s+new)?\s+(?:card|one)\b",
    re.I,
)


def drops_card(text: str) -> bool:
    """Whether the words also drop a card made by mistake ("… bin this card")."""
    return _DROP_CARD.search(text) is not None


def handle(ctx: Context) -> list[Reply] | None:
    """Accept or decline the offer this message answers; None when it answers none."""
    if (back := declined_undo.handle(ctx)) is not None:
        return back  # "sorry, I meant yes" just after declining: accepted after all
    agreed = assign_counter.agreed(ctx)  # "ok thursday 9am is fine" to a counter-offer
    if agreed is not None:
        return agreed
    replied = _replied_offer(ctx)
    if (named := _said_outright(ctx, replied)) is not None:
        return named
    task = replied if replied is not None else _waiting_offer(ctx)
    if task is None:
        return None
    text = ctx.text.strip()
    countered = _countered(ctx, task, text)  # "can we do the 16th?"
    if countered is not None:
        return countered
    if replied is None and ctx.intent in _OTHER_INTENTS:
        return None
    if _declines(ctx, text, replied=replied is not None):
        if _handed_on(ctx, task, text):
            return None  # "can't, ask Priya": handed on by the decline reader
        countered = assign_counter.offer(ctx, task, text)  # "… can it be thursday morning?"
        if countered is not None:
            return countered
        return assign.answer(ctx, task, accepted=False, reason=text)
    said_terms = assign_terms.terms(ctx, text, accepts=lambda head: _accepts(head, replied=True))
    if said_terms and (on_terms := assign_terms.accept(ctx, task, said_terms)) is not None:
        return on_terms  # "ok i'll take it but it's 11am MY time not 5pm"
    if not _accepts(text, replied=replied is not None) and not assign_restated.accepts(
        text, task, now=ctx.now, tz=ctx.tz
    ):
        return None
    moved = _dated(ctx, task, text)
    if moved is not None:
        return moved or None  # empty: the readers after this one move it
    replies = assign.answer(ctx, task, accepted=True)
    replies += accept_more.rest(ctx, text, task.title)  # "sure, accept. …, remind me at 9"
    if _DROP_CARD.search(text):
        replies += _drop_latest_card(ctx)
    return replies


def _countered(ctx: Context, task: Task, text: str) -> list[Reply] | None:
    """The giver asked about the later day `text` asks for; said with a yes ("blz, eu pego essa.
    mas só consigo até segunda que vem, pode mudar?"), the task is taken on as well."""
    asked = assign_counter.offer(ctx, task, text)
    if asked is None or not assign_answer_words.accepts(text):
        return asked
    return assign.answer(ctx, task, accepted=True) + asked


def _handed_on(ctx: Context, task: Task, text: str) -> bool:
    """Whether a no names someone else to take it; "sorry ana, …" is said to the giver."""
    other = assign.named_other(ctx, text)
    return other is not None and id_of(other) != task.creator_id


def _dated(ctx: Context, task: Task, text: str) -> list[Reply] | None:
    """Date the task from the yes: the day its instruction asks for ("phew friday 🙏 ok, put it
    on tue 15th"), else the day said; the answer of a move made, else None."""
    asked = asked_day(text, now=ctx.now, tz=ctx.tz)
    if asked is not None:
        _date_from(ctx, task, asked, moving=True)
        return None
    if task.due_at is not None and parse_when(text, now=ctx.now, tz=ctx.tz) is not None:
        moved = _moved(ctx, task, text)
        if moved is not None:
            return moved
    _date_from(ctx, task, text)
    return None


def _said_outright(ctx: Context, replied: Task | None) -> list[Reply] | None:
    """A no led by its verb, or a yes that names the offer; None for any other answer."""
    if (declined := _declined_said(ctx, replied)) is not None:
        return declined  # "decline the kowalski allergy one", "nah decline that one, …"
    if replied is None and ctx.intent not in _OTHER_INTENTS:
        return _taken_by_name(ctx)  # "ok i'll take the photographer one"
    return None


def _declined_said(ctx: Context, replied: Task | None) -> list[Reply] | None:
    """Decline the offer a leading no points at or names; None when it names no waiting one."""
    said = offer_declined_said.read(ctx.text)
    if said is None:
        return None
    task = replied
    if task is None and said.named:
        task = offer_named.by_words(ctx, _waiting(ctx), said.named)
    elif task is None:
        task = _waiting_offer(ctx)
    if task is None:
        return None
    return assign.answer(ctx, task, accepted=False, reason=said.reason)


def _moved(ctx: Context, task: Task, text: str) -> list[Reply] | None:
    """A yes with a day for a dated task: moved and answered, [] to leave it to the readers that
    move tasks, None when the day only says when it gets done."""
    from flowhub.skills import card_turns  # it reads the answers this skill leaves

    moved = card_turns.handle(ctx)  # "sure, I'll do it first thing monday"
    if moved and waits_for(ctx, task):  # "ok, by 19.12": moved, and the yes still said
        return moved + assign.answer(ctx, task, accepted=True)
    if moved is not None:
        return moved
    return [] if _MOVE.search(text) else None  # "sure I can take that. make it friday though"


def _declines(ctx: Context, text: str, *, replied: bool) -> bool:
    if assign_answer_words.declines(text):
        return True
    if not replied and (len(text.split()) > _MOST_WORDS or ctx.intent in _OTHER_INTENTS):
        return False
    if not replied and no_about_other.about_other(text):
        return False  # "no no, those are 3 tasks for me": said of something else
    # Unreplied, the no has to come first: "remind me …, can't forget that" is no answer.
    said = _CANT.search(text) if replied else _CANT.match(text)
    return said is not None and not assign_answer_words.accepts(text)


def _accepts(text: str, *, replied: bool) -> bool:
    if assign_answer_words.accepts(text):
        return True
    if _ON_IT.match(text):
        return True
    m = _COMMITS.match(text)
    if m is None or _NOT.search(text) or len(text.split()) > _MOST_WORDS:
        return False
    # Unreplied, "I'll call the plumber" is a new task; "ok I'll do it tonight" is the answer.
    return replied or (bool(m["it"]) and bool(m["yes"].strip()))


def _replied_offer(ctx: Context) -> Task | None:
    """The offer of the assignment message replied to, while it waits for this person."""
    kind, number = replied_ref(ctx)
    if kind == "proposal" and number.isdigit():  # the card, saved since then
        card = proposals.get_proposal(session=ctx.session, proposal_id=int(number))
        kind, number = ("task", str(card.task_id)) if card and card.task_id else ("", "")
    if kind not in ("assignment", "task") or not number.isdigit():
        return None
    task = access.get_task(session=ctx.session, task_id=int(number), viewer=ctx.viewer)
    return task if task is not None and waits_for(ctx, task) else None


def waits_for(ctx: Context, task: Task) -> bool:
    """Whether `task` is an offer from someone else still waiting for the sender's answer."""
    return (
        task.assignee_id == ctx.person_id
        and task.assignment == "pending"
        and task.creator_id != ctx.person_id
        and task.status == "open"
    )


def _waiting(ctx: Context) -> list[Task]:
    """The offers to this person still waiting for an answer."""
    return [
        t
        for t in tasks.get_all_tasks(
            session=ctx.session, workspace_id=ctx.workspace_id, assignee_id=ctx.person_id
        )
        if waits_for(ctx, t)
    ]


def _waiting_offer(ctx: Context) -> Task | None:
    """In a direct chat, the newest offer to this person, when it came a short while ago."""
    if ctx.chat.kind != "direct" or replied_ref(ctx)[0] not in ("", "proposal"):
        return None
    waiting = _waiting(ctx)
    if not waiting:
        return None
    task = max(waiting, key=lambda t: as_utc(t.updated_at))
    if ctx.now - as_utc(task.updated_at) > _WINDOW:
        return None
    mine = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    newer_card = any(as_utc(p.updated_at) > as_utc(task.updated_at) for p in mine)
    # A card of one's own shown since then is what a short answer is about, unless it is dropped.
    if newer_card and not _DROP_CARD.search(ctx.text):
        return None
    return task


def _taken_by_name(ctx: Context) -> list[Reply] | None:
    """Accept the waiting offer the message names; a day said with it moves it there."""
    found = offer_named.named(ctx, _waiting(ctx))
    if found is None:
        return None
    other = assign.named_other(ctx, ctx.text)
    if other is not None and id_of(other) != found.task.creator_id:
        return None  # "could Ana take the invoice off my hands?" hands it on
    task, offered = found.task, as_utc(found.task.updated_at)
    asked = asked_day(found.text, now=ctx.now, tz=ctx.tz)  # "phew friday 🙏 …, put it on tue"
    _date_from(ctx, task, asked or found.text, moving=True)
    replies = assign.answer(ctx, task, accepted=True)
    replies += accept_more.rest(ctx, ctx.text, task.title)  # "…. and i'm in berlin now"
    if found.not_new or _DROP_CARD.search(ctx.text):
        replies += _drop_latest_card(ctx, since=offered)
    return replies


def _date_from(ctx: Context, task: Task, text: str, *, moving: bool = False) -> None:
    """A task with no day takes the one said with the yes ("i'll pay it online tonight"); one
    named with its day ("accepting the invoice thing, will send it monday") moves there."""
    said_due = _DUE_SAID.search(text) is not None  # "ok, due 18.12" dates it, as asked
    if (task.due_at is not None or not _COMMITS.match(text)) and not (moving or said_due):
        return
    when = parse_when(text, now=ctx.now, tz=ctx.tz)
    if when is None or when.rrule:
        return
    set_due(ctx, task, when)
    ctx.later(push.sync_task, id_of(task))


def _drop_latest_card(ctx: Context, *, since: datetime | None = None) -> list[Reply]:
    """Drop this person's newest waiting card here, made from an answer read as a new task."""
    mine = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    if since is not None:
        mine = [p for p in mine if as_utc(p.created_at) >= since]
    return discard(ctx, str(mine[-1].id)) if mine else []
