"""How people point back at the last action in chat: "oops, undo that", "the car one isn't done",
"can you put that back on my list", "finished it actually 🙌".
"""

from __future__ import annotations

import re

from flowhub.i18n import Text

# "undo" said in passing: alone or with a pronoun, then the end or a break ("wait undo, …").
_UNDO_WORD = (
    r"(?:undo|revert|reverse|take\s+(?:it|that|this)\s+back|roll\s+(?:it|that|this)\s+back"
    r"|deshacer|desfazer|annuler|rückgängig)"
)
_UNDO_OBJECT = (
    r"(?:\s+(?:that|it|this|please|pls|plz|again|(?:the|my)\s+last\s+(?:one|thing|action|change)"
    r"|what\s+i\s+(?:just\s+)?did))*"
)
_UNDO = re.compile(
    rf"(?:^|[\s,.!;:(])(?:please\s+|pls\s+|can\s+you\s+|could\s+you\s+)?{_UNDO_WORD}"
    rf"{_UNDO_OBJECT}\s*(?=[,.!;:)?]|$)",
    re.I,
)
_ASKS_HOW = re.compile(r"^\s*(?:how|what|why|where|when|does|is|do|which)\b", re.I)
_MAX_WORDS = 16

_FINISHED = r"(?:finish(?:ed)?|do|did|done|complete(?:d)?|get\s+to|got\s+to|sort(?:ed)?)"
_NOT_YET = r"(?:\s+(?:yet|after\s+all|actually|really|at\s+all))*"
# "I didn't (actually) finish the report", "haven't done the taxes yet".
_DID_NOT = re.compile(
    rf"(?:^|[,.!;:]\s*|\s)(?:i\s+)?(?:didn'?t|did\s+not|haven'?t|have\s+not|never)\s+"
    rf"(?:actually\s+|really\s+|even\s+)?{_FINISHED}\s+(?P<t>[^,.!;:?]+?){_NOT_YET}\s*(?=[,.!;:?]|$)",
    re.I,
)
# The task's own verb, done: "the visa one isn't submitted", "the rent wasn't paid".
_PARTICIPLE = (
    r"[a-z]{3,}ed|paid|sent|bought|made|written|taken|got|gotten|brought|given|fed|met|told"
    r"|read|seen|found|left|put|sold|built|kept|cut"
)
# "the car one isn't done", "the report wasn't actually finished".
_IS_NOT = re.compile(
    r"(?:^|[,.!;:]\s*)(?P<t>[^,.!;:?]+?)\s+(?:isn'?t|is\s+not|wasn'?t|was\s+not|aren'?t|are\s+not"
    r"|hasn'?t\s+been|has\s+not\s+been|ain'?t)\s+(?:actually\s+|really\s+)?"
    rf"(?:done|finished|complete(?:d)?|sorted|handled|{_PARTICIPLE}){_NOT_YET}\s*(?=[,.!;:?]|$)",
    re.I,
)
# "the deposit didn't go through yet", "the transfer hasn't cleared", "the parcel never arrived".
_NOT_THROUGH = re.compile(
    r"(?:^|[,.!;:]\s*)(?P<t>[^,.!;:?]+?)\s+(?:didn'?t|did\s+not|hasn'?t|has\s+not|haven'?t"
    r"|have\s+not|never)\s+(?:actually\s+|really\s+)?(?:go(?:ne)?\s+through|got(?:ten)?\s+through"
    r"|clear(?:ed)?|arrive[d]?|land(?:ed)?|go(?:ne)?\s+out|happen(?:ed)?|work(?:ed)?)"
    rf"{_NOT_YET}\s*(?=[,.!;:?]|$)",
    re.I,
)
# "mark it as not done", "set the gym one to open again".
_MARK_OPEN = re.compile(
    r"(?:^|[,.!;:]\s*|\s)(?:mark|set|make|flag)\s+(?P<t>[^,.!;:?]+?)\s+(?:as\s+|to\s+)?"
    r"(?:not\s+(?:yet\s+)?(?:done|finished|complete(?:d)?)|undone|un-done|open|incomplete"
    r"|unfinished|to-?do)(?:\s+again)?\s*(?=[,.!;:?]|$)",
    re.I,
)
# "paid it", "sent the report", "just called mom": the task's own verb, said as done.
DID = re.compile(
    r"^(?:i\s+)?(?:just\s+|already\s+|finally\s+|have\s+|'ve\s+)?(?P<v>[a-z]+)(?:\s+(?P<t>.+))?$",
    re.I,
)
_IRREGULAR = {
    "pay": "paid", "send": "sent", "buy": "bought", "do": "did", "make": "made",
    "write": "wrote", "take": "took", "get": "got", "go": "went", "bring": "brought",
    "give": "gave", "feed": "fed", "meet": "met", "tell": "told", "read": "read",
    "see": "saw", "find": "found", "leave": "left", "put": "put", "set": "set",
    "sell": "sold", "pick": "picked", "think": "thought", "teach": "taught", "catch": "caught",
    "fight": "fought", "lend": "lent", "spend": "spent", "build": "built", "hold": "held",
    "run": "ran", "drive": "drove", "ring": "rang", "sing": "sang", "draw": "drew",
    "throw": "threw", "hang": "hung", "sweep": "swept", "keep": "kept", "sleep": "slept",
    "wash": "washed", "fix": "fixed", "cut": "cut", "shut": "shut", "hit": "hit",
}  # fmt: skip
# "put that back on my list", "bring back the plumber one", "add it back", "untick the gym".
_BACK = re.compile(
    r"(?:^|[,.!;:]\s*|\s)(?:(?:put|bring|add|move|stick|get)\s+(?P<t>[^,.!;:?]+?)\s+back"
    r"(?:\s+(?:on|onto|in|into|to)\s+(?:my|the)\s+(?:list|tasks?|to-?dos?|to-?do\s+list))?"
    r"|bring\s+back\s+(?P<t2>[^,.!;:?]+?)|(?:un-?tick|un-?mark|un-?check)\s+(?P<t3>[^,.!;:?]+?))"
    r"(?:\s+(?:please|pls|plz|again))?\s*(?=[,.!;:?]|$)",
    re.I,
)
_FILLER = (
    r"actually|now|already|finally|at\s+last|for\s+real|for\s+good|for\s+sure|lol|lmao|haha+"
    r"|hehe+|yay|woo+(?:hoo+)?|phew|too|yesterday|earlier|this\s+morning|today|tonight"
    r"|this\s+(?:afternoon|evening)|last\s+night"
    r"|btw|thanks|thank\s+you|thx|ty|then|just\s+now"
)
_TAIL = re.compile(rf"(?:\s*(?:(?<![\w'])(?:{_FILLER})(?![\w'])|[^\w\s']+))+\s*$", re.I)
_LEAD = re.compile(
    r"^(?:(?:wait|no|oops|sorry|ok|so|but|and|can\s+you|could\s+you|pls|please)\b[\s,]*)+", re.I
)
_HEAD = re.compile(r"^\s*(?:actually|finally|already|just|oh|ok(?:ay)?|yep|yes)\b[\s,]*", re.I)


