"""Tests for summarylab.measures: the outline tree of numbered measures.

All reports here are written for these tests (see tests/data/measures_*).
"""
from __future__ import annotations

import re
import sys
from linear import assert_linear
from pathlib import Path

import opencc
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarylab.measures import _unspaced
from summarylab.normalisation import to_script
from summarylab.measures import COLUMNS, extract_measures, measures_html, render_tree
from summarylab.measures import _MARKER, _WHITESPACE, _markers
from summarylab import analyze

DATA = Path(__file__).parent / "data"


def tree(df: pd.DataFrame) -> list[tuple[int, str, int]]:
    """The tree as (depth, title, parent) rows, for whole-tree assertions."""
    return [(int(r.depth), r.title, int(r.parent)) for r in df.itertuples(index=False)]


def assert_spans(text: str, df: pd.DataFrame) -> None:
    for r in df.itertuples(index=False):
        assert _unspaced(text[r.title_start:r.title_end]) == r.title   # 综 合 治 理 -> 综合治理
        assert _unspaced(text[r.start:r.end]).endswith(r.title)
        assert text[r.start:r.title_start].strip().rstrip("|｜").strip() == r.marker   # (（一） | …: a cell's bar)
        assert r.end <= r.body_start <= r.body_end <= len(text)


TRAD_TREE = [
    (1, "主要工作", -1),
    (2, "夯实基础，健全机制，凝聚工作合力", 0),
    (3, "完善组织体系", 1),
    (3, "细化责任分工", 1),
    (4, "制定了责任清单，明确到科室", 3),
    (4, "建立了周调度制度", 3),
    (4, "实行了考核通报", 3),
    (2, "聚焦重点，攻坚克难，改善市容环境", 0),
    (3, "整治占道经营", 7),
    (3, "推进垃圾分类", 7),
    (1, "存在问题", -1),
    (2, "部分干部思想认识不到位", 10),
    (2, "基层力量仍然薄弱", 10),
    (1, "明年打算", -1),
    (2, "要持续深化改革", 13),
    (2, "要提升服务水平", 13),
    (3, "要优化办事流程", 15),
    (3, "要拓宽投诉渠道", 15),
    (3, "要加强队伍培训", 15),
    (2, "要强化督查考核", 13),
]


def test_traditional_report_converted_with_opencc_gives_whole_tree():
    text = opencc.OpenCC("t2s").convert((DATA / "measures_trad_report.txt").read_text("utf-8"))
    df = extract_measures(text)
    assert list(df.columns) == COLUMNS
    assert tree(df) == TRAD_TREE
    assert df["style"].tolist()[:5] == ["cn_dun", "cn_paren", "stripped", "stripped", "yishi"]
    assert df["style"].tolist()[14:] == ["yishiyao"] * 6
    # stripped ordinals are inferred from their run, restarting under each parent
    stripped = df[df["style"] == "stripped"]
    assert stripped["ordinal"].tolist() == [1, 2, 1, 2]
    assert (stripped["marker"] == "、").all()
    assert_spans(text, df)


def test_traditional_report_through_analyze_gives_same_tree():
    summarylab = pytest.importorskip("summarylab")
    a = summarylab.analyze((DATA / "measures_trad_report.txt").read_text("utf-8"))
    assert tree(a.measures) == TRAD_TREE
    assert_spans(a.text, a.measures)


def test_traditional_script_left_unconverted_still_parses():
    text = (DATA / "measures_trad_report.txt").read_text("utf-8")
    df = extract_measures(text)
    assert [(d, p) for d, _, p in tree(df)] == [(d, p) for d, _, p in TRAD_TREE]
    assert df["title"].iloc[11] == "部分幹部思想認識不到位"


ONE_LINE = (
    "安居区治理工作总结 安居区治理工作总结 一、工作开展情况 按照区委统一部署，全区治理工作于今年4月启动"
    "以下是小编整理的范文。\n安居区治理工作总结 一、工作开展情况 按照区委统一部署，全区治理工作于今年4月"
    "启动，历时半年。主要特点是： （一）广泛宣传，全员参与，群众意识明显增强 活动以来，我们注重发动。"
    "一是召开动员大会。会后各街道迅速传达。二是印发宣传资料，营造浓厚氛围。 （二）压实责任，"
    "强化督查，重点问题有效解决 全区排查问题120个，整改率达98.5%。 二、下一步打算 （一）把治理"
    "工作作为长期任务抓紧抓实。我们将继续努力。"
)


def test_one_line_report_with_teaser_and_inline_headings():
    df = extract_measures(ONE_LINE)
    assert tree(df) == [
        (1, "工作开展情况", -1),
        (2, "广泛宣传，全员参与，群众意识明显增强", 0),
        (3, "召开动员大会", 1),
        (3, "印发宣传资料，营造浓厚氛围", 1),
        (2, "压实责任，强化督查，重点问题有效解决", 0),
        (1, "下一步打算", -1),
        (2, "把治理工作作为长期任务抓紧抓实", 5),
    ]
    # the teaser's heading is dropped; the kept one is the later, real one
    assert df["start"].iloc[0] == ONE_LINE.index("一、", ONE_LINE.index("\n"))
    assert_spans(ONE_LINE, df)


@pytest.mark.parametrize("text, style, markers, titles", [
    ("一、成效\n二、不足", "cn_dun", ["一、", "二、"], ["成效", "不足"]),
    ("（一）成效\n（二）不足", "cn_paren", ["（一）", "（二）"], ["成效", "不足"]),
    ("(一)成效\n(二)不足", "cn_paren", ["(一)", "(二)"], ["成效", "不足"]),
    ("〔一〕成效。加强领导，落实责任。〔二〕不足", "cn_paren", ["〔一〕", "〔二〕"], ["成效", "不足"]),   # tortoise-shell brackets, inline
    ("1、成效\n2、不足", "num_dun", ["1、", "2、"], ["成效", "不足"]),
    ("1.成效\n2．不足\n3. 打算", "num_dot", ["1.", "2．", "3."], ["成效", "不足", "打算"]),
    ("措施如下：（1）建台账；（2）定期通报。", "num_paren", ["（1）", "（2）"], ["建台账", "定期通报"]),
    ("①建台账；②定期通报。", "circled", ["①", "②"], ["建台账", "定期通报"]),
    ("第一，理顺体制。第二，充实力量。", "di_x", ["第一，", "第二，"], ["理顺体制", "充实力量"]),
    ("首先，统一思想。其次，健全机制。最后，严格考核。", "shouxian",
     ["首先，", "其次，", "最后，"], ["统一思想", "健全机制", "严格考核"]),
    ("我们：一是抓学习，二是抓落实。", "yishi",
     ["一是", "二是"], ["抓学习", "抓落实"]),
    ("明年，一要稳增长；二要惠民生。", "yiyao", ["一", "二"], ["要稳增长", "要惠民生"]),
    ("明年，一是要稳增长；二是要惠民生。", "yishiyao", ["一是", "二是"], ["要稳增长", "要惠民生"]),
    # the same styles as word processors and web pages type them
    ("㈠成效\n㈡不足", "cn_paren", ["㈠", "㈡"], ["成效", "不足"]),
    ("⑴建台账\n⑵定期通报", "num_paren", ["⑴", "⑵"], ["建台账", "定期通报"]),
    ("⑴、建台账\n⑵、定期通报", "num_paren", ["⑴、", "⑵、"], ["建台账", "定期通报"]),   # the glyph with a 、
    ("一。加强网络建设\n全年筛查100人。\n二。加强儿童保健", "cn_dun", ["一。", "二。"], ["加强网络建设", "加强儿童保健"]),   # 。 for 、
    ("1）建台账\n2)定期通报", "num_paren", ["1）", "2)"], ["建台账", "定期通报"]),
    ("⒈成效\n⒉不足", "num_dot", ["⒈", "⒉"], ["成效", "不足"]),
    ("一．成效\n二.不足", "cn_dun", ["一．", "二."], ["成效", "不足"]),
    ("原因有二：其一，投入不足；其二，机制不顺。", "di_x", ["其一，", "其二，"], ["投入不足", "机制不顺"]),
    ("1.1 工作背景\n1.2政策依据", "num_dec", ["1.1", "1.2"], ["工作背景", "政策依据"]),   # decimal headings
])
def test_each_marker_style(text, style, markers, titles):
    df = extract_measures(text)
    assert df["style"].tolist() == [style] * len(markers)
    assert df["marker"].tolist() == markers
    assert df["title"].tolist() == titles
    assert df["ordinal"].tolist() == list(range(1, len(markers) + 1))
    assert df["depth"].tolist() == [1] * len(markers)
    assert_spans(text, df)


