"""Someone takes on what a colleague just asked the room about, in words.

"who's doing the staff xmas party booking btw?" asks who does a job; "nah i'll do it, i'm here
anyway. need to book it by the 12th" takes it. The two together say one task for the one who
answered: "I'll book the staff xmas party by the 12th". The job is read from the question
("booking" the party is to "book" it), or from the verb the answer puts on "it"; the time comes
from the answer, else from the question.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from flowhub.nlp._task_verbs import verb_base
from flowhub.nlp.when import search_when

__all__ = ["asked_who", "taken_on"]

_REF_NOW = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
# "who's doing X?", "who can X?", "who wants to X?", "is anyone doing X?", "who's on X?",
# "can someone X?".
_WHO = re.compile(
    r"(?:^|[\s,.!;:(])(?:who(?:(?:'s|’s|\s+is)\s+going\s+to|\s+is\s+free\s+to|'s|’s|\s+is"
    r"|\s+will|\s+can|\s+could|\s+should|'ll|\s+wants\s+to|\s+would\s+like\s+to"
    r"|\s+has\s+time\s+to)?"
    r"|(?:is|are)\s+(?:any(?:one|body)|some(?:one|body))(?:\s+(?:already|actually))?"
    r"|does\s+any(?:one|body)\s+want\s+to|any(?:one|body)\s+(?:want\s+to|free\s+to|up\s+for)"
    r"|(?:can|could|would|will)\s+(?:some|any)(?:one|body)(?:\s+(?:please|pls|maybe))?)"
    r"\s+(?P<verb>taking\s+care\s+of|take\s+care\s+of|in\s+charge\s+of|responsible\s+for"
    r"|[a-z]+)\s+(?P<what>[^?\n]+?)\s*\?",
    re.I,
)
# The verbs that say only "who does it"; the job itself is in what follows.
_DOING = {
    "doing": "do",
    "do": "do",
    "on": "do",
    "handling": "handle",
    "handle": "handle",
    "sorting": "sort",
    "sort": "sort",
    "taking care of": "take care of",
    "take care of": "take care of",
    "in charge of": "do",
    "responsible for": "do",
    "organising": "organise",
    "organizing": "organize",
}
# Verbs that make even a meal a job: "who can book the restaurant for the team dinner?".
_ARRANGING = frozenset(["book", "booking", "reserve", "order", "organise", "organize", "plan"])
_NOT_JOBS = frozenset(["is", "are", "was", "going", "coming", "here", "there", "in", "out", "up"])
_SOCIAL = re.compile(
    r"\b(?:lunch|dinner|breakfast|brunch|drinks?|coffee|beers?|pizza|food|snacks?|a\s+walk|a\s+break"
    r"|the\s+game|a\s+movie|a\s+smoke|a\s+pint)\b",
    re.I,
)
_FILLER_END = re.compile(
    r"(?:\s+(?:btw|by\s+the\s+way|then|now|this\s+year|lol|haha|again|anyway|already|yet))+$",
    re.I,
)
# "nah i'll do it", "i can take it", "me", "leave it with me", "i'm on it", "i've got it".
_TAKES = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|sure|yes|yep|yeah|ya|nah|no|oh|ah|fine|alright|haha|lol|hey|well)"
    r"[\s,!.]+)*(?:i(?:'ll|’ll|\s+will|\s+can|\s+could|'d\s+be\s+happy\s+to|'m\s+happy\s+to"
    r"|\s+don'?t\s+mind\s+(?:doing|taking))?\s+(?:happily\s+|gladly\s+|just\s+)?"
    r"(?:do|take|handle|sort|grab|cover|own|get|organi[sz]e|book|arrange|look\s+after|[a-z]+)\s+"
    r"(?:it|that|this|that\s+one|this\s+one)\b"
    r"|(?:me|mine|(?:i'?m\s+)?on\s+it|leave\s+it\s+(?:with|to)\s+me|i(?:'ve|\s+have)?\s+got"
    r"\s+(?:it|this)|count\s+me\s+in|put\s+me\s+down(?:\s+for\s+it)?)"
    r"(?:\s+(?:then|instead|too|please|pls))*\s*(?:[,.;!:—–-]|\s+(?:and|but)\s|$))",
    re.I,
)
_UNSURE = re.compile(r"\b(?:if|unless|maybe|not\s+sure|can'?t|won'?t|probably\s+not)\b", re.I)
# "need to book it", "i'll book it": the job said on "it".
_ON_IT = re.compile(r"\b(?P<verb>[a-z]+)\s+(?:it|that|this)\b", re.I)
_CLOCK_ONLY = re.compile(
    r"^(?:(?:at|by|before|after|around|from|until|till)\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?$",
    re.I,
)
_GENERIC = frozenset(
    ["do", "take", "handle", "sort", "grab", "cover", "own", "get", "need", "organise", "organize"]
)


def asked_who(text: str) -> str | None:
    """The job a message asks the room who does, as an instruction: "who's doing the staff xmas
    party booking btw?" -> "book the staff xmas party"; None when it asks no such thing."""
    m = _WHO.search(text)
    if m is None:
        return None
    verb, what = m["verb"].lower(), _FILLER_END.sub("", m["what"].strip(" ,.!"))
    what = re.sub(r"^(?:with|for)\s+", "", what, flags=re.I) if verb == "on" else what
    if (
        not what
        or verb in _NOT_JOBS
        or what.split()[0].lower() in ("you", "u", "we", "i", "me", "us")
    ):
        return None
    if _SOCIAL.search(what) and verb not in _ARRANGING:
        return None  # "who wants to grab lunch?": an invitation, not a job
    if verb in _DOING:
        return _job_of(what, _DOING[verb])
    base = verb_base(verb)
    return f"{base} {what}" if base else None


