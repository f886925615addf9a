"""Group manners: what the bot does with a group message that was not addressed to it.

In a group the bot speaks when it is addressed (its name, a reply to one of its messages, a
command; the connector decides that in `Event.addressed`), when a message holds a task with
confidence, when the sender is in the middle of something with it (editing a card, answering
their own card), or to answer its own buttons. Small talk, acknowledgements and questions
people ask each other get no reply at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import timedelta

from flowhub.connectors import Event
from flowhub.nlp import TaskDraft, asks_for, classify_intent, sent_to_writer
from flowhub.skills import (
    card_all_good,
    group_ack,
    group_asks,
    group_move_kept,
    group_promise,
    group_request,
    group_turns,
    reply_words,
)
from flowhub.skills.context import Context, Extractor
from flowhub.skills.named_request import request_text
from flowhub.skills.small_talk import REQUEST, is_small_talk
from flowhub.skills.task_named_first import addressed
from flowhub.skills.task_named_verb import named_before_verb
from flowhub.storage import people, proposals

_QUESTION = re.compile(r"\?\s*\W*$")
# News about plans ("the standup moved to 10") and social plans are not tasks by themselves.
_NOTICE = re.compile(
    r"^reminder\b|\b(?:moved|postponed|pushed back|rescheduled|cancel+ed|delayed|is off)\b"
    # News of trouble: "kiln is broken, repair guy hopefully tomorrow", "the mugs might be late".
    r"|\b(?:is|are|'s|got|went)\s+(?:broken|down|dead|stuck|sick|late)\b|\bbroke\s+down\b"
    r"|\b(?:might|may|could|will|gonna)\s+be\s+(?:late|delayed)\b|\bhopefully\b",
    re.I,
)
# Good wishes to people: "good luck tmrw with the glaze firing ana 🤞", "fingers crossed for it".
_WISH = re.compile(
    r"^\W*(?:good\s+luck|best\s+of\s+luck|all\s+the\s+best|fingers\s+crossed|break\s+a\s+leg"
    r"|have\s+(?:fun|a\s+(?:safe|good|great|nice)\s+\w+)|safe\s+travels|enjoy|get\s+well)\b",
    re.I,
)
_SOCIAL = re.compile(
    r"\b(?:grab|get|have|go for) (?:a |some )?"
    r"(?:drinks?|lunch|coffee|dinner|beers?|a bite|pizza)\b"
    r"|\b(?:drinks?|beers?|lunch|dinner|coffee|pizza|(?:the\s+)?(?:first\s+)?round)"
    r"(?:'s|\s+is|\s+are)?\s+on\s+(?:me|us|the\s+house)\b",
    re.I,
)
# "can you believe this weather": a question for effect asks nobody to do anything.
_RHETORICAL = re.compile(
    r"\b(?:can|could|would)\s+(?:you|u|ya)\s+(?:believe|imagine|guess|fathom)\b", re.I
)
_REMIND = re.compile(r"^remind\b", re.I)
_PRONOUN_TITLE = re.compile(r"^\w+(?:\s+(?:up|out|over))?\s+(?:it|that|this|them|those)\W*$", re.I)
# The bot's own commands: said in a group they are meant for it (and a pasted secret must reach
# the connect skill, which refuses it there and keeps it out of storage).
_COMMAND = re.compile(
    r"^\s*(?:/\w|(?:connect|disconnect|unlink)\s+\w|(?:help|settings|undo|integrations)\W*$)",
    re.I,
)
# Typed answers to one's own cards that are never everyday chat.
_CARD_WORDS = re.compile(
    r"^\s*(?:confirm|save|discard|drop)(?: (?:it|them|all|both|that|this|the card|the rest"
    r"|#?\d+(?:\s*(?:,|and|&)?\s*#?\d+)*))?(?:,? (?:and )?(?:discard|drop|save|confirm)"
    r" (?:the rest|#?\d+(?:\s*(?:,|and|&)?\s*#?\d+)*))?\W*$",
    re.I,
)
_ANY_ANSWER = re.compile(
    r"^\s*(?:confirm|save|discard|drop|yes|yep|yeah|ok|okay|sure|no|nope|cancel|👍|✅|👎)"
    r"(?: (?:it|them|all|both|that|this|please))?\W*$",
    re.I,
)
# The bot's own name where it only says whom a message is for: in front, at the end, or "@" inside.
_BOT_NAME = (
    re.compile(r"^\W*?(?:(?:hey|hi|ok|okay|yo|dear)\s+)?@?flowhub\b[\s,:;.!-]*", re.I),
    re.compile(r"[\s,;:-]*@?flowhub\b(?=\W*$)", re.I),
    re.compile(r"\s*(?<![\w@])@flowhub\b", re.I),
)
_AT_NAME = re.compile(r"(?<![\w@])@(\w[\w.-]*)")
# "@Priya did the couple pay the deposit yet? …": a question about what happened, to a person.
_ASKS_PERSON = re.compile(
    r"^\W*(?P<who>@?[\w.-]+)[\s,:]+(?:did|has|have|is|are|was|were|does|do)\b[^?]*\?\s*"
    r"(?P<rest>.*)$",
    re.I | re.S,
)
_ASKS_AGAIN = re.compile(
    r"\b(?:please|pls|plz|can you|could you|would you|will you|don't forget|make sure|remind)\b",
    re.I,
)
# "… for the 26th": a day a thing is for; "by", "before", "due" say a deadline.
_FOR_DAY = re.compile(r"\bfor\s+$", re.I)
_DEADLINE = re.compile(r"\b(?:by|before|due|until|till|deadline|latest)\b", re.I)
_EVENT_AHEAD = timedelta(days=10)
_YOU = re.compile(r"(?<=\s)you\b", re.I)
_ME = re.compile(r"(?<=\s)me\b", re.I)
# A title that is a verb and a bare number ("Book 6"), and counted things ("8 chafing dishes").
_BARE_COUNT = re.compile(r"^\w+\s+\d+$")
_COUNTED = re.compile(r"\b\d+\s+(?P<what>(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*s)\b", re.I)
# Chat words in front of what the message says: "great, I'll order the lobster today".
_OPENER = re.compile(
    r"^\W*(?:(?:great|ok(?:ay)?|cool|perfect|nice|sure|alright|awesome|thanks|sounds\s+good)"
    r"[\s,!.—–-]+)+(?=\w)",
    re.I,
)
# "I need to send ...", "I have to call ...": the sender says the task is theirs.
_I_NEED = re.compile(
    r"\bI\s+(?:really\s+|still\s+|also\s+)?(?:need\s+to|have\s+to|gotta|got\s+to|must|should"
    r"|'?ve\s+got\s+to|'?m\s+going\s+to|'?m\s+gonna)\s+",
)


# The bot called by name inside a message: "ok so FlowHub what's left", "thanks all. FlowHub, …".
_CALLED = re.compile(r"(?<![\w@])@?flowhub\b(?P<gap>[\s,:;.!-]*)(?=\S)", re.I)
# "so flowhub is great", "flowhub keeps pinging me": said about it, not to it.
_ABOUT = re.compile(
    r"^(?:is|isn'?t|was|wasn'?t|has|hasn'?t|does|doesn'?t|did|didn'?t|keeps|says|said|seems|can'?t"
    r"|won'?t|will|would|should|just|already|really|still|never|always|sent|got|made|'s)\b",
    re.I,
)
_SENTENCE_END = re.compile(r".*[.!?…]\s+", re.S)
# "did you add it to flowhub?", "it's in the flowhub": the name closes a phrase about it.
_NAMED_AFTER = re.compile(
    r"\b(?:to|in|into|on|from|with|via|of|about|by|the|through|using|use)\s+@?flowhub\W*$",
    re.I,
)
_LEAD_TEXT = """
    ok okay k so right well and alright um uh hey hi hello yo cool great thanks thx pls please
    now also oh but sorry quick question guys all then oki
