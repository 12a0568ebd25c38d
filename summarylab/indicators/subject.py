"""The subject of an indicator: the thing measured, from the words around the number.

============================ ================================================
function                     gives
============================ ================================================
:func:`_subject`             the clause before the number cut to its core
                             (全县实现地区生产总值 -> 地区生产总值), a share's
                             part (占…), else the noun after a bare count
                             (30余家企业 -> 企业)
:func:`_subject_and_change`  subject and change shared with the previous hit
                             in a pair (由X增加到Y) or a list (分别增长…)
:func:`_respective`          the items of a 分别 list, in order
:func:`_base_and_subject`    a unit-less count of people (减少1386万) -> 人
:func:`_core`, :func:`_clause_start`  the trims and cuts of a clause
============================ ================================================

This module does not segment whole texts: subjects are cut with the word lists of
indicator_words.txt (subject_cut, subject_trim, subject_keep, noun_stop …); jieba is asked
only about the few words around a cut, through :mod:`summarylab.segmentation` (does the
cut split a word: 建成|区; is a name a person's; does a counted noun run on into its verb).
Subjects are not resolved to concepts (the catalogue of :mod:`summarylab.panel` does that).

>>> from summarylab.indicators import extract_indicators
>>> extract_indicators("全县实现地区生产总值276.4亿元")["subject"].tolist()
['地区生产总值']
"""
from __future__ import annotations

import re

from ..numerals import MULTIPLIER, parse_number
from ..segmentation import (
    counted_noun, is_person_name, leading_noun, opens_with_verb, phrase_start, without_verb)
from .lexicon import (
    _CLAUSE_PUNCT, _Hit, _Lexicon, _LIST_JOINS, _NUM_CHARS, _PERIOD, _THOUSANDS, _Unit)
from .values import _base_unit, _multiplied

_NOUN_END = frozenset("的和与及等在对为进了被把将是已都均获受還还仍尚也未没沒與對為進將獲0123456789|｜")   # | a table cell ends;
# 43户|还存在…: an adverb starts the verb, no counted noun




#: A share in brackets right after the name of what it is of, the name after a list's mark (分别是：机关大楼|（19.7%）).
_NAMED_SHARE_BRACKET = re.compile(r"(?:^|(?<=[、，,：:；;\n]))(?P<name>[\u4e00-\u9fff]{2,10})[（(](?:占|约占)?$")


def _subject_and_change(text: str, h: _Hit, q_start: int, change: str, prev: dict | None,
                        s_start: int, lex: _Lexicon) -> tuple[str, str, bool]:
    """Subject shared with the previous indicator in 由X增加到Y (a pair: X keeps no change, it
    is the level before), subject and change in lists (分别增长10.6%、7.9%); the third value
    says whether this is the Y of a pair."""
    pair = prev is not None and _is_pair(text, prev["end"], q_start)
    listed = (prev is not None and not pair   # (增加2所（2.5%）|）、|8所: a list past a bracket's note)
              and text[prev["end"]:q_start].strip(" \t\u3000").removeprefix("）").removeprefix(")") in _LIST_JOINS)
    if listed and not change or not change and _restated(text, prev, q_start, h.end):
        change = prev["change"]   # 分别增长10.6%、7.9%; 增加31.7千公顷（47.5万亩）: one change
    if h.unit is not None and h.unit.base in _SHARES and not change:
        if (named := _NAMED_SHARE_BRACKET.search(text, max(0, q_start - 16), q_start)) is not None:
            name = named.group("name")   # 分别是：机关大楼（19.7%）、医院（12.4%）: each its name's
            return _core(name, lex) or name, change, False   # (其次为|肾炎（8.3%）)
        if (prev is not None and prev["subject"] and text[prev["end"]:q_start] in ("（", "(")
                and prev["unit"] not in _SHARES and not prev["subject"].endswith(("占比", "比重", "比例"))):
            return prev["subject"] + "占比", change, False   # 男性有370人（93.9%）: the count's share of the whole
    same = prev["subject"] if prev is not None and (prev["sentence_start"] == s_start   # 23⏎亿元，同比增长:
                                                    or not text[prev["end"]:q_start].strip("，, \n")) else ""  # wrapped
    sized = listed and not prev["subject"] and text.startswith("的", h.end)   # 1个|1200亩的|基地: its own
    subject = prev["subject"] if pair or listed and not sized else _subject(text, q_start, h.end, h.unit, lex, same)
    if subject and "收" not in subject and _INCOME_CHANGE.search(text, q_start, h.start):
        subject += "收入"   # 农民人均|增收500元: a rise of income
    if same and subject in _PROJECT_AMOUNTS and same.endswith(("项目", "工程")):
        subject = same + subject   # 竣工项目5个，|总投资1490万元: those projects' investment
    if (len(same) >= 2 and subject in _RATES_OF_CHANGE and subject in text[s_start:q_start] and same[-1] not in "到至为了"
            and not any(rate in same for rate in _RATES_OF_CHANGE)):
        subject = same + subject   # 新收纳人次由1.5万下跌至1.3万，|跌幅为13%: the fall of those
    if (not pair and same and subject.endswith(_SECTOR_ENDS) and subject != same
            and (head := next((x for x in _SECTOR_HEADS if same.endswith(x)), None))
            and same[:-len(head)].endswith(_SECTOR_ENDS)):
        subject += head   # 采矿业增加值下降1.1%，制造业|增长6.2%: the same measure of the next sector
    if not pair and h.unit is not None and h.unit.base in _PART_PEOPLE and (part := _attribute_part(text, q_start, s_start)):
        subject = part   # 党员5222名，其中35岁以下|1182名 -> 35岁以下党员; 村干部中，大专以上|42名
    if listed and prev["unit"] == _base_unit(h) and (items := _pair_items(text, prev, lex)) is not None:
        prev["subject"], subject = items   # 城镇、农村居民收入达到3.2万元和1.6万元: one each
        if prev.get("_sent"):
            prev["_sent"][-1] = items[0]
    return subject, change, pair


def _restated(text: str, prev: dict | None, q_start: int, end: int) -> bool:
    """增加31.7千公顷|（47.5万亩）: the number in brackets right after the previous one says the
    same amount in another unit."""
    return (prev is not None and text[prev["end"]:q_start] in ("(", "（")
            and text[end:end + 1] in (")", "）"))


_AGE = r"(?:[0-9]{1,3}[-—~～至])?[0-9]{1,3}(?:周)?岁(?:至[0-9]{1,3}(?:周)?岁|(?:及)?(?:以上|以下))?"   # 65岁及以上, 15-64岁
#: A group of people named by an attribute alone (35岁以下, 60岁以上的, 大专及以上文化程度的, 女性):
#: a part of a whole said before it.
_ATTRIBUTE = re.compile(rf"""
    (?:其中)?[，,：:\s]*
    (?P<attr> {_AGE}                                                                    # an age group
            | (?:研究生|大学本科|本科|大专|中专|高中|初中|小学)(?:及)?(?:以上|以下)?(?:文化程度|学历)?   # schooling
            | 男性|女性 )
    的?\s*$""", re.VERBOSE)
#: The whole the parts belong to: 共有党员5222名，其中… or 村干部中，… (the last before the part).
_WHOLE_OF_PARTS = re.compile(r"""
    (?:共有|现有|有)(?P<whole>[\u4e00-\u9fff]{2,8}?)[0-9]+(?:\.[0-9]+)?[名人][，,]\s?其中
  | (?:^|(?<=[，,。；;\n]))(?P<topic>[\u4e00-\u9fff]{2,8}?)中[，,：:]
    """, re.VERBOSE)
_PART_PEOPLE = frozenset(("人", "名"))
WHOLE_REACH = 200   # characters back from a part to the whole it belongs to, in its sentence


def _attribute_part(text: str, q_start: int, s_start: int) -> str:
    """The part a count of people names by an attribute, with its whole (35岁以下 after 共有党员
    5222名，其中 -> 35岁以下党员; 大专以上 after 村干部中， -> 大专以上村干部), else ""."""
    clause = text[_clause_start(text, q_start):q_start]
    if (m := _ATTRIBUTE.fullmatch(clause)) is None:
        return ""
    wholes = list(_WHOLE_OF_PARTS.finditer(text, max(s_start, q_start - WHOLE_REACH), q_start))
    if not wholes:
        return ""
    whole = wholes[-1].group("whole") or wholes[-1].group("topic")
    return m.group("attr") + whole


def _pair_items(text: str, prev: dict, lex: _Lexicon) -> list[str] | None:
    """The two items of the clause before a pair of values joined by 和 (甲、乙收入达到X和Y;
    城乡居民收入达到X和Y -> 城镇…, 农村…), or None when the clause names one thing."""
    start = prev["start"]
    seg = text[_segment_start(text, max(0, start - 40), start):start]   # across 、
    if "分别" in seg or "、分别" in text[start:start + 40]:
        return None   # a 分别 list says itself which value is whose (see _respective); 、分别
        # right after the pair would read its items from the pair's own words
    parts = seg.split("、")
    if len(parts) == 2 and all(parts):
        items = [_core(x, lex) or x for x in parts]
        return _shared_head(items) if all(items) else None
    return _uncontracted(seg, 2, lex) if "和" not in seg and "与" not in seg else None


_ITEM_BREAK = re.compile("、|以及|(?<![普涉参给以])及(?!时)|和(?![谐平睦])|(?<![参给])与(?!会)")
_SEG_COMPARE = re.compile("(?:同比|环比|[比较](?:上年同期|上年末|上年|去年同期|去年底|去年|年初|上月|上季度)|年均|均)$")
_SEG_STOP = "，,；;：:\n（(。"
#: A thousands separator inside a number (45,000元): no stop.
_DIGIT_GROUP = re.compile(r"(?<=[0-9])[,，](?=[0-9]{3}(?![0-9]))")


def _stops(piece: str) -> bool:
    """A _SEG_STOP mark in ``piece`` outside numbers: ``分别达到45,000元和`` has none."""
    return any(c in _SEG_STOP for c in _DIGIT_GROUP.sub("", piece))


def _segment_start(text: str, lo: int, hi: int) -> int:
    """Where the stretch of ``text`` ending at ``hi`` that holds a list's items starts: after
    the last _SEG_STOP mark from ``lo`` (a 、 does not end it), else at ``lo``."""
    return max([text.rfind(c, lo, hi) for c in _SEG_STOP] + [lo - 1]) + 1


def _respective(text: str, h: _Hit, q_start: int, s_start: int, prev: dict | None,
                lex: _Lexicon, bare: int = 0) -> tuple[list[str] | None, int]:
    """(subjects, index) when the hit is a value of a 分别 list (甲、乙分别达到X和Y): the
    items before 分别 in order, as many as the list has values (split at 、, else also at
    和/及/与), a short item taking the head noun of the last one (城镇、农村居民人均可支配
    收入 -> 城镇居民人均可支配收入, 农村居民人均可支配收入); a 分别 clause with no items
    (…，分别增长6%和8%) takes those of the sentence's previous list; else (None, 0)."""
    i = text.rfind("分别", max(s_start, q_start - 60), q_start)
    if i < 0 or _stops(text[i:q_start]):
        return _next_list(text, h, q_start, s_start, prev, lex)
    k = bare + sum(1 for _ in lex.scan.finditer(text, i + 2, q_start))   # the values before this one
    n = k + 1 + _values_after(text, h.end, lex)
    seg = _SEG_COMPARE.sub("", text[_segment_start(text, s_start, i):i])   # 事故起数和死亡人数|同比|分别
    if _COMPARED_BASES.match(seg):
        return None, 0   # 较5月和3月分别提升2.2和8.7个百分点: the bases compared with, no items
    if not seg.strip() and prev is not None and prev["sentence_start"] == s_start:
        # 存款余额9155亿元，贷款余额7000亿元，比年初分别增长…: those of the sentence's list, or of
        # its last n indicators
        items = prev.get("_items") or prev.get("_sent", [])[-n:]
        return (items, k) if len(items) == n and all(items) else (None, 0)
    if (sectors := _numbered_sectors(seg, n, lex)) is not None:
        return sectors, k
    for parts in (seg.split("、"), _ITEM_BREAK.split(seg)):
        if len(parts) == n >= 2:
            items = [_core(x, lex) or x for x in parts]
            return (_shared_head(items) if all(items) else None), k
    items = _uncontracted(seg, n, lex)
    return (items, k) if items else (None, 0)


def _next_list(text: str, h: _Hit, q_start: int, s_start: int, prev: dict | None,
               lex: _Lexicon) -> tuple[list[str] | None, int]:
    """A list of values right after a 分别 list in the sentence, with as many values and no
    noun of its own, takes the same items (甲、乙分别达到X元、Y元，年均增长5%和6%)."""
    if prev is None or prev["sentence_start"] != s_start or not (items := prev.get("_items")):
        return None, 0
    if text[prev["end"]:q_start].strip(" \t\u3000") in _LIST_JOINS:
        k = prev["_k"] + 1   # the list's next value
        return (items, k) if k < len(items) else (None, 0)
    seg = text[_segment_start(text, s_start, q_start):q_start]
    if _SEG_COMPARE.sub("", seg).strip() or 1 + _values_after(text, h.end, lex) != len(items):
        return None, 0
    return items, 0


#: A plan's name (年度计划, 调整预算, 全年目标值, 全年指标任务).
_PLAN = r"(?:年度|全年|年初|调整后?|年)?(?:计划|計劃|目标|目標|任务|任務|预算|預算|指标|指標){1,2}(?:值|数|數)?"
_RESPECTIVE_PLAN = re.compile(rf"分别(?:完成|为|為|占|达到|达)(?P<plan>{_PLAN})的")   # 分别完成|年计划|的


def _respective_plan(text: str, q_start: int) -> str:
    """The plan a 分别 list of shares is taken of (分别完成年计划的76.5%、89.5% -> 年计划), else ""."""
    return _after_respective(text, q_start, _RESPECTIVE_PLAN, "plan")


_RESPECTIVE_SHARE = re.compile(r"分别占(?!比)(?P<of>[^\W\d和与及、]{2,16}?)的")   # 分别占|总人口|的 (not 占甲和乙的)


