"""Files: users' files in and out; may import rules, storage and services.

Spreadsheets, scoresheets, packages and returns, PDFs: read in full, written whole or not at all.
"""
