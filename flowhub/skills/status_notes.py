"""Lines said under a status list: the asker's cards not confirmed yet, and how many of another
person's tasks are private to them ("(plus 2 private)")."""

from __future__ import annotations

from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.i18n import localized
from flowhub.skills import status_topic, words
from flowhub.skills import status_words as say
from flowhub.skills.context import Context
from flowhub.skills.status_query import Query
from flowhub.storage import proposals

_TITLES_SHOWN = 3


def with_notes(ctx: Context, query: Query, replies: list[Reply], *, hidden: int = 0) -> list[Reply]:
    """`replies` with the notes that belong under the answer to `query`, if any; `hidden` counts
    the tasks of others that answer it but are private to them."""
    note = cards_note(ctx, query) or private_note(query, hidden)
    if not note or not replies:
        return replies
    last = replies[-1]
    hint = localized(words.LIST_HINT)
    text = last.text.removesuffix(hint) if hint.strip() else last.text
    told = f"{text}\n{note}{hint if text != last.text else ''}"
    return [*replies[:-1], replace(last, text=told)]


def cards_note(ctx: Context, query: Query) -> str:
    """ "1 card not confirmed yet: Call the dentist", under the asker's own open list."""
    if query.whose != "me" or query.state != "open" or query.period:
        return ""
    if query.overdue or query.undated:
        return ""
    waiting = proposals.get_pending_proposals(
        session=ctx.session, chat_id=ctx.chat_id, person_id=ctx.person_id
    )
    if query.topic:  # "anything left on the contract?": the cards about it
        waiting = [card for card in waiting if status_topic.matches(card, query.topic)]
    if not waiting:
        return ""
    titles = "; ".join(card.title for card in waiting[:_TITLES_SHOWN])
    if len(waiting) > _TITLES_SHOWN:
        titles += "; …"
    if len(waiting) == 1:
        return say.CARD_NOT_CONFIRMED.format(titles=titles)
    return say.CARDS_NOT_CONFIRMED.format(len(waiting), titles=titles)


def private_note(query: Query, hidden: int) -> str:
    """ "(plus 2 private)": tasks of others that would answer the question but are private."""
    if query.whose not in ("person", "everyone") or not hidden:
        return ""
    return say.PLUS_PRIVATE.format(hidden)
