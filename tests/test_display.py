"""Tests of summarylab.display: the highlighted HTML view of an Analysis.

The markup is parsed back with the standard library's HTMLParser, so the
tests check structure (balanced tags, which characters each highlight
covers), not string fragments.
"""
from __future__ import annotations

import importlib.util
from html.parser import HTMLParser

import pandas as pd
import pytest

import summarylab
from summarylab.display import KINDS, Span, analysis_html, highlight_html

REPORT = (
    "一、主要做法\n"
    "（一）坚持“两个率先”目标。全年新增就业岗位1.2万个，城镇登记失业率下降到3.5%。\n"
    "（二）推进“放管服”改革，削减行政审批项目300项。群众反映“放管服”改革见效快。\n"
    "二、存在问题\n"
    "部分窗口办结时限仍偏长，共受理投诉件，*举报仍有发生。\n"
)


class _Walker(HTMLParser):
    """Rebuilds the text and records, per highlight element, the text it encloses."""

    VOID = {"br", "hr", "img", "meta", "link", "input"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None, int]] = []
        self.text: list[str] = []
        self.elements: list[tuple[str, str, str]] = []  # (kind, title, enclosed text)
        self.in_box = False

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        a = dict(attrs)
        self.stack.append((tag, a.get("data-kind"), len("".join(self.text)), a.get("title", "")))

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        assert self.stack, f"closing </{tag}> with nothing open"
        open_tag, kind, start, title = self.stack.pop()
        assert open_tag == tag, f"</{tag}> closes <{open_tag}>"
        if kind:
            self.elements.append((kind, title, "".join(self.text)[start:]))

    def handle_data(self, data):
        self.text.append(data)


def _walk(markup: str) -> _Walker:
    w = _Walker()
    w.feed(markup)
    w.close()
    assert not w.stack, f"unclosed tags: {[t for t, *_ in w.stack]}"
    return w


def _covered(markup: str, kind: str) -> str:
    """Concatenated text of every element of ``kind``."""
    return "".join(t for k, _, t in _walk(markup).elements if k == kind)


def _with_tables(text: str, **tables: pd.DataFrame) -> summarylab.Analysis:
    """An Analysis of ``text`` whose extraction tables are replaced by ``tables``."""
    a = summarylab.analyze(text)
    for name, df in tables.items():
        a.__dict__[name] = df  # cached_property storage: no extractor runs
    return a


def _ind(text: str, quote: str, value: float, unit: str) -> dict:
    s = text.index(quote)
    return dict(quote=quote, value=value, unit=unit, approx=False, change="", subject="",
                start=s, end=s + len(quote))


# --------------------------------------------------------------------------- highlight_html

def test_text_is_escaped_and_round_trips():
    text = '会上有人写道<script>alert("x")</script> & “A&B”\n下一行'
    out = highlight_html(text, [Span(0, 2, "measure", 'title with "quotes" <b>')])
    assert "<script>" not in out and "&lt;script&gt;" in out
    w = _walk(out)
    assert "".join(w.text) == text
    assert w.elements == [("measure", 'title with "quotes" <b>', "会上")]


def test_indicator_inside_slogan_is_nested_whole():
    text = "落实“三年新增就业5000人”计划。"
    s = text.index("三年")
    q = text.index("5000人")
    spans = [Span(s, text.index("”"), "slogan", "slogan"), Span(q, q + 5, "indicator", "5000 人")]
    out = highlight_html(text, spans)
    w = _walk(out)
    assert ("indicator", "5000 人", "5000人") in w.elements
    assert ("slogan", "slogan", "三年新增就业5000人") in w.elements
    assert out.index('data-kind="slogan"') < out.index('data-kind="indicator"')


def test_crossing_spans_are_split_not_interleaved():
    text = "甲乙丙丁戊己庚"
    out = highlight_html(text, [Span(0, 4, "measure", "m"), Span(2, 6, "indicator", "i")])
    w = _walk(out)  # asserts tags are balanced and properly nested
    assert _covered(out, "indicator") == "丙丁戊己"
    # the indicator keeps priority: it stays one element, the measure is cut around it
    assert [t for k, _, t in w.elements if k == "indicator"] == ["丙丁戊己"]
    assert _covered(out, "measure") == "甲乙丙丁"
    assert "".join(w.text) == text


def test_identical_and_empty_spans():
    text = "满意率达.%。"
    out = highlight_html(text, [Span(4, 6, "quality", "q1"), Span(4, 6, "quality", "q2"),
                                Span(0, 0, "quality", "boilerplate"), Span(50, 60, "indicator", "x")])
    w = _walk(out)
    assert [k for k, _, t in w.elements].count("quality") == 2
    assert ("quality-point", "boilerplate", "⌫") in w.elements
    assert "".join(w.text) == "⌫" + text


