"""A task followed by a request to keep it: "every monday morning i have to do the wine stock
count, can you keep track of that", "…, can you remind me about it", "…, put that on my list".

The request points back at what was said before it, so it is left out and the sentence before is
read as the task ("Do the wine stock count", every Monday morning), not "Keep track of that".
"""

from __future__ import annotations

import re

from flowhub.nlp._task_verbs import verb_base

__all__ = ["without_keep_request"]

_ASK = r"(?:(?:can|could|would|will)\s+(?:you|u|ya)\s+|pls\s+|please\s+|plz\s+)"
_KEEP = (
    r"(?:keep\s+(?:track|tabs|an\s+eye)\s+(?:of|on)|remind\s+me\s+(?:about|of)|don'?t\s+let\s+me"
    r"\s+forget|(?:put|add|pop|stick|note|write|jot)(?:\s+down)?|track|remember|save|log)"
)
# ", can you keep track of that", ". pls put it on my list", "- could u remind me about it?".
_TAIL = re.compile(
    rf"(?P<task>\S.{{5,}}?)(?:\s*[,;.!:–—-]+\s*(?:(?:and|so)\s+)?{_ASK}*|\s+(?:(?:and|so)\s+)?"
    rf"{_ASK}+)(?:just\s+|also\s+)?{_KEEP}(?:\s+down)?\s+(?:that|it|this)(?:\s+one)?(?:\s+down)?"
    r"(?:\s+(?:on|to|in)\s+(?:my|the|our)\s+(?:(?:to-?do\s+)?list|tasks|to-?dos?|calendar"
    r"|reminders))?(?:\s+for\s+(?:me|us))?(?:\s+(?:pls|please|plz|thanks|thx|ty))?[\s?.!]*",
    re.I | re.S,
)
# "and that, keep track of it" holds no task of its own: something must be said before.
_TOO_BARE = re.compile(r"^(?:(?:oh|and|also|so|ok)[\s,]+)*(?:it|that|this)\b", re.I)
# "the boiler needs servicing before winter": said to be kept, it is the task to service it.
_NEEDS_DOING = re.compile(
    r"^(?:(?:oh|and|also|so|ok)[\s,]+)*(?P<thing>(?:the|my|our|his|her|their)\s+[\w' -]{2,40}?)"
    r"\s+(?:needs|need|wants)\s+(?:a\s+)?(?P<verb>[^\W\d_]{3,}ing)\b(?P<rest>.*)$",
    re.I | re.S,
)
_PARTICLE = re.compile(r"\s+(at|to|over|into|after|through|out)\b", re.I)


def without_keep_request(text: str) -> str:
    """`text` without a trailing "can you keep track of that"; `text` when it has none."""
    m = _TAIL.fullmatch(text.strip())
    if m is None or _TOO_BARE.match(m["task"]):
        return text
    return _as_doing(m["task"].rstrip(" ,;:-–—"))


def _as_doing(task: str) -> str:
    """ "the boiler needs servicing before winter" as "service the boiler before winter"."""
    m = _NEEDS_DOING.match(task)
    if m is None:
        return task
    said = m["verb"].casefold()
    stem = said[:-3]
    base = verb_base(said) or (stem + "e" if stem[-1:] in ("c", "v", "z", "s") else stem)
    rest = m["rest"]
    if particle := _PARTICLE.match(rest):  # "needs looking at": "look at the fridge"
        return f"{base} {particle[1]} {m['thing']}{rest[particle.end() :]}"
    return f"{base} {m['thing']}{rest}"
