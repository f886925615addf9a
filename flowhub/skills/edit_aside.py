"""The act part of an edit said with a filler, a reason or a follow-on save around it.

"hmm make that 4 actually, lunch rush" is "make that 4"; "oven guy better at 8, they open
early" is "oven guy better at 8"; "give it to sam then save" is "give it to sam" and a save;
"ok whatever. put it at 4pm then" is "put it at 4pm". A reason is a clause of its own (after a
comma, a dash, "since", "because", "cos") with a subject and a verb ("they open early", "sam's
off thursday") or a short plain noun phrase ("lunch rush"); a tail that starts with a
preposition or says how ("in a cheerful tone") is no reason, so it stays unread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from flowhub.nlp import parse_when

# Words said before the edit that ask for nothing: "ok whatever.", "ugh fine,", "hmm".
_FILLER = re.compile(
    r"^(?:(?:ok(?:ay)?|k|fine|whatever|meh|hmm+|hm+|ugh+|argh+|ah+|oh|um+|uh+|well|alright"
    r"|right|yeah|yep|sigh|lol|eh|gah|welp|oof|noted|got\s+it|sure|cool)\b[\s,.!…:;-]*)+(?=\w)",
    re.I,
)
# "7:30 i said", "like i said, 7:30": a value said again with a complaint around it.
_SAID_AGAIN = re.compile(
    r"^(?:(?:like|as)\s+)?i\s+(?:said|told\s+(?:you|u))[,:]?\s+|[\s,]+(?:(?:like|as)\s+)?i\s+"
    r"(?:said|told\s+(?:you|u)|already\s+said|meant)(?:\s+(?:before|already|earlier))?[\s.!]*$",
    re.I,
)
# "…, then save it", "… and confirm", "… then save": the card is saved once the edit is made.
_SAVE_AFTER = re.compile(
    r"(?:\s*[,;.]\s*(?:(?:and|then)\s+)*|\s+(?:(?:and|then|&)\s+)+)(?:save|confirm)"
    r"(?:\s+(?:it|that|this|the card))?(?:\s+(?:now|please|pls))?[\s.!]*$",
    re.I,
)
# "before we open", "as she has the number": a clause about when or why, beside the value.
_SUBORDINATE = re.compile(
    r"\s+(?:before|after|when|while|once|as|so|since|because|cos|coz|cuz|'cause|cause)\s+"
    r"(?:we|they|he|she|i|you|it|there)\b[^,;.!?]*",
    re.I,
)
# A reason said first: "they open early, so make it 8", "sam's off thursday. push it to friday".
# "18.12" keeps its dot: a date, not the end of a sentence.
_HEAD = re.compile(
    r"^(?P<why>(?:[^,;.!?]|\.(?=\d))+?)(?:\s*(?:[,;!]|\.(?!\d))+\s*(?:so\s+|and\s+)?|\s+[-–—]+\s+"
    r"|\s+so\s+)(?P<act>\S.*)$",
    re.I,
)
# The separate clause at the end that says why.
_TAIL = re.compile(
    r"^(?P<act>.+)(?:\s*[,;]\s*|\s+[-–—]+\s+|\.\s+|\s+(?=(?:since|because|cos|coz|cuz)\s))"
    r"(?P<why>[^,;]+?)[\s.!]*$",
    re.I,
)
_BECAUSE = re.compile(r"^(?:since|because|cos|coz|cuz|'cause|cause|as)\s+\w", re.I)
_SUBJECT_VERB = re.compile(
    r"^(?:he|she|they|we|i|you|it|there)(?:'s|’s|'re|’re|'m|’m|'ll|’ll|'d|’d|\s+[a-z']+)"
    r"|^(?:im|ive|ill|youre|theyre|theyll|hes|shes|thats|theres|gotta|got\s+to|have\s+to"
    r"|need\s+to|gonna)\s+\w"
    r"|^(?:(?:the|my|our|his|her|their)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?"
    r"(?:'s|’s|\s+(?:is|are|was|were|has|have|had|will|won'?t|can'?t|isn'?t|aren'?t|does|do"
    r"|doesn'?t|don'?t|knows?|needs?|wants?|opens?|closes?|starts?|ends?))\s+\w"
    # "client call ate my morning", "the meeting ran long": what happened, said in the past (not
    # "u dropped the log", which says what the bot did).
    r"|^(?!(?:u|you|i|we)\s)(?:(?:the|my|our|his|her|their)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?"
    r"\s+(?:ate|took|ran|overran|went|came|got|kept|broke|blew|fell|[a-z]{3,}ed)\s+\w",
    re.I,
)
# Words that make a tail say how or where, not why: "in a cheerful tone", "with a smile".
_HOW = re.compile(
    r"^(?:in|with|on|at|to|for|by|from|as|like|into|via|using|without|about|of|and|or|but|not"
    r"|please|pls|too|also|again)\b|\b(?:tone|way|style|voice|manner|format|font|colou?r|"
    r"language|[a-z]+ly)\b",
    re.I,
)
# "should be sam not me": the one named instead of the speaker is the new owner.
_NOT_ME = re.compile(
    r"^(?P<t>.+?)\s+(?:should|must|needs\s+to|has\s+to)\s+(?:be|go\s+to|be\s+with|be\s+for)\s+"
    r"(?P<p>[A-Za-z][\w.-]*)(?:'s|’s)?\s*,?\s+not\s+(?:me|mine|my\s+job)$",
    re.I,
)
# "tiles by tuesday instead, 2pm": the time said after the day, in a clause of its own.
_LATE_TIME = re.compile(
    r"^(?P<t>[^,;.]{2,40}?)\s+(?P<d>(?:by|on|for|to)\s+[^,;.]+?)\s+(?:instead|then|rather)"
    r"\s*,\s*(?P<c>(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm|h)?)$",
    re.I,
)
# "the oven one at 8": a card or task named by its words, then its new day or time.
_ONE_AT = re.compile(
    r"^(?P<t>(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+one)\s+(?P<v>(?:at|on|by|for)\s+[^,;]+?)"
    r"(?:\s+(?:instead|then|rather))?$",
    re.I,
)
_NAMED = re.compile(r"\b(?:one|thing|task|card|reminder|job|stuff)$", re.I)
# A clause that opens with an ask is never a reason: "save the others", "bin the rest".
_ASK = re.compile(
    r"^(?:save|confirm|discard|bin|drop|ditch|delete|remove|scrap|keep|move|push|put|make|give"
    r"|hand|assign|rename|call|change|set|add|cancel|undo|mark|tick|leave|skip|snooze|remind"
    r"|send|take|do|don'?t|please|pls)\b",
    re.I,
)
# A verdict on cards by position is an answer, not a reason: "first two are fine", "3 is wrong".
_VERDICT = re.compile(
    r"^(?:the\s+)?(?:first|second|third|fourth|last|other|others|rest|both|all|those|these|\d+)"
    r"\b.*\b(?:fine|good|ok(?:ay)?|right|correct|great|perfect|wrong|off)$",
    re.I,
)
_MOST_WORDS = 8
_WHY_WORD = re.compile(r"\b(?:since|because|cos|coz|cuz)\b", re.I)


@dataclass(frozen=True)
class Acts:
    """The edit said, without what only surrounds it, and whether a save follows it."""

    text: str
    save: bool


def swallowed(said: str, *, now: datetime, tz: str, strong: bool = False) -> bool:
    """Whether a name or title read from an edit ran on into a reason: "it to friday since
    priya is off"; `strong` counts only a reason with its own subject and verb."""
    parts = re.split(r"\s*[,;]\s*|\s+[-–—]+\s+", said)
    return bool(_WHY_WORD.search(said)) or (
        len(parts) > 1 and is_reason(parts[-1], now=now, tz=tz, strong=strong)
    )


