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
_LEAD = re.compile(rf"^(\s*@?)([^\W\d_][\w'-]*)(\s*,?\s+)(?={_ASKS})", re.I)
_SHORT_YOU = re.compile(r"\b(can|could|would|will|cud|cn|wd)\s+(?:u|ya)\b", re.I)
_SPELLED = {"cud": "could", "cn": "can", "wd": "would"}
# "sam would you mind booking …" reads as a request once the name is set off by a comma.
_MIND = re.compile(r"^(\s*@?[^\W\d_][\w'-]*)\s+(?=would\s+you\s+mind\b)", re.I)


def request_text(ctx: Context) -> str | None:
    """`ctx.text` written out as a request to the chat member it names; None if it is not one."""
    text = ctx.text
    lead = _LEAD.match(text)
    if lead is None or lead.group(2).casefold() not in _member_names(ctx):
        return None
    name = lead.group(2)
    fixed = lead.group(1) + name[:1].upper() + name[1:] + lead.group(3) + text[lead.end() :]
    fixed = _SHORT_YOU.sub(lambda m: f"{_SPELLED.get(m.group(1).lower(), m.group(1))} you", fixed)
    fixed = _MIND.sub(r"\1, ", fixed)
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


def _member_names(ctx: Context) -> set[str]:
    """The first names of the people in this group, or in the sender's groups elsewhere."""
    if ctx.chat.kind == "group":
        groups = [ctx.chat_id]
    else:
        groups = people.get_group_ids(session=ctx.session, person_id=ctx.person_id)
    members = people.get_group_members(session=ctx.session, chat_ids=groups)
    return {p.display_name.split(" ")[0].casefold() for p in members}
