"""The answer to a "which one?" question: "2", "the second", "both", "the bank one", "neither"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from flowhub.skills.picks_words import GUARD_LEAD, GUARD_TAIL
from flowhub.skills.refer import ordinal

_ALL = re.compile(
    r"^(?:both|all|all\s+of\s+(?:them|those|these)|both\s+of\s+(?:them|those|these)|each|every\s+one"
    r"|the\s+lot|all\s+(?:two|three|four|five)(?:\s+of\s+them)?)$",
    re.I,
)
_NONE = re.compile(
    r"^(?:neither(?:\s+of\s+them|\s+one)?|none(?:\s+of\s+them)?|no(?:ne)?\s+one"
    r"|never\s*mind|nvm|forget\s+it|nothing|cancel|leave\s+it|skip)$",
    re.I,
)
_LEAD = re.compile(r"^(?:i\s+mean(?:t)?|the\s+one\s+(?:about|with|for))\s+", re.I)
_SPLIT = re.compile(r"\s*(?:,|&|\band\b|\bplus\b)\s*", re.I)
_WORD = re.compile(r"\w+")
_FILLER = frozenset(
    ["the", "one", "ones", "task", "a", "an", "my", "with", "about", "thing", "for", "to", "of",
     "that", "this", "is", "was", "it", "i", "mean", "meant"]
)  # fmt: skip
_SHORT_WORDS = 6


def read(text: str, titles: Sequence[str]) -> list[int] | None:
    """The 0-based positions picked among `titles`: [] for "neither", None for no answer."""
    said = GUARD_TAIL.sub("", GUARD_LEAD.sub("", text.strip().rstrip(".!?")))
    said = _LEAD.sub("", said)
    if not said or len(said.split()) > _SHORT_WORDS:
        return None
    if _NONE.match(said):
        return []
    if _ALL.match(said):
        return list(range(len(titles)))
    picked: list[int] = []
    for part in _SPLIT.split(said):
        index = _position(part, titles)
        if index is None:
            return None
        if index not in picked:
            picked.append(index)
    return picked or None


def _position(part: str, titles: Sequence[str]) -> int | None:
    index = ordinal(re.sub(r"^#\s*", "#", part.strip()))
    if index is not None:
        return index % len(titles) if -len(titles) <= index < len(titles) else None
    wanted = {w for w in _WORD.findall(part.casefold()) if w not in _FILLER}
    if not wanted:
        return None
    fits = [i for i, title in enumerate(titles) if wanted <= _stems(title)]
    return fits[0] if len(fits) == 1 else None


def _stems(title: str) -> set[str]:
    words = _WORD.findall(title.casefold())
    return {*words, *(w[:-1] for w in words if w.endswith("s") and len(w) > 3)}
