"""Downloader middlewares: each alters or observes requests and responses for one concern."""
