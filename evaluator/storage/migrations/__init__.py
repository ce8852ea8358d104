"""Alembic schema migrations of the workspace file, one revision per schema version."""
