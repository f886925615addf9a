"""Classify a chat message into one intent by phrase rules (en, es, pt, fr, de).

Order matters and is fixed: help, remind, settings, done, query, chit-chat; a message none of
those claim is "capture" when the task reader finds a task in it, else "other".
"""

from __future__ import annotations

from datetime import UTC, datetime

from flowhub.nlp._intent_rules import rule_intent
from flowhub.nlp._remarks import remarks_cut
from flowhub.nlp.tasks import extract_tasks, extract_with
from flowhub.nlp.types import When

__all__ = ["classify_intent"]

# Only whether a task exists matters here, not its dates, so any fixed clock will do.
_REF_NOW = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


def classify_intent(text: str) -> str:
    """Return one of capture, remind, query, done, help, settings or other."""
    found = rule_intent(text)
    if found is not None:
        return found
    left = remarks_cut(text)  # "qui invece nevica ❄️ buona domenica a tutti" says nothing to do
    if left is not None and all(classify_intent(p) == "other" for p in left):
        return "other"
    # Most tasks open with a verb, so try without the time parser first; only a bare noun
    # phrase needs its date to count as a task ("dentist tomorrow 3pm").
    if extract_with(text, now=_REF_NOW, tz="UTC", sender=None, finder=_no_dates):
        return "capture"
    return "capture" if extract_tasks(text, now=_REF_NOW, tz="UTC") else "other"


def _no_dates(text: str, *, now: datetime, tz: str) -> list[When]:
    return []
