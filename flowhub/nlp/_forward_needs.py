"""A forwarded notice that says something needs doing, said as the to-do it is.

A landlord writes "the chimney sweep is coming thursday 8am, someone needs to be there to let
him in": nobody is asked by name, yet the reader is the one who has to act. So a sentence where
someone "needs to", "has to" or "must" do something, or where the reader is told to "make sure
someone is there", becomes that act, with its pronoun read as the visitor of the sentence before
it and the visit's time kept:

- "..., someone needs to be there to let him in" -> "let the chimney sweep in thursday 8am";
- "the delivery arrives friday morning. someone has to sign for it" -> "sign for the delivery
  friday morning";
- "the plumber comes monday at 9, please make sure someone is home" -> "be there for the
  plumber monday at 9".

Sentences that only tell ("the sweep is coming thursday", "thanks, Klaus") stay as they are.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from flowhub.nlp.when import search_when

__all__ = ["needs_said"]

_REF_NOW = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
_WORD = r"[^\W\d_][\w'-]*"
_ARRIVE = (
    r"(?:com(?:e|es|ing)(?:\s+(?:round|over|by|in|out))?|arriv(?:e|es|ing)|visit(?:s|ing)?"
    r"|(?:drop|stop|swing|pop)(?:s|ping)?\s+by|(?:turn|show)(?:s|ing)?\s+up|due|booked"
    r"|scheduled|here|there|round|over|deliver(?:ed|ing)?)"
)
# "the chimney sweep is coming", "a technician will come", "the delivery's due": who comes.
_VISIT = re.compile(
    rf"\b(?P<who>(?:the|a|an|our|your|my|their)\s+{_WORD}(?:\s+(?!is\b|are\b|will\b|should\b)"
    rf"{_WORD}){{0,3}}?)(?:(?:'s|\s+(?:is|are|will|'ll|should|might|may)(?:\s+be)?)?\s+{_ARRIVE}"
    r"|(?:'s|\s+(?:is|are|will\s+be))\s+(?:on|at|set\s+for|planned\s+for|happening))\b",
    re.I,
)
_SOMEONE = (
    r"(?:(?:some(?:one|body)|any(?:one|body)|one\s+of\s+(?:you|us))(?:\s+from\s+(?:the\s+|your\s+)?"
    r"[^\W\d_][\w'-]*)?|you(?:\s+guys|\s+all)?|you\s+or\s+some(?:one|body)(?:\s+else)?|we)"
)
_MUST = (
    r"(?:(?:will|'ll|would)\s+)?(?:needs?\s+to|ha(?:s|ve)\s+to|must|should|(?:will|'ll)\s+have\s+to"
    r"|(?:is|are)\s+(?:needed|required)\s+to|ha(?:s|ve)\s+got\s+to|gotta)"
)
_PLEASE = r"(?:(?:please|pls|kindly)\s+)"
# Where the need starts: "someone needs to", "please make sure someone is", "could you".
_NEED = re.compile(
    rf"(?:\b{_SOMEONE}\s+{_MUST}|\b{_PLEASE}?(?:make\s+sure|ensure|see\s+to\s+it)\s+(?:that\s+)?"
    rf"{_SOMEONE}(?:'s|\s+is|\s+are|\s+will\s+be|\s+can\s+be|\s+gets?)"
    rf"|\b(?:can|could|would)\s+(?:you|someone|somebody)\s+{_PLEASE}?|\b{_PLEASE})\s*(?=\w)",
    re.I,
)
# "be there", "be home", "be at the restaurant": being there is how the act is done.
_BE_THERE = re.compile(
    r"^(?:be\s+)?(?:there|here|home|around|in|on\s*site|available|present"
    r"|at\s+(?:the\s+|my\s+|our\s+|your\s+)?[^\W\d_][\w'-]*)\b\s*",
    re.I,
)
_THEN_ACT = re.compile(r"^(?:[\w'-]+\s+){0,2}?(?:(?:in\s+order\s+)?to|and)\s+(?P<act>\S.*)$", re.I)
_PRONOUN = re.compile(r"\b(?:him|her|them|it)\b", re.I)
_GOODS_TEXT = """
    delivery deliveries parcel parcels package packages shipment order goods van truck lorry
    pallet pallets drinks wine crates
