"""Words of answers to a reminder's own messages: done news, cancel, a bare new time."""

from __future__ import annotations

import re

from flowhub.i18n import Text
from flowhub.skills.refer_words import DONE_WORD, NOT_NEWS

MAX_WORDS = 16
MAX_TIMES = 3
FOR_THEM = Text(" ({when} for {name})")

CANCEL = re.compile(
    r"(?<![\w'])(?<!don't\s)(?<!dont\s)(?:cancel|scrap|delete|remove|drop|forget|kill|undo|discard)"
    r"(?![\w'])",
    re.I,
)
_MEANT_FOR = re.compile(
    r"(?<![\w'])(?:(?:it'?s|it\s+is|that'?s|this\s+is|was|is|meant)\s+)?(?:meant\s+)?for\s+"
    r"(?P<name>[a-z][\w-]*)(?![\w'])",
    re.I,
)
_NOT_NAMES = frozenset(["me", "you", "him", "her", "them", "us", "the", "a", "an", "it", "that"])

# A clock time or day said without a day of its own keeps the reminder's day.
DAY = re.compile(
    r"(?<![\w'])(?:today|tonight|tomorrow|tmrw|tmr|morning|afternoon|evening|night|next|this"
    r"|(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?"
    r"|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|\d{1,2}(?:st|nd|rd|th))(?![\w'])"
    r"|\d{1,2}[/.]\d{1,2}",
    re.I,
)
# The words around a bare new time: "no! 10am today please", "wrong, 6pm, that's 22:30 for her".
_FILLER = frozenset(
    [
        "no",
        "nope",
        "nah",
        "wrong",
        "hmm",
        "hm",
        "um",
        "uh",
        "actually",
        "oh",
        "oops",
        "sorry",
        "please",
        "pls",
        "plz",
        "instead",
        "rather",
        "early",
        "earlier",
        "late",
        "too",
        "bit",
        "little",
        "way",
        "much",
        "make",
        "it",
        "that",
        "this",
        "move",
        "change",
        "set",
        "put",
        "push",
        "remind",
        "ping",
        "nudge",
        "me",
        "us",
        "him",
        "her",
        "them",
        "at",
        "for",
        "to",
        "on",
        "by",
        "the",
        "should",
        "be",
        "was",
        "is",
        "meant",
        "i",
        "mean",
        "not",
        "but",
        "thats",
        "that's",
        "its",
        "it's",
        "ok",
        "okay",
        "yes",
        "yeah",
        "yep",
        "and",
        "just",
        "could",
        "you",
        "can",
        "do",
        "let's",
        "lets",
        "i'd",
        "i'll",
        "prefer",
        "better",
        "would",
        "fine",
        "then",
        "there",
        "so",
        "er",
        "erm",
        "again",
        "a",
        "an",
        "mine",
        "my",
        "his",
        "their",
        "time",
        "it'd",
        "rather",
    ]
)
_WORD = re.compile(r"[a-z][\w']*", re.I)
_OTHER_WORD = re.compile(r"(?<![\w'])(?=[^\W\d_])(?![a-z])[\w']{2,}", re.I)
_PAST = frozenset(
    [
        "sent",
        "paid",
        "rang",
        "rung",
        "spoke",
        "spoken",
        "told",
        "did",
        "made",
        "wrote",
        "written",
        "bought",
        "gave",
        "given",
        "took",
        "taken",
        "sold",
        "met",
        "brought",
        "found",
        "went",
        "ran",
        "left",
        "fixed",
        "emailed",
        "called",
        "booked",
        "confirmed",
        "ordered",
        "posted",
        "shipped",
        "signed",
        "submitted",
        "uploaded",
        "replied",
        "answered",
        "texted",
        "messaged",
        "phoned",
        "finalised",
        "finalized",
        "arranged",
        "picked",
        "dropped",
        "delivered",
        "returned",
        "cleared",
        "settled",
        "reached",
        "caught",
        "contacted",
        "collected",
        "handed",
    ]
)
# "the update's gone out", "forms went through", "invoice is out": the thing itself is done.
_GONE = re.compile(
    r"(?<![\w'])(?:(?:gone|went|got)\s+(?:out|through)|(?:'s|’s|is|are|has\s+been|have\s+been)"
    r"\s+(?:out|sent|in))(?![\w'])",
    re.I,
)
# "what did I get done this week" asks; it tells nothing about the reminder.
_ASKS = re.compile(
    r"^\s*(?:\W*\s*)?(?:what|which|who|whom|when|where|why|how|did|do|does|is|are|was|were|any"
    r"|show|list|tell|give|summari[sz]e)(?![\w'])",
    re.I,
)
# "done 1", "2 is done": a number picks from a list, not this reminder.
_NUMBER = re.compile(r"(?<![\w:/.])\d{1,2}(?![\w:/.])")
_DONE_EMOJI = re.compile(r"👍|👌|✅|✔|☑|🙌|💪|🎉")


