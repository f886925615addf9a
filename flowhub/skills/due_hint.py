"""A due date suggested on a card without one, from how long the sender's similar tasks took.

When someone who has done at least `MIN_DONE` tasks holding one of the new title's words (not
its first word, the verb, and not a small word) captures a task without a date, the card says
"Your “invoice” tasks usually take 2 days; due Thu 10 Dec?" and carries a button that sets that
day. Nothing is set until the button is pressed, or a plain "yes" answers the card.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from flowhub.connectors import Button, Reply
from flowhub.i18n import day_label, localized
from flowhub.nlp import resolve_local
from flowhub.skills import due_hint_words as say
from flowhub.skills.context import Context
from flowhub.storage import Proposal, insights, proposals

MIN_DONE = 3
_MAX_WORDS = 4
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_DAY = timedelta(days=1)
_YES = re.compile(
    r"^\W*(?:yes|yeah|yep|yup|yea|sure|ok(?:ay)?|sounds good|perfect)"
    r"(?:[\s,]+(?:please|pls|thanks|thx|sure|ok|do it))*\W*$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class DueHint:
    """The suggestion: the word it rests on, the usual whole days and the day it proposes."""

    word: str
    days: int
    day: date

    def line(self) -> str:
        """The card's line asking about the day."""
        return say.HINT_DAYS.format(self.days, word=self.word, day=day_label(self.day))

    def button(self, proposal_id: int) -> Button:
        """The button that sets the day on the card."""
        label = localized(say.HINT_LABEL).format(day=day_label(self.day))
        return Button(f"sdue:{proposal_id}:{self.day.isoformat()}", label)


def title_words(title: str) -> list[str]:
    """The words of a title that may name a kind of task, in order, lower-cased."""
    said = [w.casefold() for w in _WORD.findall(title)]
    kept = [w for w in said[1:] if len(w) > 2 and w not in say.STOP]
    return list(dict.fromkeys(kept))[:_MAX_WORDS]


def hint_for(ctx: Context, proposal: Proposal) -> DueHint | None:
    """The suggestion for a pending card without a date, or None."""
    if proposal.due_at is not None or proposal.rrule or proposal.status != "pending":
        return None
    for word in title_words(proposal.title):
        took = insights.typical_duration(
            session=ctx.session,
            person_id=proposal.person_id,
            words=[word],
            now=ctx.now,
            min_tasks=MIN_DONE,
        )
        if took is not None:
            days = max(1, round(took / _DAY))
            return DueHint(word, days, ctx.local_now.date() + timedelta(days=days))
    return None


def with_hint(
    ctx: Context, proposal: Proposal, text: str, buttons: tuple[Button, ...]
) -> tuple[str, tuple[Button, ...]]:
    """A card's text and buttons with the suggestion added when there is one."""
    hint = hint_for(ctx, proposal)
    if hint is None or proposal.id is None:
        return text, buttons
    return f"{text}\n{hint.line()}", (*buttons, hint.button(proposal.id))


def take_on_yes(ctx: Context, proposal: Proposal) -> None:
    """A typed "yes" that saves a card answers its question too: the suggested day is set."""
    from flowhub.skills.confirm_said import says_plain_yes  # it saves cards through capture

    text = ctx.event.text
    if ctx.event.kind != "text" or not (says_plain_yes(text) or _YES.match(text)):
        return
    hint = hint_for(ctx, proposal)
    if hint is not None:
        _set_day(ctx, proposal, hint.day)


def accept(ctx: Context, arg: str) -> list[Reply]:
    """The suggested day pressed: the card gets that day and shows itself again."""
    from flowhub.skills import capture  # capture builds cards with this module's hint

    proposal_id, _, day = arg.partition(":")
    proposal, refusal = capture.load_pending(ctx, proposal_id)
    if proposal is None:
        return refusal
    try:
        chosen = date.fromisoformat(day)
    except ValueError:
        return [capture.card_reply(ctx, proposal)]
    _set_day(ctx, proposal, chosen)
    return [capture.card_reply(ctx, proposal, edit=capture.card_message_id(ctx, proposal.id or 0))]


def _set_day(ctx: Context, proposal: Proposal, day: date) -> None:
    zone = ZoneInfo(ctx.tz)
    proposals.update_proposal(
        session=ctx.session,
        proposal=proposal,
        now=ctx.now,
        due_at=resolve_local(datetime.combine(day, time()), zone).astimezone(ZoneInfo("UTC")),
        due_grain="day",
        due_tz=ctx.tz,
    )
