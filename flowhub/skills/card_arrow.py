"""An arrow that hands a card or task on: "this one → ana, thursday", "→ sam, friday",
"the napkins one -> priya".

The arrow is read as the words it stands for ("give it to ana, thursday"), so the skills after
this one change the card or task as they would for those words. It answers nothing itself.
"""

from __future__ import annotations

import re

from flowhub.connectors import Reply
from flowhub.nlp import classify_intent
from flowhub.skills.context import Context
from flowhub.storage import people

_ARROW = re.compile(
    r"^\W*?(?P<what>(?:this|that)(?:\s+one)?|it|the\s+[\w' -]{2,40}?\s+one)?\s*"
    r"(?:→|->|-->|=>|⇒|➡️?|⟶|➔|»)\s*@?(?P<name>[^\W\d_][\w-]*)\b(?P<rest>.*)$",
    re.I | re.S,
)
_ME = frozenset(["me", "myself", "mine"])


def handle(ctx: Context) -> list[Reply] | None:
    """Read an arrow to a person as "give it to NAME"; always None."""
    m = _ARROW.match(ctx.text.strip())
    if m is None:
        return None
    name = m["name"]
    if name.casefold() not in _ME:
        found = people.find_people_by_name(
            session=ctx.session, workspace_id=ctx.workspace_id, name=name
        )
        if len(found) != 1:
            return None
        name = found[0].display_name.split(" ")[0]
    what = m["what"] or "it"
    what = "it" if what.casefold() in ("this", "that", "this one", "that one") else what
    ctx.text = f"give {what} to {name}{m['rest']}"
    ctx.intent = classify_intent(ctx.text)
    return None
