"""Actions: one function per user action, shared by GUI and CLI; may import every core layer.

The only code that opens a workspace session, a transaction or a backup. Each returns its
result and what it changed.
"""
