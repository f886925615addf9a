"""group chat admins named in chat, beside the first member who is one by default

Revision ID: 0013_chat_admins
Revises: 0012_insight_indexes
Create Date: 2026-12-05 17:15:00.000000

A group with no row here is administered by its first member alone, so existing groups need no
rows: the first admin change in a group writes its first member down with the change.
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op

import flowhub.storage.types

revision = '0013_chat_admins'
down_revision = '0012_insight_indexes'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('chatadmin',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('chat_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('granted_by', sa.Integer(), nullable=True),
    sa.Column('created_at', flowhub.storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['chat_id'], ['chat.id'], ),
    sa.ForeignKeyConstraint(['granted_by'], ['person.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('chat_id', 'person_id'),
    )
    op.create_index('ix_chatadmin_person_id', 'chatadmin', ['person_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_chatadmin_person_id', table_name='chatadmin')
    op.drop_table('chatadmin')