def asks_undo(text: str) -> bool:
    """Whether a short message asks to take the last action back ("oops no, undo that")."""
    if len(text.split()) > _MAX_WORDS or _ASKS_HOW.match(text):
        return False
    return bool(_UNDO.search(text))


def past_forms(verb: str) -> set[str]:
    """The past tense forms of a task's leading verb: "pay" -> paid, "submit" -> submitted."""
    verb = verb.casefold()
    forms = {verb + "d" if verb.endswith("e") else verb + "ed"}
    if verb in _IRREGULAR:
        forms.add(_IRREGULAR[verb])
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        forms.add(verb[:-1] + "ied")
    if re.fullmatch(r"[a-z]*[^aeiou][aeiou][bdgklmnprt]", verb):
        forms.add(verb + verb[-1] + "ed")  # submit -> submitted, plan -> planned
    return forms


def not_done_phrase(text: str) -> str | None:
    """The task a message says is not done after all ("the car one isn't done"), or None."""
    if len(text.split()) > _MAX_WORDS:
        return None
    for pattern in (_DID_NOT, _IS_NOT, _NOT_THROUGH, _MARK_OPEN):
        if m := pattern.search(text):
            return _strip_lead(m.group("t"))
    return None


def back_phrase(text: str) -> str | None:
    """The task a message wants back on the list ("put that back on my list"), or None."""
    if len(text.split()) > _MAX_WORDS:
        return None
    m = _BACK.search(text)
    if m is None:
        return None
    return _strip_lead(m.group("t") or m.group("t2") or m.group("t3") or "")


# "put them back": the tasks meant are named elsewhere in the message, or were the last gone.
PLURAL = re.compile(
    r"^(?:them|those|these|both|all|'em|them\s+all|all\s+of\s+them|both\s+of\s+them"
    r"|(?:those|these|the)\s+(?:two|three|tasks|ones))$",
    re.I,
)
# Where one named task ends and the next begins: "the shot list and insurance tasks".
NAME_PARTS = re.compile(r"\s*(?:,|;|\band\b|&|\bplus\b|[.!?]+)\s*", re.I)
# Words around task names that name no task: "I wanted to keep the …", "… ones too".
NAME_NOISE = re.compile(
    r"^(?:(?:no+|nope|oh|oops|wait|sorry|ugh|argh|but|and|so|actually)\b[\s,!]*)+"
    r"|\b(?:i\s+)?(?:wanted|want|meant|need|needed|would\s+like|'d\s+like)\s+to\s+"
    r"(?:keep|have|save)\b|\b(?:tasks?|ones?|too|as\s+well|also|again|please|pls)\b",
    re.I,
)


def without_filler(text: str) -> str:
    """`text` without the chatter around a command: "finished it actually 🙌" -> "finished it"."""
    return _HEAD.sub("", _TAIL.sub("", text)).strip()


def _strip_lead(phrase: str) -> str:
    return without_filler(_LEAD.sub("", phrase.strip()))


