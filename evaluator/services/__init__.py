"""Services: keyword-only functions over a caller's ``session``; may import rules and storage.

One module per capability. A service never opens, commits or backs up a workspace.
"""
