"""Slogans, numbered formulations, expansions and citations on reports written for these tests."""
from __future__ import annotations


import pandas as pd
import pytest

import summarylab
from summarylab.normalisation import to_script
from summarylab.slogans import (CITATION_COLUMNS, SLOGAN_COLUMNS, extract_citations, extract_slogans,
                                shared_formulations, slogan_matrix)

REPORT = (
    "一年来，我局坚持以三个代表重要思想为指导，围绕“服务发展、造福群众”的目标，"
    "落实“首问责任制”，推行一站式审批，创建工作做到“三个结合”：即创建工作与业务工作相结合、"
    "与作风建设相结合、与群众满意相结合，力争两年达标。\n"
    "窗口推行六项承诺，即承诺办事时限；承诺收费标准；承诺服务态度；承诺办事程序；承诺投诉处理；承诺结果公开。\n"
    "全力打造三大品牌即：“阳光品牌”、“效能品牌”、“廉洁品牌”，提升形象。\n"
    "做到“两个到位”。一是思想认识到位；二是措施落实到位。\n"
    "窗口人员坚持“三声、三心、三快”，三声即进门有招呼声、咨询有解答声、离开有道别声；三心即热心、耐心、细心；"
    "三快即受理快、办理快、反馈快。\n"
    "始终把握“一条主线”，即始终围绕优化服务这条主线，建立健全制度。\n"
    "制定了《机关效能建设实施办法》和《窗口服务规范》，重新修订《机关效能建设实施办法》。\n"
)


def row(df: pd.DataFrame, slogan: str) -> dict:
    hits = df[df["slogan"] == slogan]
    assert len(hits) == 1, f"{slogan!r} not found once in {df['slogan'].tolist()}"
    return hits.iloc[0].to_dict()


@pytest.fixture(scope="module")
def table():
    return extract_slogans(REPORT)


def test_columns_and_offsets_point_at_the_phrase(table):
    assert list(table.columns) == SLOGAN_COLUMNS
    for r in table.to_dict("records"):
        assert REPORT[r["start"]:r["end"]] in r["variants"]
        assert (r["start"], r["end"]) == r["occurrences"][0] and r["count"] == len(r["occurrences"])
        for s, e in r["occurrences"]:
            assert REPORT[s:e] in r["variants"]
    assert table["start"].is_monotonic_increasing


def test_quoted_slogans_and_formulations(table):
    assert row(table, "服务发展、造福群众")["kind"] == "quoted"
    assert row(table, "首问责任制")["kind"] == "quoted"
    assert row(table, "三个结合")["kind"] == "formulation"
    assert row(table, "两个到位")["kind"] == "formulation"


def test_unquoted_formulation_from_the_lexicon(table):
    r = row(table, "三个代表")
    assert r["kind"] == "formulation" and r["count"] == 1


def test_expansion_after_colon_ji(table):
    assert row(table, "三个结合")["expansion"] == ["创建工作与业务工作相结合", "与作风建设相结合", "与群众满意相结合"]


def test_expansion_split_on_semicolons_when_that_matches_the_number(table):
    r = row(table, "六项承诺")  # unquoted, but expanded right away: a formulation
    assert r["kind"] == "formulation"
    assert r["expansion"] == ["承诺办事时限", "承诺收费标准", "承诺服务态度", "承诺办事程序",
                              "承诺投诉处理", "承诺结果公开"]


def test_expansion_as_a_quoted_list(table):
    assert row(table, "三大品牌")["expansion"] == ["阳光品牌", "效能品牌", "廉洁品牌"]
    assert row(table, "阳光品牌")["kind"] == "quoted"


def test_expansion_as_enumeration(table):
    assert row(table, "两个到位")["expansion"] == ["思想认识到位", "措施落实到位"]


def test_compound_quote_split_into_expanded_members(table):
    assert row(table, "三声、三心、三快")["expansion"] == ["三声", "三心", "三快"]
    assert row(table, "三声")["expansion"] == ["进门有招呼声", "咨询有解答声", "离开有道别声"]
    assert row(table, "三心")["expansion"] == ["热心", "耐心", "细心"]
    assert row(table, "三快")["expansion"] == ["受理快", "办理快", "反馈快"]
    assert row(table, "三声")["count"] == 2  # in the quote and before 即


def test_single_item_expansion_is_cut_to_its_core(table):
    assert row(table, "一条主线")["expansion"] == ["优化服务"]


def test_comment_after_the_announced_items_is_not_an_item():
    df = extract_slogans("新上项目一律实行“三定”，即定规模，定投资，定工期，并且落实责任制度。")
    assert row(df, "三定")["expansion"] == ["定规模", "定投资", "定工期"]
    df = extract_slogans("做到两个坚定，即坚定甲方针，即坚定乙路线，这两条都不能动摇。")
    assert row(df, "两个坚定")["expansion"] == ["坚定甲方针", "坚定乙路线"]


def test_expansion_after_a_head_noun_and_before_a_comment():
    df = extract_slogans("全县扎实抓好“六保”任务，即保就业、保民生、保市场主体、保粮食安全、保产业链、保基层运转。")
    assert row(df, "六保")["expansion"] == ["保就业", "保民生", "保市场主体", "保粮食安全", "保产业链", "保基层运转"]
    df = extract_slogans("压实“三个责任”，即属地责任、部门责任和企业责任，做到上下贯通、左右协同。")
    assert row(df, "三个责任")["expansion"] == ["属地责任", "部门责任", "企业责任"]


def test_pause_mark_inside_an_item_does_not_split_it():
    df = extract_slogans("落实“三个坚持”，即坚持稳中求进，坚持改革开放，坚持创新、协调发展，是做好工作的前提。")
    assert row(df, "三个坚持")["expansion"] == ["坚持稳中求进", "坚持改革开放", "坚持创新、协调发展"]


def test_last_item_joined_by_he_is_split():
    df = extract_slogans("增强“三种意识”，即大局意识、责任意识和服务意识。")
    assert row(df, "三种意识")["expansion"] == ["大局意识", "责任意识", "服务意识"]


def test_ordinary_counts_and_ordinals_are_not_formulations():
    text = ("一步一个脚印。两家企业被关停，设立四个政务公开窗口，由支委会同四个党小组分别签下承诺书，"
            "先后召开两次会议，活动分四个阶段进行。主要抓了三个方面：一是学习，二是整改。"
            "学习党的十六大精神，他第三个赶到现场。")
    assert extract_slogans(text).empty


def test_recurring_da_formulation_is_found_but_a_single_count_is_not():
    twice = extract_slogans("全力推进三大工程建设。年底三大工程全部竣工。")
    assert row(twice, "三大工程")["count"] == 2
    assert extract_slogans("全力推进三大工程建设。").empty


def test_extra_lexicon_terms():
    text = "深入实施双百工程和两个提升"
    assert extract_slogans(text).empty
    assert extract_slogans(text, extra=["两个提升"])["slogan"].tolist() == ["两个提升"]


def test_empty_quotes_long_quotes_sentences_and_debris():
    text = ("公开“”举报电话和“”投诉电话。他强调：“今年的任务十分繁重，全体干部职工必须齐心协力、"
            "攻坚克难，确保全年指标一项不落，向全市人民交出满意答卷”。"
            "严格执行“（）三同时”制度，完成“三同时”验收。要求“不讲条件。”")
    df = extract_slogans(text)
    assert df["slogan"].tolist() == ["三同时"]
    r = row(df, "三同时")
    assert r["count"] == 2 and text[r["start"]:r["end"]] == "三同时"


def test_quotes_across_a_line_break_and_other_quote_marks():
    text = "树立“廉洁\n勤政”的形象，弘扬『求真务实』作风，践行‘马上就办’精神，推行\"阳光政务\"工程。"
    df = extract_slogans(text)
    assert df["slogan"].tolist() == ["廉洁勤政", "求真务实", "马上就办", "阳光政务"]
    r = row(df, "廉洁勤政")
    assert text[r["start"]:r["end"]] == "廉洁\n勤政"


def test_nested_quotes_give_both_phrases():
    text = "开展“争当‘服务标兵’”活动，落实「『马上就办』制度」。"
    assert extract_slogans(text)["slogan"].tolist() == ["争当服务标兵", "服务标兵", "马上就办制度", "马上就办"]


def test_short_quoted_words_are_slogans_but_single_characters_are_not():
    df = extract_slogans("坚决纠正“越位”和“缺位”问题，坚持“开门”办活动，防止“左”的干扰。")
    assert df["slogan"].tolist() == ["越位", "缺位", "开门"]


def test_names_of_meetings_columns_and_websites_are_optional():
    text = "召开“行风评议座谈会”，开设“阳光热线”栏目和“清风在线”网站，推行“限时办结制”。"
    assert extract_slogans(text)["slogan"].tolist() == ["限时办结制"]
    named = extract_slogans(text, names=True)
    assert set(named.loc[named["kind"] == "name", "slogan"]) == {"行风评议座谈会", "阳光热线", "清风在线"}


