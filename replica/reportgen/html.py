"""A government CMS page for a composed report: chrome (breadcrumb, title, 发布日期/来源 line, footer with ICP and
record numbers), the prose as <p>, and the tables as <table> with rowspan/colspan as the official template lays
them out, cells wrapped in Word-export <p><span> markup.

Three chrome families, after ../shared/reference/sites.md: the Guangdong cluster platform (haizhu column pages and
gkmlpt pages with a `div.classify` metadata table), the Zhoukou CMS (`来源: … 时间: … 访问量:`) and a TRS page
(yaodu-like: bare date, `【字体: 大 中 小】`). A page may declare GB2312 in <meta> only; `page_bytes` encodes it so.
"""

from __future__ import annotations

import html
import random
import re

from replica.reportgen import marks
from replica.reportgen.document import Document, Signature, Table, Title
from replica.reportgen.flatten import NBSP, NumberStyle, Slot, slot_text
from replica.reportgen.grid import Cell, Grid
from replica.reportgen.narrative import Heading, Para


def _esc(text: str) -> str:
    return html.escape(text, quote=False).replace(NBSP, "&nbsp;").replace("\n", "<br>")


def _cell(cell: Cell, text: str, rng: random.Random, word_markup: bool, tag: str) -> str:
    attrs = "".join(f' {k}="{v}"' for k, v in (("rowspan", cell.rowspan), ("colspan", cell.colspan)) if v > 1)
    # Word splits a long label into paragraphs at its note: <p>（二）部分公开</p><p>（区分处理的，…）</p>
    cut = text.find("（", 1) if cell.role == "label" else -1
    paragraphs = [text[:cut], text[cut:]] if cut > 0 and word_markup else [text]
    if word_markup:
        inner = "".join(f'<p class="MsoNormal" align="center" style="text-align:center"><span style="font-family:'
                        f'仿宋_GB2312;font-size:10.5pt">{_esc(p)}<o:p></o:p></span></p>' for p in paragraphs)
    else:
        inner = _esc(text)
        if cell.role == "value" and marks.strip(text) and rng.random() < 0.15:
            inner = f"&nbsp;{inner}&nbsp;"  # CMS editors pad numbers
    width = f' width="{rng.choice([48, 64, 72, 96])}"' if rng.random() < 0.3 else ""
    return f"<{tag}{attrs}{width} valign=\"center\">{inner}</{tag}>"


def table_html(grid: Grid, numbers: NumberStyle, rng: random.Random) -> str:
    word_markup = rng.random() < 0.6
    header_tag = "th" if rng.random() < 0.3 else "td"
    rows = []
    for row in [*grid.header, *grid.body]:
        cells = "".join(_cell(c, slot_text(Slot(c), numbers, rng), rng, word_markup,
                              header_tag if c.role == "header" else "td") for c in row)
        rows.append(f"<tr>{cells}</tr>")
    style = 'border-collapse:collapse;width:100%' if rng.random() < 0.7 else "width:600px"
    return (f'<table border="1" cellspacing="0" cellpadding="0" style="{style}"><tbody>\n'
            + "\n".join(rows) + "\n</tbody></table>")


