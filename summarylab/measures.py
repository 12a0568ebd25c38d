"""Numbered measures: a report's outline and its enumerations as a tree.

``extract_measures(text)`` finds the items of a report's outline -- headings
(一、 （一） 1、 1. （1） ①, decimal ones on a line of their own: 1.1 2.3, also as typed by
word processors: 一． ㈠ ⑴ 1） ⒈, and
headings whose ordinal a website stripped, which begin with a bare 、) and
enumerated items (第一， 其一， 首先/其次/最后, 一是/二是, 一要/二要, 一是要/二是要)
-- and returns them as a tree, one row per measure.

How it decides
--------------
* A marker counts only where an outline item can start: headings at a line
  start, after a sentence stop (。；：！？) or after whitespace inside a line (a
  report flattened onto one line); enumerations also after ， or 即.
* Sequences confirm: a heading at a line start stands on its own (an excerpt
  may hold only 一、), elsewhere its ordinals must run (（一）（二）…) or, for a
  lone first item, its style must run somewhere else in the document.
  A lone first heading inside a line heads a run of another style that follows it on
  that line (…。一、工作情况（一）甲。（二）乙。).
  Enumerations (一是, 第一，, 首先 …) always need a run: a lone 一是 is prose.
  首先/其次/再次/最后 and 第一/第二 make one list (首先…其次…第三; 第一、…第四、…
  最后，); 最后 far after a list, or mid-clause (…，最后彻底…), is prose.
  Old-style 一是…，一是… in one paragraph ("the one…, the other…") is a pair.
  Number lists are not markers: 一、二季度, 一是一、二是二, 1、2月, 58.4, 第一次;
  a list counts up, so 一、三年来 (a duration) and 第二、一定要 are headings.
* Depth is not fixed per style: a heading style keeps the depth at which it
  first appears in the document; an enumeration nests in the item it stands
  in; a list that restarts at 一 inside an item of the same list (二是要……
  一是要……二是要……) goes one level deeper, and so does a heading list that
  restarts at 一、 while a deeper item is open under an earlier 一、 list
  (一、… （一）… 一、… 二、…). Later ordinals continue the innermost open run
  they follow and laid out alike (三、 after the inner 二、), else an outer one
  (四、 after the outer 三、).  When an outer run awaits the same number, an
  enumeration nested in an item of its own list is over at a later paragraph or
  after a stronger stop than the one between its items (二是要…：一是要甲；二是要
  乙。三是要…: 三是要 is the sibling of the outer 二是要).  Where a site stripped
  the ordinals of two levels, bare 、 headings followed by nothing but another
  bare 、 heading (、主要工作\n、深化改革\n正文…) head sections one level above
  the rest, provided there are two such heads at least.
* Paragraphs bound enumerations: an enumeration in a later paragraph than the
  open enumerated item does not nest in it (…三是推进缓慢。\n下一步，首先…),
  unless that item stands alone on its line as a heading (第四、关于…\n). In
  one paragraph a list nests in the open item only after a sentence or colon
  of the item's own (二是要加大力度。具体来说，一是要…), not in a parallel
  clause (其次是乙；开拓市场，首先是丙…；学会本领，一是…). A heading in a
  later paragraph leaves the item too, unless the item begins its own
  paragraph (第一，… \n一、…). A
  paragraph ends at a line break or, in a report flattened onto one line, at a
  blank after a finished sentence.
* A heading marker glued to the text before it (…加速推进（一）重大工程。1、…), as in an
  outline run onto one line, counts where a marker of its style with the next or the
  previous ordinal stands on the same line (not 统一、 nor 第十条（一）项), or, as a first
  item, right after another heading's short title with no stop between
  (如下：一、完成情况（一）重点工程1、甲…2、乙…): a chain of lone first headings counts
  when it ends in a run.
* A letter-spaced heading (一、综 合 治 理, or two characters ending the line: 一、综 合, or
  spacing an encoder turned into ？？: 一、综？？合) keeps its spaced words in its title span;
  its title drops the spacing (综合治理, 综合).
* A heading repeated with the same title and the same following or
  preceding text (a site's teaser of the opening, perhaps cut off right after
  the heading) is counted once, at its later occurrence; a
  table of contents inside a line (报告分三个部分：一、…；二、…) whose headings
  recur at line starts is left out, and so is one whose entries end in page numbers
  (目录 1. 甲 2 2. 乙 10 3. 丙 16, or 甲……3): three such entries of one style with
  page numbers that never fall, or two right after 目录.

What it does not do
-------------------
It does not detect headings that carry no marker at all (bold lines whose
numbering was lost), does not read layout (fonts, indentation), and does not
decide what a measure is *about*.  Dash items (——) are left out unless
``dashes=True``.  Titles are cut at the first stop, semicolon or colon (for
headings also at whitespace), at most ``MAX_TITLE`` characters.

Example
-------
>>> df = extract_measures("一、主要做法\\n（一）加强领导。一是建立机制；二是明确责任。\\n二、下步打算")
>>> df[["depth", "marker", "title", "parent"]].values.tolist()
[[1, '一、', '主要做法', -1], [2, '（一）', '加强领导', 0], [3, '一是', '建立机制', 1], [3, '二是', '明确责任', 1], [1, '二、', '下步打算', -1]]
"""
from __future__ import annotations

import bisect
import functools
import html
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain

import pandas as pd

from ._table import columns_frame
from .numerals import AMOUNT_AFTER
from .titles import ends_like_a_title

__all__ = ["COLUMNS", "MAX_TITLE", "extract_measures", "render_tree", "measures_html"]

#: Columns of the table returned by :func:`extract_measures`, in order.
COLUMNS = ["depth", "marker", "style", "ordinal", "title", "parent", "start", "end",
           "title_start", "title_end", "body_start", "body_end"]
_INT_COLUMNS = {c: "int64" for c in COLUMNS if c not in ("marker", "style", "title")}
#: Longest title kept, in characters, when no stop comes sooner.
MAX_TITLE = 120
_MAX_DEPTH = 8      # deeper nesting is treated as a sibling: bounds the stack
_LOOKBACK = 40      # how far back over indentation to look for a line start

_CN = "一二三四五六七八九十"
# Capital (financial) numerals a formal outline may number its top level with (壹、前言 贰、…).
# Roman numerals (Ⅰ考察时间, Ⅱ 目的) number it alike, glued to the title or after a blank.
_UPPER = {c: i for i, cs in enumerate(["壹Ⅰ", "贰貳Ⅱ", "叁参參Ⅲ", "肆Ⅳ", "伍Ⅴ", "陆陸Ⅵ", "柒Ⅶ", "捌Ⅷ", "玖Ⅸ", "拾Ⅹ"], 1)
          for c in cs}
_ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ"
_UPPER_CHARS = "".join(_UPPER)
_CN_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")}
_CN_DIGIT["〇"] = _CN_DIGIT["○"] = 0
_SPACE = " \t\u3000\u00a0"
_STOPS = "。；;！!？?：:"
_COMMAS = "，,"
_BLANK = _SPACE + "\n\r"
_TRIM = _SPACE + "，,、"
_PUNCT = set("，,、。；;：:！!？?）)】」』”’…—-·") | set(_SPACE) | {"\n", "\r"}

