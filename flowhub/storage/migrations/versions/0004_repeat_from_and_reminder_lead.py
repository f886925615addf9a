"""repeats counted from completion, and reminder lead times

Revision ID: 0004_repeat_lead
Revises: 0003_slack
Create Date: 2026-11-25 11:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op


revision = '0004_repeat_lead'
down_revision = '0003_slack'
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ('task', 'proposal', 'reminder'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('repeat_from', sa.String(length=16), nullable=False, server_default='calendar'))
    with op.batch_alter_table('reminder', schema=None) as batch_op:
        batch_op.add_column(sa.Column('lead_minutes', sa.Integer(), nullable=False, server_default='0'))
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reminder_lead_minutes', sa.Integer(), nullable=False, server_default='0'))


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite 3.35+): copying the table, as batch mode would, breaks the
    # foreign keys that point at task and person while SQLite enforces them.
    op.drop_column('person', 'reminder_lead_minutes')
    op.drop_column('reminder', 'lead_minutes')
    for table in ('reminder', 'proposal', 'task'):
        op.drop_column(table, 'repeat_from')
