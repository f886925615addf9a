"""Whether a message asks rather than tells: a question never ticks, deletes or changes a task.

"ok what have i ticked off so far this week", "did the oven guy call get done?", "is the cake
boxes thing ticked off?" ask; "did the rota", "can you mark 2 done?" and "could you delete the
rota" tell or request, and still act.
"""

from __future__ import annotations

import re

_LEAD = r"^\W*(?:(?:ok(?:ay)?|so|and|hey|hi|btw|um+|hmm+|quick\s+q(?:uestion)?|wait)[\s,:!.]+)*"
_WH = re.compile(
    _LEAD + r"(?:wh?at|wot|which|who|whose|when|where|how)(?:['’]?s\b|\s+(?!about\b))", re.I
)
# "anything else today", "any more for me?", "next?": what is still to do, asked in passing.
_ANY = re.compile(
    _LEAD + r"(?:(?:any(?:thing|thin)?|smth|something)\s+(?:else|more|left|open|due)\b|next\s*\?)",
    re.I,
)
# "did i / has sam / is the …": a yes/no question; "did the rota" alone is news of doing it.
_AUX = re.compile(_LEAD + r"(?:did|does|do|has|have|had|is|was|are|were)\s+(?P<rest>[^?.!]*)", re.I)
# "did sam already send it" asks; "did payroll already tonight yay ✅" tells.
_SUBJECT = re.compile(
    r"^(?:i|we|you|he|she|they|it|there|anyone|someone|somebody|anybody"
    r"|[a-z]+\s+(?:already|ever)\b(?!\s*(?:today|tonight|this\s+\w+|yesterday|earlier|last\s+night"
    r"|lol|yay|haha\w*|[^\w\s?]|$)))\b",
    re.I,
)
_GOT_DONE = re.compile(
    r"(?:\b(?:get|got|been|gotten)\s+(?:done|finished|sorted|ticked|paid|sent)\b"
    r"|\s(?:done|finished|complete[d]?|ticked\s+off|sorted)\s*(?:yet|already)?\s*$)",
    re.I,
)
# A request or an order beside the question: "what's 2? mark it done" still acts.
_ORDER = re.compile(
    r"(?:^|[.?!]\s*|\b(?:and|then|so|also|pls|please)\s+)(?:mark|tick|delete|remove|drop|cancel|move"
    r"|reopen|push|change|rename|set|put|close|done\s+with)\b",
    re.I,
)


def asks(text: str) -> bool:
    """Whether `text` is a question about tasks, with or without a "?"."""
    first = re.split(r"(?<=[?])\s*|[.!]\s+|\n", text.strip(), maxsplit=1)[0]
    rest = text.strip()[len(first) :].strip()
    if _ORDER.search(rest) or _ORDER.search(re.sub(_LEAD, "", first, flags=re.I)):
        return False
    if _WH.match(first) or _ANY.match(first):
        return True
    m = _AUX.match(first)
    if m is None:
        return False
    said = m.group("rest").strip()
    return first.rstrip().endswith("?") or bool(_SUBJECT.match(said) or _GOT_DONE.search(said))


def first_question(text: str) -> str:
    """The question itself: "did the call get done? i can't remember" -> the part up to "?"."""
    head, mark, _ = text.partition("?")
    return head + mark if mark else text
