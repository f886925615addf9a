"""Who takes a waiting group card, said in words, and saved at once with one short line.

Anyone but its requester may claim a card nobody has ("that one's mine, wednesday", "I'll book
it, probably for the 17th", "I'll sort the skip permit, I'm there wednesday anyway"); its
requester may give it to someone ("give this to ana, wednesday", "yes Priya's, wednesday",
"perfect, thanks Ana! it's yours"); the person a card names may say yes in their own words ("on
it, I'll call them monday", "yes no problem, send it my way"). The card is saved, with the day
said, and the group sees a line saying so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC

from flowhub.connectors import Reply
from flowhub.nlp import When, parse_when
from flowhub.skills import card_turns, group_claim, group_claim_words, group_words, reply_words
from flowhub.skills.assign import answer, is_named
from flowhub.skills.capture import confirm_proposal
from flowhub.skills.card_zone import due_words
from flowhub.skills.context import Context
from flowhub.skills.refer import replied_ref, tokens
from flowhub.skills.task_due import set_due
from flowhub.storage import (
    Person,
    Proposal,
    Task,
    as_utc,
    id_of,
    inbox,
    people,
    proposals,
    state,
    tasks,
)

_FILL = (
    r"(?:(?:ok(?:ay)?|sure|yes|yep|yeah|yup|great|perfect|cool|nice|fine|alright|then|so|oh)\W+)*"
)
_PRONOUN = r"(?:it|that|this|those|them|that one|this one|the card)"
# "I'll book it", "I can sort the skip permit", "let me do that one".
_I_WILL = re.compile(
    rf"^\W*{_FILL}(?:(?:i\s+)?guess\s+|well\s+|welp\s+|ugh\s+)?"
    r"(?:i(?:'ll|’ll|\s+will|\s+can|\s+could|'d)|let\s+me|will)\s+"
    r"(?:just\s+|happily\s+|gladly\s+|also\s+|probably\s+)?(?P<verb>[a-z]+(?:\s+(?:up|out|over))?)"
    r"\s+(?P<what>.+?)(?:\s+(?:myself|then|instead|on|too))*\W*$",
    re.I,
)
_TAKE_VERBS = frozenset(
    [
        "take", "do", "handle", "cover", "grab", "sort", "sort out", "own", "get", "pick",
        "pick up", "look", "deal", "book", "call", "check", "order", "renew", "courier", "send",
    ]
)  # fmt: skip
# "mine", "that one's mine", "mine by wednesday".
_MINE = re.compile(
    rf"^\W*{_FILL}(?:(?:it'?s|that'?s|this is|that one'?s|this one'?s|its|thats)\s+)?mine\W*$",
    re.I,
)
# The requester's hand-over: "give this to ana", "it's yours", "Priya's", "Priya it is".
_GIVE = re.compile(
    rf"^\W*{_FILL}(?:(?:give|pass|hand|assign|send)\s+{_PRONOUN}(?:\s+over)?\s+to\s+@?(?P<a>\w+)"
    r"|@?(?P<b>[a-z]\w+)'s|@?(?P<c>[a-z]\w+)\s+it\s+is)\W*$",
    re.I,
)
_YOURS = re.compile(r"^\W*(?:it'?s|its|that'?s|all|it\s+is)?\s*yours\W*$", re.I)
# A yes that starts the answer of the person a card names.
_YES = re.compile(
    r"^\W*(?:ok(?:ay)?|sure|yes|yep|yeah|yup|on it|will do|no problem|np|happy to|can do"
    r"|of course|absolutely|no worries|got it)\b",
    re.I,
)
# How a yes goes on: "I'll call them monday", "send it my way", "will check it tomorrow".
_YES_MORE = re.compile(
    r"^\W*(?:(?:no\s+problem|will\s+do|on\s+it|np)\W+)*(?:(?:i(?:'ll|’ll|\s+will|\s+can)|will"
    r"|let\s+me)\s+(?P<verb>[a-z-]+)(?:\s+(?P<obj>it|them|that|this|him|her|those)\b)?"
    r"|send\s+it\s+(?:my\s+way|over|to\s+me)|(?:it'?s|its)\s+mine|leave\s+it\s+with\s+me"
    r"|(?:i'?m|am)\s+on\s+it)",
    re.I,
)
_THANKS = frozenset(
    [
        "thanks", "thank", "you", "thx", "ty", "cheers", "then", "please", "pls", "so", "much",
        "a", "lot", "great", "perfect", "due", "by", "for", "latest", "probably",
    ]
)  # fmt: skip
_BUT = re.compile(r"(?<![\w'])(?:but|though|unless|except|if|not|won'?t|can'?t)(?![\w'])", re.I)
_YES_WORDS = 8
# How a named person goes about what was asked: "I'll look at the bank statement".
_HOW = re.compile(r"^(?:i(?:'ll|’ll|\s+will)|will|let\s+me)\s+[a-z]+\b", re.I)
# A yes that goes on with something else, or with a plan between people ("grab lunch").
_ALSO = re.compile(
    r"\b(?:also|too|as\s+well|another|other|and\s+then|lunch|coffee|dinner|drinks?|beers?"
    r"|breakfast|brunch|party)\b",
    re.I,
)
_HOW_WORDS = 10
_ANYONE = re.compile(r"\b(?:some|any)(?:one|body)\b|\bone of (?:you|us)\b|\bwho can\b", re.I)
# How a stop on the way leads to the thing: "(swing) by and get them", "(pop) over to grab it".
_ON_THE_WAY = re.compile(
    rf"(?:(?:by|over|round|around|out|in|past)\s+)?(?:and|to)\s+[a-z]+(?:\s+up)?\s+{_PRONOUN}",
    re.I,
)
_CLAUSES = re.compile(r"\s*(?:[,;:!]+|\.\s|\s[-–—]+\s)\s*")


@dataclass(frozen=True)
class Act:
    """What a message does to a card: who gets it, and the day said with it."""

    card: Proposal
    person: Person
    day: When | None
    kind: str  # "claim", "give" or "yes"


def found(ctx: Context, text: str) -> Act | None:
    """What `text` does to a waiting card of this group, or None."""
    if ctx.chat.kind != "group" or "?" in text or reply_words.refuses(text):
        return None
    if task_yes(ctx, text) is not None:
        return None  # said to the task just asked of the sender
    cards = _cards(ctx)
    if not cards:
        return None
    day = _day(ctx, text)
    bare = _without_day(text, day)
    for card in cards:
        act = (
            _claim(ctx, card, bare, day)
            or _give(ctx, card, bare, day)
            or _yes(card, ctx, text, day)
        )
        if act is not None:
            return act
    return None


def handle(ctx: Context) -> list[Reply] | None:
    """Save the card a claim, hand-over or yes is about, as that person's, and say so."""
    asked = task_yes(ctx, ctx.text)
    if asked is not None:
        task, day = asked
        if day is not None:
            set_due(ctx, task, day)
        return answer(ctx, task, accepted=True)
    act = found(ctx, ctx.text)
    if act is None:
        return None
    card = act.card
    fields: dict[str, object] = {"assignee_name": act.person.display_name}
    if act.day is not None:
        fields.update(due_at=act.day.start.astimezone(UTC), due_grain=act.day.grain, due_tz=ctx.tz)
    card = proposals.update_proposal(session=ctx.session, proposal=card, now=ctx.now, **fields)
    replies = confirm_proposal(ctx, card)
    saved = tasks.get_task(session=ctx.session, task_id=card.task_id) if card.task_id else None
    if saved is None:
        return replies
    task = saved
    if act.kind != "give" or _spoke_since(ctx, card, act.person):
        tasks.update_task(session=ctx.session, task=task, now=ctx.now, assignment="accepted")
        replies = [r for r in replies if not (r.ref or "").startswith("assignment:")]
    if act.kind == "yes":
        return replies  # the card shows it saved, as for "sure, will do tomorrow"
    name = act.person.display_name
    if act.kind == "claim":
        said = group_words.TOOK_TASK.format(who=name, title=task.title).rstrip(".")
    else:
        said = group_words.HANDED_OVER.format(
            who=ctx.person.display_name, title=task.title, name=name
        ).rstrip(".")
    if act.day is not None or task.due_at is not None:
        when = due_words(ctx, task, requester_id=task.creator_id)
        said += group_words.DUE_WHEN.format(when=when)
    return [*replies, Reply(f"{said}.", ref=f"assignment:{task.id}")]


