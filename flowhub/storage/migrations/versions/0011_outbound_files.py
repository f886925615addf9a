"""files the bot sends (charts, exports), stored so any worker can send them

Revision ID: 0011_outbound_files
Revises: 0010_media_item_position
Create Date: 2026-12-05 13:55:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op

import flowhub.storage.types

revision = '0011_outbound_files'
down_revision = '0010_media_item_position'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('outbound_files',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('mime', sa.String(length=100), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', flowhub.storage.types.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_outbound_files_created_at', 'outbound_files', ['created_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_outbound_files_created_at', table_name='outbound_files')
    op.drop_table('outbound_files')
