"""A one-line message led by a name and a colon ("priya: VAT return by jan 10") gives that
person the task; a pasted chat line has the same shape, so a line that talks in the first
person ("Sam: I'll call the bank") stays a quote."""

from __future__ import annotations

import re

from flowhub.nlp._headings import is_heading
from flowhub.nlp._lexicon import NOT_NAMES, NOT_SPEAKERS, VERBS
from flowhub.nlp._task_fillers import PRIORITY_CUES
from flowhub.nlp._title_spelling import is_english_word
from flowhub.nlp.detect import detect_language

__all__ = ["named_lead"]

_LEAD = re.compile(
    r"^\s*(?P<name>@?[^\W\d_][\w'-]{1,30})(?:\s+(?:also|too|again|pls|please|plz|next))?\s*:\s+"
    r"(?P<rest>\S.*)$",
    re.S,
)
_PRIORITY = re.compile("|".join(rx for rx, _ in PRIORITY_CUES), re.I)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i'll|i've|im|we|we'll|we're|my|our|me|us)\b", re.I)
_TIMESTAMP = re.compile(r"^\s*\[")


def named_lead(text: str) -> tuple[str, str] | None:
    """(name, the rest) when `text` is one line that hands the rest to a named person."""
    if "\n" in text.strip() or _TIMESTAMP.match(text):
        return None
    m = _LEAD.match(text)
    if m is None:
        return None
    name, rest = m.group("name"), m.group("rest")
    low = name.lower().lstrip("@")
    if low in NOT_NAMES or low in NOT_SPEAKERS or low in VERBS or is_heading(name):
        return None
    if _PRIORITY.search(name):
        return None  # "urgent: restart the server"
    # A lower-case word that is no English word is a name only in an English line
    # ("priya: VAT return"); "belangrijk: contract tekenen" is Dutch for "important".
    unlisted = (
        low.isascii()
        and not is_english_word(low)
        and detect_language(rest, hint="en") in (None, "en")
    )
    if not (name.startswith("@") or name[:1].isupper() or unlisted):
        return None  # "groceries: milk", "work: the report": a label, not a person
    if _FIRST_PERSON.search(rest):
        return None  # "Sam: I'll call the bank" quotes Sam
    return name, rest


# "Mrs Müller wants an update": the person a following "call her back" means.
_SUBJECT = re.compile(
    r"^\s*(?P<who>(?:(?:Mrs|Mr|Ms|Dr|Herr|Frau)\.?\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+"
    r"(?:wants|needs|asked|asks|called|rang|wrote|emailed|texted|phoned|is\s+asking|was\s+asking)\b"
)
_WITH_PRONOUN = re.compile(r"\b(?:with|to|for|from)\s+(?P<pronoun>her|him|them)\b(?![\w'])", re.I)
_OBJECT = re.compile(r"^(?P<verb>[^\W\d_]+)\s+(?P<pronoun>her|him)\b", re.I)


def named_back(title: str, before: str | None) -> str:
    """`title` with "her"/"him" right after its verb said as the person the clause before named."""
    if not before:
        return title
    subject, pronoun = _SUBJECT.match(before), _OBJECT.match(title)
    if subject is None or subject["who"].lower() in NOT_NAMES:
        return title  # "She wants ...": no name to say
    if pronoun is None:
        # "confirm the menu with them" after "Hoffmann called": with Hoffmann
        said = _WITH_PRONOUN.search(title)
        if said is None:
            return title
        who = re.sub(r"^The\b", "the", subject["who"])
        return f"{title[: said.start('pronoun')]}{who}{title[said.end('pronoun') :]}"
    return f"{pronoun['verb']} {subject['who']}{title[pronoun.end() :]}"


# "need to call the supplier", "I have to renew the van insurance": said of oneself.
_OWN_NEED = re.compile(
    r"(?:^|[.!?,;:]\s*|\b(?:also|and|so|then|btw|ok)\s+)(?:i\s+(?:really\s+|still\s+)?)?"
    r"(?:need\s+to|have\s+to|gotta|got\s+to|must)\s+(?!be\s+(?:honest|careful)\b)\w",
    re.I,
)


def says_own_need(text: str) -> bool:
    """Whether `text` says its writer needs to do something ("need to call the supplier")."""
    return _OWN_NEED.search(text) is not None
