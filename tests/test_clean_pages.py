"""What real web pages put into a report, by kind: each kind goes, is reported with its
label, and leaves the report and its offsets whole. Sentences are written for these tests."""
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarylab import analyze
from summarylab.cleaning import _syllable_count, clean
from summarylab.normalisation import to_script
from summarylab.titles import title_of

from linear import assert_linear

BODY = ("一、工作开展情况\n"
        "今年以来，全镇共办理群众来信218件，办结率达96.5%。\n"
        "（一）夯实基层基础\n"
        "新建村级服务中心12个，培训网格员340人次。\n"
        "二、下一步打算\n"
        "继续抓好矛盾纠纷排查化解。")


def labels(findings):
    return [f.detail.split(":")[0] for f in findings]


def removals(a):
    """(label, removed text as shown) of an Analysis."""
    q = a.quality[a.quality.kind == "boilerplate_removed"]
    return [tuple(d.split(": ", 1)) for d in q.detail]


def assert_offsets_exact(a, original):
    """Every kept character of a.text maps back to the same character of the input
    (script conversion aside, which the callers avoid by writing simplified text)."""
    for i, ch in enumerate(a.text):
        s, e = a.offsets.span(i, i + 1)
        assert original[s:e] == ch, (i, ch, original[s:e])


# --------------------------------------------------------------------------- pinyin glosses

def test_a_long_run_of_one_letter_cleans_in_linear_time():
    """The pinyin-text test tries a run of letters from its first letter only (tried from each
    letter, a file of one letter repeated took quadratic time: ten minutes for 200,000)."""
    assert_linear(clean, lambda n: "x" * n, 4000)


def test_a_line_of_phrases_joined_by_underscores_is_read_in_linear_time():
    """A spam line of phrases joined by underscores that fails at its end (a mark after the last
    phrase) once made the keyword-title pattern split every phrase every way: eight times the
    cost per phrase, a page of fresh499 never finished. Each line pattern alone, on 3 and 12
    phrases (within the 160 characters a footer line may hold)."""
    from summarylab.cleaning import load_patterns
    anchored = [p.regex for p in load_patterns() if p.anchored]

    def match_all(line):
        return [r.match(line) for r in anchored]
    assert_linear(match_all, lambda n: "_".join(["某某精品系列视频网"] * n) + "，再见", 3)


@pytest.mark.parametrize("dirty, wanted", [
    # tone marks, half- and full-width brackets, simplified and traditional
    ("全县实(shí)现(xiàn)地区生产总值86.4亿元", "全县实现地区生产总值86.4亿元"),
    ("全縣實(shí)現(xiàn)地區生產總值86.4億元", "全县实现地区生产总值86.4亿元"),
    ("新建50所学（xué）校", "新建50所学校"),
    ("新建50所學（xué）校", "新建50所学校"),
    # no tone marks, one syllable, and glosses in a row
    ("年末常住人口12656.8萬(wan)人", "年末常住人口12656.8万人"),
    ("失业率下降0.16个(ge)(ge)百分(fen)点", "失业率下降0.16个百分点"),
    # a word glossed at once, a gloss with spaces, tone letters in capitals at a name
    ("推动高质量发展(fāzhǎn)", "推动高质量发展"),
    ("完成造林( lín )3200亩", "完成造林3200亩"),
    ("中(Zhōng)国", "中国"),
    ("城镇化率提高(ti2)到68%", "城镇化率提高到68%"),  # a tone written as a digit
    # a punctuation mark glossed by itself on a glossed page
    ("目(mù)前(qián)来看，（，）增长较快", "目前来看，增长较快"),
])
def test_pinyin_glosses_go_before_words_are_read(dirty, wanted):
    a = analyze(dirty)
    assert a.text == wanted
    assert {label for label, _ in removals(a)} == {"pinyin_gloss"}
    for i in range(len(a.text)):
        s, e = a.offsets.span(i, i + 1)
        assert not re.search(r"[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ(（]", dirty[s:e])  # kept text maps to kept text


@pytest.mark.parametrize("text", [
    "地区生产总值（GDP）增长6.2%",
    "细颗粒物(PM2.5)平均浓度下降8%",
    "二氧化硫（SO2）排放量减少",
    "《村规民约（试行）》印发实施",
    "外籍专家王大卫(David Wang)来访",
    "对口合作城市杭州(Hangzhou)",
    "见附件(a)和附件(e)",           # list markers that are also syllables
    "时间（min）\n面积（ha）",         # unit headers
    "上线政务服务（App）12项",
    "手机端(wap)访问量上升",
    "發展（Development）論壇",
    "新增5G(5G)基站120个，型号(A3)，变量(e1)",
])
def test_latin_text_in_brackets_stays(text):
    a = analyze(text)
    assert "pinyin_gloss" not in [label for label, _ in removals(a)]
    assert re.sub(r"[（(][^）)]*[）)]", "", a.text) != a.text  # the brackets are still there


def test_a_gloss_fixes_value_unit_and_subject():
    a = analyze("年末常住人口12656.8萬(wan)人。失业率下降0.16个(ge)(ge)百分(fen)点。新建改建50所学（xué）校。")
    rows = a.indicators.set_index("quote")
    assert rows.loc["12656.8万人", "value"] == pytest.approx(126_568_000)
    assert rows.filter(like="0.16", axis=0).iloc[0]["unit"] == "百分点"
    assert rows.loc["50所", "subject"] == "学校"
    for r in a.indicators.itertuples():  # original spans start and end on what was written
        s, e = a.offsets.span(r.start, r.end)
        assert a.original[s] == a.text[r.start] and a.original[e - 1] == a.text[r.end - 1]


def test_glosses_are_reported_once_per_line_with_their_place():
    text = "乡(xiāng)镇(zhèn)工作总结\n全年接(jiē)待群众326人次。\n没有注音的一行。"
    a = analyze(text)
    rows = a.quality[a.quality.kind == "boilerplate_removed"]
    assert list(rows.detail) == ["pinyin_gloss: 2× （xiāng）（zhèn）", "pinyin_gloss: 1× （jiē）"]
    assert list(rows.start) == [a.text.index("镇"), a.text.index("待")]
    for r in rows.itertuples():  # the span in the file starts at the first gloss's bracket
        assert text[r.orig_start] == "(" and text[r.orig_end - 1] == ")"


@pytest.mark.parametrize("word, n", [("xian", 1), ("fazhan", 2), ("zhongguo", 2), ("gdp", 0), ("design", 0),
                                     ("hangzhou", 2), ("www", 0), ("nve", 1)])
def test_syllable_count(word, n):
    assert _syllable_count(word) == n


# --------------------------------------------------------------------------- site lines

@pytest.mark.parametrize("junk, label", [
    ("某某搜 2021-07-27 17:30:25 政府报告", "site_header"),
    ("时间：2022-03-18 栏目：总结 作者：佚名", "site_header"),
    ("2023-01-09 工作总结", "site_header"),
    ("发布人 王五 浏览 562 次 2020-11-30", "site_header"),
    ("我要投稿 | 版权反馈", "site_header"),
    ("• 索引号：", "site_header"),
    ("• 来源：", "footer_line"),
    ("范文大全网 >> 工作总结 >> 年度总结", "footer_line"),
    ("某某公文网 > 街道信访工作总结", "site_header"),
    ("字号：小 中 大", "footer_line"),
    ("（阅读全部图文内容，您需要先登录！）", "paywall"),
    ("说明：文章内容仅供预览，部分内容可能不全，下载后的文档内容与下面显示的完全一致。", "paywall"),
    ("已阅读3页，还剩17页未读 继续免费阅读", "paywall"),
    ("《某县2023年工作总结.docx》由会员分享，可在线阅读，更多相关内容请在某某文库上搜索。", "doc_site"),
    ("工作总结.doc - 10.27 KB", "doc_site"),
    ("客服QQ：800012345 工作时间 9:00-18:00", "doc_site"),
    ("正文复制", "doc_site"),
    ("- 相关推荐", "footer_line"),
    ("本文共计2863字，下载所需积分：5", "char_count"),
    ("下载本文", "download"),
    ("* 声明：本文由网友投稿，仅代表作者观点。", "statement"),
    ("县域经济发展_乡镇工作总结_年度工作汇报_街道工作计划", "spam"),
    ("结合当前工作需要，某某范文网的会员“fw2021”为你整理了这篇总结，希望能给你带来参考。", "preface"),
    # the same blurb after the site's name was stripped (，的会员)
    ("结合当前工作需要，的会员“abc”为你整理了这篇镇政府工作总结，希望能给你带来参考借鉴作用。", "preface"),
    # a site's generic intro line that ends in its blurb
    ("总结能让我们看清得失。接下来为大家提供几篇总结的范文参考，希望能够帮到大家。", "preface"),
    ("计划是对工作的预先安排。以下是某某文档网分享的镇2023年工作总结，希望能帮助到大家！", "preface"),
    # an author / share line with an empty time field; a day-month-year timestamp
    ("张三 分享 时间：", "site_header"),
    ("某市交通局召开部署会  19.03.2018  09:15", "site_header"),
    # the rest of a breadcrumb on its own line; an accessibility switch
    (">政务公开 >部门文件 >本局文件", "site_header"),
    ("无障碍浏览", "site_header"),
    # a scraped image tag
    ("![镇2023年工作总结[此文共2100字]](https://img.example.com/up/12.jpg)", "image"),
    # short VIP lines and a document site's buttons and counters
    ("立即赞助VIP", "paywall"),
    ("VIP专免", "paywall"),
    ("999+", "doc_site"),
    ("10 页", "doc_site"),
    ("侵权投诉", "doc_site"),
    # a breadcrumb of blank-parted fields; an e-paper's navigation; a handle alone on a line
    ("某某网 资料文库 镇政府工作报告范文", "site_header"),
    ("通版阅读请点击：", "site_header"),
    ("收缩通版", "site_header"),
    ("当前版：04版", "site_header"),
    ("writer2024", "byline"),
    ("  • 约4.99千字", "doc_site"),
    ("  • 约 11页", "doc_site"),
    # a line that ends in a site editor's blurb, however it starts
    ("日子过得真快，又到了写总结的时候。怎样写好总结呢？经过搜索和整理，小编为大家呈上镇工作总结，欢迎阅读，希望你能够喜欢并分享！",
     "preface"),
    ("简介：某某文库小编为你整理了多篇相关的《镇政府工作报告》，但愿对你有帮助，当然你在某某文库还可以找到更多《镇政府工作报告》。",
     "preface"),
    # a portal's note of who reviewed the page; a query system's name
    ("（审核：本单位内审核后公开）", "site_header"),
    ("某某报告成果查询系统", "site_header"),
    # a viewer's page count, full-screen button, comments counter and size note; a rights notice;
    # a footer's headings; letter-spaced portal fields; a field name alone
    ("/ 5", "doc_site"),
    ("全屏查看", "doc_site"),
    ("文档评论（0）", "doc_site"),
    ("- 约小于1千字", "doc_site"),
    ("我们重视知识产权，如若发现您的权利被侵害，请点击“违规举报”！", "statement"),
    ("作者原创，不允许二次传播，一经发现收回会员权益。", "statement"),
    ("版权声明", "site_header"),
    ("微信订阅号", "site_header"),
    ("索 引 号 1137000/2021-05704 公开方式 主动公开", "site_header"),
    ("有效性", "site_header"),
    ("![1679967.png 9f69c93fbc67[1].png](/ueditor/php/upload/image/20230328/1679967.png)", "image"),
    ("签到天数: 17 天 [LV.4]偶尔看看III", "site_header"),
    ("总共：1页", "page_marker"),
    ("+ (051) 223696", "site_header"),
    ("- 发文机构", "site_header"),
    ("- 01525762-6-/2021-0415002", "site_header"),
    ("分 类: | 其他 ; 报告 |", "site_header"),
    ("版名：纪检·政法", "site_header"),
    ("（欢迎您）注销", "site_header"),
    ("某某社区回迁房某某某摄", "image"),
    ("图3 2018-2022年全员劳动生产率", "image"),
    ("点击图片查看原图", "site_header"),
    ("调查问题加载中，请稍候。", "site_header"),
    ("有效期至：长期有效", "site_header"),
    ("7×24小时", "site_header"),
    ("Tag: 农村人居环境整治", "site_header"),
    ("中国某某农村_某镇生态环境保护工作_某镇农村人居环境整治", "spam"),
    ("主动公开", "site_header"),
    ("2022.11.05", "site_header"),
    ("PAGE", "markup"),
    ("工作报告 |", "site_header"),
    ("时间: 07-03", "site_header"),
    ("某某特区报/2023 年/2 月/16 日/第 003 版要闻", "site_header"),
    ("姓名：______________________", "template"),
    ("日期：______年_____月_____日", "template"),
])
def test_site_lines_go_with_their_label(junk, label):
    for text in (junk + "\n" + BODY, BODY + "\n" + junk + "\n" + BODY):
        c = clean(text)
        assert c.text.replace(BODY + "\n" + BODY, "") in ("", BODY) or c.text == BODY + "\n" + BODY
        assert junk not in c.text and labels(c.findings) == [label]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_viewer_page_names_keep_the_name_once(script):
    """A document viewer's page images named after the file (某总结_第1页, 某总结_第2页): the
    page numbers go, the name stays once, as the page's only title line."""
    page = to_script("某某县交通安全工作汇报[范本]_第1页\n某某县交通安全工作汇报[范本]_第2页\n" + BODY, script)
    a = analyze(page)
    assert a.text == "某某县交通安全工作汇报[范本]\n" + BODY
    assert {label for label, _ in removals(a)} == {"page_marker"}


@pytest.mark.parametrize("junk", [
    "某某搜 2021-07-27 17:30:25 政府報告",
    "時間：2022-03-18 欄目：總結",
    "我要投稿 | 版權反饋",
    "（閱讀全部圖文內容，您需要先登錄！）",
    "本文共計2863字，下載所需積分：5",
    "【下載全文】【收藏本文】",
    "立即贊助VIP",
    "無障礙瀏覽",
    ">政務公開 >部門文件",
    "總結能讓我們看清得失。接下來為大家提供幾篇總結的範文參考，希望能夠幫到大家。",
    "![鎮2023年工作總結[此文共2100字]](https://img.example.com/up/12.jpg)",
    "某某網 資料文庫 鎮政府工作報告範文",
    "展開通版",
    "小黑屋|手機版|Archiver|某某社區",
    "（審核：本單位內審核後公開）",
    "全屏查看",
    "文檔評論（0）",
    "我們重視知識產權，如若發現您的權利被侵害，請點擊“違規舉報”！",
    "版權聲明",
    "姓名：______________________",
    "簽到天數: 17 天 [LV.4]偶爾看看III",
    "總共：1頁",
    "標簽：農村人居環境整治",
    "某某社區回遷房某某某攝",
    "點擊圖片查看原圖",
    "主動公開",
    "環境資源報告成果查詢系統",
])
def test_site_lines_in_traditional_script_go_too(junk):
    a = analyze(junk + "\n" + BODY)
    assert a.text == BODY and removals(a)


@pytest.mark.parametrize("dirty, wanted, label", [
    ("今年以来，全镇共办理群众来信218件【下载全文】，办结率达96.5%。",
     "今年以来，全镇共办理群众来信218件，办结率达96.5%。", "download"),
    ("某镇2023年工作总结（全文18521字）", "某镇2023年工作总结", "char_count"),
    ("第1页共3页今年以来，全镇共办理群众来信218件。", "今年以来，全镇共办理群众来信218件。", "page_marker"),
    ("群众来信218件，本文来自文秘帮www.wenmibang.com，办结率达96.5%。",
     "群众来信218件，办结率达96.5%。", "spam"),
    ("群众来信218件，本文来自文秘帮，办结率达96.5%。", "群众来信218件，办结率达96.5%。", "spam"),
    ("群众来信218件本文来自某某范文网 http://www.fanwen-example.cn/a/1.html，办结率达96.5%。",
     "群众来信218件，办结率达96.5%。", "spam"),
    ("新建服务中心12个。更多精彩范文请访问某某范文网。培训网格员340人次。",
     "新建服务中心12个。培训网格员340人次。", "promo"),
    ("导语：这篇总结由小编收集整理，欢迎参考。一、工作开展情况", "一、工作开展情况", "preface"),
    ("下面是某某范文网小编整理的镇政府工作总结，供大家阅读。\n一、工作开展情况", "一、工作开展情况", "preface"),
    ("编者按：本文从三个方面总结了全年工作，具体材料请详见：今年以来工作扎实。", "今年以来工作扎实。", "preface"),
    ("，仅供参考学习。\n一、工作开展情况", "一、工作开展情况", "preface"),
    ("-精品资料推荐- 今年以来工作扎实。", " 今年以来工作扎实。", "doc_site"),
    # a bulletin's footnote mark between a name and its number, or after a percentage
    ("全年生产总值[2]61.9亿元，增长9.8%[3]。", "全年生产总值61.9亿元，增长9.8%。", "footnote"),
    ("城市居民消费价格[3]比上年上涨2.6%。", "城市居民消费价格比上年上涨2.6%。", "footnote"),
    ("单位生产总值能耗[3]-2.1%。", "单位生产总值能耗-2.1%。", "footnote"),
    ("全市装备制造业[4]实现增加值36.2亿元。", "全市装备制造业实现增加值36.2亿元。", "footnote"),
    ("全区生产总值（GDP）[2]91.3亿元。", "全区生产总值（GDP）91.3亿元。", "footnote"),
    # a note of hidden text inside a paragraph
    ("新建服务中心12个 ……此处隐藏512个字……培训网格员340人次。", "新建服务中心12个 培训网格员340人次。", "paywall"),
    # a portal's date after a report's title: the date goes, the title stays
    ("某街道2015年工作总结和2016年工作安排 2016-03-07", "某街道2015年工作总结和2016年工作安排", "site_header"),
    # a note of text left out for members
    ("新建服务中心12个……（某某文秘网 www.example.cn 省略912字，正式会员可完整阅读）……培训网格员340人次。",
     "新建服务中心12个培训网格员340人次。", "paywall"),
    # an anti-copy symbol between two characters
    ("列入计划的`水库15座", "列入计划的水库15座", "punct_junk"),
    # the same phrase dotted again and again to spoil copies
    ("全县经济.发展势头良好。去年经济.发展较快，生产总值增长6%。",
     "全县经济发展势头良好。去年经济发展较快，生产总值增长6%。", "punct_junk"),
    # a site's advert with its address and an id to write to, in a line the report runs on in
    ("某某范文，海量材料，下载网址：www.example-fw.com，约稿请加微：abcd199。 镇政府工作总结 今年以来工作扎实。",
     "镇政府工作总结 今年以来工作扎实。", "promo"),
    ("全镇开通服务热线。某某文库，网址：doc-example.net，客服QQ：12345678。全年完成投资3亿元。",
     "全镇开通服务热线。全年完成投资3亿元。", "promo"),
    # a site's title with its tag glued on, run into the title again; a 范文 site's tag and its
    # question after a name; its closing wish for the reader; a word processor's link field
    ("某乡半年农业总结-总结某乡半年农业工作总结 上半年，全乡农业稳步发展。",
     "某乡半年农业工作总结 上半年，全乡农业稳步发展。", "repeated_title"),
    ("某镇禁毒工作总结-推荐通用稿\n全年破获案件12起。", "某镇禁毒工作总结\n全年破获案件12起。", "doc_site"),
    ("某村防汛工作汇报材料怎么写?( 三 )\n全村转移群众320人。", "某村防汛工作汇报材料\n全村转移群众320人。", "doc_site"),
    ("7月21日，某某体育在线_某某体育投注-彩票平台:公安局召开通气会。", "7月21日，公安局召开通气会。", "spam"),
    ("年度工作计划 【仅供学习参考，切勿通篇使用！】 生态环境局工作总结", "年度工作计划  生态环境局工作总结", "doc_site"),
    ("某市人大常委会主任 某某[更多资料+ : 114]\n各位代表：", "某市人大常委会主任 某某\n各位代表：", "doc_site"),
    ("强调全市安全工作的重要性，要求各部门协同合作。下面由网友为您整理分享的“某局长讲话”相关资料，供您参考学习。\n同志们：",
     "\n同志们：", "preface"),
    ("全市一般公共预算收入增长19.9%。（某州财政国库科 某某）", "全市一般公共预算收入增长19.9%。", "byline"),
    ("某某城讯1月13日，某区人代会开幕。", "1月13日，某区人代会开幕。", "byline"),
    ("会场一角（摄影：某某）\n全年增长5%。（相关资料图）", "会场一角\n全年增长5%。", "image"),
    ("首页情况汇报20xx年推进创建工作综述\n全市共有志愿者2万名。", "20xx年推进创建工作综述\n全市共有志愿者2万名。", "site_header"),
    ("全年粮食总产量26.18万吨，其中水稻产量5.74万吨，玉米产（ch", "全年粮食总产量26.18万吨，其中水稻产量5.74万吨，玉米产", "pinyin_gloss"),
    ("总结要实事求是。希望某镇禁毒工作总结作为参考，帮助到您撰写总结，也希望您继续阅读我们更多的禁毒专题！全年破获案件12起。",
     "总结要实事求是。全年破获案件12起。", "promo"),
    ("某局2018年工作 HYPERLINK /Article/ \\t _blank 总结 今年以来，我局以改革为 HYPERLINK / \\t _blank 指导。",
     "某局2018年工作总结 今年以来，我局以改革为指导。", "markup"),
    # a score or betting site's name pasted after a mark inside a sentence; a column's follow note
    ("2019年，某某足球比分：全区坚持以改善环境质量为中心。1-11月，某某足球比分：水质总体为优。",
     "2019年，全区坚持以改善环境质量为中心。1-11月，水质总体为优。", "spam"),
    ("信访工作事关稳定。更多资讯请继续关注信访工作总结栏目！\n全年受理来信120件。",
     "信访工作事关稳定。\n全年受理来信120件。", "promo"),
])
def test_junk_inside_lines_goes_and_the_line_stays(dirty, wanted, label):
    c = clean(dirty)
    assert c.text.strip() == wanted.strip()
    assert label in labels(c.findings)


def test_a_site_name_or_address_put_in_again_and_again_goes():
    text = ("全镇共办理群众来信218件，某某文秘网，办结率达96.5%。\n新建服务中心12个，某某文秘网，培训网格员340人次。\n"
            "继续抓好排查化解，某某文秘网，确保稳定。\n全年接待326人次www.example-wm.com，办结率100%。\n"
            "调处纠纷86件www.example-wm.com，成功率98%。")
    c = clean(text)
    assert "某某文秘网" not in c.text and "www." not in c.text
    assert "全镇共办理群众来信218件，办结率达96.5%。" in c.text and "调处纠纷86件，成功率98%。" in c.text
    assert set(labels(c.findings)) == {"spam"}
    once = "建成市民服务网，覆盖全部社区。\n官网www.example.gov.cn上线运行。"
    assert clean(once).text == once  # once is content


# A site's watermark put again and again through a copy: its name and address (with the
# blank between them), or a short code of letters and digits; the text around it stays whole.
WATERMARKS = [
    ("某某之家—资源每日更新 www.example-mj.com在全区交通工作会上的汇报\n"
     "全区公路总里程达到某某之家—资源每日更新 www.example-mj.com170公里，新建农村公路610公里。",
     "在全区交通工作会上的汇报\n全区公路总里程达到170公里，新建农村公路610公里。"),
    ("某区2019年政府工作报告K7q\n各位代表：K7q\n全区生产总值完成346.3亿元，增长6.1%。K7q\n一、工作回顾K7q",
     "某区2019年政府工作报告\n各位代表：\n全区生产总值完成346.3亿元，增长6.1%。\n一、工作回顾"),
]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("dirty, wanted", WATERMARKS)
def test_a_watermark_stamped_through_a_copy_goes(dirty, wanted, script):
    a = analyze(to_script(dirty, script), target=script)
    assert a.text == to_script(wanted, script)
    assert {label for label, _ in removals(a)} == {"spam"}
    first = a.indicators["quote"].iloc[0]   # the number after the watermark is read whole
    assert first in ("170公里", to_script("346.3亿元", script)), first


@pytest.mark.parametrize("text", [
    "建成5G基站120个，5G用户达到3万户，5G网络覆盖全部乡镇。",          # a code of the trade, no lower case
    "20xx年完成投资xx亿元，20xx年计划投资xx亿元，20xx年续建项目xx个。",   # placeholders, counted as damage
    "办理业务请登录www.example.gov.cn。",                                # an address given once
])
def test_codes_and_placeholders_of_the_report_stay(text):
    assert clean(text).text == text