def task_yes(ctx: Context, text: str) -> tuple[Task, When | None] | None:
    """The saved task just asked of the sender that a yes in words answers ("yes no problem,
    send it my way"), with the day said; None otherwise."""
    if ctx.chat.kind != "group" or ctx.event.reply_to or "?" in text or reply_words.refuses(text):
        return None
    asked = [
        t
        for t in tasks.get_all_tasks(
            session=ctx.session, workspace_id=ctx.workspace_id, assignee_id=ctx.person_id
        )
        if t.assignment == "pending" and t.creator_id != ctx.person_id and t.status == "open"
    ]
    fresh = [t for t in asked if group_claim.card_current(ctx, as_utc(t.updated_at))]
    if len(fresh) != 1 or card_turns.yes_with_day(ctx, text) is not None:
        return None
    day = _day(ctx, text)
    if said_yes(text, day, fresh[0].title) or _says_how(text, day):
        return fresh[0], day
    return None


def said_yes(text: str, day: When | None, title: str) -> bool:
    """A yes that goes on in words about the thing titled `title`: "on it, I'll call them
    monday", "yes no problem, send it my way"; a plain yes is read where it always was."""
    m = _YES.match(text.strip())
    if m is None or _BUT.search(text) or reply_words.agrees(text):
        return False
    rest = text.strip()[m.end() :].strip(" ,.;:!-–—")
    if not rest or len(rest.split()) > _YES_WORDS:
        return False
    more = _YES_MORE.match(rest)
    if more is None:
        return False
    what = rest[more.end() :]
    if day is not None and day.span is not None:
        what = _without_day(text, day)[m.end() :][more.end() :]
    return more["verb"] is None or bool(more["obj"]) or bool(tokens(what) & tokens(title))


