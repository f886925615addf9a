"""Done news that names a task by what came of it rather than by its title's verb: "btw the beef
order is placed" for "Order 30kg beef fillet", "@Sam deposit landed this morning" for "Tell Sam
when the deposit is paid", "counted: we've got 8 chafing dishes" for "Count our chafing dishes".

Only the sender's own open tasks count (given to them, asked of them, or theirs and given to
nobody). A clear outcome ticks the task off; a softer one ("the quote is in") asks first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from flowhub.skills import refer_words
from flowhub.skills.context import Context
from flowhub.skills.done_pool import sender_open
from flowhub.skills.done_words import same_word
from flowhub.storage import Task, people

_MAX_WORDS = 40
# Outcomes that close whatever they are said of: "the order is placed", "deposit landed".
_SURE = (
    "placed paid landed received arrived cleared confirmed booked sent delivered approved signed"
    " settled submitted ordered collected done sorted finished"
)
# Outcomes that may still need a look: "the quote is in", "the visa is through".
_SOFT = "in here through back"
_STATES = frozenset((_SURE + " " + _SOFT).split())
_SURE_STATES = frozenset(_SURE.split())
_BE_TEXT = "is was are were 's ’s has have been got just finally now already came come"
_BE = frozenset(_BE_TEXT.split())
# Words around the outcome that say when, not what: "landed this morning".
_WHEN_TEXT = "this morning today now already just earlier yesterday tonight at last finally too"
_WHEN = frozenset([*_WHEN_TEXT.split(), "btw", "✅", "🎉", "👍", "🙌"])
_LEAD = re.compile(
    r"^\W*(?:(?:btw|fyi|so|ok|okay|ah|oh|update|good\s+news|great\s+news|yay|also|and)\b\W*)*",
    re.I,
)
_MENTIONS = re.compile(r"@[\w.-]+")
_STOP_TEXT = "the a an my our your their his her its to for of on in at with and from this that"
_STOP = frozenset([*_STOP_TEXT.split(), "these", "those"])
# "Tell Sam when the deposit is paid", "let Ana know once the van is booked".
_TELL = re.compile(
    r"^(?:tell|ping|text|message|update|inform|notify|let)\s+@?(?P<who>\w+)\s+(?:know\s+)?"
    r"(?:when|once|if|as\s+soon\s+as|after)\s+(?P<cond>.+)$",
    re.I,
)
_SENTENCES = re.compile(r"(?<=[.!?])\s+")
_ASKS = re.compile(r"(?:is|are|was|were|has|have|did|does|do|had)\b", re.I)
_SENTENCE = re.compile(r"[,;.!?:\-–—]+\s*|\s(?:and|but|so)\s", re.I)


@dataclass(frozen=True)
class News:
    """The task a message says is done, and whether to tick it or ask first."""

    task: Task
    sure: bool


def find(ctx: Context, text: str) -> News | None:
    """The sender's one open task `text` says came out done, or None."""
    said = _MENTIONS.sub(" ", text).strip()
    if not said or len(said.split()) > _MAX_WORDS:
        return None
    mine = _open(ctx)
    if not mine:
        return None
    first = _own_verb_first(said, mine)
    if first is not None:
        return News(first, sure=True)
    found: list[News] = []
    for sentence in _SENTENCES.split(said):
        if sentence.rstrip().endswith("?") or _ASKS.match(_LEAD.sub("", sentence)):
            continue  # "is the beef order placed?" asks
        for clause in _SENTENCE.split(sentence):
            news = _outcome(ctx, clause, text, mine)
            if news is None and found:  # "… so the chase is done": the chase just spoken of
                news = _outcome(ctx, clause, text, [n.task for n in found])
            if news is None:
                continue
            # "kaya quote came in so chase is done": said outright of the same task, it is sure.
            found = [n for n in found if n.task.id != news.task.id or not news.sure]
            if all(n.task.id != news.task.id for n in found):
                found.append(news)
    return found[0] if len(found) == 1 else None


def _own_verb_first(said: str, mine: list[Task]) -> Task | None:
    """ "counted: we've got 8 chafing dishes": the task's own verb in the past opens the message,
    and the message names what the task is about."""
    head = _LEAD.sub("", said)
    m = re.match(r"(?P<verb>[a-z]+)\s*[:,\-–—]", head, re.I)
    if m is None or not refer_words.is_past(m["verb"]):
        return None
    verb = refer_words.stem(m["verb"])
    if refer_words.NOT_NEWS.search(head[: m.end()]):
        return None
    said_words = _words(head[m.end() :])
    fits = []
    for task in mine:
        title = _words(task.title)
        if not title or title[0] != verb:
            continue
        if any(_same(w, t) for w in said_words for t in title[1:]):
            fits.append(task)
    return fits[0] if len(fits) == 1 else None


def _outcome(ctx: Context, clause: str, text: str, mine: list[Task]) -> News | None:
    """ "the beef order is placed": a subject, then an outcome, then at most when it happened."""
    if refer_words.NOT_NEWS.search(clause):
        return None
    said = [w for w in re.findall(r"[\w'’]+|[✅🎉👍🙌]", _LEAD.sub("", clause).casefold())]
    at = next((i for i, w in enumerate(said) if w in _STATES and i > 0), None)
    if at is None or any(w not in _WHEN for w in said[at + 1 :]):
        return None
    subject = [w for w in said[:at] if w not in _BE and w not in _STOP]
    while subject and _is_person(ctx, subject[0]):
        subject = subject[1:]  # "Ana the turbot quote is in": said to Ana
    if not subject or len(subject) > 4:
        return None
    wanted = [refer_words.stem(w) for w in subject]
    fits = [t for t in mine if all(any(_same(w, t2) for t2 in _words(t.title)) for w in wanted)]
    if len(fits) != 1:
        return None
    task, state = fits[0], said[at]
    tell = _TELL.match(task.title)
    if tell is not None:  # telling is what the message itself does, when it is said to them
        told = _tells(ctx, tell["who"], text)
        return News(task, sure=told and (state in _SURE_STATES or state == "in"))
    return News(task, sure=state in _SURE_STATES)


def _tells(ctx: Context, name: str, text: str) -> bool:
    """Whether the message is said to the person a "tell X when …" task names."""
    low = text.casefold()
    return re.search(rf"(?<![\w]){re.escape(name.casefold())}(?![\w])", low) is not None


def _is_person(ctx: Context, word: str) -> bool:
    if len(word) < 2 or not word.isalpha():
        return False
    found = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=word
    )
    return len(found) == 1


def _words(text: str) -> list[str]:
    return [
        refer_words.stem(w)
        for w in re.findall(r"[\w'’]+", text.casefold())
        if w not in _STOP and len(w) > 1
    ]


def _same(a: str, b: str) -> bool:
    return a == b or same_word(a, b)


def _open(ctx: Context) -> list[Task]:
    """The sender's open tasks, less those given to a name nobody here has yet."""
    return [t for t in sender_open(ctx) if t.assignee_id == ctx.person_id or not t.assignee_name]
