"""Titles: the document's name, never a salutation, date line, caption, site line or sentence.

Every case runs in simplified script and, converted with OpenCC, in traditional script.
"""
from __future__ import annotations

import pytest

from summarylab import corpus, readers
from summarylab.normalisation import to_script
from summarylab.titles import site_title, title_of

# (text, expected title); "" = no title line: the fallback is returned
CASES = [
    # a paper's dateline without its date alone on a line is no title (a fresh494-498 kind)
    # a document's number in brackets glued before the title; a notice's title broken after 和 under 关于;
    # a notice that issues a plan to its addressees without 给 (fresh501 kinds)
    ("[某政办发〔2023〕28号]某市人民政府办公室关于印发某市燃气管道更新改造方案的通知\n各县区人民政府：\n",
     "某市人民政府办公室关于印发某市燃气管道更新改造方案的通知"),
    ("市政府办公厅关于推进城镇燃气居民和\n餐饮用户安全用气工程建设的实施意见\n某政办规字〔2023〕2号\n各区人民政府：",
     "市政府办公厅关于推进城镇燃气居民和餐饮用户安全用气工程建设的实施意见"),
    ("各县区人民政府：\n《某市燃气管道更新改造方案》已经市政府同意，现印发你们，请认真贯彻落实。", "某市燃气管道更新改造方案"),
    # a headline of phrases with commas run on after two blanks into a dated story (今（15）日…); a phase of a
    # programme in a title is no journal's issue; an exclaimed headline of 35 characters (fresh500, fresh503 kinds)
    ("政府积极投入宽频建设，平衡城乡数位落差，加速进入5G世代  今（15）日行政院院会听取报告。", "政府积极投入宽频建设，平衡城乡数位落差，加速进入5G世代"),
    ("跳到主要内容\n\n某某基础建设计划第3期特别决算审核报告评估报告\n\n第6项、某某委员会 日期：112年11月",
     "某某基础建设计划第3期特别决算审核报告评估报告"),
    ("2019年某省“爱鸟周”暨春分观赏“某某含丹”主题宣传活动成功举行！\n\n3月23日下午，宣传活动在某公园举行。",
     "2019年某省“爱鸟周”暨春分观赏“某某含丹”主题宣传活动成功举行！"),
    # a headline with a comma over a story led by a site's name and 近日, the excerpt cut inside it (a fresh506 kind)
    ("某总局：对7480家重点用能单位开展计量审查，其中7084家符合要求\n\n某某观察网 近日，某总局发布审查情况通报，企业计量意识",
     "某总局：对7480家重点用能单位开展计量审查，其中7084家符合要求"),
    # a title opening with its year broken after 和 (a fresh511 kind); a sentence so broken is none
    ("2022年全国打击侵犯知识产权和\n制售假冒伪劣商品工作要点\n2022年，各地区各部门要坚持以人民为中心。",
     "2022年全国打击侵犯知识产权和制售假冒伪劣商品工作要点"),
    ("2022年全县开展了春耕和\n夏种工作，成效明显。", ""),
    # a sentence's piece after 准备 is no blurb's name (a fresh502 kind)
    ("（一）组建机构\n会同街道办进行必要的试点工作准备及相应工作安排。\n（二）制定方案", ""),
    ("本报西宁电\n某县牦牛产业发展迈上新台阶\n全县存栏牦牛12万头。", "某县牦牛产业发展迈上新台阶"),
    # 以上 before 传统 is no upload button (found by the regression dump on a fresh411 page)
    ("某市将建60个以上传统村落保护发展项目\n\n8月11日，记者从市住建委了解到，我市将建设保护项目。", "某市将建60个以上传统村落保护发展项目"),
    # a headline of two parts with a spaced dot between them is no banner (a fresh422 kind)
    ("民政工作这十年 · 区划地名篇\n区划地名工作是国家重要的行政管理工作。", "民政工作这十年·区划地名篇"),   # (blanks squeezed)
    # a news page's kicker alone above its headline; a headline run on into ©原创 and its time (fresh416-420 kinds)
    ("某街道：\n推进“满电回家”工程破解电动自行车充电难题\n\n来源：某某日报  发表时间：2025-05-16 07:30\n“如今，在楼下就能充电。”",
     "推进“满电回家”工程破解电动自行车充电难题"),
    ("某部：扎实做好重大动物疫病分区防控工作 ©原创 2021-09-27 18:17 0 9月27日，某部召开专题会议。",
     "某部：扎实做好重大动物疫病分区防控工作"),
    # … a field's label alone on its line is no kicker: the sentence under it is no title (found by the dump)
    ("编者语：\n苏格拉底曾发出哲学三大终极问题：我是谁？我从哪里来？\n这三个问题贯穿每个人的一生。", ""),
    # a title in a book's brackets; a column's tag after a bar; a byline of 文/ above the title (fresh416-420 kinds)
    ("《某县烟花爆竹整治工作开展情况汇报》\n全县开展排查12次。", "某县烟花爆竹整治工作开展情况汇报"),
    ("《工业》\n\n部分行业\n\n【化学工业概况】\n全年完成总产值4亿元。", "《工业》"),   # a chapter's short name keeps them
    ("某街道：基本建成电动自行车充电停放圈|每日快讯\n全县开展排查12次。", "某街道：基本建成电动自行车充电停放圈"),
    ("文/某县水务局\n某县水务局电动车整治总结\n全县开展排查12次。", "某县水务局电动车整治总结"),
    # a search engine's question before the title, parted by a bar (a fresh415 kind)
    ("全国哪里的花卉产业最好|“十五”某省花卉产业建设工作总结\n\n全年增长5%。", "“十五”某省花卉产业建设工作总结"),
    ("某县花卉工作总结怎么写|某县花卉产业发展工作总结\n全年增长5%。", "某县花卉产业发展工作总结"),
    # a news page's headline bulleted, with its date and source bulleted below it (a fresh415 kind); a
    # bulleted figure stays no title
    ("• 某县开展花卉产业数据统计工作\n\n    • 2016-11-21\n    • 消息来源：某某花卉网\n\n近日，县农业局下发了通知。",
     "某县开展花卉产业数据统计工作"),
    ("• 某縣開展花卉產業數據統計工作\n  • 2016年11月21日\n近日，縣農業局下發了通知。", "某縣開展花卉產業數據統計工作"),
    ("●全年花卉产值增长5%\n●新建花卉基地12个\n", ""),
    # a question numbered with a Roman numeral is no title (a fresh401 kind)
    ("某州地质灾害预警\nⅠ 9月16日某县发生3.1级地震目前情况如何\n当晚某县发生地震。\nⅡ 某县群发泥石流\n", "某州地质灾害预警"),
    # a contents preview's first item (一是…) is no title (a fresh396 kind)
    ("一是国防教育组织领导坚强有力\n二是宣传教育措施具体到位\n全年开展国防教育12次。", ""),
    # a 范文 site's category glued after the name (a fresh395 kind); a title about the genre keeps it
    ("关于某县充电设施建设情况的询问函应用文\n全县建成充电桩1200个。", "关于某县充电设施建设情况的询问函"),
    ("浅谈机关应用文\n机关写作要求准确。", "浅谈机关应用文"),
    ("图解：关于印发《某区地质灾害防治方案》的通知\n全年排查隐患点120处。", "关于印发《某区地质灾害防治方案》的通知"),   # (fresh401)
    ("某部主持召开新能源汽车产业发展联席会议-\n全年增长5%。", "某部主持召开新能源汽车产业发展联席会议"),   # (fresh395)
    # a casino's name as a site's header (a fresh393 kind)
    ("完美体育·WM\n2022年一季度某市渔业产值预计突破80亿元\n全年增长5%。", "2022年一季度某市渔业产值预计突破80亿元"),
    # a title said again without its year, run on into the body (a fresh332 kind)
    ("2020年家庭医生签约服务方案家庭医生签约服务方案为在全县进一步推动签约服务，特制定本方案。", "2020年家庭医生签约服务方案"),
    # two names of one text run together on a document site's line (a fresh330 kind)
    ("1、2023年电子政务工作总结2023年度电子政务工作总结 电子政务股 今年以来，我股认真开展工作。", "2023年电子政务工作总结"),
    # a column's tag in brackets, then the headline alone on its line (a fresh330 kind)
    ("【政府工作报告重点任务执行情况】某县数字化改革交出高分答卷!\n今年以来，某县持续推进改革。", "某县数字化改革交出高分答卷"),
    # a page's number glued before a title's year (a fresh326 kind)
    ("12023年湿地公园管理服务中心上半年工作总结\n今年以来，中心扎实推进各项工作。", "2023年湿地公园管理服务中心上半年工作总结"),
    # a title run on into its body on one line, a 范文 site's tag ending the name (fresh321, fresh325 kinds)
    ("2024年创建卫生集镇工作总结范文某镇在党委、政府的高度重视下，集镇面貌明显改善。", "2024年创建卫生集镇工作总结范文"),
    ("2020食品安全工作总结范文5篇食品安全工作总结(1)民以食为天，食以安为先。", "2020食品安全工作总结范文5篇"),
    # a title's year in brackets after it, the body on the next line (a fresh322 kind)
    ("关于县老旧小区改造工作进展情况汇报（2024年）\n老旧小区改造是构建高品质生活的时代选择。",
     "关于县老旧小区改造工作进展情况汇报（2024年）"),
    # a headline with a figure whose digits are grouped by commas (a fresh324 kind)
    ("财政部:2022 年全国政府采购规模为 34,993.1 亿元 下降 3.9%\n财政部发布简要情况，全年采购规模下降3.9%。",
     "财政部:2022年全国政府采购规模为34,993.1亿元下降3.9%"),
    # a document site's line naming the document in 【】 and its uploader (a fresh323 kind)
    ("该【农村改厕调查报告 】是由【某某】上传分享,文档一共【3】页,该文档可以免费在线阅读。\n为贯彻落实文件精神，我镇开展调研。",
     "农村改厕调查报告"),
    ("该【农村改厕调查报告 】是由【某某】上传分享,文档一共【3】页,该文档可以免费在线阅读,需要了解更多关于【农村改厕调查报告 】的内容,"
     "可以使用某某网的站内搜索功能。农村改厕调查报告\n为贯彻落实文件精神，我镇开展调研。", "农村改厕调查报告"),
    # a site's column, a document kind alone, over the document's name (a fresh319 kind)
    ("工作总结\n\n校车工作总结\n\n时间：2025-09-27 08:39:47 我要投稿\n今年以来，我校校车运行安全平稳。",
     "校车工作总结"),
    ("工作总结\n\n今年以来，我校校车运行安全平稳，未发生事故。", "工作总结"),
    # a topic and the questions a study asks of it, over its body (a fresh317 kind)
    ("乡村民宿：为谁建？缺什么？建什么？\n\n近些年，各地乡村民宿发展很快，已成为乡村旅游的重要部分。",
     "乡村民宿：为谁建？缺什么？建什么？"),
    # a site's contact fields above the page: never its title (a fresh316 kind)
    ("地 址：某区某路某号\n电 话：020-1234567\n某县2023年电梯安全工作总结\n今年以来，全县电梯运行平稳。",
     "某县2023年电梯安全工作总结"),
    # a headline about someone after a colon, over its subtitle; a headline with a full stop over its
    # story's dateline; a title run on into a body that opens with a name left out (fresh246-250 kinds)
    ("某供电公司：2023年工作，重点抓好五个方面\n——某会议召开\n2月3日，公司召开会议。",
     "某供电公司：2023年工作，重点抓好五个方面"),
    ("某县中医医院党委获评先进基层党组织。\n某网某地7月3日讯 6月30日上午，表彰大会举行。",
     "某县中医医院党委获评先进基层党组织"),
    ("县植保站今年治蝗工作总结我xx县地理情况复杂，宜蝗面积大，全年防治蝗虫3万亩。", "县植保站今年治蝗工作总结"),
    # a kicker over a headline over the story; a title over its subtitle, a line of marks above it
    ("迎战寒潮 保障供暖\n某热力公司加大投入保障全市供暖\n入冬以来，我市气温持续走低，供热压力明显加大。",
     "某热力公司加大投入保障全市供暖"),
    ("?\n对提升人防通信应急能力的思考\n——以某县为例\n王某\n当前某县人防通信工作情况\n某县修订了方案。",
     "对提升人防通信应急能力的思考"),
    # a title run on into a body that opens with a body whose name is left out (a fresh267 kind)
    ("某委员会上半年工作总结xx省某委员会上半年在省委领导下，全年受理投诉500件。", "某委员会上半年工作总结"),
    # a column's tag before a headline with its subtitle run on into the record; a name ended by a full
    # stop over the body (fresh261-265)
    ("【优秀业务模式】创设小微企业担保基金破解融资难题——某市担保基金业务模式简介发表日期：2022-04-21导读：现将入选文章编发。",
     "创设小微企业担保基金破解融资难题——某市担保基金业务模式简介"),
    ("某市地铁安全运营心得体会。\n近年来，我国城市化进程不断加快，各大城市纷纷投入巨资建设轨道交通系统。", "某市地铁安全运营心得体会"),
    # a blurb's verbs and 参考范文 are not the name; a 关于 name broken over two lines (fresh256-260)
    ("编辑为大家呈上收集和整理的林业年度工作总结，希望对大家有帮助。\n今年以来，我局扎实工作。", "林业年度工作总结"),
    ("某市人民政府办公室关于表彰2009年度全市政府\n机关优秀调研成果的决定\n各县区人民政府：\n2009年，全市机关干部深入调研。",
     "某市人民政府办公室关于表彰2009年度全市政府机关优秀调研成果的决定"),
    # a training class's session number is no issue line; a long headline of two phrases (fresh251-255)
    ("某大学党校第20期青年干部培训班开班\n5月25日，某大学党校第20期青年干部培训班开班，61名青年同志参加培训。",
     "某大学党校第20期青年干部培训班开班"),
    ("第17届全国社科院院长联席会在某市召开，某院长一行参加了会议\n2014年6月1日至2日，联席会在某市举办，来自全国的代表参加了会议。",
     "第17届全国社科院院长联席会在某市召开，某院长一行参加了会议"),
    # a site's name after a dash; a 范文 site's name over the title; a sentence whose object is
    # 总结 is no title (fresh211-215 kinds)
    ("去年某市消防救援人员抢救被困群众221人-某某快资讯\n2月10日，某支队公布了全年警情。",
     "去年某市消防救援人员抢救被困群众221人"),
    ("某某范文斋\n文化馆工作总结6篇\n总结是对过去工作的回顾。", "文化馆工作总结6篇"),
    # a 格式 suffix, 小结 as a type, a brief's masthead when nothing else is a title, a headline
    # of exclaimed and asked phrases (fresh216-220 kinds)
    ("工作情况汇报格式\n一、规划建设项目的上报，基本与规划一致。", "工作情况汇报格式"),
    ("05年全国供销社系统销售总额6130亿 创历史新高\n记者从总社获悉。", "05年全国供销社系统销售总额6130亿创历史新高"),
    ("2022年某市地方金融监督管理局\n政府信息公开工作年度报告\n一、总体情况", "2022年某市地方金融监督管理局政府信息公开工作年度报告"),
    ("某区人民防空办公室2020\n政府信息公开工作年度报告\n一、总体情况", "某区人民防空办公室2020政府信息公开工作年度报告"),
    ("某市住建委开展建筑工程大检查 为进一步加强安全管理，消除隐患。\n二、", "某市住建委开展建筑工程大检查"),
    ("某网5月25日讯 据某某新闻网报道 昨日，某市召开会议。\n二、", ""),
    ("2022年度某区民防办公室部门决算\n\n某区民防办公室2022年度部门决算目录第一部分概况", "2022年度某区民防办公室部门决算"),
    ("某局2013年政府信息公开工作年度报告 信息来源：某市办公室\n一、概述", "某局2013年政府信息公开工作年度报告"),
    ("会议全面总结2013年无偿献血工作，安排部署2014年工作。\n全年献血1249人。", ""),
    ("2023年某区红十字会上半年度小结\n一、主要工作\n全年救助困难群众120户。", "2023年某区红十字会上半年度小结"),
    ("移民工作会议简报\n\n3月27日至29日，全省培训会在某市召开。", "移民工作会议简报"),
    ("某县移民工作简报\n第3期\n某县召开移民工作会议\n会议指出。", "某县召开移民工作会议"),
    ("划重点！邮政快递明年怎么干？全在这里！\n\n1月6日，全国会议在北京召开。", "划重点！邮政快递明年怎么干？全在这里！"),
    ("今天召开全市消防安全工作会议。会议的主要议题是总结今年以来的防火工作，部署冬春防火。\n一、火灾情况",
     ""),
    # a slogan of two halves, a dash and the document it heads (its comma no sentence's); a line
    # of authors, each an office and a name, is no title (fresh196-200 kinds)
    ("发挥文艺引领作用，塑造城市文化形象——某市作协2020年工作总结\n2020年，某市作协出版作品12部。",
     "发挥文艺引领作用，塑造城市文化形象——某市作协2020年工作总结"),
    ("某省某市关工委 张建国 某县关工委 李明华\n全县建立关爱基金组织24个，募集资金92万元。", ""),
    # a site's close button glued before the title (a fresh207 kind)
    ("关闭→博物馆工作总结\n全年接待观众12万人次。", "博物馆工作总结"),
    # a 文库's sharing line names the document with a tag word after its type (参考); a yearbook's
    # entry opens with its heading in brackets (not a site's tag such as 【导读预览】)
    ("《某镇2023年双拥工作总结参考.docx》由会员分享，可在线阅读。\n1、某镇2023年双拥工作总结参考_2023_年，我镇双拥工作"
     "在镇党委领导下取得成绩。", "某镇2023年双拥工作总结参考"),
    ("【退役军人权益维护】 加强援助帮扶，全年开展特殊困难援助26人，帮扶援助19.51万元。", "退役军人权益维护"),
    # a headline holding a class's number before a quoted name (第4期“某学堂”: no journal's issue); a
    # yearbook's short section; a subtitle's dash before the only title; a news headline run on into
    # its body (某镇召开某会 近日，…)
    ("全市组织系统第4期“组工学堂”顺利开班\n发布时间：2021-11-16 18:21:30 来源：本站\n为提高组工干部能力，11月13日开班。",
     "全市组织系统第4期“组工学堂”顺利开班"),
    ("第二节 侨务\n第二节 侨务\n全市有归侨、侨眷400人，分布在10多个国家和地区。", "侨务"),
    ("——市委党校（市行政学院）2020年工作综述\n党校事业是党的事业的重要组成部分。", "市委党校（市行政学院）2020年工作综述"),
    ("某镇召开招商引资工作会 近日，某镇召开招商工作会，签约项目5个。", "某镇召开招商引资工作会"),
    # a collection's name with 范例 and its count; a piece's
    # number, its title and its body after a comma (not a numbered item saying what was heard: 了)
    ("景区年度总结范例6篇\n景区年度总结\n今年以来，景区接待游客120万人次。", "景区年度总结范例6篇"),
    ("1、风景区年度工作总结，在县委、县政府的正确领导下，管委会扎实推进各项工作。", "风景区年度工作总结"),
    ("1、大会听取和审议了政府工作报告，全体代表用心行使职权。", ""),
    # a letter's header fields and a tagline of dotted words are no titles; a headline ending in 作为
    # (a noun) over a record's date field; a title run on into its body under a site's name; a title
    # whole in its marks is not joined to the next line
    ("受文者：某市立国民中学\n发文日期：中华民国106年2月21日\n主旨：函送本市演习实施计划1份，请查照。", ""),
    ("资讯\n精准·省心·可靠\n根据县指挥部指示，乡政府于2012年8月26日开展防疫工作。", ""),
    ("某县网信：凝聚网络力量彰显担当作为\n日期：2022-08-19 11:12\n作者：某某\n某县网信办持续推进工作。",
     "某县网信：凝聚网络力量彰显担当作为"),
    ("全球旧事资料 分类\n机关事务局公共机构节能工作总结今年以来，在市委领导下，我局节能工作稳步推进。",
     "机关事务局公共机构节能工作总结"),
    ("《网络舆情工作总结》\n网络舆情工作总结\n今年以来，我县网络舆情工作稳步推进。", "网络舆情工作总结"),
    # a feature's title ending in 侧记 under a site's lines; a page's fields below it (排名：第285名) are
    # no headline
    ("高三家长微信群\n小程序\n为了学院更加美好的明天——某学院第二次党代会侧记\n排名： 第285名\n综合指数： 63.41\n"
     "这是一次载入学院发展史册的大会，2022年1月7日至9日召开。", "为了学院更加美好的明天——某学院第二次党代会侧记"),
    # a title run on into a body that opens with 半年来
    ("县妇联2020年上半年工作总结范文半年来，在市妇联的指导下，全县妇联工作稳步推进。", "县妇联2020年上半年工作总结范文"),
    # a title joined to itself by a page, a collection's page number before the same title, a
    # piece's number before the body, the first heading run on after a 报告书
    ("关于2024年法律援助工作完成情况的总结_关于2024年法律援助工作完成情况的总结\n今年以来，我县稳步推进。",
     "关于2024年法律援助工作完成情况的总结"),
    ("双拥创建工作总结（7篇）\n1.双拥创建工作总结 篇一\n创建双拥模范县工作汇报\n共有优抚对象1501人。", "双拥创建工作总结"),
    ("夏季征兵工作总结1在市政府的领导下，全镇圆满完成征兵任务。", "夏季征兵工作总结"),
    ("某中心事业单位法人年度报告书 （一）深入开展提升年活动，努力增加办案数量。全市积极响应。", "某中心事业单位法人年度报告书"),
    ("信息名称：某市文化馆2019年年报\n今年以来，文化馆稳步推进各项工作。", "某市文化馆2019年年报"),
    # a document site's page preview labels name the document
    ("某街道述职工作方案_第1页\n某街道述职工作方案_第2页\n下载本文档\n全年开展述职评议3次。", "某街道述职工作方案"),
    # a notice issuing a document, below its addressees: the issued document's name
    ("各区县人民政府，市政府各部门：\n《某市标准化发展纲要（2021—2025年）》已经市政府同意，现印发给你们，请认真贯彻落实。\n"
     "为推动标准化发展，制定本纲要。", "某市标准化发展纲要（2021—2025年）"),
    ("各镇人民政府，县直各单位：\n经县政府同意，现将《某县质量提升行动方案》印发给你们，请抓好落实。", "某县质量提升行动方案"),
    # a reprint's note of the original title, in brackets
    ("（原标题：我县召开质量工作会议）\n9月4日上午，我县召开会议。", "我县召开质量工作会议"),
    # a plain heading-like first line
    ("某县水利局2022年工作总结\n一、主要成绩\n全年完成投资三千万元。", "某县水利局2022年工作总结"),
    # salutations start the body: no title after them
    ("各位代表：\n现在，我代表县人民政府作报告。\n一、过去一年的工作", ""),
    ("同志们：\n今天我们召开全县春耕生产会议。", ""),
    ("各位代表，现在，我代表镇政府向大会报告工作。", ""),
    # a body sentence first: no title
    ("今年以来，我局认真落实各项部署，取得明显成效。\n一、主要做法", ""),
    # a sentence broken by a line break is not a title (…所作的)
    ("第九届区人民代表大会第二次会议审议了区长所作的\n政府工作报告\n。会议同意报告。", ""),
    # date lines, datelines and figure captions are skipped
    ("（2023年3月8日）\n某市2022年统计公报\n一、综合", "某市2022年统计公报"),
    ("——2021年1月6日在县第五届人民代表大会第三次会议上\n各位代表：", ""),
    # a dateline broken over two lines, then the speaker's byline: none is a title
    ("2025年3月21日在某区第十九届\n人民代表大会第四次会议上\n某区人民政府代区长 张某某\n各位代表：", ""),
    ("某县2024年政府工作报告\n2024年1月9日在某县第十八届\n人民代表大会第三次会议上", "某县2024年政府工作报告"),
    ("某某县长工作报告\n各位代表：", "某某县长工作报告"),   # an office before a document type: a title
    # a portal's field that names the document, in a table of fields
    ("文件名称 | 某区2025年政府工作报告 | ||\n索引号 | /2025-0001 | 公开目录: | 工作报告 |\n各位代表：",
     "某区2025年政府工作报告"),
    ("标题：某镇2023年度工作总结\n发布时间：2024-01-05\n今年以来，全镇工作扎实。", "某镇2023年度工作总结"),
    # a site's column name above the document's full name; a posting date with a Minguo year after a title
    ("首页 > 专题材料 > 政府报告\n政府报告\n某县2020年人民政府工作报告（全文）\n各位代表：", "某县2020年人民政府工作报告（全文）"),
    ("汇报材料\n\n某街道社区年终工作汇报\n时间：2018-01-16 汇报材料\n今年以来，工作扎实。", "某街道社区年终工作汇报"),
    ("工作总结\n一、主要做法\n全年完成投资。", "工作总结"),   # a short title with no fuller name after it stays
    ("某委员会 113年度施政绩效报告公告 114-03-28\n壹、前言", "某委员会113年度施政绩效报告"),
    ("图1 近五年地区生产总值\n某区2023年国民经济和社会发展统计公报\n全年生产总值增长5%。", "某区2023年国民经济和社会发展统计公报"),
    # portal and document-sharing lines before the title
    ("首页 > 工作总结 > 年终总结\n园艺站年终工作总结\n2020-12-28 09:30\n全站去年种植苗木一万株。", "园艺站年终工作总结"),
    ("- 31.20 KB\n- 2022-05-06 发布\n- 1、本文档由会员上传\n农机站年度工作总结\n本人一年来履职尽责。", "农机站年度工作总结"),
    ("您好，欢迎访问某某文库\n社区服务中心工作汇报\n一、基本情况", "社区服务中心工作汇报"),
    ("导读：本文由某文秘网整理，仅供参考。\n水务局2021年工作总结\n一、做法", "水务局2021年工作总结"),
    ("某某网 资料库 镇卫生院工作计划\n一、目标", "镇卫生院工作计划"),
    # a letterhead, a document number and the issuer are not titles
    ("某县人民政府文件\n某政发〔2023〕5号\n关于印发某县2023年重点工作的通知\n各乡镇：", "关于印发某县2023年重点工作的通知"),
    ("某市统计局\n2024年3月1日\n2023年，全市经济平稳运行。", ""),
    # a title run on into the body is cut where the body starts
    ("某镇2024年政府工作报告各位代表：现在，我代表镇政府报告工作。", "某镇2024年政府工作报告"),
    ("某乡乡政成果专辑_电子书 Read More\n乡长序\n全乡新建道路12公里。", "某乡乡政成果专辑_电子书"),   # a button after it
    ("关于全市平安建设工作情况的调研报告平安建设是维护社会秩序的重要举措。", "关于全市平安建设工作情况的调研报告"),
    ("2021年市长在全市安全生产工作会议上的讲话文稿在全省会议即将召开之际，省委召开会议。",
     "2021年市长在全市安全生产工作会议上的讲话文稿"),
    ("词条 | 某某山村 |\n释义 | 某某山村位于某镇东面，全村总面积6.4平方公里。", "某某山村"),   # an encyclopedia entry
    ("词条 某某嘎查村\n释义\n某某嘎查位于草原腹地，距旗所在地103公里。", "某某嘎查村"),
    ("精准扶贫工作情况汇报某某办事处尊敬的各位领导：大家上午好！", "精准扶贫工作情况汇报"),   # the issuer, a salutation
    ("某市场专项整治工作情况汇报与某办公室年终工作总结汇编某市场专项整治工作情况汇报一、制定方案",
     "某市场专项整治工作情况汇报与某办公室年终工作总结汇编"),   # a collection's name, then its first piece
    ("（某某综合体引领产业）（某某综合体引领产业）\n（某新镇区）\n全镇新建道路12公里，完成危桥改建8座。", ""),   # captions
    ("某某医疗科技有限公司\n\n某市卫健局推进疫苗接种工作\n疫苗接种工作作为重点工作，第一阶段完成。", "某市卫健局推进疫苗接种工作"),
    ("某县交通运输局2022年工作总结及2023年工作谋划一、工作开展情况（一）重点项目", "某县交通运输局2022年工作总结及2023年工作谋划"),
    ("某市上半年经济运行情况分析今年以来，全市经济稳中有进。", "某市上半年经济运行情况分析"),
    ("某局2019年工作总结4篇【篇一】全局上下在县委领导下，完成投资3亿元。", "某局2019年工作总结4篇"),   # a collection run on
    ("局机关半年工作总结一、基本情况（一）加强学习1、每周集中学习一次。", "局机关半年工作总结"),
    ("文化站工作总结范文2022年是文化站发展关键的一年。", "文化站工作总结范文"),
    ("机关工作总结及计划机关工作总结及计划随着改革深入，各部门任务加重。", "机关工作总结及计划"),
    ("某县2021年国民经济和社会发展统计公报某县统计局\n某县调查队 2022年3月", "某县2021年国民经济和社会发展统计公报"),
    ("素材库：https://example.cn/。公众号：某某。整理汇总。某乡2023年政府工作报告各位代表：现在", "某乡2023年政府工作报告"),
    # a title broken over short lines is joined; a complete short title is not joined further
    ("区政府\n三年\n工作报告\n各位代表：", "区政府三年工作报告"),
    ("政府工作报\n告\n——在区人代会上", "政府工作报告"),
    ("镇长年终述职报告\n| abc1\n镇长年终述职报告\n本人一年来。", "镇长年终述职报告"),
    # page markers, file names, emoji and pinyin glosses
    ("1、某街道2023年工作总结汇编（12篇）目录1.东街社区工作总结", "某街道2023年工作总结汇编（12篇）"),
    ("2022年某乡政府工作报告 (3).docx\n上传人：某某", "2022年某乡政府工作报告"),
    ("🌟某县2024年工作报告📜\n尊敬的各位领导：", "某县2024年工作报告"),
    ("挂职干部年终总结（jié）\n正文。", "挂职干部年终总结"),
    # a site's year tag, forum markup, a table of contents
    ("2021年某县国民经济和社会发展统计公报 2021\n选择区域：\n2021年，全县经济平稳。", "2021年某县国民经济和社会发展统计公报"),
    ("[b]20[/b][b]23[/b][b]年某镇工作总结[/b][align=center]某镇人民政府[/align]2023年，全镇稳步发展。",
     "2023年某镇工作总结"),
    ("目录：……\n一、认清形势\n二、突出重点\n同志们：\n今天开会。", ""),
    ("在全县防汛工作会议上的讲话今天，我们召开全县防汛工作会议。", "在全县防汛工作会议上的讲话"),
    ("局长在安委会全体会议上的讲话文稿同志们，今天召开会议。", "局长在安委会全体会议上的讲话文稿"),
    # a site's banner row, titles parted by |, a category word said twice
    ("聚焦民生 服务群众 建设家园\n县民政局获评先进单位\n作者：某某", "县民政局获评先进单位"),
    ("政府工作总结|镇人民政府五年工作总结\n五年来，镇政府扎实工作。", "镇人民政府五年工作总结"),
    ("某乡政府工作总结工作总结 某乡政府工作总结今年以来，工作顺利。", "某乡政府工作总结"),
    ("某局工作总结报告各位领导：", "某局工作总结报告"),
    # a blurb names the document when the body starts first
    ("下面是小编为大家整理的社区工作总结及2024年工作思路，供大家参考。\n2023年以来，社区扎实工作。",
     "社区工作总结及2024年工作思路"),
    ("下面是小编为大家整理的街道办年度工作总结，供大家参考。\n今年以来，街道办扎实推进各项工作。", "街道办年度工作总结"),
    # a headline asking, with a comma or over a dashed subtitle; a document's number before the name
    # on the title line (fresh459, fresh463 kinds)
    ("乡村“爱心食堂”，好事如何办好？\n今年以来，全县爱心食堂建设稳步推进。", "乡村“爱心食堂”，好事如何办好？"),
    ("山区老年助餐服务何以为继？——基于某县三个村的分析\n今年以来，全县助餐服务稳步推进。",
     "山区老年助餐服务何以为继？——基于某县三个村的分析"),
    ("某区爱卫字〔2022〕5号 某区无烟机关建设进展情况工作报告\n今年以来，全区稳步推进无烟机关建设。",
     "某区无烟机关建设进展情况工作报告"),
    # a count of pieces and 关于 before the name belong to the blurb (a fresh456 kind)
    ("今天，小编就为大家推荐两篇关于乡村学校发展现状调查报告范文，希望大家阅读愉快。\n乡村学校发展现状调查报告一：\n"
     "今年以来，全县学校稳步发展。", "乡村学校发展现状调查报告"),
    # a scraped image tag gives its alt text, without the site's character count
    ("![林业站2021年度护林工作总结[此文共2310字]](https://img.example.com/a/7.png)\n今年以来，全站护林有力。",
     "林业站2021年度护林工作总结"),
    # a blurb naming "这篇…范文" gives the name without 范文
    ("结合工作需要，某网的会员为你整理了这篇档案馆2022年度工作总结范文，希望对你有帮助。\n今年，馆藏继续增加。",
     "档案馆2022年度工作总结"),
    # a collection's piece number before or after the name
    ("第二篇：供销社先进集体事迹材料\n某社成立于1956年。", "供销社先进集体事迹材料"),
    ("- 目录\n第1篇 2023年社区文明创建工作总结\n今年社区扎实开展创建。", "2023年社区文明创建工作总结"),
    # a portal prints the date after the title, on its line
    ("某街道2015年工作总结和2016年工作安排 2016-03-07\n\n2015年，街道在区委领导下扎实工作。",
     "某街道2015年工作总结和2016年工作安排"),
    ("某县2023年政府工作报告 发布日期：2023/02/01 09:12\n各位代表：", "某县2023年政府工作报告"),
    ("写好总结能看清得失。接下来为大家提供几篇范文参考，希望能够帮到大家。\n气象站年度工作总结篇一\n今年以来，站里完成观测任务。",
     "气象站年度工作总结"),
    # a long title broken after 关于…印发, or after a place name with the year on the next line
    ("某某文件\n某人社发〔2024〕3号\n某市人力资源和社会保障局关于印发\n2024年全市就业工作要点的通知\n各县区：",
     "某市人力资源和社会保障局关于印发2024年全市就业工作要点的通知"),
    ("某某族自治县\n2022年国民经济和社会发展统计公报\n某某族自治县统计局\n2022年，全县经济平稳。",
     "某某族自治县2022年国民经济和社会发展统计公报"),
    # a 关于 title broken before its type, the type letter-spaced on the next line
    ("某市某领导小组办公室\n关于2013年上半年考核结果的\n通 报\n各县市区：\n现将结果通报如下。",
     "关于2013年上半年考核结果的通报"),
    # a collection's piece number in brackets before the title
    ("- 目录\n【第1篇 2023年某局第一季度工作总结\n按照工作目标，第一季度我局抓了以下工作。",
     "2023年某局第一季度工作总结"),
    # a place name alone, then the body: no join (the next line is a sentence)
    ("某某自治县\n今年以来，全县上下稳步推进各项工作。", "某某自治县"),
    # two titles a page ran together, or a field's name inside the title line: the last title
    ("某区招商工作考察报告XX市政府工作报告李某某2023年1月6日各位代表：现在，我代表市人民政府报告工作。",
     "XX市政府工作报告"),
    ("XX镇近三年工作总结东塘镇工作总结2023年2月16日三年来，全镇经济稳步发展。", "东塘镇工作总结"),
    ("区长在全区经济工作会议上的讲话 文章标题：区长在20xx年全区经济工作会议上的讲话 同志们：今天召开会议。",
     "区长在20xx年全区经济工作会议上的讲话"),
    ("关于2023年工作总结和2024年工作计划的报告各位代表：现在报告工作。", "关于2023年工作总结和2024年工作计划的报告"),
    # a bulletin's footnote mark after the title; a site's column with its initials before it
    ("2016年国民经济和社会发展统计公报[1]\n某县统计局\n2017年5月20日", "2016年国民经济和社会发展统计公报"),
    ("行业动态hyjj\n国家统计局：上半年国民经济恢复向好\n（2023年7月17日）", "国家统计局：上半年国民经济恢复向好"),
    # the name a blurb gives, with the site's tag after it
    ("下面是小编为大家整理的2023年第一季度工作总结(镇乡)【完整版】，供大家参考。\n今年以来，某镇坚持发展。",
     "2023年第一季度工作总结(镇乡)"),
    # a portal's name field ending at the next field; a chunk number and the body after 按照
    ("名称： 2007年政府工作报告 文号： 200808_PF001\n发布日期：2007-03-02", "2007年政府工作报告"),
    ("1、农民增收情况汇报 按照县里通知要求，我乡对上半年农民增收情况进行了调查。", "农民增收情况汇报"),
    # a short title, then a bracketed note on the source: the short title
    ("院长施政报告\n[节录自某会议院长口头施政报告114年2月25日]\n113年，经济成长率达4.3%。", "院长施政报告"),
    # a body paragraph that names a source (主要来源于) is no site line: no title before it
    ("近年来，全市集体经济组织的收入主要来源于经营性收入，总收入平稳增长，补助收入基本持平，村级集体经济实力明显增强。\n"
     "扫一扫在手机打开当前页", ""),
    # a letter-spaced title; a title with the page's tagline; a title of two matched halves
    ("工 作 总 结\n一、项目背景\n某县位于北部。", "工作总结"),
    ("二零一五年施政报告, 重法治 掌机遇 作抉择\n施政报告\n房屋供应增加。", "二零一五年施政报告"),
    ("以项目建设为载体，增创经济发展新优势\n今年以来，我市扎实推进项目建设。", "以项目建设为载体，增创经济发展新优势"),
    # the body after a run-on title: a dateline (——), 上半年，; a second title after 与 goes on the first
    ("某镇人民政府半年工作情况报告 ——2022年7月28日在镇人代会上 镇长 李某 各位代表：", "某镇人民政府半年工作情况报告"),
    ("县政府民政工作总结上半年，我局在县委领导下扎实工作。", "县政府民政工作总结"),
    ("某局上年工作总结和下年工作计划与某局上年总结下年思路汇编某局上年工作总结和下年工作计划一、上半年工作总结",
     "某局上年工作总结和下年工作计划与某局上年总结下年思路汇编"),
    # fresh27/28 kinds: a reporter's byline and a chart's caption or label before the body are no
    # title; a bracketed date after a title stays with it; a speaker's office with a note in
    # brackets; a site's category glued before the title named again below; 20*，是 opens a body
    ("某某网记者 周某\n1月8日上午，区人代会开幕。", ""),
    ("2022年全区生产总值及其增长速度\n单位：亿元\n比上年增长%\n初步核算，全年完成生产总值95.4亿元。", ""),
    ("（某某省）某市人民政府工作报告 （2021年12月7日）\n各位代表：", "（某某省）某市人民政府工作报告（2021年12月7日）"),
    ("某区人民政府副区长（提名人选） 张某某\n尊敬的王主任、各位委员：", ""),
    ("工作总结农村税收征管工作总结\n农村税收征管工作总结\n近年来，我局扎实工作。", "农村税收征管工作总结"),
    ("卫生局公共卫生服务总结20*，是全面落实规划的第一年，也是不平凡的一年。", "卫生局公共卫生服务总结"),
    # fresh29/30 kinds: a site's category after a dash; a portal's record fields before the name
    # field (名称: | …); a mis-decoded first line before the clean title
    ("修路工作总结 -工作总结\n某村是我局定点帮扶村。", "修路工作总结"),
    ("索引号: | AB-2-2021-0685 | 组配分类: | 规划信息 |\n名称: | 某旗2021年上半年计划执行情况的报告 | 文号: | 无 |\n"
     "主任、各位委员：", "某旗2021年上半年计划执行情况的报告"),
    ("（某省？。╆P于某县2022年预算执行情况的报告\n关于某县2022年预算执行情况的报告\n各位代表：", "关于某县2022年预算执行情况的报告"),
    # a letter-spaced title with one pair among its single characters
    ("政 府 工 作报 告\n——2016年3月29日在某县人民代表大会上\n各位代表：", "政府工作报告"),
    # a collection's count after the title (…工作总结6篇); 布局 is no issuer ending a title
    ("投资促进工作总结6篇\n一、目标任务完成情况\n全年完成投资3亿元。", "投资促进工作总结6篇"),
    ("2026年乡镇信访工作总结与未来布局\n全镇信访总量下降。", "2026年乡镇信访工作总结与未来布局"),
    # a court's or a procuratorate's speaker (检察长 某某, 代理院长 某某) is no title
    ("——2021年1月8日在某市人民代表大会上\n某市人民检察院检察长 张某某\n各位代表：", ""),
    ("某区人民法院代理院长 李某某\n各位代表：", ""),
    # a portal's name field cut at its start (称：)
    ("号： 003196053/201412-00425\n称： 2009年政府工作报告\n号： 词：\n各位代表：", "2009年政府工作报告"),
    # a title run on into a body that opens with 刚刚过去的
    ("县长在县委春节团拜会上的致辞刚刚过去的2009年，全县经济平稳增长。", "县长在县委春节团拜会上的致辞"),
    # a body paragraph with a ratio (9.4:66.8:23.8) is no timestamp line: no title before it
    ("全区三次产业结构由上年的9.4:66.8:23.8调整为8.3:71.1:20.6，服务业比重下降。\n生产总值", ""),
    # a site's column above its breadcrumb, the title below
    ("平安资讯\n当前位置：首页 > 平安资讯\n生态环境满意度连续五年提升\n近日，省里公布了调查结果。", "生态环境满意度连续五年提升"),
    # bulleted highlights before the body are no title; a 文库's description label; an office's byline
    ("●全年实现地区生产总值450亿元\n●县域实力进入百强\n2012年，全县经济平稳增长。", ""),
    ("文档介绍：——2009年5月16日在某县人民代表大会\n第三次会议上\n代县长 张某某\n各位代表：", ""),
    ("★某局2023年工作总结★\n一、主要成效", "某局2023年工作总结"),
    # a title run on into a body that opens with a placeholder year or a date
    ("交通运输局半年工作总结和下半年工作计划 20*年上半年，我局紧盯目标。", "交通运输局半年工作总结和下半年工作计划"),
    ("市民政局自查报告201X/X/XX市民政局自查报告主任、各位委员：", "市民政局自查报告"),
    # a bulleted name is a title; a yearbook's volume and a weather widget are not; a photo's caption is not
    ("2003卷\n• 政府工作报告\n• ——2003年1月8日在某区人代会上\n各位代表：", "政府工作报告"),
    ("晴时多云\n某县议会定期会开议 县长施政报告\n记者某某报导，议会今日开议。", "某县议会定期会开议县长施政报告"),
    ("▲代市长某某代表市政府作政府工作报告\n本报讯 1月8日上午，市人代会开幕。", ""),
    # a title run on with a dateline after -- or in brackets; a title, a blank, then a long body
    ("政府工作报告（摘要）--2001年2月5日在某市人代会上\n某市市长某某\n各位代表：", "政府工作报告（摘要）"),
    ("某省政府主席作八十三年度施政计划编制报告（中华民国八十二年四月十四日大会）：本府依据施政方针，厘订了施政目标。", "某省政府主席作八十三年度施政计划编制报告"),
    ("农村党支部书记履行职责情况调查研究报告 搞清楚农村党支部书记干什么这个问题，对于抓实基层工作有着重要意义，"
     "近期我们深入三个村，通过实地察看和个别访谈开展了调研，现将情况报告如下。",
     "农村党支部书记履行职责情况调查研究报告"),
    ("镇党委典型事迹材料镇地处市东郊，全镇辖25个行政村，镇党委下设5个党总支。", "镇党委典型事迹材料"),
    ("某乡上半年经济运行情况汇报某乡有13个行政村，55个自然庄，总人口8000余人。", "某乡上半年经济运行情况汇报"),
    ("某镇2022年工作总结全镇下辖9个村，今年以来增长5%。", "某镇2022年工作总结"),
    ("某区农业管理报告与明年工作意见年，区农业工作稳步推进，增长5%。", "某区农业管理报告与明年工作意见"),
    ("2026年乡镇信访工作总结标准模板第一章年度工作总览\n全年受理信访120件。", "2026年乡镇信访工作总结标准模板"),
    ("【2019年乡镇信访工作总结】2019年，我镇信访工作稳步推进，全年受理120件。", "2019年乡镇信访工作总结"),
    ("首页 > 政务公开\n> 政府工作报告\n2021年某县政府工作报告\n各位代表：\n全年增长5%。", "2021年某县政府工作报告"),
    ("喜迎党代会某市水利这五年扬子晚报\n全年完成水利投资12亿元。", "喜迎党代会某市水利这五年"),
    ("某县2023年国民经济和社会发展\n统计公报\n全年增长5%。", "某县2023年国民经济和社会发展统计公报"),
    ("安全生产监管上半年工作总结3100字\n全年增长5%。", "安全生产监管上半年工作总结"),
    # a broken document number; a title broken after 提请审议; a 文库's tag lines before the title
    ("泉港政综〔202465\n某区人民政府关于提请审议\n2023年某区财政收支决算草案的议案\n某区人大常委会：",
     "某区人民政府关于提请审议2023年某区财政收支决算草案的议案"),
    ("温馨提示：\n2023\n科技局\n工作总结\n工作思路\n市科技局XX年工作总结和XX年工作思路\n一、工作举措", "市科技局XX年工作总结和XX年工作思路"),
    ("某某旗下网站：成语大全-故事大全\n政府工作报告\n各位代表：", "政府工作报告"),
    # a yearbook's leaders, a field and a short name, lines with no Chinese character: no titles
    ("旗委书记：张某\n政委：李某（蒙古族）\nID:7965859\n全旗完成生产总值12亿元。", ""),
    ("1某河长制年度工作总结\n全面推行河长制。", "某河长制年度工作总结"),
    # a document site's page marker after the file name
    ("某市村级经济发展情况的报告.docx_第1页\n已阅读5页", "某市村级经济发展情况的报告"),
    # a year written apart from its 年; a site's categories, a photo's caption, a meeting's label for its papers
    ("2021 年某区政府工作报告\n12 月 20 日，某区人代会开幕。", "2021年某区政府工作报告"),
    ("工作总结/工作汇报\n2012年某县文化局工作总结\n全年增长5%。", "2012年某县文化局工作总结"),
    ("会议现场\n3月8日，全县工作会议召开，到会200余人。", ""),
    ("某镇第三届人民代表大会第二次会议文件之五\n政府工作报告\n各位代表：", "政府工作报告"),
    # a 范文 site's tag after the name its blurb gives, or after the title line
    ("下面是小编为大家整理的某局年度高标准农田建设工作总结(全文完整)，供大家参考。\n一、项目实施情况", "某局年度高标准农田建设工作总结"),
    ("某县2010年政府工作报告【精选】\n各位代表：", "某县2010年政府工作报告"),
    ("下面是小编为大家整理的某开发区2022年工作总结及工作思路(完整文档)，供大家参考。\n一、招商引资", "某开发区2022年工作总结及工作思路"),
    # a title broken after the conjunction that joins its two documents
    ("2022年度上半年安全生产工作总结及\n下半年重点工作计划\n今年上半年，我县安全生产形势平稳。",
     "2022年度上半年安全生产工作总结及下半年重点工作计划"),
    # a yearbook's section cut from the book: its name is the title
    ("第十一节 2003年计划的编制与执行\n2003年，全省国民经济保持较快增长。", "2003年计划的编制与执行"),
    # a news headline of exclaimed phrases (重磅！…发布！…)
    ("重磅！某市2022年统计公报发布！数据来了\n10月12日，某市统计局发布公报。", "重磅！某市2022年统计公报发布！数据来了"),
    # a 关于…的报告 name running on into its body; a 文库's blurb that names the file; a forum's
    # tag for the region; a piece number after the name
    ("关于创建文明城市工作情况的报告创建为民，开展新一轮创建工作。具体报告如下：", "关于创建文明城市工作情况的报告"),
    ("《2023年扶贫办工作总结及工作计划.doc》由会员分享，可在线阅读。\n1、今年以来，扶贫办紧扣目标。", "2023年扶贫办工作总结及工作计划"),
    ("[内蒙古] 2021年某旗国民经济和社会发展统计公报\n2021年，全旗经济稳定恢复。", "2021年某旗国民经济和社会发展统计公报"),
    ("扶贫项目工作总结1\n2019年，我市认真贯彻落实。", "扶贫项目工作总结"),
    # a spaced title whose last word the layout split; a speaker's line under a dateline is no title
    ("X 县民政局 2025 年工作总结和 2026 年工作计\n划\n民生为大。今年以来，县民政局扎实工作。",
     "县民政局2025年工作总结和2026年工作计划"),
    ("——2021年3月30日在某旗第十五届\n人民代表大会第四次会议上\n某旗人民政府 某某某某\n各位代表：\n现在，我代表旗人民政府报告工作。", ""),
    ("——2009年2月6日在市人大常委会第43次会议上\n市人大常委会秘书长 赵 某\n主任、各位委员：\n现作说明。", ""),
    ("某街道办事处2015年除四害\n工作计划\n各机关科室：\n为了巩固成果，特制定本计划。", "某街道办事处2015年除四害工作计划"),
    # a column's tag in 【】 before the title; two names a blank parts, the first the document's
    ("【2022·某镇答卷】擦亮乡村振兴“底牌”——2022年某镇环境卫生整治工作综述\n2022年，某镇认真贯彻部署。",
     "擦亮乡村振兴“底牌”——2022年某镇环境卫生整治工作综述"),
    ("2023年乡镇安全生产工作年度总结 乡镇安全生产工作总结(大全10篇)\n今年以来，我镇狠抓安全生产。",
     "2023年乡镇安全生产工作年度总结"),
    # a news headline with its labelled date after it
    ("|\n某县地税局提前四十天实现税收收入过半 日期:2008-05-23\n截至5月20日，累计组织税收收入4940万元。",
     "某县地税局提前四十天实现税收收入过半"),
    # a site's slogan above the document's name; a 《name》 broken over two lines; an addressee
    # run on after the title
    ("数据赋能发展\n某省2015年度预算执行审计结果公告\n根据审计法，省审计厅进行了审计。", "某省2015年度预算执行审计结果公告"),
    ("某省教育督导委员会\n关于印发《2023年对市级政府履行\n教育职责评价报告》的通知\n各市人民政府：\n现将报告印发给你们。",
     "关于印发《2023年对市级政府履行教育职责评价报告》的通知"),
    ("某市2011年安全生产工作总结及2012年工作打算市委办公室：根据通知要求，现将工作汇报如下。",
     "某市2011年安全生产工作总结及2012年工作打算"),
    # a table of contents before the title is skipped
    ("一、基本情况\n（一）组织领导\n（二）制度建设\n二、存在问题\n三、下步打算\n文旅局2023年工作总结与2024年工作计划\n2023年，我局坚持稳中求进。",
     "文旅局2023年工作总结与2024年工作计划"),
    # kinds of fresh71-75: a month range is no page number; a part's name with a colon; a noun
    # ending in 向; a portal's headline over its record line; a title run on after a colon; a
    # photo's caption, a site bar and a paper's name are no titles; a column's tag before a bar
    ("1月-7月老旧小区改造进展情况\n一、老旧小区改造\n全年完成。", "1月-7月老旧小区改造进展情况"),
    ("0\n施政报告：结语\n主席、各位议员，今年是特别的一年。", "施政报告：结语"),
    ("某港新方向\n重点\n某港新方向\n十大建设 繁荣经济\n「基建会带来效益。」", "某港新方向"),
    ("您的位置：首页>政务动态\n县某局：以抽检促监管，提升食品安全效能\n来源：县某局 发布时间：2022-12-12 15:02\n全年抽检1360批次。",
     "县某局：以抽检促监管，提升食品安全效能"),
    ("某市长施政总报告：以务实施政为主轴，向市民报告成果。\n行政与民政：改善公共空间。", "某市长施政总报告"),
    ("|\n某某步入会议厅（某社 某某摄） |\n这些体会为报告添上个人色彩。", ""),
    ("某某网|某某电视台|网站地图 |\n客服设为首页 |\n某镇讯 日前，笔者获悉。", ""),
    ("某某商报\n施政报告2024|某某发表施政报告全文\n\n责任编辑：某某 2024-10-16 15:05:03\n正文。", "某某发表施政报告全文"),
    # kinds of fresh76-80: a headline with a number under a short column name; a journal's issue
    # line is no title; a reprint's note of the original title
    ("党建工作\n2023《政府工作报告》（实录）\n\n以下为直播实录：\n正文。", "2023《政府工作报告》（实录）"),
    ("县长政见\n112年度投向新活力 某县年终记者会\n县长在就职周年前夕召开记者会，说明成果。", "112年度投向新活力某县年终记者会"),   # (blanks squeezed)
    ("1999年第6期No.6 1999\n某型飞机监控系统的应用\n摘要：本文介绍该系统。", "某型飞机监控系统的应用"),
    ("原标题：我省超额完成造林任务\n全省完成造林120万亩。", "我省超额完成造林任务"),
    # a title run on into a body whose place name is redacted
    ("县脱贫攻坚情况总结*县地处山区边陲，辖12个乡镇。", "县脱贫攻坚情况总结"),
    # kinds of fresh83: 发布 in a headline is a verb, not a record field; a byline and a
    # bracketed timestamp after a headline; a forum's header fields (标题[新闻] …); a headline
    # with a comma over a reporter's byline and a dated record line; a record line opening
    # with a date and time
    ("某市长发布施政周年影片 传达「改变正在开始」\n某通讯社\n（某社记者某某台北21日电）市长今天发布影片，细数成果。",
     "某市长发布施政周年影片传达「改变正在开始」"),
    ("县市幸福指标调查公布 某县施政满意度全台第三 编辑 (2025-12-02 20:27:11)\n\n县政府今天说明施政成果。",
     "县市幸福指标调查公布某县施政满意度全台第三"),
    ("作者someone (某某)\n看板Chiayi\n标题[新闻] 施政6周年!某市长带领市政再造\n时间Thu Dec 26 18:55:43 2024\n记者报导，市长举行记者会。",
     "施政6周年!某市长带领市政再造"),
    ("某某网\n某某网>>某某频道\n\n回眸2022,十组数据看亮点\n\n本报记者 某 某\n2022年12月29日11:06 | 来源:某某网\n全年粮食总产量创新高。",
     "回眸2022,十组数据看亮点"),
    ("121场新闻发布会,讲出更好某市精气神\n2025-01-08 08:59 “某市发布”微信公众号\n营商环境是区域竞争的软实力。",
     "121场新闻发布会,讲出更好某市精气神"),
    # a letter-spaced title with a site's code of digits after it
    ("政 府 工 作 报 告080102\n20xx年1月24日在某县人民代表大会上\n各位代表：", "政府工作报告"),
    # news headlines: a one-word cheer before ！, a source and colon before the exclaimed phrase, a
    # phrase after the last ！, a document said to come out (…公报发布: 发布 ends the headline)
    ("赞！某区财税收入实现双过半\n今年以来，全区财政收入增长5%。", "赞！某区财税收入实现双过半"),
    ("某委最新统计：全国卫生机构已超102万！\n\n截至3月底，全国卫生机构数达102.6万个。", "某委最新统计：全国卫生机构已超102万！"),
    ("即时看！2021年卫生事业统计公报发布 居民人均预期寿命提至78.2岁\n某报\n某委日前发布统计公报。",
     "即时看！2021年卫生事业统计公报发布居民人均预期寿命提至78.2岁"),
    ("2018年卫生健康统计公报发布\n\n5月22日，某委发布统计公报。", "2018年卫生健康统计公报发布"),
    ("发布时间\n某委发布统计公报。", ""),                              # a record field stays no title
    # a headline in black brackets opening the first paragraph; an image's file name above a
    # headline with ！ inside over its record line; a press conference's 主题 field; a meeting's
    # name over its paper's 关于… name; a site's date code after the title; a speaker line with
    # two posts; a correspondent's byline
    ("【某局：医疗资源更加丰富，健康建设稳步推进】9月28日，某局发布报告，全市床位增加到7.23张。", "某局：医疗资源更加丰富，健康建设稳步推进"),
    ("img_副本.jpg\n某省商务半年成绩单来了！外资领跑全国，社零额第二\n2020-07-30 19:40:00 来源：某某网\n今年以来，全省外贸增长5%。",
     "某省商务半年成绩单来了！外资领跑全国，社零额第二"),
    ("时间：2022年4月28日16:00\n主题：织密基金监管网 共筑医保防护线\n地点：某中心东会议室\n各位记者：", "织密基金监管网共筑医保防护线"),
    ("某镇十七届人大二次会议文件（12）\n某镇第十七届人民代表大会第二次会议\n关于《某镇政府工作报告》\n的决议（草案）\n会议听取了报告。",
     "某镇第十七届人民代表大会第二次会议关于《某镇政府工作报告》的决议（草案）"),
    ("某镇2023年政府工作报告（20230103）\n\n各位代表：", "某镇2023年政府工作报告"),
    ("2021年3月11日在某乡第四届\n人民代表大会第九次会议上\n党委副书记、乡长 某某某\n各位代表：", ""),
    # kinds of fresh106-110: a column's tag in black brackets before a headline said twice; a
    # title run into its body before a withheld year (*年是…) or its issuer and dated bracket
    ("【财政预算】某某派钱派到傻 退税三成、综援三粮\n【财政预算】某某派钱派到傻 退税三成、综援三粮\n\n库房充裕，今年派糖。",
     "某某派钱派到傻退税三成、综援三粮"),
    ("上半年市容环境卫生工作总结及下半年工作计划某区市容环卫局(2024年6月15日) 2024年上半年，全区环境改善。",
     "上半年市容环境卫生工作总结及下半年工作计划"),
    ("某镇上半年工作总结*年是“*”计划的最后一年，全镇增长5%。", "某镇上半年工作总结"),
    # a blurb whose site "collected and sorted" (收集整理) the named document
    ("以下为小编为你收集整理的2020年某市旅游局工作总结，供大家参考。\n今年以来，全局增长5%。", "2020年某市旅游局工作总结"),
    # kinds of fresh116-120: a session's label over its papers, letter-spaced or split over lines
    ("十八届人大三次会议\n会 议 文 件(十四)\n政府工作报告\n——2023年12月21日在某县人代会上\n各位代表：", "政府工作报告"),
    ("某县十七届人大\n三次会议文件(一)\n政府工作报告\n2023年2月28日\n各位代表：", "政府工作报告"),
    # kinds of fresh111-115: an outline's heading run into its body is no title; a document site's
    # file name with 简介; a contents line's number before a name; a breadcrumb's column again
    ("（一）收入情况：1至5月，全市完成一般公共预算收入126亿元，增长1.8%。\n（二）支出情况：全市完成支出227亿元。", ""),
    ("免费预览已结束，请下载后查看全文\n2023年某市政府工作报告.docx简介:\n政府工作报告——2023年1月4日在某市人代会上", "2023年某市政府工作报告"),
    ("01关于某县2019年财政决算的报告\n各位委员：", "关于某县2019年财政决算的报告"),
    ("首页>化工资讯\n化工资讯\n13390亿斤！2020年粮食再获丰收\n2020-12-11\n某局10日公布全国粮食生产数据。", "13390亿斤！2020年粮食再获丰收"),
    ("当前位置:某站 > 公文范文 > 某局2021年科技创新工作总结\n\n某局2021年科技创新工作总结\n\n今年以来，全局工作稳步推进。",
     "某局2021年科技创新工作总结"),   # a crumb that ends in the title itself
    # a 关于… name broken over three lines with blank lines between, under a site's column
    ("财政报告\n发布日期:[2022-02-18] 浏览\n\n关于某区2021年财政\n\n预算执行情况及2022年财政\n\n预算草案的报告\n\n2022年2月20日在某区人代会上",
     "关于某区2021年财政预算执行情况及2022年财政预算草案的报告"),
    # a page run onto one line: the name goes on past 情况 to its last type word (…情况分析报告)
    ("某市2013年度市场主体发展情况分析报告2014年03月28日来源:某市局一、基本情况(一)总量。截止年末,实有户数8万户。",
     "某市2013年度市场主体发展情况分析报告"),
    ("5月10日上午，某镇召开人代会，会议听取了镇长所作的报告，选举产生了副镇长。\n通讯员 某某某报道\n会议回顾了全年工作。", ""),
    # kinds of fresh121-125: a 关于…的 name whose type with its kind of work is on the next line; a
    # gazette's issue number before a long name; a site's short name for the page over the full
    # one; a title with blanks by its digits run into the body; a collection counted in Chinese
    # numerals (十篇); a blurb that names a collection, not a document
    ("关于2021年度县级预算执行和其他财政收支的\n审计工作报告\n——2022年9月1日在某县人大常委会会议上",
     "关于2021年度县级预算执行和其他财政收支的审计工作报告"),
    ("2020年第12号（总第190号）某市关于2019年度市级预算执行和其他财政收支的审计工作报告和2018年度审计查出问题整改情况的报告\n主任、各位副主任：",
     "某市关于2019年度市级预算执行和其他财政收支的审计工作报告和2018年度审计查出问题整改情况的报告"),
    ("安全生产工作总结\n某区 2023 年安全生产工作综述\n今年以来，全区未发生较大事故。", "某区2023年安全生产工作综述"),
    ("某镇人民政府 2023 年“安全生产月” 宣传活动工作总结 为进一步做好安全生产工作，营造安全稳定的社会氛围，我镇于6月1日至30日开展了宣传月活动，现将有关情况总结如下。",
     "某镇人民政府2023年“安全生产月”宣传活动工作总结"),
    ("乡镇扶贫工作总结十篇\n\n乡镇扶贫工作总结\n\n一、加强领导\n全乡成立了领导小组。", "乡镇扶贫工作总结十篇"),
    ("前言：本站小编为你收集了丰富的乡村振兴工作总结主题范文，仅供参考。\n今年以来，我村修路3公里。", ""),
    # kinds of fresh126-130: a title in square brackets with search words after it; a site's
    # keywords one to a line, then the title written whole; a portal's title field with its value
    # below; a contents entry's head and a menu word before the title; an outline heading in upper
    # numerals is no title; a site's tag between a title and its body; a type of 安排
    ("[2021年某区人大常委会工作报告] 2021年是几中全会\n各位代表：", "2021年某区人大常委会工作报告"),
    ("乡镇\n2023\n重点项目\n建设\n工作总结\n乡镇2023年重点项目建设工作总结\n2023年，我乡扎实推进项目建设。",
     "乡镇2023年重点项目建设工作总结"),
    ("文号：\n发布机构：\n某中心\n有效性：\n有效\n2021年11月17日\n标题：\n某中心2021年工作总结暨2022年工作重点\n2021年，我中心工作稳步推进。",
     "某中心2021年工作总结暨2022年工作重点"),
    ("目录1.区妇联年度工作总结（一）\n今年以来，区妇联围绕中心工作。", "区妇联年度工作总结（一）"),
    # a collection's piece numbered 一、 on the first line, no 二、 after it (a fresh343 kind); with a
    # 二、 below, the line is the outline's first heading
    ("一、某县棚户区改造最新进展报告\n某县积极推进改造。\n【最新动态】\n全年开工1200套。", "某县棚户区改造最新进展报告"),
    # a site's count of characters after other words than a document's type; a column's long tag in
    # brackets; a 范文 site's 篇一 before the title (fresh353, fresh354 kinds)
    ("2023年学校安全工作总结及今后工作重点2800字\n今年以来，我校狠抓安全。", "2023年学校安全工作总结及今后工作重点"),
    ("[农业基层工作报道]某区基层农业信息服务专题调研报告\n今年以来，我区开展调研。", "某区基层农业信息服务专题调研报告"),
    ("篇一推进农业信息化体系建设思考调查报告\n今年以来，我区开展调研。", "推进农业信息化体系建设思考调查报告"),
    ("某县住建局工作总结\n一、主要工作报告\n全年开工1200套。\n二、明年打算\n继续推进。", "某县住建局工作总结"),
    ("范文\n菜单\n社区防火工作总结\n今年以来，社区加强防火宣传。", "社区防火工作总结"),
    ("壹、国土资源现状\n全县土地总面积100万亩。", ""),
    ("2023年办公室政务公开工作总结供借鉴2023年，我办政务公开工作在市委的领导下扎实推进，成效明显，各项工作取得新进展，现总结如下。",
     "2023年办公室政务公开工作总结"),
    ("政务中心上半年度工作总结和下半年度安排2023年，县政务服务中心围绕工作主题，提升服务功能，各项工作取得了明显成效。",
     "政务中心上半年度工作总结和下半年度安排"),
    # kinds of fresh131-135: a year written apart before the title stays; an author's mark is no title
    ("2021 乡镇人大主席述职报告及 2022 年工作打算\n各位代表：", "2021乡镇人大主席述职报告及2022年工作打算"),
    ("文/某某某\n某局2023年粮食储备工作总结\n近年来，我局储备能力不断增强。", "某局2023年粮食储备工作总结"),
    # kinds of fresh136-140: a 范文 site's 范文参考 tag after the title, the first heading glued on
    ("社区创建工作方案范文参考一、背景分析\n\n1.1政策背景\n近年来出台多项政策。", "社区创建工作方案"),
    ("以下是小编整理的工作总结范文参考，希望对你有帮助。\n某镇工作总结\n一、主要成绩\n全年增长5%。", "某镇工作总结"),
    # a portal's menu of short items is no title; a headline with a figure or a question is one
    ("客户端\n官方微信\n今日头条\n数字报刊\n某县医保局9日发布消息，全县参保率达到97%。", ""),
    ("某县城乡居民医保参保率达98%以上\n按照市里认定的人口基数，全县参保人数为32万人。", "某县城乡居民医保参保率达98%以上"),
    ("2023年全县医保事业发展情况如何？一文读懂\n\n2023年，县医保局坚持以人民为中心。", "2023年全县医保事业发展情况如何？一文读懂"),
    ("比上年增长%\n某局2023年工作总结\n一、主要成绩", "某局2023年工作总结"),   # a chart's label
    # a title run into the body (…工作总结某园区作为…, …工作总结市残联自2021年…); a collection's
    # count after the type (锦集9篇) and a piece's number ((1)); a placeholder year written apart
    ("XX年工业区管委会工作总结某工业园区作为全市转型升级的排头兵，全年完成投资5亿元。", "XX年工业区管委会工作总结"),
    ("市残联领导班子五年工作总结市残联自2021年换届以来，在市委领导下扎实工作。", "市残联领导班子五年工作总结"),
    ("关于全民健身活动总结锦集9篇\n全民健身活动总结\n全年举办赛事20场。", "关于全民健身活动总结锦集9篇"),
    ("XX 年某县残联年终工作总结(1)XX 年,我会宣传工作取得成效。", "XX年某县残联年终工作总结"),
    # kinds of fresh141-145: 举报 in a report's subject is no report button; a note in brackets after
    # the name; a speech's name run into its speaker; 精选 after the type; a breadcrumb of columns
    ("做好基层信访举报工作调研报告\n近年来，某县纪委监委主动适应新形势。", "做好基层信访举报工作调研报告"),
    ("2018年某乡专项行动工作总结(涉及6个行政村,完成3类问题整改)\n\n根据县里部署，全乡开展专项行动。",
     "2018年某乡专项行动工作总结(涉及6个行政村,完成3类问题整改)"),
    ("在全市党务工作会上的讲话市委常委、组织部长（2010年2月25日）同志们：根据会议安排，我讲几点意见。",
     "在全市党务工作会上的讲话"),
    ("工作总结范文\n公务用车工作总结精选\n公务用车工作总结（篇1）一、改革前状况", "公务用车工作总结精选"),
    ("政务公开 规划计划 计划总结\n\n某局2025年上半年工作总结\n\n2025年上半年，我局扎实工作。", "某局2025年上半年工作总结"),
    # kinds of fresh146-150: a 范文 site's [推荐5篇] and its first piece glued on; a document number in
    # 【】 is no title; a title with the first heading glued after it; a 文库's 由会员上传分享 blurb
    ("某局专项整治工作汇报[推荐5篇]第一篇：某局专项整治工作汇报\n今年以来，我局开展整治。", "某局专项整治工作汇报[推荐5篇]"),
    ("某商发【2011】第8号\n加强基础建设，努力营造温馨家园\n——某商会2011年上半年工作总结\n今年以来，商会扎实工作。",
     "加强基础建设，努力营造温馨家园"),
    ("发挥优势凝聚力量推动工作再上新台阶一、上半年工作总结今年以来，我会扎实工作。", "发挥优势凝聚力量推动工作再上新台阶"),
    ("欢迎来到某某文库\n《某局宣传工作总结》由会员上传分享，免费在线阅读。\n今年以来，我局扎实工作。", "某局宣传工作总结"),
    # kinds of fresh276-280: a body mis-decoded in places, then a site's button under it (no title); a
    # document site's tags with a year among them over the headline; 范本投稿 and 精编 after the type
    ("“十三五”以来，全省煤矿事故起数连年下降，24个产煤？。县有18个实现零事故，小煤矿退出一千余处，防治成绩来之不易，"
     "值得认真总结。\n免费看价格",
     ""),
    ("安全管理\n2023\n创新\n乡镇\n监察\n工作\n创新乡镇煤矿监察工作\n今年以来，各级监察机构严格执法。", "创新乡镇煤矿监察工作"),
    ("某校德育工作总结范本投稿\n本学期我校德育工作扎实推进，现总结如下。", "某校德育工作总结范本投稿"),
    # kinds of fresh281-285: a part's or a chapter's name after its number and a dot; a field's label
    # spaced by ?; a line of another encoding's characters is no title
    ("第一部分2020年工作总结\n一、扎实做好拆迁改造工作\n全年实施改造项目11个。", "2020年工作总结"),
    ("第七章 ‧节约能源业务\n贰、节约能源规定与管理\n一、建立能源查核制度", "节约能源业务"),
    ("名 ？称？：某区人民政府印发某区碳达峰实施方案的通知\n索？引？号？:1112/2023-00008\n各街镇：现将方案印发给你们。",
     "某区人民政府印发某区碳达峰实施方案的通知"),
    ("镇ㄥ彨浠ュ㡎杩𣗋噷𫓺嬬湅~\n中新社北京一月二十一日电去年规模以上机械工业企业实现利润增长。", ""),
    # kinds of fresh286-290: a title run on into its issuer and the body's year; a bracketed dateline
    # is no headline; a speech's name broken over two lines; a blurb's sentence piece is no name
    ("2004年优果工程项目工作总结某区水果生产技术指导总站2004年，总站在厅党组的领导下扎实工作。", "2004年优果工程项目工作总结"),
    ("【大纪元9月28日报导】（记者某某南投二十八日电）全长三十七公里的隧道工程今天贯通，工程进展顺利。\n国道施工单位今天上午举行仪式。", ""),
    ("在某省律师行业基层党组织书记及党务工作\n者示范培训班上的发言\n尊敬的各位领导：\n大家下午好！", "在某省律师行业基层党组织书记及党务工作者示范培训班上的发言"),
    # a headline opening with its year and parted by a comma; a headline ending in 厅 is no issuer
    ("2020年某市总票房超3300万元，观影人数超105万人次\n受疫情影响，去年上半年电影院几乎处于停业状态，下半年逐步恢复。", "2020年某市总票房超3300万元，观影人数超105万人次"),
    ("?\n某市有了农村数字电影厅\n近日，某市文广新局为该市6个镇的数字电影厅授牌。", "某市有了农村数字电影厅"),
    # kinds of fresh291-295: a title run on into a body opening with its purpose (为加强…); a table's
    # label 名称 before the name, a blank between
    ("校园及周边食品整治工作总结范文为加强校园及周边食品安全监管，保障学生健康，我局开展了专项整治。", "校园及周边食品整治工作总结范文"),
    ("名称 县人民政府办公室关于印发某县劳动争议化解机制工作实施方案的通知\n文号 文件分类 所属机构\n各镇人民政府：",
     "县人民政府办公室关于印发某县劳动争议化解机制工作实施方案的通知"),
    ("2018学年某小学德育工作总结精编 寒冬腊月，一学期过去了，回首这一学期，学校德育工作以评选星级学生为抓手，拓宽了德育渠道，坚持育人为本、德育为先，圆满完成了各项工作，现总结如下。",
     "2018学年某小学德育工作总结精编"),
    # kinds of fresh296-300: a scraper's escaped quotes around the title; a file's number (档号) above it
    ("\\’2025年某科护士长上半年工作总结\\’\n尊敬的各位领导：\n上半年收治患者1200例。", "2025年某科护士长上半年工作总结"),
    ("2022乡镇村委会换届工作汇报_村委会换届工作汇报\n各位领导：全镇12个村全部完成换届。", "2022乡镇村委会换届工作汇报"),
    ("机构名称：某区食品药品监督管理局\n办公地址：某路1号\n全年检查药店300家。", "某区食品药品监督管理局"),
    ("档号：AB 2/581/85(98) Pt. 20\n\n某会参考资料摘要\n某项服务的表现指标\n\n引言\n在会议上，委员会建议改进服务。",
     "某会参考资料摘要"),
    # a long first line where the name runs on into the body with no mark between (fresh356-358 kinds);
    # not when the words after it go on from it (…报告指出) or the name joins another (…总结暨…计划)
    ("关于乡镇机构改革工作进展情况汇报乡镇机构改革启动以来，县委编办按照部署，稳步推进各项工作，取得了阶段性成效。\n一、主要做法",
     "关于乡镇机构改革工作进展情况汇报"),
    ("课后服务调研报告课后服务是减轻学生负担的重要举措，全县各校认真落实要求，参与学生逐年增加，家长满意度不断提高。",
     "课后服务调研报告"),
    ("县政府工作报告指出，今年要把项目建设摆在突出位置，全力抓好招商引资，确保经济平稳健康发展，各项工作取得新进展。", ""),
    ("某局2023年工作总结暨2024年工作计划今年以来，我局认真贯彻上级部署，扎实推进各项工作，圆满完成了全年目标任务。",
     "某局2023年工作总结暨2024年工作计划"),
    # a topic run on into a news sentence, a plan's name before a preposition: no document's name
    ("一季度全厂经济任务完成情况成绩喜人，完成劳务创收总收入1200万元，同比增长15%，各项指标全面向好。", ""),
    ("中文摘要本计划于执行期间推动各项工作，统计自98年3月1日执行至99年2月28日止，成效良好。", ""),
    # a 关于 name with a 范文 tag run on into its first heading; two names run together (fresh367-369 kinds)
    ("关于春季旱情的报告范文一、领导重视，全县上下积极抗旱，成效明显。\n二、措施得力", "关于春季旱情的报告范文"),
    ("河道管理工作情况报告关于某河下游河道管理工作情况的报告各位领导：现将有关情况报告如下。",
     "关于某河下游河道管理工作情况的报告"),
    # a news site's name after a dash, ending in 在线 (a fresh384 kind)
    ("某市开展老年助餐体验日活动-某安在线\n今年以来，全市加强助餐服务。", "某市开展老年助餐体验日活动"),
    # a site's name after an underscore at a headline's end (a fresh376 kind)
    ("全市水电站多措并举稳定生态下泄流量_某某焦点\n今年以来，全市加强监管。", "全市水电站多措并举稳定生态下泄流量"),
    # a reporter's byline in brackets opening the story is no headline (a fresh367 kind)
    ("【记者王某某某县报导】为了全县居民的用水安全，县政府长期稽查非法采砂，成效明显。", ""),
    # fresh474-478 kinds: a column's name after a bar; questions in a row; a run of exclamation marks; a
    # comma inside quotes; 谋划 as the verb before its object's year (not 2023年工作谋划, a type)
    ("全市跨境电商何以后来居上？|某某观察\n编者按：今年是开局之年。", "全市跨境电商何以后来居上？"),
    ("某县护林员队伍壮大|某某关注\n今年以来，全县新聘护林员120名。", "某县护林员队伍壮大"),
    ("全省婚俗改革试点名单公布了吗？有哪些地方？怎么改？\n\n婚俗改革试点一般由民政部门确定。",
     "全省婚俗改革试点名单公布了吗？有哪些地方？怎么改？"),
    ("某县森林巡护队喜添生力军！!\n\n林业站今年招录护林员9名。", "某县森林巡护队喜添生力军！!"),
    ("“一人巡山，全家增收”——某县生态护林员助农增收\n\n夏日的山区，林木葱郁。", "“一人巡山，全家增收”——某县生态护林员助农增收"),
    ("某县供销社精心谋划2025年农膜回收工作\n\n县供销社高度重视农膜回收工作。", "某县供销社精心谋划2025年农膜回收工作"),
    # fresh479-483 kinds: a channel's name over a headline and its news dateline; a headline of three
    # phrases parted by blanks over the body (no banner); a notice's date after the name it announced; a
    # question headline with a dashed subtitle under a column name
    ("文明某某\n某区：多措并举推进制止餐饮浪费\n某某网12月29日讯 为倡导厉行节约，某区制定方案。", "某区：多措并举推进制止餐饮浪费"),
    ("护好孩子的牙齿 小学生防龋齿 免费窝沟封闭\n\n全市小学一年级学童龋齿率较高，\n为降低龋齿率，市政府全面补助。",
     "护好孩子的牙齿小学生防龋齿免费窝沟封闭"),
    ("儿童窝沟封闭服务补助方案中华民国102年10月16日公告 壹、 计划依据依据有关法律第八条第一项第二款规定，县（市）主管"
     "机关应办理下列事项：一、推动口腔预防保健工作。二、推动儿童窝沟封闭。贰、计划目的为提升儿童口腔健康。",
     "儿童窝沟封闭服务补助方案"),
    ("咨询服务\n某县大豆产业走向何方？--关于大豆产业发展的几点思考\n近年来，国产大豆发展受到冲击。",
     "某县大豆产业走向何方？--关于大豆产业发展的几点思考"),
    # fresh484-488 kinds: an exclaimed headline with a comma; a site's name after a dash behind a percentage; a
    # news tag in brackets before a headline of phrases (no banner)
    ("这里，将打造出国内一流的康养小镇！\n【某某网】2020年以来，某县温泉产业办紧紧围绕发展定位。",
     "这里，将打造出国内一流的康养小镇！"),
    ("某部：上半年新能源汽车产量增长42.4%-官方网站\n今年上半年，全国产量增长。", "某部：上半年新能源汽车产量增长42.4%"),
    ("[新闻] 某市流浪狗 9成注射狂犬疫苗\n（某某社记者某某某某市5日电）某市鼬獾狂犬病例16例，市长今天表示。",
     "[新闻]某市流浪狗9成注射狂犬疫苗"),
    # a column over a headline, a counter's digit, then a site's dateline (某某网某县讯 近日…): the headline
    ("专题签发\n某县开展春季草原鼠害防治工作\n0\n某某网某县讯 近日，草原开始返青。", "某县开展春季草原鼠害防治工作"),
    # a name with 的 is no issuer's line; a title ending in a word with 和 is not broken (fresh492, fresh493 kinds)
    ("和时间赛跑的某市医疗急救中心\n入冬以来，某市医疗急救中心工作节奏加快。", "和时间赛跑的某市医疗急救中心"),
    ("某县养蜂业的天时地利与人和\n\n文│某某某 某某（某县畜牧兽医局）\n在目前的发展阶段，产业发展离不开市场。",
     "某县养蜂业的天时地利与人和"),
    ("机关急救需求怎么解？某市卫生局救护支援实务经验谈\n当市政大楼发生员工昏厥时，各机关如何启动救援机制？",
     "机关急救需求怎么解？某市卫生局救护支援实务经验谈"),
]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("text, title", CASES)
def test_title_of(text, title, script):
    got = title_of(to_script(text, script), fallback="FILE")
    assert got == (to_script(title, script) if title else "FILE")


