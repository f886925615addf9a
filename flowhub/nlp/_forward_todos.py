"""An outsider's forwarded chat as the forwarder's to-dos.

A customer writes "Können Sie die Armatur in schwarz statt chrom bestellen?", "Und bitte denken
Sie an die Steckdose neben dem Spiegel", "Wir sind nächste Woche Donnerstag nicht da, bitte
vorher Schlüssel abholen", and the person who forwards it is the one asked. So each request:

- is the forwarder's, unless it names someone else;
- loses the asking ("Können Sie", "could you", "pouvez-vous"), a sentence opener ("Und", "And",
  "Y", "E") and the reason before "bitte" / "please" ("Wir sind nicht da, bitte ...");
- "denken Sie an X" becomes "An X denken" (think of X), "don't forget X" becomes X;
- keeps who asked: "Schlüssel abholen (Müller)";
- said "before" a day ("vorher", "beforehand", "antes") is due the day before it.

Titles stay in the customer's words; only the asking is taken off.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from flowhub.nlp._forward_fault import fault_asked
from flowhub.nlp._forward_info import only_informs
from flowhub.nlp._forward_needs import needs_said
from flowhub.nlp._forward_shared import shared_asks
from flowhub.nlp._forward_sides import across_sides
from flowhub.nlp._forwarded import person_or_none, read_speaker
from flowhub.nlp._lexicon import NOT_NAMES
from flowhub.nlp.types import TaskDraft, When
from flowhub.nlp.when import search_when

__all__ = ["as_forwarders", "outsider_name", "plain_asks"]

# Sentence openers that join a line to the one before: never a person, never a title's start.
_OPENERS = (
    r"(?:and|but|also|plus|so|und|aber|auch|noch|dann|y|e|et|pero|mais|ma|en|maar|ook"
    r"|también|aussi|anche|também|ve|ama|и|\u0430|но)"
)
_IS_OPENER = re.compile(_OPENERS, re.I)
_OPENER = re.compile(rf"^\s*(?:{_OPENERS}[\s,]+)+", re.I)
_PLEASE = (
    r"(?:bitte|please|pls|por\s+favor|s'il\s+(?:te|vous)\s+pla[iî]t|svp|per\s+favore"
    r"|alsjeblieft|alstublieft|lütfen|пожалуйста)"
)
# "Können Sie ...", "could you ...", "¿puede ...", "pouvez-vous ...": the asking, not the task.
_ASK = re.compile(
    rf"^\s*(?:{_PLEASE}[\s,]+)?(?:"
    r"(?:können|könnten|würden|kannst|könntest|würdest)\s+(?:sie|du|ihr)"
    r"|(?:can|could|would|will)\s+(?:you|u)"
    r"|¿?\s*(?:puede|puedes|podría|podrías|podrían|pueden)(?:\s+usted)?"
    r"|(?:pouvez|pourriez|peux|pourrais)[\s-]+(?:vous|tu)|(?:vous\s+pouvez|tu\s+peux)"
    r"|(?:può|potrebbe|puoi|potresti|potete|potreste)"
    r"|(?:pode|podes|poderia|poderiam|você\s+pode)"
    r"|(?:kunt\s+u|kun\s+je|kunnen\s+jullie|zou\s+u|zou\s+je|zouden\s+jullie)"
    rf")\s+(?:{_PLEASE}\s+)?(?:(?:noch|also|even|ook|aussi|también)\s+)?",
    re.I,
)
# "denken Sie an X", "denk bitte an X": think of X.
_THINK_OF = re.compile(
    rf"^\s*(?:{_PLEASE}\s+)?(?:denken|denkt|denk|denke)\s+(?:sie\s+|du\s+|ihr\s+)?"
    rf"(?:{_PLEASE}\s+)?(?:auch\s+|noch\s+)?an\s+(?P<what>.+)$",
    re.I,
)
# "vergessen Sie nicht, X", "don't forget X", "no olvides X": X.
_DONT_FORGET = re.compile(
    r"^\s*(?:(?:bitte\s+)?(?:vergessen\s+sie|vergiss)\s+(?:bitte\s+)?nicht,?"
    r"|(?:please\s+)?(?:don'?t|do\s+not)\s+forget(?:\s+to)?|no\s+(?:olvides|olvide)"
    r"|n'oubliez\s+pas(?:\s+de)?|n'oublie\s+pas(?:\s+de)?|non\s+dimenticare(?:\s+di)?"
    r"|não\s+(?:se\s+)?esqueça(?:\s+de)?|vergeet\s+niet|olvides?|oublie[zr]?)\s+",
    re.I,
)
# ", bitte vorher Schlüssel abholen": what comes before "please" is the reason.
_REASON = re.compile(rf"^.+?[,;:.]\s*{_PLEASE}\s+(?=\S)", re.I)
# "vorher", "beforehand", "before that": before the day said.
_BEFOREHAND = re.compile(
    r"\s*\b(?:vorher|davor|zuvor|beforehand|before\s+that|before\s+then|before(?=\W*$)|antes"
    r"|avant|prima"
    r"|daarvoor|önce|заранее)\b",
    re.I,
)
# "before Thursday", "vor Donnerstag", "antes del jueves": the day named is too late.
_BEFORE_DAY = re.compile(r"\b(?:before|vor|antes\s+del?|avant|prima\s+di|voor|до)\s*$", re.I)
_BEFORE_WORD = re.compile(r"(?:before|vor|antes\s+del?|avant|prima\s+di|voor|до)\s+", re.I)
_TRAIL = re.compile(rf"[\s,;:.!?¿¡]*(?:{_PLEASE})?[\s,;:.!?¿¡]*$", re.I)
# "Customer Müller", "Kunde Frau Müller": a role before the name is no part of it.
_ROLE_TEXT = """
    customer client kunde kundin frau herr mr mrs ms miss dr cliente clienta sr sra señor señora
    monsieur madame mme mevrouw meneer dhr mevr signor signora sig müşteri landlord landlady
    vermieter vermieterin hausverwaltung hausmeister caretaker supplier lieferant vendor
