"""integrations

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 09:03:28.246043
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op


import flowhub.storage.types

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('tasklink',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('connection_id', sa.Integer(), nullable=False),
    sa.Column('external_id', sa.String(length=200), nullable=True),
    sa.Column('url', sa.String(length=1000), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('pushed_at', flowhub.storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.Column('created_at', flowhub.storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', flowhub.storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['connection_id'], ['integrationconnection.id'], ),
    sa.ForeignKeyConstraint(['task_id'], ['task.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('task_id', 'connection_id')
    )
    with op.batch_alter_table('tasklink', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tasklink_connection_id'), ['connection_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tasklink_external_id'), ['external_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tasklink_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_tasklink_task_id'), ['task_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('tasklink', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tasklink_task_id'))
        batch_op.drop_index(batch_op.f('ix_tasklink_status'))
        batch_op.drop_index(batch_op.f('ix_tasklink_external_id'))
        batch_op.drop_index(batch_op.f('ix_tasklink_connection_id'))

    op.drop_table('tasklink')
