"""Layout damage in outlines: letter-spaced headings and outlines run onto one line.

Cases are written for these tests; each runs in simplified script and, converted, in
traditional script, through analyze() so that offsets are checked on its text.
"""
from __future__ import annotations

import pytest

from summarylab import analyze
from summarylab.measures import _unspaced, extract_measures
from summarylab.normalisation import to_script

# (text, expected [(depth, marker, title)])
CASES = [
    # a copy's blank between a number and its 、 at a line's start (a fresh502 kind); a count's number inside
    # a sentence keeps its blank and is no marker
    ("一、主要做法\n1 、思想上重视。全县召开动员会议。\n2 、准备上充分。全县培训普查员 3 、4次。",
     [(1, "一、", "主要做法"), (2, "1 、", "思想上重视"), (2, "2 、", "准备上充分")]),
    # (2)、 and 一∶ as markers; a note's points after the last sentence on its line are no items
    ("一、主要工作\n(1)开展创建活动。全年5次。\n(2)、做好项目申报工作。全年3个。\n(3)、加强市场监管。抽查3家。",
     [(1, "一、", "主要工作"), (2, "（1）", "开展创建活动"), (2, "（2）、", "做好项目申报工作"),
      (2, "（3）、", "加强市场监管")]),
    ("一∶上半年工作回顾\n1、招生再创新高。今年招生5000人。\n二∶下半年工作打算\n继续努力。",
     [(1, "一∶", "上半年工作回顾"), (2, "1、", "招生再创新高"), (1, "二∶", "下半年工作打算")]),
    ("一、民生保障\n发放低保金4316万元。 注：(1)、本公报数据为快报数；(2)、部分数据由有关部门提供。",
     [(1, "一、", "民生保障")]),
    # headings whose 、 became a blank, each opening a paragraph (not a year spelled out: 二 零二三年)
    ("今年以来扎实开展防治工作。\n一 认真开展隐患排查，全面掌握隐患情况。排查隐患点6处。\n二 加强监测预警。发布预警10次。\n"
     "二 零二三年全年无伤亡。",
     [(1, "一", "认真开展隐患排查，全面掌握隐患情况"), (1, "二", "加强监测预警")]),
    # letter-spaced headings keep their words together
    ("一、综 合 治 理\n全年调解纠纷一百件。\n二、平 安 创 建\n全年无重大事故。",
     [(1, "一、", "综合治理"), (1, "二、", "平安创建")]),
    ("（一）队 伍 建 设\n加强培训。\n（二）制 度 建 设\n完善规章。",
     [(1, "（一）", "队伍建设"), (1, "（二）", "制度建设")]),
    # a heading with an ordinary blank still ends there (a report flattened onto one line)
    ("一、主要成效 全年新建道路十公里。二、存在问题 资金不足。",
     [(1, "一、", "主要成效"), (1, "二、", "存在问题")]),
    # an outline run onto one line, markers glued to the text before them
    ("工作回顾一、夯实基础，设施建设提速（一）重点工程。1、图书馆工程。完成设计。2、体育馆工程。"
     "完成招标。（二）基层设施。完成改造。二、丰富活动（一）节日活动。1、举办灯会。2、举办庙会。",
     [(1, "一、", "夯实基础，设施建设提速"), (2, "（一）", "重点工程"), (3, "1、", "图书馆工程"),
      (3, "2、", "体育馆工程"), (2, "（二）", "基层设施"), (1, "二、", "丰富活动"),
      (2, "（一）", "节日活动"), (3, "1、", "举办灯会"), (3, "2、", "举办庙会")]),
    ("一、基本情况\n今年以来重点抓了三项工作（一）抓学习。每周一次。（二）抓整改。立行立改。（三）抓落实。",
     [(1, "一、", "基本情况"), (2, "（一）", "抓学习"), (2, "（二）", "抓整改"), (2, "（三）", "抓落实")]),
    # glued numerals that are words or references are not markers
    ("坚持统一、规范、高效的原则，按第十条（一）项办理。\n一、成效\n二、打算",
     [(1, "一、", "成效"), (1, "二、", "打算")]),
    ("全年完成第一、二季度任务，唯一、首个示范点建成。", []),
    # two letter-spaced characters ending the line; two words with a blank inside a line stay apart
    ("一、综 合\n全年生产总值增长6%。\n二、农 业\n粮食增产。", [(1, "一、", "综合"), (1, "二、", "农业")]),
    ("一、主要成效 全年新建道路十公里。\n二、问 题\n资金不足。", [(1, "一、", "主要成效"), (1, "二、", "问题")]),
    # two letter-spaced characters before a blank and the body, in a bulletin flattened onto one line
    ("全县经济呈现稳步发展的良好势头。 一、综 合 经济总量日益壮大。全年生产总值12亿元。",
     [(1, "一、", "综合")]),
    # letter spacing an encoder turned into ?? (綜??合), the heading joined to its first sentence
    ("一、综??合 经济运行总体平稳。\n二、农??业 粮食生产再获丰收。", [(1, "一、", "综合"), (1, "二、", "农业")]),
    # one ? where a character was lost after a heading's first one (a fresh412 kind); a question's ? ends a title
    ("（一）总?体情况\n全县禁烧无火点。\n（二）主?要措施\n加强巡查。", [(1, "（一）", "总体情况"), (1, "（二）", "主要措施")]),
    ("（一）为什么？全县禁烧无火点。\n（二）怎么办？加强巡查。", [(1, "（一）", "为什么"), (1, "（二）", "怎么办")]),
    # a survey's shares parted by a blank and 、 are no headings whose numbers were stripped (a fresh411 kind)
    ("参与调查的村民中，年龄分布如下18-30：23.8% 、30-60：44.1% 、60岁以上：28.6% 、未填写 ：3.5%。", []),
    ("依据《行政许可法》 、《植物检疫条例》 、《森林植物检疫办法》 、《林业行政处罚条例》开展执法。", []),
    # a paper's bare section numbers on lines of their own, vouched for by a sibling or by a 1.1 below a title
    # with a comma (fresh434-443 kinds); a numbered count in a sentence stays prose
    ("某县种子工作报告\n1 种子备案现状\n全县备案企业12家。\n2 存在的问题\n备案不及时。",
     [(1, "1", "种子备案现状"), (1, "2", "存在的问题")]),
    ("某馆古籍保护报告\n1 开拓进取，取得很好成绩\n1.1 突破补充屏障\n全年修复古籍300册。",
     [(1, "1", "开拓进取，取得很好成绩"), (2, "1.1", "突破补充屏障")]),
    ("全县完成任务。\n1 全县完成造林5万亩。\n2 新建苗圃3个。", []),
    # a heading that starts with a year spaced from its words is a heading, not a number list
    ("一、2022 工作回顾\n全年完成投资三亿元。\n二、2023 工作打算\n继续抓好项目。",
     [(1, "一、", "2022 工作回顾"), (1, "二、", "2023 工作打算")]),
    ("一、2 季度完成全年任务的一半。", []),
    # a lone first heading inside a line heads the run of another style that follows it
    ("全年工作总结如下。一、工作开展情况（一）道路建设稳步推进。新修道路十公里。（二）公交一体化启动。开通线路三条。",
     [(1, "一、", "工作开展情况"), (2, "（一）", "道路建设稳步推进"), (2, "（二）", "公交一体化启动")]),
    ("全年工作总结如下。一、工作开展情况今年以来扎实推进。（一）道路建设稳步推进。（二）公交一体化启动。",
     # (its title ends where the body opens: 今年以来 after a summary's word, 情况)
     [(1, "一、", "工作开展情况"), (2, "（一）", "道路建设稳步推进"), (2, "（二）", "公交一体化启动")]),
    # a summary's 概况 or 优势 glued to its body's year or withheld place (fresh421, fresh425 kinds)
    ("全县工程进展顺利。（一）工程实施概况1999年，全县开始试点。（二）主要成效。全县完成造林5万亩。",
     [(1, "（一）", "工程实施概况"), (1, "（二）", "主要成效")]),
    ("现将情况报告如下：一、产业发展的优势xx县是药材故里。二、存在的问题。资金不足。",
     [(1, "一、", "产业发展的优势"), (1, "二、", "存在的问题")]),
    # … but alone it stays prose
    ("全年工作如下。一、工作开展情况今年以来扎实推进，成效明显。", []),
    # a chain of lone first headings, each glued after the last one's short title, ending in a run
    ("现将情况报告如下：一、年度任务完成情况(一)水利项目进展1、河堤加固工程。完成投资三百万元。"
     "2、灌区改造工程。完成渠道二十公里。",
     [(1, "一、", "年度任务完成情况"), (2, "（一）", "水利项目进展"), (3, "1、", "河堤加固工程"),
      (3, "2、", "灌区改造工程")]),
    # … a glued （一） after a sentence, or with no run after it, is not a heading
    ("现将情况报告如下：一、年度任务完成情况。全年加固河堤(一)期工程1、灌区改造。", []),
    ("年度任务完成情况如下(一)水利项目进展良好，各项工作有序推进。", []),
    # a chain may end in an enumerated run, and may begin glued to the document's title
    ("现将全年工作汇报如下：一、主要成效（一）农业生产稳定。一是粮食增产。二是畜牧增收。",
     [(1, "一、", "主要成效"), (2, "（一）", "农业生产稳定"), (3, "一是", "粮食增产"), (3, "二是", "畜牧增收")]),
    ("县卫生局二〇二四年工作总结一、全年工作回顾（一）医疗服务提升。一是新建社区医院两所。二是引进医生四十名。",
     [(1, "一、", "全年工作回顾"), (2, "（一）", "医疗服务提升"), (3, "一是", "新建社区医院两所"),
      (3, "二是", "引进医生四十名")]),
    # … nor before a list of short items parted by 、 (a site stripped the 第 of 第一)
    ("认真落实安全一、常备不懈、以防为主、全力抢险的方针。一是组织准备到位。二是物资准备充足。",
     [(1, "一是", "组织准备到位"), (1, "二是", "物资准备充足")]),
    # … but not after prose (a comma before it): there only the enumeration counts
    ("今年以来，我们按照部署要求认真落实各项决策并且取得了较好的成绩一、主要成效"
     "（一）农业生产稳定。一是粮食增产。二是畜牧增收。",
     [(1, "一是", "粮食增产"), (1, "二是", "畜牧增收")]),
    # two lone first headings of two styles, each after a stop, on a page cut before 二、
    ("下面我汇报三点。一、工作回顾：稳中有进全年经济运行平稳。（一）项目建设加快推进，全年完成投资八亿元",
     [(1, "一、", "工作回顾"), (2, "（一）", "项目建设加快推进，全年完成投资八亿元")]),
    ("一、2023年工作回顾 全年实现生产总值60亿元。 （一）坚持项目为王，全力稳住投资。 全年完成投资32亿元",
     [(1, "一、", "2023年工作回顾"), (2, "（一）", "坚持项目为王，全力稳住投资")]),
    # … and with the （一） glued to the first heading's title, the page cut well after them
    ("全年各项目标如期完成。一、2022年工作总结（一）巩固成果推进有效衔接。与县财政局联合印发实施方案，"
     "不断完善社会救助体系，做到应保尽保、应退尽退，全县困难群众基本生活得到保障，救助审核审批",
     [(1, "一、", "2022年工作总结"), (2, "（一）", "巩固成果推进有效衔接")]),
    # an item whose title opens with a Chinese numeral (3、五保…) is no list of numbers
    ("1、城乡低保。全年发放低保金。 2、医疗救助。全年救助3000人次。 3、五保供养水平进一步提高。新建敬老院4所。",
     [(1, "1、", "城乡低保"), (1, "2、", "医疗救助"), (1, "3、", "五保供养水平进一步提高")]),
    # a 一是 glued to a （一） that is itself glued to its heading's title (a page on one line)
    ("某局工作总结和工作要点一、工作完成情况（一）社会救助实现新突破一是提标扩面兜住底。低保标准提高。"
     "二是监测预警兜准底。（二）养老服务提质一是建设服务设施。二是培育服务队伍。",
     [(1, "一、", "工作完成情况"), (2, "（一）", "社会救助实现新突破"), (3, "一是", "提标扩面兜住底"),
      (3, "二是", "监测预警兜准底"), (2, "（二）", "养老服务提质"), (3, "一是", "建设服务设施"),
      (3, "二是", "培育服务队伍")]),
    # a bulletin's section title run on into its body, which opens with a time word and figures
    ("全市经济平稳运行。一、劳动就业年末全市就业人员164万人，其中城镇就业人员108万人。"
     "二、社会保障全年城乡居民养老保险参保人数达到95万人。",
     [(1, "一、", "劳动就业"), (1, "二、", "社会保障")]),
    # a balance table flattened one cell to a line: its 一、 cells between numbers are no headings
    # (a page's number under a heading is no cell: 一、工作回顾⏎70)
    ("1.一般公共预算\n\n收入\n\n执行数\n\n总计\n\n846531\n\n一、本级收入\n\n167500\n\n一、本级支出\n\n701553\n\n"
     "二、转移性收入\n\n679031\n\n全县一般公共预算收入完成16.75亿元。\n2.政府性基金预算\n基金收入完成3亿元。",
     [(1, "1.", "一般公共预算"), (1, "2.", "政府性基金预算")]),
    ("各位代表：\n一、2019年工作回顾\n70\n一年来全市上下扎实工作。\n二、2020年工作安排\n71\n今年要抓好项目。",
     [(1, "一、", "2019年工作回顾"), (1, "二、", "2020年工作安排")]),
    # a lone （一） right after an item of a run of 一、 headings, on a page cut before （二）
    ("一、振奋精神 二、攻坚克难 根据标准开展工作，重点突出以下内容： （一） 打牢基础 一是经济基础。全市增长较快。",
     [(1, "一、", "振奋精神"), (1, "二、", "攻坚克难"), (2, "（一）", "打牢基础")]),
    # a lone 一、 opening a paragraph of a flattened report: its short title, a blank, the body
    ("下面，我汇报全市旅游业发展情况，恳请批评指正。 一、旅游业发展现状 我市旅游业起步于1987年。",
     [(1, "一、", "旅游业发展现状")]),
    ("全市旅游业发展较快。 一、二季度接待游客较多，三季度有所回落。", []),   # a number list, not a heading
    # a lone 一、 right after a report's opening sentence, its title run on into the body
    ("各位代表：现在，我代表区人民政府向大会报告工作，请予审议。一、2023年工作回顾2023年是极不平凡的一年，全区经济回升。",
     [(1, "一、", "2023年工作回顾")]),
    ("现将本年度工作总结如下，请各位领导提出宝贵意见。一、加强环境整治，美化社区面貌 社区是居民的家园。",
     [(1, "一、", "加强环境整治，美化社区面貌")]),
    ("请予审议。一、“十四五”以来的主要工作过去的三年，全县上下团结奋斗。", [(1, "一、", "“十四五”以来的主要工作")]),
    ("全年工作取得了较好成绩。一、二月份完成投资较少，三月份以后逐步加快。", []),   # prose, no opening sentence
    # a heading alone on its line that reads like a number list (一、五年…); （一）、 with a doubled mark
    ("请予审议。\n一、五年政府工作回顾\n五年来，各项任务全面完成。\n二、今后五年的主要任务\n",
     [(1, "一、", "五年政府工作回顾"), (1, "二、", "今后五年的主要任务")]),
    ("一、抓重点、带全局\n（一）、工业经济地位日益显现，结构优化。\n经济增长较快。\n（二）、项目建设成效显著。",
     [(1, "一、", "抓重点、带全局"), (2, "（一）、", "工业经济地位日益显现，结构优化"), (2, "（二）、", "项目建设成效显著")]),
    ("全年一、二季度完成投资较少。\n一、二季度\n", []),   # a number list in a sentence, or too short a line
    # a lone 一是 near the end of a page cut in mid-sentence (before its 二是) is an item
    ("当前矛盾集中在债务纠纷等问题。一是要切实做好群众的思想工作，加大矛盾排查力度，提高处理信访的效",
     [(1, "一是", "要切实做好群众的思想工作，加大矛盾排查力度，提高处理信访的效")]),
    ("当前矛盾集中在债务纠纷等问题。一是要切实做好群众的思想工作。", []),   # the page ends whole: prose
    # a number broken over two lines by a fraction's slash is no heading
    ("全县人均水资源量不足全省的1/\n6、全国的1/12。\n", []),
    # 一、16月… (1-6月 with its dash lost) is a heading: there is no month 16 to list
    ("现汇报如下。 一、16月农民增收亮点 （一）全力推进重点工作。 （二）扎实抓好产业发展。",
     [(1, "一、", "16月农民增收亮点"), (2, "（一）", "全力推进重点工作"), (2, "（二）", "扎实抓好产业发展")]),
    # a formal outline numbered with capital numerals at its top level
    ("壹、前言\n本会推动发展。\n贰、预算及人力\n一、前瞻视野\n二、创新思维\n叁、成果与方向",
     [(1, "壹、", "前言"), (1, "贰、", "预算及人力"), (2, "一、", "前瞻视野"), (2, "二、", "创新思维"),
      (1, "叁、", "成果与方向")]),
    # parts and chapters on their own lines above the outline (第一部分 / 第二章); 第五章 inside a
    # sentence broken by a line is no heading
    ("第一部分 2022年工作情况\n一、冬奥服务保障圆满成功\n全年完成。\n第二部分 2023年工作安排\n一、抓项目\n全年。",
     [(1, "第一部分", "2022年工作情况"), (2, "一、", "冬奥服务保障圆满成功"), (1, "第二部分", "2023年工作安排"),
      (2, "一、", "抓项目")]),
    ("马克思在《资本论》第一卷\n第五章的一个注释中说，生产决定消费。", []),
    # a list of 一要/二要 right after the verb that opens it (会议强调指出一要…)
    ("会议强调指出一要认真分析形势；二要围绕主导产业抓招商。",
     [(1, "一", "要认真分析形势"), (1, "二", "要围绕主导产业抓招商")]),
    ("他提出一个问题。要求一律按规定办理。", []),
    # a page cut inside its outline: （六）（七） then 二、 — 二、 is no item of （七）, and the
    # （一） under it nests there
    ("（六）坚持预防为主，成效明显。\n全年完成。\n（七）事故发生情况\n全年发生。\n二、存在的问题\n（一）责任不落实\n全年。\n三、下步打算\n全年。",
     [(1, "（六）", "坚持预防为主，成效明显"), (1, "（七）", "事故发生情况"), (1, "二、", "存在的问题"),
      (2, "（一）", "责任不落实"), (1, "三、", "下步打算")]),
    # numbered rows of a table (cells parted by |) are not headings; a placeholder year is no number list
    ("居民消费价格\n一、食品烟酒 | 0.1 |\n二、衣着 | -0.4 |\n三、居住 | 0.2 |", []),
    ("一、20xx年工作回顾\n全年增长。\n二、20xx年工作安排\n继续努力。",
     [(1, "一、", "20xx年工作回顾"), (1, "二、", "20xx年工作安排")]),
    # a lone first heading whose items are an enumeration in the next paragraph
    ("下面，我讲三点意见： 一、肯定工作成绩，坚定信心 过去一年成绩来之不易。 一是投资创新高。二是项目提速。",
     [(1, "一、", "肯定工作成绩，坚定信心"), (2, "一是", "投资创新高"), (2, "二是", "项目提速")]),
    # a table of contents run inline, entries ending in page numbers, is not the outline
    ("教育工作总结汇编 目录 1. 县教育局年度工作总结 2 2.县教育局工作要点 9 3.县教育局依法治教总结 15 "
     "县教育局年度工作总结 今年以来，我局围绕中心。一、主要成绩 （一）办学条件改善。新建校舍12所。"
     "（二）队伍建设加强。",
     [(1, "一、", "主要成绩"), (2, "（一）", "办学条件改善"), (2, "（二）", "队伍建设加强")]),
    ("目录 一、工作回顾……3 二、存在问题……8\n一、工作回顾\n全年完成投资三亿元。\n二、存在问题\n资金不足。",
     [(1, "一、", "工作回顾"), (1, "二、", "存在问题")]),
    # a flattened report's first section after 报告如下： ; a lone first heading over a 一是 that a
    # page cut before its 二是 (the page stops mid-sentence)
    ("调研情况报告如下： 一、基本情况 通过调查，全市有集体经济的村1200个。 总的看，有以下特点：一是各级重视程度越来越高；二是增收渠道不断拓宽。",
     [(1, "一、", "基本情况"), (2, "一是", "各级重视程度越来越高"), (2, "二是", "增收渠道不断拓宽")]),
    ("教育水平不断提高。 一、完善教育公共服务体系，保障民生。 一是完善义务教育保障机制。 全市学生全部免除了学杂费，近七十万农村学生",
     [(1, "一、", "完善教育公共服务体系，保障民生"), (2, "一是", "完善义务教育保障机制")]),
    # a 一是 glued to its heading's short title; a first heading glued to the document's title
    ("全镇位居前列。一、苦练内功，夯实基础谋发展一是立足发展抓学习。镇委坚持学习。二是立足民主建制度。三是立足实干炼作风。",
     [(1, "一、", "苦练内功，夯实基础谋发展"), (2, "一是", "立足发展抓学习"), (2, "二是", "立足民主建制度"),
      (2, "三是", "立足实干炼作风")]),
    ("某市2005年政府工作报告一、2004年工作回顾2004年，是全面发展的一年。全市生产总值增长12%。",
     [(1, "一、", "2004年工作回顾")]),
    # 五年 after 一、 is a span of years, not the second number of a list (but 一、二年级 is)
    ("力争打造特色乡镇。一、五年工作总结（一）经济态势良好。全乡生产总值增长。（二）基础设施改善。",
     [(1, "一、", "五年工作总结"), (2, "（一）", "经济态势良好"), (2, "（二）", "基础设施改善")]),
    ("全镇中小学一、二年级学生全部参加了体检。", []),
    # enumerated items in the opening summary, before the first heading 一、, are no measures;
    # on a page cut mid-section (its first heading is 二、) they stay
    ("今年以来，全镇取得明显成效：一是经济平稳增长；二是民生持续改善。\n一、主要工作\n（一）抓项目建设。\n二、明年打算",
     [(1, "一、", "主要工作"), (2, "（一）", "抓项目建设"), (1, "二、", "明年打算")]),
    ("三是加强队伍建设；四是完善考核办法。\n二、存在问题\n资金不足。",
     [(1, "三是", "加强队伍建设"), (1, "四是", "完善考核办法"), (1, "二、", "存在问题")]),
    # … but headings that merely end in a number, not rising page numbers, stay
    # a point typed for 。 after a percentage or a word, then the next heading on the same line
    ("一、基本情况\n全乡贫困发生率为19.6%.二、目标任务\n（一）脱贫目标。全年减贫800人。\n三、主要措施\n落实帮扶.",
     [(1, "一、", "基本情况"), (1, "二、", "目标任务"), (2, "（一）", "脱贫目标"), (1, "三、", "主要措施")]),
    # a congress paper's number alone on a line, zero-padded, is no heading
    ("某区第十四届人民代表大会\n(05)\n政府工作报告\n一、主要成绩\n全年增长9%。\n二、今年任务\n稳中求进。",
     [(1, "一、", "主要成绩"), (1, "二、", "今年任务")]),
    ("一、新建学校 3 所\n二、改造道路 12 条\n三、新增绿地 5 处", 
     [(1, "一、", "新建学校 3 所"), (1, "二、", "改造道路 12 条"), (1, "三、", "新增绿地 5 处")]),
    # a heading run on after a sentence whose title opens with a count (二、9个村…): no number list
    ("某镇文化工作总结\n一、文化站全天免费开放，成效明显。二、9个村“农家书屋”正常开放。书屋是惠民工程。\n三、加大村级文化工程建设\n",
     [(1, "一、", "文化站全天免费开放，成效明显"), (1, "二、", "9个村“农家书屋”正常开放"), (1, "三、", "加大村级文化工程建设")]),
    # a line broken right after an opening quote goes on: the numerals inside the quote are no headings (a fresh483 kind)
    ("二、实施内容\n（一）实施“\n千、百、十”示范工程。全省建设99个示范片。\n（二）建立展示田。每个示范片建立一处。",
     [(1, "二、", "实施内容"), (2, "（一）", "实施“千、百、十”示范工程"), (2, "（二）", "建立展示田")]),
    # a list run onto one line whose numbers change from 1. to 2、: one list (a fresh479 kind)
    ("三、加强食堂管理，制止浪费。1.按需制定菜谱，保证食材新鲜。加强节约意识。2、妥善处理厨余垃圾，专人管理。及时反馈。四、加强宣传。",
     [(1, "三、", "加强食堂管理，制止浪费"), (2, "1.", "按需制定菜谱，保证食材新鲜"), (2, "2、", "妥善处理厨余垃圾，专人管理"),
      (1, "四、", "加强宣传")]),
    # a heading alone on its line with a short phrase after its colon keeps it; a figure after the colon is the
    # body's (a fresh485 kind)
    ("三、国外经验\n（一）甲国：回收体系完善\n甲国较早建立体系。\n（二）乙国：生产者责任延伸\n乙国实行延伸制度。\n"
     "（三）归集方面：上半年新增缴存单位120个。\n",
     [(1, "三、", "国外经验"), (2, "（一）", "甲国：回收体系完善"), (2, "（二）", "乙国：生产者责任延伸"), (2, "（三）", "归集方面")]),
    # … but not wrapped prose after the colon: a word broken over the lines, a verb waiting for its object
    ("二、主要成效\n1. 分类率提升明显：经过一年的宣传教育和政策引\n导，分类率提高。\n2. 家校共育：学校加强\n与家长沟通。\n",
     [(1, "二、", "主要成效"), (2, "1.", "分类率提升明显"), (2, "2.", "家校共育")]),
    # a decimal heading before a word opening with 公 that is no unit (5.3公众参与风险; not 1.5公里); a list of
    # 一要 items whose last is written 四是要 (fresh490, fresh492 kinds)
    ("5.1资金风险\n资金不足。\n5.2公众参与风险\n参与度不高。\n5.3技术风险\n道路全长1.5公里。",
     [(1, "5.1", "资金风险"), (1, "5.2", "公众参与风险"), (1, "5.3", "技术风险")]),
    ("会议要求，一要提高认识。二要突出重点。三要强化服务。四是要开拓思路，作出更大贡献。",
     [(1, "一", "要提高认识"), (1, "二", "要突出重点"), (1, "三", "要强化服务"), (1, "四是", "要开拓思路，作出更大贡献")]),
]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("text, expected", CASES)
def test_layout_outline(text, expected, script):
    a = analyze(to_script(text, script), target=script)
    got = [(int(r.depth), r.marker, r.title) for r in a.measures.itertuples()]
    assert got == [(d, to_script(m, script), to_script(t, script)) for d, m, t in expected]
    for r in a.measures.itertuples():
        assert _unspaced(a.text[r.title_start:r.title_end]) == r.title
        assert a.text[r.start:r.title_start].strip() == r.marker


@pytest.mark.parametrize("title, unspaced", [
    ("综 合 治 理", "综合治理"), ("综合治理", "综合治理"), ("关于 WTO 的应对", "关于 WTO 的应对"),
    ("1 9 9 8 年", "1 9 9 8 年"), ("加强 领导", "加强 领导"),
])
def test_unspaced_only_removes_letter_spacing(title, unspaced):
    assert _unspaced(title) == unspaced


def test_glued_markers_add_nothing_to_a_clean_outline():
    text = "一、成效\n（一）加强领导\n1、成立小组\n2、制定方案\n（二）完善制度\n二、打算"
    assert len(extract_measures(text)) == 6