"""
_ROLES = frozenset(_ROLE_TEXT.split())
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


# "I need the final invoice by Dec 15": the asker wants it sent to them.
_NEED = re.compile(
    r"^\s*(?:i|we)(?:'d|'ll|\s+would|\s+will|\s+still|\s+also|\s+really)?\s+"
    r"(?:need|want|(?<='d\s)like|(?<=would\s)like)\s+"
    r"(?P<what>(?:the|a|an|our|my|your|some|all\s+the)\s+\S.*)$",
    re.I,
)
# "Hi Ana!", "Hello," opening a forwarded message: a greeting, not part of the request.
_HI = re.compile(
    r"^\s*(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening))(?:\s+[A-Z][\w-]*)?\s*[!,.]+\s*",
    re.I,
)
# "could we do the walkthrough ...": a meeting with the asker.
_MEET = re.compile(
    r"^\s*(?:can|could|shall|should)\s+we\s+(?:do|have|schedule|set\s+up|arrange)\s+"
    r"(?:the|a|our)\s+(?P<what>[\w-]+(?:\s+(?!(?:on|at|in|for|with|by|next|this|today|tomorrow"
    r"|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\b)[a-z][\w-]*)?)\b"
    r"(?P<rest>.*)$",
    re.I,
)
# "send me the invoice": me is the asker.
_SEND_ME = re.compile(
    rf"^(\s*(?:{_PLEASE}\s+)?(?:send|email|mail|forward|give|text)\s+)(?:me|us)\b(?=\s+\S)", re.I
)
# Checking that something set for a time will happen: done ahead of that time.
_CHECK = re.compile(
    r"^\s*(?:(?:and|also|pls|please)\s+)*(?:confirm|reconfirm|double[\s-]?check|check|verify)\s+"
    r"(?:the\s+|our\s+|my\s+)?(?:delivery|pickup|pick-up|booking|reservation|appointment|slot"
    r"|time|order|arrival|collection|installation|visit)\b",
    re.I,
)
_SENTENCE_BREAK = re.compile(r"[.!?](?:\s+)(?=\S)")
# ", sonst können wir die Lieferung nicht garantieren": what happens if not, no request.
_OTHERWISE = re.compile(
    r"(?:\s*[,;–—-]\s*(?:sonst|ansonsten|andernfalls|otherwise|or\s+else|else|sinon|autrement"
    r"|de\s+lo\s+contrario|si\s+no|altrimenti|anders|senão|caso\s+contrário|иначе|aksi\s+halde"
    r"|yoksa)|\s*[,;–—-]?\s+(?:warna|varna|वरना))\b[^.!?\n]*",
    re.I,
)

# The reader called by a word of respect before the ask: "didi parso tak … order karna padega".
_ADDRESSED = re.compile(r"^\W*(?:didi|bhaiya|bhaiyya|bhai|madam|ma'am|sir)\b[\s,!.]*(?=\w)", re.I)


def plain_asks(
    text: str,
    *,
    forwarder: str,
    source: str | None,
    known: Callable[[str], str | None],
    pasted: bool = False,
) -> str:
    """A chat forwarded from one outsider with each message's opener and asking taken off:
    "Und bitte ...", "¿Puede pedir ...?" and "Können Sie ... bestellen?" read as the requests
    they are. Any other text comes back as it is.

    A forwarded line that goes on from the one before is a request of its own. A notice with
    nobody speaking in it says what needs doing as that to-do (`needs_said`), without what
    happens otherwise. A chat `pasted` into a message rather than forwarded is read the same
    way when one outsider speaks in it ("Mr Lee: hello, the heating in 4B is not working").
    """
    if not any(read_speaker(line)[0] for line in text.splitlines()):
        if pasted:  # typed, not pasted: the sender's own words
            return text
        text = needs_said(_ADDRESSED.sub("", _OTHERWISE.sub("", text)))
    asker = _outsider(text, forwarder, source, known)
    if asker is None:
        return text
    name = _short(asker)
    lines = []
    for line in text.splitlines():
        _, rest = read_speaker(line)
        head = line[: len(line) - len(rest)]
        said = _OPENER.sub("", _HI.sub("", _OPENER.sub("", rest)))
        meet = _MEET.match(said)
        if meet:  # "could we do the walkthrough tuesday 4pm?": the walkthrough with the asker
            said = f"{meet['what']} with {name}{meet['rest']}".rstrip(" ?")
        reason = _REASON.match(said)
        said = fault_asked(shared_asks(said[reason.end() :] if reason else said))
        # Only a line that is one request loses its asking: in a longer line (a mail's paragraph)
        # the asking is what tells each of its requests apart.
        asked = said if _SENTENCE_BREAK.search(said) else _ASK.sub("", said, count=1)
        if asked != said:
            said = re.sub(r"[\s?]+$", "", asked)
        if not _SENTENCE_BREAK.search(said):
            need = _NEED.match(said)
            said = f"send {name} {need['what']}" if need else _SEND_ME.sub(rf"\g<1>{name}", said)
        lines.append(head + said)
    return "\n".join(lines)


def as_forwarders(
    drafts: list[TaskDraft],
    text: str,
    *,
    forwarder: str,
    source: str | None,
    known: Callable[[str], str | None],
    now: datetime,
    tz: str,
) -> list[TaskDraft]:
    """The drafts of a chat forwarded from one outsider, made the forwarder's to-dos.

    `known` names a workspace person: a chat with a colleague speaking, or the forwarder
    themselves, is read as it is; a chat of several speakers goes by sides (`across_sides`).
    """
    asker = _outsider(text, forwarder, source, known)
    if asker is None:  # several speakers: whose side each line is on
        drafts = across_sides(drafts, text, forwarder=forwarder, known=known)
        todos = needs_said(text, only_todos=True).casefold()
        return [  # "someone needs to be there" in a notice from nobody named: the reader's
            replace(d, assignee=forwarder)
            if d.assignee is None and d.title.casefold() in todos
            else d
            for d in drafts
        ]
    name = _short(asker)
    lines = [read_speaker(line)[1] for line in text.splitlines()]
    asks = [d for d in drafts if d.due is not None or not only_informs(d.title)]  # a note: none
    return [_todo(d, forwarder, name, _ahead(d, _before(d, lines, now, tz), now)) for d in asks]


def _ahead(draft: TaskDraft, due: When | None, now: datetime) -> When | None:
    """A check of something set for a time ("confirm the delivery for the 19th at 10am") is due
    the day before it, not at the moment the thing happens."""
    if due is None or due.grain not in ("hour", "minute") or due.rrule:
        return due
    if not _CHECK.match(draft.title):
        return due
    day = due.start.replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(days=1)
    if day.date() < now.astimezone(day.tzinfo).date():
        return due
    return replace(due, start=day, end=None, grain="day")


def _before(draft: TaskDraft, lines: list[str], now: datetime, tz: str) -> When | None:
    """The day before the one said on the draft's line when it says "before" ("vorher")."""
    words = _tokens(draft.title)
    line = max(lines, key=lambda said: len(words & _tokens(said)), default="")
    if not words & _tokens(line):
        return draft.due
    beforehand = bool(_BEFOREHAND.search(line))
    said = _BEFOREHAND.sub(" ", line)
    found = search_when(said, now=now, tz=tz)
    day = next((w for w in found if w.grain == "day" and not w.rrule and w.end is None), None)
    if day is None:
        return draft.due
    start, end = day.span
    said_before = said[:start] + (m[0] if (m := _BEFORE_WORD.match(said[start:end])) else "")
    if not (beforehand or _BEFORE_DAY.search(said_before)):
        return draft.due
    return replace(day, start=day.start - timedelta(days=1))


