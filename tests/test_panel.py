"""Issue 17: period, base, measure, status and indicator columns; the catalogue; the
document year; the panel. Sentences are written for these tests (indicator_cases.py)."""
from __future__ import annotations

import csv
import math
from pathlib import Path

import pandas as pd
import pytest

import summarylab
from summarylab.indicators import COLUMNS, extract_indicators
from summarylab.panel import (MEASURES, PANEL_COLUMNS, STATUSES, CatalogueError, catalogue, indicator_panel,
                              load_catalogue, targets_by_year)
from summarylab.periods import Timeline, chinese_year, document_year, period_year

from indicator_cases import PANEL_CASES, P

HERE = Path(__file__).resolve().parent
GWR = HERE.parent.parent / "shared" / "realcorpus" / "gwr"


def _table(script: str, text: str, year: int | None) -> pd.DataFrame:
    if script == "s":
        return extract_indicators(text, year=year)
    return summarylab.analyze(text, year=year).indicators


def _row(df: pd.DataFrame, value: float) -> pd.Series:
    hits = df[[math.isclose(v, value, rel_tol=1e-9) for v in df["value"]]]
    assert len(hits), f"no indicator of value {value} in {df[['quote', 'value']].values.tolist()}"
    return hits.iloc[0]


@pytest.mark.parametrize("script,text,year,rows", PANEL_CASES, ids=[c[1][:24] for c in PANEL_CASES])
def test_panel_columns(script, text, year, rows):
    df = _table(script, text, year)
    for want in rows:
        got = _row(df, want.value)
        for field in P._fields[1:]:
            expected = getattr(want, field)
            if expected is not None:
                assert got[field] == expected, f"{field} of {got['quote']}: {got[field]!r} != {expected!r}"


def test_columns_and_vocabularies():
    text = "一、2018年工作回顾\n全年粮食产量增加5万吨。\n二、2019年工作安排\n计划新建学校3所，力争增长8%。"
    df = extract_indicators(text, year=2019)
    assert list(df.columns) == COLUMNS
    assert set(df.measure) <= set(MEASURES) and set(df.status) <= set(STATUSES)
    assert df.status.tolist() == ["achieved", "plan", "target"]
    empty = extract_indicators("", year=2019)
    assert list(empty.columns) == COLUMNS and empty.empty


def test_period_is_never_the_base():
    """Property over the cases: a year that is the base of a value (比2015年) is never
    its period, and every base is in the documented vocabulary."""
    for script, text, year, _ in PANEL_CASES:
        df = _table(script, text, year)
        for r in df.itertuples():
            assert r.base in ("", "上年", "同期", "上期") or (r.base.endswith("年") and r.base[:4].isdigit())
            if r.base.endswith("年"):
                assert r.period != r.base, (text, r.quote)


@pytest.mark.parametrize("text,kw,year", [
    ("一、2018年工作回顾\n正文", {}, 2019),
    ("一、2018年工作回顧\n正文", {}, 2019),
    ("全县工作总结\n正文\n二〇一九年十二月二十日", {}, 2019),
    ("全縣工作總結\n正文\n二〇一九年十二月二十日", {}, 2019),
    ("关于2020年工作的总结\n正文", {}, 2020),
    ("正文", {"file": "reports/2005.txt"}, 2005),
    ("正文", {"title": "二〇一七年政府工作报告"}, 2017),
    ("——2021年3月5日在全国人民代表大会上\n正文", {}, 2021),
    ("没有年份的正文。", {}, None),
    ("正文", {"file": "2019-2020.txt"}, None),     # two years in the name: not one document year
])
def test_document_year(text, kw, year):
    assert document_year(text, **kw) == year


def test_analyze_takes_and_finds_the_year():
    a = summarylab.analyze("一、2018年工作回顾\n今年粮食产量增加5万吨。")
    assert a.year == 2019 and a.indicators.period.tolist() == ["2019年"]
    b = summarylab.analyze("今年粮食产量增加5万吨。", year=2010)
    assert b.year == 2010 and b.indicators.period.tolist() == ["2010年"]


@pytest.mark.parametrize("words,year", [("二〇一九", 2019), ("二零零五", 2005), ("2024", 2024),
                                        ("1800", None), ("二〇一", None)])
def test_chinese_year(words, year):
    assert chinese_year(words) == year


@pytest.mark.parametrize("period,year", [("2019年", 2019), ("2019年底", 2019), ("2019年上半年", None),
                                         ("2016-2020年", None), ("十三五期间", None), ("", None)])
def test_period_year(period, year):
    assert period_year(period) == year