def test_all_numeric_styles_nest_in_order_of_first_appearance():
    text = ("一、总体情况\n1、加强领导\n2、完善制度\n（1）建立台账\n（2）定期通报\n"
            "①明确分工\n②压实责任\n二、存在问题\n第一，认识不到位。第二，投入不足。")
    df = extract_measures(text)
    assert tree(df) == [
        (1, "总体情况", -1), (2, "加强领导", 0), (2, "完善制度", 0), (3, "建立台账", 2),
        (3, "定期通报", 2), (4, "明确分工", 4), (4, "压实责任", 4), (1, "存在问题", -1),
        (2, "认识不到位", 7), (2, "投入不足", 7),
    ]


def test_depth_comes_from_the_document_not_the_style():
    # here （一） is the top level and 一、 sits under it
    text = "（一）基本情况\n一、人员\n二、经费\n（二）主要问题\n一、机制\n二、保障"
    assert tree(extract_measures(text)) == [
        (1, "基本情况", -1), (2, "人员", 0), (2, "经费", 0),
        (1, "主要问题", -1), (2, "机制", 3), (2, "保障", 3),
    ]
    # a style keeps its depth: 1、 first appears under 一、, so it stays at depth 2
    text = "一、回顾\n1、就业\n2、收入\n二、打算\n（一）稳增长\n（二）惠民生\n1、扩投资\n2、促消费"
    assert [d for d, _, _ in tree(extract_measures(text))] == [1, 2, 2, 1, 2, 2, 2, 2]


def test_a_higher_heading_after_paragraph_items_starts_a_new_part():
    # 1、…4、 are paragraphs (their text after the title on the line); （一） ranks above them by
    # the usual order of markers, alone on its line: the page lost the part heading before it
    text = ("1、归集方面：上半年新增缴存单位120个。\n2、贷款方面：发放贷款3亿元。\n"
            "（一）以稳中求好为原则，推动业务发展。\n1.巩固扩面机制。继续推进扩面。\n2.优化服务。")
    assert tree(extract_measures(text)) == [
        (1, "归集方面", -1), (1, "贷款方面", -1), (1, "以稳中求好为原则，推动业务发展", -1),
        (2, "巩固扩面机制", 2), (2, "优化服务", 2),
    ]
    # a 1、 heading alone on its line keeps a （一） under it (a summary numbered the other way)
    text = "1、主要工作\n（一）加强领导\n（二）完善制度\n2、存在问题\n（一）投入不足"
    assert [d for d, _, _ in tree(extract_measures(text))] == [1, 2, 2, 1, 2]


def test_enumeration_nests_in_heading_and_restart_nests_one_deeper():
    text = ("三、明年打算\n一是要拓宽思路。二是要加大力度。具体来说，一是要整合力量；二是要上下联动。\n"
            "三是要深化内容：一是要创新载体；二是要改善条件。")
    assert tree(extract_measures(text)) == [
        (1, "明年打算", -1), (2, "要拓宽思路", 0), (2, "要加大力度", 0),
        (3, "要整合力量", 2), (3, "要上下联动", 2), (2, "要深化内容", 0),
        (3, "要创新载体", 5), (3, "要改善条件", 5),
    ]


_OUTER_AGAIN = [(1, -1), (1, -1), (2, 1), (2, 1), (1, -1)]   # (depth, parent): 三 is 二's sibling


@pytest.mark.parametrize("text, shape", [
    ("一是要加强组织领导，压实工作责任。二是要健全工作机制：一是要建立工作台账；二是要实行月度调度。"
     "三是要强化督查问责，确保件件落地。", _OUTER_AGAIN),
    # traditional script, unconverted
    ("一是要加強組織領導，壓實工作責任。二是要健全工作機制：一是要建立工作臺賬；二是要實行月度調度。"
     "三是要強化督查問責，確保件件落地。", _OUTER_AGAIN),
    # 一是/二是 without 要, in both scripts
    ("一是加强组织领导。二是健全工作机制：一是建立工作台账；二是实行月度调度。三是强化督查问责。", _OUTER_AGAIN),
    ("一是加強組織領導。二是健全工作機制：一是建立工作臺賬；二是實行月度調度。三是強化督查問責。", _OUTER_AGAIN),
    # under a heading, outer items parted by semicolons and the inner ones by commas
    ("二、下步打算\n一是稳投资；二是促消费：一是办好展会，二是发放消费券；三是保就业。\n",
     [(1, -1), (2, 0), (2, 0), (3, 2), (3, 2), (2, 0)]),
], ids=["simplified", "traditional", "simplified-without-yao", "traditional-without-yao", "semicolons"])
def test_ordinal_after_a_nested_run_closed_by_a_stronger_stop_continues_the_outer_run(text, shape):
    # 三是要 after "：一是要…；二是要…。": the semicolon list ended with its sentence, so
    # 三是要 is the sibling of the outer 二是要, not a third point inside it
    df = extract_measures(text)
    assert [(d, p) for d, _, p in tree(df)] == shape
    assert df["ordinal"].tolist()[-5:] == [1, 2, 1, 2, 3]
    assert_spans(text, df)


def test_ordinal_after_a_nested_run_keeps_its_title_and_converts_alike():
    text = ("一是要加强组织领导，压实工作责任。二是要健全工作机制：一是要建立工作台账；二是要实行月度调度。"
            "三是要强化督查问责，确保件件落地。")
    expected = [(1, "要加强组织领导，压实工作责任", -1), (1, "要健全工作机制", -1),
                (2, "要建立工作台账", 1), (2, "要实行月度调度", 1), (1, "要强化督查问责，确保件件落地", -1)]
    assert tree(extract_measures(text)) == expected
    trad = opencc.OpenCC("s2t").convert(text)
    assert [(d, p) for d, _, p in tree(extract_measures(trad))] == [(d, p) for d, _, p in expected]


