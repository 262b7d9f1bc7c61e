"""How much a link looks like the way to a site's annual reports: evidence from its text and its URL.

Government portals name the way to the reports in words (政府信息公开 → 法定主动公开内容 → 政府信息公开年报) and
in pinyin initials in their paths (`/zfxxgk/…/zfxxgknb_31597/`, `/xxgk/ndbg/`, `/zwgk/`), so both are scored.
Reports themselves are recognised by the title test (crawler/titles.py), never here: this module only ranks
the pages worth opening to find them.  Articles (news, notices) are not opened: they are leaves, and a report
among them is caught by its title.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from crawler.parse.normalize import normalize_text, squeeze

# Column names of the reports themselves (the strongest evidence a link leads to them).
REPORT_COLUMN_TEXT = re.compile(r"年报|年度报告|年度工作报告")
# The information-disclosure section and its catalogue.
DISCLOSURE_TEXT = re.compile(r"政府信息公开|政务公开|信息公开|公开目录|主动公开|公开专栏|公开平台|政务信息")
# Sub-columns inside that section: the bodies that publish (departments, towns, …) and year columns.
UNIT_TEXT = re.compile(r"部门|单位|街道|乡镇|镇$|乡$|区政府|县政府|市政府|人民政府|政府办|办公室|局$|委员会|"
                       r"委$|办$|中心$|院$|所$|管委会|分局|^(?:19|20)\d{2}年?度?$")
# Links that never lead to reports.
NOISE_TEXT = re.compile(r"^(?:首页|网站首页|返回首页|返回|English|ENGLISH|无障碍|长者模式|繁體|繁体|简体|登录|注册|"
                        r"搜索|网站地图|联系我们|关于我们|收藏本站|设为首页|加入收藏|打印|关闭|上一篇|下一篇|"
                        r"上一页|下一页|下页|上页|首页|尾页|末页)$", re.I)

# Path segments (pinyin initials; TRS appends `_<channel id>`).
_REPORT_SEGMENT = re.compile(r"(?:nb|ndbg|nianbao|ndbb|gzbg)$")
_DISCLOSURE_SEGMENT = re.compile(r"xxgk|zwgk|gkml|fdzdgk|zfgk|openness|govinfo|infopublic|gkzl")
_CHANNEL_SUFFIX = re.compile(r"[_-]\d+$")

# The URL shapes of articles on the common Chinese CMSs: TRS t20230201_123.html, Guangdong post_123.html, Henan
# /2024/01-25/123.html, Hanweb art_1_2.html, content_123.html, Zhoukou article<hex>.html, bare numeric ids.
_ARTICLE_PATH = re.compile(
    r"(?:/t\d{8}_\d+|/m?post_\d+|/art_\d+_\d+|/content_\d+|/article[0-9a-f]{16,}|/\d{4}/\d{1,2}-?\d{1,2}/\d+"
    r"|/(?:art|info|detail|show|news|content)/\d{4}/.+|/\d{5,}|/[0-9a-f]{32})\.s?html?$", re.I)
# Dynamic article pages: `detail.jsp?id=123`, `show.aspx?newsid=5`, `content.php?aid=9`.
_ARTICLE_SCRIPT = re.compile(r"/(?:detail|show|view|content|article|info|news|doc|read)\w*\.(?:jsp|aspx?|php|do|action"
                             r"|s?html?)$", re.I)
_LIST_SCRIPT = re.compile(r"list|index|column|channel|catalog", re.I)
_ID_QUERY = re.compile(r"(?:^|&)(?:\w*id|aid|nid|cid|docid)=\w+", re.I)
_NOT_PAGES = re.compile(r"\.(?:jpe?g|png|gif|bmp|svg|ico|css|js|mp[34]|avi|flv|swf|exe|apk|ttf|woff2?)$", re.I)
ARTICLE_TEXT_LENGTH = 20  # column names are short; longer link texts are article titles

REPORT_COLUMN = 60
DISCLOSURE = 30
UNIT_IN_CONTEXT = 20
UNIT = 5
REPORT_SEGMENT = 40
DISCLOSURE_SEGMENT = 15


def flat(text: str) -> str:
    return squeeze(normalize_text(text or ""))


def text_evidence(text: str, *, in_disclosure: bool) -> int:
    """Evidence in a link's words; unit words count fully only inside the disclosure section."""
    words = flat(text)
    if not words:
        return 0
    if REPORT_COLUMN_TEXT.search(words):
        return REPORT_COLUMN
    if DISCLOSURE_TEXT.search(words):
        return DISCLOSURE
    if UNIT_TEXT.search(words):
        return UNIT_IN_CONTEXT if in_disclosure else UNIT
    return 0


def url_evidence(url: str) -> int:
    """Evidence in the path's segments (`zfxxgknb_31597` → `zfxxgknb`: a report column)."""
    segments = [_CHANNEL_SUFFIX.sub("", s.rsplit(".", 1)[0].lower())
                for s in unquote(urlsplit(url).path).split("/") if s]
    if any(_REPORT_SEGMENT.search(s) for s in segments):
        return REPORT_SEGMENT
    if any(_DISCLOSURE_SEGMENT.search(s) for s in segments):
        return DISCLOSURE_SEGMENT
    return 0


def is_noise(text: str) -> bool:
    return bool(NOISE_TEXT.match(flat(text)))


def is_article(url: str, text: str) -> bool:
    """A leaf page (news item, notice, report) rather than a column: never opened to look for more links."""
    parts = urlsplit(url)
    if _ARTICLE_SCRIPT.search(parts.path) and _ID_QUERY.search(parts.query) and not _LIST_SCRIPT.search(parts.path):
        return True
    return bool(_ARTICLE_PATH.search(parts.path)) or len(flat(text)) > ARTICLE_TEXT_LENGTH


def is_page(url: str) -> bool:
    """Could be an HTML page (not an image, stylesheet, script or other asset)."""
    return not _NOT_PAGES.search(urlsplit(url).path)