# What \s matches, spelled out: a class of ranges is searched faster than the category.
_WHITESPACE = r"\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# What may stand just before a marker, besides a line start.
_MARKER_CONTEXT = rf"{_WHITESPACE}。；;！!？?：:，,即"
# The characters a marker begins with: the first character of each alternative of _MARKER
# below (keep the two in step).
_MARKER_FIRST = rf"（(〔㈠-㈩⑴-⒇⒈-⒛①-⑳0-9０-９{_CN}{_UPPER_CHARS}第其首再最、—－\-_＿"
# One pass over the text.  Every alternative is a bounded literal run, so the
# scan is linear; the one-character look-behind keeps mid-word hits out.
_NOT_GLUED_CN = "年是要个些般直切定样起同旦致律共再次则时"   # 一年, 一是, 一直 …: no heading's ordinal glued on
_NOT_GLUED_DIGIT = "年月日号个名家项万亿元次件人户台辆吨米届期批位所座条倍"   # 1月, 5个 …: nor here
_MARKER = re.compile(
    rf"""
    (?: ^ | (?<=[{_MARKER_CONTEXT}]) | (?<=指出|要求|强调|提出)
      | (?<=[%％\u4e00-\u9fff][.．]) )            # (a point typed for 。 after a word or %: …21.8%.二、)
                                                  # a line start, a space, stop or
                                                  # comma, or a verb that opens a list (指出一要…)
    (?:
        (?P<cn_paren> [（(〔] [ \t]? (?P<o1> [{_CN}]{{1,3}} ) [ \t]? [)）〕] (?!型) 、? | [㈠-㈩] )   # （一） ㈠ 〔一〕 ( 七 ) （一）、 (not
                                                  # 小（二）型水库: a reservoir's class)
      | (?P<num_paren> (?P<np> [（(] [ \t]? )? (?P<o2> [1-9１-９][0-9０-９]? ) (?(np) [ \t]? ) [)）] (?(np) (?:、(?![〔《\[]))? ) | [⑴-⒇] 、? )   # (1) 1） ⑴ ( 1 ) (2)、 ⑴、
                                                  # (not (1)、《某书》: a reference)
                                                  # (not (05): a paper's number)
      | (?P<cn_dun> (?P<o3> [{_CN}]{{1,3}} ) (?: 、 | [.．](?![0-9０-９]) | (?<=^[{_CN}])∶   # 一、 二. 一∶ (a ratio sign, a line's start)
                  | (?<=^[{_CN}]) [ \t] 、                                 # 一 、前言: a copy's blank before 、
                  | (?<=^[{_CN}]) [,，] (?![{_CN}〇零]) (?=[\u4e00-\u9fff])   # 一，上半年形势: a comma typed for 、 at a
                                                  # line's start (its neighbours alike; not 一，二，三)
                  | (?: (?<=[。：；！？\n]\n[{_CN}]) | (?<=\A[{_CN}]) ) 。                    # 一。 (a full stop typed for 、,
                                                                                          # after a finished line: not 统|一。 wrapped)
                  | (?<=^[{_CN}]) [ \t\u3000] [.．] (?=[ \t\u3000]?[\u4e00-\u9fff])   # 一 . 某某: a spaced point
                  | (?<=^[{_CN}]) [ \t\u3000] (?![〇零一二三四五六七八九十年是]) (?=[\u4e00-\u9fff])   # 一 综合: a
                                                  # heading whose 、 was lost (一 综合, 一 认真开展…；not 二 零二三年)
                  | (?<=^[{_CN}]) (?![〇零{_CN}{_NOT_GLUED_CN}])
                    (?=[\u4e00-\u9fff]) ) )       # 二村庄道路建设: glued to its title (its neighbours alike)
      | (?P<upper_dun> (?P<o9> [{_UPPER_CHARS}] ) (?: 、                  # 壹、 贰、
                  | (?<=^[{_UPPER_CHARS}]) [ \t\u3000] [.．] (?=[ \t\u3000]?[\u4e00-\u9fff])      # 壹 . 背景 (a spaced point)
                  | (?<=^[{_ROMAN}]) [.．]? [ \t\u3000]? (?=[\u4e00-\u9fff]) (?![类類级級型期度号號区區]) ) )   # Ⅰ考察时间, Ⅱ. 目的
                                                  # (not Ⅰ类水质, Ⅱ级响应: a class or a grade)
      | (?P<di_part> 第 (?P<o10> [{_CN}]{{1,3}} ) (?: 部分 | 章 ) (?![的之中里所以和与及]) )   # 第一部分 第二章
      | (?P<num_dun> (?P<o4> [1-9１-９][0-9０-９]? ) (?: 、 | (?<=^[1-9]) [ \t] 、 ) )   # 1、 (1 、思想上重视: a
                                                  # copy's blank before 、 at a line's start)
      | (?P<num_dec3> [1-9１-９][0-9０-９]? [.．] [1-9１-９][0-9０-９]? [.．] (?P<o12> [1-9１-９][0-9０-９]? )   # 1.1.1 背景:
                     (?! [0-9０-９.．] ) (?= [ \t\u3000]? [\u4e00-\u9fff] ) )   # a decimal heading's third level
      | (?P<num_dec> [1-9１-９][0-9０-９]? [.．] (?P<o11> [1-9１-９][0-9０-９]? )   # 1.1 政策背景: a
                     (?! [0-9０-９.．] ) (?= [ \t\u3000]? [\u4e00-\u9fff] )       # decimal heading, a line
                     (?! [ \t\u3000]? (?: {AMOUNT_AFTER} ) (?<![项項](?=目))(?<!人(?=[力才文工口员居員]))
                         (?<!公(?![里斤顷頃分吨噸尺升亩畝])) ) )   # of its own
                                                  # (not 1.5亿元; 1.1项目背景, 6.1人力资源, 5.3公众参与: a word, no count)
      | (?P<num_dot> (?P<o5> [1-9１-９][0-9０-９]? ) (?:(?<=^[1-9])[ \t])? [.．]
                     (?: (?![0-9０-９]) | (?<=^[1-9１-９][.．]) (?=[0-9]{{1,2}}月(?:[0-9]{{1,2}}[日号]|份|底|初|[上中下]旬|[-—至])|(?:19|20)[0-9]{{2}}年) )   # 1. ⒈ 1 .;
                                                  # 1.4月20日，…, 2.3月份, 1.2022年春节: a date opens the item
                                                  # (not 1.5, nor 24. 3 亿元:
                     (?! [ \t][0-9]{{1,3}} [ \t]? (?:%|％|亿|万|元|个百分点|倍) )   # a decimal with a blank in it)
        | [⒈-⒛] )
      | (?P<num_pad> 0 (?P<o14> [1-9] ) (?= [ \t\u3000]{{1,2}} [\u4e00-\u9fff] ) )   # 01 健全机制: a section's
                                                  # number padded with a zero, its next one on a later line
      | (?P<num_bare> (?P<o13> [1-9][0-9]? ) (?: [ \t\u3000]{{1,2}} | (?![{_NOT_GLUED_DIGIT}]) )
                     (?= [\u4e00-\u9fff] ) )     # 1 总体要求, 1资料与方法: a decimal outline's top level,
                                                  # its number alone (its 1.1 below it; not 1月…, 5个…)
      | (?P<circled> [①-⑳] )                                            # ①
      | (?P<di_x> [第其] (?P<o6> [{_CN}]{{1,3}} ) (?: 是 | [，,、：:] ) )   # 第一， 其二是
      | (?P<yishi> (?P<o7> [{_CN}]{{1,3}} ) [ \t]? 是 [，,：:]? )        # 一是， (一 是: a copy's blank inside)
      | (?P<yiyao> (?P<o8> [{_CN}]{{1,3}} ) (?=要) )                     # 一要…
      | (?P<shouxian> (?P<sx> 首先|其次|再次|最后|最後 ) 是? [，,：:]? )   # 首先， 其次是
      | (?P<stripped> [_＿]? 、 )                                       # a marker whose number was lost (_、: to a blank)
      | (?P<dash> —— | －－ | -- )                                       # —— as a bullet
    )
    """,
    re.MULTILINE | re.VERBOSE,
)
# Where _MARKER can match (the place after a context character before a first character):
# far faster to search for than _MARKER itself, whose look-behind comes first (see _markers).
_MARKER_SITE = re.compile(rf"(?:[{_MARKER_CONTEXT}]|指出|要求|强调|提出|(?<=[%％\u4e00-\u9fff])[.．])(?=[{_MARKER_FIRST}])")
_STYLES = ("cn_paren", "num_paren", "cn_dun", "upper_dun", "di_part", "num_dun", "num_dec3", "num_dec", "num_dot", "num_pad", "num_bare",
           "circled", "di_x",
           "yishi", "yiyao", "shouxian", "stripped", "dash")
_ORD_GROUP = {"cn_paren": "o1", "num_paren": "o2", "cn_dun": "o3", "num_dun": "o4",
              "num_dot": "o5", "di_x": "o6", "yishi": "o7", "yiyao": "o8", "upper_dun": "o9",
              "di_part": "o10", "num_dec": "o11", "num_dec3": "o12", "num_bare": "o13", "num_pad": "o14"}
_ENUM = {"di_x", "yishi", "yishiyao", "yiyao", "shouxian"}
#: The usual order of heading markers, outermost first (for a page cut inside its outline).
_CONVENTION = {"di_part": 0, "upper_dun": 1, "num_pad": 1, "cn_dun": 2, "cn_paren": 3, "num_dun": 4, "num_dot": 4, "num_bare": 4,
               "num_dec": 5, "num_paren": 5, "circled": 6, "num_dec3": 6}
_NO_ORDINAL = {"stripped", "dash"}
_FAMILY = {"yishiyao": "yishi", "shouxian": "di_x"}
# Styles a list may switch between halfway (1.… 2、… 3、…; 一要… 三要… 四是要…): the next number in the
# other continues it.
_TWINS = {"num_dun": "num_dot", "num_dot": "num_dun", "yiyao": "yishiyao", "yishiyao": "yiyao"}
# Contexts each style may start in (see _context).
_HEADING_CTX = {"line", "space", "stop"}
_ENUM_CTX = {"line", "space", "stop", "comma", "ji"}
_ALLOWED = {s: _HEADING_CTX for s in _STYLES}
_ALLOWED.update({s: _ENUM_CTX for s in _ENUM})
for _s in ("cn_paren", "cn_dun", "num_dun", "num_dot"):
    _ALLOWED[_s] = _HEADING_CTX | {"glued"}   # only from _glued(): confirmed on their line
_ALLOWED.update(circled=_HEADING_CTX | {"comma"}, num_paren=_HEADING_CTX | {"comma"},
                stripped={"line", "space"}, dash={"line", "space"}, di_part={"line"},   # 第一部分: on its line
                num_dec={"line"}, num_dec3={"line"}, num_bare={"line"}, num_pad={"line"})                 # 1.1 …: on its line
_SHOUXIAN_ORD = {"首先": 1, "其次": 2, "再次": 3, "最后": 0, "最後": 0}  # 0: closes a run
_FINALLY_REACH = 3  # paragraphs: 最后 this far after a run's last item no longer closes it
_TITLE_END = re.compile(r"[。；;！!？?：:\n\r]")
#: After a heading's colon, a short phrase with no figure and no stop, then the line's end: the
#: phrase is the title's ((一)日本：回收体系完善; not 1、归集方面：上半年新增缴存单位120个。).
_NAMED_AFTER_COLON = re.compile(r"""
    [^\n\r。；;！!？?：:0-9０-９，,]{2,20}                    # a short phrase, no figure, no stop
    (?<![的了和与及在对把将被从为等并或要])                      # not broken off (…踏查了年初拨除的⏎)
    (?<!加强|开展|推进|落实|建立|加大|实施|组织|做好)          # nor a verb waiting for its object (学校加强⏎)
    (?=[ \t]*\r?\n)                                        # then the line's end (not the text's: cut off)
    """, re.VERBOSE)
def _word_broken(text: str, i: int) -> bool:
    """The line ending at ``i`` breaks a word the next line finishes (…和政策引⏎导，…): wrapped prose."""
    from .segmentation import two_character_words   # (jieba's dictionary: loaded only for such a heading)

    j = _skip_ahead(text, i, min(len(text), i + 8), _BLANK)
    return i > 0 and j < len(text) and text[i - 1] + text[j] in two_character_words()


# Headings also end at a blank between words (a report flattened onto one line),
# but not at one beside a digit or Latin letter (1 9 9 8 年, 关于 WTO).
_TITLE_END_HEADING = re.compile(
    r"[。；;！!？?：:\n\r]|(?<![0-9A-Za-z０-９\s])[ \t\u3000\u00a0](?![0-9A-Za-z０-９])")
# A letter-spaced heading (综 合 治 理 / 工 作 总 结): single characters parted by single blanks;
# two of them only where the line ends (一、综 合) or the body follows after a blank (一、综 合 经济…).
_LETTER_SPACED = re.compile(r"""
    [\u3400-\u9fff][ \u3000\u00a0][\u3400-\u9fff]             # two before a blank and the body's
      (?=[ \u3000\u00a0][\u3400-\u9fff]{2})                    # first word: 一、综 合 经济总量…
    | (?:[\u3400-\u9fff][ \u3000\u00a0]){2,}[\u3400-\u9fff]      # three or more: 综 合 治 理
    | [\u3400-\u9fff][ \u3000\u00a0][\u3400-\u9fff]             # two ...
      (?=[ \t\u3000\u00a0]*(?:[\n\r]|$))                       # ... only where the line ends
    | [\u3400-\u9fff](?:[?？]{2,3}[\u3400-\u9fff])+               # spacing an encoder lost: 综？？合
      (?![\u3400-\u9fff])
    | [\u3400-\u9fff][?？](?=[\u3400-\u9fff]{2})                 # one character lost after the first
                                                               # (（一）总?体情况: no one-character question)
    """, re.VERBOSE)
_SPACING = re.compile(r"(?<=[\u3400-\u9fff])(?:[ \u3000\u00a0]|[?？]{1,3})(?=[\u3400-\u9fff])")
# A heading marker glued to the text before it, in an outline run onto one line
# (…推进（一）重大工程。1、…（二）基层设施): same groups as _MARKER's heading styles.
_GLUED = re.compile(rf"""
    (?<=[\u3400-\u9fff）)”])                                  # right after a character or closer
    (?:
        (?P<cn_paren> [（(〔] (?P<o1> [{_CN}]{{1,3}} ) [)）〕] (?!型) )   # （一） 〔一〕 (not 小（一）型)
      | (?P<cn_dun> (?P<o3> [{_CN}]{{1,3}} ) 、 )                 # 二、
      | (?P<num_dun> (?P<o4> [0-9０-９]{{1,2}} ) 、 )             # 1、
      | (?P<num_dot> (?P<o5> [0-9０-９]{{1,2}} ) [.．](?![0-9０-９]) )   # 1. (not 1.5)
    )""", re.VERBOSE)
# A heading a glued first marker may follow in a chain (一、甲（一）乙1、丙…): its marker
# and a title of at most _CHAIN_TITLE characters, with the glued marker at the end.
_CHAIN_TITLE = 30
_GLUED_ENUM = re.compile(r"""
    (?<=[\u3400-\u9fff”」』])                      # right after a word: …谋开展|一是, …“两项待遇”|一是
    (?: (?P<yishi> (?P<o7>一) 是 [，,：:]? )         # 一是
      | (?P<yiyao> (?P<o8>一) (?=要) ) )             # or 一要 (各单位|一要…, with 二要 after it)
    """, re.VERBOSE)
