"""Tests of summarylab.report: the HTML report of a batch output folder.

The tables are checked on small frames; the page is checked on a real batch
run (``run_batch``) over a few short reports written here. The browser
rendering is in test_report_browser.py.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

from summarylab.report import largest_indicators, quality_by_file, slogan_matrix_top, write_report

# Six short reports in three themes; quoted slogans recur across them, and two
# carry damage (a removed number, a redaction) for the quality section.
REPORTS = {
    "env_a.txt": "区生态环境局工作总结\n一、主要做法\n（一）全面落实“河长制”。全区设立河长120名，清理河道垃圾3500吨。"
                 "（二）打好“蓝天保卫战”。空气优良天数比例达到86.5%，关停散乱污企业45家。\n"
                 "二、下步打算\n继续推进“河长制”，巩固污染防治成果。",
    "env_b.txt": "县环保工作总结\n一、工作成效\n落实“河长制”“湖长制”，整治黑臭水体12处，新建污水管网80公里。"
                 "空气质量持续改善，污染排放下降，共受理环境投诉件，*举报已全部办结。\n二、存在问题\n环境监测能力不足。",
    "env_c.txt": "镇环境整治总结\n一、主要成效\n坚持“蓝天保卫战”目标，完成燃煤锅炉改造30台，植树造林2000亩，"
                 "污水处理率提高到92%。污染防治和环境监测同步推进。",
    "edu_a.txt": "县教育局工作总结\n一、主要做法\n推进“双减”工作，全县中小学课后服务覆盖率达到100%，"
                 "新建校舍12所，招聘教师260名。\n二、下步打算\n深化“双减”，加强学校教师队伍建设。",
    "edu_b.txt": "区教育工作总结\n一、工作成效\n落实“双减”要求，学校作业管理全面规范，培训教师1500人次，"
                 "改造学校食堂25个。教师队伍结构优化，学生课后服务满意率达98%。",
    "inv_a.txt": "开发区招商引资工作总结\n一、主要成效\n深化“放管服”改革，全年引进项目36个，"
                 "签约投资额189.5亿元，新增企业420家。\n二、存在问题\n项目落地速度偏慢，招商队伍力量不足。",
}


def write_corpus(folder: Path) -> Path:
    """Write :data:`REPORTS` (and one unsupported file) into ``folder``; return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4 not read")
    return folder


def batch_output(tmp_path: Path, fmt: str = "parquet") -> Path:
    """Run the batch over :func:`write_corpus` into ``tmp_path/out``; return the output folder."""
    from summarylab.batch import run_batch

    out = tmp_path / "out"
    run_batch(write_corpus(tmp_path / "corpus"), out, fmt=fmt, jobs=1, quiet=True)
    return out


class _Tags(HTMLParser):
    """Collects start tags and text, and checks that non-void tags balance."""

    VOID = {"meta", "br", "hr", "img", "link", "input"}

    def __init__(self):
        super().__init__()
        self.stack, self.tags, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> does not close {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


# --------------------------------------------------------------------------- tables

def test_slogan_matrix_ranks_by_reports_then_occurrences():
    df = pd.DataFrame({"doc_id": ["a", "a", "b", "b", "c"],
                       "slogan": ["双减", "河长制", "河长制", "放管服", "河长制"],
                       "count": [5, 1, 2, 1, 1]})
    m = slogan_matrix_top(df, top=2)
    assert list(m.index) == ["河长制", "双减"]  # 3 reports beats 5 occurrences in 1
    assert list(m.columns) == ["a", "b", "c"]
    assert m.loc["河长制"].tolist() == [1, 2, 1]
    assert m.loc["双减"].tolist() == [5, 0, 0]


def test_slogan_matrix_keeps_reports_using_most_top_slogans():
    df = pd.DataFrame({"doc_id": ["a", "b", "b", "c"], "slogan": ["x", "x", "y", "z"]})
    m = slogan_matrix_top(df, top=3, max_docs=1)
    assert list(m.columns) == ["b"]
    assert slogan_matrix_top(pd.DataFrame()).empty


def test_largest_indicators_groups_by_subject_and_unit():
    df = pd.DataFrame({"doc_id": ["a", "b", "b", "c"],
                       "subject": ["投诉", "投诉", "投诉", ""],
                       "unit": ["件", "件", "%", "元"],
                       "value": [486.0, 1200.0, 98.5, 1.0e9],
                       "quote": ["486件", "1200件", "98.5%", "10亿元"]})
    out = largest_indicators(df)
    assert out.iloc[0][["subject", "unit", "n", "reports", "value", "doc_id"]].tolist() == \
        ["投诉", "件", 2, 2, 1200.0, "b"]
    assert ("(none)", "元") in set(zip(out["subject"], out["unit"]))
    assert len(out) == 3
    assert out.iloc[0]["median"] == 843.0


def test_quality_by_file_counts_kinds():
    q = pd.DataFrame({"doc_id": ["a", "b", "b", "b"],
                      "kind": ["redaction", "mojibake", "redaction", "redaction"]})
    m = quality_by_file(q)
    assert list(m.index) == ["b", "a"]
    assert m.loc["b"].to_dict() == {"mojibake": 1, "redaction": 2, "total": 3}


# --------------------------------------------------------------------------- the page

@pytest.fixture(scope="module")
def parquet_run(tmp_path_factory):
    return batch_output(tmp_path_factory.mktemp("rep"))


def test_report_is_self_contained_and_well_formed(parquet_run, tmp_path):
    path = write_report(parquet_run, tmp_path / "sub" / "report.html")
    page = path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    p = _Tags()
    p.feed(page)
    scripts = [a for t, a in p.tags if t == "script"]
    assert all("src" not in a for a in scripts), "the report must not load scripts from elsewhere"
    assert page.count("Plotly.newPlot") >= 1   # the slogan heat map; other charts only where they inform
    assert len(re.findall(r"plotly\.js v\d", page)) == 1, "plotly.js is embedded exactly once"
    text = "".join(p.text)
    for section in ("Themes", "Slogans by report", "Largest indicators by subject",
                    "Quality findings per file", "Documents"):
        assert section in text
    assert "scan.pdf" in text and "unsupported" in text
    for doc in REPORTS:
        assert doc in text


def test_report_shows_slogans_indicators_and_findings(parquet_run, tmp_path):
    page = write_report(parquet_run, tmp_path / "r.html").read_text(encoding="utf-8")
    body = page[page.index("<body>"):]
    # slogans used in several reports go into the heat map (JSON-escaped inside the figure)
    for slogan in ("河长制", "双减"):
        assert slogan.encode("unicode_escape").decode() in body or slogan in body
    assert "189.5亿元" in body  # the largest money indicator's quote
    assert "redaction" in body and "stripped_number" in body


def test_report_from_csv_output(tmp_path):
    out = batch_output(tmp_path, fmt="csv")
    assert (out / "documents.csv").exists()
    page = write_report(out, tmp_path / "r.html").read_text(encoding="utf-8")
    assert "edu_a.txt" in page and "Plotly.newPlot" in page


def test_titles_and_cells_are_escaped(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "bad.txt").write_text("某局总结<svg/onload=alert('x')>\n<script>alert('y')</script>\n一、工作情况\n"
                                    "全年办结投诉12件。", encoding="utf-8")
    from summarylab.batch import run_batch

    run_batch(corpus, tmp_path / "out", jobs=1, quiet=True)
    page = write_report(tmp_path / "out", tmp_path / "r.html").read_text(encoding="utf-8")
    body = page[page.index("<body>"):]
    assert "<svg/onload" not in body and "<script>alert" not in body
    assert "&lt;svg/onload=alert" in body   # the title, escaped (the script tags the cleaner took out)


def test_folder_without_manifest_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="manifest"):
        write_report(tmp_path, tmp_path / "r.html")
    assert not (tmp_path / "r.html").exists()


