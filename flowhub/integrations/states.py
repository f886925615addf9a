"""One-time OAuth states: stored when the link is sent, used up by the first callback."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from flowhub.integrations import oauth, pages
from flowhub.storage import integrations, session_scope

if TYPE_CHECKING:
    from flowhub.services import Services


class StateRefused(Exception):
    """A sign-in state that cannot be used; the message is the page to show."""


def issue(
    services: Services, provider: oauth.Provider, *, workspace_id: int, person_id: int
) -> str:
    """A sign-in link for this person, its state stored so that it works once."""
    state, owner = oauth.new_state(
        provider, workspace_id=workspace_id, person_id=person_id, tools=services.tools
    )
    now = services.clock.now()
    with session_scope(services.engine) as session:
        integrations.create_oauth_state(
            session=session,
            nonce=owner.nonce,
            provider=provider.name,
            workspace_id=workspace_id,
            person_id=person_id,
            now=now,
            expires_at=now + timedelta(seconds=oauth.STATE_TTL),
        )
    return oauth.start_link(provider, state, tools=services.tools)


def peek(services: Services, provider: oauth.Provider, state: str) -> oauth.State:
    """Whose a still-usable state is, without using it up; `StateRefused` otherwise."""
    owner = oauth.read_state(provider, state, tools=services.tools)
    if owner is None:
        raise StateRefused(pages.OAUTH_PAGE_BAD)
    with session_scope(services.engine) as session:
        row = integrations.get_oauth_state(session=session, nonce=owner.nonce)
        if row is None or (row.provider, row.workspace_id, row.person_id) != (
            provider.name,
            owner.workspace_id,
            owner.person_id,
        ):
            raise StateRefused(pages.OAUTH_PAGE_BAD)
        if row.used_at is not None:
            raise StateRefused(pages.OAUTH_PAGE_USED.format(kind=_kind(provider)))
        if row.expires_at <= services.clock.now():
            raise StateRefused(pages.OAUTH_PAGE_BAD)
    return owner


def claim(services: Services, provider: oauth.Provider, state: str) -> oauth.State:
    """Use a state up (atomically: of two callbacks, one wins); `StateRefused` otherwise."""
    owner = peek(services, provider, state)
    with session_scope(services.engine) as session:
        won = integrations.use_oauth_state(
            session=session,
            nonce=owner.nonce,
            provider=provider.name,
            workspace_id=owner.workspace_id,
            person_id=owner.person_id,
            now=services.clock.now(),
        )
    if not won:
        raise StateRefused(pages.OAUTH_PAGE_USED.format(kind=_kind(provider)))
    return owner


def _kind(provider: oauth.Provider) -> str:
    return provider.kind.replace("_", " ")


__all__ = ["StateRefused", "claim", "issue", "peek"]