def _respective_share(text: str, q_start: int) -> str:
    """The whole a 分别 list of shares is taken of (分别占总人口的12.6%和87.4% -> 总人口), else ""."""
    return _after_respective(text, q_start, _RESPECTIVE_SHARE, "of")


def _after_respective(text: str, q_start: int, rx: re.Pattern, group: str) -> str:
    """``group`` of ``rx`` matched at the 分别 before ``q_start`` in its clause, else ""."""
    i = text.rfind("分别", max(0, q_start - 60), q_start)
    m = rx.match(text, i) if i >= 0 and not _stops(text[i:q_start]) else None
    return m.group(group) if m else ""


_COMPARED_BASES = re.compile(r"\s*(?:较|較|比|與|与)[^，,。；;]{0,12}(?:和|、|及)")   # 较5月和3月


#: Sectors named by their numerals alone (一、二、三产业…, 二、三产业…, 第一、二产业…).
_SECTORS = re.compile(r"(?P<nums>(?:第?[一二三][、和]){1,2}第?[一二三])次?产业(?P<rest>.*)$")


def _numbered_sectors(seg: str, n: int, lex: _Lexicon) -> list[str] | None:
    """一、二、三产业对经济增长的贡献率 (three values) -> 第一产业贡献率, 第二产业贡献率,
    第三产业贡献率; None unless the clause lists as many sectors as values."""
    m = _SECTORS.search(seg)
    if m is None:
        return None
    nums = re.findall("[一二三]", m.group("nums"))
    if len(nums) != n:
        return None
    head = _core(m.group("rest"), lex) or m.group("rest")
    return [f"第{x}产业{head}" for x in nums]


def _uncontracted(seg: str, n: int, lex: _Lexicon) -> list[str] | None:
    """The ``n`` items of a contracted word in a 分别 clause (contractions.txt): 各项存贷款
    余额 (two values) -> 各项存款余额, 各项贷款余额; 三次产业对经济增长的贡献率 (three)
    -> 第一产业贡献率 …; else None."""
    core = _core(seg, lex) or seg
    for word, items in lex.contractions:
        if len(items) != n or word not in seg:
            continue
        if word in core:
            return [core.replace(word, x, 1) for x in items]
        return [x + core for x in items]
    return None


def _skip_blanks(text: str, pos: int) -> int:
    """``pos`` past the blanks and line breaks at it (at most a few)."""
    end = pos
    while end < len(text) and end - pos < 4 and text[end] in " \t\u3000\n":
        end += 1
    return end


def _values_after(text: str, pos: int, lex: _Lexicon) -> int:
    """How many values follow ``pos`` in a list joined by 、/和/及 (23894元|和14620元)."""
    count = 0
    while count < 12:
        j = _skip_blanks(text, pos)   # 8.9%⏎、⏎12.2%: a page that put every number on a line
        if text[j:j + 1] not in _LIST_JOINS:
            break
        m = lex.scan.match(text, _skip_blanks(text, j + 1))
        if m is None:
            break
        count, pos = count + 1, m.end()
        while text[pos:pos + 2] in ("左右", "以上", "以内", "以下"):
            pos += 2
    return count


#: What a list of things is measured by, at the end of its last item only (新能源汽车、太阳能
#: 电池、工业机器人产量分别增长…): the earlier items take it. Longest first.
_LIST_HEADS = ("增加值占比", "增加值增速", "增加值", "占比", "比重", "增速", "增幅", "产量", "产值",
               "销售额", "营业收入", "贡献率", "投资额", "余额")


def _shared_head(items: list[str]) -> list[str]:
    """城镇、农村居民收入 -> 城镇居民收入, 农村居民收入: items of at most two characters
    before a longer last one (two items, or all the earlier ones that short) take its tail;
    an item ending like the last one (增值税、企业所得税) is whole. Earlier items without
    the measure word the last ends in take it (甲、乙和丙产业增加值占比 -> 甲增加值占比 …)."""
    head = next((w for w in _LIST_HEADS if items[-1].endswith(w) and len(items[-1]) > len(w)), "")
    if head and all(len(x) > 2 and not x.endswith(head) for x in items[:-1]):
        return [x + head for x in items[:-1]] + [items[-1]]
    last, before = items[-1], items[-2]
    if len(last) <= len(before) + 1 or not (len(items) == 2 or all(len(x) <= 2 for x in items[:-1])):
        return items
    tail = last[len(before):]
    return [x + tail if len(x) <= 2 and x[-1] != last[-1] else x for x in items[:-1]] + [last]


def _base_and_subject(text: str, h: _Hit, subject: str, lex: _Lexicon) -> tuple[str, str]:
    """The base unit; a unit-less 万/亿 count of people (减少1386万, 9748万农村人口) is 人,
    any other unit-less count is no indicator ("")."""
    base = _base_unit(h)
    if base:
        return base, subject
    large = _multiplied(h.n1, h.mult)
    known = subject.endswith(lex.person)
    people = "" if known or not large else _person_after(text, h.end, lex)
    if not (large and (people or known)):
        return "", subject
    return "人", people or subject


def _person_after(text: str, end: int, lex: _Lexicon) -> str:
    """9748万农村人口 -> "农村人口": the people a unit-less count is followed by, else ""."""
    after = text[end:end + 8]
    for i, c in enumerate(after):
        if c in _CLAUSE_PUNCT or c == "的":
            after = after[:i]
            break
    hits = [after.find(w) + len(w) for w in lex.person if w in after]
    if not hits and len(after) >= 2 and after.endswith("人"):  # 600多万香港人
        return after
    return after[:min(hits)] if hits else ""


#: Parts of an account or a fund, or sides of a crop or a herd, named alone after the whole
#: (基金总收入2.4万亿元，总支出…; 生猪存栏…，出栏…): they take the owner of the part before
#: them. Longest first.
_PART_FAMILIES = (("当期结存", "累计结存", "滚存结余", "总收入", "总支出", "结存", "结余", "收入", "支出"),
                  ("播种面积", "种植面积", "总产量", "总产", "产量", "单产", "亩产", "产值"),   # 粮食播种面积…，总产量
                  ("存栏", "出栏"))                         # 生猪存栏…，出栏
#: What an incident counted before them cost (事故12起，死亡5人，受伤3人，直接经济损失…).
_CROP_PARTS = ("总产量", "总产", "产量", "单产", "亩产", "产值")   # what a crop grown yields
_GROWN = re.compile(r"(?:种植|栽植|播种|种)(?P<crop>[\u4e00-\u9fff]{2,6})")   # 种植马铃薯: the crop grown
_PART_TIMES = ("年末", "年底", "期末")   # a time before a part (年末|累计结存): no word of the whole
_PART_LEAD = 2   # a part may repeat this many characters of its whole's name (基金支出 after …基金收入)
_CONSEQUENCES = tuple(sorted(("直接经济损失", "经济损失", "直接财产损失", "财产损失", "死亡人数", "受伤人数", "亡人数",
                              "起数", "死亡", "受伤", "伤亡", "失踪"), key=len, reverse=True))   # longest first
_INCIDENT = re.compile(r"(?:[\u4e00-\u9fff]{2}事故|火灾|灾害|险情|警情|案件)$")   # whose consequences they are


def _inherited(subject: str, prev: dict | None, s_start: int) -> str:
    """A part or a consequence named alone takes the owner named before it in the sentence
    (基金总收入…，总支出 -> 基金总支出; 一般公共预算收入…，支出 -> 一般公共预算支出; 三项社会保险
    基金收入…；基金支出 -> 三项社会保险基金支出; 生产安全事故12起，死亡5人 -> 生产安全事故死亡),
    else ``subject``."""
    if prev is None or prev["sentence_start"] != s_start or not prev["subject"]:
        return subject
    before = prev["subject"]
    if subject in _CONSEQUENCES:
        owner = next((before[:-len(c)] for c in _CONSEQUENCES if before.endswith(c)), before)
        return owner + subject if _INCIDENT.search(owner) else subject
    for family in _PART_FAMILIES:   # parts of the same kind of whole only (not 财政收入…，总产量)
        part = next((p for p in family if subject.endswith(p) and len(subject) - len(p) <= _PART_LEAD), "")
        if not part:
            continue
        lead = subject[:-len(part)]   # 基金|支出 after 三项社会保险基金收入: the whole's own word
        head = next((h for h in family if before.endswith(h) and len(before) > len(h) + 1), "")
        owner = before[:-len(head)] if head else ""
        if not head and part in _CROP_PARTS and (grown := _GROWN.fullmatch(before)) is not None:
            owner = grown.group("crop")   # 种植马铃薯10万亩，总产20万吨 -> 马铃薯总产
        if lead in _PART_TIMES and owner:
            return owner + subject   # …基金收入…，年末累计结存 -> …基金年末累计结存
        if owner.endswith(lead) and len(owner) > len(lead) + 1:
            return owner[:len(owner) - len(lead)] + subject
        return subject
    return subject


#: How the name of a village without 村 ends (大固城, 朱家庄, 某某嘎查): a place a breakdown names.
_VILLAGE_END = "庄|屯|寨|堡|峪|湾|坪|沟|城|嘎查|苏木"
#: A part named in a breakdown after its whole: a size or kind (大型, 二级医院, 牧业) or a place
#: (某镇, 某街道).
_BREAKDOWN_PART = re.compile(r"""
    (?:其中)?
    (?P<part> [大中小微]型                                          # 大型, 中型
            | [\u4e00-\u9fff]{1,6} (?: 镇|乡|村|县|区|市|街道|社区           # a place
                                   | 院|院校|学校|业 )                 # a kind of body or sector
            | [\u4e00-\u9fff]{2,6} (?: %(village)s )                     # a village without 村 (大固城)
            | (?: 小学|初中|高中|幼儿园|学前教育|义务教育 ) 生?          # a level of schooling
            | [\u4e00-\u9fff]{1,6} 类                                  # a category (居住类, 食品烟酒类)
            | 男性|女性|男|女 )                                          # a sex (其中男性1800人)
    """ % {"village": _VILLAGE_END}, re.VERBOSE)
_SEXES = frozenset("男性 女性 男 女".split())
_SCHOOLS = ("学校", "中小学", "校")
_LEVELS = ("小学", "初中", "高中", "幼儿园")
_WHOLE_LEAD = re.compile(r"^(?:全|我|本)[镇乡县区市省]")   # 全镇|总户数: the whole's own place goes
#: A sector total (农林牧渔业总产值): its parts (农业, 牧业) take only its last word.
_SECTOR_TOTAL = re.compile(r"[\u4e00-\u9fff]{2,5}?(?P<head>总产值|增加值|产值)")
_WHOLE_BODY = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:机构|单位|医院|学校)")   # the bodies a part is a kind of
_OPENS_PARTS = re.compile(r"""
    (?: [，,；;。]?\s? 其中                            # …1225张，其中，二级医院499张
      | [，,；;。]?\s? (?P<by> 分[\u4e00-\u9fff]{1,4}看        # …83亿人次。分方式看，铁路…
                            | 按[\u4e00-\u9fff]{1,6}?(?:划分|区分|分) ) )   # …60个。按工程类别分：公路…
    [，,：:]?\s?
    """, re.VERBOSE)
_OPENER_REACH = 30   # characters from the whole's value to its part's value across 其中 or 分…看
_MEASURE_ENDS = ("比", "额", "率", "量", "值", "数", "重", "速", "幅")
_HAN_PART = re.compile(r"[\u4e00-\u9fff]{2,4}")   # a part named by kind after 分…看 (铁路, 民航)
_BREAKDOWN_SPAN = 120   # characters a breakdown in brackets may run to the value


def _breakdown(text: str, subject: str, q_start: int, unit: str, prev: dict | None) -> tuple[str, tuple]:
    """(subject, owner) of a value in a breakdown right after its whole, in brackets or after
    其中 (水库10座（大型2座、中型4座）-> 大型水库; 总户数2823户（其中甲镇1170户）-> 甲镇总户数;
    床位1225张，其中，二级医院499张 -> 二级医院床位 (the whole's last word); 农林牧渔业总产值…，
    其中…牧业9.26亿元 -> 牧业总产值): a part named alone takes the whole's subject. ``owner``
    (the whole's subject, unit and the mark that ends the breakdown) goes on to the next
    values, () when the value is in no breakdown."""
    if prev is None:
        return subject, ()
    owner = earlier = prev.get("_owner") or ()
    if owner and (owner[2] in text[prev["end"]:q_start] or "其中" in text[prev["end"]:q_start]
                  or prev["unit"] != owner[1] and not prev["change"]):
        owner = ()   # the breakdown ended (its bracket closed, its sentence ended, another count came)
    if not owner:
        between = text[prev["end"]:q_start]
        if (prev["unit"] == unit and between[:1] in ("（", "(") and not any(c in between for c in "）)")
                and len(between) <= _BREAKDOWN_SPAN):
            owner = (prev["subject"], unit, "）" if between[0] == "（" else ")")
        elif (opens := _OPENS_PARTS.match(between)) is not None and len(between) <= _OPENER_REACH:   # (after the
            # whole's rate too: 增长3.2%，其中农业…; the part named right after the opener)
            named = _NAMED_SHARE.fullmatch(prev["subject"])   # (…，占…的55%，其中: the whole is its owner)
            whole = named.group("owner") if named else prev["subject"]
            if opens.group("by") and len(earlier) > 3 and earlier[3] and earlier[1] == unit:
                whole = earlier[0]   # 按类别分：…4个。按区域划分：陕西7个: the same whole, by another kind
            owner = (whole, unit, "。", bool(opens.group("by")))
    m = _BREAKDOWN_PART.fullmatch(subject)
    by_kind = (len(owner) > 3 and owner[3] and _HAN_PART.fullmatch(subject) is not None   # 分方式看，铁路…
               and not subject.endswith(_MEASURE_ENDS))   # (not 占比, 增收额: a measure, not a kind)
    if not owner or not owner[0] or (m is None and not by_kind) or unit != owner[1]:
        return subject, owner
    whole = _WHOLE_LEAD.sub("", owner[0])
    part = m.group("part") if m is not None else subject
    if part[-1] == whole[-1:] or whole.endswith(part) or whole.endswith(_SCHOOLS) and part.endswith(_LEVELS):
        return subject, owner   # 企业30家，其中规上企业12家, 高校…，其中职业学校, 学校…，其中小学: the part
        # names its own kind
    if part.endswith("业"):   # a sector: of a total's value only (企业18家（商贸业9家）: 商贸业 stays)
        if (total := _SECTOR_TOTAL.fullmatch(whole)) is None:
            return subject, owner
        whole = total.group("head")   # 农林牧渔业总产值 -> 牧业总产值
    elif part.endswith(("院", "学校")):
        whole = _WHOLE_BODY.sub("", whole) or whole   # 医疗机构核定编制床位 -> 二级医院核定编制床位
    elif part in _SEXES and whole[:1] == "总" and len(whole) > 2:
        whole = whole[1:]   # 总人口…，其中男性 -> 男性人口
    return part + whole, owner


