"""A forwarded mail of several requests in prose, one to-do per request.

A client writes "could you send over the revised brief by Tuesday, also we'd love to see the
storyboard before the shoot, and please send the signed contract back. Oh and the invoice for the
deposit, our finance team needs it before the 15th": four requests run together with "also",
"and", "oh and". Feedback reads the same way: "the intro feels a little long maybe trim the first
30 seconds?, and the music in act 3 is too sad, could we try something more hopeful, also the
CEO's name is spelled wrong ... would be great to see v3 by thursday". So the text is cut at its
sentences and at the words that join one request to the next; each piece that asks (in words, as
a wish, as a fault to fix, or as a thing someone needs) becomes one line in the asker's terms.
A delivery of the next version "by thursday" is the deadline of every request without its own.
Greetings, thanks, praise and news ask nothing and make no line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from flowhub.nlp._forward_todos import as_forwarders, outsider_name
from flowhub.nlp._forwarded import read_speaker
from flowhub.nlp.types import TaskDraft, When
from flowhub.nlp.when import search_when

__all__ = ["MailAsk", "mail_asks", "mail_drafts", "mail_todos"]

_SENTENCE = re.compile(r"(?<=[.!?])[\s,]+(?=\S)|\?\s*,\s*|:\s+")
_JOIN = re.compile(
    r"\s*[,;]\s*(?:(?:and|also|but|plus|oh\s+and|and\s+also)\b\s*)+|\s+(?:oh\s+and|and\s+also)\s+",
    re.I,
)
_LEAD = re.compile(
    r"^\s*(?:(?:and|also|oh|plus|so|but|then|finally|lastly|one\s+more\s+thing)\b[\s,]*)+", re.I
)
# "a few thoughts", "some notes from our side re the spot": a header over the requests.
_HEADER = re.compile(
    r"^\s*(?:a\s+few|a\s+couple(?:\s+of)?|some|two|three|four|five|quick|few|couple\s+of)\s+"
    r"(?:more\s+)?(?:things|thoughts|notes|points|requests|comments|asks|changes|bits)\b[^,:]*[,:]?\s*",
    re.I,
)
# The words that ask, and what they ask for after them.
_ASKING = re.compile(
    r"(?:^|\b)(?:(?:could|can|would|will)\s+(?:you|u)(?:\s+guys)?|(?:could|can)\s+we"
    r"|(?:it\s+)?would\s+be\s+(?:great|nice|good|awesome|amazing|lovely|ideal)\s+"
    r"(?:to|if\s+(?:you|we)\s+could)"
    r"|(?:could|can|would)\s+(?P<who>[a-z]+)(?=\s+[a-z])"
    r"|(?:we|i)(?:'?d|\s+would)\s+(?:love|like|want)(?:\s+to)?"
    r"|(?:please|pls|kindly)|maybe(?:\s+(?:you\s+could|we\s+could|just))?"
    r"|(?:we|i)\s+(?:need|want)\s+you\s+to|make\s+sure\s+(?:to|you))\s+(?=\S)",
    re.I,
)
_NEEDS_IT = re.compile(
    r"^(?P<thing>(?:the|a|an|our|your|those|these|that)\s+[^,]+?)\s*,\s*.*?\bneeds?\s+(?:it|them|this)\b",
    re.I,
)
_WRONG = re.compile(
    r"^(?P<thing>(?:the|a|an|our|your|his|her|their)\s+.+?)\s+(?:is|are)\s+"
    r"(?:spelled|spelt|written|shown|labelled|labeled)?\s*(?:wrong(?:ly)?|incorrect(?:ly)?|off)\b"
    r"(?P<where>.*?)(?:[\s,-]+(?:it'?s|its|it\s+should\s+be|should\s+be|it\s+is)\s+(?P<right>.+))?$",
    re.I,
)
_SUBJECT = re.compile(
    r"^(?P<subj>(?:the|our|your|this|that)\s+[\w' -]+?)\s+(?:is|are|feels?|looks?|sounds?|seems?"
    r"|was|were|runs?|drags?)\b",
    re.I,
)
_DETERMINER = re.compile(r"^(?:the|our|your|this|that)\s+", re.I)
# What is said after the request only to soften it.
_SOFT = re.compile(
    r"[\s,]*(?:\b(?:if\s+(?:possible|you\s+can|that'?s\s+\w+|thats\s+\w+|it'?s\s+\w+)"
    r"|when\s+you\s+(?:get|have)\s+a\s+(?:chance|sec|second|minute|moment)|no\s+rush|no\s+hurry"
    r"|whenever|as\s+well|too|thanks?|thx|cheers)\b[^,]*)+[\s,!?.]*$|[\s?!.,]+$",
    re.I,
)
_TOO = re.compile(r"\s+(?:too|as\s+well)\b(?=\s+by\b|\s*$)", re.I)
_IF_POSSIBLE = re.compile(r"^\s*(?:if\s+(?:possible|you\s+can)|ideally)\s*,?\s*", re.I)
_SEE = re.compile(r"^see\s+(?P<what>\S.*)$", re.I)
_QUALIFIER = re.compile(r"\s+(?=(?:before|by|until|till|asap|when|once)\b|on\s+\w+day\b)", re.I)
# ", next week is ok", ", friday is fine": the day it is wanted by.
_FINE = re.compile(
    r"[\s,]*(?:no\s+rush|no\s+hurry)?[\s,]*(?P<when>(?:next|this)\s+\w+|tomorrow|\w+day)\s+"
    r"(?:is|would\s+be|works)\s+(?:totally\s+|also\s+|still\s+)?(?:ok|okay|fine|good)\b",
    re.I,
)
# "the first 30 seconds": a place in the cut, never a date.
_ORDINAL = re.compile(
    r"^(?:(?:for|in|on|of|by)\s+)?(?:the\s+)?(?:first|second|third|fourth|fifth|last)$", re.I
)
_ME = re.compile(r"^(?P<verb>send|email|mail|forward|give|show|pass)\s+(?:me|us)\b", re.I)
# "v3", "the next cut", "the revised version": the whole job delivered, its date everyone's.
_DELIVERY = re.compile(
    r"^(?:share|send|deliver)\s+(?:the\s+)?(?:v\d+|next\s+(?:cut|version|draft)"
    r"|(?:new|revised|updated|final)\s+(?:cut|version|draft|edit)|changes|revisions|update)\b",
    re.I,
)
_HELLO = re.compile(
    r"^\s*(?:hi|hello|hey|hallo|dear|good\s+(?:morning|afternoon|evening))(?:\s+[A-Za-z]+)?"
    r"\s*[,!.:]\s*",
    re.I,
)
_CLOSING = re.compile(
    r"^\s*(?:thanks|thank\s+you|thx|cheers|best|regards|kind\s+regards|many\s+thanks|love"
    r"|talk\s+soon|speak\s+soon|hope\s+you|hi|hello|hey|dear)\b",
    re.I,
)


class MailAsk:
    """One request read from a mail: its line, and a teammate it names ("can Priya do …")."""

    __slots__ = ("line", "who")

    def __init__(self, line: str, who: str | None = None) -> None:
        self.line = line
        self.who = who


def mail_asks(text: str, *, asker: str, people: frozenset[str]) -> list[MailAsk]:
    """The requests of a forwarded prose mail, each as a plain to-do line; `people` are the
    teammates' first names, casefolded."""
    asks: list[MailAsk] = []
    for sentence in _SENTENCE.split(" ".join(text.split())):
        for piece in _JOIN.split(sentence):
            said = _HEADER.sub("", _LEAD.sub("", _HELLO.sub("", piece)))
            ask = _ask(said.strip(), asker, people)
            if ask is not None:
                asks.append(ask)
    return asks


