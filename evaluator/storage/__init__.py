"""Storage: tables, engine, migrations, audit, seals, backups; may import only rules.

The only layer that knows the database engine; what is engine-specific lives in one module.
"""
