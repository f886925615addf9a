"""single-use OAuth states, the webhook delivery log, and the tool's time of a link's last change

Revision ID: 0007_oauth_replay
Revises: 0006_send_retry
Create Date: 2026-12-03 06:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op


import flowhub.storage.types

revision = '0007_oauth_replay'
down_revision = '0006_send_retry'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('oauthstate',
    sa.Column('nonce', sa.String(length=64), nullable=False),
    sa.Column('provider', sa.String(length=32), nullable=False),
    sa.Column('workspace_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('created_at', flowhub.storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('expires_at', flowhub.storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('used_at', flowhub.storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], ),
    sa.PrimaryKeyConstraint('nonce')
    )
    with op.batch_alter_table('oauthstate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_oauthstate_expires_at'), ['expires_at'], unique=False)

    op.create_table('webhookdelivery',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('connection_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('received_at', flowhub.storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['connection_id'], ['integrationconnection.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('connection_id', 'key')
    )
    with op.batch_alter_table('webhookdelivery', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_webhookdelivery_received_at'), ['received_at'], unique=False)

    with op.batch_alter_table('tasklink', schema=None) as batch_op:
        batch_op.add_column(sa.Column('remote_changed_at', flowhub.storage.types.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite 3.35+): copying the table, as batch mode would, breaks the
    # foreign keys that point at tasklink while SQLite enforces them.
    op.drop_column('tasklink', 'remote_changed_at')
    with op.batch_alter_table('webhookdelivery', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_webhookdelivery_received_at'))
    op.drop_table('webhookdelivery')
    with op.batch_alter_table('oauthstate', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_oauthstate_expires_at'))
    op.drop_table('oauthstate')
