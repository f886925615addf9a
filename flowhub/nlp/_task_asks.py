"""Requests addressed to the reader of a mail or message, reshaped into plain task sentences.

- "can we do a call on thursday at 6pm to go over the photos?" is "Call Lena about the photos on
  thursday at 6pm" (the writer, when the mail is signed, is who to call or meet);
- "the venue asked for proof of insurance - could you email that to their events team?" asks
  to "email proof of insurance to the venue's events team": "that" and "their" are read from
  the statement before the request;
- "send us the shot list" in a signed mail sends it to the writer;
- "..., so we can check it with the planner": the reason goes, the request stays.
"""

from __future__ import annotations

import re

__all__ = ["points_back", "reshape_ask", "without_reason"]

_LEAD_IN = r"^\W*(?:(?:and|also|so|oh|plus|btw)[\s,]+)*"
_KIND = (
    r"(?:do|have|set\s+up|schedule|book|arrange|organi[sz]e|hop\s+on|jump\s+on|get\s+on"
    r"|squeeze\s+in)\s+(?:a\s+|another\s+)?(?:quick\s+|short\s+|brief\s+|little\s+)?"
    r"(?P<kind>(?:phone\s+|video\s+|zoom\s+|facetime\s+)?call|zoom|facetime|meeting|meet-?up"
    r"|catch[\s-]?up|chat)"
)
_MEETING = (
    # "can we do a call ...", "let's meet ...", "we should catch up ...": the reader and the writer
    re.compile(
        _LEAD_IN
        + r"(?:(?:can|could|shall|should|would)\s+we|let'?s|we\s+(?:should|could|need\s+to))"
        r"\s+(?:please\s+|also\s+|maybe\s+)*(?:" + _KIND + r"|(?P<verb>meet(?:\s+up)?|talk|speak"
        r"|chat|catch\s+up))\b(?:\s+with\s+(?:us|me))?(?P<rest>.*)$",
        re.I,
    ),
    # "could you set up a call with us ...": the reader is asked to arrange it
    re.compile(
        _LEAD_IN
        + r"(?:would|could|can)\s+(?:you|u)\s+(?:please\s+|also\s+)*"
        + _KIND
        + r"\b(?:\s+with\s+(?:us|me))?(?P<rest>.*)$",
        re.I,
    ),
)
# "to go over the photos", "to discuss the contract": what the call is about.
_ABOUT = re.compile(
    r"\b(?:to\s+(?:go\s+(?:over|through)|discuss|talk\s+(?:about|through)|chat\s+about|run\s+through"
    r"|look\s+at|review|sort\s+out|finali[sz]e)|regarding|re:?|to\s+talk)\s+",
    re.I,
)
# A request about what a statement named: "could you email that to ...", "please forward it".
_ASK = (
    r"(?P<ask>(?:and\s+|so\s+|also\s+)?(?:(?:could|can|would|will)\s+(?:you|u)\s+|please\s+|pls\s+"
    r"|kindly\s+)(?:(?:please|pls|kindly|also|just)\s+)*)"
    r"(?P<verb>[a-z]+)\s+(?P<pointer>that|it|this|them|those|these)\b(?P<rest>.*)$"
)
# The statement and the request in one clause: "... - could you email that to ...".
_POINTER = re.compile(
    r"^(?P<context>.{8,}?)\s*(?:\s[-–—]+\s|[,;:]\s+|\.{2,}\s*|\s\(\s*)" + _ASK, re.I
)
_ASK_ALONE = re.compile(r"^\W*" + _ASK, re.I)
# What a statement says is wanted: "the venue asked for proof of your liability insurance".
_WANTED = re.compile(
    r"\b(?:asked\s+(?:us\s+|me\s+)?for|asking\s+(?:us\s+|me\s+)?for|needs?|wants?|requires?"
    r"|requested|would\s+like|are\s+missing|is\s+missing|still\s+need|waiting\s+(?:on|for))"
    r"\s+(?P<thing>(?:a|an|the|some|your|our|their)?\s*[^,.;!?()]+?)\s*$",
    re.I,
)
# Who the statement is about, for a "their" in the request: "the venue asked ...".
_SUBJECT = re.compile(
    r"^\W*(?:(?:also|and|so|oh|btw|plus)[\s,]+)*(?P<who>the\s+[a-z]+(?:\s+[a-z]+)?)\s+"
    r"(?:asked|asks|needs|wants|requires|requested|said|would|has|have|is|are|still)\b",
    re.I,
)
_YOUR = re.compile(r"\byour\s+", re.I)
_THEIR = re.compile(r"\btheir\b", re.I)
_THEM = re.compile(r"\b(?<=to\s)them\b|\b(?<=with\s)them\b", re.I)
# "send us the list", "call me back": the writer of a signed mail is "us"/"me".
_TO_WRITER = re.compile(
    r"\b(?P<verb>send|email|e-mail|forward|mail|give|show|call|ring|text|tell|update|ping|pay"
    r"|invoice|let)\s+(?:us|me)\b",
    re.I,
)
# "..., so we can check it with the planner": the reason for a request, not part of it.
_REASON = re.compile(
    r"[\s,]+if\s+(?:that|it|this)\s+(?:works|suits|is\s+ok(?:ay)?|is\s+fine)\b[^!?]*$"
    r"|[\s,]+if\s+(?:possible|you\s+can|you(?:'re|\s+are)\s+(?:free|around|available))\b[^!?]*$"
    r"|[\s,]+(?:so(?:\s+that)?\s+(?:(?:we|i|they|he|she|you|everyone)\s+[a-z']{3,}|the\s+\w+\s+"
    r"(?:can|could|may|might|will|'ll|are\s+able\s+to))\b|in\s+order\s+(?:for\s+\w+\s+)?to\b)[^!?]*$",
    re.I,
)


