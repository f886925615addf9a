"""group chat members the platform names, beside the people who have written there

Revision ID: 0014_chat_members
Revises: 0013_chat_admins
Create Date: 2026-12-06 13:20:00.000000

Existing groups need no rows: whoever wrote in a group stays a member by their conversation row.
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op

import flowhub.storage.types

revision = '0014_chat_members'
down_revision = '0013_chat_admins'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('chatmember',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('chat_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('created_at', flowhub.storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['chat_id'], ['chat.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('chat_id', 'person_id'),
    )
    op.create_index('ix_chatmember_person_id', 'chatmember', ['person_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_chatmember_person_id', table_name='chatmember')
    op.drop_table('chatmember')