def taken_on(answer: str, job: str) -> str | None:
    """The task `answer` takes on when it answers a question about `job`, said as the one who
    answered would: "I'll book the staff xmas party by the 12th"; None when it takes nothing."""
    if not _TAKES.match(answer) or _UNSURE.search(answer):
        return None
    said = _said_on_it(answer)
    first, _, rest = job.partition(" ")
    if said is not None and first in _GENERIC:  # "doing the rota", "need to print it"
        job = f"{said} {rest}"
    times = _times(answer)
    if times:
        # "me, by friday" puts off "tomorrow"; "me, before 10am" is before 10am tomorrow.
        clock_only = all(_CLOCK_ONLY.match(t) for t in times)
        times += _times(job) if clock_only else []
        job = _without_times(job)
    return " ".join(["I'll", job, *times])


def _job_of(what: str, generic: str) -> str:
    """ "the staff xmas party booking" -> "book the staff xmas party"; "the rota" -> "do the
    rota"."""
    words = _without_times(what).split()
    for i, word in enumerate(words):
        base = verb_base(word) if word.lower().endswith("ing") else None
        if base and i > 0 and base != "do":
            rest = " ".join(words[:i] + words[i + 1 :])
            return f"{base} {rest}{what[len(_without_times(what)) :]}"
    return f"{generic} {what}"


def _said_on_it(answer: str) -> str | None:
    """The verb the answer puts on "it", when it names the job: "need to book it" -> "book"."""
    for m in _ON_IT.finditer(answer):
        base = verb_base(m["verb"])
        if base and base not in _GENERIC:
            return base
    return None


def _times(text: str) -> list[str]:
    """The time words of `text` as written."""
    return [text[w.span[0] : w.span[1]] for w in search_when(text, now=_REF_NOW, tz="UTC")]


def _without_times(text: str) -> str:
    """`text` with its time words cut out."""
    for w in reversed(search_when(text, now=_REF_NOW, tz="UTC")):
        text = text[: w.span[0]] + text[w.span[1] :]
    return re.sub(r"\s{2,}", " ", text).strip()
