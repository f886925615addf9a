"""Done said in one's own words in any language, naming a task or a reminder by a word of it:
"listo ya saque la basura", "listrik udh aku bayar barusan", "посылку забрала, всё".

The done words are those a reply to a reminder may use (`remind_reply_lang`); the thing is the
one open task or live reminder of the sender's whose title words the message says, folded
("disci" is "dişçi") and with endings off ("dişçiyi", "посылку").
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.nlp import parse_when, thing_words
from flowhub.skills import done, done_context, refer_words, remind, remind_reply_lang
from flowhub.skills.context import Context
from flowhub.skills.done_words import fold, same_word
from flowhub.storage import Reminder, Task, id_of, reminders, tasks

_WORDS = 12
# A word in any script, with the vowel signs Devanagari and Arabic words are spelt with.
_WORD = re.compile(r"(?:[^\W\d_]|[\u064b-\u065f\u0670\u0900-\u0963\u0971-\u097f])+")
_LONG = 4
# Where one piece of news ends and the next begins: "X is verstuurd en Y is ook de deur uit".
_JOIN = re.compile(
    r"\s*[,;]\s*(?:(?:en|y|e|et|und|и|а|ve|dan|aur|और|and)\s+)?"
    r"|\s+(?:en|y|e|et|und|и|а|ve|dan|aur|और|and)\s+",
    re.I,
)


def handle(ctx: Context) -> list[Reply] | None:
    """Tick off the one task or reminder done news in any language names; None otherwise."""
    item = _named(ctx, ctx.text.strip())
    if item is None:
        return None
    if isinstance(item, Reminder):
        return remind.finish(replace(ctx, event=replace(ctx.event, reply_to=None)), item)
    return done_context.tick(ctx, item)


def each(ctx: Context) -> list[Reply] | None:
    """Tick off every task a clause of its own says is done, in a language other than English
    ("weekomzet is verstuurd en de offerte is ook de deur uit"); None unless two or more are."""
    text = (ctx.event.text or ctx.text).strip()  # as written, not read as one English command
    if (
        not text
        or len(text.split()) > _WORDS * 2
        or (ctx.chat.kind == "group" and not ctx.event.addressed)
    ):
        return None
    parts = [p for p in _JOIN.split(text) if p.strip()]
    if len(parts) < 2:
        return None
    found: list[Task] = []
    for part in parts:
        item = _named(ctx, part)
        if not isinstance(item, Task) or any(t.id == item.id for t in found):
            return None
        found.append(item)
    kept, kind = list(ctx.thread.last_list), ctx.thread.list_kind
    ctx.thread.last_list, ctx.thread.list_kind = [id_of(t) for t in found], "tasks"
    said = "done " + " ".join(str(n) for n in range(1, len(found) + 1))
    try:
        plain = replace(ctx.event, reply_to=None)
        return done.handle(replace(ctx, event=plain, text=said, intent="done"))
    finally:
        ctx.thread.last_list, ctx.thread.list_kind = kept, kind


def _named(ctx: Context, text: str) -> Task | Reminder | None:
    """The one task or reminder `text` says is done in words other than English, or None."""
    if not text or len(text.split()) > _WORDS:
        return None
    # English done words ("done with the parcel") name tasks through `done`; here only reminders
    # a task does not fit better ("hotelbuchung weber ist erledigt ✅" is not the Nice hotel).
    # A tick mark alone ("ils ont confirmé ✅") is no English: the words around it say the language.
    english = any(m.group()[0].isalpha() for m in refer_words.DONE_WORD.finditer(text))
    if english and (refer_words.NOT_NEWS.search(text) or "?" in text):
        return None
    if not english and not remind_reply_lang.says_done(text):
        return None
    if parse_when(text, now=ctx.now, tz=ctx.tz) is not None:
        return None  # a day or time said with it is a plan, not news
    said = _words(text)
    found: list[tuple[int, Task | Reminder]] = []
    pool: list[Task | Reminder] = [*_open_tasks(ctx), *_live_reminders(ctx)]
    for item in pool:
        shared = _shared(said, _thing_words(item.title if isinstance(item, Task) else item.text))
        if shared:
            found.append((shared, item))
    if not found:
        return None
    best = max(score for score, _ in found)
    top = [item for score, item in found if score == best]
    if len(top) != 1:
        return None
    if english and isinstance(top[0], Task):
        return None  # a task named closer than any reminder is ticked through `done`
    return top[0]


def _words(text: str) -> set[str]:
    """The folded words of `text` long enough to name something, and known ones in English."""
    return {fold(w) for w in _WORD.findall(text) if len(w) >= _LONG} | thing_words(text)


def _thing_words(title: str) -> set[str]:
    """The words of a title that name the thing, not a person: "Llamar a Lucía" -> "llamar"."""
    said = _WORD.findall(title)
    kept = [
        w
        for i, w in enumerate(said)
        if i == 0 or not (w[:1].isupper() and said[i - 1].casefold() in _TO_SOMEONE)
    ]
    return {fold(w) for w in kept if len(w) >= _LONG} | thing_words(" ".join(kept))


# Words before a person in a title: "Llamar a Lucía", "Call to Ana", "Kirim ke Budi".
_TO_SOMEONE = frozenset(
    ["a", "to", "with", "con", "para", "pra", "ke", "an", "à", "für", "for", "al", "com", "per"]
)


def _shared(said: set[str], title: set[str]) -> int:
    return sum(1 for t in title if any(same_word(s, t) for s in said))


def _open_tasks(ctx: Context) -> list[Task]:
    found = tasks.get_all_tasks(
        session=ctx.session,
        workspace_id=ctx.workspace_id,
        status="open",
        visible_to=ctx.viewer,
        limit=200,
    )
    return [t for t in found if (t.assignee_id or t.creator_id) == ctx.person_id]


def _live_reminders(ctx: Context) -> list[Reminder]:
    """The sender's own one-off reminders still to go off, not tied to a task."""
    return [
        r
        for r in reminders.get_active_reminders(session=ctx.session, person_id=ctx.person_id)
        if r.status == "active" and not r.rrule and r.task_id is None
    ]
