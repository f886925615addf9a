"""indexes for the numbers about tasks: each scope with the period or status it is asked for

Revision ID: 0012_insight_indexes
Revises: 0011_outbound_files
Create Date: 2026-12-05 14:10:00.000000

Insight questions count a person's, a group's or a workspace's tasks created, completed or
still open in a period. Each scope column gets composite indexes that narrow to the period (or
to the open tasks) inside the index; they start with the column the single-column index
covered, which they replace.
"""

from __future__ import annotations

from alembic import op

revision = '0012_insight_indexes'
down_revision = '0011_outbound_files'
branch_labels = None
depends_on = None

# name -> columns
INDEXES = {
    'ix_task_workspace_id_created_at': ['workspace_id', 'created_at'],
    'ix_task_workspace_id_status_completed_at': ['workspace_id', 'status', 'completed_at'],
    'ix_task_chat_id_created_at': ['chat_id', 'created_at'],
    'ix_task_chat_id_status_completed_at': ['chat_id', 'status', 'completed_at'],
    'ix_task_assignee_id_status_completed_at': ['assignee_id', 'status', 'completed_at'],
    'ix_task_creator_id_status_completed_at': ['creator_id', 'status', 'completed_at'],
}
REPLACED = ('workspace_id', 'chat_id', 'assignee_id', 'creator_id')


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, 'task', columns, unique=False)
    for column in REPLACED:
        op.drop_index(f'ix_task_{column}', table_name='task')


def downgrade() -> None:
    for column in REPLACED:
        op.create_index(f'ix_task_{column}', 'task', [column], unique=False)
    for name in INDEXES:
        op.drop_index(name, table_name='task')
