"""Slogans and formulations (提法) with their expansions; document titles in 《》.

``extract_slogans(text)`` finds, in a (simplified, normalised) report:

* quoted slogans, principles, campaigns and mechanisms: a short phrase in
  “”, 「」, 『』, ‘’ or straight double quotes, also across a line break
  (“勤政、务实、高效、廉洁”, “首问责任制”, “越位”). Empty quotes (a number the
  site stripped), quotes without a Chinese character, quotes holding a sentence
  (。！？ inside), words quoted right after 说 (a quotation), single characters and
  quotes longer than ``MAX_QUOTE`` characters are not slogans;
  leftover debris at the edges (“（）三同时”, a trailing 、) is trimmed off.
* numbered formulations, quoted or not (三个代表, 两个率先, 五大工程, 三同时, 四声):
  a quoted phrase led by a numeral, unless an idiom or ordinary word of
  ``data/slogan_idioms.txt`` begins it (“一把手”, “一刀切”, “一切向钱看”: kind "quoted",
  counted where quoted only); an unquoted phrase of the shipped lexicon
  ``data/formulations.txt`` (plus ``extra`` terms); an unquoted numeral +
  个/种/大/项/条/类 + noun that the text expands right away (实行六个公开，即…),
  that follows its quoted items (“甲”“乙”两大攻坚战, “甲、乙”两大计划, “甲、乙、丙”三场硬仗) or that recurs. Ordinary counts (四个党小组, 两家企业, 一个脚印, 四个阶段)
  are left alone, as are ordinals and congress numbers (第三个, 十六大).
* unquoted principles: three or more parallel items of one length listed right before
  方针 or 原则 (巩固、充实、完善的方针), kept (kind "principle") when the list recurs.
* a compound quote of formulations (“四声、四心、四快、四必”) gives each member
  as a formulation, and the compound as a quoted slogan expanded into them.
* expansions the text gives right after a formulation, also past a short head noun:
  即… / 是指… / ：… / ——… / （…） / a list of quoted items / an enumeration (一是…二是…, 第一，…
  第二，…, 首先…其次…最后…), also one that starts the next sentence (打好三大攻坚战。一是…),
  or past the rest of the formulation's sentence when every item names its head noun
  again (推进三项改革，成效明显。第一，深化甲改革…); an enumeration counts only with exactly
  as many items as the numeral announces, and its items spread over sentences are cut
  to their first clause, past a governing verb (一是打好精准脱贫攻坚战，… -> 精准脱贫攻坚战),
  or failing those the list
  of exactly as many items right before it (甲、乙、丙三大战略, “甲、乙、丙”的“三乱”,
  甲、乙、丙，这“三个不”;
  the first item starts at a quotation mark or after a governing verb: 打好甲、乙、丙;
  not when the formulation is itself a member: 甲、乙、三个代表, nor a verb's object:
  割裂甲、制造“两个X”); items are split on 、 ， or ； (whichever gives the
  number the numeral announces: 四个一 -> 4, 三严三实 -> 6), the last 和/及 is split too, an item whose first clause ends with
  the formulation's head noun is cut there (三大提升：一是甲提升，…), and a single
  item (一条主线，即始终围绕优化服务这条主线) is cut down to its core.
* variants merged into one row: with and without 个 (两率先 / 两个率先; the
  most complete form names the row), quoted and unquoted, traditional and
  simplified (the ``slogan`` column is simplified).

``extract_citations(text)`` lists the document titles in 《》.
``slogan_matrix`` and ``shared_formulations`` (:mod:`summarylab.comparison`) compare
slogan tables across a corpus.

It does not judge meaning: a quoted word used ironically (“开门”) is a slogan,
and quoted names of meetings, columns and websites (“民系国策”栏目), of treaties,
declarations, fairs, cups, spacecraft and ships (…条约, …宣言, …博览会, …杯, …号, …舰),
titles of honour where they are awarded (荣获“全国文明单位”称号, 被评为“五好家庭”; a
campaign or contest named by one stays a slogan: 开展“十佳青年”评选活动) and
quoted titles ending in …的…问题 are left out unless ``names=True`` (then kind
"name"); the words that mark them are in ``data/slogan_names.txt``. Words quoted right after 说 are a quotation, not a slogan, and words quoted right after
所谓 are scare quotes (所谓“特殊情况”, and the quotes listed with it), unless a numbered formulation or defined next
(所谓“甲”，就是…). Expansions are searched after the
first ``MAX_EXPANSION_SITES`` occurrences of each formulation only, within
``EXPANSION_WINDOW`` characters (an enumeration within ``ENUMERATION_WINDOW``, up to the
next heading line); before a formulation only its own clause is read
(``MAX_LIST_BEFORE`` characters). Unquoted formulations are found in simplified script only (run
``summarylab.analyze`` or ``normalise`` first). Everything runs in linear time.

Example
-------
>>> df = extract_slogans("做到“四个结合”：即甲与乙相结合、与丙相结合、与丁相结合、与戊相结合。")
>>> df[["slogan", "kind", "count"]].values.tolist()
[['四个结合', 'formulation', 1]]
>>> df.loc[0, "expansion"]
['甲与乙相结合', '与丙相结合', '与丁相结合', '与戊相结合']
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import pandas as pd

from . import ruledata
from ._table import records_frame
from .numerals import parse_number
from ._trie import word_pattern
from .segmentation import two_character_words

__all__ = ["extract_slogans", "extract_citations", "formulation_lexicon", "SLOGAN_COLUMNS",
           "CITATION_COLUMNS", "MAX_QUOTE"]

FORMULATIONS = ruledata.shipped_path("formulations.txt")
GOVERNING_VERBS = ruledata.shipped_path("governing_verbs.txt")
NAME_WORDS = ruledata.shipped_path("slogan_names.txt")
IDIOMS = ruledata.shipped_path("slogan_idioms.txt")
# what this module reads of the rule data (summarylab.ruledata checks the files against it)
_NAMES = ruledata.Sections("slogan_names.txt", ("end", "after-prefix", "after", "before"))
_IDIOMS = ruledata.Words("slogan_idioms.txt")
_GOVERNING = ruledata.Words("governing_verbs.txt")
SLOGAN_COLUMNS = ["slogan", "kind", "expansion", "count", "start", "end", "occurrences", "variants"]
CITATION_COLUMNS = ["title", "count", "start", "end", "occurrences"]
_COUNT_DTYPES = {"count": "int64", "start": "int64", "end": "int64"}
MAX_QUOTE = 40              # longer quoted text is a sentence or a citation, not a slogan
MIN_QUOTE = 2               # a quoted single character (“左”, “洋”) is a word discussed, not a slogan
MAX_FORMULATION = 8         # a quoted phrase led by a numeral and at most this long is a formulation
EXPANSION_WINDOW = 600      # characters read after a formulation for its expansion
ENUMERATION_WINDOW = 2000   # characters read for an enumeration of its items (一是…二是…, one a paragraph)
MAX_SENTENCE_REST = 24      # rest of a formulation's sentence skipped before an enumeration (打好X，重点抓了：一是…)
MAX_EXPANSION_SITES = 20    # occurrences of one formulation examined for an expansion
MAX_LIST_BEFORE = 60        # characters read before a formulation for a list of its items
MAX_LIST_ITEM = 10          # longest item of such a list (after the first)
MAX_QUOTED_LIST_ITEM = 14   # … when the formulation after it is quoted (…、承包地四至边界测绘登记、…“四到户”)
MAX_ENUMERATION = 10        # items of an enumeration whose count no numeral announces
# windows: how far the text is read around a phrase for the words that qualify it
SAID_WINDOW = 6             # before a quote for 说 (群众说：“…”: a quotation)
SO_CALLED_WINDOW = 5        # before a quote for 所谓 (scare quotes)
NAME_BEFORE_WINDOW = 12     # before a quote for the words of a title awarded (荣获全省“…”)
LEAD_WINDOW = 12            # after a formulation for what leads into its expansion (即, 是指, ：, （)
GAP_WINDOW = 2              # after a formulation for a comma or colon before an enumeration
LIST_TAIL_WINDOW = 4        # before a formulation for what ends the list of its items (，这“…”)
LONGER_REACH = 12           # before a phrase for the start of a longer formulation holding it
MIN_FIRST_ITEM = 2          # characters a first list item keeps after a governing verb

NUMERAL_VALUE = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
NUMERALS = "".join(NUMERAL_VALUE)
_NOT_BEFORE = set(NUMERALS + "百千万亿零〇几第每数余多0123456789０１２３４５６７８９")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
QUOTE_SPAN = 2 * MAX_QUOTE  # characters read inside quotation marks (trimmed, then held to MAX_QUOTE)
# a quoted phrase: the group named after its marks holds it (m.lastgroup); outer and inner
# (nested) quotation marks are scanned separately; no sentence end inside
_QUOTES = (
    re.compile(rf"""
          “  (?P<curly>    [^“”。！？]{{0,{QUOTE_SPAN}}}    )  ”     # “…”
        | 「 (?P<corner>   [^「」。！？]{{0,{QUOTE_SPAN}}}  ) 」     # 「…」
        | "  (?P<straight> [^"\n。！？]{{0,{QUOTE_SPAN}}}  )  "     # "…", on one line
        | ＂ (?P<wide>     [^＂\n。！？]{{0,{QUOTE_SPAN}}}  ) ＂     # ＂…＂, on one line
        """, re.VERBOSE),
    re.compile(rf"""
          『 (?P<inner_corner> [^『』。！？]{{0,{QUOTE_SPAN}}}   ) 』  # 『…』
        | ‘  (?P<inner_curly>  [^‘’。！？\n]{{0,{QUOTE_SPAN}}} )  ’  # ‘…’, on one line
        """, re.VERBOSE),
)
_OPEN = "“「『‘\"＂"
_CLOSE = "”」』’\"＂"
_QUOTE_MARKS = "“”「」『』‘’\"＂"
_CLOSER = "[%s]?" % _CLOSE  # a closing quotation mark, if any, before what follows a phrase
_EDGE = set(" \t\r\n\u3000、，,；;：:．.（）()[]【】-—…·")
# names: words of data/slogan_names.txt (see _name_patterns), and two shapes: numbered
# craft (“晨星三号”) and titles (“…的战略问题”)
_NAME_SHAPE = r"[一二三四五六七八九十\d]号|的.*问题"
_SAID = re.compile(r"说[过道]?\s*[：:，,]?\s*[%s]$" % _OPEN)  # 群众说“…”: a quotation
_SO_CALLED = re.compile(r"所谓的?\s*[%s]$" % _OPEN)  # 所谓“特殊情况”: scare quotes, not a slogan,
_DEFINED = re.compile(r"\s*[，,]?\s*(?:就是|即|是指|指的?是|是)")  # unless defined: 所谓“甲”，就是…
_NO_QUOTES = str.maketrans({q: None for q in _QUOTE_MARKS})
_LIST_JOINS = ("、", "和", "或", "与", "及")
_QUOTED_FORMULATION = re.compile(r"[%s][\u3400-\u9fff]{1,%d}" % (NUMERALS, MAX_FORMULATION - 1))
_MEMBER = re.compile(r"([二两三四五六七八九十])[\u3400-\u9fff]{1,4}")
# unquoted numeral + measure word + noun: the rule candidates
_MEASURE = "个种大项条类张"
#: “四项”创建: a count quoted without its noun, which follows the quotes; a formulation when
#: its items are listed soon after with that noun (开展甲、乙、丙、丁创建工作)
_BARE_COUNT = re.compile(rf"[二两三四五六七八九十][{_MEASURE}]")
_NOUN_AFTER = re.compile(r"(?![的是和与在要都也就为了着])[\u4e00-\u9fff]{2}")
_HEAD_STOP = frozenset(
    "方面 阶段 部分 层次 环节 步骤 途径 渠道 问题 原因 特点 措施 办法 工作 项目 单位 部门 企业 地区 城市 "
    "县区 乡镇 村庄 小时 星期 月份 年度 批次 轮次 类别 专题 小组 窗口 党小组 人员 同志 代表 家庭 学校 "
    "以上 以下 左右 多月 多年 重要 主要 突出 明显 基本 重点 不同 相关 其他 新的 好的".split())
#: Heads that describe rather than name (两种含义, 三种形式, 两个功能): before a colon and an
#: enumeration they introduce an explanation, not a formulation.
_DESCRIBING = frozenset(
    "含义 意义 信息 形式 类型 成分 倾向 趋向 趋势 层面 思路 功能 恶果 后果 结果 情况 现象 观点 看法 "
    "方式 方法 特征 因素 条件 体制 建议 可能 理由 好处 作用 原因 做法 时期 时代 民族 种族 族".split())
_CANDIDATE = re.compile(r"(?P<numeral>[两三四五六七八九十])(?P<measure>大)(?P<head>[\u3400-\u9fff]{2})")  # 三大改造
_CAND_EXPANDED = re.compile(rf"""
    (?P<numeral>[两三四五六七八九十])
    (?P<measure>[{_MEASURE}篇])                                # (篇 of essays: 三篇文章，即…)
    (?P<head>(?:对(?=[接口话标])|[^\W\d_的了和与及等是在为对把将]){{2,5}}?)   # a short noun, no function word
                                                              # (对 of 对接, 对口, 对话, 对标 is none)
    (?= [，,。]?\s*即(?![使将可便刻时日])                # expanded right away: 即 (not 即使, 即将 …),
      | [：:。]\s*(?:其?一是|[第其]一[，,、：:是]|首先) )    # or by an enumeration after a colon or a full
                                                         # stop (三种规范：第一，… / 三种规范。第一，…)
    """, re.VERBOSE)
#: numeral + a measure word or none + a short head right before a colon (四个到位：…, 四重：即…, 六有：…):
#: a formulation when the colon opens as many items as it says, each sharing its head (_shares_head)
_CAND_COLON = re.compile(rf"""
    (?P<numeral>[两二三四五六七八九十])
    (?P<measure>[{_MEASURE}]?)
    (?P<head>[^\W\d_的了和与及等是在为对把将]{{1,4}}?)
    (?= [：:] )
    """, re.VERBOSE)
#: Words that begin a predicate right after a subject noun (“粮、果、畜、菜”四大主导产业进一步壮大).
_PREDICATE_START = ("进一步|不断|持续|稳步|逐步|加快|更加|得到|取得|实现|初步|基本|已经|均|都|也|成为|形成"
                    "|齐头并进|快速|加速|蓬勃|显著|明显|大幅|迅速|日益|日趋|逐渐"
                    "|叠加|交织|并存|交汇|协同|联动|融合|同步|共同|竞相|推动|推进|带动|引领|助推|驱动|扎实|全面|有序|有力"
                    "|一起|一体|齐抓|并举|并重|开展|基础")   # (“预、防、救”三大体系|一起抓)   # 四大支柱产业|齐头并进, 三重压力|叠加
# (甲、乙、丙、丁四大主线|开展工作, 甲、乙、丙五大领域|基础上)
#: numeral + measure + a short noun right after quoted items: “甲”“乙”两大攻坚战为抓手, “甲、乙”两大计划的
_CAND_LISTED = re.compile(r"""
    (?<=[”」』"＂])                                   # right after a closing quote
    [两二三四五六七八九十]
    (?:   篇 大?文章                                 # 篇 of essays, the noun ending there (“甲、乙”两篇文章),
        | 字 (?: 文章 | 方针 | 要求 | 原则 | 方略 )     # 字 of a guideline (“甲、乙、丙、丁”四字文章),
        | 张 牌 (?! [\u3400-\u9fff] )                # 张牌 of cards to play (“甲”“乙”“丙”“丁”四张牌),
        | (?: 落实 | 到位 | 统一 | 同步 | 公开 | 覆盖 ) (?= [为的，,。；;、：:\s（(] | $ )   # what is done to each
                                                     # (以“防期、用药、技术”三统一为主),
        | (?: [%s级]                                 # or a measure word (两大, 三个, 四级),
            | 场 (?= 硬仗 | 攻坚战 | 战役 | 保卫战 | 歼灭战 ) )   # 场 of battles (“甲、乙、丙”三场硬仗)
          (?: (?![的了和与及等是在为对把将]) [\u3400-\u9fff] ){2,4}?   # and a short noun, no function word,
          (?= [的了和与及等是在为对把将，,。；;、：:\s（(] | %s | 建设 | 中(?![心央国华间层]) | $ ) )   # ending where
    """ % (_MEASURE, _PREDICATE_START), re.VERBOSE)   # the clause goes on, its predicate begins, its 建设, or 中 (行动中)
#: numeral + one character right after its quoted items, an abbreviated formulation that
#: a head noun may follow: “工业化、城镇化、生态化”三化战略, “甲”“乙”两翼
_CAND_LISTED_SHORT = re.compile(r"""
    (?<=[”」』"＂])                                   # right after a closing quote
    [两二三四五六七八九十] [\u3400-\u9fff]           # a numeral and one character (三化)
    (?= [\u3400-\u9fff]{0,4} (?: [的了和与及等是在为对把将，,。；;、：:\s（(] | $ ) )   # a short head noun at most
    """, re.VERBOSE)
# characters after a numeral that make an ordinary count (两地, 三人, 四次), not a formulation
_NOT_SHORT = set("个种大项条类张地方人家者国省市县区镇乡村次年月日天位名届期批件份处所座台辆篇场户元吨亩倍成级字")
#: numeral + 大/重 (场 before a battle) + a short noun right after an unquoted list of its items,
#: whose last item it follows without a break: 需求收缩、供给冲击、预期转弱三重压力, 甲、乙、丙三大任务
_CAND_AFTER_ITEMS = re.compile(r"""
    [两二三四五六七八九十]                             # a numeral (the previous character must end an item:
                                                      # checked by the caller)
    (?:   篇 大?文章                                  # 篇 of essays, the noun ending there (甲、乙、丙三篇(大)文章),
        | 张 牌 (?! [\u3400-\u9fff] )                 # 张牌 of cards to play (打好甲、乙、丙三张牌),
        | (?: [大重]                                  # or 大 or 重,
            | 场 (?= 硬仗 | 攻坚战 | 战役 | 保卫战 | 歼灭战 ) )   # 场 of battles (稳甲、控乙、抗丙三场硬仗),
          (?: [\u3400-\u9fff]{1,3} [级型性] )?        # perhaps a qualifier (三大世界级产业集群)
          (?: (?: (?![的了和与及等是在为对把将]) [\u3400-\u9fff] ){2,4}?   # a short noun, no function word,
            | (?: (?![的了和与及等是在为对把将]) [\u3400-\u9fff] ){1,4}     # or a longer one naming a programme
              (?: 行动 | 工程 | 战役 | 计划 | 体系 | 机制 | 平台 ) )          # (六大质量提升行动)
          (?= [的了和与及等是在为对把将，,。；;、：:\s（(] | %s | 建设 | 作[了出] | $ ) )   # ending where the clause
    """ % _PREDICATE_START, re.VERBOSE)                     # goes on, its predicate begins, its 建设, or 作了介绍
#: numeral + measure + a short noun right after its items in brackets: （甲、乙、丙）三大经济事业,
#: （甲、乙、丙、丁）四项工作
_CAND_AFTER_BRACKET = re.compile(r"""
    (?<=[）)])                                       # right after a closing bracket
    [两二三四五六七八九十] [大项重]                 # a numeral and 大, 项 or 重 (not 个: 三个乡镇 counts places)
    (?: (?![的了和与及等是在为对把将]) [\u3400-\u9fff] ){2,4}?   # a short noun, no function word
    (?= [的了和与及等是在为对把将，,。；;、：:\s（(] | %s | $ )   # ending where the clause goes on
    """ % _PREDICATE_START, re.VERBOSE)
#: numeral + 个 or 项 + a noun that names a kind of programme, right after an unquoted list of its
#: items: 小额贷款、中小企业担保、自主创新三个资金服务平台, 甲、乙、丙、丁四项工程 (not 甲、乙、丙三个乡镇:
#: a count of places)
_CAND_AFTER_ITEMS_GE = re.compile(r"""
    [两二三四五六七八九十] [个项件]                      # a numeral and 个, 项 or 件 (after an item: checked by the caller)
    (?: (?![的了和与及等是在为对把将]) [\u3400-\u9fff] ){0,4}?   # a short qualifier (资金服务)
    (?: 平台|中心|体系|机制|工程|基地|园区|板块|行动|计划|战略|品牌|示范区|服务区|带
      | 重点|目标|任务|职能|职责                           # a programme's kind, its aims, or duties,
      | 着力点|抓手|突破口|大事|实事 )                     # where work bears on (四个着力点, 两件大事)
    (?: 工作|任务 )?                                   # (三项重点工作: the kind's work)
    (?= [的了和与及等是在为对把将，,。；;、：:\s（(] | 建设 | $ )   # ending where the clause goes on
    """, re.VERBOSE)
#: numeral + a measure word + a noun right after an unquoted list of as many items that each end
#: in its last two characters: 固定献血者队伍、应急献血者队伍、…五支无偿献血队伍 (checked by the caller)
_CAND_AFTER_ALIKE = re.compile(r"""
    [两二三四五六七八九十] [个支项类种条座所批家]
    (?: (?![的了和与及等是在为对把将]) [\u3400-\u9fff] ){2,8}?
    (?= [的了和与及等是在为对把将，,。；;、：:\s（(] | $ )
    """, re.VERBOSE)
#: numeral + a word of what is done to each item, right after an unquoted list of as many items:
#: 领导、物资、资金、队伍、措施五落实, 人员、经费、场所三到位 (or 四个到位)
_CAND_AFTER_ITEMS_DONE = re.compile(r"""
    [两二三四五六七八九十] (?: 落实 | 到位 | 统一 | 同步 | 公开 | 覆盖 | 结合 | 个到位 )   # a numeral and what is done
                                                                          # (个 only in 四个到位, a set phrase:
                                                                          # 甲、乙和丙四个落实 counts what is done)
    (?= [，,。；;、：:\s（(] | $ )                                         # ending the clause
    """, re.VERBOSE)
#: numeral + measure + a short noun right before its items in brackets, unquoted:
#: 实现两个提升（城市建设和城市管理）, 巩固两个保障（甲和乙）, or a numeral and one character: 五心（爱心、…）
_CAND_BRACKETED = re.compile(r"""
    [两二三四五六七八九十]
    (?: [个大项] (?: (?![的了和与及等是在为对把将]) [\u3400-\u9fff] ){2,4}?   # a measure word, a short noun
      | (?![个大项]) [\u3400-\u9fff] )                                      # or one character (五心)
    (?= [（(] (?P<items> [^（）()\n]{4,120} ) [）)] )   # its items in the brackets right after
    """, re.VERBOSE)
#: Kinds of programme a head noun may end in after a generic word (三大工作机制, 三项重点工程).
_PROGRAMME_KINDS = ("机制", "体系", "平台", "工程", "行动", "战略", "制度")
_AIM_PLACES = ("高地", "基地", "阵地")   # heads ending in 地 that name aims, not counted places (两地)
_ACTION_TAIL = "建设"   # 五大高地建设（…）: the work of building the formulation, not part of it
_COUNTED_BODIES = ("社区", "街道", "公司", "学校", "医院", "单位", "园区", "小区", "景区", "片区")   # places counted
_HEAD_NOUN = r"(?:工作|制度|要求|方针|原则|精神|理念|机制|政策|战略|目标|任务|部署|工程|行动|活动)?"
_HEAD = r"(?:的[\u3400-\u9fff]{1,6}?|[\u3400-\u9fff]{0,4}?)"   # a short head noun: “五个一”服务标准，即… /
#     “三查三改”工作法：… / “六个一”的日常巡查标准，即：…
#: Before 即 and a comma, a longer head or the rest of a short clause (“五个一”工作推进机制，即…,
#: “三聚焦三着力”全面谋划工作，即…).
_HEAD_BEFORE_COMMA = r"(?:[\u3400-\u9fff]{5,8}?\s*[，,]\s*)"
_LEAD = re.compile(rf"""
    # what leads from a formulation into its expansion, right after it (or its closing quote):
    {_CLOSER}
    (?:   {_HEAD_NOUN} \s* (?:[，,。；]\s*)?               # “三个代表”重要思想，
          (?:也就是|就是|即是|分别是|(?:是|分别)?指的?是     # 就是 / 是指 / 分别指的是 …
            |是指(?![导引南挥标]))                         # (not 是指导, 是指南 …)
        | (?:{_HEAD} \s* (?:[，,。；]\s*)? | {_HEAD_BEFORE_COMMA}) (?<![立随当旋亦])即   # 即 (not 立即, 随即 …)
    )
    (?![使将可便刻时日]) \s* [：:]? \s*                     # (not 即使, 即将 …), a colon
  | {_CLOSER} {_HEAD} \s* [：:] \s* (?:即\s*[：:]?)? \s*   # a colon: 五个一工程：…
  | {_CLOSER} (?:——|－－|--) \s*                          # a dash: “四型机关”——甲、乙、丙、丁
  | {_CLOSER} {_HEAD} (?P<bracket>[（(]) \s* (?:即|指|包括|包含)? \s* [：:]? \s*
                                                          # in brackets: “四个不摘”要求（甲、乙…）, “新三样”（包括…）
    """, re.VERBOSE)
_QLIST = re.compile(_CLOSER + r"\s*(?=[“「『])")
# enumeration markers at a clause start: 一是/一要/一是要/其一是 …, 第一，/其一， …, and
# 首先 其次 再次 … 最后 (which count in sequence)
_IS = r"(?:是要|是|要)"
_MARK = re.compile(rf"""
    (?<![^。；;：:！？!?\s，,、）)])                            # after a clause, or where the window starts
    (?:   其? (?P<is_n>[一二三四五六七八九十]) {_IS}             # 一是 二要 其三是要 …
        | (?P<ordinal>[第其]) (?P<ordinal_n>[一二三四五六七八九十])
          (?:{_IS}|[，,、：:])                                 # 第一， 其二、 第三是 …
        | (?P<sequence>首先|其次|再次|再者|最后|最後) {_IS}? [，,、：:]?   # 首先 其次 … 最后
    )""", re.VERBOSE)
_FIRST_MARK = re.compile(r"\s*(?P<at>)(?:其?一%s|[第其]一(?:%s|[，,、：:])|首先)" % (_IS, _IS))  # a first one, quickly
_SEQUENCE = {"首先": 1, "其次": 2, "再次": 3, "再者": 3, "最后": 0, "最後": 0}  # 0: the last
# a heading line ends an enumeration of paragraphs: 一、 （二） 3. 、(stripped ordinal)
_HEADING_LINE = re.compile(r"\n\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d)|、)")
_SENTENCE_REST = re.compile(r"[^。！？!?；;：:\n%s]{0,%d}[。！？!?；;：:\n]" % (_QUOTE_MARKS, MAX_SENTENCE_REST))
_GAP = re.compile(r"\s*[，,。：:；;]?")
_ITEM_EDGE = set(_QUOTE_MARKS + " 　\t\r\n、，,；;：:。．.")
_LEAD_VERB = re.compile(r"^(?:(?:紧紧|始终|牢牢|切实)?(?:围绕|抓住|把握)|坚持|突出|抓好|以)")
_THIS_HEAD = re.compile(r"这(?:一|[个条种项])?[\u3400-\u9fff]{1,4}$")
# an unquoted principle: 3+ parallel items of one length before 方针/原则 (调整、改革、整顿、提高的方针)
_WORD = r"(?:(?!的)[\u3400-\u9fff]){1,4}"
_PRINCIPLE = re.compile(rf"""
    {_WORD}                           # the first item (its start is found by the length of the rest)
    (?P<rest>(?:、{_WORD}){{2,}})       # 、 and two or more items more: 、充实、完善
    的? (?:[{NUMERALS}]字)? $           # 的 / 八字 before 方针 or 原则
    """, re.VERBOSE)
_PRINCIPLE_HEAD = re.compile("方针|原则")  # searched first: the list is read only before one
MAX_PRINCIPLE_LIST = 60     # characters read before 方针/原则 for the list


# ---------------------------------------------------------------- lexicon
@lru_cache(maxsize=8)
def _lexicon(path: str) -> dict[str, str]:
    """surface -> canonical, from a formulations file (canonical first on each line)."""
    out: dict[str, str] = {}
    for words in ruledata.FORMULATIONS.read(path):
        for w in words:
            out.setdefault(w, words[0])
    return out


def _alternation(words: Iterable[str]) -> str:
    """A regex branch for any of ``words``, longest first; one that never matches for none."""
    return word_pattern(words) or "(?!)"


@lru_cache(maxsize=1)
def _name_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """What makes a quoted phrase a name, from ``data/slogan_names.txt``: its last word (or
    ``_NAME_SHAPE``), the words after the closing quote (past a list of further quotes joined
    by 、), the words before the opening quote (a few characters may stand between)."""
    words = _NAMES.read(NAME_WORDS)
    end = re.compile(r"(?:%s|%s)$" % (_alternation(words.get("end", [])), _NAME_SHAPE))
    prefix = _alternation(ruledata.with_traditional(words.get("after-prefix", [])))
    after = re.compile(rf"""
        (?:\s*、\s*[“「『][^“”「」『』\n]{{1,{MAX_QUOTE}}}[”」』])*   # further quotes listed: “甲”、“乙”
        \s* 等? \s*
        (?:{prefix}){{0,2}}                                        # 电视 专题 …
        (?:{_alternation(ruledata.with_traditional(words.get("after", [])))})  # 栏目 称号 …
        """, re.VERBOSE)
    before = re.compile(r"(?:%s)[\u3400-\u9fff]{0,4}\s*[%s]$"
                        % (_alternation(ruledata.with_traditional(words.get("before", []))), _OPEN))
    return end, after, before


@lru_cache(maxsize=1)
def _idiom() -> re.Pattern:
    """Phrases led by a numeral that are no formulation (一把手, 一刀切, 一切…), from
    ``data/slogan_idioms.txt``: a phrase beginning with one of them."""
    return re.compile(_alternation(w for words in _IDIOMS.read(IDIOMS) for w in words))


def formulation_lexicon(path: str | Path | None = None) -> dict[str, str]:
    """The formulations lexicon as {surface: canonical form}.

    >>> formulation_lexicon()["两率先"]
    '两个率先'
    """
    return dict(_lexicon(str(path or FORMULATIONS)))


@lru_cache(maxsize=8)
def _lexicon_index(path: str, extra: tuple[str, ...]) -> dict[str, list[str]]:
    """First two characters -> surfaces, longest first."""
    index: dict[str, list[str]] = {}
    for w in set(_lexicon(path)) | set(extra):
        if len(w) >= 2:
            index.setdefault(w[:2], []).append(w)
    for ws in index.values():
        ws.sort(key=len, reverse=True)
    return index


# ---------------------------------------------------------------- text helpers
@lru_cache(maxsize=20000)
def _simplified(s: str) -> str:
    """``s`` in simplified script (unchanged if OpenCC is unavailable)."""
    try:
        from .normalisation import to_script

        return to_script(s, "simplified")
    except Exception:  # noqa: BLE001 - conversion is a nicety; the phrase stays usable
        return s


_PUNCT_MAP = str.maketrans({",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "!": "！", "?": "？",
                            **{q: None for q in _QUOTE_MARKS}})


@lru_cache(maxsize=50000)
def _display(surface: str) -> str:
    """Phrase as shown in the ``slogan`` column: simplified, no whitespace or quotation marks,
    full-width punctuation."""
    return _simplified("".join(surface.split())).translate(_PUNCT_MAP)


_KEY_DROP = re.compile(r"[、，,；;：:\s]")


@lru_cache(maxsize=20000)
def _key(phrase: str) -> str:
    """Merge key: 两率先 and 两个率先 share one, as do 甲、乙 and 甲乙 and lexicon variants."""
    phrase = _lexicon(str(FORMULATIONS)).get(phrase, phrase)
    phrase = _KEY_DROP.sub("", phrase)
    if len(phrase) > 2 and phrase[0] in NUMERAL_VALUE and phrase[1] == "个":
        return phrase[0] + phrase[2:]
    return phrase


def _boundary_ok(text: str, start: int) -> bool:
    """A numeral at ``start`` begins a phrase (not 第三个, 十六大, 二十三个)."""
    return start == 0 or text[start - 1] not in _NOT_BEFORE


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Shrink [s, e) past edge debris: spaces, stray punctuation, empty brackets."""
    while s < e and text[s] in _EDGE:
        s += 1
    while e > s and text[e - 1] in _EDGE and not _closes(text, s, e - 1):
        e -= 1
    return s, e


_OPENING = {"）": "（", ")": "("}


def _closes(text: str, s: int, i: int) -> bool:
    """Does the bracket at ``i`` close one opened in [s, i) (引大（大通河）入秦（秦王川）)?"""
    pair = _OPENING.get(text[i])
    return pair is not None and text.count(pair, s, i) > text.count(text[i], s, i)


def _is_formulation(phrase: str) -> bool:
    """A quoted phrase led by a numeral (“四个结合”) or by 新/老 and a numeral (“新三样”), or a
    topic before a count of parts (“巡视三部曲”, “防疫四件套”); not an idiom (“一刀切”) nor a date
    (“五月来花”, “十一黄金周” stay quoted slogans)."""
    return "、" not in phrase and (_PARTS_AFTER_TOPIC.fullmatch(phrase) is not None or (
        (_QUOTED_FORMULATION.fullmatch(phrase) is not None or _NEW_COUNT.fullmatch(phrase) is not None)
        and not _idiom().match(phrase) and _DATE_LED.match(phrase) is None))


#: 新 or 老 before a count and its head (新三样, 老三篇): the new or old ones, counted.
_NEW_COUNT = re.compile(r"[新老][两二三四五六七八九十][\u3400-\u9fff]{1,2}")
#: A topic, then a count of the parts it comes in (巡视三部曲, 防疫四件套, 服务五字诀): words that
#: always announce that many items.
_PARTS_AFTER_TOPIC = re.compile(r"[\u4e00-\u9fff]{1,4}(?P<n>[两二三四五六七八九十])(?:部曲|件套|字诀|字经|步法|板斧)")


_DATE_LED = re.compile(r"[一二三四五六七八九十]{1,3}(?:月|日|号)|十一(?:黄金周|长假|假期)")


# ---------------------------------------------------------------- collection
@dataclass
class _Slogan:
    kind: str
    sites: dict[tuple[int, int], bool] = field(default_factory=dict)  # span -> quoted?
    surfaces: list[str] = field(default_factory=list)
    members: list[str] = field(default_factory=list)

    def add(self, span: tuple[int, int], surface: str, quoted: bool) -> None:
        self.sites[span] = self.sites.get(span, False) or quoted
        if surface not in self.surfaces:
            self.surfaces.append(surface)


class _Found(dict):
    """key -> _Slogan, filled as phrases are met."""

    def add(self, text: str, span: tuple[int, int], kind: str, quoted: bool) -> _Slogan:
        surface = text[span[0]:span[1]]
        phrase = _display(surface)
        key = _key(phrase)
        item = self.get(key)
        if item is None:
            item = self[key] = _Slogan(kind)
        elif kind == "formulation" and item.kind == "quoted":
            item.kind = kind  # 一个中心、两个基本点: quoted, and in the lexicon
        item.add(span, surface, quoted)
        return item


def _quotes(text: str):
    """(core start, core end, closer end) of every quoted phrase worth considering."""
    for pattern in _QUOTES:
        for m in pattern.finditer(text):
            g = m.lastgroup
            s, e = _trim(text, m.start(g), m.end(g))
            core = text[s:e]
            size = len(core) - core.count("\n")
            if MIN_QUOTE <= size <= MAX_QUOTE and _CJK.search(core):
                yield s, e, m.end()


def _joined(text: str, previous: int, s: int) -> bool:
    """Is the phrase at ``s`` listed right after a quote ending at ``previous`` (“甲”、“乙”)?"""
    return previous >= 0 and s - previous == 2 and text[previous] in _LIST_JOINS  # the joins are one character


def _is_name(text: str, core: str, s: int, after: int) -> bool:
    """A quoted name, not a slogan: of a meeting, column, treaty or craft, or a title of
    honour (荣获“全国文明单位”称号); ``s`` is where the phrase starts, ``after`` past its quote."""
    end, following, before = _name_patterns()
    return bool(end.search(core) or following.match(text, after)
                or before.search(text, max(0, s - NAME_BEFORE_WINDOW), s))


def _collect_quoted(text: str, found: _Found, names: bool) -> None:
    scare = -1  # end of the last scare quote: 所谓“甲”、“乙” are both scare quotes
    named = -1  # end of the last name: 荣获“甲”和“乙” are both titles
    for s, e, after in _quotes(text):
        if _SAID.search(text, max(0, s - SAID_WINDOW), s):
            continue
        core = _display(text[s:e])
        if _joined(text, named, s) or _is_name(text, core, s, after):
            named = after
            if names:
                found.add(text, (s, e), "name", True)
            continue
        if (_BARE_COUNT.fullmatch(core) and (noun := _NOUN_AFTER.match(text, after))
                and _headed_items_after(text, noun.end(), noun.group(), NUMERAL_VALUE[core[0]])):
            found.add(text, (s, noun.end()), "formulation", True)   # “四项”创建…开展甲、乙、丙、丁创建
            continue
        if (_BARE_COUNT.fullmatch(core) and (noun := _NOUN_AFTER.match(text, after))
                and noun.group() not in _HEAD_STOP and _list_before(text, s, NUMERAL_VALUE[core[0]])):
            found.add(text, (s, noun.end()), "formulation", True)   # 推进甲、乙、丙“三项”建设: the items before
            continue
        if _is_formulation(core):
            found.add(text, (s, e), "formulation", True)
            continue
        if ((_SO_CALLED.search(text, max(0, s - SO_CALLED_WINDOW), s) or _joined(text, scare, s))
                and not _DEFINED.match(text, after)):
            scare = after
            continue
        item = found.add(text, (s, e), "quoted", True)
        _split_compound(text, s, e, item, found)


def _split_compound(text: str, s: int, e: int, item: _Slogan, found: _Found) -> None:
    """“四声、四心、四快” -> members 四声, 四心, 四快 (all led by the same numeral)."""
    core = text[s:e]
    if "、" not in core:
        return
    parts, pos = [], s
    for piece in core.split("、"):
        parts.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    heads = {_MEMBER.fullmatch(_display(text[a:b])) and _display(text[a]) for a, b in parts}
    if len(parts) < 2 or len(heads) != 1 or None in heads or False in heads:
        return
    for a, b in parts:
        found.add(text, (a, b), "formulation", True)
    item.members = [_display(text[a:b]) for a, b in parts]


@lru_cache(maxsize=8)
def _lexicon_starts(path: str, extra: tuple[str, ...]) -> re.Pattern | None:
    """Where a lexicon term can start: its first two characters (和(?=平)|双(?=循|随)…).
    Each branch starts with a literal, so the scan skips to those characters, and a
    common first character (和, 一) is only stopped at before the right second one."""
    seconds: dict[str, set[str]] = {}
    for key in _lexicon_index(path, extra):
        seconds.setdefault(key[0], set()).add(key[1])
    if not seconds:
        return None
    return re.compile("|".join(f"{re.escape(c)}(?=[{re.escape(''.join(sorted(s)))}])"
                               for c, s in sorted(seconds.items())))


def _collect_lexicon(text: str, found: _Found, extra: tuple[str, ...]) -> None:
    index = _lexicon_index(str(FORMULATIONS), extra)
    starts = _lexicon_starts(str(FORMULATIONS), extra)
    if starts is None:
        return
    covered = 0
    for m in starts.finditer(text):
        i = m.start()
        if i < covered or not _boundary_ok(text, i):
            continue
        for w in index.get(text[i:i + 2], ()):
            if text.startswith(w, i):
                found.add(text, (i, i + len(w)), "formulation", False)
                covered = i + len(w)
                break


def _with_word_end(text: str, m: re.Match) -> tuple[int, int]:
    """The span of a numeral and one character, taking the next character too when the two make a
    word of the dictionary that ends there (“甲、乙、丙、丁”四下沉 -> 四下沉, 四到位; 三化战略 -> 三化: 化战 is
    none; “甲、乙”两节食品 -> 两节: 食品 goes on).

    >>> t = "推动“管理、技术、服务、人员”四下沉，实施“甲、乙、丙”三化战略"
    >>> [t[slice(*_with_word_end(t, m))] for m in _CAND_LISTED_SHORT.finditer(t)]
    ['四下沉', '三化']
    """
    s, e = m.span()
    word_ends = not "\u3400" <= text[e + 1:e + 2] <= "\u9fff"   # (中秋、国庆“两节”食品: 节食 is a word, 食品 goes on)
    return (s, e + 1) if word_ends and text[e - 1:e + 1] in two_character_words() else (s, e)


def _collect_rules(text: str, found: _Found) -> None:
    """Unquoted numeral + measure + noun, kept if expanded right away, right after its
    quoted items (“甲”“乙”两大攻坚战) or its unquoted ones with 大/重 (甲、乙、丙三重压力) or
    with 个 before a programme's kind (甲、乙、丙三个服务平台), right before as many items in
    brackets (两个提升（甲和乙）), or recurring."""
    taken = {s for item in found.values() for s, _ in item.sites}  # starts of phrases already found
    for m in _CAND_EXPANDED.finditer(text):
        if text[m.end():m.end() + 1] in "：:。" and m.group("head") in _DESCRIBING:
            continue   # 两种含义：第一，…: an explanation's parts, no formulation
        if m.start() not in taken and _boundary_ok(text, m.start()) and m.group("head")[:2] not in _HEAD_STOP:
            found.add(text, m.span(), "formulation", False)
            taken.add(m.start())
    listed = (   # a pattern, and what else its phrase must pass
        (_CAND_AFTER_ITEMS_DONE, lambda m: "\u3400" <= text[m.start() - 1:m.start()] <= "\u9fff"),   # 甲、乙、丙三落实
        (_CAND_LISTED, lambda m: m.group(0)[2:] not in _HEAD_STOP),             # “甲”“乙”两大攻坚战
        (_CAND_LISTED_SHORT, lambda m: m.group(0)[1] not in _NOT_SHORT),        # “甲、乙、丙”三化战略
        (_CAND_AFTER_ITEMS, lambda m: (m.group(0)[2:4] not in _HEAD_STOP          # 甲、乙、丙三重压力
                                       or m.group(0).endswith(_PROGRAMME_KINDS)    # 甲、乙、丙三大工作机制
                                       or m.group(0)[1:4] == "大重点")              # 甲、乙、丙三大重点 (not 三个重点)
         and "\u3400" <= text[m.start() - 1:m.start()] <= "\u9fff"),
        (_CAND_AFTER_ITEMS_GE, lambda m: "\u3400" <= text[m.start() - 1:m.start()] <= "\u9fff"   # …三个资金服务平台,
         or text[m.start() - 1:m.start()] in "”」』"),                                       # “甲、乙”两个重点
        (_CAND_AFTER_BRACKET, lambda m: m.group(0)[1] == "项" or m.group(0)[2:4] not in _HEAD_STOP),   # （甲、乙）两项工作
    )
    for pattern, passes in listed:   # exactly as many items as the numeral says, right before it
        for m in pattern.finditer(text):
            n = _numeral(m.group(0), False)
            if (m.start() not in taken and n and passes(m) and _boundary_ok(text, m.start())
                    and len(_list_before(text, m.start(), n)) == n):   # (not 第|二个五年计划: an ordinal)
                found.add(text, _with_word_end(text, m) if pattern is _CAND_LISTED_SHORT else m.span(), "formulation", False)
                taken.add(m.start())
    for m in _CAND_AFTER_ALIKE.finditer(text):   # 甲队伍、乙队伍…五支某某队伍: items ending alike
        n = _numeral(m.group(0), False)
        if m.start() in taken or not n or not "\u3400" <= text[m.start() - 1:m.start()] <= "\u9fff":
            continue
        items = _list_before(text, m.start(), n)
        if len(items) == n and all(x.endswith(m.group(0)[-2:]) and len(x) > 2 for x in items):
            found.add(text, m.span(), "formulation", False)
            taken.add(m.start())
    for m in _CAND_COLON.finditer(text):   # 四个到位：甲到位；乙到位；…
        n = _numeral(m.group(0), False)
        if (m.start() in taken or not n or not _boundary_ok(text, m.start())
                or m.group("head") in _HEAD_STOP or m.group("head") in _DESCRIBING):
            continue   # (两个时期：…, 三种形式：…: parts described, no formulation)
        items = _expansion_at(text, m.end(), n, m.group("head"))
        if len(items) == n and (all(_shares_head(x, m.group("head"), bool(m.group("measure"))) for x in items)
                                or _governed_short_list(text, m.start(), items)
                                or m.group("measure") == "大" and n >= 3 and len(m.group("head")) >= 2
                                and max(map(len, items)) <= LISTED_NAME):
            # (八大版块：甲区、乙区…: as many short names as a 大 says)
            found.add(text, m.span(), "formulation", False)
            taken.add(m.start())
    for m in _CAND_BRACKETED.finditer(text):   # 两个提升（城市建设和城市管理）: as many items as it says
        n = _numeral(m.group(0), False)
        items = _items(_LAST_JOIN.sub("、", m.group("items")), n)
        if (m.start() not in taken and n and _boundary_ok(text, m.start()) and m.group(0)[2:4] not in _HEAD_STOP
                and (m.group(0)[-1] not in _NOT_SHORT or m.group(0).endswith(_AIM_PLACES))
                and not m.group(0).endswith(_COUNTED_BODIES)   # 三个社区（…）
                and len(items) == n and (len(m.group(0)) > 2 or all(m.group(0)[1] in x for x in items))):   # 五心（爱心、…）
            end = m.end()
            head = m.group(0)[2:-len(_ACTION_TAIL)] if m.group(0).endswith(_ACTION_TAIL) else ""
            if len(head) >= 2 and all(_clean_item(x).endswith(head) for x in items):
                end -= len(_ACTION_TAIL)   # 五大高地|建设（甲高地、乙高地…）: the formulation is 五大高地
            found.add(text, (m.start(), end), "formulation", False)
            taken.add(m.start())
    seen: dict[str, list[tuple[int, int]]] = {}
    for m in _CANDIDATE.finditer(text):
        if m.start() not in taken and _boundary_ok(text, m.start()) and m.group("head") not in _HEAD_STOP:
            seen.setdefault(m.group(0), []).append(m.span())
    for phrase, spans in seen.items():
        if len(spans) >= 2 or _key(phrase) in found:
            for span in spans:
                found.add(text, span, "formulation", False)


SHORT_ITEM = 4   # items of a governed formulation spelled out after its colon are at most this long
LISTED_NAME = 8   # names a 大 formulation lists after its colon (八大版块：机场核心区、…) are at most this long


def _governed_short_list(text: str, start: int, items: list[str]) -> bool:
    """Three or more short items after the colon of a formulation that a verb governs
    (坚持四种态度：积极、认真、进取、奉献): its spelled-out parts, though they do not repeat its head."""
    verb = _governing()[1].search(text, max(0, start - 4), start)
    return verb is not None and len(items) >= 3 and max(map(len, items)) <= SHORT_ITEM


def _shares_head(item: str, head: str, measured: bool) -> bool:
    """Does an item of a formulation hold its head at an edge: the whole head (四个到位 ->
    政策宣传到位, 两个纳入 -> 纳入年终考核), or, for an abbreviation without a measure word,
    its first character (六有 -> 有牌子, 四重 -> 重领导)?

    >>> _shares_head("政策宣传到位", "到位", True), _shares_head("有牌子", "有", False)
    (True, True)
    >>> _shares_head("政策宣传", "到位", True)
    False
    """
    key = head if measured or len(head) == 1 else head[:1]
    return len(item) > len(key) and (item.startswith(key) or item.endswith(key))


def _inside_longer(ends: dict[int, int], i: int, j: int) -> bool:
    """Is [i, j) part of a longer formulation already found (六稳 in 六稳六保)?"""
    return any(ends.get(s, -1) >= j and (s, ends[s]) != (i, j) for s in range(max(0, i - LONGER_REACH), i + 1))


def _collect_principles(text: str, found: _Found) -> None:
    """Unquoted principle lists of parallel items, kept when the list recurs in the text."""
    phrases = {p for p in (_principle_before(text, h.start()) for h in _PRINCIPLE_HEAD.finditer(text))
               if p and _key(p) not in found}
    for spans in _occurrences(text, phrases).values():
        for span in spans if len(spans) >= 2 else ():
            found.add(text, span, "principle", False)


def _occurrences(text: str, phrases: set[str]) -> dict[str, list[tuple[int, int]]]:
    """Non-overlapping spans of each list phrase, in linear time: every phrase has its
    first 、 after its first item, so only the places around each 、 of the text are read."""
    sites: dict[str, list[tuple[int, int]]] = {p: [] for p in phrases}
    shapes = {(p.index("、"), len(p)) for p in phrases}
    for sep in (m.start() for m in re.finditer("、", text) if shapes):
        for size, length in shapes:
            start = sep - size
            spans = sites.get(text[start:start + length]) if start >= 0 else None
            if spans is not None and (not spans or spans[-1][1] <= start):
                spans.append((start, start + length))
    return sites


def _principle_before(text: str, head: int) -> str | None:
    """The list of 3+ parallel items of one length right before ``head`` (方针/原则), or None."""
    m = _PRINCIPLE.search(text, max(0, head - MAX_PRINCIPLE_LIST), head)
    if m is None:
        return None
    items = m.group("rest").split("、")[1:]
    size = len(items[0])
    if any(len(x) != size for x in items) or m.start("rest") - m.start() < size:
        return None
    return text[m.start("rest") - size:m.end("rest")]


def _collect_unquoted_repeats(text: str, found: _Found) -> None:
    """Every further (unquoted) occurrence of each formulation's surfaces."""
    items = [item for item in found.values() if item.kind == "formulation"]
    ends: dict[int, int] = {}
    for item in items:
        for s, e in item.sites:
            ends[s] = max(e, ends.get(s, e))
    # longest first, so that a repeat of 三个一工程 (first written “‘三个一’工程”) is not
    # also counted as a 三个一
    pairs = {(bare, id(item)): (bare, item) for item in items for surface in item.surfaces
             for bare in {surface, surface.translate(_NO_QUOTES)}}
    pairs = {k: p for k, p in pairs.items() if "\n" not in p[0] and len(p[0]) >= 2}
    starts = _starts(text, {surface for surface, _ in pairs.values()})
    for surface, item in sorted(pairs.values(), key=lambda p: -len(p[0])):
        j = 0
        for i in starts.get(surface, ()):
            if i < j:   # inside the previous occurrence of the same surface
                continue
            j = i + len(surface)
            if (i, j) not in item.sites and _boundary_ok(text, i) and not _inside_longer(ends, i, j):
                item.add((i, j), surface, False)
                ends[i] = max(j, ends.get(i, j))


_FIND_EACH = 64   # up to this many surfaces, str.find per surface is the faster way


def _starts(text: str, surfaces: set[str]) -> dict[str, list[int]]:
    """Every start (overlapping ones too) of each of ``surfaces`` in ``text``.

    A report names a few dozen formulations: str.find for each is fastest. Past
    ``_FIND_EACH`` (one find per surface would make the time grow with the square of
    the input), one pass: a trie pattern finds the longest surface at each position and
    its prefixes that are surfaces too are looked up, in time the text's length times
    the longest surface's."""
    found: dict[str, list[int]] = {}
    if len(surfaces) <= _FIND_EACH:
        for surface in surfaces:
            i = text.find(surface)
            while i >= 0:
                found.setdefault(surface, []).append(i)
                i = text.find(surface, i + 1)
        return found
    lengths = sorted({len(x) for x in surfaces}, reverse=True)
    for m in re.finditer(f"(?=(?P<longest>{word_pattern(surfaces)}))", text):
        i, longest = m.start(), m.group("longest")
        for n in lengths:
            if n <= len(longest) and longest[:n] in surfaces:
                found.setdefault(longest[:n], []).append(i)
    return found


# ---------------------------------------------------------------- expansions
_HE_WORDS = ("和平", "和谐", "和諧", "和睦", "和美", "和解", "和顺", "和順")  # words that begin with 和 (not a list join)


def _clean_item(s: str) -> str:
    s = "".join(s.split())
    i, j = 0, len(s)
    while i < j and s[i] in _ITEM_EDGE:
        i += 1
    while j > i and s[j - 1] in _ITEM_EDGE:
        j -= 1
    s = s[i:j]
    for p in ("以及", "和", "及", "即"):
        if s.startswith(p) and len(s) > len(p) + 1 and not s.startswith(_HE_WORDS):
            s = s[len(p):]
    if s.endswith("等") and len(s) > 2:
        s = s[:-1]
    return _display(s.strip(_QUOTE_MARKS))


_SPLIT_JOINS = (re.compile("以及"), re.compile("和(?![谐睦平美])"), re.compile("及(?!时)"))


def _split(part: str, sep: str, n: int | None) -> list[str]:
    items = [x for x in (_clean_item(p) for p in part.split(sep)) if x]
    if n and len(items) == n - 1 and items:
        for conj in _SPLIT_JOINS:   # 以及, then 和, then 及 (not 社会和谐, 和平, 及时: words)
            j = conj.search(items[-1])
            if j is not None and j.start() > 0 and j.end() < len(items[-1]):
                return items[:-1] + [items[-1][:j.start()], items[-1][j.end():]]
    return items


def _mark(m: re.Match) -> tuple[str, int]:
    """(family, value) of an enumeration marker: ("是", 2) for 二是, ("第", 3) for 第三，,
    ("seq", 2) for 其次 (0 for 最后)."""
    if m.group("is_n"):
        return "是", NUMERAL_VALUE[m.group("is_n")]
    if m.group("ordinal_n"):
        return m.group("ordinal"), NUMERAL_VALUE[m.group("ordinal_n")]
    return "seq", _SEQUENCE[m.group("sequence")]


def _enumeration(text: str, pos: int, n: int | None) -> list[str] | None:
    """一是…；二是…；三是… (or 第一，… / 首先…其次…最后…) at ``pos``: its items, [] unless
    there are exactly ``n`` of them (any number from 2 when ``n`` is None), or None when no
    enumeration starts there. Items spread over sentences are cut to their first clause;
    items within a sentence end at ；."""
    start = _FIRST_MARK.match(text, pos)
    if n == 1 or not start:
        return None
    seg = text[start.end("at"):start.end("at") + ENUMERATION_WINDOW]  # from the marker on
    heading = _HEADING_LINE.search(seg)
    if heading:
        seg = seg[:heading.start()]
    marks = list(_MARK.finditer(seg))
    first = marks[0] if marks else None
    family, value = _mark(first) if first is not None and first.start() == 0 else ("", 0)
    if value != 1:
        return None
    second = next((m for m in marks[1:] if _mark(m) == (family, 2)), None)
    by_paragraph = (_opens_paragraph(text, start.end("at")) and second is not None
                    and _opens_paragraph(seg, second.start()))   # 一是甲。…⏎二是乙。…: one a paragraph
    starts, last = [first], False
    for m in marks[1:]:
        fam, value = _mark(m)
        if fam != family or by_paragraph and not _opens_paragraph(seg, m.start()):
            continue   # (inside an item of paragraphs, its own 一是…二是… is not the next item)
        if family == "seq":  # 其次 second, 再次 third or later, 最后 ends it
            if value == 1 or (value == 2) != (len(starts) == 1):
                break
            last = value == 0
        elif value != len(starts) + 1:
            break  # a new enumeration (一是 again) or a gap
        starts.append(m)
        if last or len(starts) > (n or MAX_ENUMERATION):
            break
    if len(starts) != n if n else len(starts) < 2:
        return []
    bodies = [seg[a.end():b.start()] for a, b in zip(starts, starts[1:])] + [seg[starts[-1].end():]]
    spread = any(re.search(r"[。！？!?\n]", b) for b in bodies[:-1])
    ends = r"[，,；;。！？!?\n：:]" if spread else r"[；;。！？!?\n]"
    items = [_clean_item(re.split(ends, b, maxsplit=1)[0]) for b in bodies]
    return items if all(items) else []


def _opens_paragraph(text: str, pos: int) -> bool:
    """Whether ``pos`` starts a line, past an indent (⏎  二是…)."""
    while pos > 0 and text[pos - 1] in " \t\u3000":
        pos -= 1
    return pos == 0 or text[pos - 1] == "\n"


def _enumeration_after(text: str, end: int, n: int | None, head: str) -> list[str]:
    """两个到位。一是…；二是… : the enumeration that starts right after the formulation or
    its sentence, taken only when it has ``n`` items; past the rest of the sentence (推进三项
    改革，成效明显。第一，深化甲改革…) only when every item names the ``head`` noun again."""
    if not n or n < 2:
        return []
    items = _enumeration(text, _GAP.match(text, end, end + GAP_WINDOW).end(), n)
    rest = _SENTENCE_REST.match(text, end) if items is None else None
    if rest and not _COUNTED.search(rest.group()):
        items = _enumeration(text, rest.end(), n)
        if items and rest.end() - end > 1 and (len(head) < 2 or not all(head in x for x in items)):
            return []  # 全面加强“三农”工作要采取以下措施：一要…: the measures' own list
    return items or []


def _single(seg: str) -> list[str]:
    """One item: the first clause, cut to its core (围绕优化服务这条主线 -> 优化服务)."""
    clause = re.split(r"[，,；;。]", seg, maxsplit=1)[0]
    clause = _THIS_HEAD.sub("", clause) or clause
    clause = _LEAD_VERB.sub("", clause) or clause
    item = _clean_item(clause)
    return [item] if item else []


def _best_split(options: list[list[str]], n: int | None) -> list[str]:
    """The split giving the ``n`` items announced; else the shortest one giving more, cut to
    ``n`` (the rest is comment: 五定，即定A，定B，…，并且实行…); else the longest."""
    if not n:
        return options[0]
    exact = [o for o in options if len(o) == n]
    if exact:
        return exact[0]
    longer = [o for o in options if len(o) > n]
    return min(longer, key=len)[:n] if longer else max(options, key=len)


def _items(seg: str, n: int | None, paired: bool = False) -> list[str]:
    """Split an expansion segment into items, choosing the split closest to ``n``; for a
    ``paired`` compound (两聚焦两着力: two parts of one numeral) the clauses parted by ； may
    each hold one pair."""
    if n == 1:
        return _single(seg)
    clauses = _split(seg.replace(";", "；"), "；", n)
    if (paired and n and len(clauses) >= 2 and len(clauses) * 2 == n
            and all(re.search("[，,]", x) for x in clauses[:-1])):
        return clauses   # 两聚焦两着力，即聚焦甲，着力乙；聚焦丙，着力丁: a pair an item
    first = re.split(r"[；;]", seg, maxsplit=1)[0]
    listed = re.split(r"[，,]", first, maxsplit=1)[0]   # 甲、乙和丙，形成横向到边、纵向到底…
    options = [_split(listed, "、", n), _split(first, "，", n), clauses]
    if n and all(len(o) != n for o in options):  # 三严三实，即甲、乙、丙，丁、戊、己
        options.append(_split(first.replace("，", "、"), "、", n))
    if n and all(len(o) != n for o in options) and re.search("[；;]", seg):   # 三清两改一提升（甲、乙、丙；丁、戊；
        grouped = _split(re.sub("[；;]", "、", seg), "、", n)                 # 己）: groups parted by ；
        if len(grouped) == n:
            options.append(grouped)
    options = [o for o in options if len(o) >= 2]
    if not options:
        return []
    best = _best_split(options, n)
    clauses = len(best) >= 2 and all(re.search("[，,]", x) for x in best[:-1])   # 甲，乙；丙，丁: items of
    if (best is options[0] or (n and len(best) == n)) and not clauses:          # two clauses each
        best = best[:-1] + [_clean_item(re.split(r"[，,]", best[-1], maxsplit=1)[0])]
    return [x for x in best if x]


_COMPOUND = re.compile(r"(?:[%s][^%s]{1,2}){2,}" % (NUMERALS, NUMERALS))


#: 双 and a verb of change (双提升, 双增长, 双突破): two things that changed, listed before it. Not a
#: name (双减, 双碳, 双组长): its two parts are not the words before it.
_PAIR = re.compile(r"""
    [双雙] (?: 提升 | 提高 | 增长 | 增長 | 升级 | 升級 | 突破 | 丰收 | 豐收 | 下降 | 降低 | 减少 | 減少
            | 增加 | 达标 | 達標 | 改善 | 优化 | 優化 | 提速 | 领先 | 領先 | 向好 | 回升 | 跃升 | 躍升 )
    """, re.VERBOSE)


_ONE_IN_WORD = re.compile("统一|統一|唯一|同一|划一|劃一|专一|專一")


def _numeral(phrase: str, compound: bool) -> int | None:
    """The count a formulation announces: 四个结合 -> 4, 五个一 -> 5, and the sum of a
    ``compound`` (三严三实 -> 6, 两不愁三保障 -> 5); None for 一个中心两个基本点-like phrases."""
    if (parts := _PARTS_AFTER_TOPIC.fullmatch(phrase)) is not None:
        return NUMERAL_VALUE[parts.group("n")]   # 巡视三部曲 -> 3
    if phrase[:1] in "新老" and phrase[1:2] in NUMERAL_VALUE and len(phrase) >= 3:
        return _numeral(phrase[1:], compound)   # 新三样 -> 3: the new three, counted as three
    if not phrase or phrase[0] not in NUMERAL_VALUE:
        return None
    if _IN_ONE.fullmatch(phrase):
        return NUMERAL_VALUE[phrase[0]]   # 三合一, 四位一体: three, four things made one
    rest = phrase[2:].lstrip("一") if phrase[1:2] in _MEASURE else phrase[1:]
    if not any(c in NUMERAL_VALUE for c in _ONE_IN_WORD.sub("", rest)):   # 五统一: 一 of 统一 counts nothing
        return NUMERAL_VALUE[phrase[0]]
    if compound:
        return sum(NUMERAL_VALUE[c] for c in phrase if c in NUMERAL_VALUE)
    if phrase[1:2] in _MEASURE and not _COMPOUND.fullmatch(phrase):
        return NUMERAL_VALUE[phrase[0]]   # 三个二七: three things each called 二七
    return None


def _expansion_at(text: str, end: int, n: int | None, head: str) -> list[str]:
    """Items the text gives right after a formulation ending at ``end`` (its head noun ``head``)."""
    quoted = end < len(text) and text[end] in _CLOSE
    end += quoted  # step over the closing quote
    m = _LEAD.match(text, end, min(len(text), end + LEAD_WINDOW))
    window_end = min(len(text), end + EXPANSION_WINDOW)
    if m:
        bracket = m.group("bracket") is not None
        seg_start, stops = m.end(), r"[。！？\n）)]" if bracket else r"[。！？\n]"
    elif not quoted and _QLIST.match(text, end, min(len(text), end + 1)):  # the next character opens a quote
        seg_start, stops = end, r"[。！？\n，,；;]"  # 五大工程“甲”、“乙”、“丙”
    elif quoted and (listed := _comma_list_after(text, end, window_end, n)):
        return listed   # 实施“三大行动”，甲行动、乙行动、丙行动。
    else:
        return _enumeration_after(text, end, n, head)
    listed = _enumeration(text, seg_start, n)
    if listed is not None:
        return listed
    window = text[seg_start:window_end]
    seg = re.split(stops, window, maxsplit=1)[0]
    if m and bracket and (close := _BRACKET_CLOSE.match(window)) is not None:
        seg = window[:close.end() - 1].replace("\n", "")   # （消灭工亡事⏎故、…）: a line wrapped inside
    paired = len(set(re.findall(f"[{NUMERALS}]", head))) == 1 and head[:1] not in NUMERAL_VALUE   # 三聚焦|三着力
    return _items(seg, n, paired) if seg.strip() else []


MIN_COMMA_LIST = 3    # items a list after a quoted formulation and a comma holds, at least
_PREPOSITIONS = "在对對从從把将將以为為向于於按"   # a first part opening with one starts a clause, no list
MAX_COMMA_ITEM = 24   # … each this long at most


def _comma_list_after(text: str, end: int, window_end: int, n: int | None) -> list[str]:
    """The items of a quoted formulation listed after a comma to the sentence's end, parted by
    、 and just as many as it says (three or more): 实施“三大行动”，甲行动、乙行动、丙行动。; else [].

    >>> _comma_list_after("实施“三大行动”，精品打造行动、教育推进行动、融合发展行动。", 8, 40, 3)
    ['精品打造行动', '教育推进行动', '融合发展行动']
    >>> _comma_list_after("实施“三大行动”，推动甲、乙发展。", 8, 30, 3)
    []
    >>> _comma_list_after("实施“三大战略”，在基础设施、产业布局、生态环保等方面实施工程。", 8, 60, 3)
    []
    """
    if not n or n < MIN_COMMA_LIST or text[end:end + 1] not in "，,":
        return []
    seg = re.split(r"[。！？；;\n]", text[end + 1:window_end], maxsplit=1)[0]
    parts = [p.strip() for p in seg.split("、")]
    if (len(parts) != n or re.search("[，,：:等]", seg) or parts[0][:1] in _PREPOSITIONS
            or not all(2 <= len(p) <= MAX_COMMA_ITEM for p in parts)):
        return []   # (“三大战略”，在基础设施、产业布局、生态环保等方面实施…: a clause of its own)
    alike = sum(p[-1] == parts[-1][-1] for p in parts) >= n - 1   # (甲行动、乙行动…: one head, one truncated)
    return [_clean_item(p) for p in parts] if alike or max(map(len, parts)) <= MAX_LIST_ITEM else []


#: The bracket an expansion is in, closing before any sentence's end or blank line.
_BRACKET_CLOSE = re.compile(r"(?:[^。！？（）()\n]|\n(?!\n))*?[）)]")
_BEFORE = re.compile(r"[^，,。；;：:！？!?\n（）()]{1,%d}$" % MAX_LIST_BEFORE)
#: What a list is said to be, between it and its formulation (以甲、乙为重点的两大工程, 甲、乙、丙
#: 成为拉动增长的“三驾马车”): the list is read before it.
_ROLE_BEFORE = re.compile(r"""
    (?<=[\u3400-\u9fff”」』])                                            # right after the last item
    (?: 为 (?:主要)? (?:内容|重点|核心|主体|抓手|支撑|载体|主线|引领|特点|特色|主)   # 为重点的, 为主的,
                                                                        # 为特点的
      | (?:成为|作为|构成) [^，,。；;“”「」『』\n]{0,12} )                 # 成为拉动税收增长的
    的 (?: [\u4e00-\u9fff]{2,6} (?=[“「『]) )? [“「『]? $                # (为特点的奶业发展“三个一工程”:
                                                                        # the field before a quoted one)
    """, re.VERBOSE)
ROLE_WINDOW = 20   # characters read before a formulation for what its list is said to be
_COUNTED = re.compile(r"[%s][%s]" % (NUMERALS, _MEASURE))  # 两类主体、用好线上线下两个渠道
_LIST_TAIL = re.compile(r"(?P<closer>[”」』]?)(?:[，,]这|[这的])?[“「『]?$")  # 甲、乙、丙，这“三个不”
#: Items in brackets right before a formulation: （甲、乙、丙）三大事业
_BRACKET_LIST = re.compile(r"[（(](?P<items>[^（）()\n]{3,%d})[）)]$" % QUOTE_SPAN)
_LAST_JOIN = re.compile("以及|和(?![谐睦平美])|及(?!时)|与|與")   # (not 社会和谐, 和平, 及时)
_QUOTED_LIST = re.compile(r"[“「『](?P<items>[^“”「」『』]{3,%d})$" % QUOTE_SPAN)
#: Quoted items one after another right before a formulation: “甲”“乙”两大攻坚战, “甲”、“乙”和“丙”三项
_QUOTED_RUN = re.compile(r"(?:[“「『][^“”「」『』，,。；;：:\n]{1,%d}[”」』](?:、|和|与|與|及)?)+$" % MAX_LIST_ITEM)
_QUOTED_ITEM = re.compile(r"[“「『]([^“”「」『』]+)[”」』]")


@lru_cache(maxsize=1)
def _governing() -> tuple[re.Pattern, re.Pattern]:
    """Verbs that take a list or a formulation as their object (打好甲、乙、丙三大攻坚战),
    from ``data/governing_verbs.txt``: anywhere in a chunk, and at its end."""
    alt = _alternation(w for words in _GOVERNING.read(GOVERNING_VERBS) for w in words)
    return re.compile(f"(?:{alt})[了着过]?"), re.compile(f"(?:{alt})$")


def _items_before(text: str, start: int, phrase: str, n: int | None, compound: bool) -> list[str]:
    """The items listed right before a formulation: as many as it announces; for a compound
    (五园五集群) whose parts share a numeral of two or more, that many or as many as that
    numeral (not 甲、第三届“一带一路”)."""
    if (named := _NAMED_AS.search(text, max(0, start - 8), start)) is not None:
        start = named.start()   # 甲、乙、丙（以下统称“三类人员”）: the list before the bracket
        if not compound and n and n >= 2 and (items := _last_listed(text, start, n)):
            return items
    if not compound:
        return (_list_before(text, start, n) or _keyed_run_before(text, start, phrase, n)
                or _ending_list_before(text, start, phrase, n))
    shared = _listed_count(phrase)
    if not shared or shared < 2:   # 一带一路, 两学一做: not a count of listed items
        return []
    return _list_before(text, start, n) or _list_before(text, start, shared)


def _last_listed(text: str, end: int, n: int) -> list[str]:
    """The last ``n`` items parted by 、 in the clause before ``end``, the first cut after its
    last 的 or governing verb (有劳动能力、热心公益事业的甲、乙、丙 -> 甲, 乙, 丙 for n = 3)."""
    clause = _SENTENCE_BEFORE.search(text, max(0, end - MAX_LIST_BEFORE), end).group()
    parts = re.split("[，,；;：:]", clause)[-1].split("、")
    if len(parts) < n or not all(_HAN_WORD.fullmatch(x) for x in parts[-n + 1:]):
        return []
    first = parts[-n].rsplit("的", 1)[-1]
    return [_first_item(first, parts[-n + 1:])] + [_clean_item(x) for x in parts[-n + 1:]]


_HAN_WORD = re.compile(r"[\u4e00-\u9fff]{1,12}")
#: A bracket that names the list before it (（以下统称“…, （以下简称“…), right before the formulation.
_NAMED_AS = re.compile(r"[（(](?:以下)?(?:统称|簡稱|简称|合称|統稱|合稱)(?:为|為)?[“「『]$")


def _quoted_one_character(text: str, start: int, phrase: str, n: int | None) -> bool:
    """A quoted numeral and one character (“三爱”, “三田”) counting two items or more."""
    return bool(n and n >= 2 and len(phrase) == 2 and text[start - 1:start] in "“「『")


def _keyed_run_before(text: str, start: int, phrase: str, n: int | None) -> list[str]:
    """For a numeral and one character (三爱), the ``n`` items right before its opening quote that
    each begin with that character, no mark between them (爱党爱国爱社会主义“三爱” -> 爱党, 爱国,
    爱社会主义).

    >>> t = "开展爱党爱国爱社会主义“三爱”教育"
    >>> _keyed_run_before(t, t.index("三"), "三爱", 3)
    ['爱党', '爱国', '爱社会主义']
    """
    if not _quoted_one_character(text, start, phrase, n):
        return []
    run = _HAN_RUN_END.search(text, max(0, start - 1 - MAX_LIST_BEFORE), start - 1)
    words = run.group() if run else ""
    cuts = [i for i, c in enumerate(words) if c == phrase[1]][-n:]
    if len(cuts) < n:
        return []
    items = [words[a:b] for a, b in zip(cuts, cuts[1:] + [len(words)])]
    return items if all(len(x) >= 2 for x in items) else []


def _ending_list_before(text: str, start: int, phrase: str, n: int | None) -> list[str]:
    """For a quoted numeral and one character (“三田”), the last list of ``n`` items in its sentence
    before it, each ending in that character (分别设置试验田、示范田、对照田，实行“三田”配套 ->
    试验田, 示范田, 对照田).

    >>> t = "分别设置试验田、示范田、对照田，实行“三田”配套"
    >>> _ending_list_before(t, t.index("三"), "三田", 3)
    ['试验田', '示范田', '对照田']
    """
    if not _quoted_one_character(text, start, phrase, n):
        return []
    sentence = _SENTENCE_BEFORE.search(text, max(0, start - 1 - MAX_LIST_BEFORE), start - 1)
    lists = _HAN_LIST.findall(sentence.group()) if sentence else []
    parts = lists[-1].split("、") if lists else []
    if len(parts) != n or not all(x.endswith(phrase[1]) and len(x) >= 2 for x in parts):
        return []
    return [_first_item(parts[0], parts[1:])] + [_clean_item(x) for x in parts[1:]]


_SENTENCE_BEFORE = re.compile(r"[^。！？；;\n“”「」『』]*$")   # a sentence's words before a point
_HAN_LIST = re.compile(r"[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+)+")   # words parted by 、
_HAN_RUN_END = re.compile(r"[\u4e00-\u9fff]+$")
_IN_ONE = re.compile(r"[二两三四五六七八九十](?:位一体|合一)")   # 四位一体, 三合一: so many made one


def _listed_count(phrase: str) -> int | None:
    """How many items a compound names when they are listed before it: the numeral its parts
    share (甲、乙、丙、丁、戊“五园五集群”: five, each a park and a cluster), else the sum of its
    numerals ((甲、乙、丙、丁、戊、己)“五通一平”: six), else None."""
    numerals = [NUMERAL_VALUE[c] for c in phrase if c in NUMERAL_VALUE]
    if len(set(numerals)) == 1:
        return numerals[0]
    if _IN_ONE.fullmatch(phrase):
        return numerals[0]   # 甲、乙、丙、丁“四位一体”, 甲、乙、丙“三合一”: things made one
    return sum(numerals) if len(numerals) >= 2 else None   # 五通一平: six items, 两学一做: three


def _list_before(text: str, start: int, n: int | None) -> list[str]:
    """甲、乙、丙三大战略 / 中央和地方两个积极性 / “甲、乙、丙”的“三乱” / （甲、乙）“两X”: the ``n``
    items listed right before (not when the formulation is the object of the last one: 割裂甲、制造“两个X”);
    “甲”“乙”两大攻坚战: quoted items one after another."""
    if not n or n < 2:
        return []
    if (role := _ROLE_BEFORE.search(text, max(0, start - ROLE_WINDOW), start)) is not None:
        items = _list_before(text, role.start(), n)   # 以甲、乙、丙为重点的三大工程: the list before the role
        return [items[0][1:]] + items[1:] if items and items[0][:1] == "以" and len(items[0]) > 2 else items
    opened = start - 1 if text[start - 1:start] in "“「『" else start   # (甲、乙)“两X”: past its quote
    if text[opened - 1:opened] in "）)":   # （甲、乙、丙）三大事业: the items in the brackets
        b = _BRACKET_LIST.search(text, max(0, opened - QUOTE_SPAN - 2), opened)
        parts = _split_last(b.group("items").split("、"), n) if b else []
        return [_clean_item(x) for x in parts] if len(parts) == n and all(parts) else []
    tail = _LIST_TAIL.search(text, max(0, start - LIST_TAIL_WINDOW), start)
    end = tail.start()
    if tail.group("closer"):  # the list is the quotation right before, or quotations one after another
        run = _QUOTED_RUN.search(text, max(0, end + 1 - n * (MAX_LIST_ITEM + 3)), end + 1)
        items = _QUOTED_ITEM.findall(run.group()) if run else []
        if len(items) > 1:
            return [_clean_item(x) for x in items] if len(items) == n else []
        q = _QUOTED_LIST.search(text, max(0, end - QUOTE_SPAN), end)
        parts = _quoted_parts(q.group("items"), n) if q else []
        return [_clean_item(x) for x in parts] if len(parts) == n and all(parts) else []
    m = _BEFORE.search(text, max(0, end - MAX_LIST_BEFORE), end)
    if not m or text[end - 1] in "、和与及为对向给把被将从":
        return _parallel_before(text, end, n)
    parts = m.group(0).split("、")
    if _COUNTED.search("、".join(parts[1:])) or any(c.group()[0] != "一" for c in _COUNTED.finditer(parts[0])):
        return []   # 两类主体、…, 树立“四个意识”、捍卫…: a count among the items (走出一条甲、乙…: an article)
    if parts[-1].endswith("等") and len(parts) >= 2:   # 甲、乙及丙等四大产业
        parts[-1] = parts[-1][:-1]
    if n == 2 and len(parts) == 1 and (opened < start or text[start + 1:start + 2] in "大重"):   # 守牢甲和乙“两条
        parts = _pair_before_quote(parts[0])   # 底线”, 开展甲和乙两大活动: a quoted formulation, or one of 两大/两重,
        # after two items joined by 和
    parts = _split_last(parts, n)
    if len(parts) == 1:
        return _parallel_before(text, end, n)   # 巩固一批，培育一批，…的“四批”: items parted by commas
    longest = MAX_QUOTED_LIST_ITEM if opened < start else MAX_LIST_ITEM
    if (len(parts) != n or not all(_CJK.search(x) for x in parts)   # (1、某某召开了“两委”会议: a heading's number)
            or max(map(len, parts[1:])) > longest
            or _governing()[1].search(parts[-1]) and not _alike(parts[1:])):
        return []   # (割裂甲、制造“两个X”: the last verb takes the formulation; 机关治理、基层落实“…”: items alike)
    return [_first_item(parts[0], parts[1:])] + [_clean_item(x) for x in parts[1:]]


def _alike(parts: list[str]) -> bool:
    """Two or more items of one length, four characters or more (机关治理、基层落实): a list's
    items, not a verb that governs the formulation after them."""
    return len(parts) >= 2 and len(set(map(len, parts))) == 1 and len(parts[0]) >= 4


_PARALLEL_PART = re.compile(r"[\u4e00-\u9fff]{2,8}$")
MIN_PARALLEL_TAIL = 2   # characters the parallel items parted by commas must end alike in (…一批)


def _parallel_before(text: str, end: int, n: int) -> list[str]:
    """``n`` parallel items parted by commas, each ending in the same words, right before a
    quoted formulation and its 的 (巩固一批，培育一批，涵养一批，招商一批的“四批”工程), or each opening
    with the same words right before its quote (强化组织领导，强化人员管控，…“四个强化”), else []."""
    if text[end:end + 1] != "的" and text[end:end + 1] not in "“「":
        return []
    parts = re.split("[，,]", text[max(0, end - n * (MAX_LIST_ITEM + 1)):end])[-n:]
    if len(parts) != n or not all(_PARALLEL_PART.fullmatch(p) for p in parts[1:]):
        return []
    if text[end:end + 1] != "的":   # 强化甲，强化乙，强化丙“三个强化”: the items open alike
        head = os.path.commonprefix(parts[1:])
        first = parts[0][parts[0].rfind(head):] if head and head in parts[0] else ""
        named = text[end + 1:end + 1 + QUOTE_SPAN].split("”", 1)[0].split("」", 1)[0]
        if len(head) < MIN_PARALLEL_TAIL or not first or head[:MIN_PARALLEL_TAIL] not in named:
            return []   # (the formulation names their word: 四个强化; not 加强甲，加强乙“两个到位”)
        return [_clean_item(first)] + [_clean_item(x) for x in parts[1:]]
    tail = os.path.commonprefix([p[::-1] for p in parts[1:]])[::-1]
    first = parts[0][-len(parts[1]):] if len(parts[0]) > len(parts[1]) else parts[0]
    if len(tail) < MIN_PARALLEL_TAIL or not first.endswith(tail):
        return []
    return [_clean_item(first)] + [_clean_item(x) for x in parts[1:]]


_QUOTED_SEPARATOR = re.compile("、|——|—|－|＋|\\+|／|/")   # 甲、乙 / 镇—村—户 / 甲+乙+丙 / 甲/乙


def _quoted_parts(items: str, n: int) -> list[str]:
    """The items of a quoted list before a formulation of ``n``: parted by 、, a dash, a plus or
    a slash (“镇—村—网格—户”四级联动, “查控+隔离+智控”三级管控), or two joined by 和/与/及 (the
    quotation marks bound the list: “保障粮食安全和不发生规模性返贫”两条底线).

    >>> _quoted_parts("源头查控+硬核隔离+精密智控", 3)
    ['源头查控', '硬核隔离', '精密智控']
    >>> _quoted_parts("保障粮食安全和不发生规模性返贫", 2)
    ['保障粮食安全', '不发生规模性返贫']
    """
    parts = _QUOTED_SEPARATOR.split(items)
    if len(parts) == 1 and n == 2 and len(_LAST_JOIN.findall(items)) == 1:
        parts = _LAST_JOIN.split(items)
    if len(parts) == 1 and len(clauses := re.split("[，,；;]", items)) == n:
        parts = clauses   # “甲的民本工程，乙的民生工程，丙的民风工程”三大工程: clauses
    return _split_last(parts, n) if len(parts) == n - 1 else parts


MAX_PAIR_ITEM = 6          # longest second item of a pair joined by 和 before a quoted formulation
_NOT_AN_ITEM = set("其一这那该此各每本")   # 甲和其追随者…, 路线和一套: a pronoun or count opens no item


def _pair_before_quote(chunk: str) -> list[str]:
    """Two items joined by one 和/与/及 right before a quoted formulation of two, the second at most
    MAX_PAIR_ITEM long (守牢疫情防控和安全生产“两条底线” -> 守牢疫情防控, 安全生产), else the chunk."""
    joins = list(_LAST_JOIN.finditer(chunk))
    if len(joins) != 1:
        return [chunk]
    head, tail = chunk[:joins[0].start()], chunk[joins[0].end():]
    if (_governing()[1].search(tail) or tail[:1] in _NOT_AN_ITEM
            or not (2 <= len(tail) <= MAX_PAIR_ITEM and len(head) >= 2)):
        return [chunk]   # 全镇干部和群众牢记“两个务必”: a clause whose verb governs the formulation
    return [head, tail]


def _split_last(parts: list[str], n: int) -> list[str]:
    """甲、乙和丙 / 甲、乙及丙: the last part split at its joining word when that makes ``n``
    items (甲和乙 alone is too often a clause: 坚持和落实, 各级政府及其工作人员要领悟“两个确立”),
    not 甲、乙和工业“三废”."""
    if len(parts) == n - 1 and n > 2 and (j := _LAST_JOIN.search(parts[-1])) is not None:
        head, tail_item = parts[-1][:j.start()], parts[-1][j.end():]
        if tail_item and 2 * len(tail_item) >= len(head):
            return parts[:-1] + [head, tail_item]
    return parts


def _first_item(chunk: str, rest: list[str]) -> str:
    """The first listed item without the clause before it: cut where the parallel items
    begin (开展热爱甲、热爱乙 -> 热爱甲), else at a quotation mark (推进“甲”建设), else after
    the last governing verb (打好甲), else to the length of the others when they are all one
    length and end alike (增加工资性收入、经营性收入 -> 工资性收入), else after a particle or to
    the length of the next item."""
    lead = os.path.commonprefix(rest)
    if lead and lead in chunk:
        return _clean_item(chunk[chunk.rfind(lead):])
    cut = max(chunk.rfind(q) for q in "“「『")
    if cut < 0:
        verbs = [v.end() for v in _governing()[0].finditer(chunk) if v.end() <= len(chunk) - MIN_FIRST_ITEM]
        size = 0 if verbs else _alike_size(chunk, rest)   # 着力增加工资性收入、经营性收入: as long as the others
        cut = verbs[-1] if verbs else len(chunk) - size if size else _after_function_word(chunk, len(rest[0]))
    item = _clean_item(chunk[cut:])
    if item[:1] in "的了着" and len(item) - 1 >= MIN_FIRST_ITEM:
        item = item[1:]   # 重点实施的|甲: the verb was a modifier's, the item starts after its 的
    return item[2:] if _COUNTED.match(item) and len(item) - 2 >= MIN_FIRST_ITEM else item   # 一条|甲


def _alike_size(chunk: str, rest: list[str]) -> int:
    """The length of the items after the first when they are all that long (two or more, three
    characters or more) and end alike, the first chunk ending as they do; else 0.

    >>> _alike_size("着力增加工资性收入", ["经营性收入", "财产性收入"])
    5
    >>> _alike_size("推进经济建设", ["政治建设", "生态文明建设"])
    0
    """
    sizes = {len(x) for x in rest}
    tail = os.path.commonprefix([x[::-1] for x in rest])[::-1]
    if len(rest) < 2 or len(sizes) != 1 or not tail or not chunk.endswith(tail):
        return 0
    size = sizes.pop()
    return size if MIN_FIRST_ITEM <= size < len(chunk) and size >= 3 else 0


_FUNCTION_CHARS = "了过着的于把将从向对为在是"


def _after_function_word(chunk: str, size: int) -> int:
    """Where a first item with no governing verb before it starts: after the last particle or
    preposition when that leaves an item at most twice the next one's ``size`` (先后完成了三园新建
    -> 三园新建, 对于农产品市场化 -> 农产品市场化), else ``size`` characters from the end."""
    for i in range(len(chunk) - MIN_FIRST_ITEM - 1, max(-1, len(chunk) - 2 * size - 1), -1):
        if chunk[i] in _FUNCTION_CHARS:
            return i + 1
    return max(0, len(chunk) - size)


def _cut_at_head(item: str, head: str) -> str:
    """An item whose first clause ends with the formulation's head noun is that clause,
    past a governing verb: 三大提升：一是人居环境提升，拆除违建… -> 人居环境提升;
    三大攻坚战。一是打好精准脱贫攻坚战 -> 精准脱贫攻坚战."""
    clause = item.split("，", 1)[0]
    if len(head) < 2 or not clause.endswith(head):
        return item
    verb = _governing()[0].match(clause)
    return clause[verb.end():] if verb and len(clause) - verb.end() > len(head) else clause


KEYED_WINDOW = 80   # how far after a formulation its keyed items may be listed
_ITEM_RUN = re.compile(r"""
    (?<! [\u4e00-\u9fff] )                           # the first one starts there (not 动农业…)
    [“「『]? [\u4e00-\u9fff]{2,8} [”」』]?            # an item, perhaps quoted
    (?: 、 [“「『]? [\u4e00-\u9fff]{2,8} [”」』]? )+   # more, parted by 、
    (?! [\u4e00-\u9fff] )                            # the last one ends there (not 规范化水平…)
    """, re.VERBOSE)


def _keyed_items_after(text: str, end: int, phrase: str, n: int | None) -> list[str]:
    """The items of an abbreviation (numeral + the character each item holds: 三争, 三化)
    listed soon after it, in or out of quotes, as many as it says and each holding that
    character (推动“三争行动”…。召开“深学争优、敢为争先、实干争效”动员会), else []."""
    key = phrase[1:2]
    if not n or n < 2 or not key or key in _MEASURE or key in NUMERAL_VALUE:
        return []
    for m in _ITEM_RUN.finditer(text, end, min(len(text), end + KEYED_WINDOW)):
        items = [x.strip("“”「」『』") for x in m.group().split("、")]
        verb = _governing()[0].match(items[0])   # 推进专业化、职业化…: the verb is no part of the item
        if verb and key in items[0][verb.end():] and len(items[0]) - verb.end() >= 2:
            items[0] = items[0][verb.end():]
        if len(items) == n and all(key in x for x in items):
            return items
    for m in _QUOTED_CLAUSES.finditer(text, end, min(len(text), end + KEYED_WINDOW)):
        items = [x.strip() for x in re.split("[，,；;]", m.group("items"))]
        if len(items) == n and all(len(x) > 1 and x.startswith(key) for x in items):
            return items   # 做到“有班子、有骨干，有牌子，…”: clauses each led by the character
    return []


MAX_ITEMS = 12   # items a compound's numerals may add up to
_COMPOUND_PART = re.compile(r"([%s])([^%s]{1,3})" % (NUMERALS, NUMERALS))   # 两库|两室|一平台


def _compound_items_after(text: str, end: int, phrase: str) -> list[str]:
    """The items of a compound (两库两室一平台) listed soon after it, in its order and as many as
    its numerals add up to, each ending in its part's word (…建设甲库、乙库、甲室、乙室、某平台 ->
    甲库, 乙库, 甲室, 乙室, 某平台), else [].

    >>> t = "按照“两库两室一平台”布局建设装备库、储存库、值班室、休息室、发射平台。"
    >>> _compound_items_after(t, t.index("”"), "两库两室一平台")
    ['装备库', '储存库', '值班室', '休息室', '发射平台']
    """
    parts = _COMPOUND_PART.findall(phrase)
    if len(parts) < 2 or "".join(a + b for a, b in parts) != phrase:
        return []
    keys = [word for numeral, word in parts for _ in range(NUMERAL_VALUE.get(numeral, 0))]
    if not 3 <= len(keys) <= MAX_ITEMS:
        return []   # (一报一墙: two items ending in 报 and 墙 are too easily met by chance)
    run = re.compile("、".join(rf"((?:(?![和及与等])[\u4e00-\u9fff]){{1,12}}?{re.escape(k)})" for k in keys))
    m = run.search(text, end, min(len(text), end + KEYED_WINDOW))
    if m is None:
        return []
    items = list(m.groups())
    first = _first_item(items[0], items[1:])
    if (built := list(_BUILT.finditer(first))) and built[-1].end() <= len(first) - len(keys[0]) - 1:
        first = first[built[-1].end():]   # 布局规范建设|作业装备库: what is built, after the verb
    return [first] + items[1:]


_BUILT = re.compile("建设|建成|新建|改建|设置|配备|配置|打造|包括|包含|规范建设")   # verbs before what is built


#: A quotation of clauses parted by commas (“有班子分管领导、专兼职干部，有骨干人员，有牌子”).
_QUOTED_CLAUSES = re.compile(r"[“「『](?P<items>[^“”「」『』\n。]{4,%d}[，,；;][^“”「」『』\n。]{1,%d})[”」』]"
                             % (QUOTE_SPAN, QUOTE_SPAN))
MAX_AFTER_HEAD = 2   # 森林城市创建工作: at most a word like 工作 after the head noun


def _headed_items_after(text: str, end: int, head: str, n: int | None) -> list[str]:
    """The items of a formulation listed soon after it with its head noun once after the last
    (“四项”创建稳中推进。开展森林长廊、森林城镇、森林村庄、森林城市创建工作 -> 森林长廊 …
    森林城市), as many as it says, past a governing verb before the first; else []."""
    if not n or n < 2 or len(head) < 2:
        return []
    for m in _ITEM_RUN.finditer(text, end, min(len(text), end + KEYED_WINDOW)):
        items = [x.strip("“”「」『』") for x in m.group().split("、")]
        cut = items[-1].find(head)
        if (len(items) != n or cut < 2 or len(items[-1]) - cut - len(head) > MAX_AFTER_HEAD
                or any(_LAST_JOIN.search(x) for x in items)):
            continue   # (…高污染和资源性产品出口: no list ended by 资源)
        if not all(x.endswith(head) for x in items):   # (精品打造行动、…推进行动: each names the head)
            items[-1] = items[-1][:cut]
        if ((verb := _governing()[0].search(items[0])) and len(items[0]) - verb.end() >= 2
                and items[0][verb.end():] != head):   # (not 精品打造|行动: the verb inside the name)
            items[0] = items[0][verb.end():]
        return items
    return []


def _each_headed_after(text: str, end: int, head: str, n: int | None) -> list[str]:
    """The items of a formulation listed soon after it, each ending in its head noun, the last
    joined by 和/及/与 (“三个责任”体系建设，将政府主体责任、部门监管责任和单位管理责任落到实处 ->
    政府主体责任 … 单位管理责任), as many as it says, past a governing verb before the first."""
    if not n or n < 2 or len(head) < 2 or text.count(head, end, end + KEYED_WINDOW) < n:
        return []   # (as many items as it says each hold the head: no compiling without them)
    h = re.escape(head)
    run = re.compile(rf"""
        [\u4e00-\u9fff]{{1,10}}?{h} (?: 、[\u4e00-\u9fff]{{1,10}}?{h} )*   # 甲责任、乙责任
        (?: 、|以及|和|及|与|與 ) [\u4e00-\u9fff]{{1,10}}?{h}              # 和丙责任
        (?! [\u4e00-\u9fff]{{0,2}}[、和及与與] )                          # the list ends there
        """, re.VERBOSE)
    for m in run.finditer(text, end, min(len(text), end + KEYED_WINDOW)):
        items = [x for x in re.split("、|以及|和|及|与|與", m.group()) if x]
        if (verb := _governing()[0].search(items[0])) and len(items[0]) - verb.end() >= len(head) + 1:
            items[0] = items[0][verb.end():]
        items[0] = re.sub("^[将把对]", "", items[0])   # 将甲责任、…落到实处: the object's mark goes
        if len(items) == n and all(len(x) > len(head) for x in items):
            return items
    return []


HEADED_PARAGRAPH_ITEM = 12   # longest item opening a paragraph of its own (组织领导到位。…)


def _headed_paragraphs_after(text: str, end: int, head: str, n: int | None) -> list[str]:
    """The items of a formulation given as the next paragraphs, one each, every one opening with
    a short clause that ends in its head noun (“三到位”抓好建设。⏎组织领导到位。…⏎宣传动员到位。…
    -> 组织领导到位 …), as many as it says; else []."""
    if not n or n < 2 or len(head) < 2:
        return []
    nl = text.find("\n", end, end + EXPANSION_WINDOW)   # (bounded: linear time on texts without breaks)
    opening = re.compile(rf"[ \t\u3000]*([\u4e00-\u9fff“”]{{1,{HEADED_PARAGRAPH_ITEM}}}?{re.escape(head)})[。，,：:；;！!]")
    items, pos = [], nl + 1
    while nl >= 0 and len(items) < n:
        m = opening.match(text, pos)
        if m is None:
            return []
        items.append(_clean_item(m.group(1)))
        nl = text.find("\n", m.end(), m.end() + ENUMERATION_WINDOW)
        pos = nl + 1
    return items if len(items) == n and all(len(x) > len(head) for x in items) else []


QUOTED_HEADS_WINDOW = 240   # characters after a formulation read for quoted names of its items
QUOTED_HEADS_SENTENCES = 2  # ... at most up to the end of this many sentences


def _quoted_heads_after(text: str, end: int, head: str, n: int | None) -> list[str]:
    """The items of a formulation named soon after it in quotes, each ending in its head noun
    (“三大工程”…把甲作为“灵魂工程”，把乙作为“引领工程”，把丙作为“堡垒工程” -> 灵魂工程 …), when
    exactly as many are named there as it says; else []."""
    if not n or n < 2 or len(head) < 2:
        return []
    stop = min(len(text), end + QUOTED_HEADS_WINDOW)
    pos = end
    for _ in range(QUOTED_HEADS_SENTENCES):
        full = text.find("。", pos, stop)
        if full < 0:
            break
        pos = full + 1
    else:
        stop = pos   # (the window ends with the second sentence)
    items: list[str] = []
    for m in _QUOTED_ITEM.finditer(text, end, stop):
        name = m.group(1)
        if (name.endswith(head) and len(name) > len(head) and name not in items
                and name[0] not in NUMERAL_VALUE and not re.search("[，,、；;]", name)):
            items.append(name)   # (not the formulation again, “两个率先”, nor a motto of clauses)
    return items if len(items) == n else []


def _head_noun(phrase: str) -> str:
    """What a formulation counts, after its numeral and measure word (三大攻坚战 -> 攻坚战,
    四项创建 -> 创建, 三化 -> 化)."""
    return phrase[2:] if phrase[1:2] in _MEASURE else phrase[1:]


#: A guideline named by how many characters it has (十六字方针, 八字要诀): its words, quoted right
#: before or after it, are its items.
_CHAR_COUNTED = re.compile(r"""
    (?<![一二三四五六七八九十])                                # the whole numeral
    (?P<n> [二三四五六七八九]?十[二三四五六七八九]? | [四六八] )   # 八, 十二, 十六, 二十四 characters
    字 (?:工作)? (?:方针|要诀|诀|经|要求|原则|方略|总要求|文章)     # 字方针, 字诀, 字工作方针, 字文章
    """, re.VERBOSE)
#: The guideline's words in quotes before it (“甲，乙，丙，丁”的十六字方针) or after it
#: (十六字方针：“甲，乙…”, 十六字方针，即“…”).
_QUOTED_WORDS_BEFORE = re.compile(r"[“「『](?P<words>[^“”「」『』\n]{3,60})[”」』][的这之]?$")
_QUOTED_WORDS_AFTER = re.compile(r"[”」』]?\s?[：:，,（(]?\s?(?:即|就是)?\s?[“「『](?P<words>[^“”「」『』\n]{3,60})[”」』]")
_WORD_SPLIT = re.compile(r"[，,、；;\s]+")
QUOTED_WORDS_REACH = 66   # characters read before the name: the quoted words (60 at most), their quotes and 的


def _collect_char_counted(text: str, found: _Found) -> None:
    """Each 十六字方针 and its like, quoted or not, as a formulation (its words are read by
    :func:`_char_counted_items`)."""
    for m in _CHAR_COUNTED.finditer(text):
        found.add(text, m.span(), "formulation", False)


def _char_counted_items(text: str, s: int, e: int) -> list[str]:
    """The words of a guideline named by its count of characters, read from the quotes right before
    or after it, when their characters add up to that count (“积极稳妥，量力而行，提高质量，防范风险”
    的十六字方针 -> four items of four)."""
    m = _CHAR_COUNTED.search(text, s, e)
    if m is None:
        return []
    n = int(parse_number(m.group("n")))
    for q in (_QUOTED_WORDS_BEFORE.search(text, max(0, s - QUOTED_WORDS_REACH), s), _QUOTED_WORDS_AFTER.match(text, e)):
        words = [w for w in _WORD_SPLIT.split(q.group("words")) if w] if q else []
        if len(words) >= 2 and sum(len(_CJK.findall(w)) for w in words) == n:
            return words
    return []


def _pair_items(text: str, item: _Slogan) -> list[str]:
    """A quoted 双 phrase's two items listed right before it (市场规模、发展质量“双提升”), else []:
    a quoted slogan, not a numbered formulation, that still names two things."""
    for s, e in sorted(item.sites)[:MAX_EXPANSION_SITES]:
        if _PAIR.fullmatch(_display(text[s:e])) and (items := _list_before(text, s, 2)):
            return items
    return []


def _expansion(text: str, item: _Slogan) -> list[str]:
    if item.members:
        return list(item.members)
    if item.kind != "formulation":
        return _pair_items(text, item)
    out: list[str] = []
    sites = sorted(item.sites)[:MAX_EXPANSION_SITES]
    for s, e in sites:
        if (words := _char_counted_items(text, s, e)):
            return words
    for s, e in sites:
        phrase = _display(text[s:e])
        compound = _COMPOUND.fullmatch(phrase) is not None
        n = _numeral(phrase, compound)
        head = _head_noun(phrase)
        listed = text[s - 1:s] == "、" or text[e:e + 1] == "、"   # one of a list of formulations: what
        after = [] if listed else _expansion_at(text, e, n, head)   # follows the list is not its own
        here = [_cut_at_head(x, head) for x in after or _items_before(text, s, phrase, n, compound)]
        if n and len(here) == n and len(out) != n:
            out = []   # a site that spells out just as many items as it says outweighs the others
        elif n and len(out) == n:
            continue   # (四大基础 in a quoted list, then 甲、乙、丙、丁四大基础工程: the second's)
        for x in here:
            if x not in out:
                out.append(x)
    for s, e in sites if not out else ():   # nothing spelled out: items keyed by its character
        phrase = _display(text[s:e])
        n = _numeral(phrase, False)
        head = _head_noun(phrase)
        if out := (_keyed_items_after(text, e, phrase, n) or _compound_items_after(text, e, phrase)
                   or _headed_items_after(text, e, head, n)
                   or _each_headed_after(text, e, head, n) or _quoted_heads_after(text, e, head, n)
                   or _headed_paragraphs_after(text, e, head, n)):
            break
    return out


# ---------------------------------------------------------------- public API
def _check_text(text) -> None:
    if not isinstance(text, str):
        raise TypeError(f"expected a str, got {type(text).__name__}")


def extract_slogans(text: str, *, names: bool = False, extra: Iterable[str] = ()) -> pd.DataFrame:
    """One row per distinct slogan or formulation in ``text``.

    Parameters
    ----------
    text : the report, ideally normalised and simplified (``summarylab.analyze`` does that).
    names : also list quoted names of meetings, columns, websites (kind "name").
    extra : further numbered formulations to find without quotes (besides data/formulations.txt).

    Returns
    -------
    DataFrame, rows ordered by first occurrence, columns:
      slogan : the phrase without quotes, simplified (the most complete variant);
      kind : "formulation" (numbered), "quoted" (other quoted slogan), "principle"
        (an unquoted list before 方针/原则 that recurs) or "name" (with ``names=True``);
      expansion : list of the items the text gives for it ([] if none);
      count : occurrences (a quoted slogan counts its quoted occurrences; a formulation all);
      start, end : first occurrence, ``text[start:end]`` is the phrase as written;
      occurrences : list of (start, end) of every occurrence;
      variants : the surface forms seen (两率先, 两个率先, 三個代表 …).

    Example
    -------
    >>> extract_slogans("落实“首问责任制”，推行「一站式服务」。")["slogan"].tolist()
    ['首问责任制', '一站式服务']
    """
    _check_text(text)
    found = _Found()
    _collect_quoted(text, found, names)
    _collect_lexicon(text, found, tuple(sorted(set(extra))))
    _collect_rules(text, found)
    _collect_principles(text, found)
    _collect_char_counted(text, found)
    _collect_unquoted_repeats(text, found)
    rows = []
    for item in found.values():
        spans = sorted(item.sites)
        if item.kind in ("quoted", "name"):
            spans = [sp for sp in spans if item.sites[sp]]
        if not spans:
            continue
        canonical = max((_display(v) for v in item.surfaces), key=len)  # first of the longest
        rows.append({"slogan": canonical, "kind": item.kind, "expansion": _expansion(text, item),
                     "count": len(spans), "start": spans[0][0], "end": spans[0][1],
                     "occurrences": spans, "variants": list(item.surfaces)})
    rows.sort(key=lambda r: (r["start"], r["end"]))
    return records_frame(rows, SLOGAN_COLUMNS, _COUNT_DTYPES)


MAX_TITLE = 120  # characters of a title in 《》
_TITLE = re.compile(r"《(?P<title>[^《》\n]{1,%d})》" % MAX_TITLE)


def extract_citations(text: str) -> pd.DataFrame:
    """Document titles cited in 《》, one row per distinct title.

    Columns: title (simplified, without 《》), count, start, end (first occurrence,
    ``text[start:end]`` is the title as written), occurrences (list of (start, end)).

    >>> extract_citations("印发《政务公开手册》和《政务公开手册》")[["title", "count"]].values.tolist()
    [['政务公开手册', 2]]
    """
    _check_text(text)
    seen: dict[str, list[tuple[int, int]]] = {}
    for m in _TITLE.finditer(text):
        s, e = _trim(text, m.start("title"), m.end("title"))
        if e > s:
            seen.setdefault(_simplified("".join(text[s:e].split())), []).append((s, e))
    rows = [{"title": t, "count": len(sp), "start": sp[0][0], "end": sp[0][1], "occurrences": sp}
            for t, sp in seen.items()]
    return records_frame(rows, CITATION_COLUMNS, _COUNT_DTYPES)


def __getattr__(name: str):
    """``slogan_matrix`` and ``shared_formulations`` live in :mod:`summarylab.comparison`
    (they compare documents); importing them from here still works."""
    if name in ("slogan_matrix", "shared_formulations"):
        from . import comparison

        return getattr(comparison, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