_BARE_HOUR = re.compile(
    r"(?<![\w'])(?:make\s+it|make\s+that|to|till|until)\s+(?P<h>\d{1,2})(?![\w:.,/%])"
    r"(?!\s*(?:min|h\b|hour|day|st\b|nd\b|rd\b|th\b))",
    re.I,
)


def bare_clock(text: str) -> str:
    """ "make it 11" as "make it at 11": a lone hour said for a reminder is a clock time."""
    hours = [m for m in _BARE_HOUR.finditer(text) if 1 <= int(m["h"]) <= 23]
    if len(hours) != 1:
        return text
    m = hours[0]
    return f"{text[: m.start('h')]}at {m['h']}{text[m.end('h') :]}"


def says_done(text: str) -> bool:
    """Whether a reply to a reminder that went off says the thing is done, in any words."""
    if leads_with_done(text):
        return True
    if NOT_NEWS.search(text) or _ASKS.match(text) or _NUMBER.search(text):
        return False
    if DONE_WORD.search(text) or _DONE_EMOJI.search(text) or _GONE.search(text):
        return True
    said = {w.casefold() for w in _WORD.findall(text)}
    return bool(said & _PAST)


# "done, they gave me till 2pm", "all done ✅ the call is at 4 now": done said first wins over
# whatever time follows, unless the rest asks to be reminded again.
_DONE_FIRST = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|yep|yes|yeah|all|it'?s|its|that'?s|thats|already|just)\s+)*"
    r"(?:done|sorted|finished|handled|taken\s+care\s+of|dealt\s+with)(?:\s+(?:now|already))?"
    r"\s*(?:[,;:.!\u2013\u2014-]|✅|✔️?|👍|👌|🎉|$)",
    re.I,
)
_AGAIN = re.compile(
    r"(?<![\w'])(?:remind|ping|nudge|again|snooze|later|tomorrow|tmrw)(?![\w'])|\?", re.I
)


def leads_with_done(text: str) -> bool:
    """Whether `text` says done first ("done, they gave me till 2pm") and asks for no repeat."""
    m = _DONE_FIRST.match(text.strip())
    return m is not None and not _AGAIN.search(text[m.end() :])


def meant_for(text: str) -> str | None:
    """The name in "it's for priya", "that was meant for sam"."""
    for m in _MEANT_FOR.finditer(text):
        if m["name"].casefold() not in _NOT_NAMES:
            return m["name"]
    return None


