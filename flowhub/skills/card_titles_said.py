"""New titles for waiting cards said without a verb: "first one should be 'VAT return', second
'Kiln repair', last one 'Pay studio invoice'", "the prices one just 'update website prices'",
"the card reader one title just 'bring the card reader'".

A card named by its place or its words, then a quoted title, is a rename of that card; each is
said as "rename … to “…”" for the card skills. Quoted words after a title cue are a new title,
never the name of a card.
"""

from __future__ import annotations

import re

__all__ = ["TITLE_CUE", "said"]

_PLACE = r"(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)"
_REF = (
    rf"(?:(?:the\s+)?{_PLACE}(?:\s+(?:one|card))?"
    r"|(?:the|that|this)\s+[\w'’€$-]+(?:\s+[\w'’€$-]+){0,4}?\s+(?:one|card))"
)
_CUE = (
    r"(?:\s*(?:[:=,–—-]|->|→))?\s*(?:(?:title|name)\s*(?::|=|is|should\s+be)?\s*)?"
    r"(?:(?:should|must|needs\s+to|has\s+to)\s+(?:just\s+|only\s+)?(?:be|say|read)(?:\s+called)?"
    r"|is\s+called|is|becomes|gets\s+called)?\s*(?:(?:just|only|simply)\s+)?"
)
_RENAMED = re.compile(
    rf"(?<![\w'’“‘])(?P<ref>{_REF}){_CUE}[“\"'‘](?P<title>[^“”\"'‘’\n]{{2,80}}?)[”\"'’](?![\w])"
    rf"(?=\s*(?:$|[,.;!?]|(?:pls|please|thanks|thx)\b|(?:and|also)\s+{_REF}{_CUE}[“\"'‘]))",
    re.I,
)
_AND_RENAME = re.compile(r"”\s+(?:and|also)\s+rename\s")
# "rename them: first 'X', second 'Y'": the verb said once before the renames.
_LEAD = re.compile(
    r"^\W*(?:(?:pls|please|ok(?:ay)?)\s+)?(?:rename|retitle)\s+(?:them|these|those|the\s+cards"
    r"|all(?:\s+of\s+them)?)\s*[:,–—-]\s*",
    re.I,
)
# Words right before a quote that make it a new title: "to 'X'", "title: 'X'", "just 'X'".
TITLE_CUE = re.compile(
    r"(?:\b(?:to|title|titled|just|only|simply|be|say|read|one|card)|\b(?:call|name|rename)\s+"
    r"(?:it|that|this)|[:=→]|->)\s*$",
    re.I,
)

_VERB_BEFORE = re.compile(r"\b(?:call|name|rename|retitle|title|label)\s+$", re.I)


def said(text: str) -> str:
    """`text` with each card named before a quoted title said as "rename the … one to “…”"."""
    renamed = _RENAMED.sub(_rename, text)
    if renamed == text:
        return text
    lead = _LEAD.match(text)
    renamed = _RENAMED.sub(_rename, text[lead.end() :]) if lead else renamed
    return _AND_RENAME.sub("”, rename ", renamed)  # each rename a step of its own


def _rename(m: re.Match[str]) -> str:
    if _VERB_BEFORE.search(m.string[: m.start()]):
        return m.group(0)  # "call the menu one 'X'" is said already
    ref = m["ref"].strip()
    ref = ref if re.match(r"(?:the|that|this)\b", ref, re.I) else f"the {ref}"
    ref = ref if re.search(r"\b(?:one|card)$", ref, re.I) else f"{ref} one"
    return f"rename {ref} to “{m['title'].strip()}”"