"""
_LEAD_WORDS = frozenset(_LEAD_TEXT.split())


def without_bot_name(text: str) -> str:
    """`text` without the bot's own name where it only says whom the message is for."""
    cleaned = text
    for pattern in _BOT_NAME:
        if pattern is not _BOT_NAME[1] or not _NAMED_AFTER.search(cleaned):
            cleaned = pattern.sub("", cleaned)
    if cleaned == text:
        cleaned = _called_inside(text)
    return cleaned.strip() if cleaned != text else text


def only_mentioned(event: Event) -> bool:
    """Whether a group message names the bot only to speak about it ("I put it in FlowHub
    already"), so the name does not make it addressed."""
    if event.chat_kind != "group" or not event.addressed or event.kind != "text":
        return False
    text = event.text or ""
    if event.reply_to or text.lstrip().startswith("/") or not _CALLED.search(text):
        return False
    return without_bot_name(text) == text


def _called_inside(text: str) -> str:
    """`text` from where the bot is called by name after small talk ("thanks all. FlowHub,
    remind me at 5 …") or chat words ("ok so FlowHub what's left"); `text` itself when the name
    is only mentioned ("I put it in FlowHub already")."""
    m = _CALLED.search(text)
    if m is None:
        return text
    before = text[: m.start()]
    ended = _SENTENCE_END.match(before)
    head, lead = (before[: ended.end()], before[ended.end() :]) if ended else ("", before)
    if any(w not in _LEAD_WORDS for w in re.findall(r"[\w']+", lead.casefold())):
        return text
    rest = text[m.end() :]
    if not re.search(r"[,:;!-]", m["gap"]) and _ABOUT.match(rest):
        return text
    if not head.strip() or is_small_talk(head.strip()):
        return rest
    return f"{head.rstrip()} {rest}"


