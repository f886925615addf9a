"""The language a team writes in, for telling someone who has never written to FlowHub.

Until a person writes, FlowHub cannot know their language. What their team writes in is the
best guess: the group a task was given in, or, for a task given in private, the groups the
asker writes in. When no language stands out there, the asker's own is used instead.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection

from sqlmodel import Session

from flowhub.i18n import written_locale
from flowhub.nlp import detect_language
from flowhub.storage import Chat, Task, inbox, people

__all__ = ["team_chats", "team_locale"]

# Messages shorter than this say too little to tell their language by.
_MIN_WORDS = 3
# How many of a group's messages are read, and how many must agree on one language.
_PAGE = 500
_READ = 80
_AGREE = 2


def team_chats(session: Session, task: Task) -> list[int]:
    """The group the task was given in, else the groups its asker has written in."""
    if task.chat_id is not None:
        chat = people.get_chat(session=session, chat_id=task.chat_id)
        if chat is not None and chat.kind == "group":
            return [task.chat_id]
    if task.creator_id is None:
        return []
    return people.get_group_ids(session=session, person_id=task.creator_id)


def team_locale(session: Session, chat_ids: Collection[int]) -> str | None:
    """The locale most of these groups' recent messages are written in; None if none stands out."""
    counts: Counter[str] = Counter()
    for chat_id in chat_ids:
        chat = people.get_chat(session=session, chat_id=chat_id)
        if chat is None or chat.kind != "group":
            continue
        for text in _recent_texts(session, chat):
            said = written_locale(detect_language(text), text)
            if said is not None:
                counts[said] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _AGREE:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def _recent_texts(session: Session, chat: Chat) -> list[str]:
    """The group's latest typed messages long enough to tell a language by."""
    texts: list[str] = []
    after = 0
    for _ in range(4):  # a few pages at most: a long history says no more than its end
        rows = inbox.get_inbox_events(
            session=session, platform=chat.platform, chat=chat.external_id, after_id=after
        )
        texts.extend(r.text for r in rows if r.kind == "text" and len(r.text.split()) >= _MIN_WORDS)
        if len(rows) < _PAGE:
            break
        after = rows[-1].id or after
    return texts[-_READ:]
