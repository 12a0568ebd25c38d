"""Property test of ``analyze()`` on random text: no crash, offsets that hold, same result twice.

The text is drawn from pieces of the genre (outline and enumeration markers,
Arabic, full-width and Chinese numerals with units, quotes and 《》, boilerplate
fragments, traditional characters), whole sentences of the genre written for
this test, and any Unicode character
(surrogates, controls, zero-width and other planes included), so that the
extractors see half-formed structures rather than only noise.

For every table the columns promise (module docstrings of indicators,
measures, slogans, quality) is checked:

* every offset lies in ``[0, len(text)]`` and every span is ordered;
* indicators: ``quote == text[start:end]`` inside its sentence span;
* measures: ``title == text[title_start:title_end]``, ``text[start:]`` starts
  with the marker, ``end == title_end == body_start <= body_end``,
  a parent comes before its child;
* slogans: ``text[start:end]`` and every occurrence are among ``variants``,
  the first occurrence is (start, end); citations: every occurrence spells
  the title;
* quality: spans inside ``text`` and, mapped back, inside the input;
* the same input gives equal tables again.

With ``target="traditional"`` the surface columns (quote, title) are checked
against the traditional text. Hypothesis runs derandomized (the same examples
on every run) so CI is reproducible.
"""
from __future__ import annotations

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarylab.measures import _unspaced
from summarylab.analysis import Analysis, analyze

PIECES = [
    "一、", "二、", "（一）", "（二）", "1.", "2、", "（1）", "①", "②", "一是", "二是", "三是要",
    "第一，", "第二，", "首先，", "其次，", "最后，", "、", "——",
    "0", "7", "12", "486", "1,200", "3.5", "１２", "％", "%", "一", "两", "三", "十", "百", "千",
    "万", "亿", "零", "点", "余", "多", "近", "约", "以上", "左右", "至", "-",
    "件", "个", "项", "家", "人次", "万元", "亿元", "个百分点", "倍", "年", "月", "日",
    "增长", "下降", "同比", "比上年", "由", "提高到", "减少",
    "“", "”", "「", "」", "《", "》", '"', "‘", "’", "三个代表", "两个率先", "放管服", "即",
    "。", "，", "；", "：", "！", "？", "\n", "\n\n", " ", "　", "\t",
    "全年受理群众投诉", "地区生产总值", "加强领导", "完善制度", "政务公开条例",
    "萬", "億", "點", "兩", "發展", "報告", "版权所有", "上一篇：", "http://a.cn/x",
    "\x00", "\u200b", "\ufeff", "\ud800", "锟斤拷", "\ufffd", "*", "×", "XX",
]
# whole well-formed pieces, so that complete structures occur next to broken ones
WHOLE = [
    "一、主要做法\n", "（一）加强组织领导。", "一是建立机制；二是明确责任；三是强化督查。",
    "全年受理投诉486件，同比增长12.5%。", "新建项目三十余个，投资1.2亿元。", "由58%提高到61%",
    "坚持“放管服”改革，做到“四个结合”：即甲与乙相结合、丙与丁相结合。", "落实《政务公开条例》",
    "首先，抓学习；其次，抓落实；最后，抓考核。", "第三批", "2021年", "10-20家", "两三个",
]
PIECE = st.sampled_from(PIECES)
TEXT = st.lists(st.one_of(PIECE, PIECE, PIECE, st.sampled_from(WHOLE), st.characters()),
                max_size=80).map("".join)
OFFSETS = ["start", "end", "title_start", "title_end", "body_start", "body_end",
           "sentence_start", "sentence_end"]


def check_bounds(name: str, df: pd.DataFrame, size: int) -> None:
    for col in OFFSETS:
        if col in df:
            assert df[col].between(0, size).all(), (name, col)
    if len(df):
        assert (df["start"] <= df["end"]).all(), name


def check_indicators(text: str, df: pd.DataFrame) -> None:
    for row in df.itertuples():
        assert row.quote == text[row.start:row.end]
        assert row.sentence_start <= row.start <= row.end <= row.sentence_end


def check_measures(text: str, df: pd.DataFrame) -> None:
    for i, row in enumerate(df.itertuples()):
        assert row.title == _unspaced(text[row.title_start:row.title_end])  # 综 合 -> 综合
        assert text[row.start:row.title_start].startswith(row.marker)
        assert row.end == row.title_end == row.body_start <= row.body_end
        assert -1 <= row.parent < i


def check_slogans(text: str, df: pd.DataFrame) -> None:
    for row in df.itertuples():
        assert text[row.start:row.end] in row.variants
        assert tuple(row.occurrences[0]) == (row.start, row.end)
        for s, e in row.occurrences:
            assert 0 <= s < e <= len(text) and text[s:e] in row.variants


def check_citations(text: str, df: pd.DataFrame) -> None:
    for row in df.itertuples():
        assert [text[s:e] for s, e in row.occurrences] == [row.title] * row.count


def check_quality(a: Analysis) -> None:
    check_bounds("quality", a.quality, len(a.text))
    assert a.quality["orig_start"].between(0, len(a.original)).all()
    assert (a.quality["orig_start"] <= a.quality["orig_end"]).all()
    assert a.quality["orig_end"].between(0, len(a.original)).all()


def assert_same_tables(a: Analysis, b: Analysis) -> None:
    assert a.text == b.text
    for name, table in a.tables().items():
        pd.testing.assert_frame_equal(table, b.tables()[name], obj=name)


@settings(max_examples=250, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_analyze_on_random_text(raw):
    a = analyze(raw)
    tables = a.tables()
    for name, df in tables.items():
        check_bounds(name, df, len(a.text))
    check_indicators(a.text, tables["indicators"])
    check_measures(a.text, tables["measures"])
    check_slogans(a.text, tables["slogans"])
    check_citations(a.text, tables["citations"])
    check_quality(a)
    assert_same_tables(a, analyze(raw))


@settings(max_examples=80, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_traditional_target_keeps_quotes_and_titles_on_its_text(raw):
    a = analyze(raw, target="traditional")
    assert len(a.text) == len(analyze(raw).text)
    for name, df in a.tables().items():
        check_bounds(name, df, len(a.text))
    check_indicators(a.text, a.indicators)
    for row in a.measures.itertuples():
        assert row.title == _unspaced(a.text[row.title_start:row.title_end])