def only_bot_name(text: str) -> bool:
    """Whether a message is nothing but a call of the bot's name ("@FlowHub", "hey flowhub")."""
    return bool(text.strip()) and without_bot_name(text) == ""


def worth_answering(ctx: Context) -> bool:
    """Whether a group message not addressed to the bot is still for it.

    It is for a command of the bot's, when the sender is editing one of their cards, answers
    their own card, asks for a reminder, or writes a clear task; the extractor is then narrowed
    to the confident drafts.
    """
    event = ctx.event
    text = ctx.text.strip()
    if not text or event.raw.get("edited"):
        return False
    if _COMMAND.match(text):
        return True
    if ctx.thread.editing is not None and not is_small_talk(text):
        return True
    if group_turns.meant_for_bot(ctx, text) or _answers_own_card(ctx, text):
        return True
    from flowhub.skills import yes_dated  # it saves cards through capture, which reads manners

    if yes_dated.answers_card(ctx, text):  # "ok, friday works" from the person a card names
        return True
    from flowhub.skills import group_card_go, group_move_ask, suggested_yes  # they read cards

    if (
        group_move_ask.asked(ctx, text) is not None
        or suggested_yes.answers(ctx, text)
        or group_move_kept.answers(ctx, text)
    ):  # "switch the boiler one to the 18th", "ya wed is fine 👍", "nope keep it" to a move
        return True
    from flowhub.skills import group_volunteer  # it makes cards through capture

    # "go for it priya" to one's own card; "i'll do it" to "who's doing the booking?"
    if group_card_go.found(ctx, text) is not None or group_volunteer.taken(ctx) is not None:
        return True
    if group_asks.asks_bot(ctx, text):
        ctx.event = replace(event, addressed=True)
        return True
    if _asks_person(ctx, text) or group_promise.vague(text):
        # "@Priya did the couple pay yet? need to know before I order" asks her; "I'll draft it",
        # "sure, I'll look later" promise people something they said, naming nothing
        return False
    text = request_text(ctx) or text  # "priya pls check the invoice" names a member
    alone = group_request.said(text)  # "…, somebody has to courier them to him by wednesday"
    if alone != text and classify_intent(alone) in ("capture", "remind"):
        text = ctx.text = alone
    intent = classify_intent(text)
    if intent == "remind" and _REMIND.match(text):
        return True
    if intent not in ("capture", "remind"):
        return False
    # "ok plan for next week: @sam chase the band ...": chat words can open a list of requests.
    chatty = is_small_talk(_OPENER.sub("", text) or text)  # "great, I'll order the lobster"
    if chatty and not _AT_NAME.search(text):
        return False
    drafts = [
        d
        for d in _extract(ctx, text)
        if _confident(d, text) and not (chatty and d.assignee is None)
    ]
    if drafts:
        ctx.extract = lambda *_args, **_kwargs: drafts
    return bool(drafts)


def _asks_person(ctx: Context, text: str) -> bool:
    """Whether a message opens with a yes-or-no question to one person and asks for nothing
    after it: "@Priya did the couple pay the deposit yet? need to know before I order"."""
    m = _ASKS_PERSON.match(text)
    if m is None or _ASKS_AGAIN.search(m["rest"]) or _AT_NAME.search(m["rest"]):
        return False
    who = m["who"].lstrip("@")
    return (
        m["who"].startswith("@")
        or len(
            people.find_people_by_name(session=ctx.session, workspace_id=ctx.workspace_id, name=who)
        )
        == 1
    )


