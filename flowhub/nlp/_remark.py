"""A complaint or a status remark: "the deposit from the Okafor wedding still isn't in",
"printer's broken again", "still no reply from the landlord".

Such a line says how things stand; it asks nobody to do anything, so it is never a task as said.
What it would take to act on it comes back as a title ("Chase the deposit from the Okafor
wedding", "Get the printer fixed", "Follow up with the landlord") for the reader to offer.
"""

from __future__ import annotations

import re

__all__ = ["remark_title"]

_OPEN = (
    r"^\W*(?:(?:ugh+|argh+|sigh|meh|ffs|omg|so|well|ok(?:ay)?|fyi|btw|heads\s+up|just\s+so\s+you"
    r"\s+know|great|wow|hmm+|and|yeah|also|update)\W+)*"
)
_CLOSE = (
    r"(?:\W+(?:again|yet|still|today|this\s+morning|anymore|any\s+more|as\s+usual|lol|ugh+|smh"
    r"|ffs|ofc|of\s+course|obviously|tbh|fyi|grr+|sigh|argh+|hmm+|though|tho|since\s+(?:monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|this\s+morning|last\s+week"
    r"|last\s+night)|for\s+(?:days|weeks|ages|a\s+week|two\s+weeks|a\s+month)))*\W*$"
)
# The thing spoken of: a few words, none of them a verb that asks ("call", "send").
_THING = (
    r"(?P<thing>(?:(?:the|our|my|their|his|her|this|that|those|these)\s+)?"
    r"(?!(?:please|pls|can|could|would|will|should|let'?s|i|we|you|call|send|pay|chase|fix"
    r"|book|buy|get|email|ask|tell|remind|check|follow)\b)[\w'&-]+(?:\s+[\w'&.-]+){0,7}?)"
)
_NOT = (
    r"(?:still\s+)?(?:isn'?t|is\s+not|hasn'?t|has\s+not|haven'?t|have\s+not|aren'?t|are\s+not"
    r"|didn'?t|did\s+not|wasn'?t|weren'?t)\s+(?:still\s+|yet\s+)?"
)
_ARRIVED = (
    r"(?:in|here|through|back|ready|done|paid|arrived|landed|cleared|signed|sent|delivered"
    r"|fixed|sorted|confirmed|approved|been\s+(?:paid|sent|signed|delivered|fixed|sorted|approved"
    r"|confirmed|processed|cleared|done)|come\s+(?:in|through|back)|shown\s+up|turned\s+up"
    r"|gone\s+through|cleared)"
)
_LATE = re.compile(
    rf"{_OPEN}{_THING}\s+(?:{_NOT}{_ARRIVED}|(?:'s|is|are)\s+(?:still\s+)?(?:late|overdue|missing"
    rf"|outstanding|unpaid|not\s+(?:in|here|paid|back|signed|done)|nowhere\s+to\s+be\s+(?:seen|found)))"
    rf"{_CLOSE}",
    re.I,
)
_REPLIED = (
    r"(?:replied|answered|responded|written\s+back|wrote\s+back|got\s+back(?:\s+to\s+(?:me|us))?"
    r"|gotten\s+back(?:\s+to\s+(?:me|us))?|called\s+(?:me\s+|us\s+)?back|rung\s+back"
    r"|returned\s+(?:my|our)\s+(?:call|calls|email|emails))"
)
_WHO = (
    r"(?P<who>(?!(?:i|we|you|he|she|they|it|this|that|there|nobody|no\s+one|everyone)\b)"
    r"(?:(?:the|our|my|their)\s+)?[\w'&-]+(?:\s+[\w'&-]+){0,3}?)"
)
_ABOUT = r"(?:\s+(?P<about>(?:about|on|re|regarding|with)\s+[\w'&-]+(?:\s+[\w'&.-]+){0,5}?))?"
_SILENT = re.compile(
    rf"{_OPEN}{_WHO}\s+{_NOT}{_REPLIED}{_ABOUT}{_CLOSE}",
    re.I,
)
_NO_WORD = re.compile(
    rf"(?:{_OPEN})(?:still\s+)?(?:no|nothing|zero|not\s+a)\s+(?:(?:reply|replies|answer|word"
    r"|response|news|update|call|email|sign|peep|callback)\s+)?(?:yet\s+)?(?:back\s+)?from\s+"
    rf"{_WHO}{_ABOUT}{_CLOSE}",
    re.I,
)
_UNHEARD = re.compile(
    rf"{_OPEN}(?:i\s+|we\s+)?(?:still\s+)?(?:haven'?t|have\s+not|hasn'?t|didn'?t)\s+(?:yet\s+)?"
    rf"heard\s+(?:anything\s+|a\s+thing\s+)?(?:back\s+)?from\s+{_WHO}{_ABOUT}{_CLOSE}",
    re.I,
)
_DID = {
    "paid": "pay", "signed": "sign", "sent": "send", "returned": "return", "confirmed": "confirm",
    "approved": "approve", "booked": "book", "delivered": "deliver", "fixed": "fix",
    "submitted": "submit", "reviewed": "review", "finished": "finish", "shared": "share",
}  # fmt: skip
_OWES = re.compile(
    rf"{_OPEN}{_WHO}\s+{_NOT}(?P<did>{'|'.join(_DID)})\s+(?P<what>(?:the|our|my|their|his|her|us"
    rf"|me)\b[\w'&\s.-]{{0,60}}?){_CLOSE}",
    re.I,
)
_WAITING = re.compile(
    rf"{_OPEN}(?:(?:i'?m|we'?re|i\s+am|we\s+are)\s+)?(?:still\s+)?waiting\s+(?:on|for)\s+{_THING}"
    rf"{_CLOSE}",
    re.I,
)
_BROKEN = (
    r"(?:broken|broke|busted|dead|down|died|kaput|jammed|leaking|stuck|frozen|offline"
    r"|flickering|crashing|out\s+of\s+order|on\s+the\s+blink|playing\s+up|acting\s+up"
    r"|not\s+working|stopped\s+working|acting\s+weird|making\s+(?:a|that)\s+(?:weird\s+|funny\s+)?"
    r"noise|keeps?\s+(?:crashing|dropping|breaking|jamming|freezing|leaking|beeping)"
    r"|won'?t\s+(?:start|turn\s+on|work|print|connect|load|open|close|lock|flush|drain))"
)
_FAULT = re.compile(
    rf"{_OPEN}{_THING}(?:'s|\s+is|\s+are|\s+has|\s+have|'re)?\s+(?:(?:still|gone|been|just|totally"
    rf"|completely|broken\s+and)\s+)*{_BROKEN}(?P<where>\s+(?:in|on|at)\s+(?:the\s+)?[\w'-]+"
    rf"(?:\s+[\w'-]+){{0,2}}?)?{_CLOSE}",
    re.I,
)
_DETERMINED = re.compile(r"^(?:the|our|my|their|his|her|this|that|those|these)\s", re.I)
_PROPER = re.compile(r"^[A-Z]")
_OWN = re.compile(r"['’]s$")
_FIRST_WORD = re.compile(r"^\w+")
# Words that say the line is a question or a request after all.
_ASKS = re.compile(
    r"\?|\b(?:please|pls|can\s+you|could\s+you|remind|need\s+to|have\s+to|should|must|let'?s"
    r"|tomorrow|tmrw|by\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|eod|noon))\b",
    re.I,
)