# A heading and its short title right before a glued 一是 (一、苦练内功，夯实龙头谋开展|一是…)
# (a bracketed heading may itself be glued: …完成情况（一）社会救助实现新突破|一是…)
_HEAD_BEFORE = re.compile(rf"(?:(?:^|(?<=[\n。；！？：: \t\u3000]))[{_CN}]{{1,3}}、|[（(][{_CN}]{{1,3}}[)）])[^。；！？\n]{{2,{_CHAIN_TITLE}}}$")
# A heading's title that is its whole line, with no mark and not ending in a number (五年政府工作回顾)
_HEADING_LINE = re.compile(r"[^\n。，,；;：:、！？!?]{4,30}(?<![0-9０-９])[ \t\u3000]*(?:\r?\n|$)")
_CHAIN_HEAD = re.compile(rf"""
    (?: [（(] [{_CN}]{{1,3}} [)）] | [{_CN}]{{1,3}} 、 )       # （一） or 一、 (any ordinal)
    (?= [^。；;！!？?：:\n\r（(]{{2,{_CHAIN_TITLE}}} $ )   # then only a short title to the end
    """, re.VERBOSE)
_PAIR_CTX = ("line", "stop", "space")   # where two lone first headings in a row stand
def _number_above(text: str, i: int) -> bool:
    """The last line with text before the line of ``i`` is only a number (a table's cell)."""
    j = text.rfind("\n", 0, i)
    above = text[max(0, j - 40):max(j, 0)].rstrip().rsplit("\n", 1)[-1]
    return j >= 0 and _BARE_NUMBER.fullmatch(above.strip()) is not None


_BARE_NUMBER = re.compile(r"[-+]?[0-9][0-9,.]*%?")   # a table's cell that is only a number
# A line that is only a number right after a line's title: the table's next cell
_CELL_BELOW = re.compile(rf"[ \t\u3000]*\n\s*{_BARE_NUMBER.pattern}[ \t]*(?:\n|$)")
_TABLE_ROW = re.compile(r"[ \t]*\|")   # a title that ends at a cell separator: a table's row
#: Three numbers or more after a title, parted by blanks, to the line's end (1.工资性收入 34640 5.2
#: 38796 4.0): a table's row whose name was numbered, not a heading.
_NUMBER_CELLS = re.compile(r"""
    (?: [ \t\u3000]+ [-+]?[0-9][0-9,.]*%? ){3,}    # blank, number; three times or more
    [ \t\u3000]* $                                   # to the title's end (the line's)
    """, re.VERBOSE)
_DOC_TITLE = 40   # a document title a glued first marker may follow at most this long
_PROSE_MARK = re.compile(r"[。；;！!？?：:，,\n\r]")   # ... and never holds one of these
# Three or more short items parted by 、 after a lone glued 一、: a list in a sentence, the 第 of
# 第一 stripped (落实安全一、常备不懈、以防为主的方针), not a heading
_LIST_AFTER = re.compile(r"(?:[^。，,；;：:！？\n（(、]{1,8}、){2}")
# A table-of-contents entry run inline: its words, then a page number after a blank or a
# dot leader, then a blank or the line's end (区卫生健康局工作总结 2 2.… / 工作总结……12).
_CONTENTS_ENTRY = re.compile(r"""
    [^\n\r。；;！!？?]{2,60}?                        # the entry's words
    (?: [ \t\u3000]+ | [.．…·]{2,} [ \t\u3000]* )   # a blank or a dot leader
    (?P<page> [0-9]{1,3} )                           # the page number
    (?= [ \t\u3000\n\r] | $ )                       # then a blank or the line's end
    """, re.VERBOSE)
_CONTENTS_WORD = re.compile(r"目\s*[录錄]|CONTENTS|Contents")
# Characters that make a word with the numeral after them (统一、 唯一、 之一、 十二、).
_GLUED_NOT_AFTER = set("统唯万之第初其周星单同专划不整逐合归如均始再有另每这那某各、") | set(_CN) | set("〇零两")
# Blanks after a finished sentence: in a report flattened onto one line, a new paragraph
# (…取得明显成效。 一是…).
_SENTENCE_GAP = re.compile(r"[。！？!?][ \t\u3000]+")
# Stops that part list items, weakest first (a nested list ends at a stronger one).
_RANK = {**dict.fromkeys("，,", 1), **dict.fromkeys("；;", 2), **dict.fromkeys("。！？!?", 3)}
_SENTENCE_END = re.compile(r"[。！？!?：:]")  # between two lists: the second is the item's own
_NUMERAL_AFTER = re.compile(rf"[{_CN}〇○零]+|[0-9０-９]+")
_DURATION_ENDS = ("年来", "年以来", "个月来")   # 三年来: how long, not a listed number
_COUNT_AFTER = "个项家所名人户座条万亿"   # measure words and multipliers after a count (9个村, 3万人)
_DAY_AFTER = re.compile(r"[0-9０-９]{1,2}[日号]")   # 4月|20日: a date, no list of months
_MONTH_PART = re.compile(r"[上中下]旬|底|初")   # 11月|中旬: a part of a month


@dataclass
class _Cand:
    start: int
    marker_end: int
    style: str
    ordinal: int          # 0 when the style carries none (stripped, dash, 最后)
    ctx: str
    line: int = 0         # line number, for "same paragraph" decisions
    title_start: int = 0
    title_end: int = 0
    layout: tuple = ()    # (marker alone on its line, title ends the line): a run shares it
    family: str = field(init=False)  # set from style below

    def __post_init__(self) -> None:
        # The list an item can continue: 一是要 runs on from 一是, and 首先/其次/最后
        # from 第一/第二 (首先…其次…第三 ; 第一、…第四、…最后，).
        self.family = _FAMILY.get(self.style, self.style)

    @property
    def enum(self) -> bool:
        return self.style in _ENUM

    @property
    def open_enum(self) -> bool:
        """An enumerated item inside prose, closed by a new paragraph or heading; one
        standing alone on its line (第一，大力发展农业\n) is a heading and stays open."""
        return self.enum and not (self.ctx == "line" and self.layout[1])


def _cn_ordinal(s: str) -> int | None:
    """一..九十九 as an int; None for strings that are not an ordinal (一二, 十十)."""
    if len(s) == 1:
        return 10 if s == "十" else _CN_DIGIT.get(s)
    tens, _, units = s.partition("十")
    if "十" not in s or "十" in units:
        return None
    t = 1 if tens == "" else _CN_DIGIT.get(tens) if len(tens) == 1 else None
    u = 0 if units == "" else _CN_DIGIT.get(units) if len(units) == 1 else None
    if not t or u is None:
        return None
    return t * 10 + u


def _glyph_ordinal(ch: str) -> int:
    """The ordinal a numbered glyph stands for: ①-⑳, ⑴-⒇ and ⒈-⒛ (three runs of 20
    in a row), ㈠-㈩."""
    return ord(ch) - ord("㈠") + 1 if ch >= "㈠" else (ord(ch) - ord("①")) % 20 + 1


def _skip_back(text: str, i: int, chars: str, lo: int) -> int:
    """Step back from ``i`` over ``chars``, not below ``lo``: where the run of them ends."""
    return lo + len(text[lo:i].rstrip(chars))


def _skip_ahead(text: str, i: int, hi: int, chars: str) -> int:
    """Step on from ``i`` over ``chars``, not beyond ``hi``: where the run of them ends."""
    return hi - len(text[i:hi].lstrip(chars))


def _context(text: str, i: int) -> str:
    """What precedes position ``i``: line, space, stop, comma or ji."""
    if i == 0:
        return "line"
    ch = text[i - 1]
    if ch in "\n\r":
        return "line"
    if ch.isspace():
        j = _skip_back(text, i - 1, _SPACE, max(0, i - _LOOKBACK))
        return "line" if j == 0 or text[j - 1] in "\n\r" else "space"
    if ch in _STOPS or ch in ".．" and i >= 2 and (text[i - 2] in "%％" or "\u4e00" <= text[i - 2] <= "\u9fff"):
        return "stop"   # (…21.8%.二、: a point typed for 。)
    if ch in _COMMAS:
        return "comma"
    return "ji"


def _number_list(text: str, i: int, style: str, ordinal: int) -> bool:
    """True where a marker is the head of a number list (一、二季度, 1、2月), not a year
    (一、2023年…, 一、2022 工作总结) nor a duration (一、一年来…, 一、三年来…)."""
    m = _NUMERAL_AFTER.match(text, i)
    if not m or text.startswith("十分", i):      # 一、十分重视: an adverb, not a number
        return False
    num = m.group()
    after = text[m.end():m.end() + 1]
    if after and after in "xX×*＊":               # 一、20xx年工作回顾: a placeholder year
        return False
    if style in ("yishi", "yishiyao"):          # 一是一、二是二 (but 一是2023年…)
        return num[0] in _CN and after in "、，,。；;"
    if text.startswith(_DURATION_ENDS, m.end()):
        return False
    if style.startswith("num") and num[0] in _CN:   # 3、五保供养…: a list keeps its kind of numeral
        return False
    if after == "年" and num[0] in _CN and text[m.end() + 1:m.end() + 2] not in ("级", "級", ""):
        return False   # 一、五年工作总结: a span of years (not 一、二年级: grades one and two)
    value = int(num) if num.isdigit() else _cn_ordinal(num)
    if value is not None and value <= ordinal:   # a list counts up: 一、二 but not 二、一
        return False
    if style.startswith("cn") and num.isdigit() and after and after in _COUNT_AFTER:
        return False   # 二、9个村…正常开放: a count opens the heading's title
    if style.startswith("cn") and num.isdigit() and (after == "成" or text.startswith("年代", m.end())):   # 二、4成…,
        return False   # 二、30年代的…: a share or a decade after a heading, no list (80、90年代 is one)
    if after == "月" and (_DAY_AFTER.match(text, m.end() + 1) or style == "num_dot"   # 1.4月20日，…, 2.3月份:
                          or _MONTH_PART.match(text, m.end() + 1) and value is not None and value >= 10):
        return False   # a date opens the item (a list of months is written 1、2月; 1、11月中旬完成…: a
        # month after its part, two months apart by more than a list of two would be)
    if value is not None and value > 12 and after == "月":   # 一、16月 (1-6月, its dash lost): no month
        return False                                        # 16, so a heading's title, not a list
    year = len(num) == 4 and num.isdigit() and 1900 <= int(num) <= 2099 and after in " \u3000"
    return not (len(num) == 4 and after == "年" or year)   # 一、2022 工作总结: a year spaced from its words


def _title_span(text: str, start: int, heading: bool) -> tuple[int, int]:
    """Span of the title that starts at ``start`` (after leading blanks)."""
    n = len(text)
    start = _skip_ahead(text, start, min(n, start + MAX_TITLE), _BLANK)
    if text[start:start + 1] in ("|", "｜"):   # (一) | 宽减…: the marker in a table's first cell
        start = _skip_ahead(text, start + 1, min(n, start + MAX_TITLE), _SPACE)
    limit = min(n, start + MAX_TITLE)
    m = (_TITLE_END_HEADING if heading else _TITLE_END).search(text, start, limit)
    if heading and m and m.group() in _SPACE + "?？" and (sp := _LETTER_SPACED.match(text, start)):
        m = _TITLE_END_HEADING.search(text, sp.end(), limit)   # 综 合 治 理: the blanks are spacing
    end = m.start() if m else limit
    if (heading and m and m.group() in "：:" and (rest := _NAMED_AFTER_COLON.match(text, m.end())) is not None
            and not _word_broken(text, rest.end())):
        end = rest.end()   # （一）日本：回收体系完善⏎: a place and what it shows, the heading's whole line
    if not m and limit < n:                      # overlong: cut at the last comma
        cut = max(text.rfind("，", start, end), text.rfind(",", start, end))
        end = cut if cut > start + 4 else end
    return start, _skip_back(text, end, _TRIM, start)


