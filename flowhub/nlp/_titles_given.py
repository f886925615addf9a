"""The titles a message gives, which are a task's wording and not the language its sender speaks.

"assign to sam, title: réserver le photographe" is English with a French title in it; "rename
it to 'confermare il menù'" is English too. The language a person is answered in is read from
what is left once such titles are taken out.
"""

from __future__ import annotations

import re

# A quoted span: the quote opens after a space, a colon or the start, so "it's" is no quote.
_QUOTED = re.compile(
    r"""(?:(?<=^)|(?<=[\s:(]))(?:'[^'\n]{2,}'|"[^"\n]{2,}"|“[^”\n]{2,}”|‘[^’\n]{2,}’"""
    r"""|«[^»\n]{2,}»|„[^“”\n]{2,}[“”])"""
)
# A word that names the title, then a colon or a dash: "title:", "titre :", "título -".
_LABELS = (
    r"title|titel|titre|t[ií]tulo|titolo|ba[sş]l[iı]k|judul|nama\s+tugas|naam|name|nom"
    r"|название|заголовок|عنوان|اسم|शीर्षक|नाम"
)
# Words that give a new name: "call it", "rename it to", "renomme-la en", "rinominala in".
_VERBS = (
    r"call\s+it|name\s+it|rename(?:\s+(?:it|this|that|the\s+card))?\s+(?:to|as)|change\s+(?:the\s+)?"
    r"title\s+to|renomme(?:r|z)?(?:[-\s](?:la|le))?\s+en|appelle(?:[-\s](?:la|le))?"
    r"|rinomina(?:la|lo)?\s+(?:in|come)|chiamala|chiamalo|hernoem(?:\s+(?:het|hem|die))?\s+(?:naar|tot)"
    r"|noem\s+(?:het|hem)|benenne(?:\s+(?:es|sie|ihn))?\s+um\s+in|nenn(?:e)?\s+(?:es|sie|ihn)"
    r"|renombr(?:a|ala|alo|ar)\s+(?:a|como)|ponele\s+de\s+t[ií]tulo|ll[aá]mala|ll[aá]malo"
    r"|renome(?:ar|ia)\s+(?:para|como)|chama\s+de|назови(?:\s+(?:её|ее|его))?"
    r"|переименуй(?:\s+(?:её|ее|его))?\s+в"
)
_GIVEN = re.compile(
    rf"(?:\b(?:{_LABELS})\s*[:\-–]|\b(?:{_VERBS})\b\s*:?)\s*(?P<title>[^\n.;!?]*)",
    re.IGNORECASE,
)


def without_titles(text: str) -> str:
    """`text` without the titles it gives to a task, quoted or after "title:" / "call it"."""
    text = _QUOTED.sub(" ", text)
    return _GIVEN.sub(lambda m: m.group(0)[: m.start("title") - m.start(0)], text)


__all__ = ["without_titles"]