# Page furniture a portal or a document site leaves in a saved copy, and what stays of the page.
FURNITURE = [
    # a portal's fields as the cells of a table, several to a line
    ("索引号 | K1234567/2024-000001 | ||\n组配分类 | 计划总结 | 发布机构 | 某街道 |\n生成日期 | 2024-03-21 | 公开方式 | 主动公开 |\n"
     "某街道2023年工作总结\n全年实现地区生产总值60.3亿元。",
     "某街道2023年工作总结\n全年实现地区生产总值60.3亿元。", "site_header"),
    # a document site's account links and download buttons, each on a line of its own
    ("购物车\n我的足迹\n某局2025年上半年工作总结\n加入Vip免费下载 立即下载\n上半年完成投资3.2亿元。",
     "某局2025年上半年工作总结\n上半年完成投资3.2亿元。", "doc_site"),
    # the same fields with their names in brackets
    ("[ 索引号 ] | 1150011300/2024-00007 | [ 发文字号 ] | 某府发〔2024〕2号 |\n[ 主题分类 ] | 综合政务 | [ 有效性 ] | |\n"
     "某镇2024年政府工作报告\n全镇固定资产投资增长20.1%。",
     "某镇2024年政府工作报告\n全镇固定资产投资增长20.1%。", "site_header"),
    # a collection's piece header with its length; an image's file name; a share prompt
    ("第一篇 某镇镇长个人述职报告2150字\n尊敬的各位领导：\n全年完成投资3亿元。",
     "尊敬的各位领导：\n全年完成投资3亿元。", "char_count"),
    ("某办2023年工作总结\nimage.png\n全年发放补贴120万元。\n微信扫一扫在手机阅读、分享本文",
     "某办2023年工作总结\n全年发放补贴120万元。\n", "image"),
    # a document site's tagline, a site's name after a title, a paywall's buttons, a copy number before .doc
    ("精选优质文档-倾情为你奉上 某区创建工作上半年工作总结\n全区新建公厕12座。",
     " 某区创建工作上半年工作总结\n全区新建公厕12座。", "doc_site"),
    ("某局2024年工作总结和2025年工作计划-某某文库\n年度会员\n付费阅读\n全年办结信访86件。",
     "某局2024年工作总结和2025年工作计划\n全年办结信访86件。", "site_header"),
    ("旅游工作汇报（二）0.doc\n全市接待游客496万人次。", "旅游工作汇报（二）\n全市接待游客496万人次。", "doc_site"),
    # a title written twice on its line, as a table's cell; a portal's line naming the issuer
    ("某镇2024年工作总结和2025年工作思路 某镇2024年工作总结和2025年工作思路 |\n全镇完成投资8亿元。",
     "某镇2024年工作总结和2025年工作思路\n全镇完成投资8亿元。", "repeated_title"),
    ("某县2022年政府工作报告\n某县2022年政府工作报告 制定机关：某县人民政府 2022年2月16日 |\n各位代表：",
     "某县2022年政府工作报告\n各位代表：", "site_header"),
    # a page counter after a title, account links and a site's name with its slogan as lines of their own
    ("某区政府工作报告-10篇（第3/21页）\n全区生产总值增长6%。", "某区政府工作报告-10篇\n全区生产总值增长6%。", "page_marker"),
    ("会员登录  新用户注册 退出\n某某搜网 - 某某公文之家\n某县政府工作报告\n全县生产总值增长6%。",
     "某县政府工作报告\n全县生产总值增长6%。", "site_header"),
    ("第1页共3页XX镇近三年工作总结\n全镇工业总产值49.2亿元。", "XX镇近三年工作总结\n全镇工业总产值49.2亿元。", "page_marker"),
    ("某委员会113年度施政绩效报告公告 114-03-28\n一、前言", "某委员会113年度施政绩效报告\n一、前言", "site_header"),
    # a site's column name as a line of its own next to site lines, the document's full name below
    ("首页 > 专题材料 > 政府报告\n政府报告\n某县2020年人民政府工作报告（全文）\n各位代表：",
     "某县2020年人民政府工作报告（全文）\n各位代表：", "site_header"),
    ("汇报材料\n\n某街道社区年终工作汇报\n\n时间：2018-01-16 汇报材料 我要投稿\n\n今年以来工作扎实。",
     "\n某街道社区年终工作汇报\n\n\n今年以来工作扎实。", "site_header"),
    # the header of each piece of a 范文 collection, its title and number
    ("下面是小编整理的某镇卫生创建自查报告共3篇，供大家阅读。\n某镇卫生创建自查报告共1\n关于某镇卫生创建工作的报告\n全镇新建公厕12座。",
     "\n关于某镇卫生创建工作的报告\n全镇新建公厕12座。", "page_marker"),
    # keyword-stuffed adverts of a hacked page; a product's advert ending in its button
    ("精品一区二区三区在线观看视频，又粗又猛无遮挡，中文字幕在线\n某县统计局：上半年经济向好\n全县生产总值增长5%。",
     "某县统计局：上半年经济向好\n全县生产总值增长5%。", "spam"),
    ("公文高手，超级方便的写作神器！立即了解\n政府上半年工作报告\n上半年完成投资2亿元。",
     "政府上半年工作报告\n上半年完成投资2亿元。", "promo"),
    # a site's name again and again as a line; an account name alone in a table's cell
    ("某讯网某讯网某讯网\n镇2010年工作总结\n全镇完成投资3亿元。", "镇2010年工作总结\n全镇完成投资3亿元。", "site_header"),
    ("某镇工作总结\n| abc2\n全年完成投资3亿元。", "某镇工作总结\n全年完成投资3亿元。", "site_header"),
    # a site's summary before its blurb, opening with the name the blurb quotes
    ("2024年督查报告\n上半年重点工作督查报告显示，工作推进顺利。以下是网友为您整理分享的“上半年重点工作督查报告”相关范文，供您参考！\n"
     "根据要求开展督查。", "2024年督查报告\n根据要求开展督查。", "preface"),
    # a portal's skip link, menu button, print icon and accessibility switches as lines of their own
    ("跳过导航\n手机版选单\n:::\n院长施政报告\n列印图示\n经济成长率达4.3%。", "院长施政报告\n经济成长率达4.3%。", "site_header"),
    ("• 无障碍\n  • 长辈版\n某县2007年政府工作报告\n全县生产总值增长12%。",
     "某县2007年政府工作报告\n全县生产总值增长12%。", "site_header"),
    # a document site's help on downloading, and its disclaimer
    ("如果您无法下载资料，请参考说明：\n1、部分资料下载需要金币，请确保您的账户上有足够的金币\n2、已购买过的文档，再次下载不重复扣费\n"
     "3、资料包下载后请先用软件解压，在使用对应软件打开\n某社区半年工作总结\n一、工作背景", "某社区半年工作总结\n一、工作背景", "doc_site"),
    ("申明敬告：本站不保证该用户上传的文档完整性，不预览、不比对内容而直接下载产生的反悔问题本站不予受理。\n某街道工作总结\n全年办结信访86件。",
     "某街道工作总结\n全年办结信访86件。", "statement"),
    ("总结是梳理过去工作的一种方式。在这里分享一篇优秀的总结范文，希望对大家的写作有所帮助。\n社区文化工作总结\n全年开展活动52场。",
     "社区文化工作总结\n全年开展活动52场。", "preface"),   # the lesson before the blurb goes with it
    # a document site's numbered notices: a line left with only its bullet and number goes too
    ("- 1、本文档由用户上传，某某文库整理发布，可阅读全部内容。\n- 2、本文档内容版权归属内容提供方，所产生的收益全部归内容提供方所有。\n"
     "镇长年度工作总结\n一、围绕中心加快发展", "镇长年度工作总结\n一、围绕中心加快发展", "doc_site"),
    # a sharing site's notes before and after the text, and its name as a line
    ("内容发布更新时间 : 2024/11/17 5:48:13星期一 下面是文章的全部内容请认真阅读。\n政府工作报告\n各位代表：",
     "政府工作报告\n各位代表：", "site_header"),
    ("下载后可任意编辑某局上年工作总结\n一、工作回顾", "某局上年工作总结\n一、工作回顾", "doc_site"),
    ("全部发放到位。 此资料由网络收集而来，如有侵权请告知上传者立即删除。资料共分享，我们负责传递知识。\n\n某某文库\n",
     "全部发放到位。 \n\n", "doc_site"),
    ("目录/提纲：……\n一、工作回顾\n全年增长6%。", "一、工作回顾\n全年增长6%。", "site_header"),
    # a 范文 site's blurbs: the texts it brings, the texts it shows
    ("做好计划很重要，某某公文网小编今天就为您带来了镇政府工作计划8篇，相信一定会对你有所帮助。\n镇政府工作计划篇1\n一、工作思路",
     "镇政府工作计划\n一、工作思路", "preface"),
    ("总结能让我们认清长处和短处。这些总结范文不仅展示了作者的梳理，也透露出他们的思考。\n社区文化年度总结篇一\n全年开展活动52场。",
     "社区文化年度总结\n全年开展活动52场。", "preface"),
    # a piece's number and title right above its title; a site's menu as lines of bare words
    ("第一篇：以项目建设为载体，增创经济发展新优势大全\n以项目建设为载体，增创经济发展新优势\n今年以来，我市扎实推进。",
     "以项目建设为载体，增创经济发展新优势\n今年以来，我市扎实推进。", "page_marker"),
    ("某年施政报告，重法治 掌机遇\n施政报告\n施政纲领\n重点\n网上广播\n新闻稿\n资料库\n\n房屋供应增加。",
     "某年施政报告，重法治 掌机遇\n\n房屋供应增加。", "site_header"),
    ("某县政府计划与预算考核连续两年获第一\n某医院某某分院\n某市国际管乐节\n身障日\n水保署\n114全运在某县\n某县政府文化观光处\n\n〔记者某某报导〕考核结果出炉。",
     "某县政府计划与预算考核连续两年获第一\n\n〔记者某某报导〕考核结果出炉。", "site_header"),   # longer words, numbers
    # a portal's accessibility notice, spaced field names, a betting advert after the title, a print line
    ("符合万维网联盟有关无障碍网页设计指引中2A级别的要求\n施政报告\n房屋供应增加。", "施政报告\n房屋供应增加。", "site_header"),
    ("• 索 引 号:XM02123-0101-2023-00001\n  • 备注/文号:某卫健〔2023〕1号\n某局2022年信息公开年度报告\n正文。",
     "某局2022年信息公开年度报告\n正文。", "site_header"),
    ("某市门户网站-2022年某委信息公开年度报告_足彩app哪个是正规的\n正文。", "2022年某委信息公开年度报告\n正文。", "spam"),
    ("全市生产总值增长6%。\n〖打印〗 >〖关闭窗口〗", "全市生产总值增长6%。\n", "footer_line"),
    ("（点击查阅更多2003年地方政府工作报告）\n各位代表：", "各位代表：", "promo"),
    # HTML tags a hacked page hides, and its menu glued after 首页
    ("1. <kbd id=\"u3vxz\"></kbd>\n1. <dl id=\"u3vxz\"></dl>\n1. 首页平安资讯平安要闻平安高层热点观察\n生态环境满意度提升\n正文。",
     "生态环境满意度提升\n正文。", "markup"),
    # a site's column right above its breadcrumb
    ("毕业论文\n您现在的位置: 某市 >> 某市习俗 >> 正文\n某市生态环境质量好\n全市优良天数350天。",
     "某市生态环境质量好\n全市优良天数350天。", "site_header"),
    # a site's word about the model texts it offers
    ("我们为你提供了8篇不同风格的旅游工作总结参考范文，希望这些范文能给你带来参考价值，敬请阅读。\n全年接待游客80万人次。",
     "全年接待游客80万人次。", "preface"),
    # a portal's hotline, the group that runs it, an archive's index of years, its search box
    ("新闻热线：0531-8612345\n某某报业集团主办\n统计公报年度索引： 2023 2022 2021 2020 2019 2018 [ 分省总索引 ]\n"
     "站内搜索： 高级搜索\n某市2022年统计公报\n全年地区生产总值512.3亿元。",
     "某市2022年统计公报\n全年地区生产总值512.3亿元。", "site_header"),
    # a row of a document site's buttons, its fields of the upload
    ("返回 下载 相关 举报\n上传人：abc 文档编号：12345678 上传时间：2021-05-06 页数：12 大小：88KB\n"
     "某局2020年工作总结\n全年办理提案36件。", "某局2020年工作总结\n全年办理提案36件。", "doc_site"),
    # a continued page's marker, a page number glued to the title at the text's start
    ("[接上页] 全年新增就业2100人。", " 全年新增就业2100人。", "page_marker"),
    ("2政府工作报告——2015年1月8日在某县人代会上\n各位代表：", "政府工作报告——2015年1月8日在某县人代会上\n各位代表：", "page_marker"),
    # a document site's page count and file number glued before the text
    ("5页某镇政府工作报告（摘要）\n全镇财政收入1.2亿元。", "某镇政府工作报告（摘要）\n全镇财政收入1.2亿元。", "doc_site"),
    ("编号：558801234某局自查报告\n全年培训干部300人次。", "某局自查报告\n全年培训干部300人次。", "doc_site"),
    # an empty image tag, a news page's dateline with its source, a 范文 site's name on its line
    ("![]() |\n某会议在京召开\n2022年01月20日 来源： 某部\n会议指出，全年新增床位1.2万张。",
     "某会议在京召开\n会议指出，全年新增床位1.2万张。", "site_header"),
    ("灵感范文站\n某校创建工作总结\n全年开展活动40场。", "某校创建工作总结\n全年开展活动40场。", "site_header"),
    # a news site's browser notice, close button, age gate and rating notice
    ("为达最佳浏览效果，建议使用 Chrome 或 Edge 的浏览器。\n关闭此视窗 请至Edge官网下载\n限制级\n您即将进入之新闻内容 需满18岁 方可浏览。\n"
     "某县施政报告\n明年总预算编列38亿元。", "某县施政报告\n明年总预算编列38亿元。", "site_header"),
    # a menu opened by 网站首页; a list header of other stories; a photo's caption
    ("网站首页 大会机构 大会议程 文件公告\n某市计划执行情况的报告\n全年投资增长9%。", "某市计划执行情况的报告\n全年投资增长9%。", "site_header"),
    ("某省预算报告\n全年收入增长6%。\n新闻推荐\n", "某省预算报告\n全年收入增长6%。\n", "footer_block"),
    ("▲代省长某某代表省政府向大会作政府工作报告\n全省生产总值增长7%。", "全省生产总值增长7%。", "image"),
    # a newspaper's byline; a betting site pasted over a word; stray backquotes; a 文库's section labels
    ("□记者张某通讯员李某报道本报讯 全市整改工地42处。", "本报讯 全市整改工地42处。", "byline"),
    ("在中共abc365官方网站手机版_365投注_365账号怎么防止封号委的领导下，全年增长8%。", "在中共委的领导下，全年增长8%。", "spam"),
    ("某镇工作总结\n``\n全年完成投资2亿元。", "某镇工作总结\n全年完成投资2亿元。", "punct_junk"),
    ("论文部分内容阅读\n基本介绍\n某市工作报告\n全年增长7%。", "某市工作报告\n全年增长7%。", "site_header"),
    # a 范文 site's advice that points at its texts, and its word that it gathered them
    ("计划可以帮助我们更好地工作。如有疑问，可以参考下面的范文。\n某局工作计划\n新建道路12公里。", "某局工作计划\n新建道路12公里。", "preface"),
    ("为大家整理了某村脱贫计划，仅供参考。根据镇里安排，特制订本计划。", "根据镇里安排，特制订本计划。", "preface"),
    # a document site's notes on its files; a site network's shortcuts; a news app's buttons
    ("1. 部分文件查看预览时可能显示异常，文件下载后无此问题，请放心下载。\n2. 下载前请仔细阅读文档内容。\n某局工作总结\n全年完成12项。",
     "某局工作总结\n全年完成12项。", "doc_site"),
    ("保存桌面快捷方式 - - 设为首页 - 手机版\n我知道了\n内容详情\n某区政府工作报告\n全年增长6%。",
     "某区政府工作报告\n全年增长6%。", "site_header"),
    # a bracketed link to the full text, a poster's line with a counter, an address in brackets
    ("某县统计公报【全文】\n网友发表时间 3239824\n全年增长7%，课件下载[www.example.cn]全年新增就业300人。",
     "某县统计公报\n全年增长7%，全年新增就业300人。", "site_header"),
    # a document site's label, its file ID, its end of preview; a line of counters; a footer menu
    ("精品资料欢迎阅读某局2020年工作总结\nID:7965859\n全文预览已结束\n全年完成投资3亿元。",
     "某局2020年工作总结\n全年完成投资3亿元。", "doc_site"),
    ("某报告 DOCX 52页 下载3 2023-05-23 浏览609 收藏0\n  • 网站简介 广告合作 服务条款 隐私保护 网站地图\n全年增长6%。",
     "全年增长6%。", "site_header"),
    # a portal's name and date widget; a viewer's English controls; a field of the portal's table
    ("某某市党政门户网\n今天是：2019年10月31日星期三农历十月初七\nSize: px\n组配分类：年度计划\n某镇工作总结\n全年增长5%。",
     "某镇工作总结\n全年增长5%。", "site_header"),
    # betting sites pasted over a word and after a title
    ("某厅2022年工作总结-真人游戏官网第一品牌\n在中共威廉希尔公司_官方网站县委领导下，全年增长7%。",
     "某厅2022年工作总结\n在中共县委领导下，全年增长7%。", "spam"),
    # a viewer's page counter glued before the year of the title
    ("1/32016年某局工作总结\n全年增长4%。", "2016年某局工作总结\n全年增长4%。", "page_marker"),
    # a portal's fields with a blank before the value; more field names with a colon
    ("索引号 K0012345/2023-00012\n组配分类 计划总结 发布机构 某街道\n某街道2022年工作总结\n全年完成投资4.1亿元。",
     "某街道2022年工作总结\n全年完成投资4.1亿元。", "site_header"),
    ("信息索引号： 0012-3/2023-100 文号：\n发布单位： 某街道 统一编号：\n某街道2022年工作总结\n全年增长6%。",
     "某街道2022年工作总结\n全年增长6%。", "site_header"),
    # a page's widgets with empty labels, a reading button
    ("朗读\n某镇工作总结\n视力保护色：\n浏览量：\n全年增长5%。", "某镇工作总结\n全年增长5%。", "site_header"),
    # a paywall's block in the middle of the text
    ("某园区工作计划\n全年完成投资3亿元。\n隐藏内容\n• 普通用户特权：5积分\n• 会员用户特权：免费\n会员免费查看\n新增企业12家。",
     "某园区工作计划\n全年完成投资3亿元。\n新增企业12家。", "paywall"),
    # a 范文 site's menu parted by | and its columns on bulleted lines; the title given again as a field
    ("网站首页 | 范文大全 | 教案下载 | 优秀作文 | 公文范文 |\n• 范文大全\n• 公文范文\n某区上半年工作总结\n"
     "文章标题：某区上半年工作总结\n上半年增长8%。", "某区上半年工作总结\n上半年增长8%。", "site_header"),
    # a document site's single fields and its sharing note
    ("某镇政府工作报告\n大小：96.20 KB\n页数：12页\n《某镇政府工作报告》由会员上传分享，免费在线阅读\n全年增长7%。",
     "某镇政府工作报告\n全年增长7%。", "doc_site"),
    # a PDF viewer's page marks; a CMS page-break tag inside a sentence; a piece number before a title
    ("Page 118 - 某区年鉴2021\nP. 118\n全年增长4%。", "某区年鉴2021\n全年增长4%。", "page_marker"),
    ("全年引进外资2.3亿美元[NextPage]，增长15%。", "全年引进外资2.3亿美元，增长15%。", "page_marker"),
    ("第2篇 2022年某局个人工作总结范文\n全年增长3%。", "2022年某局个人工作总结范文\n全年增长3%。", "page_marker"),
    # a site's greeting and a teaser cut short with its link
    ("欢迎来到某某写作网\n某协会会长、文字工作者...[详细]\n某局工作总结\n全年增长5%。",
     "某局工作总结\n全年增长5%。", "site_header"),
    # a photo's caption alone on a line
    ("会议现场\n3月8日，全县工作会议召开，到会200余人。", "3月8日，全县工作会议召开，到会200余人。", "image"),
    # a 范文 site's name and address stamped inside a sentence; an SEO question before the title
    ("【某局局长是什么级别】某局2019年工作总结\n全年办理事项900件，某某范文18http://fanwen.example.com办结率99%。",
     "某局2019年工作总结\n全年办理事项900件，办结率99%。", "spam"),
    # a token with a small letter glued to the end of line after line
    ("某旗政府工作报告qWx\n各位代表：qWx\n一、工作回顾qWx\n全年增长6%。qWx\n新建道路12公里。qWx",
     "某旗政府工作报告\n各位代表：\n一、工作回顾\n全年增长6%。\n新建道路12公里。", "repeated_token"),
    # a site's mode switch and its name with 首页; a poster's name after a cell mark
    ("进入老年模式\n某某素材库 首页\n某局工作总结\n| 小溪\n全年增长4%。", "某局工作总结\n全年增长4%。", "site_header"),
    # a news site's dateline before the headline it reposts; a photo's caption with its photographer
    ("某某网3月2日讯 题：奋进中的某县——县政府工作侧记\n图为大会会场。张某摄 |\n全年增长9%。",
     "奋进中的某县——县政府工作侧记\n全年增长9%。", "image"),
    # a random stamp after a blank at the end of line after line, each different
    ("某县政府工作报告 Qx7&b-k\n各位代表： h'Ty3/&\n一、工作回顾 Rp]2Wz\n全年增长6%。 7mK#-v\n"
     "新建道路12公里。 >d&+<9A\n新增就业3200人。 Zw}'*Lq",
     "某县政府工作报告\n各位代表：\n一、工作回顾\n全年增长6%。\n新建道路12公里。\n新增就业3200人。", "jammer"),
    # a news copy's photo captions and credits, its wire tag; a portal's bar of modes and links
    ("大会现场 王某 摄\n【某某商报网讯】3月2日，某区人代会开幕。\n图为代区长作政府工作报告。\n本报记者 李某 摄\n全年增长7%。",
     "3月2日，某区人代会开幕。\n全年增长7%。", "image"),
    ("无障碍版 长者助手 登录\n某县工作总结\n全年增长5%。", "某县工作总结\n全年增长5%。", "site_header"),
    # a portal's field and its value in one cell; a font-size widget; a shortcut offer; a PDF's page number
    ("字体大小：【大】 【中】 【小】\n| 索引号：001234/2022-00012 | |\n某镇2023年工作计划\n全年增长6%。",
     "某镇2023年工作计划\n全年增长6%。", "site_header"),
    ("添加某某网到电脑桌面，安装后可以在桌面快捷访问\n某局工作总结\n全年增长5%。", "某局工作总结\n全年增长5%。", "site_header"),
    ("全年增长5%。 — 12 — 新建道路9公里。", "全年增长5%。  新建道路9公里。", "page_marker"),
    # a document site's page labels alone on their lines
    ("文档详情\n某村新农村建设工作总结\n文本预览下载声明\n全年增长5%。", "某村新农村建设工作总结\n全年增长5%。", "doc_site"),
    # a document site's uploader; paywall notes; ghost-writing spam; mode switches; a poster's share line
    ("上传者：某某字客\n某乡工作总结\n只有正式会员才能完整阅读，请理解！\n全年增长5%。", "某乡工作总结\n全年增长5%。", "doc_site"),
    ("某乡工作总结\n试读结束，开通会员文档无限下载使用\n预览结束，免费获取全文或定制代笔此类文章！\n全年增长5%。",
     "某乡工作总结\n全年增长5%。", "paywall"),
    ("无障碍浏览 | 打开适老化模式\n时间： 某某12345 分享\n[标签：标题]某镇工作总结\n全年增长5%。",
     "某镇工作总结\n全年增长5%。", "site_header"),
    ("文秘之友|原创|范文|素材|写作|PPT|\n某镇工作总结\n全年增长5%。", "某镇工作总结\n全年增长5%。", "site_header"),
    ("某镇工作总结\n请点击 abc123 联系老师\n全年增长5%。", "某镇工作总结\n全年增长5%。", "spam"),
    # a portal's bracketed field names; widgets, links, counters and hotlines; a page number alone
    ("[ 索引号 ] 1150024/2021-00006\n[ 发文字号 ]\n字体：【大】【中】【小】\n某县统计公报\n关联稿件：\n"
     "网站客服：12345678\n全年增长5%。", "某县统计公报\n全年增长5%。", "site_header"),
    ("某镇工作总结\n文件已失效\n第2页\n全年增长5%。", "某镇工作总结\n全年增长5%。", "doc_site"),
    ("欢迎光临某某网！今天是：\n某镇工作总结[编辑：张某]\n全年增长5%。", "某镇工作总结\n全年增长5%。", "byline"),
    # kinds of fresh27/28: a portal's bar of links to other sites, a reporter's byline, a news
    # site's dateline with its partner, a caption with its credit, editors' credits, promos,
    # a site's name after arrows, a 范文 site's search anchor, an uploader's credit, a 文库's
    # tag, a unit's address line, a 公众号 credit with junk inside, tokens glued to line ends
    ('中国政府网 | 某省人民政府网 | 某区网 | |\n某区2022年政府工作报告完成情况\n全年增长5%。',
     '某区2022年政府工作报告完成情况\n全年增长5%。', 'site_header'),
    ('某某网记者 王某某\n某镇工作总结\n全年增长5%。',
     '某镇工作总结\n全年增长5%。', 'byline'),
    ('某某网（某某日报网）讯（记者 李某）全镇召开经济工作会议。',
     '全镇召开经济工作会议。', 'byline'),
    ('会议现场。某某网 张某摄\n全年增长5%。',
     '全年增长5%。', 'image'),
    ('全年增长5%。\n（责编：王某、李某）\n分享让更多人看到',
     '全年增长5%。\n', 'footer_line'),
    ('全年增长5%。\n更多内容请关注',
     '全年增长5%。\n', 'promo'),
    ('>>>某某资讯网\n某镇工作总结\n全年增长5%。',
     '某镇工作总结\n全年增长5%。', 'site_header'),
    ('现将工作总结如下：（描写秋天的句子）\n全年增长5%。',
     '现将工作总结如下：\n全年增长5%。', 'spam'),
    ('全年增长5%。\n本文【某镇工作总结】由作者 某某 转载提供。',
     '全年增长5%。\n', 'doc_site'),
    ('以下提供一篇工作总结给大家参考！\n某镇工作总结\n全年增长5%。',
     '某镇工作总结\n全年增长5%。', 'preface'),
    ('某局2020年工作总结 【 - 某局工作总结】 一、目标完成情况\n全年增长5%。',
     '某局2020年工作总结  一、目标完成情况\n全年增长5%。', 'doc_site'),
    ('单位地址：某市某路8号 电话：0000-1234567\n某镇工作总结\n全年增长5%。',
     '某镇工作总结\n全年增长5%。', 'site_header'),
    ('实施临时救助，公)众号:某某星域。全年救助300人。',
     '实施临时救助，全年救助300人。', 'spam'),
    ('全年增长5%。\n腾讯文库2020年某局2020',
     '全年增长5%。\n', 'doc_site'),
    ('导航菜单\n某镇工作总结\n全年增长5%。',
     '某镇工作总结\n全年增长5%。', 'site_header'),
    ('政府工作报告XQZ\n各位代表：XQZ\n一、工作回顾XQZ\n全年增长5%。XQZ\n二、主要任务XQZ\n抓好项目。',
     '政府工作报告\n各位代表：\n一、工作回顾\n全年增长5%。\n二、主要任务\n抓好项目。', 'repeated_token'),
    ('某市市长 某某某KT7 各位代表：KT7 现在，我代表市政府作报告。KT7 一、工作回顾KT7 全年增长5%。KT7 二、任务KT7',
     '某市市长 某某某 各位代表： 现在，我代表市政府作报告。 一、工作回顾 全年增长5%。 二、任务', 'repeated_token'),
    # kinds of fresh29/30: blurbs without 下面是, a site's dated article title, a 范文 site's address
    # glued on, news datelines, a site slogan glued to many line ends, a next-item link, bulleted
    # portal fields and an index number's value, a video code as spam
    ('做好帮扶工作要动真碰硬，为大家整理的相关的2021年帮扶工作总结供大家参考选择。\n某镇帮扶工作总结\n全年增长5%。',
     '做好帮扶工作要动真碰硬，\n某镇帮扶工作总结\n全年增长5%。', 'preface'),
    ('是时候写写总结了。下面小编给大家带来2022年村庄建设工作总结，点击“总结报告”查看更多的总结。\n全年增长5%。',
     '全年增长5%。', 'preface'),
    ('20220315:6篇30万字乡镇工作报告范文\n2021年某乡人民政府工作报告\n全年增长5%。',
     '2021年某乡人民政府工作报告\n全年增长5%。', 'site_header'),
    ('某某公文写作范文宝典：www.example.com2021年某乡工作报告\n全年增长5%。',
     '某某2021年某乡工作报告\n全年增长5%。', 'spam'),
    ('某某在线消息 6月20日，某镇召开大会。',
     '6月20日，某镇召开大会。', 'byline'),
    ('某某日报 - 某某之窗讯 （王某某）某县开展选派工作以来。',
     '某县开展选派工作以来。', 'byline'),
    ('现将全年工作总结如下。AbC乡村百科--为乡村振兴助力\n一、工作总结AbC乡村百科--为乡村振兴助力\n（一）奋战交出答卷AbC乡村百科--为乡村振兴助力\n全年增长5%。',
     '现将全年工作总结如下。\n一、工作总结\n（一）奋战交出答卷\n全年增长5%。', 'spam'),
    ('全年增长5%。\n上一条：《政府工作报告》摘要（二）：某届政府',
     '全年增长5%。\n', 'footer_line'),
    ('  • [ 索引号 ]\n  • 11500238000000000T/2023-00005\n  • [ 发布机构 ]\n  • 某县财政局\n某县2022年预算执行情况的说明\n全年增长5%。',
     '• 某县财政局\n某县2022年预算执行情况的说明\n全年增长5%。', 'site_header'),
    ('ABCD-123某某某在线\n某县计划执行情况的报告\n全年增长5%。',
     '某县计划执行情况的报告\n全年增长5%。', 'spam'),
    # kinds of fresh31: a document site's bulleted header (counts, size, pages, format), a welcome
    # with a blank, friend links, a portal's links back to its network and its account line
    ('- 1\n- 0\n- 约8.25千字\n- 约 10页\n- 举报\n2010年工作总结和2011年工作打算\n全年增长5%。',
     '2010年工作总结和2011年工作打算\n全年增长5%。', 'doc_site'),
    ('欢迎来到 某某合作社网!\n某社2022年工作总结\n全年增长5%。',
     '某社2022年工作总结\n全年增长5%。', 'site_header'),
    ('某某网!   某某推广助手 某某网站制作 更多友情\n某镇工作总结\n全年增长5%。',
     '某镇工作总结\n全年增长5%。', 'site_header'),
    ('  • 格式:doc\n  • 大小:62.00 KB\n  • 文档页数:25\n某县工作总结\n全年增长5%。',
     '某县工作总结\n全年增长5%。', 'doc_site'),
    ('返回联盟首页 某某党员网 某某先锋网\n某县召开会议\n某某先锋网微信公众号\n全年增长5%。',
     '某县召开会议\n全年增长5%。', 'site_header'),
    # kinds of fresh32: a 范文 site's blurbs and its lesson on what a summary is, a collection's
    # piece header (某总结 篇1), a site's word put into a sentence, a page counter after a sentence,
    # a portal's two links, an editor's credit, 您的当前位置, a betting site's name in a title
    ('想写好实用文档类型的文章，不妨来参考一下本文。好范文为大家带来了《乡镇环境保护工作汇报》，希望对你的范文写作有所帮助。\n某镇环境保护工作汇报\n全年增长5%。',
     '某镇环境保护工作汇报\n全年增长5%。', 'preface'),
    ('总结是在一个时期对工作加以回顾和分析的一种书面材料，它可以帮助我们总结以往思想，不如我们来制定一份总结吧。那么你真的懂得怎么写总结吗？\n某镇工作总结\n全年增长5%。',
     '某镇工作总结\n全年增长5%。', 'preface'),
    ('某镇工作总结（精选5篇）\n某镇环境保护工作总结 篇1\n今年以来，全镇增长5%。',
     '某镇工作总结\n某镇环境保护工作总结\n今年以来，全镇增长5%。', 'page_marker'),
    ('特色就是优势，范文写作就是竞争力，就是经济效益。全年增长5%。',
     '特色就是优势，就是竞争力，就是经济效益。全年增长5%。', 'spam'),
    ('全年增长5%，争取扩大投资规模。第1页共1页\n二、明年打算',
     '全年增长5%，争取扩大投资规模。\n二、明年打算', 'page_marker'),
    ('网站首页 | 网站地图\n某县工作总结\n全年增长5%。',
     '某县工作总结\n全年增长5%。', 'site_header'),
    ('全年增长5%。[责任编辑：王某某]',
     '全年增长5%。', 'byline'),
    ('您的当前位置：首页正文\n某镇工作总结\n全年增长5%。',
     '某镇工作总结\n全年增长5%。', 'footer_line'),
    ('2023年1月份某某体育网址_2024某某杯投注官网-网投|盘口：安全生产情况统计分析\n全年增长5%。',
     '2023年1月份安全生产情况统计分析\n全年增长5%。', 'spam'),
    # a site's credit with noise characters and its address put into a word; a document's name
    # put between two sentences of a paragraph
    ('特困人员300户，实施临某某素材¥库:;https://www.example.cn/。时救助800人次。',
     '特困人员300户，实施临某时救助800人次。', 'spam'),
    ('建设里程85.7公里。某局办公室工作总结。全年完成建设里程88.72公里。',
     '建设里程85.7公里。全年完成建设里程88.72公里。', 'spam'),
    # kinds of fresh33/34: more of a portal's record fields, a document site's login notes and
    # preview label, a 范文 site's questions and a blurb naming a collection by its count, a page
    # break made of dashes inside a word, a piece number in brackets, a tag's broken end, a
    # news site's list of related articles
    ('当前位置：首页 > 政府工作报告\n号： 003196053/201412-00425 信息分类： 政府工作报告\n生效时间： 废止时间：\n某县2009年政府工作报告\n全年增长5%。',
     '某县2009年政府工作报告\n全年增长5%。', 'site_header'),
    ('内容预览：\n某局2017年工作计划\n全年增长5%。\n新来的客人请【点此注册】加入会员\n刚注册会员请【刷新页面】打开全文\n某某文库--青年干部',
     '某局2017年工作计划\n全年增长5%。\n', 'paywall'),
    ('全年增长5%。\n（请认真阅读下面的提示信息）',
     '全年增长5%。\n', 'doc_site'),
    ('那么你知道总结如何写吗？下面是小编为大家收集的农业年度工作总结4篇，欢迎大家分享。\n农业年度工作总结\n全年增长5%。',
     '农业年度工作总结\n全年增长5%。', 'preface'),
    ('我们该怎么去写工作总结呢？\n某镇工作总结\n全年增长5%。',
     '某镇工作总结\n全年增长5%。', 'preface'),
    ('完成面积均可————超额完成任务，全年增长5%。',
     '完成面积均可超额完成任务，全年增长5%。', 'page_marker'),
    ('某镇工作总结（篇1）\n全年增长5%。',
     '某镇工作总结\n全年增长5%。', 'page_marker'),
    ('全年增长5%。/span>\n全年完成。',
     '全年增长5%。\n全年完成。', 'markup'),
    ('全年增长5%。\n您可能感兴趣的文章\n某镇召开大会\n某县开展活动',
     '全年增长5%。\n', 'footer_block'),
    # kinds of fresh35: a bar of sister portals (…在线|…政务网), a caption with its photographer's
    # credit in brackets, a hit counter without its number
    ('某区政府在线|某某政务网 |某某政务网|某某政务网\n某区2020年政府工作报告\n全年增长5%。',
     '某区2020年政府工作报告\n全年增长5%。', 'site_header'),
    ('某区2020年政府工作报告\n某某作政府工作报告 （张某摄）\n全年增长5%。',
     '某区2020年政府工作报告\n全年增长5%。', 'image'),
    ('访问：次\n某镇工作总结\n全年增长5%。',
     '某镇工作总结\n全年增长5%。', 'site_header'),
    # kinds of fresh36: a document site's format tag and its header line, a blurb (考虑到您的
    # 需要，小编特地编辑了…), a site's slogan before a run of #, a 范文 site's advert with its address
    ('【Word文档】 某局2021年工作总结\n2021-12-30 | 格式:DOC | 分类: 机关公文 > 其他\n全年增长5%。',
     '某局2021年工作总结\n全年增长5%。', 'doc_site'),
    ('一篇优秀的工作总结是怎么样的呢？考虑到您的需要，小编特地编辑了“某局工作总结”，欢迎阅读，希望您能阅读并收藏。\n全年增长5%。',
     '全年增长5%。', 'preface'),
    ('试点奠定了基础。.,某某共同的天地###########\n一、工作总结',
     '试点奠定了基础。\n一、工作总结', 'spam'),
    ('某局工作总结\n某某范文，海量公文素材资料，下载网址：www.example.com 某局工作总结 今年来全年增长5%。',
     '某局工作总结\n今年来全年增长5%。', 'spam'),
    # kinds of fresh38: a site's welcome banner, a 范文 site's frame (本文关键词/本文简介/本文内容),
    # a site's name with its tagline and then alone, a mobile site's name, a line of hot
    # searches, a news column glued to a headline, a page loader's word, a table of contents
    # whose entries come back as the body's headings
    ('某某学习，天天向上，某某范文网欢迎您！\n某局工作总结\n全年增长5%。',
     '某局工作总结\n全年增长5%。', 'site_header'),
    ('某局工作总结 本文关键词：工作总结，某局\n某局工作总结 本文简介：今年以来全局工作扎实推进，全年增长5%，各项工作……\n'
     '某局工作总结 本文内容：\n某局工作总结\n今年以来全局工作扎实推进，全年增长5%。',
     '某局工作总结\n今年以来全局工作扎实推进，全年增长5%。', 'doc_site'),
    ('某某之窗 - 财经资讯聚合平台\n某某之窗\n某局：截至年底参保人数9.8亿人，比\n某局发布快报，截至年底参保人数9.8亿人，比上年减少1%。',
     '某局：截至年底参保人数9.8亿人，比\n某局发布快报，截至年底参保人数9.8亿人，比上年减少1%。', 'site_header'),
    ('• 某某网移动版\n  某某网移动版\n上半年新增就业654万人\n全年增长5%。',
     '上半年新增就业654万人\n全年增长5%。', 'site_header'),
    ('全年增长5%。\n热搜：国家，居民，医疗', '全年增长5%。\n', 'site_header'),
    ('某某快看点丨某局：上半年抽检合格率97.5%\n全年增长5%。',
     '某局：上半年抽检合格率97.5%\n全年增长5%。', 'site_header'),
    ('Loading……\n某局工作总结\n全年增长5%。', '某局工作总结\n全年增长5%。', 'site_header'),
    ('一、工作情况\n（一）加强党建\n（二）推进项目\n二、明年打算\n某局工作总结\n一、工作情况\n（一）加强党建，成效明显。\n'
     '（二）推进项目，完成投资。\n二、明年打算\n继续努力。',
     '某局工作总结\n一、工作情况\n（一）加强党建，成效明显。\n（二）推进项目，完成投资。\n二、明年打算\n继续努力。', 'contents'),
    # kinds of fresh37: a portal's row of versions and buttons, its index number alone, a
    # 范文 site's question title, a paywall's note inside a sentence, a table of contents under
    # its 目录/提纲 line, more record fields as cells of a table
    ('无障碍阅读 关怀版 返回首页\n某街道2022年工作总结\n打印整页 打印内容 分享\n全年增长5%。',
     '某街道2022年工作总结\n全年增长5%。', 'site_header'),
    ('某街道2022年工作总结\n1137010400419034XU/2023-5407598\n全年增长5%。',
     '某街道2022年工作总结\n全年增长5%。', 'site_header'),
    ('某乡脱贫工作汇报材料怎么写?\n某乡脱贫工作汇报材料\n全年增长5%。',
     '某乡脱贫工作汇报材料\n全年增长5%。', 'spam'),
    ('累计答复解决问题 当前隐藏内容免费查看12项，全年增长5%。',
     '累计答复解决问题 12项，全年增长5%。', 'paywall'),
    ('目录/提纲：……\n（一）综合实力增强\n（二）城乡建设加快\n二、明年工作部署\n……\n某镇调研报告\n一、工作总结\n全年增长5%。',
     '……\n某镇调研报告\n一、工作总结\n全年增长5%。', 'contents'),
    ('| 统一登记号: | |||\n| 生效日期 : | 有效期: | ||\n某镇工作总结\n全年增长5%。',
     '某镇工作总结\n全年增长5%。', 'site_header'),
    # kinds of fresh39/40: a forum's header and its card of the poster, a stray ! after a full
    # stop, a 范文 site's pointer to its search, a 文库's blurb on a long line, login and payment
    # widgets, a paywall note glued to a sentence, a site's slogan as a line between paragraphs
    # and its name and address after a sentence, a page counter after a title, a site's
    # address with a date and a count, a 范文 site's lesson before its blurb
    ('设为首页收藏本站\n查看: 698|回复: 0\n某旗统计公报\n[复制链接]\nTA的每日心情\n奋斗\n签到天数: 720 天\n'
     '[LV.9]以坛为家\n1万\n主题\nRank: 7Rank: 7\n发表于 2022-8-9 16:34:46 | 显示全部楼层\n全年增长5%。',
     '某旗统计公报\n全年增长5%。', 'site_header'),
    ('全面建成小康社会。!\n全年增长5%。', '全面建成小康社会。\n全年增长5%。', 'punct_junk'),
    ('这里能搜索到更多你想要的范文→\n某镇工作总结\n全年增长5%。', '某镇工作总结\n全年增长5%。', 'promo'),
    ('《某办工作总结及工作计划.doc》由会员分享，可在线阅读，更多相关《某办工作总结及工作计划.doc（14页珍藏版）》'
     '请在某某网|工程图纸|设计图分享下载|资料下载|课件分享|试卷下载|论文范文|合同模板|工作总结|演讲稿|心得体会|'
     '调研报告|述职报告|思想汇报|申请书|自我鉴定|读后感|观后感|策划方案|主持词|上搜索。\n全年增长5%。',
     '全年增长5%。', 'doc_site'),
    ('全年增长5%。\n请使用微信扫描二维码登录\n账号、密码请于页面右侧进行切换', '全年增长5%。\n', 'paywall'),
    ('此处内容需要权限查看\n会员免费查看总体来说，整治取得了成果。', '总体来说，整治取得了成果。', 'paywall'),
    ('某某汇，办公文档之家\n一、肯定成绩\n某某汇，办公文档之家\n全年增长5%。 某某汇 www.example.com',
     '一、肯定成绩\n全年增长5%。', 'spam'),
    ('某镇治安综合治理工作总结 - 页1/4\nexample.cn 06-15 次遇见\n全年增长5%。',
     '某镇治安综合治理工作总结\n全年增长5%。', 'page_marker'),
    ('时间会一分一秒地溜走，此时就该回顾总结。那么写工作总结需要注意什么？为此，你可能需要看看“某市创卫工作总结”，希望对大家有所帮助。\n'
     '某市创卫工作总结\n全年增长5%。', '某市创卫工作总结\n全年增长5%。', 'preface'),
    # kinds of fresh41/42: a reporter's credit in brackets and a newspaper's byline line, a news
    # site's error form, a portal's footer notes, a 文库's greeting and info fields, a language
    # switch before a title, a download note around a hidden part, a blurb by 我们某某114的小编
    ('（记者 王某某 实习生 李某某）全年增长5%。', '全年增长5%。', 'byline'),
    ('全年增长5%。\n本报记者 林某某 通讯员 陈某', '全年增长5%。\n', 'byline'),
    ('全年增长5%。\n请尽可能详细填写你的操作经过\n您的姓名：*\n联系方式：*', '全年增长5%。\n', 'site_header'),
    ('全年增长5%。\n特别提醒：如果我们使用了您的图片，请作者与本站联系索取稿酬。\n欢迎关注某某新闻APP',
     '全年增长5%。\n', 'statement'),
    ('您好，欢迎访问某某文档\n- 文档编号：6971024\n- 格式：DOCX\n某镇工作总结\n全年增长5%。',
     '某镇工作总结\n全年增长5%。', 'doc_site'),
    ('选择语言2021年工作总结\n全年增长5%。', '2021年工作总结\n全年增长5%。', 'site_header'),
    ('全年---此处隐藏0字，下载后查看---增长5%。', '全年增长5%。', 'paywall'),
    ('下面是我们文秘114的小编给大家推荐的某镇工作总结，供大家参阅！\n全年增长5%。', '全年增长5%。', 'preface'),
    ('6月22日，展销会举行，吸引市民前往选购。 本报记者 林某某 摄\n全年增长5%。',
     '6月22日，展销会举行，吸引市民前往选购。\n全年增长5%。', 'byline'),
    ('某某日报 2023年08月03日 陈某 李某某\n全年增长5%。', '全年增长5%。', 'byline'),
    ('统一登记号 未知 信息状态 公开方式 主动公开\n生效日期： 有效 废止日期：\n全年增长5%。', '全年增长5%。', 'site_header'),
    ('乡镇政府换届工作报告乡镇政府换届工作报告乡镇政府换届工作报告各位代表：\n全年增长5%。',
     '乡镇政府换届工作报告各位代表：\n全年增长5%。', 'repeated_title'),
    # kinds of fresh43/44: a portal's record fields with blanks, its badge and welcome line, a 文库's
    # motto line and reading counter, a word count in brackets, a comment box's disclaimer, a QR
    # caption in English, a contributor's credit, an info box, a correspondent's credit, a mode bar,
    # a page counter at a line's end, a replaced-character note, an account promo, a dashed watermark
    ('网站支持IPv6某某区人民政府  欢迎您!\n某街道2022年上半年工作总结\n文件编号 公开时限 长期公开 发布机构 某街道办事处\n'
     '公开形式 网站 公开方式 主动公开\n效力状况 有效\n全年增长5%。', '某街道2022年上半年工作总结\n全年增长5%。', 'site_header'),
    ('某某文库,欢迎您!\n全年增长5%。', '全年增长5%。', 'site_header'),
    ('文如其人 — — 某某文库◆记住我\n全年增长5%。', '全年增长5%。', 'site_header'),
    ('全年增长5%。\n网络 分享 时间: 加入收藏 共计52318个字,预计阅读时长175分钟', '全年增长5%。\n', 'char_count'),
    ('【文章共2310字,精选参考范文,仅供学习借鉴】\n全年增长5%。', '全年增长5%。', 'char_count'),
    ('全年增长5%。\n(以下评论仅代表网友意见,与本站立场无关)', '全年增长5%。\n', 'statement'),
    ('全年增长5%。\n扫一扫在手机打开当前页\nScan me!', '全年增长5%。\n', 'site_header'),
    ('全年增长5%。\n                 (某乡党政办 供稿)\n新建道路3公里。', '全年增长5%。\n新建道路3公里。', 'byline'),
    ('  • 中文名:某街道2019年工作总结\n  • 外文名:Some Street Office work summary\n全年增长5%。', '全年增长5%。', 'site_header'),
    ('本报讯 (通讯员李某某) 近日，全年增长5%。', '近日，全年增长5%。', 'byline'),
    ('网站无障碍 适老版\n全年增长5%。', '全年增长5%。', 'site_header'),
    ('全年增长5%，涉及农民工3万人。 第2页 共2页\n新建道路3公里。', '全年增长5%，涉及农民工3万人。 \n新建道路3公里。', 'page_marker'),
    ('组建1支省级(单字替换)员服务队。', '组建1支省级员服务队。', 'spam'),
    ('区教育局2022年工作总结官方抖音号某某材料助手\n全年增长5%。', '区教育局2022年工作总结\n全年增长5%。', 'promo'),
    ('完善教师发展中心，成---本文来源于网络,仅供参考,勿照抄,如有侵权请联系删除---立学前教育中心。',
     '完善教师发展中心，成立学前教育中心。', 'spam'),
    ('1、书山有路勤为径,学海无涯苦作舟。某局2021年工作总结\n全年增长5%。', '1、某局2021年工作总结\n全年增长5%。', 'spam'),
    ('如今用到报告的人越来越多，大家知道怎样才能写一篇好的报告吗？下面是小编为大家整理的报告范文，仅供参考，一起来看看吧。\n'
     '某镇工作报告\n全年增长5%。', '某镇工作报告\n全年增长5%。', 'preface'),
    # a page counter glued after a comma at a line's end; lines of a site talking about itself
    ('今年以来我镇认真开展专项活动，1/6\n全年增长5%。', '今年以来我镇认真开展专项活动\n全年增长5%。', 'page_marker'),
    ('下面由小编帮大家编辑的《某镇工作总结》，供您参考，并请收藏本页！\n全年增长5%。', '全年增长5%。', 'site_talk'),
    ('全年增长5%。\n资源预览文档简介为自动调取，内容显示的完整度或有误差\n剩余4页未读，查看更多内容需下载',
     '全年增长5%。\n', 'site_talk'),
    ('全年增长5%。\n责编：某某', '全年增长5%。\n', 'site_talk'),
    # a code of one lower-case letter and two capitals stamped through a copy; a 文库's buttons, its
    # preview note and banner; a yearbook's volume line; a ? put after a heading for a lost icon
    ('各位代表：qXK\n全年增长5%。qXK 收入增长。qXK', '各位代表：\n全年增长5%。 收入增长。', 'spam'),
    ('全年增长5%。\n收藏 分享(赏)', '全年增长5%。\n', 'site_talk'),
    # a forum's footer: its points rules and the bar of its archive links
    ('全年增长5%。\n本版积分规则\n小黑屋|手机版|Archiver|某某社区', '全年增长5%。\n', 'site_talk'),
    ('全年增长5%。\n亲，该文档总共34页，到这儿已超出免费预览范围，如果喜欢就下载吧！', '全年增长5%。\n', 'blurb'),
    ('1 1 2021 最新修订(可编辑)\n全年增长5%。', '全年增长5%。', 'site_talk'),
    ('2022卷\n全年增长5%。', '全年增长5%。', 'page_marker'),
    ('砥砺前行 ?\n全年增长5%。', '砥砺前行 \n全年增长5%。', 'punct_junk'),
    # lines of tags alone under any name; a portal's note for screen readers; a mobile link; a 范文
    # site's banner; a caption with a giver's credit; a paywall's cut last line; a notes heading
    ('<menuitem id="h4sia"></menuitem>\n2. <meter id="h4sia"></meter>\n全年增长5%。', '全年增长5%。', 'markup'),
    ('本页面是由1个导航区、3个正文区共计4个区域组成，请按Alt加6键\n全年增长5%。', '全年增长5%。', 'site_header'),
    ('[移动版]\n全年增长5%。', '全年增长5%。', 'site_header'),
    ('公文写作素材驿站\n全年增长5%。', '全年增长5%。', 'site_header'),
    ('全年增长5%。\n某公司现代化养殖车间（农业园区办公室供图）', '全年增长5%。\n', 'image'),
    ('全年增长5%。\n会员老友请【登录', '全年增长5%。\n', 'paywall'),
    ('全年增长5%。\n温馨提示：', '全年增长5%。\n', 'doc_site'),
    ('某高新区上半年GDP增长6.7%\n【资料图】\n全年增长5%。', '某高新区上半年GDP增长6.7%\n全年增长5%。', 'image'),
    ('0816-2960999\nzhaopin@example.com\n某集团2023年工作总结\n全年增长5%。', '某集团2023年工作总结\n全年增长5%。', 'site_header'),
    # a forum's buttons and login prompt; a 范文 site's label before the text
    ('全年增长5%。\n打印 上一主题 下一主题\n快速回复 返回顶部 返回列表\n您需要登录后才可以回帖 登录 | 立即注册',
     '全年增长5%。\n', 'site_talk'),
    ('【导读】（一）积极完成造林任务。\n全年增长5%。', '（一）积极完成造林任务。\n全年增长5%。', 'preface'),
    # a bulletin's footnote mark before an abbreviation in brackets and the number
    ('地区生产总值[3]（GDP）243.8亿元，增长6.1%。', '地区生产总值（GDP）243.8亿元，增长6.1%。', 'footnote'),
    # tags a spam page hides its links in, one to a line with a list number
    ('1. <strong id="x7a"></strong>\n2. <table id="x7a"></table>\n3. <object id="x7a"><tt id="x7a"></tt></object>\n'
     '某区2020年统计公报\n全年增长5%。', '某区2020年统计公报\n全年增长5%。', 'markup'),
    # a portal's accessibility bar with bars and a capital I between its buttons
    ("登录 注册 长者版 | 无障碍 I 繁体中文\n某区上半年经济运行简况\n上半年增长8%。",
     "某区上半年经济运行简况\n上半年增长8%。", "site_header"),
    # a column's name with its English name; a list of tags under its header; attachments gone
    ("新闻中心News\n某区上半年经济运行简况\n上半年增长8%。", "某区上半年经济运行简况\n上半年增长8%。", "site_header"),
    ("上半年增长8%。\nTAG标签：\n某某病的早期症状\n某某疗法概述", "上半年增长8%。\n", "footer_block"),
    ("上半年增长8%。\n相关附件：", "上半年增长8%。\n", "site_header"),
    # a continued section's marker before its heading; a 范文 site's number of the piece
    ("（续前）（二）办理异议调处\n全年受理异议案件71件。", "（二）办理异议调处\n全年受理异议案件71件。", "page_marker"),
    ("某局民政工作总结『范文2』\n全年发放救助金86万元。", "某局民政工作总结\n全年发放救助金86万元。", "page_marker"),
    # a site's category glued to the title, its genre word said again
    ("某开发区年度述职报告述职报告范文大全\n全年引进项目12个。", "某开发区年度述职报告\n全年引进项目12个。", "spam"),
    # a news site's dateline and a reporter's byline around a reprinted story
    ("某某网11月9日讯 全区生产总值91亿元。（某某报记者 张某某）\n全年增长5%。", "全区生产总值91亿元。\n全年增长5%。", "byline"),
    # blurbs of 范文 sites: a user's collection, 下面就是小编…, the closing line
    ("本文是网友“abc12”整理的乡镇工作总结（共7篇），供大家品鉴。\n全年增长5%。", "全年增长5%。", "preface"),
    ("下面就是小编给大家带来的乡镇工作总结五篇，欢迎查阅！\n全年增长5%。", "全年增长5%。", "preface"),
    ("全年增长5%。\n本文到此结束，希望对大家有所帮助。", "全年增长5%。\n", "preface"),
    # a template's blank fields, a document site's file format and count of pieces
    ("编者：___________\n日 期：___________\n全年增长5%。", "全年增长5%。", "template"),
    ("格式：DOCX\n全年增长5%。", "全年增长5%。", "doc_site"),
    ("某镇安全生产工作总结【最新7篇】\n全年增长5%。", "某镇安全生产工作总结\n全年增长5%。", "doc_site"),
    # a site's name and address in brackets, a writing site's advert, inside sentences
    ("全区[范文搜网-http://m.example.com]生产总值91亿元。", "全区生产总值91亿元。", "spam"),
    ("增加值23.4亿元，某某素材库：https://www.example.cn/，同比增长6.9%。", "增加值23.4亿元，同比增长6.9%。", "spam"),
    # a skip link, a file's size after the title, a template's note where names go
    ("跳到主要内容区块\n某市议会大会施政报告（书面报告Pdf档/1076KB）\n全年增长5%。", "某市议会大会施政报告\n全年增长5%。",
     "site_header"),
    ("某市议会大会施政报告（书面报告Pdf档/1076KB）\n全年增长5%。", "某市议会大会施政报告\n全年增长5%。", "doc_site"),
    ("兹有（六字名字和职务替换）同志来我局工作。", "兹有同志来我局工作。", "template"),
    # page markers, a collection line, a report's type, a bare domain, a press office's lines
    ("全年增长5%。利用宣传车、村村第1页共1页", "全年增长5%。利用宣传车、村村", "page_marker"),
    ("收藏《区长在一季度经济运行分析会上的讲话》\n全年增长5%。", "全年增长5%。", "site_talk"),
    ("报告类型：权威报告\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。\nexample-spam.com", "全年增长5%。\n", "spam"),
    ("某县政府 新闻稿：113/10/29\n全年增长5%。\n新闻科某某某：037-5598288", "全年增长5%。\n", "site_header"),
    ("某某报 / 记者某某某/某地报导\n全年增长5%。", "全年增长5%。", "byline"),
    # a spam site's name stuffed into a sentence, a copy's source after a bar
    ("组织学习澳门某某城中心_某某杯足球网-【投注官网平台】讲话精神。", "组织学习讲话精神。", "spam"),
    ("某镇创建总结 | 来源：网友投稿\n全年增长5%。", "某镇创建总结\n全年增长5%。", "site_header"),
    # a 范文 site's piece header with its title in 《》, and its pitch inside the opening paragraph
    ("篇一：《某某工作总结：综合施策，水清岸绿》\n全年增长5%。", "全年增长5%。", "doc_site"),
    ("全年增长5%。\n本文呈现多篇《某某工作总结》范文，以供参考借鉴。", "全年增长5%。\n", "preface"),
    ("  • 报告类型：权威报告\n全年增长5%。", "全年增长5%。", "site_header"),
    # a template's blank fields glued into a line, its blank date and its note
    ("某局局长述职学校：_________教师：_____________年___月___日（此文内容仅供参考，可自行修改）\n全年增长5%。",
     "某局局长述职\n全年增长5%。", "template"),
    # Wikisource's frame, an encyclopedia's search box, a Q&A site's markers, a back link
    ("维基文库，自由的图书馆\n全年增长5%。\n本作品收录于《某县人民政府工作报告》", "全年增长5%。\n", "site_header"),
    ("请输入您要查询的百科知识：\n全年增长5%。\n如题所述\n扩展资料\n‹ 返回", "全年增长5%。\n", "site_header"),
    # a newspaper's page header, a story's credits in brackets, adverts inside a line
    ("第f01b版：某地 上一版\n全年增长5%。（记者：张某某；责编：李某某）", "全年增长5%。", "site_header"),
    ("全年增长5%。（记者：张某某；责编：李某某）", "全年增长5%。", "byline"),
    ("全年增长5%。【更多公文素材，微信：abc01】", "全年增长5%。", "promo"),
    ("某某网提供各类范文写作素材！\n全年增长5%。", "全年增长5%。", "site_talk"),
    # a word processor's page fields glued to a title; a literature site's name glued before it
    ("第PAGE20页共NUMPAGES20页2022年某院工作总结\n全年增长5%。", "2022年某院工作总结\n全年增长5%。", "markup"),
    ("某某文学吧乡镇民政年终工作总结\n全年增长5%。", "乡镇民政年终工作总结\n全年增长5%。", "spam"),
    # a document site's paywall count, sales line and lists
    ("全年增长5%。未完，全文共8881字，当前只显示713字", "全年增长5%。", "paywall"),
    ("【本文为 word 版，下载后可修改、打印，请购买，谢谢。 】\n全年增长5%。", "全年增长5%。", "doc_site"),
    ("全年增长5%。\n附件列表\n下载提示\n文档列表 文档介绍", "全年增长5%。\n", "doc_site"),
    # a line of related titles parted by bars; an editor in brackets with blanks
    ("全年增长5%。\n某院工作总结 | 某院年度工作总结 | 某院个人工作总结", "全年增长5%。\n", "footer_block"),
    ("全年增长5%。[ 编辑： 张某某 ]", "全年增长5%。", "byline"),
    # a document site's stamps framed by spaced dashes inside a sentence
    ("开展送戏、送电影、群众自办文精品资料 - - - 欢迎下载 - - - - 名师归纳 - - - -第 1 页，共 8 页 - - - - 体活动。",
     "开展送戏、送电影、群众自办文体活动。", "doc_site"),
    # a portal's skip link, section names, counters and controls, a forum's poster field, a ticker
    ("按Enter到主内容区\n某县获评全国第3名\n点阅率：983\n字型大小：\n全年增长5%。", "某县获评全国第3名\n全年增长5%。",
     "site_header"),
    ("新闻焦点\n某县年度总决算审核报告\n历史讯息\n浏览人数： 118人\n全年增长5%。", "某县年度总决算审核报告\n全年增长5%。",
     "site_header"),
    ("楼主：\n某县总决算首度剩余1亿多元\n全年增长5%。", "某县总决算首度剩余1亿多元\n全年增长5%。", "site_header"),
    ("头条新闻： · 区人大常委会调研某某建设情况\n某区经济普查公报\n全年增长5%。", "某区经济普查公报\n全年增长5%。", "site_header"),
    # kinds of fresh71-75: a hacked page's line of video-site spam, a photo's credit inside a
    # sentence and a caption ending in one, a portal's bar with its site map link, a study-only
    # note, a page's line of search tags, a markdown table's rule, a Minguo date field, a line
    # break tag, a news outlet's tag and its name alone, weather and share lines, a spaced page
    # marker inside a sentence, a law site's width widget, a title a PDF's bold text doubled
    ("某某在线视频_某某综合网_某某在线播放_高清无码\n某镇工作总结\n全年增长5%。", "某镇工作总结\n全年增长5%。", "spam"),
    ("县长步入会场（某某社 王某某摄）并作报告。\n全年增长5%。", "县长步入会场并作报告。\n全年增长5%。", "image"),
    ("某局工作总结\n县长主持召开会议。（李某某摄）\n全年增长5%。", "某局工作总结\n全年增长5%。", "image"),
    ("某某网|某某电视台|网站地图 |\n某镇工作总结\n全年增长5%。", "某镇工作总结\n全年增长5%。", "site_header"),
    ("某镇工作总结（仅供学习参考，切勿照搬）\n全年增长5%。", "某镇工作总结\n全年增长5%。", "statement"),
    ("某镇2023年上半年工作总结\n全年增长5%。\n某镇 2023 上半年 工作总结", "某镇2023年上半年工作总结\n全年增长5%。\n",
     "keywords"),
    ("| 发表者 | 树状展开 |\n|---|---|\n某乡施政报告\n全年增长5%。", "某乡施政报告\n全年增长5%。", "markup"),
    ("• 日期：97-12-13\n某乡施政报告 <br>\n全年增长5%。", "某乡施政报告 \n全年增长5%。", "site_header"),
    ("某某商报\n-- 天气\n【某某新闻台】全年增长5%。\n分享给朋友：\n读者回响", "全年增长5%。\n", "byline"),
    ("全年加大对 第 6 页 共 8 页 房地产业的投入，增长5%。", "全年加大对 房地产业的投入，增长5%。", "page_marker"),
    ("某省规范性文件 > 正文阅览\n保留字段信息\n页面宽度(px)：\n某市统计公报\n全年增长5%。", "某市统计公报\n全年增长5%。",
     "site_header"),
    ("乡镇乡镇 20232023 年妇联工作总结年妇联工作总结\n一是做好宣传。一是做好宣传。全年增长5%。",
     "乡镇 2023 年妇联工作总结\n一是做好宣传。全年增长5%。", "doubled"),
    # kinds of fresh76-80 (news and portal pages): a caption ending in an agency's photo credit, a
    # photo's source in brackets, bylines with the place reported from and alone on a line, previous
    # topic and share-to-WeChat lines, a paywall's progress, a law site's validity fields, an
    # e-paper's date line, a 范文 site's ownership watermark, a bulleted menu
    ("某局工作总结\n县长主持会议。某某社记者 王某某 摄\n全年增长5%。", "某局工作总结\n全年增长5%。", "image"),
    ("县长出席会议（图／某县政府提供）并讲话。\n全年增长5%。", "县长出席会议并讲话。\n全年增长5%。", "image"),
    ("【记者 王某某 某县报导】全年增长5%。", "全年增长5%。", "byline"),
    ("某某日报全媒体记者 王某某\n全年增长5%。", "全年增长5%。", "byline"),
    ("上一主题：某站加强防疫\n全年增长5%。\n打开微信，点击底部的“发现”，\n使用“扫一扫”即可将网页分享至朋友圈。",
     "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n继续阅读(剩余：75.85%)\n请登录后识别阅读权限！", "全年增长5%。\n", "paywall"),
    ("效力状态 有效\n生效日期 失效日期\n2020年8月27日 星期四\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年为群众办实事本资料权属某某网严禁复制剽窃三十件。", "全年为群众办实事三十件。", "spam"),
    ("- 政策解读\n- 经济发展\n- 社会发展\n- 减贫救灾\n- 法治建设\n- 天下人物\n国家统计局发言人答记者问\n全年增长5%。",
     "国家统计局发言人答记者问\n全年增长5%。", "site_header"),
    # kinds of fresh81-85: a photo credit line with the agency in brackets, a caption ending in a
    # slashed credit, a video tag, news source and follow lines, a forum's author field, a numbered
    # previous link, a correspondent's byline alone, a byline in brackets after 本报讯
    ("某某工作总结\n王某某摄（某某视觉）\n全年增长5%。", "某某工作总结\n全年增长5%。", "image"),
    ("某县工作总结\n市长出席活动。记者王某某/摄影\n全年增长5%。", "某县工作总结\n全年增长5%。", "image"),
    ("某县施政总报告【影音新闻】\n全年增长5%。\n新闻来源：某某社\n加入Line好友", "某县施政总报告\n全年增长5%。\n", "byline"),
    ("作者abcde (GOLD)\n3上一篇\n某市施政六周年\n全年增长5%。", "某市施政六周年\n全年增长5%。", "site_header"),
    ("某镇工作总结\n全年增长5%。\n某某通讯员：王某某", "某镇工作总结\n全年增长5%。\n", "byline"),
    ("本报讯（张某某报道）今年上半年，全区经济增长5%。", "今年上半年，全区经济增长5%。", "byline"),
    # kinds of fresh86-90: names closing a story's paragraph; a byline with the place alone on a
    # line, with the outlet before it in brackets; QR-code and copied-link notes; a photo's source
    # in brackets; a site's update note; a site's name after a bar; a portal's name before the
    # title; a file's download line; a page counter between blanks; spaced 打 印 buttons;
    # bulleted 发布 and 刊发日期 fields
    ("全局共办结事项126件。(张某 李某某)\n全年增长5%。", "全局共办结事项126件。\n全年增长5%。", "byline"),
    ("平均压缩办税环节62%。（王某、刘某某、陈某）", "平均压缩办税环节62%。", "byline"),
    ("某市长施政报告\n\n记者王某某/竹市报导\n代理市长今天进行施政报告。", "某市长施政报告\n\n代理市长今天进行施政报告。", "byline"),
    ("【某传媒／记者 王某某／某县 报导】县议会今日开议。", "县议会今日开议。", "byline"),
    ("】 【打 印】\n扫描二维码访问某某网移动版\n已复制链接\n就业局势总体稳定。", "就业局势总体稳定。", "site_header"),
    ("对这份报告，行政长官说没有完美方案(图源:某某社)\n全文如下。", "对这份报告，行政长官说没有完美方案\n全文如下。", "image"),
    ("2005年某区统计公报(2022年更新)\n全年增长5%。", "2005年某区统计公报\n全年增长5%。", "site_header"),
    ("某某网 > 工作总结 >\n\n2020年某局目标完成情况总结\n\n| 找总结网2\n\n一、完成情况", "\n2020年某局目标完成情况总结\n\n\n一、完成情况",
     "site_header"),
    ("某县人民政府-2016年上半年某乡工作目标自查报告\n全年增长5%。", "2016年上半年某乡工作目标自查报告\n全年增长5%。", "site_header"),
    ("文件下载\n某街道工作总结\n全年增长5%。", "某街道工作总结\n全年增长5%。", "site_header"),
    ("开展便民服务活动，如健康咨询、 第1 页共 3页\n义诊等。", "开展便民服务活动，如健康咨询、 \n义诊等。", "page_marker"),
    ("  • 时间:2023-05-04 08:58:16\n  • 发布:某市卫生健康委\n某委关于印发工作要点的通知", "某委关于印发工作要点的通知", "site_header"),
    ("刊发日期:2019-01-17 阅读次数: 作者:  语音阅读:\n全年增长5%。", "全年增长5%。", "footer_line"),
    # kinds of fresh91-95: a comment box, a tip jar, a title field and a date-and-views line, a
    # site's welcome and blurbs, a word count and a gambling brand after a title, a portal's
    # header, a credit with blanks, a run-together byline, a caption between ▼, a spaced 首 页
    # menu, a paywall note with 想…完, a 范文 count tag, a gloss inside an acronym
    ("全年增长5%。\n评论一下\n评论 0人参与,0条评论\n还没有评论,快来抢沙发吧!\n最热评论", "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n如果喜欢本篇内容,请赞赏鼓励哦!\n尚未有人赏赞,赶紧来一个吧\n请选择打赏类型", "全年增长5%。\n", "site_header"),
    ("2026-02-10 222\n某局工作要点\n全年增长5%。\n本文标题:某局工作要点", "某局工作要点\n全年增长5%。\n", "site_header"),
    ("欢迎访问某某网,线上期刊服务咨询\n绪论:在寻找写作灵感吗?\n某村工作报告\n全年增长5%。\n欢迎您的阅读与分享!",
     "某村工作报告\n全年增长5%。\n", "site_header"),
    ("某局2023年工作总结3790字范文\n全年增长5%。", "某局2023年工作总结\n全年增长5%。", "char_count"),
    ("某局2022年工作总结-ag某发娱乐\n全年增长5%。", "某局2022年工作总结\n全年增长5%。", "spam"),
    ("政府信息公开\n某局工作总结\n全年增长5%。", "某局工作总结\n全年增长5%。", "site_header"),
    ("市长主持召开专题调度会议。( 王某某 摄)\n全年增长5%。", "全年增长5%。", "image"),
    ("(记者王某某某县报导)\n县议会今日开议。", "县议会今日开议。", "byline"),
    ("▼施政报告 增加公屋数量▼\n全年增长5%。", "全年增长5%。", "image"),
    ("首  页 宜居某市 信息公开 服务之窗 网络问政\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。(想阅读完全部图文内容,您需要先登陆!)", "全年增长5%。", "paywall"),
    ("乡镇安全生产工作总结【优质5篇】\n全年增长5%。", "乡镇安全生产工作总结\n全年增长5%。", "doc_site"),
    ("全年增长5%。\n主办单位:某县委组织部 承办:某中心 皖I(lǐng)CP备0700665号", "全年增长5%。\n", "footer_line"),
    # kinds of fresh96-100: a 范文 collection's site lines and contents' lines with their page; a
    # portal's menu of news columns; a document site's notes; a blurb naming the site's editor; a
    # caption ending in its agency and app; a closing source in brackets; editors run together
    ("某某网(www.example.com)整理\n每天更新优质范文,让写材料变得简单!\n某市政府工作报告- 38 -\n某市政府工作报告\n全年增长5%。",
     "某市政府工作报告\n全年增长5%。", "doc_site"),
    ("某某新闻 | 图片 | 数字报纸 | 网视\n时政要闻   图片新闻   天下新闻   公告公示\n某县工作总结\n全年增长5%。",
     "某县工作总结\n全年增长5%。", "site_header"),
    # a 范文 blurb with the stock sentences before it, and one that hopes to inspire (fresh319, fresh321 kinds)
    ("工作报告多在汇报例行工作时使用，是常见的一种报告。以下是整理的校车安全工作报告，欢迎阅读！\n全年增长5%。",
     "全年增长5%。", "preface"),
    ("在这里为大家精心挑选了一些总结文档，希望能够给大家提供一些写作灵感。\n全年增长5%。", "全年增长5%。", "preface"),
    ("今年完成投资3亿元，增长5%。以下是整理的工作报告，欢迎阅读！", "今年完成投资3亿元，增长5%。", "blurb"),   # the
    # report's sentence before the blurb stays: the stock sentences hold no number
    # kinds of fresh321-325: a portal's file table header, a reprint's link line, a record's validity
    # field and body label, a blog's comment and template lines, a channel viewer's prompts, a two-step
    # breadcrumb, a story's date, reporter and paper line, an empty search, an English share line, a
    # loader's note, a block's closing tag alone
    ("类型 | 档名 | 档案大小 | 说明 |\n全年增长5%。", "全年增长5%。", "doc_site"),
    ("原文链接：//example.com/post/123.html\n文件有效性 有效\n文章正文\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。\n没有留言：\nBlogger Templates\n在Telegram中查看相关推荐\n启动ABCD机器人\n", "全年增长5%。\n", "site_header"),
    ("资讯 > 数据\n没有找到结果。\nShare \"某某制度之研究\"\n全年增长5%。", "全年增长5%。", "site_header"),
    ("2007-10-08 记者：王某 来源：某某参考报 |\n全年增长5%。", "全年增长5%。", "byline"),
    ("全年增长5%。加载中....（立即查看全文）", "全年增长5%。", "site_header"),
    ("全年增长5%，总结如下。</p>\n一、主要工作", "全年增长5%，总结如下。\n一、主要工作", "markup"),
    ("第 1 页 共 6 页 某区工作推进会议讲话 今天，我们召开会议。", "某区工作推进会议讲话 今天，我们召开会议。", "page_marker"),
    # kinds of fresh326-330: an editors' credit of the three reviews, font-size widgets, a hit counter, a
    # poster's id, date and views, a blog's post counter, a portal's prompts, a chat assistant's closing
    # wish, a Q&A plea, a record's field labels, a site's breadcrumb, a photo credit, a scan prompt, a
    # record's 名称 and 文号 row, a related-news heading
    ("全年增长5%。（一审一校：王某 二审二校：石某 三审三校：向某）", "全年增长5%。", "byline"),
    ("【字体：打印\n大 中 小】\n[大] [中] [小]\n点阅率1424\n全年增长5%。", "全年增长5%。", "site_header"),
    ("abcadmin2023-01-31  115\nNew Post(0)\n某州人民政府网站提示：\n请完成个人中心登录后进行相关操作\n全年增长5%。",
     "全年增长5%。", "site_header"),
    ("全年增长5%。希望这篇文章能满足您的需求。", "全年增长5%。", "promo"),
    ("总页数：7 页\n总字数：约3.24千字\n文档摘要\n8 页 999+\n全年增长5%。", "全年增长5%。", "doc_site"),   # fresh334 kinds
    ("【免责声明】\n[ 编辑：综合新闻编辑部 ]\n文号： 关键字：\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。某地白癜风医院某市中西白癜风医院", "全年增长5%。", "spam"),
    ("撰稿人：谭某某 校对人：崔某某 审核人：龚某某）\n全年增长5%。", "全年增长5%。", "byline"),   # fresh332-335 kinds
    ("精选公文范文\n各位读友大家好，此文档由网络收集而来，欢迎您下载，谢谢\n全年增长5%。\n精选公文范文 2精选公文范文",
     "全年增长5%。\n", "doc_site"),
    ("全年增长5%。\n（某县农机局，新疆 某县 844800）\n撰文：陈某某\n出版：更新：\n资料图。陈某 摄", "全年增长5%。\n", "byline"),
    ("△绩优防疫志工。\n图：某县卫生局辅导卫生所参加评选\n全年增长5%。", "全年增长5%。", "image"),
    # fresh336-340 kinds
    ("澳门赌博现金网，澳门新濠天地\n某市188足球直播_篮球比分¥体育官网：近日开展宣传。\nk1体育 - 十年品牌 值得信赖\n试管助孕生子包成功",
     "某市：近日开展宣传。\n", "spam"),
    ("全年增长5%。\n网友评论列表\n暂无网友评论\n验证码：captcha\nAI导读：\n查看原图 | 提示：支持键盘翻页\n某某书屋 导航\n"
     "某某网工作报告内容页\n时间：| 作者：abc2", "全年增长5%。\n", "site_header"),
    ("ze: 14px; line-height: 28px;\">全年增长5%。", "全年增长5%。", "markup"),
    ("全年增长5%。《 某某日报 》( 2023年11月28日 第 02 版)", "全年增长5%。", "site_header"),
    ("某矿山修复治理报告{汇总5篇}\n全年增长5%。", "某矿山修复治理报告\n全年增长5%。", "doc_site"),
    ("全年增长5%。\n为 期 两 天 的 拓 展 训 练 于 昨 天 下 午 顺 利 落 下 帷 幕\n", "全年增长5%。\n", "jammer"),
    ("媒体：原创 作者：某某湿地\n专业号：某某湿地\n全年增长5%。\n版权声明：1.依据《服务条款》\n本网页发布的原创作品，"
     "版权归发布者（即注册用户）所有。\n联系人：李女士", "全年增长5%。\n", "site_header"),   # a hosting platform (fresh326)
    ("乡镇秸秆禁烧工作汇报，急！求大佬出现，救急！\nEngTitle\n中文摘要\n某某振兴在线 >  要闻\n扫描微阅读\n最新动态\n全年增长5%。",
     "全年增长5%。", "site_header"),
    ("名称：市某局2021年工作总结 文号：\n全年增长5%。\n新华社记者 彭某某 摄", "全年增长5%。\n", "site_header"),
    # a news portal's menu of columns with a trailing bar (a fresh317 kind)
    ("全年增长5%。\n头条 | 本地 | 公司 | 人物 | 产经 | 国际 | 军事 |\n", "全年增长5%。\n", "site_header"),
    ("1 / 7\n文档名称:\n下载后只包含 1 个 DOC 格式的文档\n某乡工作汇报\n全年增长5%。", "某乡工作汇报\n全年增长5%。", "doc_site"),
    ("某局工作总结由某某文库小编整理,希望给你工作带来方便\n全年增长5%。", "全年增长5%。", "preface"),
    ("民警坚守一线。警方供图 某某网-某客户端 发\n全年增长5%。", "全年增长5%。", "image"),
    ("全年增长5%。\n(来源 某某之声)", "全年增长5%。\n", "byline"),
    ("全年增长5%。编辑王某某二审李某三审张某", "全年增长5%。", "byline"),
    ("设为主页 加入收藏\n某县统计公报\n全年增长5%。", "某县统计公报\n全年增长5%。", "site_header"),
    ("平均办税时间压缩56%。(王某某 李某某 )\n全年增长5%。", "平均办税时间压缩56%。\n全年增长5%。", "byline"),
    # kinds of fresh101-105: adult-video adverts as a line and inside a sentence; a page's controls
    # alone on lines; a bracketed credit naming the outlet before 记者; contact lines; a reposting
    # site's disclaimer; hot-word lines; a messaging app's follow line; a journal's citation; a
    # portal's sub-site list; a site's name above its dateline; a timestamp without its year; an
    # HTML entity; a record's date run into the first sentence
    ("欧美综合在线观看-人妻熟女精品视频-无码中文字幕\n某县卫生健康工作总结\n全年增长5%。",
     "某县卫生健康工作总结\n全年增长5%。", "spam"),
    ("全县诊疗人次达到95万亚洲mv清码区免费入口，比上年增长5%。", "全县诊疗人次达到95万，比上年增长5%。", "spam"),
    ("logo\n某局工作总结\n  • 浏览记录\n全年增长5%。\n小程序二维码\n微信扫码体验小程序",
     "某局工作总结\n全年增长5%。\n", "site_header"),
    ("（钱某 某某日报全媒体记者 孙某某）3月1日，全县完成投资5亿元。", "3月1日，全县完成投资5亿元。", "byline"),
    ("全年增长5%。（总台央视记者 某）", "全年增长5%。", "byline"),
    ("洽谈电话\n400-6060-805\n某镇召开人代会\n全年增长5%。\n联系电话:13907210000 15871600000 技术支持:某某广告有限责任公司",
     "某镇召开人代会\n全年增长5%。\n", "site_header"),
    ("全年增长5%。\n电话:0391-3560000 传真:0391-3580000 信箱:abc@example.com 地址:某路1号", "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n以上文章仅代表作者个人观点,本网只是转载,如涉及版权问题,请联系我们。", "全年增长5%。\n", "statement"),
    ("全年增长5%。\n相关热词: 医疗机构 卫生事业\n• 推广 热搜: 灭菌器 信息系统", "全年增长5%。\n", "site_header"),
    ("某新闻LINE@每日推送热门文章\n加入LINE好友\n某市卫生统计公报发布\n全年增长5%。", "某市卫生统计公报发布\n全年增长5%。", "promo"),
    ("摘要\n全年税收增长5%。\n出处\n《某某税务》\n1993年第11期35-37,共3页", "摘要\n全年税收增长5%。\n", "site_header"),
    ("乡镇(街道)分站: 东湾镇 西岗镇 南集镇 北塘镇 中垾镇 高桥镇\n某乡人代会胜利召开\n全年增长5%。",
     "某乡人代会胜利召开\n全年增长5%。", "site_header"),
    ("某区财税收入实现双过半\n某网某某站\n07-01 10:42\n某网某某站讯 今年以来，全区财政收入增长5%。",
     "某区财税收入实现双过半\n今年以来，全区财政收入增长5%。", "site_header"),
    ("全年增长5%，所占比重逐年提高。nbsp;\n全年增长6%。", "全年增长5%，所占比重逐年提高。\n全年增长6%。", "markup"),
    ("核心提示:发布日期:2017-08-24 2016年是开局之年，全年增长5%。", "2016年是开局之年，全年增长5%。", "site_header"),
    # kinds of fresh106-110: an accessibility bar; empty record fields; a gambling brand's header; a
    # reprint's 原标题 label; a QR prompt cut short; bulleted page controls; a date badge; a site's
    # numbered link names on one long line; a breadcrumb's last step; a page number in tildes; share
    # buttons; membership prompts; a rule of dashes; a document site's widgets; a photo's source; a
    # news list's ages; a symbol run stamped through the copy; a 范文 site's talk in a paragraph
    ("无障碍浏览 长者模式\n某区统计局经济运行分析\n全年增长5%。", "某区统计局经济运行分析\n全年增长5%。", "site_header"),
    ("• 发文字号\n• 主题分类\n废止日期:\n0000abcde/2022-00002\n全年增长5%。", "全年增长5%。", "site_header"),
    ("abc365_某某365天第3季是真的吗_365网站游戏\n全年增长5%。", "全年增长5%。", "spam"),
    ("原标题:1-5月份某市经济运行情况\n全年增长5%。", "1-5月份某市经济运行情况\n全年增长5%。", "site_header"),
    ("全年增长5%。\n用微信扫描二维", "全年增长5%。\n", "site_header"),
    ("• 听全文\n• 分享到\n2014-08\n全年增长5%。", "全年增长5%。", "site_header"),
    ("视频1 视频21 视频41 视频61 视频文章1 视频文章21 推荐1 推荐3 推荐5 推荐7 推荐9 推荐11 推荐13 推荐15 推荐17 推荐19 "
     "推荐21 推荐23 推荐25 推荐27 推荐29 推荐31 关键词1 关键词101 关键词201 关键词301 关键词401 关键词501 标签1 标签501\n"
     "某中心工作总结\n全年增长5%。", "某中心工作总结\n全年增长5%。", "site_header"),
    ("> 镇乡街道网站\n~727~\n全年增长5%。", "全年增长5%。", "site_header"),
    ("  • Facebook\n  • Twitter\n  • 友善列印\n💎成为会员 📧订阅电子报\n下载某某App 接收即时新闻通知\n------------------\n全年增长5%。",
     "全年增长5%。", "promo"),
    ("  • Upload\n  • Download\nEmbed Size (px)\n全年增长5%。", "全年增长5%。", "doc_site"),
    ("全年增长5%（政府新闻处截图）。\n资料图片\n会议现场。 实习生某某某摄\n全年增长6%。", "全年增长5%。\n全年增长6%。", "image"),
    ("全年增长6%。(蔡某某/大纪元)\n某地举行活动。/某某报导", "全年增长6%。\n某地举行活动。", "byline"),
    ("1小时前\n7分钟前\n全年增长5%。", "全年增长5%。", "site_header"),
    ("在党中央◈✿✿★坚强领导下◈✿✿★，教育系统◈✿✿★全年增长5%。", "在党中央坚强领导下，教育系统全年增长5%。", "watermark"),
    ("社区工作值得认真学习,下面小编就为大家带来了,感兴趣的朋友可以看一看哦。在某社区,全年增长5%。",
     "社区工作值得认真学习。在某社区，全年增长5%。", "blurb"),
    ("手机免费黄色大片，亚洲日本黄色网址是多少\n全年增长5%。", "全年增长5%。", "spam"),
    ("**（一）政策宣传与意识提升**\n全年开展宣传20场。", "（一）政策宣传与意识提升\n全年开展宣传20场。", "markup"),
    # kinds of fresh111-115: a font-size control, a section link, a search box, a "more" link; a
    # paywall's count of pages left; a calligraphy site's credits; an editors' line; a print
    # edition's page; a portal's name with its address or login; a next-article link
    ("- 字体大小:[小\n- 大]\n长者专区 返回首页\n在线检阅: 搜索\n| 更多>> |\n全年增长5%。", "全年增长5%。", "site_header"),
    ("还剩-页可免费阅读, 继续阅读\n全年增长5%。", "全年增长5%。", "paywall"),
    ("2023某省文旅成绩单“出炉”-9游会\n全年接待游客5亿人次。", "2023某省文旅成绩单“出炉”\n全年接待游客5亿人次。", "spam"),
    # kinds of fresh116-120: a news site's follow, recommendation and privacy lines; a numbered
    # breadcrumb label; a spaced record field; a visit count; correspondents' credits; article
    # links; share buttons; a comment count; a data disclaimer; a 范文 site's search box and network
    ("全年增长5%。\n加入 @abcd 好友\n大数据推荐\n热销商品\n某新闻网为了提供更好的阅读内容，使用cookie。", "全年增长5%。\n", "promo"),
    ("1. 当前位置:\n来        源 某县人民政府办公室\n访问数:9291次\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。\n特约通讯员 白某某 通讯员 黄某某\n通讯员 李某 摄", "全年增长5%。\n", "byline"),
    ("全年增长5%。\n上一篇文章:\n下一篇文章: 没有了\n收藏 分销(赏)\n0 条评论 手机发评论\n备注:数据仅供参考,不作为投资依据。",
     "全年增长5%。\n", "site_header"),
    ("快捷搜索:论文 合同 演讲 心得\n稿子汇,范文学习文库\n• 期刊 科普 SCI期刊 投稿技巧\nweixin\n电脑桌面\n全年增长5%。", "全年增长5%。", "doc_site"),
    ("一二三区在线播放国内精品自产拍\n香蕉亚洲一级国产欧美\n全年增长5%。", "全年增长5%。", "spam"),
    ("全年完成投资5亿元。\n某厅一行来我县检查“四好农村路”提升工程2.jpg\n全年增长5%。", "全年完成投资5亿元。\n全年增长5%。", "image"),
    ("全年增长5%。\n“葡”写致富经 ..\n某中学举行纪念..", "全年增长5%。\n", "site_header"),
    ("首页>化工资讯\n\n化工资讯\n\n13390亿斤！2020年粮食再获丰收\n某局公布数据，全年增长0.9%。",
     "\n\n13390亿斤！2020年粮食再获丰收\n某局公布数据，全年增长0.9%。", "site_header"),
    ("栏头点睛:深呼吸 某地蓝\n署书推介:某某某(某学会主任)\n某某网钤印:王某\n全年增长5%。", "全年增长5%。", "byline"),
    ("全年增长5%。\n文字整理 某某某 制图 某某某\n某某某 审核:某某某 监制:某某某", "全年增长5%。\n", "byline"),
    ("某某网 example.com\n《 某某日报 》( 2022年01月05日 14 版)\n某某网 登录\n- 下一篇:新任区长供职\n全年增长5%。",
     "全年增长5%。", "site_header"),
    # HTML tags of a page saved as text
    ("<h3> 上午9时，大会开幕。</h3><h3></h3><h1 style=\"text-align: center;\"><b>工作回顾</b></h1><h3>全年完成投资8亿元。</h3>",
     " 上午9时，大会开幕。工作回顾全年完成投资8亿元。", "markup"),    # kinds of fresh121-125: a dateline with its source; a breadcrumb's rest on its own line; a
    # document site's talk; a portal's app links; a QR caption; a contributor in brackets; a location
    # line without its colon and widget names; a law database's fields; a newspaper's edition and
    # CMS lines; a teaser closing on [详情]; a 范文 title's count of pieces; a paper after a paragraph
    ("日期：2021年03月15日 来源：某县人大常委会\n某县人大常委会2020年工作报告\n全年召开会议12次。",
     "某县人大常委会2020年工作报告\n全年召开会议12次。", "site_header"),
    ("当前位置：首页\n>> 信息公开 >> 工作总结 >> 年度总结\n某县水利局2021年工作总结\n全年完成投资3亿元。",
     "某县水利局2021年工作总结\n全年完成投资3亿元。", "site_header"),
    ("整理文档很辛苦，赏杯茶钱您下走！\n某镇2019年工作总结\n阅读已结束，您可以下载文档离线阅读编辑\n全年完成投资3亿元。",
     "某镇2019年工作总结\n全年完成投资3亿元。", "doc_site"),
    ("  • 扫一扫\n    打开 · 手机版\n    关注 · 政务微博\n某局2020年工作总结\n全年办结案件120件。",
     "某局2020年工作总结\n全年办结案件120件。", "site_header"),
    ("全年走访困难户70户。\n扫描二维码随身看资讯\n某某网(Agri.com.cn)微信扫一扫：尽览天下新闻",
     "全年走访困难户70户。\n", "site_header"),
    ("全年办理法律援助案件300件。\n（供稿：某县司法局办公室）", "全年办理法律援助案件300件。\n", "byline"),
    ("您的位置首页  魅力某市  旅游\n色彩风格\n内容阅读\n某市旅游局2022年工作总结\n接待游客500万人次。",
     "某市旅游局2022年工作总结\n接待游客500万人次。", "site_header"),
    ("发文机关某某人民法院\n发文日期2018年10月01日\n时效性现行有效\n施行日期2018年10月01日\n全年审结案件5000件。",
     "全年审结案件5000件。", "site_header"),
    ("第03版：要闻 PDF版\n推进平安建设 提升工作实绩\n全市抓获犯罪嫌疑人1200名。\n"
     "2021-03-06 1 1 某某日报 content_123456.html 1 推进平安建设 /enpproperty-->",
     "推进平安建设 提升工作实绩\n全市抓获犯罪嫌疑人1200名。\n", "site_header"),
    ("某某科技有限公司成立于2017年6月，注册资本6.2亿元。[详情]\n全乡脱贫500户。", "全乡脱贫500户。", "site_header"),
    ("乡镇扶贫工作总结(精选12篇)\n全乡脱贫500户。", "乡镇扶贫工作总结\n全乡脱贫500户。", "char_count"),
    ("全县建成社区工厂19个，帮助就业3000余人。(某某日报)\n真钱麻将", "全县建成社区工厂19个，帮助就业3000余人。\n", "byline"),
    ("全县建成社区工厂19个。\n真钱麻将\n全年增长5%。", "全县建成社区工厂19个。\n全年增长5%。", "spam"),
    ("1、乡镇卫生工作汇报 无论你在什么单位，都需要对工作做一个总结，今天我就给大家带来了一些关于乡镇卫生工作汇报的"
     "范文模板，有需要的朋友可以参照一下哦！ 今年新建卫生室5个。",
     "1、乡镇卫生工作汇报  今年新建卫生室5个。", "blurb"),
    ("2021年民政工作总结 下面是由某某范文网为大家的 《2021 年民政工作总结》，仅供参考，欢迎大家阅读。 全年发放救灾款300万元。",
     "2021年民政工作总结  全年发放救灾款300万元。", "blurb"),
    ("前言：一篇好报告的写成，需要你反复地查找资料，本站小编为你收集了多篇乡村振兴工作总结，仅供参考，欢迎阅读。\n全村修路3公里。",
     "全村修路3公里。", "preface"),    # a news item's writers alone in brackets; a breadcrumb as a numbered list from 首页
    ("全县新建公岗700个。\n（ 叶建军）", "全县新建公岗700个。\n", "byline"),
    ("全县新建公岗700个。\n（王芳 张伟）\n（草案）", "全县新建公岗700个。\n（草案）", "byline"),
    ("1. 首页\n  2. 农业经济管理\n某县产业扶贫工作总结\n全年增长5%。", "某县产业扶贫工作总结\n全年增长5%。", "site_header"),
    # a portal's record as bulleted lines without field names: the issuer and category go with the
    # index number and dates
    ("• 001122334/2021-00031\n  • 某市审计局\n  • 财政，审计\n  • 2021-12-20\n  • 2021-12-28\n"
     "某市2021年审计工作报告\n全年完成审计项目96个。", "某市2021年审计工作报告\n全年完成审计项目96个。", "site_header"),
    # kinds of fresh126-130: a record line's date, visits and font size; a font-size field in bars; a
    # share prompt; an accessibility bar; record fields without colons; a portal's own name; a
    # motto ending in [了解我站]; a popularity count; a news agency's tag and dateline; 范文 talk
    ("2022年某市人大常委会工作报告\n发布日期：2022-02-16  08:56访问次数：字体：[ ]\n全年召开会议12次。",
     "2022年某市人大常委会工作报告\n全年召开会议12次。", "site_header"),
    ("某局工作总结\n| 字号： |\n分享至好友和朋友圈\n全年完成任务。", "某局工作总结\n全年完成任务。", "site_header"),
    ("|   无障碍版本  |   登录  |   注册 网站支持IPv6\n主题词 其他，政府工作报告 体裁 其他\n某市政府工作报告\n全年增长5%。",
     "某市政府工作报告\n全年增长5%。", "site_header"),
    ("  • 某市人民政府门户网站\n某某文库--青年干部的网络秘书！[了解我站]\n某某咖 人气：9.33K\n全年增长5%。",
     "全年增长5%。", "site_header"),
    ("(两会受权发布)关于2020年计划执行情况的报告\n新华社北京3月13日电\n全年增长5%。",
     "关于2020年计划执行情况的报告\n全年增长5%。", "site_header"),
    ("某中心工作总结\n下面是关于政务服务中心年终总结的内容，欢迎阅读！\n全年办件10万件。",
     "某中心工作总结\n全年办件10万件。", "blurb"),
    ("这里给大家分享一些最新的总结书范文，方便大家学习。\n优秀的总结都具备一些什么特点呢？又该怎么写呢？\n全年办件10万件。",
     "全年办件10万件。", "blurb"),
    # kinds of fresh131-135: a betting app after a title; a record's 发布于/分类 fields and an ad token;
    # an image's file name; a 范文 piece's header; a document site's name and a word count before a
    # title; a material site's address and a WeChat account inside a sentence; a portal's menu row;
    # an author's unit; a welcome line with its organiser
    ("某市地震局2023年度工作情况报告-下载某博app\n全年完成任务。", "某市地震局2023年度工作情况报告\n全年完成任务。", "spam"),
    ("某某范文网  发布于:2019-05-16  分类: 安全工作总结 手机版\nADADADADAD\n全年完成任务。", "全年完成任务。", "site_header"),
    ("全年完成任务。\nMAIN202206211717000078.jpg\n全年增长5%。", "全年完成任务。\n全年增长5%。", "image"),
    ("街道文化节工作计划范文第1篇\n全年举办活动10场。", "全年举办活动10场。", "page_marker"),
    ("某某文库（www.abcdoc.com)〔人大5年工作报告7000字〕2020年乡镇人大主席团工作报告\n全年召开会议5次。",
     "2020年乡镇人大主席团工作报告\n全年召开会议5次。", "doc_site"),
    ("全镇学习贯彻某某素材库\\:—https://www.abcdef.cn/精神，=%公众号:某某星域。整理)汇总。全年召开会议5次。",
     "全镇学习贯彻某某精神，全年召开会议5次。", "spam"),
    ("| 首页 | 人大概况 | 决定决议 | 监督视窗 |\n作者单位：某县档案局\n欢迎访问某某新闻网！（某市融媒体中心主办）\n全年增长5%。",
     "全年增长5%。", "site_header"),
    # a collection's piece number with a colon before any short line (篇一：/第二篇：); a title's
    # count of the pieces a site collected ((整理6篇))
    ("篇一：某局上半年工作总结精选\n全年增长5%。", "某局上半年工作总结精选\n全年增长5%。", "page_marker"),
    ("第二篇：某市财政局政务之窗\n全年增长5%。", "某市财政局政务之窗\n全年增长5%。", "page_marker"),
    ("2024年某局工作总结范文（整理6篇）\n全年增长5%。", "2024年某局工作总结范文\n全年增长5%。", "char_count"),
    # kinds of fresh136-140 (each row: the page's junk around one line of report)
    ("某局2023年工作总结\n分享至：\n全年增长5%。\n【打印】  【关闭】", "某局2023年工作总结\n全年增长5%。\n", "site_header"),
    ("某局2023年工作总结\n编辑 王某某\n全年增长5%。", "某局2023年工作总结\n全年增长5%。", "byline"),
    ("某局2023年工作总结\n全年增长5%。\n【责任编辑：】", "某局2023年工作总结\n全年增长5%。\n", "byline"),
    ("某局2023年工作总结\n【内容摘要】\n全年增长5%。", "某局2023年工作总结\n全年增长5%。", "doc_site"),
    ("某局2023年工作总结\n全年增长5%。\n某某日报版权与免责声明：\n", "某局2023年工作总结\n全年增长5%。\n", "statement"),
    ("某局2023年工作总结\n全站热搜\nclose\n全年增长5%。\nabc123 发表在 某某博客 留言(0) 人气()",
     "某局2023年工作总结\n全年增长5%。\n", "site_header"),
    ("某局2023年工作总结\n全年增长5%。\n用户名：\n密码：", "某局2023年工作总结\n全年增长5%。\n", "site_header"),
    ("某局2023年工作总结\n全局[某山课 件 ]全年增长5%。", "某局2023年工作总结\n全局全年增长5%。", "spam"),
    ("某局2023年工作总结\n全局势头良好，某某部落原创 全年增长5%。某某联盟编辑。一、主要做法",
     "某局2023年工作总结\n全局势头良好，全年增长5%。一、主要做法", "spam"),
    ("某局2023年工作总结\n全年增长5%（县发改委提供）。\n赞赏 |", "某局2023年工作总结\n全年增长5%。\n", "byline"),
    ("某局2023年工作总结\n1.本文具有广泛通用性，欢迎根据实际需要参考借鉴。全年增长5%。",
     "某局2023年工作总结\n1.全年增长5%。", "blurb"),
    ("某局2023年工作总结\n全年增长5%。\n本站部分信息由用户自行提供。\n第一办公区：某市某区某街1号",
     "某局2023年工作总结\n全年增长5%。\n", "statement"),
    ("某某 - 专业医疗器械服务商\n全部商品分类\n今天是\n天气预报：\n某某新闻客户端\n某局2023年工作总结\n全年增长5%。",
     "某局2023年工作总结\n全年增长5%。", "site_header"),
    # kinds of fresh141-145
    ("某局2023年工作总结\n全局（......此处隐藏了200字，下载文档可见全文......）全年增长5%。",
     "某局2023年工作总结\n全局全年增长5%。", "paywall"),
    ("1、某局2023年工作总结以下是为大家整理的关于某局2023年工作总结的文章，希望大家能够喜爱！\n全年增长5%。",
     "1、某局2023年工作总结\n全年增长5%。", "blurb"),
    ("某局2023年工作总结\n全年增长5%。\n文档为doc格式", "某局2023年工作总结\n全年增长5%。\n", "doc_site"),
    ("某局2023年工作总结\n根据（皇冠体育，皇冠体育平台某发[2018]19号）文件，全年增长5%。",
     "某局2023年工作总结\n根据（某发[2018]19号）文件，全年增长5%。", "spam"),
    ("某局工作情况汇报根据您的要求，我将针对某局的工作情况进行2000字的汇报。\n请您耐心阅读。\n全年增长5%。",
     "某局工作情况汇报\n全年增长5%。", "preface"),
    ("返回\n工作总结范文\n某局工作总结精选\n全年增长5%。\n某局工作总结精选的相关文章",
     "某局工作总结精选\n全年增长5%。\n", "site_header"),
    ("某局2023年工作总结\n全年增长5%。\n某某新闻报料：0870-1234567\n未经授权不得转载\n标签 >> 要闻\n更多关于 某市 的新闻",
     "某局2023年工作总结\n全年增长5%。\n", "site_header"),
    ("某局2023年工作总结\n某某晨报全媒体记者：王某某\n树原创文秘网站：立创新意识，对关键词2今后工作指明方向。",
     "某局2023年工作总结\n树立创新意识，对今后工作指明方向。", "spam"),
    # kinds of fresh146-150
    ("某局2023年工作总结\n加大字体 缩小字体 收藏 取消收藏 打印\n全年增长5%。\n放大 缩小 默认\n返回版面\n新闻热线 010-12345678",
     "某局2023年工作总结\n全年增长5%。\n", "site_header"),
    ("ABCD198.COM —— 专注公文写作范文\n某局2023年工作总结\n全年增长5%（编辑：王某某）。",
     "某局2023年工作总结\n全年增长5%。", "byline"),
    ("某局2023年工作总结\n相关链接\n频道精选\n全年增长5%。\n来源：某市消防救援支队 |\n王某0分享",
     "某局2023年工作总结\n全年增长5%。\n", "site_header"),
    ("□记者 李 某 报道\n某局2023年工作总结\n全年增长5%。\n某某简介 | About Us | 广告服务 | 联系我们\n登录/注册 购物车(0)",
     "某局2023年工作总结\n全年增长5%。\n", "byline"),
    ("某局2023年工作总结\n全年增长5%。\n主办单位：某市某局办公室\n电话0519-12345678\n技术支持电话：0519-87654321",
     "某局2023年工作总结\n全年增长5%。\n", "site_header"),
    ("欢迎访问某某云网！为您提供杂志订阅、期刊投稿咨询服务！\n某局2023年工作总结\n全年增长5%。",
     "某局2023年工作总结\n全年增长5%。", "site_header"),
    # kinds of fresh151-155
    ("某局2023年工作总结\n为了- 2 - 深入贯彻落实，全年增长5%。", "某局2023年工作总结\n为了深入贯彻落实，全年增长5%。", "page_marker"),
    ("某局2023年工作总结\n文本内容：\n全年增长5%。", "某局2023年工作总结\n全年增长5%。", "doc_site"),
    ("某某文案-你身边的文案管家\n某局2023年工作总结\n全年增长5%。", "某局2023年工作总结\n全年增长5%。", "site_header"),
    ("发挥驻村优势 推进精准扶贫-凯发官网首页\n全年被评为优秀等次。leyu乐鱼·（中国）官方网站驻村队员扎实工作。",
     "发挥驻村优势 推进精准扶贫\n全年被评为优秀等次。驻村队员扎实工作。", "spam"),
    ("【报告写作】某局工作总结是由某某网友为您精挑细选，更多相关办公文档请搜索查阅，喜欢就复制下载支持吧！\n全年增长5%。",
     "某局工作总结\n全年增长5%。", "blurb"),
    # an editors' credits line; a reporter's byline with the place reported from
    ("全年增长5%。\n编审：某甲 某乙\n总编审：某丙 某丁", "全年增长5%。\n", "byline"),
    ("记者： 某某某/某地报导。\n全年增长5%。", "全年增长5%。", "byline"),
    # a portal's search and form controls alone on their lines
    ("选择搜索类型\n请输入搜索\n跳到主要内容区块 ：::\n全年增长5%。\n请输入验证码", "全年增长5%。\n", "site_header"),
    ("详细内容\n某局召开协作例会\n文章内容\n全年增长5%。", "某局召开协作例会\n全年增长5%。", "site_header"),
    # a table's empty cells after a title; a 范文 site's numbered copies listed on one line
    ("某局2023年工作总结 | ||||\n全年增长5%。", "某局2023年工作总结\n全年增长5%。", "punct_junk"),
    ("某局工作总结 篇1某局工作总结 篇2某局工作总结 篇3某局工作总结\n全年增长5%。", "全年增长5%。", "doc_site"),
    # a link farm of place names; porn keywords joined by commas
    ("全年增长5%。\n站群模板： 甲市| 乙县| 丙县| 丁县| 戊市| 己县| 庚县|", "全年增长5%。\n", "spam"),
    ("某地三级三级片，某某av在线\n全年增长5%。", "全年增长5%。", "spam"),
    # a byline in lenticular brackets; a paper's copyright terms; an editor's note on cuts
    ("某地讯【通讯员某某某】 全年增长5%。", "某地讯 全年增长5%。", "byline"),
    ("全年增长5%。\n1、凡注明本报的稿件均为本报版权稿件，未经许可不得转载。", "全年增长5%。\n", "statement"),
    ("全年增长5%。（此文有删减）", "全年增长5%。", "statement"),
    # a record's date field at a line's end; a journal's hotlines; a tags line after a list mark
    ("名 称： 关于印发某规划的通知 发布日期： 2021年12月01日\n全年增长5%。",
     "名 称： 关于印发某规划的通知\n全年增长5%。", "site_header"),
    ("在线咨询服务，发表咨询：400-123-4567\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。\n、文章标签： 品牌 商标", "全年增长5%。\n", "site_header"),
    # writers' names alone on a line, without brackets (two names at least)
    ("王建国 李明华\n全年增长5%。", "全年增长5%。", "byline"),
    # a 范文 site's invitation to read its copies; a download control alone on its line
    ("下面就让小编带你去看看某局半年工作总结范文5篇，希望能帮助到大家！\n全年增长5%。", "全年增长5%。", "blurb"),
    ("全年增长5%。\n下载更新", "全年增长5%。\n", "site_header"),
    # a document's name glued twice into a sentence: keywords stuffed in by a 范文 site
    ("全年养护公路120公里某局上半年工作总结及下半年工作计划某局上半年工作总结及下半年工作计划。全年增长5%。",
     "全年养护公路120公里。全年增长5%。", "spam"),
    # a video's credits of roles and names; a record's validity field; a caption at a paragraph's end
    ("记者/某某某 摄像/某某某 剪辑/某某某\n全年增长5%。", "全年增长5%。", "byline"),
    ("号： 是否有效： 有效\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年开展民兵训练12天。图为训练现场。\n全年增长5%。", "全年开展民兵训练12天。\n全年增长5%。", "image"),
    # 范文 sites' labels, pitches and talk of readers' writing
    ("【参考阅览】\n全年增长5%。", "全年增长5%。", "blurb"),
    ("以下是为大家整理的关于文物工作总结的文章12篇，欢迎品鉴！\n全年增长5%。", "全年增长5%。", "blurb"),
    ("全年增长5%。\n希望对您有所帮助，喜欢就复制下载支持吧！", "全年增长5%。\n", "blurb"),
    ("在下面的范文范本中，我们可以看到各种写作手法\n全年增长5%。", "全年增长5%。", "blurb"),
    # a download control after a title; a welcome asking to share; a breadcrumb's label; a site's name
    ("某会2023年工作总结 下载本文\n全年增长5%。", "某会2023年工作总结\n全年增长5%。", "download"),
    ("欢迎您访问某某网，请分享给你的朋友！\n当前位置 _ 某市\n某市红十字会官网\n全年增长5%。", "全年增长5%。", "site_header"),
    # names after a box; a gambling advert's number and login words; a menu of words glued to bars
    ("□某某 某某某\n全年增长5%。", "全年增长5%。", "byline"),
    ("全年增长5%。9170在线登录某某全市完成任务。", "全年增长5%。全市完成任务。", "spam"),
    ("海运| 陆运| 空运| 综合物流| 船务新闻\n全年增长5%。", "全年增长5%。", "site_header"),
    # a WeChat post's invitations; labels of lists and controls alone on their lines
    ("全年增长5%。\n一起看看吧！", "全年增长5%。\n", "promo"),
    ("全年增长5%。\n相关报道\n精品文章\n热点推荐：\n下载资源\n内容概述：", "全年增长5%。\n", "site_header"),
    # a blurb naming its site before 的小编; a newspaper's footer links; a shop's header lines
    ("下面是我们某某 114 的小编给大家推荐的\n全年增长5%。", "全年增长5%。", "blurb"),
    ("全年增长5%。\n报社简介 - 广告服务 - 订阅报纸 - 记者查询", "全年增长5%。\n", "site_header"),
    ("某某可信安全认证\n亲，您的购物车空空的哟~\n查看手机网站\n全年增长5%。", "全年增长5%。", "site_header"),
    # editors' credits with a qualifier; a download box's fields; a reader's tip widget; a 转自 line
    ("全年增长5%。\n网络编辑：某某\n信息审核：某某某", "全年增长5%。\n", "byline"),
    ("授权方式：资料共享\n资料大小：8.23 KB\n解压密码：abc.com\n全年增长5%。", "全年增长5%。", "doc_site"),
    ("全年增长5%。\n如果您喜欢这篇文章，就送某某“”支持吧！\n已获得0个“”", "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n--转自某市统计局统计信息", "全年增长5%。\n", "site_header"),
    # a site's copyright note; a lottery site's login inside a sentence; an essay site's name alone
    ("全年增长5%。\n版权均属某某网所有\n未经本网书面授权，不得进行任何形式的转载。", "全年增长5%。\n", "statement"),
    ("全年增长5%。某某彩票官网登录全市完成任务。", "全年增长5%。全市完成任务。", "spam"),
    ("某某文章网\n某局2023年工作总结\n全年增长5%。", "某局2023年工作总结\n全年增长5%。", "site_header"),
    # a heading a site signed with its name and address: the heading stays
    ("某局2023年工作总结\n一、工作推进情况 某某汇 www.abcdefg.com\n全年增长5%。",
     "某局2023年工作总结\n一、工作推进情况\n全年增长5%。", "spam"),
    # kinds of the eighteenth session: a download box's fields behind bullets; a record's fields
    # after the heading they describe (the heading stays); the pieces of a collection listed on one
    # line; what is left of a long text (剩余…字); a 范文 site's intro line, whatever its opening
    ("• 授权方式：资料共享\n• 资料大小：8.23 KB\n全年增长5%。", "全年增长5%。", "doc_site"),
    ("叁、结论 日期：109年3月 报告名称：林务管理之探讨 资料类别：专题研究 作者：王一\n全年增长5%。",
     "叁、结论\n全年增长5%。", "site_header"),
    ("".join(f"某局上半年工作总结 篇{i}" for i in range(1, 16)) + "某局上半年工作总结\n全年增长5%。",
     "全年增长5%。", "page_marker"),   # (longer than a footer line)
    ("部分村集体经济仍较薄弱。（剩余5120字）\n全年增长5%。", "部分村集体经济仍较薄弱。\n全年增长5%。", "char_count"),
    ("写总结时常常无从下手吗？下面是小编带来的林业总结范文，希望大家能够喜欢！\n全年增长5%。",
     "全年增长5%。", "preface"),
    ("时光飞逝，总结就是把成绩、问题和经验进行回顾的材料。经过收集，小编为您献上林业工作总结，"
     "相信你能从本文中找到需要的内容。\n全年增长5%。", "全年增长5%。", "preface"),
    ("好的范本能给写作者带来灵感。在下面的范本中能看到多种写作手法，希望给大家一些帮助。\n全年增长5%。",
     "全年增长5%。", "blurb"),
    ("此篇资料“林业工作总结范例”，希望对您有所帮助，喜欢就复制下载支持吧！\n全年增长5%。", "全年增长5%。", "blurb"),
    ("喜欢就分享下载吧！某乡工作总结根据通知要求，现将我乡工作汇报如下。",
     "某乡工作总结根据通知要求，现将我乡工作汇报如下。", "blurb"),
    # bylines after a box, spaced or after 文 /; credits in brackets at a paragraph's end
    ("□ 文 / 张大伟 李 明\n全年增长5%。", "全年增长5%。", "byline"),
    ("□王 洁\n全年增长5%。", "全年增长5%。", "byline"),
    ("为学校发展奠定基础。（文字：张三丰；图片：李四）\n全年增长5%。", "为学校发展奠定基础。\n全年增长5%。", "byline"),
    ("干部职工参加了大会。（办公室 撰稿）\n全年增长5%。", "干部职工参加了大会。\n全年增长5%。", "byline"),
    # a newspaper's footer run together with its rights and licence on one long line
    ("全年增长5%。\n关于我们 - 广告服务 - 订阅报纸 - 联系方式 某报社版权所有 转载请注明出处 特别声明：本站若有"
     "侵害其他单位与个人权益的文章或图片，请尽快联系本站管理员，本站将在核实后立即删除有关内容，感谢您的理解与支持 "
     "电话：010-12345678 传真：010-12345679 电子邮件：web@example.cn 京ICP备01234567号",
     "全年增长5%。\n", "site_header"),
    # a gambling brand put into a sentence in place of a word (letters or digits, then its word)
    ("总结了5年来abc体育在线_备用网址登陆的发展经验。", "总结了5年来的发展经验。", "spam"),
    ("1月10日，8001dd金沙以诚为本在会议室召开总结会。", "1月10日，在会议室召开总结会。", "spam"),
    # a character count field; share buttons; a share rule; a star before a column's name; a hotline
    ("文章字数：849\n全年增长5%。", "全年增长5%。", "char_count"),
    ("分享： 分享至 LINE 分享至 Facebook\n—分享—\n★双拥动态\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全国服务热线 4000-400-005\n某学院2022年工作总结\n全年增长5%。", "某学院2022年工作总结\n全年增长5%。", "site_header"),
    # the page's own name put in as a clause of a sentence (a 范文 site's keyword)
    ("某镇团委工作汇报\n其中团员617人，某镇团委工作汇报。我镇团委下属30个支部。",
     "某镇团委工作汇报\n其中团员617人。我镇团委下属30个支部。", "spam"),
    # kinds of fresh176-180: a portal's date field and account link; a search query glued by _
    # before a document's name; an office's credit in brackets; a table's border in box characters
    ("当前日期：\n个人中心\n全年增长5%。", "全年增长5%。", "site_header"),
    ("收发文件应当履行_关于开展文件清理工作情况自查汇报\n全年增长5%。",
     "关于开展文件清理工作情况自查汇报\n全年增长5%。", "spam"),
    ("全年增长5%。\n（普遍服务科）", "全年增长5%。\n", "byline"),
    ("┌───┬──┬───────\n全年增长5%。", "全年增长5%。", "site_header"),
    # a journal's name and issue; a dateline and source after a title on its line
    ("某某博采·理论版 2016年11期\n全年增长5%。", "全年增长5%。", "site_header"),
    ("某镇召开招商引资工作会 2014-04-01 17:10 来源：某某新闻网 编辑：柴某某\n近日，某镇签约项目5个。",
     "某镇召开招商引资工作会\n近日，某镇签约项目5个。", "site_header"),
    # a document site's page line: the page number goes from the title, a repeated one goes whole
    ("某局工作总结第2页\n全年增长5%。\n某局工作总结第3页\n全年增长6%。", "某局工作总结\n全年增长5%。\n全年增长6%。",
     "page_marker"),
    ("保密工作范文1\n全年增长5%。", "全年增长5%。", "page_marker"),
    ("20210630：某中心2021年度工作总结\n全年增长5%。\n20211025：5篇工作总结范文",
     "某中心2021年度工作总结\n全年增长5%。\n", "site_header"),
    # a news site's keywords, search bar and 核心提示 label; a member's offer; two names glued in brackets
    ("本篇新闻热门关键词：会议 成功 |\n新闻检索 关键字： 高级\n核心提示：全年增长5%。", "全年增长5%。", "site_header"),
    ("每天仅需0.22元，尊享会员权益\n近500万道试题、60多万篇范文免费使用\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年签约项目5个。\n（刘蓉万兴峰）", "全年签约项目5个。\n", "byline"),
    ("新闻发布会上，记者（作者：柴某某）提问。", "新闻发布会上，记者提问。", "byline"),
    ("起步之必威官方网站登录年，落必威官方网站登录实落地。", "起步之年，落实落地。", "spam"),
    # kinds of fresh181-185: a style sheet's rules glued into the text; a logo's alt text, print and
    # close links, a bulleted column, a bar of page numbers; account prompts, a game site's notice,
    # an empty contact field; an address masked by stars; a site's name and domain in brackets; a
    # yearbook's category field; a blog's comment form and an app's prompt
    ("某县2020年工作情况.b1{white-space-collapsing:preserve;}.s1{font-weight:bold;}\n全年增长5%。",
     "某县2020年工作情况\n全年增长5%。", "markup"),
    ("某市某办公室网站logo\n打印此文 关闭窗口\n• 部门动态\n【 第1页 第2页 第3页 】\n全年增长5%。", "全年增长5%。",
     "site_header"),
    ("还没账号？立即注册\n点击头像快速登录\n本站提倡有节制游戏，合理安排游戏时间。\n联络人：无\n全年增长5%。",
     "全年增长5%。", "site_header"),
    ("***.******.***今年来，全旗着力推进人防工程建设。", "今年来，全旗着力推进人防工程建设。", "url"),
    ("【23abc.com-某某秀-教育信息门户网】\n一级目：农 业\n全年增长5%。", "全年增长5%。", "url"),
    ("全年增长5%。\n邮箱地址不会被公开。 必填项已用*标注\n下载某某客户端浏览更多新闻", "全年增长5%。\n", "site_header"),
    # a 范文 site's talk to its reader about writing a summary; its piece label; its blurb from
    # 【参考指引】此例 to its request; a 导读 label; a slide site's English lines
    ("乐于总结会使日后工作有很大进步，回顾这段时间的工作，相信你有很多感想吧，将成绩汇集成一份总结吧。\n全年增长5%。",
     "全年增长5%。", "blurb"),
    ("党支部是战斗堡垒。【范文一】工作总结：回顾过去\n全年增长5%。", "党支部是战斗堡垒。工作总结：回顾过去\n全年增长5%。",
     "page_marker"),
    ("【参考指引】此例优秀文档“网络舆情工作总结范文5篇”由某某网友为您整理编辑，希望对您有所帮助，喜欢就下载分享吧！"
     "一、主要工作。全年开展培训5次，参训干部300人次，取得明显成效，各项工作稳步推进，群众满意度不断提高，"
     "网络舆情处置能力明显增强，网络生态持续向好，为全县经济社会发展营造了良好的网络环境。",
     "一、主要工作。全年开展培训5次，参训干部300人次，取得明显成效，各项工作稳步推进，群众满意度不断提高，"
     "网络舆情处置能力明显增强，网络生态持续向好，为全县经济社会发展营造了良好的网络环境。", "blurb"),
    ("某工作总结范文5篇\n1/16我局一年来扎实推进各项工作。", "某工作总结范文5篇\n我局一年来扎实推进各项工作。", "page_marker"),
    ("| 责任编辑：admin\n某办公室 无障碍浏览\n【本文导读】\n710 likes | 809 Views\nE N D\n全年增长5%。", "全年增长5%。",
     "site_header"),
    ('Presentation on theme: "报告大纲 壹、背景"— Presentation transcript:\nPresentation is loading. Please wait.\n'
     "全年增长5%。", "报告大纲 壹、背景\n全年增长5%。", "site_header"),
    # kinds of fresh186-190: a portal's site-group navigation; a document site's WORD watermark; a
    # disclosure record's fields in table cells; record fields of the source and reporting unit; a
    # login with account and password; the position label alone; app buttons and a tags header
    ("站群导航\n市政府部门站群\n无障碍版无障碍版\n全年增长5%。", "全年增长5%。", "site_header"),
    ("今年以来精品WORD文档下载可编缉试用，全县火化率达100%。", "今年以来，全县火化率达100%。", "doc_site"),
    ("文 号: | 某水务〔2019〕34号 | 公开类型: | 主动公开 |\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。\n本文来源: 某省民政厅\n上报单位:事务处", "全年增长5%。\n", "footer_line"),
    ("账号+密码登录\n您当前所在位置:\niOS App下载Android App下载\n推荐标签：两会|论坛\n全年增长5%。", "全年增长5%。",
     "site_header"),
    ("全年增长5%。\n（排水管理中心 万某某 供稿）", "全年增长5%。\n", "byline"),
    # kinds of fresh191-195: a page's number and count at a line's start (its digits stripped) or
    # between dashes; a forum's user stats; a template's placeholders under a list header; a
    # magazine's byline; a post's fields; a lone apostrophe between two characters (not a quoted
    # word); a site's two names; a line of dots; a 提纲 label; a document site's WORD note
    ("第页共页某协会年度科技文化工作总结\n全年增长5%。", "某协会年度科技文化工作总结\n全年增长5%。", "page_marker"),
    ("充分利用资料总结-第 1 页,共 8 页 -用广播宣传。", "充分利用资料总结用广播宣传。", "page_marker"),
    ("全年增长5%。\nTA的每日心情 | 奋斗 3 天前 |\n2024-01-13 投稿人 : 佚名 围观 : 0 评论", "全年增长5%。\n", "site_header"),
    ("一周热门\n- {{index+1}}{{item.title}}\n全年增长5%。", "全年增长5%。", "footer_block"),
    ("本刊记者_刘某强\n全年增长5%。", "全年增长5%。", "byline"),
    ("和谐文明的'新社会建设稳步推进，奉献第'疫'线。", "和谐文明的新社会建设稳步推进，奉献第'疫'线。", "spam"),
    ("某搜网--中国法律信息搜索网\n…………\n【提纲】全年增长5%。", "全年增长5%。", "site_header"),
    ("1、精品文档2019年某协会工作总结-WORD文档,下载后可编辑修改-\n全年增长5%。", "1、2019年某协会工作总结\n全年增长5%。",
     "doc_site"),
    # an app's labels and a photo's caption glued to its alt text, each a phrase written twice
    ("某县2023年工作总结\n" + "全年增长5%。\n" * 6 + "图片转文字 图片转文字\n文档在线修改 文档在线修改\n"
     "某县发放伤残军人慰问金某县发放伤残军人慰问金\n全年增长5%。",
     "某县2023年工作总结\n" + "全年增长5%。\n" * 6 + "全年增长5%。", "doubled"),
    # kinds of fresh196-200: lines made of a site's frame words alone (data/site_words.txt), in
    # any combination; a caption in brackets; a paper's or a news site's dateline at a paragraph's
    # start; category paths parted by slashes; a disclosure record's field name alone
    ("投诉建议\n全年增长5%。", "全年增长5%。", "site_frame"),
    ("文号 浏览量\n全年增长5%。", "全年增长5%。", "site_frame"),
    ("市政府网站\n用户头像\n全年增长5%。", "全年增长5%。", "site_frame"),
    ("全年增长5%。\n（图为：志愿者在社区开展义诊）", "全年增长5%。\n", "image"),
    ("某红网湖北某县2010年10月19日电（李某、王某）近年来，县史志办编写书籍5部。", "近年来，县史志办编写书籍5部。",
     "byline"),
    ("本港讯（陈某某）7月21日，某研究室被评为先进集体。", "7月21日，某研究室被评为先进集体。", "byline"),
    ("某省/综合类/公办/某省\n全年增长5%。", "全年增长5%。", "site_header"),
    ("工作总结/年终工作总结\n全年增长5%。", "全年增长5%。", "site_header"),
    ("组配分类\n全年增长5%。", "全年增长5%。", "site_header"),
    ("某某网首页 用户头像 投诉建议\n全年增长5%。", "全年增长5%。", "site_frame"),
    ("全年增长5%。\n（胡 磊）", "全年增长5%。\n", "byline"),
    ("全年增长5%。\n走访慰问（地区侨联 提供）", "全年增长5%。\n", "image"),
    # a list header's teaser cut with dots; a city news app's motto (seen on two sets' sites)
    ("全年增长5%。\n新闻推荐\n我是一名老党员，多年的工作经历告诉我，要把敬老院办好。我工作的某镇敬老院...\n",
     "全年增长5%。\n", "footer_block"),
    ("全年增长5%。\n某县新闻，新鲜有料。可以走遍天涯。世界很大，期待在此相遇。", "全年增长5%。\n", "promo"),
    # kinds of fresh201-205: photos' captions in brackets between paragraphs, or ending in their
    # source; emoji clusters in sentences; a news site's licence lines; a greeting; an editor's
    # field; a reporter's byline with the site's column and the place; more frame words
    ("今年以来，全县上下认真贯彻落实各项决策部署，各项工作稳步推进。\n（扶贫贷款授信现场）\n全年增长5%。\n"
     "（扶贫贷款发放现场）\n", "今年以来，全县上下认真贯彻落实各项决策部署，各项工作稳步推进。\n全年增长5%。\n", "image"),
    ("全年增长5%。\n某某水利枢纽船闸 某某航务管理局供图", "全年增长5%。\n", "image"),
    ("全体师生👨🏼‍🦳🤽🏽‍♀️积极参加活动，全年增长5%。", "全体师生积极参加活动，全年增长5%。", "emoji"),
    ("全年增长5%。\n互联网新闻信息服务许可证 编号：10120170019", "全年增长5%。\n", "statement"),
    ("欢迎您来到某省水文水资源勘测中心！\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。\n初审编辑：刘某", "全年增长5%。\n", "site_header"),
    ("某众网·海报新闻记者 刘某 通讯员 李某某 某地报道\n全年增长5%。", "全年增长5%。", "byline"),
    ("全年增长5%。\n打印 | 收藏此页 | Mail给朋友 | 举报\n论坛推荐\n快速跳转", "全年增长5%。\n", "site_frame"),
    # a financial site's fields in cells or glued to their value; a 范文 piece's number, title and 篇N
    ("截止日期 | 2024-12-31\n信息来源 | 2024年年度报告\n全年增长5%。", "全年增长5%。", "site_header"),
    ("信息来源2023年中期报告\n全年增长5%。", "全年增长5%。", "site_header"),
    # kinds of fresh206-210: a portal's date, weekday and weather; a greeting after 您好; a news
    # source in brackets at a paragraph's end; reporters in brackets with 文/图; counters
    ("2014年12月08日 星期一 某地天气：多云\n您好！欢迎光临某区政府网！\n全年增长5%。", "全年增长5%。", "site_header"),
    ("工作成效明显。（来源：某某文化报）\n全年增长5%。", "工作成效明显。\n全年增长5%。", "byline"),
    ("（记者 金某某 江某某 见习记者 曾某某 文/图）\n全年增长5%。", "全年增长5%。", "byline"),
    ("全年增长5%。\n47访问\n图片新闻", "全年增长5%。\n", "site_frame"),
    ("关闭→\n某馆工作总结\n全年增长5%。", "某馆工作总结\n全年增长5%。", "site_frame"),
    ("全年增长5%。 本文来源:https://www.example.com/doc/bf89a11b.html", "全年增长5%。", "url"),
    ("某局分析报告，标签：工作汇报格式，工作汇报ppt，http://www.example.com\n全年增长5%。", "某局分析报告\n全年增长5%。",
     "spam"),
    ("某社工作总结（9篇）\n1.某社工作总结 篇一\n一、审计工作概况\n全年审计12次。",
     "某社工作总结（9篇）\n一、审计工作概况\n全年审计12次。", "page_marker"),
    # kinds of fresh211-215: an app's account dialog; a footer's links whose tags lost their "<";
    # a meta tag's keywords; an empty spam element; list headers over related links; a cut mark
    ("全年增长5%。\n前往某某APP阅读全文，体验更佳\n绑定手机号用来登录和找回密码：\n请输入正确的手机号码\n"
     "两次输入的密码不一致\n5s后窗口自动消失...", "全年增长5%。\n", "site_header"),
    ('全年增长5%。\n銆?a href="/about.shtml" target="_blank">关于我们銆?a href="/law.shtml" target="_blank">法律声明',
     "全年增长5%。\n", "markup"),
    ('，某某,两岸,统一,某某会" />\n全年增长5%。', "全年增长5%。", "markup"),
    ('<sup id="qa7x2"></sup>\n全年增长5%。', "全年增长5%。", "markup"),
    ("全年增长5%。\n相关链接\n· 某局召开安全生产会议\n· 某市开展消防演练", "全年增长5%。\n", "footer_block"),
    ("工作全面推进，以重点 ……略…… 二是加强队伍建设。", "工作全面推进，以重点二是加强队伍建设。", "paywall"),
    ("每天参加锻炼的…………\n本文共1200字，仅供会员参考\n", "每天参加锻炼的\n", "paywall"),
    # a 范文 site's inspiration blurb, its share note and a pointer to its samples; views under a title
    ("前言：寻找写作灵感？某某网用心挑选的某局工作总结，希望能为您的创作带来灵感，欢迎阅读。\n全年增长5%。",
     "全年增长5%。", "preface"),
    ("“某某”通过精心收集，向本站投稿了12篇某局工作总结，\n全年增长5%。", "全年增长5%。", "preface"),
    ("借助以下范文，我们可以更好地理解总结的作用。\n全年增长5%。", "全年增长5%。", "preface"),
    ("某局工作总结\n文化3.12K\n全年增长5%。", "某局工作总结\n全年增长5%。", "site_header"),
    # a portal's way back, empty contact fields, counters, a domain note, a handle with an address
    ("回到市图书馆主站 | 欢迎来到通知公告\n邮箱： 电话：\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。\n今日访问量：12 总访问量：45,678", "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n@某县图书馆 地址：某省某县某街12号", "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n--END--\n下方扫描", "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n某公网安备\n11010502000123号\n某市商务微博", "全年增长5%。\n", "site_header"),
    # a comment rule, a hash, an excerpt's source, a script field, a search label, an ID, a login
    ("全年增长5%。\n请您文明上网、理性发言并遵守有关规定。", "全年增长5%。\n", "site_header"),
    ("全年增长5%。\nHash:0a1b2c3d4e5f67890a1b2c3d4e5f6789", "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n摘自 某省住房和城乡建设厅网站 2018.03.02 某处 某某", "全年增长5%。\n", "site_header"),
    ("全年增长5%。\nchannelId 1 1 1\n搜索更多 的新闻\n123456-1234567890", "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n编辑者：admin", "全年增长5%。\n", "site_header"),
    # a writer's name closing a paragraph; a paper's 讯 before 近日; a reporter parted by a garbled mark
    ("并获评全省先进单位。（禹建华）\n全年增长5%。", "并获评全省先进单位。\n全年增长5%。", "byline"),
    ("某某时报讯 近日，某局公布了全年数据。", "近日，某局公布了全年数据。", "byline"),
    ("会上作了交流发言。（记者?陈某某）", "会上作了交流发言。", "byline"),
    # a site's name opening its blurb, stamped again at lines' starts and inside a body's words
    ("某某论坛前言：我们精心挑选了数篇优质报告，供您参考。\n一年来，政协某某论坛常委会认真履职。\n某某论坛 具体做法：召开协商会。",
     "一年来，政协常委会认真履职。\n具体做法：召开协商会。", "spam"),
    # kinds of fresh216-220: a portal's exit dialog; a social link; a 范文 site's tagline and crumb;
    # a source glued before the first sentence; a news column over its story; a word field code
    ("您访问的链接即将离开“某市自然资源局”门户网站 是否继续？\n继续访问放弃\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。\n某某委员会 | Facebook", "全年增长5%。\n", "site_header"),
    ("1500字范文，内容丰富有趣，写作的好帮手！\n1500字范文 > 某局工作总结\n全年增长5%。", "全年增长5%。", "site_header"),
    ("某某水产网报道去年，全省渔业产值增长5%。", "去年，全省渔业产值增长5%。", "byline"),
    ("<b>\n</b>\n<i>\n\n行业动态\n\n某市增殖放流成效显著\n\n全年增长5%。",
     "\n\n某市增殖放流成效显著\n\n全年增长5%。", "site_header"),
    ("PAGEPAGE1某县水库移民后期扶持规划\n全年增长5%。", "某县水库移民后期扶持规划\n全年增长5%。", "page_marker"),
    # counters, an ad slot, a portal's name and address over its dateline, an app's list end, a
    # slashed date, a paper's issue line, a comment disclaimer, a search engine's name
    ("全年增长5%。\n已有0人发表了评论\nad3_300*250", "全年增长5%。\n", "site_header"),
    ("某某门户网站 www.example.com 2012年07月04日 来源：某某社\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。\n这已经是最后一期了哦！\n2018 / 05 / 24", "全年增长5%。\n", "site_header"),
    ("《某某导报》2021年04月06日 第480期第4期\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。\n评论仅代表个人意见，本网站保持中立\nBaidu", "全年增长5%。\n", "site_header"),
    # a company's sales lines and WeChat prompts; a gambling code after a title; spam in a sentence
    ("全年增长5%。\n温馨提示：某某测绘公司竭诚为您服务\n添加微信好友，获取更多信息\n复制微信号", "全年增长5%。\n",
     "site_header"),
    ("某市普查试点正式启动-k8某某赢家一触即发\n全年增长5%。", "某市普查试点正式启动\n全年增长5%。", "spam"),
    ("会议听取了情况。网上娱乐城副局长某某讲话。", "会议听取了情况。副局长某某讲话。", "spam"),
    ("2026年做爱影片 工作会议召开。", "2026年工作会议召开。", "spam"),
    ("◎ 本刊记者 王某某 陈某某\n全年增长5%。", "全年增长5%。", "byline"),
    # the site's name above a crumb that ends in 正文, said twice: the title is below the crumb
    ("某某协会物流分会\n\n某某协会物流分会\n您现在的位置： 首页 > 资讯 > 正文\n\n某市邮政管理工作成效明显\n全年增长5%。",
     "\n\n某市邮政管理工作成效明显\n全年增长5%。", "site_header"),
    # kinds of fresh221-225: writers in brackets (an office or body and names); a repost's credit; a
    # paper's issue in brackets, its page line and e-edition; an excerpt's source; editors without
    # colons; a portal's greeting and login; member unlock notes; a material group's advert; a
    # clinic's advert before a story; a journal's end mark; a news column first; a portal and one button
    ("会议部署了全年工作。（办公室 赵某某）\n全年增长5%。", "会议部署了全年工作。\n全年增长5%。", "byline"),
    ("全年增长5%。\n（某区老促会 黄某某 李某某）", "全年增长5%。\n", "byline"),
    ("全年增长5%。\n本文为某某站原创文章，转载请附上原文出处链接和本声明。", "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n《某某日报》（2010年11月29日 003版）", "全年增长5%。\n", "site_header"),
    ("某某日报 数字报纸\n00006版：经济开发区\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。\n摘自2008年1月4日《某某晚报》第四版", "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n编辑 陈某某 二审 朱某 三审 陈某某", "全年增长5%。\n", "byline"),
    ("某地 ? 某区欢迎您！用户登录\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。\n会员不仅可以阅读完整文章，而且可以下载WORD版文件", "全年增长5%。\n", "paywall"),
    ("某某：体制人的免费资料库 –请点击：zl.example.com规范管理率94%。", "规范管理率94%。", "spam"),
    ("某市治疗某病的医院 http://example.net/a/b/ 3月11日，区人大召开会议。", "3月11日，区人大召开会议。", "spam"),
    ("全年完成目标任务。endprint", "全年完成目标任务。", "doc_site"),
    ("协会要闻\n\n某厅工作队到访协会交流扶贫工作\n全年增长5%。", "\n某厅工作队到访协会交流扶贫工作\n全年增长5%。",
     "site_header"),
    ("某市政府门户网站 政务邮箱\n\n某区综保区发展绩效领跑全国\n全年增长5%。", "\n某区综保区发展绩效领跑全国\n全年增长5%。",
     "site_frame"),
    ("www.example.com?2012-09-27 15:31? ?来源：某某报 我来说两句\n全年增长5%。", "全年增长5%。", "site_header"),
    # kinds of fresh226-230: a search widget's fields; a frame line of buttons, date and popularity;
    # a forum's sign-up notice; an editor's correction; a reprint's own note; an archive mirror's
    # header; a source alone; share-tags; a reading app's prefix; forum table tags; a page count
    ("搜索位置：\n匹配度：\n全年增长5%。", "全年增长5%。", "site_header"),
    ("复制全文 下载文档 更新 2022-12-26 | 人气 224\n全年增长5%。", "全年增长5%。", "site_frame"),
    ("全年增长5%。\n马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。", "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n修改：张某某", "全年增长5%。\n", "byline"),
    ("全年增长5%。\n本文原载于某某在线（www.example.cn），转载请保留本链接，敬谢！", "全年增长5%。\n", "site_header"),
    ("某某地方志资料归档\n某某地情档案\n停运省级数据库的公开镜像与长期存档。\n全年增长5%。", "全年增长5%。", "site_header"),
    ("摘自《某某总公司网站》\n全年增长5%。", "全年增长5%。", "site_header"),
    ("【#实用文# #乡镇科普工作总结13篇#】\n全年增长5%。", "全年增长5%。", "doc_site"),
    ("正在阅读：某某经费达191亿元\n全年增长5%。", "某某经费达191亿元\n全年增长5%。", "doc_site"),
    ("全年增长5%。[td=1,1,1%] [/td]", "全年增长5%。 ", "markup"),
    ("某县职业学校工作方案（五页）\n全年增长5%。", "某县职业学校工作方案\n全年增长5%。", "page_marker"),
    ("山西省某某集团-某某棋牌\n全年增长5%。", "山西省某某集团\n全年增长5%。", "spam"),
    ("某某体育app官网入口下载 联合某市中心血站开展献血活动\n全年增长5%。", "联合某市中心血站开展献血活动\n全年增长5%。", "spam"),
    ("全球今日讯！某市献血工作会议召开\n全年增长5%。", "某市献血工作会议召开\n全年增长5%。", "spam"),
    # kinds of fresh231-235: a contents field code; a protected e-mail; offices in brackets at a
    # paragraph's end; a crumb label alone; a paper alone; a product site's credit; dated headlines;
    # an author and source glued before a dateline; copyright terms at the end; a share prompt; a
    # reading-time note; a PDF's name; a caption; planners with slashes
    ('全年增长5%。\nTOC\\o"1-2"\\h\\z\\u一、基本情况', '全年增长5%。\n一、基本情况', "markup"),
    ("联系邮箱：[email protected]\n全年增长5%。", "联系邮箱：\n全年增长5%。", "doc_site"),
    ("资金已拨付到位。（县财政局、县政府办）\n全年增长5%。", "资金已拨付到位。\n全年增长5%。", "byline"),   # (two; one stays)
    ("当前的位置：\n《某某国门时报》\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。【本资讯由某某仪器网提供】", "全年增长5%。", "doc_site"),
    ("全年增长5%。\n头条 22-01-21\n头条 21-12-15", "全年增长5%。\n", "site_header"),
    ("刘某某 来源： 某某新闻网某某社北京1月16日电 全年增长5%。", "某某社北京1月16日电 全年增长5%。", "byline"),
    ("全年增长5%。\n1、某某网所有内容的版权均属于作者或页面内声明的版权人。未经书面许可，不得转载。",
     "全年增长5%。\n", "footer_tail"),
    ("分享“某某开展安全督查工作”到：\n全年增长5%。", "全年增长5%。", "site_header"),
    ("本篇文章380字，读完约1分钟\n某部开展高考安全督查工作\n全年增长5%。", "某部开展高考安全督查工作\n全年增长5%。",
     "char_count"),
    ("全年增长5%。\nannual_report.pdf - 某局", "全年增长5%。\n", "site_header"),
    ("会议现场。\n全年增长5%。", "全年增长5%。", "site_header"),
    ("□ 汝某某/策划 黄某某/文 虞某某/图\n全年增长5%。", "全年增长5%。", "byline"),
    ("全年增长5%。\n（原标题：某口岸截获23种有害生物）", "全年增长5%。\n", "byline"),
    # kinds of fresh236-240: masked phone replies; a greeting with an HI; a reprint note alone; a
    # download site's fields, pages and size; a chat image's name; a source field; an empty view
    # counter; a 范文 count tag; a forum's category before a title; a site's column tag; a spam
    # page's opening tag alone
    ("全年增长5%。\n187****9262 回复 184****1337", "全年增长5%。\n", "site_header"),
    ("HI，欢迎来到某某之家 股权代码 102064\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。\n转载请注明", "全年增长5%。\n", "site_header"),
    ("资源ID：11422184\n资源大小：267.40KB\n全文页数：13页\n全年增长5%。", "全年增长5%。", "site_header"),
    ("某某45 页 433.359 KB下载文档\n当前文档共45页 2.88\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。\n微信图片_20230522155412\n消息来源：县融媒体中心", "全年增长5%。\n", "site_header"),
    ("某乡工作总结[五篇范文]\n全年增长5%。", "某乡工作总结\n全年增长5%。", "char_count"),
    ("[计划总结]某镇农产品监管工作计划\n全年增长5%。", "某镇农产品监管工作计划\n全年增长5%。", "site_header"),
    ("【某某机网 监管快讯】某省开展执法检查。", "某省开展执法检查。", "site_header"),
    ('<noframes id="ixm7d">\n全年增长5%。', "全年增长5%。", "markup"),
    # kinds of fresh241-245: a submission call; a crawled copy's source; a dateline with time and
    # source; a visitor counter; a slide site's address and tagline; a reader widget; a like prompt;
    # a comment disclaimer; a forum's pager; a viewer's page; writer and reviewer; a bare domain
    ("全年增长5%。\n某某投稿邮箱：abc@126.com 欢迎社会各界人士踊跃投稿！", "全年增长5%。\n", "site_header"),
    ("2015年06月25 10:12:18 来源：某某网\n全年增长5%。", "全年增长5%。", "site_header"),
    ("网站访问人数: 139149308\n全年增长5%。", "全年增长5%。", "site_header"),
    ("某某PPT下载网 - www.example.com\nPPT背景图片，PPT模板免费下载！\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。\n觉得不错请点赞↓↓↓\n网友评论仅供其表达个人看法，并不表明网站立场。", "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n页: [1]\n查看完整版本: 某某治理城区积水", "全年增长5%。\n", "site_header"),
    ("某局年报 - page 19\n全年增长5%。", "某局年报\n全年增长5%。", "page_marker"),
    ("全年检疫生猪2万头。（撰稿：杨某某 审稿：杨某某）", "全年检疫生猪2万头。", "byline"),
    ("坚持“品位、实效”，example114.com以人为本推进工作。", "坚持“品位、实效”，以人为本推进工作。", "spam"),
    # a lesson to the reader as the first line, over the first piece's title and its marker
    ("制定计划能够帮助我们实现目标。计划的实施需要我们坚持。\n某中心工作总结篇一\n全年增长5%。",
     "某中心工作总结\n全年增长5%。", "preface"),
    # kinds of fresh241: a lottery forum's title as a line and as a book title inside a sentence; a
    # betting brand as a dateline; a title with its header fields after it on one line
    ("今日科普一下某年澳门论坛六肖下载\n全年增长5%。", "全年增长5%。", "spam"),
    ("切《某年澳门论坛六肖6码下载》实打通服务群众最后一公里。", "切实打通服务群众最后一公里。", "spam"),
    ("abc36亚洲官网讯（通讯员 王某）全年增长5%。", "全年增长5%。", "spam"),
    ("某县老年大学报名火热 作者： 王某 文章来源：某某视窗 点击数： 815 更新时间：2023/3/14\n全年增长5%。",
     "某县老年大学报名火热\n全年增长5%。", "site_header"),
    # kinds of fresh246-250: writers in brackets after their outlet; a portal's reposting terms; a
    # betting brand posing as a firm; an e-paper's page line; a writer-photographer line; card game
    # sales; a withheld full text; a paper's codes and e-mail; an address line; a feedback widget; a
    # narration's directions; a 范文 piece numbered under the page's title; its tags and reader lines
    ("全年增长5%。（某某电视台记者：王某）", "全年增长5%。", "byline"),
    ("全年增长5%。（某某新闻·某某晨报通讯员王某某 采访人员张某某）", "全年增长5%。", "byline"),
    ("全年增长5%。\n凡本网注明“来源：某某网”的作品，均转载自其它媒体，转载目的在于传递更多信息。", "全年增长5%。\n",
     "statement"),
    ("认真落实某某体育官方(中国)科技有限公司安全生产部署。", "认真落实安全生产部署。", "spam"),
    ("第A02版：要闻\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。\n文/图：张某", "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n微信金花群房卡如何购买，添加客服\n", "全年增长5%。\n", "spam"),
    ("全年增长5%。\n注：因版权方要求，不能公开全文，如需全文，请咨询杂志社", "全年增长5%。\n", "paywall"),
    ("【中图分类号】 R 197.1\nDOI：10.12114/j.issn.1007-9572.2024.0267\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。\n*通信作者：王某，研究员；E-mail：wang@example.com", "全年增长5%。\n*通信作者：王某，研究员", "site_header"),
    ("地址：某市某区某某路16号四楼\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。\n此页面有问题吗？\n帮助我们改进某某网", "全年增长5%。\n", "site_header"),
    ("（语速稍慢）全年增长5%。", "全年增长5%。", "site_talk"),
    ("某站病虫害防治工作总结\n某站病虫害防治工作总结1\n全年增长5%。", "某站病虫害防治工作总结\n全年增长5%。", "page_marker"),
    ("【农业总结】某站2015年植保工作总结【完整版】\n全年增长5%。", "某站2015年植保工作总结\n全年增长5%。", "doc_site"),
    ("植保工作总结会写吗，来看一下吧。\n全年增长5%。", "全年增长5%。", "blurb"),
    # a column's name with its English; a paper's authors' institution with its postcode
    ("新闻中心Column navigation\n全年增长5%。", "全年增长5%。", "site_header"),
    ("某某大学 杭州 310053\n全年增长5%。", "全年增长5%。", "site_header"),
    ("（某某研究所，浙江 杭州 310053）\n全年增长5%。", "全年增长5%。", "site_header"),
    # kinds of fresh251-255: an editor in square brackets; a gambling agent's code; a WeChat footer; a 范文
    # page's promise of pieces; a document site's advert; fields under a triangle with spaced names
    ("全年增长5%。[网络编辑：王某某]", "全年增长5%。", "byline"),
    ("第五届文博会某某注册代理1958分会场开幕。", "第五届文博会分会场开幕。", "spam"),
    ("全年增长5%。\n预览时标签不可点收录于合集#个", "全年增长5%。\n", "site_header"),
    ("送教上门很重要。本文将呈现五篇详尽的《送教上门工作计划》范文。\n全年增长5%。", "送教上门很重要。\n全年增长5%。", "blurb"),
    ("1、精品资料网(http:/)25万份精华管理资料,2万多集管理视频讲座全年增长5%。", "1、全年增长5%。", "doc_site"),
    ("全年增长5%。\n△来 源：某某教科\n△编 辑：王某某", "全年增长5%。\n", "footer_line"),
    ("当前所在位置：首页 - 社科新闻 - 正文\n全年增长5%。", "全年增长5%。", "footer_line"),
    ("全年完成改造任务。 来源： 某某网(昆明)\n全年增长5%。", "全年完成改造任务。\n全年增长5%。", "site_header"),
    ("栏目《某某供电：你用电、我用心》\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年培训团干部300人。（团市委王某某）", "全年培训团干部300人。", "byline"),
    ("全年增长5%。（县教体局：王某 李某某）", "全年增长5%。", "byline"),
    # kinds of fresh256-260: a body in brackets closing the text; a reporting line; a paywall's end; a
    # piece's marker in a bracket; a producer's line; 范文 sites' lines to the reader and slogans; a
    # mirror-site warning; an e-paper's date and page; a source and word count after a reporter's line
    ("全年增长5%。（市民政局）\n|", "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n互联网违法和不良信息举报：举报邮箱 abc@example.cn", "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n预览阅读已结束，若您需要全文或代笔。", "全年增长5%。\n", "paywall"),
    ("【第1篇 开展关爱服务活动总结\n全年增长5%。", "全年增长5%。", "page_marker"),
    ("☉执行/王某某\n全年增长5%。", "全年增长5%。", "byline"),
    ("为大家附上一些情况汇报的参考资料，希望对大家的情况汇报有所帮助。全年增长5%。", "为大家全年增长5%。", "blurb"),
    ("全年增长5%。\n欢迎你的品鉴本文！", "全年增长5%。\n", "blurb"),
    ("荟聚奇文、博采众长、见贤思齐\n全年增长5%。", "全年增长5%。", "blurb"),
    ("二、重点工作稳步推进 公文汇，办公文档之家\n全年增长5%。", "二、重点工作稳步推进\n全年增长5%。", "doc_site"),
    ("全年增长5%。\n严禁建立镜像网站.", "全年增长5%。\n", "site_header"),
    ("2016-02-19 第01版：一版\n全年增长5%。", "全年增长5%。", "site_header"),
    ("【记者王某18日北京报道】 来源：某某时报 字数：341 |\n全年增长5%。", "【记者王某18日北京报道】\n全年增长5%。",
     "site_header"),
    ("主任王某出席会议。图片来源：某市台办\n全年增长5%。", "主任王某出席会议。\n全年增长5%。", "site_header"),
    # kinds of fresh261-265: a bulletin board's post; a script's warning; a 文库's name with categories; a
    # site's name with its motto; stock tickers; a 范文 lead-in; file formats; an e-paper's page; a slide
    # site's notes; a mirror's record; a banner over a special column; an empty field after a title
    ("作者abc123 (某某大学人)\n时间Wed Feb 5 21:46:44 2014\n全年增长5%。\n※ 发信站: 某某站(example.cc)\n◆ From: 1.2.3.4\n推 abc: 很好 02/05 21:58",
     "全年增长5%。\n", "site_header"),
    ("Deprecated: Creation of dynamic property\n全年增长5%。\nPower By example.com", "全年增长5%。\n", "site_header"),
    ("某某文库(工作总结范文/工作总结\n全年增长5%。\n下载Word文档", "全年增长5%。\n", "doc_site"),
    ("某某站长网 – 互联网爱好者创业的站长之家\n全年增长5%。", "全年增长5%。", "doc_site"),
    ("某某网 某某网股票行情\n上证指数:0000.0 +0.0% 恒生指数:0000.0 +0.0%\n全年增长5%。", "全年增长5%。", "site_header"),
    ("【导读引言】网友为您整理收集的某站工作总结，喜欢就下载吧！全年增长5%。", "某站工作总结，全年增长5%。", "blurb"),
    ("DOCX / PDF某局第二组 王某\n全年增长5%。", "某局第二组 王某\n全年增长5%。", "doc_site"),
    ("第2版(国内新闻)专栏:\n全年增长5%。", "全年增长5%。", "site_header"),
    ("- 配套讲稿:\n全年增长5%。", "全年增长5%。", "doc_site"),
    ("Upload: others\nPost on 25-May-2020\n2 views\n0 download\nTRANSCRIPT\n全年增长5%。", "全年增长5%。", "doc_site"),
    ("笃行致远 2024某某行业发展观察\n全年增长5%。", "全年增长5%。", "site_header"),
    ("某行经营总结    年份:\n全年增长5%。", "某行经营总结\n全年增长5%。", "site_header"),
    ("【学校工作总结\n全年增长5%。", "全年增长5%。", "doc_site"),
    ("1.某宫工作总结第1篇\n全年增长5%。", "全年增长5%。", "page_marker"),
    # kinds of fresh266-270: a 范文 site's pick, topic links and count; a title's column and site at its
    # line's end; a mirror's interface; a mobile number alone; a feed's date; a point stamped between two
    # characters; a list header of daily picks; an empty comment list
    ("卫生监督工作总结精选。\n全年增长5%。\n工作总结之家相关专题：“卫生监督工作总结”。", "全年增长5%。\n", "blurb"),
    ("某县职业卫生工作总结-卫生健康-某县人民政府\n全年增长5%。", "某县职业卫生工作总结\n全年增长5%。", "site_header"),
    ("全年增长5%。\nAcademic year: 2021\nCopied!", "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n服务热线2\n13880368355", "全年增长5%。\n", "site_header"),
    ("date 2026-02-23 全年增长5%。", "全年增长5%。", "site_header"),
    ("受到领导的.好评。", "受到领导的好评。", "spam"),
    ("全年增长5%。\n每日 推荐\n某市货物贸易进出口同比增长\n某地物流降本增效", "全年增长5%。\n", "footer_block"),
    ("全年增长5%。\n评论列表()", "全年增长5%。\n", "site_header"),
    # kinds of fresh271-275: a crumb with a blank before its colon; a date and weekday; a greeting and
    # today's date; a magazine's sponsors; a lottery hall
    ("您当前的位置 : 某某新闻网\n全年增长5%。", "全年增长5%。", "footer_line"),
    ("2025年08月24日 星期日\n欢迎来到中国某某网 !\n全年增长5%。", "全年增长5%。", "site_header"),
    ("· 某某局主管· 某某杂志社主办\n全年增长5%。", "全年增长5%。", "site_header"),
    ("某某彩票大厅入口\n全年增长5%。", "全年增长5%。", "spam"),
    ("全年增长5%。\n1月16日，市委书记参观展厅 某市档案馆提供", "全年增长5%。\n", "image"),
    ("论文部分内容阅读\n全年增长5%。", "全年增长5%。", "site_header"),
    # kinds of fresh276-280: a related list, each title with the site's category after it; a 范文
    # site's lines to the reader; a comment box; a disclaimer; a reading count; a forum's author stats;
    # a list's header after a title; a navigation bar and a dashed breadcrumb from 首页
    ("- 某乡护林工作总结(5篇)工作总结报告\n- 年中工作总结优秀开头工作总结报告\n- 物流企业年度总结工作总结报告\n全年增长5%。",
     "全年增长5%。", "doc_site"),
    ("下面我帮大家找寻并整理了一些优秀的计划书范文，我们一起来了解一下吧。全年增长5%。", "全年增长5%。", "blurb"),
    ("下面是某某整理的关于学校德育工作总结范文，希望可以帮到大家。全年增长5%。", "全年增长5%。", "blurb"),
    ("导言：作为写作爱好者，不可错过为您精心挑选的10篇乡镇防汛工作总结。\n全年增长5%。", "全年增长5%。", "blurb"),
    ("全年增长5%。\n已有0人参与，点击查看更多精彩评论\n网友评论《某局工作总结》\n评论功能已关闭", "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n版权及免责声明：本网所转载稿件仅为传递信息，所有文章仅代表作者观点，不代表本网立场。", "全年增长5%。\n",
     "statement"),
    ("工作总结 阅读(2.8W)\n全年增长5%。", "全年增长5%。", "site_header"),
    ("  • 发文数30\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。\n某乡抗旱工作报告相关文章:\n", "全年增长5%。\n", "site_header"),
    ("首 页 | 重要讲话 | 工作报告 | 会议报道\n首页--专题报道--2013年专题报道--工作报告\n全年增长5%。", "全年增长5%。",
     "site_header"),
    ("本文总结了几个阶段的工作情况，旨在提升写作能力。以下是关于防汛工作的总结，供大家参考，希望对大家有所帮助。\n全年增长5%。",
     "全年增长5%。", "blurb"),
    ("工作总结就是把一个时间段的工作进行一次全面系统的总检查、总评价，从而得出经验。全年增长5%。", "全年增长5%。", "blurb"),
    ("1、证（更多精彩文章来自“某某不求人”）件不全的煤矿5处。", "1、证件不全的煤矿5处。", "promo"),
    ("全年增长5%。\n[ 打印当前页 ]", "全年增长5%。\n", "site_frame"),
    # kinds of fresh281-285
    ("工作总结(Job Summary/Work Summary)，以年终总结最为常见。全年增长5%。", "全年增长5%。", "blurb"),
    ("《节能工作总结精选》属于个人工作总结中比较优秀的内容，欢迎参考。全年增长5%。", "全年增长5%。", "blurb"),
    ("仅供参考，全年增长5%。", "全年增长5%。", "blurb"),
    ("??? 某州新闻网讯 （张某某 李某某）5月11日，全年增长5%。", "5月11日，全年增长5%。", "byline"),
    ("邮箱帐号： 密码：\nEnglish日本语简体繁体\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%（来源：某钢官方网站）。", "全年增长5%。", "site_header"),
    ("轧钢车间年终工作总结 第1篇\n全年增长5%。", "全年增长5%。", "page_marker"),
    ("石油赛马 下注和化学工业经济运行报告\n全年增长5%。", "石油和化学工业经济运行报告\n全年增长5%。", "spam"),
    ("全年增长5%。\n图片报道 | 更多>> |\n我是广告 请继续往下阅读", "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n某工网微信\n投稿：abc@example.com\nProduced By 某某网络 发布系统", "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n实习编辑 张某", "全年增长5%。\n", "byline"),
    ("2016 ANNUAL REPORT\n某区气象台发布：今天白天晴转多云\n------分隔线------\n全年增长5%。", "全年增长5%。", "site_header"),
    # kinds of fresh286-290
    ("全年增长5%。\n热门关键字: 线上免费A片 A片下载", "全年增长5%。\n", "spam"),
    ("全年增长5%。\n技术服务:某某信息技术有限公司\n[某某的版权声明]", "全年增长5%。\n", "site_header"),
    ("全年增长5%。UEDITOR_IMG_TITLE", "全年增长5%。", "markup"),
    ("全年增长5%。\n创作者介绍\n创作者 abc123 的头像\nabc123的部落格", "全年增长5%。\n", "site_header"),
    ("全年增长5%（项目管理部 来稿/张某 李某 摄影）。", "全年增长5%。", "byline"),
    ("全年增长5%。\n本文部分内容来源于网络，如涉及版权问题请与本站联系。", "全年增长5%。\n", "statement"),
    ("资料图：某市，考生查看考场分布。张某摄\n全年增长5%。", "全年增长5%。", "image"),
    ("全年增长5%。\n4006-01-9999\nPAGE 11", "全年增长5%。\n", "site_header"),
    ("第1页 区茶办工作总结 特征码 BBIrwqvGFLJfhlKFrxQc 全年增长5%。", "第1页 区茶办工作总结 全年增长5%。", "doc_site"),
    ("某茶办工作总结【优推3篇】\n全年增长5%。", "某茶办工作总结\n全年增长5%。", "doc_site"),
    ("一、茶叶工作[.zbs]全年增长5%。", "一、茶叶工作全年增长5%。", "markup"),
    ("关注某某网\nQzone\n48位用户关注\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年票房增长5%▲来源：某眼专业版，观影人次增加。", "全年票房增长5%，观影人次增加。", "site_header"),
    ("全年增长5%。\n文章关键字: 某市 影院 全年 票房", "全年增长5%。\n", "site_header"),
    ("由于缺乏放映设施及台湾运彩登不进去资金难题，农村市场萎缩。", "由于缺乏放映设施及资金难题，农村市场萎缩。", "spam"),
    ("1000_255px;\n全年增长5%。", "全年增长5%。", "markup"),
    ("发挥督查作用1399彩票net最新版 www.凯时-共赢共欢乐-凯时88kb88北京6月14日电，全年增长5%。",
     "发挥督查作用 北京6月14日电，全年增长5%。", "spam"),
    ("上海市某协会凯发官网首页的会员服务平台上线，全年增长5%。", "上海市某协会会员服务平台上线，全年增长5%。", "spam"),
    ("发挥督查作用1399彩票net最新版(2023)某态中国网-www.凯时-共赢共欢乐-凯时88kb88北京6月14日电，全年增长5%。",
     "发挥督查作用北京6月14日电，全年增长5%。", "spam"),
    # kinds of fresh291-295
    ("全文234个字，阅读预计需要1分钟\n全年增长5%。", "全年增长5%。", "char_count"),
    ("全年增长5%。\n发布留言\n这个网站采用 Akismet 服务减少垃圾留言。", "全年增长5%。\n", "site_header"),
    ("08-10 18:34   市人社局\n全年增长5%。", "全年增长5%。", "site_header"),
    ("记者张某通讯员杨某本文来源：某波日报\n全年增长5%。", "记者张某通讯员杨某\n全年增长5%。", "site_header"),
    ("问题描述：\n最佳答案\n全年增长5%。", "全年增长5%。", "site_header"),
    ("Click here to load reader\nPage 1： 某县营养改善计划评估报告\n全年增长5%。", "全年增长5%。", "doc_site"),
    ("302 Found\nnginx\n全年增长5%。", "全年增长5%。", "site_header"),
    ("PAGE PAGE 4 会议文件之一 全年增长5%。", "会议文件之一 全年增长5%。", "page_marker"),
    ("内容出处： | 《某春日报》 报纸 |\n分类号： | F416.81 |\n全年增长5%。", "全年增长5%。", "site_header"),
    ("某某发展中心已启用新站点\n当前站点将于2025年4月底关闭\n全年增长5%。", "全年增长5%。", "site_header"),
    # kinds of fresh296-300
    ("某某网提供的护士半年总结（精选6篇），经过用心整理，希望能对您有所帮助。\n全年增长5%。", "全年增长5%。", "blurb"),
    ("导语：想写好总结吗？我们精心为您整理了3篇护理总结范例，为您的写作提供灵感！\n全年增长5%。", "全年增长5%。", "blurb"),
    ("全年增长5%。\n病区护理工作总结06-19\n门诊护理年度总结11-30", "全年增长5%。\n", "site_header"),
    ("1.媒体来源：某某时报\n2.记者署名：某某时报 某某\n全年增长5%。", "全年增长5%。", "site_header"),
    ("Loading the player ...\n展开 | 收起\n全年增长5%。", "全年增长5%。", "site_header"),
    ("【某纪元3月8日讯】全年增长5%。", "全年增长5%。", "byline"),
    ("发表意见\n违反上述规定者，本网有权删除留言。\n全年增长5%。", "全年增长5%。", "site_header"),
    ("?!DOCTYPE html PUBLIC \"-//W3C//DTD\"\n全年增长5%。", "全年增长5%。", "site_header"),
    ("3?/span>10日上午，全年增长5%。", "3?10日上午，全年增长5%。", "markup"),
    ("本章作者 王某某\n资讯编辑：刘某 13700001111\n全年增长5%。", "全年增长5%。", "byline"),
    ("发言人：某某部统计处 王副处长\n联络电话：(02)23210000#8500\n全年增长5%。", "全年增长5%。", "site_header"),
    ("文章二维码\n手机扫码看新闻\n邮 箱：abc@126.com\n地 址：某市某区某大街3号某大厦\n全年增长5%。", "全年增长5%。", "site_header"),
    ("市州频道： 某甲 某乙 某丙 某丁\n展开评论(0) 分享链接：\n您确定要退出登录？\n独家运营：某某科技有限公司\n全年增长5%。",
     "全年增长5%。", "site_header"),
    ("某某电力网\n全年增长5%。", "全年增长5%。", "site_header"),
    ("记者某某某∕某地报导\n全年增长5%。", "全年增长5%。", "byline"),
    ("天堂中文在线最新版-亚洲激情在线-噜噜视频|www.example.com\n全年增长5%。", "全年增长5%。", "spam"),
    ("\\’某局2024年工作总结\\’\n全年增长5%。", "’某局2024年工作总结’\n全年增长5%。", "markup"),
    ("**1. 强化队伍建设**：全年培训5次。", "1. 强化队伍建设：全年培训5次。", "markup"),
    # kinds of fresh301-305
    ("知识类型： 机构\n查看原文\n知识出处： 《某区年鉴2011》\n起始页： 0030.pdf\n全年增长5%。", "全年增长5%。", "site_header"),
    ("Skip to Main Content\n全年增长5%。\n这篇文章有0篇回应\n发布留言必须填写的电子邮件地址不会公开\nBack To Top",
     "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n图／某县政府提供", "全年增长5%。\n", "image"),
    ("全年增长5%。\n如有异议请联系：13000000000\n凡本站注明“某某杂志社”的稿件\n其版权属于某某杂志社所有",
     "全年增长5%。\n", "statement"),
    ("全年增长5%。\n最新新闻\n本站广告", "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n法律顾问：某某律师所 某某某\n【我要纠错】责任编辑：某某", "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n吴某某 审核：戎某某 审签：王某某", "全年增长5%。\n", "byline"),
    ("程某+余某某+王某\n全年增长5%。", "全年增长5%。", "byline"),
    ("XML 地图\n铁路资讯 2017-03-24 09:32:53 0浏览\n评论列表 共有 0 条评论\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。（转载自某某政府新闻公报）", "全年增长5%。", "statement"),
    ("章节 题目\n-- --\n全年增长5%。", "章节 题目\n全年增长5%。", "site_header"),
    ("依据《某某最新老虎机_即时比分网¥游戏手机版平台关于印发方案的通知》。", "依据《某某关于印发方案的通知》。", "spam"),
    ("某某资讯 2017-03-24 09:32:53 0浏览 作者：陆某(陆某)今年以来，全年增长5%。", "今年以来，全年增长5%。", "site_header"),
    ("全年增长5%。\n凡本站注明“某刊”的稿件，其版权属于某刊所有。转载须注明来源。如有异议请联系：13000000000",
     "全年增长5%。\n", "statement"),
    ("0913-690000 abc@example.com\n服务热线：010-64700000 法律顾问：某某律师所 陈某某\n全年增长5%。", "全年增长5%。", "site_header"),
    ("天天范文\n10-29 某某素材网\n- 资源格式： DOCX\n全年增长5%。", "全年增长5%。", "site_header"),
    ("某某报／ 记者某某某／某县即时报导\n某某社／某县8日电\n全年增长5%。", "全年增长5%。", "byline"),
    # kinds of fresh306-310
    ("全年增长5%。本文仅代表作者观点，不代表本站立场。", "全年增长5%。", "statement"),
    ("全年增长5%。\n网友评论\n网友评论仅供网友表达个人看法，并不表明本站同意其观点", "全年增长5%。\n", "site_header"),
    ("某某晚报/某网记者 王某某\n全年增长5%。", "全年增长5%。", "byline"),
    ("全年增长5%。\n书名：《某某年鉴2010》\n参编：某某，某某\n出版社：某某出版社", "全年增长5%。\n", "site_header"),
    ("【来源：本站】 【阅读：次】\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。\n服务热线：800-810-0000 邮箱：a@example.cn 电话：010-82560000 传真：010-82560000-801 京ICP备18000000号 "
     "Copyright © 2005-2021 Beijing Example Outsourcing Service Company Limited, a long line of the footer. All Rights",
     "全年增长5%。\n", "site_header"),   # (longer than a footer line is read whole)
    ("全年增长5%。\n不想错过新鲜资讯？\n广告载入中...\n在线留言", "全年增长5%。\n", "promo"),
    ("更多>>专题新闻\n新闻阅读排行\n甲县| 乙县| 丙市| 丁市|\nDocument\n全年增长5%。", "全年增长5%。", "site_header"),
    ("你所在的位置： 首页 新闻中心 正文\n首页 部门动态\n中国燃气网\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。\n• pp电子\nbet5365官方网站", "全年增长5%。\n", "spam"),
    ("以下是一些全面的月工作总结范文，\n全年增长5%。", "全年增长5%。", "preface"),
    ("我为大家整理了一些调研报告，希望对你有用！\n全年增长5%。", "全年增长5%。", "preface"),
    ("在电视2 / 7 台播放。\n1 / 7\n全年增长5%。", "在电视台播放。\n全年增长5%。", "page_marker"),
    ("各项指标www.abc56.com均名列全省前茅。", "各项指标均名列全省前茅。", "spam"),
    ("授权量全市第二，www.abc56.com均名列全省前茅。", "授权量全市第二，均名列全省前茅。", "spam"),   # after a comma (fresh313)
    ("流感防治海报图。 全市流感疫苗10月15日开打。", " 全市流感疫苗10月15日开打。", "image"),
    ("某部：5月城市轨道交通运营数据速报 2021-06-07 14:48  作者或来源：某部网站\n全年增长5%。",
     "某部：5月城市轨道交通运营数据速报\n全年增长5%。", "site_header"),
    ("【某某监管疫情防控进行时】全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。\n某地家电逆势增长成香饽饽\n某某矿区再次挖掘出巨钻 重\n某东618城市接力赛活动狂欢\n比特币年内涨幅超过150% 中\n"
     "某某通讯科技公司将投资146\n", "全年增长5%。\n", "site_header"),   # a sidebar's headlines cut to one width
    # kinds of fresh311-315
    ("某某半岛官网平台\n另一方面BOB半岛，组织巡河。（转自某某水利网）", "某某半岛官网平台\n另一方面，组织巡河。", "spam"),
    ("全年增长5%。\nFatal error: require_once()\nfooter.php on line 124", "全年增长5%。\n", "site_header"),
    ("倒序看帖\n只看该作者\n回复：0\n来自：湖北\n下载APP 随时随地回帖\n全年增长5%。", "全年增长5%。", "site_header"),
    ("第134期\n某某厂家\n免费服务热线\nFree service\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。（某某某 摄影报道）", "全年增长5%。", "byline"),
    ("【范文一：全市敬老月活动总结】\n本文2023-07-25 17:24:41发表“工作总结”栏目。\n全年增长5%。", "全年增长5%。", "doc_site"),
    ("跳到内容\nPDF版Word版\n172.30.142.81\n全年增长5%。", "全年增长5%。", "site_header"),
    ("Экстремальные виды отдыха\n全年增长5%。", "全年增长5%。", "spam"),
    ("建立于 09 五 2016 分类：渔业新闻\n某某水产网报道\n您好 ，欢迎光临某某商务网！\n长按识别下方二维码，关注动态！\n全年增长5%。",
     "全年增长5%。", "site_header"),
    ("图：工作人员正在放流苗种 6月8日下午，放流开始。", " 6月8日下午，放流开始。", "image"),
    # kinds of fresh316-320
    ("首页 申请书推荐信邀请函通知工作总结工作计划策划书工作报告合同演讲稿\n全年增长5%。", "全年增长5%。", "site_header"),
    ("字体调节： A+ A- 操作：\n简洁阅读 打印本文 默认 增大 缩小\n某某晚报公众微信\n掌中某省APP下载\n全年增长5%。",
     "全年增长5%。", "site_header"),
    ("近日m88下注登录，某镇组织巡查。近日kaiyun全站，某街道组织整治。", "近日，某镇组织巡查。近日，某街道组织整治。", "spam"),
    ("565net必赢官方网按照要求，全区改造小区8个。", "按照要求，全区改造小区8个。", "spam"),   # fresh322 kinds
    ("养老服务体系某城开荒保洁13800000000\n养老是重要一环，某城开荒保洁13800000000也是民生大事。",   # fresh314 kinds
     "养老服务体系\n养老是重要一环，也是民生大事。", "spam"),
    ("全年增长5%。\n??13600000000\n祝福文案\n网名昵称\n经典语录\n", "全年增长5%。\n", "site_header"),   # fresh316, fresh318
    ("半岛平台-2020年全国新开工改造小区4万个\n全年增长5%。", "2020年全国新开工改造小区4万个\n全年增长5%。", "spam"),
    ("某鲁晚报     2025年11月04日\n>>上一篇：某某参观基地\n投稿：市市场监督管理局  来源：时间：2021年04月08日\n全年增长5%。",
     "全年增长5%。", "site_header"),
    ("电 话：020-12345678\n网址：example-gas.com\n5条评论立即评论\n某某新闻网全媒体矩阵\n全年增长5%。", "全年增长5%。", "site_header"),
    ("急您所急，网友为朋友们收集和编辑了“某某报告”，欢迎参考下载，希望您能喜欢！\n全年增长5%。", "全年增长5%。", "blurb"),
    ("地区：安徽|北京|重庆|福建|甘肃\n上传者：雅某\n2013.12.17 -\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。(201*-10-2512:11:30)", "全年增长5%。", "site_header"),
    ("某某新闻网记者廖某某/南投报导\n编辑/谭某某\n全年增长5%。", "全年增长5%。", "byline"),
    ("全年增长5%。\n某管处摄影比赛展开2009.03.23\n某某酒店开业2016.01.25", "全年增长5%。\n", "site_header"),
    ("日期 · 2020-05-22 | 浏览量 · 1062\n图：路线标识指示牌\n创建于02-07\n收藏TA\n全年增长5%。", "全年增长5%。", "site_header"),
    # a download table: its header and rows of a document's name and formats (a fresh314 kind)
    ("项目/名称档案下载\n各区养老院床位总表PDF版Excel版\n养老服务概览PDF版Word版\n全年增长5%。", "全年增长5%。", "doc_site"),
    # kinds of fresh341-345: an e-paper reader's frame, a comment counter, a column's link, a bare
    # byline, a document site's hotline, a 范文 site's word count, a duty editor, a forum's invitation,
    # an attachment's size, a screenshot's name, a chart's credit, handles, update tags, a stock photo,
    # a reprint's disclaimer, a photo's source after its caption, casino and sports-brand adverts
    (">2024年3月8星期五\n在线读报封面 某县召开春耕会议 某镇修路\n按日期检索\n电子报刊阅读器\n全年增长5%。",
     "全年增长5%。", "site_header"),
    ("全年增长5%。\n已有3人评论\n要闻速递 阅读全部\n", "全年增长5%。\n", "comment"),
    ("全年增长5%。\n（本报通讯员）\n总值班：李某 王某某 编辑：赵某某\n", "全年增长5%。\n", "byline"),
    ("全年增长5%。\n5. 文档侵权举报电话:13800001111。\n字数:1024 2024年05月06日 总结\n", "全年增长5%。\n", "doc_site"),
    ("- 文件格式 DOCX\n全年增长5%。", "全年增长5%。", "doc_site"),
    ("全年增长5%。\n立即注册入会，结交专家名流。\n0305_1107.jpg （12.5 KB, 下载次数: 8）\n", "全年增长5%。\n", "forum"),
    ("QQ截图20190305101112\n全年增长5%。\n数据来源：某省统计局 制图：张某\n", "全年增长5%。\n", "image"),
    ("协会公众号:abc_xh2024 协会微信号:13900002222\n全年增长5%。\n↓请继续阅读↓", "全年增长5%。\n", "site_header"),
    ("【重磅更新】某县棚改最新进展报告（今日更新）\n全年增长5%。", "某县棚改最新进展报告\n全年增长5%。", "site_header"),
    ("资料图：航拍某市老城区，楼房低矮密集。\n全年增长5%。", "全年增长5%。", "image"),
    ("全年增长5%。\n本文观点为作者个人观点，不代表某某网\n", "全年增长5%。\n", "statement"),
    ("全年增长5%。\n版权声明\n为保护原创内容，某报业集团已将所属平台的版权统一授予某中心。未经授权不得转载。",
     "全年增长5%。\n", "statement"),
    ("普查员入户登记。（某镇人民政府供图）\n全年增长5%。", "普查员入户登记。\n全年增长5%。", "image"),
    ("88网址打不开_588平台_88bet娱乐场农村部关于开展申报的通知\n全年增长5%。", "农村部关于开展申报的通知\n全年增长5%。", "spam"),
    ("通知 - 某某体育·(中国)官方网站。\n全年增长5%。", "通知 - \n全年增长5%。", "spam"),
    ("全国统一销售热线\n0898-0000000\npc首页幻灯2 pc首页幻灯1\n最新公告：诚信为本\n全年增长5%。", "全年增长5%。", "site_header"),
    # kinds of fresh346-350: a portal's footer menu after the text, half of it frame words; a font-size
    # widget, a comment box's counter, a location line, a player's prompt, related columns; 范文 sites'
    # stock sentences, a question as a sales line, a document site's AI writer
    ("全年增长5%。\n智能问答\n便民地图\n数据中心\n营商环境\n", "全年增长5%。\n", "site_header"),
    ("全年完成造林20__（请自填）亩。", "全年完成造林20__亩。", "template"),
    ("某局防汛工作汇报\n1. 1、\n全年增长5%。", "某局防汛工作汇报\n全年增长5%。", "page_marker"),   # fresh343/346
    # kinds of fresh351-355: a 范文 site's text named with its length, its question to the reader, its list of
    # pieces, its invitation and slogan; a record's spaced labels; location and pointer lines; stars; a
    # login greeting; a reprint's notice; a caption with its photographer and agency; an index number; a
    # date with a hit count and a page counter
    ("某局安全工作总结1500字通用。\n你还在为工作总结苦恼吗？\n推荐第1篇：某局工作总结\n全年增长5%。", "全年增长5%。", "blurb"),
    ("一起来看看网友给大家精心搜集的总结范文吧！\n欢迎访问某网！您身边的知识小帮手\n全年增长5%。", "全年增长5%。", "blurb"),
    ("[ 索  引  号 ] abc/2020-0000146\n您现在的位置是：首页\n更多阅读请查看本站工作总结频道。\n全年增长5%。", "全年增长5%。",
     "site_header"),
    ("★★★★\nHi!请登陆\nQB5306000—2021—005\n2021-1-20 41 1/20\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。\n版权宣告：本文源自网路，由某某整理释出，共 507 字。\n转载请注明：\n", "全年增长5%。\n", "statement"),
    ("某部举行发布会，介绍工作安排。图为发布会现场。王某某 摄 某某网 发\n全年增长5%。",
     "某部举行发布会，介绍工作安排。\n全年增长5%。", "image"),
    # a 提纲 that lists a section's 一是 items too (a fresh346 kind)
    ("目录/提纲：……\n一、基本情况\n二、主要做法\n一是压实责任\n二是完善预案\n三、下步打算\n……\n某街道防汛工作汇报\n"
     "一、基本情况\n全街道有河道5条。\n二、主要做法\n一是压实责任\n签订责任书20份。\n二是完善预案\n三、下步打算\n继续努力。",
     "……\n某街道防汛工作汇报\n一、基本情况\n全街道有河道5条。\n二、主要做法\n一是压实责任\n签订责任书20份。\n二是完善预案\n"
     "三、下步打算\n继续努力。", "contents"),
    ("字体大小[ ] 打印\n你还可以输入40\n您当前所处的位置 : 首页 / 专栏 / 详情\n全年增长5%。", "全年增长5%。", "site_header"),
    ("某平台提示：您的Flash Player版本过低，请升级！\n相关栏目：工作总结 工作汇报\n全年增长5%。", "全年增长5%。", "site_header"),
    ("在这篇文章中，我们将分享六篇关于河长制的总结\n这里是一些优秀总结案例，让我们一起来学习。\n全年增长5%。",
     "全年增长5%。", "blurb"),
    ("以下是一些基层干部的总结经验，希望能给大家启发。\n怎样写好年度总结呢？\n全年增长5%。", "全年增长5%。", "blurb"),
    ("某局总结需梳理成果与问题。我将从工作内容、存在问题等方面展开。\n某局工作总结改用对话直接回答复制下载某局工作总结\n全年增长5%。",
     "某局工作总结某局工作总结\n全年增长5%。", "blurb"),
    # kinds of fresh356-360: a server's include error and an editor's default page name; a menu or footer
    # bar of short pieces parted by |; an image tag's tail; a blog's closed comments; a column's view count
    ("[an error occurred while processing the directive] 无标题文档\n某乡开展宣传活动\n全年增长5%。",
     "某乡开展宣传活动\n全年增长5%。", "site_header"),
    ("总结模板 | 总结开头怎么写 | 总结结尾 | 总结标题\n全年增长5%。\n某某杂志社| 关于本站| 联系我们| 免责声明|\n",
     "全年增长5%。\n", "site_header"),
    (".png)\n全年增长5%。", "全年增长5%。", "image"),
    ("2024年 3月 2日08:15:20某镇工作总结已关闭评论 0\n综合新闻 浏览(216)\n全年增长5%。", "全年增长5%。", "site_header"),
    # a journal article's DOI and its authors' unit with its postcode
    ("【DOI】10.12345/j.issn.1000-0000.2022.05.\n(某县农业农村局 某省 某市 123456)\n全年增长5%。", "全年增长5%。",
     "statement"),
    ("某站整理的村级工作总结(精选6篇)，提供参考，希望对您有所帮助。\n全年增长5%。", "某站整理的村级工作总结\n全年增长5%。",
     "blurb"),
    ("添加某某公文网到电脑桌面\n全年增长5%。", "全年增长5%。", "site_header"),
    # a paper's app in its byline; an editors' review chain; the office that wrote a story, in brackets
    ("某某日报·某某客户端记者 张某 通讯员 李某某\n全年增长5%。\n二 审：王某某 监 制：赵某\n（某某街办）\n",
     "全年增长5%。\n", "byline"),
    ("全年增长\\u003c!--NO_AD_1--\\u003e5%。\\u003cp\\u003e", "全年增长5%。", "markup"),
    # a title said again with the first heading glued to it (a fresh357 kind): the repeat goes, the heading
    # opens its line
    ("某局2024年上半年工作总结\n某局2024年上半年工作总结一、主要工作\n全年增长5%。",
     "某局2024年上半年工作总结\n一、主要工作\n全年增长5%。", "repeated_title"),
    # kinds of fresh361-365: a mood poll and a comment heading; a related-articles line; a media centre's
    # sponsor line; a source after dashes, a keyword line and a reprint's disclaimer; an editor's pick tag
    ("全年增长5%。\n请选择您看到这篇新闻时的心情\n相关评论\n更多相关文章：某镇工作总结\n某县融媒体中心 主办\n",
     "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n----文章来源：某省人力资源和社会保障厅\n新闻关键字： 返乡创业\n以上是网络信息转载，信息真实性自行斟酌。\n",
     "全年增长5%。\n", "statement"),
    ("某校教师队伍现状分析[小编推荐]\n全年增长5%。", "某校教师队伍现状分析\n全年增长5%。", "promo"),
    # kinds of fresh366-370: a news app's banner; a hot-search line; a related-reading prompt; a forum's links;
    # a skip link; an end mark; an advert slot; a scan prompt; a rating poll; a comment box; a reading bar
    ("2步打开 某某新闻\n使用浏览器/Safari打开\n热点查询： 政府工作报告 投资政策\n全年增长5%。\n也许你会对此感兴趣：\n"
     "使用道具 举报\n按 Enter 到主内容区\nTHE END\n预留gg3\n微信里点“发现”，扫一下\n您对这篇文章的满意度\n"
     "非常满意基本满意不太满意很不满意\n用户名：密码：匿名发表 注册\n网民：李**\n体育正文 31 0\n", "全年增长5%。\n", "site_header"),
    ("图片资料：民警开展宣传\n图为该镇拆除违建现场\n全年增长5%。", "全年增长5%。", "image"),
    ("全年增长5%。\n▲二审：王某某\n▲三审：李某\n", "全年增长5%。\n", "byline"),
    ("【记者王某某某县报导】全县全年增长5%。[责任编辑：]", "全县全年增长5%。", "byline"),
    ("(荐)某乡农贸市场工作总结\n全年增长5%。", "某乡农贸市场工作总结\n全年增长5%。", "promo"),
    ("某市2006年度商贸流通报告发布时间：2007-10-22来源： 2006年，全市增长5%。", "某市2006年度商贸流通报告 2006年，全市增长5%。",
     "site_header"),
    ("全年增长5%。\n下载报告请您先登录！\n语音朗读|返回首页 | 版面导航\n", "全年增长5%。\n", "paywall"),
    # kinds of fresh371-375: a blog theme's footer; a continued-from note; a writing site's watermark in a
    # sentence; an audio player; a trailing recommend tag; a reach counter; an album's keyboard help; a site's
    # greeting; a caption ending in its photographer; an old player's notice; a reporter in brackets
    ("全年增长5%。\n如有类似需求，请找作者：网络整理\n0 条回复 A文章作者 M管理员\n暂无讨论，说说你的看法吧\n有新私信 私信列表\n"
     "今日签到\n收听本文 00:00/00:00\n本文已影响 2.1W人\n下列为本网站使用键盘操作相簿功能说明：\n- ESC键：离开相簿\n相关照片\n"
     "某某外宣网 今天是\n此页面上的内容需要较新版本的 Adobe Flash Player。\n", "全年增长5%。\n", "site_header"),
    ("（上接A2版）全县落实减税政策。", "全县落实减税政策。", "statement"),
    ("坚持实用、本资料权属文秘写作网，放上鼠标按照提示查看文秘写作网更多资料实效的原则。", "坚持实用、实效的原则。", "spam"),
    ("第一篇：某乡远程教育工作半年总结(推荐)\n全年增长5%。", "某乡远程教育工作半年总结\n全年增长5%。", "promo"),
    ("全年增长5%。\n某部今天举行发布会。王某某摄\n", "全年增长5%。\n", "image"),
    ("（某某日报记者王 某 通讯员李某某）全市减税成效明显。", "全市减税成效明显。", "byline"),
    # a forum's member card; a weather line; advert labels; a more-from line; a follow button; a counter
    ("全年增长5%。\n- 最后登入\n- 1428 小时\n", "全年增长5%。\n", "forum"),
    # kinds of fresh376-380: an editor and a reviewer in brackets; camera file names; empty record fields; a
    # document site's name after a title; a page counter; sponsor links; a doc site's marks; a photo credit
    # with its fax line; a site search; a tag line; a slot game; a comment form; scroll buttons; bylines
    ("全年增长5%。（责任编辑：王某 审核：刘某某）", "全年增长5%。", "byline"),
    ("全年增长5%。\nDSC_6953\n", "全年增长5%。\n", "image"),
    ("文  号： 有 效 性：\n信息检索：  站外搜索 站内搜索\n标签：工作总结范文，个人工作总结，\n文章评论\n验 证 码：\n内  容：\n"
     "往上 往下\n全年增长5%。", "全年增长5%。", "site_header"),
    ("（4篇）关于统计工作研讨交流发言材料-文库集\n赞助商链接 |\n海量资源，尽在掌握\n全年增长5%。", "全年增长5%。", "doc_site"),
    ("一、页脚..页眉.某县油茶产业基本情况\n目 录专心-专注-专业第一章\n某某工作的意义（1 / 2）\n",
     "一、某县油茶产业基本情况\n目 录第一章\n某某工作的意义\n", "page_marker"),
    ("（某县府提供/某某某县传真）全县古树保护。", "全县古树保护。", "image"),
    ("林下生金冰球突破豪华版手机版\n数据威尼斯赌场，威尼斯赌场app失实。", "林下生金\n数据失实。", "spam"),
    ("【关键词】农村水电；增效扩容\n全年增长5%。", "全年增长5%。", "statement"),
    ("□本报特约记者 刘某某 通讯员 王某某 夏某\n某某_shanxi33\n全年增长5%。", "全年增长5%。", "byline"),
    # a 提纲 of a page cut short whose first entries open alike (食品安全工作情况 / 食品安全工作成效): they go as
    # the body repeats them, the entries of the sections the page lacks stay
    ("目录/提纲：……\n一、食品安全工作情况\n二、食品安全工作成效\n三、存在的问题\n2、人员身兼多职\n3、宣传还不够\n四、下步工作方向\n"
     "5、加强农产品监管\n……\n某镇2020年食品安全工作总结\n今年全镇工作稳步推进。\n一、食品安全工作情况\n1、高度重视，加强领导\n"
     "镇党委高度重视。\n二、食品安全工作成效\n全年检查120次。",
     "三、存在的问题\n2、人员身兼多职\n3、宣传还不够\n四、下步工作方向\n5、加强农产品监管\n……\n某镇2020年食品安全工作总结\n"
     "今年全镇工作稳步推进。\n一、食品安全工作情况\n1、高度重视，加强领导\n镇党委高度重视。\n二、食品安全工作成效\n全年检查120次。",
     "contents"),
    # kinds of fresh381-385: a forum's member card and join prompt; headings and links of portals; a row of
    # government portals; casino names and poker adverts; symbol runs between words; credits and bylines
    ("全年增长5%。\n在线时间0 小时\n居住地某省 某市 某县\n新人上路\n欢迎注册成为某某网会员\n", "全年增长5%。\n", "forum"),
    ("中国政府网 某省政府 某市政府\n全年增长5%。\n推荐图文\n意见回馈\n图文来源：某市妇联\n最新发布\n", "全年增长5%。\n",
     "site_header"),
    ("市金沙集团3354CC党组书记讲话。ld体育官方入口\n▓GG扑克中文版下载▓GGPoker\n社区食堂%%#*运行良好。",
     "市党组书记讲话。\n社区食堂运行良好。", "spam"),
    ("撰文/王 某 刘某某\n某某日报 美编 张某某 制图\n新华社采访人员刘某、曹某某\n全年增长5%。", "全年增长5%。", "byline"),
    ("欧美爱色-欧美爱爱网-欧美α片在线观看免费-99热精品在线\n全年增长5%。", "全年增长5%。", "spam"),
    ("第PAGE\\*Arabic\\*MERGEFORMAT3页共NUMPAGES\\*MERGEFORMAT3页某县蚕桑工作总结\n全年增长5%。",
     "某县蚕桑工作总结\n全年增长5%。", "page_marker"),   # a word processor's page fields (a fresh386 kind)
    ("写作是分享个人见解和探索未知领域的桥梁。\n全年增长5%。\nNotice: The content above is uploaded by a user.\n",
     "全年增长5%。\n", "blurb"),
    # two news columns under a site's greeting, the headline after them (a fresh371 kind)
    ("某某网 今天是\n新闻动态\n镇街动态\n某镇：扎实做好防控工作\n全镇防控面积1.2万亩。\n",
     "某镇：扎实做好防控工作\n全镇防控面积1.2万亩。\n", "site_header"),
    ("晴时多云\n广告 广告\n全年增长5%。（原始链接）\n更多某某传媒报导\n关注微信\n0人参与 0评论\n", "全年增长5%。\n", "site_header"),
    # fresh391-395 kinds: a paper's issue line, its comment pledge and follow prompt; photo captions with their
    # sources; a news source in brackets; fields named in two languages; a reposting note; an investment warning;
    # image markup; a spider pool's list; a casino's brand; a 范文 site's category bar and a portal's menu bar
    ("第3021期：第02版 要闻\n某市公积金提取额创新高\n全年提取3.5亿元。\n跟帖评论自律管理承诺书\n关注公众号，随时阅读某某日报\n",
     "某市公积金提取额创新高\n全年提取3.5亿元。\n", "page_marker"),
    ("全年新建充电桩1200个。\n某局副局长王某某。受访者供图\n会议现场。 某省经信厅 供图\n"
     "（会议现场）\n全年增长5%。", "全年新建充电桩1200个。\n全年增长5%。", "image"),
    ("全年增长5%。\n（某某新闻）\n来源 Source：某某咨询有限公司\n点击 Hits：5863\n", "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n转载本网专稿请注明出处“某某纺织网”\n某某加盟网友情提示：投资有风险，选择需谨慎\n", "全年增长5%。\n", "statement"),
    ("全年放流鱼苗120万尾。<img src=upload/news/n2014042215562471.jpg>\n全年增长5%。", "全年放流鱼苗120万尾。\n全年增长5%。", "markup"),
    ("全年增长5%。\n主站蜘蛛池模板：某县| 某县| 某县|\n完美体育·WM\n", "全年增长5%。\n", "spam"),
    ("某县工作总结\n最新范文 方案 计划 总结 报告 体会 事迹 讲话\n项目简介 本网概况 联系我们 会员服务 免责声明 网站地图\n全年增长5%。",
     "某县工作总结\n全年增长5%。", "site_header"),
    # fresh396-400 kinds: previous and next links run on after the text; a news and picture source; a site's
    # update date; a review chain parted by |; portal column headings; a tag line; a breadcrumb of categories;
    # a scene's corner as a caption; a site's mark after a sentence; WeChat prompts; date and time lines;
    # reading-app promotions; an address without its scheme; casino brands inside sentences
    ("全年增长5%。 上一篇：某局信访工作汇报 下一篇：某街道专项治理汇报材料 |\n", "全年增长5%。 \n", "site_header"),
    ("全年增长5%。\n消息、图片来源：某某街道\n网站更新日期 ： 113年4月28日\n最新图文\n- 频道推荐\n资讯标签：某县 灾情 台风\n",
     "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n图文编辑|吴某（实习生）\n一审|黄某某\n终审|皮某某\n", "全年增长5%。\n", "byline"),
    ("工作总结 > 半年工作总结\n某区林业局2024年上半年工作总结\n全年增长5%。", "某区林业局2024年上半年工作总结\n全年增长5%。",
     "site_header"),
    ("全年造林1.2万亩。\n某某旗防沙治沙工程一角\n全年增长5%。", "全年造林1.2万亩。\n全年增长5%。", "image"),
    ("全面完成任务。原创：wenmi000.com\n扫描左侧二维码关注某某网官方微信\n2011年07月26日 00时00分\n时间：2018/5/2 9:50:00\n",
     "全面完成任务。\n", "site_header"),
    ("上QQ阅读APP看本书，新人免费读10天\n第五部分 生育保险\n全年增长5%。", "第五部分 生育保险\n全年增长5%。", "site_header"),
    ("全年增长5%。\n//static.example-shebao.com\n", "全年增长5%。\n", "url"),
    ("2022年，摩臣平台共输送大学生士兵42人，运用渔九游娱乐 九游娱乐官方港预警。",
     "2022年，共输送大学生士兵42人，运用渔港预警。", "spam"),
    # fresh401-405 kinds: reporters and editors with a slash; picture credits; a visit counter; social links; a
    # WeChat share instruction; a clock's label; a validity field; last-update time; an original title; colour
    # choices; office hours; a weather bar; a character count with a reading time; a Latin casino brand
    ("全年增长5%。\n记者/刘某某 马某某\n实习记者/曲某某\n责任编辑/王某某\n程某/文图\n", "全年增长5%。\n", "byline"),
    ("全年增长5%。\n图/某市交通局提供\n停车场投用。（ 图片由某区公安分局 龚某 授权提供）\n", "全年增长5%。\n停车场投用。\n", "image"),
    ("全年增长5%。\n（这个页面共进入 1 次，今天进入 1 次）\n分享 facebook\n打开微信，点击底部的\n当前时间：\n时效： 有效\n"
     "最后更新： 2021-01-19 08:05:48\n保护视力色： 杏仁黄 秋叶褐\n在线咨询： QQ交谈\nPM2.5：34mg/m³空气质量指数：52 良\n",
     "全年增长5%。\n", "site_header"),
    ("全年增长5%。本文共计18286个文字，预计阅读时间需要74分钟。", "全年增长5%。", "char_count"),
    ("最后更新： 2021-01-19 08:05:48某报1月18日消息，全年增长5%。\n标签 矿山- 原标题：某局：对非煤矿山全面检查\n",
     "某报1月18日消息，全年增长5%。\n", "site_header"),   # before the story on its line; an original title
    ("全年增长5%。\n记者/刘某某 马某某  实习记者/曲某某  责任编辑/王某某\n", "全年增长5%。\n", "byline"),
    ("全年增长5%。\n相关资源\n相关搜索\nCopy\n", "全年增长5%。\n", "doc_site"),
    ("全年增长5%。<%=mycom.ComName %>\n", "全年增长5%。\n", "markup"),   # a server page's template code
    # fresh406-410 kinds: a document site's page-count blurb; a bracketed disclaimer; slot-machine spam and a chess
    # site's credit; a forum's prompts; a portal's search buttons, record heading, font buttons and crumb; a dateline
    ("全年增长5%。\n文档一共【12】页，该文档可以免费在线阅读\n实用文档—Word格式、可编辑打印\n", "全年增长5%。\n", "doc_site"),
    ("全年增长5%。\n[免责声明] 本文来源于网络\n", "全年增长5%。\n", "statement"),
    ("全省产值达到近1吃角子老虎机攻略分享万亿元。\n文章由325棋牌提供发布\n", "全省产值达到近1万亿元。\n", "spam"),
    ("全年增长5%。\n本帖子中包含更多资源\n您需要登录后才可以回帖\n", "全年增长5%。\n", "forum"),
    ("检索 高级检索\n信息明细属性\n放大字体  缩小字体\n◎ 当前位置-大江南北\n某县2024年工作总结\n某某网综合消息自2019年以来，全县渔业稳定。",
     "某县2024年工作总结\n自2019年以来，全县渔业稳定。", "site_header"),
    ("某中心工作简报\n日常工作中简报用得越来越多，它不是一种文体。那么写简报难吗？下面是小编帮大家整理的某中心工作简报，欢迎大家分享。\n"
     "全年增长5%。", "某中心工作简报\n全年增长5%。", "preface"),   # a 范文 site's lesson on a 简报 before its blurb
    ("某县橡胶产业现状与对策\n（1.某省热带作物研究所，云南景洪 666100;2.某县农业技术推广中心，云南某县 666599）\n全年增长5%。",
     "某县橡胶产业现状与对策\n全年增长5%。", "byline"),   # a paper's numbered author units (a fresh405 kind)
    ("民政局印发《UedBet体育做好困境儿童分类保障的通知》。", "民政局印发《做好困境儿童分类保障的通知》。", "spam"),
    # other stories' headlines with no list header: after the body (blank lines between), or four in a row
    ("某县渔业工作总结\n今年渔业生产稳中有进，水产品总产量达到1.2万吨，同比增长3.5%。\n某市房贷首付门槛再提高\n\n"
     "某中学举行高三百日冲刺大会\n\n海岛音乐节周末开幕门票售罄\n",
     "某县渔业工作总结\n今年渔业生产稳中有进，水产品总产量达到1.2万吨，同比增长3.5%。\n\n\n", "related_headlines"),
    ("某镇2024年工作总结\n• 某地举办美食节吸引八方游客\n• 某公司发布新款折叠屏手机\n• 高速公路春节期间免费通行\n"
     "• 老旧小区停车难题迎来新解法\n全年增长5%。", "某镇2024年工作总结\n全年增长5%。", "related_headlines"),
    # a document site's blurb on one line longer than a footer line, its format note after it; a next-page prompt
    ("文档介绍：该【某县绿色食品工作汇报】是由【山间小路】上传分享，文档一共【18】页，该文档可以免费在线阅读，需要了解"
     "更多关于【某县绿色食品工作汇报】的内容，可以使用某某网的站内搜索功能，选择自己适合的文档，以下文字是截取该文章内的"
     "部分文字，如需要获得完整电子版，请下载此文档到您的设备，方便您编辑和打印。实用文档—Word格式、可编辑打印\n全年增长5%。",
     "全年增长5%。", "doc_site"),
    ("文檔介紹：該【某縣綠色食品工作彙報】是由【山間小路】上傳分享，文檔一共【18】頁，該文檔可以免費在線閱讀，需要了解"
     "更多關於【某縣綠色食品工作彙報】的內容，可以使用某某網的站內搜索功能，選擇自己適合的文檔，以下文字是截取該文章內的"
     "部分文字，如需要獲得完整電子版，請下載此文檔到您的設備，方便您編輯和打印。\n全年增長5%。", "全年增长5%。", "doc_site"),
    ("全年增长5%。\n● 往下看，下一页更精彩 ●\n今年新建温室12座。", "全年增长5%。\n今年新建温室12座。", "promo"),    # a portal's bar of frame words parted by |; a dashed date before a source; a publication date's field;
    # a media centre's sign-in prompt
    ("English| 旧版回顾| 电子邮件| 维护邮箱\n某局2024年工作总结\n全年增长5%。", "某局2024年工作总结\n全年增长5%。", "site_header"),
    ("電子郵件| 維護郵箱 某某政府網\n某局2024年工作總結\n全年增長5%。", "某局2024年工作总结\n全年增长5%。", "site_frame"),
    ("某局2024年工作总结\n2019-05-12 | 来源： 某某局网站 |\n全年增长5%。", "某局2024年工作总结\n全年增长5%。", "site_header"),
    ("某縣推動情形\n公佈日期：113 年 10 月 15 日\n全年增長5%。", "某县推动情形\n全年增长5%。", "footer_line"),
    ("全年增长5%。\n登录某某县融媒体中心账号\n", "全年增长5%。\n", "site_header"),
    ("農業知識庫\n某縣友善耕作推動情形\n全年增長5%。\n消費者知識庫 > 農業經濟類\n", "某县友善耕作推动情形\n全年增长5%。\n",
     "site_header"),
    # fresh411-415 kinds: a search box's hint; a study-only note; a 范文 site's 相关内容 blurb; a promo to sign in
    # (登陆); a copyright line in capitals; a site's notice, address and postcode; a view counter; police badges
    ("多个关键词搜索，空格分隔\n某县传统村落保护情况的调研报告\n全年增长5%。", "某县传统村落保护情况的调研报告\n全年增长5%。",
     "site_header"),
    ("某村保护情况\n仅供学习，请勿他用！\n全年增长5%。", "某村保护情况\n全年增长5%。", "doc_site"),
    ("某镇禁烧工作总结\n以下是有关于禁烧总结的相关内容，欢迎大家阅读！\n全年增长5%。", "某镇禁烧工作总结\n全年增长5%。", "preface"),
    ("全年增长5%。\n了解更多旅游信息，请登陆：某某假期旅行社\n", "全年增长5%。\n", "promo"),
    ("全年增长5%。\nCOPY RIGHT RESERVED 2007 - 2008\n网站公告：诚信为本，服务至上。\n地址：某某省某某市\n邮编：527521\n",
     "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n已有 396 次浏览\n经营性网站备案信息 某某网络警察报警平台\n", "全年增长5%。\n", "site_header"),
    # a signer's credit and a keyword note in brackets; a reward prompt and a forum's token; a page marker inside
    # a sentence; a 范文 site's count of copies; lottery and betting brands inside a sentence
    ("全年增长5%。\n（签发：王某某）\n", "全年增长5%。\n", "byline"),
    ("全县化肥使用量下降5%（关键字：化肥）。", "全县化肥使用量下降5%。", "site_header"),
    ("全年增长5%。\n赞赏是对作者鼓励\nfastpost\n", "全年增长5%。\n", "promo"),
    ("全市大力实施- 2 - 2 -立体式绿化。", "全市大力实施立体式绿化。", "page_marker"),
    ("某协会花卉产业工作总结（优秀范文五篇）\n全年增长5%。", "某协会花卉产业工作总结\n全年增长5%。", "blurb"),
    ("贵州有757个“中国传新澳彩资料免费长期公开统村落”。", "贵州有757个“中国传统村落”。", "spam"),
    ("全镇提升新农OB体育村建设水平。", "全镇提升新农村建设水平。", "spam"),
    # a menu bar of words parted by bars, after its label; a photo's caption with its number; a document site's
    # tagline; a report site's screen advice and its PDF button
    ("全年增长5%。\n花卉资讯： 市场动态 | 国际新闻 | 苗圃苗木 | 行业新闻 | 价格行情\n家庭养花 | 插花花艺 | 科技之窗 | 人与自然 | 病虫防治\n",
     "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n某街道：“疏堵结合”筑牢秸秆禁烧防线（图1）\n", "全年增长5%。\n", "image"),
    ("精品文档---下载后可任意编辑\n某协会工作总结\n全年增长5%。", "某协会工作总结\n全年增长5%。", "doc_site"),
    ("全年增长5%。\n以 800 x 600 解像度以达致最佳效果\n下载二零零二至零三年报-PDF格式\n", "全年增长5%。\n", "download"),
    # a site's name and bare domain opening its slogan line; a betting brand with (中国); a bulleted footer link
    ("某某汇 mouwenhui.com ，汇集讲话、总结、报告等办公文稿下载。仅供学习，请勿他用！\n某村保护情况\n全年增长5%。",
     "某村保护情况\n全年增长5%。", "site_header"),
    ("KY体育·（中国）app移动版下载\n某镇花木工作总结\n全年增长5%。", "某镇花木工作总结\n全年增长5%。", "spam"),
    ("全年增长5%。\n    • 关于我们 | 营业执照\n", "全年增长5%。\n", "footer_line"),
    # fresh416-420 kinds: credits of reviewer and sender; bylines of 文/, a correspondent, a paper's reporter; a
    # caption credited at its end; an abstract's label; a voice widget; a reprint note; ©原创; English frame words
    ("全年增长5%。\n审稿人：王某某\n发稿人：李某某\n", "全年增长5%。\n", "footer_line"),
    ("文/某县水务局\n通讯员 王某某\n□某某日报记者 李某某\n全年增长5%。", "全年增长5%。", "byline"),
    ("全年增长5%。\n禁燃禁放宣传标语 图片来源：某社区\n", "全年增长5%。\n", "image"),
    ("中文摘要\n本文总结了某县危化品监管的做法。\n语音合成中，请耐心等待...\n", "本文总结了某县危化品监管的做法。\n",
     "site_header"),
    ("全年增长5%。\n本文来自投稿，不代表某某网立场\n如若转载，请注明出处\n", "全年增长5%。\n", "statement"),
    ("NEWS\nLINKS\n06 Sep 2021\n©原创 2021-09-27 18:17\n全年增长5%。", "全年增长5%。", "site_header"),
    # a site's dateline with its app; a channel's label; letter-spaced record fields; a Q&A site's plea and notice;
    # a province menu with empty cells; 范文 sites' stock sentences; betting brands; a figure's numbered caption
    ("某某网·某某新闻11月5日讯 全县开展电动车排查。", "全县开展电动车排查。", "site_header"),
    ("地方频道：\n分 类：委员提案办理结果 ； 安全生产监管\n全年增长5%。", "全年增长5%。", "site_header"),
    ("这个问题到底怎么解？求帮忙！\n友情提示\n如果标题没有明确说明有答案则都视为没有答案\n全年增长5%。", "全年增长5%。", "forum"),
    ("全年增长5%。\n安徽 | | | 北京\n河北 | | | 河南\n", "全年增长5%。\n", "site_header"),
    ("本文是关于学生资助工作总结的文章，如果觉得很不错，欢迎点评和分享！\n全年增长5%。", "全年增长5%。", "preface"),
    ("如果能帮助到您，小编的一切努力都是值得的。那么问题来了，方案应该怎么写？\n全年增长5%。", "全年增长5%。", "preface"),
    ("资金用于奖励葡萄京澳门官网大全在校学生。", "资金用于奖励在校学生。", "spam"),
    ("某某app体育下载_农业农村部：防控形势依然严峻\n全年增长5%。", "农业农村部：防控形势依然严峻\n全年增长5%。", "spam"),
    ("全年增长5%。\n图4-3-4 烟花爆竹监督人训练情形\n", "全年增长5%。\n", "image"),
    # … run on into the text: an abstract's label, a correspondent's byline, ©原创 and its time; a plea after a
    # title; a province menu of many names
    ("中文摘要 某县环保局为落实政策，开展专项检查。", "某县环保局为落实政策，开展专项检查。", "site_header"),
    ("通讯员 王某某 2018年，区安监局开展专项整治。", "2018年，区安监局开展专项整治。", "byline"),
    ("某部：做好防控工作 ©原创 2021-09-27 18:17 0 9月27日，某部召开会议。", "某部：做好防控工作  9月27日，某部召开会议。",
     "site_header"),
    ("某镇2018年防控工作总结及计划，这个问题到底怎么解？求帮忙！\n全年增长5%。", "某镇2018年防控工作总结及计划\n全年增长5%。", "forum"),
    ("全年增长5%。\n安徽 | | | 北京 | | | 重庆 | | | 福建 | | | 甘肃 | | | 广东 |\n", "全年增长5%。\n", "site_header"),
    # fresh421-425 kinds: a portal's name and a search box's wait note; a photo credited in brackets; a page's
    # identifier; a lottery tagline; date, source and counters; a copyright notice; an empty date header; a media
    # centre's source tag; a forum's frame; download buttons; a dateline with its time; a follow prompt; a masthead
    ("某某热线\n查询间隔10秒\n某市托育机构建设工作\n全年增长5%。", "某市托育机构建设工作\n全年增长5%。", "site_header"),
    ("全县建成托育机构3家（资料照，社会局提供）。", "全县建成托育机构3家。", "image"),
    ("全年增长5%。\nUserDisable\n", "全年增长5%。\n", "markup"),
    ("彩神-安全购彩\n某镇公益性岗位工作总结\n全年增长5%。", "某镇公益性岗位工作总结\n全年增长5%。", "spam"),
    ("2022-11-18 某某资讯 4 0\n2025年07月01日 ()\n某镇公益性岗位工作总结\n全年增长5%。",
     "某镇公益性岗位工作总结\n全年增长5%。", "site_header"),
    ("全年增长5%。\n2、凡本网注明“来源：某某在线”的所有信息内容\n", "全年增长5%。\n", "statement"),
    ("某区融媒讯 今年以来，全区开发公益性岗位120个。", "今年以来，全区开发公益性岗位120个。", "site_header"),
    ("返回某县发布\n发新帖 回复\n收起左侧\n该用户从未签到\n某镇中药材产业发展情况\n全年增长5%。",
     "某镇中药材产业发展情况\n全年增长5%。", "forum"),
    ("全年增长5%。\n【下载Word】 【下载PDF】\n", "全年增长5%。\n", "download"),
    ("某县数字报-数字报|某县数字报-电子版\n2025年04月29日 10时58分\n全年增长5%。\n关注我们，获取更多地名资讯\n",
     "全年增长5%。\n", "site_header"),
    ("全市完成地名普查【作者：记者 王某某】\n转自：某某民政\n", "全市完成地名普查\n", "byline"),
    ("全年增长5%。\n辞职报告 实习报告 述职报告 调查报告 调研报告\n", "全年增长5%。\n", "site_header"),
    ("某某色成人-某某色成人网-某某色色色\n某市托育服务工作总结\n全年增长5%。", "某市托育服务工作总结\n全年增长5%。", "spam"),
    ("2014年04月17星期四\n国内统一刊号：CN**-0000\n本期导航 往期回顾 上一期 下一期\n全年增长5%。", "全年增长5%。", "site_header"),
    ("新闻来源https://news.example.com/某地查获烟火-045713771.html\n全年增长5%。\n7A87F17D1373B6E7\n", "全年增长5%。\n",
     "site_header"),
    # fresh426-430 kinds: a document site's tagline; a record's 标题 cell; a portal's welcome; a numbered site's name;
    # a credit for an illustration and a photographer's; a lone 【正文】; font buttons; a press group's imprint
    ("某某文库--青年干部的网络秘书，职场精英的智慧文库！\n| 标题：某县工作总结 |\n某县工作总结\n全年增长5%。", "某县工作总结\n全年增长5%。",
     "site_header"),
    ("某县人民政府网站欢迎您！\n51某价网\n【正文】\nA+ 大\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全市开展人工增雨（示意图／unsplash）作业。\n王某某 摄 （某某图片库发）\n", "全市开展人工增雨作业。\n", "image"),
    ("全乡开展人工增雨作业（文/图 王某某）。\n某某日报社全媒体特约记者 李某某\n文/郭 某\n", "全乡开展人工增雨作业。\n", "byline"),
    # a news site's dateline; an original headline in brackets; a portal's source tag; counters in 〖〗; an HTML tag;
    # casino brands inside sentences; a document site's slug after a title
    ("某某马铃薯网（m.example.com）消息 近日，全县马铃薯喜获丰收。", " 近日，全县马铃薯喜获丰收。", "site_header"),
    ("某某在线某县消息\n全县开展防雹作业12次。【原标题：某县防雹作业12次 】", "全县开展防雹作业12次。", "site_header"),
    ("全年增长5%。\n〖0条评论 - 88推荐〗\n打印本文 - 下载本文〗\n", "全年增长5%。\n", "comment"),
    ("打印：<span id=\"printapp\">全年增长5%。", "打印：全年增长5%。", "markup"),
    ("由十大网络赌博网站排行牵头制定方案，当《皇冠现金官网welcome入口》地产业发展。", "由牵头制定方案，当地产业发展。", "spam"),
    ("某局人工影响天气业务方案-wenkub\n全年增长5%。", "某局人工影响天气业务方案\n全年增长5%。", "doc_site"),
    # fresh431-433 kinds: casino brands; a template site's notices and a spaced keyword label; a comment box; a
    # document site's tagline, coin price and captcha; a finance portal's frame; a reprint notice; a byline of 文/ 图/
    ("凯发k8官网|某某|2000年以来我国柑橘产业的演变\n全县建成雷竞技ap官网入口辣椒基地。", "2000年以来我国柑橘产业的演变\n全县建成辣椒基地。",
     "spam"),
    ("全年增长5%。\n仅作为作品整体效果示例展示，禁止商用。\n设计者仅对作品中独创性部分享有著作权。\n关 键  词：\n", "全年增长5%。\n",
     "doc_site"),
    ("全年增长5%。\n已有0条评论，共10414人参与，点击查看>>\n评论内容：\n验 证 码： 输入图片中字符，不区分大小写\n", "全年增长5%。\n",
     "comment"),
    ("1、精选word文档 下载可编辑某县林业工作汇报\n下载资源需要8金币\nImageVerifierCode 换一换\n全年增长5%。",
     "1、某县林业工作汇报\n全年增长5%。", "doc_site"),
    ("新闻源 财富源\n热图一览\n股票名称 最新价 涨跌幅\n阅读剩余内容\n转载投稿及商务合作请联系\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。\n文/本报记者 王某 李某 图/张某某\n", "全年增长5%。\n", "byline"),
    # fresh434-438 kinds: a 方案 site's name; a machine-help note; bylines run together; betting brands; a portal's
    # welcome and accessibility links; a related-documents header; a tea site's blurbs; a read-more; a news licence;
    # a download site's notices and pay line; a 范文 site's upload line; an image's name
    ("某某方案网\n欢迎访问某县残疾人联合会官方网站！\n点击无障碍辅助浏览 | 无障碍操作说明\n全年增长5%。\n互联网新闻信息许可证：61120180013\n",
     "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n本文档由用户AI专业辅助创建，并经网站质量审核通过\n2026-03-12 10.00元 免费试读\nShape2\n您是否遇到下载问题了？\n"
     "工作总结范文 会员上传 下载docx\n", "全年增长5%。\n", "doc_site"),
    ("通讯员王某某记者李某 日前，全县无障碍改造完成。\n编辑张某某\n", " 日前，全县无障碍改造完成。\n", "byline"),
    ("伟德betvictor最新版本下载（中国·官方）-Web Game Platform\n全年增长5%。", "全年增长5%。", "spam"),
    ("全年增长5%。\n相关文档\n某县无障碍工作总结\n某市无障碍建设方案\n", "全年增长5%。\n", "footer_block"),
    ("全县开展监测（推荐阅读）。\n如果还想进一步了解关于茶叶知识方面知识请访问茶叶种类专题。\n", "全县开展监测。\n", "promo"),
    ("某某运动·（B-sports）官方网站\n【www.example.com - 茶叶种类】\n全年增长5%。", "全年增长5%。", "spam"),
    ("各村都订立了村民自治章程和村、（www.example.com）组工作管理办法。", "各村都订立了村民自治章程和村、组工作管理办法。", "url"),
    # fresh439-443 kinds: a bold tag's letter around a title; 范文 blurbs; a chatbot's closing offer; a voice button,
    # an editor line, a follow prompt, a trade site's welcome; a read-the-original link; a dateline; a form's residue
    ("b某校足球活动总结b篇一\n全年增长5%。", "某校足球活动总结篇一\n全年增长5%。", "markup"),
    # fresh444-448 kinds: a company's welcome, a spider pool's label, a forum's IP location; a county list with bars;
    # 范文 pleas and lessons; a template's record fields; a paper's edition credit and portal headers; source lines
    ("某某医疗器械有限公司欢迎您！\n主站蜘蛛池模板：\nIP属地：某省某市\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。都匀市| 梁河县| 容城县| 某某县|\n", "全年增长5%。", "site_header"),
    ("本文目录导读：\n《某社区文明实践站半年工作总结》\n全年增长5%。", "《某社区文明实践站半年工作总结》\n全年增长5%。", "site_header"),
    ("喜欢就复制下载支持一下了！\n活动总结是对活动执行情况的一种客观反映\n全年增长5%。", "全年增长5%。", "blurb"),
    ("内部编号：AN-QP-HT601\n版本/ 修改状态：01 / 00\n使用指引：本报告文件可用于为规范管理\n全年增长5%。", "全年增长5%。", "template"),
    ("全年增长5%。\n某某日报（2018年7月2日09版）\n相关链结\n栏目推荐\n【摘要】\n本文TAG：\n某州咨询热线：\n", "全年增长5%。\n",
     "site_header"),
    ("以下内容是某某网为您带来的9篇《校园足球工作总结》\n下面是一些月工作总结的注意事项和常见错误\n全年增长5%。", "全年增长5%。",
     "preface"),
    ("全校开展活动12次。如果有其他问题或需要进一步修改，请随时告知。", "全校开展活动12次。", "template"),
    ("点击播报本文，约\n打印 责任编辑：admin\n关注某某农垦官方微信平台\nVIP标识欢迎光临某某商务网 | | 手机版\n全年增长5%。", "全年增长5%。",
     "site_header"),
    ("支持种业企业做大做强...[查看原文]\n某某网库讯：全县老年大学开学。窗体底端评估验收会上，全县通过验收。",
     "支持种业企业做大做强...\n全县老年大学开学。评估验收会上，全县通过验收。", "site_header"),
    ("2025年04月29日 10时58分 某某日报讯 近日，全县中药材采挖忙。", " 某某日报讯 近日，全县中药材采挖忙。", "site_header"),
    # fresh449-453 kinds: a news farm's column name before or after a headline; a record's two fields on a
    # line; a piece label; a repost's credit lines; breadcrumbs with lost separators or ending in 浏览文章;
    # skip links and a sharing site's labels; a related list with the site's name after each item; a 范文
    # site's welcome; an address run into a post time
    ("世界热讯：某镇做好三夏工作\n全年增长5%。", "某镇做好三夏工作\n全年增长5%。", "site_header"),
    ("某镇多措并举做好秋收工作 全球快看点\n全年增长5%。", "某镇多措并举做好秋收工作\n全年增长5%。", "site_header"),
    ("责任部门 办公室 公开方式 主动公开\n全年增长5%。", "全年增长5%。", "site_header"),
    ("范文一：\n全年增长5%。", "全年增长5%。", "page_marker"),
    ("编辑|【某某24点】综合整理(所有权归原作者)\n声明|内容来源网络，如有侵权请联删\n全年增长5%。", "全年增长5%。", "statement"),
    ("首页  ?  新闻频道  ?  国内新闻\n学习专栏 >> 浏览文章\n全年增长5%。", "全年增长5%。", "site_header"),
    ("跳转到路径导航栏\n跳转到正文内容\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。\n文本预览\n相关文档 最新文档\n", "全年增长5%。\n", "doc_site"),
    ("- 某中学工作计划二号文库\n- 某局工作思路二号文库\n- 某校师德制度二号文库\n- 小班游戏备课二号文库\n- 竞聘演讲稿二号文库\n"
     "全年增长5%。", "全年增长5%。", "doc_site"),
    ("某乡农家书屋工作总结 欢迎来到某某网，全年增长5%。", "某乡农家书屋工作总结 全年增长5%。", "blurb"),
    ("http://www.example.com?2012-12-12 17:18? ？来源：某某网\n全年增长5%。", "全年增长5%。", "site_header"),
    # fresh454-458 kinds: a 范文 site's category and 大全 after a title; a column name alone; a live-casino
    # brand; a news app's dateline; a file size behind garbled characters; a paywall's end mark; a login
    # link; a portal's own sites; gambling spam; a footer's maintainer; a writer's credit in brackets; a
    # site's name stamped inside a sentence; a 范文 site's header
    ("某局噪声防治工作总结环保工作总结大全\n全年增长5%。", "某局噪声防治工作总结\n全年增长5%。", "spam"),
    ("政务公开\n世界焦点！某省监测点位守卫声环境\n全年增长5%。", "某省监测点位守卫声环境\n全年增长5%。", "site_header"),
    ("ABC真人厅ABC真人厅\n全年增长5%。", "全年增长5%。", "spam"),
    ("某某网-某某客户端讯（某某） 全年增长5%。", "全年增长5%。", "byline"),
    ("全年增长5%。\n大?。?4.00 KB\n", "全年增长5%。\n", "doc_site"),
    ("全年增长5%。\n~~ 试读结束 ~~\n", "全年增长5%。\n", "paywall"),
    ("手机+密码登录\n某某网首页 手机某某网 新闻客户端\n全年增长5%。", "全年增长5%。", "site_header"),
    ("某某最新官方网站查询网址全年增长5%。\n十大正规网赌平台\n", "全年增长5%。\n", "spam"),
    ("全年增长5%。\n（撰稿人，某某某）\n维护单位：某某中心\n", "全年增长5%。\n", "byline"),
    ("全县野生动物集中分布本文来源：某某在线地增加5%。", "全县野生动物集中分布地增加5%。", "spam"),
    ("【文章内容简介】\n全年增长5%。", "全年增长5%。", "site_header"),
    # fresh459-463 kinds: a footer whose ICP number a credit follows; a source in brackets after a news item; a
    # record's 主题词; counters and credits; a lottery plan site; related headlines with their dates; AI blurbs;
    # a paywall's subscribe note; a DOI; WeChat footers; a 文库's motto; a script switcher
    ("全年增长5%。\nCopyRight © 2020 某某旅游网 All Rights Reserved. 未经授权 禁止复制转载 版权所有 地址：某县某镇某某路1号"
     "某某大厦三楼 电话：0000-1234567 邮箱：someone@example.com 服务时间：工作日上午九点至下午五点 欢迎游客来电咨询 "
     "备案号：某ICP备12345678号-1 技术支持：某某科技\n", "全年增长5%。\n", "site_header"),
    ("全镇开展宣传活动，覆盖群众5000人。（来源：某某县某某镇）\n", "全镇开展宣传活动，覆盖群众5000人。\n", "byline"),
    ("全年增长5%。\n• 主题词：统计\n浏览次数：570\n主办：某某监测院\n喜欢 (0)\n", "全年增长5%。\n", "site_header"),
    ("全年增长5%。《51计划网全天计划免费稳定版技巧》\n", "全年增长5%。\n", "spam"),
    ("全年增长5%。\n某某宣传日活动文案10-10\n某县卫生日活动小结01-26\n", "全年增长5%。\n", "site_header"),
    ("本文将总结8篇关于心理健康的重要文章。这些文章涵盖了最新成果。\n全年增长5%。", "全年增长5%。", "blurb"),
    ("全年增长5%。\n订阅后可查看全文（剩余80%）\n10.3760/abc.j.issn.1000-0000.2019.01.008\n", "全年增长5%。\n",
     "paywall"),
    ("全年增长5%。\n点击下方“阅读原文”可进入某某网\n您可能也对以下帖子感兴趣\n", "全年增长5%。\n", "site_header"),
    ("文档库 最新最全的文档下载\n简体 | 繁体 | 网站支持IPV6\n全年增长5%。", "全年增长5%。", "site_header"),
    # fresh464-468 kinds: an e-paper's edition with a dot; news site footers; a forum's attachment tag; a paper's
    # dateline; a betting brand's entry after a title; a language switcher and a barred byline; a piece label;
    # credits, reminders, rolling links, QR invitations; a copyright claim; a view count; a news dateline
    ("第A02版：看某地·要闻\n不良信息举报平台\nA+ A-\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全县开展[attachment=541768]宣传活动。", "全县开展宣传活动。", "forum"),
    ("某某消费者报北京讯（某某 记者某某）为贯彻落实工作，全年增长5%。", "为贯彻落实工作，全年增长5%。", "byline"),
    ("某局开展滑雪场营业前安全检查-k8某某国际入口\n全年增长5%。", "某局开展滑雪场营业前安全检查\n全年增长5%。", "spam"),
    ("CN | EN\n某某新闻记者 | 某某\n全年增长5%。\n图：警方提供\n", "全年增长5%。\n", "site_header"),
    ("第1篇示例：\n全年增长5%。", "全年增长5%。", "page_marker"),
    ("全年增长5%。\n媒体滚动\n海量资讯、精准解读，尽在某某财经APP\n扫码申请加入\n预览：330次\n", "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n本网拥有此文版权，本站图片均为原创\n", "全年增长5%。\n", "statement"),
    ("某某网12月19日（某某/某某） 全年增长5%。", "全年增长5%。", "byline"),
    # fresh469-473 kinds: a loader's note, a copyright label, navigation back; a template's author fields; video
    # spam; a 范文 site's tag, thanks and plea; a link to the full text; glosses in square brackets
    ("图片正在生成中...\n某某网版权声明：\n返回 主页\n全年增长5%。", "全年增长5%。", "site_header"),
    ("某局限塑工作总结汇报人：某某2023-12-04\n全年增长5%。", "某局限塑工作总结\n全年增长5%。", "template"),
    ("全年增长5%。\n某某片在线观看\n", "全年增长5%。\n", "spam"),
    ("【学习指导】\n由某某的网友为您精心整理收集，供您学习参考。\n全年增长5%。\n喜欢就分享下载吧。\n", "全年增长5%。\n", "blurb"),
    ("禁渔成效明显。查看全文：http://www.example.cc\n", "禁渔成效明显。\n", "url"),
    ("今年【nián】以来，全年增长5%。", "今年以来，全年增长5%。", "pinyin_gloss"),
    # fresh474-478 kinds: a forum's name; navigation and share controls; a hotline header; a site's name before
    # 正文; a recommendation; a picture's login wall; an editors' chain; an app's byline; closing credits in
    # brackets; a figure's caption; infobox fields; date stamps; an e-paper's header; a paper database's links;
    # portal field names around a title; a brand after a spaced dash; an address alone; casino brands
    ("某某县论坛\n站点地图\n某镇2024年禁毒工作总结\n全年增长5%。", "某镇2024年禁毒工作总结\n全年增长5%。", "forum"),
    ("Android 某某中文网\n全年增长5%。", "全年增长5%。", "forum"),
    ("链接已复制\n关联信息\n新闻中心NEWS\n24小时热线 1234 5678\n某某网 正文\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。\n热门作文推荐！\n", "全年增长5%。\n", "blurb"),
    ("全年增长5%。\n登录/注册后可看大图\n", "全年增长5%。\n", "paywall"),
    ("全年增长5%。\n◆编辑：某某◆二审：某某某◆三审：某某\n", "全年增长5%。\n", "site_header"),
    ("某某新闻·记者 某某某\n全年增长5%。", "全年增长5%。", "byline"),
    ("全年增长5%。（某某 某某某 /文）\n", "全年增长5%。\n", "byline"),
    ("全年增长5%。（某某日报 记者某某某）\n", "全年增长5%。\n", "byline"),
    ("全年增长5%。\n图1：工作人员向群众讲解政策\n", "全年增长5%。\n", "image"),
    ("中文名：某某综合试验区\n获批时间：2018年3月1日\n全年增长5%。", "全年增长5%。", "site_header"),
    ("202405/16\n08/29 05:13\n全年增长5%。", "全年增长5%。", "site_header"),
    ("电子报阅读机\n当前报纸名称：某某日报\n日期：12-04\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。\n相似文献\n中文文献\n外文文献\n获取原文\n", "全年增长5%。\n", "site_header"),
    ("信息来源 某某乡人民政府 主题导航 综合政务\n信息名称 某乡2023年护林工作小结 内容概述\n全年增长5%。",
     "某乡2023年护林工作小结\n全年增长5%。", "site_header"),
    ("某县推进农膜回收利用 - 中国某某\n全年增长5%。", "某县推进农膜回收利用\n全年增长5%。", "site_header"),
    ("全年增长5%。\n    某某省某某市某某区幸福大街12号\n", "全年增长5%。\n", "site_header"),
    ("倡导在婚礼中融入太阳城赌城_abet国际集团$官网娱乐平台文明元素。近日，88必发市局开展考核。",
     "倡导在婚礼中融入文明元素。近日，市局开展考核。", "spam"),
    # fresh479-483 kinds: SEO keywords between a sentence's pieces; a blog's closing lines; a lone site word;
    # sidebar names; a company's fields; question marks for spaces; a casino's site line; a closing byline; a
    # summary field; a figure's caption at a line's end
    ("全市学童龋齿率较高，\n某市关键字行销\n，为降低龋齿率，\nseo优化\n，全面开展窝沟封闭。",
     "全市学童龋齿率较高，为降低龋齿率，全面开展窝沟封闭。", "spam"),
    # any keyword stuffed on a line between a sentence's pieces, each broken after a comma (fresh487 kinds)
    ("去年疫情在本地重现，\n某某代理\n，一度引起恐慌，\n\n2019某某词\n\n，近期疫情已经退烧。",
     "去年疫情在本地重现，一度引起恐慌，近期疫情已经退烧。", "spam"),
    # fresh484-488 kinds: a row of site names parted by bars; a paper's bylines; a daily tag before a headline; a
    # reprint's source; feedback pleas; authors without a colon; a first review; an abstract's paywall; a date and
    # a site; English links; forum rules and buttons; a company's greeting; a tag's attributes; field names
    ("0571|某城论坛|某城网|某州网|某州论坛\n全年增长5%。", "全年增长5%。", "site_header"),
    ("本报两会报道组某某\n全年增长5%。\n本报记者 柴\n", "全年增长5%。\n", "byline"),
    ("天天亮点!某市打造数字城市\n全年增长5%。", "某市打造数字城市\n全年增长5%。", "site_header"),
    ("全年增长5%。\n本文转自：某某报\n建议反馈 您的每一条建议声音，我们都认真对待\n", "全年增长5%。\n", "site_header"),
    ("全年增长5%。（记者 某某某某某）\n作者 某某某 某某\n一审/编辑：某某\n", "全年增长5%。\n", "byline"),
    ("您现在查看是摘要页，全文长 3062 字符\n全年增长5%。", "全年增长5%。", "paywall"),
    ("2023年10月11日 某某三农在线\n全年增长5%。\nLinks booklink\nContact Us: admin [ a t ] example.com\n",
     "全年增长5%。\n", "site_header"),
    ("请遵守互联网相关规定，不要发布广告\n发新话题\n[发帖际遇]： 某某开车超速被罚款\n全年增长5%。", "全年增长5%。", "forum"),
    ("您好：某某科技股份有限公司\n打开文本图片集\n著录日期 生效日期\n全年增长5%。", "全年增长5%。", "site_header"),
    ('幼犬死亡率高a class="insidelink" title="幼犬">幼犬也要打疫苗。', "幼犬死亡率高幼犬也要打疫苗。", "markup"),
    ("今年《2023澳门彩开彩结果》全县增长5%。", "今年全县增长5%。", "spam"),
    ("某某网首页 > 资讯中心 > 行业动态 > 某某乡2012年牲畜安全越冬工作稳步有序\n全年增长5%。",
     "某某乡2012年牲畜安全越冬工作稳步有序\n全年增长5%。", "site_header"),   # a crumb ending in the headline
    ("某某网 > 工作动态 > 某县开展春季草原鼠害防治工作\n\n某县开展春季草原鼠害防治工作\n全年增长5%。",
     "某县开展春季草原鼠害防治工作\n全年增长5%。", "site_header"),   # … the headline said again below: the crumb goes whole
    ("b体育最新下载地址某县温泉旅游成为支柱产业\n全年增长5%。", "某县温泉旅游成为支柱产业\n全年增长5%。", "spam"),
    ("谁有黄色在线观看，2018天天拍拍天天爽视频，\n全年增长5%。", "全年增长5%。", "spam"),
    ("6月21日，在某县某某现代农牧产业示范园繁育基地拍摄的牦牛。某某网 某某某 摄\n全年增长5%。", "全年增长5%。", "image"),
    ("某某新闻某某频道 某某某 某某某 某某\n全年增长5%。\n某某市融媒体中心\n", "全年增长5%。\n", "byline"),
    ("我们正处于一个信息大暴发的时代，每天都能产生海量资讯！\n全年增长5%。", "全年增长5%。", "blurb"),
    ("全年增长5%。\n人参与互动\n12 人参与评论\n", "全年增长5%。\n", "comment"),
    ("2024/08/30 分享到 weixin sina\n全年增长5%。", "全年增长5%。", "site_header"),
    # fresh489-493 kinds: an app's banner, a more link, a related header, buttons; service lines with phone
    # numbers; a rating box; a template tag; a visitor counter; a site's dateline tag and reprint notes
    ("立即打开\n全年增长5%。\n查看余下全文\n您也许感兴趣\n下载网址\n发送至邮箱\n", "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n总部客服电话 : 13500000000 0573-8000000\n某某办事处 : 13500000001\n销售联系人：某某 15000000000\n",
     "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n对本文中的事件或人物打分： | |\n当前平均分：0.43 （68次打分） | |\n查看全部回复【已有0位网友发表了看法】\n",
     "全年增长5%。\n", "comment"),
    ("近日[!--pape.url--]全县开展工作。\n你是第 7359946 位访问者\n", "近日全县开展工作。\n", "markup"),
    ("【某某网讯】近日，全县开展工作。\n［某某网］在线专稿，转载请注明“某某网”。\n转载文章请注明来源\n", "近日，全县开展工作。\n",
     "statement"),
    ("全年增长5%。\n本篇发表于 未分类 并标签为 , , 。\n回应已关闭。\nnetease\n栏目排行\n快捷导航\n", "全年增长5%。\n", "site_header"),
    ("全年增长5%。\n客服电话：12345678\n公司地址：某某省某某市某某路8号\n", "全年增长5%。\n", "site_header"),
    ("某县开展燃气安全检查\n? ? ? ? 8月31日，县住建局开展检查。", "某县开展燃气安全检查\n8月31日，县住建局开展检查。", "filler"),
    ("AB某某会·（中国）官方网站-登录入口\n全年增长5%。", "全年增长5%。", "spam"),
    ("目前玉米陆续成熟收获。 记者某某某某某通讯员某某摄\n全年增长5%。", "目前玉米陆续成熟收获。\n全年增长5%。", "byline"),
    ("某县玉米种植任务完成\n本文摘要：某县玉米种植任务完成\n全年增长5%。", "某县玉米种植任务完成\n全年增长5%。", "blurb"),
    ("（2）检查分装场271 图4-3-2 某某检查工作情形\n件次。", "（2）检查分装场271\n件次。", "image"),
    ("某县玉米种植任务完成“某某会ab真人官网”\n全年增长5%。", "某县玉米种植任务完成\n全年增长5%。", "spam"),
    ("全县何以后来居上？|某某观察\n全年增长5%。\n  • 相似文献\n", "全县何以后来居上？\n全年增长5%。\n", "site_header"),
    ("优秀范文推荐！近年来，某镇扎实开展工作。", "近年来，某镇扎实开展工作。", "blurb"),
    ("全年增长5%。\ntable value\n\"Microsoft YaHei\", sans-serif; letter-spacing: 0.5px;\" class=\"\">\n", "全年增长5%。\n",
     "site_header"),    # fresh494-498 kinds: betting brands inside sentences; credit lines of text and photos; a date, names and a
    # paper as the source; a code host's file header; a follow prompt; spaced footer links; a field's name
    # alone after a dash; an image's source; a forum's controls and ranks; a postcode with an address; an index
    # number alone; a menu of channels with bars; a contributor in brackets at the text's end
    ("全县ab365足球官网新建公厕12座，cd体育：改造户厕300户，足球滚球技巧完成投资3亿元，立博最新官网增长5%。",
     "全县新建公厕12座，改造户厕300户，完成投资3亿元，增长5%。", "spam"),
    ("【文／张某某；图片／李某摄】\n全年增长5%。\n| 文/王某 赵某某\n■ 文|《某某日报》记者 刘某\n",
     "全年增长5%。\n", "byline"),
    ("2019-06-14 张某 李某某 来源：某某日报\n全年增长5%。", "全年增长5%。", "byline"),
    ("815 lines\n246 KiB\nPlaintext\n全年增长5%。", "全年增长5%。", "site_header"),
    ("点击标题下「蓝色微信名」可快速关注\n全年增长5%。\n联 系 我 们 / 服 务 条 款\n- 发布日期\n- 点阅率\n",
     "全年增长5%。\n", "site_header"),
    ("图源：某某图库\n全年增长5%。", "全年增长5%。", "image"),
    ("论坛风格切换切换到宽版\n四星会员\n全年增长5%。\n快速回复\n限100 字节\n上一个 下一个\n", "全年增长5%。\n",
     "site_header"),
    ("全年增长5%。\n邮编：570100 地址：某市某某路8号\n", "全年增长5%。\n", "site_header"),
    ("115330015798377733/20240731-00003\nEnglish| 图片| 视频| 直播|\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。\n全县残疾人运动员在比赛中获奖。（某区残联）", "全年增长5%。\n全县残疾人运动员在比赛中获奖。", "byline"),
    # fresh499-503 kinds: a word processor's field codes; a browser notice; a sponsor and report lines; a read-more
    # prompt; a caption with its archive tag; press contacts; an empty copy credit; a 范文 site's definition; an
    # outlet's bracketed dateline; a media field; a comment box's note; a download with its file's size; a news
    # site's slogan
    ('PAGE\nPAGE1\n某镇燃气管道更新计划书\n目录\nTOC \\o "1-3" \\h \\u 一、项目背景 4\n全年增长5%。',
     "某镇燃气管道更新计划书\n目录\n一、项目背景 4\n全年增长5%。", "markup"),
    ("若你当前使用的浏览器为某某浏览器，请切换至极速模式。×\n全年增长5%。\n请继续往下阅读...\n某某文明网由某某宣传部 某某办 主办\n"
     "举报电话：0991-1234567 举报邮箱：12345@qq.com\n", "全年增长5%。\n", "site_header"),
    ("2025-11-05 某某院。（资料照）\n全年增长5%。", "全年增长5%。", "site_header"),
    ("全年增长5%。\n新闻联络人：某某市产业发展局\n张某某 科长 1999（外县市02-12345678）转6605\n", "全年增长5%。\n", "site_header"),
    ("全县[由整理]共新建基站12个。", "全县共新建基站12个。", "doc_site"),
    ("某县普查工作总结\n工作总结，以年终总结、半年总结和季度总结最为常见和多用。全县普查登记住户1.2万户。",
     "某县普查工作总结\n全县普查登记住户1.2万户。", "blurb"),
    ("（某某网库讯）全县开展人口普查。", "全县开展人口普查。", "byline"),
    ("媒体：某某林业网  作者：佚名\n全年增长5%。\n至少输入5个字符\n◎下载本会《例行活动路线简介》（PDF，9MB）\n"
     "国家重点新闻网站，9语种权威发布\n", "全年增长5%。\n", "site_header"),
    # betting tips after a spam chain; a menu of county governments; a portal's help link; a lottery site's line; a spam
    # copy's asterisks; a crumb run on into the headline and its record; sponsors; a copy site's crumb after its
    # address; a forum's prompts and branch; a channel menu; a casino's brand before a dash; a photo story's credit
    ("某某_365bet投注技巧统计局发布公报。\n甲县人民政府 乙县人民政府 丙区人民政府\n某某网群  使用指南\n某某彩票邀请码\n"
     "全县摸清越冬水鸟家底******", "统计局发布公报。\n全县摸清越冬水鸟家底", "spam"),
    ("您当前的位置 ： 某某网 >> 县区 >> 某县 某纪念馆：牢记嘱托勇担当 来源：某某中心 0 人参与互动 2023年01月19日 15:29\n"
     "全年增长5%。", "某纪念馆：牢记嘱托勇担当\n全年增长5%。", "site_header"),
    ("中共某市委宣传部   某市文明办  主办\n某某文库(https://www.example.net/doc/123.html)/总结报告/调查报告\n全年增长5%。\n"
     "注 册\nQQ登录\n只需一步，快速开始\n某某人家网站|某某分站\n要闻 县域旅游 经济观察 县区风采 最美县区\n", "全年增长5%。\n",
     "site_header"),
    ("凯发官方-某县获评红色旅游试点单位\n游客大幅增长。（某某某某某摄影报道）\n", "某县获评红色旅游试点单位\n游客大幅增长。\n",
     "spam"),
    # fresh504-508 kinds: a news app's tag; an outlet closing a paragraph; an HTML attribute's pieces; a reporter
    # with 文/图; phone-version links; a portal's boast; a spam line of www words; a caption with 图为 and a photo
    # credit with its agency; a news list's label; an app's prompt; a Latin site's name after a dash; an image's
    # path; a credit for photos; reprint notes; a disclosure label; an agency's dateline; an editor on duty; a
    # portal's English notice
    ("某某AI快讯，商务部介绍了网络零售情况。（某某新闻）\n全年增长5%。", "商务部介绍了网络零售情况。\n全年增长5%。", "byline"),
    ('全年增长5%。style="color: rgb(0, 0, 0);\ntext-wrap: wrap;"/>\n', "全年增长5%。\n", "markup"),
    ("记者 某某某 文/图\n某某网 手机版| 站内搜索\n《某某网》某地第一门户网站!\nwww某甲-www某乙-某丙\n全年增长5%。", "全年增长5%。",
     "site_header"),
    ("全县带动群众增收。图为该县电商服务站，工作人员正在分拣葡萄。某 某摄（某某视觉）\n执法人员开展检查 供图 某区市场监管局\n",
     "全县带动群众增收。\n执法人员开展检查\n", "image"),
    ("即时新闻：\n某某APP，更好阅读体验\n法定主动公开内容\n全年增长5%。\n值班总编：某某 责任编辑：某某\n", "全年增长5%。\n",
     "site_header"),
    ("某局对重点用能单位开展计量审查 - Reportify\n全年增长5%。UploadFiles/2009_12_28_15_20_59..jpg\n_fororder_微信图片_20220825122129\n",
     "某局对重点用能单位开展计量审查\n全年增长5%。\n", "image"),
    # fresh509-513 kinds (seen after their blind run): a casino's app line after a title; a finance app's prompt
    # and a tag label; a font control; a comment box; an epoch timestamp; a tag in brackets; a viewer's page line;
    # a portal's buttons and page stats; sauna spam; hotline lines; a crumb's site alone; a source without a colon;
    # a copy site's watermark; a source note in brackets; casino slogans; a template's logo; a firm's welcome
    ("某县打击跨境赌博成效显著-凯发app官网开户\n全年增长5%。- 掌握全球财经资讯点我下载APP\n文章标签\nA+ 大\n说点什么...\n"
     "已隐藏部分评论\n1602382140\n", "某县打击跨境赌博成效显著\n全年增长5%。\n", "spam"),
    ("某某送清凉工作计划[ 工作计划 ]\nYou are on page 1of 16\n加至主画面\nNewsID : 815438\n全年增长5%。\n"
     "页面执行时间 : 0.00029 秒\n", "某某送清凉工作计划\n全年增长5%。\n", "site_header"),
    ("全县保民生、长沙桑拿攻略保重点。\n某某网 >\n来源 某县应急管理局\n某市总工会服务热线：12351\n"
     "监督电话：024-24142099\n地址：某区某路411号 邮箱：abc@163.com 服务热线：12351\n",
     "全县保民生、保重点。\n", "site_header"),
    ("同志们：某某汇，范文学习文库全年增长5%。（某某资讯——内容来源网络）\n金年会金字招牌信誉至上\nYOUR LOGOYour company name\n"
     "某某园林工程有限公司欢迎您的访问！\n客服在线\n很高兴为您服务！\n文章搜索\n", "同志们：全年增长5%。\n", "doc_site"),
    ("全年增长5%。\n本网未注明“来源：某某网”的文/图等稿件均为转载稿\n如对稿件内容有疑议，请及时与我们联系\n", "全年增长5%。\n",
     "statement"),
    ("中国某某社山东淄博讯www.example.com.cn 全县开展检查。\nNotice: The content above (including the pictures) is uploaded by a user.",
     "全县开展检查。\n", "site_header"),
]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("dirty, wanted, label", FURNITURE)
def test_page_furniture_goes(dirty, wanted, label, script):
    a = analyze(to_script(dirty, script), target=script)
    assert a.text == to_script(wanted, script)
    assert label in {name for name, _ in removals(a)}


