"""How someone's day is going: "busy morning lol", "crazy day today haha", "so swamped rn".

Such a line tells the mood of a part of the day; it asks nobody to do anything, so it is chat,
never a task ("Busy" due this morning), even beside a real task in the same message.
"""

from __future__ import annotations

import re

__all__ = ["is_day_mood"]

_OPENER = (
    r"(?:ok(?:ay)?|so|well|phew|man|ugh+|omg|wow|hey|hi|oh|ah+|god|geez|yikes|lol|haha\w*|yeah"
    r"|and)"
)
_BEEN = (
    r"(?:it'?s|its|it\s+is|it\s+was|it'?s\s+been|been|having|had|what|such|another|quite|one\s+of"
    r"\s+those|is|was|a|an)"
)
_VERY = (
    r"(?:very|so|super|really|pretty|kinda|kind\s+of|bit\s+of\s+a|a\s+bit|rather|insanely|totally"
    r"|such|ridiculously|crazy|proper|properly|way\s+too|too)"
)
_MOOD = (
    r"(?:busy|crazy|hectic|long|lo+ng|slow|quiet|rough|tough|good|great|lovely|productive|chill"
    r"|lazy|manic|insane|mad|wild|exhausting|tiring|stressful|fun|nice|weird|bad|packed|intense"
    r"|calm|easy|hard|full[\s-]on|nuts|mental|brutal|messy|chaotic|exciting|boring|wonderful"
    r"|amazing|awful|terrible|hellish|stressy|full)"
)
_PART = (
    r"(?:morning|afternoon|evening|night|day|week|weekend|month|shift|one|start(?:\s+to\s+the"
    r"\s+(?:day|week))?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
)
_AFTER = (
    r"(?:today|tomorrow|tmrw|tonight|ahead|so\s+far|here|over\s+here|again|already|lol+|haha\w*"
    r"|tbh|ngl|honestly|omg|man|guys|y'?all|yesterday|this\s+(?:morning|week|month)|for\s+me"
    r"|xd|smh|ugh+|though|tho|rn|right\s+now|as\s+usual|at\s+work|in\s+the\s+office)"
)
_SWAMPED = (
    rf"(?:(?:i'?m|im|i\s+am|we'?re|we\s+are|feeling)\s+)?(?:{_VERY}\s+)*(?:swamped|slammed"
    r"|exhausted|knackered|wiped(?:\s+out)?|buried|drowning(?:\s+in\s+work)?|snowed\s+under"
    r"|run\s+off\s+my\s+feet|busy)"
)
_SAID = re.compile(
    rf"^(?:{_OPENER}\W+)*(?:(?:{_BEEN}\s+)*(?:{_VERY}\s+)*{_MOOD}(?:\W+{_MOOD})*\s+{_PART}"
    rf"|{_SWAMPED}|(?:busy\W+){{1,3}}busy)(?:\W+{_AFTER})*\W*$",
    re.I,
)


def is_day_mood(text: str) -> bool:
    """Whether `text` only says how the day is going ("busy morning lol", "hectic week!!")."""
    return bool(_SAID.match(" ".join(text.split())))
