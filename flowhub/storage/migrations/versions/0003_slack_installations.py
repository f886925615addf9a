"""slack installations and oauth states

Revision ID: 0003_slack
Revises: 0002
Create Date: 2026-11-25 09:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op


import flowhub.storage.types

revision = '0003_slack'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('slack_installation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('enterprise_id', sa.String(length=32), nullable=False),
    sa.Column('team_id', sa.String(length=32), nullable=False),
    sa.Column('team_name', sa.String(length=200), nullable=False),
    sa.Column('is_enterprise_install', sa.Boolean(), nullable=False),
    sa.Column('app_id', sa.String(length=32), nullable=True),
    sa.Column('bot_id', sa.String(length=32), nullable=True),
    sa.Column('bot_user_id', sa.String(length=32), nullable=True),
    sa.Column('bot_token', sa.Text(), nullable=False),
    sa.Column('bot_scopes', sa.Text(), nullable=False),
    sa.Column('installer_user_id', sa.String(length=32), nullable=False),
    sa.Column('installed_at', flowhub.storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', flowhub.storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('enterprise_id', 'team_id')
    )
    op.create_table('slack_oauth_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=128), nullable=False),
    sa.Column('expires_at', flowhub.storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('state')
    )


def downgrade() -> None:
    op.drop_table('slack_oauth_state')
    op.drop_table('slack_installation')