def _cards(ctx: Context) -> list[Proposal]:
    """The card replied to, or the waiting cards of this chat still current, newest first."""
    kind, number = replied_ref(ctx)
    if kind == "proposal" and number.isdigit():
        card = proposals.get_proposal(session=ctx.session, proposal_id=int(number))
        ok = card is not None and card.status == "pending" and card.chat_id == ctx.chat_id
        return [card] if ok and card is not None else []
    if ctx.event.reply_to and kind:
        return []  # a reply to another of the bot's messages is about that one
    pending = proposals.get_chat_pending_proposals(session=ctx.session, chat_id=ctx.chat_id)
    fresh = [p for p in pending if group_claim.card_current(ctx, as_utc(p.updated_at))]
    return sorted(fresh, key=lambda p: (as_utc(p.updated_at), p.id or 0), reverse=True)


def _claim(ctx: Context, card: Proposal, text: str, day: When | None) -> Act | None:
    """ "that one's mine", "I'll book it", "I'll sort the skip permit, I'm there wednesday"."""
    if card.assignee_name:
        return None
    if card.person_id == ctx.person_id:
        return _own_claim(ctx, card, text, day)
    head, *rest = [c for c in _CLAUSES.split(text.strip()) if c.strip()] or [""]
    if any(_BUT.search(r) or reply_words.wants_change(r) for r in rest):
        return None
    if card_turns.claimed_title(text) is not None:
        return None  # "that's mine - it's the release blog post" retitles it as well
    if _MINE.match(head) or reply_words.takes(head) or group_claim_words.takes(text):
        return Act(card, ctx.person, day, "claim")
    if _names_card(card, head):
        return Act(card, ctx.person, day, "claim")
    return None


def _own_claim(ctx: Context, card: Proposal, text: str, day: When | None) -> Act | None:
    """The requester taking their own ask of the room after all: "ok i'll grab them myself",
    "fine, I'll do it", "leave it with me", said in any clause of the message."""
    if not _open_ask(ctx, card) or _BUT.search(text):
        return None
    said = [c for c in _CLAUSES.split(text.strip()) if c.strip()]
    for clause in said:
        if _MINE.match(clause) or reply_words.takes(clause) or group_claim_words.takes(clause):
            return Act(card, ctx.person, day, "claim")
        if _names_card(card, clause):
            return Act(card, ctx.person, day, "claim")
    return None


def _names_card(card: Proposal, head: str) -> bool:
    """ "I'll book it" (its verb or a taking verb), "I can sort the skip permit" (its words)."""
    m = _I_WILL.match(head)
    if m is None:
        return False
    verb, what = m["verb"].casefold(), m["what"].strip()
    title = tokens(card.title)
    if re.fullmatch(_PRONOUN, what, re.I):
        return verb in _TAKE_VERBS or verb in title
    if _ON_THE_WAY.fullmatch(what):
        return True  # "I can swing by and get them"
    wanted = tokens(what)
    return bool(wanted) and len(wanted & title) * 2 >= len(wanted) and len(wanted & title) >= 1


