"""A task title without the words around it that only talk to the reader.

"Nouvelle tâche: point budget cantines" -> "Point budget cantines", "Envoyer le dossier …,
c'est la deadline" -> "Envoyer le dossier …", "Mutfak gönüllüleriyle toplantı var, ekle" ->
"Mutfak gönüllüleriyle toplantı", "Ada rapat sama donatur baru" -> "Rapat sama donatur baru".
The data is `lang._title_chat`.
"""

from __future__ import annotations

import re
from functools import cache

from flowhub.nlp.lang import _title_chat as data

__all__ = ["without_chat_words"]


@cache
def _lead() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:{'|'.join(data.LEADS.values())})\s*", re.I)


@cache
def _tail() -> re.Pattern[str]:
    return re.compile(rf"\s*,\s*(?:{'|'.join(data.TAILS.values())})[\s.!]*$", re.I)


_THERE_IS = re.compile(data.THERE_IS, re.I)


def without_chat_words(title: str) -> str:
    """`title` without its chat lead and tails."""
    said = title
    for _ in range(2):  # "…toplantı var, ekle": the tail, then the "var" before it
        said = _tail().sub("", said)
        said = _THERE_IS.sub(r"\g<event>", said)
    said = _lead().sub("", said)
    said = said.strip(" ,;:-")
    if not said or len(said) < 3:
        return title
    return said[0].upper() + said[1:] if said[0].islower() and title[:1].isupper() else said
