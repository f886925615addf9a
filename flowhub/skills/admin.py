"""A group's admins: "make Sam an admin", "remove Priya as admin", "who are the admins?".

An admin of a group may see its numbers from their private chat too (`storage/access.py`). The
first member is a group's admin; an admin may name others, or take the role away, in the group.
Anyone may ask who the admins are; a private chat hears the admins of each group one is in.
"""

from __future__ import annotations

from flowhub.connectors import Reply
from flowhub.i18n import and_list
from flowhub.nlp import AdminAsk, fix_typos, read_admin
from flowhub.skills import admin_words as say
from flowhub.skills import manners
from flowhub.skills.context import Context
from flowhub.storage import Chat, Person, access, admins, id_of, people


def handle(ctx: Context) -> list[Reply] | None:
    """Answer a request about a group's admins; None for any other message."""
    text = fix_typos(manners.without_bot_name(ctx.event.text or ctx.text))
    asked = read_admin(text) or read_admin(ctx.text)
    if asked is None:
        return None
    if ctx.chat.kind != "group":
        if asked.action != "list":
            return [Reply(say.ASK_IN_GROUP.format())]
        return [Reply(_every_group(ctx))]
    group = id_of(ctx.chat)
    if asked.action == "list":
        return [Reply(say.ADMINS_HERE.format(names=_names(ctx, group)))]
    if not access.may_change_admins(session=ctx.session, viewer=ctx.viewer):
        return [Reply(say.ONLY_ADMINS.format(names=_names(ctx, group)))]
    person = _person(ctx, asked)
    if isinstance(person, Reply):
        return [person]
    return [Reply(_change(ctx, group, asked, person))]


def _change(ctx: Context, group: int, asked: AdminAsk, person: Person) -> str:
    session, who = ctx.session, id_of(person)
    name = person.display_name
    if asked.action == "add":
        added = admins.create_admin(
            session=session, chat_id=group, person_id=who, granted_by=ctx.person_id, now=ctx.now
        )
        if not added:
            return say.ALREADY_ADMIN.format(name=name)
        return say.ADMIN_ADDED.format(name=name, names=_names(ctx, group))
    if not admins.is_admin(session=session, chat_id=group, person_id=who):
        return say.NOT_ADMIN.format(name=name, names=_names(ctx, group))
    if not admins.delete_admin(session=session, chat_id=group, person_id=who, now=ctx.now):
        return say.LAST_ADMIN.format(name=name)
    return say.ADMIN_REMOVED.format(name=name, names=_names(ctx, group))


def _person(ctx: Context, asked: AdminAsk) -> Person | Reply:
    """The person a request names, or the reply saying who could not be told apart."""
    if not asked.name:
        return ctx.person
    found = people.find_people_by_name(
        session=ctx.session, workspace_id=ctx.workspace_id, name=asked.name
    )
    if len(found) == 1:
        return found[0]
    said = asked.name.capitalize()
    return Reply((say.WHICH_ONE if found else say.WHO_IS).format(name=said))


def _names(ctx: Context, group: int) -> str:
    """The admins of a group by name, in the order they became admins."""
    ids = admins.get_admins(session=ctx.session, chat_id=group)
    found = people.get_people(session=ctx.session, person_ids=ids)
    return and_list([found[i].display_name for i in ids if i in found])


def _every_group(ctx: Context) -> str:
    """Each group the asker is in, with its admins."""
    groups = people.get_group_ids(session=ctx.session, person_id=ctx.person_id)
    if not groups:
        return say.NO_GROUPS.format()
    lines = []
    for group in sorted(groups):
        chat = ctx.session.get(Chat, group)
        title = (chat.title if chat else None) or str(group)
        lines.append(say.ADMINS_OF.format(group=title, names=_names(ctx, group)))
    return "\n".join(lines)