def test_ordinal_that_only_the_outer_run_awaits_continues_it():
    # the inner run has reached 三, so the next 三是 can only be the outer run's
    text = "一是抓学习。二是抓落实：一是建立台账；二是定期调度；三是跟踪问效。三是抓考核。四是抓宣传。"
    assert [(d, p) for d, _, p in tree(extract_measures(text))] == [
        (1, -1), (1, -1), (2, 1), (2, 1), (2, 1), (1, -1), (1, -1)]
    # and a 四是 that only the inner run awaits (the outer one awaits 三) stays in it
    text = "一是抓学习。二是抓落实：一是建立台账。二是定期调度。三是跟踪问效。四是严格考核。"
    assert [(d, p) for d, _, p in tree(extract_measures(text))] == [
        (1, -1), (1, -1), (2, 1), (2, 1), (2, 1), (2, 1)]


def test_ordinal_punctuated_like_the_nested_items_stays_in_the_nested_run():
    # both runs await 三; one parted from the inner 二 as the inner items are parted from
    # each other is the inner run's third item
    text = "一是要拓宽思路。二是要加大力度。具体来说，一是要整合力量。二是要上下联动。三是要压实责任。"
    assert [(d, p) for d, _, p in tree(extract_measures(text))] == [(1, -1), (1, -1), (2, 1), (2, 1), (2, 1)]
    text = "一是稳投资；二是促消费：一是办好展会；二是发放消费券；三是培育新业态。"
    assert [(d, p) for d, _, p in tree(extract_measures(text))] == [(1, -1), (1, -1), (2, 1), (2, 1), (2, 1)]


def test_new_list_in_a_new_paragraph_is_a_sibling_list_not_nested():
    text = "一、措施\n一是建机制。二是强队伍。\n一是抓宣传。二是抓落实。"
    assert [d for d, _, _ in tree(extract_measures(text))] == [1, 2, 2, 2, 2]


def test_list_after_a_topic_paragraph_does_not_nest_in_paragraph_level_items():
    text = ("（二）推进科技创新\n一要加大研发投入。企业研发费用加计扣除落实到位。\n"
            "二要培育创新主体。新认定高新技术企业一批。\n"
            "扎实做好节能降碳工作。一是淘汰落后产能；二是推广清洁能源。")
    assert tree(extract_measures(text)) == [
        (1, "推进科技创新", -1), (2, "要加大研发投入", 0), (2, "要培育创新主体", 0),
        (2, "淘汰落后产能", 0), (2, "推广清洁能源", 0),
    ]


def test_list_in_the_next_paragraph_does_not_nest_in_the_last_inline_item():
    text = ("一、主要做法\n一是加强领导；二是完善制度；三是推进落实。\n"
            "下一步，首先，加强储备；其次，完善机制；最后，强化考核。")
    assert [d for d, _, _ in tree(extract_measures(text))] == [1, 2, 2, 2, 2, 2, 2]


def test_a_heading_without_title_does_not_take_the_next_heading_as_title():
    assert extract_measures("一、\n二、").empty
    df = extract_measures("一、\n控制投资规模。\n二、\n调整投资结构。")
    assert df["title"].tolist() == ["控制投资规模", "调整投资结构"]


def test_flattened_report_keeps_paragraph_lists_apart():
    lines = ["（二）推进科技创新", "一要加大研发投入。企业研发费用加计扣除落实到位。",
             "二要培育创新主体。新认定高新技术企业一批。",
             "扎实做好节能降碳工作。一是淘汰落后产能；二是推广清洁能源。"]
    multi, flat = "\n".join(lines), " ".join(lines)
    assert tree(extract_measures(flat)) == tree(extract_measures(multi)) == [
        (1, "推进科技创新", -1), (2, "要加大研发投入", 0), (2, "要培育创新主体", 0),
        (2, "淘汰落后产能", 0), (2, "推广清洁能源", 0),
    ]


def test_heading_style_reused_at_three_levels():
    text = ("一、上年回顾\n（一）经济运行\n（二）社会事业\n为此着重抓好几件事。\n"
            "一、稳定粮食生产\n二、扩大有效投资\n一、\n加快交通建设。\n二、\n加强水利建设。\n"
            "三、\n推进城市更新。\n三、深化改革开放\n二、今年安排")
    assert tree(extract_measures(text)) == [
        (1, "上年回顾", -1), (2, "经济运行", 0), (2, "社会事业", 0),
        (3, "稳定粮食生产", 2), (3, "扩大有效投资", 2),
        (4, "加快交通建设", 4), (4, "加强水利建设", 4), (4, "推进城市更新", 4),
        (3, "深化改革开放", 2), (1, "今年安排", -1),
    ]


def test_list_introduced_by_colon_nests_even_in_a_top_level_style():
    text = ("一、回顾\n二、措施\n老旧小区改造重点抓好以下几项：\n一、摸清底数；\n二、完善地下管网；\n"
            "三、加强协作\n四、安排\n一是抓统筹。二是抓落实。")
    assert tree(extract_measures(text)) == [
        (1, "回顾", -1), (1, "措施", -1), (2, "摸清底数", 1), (2, "完善地下管网", 1),
        (1, "加强协作", -1), (1, "安排", -1), (2, "抓统筹", 5), (2, "抓落实", 5),
    ]


def test_title_ends_where_next_item_starts_in_one_clause():
    df = extract_measures("干部要练好两项基本功：一是联系群众的基本功，二是依法办事的基本功。")
    assert df["title"].tolist() == ["联系群众的基本功", "依法办事的基本功"]


def test_stripped_ordinals_on_one_line_need_a_run():
    text = "总结 、统一认识。做了很多工作。 、加强领导。继续努力。"
    df = extract_measures(text)
    assert df["title"].tolist() == ["统一认识", "加强领导"]
    assert df["ordinal"].tolist() == [1, 2]
    assert extract_measures("总结 、统一认识。做了很多工作。").empty


def test_a_lone_stripped_heading_on_its_line_heads_the_run_below_it():
    text = "全年工作有序推进。\n、踏实工作，保质保量完成任务\n\n（一）加强学习。内容。\n（二）完善制度。内容。\n"
    df = extract_measures(text)
    assert df[["depth", "title"]].values.tolist() == [[1, "踏实工作，保质保量完成任务"], [2, "加强学习"], [2, "完善制度"]]
    # a line broken before 、 in a sentence heads nothing, nor does a lone one with prose after it
    assert extract_measures("今年同\n法国\n、德国代表团会谈。\n（一）加强学习。\n（二）完善。")["marker"].tolist() == ["（一）", "（二）"]
    assert "、" not in extract_measures("总结\n、统一认识，做了很多工作。\n（一）甲。\n（二）乙。")["marker"].tolist()


