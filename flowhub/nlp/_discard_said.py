"""A waiting card thrown away in words, alone or beside a correction.

`discard_said(text)` finds the clause that throws a card away ("scrap that last card", "bin the
last one", "drop the card you just made", "scrap the 'napkins can wait' one") and returns what
it names (the newest card, or a title) with the rest of the message, its "no no, I meant" taken
off: "no no i meant move the napkins one to thursday, scrap that last card" is the newest card
and "move the napkins one to thursday".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_VERB = (
    r"(?:scrap|bin|drop|discard|delete|remove|trash|kill|ditch|cancel|nuke|toss|lose|chuck"
    r"|get\s+rid\s+of|throw\s+(?:away|out)|throw|forget(?:\s+about)?)"
)
_MADE = (
    r"(?:\s+(?:you|u)\s+(?:just\s+)?(?:made|created|added|sent|showed|posted|did|wrote|put\s+up)"
    r"|\s+(?:from\s+)?just\s+now)"
)
_LAST = r"(?:last|latest|newest|new|previous|wrong|extra|other)"
# "that last card", "the last one", "the card you just made", "that new card", "this card".
_NEWEST = (
    rf"(?:(?:that|this|the|ur|your)\s+)?(?:(?:{_LAST}\s+(?:card|one|thing))|card){_MADE}?"
    rf"|(?:that|this|the)\s+(?:one|thing){_MADE}"
)
_QUOTE = r"(?:'(?P<q1>[^']{3,}?)'|[“‘](?P<q2>[^”’]{3,}?)[”’]|\"(?P<q3>[^\"]{3,}?)\")"
# "the 'napkins can wait' one", "the napkins can wait card".
_NAMED = rf"(?:the|that)\s+(?:{_QUOTE}|(?P<plain>[^,.;!?]{{3,}}?))\s+(?:one|card)"
_PLEASE = r"(?:\s+(?:pls|please|too|as\s+well|then|instead|for\s+me|thx|thanks))*"
_CLAUSE = re.compile(
    rf"(?:^|(?<=[,.;!—–-])|(?<=\s))\s*(?:(?:and|also|just|pls|please|oh|so|then)\s+)*(?P<verb>{_VERB})"
    rf"\s+(?:(?P<newest>{_NEWEST})|{_NAMED}){_PLEASE}\s*(?=$|[,.;!?—–-]|\s+(?:and|also|then)\s)",
    re.I,
)
# "no no i meant", "sorry, what i meant was", "oops": the correction's lead, said to the bot.
_LEAD = re.compile(
    r"^\W*(?:(?:no+|nope|nah|wait|sorry|oops|ugh|argh|hmm+|um+|ah|oh|actually|wrong)\b[\s,.!-]*)*"
    r"(?:(?:what\s+)?i\s+(?:meant|mean|wanted|said)(?:\s+was|\s+to\s+say)?|i\s+wanted\s+you\s+to"
    r"|that'?s\s+(?:not\s+(?:it|right|what\s+i\s+meant)|wrong))?[\s,.:!-]*",
    re.I,
)
_JOIN = re.compile(
    r"^(?:[\s,.;!—–-]|and\b|also\b|then\b|instead\b|but\b)+|(?:[\s,;—–-]|\band|\balso|\bthen)+$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Discard:
    """A card thrown away in words: the newest (`title` None) or the one named, the rest of the
    message, whether the words say "card" (not just "the last one"), and whether the throwing
    away is said before the rest."""

    title: str | None
    rest: str
    says_card: bool
    first: bool = False


def discard_said(text: str) -> Discard | None:
    """The card a message throws away and what else it says, or None."""
    m = _CLAUSE.search(text)
    if m is None:
        return None
    title = None
    if m["newest"] is None:
        title = next((g for g in (m["q1"], m["q2"], m["q3"], m["plain"]) if g), None)
        if title is None or re.match(
            r"(?:last|latest|newest|first|second|third|other)\b", title, re.I
        ):
            return None  # "the first one" is a position, read by the card picks
    rest = f"{text[: m.start()]} {text[m.end() :]}"
    rest = _LEAD.sub("", " ".join(rest.split()), count=1)
    rest = _JOIN.sub("", rest).strip()
    says_card = re.search(r"\bcard\b|\b(?:you|u)\s+(?:just\s+)?\w+", m.group(0), re.I) is not None
    first = bool(rest) and not _LEAD.sub("", text[: m.start()]).strip(" ,.;!—–-")
    return Discard(
        title=title.strip() if title else None, rest=rest, says_card=says_card, first=first
    )