def test_cli_report_command(parquet_run, tmp_path):
    from summarylab.cli import main

    html_path = tmp_path / "cli.html"
    assert main(["report", str(parquet_run), "-o", str(html_path)]) == 0
    assert html_path.stat().st_size > 1_000_000  # plotly.js is inline


def test_missing_plotly_says_which_extra_to_install(monkeypatch, parquet_run, tmp_path, capsys):
    import importlib
    import sys

    from summarylab.cli import main

    monkeypatch.setitem(sys.modules, "plotly", None)  # import plotly -> ImportError
    monkeypatch.delitem(sys.modules, "summarylab.report")
    with pytest.raises(ImportError, match=r"summarylab\[viz\]"):
        importlib.import_module("summarylab.report")
    monkeypatch.delitem(sys.modules, "summarylab.report", raising=False)
    assert main(["report", str(parquet_run), "-o", str(tmp_path / "r.html")]) == 1
    assert "summarylab[viz]" in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists()


# --------------------------------------------------------------------------- charts that inform

@pytest.mark.parametrize("per_file, chart", [
    ({"a": 1, "b": 1, "c": 1}, False),          # identical bars: the summary says it all
    ({"a": 3, "b": 1, "c": 1}, True),
    ({"a": 2}, False),
])
def test_quality_chart_only_when_the_files_differ(per_file, chart):
    from summarylab.report import _quality_section
    rows = [(d, "boilerplate_removed", "footer: 本文來源於網絡") for d, n in per_file.items() for _ in range(n)]
    q = pd.DataFrame(rows, columns=["doc_id", "kind", "detail"])
    section = _quality_section(q, n_files=4)
    assert ("Plotly.newPlot" in section) == chart
    assert "<details>" in section and "footer" in section       # summary by rule, per-file table folded
    if not chart:
        assert "no per-file chart" in section


@pytest.mark.parametrize("detail, rule", [("watermark: 云帆文库网版权所有", "watermark"),
                                          ("watermark: 雲帆文庫網版權所有", "watermark"),
                                          ("××县", ""), ("range: 》，明确今年[-]月为", "range")])
def test_quality_summary_groups_findings_by_rule(detail, rule):
    from summarylab.report import quality_summary
    q = pd.DataFrame({"doc_id": ["a", "b"], "kind": ["k", "k"], "detail": [detail, detail]})
    row = quality_summary(q, n_files=8).iloc[0]
    assert (row["rule"], row["findings"], row["files"], row["share"]) == (rule, 2, 2, "25%")


def test_theme_sizes_are_a_table_not_a_chart():
    from summarylab.report import _themes_section
    themes = pd.DataFrame({"theme": [0, 1], "label": ["河长、水质", "教師、學科"], "size": [3, 9],
                           "top_terms": [["河长"], ["教師"]], "representative": ["a", "b"]})
    section = _themes_section(themes)
    assert "Plotly.newPlot" not in section
    assert section.index("教師") < section.index("河长")     # largest theme first
