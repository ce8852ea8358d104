"""Trust: what each package issued (chair authority), and the seals of every data row.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("package") as batch:
        batch.add_column(sa.Column("issued", sa.JSON(), nullable=True))
    op.create_table(
        "seal",
        sa.Column("tbl", sa.String(), nullable=False),
        sa.Column("pk", sa.String(), nullable=False),
        sa.Column("digest", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("tbl", "pk"),
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table("seal")
    with op.batch_alter_table("package") as batch:
        batch.drop_column("issued")