def outsider_name(
    text: str, forwarder: str, source: str | None, known: Callable[[str], str | None]
) -> str | None:
    """How the one outsider speaking in `text` is named on a to-do ("Clarke"); None otherwise."""
    asker = _outsider(text, forwarder, source, known)
    return None if asker is None else _short(asker)


def _tokens(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.casefold()) if len(w) > 2}


def _outsider(
    text: str, forwarder: str, source: str | None, known: Callable[[str], str | None]
) -> str | None:
    """The one speaker of `text` when nobody else speaks and they are no workspace person."""
    asker = _asker(text, source)
    if asker is None or known(asker) is not None or _same(asker, forwarder):
        return None
    return asker


def _asker(text: str, source: str | None) -> str | None:
    """The one person who speaks in `text` (or the forward's source when nobody is named)."""
    names = {n for n in (read_speaker(line)[0] for line in text.splitlines()) if n}
    if len(names) > 1:
        return None
    if names:
        return names.pop()
    return person_or_none(source)


def _same(asker: str, forwarder: str) -> bool:
    mine = {w.casefold() for w in forwarder.split()}
    return bool(mine & {w.casefold() for w in asker.split()})


def _short(asker: str) -> str:
    """ "Customer Müller" -> "Müller", "Klaus Müller" -> "Müller", "Klaus Landlord" -> "Klaus";
    a role in brackets is no name ("Kaya (roofer)" -> "Kaya", "(roofer)" -> "roofer")."""
    named = _BRACKETED.sub(" ", asker).strip() or asker.strip(" ()[]")
    words = [w for w in named.split() if w.casefold().strip(".") not in _ROLES]
    return words[-1] if words else named


