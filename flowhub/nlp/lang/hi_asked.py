"""Hinglish ways to ask a named person to do something, and the task they ask for.

"priya kal tak invoice bhej sakti ho?", "sam kya tum report dekh loge?", "priya, client ko call
kar dogi?": the name said first is who does it, even in lower case, and the task is the verb
said plainly ("Invoice bhejna", "Report dekhna").
"""

from __future__ import annotations

import re

__all__ = ["ASKED", "ASKED_ENDING", "MARKERS", "plain_task"]

# The ending that makes the sentence a request: "bhej sakti ho", "dekh loge", "kar dogi na?".
ASKED_ENDING = (
    r"(?:sakt[eia]\s+ho|sakoge|sakogi|sakenge|loge|logi|lenge|doge|dogi|denge)"
    r"(?:\s+(?:kya|na|please|pls|plz))?"
)
# Words that open such a sentence but are no name: times, pronouns, fillers.
_NOT_A_NAME = (
    r"(?!(?:kal|aaj|parso|abhi|subah|shaam|sham|raat|kya|koi|tum|aap|ap|tu|main|mai|hum|ye|yeh"
    r"|wo|woh|ek|is|us|please|plz|pls|zara|bhai|yaar|yar|sab|ab|fir|phir|aur|mujhe|hume|humein"
    r"|ok|okay|accha|acha|achha|haan|han|ji|hey|hi|hello)\b)"
)
ASKED: tuple[str, ...] = (
    _NOT_A_NAME + r"{name}\s*,?\s+(?:kya\s+)?(?:(?:tum|aap|ap|tu)\s+)?(?:zara\s+)?"
    rf"(?=(?:\S+\s+){{1,10}}?\S+\s+{ASKED_ENDING}[\s?!.]*$)",
)
# Request words for telling a request apart from news.
MARKERS: tuple[str, ...] = (
    r"\w+\s+sakt[eia]\s+ho\b",
    r"\w+\s+(?:sakoge|sakogi|loge|logi|doge|dogi)\b",
    r"\bkya\s+(?:tum|aap)\b",
)
_ASKED_VERB = re.compile(
    rf"(?<!\S)(?P<verb>[a-z]{{2,}})(?:\s+(?P<light>kar|de|le))?\s+{ASKED_ENDING}[\s?!.]*$", re.I
)
# Light verbs after a borrowed one ("call kar", "check kar"): the plain task is "call karna".
_LIGHT = {"kar": "karna", "de": "dena", "le": "lena"}


def plain_task(title: str) -> str | None:
    """ "Invoice bhej sakti ho" -> "Invoice bhejna"; None when `title` asks nothing this way."""
    m = _ASKED_VERB.search(title)
    if m is None:
        return None
    light = m["light"]
    plain = (
        f"{m['verb']} {_LIGHT[light.lower()]}" if light else _LIGHT.get(m["verb"], m["verb"] + "na")
    )
    return f"{title[: m.start('verb')]}{plain}"
