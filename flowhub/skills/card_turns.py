"""What people other than its requester say to a waiting group card, and what follows.

The person a card names can't take it: the requester hears why and, when that person names
someone ("not me, ask Sam"), is offered to give it to them. The answer to that message is about
the card: the requester gives it to someone ("fine, Sam then"), keeps it or drops it; anyone else
may take it ("sure, I'll do it"). Someone may claim a card nobody has and fix its title in the
same breath ("that's mine - it's the release blog post").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, timedelta

from flowhub.connectors import Button, Reply
from flowhub.i18n import localized
from flowhub.nlp import When, afternoon, parse_when
from flowhub.skills import (
    assign_answer_words,
    card_answer,
    card_give_more,
    confirm_said,
    group_words,
    refer_words,
    reply_words,
    words,
)
from flowhub.skills.assign import answer, is_named, named_other, workspace_person
from flowhub.skills.capture import (
    card_reply,
    confirm_proposal,
    discard,
    load_pending,
)
from flowhub.skills.claim import in_words
from flowhub.skills.context import Context
from flowhub.skills.refer import replied_ref, replied_target
from flowhub.skills.task_due import set_due
from flowhub.storage import (
    Outbox,
    Person,
    Proposal,
    Task,
    as_utc,
    id_of,
    outbox,
    people,
    proposals,
    tasks,
)

# The outbox kind of the message saying a card's person can't take it.
ASKED_KIND = "cardask"
_FILL = (
    r"^(?:(?:ugh+|fine|ok(?:ay)?|alright|sure|yeah|yes|then|hmm+|well|just|let'?s|actually"
    r"|oh|right|in that case|good|cool)\b[\s,.!]*)*"
)
# "give it to sam", "ask sam", "fine, sam then", "sam pls", "can sam do it", "let sam take it".
_GIVE = re.compile(
    _FILL + r"(?:(?:(?:give|pass|hand|assign|send|reassign) (?:it|that|this)(?: over)? to"
    r"|ask|let|get|try|go with) @?(?P<a>\w+)(?: (?:instead|to do it|do it|take it|then))*"
    r"|@?(?P<b>\w+),? (?:pls|please|plz|then|instead|it is|can do it|can take it)"
    r"|(?:can|could) @?(?P<c>\w+) (?:do|take) it|@?(?P<d>\w+))\W*$",
    re.I,
)
_MYSELF = re.compile(
    _FILL + r"(?:i'?ll|i will|let me|i can) (?:do|take|handle|keep) (?:it|that|this)"
    r"(?: (?:myself|then))*\W*$|^(?:i'?ll do it )?myself\W*$",
    re.I,
)
# A yes that goes on to say when: "sure, will do tomorrow", "ok, I'll do it first thing monday".
_YES_LEAD = re.compile(
    r"^\W*(?:ok(?:ay)?|k|sure|yes|yep|yeah|yup|fine|will do|on it|no problem|np|can do|deal"
    r"|i'?ll do it|i will|i can)\b",
    re.I,
)
_YES_FILL = frozenset(
    [
        "ok", "okay", "k", "sure", "yes", "yep", "yeah", "yup", "fine", "will", "do", "on", "it",
        "no", "problem", "np", "can", "deal", "i", "i'll", "ill", "that", "this", "then", "first",
        "thing", "latest", "by", "at", "the", "in", "morning", "afternoon", "evening", "get", "to",
        "done", "have", "ready",
    ]
)  # fmt: skip
# How long after being asked a typed yes in a private chat still answers that task.
_ASKED_WINDOW = timedelta(hours=2)
_THEN = re.compile(r"[\s,]+then\W*$", re.I)
# An own mistake owned up to before the answer: "oh yes sorry my mistake, drop it".
_OWNED_UP = re.compile(
    r"^(?:(?:oh|ah|yes|yeah|yep|ok(?:ay)?|right|true|oops|sorry|my\s+(?:mistake|bad|fault)"
    r"|you'?re\s+right|fair(?:\s+enough)?|good\s+point|i\s+forgot|never\s*mind)\b[\s,.!:-]*)+",
    re.I,
)
_SPLIT = re.compile(r"\s*(?:[-–—:;,]+|\.\s|\s(?:and|&)\s)\s*")
# How a new title is said next to a claim: "it's the release blog post", "call it …".
_TITLE_LEAD = re.compile(
    r"^(?:(?:and|but|oh|actually)\s+)?(?:it'?s|its|it is|this is|that'?s|that is|it should be"
    r"|(?:call|name) it|rename(?: it)? to|title(?: is)?:?)\s+(?:(?:the|a|an)\s+(?=\w+\s+\w))?",
    re.I,
)
_NOT_NAMES = frozenset(
    [
        "i", "me", "my", "you", "u", "it", "he", "she", "we", "they", "them", "someone",
        "somebody", "anyone", "anybody", "everyone", "nobody", "the", "a", "an", "and", "or",
        "so", "pls", "please", "then", "instead", "today", "tomorrow"
    ]
)  # fmt: skip


def handle(ctx: Context) -> list[Reply] | None:
    """An answer to a card's can't-take message, or a claim with a new title; else None."""
    if (saved := confirm_said.save_over_offer(ctx)) is not None:
        return saved
    if refer_words.asks_undo(ctx.text):
        return None  # "ugh undo that" takes back all the last message did, not the newest card
    if (answered := card_answer.handle(ctx)) is not None:
        return answered
    kind, number = replied_ref(ctx)
    if kind != ASKED_KIND and (said := _task_yes_on_day(ctx)) is not None:
        return said
    if not number.isdigit():
        return None
    card = proposals.get_proposal(session=ctx.session, proposal_id=int(number))
    if card is None or card.status != "pending" or card.chat_id != ctx.chat_id:
        return None
    if kind == ASKED_KIND:
        return _after_decline(ctx, card)
    if kind == "proposal" and card.person_id != ctx.person_id:
        return _yes_on_day(ctx, card) or _claim_renamed(ctx, card) or _declined(ctx, card)
    return None


def yes_with_day(ctx: Context, text: str) -> When | None:
    """The day of a yes that names when: "sure, will do tomorrow", "ok I'll do it monday"."""
    text = text.strip()
    if not _YES_LEAD.match(text) or reply_words.refuses(text):
        return None
    found = parse_when(text, now=ctx.now, tz=ctx.tz)
    if found is None or found.rrule:
        return None
    rest = text[: found.span[0]] + " " + text[found.span[1] :]
    said = re.findall(r"[\w']+", rest.casefold())
    if not said or not all(w in _YES_FILL for w in said):
        return None
    return afternoon(found, text[found.span[0] : found.span[1]])  # "will do by 5": 17:00


def _task_yes_on_day(ctx: Context) -> list[Reply] | None:
    """ "sure, will do tomorrow" from the person asked to do a saved task: a yes, due then."""
    found = yes_with_day(ctx, ctx.text)
    if found is None:
        return None
    target = replied_target(ctx)
    task: Task | None = None
    if target is not None and target[0] == "task":
        task = tasks.get_task(session=ctx.session, task_id=target[1])
    elif not ctx.event.reply_to and ctx.chat.kind == "direct":
        task = _newest_asked(ctx)
    if task is None or task.assignee_id != ctx.person_id or task.assignment != "pending":
        return None
    set_due(ctx, task, found)
    return answer(ctx, task, accepted=True)


def _newest_asked(ctx: Context) -> Task | None:
    """The task this person was asked to do most recently, if that was a short while ago."""
    waiting = [
        t
        for t in tasks.get_all_tasks(
            session=ctx.session, workspace_id=ctx.workspace_id, assignee_id=ctx.person_id
        )
        if t.assignment == "pending" and t.creator_id != ctx.person_id
    ]
    if not waiting:
        return None
    task = max(waiting, key=lambda t: (as_utc(t.updated_at), t.id or 0))
    return task if ctx.now - as_utc(task.updated_at) <= _ASKED_WINDOW else None


def _yes_on_day(ctx: Context, card: Proposal) -> list[Reply] | None:
    """The person a card names says yes and when: the card is saved with that day, accepted."""
    named = bool(card.assignee_name) and is_named(ctx.person, card.assignee_name or "")
    found = yes_with_day(ctx, ctx.text) if named else None
    if found is None:
        return None
    card = proposals.update_proposal(
        session=ctx.session,
        proposal=card,
        now=ctx.now,
        due_at=found.start.astimezone(UTC),
        due_grain=found.grain,
        due_tz=ctx.tz,
    )
    return confirm_proposal(ctx, card)


def _declined(ctx: Context, card: Proposal) -> list[Reply] | None:
    """The person the card names says they can't: the requester hears it, and whom they name."""
    text = ctx.text.strip()
    if not card.assignee_name or not is_named(ctx.person, card.assignee_name):
        return None
    if reply_words.leaves(text) or reply_words.agrees(text) or reply_words.takes(text):
        return None
    said_no = reply_words.refuses(text) or assign_answer_words.says_no(ctx.event.text or text)
    return [cant_take(ctx, card, text)] if said_no else None