def test_variants_merge_with_and_without_ge_and_across_quotes():
    text = "为实现“两率先”目标，全力推进两个率先，两个率先是全局的奋斗方向。"
    df = extract_slogans(text)
    assert df["slogan"].tolist() == ["两个率先"]
    r = row(df, "两个率先")
    assert r["count"] == 3 and set(r["variants"]) == {"两率先", "两个率先"}
    assert text[r["start"]:r["end"]] == "两率先"


def test_lexicon_variants_merge_and_quoted_lexicon_terms_are_formulations():
    text = "坚持“一个中心、两个基本点”，把一个中心两个基本点贯彻始终。"
    df = extract_slogans(text)
    assert df["slogan"].tolist() == ["一个中心、两个基本点"]
    r = row(df, "一个中心、两个基本点")
    assert r["kind"] == "formulation" and r["count"] == 2


def test_a_formulation_inside_a_longer_one_is_not_counted_twice():
    df = extract_slogans("做好六稳工作，全面落实六稳六保任务。")
    assert row(df, "六稳")["count"] == 1 and row(df, "六稳六保")["count"] == 1
    assert "六保" not in set(df["slogan"])


def test_traditional_script_through_analyze():
    text = "一、工作回顧\n本局用「三個代表」重要思想統領全局工作，力爭「兩個率先」，推行「首問責任制」，落實兩率先。\n"
    a = summarylab.analyze(text)
    df = a.slogans
    assert {"三个代表", "两个率先", "首问责任制"} <= set(df["slogan"])
    assert row(df, "两个率先")["count"] == 2
    for r in df.to_dict("records"):
        assert a.text[r["start"]:r["end"]] in r["variants"]


def test_traditional_quotes_are_simplified_without_normalising():
    df = extract_slogans("堅持「為民服務」宗旨，做到『兩個到位』")
    assert df["slogan"].tolist() == ["为民服务", "两个到位"]
    assert row(df, "两个到位")["kind"] == "formulation"


def test_citations(table):
    c = extract_citations(REPORT)
    assert list(c.columns) == CITATION_COLUMNS
    assert c["title"].tolist() == ["机关效能建设实施办法", "窗口服务规范"]
    r = c.iloc[0]
    assert r["count"] == 2 and REPORT[r["start"]:r["end"]] == "机关效能建设实施办法"
    assert "机关效能建设实施办法" not in set(table["slogan"])


def test_quote_inside_a_title_is_still_a_slogan():
    text = "印发《关于整治“四多”现象的通知》。"
    assert extract_slogans(text)["slogan"].tolist() == ["四多"]
    assert extract_citations(text)["title"].tolist() == ["关于整治“四多”现象的通知"]


def test_empty_and_odd_input():
    for text in ("", "“", "”“", "《》", "即：", "一是二是三是", "“四声、”", "三个代表即"):
        assert list(extract_slogans(text).columns) == SLOGAN_COLUMNS
        assert list(extract_citations(text).columns) == CITATION_COLUMNS
    with pytest.raises(TypeError):
        extract_slogans(None)
    with pytest.raises(TypeError):
        extract_citations(b"x")


