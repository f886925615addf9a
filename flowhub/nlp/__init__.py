"""Understanding chat text: dates and recurrence, tasks, intents.

This package is pure: text, a clock reading and an IANA zone name in; plain frozen data out. It
imports nothing from the bot, storage or the platforms, so it can be tested and benchmarked alone.

The public contract (fixed; other code and outside evaluations call exactly this)::

    parse_when(text, *, now, tz) -> When | None
    extract_tasks(text, *, now, tz, sender=None) -> list[TaskDraft]
    classify_intent(text) -> str  # capture, remind, query, done, help, settings, other

`When` has `start`, `end`, `grain`, `rrule`, `span` and `after_completion` (a repeat counted
from completion, "every! 3 days"); `TaskDraft` has `title`, `assignee`, `due` and `priority`.
Both are frozen dataclasses defined in `flowhub.nlp.types`.
"""

from flowhub.nlp.intents import classify_intent
from flowhub.nlp.tasks import extract_tasks
from flowhub.nlp.types import INTENTS, PRIORITIES, TaskDraft, When
from flowhub.nlp.when import parse_when

__all__ = [
    "INTENTS",
    "PRIORITIES",
    "TaskDraft",
    "When",
    "classify_intent",
    "extract_tasks",
    "parse_when",
]
