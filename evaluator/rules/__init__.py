"""Rules: pure functions and values; imports no other layer, no database and no file.

Money, points, text folding, statuses and flags, eligibility, ranking, the assignment algorithm.
"""