@pytest.mark.parametrize("text", [
    "检出2,6-二叔丁基-4-甲基苯酚等化合物。",                   # a chemical's name: no page marker
    "项目资金（由省级财政提供）已全部到位。",                 # money some body provides: no credit
    "全县有旅游资讯网站3个。",                               # 资讯 inside a sentence
    "全年完成投资8亿元，其中a<b的项目不计。",               # a comparison is no tag
    "组织学习《中国共产党章程》，参学党员<b>120</b>人。",   # one or two tags: left (too few to be a page's markup)
    "立即下载并使用政务服务应用，办事更方便。",             # the words in a sentence
    "工作总结\n一、主要成效\n全年完成投资3亿元。",               # a short title with no site line beside it
    "全面完成任务.全年实现增长。做好工作。",                # a sentence end typed as a dot, once
    "工作顺利.全年增长.工作顺利.全年增长.",                 # a page whose sentences end in dots
    "全镇建成文化广场共3\n一、工作\n",                        # a count at a line's end, no collection named
    "一、主要措施\n加强领导\n完善制度\n强化考核\n严格督查\n注重宣传\n狠抓落实\n全年完成投资3亿元。",   # short lines after a sentence
    "全市建成政务服务网，网上办件量增长12%。\n| 项目 | 金额 |",   # a site's name in a sentence; a table
    "积极推进亚洲开发银行贷款项目，成人教育在线学习平台上线。",   # one word of the advert vocabulary
    "年份 2016 2017 2018 2019 2020\n产量 12 15 17 18 21",        # a table's row of years
    "全县开通12345政务服务热线，受理来电8.6万件。",              # a hotline named in a sentence
    "全年开展“送戏下乡”活动，由县文化馆主办，观众3000人次。",   # who ran an event, in a sentence
    "完成各项工作任务。（全文完）",                            # an end mark in brackets is no writer
    "全镇举办活动12场。（胡集镇）",                            # a place in brackets is no writer
    "全年接待读者1.2万人次，其中VIP读者300人。",               # VIP in a sentence: no gambling brand
    "完成政务服务网登录入口改造，全市共享数据增长12%。",       # a login page named in a sentence
    "争做爱岗敬业的好干部，在线学习时长增长20%。",             # 做爱 inside 争做爱岗敬业 is no spam
    "第十届全国体育娱乐城市运动会在某市举行。",               # 娱乐城 without 网上/线上 stays
    "某委员会业务报告（含上会期临时提案办理情形）",             # a note in brackets, no writers
    "参加培训的有（上海青年管理干部学院）",                     # a body's name alone
    "引言\n一、工作概况\n全年增长5%。",                      # a heading at the top with nothing removed
    "全市定点治疗艾滋病的医院3家，全年收治病人120人。",       # a hospital in a sentence, no address glued on
    "县电视报讯息服务覆盖全县。",                              # 讯 of 讯息 after a name ending in 报
    "全市体育场馆免费开放，市民可在体育局官网预约。",          # a sports bureau's site in a sentence
    "这样的问题全文共三处。（共三处）",                          # a count in brackets, no office
    "[王某某]全国人大常委会工作报告说明了立法情况。",          # a speaker's name in brackets stays
    "（原标题：某某工作回顾）\n全年增长5%。",                    # on the first line it may be the only title
    "3个乡镇卫生院完成改造。",                                    # a count at the text's start
    "上旬阴转多云，中旬多云转晴，全月降水偏少。\n阴转多云",      # weather in a report's words
    "▲加强组织领导，成立工作专班。",                              # a bullet, no caption
    "积极推动博彩业健康发展，娱乐城项目完成审批。",                  # Macau's gaming industry named
    "第一篇 总体要求\n第一章 发展基础",                               # a plan's part, no copied title
    "二、主要措施\n建立农业知识库\n完善技术服务体系。",            # a measure that builds a knowledge base
    "| 乡镇 | 面积 | 产量 | 产值 | 备注 |\n| 某镇 | 12 | 30 | 8 | 无 |",       # a table's rows open with a bar
    "（一）建设情况（图1）\n全年新建基地3个。",                          # a heading that points to a figure
    "全县完成政务服务app下载注册5万人。",                                # an app named in a sentence
    "全县建成政务网 gov.cn 平台。",                                      # a short domain in a sentence
    "登录县政务网站（www.example.gov.cn）查询办件进度。",                 # a site named, then its address
    "全州有凯里市、都匀市、福泉市三个城市。",                              # places in a sentence, no bars
    "分类：一类企业12家，二类企业30家。",                                 # a field's label not spaced: a report's
    "全县累计资助学生1200人次，求助电话畅通。",                            # 求助 in a sentence
    "澳门特区政府官方网站公布了有关数据。",                                # Macau's government site, no casino brand
    "全市开通政务服务热线\n便民热线\n受理群众来电8万件。",                 # a service's hotline named
    "乡镇 街道 社区 村委 居委",                                           # a row of kinds of place, no document kinds
    "全市麻花产业产值达到12亿元，形形色色的特色小吃走向全国。",           # a snack's industry, one such word
    "2019-05-12全县开展安全检查。",                                   # a dashed date opening a sentence
    "新华社北京3月5日电 全年粮食产量再创新高。",                       # a story's own dateline
    "记者从县统计局获悉，全年增长5%。（图为新建成的文化广场）",        # a reporter named in a sentence
    "全县举办培训班12期（参训人员640人次）。",                          # a note in brackets
    "资金来源：上级补助和县级配套。",                                     # a source in a report's words
    "联系人：某某某，电话：0371-5598288，地址：某路1号。",                 # a contact in a sentence
    "全县开设侵权举报电话，受理举报12件；通讯员队伍达到80人。",           # a hotline and reporters in a sentence
    "县体育局组织全民健身活动，体育中心承办，市娱乐场所检查320家。",       # sport and a venue check in a report
    "资料图书室新增藏书2000册，文件格式统一规范。",                       # 资料图书室, 文件格式 in a sentence
    "县里开通服务热线，受理咨询1200件。\n最新公告显示，全县新增家庭农场12家。",   # a hotline, a notice in a report
    "二、重点工作\n营商环境\n数据中心\n招商引资\n全年引进项目12个。",       # bare headings of a report's own
    "如何把工作做好，是我们思考的问题。我们将从三个方面展开工作。",           # a question and a plan of the report's
    "农村环境卫生整治工作总结300字\n今年以来，全镇清理垃圾1200吨。",          # a 范文 title with its length
    "替换老旧管网12公里（更换水表替换3000块）。",                          # 替换 in a report's words
    "一、工作总结 | 二、工作计划 | 三、保障措施",                           # a contents line of headings
    "一、新闻焦点\n全年召开新闻发布会12场。",                                # a section named so, with its number
    "图为新建成的文化广场，面积达2万平方米。",                          # a caption that reports figures
    "以意\n图为准，不以文字为准。",                                     # 图为 at a wrapped line's start
    "程序如下：\nint a=0;\nS1=S1+{f}\nX55=49\nP.308-314\nVC++5.0.\n全年增长5%。",   # code on lines of its own
    "全年生产总值增长GDP\n居民消费价格CPI\n工业品价格PPI\n能耗水平GDP\n单位GDP",   # capitals: abbreviations
    "项目现场推进会召开，签约项目12个。",                             # 现场 in a sentence
    "指标 | 单位 | 数值 | 增长 | 备注 |",                              # a table's header, no menu word
    "项目 | 本年 | 上年 | 增减 | 增幅 |",                              # a table's header with a trailing bar
    "记者从县统计局获悉，全年新闻资讯 > 数据显示增长5%。",           # a > inside a sentence
    "文件有效性审查全面完成，清理规范性文件12件。",                   # a record's field word in a sentence
    "山东半岛城市群加快发展，打赢必赢之战。",                         # 半岛 and 必赢 as words
    "开通家政服务热线13800000000，全年回收废旧物资1200吨。",          # a number with its label, in a sentence
    "稿件实行一审、二审、三审制度，全年点阅率明显提高。",             # reviews and hits named in a sentence
    "版权声明制度不断完善，全年办理著作权登记120件。",                # a copyright statement in a report's words
    "开展“牛皮癣”小广告清理，清除牛皮癣5000处，文档摘要已归档。",     # street ads; a document's summary named
    "如图：全年用电量逐月上升。\n△ 说明：以上数据为初步统计。",        # a figure named in a sentence; a note
    "某 某 县 人 民 政 府 二 零 二 三 年 政 府 工 作 报 告\n全年福利彩票11选5销售额增长5%，查处代孕广告3起。",   # a spaced
    # title; a lottery; a report of adverts
    "企业规模分为大 中 小三类，全年新增小微企业120家。",              # sizes in a sentence
    "【工作亮点】全年新增就业3200人，增长5%。",                        # a bracketed lead-in before a sentence
    "详见附件：www.example.cn/file.pdf，全年增长4%。",                 # an address in a sentence, no site name
    "一、加强领导\n二、完善制度\n三、强化考核\n四、狠抓落实\n全年完成投资3亿元。",   # an outline the body does not repeat
    "某局：截至年底参保人数9.83亿人\n某局发布快报，截至年底参保人数9.83亿人，比上年增加1%。",   # a headline the lead repeats
    "本报记者日前从市统计局获悉，全年增长5%。",                    # a reporter's words in a sentence
    "坚持稳中求进稳中求进，全年增长5%。",                          # a phrase said twice is no title
    "公开方式多样，全年公开政府信息320条。\n有效期内完成审批3项。",   # a field's name in a sentence
    "某县人民政府欢迎您来投资兴业，全年签约项目12个。",             # a welcome in a sentence
    "组建1支志愿服务队。书山有路，全年增长5%。",                    # half a motto's words
    "开展版权保护宣传，查处侵权案件12起。",                          # site words a report uses: no site-only one
    "全年完成造林1.2万亩。（林业局）\n群众可扫描二维码进入平台，反映问题。",   # a body's credit; a QR code in a sentence
    "印发《某某条例》（2022年修订）。\n织密安全防护网",               # a law's revision; a heading ending in 网
    "附件下载功能已开通，全区提供PDF版和Word版两种文件。",             # downloads and formats in a sentence
    "全年增长5%。\n第三章 工作总结\n织密社会保障网",                 # a chapter heading; a net of protection, no site
    "全区发展报告 2023-12\n地址变更后，办公室搬到新楼。",          # a date not of a related list; an address in a sentence
    "**县**镇全年增长5%。",                                        # names withheld, no bold run-in heading
    "依法保护版权所有人的合法权益，全年登记软件著作权12件。\n法律顾问：为村委会提供法律服务。",   # a report on copyright
    "构建现代综合交通网\n全年新增公路120公里。",                   # a heading ending in 网
    "全年完成3/4的任务，群众可登录www.gov.cn查询。",               # a fraction; a government site to look up
    "绘制流程图。\n全年增长5%。",                                   # a flow chart drawn, no caption
    "全年增长5%，推进新闻网全媒体矩阵建设。",                        # a media matrix being built
    "甲镇完成造林一千二百亩，\n乙镇完成造林一千三百亩，\n丙镇完成造林一千四百亩，\n丁镇完成造林一千五百亩，\n戊镇完成造林一千六百亩。",
    # lines of one width that are sentences (a poem-like list of results), no sidebar
    "开展评论员培训，发表评论文章12篇。\n欢迎社会各界监督。",        # comment and welcome words in sentences
    "全县政府信息公开工作扎实推进，主动公开信息3200条。",              # 政府信息公开 in a sentence
    "NaCl溶液，NaCl浓度，NaCl含量；PAHs、PAHs和PAHs；QoS、QoS与QoS。",   # chemical and technical words
    "编辑出版《某镇志》，全年下载政务文件320次。",
    "十年间人口爆炸式增长，史书记载宫廷乱伦之事。",                   # one word of the advert vocabulary each
    "加强对欧美市场的出口，亚洲市场增长5%，开通在线观看庭审直播。",   # milder advert words in a report
    "东湾镇、西岗镇、南集镇、北塘镇、中垾镇完成改造。",                  # places parted by 、 in a sentence
    "开通12345热线，电话：0391-3560000，全年受理来电8.6万件。",          # a number in a sentence
    "下面我给大家汇报一下全年工作，全年增长5%。",                        # a speech's own words to its hearers
    "一、工作开展情况\n一、工作开展情况\n一、工作开展情况\n一、工作开展情况\n一、工作开展情况",   # one heading again and again
    "图片格式为jpg或png，大小不超过2MB。",                            # a file type named in a sentence
    "全年网站访问数达到120万人次，新增评论功能。\n收藏文物120件。",   # visits and 收藏 in report words
    "某局2021年科技创新工作总结\n今年以来，全局工作稳步推进。\n某局2021年科技创新工作总结",   # a title said twice
    "**县完成任务。\n某某**镇全年增长5%。",                                      # names withheld by asterisks
    "评定三星级（★★★）农家乐12家，★★★级4家，★★★标准3家。",         # one symbol repeated: a rating
    "全县吸纳企业成为会员单位120家，开通长者模式服务窗口3个。",        # the words in sentences
    "某县2023年工作要点\n（草案）\n（摘要）\n1. 首要任务是稳增长\n2. 其次是惠民生",   # a draft's mark; a list
    "日期：2023年5月6日上午，全县召开安全生产大会，部署全年工作。",      # a date opening a sentence
    "主要措施：\n• 强化领导\n• 落实责任\n• 加强督查\n全年完成任务。",         # a bulleted list of the report's own
    "会议确定了主题词和口号。以下是今年的工作重点，请各单位参阅执行。",       # 主题词 in a sentence; a report's own 以下是
    "综合 治理\n午夜时段加强巡逻，在线监测设备运行正常。",          # a heading's spaced words; words of spam lists
    "主要成效\n存在问题 工作打算",                                  # headings, no names
    "投诉建议办理\n热点难点问题\n（三）搜索引擎优化",                 # frame words beside other words
    "检查结果\n合格/不合格\n新华社北京3月5日电 全年增长5%。",         # a table's cell; a wire dateline
    "（三）技术支持（省农科院 提供）\n农村电网\n（综 述）",              # a heading's source; 网; one-character words
    "指标 | 单位 | 全年\n产值 | 亿元 | 12.5\n增速 | % | 6.1",           # a table's header, rows of figures beside it
    "（试行）\n（2023年12月）\n（各乡镇人民政府）各单位要抓好落实。",   # a draft's mark, a date, an office in a sentence
    "图为例，全年增长5%。\n图为会议现场，全体干部参加。\n（推荐意见）\n茶园开展品茶活动。",   # 图为 in sentences; a note
    "某镇防汛工作总结\n某镇防汛工作总结一、某镇防汛工作总结\n1.1工作概述\n全年增长5%。",   # a title again with its
    "某镇防汛工作总结\n某镇防汛工作总结一、\n1.1工作概述\n全年增长5%。",   # own name as its heading, or a bare marker
    "全县开展航拍摄影，工作人员在现场拍摄。\n全县开展航拍摄影。\n- 积极参与\n晴天多，雨天少。",   # 摄 in words; a dash list item; weather words
    "全年检查****家，处理**人。\n推荐图文资料共12份。",   # stars withholding numbers; 推荐图文 in a sentence
    "一、目标任务\n1、林业有害生物目标管理成灾率0.3%\n2、林业有害生物目标管理防治率85%;\n3、林业有害生物目标管理测报准确率85%;\n"
    "4、林业有害生物目标管理检疫率98%,\n二、工作情况\n1、林业有害生物发生及防治：全年发生1.2万亩。\n",
    # an outline whose items open alike, one later heading opening the same way: no table of contents (fresh371)
    "今年以来，全县上下认真贯彻落实各项决策部署，各项工作稳步推进。\n（主持人说，会议开始）\n（讨论稿）\n评定★★★农家乐\n"
    "信息来源渠道不断拓宽\n1.某局工作总结\n全年增长5%。（来源：市统计局）",
    # a bracketed line with a comma, a single note in brackets: no captions; ★ is a rating, no emoji
    "某县渔业工作总结\n今年渔业生产稳中有进，水产品总产量达到1.2万吨，渔民人均收入增长6%。\n渔业生产主要成效\n"
    "水产品总产量稳中有增\n渔民人均收入持续增长\n全县渔业生产安全平稳\n住所 某县政务大楼5楼\n法定代表人 张某某\n"
    "开办资金 12万元\n经济来源 财政拨款\n某县人民政府办公室\n2024年3月5日\n（此件公开发布）\n某县渔业发展三年行动方案\n",
    # short lines after the body that share its words, a record's fields, a signature: no sidebar's headlines
    "全县收看CCTV体育频道直播，依托Keep体育平台开展全民健身。\n记者/编辑要认真核实。\n当前时间：上午九点，会议开始。\n",
    "全县档案检索系统上线运行。\n新华网综合消息显示，全年增长5%。\n",   # 检索 in a sentence; a 综合消息 after a name
    # Latin names of one capital or all capitals before 体育; a slash inside a sentence; a clock's label in one
    "（三）校园一角\n时间：2023年5月6日上午，全县召开大会。\n审批流程：申请 > 审核 > 办结，全程网办。\n",
    # a heading naming a corner, a time field opening a sentence, steps with > in a sentence
    "全县共有委员 张某 李某 王某 赵某 刘某\n总结 经验 查找 不足 明确 方向\n（现场教学）\n（某某日报社论）\n该局供图12幅。",
    # names and words parted by blanks, a bracketed lesson's kind, an editorial's note, 供图 in a sentence
    "某县开展冬季储粮安全普查12-05\n今年以来，全县开展储粮检查，成效明显。（来源：市统计局）\n",
    # one headline with its date is no sidebar's list; a data source in brackets after a sentence stays
    "第三届乡村振兴论坛\n（二）举办电商论坛\n组织记者培训\n县融媒体中心记者张某某参加了培训。\n",
    # an event's forum with its 届, a heading's forum, 记者 in report lines
    "（三）推进关键字标注工作\n全县网络行销企业达到12家。\n图4所示为全县用水结构。\n记者节当天，召开座谈会。\n",
    # SEO words inside a sentence, a figure named in a sentence, 记者 opening a sentence
    "全县建设网站|论坛|平台三类载体。\n本报记者站设在县城。\n作者认为，全年增长5%。\n",
    # bars in a sentence, a paper's office, an author's view
    "全县新建路灯120盏（含太阳能路灯30盏）。\n图书馆地址：某某市某某区幸福大街12号\n中文名称规范使用率达100%。\n",
    # a note in brackets, an address after its label, a field-like word inside a sentence
    "全县运动员在硬地滚球比赛中获得金牌2枚。\n推进体制改革。（县发改局）\n全年增长5%。\n",
    # boccia is a sport; a task's lead body in brackets before more text
    "全县新建5G基站120个，CCTV体育频道报道了我县赛事。\n全县有文字工作者120人。\n",
    # a Latin name before 体育 without a colon; 文字 opening a sentence
    "全县有彩票投注站120个。\n县委宣传部、县文明办主办的活动圆满结束。\n使用指南已印发到各村。\n全县共有注册志愿者800人。\n",
    # a lottery's outlets, a sponsor inside a sentence, 使用指南 and 注册 inside sentences
    "全县开展“AI+”应用。该报（某某日报）记者参加了活动。\n图为标注的方法见附件。全县推广 - 新模式。\n",
    # AI inside a sentence, a paper in brackets inside a sentence; 图为 inside a line; a dash before a Chinese word
    "今年入夏以来，全市持续桑拿天。\n[注：本表数据为初步统计]\n服务热线在全县推广。\n",
    # 桑拿天 is the weather; a note in brackets with a colon; 热线 inside a sentence
])
def test_report_text_that_looks_like_furniture_stays(text):
    assert clean(text).text == text