# The time words a flattened bulletin's section opens its body with (一、劳动就业|年末全市…)
_BODY_TIME = re.compile(r"年末|年底|全年|今年|截至|截止|上半年|前三季度|初步核算|据初步")
_DIGIT = re.compile(r"[0-9０-９]")
#: A summary's word ending a heading's title, then the opening of its body, no mark between.
_GLUED_OPENER = re.compile(r"""
    (?<= 回顾|回顧|情况|情況|成绩|成績|成效|做法|体会|體會|问题|問題|打算|思路|措施|经验|經驗|不足
       | 前言|引言|概述|概况|概況|现状|現狀|优势|優勢 )                                        # the title's last word
    (?= 在过去|在過去|在这[一半]|在這[一半]|今年以来|今年以來|一年来|一年來|半年来|半年來|近年来|近年來   # the body's
      | 过去的[一半]|過去的[一半]|一年以来|一年以來
      | [为為爲]了|[为為爲]进一步|[为為爲]進一步|[为為爲]切实|[为為爲]切實|根据|根據|按照                                # first words
      | (?:19|20)[0-9]{2}年(?!度) | [xX×]{2,3}[县縣市区區镇鎮乡鄉] )                         # (…概况1999年, …优势xx县是)
    """, re.VERBOSE)
BARE_REACH = 300   # 1 总体要求: its 1.1 heading is at most this far below
PAD_REACH = 3000   # 01 某某: its neighbour 02 is at most this far away
_BARE_HEADING = re.compile(r"[^\n。，,；;：:、！？!?]{2,30}(?<![0-9０-９])[ \t\u3000]*(?:\r?\n|$)")   # 2 结果: a
# short line (its 2.1 below it vouches for it)
_FIRST_DECIMAL = re.compile(r"\n[ \t\u3000]*([1-9][0-9]?)[.．]1(?![0-9])")   # a line opening 3.1: under 3
#: … or one with a comma in it, over its 1.1 (1 开拓进取，取得很好成绩 / 1.1 …)
_BARE_TITLE_COMMA = re.compile(r"[^\n。；;：:、！？!?]{2,40}(?<![0-9０-９])[ \t\u3000]*(?:\r?\n|$)")


def _bare_sibling(text: str, start: int, ordinal: int) -> bool:
    r"""A line numbered one more or one less than the bare heading at ``start`` (1 概述 / … / 2 现状),
    alone on its line with a short title like it, within PAD_REACH: the two vouch for each other.

    >>> t = "1 备案现状\n全县备案企业12家。\n2 存在问题\n备案不及时。"
    >>> _bare_sibling(t, 0, 1), _bare_sibling("1 备案现状\n全县企业12家。", 0, 1)
    (True, False)
    """
    lo, hi = max(0, start - PAD_REACH), start + PAD_REACH
    return any(n >= 1 and re.compile(_BARE_LINE.format(n=n), re.VERBOSE).search(text, lo, hi) is not None
               for n in (ordinal + 1, ordinal - 1))


_BARE_LINE = r"""
    (?:^|\n) [ \t\u3000]* {n} [ \t\u3000]{{1,2}}   # a line opening with the number and a blank
    [\u4e00-\u9fff] [^\n。；;：:、！？!?]{{1,39}}      # a short title, no sentence's mark
    [ \t\u3000]* (?:\r?\n|$)                        # alone on its line
    """
_PADDED = re.compile(r"\n[ \t\u3000]*0([1-9])[ \t\u3000]+[\u4e00-\u9fff]")   # a line opening 02 某某
_SHI_AFTER = re.compile(r"是(?![非否不的])[\u4e00-\u9fff]")   # 一、是搞好…: 一是 typed with a 、 (not 一、是非…)
_DASHED_NUMBER = re.compile(r"-{2,6}(?=年|届)")   # 一、----年上半年工作: a title whose year a template dashed out


def _before_glued_body(text: str, start: int, end: int) -> int:
    """Where a heading's title ends when the body runs on without a mark (一、劳动就业年末全市
    就业人员1644万人，… -> 劳动就业): at a time word that opens the body, when a figure follows
    it before the title's end (a title names a topic, the body reports the figures); or where
    a title ending in a summary's word (回顾, 情况, 做法 …) meets the opening of its body
    ((一)、过去半年工作的回顾在过去的半年中，… -> 过去半年工作的回顾)."""
    if (glued := _GLUED_OPENER.search(text, start + 2, end)) is not None:
        return glued.start()
    d = _DIGIT.search(text, start, end)
    if d is None or text[start:start + 1] in "我本":   # 我局全年…: a sentence, its subject first
        return end
    m = _BODY_TIME.search(text, start + 2, d.start())
    return m.start() if m else end



def _last_nonblank(text: str, i: int) -> int:
    """Where the blanks just before ``i`` begin (at most _LOOKBACK back): ``text[j - 1]`` is
    the last character before them, if ``j`` > 0."""
    return _skip_back(text, i, _BLANK, max(0, i - _LOOKBACK))


def _after_sentence(text: str, i: int) -> bool:
    """True if the line at ``i`` follows a finished sentence or a heading line."""
    j = _last_nonblank(text, i)
    if j == 0 or text[j - 1] in _STOPS + "）)”":
        return True
    lo = max(0, j - MAX_TITLE)
    ls = text.rfind("\n", lo, j) + 1
    if ls == 0 and lo > 0:                       # a long line: not a heading
        return False
    return _MARKER.match(text, _skip_ahead(text, ls, j, _SPACE)) is not None


def _candidate(text: str, m: re.Match, dashes: bool) -> _Cand | None:
    style = m.lastgroup if m.lastgroup in _STYLES else next(s for s in _STYLES if m.group(s))
    if style == "dash" and not dashes:
        return None
    ctx = "glued" if m.re is _GLUED else _context(text, m.start())
    marker_end = m.end()
    if style == "yishi" and text.startswith("要", marker_end):
        style = "yishiyao"
    if ctx == "ji" and style in ("yishi", "yishiyao") and text.startswith("一", m.start()) and _ends_a_title(text, m.start()):
        ctx = "stop"   # 一、苦练内功，夯实龙头谋开展一是立足开展抓学习: the heading's title ends there
        # (关于某镇防汛工作情况汇报一是搞好工程检查: so does the document's)
    if style in ("yishiyao", "yiyao") and text[marker_end + 1:marker_end + 2] in ("\n", "\r"):
        marker_end += 1                          # "一要" alone on its line: 要 is the marker's
    if ctx not in _ALLOWED[style]:
        return None
    group = _ORD_GROUP.get("yishi" if style == "yishiyao" else style)
    raw = m.group(group) if group else None
    if raw:
        ordinal = _UPPER[raw] if raw in _UPPER else int(raw) if raw[0] not in _CN else _cn_ordinal(raw)
        if not ordinal:
            return None
    elif style in ("circled", "cn_paren", "num_paren", "num_dot"):   # ① ㈠ ⑴ ⒈: one glyph
        ordinal = _glyph_ordinal(m.group().rstrip("、"))   # (⑴、: the glyph, its 、 after)
    elif style == "shouxian":
        ordinal = _SHOUXIAN_ORD[m.group("sx")]
        if not ordinal and ctx == "comma" and m.end() - m.start() == 2 and not text.startswith("要", m.end()):
            return None                          # …斗争，最后彻底消灭…: "in the end", not an item
    else:
        ordinal = 0
    if style in ("num_dun", "num_dot") and _char_before(text, m.start()) in ("/", "／", "×", "÷"):
        return None                              # 全省的1/⏎6、全国的1/12: a number broken by a line
    if style == "cn_dun" and text[marker_end - 1:marker_end] in " \t\u3000":   # 一 综合 (its 、 lost)
        if ordinal == 1 and _SPACED_SECOND.search(text, marker_end) is None:
            return None                          # 一 图读懂…: a spaced line, no 二 after it
        marker_end -= 1                          # the blank is no part of the marker
    if style in ("cn_paren", "cn_dun") and text[marker_end:marker_end + 1] == "、":
        marker_end += 1                          # （一）、工业经济…, 一、、工作情况: a 、 doubled
    if style == "cn_dun" and _SHI_AFTER.match(text, marker_end):
        marker_end += 1                          # 一、是搞好市场调查: 一是 written with a 、
    if (style in ("cn_dun", "num_dun", "di_x", "yishi", "yishiyao") and _number_list(text, marker_end, style, ordinal)
            and not (ctx == "line" and _HEADING_LINE.match(text, marker_end))):
        return None                              # 一、二季度… (not 一、五年政府工作回顾 alone on its line)
    if style == "stripped" and ctx == "line" and not _after_sentence(text, m.start()):
        return None                              # 印度\n、缅甸: a broken line, not a heading
    if style == "stripped" and ctx != "line" and (prev := _char_before(text, m.start())) and (
            prev in "%％‰》" or prev.isdigit()):
        return None                              # 23.81% 、30-60：44.05%, 《甲法》 、《乙条例》: a list, no heading
    if style == "cn_dun" and m.end() - m.start() == 1 and not _glued_heading(text, m.start(), ordinal):
        return None                              # 三农工作…: a numeral glued at a line's start, alone
    if style == "cn_dun" and m.group()[-1:] in ",，" and not _comma_neighbour(text, m.start(), ordinal):
        return None                              # 一，…: a heading only beside 二，… (a comma typed for 、)
    if style == "num_bare" and not ((_BARE_HEADING.match(text, marker_end) or _BARE_TITLE_COMMA.match(text, marker_end))
                                    and any(int(d.group(1)) == ordinal
                                            for d in _FIRST_DECIMAL.finditer(text, marker_end, marker_end + BARE_REACH))
                                    or _BARE_HEADING.match(text, marker_end) and _bare_sibling(text, m.start(), ordinal)
                                    or _glued_heading(text, m.start(), ordinal)):
        return None                              # 1 总体要求 / 1.1 …: only over its first decimal heading, or
                                                 # beside 2 某某 on a line of its own
    if style == "num_bare":
        marker_end = m.start() + len(m.group("o13"))   # the blank is no part of the marker
    if style == "upper_dun":
        marker_end = m.start() + len(m.group().rstrip(_SPACE))   # Ⅱ 考察目的: nor here
    if style == "num_pad" and not any(abs(int(p.group(1)) - ordinal) == 1
                                      for p in _PADDED.finditer(text, max(0, m.start() - PAD_REACH), m.end() + PAD_REACH)):
        return None                              # 01 健全机制 … 02 …: only with a neighbour numbered alike
    if style == "cn_dun" and ctx == "line" and _char_before(text, m.start()) == "第":
        return None                              # “安全第\n一、常备不懈…”: 第一 broken by a line, no heading
    t0, t1 = _title_span(text, marker_end, heading=style not in _ENUM)
    if style in ("cn_dun", "cn_paren"):
        t1 = _before_glued_body(text, t0, t1)
    if t1 <= t0 or text[t0] in _PUNCT and not _DASHED_NUMBER.match(text, t0) or (t0 > marker_end and _MARKER.match(text, t0)):
        return None                              # "一、\n二、": no title, not the next heading's
    if (_TABLE_ROW.match(text, t1) or _CELL_BELOW.match(text, t1) and _number_above(text, m.start())
            or _NUMBER_CELLS.search(text, t0, t1)):
        return None                              # 一、食品烟酒 | 0.1 |: a table's row, not a heading;
        # 846531⏎一、本级收入⏎167500: a table flattened one cell to a line (not 一、工作回顾⏎70, a page's number)
    layout = (text[marker_end:marker_end + 1] in "\n\r", text[t1:t1 + 1] in ("", "\n", "\r"))
    return _Cand(m.start(), marker_end, style, ordinal, ctx, title_start=t0, title_end=t1,
                 layout=layout)


