"""Where Slack bot tokens come from: the installations the app factory keeps, else the one token.

`Installations` is Bolt's `InstallationStore` over the store handed in (`SlackStores`), sealing
tokens on the way in and opening them on the way out, with the configured token as a fallback;
`Authorizer` is the Bolt `authorize` step built on it. It answers from the stored bot ids without
calling `auth.test` on every request; only the single configured token (FLOWHUB_SLACK_BOT_TOKEN)
is checked with `auth.test`, once. Tokens are encrypted at rest with a key derived from
FLOWHUB_SECRET_KEY when that is set.
"""

from __future__ import annotations

import base64
import copy
import logging
import threading
from logging import Logger

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from slack_bolt.authorization import AuthorizeResult
from slack_bolt.authorization.authorize import Authorize
from slack_bolt.context import BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.oauth.installation_store import Bot, Installation, InstallationStore

log = logging.getLogger(__name__)
_ENCRYPTED = "fernet:"


class Installations(InstallationStore):
    """Bot installations kept in `store`, one per workspace, tokens sealed at rest."""

    def __init__(
        self,
        *,
        store: InstallationStore,
        secret_key: str | None = None,
        single_token: str | None = None,
    ) -> None:
        self._store = store
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
        sealed = copy.copy(installation)
        sealed.bot_token = self._seal(installation.bot_token)
        self._store.save(sealed)
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
        found = self._store.find_installation(
            enterprise_id=enterprise_id,
            team_id=team_id,
            is_enterprise_install=is_enterprise_install,
        )
        if found is None or not found.bot_token:
            return found
        opened = copy.copy(found)
        opened.bot_token = self._open(found.bot_token)
        return opened

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
        self._store.delete_installation(enterprise_id=enterprise_id, team_id=team_id)

    def delete_bot(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        """Forget a workspace's bot."""
        self.delete_installation(enterprise_id=enterprise_id, team_id=team_id)

    def delete_all(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        """Forget everything about a workspace."""
        self.delete_installation(enterprise_id=enterprise_id, team_id=team_id)

    def token(self, team_id: str) -> str | None:
        """The bot token to act in a workspace: its installation's, else the configured one."""
        found = self.find_installation(enterprise_id=None, team_id=team_id)
        if found is not None:
            return found.bot_token
        return self.single_token

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


def _fernet(secret_key: str) -> Fernet:
    key = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"flowhub slack tokens"
    ).derive(secret_key.encode())
    return Fernet(base64.urlsafe_b64encode(key))
