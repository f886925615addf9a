"""An answer to one's own waiting card said in words of another language, clause by clause.

"passa pra Ana e confirma" gives the card to Ana and saves it; "ये सैम को दे दो, नाम रखो रिपोर्ट
भेजना" gives it to Sam and renames it; "не, это удали, я не то имела в виду" drops it; "oke yg
listrik bener, simpen" saves the card about "listrik", not just the newest one. The card is the
one replied to, else the one the words name, else the sender's newest in this chat. Nothing here
becomes a task of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from flowhub.connectors import Reply
from flowhub.nlp import CardSaid, card_said, parse_when
from flowhub.skills import confirm_said, words
from flowhub.skills.capture import confirm_proposal, discard
from flowhub.skills.card_answer_lines import one_line, snapshot
from flowhub.skills.context import Context
from flowhub.skills.refer import last_target, match_titles, replied_ref
from flowhub.storage import Proposal, id_of, outbox, proposals

_SAVE = frozenset(["confirm", "save"])
_YES = frozenset(["yes", "ok"])
_DROP = frozenset(["discard", "delete it", "cancel"])
_MOVES = ("move it to ", "no, ")
_GREETING = re.compile(
    r"^\W*(?:good\s+)?(?:morning|mornin|evening|afternoon|night)(?:\s+(?:all|everyone|team))?[\W_]*$",
    re.I,
)
_CARD_MARK = "📝"  # the first line of a card shown in a reply
# An hour said alone, maybe with the word for "o'clock" or "at" ("8", "8 baje", "à 8").
_HOUR = re.compile(
    r"^(?:(?:at|à|a|alle|um|om|в|às|as|a\s+las|saat|jam|الساعة|الساعه)\s+)?(\d{1,2})(?::00)?"
    r"(?:\s*(?:baje|बजे|uhr|h|heures?|uur|o'?clock|ساعة|часов|часа|час))?$",
    re.I,
)


def handle(ctx: Context) -> list[Reply] | None:
    """Save, drop or change the sender's card as the words say; None when they say no such thing."""
    if ctx.event.kind != "text":
        return None
    said = card_said(ctx.event.text, locale=ctx.person.locale)
    if said is None or _GREETING.match(ctx.event.text):
        return None  # "morning!! ☕" greets; it moves nothing to the morning
    if ctx.chat.kind != "direct" and not ctx.event.reply_to and set(said.acts) <= _YES:
        return None  # "ok 👍" in a group answers whoever spoke last, not one's own card
    named = list(dict.fromkeys(said.abouts)) if any(said.abouts) else []
    if len(named) > 1 and not ctx.event.reply_to:
        return _each_card(ctx, said, named)
    return _answer(ctx, said)


def _each_card(ctx: Context, said: CardSaid, named: list[str]) -> list[Reply] | None:
    """ "annule le truc compta. et enregistre la relance dupont": each card gets its own acts."""
    parts = [
        replace(
            said,
            acts=tuple(a for a, n in zip(said.acts, said.abouts, strict=True) if n == about),
            about=about,
        )
        for about in named
    ]
    cards = [_card(ctx, part) for part in parts]
    if any(card is None for card in cards):
        return None  # a card named that is not waiting: not a message to these cards
    ids = [id_of(card) for card in cards if card is not None]
    if "" in named and ids.count(ids[named.index("")]) > 1:
        # the newest card is the one named: "drop the last one" finds no other to drop
        parts.pop(named.index(""))
    replies: list[Reply] = []
    for part in parts:
        replies += _answer(ctx, part) or []
    return replies or None


def _answer(ctx: Context, said: CardSaid) -> list[Reply] | None:
    """`handle` for the acts said to one card."""
    card = _card(ctx, said)
    if card is None:
        return _saved_task(ctx, said)
    saves = bool(_SAVE & set(said.acts)) or all(act in _YES for act in said.acts)
    if _DROP & set(said.acts) and not (saves and said.acts[-1] in _SAVE | _YES):
        return discard(ctx, str(id_of(card)))  # "laisse tomber, valide comme ça" drops the fix
    replies: list[Reply] = []
    changes = _changes(said, card)
    before = snapshot(card)
    for change in changes:
        replies += _edit(ctx, card, change)
    replies = _one_card(replies)
    if ctx.chat.kind != "direct":
        replies = one_line(ctx, card, before, replies)  # one line for them all in a group
    if changes and not replies:
        # never a card titled "Assign to …": what could not be changed is said so
        return [Reply(words.EDIT_NOT_UNDERSTOOD.format(text=ctx.event.text.strip()))]
    if not saves:
        return replies or None
    card = proposals.get_proposal(session=ctx.session, proposal_id=id_of(card))
    if card is None or card.status != "pending":
        return replies or None
    # the card is saved: the changes are said without the buttons of a card still waiting
    shown = [replace(r, buttons=(), ref=None) if r.edit is None else r for r in replies]
    return [*shown, *confirm_proposal(ctx, card)]


