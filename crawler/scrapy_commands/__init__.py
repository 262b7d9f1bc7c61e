"""Scrapy commands of this project (COMMANDS_MODULE): `scrapy crawl` with one-line errors for bad arguments."""
