"""A request that opens with a chat member's name in lower case or in texting shorthand:
"priya pls check the invoice", "ana could u review the draft", "sam would you mind …".

The reader of tasks only takes a lower-case word for a name after "ask … to"; here the name is
known to be a member of the chat, so the request is read as if it were written out properly.
"""

from __future__ import annotations

import re
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
_MODALS = r"(?:needs?\s+to|has\s+to|must|should|will|is\s+going\s+to|is\s+gonna)\b"
_CONTRACTED = r"'(?:s\s+going\s+to|s\s+gonna|ll)\b"
# Where a request to someone can start: the message, a clause, or after a chat word
# ("ok so priya could u ...", "plan: sam can you ..., priya pls ...").
_START = r"(?:^|[,;:.!?\n(]|\b(?:and|also|then|so|ok|okay|oh|btw|plus)\b)"
_NAMED = re.compile(
    rf"{_START}(\s*@?)([^\W\d_][\w-]*?)(\s*,?\s*)"
    rf"(?=(?<=\w){_CONTRACTED}|(?<=\s){_ASKS}|(?<=\s){_MODALS})",
    re.I,
)
# Chat words in front of a request to someone say nothing about it ("oh and Priya, can you ...").
_CHAT_OPENERS = re.compile(
    r"^\s*(?:(?:ok|okay|so|and|also|oh|right|alright|btw|um|hmm|then|plus)\b[\s,]*)+(?=@?[A-Z])"
)
_SHORT_YOU = re.compile(r"\b(can|could|would|will|cud|cn|wd)\s+(?:u|ya)\b", re.I)
_SPELLED = {"cud": "could", "cn": "can", "wd": "would"}
# "sam would you mind booking …" reads as a request once the name is set off by a comma.
_MIND = re.compile(r"^(\s*@?[^\W\d_][\w'-]*)\s+(?=would\s+you\s+mind\b)", re.I)


def request_text(ctx: Context) -> str | None:
    """`ctx.text` written out as a request to the chat members it names; None if it is not one."""
    text = ctx.text
    members: dict[str, bool] = {}

    def capitalised(m: re.Match[str]) -> str:
        name = m.group(2)
        key = name.casefold()
        if key not in members:
            members[key] = _is_member(ctx, name)
        if not members[key]:
            return m.group(0)
        head = m.group(0)[: m.start(2) - m.start(0)]
        return head + name[:1].upper() + name[1:] + m.group(3)

    fixed = _NAMED.sub(capitalised, text)
    if not any(members.values()):
        return None
    fixed = _SHORT_YOU.sub(lambda m: f"{_SPELLED.get(m.group(1).lower(), m.group(1))} you", fixed)
    fixed = _MIND.sub(r"\1, ", _CHAT_OPENERS.sub("", fixed))
    return fixed if fixed != text else None


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
