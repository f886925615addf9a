"""the files people send (voice notes, images, documents) and what was read in them

Revision ID: 0009_media_items
Revises: 0008_locale_chosen
Create Date: 2026-12-05 10:51:52.766294
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op


import flowhub.storage.types

revision = '0009_media_items'
down_revision = '0008_locale_chosen'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('media_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('inbox_event_id', sa.Integer(), nullable=False),
    sa.Column('workspace_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('chat_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('ref', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.String(length=32), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('language', sa.String(length=16), nullable=True),
    sa.Column('pages', sa.JSON(), nullable=False),
    sa.Column('items', sa.JSON(), nullable=False),
    sa.Column('created_at', flowhub.storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.Column('read_at', flowhub.storage.types.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['chat_id'], ['chat.id'], ),
    sa.ForeignKeyConstraint(['inbox_event_id'], ['inboxevent.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('inbox_event_id')
    )
    with op.batch_alter_table('media_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_media_items_chat_id'), ['chat_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_media_items_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_media_items_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_media_items_workspace_id'), ['workspace_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('media_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_media_items_workspace_id'))
        batch_op.drop_index(batch_op.f('ix_media_items_status'))
        batch_op.drop_index(batch_op.f('ix_media_items_person_id'))
        batch_op.drop_index(batch_op.f('ix_media_items_chat_id'))

    op.drop_table('media_items')
