"""Hand-written sentences in the genre of government work summaries, with the indicators
each must yield. Written for these tests; no text is copied from any report.

Each case is (script, sentence, expected rows). A row is R(value, unit, ...) with the
optional fields approx, change, value_max and subject (None = not checked). An empty
list means the sentence must yield no indicator at all. Script "t" sentences are
traditional and go through summarylab.analyze (normalise + clean) first.
"""
from __future__ import annotations

from typing import NamedTuple


class R(NamedTuple):
    value: float
    unit: str
    approx: bool = False
    change: str = ""
    value_max: float | None = None
    subject: str | None = None


S, T = "s", "t"

CASES: list[tuple[str, str, list[R]]] = [
    # --- plain counts with Arabic digits -------------------------------------------------
    (S, "全年共受理群众来信来访412件。", [R(412, "件", subject="群众来信来访")]),
    # 新增/新登记 stay: they say the count is of new ones (a flow, not the stock)
    (S, "今年新登记个体工商户1350户。", [R(1350, "户", subject="新登记个体工商户")]),
    # a count's unit is dropped from the next subject whole: 千克 is a unit, not 千|克
    (S, "全市8千克装大米产量达到500吨。", [R(8, "公斤"), R(500, "吨", subject="装大米产量")]),
    (S, "全镇共清理违章广告牌86块。", [R(86, "块")]),
    (S, "累计培训基层干部2300人次。", [R(2300, "人次", subject="培训基层干部")]),   # who were trained
    # counts of visits and loans counted again (处次, 册次, 篇次): the unit whole, not 次 as the subject
    (S, "全年检查文博单位20处次，图书外借量13569册次。", [R(20, "处次", subject="文博单位"),
                                                        R(13569, "册次", subject="图书外借量")]),
    # a level compared with a census's time takes the level's subject; a census named by its ordinal (七人普)
    # holds no count (fresh502 kinds)
    (S, "全县平均每个家庭户的人口为2.73人，比上次全国人口普查时的2.90人减少0.17人。",
     [R(2.73, "人", subject="平均每个家庭户的人口"), R(2.90, "人", subject="平均每个家庭户的人口"),
      R(0.17, "人", change="decrease", subject="平均每个家庭户的人口")]),
    (S, "全县扎实开展七人普工作，普查登记住户4.2万户。", [R(42000, "户")]),
    # a change after 与…相比 is the level's; a share whose level lost its number takes the level's noun
    (S, "全国总人口为130628万人，与上次普查的总人口126583万人相比，增加了4045万人。",
     [R(1306280000, "人", subject="总人口"), R(1265830000, "人", subject="总人口"),
      R(40450000, "人", change="increase", subject="总人口")]),
    (S, "全区常住人口中，男性人口为人，占50.43%；女性人口为人，占49.57%。",
     [R(50.43, "%", subject="男性人口占比"), R(49.57, "%", subject="女性人口占比")]),
    # a price's "per" written before its number: the price unit, the subject without 每斤 (a fresh494-498 kind)
    (S, "鲜辣椒收购价每斤3.5元，土地流转价格每亩600元/亩，为每位老人发放补贴每人300元。",
     [R(3.5, "元/斤", subject="鲜辣椒收购价"), R(600, "元/亩", subject="土地流转价格"), R(300, "元")]),
    (T, "生豬收購價每公斤14.2元。", [R(14.2, "元/公斤", subject="生猪收购价")]),
    # areas sprayed again counted in 亩次, a pest's density per square metre, sites checked in 座次
    (S, "全年防治小麦病虫害162.8万亩次，残蝗密度为0.2头/平方米，检查燃气场站380座次。",
     [R(1628000, "亩次", subject="防治小麦病虫害"), R(0.2, "头/平方米", subject="残蝗密度"),
      R(380, "座次", subject="燃气场站")]),
    # a change on the year before last shares the count's subject; a rate of fall after the levels
    (S, "全年收纳服刑人员3000人，较前年增加9.4%。", [R(3000, "人", subject="收纳服刑人员"),
                                              R(9.4, "%", change="increase", subject="收纳服刑人员")]),
    (S, "新收押人次由15311人次下跌至13246人次，跌幅为13%。",
     [R(15311, "人次", subject="新收押人次"), R(13246, "人次", change="decrease", subject="新收押人次"),
      R(13, "%", change="decrease", subject="新收押人次跌幅")]),
    # a year-on-year change as Hong Kong reports put it; a rise in % to a level is no range
    (S, "过境乘客量按年升16%至3,110万人次。", [R(16, "%", change="increase", subject="过境乘客量"),
                                        R(31100000, "人次", subject="过境乘客量")]),
    # 万 and all four digits of its section (a style of Taiwan and of older texts): one number
    (S, "全年寻获失踪人口2万5,385人，起降航班5万2062架次。", [R(25385, "人", subject="寻获失踪人口"),
                                                          R(52062, "架次", subject="起降航班")]),
    # 起降 is one word (take-offs and landings), no fall
    (S, "全年保障航班起降1.2万架次。", [R(12000, "架次", subject="保障航班起降")]),
    (S, "检查餐饮单位156家，下达整改通知书48份。", [R(156, "家"), R(48, "份")]),
    (S, "新建村级卫生室27所，改造乡村公路64公里。", [R(27, "所"), R(64, "公里")]),
    (S, "查处违法排污企业19家，立案查处环境违法案件33起。", [R(19, "家"), R(33, "起")]),
    (S, "组织专项检查7次，出动执法人员540名。", [R(7, "次"), R(540, "人")]),
    (S, "全县新增造林面积3200亩。", [R(3200, "亩", subject="新增造林面积")]),
    (S, "建成标准化厂房12栋，面积4.5万平方米。", [R(12, "栋"), R(45000, "平方米")]),
    (S, "共发放宣传资料12000余份。", [R(12000, "份", approx=True)]),
    (S, "为企业解决实际困难45个。", [R(45, "个")]),
    (S, "全市共有23个单位被确定为重点整治单位。", [R(23, "个", subject="单位")]),
    (S, "完成农村危房改造1,250户。", [R(1250, "户")]),
    (S, "粮食总产量达到33,212万吨。", [R(332120000, "吨", subject="粮食总产量")]),
    (S, "今年清运生活垃圾１２６００吨。", [R(12600, "吨")]),
    (S, "全年接待来访群众２，３４５人。", [R(2345, "人")]),
    (S, "新增风电装机1800多万千瓦。", [R(18000000, "千瓦", approx=True)]),
    (S, "全年售电量达到86.4亿千瓦时。", [R(8640000000, "千瓦时")]),
    (S, "港口吞吐量完成120万标准箱。", [R(1200000, "标准箱")]),
    (S, "外贸集装箱运输车辆85辆，船舶12艘。", [R(85, "辆"), R(12, "艘")]),
    (S, "新增病床450张，医护人员320名。", [R(450, "张"), R(320, "人")]),
    # --- money --------------------------------------------------------------------------
    (S, "全县实现地区生产总值276.4亿元。", [R(27640000000, "元", subject="地区生产总值")]),
    (S, "当年到位外资4380 万美元。", [R(43800000, "美元", subject="到位外资")]),   # received, not contracted
    (S, "全省外贸进出口总额升至1.06万亿美元。", [R(1060000000000, "美元", change="increase", subject="外贸进出口总额")]),
    (S, "全省生产总值迈上3.58万亿元。", [R(3580000000000, "元", subject="生产总值")]),
    (S, "争取上级补助资金3千万元。", [R(30000000, "元")]),
    (S, "全年筹措帮扶资金86万元，其中社会捐助12.5万元。", [R(860000, "元"), R(125000, "元")]),
    (S, "发放创业担保贷款1.2亿元，带动就业3400人。", [R(120000000, "元"), R(3400, "人")]),
    (S, "合同利用外资4500万欧元。", [R(45000000, "欧元")]),
    (S, "人均可支配收入为15620元。", [R(15620, "元", subject="人均可支配收入")]),
    # --- percentages, points and multiples ----------------------------------------------
    (S, "群众满意率达98.5%。", [R(98.5, "%", subject="群众满意率")]),
    (S, "完成年度计划的121%。", [R(121, "%")]),
    (S, "城镇调查失业率压在3.9％以内。", [R(3.9, "%", approx=True)]),
    (S, "森林覆盖率提高2.3个百分点。", [R(2.3, "百分点", change="increase", subject="森林覆盖率")]),
    # a rise by a multiple is a percentage (GUIDELINES: 增长1.5倍 = +150 %); a ratio stays 倍
    (S, "财政收入增长1.71倍。", [R(171, "%", change="increase", subject="财政收入")]),
    (S, "办结率为百分之九十八点五。", [R(98.5, "%", subject="办结率")]),
    (S, "优良率达到百分之百。", [R(100, "%", subject="优良率")]),
    (S, "要以百分之百的信心百分之百地落实整改任务。", []),
    (S, "次品率下降到千分之三。", [R(3, "‰", change="decrease")]),
    (S, "服务业增加值占比接近60%。", [R(60, "%", approx=True)]),
    # --- fractions and multiples in words, read as percentages (GUIDELINES, last section) -
    (S, "全县贫困人口占比已降到近两成。", [R(20, "%", approx=True, change="decrease")]),
    (S, "今年村集体经营收入增长两成。", [R(20, "%", change="increase", subject="村集体经营收入")]),
    (S, "七成以上的行政村通了公交。", [R(70, "%", approx=True)]),
    (S, "约三成的企业完成了技术改造。", [R(30, "%", approx=True, subject="企业")]),
    (S, "八九成的群众对整治效果表示满意。", [R(80, "%", approx=True, value_max=90, subject="群众")]),
    (S, "网上办件量占比接近一成。", [R(10, "%", approx=True)]),
    (S, "办事环节平均减少了四成。", [R(40, "%", change="decrease")]),
    (S, "居民三五成群在广场跳舞，制度也不能一成不变。", []),
    (S, "建成两处市场，九成新的设备已到位。", [R(2, "处")]),
    (S, "全镇工业产值五年翻一番。", [R(100, "%", change="increase", subject="工业产值")]),
    (S, "农民人均纯收入比十年前翻了两番。", [R(300, "%", change="increase")]),
    (S, "进出口总额翻了近一番。", [R(100, "%", approx=True, change="increase", subject="进出口总额")]),
    (S, "经过一番努力，问题三番五次得到督办。", []),
    # parts of the speech with a word of weight before them (三个明显特点, 四个重要阶段); 重要景区 counts places
    (S, "今年工作呈现三个明显特点：一是人员广，二是干部热。", []),
    (S, "全县有三个重要景区。", [R(3, "个", subject="重要景区")]),
    (S, "该馆是全省唯一一家获得这一称号的县级馆，问题一一个个销号。", []),   # a digit said twice: no 11
    (S, "经过评议，评选出三星级22家。", [R(22, "家", subject="三星级")]),   # the stars, not the choosing
    (S, "全年收支差额 -90万元。", [R(-900_000, "元", subject="收支差额")]),   # a minus after a blank
    (T, "資助金額合計2,763萬4,000元。", [R(27_634_000, "元", subject="资助金额")]),   # thousands grouped around 萬
    (S, "大赛中荣获一等奖9个、二等奖15个。", [R(9, "个", subject="一等奖"), R(15, "个", subject="二等奖")]),   # 等 of 一等奖
    (S, "全年采集全血1511.55万毫升。", [R(15_115_500, "毫升", subject="采集全血")]),   # a volume of blood
    (S, "献血人次涨幅达37%。", [R(37, "%", change="increase", subject="献血人次涨幅")]),   # 涨幅 names a rise
    (S, "今年报考人数约为52130人，微跌约1%。",
     [R(52130, "人", approx=True, subject="报考人数"), R(1, "%", approx=True, change="decrease", subject="报考人数")]),
    (S, "会上，203个先进单位受到表彰，全省已有21个促进会。",
     [R(203, "个", subject="先进单位"), R(21, "个", subject="促进会")]),   # 先进, 促进: no verb 进 ends the noun
    (S, "全区科技投入增长1.5倍。", [R(150, "%", change="increase", subject="科技投入")]),
    (S, "外贸出口额增加了两倍以上。", [R(200, "%", approx=True, change="increase")]),
    (S, "税收收入是上年的2倍。", [R(2, "倍")]),
    (S, "产能扩大到原来的3倍。", [R(3, "倍")]),
    (S, "三分之一的行政村建成了文化礼堂。", [R(33.3, "%", subject="行政村")]),
    (S, "审批时限压缩三分之二以上。", [R(66.7, "%", approx=True, change="decrease", subject="审批时限")]),
    (S, "专项资金减少了四分之一。", [R(25, "%", change="decrease", subject="专项资金")]),
    (S, "近五分之一的农户参加了合作社。", [R(20, "%", approx=True)]),
    (S, "事故起数下降幅度为65.6%。", [R(65.6, "%", change="decrease", subject="事故起数")]),
    (S, "利润增长幅度达到12%。", [R(12, "%", change="increase")]),
    (T, "貧困發生率由兩成降到一成。", [R(20, "%"), R(10, "%", change="decrease")]),
    (T, "全市糧食產量十年翻了一番。", [R(100, "%", change="increase")]),
    (T, "規模以上工業增加值增長1.2倍。", [R(120, "%", change="increase")]),
    (T, "近三分之一的鄉鎮建成了污水處理站。", [R(33.3, "%", approx=True)]),
    (T, "七成的受訪群眾表示滿意，辦結時限下降幅度為40%。", [R(70, "%"), R(40, "%", change="decrease")]),
    # --- change words --------------------------------------------------------------------
    (S, "国内生产总值同比增长10.1%。", [R(10.1, "%", change="increase", subject="国内生产总值")]),
    (S, "财政收入比上年增长7.3%。", [R(7.3, "%", change="increase", subject="财政收入")]),
    (S, "单位产值水耗下降4.6%。", [R(4.6, "%", change="decrease")]),
    (S, "夏粮产量12万吨，减产0.8%；早稻增产1.2%。",
     [R(120000, "吨", subject="夏粮产量"), R(0.8, "%", change="decrease", subject="夏粮产量"),
      R(1.2, "%", change="increase", subject="早稻")]),
    (S, "街道财政收入预计实现3.2亿元，增收2100万元。",
     [R(320000000, "元", subject="街道财政收入"), R(21000000, "元", change="increase")]),
    (T, "棉花產量減產6.1%，油料增產5.7%。", [R(6.1, "%", change="decrease"), R(5.7, "%", change="increase")]),
    (S, "行政审批事项减少了58.4%。", [R(58.4, "%", change="decrease", subject="行政审批事项")]),
    (S, "本级共取消行政许可事项137项。", [R(137, "项", subject="行政许可事项")]),
    (S, "全县蔬菜零售价格上涨3.4%。", [R(3.4, "%", change="increase", subject="蔬菜零售价格")]),
    (S, "重大事故起数降低了15%。", [R(15, "%", change="decrease")]),
    (S, "审批时间由15个工作日缩短到5个工作日。",
     [R(15, "工作日"), R(5, "工作日", change="decrease")]),
    (S, "平均办结时间缩短到3天。", [R(3, "天", change="decrease")]),
    (S, "连续工作3天。", []),
    # 由X增加到Y: the change word governs Y; X is the level before it (no change of its own)
    (S, "农民人均纯收入由2015年8412元增加到2020年12960元。",
     [R(8412, "元", subject="农民人均纯收入"),
      R(12960, "元", change="increase", subject="农民人均纯收入")]),
    (S, "物价涨幅从14.8%降到6.1%。", [R(14.8, "%"), R(6.1, "%", change="decrease")]),
    (S, "出口额增至850亿美元。", [R(85000000000, "美元", change="increase")]),
    (S, "全省建档立卡贫困人口减少42万。", [R(420000, "人", change="decrease", subject="建档立卡贫困人口")]),
    (S, "帮助36万山区人口喝上了放心水。", [R(360000, "人", subject="山区人口")]),
    (S, "节约资金30万元。", [R(300000, "元", approx=False)]),
    # --- approximations ------------------------------------------------------------------
    (S, "各新闻媒体刊播活动动态消息近千条。", [R(1000, "条", approx=True)]),
    (S, "电视台开设访谈栏目20余个。", [R(20, "个", approx=True)]),
    (S, "督查组抽查了200多个单位。", [R(200, "个", approx=True, subject="单位")]),
    (S, "分头走访30余家企业。", [R(30, "家", approx=True, subject="企业")]),
    (S, "全县综合投诉率保持在2%左右。", [R(2, "%", approx=True)]),
    (S, "全市新登记市场主体超过2.4万户。", [R(24000, "户", approx=True, subject="新登记市场主体")]),
    # 至少 a verb before the number: a lower bound (approximate), the verb left to the subject
    (S, "每个县联社至少组建1个专业合作社。", [R(1, "个", approx=True, subject="专业合作社")]),
    (S, "全年至少新增就业5000人，最少的村也有3户。",
     [R(5000, "人", approx=True, subject="新增就业"), R(3, "户", approx=False)]),
    (T, "每個縣聯社至少組建1個專業合作社。", [R(1, "个", approx=True, subject="专业合作社")]),
    # machines with their implements, doses per head or bird, tonnes of standard coal: units whole
    (S, "检修农机具7683台套，下发新城疫疫苗54万羽份。",
     [R(7683, "台套", subject="检修农机具"), R(540000, "羽份", subject="下发新城疫疫苗")]),
    (S, "公共机构能源消费总量110.75万吨标煤，其中天然气19.26万吨标煤。",
     [R(1107500, "吨标准煤", subject="公共机构能源消费总量"), R(192600, "吨标准煤", subject="天然气")]),
    (T, "檢修農機具7683台套。", [R(7683, "台套", subject="检修农机具")]),
    # 约 with 有 or 计 after it is approximate; 依序 (in order) is no subject
    (S, "全球华侨华人约有3105万人，东南亚约计有41万人。",
     [R(31050000, "人", approx=True, subject="全球华侨华人"), R(410000, "人", approx=True, subject="东南亚")]),
    (T, "全球華僑華人約有3,105萬人。", [R(31050000, "人", approx=True, subject="全球华侨华人")]),
    (S, "主要国家华侨人口依序为730万人、605万人。",
     [R(7300000, "人", subject="主要国家华侨人口"), R(6050000, "人", subject="主要国家华侨人口")]),
    # a 范文 collection's count, quoted in a site's blurb or heading its first line: no indicator
    (S, "此例资料“某局工作总结范文实用4篇”由网友整理。", []),
    (S, "民族宗教工作总结范文优秀4篇\n全年开展培训3期。", [R(3, "期")]),
    (S, "钢产量突破1亿吨。", [R(100000000, "吨", approx=True, subject="钢产量")]),
    (S, "全年为企业减负约6.8亿元。", [R(680000000, "元", approx=True)]),
    (S, "中西部地区投资占比在43%以上。", [R(43, "%", approx=True)]),
    (S, "参与群众逾万人。", [R(10000, "人", approx=True)]),
    (S, "上万名志愿者参加了活动。", [R(10000, "人", approx=True)]),
    (S, "吸引外资3万余美元。", [R(30000, "美元", approx=True)]),
    (S, "老旧小区改造惠及住户1800多套。", [R(1800, "套", approx=True)]),
    (S, "全区财政总收入达到5200多亿元。", [R(520000000000, "元", approx=True)]),
    (S, "将近两千人次参加培训。", [R(2000, "人次", approx=True)]),
    (S, "全年节约用电约5万千瓦时。", [R(50000, "千瓦时", approx=True)]),
    # --- ranges ---------------------------------------------------------------------------
    (S, "每个乡镇配备8-10个网格员。", [R(8, "个", value_max=10)]),
    (S, "计划引进30至50家配套企业。", [R(30, "家", value_max=50)]),
    (S, "每村建成两三个示范点。", [R(2, "个", approx=True, value_max=3)]),
    (S, "每年培训二三十名技术骨干。", [R(20, "人", approx=True, value_max=30)]),
    (S, "预计投资10到20亿元。", [R(1000000000, "元", value_max=2000000000)]),
    # --- numbers and units split by layout: re-joined only where a piece cannot stand alone
    (S, "全年城镇居民人均可支配收入1\n2248元。", [R(12248, "元", subject="城镇居民人均可支配收入")]),
    (S, "群众满意率达98. 5%。", [R(98.5, "%", subject="群众满意率")]),
    (S, "其中男 85 4%，女 10 65%。", [R(4, "%"), R(65, "%")]),   # a table's cells after a blank: no point, kept apart
    (S, "增速居全市第 9 位，总量排名第 5 位。", []),   # ordinals spaced off their 第
    (S, "其中过 10 亿元的项目 1 个。", [R(1, "个")]),   # the bound of a counted category, no amount
    (S, "村道每3公里配备一名养护员。", []),   # the base of a staffing rule
    # 亿 and then the 万 section in digits, with or without a thousands comma
    (S, "财政收入1亿2000万元，增长5%。", [R(1.2e8, "元", subject="财政收入"), R(5, "%", change="increase", subject="财政收入")]),
    (T, "歲入決算405億9,629萬餘元。", [R(40_596_290_000, "元", approx=True, subject="岁入决算")]),
    (S, "查处违规渣土车辆300辆次，罚款5万元。", [R(300, "辆次", subject="违规渣土车辆"), R(50_000, "元", subject="罚款")]),
    (S, "全年发放创业担保贷款797笔9389万元。", [R(93_890_000, "元", subject="创业担保贷款")]),   # the counted loans' amount
    (S, "全年出口额 8426 万美元，比上年增长 36. 8%。",            # a page that spaces its numbers off
     [R(84_260_000, "美元", subject="出口额"), R(36.8, "%", change="increase", subject="出口额")]),
    (S, "利润增长1\n2.5%。", [R(12.5, "%", change="increase")]),
    (S, "全年接待游客628007人 次。", [R(628007, "人次")]),
    (S, "城镇化率提高1.2个\n百分点。", [R(1.2, "百分点", change="increase")]),
    (S, "粮食产量达到4 9 2 5 0 万吨。", [R(492500000, "吨", subject="粮食产量")]),
    (S, "2019年 5月，新建3个 5项。", [R(3, "个"), R(5, "项")]),
    (S, "人口自然增长率下降到1 0 ．0 6 ‰。", [R(10.06, "‰", change="decrease", subject="人口自然增长率")]),
    (T, "人口自然增長率下降到9 ．8 3 ‰。", [R(9.83, "‰", change="decrease", subject="人口自然增长率")]),
    # blanks between the words and the number a sharing site puts in: the subject is read across them
    (S, "全县粮食产量达到 53.85 亿斤，肉类总产量达到 45 万吨。",
     [R(5385000000, "斤", subject="粮食产量"), R(450000, "吨", subject="肉类总产量")]),
    (T, "全縣肉類總產量達到 45 萬噸。", [R(450000, "吨", subject="肉类总产量")]),
    # 同比 split by a site's blank; 翻一番多, 两倍多: more than that
    (S, "税收总收入 15 亿元，同 比下降 15%。",
     [R(1500000000, "元", subject="税收总收入"), R(15, "%", change="decrease", subject="税收总收入")]),
    (S, "全县人均生产总值翻了一番多。", [R(100, "%", approx=True, change="increase", subject="人均生产总值")]),
    (T, "灌溉機械增長了兩倍多。", [R(200, "%", approx=True, change="increase", subject="灌溉机械")]),
    # a collection's count in its title is no indicator
    (S, "社区文化工作总结（优秀9篇）\n全年开展活动12场。", [R(12, "场", subject="活动")]),
    # ... after a template tag, or after a site's 精选 whatever the kind of document (fresh321, fresh323 kinds)
    (S, "人居环境整治一周工作总结（模板5篇）\n全年开展活动12场。", [R(12, "场", subject="活动")]),
    (S, "厨余垃圾分类制度精选（九篇）\n全年开展活动12场。", [R(12, "场", subject="活动")]),
    # a decimal heading's number before 项目 or 人力 is no count (fresh327, fresh328, fresh330 kinds)
    (S, "1.1项目背景\n6.1人力资源配置\n全年开展活动12场。", [R(12, "场", subject="活动")]),
    (S, "部门工作计划书(优质7篇)", []),
    # earlier items of a 分别 list take the measure word the last one ends in
    (S, "新能源汽车、太阳能电池、工业机器人产量分别增长40.8%、24.3%和30.1%。",
     [R(40.8, "%", change="increase", subject="新能源汽车产量"), R(24.3, "%", change="increase", subject="太阳能电池产量"),
      R(30.1, "%", change="increase", subject="工业机器人产量")]),
    (T, "戰略性新興產業和高新技術產業增加值佔比分別達29.9%和61.9%。",
     [R(29.9, "%", subject="战略性新兴产业增加值占比"), R(61.9, "%", subject="高新技术产业增加值占比")]),
    # sectors named by their numerals alone: each its full name
    (S, "一、二、三产业增加值分别增长3%、5%和7%。",
     [R(3, "%", change="increase", subject="第一产业增加值"), R(5, "%", change="increase", subject="第二产业增加值"),
      R(7, "%", change="increase", subject="第三产业增加值")]),
    (S, "一、二、三产业对经济增长的贡献率分别为9.4%、55.6%和35.0%。",
     [R(9.4, "%", subject="第一产业贡献率"), R(55.6, "%", subject="第二产业贡献率"), R(35.0, "%", subject="第三产业贡献率")]),
    (T, "二、三产业增加值分别达到52亿元和68亿元。",
     [R(5_200_000_000, "元", subject="第二产业增加值"), R(6_800_000_000, "元", subject="第三产业增加值")]),
    # a 分别 list whose values carry thousands separators: the commas end no clause
    (S, "全乡职工平均工资和农民人均纯收入分别达到36,500元和18,200元。",
     [R(36500, "元", subject="职工平均工资"), R(18200, "元", subject="农民人均纯收入")]),
    (T, "城鎮居民人均可支配收入和農村居民人均純收入分別為42,100元、19,850元。",
     [R(42100, "元", subject="城镇居民人均可支配收入"), R(19850, "元", subject="农村居民人均纯收入")]),
    # a level whose number the site replaced: its rate keeps the level's name, without the placeholder
    (S, "村集体经济收入XX万元，比上年增长12%。", [R(12, "%", change="increase", subject="村集体经济收入")]),
    (T, "全鎮規上工業產值3X.5億元，同比增長8.3%。", [R(8.3, "%", change="increase", subject="规上工业产值")]),
    # 增收 per head or household: a rise of their income, 人均 kept whole
    (S, "带动脱贫户户均增收2600元。", [R(2600, "元", change="increase", subject="脱贫户户均收入")]),
    (T, "茶農人均增收820元以上。", [R(820, "元", approx=True, change="increase", subject="茶农人均收入")]),
    # kinds of fresh71-75: a pair's X named by the clause before 从 and an adverb before Y; a value
    # after a label's colon or in brackets after its noun; a count before 的 and its noun; 亿 then
    # 万 with a point; 零 inside a word; a second list after a 分别 list; newly registered firms
    (S, "全区人均公园绿地面积，从9.6平方米稳步增加到12.3平方米。",
     [R(9.6, "平方米", subject="人均公园绿地面积"),
      R(12.3, "平方米", change="increase", subject="人均公园绿地面积")]),
    (T, "學校實際開課率：96.5%。", [R(96.5, "%", subject="学校实际开课率")]),
    (S, "全年新建改建农村公路（45公里）。", [R(45, "公里", subject="农村公路")]),
    (T, "全年開展128場次的送戲下鄉活動。", [R(128, "场次", subject="送戏下乡活动")]),
    (T, "疫苗全程接種2億1843.8萬人。", [R(218_438_000, "人")]),
    (S, "完成清零项目12个。", [R(12, "个", subject="清零项目")]),
    (S, "城镇和农村居民人均可支配收入分别达到41,200元和20,350元，年均增长6.1%和7.4%。",
     [R(41200, "元", subject="城镇居民人均可支配收入"), R(20350, "元", subject="农村居民人均可支配收入"),
      R(6.1, "%", change="increase", subject="城镇居民人均可支配收入"),
      R(7.4, "%", change="increase", subject="农村居民人均可支配收入")]),
    (T, "新註冊市場主體1200戶，增長8%。",
     [R(1200, "户", subject="新注册市场主体"), R(8, "%", change="increase", subject="新注册市场主体")]),
    # a size named by one character after what it measures: the thing's length, width
    (S, "滨河路在城区段长6.4公里，宽24米。", [R(6.4, "公里", subject="滨河路长度"), R(24, "米", subject="滨河路宽度")]),
    (T, "新建人行天橋一座，長48米，寬5米。", [R(48, "米", subject="人行天桥长度"), R(5, "米", subject="人行天桥宽度")]),
    # parts named by their place in the brackets after a total: the place and the total's name
    (S, "全县共有低保户860户（东坪镇320户，西河镇和南岭乡540户）。",
     [R(860, "户", subject="低保户"), R(320, "户", subject="东坪镇低保户"), R(540, "户", subject="西河镇和南岭乡低保户")]),
    (T, "上半年共受理信訪件12件（其中鎮上9件，村上3件）。",
     [R(12, "件"), R(9, "件", subject="镇上信访件"), R(3, "件", subject="村上信访件")]),
    # the next sector in a sentence without its measure takes that of the one before
    (T, "分門類看，採礦業增加值同比下降2.1%，製造業增長7.4%。",
     [R(2.1, "%", change="decrease", subject="采矿业增加值"), R(7.4, "%", change="increase", subject="制造业增加值")]),
    # a gap's subject is what the comparison is of, not its verb nor its base
    (S, "规模以上工业增加值下降4%，降幅比一季度收窄2.5个百分点。",
     [R(4, "%", change="decrease", subject="规模以上工业增加值"), R(2.5, "百分点", subject="规模以上工业增加值降幅")]),
    (T, "工業行業增長面為68%，較上月提升5.2個百分點。",
     [R(68, "%", subject="工业行业增长面"), R(5.2, "百分点", change="increase", subject="工业行业增长面")]),
    # the campaign's own structure: 分三个片区, 前两批
    (S, "分三个片区召开推进会，前两批共认定示范户120户。", [R(120, "户")]),
    # the investment of the projects counted right before
    (S, "全年竣工项目7个，总投资2600万元；在建项目15个，总投资3.8亿元。",
     [R(7, "个", subject="竣工项目"), R(26_000_000, "元", subject="竣工项目总投资"),
      R(15, "个", subject="在建项目"), R(380_000_000, "元", subject="在建项目总投资")]),
    # a contribution to another's growth (拉动): whose, and to what
    (S, "基础设施投资增长9.8%，拉动全部投资增长3.1个百分点。",
     [R(9.8, "%", change="increase", subject="基础设施投资"),
      R(3.1, "百分点", change="increase", subject="基础设施投资拉动全部投资增长")]),
    (T, "消費拉動經濟增長4.2個百分點。", [R(4.2, "百分点", change="increase", subject="消费拉动经济增长")]),
    # kinds of fresh86-90: 为 after 银行 is no 行为; a yearly rate (年均递增, 年平均增长) takes the
    # level's subject; 截至目前 names nothing; the money a spending verb names after the amount;
    # a reach (覆盖) alone takes the thing counted before it; 发布 opens its object
    (S, "其中农业银行为56.3亿元，下降2.1%。",
     [R(5_630_000_000, "元", subject="农业银行"), R(2.1, "%", change="decrease", subject="农业银行")]),
    (S, "全区累计完成全社会固定资产投资612.5亿元，年平均增长9.6%。",
     [R(61_250_000_000, "元", subject="全社会固定资产投资"), R(9.6, "%", change="increase", subject="全社会固定资产投资")]),
    (T, "全縣地區生產總值達到31.2億元，年均遞增12.3%。",
     [R(3_120_000_000, "元", subject="地区生产总值"), R(12.3, "%", change="increase", subject="地区生产总值")]),
    (S, "截至目前，全县共有监测对象512名。", [R(512, "人", subject="监测对象")]),
    (S, "县财政安排860万元以奖代补资金，补助各乡镇污水管网建设。", [R(8_600_000, "元", subject="以奖代补资金")]),
    (S, "投入2600多万元的垃圾填埋场扩容工程顺利完工。",
     [R(26_000_000, "元", approx=True, subject="垃圾填埋场扩容工程投入")]),
    (S, "全市共发布手机短信386条，覆盖21万人次。",
     [R(386, "条", subject="手机短信"), R(210_000, "人次", subject="手机短信覆盖")]),
    # growth below zero is a fall; arrows in a brief
    (S, "工业总产值负增长7.0%。", [R(7.0, "%", change="decrease", subject="工业总产值")]),
    (S, "重复信访件同比↓57%，群众满意度同比↑3.2%。",
     [R(57, "%", change="decrease", subject="重复信访件"), R(3.2, "%", change="increase", subject="群众满意度")]),
    # a level, then its rate with no mark between (325亿元同比增长3%): the level is no change
    (S, "全年完成规上工业总产值325亿元同比增长3%。",
     [R(32_500_000_000, "元", change="", subject="规上工业总产值"), R(3, "%", change="increase", subject="规上工业总产值")]),
    # names that hold a cut word (从事, 对应, 使用税, 使用权出让); a blank a wrapped line left
    # inside a subject goes; an adverb after a count is no counted noun
    (S, "全县从事第一产业人数12万人，专项债务对应项目专项收入5亿元，城镇土地使用税1.2亿元，土地使用权出让收入8亿元。",
     [R(120000, "人", subject="从事第一产业人数"), R(500_000_000, "元", subject="专项债务对应项目专项收入"),
      R(120_000_000, "元", subject="城镇土地使用税"), R(800_000_000, "元", subject="土地使用权出让收入")]),
    (S, "城镇医疗救助年人均救助水平达 到328.05元。", [R(328.05, "元", subject="城镇医疗救助年人均救助水平")]),
    # a formulation's count after 做好/做实 (做实四篇文章) is none; papers written are
    (S, "做实四篇文章，全年发表论文八篇。", [R(8, "篇", subject="发表论文")]),
    (S, "做实四篇文章，全年写三篇文章。", [R(3, "篇", subject="文章")]),
    # a part of an account named alone after the whole takes its owner; an incident's
    # consequences (死亡, 受伤, 直接经济损失) take the incident counted before them
    (S, "全年医疗保险基金总收入2.4万亿元，总支出2.1万亿元，当期结存0.3万亿元。",
     [R(2.4e12, "元", subject="医疗保险基金总收入"), R(2.1e12, "元", subject="医疗保险基金总支出"),
      R(0.3e12, "元", subject="医疗保险基金当期结存")]),
    (T, "全县一般公共预算收入12亿元，支出45亿元。",
     [R(1_200_000_000, "元", subject="一般公共预算收入"), R(4_500_000_000, "元", subject="一般公共预算支出")]),
    (S, "全年共发生生产安全事故12起，死亡5人，受伤3人，直接经济损失150万元。",
     [R(12, "起", subject="生产安全事故"), R(5, "人", subject="生产安全事故死亡"),
      R(3, "人", subject="生产安全事故受伤"), R(1_500_000, "元", subject="生产安全事故直接经济损失")]),
    # sides of a crop or a herd named alone after the first (…播种面积…，总产量; 存栏…，出栏), but
    # not a part of another kind of whole (财政收入…，总产量)
    (S, "全年粮食播种面积45万亩，总产量18万吨；年末生猪存栏12.5万头，出栏20.3万头。",
     [R(450000, "亩", subject="粮食播种面积"), R(180000, "吨", subject="粮食总产量"),
      R(125000, "头", subject="生猪存栏"), R(203000, "头", subject="生猪出栏")]),
    (S, "财政收入6.1万亿元，增长19.5%；粮食连续五年增产，总产量10570亿斤。",
     [R(6.1e12, "元", subject="财政收入"), R(19.5, "%", change="increase", subject="财政收入"),
      R(1.057e12, "斤", subject="总产量")]),
    # a pair of values joined by 和 after a clause naming two things: one each (a list, or a
    # contraction such as 城乡); the 分别 after them follows
    (S, "城乡居民人均可支配收入达到23292元和7750元，分别增长8.8%和10%。",
     [R(23292, "元", subject="城镇居民人均可支配收入"), R(7750, "元", subject="农村居民人均可支配收入"),
      R(8.8, "%", change="increase", subject="城镇居民人均可支配收入"),
      R(10, "%", change="increase", subject="农村居民人均可支配收入")]),
    (T, "項目落地率、開工率同比提高25個百分點和18個百分點。",
     [R(25, "百分点", change="increase", subject="项目落地率"), R(18, "百分点", change="increase", subject="开工率")]),
    (S, "粮食总产量达到12万吨和13万吨。", [R(120000, "吨", subject="粮食总产量"), R(130000, "吨", subject="粮食总产量")]),
    # 并 joining a second verb ends the counted noun (厂房|并投入使用); words holding 并 stay
    (S, "全年建成3栋厂房并投入使用，5个村合并。", [R(3, "栋", subject="厂房"), R(5, "个")]),
    # a 分别 list whose values a page parted with blanks or line breaks (8.9%⏎、⏎12.2%)
    (S, "其上半年放映场次、人次和发行收入比去年同期分别减少了11%、 30.2%和 7.1%。",
     [R(11, "%", change="decrease", subject="放映场次"), R(30.2, "%", change="decrease", subject="人次"),
      R(7.1, "%", change="decrease", subject="发行收入")]),
    # a multiple of a plan's end (是“十五”期末的3倍): what it measures is the indicator before
    (S, "全市生产总值达到500亿元，是“十五”期末的3倍。",
     [R(50_000_000_000, "元", subject="生产总值"), R(3, "倍", subject="生产总值")]),
    (T, "財政收入達到50億元，是十一五期末的2倍多。",
     [R(5_000_000_000, "元", subject="财政收入"), R(2, "倍", approx=True, subject="财政收入")]),
    # 比增/比减: 比上年增长/减少, shortened
    (S, "全年粮食产量达8.85万吨，比增2.3%。",
     [R(88500, "吨", subject="粮食产量"), R(2.3, "%", change="increase", subject="粮食产量")]),
    # 较2021年同期增: 增 after 同期 is the change (was read as the subject 同期增)
    (T, "全县转移农村劳动力21.6万人，较2022年同期增1.5%。",
     [R(216000, "人", subject="转移农村劳动力"), R(1.5, "%", change="increase", subject="转移农村劳动力")]),
    # a value converted in brackets, and the rate after them, measure the value before the note
    (S, "全市人均生产总值为71200元（按年平均汇率折算为10580美元），同比增长6.2%。",
     [R(71200, "元", subject="人均生产总值"), R(10580, "美元", subject="人均生产总值"),
      R(6.2, "%", change="increase", subject="人均生产总值")]),
    # 可比 is a comparison before the rate (…，可比增长10.3%); a short note in brackets right
    # before the number stands between the subject and its number (年产鱼（蟹）450吨)
    (T, "全市外贸出口25亿美元，可比增长10.3%。",
     [R(2_500_000_000, "美元", subject="外贸出口"), R(10.3, "%", change="increase", subject="外贸出口")]),
    (S, "全乡淡水养殖面积450亩，年产鱼（蟹）450吨。",
     [R(450, "亩", subject="淡水养殖面积"), R(450, "吨", subject="年产鱼")]),
    # an account's balance keeps 累计 (累计结存); a part that repeats its whole's word takes the
    # whole's owner (…基金收入…；基金支出), also as the second item of a 分别 list
    (T, "年末全省养老保险基金累计结存820亿元。", [R(82_000_000_000, "元", subject="养老保险基金累计结存")]),
    (S, "全市社会保险基金收入合计85亿元，增长6%；基金支出合计79亿元，增长4%。",
     [R(8_500_000_000, "元", subject="社会保险基金收入"), R(6, "%", change="increase", subject="社会保险基金收入"),
      R(7_900_000_000, "元", subject="社会保险基金支出"), R(4, "%", change="increase", subject="社会保险基金支出")]),
    (T, "全年医疗保险基金总收入、总支出分别为36亿元、31亿元，年末基金累计结存42亿元。",
     [R(3_600_000_000, "元", subject="医疗保险基金总收入"), R(3_100_000_000, "元", subject="医疗保险基金总支出"),
      R(4_200_000_000, "元", subject="医疗保险基金累计结存")]),
    # a breakdown in brackets right after the whole: a size or a place named alone takes the
    # whole's subject (水库10座（大型2座、中型4座）; 总户数…（其中甲镇…，乙街道…）)
    (T, "全市列入加固规划的水库12座（大型3座、小型9座）。",
     [R(12, "座", subject="水库"), R(3, "座", subject="大型水库"), R(9, "座", subject="小型水库")]),
    (S, "全镇总户数为3100户（其中东湖镇1200户，西山街道1900户）。",
     [R(3100, "户", subject="总户数"), R(1200, "户", subject="东湖镇总户数"), R(1900, "户", subject="西山街道总户数")]),
    # … and after 其中: kinds of body take the whole's measure (床位), sectors a total's last word
    # (农林牧渔业总产值 -> 牧业总产值); a part that names its own kind or measure stays
    (T, "全县医疗机构床位1300张，其中，二级医院520张、乡镇卫生院460张。",
     [R(1300, "张", subject="医疗机构床位"), R(520, "张", subject="二级医院床位"), R(460, "张", subject="乡镇卫生院床位")]),
    (S, "全年农林牧渔业总产值40亿元，增长3%，其中农业25亿元，增长4%；渔业6亿元，下降2%。",
     [R(4_000_000_000, "元", subject="农林牧渔业总产值"), R(3, "%", change="increase", subject="农林牧渔业总产值"),
      R(2_500_000_000, "元", subject="农业总产值"), R(4, "%", change="increase", subject="农业总产值"),
      R(600_000_000, "元", subject="渔业总产值"), R(2, "%", change="decrease", subject="渔业总产值")]),
    (S, "全县有企业30家，其中规上企业12家；常住人口21万人，其中城镇人口11万人。",
     [R(30, "家", subject="企业"), R(12, "家", subject="规上企业"), R(210000, "人", subject="常住人口"),
      R(110000, "人", subject="城镇人口")]),
    # a breakdown ends where another count comes (…，其中省级2家；合作社769个；家庭农场472家)
    (S, "全县龙头企业22家，其中省级2家；合作社769个；家庭农场472家。",
     [R(22, "家", subject="龙头企业"), R(2, "家"), R(769, "个", subject="合作社"), R(472, "家", subject="家庭农场")]),
    # 签约, 履约: 约 ends a word, it is no "about"; a lone function word names nothing (与|去年同比)
    (T, "全年共签约16个项目，发生事故5起，与去年同比下降9.1%。",
     [R(16, "个", subject="项目"), R(5, "起", subject="事故"), R(9.1, "%", change="decrease", subject="事故")]),
    # a yearbook's volume in brackets is no count of volumes; books are
    (T, "《某市年鉴》（2017卷）显示，全市收入增长5%；图书馆新增藏书2000卷。",
     [R(5, "%", change="increase", subject="收入"), R(2000, "卷", subject="新增藏书")]),
    # … but not what follows a rate (出生率…，死亡5369人)
    (S, "全年人口出生率为8.5‰，死亡5369人。", [R(8.5, "‰", subject="人口出生率"), R(5369, "人", subject="死亡")]),
    # a share of the budget (为调整预算的, 完成年初预算数的, 完成预算的): what reached it, done of
    # which plan (a reader of the table alone must not take 102.3% for the income or its growth)
    (S, "全县一般公共预算收入完成12.5亿元，为调整预算的102.3%，增长8%。",
     [R(1_250_000_000, "元", subject="一般公共预算收入"), R(102.3, "%", subject="一般公共预算收入完成调整预算比例"),
      R(8, "%", change="increase", subject="一般公共预算收入")]),
    (T, "政府性基金收入3亿元，为年初预算数的120%。",
     [R(300_000_000, "元", subject="政府性基金收入"), R(120, "%", subject="政府性基金收入完成年初预算数比例")]),
    (S, "全省交通建设完成投资1441亿元，为年度计划的96.1%，同比增长14.2%。",
     [R(1.441e11, "元", subject="交通建设投资"), R(96.1, "%", subject="交通建设投资完成年度计划比例"),
      R(14.2, "%", change="increase", subject="交通建设投资")]),
    # a bare amount after another amount of the same firms, in the same sentence: theirs
    (S, "规上工业企业实现利税7.58亿元，增长94.9%；利润1.02亿元。",
     [R(7.58e8, "元", subject="规上工业企业利税"), R(94.9, "%", change="increase", subject="规上工业企业利税"),
      R(1.02e8, "元", subject="规上工业企业利润")]),
    # an investment reported after the projects that made it are named and counted
    (S, "全市576个重点项目开复工530个，完成投资607.9亿元。",
     [R(576, "个"), R(530, "个"), R(6.079e10, "元", subject="重点项目投资")]),
    # a 分别 list after the bases compared with names no items: the values are the sentence's subject's
    (S, "工业用电量6月份增长11.6%，较5月和3月分别提升2.2和8.7个百分点。",
     [R(11.6, "%", change="increase", subject="工业用电量"), R(2.2, "百分点", change="increase", subject="工业用电量"),
      R(8.7, "百分点", change="increase", subject="工业用电量")]),
    # a gap to another place's figure names that place; a gap to an earlier time is the same thing's
    (S, "工业产值增长60.1%，高于全市平均55.4个百分点。",
     [R(60.1, "%", change="increase", subject="工业产值"), R(55.4, "百分点", subject="工业产值高于全市")]),
    (T, "投資佔比12%，低於全市平均2.3個百分點。", [R(12, "%", subject="投资占比"), R(2.3, "百分点", subject="投资占比低于全市")]),
    (S, "生产总值增长8%，比全省高0.5个百分点。",
     [R(8, "%", change="increase", subject="生产总值"), R(0.5, "百分点", subject="生产总值高于全省")]),
    (S, "生产总值增长8%，比上年高0.5个百分点。", [R(8, "%", change="increase", subject="生产总值"), R(0.5, "百分点", subject="生产总值")]),
    # the gap's owner named in its own clause, before the comparison
    (S, "农民人均纯收入比全市平均高0.6个百分点。", [R(0.6, "百分点", subject="农民人均纯收入高于全市")]),
    (T, "鄉村居民收入增速比上年低0.4個百分點。", [R(0.4, "百分点", subject="乡村居民收入增速")]),
    (S, "固定资产投资增长7%，增速快于全省平均1.3个百分点。",
     [R(7, "%", change="increase", subject="固定资产投资"), R(1.3, "百分点", subject="固定资产投资增速高于全省")]),
    # a size class before a kind of body stays in its subject
    (S, "全市医院中，100-199张床位医院51个，100张以下床位医院207个。",
     [R(100, "张", value_max=199, subject="床位医院"), R(51, "个", subject="100-199张床位医院"),
      R(207, "个", subject="100张以下床位医院")]),
    # a share of a plan done said without 的: the owner's completion
    (S, "全镇完成固定资产投资4084万元，完成年度任务58.3%。",
     [R(40840000, "元", subject="固定资产投资"), R(58.3, "%", subject="固定资产投资完成年度任务比例")]),
    (T, "招商引資到位資金5.2億元，超年初目標任務43.3%。",
     [R(520000000, "元", subject="招商引资到位资金"), R(43.3, "%", subject="招商引资到位资金超年初目标任务比例")]),
    # a level of government names a part of the kind counted before
    (S, "全县有妇幼保健机构30个，其中省级26个。", [R(30, "个", subject="妇幼保健机构"), R(26, "个", subject="省级妇幼保健机构")]),
    (T, "全縣共有國家級示範社5家、省級12家。", [R(5, "家", subject="国家级示范社"), R(12, "家", subject="省级示范社")]),
    # kinds of fresh106-110: 其 points back to the industry of the clause before; a gap said with
    # 分别 and 了 (比全省分别低了); 上拉 is a contribution like 拉动
    (S, "占比达到75.6%的采矿业继续发挥作用，其增加值同比增长7.2%。",
     [R(75.6, "%"), R(7.2, "%", change="increase", subject="采矿业增加值")]),
    (T, "一產增加值增速比全省分別低了0.5個百分點。", [R(0.5, "百分点", subject="一产增加值增速低于全省")]),
    (S, "制造业增加值增长16.9%，上拉工业增速14.8个百分点。",
     [R(16.9, "%", change="increase", subject="制造业增加值"), R(14.8, "百分点", subject="制造业增加值拉动工业增速增长")]),
    (S, "其他行业增加值增长3%。", [R(3, "%", change="increase", subject="其他行业增加值")]),
    # a share of a target named with its amount (占年度目标220亿元的81.9%, 完成目标任务9289万元的67%)
    (S, "完成工业投资180亿元，占年度目标220亿元的81.9%，同比增长14.9%。",
     [R(18000000000, "元", subject="工业投资"), R(22000000000, "元", subject="工业投资年度目标"),
      R(81.9, "%", subject="工业投资完成年度目标比例"), R(14.9, "%", change="increase", subject="工业投资")]),
    (T, "國稅完成目標任務9289萬元的67%。", [R(92890000, "元", subject="国税目标任务"), R(67, "%", subject="国税完成目标任务比例")]),
    # the noun after a count or a size: 和美 is a word, no join; the area of what follows
    (S, "创建2个省级和美乡村示范乡镇。", [R(2, "个", subject="省级和美乡村示范乡镇")]),
    # a counted noun cut at a word's end, not inside 列为 (a fresh419 kind)
    (S, "确定将本区101家生产经营单位列为重点监管对象。", [R(101, "家", subject="生产经营单位")]),
    # a crop's yield and output named alone take the crop of the area before them (a fresh429 kind)
    (S, "全县马铃薯种植面积达到10万亩，总产达到20万吨，亩产2吨。",
     [R(100000, "亩", subject="马铃薯种植面积"), R(200000, "吨", subject="马铃薯总产"), R(2, "吨", subject="马铃薯亩产")]),
    (S, "今年全县种植马铃薯10万亩，总产20万吨。", [R(100000, "亩"), R(200000, "吨", subject="马铃薯总产")]),
    # a quarter before an amount names no subject: the noun after it does (a fresh424 kind)
    (S, "贫困户王某领到了四季度1500元扶贫专岗补贴。", [R(1500, "元", subject="扶贫专岗补贴")]),
    (T, "貧困戶王某領到了四季度1500元扶貧專崗補貼。", [R(1500, "元", subject="扶贫专岗补贴")]),
    # parts after 其中 named by villages without 村 (大固城, 朱家庄) take the whole's subject (a fresh413 kind)
    (S, "全镇推广配方施肥技术3.1万亩，其中大固城5400亩，朱家庄3000亩。",
     [R(31000, "亩", subject="推广配方施肥技术"), R(5400, "亩", subject="大固城推广配方施肥技术"),
      R(3000, "亩", subject="朱家庄推广配方施肥技术")]),
    (T, "確定將本區101家生產經營單位列為重點監管對象。", [R(101, "家", subject="生产经营单位")]),
    (S, "在19个百亩示范方及9个试验点各采集土样一个。", [R(19, "个", subject="百亩示范方"), R(9, "个")]),
    (T, "完成2萬畝高標準農田建設任務。", [R(20000, "亩", subject="高标准农田建设任务")]),
    (S, "新建3个公园和5个广场。", [R(3, "个", subject="公园"), R(5, "个", subject="广场")]),
    # what money was spent doing, named after the amount
    (S, "投入520万元采购果皮箱和垃圾桶。", [R(5200000, "元", subject="采购果皮箱和垃圾桶投入")]),
    (T, "總投入70萬元完成了區防汛視頻指揮中心建設，效果明顯。", [R(700000, "元", subject="区防汛视频指挥中心建设总投入")]),
    (S, "投入2043万元用于环卫二期工程建设。", [R(20430000, "元", subject="环卫二期工程投入")]),
    # a session's number after 届 or the body is an ordinal; a count of meetings stays
    (S, "镇第六届人大五次、六次会议审议通过了报告。", []),
    (T, "縣政協十二屆三次會議隆重開幕。", []),
    (S, "全年召开常委会会议三次。", [R(3, "次", subject="召开常委会会议")]),
    # kinds of fresh201-205: a Taiwanese page's 兆 (a million millions) before 亿; a river's flow
    # per second; a figure's number before 所示 is no count of 所; a voltage class names the lines
    (T, "存款總餘額達2兆1720億元。", [R(2172000000000, "元", subject="存款总余额")]),
    (S, "最大流量5820立方米每秒，水库蓄水3亿立方米。",
     [R(5820, "立方米/秒", subject="最大流量"), R(300000000, "立方米", subject="水库蓄水")]),
    (S, "洪峰流量3210m³/s。", [R(3210, "立方米/秒", subject="洪峰流量")]),
    (T, "如圖2所示，全縣有學校3所。", [R(3, "所", subject="学校")]),
    (S, "开工110千伏及以上线路2500公里，新建10kV线路12条。",
     [R(2500, "公里", subject="110千伏及以上线路"), R(12, "条", subject="10kV线路")]),
    # people named one by one before their count: what they are, before the names or after the
    # count (获…, 为…), never the last name (fresh196-200 kinds)
    (S, "全年发展新会员张建国、李明华、王晓东等3人。", [R(3, "人", subject="发展新会员")]),
    (T, "张建国、李明华、王晓东等3名同志为协会理事。", [R(3, "人", subject="协会理事")]),
    (S, "张建国、李明华、王晓东等5人获全省征文一等奖。", [R(5, "人", subject="获全省征文一等奖")]),
    # … also before the body that met and its 大会, 全委（扩大）会议 (fresh196-200 kinds)
    (S, "召开二届四次全体会员大会，新发展会员14人。", [R(14, "人", subject="新发展会员")]),
    (T, "市僑聯十一屆六次全委（擴大）會議召開。", []),
    (S, "召开协会十届六次常委会议，审议工作报告。", []),
    # a reservoir's class in brackets does not cut the subject (its note in brackets goes)
    (S, "全县有重点小（二）型病险水库12座。", [R(12, "座", subject="重点小型病险水库")]),
    # a rank's places (位次), moved by a change word
    (S, "全县综合考核排名上升两个位次。", [R(2, "位次", change="increase", subject="综合考核排名")]),
    (T, "營商環境評價排名前移4個位次。", [R(4, "位次", change="increase", subject="营商环境评价排名")]),
    (S, "商品房销售面积同比下滑12.3%。", [R(12.3, "%", change="decrease", subject="商品房销售面积")]),
    # a 分别 list of shares of the plan: each item's, done of the plan
    (S, "下岗失业人员再就业4474人，困难人员再就业2006人，分别完成年计划的89.5%和80.2%。",
     [R(4474, "人", subject="下岗失业人员再就业"), R(2006, "人", subject="困难人员再就业"),
      R(89.5, "%", subject="下岗失业人员再就业完成年计划比例"), R(80.2, "%", subject="困难人员再就业完成年计划比例")]),
    (S, "再就业人数5361人，完成全年指标任务的103.1%。",
     [R(5361, "人", subject="再就业人数"), R(103.1, "%", subject="再就业人数完成全年指标任务比例")]),
    # an amount that a body of firms, an industry or a field reports is theirs (内资企业完成|增加值)
    (S, "内资企业完成增加值24.4亿元，增长25.1%。",
     [R(2.44e9, "元", subject="内资企业增加值"), R(25.1, "%", change="increase", subject="内资企业增加值")]),
    (T, "第三產業完成增加值(現價)41.5億元。", [R(4.15e9, "元", subject="第三产业增加值")]),
    (S, "光机电一体化领域实现营业收入 56.7 亿元。", [R(5.67e9, "元", subject="光机电一体化领域营业收入")]),
    # a rate of the plan said alone is the amount's (总完成率|115%)
    (S, "完成招商引资2.3亿元，总完成率115%。", [R(2.3e8, "元", subject="招商引资"), R(115, "%", subject="招商引资总完成率")]),
    # a list closed by its count names the thing with all its items (甲、乙、丙三项…)
    (S, "全年基本养老保险、失业保险、工伤保险三项社会保险基金收入合计6820亿元。",
     [R(6.82e11, "元", subject="基本养老保险、失业保险、工伤保险三项社会保险基金收入")]),
    (T, "全縣小麥、玉米兩大作物播種面積12萬畝。", [R(120000, "亩", subject="小麦、玉米两大作物播种面积")]),
    # the age one must reach is a category, no indicator (为年满65岁老人…)
    (S, "为年满65岁老人免费体检3200人次。", [R(3200, "人次")]),
    (S, "全年财政收入完成预算的98%。", [R(98, "%", subject="财政收入完成预算比例")]),
    # a share of the year's target: what reached it, done of the target
    (S, "上半年生产总值为全年目标值的109.3%。", [R(109.3, "%", subject="生产总值完成全年目标值比例")]),
    # a generic amount takes the counted firms that earned it
    (S, "8家市级农业龙头企业实现产值8417万元。", [R(8, "家"), R(84170000, "元", subject="市级农业龙头企业产值")]),
    (T, "32家規上企業完成產值15億元。", [R(32, "家"), R(1500000000, "元", subject="规上企业产值")]),
    (S, "全县实现产值120亿元。", [R(12000000000, "元", subject="产值")]),
    # 到达 written for 达到; a date's rest after its number; 以及 ends the counted noun
    (S, "全县粮食产量到达244.5万吨。", [R(2445000, "吨", subject="粮食产量")]),
    (S, "4月份新建蔬菜大棚30个。", [R(30, "个", subject="蔬菜大棚")]),
    # a rate's "per" is part of the quote, blanks and all; a pair across a sharing site's blanks
    (S, "自2024年7月起城市低保标准由728元/人/月提高为735元/人/月。",
     [R(728, "元", subject="城市低保标准"), R(735, "元", change="increase", subject="城市低保标准")]),
    (T, "農村低保標準由 6188 元 / 人 / 年提高 為 6431 元 / 人 / 年。",
     [R(6188, "元", subject="农村低保标准"), R(6431, "元", change="increase", subject="农村低保标准")]),
    # kinds of fresh121/fresh122: a verb alone after a count names those acted on (办结|2500件); a
    # grade under 其中 names its part of the kind (其中一级1件); a 分别 list of shares of one whole
    (S, "全市法院受理各类案件2600件，办结2500件。",
     [R(2600, "件", subject="各类案件"), R(2500, "件", subject="办结各类案件")]),
    (S, "全县文物藏品69件，其中一级1件，二级5件。",
     [R(69, "件", subject="文物藏品"), R(1, "件", subject="一级文物藏品"), R(5, "件", subject="二级文物藏品")]),
    (S, "全县二级以上医院5家，其中三级2家。", [R(5, "家", subject="二级以上医院"), R(2, "家", subject="三级医院")]),
    (S, "其中非农业人口8万人、农业人口52万人，分别占总人口的13.3%和86.7%。",
     [R(80_000, "人", subject="非农业人口"), R(520_000, "人", subject="农业人口"),
      R(13.3, "%", subject="非农业人口占总人口比重"), R(86.7, "%", subject="农业人口占总人口比重")]),
    # a share whose whole is left unsaid (占47.09%, 占比 4.09%) is the category's share; a count
    # with its share after a blank takes no noun from it (fresh127's hotline bulletins)
    (S, "咨询类2345件，占47.09%；求助类1465件，占29.4%。",
     [R(2345, "件", subject="咨询类"), R(47.09, "%", subject="咨询类占比"),
      R(1465, "件", subject="求助类"), R(29.4, "%", subject="求助类占比")]),
    (S, "求助187件 占比 4.09%，建议170件 占比 3.72%。",
     [R(187, "件", subject="求助"), R(4.09, "%", subject="求助占比"),
      R(170, "件", subject="建议"), R(3.72, "%", subject="建议占比")]),
    # a rate's name with its value on the next line (fresh127)
    (S, "窗口按时办结率\n100%，群众满意率\n99.5%。",
     [R(100, "%", subject="窗口按时办结率"), R(99.5, "%", subject="群众满意率")]),
    # hours of teaching as a unit; features a text names before listing them are no count (fresh124)
    (S, "开展安全宣传讲座1个课时，培训时长达到48学时。", [R(1, "课时", subject="安全宣传讲座"), R(48, "学时", subject="培训时长")]),
    (S, "全年事故呈现3个特点：一是总量下降，二是伤亡减少。", []),
    # a rate per person and month written together (元/人月), two of them shared out by 分别 (fresh125)
    (S, "城镇、农村低保标准分别为450元/人月、300元/人月。",
     [R(450, "元", subject="城镇低保标准"), R(300, "元", subject="农村低保标准")]),
    (T, "共獲得3個節目獎、1個優秀個人獎以及1銀6銅。", [R(3, "个", subject="节目奖"), R(1, "个", subject="优秀个人奖")]),
    (S, "城镇居民收入42170\n8.2%。", [R(8.2, "%")]),
    (S, "2019\n120个项目开工。", [R(120, "个")]),
    (S, "全县约 9500 亩。", [R(9500, "亩", approx=True)]),
    (S, "战略新兴产业占比比去年提升 5 个百 分点。", [R(5, "百分点", change="increase")]),
    (T, "服務業比重提高 1.5 個百 分點。", [R(1.5, "百分点", change="increase")]),
    (S, "全年实现工业总产值 23\n亿元，同比增长4.6%。",
     [R(2300000000, "元", subject="工业总产值"), R(4.6, "%", change="increase", subject="工业总产值")]),
    (S, "今年以来各项工作进展顺利，截至目前全镇财政收入达\n7352万元。", [R(73520000, "元", subject="财政收入")]),
    (S, "一、基本情况\n1\n家庭农场发展较快。", []),
    (S, "规模工业增加值198.\n6亿元。", [R(19860000000, "元", subject="规模工业增加值")]),
    (T, "全年完成固定資產投資 6\n億元，共佔地 50\n畝。", [R(600000000, "元"), R(50, "亩")]),
    (T, "全年實現稅收1\n2350萬元。", [R(123500000, "元")]),
    (T, "群眾滿意率達到99. 2%。", [R(99.2, "%")]),
    (T, "共接待來訪群眾1200人 次。", [R(1200, "人次")]),
    (T, "共流轉土地約 3000 畝。", [R(3000, "亩", approx=True)]),
    # --- Chinese numerals ----------------------------------------------------------------
    (S, "对城东化工厂等这两家企业实行挂牌督办。", [R(2, "家", subject="企业")]),
    (S, "全镇依法取缔六家“三无企业”。", [R(6, "家", subject="三无企业")]),
    (S, "全年办理人大代表建议一百零五件。", [R(105, "件")]),
    (S, "共有三百二十名党员参加。", [R(320, "人")]),
    (S, "新建农家书屋两千零三个。", [R(2003, "个")]),
    (S, "安置下岗职工一万二千人。", [R(12000, "人")]),
    (S, "总投资三千五百万元。", [R(35000000, "元")]),
    (S, "工业总产值达到二千六百一十五亿三千万元。", [R(261530000000, "元")]),
    (S, "全省粮食产量达到三千零六十多万吨。", [R(30600000, "吨", approx=True)]),
    (S, "全县专业技术人才达到四万二千人。", [R(42000, "人")]),
    (S, "全年举办培训班十二期。", [R(12, "期")]),   # a Chinese numeral after 班 counts too
    (S, "全年举办培训班12期。", [R(12, "期")]),
    (S, "全市有十亿元以上企业九家。", [R(9, "家")]),
    (S, "植树一万二千株。", [R(12000, "株")]),
    (S, "建成村级活动场所四十多处。", [R(40, "处", approx=True)]),
    (S, "覆盖面由百分之三十二点五上升为百分之六十七点五。",
     [R(32.5, "%"), R(67.5, "%", change="increase")]),
    (S, "棉花十多斤。", [R(10, "斤", approx=True)]),
    (S, "设立了四个政务公开窗口。", [R(4, "个", subject="政务公开窗口")]),
    # Arabic digits in a Chinese numeral's places
    (S, "全镇参保人数由8千多人增加到1万2千多人，新建通村公路2万5千公里。",
     [R(8000, "人", approx=True), R(12000, "人", approx=True, change="increase"),
      R(25000, "公里")]),
    (S, "全年接待游客1亿3千多万人次，实现旅游收入2千5百万元。",
     [R(130_000_000, "人次", approx=True), R(25_000_000, "元")]),
    (T, "累計發放救助資金3萬5千元，惠及困難群眾1萬2千餘人。",
     [R(35000, "元"), R(12000, "人", approx=True)]),
    # --- exclusions: dates, years, durations, ordinals -----------------------------------
    (S, "整治行动于今年4月上旬部署，10月份转入验收。", []),
    (S, "2002年全市经济运行平稳。", []),
    (S, "二〇〇二年十月十五日", []),
    (S, "这次整治历时九个多月，覆盖全部乡镇。", []),
    (S, "三年来，我委的帮扶工作取得明显成效。", []),
    (S, "近二年，帮扶工作不断深化。", []),
    (S, "用三个月时间开展专项整治。", []),
    (S, "这是6年以来第一次实现正增长。", []),
    (S, "今年是新班子履职第一年，也是第二批试点。", []),
    (S, "班子成员总是第一个到达现场。", []),
    (S, "在第十四次会议上作了报告。", []),
    (S, "全县经济总量从全省第九位前移到第五位。", []),
    (S, "该项目已进入前5名。", []),
    # --- exclusions: formulations and idioms ---------------------------------------------
    (S, "局党组坚持用“三个代表”重要思想统领各项工作。", []),
    (S, "加强三个文明建设，实现“两个率先”。", []),
    (S, "做到“四个结合”，实现“四个全面”。", []),
    (S, "着力打造五大工程，强化“三种意识”。", []),
    (S, "采用“三种方式”，推行五个公开，即公开办事程序。", []),
    (S, "严格执行“三同时”制度。", []),
    (S, "一步一个脚印，一年一个新台阶。", []),
    (S, "实行一站式审批，一条龙服务，一次性告知。", []),
    (S, "一把手亲自抓，层层抓落实，一级抓一级。", []),
    (S, "编制印发了一系列办事指南，解决了一批难点问题。", []),
    (S, "一方面听取意见，一方面主动联系。", []),
    (S, "领导三番五次过问此事。", []),
    (S, "千方百计扩大就业，千家万户受益。", []),
    (S, "设立了一个政务公开大厅。", []),
    (S, "促进三次产业协调发展。", []),
    (S, "坚持五位一体总体布局。", []),
    (S, "始终遵循四项基本原则。", []),
    (S, "围绕8个方面24项内容分两批推进，经历三个阶段。", []),
    (S, "县十七届人大三次会议通过了计划，会上安排了六个专题。", []),
    (S, "共召开专题会议3次。", [R(3, "次")]),
    (S, "修建水坝几十座，引进数百家企业。", []),
    (S, "全市公路货物周转量达到八十二亿吨公里。", [R(8200000000, "吨公里")]),
    # --- exclusions: markers, phones, addresses, registrations, bare units ---------------
    (S, "一、工作举措\n（一）厘清思路\n1、统一思想认识\n一是健全机制。", []),
    (S, "举报电话：12345，传真0511-86912345。", []),
    (S, "地址：人民路88号3楼。", []),
    (S, "备案号：苏ICP备20260418号-3", []),
    (S, "Copyright © 2015-2024 版权所有", []),
    (S, "千万元以上企业25家。", [R(25, "家")]),
    (S, "共受理来信件，办结件。", []),
    (S, "县城细颗粒物（PM2.5）年均浓度连年走低。", []),
    (S, "建成5G基站3.2万个，G20成员。", [R(32000, "个")]),
    (S, "满意率达.%。", []),
    # --- lists: a unit spelt out on the last item, 分别 lists, qualifiers, place words -----
    (S, "各项指标分别提高0.63个、2.34个、3.73个百分点。",
     [R(0.63, "百分点", change="increase"), R(2.34, "百分点", change="increase"),
      R(3.73, "百分点", change="increase")]),
    (S, "相关比重分别下降1.5个和2个百分点。",
     [R(1.5, "百分点", change="decrease"), R(2, "百分点", change="decrease")]),
    (S, "全镇建成3个、5个和6个服务站。", [R(3, "个"), R(5, "个"), R(6, "个")]),
    (S, "相关贷款增速分别高4.2和0.7个百分点。", [R(4.2, "百分点"), R(0.7, "百分点")]),
    (S, "粮食和油料产量分别增长8.5、7.2%。",
     [R(8.5, "%", change="increase", subject="粮食产量"), R(7.2, "%", change="increase", subject="油料产量")]),
    (S, "园区投资分别为3.5、4.2亿元。", [R(350000000, "元"), R(420000000, "元")]),
    (S, "该县分别获评第1、2名和第三至五名。", []),
    (T, "城鄉居民收入分別增長6.5、8.2%。", [R(6.5, "%", change="increase"), R(8.2, "%", change="increase")]),
    (S, "荒漠化、沙化土地面积分别减少3.8万、3.3万平方公里。",
     [R(38000, "平方公里", change="decrease", subject="荒漠化"), R(33000, "平方公里", change="decrease", subject="沙化土地面积")]),
    (S, "单位产值水耗、能耗、碳排放量分别下降3%、5%、4%。",
     [R(3, "%", change="decrease", subject="单位产值水耗"), R(5, "%", change="decrease", subject="能耗"),
      R(4, "%", change="decrease", subject="碳排放量")]),
    (T, "造林、種草面積分別新增1.2萬、0.8萬畝。", [R(12000, "亩", change="increase"), R(8000, "亩", change="increase")]),
    (S, "经济增速高出预期目标1.9个点。", [R(1.9, "百分点", subject="经济增速高于预期目标")]),
    (S, "在全县设立20个点，方便群众办事。", [R(20, "个")]),
    (S, "城镇、农村居民人均可支配收入分别达到23894元和14620元。",
     [R(23894, "元", subject="城镇居民人均可支配收入"), R(14620, "元", subject="农村居民人均可支配收入")]),
    (S, "增值税、企业所得税分别入库31.2亿元和15.8亿元。",
     [R(3120000000, "元", subject="增值税"), R(1580000000, "元", subject="企业所得税")]),
    # a contracted coordination names the items of its 分别 list (城乡 -> 城镇, 农村)
    (S, "城乡低保标准分别提高至每人每月1250元和980元。",
     [R(1250, "元", change="increase", subject="城镇低保标准"), R(980, "元", change="increase", subject="农村低保标准")]),
    (S, "年末各项存贷款余额分别为512亿元和430亿元。",
     [R(51200000000, "元", subject="各项存款余额"), R(43000000000, "元", subject="各项贷款余额")]),
    (T, "年末各項存貸款餘額分別為512億元和430億元。",
     [R(51200000000, "元", subject="各项存款余额"), R(43000000000, "元", subject="各项贷款余额")]),
    (S, "三次产业对经济增长的贡献率分别为5.1%、41.7%和53.2%。",
     [R(5.1, "%", subject="第一产业贡献率"), R(41.7, "%", subject="第二产业贡献率"),
      R(53.2, "%", subject="第三产业贡献率")]),
    (T, "三次產業對經濟增長的貢獻率分別為5.1%、41.7%和53.2%。",
     [R(5.1, "%", subject="第一产业贡献率"), R(41.7, "%", subject="第二产业贡献率"),
      R(53.2, "%", subject="第三产业贡献率")]),
    (S, "全县中小学在校生分别为2.1万人和3.4万人。",
     [R(21000, "人", subject="中学在校生"), R(34000, "人", subject="小学在校生")]),
    # without 分别 the contraction is one thing: no split
    (S, "全年城乡居民医保参保人数达到41万人。", [R(410000, "人", subject="城乡居民医保参保人数")]),
    # a short note in brackets inside a name is left out of the subject; a note that names the
    # indicator is the subject; the editor's notes (下同, 以下简称) and values are not read
    (S, "全市水质优良（Ⅰ～Ⅲ类）断面比例为88.2%。", [R(88.2, "%", subject="水质优良断面比例")]),
    (T, "全市水質優良（Ⅰ～Ⅲ類）斷面比例為88.2%。", [R(88.2, "%", subject="水质优良断面比例")]),
    (S, "第一产业（农业）增加值3.2亿元。", [R(320000000, "元", subject="第一产业增加值")]),
    (S, "城镇人口52.1万人，占常住人口比重（常住人口城镇化率）为61.5%。",
     [R(521000, "人", subject="城镇人口"), R(61.5, "%", subject="常住人口城镇化率")]),
    (S, "全年地区生产总值同比（下同）增长6.1%。", [R(6.1, "%", change="increase", subject="地区生产总值")]),
    # a note on the basis between the change word and the number keeps the change
    (S, "全县教育支出8.6亿元，同比增长（同口径）11.2%。",
     [R(860000000, "元"), R(11.2, "%", change="increase", subject="教育支出")]),
    # names that hold a cut verb; 发展到 ends a subject; 的 opening it goes
    (S, "城镇登记失业率为3.2%，实际利用外资2.1亿美元。",
     [R(3.2, "%", subject="城镇登记失业率"), R(210000000, "美元", subject="实际利用外资")]),
    (T, "城鎮登記失業率為3.2%，實際利用外資2.1億美元。",
     [R(3.2, "%", subject="城镇登记失业率"), R(210000000, "美元", subject="实际利用外资")]),
    (S, "全县科技型中小企业发展到86家。", [R(86, "家", subject="科技型中小企业")]),
    (S, "全区有12个部门建立了数据共享机制。", [R(12, "个", subject="部门")]),
    # a changing verb before the noun (减少贫困人口3858人); 可达 trimmed; 从X到Y and 由X跃升到Y share
    # the subject; a sector before 实现增加值; a list's circled number goes
    (S, "全年减少贫困人口3858人，增加就业岗位1200个。",
     [R(3858, "人", change="decrease", subject="贫困人口"), R(1200, "个", change="increase", subject="就业岗位")]),
    (T, "全年減少貧困人口3858人。", [R(3858, "人", change="decrease", subject="贫困人口")]),
    (S, "全年国内生产总值可达1200亿元。", [R(120000000000, "元", subject="国内生产总值")]),
    (S, "全省生产总值从接近2万亿元到突破3万亿元。",
     [R(2000000000000, "元", approx=True, subject="生产总值"), R(3000000000000, "元", approx=True, subject="生产总值")]),
    (S, "全州地区生产总值由2010年的77亿元跃升到2015年的161.1亿元。",
     [R(7700000000, "元", subject="全州地区生产总值"),
      R(16110000000, "元", change="increase", subject="全州地区生产总值")]),
    (S, "第二产业累计实现增加值99.1亿元，同比增长14.6%。",
     [R(9910000000, "元", subject="第二产业增加值"), R(14.6, "%", change="increase", subject="第二产业增加值")]),
    (S, "③其他行业零售额12亿元。", [R(1200000000, "元", subject="其他行业零售额")]),
    # a 分别 clause with no items takes the sentence's last indicators in order
    (S, "年末存款余额9155亿元，贷款余额7000亿元，比年初分别增长17.4%和15%。",
     [R(915500000000, "元", subject="存款余额"), R(700000000000, "元", subject="贷款余额"),
      R(17.4, "%", change="increase", subject="存款余额"), R(15, "%", change="increase", subject="贷款余额")]),
    # 增/减 for 增加/减少 after a comparison or opening a clause (a farm bureau's shorthand); 新增 stays a count
    (S, "小麦平均亩产412公斤，比上年增6公斤，增1.5%。",
     [R(412, "公斤", subject="小麦平均亩产"), R(6, "公斤", change="increase", subject="小麦平均亩产"),
      R(1.5, "%", change="increase", subject="小麦平均亩产")]),
    (T, "稅費收入2.6億元，比上年減0.2億元，減7.1%。",
     [R(2.6e8, "元", subject="税费收入"), R(2e7, "元", change="decrease", subject="税费收入"),
      R(7.1, "%", change="decrease", subject="税费收入")]),
    (S, "全年新增市场主体320户。", [R(320, "户", change="")]),
    # a sector's sales, revenue or profit reported with 实现 belongs to the sector (not bare 销售)
    (S, "规模以上工业实现销售收入86.3亿元，其他营利性服务业实现营业收入12.4亿元。",
     [R(8.63e9, "元", subject="规模以上工业销售收入"), R(1.24e9, "元", subject="其他营利性服务业营业收入")]),
    # a level below zero keeps its sign; 从业人员 and 到位资金 are names, not 从|业人员, 到位|资金
    (S, "全市人口自然增长率为-1.05‰，第二产业从业人员3.2万人。",
     [R(-1.05, "‰", subject="人口自然增长率"), R(32000, "人", subject="第二产业从业人员")]),
    (T, "全年招商引資到位資金12.6億元。", [R(1.26e9, "元", subject="招商引资到位资金")]),
    (S, "收录区政府工作报告-10篇。", [R(10, "篇")]),   # a dash before a count is no minus
    # a plan's category owns its investment; 多/少 after a comparison and a budget's 增支/减支 are changes
    (S, "交通能源类完成投资3.46亿元，占年度计划的24.1%。",
     [R(3.46e8, "元", subject="交通能源类投资"), R(24.1, "%", subject="交通能源类投资完成年度计划比例")]),
    (S, "重点项目比去年同期多完成1.2亿元，粮食产量比上年少2万吨。",
     [R(1.2e8, "元", change="increase", subject="重点项目"), R(20000, "吨", change="decrease", subject="粮食产量")]),
    (T, "政府性基金支出8.2億元，同比增支1.1億元。",
     [R(8.2e8, "元", subject="政府性基金支出"), R(1.1e8, "元", change="increase", subject="政府性基金支出")]),
    (S, "全年合计减收增支925亿元。", [R(9.25e10, "元", change="")]),    # a total, no change
    (S, "全县92个计划新开工项目全部开工。", [R(92, "个", subject="计划新开工项目")]),
    # a table's row written with |: the subject stays in its cell, else is the row's name
    (S, "公共 服务 | 城乡居民医保参保率 | % | 不低于95% | 完成97.2% |",
     [R(95, "%", approx=True, subject="城乡居民医保参保率"), R(97.2, "%", subject="城乡居民医保参保率")]),
    (S, "每年新增城镇就业 | 人 | 每年5000人以上 | 年均完成6120人 |",
     [R(5000, "人", approx=True, subject="每年新增城镇就业"), R(6120, "人", subject="每年新增城镇就业")]),
    # 千分点 is a unit of its own; a count's measure word is not cut after a date (2021年末|个体户)
    (S, "人口自然增长率为3.2‰，比上年下降0.42个千分点。",
     [R(3.2, "‰", subject="人口自然增长率"), R(0.42, "千分点", change="decrease", subject="人口自然增长率")]),
    (T, "2021年末個體戶17509戶，代表積極參與。", [R(17509, "户", subject="个体户")]),
    # a verb after a counted noun ends the noun (列入, 组成, 陆续开工)
    (S, "全年有6个工业项目列入省级技术改造计划。", [R(6, "个", subject="工业项目")]),
    (T, "該鎮由五個行政村組成。", [R(5, "个", subject="行政村")]),
    (S, "12所乡镇卫生院陆续开工建设。", [R(12, "所", subject="乡镇卫生院")]),
    (S, "事故起数和死亡人数同比分别下降20%和25%。",
     [R(20, "%", change="decrease", subject="事故起数"), R(25, "%", change="decrease", subject="死亡人数")]),
    (S, "出口和进口分别增长12%和8%。",
     [R(12, "%", change="increase", subject="出口"), R(8, "%", change="increase", subject="进口")]),
    (S, "城镇、农村居民收入分别达到4万元和2万元，分别增长6%和8%。",
     [R(40000, "元", subject="城镇居民收入"), R(20000, "元", subject="农村居民收入"),
      R(6, "%", change="increase", subject="城镇居民收入"), R(8, "%", change="increase", subject="农村居民收入")]),
    (S, "失业率、物价涨幅和人口自增率分别控制在4%、3%、5‰以内。",
     [R(4, "%", subject="失业率"), R(3, "%", subject="物价涨幅"), R(5, "‰", approx=True, subject="人口自增率")]),
    (S, "地区生产总值剔除价格等不可比因素增长7.8%。", [R(7.8, "%", change="increase", subject="地区生产总值")]),
    (S, "社会消费品零售总额扣除价格因素增长9%。", [R(9, "%", change="increase", subject="社会消费品零售总额")]),
    (S, "建成东部2万亩优质水果生产区。", [R(20000, "亩", subject="优质水果生产区")]),
    (S, "全面打赢三大攻坚战，实现两个翻番，守住两条底线。", []),
    (S, "坚持三个转变，树立两条红线。", []),
    (S, "0-17岁人口12万人，18至59岁人口30万人。", [R(120000, "人"), R(300000, "人")]),
    (S, "60岁以上人口8.2万人，18岁到35岁的青年占一半。", [R(82000, "人")]),   # age groups, not ages
    (S, "人均预期寿命达到78.5岁。", [R(78.5, "岁")]),
    # a share that opens its clause belongs to the indicator before it; 涵盖 is a verb
    (S, "税收收入16.5亿元，增长16.9%，占一般公共预算收入的70.3%。",
     [R(1650000000, "元", subject="税收收入"), R(16.9, "%", change="increase", subject="税收收入"),
      R(70.3, "%", subject="税收收入占一般公共预算收入比重")]),
    # a share named after its whole; a rate after it is the owner's again; a breakdown after it
    (S, "民营经济增加值1740亿元，占全市经济总量的59.7%，增长3.0%。",
     [R(1.74e11, "元", subject="民营经济增加值"), R(59.7, "%", subject="民营经济增加值占全市经济总量比重"),
      R(3.0, "%", change="increase", subject="民营经济增加值")]),
    (T, "民營經濟增加值1740億元，占全市經濟總量的59.7%。",
     [R(1.74e11, "元", subject="民营经济增加值"), R(59.7, "%", subject="民营经济增加值占全市经济总量比重")]),
    (S, "研发经费支出占生产总值的比重从1.8%提高到2.1%。",
     [R(1.8, "%"), R(2.1, "%", change="increase")]),
    (S, "新增入库企业18家（涵盖商贸业9家、建筑业5家）。",
     [R(18, "家"), R(9, "家", subject="商贸业"), R(5, "家", subject="建筑业")]),
    # a table flattened one cell to a line: the row's name is the cell above the number
    (S, "主要产品产量\n\n粮食总产量\n\n162817吨\n\n0.5\n\n其中：谷物\n\n97658吨\n",
     [R(162817, "吨", subject="粮食总产量"), R(97658, "吨", subject="谷物")]),
    # a subject with 有 inside a word (非公有制, 国有企业), not the verb 有
    (S, "非公有制经济增加值完成45.46亿元。", [R(4546000000, "元", subject="非公有制经济增加值")]),
    (S, "全市共有国有企业12家，国有企业营业收入增长5%。",
     [R(12, "家", subject="国有企业"), R(5, "%", change="increase", subject="国有企业营业收入")]),
    (T, "城鎮、農村居民人均可支配收入分別達到3.2萬元和1.5萬元。",
     [R(32000, "元", subject="城镇居民人均可支配收入"), R(15000, "元", subject="农村居民人均可支配收入")]),
    (T, "增值稅、個人所得稅分別入庫12億元和3億元。",
     [R(1200000000, "元", subject="增值税"), R(300000000, "元", subject="个人所得税")]),
    (T, "各項比率分別提高0.5個、1.2個百分點。",
     [R(0.5, "百分点", change="increase"), R(1.2, "百分点", change="increase")]),
    (T, "地區生產總值剔除不可比因素增長6.5%。", [R(6.5, "%", change="increase", subject="地区生产总值")]),
    (T, "實現兩個翻番，守住兩條底線。", []),
    (T, "0-14歲人口佔比下降。", []),
    (T, "60歲及以上人口佔18.7%。", [R(18.7, "%")]),
    (T, "非公有制經濟增加值完成45.46億元。", [R(4546000000, "元", subject="非公有制经济增加值")]),
    (T, "主要產品產量\n油料\n5326噸\n其中：油菜籽\n4120噸\n",
     [R(5326, "吨", subject="油料"), R(4120, "吨", subject="油菜籽")]),
    (T, "增速高於全省1.1個點。", [R(1.1, "百分点", subject="增速高于全省")]),
    # --- subjects and periods --------------------------------------------------------------
    (S, "专项行动中受理群众投诉372件。", [R(372, "件", subject="群众投诉")]),
    (S, "征集各类建议218条。", [R(218, "条", subject="各类建议")]),
    (S, "参与评比的基层服务窗口964个。", [R(964, "个", subject="基层服务窗口")]),
    (S, "新引进外商投资企业23家。", [R(23, "家", subject="外商投资企业")]),
    (S, "制定40余项整改措施。", [R(40, "项", approx=True, subject="整改措施")]),
    # --- older and rarer units, joint multipliers, speech-organising counts ------------------
    (S, "全年完成土方两千三百多万公方。", [R(23000000, "立方米", approx=True)]),
    (S, "棉花收购量达到1,180万担。", [R(11800000, "担", subject="棉花收购量")]),
    (S, "新建住宅四百万平方公尺。", [R(4000000, "平方米")]),
    (S, "年末拖拉机拥有量达到2,650标准台。", [R(2650, "标准台")]),
    (S, "新增发电设备容量1,200瓩。", [R(1200, "千瓦")]),
    (S, "全年发电量2,480亿度。", [R(248000000000, "度")]),
    (S, "人均预期寿命达到78.6岁。", [R(78.6, "岁")]),
    (S, "全年新增贷款3万多亿元。", [R(3000000000000, "元", approx=True)]),
    (S, "力争节水500万到600万立方米。", [R(5000000, "立方米", value_max=6000000)]),
    (S, "在80多万外来务工人员的支持下。", [R(800000, "人", approx=True)]),
    (S, "惠及300万城乡居民。", [R(3000000, "人", subject="城乡居民")]),
    (S, "下面着重讲一讲这三个问题。", []),
    (S, "这两项是今年工作的重中之重。", []),
    (S, "推进改革的关键是四条：", []),
    (S, "坚持抓两头，一头抓生产。", []),
    (S, "坚持三支两军，落实三个世界的理论。", []),
    (S, "审理中要严格区分两类不同性质的纠纷。", []),
    # --- subjects: kept words, verbs right before the number, lists, topic clauses ----------
    (S, "全市汽车保有量突破200万辆。", [R(2000000, "辆", approx=True, subject="汽车保有量")]),
    (S, "城镇燃气普及率从82%提高到91%。",
     [R(82, "%", subject="城镇燃气普及率"),
      R(91, "%", change="increase", subject="城镇燃气普及率")]),
    (S, "全区集体所有制商业企业销售额比去年同期增长8.4%。",
     [R(8.4, "%", change="increase", subject="集体所有制商业企业销售额")]),
    (S, "全年固定资产投资总额完成860亿元。", [R(86000000000, "元", subject="固定资产投资总额")]),
    (S, "全县研发经费，从2018年3.2亿元增加到2022年的5.6亿元。",
     [R(320000000, "元", subject="研发经费"),
      R(560000000, "元", change="increase", subject="研发经费")]),
    (S, "粮食和蔬菜产量分别增长3.5%、6.2%。",   # 分别: each item takes the shared head noun
     [R(3.5, "%", change="increase", subject="粮食产量"),
      R(6.2, "%", change="increase", subject="蔬菜产量")]),
    (S, "去年底市场主体数量超过8万户。", [R(80000, "户", approx=True, subject="市场主体数量")]),
    (S, "单位产值能耗下降 4.2%。", [R(4.2, "%", change="decrease", subject="单位产值能耗")]),
    (S, "全年空气质量优良天数达到318天。", [R(318, "天", subject="空气质量优良天数")]),
    (S, "细颗粒物年均浓度为29微克每立方米。", [R(29, "微克/立方米", subject="细颗粒物年均浓度")]),
    (S, "超标天数占比仍在10%-15%之间。",
     [R(10, "%", value_max=15, subject="超标天数占比")]),
    (S, "对近百家涉挥发性有机物企业开展排查。", [R(100, "家", approx=True, subject="涉挥发性有机物企业")]),
    (S, "其中6个国控断面水质优良比例为83.3%。",
     [R(6, "个"), R(83.3, "%", subject="国控断面水质优良比例")]),
    # --- patterns met in national reports of several decades -------------------------------
    (S, "全年社会消费品零售额增长12·5%，物价上涨2·1%。",
     [R(12.5, "%", change="increase"), R(2.1, "%", change="increase")]),
    (S, "棉花产量4，150万担，比上年增加1，260万担。",
     [R(41500000, "担", subject="棉花产量"), R(12600000, "担", change="increase", subject="棉花产量")]),
    (S, "社会零售额达到8100多亿元，按不变价格计算，比上年增长6.3%。",
     [R(810000000000, "元", approx=True, subject="社会零售额"),
      R(6.3, "%", change="increase", subject="社会零售额")]),
    (S, "失业率要从7.5%降到6%左右，通过各方共同的努力，实际降到5.2%。",
     [R(7.5, "%", subject="失业率"),
      R(6, "%", approx=True, change="decrease", subject="失业率"),
      R(5.2, "%", change="decrease", subject="失业率")]),
    (S, "计划新建水库42座，实际建成45座。", [R(42, "座", subject="水库"), R(45, "座", subject="水库")]),
    (S, "用于教育的支出三年累计4800亿元，每年减轻学生家庭负担120亿元。",
     [R(480000000000, "元", subject="支出"), R(12000000000, "元", change="decrease", subject="学生家庭负担")]),
    (S, "各类技工培训机构达到12万多个，高速铁路建成通车2300公里。",
     [R(120000, "个", approx=True, subject="各类技工培训机构"), R(2300, "公里", subject="高速铁路")]),
    (S, "全县农村公路通车里程达到1.3万公里，茶叶产量过去两年共增加了二千四百吨。",
     [R(13000, "公里", subject="农村公路通车里程"), R(2400, "吨", change="increase", subject="茶叶产量")]),
    (S, "全县旅游收入为六千万元，比上一年提高百分之七点二。",
     [R(60000000, "元", subject="旅游收入"), R(7.2, "%", change="increase", subject="旅游收入")]),
    (S, "严守耕地、水源两条红线，落实甲镇、乙镇和丙镇三个试点，新建学校、医院十二所。",
     [R(12, "所")]),
    (S, "全市有卫生院、敬老院四十个。", [R(40, "个")]),
    (S, "全省用电量由二百六十亿度增加到三百九十亿度，铁路旅客发送量有十亿多人次。",
     [R(2.6e10, "度"), R(3.9e10, "度", change="increase"), R(1e9, "人次", approx=True)]),
    (S, "全省快递业务量有十亿件，电机改造后每年少耗电三、四百亿度，减少企业成本六、七十亿元，"
        "农机站新购八十五匹马力的插秧机。",
     [R(1e9, "件"), R(3e10, "度", approx=True, value_max=4e10),
      R(6e9, "元", approx=True, value_max=7e9, change="decrease")]),
    (S, "今年发行纪念币六十万枚，丝绸产量一亿三千万匹，对俄出口合同额五亿卢布。",
     [R(600000, "枚"), R(130000000, "匹"), R(500000000, "卢布")]),
    (S, "市区新修的三门峡路立交桥已经通车，这是三期工程。", []),
    (S, "到去年底，全省已有60%的乡镇（街道）建成便民服务中心。", [R(60, "%", subject="乡镇")]),
    (S, "全区已有百分之八十的村普及了自来水，7%左右的增速就能够稳住就业。",
     [R(80, "%", subject="村"), R(7, "%", approx=True, subject="增速")]),
    (S, "县委、县政府两次召开专题会议，合格率由百分之九十、百分之九十五提高到百分之九十八，"
        "两次降低贷款利率、两次下调收费标准。",
     [R(2, "次"), R(90, "%"), R(95, "%"), R(98, "%", change="increase"), R(2, "次"), R(2, "次")]),
    (S, "取得省级重大科技成果300多项。", [R(300, "项", approx=True, subject="省级重大科技成果")]),
    (S, "与我市缔结友好关系的城市，现在已增加到34个。", [R(34, "个", change="increase", subject="城市")]),
    (S, "轻工业的比重则由百分之三十上升到百分之四十。",
     [R(30, "%", subject="比重"), R(40, "%", change="increase", subject="比重")]),
    (S, "中专招生人数由一九七九年的十二万人增加到一九八四年的二十万人。",
     [R(120000, "人", subject="中专招生人数"),
      R(200000, "人", change="increase", subject="中专招生人数")]),
    # --- local reports, round 2 ---------------------------------------------------------
    (S, "举办安全培训班十二期，办班三期，建设二期工程。", [R(12, "期", subject="安全培训班"), R(3, "期")]),
    (S, "抽查经营户二百三十多家次。", [R(230, "家次", approx=True)]),
    (S, "查处违纪行为8起，其中给予警告处分3人。",
     [R(8, "起", subject="违纪行为"), R(3, "人", subject="警告处分")]),
    (S, "聘请了义务监督员25名，梳理出整改事项40条。",
     [R(25, "人", subject="义务监督员"), R(40, "条", subject="整改事项")]),
    (S, "力争农村自来水普及率达到90%以上。", [R(90, "%", approx=True, subject="农村自来水普及率")]),
    (S, "每村投入资金不低于5万元。", [R(50000, "元", approx=True, subject="每村投入资金")]),
    (S, "接待外地考察团一百多批次三百余人次。",
     [R(100, "批次", approx=True, subject="接待外地考察团"),
      R(300, "人次", approx=True, subject="接待外地考察团")]),
    (S, "全区四十多万人民积极参与。", [R(400000, "人", approx=True, subject="人民")]),
    (S, "全县有十万人口。", [R(100000, "人")]),
    (S, "技术工人和管理人员分别达到1200人和350人。", [R(1200, "人"), R(350, "人")]),
    (S, "引进高层次人才120名。", [R(120, "人", subject="高层次人才")]),
    (S, "民营企业已占全县企业总数的85%左右。", [R(85, "%", approx=True, subject="民营企业")]),
    (S, "民营经济占地区生产总值比重达到52%。", [R(52, "%", subject="民营经济占地区生产总值比重")]),
    (S, "在连续四年增长百分之八的基础上，今年增幅又有提高。", [R(8, "%", change="increase", subject="")]),
    (S, "农民人均纯收入提高到现在的5200元。", [R(5200, "元", change="increase", subject="农民人均纯收入")]),
    # --- round 3: formal digits inside words, bare 百余/千余, more units --------------------
    # 伍 (队伍, 入伍) and 陆 (大陆) are formal digits, but a count after them is its own number
    (S, "石桥镇组建护林队伍六支，应征入伍青年14人。", [R(6, "支"), R(14, "人")]),
    (S, "新组建巡河队伍十二支。", [R(12, "支")]),
    (S, "引进大陆三家物流企业。", [R(3, "家")]),
    (S, "东坡社区组建志愿服务队伍9支。", [R(9, "支")]),
    (S, "拨付专项资金人民币伍万元。", [R(50000, "元")]),
    # a bare multiplier with 余/多 after it is an approximate count
    (S, "南岭乡走访困难群众千余户，收集意见百余条。", [R(1000, "户", approx=True), R(100, "条", approx=True)]),
    (T, "全年慰問困難職工萬餘人次，結對幫扶百多戶。", [R(10000, "人次", approx=True), R(100, "户", approx=True)]),
    (S, "千余年来此地以茶为业。", []),
    # 台次, 轮, 列 are measure words of counts
    (S, "县中医院全年完成手术2718台次。", [R(2718, "台次", subject="手术")]),
    (S, "区委开展常规巡察4轮，覆盖村社区36个。", [R(4, "轮"), R(36, "个")]),
    (S, "全年开展两轮专项巡察。", [R(2, "轮")]),
    (S, "清理工作分两轮推进。", []),   # 分两轮, like 分三批: the campaign's own structure
    (S, "全年开展安全生产督查9轮次，下发督办单37份。", [R(9, "轮次"), R(37, "份")]),
    (S, "购置电动三轮车5辆。", [R(5, "辆")]),
    (S, "陆港公司开行货运班列1240列，增长9%。",
     [R(1240, "列", subject="货运班列"), R(9, "%", change="increase", subject="货运班列")]),
    # a clause of only a number and its unit gives no subject: the noun before the number does
    (S, "平均住院日7.6天，比上年缩短0.4天。", [R(0.4, "天", change="decrease", subject="平均住院日")]),
    (S, "共有7项指标列入考核。", [R(7, "项")]),
    # hours and days with 万 or in a 时长 clause are quantities, not the campaign's duration
    (S, "党员志愿服务时长累计4.3万小时。", [R(43000, "小时")]),
    (S, "青年志愿者人均服务时长28小时。", [R(28, "小时")]),
    (S, "专项行动历时48小时。", []),
    # measure words of local reports
    (S, "全年受理群众来信126封，安装太阳能路灯380盏，新打机井12眼。",
     [R(126, "封"), R(380, "盏"), R(12, "眼")]),
    (S, "悬挂宣传横幅210幅，整理归档文书档案1460卷，整治山塘27口。",
     [R(210, "幅"), R(1460, "卷"), R(27, "口")]),
    (S, "投放鱼苗35万尾，出栏肉鸡12.5万羽，收缴烟花爆竹46箱。",
     [R(350000, "尾"), R(125000, "羽"), R(46, "箱")]),
    (S, "查获假冒白酒84瓶，发放米面油230袋，增开公交班次40班次，加开旅游专列6趟。",
     [R(84, "瓶"), R(230, "袋"), R(40, "班次"), R(6, "趟")]),
    (S, "依法查封12处违建，全镇8口人以上家庭30户，对此3眼看去。", [R(12, "处"), R(30, "户")]),
    # --- traditional script -------------------------------------------------------------
    (T, "全年共受理群眾投訴529件，辦結率達百分之九十八點五。",
     [R(529, "件", subject="群众投诉"), R(98.5, "%")]),
    (T, "地區生產總值同比增長8.7%，財政收入二十四億五千萬元。",
     [R(8.7, "%", change="increase"), R(2450000000, "元")]),
    (T, "精簡審批事項184項，壓減了47.3%。",
     [R(184, "项"), R(47.3, "%", change="decrease")]),
    (T, "對這兩家砂場下達停產通知，三十餘家商戶參加。",
     [R(2, "家"), R(30, "家", approx=True)]),
    (T, "開設專欄10餘個，播發稿件近千條。", [R(10, "个", approx=True), R(1000, "条", approx=True)]),
    (T, "新增就業一萬二千人，農村危房改造190萬戶。", [R(12000, "人"), R(1900000, "户")]),
    (T, "堅持用「三個代表」重要思想統領工作，做到「四個結合」。", []),
    (T, "前後歷時七個多月，三年來成效明顯。", []),
    (T, "出口額增長1.2萬億美元左右。", [R(1200000000000, "美元", approx=True, change="increase")]),
    (T, "單位產值能耗下降３．１％。", [R(3.1, "%", change="decrease")]),
    (T, "共發放意見表三千五百份，收回二千多份。", [R(3500, "份"), R(2000, "份", approx=True)]),
    (T, "每村建成兩三個示範點。", [R(2, "个", approx=True, value_max=3)]),
    (T, "一把手負責制，一條龍服務，一系列措施。", []),
    (T, "第三批試點於11月份完成。", []),
    # --- hold-out round 4: local department summaries -------------------------------------
    # a list whose items carry their own counts is no list that a small count sums up
    (S, "今年维修村道7条、便民桥三座，新建卫生室4所、文化广场两处。",
     [R(7, "条"), R(3, "座", subject="便民桥"), R(4, "所"), R(2, "处", subject="文化广场")]),
    (T, "全年新修機耕路12條、攔河壩兩座。", [R(12, "条"), R(2, "座", subject="拦河坝")]),
    # a change word right after a count belongs to the next number: the noun is before
    (S, "辖区刑事案件由去年的134起下降到97起。",
     [R(134, "起", subject="辖区刑事案件"),
      R(97, "起", change="decrease", subject="辖区刑事案件")]),
    (T, "轄區信訪總量由上年的96件下降到58件。",
     [R(96, "件", subject="辖区信访总量"),
      R(58, "件", change="decrease", subject="辖区信访总量")]),
    # a cut word followed only by a noun ending (率 量 数) is part of the noun
    (S, "群众来信按期办结率达到97.6%，秸秆综合利用率93%。",
     [R(97.6, "%", subject="群众来信按期办结率"), R(93, "%", subject="秸秆综合利用率")]),
    (S, "完成一般公共预算收入5.12亿元，新增帮扶对象46户。",
     [R(512_000_000, "元", subject="一般公共预算收入"), R(46, "户", subject="新增帮扶对象")]),
    # 新增 stays at a subject's start (a count of new ones), the standard name 城镇新增就业
    # whole; after its noun it is the verb (余额新增 -> 余额), alone it names nothing
    (S, "全年城镇新增就业人员2870人，新增贷款12.4亿元。",
     [R(2870, "人", subject="城镇新增就业人员"), R(1_240_000_000, "元", subject="新增贷款")]),
    (S, "城市低保新增214户。", [R(214, "户", change="increase", subject="城市低保")]),   # 新增 before the number: a rise
    (S, "年末各项存款余额增长7.2%，新增36亿元。",
     [R(7.2, "%", change="increase", subject="各项存款余额"), R(3_600_000_000, "元", change="increase", subject="各项存款余额")]),
    (T, "全年城鎮新增就業3150人。", [R(3150, "人", subject="城镇新增就业")]),
    # kinds of training are nouns (创业培训); 培训 before its object is the verb
    (S, "开展创业培训640人次，职业技能培训1.5万人次，培训新型职业农民380人。",
     [R(640, "人次", subject="创业培训"), R(15000, "人次", subject="职业技能培训"),
      R(380, "人", subject="培训新型职业农民")]),
    # 走访慰问: the subject starts after both verbs; 改扩建 before its object is the verb
    (S, "走访慰问困难党员96人，改扩建乡镇卫生院7所。",
     [R(96, "人", subject="困难党员"), R(7, "所", subject="乡镇卫生院")]),
    # a short note in brackets right before the number: the name before it
    (S, "年末失业保险参保人数（含灵活就业人员）31480人。",
     [R(31480, "人", subject="失业保险参保人数")]),
    (T, "年末失業保險參保人數（含靈活就業人員）31480人。",
     [R(31480, "人", subject="失业保险参保人数")]),
    # verbs of local work summaries before the counted thing; 等 ends a list of examples
    (S, "出动执法车辆86台次，挽回经济损失约35万元，盘活闲置厂房4栋。",
     [R(86, "台次", subject="出动执法车辆"), R(350_000, "元", approx=True, subject="经济损失"),
      R(4, "栋", subject="闲置厂房")]),
    (S, "检查电梯、锅炉等特种设备620台，全镇低保对象312户。",
     [R(620, "台", subject="特种设备"), R(312, "户", subject="低保对象")]),
    (T, "設立便民服務點15個，舉辦專場招聘會6場。",
     [R(15, "个", subject="便民服务点"), R(6, "场", subject="专场招聘会")]),
    (S, "高等学校毕业生留县就业320人，中等职业学校招生1500人。",
     [R(320, "人", subject="高等学校毕业生留县就业"), R(1500, "人", subject="中等职业学校招生")]),
    # a verb that is also a noun starts the subject only when it opens the clause with its object
    (S, "检查食品经营户1260家，开展安全检查12次，技术改造投资3.6亿元。",
     [R(1260, "家", subject="食品经营户"), R(12, "次", subject="安全检查"),
      R(360_000_000, "元", subject="技术改造投资")]),
    (S, "排查化解矛盾纠纷245起，改造老旧小区11个，配备专职网格员68名。",
     [R(245, "起", subject="矛盾纠纷"), R(11, "个", subject="老旧小区"), R(68, "人", subject="专职网格员")]),
    # a threshold after a number in the subject goes with its unit
    (S, "消除56人以上大班额42个。", [R(42, "个", subject="大班额")]),
    # adverbs and times of day at the end of a subject
    (S, "村集体经济收入全部超过5万元，财政收入年底首次突破3亿元。",
     [R(50_000, "元", approx=True, subject="村集体经济收入"), R(300_000_000, "元", approx=True, subject="财政收入")]),
    # more measure words: calls, square metres written ㎡ m² 平米, ages in 周岁, 期次
    (S, "接听热线电话2.3万通，回访群众300余通。",
     [R(23_000, "通"), R(300, "通", approx=True)]),
    (T, "新增綠地1.8萬㎡，改造人行道3200m²，新建停車場約5000平米。",
     [R(18_000, "平方米"), R(3200, "平方米"), R(5000, "平方米", approx=True)]),
    (S, "全镇共有60周岁以上老人1200余人，开展培训18期次。",
     [R(1200, "人", approx=True, subject="60周岁以上老人"), R(18, "期次")]),
    (S, "落实“三通一平”，3通道同时开放。", []),
    # a bare multiplier after 突破/超过 counts unless it is a lone 万/亿 (digits stripped)
    (S, "园区营业收入突破百亿元，参加活动的群众超过千人。",
     [R(1e10, "元", approx=True, subject="园区营业收入"), R(1000, "人", approx=True)]),
    (T, "用於幫困的資金超過萬元。", []),
    # thousands grouped with a space
    (S, "接待游客5 000人次，完成投资12 600 000元。",
     [R(5000, "人次"), R(12_600_000, "元", subject="投资")]),
    # 共计 and a currency sign do not stay in the subject
    (S, "共计投入帮扶资金¥120万元。", [R(1_200_000, "元", subject="投入帮扶资金")]),
    # --- real-page kinds: a bracketed abbreviation, a qualifier opening the clause, a share of the
    # plan, a collection's count in a title (issue 16)
    (S, "全年地区生产总值（GDP）88.6亿元，同比增长6.1%。",
     [R(8.86e9, "元", subject="地区生产总值"), R(6.1, "%", change="increase", subject="地区生产总值")]),
    (T, "全年地區生產總值（GDP）88.6億元。", [R(8.86e9, "元", subject="地区生产总值")]),
    (S, "全年渔业总产值4.2亿元，按现价计算同比增长3.5%。",
     [R(4.2e8, "元", subject="渔业总产值"), R(3.5, "%", change="increase", subject="渔业总产值")]),
    (T, "全年漁業總產值4.2億元，按現價計算同比增長3.5%。",
     [R(4.2e8, "元", subject="渔业总产值"), R(3.5, "%", change="increase", subject="渔业总产值")]),
    (S, "完成固定资产投资31亿元，占计划的103%。",
     [R(3.1e9, "元", subject="固定资产投资"), R(103, "%", subject="固定资产投资完成计划比例")]),
    (T, "完成固定資產投資31億元，占計劃的103%。",
     [R(3.1e9, "元", subject="固定资产投资"), R(103, "%", subject="固定资产投资完成计划比例")]),
    (S, "镇机关2023年工作总结【4篇】", []),
    (S, "2024年环境保护工作总结5篇\n写总结是一个好机会。", []),   # a collection's title as the first line
    (S, "一、成绩\n完成调研报告5篇\n二、问题", [R(5, "篇", subject="调研报告")]),   # a count of reports in the body
    (T, "鎮機關2023年工作總結【4篇】", []),
    (S, "全年在市级报刊发表信息稿件（共36篇）。", [R(36, "篇")]),
    (S, "2024年乡镇工作报告多篇5篇\n各位代表：", []),
    (S, "投入道路建设资金5600万元，20xx年是1500万元，20xx年是1900万元。",
     [R(5.6e7, "元", subject="投入道路建设资金"), R(1.5e7, "元", subject="投入道路建设资金"),
      R(1.9e7, "元", subject="投入道路建设资金")]),
    (S, "20xx年是1500万元。", [R(1.5e7, "元", subject="")]),
    (S, "全年撰写调研报告6篇\n二、下步打算", [R(6, "篇")]),
    (S, "农村自来水普及率提升至97%以上。", [R(97, "%", approx=True, change="increase", subject="农村自来水普及率")]),
    (T, "農村自來水普及率提升至97%以上。", [R(97, "%", approx=True, change="increase", subject="农村自来水普及率")]),
    # a bulletin's rate with its verb left out (同比11.4%), and signed rates (增长-3.1%: a fall)
    (S, "全县限额以上批发业销售额同比11.4%。", [R(11.4, "%", change="increase", subject="限额以上批发业销售额")]),
    (T, "全縣限額以上批發業銷售額同比11.4%。", [R(11.4, "%", change="increase", subject="限额以上批发业销售额")]),
    (S, "农产品出口额3.6亿元，同比-2.5%。",
     [R(3.6e8, "元", subject="农产品出口额"), R(2.5, "%", change="decrease", subject="农产品出口额")]),
    (S, "全年货物运输量比上年增长-4.2%。", [R(4.2, "%", change="decrease", subject="货物运输量")]),
    (T, "全年貨物運輸量比上年增長-4.2%。", [R(4.2, "%", change="decrease", subject="货物运输量")]),
    (S, "居民消费价格环比为+0.3%。", [R(0.3, "%", change="increase", subject="居民消费价格")]),
    # a minus that is a range or a temperature is no sign of a change
    (S, "新建停车泊位300-500个。", [R(300, "个", value_max=500, subject="停车泊位")]),
    # --- fresh43/44 kinds: owners, modifiers, sizes, one verb over two counts ------------------
    (S, "限额以上商贸企业实现零售额14.7亿元，同比增长10.8%。",
     [R(1.47e9, "元", subject="限额以上商贸企业零售额"), R(10.8, "%", change="increase", subject="限额以上商贸企业零售额")]),
    (S, "规模以上工业企业完成产值50亿元，实现利润3亿元。",
     [R(5e9, "元", subject="规模以上工业企业产值"), R(3e8, "元", subject="规模以上工业企业利润")]),
    (S, "已救助符合条件的人员9574户15126人。",
     [R(9574, "户", subject="已救助符合条件的人员"), R(15126, "人", subject="已救助符合条件的人员")]),
    (S, "建成1个1200亩的杂交水稻制种基地。",
     [R(1, "个", subject="杂交水稻制种基地"), R(1200, "亩", subject="杂交水稻制种基地")]),
    (S, "新建一座3000平方米的综合办公楼。", [R(3000, "平方米", subject="综合办公楼")]),
    (S, "新增50辆公交车和6条公交路线。",
     [R(50, "辆", change="increase", subject="公交车"), R(6, "条", change="increase", subject="公交路线")]),
    (S, "减少贫困户120户、贫困人口300人。",
     [R(120, "户", change="decrease", subject="贫困户"), R(300, "人", change="decrease", subject="贫困人口")]),
    (S, "中央对地方转移支付增加约1.5万亿元、规模近9.8万亿元。",
     [R(1.5e12, "元", approx=True, change="increase"), R(9.8e12, "元", approx=True, change="")]),
    (S, "新建学校3所和医院2所。", [R(3, "所", subject="学校"), R(2, "所", subject="医院")]),
    (S, "改造后365户居民拥有了独立厨卫。", [R(365, "户", subject="居民")]),
    # a count followed by 中 ("among them"): the counted noun is the one before; 中心, 中学 stay
    (S, "全乡低保户420户中因病致困的有96户。",
     [R(420, "户", subject="低保户"), R(96, "户", subject="低保户")]),
    (T, "全鄉低保戶420戶中因病致困的有96戶。",
     [R(420, "户", subject="低保户"), R(96, "户", subject="低保户")]),
    (S, "建成养老服务中心4个，新建3所中学和2个中心。",
     [R(4, "个", subject="养老服务中心"), R(3, "所", subject="中学"), R(2, "个", subject="中心")]),
    # small counts inside a quoted list of formulations, and a formulation's 主线: no indicators
    (S, "坚持以“一个中心、两条主线、三项重点”为抓手，建成“两个中心、3所学校”。", [R(3, "所", subject="学校")]),
    (T, "堅持以“一個中心、兩條主線、三項重點”為抓手。", []),
    (S, "强化脱贫攻坚和常规工作两条主线。", []),
    # a count right after another count of the same (队伍3支近180人); a date's last character and an
    # age group before the subject; a period word (“十三五”时期) is no subject
    (S, "全社区有义工队伍4支近150人。", [R(4, "支", subject="义工队伍"), R(150, "人", approx=True, subject="义工队伍")]),
    (S, "全市重点项目1-6月项目累计完成投资86.5亿元。", [R(8.65e9, "元", subject="项目投资")]),
    (S, "全镇60岁及以上人口占比为21.3%。", [R(21.3, "%", subject="60岁及以上人口占比")]),
    (T, "全鎮60歲及以上人口占比為21.3%。", [R(21.3, "%", subject="60岁及以上人口占比")]),
    (S, "35岁以下党员14人，35岁至60岁党员40人。",
     [R(14, "人", subject="35岁以下党员"), R(40, "人", subject="35岁至60岁党员")]),
    (S, "全县生产总值达到86亿元，“十三五”时期年均增长6.1%。",
     [R(8.6e9, "元", subject="生产总值"), R(6.1, "%", change="increase", subject="生产总值")]),
    # a fall's rate word (降幅, 减幅) gives the change and takes the subject before
    (S, "非税收入完成2000万元，同比降幅34.1%。",
     [R(2e7, "元", subject="非税收入"), R(34.1, "%", change="decrease", subject="非税收入")]),
    (T, "地方財政收入完成8000萬元，減幅4%。",
     [R(8e7, "元", subject="地方财政收入"), R(4, "%", change="decrease", subject="地方财政收入")]),
    # an adverb the core left before its verb takes the verb (基本建成); a pollutant's name keeps its digits
    (S, "棚户区改造住房基本建成4200套。", [R(4200, "套", subject="棚户区改造住房")]),
    (S, "截至10月底，基本建成4200套。", [R(4200, "套", subject="基本建成")]),
    (S, "全市pm2.5浓度37微克/立方米。", [R(37, "微克/立方米", subject="PM2.5浓度")]),
    (T, "全市PM2.5濃度37微克/立方米。", [R(37, "微克/立方米", subject="PM2.5浓度")]),
    # a threshold whose bound a wrapped line put on the next line names a category, no amount
    (S, "共上报 500 万元\n以上农业投资项目 39 个。", [R(39, "个", subject="农业投资项目")]),
    # 中 after a noun before a count ("among them") leaves the noun; 高中, 初中 stay
    (S, "这341件纠纷中340件已调处成功，新建高中2所。",
     [R(341, "件", subject="纠纷"), R(340, "件", subject="纠纷"), R(2, "所", subject="高中")]),
    # a category in a breakdown after a full stop and 其中 takes the whole's name
    (S, "全年居民消费价格比上年上涨1.9%。其中，衣着类上涨1.8%，居住类下降1.7%。",
     [R(1.9, "%", change="increase", subject="居民消费价格"), R(1.8, "%", change="increase", subject="衣着类居民消费价格"),
      R(1.7, "%", change="decrease", subject="居住类居民消费价格")]),
    # a breakdown by kind opened by 分…看: each part takes the whole's name
    (S, "全年完成营业性客运量83亿人次。分方式看，铁路完成26亿人次，民航完成4.4亿人次。",
     [R(8.3e9, "人次", subject="营业性客运量"), R(2.6e9, "人次", subject="铁路营业性客运量"),
      R(4.4e8, "人次", subject="民航营业性客运量")]),
    (T, "全年完成營業性客運量83億人次。分方式看，水路完成1.6億人次。",
     [R(8.3e9, "人次", subject="营业性客运量"), R(1.6e8, "人次", subject="水路营业性客运量")]),
    # a survey's name holds its sampling rate: no indicator
    (S, "根据全国1%人口抽样调查结果，常住人口增长2%。", [R(2, "%", change="increase", subject="常住人口")]),
    (T, "開展1%全國人口抽查工作。", []),
    # a duration inside the clause is no subject; a quoted name right before the number is; 荣获
    # opens the predicate
    (S, "城镇登记失业率连续5年控制在4.1%以内。", [R(4.1, "%", approx=True, subject="城镇登记失业率")]),
    (S, "打掉恶势力团伙15个、“村霸”13个。", [R(15, "个", subject="打掉恶势力团伙"), R(13, "个", subject="村霸")]),
    (T, "65名個人榮獲市級先進。", [R(65, "人", subject="个人")]),
    # adverbs of manner and 之一 end the counted noun; 全面 may open it
    (S, "配备20余名保洁员全面负责清扫，对照23项考核指标逐项落实。",
     [R(20, "人", approx=True, subject="保洁员"), R(23, "项", subject="考核指标")]),
    (T, "某鎮是全縣七個貧困鄉鎮之一。", [R(7, "个", subject="贫困乡镇")]),
    (S, "实施两次全面降准。", [R(2, "次", subject="全面降准")]),
    # an amount after 占 and a plan is the plan's; the share after it is how much of the plan was done
    (S, "地方财政收入11489万元，占年度预算12000万元的95.7%。",
     [R(1.1489e8, "元", subject="地方财政收入"), R(1.2e8, "元", subject="地方财政收入年度预算"),
      R(95.7, "%", subject="地方财政收入完成年度预算比例")]),
    (T, "完成造林11.4萬畝，占年計劃12萬畝的95%。",
     [R(114000, "亩", subject="造林"), R(120000, "亩", subject="造林年计划"), R(95, "%", subject="造林完成年计划比例")]),
    (S, "中央财政赤字2600亿元，比上年预算减少198亿元。",
     [R(2.6e11, "元", subject="中央财政赤字"), R(1.98e10, "元", change="decrease", subject="中央财政赤字")]),
    # the kind named before 等 stays with a generic head
    (S, "开展参观主题展览等活动165场。", [R(165, "场", subject="参观主题展览等活动")]),
    (T, "開展參觀主題展覽等活動165場。", [R(165, "场", subject="参观主题展览等活动")]),
    # an industry name that holds a 、 or 和 stays whole
    (S, "纺织服装、服饰业同比增长24.1%，交通运输、仓储和邮政业增加值3.2亿元。",
     [R(24.1, "%", change="increase", subject="纺织服装、服饰业"), R(3.2e8, "元", subject="交通运输、仓储和邮政业增加值")]),
    (T, "電力、熱力、燃氣及水生產和供應業增加值提高7.8個百分點。",
     [R(7.8, "百分点", change="increase", subject="电力、热力、燃气及水生产和供应业增加值")]),
    # a short numbered heading right before the clause names what it reports
    (S, "2.个人所得税。完成13.4亿元，增长37.8%。",
     [R(1.34e9, "元", subject="个人所得税"), R(37.8, "%", change="increase", subject="个人所得税")]),
    (T, "2.個人所得稅。完成13.4億元，增長37.8%。",
     [R(1.34e9, "元", subject="个人所得税"), R(37.8, "%", change="increase", subject="个人所得税")]),
    # a negation ends a counted noun; a level of schooling in a breakdown takes the whole's words,
    # unless the whole is schools
    (S, "全市仍有5家企业未完成改造。", [R(5, "家", subject="企业")]),
    (S, "下拨资金520万元（其中初中210万元、小学310万元）。",
     [R(5.2e6, "元", subject="下拨资金"), R(2.1e6, "元", subject="初中下拨资金"), R(3.1e6, "元", subject="小学下拨资金")]),
    (T, "全縣有學校30所，其中小學20所，初中8所。",
     [R(30, "所", subject="学校"), R(20, "所", subject="小学"), R(8, "所", subject="初中")]),
    # a crop opening its segment owns the yield after it; a plant named after its capacity
    (S, "春小麦种植2600亩，预计产量95.4万公斤；油菜种植900亩，产量12.1万公斤。",
     [R(2600, "亩"), R(954000, "公斤", subject="春小麦预计产量"), R(900, "亩"), R(121000, "公斤", subject="油菜产量")]),
    (T, "春小麥種植2600畝，預計產量95.4萬公斤。", [R(2600, "亩"), R(954000, "公斤", subject="春小麦预计产量")]),
    (S, "建成某公司50万吨水泥粉磨站项目。", [R(500000, "吨", subject="水泥粉磨站项目")]),
    # a project opening the clause before owns the investment reported next
    (S, "饮水安全工程建设稳步推进，全年完成投资2600万元。", [R(2.6e7, "元", subject="饮水安全工程投资")]),
    (T, "飲水安全工程建設穩步推進，全年完成投資2600萬元。", [R(2.6e7, "元", subject="饮水安全工程投资")]),
    (S, "全县经济平稳运行，全年完成投资20亿元。", [R(2e9, "元", subject="投资")]),
    # the works before 完成投资, without its place; the topic of the sentence
    (S, "截至6月底，全市干线公路完成投资8.19亿元。", [R(8.19e8, "元", subject="干线公路投资")]),
    (T, "截至6月底，全市幹線公路完成投資8.19億元。", [R(8.19e8, "元", subject="干线公路投资")]),
    (S, "在高速公路方面，上半年完成投资1.02亿元。", [R(1.02e8, "元", subject="高速公路投资")]),
    (S, "项目已开工建设并完成投资650万元。", [R(6.5e6, "元", subject="投资")]),
    # a sentence's topic (X方面，) for a subject that only says when; a mark names nothing
    (S, "地区生产总值方面，全县当季同比增长15.4%。", [R(15.4, "%", change="increase", subject="地区生产总值")]),
    (S, "1-7月份，全县规上工业增加值增长8%，较1-6月份提高0.5个百分点。",
     [R(8, "%", change="increase", subject="规上工业增加值"), R(0.5, "百分点", change="increase", subject="规上工业增加值")]),
    (T, "地區生產總值方面，全縣當季同比增長15.4%。", [R(15.4, "%", change="increase", subject="地区生产总值")]),
    (S, "煤炭产量首次突破了10亿吨。", [R(1e9, "吨", approx=True, subject="煤炭产量")]),
    # a growth rate's word alone: the subject before it, an increase (a minus: a fall)
    (S, "规上战新产业增加值23亿元，同比增幅14%。",
     [R(2.3e9, "元", subject="规上战新产业增加值"), R(14, "%", change="increase", subject="规上战新产业增加值")]),
    (S, "固定资产投资12亿元，增速为-2%。",
     [R(1.2e9, "元", subject="固定资产投资"), R(-2, "%", change="decrease", subject="固定资产投资")]),
    # parts a category counts after its own number take the category
    (S, "普通中学22所，教职工2102人，在校学生14081人；职业中学3所，在校学生1339人。",
     [R(22, "所", subject="普通中学"), R(2102, "人", subject="普通中学教职工"),
      R(14081, "人", subject="普通中学在校学生"), R(3, "所", subject="职业中学"),
      R(1339, "人", subject="职业中学在校学生")]),
    (T, "普通中學22所，在校學生14081人。", [R(22, "所", subject="普通中学"), R(14081, "人", subject="普通中学在校学生")]),
    (S, "29所学校成功创建智慧校园，占比超过90.63%。",
     [R(29, "所", subject="学校"), R(90.63, "%", approx=True, subject="学校占比")]),
    (T, "限額以上商貿企業實現零售額14.7億元。", [R(1.47e9, "元", subject="限额以上商贸企业零售额")]),
    (T, "新增50輛公交車和6條公交線路。",
     [R(50, "辆", change="increase", subject="公交车"), R(6, "条", change="increase", subject="公交线路")]),
    # --- fresh136-140 kinds: a clause before 的 says which, a rate after 的, a number inside a
    # name, a sex in a breakdown, a compound verb over a count said before, set phrases -------
    (S, "每个村配备1名分管民宗工作的联络员和1名信息员。",
     [R(1, "人", subject="分管民宗工作的联络员"), R(1, "人", subject="信息员")]),
    (S, "关停5家不符合排放标准的砖厂。", [R(5, "家", subject="不符合排放标准的砖厂")]),
    (S, "硬化了4个村的主干道。", [R(4, "个", subject="村")]),   # a noun before 的: the villages counted
    (S, "帮扶8户受灾的群众。", [R(8, "户", subject=None)]),   # people counted: no clause taken
    (S, "对照90%的参保率目标仍有差距。", [R(90, "%", subject="参保率")]),
    (S, "以98%的满意率位居全市前列。", [R(98, "%", subject="满意率")]),
    (S, "今年对接世界500强企业6家。", [R(6, "家", subject="世界500强企业")]),
    (S, "新建7人制足球场3个。", [R(3, "个", subject="7人制足球场")]),
    (T, "新建7人制足球場3個，11人制足球場1個。",
     [R(3, "个", subject="7人制足球场"), R(1, "个", subject="11人制足球场")]),
    (S, "全镇持证残疾人860人，其中男性470人，女性390人。",
     [R(860, "人", subject="持证残疾人"), R(470, "人", subject="男性持证残疾人"),
      R(390, "人", subject="女性持证残疾人")]),
    (S, "全乡总人口2.3万人，其中女性1.1万人。",
     [R(23000, "人", subject="总人口"), R(11000, "人", subject="女性人口")]),
    (S, "收到代表意见28条，采纳并落实25条。",
     [R(28, "条", subject="代表意见"), R(25, "条", subject="采纳并落实代表意见")]),
    (S, "受理群众来信420件，办理400件，回复380件。",
     [R(420, "件", subject="群众来信"), R(400, "件", subject="办理群众来信"),
      R(380, "件", subject="回复群众来信")]),
    (T, "全年開展安全檢查60項次。", [R(60, "项次", subject="安全检查")]),
    (S, "开展民族团结进步宣传活动12场。", [R(12, "场", subject="民族团结进步宣传活动")]),
    (S, "举办12场民族团结进步宣传活动。", [R(12, "场", subject="民族团结进步宣传活动")]),
    (S, "全县有自由职业者140人。", [R(140, "人", subject="自由职业者")]),
    (S, "县委实行四套班子联系重点项目制度。", []),
    (S, "该局与县档案馆实行两块牌子、一套机构。", []),
    # --- fresh141-145 kinds: a group of people named by an attribute takes its whole ----------
    (S, "全镇共有党员860名，其中35岁以下170名，占19.8%；60岁以上的240名。",
     [R(860, "人", subject="党员"), R(170, "人", subject="35岁以下党员"), R(19.8, "%", subject="35岁以下党员占比"),
      R(240, "人", subject="60岁以上党员")]),
    (S, "社区干部中，30岁以下12名，大专以上文化程度的30名。",
     [R(12, "人", subject="30岁以下社区干部"), R(30, "人", subject="大专以上文化程度社区干部")]),
    (T, "全鎮共有黨員860名，其中女性210名。", [R(860, "人", subject="党员"), R(210, "人", subject="女性党员")]),
    # the size of a body made up of others (由甲、乙组成的120多人的应急分队); 分别 after a count opens
    # its parts' values, no noun
    (S, "组建由供电所、村委会组成的60多人的应急分队。", [R(60, "人", approx=True, subject="应急分队人数")]),
    (S, "以民兵为主组成30人的巡逻队伍以片警为主组成8人的治安队伍。",
     [R(30, "人", subject="巡逻队伍人数"), R(8, "人", subject="治安队伍人数")]),
    # a pair of verbs over one count (取消和调整…26项): the first verb stays with the second
    (S, "全年取消和调整行政审批项目26项，新建和改造农村公路120公里。",
     [R(26, "项", subject="取消和调整行政审批项目"), R(120, "公里", subject="新建和改造农村公路")]),
    (S, "全县及时签收率达到100%。", [R(100, "%", subject="及时签收率")]),   # 及时: a word, no join
    (S, "通过网站主动公开信息120条分别为文件类30条，公告类90条。",
     [R(120, "条", subject="通过网站主动公开信息"), R(30, "条", subject=None), R(90, "条", subject=None)]),
    # kinds of fresh276-280: a 范文 page's count of its pieces is no indicator (a count of reports
    # written is); a category's bound before 的 and a noun is none either (a share of them is); 约占
    # before the whole makes the share approximate; 之多 and 多达 stress an exact count; capacity per
    # year and inspections of mines as units
    (S, "学校德育工作总结 三篇\n第1篇 学校德育工作总结", []),
    (S, "- 打击侵财工作总结(6篇)工作总结报告\n", []),
    (T, "交通警察工作总结三篇\n全年处理事故52起。", [R(52, "起", subject="处理事故")]),
    (S, "一、成绩\n完成调研报告5篇\n二、问题", [R(5, "篇", subject="调研报告")]),
    (S, "全年没有发生一起死亡3人以上的较大交通事故。", []),
    (T, "全縣七成以上的行政村通了公交。", [R(70, "%", approx=True)]),
    (S, "资助面约占在园幼儿总数的10%。", [R(10, "%", approx=True, subject="资助面")]),
    (T, "课本剧在比赛中演出十一次之多，参加人数多达300人。",
     [R(11, "次", approx=False), R(300, "人", approx=False, subject="参加人数")]),
    (S, "全市煤矿平均单井规模由45万吨/年提高到128万吨/年。",
     [R(450000, "吨/年", subject="煤矿平均单井规模"), R(1280000, "吨/年", change="increase")]),
    (T, "全年共执法检查9.7万余矿次。", [R(97000, "矿次", approx=True, subject="执法检查")]),
    # more or less than the usual (偏多, 偏少 after 较常年) is a change; 不足 and 不到 bound a count from
    # above; a headline's figures parted by a blank keep their own nouns; 等地 ends no subject
    (T, "北方地区降雨量较常年偏多1-3成，西南等地降雨较常年偏少1-2成。",
     [R(10, "%", change="increase", value_max=30, subject="北方地区降雨量"),
      R(10, "%", change="decrease", value_max=20, subject="西南等地降雨")]),
    (S, "督促整改问题不足20项，资金缺口不到5%。",
     [R(20, "项", approx=True, subject="督促整改问题"), R(5, "%", approx=True, subject="资金缺口")]),
    (T, "去年全省矿山共发生事故41起 死亡57人\n", [R(41, "起", subject="事故"), R(57, "人", subject="死亡")]),
    (S, "小学德育工作总结集合9篇\n", []),
    # rainfall in millimetres, its usual level compared with (较历年同期) and the change after it
    (T, "7至9月累积降雨量384.7毫米，较历年同期338.7毫米，偏多13%；最大积雪深度15厘米。",
     [R(384.7, "毫米", subject="累积降雨量"), R(338.7, "毫米", subject="累积降雨量"),
      R(13, "%", change="increase", subject="累积降雨量"), R(15, "厘米", subject="最大积雪深度")]),
    (S, "全区平均降水量为120mm。", [R(120, "毫米", subject="平均降水量")]),
    # what an incident counted before cost, and its count again, named alone (起数, 死亡人数; a fire's losses)
    (T, "全县共发生一般程序道路交通事故52起，起数同比减少27起，死亡人数同比减少9人。",
     [R(52, "起", subject="一般程序道路交通事故"), R(27, "起", change="decrease", subject="一般程序道路交通事故起数"),
      R(9, "人", change="decrease", subject="一般程序道路交通事故死亡人数")]),
    (S, "全年共发生火灾32起，死亡2人，直接财产损失15万元。",
     [R(32, "起", subject="火灾"), R(2, "人", subject="火灾死亡"), R(150000, "元", subject="火灾直接财产损失")]),
    # kinds of fresh281-285: a number inside a document's name and where a place lies are no
    # indicators; prices per unit of goods; a net rise
    (T, "认真贯彻《国企十条》，落实《关于加快发展的二十条意见》。", []),
    (T, "学校距县城22公里，距离镇政府约3公里，今年新修道路22公里。", [R(22, "公里", subject="新修道路")]),
    # kinds of fresh286-290: a size class's bounds written with both units, a film's gauge, 项目部 after a
    # numeral are no indicators (三项目标任务 is three tasks)
    (T, "全市有律师11人至20人的律师事务所30家。", [R(30, "家", subject="律师事务所")]),
    (S, "为放映队配发16毫米拷贝放映设备，全县降水量120毫米。", [R(120, "毫米", subject="降水量")]),
    (T, "公司两项目部全面开工，完成三项目标任务。", [R(3, "项", subject="目标任务")]),
    # kinds of fresh296-300: the survey or period compared with is no subject (the level's is); 微减;
    # pressure in mmHg and cmH2O (not millimetres); 三元色 is no money
    (T, "毛猪在养总头数550万头，较六个月前调查时增加6.7万头；乳牛头数11万头，较上期底微减0.81%。",
     [R(5500000, "头", subject="毛猪在养总头数"), R(67000, "头", change="increase", subject="毛猪在养总头数"),
      R(110000, "头", subject="乳牛头数"), R(0.81, "%", change="decrease", subject="乳牛头数")]),
    (S, "患者血压85mmHg，伤口长5mm，病房采用三元色标识管理。",
     [R(85, "毫米汞柱", subject="患者血压"), R(5, "毫米", subject="伤口长")]),
    # what a project named in the clause before involves (a fresh285 kind)
    (T, "某镇公路征迁改造项目，涉及17户，建筑面积约0.5万平方米。",
     [R(17, "户", subject="某镇公路征迁改造项目涉及"), R(5000, "平方米", approx=True, subject="建筑面积")]),
    (T, "吨钢成本降低6.22元/吨，数控机床净增三点五万台。",
     [R(6.22, "元/吨", change="decrease", subject="吨钢成本"), R(35000, "台", change="increase", subject="数控机床")]),
    # kinds of fresh296-300 (second pass): a sharp rise or a bare 增 (大增, 年增, 分别增 after a comparison,
    # pairing with the levels before); a multiple of a base names its owner, not the base; 趟次; 较上一年度
    (T, "今年风电发电量17.1亿度，光伏发电量16.9亿度，与上年比较，分别增17.1%及49.4%；装机容量年增8.3%。",
     [R(1710000000, "度", subject="风电发电量"), R(1690000000, "度", subject="光伏发电量"),
      R(17.1, "%", change="increase", subject="风电发电量"), R(49.4, "%", change="increase", subject="光伏发电量"),
      R(8.3, "%", change="increase", subject="装机容量")]),
    (T, "出口锐减12%，光伏装机大增1.5倍。",
     [R(12, "%", change="decrease", subject="出口"), R(150, "%", change="increase", subject="光伏装机")]),
    (S, "节日期间急救电话日呼叫量约为平日的3倍，全年急救出车1202趟次，救治病人3500人次，较上一年度增长12%。",
     [R(3, "倍", subject="急救电话日呼叫量"), R(1202, "趟次", subject="急救出车"),
      R(3500, "人次", subject="救治病人"), R(12, "%", change="increase", subject="救治病人")]),
    # power in Latin letters; the same month's end a year before; a rise that goes on (续增)
    (T, "再生能源装机容量11.7GW，较上年同月底续增19.4%；光伏占比31.5%，较去年同月底增5.9个百分点。",
     [R(11.7, "吉瓦", subject="再生能源装机容量"), R(19.4, "%", change="increase", subject="再生能源装机容量"),
      R(31.5, "%", subject="光伏占比"), R(5.9, "百分点", change="increase", subject="光伏占比")]),
    # kinds of fresh301-305: what the fixed assets were invested in before 完成固定资产投资 (its place
    # goes); a breakdown by kind opened by 按…分 or 按…划分, a second one of the same whole after it
    (T, "全国铁路完成固定资产投资7645亿元，全县完成固定资产投资50亿元。",
     [R(7645e8, "元", subject="铁路固定资产投资"), R(50e8, "元", subject="固定资产投资")]),
    (S, "全年新签项目60个。按工程类别分：公路21个，市政18个。按区域划分：陕西7个，甘肃5个。",
     [R(60, "个", subject="新签项目"), R(21, "个", subject="公路新签项目"), R(18, "个", subject="市政新签项目"),
      R(7, "个", subject="陕西新签项目"), R(5, "个", subject="甘肃新签项目")]),
    # kinds of fresh311-315: 不得少于 bounds a count from below; 三门 in a list of places is a county's name
    (T, "河长每月巡查次数不得少于三次，先后赴温岭、玉环、三门等地调研。",
     [R(3, "次", approx=True, subject="河长每月巡查次数")]),
    # kinds of fresh444-448: a subject starts at a noun's start (建成区, not 区), after a verb's 了
    # and an opening conjunction; a numeral's quoted name closing its clause is a formulation
    (S, "全市建成区绿地率达到38%，新馆建设了总面积6000平方米的书库，但南门校区面积2100平方米。",
     [R(38, "%", subject="建成区绿地率"), R(6000, "平方米", subject="总面积"),
      R(2100, "平方米", subject="南门校区面积")]),
    (T, "全年開展活動26場，但分館藏書量8萬冊。", [R(26, "场", subject="活动"), R(80000, "册", subject="分馆藏书量")]),
    (S, "全年突出两个“优”，落实三个“到位”。", []),
    # fresh449-453 kinds: a yield per unit of area; an amount restated in brackets in another unit keeps
    # its change; a comparison said with 相比; a counted noun without the verb before 了
    (S, "全县小麦单产412.5公斤/亩，比上年增加7.3公斤/亩；夏粮面积增加1.2千公顷（1.8万亩）。",
     [R(412.5, "公斤/亩", subject="小麦单产"), R(7.3, "公斤/亩", change="increase", subject="小麦单产"),
      R(1200, "公顷", change="increase", subject="夏粮面积"), R(18000, "亩", change="increase", subject="夏粮面积")]),
    (T, "全縣報紙總印數1.2億份，與上年相比增長0.5%。",
     [R(1.2e8, "份", subject="报纸总印数"), R(0.5, "%", change="increase", subject="报纸总印数")]),
    (S, "会上向获得优秀奖的20位作者颁发了证书。", [R(20, "位", subject="作者")]),
    # a word's start is kept (所有者权益, 有害信息), but not across a conjunction that is no word of its own (并网),
    # nor back from a word that stands alone (增加|收入), nor into a count's unit (2—5万元户)
    (S, "全县所有者权益8亿元，清理有害信息300条，并网光伏容量达2万千瓦，农户可增加收入90万元。",
     [R(8e8, "元", subject="所有者权益"), R(300, "条", subject="有害信息"), R(20000, "千瓦", subject="并网光伏容量"),
      R(900000, "元", change="increase", subject="收入")]),
    (S, "全县培育年收入3—5万元户1.2万户。", [R(30000, "元", value_max=50000), R(12000, "户", subject="3—5万元户")]),
    # a cut verb's complement goes with it (排查|出|隐患: a fresh457 kind)
    (S, "全年排查出隐患421条。", [R(421, "条", subject="隐患")]),
    # a thousands comma with a blank after it is one number; a dash after a value and its unit is a range's,
    # no sign; a share's 占到 (fresh459, fresh463 kinds)
    (T, "當中本地居民有2, 785人，遊客有1, 527人。", [R(2785, "人", subject="本地居民"), R(1527, "人", subject="游客")]),
    (S, "餐费根据年龄分档，为3元-14元不等。", [R(3, "元"), R(14, "元")]),
    # a complement after a verb of getting goes with it (争取|到); a list goes on past a bracket's note; a
    # listed name after 其次为 (fresh459-463 kinds)
    (S, "全年争取到省级项目资金63万元。", [R(630000, "元", subject="省级项目资金")]),
    (S, "托育机构分别较上年增加2所（2.5%）、8所（4.3%）。",
     [R(2, "所", change="increase"), R(2.5, "%", change="increase"), R(8, "所", change="increase"),
      R(4.3, "%", change="increase")]),
    (S, "病因以糖尿病最多，其次为肾炎（23.1%）、高血压（8.3%）。", [R(23.1, "%", subject="肾炎"), R(8.3, "%", subject="高血压")]),
    # a numeral and a measure word inside a place's name; a bound inside a definition (fresh469, fresh471 kinds)
    (S, "三座楼村建成光伏电站，五台县开展检查，新建三座村卫生室，采购两台县级设备。",
     [R(3, "座", subject="村卫生室"), R(2, "台", subject="县级设备")]),
    (S, "厚度小于0.025毫米的超薄塑料袋禁止销售。", []),
    # … but a count before a place word is a count (三次|入村), and 不低于…的标准 a standard (kinds the dump showed)
    (S, "开展三次入村集中体检，补助按每人每月不低于50元的标准发放。", [R(3, "次"), R(50, "元", approx=True)]),
    (T, "今年【nián】以來，全區建成2個【gè】電站，收益50萬元【yuán】。",
     [R(2, "个", subject="电站"), R(500000, "元", subject="收益")]),
    # 成长 for a rise, as Taiwan's reports write it (a fresh466 kind)
    (T, "取締酒後駕車件數較去年同期成長28件，成長165%。",
     [R(28, "件", change="increase", subject="取缔酒后驾车件数"), R(165, "%", change="increase", subject="取缔酒后驾车件数")]),
    # a counted noun ends at the verb it runs on into (通过, 赶到: fresh462, fresh463 kinds)
    (S, "全县6725名基层人员通过专业培训考核，20名志愿者赶到现场。",
     [R(6725, "人", subject="基层人员"), R(20, "人", subject="志愿者")]),
    # a time's 到 is no part of the subject, and a later 到 and its time take the subject before (a fresh459 kind)
    (S, "全市无烟机关覆盖率到2021年底达70%，到2022年底达100%。",
     [R(70, "%", subject="无烟机关覆盖率"), R(100, "%", subject="无烟机关覆盖率")]),
    # one person's age is no indicator (73岁村民, 78岁高龄, （63岁、65岁，女）); 当前 and 随后 are time words before a
    # count, not a ranking's 前 or 后 (a fresh463 kind)
    (S, "饭后，73岁村民张某主动留下，老人已有78岁高龄。", []),
    (S, "当前2名工作人员（63岁、65岁，女）负责做饭，随后3名志愿者也来帮忙。",
     [R(2, "人", subject="工作人员"), R(3, "人", subject="志愿者")]),
    # a share in brackets after the name it is of, in a list; a bare share in brackets after a count is its share
    (S, "吸烟率较高的分别是：车站（19.7%）、商场（12.4%）。", [R(19.7, "%", subject="车站"), R(12.4, "%", subject="商场")]),
    (S, "其中男性有370人（93.9%），女性有24人（6.1%）。",
     [R(370, "人", subject="男性"), R(93.9, "%", subject="男性占比"), R(24, "人", subject="女性"),
      R(6.1, "%", subject="女性占比")]),
    (S, "新能源公交车1.4万辆，占到公交车总量的47.7%。",
     [R(14000, "辆", subject="新能源公交车"), R(47.7, "%", subject="新能源公交车占公交车总量比重")]),
    # a share whose whole is given with its amount: the amount is the whole's, the share the owner's of it
    (S, "全镇秋播落实面积7.3万亩，占规划面积6.9万亩的105%。",
     [R(73000, "亩", subject="秋播落实面积"), R(69000, "亩", subject="规划面积"),
      R(105, "%", subject="秋播落实面积占规划面积比重")]),
    (T, "今年突出兩個「優」，建成三個“書香社區”示範點。", [R(3, "个")]),
    # an age before the group it names is no indicator (5岁儿童, 65岁~74岁老年人); 颗 counts; a headline's next
    # phrase after a blank is no counted noun; 有关 stays whole; nothing before a value: the noun after it
    # (fresh479-483 kinds)
    (S, "全市5岁儿童龋患率为70.9%，65岁~74岁老年人缺牙修复比例为40%。",
     [R(70.9, "%", subject="5岁儿童龋患率"), R(40, "%")]),
    (T, "全市為6歲兒童實施窩溝封閉2.1萬顆。", [R(21000, "颗")]),
    (S, "全县封闭牙齿超11万颗 儿童龋齿发病率下降50%", [R(110000, "颗", approx=True, subject="封闭牙齿"),
     R(50, "%", change="decrease", subject="儿童龋齿发病率")]),
    (S, "检查餐饮单位611户次，办理有关案件8件。", [R(611, "户次", subject="餐饮单位"), R(8, "件", subject="有关案件")]),
    (S, "提升仓储能力。新增1260吨低温仓容，改善储粮条件。", [R(1260, "吨", change="increase", subject="低温仓容")]),
    # a breakdown with 其中: the kind named before 有 says which firms (a fresh485 kind); no kind in a time or place
    (S, "白名单企业超过80家。其中梯次利用有27家企业，再生利用有15家企业。",
     [R(80, "家", approx=True, subject="白名单企业"), R(27, "家", subject="梯次利用企业"), R(15, "家", subject="再生利用企业")]),
    (S, "其中今年有5家企业获奖，全县有32家企业落户。", [R(5, "家", subject="企业"), R(32, "家", subject="企业")]),
]