@pytest.mark.parametrize("text", [
    "一、工作回顾\n今年我们一是加强了领导，效果明显。",          # lone 一是
    "一是一、二是二，实事求是。",                                # numbers in a saying
    "全年增长58.4%，比上年提高1.5个百分点。",                    # 1. inside a number
    "全市一、二季度经济平稳。三、四月份雨水偏多。",               # a list of numbers
    "完成固定资产投资\n24. 3 亿元，比上年增长 19. 9%。",         # a decimal with a blank, at a line start
    "全市1、2季度经济平稳。3、4月份雨水偏多。",                   # a list of numbers in figures
    "这是第一次，也是第一批。1、2月份完成投资。",                 # ordinal words, months
    "全年增长1.4月份回落。",                                      # a decimal before 月 inside a sentence
    "这批建筑多建于80、90年代。",                                  # a list of decades
    "首先要看到成绩。我们取得了进步。",                           # 首先 without 其次
    "统一是前提，唯一是目标。",                                   # 一是 inside a word
    "今年同\n法国\n、德国代表团会谈。",                           # a line broken before 、
    "完成投资\n1.5亿元，带动就业\n2.3万人。",                      # a decimal amount at a line's start
    "全年增长1.1个百分点，达到2.5级。",                             # decimals inside sentences
])
def test_no_false_measures(text):
    df = extract_measures(text)
    assert [t for t in df["title"] if t != "工作回顾"] == []


def test_lone_heading_at_line_start_is_kept_and_year_after_marker_is_not_a_number_list():
    df = extract_measures("一、2023年工作回顾\n这一年，全县经济稳中有进。")
    assert df["title"].tolist() == ["2023年工作回顾"]
    df = extract_measures("一、二〇二三年工作回顾\n这一年不平凡。")
    assert df["title"].tolist() == ["二〇二三年工作回顾"]


def test_numbers_right_after_an_enumeration_marker_are_allowed_when_not_a_list():
    df = extract_measures("措施：一是2023年完成改造；二是十分注重质量。")
    assert df["title"].tolist() == ["2023年完成改造", "十分注重质量"]


def test_heading_title_keeps_spaced_digits_but_stops_at_word_gap():
    df = extract_measures("二、关于2 0 2 4 年的建议\n各位代表。")
    assert df["title"].tolist() == ["关于2 0 2 4 年的建议"]


def test_body_spans_run_to_next_sibling_or_ancestor():
    text = "一、做法\n（一）加强领导\n内容甲。\n（二）完善制度\n内容乙。\n二、打算\n内容丙。"
    df = extract_measures(text)
    assert [text[r.body_start:r.body_end] for r in df.itertuples()] == [
        "\n（一）加强领导\n内容甲。\n（二）完善制度\n内容乙。\n",
        "\n内容甲。\n", "\n内容乙。\n", "\n内容丙。",
    ]


def test_unnormalised_ascii_and_fullwidth_digits():
    text = "一、做法\n(一)加强领导,健全机构\n(二)完善制度\n１．建立台账\n２．定期通报"
    assert tree(extract_measures(text)) == [
        (1, "做法", -1), (2, "加强领导,健全机构", 0), (2, "完善制度", 0),
        (3, "建立台账", 2), (3, "定期通报", 2),
    ]


def test_dash_items_only_on_request():
    text = "一、回顾\n——经济平稳。增长较快。\n——民生改善。"
    assert extract_measures(text)["title"].tolist() == ["回顾"]
    df = extract_measures(text, dashes=True)
    assert tree(df) == [(1, "回顾", -1), (2, "经济平稳", 0), (2, "民生改善", 0)]
    assert df["style"].tolist() == ["cn_dun", "dash", "dash"]


def test_empty_and_wrong_type():
    df = extract_measures("")
    assert df.empty and list(df.columns) == COLUMNS
    with pytest.raises(TypeError):
        extract_measures(b"\xe4\xb8\x80\xe3\x80\x81")  # type: ignore[arg-type]


def test_render_tree_and_html():
    df = extract_measures("一、成效\n（一）加强<领导>\n（二）完善制度\n二、打算")
    assert render_tree(df) == "一、成效\n  （一）加强<领导>\n  （二）完善制度\n二、打算"
    assert measures_html(df) == ("<ul><li>一、成效<ul><li>（一）加强&lt;领导&gt;</li>"
                                 "<li>（二）完善制度</li></ul></li><li>二、打算</li></ul>")
    assert render_tree(extract_measures("")) == "" and measures_html(extract_measures("")) == ""


@pytest.mark.parametrize("unit", ["一是", "、", "、\n", "一是甲，二是乙，", "（一）", "首先，"])
def test_linear_time_on_repetitive_input(unit):
    """CPU time on 200,000 characters of one marker under 8x that on a quarter (tests/linear.py)."""
    assert_linear(extract_measures, lambda n: unit * (n // len(unit)), 50_000)


_PIECES = ["一、", "二、", "（一）", "（二）", "1.", "2、", "一是", "二是要", "三要", "第一，", "首先，",
           "其次，", "、", "①", "——", "。", "；", "：", "，", "\n", " ", "加强领导", "58.4", "要", "是"]


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_any_mix_of_markers_gives_a_consistent_tree(pieces):
    text = "".join(pieces)
    df = extract_measures(text, dashes=True)
    assert list(df.columns) == COLUMNS
    assert_spans(text, df)
    for i, r in enumerate(df.itertuples(index=False)):
        assert -1 <= r.parent < i
        assert r.depth == (1 if r.parent < 0 else df["depth"].iloc[r.parent] + 1)
        assert r.ordinal >= 1
    assert df["start"].is_monotonic_increasing


# every way a marker can begin, every context it may follow, and things that are neither
_SCAN_PIECES = ["（一）", "(二)", "（1）", "2)", "㈠", "⑴", "⒈", "①", "一、", "二．", "十一、", "1、", "2.", "１．", "1.2",
                "第一，", "第二是", "其一，", "一是", "二是要", "三要", "首先，", "其次是", "再次", "最后，", "最後",
                "、", "——", "－－", "--", "。", "；", ";", "！", "?", "：", ":", "，", ",", "即", "\n", "\r\n",
                " ", "\u3000", "\u2003", "\xa0", "\x0c", "\t", "加强领导", "是", "要", "58.4", "2024年", "一二"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_SCAN_PIECES), max_size=40))
def test_fast_marker_scan_finds_exactly_what_the_marker_pattern_finds(pieces):
    text = "".join(pieces)
    def spans(matches):
        return [(m.start(), m.end(), m.lastgroup) for m in matches]
    assert spans(_markers(text)) == spans(_MARKER.finditer(text))


def test_spelled_out_whitespace_is_what_backslash_s_matches():
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert re.findall(f"[{_WHITESPACE}]", every) == re.findall(r"\s", every)


def test_duration_after_a_heading_marker_is_not_a_number_list():
    # 一、一年来 / 一、三年来: a heading whose title opens with a duration, not 一、二季度
    text = ("一、一年来工作回顾\n这一年，青川市经济稳中有进。\n（一）稳定增长\n产值增长6.1%。\n"
            "（二）改善民生\n新增就业3.2万人。\n二、2031年主要任务\n")
    assert tree(extract_measures(text)) == [
        (1, "一年来工作回顾", -1), (2, "稳定增长", 0), (2, "改善民生", 0), (1, "2031年主要任务", -1)]
    df = extract_measures("一、三年来的工作和今后的任务\n三年来，全县上下团结奋斗。")
    assert df["title"].tolist() == ["三年来的工作和今后的任务"]
    assert extract_measures("全市一、二季度平稳。三、四月份偏多。").empty
    text = "发行专项债券有两条要求：\n第一、规模要量力而行；\n第二、资金必须投向公益项目。\n"
    assert extract_measures(text)["title"].tolist() == ["规模要量力而行", "资金必须投向公益项目"]


