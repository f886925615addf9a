"""Workspaces, people, their platform identities and chats."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import bindparam
from sqlmodel import Session, col, select

from flowhub.storage._memo import remembered
from flowhub.storage._rows import apply_changes, get_or_insert
from flowhub.storage.models import Chat, ConversationState, Identity, Person, Workspace
from flowhub.storage.name_scripts import names_match
from flowhub.storage.types import id_of

# Platforms whose workspace vouches for who a person is (a Slack team's own members), so a
# display name there names one real person. On WhatsApp and Telegram anyone picks any name.
NAME_VOUCHED_PLATFORMS = frozenset({"slack"})


def vouches_for_names(platform: str) -> bool:
    """Whether a display name on `platform` is the platform's word for who someone is."""
    return platform in NAME_VOUCHED_PLATFORMS


def get_or_create_workspace(
    *, session: Session, platform: str, external_id: str, now: datetime, name: str = ""
) -> Workspace:
    """The workspace of a platform account, created on first sight."""
    return get_or_insert(
        session,
        _WORKSPACE,
        lambda: Workspace(platform=platform, external_id=external_id, name=name, created_at=now),
        {"platform": platform, "external_id": external_id},
    )


def get_identity(
    *, session: Session, platform: str, account: str, external_id: str
) -> Identity | None:
    """The identity of a platform user, if FlowHub has seen them."""
    params = {"platform": platform, "account": account, "external_id": external_id}
    return session.exec(_IDENTITY, params=params).first()


def get_or_create_person(
    *,
    session: Session,
    workspace_id: int,
    platform: str,
    account: str,
    external_id: str,
    now: datetime,
    display_name: str | None,
    timezone: str,
    locale: str,
    digest_time: str,
    direct_chat: str | None = None,
) -> tuple[Person, bool]:
    """The person behind a platform identity, created on first contact; True when new.

    `direct_chat`, when given, is remembered as the chat that reaches the identity privately.
    """
    identity = get_identity(
        session=session, platform=platform, account=account, external_id=external_id
    )
    if identity is not None:
        person = session.get(Person, identity.person_id)
        if person is None:
            raise LookupError(f"identity {identity.id} points at missing person")
        if display_name and person.display_name != display_name:
            person.display_name = display_name
            session.add(person)
        if direct_chat is not None:
            set_direct_chat(session=session, identity=identity, chat=direct_chat)
        return person, False
    person = Person(
        workspace_id=workspace_id,
        display_name=display_name or external_id,
        timezone=timezone,
        locale=locale,
        digest_time=digest_time,
        created_at=now,
    )
    session.add(person)
    session.flush()
    session.add(
        Identity(
            person_id=id_of(person),
            platform=platform,
            account=account,
            external_id=external_id,
            direct_chat=direct_chat,
            created_at=now,
        )
    )
    session.flush()
    return person, True


def get_person(*, session: Session, person_id: int) -> Person | None:
    """One person by id."""
    return session.get(Person, person_id)


def update_person(*, session: Session, person: Person, **changes: object) -> Person:
    """Change a person's settings."""
    return apply_changes(session, person, changes)


def find_people_by_name(*, session: Session, workspace_id: int, name: str) -> list[Person]:
    """People in a workspace whose display name or first name matches `name` (any case)."""
    needle = name.strip().lstrip("@").casefold()
    if not needle:
        return []
    people = remembered(
        session,
        ("people", workspace_id),
        lambda: list(session.exec(_WORKSPACE_PEOPLE, params={"workspace_id": workspace_id})),
    )
    exact = [p for p in people if p.display_name.casefold() == needle]
    if exact:
        return exact
    first = [p for p in people if p.display_name.casefold().split(" ")[0] == needle]
    if first:
        return first
    # "Прию", "لسام", "प्रिया": the name in another script, maybe with a case ending
    if not any(ord(c) > 0x3FF for c in needle):
        return []  # names_match reads only such scripts: no need to ask it of everyone
    return [p for p in people if names_match(needle, p.display_name.split(" ")[0])]


def get_identities(*, session: Session, person_id: int) -> list[Identity]:
    """Every platform identity of a person."""
    return list(session.exec(select(Identity).where(Identity.person_id == person_id)))


def set_direct_chat(*, session: Session, identity: Identity, chat: str) -> None:
    """Remember the chat in which FlowHub can reach this identity privately."""
    if identity.direct_chat != chat:
        identity.direct_chat = chat
        session.add(identity)