def cant_take(ctx: Context, card: Proposal, reason: str) -> Reply:
    """The person a card names can't do it: the requester hears why, and whom they suggest."""
    requester = people.get_person(session=ctx.session, person_id=card.person_id)
    asker = requester.display_name.split(" ")[0] if requester else "?"
    fields = {"who": ctx.person.display_name, "title": card.title, "reason": reason}
    other = named_other(ctx, reason)
    if other is None:
        text = group_words.CANT_TAKE_CARD.format(requester=asker, **fields)
        return Reply(text, ref=f"{ASKED_KIND}:{card.id}")
    name = other.display_name.split(" ")[0]
    return Reply(
        group_words.CANT_TAKE_OFFER.format(requester=asker, name=name, **fields),
        buttons=(
            Button(f"cardto:{card.id}:{other.id}", group_words.GIVE_TO.format(name=name)),
            Button(f"discard:{card.id}", localized(words.DISCARD_LABEL)),
        ),
        ref=f"{ASKED_KIND}:{card.id}",
    )


def give_button(ctx: Context, arg: str) -> list[Reply]:
    """The requester's "Give it to Sam" on a can't-take message."""
    card_arg, _, person_arg = arg.partition(":")
    card, refusal = load_pending(ctx, card_arg)
    if card is None:
        return refusal
    person = workspace_person(ctx, person_arg)
    if person is None:
        return [Reply(words.NOT_YOURS)]
    if card.person_id != ctx.person_id:
        return [Reply(group_words.ONLY_REQUESTER.format(name=_first(ctx, card.person_id)))]
    return give(ctx, card, person)