# What the asker wants done for them, said in their own first person.
_TO_US = re.compile(
    r"^(?P<verb>send|email|e-mail|mail|give|forward|show|bring|pass|share|post)\s+(?:us|me)\s+"
    r"(?P<what>(?:the|a|an|your|our|those|these|this|that)\b.+)$",
    re.I,
)
# "let me know when the plumber can come", "tell us if the tiles arrived": the asker is told.
_ME_TOLD = re.compile(
    r"^(?P<verb>let|tell|update|inform|text|call|ring|phone|email|e-mail|ping|message|keep"
    r"|get\s+back\s+to|reply\s+to|write\s+to)\s+(?:me|us)\b",
    re.I,
)
_IF_POSSIBLE = re.compile(
    r"[\s,]*\bif\s+(?:that'?s|that\s+is|it'?s|it\s+is)\s+(?:still\s+)?(?:possible|doable|ok)\b.*$",
    re.I,
)
_WE_WISH = re.compile(
    r"^(?:we|i)(?:'d|\s+would)\s+(?:like|love|want)\s+to\s+|^(?:we|i)\s+(?:want|wish)\s+to\s+",
    re.I,
)
_ASIDE_AFTER = re.compile(r"(?<=\w)\s*\?\s+[a-z].*$")


def _todo(draft: TaskDraft, forwarder: str, name: str, due: When | None) -> TaskDraft:
    title = _OPENER.sub("", draft.title)
    reason = _REASON.match(title)
    if reason:
        title = title[reason.end() :]
    title = _OPENER.sub("", _ASK.sub("", title))
    think = _THINK_OF.match(title)
    if think:
        title = f"an {_TRAIL.sub('', think['what'])} denken"
    title = _BEFOREHAND.sub("", _DONT_FORGET.sub("", title))
    title = _TRAIL.sub("", title).strip()
    title = _ASIDE_AFTER.sub("", title)  # "send the plan ? my wife wants to check …"
    wish = _WE_WISH.match(title)
    if wish:  # "we'd like to move the door if that's possible": check whether it can be done
        rest = title[wish.end() :]
        title = (
            f"check if we can {_IF_POSSIBLE.sub('', rest)}" if _IF_POSSIBLE.search(rest) else rest
        )
    to_us = _TO_US.match(title)
    if to_us:  # "send us the revised plan": send it to the asker
        title = f"{to_us['verb']} {to_us['what']} to {name}"
    title = _ME_TOLD.sub(rf"\g<verb> {name}", title)  # "let me know when …": let the asker know
    if not title:
        return draft
    title = title[0].upper() + title[1:]
    if name.casefold() not in title.casefold():
        title = f"{title} ({name})"
    assignee = draft.assignee
    if assignee is None or assignee.casefold() in NOT_NAMES or _IS_OPENER.fullmatch(assignee):
        assignee = forwarder
    return replace(draft, title=title, assignee=assignee, due=due)