def test_contents_listed_in_the_preface_are_not_counted_again():
    text = ("各位代表：\n报告分三个部分：一、五年来的回顾；二、今后的任务；三、政府自身建设。\n"
            "一、五年来的回顾\n五年来，青川市经济稳步增长。\n二、今后的任务\n要继续努力。\n"
            "三、政府自身建设\n要转变作风。")
    df = extract_measures(text)
    assert tree(df) == [(1, "五年来的回顾", -1), (1, "今后的任务", -1), (1, "政府自身建设", -1)]
    assert df["start"].iloc[0] == text.index("一、", text.index("\n一、"))


def test_headings_nest_in_an_enumerated_item_that_stands_alone_on_its_line():
    # 第一，… as a heading line: the （一）… under it and the 一是 in it are its children
    text = ("三、加快经济建设\n今后要做好几件事。\n第一，大力发展农业\n要采取以下措施：\n"
            "（一）建设商品粮基地。\n（二）兴修水利。\n第二，加快发展工业\n工作有两项：一是扩大产能；"
            "二是提高质量。\n第三，搞好商业\n要繁荣市场。\n四、加强政府建设\n")
    assert tree(extract_measures(text)) == [
        (1, "加快经济建设", -1), (2, "大力发展农业", 0), (3, "建设商品粮基地", 1), (3, "兴修水利", 1),
        (2, "加快发展工业", 0), (3, "扩大产能", 4), (3, "提高质量", 4), (2, "搞好商业", 0),
        (1, "加强政府建设", -1)]


def test_enumerations_in_a_paragraph_still_leave_with_it():
    text = "一、成效\n（一）稳增长\n全年，一是扩大投资，二是促进消费。\n（二）惠民生\n第一，就业稳定。第二，收入增加。\n"
    assert tree(extract_measures(text)) == [
        (1, "成效", -1), (2, "稳增长", 0), (3, "扩大投资", 1), (3, "促进消费", 1), (2, "惠民生", 0),
        (3, "就业稳定", 4), (3, "收入增加", 4)]


def test_first_and_finally_without_secondly_are_prose():
    # 首先…最后 far apart, with no 其次 between them, do not make an enumeration
    text = ("二、关于建设\n在步骤上，首先要管好骨干企业，把小企业放活。\n三、关于财政\n要开辟财源。"
            "下面先讲这几个问题，最后再讲农业问题。\n")
    assert extract_measures(text)["style"].tolist() == ["cn_dun", "cn_dun"]
    df = extract_measures("首先，统一思想。其次，健全机制。最后，严格考核。")
    assert df["ordinal"].tolist() == [1, 2, 3]


def test_numbered_points_in_a_later_paragraph_leave_the_enumeration_before():
    text = ("（六）改善民生\n加强社会保障。一要扩大覆盖面。二要健全救助体系。\n"
            "完善养老服务体系。思路是：（1）坚持以居家养老为基础；（2）引导社会力量参与。\n")
    assert tree(extract_measures(text)) == [
        (1, "改善民生", -1), (2, "要扩大覆盖面", 0), (2, "要健全救助体系", 0),
        (2, "坚持以居家养老为基础", 0), (2, "引导社会力量参与", 0)]
    # in the same paragraph they are the item's own points
    text = "（六）改善民生\n一要扩大覆盖面，做到：（1）应保尽保；（2）动态管理。二要健全救助体系。\n"
    assert tree(extract_measures(text)) == [
        (1, "改善民生", -1), (2, "要扩大覆盖面，做到", 0), (3, "应保尽保", 1), (3, "动态管理", 1),
        (2, "要健全救助体系", 0)]



def test_lists_mixing_first_secondly_and_ordinal_words_are_one_list():
    text = "（一）抓学习\n首先，制定计划；其次，创新形式；第三，转化成果。\n"
    assert tree(extract_measures(text)) == [
        (1, "抓学习", -1), (2, "制定计划", 0), (2, "创新形式", 0), (2, "转化成果", 0)]
    text = "（三）抓作风\n第一、开展警示教育；第二、落实谈心制度；第三、整治形式主义。最后，严格执纪问责。\n"
    df = extract_measures(text)
    assert tree(df) == [(1, "抓作风", -1), (2, "开展警示教育", 0), (2, "落实谈心制度", 0),
                        (2, "整治形式主义", 0), (2, "严格执纪问责", 0)]
    assert df["ordinal"].tolist() == [3, 1, 2, 3, 4]
    # 第二 continues 第一, not a 首先 inside 第一's body
    text = ("第一，必须稳定粮食生产\n\n近年增产，首先是由于投入增加，为各业发展创造了条件。\n\n"
            "第二，必须控制投资规模\n\n规模要同财力相匹配。\n")
    assert tree(extract_measures(text)) == [(1, "必须稳定粮食生产", -1), (1, "必须控制投资规模", -1)]


def test_finally_as_an_adverb_or_far_from_the_list_is_prose():
    text = ("三、措施\n首先，扩大投资。其次，促进消费，经过长期努力，最后彻底消除短板。\n"
            "甲。\n乙。\n丙。\n丁。\n最后，我们表示感谢。\n")
    assert [t for _, t, _ in tree(extract_measures(text))] == ["措施", "扩大投资", "促进消费，经过长期努力，最后彻底消除短板"]
    text = "三、措施\n首先，扩大投资。其次，促进消费。\n甲。\n最后，强化考核。\n"
    assert [d for d, _, _ in tree(extract_measures(text))] == [1, 2, 2, 2]


def test_a_list_begun_in_a_later_paragraph_leaves_the_open_items_of_the_same_style():
    # a colon-introduced 一是/二是 two paragraphs later is not inside the earlier 二是
    text = ("二、关于教育\n一是教师要加强学习。二是学校要加强思想教育。\n另谈科学问题。\n"
            "请看事实：一是规模扩大了。二是水平提高了。\n")
    assert [d for d, _, _ in tree(extract_measures(text))] == [1, 2, 2, 2, 2]
    # an ordinal heading standing on its own line holds the list of the next paragraph
    text = "第四、关于农机推广\n需要注意的，第一是搞好培训；第二是做好维修。\n第五、关于卫生防疫\n"
    assert tree(extract_measures(text)) == [
        (1, "关于农机推广", -1), (2, "搞好培训", 0), (2, "做好维修", 0), (1, "关于卫生防疫", -1)]



def test_one_and_the_other_are_two_items():
    # old style 一是…，一是… ("the one…, the other…")
    text = "二、治水\n我们抓住两个关键，一是抓源头截污，一是抓末端治理，新建污水厂两座。\n"
    df = extract_measures(text)
    assert tree(df) == [(1, "治水", -1), (2, "抓源头截污", 0), (2, "抓末端治理，新建污水厂两座", 0)]
    assert df["ordinal"].tolist() == [2, 1, 2]
    # in two paragraphs they are two lists that each lack a second item: prose
    assert extract_measures("二、治水\n一是抓源头截污。\n一是抓末端治理。\n")["title"].tolist() == ["治水"]


