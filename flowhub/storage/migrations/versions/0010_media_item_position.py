"""several files in one message: a media item is unique per inbound event and position

Revision ID: 0010_media_item_position
Revises: 0009_media_items
Create Date: 2026-12-05 11:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op

import flowhub.storage.types

revision = '0010_media_item_position'
down_revision = '0009_media_items'
branch_labels = None
depends_on = None

_COLUMNS = (
    "id, inbox_event_id, workspace_id, person_id, chat_id, kind, ref, status, reason, attempts, "
    "text, language, pages, items, created_at, read_at"
)
_INDEXED = ("chat_id", "person_id", "status", "workspace_id")


def _table(name: str, *, position: bool) -> None:
    extra: list[sa.Column[int] | sa.UniqueConstraint] = []
    if position:
        extra = [
            sa.Column('position', sa.Integer(), nullable=False, server_default='0'),
            sa.UniqueConstraint(
                'inbox_event_id', 'position', name='uq_media_items_event_position'
            ),
        ]
    else:
        extra = [sa.UniqueConstraint('inbox_event_id')]
    op.create_table(name,
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
    *extra,
    sa.ForeignKeyConstraint(['chat_id'], ['chat.id'], ),
    sa.ForeignKeyConstraint(['inbox_event_id'], ['inboxevent.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.ForeignKeyConstraint(['workspace_id'], ['workspace.id'], ),
    sa.PrimaryKeyConstraint('id'),
    )


def _swap(*, position: bool) -> None:
    """Rebuild the table with or without `position`: SQLite can't drop an unnamed constraint."""
    _table('media_items_new', position=position)
    op.execute(f"INSERT INTO media_items_new ({_COLUMNS}) SELECT {_COLUMNS} FROM media_items")
    for column in _INDEXED:
        op.drop_index(f'ix_media_items_{column}', table_name='media_items')
    if not position:
        op.drop_index('ix_media_items_inbox_event_id', table_name='media_items')
    op.drop_table('media_items')
    op.rename_table('media_items_new', 'media_items')
    for column in _INDEXED:
        op.create_index(f'ix_media_items_{column}', 'media_items', [column], unique=False)
    if position:
        op.create_index('ix_media_items_inbox_event_id', 'media_items', ['inbox_event_id'])
    if op.get_bind().dialect.name == "postgresql":
        # The copied ids came with the rows; the new table's sequence starts after them.
        op.execute(
            "SELECT setval(pg_get_serial_sequence('media_items', 'id'), "
            "COALESCE((SELECT MAX(id) FROM media_items), 0) + 1, false)"
        )


def upgrade() -> None:
    _swap(position=True)


def downgrade() -> None:
    op.execute("DELETE FROM media_items WHERE position > 0")
    _swap(position=False)
