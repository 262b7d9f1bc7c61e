"""The season over the site registry (issue 21; docs/registry.md): plan, visit, and who published when.

`plan` (pure: which place on which day), `planning` (the plan into the archive), `run` (making due visits: discovery
and a pin first, the pin afterwards, retries of silent sites), `cli` (`scheduler.py --season`).  Its state is in
the archive (storage/season.py), so a season resumes after any stop.
"""
