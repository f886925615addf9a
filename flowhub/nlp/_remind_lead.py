"""A reminder request in another language said with the English lead the reminder rules read.

"me lembra amanhã às 9 de pagar o aluguel" -> "remind me amanhã às 9 to pagar o aluguel": only the
lead ("me lembra") and the word joining it to the thing to do ("de") change; the time words and
the title stay as written, so the title keeps the person's words and `parse_when` reads the time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from functools import cache

from flowhub.nlp._task_when import without_ruled_out
from flowhub.nlp.intents import classify_intent
from flowhub.nlp.lang import CHAT
from flowhub.nlp.lang._clocks import CLOCKS
from flowhub.nlp.when import parse_when, search_when

__all__ = ["english_remind_lead"]

# Only where the time words sit matters here, not what they mean, so any fixed clock will do.
_REF_NOW = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
_SEPARATORS = " \t,:;-–—"
_NAMED_WITHIN = 5  # words: "FlowHub, tolong ingetin sam …", "lembra a ana …"
# Sounds and acknowledgements said before a reminder request: "ffs 😂 ok. remind me at 10 to …".
_CHATTER_FIRST = re.compile(
    r"^(?:[\W_]*\b(?:ok(?:ay)?|k+|ffs|lol|lmao|haha+|fine|sure|right|alright|yes|yeah|yep|ugh"
    r"|oh|oops|hmm+|cool|great|perfect|omg|wait|actually|ah|argh)\b)+[\W_]*"
    r"(?:@?flowhub\b[\W_]*)?(?=(?:pls\s+|please\s+)?(?:remind|ping|nudge)\s+(?:me|us)\b)",
    re.I,
)
# A yes among them answers something ("yes and remind me an hour before" accepts a task) unless
# it ends a sentence of its own ("ok. remind me …").
_ANSWER = re.compile(
    r"\b(?:ok(?:ay)?|k+|fine|sure|right|alright|yes|yeah|yep|cool|great|perfect)\b", re.I
)
_OWN_SENTENCE = re.compile(r"(?:[.!…]|[^\w\s,;:'-])\W*$")


@cache
def _leads() -> tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...]:
    found = []
    for words in CHAT.values():
        link = (
            re.compile(rf"(?:{'|'.join(words.remind_links)})\s*", re.I)
            if words.remind_links
            else None
        )
        found += [(re.compile(src, re.I | re.S), link) for src in words.remind_leads]
    return tuple(found)


def _without_chatter(text: str) -> str:
    """`text` without the sounds and acknowledgements before its reminder request."""
    m = _CHATTER_FIRST.match(text)
    if m is None:
        return text
    chatter = re.sub(r"@?flowhub\b", "", m.group(0), flags=re.I).strip()
    if _ANSWER.search(chatter) and not _OWN_SENTENCE.search(chatter):
        return text
    return text[m.end() :]


def english_remind_lead(text: str, known: Callable[[str], str | None] | None = None) -> str:
    """`text` with a non-English reminder lead said "remind me ... to" or "remind NAME ... to".

    Anything else, English included, comes back unchanged; so does a message whose intent in its
    own language is not a reminder. Chatter before an English request ("ffs ok. remind me …")
    is left out. `known` gives the spelling of a person of the team by name: a name written in
    lower case ("ingetin sam besok …") is then read as it is spelled ("Sam").
    """
    text = _without_chatter(text)
    named = _names_spelled(text, known) if known is not None else text
    for said in dict.fromkeys((_unfused(named), _unfused(text))):
        if (found := _english(said)) is not None:
            return found
    return _separated(_clause_after(text))


# Where a reminder clause may follow its task: "…, erinner mich Donnerstag dran".
_JOINS = re.compile(r"\s*(?:[,;]|\s(?:und|and|y|e|et|en|ve|dan|aur|и)\s)\s*", re.I)
# The task the clause points back to: "dran", "daran", "lo", "eraan", "it".
_IT = re.compile(
    r"(?<![\w'’-])(?:dran|daran|drauf|darauf|eraan|daarvan|it|that|this|isso|disso|nisso"
    r"|ça|cela|lo|la|le|bunu|onu|itu|ini|это|об\s+этом)(?![\w'’])",
    re.I,
)
# A reminder lead with the task's pronoun fused in: "recuérdamelo", "ricordamelo".
_FUSED = {
    "recuérdamelo": "recuérdame",
    "recuerdamelo": "recuerdame",
    "ricordamelo": "ricordami",
    "ricordamela": "ricordami",
    "avísamelo": "avísame",
    "avisamelo": "avisame",
    "rappelle-le-moi": "rappelle-moi",
    "rappelle-moi-le": "rappelle-moi",
    "lembra-me disso": "lembra-me",
}


def _unfused(text: str) -> str:
    """`text` with a lead that has the task's pronoun fused in said plainly: "ricordamelo" ->
    "ricordami" (the task just shown is what "it" means)."""
    for fused, plain in _FUSED.items():
        text = re.sub(rf"^{fused}(?![\w-])", plain, text.strip(), flags=re.I)
    return text


def _clause_after(text: str) -> str:
    """ "Hotel buchen bis Freitag, erinner mich Donnerstag dran" -> "…, remind me Donnerstag":
    a last clause in another language that only asks to be reminded at a time of the task
    before it, said with the English lead the task reader knows; else `text` unchanged."""
    for join in reversed(list(_JOINS.finditer(text))):
        head, clause = text[: join.start()], text[join.end() :].strip()
        if not any(c.isalnum() for c in head) or clause.lower().startswith("remind"):
            continue
        for fused, plain in _FUSED.items():
            clause = re.sub(rf"^{fused}(?![\w-])", plain, clause, flags=re.I)
        for lead, _link in _leads():
            m = lead.match(clause)
            if m is None or m.groupdict().get("who") is not None:
                continue
            when = " ".join(_IT.sub(" ", m["rest"]).strip(_SEPARATORS + ".!").split())
            if when and _only_time(when) and _time_first(when) is not None:
                return f"{head}, remind me {when}"
        return text  # only the last clause may be the reminder
    return text


def _english(text: str) -> str | None:
    """ "remind NAME … to …" for the first language lead `text` opens with, or None."""
    for lead, link in _leads():
        m = lead.match(text.strip())
        if m is None:
            continue
        who = m.groupdict().get("who")
        if who is not None and (_is_time(who) or (link is not None and link.fullmatch(who))):
            continue  # "ingatkan besok ...": a time or a joining word, not a person
        rest = m["rest"].strip(_SEPARATORS)
        # A lead naming the person ("ricorda a Sam di ...") says it is a reminder by itself.
        if not any(c.isalnum() for c in rest) or (
            who is None and classify_intent(text) != "remind"
        ):
            continue
        rest, clock = _clock_said(rest)
        return f"remind {who or 'me'} {_joined(rest, link)}{clock}"
    return None


def _names_spelled(text: str, known: Callable[[str], str | None]) -> str:
    """`text` with each lower-case word among its first few that names a person of the team
    spelled as their name (the person a lead names comes first: "ingetin sam …", "ana ko …")."""
    head = " ".join(text.split(" ")[:_NAMED_WITHIN])

    def spelled(m: re.Match[str]) -> str:
        word = m.group(0)
        if not word.islower() or len(word) < 2 or _is_time(word):
            return word
        name = known(word)
        return name if name is not None and name.casefold() == word.casefold() else word

    return re.sub(r"(?<![\w'’@])[^\W\d_]+(?![\w'’])", spelled, head) + text[len(head) :]


@cache
def _clocks() -> tuple[tuple[re.Pattern[str], str], ...]:
    found = []
    for their, mine in CLOCKS.values():
        for sources, english in ((their, "their time"), (mine, "my time")):
            found += [(re.compile(rf"[\s,]*(?<!\w){src}(?!\w)", re.I), english) for src in sources]
    return tuple(found)


def _clock_said(rest: str) -> tuple[str, str]:
    """ "besok jam 9 waktu dia buat …" -> ("besok jam 9 buat …", ", their time"): the clock the
    time is on, said in English after the request, where the reminder rules read it."""
    for pattern, english in _clocks():
        if (m := pattern.search(rest)) is not None:
            return f"{rest[: m.start()]} {rest[m.end() :].lstrip(' ,')}".strip(), f", {english}"
    return rest, ""


# "remind ana kal 2 baje - papers bhejne hai": the time, a dash or colon, then the thing to do.
_ENGLISH_LEAD = re.compile(
    r"^(?P<lead>remind\s+(?:me|[^\W\d_][\w-]*)\s+)(?P<rest>.+)$", re.I | re.S
)


def _separated(text: str) -> str:
    """An English "remind NAME <time> - <what>" with "to" for the dash; else `text` unchanged."""
    m = _ENGLISH_LEAD.match(text.strip())
    if m is None:
        return text
    rest = m["rest"]
    end = _time_first(rest)
    if end is None:
        return text
    tail = rest[end:]
    sep = re.match(r"\s*[-–—:]\s*", tail)
    if sep is None or not tail[sep.end() :].strip():
        return text
    return f"{m['lead']}{rest[:end].rstrip()} to {tail[sep.end() :]}"


def _joined(rest: str, link: re.Pattern[str] | None) -> str:
    """ "amanhã às 9 de pagar" -> "amanhã às 9 to pagar"; "de pagar amanhã" -> "to pagar amanhã"."""
    if _only_time(rest):
        return rest  # "gece yarısı değil ya, sabah 9da": when, and nothing to do
    end = _time_first(rest)
    if end is None:
        rest = _unlinked(rest, link)
        end = _time_first(rest)
    if end is None:
        return f"to {rest}"
    head, tail = rest[:end].rstrip(), rest[end:].lstrip(_SEPARATORS)
    *time, last = head.rsplit(None, 1)
    if time and tail and link is not None and link.fullmatch(last):
        head = time[0]  # "lundi à 8h de": the time took in the word that links what to do
    return f"{head} to {_unlinked(tail, link)}" if tail else head


def _time_first(text: str) -> int | None:
    """Where the time words that open `text` end, if it opens with them."""
    when = parse_when(text, now=_REF_NOW, tz="UTC")
    return when.span[1] if when is not None and when.span[0] == 0 < when.span[1] else None


def _unlinked(text: str, link: re.Pattern[str] | None) -> str:
    m = link.match(text) if link is not None else None
    return text[m.end() :].lstrip(_SEPARATORS) if m and m.end() < len(text) else text


def _only_time(text: str) -> bool:
    """Whether `text` says a time and, beside it, at most a short word or two ("ya", "pls")."""
    found = search_when(text, now=_REF_NOW, tz="UTC")
    if not found:
        return False
    text, found = without_ruled_out(text, found)
    for w in sorted(found, key=lambda w: -w.span[0]):
        text = text[: w.span[0]] + " " + text[w.span[1] :]
    return not [w for w in text.split() if len(w) > 3 and any(c.isalpha() for c in w)]


def _is_time(word: str) -> bool:
    return parse_when(word, now=_REF_NOW, tz="UTC") is not None
