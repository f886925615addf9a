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
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.nlp import TaskDraft, classify_intent
from flowhub.skills import capture, edit, remind
from flowhub.skills.context import Context, Extractor
from flowhub.storage import Proposal, people, proposals

# Chat between people: greetings, thanks, acknowledgements, laughter, goodbyes, remarks.
_SMALL_TALK = re.compile(
    r"^\W*(?:"
    r"h(?:i|ello|ey|iya|owdy)|yo|morning|good (?:morning|afternoon|evening|night)|gm|welcome|"
    r"thanks?|thank you|thx|ty|tysm|cheers|ta|much appreciated|appreciate it|"
    r"ok(?:ay)?|k|kk|sure|yes|yeah|yep|yup|no|nope|nah|fine|alright|all right|right|"
    r"got it|noted|will do|on it|done deal|sounds good|sounds great|makes sense|agreed|"
    r"same|me too|true|exactly|indeed|of course|np|no problem|no worries|"
    r"lol|lmao|rofl|haha\w*|hehe\w*|ha|xd|omg|wow|oh|ah|hmm+|ugh|oops|"
    r"nice|cool|great|awesome|amazing|perfect|brilliant|lovely|sweet|congrats|congratulations|"
    r"well done|good job|great job|good work|great work|happy (?:birthday|friday|monday|new year)|"
    r"bye|goodbye|see (?:you|ya|u)|cya|later|ttyl|good ?night|have a (?:good|great|nice)|"
    r"brb|omw|on my way|sorry|my bad|running (?:a bit |\d+ ?(?:min\w*)? )?late|"
    r"how (?:are|was|were|is|did)|how's|hows|what's up|sup|anyone|who's|who is|"
    r"i'm (?:off|out|back|here|late|sick)|back now|be right back"
    r")\b",
    re.I,
)
# Only emoji, punctuation and spaces.
_NO_WORDS = re.compile(r"^[\W_]*$")
# Words that make a message a request even without a name or a date.
_REQUEST = re.compile(
    r"\b(?:please|pls|plz|can you|could you|would you|will you|can someone|could someone|"
    r"can somebody|someone needs? to|need(?:s)? to|have to|has to|must|don't forget|do not forget|"
    r"remember to|make sure|todo|to-do|action item|task:)\b",
    re.I,
)
_QUESTION = re.compile(r"\?\s*\W*$")
# Typed answers to one's own cards that are never everyday chat.
_CARD_WORDS = re.compile(
    r"^\s*(?:confirm|save|discard|drop)(?: (?:it|them|all|both|that|this|the card))?\W*$", re.I
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


def without_bot_name(text: str) -> str:
    """`text` without the bot's own name where it only says whom the message is for."""
    cleaned = text
    for pattern in _BOT_NAME:
        cleaned = pattern.sub("", cleaned)
    return cleaned.strip() if cleaned != text else text


def is_small_talk(text: str) -> bool:
    """Whether a message is chat between people: greetings, thanks, "ok 👍", "lol", "bye".

    A message that opens like chat but asks for something ("sure, can you book it") is not.
    """
    stripped = text.strip()
    if _NO_WORDS.match(stripped):
        return True
    return bool(_SMALL_TALK.match(stripped)) and not _REQUEST.search(stripped)


def overheard(ctx: Context) -> list[Reply]:
    """Answer a group message that was not addressed to the bot, or stay silent."""
    event = ctx.event
    text = ctx.text.strip()
    if not text or event.forwarded or event.raw.get("edited"):
        return []
    if ctx.thread.editing is not None:
        replies = edit.handle(ctx)
        if replies is not None:
            return replies
    if _answers_own_card(ctx, text):
        return capture.handle_answer(ctx) or []
    ctx.intent = classify_intent(text)
    if ctx.intent == "remind" and text.lower().startswith("remind"):
        replies = remind.handle(ctx)
        if replies is not None:
            return replies
    if ctx.intent not in ("capture", "remind") or is_small_talk(text):
        return []
    drafts = [d for d in _extract(ctx) if _confident(d, text)]
    if not drafts:
        return []
    ctx.extract = lambda *_args, **_kwargs: drafts
    ctx.intent = "capture"
    return capture.handle(ctx) or []


def _answers_own_card(ctx: Context, text: str) -> bool:
    """A card word from someone who has cards waiting here ("ok" only counts right after)."""
    if not _ANY_ANSWER.match(text):
        return False
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    return bool(pending) and bool(_CARD_WORDS.match(text) or _latest_is_card(ctx, pending))


def _latest_is_card(ctx: Context, pending: list[Proposal]) -> bool:
    """Whether the sender's newest card is younger than five minutes."""
    newest = max(p.created_at for p in pending)
    if newest.tzinfo is None:
        newest = newest.replace(tzinfo=ctx.now.tzinfo)
    return (ctx.now - newest).total_seconds() < 300


def _extract(ctx: Context) -> list[TaskDraft]:
    return ctx.extract(ctx.text, now=ctx.now, tz=ctx.tz, sender=ctx.person.display_name)


def _confident(draft: TaskDraft, text: str) -> bool:
    """A draft worth a card unasked: a request, a name or a date, and more than one word."""
    if len(draft.title.split()) < 2 or is_small_talk(draft.title):
        return False
    request = bool(_REQUEST.search(text))
    if _QUESTION.search(text) and not request:
        return False
    return request or draft.assignee is not None or draft.due is not None


def naming_people(extract: Extractor, ctx_people: Callable[[str], str | None]) -> Extractor:
    """`extract` whose drafts name assignees as people are known ("@priya" -> "Priya")."""

    def named(text: str, **kwargs: object) -> list[TaskDraft]:
        drafts = extract(text, **kwargs)
        return [_named(draft, ctx_people) for draft in drafts]

    return named


def _named(draft: TaskDraft, lookup: Callable[[str], str | None]) -> TaskDraft:
    title = _AT_NAME.sub(lambda m: lookup(m.group(1)) or m.group(1), draft.title)
    assignee = draft.assignee
    if assignee:
        bare = assignee.strip().lstrip("@")
        assignee = lookup(bare) or bare
    if title == draft.title and assignee == draft.assignee:
        return draft
    return replace(draft, title=title, assignee=assignee)


def person_lookup(ctx: Context) -> Callable[[str], str | None]:
    """The display name of the one person in the workspace called `name`, if there is one."""

    def lookup(name: str) -> str | None:
        matches = people.find_people_by_name(
            session=ctx.session, workspace_id=ctx.workspace_id, name=name
        )
        return matches[0].display_name if len(matches) == 1 else None

    return lookup