def _give(ctx: Context, card: Proposal, text: str, day: When | None) -> Act | None:
    """The requester's "give this to ana", "yes Priya's", "thanks Ana! it's yours"."""
    if card.person_id != ctx.person_id or card.assignee_name:
        return None
    if group_claim.passes_to(ctx.event.text) or not _open_ask(ctx, card):
        return None  # "Priya can you do that one": asked of her, the card waits for her answer
    said = [c for c in _CLAUSES.split(text.strip()) if c.strip()]
    who: Person | None = None
    given = False
    for clause in said:
        m = _GIVE.match(clause)
        if m is not None:
            who = who or _person(ctx, m["a"] or m["b"] or m["c"])
            given = given or who is not None
            continue
        if _YOURS.match(clause):
            given = True
            continue
        if not _filler(ctx, clause):
            return None
    if given and who is None and any(_YOURS.match(c) for c in said):
        who = _named_in(ctx, said) or _above(ctx)
    if not given or who is None or id_of(who) == ctx.person_id:
        return None
    return Act(card, who, day, "give")


def _yes(card: Proposal, ctx: Context, text: str, day: When | None) -> Act | None:
    """The named person's yes that goes on in words: "on it, I'll call them monday"."""
    if not card.assignee_name or not is_named(ctx.person, card.assignee_name):
        return None
    if card.person_id == ctx.person_id or card_turns.yes_with_day(ctx, text) is not None:
        return None  # a plain yes with a day is read where it always was
    if said_yes(text, day, card.title):
        return Act(card, ctx.person, day, "yes")
    named = [c for c in _cards(ctx) if c.assignee_name and is_named(ctx.person, c.assignee_name)]
    if len(named) == 1 and _says_how(text, day):  # the only thing asked of them here
        return Act(card, ctx.person, day, "yes")
    return None


def _says_how(text: str, day: When | None) -> bool:
    """A yes that goes on with how the named person will go about it: "sure, I'll look at the
    bank statement tomorrow morning"; never one that adds something of its own ("also", "too")."""
    m = _YES.match(text.strip())
    if m is None or _BUT.search(text) or _ALSO.search(text):
        return False
    rest = _without_day(text, day).strip()[m.end() :].strip(" ,.;:!-–—")
    return bool(_HOW.match(rest)) and len(rest.split()) <= _HOW_WORDS


def _open_ask(ctx: Context, card: Proposal) -> bool:
    """Whether the card came from asking the room ("someone needs to …", "can anyone …"): only
    then does giving it away in the group save it; an own card is edited in place as before."""
    if card.source_event_id is None:
        return False
    row = inbox.get_inbox_event(session=ctx.session, event_id=card.source_event_id)
    return row is not None and _ANYONE.search(row.text) is not None


def _filler(ctx: Context, clause: str) -> bool:
    """Whether a clause only thanks, names a person or says a day's filler words."""
    for word in re.findall(r"[\w']+", clause.casefold()):
        if word in _THANKS or reply_words.agrees(word) or _person(ctx, word) is not None:
            continue
        return False
    return True


def _person(ctx: Context, name: str | None) -> Person | None:
    """The one person of the workspace called `name`."""
    if not name or len(name) < 2:
        return None
    found = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=name
    )
    return found[0] if len(found) == 1 else None


def _named_in(ctx: Context, clauses: list[str]) -> Person | None:
    """The one other person the clauses name."""
    named = {
        id_of(p): p
        for c in clauses
        for w in re.findall(r"\w+", c)
        if (p := _person(ctx, w)) is not None and id_of(p) != ctx.person_id
    }
    return next(iter(named.values())) if len(named) == 1 else None


def _above(ctx: Context) -> Person | None:
    """The person who wrote the message just above, when not the sender."""
    above = ctx.message_above()
    if above is None or above.sender_id == ctx.event.sender_id:
        return None
    identity = people.get_identity(
        session=ctx.session, platform=above.platform, account=above.account,
        external_id=above.sender_id,
    )  # fmt: skip
    if identity is None:
        return None
    return people.get_person(session=ctx.session, person_id=identity.person_id)


def _spoke_since(ctx: Context, card: Proposal, person: Person) -> bool:
    """Whether `person` spoke in this chat after the card was shown: they offered."""
    above = _above(ctx)
    if above is not None and id_of(above) == id_of(person):
        return True
    since = state.get_people_since(
        session=ctx.session, chat_id=ctx.chat_id, since=as_utc(card.created_at)
    )
    return id_of(person) in since


def _day(ctx: Context, text: str) -> When | None:
    found = parse_when(text, now=ctx.now, tz=ctx.tz)
    return None if found is None or found.rrule else found


def _without_day(text: str, day: When | None) -> str:
    if day is None or day.span is None:
        return text
    return f"{text[: day.span[0]]} {text[day.span[1] :]}"
