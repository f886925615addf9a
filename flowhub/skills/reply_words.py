"""How people answer one of the bot's messages in their own words: agree, refuse, leave it."""

from __future__ import annotations

import re

# Words that only agree: "ok", "yep works for me", "sure, will do", "👍", "sounds good thanks".
_AGREE_START = re.compile(
    r"^(?:ok(?:ay|ie)?|k|yes|yep|yeah|yup|ya|sure|fine|cool|great|perfect|alright|all right"
    r"|absolutely|of course|deal|lgtm|confirm(?:ed)?|sounds|looks|works|will do|on it|happy to"
    r"|no problem|no worries|np|got it|i'?ll (?:do|take|handle) it|i'?m on it|go (?:for it|ahead)"
    r"|do it|that'?s (?:right|fine|good|great|perfect|correct)|that works|correct|right|exactly"
    r"|count me in|consider it done|okey|sure thing|yea|aye|please|pls|can do"
    r"|👍|✅|👌|🙏|💪)(?!\w)",
    re.I,
)
_AGREE_TEXT = (
    "ok okay okie k yes yep yeah yup ya sure fine cool great perfect alright all right absolutely "
    "of course deal lgtm confirm confirmed sounds looks good works work for me will do on it "
    "happy to no problem worries np got it i'll ill i will i'm im do take handle that this it "
    "is thanks thx ty thank you me too then can and so by just go ahead please pls thing right "
    "correct that's thats exactly count in consider done dokey okey yea aye for 👍 ✅ 👌 🙏 💪"
)
_AGREE_TEXT += " accept accepting accepted agree agreed"
_AGREE_WORDS = frozenset(_AGREE_TEXT.split())
# The last clause of an answer, which may only say why: "…, the printer needs 5 days".
REASON_TAIL = re.compile(r"[,;.]\s*(?P<why>[^,;.]+?)\s*[.!]*$")
# A yes, then more: "ok accepting, but move it to thursday", "sure - make it 5pm".
YES_THEN = re.compile(
    r"^(?P<yes>[^,;.!—–-]+?)\s*(?:[,;.!—–-]+\s*(?:(?:but|and|just|only)\s+)?"
    r"|\s+(?:but|and)\s+)(?P<rest>\S.*)$",
    re.I,
)
# A refusal: "no sorry", "I can't do that, swamped tomorrow", "can't, I'm off", "not me".
_REFUSE = re.compile(
    r"^(?:no|nope|nah|sorry|unfortunately|not me|pass)\b(?!\s+(?:problem|worries))"
    r"|\b(?:can'?t|cannot|can not|won'?t|couldn'?t|unable|not able|no time|too busy|swamped"
    r"|rather not|(?:don'?t|do not) have (?:the )?time|i'?m (?:out|off|away|on leave|on holiday"
    r"|travell?ing|busy|slammed)|not (?:this|that) (?:week|time|day)|not before|[,;]\s*sorry)\b",
    re.I,
)
# Drop the card: "no discard that", "scrap it", "bin this one", a bare "no".
_DISCARD = re.compile(
    r"^(?:(?:no|nope|nah)[\s,!.]*)?(?:(?:discard|drop|delete|scrap|bin|cancel|remove|forget|kill"
    r"|ditch|nuke|toss|get rid of|throw|chuck)"
    r"(?:\s+(?:it|that|this|that one|this one|the card|the task))?(?:\s+(?:away|out))?)?"
    r"(?:[\s,]+(?:please|pls|thanks))?[\s.!]*$",
    re.I,
)
# Leave the card waiting: "not that one, leave it for now", "not now", "hold off on this".
_LEAVE = re.compile(
    r"^(?:not (?:that|this)(?: one)?|not (?:now|yet)|(?:let'?s )?leave (?:it|that|this)"
    r"|hold (?:off|on)|let it (?:be|sit)|wait|park (?:it|that|this)"
    r"|skip (?:it|that|this)(?: one)? for now"
    r"|keep (?:it|that|this)(?: one)? (?:pending|waiting|open))\b",
    re.I,
)
# Words that ask for a change even when the rest can't be read: "give it to Priya instead".
_CHANGE = re.compile(
    r"^(?:@?flowhub\W*)?(?:(?:pls|please|plz|ok|so|can|could|shall) (?:we |you )?|let'?s )?"
    r"(?:move|push|pull|make|change|give|rename|call|set|reassign|assign|hand|pass|postpone"
    r"|delay|bring|shift|switch|put|edit|update)\b",
    re.I,
)
# Taking something on oneself: "that's mine", "give it to me", "i can grab those, put it on me".
_TAKE = re.compile(
    r"^(?:(?:ok(?:ay)?|sure|yes|yep|yeah|oh|ah|actually|no|nah|wait|hey)[\s,!.]+)*"
    r"(?:(?:it'?s|that'?s|this is|that one'?s|this one'?s|its|thats)\s+(?:mine|on me|for me)"
    r"|mine|me|(?:give|assign|hand|pass|put|move)\s+(?:it|that|this|those|them|that one)?\s*"
    r"(?:over\s+|back\s+)?(?:to|on)\s+me|leave\s+(?:it|that|this|those)\s+(?:with|to)\s+me"
    r"|i(?:'?ll| will| can| could|'?d| would)\s+(?:happily\s+|gladly\s+)?(?:take|grab|do|handle"
    r"|cover|get|pick up|sort|own)\s+(?:it|that|this|those|them|that one|this one)(?:\s+on)?"
    r"(?:\s+myself)?"
    r"|i(?:'?ve| have)?\s+got\s+(?:it|this|that|those)|i'?ll\s+take\s+(?:it|that|this)\s+on"
    r"|(?:put|sign)\s+me\s+(?:down|up)(?:\s+for\s+(?:it|that|this|those))?)"
    r"(?:[\s,]+(?:please|pls|thanks|thx|then|instead))*[\s.!👍🙋✋]*$",
    re.I,
)
_PUNCT = re.compile(r"[^\w'👍✅👌🙏💪]+")


def agrees(text: str) -> bool:
    """Whether `text` only says yes ("ok", "yep works for me", "sure, will do 👍")."""
    text = text.strip()
    if not _AGREE_START.match(text) or _REFUSE.search(text):
        return False
    spaced = re.sub(r"([👍✅👌🙏💪])", r" \1 ", text.casefold())
    return all(word in _AGREE_WORDS for word in _PUNCT.split(spaced) if word)


def refuses(text: str) -> bool:
    """Whether `text` says no to being asked ("no sorry", "can't, I'm off tomorrow")."""
    return bool(_REFUSE.search(text.strip()))


def discards(text: str) -> bool:
    """Whether `text` says to drop a card ("no", "no discard that", "scrap it")."""
    text = text.strip()
    return bool(text) and bool(_DISCARD.match(text))


def leaves(text: str) -> bool:
    """Whether `text` says to leave a card as it is for now ("not that one, leave it")."""
    return bool(_LEAVE.match(text.strip()))


def wants_change(text: str) -> bool:
    """Whether `text` asks to change something ("give it to Priya", "push that to friday")."""
    return bool(_CHANGE.match(text.strip()))


def takes(text: str) -> bool:
    """Whether `text` only says "I'll take that one" ("that's mine", "put it on me")."""
    parts = [p for p in re.split(r"\s*(?:,|;|\band\b|\.\s)\s*", text.strip()) if p.strip()]
    taken = [part for part in parts if _TAKE.match(part)]
    return bool(taken) and all(part in taken or agrees(part) for part in parts)