def test_unknown_kind_is_rejected():
    with pytest.raises(ValueError, match="unknown highlight kind"):
        highlight_html("abc", [Span(0, 1, "bogus", "")])


# --------------------------------------------------------------------------- analysis_html

def test_every_indicator_quote_is_wrapped_with_its_value():
    inds = pd.DataFrame([_ind(REPORT, "1.2万个", 12000.0, "个"), _ind(REPORT, "3.5%", 3.5, "%"),
                         _ind(REPORT, "300项", 300.0, "项")])
    a = _with_tables(REPORT, indicators=inds)
    out = analysis_html(a)
    wrapped = {(t, title) for k, title, t in _walk(out).elements if k == "indicator"}
    assert ("1.2万个", "indicator: 12,000 个") in wrapped
    assert ("3.5%", "indicator: 3.5 %") in wrapped
    assert ("300项", "indicator: 300 项") in wrapped


def test_every_slogan_occurrence_is_highlighted():
    s = REPORT.index("放管服")
    slogans = pd.DataFrame([dict(slogan="放管服", kind="quoted", expansion=[], count=2,
                                 start=s, end=s + 3)])
    out = analysis_html(_with_tables(REPORT, slogans=slogans))
    found = [t for k, _, t in _walk(out).elements if k == "slogan"]
    assert found == ["放管服", "放管服"]


def test_script_in_report_text_is_escaped():
    a = summarylab.analyze("一、工作情况\n网页残留<script>alert(1)</script>代码。")
    out = analysis_html(a)
    assert "<script>" not in out
    assert "&lt;script&gt;" in out


def test_quality_findings_and_legend():
    out = analysis_html(_with_tables(REPORT, indicators=pd.DataFrame(), slogans=pd.DataFrame()))
    kinds = [(k, title) for k, title, _ in _walk(out).elements]
    assert any(k == "quality" and title.startswith("redaction") for k, title in kinds)
    assert any(k == "quality" and title.startswith("stripped_number") for k, title in kinds)
    for _, label in KINDS.values():
        assert label in out


def test_long_text_is_truncated_with_note():
    text = "一、主要做法\n" + "全年受理群众来信一批。" * 3000
    a = _with_tables(text, indicators=pd.DataFrame(), slogans=pd.DataFrame())
    out = analysis_html(a, max_chars=5000)
    w = _walk(out)
    assert "Showing the first 5,000 of" in out
    assert len("".join(w.text)) < 8000


@pytest.mark.skipif(not (importlib.util.find_spec("summarylab.indicators")
                         and importlib.util.find_spec("summarylab.slogans")),
                    reason="indicators/slogans extractors not installed yet")
def test_real_extractors_every_indicator_quote_wrapped():
    a = summarylab.analyze(REPORT)
    out = a._repr_html_()
    wrapped = [t for k, _, t in _walk(out).elements if k == "indicator"]
    assert len(a.indicators) >= 2
    for q in a.indicators["quote"]:
        assert q in wrapped


# --------------------------------------------------------------------------- use_cjk_font

def test_use_cjk_font_draws_chinese_without_missing_glyphs():
    import warnings

    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from cjk import need_cjk_font
    from summarylab.display import CJK_FONTS, use_cjk_font

    need_cjk_font()
    with matplotlib.rc_context():
        family = use_cjk_font()
        assert family in CJK_FONTS
        assert matplotlib.rcParams["font.sans-serif"][0] == family
        fig, ax = plt.subplots()
        ax.set_title("河长制与“放管服”改革")
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # "Glyph ... missing from font" would raise
            fig.canvas.draw()
        plt.close(fig)


def test_fonts_shipped_by_pip_packages_are_found_without_importing_them(tmp_path, monkeypatch):
    from summarylab import display

    package = tmp_path / "fontpackage_for_test"
    (package / "fonts").mkdir(parents=True)
    (package / "__init__.py").write_text("raise RuntimeError('must not be imported')\n")
    (package / "fonts" / "Han.otf").write_bytes(b"OTTO")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(display, "PIP_FONTS", (("fontpackage_for_test", "fonts/Han.otf"),
                                               ("fontpackage_for_test", "fonts/Missing.otf"),
                                               ("no_such_package_here", "fonts/Han.otf")))
    assert display._pip_font_files() == [str(package / "fonts" / "Han.otf")]


def test_use_cjk_font_warns_when_none(monkeypatch):
    import matplotlib
    from matplotlib import font_manager

    from summarylab import display

    monkeypatch.setattr(font_manager.fontManager, "ttflist", [])
    monkeypatch.setattr(display, "_fc_list_files", lambda: [])
    monkeypatch.setattr(display, "_pip_font_files", lambda: [])
    with matplotlib.rc_context():
        before = list(matplotlib.rcParams["font.sans-serif"])
        with pytest.warns(UserWarning, match="no CJK font"):
            assert display.use_cjk_font() is None
        assert matplotlib.rcParams["font.sans-serif"] == before