def mail_drafts(
    text: str, *, asker: str, people: frozenset[str], now: datetime, tz: str
) -> tuple[list[TaskDraft], str]:
    """The drafts of `mail_asks` with their dates, and their lines; a delivery's date is every
    undated request's deadline."""
    asks = mail_asks(text, asker=asker, people=people)
    drafts = [_draft(a, now=now, tz=tz) for a in asks]
    shared = next(
        (d.due for d in drafts if d.due is not None and _DELIVERY.match(d.title)),
        None,
    )
    if shared is not None:
        drafts = [d if d.due is not None else replace(d, due=shared) for d in drafts]
    return drafts, "\n".join(a.line for a in asks)


def mail_todos(
    text: str,
    *,
    forwarder: str,
    source: str | None,
    known: Callable[[str], str | None],
    people: frozenset[str],
    now: datetime,
    tz: str,
) -> list[TaskDraft] | None:
    """The forwarder's to-dos from a one-paragraph mail of one outsider asking two things or
    more; None for any other text (lines, a chat of speakers, one request, news)."""
    if "\n" in text.strip() or read_speaker(text)[0]:
        return None  # lines and paragraphs are read line by line
    asker = outsider_name(text, forwarder, source, known)
    if asker is None:
        return None
    drafts, lines = mail_drafts(text, asker=asker, people=people, now=now, tz=tz)
    if len(drafts) < 2:
        return None
    return as_forwarders(
        drafts, lines, forwarder=forwarder, source=source, known=known, now=now, tz=tz
    )