def _markers(text: str) -> Iterator[re.Match]:
    """The matches of _MARKER.finditer(text), found by trying _MARKER only at the text's
    start and at the places _MARKER_SITE finds: a match begins with a _MARKER_FIRST
    character after a context character or a line break (which is whitespace)."""
    end = 0
    for i in chain((0,), (s.end() for s in _MARKER_SITE.finditer(text))):
        m = _MARKER.match(text, i) if i >= end else None
        if m:
            yield m
            end = m.end()


def _paragraph_breaks(text: str, i: int, j: int) -> int:
    """How many paragraph breaks begin from ``i`` to ``j``: line breaks, and blanks after a
    finished sentence (see _SENTENCE_GAP).  ``i`` and ``j`` are marker starts, so no gap
    straddles them."""
    return text.count("\n", i, j) + len(_SENTENCE_GAP.findall(text, i, j))


def _glued(text: str) -> list[re.Match]:
    """Heading markers glued to the text before them (…推进（一）重大工程), kept only where
    a marker of the same style and the next or previous ordinal stands on the same line:
    an outline run onto one line, not 统一、 or 第十条（一）项."""
    found = [m for m in _GLUED.finditer(text) if text[m.start() - 1] not in _GLUED_NOT_AFTER]
    if not found:
        return []
    breaks = [i for i, ch in enumerate(text) if ch == "\n"]
    by_line: dict[tuple[int, str], set[int]] = {}
    keyed = []
    for m in chain(found, _markers(text)):
        style = m.lastgroup if m.lastgroup in _STYLES else next((s for s in _STYLES if m.group(s)), "")
        raw = m.group(_ORD_GROUP[style]) if style in ("cn_paren", "cn_dun", "num_dun", "num_dot") else None
        if not raw:
            continue
        ordinal = int(raw) if raw[0] not in _CN else (_cn_ordinal(raw) or 0)
        key = (bisect.bisect(breaks, m.start()), style)
        by_line.setdefault(key, set()).add(ordinal)
        keyed.append((m, key, ordinal))
    glued = {id(m) for m in found}
    return [m for m, key, o in keyed if id(m) in glued
            and ({o - 1, o + 1} & by_line[key]
                 or o == 1 and _under_a_heading(text, m.start()) and not _LIST_AFTER.match(text, m.end()))]


def _glued_firsts(text: str) -> list[re.Match]:
    """A 一是 glued to a heading's short title, with no stop between (一、苦练内功，夯实龙头
    谋开展一是立足开展抓学习): the title ends there (the caller reads it as after a stop); or
    glued to a subject with 二是 after it in the paragraph (某集团一是突出…；二是做强…); a 一要 glued
    to its subject with 二要 after it (各单位一要高度重视…，二要…)."""
    if "一是" not in text and "一要" not in text:
        return []
    return [m for m in _GLUED_ENUM.finditer(text)
            if m.group("yishi") and _ends_a_title(text, m.start())
            or text[m.start() - 1] not in _GLUED_NOT_AFTER
            and _SECOND_AFTER["是" if m.group("yishi") else "要"].match(text, m.end())]


#: 二是 (二要) after a clause's stop later in the same paragraph: a glued 一是 (一要) after a subject
#: (经营方面，某集团一是突出重点…；二是做强主业…; 会议强调，各单位一要…，二要…) opens a list.
_SECOND_AFTER = {word: re.compile(rf"[^\n]{{2,300}}?[；;，,。]二{word}") for word in "是要"}


def _ends_a_title(text: str, i: int) -> bool:
    """``i`` ends a heading's short title (一、苦练内功，夯实龙头谋开展|一是…) or, on its line
    alone, a document's title (关于某镇防汛工作情况汇报|一是…)."""
    return (_HEAD_BEFORE.search(text, max(0, i - _CHAIN_TITLE - 6), i) is not None
            or _after_doc_title(text, i) and ends_like_a_title(text[text.rfind("\n", 0, i) + 1:i]))


def _under_a_heading(text: str, i: int) -> bool:
    """A glued first marker right after a heading's short title (一、工作完成情况（一）重点
    工程…): the heading starts the line or follows a stop, and no stop comes between
    (_CHAIN_HEAD's title admits none); or right after a short line start with no stop, a
    document's title (县教育局2024年工作总结一、2024年工作回顾（一）…)."""
    head = _CHAIN_HEAD.search(text, max(0, i - _CHAIN_TITLE), i)
    if head and _context(text, head.start()) in ("line", "space", "stop"):
        return True
    return _after_doc_title(text, head.start() if head else i)


def _after_doc_title(text: str, i: int) -> bool:
    """Only a short title, with no stop or comma, from the line's start to ``i``
    (县教育局2024年工作总结, not 今年以来，我们…); a colon only between a title's two parts
    when it ends in a document's type (冷链发展：流通效率报告模板范文)."""
    start = text.rfind("\n", 0, i) + 1
    if not 4 <= i - start <= _DOC_TITLE:
        return False
    mark = _PROSE_MARK.search(text, start, i)
    if mark is not None and mark.group() in "：:" and _PROSE_MARK.search(text, mark.end(), i) is None:
        return mark.start() - start >= 4 and ends_like_a_title(text[mark.end():i])
    return mark is None


GLUED_TITLE = 30   # longest title of a heading whose ordinal is glued to it (一村容整治)


@functools.lru_cache(maxsize=64)
def _glued_line(numeral: str) -> re.Pattern:
    """A line opening with ``numeral`` glued to a short title, which ends the line or a sentence."""
    after = _NOT_GLUED_DIGIT if numeral.isdigit() else _NOT_GLUED_CN
    return re.compile(rf"""
        ^ [ \t\u3000]* {numeral}                         # the ordinal at a line's start,
        (?![0-9{_CN}〇零{after}]) (?=[\u4e00-\u9fff])     # glued to a word (not 一是, 1月, 12)
        [^\n。，,；;：:！？!?]{{2,{GLUED_TITLE}}}          # a short title
        (?: [。；;] | [ \t\u3000]*$ )                    # ending a sentence or the line
        """, re.MULTILINE | re.VERBOSE)


def _glued_heading(text: str, start: int, ordinal: int) -> bool:
    """Whether the line at ``start`` is a heading whose 、 was lost, its ordinal glued to its title
    (一村民住房整理 / 二村庄道路建设 / 三…, 1供热效率。…/ 2…): its title is short and a line numbered
    just before or after it, in the same style, is one too."""
    digits = text[start].isdigit()
    numeral = str(ordinal) if digits else _CN[ordinal - 1] if 1 <= ordinal <= len(_CN) else None
    if numeral is None or not _glued_line(numeral).match(text, start):
        return False
    for k in (ordinal - 1, ordinal + 1):
        if 1 <= k <= (99 if digits else 10):
            other = str(k) if digits else _CN[k - 1]
            if _glued_line(other).search(text, max(0, start - PAD_REACH), start + PAD_REACH):
                return True
    return False


def _comma_neighbour(text: str, start: int, ordinal: int) -> bool:
    r"""Whether a line numbered just before or after the line at ``start`` opens with its numeral and a
    comma too (一，上半年形势 / … / 二，所抓重点工作): headings whose 、 was typed as a comma.

    >>> _comma_neighbour("一，总体形势\n产销两旺。\n二，主要工作\n", 0, 1)
    True
    >>> _comma_neighbour("一，我们要坚持。\n产销两旺。\n", 0, 1)
    False
    """
    near = text[max(0, start - PAD_REACH):start + PAD_REACH]
    return any(re.search(rf"^[ \t\u3000]*{_CN[k - 1]}[,，](?=[\u4e00-\u9fff])", near, re.MULTILINE)
               for k in (ordinal - 1, ordinal + 1) if 1 <= k <= len(_CN))


_SPACED_SECOND = re.compile(r"^二[ \t\u3000](?=[\u4e00-\u9fff])", re.MULTILINE)   # 二 农业: the second
#: A note's line under a bulletin (注：1.本公报数据为初步统计数), or a note after the last sentence
#: on its line (…发放低保金4316万元。 注：(1)、本公报…): its numbered points are no measures.
_NOTE_LINE = re.compile(r"""
    (?: ^ | (?<=[。；;！!]) ) [ \t\u3000]*
    (?: (?:注|註|注释|註釋|附注|附註|备注|備註|说明|說明) [ \t]? [：:]       # 注：, 说明：
      | 【(?:注|註|注释|註釋|附注|附註|备注|備註|说明|說明)】 )            # 【说明】 over a bulletin's notes
    """, re.MULTILINE | re.VERBOSE)
_NOTE_ITEMS = ("num_dun", "num_dot", "num_paren", "circled")


def _candidates(text: str, dashes: bool) -> list[_Cand]:
    """Marker candidates in text order, each with the number of its paragraph; the numbered
    points of a note (注：1、…⏎2、…) left out."""
    notes = [m.start() for m in _NOTE_LINE.finditer(text)]
    out, line, seen = [], 0, 0
    glued = _glued(text) + _glued_firsts(text)
    matches = sorted(chain(_markers(text), glued), key=lambda m: m.start()) if glued else _markers(text)
    for m in matches:
        c = _candidate(text, m, dashes)
        if c is not None and notes and c.style in _NOTE_ITEMS and _in_note(text, notes, c.start):
            continue
        if c is not None:
            line += _paragraph_breaks(text, seen, c.start)
            seen = c.start
            c.line = line
            out.append(c)
    _mixed_marks(out)
    return out


def _mixed_marks(cands: list[_Cand]) -> None:
    """An item whose number follows the previous item's in its twin mark (_TWINS), its own mark
    having no item before that number (…。1.甲。…。2、乙…, 一要…三要…四是要…): the same list, read in
    the first mark, so that its run counts it (the tree joins such twins too, once both are kept)."""
    last: _Cand | None = None
    seen: dict[str, set[int]] = {s: set() for s in _TWINS}
    for c in cands:
        if c.style not in _TWINS:
            continue
        if (last is not None and _TWINS[c.style] == last.style and c.ordinal == last.ordinal + 1 >= 2
                and c.ordinal - 1 not in seen[c.style]):
            c.style = c.family = last.style
        seen[c.style].add(c.ordinal)
        last = c


