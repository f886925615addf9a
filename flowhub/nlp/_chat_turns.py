"""What one turn of a chat does to the tasks around it: notes, asides, hand-offs and needs.

In a conversation (forwarded, pasted or typed) a line is not always a task of its own:

- a note ("FYI parking is at the back", "heads up the hall is free", "no need to do anything")
  asks nothing, unless a request follows it ("heads up, can you ...");
- an aside ("esp the vegan and nut allergy counts", "in particular the gluten-free ones") only
  narrows the request before it;
- a hand-off ("I'll get Ana on it", "I'll ask Priya to do it", "Ana can take care of that",
  "passing this to Ana", "leave it with me") gives the request just made to the person it names,
  and "on it" / "will do" / "I'll handle it" to the speaker;
- a need said to the other side ("we need the final headcount by Wednesday", "we'll need a 50%
  deposit", "and the signed contract back before the 12th", "still waiting for the deposit",
  "the balance is due on the 18th") asks them to send or pay it, and "we'd need someone to
  confirm X" asks for X;
- a promise about an earlier task ("will sort the contract", "will send it over") is that task.

A greeting that opens a speaker's line ("hi priya, ...") is no part of what they ask. An event
said as a fact ("the tasting is at 4pm on the 10th at our kitchen", "..., and the tasting itself
is thu 10th 4pm") is an item of its own on that day: "The tasting at our kitchen".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from flowhub.nlp._lexicon import NOT_NAMES
from flowhub.nlp._task_text import Clause

__all__ = [
    "Need",
    "handed_to",
    "is_aside",
    "is_note",
    "need_of",
    "plain_turn",
    "same_thing",
    "takes_it_on",
    "with_events",
]

_FILLERS = (
    r"(?:(?:also|and|but|so|oh|ok|okay|just|plus|np|sure|cool|great|yes|yep|yeah|thanks|thx|ps|p\.s\."
    r"|no\s+problem|no\s+worries|will\s+do|sounds\s+good|all\s+good)[\s,!.:;-]+)*"
)
_GREETING = re.compile(
    r"^\s*(?:hi|hey|hello|hiya|dear|morning|good\s+(?:morning|afternoon|evening))"
    r"(?:\s+(?:there|all|both|guys|team|everyone|@?[A-Za-z][\w.-]*))?\s*[,!:.-]+\s*(?=\S)",
    re.I,
)
_NOTE = re.compile(
    r"^\s*" + _FILLERS + r"(?:(?:just\s+)?(?:a\s+)?(?:quick\s+)?(?:fyi|f\.y\.i\.?|heads[\s-]*up"
    r"|for\s+(?:your\s+)?info(?:rmation)?|just\s+so\s+you\s+know|jsyk|for\s+the\s+record"
    r"|(?:just\s+)?(?:letting|to\s+let)\s+you\s+know)\b"
    r"|no\s+need\s+(?:to|for)\b|no\s+action\s+(?:is\s+)?(?:needed|required)"
    r"|no\s+(?:rush|hurry)\s+(?:on|with|for|about)\b|don'?t\s+worry\s+about\b"
    r"|(?:you\s+)?(?:don'?t|do\s+not|won'?t)\s+(?:need|have)\s+to\b"
    r"|nothing\s+(?:(?:for\s+you\s+)?to\s+do|(?:is\s+)?needed|(?:is\s+)?required)"
    r"|(?:you\s+)?(?:don'?t|do\s+not)\s+(?:need|have)\s+to\s+do\s+anything)",
    re.I,
)
# "..., especially nuts": what narrows the request is no part of its title.
_TRAILING_ASIDE_CLAUSE = re.compile(
    r"\s*,\s*(?:esp\b\.?|especially|particularly|in\s+particular|mainly|incl\b\.?|including)\b"
    r"[^,;]*?(?=[?!.]*$)",
    re.I,
)
# "would be great if you could ...", "I'd appreciate it if you could ...": a polite "could you".
_ROUNDABOUT = re.compile(
    r"^\s*(?:(?:it|that)(?:'d|\s+would)?\s+)?(?:would\s+be|'d\s+be)?\s*"
    r"(?:great|good|nice|awesome|amazing|helpful|lovely|perfect|ideal)\s+if\s+(?:you|u)\s+could\s+"
    r"|^\s*i'?d\s+(?:really\s+)?appreciate\s+(?:it\s+)?if\s+(?:you|u)\s+could\s+",
    re.I,
)
_ONE_OF_YOU = re.compile(
    r"\b(can|could|would|will)\s+(?:one|any|either|each)\s+of\s+(?:you|u|y'all|you\s+guys)\b",
    re.I,
)
# "heads up, can you ...": a request after the opener is still one.
_REQUEST = re.compile(
    r"\b(?:can|could|would|will)\s+(?:you|u|someone|somebody|anyone)\b|\bplease\b|\bpls\b"
    r"|\b(?:need|want)\s+(?:you|u|someone|somebody)\s+to\b",
    re.I,
)
_ASIDE = re.compile(
    r"^\s*(?:(?:and|but|oh)\s+)?(?:esp\b\.?|especially|particularly|in\s+particular|specifically|mainly|mostly"
    r"|primarily|incl\b\.?|including|e\.\s?g\.?|eg\b|i\.\s?e\.?|namely|such\s+as)(?=\s|,|:|$)",
    re.I,
)


# "and the nut allergy counts too": one more thing for the request before it.
_ADDED = re.compile(
    r"^\s*(?:and|plus|oh\s+and)\s+(?:the|a|an|any|all|your|their|those|these)\s+"
    r"(?:[\w'-]+\s+){0,4}?[\w'-]+\s+(?:too|as\s+well)[\s.!?]*$",
    re.I,
)


def _who(n: int) -> str:
    return rf"(?P<who{n}>@?[A-Za-z][\w.-]*)"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_IT = r"(?:it|this|that|them|this\s+one|that\s+one)"
_DO = (
    r"(?:do|handle|sort(?:\s+out)?|take\s+care\s+of|look\s+(?:at|into)|deal\s+with|cover|own"
    r"|take|pick\s+up|action|chase|follow\s+up\s+on)"
)
_HANDOFF = re.compile(
    (
        rf"^\s*{_FILLERS}(?:(?:i'?ll|i\s+will|will|let\s+me|i'?m\s+going\s+to|i'?m\s+gonna|gonna"
        r"|i\s+can)\s+)?(?:"
        rf"(?:get|put|have|ask|tell|loop\s+in|rope\s+in)\s+{_who(1)}\s+"  # "get Ana on it"
        rf"(?:on(?:to)?\s+{_IT}|to\s+{_DO}\s+{_IT}|{_DO}\s+{_IT})"
        rf"|(?:pass(?:ing)?|hand(?:ing)?|giv(?:e|ing)|forward(?:ing)?|delegat(?:e|ing))\s+{_IT}"
        rf"\s+(?:on\s+|over\s+)?to\s+{_who(2)}"  # "passing this to Ana"
        rf"|{_who(3)}\s+(?:can|will|'ll|could|should|is\s+going\s+to)\s+{_DO}\s+{_IT}"
        rf"|{_who(4)}(?:'s|\s+is)\s+on\s+{_IT}"  # "Ana can do it", "Ana's on it"
        rf"|{_who(5)}\s+(?:usually|normally|always|generally|typically|tends\s+to)\s+"
        rf"(?:does|do|handles|handle|pays|pay|sorts|sort|deals\s+with|takes\s+care\s+of)\s+{_IT}"
        rf"|leave\s+{_IT}\s+(?:with|to)\s+(?P<me>me)"
        r")[\s!.,]*(?:thanks?|thx|cheers|[^\w\s])*[\s!.]*$"
    ),
    re.I,
)
# "I'll ask Priya", "let me loop in @ana": a name said as one (capitalised or a handle).
_ASK_NAMED = re.compile(
    rf"^\s*(?i:{_FILLERS}(?:i'?ll|i\s+will|let\s+me|i'?m\s+going\s+to|i'?m\s+gonna|gonna)\s+"
    r"(?:ask|get|loop\s+in|rope\s+in|pass\s+(?:it|this|that)\s+to)\s+)"
    r"(?P<who>@[\w.-]+|[A-Z][\w-]*)[\s!.,]*$"
)
# "on it", "will do", "leave it with me": the speaker takes on the request just made.
_TAKEN = re.compile(
    r"^\s*(?:(?:ok|okay|sure|yes|yep|np|no\s+problem|of\s+course|cool)[\s,!.]+)*"
    r"(?:on\s+it|will\s+do|consider\s+it\s+done|i'?(?:ve|\s+have)?\s+got\s+(?:it|this|that)"
    r"|(?:i'?ll|i\s+will|i\s+can|let\s+me)\s+(?:do|handle|take|sort|cover|take\s+care\s+of)"
    r"\s+(?:it|this|that)(?:\s+one)?)[\s!.,]*(?:thanks?|thx|[^\w\s])*[\s!.]*$",
    re.I,
)
_NOT_HANDED = frozenset(("someone", "somebody", "anyone", "everyone", "whoever", "one"))
_ME = frozenset(("me", "myself"))
_NEED = re.compile(
    r"^\s*"
    + _FILLERS
    + r"(?:(?:we|i)(?:'ll|'d|'re|\s+will|\s+would|\s+are|\s+am|'m|\s+still|\s+also|\s+really"
    r"|\s+do|\s+going\s+to)*\s+)?(?:still\s+)?(?:need|require|must\s+have"
    r"|(?:be\s+)?waiting\s+(?:on|for))\s+(?!to\b)(?P<what>\S.*)$",
    re.I,
)
# "the deposit is due on the 10th", "final numbers are needed by friday": a need said of the thing.
_DUE = re.compile(
    r"^\s*" + _FILLERS + r"(?P<what>\S.*?)\s+(?:is|are)\s+(?:still\s+)?(?:due|needed|required"
    r"|outstanding|owed)\b(?P<rest>.*)$",
    re.I,
)
# "someone to confirm the specs", "you to sign the form": the need is a request to act.
_FROM_YOU = re.compile(r"\s+from\s+(?:you|u|your\s+side|your\s+end)\b", re.I)
_SOMEONE_TO = re.compile(r"^(?P<who>someone|somebody|anyone|you|u)\s+to\s+(?=\w)", re.I)
_NOUN_START = re.compile(
    r"^(?:the|a|an|your|our|all|any|some|\d[\d%.,]*%?|final|signed|full|updated|latest)\b", re.I
)
# What one side sends or pays the other: the object of "we need ...".
_MONEY = _words(
    """
    deposit deposits payment payments fee fees balance money cash advance instalment installment
    retainer bill rent fare
    """
)
_SENDABLE = _words(
    """
    list lists headcount count counts numbers figures names details info information contract
    contracts form forms document documents docs copy copies file files photo photos pictures
    menu menus specs requirements quote quotes rider schedule timeline plan plans address dates
    answer decision approval confirmation signature agreement proof receipt invoice id passport
    brief logo artwork slides deck report draft feedback order rsvp rsvps measurements seating
    guest guests samples sample certificate insurance paperwork breakdown estimate
    """
)
_WORD = re.compile(r"[\w'%-]+")
_POINTER = re.compile(r"\b(?:it|this|that|them)\b", re.I)
_LEAD_ARTICLE = re.compile(r"^(?:a|an|your)\s+", re.I)
_STOP = _words(
    """
    the a an my our your his her their this that these those it them to for of on in at with and
    back up out off over too also all some any
    """
)


# "the tasting (itself) is at 4pm on the 10th": a thing, a verb of being, then when it is.
_EVENT_BODY = (
    r"(?P<what>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2}?)(?:\s+itself)?\s+(?:is|'s|will\s+be)"
    r"\s+(?:now\s+|still\s+|also\s+)?(?P<when>(?:at|on|this|next|tomorrow|today|tonight|mon|tue"
    r"|wed|thu|fri|sat|sun|\d)\w*\b.*)$"
)
_EVENT = re.compile(
    r"^\s*(?:(?:and|also|oh|btw|plus|ugh+|argh|oof|sigh|welp|meh|umm?|uh|hmm)[\s,]+)*"
    r"(?:(?P<det>the|our|your|my|their)\s+)?" + _EVENT_BODY,
    re.I,
)
_DATED = re.compile(
    r"\d|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:today|tomorrow|tmrw|tonight|noon|midnight"
    r"|next\s+week|this\s+week(?:end)?)\b",
    re.I,
)
_TRAILING_ASIDE = re.compile(r"[\s,]*\b(?:btw|fyi|by\s+the\s+way|as\s+well|too)[\s.!]*$", re.I)
_EVENT_CUT = re.compile(
    r"\s*,\s*(?:and\s+)?(?=(?:the|our|your|my|their)\s+" + _EVENT_BODY.replace("$", ")"), re.I
)


@dataclass(frozen=True, slots=True)
class Need:
    """A need read as a task: its text, and whether the other side (not "someone") is asked."""

    text: str
    for_other: bool


def without_greeting(text: str) -> str:
    """ "hi priya, got the list" -> "got the list": a greeting opening a speaker's line."""
    m = _GREETING.match(text)
    return text[m.end() :] if m else text