def give(ctx: Context, card: Proposal, person: Person) -> list[Reply]:
    """The card now names `person`, who answers it as the person it names."""
    if id_of(person) == card.person_id:
        return _take(ctx, card, person)
    proposals.update_proposal(
        session=ctx.session, proposal=card, now=ctx.now, assignee_name=person.display_name
    )
    pressed = ctx.event.reply_to if ctx.event.kind == "button" else None
    said = group_words.ASKED_INSTEAD.format(name=person.display_name, title=card.title)
    shown = card_reply(ctx, card, edit=card_message_id_of(ctx, card))
    return [shown, Reply(said, edit=pressed, ref=f"{ASKED_KIND}:{card.id}")]


def card_message_id_of(ctx: Context, card: Proposal) -> str | None:
    """The message showing the card itself (never the message a button was pressed on)."""
    row = outbox.get_latest_outbox_by_ref(session=ctx.session, ref=f"proposal:{card.id}")
    return row.platform_message_id if row else None


def asked_message(ctx: Context, card: Proposal) -> Outbox | None:
    """The sent can't-take message of `card` in this chat, if there is one."""
    row = outbox.get_latest_outbox_by_ref(session=ctx.session, ref=f"{ASKED_KIND}:{card.id}")
    if row is None or not row.platform_message_id or row.chat != ctx.event.chat:
        return None
    return row


def answers_decline(ctx: Context, card: Proposal, text: str) -> bool:
    """Whether `text` answers the can't-take message of `card` as `_after_decline` reads it."""
    if card.person_id == ctx.person_id:
        return bool(
            _MYSELF.match(text) or _drops(text) or _given(ctx, text) or _given_more(ctx, card, text)
        )
    return _volunteers(ctx, card, text)