def _ask(piece: str, asker: str, people: frozenset[str]) -> MailAsk | None:
    if not piece or _CLOSING.match(piece) or len(piece.split()) < 2:
        return None
    piece = _IF_POSSIBLE.sub("", piece)
    wrong = _WRONG.match(piece)
    if wrong and not _asking(piece, people):
        where = _SOFT.sub("", wrong["where"] or "").strip(" ,")
        right = _SOFT.sub("", wrong["right"] or "").strip(" ,")
        line = f"Fix {wrong['thing']}{' ' + where if where else ''}"
        return MailAsk(f"{line}: {right}" if right else line)
    need = _NEEDS_IT.match(piece)
    if need and not _asking(piece, people):
        return MailAsk(f"Send {need['thing']}{piece[need.end() :]}".rstrip(" .!"))
    asking = _asking(piece, people)
    if asking is None:
        return None
    who = asking["who"]
    before, said = piece[: asking.start()], piece[asking.end() :]
    said = _IF_POSSIBLE.sub("", _ASKING.sub("", said, count=1) if _ASKING.match(said) else said)
    said = _FINE.sub(r" by \g<when>", said)  # "next week is ok": by next week
    said = _SOFT.sub("", _TOO.sub("", said)).strip()
    if len(said.split()) < 2:
        return None
    see = _SEE.match(said)
    if see is not None:  # "we'd love to see the storyboard": show it to the asker
        what = _QUALIFIER.split(see["what"], maxsplit=1)
        said = f"share {what[0]} with {asker}" + (f" {what[1]}" if len(what) > 1 else "")
    said = _ME.sub(rf"\g<verb> {asker}", said)
    subject = _SUBJECT.match(before.strip(" ,"))
    if subject is not None:
        thing = _DETERMINER.sub("", subject["subj"]).strip()
        if re.search(r"\b(?:it|them)\b", said):  # "could you speed it up": the animation
            said = re.sub(r"\b(?:it|them)\b", subject["subj"].strip(), said, count=1)
        elif thing.split()[0].casefold() not in said.casefold():
            said = f"{said} for the {thing}"
    return MailAsk(said[0].upper() + said[1:], who.capitalize() if who else None)


def _asking(piece: str, people: frozenset[str]) -> re.Match[str] | None:
    """The first words that ask; "can <name> …" only for a teammate's name."""
    return next(
        (m for m in _ASKING.finditer(piece) if not m["who"] or m["who"].casefold() in people),
        None,
    )


def _draft(ask: MailAsk, *, now: datetime, tz: str) -> TaskDraft:
    found = [
        w
        for w in search_when(ask.line, now=now, tz=tz)
        if w.rrule is None and not _ORDINAL.match(ask.line[w.span[0] : w.span[1]])
    ]
    due: When | None = found[-1] if found else None
    title = ask.line
    if due is not None:
        start, end = due.span
        lead = re.search(r"(?:\s+(?:by|before|on|until|till|for|due))?\s*$", title[:start], re.I)
        cut = lead.start() if lead else start
        before = re.search(r"\bbefore\s+(?:the\s+)?\S+$|\bbefore\s*$", title[:end], re.I)
        if before and due.grain == "day":
            due = replace(due, start=due.start - timedelta(days=1))  # before the 18th: the 17th
        title = (title[:cut] + title[end:]).strip(" ,")
        title = re.sub(r"\s+(?:is|are)\s+(?:ok|okay|fine)\b", "", title).strip(" ,")
    return TaskDraft(title=title, assignee=ask.who, due=due)