def plain_turn(text: str) -> str:
    """A speaker's line said plainly: no greeting, no trailing aside, a roundabout ask made direct.

    "hi! would be great if you could send me the list, esp the vegan counts" reads "could you
    send me the list"; "can one of you ..." reads "can someone ...".
    """
    text = _TRAILING_ASIDE_CLAUSE.sub("", without_greeting(text))
    text = _ROUNDABOUT.sub("could you ", text)
    return _ONE_OF_YOU.sub(lambda m: f"{m.group(1)} someone", text)


def is_note(text: str) -> bool:
    """Whether a turn only informs ("FYI ...", "heads up ...", "no need to do anything",
    "the invoice is paid, just so you know")."""
    m = _NOTE.match(text) or _NOTE_TAIL.search(text)
    return m is not None and _REQUEST.search(text, 0 if m.start() else m.end()) is None


# "..., just so you know", "... (fyi)", "…, zur Info", "…, pour info", "…, só pra você saber".
_NOTE_TAIL = re.compile(
    r"[\s,;(–—-]+(?:just\s+)?(?:so\s+you\s+know|fyi|f\.y\.i\.?|jsyk|for\s+(?:your\s+)?info(?:rmation)?"
    r"|zur\s+info(?:rmation)?|nur\s+zur\s+info|pour\s+info(?:rmation)?|pour\s+ton\s+info"
    r"|s[oó]\s+pra\s+(?:voc[eê]\s+)?saber|para\s+tu\s+informaci[oó]n|para\s+que\s+sepas"
    r"|biar\s+tau\s+aja|bilgin\s+olsun|ter\s+info|per\s+info)[\s).!]*$",
    re.I,
)


