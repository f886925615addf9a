"""Who a file's items are for: teammates' names as a file or its caption says them.

"all of these are priya's", "they're all for Sam", "everything here is Ana's" give every item
to one teammate; "the sill details are priya's", "the stair one is for Sam" give the items that
share those words. Only names of the team count; a name is matched by its first word, in any
case, with or without "@" or "'s".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import dataclass

# A folded first name to the name as the team spells it.
Team = Mapping[str, str]

_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_ALL = r"(?:all|every(?:thing|\s+one)|these|those|they|them|the\s+lot|both)"
_FOR = r"(?:for|to|on|go\s+to|belong\s+to)"
# "all of these are priya's", "these are all for sam", "all priya's", "everything here is Ana's"
_EVERY = re.compile(
    rf"^(?:and\s+|so\s+|ok\s+)?(?:{_ALL}\b[\w\s'’]{{0,24}}?\b)?(?:(?:are|is|'re|’re)\s+)?"
    rf"(?:all\s+)?(?:{_FOR}\s+)?@?(?P<name>[\w.'’-]+?)(?:['’]s)?(?:\s+(?:ones?|tasks?|stuff|job))?"
    r"\s*[.!]?$",
    re.I,
)
# The same in the other languages captions are read in: "todo esto es de Ana", "das ist alles
# für Priya", "tout ça c'est pour Sam", "isso tudo é da Ana", "son todas para Sam".
_ALL_ELSEWHERE = (
    r"todo|todos|todas|esto|estos|estas|eso|esos|esas|alles|alle|das|dies|diese|tout|tous|toutes"
    r"|ça|ca|ceci|cela|ces|tudo|isto|isso|estes|esses|essas"
)
_BE_ELSEWHERE = (
    r"es|son|va|van|ist|sind|gehört|gehören|est|sont|c['’]est|ce\s+sont|é|e|são|sao|vai|vão"
    r"|fica|ficam|aqui|hier|ici|here"
)
_FOR_ELSEWHERE = r"para|pa|pra|pro|de|del|für|fur|an|pour|à|a|da|do|dla"
_EVERY_ELSEWHERE = re.compile(
    r"^(?:(?:y|e|und|et|ok|also|alors|entonces|então)\s+)?"
    rf"(?:(?:{_ALL_ELSEWHERE}|{_BE_ELSEWHERE})\s+){{1,4}}(?:(?:{_FOR_ELSEWHERE})\s+)?"
    r"(?:(?:el|la|der|die|o|a)\s+)?@?(?P<name>[\w.'’-]+?)(?:['’]s)?\s*[.!]?$",
    re.I,
)
# "the sill details are priya's", "the stair one is for sam", "sill details -> priya"
_SOME = re.compile(
    rf"^(?:and\s+)?(?:the\s+)?(?P<what>.+?)\s+(?:(?:one|ones|bit|part|item|items)\s+)?"
    rf"(?:(?:is|are|'s|’s)\s+(?:{_FOR}\s+)?|(?:->|→|=>|:)\s*|goes\s+to\s+|go\s+to\s+)@?"
    r"(?P<name>[\w.'’-]+?)(?:['’]s)?\s*[.!]?$",
    re.I,
)
_WORD = re.compile(r"\w{3,}")
_STOP = frozenset(
    [
        "the",
        "one",
        "ones",
        "bit",
        "part",
        "item",
        "items",
        "these",
        "those",
        "this",
        "that",
        "all",
        "are",
        "for",
        "and",
        "with",
        "from",
    ]
)


@dataclass(frozen=True)
class Owner:
    """A teammate a caption gives items to: all of them (`words` empty) or those with `words`."""

    name: str
    words: frozenset[str] = frozenset()


def fold(text: str) -> str:
    """Lower case without accents, for matching names as people type them."""
    norm = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in norm if not unicodedata.combining(ch))


def team_of(names: Collection[str]) -> dict[str, str]:
    """The team's first names, folded, each to the name as spelled."""
    team: dict[str, str] = {}
    for name in names:
        first = name.split()[0] if name.split() else ""
        if len(first) >= 2:
            team.setdefault(fold(first), first)
    return team


def name_in(word: str, team: Team) -> str | None:
    """The teammate a word names ("Priya", "@priya", "priya's"), or None."""
    bare = _POSSESSIVE.sub("", word.strip().lstrip("@").strip(".,:;!?()"))
    return team.get(fold(bare)) if bare else None


def handle(name: str) -> str:
    """How a line names its owner first: "@priya"."""
    return "@" + fold(name.split()[0]) if name.split() else ""


def from_caption(clause: str, team: Team) -> Owner | None:
    """The teammate a caption's clause gives items to, and which items, or None; a word said
    before it to call the bot ("FlowHub all of these are priya's") is passed over."""
    said = " ".join(clause.split()).strip(" .!")
    after = said.split(" ", 1)[1] if " " in said else ""
    return _every(said, team) or _every(after, team) or _some(said, team) or _some(after, team)


def _every(said: str, team: Team) -> Owner | None:
    every = _EVERY.match(said)
    if every and re.search(rf"\b{_ALL}\b", said, re.I) and name_in(every.group("name"), team):
        return Owner(name_in(every.group("name"), team) or "")
    other = _EVERY_ELSEWHERE.match(said)
    if other and _all_said(said) and name_in(other.group("name"), team):
        return Owner(name_in(other.group("name"), team) or "")
    return None


def says_whose(clause: str) -> bool:
    """Whether a clause only says whose every item is, in a language other than English
    ("todo esto es de Ana"), whoever it names."""
    said = " ".join(clause.split()).strip(" .!")
    return bool(_EVERY_ELSEWHERE.match(said)) and _all_said(said)


def _all_said(said: str) -> bool:
    return bool(re.search(rf"(?<!\w)(?:{_ALL_ELSEWHERE})(?!\w)", said, re.I))


def _some(said: str, team: Team) -> Owner | None:
    some = _SOME.match(said)
    if some and name_in(some.group("name"), team):
        words = frozenset(w for w in _WORD.findall(fold(some.group("what"))) if w not in _STOP)
        if words:
            return Owner(name_in(some.group("name"), team) or "", words)
    return None


def matches(line: str, owner: Owner) -> bool:
    """Whether an item line is one the owner was given (every line when no words were said)."""
    if not owner.words:
        return True
    said = {w for w in _WORD.findall(fold(line))}
    return any(any(s.startswith(w[:5]) for s in said) for w in owner.words)