#: A size named by one character after what it measures (某路长12.3公里，宽7米): its full name.
_DIMENSIONS = {"长": "长度", "宽": "宽度", "高": "高度", "深": "深度", "厚": "厚度"}
_COUNT_WORD_END = re.compile(r"[一二两三四五六七八九十]{1,3}[座条个处段栋幢]$")
_DIMENSION_OWNER = re.compile(r"(?:其中)?(?P<owner>[\u4e00-\u9fff]{2,12}?)(?:在|全长|总长|长|宽|高|深|厚|[，,])")


def _dimension_of(text: str, q_start: int, dim: str, lex: _Lexicon) -> str:
    """The size's full name, the thing at the sentence's start and the dimension (衡德路在我县
    境内长|12.3公里，宽|7米 -> 衡德路长度, 衡德路宽度), or ""."""
    sent = max(text.rfind(c, 0, q_start) for c in "。；;！？\n") + 1
    m = _DIMENSION_OWNER.match(text, sent, q_start)
    if m is None or m.group().endswith(("，", ",")) and not _COUNT_WORD_END.search(m.group("owner")):
        return ""   # (此外，高…: no owner named)
    owner = _COUNT_WORD_END.sub("", _core(m.group("owner"), lex))   # 新建桥梁一座，长…: the bridge's
    return owner + _DIMENSIONS[dim] if len(owner) >= 2 else ""


#: A part named by its place inside a total's brackets (洪广镇|1199户, 其中乡上|4起, 金贵镇和立岗镇|269户).
_PLACE_PART = re.compile(r"""
    (?: 其中 )?
    (?: [\u4e00-\u9fff]{1,10}? (?: 镇 | 乡 | 村 | 县 | 区 | 市 | 街道 | 社区 | 州 | 盟 | 旗 )   # a place,
        (?: [和、及] [\u4e00-\u9fff]{1,10}? (?: 镇 | 乡 | 村 | 县 | 区 | 市 | 街道 | 社区 ) )?   # or two
      | [乡村镇县区市]上 | 城镇 | 农村 | 城区 | 市区 | 县城 | 市本级 | 县本级
      | [\u4e00-\u9fff]{2,6}? (?: %(village)s ) )                  # a village named without 村 (大固城,
    """ % {"village": _VILLAGE_END}, re.VERBOSE)                    # 朱家庄, 某某嘎查)


def _bracket_part(text: str, q_start: int, s_start: int, prev: dict | None,
                  subject: str) -> tuple[str, str]:
    """(subject, total) for a value in the brackets after a total, named by its place alone
    (建档立卡贫困户1662户（洪广镇|1199户，…）-> 洪广镇建档立卡贫困户): the place and the total's
    subject; ``total`` is that subject for the next parts, "" outside such brackets."""
    if prev is None or prev["sentence_start"] != s_start:
        return subject, ""
    bracket = max(text.rfind("（", s_start, q_start), text.rfind("(", s_start, q_start))
    if bracket < 0 or "）" in text[bracket:q_start] or ")" in text[bracket:q_start]:
        return subject, ""
    if prev["end"] <= bracket and not text[prev["end"]:bracket].strip():
        total = prev["subject"]   # the first part, right after the total
    elif prev["end"] > bracket:
        total = prev.get("_total", "")   # a later part in the same brackets
    else:
        return subject, ""
    if total and _PLACE_PART.fullmatch(subject) and not total.startswith(subject):
        return subject.removeprefix("其中") + total, total
    return subject, total


def _is_pair(text: str, prev_end: int, q_start: int) -> bool:
    """由X增加到Y: the previous indicator ends right before this one's change word; 从X到Y."""
    between = text[prev_end:q_start]
    return prev_end <= q_start and (between in ("", "到", "至") or between in _PAIR_ADVERBS
                                    or _PERIOD.fullmatch(between) is not None)


_PEOPLE = frozenset(("人", "户"))   # counts of people and households: what follows 的 is theirs
PAIR_CLAUSE = 24   # the clause naming a pair's X before 从/由 is at most this long
#: How much or how steadily Y differs from X (从5.73吨|大幅|增加为11.25吨): still a pair.
_PAIR_ADVERBS = frozenset("大幅 大幅度 明显 显著 稳步 逐步 进一步 迅速 快速 大大".split())


#: People named one by one before their count (发展新会员王某、李某、张某等3人): the names.
_NAMES_BEFORE = re.compile(r"(?P<names>(?:[\u4e00-\u9fff]{2,3}、){1,40}[\u4e00-\u9fff]{2,3})等$")
_NAMED_REACH = 200       # characters read back for such a list of names
_NAMED_AFTER = re.compile(r"(?P<what>(?:获|獲|荣获|榮獲|被评为|被評為|当选为|當選為|当选|當選|成为|成為|为|為)"
                          r"[^，,。；;：:\n]{2,24})")   # …等6人获某征文奖: what the people won or became
_COUNTS_PEOPLE = frozenset(("人", "名", "位"))


def _named_people(text: str, q_start: int, end: int, lex: _Lexicon) -> str:
    """What people named one by one before their count are (发展新会员王某、李某、张某等3人 ->
    新会员; 王某、李某、张某等3名同志为某协会会员 -> 某协会会员), "" when no list of names
    (two thirds of them a person's, by jieba's tagger) ends right before the count."""
    m = _NAMES_BEFORE.search(text, max(0, q_start - _NAMED_REACH), q_start)
    if m is None:
        return ""
    names = m.group("names").split("、")
    if sum(map(is_person_name, names)) * 3 < len(names) * 2:
        return ""
    lead = _core(text[_clause_start(text, m.start()):m.start()], lex)
    if len(lead) >= 3 or len(lead) == 2 and not opens_with_verb(lead):
        return lead   # (发展|张某、李某等16名同志为…: a verb alone names nothing)
    after = _NAMED_AFTER.match(text, end + (text[end:end + 2] == "同志") * 2)
    return re.sub("^(?:为|為)", "", after.group("what")) if after else ""   # (为某协会会员 -> 某协会会员)


#: A share whose whole is given with its amount (秋播面积7.3万亩，占规划面积6.9万亩的|105%): the whole's
#: name and amount before the share, the owner's clause before them.
_STATED_WHOLE = re.compile(r"""
    (?P<owner> [^，,。；;：:\n]{2,30}? ) [0-9][0-9.,]* \s? [\u4e00-\u9fff]{1,3}   # 秋播面积|7.3万亩
    [，,] \s? 占 (?:到|了)? (?P<whole> [\u4e00-\u9fff]{2,10}? )                      # ，占(到)|规划面积
    [0-9][0-9.,]* \s? [\u4e00-\u9fff]{1,3} 的 $                                    # 6.9万亩|的
    """, re.VERBOSE)
_WHOLE_NAMED = re.compile(r"[，,]\s?占(?:到|了)?(?P<whole>[\u4e00-\u9fff]{2,10}?)$")   # ，占|规划面积|6.9万亩的
STATED_WHOLE_REACH = 60   # characters back from a share to its owner's clause


def _stated_whole(text: str, q_start: int, end: int, unit: _Unit | None, lex: _Lexicon) -> str | None:
    """秋播面积7.3万亩，占规划面积6.9万亩的105%: the whole's amount is the 规划面积, the share is the
    秋播面积占规划面积比重. None when the number is neither."""
    if unit is not None and unit.base in _SHARES:
        m = _STATED_WHOLE.search(text, max(0, q_start - STATED_WHOLE_REACH), q_start)
        owner = _core(m.group("owner"), lex) if m is not None and not _PLAN_WORDS.search(m.group("whole")) else ""
        return f"{owner}占{m.group('whole')}比重" if owner else None
    if text.startswith("的", end) and end + 1 < len(text) and text[end + 1].isdigit():
        m = _WHOLE_NAMED.search(text, max(0, q_start - 14), q_start)   # (a plan's amount: _PLAN_DONE's)
        return m.group("whole") if m is not None and not _PLAN_WORDS.search(m.group("whole")) else None
    return None


