"""Where Slack bot tokens come from: the installations table (OAuth), else the one configured token.

`Installations` is Bolt's `InstallationStore` over FlowHub's database, `OAuthStates` its state
store, and `Authorizer` the Bolt `authorize` step built on both. It answers from the stored bot
ids without calling `auth.test` on every request; only the single configured token
(FLOWHUB_SLACK_BOT_TOKEN) is checked with `auth.test`, once. Tokens are encrypted at rest with a
key derived from FLOWHUB_SECRET_KEY when that is set.
"""

from __future__ import annotations

import base64
import logging
import secrets
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from logging import Logger
from typing import Any

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from slack_bolt.authorization import AuthorizeResult
from slack_bolt.authorization.authorize import Authorize
from slack_bolt.context import BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.oauth.installation_store import Bot, Installation, InstallationStore
from slack_sdk.oauth.state_store import OAuthStateStore
from sqlalchemy import Engine

from flowhub.storage import session_scope
from flowhub.storage import slack as store
from flowhub.storage.slack_models import SlackInstallation

log = logging.getLogger(__name__)
STATE_TTL = timedelta(minutes=10)
_ENCRYPTED = "fernet:"


class Installations(InstallationStore):
    """Bot installations in FlowHub's database, one per workspace, newest install wins."""

    def __init__(
        self,
        *,
        engine: Engine,
        now: Callable[[], datetime],
        secret_key: str | None = None,
        single_token: str | None = None,
    ) -> None:
        self._engine = engine
        self._now = now
        self._fernet = _fernet(secret_key) if secret_key else None
        self.single_token = single_token

    @property
    def logger(self) -> Logger:
        """The logger slack_sdk expects every store to have."""
        return log

    def save(self, installation: Installation) -> None:
        """Store the bot of a finished OAuth install (user tokens are not kept)."""
        if not installation.bot_token:
            raise ValueError(
                f"the Slack install for team {installation.team_id} returned no bot token; "
                "add bot scopes to the app (see slack/manifest.yml)"
            )
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
                    bot_token=self._seal(installation.bot_token),
                    bot_scopes=",".join(scopes) if isinstance(scopes, list) else str(scopes or ""),
                    installer_user_id=installation.user_id or "",
                    installed_at=now,
                    updated_at=now,
                ),
                now=now,
            )
        log.info(
            "Slack app installed in team %s", installation.team_id or installation.enterprise_id
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
        row = self._row(enterprise_id, team_id, is_enterprise_install)
        if row is None:
            return None
        return Installation(
            app_id=row.app_id,
            enterprise_id=row.enterprise_id or None,
            team_id=row.team_id or None,
            team_name=row.team_name or None,
            bot_token=self._open(row.bot_token),
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
        """Forget a workspace's bot (the app was uninstalled or its tokens revoked)."""
        if user_id is not None:
            return  # only the bot is stored; a user revoking their own token changes nothing
        with session_scope(self._engine) as session:
            store.delete_installation(
                session=session, enterprise_id=enterprise_id or "", team_id=team_id or ""
            )

    def delete_bot(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        """Forget a workspace's bot."""
        self.delete_installation(enterprise_id=enterprise_id, team_id=team_id)

    def delete_all(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        """Forget everything about a workspace."""
        self.delete_installation(enterprise_id=enterprise_id, team_id=team_id)

    def token(self, team_id: str) -> str | None:
        """The bot token to act in a workspace: its installation's, else the configured one."""
        row = self._row(None, team_id, False)
        if row is not None:
            return self._open(row.bot_token)
        return self.single_token

    def _row(
        self, enterprise_id: str | None, team_id: str | None, org: bool | None
    ) -> SlackInstallation | None:
        with session_scope(self._engine) as session:
            row = store.get_installation(
                session=session,
                enterprise_id=enterprise_id or "",
                team_id=_team_key(team_id, org),
            )
            if row is None and enterprise_id is None and team_id:
                # Events do not always name the org; the team alone is unique enough.
                row = store.find_installation_by_team(session=session, team_id=team_id)
            return row

    def _seal(self, token: str) -> str:
        if self._fernet is None:
            return token
        return _ENCRYPTED + self._fernet.encrypt(token.encode()).decode()

    def _open(self, stored: str) -> str:
        if not stored.startswith(_ENCRYPTED):
            return stored
        if self._fernet is None:
            raise RuntimeError(
                "a Slack token is stored encrypted but FLOWHUB_SECRET_KEY is not set; set it to "
                "the key used when the app was installed, or install the app again"
            )
        try:
            return self._fernet.decrypt(stored[len(_ENCRYPTED) :].encode()).decode()
        except InvalidToken as exc:
            raise RuntimeError(
                "a stored Slack token does not decrypt with FLOWHUB_SECRET_KEY; was the key "
                "changed? Restore it, or install the app again"
            ) from exc


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


class Authorizer(Authorize):
    """Bolt's authorize step: the stored installation of the team, else the configured token."""

    def __init__(self, *, installations: Installations, client: WebClient) -> None:
        self._installations = installations
        self._client = client
        self._lock = threading.Lock()
        self._single: AuthorizeResult | None = None

    def __call__(
        self,
        *,
        context: BoltContext,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None,
        actor_enterprise_id: str | None = None,
        actor_team_id: str | None = None,
        actor_user_id: str | None = None,
    ) -> AuthorizeResult | None:
        """Who the bot is in this workspace and which token it uses there."""
        found = self._installations.find_installation(
            enterprise_id=enterprise_id,
            team_id=team_id,
            is_enterprise_install=context.is_enterprise_install,
        )
        if found is not None and found.bot_token:
            return AuthorizeResult(
                enterprise_id=found.enterprise_id,
                team_id=found.team_id,
                bot_user_id=found.bot_user_id,
                bot_id=found.bot_id,
                bot_token=found.bot_token,
                bot_scopes=found.bot_scopes,
                user_id=user_id,
            )
        return self._single_token(user_id)

    def _single_token(self, user_id: str | None) -> AuthorizeResult | None:
        token = self._installations.single_token
        if token is None:
            return None
        with self._lock:
            if self._single is None:
                try:
                    answer = self._client.auth_test(token=token)
                except SlackApiError as exc:
                    log.error(
                        "auth.test refused FLOWHUB_SLACK_BOT_TOKEN (%s); copy the Bot User OAuth "
                        "Token again from the app's OAuth & Permissions page",
                        exc.response.get("error"),
                    )
                    return None
                self._single = AuthorizeResult(
                    enterprise_id=answer.get("enterprise_id"),
                    team_id=answer.get("team_id"),
                    bot_user_id=answer.get("user_id"),
                    bot_id=answer.get("bot_id"),
                    bot_token=token,
                )
            single = self._single
        return AuthorizeResult(
            enterprise_id=single.enterprise_id,
            team_id=single.team_id,
            bot_user_id=single.bot_user_id,
            bot_id=single.bot_id,
            bot_token=token,
            user_id=user_id,
        )


def _team_key(team_id: str | None, org: bool | None) -> str:
    return "" if org else team_id or ""


def _fernet(secret_key: str) -> Fernet:
    key = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"flowhub slack tokens"
    ).derive(secret_key.encode())
    return Fernet(base64.urlsafe_b64encode(key))
