"""A waiting card goes only to someone in the team: "give the second to luca", "luca's doing the
first one" when nobody here is called Luca keep the card with whom it had, and say so.

A name is in the team when someone of the workspace goes by it; the one editing is always in it.
"""

from __future__ import annotations

from flowhub.i18n import Text
from flowhub.skills.context import Context
from flowhub.storage import Proposal, people

__all__ = ["NOT_IN_TEAM", "NOT_IN_TEAM_OPEN", "outsider", "outsider_note"]

NOT_IN_TEAM = Text(
    "{name} isn't in the team, so “{title}” stays with {owner}. Once {name} has messaged me (or "
    "is in the group with me), give it to them again."
)
NOT_IN_TEAM_OPEN = Text(
    "{name} isn't in the team, so “{title}” stays unassigned. Once {name} has messaged me (or is "
    "in the group with me), give it to them again."
)


def outsider(ctx: Context, fields: dict[str, object]) -> str | None:
    """The name `fields` would put on a card when nobody in the team goes by it, else None."""
    name = fields.get("assignee_name")
    if not isinstance(name, str) or not name.strip():
        return None
    if name.casefold() == ctx.person.display_name.casefold():
        return None
    found = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=name
    )
    return None if found else name.lstrip("@")


def outsider_note(card: Proposal, name: str) -> str:
    """What is said of a card kept from someone not in the team, with whom it stays."""
    if card.assignee_name:
        return NOT_IN_TEAM.format(name=name, title=card.title, owner=card.assignee_name)
    return NOT_IN_TEAM_OPEN.format(name=name, title=card.title)