def reshape_ask(text: str, writer: str | None, before: str | None = None) -> str:
    """`text` as a plain request, or `text` itself when it is none of the shapes above.

    `before` is the clause said just before, which a "that" or "them" may point back to.
    """
    for shape in _MEETING:
        if meeting := shape.match(text):
            return _meeting(meeting, writer)
    pointed = _POINTER.match(text)
    if pointed:
        text = _pointed(pointed, pointed.group("context")) or text
    elif before and (alone := _ASK_ALONE.match(text)):
        text = _pointed(alone, before) or text
    if writer:
        text = _TO_WRITER.sub(lambda m: f"{m.group('verb')} {writer}", text)
    return text


def points_back(text: str) -> bool:
    """Whether a request in `text` points at what the statement before it named."""
    m = _POINTER.match(text)
    return m is not None and _WANTED.search(m.group("context")) is not None


def _meeting(m: re.Match[str], writer: str | None) -> str:
    said = (m.group("kind") or m.groupdict().get("verb") or "").lower()
    verb = "Meet" if said.startswith("meet") else "Call"
    rest = _ABOUT.sub("about ", m.group("rest"), count=1).strip(" ?!.")
    if not writer:
        return f"{verb} {rest}".strip()
    return f"could you {verb.lower()} {writer} {rest}".strip()  # the mail asks its reader


def _pointed(m: re.Match[str], context: str) -> str | None:
    wanted = _WANTED.search(context)
    if wanted is None:
        return None
    thing = _YOUR.sub("", wanted.group("thing").strip())
    rest = m.group("rest")
    subject = _SUBJECT.match(context)
    if subject:
        who = subject.group("who")
        who = who[0].lower() + who[1:]
        rest = _THEM.sub(who, _THEIR.sub(f"{who}'s", rest))
    return f"{m.group('ask')}{m.group('verb')} {thing}{rest}"


def without_reason(title: str) -> str:
    """`title` without the reason tacked on its end ("..., so we can check it")."""
    cut = _REASON.search(title)
    if cut is None or cut.start() < 8:
        return title
    return title[: cut.start()].rstrip(" ,;-")
