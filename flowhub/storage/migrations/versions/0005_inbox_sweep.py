"""inbox events remember when they were queued and how many runs raised

Revision ID: 0005_inbox_sweep
Revises: 0004_repeat_lead
Create Date: 2026-12-03 06:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op

import flowhub.storage.types


revision = '0005_inbox_sweep'
down_revision = '0004_repeat_lead'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('inboxevent', schema=None) as batch_op:
        batch_op.add_column(sa.Column('queued_at', flowhub.storage.types.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('attempts', sa.Integer(), nullable=False, server_default='0'))


def downgrade() -> None:
    op.drop_column('inboxevent', 'attempts')
    op.drop_column('inboxevent', 'queued_at')
