"""whether a person chose their language (else it follows the language they write in)

Revision ID: 0008_locale_chosen
Revises: 0007_oauth_replay
Create Date: 2026-12-03 15:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa

from alembic import op


revision = '0008_locale_chosen'
down_revision = '0007_oauth_replay'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        'person',
        sa.Column('locale_chosen', sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    op.drop_column('person', 'locale_chosen')
