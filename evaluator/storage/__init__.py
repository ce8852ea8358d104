"""Storage: tables, engine, migrations, audit, seals, backups; may import only rules.

The only layer that knows the database engine, and what is engine-specific lives in one module,
``sqlite`` (``seals`` and ``schema`` are written for SQLite itself and say so).
"""