def _after_decline(ctx: Context, card: Proposal) -> list[Reply] | None:
    text = ctx.text.strip()
    if card.person_id == ctx.person_id:
        if _MYSELF.match(text):
            return _take(ctx, card, ctx.person)
        if _drops(text):
            return discard(ctx, str(card.id))
        person = _given(ctx, text)
        if person is not None:
            return give(ctx, card, person)
        if (more := _given_more(ctx, card, text)) is not None:
            dropped = card_give_more.apply(ctx, card, more[1])
            return [*give(ctx, card, more[0]), *dropped]
    elif _volunteers(ctx, card, text):
        return _take(ctx, card, ctx.person)
    # Anything else said to that message is said to the card itself ("make it friday").
    shown = card_message_id_of(ctx, card)
    if shown is None:
        return None
    ctx.event = replace(ctx.event, reply_to=shown)
    return None


def _drops(text: str) -> bool:
    """ "scrap it then", "no, discard it", "oh yes sorry my mistake, drop it": drop the card."""
    said = _THEN.sub("", text)
    return reply_words.discards(said) or reply_words.discards(_OWNED_UP.sub("", said))


def _volunteers(ctx: Context, card: Proposal, text: str) -> bool:
    """ "sure, I'll do it" from anyone but the requester; the person who declined may relent."""
    if reply_words.takes(text) or in_words(text, card.title):
        return True
    return is_named(ctx.person, card.assignee_name or "") and reply_words.agrees(text)


def _take(ctx: Context, card: Proposal, person: Person) -> list[Reply]:
    """`person` has the card: it is saved as theirs."""
    proposals.update_proposal(
        session=ctx.session, proposal=card, now=ctx.now, assignee_name=person.display_name
    )
    replies = confirm_proposal(ctx, card)
    about = f"assignment:{card.task_id}"  # a reply to what is said here is about the task
    if id_of(person) == card.person_id:
        said = group_words.TAKEN_BACK.format(title=card.title)
    else:
        said = group_words.TOOK_TASK.format(who=person.display_name, title=card.title)
    return [*replies, Reply(said, ref=about)]


def _claim_renamed(ctx: Context, card: Proposal) -> list[Reply] | None:
    """ "that's mine - it's the release blog post": a card nobody has, taken and retitled."""
    if card.assignee_name and not is_named(ctx.person, card.assignee_name):
        return None
    title = claimed_title(ctx.text)
    if title is None:
        return None
    proposals.update_proposal(session=ctx.session, proposal=card, now=ctx.now, title=title)
    return _take(ctx, card, ctx.person)


def claimed_title(text: str) -> str | None:
    """The title a claim gives its card ("that's mine, call it X"), or None."""
    text = text.strip()
    for cut in _SPLIT.finditer(text):
        head, tail = text[: cut.start()], text[cut.end() :]
        for claim, rest in ((head, tail), (tail, head)):
            lead = _TITLE_LEAD.match(rest.strip())
            if lead is None or not reply_words.takes(claim):
                continue
            title = rest.strip()[lead.end() :].strip(" .!,;:-")
            if len(title.split()) >= 2:
                return title[0].upper() + title[1:]
    return None


def _given(ctx: Context, text: str) -> Person | None:
    """The one person the requester's answer gives the card to ("fine, sam then")."""
    m = _GIVE.match(text)
    name = next((g for g in m.groups() if g), None) if m else None
    if name is None or name.casefold() in _NOT_NAMES:
        return None
    found = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=name
    )
    return found[0] if len(found) == 1 else None


def _given_more(
    ctx: Context, card: Proposal, text: str
) -> tuple[Person, card_give_more.GiveMore] | None:
    """A give with a day or cards to drop said after it ("give it to ana then, due thursday")."""
    more = card_give_more.read(ctx, card, text)
    person = _given(ctx, more.give) if more is not None else None
    return (person, more) if person is not None and more is not None else None


def _first(ctx: Context, person_id: int) -> str:
    person = people.get_person(session=ctx.session, person_id=person_id)
    return person.display_name.split(" ")[0] if person else "?"
