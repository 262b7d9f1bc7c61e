"""The spiders: one per government website, each only declaring its site (crawler/base.py); the generic `discover`
and `site` spiders; and the spider loader (loader.py), which adds one spider per pinned site file (sites/*.toml)."""