# --- issue 17: the columns across reports (period, base, measure, status, indicator) -------
# Each case is (script, text, document year, expected rows). A row is P(value, ...) and is
# compared with the first indicator of that value; fields left None are not checked.
# Texts may hold several lines (headings), so that the part of the report counts.
class P(NamedTuple):
    value: float
    period: str | None = None
    base: str | None = None
    measure: str | None = None
    status: str | None = None
    indicator: str | None = None


_REVIEW = "一、2018年工作回顾\n"
_PLAN = "二、2019年主要任务\n"
_REVIEW_T = "一、2018年工作回顧\n"
_PLAN_T = "二、2019年主要任務\n"

PANEL_CASES: list[tuple[str, str, int | None, list[P]]] = [
    # a year written apart from its 年 (a PDF's blank) is still the period
    (S, "2018 年，全市地区生产总值增长6.5%。", 2019, [P(6.5, period="2018年", measure="change_rate")]),
    # --- months so far: 1-6 月 written with a blank, 截至6月底 -------------------------------
    (S, "2020年1-6 月，全县共发生事故5起，同比下降72.7%。", 2020,
     [P(5, period="2020年1-6月", measure="level"), P(72.7, period="2020年1-6月", measure="change_rate")]),
    (S, "截至6月底，全市累计淘汰黄标车435辆。", 2020, [P(435, period="2020年1-6月", measure="level")]),
    (T, "截至9月末，全縣新增市場主體1200戶。", 2021, [P(1200, period="2021年1-9月")]),
    # --- period vs base: a comparison term is the base, never the period -----------------
    (S, "贫困发生率由上年的4.8%下降到0.9%。", 2019,
     [P(4.8, period="2018年", base="", measure="level", indicator="贫困发生率"),
      P(0.9, base="上年", measure="level", indicator="贫困发生率")]),
    (S, "全县税收收入2.8亿元（较去年同期增长12%）。", 2019,
     [P(2.8e8, base="同期", measure="level", indicator="税收收入"), P(12, base="同期", measure="change_rate")]),
    (S, "2019年粮食总产量45.6万吨，比上年增加0.8万吨。", 2020,
     [P(456000, period="2019年", base="", measure="level", indicator="粮食总产量"),
      P(8000, period="2019年", base="上年", measure="change_amount")]),
    (S, "2019年全市地区生产总值比2015年增长38.6%。", 2020,
     [P(38.6, period="2015-2019年", base="2015年", measure="change_rate", indicator="国内生产总值增长率")]),
    # a base that opens the sentence frames every clause after it
    (S, "与2015年相比，全县粮食产量增长12%，油料产量增长8%。", 2020,
     [P(12, base="2015年", measure="change_rate"), P(8, base="2015年", measure="change_rate")]),
    (T, "與2015年相比，全縣糧食產量增長12%，油料產量增長8%。", 2020,
     [P(12, base="2015年", measure="change_rate"), P(8, base="2015年", measure="change_rate")]),
    (S, "全县规模以上工业增加值同比-3.1%，工业用电量同比8.5%。", 2019,
     [P(3.1, base="同期", measure="change_rate"), P(8.5, base="同期", measure="change_rate")]),
    (S, "今年1-9月，规模以上工业增加值同比增长7.2%。", 2019,
     [P(7.2, period="2019年1-9月", base="同期", measure="change_rate", indicator="规模以上工业增加值")]),
    (S, "今年上半年城镇新增就业6.2万人。", 2021,
     [P(62000, period="2021年上半年", indicator="城镇新增就业")]),
    (S, "去年全省一般公共预算收入增长5.1%。", 2022,
     [P(5.1, period="2021年", measure="change_rate", indicator="一般公共预算收入")]),
    (S, "“十三五”期间，全区森林覆盖率提高到42.5%。", 2021,
     [P(42.5, period="十三五期间", measure="level", indicator="森林覆盖率")]),
    (S, "2016—2020年，累计减少农村贫困人口3.2万人。", 2021,
     [P(32000, period="2016-2020年", measure="change_amount", indicator="农村贫困人口")]),
    (S, "今年社会消费品零售总额预计增长9%。", None,
     [P(9, period="今年", indicator="社会消费品零售总额")]),
    (S, "过去五年，全市城镇居民人均可支配收入年均增长8.1%。", 2023,
     [P(8.1, period="过去五年", measure="change_rate", indicator="城镇居民人均可支配收入")]),
    (S, "二〇一九年十二月，全镇接待游客12万人次。", 2020, [P(120000, period="2019年", indicator="接待游客")]),
    # a two-year average (两年平均增长, the statistics of 2021 against 2019): over 2019-2021, from 2019
    (S, "2021年，全县固定资产投资增长8%，两年平均增长3.8%。", 2022,
     [P(8, period="2021年", base=""), P(3.8, period="2019-2021年", base="2019年", measure="change_rate")]),
    # --- measure: level, change_rate, change_amount, share --------------------------------
    (S, "单位地区生产总值能耗下降了3.8%。", 2019,
     [P(3.8, measure="change_rate", indicator="单位国内生产总值能耗")]),
    (S, "城镇登记失业率降至3.2%。", 2019, [P(3.2, measure="level", indicator="城镇登记失业率")]),
    (S, "常住人口城镇化率提高1.3个百分点。", 2019, [P(1.3, measure="change_amount", indicator="常住人口城镇化率")]),
    (S, "研究与试验发展经费支出占地区生产总值比重达到2.6%。", 2019,
     [P(2.6, measure="share", indicator="研究与试验发展经费投入强度")]),
    (S, "服务业增加值占地区生产总值的比重为54%。", 2019, [P(54, measure="share", indicator="服务业比重")]),
    (S, "居民消费价格涨幅控制在3%以内。", 2019, [P(3, measure="change_rate", indicator="居民消费价格涨幅")]),
    (S, "全年进出口总额突破2000亿元，增长6%。", 2019,
     [P(2e11, measure="level", indicator="进出口总额"), P(6, measure="change_rate", indicator="进出口总额")]),
    (S, "实际使用外资增加1.5亿美元。", 2019, [P(1.5e8, measure="change_amount", indicator="实际使用外资")]),
    (S, "空气质量优良天数比例达到87.5%。", 2019, [P(87.5, measure="level", indicator="空气质量优良天数比例")]),
    (S, "国内生产总值增长6.6%，总量突破90万亿元。", 2019,
     [P(6.6, indicator="国内生产总值增长率"), P(9e13, measure="level", indicator="国内生产总值")]),
    # --- status from the sentence ---------------------------------------------------------
    (S, "力争全年固定资产投资增长10%。", 2019, [P(10, status="target", indicator="固定资产投资")]),
    (S, "确保城镇新增就业1.5万人以上。", 2019, [P(15000, status="target", indicator="城镇新增就业")]),
    (S, "今年经济社会发展的主要预期目标是：地区生产总值增长7%左右。", 2019,
     [P(7, period="2019年", status="target", measure="change_rate", indicator="国内生产总值增长率")]),
    (S, "计划新建幼儿园30所。", 2019, [P(30, status="plan")]),
    (S, "全年完成造林面积1.2万亩，同比增长5%。", 2019,
     [P(12000, status="achieved", indicator="造林面积"), P(5, status="achieved", base="同期")]),
    # --- status from the part of the report ------------------------------------------------
    (S, _REVIEW + "全市地区生产总值增长6.8%。\n" + _PLAN + "全市地区生产总值增长6.5%左右。", 2019,
     [P(6.8, period="2018年", status="achieved", indicator="国内生产总值增长率"),
      P(6.5, period="2019年", status="target", indicator="国内生产总值增长率")]),
    (S, _REVIEW + "新建公租房1200套。\n" + _PLAN + "新建公租房800套。", 2019,
     [P(1200, period="2018年", status="achieved", indicator="保障性住房"),
      P(800, period="2019年", status="plan", indicator="保障性住房")]),
    (S, _REVIEW + "城镇新增就业8.6万人，超过全年预期目标。", 2019,
     [P(86000, status="achieved", indicator="城镇新增就业")]),
    (S, _REVIEW + "固定资产投资增长11.3%，低于13%左右的预期目标。", 2019,
     [P(11.3, status="achieved"), P(13, status="target")]),
    (S, _PLAN + "去年粮食产量为52万吨，今年粮食产量保持在52万吨以上。", 2019,
     [P(520000, status="achieved", period="2018年")]),
    (S, "全县工作总结\n一、主要工作成效\n全年实现税收收入5.2亿元。\n二、明年工作打算\n实现税收收入5.6亿元。", 2019,
     [P(5.2e8, period="2019年", status="achieved", indicator="税收收入"),
      P(5.6e8, period="2020年", status="plan", indicator="税收收入")]),
    (S, "一、过去五年工作回顾\n五年来，农村贫困人口减少2.1万人。", 2023,
     [P(21000, period="五年来", status="achieved", indicator="农村贫困人口")]),
    (S, "2008年工作总结\n全年接待游客320万人次。", None, [P(3.2e6, period="2008年", indicator="接待游客")]),
    # a heading about one year and five: 全年 is the year, a sentence without a period gets none
    (S, "各位代表：\n一、过去一年和五年工作回顾\n全年国内生产总值增长3%。\n粮食产量连年稳定在1.3万亿斤以上。", 2023,
     [P(3, period="2022年", status="achieved", indicator="国内生产总值增长率"),
      P(1.3e12, period="", status="achieved", indicator="粮食总产量")]),
    (S, "各位代表：\n一、“十一五”时期回顾\n城镇新增就业5771万人。\n二、2011年的工作\n过去一年，国内生产总值增长10.3%。", 2011,
     [P(5.771e7, period="十一五期间", status="achieved"),
      P(10.3, period="2010年", status="achieved", indicator="国内生产总值增长率")]),
    (S, "今年经济增长速度的调控目标定为8%。", 1997,
     [P(8, period="1997年", status="target", measure="change_rate", indicator="国内生产总值增长率")]),
    # --- the catalogue: synonyms and weak subjects ----------------------------------------
    (S, "全年GDP增长7.1%。", 2019, [P(7.1, indicator="国内生产总值增长率")]),
    (S, "经济增长预期目标为6%左右。", 2019, [P(6, status="target", indicator="国内生产总值增长率")]),
    (S, "农村常住居民人均可支配收入达到1.6万元。", 2019, [P(16000, indicator="农村居民人均可支配收入")]),
    (S, "城镇常住居民人均可支配收入增长7.9%。", 2019, [P(7.9, indicator="城镇居民人均可支配收入")]),
    (S, "高新技术产品出口增长15%。", 2019, [P(15, indicator="")]),
    (S, "全年出口增长15%。", 2019, [P(15, indicator="出口总额")]),
    (S, "PM2.5平均浓度下降到35微克每立方米。", 2019, [P(35, indicator="细颗粒物浓度")]),
    (S, "每千人口医疗卫生机构床位达到6.5张。", 2019, [P(6.5, indicator="医疗卫生机构床位")]),
    (S, "学前教育毛入园率达到88%。", 2019, [P(88, indicator="学前教育毛入园率")]),
    # --- traditional script ---------------------------------------------------------------
    (T, "貧困發生率由上年的4.8%下降到0.9%。", 2019,
     [P(4.8, period="2018年", measure="level"), P(0.9, base="上年", indicator="贫困发生率")]),
    (T, "今年1-9月，規模以上工業增加值同比增長7.2%。", 2019,
     [P(7.2, period="2019年1-9月", base="同期", indicator="规模以上工业增加值")]),
    (T, "力爭全年固定資產投資增長10%。", 2019, [P(10, status="target", indicator="固定资产投资")]),
    (T, "城鎮登記失業率降至3.2%。", 2019, [P(3.2, measure="level", indicator="城镇登记失业率")]),
    (T, "研究與試驗發展經費支出佔地區生產總值比重達到2.6%。", 2019,
     [P(2.6, measure="share", indicator="研究与试验发展经费投入强度")]),
    (T, _REVIEW_T + "全市地區生產總值增長6.8%。\n" + _PLAN_T + "全市地區生產總值增長6.5%左右。", 2019,
     [P(6.8, period="2018年", status="achieved", indicator="国内生产总值增长率"),
      P(6.5, period="2019年", status="target", indicator="国内生产总值增长率")]),
    (T, "2019年糧食總產量45.6萬噸，比上年增加0.8萬噸。", 2020,
     [P(456000, period="2019年", base="", measure="level", indicator="粮食总产量"),
      P(8000, base="上年", measure="change_amount")]),
    (T, "計劃新建幼兒園30所。", 2019, [P(30, status="plan")]),
    (T, "“十三五”期間，全區森林覆蓋率提高到42.5%。", 2021, [P(42.5, period="十三五期间", indicator="森林覆盖率")]),
    (T, "全年GDP增長7.1%。", 2019, [P(7.1, indicator="国内生产总值增长率")]),
    (T, "常住人口城鎮化率提高1.3個百分點。", 2019, [P(1.3, measure="change_amount", indicator="常住人口城镇化率")]),
]