# A page that put every few words on a line of its own (a copy of a PDF).
FRAGMENTED = ("某镇\n2023\n年政府工作报告\n各位代表：\n现在，我代表\n镇人民政府向\n大会报告工作，请\n予审议。\n"
              "一、2023年工作回顾\n前三季度，完成\n地区生产总值\n3.2亿元，增长\n5%\n。\n1.\n特色农业提\n质扩量\n。\n"
              "围绕花生种植扩大\n面积，种植面积达\n7860亩。")


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_page_of_words_on_lines_reads_as_sentences(script):
    a = analyze(to_script(FRAGMENTED, script), target=script)
    for piece in ("某镇2023年政府工作报告各位代表：", "现在，我代表镇人民政府向大会报告工作，请予审议。",
                  "特色农业提质扩量。", "围绕花生种植扩大面积，种植面积达7860亩。"):
        assert to_script(piece, script) in a.text
    assert to_script("\n一、2023年工作回顾\n", script) in a.text and "\n1.\n" in a.text   # items keep their lines
    assert to_script("地区生产总值3.2亿元，增长", script) in a.text
    titles = a.measures["title"].tolist()
    assert titles == [to_script(t, script) for t in ("2023年工作回顾", "特色农业提质扩量")]
    assert removals(a) == []   # joins are layout, not boilerplate: not reported


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_title_written_whole_on_a_page_of_words_on_lines_stays_its_own_line(script):
    page = ("乡镇\n2023\n重点项目\n建设\n工作总结\n乡镇2023年重点项目建设工作总结\n2023年，我乡扎实\n推进项目建设，\n"
            "全年完成投资\n3亿元\n。新建道路\n5公里，改造\n危房30户\n。")
    lines = clean(to_script(page, script)).text.split("\n")
    assert lines[1] == to_script("乡镇2023年重点项目建设工作总结", script)
    assert lines[2] == to_script("2023年，我乡扎实推进项目建设，全年完成投资3亿元。新建道路5公里，改造危房30户。", script)


