"""What one request of a forwarded message shares with the one before it.

"Could you send me the invoice? And the key receipt too, both by friday" asks for two things,
each by Friday: the second names only its thing ("And the key receipt too"), so it takes the
verb of the request before it ("send me the key receipt"), and a deadline said for "both" (or
"all", "each") at the end holds for every request of the message that names no day of its own:
"send the invoice and the key receipt, both by friday" is two requests, each by Friday.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from flowhub.nlp._lexicon import VERBS
from flowhub.nlp.when import parse_when

__all__ = ["shared_asks"]

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=\S)")
_OPENER = re.compile(r"^\s*(?:(?:and|also|plus|oh|then)[\s,]+)+", re.I)
_DETERMINER = r"(?:the|a|an|your|our|my|some|those|these|this|that|his|her|their)"
# "the key receipt too", "the keys as well": a thing alone, said as one more of the same.
_THING_ALONE = re.compile(
    rf"^(?P<thing>{_DETERMINER}\s+[^,;:]+?)(?:\s+(?:too|as\s+well|also))?$",
    re.I,
)
_SAYS = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|should|must|isn't"
    r"|aren't|wasn't|won't|can't|didn't|doesn't)\b|'s\b",
    re.I,
)
_TOO = re.compile(r"\s(?:too|as\s+well|also)$", re.I)
# The verb and whom it is for before the thing asked for: "could you send me " + "the invoice".
_HEAD = re.compile(rf"^(?P<head>.*?\s){_DETERMINER}\s", re.I)
# ", both by friday", "all before the 18th", "each by eod": a deadline for every request.
_EACH_WHEN = re.compile(
    r"\s*,?\s*\b(?:both|all(?:\s+of\s+(?:them|these|those))?|each)\s+(?P<when>(?:by|before"
    r"|until|till|due|on|for|next|this|tomorrow|today|tonight|asap)\b[^,;.!?]*?)\s*[.!]*$",
    re.I,
)
# "send the invoice and the key receipt": two things one verb asks for.
_TWO_THINGS = re.compile(
    rf"^(?P<head>.*?\s)(?P<one>{_DETERMINER}\s[^,;]+?)\s+and\s+(?P<other>{_DETERMINER}\s[^,;]+?)"
    r"[\s.!?]*$",
    re.I,
)
_ANY_DAY = datetime(2026, 1, 7, 12, tzinfo=UTC)


def shared_asks(said: str) -> str:
    """`said` with a request that names only its thing given the verb before it, and a deadline
    said for "both" given to each request; `said` itself when neither is said."""
    sentences = _SENTENCE.split(said.strip())
    when = _EACH_WHEN.search(sentences[-1])
    if when is not None:
        sentences[-1] = sentences[-1][: when.start()]
        if len(sentences) == 1 and (two := _TWO_THINGS.match(sentences[0])) is not None:
            sentences = [f"{two['head']}{two['one']}.", f"{two['head']}{two['other']}."]
    if len(sentences) < 2:
        return said
    out: list[str] = []
    changed = when is not None
    for sentence in sentences:
        core, end = _core(sentence)
        bare = _OPENER.sub("", core)
        alone = _THING_ALONE.match(bare) if bare != core or _TOO.search(core) else None
        if alone and _SAYS.search(alone["thing"]):
            alone = None  # "and the tenant is angry" says something of its own
        head = _HEAD.match(_core(out[-1])[0] + " ") if out and alone else None
        if alone and head and any(w.lower() in VERBS for w in head["head"].split()):
            core = f"{head['head']}{alone['thing']}"
            changed = True
        if when is not None and parse_when(core, now=_ANY_DAY, tz="UTC") is None:
            core = f"{core} {when['when']}"
        out.append(f"{core}{end}")
    return " ".join(out) if changed else said


def _core(sentence: str) -> tuple[str, str]:
    """A sentence without its closing marks, and those marks."""
    core = sentence.rstrip(" .!?")
    return core, sentence[len(core) :].strip() or "."
