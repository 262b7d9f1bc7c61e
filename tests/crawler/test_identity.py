"""The User-Agent: a browser's form that real government sites accept, still naming nianbao/<version> and a contact
URL; configurable by environment and by Scrapy setting; robots.txt rules matched on the product token."""

from __future__ import annotations

import re

from protego import Protego
from scrapy.crawler import Crawler

from crawler import __version__, identity, settings
from crawler.sites import project_settings
from spiders.chuanhui import ChuanhuiSpider


def test_a_browser_form_naming_the_crawler_and_whom_to_ask() -> None:
    agent = identity.user_agent({})
    assert re.match(r"Mozilla/5\.0 \(Windows NT 10\.0; Win64; x64\) AppleWebKit/537\.36 \(KHTML, like Gecko; ", agent)
    assert f"nianbao/{__version__}; +{identity.DEFAULT_CONTACT_URL}" in agent and "Chrome/" in agent
    assert identity.user_agent() == settings.USER_AGENT and settings.ROBOTSTXT_USER_AGENT == "nianbao"


def test_the_contact_or_the_whole_string_is_configurable() -> None:
    contact = identity.user_agent({"NIANBAO_CONTACT_URL": "https://archive.example.org/crawler"})
    assert f"nianbao/{__version__}; +https://archive.example.org/crawler" in contact
    own = "ResearchBot/1 (+mailto:a@b.c)"
    assert identity.user_agent({"NIANBAO_USER_AGENT": own}) == own


def test_robots_rules_for_nianbao_apply_to_it() -> None:
    robots = Protego.parse("User-agent: nianbao\nDisallow: /zwgk/\n\nUser-agent: *\nAllow: /\n")
    assert not robots.can_fetch("https://www.haizhu.gov.cn/zwgk/zfxxgknb/", settings.ROBOTSTXT_USER_AGENT)
    assert robots.can_fetch("https://www.haizhu.gov.cn/zwgk/zfxxgknb/", "SomeoneElse")


def test_the_browser_carries_the_crawls_user_agent_whatever_set_it() -> None:
    project = project_settings()
    project.set("USER_AGENT", "ResearchBot/2", priority="cmdline")  # `scrapy crawl … -s USER_AGENT=…`
    crawler = Crawler(ChuanhuiSpider, project)
    assert crawler.settings.getdict("PLAYWRIGHT_CONTEXTS")["default"]["user_agent"] == "ResearchBot/2"