def remark_title(text: str) -> str | None:
    """The task a complaint or status remark would call for, or None when `text` is no such
    remark (a question, a request, a task)."""
    said = " ".join(text.split())
    if not said or _ASKS.search(said) or len(said) > 160:
        return None
    if m := _SILENT.match(said) or _NO_WORD.match(said) or _UNHEARD.match(said):
        about = f" {m['about']}" if m["about"] else ""
        return f"Follow up with {_the(m['who'])}{about}"
    if m := _OWES.match(said):
        return f"Chase {_the(m['who'])} to {_DID[m['did'].casefold()]} {m['what'].strip()}"
    if (m := _LATE.match(said) or _WAITING.match(said)) and _named(m["thing"]):
        return f"Chase {_the(m['thing'])}"
    if m := _FAULT.match(said):
        where = m["where"] or ""
        return f"Get {_the(m['thing'])}{where} fixed"
    return None


def _named(thing: str) -> bool:
    """Whether `thing` names a thing rather than maybe a person: "the deposit", "our quote",
    never a bare "sam" (who "isn't in today")."""
    return bool(_DETERMINED.match(thing)) or len(thing.split()) > 1


def _the(thing: str) -> str:
    """ "printer" -> "the printer"; "the landlord", "Lena" and "our wifi" stay as they are."""
    thing = _OWN.sub("", thing.strip())
    if _DETERMINED.match(thing) or _PROPER.match(thing):
        return thing
    return f"the {thing}"
