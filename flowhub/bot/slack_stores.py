"""What the Slack connector keeps in FlowHub's database, built by the app factory.

`Installations` is slack_sdk's `InstallationStore` over the installations table (one bot per
workspace, newest install wins; tokens are stored as the connector hands them in, sealed when
FLOWHUB_SECRET_KEY is set), `OAuthStates` its `OAuthStateStore`, and `slack_stores` bundles them
with the lookup of a reply's Slack origin for `Deps.slack`.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from datetime import datetime, timedelta
from logging import Logger
from typing import Any

from slack_sdk.oauth.installation_store import Bot, Installation, InstallationStore
from slack_sdk.oauth.state_store import OAuthStateStore
from sqlalchemy import Engine

from flowhub.connectors.slack.stores import SlackStores
from flowhub.storage import session_scope
from flowhub.storage import slack as store
from flowhub.storage.slack_models import SlackInstallation

log = logging.getLogger(__name__)
STATE_TTL = timedelta(minutes=10)


class Installations(InstallationStore):
    """Bot installations in FlowHub's database, one per workspace, newest install wins."""

    def __init__(self, *, engine: Engine, now: Callable[[], datetime]) -> None:
        self._engine = engine
        self._now = now

    @property
    def logger(self) -> Logger:
        """The logger slack_sdk expects every store to have."""
        return log

    def save(self, installation: Installation) -> None:
        """Store the bot of a finished OAuth install (user tokens are not kept)."""
        now = self._now()
        scopes = installation.bot_scopes
        with session_scope(self._engine) as session:
            store.save_installation(
                session=session,
                installation_in=SlackInstallation(
                    enterprise_id=installation.enterprise_id or "",
                    team_id=_team_key(installation.team_id, installation.is_enterprise_install),
                    team_name=installation.team_name or "",
                    is_enterprise_install=bool(installation.is_enterprise_install),
                    app_id=installation.app_id,
                    bot_id=installation.bot_id,
                    bot_user_id=installation.bot_user_id,
                    bot_token=installation.bot_token or "",
                    bot_scopes=",".join(scopes) if isinstance(scopes, list) else str(scopes or ""),
                    installer_user_id=installation.user_id or "",
                    installed_at=now,
                    updated_at=now,
                ),
                now=now,
            )

    def save_bot(self, bot: Bot) -> None:
        """Not used: `save` keeps the bot together with its installation."""

    def find_installation(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None = None,
        is_enterprise_install: bool | None = False,
    ) -> Installation | None:
        """The workspace's bot installation; None when FlowHub has none stored."""
        with session_scope(self._engine) as session:
            row = store.get_installation(
                session=session,
                enterprise_id=enterprise_id or "",
                team_id=_team_key(team_id, is_enterprise_install),
            )
            if row is None and enterprise_id is None and team_id:
                # Events do not always name the org; the team alone is unique enough.
                row = store.find_installation_by_team(session=session, team_id=team_id)
        if row is None:
            return None
        return Installation(
            app_id=row.app_id,
            enterprise_id=row.enterprise_id or None,
            team_id=row.team_id or None,
            team_name=row.team_name or None,
            bot_token=row.bot_token,
            bot_id=row.bot_id,
            bot_user_id=row.bot_user_id,
            bot_scopes=row.bot_scopes,
            user_id=row.installer_user_id,
            is_enterprise_install=row.is_enterprise_install,
            installed_at=row.installed_at.timestamp(),
        )

    def find_bot(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        is_enterprise_install: bool | None = False,
    ) -> Bot | None:
        """The workspace's bot; None when FlowHub has none stored."""
        installation = self.find_installation(
            enterprise_id=enterprise_id,
            team_id=team_id,
            is_enterprise_install=is_enterprise_install,
        )
        return installation.to_bot() if installation is not None else None

    def delete_installation(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None = None,
    ) -> None:
        """Forget a workspace's bot."""
        with session_scope(self._engine) as session:
            store.delete_installation(
                session=session, enterprise_id=enterprise_id or "", team_id=team_id or ""
            )


class OAuthStates(OAuthStateStore):
    """OAuth `state` values in FlowHub's database: each is good once, for ten minutes."""

    def __init__(self, *, engine: Engine, now: Callable[[], datetime]) -> None:
        self._engine = engine
        self._now = now

    @property
    def logger(self) -> Logger:
        """The logger slack_sdk expects every store to have."""
        return log

    def issue(self, *args: Any, **kwargs: Any) -> str:
        """A new random state for the install link."""
        state = secrets.token_urlsafe(32)
        with session_scope(self._engine) as session:
            store.create_oauth_state(
                session=session, state=state, expires_at=self._now() + STATE_TTL
            )
        return state

    def consume(self, state: str) -> bool:
        """True once for a state that was issued and has not expired."""
        with session_scope(self._engine) as session:
            return store.consume_oauth_state(session=session, state=state, now=self._now())


def slack_stores(engine: Engine, now: Callable[[], datetime]) -> SlackStores:
    """The Slack connector's installations, OAuth states and reply origins, all in `engine`."""

    def reply_origin(outbox_id: int) -> dict[str, Any] | None:
        with session_scope(engine) as session:
            return store.get_reply_origin(session=session, outbox_id=outbox_id)

    return SlackStores(
        installations=Installations(engine=engine, now=now),
        states=OAuthStates(engine=engine, now=now),
        reply_origin=reply_origin,
    )


def _team_key(team_id: str | None, org: bool | None) -> str:
    return "" if org else team_id or ""