def _one_card(replies: list[Reply]) -> list[Reply]:
    """Several changes to one card said in one message, showing the card once, below them all."""
    new = [r for r in replies if r.edit is None and r.ref]
    if len(new) < 2 or len({r.ref for r in new}) != 1 or len(new) != len(replies):
        return replies
    heads = []
    for reply in new:
        lines = reply.text.split("\n")
        at = next((i for i, line in enumerate(lines) if line.startswith(_CARD_MARK)), len(lines))
        heads += lines[:at]
    last = new[-1].text.split("\n")
    at = next((i for i, line in enumerate(last) if line.startswith(_CARD_MARK)), len(last))
    return [replace(new[-1], text="\n".join([*heads, *last[at:]]))]


def _saved_task(ctx: Context, said: CardSaid) -> list[Reply] | None:
    """Changes said just after a task was saved ("mercredi pas mardi", "c'est urgent") made to
    that task, the one the chat last showed."""
    from flowhub.skills import edit  # edit reaches back into the skills that import this

    if ctx.event.reply_to or set(said.acts) & (_SAVE | _YES | _DROP):
        return None
    target = last_target(ctx)
    changes = _changes(said, None)
    if target is None or target[0] != "task" or not changes:
        return None
    replies: list[Reply] = []
    for change in changes:
        replies += edit.handle(replace(ctx, text=change, intent="edit")) or []
    if len(replies) > 1 and all(not r.buttons and r.edit is None and r.to is None for r in replies):
        return [replace(replies[0], text="\n".join(r.text for r in replies))]  # one answer
    return replies or None


def _changes(said: CardSaid, card: Proposal | None) -> list[str]:
    """The edits the words ask for, as English commands: the person, the title, the priority,
    then the time."""
    people = [act for act in said.acts if act.startswith("assign to ")]
    titles = [act for act in said.acts if act.startswith("title: ")]
    titles = [act for act in said.acts if act.startswith('remove "')] + titles[-1:]
    ranks = [act for act in said.acts if act.startswith("priority ")]
    moves = [act.split(lead, 1)[1] for act in said.acts for lead in _MOVES if act.startswith(lead)]
    repeats = [move for move in moves if _repeats(move)]
    when = " ".join(m for m in moves if m not in repeats[:-1])  # "weekly, every friday": the last
    when = _same_half(when, said.instead, card)
    return [*people[-1:], *titles, *ranks[-1:], *([f"move it to {when}"] if when else [])]


def _repeats(when: str) -> bool:
    """Whether `when` says how often ("weekly", "har hafte friday ko")."""
    found = parse_when(when, now=datetime(2026, 1, 7, 12, tzinfo=UTC), tz="UTC")
    return found is not None and bool(found.rrule)


def _same_half(when: str, instead: str, card: Proposal | None) -> str:
    """ "8:00" said for the card's 7 pm ("7 nahi 8") as "20:00": the hour ruled out was the
    card's own, read on the same half of the day."""
    new, old = _HOUR.match(when.strip()), _HOUR.match(instead)
    if new is None or old is None or card is None or card.due_at is None or card.due_grain == "day":
        return when
    zone = ZoneInfo(card.due_tz or "UTC")
    hour = card.due_at.astimezone(zone).hour
    said_new, said_old = int(new.group(1)), int(old.group(1))
    if said_old < 12 and said_new < 12 and hour in (said_old + 12, said_new + 12):
        return f"{said_new + 12}:00"
    return when


def _card(ctx: Context, said: CardSaid) -> Proposal | None:
    """The card the words answer: the one replied to, else the one named, else the newest."""
    kind, number = replied_ref(ctx)
    if ctx.event.reply_to:
        if kind != "proposal" or not number.isdigit():
            return None
        card = proposals.get_proposal(session=ctx.session, proposal_id=int(number))
        return card if card is not None and _own_waiting(ctx, card) else None
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    if said.about:
        named = match_titles(said.about, pending)
        return named[0] if len(named) == 1 else None
    return confirm_said.newest_card(ctx)


def _own_waiting(ctx: Context, card: Proposal) -> bool:
    return (
        card.status == "pending" and card.chat_id == ctx.chat_id and card.person_id == ctx.person_id
    )


def _edit(ctx: Context, card: Proposal, change: str) -> list[Reply]:
    """One change made to `card` the way a reply to it in English would make it."""
    from flowhub.skills import edit  # edit reaches back into the skills that import this

    event = ctx.event
    newest = confirm_said.newest_card(ctx)
    if not event.reply_to and (newest is None or id_of(newest) != id_of(card)):
        # the card the words name is not the newest: the edit is said as a reply to it
        ref = f"proposal:{id_of(card)}"
        shown = outbox.get_latest_outbox_by_ref(session=ctx.session, ref=ref)
        if shown is None or not shown.platform_message_id:
            return []
        event = replace(event, reply_to=shown.platform_message_id)
    return edit.handle(replace(ctx, event=event, text=change, intent="edit")) or []
