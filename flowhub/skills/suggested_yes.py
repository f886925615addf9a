"""A yes in words to another day someone suggested: "ya wed is fine 👍", "ok works for me",
"thursday works, go ahead" after "Priya suggests Wed 9 Dec for …: OK? [Move it]". A save said
with it ("sure jan's fine, save it") saves the card once it is moved.

It does what the Move button under that question does, for the person the button is for (who
asked for the task or has the card). A day said with the yes has to be the day suggested; any
other day is a new ask, left to the skills that move tasks.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from sqlmodel import col, select

from flowhub.connectors import Reply
from flowhub.nlp import When, parse_when
from flowhub.skills import reply_words, take_words
from flowhub.skills.context import Context
from flowhub.storage import Outbox, access, proposals

__all__ = ["answers", "found", "handle", "volunteers"]

# The buttons that move a task or card to a day someone suggested.
_MOVES = ("cmove", "gmove", "cday")
# A yes this long after the suggestion still answers it.
_STILL_ASKED = timedelta(hours=3)
# The bot's messages looked back on: the suggestion may sit under a few others.
_LOOK_BACK = 6
_MAX_WORDS = 12
_NOT = re.compile(r"\b(?:no|not|nope|nah|but|instead|rather)\b|n't\b", re.I)
# "…, save it", "… and confirm": the card is saved once it is moved.
_SAVE_TAIL = re.compile(
    r"(?:\s*[,;.]\s*(?:(?:and|then)\s+)*|\s+(?:and|then)\s+)(?:save|confirm)(?:\s+(?:it|that"
    r"|this|the\s+card))?(?:\s+(?:pls|please|now))?[\s.!]*$",
    re.I,
)


def found(ctx: Context, text: str) -> tuple[str, str] | None:
    """The Move button (action, argument) a yes in `text` presses, else None."""
    text = _SAVE_TAIL.sub("", text.strip())
    if not text or len(text.split()) > _MAX_WORDS or _NOT.search(text):
        return None
    when, rest = _day_said(ctx, text)
    if not reply_words.agrees(rest or "ok"):
        return None
    button = _suggested(ctx)
    if button is None or not _for_sender(ctx, *button):
        return None
    if when is not None and (when.rrule or not _same_day(ctx, button[1], when.start)):
        return None
    return button


def volunteers(ctx: Context, text: str) -> bool:
    """Whether `text` takes on a declined task the bot just asked to give to the sender
    ("ya i can take it np" after "Priya, give it to Ana?"); the claim skills then give it."""
    if not take_words.takes_it(take_words.tidy(text)):
        return False
    for action, arg in _buttons(ctx):
        if action == "giveto":
            return arg.rpartition(":")[2] == str(ctx.person_id)
    return False


def answers(ctx: Context, text: str) -> bool:
    """Whether `text` answers the bot's question here in words: a suggested day, or a task it
    asked to give to the sender."""
    return found(ctx, text) is not None or volunteers(ctx, text)


def handle(ctx: Context) -> list[Reply] | None:
    """Move the task or card to the day suggested, as its Move button would; None otherwise."""
    button = found(ctx, ctx.text)
    if button is None:
        return None
    from flowhub.skills import BUTTON_ACTIONS  # the registry holds this skill too

    action, arg = button
    moved = BUTTON_ACTIONS[action](ctx, arg)
    if action != "cday" or not _SAVE_TAIL.search(ctx.text.strip()):
        return moved
    card = proposals.get_proposal(session=ctx.session, proposal_id=int(arg.partition(".")[0]))
    if card is None or card.status != "pending":
        return moved
    from flowhub.skills.capture import confirm_proposal  # capture reads the skills' words

    return [*moved, *confirm_proposal(ctx, card)]


def _day_said(ctx: Context, text: str) -> tuple[When | None, str]:
    """The day a yes names ("wed", "the 9th", "thursday 10am"), and the words around it."""
    said = text.split()
    for size in (3, 2, 1):
        for i in range(len(said) - size + 1):
            piece = re.sub(r"['’]s$", "", " ".join(said[i : i + size]))  # "jan's fine"
            when = parse_when(piece, now=ctx.now, tz=ctx.tz)
            if when is None and size == 1:  # "jan" alone reads as a month only after "in"
                when = parse_when(f"in {piece}", now=ctx.now, tz=ctx.tz)
                piece = f"in {piece}" if when is not None and when.grain == "month" else piece
            if when is not None and when.span == (0, len(piece)):
                return when, " ".join(said[:i] + said[i + size :])
    return None, text


def _suggested(ctx: Context) -> tuple[str, str] | None:
    """The Move button of the bot's newest suggestion here, while it is recent."""
    return next(((a, arg) for a, arg in _buttons(ctx) if a in _MOVES), None)


def _buttons(ctx: Context) -> list[tuple[str, str]]:
    """The buttons (action, argument) of the bot's recent questions here, newest first."""
    rows = ctx.session.exec(
        select(Outbox)
        .where(Outbox.platform == ctx.event.platform, Outbox.chat == ctx.event.chat)
        .order_by(col(Outbox.id).desc())
        .limit(_LOOK_BACK)
    ).all()
    found: list[tuple[str, str]] = []
    for row in rows:
        reply = row.reply or {}
        if reply.get("edit") or ctx.now - _aware(row.created_at) > _STILL_ASKED:
            continue
        for button in reply.get("buttons") or []:
            action, _, arg = str(button[0]).partition(":")
            found.append((action, arg))
    return found


def _for_sender(ctx: Context, action: str, arg: str) -> bool:
    """Whether the sender is the one the Move button is for."""
    number = arg.partition(".")[0]
    if not number.isdigit():
        return False
    if action == "cday":
        card = proposals.get_proposal(session=ctx.session, proposal_id=int(number))
        return card is not None and card.status == "pending" and card.person_id == ctx.person_id
    task = access.get_task(session=ctx.session, task_id=int(number), viewer=ctx.viewer)
    return task is not None and task.status == "open" and task.creator_id == ctx.person_id


def _same_day(ctx: Context, arg: str, start: datetime | None) -> bool:
    """Whether the day said is the day the button moves to."""
    if start is None:
        return False
    value = arg.split(".")[1] if arg.count(".") else ""
    if value.startswith("d") and value[1:].isdigit():
        return f"{start.astimezone(ctx.zone):%Y%m%d}" == value[1:]
    if value.isdigit():
        moved = datetime.fromtimestamp(int(value), tz=UTC).astimezone(ctx.zone)
        return moved.date() == start.astimezone(ctx.zone).date()
    return False


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=UTC)
