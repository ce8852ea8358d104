"""Trust: what each package issued (chair authority), and the seals of every data row.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

from evaluator.rules.text import fold

# revision identifiers, used by Alembic.
revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _rekey(table: str, key: Callable[..., str], *columns: str) -> None:
    """Keys made by earlier versions kept invisible characters (a zero-width space made
    "Sos Helpline" a second organisation): make them anew, as names are now compared. Two rows
    that would then share a key were already counted twice; both keep their keys, and the
    chair can correct them by hand."""
    connection = op.get_bind()
    rows = connection.execute(
        sa.text(f"SELECT id, key, {', '.join(columns)} FROM {table}")
    ).fetchall()
    taken = {row[1] for row in rows}
    for row_id, old, *values in rows:
        new = key(*values)
        if new != old and new not in taken:
            connection.execute(
                sa.text(f"UPDATE {table} SET key = :key WHERE id = :id"), {"key": new, "id": row_id}
            )
            taken.discard(old)
            taken.add(new)


def _on_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    """Upgrade schema."""
    _rekey("organisation", lambda name, country: f"{fold(name)}|{fold(country)}", "name", "country")
    _rekey("evaluator", fold, "name")
    with op.batch_alter_table("package") as batch:
        batch.add_column(sa.Column("issued", sa.JSON(), nullable=True))
    # Review ids never reused: a package's record of what it issued names one assignment.
    # SQLite needs AUTOINCREMENT for that; a PostgreSQL sequence never gives a number twice.
    if _on_sqlite():
        with op.batch_alter_table(
            "review", recreate="always", table_kwargs={"sqlite_autoincrement": True}
        ):
            pass
    op.create_table(
        "seal",
        sa.Column("tbl", sa.String(), nullable=False),
        sa.Column("pk", sa.String(), nullable=False),
        sa.Column("digest", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("tbl", "pk"),
        # The seals are only ever looked up by their key: stored in its b-tree alone.
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    """Downgrade schema."""
    if _on_sqlite():
        with op.batch_alter_table(
            "review", recreate="always", table_kwargs={"sqlite_autoincrement": False}
        ):
            pass
    op.drop_table("seal")
    with op.batch_alter_table("package") as batch:
        batch.drop_column("issued")