"""
_GOODS = frozenset(_GOODS_TEXT.split())
_EVENT_ENDS = (
    "tion", "ment", "ing", "vice", "ance", "ence", "check", "visit", "test", "audit", "survey",
    "appointment", "meeting", "viewing", "walkthrough", "handover",
)  # fmt: skip
_SENTENCE = re.compile(r"((?<=[.!?…])\s+|\n+)")
_CLAUSE_END = re.compile(r"\s*[,;:–—-]\s*$")
_TAIL = re.compile(r"[\s.!?…,;:]+$")


def needs_said(text: str, *, only_todos: bool = False) -> str:
    """`text` with each sentence that says something needs doing said as that to-do; with
    `only_todos`, only those to-dos, one a line."""
    if not _NEED.search(text):
        return "" if only_todos else text
    pieces = _SENTENCE.split(text)  # sentence, the space after it, sentence, ...
    out: list[tuple[str, str]] = []
    todos: list[str] = []
    for sentence, space in zip(pieces[::2], [*pieces[1::2], ""], strict=True):
        before = out[-1][0] if out else ""
        said = _as_todo(sentence, before) if sentence.strip() else None
        if said is None:
            out.append((sentence, space))
            continue
        todo, used_before = said
        if used_before:
            out.pop()  # the visit said in the sentence before is now in the to-do
        out.append((todo, "\n"))
        todos.append(todo)
    if only_todos:
        return "\n".join(todos)
    return "".join(sentence + space for sentence, space in out).rstrip("\n") if todos else text


def _as_todo(sentence: str, before: str) -> tuple[str, bool] | None:
    """The to-do a sentence's need says, and whether it took its visitor from `before`."""
    need = _NEED.search(sentence)
    if need is None:
        return None
    head = sentence[: need.start()]
    visit = _VISIT.search(head)
    used_before = False
    if visit is None and not head.strip(" ,;:-–—") and (visit := _VISIT.search(before)):
        used_before = True
        head = before
    rest = _TAIL.sub("", sentence[need.end() :])
    if visit is None and not _BE_THERE.match(rest):
        return None  # "we need to talk": read as it is
    act = _act(rest, re.sub(r"'s$", "", visit["who"]) if visit else None)
    if act is None:
        return None
    said = _TAIL.sub("", head[visit.end() :]) if visit else ""
    times = _times(said) + _times(rest)
    todo = " ".join([act, *(t for t in times if t.casefold() not in act.casefold())])
    return todo, used_before


def _act(rest: str, who: str | None) -> str | None:
    """What is to be done, its pronoun read as `who`: "be there to let him in" -> "let the
    chimney sweep in"; plain "be there" -> "be there for the chimney sweep"."""
    rest = _without_times(rest)
    place = _BE_THERE.match(rest)
    if place:
        then = _THEN_ACT.match(rest[place.end() :])
        if then is None:
            return _be_there_for(_the(who)) if who else None
        rest = then["act"]
    if who is None:
        return rest or None
    if _PRONOUN.search(rest):
        return _PRONOUN.sub(_the(who), rest, count=1)
    return rest if who.split()[-1].casefold() in rest.casefold() else f"{rest} for {_the(who)}"


def _be_there_for(who: str) -> str:
    """Being there for a visit, said with a verb a task opens with: "meet the plumber",
    "receive the delivery", "attend the fire inspection"."""
    last = who.split()[-1].casefold()
    if last in _GOODS:
        return f"receive {who}"
    return f"attend {who}" if last.endswith(_EVENT_ENDS) else f"meet {who}"


def _the(who: str) -> str:
    """ "a technician" -> "the technician": the one just said."""
    first, _, rest = who.partition(" ")
    return f"the {rest}" if first.casefold() in ("a", "an") else f"{first.lower()} {rest}"


def _times(text: str) -> list[str]:
    """The time words of `text` as written ("thursday 8am", "friday at 10")."""
    return [text[w.span[0] : w.span[1]] for w in search_when(text, now=_REF_NOW, tz="UTC")]


def _without_times(text: str) -> str:
    """`text` with its time words cut out; they are added back once, after the act."""
    spans = [w.span for w in search_when(text, now=_REF_NOW, tz="UTC")]
    for start, end in reversed(spans):
        text = text[:start] + text[end:]
    return _CLAUSE_END.sub("", re.sub(r"\s{2,}", " ", text)).strip()
