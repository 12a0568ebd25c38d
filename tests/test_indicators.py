"""Tests for summarylab.indicators: hand-written cases, offsets, columns, robustness."""
from __future__ import annotations

import math

import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

import summarylab
from summarylab.indicators import COLUMNS, extract_indicators

from indicator_cases import CASES, R
from linear import assert_linear


def _frame(script: str, text: str) -> tuple[str, pd.DataFrame]:
    if script == "t":
        a = summarylab.analyze(text)
        return a.text, a.indicators
    return text, extract_indicators(text)


def _check_row(got: dict, want: R, where: str) -> None:
    assert math.isclose(got["value"], want.value, rel_tol=1e-9), where
    assert got["unit"] == want.unit, where
    assert bool(got["approx"]) == want.approx, where
    assert got["change"] == want.change, where
    if want.value_max is None:
        assert math.isnan(got["value_max"]), where
    else:
        assert math.isclose(got["value_max"], want.value_max, rel_tol=1e-9), where
    if want.subject is not None:
        assert got["subject"] == want.subject, where


@pytest.mark.parametrize("script,text,expected", CASES, ids=[f"{i:03d}" for i in range(len(CASES))])
def test_case(script, text, expected):
    work, df = _frame(script, text)
    rows = df.to_dict("records")
    where = f"{text!r} -> {[(r['quote'], r['value'], r['unit']) for r in rows]}"
    assert len(rows) == len(expected), where
    for got, want in zip(rows, expected):
        _check_row(got, want, where)
        assert work[got["start"]:got["end"]] == got["quote"], where


def test_enough_cases_and_both_scripts():
    assert len(CASES) >= 120
    assert sum(s == "t" for s, _, _ in CASES) >= 10
    assert sum(not rows for _, _, rows in CASES) >= 30  # exclusions


def test_empty_input_gives_all_columns():
    df = extract_indicators("")
    assert list(df.columns) == COLUMNS and df.empty
    assert list(extract_indicators("没有任何数字的句子。").columns) == COLUMNS


def test_non_str_raises_type_error():
    with pytest.raises(TypeError):
        extract_indicators(b"486\xe4\xbb\xb6")  # type: ignore[arg-type]


def test_quote_spans_modifiers_and_offsets():
    text = "2021年全县实现地区生产总值276.4亿元，同比增长8.7%，引进30余家企业。"
    df = extract_indicators(text)
    assert df.quote.tolist() == ["276.4亿元", "同比增长8.7%", "30余家"]
    for r in df.itertuples():
        assert text[r.start:r.end] == r.quote
        assert text[r.sentence_start:r.sentence_end].startswith("2021年全县")
    assert set(df.period) == {"2021年"}


def test_period_prefers_the_year_before_the_number_not_the_comparison():
    df = extract_indicators("上半年，全县财政收入比2002年增长12%。去年新建学校3所。")
    assert df.period.tolist() == ["上半年", "去年"]


def test_dtypes():
    df = extract_indicators("新增就业1361万人，增长6.6%，两三个示范点。")
    assert df["value"].dtype == float and df["value_max"].dtype == float
    assert df["approx"].dtype == bool and df["start"].dtype.kind == "i"


def test_unnormalised_text_with_ascii_punctuation_and_full_width_digits():
    df = extract_indicators("全年受理投诉４８６件,办结率９８．５％;新增企业16家(其中外资3家)")
    assert df.value.tolist() == [486.0, 98.5, 16.0, 3.0]
    assert df.unit.tolist() == ["件", "%", "家", "家"]


@pytest.mark.parametrize("unit, count, tail", [
    ("、", 200_000, ""), ("一是", 100_000, ""), ("“", 200_000, ""), ("1", 200_000, ""),
    ("一", 200_000, ""), ("一二三四五六七八九十", 20_000, ""), ("9,", 100_000, ""),
    ("百分之", 60_000, ""), ("增长", 100_000, "5%")])
