"""A shared workspace on a PostgreSQL server: evaluators who sign in with their own database
role (``evaluator.login``), held by row-level security.

On a server, the role that owns the tables (the chair's, which runs the migrations) sees and
changes everything, as the owner of a file does. Every other role sees only what the
policies below give it, whatever SQL it sends:
- the call; the evaluator row whose ``login`` is that role's name, and no other evaluator;
- the proposals it is assigned, their members, organisations, documents and their bytes;
- its own reviews and their scores: it writes scores, the declaration and the submission of
  a review only while the review is neither submitted nor excluded;
- the chair's name among the settings, and nothing else (not the signing key);
- audit entries it may add, never read: the trail's head comes from ``ge_audit_head()``.
- its own declared conflicts of interest, which it may add; only then may the unsubmitted
  assignment concerned be released (deleted).
Other conflicts, consensus scores, packages, returns, feedback and seals: nothing. A role that is
no evaluator's login sees no row at all.

On SQLite this revision only adds the column: a file has no roles.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-15
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = (
    "call",
    "organisation",
    "proposal",
    "member",
    "evaluator",
    "conflict",
    "review",
    "score",
    "setting",
    "package",
    "returns_import",
    "consensus",
    "blob",
    "document",
    "feedback",
    "seal",
    "audit",
)
MINE = "ge_my_proposals()"
OPEN_REVIEWS = (
    "(SELECT id FROM review WHERE evaluator_id = ge_me() AND submitted_at IS NULL AND NOT excluded)"
)
SERVER = [
    # Who is signed in: the evaluator whose login is the session's role (owner's rights, so
    # that the policies can ask without reading the evaluator table under their own rules).
    """CREATE FUNCTION ge_me() RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER
       SET search_path = pg_catalog, public
       AS $$ SELECT id FROM public.evaluator WHERE login = session_user $$""",
    """CREATE FUNCTION ge_my_proposals() RETURNS SETOF integer LANGUAGE sql STABLE
       SECURITY DEFINER SET search_path = pg_catalog, public
       AS $$ SELECT proposal_id FROM public.review
             WHERE evaluator_id = (SELECT id FROM public.evaluator WHERE login = session_user)
       $$""",
    # The newest entry's hash, which the next entry chains to: readable by all, the trail not.
    """CREATE FUNCTION ge_audit_head() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
       SET search_path = pg_catalog, public
       AS $$ SELECT hash FROM public.audit ORDER BY id DESC LIMIT 1 $$""",
    *[f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY' for table in TABLES],
    "GRANT SELECT ON alembic_version TO PUBLIC",
    'GRANT SELECT ON "call" TO PUBLIC',
    'CREATE POLICY ge_read ON "call" FOR SELECT USING (ge_me() IS NOT NULL)',
    "GRANT SELECT ON evaluator TO PUBLIC",
    "CREATE POLICY ge_read ON evaluator FOR SELECT USING (id = ge_me())",
    "GRANT SELECT ON proposal, member, document TO PUBLIC",
    f"CREATE POLICY ge_read ON proposal FOR SELECT USING (id IN (SELECT {MINE}))",
    f"CREATE POLICY ge_read ON member FOR SELECT USING (proposal_id IN (SELECT {MINE}))",
    f"CREATE POLICY ge_read ON document FOR SELECT USING (proposal_id IN (SELECT {MINE}))",
    "GRANT SELECT ON organisation, blob TO PUBLIC",
    "CREATE POLICY ge_read ON organisation FOR SELECT USING (id IN (SELECT organisation_id "
    f"FROM member WHERE proposal_id IN (SELECT {MINE})))",
    "CREATE POLICY ge_read ON blob FOR SELECT USING (sha256 IN (SELECT sha256 FROM document "
    f"WHERE proposal_id IN (SELECT {MINE})))",
    "GRANT SELECT, UPDATE (declared_at, submitted_at, reopen_reason) ON review TO PUBLIC",
    "CREATE POLICY ge_read ON review FOR SELECT USING (evaluator_id = ge_me())",
    "CREATE POLICY ge_write ON review FOR UPDATE USING (evaluator_id = ge_me() AND "
    "submitted_at IS NULL AND NOT excluded) WITH CHECK (evaluator_id = ge_me() AND NOT excluded)",
    # A declared conflict of interest: the evaluator records it, and only then may the
    # assignment it concerns (not submitted) be released.
    "GRANT SELECT, INSERT ON conflict TO PUBLIC",
    "CREATE POLICY ge_read ON conflict FOR SELECT USING (evaluator_id = ge_me())",
    "CREATE POLICY ge_add ON conflict FOR INSERT WITH CHECK (evaluator_id = ge_me() AND declared)",
    "GRANT DELETE ON review TO PUBLIC",
    "CREATE POLICY ge_release ON review FOR DELETE USING (evaluator_id = ge_me() AND "
    "submitted_at IS NULL AND NOT excluded AND EXISTS (SELECT 1 FROM conflict c WHERE "
    "c.evaluator_id = review.evaluator_id AND c.proposal_id = review.proposal_id AND c.declared))",
    "GRANT SELECT, INSERT, DELETE, UPDATE (value, comment, updated_at) ON score TO PUBLIC",
    "CREATE POLICY ge_read ON score FOR SELECT USING (review_id IN (SELECT id FROM review "
    "WHERE evaluator_id = ge_me()))",
    f"CREATE POLICY ge_add ON score FOR INSERT WITH CHECK (review_id IN {OPEN_REVIEWS})",
    f"CREATE POLICY ge_change ON score FOR UPDATE USING (review_id IN {OPEN_REVIEWS}) "
    f"WITH CHECK (review_id IN {OPEN_REVIEWS})",
    f"CREATE POLICY ge_remove ON score FOR DELETE USING (review_id IN {OPEN_REVIEWS})",
    "GRANT SELECT ON setting TO PUBLIC",
    "CREATE POLICY ge_read ON setting FOR SELECT USING (ge_me() IS NOT NULL AND "
    "key = 'chair_name')",
    "GRANT INSERT ON audit TO PUBLIC",
    "CREATE POLICY ge_add ON audit FOR INSERT WITH CHECK (ge_me() IS NOT NULL)",
    "GRANT USAGE ON SEQUENCE score_id_seq, audit_id_seq, conflict_id_seq TO PUBLIC",
]


def upgrade() -> None:
    op.add_column("evaluator", sa.Column("login", sa.String(), nullable=True))
    op.create_index("uq_evaluator_login", "evaluator", ["login"], unique=True)
    if op.get_bind().dialect.name == "postgresql":
        for statement in SERVER:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in TABLES:
            op.execute(f'DROP POLICY IF EXISTS ge_read ON "{table}"')
            op.execute(f'DROP POLICY IF EXISTS ge_write ON "{table}"')
            op.execute(f'DROP POLICY IF EXISTS ge_add ON "{table}"')
            op.execute(f'DROP POLICY IF EXISTS ge_change ON "{table}"')
            op.execute(f'DROP POLICY IF EXISTS ge_remove ON "{table}"')
            op.execute(f'DROP POLICY IF EXISTS ge_release ON "{table}"')
            op.execute(f'ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY')
        op.execute("DROP FUNCTION ge_me(), ge_my_proposals(), ge_audit_head()")
    op.drop_index("uq_evaluator_login", table_name="evaluator")
    with op.batch_alter_table("evaluator") as batch:
        batch.drop_column("login")