WRAPPED_BODY = ("过去一年，全县各承办单位认真办理代表建议，办理质量不断提高，代表满意率逐年上升，取得了明显成效。"
                "但办理工作中仍存在一些问题：一是少数单位还未真正落实见面沟通要求；二是个别承办单位还存在重答复轻办理"
                "现象；三是主办单位与协办单位之间的沟通联系还不够紧密，有的建议办理进度缓慢，需要进一步改进。下一步，"
                "我们将进一步加强督办，完善考核办法，推动代表建议办理工作再上新台阶，更好地服务全县发展大局。")


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_page_cut_at_one_width_reads_as_paragraphs(script):
    """A PDF's copy that kept its line breaks (every line 22 characters): breaks inside sentences
    go, so that an item broken over two lines is read whole; the title, short of the width, stays."""
    lines = [WRAPPED_BODY[i:i + 22] for i in range(0, len(WRAPPED_BODY), 22)]
    page = "某县代表建议办理情况的报告\n" + "\n".join(lines) + "\n" + "\n".join(lines)
    a = analyze(to_script(page, script), target=script)
    assert a.text.split("\n")[:2] == [to_script("某县代表建议办理情况的报告", script), to_script(WRAPPED_BODY, script)]
    assert to_script("个别承办单位还存在重答复轻办理现象", script) in set(a.measures["title"])


