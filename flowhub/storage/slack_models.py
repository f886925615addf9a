"""Slack's own tables: the bot installation of each workspace and the OAuth `state` values.

Kept apart from `models.py` because only the Slack connector reads them; they come in with
migration `0003_slack`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from flowhub.storage.types import utc_field


class SlackInstallation(SQLModel, table=True):
    """The bot of one Slack workspace (or org): its token, ids and scopes, newest install wins.

    `enterprise_id` and `team_id` are "" rather than NULL so the unique key holds for both.
    `bot_token` is whatever the connector hands in (encrypted when FLOWHUB_SECRET_KEY is set).
    """

    __tablename__ = "slack_installation"
    __table_args__ = (UniqueConstraint("enterprise_id", "team_id"),)
    id: int | None = Field(default=None, primary_key=True)
    enterprise_id: str = Field(default="", max_length=32)
    team_id: str = Field(default="", max_length=32)
    team_name: str = Field(default="", max_length=200)
    is_enterprise_install: bool = False
    app_id: str | None = Field(default=None, max_length=32)
    bot_id: str | None = Field(default=None, max_length=32)
    bot_user_id: str | None = Field(default=None, max_length=32)
    bot_token: str = Field(sa_column=Column(Text, nullable=False))
    bot_scopes: str = Field(default="", sa_column=Column(Text, nullable=False))
    installer_user_id: str = Field(default="", max_length=32)
    installed_at: datetime = utc_field(nullable=False)
    updated_at: datetime = utc_field(nullable=False)


class SlackOAuthState(SQLModel, table=True):
    """A `state` value handed out on the install page; valid once, until `expires_at`."""

    __tablename__ = "slack_oauth_state"
    id: int | None = Field(default=None, primary_key=True)
    state: str = Field(max_length=128, unique=True)
    expires_at: datetime = utc_field(nullable=False)