def _subject(text: str, q_start: int, end: int, unit: _Unit | None, lex: _Lexicon,
             same: str) -> str:
    """The thing measured: the clause before the number cut at its last verb or time word;
    when nothing is left, the subject ``same`` of the previous indicator in the sentence
    (产量33212万吨，比上年增加2737万吨), else the short clause before (…经费，从1288亿元)."""
    if unit is not None and unit.base in _COUNTS_PEOPLE and (named := _named_people(text, q_start, end, lex)):
        return named
    if unit is not None and unit.count:
        noun = _noun_after(text, end, lex, relative=unit.base not in _PEOPLE or text[end - 1:end] == "名")   # (3人|脱贫的
        #   任务: people; 1名|要求入党的积极分子: 名 counts the noun after)
        if noun:
            if noun in _GENERIC_HEADS and (who := _kind_before(text, q_start)):
                return who + noun   # 其中梯次利用有|27家|企业: which firms
            return noun
    if (stated := _stated_whole(text, q_start, end, unit, lex)) is not None:
        return stated
    start = _clause_start(text, q_start)
    if (same and (named := _NAMED_SHARE.fullmatch(same)) is not None and not _SHARE_OF.match(text, start)
            and not (unit is not None and unit.base == "百分点")):   # (提高1.2个百分点: the share's)
        same = named.group("owner")   # …占…的68.4%，|增长33.0%: the growth is the owner's, not the share's
    cell = _cell_start(text, q_start)
    start = max(start, cell)   # a table's row written with |: the clause stays in its cell
    stop = _share_part(text, start, q_start, lex) if unit is not None and unit.base in _SHARES else q_start
    qualified = lex.qualifier.search(text, start, stop)   # 生产总值|剔除…因素增长7.8%; 按现价计算增长… -> same
    if qualified:
        stop = qualified.start()
    rest = _HAN_GAP.sub("", text[start:stop].rstrip(" \t\u3000\n"))   # 水平达 到: a blank a wrapped line left
    subject = _core(_before_note(text, start, lex, rest) + rest, lex)
    if subject[:1] == "其" and len(subject) >= 3 and subject[1] not in "他它余次中实间后":   # (not 其他, 其中)
        # …的采矿业继续发挥作用，其|增加值同比增长7.2%: 其 points
        subject = _pointed_to(text, start) + subject[1:]   # back to the industry or body of the clause before
    if subject in lex.kept_cuts or subject in _PREPOSITIONS:   # 余额增长8.5%，新增|4万亿元: 新增 alone
        subject = ""   # names nothing, nor does 按照 (按照|95%的参保率要求)
    subject = subject or _share_of(text, end, unit, lex)
    if not subject and start > 1 and text[start - 1] in "）)" and start == stop:
        subject = _before_bracket_note(text, start - 1, lex)    # 生产总值（GDP）235亿元, 年产鱼（蟹）450吨
    if same and (acted := _ACTED_ON.fullmatch(subject or rest.strip(" \t\u3000"))) is not None:
        verb = acted.group("verb")   # 受理各类案件26155件，办结|25631件: those concluded;
        if (done := _ACTED_ON.match(same)) is not None and len(same) - done.end() >= 2:
            same = same[done.end():]   # …，办理|诉求1150件，解决|1100件: of the 诉求, not of those 办理
        subject = same + verb if same.endswith(_BODY_ENDS) else verb + same   # 市中院…，办结|: its own
    subject = subject or same  # 达到 45 万吨
    if subject in ("占", "佔") and unit is not None and unit.base in _SHARES and (level := _stripped_level(text, start, lex)):
        subject, same = f"{level}占比", ""   # 女性人口为人，|占49.57%: the level's number gone, its noun named
    owner = _PLAN_OF.sub("", same) if same else ""   # (财政总收入年度预算 -> 财政总收入: the owner)
    if (same and unit is not None and unit.base not in _SHARES and subject.startswith("占")
            and _OF_PLAN.fullmatch(subject) and (plan := _PLAN_WORDS.search(subject)) is not None):
        subject = owner + plan.group()   # 财政总收入完成…，占年度预算|22443万元: the plan's amount
    elif (same and (done := _PLAN_DONE.search(text, max(0, start - PLAN_REACH), stop)) is not None
          and unit is not None and unit.base in _SHARES and owner):
        subject = f"{owner}完成{done.group('plan')}比例"   # 占年度预算22443万元的|106.9%: of the plan
    elif (same and owner and _OF_PLAN.fullmatch(subject) and unit is not None and unit.base in _SHARES
          and (plan := _PLAN_NAME.search(text, start, stop)) is not None):
        subject = f"{owner}完成{plan.group()}比例"   # 投资1441.5亿元，为年度计划的|96.1%: of the plan
    elif (same and owner and unit is not None and unit.base in _SHARES
          and (done := _DONE_PLAN.fullmatch(text[start:stop].strip(" \t，,"))) is not None):
        subject = f"{owner}{done.group('verb')}{done.group('plan')}比例"   # 投资4084万元，完成年度任务|58.3%
    elif same and (_OF_PLAN.fullmatch(subject) or _SHARE_OF.match(text, start, stop)
                   and unit is not None and unit.base in _SHARES):
        subject = same   # 税收16亿元，占预算收入的70.3%: a share of that
        whole = _SHARE_WHOLE.match(text, start, stop)
        if (whole is not None and not _OF_PLAN.fullmatch(whole.group("whole")) and "占" not in same
                and unit is not None and unit.base in _SHARES):
            subject = f"{same}占{whole.group('whole')}比重"   # …，占全市经济总量的59.7%: the share, named
        elif (whole is None and "占" not in same and not same.endswith(("比重", "占比", "比例"))
              and _BARE_SHARE.fullmatch(text, start, stop) and unit is not None and unit.base in _SHARES):
            subject = f"{same}占比"   # 咨询类2345件，占|47.09%: a share of a whole left unsaid
    elif _OF_PLAN.fullmatch(subject) and (m := _OF_PLAN_SHARE.search(text, start, stop)) is not None:
        owner = _core(text[start:m.start()], lex)   # 生产总值为全年目标值的|109.3%
        plan = _PLAN_NAME.search(text, m.start(), stop)
        subject = f"{owner}完成{plan.group()}比例" if owner and plan and unit is not None and unit.base in _SHARES \
            else owner or subject
    if _TIME_ONLY.fullmatch(subject) and (topic := _TOPIC.search(text, max(0, start - TOPIC_REACH), start)):
        subject = topic.group("topic")   # 地区生产总值方面，全县当季|同比增长15.4%: the sentence's topic
    if (subject in _RATE_WORDS and same and not same.endswith(_RATE_WORDS)
            and text[start:stop].rstrip("为达到是").endswith(subject)):   # 增加值23亿元，同比增幅|14%
        subject = same
    if subject in _SEGMENT_PARTS and (cat := _SEGMENT_HEAD.match(text, _segment_begin(text, start), start)):
        subject = cat.group("cat") + subject   # 普通中学22所，教职工2102人，在校学生|14081人: the school's
    if (counted := _COUNTED_LAST.match(subject)) is not None and text[start - 1:start] == "、":
        subject = _listed_before(text, start, counted, lex) + subject   # 甲、乙、|丙三项社会保险基金收入
    if len(subject) == 1 and (count := _COUNT_BEFORE.search(text, start, q_start)) is not None:
        subject = _core(count.group("noun"), lex) or subject   # 发放创业担保贷款797笔|9389万元: the loans'
    if (same and unit is not None and unit.base == "百分点"
            and (margin := _MARGIN.fullmatch(text, start, q_start)) is not None):
        ref = margin.group("ref") or margin.group("ref2")
        if _EARLIER.search(ref) or _COMPARED_IN.search(same):   # 比上年高: a change of the same; a subject
            subject = same                                       # that compares already (增速较一季度)
        elif "的" not in ref:
            subject = same + _margin_name(margin)   # 高于全市平均|55.4个百分点: the gap
    elif unit is not None and unit.base == "百分点" and (gap := _margin_after_owner(text, start, q_start, same, lex)):
        subject = gap
    if subject in _SHARE_WORDS + _DONE_WORDS + _REACH_WORDS and same and not same.endswith(_SHARE_WORDS + _DONE_WORDS):
        subject = same + subject   # 29所学校…，占比|超过90.63%; 招商引资…，总完成率|115%; 短信496条，覆盖|32万人次
    if unit is not None and unit.base == "倍" and (times := _TIMES_OF.fullmatch(text, start, q_start)) is not None:
        subject = _core(times.group("owner"), lex) or subject   # 日呼叫量约为平时的|5倍: the owner, not the base
    if _YEAR_ONLY.fullmatch(subject) or subject in _TIME_UNITS and same:   # 资金1500万元，20xx年是1900万元,
        subject = same                                # 投资794亿元，年|平均增长11.7%: a time, not a thing
    if subject in _GENERIC_AMOUNT:   # 8家龙头企业实现|产值: whose output it is
        owner = _owner(text[start:stop], subject, lex) or _owner_before(text, start, stop, subject, lex)
        if not owner and subject in _INVESTMENT:
            owner = _invested_in(text, start, stop, lex)
        owner = owner or _owner_of_same(same)   # 规上工业企业实现利税7.58亿元，…；|利润1.02亿元
        subject = owner if owner.endswith(subject) else owner + subject
    elif subject in _GENERIC_HEADS:   # 已救助符合条件的|人员: the words that say which
        subject = _modified(text, start, stop, subject, lex)
    if _COUNT_WORD.fullmatch(subject):   # 新建一座|3000平方米的综合楼: a count names nothing
        subject = ""
    if (subject.endswith(_COMPOSED) and text.startswith("的", end) and unit is not None and unit.base in _PEOPLE
            and len(body := _BODY_CUT.split(_noun_after(text, end + 1, lex), 1)[0]) >= 2):
        subject = body + "人数"   # 由甲、乙组成的|120多人|的人防专业队: the size of the body they make up
        # (…的抢险队伍以司法…为主组成: the next body's clause cut off)
    if not subject and text.startswith("的", end) and unit is not None and (
            unit.base in _SIZES or unit.count and unit.base not in _PEOPLE):
        # 1200亩的|杂交水稻制种基地: the size of what follows; 345场次的|乐龄课程: the count
        # (not 14亿人口的|大国: the people are the country's)
        noun = _noun_after(text, end + 1, lex)
        subject = noun if len(noun) >= 2 else ""
    if (not subject and unit is not None and (unit.base in _SIZES or not rest.strip(" \t\u3000，,")
                                               and text.startswith(_NEW_WORDS, q_start))
            and _HAN_CHAR.match(text, end)):   # (…。新增1260吨|低温准低温仓容: nothing before, what is new after)
        noun = _noun_after(text, end, lex)   # 完成|2万亩|高标准农田建设任务: the size of what follows
        subject = noun if len(noun) >= 2 and not noun.startswith(tuple(_PAIR_ADVERBS)) else ""   # (not 稳步增加到)
    if subject[:1] in "和及与" and not subject.startswith(("及以上", "及以下")) and _AFTER_COUNT.search(text, max(start, stop - len(subject) - 4), stop - len(subject)):
        subject = subject[1:]   # 新建学校3所|和医院|2所: the join after the first count
    elif (subject[:1] in "和及与" and len(subject) >= 3 and subject[:2] not in _NOT_JOINS
          and (at := text.rfind(subject, start, stop)) >= 2 and _HAN_PAIR.fullmatch(text, at - 2, at)
          and text[at - 2:at] != "其中"):
        subject = text[at - 2:at] + subject   # 取消|和调整行政审批项目26项: the first verb of the pair
    if subject in lex.place and unit is not None:   # 东部|2万亩|优质水果生产区
        subject = _noun_after(text, end, lex) or subject
    if not subject and (head := _HEADING_BEFORE.search(text, max(0, start - HEADING_REACH), start)) is not None:
        subject = head.group("title")   # 2.个人所得税。|完成13.4亿元: the item's heading names it
    if not subject and start and text[start - 1] in "，,":
        prev = _clause_start(text, start - 1)
        if start - 1 - prev <= 14 or (start - 1 - prev <= PAIR_CLAUSE and text[start:stop].strip() in ("从", "由")):
            # 人均生产总值XX元，|比上年增长11.2%: the level's placeholder goes; 某地每人每年
            # 二氧化碳排放量，从|5.73吨…: a pair's X, named by the clause before
            subject = _core(_PLACEHOLDER_AMOUNT.sub("", text[prev:start - 1]), lex)
    if not subject and start == q_start and start and text[start - 1] in "（(：:":
        prev = _clause_start(text, start - 1)   # 改善道路（|18公里）, 工程实际进度：|13.02%: the
        noun = _core(text[prev:start - 1], lex)   # noun the bracket or the colon follows
        if len(_HAN_CHAR.findall(noun)) >= 2 and noun not in lex.units:   # (not a table's 秒（|9岁）)
            subject = noun
    if (subject[:1] == "中" and (at := text.rfind(subject, start, stop)) > 0 and _AMONG.match(text, at)
            and _AFTER_COUNT.search(text, max(0, at - 4), at)):
        subject = subject[1:]   # 1091户|中因病致贫的有|326户: among the count before
    if subject and (at := max(text.rfind(subject, start, stop), text.find(subject[:2], start, stop))) > 0:
        subject = _with_lead(text, at, subject)   # 1-3月|项目投资, 65岁|及以上人口, 30岁以下|党员
        if subject in _LISTED_HEADS and text[at - 1] == "等" and len(lead := _core(text[start:at - 1], lex)) >= 2:
            subject = f"{lead}等{subject}"          # 开展参观主题展览等|活动165场: the kind named before 等
    if subject in _TIME_UNITS and (span := _DURATION.search(text, start, stop)) is not None:
        subject = _core(text[start:span.start()], lex) or subject   # 失业率连续5年|控制在4.1%以内
    if (quoted := _QUOTED_NAME.search(text, max(0, q_start - QUOTED_NAME_REACH), q_start)) is not None:
        subject = quoted.group("name")   # 恶势力团伙15个、“村霸”|13个: the name in quotes right before
    if subject in _ADVERB_LEFT and (at := text.rfind(subject, start, stop)) >= 0 and stop - at <= ADVERB_PHRASE:
        subject = text[at:stop].strip()               # 基本建成|13305套: what was done, not its adverb
    elif (adverb := next((a for a in _ADVERB_LEFT if subject.endswith(a) and len(subject) - len(a) >= 2
                          and not subject.endswith(_PER_HEAD)), "")):
        subject = subject[:-len(adverb)]              # 改造住房基本|建成4200套: the noun before the adverb
    if subject in _PERIOD_WORDS or _TIME_ONLY.fullmatch(subject.strip("“”")):
        subject = same or subject                   # 生产总值…，“十三五”时期|年均增长2.4%
    if _QUARTER.search(subject) and (after := _noun_after(text, end, lex)):
        subject = after                             # 领到的四季度|1500元|扶贫专岗补贴: a quarter is no subject
    if subject in _YIELD_WORDS and (crop := _SEGMENT_CROP.match(text, _segment_begin(text, start), start)):
        subject = crop.group("crop") + subject      # 冬玉米种植3000亩，预计|产量118.5万公斤: the crop's
    if unit is not None and unit.base in _CAPACITY and (plant := _PLANT_AFTER.match(text, end)) is not None:
        subject = plant.group("plant")              # 某建材100万吨|水泥粉磨站项目: the plant of that size
    if subject:
        subject = _whole_industry(text, stop, subject, lex)   # 纺织服装、|服饰业: the name whole
    if (subject.endswith("中") and len(subject) > 2 and not subject.endswith(("高中", "初中"))
            and text[stop - 1:stop] == "中"):
        subject = subject[:-1]   # 这341件纠纷中|340件: among the count before, the noun is 纠纷
    if subject[:2] in ("以上", "以下") and len(subject) >= 4 and _THRESHOLD_BEFORE.search(text, max(0, start - 8), start + 2):
        subject = subject[2:]   # 500 万元⏎以上|农业民间投资项目39个: the threshold's bound, wrapped
    if subject[:1] == "的" and len(subject) >= 2:   # 100万元以上|的村125个: what the qualifier qualifies
        subject = subject[1:]
    subject = subject.lstrip(_ITEM_MARKS)              # ③其他行业零售额: a list's number
    if subject in _FUNCTION_WORDS or subject and not _NAME_CHAR.search(subject):   # 与|去年同比下降49.1%,
        subject = same                                  # 较1-6月份|提高0.4个百分点: a word or mark that names nothing
    if subject in _SECTOR_AMOUNT and (m := _SECTOR.search(text, max(0, start - 12), q_start)) is not None:
        subject = _TIME_LEAD.sub("", m.group("sector")) + subject   # 第二产业累计实现|增加值99.1亿元: whose
    elif (subject in _SECTOR_AMOUNT and (m := _OWNED_AMOUNT.match(text, _before_note_start(text, start), q_start))
          is not None and m.group("amount") == subject and (owner := _core(m.group("owner"), lex))):
        subject = owner + subject   # 内资企业完成|增加值24.4亿元, 第三产业完成增加值（现价）|415042万元
    if subject[-1:] in _DIMENSIONS and (len(subject) == 1 or "在" in subject):
        subject = _dimension_of(text, q_start, subject[-1], lex) or subject   # 某路…长12.3公里，|宽7米
    if (same and unit is not None and unit.base == "百分点"
            and (subject in _GAP_VERBS or subject.startswith(("较", "比"))
                 or re.search("[较比]", subject) and subject.endswith(tuple(_GAP_VERBS)))
            and (cmp := re.search("[较比]", text[start:stop])) is not None):
        before = _core(text[start:start + cmp.start()], lex)   # 降幅|比1-5月收窄3.6个百分点, |较一季度提升
        subject = same + before if before in _RATE_WORDS and not same.endswith(before) else before or same
    if unit is not None and unit.base == "百分点" and (pull := _PULL.search(text, start, stop)) is not None:
        owner = _core(text[start:pull.start()], lex) or same   # 某投资增长12.5%，拉动全部投资|增长2.4个百分点
        target = _core(text[pull.end():stop], lex)
        if owner and target:
            subject = f"{owner}拉动{target}增长"   # a contribution: whose, to what
    if (unit is not None and unit.base == "元" and (verb := _SPEND_VERB.search(subject)) is not None
            and (funded := _FUNDED_AFTER.match(text, end)) is not None):
        what = _USED_FOR.sub("", funded.group("what"))   # 安排|1040万元|以奖代补资金, 投入|3000万元|的某填埋场扩容工程
        subject = what if what.endswith(_MONEY_NOUNS) else what + verb.group()
    elif (unit is not None and unit.base == "元" and subject in _SPEND_WORDS
            and (purpose := _PURPOSE_AFTER.match(text, end)) is not None):
        subject = re.sub("^完成了?", "", purpose.group("what")) + subject   # 投入|520万元|采购果皮箱和垃圾桶
    if (same and (rank := _RANK.fullmatch(subject)) is not None
            and len(kind := re.sub("^(?:及以上|以上|以下)", "", _RANK_WORD.split(same)[-1])) >= 2):   # (二级以上医院)
        subject = rank.group() + kind   # 妇幼保健机构30个，其中省级|26个; 国家级示范社5家、省级|12家
    if (owned := _OWNED_PLAN.search(text, start, stop)) is not None and subject == owned.group("plan"):
        subject = _core(owned.group("owner"), lex) + subject   # 国税完成目标任务|9289万元的67%: the owner's target
    if cell and len(_HAN_CHAR.findall(subject)) < 2:
        subject = _row_name(text, cell) or subject     # 劳动争议调解率 | % | 不低于60%: the row's name
    return subject or _cell_above(text, q_start)