def get_or_create_chat(
    *,
    session: Session,
    workspace_id: int,
    platform: str,
    account: str,
    external_id: str,
    kind: str,
    title: str | None,
    now: datetime,
) -> Chat:
    """The chat an event came from, created on first sight."""
    params = {"platform": platform, "account": account, "external_id": external_id}
    return get_or_insert(
        session,
        _CHAT,
        lambda: Chat(
            workspace_id=workspace_id,
            platform=platform,
            account=account,
            external_id=external_id,
            kind=kind,
            title=title,
            created_at=now,
        ),
        params,
    )


def get_chat(*, session: Session, chat_id: int) -> Chat | None:
    """One chat by id."""
    return session.get(Chat, chat_id)


def get_chat_by_external(
    *, session: Session, platform: str, account: str, external_id: str
) -> Chat | None:
    """A chat by its platform id, if FlowHub has seen it."""
    return session.exec(
        select(Chat).where(
            Chat.platform == platform, Chat.account == account, Chat.external_id == external_id
        )
    ).first()


def get_last_inbound(
    *, session: Session, platform: str, keys: Collection[tuple[str, str]]
) -> dict[tuple[str, str], datetime]:
    """When each (account, chat) last wrote to FlowHub; chats never seen are left out."""
    if not keys:
        return {}
    rows = session.exec(
        select(Chat.account, Chat.external_id, Chat.last_inbound_at).where(
            Chat.platform == platform, col(Chat.external_id).in_({chat for _, chat in keys})
        )
    )
    return {
        (account, chat): last
        for account, chat, last in rows
        if last is not None and (account, chat) in keys
    }


def get_direct_chats(*, session: Session, person_ids: list[int]) -> dict[int, tuple[str, str, str]]:
    """Where each person can be reached privately: {person id: (platform, account, chat)}."""
    if not person_ids:
        return {}
    found: dict[int, tuple[str, str, str]] = {}
    statement = (
        select(Identity)
        .where(col(Identity.person_id).in_(person_ids), col(Identity.direct_chat).is_not(None))
        .order_by(col(Identity.id))
    )
    for identity in session.exec(statement):
        if identity.direct_chat and identity.person_id not in found:
            found[identity.person_id] = (identity.platform, identity.account, identity.direct_chat)
    return found


def get_people(*, session: Session, person_ids: list[int]) -> dict[int, Person]:
    """Several people by id."""
    if not person_ids:
        return {}
    rows = session.exec(select(Person).where(col(Person.id).in_(person_ids)))
    return {row.id: row for row in rows if row.id is not None}


def get_workspace_people(*, session: Session, workspace_id: int, limit: int = 50) -> list[Person]:
    """The people of a workspace, in the order they first appeared."""
    params = {"workspace_id": workspace_id, "limit": limit}
    return list(session.exec(_FIRST_PEOPLE, params=params))


def get_group_members(*, session: Session, chat_ids: Collection[int]) -> list[Person]:
    """The people who have written in any of these group chats, in the order they first appeared."""
    if not chat_ids:
        return []
    statement = (
        select(Person)
        .join(ConversationState, col(ConversationState.person_id) == col(Person.id))
        .join(Chat, col(Chat.id) == col(ConversationState.chat_id))
        .where(col(ConversationState.chat_id).in_(chat_ids), Chat.kind == "group")
        .distinct()
        .order_by(col(Person.id))
    )
    return list(session.exec(statement))


def get_group_ids(*, session: Session, person_id: int) -> list[int]:
    """The group chats a person has written in."""
    statement = (
        select(Chat.id)
        .join(ConversationState, col(ConversationState.chat_id) == col(Chat.id))
        .where(ConversationState.person_id == person_id, Chat.kind == "group")
    )
    return [chat_id for chat_id in session.exec(statement) if chat_id is not None]


# The lookups every message makes, built once: building a statement costs more than running it.
_WORKSPACE = select(Workspace).where(
    Workspace.platform == bindparam("platform"), Workspace.external_id == bindparam("external_id")
)
_IDENTITY = select(Identity).where(
    Identity.platform == bindparam("platform"),
    Identity.account == bindparam("account"),
    Identity.external_id == bindparam("external_id"),
)
_CHAT = select(Chat).where(
    Chat.platform == bindparam("platform"),
    Chat.account == bindparam("account"),
    Chat.external_id == bindparam("external_id"),
)
_WORKSPACE_PEOPLE = select(Person).where(Person.workspace_id == bindparam("workspace_id"))
_FIRST_PEOPLE = _WORKSPACE_PEOPLE.order_by(col(Person.id)).limit(bindparam("limit"))
