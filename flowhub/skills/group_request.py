"""A request in a group said around the way people talk: the courtesy in the middle ("@Sam when
you get a sec can you …") and the news before "somebody has to …" ("the permit forms need Mr
Weber's signature, somebody has to courier them to him by wednesday") are not the task; the
request is read without them, its "them" and "him" standing for what the news named. A request
to anyone reads one way whoever it names: "can somebody …" is "can someone …", and "anybody
should …" is "someone needs to …"."""

from __future__ import annotations

import re

# "when you get a sec", "whenever you have a minute", "if you get a chance".
_COURTESY = re.compile(
    r"[\s,]*\b(?:when(?:ever)?|if)\s+(?:you|u)\s+(?:get|have|find)\s+(?:a|some)\s+"
    r"(?:sec|second|min|minute|moment|chance|mo|spare\s+minute|bit\s+of\s+time)\b[\s,]*",
    re.I,
)
# "nice! ", "great, ": chat words in front of a request to someone.
_OPENER = re.compile(
    r"^\W*(?:(?:nice|great|cool|perfect|awesome|thanks|ok(?:ay)?|sure|super|lovely)[\s,!.]+)+"
    r"(?=@)",
    re.I,
)
# "somebody has to …", "someone needs to …", "one of us must …".
_SOMEONE = re.compile(
    r"\b(?:some(?:body|one)|any(?:one|body)|one\s+of\s+us)\s+(?:has\s+to|needs\s+to|must"
    r"|should|has\s+got\s+to|'s\s+got\s+to|gotta|will\s+have\s+to)\s+",
    re.I,
)
# The thing the news is about: "the permit application forms need …".
_SUBJECT = re.compile(
    r"^\W*(?:(?:so|and|also|btw|fyi|ok(?:ay)?)\W+)*(?P<np>(?:the|our|these|those|his|her|their)"
    r"\s+[\w'-]+(?:\s+[\w'-]+){0,4}?)\s+(?:need|needs|is|are|has|have|must|still|want|wants)\b",
    re.I,
)
# A person the news names with a title: "Mr Weber's signature".
_TITLED = re.compile(r"\b(?P<who>(?:Mr|Mrs|Ms|Dr|Herr|Frau)\.?\s+[A-Z][\w-]+)(?:'s|’s)?")
# "can somebody …", "could anybody …", "can any of you …": the room is asked.
_ASKS_ANYONE = re.compile(
    r"\b(?P<ask>can|could|would|will)\s+(?:some|any)(?:body|one)\b"
    r"|\b(?P<ask2>can|could|would|will)\s+(?:any|one)\s+of\s+(?:you|us)\b",
    re.I,
)
# "somebody should call …", "anyone ought to …": a need of the room, said as one.
_ANYONE_SHOULD = re.compile(
    r"(?<![\w'])(?:some|any)(?:body|one)\s+(?:should|ought\s+to|must|has\s+to|needs\s+to"
    r"|has\s+got\s+to|'s\s+got\s+to|gotta|will\s+have\s+to)\s+(?!be\b|have\b|know\b)",
    re.I,
)
_THEM = re.compile(r"\b(?:them|it)\b", re.I)
_HIM = re.compile(r"\b(?:him|her)\b", re.I)


def said(text: str) -> str:
    """`text` with the request in it read alone; `text` itself when nothing is around it."""
    text = _anyone(text)
    bare = _OPENER.sub("", _COURTESY.sub(" ", text)).strip() if _COURTESY.search(text) else text
    m = _SOMEONE.search(bare)
    if m is None or m.start() == 0:
        return bare
    news, ask = bare[: m.start()].strip(" ,;:.—–-"), bare[m.start() :]
    # "we need someone to pick up X, and someone has to Y": the first clause asks too.
    if not news or "?" in news or re.search(r"\b(?:some|any)(?:one|body)\s+to\b", news, re.I):
        return bare
    subject = _SUBJECT.match(news)
    titled = _TITLED.search(news)
    if subject is not None:
        ask = _THEM.sub(subject["np"], ask, count=1)
    if titled is not None:
        ask = _HIM.sub(titled["who"], ask, count=1)
    return ask


def _anyone(text: str) -> str:
    """`text` with its request to anyone worded as "can someone …" or "someone needs to …"."""
    asked = _ASKS_ANYONE.sub(lambda m: f"{m['ask'] or m['ask2']} someone", text)
    return _ANYONE_SHOULD.sub("someone needs to ", asked)
