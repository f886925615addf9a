"""'Where' asked of a whole list or a person: "where's my list?" and "where are my tasks" show the
sender's list, "where's sam?" and "where is priya at" what that person has open, "where's the
team at?" what everyone has. One task asked
about this way ("where's the napkins thing?") stays with `status_where`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flowhub.connectors import Reply
from flowhub.skills import status
from flowhub.skills.context import Context
from flowhub.storage import people

__all__ = ["handle"]

_OPEN = r"^\W*(?:(?:so|and|hey|btw|ok|okay|wait|um+|hmm+|oh|quick\s+q|@?flowhub)[\s,:]+)*"
_WHERE = r"where(?:'s|’s|s|\s+is|\s+are|\s+r|'re|’re|\s+did|\s+has|\s+have)?\s+"
_END = r"(?:\s+(?:at|now|gone|go|got\s+to|went|again|then|today|btw|pls|please))*\s*[?.!]*\s*$"
_LIST_WORDS = (
    r"(?:(?:to[\s-]?do|task|whole|full|open)\s*)?"
    r"(?:list|lists|tasks|todos|to-?dos|stuff|things(?:\s+to\s+do)?|jobs|items)"
)
_TEAM = re.compile(
    _OPEN + _WHERE + r"(?:the\s+(?:whole\s+)?team|every(?:one|body)|the\s+others|we\s+all)(?:'s)?"
    r"(?:\s+(?:list|tasks|stuff))?" + _END,
    re.I,
)
_MINE = re.compile(_OPEN + _WHERE + r"(?:all\s+)?(?:my|the|our)\s+" + _LIST_WORDS + _END, re.I)
_PERSON = re.compile(
    _OPEN
    + _WHERE
    + r"(?P<name>[^\W\d_][\w.-]*?)(?:'s|’s)?(?:\s+(?:list|tasks|stuff)"
    + r"|\s+(?:at\s+)?with\s+(?:(?:his|her|their)\s+)?(?:list|tasks|stuff|things|everything))?"
    + _END,
    re.I,
)
_NOT_NAMES_TEXT = "my the our it that this everyone everybody you u he she they we i me us them"
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())


def handle(ctx: Context) -> list[Reply] | None:
    """Show the list a 'where' question asks for; None when it names no list and no person."""
    text = ctx.text.strip()
    if _MINE.match(text):
        return status.handle(replace(ctx, text="my tasks", intent="query"))
    if _TEAM.match(text):
        return status.handle(replace(ctx, text="what's everyone got?", intent="query"))
    m = _PERSON.match(text)
    if m is None or m["name"].casefold() in _NOT_NAMES:
        return None
    found = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=m["name"]
    )
    if not found:
        return None
    name = found[0].display_name.split(" ")[0]
    return status.handle(replace(ctx, text=f"what has {name} got?", intent="query"))