def test_a_column_of_whole_numbers_on_a_page_of_words_on_lines_stays_apart():
    page = FRAGMENTED + "\n应参保人数\n实际参保\n人数\n完成率\n441\n411\n93%\n"
    a = analyze(page)
    assert "441\n411\n93%" in a.text and "441411" not in a.text


def test_a_report_with_short_headings_and_a_table_keeps_its_lines():
    report = "\n".join(["一、主要成效", "全年完成投资3亿元，增长8%。", "二、存在问题", "资金不足。", "三、下步打算",
                         "继续抓好项目。", "主要指标", "生产总值", "62.5", "增长", "6.1%", "财政收入", "8.3"])
    assert clean(report).text == report


def test_a_download_control_at_a_line_end_goes():
    c = clean("全年共办理群众来信218件。下载本文\n" + BODY)
    assert c.text == "全年共办理群众来信218件。\n" + BODY and labels(c.findings) == ["download"]


def test_a_blurb_cut_at_its_start_goes_after_a_preface_too():
    c = clean("下面是小编为大家整理的工作总结，欢迎阅读。，仅供参考学习。\n" + BODY)
    assert c.text == BODY and set(labels(c.findings)) == {"preface"}


def test_a_paragraph_run_into_a_closing_blurb_stays():
    last = "全年共办理群众来信218件，办结率达96.5%。"
    c = clean(BODY + "\n" + last + "以上是小编为大家整理的工作总结，希望对你有帮助。")
    assert last in c.text and "小编" not in c.text


