"""A change asked for by name without saying what: "update the boiler one", "can you fix that
card", and "plumber just texted, he can only come at 11 on tuesday. update the boiler one".

The task or card named is changed to the time the message says beside the ask; with no time
said, the bot asks what to change and names it, so the next "make it 11" goes to it. Never a
new card titled "Update the boiler one".
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.nlp import parse_when
from flowhub.skills import edit_words
from flowhub.skills.context import Context
from flowhub.skills.edit import edit_card
from flowhub.skills.edit_multi import one_task
from flowhub.skills.edit_saved import edit_task
from flowhub.skills.edit_words import Change
from flowhub.skills.refer import last_target, match_titles
from flowhub.storage import Proposal, Task, access, id_of, proposals

_THING = r"(?:one|task|card|thing|job|reminder)"
_ASK = re.compile(
    r"(?:^|(?<=[.!?;,]))\s*(?:(?:so|ok(?:ay)?|pls|please|can\s+(?:you|u)|could\s+(?:you|u)"
    r"|then|and|just)\s+)*(?:update|change|fix|edit|adjust|amend|correct|sort\s+out)\s+"
    rf"(?P<t>(?:the|that|this|my)\s+[\w'’ -]{{1,40}}?\s+{_THING}|(?:that|this)\s+{_THING}|it|that)"
    r"(?:\s+(?:accordingly|then|pls|please|too|for\s+me|as\s+well))*\W*$",
    re.I,
)


def handle(ctx: Context) -> list[Reply] | None:
    """Change or ask about the task or card an "update the X one" names; None otherwise."""
    if ctx.event.reply_to or (ctx.chat.kind == "group" and not ctx.event.addressed):
        return None
    text = ctx.text.strip()
    m = _ASK.search(text)
    if m is None:
        return None
    said = text[: m.start()].strip(" ,.;!")
    found = _named(ctx, m["t"])
    if found is None:
        return None
    change = _time_said(ctx, said)
    if isinstance(found, Task):
        if change is not None:
            return edit_task(ctx, [found], [change], m["t"])
        ctx.thread.note("task", [id_of(found)], now=ctx.now)
    elif change is not None:
        return edit_card(ctx, found, [change])
    else:
        ctx.thread.note("cards", [id_of(found)], now=ctx.now)
    return [Reply(edit_words.WHAT_TO_CHANGE.format(title=found.title))]


def _named(ctx: Context, phrase: str) -> Task | Proposal | None:
    """The one waiting card or open task `phrase` names ("the boiler one", "it")."""
    plain = re.sub(r"^(?:the|that|this|my)\s+", "", phrase.strip(), flags=re.I)
    pending = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    if plain.casefold() in ("it", "that", "one", "card", "task", "thing"):
        target = last_target(ctx)
        if target is None:
            return None
        if target[0] == "card":
            return next((c for c in pending if c.id == target[1]), None)
        if target[0] == "task":
            task = access.get_task(session=ctx.session, task_id=target[1], viewer=ctx.viewer)
            return task if task is not None and task.status == "open" else None
        return None
    cards = match_titles(plain, pending)
    if len(cards) == 1:
        return cards[0]
    found = one_task(ctx, phrase, [])
    return found[0] if len(found) == 1 and not cards else None


def _time_said(ctx: Context, said: str) -> Change | None:
    """The new time the words beside the ask give ("he can only come at 11 on tuesday")."""
    if not said:
        return None
    when = parse_when(said, now=ctx.now, tz=ctx.tz)
    if when is None or when.span is None or when.rrule:
        return None
    return Change(target="it", when=said[when.span[0] : when.span[1]])
