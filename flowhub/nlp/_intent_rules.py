"""The phrase rules for every intent except capture (which needs the task reader)."""

from __future__ import annotations

import re

from flowhub.nlp._day_mood import is_day_mood
from flowhub.nlp._intent_phrases import (
    CHITCHAT_PATTERNS,
    DONE_PATTERNS,
    HELP_PATTERNS,
    QUERY_PATTERNS,
    REMIND_PATTERNS,
    SETTINGS_PATTERNS,
)
from flowhub.nlp._lexicon import ACK_FILLERS, BOT_NAMES, EDIT_VERBS, GREETINGS, VERBS
from flowhub.nlp._person_pending import PERSON_PENDING
from flowhub.nlp._typos import fix_typos
from flowhub.nlp.lang import intent_patterns
from flowhub.nlp.lang._you_ask import you_ask_patterns


def _join(patterns: list[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I) if patterns else None


class _Rule:
    """Phrase patterns split into opening ones (tried once, at 0) and anywhere ones (scanned)."""

    def __init__(self, patterns: tuple[str, ...]) -> None:
        opening = [p[1:] for p in patterns if p.startswith("^")]
        anywhere = [p for p in patterns if not p.startswith("^")]
        self._at_start = _join(opening)
        self._inside = _join(anywhere)

    def search(self, text: str) -> bool:
        """Whether any pattern matches `text`."""
        if self._at_start is not None and self._at_start.match(text):
            return True
        return self._inside is not None and self._inside.search(text) is not None

    def match(self, text: str) -> re.Match[str] | None:
        """The opening patterns' match at the start of `text`."""
        return self._at_start.match(text) if self._at_start is not None else None


def _compile(patterns: tuple[str, ...]) -> _Rule:
    return _Rule(patterns)


_HELP = _compile(HELP_PATTERNS + intent_patterns("help"))
_REMIND = _compile(REMIND_PATTERNS + intent_patterns("remind"))
_SETTINGS = _compile(SETTINGS_PATTERNS + intent_patterns("settings"))
_DONE = _compile(DONE_PATTERNS + intent_patterns("done"))
_QUERY = _compile(QUERY_PATTERNS + intent_patterns("query") + PERSON_PENDING + you_ask_patterns())
_CHITCHAT = _compile(intent_patterns("chatter") + CHITCHAT_PATTERNS + intent_patterns("chitchat"))
# "I'm in Berlin" is a zone change, "I'm in a meeting" is not: only the capital tells them apart.
_IM_IN = re.compile(
    r"^(?:i'?m|i\s+am)\s+(?:now\s+|currently\s+|based\s+)?(?:in|at)\s+([A-Z][\w/-]*(?:\s+[A-Z][\w-]*){0,2})[.!]?$"
)
# "remind me 30 minutes before" with nothing after but task words sets the lead time of task
# reminders; "remind me 30 minutes before the meeting to ..." is a reminder.
_LEAD = re.compile(
    r"^(?=.*\b(?:before|early|ahead|advance|lead|due|on\s+time)\b)(?:set\s+)?(?:my\s+)?(?:remind(?:\s+me)?|reminders?|reminder\s+lead(?:\s+time)?|lead\s+time)"
    r"(?:\s+(?:to|is|at|for|of))?\s+(?:(?:\d+|an?|one|two|three|four|five|ten|fifteen|twenty|thirty"
    r"|forty[\s-]five|half\s+an?)\s*(?:m|mins?|minutes?|h|hrs?|hours?|d|days?)"
    r"(?:\s+(?:before|early|ahead|in\s+advance))?"
    r"(?:\s+(?:tasks?|things?|each\s+task|every\s+task|my\s+tasks|they'?re|they\s+are|it'?s|it\s+is"
    r"|are|is|the|due(?:\s+(?:time|date))?|deadlines?))*"
    r"|(?:the\s+)?due\s+time|when\s+(?:tasks?\s+are|they'?re|it'?s)\s+due|on\s+time|no\s+lead(?:\s+time)?)"
    r"[\s.!]*$",
    re.I,
)
_OPENING = re.compile(
    r"^(?:@?(?:"
    + "|".join(BOT_NAMES)
    + r")\b|@\w*bot\b|bot\b|hey|hi|hello|yo|ok|okay|so|oh|um|uh"
    # the same openers in the other languages: "blz. o q ta comigo?", "vale, ¿qué me queda?"
    + r"|blz|beleza|bom|vale|bueno|pues|oke|okey|sip|tamam|peki|ладно|ну|accha|acha|achha)"
    + r"[\s,!.:]+",
    re.I,
)
# A greeting said first with a mark after it, in any language: "buenas! q tengo pendiente?",
# "goedemorgen, wat heb ik nog openstaan?", "привет) что у меня висит?".
_GREETING = re.compile(
    r"^(?:" + "|".join(sorted(map(re.escape, GREETINGS), key=len, reverse=True)) + r")"
    r"\s*[,!.:)]+\s*",
    re.I,
)
MAX_CHARS = 4000  # the intent of a pasted document is read from its head
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff\ufe0f\u200d]+")
_WORD = re.compile(r"[\w\u0900-\u097f'-]+")
# Status questions about a named task ("did Sam send the deck?") are queries, not new tasks.
_EDIT = re.compile(r"^" + EDIT_VERBS + r"\s+(?:task\s+|item\s+|#)?\d+\b", re.I)
_STATUS_Q = re.compile(r"^(?:did|has|have|is|are|was)\s+(?:@?\w+)\s+.*\?\s*$", re.I)


