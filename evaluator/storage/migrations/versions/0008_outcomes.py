"""Outcomes for applicants: the chair's feedback, and the reason for awarding less.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-08
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("proposal_id", sa.Integer(), nullable=False),
        sa.Column("criterion", sa.String(), nullable=True),
        sa.Column("text", sa.String(), nullable=False),
        sa.Column("written_by", sa.String(), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["proposal_id"], ["proposal.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("proposal_id", "criterion", name="uq_feedback_criterion"),
    )
    # NULLs are distinct in the constraint: one feedback on the whole proposal, by an index.
    op.create_index(
        "uq_feedback_whole",
        "feedback",
        ["proposal_id"],
        unique=True,
        sqlite_where=sa.text("criterion IS NULL"),
        postgresql_where=sa.text("criterion IS NULL"),
    )
    # ADD COLUMN: no rebuild of the proposal table, whose rows others refer to.
    op.add_column("proposal", sa.Column("award_reason", sa.String(), nullable=True))


def downgrade() -> None:
    op.drop_column("proposal", "award_reason")
    op.drop_index("uq_feedback_whole", table_name="feedback")
    op.drop_table("feedback")