def is_aside(text: str) -> bool:
    """Whether a turn only narrows or adds to the request before it ("esp the vegan counts")."""
    return _ASIDE.match(text) is not None or _ADDED.match(text) is not None


def handed_to(text: str, speaker: str | None) -> str | None:
    """Whom "I'll get Ana on it" / "Ana can do that" hands the request just made to, if anyone."""
    m = _HANDOFF.match(text) or _ASK_NAMED.match(text)
    if m is None:
        return None
    who = next(w for w in m.groups() if w)
    low = who.lower()
    if low in _ME:
        return speaker
    if low in NOT_NAMES or low in _NOT_HANDED:
        return None
    return who


def takes_it_on(text: str) -> bool:
    """Whether a turn takes on the request just made ("on it", "will do", "I'll handle it")."""
    return _TAKEN.match(text) is not None


def need_of(text: str, *, continuing: bool) -> Need | None:
    """ "we need the headcount by Wed" -> "Send the headcount by Wed" for the other side.

    `continuing` reads `text` as the next thing needed in the same turn ("and the signed
    contract back before the 12th").
    """
    m = _NEED.match(text)
    due = _DUE.match(text) if m is None else None
    if m is not None:
        what = m.group("what").strip()
    elif due is not None:
        what = f"{due.group('what')} {due.group('rest')}".strip()
    elif continuing:
        what = re.sub(r"^(?:and|&|plus|also)\s+", "", text.strip(), flags=re.I)
    else:
        return None
    what = _FROM_YOU.sub("", what)  # "the headcount from you": the one asked sends it
    someone = _SOMEONE_TO.match(what)
    if someone:
        return Need(what[someone.end() :], someone.group("who").lower() in ("you", "u"))
    if due is None and not _NOUN_START.match(what):
        return None
    words = {w.lower() for w in _WORD.findall(what)}
    if words & _MONEY:
        return Need("pay " + _LEAD_ARTICLE.sub("the ", what), True)
    if words & _SENDABLE or "back" in words:
        return Need("send " + _LEAD_ARTICLE.sub(lambda a: _your(a.group(0)), what), True)
    return None


