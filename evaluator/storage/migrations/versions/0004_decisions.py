"""Reconciliation and award decisions: exclusions, consensus scores, resolution, awards.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "consensus",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("proposal_id", sa.Integer(), nullable=False),
        sa.Column("criterion", sa.String(), nullable=False),
        sa.Column("value", sa.String(32), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("set_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["proposal_id"], ["proposal.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("proposal_id", "criterion", name="uq_consensus_criterion"),
    )
    # Plain ADD COLUMNs: a batch copy of these tables would drop them, and with foreign keys
    # on that would cascade to the members, reviews and scores.
    op.add_column("proposal", sa.Column("resolved_at", sa.DateTime(), nullable=True))
    op.add_column("proposal", sa.Column("resolve_note", sa.String(), nullable=True))
    op.add_column("proposal", sa.Column("awarded_amount", sa.String(32), nullable=True))
    op.add_column("review", sa.Column("excluded", sa.Boolean(), server_default="0", nullable=False))
    op.add_column("review", sa.Column("exclusion_reason", sa.String(), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_column("review", "exclusion_reason")
    op.drop_column("review", "excluded")
    op.drop_column("proposal", "awarded_amount")
    op.drop_column("proposal", "resolve_note")
    op.drop_column("proposal", "resolved_at")
    op.drop_table("consensus")