def acts(text: str, *, now: datetime, tz: str) -> Acts | None:
    """The act part of `text`, or None when nothing around an edit was found to leave out."""
    said = _FILLER.sub("", text.strip(), count=1)
    said = _SAID_AGAIN.sub("", said).strip() or said
    save = False
    if (m := _SAVE_AFTER.search(said)) is not None:
        said, save = said[: m.start()], True
    said = _SUBORDINATE.sub("", said)
    said = _without_reason(said, now=now, tz=tz)
    head = _HEAD.match(said.strip())
    if head is not None and is_reason(head["why"], now=now, tz=tz, strong=True):
        said = head["act"]  # "sam's off thursday, push it to friday"
    if (m := _NOT_ME.match(said.strip(" .!"))) is not None:
        said = f"give {m['t']} to {m['p']}"
    elif (m := _ONE_AT.match(said.strip(" .!"))) is not None:
        said = f"{m['t']} should be {m['v']}"
    elif (m := _LATE_TIME.match(said.strip(" .!"))) is not None:
        said = f"move {m['t']} to {m['d'].split(None, 1)[1]} at {m['c'].removeprefix('at ')}"
    said = said.strip(" ,;.!-")
    if not said or said == text.strip():
        return None
    return Acts(text=said, save=save)


def _without_reason(text: str, *, now: datetime, tz: str) -> str:
    """`text` without a last clause that only says why."""
    m = _TAIL.match(text.strip())
    if m is None or not is_reason(m["why"], now=now, tz=tz):
        return text
    return m["act"]


def is_reason(clause: str, *, now: datetime, tz: str, strong: bool = False) -> bool:
    """Whether `clause` says why ("they open early", "lunch rush"), asking for no change."""
    said = clause.strip(" .!")
    words = said.split()
    if not words or len(words) > _MOST_WORDS or _ASK.match(said) or _VERDICT.match(said):
        return False
    if _BECAUSE.match(said) or _SUBJECT_VERB.match(said):
        return True
    if strong:
        return False
    found = parse_when(said, now=now, tz=tz)
    if found is not None and (found.span is None or found.span == (0, len(said))):
        return False  # "friday", "2pm": a value, not a reason
    plain = all(re.fullmatch(r"[a-z][a-z'-]*", w, re.I) for w in words)
    named = _NAMED.search(said)  # "the oven one" names a task; it gives no reason
    return plain and 2 <= len(words) <= 3 and not _HOW.search(said) and not named