def test_a_heading_list_in_a_later_paragraph_leaves_items_inside_earlier_paragraphs():
    text = ("一、改革\n（四）推进改革\n破解这个难题，一是发挥商会作用，二是发挥乡镇作用。\n"
            "今年重点办好三件事：\n一、推行证照分离；\n二、发挥园区平台作用；\n三、压缩审批时限。\n二、开放\n")
    assert tree(extract_measures(text)) == [
        (1, "改革", -1), (2, "推进改革", 0), (3, "发挥商会作用", 1), (3, "发挥乡镇作用", 1),
        (3, "推行证照分离", 1), (3, "发挥园区平台作用", 1), (3, "压缩审批时限", 1), (1, "开放", -1)]


def test_lists_in_parallel_clauses_of_one_sentence_are_siblings():
    # 首先是…其次是…；首先是…其次是…；一是…二是…: three lists side by side, not nested
    text = ("二、开放\n我们要建好两支队伍，首先是农技队伍，其次是电商队伍；办好两类展会，首先是茶叶博览会，"
            "其次是农产品交易会；守住两条底线，一是安全底线，二是生态底线。\n")
    assert [d for d, _, _ in tree(extract_measures(text))] == [1, 2, 2, 2, 2, 2, 2]
    # after a sentence or a colon of the item's own, a list is the item's own points
    text = "二、打算\n一是加强班子。具体是：一要健全规则，二要落实制度。二是推动融合。\n"
    assert [d for d, _, _ in tree(extract_measures(text))] == [1, 2, 3, 3, 2]


def test_traditional_report_with_mixed_list_words_and_one_other_pairs_gives_whole_tree():
    text = opencc.OpenCC("t2s").convert((DATA / "measures_trad_oneother.txt").read_text("utf-8"))
    df = extract_measures(text)
    assert tree(df) == [
        (1, "打好蓝天保卫战，大气环境质量持续改善", -1),
        (2, "严控工业废气，对涉气企业实行错峰生产", 0),
        (2, "严控扬尘污染，建筑工地全部安装在线监测设备", 0),
        (2, "严控机动车尾气，淘汰老旧车辆1400辆", 0),
        (1, "打好碧水保卫战，水环境治理成效明显", -1),
        (2, "抓源头截污", 4),
        (2, "抓末端治理，新建乡镇污水处理厂2座", 4),
        (1, "加强环境执法，保持高压态势", -1),
        (1, "明年工作安排", -1),
        (2, "要持续推进大气污染治理", 8),
        (2, "要加快补齐环境基础设施短板", 8),
        (2, "要提升环境监管能力", 8),
    ]
    assert_spans(text, df)


def test_teaser_cut_off_after_its_first_heading_counts_that_heading_once():
    # one line, paragraphs parted by full-width spaces; the teaser stops right after 一、…
    text = (DATA / "measures_oneline_cut_teaser.txt").read_text("utf-8")
    df = extract_measures(text)
    assert tree(df) == [
        (1, "工作开展情况", -1),
        (2, "排查化解矛盾纠纷", 0),
        (2, "加强治安巡逻防控", 0),
        (3, "组建志愿巡逻队，夜间巡逻不少于三次", 2),
        (3, "在重点路段新增监控探头20个", 2),
        (3, "开展防诈骗宣传进楼栋活动", 2),
        (1, "下步打算", -1),
        (2, "健全网格员队伍", 6),
        (2, "推进智慧安防建设", 6),
    ]
    assert df["start"].iloc[0] == text.index("一、", text.index("欢迎阅读"))
    assert_spans(text, df)


def test_two_levels_of_stripped_ordinals_in_a_traditional_report_give_whole_tree():
    # a site removed both 一、 and 1、: a bare 、 heading followed only by another heads a section
    text = opencc.OpenCC("t2s").convert((DATA / "measures_trad_stripped_two_levels.txt").read_text("utf-8"))
    df = extract_measures(text)
    assert tree(df) == [
        (1, "重点工作完成情况", -1),
        (2, "粮食生产再获丰收", 0),
        (2, "特色产业加快发展", 0),
        (1, "明年工作打算", -1),
        (2, "抓好春耕备耕", 3),
        (2, "推进农村人居环境整治", 3),
    ]
    assert list(df["ordinal"]) == [1, 1, 2, 2, 1, 2]
    assert_spans(text, df)


def test_stripped_ordinals_each_with_a_body_stay_one_level():
    text = "前言。\n、甲项工作\n正文一。\n、乙项工作\n、丙项工作\n正文三。\n"
    assert [d for d, _, _ in tree(extract_measures(text))] == [1, 1, 1]


