"""Attacks on the importers: hostile spreadsheets and names that hide characters."""
