"""Cancelling a reminder one set for someone else, named by that person.

"cancel the 'sign off the rota' reminder for Ana", "cancel ana's reminder" and "ana already
signed off the rota so kill that reminder I set for her" look only among the reminders the
sender set for that person, never at the sender's own (the one that just went off included).
"no, not the knife roll. cancel …" first takes back the Done just given to the knife roll.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.skills import done, remind_manage, remind_reply_words, remind_words
from flowhub.skills.context import Context
from flowhub.storage import Person, Reminder, people, reminders

_REMINDER = re.compile(r"(?<![\w'])reminders?(?![\w'])", re.I)
_FOR = re.compile(r"(?<![\w'])(?:for|of)\s+(?P<name>[^\W\d_][\w-]*)(?![\w'])", re.I)
_OWNED = re.compile(r"(?<![\w'])(?P<name>[^\W\d_][\w-]*)['’]s(?![\w'])", re.I)
_PRONOUNS = frozenset(["her", "him", "them"])
_NOT_NAMES = frozenset(
    ["me", "us", "you", "it", "that", "this", "the", "a", "an", "my", "your", "now", "today"]
)
_NOT_THE = re.compile(r"(?<![\w'])not\s+(?:the\s+|my\s+)?(?P<what>[^,.;!?]+)", re.I)
_WORD = re.compile(r"[^\W\d_]{3,}")
_SMALL = frozenset(["the", "that", "this", "one", "reminder", "for", "and", "set", "her", "him"])


def handle(ctx: Context) -> list[Reply] | None:
    """Cancel a reminder set for the person the message names; None when it names nobody."""
    text = ctx.text
    if not (remind_reply_words.CANCEL.search(text) and _REMINDER.search(text)):
        return None
    names = [m["name"] for m in _FOR.finditer(text)] + [m["name"] for m in _OWNED.finditer(text)]
    pronoun = any(n.casefold() in _PRONOUNS for n in names)
    who = _person(ctx, text, names, pronoun=pronoun)
    if who is None and not pronoun:
        return None
    theirs = [
        r
        for r in reminders.get_reminders_touching(session=ctx.session, person_id=ctx.person_id)
        if r.created_by == ctx.person_id
        and r.person_id != ctx.person_id
        and (who is None or r.person_id == who.id)
    ]
    replies = _take_back(ctx, text)
    if not theirs:
        if who is None:
            return [*replies, Reply(remind_words.NOTHING_TO_STOP)]
        return [*replies, Reply(remind_words.NONE_SET_FOR.format(name=who.display_name))]
    found = _best(theirs, text)
    if len(found) > 1:
        what = who.display_name if who is not None else " ".join(names)
        return [*replies, remind_manage.which(ctx, found, what)]
    return [*replies, remind_manage.cancel(ctx, found)]


def _person(ctx: Context, text: str, names: list[str], *, pronoun: bool) -> Person | None:
    """The one other person "for Ana", "Ana's" or "for her" (with Ana named) means."""
    for name in names:
        if name.casefold() in _PRONOUNS | _NOT_NAMES:
            continue
        if (found := _named(ctx, name)) is not None:
            return found
    if not pronoun:
        return None
    # "ana already signed off … for her": the one other person the message names
    named = {p.id: p for w in _WORD.findall(text) if (p := _named(ctx, w)) is not None}
    return next(iter(named.values())) if len(named) == 1 else None


def _named(ctx: Context, name: str) -> Person | None:
    found = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=name
    )
    if len(found) != 1 or found[0].id == ctx.person_id:
        return None
    return found[0]


def _best(found: list[Reminder], text: str) -> list[Reminder]:
    """Those of `found` whose words the message says most of; all of them when it says none."""
    said = {w.casefold() for w in _WORD.findall(text)} - _SMALL
    scored = [(r, len(said & {w.casefold() for w in _WORD.findall(r.text)})) for r in found]
    best = max(s for _, s in scored)
    return [r for r, s in scored if s == best]


def _take_back(ctx: Context, text: str) -> list[Reply]:
    """ "no, not the knife roll": undo the Done just given to the reminder named after "not"."""
    m = _NOT_THE.search(text)
    last = ctx.thread.undo or {}
    if m is None or last.get("verb") != "done" or last.get("tasks"):
        return []
    wanted = {w.casefold() for w in _WORD.findall(m["what"])} - _SMALL
    ids = [int(snap["id"]) for snap in last.get("reminders", [])]
    texts = [
        r.text for i in ids if (r := reminders.get_reminder(session=ctx.session, reminder_id=i))
    ]
    if not wanted or not any(wanted <= {w.casefold() for w in _WORD.findall(t)} for t in texts):
        return []
    return done.undo(ctx)
