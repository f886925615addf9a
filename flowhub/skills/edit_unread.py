"""An edit of a saved task that names the task but asks for a change that cannot be read.

"make the okafor one purple", "move the okafor call to whenever the ref says": the task is
named, so the words are an edit, not a new task; the answer quotes what was not understood,
names the task, and nothing changes. Edits that can be read are applied earlier, by `edit`.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.skills import edit_words
from flowhub.skills.context import Context
from flowhub.skills.edit_multi import one_task
from flowhub.skills.edit_words import tidy
from flowhub.storage import Task, id_of

_VERB = re.compile(
    r"^(?:move|push|make|change|set|put|shift|reschedule|postpone|bring|pull|rename|retitle"
    r"|give|hand|assign|reassign|switch|bump|delay)\s+(?P<rest>\S.*)$",
    re.I,
)
# "the okafor call should be with her husband": a wish about the task named.
_WISH = re.compile(
    r"^(?P<t>(?:the|my|our|that)\s+.+?)\s+"
    r"(?:should|needs\s+to|has\s+to|must)\s+(?:be\s+)?(?P<v>\S.*)$",
    re.I,
)
_NOUN = re.compile(r"\s(?:one|task|thing|job|card)$", re.I)
_AFTER = frozenset(["to", "into", "for", "on", "at", "by", "as", "with", "until", "till"])
_LEAD = re.compile(r"^(?:to|into|as)\s+", re.I)
_MOST_WORDS = 8


def handle(ctx: Context) -> list[Reply] | None:
    """Say which words could not be read as a change of the saved task named; else None."""
    if ctx.event.reply_to or ctx.thread.flow_kind(ctx.now) is not None:
        return None
    text = tidy(ctx.text)
    wish = _WISH.match(text)
    if wish is not None:
        found = one_task(ctx, wish["t"], [])
        value = wish["v"]
    else:
        verb = _VERB.match(text)
        if verb is None:
            return None
        found, value = _named(ctx, verb["rest"])
    if not found or not value:
        return None
    task = found[0]
    ctx.thread.note("task", [id_of(task)], now=ctx.now)  # "make it 9:30" next means this task
    said = _LEAD.sub("", value).strip(" .,!?")
    return [Reply(edit_words.NOT_READ_FOR.format(text=said, title=task.title))]


def _named(ctx: Context, rest: str) -> tuple[list[Task], str]:
    """The task the first words of `rest` name, and the words after them."""
    words = rest.split()
    for end in range(2, min(len(words), _MOST_WORDS + 1)):
        phrase = " ".join(words[:end])
        after = words[end].casefold() if end < len(words) else ""
        if not (_NOUN.search(phrase) or after in _AFTER):
            continue
        if not re.match(r"^(?:the|my|our|that)\s", phrase, re.I):
            continue
        found = one_task(ctx, phrase, [])
        if found:
            return found, " ".join(words[end:])
    return [], ""