def _in_note(text: str, notes: list[int], i: int) -> bool:
    """``i`` is in a note's points: on a note's line, or after a note that opens a list (注：1、…,
    注： alone) with only its numbered lines between (注：1、…⏎2、…⏎3、…), no blank line."""
    k = bisect.bisect_right(notes, i) - 1
    if k < 0:
        return False
    before = text[notes[k]:i].split("\n")
    if len(before) > 1 and not _NOTE_LIST.search(before[0]):
        return False   # 注：共调查246人。⏎（5）加强…: a note of one sentence, the text's items go on
    return all(not l.strip() or _NOTE_POINT.match(l) for l in before[1:-1])   # only its points between


_NOTE_LIST = re.compile(r"[：:】][ \t]*(?:[0-9０-９]{1,2}[、.．)）]|[（(][0-9０-９]{1,2}[)）]|[①-⑳]|$)")   # 注：1、… / 注： / 【说明】
_NOTE_POINT = re.compile(r"[ \t\u3000]*(?:[0-9０-９]{1,2}[、.．)）]|[（(][0-9０-９]{1,2}[)）]|[①-⑳])")


def _near(text: str, i: int, j: int) -> str:
    """Text from ``i`` to ``j`` without blanks: a teaser's line breaks became spaces."""
    return "".join(text[max(0, i):j].split())


