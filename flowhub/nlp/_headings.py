"""Section headings of a status update ("Hiring:", "Security -"): never a speaker or assignee."""

from __future__ import annotations

import re

from flowhub.nlp._lexicon import VERBS

__all__ = ["HEADING_PREFIX", "is_heading"]


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that head a section of a report or a list; a person's name is none of these.
_HEADING_WORDS = _word_set(
    """
    budget budgets docs doc platform product design sales support ops devops sre infra legal
    misc other others risks risk blockers blocker wins win highlights lowlights team teams
    customers customer releases release roadmap revenue costs cost spend travel office admin
    events hr qa ux ui data backend frontend mobile web api cloud network oncall on-call
    incidents incident outages outage bugs bug tickets ticket sprint retro okrs goals goal plans
    plan context background summary decisions decision questions question feedback comments
    links resources agenda notes status update updates news done blocked next later personal
    home work family health errands general overview headline headlines tldr results numbers
    people staff vendors vendor partners contracts projects project deploys deploy launch
    holiday holidays freeze schedule calendar reminders priorities focus asks ask random
    timeline milestones deliverables scope issues issue finance hiring security infrastructure
    escalations migration recap minutes misc. follow-ups followups followup kpis metrics
    progress achievements shipped
    context asks fyi heads-up ideas thoughts idea parking lot backlog inbox topics topic
    analytics logistics marketing engineering operations compliance accounting procurement
    recruiting onboarding offboarding training documentation testing research budgeting
    maintenance governance performance attendance conference experience quality velocity
    reliability availability capacity community activity visibility accessibility meeting
    meetings standup standups sync review reviews interview interviews workshop offsite trip
    """
)
_FUNCTION_WORDS = _word_set(
    """
    to for with from by about at on in of and or the a an my your our his her their me you him
    them us it this that i we he she they can could would will should pls please
    """
)
# Endings of common nouns that head sections ("Recruitment", "Compliance", "Testing").
_HEADING_ENDINGS = (
    "tion",
    "tions",
    "sion",
    "sions",
    "ment",
    "ments",
    "ities",
    "ness",
    "ics",
    "ogy",
    "ship",
    "ies",
    "ing",
    "ings",
    "ups",
)
# "Hiring:", "Platform migration -", "Q1 budget:" opening a line, with the rest after it.
HEADING_PREFIX = re.compile(
    r"^\s*(?P<head>[A-Za-z][\w&/.'-]*(?:\s+[\w&/.'-]+){0,2})\s*(?::|\s[-–—])\s+(?=\S)"
)


def is_heading(label: str) -> bool:
    """Whether a label before ":" or " -" names a section rather than a person."""
    words = label.split()
    low = [w.lower().strip(".'") for w in words]
    if not words or any(w in _FUNCTION_WORDS for w in low):
        return False  # "assign to Priya:", "call Jo about it -": a phrase, not a heading
    if any(w in _HEADING_WORDS or (len(w) > 5 and w.endswith(_HEADING_ENDINGS)) for w in low):
        return True
    # "Platform migration": a person's full name is capitalised throughout
    capitalised = words[0][:1].isupper() and low[0] not in VERBS
    return len(words) > 1 and capitalised and any(w[:1].islower() for w in words[1:])