def _your(article: str) -> str:
    return "the " if article.strip().lower() == "your" else article


def _content(title: str) -> set[str]:
    return {w.lower().rstrip("s") for w in _WORD.findall(title) if w.lower() not in _STOP}


def same_thing(promise: str, earlier: str) -> bool:
    """Whether a promise ("Sort the contract", "Send it over") is about an earlier task.

    Most of what the promise names must be in the task; a promise naming only "it" is about it.
    """
    rest = promise.split(None, 1)[1] if " " in promise.strip() else ""
    words = _content(rest)
    if not words:
        return _POINTER.search(rest) is not None
    return len(words & _content(earlier)) * 2 >= len(words)


def _event(text: str) -> str | None:
    """ "the tasting itself is thu 10th 4pm" -> "the tasting thu 10th 4pm"; None if no event."""
    m = _EVENT.match(text)
    if m is None or m.group("what").split()[0].lower() in NOT_NAMES:
        return None
    if not _DATED.search(m.group("when")):
        return None  # "hiring is on hold", "parking is at the back"
    when = _TRAILING_ASIDE.sub("", m.group("when"))
    return f"{m.group('det') or 'the'} {m.group('what')} {when}"


def with_events(clauses: list[Clause]) -> list[Clause]:
    """The clauses with each event said as a fact cut out and read as an item of its own."""
    out: list[Clause] = []
    for clause in clauses:
        cut = _EVENT_CUT.search(clause.text)
        parts = [clause]
        if cut is not None and cut.start() > 0:
            parts = [
                replace(clause, text=clause.text[: cut.start()]),
                replace(clause, text=clause.text[cut.end() :], first=False),
            ]
        for part in parts:
            event = _event(part.text)
            out.append(replace(part, text=event) if event else part)
    return out
