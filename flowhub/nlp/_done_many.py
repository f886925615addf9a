"""Several things done in one message, and news to be put in as it is said.

`both_said(text)` reads "both done", "did both", "dono ho gaye", "beide erledigt" (every item of a
two-line list); `all_said(text)` reads "all 3 done actually 🙌 the refund landed" and "allebei
gedaan hoor, haven al gebeld" as how many were said done and the news after it;
`numbered_first(text)` splits "done 1 — schulz is coming the 18th ..." into the command
("done 1") and what follows it; `noted(text)` is a statement with the words that ask for it to be
put in taken off ("..., put that in"); `visit_draft(text, ...)` reads "schulz is coming the 18th
at 7am to do the fridge" as a visit with its time.
"""

from __future__ import annotations

import re
from datetime import datetime

from flowhub.nlp.types import TaskDraft
from flowhub.nlp.when import parse_when

_DONE = (
    r"(?:done|finished|complete[d]?|sorted|handled|ticked(?:\s+off)?|taken\s+care\s+of"
    r"|dealt\s+with|ho\s+gaye?|ho\s+gayi|hogaye?|kar\s+(?:diye|diya|liye)|khatam|erledigt|fertig"
    r"|hecho|hechos|hechas|listos?|listas?|terminad[oa]s|fait[es]?|termin[ée]e?s|feitos?|feitas?"
    r"|prontos?|tamam|bitti|yapıldı|selesai|beres|fatt[ei]|finit[ei]|klaar|gedaan"
    r"|готовы|сделаны|сделал[аи]?|تم|خلصوا|हो\s+गए|हो\s+गये)"
)
_BOTH = (
    r"(?:both|both\s+of\s+(?:them|those|these|em|'em)|the\s+two\s+of\s+them|dono|donon|dono\s+hi"
    r"|beide|los\s+dos|las\s+dos|ambos|ambas|les\s+deux|tous\s+les\s+deux|toutes\s+les\s+deux"
    r"|ikisi(?:\s+de)?|her\s+ikisi(?:\s+de)?|keduanya|dua-duanya|entrambi|entrambe|tutti\s+e\s+due"
    r"|allebei|оба|обе|كلاهما|الاثنين|दोनों)"
)
_TAIL = (
    r"(?:\s+(?:now|too|already|then|pls|please|thanks|thx|ji|hai|hain|ja|já|ya))*[\s!.✅👍🙌🎉]*$"
)
_BOTH_SAID = re.compile(
    rf"^\W*(?:(?:ok|okay|yes|yep|yeah|great|cool|haan|ha|ja|sí|si|oui|sim|evet)[\s,!.]+)?"
    rf"(?:{_BOTH}\s+(?:are\s+|were\s+|is\s+|have\s+been\s+|now\s+|all\s+)?{_DONE}"
    rf"|{_DONE}\s+{_BOTH}|(?:i\s+)?(?:did|finished|completed|sorted|handled)\s+{_BOTH}"
    rf"|(?:mark|tick(?:\s+off)?|close)\s+{_BOTH}(?:\s+(?:as\s+)?(?:done|off))?"
    rf"|{_BOTH}\s*✅)" + _TAIL,
    re.I,
)
# "all 3", "all three of them", "alle drie": every line of a list, with how many when said.
_COUNTS = {
    **{str(n): n for n in range(2, 10)},
    **dict.fromkeys(("two", "dos", "deux", "zwei", "twee", "due", "dois", "два", "две"), 2),
    **dict.fromkeys(("three", "tres", "trois", "drei", "drie", "tre", "três", "три"), 3),
    **dict.fromkeys(("four", "cuatro", "quatre", "vier", "quattro", "quatro", "четыре"), 4),
    **dict.fromkeys(("five", "cinco", "cinq", "fünf", "vijf", "cinque", "пять"), 5),
}
_COUNT = "|".join(sorted(map(re.escape, _COUNTS), key=len, reverse=True))
_EVERY = r"(?:all|alle|todos|todas|tous|toutes|tutti|tutte|все|sab|सब)"
_OF = r"\s+(?:of\s+)?(?:them|those|these|em|'em|the\s+tasks|van\s+hen|de\s+ellos|de\s+ellas)"
_ALL = rf"(?:{_EVERY}(?:\s+(?:{_COUNT})(?:{_OF})?|{_OF})|{_BOTH})"
_ALL_SAID = re.compile(
    r"^\W*(?:(?:ok|okay|yes|yep|yeah|great|cool|so|and|haan|ha|ja|sí|si|oui|sim|evet|nou)[\s,!.]+)*"
    rf"(?:{_ALL}\s+(?:are\s+|were\s+|is\s+|have\s+been\s+|now\s+|zijn\s+|sind\s+)?{_DONE}"
    rf"|{_DONE}\s+(?:with\s+)?{_ALL}|(?:i\s+)?(?:did|finished|completed|sorted|handled)\s+{_ALL})"
    r"(?:\s+(?:now|too|already|actually|then|hoor|hor|al|ook|yaar|ji|hai|hain|ja|ya|pls))*"
    r"(?P<rest>\s*[^\w\s'’]+\s*.*)?$",
    re.I | re.S,
)
_HOW_MANY = re.compile(rf"\b{_EVERY}\s+(?P<n>{_COUNT})\b|(?P<both>{_BOTH})", re.I)
_NUMBERS = r"#?\d{1,2}(?:\s*(?:,|&|and|\+)?\s*#?\d{1,2})*"
# "done 1", "1 done", "tick off 2", "done with #1", "number 1 is done": the command said first.
_HEAD = re.compile(
    rf"^\W*(?:(?:done|finished|tick(?:ed)?(?:\s+off)?|mark(?:ed)?|close[d]?|complete[d]?)"
    rf"(?:\s+with)?\s+(?:no\.?\s*|number\s+)?(?P<a>{_NUMBERS})(?:\s+(?:as\s+)?(?:done|off))?"
    rf"|(?:no\.?\s*|number\s+)?(?P<b>{_NUMBERS})(?:\s+(?:is|are|'s|’s))?\s+(?:done|finished|sorted))"
    r"(?P<cut>\s*(?:[—–:;,.!]+|\s-+|\s+(?:and|also|plus|then)\b)[\s,]*(?:(?:and|also|plus|then|oh)\b[\s,]*)*)"
    r"(?P<rest>(?![\d\s,#&+]*(?:and[\d\s,#&+]*)*$)\S.*)$",
    re.I | re.S,
)
# "..., put that in", "add it pls", "note that down", "make a card for it": put in what was said.
_ADD_THAT = (
    r"(?:(?:pls|please|can\s+you|could\s+you)\s+)?(?:(?:put|stick|pop|add|note|log|jot|write)"
    r"\s+(?:that|this|it)(?:\s+(?:in|down|on\s+(?:my|the)\s+list|in(?:to)?\s+(?:my|the)"
    r"\s+(?:list|calendar|diary|tasks)|as\s+a\s+(?:task|card)))?"
    r"|make\s+(?:that|this|it)\s+(?:a|into\s+a)\s+(?:task|card)"
    r"|make\s+a\s+(?:card|task)(?:\s+(?:for|of)\s+(?:it|that|this))?"
    r"|add\s+(?:it\s+)?to\s+(?:my|the)\s+list)"
)
_NOTED_AFTER = re.compile(
    rf"^(?P<said>.+?)[\s,;.!—–-]+(?:(?:and|so|just|ok)\s+)?(?:{_ADD_THAT})"
    r"(?:\s+(?:pls|please|thanks|thx|for\s+me))*[\s!.?]*$",
    re.I | re.S,
)
# "sure, go ahead and add that" says yes to what is waiting; it tells no news of its own.
_ASSENT = re.compile(
    r"^(?:(?:sure|ok|okay|k|yes|yeah|yep|yup|go\s+ahead|great|perfect|fine|cool|alright|all\s+right"
    r"|sounds\s+good|please|pls|and|then|just|thanks|thx|that'?s\s+(?:it|right|fine|good))\b[\s,!.]*)+$",
    re.I,
)
_NOTED_BEFORE = re.compile(rf"^\W*(?:{_ADD_THAT})\s*[:,—–-]\s*(?P<said>.+)$", re.I | re.S)
# "schulz is coming", "the electrician will come", "they're dropping by": who comes.
_VISIT = re.compile(
    r"^(?P<who>.+?)\s*(?:'s|’s|'re|’re|\s+is|\s+are|\s+will(?:\s+be)?|'ll(?:\s+be)?"
    r"|\s+should\s+be)?\s+(?:coming(?:\s+(?:over|round|by|in))?|come(?:s)?(?:\s+(?:over|round|by|in))?"
    r"|arriving|visiting|dropping\s+by|popping\s+(?:by|in|round)|stopping\s+by)\b(?P<rest>.*)$",
    re.I | re.S,
)
_PURPOSE = re.compile(r"\b(?P<to>to|for)\s+(?P<what>.+)$", re.I | re.S)
_ARTICLE = re.compile(r"^(?:the|a|an|our|my)\s+", re.I)
_NOT_WHO = frozenset(["i", "we", "it", "that", "this", "there", "something", "what"])


