"""Boilerplate removal: what goes, what stays, and where it is reported."""
import pytest

from summarylab.cleaning import clean, load_patterns

BODY = ("一、工作开展情况\n"
        "今年以来，我局围绕“优化服务、提升效能”目标，共办理群众来信326件，办结率达97.2%。\n"
        "（一）强化组织保障\n"
        "成立了由局长任组长的领导小组，一是完善制度，二是加强督查。\n"
        "二、存在问题\n"
        "基层力量仍然薄弱，部分窗口服务意识不强。")


def removed(c):
    """The kinds of boilerplate a clean() result removed, in order."""
    return [f.detail.split(":")[0] for f in c.findings]


def test_preface_watermark_and_footer_removed_and_reported():
    text = ("前言：本站为你精心整理了年度工作总结范文，希望对你有所帮助，欢迎咨询。\n"
            + BODY.replace("共办理", "共办理某某公文网版权所有，")
            + "\n上一篇：街道办事处工作总结\n推荐阅读\nCopyright © 2010-2024 某某范文网 版权所有\n"
              "备案号：京ICP备12345678号\nhttp://www.example-fanwen.com/\n")
    c = clean(text)
    assert c.text == BODY.replace("共办理", "共办理，") + "\n"
    details = removed(c)
    assert details.count("preface") == 1 and details.count("watermark") == 1
    assert details.count("footer_line") + details.count("footer_block") + details.count("url") == 5
    assert all(f.kind == "boilerplate_removed" and f.start == f.end for f in c.findings)
    wm = next(f for f in c.findings if f.detail.startswith("watermark"))
    assert c.text[wm.start - 3:wm.start] == "共办理"


@pytest.mark.parametrize("junk, kind", [
    ("版权声明：本文内容由网友自发上传，观点仅代表作者本人，如有侵权请联系删除。", "footer_line"),
    ("免责声明：本站资料均收集自网络，仅供学习交流。", "footer_line"),
    ("点击下载完整版文档（共5页）", "footer_line"),
    ("相关热词搜索：街道 工作总结 综合治理", "footer_line"),
    ("此文档下载收益归作者所有", "footer_line"),
    ("文章来源于网络，如有侵权请联系删除。", "preface"),
    ("更多精彩内容，请关注本站微信公众号。", "promo"),
    ("导读：本文由某某范文网精选整理，仅供学习交流使用，欢迎来电咨询。", "preface"),
    ("【范文推荐】某某公文网为您提供街道工作总结，文章来源于网友投稿，仅供参考，请勿直接照搬。", "preface"),
    ("【摘要】本文是某某文库为您精选的信访工作总结，仅供参考，欢迎下载。", "preface"),
    ("本篇总结由某某范文网收集整理，欢迎借鉴参考。", "preface"),
    ("以上就是某某网小编为大家分享的信访工作总结。", "preface"),
    ("温馨提示：本文仅供参考，完整版请登录后下载。", "footer_line"),
    ("（此处内容需要VIP才能查看）", "footer_line"),
    ("全文共2864字，阅读大约需要7分钟", "footer_line"),
    ("第3页 共4页", "footer_line"),
    ("- 3 -", "footer_line"),
    ("（本文共3页，当前第2页）", "footer_line"),
    ("【字体：大 中 小】【打印】【关闭】", "footer_line"),
    ("（来源：某某晚报）", "footer_line"),
    ("信息来源：区政务服务中心 发布日期：2023-05-06", "footer_line"),
    ("主办单位：某某区人民政府办公室 技术支持：某某网络科技有限公司", "footer_line"),
    ("网站标识码：4401000001", "footer_line"),
    ("某某文库 > 工作总结 > 信访工作总结", "footer_line"),
    ("手机版 | 电脑版 | 回到顶部", "footer_line"),
    ("本文关键词：信访工作总结，街道总结", "footer_line"),
    ("本站所有资源均来源于网络，仅供学习。", "footer_line"),
    ("最新更新\n村级信访工作总结\n社区网格化工作汇报", "footer_block"),
])
def test_more_site_lines_removed(junk, kind):
    c = clean(BODY + "\n" + junk + "\n")
    assert c.text == BODY + "\n"
    assert removed(c) == [kind]