def only_time(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether `text` is time expressions and filler words only."""
    rest = text
    for start, end in sorted(spans, reverse=True):
        rest = rest[:start] + " " + rest[end:]
    if not all(w.casefold() in _FILLER for w in _WORD.findall(rest)):
        return False
    # Words in other scripts ("завтра в 11 забрать посылку") are a task said, not a time alone;
    # one such word may still be a "нет" or "лучше" before the time.
    return len(_OTHER_WORD.findall(rest)) <= 1


_HALF_DAY = re.compile(
    r"(?<![\w'])(?:am|pm|a\.m\.?|p\.m\.?|morning|afternoon|evening|tonight|night|noon|midnight"
    r"|h|hrs|uhr)(?![\w'])|\d(?:am|pm|h)\b|(?<!\d)0\d:",
    re.I,
)


def either_half(said: str, hour: int) -> bool:
    """Whether a clock time reads both ways: "7:30" may be 07:30 or 19:30, "7:30pm" may not."""
    said_hour = re.search(r"\d{1,2}", said)
    if said_hour is None or int(said_hour.group()) > 12 or _HALF_DAY.search(said):
        return False
    return 1 <= hour % 12 <= 11


# "remind me at 9am" on its own is a new reminder; "no, remind me at 10 instead" corrects one.
_ASK_AGAIN = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:remind|ping|nudge)\s+(?P<who>\w+)", re.I)
_CORRECTION = re.compile(
    r"(?<![\w'])(?:no|nope|nah|instead|actually|wrong|rather|sorry|oops|make\s+it|change\s+it"
    r"|move\s+it)(?![\w'])",
    re.I,
)


# "ping me again at 1", "remind me at 4", "busy til 10, make it 10:05": the time asked for,
# after whatever busy-until time.
_ASKED_AT = re.compile(
    r"(?<![\w'])(?:(?:remind|ping|nudge|text|buzz|message|call|try)\s+(?:me|us)\b(?:\s+again)?"
    r"|(?:make|push|move|change|set|put)\s+it\b)",
    re.I,
)


def asked_part(text: str) -> str | None:
    """The part of `text` after its "ping me again", where the time asked for is, if any."""
    found = list(_ASKED_AT.finditer(text))
    return text[found[-1].end() :] if found else None


def may_move(text: str, *, answered: bool, own: bool) -> bool:
    """Whether a new time in `text` may move the reminder just set or snoozed.

    A "remind me …" for someone else's reminder is a new one; typed out of the blue it
    needs a word that corrects ("no", "instead", "actually").
    """
    m = _ASK_AGAIN.match(text)
    if m is None:
        return True
    if m["who"].casefold() in ("me", "us") and not own:
        return False
    return answered or bool(_CORRECTION.search(text))


# "on my way, thx", "heading there now", "leaving in 5": said to a reminder that went off, it
# acknowledges it and asks for nothing.
_UNDER_WAY = re.compile(
    r"^\W*(?:ok(?:ay)?[\s,!]*|thanks?[\s,!]*|thx[\s,!]*)?(?:on my way|omw|on the way|heading"
    r"(?: (?:there|over|out|off|in))?|leaving(?: now| soon| in \d+\s*\w*)?|coming|be there"
    r"(?: soon| in \d+\s*\w*)?|getting (?:ready|going)|going now|off (?:i go|now)|will do|on it"
    r"|right away|doing it now|just leaving|walking over|driving over)\b",
    re.I,
)


def under_way(text: str) -> bool:
    """Whether `text` only says the reminded thing is under way ("on my way, thx")."""
    stripped = text.strip()
    return bool(_UNDER_WAY.match(stripped)) and len(stripped.split()) <= MAX_WORDS


# "will do it after lunch", "I'll call them tonight": the thing is put off to the time said.
_WILL_DO = re.compile(
    r"(?<![\w'])(?:(?:i'?ll|i\s+will|will|gonna|going\s+to|can)\s+(?:do|get\s+to|sort|handle"
    r"|call|ring|send|try|deal\s+with|look\s+at)|doing\s+it|(?:calling|ringing|sending)\s+"
    r"(?:it|them|him|her))(?![\w'])",
    re.I,
)


def will_do(text: str) -> bool:
    """Whether `text` says the reminded thing will be done later ("will do it after lunch")."""
    return _WILL_DO.search(text) is not None and not _ASKS.match(text)


def has_number(text: str) -> bool:
    """Whether `text` names a list number ("done 1", "2 is done")."""
    return _NUMBER.search(text) is not None


# "done 1", "3 and 4 done", "tick off #2", "2 is done and 3 too": list numbers with a done word.
_PICK = re.compile(
    r"(?<![\w'])(?:done|finished|tick(?:\s+off)?|mark|check(?:\s+off)?|close|complete|reopen"
    r"|delete)\s+#?\d{1,2}(?![\w:/.])|(?<![\w:/.])#?\d{1,2}(?:\s*(?:,|and|&)\s*#?\d{1,2})*\s+"
    r"(?:is\s+|are\s+)?(?:done|finished|complete|off)(?![\w'])|^\W*#?\d{1,2}\W*$",
    re.I,
)


def picks_number(text: str) -> bool:
    """Whether `text` picks list numbers: "done 1", "3 and 4 done", a bare "2"."""
    return _PICK.search(text) is not None