@pytest.mark.parametrize("html_title, title", [
    ("镇2023年工作总结_某某范文网", "镇2023年工作总结"),
    ("某县人民政府工作报告 - 某县人民政府门户网站", "某县人民政府工作报告"),
    ("年终工作总结|某某文库|www.example.com", "年终工作总结"),
    ("2016-2020年发展规划纲要", "2016-2020年发展规划纲要"),   # a hyphen between digits stays
    ("某某范文网", ""),                                      # only a site name
])
def test_site_title(html_title, title):
    assert site_title(html_title) == title


def test_read_document_falls_back_to_the_file_name(tmp_path):
    p = tmp_path / "2019.txt"
    p.write_text("各位代表：\n现在，我代表政府报告工作。\n一、去年工作回顾\n", encoding="utf-8")
    assert readers.read_document(p).title == "2019"


def test_html_title_without_site_suffix(tmp_path):
    p = tmp_path / "page.html"
    p.write_text("<html><head><title>某局2022年工作总结_某某范文网</title></head>"
                 "<body><p>各位代表：</p><p>一年来，我局工作扎实。</p></body></html>", encoding="utf-8")
    assert readers.read_document(p).title == "某局2022年工作总结"


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_corpus_title_is_never_the_salutation(tmp_path, script):
    p = tmp_path / "2008.txt"
    p.write_text(to_script("各位代表：\n\n现在，我代表政府向大会报告工作，请予审议。\n\n一、过去一年的工作\n"
                           "全年新增就业1200万人。\n", script), encoding="utf-8")
    r = corpus.analyze_document(readers.read_document(p), "2008.txt")
    assert r.title == "2008"