# --------------------------------------------------------------------------- anti-copy junk

def test_jammer_tokens_go_and_the_sentences_stay():
    text = ("今年以来，全镇共办理群众来信218件。\n"
            "; k3 P! x7 m& Q2 d? Z\n"
            "8 y, R+ c1 j# V4 s^ 新建村级服务中心12个。\n"
            "培训网格员340人次。T5 q@ b2 w% F8 n")
    c = clean(text)
    assert c.text == "今年以来，全镇共办理群众来信218件。\n新建村级服务中心12个。\n培训网格员340人次。"
    assert set(labels(c.findings)) == {"jammer"}


@pytest.mark.parametrize("text", [
    "表1 2019 2020 2021 2022 2023 2024",
    "得分依次为 A B C D E F G",
    "编号 1 2 3 4 5 6 7 8",
])
def test_spaced_tables_and_letters_are_no_jammer(text):
    assert clean(text).text == text


def test_commas_put_before_other_marks_go_when_they_run_through_the_page():
    text = "全镇再次获评先进，，至此已连续六年，，今年排名第二，。\n依次为甲镇，、乙镇、丙镇，。"
    c = clean(text)
    assert c.text == "全镇再次获评先进，至此已连续六年，今年排名第二。\n依次为甲镇、乙镇、丙镇。"
    assert labels(c.findings) == ["punct_junk", "punct_junk"]  # once per line
    assert clean("全镇获评先进，，至此已连续六年。").text == "全镇获评先进，，至此已连续六年。"  # one typo stays


