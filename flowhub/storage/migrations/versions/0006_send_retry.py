"""when a send is next tried (backoff after a failure, or a paced slot)

Revision ID: 0006_send_retry
Revises: 0005_inbox_sweep
Create Date: 2026-12-03 06:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op

import flowhub.storage.types


revision = '0006_send_retry'
down_revision = '0005_inbox_sweep'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('next_attempt_at', flowhub.storage.types.UTCDateTime(timezone=True), nullable=True))
        batch_op.create_index('ix_outbox_next_attempt_at', ['next_attempt_at'])


def downgrade() -> None:
    op.drop_index('ix_outbox_next_attempt_at', table_name='outbox')
    op.drop_column('outbox', 'next_attempt_at')
