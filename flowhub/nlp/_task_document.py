"""A long update or brain dump: only sentences that ask someone to act are tasks.

In a short message a bare noun phrase with a date ("dentist tomorrow 3pm") or an imperative
anywhere is a task. A document of many prose sentences mixes those with narrative ("the batch
ran clean"), plans of others ("we'll pick that up in January"), advice ("plan accordingly") and
fragments, so there a sentence needs a clear action: "I need to", "I should", "I'll", "can you",
"please", "TODO", "@sam to", "Rahul will", or an imperative opening its line or bullet.
"""

from __future__ import annotations

import re

from flowhub.nlp._headings import is_heading
from flowhub.nlp._lexicon import NOT_NAMES, VERBS

__all__ = ["asks_for_action", "is_advice", "is_document"]

# A message this long with this many prose sentences reads as a document, not a chat line.
DOCUMENT_CHARS = 400
DOCUMENT_SENTENCES = 5

_FILLERS = r"(?:(?:also|and|so|then|oh|btw|plus|ok|okay|anyway|finally|lastly|p\.?s\.?)[\s,:]+)*"
_ACTION = re.compile(
    r"^" + _FILLERS + r"(?:i\s+(?:really\s+|still\s+|also\s+)?(?:need|have|got|ought)\s+to"
    r"|i\s+(?:really\s+|still\s+|also\s+)?(?:must|should|gotta)|i'?ll|i\s+will|i'm\s+going\s+to"
    r"|i\s+am\s+going\s+to|let\s+me(?!\s+know)|remind\s+me|note\s+to\s+self|todo|to-do|to\s+do\s*:"
    r"|action(?:\s+items?)?\s*:|ai\s*:|we\s+(?:really\s+|still\s+)?(?:need|have)\s+to"
    r"|we\s+(?:must|should)|(?:someone|somebody)\s+(?:(?:needs|has|ought)\s+to|should|must)"
    r"|don'?t\s+forget|do\s+not\s+forget"
    r"|remember\s+to|make\s+sure|be\s+sure\s+to|let'?s)\b",
    re.I,
)
_REQUEST = re.compile(
    r"\b(?:can|could|would|will)\s+(?:you|u|someone|somebody|anyone)\b|\bplease\b|\bpls\b|\bplz\b"
    r"|\bkindly\b|\bi\s+need\s+(?:you|u)\s+to\b",
    re.I,
)
# "@sam to send the deck", "Rahul will chase the vendor", "Priya to update the roadmap".
_OWNER = re.compile(
    r"^" + _FILLERS + r"(?P<who>@[\w.-]+|[A-Z][a-zà-ÿ'-]+)\s+(?:will|to|should|must|needs\s+to"
    r"|has\s+to|is\s+going\s+to|'s\s+going\s+to|'ll)\s+(?P<verb>[a-z][\w-]*)"
)
# Advice to every reader, not a task for one: "plan accordingly", "swap among yourselves".
_ADVICE = re.compile(
    r"\b(?:accordingly|as\s+needed|if\s+needed|if\s+necessary|as\s+appropriate|where\s+possible"
    r"|among\s+yourselves|yourselves|stay\s+tuned|feel\s+free|keep\s+in\s+mind|enjoy|have\s+fun"
    r"|take\s+care|in\s+case)\b",
    re.I,
)
# The part of that advice that never asks anyone anything, in a document or not.
_PLAIN_ADVICE = re.compile(
    r"\b(?:accordingly|among\s+yourselves|yourselves|stay\s+tuned|feel\s+free|keep\s+in\s+mind)\b",
    re.I,
)
_WORD = re.compile(r"[\w'@-]+")
_DEADLINE = re.compile(
    r"\b(?:by|before|until|till|no\s+later\s+than)\s+(?:the\s+)?(?:end\s+of\s+\w+|\d|next\s|this\s"
    r"|tomorrow|tonight|today|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
    r"|nov|dec|christmas|easter|eod|eow)",
    re.I,
)
# "Test coverage is at 80%": a verb-looking first word, then a verb of being: a report.
_COPULAS = frozenset(("is", "are", "was", "were", "looks", "look", "seems", "went", "has", "had"))


def is_document(text: str, prose_sentences: int) -> bool:
    """Whether a message is long prose (a status update, a brain dump) rather than a chat line."""
    return len(text) >= DOCUMENT_CHARS and prose_sentences >= DOCUMENT_SENTENCES


def is_advice(text: str) -> bool:
    """Advice to every reader ("plan accordingly", "swap among yourselves"): no one's task."""
    return _PLAIN_ADVICE.search(text) is not None


def asks_for_action(text: str, *, opens_line: bool) -> bool:
    """Whether a sentence of a document asks someone to act (see the module docstring)."""
    said = text.strip()
    if _ADVICE.search(said):
        return False
    if _ACTION.match(said) or _REQUEST.search(said):
        return True
    owner = _OWNER.match(said)
    if owner and (owner.group("who").startswith("@") or _is_person(owner.group("who"))):
        return True
    words = [w.lower() for w in _WORD.findall(said)]
    if len(words) < 2 or words[0] not in VERBS or any(w in _COPULAS for w in words[1:4]):
        return False
    # Inside a line, an order with a deadline still asks: "..., order more before friday".
    return opens_line or _DEADLINE.search(said) is not None


def _is_person(word: str) -> bool:
    return word.lower() not in NOT_NAMES and not is_heading(word)
