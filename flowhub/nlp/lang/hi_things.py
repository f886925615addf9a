"""Hinglish words for things a task is about, said the English way, and words that name
nothing."""

from __future__ import annotations

# Folded words -> the English word other languages share.
SAME = {
    "group": "group",
    "grup": "group",
}
# Folded words of four letters or more that say nothing about which thing is meant.
FILLER = frozenset(
    [
        "wala",
        "wali",
        "wale",
        "kaam",
        "karna",
        "karni",
        "karne",
        "bhejna",
        "hai",
        "bhej",
        "diya",
        "kar",
        "diya",
        "gaya",
        "gayi",
        "abhi",
        "bhi",
        "yaar",
        "theek",
        "thik",
    ]
)
