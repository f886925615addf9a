"""Task titles that name no thing: they point at a card or a person, or talk about cards.

"Give it back to him", "Ask him in the group", "Put it down", "Save that one and ditch the
other" and "Its the potatoes that go" are no tasks: once the verbs, pronouns, pointing words
("that one", "the other", "hers") and particles ("back", "down", "in") are taken out nothing is
left, or the title is a statement ("its ...", "thats ..."). "Put the bins out" and "Give the keys
back to Sam" keep a thing of their own, so they stay tasks. "Put the tasting itself in" asks for
a card about the tasting: its title is "Tasting".
"""

from __future__ import annotations

import re

__all__ = ["names_card", "points_only", "put_in_title"]


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# A title opening with these states something ("its the potatoes that go"); it asks nothing.
_STATEMENT = frozenset({"its", "it's", "it’s", "thats", "that's", "that’s", "theres", "there's"})
_POINTERS = _set(
    "it its that this these those one ones him her hers his them they theirs their he she me us "
    "myself yourself other others another first second third last rest both all same either "
    "neither which thing stuff"
)
_PARTICLES = _set(
    "the a an and or to for in into on onto up down back over out off away again too also then "
    "now just pls please plz thx thanks ok okay later there here instead as well i i'll we'll "
    "you'll will with about of from by at"
)
# Where people talk to each other: "ask him in the group" names no thing to do.
_PLACES = _set("group chat channel thread dm dms team list calendar")
# Verbs that only handle cards or pass something on; the title's first verb is cut as well.
_CARD_VERBS = _set(
    "save keep confirm accept take ditch delete remove drop bin scrap discard cancel kill trash "
    "toss lose nix forget skip put pop stick add write jot note log book mark give hand pass "
    "send move make set leave tell ask check do change swap"
)
# A title of one of these alone only talks about a card: "Keep", "Ditch".
_CARD_ONLY = _set(
    "save keep confirm accept ditch delete remove drop bin scrap discard cancel trash toss"
)
# Chat words before a command: "actually scrap the lamb one".
_OPENERS = _set("actually ok okay so and then just pls please yeah yes no nah oh hmm")
_WORD = re.compile(r"[\w'’]+")
_PUT_IN = re.compile(
    r"^(?:(?:put|pop|stick|add|write|jot|note)\s+(?:down\s+)?)(?P<thing>.+?)\s+(?:itself\s+)?"
    r"(?:in|down|on\s+the\s+list|in\s+the\s+calendar|as\s+a\s+task)(?:\s+(?:for\s+me|too|pls|please))*$",
    re.I,
)
_LEAD_ARTICLE = re.compile(r"^(?:the|a|an|my|our)\s+", re.I)
_ITSELF = re.compile(r"\s+(?:itself|too|as\s+well)$", re.I)


def points_only(title: str) -> bool:
    """Whether a task title names no thing of its own ("Give it back to him", "Put it down")."""
    words = [w.casefold() for w in _WORD.findall(title)]
    if not words:
        return False
    if words[0] in _STATEMENT or names_card(title):
        return True
    if len(words) == 1:
        return words[0] in _CARD_ONLY
    if words[0] not in _CARD_VERBS and not _POINTERS & set(words[1:2]):
        return False
    rest = [w for w in words[1:] if w not in _CARD_VERBS]
    left = [w for w in rest if w not in _POINTERS | _PARTICLES | _PLACES]
    return not left and any(w in _POINTERS for w in rest)


def names_card(title: str) -> bool:
    """Whether a title only handles a card it names: "Bin the baker one", "Scrap the lamb card"."""
    words = [w.casefold() for w in _WORD.findall(title)]
    while words and words[0] in _OPENERS:
        words.pop(0)
    return len(words) > 1 and words[0] in _CARD_ONLY and words[-1] in ("one", "card", "ones")


def put_in_title(title: str) -> str | None:
    """ "Put the tasting itself in" -> "Tasting": the thing a card is asked for; None if none."""
    found = _PUT_IN.match(title.strip(" .!"))
    if found is None:
        return None
    thing = _ITSELF.sub("", _LEAD_ARTICLE.sub("", found["thing"].strip()))
    if not thing or points_only(f"put {thing}"):
        return None
    return thing[0].upper() + thing[1:]