#: What money was spent doing, right after the amount (投入520万元|采购果皮箱和垃圾桶, 用于建设…).
#: A multiple of a base (日呼叫量约为常态时的|5倍, 投资额相当于去年的|1.5倍): the owner before the verb.
_TIMES_OF = re.compile(r"""
    (?P<owner> [^，,。；;]{2,20}? )                     # what is measured (日呼叫量)
    (?: 大约 | 约 | 大概 )? (?: 是 | 为 | 為 | 相当于 | 相當於 )   # (about) is
    (?P<base> [^，,。；;]{1,16} ) 的 \s?                # the base, then 的 (常态时的)
    """, re.VERBOSE)
_PURPOSE_AFTER = re.compile(r"""
    (?:用于|用来|主要用于)?                                              # 用于, perhaps
    (?P<what> (?:采购|购置|购买|建设|实施|完成了?|开展|新建|改造|修建|维修|建成) [^，,。；;\n]{2,20} )   # a deed and its object
    (?= [，,。；;\n] | $ )                                              # whole, up to the clause's end
    """, re.VERBOSE)
_USED_FOR = re.compile("^(?:用于|用来|主要用于)")
#: A verb of spending ending a subject whose money is named after the amount.
_SPEND_VERBS = ("投入", "安排", "下达", "拨付", "争取", "筹集", "整合", "兑现")
_SPEND_VERB = re.compile(f"(?:{'|'.join(_SPEND_VERBS)})$")
#: A subject that is only the spending, its deed after the amount (not 争取: money won, not spent)
_SPEND_WORDS = frozenset(_SPEND_VERBS) - {"争取"} | {"共投入", "累计投入", "总投入"}
_MONEY_NOUNS = ("资金", "经费", "补助", "补贴", "款", "基金")
#: What an amount after a spending verb is (…1040万元|以奖代补资金, …3000万元|的某扩容工程).
_FUNDED_AFTER = re.compile(rf"""
    的? (?P<what> [\u4e00-\u9fff]{{2,16}}? (?:{"|".join(_MONEY_NOUNS)}|工程|项目) )   # the money or the works
    (?= [^\u4e00-\u9fff] | [用补给对为于顺已全建] )                              # then the clause goes on
    """, re.VERBOSE)


_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
#: A short numbered heading right before a clause on its line (2.个人所得税。|完成13.4亿元).
_HEADING_BEFORE = re.compile(r"""
    (?: ^ | (?<=\n) ) [ \t\u3000]*
    (?: [0-9]{1,2}[.、．] | [（(][一二三四五六七八九十0-9]{1,3}[）)] | [一二三四五六七八九十]{1,3}、 )   # its marker
    (?P<title> [\u4e00-\u9fff]{2,10} ) [。：:] [ \t\u3000]? $                                      # its title
    """, re.VERBOSE | re.MULTILINE)
HEADING_REACH = 20   # characters back to such a heading's line start
#: A subject's own first words the core cut as a time or a number (1-3月|项目投资: a date's
#: last character; 65岁|及以上人口, 30岁以下|党员: an age group).
#: A level whose number a site replaced (人均生产总值|1XX32元, 财政收入|XX万元, 投资|〔…〕万元).
_PLACEHOLDER_AMOUNT = re.compile(r"""
    (?<=[\u4e00-\u9fff]) [0-9.]*                 # after the level's name: digits the site left (1XX32)
    (?: [XxＸｘ×]{1,4} | 〔…〕 | \*{2,} )          # the placeholder
    [0-9.%]* [\u4e00-\u9fff]{0,3} $              # the digits after it and the unit (元, 万元)
    """, re.VERBOSE)
_DATE_TAIL = re.compile(r"[0-9０-９]\s?$")
_AGE_GROUP = re.compile(_AGE + "$")
_TIME_SUFFIX = frozenset("代间来前中内以后更底末初均度份")   # 年代, 年间, 年来, 年以上: a time, left as it is
_TIME_UNITS = frozenset("年 月 天 日 周".split())   # a subject that is only a duration's unit
_DURATION = re.compile(r"(?:连续|近|已|超过)?[0-9一二三四五六七八九十]{1,3}(?:个)?(?:年|月|天|周)")
QUOTED_NAME_REACH = 12   # characters back from a number a quoted name right before it may start
_QUOTED_NAME = re.compile(r"[“「](?P<name>(?![一二三四五六七八九十两])[\u4e00-\u9fff]{2,8})[”」]$")   # 、“村霸”|13个
ADVERB_PHRASE = 6   # characters of an adverb and its verb kept as a subject (基本建成)
_THRESHOLD_BEFORE = re.compile(r"[0-9]\s?(?:万|亿)?[\u4e00-\u9fff]{0,2}\s?\n?(?:以上|以下)$")   # 500 万元⏎以上
_LISTED_HEADS = frozenset("活动 工作 项目 会议 赛事 演出".split())   # heads that 甲、乙等 name the kind of
_POLLUTANT = re.compile(r"(?<![A-Za-z])[Pp][Mm]\s?(?:2\.5|10)\s?$")   # PM2.5|浓度: the core cut at its digits
#: Adverbs a core may leave before the verb it cut (基本|建成13305套): the subject is the verb phrase.
_ADVERB_LEFT = frozenset("基本 全部 已经 全面 顺利 累计 初步 均 已 共".split())
#: A rate of change said alone after the levels it compares (…下跌至13246人次，跌幅为13%): the
#: levels' subject is what changed.
_RATES_OF_CHANGE = frozenset(("增幅", "涨幅", "跌幅", "降幅", "减幅", "增速", "降速", "增长率", "下降率"))
_PROJECT_AMOUNTS = frozenset("总投资 计划总投资 投资 投资额 完成投资 总投资额".split())   # what projects counted before cost
_SECTOR_ENDS = ("业", "行业", "产业")   # a sector's name (制造业, 电力行业, 第三产业)
_SECTOR_HEADS = ("增加值", "产值", "营业收入", "利润总额", "利润", "投资", "用电量", "税收")   # what is measured of a sector
_INCOME_CHANGE = re.compile("[增减減]收")   # 增收, 减收: the change word names the income
_PER_HEAD = ("人均", "户均", "亩均")   # 农民人均|增收500元: per head, not the adverb 均
_PERIOD_WORDS = frozenset("时期 期间 时期内 期间内".split())   # “十三五”时期: a time, not a thing
_QUARTER = re.compile(r"(?:第?[一二三四1-4]季度|[上下]半年|[0-9一二三四五六七八九十]{1,3}月份?)$")   # a time last
_YIELD_WORDS = frozenset("产量 总产量 预计产量 单产 亩产 总产".split())   # a crop's yield words
#: A crop opening its segment (冬玉米种植3000亩，…; 早稻21.5千公顷，…): whose yield follows.
_SEGMENT_CROP = re.compile(r"""
    [\s，,]* (?P<crop> (?![全今去上本下])[\u4e00-\u9fff]{1,6}? )          # the crop (not 全县, 今年)
    (?: 种植面积 | 播种面积 | 种植 | 播种 | 面积 )? (?: 为 | 达 | 达到 )? [0-9０-９]
    """, re.VERBOSE)
_CAPACITY = frozenset("吨 千瓦 兆瓦 立方米 平方米 亩".split())   # what a plant or project is the size of
_PLANT_AFTER = re.compile(r"(?P<plant>[\u4e00-\u9fff]{2,10}?(?:项目|生产线|粉磨站|电站|厂)(?:项目)?)")   # 100万吨|水泥粉磨站项目


INDUSTRY_REACH = 40   # characters back from a number an industry name may start
_INDUSTRY_JOIN = re.compile("[、和及]")


def _whole_industry(text: str, stop: int, subject: str, lex: _Lexicon) -> str:
    """``subject`` with the whole industry name it opens with the last part of (服饰业 after
    纺织服装、 -> 纺织服装、服饰业; 和供应业增加值 -> 电力、热力、燃气及水生产和供应业增加值)."""
    found = None
    for m in lex.industry.finditer(text, max(0, stop - INDUSTRY_REACH), stop):
        found = m
    if found is None or any(c in text[found.end():stop] for c in "，,。；;\n"):
        return subject
    name = found.group()
    for j in _INDUSTRY_JOIN.finditer(name):   # the subject may start after any join of the name
        tail = name[j.start():] if subject[:1] in "和及" else name[j.end():]
        if subject.startswith(tail):
            return name + subject[len(tail):]
    return subject


def _with_lead(text: str, at: int, subject: str) -> str:
    """``subject`` (at ``at``) without a date's last character (1-3月项目投资 -> 项目投资) or with
    the age group, pollutant or size class before it (及以上人口 -> 65岁及以上人口; 党员 after
    30岁以下 -> 30岁以下党员; 浓度 after PM2.5 -> PM2.5浓度; 床位医院 after 100-199张; 强企业 after
    500 -> 500强企业)."""
    if (pm := _POLLUTANT.search(text, max(0, at - 6), at)) is not None:
        return pm.group().upper().replace(" ", "") + subject
    if (subject[0] in "年月日" and len(subject) >= 3 and subject[1] not in _TIME_SUFFIX
            and _DATE_TAIL.search(text, max(0, at - 2), at)):
        return subject[1:]
    if (age := _AGE_GROUP.search(text, max(0, at - 12), at)) is not None:
        return age.group() + subject
    if (size := _SIZE_CLASS.search(text, max(0, at - 16), at)) is not None:
        return size.group() + subject   # 100-199张|床位医院5099个, 100张以下|床位医院: a size class
    if (num := _NUMBER_IN_NAME.search(text, max(0, at - 6), at)) is not None and (
            subject[:1] in "强強" and not num.group("people") or subject[:1] == "制" and num.group("people")):
        return num.group() + subject   # 民营500|强企业107家, 11人|制足球场2个: a number inside the name
    return subject


_NUMBER_IN_NAME = re.compile(r"(?:世界|中国|中國|全国|全國|全球|民营|民營)?(?<![0-9.])[0-9]{1,4}(?P<people>人)?$")
# 世界500|强企业, 11人|制足球场: a ranking's or a format's number and the list it ranks in


#: A size class before a kind of body (100-199张床位医院, 500万元以上企业): a range, or a bound.
_SIZE_CLASS = re.compile(r"""
    (?<![0-9.])[0-9]{1,6}
    (?: [-—~～][0-9]{1,6} (?:张|床|吨|亩|平方米|万元|亿元)                # 100-199张
      | (?:张|床|吨|亩|平方米|万元|亿元) (?:以下|以上|及以上) )$              # 100张以下 (not 56人以上
                                                                          # 大班额: the name's own bound)
    """, re.VERBOSE)


_STRIPPED_LEVEL = re.compile(r"(?:为|為|是|达|達|有)(?:人|个|個|户|戶|家)?$")   # 女性人口为人: a level whose number is gone


def _stripped_level(text: str, start: int, lex: _Lexicon) -> str:
    """The noun of the clause before ``start`` when that clause states a level whose number the
    site removed (女性人口为人，|占49.57% -> 女性人口), else ""."""
    if not start or text[start - 1] not in "，,":
        return ""
    begin = _clause_start(text, start - 1)
    level = _STRIPPED_LEVEL.search(text, begin, start - 1)
    noun = _core(text[begin:level.start()], lex) if level is not None else ""
    return noun if len(noun) >= 2 else ""
_SIZES = frozenset("亩 平方米 平方公里 公顷 千瓦 兆瓦 立方米 床".split())   # the area or capacity a place or plant has
# a subject that only says when or where (当季, 全县当月, 累计) and the topic a sentence opened with
# (地区生产总值方面，…), read at most TOPIC_REACH characters back
_NAME_CHAR = re.compile(r"[A-Za-z\u3400-\u9fff]")   # a subject names something with one of these
# (an empty subject matches too: it takes the topic as well)
_TIME_ONLY = re.compile(r"(?:全[国省市县区镇乡]|本[月季])?(?:当季|当月|本月|本季|累计|全年|上半年|前三季度|今年以来)?")
_TOPIC = re.compile(r"(?:^|(?<=[。；\n]))(?P<topic>[\u4e00-\u9fff]{2,12})方面[，,]")
TOPIC_REACH = 40
_PULL = re.compile("拉动|上拉|带动")   # 工业拉动全区经济|增长12.7个百分点: a contribution to another's growth
#: How a gap moved, left as a subject after its comparison (降幅比1-5月|收窄3.6个百分点).
_GAP_VERBS = frozenset("收窄 扩大 提升 提高 回落 回升 加快 放缓 下降 上升 增加 减少".split())
_RATE_WORDS = tuple("增幅 涨幅 增速 同比增幅 同比增速 增长率 同比增长率 增长速度 降幅 减幅 同比降幅 同比减幅".split())   # a rate's word alone
#: What a category of schools, hospitals or firms counts after its own number (普通中学22所，教职工…人，
#: 在校学生…人): such a part takes the category that opens its segment (to the last ；。 or line start).
_SEGMENT_PARTS = frozenset("在校学生 在校生 学生 教职工 专任教师 教师 职工 从业人员 床位 卫生技术人员 医生 病床 招生 毕业生".split())
_SEGMENT_HEAD = re.compile(r"[\s，,]*(?P<cat>[\u4e00-\u9fff]{2,8}?)[0-9０-９]+(?:[.．][0-9]+)?[所个家座]")
_SEGMENT_MARKS = "；;。\n"


def _segment_begin(text: str, start: int) -> int:
    """Where the segment holding ``start`` begins: after the last ；, 。 or line break before it."""
    return max(text.rfind(c, 0, start) for c in _SEGMENT_MARKS) + 1


