"""Reading report files: encodings, HTML, DOCX, statuses, listing."""
from __future__ import annotations

import random
import sys

import pytest

from summarylab.readers import (
    SUPPORTED, TITLE_CHARS, Document, decode_bytes, html_to_text, list_documents, read_document,
)

SIMPLIFIED = ("一、主要做法\n今年以来，我局坚持以人民为中心，全年共受理群众来信来访312件，"
              "办结率达到97.6%。\n二、存在问题\n基层服务能力仍需加强，个别窗口办事效率不高。\n")
TRADITIONAL = ("一、主要做法\n今年以來，我局堅持以人民為中心，全年共受理群眾來信來訪312件，"
               "辦結率達到97.6%。\n二、存在問題\n基層服務能力仍需加強，個別窗口辦事效率不高。\n")


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("text, codec, expected", [
    (SIMPLIFIED, "utf-8", "utf-8"),
    (SIMPLIFIED, "utf-8-sig", "utf-8-sig"),
    (SIMPLIFIED, "gbk", "gb18030"),
    (SIMPLIFIED + "𠮷城镇完成改造。", "gb18030", "gb18030"),   # 𠮷 needs GB18030's 4-byte form
    (TRADITIONAL, "big5", "big5"),
    (TRADITIONAL, "gbk", "gb18030"),                         # traditional text saved as GBK
    (SIMPLIFIED, "utf-16", "utf-16-le"),                     # with BOM
    ("\ufeff" + SIMPLIFIED, "utf-16-be", "utf-16-be"),       # big-endian with BOM
    (SIMPLIFIED, "utf-16-le", "utf-16-le"),                  # no BOM
    (TRADITIONAL, "utf-16-be", "utf-16-be"),                 # no BOM
])
def test_every_encoding_reads_back_exactly(tmp_path, text, codec, expected):
    doc = read_document(write(tmp_path, "r.txt", text.encode(codec)))
    assert (doc.status, doc.encoding, doc.error) == ("ok", expected, "")
    assert doc.text == text.lstrip("\ufeff")
    assert doc.title == "r"  # an outline heading is not the document's name: the file name is


@pytest.mark.parametrize("text", ["二、工作成效", "深化改革，服务群众。", "一、基本情况\n二、主要做法"])
def test_short_gbk_is_not_taken_for_big5(text):
    # charset-normalizer 3.x labels the first of these Big5 (mojibake); scoring must not.
    decoded = decode_bytes(text.encode("gbk"))
    assert (decoded.text, decoded.encoding) == (text, "gb18030")


def test_short_big5_is_not_taken_for_gbk():
    text = "深化改革，服務群眾。"
    assert decode_bytes(text.encode("big5")) == (text, "big5", "")


def test_truncated_utf8_tail_is_dropped_with_a_warning(tmp_path):
    data = SIMPLIFIED.rstrip("\n").encode("utf-8")[:-2]       # cut inside the last 。
    doc = read_document(write(tmp_path, "cut.txt", data))
    assert doc.status == "ok" and doc.encoding == "utf-8"
    assert doc.error == "truncated utf-8 tail dropped"
    assert doc.text == SIMPLIFIED.rstrip("\n")[:-1]


def test_bad_utf8_in_the_middle_is_not_a_truncation():
    data = SIMPLIFIED.encode("utf-8")
    bad = data[:20] + b"\xff" + data[20:]
    decoded = decode_bytes(bad)
    assert decoded.warning != "truncated utf-8 tail dropped"


def test_a_few_bad_bytes_in_gbk_are_replaced_and_reported():
    data = (SIMPLIFIED * 20).encode("gbk")
    data = data[:300] + b"\xff" + data[300:]
    decoded = decode_bytes(data)
    assert decoded.encoding == "gb18030"
    assert "1 undecodable" in decoded.warning
    assert decoded.text.count("\ufffd") == 1 and "受理群众来信来访" in decoded.text


def test_binary_with_nul_bytes_is_undecodable(tmp_path):
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(0).randbytes(2000)
    doc = read_document(write(tmp_path, "scan.txt", data))
    assert (doc.status, doc.text) == ("undecodable", "")
    assert "binary" in doc.error


@pytest.mark.parametrize("seed", range(5))
def test_high_bytes_without_text_are_undecodable(seed):
    rng = random.Random(seed)
    data = bytes(rng.randrange(0x80, 0x100) for _ in range(3000))   # no NUL, no ASCII
    decoded = decode_bytes(data)
    assert decoded.encoding == "" and decoded.text == ""


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", "\u3000\u3000\n".encode("utf-8")])
def test_empty_and_whitespace_only_files_are_empty(tmp_path, data):
    doc = read_document(write(tmp_path, "blank.txt", data))
    assert doc.status == "empty" and doc.text == ""