# Picks among one's cards by place: "keep the first, bin the other two", "only 1 and 3".
_PICK_VERB = (
    r"(?:keep|save|confirm|bin|drop|discard|scrap|delete|ditch|toss|kill|lose|remove|cancel|skip"
    r"|get\s+rid\s+of|forget)"
)
_PLACE = (
    r"(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|#?\d|other\s+(?:two|three|ones?)"
    r"|others|rest|both|all(?:\s+three)?|top|bottom|middle)"
)
_PICK_CLAUSE = re.compile(
    rf"^(?:(?:ok(?:ay)?|so|yes|yeah|no|nah|hmm|and|but|then)\s+)*(?:{_PICK_VERB}\s+)?"
    r"(?:only\s+|just\s+)?(?:the\s+)?(?:"
    rf"{_PLACE}(?:\s*(?:,|&|and|\+)?\s*(?:the\s+)?{_PLACE})*(?:\s+(?:one|ones|card|cards|two))?"
    rf"|them|those)(?:\s+(?:one|ones|card|cards))?(?:\s+{_PICK_VERB})?(?:\s+(?:please|pls|too))?$",
    re.I,
)
_PICK_SPLIT = re.compile(r"\s*(?:[,;:.!—–]+|\s-\s|\bbut\b|\bthen\b)\s*", re.I)


def _picks_cards(ctx: Context, text: str) -> bool:
    """Whether `text` keeps and drops the sender's waiting cards here by place."""
    clauses = [c for c in _PICK_SPLIT.split(text.strip()) if c.strip()]
    said = " ".join(clauses)
    if not clauses or not re.search(_PICK_VERB + r"|\bonly\b|\bjust\b", said, re.I):
        return False
    if not all(_PICK_CLAUSE.match(c) for c in clauses):
        return False
    mine = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    return len(mine) >= 2


def _answers_own_card(ctx: Context, text: str) -> bool:
    """A card word from someone who has cards waiting here, or a bare answer to a card."""
    if _picks_cards(ctx, text):
        return True
    if (plain := card_all_good.said(text)) is not None:  # "both good 👍", "👍 save"
        return group_ack.answered_card(ctx, plain) is not None
    if not (_ANY_ANSWER.match(text) or _CARD_WORDS.match(text) or reply_words.agrees(text)):
        return False
    if _CARD_WORDS.match(text) and proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    ):
        return True
    return group_ack.answered_card(ctx, text) is not None


def _extract(ctx: Context, text: str) -> list[TaskDraft]:
    event = ctx.event
    # A forward's origin is a label anyone can set, never a person: its "I" stays unknown.
    sender = None if event.forwarded else ctx.person.display_name
    return ctx.extract(text, now=ctx.now, tz=ctx.tz, sender=sender)


def _confident(draft: TaskDraft, text: str) -> bool:
    """A draft worth a card unasked: more than one word, and a request, a name or a day."""
    if len(draft.title.split()) < 2 or is_small_talk(draft.title) or _RHETORICAL.search(text):
        return False
    if _PRONOUN_TITLE.match(draft.title):
        return False  # "I'll book it": a thing spoken of before, never a card "Book it"
    request = bool(REQUEST.search(text)) or (draft.assignee is not None and asks_for(text))
    if (_NOTICE.search(text) or _WISH.search(text)) and not request:
        return False
    if _SOCIAL.search(text) and draft.assignee is None:
        return False
    named = draft.assignee is not None or draft.due is not None
    if _QUESTION.search(text):  # a question to the room needs a request and a name or a day
        return request and named
    return request or named


def naming_people(extract: Extractor, ctx_people: Callable[[str], str | None]) -> Extractor:
    """`extract` whose drafts name assignees as people are known ("@priya" -> "Priya").

    In a group, "I need to send ..." is the sender's task: the card says so.
    """
    in_group = isinstance(ctx_people, _Lookup) and ctx_people.group

    def named(text: str, **kwargs: object) -> list[TaskDraft]:
        drafts = extract(text, **kwargs)
        sender = kwargs.get("sender")
        if in_group and isinstance(sender, str):
            drafts = [_own(draft, text, sender) for draft in drafts]
        if in_group and isinstance(ctx_people, _Lookup):
            drafts = [_counted(draft, ctx_people.ctx) for draft in drafts]
            if isinstance(sender, str):
                drafts = [_to_you(draft, sender, ctx_people.ctx) for draft in drafts]
        if in_group and isinstance(sender, str):
            drafts = [_to_me(draft, sender) for draft in drafts]
        if in_group and isinstance(ctx_people, _Lookup):
            drafts = [_event_day(draft, text, ctx_people.ctx) for draft in drafts]
        drafts = [named_before_verb(draft, text, ctx_people) for draft in drafts]
        drafts = [addressed(draft, text, ctx_people) for draft in drafts]  # "Sam send it"
        drafts = [_named(draft, ctx_people) for draft in drafts]
        if not isinstance(sender, str):
            return drafts
        return [_sent_to(draft, sender, text) for draft in drafts]  # "mándame la factura"

    return named