_SHARE_WORDS = tuple("占比 比重 所占比重 占比重 比例 所占比例".split())   # a share's word alone
_REACH_WORDS = ("覆盖", "惠及", "辐射", "受益")   # a reach alone: of the thing counted before it
#: How much of the plan was done, said alone (招商引资23179万元，总完成率|115%): the amount's.
_DONE_WORDS = tuple("完成率 总完成率 計劃完成率 计划完成率 任务完成率 目标完成率 完成比例 完成进度".split())
_COUNT_WORD = re.compile(r"[一二两三四五六七八九十]{1,3}[个座所家条项处栋幢间台辆]")   # 一座, 两个
_AFTER_COUNT = re.compile(r"[0-9０-９][^\s，,。；;]{0,3}$")   # a count just before (3所|和医院)
_FUNCTION_WORDS = frozenset("与和及同较比对在为是于从")
_BODY_CUT = re.compile("(?<=..)[以由为為]")
_COMPOSED = ("组成", "組成", "构成", "構成", "组建", "組建")   # a body made up of parts, its size after
_NOT_JOINS = frozenset("及时 及早 和谐 与会 和平 和美".split())   # words opening with a joining character
_HAN_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
_RELATIVE_HEAD = 6   # the longest noun after a relative clause's 的 (1名分管统战的|负责人)
_CLAUSE_CUT = re.compile(r"[，,。；;：:、！？\s]")
_NOUN_WORDS = frozenset(("进步", "進步"))   # words inside a noun that open with a _NOUN_END character
#: ... and that end with one (203个先进单位, 3个促进会: 先进, 促进 are no verb 进 after the noun)
_NOUN_WORDS_ENDING = frozenset(("先进", "先進", "促进", "促進", "引进", "引進"))
_PREPOSITIONS = frozenset("按照 按 依照 根据 以 對照 对照 參照 参照 到 至".split())   # before a value that 的 names;
# 到 and 至 left of a time (覆盖率到2021年底达70%，到|2022年底达100%): the previous subject's
_RATE_AFTER = re.compile(r"的(?P<rate>[\u4e00-\u9fff]{1,8}?(?:率|比例|比重))")   # 95%|的参保率
#: 中 after a count meaning "among them" (1091户中因病致贫的…), not a word's first character
#: (3个中心, 5所中学, 12家中小企业, 2支中队)
_AMONG = re.compile(r"""
    中 (?= [，,：:有]                                   # 1091户中，… / 中有…
         | [^，,。；;\n]{1,8}? 的 (?:有|占|达|为|是) )    # 中因病致贫的有326户: a part of them
    (?! [心学小型医药队专职等级层标国央部外文华期长短] )   # not 中心, 中学, 中小企业, 中队 …
    """, re.VERBOSE)
_HAN_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])")
_ROW_CELLS = 2   # a line with at least this many | is a table's row


def _cell_start(text: str, q_start: int) -> int:
    """Where the cell holding ``q_start`` starts when its line is a table's row written with |
    (名称 | 单位 | 目标 | 完成情况 |), else 0."""
    line = text.rfind("\n", 0, q_start) + 1
    end = text.find("\n", q_start)
    row = text[line:end if end >= 0 else len(text)]
    bar = text.rfind("|", line, q_start)
    return bar + 1 if bar >= 0 and row.count("|") >= _ROW_CELLS else 0


def _row_name(text: str, cell: int) -> str:
    """The name of a table's row: its longest cell before ``cell`` with no digit and at
    least two Chinese characters (促进 就业 | 城镇新增就业岗位 | 个 | … -> 城镇新增就业岗位), or ""."""
    line = text.rfind("\n", 0, cell) + 1
    names = [c.strip().replace(" ", "") for c in text[line:cell].split("|")]
    names = [c for c in names if len(_HAN_CHAR.findall(c)) >= 2 and not any(ch.isdigit() for ch in c)]
    return max(names, key=len, default="")


_ITEM_MARKS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_TIME_LEAD = re.compile(r"^(?:全年|今年|当年|去年|上年|上半年|下半年)")   # 全年|工业完成投资: no part of the sector
#: Amounts that belong to a sector named before the verb that reports them.
_SECTOR_AMOUNT = frozenset("增加值 总产值 产值 销售 销售额 销售收入 主营业务收入 营业收入 利润 利税 税收 投资".split())
_SECTOR = re.compile(r"""
    (?P<sector> (?:第[一二三]产业|(?:其他|其它)?[\u4e00-\u9fff]{0,4}(?:工业|建筑业|服务业|农业|制造业|畜牧业|渔业|林业)
                 | [\u4e00-\u9fff]{2,8}类 (?:项目)? ) )                  # 绿色农业类(项目): a plan's category
    (?: 累计|全年|共 )? (?: 实现|完成|创造 )                       # 第二产业累计实现增加值,
    (?: 增加值|总产值|产值|销售额|销售收入|销售|主营业务收入|营业收入|利润|利税|税收|投资 ) $   # 规模以上工业实现销售
    """, re.VERBOSE)
def _before_note_start(text: str, start: int) -> int:
    """The start of the clause before a short note in brackets that ends at ``start``
    (第三产业完成增加值|（现价）|415042万元), else ``start``."""
    if text[start - 1:start] not in ("）", ")"):
        return start
    opening = max(text.rfind("（", max(0, start - _NOTE_CHARS), start), text.rfind("(", max(0, start - _NOTE_CHARS), start))
    return _clause_start(text, opening) if opening > 0 else start


#: The clause of an amount that a body of firms, an industry or a field reports, read from the
#: clause's start (内资企业完成增加值, 金融业实现增加值, 光机电一体化领域实现营业收入 56.7 亿元).
_OWNED_AMOUNT = re.compile(r"""
    (?: 其中 [，,：:]? )? (?: 全年 | 今年 | 上半年 | 前三季度 )?            # 其中，全年
    (?P<owner> [\u4e00-\u9fff]{0,10}? (?: 产业 | 行业 | 领域 | 板块 | 企业 | 金融业 | 服务业 | 建筑业 | 房地产业 ) )
    (?: 累计 | 全年 | 共 | 共计 )? (?: 实现 | 完成 | 创造 )                  # the verb that reports it
    (?P<amount> 增加值 | 总产值 | 产值 | 销售额 | 销售收入 | 主营业务收入 | 营业收入 | 利润 | 利税 | 税收 | 投资 )
    (?: \s? [（(] [^（）()\n]{1,6} [)）] )? \s* $                        # （现价）, a blank
    """, re.VERBOSE)
#: Amounts that say little without their owner (产值, 收入, 利润, 就业, 投资 …).
_GENERIC_AMOUNT = frozenset("产值 总产值 收入 总收入 营业收入 销售收入 利润 利税 税收 销售额 营业额 交易额 "
                            "零售额 零售总额 出口额 进出口额 成交额 利润总额 "
                            "就业 再就业 转移就业 投资 总投资 固定资产投资".split())
#: The owner of such an amount right before the verb that reports it: a body of firms, farms,
#: parks, projects or people, perhaps after a count of them (8家|市级农业龙头企业|实现产值,
#: 规上工业企业|实现产值, 就业困难人员|实现就业, 省级重点项目|完成投资).
_OWNER_BODY = r"""
    (?: (?: [0-9０-９]+ | [一二两三四五六七八九十百]+ ) [家个户所座] )?    # a count of them (8家)
    (?P<owner> [\u4e00-\u9fff]{0,10}?
        (?: 企业 | 公司 | 集团 | 合作社 | 园区 | 开发区 | 景区 | 农场 | 工厂 | 商户     # a body that earns
          | 项目 | 工程                                                       # what is invested in
          | 人员 | 劳动力 | 农民工 | 毕业生 | 贫困户 | 脱贫户 ) )                 # people who find work
    (?: 共 | 累计 | 合计 )?                                                 # (共, 累计)
    """
_OWNER = re.compile(_OWNER_BODY + r"(?: 实现 | 完成 | 创造 | 达到 | 获得 )? $   # the verb that reports it",
                    re.VERBOSE)
# a clause that opens with the verb reporting an amount (，实现利润3亿元): its owner is the one
# named before the same verb in the clause before (规模以上工业企业完成产值50亿元，|实现|利润)
_VERB_LED = re.compile(r"(?:全年|今年|当年|年内|上半年|目前)?(?:共|累计|合计)?(?:实现|完成|创造)")
_OWNER_BEFORE_VERB = re.compile(_OWNER_BODY + r"(?: 实现 | 完成 | 创造 )", re.VERBOSE)
_OWNER_LEAD = re.compile(r"(?: [全我本][市县区省镇乡] )?" + _OWNER_BODY, re.VERBOSE)   # the owner opening the clause before
#: A project or works opening the clause before, then how it goes (安保工程建设稳步推进，
#: 全年完成投资…): the owner of the investment reported next.
_PROJECT_LEAD = re.compile(r"""
    (?P<owner> [一-鿿]{2,10}? (?:工程|项目) )                  # 安保工程, 棚户区改造项目
    (?= 建设 | 进展 | 推进 | 进度 | 顺利 | 稳步 | 有序 | 全面 | 全部 | 已 | 开工 | 竣工 )   # how it goes
    """, re.VERBOSE)
_INVESTMENT = ("投资", "总投资", "固定资产投资")
#: What was invested in, right before 完成投资 (全市干线公路|完成投资, 交通基础设施建设|完成投资), or
#: the sentence's topic (在高速公路方面，…完成投资).
_INVESTED_IN = re.compile(r"(?P<what>(?![年月])[\u4e00-\u9fff]{2,14}?)(?:累计|共|已|全年|上半年)?完成(?:固定资产)?投资$")
_PLACE_LEAD = re.compile(r"^(?:全|我|本)[国市县区省镇乡]|^[\u4e00-\u9fff]{2,3}省(?=[\u4e00-\u9fff]{2})")
_TOPIC_AREA = re.compile(r"在(?P<topic>[\u4e00-\u9fff]{2,10})方面[，,]")


def _invested_in(text: str, start: int, stop: int, lex: _Lexicon) -> str:
    """The works a clause's 完成投资 is for: the noun before 完成 without its place (全市干线公路
    -> 干线公路, 全国铁路|完成固定资产投资 -> 铁路), else the topic of its sentence (在高速公路方面，…), else ""."""
    m = _INVESTED_IN.search(text, start, stop)
    what = _PLACE_LEAD.sub("", m.group("what")) if m else ""
    if what and what[-1] not in "并和与及且而" and not _TIME_ONLY.fullmatch(what) and _core(what, lex) == what:
        return what
    topic = _TOPIC_AREA.search(text, max(0, start - TOPIC_REACH), start)
    return topic.group("topic") if topic else ""
OWNER_CLAUSE = 30   # characters of the clause before read for an owner


def _owner_before(text: str, start: int, stop: int, subject: str, lex: _Lexicon) -> str:
    """The owner of a generic amount in a clause that opens with its verb, from the clause
    before in the same sentence (规模以上工业企业完成产值50亿元，实现利润3亿元 -> 规模以上工业企业),
    or ""."""
    if not _VERB_LED.match(text, start) or start < 2 or text[start - 1] not in "，,":
        return ""
    lead = _clause_start(text, start - 1)
    m = _OWNER_BEFORE_VERB.search(text, max(lead, start - 1 - OWNER_CLAUSE), start - 1)
    if m is None and subject in _INVESTMENT:
        m = _PROJECT_LEAD.match(text, lead, start - 1) or _OWNER_LEAD.match(text, lead, start - 1)
        # 576个市级重点项目开复工530个，|完成投资607.9亿元: the projects named first
    return _core(m.group("owner"), lex) if m else ""


#: Heads that say little without the words before their 的 (符合条件的人员, 参加企业年金的职工).
_GENERIC_HEADS = frozenset("人员 职工 群众 居民 对象 人口 家庭 农户 企业 项目 单位 学生".split())
#: A kind named before 有 after 其中 or a comma, a generic noun counted after (其中梯次利用有27家企业).
_TIME_OR_PLACE = re.compile(r"[年月日县市区镇乡村省]|全|共|还|均|都")   # (其中今年有…, 其中全县有…: no kind)
_HAS_BEFORE = re.compile(r"(?:其中|[，,、])(?P<who>[\u4e00-\u9fff]{2,8}?)有$")
KIND_REACH = 12   # characters before a count searched for the kind named before 有


def _kind_before(text: str, q_start: int) -> str:
    """The kind named before 有 right before a count, in a sentence that breaks a whole down with
    其中 (其中梯次利用有27家企业，再生利用有15家企业 -> 梯次利用, 再生利用); else ""."""
    start = _segment_begin(text, q_start)
    if "其中" not in text[start:q_start]:
        return ""
    m = _HAS_BEFORE.search(text, max(start, q_start - KIND_REACH), q_start)
    return m.group("who") if m and not _TIME_OR_PLACE.search(m.group("who")) else ""
MODIFIER_CHARS = 10   # characters of a modifier before 的 kept with its head


def _modified(text: str, start: int, stop: int, head: str, lex: _Lexicon) -> str:
    """A generic head with the words before its 的 (已救助符合条件的人员 -> 符合条件的人员), or the
    head alone when no 的 stands right before it."""
    i = text.rfind(head, start, stop)
    if i < start + 2 or text[i - 1] != "的" or i - 1 - start > MODIFIER_CHARS:
        return head   # no 的, or a modifier too long to keep whole
    modifier = _core(text[start:i - 1], lex)
    return f"{modifier}的{head}" if modifier and modifier not in _FUNCTION_WORDS else head


#: A gap to another place's figure, the clause before points (高于全市平均|55.4个百分点, 比全省高|0.5个百分点).
_MARGIN = re.compile(r"""
    \s*(?: (?P<verb> 高于|高出|低于|快于|慢于|超出|超过|高於|低於|快於|慢於 ) (?P<ref> [\u4e00-\u9fff]{1,10}? )
      | (?:比|较|較) (?P<ref2> [\u4e00-\u9fff]{1,10}? ) (?: 分别 )? (?P<verb2> 高出|高|低|快|慢|多|少 ) 了? )   # 比全省高,
    (?: 平均水平 | 平均 | 水平 )? (?: 分别 )? \s*                                                    # 比全区分别低了
    """, re.VERBOSE)
_LOWER = ("低", "慢", "少")
#: A count glued before an amount (创业担保贷款797笔|9389万元): the amount is that of the counted things.
_COUNT_BEFORE = re.compile(r"(?P<noun>[\u4e00-\u9fff]{2,14})[0-9]+(?:\.[0-9]+)?[笔筆宗件户戶项項个個]$")
_COMPARED_IN = re.compile("较|較|(?<![占对可])比(?![重例])|高于|低于|收窄|扩大|加快|回落|提高|下降")
_EARLIER = re.compile("上年|去年|前年|同期|年初|上月|上季|上半年|一季度|前三季度|月份|[0-9]|年")   # a time, not a place