def test_file_over_the_limit_is_too_large_and_not_read(tmp_path):
    path = write(tmp_path, "big.txt", SIMPLIFIED.encode("utf-8") * 10)
    doc = read_document(path, max_bytes=100)
    assert doc.status == "too_large" and str(path.stat().st_size) in doc.error
    assert read_document(path, max_bytes=10_000).status == "ok"


def test_unsupported_extension_and_missing_file(tmp_path):
    assert read_document(write(tmp_path, "scan.pdf", b"%PDF-1.4")).status == "unsupported"
    assert read_document(write(tmp_path, "README", b"text")).status == "unsupported"
    missing = read_document(tmp_path / "gone.txt")
    assert missing.status == "error" and "FileNotFoundError" in missing.error


def test_title_is_first_non_empty_line_trimmed_to_title_chars(tmp_path):
    long_line = "关于" + "深入推进" * 30 + "的工作总结"
    doc = read_document(write(tmp_path, "t.txt", f"\n\n  {long_line}  \n正文。".encode()))
    assert doc.title == long_line[:TITLE_CHARS] and len(doc.title) == 90


PAGE = """<!DOCTYPE html><html><head><meta charset="gbk"><title>某区二〇二三年信访工作总结</title>
<style>p {color: red}</style><script>var 统计 = "不要";</script></head>
<body><header>首页 | 政务公开</header><nav><a>网站导航</a></nav>
<div class="article"><h1>信访工作总结</h1>
<p>一、主要做法</p><p>全年共办理群众来信   285件，<b>按期办结率</b>99%。</p>
<ul><li>一是畅通信访渠道；</li><li>二是&nbsp;压实责任。</li></ul></div>
<aside>相关文章</aside><footer>版权所有 某区人民政府</footer></body></html>"""


def test_html_keeps_main_blocks_as_lines_and_drops_chrome(tmp_path):
    doc = read_document(write(tmp_path, "page.html", PAGE.encode("gbk")))
    assert doc.status == "ok" and doc.encoding == "gb18030"      # declared gbk, read as its superset
    assert doc.title == "某区二〇二三年信访工作总结"
    assert doc.text.splitlines() == [
        "信访工作总结", "一、主要做法", "全年共办理群众来信 285件，按期办结率99%。",
        "一是畅通信访渠道；", "二是 压实责任。"]
    for dropped in ("统计", "color", "网站导航", "首页", "相关文章", "版权所有"):
        assert dropped not in doc.text


def test_html_meta_charset_that_lies_is_ignored(tmp_path):
    # Big5 bytes decode as GB18030 without error, into mojibake: the score rejects it.
    page = f'<html><head><meta charset="gbk"></head><body><p>{TRADITIONAL}</p></body></html>'
    doc = read_document(write(tmp_path, "page.html", page.encode("big5")))
    assert doc.encoding == "big5" and "全年共受理群眾來信來訪312件" in doc.text


def test_html_title_falls_back_to_first_h1_and_survives_broken_markup():
    text, title = html_to_text("<body><h1>年度 总结</h1><p>正文一<div>正文二<script>x=1")
    assert (text, title) == ("年度 总结\n正文一\n正文二", "年度 总结")


def test_html_with_only_chrome_is_empty(tmp_path):
    page = b"<html><nav>menu</nav><footer>copyright</footer></html>"
    assert read_document(write(tmp_path, "chrome.htm", page)).status == "empty"