def test_chunk_numbers_of_a_sharing_site_go_only_when_they_cut_sentences():
    text = ("1、某街道2023年工作总结 今年以来，街道围绕中心工作，扎实推进各项任务，全年共办理民生实事\n"
            "2、28件，新建口袋公园6个，完成老旧小区改造3个，新增停车位420个，加装电梯15部，惠及居民2600余户。\n"
            "3、下一步将继续抓好社区治理。")
    c = clean(text)
    # a piece cut in mid-sentence runs on from the line before (民生实事⏎2、28件 -> 民生实事28件)
    assert c.text.startswith("某街道2023年工作总结") and "民生实事28件" in c.text and "\n下一步" in c.text
    assert labels(c.findings) == ["page_marker"] * 3
    assert analyze(text).indicators["quote"].iloc[0] == "28件"
    # after the site's title and notice lines too
    shared = "某街道2023年工作总结.docx\n《某街道2023年工作总结.docx》由会员分享，可在线阅读。\n" + text
    c = clean(shared)
    assert "民生实事28件" in c.text and labels(c.findings).count("page_marker") == 3
    # after many lines of a document site that its other rules take out (upload fields, page markers)
    pages = "".join(f"某街道2023年工作总结.docx_第{i}页\n第{i}页 / 共5页\n" for i in range(1, 6))
    site = ("某街道2023年工作总结.docx\n上传人：abc 文档编号：123456 上传时间：2023-04-05 页数：5 大小：8KB\n"
            "下载 相关 举报\n" + pages + text)
    c = clean(site)
    assert "民生实事28件" in c.text and labels(c.findings).count("page_marker") >= 3 + 5
    for outline in ("1、加强组织领导。\n2、完善工作机制。\n3、强化督查考核。",
                    "1、加强组织领导\n2、完善工作机制\n3、强化督查考核"):
        assert clean(outline).text == outline  # a report's own numbered list


def test_ui_tokens_repeated_through_the_page_go():
    text = "一、概况\n[编辑]\n全镇面积86平方公里。\n二、经济\n[编辑]\n生产总值增长6%。\n点击查看\n点击查看\n"
    c = clean(text)
    assert c.text == "一、概况\n全镇面积86平方公里。\n二、经济\n生产总值增长6%。\n"
    once = "一、概况\n[注]\n全镇面积86平方公里。"
    assert clean(once).text == once


def test_a_passage_spelled_in_pinyin_goes_and_english_stays():
    c = clean("全年增长较快。jinnianyiyuezengchangsanshi,qizhongchukoudafuzengchang。目前来看势头良好。")
    assert c.text == "全年增长较快。目前来看势头良好。" and labels(c.findings) == ["pinyin_text"]
    english = "倡议名称为the Belt and Road Initiative，已有多国参与。"
    assert clean(english).text == english


ENGLISH_FRAME = "Enjoying your free trial? Upgrade Now\nGo to new dashboard\nLike\nShare\n\nRead Text Version\n"
CHINESE_TEXT = "某乡三年施政成果\n全乡新建道路12公里，完成危桥改建8座，新增公园3处。\n"


@pytest.mark.parametrize("where", ["before", "after"])
def test_an_english_site_frame_around_a_chinese_text_goes(where):
    dirty = ENGLISH_FRAME + CHINESE_TEXT if where == "before" else CHINESE_TEXT + ENGLISH_FRAME
    c = clean(dirty)
    assert c.text.strip() == CHINESE_TEXT.strip()
    assert set(labels(c.findings)) == {"english_frame"}


@pytest.mark.parametrize("text", [
    CHINESE_TEXT + "GDP\n全年增长5%。",                      # an abbreviation alone on a line
    CHINESE_TEXT + "Share\n全年增长5%。",                     # one button's word alone
    CHINESE_TEXT + "JOURNAL OF RURAL STUDIES\nWang Ming Li Hua\nAbstract The survey covers 12 towns.\n全年增长5%。",
    # an article's English title, authors and abstract: no buttons
    "Government Work Report\nThe economy grew by 5 percent.\n经济增长5%。",   # an English text, a Chinese line
])
def test_english_that_is_no_frame_around_a_chinese_text_stays(text):
    assert clean(text).text == text


# --------------------------------------------------------------------------- what stays

@pytest.mark.parametrize("line", [
    "会议时间：2023年5月6日上午，地点：镇政府三楼会议室。",
    "开设了“身边好人”栏目：每周推出一期，全年推出52期。",
    "2023年5月6日14:30，镇党委召开专题会议，研究部署防汛工作。",
    "全镇网站浏览量达到120万次，较上年增长15%。",
    "建立群众工作QQ群12个，覆盖全部村居。",
    "全年下载政策文件汇编3000余份，发放到户。",
    "协会会员单位达到86家，会员分享经验交流会举办4次。",
    "存储容量扩充至500 TB，数据中心上线运行。",
    "文件共3页，第2页列出了任务清单。",
    "本文件自印发之日起施行。",
    "全县统计数据来源于县统计局年报。",
    "更多惠民政策，请到镇便民服务中心咨询。",
    "主要经验：一是领导重视；二是措施有力。",
    "时间：3月5日上午，全镇召开安全生产部署会",
    "政务平台累计上传文档1200余份，支持用户上传办事材料",
    "12345热线人工客服接通率95%",
    "相关政策文件可在线阅读和下载",
    "×",
    "全镇发展“一村一品”特色产业(特色种植)，带动农户增收。",
    # a citation mark in prose, a table field, a count of pages in a sentence, VIP in a sentence
    "已有研究[3]表明，网格化管理能提高办事效率。",
    "处理时间：",
    "汇编共印制200页，发放到各村。",
    "全年接待VIP客户120批次，营业收入增长8%。",
    "会议时间：2023年5月6日上午",
    "全国一体化政务服务网 首页改版上线，办事更便捷。",
    "PM2.5",
    # a report naming its own website and accounts
    "建成镇政府门户网站，网址：www.example-town.gov.cn，微信公众号：town2023。",
    "门户网站地址：www.example-town.com.cn，全年发布信息1200条，微信公众号关注人数达到35000人。",
])
def test_report_lines_that_look_like_site_lines_stay(line):
    c = clean(BODY + "\n" + line)
    assert c.text == BODY + "\n" + line and c.findings == []


# --------------------------------------------------------------------------- invariants

JUNK_LINES = ["某某搜 2021-07-27 17:30:25 政府报告", "（阅读全部图文内容，您需要先登录！）", "正文复制",
              "本文共计2863字，下载所需积分：5", "下载本文", "我要投稿", "- 10.27 KB"]
REPORT_LINES = BODY.split("\n")
GLOSSED = {"现": "现（xiàn）", "学": "学（xué）", "万": "万（wan）", "发": "发（fā）"}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(REPORT_LINES), st.sampled_from(JUNK_LINES + [""]), st.booleans()),
                min_size=1, max_size=8))
def test_cleaning_keeps_the_report_lines_and_maps_them_back(rows):
    lines, report = [], []
    for body, junk, gloss in rows:
        shown = body
        if gloss:
            shown = "".join(GLOSSED.get(ch, ch) for ch in body)
        report.append(body)
        lines.append(shown)
        if junk:
            lines.append(junk)
    text = "\n".join(lines)
    c = clean(text)
    assert [line for line in c.text.split("\n") if line] == [r for r in report if r]
    for i, ch in enumerate(c.text):  # every kept character comes from the same character
        assert text[c.offsets(i)] == ch
    assert [f.start for f in c.findings] == sorted(f.start for f in c.findings)
    for f in c.findings:
        assert 0 <= f.start == f.end <= len(c.text)
        s, e = f.source
        assert 0 <= s < e <= len(text)


# random characters a document site pours into a copy, written for this test by drawing
# common characters at random (no two of them make a word)
FILLER = "涧孪锌钞妇撕撞玛炉磕揪履吵枯镶杖呈缴荚渭醋瞅驳肥玻蕾丈狙矗沥佯颧蝴匆莽颁瓤肇钎箕绣"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_random_characters_poured_into_a_copy_go_and_the_words_beside_them_stay(script):
    text = to_script("全年完成投资3亿元，牢牢把握改革" + FILLER + "某市2005年政府工作报告", script)
    a = analyze(text, target=script)
    assert FILLER[5:30] not in to_script(a.text, "simplified")
    assert to_script("牢牢把握改革", script) in a.text and to_script("政府工作报告", script) in a.text
    assert "filler" in {name for name, _ in removals(a)}


@pytest.mark.parametrize("text", [
    # long runs without a mark in real prose, names and a classical list are no filler
    "坚持以邓小平理论和三个代表重要思想为指导深入贯彻落实科学发展观全面推进经济建设政治建设文化建设社会建设",
    "张建国李明华王志强刘晓东陈海燕杨光明赵立新黄国庆周建华吴晓梅徐志刚孙丽娟马文涛朱红梅胡建军郭小平",
])
def test_long_runs_of_real_words_are_no_filler(text):
    assert clean(text).text == text


def test_a_title_line_whose_words_the_body_repeats_is_no_teaser():
    text = ("某区人民政府关于某区2023年上半年国民经济和社会发展计划执行情况的报告\n"
            "受区长委托，我代表区人民政府，向本次会议报告某区2023年上半年国民经济和社会发展计划执行情况，请予审议。\n"
            "一、上半年计划执行情况\n上半年，全区实现地区生产总值86亿元。")
    a = analyze(text)
    assert a.text.startswith("某区人民政府关于某区2023年上半年")
    assert "teaser" not in {name for name, _ in removals(a)}


@pytest.mark.parametrize("headline, kept", [
    # a long headline without a comma, which the lead repeats, stays; a teaser cut from the lead goes
    ("某县供热长输管线、中心城区汽改水项目投运暨某发电公司开栓供热 某某出席投运仪式", True),
    ("11月15日，某县供热长输管线、中心城区汽改水项目投运暨某发电公司开栓供热仪式举行，副市长", False),
])
def test_a_long_headline_is_no_teaser(headline, kept):
    lead = ("11月15日，某县供热长输管线、中心城区汽改水项目投运暨某发电公司开栓供热仪式举行，副市长某某出席仪式。"
            "某县供热长输管线、中心城区汽改水项目投运暨某发电公司开栓供热，该项目总投资约40亿元。")
    a = analyze(headline + "\n" + lead)
    assert a.text.startswith(headline + "\n") is kept
    assert ("teaser" in {name for name, _ in removals(a)}) is not kept


def test_a_first_line_cleaning_takes_out_is_no_fallback_title():
    from summarylab import corpus, readers
    text = "单位地址：某市某路8号 电话：0000-1234567\n今年以来，我局扎实推进各项工作，全年完成投资3亿元。"
    r = corpus.analyze_document(readers.Document("", text=text, encoding=""), "局2023")
    assert r.title == "局2023"


def test_many_runs_of_headings_clean_in_linear_time():
    """Each run of heading lines is tested against the headings after it; the page's
    headings are read once, so many runs cost linear time (a table-of-contents test per
    run that read the rest of the page was quadratic)."""
    block = "一、甲乙丙\n二、丙丁戊\n三、戊己庚\n四、庚辛壬\n正文一句。\n"
    assert_linear(clean, lambda n: block * n, 500)


@pytest.mark.parametrize("dirty, wanted", [
    ("2019年，某某足球比分：全区坚持以改善环境质量为中心，全年销售体育彩票3200万元。",
     "2019年，全区坚持以改善环境质量为中心，全年销售体育彩票3200万元。"),
    ("2019年，某某足球比分：全區堅持以改善環境質量為中心，全年銷售體育彩票3200萬元。",
     "2019年，全区坚持以改善环境质量为中心，全年销售体育彩票3200万元。"),
    ("信訪工作事關穩定。更多資訊請繼續關注信訪工作總結欄目！\n全年受理來信120件。",
     "信访工作事关稳定。\n全年受理来信120件。"),
    ("某鎮禁毒工作總結-推薦通用稿\n全年破獲案件12起。", "某镇禁毒工作总结\n全年破获案件12起。"),
    ("某村防汛工作匯報材料怎麼寫?( 三 )\n全村轉移群眾320人。", "某村防汛工作汇报材料\n全村转移群众320人。"),
    ("某鄉半年農業總結-總結某鄉半年農業工作總結 上半年，全鄉農業穩步發展。",
     "某乡半年农业工作总结 上半年，全乡农业稳步发展。"),
])
def test_inline_site_notes_go_in_both_scripts_and_lottery_sales_stay(dirty, wanted):
    a = analyze(dirty)
    assert a.text == wanted
    assert removals(a)


def test_a_site_english_translation_after_each_paragraph_goes_references_stay():
    pairs = [("全县特殊教育学校办学条件持续改善，残疾儿童入学率逐年提高，达到百分之九十五。",
              "The conditions of special schools in the county have kept improving and the enrolment of disabled children has risen."),
             ("我们坚持送教上门，为重度残疾儿童制定个别化教育计划，全年送教一千二百人次。",
              "We kept sending teachers to homes and drew up individual plans for children with severe disabilities."),
             ("教师队伍建设得到加强，全年组织专题培训八期，参训教师三百余人次，成效明显。",
              "Teacher training was strengthened with eight special sessions attended by more than three hundred teachers.")]
    text = "\n".join(zh + "\n" + en for zh, en in pairs)
    a = analyze(text)
    assert a.text.strip() == "\n".join(zh for zh, _ in pairs)
    references = "\n".join(zh + "\n" + "[%d] Wang L, Li M. A study of special education in the county. Journal of Education, 2001, 3: 1-5" % k
                           for k, (zh, _) in enumerate(pairs, 1))
    assert "english_frame" not in {name for name, _ in removals(analyze(references))}   # references stay


def test_one_long_paragraph_translated_goes_an_abstract_stays():
    zh = ("我区个体劳动者协会成立于一九七九年，当时只有会员四人，主要任务是收取管理费和会费。四十多年来，协会不断发展壮大，"
          "现有会员一万二千余户，建立行业分会四十六个，培养了一批懂经营、会管理的骨干，为繁荣城乡经济、扩大就业作出了积极贡献。"
          "今年以来，协会围绕服务会员、规范经营、党建引领三项重点，组织培训二十余场，走访会员三百余户，协调解决诉求一百余件。")
    en = ("The individual labourers' association of our district was set up in 1979 with only four members, whose main task "
          "was to collect management fees and dues. Over forty years the association has kept growing and now has more than "
          "twelve thousand member households and forty-six trade branches, and it has trained many capable managers who "
          "helped the urban and rural economy and created jobs. This year it held more than twenty training sessions.")
    a = analyze(zh + "\n" + en)
    assert a.text.strip() == zh and "english_frame" in {name for name, _ in removals(a)}
    b = analyze("摘要：" + zh + "\nAbstract: " + en)
    assert "Abstract" in b.text   # a paper's abstract and its English one stay


# A 范文 page whose text is paid for: its 提纲 lists the whole outline, the free part of the
# body repeats only the first headings, then stops. (Our own wording.)
CUT_SHORT = ("目录/提纲：……\n一、主要工作\n（一）抓好水源保护\n（二）改造供水管网\n二、存在问题\n三、下步打算\n"
             "……\n某镇2024年农村供水工作总结\n今年以来，我镇围绕群众喝上放心水开展工作。\n一、主要工作\n"
             "（一）抓好水源保护。全年划定水源保护区3处，")


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_page_cut_short_keeps_the_contents_entries_its_body_never_reached(script):
    a = analyze(to_script(CUT_SHORT, script), target=script)
    assert title_of(a.text, "x") == to_script("某镇2024年农村供水工作总结", script)
    gone = [text for kind, text in removals(a) if kind == "contents"]
    assert gone == ["一、主要工作", "（一）抓好水源保护"]   # (reported in the working script)
    # each heading once, the listed ones the body lost where the list has them (the first of
    # them, whose 一、 went with the repeated entries, stands at the top: its parent is lost)
    assert [(d, t) for d, t in zip(a.measures["depth"], a.measures["title"])] == [
        (d, to_script(t, script)) for d, t in ((1, "改造供水管网"), (1, "存在问题"), (1, "下步打算"),
                                               (1, "主要工作"), (2, "抓好水源保护"))]
    assert all(a.text[s:e] == t for s, e, t in zip(a.measures["title_start"], a.measures["title_end"],
                                                     a.measures["title"]))


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_whole_body_with_headings_of_other_words_takes_the_whole_contents_list(script):
    # the body reaches 二、 and 三、 under other words: the list is no longer the only copy
    page = CUT_SHORT.replace("全年划定水源保护区3处，", "全年划定水源保护区3处。\n二、几点不足\n资金不够。\n三、明年思路\n继续推进。")
    a = analyze(to_script(page, script), target=script)
    assert [kind for kind, _ in removals(a) if kind == "contents"] == ["contents"] * 5
    assert a.measures["title"].tolist() == [to_script(t, script) for t in ("主要工作", "抓好水源保护", "几点不足", "明年思路")]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_contents_list_whose_body_starts_right_after_it_is_split_there(script):
    # no line between the list and the body's first heading: the list's first entry said again
    # (二、机构设置, its part's heading gone with the repeated entries, stands at the top)
    page = ("目录\n第一部分 单位概况\n一、主要职责\n二、机构设置\n第二部分 决算情况说明\n一、收入支出情况\n"
            "第一部分 单位概况\n一、主要职责\n1.负责全县供水工程的建设管理，")
    a = analyze(to_script(page, script), target=script)
    titles = [(d, t) for d, t in zip(a.measures["depth"], a.measures["title"])]
    assert titles == [(d, to_script(t, script)) for d, t in (
        (1, "机构设置"), (1, "决算情况说明"), (2, "收入支出情况"), (1, "单位概况"), (2, "主要职责"),
        (3, "负责全县供水工程的建设管理"))]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("leader", [" ", "……"])
def test_a_contents_list_with_page_numbers_keeps_the_bodys_first_heading(script, leader):
    # the entries end in their page numbers, the body's headings do not: the first heading of the
    # body is the list's first entry said again, not a fourth entry (a fresh494-498 kind)
    page = (f"某县工作总结\n目录\n一、主要工作{leader}3\n二、存在问题{leader}5\n三、下一步打算{leader}7\n"
            "一、主要工作\n全县新建展馆2个。\n二、存在问题\n资金不足。\n三、下一步打算\n继续推进。\n")
    a = analyze(to_script(page, script), target=script)
    assert a.measures["title"].tolist() == [to_script(t, script) for t in ("主要工作", "存在问题", "下一步打算")]
    assert sorted(d.split(": ", 1)[1] for d in a.quality.detail   # (removals are reported as cleaned: simplified)
                  if d.startswith("contents")) == sorted(
        f"{m}、{t}{leader}{p}" for m, t, p in (("一", "主要工作", 3), ("二", "存在问题", 5),
                                                                 ("三", "下一步打算", 7)))


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_an_exclaimed_headline_the_lead_repeats_is_no_teaser(script):
    # the lead repeats the headline's words; the headline ends in ！ (a fresh503 kind): it stays
    page = ("2019年某省爱鸟周暨春分观赏宣传活动成功举行！\n\n"
            "3月23日下午，2019年某省爱鸟周暨春分观赏宣传活动在某湿地公园如期举行，市民300多人参加。")
    a = analyze(to_script(page, script), target=script)
    assert a.text == to_script(page, script)
    assert title_of(a.text) == to_script("2019年某省爱鸟周暨春分观赏宣传活动成功举行！", script)
