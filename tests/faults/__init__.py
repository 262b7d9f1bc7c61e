"""The fault-injection suite (issue 8): real crawls against the replica with one fault on at a time.

`python -m tests.faults` runs every scenario and prints the table (fault, count injected, survived, documents lost,
duplicates); `pytest tests/faults` runs the same scenarios as tests and prints the same table at the end.
"""