_BODY_NOUN = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:企业|产业|行业|工业|业|公司|集团)")


def _pointed_to(text: str, start: int) -> str:
    """The industry or body 其 at ``start`` points back to: the first named in the clause before
    (全市占比达到75.6%的采矿业继续发挥作用，|其… -> 采矿业), else ""."""
    if start < 2 or text[start - 1] not in "，,":
        return ""
    prev = _clause_start(text, start - 1)
    m = _BODY_NOUN.search(text, prev, start - 1)
    return m.group().rsplit("的", 1)[-1] if m is not None else ""


def _margin_after_owner(text: str, start: int, q_start: int, same: str, lex: _Lexicon) -> str:
    """The gap of a clause that names its owner before the comparison: 城镇居民人均可支配收入
    比全省平均高|0.8个百分点 -> 城镇居民人均可支配收入高于全省; 增速比上年高|1.2个百分点 ->
    增速 (a change of the owner's own rate); a rate word alone is the rate of ``same`` (生产总值
    增长6.5%，增速高于全省|0.1个百分点); "" when the clause holds no such comparison."""
    for at in range(start + 2, q_start):
        if text[at] not in "高低快慢超比较較" or (margin := _MARGIN.fullmatch(text, at, q_start)) is None:
            continue
        owner = _core(text[start:at], lex)
        if len(_HAN_CHAR.findall(owner)) < 2:
            return ""
        if owner in _RATE_WORDS and same and not same.endswith(_RATE_WORDS):
            owner = same + owner
        ref = margin.group("ref") or margin.group("ref2")
        if _EARLIER.search(ref):
            return owner
        return "" if "的" in ref else owner + _margin_name(margin)
    return ""


def _margin_name(m: re.Match) -> str:
    """高于全市 / 低于全省 from a gap's clause (高于全市平均, 比全省高, 低於全市)."""
    verb = m.group("verb") or m.group("verb2")
    ref = re.sub("(?:平均水平|平均|水平)$", "", m.group("ref") or m.group("ref2"))   # 比全省平均高
    return ("低于" if verb.startswith(_LOWER) else "高于") + ref


_AMOUNT_WORDS = sorted(_GENERIC_AMOUNT | _SECTOR_AMOUNT, key=len, reverse=True)   # longest first
_BODY_END = re.compile(r"(?:企业|公司|集团|合作社|园区|开发区|产业|行业|领域|板块)$")


def _owner_of_same(same: str) -> str:
    """The owner named in the previous amount of the sentence, when that amount is another
    generic one of a body of firms or an industry (规上工业企业利税 -> 规上工业企业), else ""."""
    for word in _AMOUNT_WORDS:
        if same.endswith(word) and _BODY_END.search(owner := same[:-len(word)]):
            return owner
    return ""


def _owner(clause: str, subject: str, lex: _Lexicon) -> str:
    """The owner of a generic amount, from the words before it (8家市级农业龙头企业实现产值
    -> 市级农业龙头企业; 全县规上工业企业实现产值 -> 规上工业企业), or ""."""
    m = _OWNER.search(clause, 0, len(clause) - len(subject)) if clause.endswith(subject) else None
    return _core(m.group("owner"), lex) if m else ""


#: A table's row name as a cell of its own line: a short name, perhaps after 其中：.
_CELL = re.compile(r"(?:其中[：:]\s?)?(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff（）()]{1,15})")


def _cell_above(text: str, q_start: int) -> str:
    """A table flattened one cell to a line (粮食总产量⏎⏎162817吨⏎⏎0.5⏎⏎其中：谷物⏎⏎97658吨):
    for a number alone at its line's start, the name in the last non-blank line above, if
    that line is only a short name; else ""."""
    line = text.rfind("\n", 0, q_start)
    if line < 0 or text[line + 1:q_start].strip():
        return ""
    above = text[max(0, line - 40):line].rstrip().rsplit("\n", 1)[-1].strip()
    m = _CELL.fullmatch(above)
    return m.group("name") if m else ""


#: A share of the plan or target, whose subject is the indicator before it (占计划, 为计划任务).
_OF_PLAN = re.compile(r"""
    (?:占|为|為|完成|达|達)?                                           # 为, 占, 完成
    (?:年度|全年|年|调整|調整|年初|调整后|調整後|变动|變動)?              # 调整预算, 年初预算
    (?:计划|計劃|目标|目標|任务|任務|预算|預算|指标|指標){1,2} (?:值|数|數)?   # 计划, 目标任务, 指标任务
    """, re.VERBOSE)
#: A clause of a verb alone that acts on what the clause before counted (受理案件26155件，办结|25631件):
#: the count is of those acted on, named with the verb.
_BODY_ENDS = ("院", "局", "厅", "廳", "委", "府", "部", "所", "庭", "队", "隊", "办", "辦")   # bodies that act
_ACTED_ON = re.compile(r"""
    (?: 共|共计|累计|全年|已 )?                                        # (共, 累计: no part of the name)
    (?P<verb> (?: 办结|辦結|审执结|審執結|审结|審結|执结|執結|受理|查处|查處|查结|查結   # cases and complaints
                | 调解|調解|化解|答复|答復|整改|采纳|採納|立案|起诉|起訴          # disputes, advice, charges
                | 办理|辦理|回复|回復|处置|處置 )                                  # requests, proposals
              (?: [并並和及] (?: 落实|落實|办结|辦結|答复|答復|办理|辦理|解决|解決 ) )? )   # 采纳并落实
    """, re.VERBOSE)
#: A clause that opens with a share (占一般公共预算收入的70.3%): it belongs to the indicator before.
_SHARE_OF = re.compile(r"占(?![比用地有据领])")
_SHARE_NEXT = re.compile(r"[ \t]*(?:占|比重|比例)")   # what a count's share opens with
_BARE_SHARE = re.compile(r"[ \t，,]*(?:约|仅|共)?占(?:到)?[ \t]*")   # 占|47.09%: a share, its whole unsaid
#: A plan's words (年度预算, 全年计划): after them an amount is the plan's; after 占 plan amount 的,
#: a percentage is how much of the plan was done (占年度预算22443万元的|106.9%).
#: A level of government or a grade naming a part of the kind counted before (其中省级26个,
#: 文物藏品69件，其中一级1件).
_RANK_WORD = re.compile(r"""
    国家级|國家級|省级|省級|市级|市級|县级|縣級|区级|區級|乡镇级|鄉鎮級|乡级|鄉級|村级|村級   # levels of government
  | 特级|特級|[一二三四五][级級]|[甲乙丙][级級]|A{1,5}[级級]                              # grades (一级, AAAA级)
    """, re.VERBOSE)
_RANK = re.compile(f"(?:其中)?(?:{_RANK_WORD.pattern})", re.VERBOSE)   # (the kind is what follows the rank in the whole)
#: An owner's plan named before its amount (国税完成目标任务|9289万元的67%).
_OWNED_PLAN = re.compile(r"""
    (?P<owner>[\u4e00-\u9fff]{2,10})完成                                   # 国税完成
    (?P<plan>(?:年度|全年|年初)?(?:目标任务|目标|任务|计划|预算)(?:数)?)$      # 目标任务
    """, re.VERBOSE)
#: A share of a plan done, said without 的 (完成年度任务|58.3%, 超年初目标任务|43.3%).
_DONE_PLAN = re.compile(r"""
    (?P<verb>完成|超额完成|超)                                             # done, or beyond
    (?P<plan>(?:年度|全年|年初|调整后?|年)?(?:既定)?(?:计划|目标|任务|预算|指标){1,2}(?:数)?)   # the plan
    """, re.VERBOSE)
_PLAN_WORDS = re.compile(r"(?:年度|全年|年初|调整后?|年)?(?:预算|计划|目标|任务)(?:数)?$")
_PLAN_OF = re.compile(r"(?:年度|全年|年初|调整后?|年)?(?:预算|计划|目标|任务){1,2}(?:数)?$")
#: The plan a share was taken of (为|年度计划|的, 占|调整预算|的, 为|全年目标值|的).
_PLAN_NAME = re.compile(_PLAN + "(?=的)")
_PLAN_DONE = re.compile(r"""
    (?:占|完成)(?P<plan>(?:年度|全年|年初|调整后?|年)?(?:预算|计划|目标任务|目标|任务)(?:数)?)   # 占年度目标, 完成目标任务
    [0-9.,]+\s?[^\d\s，,。；;的]{1,4}的$                                             # 220亿元的
    """, re.VERBOSE)
PLAN_REACH = 30   # characters back to the 占 of a plan's amount
_SHARE_WHOLE = re.compile(r"""
    占 (?:到|了)? (?![比总])                              # 占, 占到 (not 占比, 占总…)
    (?P<whole> [^的，,。；;%\d]{2,20}? )                  # the whole: 全市经济总量
    (?:的)? (?:比重|比例)? (?:为|达到|达|从|由|在)? $      # 的, 比重, 为 …
    """, re.VERBOSE)   # 占|全市经济总量|的
_NAMED_SHARE = re.compile(r"(?P<owner>.+?)(?:占.+比重|完成.+比例)")   # 零售额占…比重, …完成年度预算比例: its
# owner is what a rate or an amount after it measures
# a share of the plan after what it measures (生产总值|为全年目标值的109.3%)
_OF_PLAN_SHARE = re.compile(r"""
    (?<=[\u4e00-\u9fff]{2})                                # what reached it (生产总值|, 财政收入|)
    (?:占|为|為|完成|达到|达|達)                               # 为, 完成
    (?:年度|全年|调整|調整|年初)?                               # 全年, 调整
    (?:计划|計劃|目标|目標|任务|任務|预算|預算){1,2} (?:值|数|數)? 的$   # 目标值的, 预算的
    """, re.VERBOSE)
#: A year alone, perhaps a placeholder (20xx年, 2022年度): a time, never the thing measured.
_YEAR_ONLY = re.compile(r"""
    (?:\d{2,4}|[xX×*]{2,4}|\d{2}[xX×*]{2})年度?                        # 2005年, 20xx年
  | [“"]?[一二三四五六七八九十]{1,3}五[”"]?(?:期末|末|期间|时期)         # “十五”期末: a plan's end
  | 期末 | 期初 | 年初 | 年末 | 年底                                         # a time alone (“十五”|期末的3倍)
    """, re.VERBOSE)
#: A short note in brackets right before the number: a Latin gloss (（GDP） （PM2.5）) or a
#: note of what is included (（含机关事业单位）, （不含房地产）); no clause inside it.
_NOTE_BRACKET = re.compile(r"[（(][^（()）：:，,。；;！？]{1,14}[）)]$")


def _before_bracket_note(text: str, close: int, lex: _Lexicon) -> str:
    """The subject before a short note in brackets that ends at ``close``, right before the
    number (生产总值（GDP）|235亿元 -> 生产总值; 参保人数（含机关事业单位）|52729人 -> 参保
    人数), else ""."""
    m = _NOTE_BRACKET.search(text, max(0, close - 16), close + 1)
    if m is None:
        return ""
    start = _clause_start(text, m.start())
    return _core(text[start:m.start()], lex)


def _share_part(text: str, start: int, q_start: int, lex: _Lexicon) -> int:
    """End of a share's subject: 网上办件已|占全部办件总量的65% -> the part before 占;
    ``q_start`` when there is no 占 or the clause names the ratio (占比, 占总产值比重)."""
    i = text.rfind("占", start, q_start)
    if i < start + 2 or text.startswith(lex.share_not, i + 1) or "比" in text[i:q_start]:
        return q_start
    return i - next((len(w) for w in lex.share_hedge if text.endswith(w, start, i)), 0)


def _share_of(text: str, end: int, unit: _Unit | None, lex: _Lexicon) -> str:
    """已有50%的县: the noun a bare percentage is a share of, or the rate it is (95%的参保率), else ""."""
    if text[end:end + 1] != "的" or (unit is not None and unit.base not in _SHARES):
        return ""
    if (rate := _RATE_AFTER.match(text, end)) is not None:
        return rate.group("rate")   # 以90%的覆盖率|位居…: the rate, not what it ranks
    noun = _noun_after(text, end + 1, lex)
    return "" if noun.endswith(lex.share_not_noun) else noun   # 增长13%的基础上: no share


# the last clause punctuation of a span: .* runs to the span's end and backs off in C
_LAST_PUNCT = re.compile(f"(?s:.*)[{re.escape(''.join(sorted(_CLAUSE_PUNCT)))}]")


#: The last item of a list and the count of the list after it (工伤保险|三项|社会保险基金收入).
_COUNTED_LAST = re.compile(r"[\u4e00-\u9fff]{2,12}?(?P<n>[两二三四五六七八九十])(?:项|個|个|类|類|大|种|種)")
_LIST_ITEM = re.compile(r"[\u4e00-\u9fff]{2,12}、$")   # an item and its 、 at a clause's end


def _listed_before(text: str, start: int, counted: re.Match, lex: _Lexicon) -> str:
    """The items before the last one of a list its count closes, as written (基本养老保险、失业保险、
    before 工伤保险三项…), the first cut past a verb or time word (全年基本养老保险 -> 基本养老保险);
    "" when the list before holds fewer items than the count says."""
    want, i, items = int(parse_number(counted.group("n"))) - 1, start, []
    while len(items) < want and (m := _last_item(text, i)) is not None:
        items.insert(0, m)
        i -= len(m)
    if len(items) < want:
        return ""
    return _core(items[0][:-1], lex) + "、" + "".join(items[1:])


def _last_item(text: str, end: int) -> str | None:
    """The list item (characters and its 、) ending at ``end``, else None."""
    m = _LIST_ITEM.search(text, max(0, end - 13), end)
    return m.group() if m else None