@pytest.mark.parametrize("first_line, is_blurb", [
    ("【导语】以下是为大家整理的街道2024年信访工作总结，希望对大家有所帮助。欢迎阅读！", True),
    ("【#工作总结# 导语】下面是由某某文档网为您精选的信访工作总结，供您参考借鉴。", True),
    ("这篇信访工作总结是小编为大家收集的，希望能给您的写作带来帮助。", True),
    ("以下是我局为群众办实事的情况。", False),
    ("下面，我代表局党组向大家报告工作，请予审议。", False),
    ("这是为群众整理的办事指南，方便查阅和学习。", False),
])
def test_blurb_that_does_not_name_the_site_goes_report_sentences_stay(first_line, is_blurb):
    c = clean(first_line + "\n" + BODY)
    if is_blurb:
        assert c.text == BODY and removed(c) == ["preface"]
    else:
        assert c.text == first_line + "\n" + BODY and c.findings == []


def test_document_site_marks_removed_from_a_flattened_report():
    flat = BODY.replace("\n", " ")
    text = ("街道2024年信访工作总结-精品文档 " + flat
            + " 【文档说明】本文档由用户上传，如有侵权请联系删除。 更多精品文档请访问www.example-doc.cn")
    c = clean(text)
    assert c.text.split() == ("街道2024年信访工作总结 " + flat).split()
    kinds = removed(c)
    assert kinds == ["watermark", "preface", "promo"]


@pytest.mark.parametrize("dirty, clean_text", [
    ("共办理群众来信326件，某某帮版权所有，办结率达97.2%。", "共办理群众来信326件，办结率达97.2%。"),
    ("签订责任书56份。某某易版权所有\n", "签订责任书56份。\n"),
    ("完成锅炉淘汰任务，某某范文网整理，关停企业12家。", "完成锅炉淘汰任务，关停企业12家。"),
    ("户均增收800元。某某123网友整理。", "户均增收800元。"),
    ("捐款折合60万元。本文网址：http://www.example.com/a/1.html\n", "捐款折合60万元。\n"),
    ("现将有关情况总结如下 点击查看更多>>", "现将有关情况总结如下 "),
    ("街道信访工作总结_范文大全_某某123\n", "街道信访工作总结\n"),
])
def test_site_marks_inside_sentences_removed(dirty, clean_text):
    c = clean(dirty)
    assert c.text == clean_text
    assert removed(c) and set(removed(c)) <= {"watermark"}


def test_a_dash_inside_a_title_is_kept():
    title = "关于“放管服”改革-优化营商环境工作的总结\n"
    assert clean(title + BODY).text == title + BODY


def test_numbered_article_marks_of_a_compilation_are_removed():
    other = "二、下一步打算\n一是健全接访制度；二是推进信访积案化解。"
    c = clean("【篇一】" + BODY + "\n【篇二】" + other)
    assert c.text == BODY + "\n" + other
    assert removed(c) == ["watermark", "watermark"]


def test_inline_site_marks_removed_without_doubling_punctuation():
    text = BODY.replace("办结率达97.2%。", "办结率达97.2%（公文网原创）。本文由某某范文网整理。")
    c = clean("【第2篇】" + text)
    assert c.text == BODY
    assert len(c.findings) == 3


def test_related_article_list_removed_with_its_header():
    tail = ("\n猜你喜欢\n街道综合治理工作汇报（精选5篇）\n社区网格化管理经验材料\n"
            "上一篇：信访工作总结\n关于我们 | 联系我们 | 网站地图\n"
            "本站文章均来源于网络，版权归原作者所有，转载请注明出处。\n")
    c = clean(BODY + tail)
    assert c.text == BODY + "\n"
    kinds = removed(c)
    assert kinds == ["footer_block", "footer_line", "footer_line", "footer_line"]
    # a list header inside the report, followed by real content, takes only titles
    c = clean("相关文章\n二、存在问题\n基层力量仍然薄弱。")
    assert c.text == "二、存在问题\n基层力量仍然薄弱。"


