"""A request that opens with a chat member's name in lower case or in texting shorthand:
"priya pls check the invoice", "ana could u review the draft", "sam would you mind …".

The reader of tasks only takes a lower-case word for a name after "ask … to"; here the name is
known to be a member of the chat, so the request is read as if it were written out properly.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.nlp import classify_intent
from flowhub.skills import capture
from flowhub.skills.context import Context
from flowhub.storage import people

_ASKS = (
    r"(?:(?:can|could|would|will|cud|cn|wd)\s+(?:you|u|ya)|pls|please|plz|pretty\s+please"
    r"|would\s+you\s+mind)\b"
)
# "sam needs to call the florist": a name then what they are to do, as "Sam needs to ..." reads.
_MODALS = r"(?:needs?\s+to|has\s+to|must|will|is\s+going\s+to|is\s+gonna)\b"
_CONTRACTED = r"'(?:s\s+going\s+to|s\s+gonna|ll)\b"
# Where a request to someone can start: the message, a clause, or after a chat word
# ("ok so priya could u ...", "plan: sam can you ..., priya pls ...").
_START = r"(?:^|[,;:.!?\n(]|\b(?:and|also|then|so|ok|okay|oh|btw|plus|hey|hi|hello|yo)\b)"
# "priya u need to confirm ...": what the person must do, said to them.
# "sam you have to see this" only shares something.
_YOU_MUST = (
    r"((?:you|u)\s+(?:need|have)\s+to|(?:you|u)\s+must)\b"
    r"(?!\s+(?:see|try|watch|hear|taste|read|meet|come|look|check\s+(?:this|it|out))\b)"
)
_NAMED, _NAMED_TO_BOT = (
    re.compile(
        rf"{_START}(\s*@?)([^\W\d_][\w-]*?)(\s*[,:\-–—]?\s*)(?:{_YOU_MUST}"
        rf"|(?=(?<=\w){_CONTRACTED}|(?<=\s){_ASKS}|(?<=\s){modals}))",
        re.I,
    )
    # "sam should see this" is chat between people; said to the bot it is a task for Sam.
    for modals in (_MODALS, rf"(?:{_MODALS}|should\b)")
)
_DUTY = {"need": "needs to", "have": "has to", "must": "must"}
# "can you call the florist tomorrow sam?": the person asked, named at the end of a request.
_ASKED_AT_END = re.compile(
    rf"^\s*(?:{_ASKS}).*?(?<![\w'])(?P<before>[\w'-]+)[\s,]+(?P<name>[^\W\d_][\w-]*)\W*$",
    re.I | re.S,
)
# Words after which a name is who the task is about or for, not who is asked.
_NOT_BEFORE_NAME = frozenset(
    re.findall(
        r"\w+",
        """to with for from and or of by at about on in into than cc ask tell invite remind ping
        call email text phone ring message thank pay meet see visit contact include help""",
    )
)
# Chat words in front of a request to someone say nothing about it ("oh and Priya, can you ...").
_CHAT_OPENERS = re.compile(
    r"^\s*(?:(?:ok|okay|so|and|also|oh|right|alright|btw|um|hmm|then|plus|hey|hi|hello|yo)\b"
    r"[\s,]*)+(?=@?[A-Z])"
)
_SHORT_YOU = re.compile(r"\b(can|could|would|will|cud|cn|wd)\s+(?:u|ya)\b", re.I)
_SPELLED = {"cud": "could", "cn": "can", "wd": "would"}
# "sam would you mind booking …" reads as a request once the name is set off by a comma.
_MIND = re.compile(r"^(\s*@?[^\W\d_][\w'-]*)\s+(?=would\s+you\s+mind\b)", re.I)


def request_text(ctx: Context) -> str | None:
    """`ctx.text` written out as a request to the chat members it names; None if it is not one."""
    text = ctx.text
    members: dict[str, bool] = {}

    def member(name: str) -> bool:
        key = name.casefold()
        if key not in members:
            members[key] = _is_member(ctx, name)
        return members[key]

    def capitalised(m: re.Match[str]) -> str:
        name = m.group(2)
        if not member(name):
            return m.group(0)
        head = m.group(0)[: m.start(2) - m.start(0)] + name[:1].upper() + name[1:]
        if m.group(4):  # "priya u need to ..." reads as "Priya needs to ..."
            return f"{head} {_DUTY[m.group(4).split()[1].casefold()]}"
        return head + m.group(3)

    named = _NAMED_TO_BOT if ctx.event.addressed else _NAMED
    fixed: str | None = named.sub(capitalised, text)
    if not any(members.values()):
        fixed = _named_at_end(text, member)
    if fixed is None:
        return None
    fixed = _SHORT_YOU.sub(lambda m: f"{_SPELLED.get(m.group(1).lower(), m.group(1))} you", fixed)
    fixed = _MIND.sub(r"\1, ", _CHAT_OPENERS.sub("", fixed))
    return fixed if fixed != text else None


def _named_at_end(text: str, member: Callable[[str], bool]) -> str | None:
    """A request ending in a member's name set off as whom it asks ("... tomorrow, Sam?")."""
    m = _ASKED_AT_END.match(text)
    if m is None or m.group("before").casefold() in _NOT_BEFORE_NAME:
        return None
    name = m.group("name")
    if len(text[: m.start("before")].split()) < 3 or not member(name):
        return None  # "can you call sam": the name is what the task is about
    return f"{text[: m.end('before')]}, {name[:1].upper()}{name[1:]}{text[m.end('name') :]}"


def handle(ctx: Context) -> list[Reply] | None:
    """A card for the chat member a loosely written request names; None for anything else."""
    text = request_text(ctx)
    if text is None:
        return None
    intent = classify_intent(text)
    if intent != "capture":
        return None
    return capture.handle(replace(ctx, text=text, intent=intent))


def _is_member(ctx: Context, name: str) -> bool:
    """Whether `name` is the first name of someone in these groups or of this workspace."""
    if name.casefold() in _member_names(ctx):
        return True
    return bool(
        people.find_people_by_name(session=ctx.session, workspace_id=ctx.workspace_id, name=name)
    )


def _member_names(ctx: Context) -> set[str]:
    """The first names of the people in this group, or in the sender's groups elsewhere."""
    if ctx.chat.kind == "group":
        groups = [ctx.chat_id]
    else:
        groups = people.get_group_ids(session=ctx.session, person_id=ctx.person_id)
    members = people.get_group_members(session=ctx.session, chat_ids=groups)
    return {p.display_name.split(" ")[0].casefold() for p in members}