def _clause_start(text: str, pos: int) -> int:
    """Start of the clause ending at ``pos`` (at most 24 characters back); the comma of
    a thousands separator (33，212) does not end a clause."""
    lo, hi = max(0, pos - 24), pos
    while (m := _LAST_PUNCT.match(text, lo, hi)) is not None:
        i = m.end() - 1
        if not _THOUSANDS.match(text, i - 1) and not _wrapped(text, i):
            return i + 1
        hi = i
    return lo


_NOTE_CHARS = 12   # a note inside a name is at most this long, brackets included


#: Notes that are the editor's, not part of a name: 以下简称同比, 下同, 注, a value (-10.8%).
_EDITORS_NOTE = re.compile(r"简称|簡稱|下同|以下|注|%|％")


def _before_note(text: str, start: int, lex: _Lexicon, rest: str) -> str:
    """The clause before a short note in brackets that ends right before ``start`` inside a
    name (水质优良|（Ⅰ～Ⅲ类）断面比例, 工资总额|（包括奖金在内）比上年): read with the ``rest``
    of the name, the note left out. When nothing of a name follows the note, a note that is a
    name itself (占常住人口比重（常住人口城镇化率）为) is the subject. "" when no such note
    ends there, or the note is the editor's (以下简称同比, 下同) or a value."""
    close = start - 1
    if close < 1 or text[close] not in "）)" or not _is_name_char(text[start:start + 1]):
        return ""
    lo = max(0, close - _NOTE_CHARS)
    o = max(text.rfind("（", lo, close), text.rfind("(", lo, close))
    note = text[o + 1:close]
    if o <= 0 or not _is_name_char(text[o - 1]) or any(c in "：:，,。；;（(" for c in note) or _EDITORS_NOTE.search(note):
        return ""
    if not _core(rest, lex) and len(note) >= 4 and all(map(_is_name_char, note)) and note.endswith(_NAMED_MEASURES):
        return note   # the note names what is measured; the rest (为) adds nothing
    return text[_clause_start(text, o):o]


_NAMED_MEASURES = ("率", "比重", "指数", "总值", "总额", "总量")


def _is_name_char(c: str) -> bool:
    return bool(c) and "\u4e00" <= c <= "\u9fff"


def _wrapped(text: str, i: int) -> bool:
    """The line break at ``i`` wraps a long line of running text (财政收入达⏎7352万元): the
    clause goes on; a break after punctuation or a short line (a heading) ends it."""
    if text[i] != "\n" or not i or i + 1 >= len(text):
        return False
    if text[i - 1] in _CLAUSE_PUNCT or text[i - 1].isspace() or text[i + 1].isspace():
        return False
    if text[i - 1] in "率重" and text[i + 1].isdigit():
        return True   # 群众满意率⏎99.5%: a rate's name, its value put on the next line
    return i - text.rfind("\n", 0, i) > 24


#: A number naming a class of equipment by its voltage or power (110千伏及以上线路, 400伏线路, 10kV线路,
#: 30万千瓦机组): part of the noun, not a count before it.
_CLASS_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?(?:万)?\s?(?:千伏|伏|kV|KV|kv|V|千瓦|兆瓦|MW)(?=[\u4e00-\u9fff])")


def _digits_start(text: str, i: int) -> int:
    """Where the number holding ``text[i]`` starts (110 from its last 0)."""
    while i and (text[i - 1].isdigit() or text[i - 1] in ".．"):
        i -= 1
    return i


def _core(before: str, lex: _Lexicon, again: bool = True) -> str:
    """The noun phrase at the end of ``before``: end words trimmed (达到, 分别, 年均), then
    cut after the last verb, preposition or time word that is not inside a kept word
    (所有制, 保有量, 增加值)."""
    for _ in range(6):
        if not before or before[-1] not in lex.trim_ends:   # no trim word can end here
            break
        t = lex.trim.search(before)
        if not t or t.start() == t.end() or _ends_kept(before, t.start(), lex):
            break
        before = before[:t.start()]
    whole = before
    free = _free_matches(lex.cut, before, lex)
    # only the last two cuts are read below, and a lead verb before them changes nothing
    if free and (free[-1].lastgroup or (len(free) > 1 and free[-2].lastgroup)):
        free = _leading(free, len(before))
    last = free[-1] if free else None
    if last is not None:
        rest, before_all = len(before) - last.end(), before
        if rest == 0 and again and last.start() > 1:   # 投资总额完成|500亿元: the noun is before
            return _core(before[:last.start()], lex, again=False)
        if last.group()[0].isdigit() and _CLASS_NUMBER.match(before, first := _digits_start(before, last.start())):
            before = before[first:]   # 35千伏及以上线路: a class of lines
        elif last.group()[0].isdigit() and len(last.group()) > 1:   # a date: 2021年末|个体户, 2005年|人均…
            before = before[last.end():].lstrip("度起")                # (2022年|度, 2010年|起)
        elif last.group()[0].isdigit():   # 8个|地表水断面: the measure word goes too
            before = _drop_unit(before[last.end():], lex)
            if not before and again:   # 平均住院日7.6天|: only a number and its unit, the noun is before
                return _core(before_all[:_digits_start(before_all, last.start())], lex, again=False)
        elif rest == 1:   # a one-character rest (办结|率) means the cut word was part of the
            # noun; when the rest is a noun ending (率 量 数 …), the noun starts after the cut
            # word before it (完成|投诉按时办结率, 秸秆综合利用率)
            if before[-1] not in lex.suffix:
                before = before[last.start():]
            elif len(free) > 1:
                prev = free[-2]   # 8个|办结率: not past a count's measure word
                before = before[last.start() if prev.group()[0].isdigit() else prev.end():]
        else:
            before = before[last.start() if last.lastgroup == "kept" else last.end():]   # 新增|就业
            if before.startswith("了") and rest > 2:   # 聘请了|监督员: the aspect particle goes
                before = before[1:]
    if before:   # 建成|区年径流…, 建设了|总面积, 但|西大街…
        before = whole[phrase_start(whole, len(whole) - len(before), stay=lex.changes):]
    return before.strip(" “”\"¥￥").replace("\n", "")   # 一般公共⏎预算收入: a wrapped line


def _leading(free: list[re.Match], end: int) -> list[re.Match]:
    """The cut matches without the lead verbs (检查, 改造) that do not open the clause with
    their object: a lead verb starts the subject only at the clause start or right after
    another cut word (改造|农村危房, 全镇|检查|…) and with a noun after it; it is part of the
    noun when it ends the clause (开展|安全检查), follows a noun (技术改造投资) or another
    cut word follows it (整改完成率)."""
    kept: list[re.Match] = []
    chain = 0   # where the run of cut words from the clause start or a kept cut ends
    for i, m in enumerate(free):
        if m.lastgroup == "lead":
            opens = m.start() == chain or bool(kept and kept[-1].end() == m.start())
            if opens:
                chain = m.end()   # 排查|化解|矛盾纠纷: a lead verb after another
            has_object = m.end() < end and not (i + 1 < len(free) and free[i + 1].start() == m.end())
            if not (opens and has_object):
                continue
        kept.append(m)
    return kept


def _ends_count(after: str, i: int, lex: _Lexicon) -> bool:
    """二百多批次|一千五百余人次。: a second count ends the clause, so it is no counted noun
    (unlike 四十个|二万立方米规模的蓄水池)."""
    m = lex.scan.match(after, i)
    return m is not None and (m.end() == len(after) or after[m.end()] in _CLAUSE_PUNCT)


def _ends_kept(before: str, cut: int, lex: _Lexicon) -> bool:
    """违规行为: the trim word 为 at ``cut`` ends a kept word, so it stays; not when the
    kept word's first character ends another word (工商银行|为: no 行为 there)."""
    if lex.keep is None:
        return False
    k = lex.keep.search(before, max(0, cut - 4))
    while k is not None and k.end() < len(before):
        k = lex.keep.search(before, k.start() + 1)
    return k is not None and k.start() < cut and before[k.start() - 1:k.start() + 1] not in lex.keep_broken


_LEAD_MULTIPLIERS = re.compile(f"{MULTIPLIER}*")


_TIME_AFTER_NUMBER = re.compile("(?:月份|季度|月|日|号)(?:起|以来|底|末|初)?")   # a date's rest (4月份扩大种植…, 7月起…)


def _drop_unit(rest: str, lex: _Lexicon) -> str:
    """``rest`` without the multipliers and unit it starts with (万吨|产量 -> 产量), or the
    rest of a date (4|月份扩大种植 -> 扩大种植)."""
    rest = rest.lstrip(" \u3000\n")   # 23⏎亿元: a number split from its unit by layout
    rest = rest[_LEAD_MULTIPLIERS.match(rest).end():]  # 千瓦, 千克, 百分 are units, not 千|瓦
    for n in range(min(lex.longest_unit, len(rest)), 0, -1):
        if rest[:n] in lex.units:
            rest = rest[n:]
            break
    else:
        rest = rest[len(m.group()):] if (m := _TIME_AFTER_NUMBER.match(rest)) else rest   # 4月份|扩大种植…
    if rest.startswith(lex.after_approx):   # 56人以上|大班额: the threshold goes too
        rest = rest[next(len(w) for w in lex.after_approx if rest.startswith(w)):]
    return rest


def _free_matches(pattern: re.Pattern, s: str, lex: _Lexicon) -> list[re.Match]:
    """Matches of ``pattern`` in ``s`` that do not split a kept word (所有制, 有机物).
    Kept words are looked for only when there is a match to check (about half the time)."""
    matches = list(pattern.finditer(s))
    kept = [m.span() for m in lex.keep.finditer(s)] if matches and lex.keep else []
    if not kept:
        return matches
    return [m for m in matches if not any(a <= m.start() < b or a < m.end() <= b for a, b in kept)]


_COUNTED_TIME = ("天数", "日数", "时长", "时数")
_SHARES = ("%", "‰", "成")   # the units of a share (占全部的65%, 七成的村)


def _counts_days(text: str, start: int) -> bool:
    """优良天数达到312天, 人均服务时长28小时: a count of days or hours, not a duration of
    the report's own work."""
    clause = text[_clause_start(text, start):start]
    return any(w in clause for w in _COUNTED_TIME)


_NOUN_OPENERS = frozenset(("全面",))   # a noun_stop word that may open the counted noun itself
_NEXT_COUNT = re.compile(r"(?:近|约|逾|超过|共|计)[0-9０-９]")
_NEW_WORDS = ("新增", "新建", "新开", "新种", "新聘", "新引进")   # a value opening its clause with these: the noun follows
_BLANK_THEN_FIGURE = re.compile(r"[ \t\u3000]+[\u4e00-\u9fff]{1,12}?(?:[0-9０-９]|[增下上提降减減])")   # a blank, a word,
# its number or its change (…超110万颗 儿童龋齿发病率下降50%: a headline's next phrase)
_SIZE_OF = re.compile(r"[0-9０-９.．]{1,8}(?:万|千)?[\u4e00-\u9fff]{1,4}?的(?=[\u4e00-\u9fff])")   # 1200亩的, 3000平方米的


_HE_WORDS = "美谐"   # 和美, 和谐: words, not a join (和美乡村, 和谐社区)


def _noun_after(text: str, end: int, lex: _Lexicon, *, relative: bool = False) -> str:
    """The counted noun right after a measure word (30余家企业 -> 企业), at most 10 characters;
    with ``relative``, a clause before 的 and its noun (1名要求入党的积极分子 -> 要求入党的积极分子)."""
    if (size := _SIZE_OF.match(text, end)) is not None:   # 1个|1200亩的|制种基地: past the size
        end = size.end()
    after = text[end:end + 12].lstrip("“\"「")
    if not after or after[0] in _CLAUSE_PUNCT or after[0] in _NOUN_END:   # 486件，: most counts
        return ""
    if after[0] in lex.change_first and lex.change_next.match(text, end):   # 由96件|下降到58件:
        return ""                                                           # the noun is before
    if _AMONG.match(text, end):   # 贫困户1091户|中因病致贫的有326户: "among them", the noun is before
        return ""
    if _NEXT_COUNT.match(text, end):   # 志愿者队伍3支|近180人: another count of the same, not a noun
        return ""
    if _BLANK_THEN_FIGURE.match(text, end):   # 共发生事故356起| 死亡503人: a headline's next figure
        return ""
    if _SHARE_NEXT.match(text, end):   # 求助187件| 占比 4.09%: its share follows, not a noun
        return ""
    stop = [m for m in _free_matches(lex.noun_stop, after, lex)   # before the characters: 普及 is no 及
            if m.start() or m.group() not in _NOUN_OPENERS]           # (两次|全面降准: its first word)
    run = after
    if stop:
        after = after[:stop[0].start()]
    for i, c in enumerate(after):
        if (c in _CLAUSE_PUNCT or c in _NOUN_END and not (c == "和" and after[i + 1:i + 2] and after[i + 1] in _HE_WORDS
                                                            or after[i:i + 2] in _NOUN_WORDS     # (团结进步: a noun)
                                                            or after[max(0, i - 1):i + 1] in _NOUN_WORDS_ENDING)
                or (c in _NUM_CHARS and _ends_count(after, i, lex))):   # (2个省级和美乡村: 和美 is a word)
            after = after[:i]
            break
    noun = after[:10].strip(" “”\"")
    if len(noun) >= 4 and noun == run[:len(noun)]:   # 5563家|工贸企业配备专兼职安: whole words, no verb's object
        noun = counted_noun(run, len(noun), 10).strip(" “”\"")
    if len(noun) >= 3 and run.startswith("了", len(noun)):
        noun = without_verb(noun)   # 20位|作者颁发|了…: the noun without its verb
    if noun.endswith("中") and len(noun) > 2 and not noun.endswith(("高中", "初中")) \
            and text[end + len(after):end + len(after) + 1].isdigit():
        noun = noun[:-1]   # 这341件纠纷中|340件…: "among them", the noun is before 中
    if (relative and len(noun) >= 3 and (at := text.find(noun, end)) >= 0 and text.startswith("的", at + len(noun))
            and opens_with_verb(noun)
            and 2 <= len(head := leading_noun(_CLAUSE_CUT.split(text[at + len(noun) + 1:end + 24], 1)[0])) <= _RELATIVE_HEAD):
        return f"{noun}的{head}"   # 1名|要求入党的积极分子: a clause before 的 says which, the noun follows
    return noun