def test_corpus_title_from_a_site_blurb_the_cleaning_removed(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("下面是小编为大家整理的林业站2023年工作总结，供大家参考。\n今年以来，我站造林三千亩。\n",
                 encoding="utf-8")
    r = corpus.analyze_document(readers.read_document(p), "a.txt")
    assert r.title == "林业站2023年工作总结"


@pytest.mark.parametrize("first", [
    "久久精品国产_一区二区视频_亚洲综合在线观看_欧美综合",   # an advert's keywords
    "手机看某某 某报微信 某网微信",                         # a news site's apps
])
def test_corpus_title_passes_over_a_site_line_the_cleaning_removes(tmp_path, first):
    p = tmp_path / "b.txt"
    p.write_text(f"{first}\n\n2022年全市共有各类学校518所,在校生29万人\n\n来源：某网 编辑：某某 时间：2023-04-03\n\n"
                 "2022年是极为重要的一年。全市教育事业稳步发展。\n", encoding="utf-8")
    r = corpus.analyze_document(readers.read_document(p), "b.txt")
    assert r.title == "2022年全市共有各类学校518所，在校生29万人"


@pytest.mark.parametrize("text, title", [
    # a site's dateline, source, editor, count and icons run on after a headline on its line
    ("某镇召开招商引资工作会 2014-04-01 17:10 来源：某某新闻网 编辑：柴某某 0 ??? 近日，某镇召开招商工作会，"
     "签约项目5个。\n", "某镇召开招商引资工作会"),
    # a title dated in a site's code on the first line: the code goes, the title stays
    ("20210630：县协作中心2021年度工作总结及明年工作思路\n2021年，县协作中心稳步推进各项工作。\n",
     "县协作中心2021年度工作总结及明年工作思路"),
    # a column's name above a breadcrumb that ends in it, then the headline; a disclosure record's
    # field left alone on its line by an empty cell; a category path above the title
    ("•\n\n发挥作用\n\n你的位置: 首页-发挥作用\n\n某县：多措并举激发老干部发挥作用新动能\n\n"
     "发布时间:2025-04-14 浏览量: 次\n\n近年来，某县老干部作用发挥明显，全年解决难题30余项。\n",
     "某县：多措并举激发老干部发挥作用新动能"),
    ("索 引 号 | 0000/2024-00012 | 发布机构 | 某区人民政府办公室 |\n组配分类 | |||||\n"
     "某区镇志编纂工作方案\n地方志是记述一地历史与现状的资料性文献。\n", "某区镇志编纂工作方案"),
    ("工作总结/年终工作总结\n某县文联2023年度工作总结\n全年举办展览12场。\n", "某县文联2023年度工作总结"),
    # a body that opens the page, its title named by the page's own field below it (a fresh208 kind)
    ("根据省市部署，我区扎实开展治超工作，全年检测车辆1.2万车次。\n微信扫一扫在手机阅读、分享本文\n"
     "本文标题：20201231：某区交通运输局2020年度治超工作总结\n链接地址：https://www.example.com/1.html\n",
     "某区交通运输局2020年度治超工作总结"),
])
def test_corpus_title_after_a_site_prefix_or_dateline_goes(tmp_path, text, title):
    p = tmp_path / "c.txt"
    p.write_text(text, encoding="utf-8")
    assert corpus.analyze_document(readers.read_document(p), "c.txt").title == title


@pytest.mark.parametrize("text", ["", "\n\n", "。", "一、", "各位代表：", "x" * 500, "标题\r\n正文。"])
def test_title_is_short_and_never_a_salutation(text):
    got = title_of(text)
    assert len(got) <= 60 and not got.startswith("各位") and "\n" not in got


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_corpus_title_is_no_byline_of_writers_names(tmp_path, script):
    p = tmp_path / "byline.txt"
    p.write_text(to_script("王建国 李明华\n“大家的述职紧扣主体责任，联系实际，谈了成绩，点了问题。”区委书记说。\n", script),
                 encoding="utf-8")
    r = corpus.analyze_document(readers.read_document(p), "byline.txt")
    assert r.title == "byline"
    assert "王建国" not in r.text


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("text, title", [
    # a portal's date field glued to the title with a share button after it: the title stays
    ("德育在线\n某市第三小学2021学年第一学期德育工作总结发表时间:2022-01-25 分享到:\n\n本学期我校德育工作扎实推进。",
     "某市第三小学2021学年第一学期德育工作总结"),
    # a line of adult-site keywords over the headline, its words apart: the line goes, the headline stays
    ("色综合 图片区 小说区,国产在线超清日本一本,一道本免费高清\n\n某省去年矿山事故起数下降 死亡人数减少\n\n记者从某局获悉，去年全省矿山事故下降。",
     "某省去年矿山事故起数下降死亡人数减少"),
    # a Minguo year opening the title is no page number glued before it
    ("107年度某县推动温室气体管制执行方案计划\n为因应气候变迁，本计划执行如下。", "107年度某县推动温室气体管制执行方案计划"),
])
def test_corpus_title_after_cleaning(tmp_path, text, title, script):
    p = tmp_path / "page.txt"
    p.write_text(to_script(text, script), encoding="utf-8")
    got = corpus.analyze_document(readers.read_document(p), "page").title
    assert got == title   # (the table's title is in the normalised script)



@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_records_title_cell_names_the_text(script):
    """A document site's record cell (| 标题：… |) above a garbled first line names the text (a fresh438 kind)."""
    from summarylab import corpus, readers
    from summarylab.normalisation import to_script
    text = to_script("| 标题：某乡春季植树造林工作汇报 |\n| **某乡植树造林工作汇报 **某乡春季植树造林情况汇报 自会议召开以来，全乡植树3万株。\n",
                     script)
    result = corpus.analyze_document(readers.Document("", text=text, encoding="", title=""), "doc")
    assert result.title == "某乡春季植树造林工作汇报"