# kinds of fresh86-95: a bulletin's heading whose 、 was lost (一 综合, on a line of its own, with
# 二 after it); a spaced title line opening with 一 and no 二 is none; a 、 doubled (一、、);
# a blank before the point (1 .某某); a note's numbered points under a bulletin are no measures
@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("text, titles", [
    ("一 综合\n全年生产总值12亿元。\n二 农业\n全年粮食产量5万吨。\n", [(1, "综合"), (1, "农业")]),
    # a spaced point after the numeral at a line's start (壹 . 背景说明, 一 . 某某: a fresh262 kind)
    ("壹 . 背景说明\n近年来经营困难。\n贰 . 办理情形\n一 . 许可情况\n全年许可3家。\n二 . 其他事项\n说明如下。\n",
     [(1, "背景说明"), (1, "办理情形"), (2, "许可情况"), (2, "其他事项")]),
    ("一 图 读 懂 政 府 工 作 报 告\n一、聚力抓重点\n全年增长。\n二、聚力抓创新\n全年增长。\n",
     [(1, "聚力抓重点"), (1, "聚力抓创新")]),
    ("一、、2023年工作情况\n（一）目标完成情况\n1 .成立科创委，统筹推进\n全年完成。\n2 .创建示范市，协同推进\n全年完成。\n",
     [(1, "2023年工作情况"), (2, "目标完成情况"), (3, "成立科创委，统筹推进"), (3, "创建示范市，协同推进")]),
    ("一、综合\n全年生产总值12亿元。\n二、农业\n全年粮食产量5万吨。\n注：1、本公报数据为初步统计数。\n2、生产总值按现价计算。\n",
     [(1, "综合"), (1, "农业")]),
    # a heading after 如下： with its 一是 glued to its title, the page run onto one line
    ("现将工作情况汇报如下：一、招商工作开展情况一是加强组织领导。召开大会。二是外出招商。走访企业。",
     [(1, "招商工作开展情况"), (2, "加强组织领导"), (2, "外出招商")]),
    # … and glued after the closing quote that ends that title (a fresh196 kind)
    ("一、坚持好“三项制度”，落实好老干部“两项待遇”一是组织春节慰问。上门慰问172人。二是召开茶话会。会上通报工作。",
     [(1, "坚持好“三项制度”，落实好老干部“两项待遇”"), (2, "组织春节慰问"), (2, "召开茶话会")]),
    # a marker in a table's first cell, its item in the next
    ("我会推行以下措施：\n（一） | 宽减本年度的薪俸税，上限为二万元。 |\n（二） | 宽免住宅物业差饷。 |\n",
     [(1, "宽减本年度的薪俸税，上限为二万元"), (1, "宽免住宅物业差饷")]),
    # a reservoir's class in brackets (小（一）型, 小 (二)型) inside a sentence is no heading
    ("一、基本情况\n全镇有小 (一)型水库2座,小 (二)型水库8座。\n二、主要做法\n完成小（二）型以上水库除险加固。\n",
     [(1, "基本情况"), (1, "主要做法")]),
    # kinds of fresh121-124: a table's rows whose names are numbered (1.工资性收入 34640 5.2 …); a
    # bulletin's numbered notes under 【说明】, blank lines between; a lone later heading opening a
    # paragraph inside a line (an excerpt); a 一是 glued to the document's title
    ("一、居民收入\n指标 全体 城镇\n1.工资性收入 30120 5.1 35210 4.2\n2.经营净收入 10230 6.0 11050 5.5\n"
     "二、社会保障\n全年参保人数增加。\n  【说明】\n\n  1.本公报数据均为初步统计数。\n\n  2.增长速度按可比价格计算。\n",
     [(1, "居民收入"), (1, "社会保障")]),
    ("全年完成投资5亿元，竣工面积3万平方米。 四、固定资产投资 固定资产投资持续增长。全县完成投资6.8亿元。",
     [(1, "固定资产投资")]),
    ("关于某镇防汛工作情况汇报\n\n关于某镇防汛工作情况汇报一是搞好工程检查，抓紧整修。各村排查。二是制定预案。预案到人。三是储备物资。",
     [(1, "搞好工程检查，抓紧整修"), (1, "制定预案"), (1, "储备物资")]),
    # kinds of fresh136-140: a heading opening with a date (一、8月8日全民健身日…); items numbered 1. whose
    # title opens with a date (1.4月20日，…, 2.3月份, 1.2022年春节); a list typed 1. then 2、 3、
    ("一、8月8日全民健身日带动群众体育蓬勃发展。\n全县举办活动20场。\n二、竞技体育取得新突破。\n全年获得奖牌5枚。",
     [(1, "8月8日全民健身日带动群众体育蓬勃发展"), (1, "竞技体育取得新突破")]),
    ("一、主要活动\n1.4月20日，举办环湖健步走。\n2.5月1日，举办篮球联赛。\n3.2023年春节\n举办灯谜会。\n4.6月份\n举办游泳赛。",
     [(1, "主要活动"), (2, "4月20日，举办环湖健步走"), (2, "5月1日，举办篮球联赛"), (2, "2023年春节"), (2, "6月份")]),
    ("一、主要做法\n1.加强组织领导。\n2、完善工作机制。\n3、强化督查考核。\n二、存在问题\n经费不足。",
     [(1, "主要做法"), (2, "加强组织领导"), (2, "完善工作机制"), (2, "强化督查考核"), (1, "存在问题")]),
    ("一、总体平稳\n全年零售额增长。\n二、4成商品类值零售增长\n粮油类增长5%。\n三、30年代建成的老街区改造\n完成改造3处。",
     [(1, "总体平稳"), (1, "4成商品类值零售增长"), (1, "30年代建成的老街区改造")]),
    ("一、主要做法\n1.加强组织领导。\n1、成立小组。\n2、明确分工。\n2.完善工作机制。\n二、存在问题\n经费不足。",
     [(1, "主要做法"), (2, "加强组织领导"), (3, "成立小组"), (3, "明确分工"), (2, "完善工作机制"), (1, "存在问题")]),
    # kinds of fresh276-285: “安全第⏎一、常备不懈…” (第一 broken by a line) is no heading; a year a template
    # dashed out opens a title; a summary's heading glued to its body ends where the body opens; a
    # month's part after 1、11月 opens an item, no list of months
    ("一、主要做法\n全县贯彻“安全第\n一、常备不懈、以防为主”的方针。\n二、----年上半年工作情况\n（一）精心部署\n召开会议。\n",
     [(1, "主要做法"), (1, "----年上半年工作情况"), (2, "精心部署")]),
    ("（一）、过去半年工作的回顾在过去的半年中，我们认真工作，取得成绩。\n（二）、存在的问题\n人员不足。\n",
     [(1, "过去半年工作的回顾"), (1, "存在的问题")]),
    ("二、工作进展\n1、11月中旬完成甲庄房屋征收工作。\n2、12月初启动乙庄征收。\n",
     [(1, "工作进展"), (2, "11月中旬完成甲庄房屋征收工作"), (2, "12月初启动乙庄征收")]),
    # kinds of fresh296-300: a paper's numbers glued to its top headings (1资料与方法 over 1.1…, 2结果 over
    # 2.1…); Roman numerals glued or spaced (Ⅰ Ⅱ), not a class (Ⅰ类水质); a run-in heading in bold
    ("1资料与方法\n1.1一般资料。\n选取患者90例。\n1.2方法。\n采用常规护理。\n2结果\n2.1满意度。\n满意度高。\n",
     [(1, "资料与方法"), (2, "一般资料"), (2, "方法"), (1, "结果"), (2, "满意度")]),
    # a 一要 glued to its subject, 二要 after it (a fresh308 kind); 统一要求 is no item
    ("会议强调，各单位一要高度重视，落实责任。二要加强检查，消除隐患。全市统一要求。\n",
     [(1, "要高度重视，落实责任"), (1, "要加强检查，消除隐患")]),
    ("某某考察报告\nⅠ考察时间：\n6月7日至21日。\nⅡ 考察目的\n交流猪场经营。\nⅠ类水质达标率100%。\nⅢ摘要\n产量下降。\n",
     [(1, "考察时间"), (1, "考察目的"), (1, "摘要")]),
    # headings whose 、 was lost, their ordinal glued to the title, numbered alike on the next lines
    # (fresh308, fresh323 kinds); a line opening with 三 or 一 glued to a word, with no neighbour, is none
    ("一村民住房整理\n拆除危房12间。\n二村庄道路建设\n硬化道路3公里。\n三村庄绿化建设\n栽植树木800株。\n",
     [(1, "村民住房整理"), (1, "村庄道路建设"), (1, "村庄绿化建设")]),
    ("服务评价\n1供热效率。管网末端水温达标。\n2服务态度。满意率提高。\n", [(1, "供热效率"), (1, "服务态度")]),
    ("三农工作取得新进展\n全年粮食增产。\n一批项目建成投产。\n二是加强管理，完善制度。\n", []),
    # a foreword's heading run on into its body (a fresh326 kind)
    ("一、前言为了进一步加强湿地保护，我县开展调查。\n二、调查结果\n全县湿地面积3万亩。\n", [(1, "前言"), (1, "调查结果")]),
    # decimal headings glued to 项目 and 人力, which read like counts (fresh327, fresh328, fresh330 kinds)
    ("一、项目概述\n1.1项目背景\n城市化进程加快。\n1.2项目目标\n六、保障措施\n6.1人力资源配置\n配备人员。\n",
     [(1, "项目概述"), (2, "项目背景"), (2, "项目目标"), (1, "保障措施"), (2, "人力资源配置")]),
    # 一是 typed with a 、 (一、是搞好…): the 是 is the marker's; a heading that asks 是否 keeps it
    ("推广站抓住三个环节。\n一、是搞好市场调查。了解用户需求。\n二、是严把质量关。\n三、是否增加补贴\n",
     [(1, "搞好市场调查"), (1, "严把质量关"), (1, "是否增加补贴")]),
    # a document's name numbered as a site's piece (2. 某某调查报告) and a day written month.day
    # (9.22无车日) are no headings; a part's heading on a page cut before 二、 stays (fresh342-344 kinds)
    ("2. 2016年某县农村饮水现状调查报告\n一、项目背景\n1、农村饮水概况\n全县有农村人口60万人。\n",
     [(1, "项目背景"), (2, "农村饮水概况")]),
    ("9.22无车日活动总结\n一、提高认识，加大宣传。\n二、迅速制定方案。\n", [(1, "提高认识，加大宣传"), (1, "迅速制定方案")]),
    ("某镇工作报告\n一、2022年工作总结\n（一）巩固脱贫成果。\n（二）推进项目建设，", [(1, "2022年工作总结"), (2, "巩固脱贫成果"), (2, "推进项目建设")]),
    # items whose number a template left as a blank (_、), under a heading (a fresh351 kind)
    ("一、慰问驻区部队\n_、驻区部队__个，慰问金_万元；\n_、驻区武警中队，共计_万元；\n二、走访优抚对象\n",
     [(1, "慰问驻区部队"), (2, "驻区部队__个，慰问金_万元"), (2, "驻区武警中队，共计_万元"), (1, "走访优抚对象")]),
    # a copy that put blanks inside words, one inside a marker (一 是) (a fresh358 kind)
    ("学校从三方面减负：一 是控制作业总 量。出台办法。二是提升课堂效率。开展教研。三是丰富课后服务。\n",
     [(1, "控制作业总量"), (1, "提升课堂效率"), (1, "丰富课后服务")]),
    # headings whose 、 was typed as a comma, beside each other (a fresh364 kind); one alone is prose
    ("一，上半年蔬菜产销形势\n产销两旺。\n1.面积增加。种植5万亩。\n二，所抓重点工作\n1.抓好基地。建成3个。\n",
     [(1, "上半年蔬菜产销形势"), (2, "面积增加"), (1, "所抓重点工作"), (2, "抓好基地")]),
    ("会议指出：\n一，我们要坚持正确方向。\n全年增长5%。\n", []),
    # a copy's blank before 、 (一 、前言) (a fresh387 kind)
    ("某县食用菌调研报告\n一 、前言\n全县种植香菇。\n二 、发展现状\n产值增长。\n", [(1, "前言"), (1, "发展现状")]),
    # a title with a colon between its parts and a template's tag, its first heading glued on (a fresh390 kind);
    # a sentence with a colon is no title
    ("冷链物流五年发展：保鲜与流通效率报告模板范文一、项目概述\n1.1项目背景\n城市化进程加快。\n1.2项目目标\n",
     [(1, "项目概述"), (2, "项目背景"), (2, "项目目标")]),
    ("会议强调：要抓好落实一、二季度任务\n全年增长5%。\n", []),
])
def test_headings_of_real_pages(text, titles, script):
    t = to_script(text, script)
    df = extract_measures(t)
    want = [(d, to_script(x, script)) for d, x in titles]
    assert list(zip(df["depth"], df["title"])) == want
    assert_spans(t, df)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_decimal_headings_nest_under_the_heading_they_number(script):
    text = to_script("某街道创建方案\n一、背景分析\n1.1政策背景\n1.2群众期盼\n二、问题定义\n2.1 机制协同不足\n"
                     "2.2服务供给偏少\n三、保障措施\n全年投入\n1.5亿元。", script)
    df = extract_measures(text)
    assert df[["depth", "marker", "parent"]].values.tolist() == [
        [1, "一、", -1], [2, "1.1", 0], [2, "1.2", 0], [1, "二、", -1], [2, "2.1", 3], [2, "2.2", 3], [1, "三、", -1]]
    assert df["title"].tolist()[1] == to_script("政策背景", script)
    assert_spans(text, df)