def test_licence_note_broken_over_lines_at_the_end_is_removed():
    tail = ("\n\n本作品属于某地人民政府的公文，依据《\n某某条例\n》第三条，不受保护，属于\n公有领域\n。"
            "\n\n\nPublic domain\nfalse\n")
    c = clean(BODY + tail)
    assert c.text == BODY + "\n"
    assert removed(c) == ["footer_tail"]
    # far from the end it is body text, not a tail
    far = "本作品是否获奖尚未公布。\n" + "正文内容较长。" * 200
    assert clean(far).text == far


def test_teaser_removed_once_and_body_kept():
    title = "街道综合治理工作总结"
    body = BODY.replace("\n", " ")
    teaser = f"{title} {title} {body[:70]}下面是小编为大家整理的{title}，供大家参考。"
    text = f"{teaser}\n{title}\n{title} {body}\n"
    c = clean(text)
    assert c.text == f"{title}\n{body}\n"  # the title repeated before the body goes too
    assert c.text.count("一、工作开展情况") == 1
    kinds = sorted(f.detail.split(":")[0] for f in c.findings)
    assert kinds == ["preface", "repeated_title", "teaser"]


def test_offsets_map_kept_text_to_original():
    text = "首页 > 工作总结 > 正文\n发布时间：2024-01-05 阅读：1024\n" + BODY
    c = clean(text)
    assert c.text == BODY
    for word in ["办结率达97.2%", "强化组织保障", "部分窗口"]:
        i = c.text.index(word)
        s, e = c.offsets.span(i, i + len(word))
        assert text[s:e] == word


def test_report_content_is_never_removed():
    # own reports with words close to boilerplate: 版权, 来源, 网, 阅读, 首页
    reports = [
        BODY,
        "三、下一步打算\n加强知识产权保护，严厉打击侵犯著作权行为，全年查处案件12起。\n"
        "推进全民阅读活动，建成农家书屋120个。\n来源于群众的意见建议逐条整改。",
        "政府网站首页改版后，访问量达到36万人次，政务公开网上办事大厅上线运行。",
        "（二）推进“互联网+政务服务”，网上可办率达到90%。",
        "（三）严格知识产权执法，对盗版行为如有侵权必究，关键词是“严”字当头。",
        # words shared with the site lines of paywalls, portals and 本文/以上 blurbs
        "本文件由市政府办公室负责解释，各部门可参考执行。\n以上是我局2023年工作情况，不妥之处请批评指正。",
        "全市120家企业成为协会会员单位，会员阅读室全年开放。\n收到网友投稿320篇，编印简报24期。",
        "第一季度，通过门户网发布政务信息1200条，网站原创稿件80篇。",
        "空气质量指数AQI>100且PM2.5>75的天数减少5天",
        "全市地区生产总值增长6.5%（来源：市统计局）。\n温馨提示：汛期请市民注意安全，远离河道。",
        "编辑出版《工作简报》24期。\n技术支持：组织农技专家下乡服务12次。",
        # words shared with this session's site lines: app downloads, disclosure, writing, a year's issue
        "全县政务APP下载量达5万次，新建万头猪场1个。\n坚持主动公开，全年公开信息560条。",
        "举办写作培训班3期，学员撰写调研报告20篇。\n编印《党史博采》2016年11期，每期印发3000册。",
    ]
    for r in reports:
        c = clean(r)
        assert c.text == r and c.findings == []


def test_user_pattern_file(tmp_path):
    extra = tmp_path / "extra.txt"
    extra.write_text("# my site\nwatermark  （本文由小城文苑整理）\n", encoding="utf-8")
    text = "全年完成绿化面积300亩（本文由小城文苑整理），超额完成任务。"
    assert "小城文苑" in clean(text).text
    c = clean(text, patterns=extra)
    assert c.text == "全年完成绿化面积300亩，超额完成任务。"
    bad = tmp_path / "bad.txt"
    bad.write_text("footnote  x\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.txt:1"):
        load_patterns(bad)


def test_odd_inputs():
    with pytest.raises(TypeError):
        clean(None)
    assert clean("").text == ""
    big = "推荐阅读" * 100_000
    assert len(clean(big).text) == len(big)  # one long line is body text, not a footer
    for odd in ["热门排行\n1." + " " * 200_000 + "x\n", "街道 总结\n街道" + " " * 200_000 + "总结\n"]:
        assert clean(odd).text  # long runs of spaces in a list or a title line: linear
    # a short line of one character that ends site names (网), then no frame word: no line of
    # the site's frame (this checks the verdict only; the 38 s a nested search once took on this
    # line is a speed matter, which tests do not time)
    netted = clean("全年增长5%。\n" + "网" * 39 + "x\n")
    assert "x" in netted.text and not any(f.detail.startswith("site_frame") for f in netted.findings)