def both_said(text: str) -> bool:
    """Whether `text` says both things just listed are done ("both done", "dono ho gaye")."""
    return _BOTH_SAID.match(text.strip()) is not None


def all_said(text: str) -> tuple[int, str] | None:
    """(how many were said done, the rest) for "all 3 done 🙌 ..." or "both done, ..."; 0 when
    "all of them" gives no number; None when `text` says no such thing."""
    m = _ALL_SAID.match(text.strip())
    if m is None:
        return None
    said = m.group(0)[: m.start("rest")] if m["rest"] else m.group(0)
    n = _HOW_MANY.search(said)
    count = 0 if n is None else 2 if n["both"] else _COUNTS[n["n"].casefold()]
    return count, (m["rest"] or "").strip(" ,;.!—–-:🙌🎉✅👍")


def numbered_first(text: str) -> tuple[str, str] | None:
    """("done 1 2", the rest) for a numbered done command followed by something else, or None."""
    m = _HEAD.match(text.strip())
    if m is None:
        return None
    numbers = re.findall(r"\d+", m["a"] or m["b"])
    return "done " + " ".join(numbers), m["rest"].strip()


def noted(text: str) -> str | None:
    """The statement a message asks to have put in ("..., put that in"), or None."""
    text = text.strip()
    m = _NOTED_AFTER.match(text) or _NOTED_BEFORE.match(text)
    if m is None:
        return None
    said = m["said"].strip(" ,;.!—–-")
    return said if len(said.split()) >= 2 and not _ASSENT.match(said) else None


def visit_draft(text: str, *, now: datetime, tz: str) -> TaskDraft | None:
    """A visit said as news ("schulz is coming the 18th at 7am to do the fridge"), or None."""
    m = _VISIT.match(text.strip())
    if m is None:
        return None
    who = _ARTICLE.sub("", m["who"].strip(" ,"))
    if not who or who.casefold() in _NOT_WHO or len(who.split()) > 4:
        return None
    when = parse_when(text, now=now, tz=tz)
    rest = m["rest"]
    if when is not None:
        start, end = when.span[0] - m.start("rest"), when.span[1] - m.start("rest")
        if start >= 0:
            rest = f"{rest[:start]} {rest[end:]}"
    purpose = _PURPOSE.search(" ".join(rest.split()))
    what = f" {purpose['to']} {purpose['what'].strip(' ,.!')}" if purpose else ""
    title = f"{who[:1].upper()}{who[1:]} visit{what}"
    return TaskDraft(title=title, due=when)
