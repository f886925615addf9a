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
from flowhub.storage import access, people, proposals, tasks

_TITLES_SHOWN = 3


def with_notes(ctx: Context, query: Query, replies: list[Reply]) -> list[Reply]:
    """`replies` with the notes that belong under the answer to `query`, if any."""
    note = cards_note(ctx, query) or private_note(ctx, query)
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
    return say.CARDS_NOT_CONFIRMED.format(n=len(waiting), titles=titles)


def private_note(ctx: Context, query: Query) -> str:
    """ "(plus 2 private)": another person's open tasks the asker may not see, counted."""
    if query.whose != "person" or not query.name or query.state != "open":
        return ""
    if ctx.chat.kind == "group":
        return ""  # a group answer lists only the group's own tasks
    if query.period or query.overdue or query.undated or query.topic:
        return ""
    found = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=query.name
    )
    if len(found) != 1 or found[0].id is None:
        return ""
    theirs = tasks.get_all_tasks(
        session=ctx.session, workspace_id=ctx.workspace_id, status="open", involving=found[0].id
    )
    hidden = [
        t
        for t in theirs
        if not access.may_see_somewhere(session=ctx.session, person_id=ctx.person_id, task=t)
    ]
    return say.PLUS_PRIVATE.format(n=len(hidden)) if hidden else ""