def _drop_teasers(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Keep only the last of headings repeated with the same title and the same following
    or preceding text (a teaser cut off after the heading: …如下。 一、成效 （……), and drop a
    heading inside a line (报告分三个部分：一、…；二、…) whose marker and title recur later at
    a line start: a table of contents, not the outline itself."""
    def key(c: _Cand) -> tuple[str, str]:
        return text[c.start:c.marker_end], text[c.title_start:c.title_end]

    heads = [(i, c) for i, c in enumerate(cands) if not c.enum]
    after = {key(c) + (text[c.title_end:c.title_end + 20],): i for i, c in heads}
    before = {key(c) + (_near(text, c.start - 20, c.start),): i for i, c in heads}
    last = set(after.values()) & set(before.values())
    at_line = {key(c): i for i, c in heads if c.ctx == "line"}
    keep = {i for i in last if cands[i].ctx == "line" or at_line.get(key(cands[i]), -1) < i}
    return [c for i, c in enumerate(cands) if c.enum or i in keep]


def _page_number(text: str, c: _Cand, end: int) -> int | None:
    """The page number a table-of-contents entry ends in (1. 工作总结和工作计划 2 2.…, or
    after a dot leader: 工作总结……12), looked for from ``c``'s title to ``end``; None if none."""
    m = _CONTENTS_ENTRY.match(text, c.title_start, min(end, c.title_start + MAX_TITLE))
    return int(m.group("page")) if m else None


def _drop_contents(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Drop a table of contents run inline (目录 1. 甲 2 2. 乙 10 3. 丙 16 正文…): consecutive
    headings of one style whose titles end in page numbers that never decrease, three of
    them at least, or two right after 目录."""
    pages = [None if c.enum else _page_number(text, c, nxt.start if nxt else len(text))
             for c, nxt in zip(cands, cands[1:] + [None])]
    drop: set[int] = set()
    i = 0
    while i < len(cands):
        j = i
        while (j < len(cands) and pages[j] is not None and cands[j].style == cands[i].style
               and (j == i or pages[j] >= pages[j - 1])):
            j += 1
        named = _CONTENTS_WORD.search(text, max(0, cands[i].start - 12), cands[i].start)
        if j - i >= 3 or j - i == 2 and named:
            drop.update(range(i, j))
        i = max(j, i + 1)
    return [c for k, c in enumerate(cands) if k not in drop] if drop else cands


@dataclass
class _Run:
    """An ordinal run (一、二、三 …) as it is collected."""
    style: str            # style of its first item
    last_line: int        # paragraph of its last item
    size: int = 1


def _pick(waiting: list[_Run], style: str) -> int:
    """Which of the runs awaiting an item's ordinal it continues: the newest begun in the
    item's own style (第一，…首先是…第二，: 第二 continues 第一), else the newest."""
    return next((k for k in range(len(waiting) - 1, -1, -1) if waiting[k].style == style), -1)


def _continues(run: _Run, c: _Cand) -> bool:
    """Does ``c`` continue ``run``, which awaits its ordinal?  An item 1 starts a run of its
    own; 最后 (ordinal 0) closes a run of two or more within _FINALLY_REACH paragraphs of
    its last item (after a lone 首先, or far after, it is prose)."""
    if c.ordinal == 1:
        return False
    return c.ordinal > 0 or (run.size >= 2 and c.line - run.last_line <= _FINALLY_REACH)


class _RunBook:
    """The runs met so far, filed by the ordinal each awaits next."""

    def __init__(self) -> None:
        self.waiting: dict[tuple[str, int], list[_Run]] = {}   # (family, next ordinal) -> runs
        self.latest: dict[str, tuple[str, int]] = {}           # family -> key of its newest run

    def add(self, c: _Cand) -> _Run:
        """The run ``c`` joins, a new one if it continues none; the run then awaits the
        ordinal after ``c``'s (最后 closes it)."""
        key = (c.family, c.ordinal) if c.ordinal else self.latest.get(c.family, (c.family, 0))
        waiting = self.waiting.get(key, [])
        k = _pick(waiting, c.style)
        if waiting and _continues(waiting[k], c):
            run = waiting.pop(k)
            run.size += 1
            run.last_line = c.line
        else:
            run = _Run(c.style, c.line)
        if c.ordinal:
            self.latest[c.family] = (c.family, c.ordinal + 1)
            self.waiting.setdefault(self.latest[c.family], []).append(run)
        return run


def _runs(cands: list[_Cand]) -> list[int]:
    """Length of the ordinal run (一、二、三 …) each candidate belongs to; for styles without
    ordinals (stripped, dash), the number of items of the family.

    A run restarts at ordinal 1, and a restart nested inside a run resumes the
    outer run after (一是要 二是要 [一是要 二是要 三是要] 三是要).  最后 ends a run of
    two or more (首先…其次…最后) if it comes within _FINALLY_REACH paragraphs of the
    run's last item.  Of two runs waiting for the same ordinal, one begun in the item's
    own style is preferred (see _pick).
    """
    book = _RunBook()
    runs = [None if c.family in _NO_ORDINAL else book.add(c) for c in cands]
    count = Counter(c.family for c in cands)
    return [count[c.family] if r is None else r.size for c, r in zip(cands, runs)]


def _pair_ones(cands: list[_Cand]) -> None:
    """Old-style 一是…，一是… ("the one…, the other…") in one paragraph, with no 二是 after:
    the second 一是 is item 2."""
    ones = [c for c in cands if c.family == "yishi"]
    for a, b, nxt in zip(ones, ones[1:], ones[2:] + [None]):
        if a.ordinal == b.ordinal == 1 and a.line == b.line and not (
                nxt and nxt.ordinal == 2 and nxt.line == b.line):
            b.ordinal = 2


def _valid(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Apply sequence sanity: runs confirm a style; lone enumerations are prose."""
    _pair_ones(cands)
    runs = _runs(cands)
    named = {i for i, (c, n) in enumerate(zip(cands, runs)) if n < 2 and (_numbered_title(text, c, i) or _day_of_year(c))}
    confirmed = {c.family for c, n in zip(cands, runs) if n >= 2}
    end = len(text.rstrip())
    cut = end and text[end - 1] not in "。！？!?”」）)"   # the page stops in mid-sentence
    last = {c.family: i for i, c in enumerate(cands)}     # the last item of each kind
    # a lone 一是 near the end of a page cut before its 二是 stands for its run
    runs = [2 if n < 2 and cut and last[c.family] == i and _cut_after(c, end) else n
            for i, (c, n) in enumerate(zip(cands, runs))]
    heads = _run_heads(cands, runs)
    out = []
    for i, (c, n) in enumerate(zip(cands, runs)):
        if i in named:
            continue   # a document's name or a day numbered like a heading
        if c.enum:
            ok = n >= 2
        else:
            alone = c.ctx == "line" and c.family != "stripped"
            outer = cands[i - 1] if i and runs[i - 1] >= 2 and not cands[i - 1].enum else None
            ok = (alone or n >= 2 or (c.ordinal <= 1 and c.family in confirmed) or heads[i]
                  or _first_under(c, outer) or _paragraph_head(text, c)
                  or _stripped_head(text, c, cands[i + 1:i + 2], runs[i + 1:i + 2]))
            if not ok and (_opening_head(text, c) or c.style == "cn_dun" and c.ordinal == 1
                           and _after_doc_title(text, c.start)):   # 某市2005年政府工作报告一、2004年工作回顾…
                ok, c.title_end = True, _run_on_end(text, c)
        if ok:
            out.append(c)
    return out


NUMBERED_TITLE = 10   # a document's name numbered as a collection's piece: this long at least,
# without its year (not a part's heading: 一、2022年工作总结)
#: What a document's name ends in (not 情况: 一、今年以来的工作推进情况 is a section's heading).
_DOC_NAME_END = re.compile(r"(?:总结|總結|报告|報告|汇报|匯報|彙報|方案|规划|規劃|计划|計劃|纪要|紀要)(?:精选|精選|范文|範文)?$")
_TITLE_YEAR = re.compile(r"^(?:(?:19|20)[0-9]{2}年?度?|上半年|下半年|全年)")


def _numbered_title(text: str, c: _Cand, i: int) -> bool:
    """The first candidate, a lone heading at a line start before any sentence, whose title is
    a document's name (1、某区保障性安居工程棚改工作落实情况总结, 2. 2016农村饮水现状调查报告):
    a collection's or a document site's number of the piece before its title, not the outline's
    first heading (一、2022年工作总结 or 一、某某工作基本情况 on a page cut before 二、 stays; the
    caller checks that no item of its run follows)."""
    title = text[c.title_start:c.title_end]
    return (i == 0 and not c.enum and c.ctx in ("line", "space") and _DOC_NAME_END.search(title) is not None
            and len(_TITLE_YEAR.sub("", title)) >= NUMBERED_TITLE and "。" not in text[:c.start])


def _day_of_year(c: _Cand) -> bool:
    """A lone decimal "heading" whose second number is past any outline's (9.22世界无车日, 3.15
    消费者权益日): a day written month.day, not section 9.22 (the caller checks it is lone)."""
    return c.style == "num_dec" and c.ordinal > 9


STRIPPED_HEAD_TITLE = 30   # a lone bare 、 heading's title is at most this long


def _stripped_head(text: str, c: _Cand, nxt: list[_Cand], runs: list[int]) -> bool:
    """A lone heading whose ordinal a site stripped (、踏实工作，保质保量完成任务), alone on its
    line with a short title, right before the first of a run of headings of another style
    (（一）…（二）…): it heads them."""
    if c.style != "stripped" or c.ctx != "line" or not nxt or runs[0] < 2:
        return False
    n = nxt[0]
    return (not n.enum and n.family != "stripped" and n.ordinal == 1
            and c.title_end - c.title_start <= STRIPPED_HEAD_TITLE
            and not text[c.title_end:n.start].strip())


CUT_REACH = 500   # a page cut this close after a lone 一是 was cut before its 二是
CUT_HEAD_REACH = 1500   # ... and this close after a lone 一、 or （一）, before its 二、 or （二）


def _cut_after(c: _Cand, end: int) -> bool:
    """A lone 一是 near the ``end`` of a page that stops in mid-sentence (a copy cut before
    二是: …维护社会稳定。一是要切实做好群众的思想工作，提高处理信访工作的效), after a stop
    or at a line's start, or a lone 一、 or （一） (…阶段工作目标。一、2022年工作总结（一）巩固…
    cut before 二、); the caller checks that the page is cut and that no item of its kind
    comes after it."""
    if c.ordinal != 1 or c.ctx not in ("stop", "line", "space"):
        return False
    if c.style in ("yishi", "yishiyao"):
        return end - c.start <= CUT_REACH
    return c.style in ("cn_dun", "cn_paren") and end - c.start <= CUT_HEAD_REACH


def _first_under(c: _Cand, outer: _Cand | None) -> bool:
    """A lone first heading right after an item of a run of another heading style (``outer``,
    no candidate between), at a line's start or after a stop or blank (一、甲 二、乙 …内容：
    （一） 打牢基础 一是…, a page cut before （二））: it opens the first section under that item."""
    return (outer is not None and c.ordinal == 1 and c.ctx in _PAIR_CTX + ("glued",) and c.family != outer.family
            and c.family != "stripped")


LATER_HEAD_TITLE = 15   # a lone later heading (四、) opening a paragraph inside a line has a title this short


def _paragraph_head(text: str, c: _Cand) -> bool:
    """A lone 一、 that opens a paragraph of a report flattened onto one line, its short title
    then a blank before the body (…恳请批评指正。 一、发展现状 我市旅游业起步于…); a later
    ordinal too when its title is short, in an excerpt that begins after its first sections
    (…竣工面积3万平方米。 四、固定资产投资 固定资产投资持续增长。)."""
    return (c.style == "cn_dun" and c.ctx == "space"
            and (c.ordinal == 1 or c.title_end - c.title_start <= LATER_HEAD_TITLE)
            and _char_before(text, c.start) in "。！？" and 2 <= c.title_end - c.title_start <= _CHAIN_TITLE
            and text[c.title_end:c.title_end + 1] in (" ", "\u3000") and text[c.title_end + 1:c.title_end + 2].strip() != "")


# The sentence a report opens with before its first section (…请予审议。 …总结如下：).
_OPENING = re.compile(r"""
    (?: 请予审议|請予審議 | 提出意见|提出意見 | 报告工作|報告工作 | 总结如下|總結如下   # 请予审议，并请…提出意见
      | 汇报如下|匯報如下|彙報如下 | 报告如下|報告如下 | 述职如下|述職如下
      | 批评指正|批評指正 | 宝贵意见|寶貴意見 )
    [^。！？!?]{0,20}$                                                     # to the sentence's end
    """, re.VERBOSE)
# Where a heading run onto its section's body ends: after a heading's last word, the body's
# first words (…工作回顾2023年是…, …主要工作过去的五年…, …总体回顾“十五”期间是…).
_HEAD_RUN_ON = re.compile(r"""
    (?<= 回顾|回忆|回顧|回憶|情况|情況|成就|成效|工作|做法|打算|思路|目标|目標|任务|任務|问题|問題|体会|體會 )
    (?= [“"‘] | (?:19|20)\d{2}年 | 过去|過去 | [一二三四五六七八九十两兩]年(?:来|來|以来|以來) | 今年 | 去年 | 近年 )
    """, re.VERBOSE)


def _opening_head(text: str, c: _Cand) -> bool:
    """A lone 一、 right after a report's opening sentence, in a report flattened onto one
    line (…请予审议，并请…提出意见。一、2023年工作回顾2023年是…; …报告如下： 一、基本情况 …):
    its first section."""
    if c.style != "cn_dun" or c.ordinal != 1 or c.ctx not in ("stop", "space"):
        return False
    j = _last_nonblank(text, c.start)
    stop = bool(j) and (text[j - 1] == "。" or text[j - 1] in "：:" and c.ctx == "space")   # 如下： 一、
    return stop and _OPENING.search(text, max(0, j - 80), j - 1) is not None


def _run_on_end(text: str, c: _Cand) -> int:
    """Where a heading's title that runs on into its section's body ends (2023年工作回顾|2023年是…)."""
    cut = _HEAD_RUN_ON.search(text, c.title_start + 4, c.title_end)
    return cut.start() if cut is not None else c.title_end


def _run_heads(cands: list[_Cand], runs: list[int]) -> list[bool]:
    """For each heading candidate: does it stand in a chain of lone first headings inside a
    line?  The first of such a chain counts when the chain ends in a run on the same line,
    of another heading style (…。一、工作情况（一）甲。…（二）乙。) or enumerated
    (一、成效（一）甲。一是…二是…); two lone first headings of two styles in a row, each
    at a line's start or after a stop or blank (…汇报。一、回顾…。（一）甲…, a page cut
    before 二、), count together; so does one so placed whose next item begins an enumerated
    run in a later paragraph (…意见： 一、肯定成绩 2024年是…。 一是…二是…).  Worked from the
    last candidate back (no recursion)."""
    heads = [False] * len(cands)
    for i in range(len(cands) - 2, -1, -1):
        c, nxt = cands[i], cands[i + 1]
        if c.enum or c.ordinal != 1 or nxt.ordinal != 1 or nxt.family == c.family:
            continue
        if nxt.line == c.line and (runs[i + 1] >= 2 or heads[i + 1]):
            heads[i] = True
        elif nxt.enum and runs[i + 1] >= 2 and c.ctx in _PAIR_CTX:
            heads[i] = True   # 三点意见： 一、肯定成绩…。 一是…二是…: its items in the next paragraph
        elif not nxt.enum and c.ctx in _PAIR_CTX and nxt.ctx in _PAIR_CTX:
            heads[i] = heads[i + 1] = True
    return heads


def _drop_preamble(cands: list[_Cand]) -> list[_Cand]:
    """Without the enumerated items before the first heading when that heading opens its
    list (一是…二是… in the report's opening summary, then 一、…): text before the first
    heading is no measure. A page cut mid-section, whose first heading is 二、 or later,
    keeps them: they belong to the section the cut left out."""
    first = next((i for i, c in enumerate(cands) if not c.enum), None)
    if not first or cands[first].ordinal != 1:
        return cands
    return cands[first:]


def _clip_titles(text: str, cands: list[_Cand]) -> list[_Cand]:
    """End a title where the next measure starts (一是甲，二是乙 on one clause)."""
    out = []
    for c, nxt in zip(cands, cands[1:] + [None]):
        if nxt is not None and nxt.start < c.title_end:
            c.title_end = _skip_back(text, nxt.start, _TRIM + "即", c.title_start)
        if c.title_end > c.title_start:
            out.append(c)
    return out


def _stripped_sections(text: str, cands: list[_Cand]) -> None:
    """Two levels of stripped ordinals (、主要工作\n、深化改革\n正文…\n、明年打算\n、…): a bare
    、 heading followed by nothing but another one, which has a body of its own, heads a
    section.  With two such heads or more, they form a level of their own above the rest."""
    def bare(a: _Cand, b: _Cand) -> bool:        # b follows a with only blanks between
        return (a.style == b.style == "stripped" and b.start - a.title_end <= _LOOKBACK
                and not text[a.title_end:b.start].strip())

    n = len(cands)
    heads = [k for k in range(n - 1) if bare(cands[k], cands[k + 1])
             and not (k > 0 and bare(cands[k - 1], cands[k]))
             and (bare(cands[k + 1], cands[k + 2]) is False if k + 2 < n
                  else bool(text[cands[k + 1].title_end:].strip()))]
    if len(heads) >= 2:
        for k in heads:
            cands[k].family = "stripped_section"


def _char_before(text: str, i: int) -> str:
    """The last character before ``i`` and the blanks before it, "" at the text's start."""
    j = _last_nonblank(text, i)
    return text[j - 1] if j else ""


def _after_colon(text: str, i: int) -> bool:
    """True if the last non-blank character before ``i`` is a colon (a list follows)."""
    return _char_before(text, i) in ("：", ":")


def _stop_rank(text: str, i: int) -> int:
    """How strongly the text before ``i`` is cut off: 3 after a full stop (。！？), 2 after a
    semicolon, 1 after a comma, 0 otherwise (a colon, 即, a heading's title, the text's
    start); blanks and line breaks in between are passed over."""
    return _RANK.get(_char_before(text, i), 0)


def _new_paragraph(top: _Cand | None, c: _Cand) -> bool:
    """An item in a later paragraph than the open enumerated item starts a new topic
    (…三是推进缓慢。\n下一步，首先，… or …二要健全体系。\n原则是：（1）…): it does not
    nest in that item."""
    return top is not None and top.enum and top.line != c.line


def _nests(text: str, c: _Cand, top: _Cand, follows_top: bool, top_parent: _Cand | None) -> bool:
    """Does ``c``, an item 1 of a family already open, start a list one level deeper?"""
    if not c.enum and top.family != c.family:       # 一、…（一）… 一、: inside the deeper item
        return True
    if top_parent is not None and top_parent.family == c.family:
        return False                                 # already nested once in this family
    if _after_colon(text, c.start):                  # 方向是：一、…
        return True
    if c.enum:
        # under 第四、关于…\n; or in the item's paragraph after a sentence of its own (二是要
        # 加大力度。具体来说，一是要…), not after a parallel clause (其次是乙；开拓市场，首先是丙)
        return follows_top and (not top.open_enum or top.line == c.line and not _parallel(text, top, c))
    return follows_top and top.layout[:1] != c.layout[:1]   # 二、扩大投资 \n 一、\n 加快…。


def _parallel(text: str, top: _Cand, c: _Cand) -> bool:
    """An enumeration of another style in the open item's own clause chain (首先是乙；学会两套
    本领，一是…) stands beside that item, not in it: no sentence of the item's own comes between."""
    return top.open_enum and _SENTENCE_END.search(text, top.title_end, c.start) is None


class _Outline:
    """The tree as it grows, one candidate at a time in text order (see module docstring):
    parent, depth and ordinal of the candidates placed so far, and the stack of open items."""

    def __init__(self, text: str, cands: list[_Cand]) -> None:
        self.text, self.cands = text, cands
        self.parent: list[int] = []
        self.depth: list[int] = []
        self.ordinal: list[int] = []
        self.stack: list[int] = []        # open items, outermost first
        self.rank: dict[str, int] = {}    # family -> depth at which it first appeared
        self.firsts: set[tuple[int, str]] = set()   # (parent, family) of the items 1 placed

    def add(self, i: int) -> None:
        """Place candidate ``i``: close the items it leaves, find its parent, record it."""
        c = self.cands[i]
        top = self.cands[self.stack[-1]] if self.stack else None
        new_par = c.ctx == "line" or _new_paragraph(top, c)
        if c.enum and c.ordinal == 1 and new_par:
            self._pop_enums()             # a list begun in a later paragraph leaves open items
        elif not c.enum and new_par:      # a heading leaves the items inside earlier paragraphs
            self._pop_enums(inline_only=True)
        same = [j for j in reversed(self.stack) if self.cands[j].family == c.family]
        if not same and c.style in _TWINS and c.ordinal > 1:   # 1.加强… then 2、完善…: one list typed two ways
            same = [j for j in reversed(self.stack)
                    if self.cands[j].style == _TWINS[c.style] and self.ordinal[j] == c.ordinal - 1][:1]
        if same:
            prev = self._join(c, same)
        else:
            self._leave_for_new_family(c, new_par)
            prev = None
        self._push(i, c, prev)

    def _pop_enums(self, inline_only: bool = False) -> None:
        """Close the open enumerated items on top of the stack (with ``inline_only``, not
        those standing at a line start)."""
        stack, cands = self.stack, self.cands
        while stack and cands[stack[-1]].open_enum and not (inline_only and cands[stack[-1]].ctx == "line"):
            stack.pop()

    def _join(self, c: _Cand, same: list[int]) -> int | None:
        """``c`` belongs to a family with open items: it starts a list nested in the top item,
        or continues one of them (closing the items after it).  The item it follows, or None."""
        prev = self._predecessor(c, same)
        top = self.stack[-1]
        up = self.parent[top]
        if c.ordinal == 1 and len(self.stack) < _MAX_DEPTH and (c.enum or self._had_first(prev)) and _nests(
                self.text, c, self.cands[top], prev == top, self.cands[up] if up >= 0 else None):
            return None
        del self.stack[self.stack.index(prev):]
        return prev

    def _had_first(self, j: int) -> bool:
        """Did the list of item ``j`` have its item 1?  A heading list that began past 1 (what is
        left of a table of contents whose first entries the body repeats: 二、乙 三、丙 then 一、甲
        and its text) restarts at its own level at a heading 1, rather than nesting a new list in
        its last item (an enumeration still nests: 第四、关于… then 第一是…)."""
        return (self.parent[j], self.cands[j].family) in self.firsts

    def _leave_for_new_family(self, c: _Cand, new_par: bool) -> None:
        """``c`` has no open item of its family: a heading closes the enumerations it stands
        after and the items as deep as its style's first depth or deeper; an enumeration closes
        the enumerated items of an earlier paragraph, or a parallel one beside it."""
        stack = self.stack
        if not c.enum:
            if c.ctx == "space" or new_par:
                self._pop_enums()
            if c.family not in self.rank and (self._cut_before(c) or self._above_paragraphs(c)):
                for j in stack:               # （六）… then 二、 on a page cut inside its outline:
                    self.rank.pop(self.cands[j].family, None)   # 二、 is no item of （七）
                stack.clear()
            if c.family in self.rank:
                while stack and self.depth[stack[-1]] >= self.rank[c.family]:
                    stack.pop()
        elif new_par:
            self._pop_enums()
        elif stack and _parallel(self.text, self.cands[stack[-1]], c):
            stack.pop()

    def _cut_before(self, c: _Cand) -> bool:
        """``c`` (a heading of a new style, numbered past 1) ranks above every open item by the
        usual order of markers (第一部分 > 壹、 > 一、 > （一） > 1. > （1） > ①), and the outermost
        of them began past 1 too: the page was cut inside an outline whose top level ``c`` is."""
        if c.ordinal <= 1 or not self.stack or c.style not in _CONVENTION:
            return False
        root = self.cands[self.stack[0]]
        return (self.ordinal[self.stack[0]] > 1 and root.ctx == "line"
                and all(self.cands[j].style in _CONVENTION and _CONVENTION[self.cands[j].style] > _CONVENTION[c.style]
                        for j in self.stack))

    def _above_paragraphs(self, c: _Cand) -> bool:
        """``c`` (a heading of a new style, numbered 1, alone on its line) ranks above every open
        item by the usual order of markers, and those are paragraphs, their text after the
        title on their line (1、归集方面：上半年新增…。 … 4、贷款方面：… then （一）以…为原则,
        推动…): a new part of the outline whose first heading the page lost, not an item of 4、."""
        if c.ordinal != 1 or not self.stack or c.style not in _CONVENTION or self._runs_on(c):
            return False
        return all(self.cands[j].style in _CONVENTION and _CONVENTION[self.cands[j].style] > _CONVENTION[c.style]
                   and self.cands[j].ctx == "line" and self._runs_on(self.cands[j]) for j in self.stack)

    def _runs_on(self, c: _Cand) -> bool:
        """Does text follow ``c``'s title on its line (1、归集方面：上半年新增… — not 加强管理。)?"""
        end = self.text.find("\n", c.title_end)
        return bool(self.text[c.title_end:end if end >= 0 else len(self.text)].strip(" \t。；;：:"))

    def _push(self, i: int, c: _Cand, prev: int | None) -> None:
        """Record ``c`` under the top open item (within _MAX_DEPTH) and open it; a stripped
        ordinal or 最后 takes the number after the item it follows."""
        del self.stack[_MAX_DEPTH - 1:]
        self.parent.append(self.stack[-1] if self.stack else -1)
        self.depth.append(len(self.stack) + 1)
        self.rank.setdefault(c.family, self.depth[-1])
        self.ordinal.append(c.ordinal or (self.ordinal[prev] + 1 if prev is not None else 1))
        if self.ordinal[-1] == 1:
            self.firsts.add((self.parent[-1], c.family))
        self.stack.append(i)

    def _predecessor(self, c: _Cand, same: list[int]) -> int:
        """The open item ``c`` follows, of those of its family in ``same`` (innermost first):
        the nearest numbered just before it and, for headings, laid out like it (marker
        alone on its line or not, title ending the line or not), except that an enumeration
        nested in an item of the same list does not continue once it is over (see
        _nested_run_over) when the outer list awaits the same number."""
        prior = [j for j in same if c.ordinal and self.ordinal[j] == c.ordinal - 1]
        prior = [j for j in prior if not self._nested_run_over(c, j)] or prior
        alike = [j for j in prior if not c.enum and self.cands[j].layout == c.layout]  # 三、 like the inner 二、
        return (alike or prior or same)[0]

    def _nested_run_over(self, c: _Cand, j: int) -> bool:
        """Is the enumeration that item ``j`` belongs to, nested in an item of ``c``'s own
        list, over by the time ``c`` comes?  It is when ``c`` stands in a later paragraph than
        that item (三是要 on a new line), or when a stronger stop comes before ``c`` than the
        one that parted ``j`` from its predecessor (…：一是要甲；二是要乙。三是要…: the
        semicolon list ended with its sentence)."""
        up = self.parent[j]
        if not c.enum or up < 0 or self.cands[up].family != c.family:
            return False
        item = self.cands[j]
        return self.cands[up].line != c.line or (
            item.ordinal >= 2 and _stop_rank(self.text, c.start) > _stop_rank(self.text, item.start))


def _tree(text: str, cands: list[_Cand]) -> tuple[list[int], list[int], list[int]]:
    """Parent index, depth and ordinal of each candidate (see module docstring)."""
    outline = _Outline(text, cands)
    for i in range(len(cands)):
        outline.add(i)
    return outline.parent, outline.depth, outline.ordinal


def _unspaced(title: str) -> str:
    """A letter-spaced title without its spacing (综 合 治 理 -> 综合治理); others as they are."""
    return _SPACING.sub("", title) if _LETTER_SPACED.search(title) else title


def _body_ends(depth: list[int], starts: list[int], n: int) -> list[int]:
    """Each measure governs text up to the next measure at its depth or above."""
    ends = [n] * len(depth)
    open_: list[int] = []
    for i, d in enumerate(depth):
        while open_ and depth[open_[-1]] >= d:
            ends[open_.pop()] = starts[i]
        open_.append(i)
    return ends


def extract_measures(text: str, *, dashes: bool = False) -> pd.DataFrame:
    """Numbered measures (outline headings and enumerated items) as a tree.

    Parameters
    ----------
    text : a report, preferably normalised (``summarylab.analyze`` does that);
        ASCII punctuation, full-width digits and traditional characters are coped with.
    dashes : also take ``——`` items at line starts as measures (style "dash").

    Returns
    -------
    DataFrame, one row per measure in document order, columns:

    - ``depth`` (int): 1 for the top level of this document's outline.
    - ``marker`` (str): the marker as written: "一、", "（一）", "1.", "①", "第一，",
      "首先，", "一是" (also for 一是要), "一" (for 一要), "、" for a stripped ordinal.
    - ``style`` (str): cn_dun 一、 一． · cn_paren （一） ㈠ · num_dun 1、 · num_dot 1. ⒈ ·
      num_dec 1.1 · num_dec3 1.1.1 · num_bare 1 (a number alone over its 1.1, at a line's start) ·
      num_pad 01 (a section's number padded with a zero, at a line's start) ·
      num_paren （1） 1） ⑴ · circled ① · di_x 第一， 其一， · shouxian 首先/其次/再次/最后 ·
      yishi 一是 · yiyao 一要 · yishiyao 一是要 · stripped 、 · dash —— · di_part 第一部分 第一章
      (at a line's start only).
    - ``ordinal`` (int): position in its run; inferred for stripped ordinals and 最后.
    - ``title`` (str): heading text, or the enumerated clause up to its first stop,
      semicolon or colon; for 一是要/一要 it keeps the 要. Equals ``text[title_start:title_end]``,
      except that a letter-spaced heading loses its spacing (一、综 合 治 理 -> 综合治理).
    - ``parent`` (int): row index of the enclosing measure, -1 at the top.
    - ``start``, ``end`` (int): span of marker and title.
    - ``title_start``, ``title_end`` (int): span of the title.
    - ``body_start``, ``body_end`` (int): the text the measure governs, from the end
      of its title to the next measure at the same or a higher level (or the end).

    Raises
    ------
    TypeError : if ``text`` is not a str.

    Example
    -------
    >>> extract_measures("一、成效\\n二、打算")[["depth", "ordinal", "title"]].values.tolist()
    [[1, 1, '成效'], [1, 2, '打算']]
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_measures() takes a str, got {type(text).__name__}")
    cands = _candidates(text, dashes)
    cands = _clip_titles(text, _drop_preamble(_valid(text, _drop_teasers(text, _drop_contents(text, cands)))))
    _stripped_sections(text, cands)
    parent, depth, ordinal = _tree(text, cands) if cands else ([], [], [])
    starts = [c.start for c in cands]
    return columns_frame({
        "depth": depth,
        "marker": [text[c.start:c.marker_end] for c in cands],
        "style": [c.style for c in cands],
        "ordinal": ordinal,
        "title": [_unspaced(text[c.title_start:c.title_end]) for c in cands],
        "parent": parent,
        "start": starts,
        "end": [c.title_end for c in cands],
        "title_start": [c.title_start for c in cands],
        "title_end": [c.title_end for c in cands],
        "body_start": [c.title_end for c in cands],
        "body_end": _body_ends(depth, starts, len(text)),
    }, COLUMNS, _INT_COLUMNS)


def render_tree(measures: pd.DataFrame, indent: str = "  ") -> str:
    """The measures as indented text, one line per measure: marker then title.

    Example
    -------
    >>> print(render_tree(extract_measures("一、成效\\n（一）加强领导\\n二、打算")))
    一、成效
      （一）加强领导
    二、打算
    """
    return "\n".join(f"{indent * (int(r.depth) - 1)}{r.marker}{r.title}"
                     for r in measures.itertuples(index=False))


def measures_html(measures: pd.DataFrame) -> str:
    """The measures as a nested HTML ``<ul>`` (escaped), for notebooks.

    Example
    -------
    >>> measures_html(extract_measures("一、成效\\n（一）加强领导"))
    '<ul><li>一、成效<ul><li>（一）加强领导</li></ul></li></ul>'
    """
    out, level = [], 0
    for r in measures.itertuples(index=False):
        d = int(r.depth)
        if d > level:
            out.append("<ul><li>" * (d - level))
        else:
            out.append("</li>" + "</ul></li>" * (level - d) + "<li>")
        out.append(html.escape(f"{r.marker}{r.title}"))
        level = d
    out.append("</li></ul>" * level)
    return "".join(out)
