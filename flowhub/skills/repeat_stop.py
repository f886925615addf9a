"""A repeating task told to stop repeating: "stop repeating the gym one", "don't repeat the
plants anymore", "the weekly email shouldn't repeat", "make the gym a one-off".

The task keeps its current due date and loses its repeat, so lists and cards show it without 🔁
and its repeating reminder gives way to one for that date; "undo" brings the repeat back.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.skills import edit, repeat_words, words
from flowhub.skills.card_zone import due_words
from flowhub.skills.context import Context
from flowhub.skills.edit_saved import edit_task, store_edit
from flowhub.skills.edit_words import Change
from flowhub.skills.refer import PRONOUNS, last_target, tasks_named
from flowhub.storage import Task, access

__all__ = ["handle"]

_REPEAT = r"(?:repeat(?:ing|s)?|recurr?(?:ing|ence|ences)?|repetitions?|series)"
_TAIL = r"(?:\s+(?:anymore|any\s+more|from\s+now\s+on|now|please|pls|thanks|thx|then))*"
_SAID = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|and|also|actually|hey|oh|pls|please)\W+)*"
    r"(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:(?:please|pls)\s+)?(?:"
    rf"(?:stop|quit|end|cancel|drop|remove|turn\s+off|kill|no\s+more)\s+(?:the\s+)?{_REPEAT}"
    r"(?:\s+(?:on|of|for|with))?(?:\s+(?P<a>.+?))?"
    r"|(?:stop|quit)\s+(?P<b>.+?)\s+(?:from\s+)?(?:repeating|recurring)"
    r"|(?:don'?t|do\s+not|no\s+need\s+to|never)\s+repeat\s+(?P<c>.+?)"
    r"|(?:make|set|turn|change)\s+(?P<d>.+?)\s+(?:into\s+|to\s+)?(?:an?\s+)?(?:one[\s-]?off"
    r"|one[\s-]?time(?:\s+thing)?|single\s+task|not\s+(?:repeating|recurring)|non[\s-]?recurring)"
    r"|(?P<e>.+?)\s+(?:shouldn'?t|should\s+not|doesn'?t\s+need\s+to|does\s+not\s+need\s+to"
    r"|won'?t|will\s+not|needn'?t|no\s+longer\s+needs?\s+to|doesn'?t|does\s+not|isn'?t\s+going\s+to)"
    r"\s+(?:repeat|recur)"
    r"|(?P<f>.+?)\s+(?:is|'s)\s+(?:just\s+)?(?:a\s+)?(?:one[\s-]?off|one[\s-]?time\s+thing"
    r"|not\s+(?:repeating|recurring))"
    rf"){_TAIL}\W*$",
    re.I,
)
_FILLER = re.compile(r"\b(?:the|one|task|thing|reminder|repeating|recurring|series)\b", re.I)


def handle(ctx: Context) -> list[Reply] | None:
    """Stop the repeat of the task named or in view; None for other messages."""
    m = _SAID.match(" ".join(ctx.text.split()))
    if m is None:
        return None
    said = next((g for g in m.groups() if g), "")
    phrase = " ".join(_FILLER.sub(" ", said).split())
    if phrase.casefold() in PRONOUNS:
        target = last_target(ctx)
        if target is not None and target[0] == "card":
            return edit.handle(replace(ctx, text="no repeat"))
        found = tasks_named(ctx, "it")
    else:
        found = tasks_named(ctx, phrase)
    if not found:
        return None  # "stop repeating the standup reminder" may name a reminder
    repeating = [t for t in found if t.rrule] or found
    if len(repeating) > 1:
        return edit_task(ctx, repeating, [Change(clear_rrule=True)], phrase)
    return _stop(ctx, repeating[0])


def _stop(ctx: Context, task: Task) -> list[Reply]:
    """Drop the repeat of `task`, keep its date, and say so."""
    if not access.may_touch_task(ctx.viewer, task):
        return [Reply(words.NOT_YOURS)]
    if not task.rrule:
        return [Reply(repeat_words.NOT_REPEATING.format(title=task.title))]
    # The due date is set again so its repeating reminder gives way to one for that date.
    changes: dict[str, object] = {"rrule": None, "repeat_from": "calendar", "due_at": task.due_at}
    replies = store_edit(ctx, task, changes)  # its own words are replaced by the ones below
    if task.due_at is None:
        said = repeat_words.REPEAT_STOPPED_UNDATED.format(title=task.title)
    else:
        said = repeat_words.REPEAT_STOPPED.format(
            title=task.title, when=due_words(ctx, task, requester_id=task.creator_id)
        )
    return [Reply(said + words.UNDO_HINT)] if replies else []