def test_a_pattern_is_tried_only_on_texts_holding_its_literal(tmp_path):
    extra = tmp_path / "extra.txt"
    extra.write_text("watermark  [\\u4e00-\\u9fff]{2,4}文苑整理\nwatermark  (?:甲|乙)文苑\n"
                     "footer_line  (?i:abc)def\nfooter_line  ^\\s*(?:首页|主页)[>]\n", encoding="utf-8")
    assert [p.need for p in load_patterns(extra)] == [(("文苑整理",),), (("文苑",),), (("def",),), (("主页", "首页"), (">",))]
    text = "全年完成绿化面积300亩，小城文苑整理，超额完成任务。"
    assert clean(text, patterns=extra).text == "全年完成绿化面积300亩，超额完成任务。"  # one comma goes with it
    assert clean("全年完成任务。", patterns=extra).text == "全年完成任务。"


@pytest.mark.parametrize("title, next_line, rest", [
    ("街道信访工作总结", "街道信访工作总结 一、工作开展情况 今年以来，我局共办理群众来信326件。",
     "一、工作开展情况 今年以来，我局共办理群众来信326件。\n"),
    ("街道信访工作总结", "街道信访工作总结", ""),
    ("街道信访工作总结", "前言：本站为你精心整理了工作总结，欢迎咨询。街道信访工作总结 一、工作开展情况",
     "一、工作开展情况\n"),
])
def test_a_site_title_repeated_on_the_next_line_is_said_once(title, next_line, rest):
    text = f"{title}\n{next_line}\n" + BODY
    c = clean(text)
    assert c.text == f"{title}\n{rest}" + BODY  # the title keeps its own line
    assert removed(c)[-1] == "repeated_title"
    i = c.text.index(BODY[:8])
    assert c.offsets.span(i, i + 8) == (text.index(BODY[:8]), text.index(BODY[:8]) + 8)


@pytest.mark.parametrize("opening", [
    "街道信访工作总结\n一、工作开展情况\n",                       # title, then the outline
    "第一季度工作总结\n第一季度工作总结报告如下：\n",             # the next line goes on without a break
    "2023年街道工作报告\n——在街道第一次居民代表大会上\n",
    "一、工作开展情况\n一、工作开展情况 今年以来成效明显。\n",     # an outline heading is no site title
])
def test_report_openings_that_only_look_like_a_repeated_title_stay(opening):
    c = clean(opening + BODY)
    assert c.text == opening + BODY and c.findings == []


@pytest.mark.parametrize("junk", [
    "热门排行\n1. 村级信访工作总结\n2. 社区网格化工作汇报\n3.街道综合治理经验材料",
    "最新更新\n1、村级信访工作总结\n2、社区网格化工作汇报 3、街道综合治理经验材料",
    "相关文章：1.村级信访工作总结 2.社区网格化工作汇报",
    "热门排行：1.村级信访工作总结 2.社区网格化工作汇报\n3.街道综合治理经验材料",
    "热门排行\n1. 村级信访工作总结\n最新更新\n1. 社区网格化工作汇报\n2. 街道综合治理经验材料",
])
def test_numbered_article_lists_under_a_list_header_are_removed(junk):
    c = clean(BODY + "\n" + junk + "\n")
    assert c.text == BODY + "\n"
    assert set(removed(c)) <= {"footer_block", "footer_line"} and removed(c)


@pytest.mark.parametrize("after", [
    "2. 推进网格化管理\n全年化解矛盾纠纷86件。",          # numbering that does not start at 1
    "1. 今年以来共办理群众来信326件。",                    # a sentence, not a title
    "1.5万元用于购置办公设备。",                           # a decimal, not an item number
])
def test_a_list_header_takes_no_report_lines_that_are_numbered(after):
    c = clean("最新更新\n" + after)
    assert c.text == after and removed(c) == ["footer_block"]
    assert clean("热门排行 " + after).text == "热门排行 " + after
