"""Read a forwarded or pasted chat: who said each line, and which lines only acknowledge.

Speaker lines come in the forms chat apps export and forward (a role in brackets after the name,
"Klaus (venue): ...", is dropped from it):

- WhatsApp (iOS and web): "[14:05, 3/4/2026] Sam: ..." and "[3/4/26, 9:41 AM] Priya: ...";
- WhatsApp (Android export): "3/4/26, 14:05 - Sam: ...";
- Telegram Desktop: "Sam Lee, [04.03.26 10:05]" on a line of its own, the text below it;
- a plain transcript: "Sam: ...", "[10:05] Sam: ...", and mail-style "Sam wrote: ...".

After a time stamp any name goes (a phone number, a nickname in lower case); without one the name
must look like a name (capitalised, not a list header such as "Todo:" or "Tomorrow:", nor a
section heading such as "Hiring:" or "Platform migration:"). Lines
with no speaker continue the previous speaker's message.

A forward's source label ("Team WhatsApp", "Forwarded", a group's name) is not a person:
`is_label` tells the two apart so a label never becomes an assignee.
"""

from __future__ import annotations

import re

from flowhub.nlp._headings import is_heading
from flowhub.nlp._lexicon import NOT_SPEAKERS, VERBS
from flowhub.nlp.lang._will_do import agrees_to_do

__all__ = [
    "is_acknowledgement",
    "is_label",
    "own_words",
    "person_or_none",
    "read_speaker",
    "section_labels",
]

_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?\s?m\.?)?"
_DATE = r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}"
# "[14:05, 3/4/2026] Sam: " and "[3/4/26, 9:41 AM] Priya: "
_BRACKET = re.compile(
    r"^\s*\[\s*(?:" + _TIME + r"(?:\s*,?\s*" + _DATE + r")?|" + _DATE + r"\s*,?\s*" + _TIME + r")"
    r"\s*\]\s*(?P<name>[^:\n\[\]]{1,40}?)\s*:\s+(?=\S)",
    re.I,
)
# "3/4/26, 14:05 - Sam: "
_DASHED = re.compile(
    r"^\s*" + _DATE + r"\s*,?\s*" + _TIME + r"\s*[-–—]\s*(?P<name>[^:\n]{1,40}?)\s*:\s+(?=\S)",
    re.I,
)
# Telegram Desktop copies a message as "Sam Lee, [04.03.26 10:05]" with the text on the next lines.
_HEADING = re.compile(
    r"^\s*(?P<name>[^\[\]:\n,]{1,40}),\s*\[\s*" + _DATE + r"\s*,?\s*" + _TIME + r"\s*\]\s*$",
    re.I,
)
# "Klaus (venue): ..." names the speaker, then their role in brackets, which is no part of the name.
_ROLE = r"(?:\s*(?:\([^()\n:]{1,30}\)|\[[^\[\]\n:]{1,30}\]))?"
_PLAIN = re.compile(
    r"^\s*(?P<name>[A-Z][\w.'-]{0,30}(?:\s[A-Z][\w.'-]{0,30}){0,2}|@[\w.-]{1,30})"
    + _ROLE
    + r"\s*:\s+(?=\S)"
)
_ROLE_TAIL = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])\s*$")
_WROTE = re.compile(
    r"^\s*(?P<name>@?[\w.-]{1,30}(?:\s[A-Z][\w.-]{0,30})?)\s+"
    r"(?:wrote|said|escribió|escreveu|a\s+écrit|schrieb)\s*:\s*",
    re.I,
)
# Words that make a forward's source a place, a platform or a group rather than a person.
_LABEL_TEXT = """
    whatsapp telegram slack signal messenger imessage sms teams discord chat chats group groups
    channel channels team forwarded forward fwd fw family friends squad crew club project office
    general random announcements news updates bot official support dept department company inc
    ltd llc gmbh hq staff all everyone room thread list community gang network org
    """
_LABEL_WORDS = frozenset(_LABEL_TEXT.split())
# "Tel: +49 ...", "Re: ..." in a pasted mail or signature: field names, not speakers.
_FIELD_NAMES = frozenset(
    [
        "tel",
        "phone",
        "mobile",
        "mob",
        "cell",
        "fax",
        "email",
        "e-mail",
        "mail",
        "web",
        "website",
        "address",
        "addr",
        "subject",
        "re",
        "cc",
        "bcc",
        "date",
        "time",
        "when",
        "where",
        "location",
        "venue",
        "agenda",
        "attendees",
        "ref",
        "invoice",
        "order",
        "ticket",
        "status",
        "summary",
        "notes",
        "note",
        "q",
        "a",
    ]
)
_ACK = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|k|kk|sure|cool|great|nice|perfect|awesome|lovely|brilliant|noted|got\s+it"
    r"|will\s+do|sounds\s+good|sgtm|lgtm|thanks?|thank\s+you|thx|ty|tysm|cheers|lol|lmao|haha+"
    r"|hehe|yes|yeah|yep|yup|no|nope|np|no\s+problem|no\s+worries|fine|done|agreed|exactly|true"
    r"|right|ah|oh|ahh?|ooh?|wow|amazing|good|ok\s+cool|all\s+good|makes\s+sense|of\s+course"
    r"|for\s+sure|you\s+too|same|me\s+too|on\s+it|deal|love\s+it|good\s+idea|great\s+idea"
    r"|whatever|meh|ugh+|hmm+|alright|sigh|oops|welp|argh+|oh\s+well|\+1|[^\w\s])[\s,.!?]*)+$",
    re.I,
)