# Done said as news: "finally submitted the lab report!!", "toner's been ordered", "cake was
# picked up", "stock check done yesterday", "spoke to him, done ✅".
DONE_WORD = re.compile(
    r"(?<![\w'])(?:done|sorted|finished|completed?|handled|taken\s+care\s+of|dealt\s+with"
    r"|ticked\s+off|crossed\s+off|went\s+out|gone\s+out|(?:is|are)\s+out(?:\s+the\s+door)?(?=\s*(?:[.!,;]|$|now\b|already\b|🎉|💌))"
    r"|(?<!reach\s)(?<!reached\s)(?<!go\s)(?<!going\s)(?<!head\s)(?<!get\s)(?<!send\s)"
    r"(?<!sending\s)(?<!put\s)(?<!carry\s)(?<!find\s)(?<!figure\s)(?<!sort\s)out\s+to)(?![\w'])"
    r"|✅|✔️|☑️",
    re.I,
)
NOT_NEWS = re.compile(
    r"(?<![\w'])(?:need|needs|needed|want|wants|wanted|have\s+to|has\s+to|got\s+to|gotta|must"
    r"|should|will|won'?t|shall|going\s+to|gonna|remind|don'?t|didn'?t|doesn'?t|not|isn'?t"
    r"|wasn'?t|aren'?t|weren'?t|haven'?t|hasn'?t|never|yet|can|could|would|please|pls|by"
    r"|tomorrow|tmrw|next|until|till)(?![\w'])|\?",
    re.I,
)
CLAUSES = re.compile(r"\s*(?:[,;.!]+|\s(?:and|&|plus|also|then|but)\s)\s*", re.I)
# Past verbs that close a task whatever its own verb is: "cake was picked up", "submitted the pset".
THROUGH = frozenset(
    [
        "submit",
        "send",
        "deliver",
        "pick",
        "collect",
        "hand",
        "turn",
        "file",
        "drop",
        "ship",
        "post",
        "upload",
        "return",
        "fix",
        "pay",
        "finish",
        "complete",
        "sort",
        "handle",
        "order",
        "book",
    ]
)
_NOT_PAST = frozenset(
    [
        "need",
        "feed",
        "seed",
        "speed",
        "bed",
        "red",
        "shed",
        "wed",
        "led",
        "bred",
        "indeed",
        "proceed",
        "exceed",
        "succeed",
        "weed",
        "breed",
        "bleed",
        "greed",
        "hundred",
        "sacred",
        "naked",
        "wicked",
        "tired",
        "bored",
        "scared",
        "excited",
    ]
)
_PAST_IRREGULAR = {past: base for base, past in _IRREGULAR.items()} | {
    "spoke": "speak", "spoken": "speak", "written": "write", "taken": "take", "given": "give",
    "gotten": "get", "seen": "see", "done": "do", "drawn": "draw", "driven": "drive",
    "thrown": "throw", "sung": "sing", "rung": "ring", "eaten": "eat", "ate": "eat",
    "won": "win", "flew": "fly", "flown": "fly", "chosen": "choose", "chose": "choose",
}  # fmt: skip


def is_past(word: str) -> bool:
    """Whether a word reads as a past tense or participle: "ordered", "paid", "sorted"."""
    word = word.casefold()
    if word in _NOT_PAST:
        return False
    return word in _PAST_IRREGULAR or (len(word) >= 5 and word.endswith("ed"))


def stem(word: str) -> str:
    """A crude stem, so "submitted" ~ "submit", "ordered" ~ "order", "tickets" ~ "ticket"."""
    word = word.casefold().removesuffix("'s").removesuffix("’s")
    if word in _PAST_IRREGULAR:
        return _PAST_IRREGULAR[word]
    if word.endswith("ied") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ed") and len(word) > 4:
        word = word[:-2]
        if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
            word = word[:-1]  # submitted -> submit
        return word.removesuffix("e")
    if word.endswith("ing") and len(word) > 5:
        return word[:-3].removesuffix("e")
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        word = word[:-1]
    return word.removesuffix("e")


# What an undo took back, said plainly.
UNDID_MOVE = Text("↩️ Undid the move: “{title}” is due {when} again")
UNDID_NO_DATE = Text("↩️ Undid the move: “{title}” has no date again")
UNDID_RENAME = Text("↩️ Undid the rename: it's “{title}” again")
UNDID_EDIT = Text("↩️ Undid the change to “{title}”")
UNDID_OWNER = Text("👤 Back with {who}")
HANDOVER_WITHDRAWN = Text("↩️ {who} took back “{title}”: it is no longer yours.")

# "hmm. what about the venue call, when is that due": a task named, then asked about by "that".
ASKED_WHEN = re.compile(
    r"^\W*(?:(?:hmm+|ok(?:ay)?|so|and|oh|also|btw)\W+)*(?:(?:what|how)\s+about\s+)?(?P<t>[^,;?]{3,60}?)"
    r"\s*(?:[,;:]|\s[—–-]+)\s*when(?:'s|’s|\s+is|\s+was)\s+(?:that|it|this)(?:\s+one)?"
    r"\s+(?:due|set\s+for|happening|scheduled(?:\s+for)?)\W*$",
    re.I,
)
