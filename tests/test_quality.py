"""Quality findings: stripped numbers, redactions, mojibake; frame with offsets."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarylab.offsets import Rewriter
from summarylab.quality import _FIRST_FIXED, Finding, find_quality_issues, findings_frame


def kinds(text, kind):
    return [text[f.start:f.end] for f in find_quality_issues(text) if f.kind == kind]


def test_stripped_numbers_found():
    text = ("一年来，共受理群众来访件，办结件。审批时限由个工作日缩短为个工作日。"
            "今年-月共检查企业家，满意率达.%，为%。组织培训余次，共有人次参加，投入资金超过万元。"
            "特别是月日的检查中，自年开始实行“”制度（）。\n年月日"
            "工作队于今年月进驻，今年月均走访群众一千二百余户次。")
    got = kinds(text, "stripped_number")
    assert got.count("件") == 2 and got.count("个") == 2
    for piece in ["-", ".%", "%", "余", "人次", "万元", "月日", "年", "“”", "（）", "年月日", "月"]:
        assert piece in got, piece
    assert got.count("月") == 1 and "次" not in got  # 今年月均 is a word; 一千二百余户次 has its number
    assert "家" not in got  # 企业家 is a word


def test_no_stripped_number_on_normal_text():
    text = ("一个窗口对外，各个部门联动，每个干部都要有个人发展计划，这个问题要逐个解决。"
            "国家统计局公布的文件显示，条件成熟的事项先行试点，专业户和贫困户同步受益。"
            "全年新增就业126万人，增长6.5%，建成万吨级泊位8个，提高了3个百分点。"
            "大家要担起责任，建立起长效机制，件件有着落，从今年起实行新办法。"
            "2002年3月5日召开会议，二○○○年目标已经实现。"
            "因为批评和自我批评是法宝，要通过批评改进工作，新增轮船十万载重吨。")
    assert find_quality_issues(text) == []


def test_redactions():
    text = "设立*举报窗口，对××县和XX乡的＊＊问题进行调查，○○同志。面积为5×3米，乘法3*4。"
    assert kinds(text, "redaction") == ["*", "××", "XX", "＊＊", "○○"]


def test_mojibake():
    text = "推进锟斤拷建设，国家环??偩植渴鸬的项目，浏览器显示\ufffd\ufffd字符。"
    got = kinds(text, "mojibake")
    assert got[0] == "锟斤拷" and "\ufffd\ufffd" in got
    assert any(g.startswith("??") for g in got)
    clean_text = "鄱阳湖、洞庭湖综合治理，溪洛渡水电站和羟基乙酸项目进展顺利。"
    assert kinds(clean_text, "mojibake") == []


def test_findings_frame_maps_to_original():
    original = "前言：广告。\n共办结件。"
    rw = Rewriter(original)
    rw.replace(0, 7, "")
    rw.keep(7, len(original))
    text, omap = rw.finish()
    found = find_quality_issues(text)
    df = findings_frame(found, omap)
    assert list(df.columns) == ["kind", "start", "end", "detail", "orig_start", "orig_end"]
    row = df.iloc[0]
    assert (row.kind, text[row.start:row.end]) == ("stripped_number", "件")
    assert original[row.orig_start:row.orig_end] == "件"
    empty = findings_frame([], omap)
    assert empty.empty and list(empty.columns) == list(df.columns)


def test_linear_on_pathological_input():
    for text in ["、" * 300_000, "“" * 300_000, "个" * 300_000, "?" * 300_000, "锟" * 100_000]:
        find_quality_issues(text)
    assert Finding("redaction", 1, 2).kind == "redaction"


def test_counts_of_visits_and_reduplications_are_not_stripped_numbers():
    text = "全年共检查企业1,256家次、重点项目八十项次，督办隐患23起次，做到件件有回音、条条有落实。"
    assert kinds(text, "stripped_number") == []
    assert kinds("监测站点共计个次，出水达标。", "stripped_number") == ["个"]  # its number is gone


_ALPHABET = ("个件项家次名户元吨亩万亿人百千公平立年月日今去自从起余%.-~“”\"（）()《》 一二两0123456789共达为有了工作投诉窗口企业，。"
             + _FIRST_FIXED)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(alphabet=_ALPHABET, max_size=80))
def test_stripped_number_prefilter_finds_what_the_full_scan_finds(text):
    """The fast scan (regex tried only at possible first characters) equals a full scan."""
    from summarylab.quality import _stripped_matches, _stripped_re
    assert ([(m.span(), m.lastgroup) for m in _stripped_matches(text)]
            == [(m.span(), m.lastgroup) for m in _stripped_re().finditer(text)])


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.text(alphabet="*＊×✕╳Xx○〇一二县某XYZ举报 ，□■▢◻◼", max_size=40))
def test_redaction_prefilter_knows_every_first_character(text):
    """Texts without a _REDACTION_CHARS character are skipped: no match may start elsewhere."""
    from summarylab.quality import _REDACTION, _REDACTION_CHARS
    assert all(_REDACTION_CHARS.match(m.group()) for m in _REDACTION.finditer(text))


def test_bare_multipliers_and_strict_measure_words_after_counting_verbs():
    text = "今年以来深入开展入户走访，覆盖群众达万户，连续达天坚持夜访，共计万家企业签约。"
    assert kinds(text, "stripped_number") == ["万户", "天", "万家"]


def test_measure_word_ending_a_counting_clause_without_a_numeral():
    text = "全年收缴罚没款万元。淘汰落后产能万吨、落后设备台，排查整改隐患处，关停取缔无证小作坊家。"
    assert kinds(text, "stripped_number") == ["万元", "万吨", "台", "处", "家"]
    found = [f.detail.split(":")[0] for f in find_quality_issues(text) if f.kind == "stripped_number"]
    assert found == ["unit", "unit", "clause", "clause", "clause"]  # 万元 and 万吨 need no verb


def test_amounts_that_end_a_phrase_without_a_numeral():
    text = "全年投入资金万元用于道路硬化，新增就业万人。安排专项资金亿元，筹集资金万元和物资一批。"
    assert kinds(text, "stripped_number") == ["万元", "万人", "亿元", "万元"]
    sizes = ("全市万元GDP能耗下降，开工亿元以上项目，涌现出一批亿元村和万元户，组织万人评议机关活动，"
             "投资超亿元，销售额破亿元，新增就业12万人，其中千万元以上项目8个。")
    assert kinds(sizes, "stripped_number") == []


def test_a_spoken_one_left_out_before_ge_is_no_lost_number():
    assert kinds("现将全年工作作个简要汇报，再做个总结，最后开个会。", "stripped_number") == []


def test_a_placeholder_in_brackets_before_a_measure_word_is_a_lost_number():
    assert kinds("全村共有低保户（*）户，五保户(*)户。", "stripped_number") == ["*", "*"]
    assert kinds("冀鲁（**）两省联合执法。", "stripped_number") == []     # a name in brackets


def test_a_year_gone_from_a_paragraphs_start_before_its_de():
    text = "园区工作计划\n\n年的发展目标是，工业总产值稳步提升。在年的基础上再增长5%。"
    assert [f.detail.split(":")[0] for f in find_quality_issues(text)] == ["year_of", "year_of"]
    assert find_quality_issues("他早\n年的经历十分坎坷，多年的积累终见成效。") == []   # a wrapped line, a word


def test_areas_and_weights_that_lost_their_numeral_and_amounts_before_a_verb():
    text = "全县小麦播种万亩，甘蔗入榨万吨。投入资金万元完成渠道改造，另筹资亿元新建泵站。"
    assert kinds(text, "stripped_number") == ["万亩", "万吨", "万元", "亿元"]
    sizes = "建成万亩良田示范片，万吨级泊位投入使用，打造万亩基地，小麦播种3.2万亩，投资5万元完成改造。"
    assert kinds(sizes, "stripped_number") == []


def test_decimals_and_percentage_points_without_digits():
    text = "粮食总产比上年提高个百分点，增长.个百分点，农民人均增收.万元，对个加油站、个小作坊进行了检查。"
    assert kinds(text, "stripped_number") == ["个", ".个百分点", ".万元", "个", "个"]


def test_counting_words_that_are_real_words_are_not_stripped_numbers():
    texts = [
        "各项指标全部达到标准，涌现出一批万元户，城乡居民天然气用户达12万户。",
        "市政处室及时处理群众诉求，政策红利走进千家万户，全市近万户、上万户、数万户和万余户家庭受益。",
        "专线直达天津港，各民族和平共处，建立了台账，完成各项任务，共处理来信来访。",
        "建成文化广场，帮扶贫困户，关停养殖场，完成疫苗接种，完善个税制度，完成审批，查处违法案件，整改到位。",
        "据统计万户以上的村有三个，设计万吨级码头一座，全年空气优良天数达300天，共计天数增加12天。",
        "淘汰落后产能，完成年度目标，清理整顿市场，拆除违章建筑1200平方米，关停企业32家。",
    ]
    for text in texts:
        assert kinds(text, "stripped_number") == [], text


@pytest.mark.parametrize("unit, count", [("淘汰设备台、", 50_000), ("完成", 150_000),
                                         ("淘汰落后设备", 50_000), ("增长.", 100_000), ("□", 300_000)])
def test_counting_clauses_and_their_items_take_linear_time(unit, count):
    """The item chain was once quadratic (hours): CPU time on the full text under 8x
    that on a quarter of it (tests/linear.py)."""
    from linear import assert_linear
    assert_linear(find_quality_issues, lambda n: unit * n, count // 4)
    assert len(kinds("淘汰设备台、" * 1000, "stripped_number")) == 1000


def test_placeholder_squares_are_redactions_bullets_and_check_boxes_are_not():
    text = "以□□□为首的团伙已被查处，由■同志牵头，对■■县和○○镇开展督查。"
    assert kinds(text, "redaction") == ["□□□", "■", "■■", "○○"]
    assert kinds("○○镇完成了验收。", "redaction") == ["○○"]  # also at the very start
    for text in ["□加强组织领导\n□是 □否\n■ 工作亮点", "二○○○年，□ 完善制度"]:
        assert kinds(text, "redaction") == [], text


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(alphabet="达共计万亿户家天处台元.个百分点、淘汰设备罚没款整改隐患，一2 统近", max_size=60))
def test_stripped_number_prefilter_knows_the_counting_branches(text):
    """The fast scan equals a full scan on text dense in the multiplier and strict branches."""
    from summarylab.quality import _stripped_matches, _stripped_re
    assert ([(m.span(), m.lastgroup) for m in _stripped_matches(text)]
            == [(m.span(), m.lastgroup) for m in _stripped_re().finditer(text)])


# --------------------------------------------------------------------------- real-page damage kinds
# Each row: a sentence in my own words, the evidence expected (kind, text at the span);
# every case runs in simplified script and, converted, in traditional script (analyze()
# normalises it, so spans are checked in the normalised text).
import unicodedata  # noqa: E402

import pytest  # noqa: E402

import summarylab  # noqa: E402
from summarylab.normalisation import to_script  # noqa: E402

DAMAGE = [
    # kinds of fresh502: a head count gone after 为 or a change; a line opening with a year gone before its
    # month; integer parts gone before a change or a stop
    ("全镇常住人口为人，比上次普查增加了人。", [("stripped_number", "人"), ("stripped_number", "人")]),
    ("年6月25日，全镇召开普查动员会。", [("stripped_number", "年")]),
    ("平均每户人口由上次普查时的.90下降为.73。", [("stripped_number", "."), ("stripped_number", ".")]),
    # kinds of fresh346-350: numbers and names withheld by a star or a small asterisk; a copy's (略)
    # between words; an ordinal gone before 批; characters lost to ??? at a line's end; a template's
    # field for a name
    ("全年新造林任务☆万亩，☆县林业局完成。", [("stripped_number", "☆"), ("redaction", "☆")]),
    # a name withheld before an office whose first character counts pairs elsewhere (a fresh370 kind)
    ("按照xxx副主席要求，发放老花镜XX副。", [("redaction", "xxx"), ("stripped_number", "XX")]),
    ("根据某政发〔20 xx〕20 号文件要求执行。", [("stripped_number", "20 xx")]),   # a copy's blank in a withheld year
    ("推行x级联动处警模式，确保快速出警。", [("stripped_number", "x")]),   # a count of levels (a fresh383 kind)
    ("﹡﹡县防汛办完成﹡﹡万亩除涝任务。", [("redaction", "﹡﹡"), ("stripped_number", "﹡﹡")]),
    ("2022年，（略）民族宗教工作在市委的领导下有序推进。", [("redaction", "（略）")]),
    ("我县开展第批电子商务进农村示范。", [("stripped_number", "第")]),
    ("某县人民政府???\n全年增长5%。", [("mojibake", "???")]),
    ("在[公园名称]新植乔木1200株。", [("redaction", "[公园名称]")]),
    # a template's year after a heading's 一. (fresh343 kind)
    ("一.20xx年目标任务\n省里下达棚改任务9000套。", [("stripped_number", "20xx")]),
    # a bracketed ordinal read in the wrong code page: a bopomofo or pinyin letter, then a box-drawing
    # character; or a box-drawing character glued after a full stop (fresh341 kind)
    ("一、准备工作。ㄈ┐_定试点区域，划分普查小区。", [("mojibake", "ㄈ┐")]),
    ("二、人员选调。ǘ┲贫方案，选调普查员。", [("mojibake", "ǘ┲")]),
    ("三、物资准备。┻选调普查指导员。", [("mojibake", "┻")]),
    # a census's years gone before a month, after 为/从, and both years of a pair joined by 和; a
    # month gone after 从 (fresh341 kinds)
    ("本次普查的标准时点为年12月31日零时。", [("stripped_number", "年")]),
    ("从年1月1日起，普查员入户登记。", [("stripped_number", "年")]),
    ("继年和年两次普查之后，我县再次开展经济普查。", [("stripped_number", "年")]),
    ("从月开始，普查进入登记阶段。", [("stripped_number", "月")]),
    # a year gone after 据悉， and before a holiday after a city's name (fresh211-215 kinds)
    ("活动是全市系列活动之一。据悉，年，市文化馆共接待群众十万余人次。", [("stripped_number", "年")]),
    ("这是某市年元旦、春节系列文化活动之一。", [("stripped_number", "年")]),
    # both marks of a document's name lost as ? (fresh216-220 kind)
    ("今年出台了某委员会办公室?关于规范机构名称的通知?，推动改革。", [("mojibake", "？关于规范机构名称的通知？")]),
    # a ? after a word, then a mark no question is followed by: a character the decoder lost
    ("全镇经济水平?;貧w以来稳步提高。", [("mojibake", "？；贫w")]),
    ("防汛工作保障?! ∫?、雨情及时传递。", [("mojibake", "？")]),
    # ?!? for a mis-decoded quote and full stop; a ? for the base lost between 比 and the change
    ("全镇经济发展水平?!?br>稳步提升。", [("mojibake", "？!?")]),
    ("全村总收入比?增长48.36%。", [("mojibake", "？")]),
    # placeholders for numbers: stripped numbers, in every position
    ("全年举办培训班X期，参训干部X余人次。", [("stripped_number", "X"), ("stripped_number", "X")]),
    ("实现税收x.x亿元，增长x.x%。", [("stripped_number", "x.x"), ("stripped_number", "x.x")]),
    # only the integer part withheld (增长XX.27%, 投资x.6亿元); a protocol's name (X.25网络) is no number
    ("营业收入增长XX.27%，工业投资x.6亿元，建成X.25网络。",
     [("stripped_number", "XX"), ("stripped_number", "x"), ("redaction", "X")]),
    ("20XX年，我站克服困难完成任务。", [("stripped_number", "20XX")]),
    ("获评先进县区（20xx年颁发）。", [("stripped_number", "20xx")]),   # in brackets: not a formula
    ("20**年度考核结果为优秀。", [("stripped_number", "20**")]),
    ("项目总投资20__万元，已完工。", [("stripped_number", "20__")]),
    ("隆重庆祝建校xx周年。", [("stripped_number", "xx")]),
    ("X月X日召开动员大会。", [("stripped_number", "X"), ("stripped_number", "X")]),
    ("市第x届人大会议听取报告。", [("stripped_number", "x")]),
    ("三次产业结构调整为xx:xx.x:xx.x。", [("stripped_number", "xx"), ("stripped_number", "xx.x"),
                                     ("stripped_number", "xx.x")]),
    ("排查登记古树名木*处，投入资金*万元。", [("stripped_number", "*"), ("stripped_number", "*")]),
    ("救助困难群众××户。", [("stripped_number", "××")]),
    # placeholders for names: redactions
    ("XX镇党委高度重视。", [("redaction", "XX")]),
    ("现在，我代表\nXX\n镇人民政府向大会报告工作。", [("redaction", "XX")]),   # a page with a word to a line
    ("我协助_局、_股长完成任务。", [("redaction", "_"), ("redaction", "_")]),   # one underscore for a name
    # capital letters for the names of places (E社区, A、B和C等社区); not zones, grades or firms' names
    ("解决了A、B和C等社区的用房，E社区租用新址。", [("redaction", "A"), ("redaction", "B"), ("redaction", "C"),
                                     ("redaction", "E")]),
    ("P区和C区小麦对比，新增4A级景区，AT&T公司投资。", []),
    ("深入开展学xx促发展活动。", [("redaction", "xx")]),
    ("创作了歌曲《X》。", [("redaction", "X")]),
    ("设立*举报箱。", [("redaction", "*")]),
    ("在县委领导下，〔...〕乡坚持产业立乡。", [("redaction", "〔...〕")]),
    ("乡内【……】农产品加工公司投产。", [("redaction", "【……】")]),
    # numbers gone from a gap: a space, a line break, after 突破, a year at a line's start
    ("共接待来访 人次，办理信件 件，满意率达 %。", [("stripped_number", "人次"), ("stripped_number", "件"),
                                        ("stripped_number", "%")]),
    ("网上点击量突破万次。", [("stripped_number", "万")]),
    ("到馆读者突破万。", [("stripped_number", "万")]),
    ("年社区工作总结\n年，我社区在街道的领导下工作。", [("stripped_number", "年"), ("stripped_number", "年")]),
    ("年是规划的收官之年。在年上半年工作中，我局扎实推进。", [("stripped_number", "年"), ("stripped_number", "年")]),
    # a date's numbers gone (20xx年 月 日), a target's number gone before a stop, digits after placeholders
    ("——20xx年 月 日在县人民代表大会上", [("stripped_number", "20xx"), ("stripped_number", "月"),
                                   ("stripped_number", "日")]),
    ("三次产业结构比调整至 ；财政收入3.6亿元。", [("stripped_number", " ")]),
    ("免费引进XX0元优良品种。", [("stripped_number", "XX0")]),
    # a document number's year as placeholders; X before 项目 is a project's name, before 项 a count
    ("根据某办发[20xx]6号文件，X项目前期工作有序开展，完成X项工作。",
     [("stripped_number", "20xx"), ("redaction", "X"), ("stripped_number", "X")]),
    # a ? where a character and a number's first digit were lost in the encoding
    ("全市总收?8.8亿元，村均收入?.072万元，集体经济?020年再创新高。",
     [("mojibake", "?"), ("mojibake", "?"), ("mojibake", "?")]),
    # a year gone before its month or half, or at a document title's start; a number's integer part gone
    ("先将年5月到年5月的工作总结如下。民政局年上半年工作总结。", [("stripped_number", "年"), ("stripped_number", "年"),
                                                  ("stripped_number", "年")]),
    ("发布《年某市生态环境质量白皮书》，河流总长度为.03公里。", [("stripped_number", "年"), ("stripped_number", ".")]),
    # a plan's number (十五) as placeholders; 多 with no number left to exceed
    ("完成“xx”计划的目标，“XX”规划开局良好。", [("stripped_number", "xx"), ("stripped_number", "XX")]),
    ("投入经费万多元，购置设备花费多万元，接待参观人员多人次。",
     [("stripped_number", "万多"), ("stripped_number", "多万"), ("stripped_number", "多")]),
    # measure words and units orphaned after a noun
    ("全年接待游客万人次，旅游收入大增。", [("stripped_number", "万人次")]),
    ("开展文艺下乡场，群众反响热烈。", [("stripped_number", "场")]),
    ("全区共有历史建筑处。", [("stripped_number", "处")]),
    ("抽查娱乐经营单位家次。", [("stripped_number", "家次")]),
    # mojibake fragments
    ("上半年工作顺利。ㄒ唬┙钡娜ツ", [("mojibake", "ㄒ唬┙钡娜ツ")]),
    ("?h政府召开常务会议。", [("mojibake", "?h")]),
    # a placeholder and a blank before a place word; xxx for names in a list of roads; 多少 for a
    # number after an amount's slot
    ("X 县民政局召开会议，修订《X 县惠民殡葬办法》。", [("redaction", "X"), ("redaction", "X")]),
    ("持续推进xxx（xxx路-xxx路）环境治理。", [("redaction", "xxx"), ("redaction", "xxx"), ("redaction", "xxx")]),
    ("新建项目共多少项，总投资多少亿元。", [("stripped_number", "多少"), ("stripped_number", "多少")]),
    ("创建示范方 x 个，于 x 月通过验收。", [("stripped_number", "x"), ("stripped_number", "x")]),
    # a ? between a word and a rare character; a lower-case letter before a toned gloss
    ("电力、热力、燃？饧八a（chǎn）和供应业增长5%。", [("mojibake", "？饧八a")]),
    # two like capitals between Han characters: a word's initials for a withheld word (ZZ: 政治)
    ("坚持正确ZZ方向和根本ZZ原则。", [("redaction", "ZZ"), ("redaction", "ZZ")]),
    # a small kana right after a Han character: Japanese puts one only after kana
    ("今年以来ぇぇ全镇经济运行平稳。", [("mojibake", "ぇ")]),
    ("我们?cè?月份完成验收。", [("mojibake", "?cè")]),
    ("年底宁傚満的工作", [("mojibake", "傚満")]),
    # a ? and one capital before Han (a full stop and the next character decoded wrongly)
    ("调到规划科工作?,F任副科长。", [("mojibake", "?,F")]),
    ("调到规划科工作?,F(xiàn)任副科长。", [("mojibake", "?,F")]),  # its pinyin gloss kept
    # a unit's power lost after a number
    ("完成蓄水2600万m?，治理水土流失15平方公里。", [("mojibake", "m?")]),
    # spacing or characters an encoder could not write, inside a word
    ("一、综??合 经济运行总体平稳。", [("mojibake", "??")]),
    ("（一）构建基层组织建设的新格??\n全年增长8%。", [("mojibake", "??")]),   # a word's last character, line end
    ("努力开创党建新格??，推动发展。", [("mojibake", "??")]),                 # … before a comma
    # a ? lost between marks beside a rare character
    ("据《年报》（以下简称《年报》）?！豆珗？》显示，全年增长。", [("mojibake", "?！豆珗")]),
    # a withheld name in brackets; a date, a month range and a rank with their numbers withheld
    ("推进冀鲁（**）协作区建设。", [("redaction", "**")]),
    # a name withheld right after an item's number and point
    ("主要矛盾：\n2.××村村民对征地补偿有意见。\n3.××镇电站建设未完工。", [("redaction", "××"), ("redaction", "××")]),
    # … with the items run inline after a heading; a decimal's digits withheld after a word
    ("（一）获奖情况1.xx籍选手获得省赛冠军。2.XX镇入选示范名单。", [("redaction", "xx"), ("redaction", "XX")]),
    ("（一）獲獎情況1.xx籍選手獲得省賽冠軍。2.XX鎮入選示範名單。", [("redaction", "xx"), ("redaction", "XX")]),
    ("游客人数增长1.xx倍，收入达2.XX亿元。", [("stripped_number", "xx"), ("stripped_number", "XX")]),
    # a count of head-times lost before 头次 (a fresh416 kind)
    ("全县累计排查场次，排查生猪头次，未发现疫情。", [("stripped_number", "场次"), ("stripped_number", "头次")]),
    # a year gone after a heading's blank; a year's last digits gone after the verb that issued its plan (fresh432 kinds)
    ("二、上半年工作完成情况 年上半年我镇严格按照要求开展工作。", [("stripped_number", "年")]),
    ("县林业局印发了20年林业工作安排意见。", [("stripped_number", "20")]),
    # a clause's opening year gone after a full stop; the year before 底 gone (fresh412, fresh437 kinds)
    ("全县维护了稳定的大局。,我们又抓住机遇，至底,全市811个村庄实现全覆盖。",
     [("stripped_number", "，"), ("stripped_number", "底")]),
    ("自查报告201X/X/XX市民政局", [("stripped_number", "201X")]),
    ("2021年X-X月，全市空气优良率为X%。", [("stripped_number", "X"), ("stripped_number", "X")]),
    ("PM2.5平均浓度为X微克/立方米。", [("stripped_number", "X")]),
    ("绩效考核上升至第名，位居全省前，成绩突出。", [("stripped_number", "第"), ("stripped_number", "前")]),
    # a water class and a year's first digit gone
    ("5个断面水质均值为类，饮用水源地达到或优于类的比例为100%。", [("stripped_number", "类"), ("stripped_number", "类")]),
    ("〇〇八年全镇财政收入增长12%。", [("stripped_number", "〇")]),
    # a year gone after a heading's 一、, years of honours gone, a session's number gone
    ("一、年工作回顾\n全年增长8%。", [("stripped_number", "年")]),
    ("全镇连年进步。年、年先后被市委表彰，年被评为先进。",
     [("stripped_number", "年"), ("stripped_number", "年"), ("stripped_number", "年")]),
    ("在市第次党代会上作报告。", [("stripped_number", "第")]),
    # a pair of years gone, a rate's % gone, a decimal's integer part gone after a word or a mark
    ("为实现年、年远景目标打下基础。", [("stripped_number", "年"), ("stripped_number", "年")]),
    ("全县生产总值8.2亿元，同比增长17.8；财政收入增长。", [("stripped_number", "17.8")]),
    ("实到资金.52亿元，占比分别为3.5%、.17%。", [("stripped_number", "."), ("stripped_number", ".")]),
    # a dash of another encoding (?D?D)
    ("发展呈现新变化：?D?D经济活力增强。?D?D质量提高。", [("mojibake", "?D?D"), ("mojibake", "?D?D")]),
    # a page that spaces its numbers and puts X in their place (来访 X 件, X（件）批)
    ("本级受理群众来信来访 X 件，共受理来信来访 X（件）批 X 人次。",
     [("stripped_number", "X"), ("stripped_number", "X"), ("stripped_number", "X")]),
    # lost characters at a line's start before a dash; a ? right after a full stop
    ("全年开局良好。\n? ? ——经济总量稳步攀升", [("mojibake", "?")]),
    ("（某省？。？025年某市政府工作报告", [("mojibake", "？。？")]),
    ("全年经济运行平稳。\n?。ㄒ唬┥产总值保持平稳", [("mojibake", "?。ㄒ唬┥")]),
    # ## for withheld names; X alone after a blank, right before a unit; ?! inside a garbled word
    ("今年，##中学中考再创佳绩，取得了##区第二的好成绩。", [("redaction", "##"), ("redaction", "##")]),
    ("排查密接 X人，建筑面积约 X平方米，编制床位 X张。",
     [("stripped_number", "X"), ("stripped_number", "X"), ("stripped_number", "X")]),
    ("机构总数增加0.3万个？！豆珗？》显示，投入不断增加。", [("mojibake", "？！豆珗")]),
    # one placeholder before digits and an amount's unit; a document number's year withheld
    ("农民人均纯收入X112元，某公司投资X00万元。", [("stripped_number", "X112"), ("stripped_number", "X00")]),
    ("印发《实施方案》（某协办〔XX〕33号）。", [("stripped_number", "XX")]),
    # -- for a place's name
    ("印发《关于--镇推行河长制的方案》，在--街开展宣传。", [("redaction", "--"), ("redaction", "--")]),
    # a leader's name left out of a set formula without a mark
    ("在以为核心的党中央坚强领导下，全市坚持以新时代中国特色社会主义思想为指导，坚决贯彻落实重要讲话精神。",
     [("redaction", "以为核心的党中央"), ("redaction", "新时代中国特色社会主义思想"), ("redaction", "重要讲话")]),
    ("认真落实对某省某市工作的重要讲话精神。", [("redaction", "对某省某市工作的重要讲话")]),
    # a unit right after 约, 近 or 逾 (its digits gone: 近万户 keeps its number); a bare 万 or 亿
    # ending a clause; 宗 ending a counting clause
    ("新建厂房面积约平方米，道路全长近公里。", [("stripped_number", "平方米"), ("stripped_number", "公里")]),
    ("征收土地面积万，兑付补偿资金亿。", [("stripped_number", "万"), ("stripped_number", "亿")]),
    ("全年依法拆除违章建筑宗，群众满意。", [("stripped_number", "宗")]),
    # glyphs a PDF converter put for common characters, two kinds or more on a page
    ("全镇各项工作仸务如期完成，1至6月仹累计发放补助，幵按时公示。",
     [("mojibake", "仸"), ("mojibake", "仹"), ("mojibake", "幵")]),
    # one capital letter carrying a toned pinyin gloss; a ? where a number's % was lost
    ("社区共有干部五名,F(xiàn)已全部到岗。", [("mojibake", "F")]),
    ("秸秆综合利用率92.5?、畜禽粪污利用率90?。", [("mojibake", "?"), ("mojibake", "?")]),
    ("全村共有476户，总?丝?652人，其中男性300人。", [("mojibake", "？丝？")]),   # a count's first digit lost
    ("全镇经济稳步发展。年全镇固定资产投资增长5%。", [("stripped_number", "年")]),   # a year gone before 全镇
    ("在年中秋节期间，开展慰问活动。", [("stripped_number", "年")]),                   # ... before a holiday
    # a decimal's integer part gone after 约; a year gone before 年度“…” and before a kind of work;
    # a ? on each side of a character; XX for a congress's number; X before 副
    ("年产约.2亿元，增长5%。", [("stripped_number", ".")]),
    ("被表彰为年度“全省先进集体”。", [("stripped_number", "年")]),
    ("会上总结了年教育工作，对年教育工作作出安排。", [("stripped_number", "年"), ("stripped_number", "年")]),
    ("全年小麦?召?工作顺利。", [("mojibake", "?召?")]),
    ("深入贯彻党的XX大精神。", [("stripped_number", "XX")]),
    ("全校迎接x大召开，开展主题活动。", [("stripped_number", "x")]),   # a congress's number (a fresh252 kind)
    ("全市????信息化建设取得进展。", [("mojibake", "？??？")]),   # characters lost as a run of ? (a fresh267 kind)
    ("全年种植各类树木株，成活率较高。", [("stripped_number", "株")]),   # trees counted, number lost (a fresh266 kind)
    ("活动圆满结束。月16日，园区举办科普活动。", [("stripped_number", "月")]),   # a month gone (fresh266)
    ("完成总投资7486万元，年12月实现了同网同价。", [("stripped_number", "年")]),   # a year gone before its month (fresh246)
    ("在配电箱上贴温馨提示X副。", [("stripped_number", "X")]),
    # dots in brackets before a measure word stand for a number, before a name's word for a name
    ("全年投资〔…〕万元，建成〔…〕个村，乡内〔...〕农产品畅销。",
     [("stripped_number", "〔…〕"), ("stripped_number", "〔…〕"), ("redaction", "〔...〕")]),
    ("完成生产总值3.1亿元，占年计划的58.2，招商引资占年任务的70，同比增长5%。",
     [("stripped_number", "58.2"), ("stripped_number", "70")]),      # a share's % gone after 计划的
    # a rate's % gone after 率为/率达, a change's % gone after 下降了
    ("来访量下降了10，结案率为97，查处率达90以上。",
     [("stripped_number", "10"), ("stripped_number", "97"), ("stripped_number", "90")]),
    # the months of a list of dates gone (分别于月上旬、月中旬); a count's digit turned into ?
    ("全县分别于月上旬、月中旬开展普查。", [("stripped_number", "月"), ("stripped_number", "月")]),
    ("建成2个示范镇和?个示范村。", [("stripped_number", "？")]),
    # a year that lost a digit (205年 for 2015年), digits gone before a point, a dateline's year gone
    ("全年申报205年度项目，204年共转化成果。", [("stripped_number", "2"), ("stripped_number", "2")]),
    ("——年11月27日在省人民代表大会上", [("stripped_number", "年")]),
    ("调账处理金额3,.83万元。", [("stripped_number", ","), ("stripped_number", ".")]),
    # kinds of fresh86-90: a rate gone after 同比增长 beside another number gone; a unit alone
    # after a comma; the year compared with gone (，比增加5.4亿元); a year's digit blanked by
    # _; X before a count of goods; 起 ending a clause of 发生
    ("全乡种植小麦万亩，同比增长，预计收入，万元。",
     [("stripped_number", "万亩"), ("stripped_number", "增长"), ("stripped_number", "万元")]),
    ("第一产业增加值12.3亿元，比增加5.4亿元。", [("stripped_number", "比")]),
    ("社区环境整治工作总结20_1", [("stripped_number", "20_1")]),
    ("发放宣传扇X把、纸巾X盒、笔记本X本。",
     [("stripped_number", "X"), ("stripped_number", "X"), ("stripped_number", "X")]),
    ("全县共发生道路交通事故起，无人员伤亡。", [("stripped_number", "起")]),
    # kinds of fresh91-95: a placeholder after a rate or change word; a year's first digits
    # withheld by *; a paragraph's first character lost to ? in decoding
    ("开发区规工增速xx、固投增速xx，目标完成率xx。",
     [("stripped_number", "xx"), ("stripped_number", "xx"), ("stripped_number", "xx")]),
    ("街道工委*1年被评为先进集体。", [("stripped_number", "*1")]),
    ("?全年粮食总产量5万吨。", [("mojibake", "？")]),
    # kinds of fresh101-105: a value's fraction gone after its point (为5.，, 增长12.%)
    ("餐饮食品抽检不合格率为5.，主要问题是微生物超标。", [("stripped_number", ".")]),
    ("全年税收增长12.%，好于预期。", [("stripped_number", ".")]),
    # kinds of fresh106-110: names withheld in a list (赴XX、XX、XX等地) and by a bracketed asterisk
    ("赴XX、XX、XX等地考察学习。", [("redaction", "XX"), ("redaction", "XX"), ("redaction", "XX")]),
    ("〔*〕县城管局开展专项整治。", [("redaction", "*")]),
    # kinds of fresh111-115: digits read as Latin letters by OCR; a session's number left blank
    ("全市生产总值增长IL0%，零售总额L05万亿元。", [("mojibake", "IL0"), ("mojibake", "L05")]),
    ("在自治县第十六届人民代表大会第 次会议上。", [("stripped_number", "第")]),
    # kinds of fresh116-120: a year's digits withheld by #; how many times gone after 先后; a
    # share's % gone after 占…的; a paragraph opening with a bare 、 (its ordinal stripped)
    ("全区20##年共走访企业##家，合格率达##%。",
     [("stripped_number", "20##"), ("stripped_number", "##"), ("stripped_number", "##")]),
    ("检查组先后次深入各乡镇督导。", [("stripped_number", "先后")]),
    ("少数民族人口占全乡总人口的41.2，耕地仅为全县的2.35，。",
     [("stripped_number", "41.2"), ("stripped_number", "2.35")]),
    ("上半年各项工作顺利推进。\n\n、强化督查问责。各单位逐项落实。", [("stripped_number", "、")]),
    # kinds of fresh122: years gone before a court's name, after a colon and before a colon; a
    # measure word gone after a noun that ends in the same character (案件件)
    ("报告回顾了县法院砥砺奋进的年：一年来，县法院公正司法。", [("stripped_number", "年")]),
    ("工作扎实。年县法院共受理各类案件件，同比上升5%。", [("stripped_number", "年"), ("stripped_number", "件")]),
    ("会议对下步工作进行了谋划：年，县法院将继续努力。", [("stripped_number", "年")]),
    # kinds of fresh124: a ? between two words and a lone lower-case letter join a rare character
    ("全年火情控制在9次以？鹊阂笜p少5次。", [("mojibake", "？鹊阂笜p")]),
    ("会上，李？拼”浽谋划了全年工作。", [("mojibake", "？拼”浽")]),
    # kinds of fresh126-130: a plan's number cut after 十 (“十_”期间); a congress's number before its
    # plenum (xx大五中全会); a document number's year in round brackets; a 发展纲要's number; a
    # template's year pasted where a number was (20230%, 5.2023个工作日, 202223年)
    ("“十_”期间，全县康复工作稳步推进。", [("stripped_number", "_")]),
    ("组织收看《xx大五中全会精神解读》，落实某府办发(XX)50号文件，制定“xx”发展纲要。",
     [("stripped_number", "xx"), ("stripped_number", "XX"), ("stripped_number", "xx")]),
    ("按时办结率为20230%，平均用时为5.2023个工作日，自202223年5月起施行。",
     [("stripped_number", "20230"), ("stripped_number", "2023"), ("stripped_number", "202223")]),
    # kinds of fresh136-140: a count of people whose number went (负责人人、, 人员人，, 约人，); a lower-case
    # x between blanks before 亿元 and 多亩; a plan's first year withheld before its last (xx-2028年)
    ("全县有社会组织负责人人、专业技术人员人，其中党员约人，占比较高。",
     [("stripped_number", "人"), ("stripped_number", "人"), ("stripped_number", "人")]),
    ("园区完成固投 x 亿元，交地 x 多亩。", [("stripped_number", "x"), ("stripped_number", "x")]),
    ("印发人才队伍建设规划（xx-2028 年）。", [("stripped_number", "xx")]),
    # a ? where a decoder lost a mark: between two names in short quotes, between two figures,
    # right after 关于 (the 《 of a document's name)
    ("以“书香某县？活力某城”为主题举办读书月。", [("mojibake", "？")]),
    ("组织“9？ 18”警报试鸣。", [("mojibake", "？")]),
    ("转发市政府关于？防汛工作的通知。", [("mojibake", "？")]),
    # a year cut to its last digit before a month; a measure word after the blank its number left
    ("自3年7月6日开业以来，各项业务稳步发展。", [("stripped_number", "3")]),
    ("共提交各类提案、议案 件，内容涉及民生。", [("stripped_number", "件")]),
    # a ? before an unusual character (a Big5 or GBK pair read as the other), not after a question's word
    ("全镇由旁观变？橹鹘，当好主角。", [("mojibake", "？")]),
    ("近年来，某？鍪嗅区平安建设稳步推进。", [("mojibake", "？")]),
    # names withheld as xx in a list opened by a bracket, and before a branch's 支部 (no count of 支)
    ("全村辖5个自然寨（xx、上坪、下坪），其中xx支部党员23人。", [("redaction", "xx"), ("redaction", "xx")]),
    # a school year's two ends withheld around a dash pair; a name withheld after a dash run
    ("XX——XX学年度，全校招生增长5%。", [("stripped_number", "XX"), ("stripped_number", "XX")]),
    ("美丽的某乡—--xx召开现场会。", [("redaction", "xx")]),
    # a year's last digits withheld by a dash; a year gone after 于; a count of lecturers gone
    ("20-年全县普法成效明显，完成20-年度项目申报。", [("stripped_number", "20-"), ("stripped_number", "20-")]),
    ("县政府于年在总结经验的基础上出台规划，讲师团有兼职讲师人，全年增长5%。",
     [("stripped_number", "年"), ("stripped_number", "人")]),
    # a lone underscore before a place word after a full stop: the place's name withheld
    ("全年办结案件120件。_县法律援助中心为方便群众设立工作站。", [("redaction", "_")]),
    # a glossed character and its gloss's start lost (涂?|万, 项目?r（jià）值)
    ("副会长涂？|万出席会议，助医项目？r（jià）值241万元。", [("mojibake", "？|"), ("mojibake", "？r")]),
    # a county's count of the places it governs, each withheld (现辖x 镇x 乡): numbers, not names
    ("全县现辖x 镇x 乡，总人口5万人。", [("stripped_number", "x"), ("stripped_number", "x")]),
    ("全县下辖XX镇、XX乡。", [("redaction", "XX"), ("redaction", "XX")]),
    # ++ for a word's first character; ==== for a year
    ("全县有++教场所1处，++教协会1个。", [("redaction", "++"), ("redaction", "++")]),
    ("某县委员会====年上半年工作总结", [("stripped_number", "====")]),
    ("某镇团委工作总结\n====年上半年，镇团委工作稳步推进。", [("stripped_number", "====")]),
    # 度 and 年 left after their year was stripped; 人 after a chief's title
    ("签订了度目标责任书，对全县度涌现出的先进集体进行表彰。", [("stripped_number", "度"), ("stripped_number", "度")]),
    ("共青团某县委员会年工作总结", [("stripped_number", "年")]),
    ("全县设立副林长人；乡镇级林长人。", [("stripped_number", "人"), ("stripped_number", "人")]),
    # X in square brackets before a measure word: a count withheld (部门 is no measure word)
    ("共修订 [X] 项制度，开展 [X] 次检查，如[X] 部门。", [("stripped_number", "X"), ("stripped_number", "X")]),
    # head of livestock and doses withheld (存栏万头，); a blank between a verb and a comma; ? for the
    # brackets of a document's number
    ("全县猪存栏万头，应免万头，发放疫苗万头份。", [("stripped_number", "万头"), ("stripped_number", "万头"),
                                              ("stripped_number", "万头份")]),
    ("一手抓发展，一手抓_，宣传贯彻_；", [("redaction", "_"), ("redaction", "_")]),
    ("根据某纪发?2021?12号文件要求开展工作。", [("mojibake", "？"), ("mojibake", "?")]),
    # a share whose figure after 的 was stripped (占任务的，)
    ("全年完成造林3万亩，占任务的，封山育林2万亩。", [("stripped_number", "的")]),
    # a ? between two organs (省委?省政府): a · lost
    ("在省委?省政府的正确领导下，工作稳步推进。", [("mojibake", "？")]),
    # an age withheld after a name (a fresh197 kind): a number, not the name
    ("学子王某某**岁，父亲外出务工。", [("stripped_number", "**")]),
    # a congress's and a plenum's numbers gone from their set names (党的大精神, 届中全会)
    ("深入学习贯彻党的大精神和党的届中全会精神。", [("stripped_number", "大"), ("stripped_number", "届")]),
    # roots and culverts counted with their numbers withheld (a fresh208 kind); **道路 is a name
    # a share of a total over 100%: its decimal point gone (占提案总数的2414%, a fresh206 kind)
    ("经济方面的提案84件，占提案总数的2414%；其他方面29件，占提案总数的833%。",
     [("stripped_number", "2414"), ("stripped_number", "833")]),
    ("新装护栏柱**根，新建涵洞**道，**道路改造完成。",
     [("stripped_number", "**"), ("stripped_number", "**"), ("redaction", "**")]),
    # kinds of fresh276-280: a year or a congress's number written as hyphens by a template; a school
    # year's range withheld (counted once, as X-X月 is); a change's rate gone with its blank left; a
    # unit in letters after the stars; how rare a flood was, gone; ? before a full stop, ?! after a %
    ("一、----年上半年工作情况\n认真学习党的----大精神。", [("stripped_number", "----"), ("stripped_number", "----")]),
    ("201*--201*学年第一学期卫生保健工作总结", [("stripped_number", "201*")]),
    ("全年发生事故52起，同比下降 ；受伤18人，同比下降 。", [("stripped_number", "下降"), ("stripped_number", "下降")]),
    ("全年发生事故52起，比上年减少14起，下降 ；受伤18人，减少3人，下降 。", [("stripped_number", "下降"), ("stripped_number", "下降")]),
    ("全乡总堤长****公里，汛期降雨量为****mm。", [("stripped_number", "****"), ("stripped_number", "****")]),
    ("此次洪水为超年一遇，损失较重。", [("stripped_number", "年")]),
    ("全省24个产煤？。区有18个实现零事故。", [("mojibake", "？")]),
    ("突出矿井减少76.7%?! ∶镌@些成绩来之不易。", [("mojibake", "?!")]),
    # a template's ※ where a number goes (a fresh290 kind)
    ("全县茶园面积※万亩，投产面积※万亩。", [("stripped_number", "※"), ("stripped_number", "※")]),
    # a document's number, a congress's ordinal, a month and a post's number gone (fresh301-305 kinds)
    ("根据（某政发号）文件，在市届人大常委会会议上通过。", [("stripped_number", "号"), ("stripped_number", "届")]),
    ("二○○七年十日召开会议，设主任人、委员3人。", [("stripped_number", "年"), ("stripped_number", "人")]),
    # a head count gone after the people it counts (a fresh319 kind)
    ("学校现有在校学生名，教师名。", [("stripped_number", "名"), ("stripped_number", "名")]),
    # a document's number gone after its 字 (a fresh312 kind)
    ("依据防指(字)指示精神，开展防火工作。", [("stripped_number", "（字）")]),
    # a name withheld by one x after a blank, glued to its place word (a fresh308 kind)
    ("2008年我省 x县从外省引入热源。", [("redaction", "x")]),
    # a formula's subscript lost as ? (a fresh296 kind)
    ("患者吸氧后血氧改善，呼气末压力调至5cmH?O。", [("mojibake", "?")]),
    # 。” and the next character read in another encoding: ?! then a character and one ASCII sign
    # (fresh303, fresh307, fresh313 kinds); ?! ? at a paragraph's end; a ? for a paragraph's first
    # character before a date (a fresh318 kind)
    ("新车降低了运营成本?！迸R城县交通局介绍了情况。", [("mojibake", "?！迸R")]),
    ("完成设备检修等多项内容?！霸\\病，确保船闸安全运行。", [("mojibake", "?！霸\\")]),
    ("两地开展联合执法和联动查办?! ?\n下一步继续推进。", [("mojibake", "?! ?")]),
    ("新的办法依据?!墩少彿ā反立了采购制度。", [("mojibake", "?！墩少佛ā")]),   # a Latin-1 letter a few characters on (fresh324)
    ("上半年工作平稳。\n?6月5日晚，县里开展夜间巡查。", [("mojibake", "?")]),
    # a five-year plan's number withheld before its period, a plan's name withheld (a fresh317 kind)
    ("乡村旅游在**规划开局之年迎来新机遇，XX计划的实施成效明显。", [("stripped_number", "**"), ("redaction", "XX")]),
    # a form's blank whose 年 a page break put on a later line (a fresh321 kind)
    ("为了保护环境，____\n\n年我们开展了垃圾分类。", [("stripped_number", "____")]),
    # a blank listed before another blank that a number's word follows (a fresh329 kind)
    ("结合季节特点，在____、____月份开展专项治理。", [("stripped_number", "____"), ("stripped_number", "____")]),
    # one x after a blank, 余 glued after it (a fresh321 kind)
    ("全区共开展各类宣传活动 x余场次，发放资料2000份。", [("stripped_number", "x")]),
    ("覆盖居民群众、 x 余个公共机构。", [("stripped_number", "x")]),   # after a list's 、 and a blank
    # a zero left of a count whose other digits went (a fresh319 kind)
    ("外乡镇到我校就读的学生多达0余人，家长接送困难。", [("stripped_number", "0")]),
    # a head count gone after 人数 or 人口 (a fresh319 kind)
    ("全校现有学生人数人，外来人口人。", [("stripped_number", "人"), ("stripped_number", "人")]),
    # a paper's name whose last two characters were lost inside 《》 (a fresh449 kind)
    ("全馆订有《某某日?？》等报刊20种。", [("mojibake", "??")]),
    # a level with its figure gone before 分贝; both years of a plan's span gone (fresh456, fresh458 kinds)
    ("夜间等效声级平均值为分贝，达标。", [("stripped_number", "分贝")]),
    ("依据《—年学校布局调整规划》推进工作。", [("stripped_number", "—")]),
    # a document number's year gone from its brackets (a fresh459 kind)
    ("根据（某爱卫字[]2号）文件开展工作。", [("stripped_number", "[]")]),
]

CLEAN = [
    "样品用有机溶剂淋洗.1，2-二氯乙烷的残留量很低。",   # a chemical's locants after a stop typed as a point
    # a sentence's stop then a year (a Latin stop), a year wrapped onto the next line, words with 为人 and 有人
    "全镇完成普查任务.2023年，继续推进。\n2019\n年6月，全镇召开会议。\n我们坚持为人民服务，没有人掉队。",
    "说到底，还是要靠实干。截至年底，全市完成任务。工作做到底，不留死角。",   # 到底, 年底
    "印发了20年来的工作总结，近20年来全县林业发展迅速。2020 年上半年全镇完成造林。",   # twenty years; a spaced year
    "全县累计排查养殖场128场次，排查生猪3000头次。",   # counts before 场次 and 头次 kept
    "（一）获奖情况1.12名选手获得省赛冠军。",            # an inline item whose number stands
    "☆加强组织领导。\n★☆☆评级良好。\n☆☆☆☆☆\n附件（略）\n第一批、第二批都已完成。这是为什么???",   # bullets, ratings,
    # an appendix left out by the document itself, ordinals given, a question
    "┌──┬──┐\n│项目│金额│\n├──┼──┤\n│收入│300│\n└──┴──┘",   # a table drawn in box characters
    "每年和年底各检查一次，从月初开始入户，全县每年12月开展普查，自年初以来进展顺利。",   # 每年, 年底, 月初, 年初
    "全校学生人数520人，学生名单已报送，教师人手不足，发动群众人人参与。",   # head counts given; 名单, 人手
    "本届人大和历届政协，市届满后换届。他从不发号施令，全年10日内办结，主任人选已定。",   # no ordinal, date or
    # number lost: 本届, 届满, 发号施令, 10日内, 人选
    "清除病株300株，加强对植株的管护，处理枯株。",   # 株 inside words, or after its number
    "每月16日开展活动，2023年12月全面完成。",          # a month and a year with their numbers
    "学习党的二十大精神和十九届五中全会精神，代表了党的大多数。",   # the congress numbered; 大多数
    "提案占全部的100%，完成计划的125%，占比为45%。",                # a whole share; a plan's share over 100%
    "全市建成LED路灯5万盏，检测IL-6指标，PM2.5浓度下降。",          # Latin letters of names and codes
    "第1、2、3项和甲、乙、丙三类均已完成。",               # numbers and names in a list
    "对照1.、2.、3.条逐项整改，全年增长5.2%。",                   # item numbers with their points
    "群众问：这是为什么？\n大家都很关心。",                          # a question at a line's end
    "房价环比下降，调控效果显现；各项收入均实现同比增长，与去年比增长5%，互相攀比增长速度。",   # whole sentences
    "比重（%）\n单位：万元",                         # table headers
    "群众问：“这条路什么时候修好？！”村里当场答复。",       # a question and an exclamation, then a quote
    "于本月上旬完成，于月底前验收，每月份报送。",          # a month named without its number
    "百年一遇的洪水，近50年一遇，x轴为xm。",   # how rare floods were, with their numbers; a variable
    "※注：以上数据为初步统计。",                # a note's mark
    "认真抓好事故预防，事故起数同比下降；死亡人数实现同比下降。",   # a change said without a rate, no blank
    "事故起数减少14起，下降明显；各项指标稳中有升，效益提高。",     # a change word that goes on, no blank
    "全县过亿元项目8个。",                                   # 过亿: over a hundred million
    "建县200年来，有203年历史，完成2015年目标和205个项目。",     # durations, whole years, counts
    "为什么?个人问题没有解决？",                            # a question before a word
    "年度工作总结\n年轻干部成长快，年底前完成。",        # 年 words at a line's start
    "面积5×3米，乘法3*4，分辨率1920x1080。",           # arithmetic
    "购置X光机一台，开展X线检查。",                    # X光: a word
    "* 加强领导\n* 完善制度",                         # bullets
    "朱镕基同志",                                   # one rare character in a name
    "调处纠纷\n件，化解矛盾。",                        # a line break is no gap (wrapped lines split words)
    "参考<ロ-マ人の物语>一书",                        # Japanese words are not stray kana
    "ISSN 1001-490X(2000)，公式2*(1-F)与x0、x1，X-Y记录仪",  # codes and formulas
    "全县有多少个乡，一共完成多少项？用多少个格点表示。",  # 多少 asking or indefinite
    "找 y 与 x间的关系。",                               # a variable
    "全市以优秀等次通过省级验收。",                        # 等次: a grade, no count of times
    "你去吗？鑫源公司也去。",                               # a question, then a name
    "创建国家AAAA级景区，推进PPP项目和GDP核算。",              # grades and acronyms
    "编号\ue012\ue012为空",                             # private-use glyphs of a lost font
    "─────┬────┬\n│地区│产值│",                   # table rules
    "建成文化广场，完成各项，建成近万户，破万人大关。",     # words, numbers present
    "是否采用B?型方案，另行研究。GDP?不，是GNP。",       # a question about a capital letter
    "面积达到多少m?请核实。",                          # a question after a unit with no number
    "真的完成了吗??我们再核实一遍。",                  # ?? after a question is emphasis
    "这难道不是奇迹吗？！我们做到了。志在千里”？！壮哉。",   # ?! after a question; ## heading
    "## 一、工作回顾\n全年增长5%。",
    "2021-01-05发布，编号A--3，工作--扎实推进。",                 # dates, codes, a dash between words
    "推进区域性综合交通次枢纽建设，次干道全面完工。",              # 次 opening a word of rank
    "调用函数f(...)即可。",                           # dots in brackets after code
    "许多人次参与，一万多元，十多万人，3万多元，很多万元户。",   # 多 after a numeral or as many
    "能完成多少？8.8亿元的目标已经过半。公式f[x]与a[xx]。",     # a question before an amount; code
    "今年5月，去年上半年，每年5月，岁末年初，阅读《年谱》，比例为0.5。",   # years with their word; a book
    "争资争项成效明显，二〇〇八年完成验收，进入全国前列，排名第一位，分为三类。",   # a set phrase, numbers present
    "参考《谁来养活中国？》一书，（注：见附表）。",          # a question in a title
    "全年增长12.5%；增长2.2倍，年均增长3.1个百分点，经济.发展。今年、年底前完成。",   # units; a dot; years
    "项目建成后，年实现产值5亿元，连续三年被评为先进，各项工作次第展开。",   # 年 as "a year's", counts present
    "这是为什么\n？这个问题留给读者。",                 # a question mark wrapped onto the next line
    "函数与 x 间的关系，取 X 为常数。",                  # a variable, spaced
    "近万户群众受益，投资近千万，成千上万，投资4.9个亿，一千多万，超亿，逾万。",   # multipliers with their numbers
    "张君劢与梁启超论战，张君劢认为。",                  # one PDF-like glyph alone: a name's
    "在年中召开会议。",                                  # 年中: mid-year, no year lost
    "学习率为0.8，利用率为1，功率为7,000千瓦，结案率为97%。",   # a ratio, a number with a separator, a %
    "较好地完成了年初确定的工作，连续第六年被评为年度先进。",   # 年初, a yearly title
    "这件事怎么办？谁？来办？",                              # a question's word between two ?
    "设函数F(t)为响应，T（i）为时间，共有卷宗，大宗商品。",   # a function's argument; words with 宗
    "局长张元明出席会议，蔡元培任校长，王家辉主持。",                 # a measure character inside a person's name
    "一件件实事落地，个个项目见效，丰收的年景。",                      # 一件件: a count said twice
    "怎么办？我们商量。维生素c片很贵。",                               # a question before a word; a vitamin's letter
    "一人一档，人人参与，做带货达人，负责人人选已定。",                  # 人 after 人 in words
    "他问：“这是为什么？”我们说：“工作落实了吗？”",                     # questions inside quotes
    "工程用了3年7个月，于199 1年1月建成。",                               # a span; a year spaced by a PDF
    "增长201.5%，2023年完成20%，比2022年增长2.0%，“十四五”期间。",      # real figures beside years
    "先后次序不乱，占地面积的一半，为全县的2倍，占全省的12.5%。\n## 标题\n农业、林业\n、渔业",   # 先后次序; shares with units
    # the set formulas with their names
    "在以习近平同志为核心的党中央坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，贯彻落实习近平总书记重要讲话精神。",
    "他问道：这样做对吗？橹声阵阵中，船工作了回答。",           # a question, then an unusual character
    "党员36人，组建3支队伍，其中2支由青年组成。",                # 支 as a count's measure word
    "致力于年轻干部培养，于年底完成，于年内验收。",              # 于年 before a word of its own
    "慰问老人，帮扶工人，关爱陌生人，2019-2020年度评为先进。",     # people words, a span of years
    "某局年度工作总结，青年工作总结，全年工作总结，学校年度计划。",  # 年 and 度 in words of their own
    "学员成长人人有责，使用C++语言开发。",                        # 长人 before a word; C++ after a letter
    "为什么要设市委？市委是什么？",                               # a question between two organs
    "工业占主导地位的，也有占地面积大的，占用耕地的依法处理。",      # 占 in words of its own
    "建设万头猪场1个，存栏近万头，年出栏数万头生猪。",               # 万头 as a size or after 近/数
    "外来人口人均收入逐年提高，这是为什么？！我们要弄清楚。",     # 人口人均; ?! before a plain sentence
    "全年接待游客100余人次，新增企业20多家，投资10余万元。",   # counts whose digits end in 0
    "设 x多项式的次数为n，函数与 x 间的关系成立。",              # a variable before 多 and a blank
]


def _found(text):
    a = summarylab.analyze(text)
    return [(r.kind, a.text[r.start:r.end]) for r in a.quality.itertuples() if r.kind != "boilerplate_removed"]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("text, expected", DAMAGE)
def test_damage_kinds_flagged(text, expected, script):
    got = [(k, s.replace("?", "？")) for k, s in _found(to_script(text, script))]
    assert got == [(k, s.replace("?", "？")) for k, s in expected]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("text", CLEAN)
def test_no_damage_on_clean_text(text, script):
    assert _found(to_script(text, script)) == []


@pytest.mark.parametrize("text", [t for t, _ in DAMAGE])
def test_damage_offsets_point_into_the_original(text):
    def nfkc(s):
        return unicodedata.normalize("NFKC", s)

    a = summarylab.analyze(text)
    for r in a.quality.itertuples():
        assert 0 <= r.orig_start <= r.orig_end <= len(text)
        # the same characters up to width (；/;, ？/?) and script (a span may hold a 貧 made 贫)
        assert nfkc(to_script(text[r.orig_start:r.orig_end], "simplified")) == nfkc(a.text[r.start:r.end])


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_a_gloss_whose_bracket_was_lost_leaves_its_character_flagged(script):
    # 石灰?guī)r: the glossed character and the gloss's ( lost; the gloss goes, its ? stays
    a = summarylab.analyze(to_script("石灰?guī)r、砂岩分布广泛。", script))
    assert [(r.kind, a.text[r.start:r.end]) for r in a.quality.itertuples() if r.kind == "mojibake"] == [
        ("mojibake", "？r")]


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_mojibake_inside_removed_text_is_reported_where_it_was(script):
    # a 范文 blurb mis-decoded (fresh306, fresh312, fresh319 kinds): the blurb goes, and the garbled
    # run in it is reported at the removal's place, with its span in the input
    text = to_script("下面是小编为大家整理的工作总结，写好总结吧?偨Y（jié）怎么写，希望对大家有所帮助。\n"
                     "今年以来，我局完成投资3亿元。", script)
    a = summarylab.analyze(text)
    rows = a.quality[a.quality.kind == "mojibake"]
    assert len(rows) == 1
    r = rows.iloc[0]
    assert r.start == r.end == 0 and r.detail.startswith("in removed preface")
    assert text[r.orig_start:r.orig_end] == "?偨Y"
    assert a.text.startswith("今年以来")   # the text kept, in simplified script


def test_removed_text_without_damage_adds_no_finding():
    a = summarylab.analyze("下面是小编为大家整理的工作总结，希望对大家有所帮助。\n今年以来，我局完成投资3亿元。")
    assert set(a.quality.kind) == {"boilerplate_removed"}