def prepare(text: str) -> tuple[str, str]:
    """Return (text with emoji, text without emoji), both straightened and stripped of openings."""
    low = " ".join(fix_typos(text[:MAX_CHARS]).translate(_QUOTES).split()).lstrip("¿¡")
    for _ in range(3):
        m = _OPENING.match(low) or _GREETING.match(low)
        if not m or m.end() == len(low):
            break
        low = low[m.end() :].lstrip("¿¡")
    bare = " ".join(_EMOJI.sub(" ", low).split())
    return low, bare


def is_chitchat(bare: str) -> bool:
    """Greetings, thanks, acknowledgements and small talk, with no task riding along."""
    words = [w.lower() for w in _WORD.findall(bare)]
    if not words:
        return True
    if all(w in GREETINGS or w in ACK_FILLERS for w in words) or is_day_mood(bare):
        return True
    m = _CHITCHAT.match(bare)
    if not m:
        return False
    rest = [w.lower() for w in _WORD.findall(bare[m.end() :])]
    return len(rest) <= 4 and not any(w in VERBS for w in rest)


def rule_intent(text: str) -> str | None:
    """The intent fixed by phrasing alone, or None when it depends on finding a task."""
    low, bare = prepare(text)
    if not bare and not low:
        return "other"
    if _HELP.search(bare):
        return "help"
    if _LEAD.match(bare):
        return "settings"
    if _REMIND.search(bare):
        return "remind"
    if _IM_IN.match(bare) or (_SETTINGS.search(bare) and not _IM_FALSE.match(bare)):
        return "settings"
    if _DONE.search(low) or _DONE.search(bare):
        return "done"
    if _EDIT.match(bare):
        return "other"  # edits an existing task by number; the contract has no intent for it
    if _QUERY.search(bare) or _STATUS_Q.match(bare):
        return "query"
    if is_chitchat(bare) or _chat_pieces(low):
        return "other"
    return None


# Where one piece of chat ends and the next starts: marks and emoji.
_PIECES = re.compile(r"\s*(?:[,;:!.…?؟،]+|[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff]+)\s*")


def _chat_pieces(low: str) -> bool:
    """Whether a message of several pieces is chat in each ("सबको good evening 🙏 आज बहुत लंबा
    दिन था", "buenas noches a todos, qué día tan largo")."""
    pieces = [p for p in _PIECES.split(low) if p.strip()]
    return len(pieces) > 1 and all(
        is_chitchat(" ".join(_EMOJI.sub(" ", p).split())) for p in pieces
    )


_IM_FALSE = re.compile(
    r"^(?:i'?m|i\s+am|im)\s+(?:now\s+|currently\s+)?(?:in|at)\s+(?:a|an|the|my|our|this|that|no"
    r"|bed|line|town|class|traffic|trouble|charge|love)\b",
    re.I,
)