def _chrome(doc: Document, rng: random.Random, title: str) -> tuple[str, str, str]:
    """(breadcrumb and meta line, optional metadata table, footer) for one of three CMS families."""
    report = doc.report
    date, time = report["published"], f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    source = report["agency"] if rng.random() < 0.6 else "本网"
    family = rng.choice(["gd", "gkmlpt", "zk", "trs"])
    site_code, phone = rng.randint(4401000000, 4419999999), rng.randint(20000000, 89999999)
    icp, police = rng.randint(10000000, 99999999), rng.randint(10**13, 10**14 - 1)
    footer = (f'<div class="footer"><p>主办单位：{_esc(report["agency"])}&nbsp;&nbsp;联系电话：020-{phone}</p>'
              f'<p>网站标识码：{site_code}&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/">粤ICP备{icp}号</a>'
              f'&nbsp;&nbsp;<img src="/images/ga.png">粤公网安备 {police}号</p>'
              '<p>建议使用1920×1080分辨率浏览本网站</p></div>')
    meta_table = ""
    if family == "gd":
        head = ('<div class="position">您当前所在的位置: <a href="/">首页</a> &gt; '
                '<a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfxxgknb/">政府信息公开年报</a> &gt; '
                '<a href="../">部门</a></div>'
                f'<h1 id="zoomtitl">{_esc(title)}</h1>'
                f'<div id="zoomtime">发布日期:{date} {time} 来源:{_esc(source)} 分享到: 浏览量:-</div>')
    elif family == "gkmlpt":
        head = ('<div class="position">您当前所在位置: 首页 &gt; 政务公开 &gt; 信息公开目录 &gt; '
                f'政府信息公开年度报告</div><h1 class="title">{_esc(title)}</h1>')
        meta_table = (
            '<div class="classify"><table><tbody>'
            f'<tr><td><label>索引号：</label><span>007{rng.randint(100000, 999999)}/{date[:4]}-'
            f'{rng.randint(10, 99999):05d}</span></td><td><label>分类：</label><span>政府信息公开年报</span></td></tr>'
            f'<tr><td><label>发布机构：</label><span>{_esc(report["agency"])}</span></td>'
            f'<td><label>成文日期：</label><span>{date}</span></td></tr>'
            f'<tr><td><label>文号：</label><span>无</span></td><td><label>发布日期：</label><span>{date}</span></td></tr>'
            '<tr><td colspan="2"><label>主题词：</label><span></span></td></tr></tbody></table></div>')
    elif family == "zk":
        head = (f'<div class="crumb">首页 &gt; 政务公开 &gt; 政府信息公开年报 &gt; {date[:4]}年</div>'
                f'<h2 class="article-title">{_esc(title)}</h2>'
                f'<div class="info">来源: {_esc(source)} 时间: {date} {time} 访问量:{rng.randint(0, 5000)}'
                '</div><div class="tools">字体大小[ <a>大</a> <a>中</a> <a>小</a> ] <a>打印</a></div>')
    else:
        head = (f'<div class="bread">首页 &gt; 政府信息公开 &gt; 信息公开专栏 &gt; 政府信息公开年报</div>'
                f'<div class="title"><h3>{_esc(title)}</h3></div><div class="time">{date}</div>'
                '<div class="font">【字体: <a>大</a> <a>中</a> <a>小</a>】</div>')
    return head, meta_table, footer


def render_page(doc: Document, rng: random.Random, numbers: NumberStyle) -> str:
    title_block = next(b for b in doc.blocks if isinstance(b, Title))
    title = "".join(line for line in title_block.lines if line)
    head, meta_table, footer = _chrome(doc, rng, title)
    body: list[str] = []
    for block in doc.blocks:
        if isinstance(block, Title):
            if rng.random() < 0.6:  # the body often repeats the title, centred
                body.append(f'<p style="text-align:center"><strong>{"<br>".join(map(_esc, block.lines))}</strong></p>')
            if block.subtitle:
                body.append(f'<p style="text-align:center">{_esc(block.subtitle)}</p>')
        elif isinstance(block, Heading):
            text = _esc(block.text)
            if block.level == 2:
                body.append(f'<p style="text-indent:2em">{text}</p>')
            else:
                body.append(rng.choice([f"<p><strong>{text}</strong></p>", f"<h3>{text}</h3>"]))
        elif isinstance(block, Para):
            indent = rng.choice(["", "", "&emsp;&emsp;", "\u3000\u3000"])
            body.append(f'<p style="text-indent:2em">{indent}{_esc(block.text)}</p>')
        elif isinstance(block, Table) and block.image:  # a table published as a picture
            alt = rng.choice(["", "", f' alt="{_esc(block.image)}"'])
            body.append(f'<p style="text-align:center"><img src="{block.image}"{alt} border="0"></p>')
        elif isinstance(block, Table):
            body.append(table_html(block.grid, numbers, rng))
        elif isinstance(block, Signature):
            body.extend(f'<p style="text-align:right">{_esc(line)}</p>' for line in block.lines)
    charset = '<meta charset="utf-8">' if rng.random() < 0.8 else \
        '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
    site = re.sub(r"^(.*?[区县]).*$", r"\1", doc.report["agency"]) + "人民政府门户网站"
    attachment = (f'<div class="m-attachment">附件：<a class="pdf" href="/attachment/0/{rng.randint(100, 999)}/'
                  f'{rng.randint(100000, 999999)}.pdf">{_esc(title)}.pdf</a></div>') if rng.random() < 0.5 else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
{charset}
<title>{_esc(title)}_{_esc(site)}</title>
<meta name="ArticleTitle" content="{html.escape(title)}">
<meta name="PubDate" content="{doc.report["published"]} 09:30">
<link rel="stylesheet" href="/css/common.css">
<script src="/js/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="header"><img src="/images/logo.png" alt="{html.escape(site)}">
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/zmhd/">政民互动</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div>
<div class="main">
{head}
{meta_table}
<div id="zoomcon" class="article-content TRS_Editor">
{chr(10).join(body)}
</div>
{attachment}
</div>
{footer}
<script>var _hmt = _hmt || []; (function() {{ var hm = document.createElement("script"); }})();</script>
</body>
</html>
"""


def page_bytes(page: str) -> bytes:
    """Encode a page as its <meta> declares (GB2312 pages are written as GB18030, its superset)."""
    return page.encode("gb18030" if "charset=gb2312" in page else "utf-8")