def _sent_to(draft: TaskDraft, sender: str, text: str) -> TaskDraft:
    """ "Mandame el presupuesto" is the sender's "Presupuesto", or Sam's "Mandar … a Ana"."""
    own = draft.assignee is None or draft.assignee == sender
    title = sent_to_writer(draft.title, writer=sender, own=own, said=text)
    return draft if title == draft.title else replace(draft, title=title)


def _own(draft: TaskDraft, text: str, sender: str) -> TaskDraft:
    """`draft` as the sender's when the message says they need to do it ("I need to send ...")."""
    if draft.assignee is not None or not draft.title:
        return draft
    verb = re.escape(draft.title.split()[0])
    if re.search(_I_NEED.pattern + rf"(?:\w+\s+){{0,2}}?{verb}\b", text, re.I):
        return replace(draft, assignee=sender)
    return draft


def _counted(draft: TaskDraft, ctx: Context) -> TaskDraft:
    """ "book 6" after "we've got 8 chafing dishes": the number counts the things said above."""
    bare = _BARE_COUNT.match(draft.title)
    above = ctx.message_above() if bare is not None else None
    if above is None:
        return draft
    things = _COUNTED.search(above.text)
    if things is None:
        return draft
    return replace(draft, title=f"{draft.title} {things['what']}")


def _event_day(draft: TaskDraft, text: str, ctx: Context) -> TaskDraft:
    """ "call the venue about the kitchen access times for the 26th", weeks ahead: the 26th is
    the day the thing is for, not when the call is due, so the title keeps it undated."""
    due = draft.due
    if due is None or due.rrule or due.span is None or due.start is None:
        return draft
    start, end = due.span
    said = text[start:end].strip()
    said = said[4:] if said.casefold().startswith("for ") else said
    before = text[:start] if said == text[start:end].strip() else "for "
    if not _FOR_DAY.search(before) or _DEADLINE.search(text):
        return draft
    if due.start - ctx.now < _EVENT_AHEAD:
        return draft
    return replace(draft, title=f"{draft.title} for {said}", due=None)


def _to_me(draft: TaskDraft, sender: str) -> TaskDraft:
    """ "@Sam can you … send it to me" from Ana: Sam's task says "send it to Ana"."""
    if not draft.assignee or draft.assignee == sender or not _ME.search(draft.title):
        return draft
    return replace(draft, title=_ME.sub(sender.split(" ")[0], draft.title))


def _to_you(draft: TaskDraft, sender: str, ctx: Context) -> TaskDraft:
    """ "I'll ping you when it lands" after Sam spoke: "Ping Sam when it lands"."""
    if draft.assignee != sender or not _YOU.search(draft.title):
        return draft
    above = ctx.message_above()
    if above is None or above.sender_id == ctx.event.sender_id:
        return draft
    identity = people.get_identity(
        session=ctx.session, platform=above.platform, account=above.account,
        external_id=above.sender_id,
    )  # fmt: skip
    person = (
        people.get_person(session=ctx.session, person_id=identity.person_id) if identity else None
    )
    if person is None:
        return draft
    name = person.display_name.split(" ")[0]
    return replace(draft, title=_YOU.sub(name, draft.title, count=1))


def _named(draft: TaskDraft, lookup: Callable[[str], str | None]) -> TaskDraft:
    title = _AT_NAME.sub(lambda m: lookup(m.group(1)) or m.group(1), draft.title)
    assignee = draft.assignee
    if assignee:
        bare = assignee.strip().lstrip("@")
        assignee = lookup(bare) or bare
    if title == draft.title and assignee == draft.assignee:
        return draft
    return replace(draft, title=title, assignee=assignee)


@dataclass(frozen=True)
class _Lookup:
    """Finds people of a workspace by name; `group` says whether the chat is a group."""

    ctx: Context
    group: bool

    def __call__(self, name: str) -> str | None:
        matches = people.find_people_by_name(
            session=self.ctx.session, workspace_id=self.ctx.workspace_id, name=name
        )
        return matches[0].display_name if len(matches) == 1 else None


def person_lookup(ctx: Context) -> Callable[[str], str | None]:
    """The display name of the one person in the workspace called `name`, if there is one."""
    return _Lookup(ctx, ctx.chat.kind == "group")