def _make_docx(path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("二〇二三年度工作总结")
    document.add_paragraph("一、主要成效")
    document.add_paragraph("全年新增就业岗位1200个，同比增长8.5%。")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "指标"
    table.cell(0, 1).text = "完成值"
    document.add_paragraph("二、下步打算")
    document.save(path)
    return path


def test_docx_paragraphs_and_tables_in_order(tmp_path):
    doc = read_document(_make_docx(tmp_path / "r.docx"))
    assert (doc.status, doc.encoding, doc.title) == ("ok", "docx", "二〇二三年度工作总结")
    assert doc.text.split("\n") == ["二〇二三年度工作总结", "一、主要成效",
                                    "全年新增就业岗位1200个，同比增长8.5%。",
                                    "指标", "完成值", "二、下步打算"]


def test_docx_without_python_docx_gives_the_same_text(tmp_path, monkeypatch):
    path = _make_docx(tmp_path / "r.docx")
    with_lib = read_document(path).text
    monkeypatch.setitem(sys.modules, "docx", None)      # import docx -> ImportError
    assert read_document(path).text == with_lib


def test_broken_docx_is_undecodable(tmp_path):
    doc = read_document(write(tmp_path, "fake.docx", b"this is not a zip file"))
    assert doc.status == "undecodable" and doc.text == ""


def test_list_documents_is_recursive_sorted_and_skips_hidden(tmp_path):
    for name in ["b.txt", "a/z.HTML", "a/b.docx", "c.pdf", ".hidden.txt", ".git/x.txt", "out/r.txt"]:
        write(tmp_path, name, b"x")
    rel = lambda paths: [p.relative_to(tmp_path).as_posix() for p in paths]  # noqa: E731
    assert rel(list_documents(tmp_path)) == ["a/b.docx", "a/z.HTML", "b.txt", "out/r.txt"]
    assert rel(list_documents(tmp_path, include_unsupported=True, exclude=tmp_path / "out")) == [
        "a/b.docx", "a/z.HTML", "b.txt", "c.pdf"]
    assert all(ext.startswith(".") and ext == ext.lower() for ext in SUPPORTED)


def test_document_defaults_describe_an_ok_file():
    assert Document("x.txt", text="正文") == Document("x.txt", "正文", "", "ok", "", "")


# A county site's article page as such sites are built: menus, breadcrumb, share bar,
# prev/next links and footer made of plain divs and lists, not nav/header/footer tags.
DIV_PAGE = """<html><head><meta charset="utf-8"><title>县应急管理局2023年安全生产工作总结</title></head>
<body><div id="top"><div class="logo">某县人民政府门户网站</div>
<ul class="mainMenu"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li>
<li><a href="/bsfw">办事服务</a></li><li><a href="/hdjl">互动交流</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a>工作总结</a></div>
<div class="article-content">
<p>一、主要做法</p>
<p>全年检查企业<a href="/qy">320家</a>，整改隐患1150处，安全生产形势保持稳定。</p>
<p>二、存在问题</p><p>部分企业主体责任落实不到位。</p></div>
<div class="share-bar">分享到：<a>微信</a><a>微博</a></div>
<div class="pages"><p>上一篇：<a href="/a/1">县2023年防汛抗旱工作总结</a></p>
<p>下一篇：<a href="/a/3">县2023年森林防火工作总结</a></p></div>
<div class="foot-info">主办单位：某县人民政府办公室 ICP备案号：某ICP备12345678号</div>
</body></html>"""


def test_html_drops_menus_breadcrumbs_link_lists_and_footers_built_from_divs(tmp_path):
    doc = read_document(write(tmp_path, "page.html", DIV_PAGE.encode("utf-8")))
    assert doc.status == "ok" and doc.title == "县应急管理局2023年安全生产工作总结"
    assert doc.text.splitlines() == [
        "一、主要做法", "全年检查企业320家，整改隐患1150处，安全生产形势保持稳定。",
        "二、存在问题", "部分企业主体责任落实不到位。"]


def test_html_made_only_of_links_keeps_its_text_rather_than_nothing():
    text, _ = html_to_text('<div class="menu"><a>二〇二三年工作总结</a></div><p><a>全文下载</a></p>')
    assert text.splitlines() == ["二〇二三年工作总结", "全文下载"]


def test_html_unclosed_chrome_element_does_not_swallow_the_page():
    text, _ = html_to_text('<div class="nav"><a>首页</a><p>正文第一段。</div><p>正文第二段。</p>')
    assert text.splitlines() == ["正文第二段。"]


@pytest.mark.parametrize("text, title", [
    ("导读：本文由某范文网整理，仅供学习参考。\n某县2023年环境保护工作总结\n一、主要做法", "某县2023年环境保护工作总结"),
    ("【范文推荐】更多精彩内容请关注本站。\n\n  镇扶贫工作总结  \n正文。", "镇扶贫工作总结"),
    ("各位代表：\n下面，我受县人民政府委托，向大会报告工作，请予审议。", ""),   # a salutation is no title
    ("全文只有一个很长的句子，没有任何可以当作标题的短行。", ""),
    ("", ""),
])
def test_title_skips_site_prefaces_and_sentences(tmp_path, text, title):
    from summarylab.readers import title_of

    assert title_of(text) == title