@pytest.mark.parametrize("unit", ["“", "、", "一是", "“四声”即", "《", '"'])
def test_linear_time_on_long_repeats(unit):
    """CPU time on 400,000 characters under 8x that on a quarter of it (tests/linear.py)."""
    from linear import assert_linear
    assert_linear(lambda text: (extract_slogans(text), extract_citations(text)),
                  lambda n: unit * (n // len(unit)), 100_000)


def test_slogan_matrix_and_shared_formulations():
    tables = {
        "a": extract_slogans("学习“三个代表”，实现“两率先”，推行“首问责任制”。"),
        "b": extract_slogans("以三个代表重要思想为指导，落实两个率先，两个率先是目标。"),
        "c": extract_slogans("推行“首问责任制”。"),
    }
    m = slogan_matrix(tables)
    assert list(m.columns) == ["a", "b", "c"]
    assert m.loc["首问责任制"].tolist() == [1, 0, 1]
    assert m.loc["两个率先"].tolist() == [0, 2, 0] and m.loc["两率先"].tolist() == [1, 0, 0]
    stacked = pd.concat([df.assign(doc_id=k) for k, df in tables.items()], ignore_index=True)
    assert slogan_matrix(stacked).equals(m)
    shared = shared_formulations(tables)
    assert shared["slogan"].tolist() == ["两个率先", "三个代表"]
    assert shared["doc_ids"].tolist() == [["a", "b"], ["a", "b"]]
    assert shared_formulations(tables, min_docs=3).empty
    assert shared_formulations(tables, kinds=("quoted",))["slogan"].tolist() == ["首问责任制"]
    assert slogan_matrix({}).empty
    with pytest.raises(ValueError):
        slogan_matrix(pd.DataFrame({"slogan": ["x"]}))


def test_well_known_unquoted_formulations_of_national_reports():
    text = ("全县外事交往恪守和平共处五项原则，招商引资注重调动部门和乡镇两个积极性，"
            "善于借助两个市场、两种资源，并主动对接十大重点节能工程。")
    df = extract_slogans(text)
    assert df["slogan"].tolist() == ["和平共处五项原则", "两个积极性", "两个市场", "两种资源", "十大重点节能工程"]
    assert set(df["kind"]) == {"formulation"}


def test_quoted_treaties_fairs_and_named_craft_are_names():
    text = ("谴责所谓“北岭共同防御条约”，发表“南溪宣言”，举办“2099青川国际园艺博览会”，"
            "“晨星三号”探测器发射成功，“远湖舰”入列，推行“首问责任制”。")
    assert extract_slogans(text)["slogan"].tolist() == ["首问责任制"]
    named = extract_slogans(text, names=True)
    assert len(named[named["kind"] == "name"]) == 5


def test_a_closing_bracket_that_pairs_with_one_inside_is_kept():
    text = "兴修“引清（清水河）入川（川口）”工程，严格执行“（）三同时”制度。"
    assert extract_slogans(text)["slogan"].tolist() == ["引清（清水河）入川（川口）", "三同时"]


def test_recurring_unquoted_principle_list_is_a_slogan():
    text = ("全县认真贯彻巩固、充实、完善、规范的方针。一年来，在巩固、充实、完善、规范中取得了新进展。"
            "坚持节俭、务实、高效的原则。")
    df = extract_slogans(text)
    assert df["slogan"].tolist() == ["巩固、充实、完善、规范"]
    r = row(df, "巩固、充实、完善、规范")
    assert r["kind"] == "principle" and r["count"] == 2
    assert text[r["start"]:r["end"]] == "巩固、充实、完善、规范"


def test_principle_list_of_unequal_items_or_said_once_is_not_taken():
    assert extract_slogans("坚持程序合规、可追溯、阳光透明的原则，按照节俭、务实、高效的原则。").empty


def test_expansion_listed_right_before_the_formulation():
    df = extract_slogans("统筹推进东区、西区、北区三大片区协同发展，三大片区各有侧重。")
    assert row(df, "三大片区")["expansion"] == ["东区", "西区", "北区"]
    df = extract_slogans("开展了爱家乡、爱集体和爱劳动的“三爱”教育。")
    assert row(df, "三爱")["expansion"] == ["爱家乡", "爱集体", "爱劳动"]


def test_an_unquoted_formulation_before_its_predicate_takes_the_items_before_it():
    # 四大支柱产业|齐头并进: the predicate starts right after the head noun, no mark between
    df = extract_slogans("全年增长8%，水泥建材、机械制造、纺织服装、食品加工等四大支柱产业齐头并进。")
    assert row(df, "四大支柱产业")["expansion"] == ["水泥建材", "机械制造", "纺织服装", "食品加工"]
    df = extract_slogans("同比提高9个百分点。煤炭开采、农产品加工、医药化工、新型建材四大支柱产业日益壮大。")
    assert row(df, "四大支柱产业")["expansion"] == ["煤炭开采", "农产品加工", "医药化工", "新型建材"]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_battles_after_their_items_and_a_formulation_before_a_colon_and_its_enumeration(script):
    a = summarylab.analyze(to_script("全年打赢了保供电、控汛情、稳就业三场硬仗，增长5%。", script))
    assert row(a.slogans, "三场硬仗")["expansion"] == ["保供电", "控汛情", "稳就业"]
    a = summarylab.analyze(to_script("施政坚持三条准则：第一，看得见成效；第二，一年内落实；第三，贴近市民需要。", script))
    assert row(a.slogans, "三条准则")["expansion"] == ["看得见成效", "一年内落实", "贴近市民需要"]
    a = summarylab.analyze(to_script("措施要合乎两项标准。第一，切实可行，能够落实；第二，回应民意。", script))
    assert row(a.slogans, "两项标准")["expansion"] == ["切实可行，能够落实", "回应民意"]   # to its ；
    # a count of matches, and the parts of an explanation, are no formulations
    assert summarylab.analyze(to_script("全年举办了三场比赛。", script)).slogans.empty
    assert summarylab.analyze(to_script("这句话有两种含义：第一，要实干；第二，要担当。", script)).slogans.empty
    # the forms a survey took (a describing head) are no formulation, though a verb governs them
    assert summarylab.analyze(to_script("调研采取三种形式：座谈、走访、问卷。", script)).slogans.empty



@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("text, slogan, items", [
    # a numeral and one character right before its items in brackets, unquoted (a fresh253 kind)
    ("以五心（爱心、耐心、信心、责任心、慈母心）对待每个孩子。", "五心", ["爱心", "耐心", "信心", "责任心", "慈母心"]),
    ("推行三化（标准化、规范化、信息化）管理。", "三化", ["标准化", "规范化", "信息化"]),
])
def test_an_abbreviation_before_its_items_in_brackets(text, slogan, items, script):
    a = summarylab.analyze(to_script(text, script))
    rows = a.slogans[a.slogans.slogan == to_script(slogan, script)]
    assert len(rows) == 1 and [to_script(x, "simplified") for x in rows.iloc[0]["expansion"]] == items


@pytest.mark.parametrize("text", ["全镇三村（甲村、乙村、丙村）完成改造。", "共有三人（张某、李某、王某）受表彰。"])
def test_a_count_before_names_in_brackets_is_no_formulation(text):
    assert summarylab.analyze(text).slogans.empty

@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_an_unquoted_formulation_meets_its_items_before_a_predicate_or_in_brackets(script):
    # 三重压力|叠加: a predicate of pressures; 两个提升（甲和乙）: as many items in brackets
    a = summarylab.analyze(to_script("面对需求收缩、供给冲击、预期转弱三重压力叠加，全年仍增长5%。", script))
    assert row(a.slogans, "三重压力")["expansion"] == ["需求收缩", "供给冲击", "预期转弱"]
    a = summarylab.analyze(to_script("全年实现两个提升（城市建设和城市管理），巩固两个保障（财力增强和队伍建设）。", script))
    assert row(a.slogans, "两个提升")["expansion"] == ["城市建设", "城市管理"]
    assert row(a.slogans, "两个保障")["expansion"] == ["财力增强", "队伍建设"]
    # a count of places with their names in brackets is no formulation
    assert summarylab.analyze(to_script("全镇有三个社区（甲社区、乙社区和丙社区）完成改造。", script)).slogans.empty


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("text, slogan, items", [
    # an abbreviation whose items each hold its character, listed soon after it
    ("推动“三争行动”走深走实。召开“深学争优、敢为争先、实干争效”动员会。", "三争行动", ["深学争优", "敢为争先", "实干争效"]),
    ("坚持“三化”方向，推进专业化、职业化、规范化。", "三化", ["专业化", "职业化", "规范化"]),
    ("坚持“三化”方向，推进专业化、职业化和标准建设。", "三化", []),        # not every item holds 化
    # essays counted by 篇, expanded after 即 (a fresh377 kind)
    ("三是做好三篇文章，即做优基地、做强加工、做活市场。", "三篇文章", ["做优基地", "做强加工", "做活市场"]),
    # a head noun with 的 between the formulation and 即
    ("确立了“五个一”的日常巡查标准，即：一日一巡、一周一报、一月一评、一季一考、一年一总结。", "五个一",
     ["一日一巡", "一周一报", "一月一评", "一季一考", "一年一总结"]),
    # a longer head, or the rest of a short clause, between the formulation and ，即; items of two
    # clauses each parted by ；
    ("全镇建立“五个一”项目推进机制，即一个项目、一个方案、一名领导、一套班子、一抓到底。", "五个一",
     ["一个项目", "一个方案", "一名领导", "一套班子", "一抓到底"]),
    ("全局围绕“两聚焦两着力”谋划全年工作，即聚焦课堂质量，着力改进教学；聚焦队伍建设，着力提升师资。", "两聚焦两着力",
     ["聚焦课堂质量，着力改进教学", "聚焦队伍建设，着力提升师资"]),
    # a count quoted without its noun; the items listed in the next sentence, the noun once after them
    ("“三项”整治有序推进。全年开展河道清障、违建拆除、垃圾清运整治行动。", "三项整治", ["河道清障", "违建拆除", "垃圾清运"]),
    # items each ending in the formulation's head noun, the last joined by 和
    ("推进“两个责任”落实，把乡镇属地责任和部门监管责任压紧压实。", "两个责任", ["乡镇属地责任", "部门监管责任"]),
    ("健全“三个体系”，建成预警体系、救援体系及保障体系。", "三个体系", ["预警体系", "救援体系", "保障体系"]),
    ("健全“三个体系”，建成预警体系和救援体系。", "三个体系", []),        # fewer items than it says
    # items named in quotes soon after, each ending in its head noun, as many as it says
    ("狠抓“三大工程”。全区把思想建设作为“灵魂工程”，把典型宣传作为“引领工程”，把组织建设作为“堡垒工程”。", "三大工程",
     ["灵魂工程", "引领工程", "堡垒工程"]),
    ("狠抓“三大工程”。全区把思想建设作为“灵魂工程”，把组织建设作为“堡垒工程”。", "三大工程", []),
    # 张 counts a formulation's sheets (三张清单), after its quoted items parted by dashes
    ("建立“问题—措施—时限”三张清单，逐项销号。", "三张清单", ["问题", "措施", "时限"]),
])
def test_expansions_keyed_by_a_character_or_after_a_head_with_de(text, slogan, items, script):
    a = summarylab.analyze(to_script(text, script))
    assert row(a.slogans, slogan)["expansion"] == items


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("text, slogan, items", [
    # 统一 in the name counts nothing; quotes typed as double primes
    ("统一品种、统一施肥、统一防治和统一收购的〝四统一〞模式全面推行。", "四统一", ["统一品种", "统一施肥", "统一防治", "统一收购"]),
    ("坚持“三统一”：统一规划、统一建设、统一管理。", "三统一", ["统一规划", "统一建设", "统一管理"]),
    # what is done to each of the items listed before (甲、乙、丙三到位)
    ("做到了领导、物资、资金、队伍、措施五落实。", "五落实", ["领导", "物资", "资金", "队伍", "措施"]),
    ("确保人员、经费、场所三到位，工作顺利。", "三到位", ["人员", "经费", "场所"]),
    ("基本实现了机构、人员、经费、设施四个到位。", "四个到位", ["机构", "人员", "经费", "设施"]),
    # duties after their unquoted items (a fresh206 kind)
    ("履行政治协商、民主监督、参政议政三项职能。", "三项职能", ["政治协商", "民主监督", "参政议政"]),
    # a count of things that share a name holding numerals (三个二七: three called 二七)
    ("打造品质二七、田园二七、温暖二七“三个二七”。", "三个二七", ["品质二七", "田园二七", "温暖二七"]),
    # unquoted before a colon, its items each holding its head at an edge (fresh196-200 kinds):
    # the whole head after a measure word, the one character of an abbreviation; a quoted run of
    # clauses parted by commas, each led by that character
    ("全镇做到两个纳入：纳入党委议事日程；纳入年终考核。", "两个纳入", ["纳入党委议事日程", "纳入年终考核"]),
    ("促成两大对接：一是产品与市场的对接；二是企业与村的对接。", "两大对接", ["产品与市场的对接", "企业与村的对接"]),
    ("坚持四个到位：宣传到位；措施到位；经费到位；督查到位。", "四个到位", ["宣传到位", "措施到位", "经费到位", "督查到位"]),
    ("全年抓好了三重：即重领导、重落实、重创新。", "三重", ["重领导", "重落实", "重创新"]),
    ("按照“四有”标准，做到“有分管领导、专职干部，有牌子，有场所，有经费”，推进阵地建设。", "四有",
     ["有分管领导、专职干部", "有牌子", "有场所", "有经费"]),
    # a generic word before a programme's kind, after its unquoted items
    ("着力强化领导、责任、考核三大工作机制。", "三大工作机制", ["领导", "责任", "考核"]),
    # short items after the colon of a formulation a verb governs; items alike (a noun and a verb
    # each) before a quoted one, the last ending in a verb (fresh211-215 kinds)
    ("馆里坚持四种态度：积极、认真、进取、奉献。", "四种态度", ["积极", "认真", "进取", "奉献"]),
    # as many short names after the colon of an unquoted 大 formulation (a fresh481 kind)
    ("新区规划五大片区：综合服务区、科技研发区、物流仓储区、生态休闲区、居住配套区。", "五大片区",
     ["综合服务区", "科技研发区", "物流仓储区", "生态休闲区", "居住配套区"]),
    ("以「开放、透明、服务、教育及责任」五大主轴推动各项工作。", "五大主轴", ["开放", "透明", "服务", "教育", "责任"]),
    ("持续做好参谋助手、桥梁纽带、保护传承三篇大文章。", "三篇大文章", ["参谋助手", "桥梁纽带", "保护传承"]),
    ("建立固定献血者队伍、应急献血者队伍、稀有血型献血者队伍三支献血队伍。", "三支献血队伍",
     ["固定献血者队伍", "应急献血者队伍", "稀有血型献血者队伍"]),   # items ending alike before a measure word
    ("对今年重点实施的产业扶贫、健康扶贫、创业扶贫三大工程作了介绍。", "三大工程", ["产业扶贫", "健康扶贫", "创业扶贫"]),
    ("以提升党委统率、机关治理、基层落实“三个能力”为抓手。", "三个能力", ["党委统率", "机关治理", "基层落实"]),
    # many items in brackets, parted by commas
    ("实施五大民生工程（一条环湖绿道建设，两个水源地保护，三项污水整治，四个中转站建设，万户农居改造）。", "五大民生工程",
     ["一条环湖绿道建设", "两个水源地保护", "三项污水整治", "四个中转站建设", "万户农居改造"]),
])
def test_expansions_of_formulations_seen_on_real_pages(text, slogan, items, script):
    a = summarylab.analyze(to_script(text, script))
    assert row(a.slogans, slogan)["expansion"] == items


@pytest.mark.parametrize("text, slogan", [
    ("“三项”整治有序推进。全年开展河道清障、违建拆除整治行动。", "三项整治"),   # two items for three
    ("着重解决“六大”思想障碍，效果明显。", "六大思想"),                       # nothing listed
    ("二、我们在第二个五年计划的第二年，完成了任务。", "二个五年计划"),       # an ordinal (第二个五年计划)
    ("人员、经费到位，三落实。", "三落实"),                                  # two items for three
    ("全年做到三个到位：宣传到位；措施落实。", "三个到位"),                    # two items for three
    ("历史分为两个时期：早期时期、晚期时期。", "两个时期"),                    # parts described, not named
    ("坚持三个到位：宣传、措施、经费都有保障。", "三个到位"),                  # items without the head
    ("保证了学习时间、学习内容和学习效果三个落实。", "三个落实"),              # what is done, counted
    ("全县作物分为三大类：粮食、油料、蔬菜。", "三大类"),                      # a one-character head: kinds
    ("全县发展两大片区：东片、西片。", "两大片区"),                            # two names after 大: too few to tell
])
def test_counts_without_their_items_or_after_an_ordinal_are_no_formulations(text, slogan):
    assert slogan not in set(summarylab.analyze(text).slogans.slogan)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("text, slogan, items", [
    # a quoted list parted by dashes, plus signs or one 和 right before the formulation
    ("构建“县—乡—村—组”四级联动体系，责任落实到人。", "四级联动体系", ["县", "乡", "村", "组"]),
    ("落实“早发现+快处置+严追责”三级管控机制。", "三级管控机制", ["早发现", "快处置", "严追责"]),
    ("坚决守住“耕地红线和生态红线”两条底线。", "两条底线", ["耕地红线", "生态红线"]),
    # an unquoted list before 项 and a programme's kind; a first item after a particle
    ("全年实施村道硬化、安全饮水、危房改造、电网升级四项工程。", "四项工程", ["村道硬化", "安全饮水", "危房改造", "电网升级"]),
    ("我们先后完成了一园新建、二园改建、三园扩容三项重点工程。", "三项重点工程", ["一园新建", "二园改建", "三园扩容"]),
    # two unquoted items joined by 和 before a quoted formulation of two; a programme's kind before 建设;
    # a quoted run before a formulation whose predicate opens with 协同
    ("全年守牢森林防火和道路安全“两条底线”。", "两条底线", ["森林防火", "道路安全"]),
    ("突出园区扩容、乡村宜居、治理有效、强村富民四项工程建设。", "四项工程", ["园区扩容", "乡村宜居", "治理有效", "强村富民"]),
    ("形成“甲链”“乙链”“丙链”三大产业协同发展的格局。", "三大产业", ["甲链", "乙链", "丙链"]),
    # parallel items parted by commas before 的 and a quoted formulation; items in brackets after a
    # formulation and the work of building it (建设); 和谐 is one word, not a join
    ("实施引进一批，升级一批，培育一批的“三批”计划。", "三批", ["引进一批", "升级一批", "培育一批"]),
    ("开展“三清两改一提升”（清理垃圾、清洁水体、清理粪污；改造厕所、改变习惯；提升村貌），确保落实。",
     "三清两改一提升", ["清理垃圾", "清洁水体", "清理粪污", "改造厕所", "改变习惯", "提升村貌"]),
    ("走出一条政策扶持、优质服务、机制保障、人才培养“四位一体”的发展之路。", "四位一体",
     ["政策扶持", "优质服务", "机制保障", "人才培养"]),
    ("打造三大高地建设（“绿水”宜居高地、“实干”服务高地、“数字”创新高地）。", "三大高地",
     ["绿水宜居高地", "实干服务高地", "数字创新高地"]),
    ("坚持“一个目标、三项重点、四大基础”（以增收和社会和谐稳定为目标；突出教育、医疗、养老三项重点；"
     "夯实道路、水利、电网、通信四大基础工程）。", "四大基础", ["道路", "水利", "电网", "通信"]),
])
def test_items_in_a_quoted_list_of_other_marks_or_before_xiang(text, slogan, items, script):
    a = summarylab.analyze(to_script(text, script))
    assert row(a.slogans, slogan)["expansion"] == items


@pytest.mark.parametrize("text", [
    "在“国家卫生城市”两级联创中，全年增长5%。",        # one quoted name is no list of two
    "完成甲村、乙村、丙村三项工程验收。",              # 工程验收: no programme's kind ends the phrase
])
def test_a_quoted_name_or_a_list_of_places_before_a_count_is_no_formulation(text):
    assert extract_slogans(text).query("kind == 'formulation'").empty


@pytest.mark.parametrize("text", [
    "全镇干部和群众牢记“两个务必”。",                  # a clause whose verb governs the formulation
    "各级政府及其工作人员要领悟“两个确立”的意义。",    # 及其: a pronoun opens no item
    "我们和群众一起践行“两山”理念。",
])
def test_a_clause_with_he_before_a_quoted_formulation_is_no_pair_of_items(text):
    assert all(not e for e in extract_slogans(text).expansion)


def test_a_quoted_phrase_led_by_a_date_is_no_formulation():
    df = extract_slogans("开展“家电欢乐购”“五月来花”等促消费活动，落实“四个结合”要求。")
    assert dict(zip(df.slogan, df.kind)) == {"家电欢乐购": "quoted", "五月来花": "quoted", "四个结合": "formulation"}


def test_no_expansion_before_when_the_formulation_is_itself_a_list_member():
    df = extract_slogans("以甲理论、乙思想、丙观点、三个代表重要思想为指导，坚持和落实两个毫不动摇。")
    assert row(df, "三个代表")["expansion"] == [] and row(df, "两个毫不动摇")["expansion"] == []


# ---------------------------------------------------------------- round 2: expansions
def expansion_of(text: str, slogan: str) -> list:
    return row(extract_slogans(text), slogan)["expansion"]


def test_expansion_after_a_head_noun_and_ji():
    text = "规范窗口服务，围绕“五个一”服务标准，即一张笑脸相迎、一声问候暖心、一杯热茶解渴、一张清单明白、一次办结到位。"
    assert expansion_of(text, "五个一") == ["一张笑脸相迎", "一声问候暖心", "一杯热茶解渴", "一张清单明白", "一次办结到位"]
    text = "堅持「三化」建設，即專業化、職業化、規範化。"
    assert expansion_of(summarylab.analyze(text).text, "三化") == ["专业化", "职业化", "规范化"]


def test_expansion_counts_every_numeral_of_a_compound_formulation():
    text = "局机关组织“三严三实”学习研讨，即严以修身、严以用权、严以律己，谋事要实、创业要实、做人要实。"
    assert expansion_of(text, "三严三实") == ["严以修身", "严以用权", "严以律己", "谋事要实", "创业要实", "做人要实"]
    text = "制定“三查三改”工作法：一查制度、二查设备、三查人员，改作风、改流程、改漏洞。"
    assert len(expansion_of(text, "三查三改")) == 6


def test_a_list_after_a_quoted_formulation_and_a_comma():
    # as many items as it says, parted by 、 to the sentence's end; each names the head 行动 (fresh499 kinds)
    text = "重点实施“三大行动”，精品打造行动、教育功能推进行动、融合发展推进行动。"
    assert expansion_of(text, "三大行动") == ["精品打造行动", "教育功能推进行动", "融合发展推进行动"]
    text = "全面实施“四大工程”，城乡供水一体化建设工程、农村污水治理提升工程、河湖生态修复工程、数字水利工程。"
    assert expansion_of(text, "四大工程") == ["城乡供水一体化建设工程", "农村污水治理提升工程", "河湖生态修复工程", "数字水利工程"]
    # a list of another count after the comma is no expansion
    text = "实施“三大行动”，推动农业、工业发展。"
    assert expansion_of(text, "三大行动") == []


def test_expansion_in_brackets_after_the_formulation():
    text = "脱贫村出列后继续执行“四个不摘”规定（摘帽不摘责任、摘帽不摘政策、摘帽不摘帮扶、摘帽不摘监管），防止返贫。"
    assert expansion_of(text, "四个不摘") == ["摘帽不摘责任", "摘帽不摘政策", "摘帽不摘帮扶", "摘帽不摘监管"]


def test_a_new_count_with_its_items_in_brackets_after_包括():
    # 新 before the numeral (“新三样”: the new three), its items in brackets after 包括 (a fresh485 kind)
    text = "今年全市“新三样”（包括电动汽车、储能电池、光伏组件）出口增长较快。"
    assert expansion_of(text, "新三样") == ["电动汽车", "储能电池", "光伏组件"]


def test_expansion_from_a_quoted_list_right_before():
    text = "实行“一个项目、一名领导、一套班子、一抓到底”的“四个一”推进机制。"
    assert expansion_of(text, "四个一") == ["一个项目", "一名领导", "一套班子", "一抓到底"]
    text = "按照「管行業必須管安全、管業務必須管安全、管生產經營必須管安全」的「三個必須」要求，簽訂責任書。"
    assert expansion_of(summarylab.analyze(text).text, "三个必须") == [
        "管行业必须管安全", "管业务必须管安全", "管生产经营必须管安全"]


def test_first_item_of_a_list_before_starts_after_the_verb_or_quote():
    text = "推行产业链招商、以商招商和驻点招商“三种模式”。"
    assert expansion_of(text, "三种模式") == ["产业链招商", "以商招商", "驻点招商"]
    text = "今年要打好河道清淤、危房改造、背街小巷整治三大攻坚战。"
    assert expansion_of(text, "三大攻坚战") == ["河道清淤", "危房改造", "背街小巷整治"]
    text = "重点推进“两廊一带”建设、沿江城市群协同发展、北部湾开放开发“三大战略”。"
    assert expansion_of(text, "三大战略") == ["两廊一带建设", "沿江城市群协同发展", "北部湾开放开发"]
    # no governing verb before the first: it is as long as the others, which end alike (a fresh494-498 kind)
    text = "着力增加工资性收入、经营性收入、财产性收入“三份收入”。"
    assert expansion_of(text, "三份收入") == ["工资性收入", "经营性收入", "财产性收入"]


def test_no_list_before_when_the_formulation_is_an_object_or_a_modified_member():
    text = "任何截留扶贫资金、私下搞“两本账”的行为都要严肃查处。"
    assert expansion_of(text, "两本账") == []
    text = "推进湖区面源污染整治、城区噪声整治和电镀“三废”处理。"
    assert expansion_of(text, "三废") == []


def test_words_quoted_after_said_are_a_quotation_not_a_slogan():
    text = "老支书常说：“干部多跑腿，群众少跑路就是最大的福气”，我们落实“马上就办”。有的群众说“办事真快”。"
    got = extract_slogans(text)["slogan"].tolist()
    assert got == ["马上就办"]


def test_quoted_titles_ending_in_wenti_are_not_slogans():
    text = "学习“关于山区水利建设的若干问题”和“试验田里的土壤问题”，推行“以工代赈”。"
    assert extract_slogans(text)["slogan"].tolist() == ["以工代赈"]


def test_words_quoted_after_suowei_are_scare_quotes_unless_defined_or_numbered():
    text = ("对所谓“关系户”一律不开绿灯，批驳所谓的「绝对自由」，落实“限时办结制”。"
            "所谓“最多跑一次”，就是群众办事一次办成。揭批所谓“两个估计”。"
            "反对所谓“甲方案”、“乙方案”或“丙方案”，推行“容缺受理”、“帮办代办”。")
    got = extract_slogans(text)["slogan"].tolist()
    assert got == ["限时办结制", "最多跑一次", "两个估计", "容缺受理", "帮办代办"]


def test_expansion_listed_before_and_taken_up_with_zhe():
    text = "窗口人员做到不推诿、不拖延、不刁难，这“三个不”已成为大家的准则。"
    assert expansion_of(text, "三个不") == ["不推诿", "不拖延", "不刁难"]
    text = "我们开会、讨论、表决，这“两个坚持”贯穿始终。"  # three items for two: not its list
    assert expansion_of(text, "两个坚持") == []


def test_expansion_after_shizhi():
    text = "突出“两个重点”。“两个重点”是指产业发展和城镇建设。"
    assert expansion_of(text, "两个重点") == ["产业发展", "城镇建设"]
    text = "“三个代表”是指导我们工作的根本方针，甲、乙、丙都要抓。"
    assert expansion_of(text, "三个代表") == []


def test_unquoted_repeat_of_a_formulation_first_written_with_nested_quotes():
    text = "实施“‘三个一’工程”，每名干部联系一个村、结对一户困难群众、办好一件实事。年底推动三个一工程常态化。"
    df = extract_slogans(text)
    assert row(df, "三个一工程")["count"] == 2
    assert row(df, "三个一")["count"] == 1


def test_enumerated_item_is_cut_after_the_head_noun_of_the_formulation():
    text = ("推进“三大提升”：一是人居环境提升，拆除违建一千平方米；二是基础设施提升，新建道路；"
            "三是产业质量提升，新发展特色基地。")
    assert expansion_of(text, "三大提升") == ["人居环境提升", "基础设施提升", "产业质量提升"]


# ---------------------------------------------------------------- round 3: enumerations spread over sentences
ENUMERATED = {  # id: (text, formulation, expansion); traditional texts go through analyze first
    "yishi-next-sentences": (
        "今年全区坚决打好三大攻坚战。一是打好防范化解重大风险攻坚战，政府隐性债务稳步化解。"
        "二是打好精准脱贫攻坚战，建档立卡户全部脱贫。三是打好污染防治攻坚战，河湖水质持续好转。",
        "三大攻坚战", ["防范化解重大风险攻坚战", "精准脱贫攻坚战", "污染防治攻坚战"]),
    "diyi-paragraphs-after-the-rest-of-the-sentence": (
        "镇党委扎实推进“三项改革”，各项任务按期完成。\n"
        "第一，深化农村集体产权制度改革，清产核资全面完成，股份经济合作社挂牌运行。\n"
        "第二，推进乡镇综合执法改革，组建综合执法队，执法力量下沉一线。\n"
        "第三，推进“一窗受理”改革，群众办事平均时限压缩一半。\n"
        "全年共接待群众来访四百余人次。\n",
        "三项改革", ["农村集体产权制度改革", "乡镇综合执法改革", "一窗受理改革"]),
    "shouxian-qici": (
        "局班子始终抓住“两个关键”。首先是抓班子带队伍，坚持每周例会制度。"
        "其次是抓制度促规范，修订完善内控制度十二项。",
        "两个关键", ["抓班子带队伍", "抓制度促规范"]),
    "shouxian-qici-zuihou": (
        "窗口工作做到“三个到位”。首先，思想认识到位，全员签订服务承诺书。其次，岗位责任到位，"
        "实行一岗一责。最后，督促检查到位，每月通报办件情况。",
        "三个到位", ["思想认识到位", "岗位责任到位", "督促检查到位"]),
    "colon-and-line-break": (
        "围绕“三个提升”，重点抓了以下工作：\n一是服务效能提升。窗口办件全部实行限时办结。\n"
        "二是干部素质提升。分批组织业务轮训。\n三是群众满意度提升。回访满意率逐季上升。\n",
        "三个提升", ["服务效能提升", "干部素质提升", "群众满意度提升"]),
    "markers-after-pause-marks": (
        "落实“三个坚持”，即一是坚持民主决策、二是坚持依法办事、三是坚持公开透明。",
        "三个坚持", ["坚持民主决策", "坚持依法办事", "坚持公开透明"]),
    "traditional-yishi": (
        "本局堅決打好「三大攻堅戰」。一是打好防範化解重大風險攻堅戰，債務風險總體可控。"
        "二是打好精準脫貧攻堅戰，幫扶責任全面落實。三是打好污染防治攻堅戰，空氣質量持續改善。",
        "三大攻坚战", ["防范化解重大风险攻坚战", "精准脱贫攻坚战", "污染防治攻坚战"]),
    "traditional-shouxian-qici-zuihou": (
        "窗口工作做到「三個到位」。首先，思想認識到位，全員簽訂服務承諾書。其次，崗位責任到位，"
        "實行一崗一責。最後，督促檢查到位，每月通報辦件情況。",
        "三个到位", ["思想认识到位", "岗位责任到位", "督促检查到位"]),
    "traditional-diyi": (
        "全鎮紮實推進「兩項工程」。第一，實施道路硬化工程，新修村道十公里。第二，實施飲水安全工程，新建水廠一座。",
        "两项工程", ["道路硬化工程", "饮水安全工程"]),
    "traditional-colon-list": (
        "打好「三大攻堅戰」：防範化解重大風險、精準脫貧、污染防治。",
        "三大攻坚战", ["防范化解重大风险", "精准脱贫", "污染防治"]),
    "dash-list": (
        "全力打造“四型机关”——学习型机关、服务型机关、创新型机关、廉洁型机关。",
        "四型机关", ["学习型机关", "服务型机关", "创新型机关", "廉洁型机关"]),
    "paragraphs-with-their-own-yishi": (   # an item's own 一是…二是… inside its paragraph (a fresh319 kind)
        "我们始终坚持做到“三个到位”。\n一是认识到位。学校高度重视，成立专门领导小组。\n"
        "二是制度到位。我们采取多项措施，一是建立车辆台账，二是建立驾驶员档案。\n"
        "三是教育到位。学校坚持每周开展乘车安全教育。\n",
        "三个到位", ["认识到位", "制度到位", "教育到位"]),
    "paragraphs-opening-with-the-head": (   # no marks: each paragraph opens with its item (a fresh320 kind)
        "某镇以“三到位”抓好广播电视户户通建设。\n组织领导到位。成立以镇长为组长的领导小组。\n"
        "宣传动员到位。召开村组干部会议，把政策讲到每户。\n技术培训到位。对各村负责人开展安装培训。\n",
        "三到位", ["组织领导到位", "宣传动员到位", "技术培训到位"]),
    "traditional-dash-list": (
        "全力打造「四型機關」——學習型機關、服務型機關、創新型機關、廉潔型機關。",
        "四型机关", ["学习型机关", "服务型机关", "创新型机关", "廉洁型机关"]),
}


@pytest.mark.parametrize("case", list(ENUMERATED))
def test_expansion_enumerated_in_the_next_sentences(case):
    text, slogan, expected = ENUMERATED[case]
    assert expansion_of(text, slogan) == expected
    if case.startswith("traditional"):
        assert expansion_of(summarylab.analyze(text).text, slogan) == expected


@pytest.mark.parametrize("case", ["paragraphs-with-their-own-yishi", "paragraphs-opening-with-the-head"])
def test_enumerations_of_paragraphs_in_traditional_script(case):
    text, slogan, expected = ENUMERATED[case]
    traditional = to_script(text, "traditional")
    assert expansion_of(traditional, slogan) == expected
    assert expansion_of(summarylab.analyze(traditional).text, slogan) == expected


def test_a_second_enumeration_of_paragraphs_does_not_finish_the_first():
    # two items, then a new enumeration in paragraphs: its 三是 is not the first one's third item
    text = ("做到“三个到位”。\n一是认识到位。\n二是制度到位。\n今年还有两项安排：\n一是修路。\n二是建桥。\n三是植树。\n")
    assert expansion_of(text, "三个到位") == []


def test_paragraphs_opening_with_the_head_count_only_when_all_do():
    text = "某镇以“三到位”抓好建设。\n组织领导到位。成立领导小组。\n宣传动员到位。召开会议。\n其他工作也有进展。\n"
    assert expansion_of(text, "三到位") == []


def test_enumeration_is_not_taken_when_its_count_differs_from_the_numeral():
    text = ("全面落实“三个确保”。一是确保工程质量，严把材料关。二是确保施工安全，开展隐患排查。"
            "三是确保按期完工，倒排工期。四是确保资金安全，实行专户管理。")
    assert expansion_of(text, "三个确保") == []
    text = "力争实现“三个突破”。一是招商引资取得突破，签约项目十二个。二是项目建设取得突破，新开工八个。"
    assert expansion_of(text, "三个突破") == []
    text = "做到“两个坚持”，即一是坚持标准，二是坚持程序，三是坚持公开。"
    assert expansion_of(text, "两个坚持") == []


def test_enumeration_not_right_after_the_formulation_is_not_its_expansion():
    text = ("全县实施“两大工程”。全年共投入资金二亿元，较上年有较大幅度增长，各乡镇均按时完成了年度任务。"
            "一是道路硬化，二是危房改造。")
    assert expansion_of(text, "两大工程") == []
    text = "统一思想，抓好“两个统筹”，统一是前提。二是要看到成绩。"
    assert expansion_of(text, "两个统筹") == []
    text = "为落实“两个统筹”，局里主要采取了以下措施：一是完善考核制度。二是强化日常督查。"
    assert expansion_of(text, "两个统筹") == []  # past the rest of the sentence: the measures' list


# ---------------------------------------------------------------- round 3: titles of honour and idioms
def test_titles_of_honour_awarded_are_names_not_slogans():
    text = ("张华同志荣获“优秀共产党员”称号，全镇评选出“五好家庭”三十户。"
            "局机关被评为“全国文明单位”，窗口荣获“青年文明号”、“巾帼文明岗”等称号，"
            "科室获得“服务标兵”、“岗位能手”荣誉称号，举办“清风杯”廉政知识竞赛。"
            "下一步以创建“国家卫生城市”为目标，推行“首问责任制”，开展“爱岗敬业”演讲比赛。")
    assert extract_slogans(text)["slogan"].tolist() == ["国家卫生城市", "首问责任制", "爱岗敬业"]
    named = extract_slogans(text, names=True)
    assert set(named.loc[named["kind"] == "name", "slogan"]) == {
        "优秀共产党员", "五好家庭", "全国文明单位", "青年文明号", "巾帼文明岗", "服务标兵", "岗位能手", "清风杯"}


def test_a_campaign_or_contest_named_by_a_title_stays_a_slogan():
    text = ("团委开展“十佳青年”评选活动。系统内开展“为民务实好干部”活动，"
            "我局局长被市局评为“为民务实好干部”荣誉称号。")
    df = extract_slogans(text)
    assert df["slogan"].tolist() == ["十佳青年", "为民务实好干部"]
    assert row(df, "为民务实好干部")["count"] == 1  # where it is awarded it is a title


def test_titles_of_honour_in_traditional_script():
    text = "張華同志榮獲「優秀共產黨員」稱號，村裡評選出「五好家庭」十戶，被評為「全國文明單位」，推行「首問責任制」。"
    assert extract_slogans(text)["slogan"].tolist() == ["首问责任制"]
    assert summarylab.analyze(text).slogans["slogan"].tolist() == ["首问责任制"]


def test_numeral_idioms_are_quoted_slogans_not_formulations():
    text = ("落实“一把手”负责制，形成一把手亲自抓的格局；政策执行不搞“一刀切”，防止一刀切；"
            "发挥财政资金“四两拨千斤”的撬动作用，落实“一个中心”任务，一个中心不动摇。")
    df = extract_slogans(text)
    for idiom in ("一把手", "一刀切", "四两拨千斤"):
        r = row(df, idiom)
        assert r["kind"] == "quoted" and r["count"] == 1, r
    assert row(df, "一个中心")["kind"] == "formulation" and row(df, "一个中心")["count"] == 2
    df = extract_slogans("實行「一把手」負責制，不搞「一刀切」。")
    assert set(df["kind"]) == {"quoted"} and df["slogan"].tolist() == ["一把手", "一刀切"]


def test_name_words_and_idioms_are_read_from_the_data_files(tmp_path, monkeypatch):
    from summarylab import slogans

    text = "召开“清风茶话会”，推行“一锅端”，落实“首问责任制”。"
    assert extract_slogans(text)["slogan"].tolist() == ["清风茶话会", "一锅端", "首问责任制"]
    names, idioms = tmp_path / "names.txt", tmp_path / "idioms.txt"
    names.write_text("# a test list\n[end]\n茶话会\n[after]\n称号\n", encoding="utf-8")
    idioms.write_text("一锅端  # an idiom\n", encoding="utf-8")
    monkeypatch.setattr(slogans, "NAME_WORDS", names)
    monkeypatch.setattr(slogans, "IDIOMS", idioms)
    slogans._name_patterns.cache_clear()
    slogans._idiom.cache_clear()
    try:
        df = extract_slogans(text)
        assert df["slogan"].tolist() == ["一锅端", "首问责任制"]
        assert row(df, "一锅端")["kind"] == "quoted"
    finally:  # read the shipped files again once monkeypatch restores their paths
        slogans._name_patterns.cache_clear()
        slogans._idiom.cache_clear()


def _many_formulations(n: int) -> str:
    """``n`` sentences, each with a different quoted numbered formulation repeated unquoted."""
    digits = "一二三四五六七八九"
    words = "坚持推进落实强化深化保障服务发展创新协调绿色开放共享"
    out = []
    for i in range(n):
        name = digits[i % 9] + "个" + words[i % 13] + words[(i // 13) % 13] + words[(i // 169) % 13]
        out.append(f"全面落实“{name}”要求，把{name}贯穿始终。")
    return "".join(out)


def test_unquoted_repeats_take_linear_time_in_the_number_of_formulations():
    """Each formulation's unquoted repeats are found in one pass over the text for all of
    them (one text.find per formulation grew with the square of the input: 10.7x from
    4,000 to 16,000 sentences, against 4.5x now). Ratio of the best of 3 timings on 4n
    and n sentences in CPU time: 4x expected, 16x for a quadratic step (tests/linear.py)."""
    from linear import assert_linear
    df = extract_slogans(_many_formulations(300))
    assert len(df) == 300 and (df["count"] == 2).all()   # each found quoted and once unquoted
    assert_linear(extract_slogans, _many_formulations, 4000)


# formulations that follow their quoted items (“甲”“乙”两大攻坚战), in both scripts
#: A compound's items listed soon after it, each ending in its part's word (a fresh427 kind).
def test_compound_items_after_it_end_in_its_words():
    a = summarylab.analyze("基地按照“两库两室一平台”布局建设装备库、储存库、值班室、休息室、发射平台，年内完工。")
    rows = a.slogans[a.slogans.slogan == "两库两室一平台"]
    assert list(rows.iloc[0]["expansion"]) == ["装备库", "储存库", "值班室", "休息室", "发射平台"]
    b = summarylab.analyze("推进“五通一平”建设，完成道路、水、电施工。")   # items that do not end in its words
    assert list(b.slogans[b.slogans.slogan == "五通一平"].iloc[0]["expansion"]) == []


LISTED_BEFORE = [
    # items in straight quotes before the formulation, 中 after its noun (围绕"…"五大专项行动中: a fresh452 kind)
    ('全县围绕"清朗、护苗、净网、固边"四大专项行动中开展执法检查。', "四大专项行动", ["清朗", "护苗", "净网", "固边"]),
    # what is done to each quoted item, after them (以“甲、乙、丙”三统一为主: a fresh413 kind)
    ("全县以“防治时期、用药品种、施药技术”三统一为主，推进统防统治。", "三统一", ["防治时期", "用药品种", "施药技术"]),
    # a quoted numeral and one character, its items listed earlier in the sentence, each ending in it
    ("全县分别设置试验田、示范田、对照田，实行“三田”配套。", "三田", ["试验田", "示范田", "对照田"]),
    # a bracket that names the list before it (以下统称“…”: a fresh424 kind)
    ("岗位优先安排脱贫户、低保户、特困户、残疾户、边缘户（以下统称“五类人员”），人岗匹配。", "五类人员",
     ["脱贫户", "低保户", "特困户", "残疾户", "边缘户"]),
    ("岗位安排有劳动能力、热心公益的脱贫户、低保户、残疾户（以下统称“三类人员”），人岗匹配。", "三类人员",
     ["脱贫户", "低保户", "残疾户"]),
    # a formulation after its items, then the work it heads or the base it builds on (a fresh423 kind)
    ("中心围绕课程优化、师资建设、家园协同、安全运营四大主线开展工作。", "四大主线", ["课程优化", "师资建设", "家园协同", "安全运营"]),
    ("在运动、语言、认知、艺术、社会五大领域基础上，新增情绪管理模块。", "五大领域", ["运动", "语言", "认知", "艺术", "社会"]),
    # cards to play after their items, quoted one after another or parted by 、 (a fresh392 kind)
    ("全县打好“园区升级”“品牌培育”“人才引进”三张牌，工业提速。", "三张牌", ["园区升级", "品牌培育", "人才引进"]),
    ("着力打好生态保护、文化旅游、特色农业、城乡融合四张牌，推动发展。", "四张牌", ["生态保护", "文化旅游", "特色农业", "城乡融合"]),
    # things made one after their list (甲、乙、丙“三合一”), and items keyed by one character run together
    # before it (爱党爱国爱社会主义“三爱”) (fresh345-350 kinds)
    ("合作社实现组织领导、经营管理、利益分配“三合一”，运行规范。", "三合一", ["组织领导", "经营管理", "利益分配"]),
    ("学校开展爱党爱国爱社会主义“三爱”教育，覆盖学生3000人。", "三爱", ["爱党", "爱国", "爱社会主义"]),
    # battles after their quoted items; a programme's long name after items ending in 等
    ("全年打好了“保供、抗旱、治污”三场硬仗，成效明显。", "三场硬仗", ["保供", "抗旱", "治污"]),
    ("开展产业、环境、安全、民生等四大质量提升行动，成效明显。", "四大质量提升行动", ["产业", "环境", "安全", "民生"]),
    ("全市以“城乡供水提标”“清洁河道”两大攻坚战为抓手，推进治水。", "两大攻坚战", ["城乡供水提标", "清洁河道"]),
    ("围绕“产业兴区、生态立区”两大实施计划的部署，扎实工作。", "两大实施计划", ["产业兴区", "生态立区"]),
    ("开展“送技术”、“送政策”和“送岗位”三项服务，企业满意。", "三项服务", ["送技术", "送政策", "送岗位"]),
    # only the count quoted, its head noun after the quote (a fresh276 kind)
    ("大力推进信息化、执法规范化、警民关系“三项”建设，成效明显。", "三项建设", ["信息化", "执法规范化", "警民关系"]),
    # items parted by commas, each opening with the formulation's word; two items joined by 和 before
    # 两大 (fresh281-285 kinds)
    ("强化组织领导，强化人员管控，强化线索摸排，强化宣传教育“四个强化”，推动工作落实。", "四个强化",
     ["强化组织领导", "强化人员管控", "强化线索摸排", "强化宣传教育"]),
    ("开展节能宣传周和低碳日两大活动，营造良好氛围。", "两大活动", ["节能宣传周", "低碳日"]),
    ("全面推广以改品种、改密度、改土壤为主的“三改”技术。", "三改", ["改品种", "改密度", "改土壤"]),
    ("坚持“和平友好、平等互利、长期稳定”三项原则。", "三项原则", ["和平友好", "平等互利", "长期稳定"]),
    # unquoted items right before 大/重: the list is the expansion
    ("我们顶住市场疲软、成本上涨、订单减少三重压力，工业稳中有进。", "三重压力", ["市场疲软", "成本上涨", "订单减少"]),
    ("全力推进招商引资、项目建设、城市更新三大任务。", "三大任务", ["招商引资", "项目建设", "城市更新"]),
    # unquoted items right before 个 and a programme's kind (平台, 中心 …), after its governing verb
    ("搭建小额贷款、融资担保、科技创新三个金融服务平台，扶持企业发展。", "三个金融服务平台", ["小额贷款", "融资担保", "科技创新"]),
    # … and a formulation followed by its 建设 (a fresh132 kind)
    ("围绕监测预报、灾害预防、应急救援三大工作体系建设，扎实推进各项工作。", "三大工作体系",
     ["监测预报", "灾害预防", "应急救援"]),
    # … and 项 before 重点 and its work (a fresh122 kind)
    ("全年扎实推进矛盾纠纷化解、基层治理创新、执法规范建设三项重点工作，成效明显。", "三项重点工作",
     ["矛盾纠纷化解", "基层治理创新", "执法规范建设"]),
    # an abbreviated formulation (numeral + one character) right after its quoted items
    ("全面实施“工业化、城镇化、生态化”三化战略。", "三化", ["工业化", "城镇化", "生态化"]),
    ("推动“产业、生态”两翼齐飞。", "两翼", ["产业", "生态"]),
    # a head noun whose predicate follows at once (…四大主导产业进一步壮大)
    ("“稻、茶、果、菌”四大主导产业进一步壮大。", "四大主导产业", ["稻", "茶", "果", "菌"]),
    # items ending in 等, the last joined by 及, before a head noun whose predicate follows
    ("全乡形成了茶叶种植、生猪养殖、蔬菜种植及乡村旅游等四大支柱产业进一步壮大。", "四大支柱产业",
     ["茶叶种植", "生猪养殖", "蔬菜种植", "乡村旅游"]),
    # … and quoted items before 体系 with its 建设 or a predicate (一起抓) after (fresh255 kinds)
    ("立足“监测预报、灾害防御和应急救援”三大体系建设，扎实工作。", "三大体系", ["监测预报", "灾害防御", "应急救援"]),
    ("坚持“预、防、救”三大体系一起抓。", "三大体系", ["预", "防", "救"]),
    # … and 个 before where work bears on, 件 before 实事 (fresh248 kinds)
    ("聚焦队伍建设、监管安全、教育矫治三个着力点，推进工作。", "三个着力点", ["队伍建设", "监管安全", "教育矫治"]),
    ("全年办好城乡供水、道路硬化、垃圾清运三件实事。", "三件实事", ["城乡供水", "道路硬化", "垃圾清运"]),
    # items in brackets right before 大 or 项
    ("全面实施（工业、商贸、旅游）三大兴县工程。", "三大兴县工程", ["工业", "商贸", "旅游"]),
    ("着力提升（社区治理、养老服务、就业帮扶、安全稳定）四项工作，成效明显。", "四项工作",
     ["社区治理", "养老服务", "就业帮扶", "安全稳定"]),
    # a compound whose parts share a numeral, its items listed before it unquoted
    ("建成食品、纺织、建材“三园三集群”的产业格局。", "三园三集群", ["食品", "纺织", "建材"]),
    # 个 and a head naming aims (重点, 目标, 任务), after its quoted or unquoted items
    ("全年突出“项目攻坚、产业升级、民生改善”三个重点，成效明显。", "三个重点", ["项目攻坚", "产业升级", "民生改善"]),
    ("完成经济增长、财政增收、农民增收三个目标。", "三个目标", ["经济增长", "财政增收", "农民增收"]),
    # a compound of several numerals takes as many items as they add up to, here in brackets
    ("新区已实现（通水、通电、通路、通气、场地平整）“四通一平”，入驻企业增多。", "四通一平",
     ["通水", "通电", "通路", "通气", "场地平整"]),
    # kinds of fresh86-89: a head with a qualifier (世界级); what the list is said to be between
    # it and the formulation (为重点的, 成为…的); quoted items parted by commas
    ("加快培育电子信息、新能源汽车及零部件、生物医药三大世界级产业集群。", "三大世界级产业集群",
     ["电子信息", "新能源汽车及零部件", "生物医药"]),
    ("全面实施以道路硬化、村庄亮化、环境美化为主要内容的三大工程，村容明显改观。", "三大工程",
     ["道路硬化", "村庄亮化", "环境美化"]),
    ("制造、物流、文旅成为带动全县税收增长的“三驾马车”。", "三驾马车", ["制造", "物流", "文旅"]),
    ("实施“修复山林的生态工程，改造道路的民生工程，结对帮扶的民心工程”三大工程。", "三大工程",
     ["修复山林的生态工程", "改造道路的民生工程", "结对帮扶的民心工程"]),    # N位一体 (a formulation of the lexicon) after its quoted items
    ("着力推进“乐业某街”、“乐居某街”、“乐活某街”、“乐享某街”四位一体协同发展。", "四位一体",
     ["乐业某街", "乐居某街", "乐活某街", "乐享某街"]),
    # a guideline named by its count of characters, its words quoted before it (a fresh304 kind);
    # items before a role with a field between (以“甲、乙、丙”为特点的某某“三个一工程”, a fresh300 kind)
    ("全局坚持“依法审计，客观公正，服务大局，推动整改”的十六字方针。", "十六字方针", ["依法审计", "客观公正", "服务大局", "推动整改"]),
    ("以“一区、一村、一带”为特点的奶业发展“三个一工程”取得进展。", "三个一工程", ["一区", "一村", "一带"]),
    # items in brackets after the formulation, a line wrapped inside them (a fresh302 kind)
    ("确保实现“四消灭一控制”（消灭死亡事\n故、消灭重伤事故、消灭火灾事故、消灭交通事故，控制轻伤事故的发生\n率）。", "四消灭一控制",
     ["消灭死亡事故", "消灭重伤事故", "消灭火灾事故", "消灭交通事故", "控制轻伤事故的发生率"]),
    # a topic before the count of its parts, its items listed before with 这 (a fresh298 kind)
    ("日常坚持做到勤洗手、戴口罩、常通风、一米线这“防疫四件套”，不放松。", "防疫四件套",
     ["勤洗手", "戴口罩", "常通风", "一米线"]),
    # essays and guidelines counted by 篇 or by characters after their items (a fresh355 kind): the
    # name keeps its noun (四字文章, not 四字)
    ("本站着力做好“早、细、严、快”四字文章，防汛无一失。", "四字文章", ["早", "细", "严", "快"]),
    ("我县用心做好“茶、竹、游”三篇文章，带动增收。", "三篇文章", ["茶", "竹", "游"]),
    ("全镇围绕种植、加工、销售三篇文章发力，收入增加。", "三篇文章", ["种植", "加工", "销售"]),
    ("队伍坚持“稳、准、实”三字要求，抓好整改。", "三字要求", ["稳", "准", "实"]),
    # a numeral and a verb of two characters after its quoted items (a fresh357 kind): the name keeps the word
    ("县里推动“资金、设备、专家、药品”四下沉，基层受益。", "四下沉", ["资金", "设备", "专家", "药品"]),
    ("做到“人员、经费、场地、制度”四到位，运行良好。", "四到位", ["人员", "经费", "场地", "制度"]),
    ("抓好元旦、春节“两节”食品市场检查，未发现问题。", "两节", ["元旦", "春节"]),   # (节食 is a word, 食品 goes on)
    ("紧盯大田作物、设施农业、畜禽养殖三大重点，做好防范。", "三大重点", ["大田作物", "设施农业", "畜禽养殖"]),   # (fresh369)
    # a quoted formulation after items longer than an unquoted list's (a fresh359 kind)
    ("确权做到地块界址实地指认、承包地四至边界测绘登记、证书发放“三到户”，群众满意。", "三到户",
     ["地块界址实地指认", "承包地四至边界测绘登记", "证书发放"]),
]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("text, slogan, items", LISTED_BEFORE)
def test_formulation_after_its_quoted_items(text, slogan, items, script):
    a = summarylab.analyze(to_script(text, script))
    rows = a.slogans[a.slogans.slogan == slogan]
    assert len(rows) == 1 and rows.iloc[0]["kind"] == "formulation"
    assert list(rows.iloc[0]["expansion"]) == items


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("text, slogan, items", [
    ("全年新能源汽车呈现产销规模、出口数量“双提升”。", "双提升", ["产销规模", "出口数量"]),   # (a fresh395 kind)
    ("全市实现营业收入和利润总额“双增长”，势头良好。", "双增长", ["营业收入", "利润总额"]),
    ("全面落实“双减”政策，学生负担明显减轻。", "双减", []),          # nothing listed before it
    ("认真落实党中央、国务院关于“双减”工作的部署。", "双减", []),   # a name: its parts are not the words before
    ("成立由县委书记、县长任“双组长”的领导小组。", "双组长", []),
])
def test_a_quoted_pair_takes_the_two_items_before_it(text, slogan, items, script):
    a = summarylab.analyze(to_script(text, script))
    rows = a.slogans[a.slogans.slogan == slogan]
    assert len(rows) == 1 and rows.iloc[0]["kind"] == "quoted"   # a quoted slogan (GUIDELINES: 双结双建)
    assert list(rows.iloc[0]["expansion"]) == items


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("text, slogan", [
    ("1、街道先后多次组织召开了“两委”会议，研究工作。", "两委"),   # a heading's number before the object of a verb
])
def test_no_items_from_a_marker_or_a_verb_before(text, slogan, script):
    a = summarylab.analyze(to_script(text, script))
    rows = a.slogans[a.slogans.slogan == slogan]
    assert len(rows) == 1 and list(rows.iloc[0]["expansion"]) == []


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_compound_of_one_takes_no_items_from_before(script):
    a = summarylab.analyze(to_script("举办了丝路论坛、第三届“一带一路”高峰论坛。", script))
    row = a.slogans[a.slogans.slogan == "一带一路"].iloc[0]
    assert list(row["expansion"]) == []


@pytest.mark.parametrize("text", [
    "建成“张家”“李家”两个村的文化广场。",      # a count of places after names
    "“东区”“西区”两个村庄完成改造。",            # an ordinary head noun
    "“东区”“西区”“北区”两大片区完成改造。",      # more quoted items than the count
    "东区、西区、北区两大片区完成改造。",          # unquoted, more items than the count
    "对（城关、新集、马店）三个乡镇开展督查。",      # bracketed places counted by 个
    "东区、西区两大城市完成改造。",                # unquoted, an ordinary head noun
    "甲镇、乙镇、丙镇三个乡镇完成验收。",          # unquoted before 个: a count of places
    "全年完成第一、二、三大项工程。",              # ordinals, not items
    "建成“东区”“西区”两地广场。",                 # a count of places after names
    "实施“双招双引”三年行动。",                    # a duration after a slogan
])
def test_counts_after_quoted_names_are_not_formulations(text):
    a = summarylab.analyze(text)
    assert (a.slogans["kind"] == "formulation").sum() == 0


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("text, items", [
    ("落实八字要求：“严管、厚爱、激励、约束”，全年成效明显。", ["严管", "厚爱", "激励", "约束"]),
    ("贯彻十二字方针，即“预防为主，防治结合，综合治理”。", ["预防为主", "防治结合", "综合治理"]),
    ("坚持十六字方针不动摇。", []),                                     # no words given: none made up
    ("坚持“预防为主，综合治理”的十六字方针。", []),                     # eight characters quoted: not its words
])
def test_a_guideline_named_by_its_characters_takes_the_quoted_words_that_add_up(text, items, script):
    a = summarylab.analyze(to_script(text, script))
    rows = a.slogans[a.slogans.kind == "formulation"]
    assert len(rows) == 1 and list(rows.iloc[0]["expansion"]) == items   # (expansions are simplified)
    row = rows.iloc[0]
    assert a.text[row["start"]:row["end"]] == row["slogan"]   # offsets: the name in the analysed text