def test_timeline_parts_of_a_year_end_summary():
    t = Timeline("全县2019年工作总结\n一、主要工作成效\n今年完成投资。\n二、2020年工作打算\n明年投资。", 2019)
    assert t.part_at(t.text.index("今年完成")) == "review"
    assert t.part_at(t.text.index("明年投资")) == "plan"
    assert t.part_at(0) == "review"   # the title 工作总结 opens a review


# ---------------------------------------------------------------------------- catalogue
def test_shipped_catalogue_loads_and_is_large_enough():
    cat = load_catalogue()
    assert len(cat) >= 60
    table = catalogue()
    assert {"indicator", "en", "measures", "synonyms"} <= set(table.columns)
    names = set(table.indicator)
    for must in ("国内生产总值", "国内生产总值增长率", "城镇居民人均可支配收入", "农村居民人均可支配收入",
                 "一般公共预算收入", "固定资产投资", "社会消费品零售总额", "进出口总额", "实际使用外资",
                 "城镇新增就业", "城镇调查失业率", "城镇登记失业率", "居民消费价格涨幅", "粮食总产量",
                 "单位国内生产总值能耗", "细颗粒物浓度", "空气质量优良天数比例", "森林覆盖率",
                 "农村贫困人口", "贫困发生率", "医疗卫生机构床位", "高等教育毛入学率",
                 "一般公共预算支出", "研究与试验发展经费投入强度", "常住人口城镇化率"):
        assert must in names, must
    # both scripts: a traditional synonym is listed next to each simplified one
    gdp = table[table.indicator == "国内生产总值"].iloc[0]
    assert "國內生產總值" in gdp.synonyms and "国内生产总值" in gdp.synonyms
    assert cat.match("國內生產總值", "level") == "国内生产总值"


@pytest.mark.parametrize("body,message", [
    ("indicator\ten\tmeasures\tsynonyms\tcolour\nA\ta\t*\tx\n", ":1: header"),
    ("indicator\ten\tmeasures\tsynonyms\nA\ta\t*\n", ":2: 3 fields"),
    ("indicator\ten\tmeasures\tsynonyms\nA\ta\tspeed\tx\n", ":2: unknown measure"),
    ("indicator\ten\tmeasures\tsynonyms\nA\ta\t*\tx|y\n# note\nB\tb\tlevel\ty\n", ":4: synonym 'y' already listed at line 2"),
    ("indicator\ten\tmeasures\tsynonyms\nA\ta\t*\tx||y\n", ":2: an empty synonym"),
    ("indicator\ten\tmeasures\tsynonyms\n\ta\t*\tx\n", ":2: empty indicator"),
    ("# only a comment\n", ":1: no header"),
])
def test_catalogue_is_loaded_strictly(tmp_path, body, message):
    path = tmp_path / "cat.tsv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(CatalogueError, match=str(path).replace("\\", "\\\\") + message):
        load_catalogue(path)


def test_catalogue_same_synonym_for_disjoint_measures_is_allowed(tmp_path):
    path = tmp_path / "cat.tsv"
    path.write_text("indicator\ten\tmeasures\tsynonyms\nG\tg\tlevel\tGDP\nGR\tgr\tchange_rate\tGDP\n", encoding="utf-8")
    cat = load_catalogue(path)
    assert (cat.match("全年GDP", "level"), cat.match("GDP", "change_rate"), cat.match("GDP", "share")) == ("G", "GR", "")


# ---------------------------------------------------------------------------- the panel
_REPORTS = {
    "2018.txt": "一、2017年工作回顾\n国内生产总值增长6.9%，城镇新增就业1351万人。\n"
                "二、2018年主要任务\n今年发展主要预期目标是：国内生产总值增长6.5%左右；城镇新增就业1100万人以上。",
    "2019.txt": "一、2018年工作回顾\n国内生产总值增长6.6%，城镇新增就业1361万人。\n"
                "二、2019年政府工作任务\n今年发展主要预期目标是：国内生产总值增长6%－6.5%；城镇新增就业1100万人以上。",
    "notes.txt": "今天没有数字。",
}