def test_contents_with_dot_leaders_keep_their_lines_and_are_not_measures():
    entries = [f"{i}.{j}{w}{'.' * 40} {p}" for i, j, w, p in
               [(1, 1, "规模和结构", 3), (1, 2, "设施设备", 3), (2, 1, "学生素质", 9), (2, 2, "就业质量", 10)]]
    words = "某地职业教育质量报告\n目 录\n" + "\n".join(entries) + "\n" + "\n".join(
        ["全市职业学校", "招生规模稳步", "扩大，专业结", "构不断优化，", "实训条件明显", "改善，就业质",
         "量持续提高，", "校企合作不断", "深化，社会服", "务能力增强，", "群众满意度提"]) + "\n高。"
    a = analyze(words)
    for e in entries:
        assert e in a.text.split("\n")            # each entry keeps its line: no page number joined to the next
    assert a.measures.empty


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_first_item_glued_to_its_subject_opens_a_list_when_a_second_follows(script):
    text = to_script("经营方面，某港务集团一是突出重点项目，推进园区投产；二是做强散货主业，开展中转业务。\n"
                     "统一是前提，唯一是目标。", script)
    df = extract_measures(text)
    assert df["marker"].tolist() == ["一是", "二是"]
    assert df["title"].tolist() == [to_script("突出重点项目，推进园区投产", script), to_script("做强散货主业，开展中转业务", script)]
    assert_spans(text, df)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_markers_with_blanks_inside_their_brackets(script):
    text = to_script("一、主要业务\n( 七 ) 安检业务\n( 1 ) 户口业务\n( 2 ) 外事业务\n( 八 ) 其他业务", script)
    df = extract_measures(text)
    assert df["depth"].tolist() == [1, 2, 3, 3, 2]
    assert df["title"].tolist()[1:3] == [to_script("安检业务", script), to_script("户口业务", script)]
    assert_spans(text, df)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_decimal_outline_with_its_top_numbers_alone_and_a_third_level(script):
    # a plan's outline numbered 1 / 1.1 / 1.1.1 (a fresh279 kind): the number alone heads its 1.1
    text = to_script("防汛工作方案\n1 总体要求\n1.1 工作背景\n1.1.1防汛工作背景与目标\n今年汛期降雨偏多。\n"
                     "1.1.2工作内容与范围\n全县各乡镇。\n1.2 组织领导\n成立指挥部。\n2 保障措施\n2.1 加强值守\n值班。\n", script)
    df = extract_measures(text)
    assert [(d, p) for d, _, p in tree(df)] == [(1, -1), (2, 0), (3, 1), (3, 1), (2, 0), (1, -1), (2, 5)]
    assert df["style"].tolist() == ["num_bare", "num_dec", "num_dec3", "num_dec3", "num_dec", "num_bare", "num_dec"]
    assert_spans(text, df)
    # a number alone before a word with no 1.1 under it is a table's row, not a heading
    assert extract_measures(to_script("完成情况如下\n1 北京 2000\n2 上海 3000\n共计5000。\n", script)).empty


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_section_numbers_padded_with_a_zero_head_their_lines(script):
    # 01 / 02 / 03 at a line's start (a fresh286 kind); one alone, or inside a line, heads nothing
    text = to_script("某所党建工作总结\n01 健全完善机制，严格落实党建主体责任\n今年以来扎实工作。\n"
                     "02 选优配强班子，筑牢基层组织战斗堡垒\n加强班子建设。\n03 正视自身不足，壮大党员队伍\n发展党员2名。\n", script)
    df = extract_measures(text)
    assert df["marker"].tolist() == ["01", "02", "03"] and set(df["depth"]) == {1}
    assert_spans(text, df)
    assert extract_measures(to_script("联系电话 01 2345\n05 年度会议召开。\n", script)).empty