def _is_name(name: str, *, loose: bool) -> bool:
    words = name.split()
    if not words or len(words) > 3:
        return False
    first = words[0].lower()
    if first in NOT_SPEAKERS or (not loose and (first in VERBS or first in _FIELD_NAMES)):
        return False
    if not loose and is_heading(name):
        return False  # "Hiring: we closed two roles" heads a section; nobody said it
    return loose or not any(w.lower() in NOT_SPEAKERS for w in words)


def read_speaker(line: str) -> tuple[str | None, str]:
    """Split "[time, date] Name: text" (or "Name: text") into (Name, text); (None, line) if none."""
    heading = _HEADING.match(line)
    if heading:
        return heading.group("name").strip(), ""
    for rx, loose in ((_BRACKET, True), (_DASHED, True), (_WROTE, False), (_PLAIN, False)):
        m = rx.match(line)
        if m is None:
            continue
        name = _ROLE_TAIL.sub("", m.group("name")).strip().lstrip("~").strip()
        rest = line[m.end() :]
        if rx is _PLAIN and line.rstrip().endswith(":"):
            return None, line  # "Tasks for Monday:" heads a list, nobody said it
        if name and _is_name(name, loose=loose):
            return name, rest
        if loose:  # a time stamp with an odd name still opens a new message
            return None, rest
    return None, line


# "Fleet - two vans passed their service": a label and a dash open a section or a minute line.
_DASH_LABEL = re.compile(r"^\s*(?P<name>[A-Z][\w.'-]{1,30})\s+[-–—]\s+(?=\S)")
# Section paragraphs run long; chat lines are short.
SECTION_WORDS = 12


def section_labels(lines: list[str]) -> frozenset[str]:
    """The plain "Label:" or "Label -" openings of `lines` that head sections, not speakers.

    A typed update reads "Warehouse: the site finished ...", "Fleet - two vans ...": each
    label once, each before a paragraph. A transcript has someone speak twice, or short lines,
    or time stamps.
    """
    found: list[tuple[str, int]] = []
    for line in lines:
        if any(rx.match(line) for rx in (_BRACKET, _DASHED, _HEADING, _WROTE)):
            return frozenset()
        m = _PLAIN.match(line) or _DASH_LABEL.match(line)
        if m and not line.rstrip().endswith(":"):
            found.append((m.group("name").strip(), len(line[m.end() :].split())))
    names = [name for name, _ in found]
    if len(found) < 2 or len(set(names)) < len(names):
        return frozenset()
    if sum(size for _, size in found) / len(found) < SECTION_WORDS:
        return frozenset()
    return frozenset(names)


def is_label(name: str) -> bool:
    """Whether a forward's source names a platform, a group or a channel, not a person."""
    if not name.strip() or name.lstrip().startswith("#"):
        return True
    words = [w.lower() for w in re.findall(r"[\w'-]+", name)]
    if not words or len(words) > 4:
        return True
    return any(w in _LABEL_WORDS for w in words) or all(w.isdigit() for w in words)


def person_or_none(name: str | None) -> str | None:
    """`name` when it can be a person, None for a platform or group label."""
    return None if name is None or is_label(name) else name


def is_acknowledgement(text: str) -> bool:
    """Whether a line only acknowledges ("ok thanks", "sounds good", "noted", "lol")."""
    return (bool(_ACK.match(text)) or agrees_to_do(text)) if len(text) < 80 else False


def own_words(text: str, *, forwarded: bool) -> str:
    """What of `text` the sender wrote themselves: the language they speak is read from it.

    A forward is all someone else's words; in a pasted chat the sender's own are what they
    typed before its first time-stamped line ("can you sort these out? [10:02] Müller: ...").
    """
    if forwarded:
        return ""
    own: list[str] = []
    for line in text.splitlines():
        if any(rx.match(line) for rx in (_BRACKET, _DASHED, _HEADING)):
            break
        own.append(line)
    return "\n".join(own)
