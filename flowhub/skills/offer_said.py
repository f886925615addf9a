"""A yes or no to a task one was given, said in words beyond the plain ones and naming the offer
when several wait: "die flüge mach ich nicht, das bleibt bei sam", "ok, das Dubai-Angebot
übernehm ich", "Está bem, eu trato disso.", "les vols je ne les fais pas".

In a direct chat it answers the offer the message replies to, else the waiting offer whose title
it names, else the only or newest offer from a short while ago; the giver is told, as the Accept
and Decline buttons do. A message that names someone else to ask, or says a day, is left to the
readers that hand tasks on or move them.
"""

from __future__ import annotations

import re
from datetime import timedelta

from flowhub.connectors import Reply
from flowhub.nlp import fold, search_when
from flowhub.skills import assign, assign_answer_words, offer_said_words
from flowhub.skills.assign_reply import drops_card, waits_for
from flowhub.skills.context import Context
from flowhub.skills.refer import replied_ref, tokens
from flowhub.storage import Task, access, as_utc, id_of, proposals, tasks

__all__ = ["handle"]

# How long an offer still takes an answer that neither replies to it nor names it.
_WINDOW = timedelta(hours=12)
_OTHER_INTENTS = ("remind", "query", "settings", "help")
_MOST_WORDS = 16
_SHORTEST = 3  # a word of the title shorter than this names nothing ("de", "to")
# Words that name the offer itself, not which one: "das Dubai-Angebot", "the goa one".
_OFFER_WORDS = frozenset(
    re.findall(
        r"\S+",
        """angebot aufgabe task one thing offer tarefa tarea tâche tache compito taak görev gorev
    задача задачу tugas kaam wala wali""",
    )
)
# Short words that stand in any title and name nothing ("die", "das", "les", "для").
_FUNCTION = frozenset(
    re.findall(
        r"\S+",
        """die das der den dem des ich bei mit und für fur les une que est pas pour por para com uma
    the and for with del los las una con che per non een het van voor bir ile для это""",
    )
)


def handle(ctx: Context) -> list[Reply] | None:
    """Accept or decline the offer these words answer; None when they answer none."""
    if ctx.chat.kind != "direct" or ctx.event.forwarded or ctx.intent in _OTHER_INTENTS:
        return None
    text = " ".join(ctx.text.split())
    if not text or len(text.split()) > _MOST_WORDS or drops_card(text):
        return None  # "… bin this card": the offer readers answer and drop the card together
    declined = offer_said_words.declines(text)
    accepted = not declined and offer_said_words.accepts(text)
    plain = not declined and not accepted
    if plain:
        declined = assign_answer_words.declines(text)
        accepted = not declined and assign_answer_words.accepts(text)
    if not (declined or accepted):
        return None
    waiting = _waiting(ctx)
    if not waiting:
        return None
    task, named = _target(ctx, text, waiting)
    # The plain words ("nein", "aceito") are read by `assign_reply` unless they name one offer.
    if task is None or (plain and not named):
        return None
    other = assign.named_other(ctx, text)
    if other is not None and id_of(other) != task.creator_id:
        return None  # "can't, ask Priya": handed on by the decline readers
    if search_when(text, now=ctx.now, tz=ctx.tz):
        return None  # "mach ich, aber erst montag" moves it; the counter readers answer
    if declined:
        return assign.answer(ctx, task, accepted=False, reason=text)
    return assign.answer(ctx, task, accepted=True)


def _waiting(ctx: Context) -> list[Task]:
    """The offers waiting for the sender's answer, oldest first."""
    waiting = [
        t
        for t in tasks.get_all_tasks(
            session=ctx.session, workspace_id=ctx.workspace_id, assignee_id=ctx.person_id
        )
        if waits_for(ctx, t)
    ]
    return sorted(waiting, key=lambda t: (as_utc(t.updated_at), t.id or 0))


def _target(ctx: Context, text: str, waiting: list[Task]) -> tuple[Task | None, bool]:
    """The offer answered and whether the message named it (by reply or by title)."""
    kind, number = replied_ref(ctx)
    if kind == "proposal" and number.isdigit():  # the card, saved since then
        card = proposals.get_proposal(session=ctx.session, proposal_id=int(number))
        kind, number = ("task", str(card.task_id)) if card and card.task_id else ("", "")
    if kind in ("assignment", "task") and number.isdigit():
        task = access.get_task(session=ctx.session, task_id=int(number), viewer=ctx.viewer)
        return (task, True) if task is not None and waits_for(ctx, task) else (None, False)
    if kind:
        return None, False  # a reply to something else is about that
    named = _named(text, waiting)
    if named is not None:
        return named, True
    newest = waiting[-1]
    if ctx.now - as_utc(newest.updated_at) > _WINDOW or _newer_card(ctx, newest):
        return None, False
    return newest, False


def _named(text: str, waiting: list[Task]) -> Task | None:
    """The one waiting offer whose title shares the most words with `text`, else None."""
    said = {fold(w) for w in tokens(text) if len(w) >= _SHORTEST} - _OFFER_WORDS - _FUNCTION
    scored = [(len(said & _title_words(t.title)), t) for t in waiting]
    best = max((s for s, _ in scored), default=0)
    top = [t for s, t in scored if s == best]
    return top[0] if best > 0 and len(top) == 1 else None


def _title_words(title: str) -> set[str]:
    """A title's folded words, with their singular where a plural ends in -s."""
    own = {fold(w) for w in tokens(title) if len(w) >= _SHORTEST} - _FUNCTION
    return own | {w[:-1] for w in own if w.endswith("s") and len(w) > 4}


def _newer_card(ctx: Context, task: Task) -> bool:
    """Whether a card of the sender's own came after the offer: a short answer is about it."""
    mine = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    return any(as_utc(p.updated_at) > as_utc(task.updated_at) for p in mine)