@pytest.fixture(scope="module")
def invented(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reports")
    for name, text in _REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return summarylab.analyze_corpus(folder, k=1), folder


def test_panel_of_invented_reports(invented):
    res, _ = invented
    assert res.documents.set_index("doc_id")["year"].to_dict() == {"2018.txt": 2018, "2019.txt": 2019,
                                                                   "notes.txt": None} or \
        res.documents.year.isna().tolist() == [False, False, True]
    panel = indicator_panel(res)
    assert list(panel.columns) == PANEL_COLUMNS and panel is not None
    assert str(panel.period.dtype) == "Int64" and str(panel.year.dtype) == "Int64"
    gdp = panel[(panel.indicator == "国内生产总值增长率") & (panel.measure == "change_rate")]
    got = {(int(r.year), r.status, int(r.period)): (r.value, None if pd.isna(r.value_max) else r.value_max)
           for r in gdp.itertuples()}
    assert got == {(2018, "achieved", 2017): (6.9, None), (2018, "target", 2018): (6.5, None),
                   (2019, "achieved", 2018): (6.6, None), (2019, "target", 2019): (6.0, 6.5)}
    jobs = panel[panel.indicator == "城镇新增就业"].pivot_table(index="period", columns="status", values="value")
    assert jobs.loc[2018, "achieved"] == 13_610_000 and jobs.loc[2019, "target"] == 11_000_000
    assert res.tables()["panel"].equals(res.panel)


def test_batch_writes_the_panel(invented, tmp_path):
    _, folder = invented
    summary = summarylab.run_batch(folder, tmp_path / "out", fmt="csv", k=1)
    assert summary.tables["panel"] == 8
    from summarylab.batch import read_table

    panel = read_table(tmp_path / "out", "panel")
    assert set(PANEL_COLUMNS) <= set(panel.columns)
    docs = read_table(tmp_path / "out", "documents")
    assert sorted(docs.year.dropna().astype(int)) == [2018, 2019]


def test_targets_by_year_takes_the_latest_statement(invented):
    res, _ = invented
    table = targets_by_year(res.panel)
    assert table.year.tolist() == [2017, 2018, 2019]
    assert math.isnan(table.target[0]) and math.isnan(table.achieved[2])
    assert table.achieved.tolist()[:2] == [6.9, 6.6] and table.achieved_doc.tolist()[:2] == ["2018.txt", "2019.txt"]
    assert table.target.tolist()[1:] == [6.5, 6.0] and math.isnan(table.target_max[1]) and table.target_max[2] == 6.5
    assert targets_by_year(res.panel, "没有这个指标").empty


def test_empty_corpus_panel():
    res = summarylab.analyze_corpus(["没有数字。"], k=1)
    assert indicator_panel(res).empty and list(indicator_panel(res).columns) == PANEL_COLUMNS


# ---------------------------------------------------------------------------- the check
def _published() -> list[dict]:
    with open(HERE / "data" / "gdp_growth_published.tsv", encoding="utf-8") as fh:
        return list(csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"))


@pytest.fixture(scope="module")
def gwr_panel():
    if not GWR.is_dir():
        pytest.skip("../shared/realcorpus/gwr is not here")
    files = [p for p in sorted(GWR.glob("*.txt")) if p.stem.isdigit() and 2005 <= int(p.stem) <= 2025]
    return indicator_panel(summarylab.analyze_corpus(files, k=1))


def test_gdp_growth_targets_and_achievements_of_the_state_council_reports(gwr_panel):
    """The first GDP growth row of each report with status target for its year, and with
    status achieved for the year before, against the published figures."""
    gdp = gwr_panel[(gwr_panel.indicator == "国内生产总值增长率") & (gwr_panel.measure == "change_rate")]
    checked = 0
    for row in _published():
        year = int(row["year"])
        d = gdp[gdp.year == year]
        if d.empty:
            assert row["note"], f"report {year} is missing and the table does not say why"
            continue
        target = d[(d.status == "target") & (d.period == year)]
        if row["target"]:
            first = target.iloc[0]
            assert first.value == float(row["target"]), (year, first.quote)
            assert (None if pd.isna(first.value_max) else first.value_max) == \
                (float(row["target_max"]) if row["target_max"] else None), (year, first.quote)
            assert bool(first.approx) == (row["approx"] == "1"), (year, first.quote)
            checked += 1
        achieved = d[(d.status == "achieved") & (d.period == year - 1)]
        if row["note"] and "achieved not checked" in row["note"]:
            assert achieved.empty or achieved.iloc[0].value != float(row["achieved"])
            continue
        assert not achieved.empty, f"no achieved GDP growth of {year - 1} in the {year} report"
        assert achieved.iloc[0].value == float(row["achieved"]), (year, achieved.iloc[0].quote)
        checked += 1
    assert checked >= 38


@pytest.mark.parametrize("text, periods", [
    # a bulletin or summary on a year that is over: its title's period is every value's default
    ("某县2021年国民经济和社会发展统计公报\n全年地区生产总值100亿元，增长5%。\n年末常住人口32.8万人。",
     ["2021年", "2021年", "2021年"]),
    ("某县2012年一季度财政收支情况\n工商税收收入17138万元。", ["2012年一季度"]),
    ("某县2020年统計公報\n全年糧食產量12萬噸。", ["2020年"]),
])
def test_a_report_on_a_past_period_dates_its_values_by_its_title(text, periods):
    a = summarylab.analyze(text)
    assert a.indicators["period"].tolist() == periods