def test_pathological_inputs_run_in_linear_time(unit, count, tail):
    """CPU time on the blob under 8x that on a quarter of it (tests/linear.py)."""
    assert list(extract_indicators(unit * 100 + tail).columns) == COLUMNS
    assert_linear(extract_indicators, lambda n: unit * n + tail, count // 4)


def test_repeated_report_scales_linearly():
    one = "全县实现地区生产总值276.4亿元，同比增长8.7%；受理群众投诉372件，近千条意见。\n"
    assert len(extract_indicators(one * 2000)) == 10 * len(extract_indicators(one * 200)) == 8000
    assert_linear(extract_indicators, lambda n: one * n, 500)


def test_character_sets_of_the_period_and_span_patterns():
    """The searches skip positions by first and last character (lexicon._guarded, the
    trim in _core): every match of _PERIOD and _SPAN must start and end inside the sets
    declared next to them. Random strings built from the patterns' own pieces."""
    import random
    import re

    from summarylab.indicators import lexicon as ind

    pieces = ["2002", "1998", "二〇〇二", "-", "至", "年", "上", "下", "半", "前", "季度", "底", "末",
              "初", "今", "去", "全", "明", "当", "本", "度", "“", "”", "十五", "三", "两", "五",
              "计划", "期间", "时期", "期間", "時期", "过去", "近", "来", "这", "一", "个", "届",
              "间", "中", "内", "里", "，", "的"]
    rng = random.Random(7)
    span = re.compile(ind._SPAN, re.VERBOSE)   # a verbose piece of the trim pattern
    seen = {"period": 0, "span": 0}
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        for name, pattern, first, last in (("period", ind._PERIOD, ind._PERIOD_FIRST, ind._PERIOD_LAST),
                                           ("span", span, ind._SPAN_FIRST, ind._SPAN_LAST)):
            for m in pattern.finditer(text):
                assert m.group()[0] in first and m.group()[-1] in last, (text, m.group())
                seen[name] += 1
    assert min(seen.values()) > 20, seen   # both patterns were exercised (76 and 41 with seed 7)


@pytest.mark.parametrize("text, quote, subject", [
    ("全年走访慰问困难群众上千人次。", "上千人次", "困难群众"),
    ("新增各类市场主体上万户，其中个体工商户占七成。", "上万户", "各类市场主体"),
    ("在全年工作中，先後接待來訪群眾上千人次。", "上千人次", None),
])
def test_a_bare_multiplier_keeps_its_approximation_word_in_the_quote(text, quote, subject):
    a = summarylab.analyze(text)
    row = a.indicators.iloc[0]
    assert row.quote == quote and a.text[row.start:row.end] == quote
    assert row.approx and (subject is None or row.subject.endswith(subject))


def test_a_party_member_subject_is_not_cut_at_gong():
    """共 (in all, 共计) cuts a subject, but not inside 共产党员."""
    df = extract_indicators("今年新发展优秀青年共产党员36名，表彰先进基层党组织12个。")
    assert df.subject[0].endswith("优秀青年共产党员") and df.subject[1].endswith("先进基层党组织")


@settings(max_examples=150, deadline=None, derandomize=True)
@given(a=st.integers(min_value=1, max_value=99999), b=st.integers(min_value=1, max_value=99999),
       units=st.sampled_from([("个", "项"), ("家", "人"), ("亿元", "%"), ("吨", "个")]),
       gap=st.sampled_from([" ", "\n", "　"]))
def test_two_numbers_with_units_are_never_joined_across_a_break(a, b, units, gap):
    """2019年 5月, 3个 5项: pieces that stand alone stay two numbers whatever the layout."""
    text = f"全年新增{a}{units[0]}{gap}{b}{units[1]}。"
    df = extract_indicators(text)
    assert df.value.tolist()[-2:] == [float(a) * (1e8 if units[0] == "亿元" else 1), float(b)]


@settings(max_examples=150, deadline=None, derandomize=True)
@given(head=st.integers(min_value=1, max_value=99), tail=st.integers(min_value=100, max_value=9999))
def test_a_number_broken_by_a_line_wrap_is_read_whole(head, tail):
    """收入1⏎2248元: a piece with no unit after running text joins the next line's number."""
    df = extract_indicators(f"全年居民人均收入{head}\n{tail}元。")
    assert df.value.tolist() == [float(f"{head}{tail}")]
    assert df.quote.tolist() == [f"{head}\n{tail}元"]


@settings(max_examples=100, deadline=None, derandomize=True)
@given(head=st.integers(min_value=1, max_value=999), tail=st.integers(min_value=1, max_value=99),
       script=st.sampled_from(["simplified", "traditional"]))
def test_a_number_whose_point_a_line_wrap_put_on_the_next_line_is_read_whole(head, tail, script):
    """出口2⏎.5亿美元: no line starts with a decimal point; the offsets reach the input."""
    text = summarylab.to_script(f"全年外贸出口{head}\n.{tail}亿美元，年均增长6.1%。", script)
    a = summarylab.analyze(text, target=script)
    row = a.indicators.iloc[0]
    assert math.isclose(row.value, float(f"{head}.{tail}") * 1e8)
    s, e = a.offsets.span(row.start, row.end)
    assert text[s:e] == f"{head}\n.{tail}" + ("亿美元" if script == "simplified" else "億美元")


@pytest.mark.parametrize("word, change", [("增长", "increase"), ("下降", "decrease"), ("提高", "increase")])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_change_word_a_line_wrap_broke_is_read_whole(word, change, script):
    """同比增⏎长46.6%: the change word is read across the break; the offsets reach the input."""
    text = summarylab.to_script(f"全县入库税金同比{word[0]}\n{word[1]}46.6%，好于预期。\n在县委领导下\n降低成本。", script)
    a = summarylab.analyze(text, target=script)
    row = a.indicators.iloc[0]
    assert (row.value, row.change) == (46.6, change)
    s, e = a.offsets.span(row.start, row.end)
    assert text[s:e].replace("\n", "") == summarylab.to_script(f"同比{word}46.6%", script)
    assert summarylab.to_script("领导下\n降低", script) in a.text   # 下 before a word without a figure: apart


def test_a_page_that_writes_its_decimal_points_as_dunhao_reads_them_and_quotes_it_as_written():
    text = "全镇完成工业投资3、19亿元，同比增长33、7%。接待游客576、23万人次，旅游收入4、48亿元。"
    df = extract_indicators(text)
    assert df[["quote", "value"]].values.tolist() == [
        ["3、19亿元", 3.19e8], ["同比增长33、7%", 33.7], ["576、23万人次", 5762300.0], ["4、48亿元", 4.48e8]]
    assert all(text[s:e] == q for s, e, q in zip(df.start, df.end, df.quote))   # offsets hold


def test_a_list_parted_by_dunhao_on_a_page_with_decimal_points_stays_a_list():
    df = extract_indicators("三个项目分别投资1、2、3亿元，增长3.5%，其中两项完成5、10亿元。")
    values = set(df.value)
    assert 3.5 in values and 3e8 in values and not values & {1.2e8, 2.3e8, 5.1e9}


def test_a_subject_that_compares_already_takes_no_second_comparison():
    rows = extract_indicators("规上工业增速较一季度提高2%，高于全县增速2.1个百分点。")
    gap = rows[rows.unit == "百分点"].iloc[0]
    assert gap.value == 2.1 and "高于" not in gap.subject
