"""Quality findings: places where a report's text is damaged or withheld.

:func:`find_quality_issues` scans cleaned, simplified text for

* ``stripped_number``: a number the site removed, leaving its measure word,
  unit, percent sign or date frame behind (共接收投诉件，答复件 / 今年-月 /
  满意率达.% / 年月日 / 为个工作日 / 学习余次 / 超过万元), a bare multiplier or
  decimal point (覆盖群众达万户 / 增长.个百分点), an amount ending its phrase
  (投入资金万元，游客万人次，), a measure word ending a clause led by a counting verb
  (淘汰落后设备台， / 开展送戏下乡场， / 共有文物处。), a gap left by it (基金 万元，
  / 突破万次 / a year gone from a line's start: 年工作总结, 年，我局…; the year compared
  with: ，比增加5.4亿元; a rate beside another number gone: 小麦万亩，同比增长，; a unit
  alone after a comma: 预计收入，万元。), empty quotes or
  brackets (“” / （）), and a placeholder in a number's place (X余场次, x.x%,
  20XX年, 20**年, 总投资20__万元, 文物*处, 第x届, X月X日, xx:xx.x);
* ``redaction``: a placeholder in a name's place (XX县, 学xx强信念, 《X》, *举报, ##镇, 在--街),
  ``○○``, placeholder squares (``□□□``, ``■``) or dots in brackets (乡内〔...〕农产品)
  standing for withheld words, a leader's name left out of a set formula without a
  mark (以为核心的党中央, 贯彻落实重要讲话),
  not arithmetic such as 5×3, a code such as 1001-490X, nor a bullet or check box at
  a line's start;
* ``mojibake``: 锟斤拷, U+FFFD, and tight clusters of rare characters,
  bopomofo, kana among Han, box characters tables do not use (┙), Han outside
  GB2312 (傚満), ``??``, ``?!`` before Han (次？！豆珗), a ``?`` before lower-case Latin (?h政府, ？cè？) or before one
  capital and Han (?,F任), a unit's power lost after a number (万m?) and runs of
  Latin-1 letters (¹ú¼Ò) left by GBK/UTF-8 mis-decoding.

Not flagged: table headers (比重（%）, 单位：万元), words that hold a measure
character (文件, 个人, 市场), numbers present in any notation, X光 and formulas.

:func:`removed_damage` scans what the cleaning removed for mojibake (a 范文 blurb
mis-decoded: the file was read in the wrong encoding), reported where the removal is.
:func:`findings_frame` turns findings into a DataFrame with offsets into the
original file. Boilerplate findings come from :mod:`summarylab.cleaning`.

The checks are heuristics tuned to be quiet on clean reports (no finding on
the 72 State Council reports of ../shared/realcorpus/gwr); they do not repair
anything, do not judge content, and do not take a line break for a gap (wrapped
lines split words: 市⏎场). Rules data live in
``data/stripped_number.txt`` and ``data/common_chars.txt``.

Example
-------
>>> [(f.kind, f.start, f.end) for f in find_quality_issues("共受理投诉件，满意率达.%。")]
[('stripped_number', 5, 6), ('stripped_number', 11, 13)]
"""
from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

import pandas as pd

from . import ruledata
from .segmentation import person_name_at
from ._table import records_frame
from ._trie import word_pattern
from .offsets import OffsetMap

__all__ = ["Finding", "find_quality_issues", "removed_damage", "findings_frame", "FINDING_COLUMNS"]

FINDING_COLUMNS = ["kind", "start", "end", "detail", "orig_start", "orig_end"]
MOJIBAKE_GAP = 2       # at most this many ordinary characters between suspicious ones
MOJIBAKE_MIN = 3       # suspicious characters needed in one cluster
EVERYDAY_CHARS = 3500  # the most frequent common characters (about a 常用字表): a ? before one
                       # of the others is a decoder's, not a question's
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


@dataclass(frozen=True)
class Finding:
    """One quality finding: ``text[start:end]`` in the text it was found in.

    ``kind`` is one of boilerplate_removed, stripped_number, redaction, mojibake;
    ``detail`` is a short human-readable note; ``source``, for a removal, is the span
    of the removed text in the text that was cleaned (start == end in the result).
    """

    kind: str
    start: int
    end: int
    detail: str = ""
    source: tuple[int, int] | None = None


# --------------------------------------------------------------------------- data

_NUMBER_KEYS = ("measure", "unit", "before", "word", "slot_only", "slot", "not_slot", "count_slot",
                "multiplier", "strict", "count_verb", "unit_anywhere", "unit_next", "have_verb")
# what this module reads of the rule data (summarylab.ruledata checks the file against it)
_NUMBER_RULES = ruledata.Keyed("stripped_number.txt", _NUMBER_KEYS)


@functools.lru_cache(maxsize=1)
def _number_rules() -> dict[str, set[str]]:
    rules = _NUMBER_RULES.read()
    return {k: set(rules.get(k, ())) for k in _NUMBER_KEYS}


@functools.lru_cache(maxsize=1)
def _stripped_re() -> re.Pattern:
    r = _number_rules()
    units = word_pattern(r["unit"])
    measures = "".join(sorted(r["measure"]))
    counts, mults, stricts = ("".join(sorted(r[k])) for k in ("count_slot", "multiplier", "strict"))
    return re.compile(rf"""   # every branch's first character is in _stripped_first()
          (?P<people> (?<=学生|教师|职工|党员|干部|人员|学员|幼儿|儿童|老人|居民|村民|群众|选民|员工|民警)
                      [名人] (?=[、，,。；;）)]) )              # 在校学生名，教师名。: a head count gone (tried
                                                             # before the measure words, whose lists spare 生名)
        | (?P<unit> (?<=[{_HAN}]) (?:{units}) (?!户) )          # 超过万元, 共有人次
        | (?P<measure> (?<=[{_HAN}、”]) [{measures}] )          # 为个工作日, 投诉件，, 对个A、个B, “九五”个百分点
        | (?P<pct> (?<![0-9.]) (?<![0-9]\x20) \.?% )          # 达.%, 为%
        | (?P<range> (?<=[年月]) [-~～–] (?=[月日号]) )        # 今年-月
        | (?P<ymd> 年月日 )                                    # date without digits
        | (?P<md> (?<![0-9〇零一二三四五六七八九十正腊冬元每本上下当今明去前后同该次隔逐按岁个半数年])
                  月日 (?![常报记志益夜程间子新]) )              # 月日和月日
        | (?P<since> (?<=[自从]) [年月] (?=开始|起|以来) )      # 自年开始, 从月开始
        | (?P<month> (?<=今年|去年|明年|当年|同年|本年) 月 (?![均度报刊票薪饼光亮球份]) )   # 今年月进驻
        | (?P<empty> [“"]\s?[（(]?\s?[)）]?\s?[”"] | [（(]\s?[)）] | 《\s?》 )   # “”, （）
        | (?P<yu> (?<=[{_HAN}]) 余 (?=[次人家件个项名条起万亿元座台辆户份篇场期批种位吨亩]) )   # 共余人
        | (?P<decimal> (?<=[{_HAN}]) \. (?:个百分点|{units}|[{measures}]) )   # 增长.个百分点, 增收.万元
        | (?P<mult> (?<=[{counts}]) [{mults}][{measures}] (?!户) )   # 达万户 (not 近万户, 万元户)
        | (?P<strict> (?<=[{counts}]) [{stricts}] )              # 连续达天
        | (?P<docno> (?<=[政办委府党]发) 号 )                     # （某政发号）: a document's year and number
        | (?P<docword> (?<=[\u4e00-\u9fff]) [（(] 字 [)）] )          # 防指(字)指示: the number after 字 gone
        | (?P<session> (?<=[省市县区镇乡]) 届 (?=人大|政协|党代会|人民代表大会|委员会|[一二三四五六七八九十]次) )
                                                               # 市届人大: the congress's ordinal gone
        | (?P<no_month> (?<=[0-9〇○零一二三四五六七八九]) 年 (?=[0-9]{{1,2}}日|[一二三十]{{1,3}}日) )
                                                               # 二○○七年十日: the month gone
        | (?P<post> (?<=主任|组长|书记|干事) 人 (?=[、，,。；;]) )   # 设主任人、: a post's number gone
        """, re.VERBOSE)

_FIRST_FIXED = ".%-~～–年月“\"（(《余号届人"  # first characters of the branches after unit and measure


@functools.lru_cache(maxsize=1)
def _stripped_first() -> re.Pattern:
    """The characters a stripped-number match can start with: the regex is tried only there."""
    r = _number_rules()
    first = (set(r["measure"]) | {u[0] for u in r["unit"]} | set(_FIRST_FIXED)
             | set("".join(r["multiplier"])) | set("".join(r["strict"])))
    return re.compile("[" + re.escape("".join(sorted(first))) + "]")


CLAUSE_OBJECT = 10  # a count_verb clause holds at most this many characters before its measure word
_NUMERAL_CHARS = "0-9〇○零一二三四五六七八九十百千万亿两几数"


@functools.lru_cache(maxsize=1)
def _clause_re() -> re.Pattern:
    """A count_verb, a short object without numerals, and a measure word or unit ending the clause
    (淘汰落后设备台，): group ``m`` is the measure word whose number is gone."""
    verbs = word_pattern(_number_rules()["count_verb"])
    return re.compile(f"(?:{verbs})" + _item_pattern(), re.VERBOSE)


@functools.lru_cache(maxsize=1)
def _item_re() -> re.Pattern:
    """The same without the verb: a further item after 、 (淘汰落后产能万吨、设备台，)."""
    return re.compile(_item_pattern(), re.VERBOSE)


def _item_pattern() -> str:
    r = _number_rules()
    units = word_pattern(r["unit"])
    measures = "".join(sorted(r["slot_only"] | r["strict"]))
    mults = "".join(sorted(r["multiplier"]))
    first = re.escape("".join(sorted({u[0] for u in r["unit"]} | set(mults) | set(measures))))
    return rf"""   # verbose: compiled with re.VERBOSE by _clause_re and _item_re
        (?: (?![{_NUMERAL_CHARS}]) [{_HAN}] ){{0,{CLAUSE_OBJECT}}}?   # a short object, no numerals
        (?=[{first}])                               # rejects most positions before the alternation
        (?P<m> {units} | [{mults}]?[{measures}] )   # the unit or measure word left without its number
        (?= [，。；、：,;:）)！？\s] | 以上 | 左右 | $ )   # ending the clause
        """


def _stripped_matches(text: str):
    """``_stripped_re().finditer(text)``, 4-5x faster: the lookbehind-led branches are
    tried only where a match can start (same matches, same order)."""
    rx, end = _stripped_re(), 0
    for c in _stripped_first().finditer(text):
        if c.start() >= end and (m := rx.match(text, c.start())):
            end = max(m.end(), c.start() + 1)
            yield m


@functools.lru_cache(maxsize=1)
def _common_chars() -> frozenset[str]:
    return frozenset(ruledata.COMMON_CHARS.read())


#: Box-drawing characters that tables do not use (┙ ┑ ┕): GBK bytes read as another code page.
_ODD_BOXES = "".join(chr(c) for c in range(0x2500, 0x2580) if chr(c) not in "─━│┃┄┅┆┇┈┉┊┋┌┍┎┏┐┓└┗┘┛├┣┤┫┬┳┴┻┼╋═║╒╓╔╕╖╗╘╙╚╛╜╝╞╟╠╡╢╣╤╥╦╧╨╩╪╫╬")


# Rare glyphs PDF text extraction puts for common characters (仸务 for 任务, 月仹 for 月份, 启劢
# for 启动, 挃导 for 指导, 幵 for 并). A converter's damage is systematic: a page with two or more
# different ones has each flagged; one alone may be a name's or a poem's (张君劢, 彳亍, 迎迓).
_PDF_GLYPHS = re.compile("[仸仹劢劤挃迒幵丌亍乊叏叐吅呾杢觃迚迓乢亊]")
PDF_GLYPH_KINDS = 2   # different such glyphs a page needs before each is reported


@functools.lru_cache(maxsize=1)
def _suspicious_re() -> re.Pattern:
    """Rare Han characters, bopomofo, private-use characters, U+FFFD and ``??`` (weight 1 a
    character, 2 for a run); the stronger signs are in :func:`_strong_res`."""
    common = "".join(sorted(_common_chars()))
    return re.compile(rf"""
          [?？]{{2,}}                                              # ?? where characters were lost
        | [?？] (?<=[{_HAN}0-9][?？]) [！!] (?=[{_HAN}])          # ?! inside a word (次？！豆珗？》)
        | [\u3100-\u312f\u31a0-\u31bf\ufffd\ue000-\uf8ff]       # bopomofo, U+FFFD, private use
        | (?![{re.escape(common)}]) [{_HAN}\U00020000-\U0002ffff]  # a Han character not common
        """, re.VERBOSE)


@functools.lru_cache(maxsize=1)
def _strong_res() -> tuple[tuple[re.Pattern, int], ...]:
    """Stronger signs of mis-decoding, each a pattern that starts with a character class (so
    the engine skips to it) and its weight: Latin-1 runs (¹ú¼Ò) and a ``?`` before lower-case
    Latin between Han characters (?h政府, ？cè？), a ``?`` and one capital before Han (?,F任),
    a unit's power lost after a number (9260万m?), a ``?`` for a lost character and digit before
    a number (总收?8.8亿元) and ``??`` inside a word (綜??合)
    weigh enough alone; kana alone among Han (ツ),
    box characters tables do not use (┙) and common Han characters outside GB2312 (満) weigh 2."""
    odd = "".join(c for c in sorted(_common_chars()) if _is_han(c) and _outside_gb2312(c))
    common = re.escape("".join(sorted(_common_chars())))
    everyday = re.escape("".join(sorted(ruledata.COMMON_CHARS.read()[:EVERYDAY_CHARS])))
    return (
        (re.compile(r"[\u00a1-\u00d6\u00d8-\u00f6\u00f8-\u00ff]{3,}"), MOJIBAKE_MIN),
        (re.compile(rf"""
            [?？] (?<![A-Za-z][?？]) [a-z\u00c0-\u024f]{{1,4}}   # a ? then a few lower-case letters,
            (?= [{_HAN}?？] | [)）、，。；]                      # before a word or a mark,
              | [（(][a-z\u00e0-\u01dc]{{1,6}}[)）] )             # or before a gloss (项目?r（jià）值)
            """, re.VERBOSE), MOJIBAKE_MIN),
        # a ? then a bar between words (涂?|万: a glossed character and its gloss's start lost)
        (re.compile(rf"[?？](?<=[{_HAN}][?？])[|｜](?=[{_HAN}])"), MOJIBAKE_MIN),
        # a ? and one capital before Han (工作?,F任: 。現 decoded wrongly), a unit's lost power (万m?)
        (re.compile(rf"""
            [?？] (?<![A-Za-z][?？])                     # a ? not right after a Latin letter,
            [,，.]? [A-Z] (?![A-Za-z])                  # then one capital letter (工作?,F任)
            (?= [{_HAN}] | [（(][a-z\u00e0-\u01dc]{{1,6}}[)）] )   # before Han or a pinyin gloss
            """, re.VERBOSE), MOJIBAKE_MIN),
        (re.compile(r"m[?？](?<=[0-9万千百亿]m[?？])|m[?？](?<=[0-9万千百亿][kcd]m[?？])"), MOJIBAKE_MIN),
        # a ? where a character and a number's first digit were lost (总收?8.8亿元, 经济?020年,
        # 村均收入?.072万元, 占?1.8%, 总?丝?652人): before a three-digit year, a point, or an amount
        (re.compile(rf"""
            [?？] (?<=[{_HAN}%％][?？]) (?<![吗呢么吧啊呀嗎麼谁誰何哪少几幾][?？])   # after a word or %, not a question
            (?= [0-9]{{3}}年 | [.．][0-9] | [0-9]+ (?:[.．][0-9]+)? (?:%|％|亿|万|元|人|户|个|家|亩|吨) )
            """, re.VERBOSE), MOJIBAKE_MIN),
        # ?? inside a word, not after a question (綜??合: characters or spacing an encoder could
        # not write; normalised to ？？); ？？ after 吗, 呢, 谁 … is emphasis, not damage
        # (the look-behind right after the first ? keeps the scan linear on long runs of ?)
        (re.compile(rf"[?？](?<=[{_HAN}][?？])(?<![吗呢么吧啊呀嗎麼谁誰何哪][?？])[?？]+(?=[{_HAN}]|[，,、；;\n]|$)"),
         MOJIBAKE_MIN),   # …新格??， (a word's last character lost before a comma) too
        # ?!? where a closing quote and full stop were mis-decoded (水平?!?br>), and a ? between a
        # comparison and its change word, where the base was lost (总收入比?增长48.36%)
        (re.compile(r"[?？][!！][ \t]?[?？]|[?？](?<=比[?？])(?=增长|下降|增加|减少|提高|降低)|[?？](?<=[%％][?？])[!！]"),
         MOJIBAKE_MIN),
        # (… and ?! right after a percentage: 减少76.7%?! ∶…, a closing mark mis-decoded)
        # ?! inside a word, then a character and one ASCII sign before Han (成本?！迸R城, 内容?！霸\病):
        # 。” and the next character read in another encoding, its second byte left as ASCII
        (re.compile(rf"[?？](?<=[{_HAN}0-9][?？])[!！][{_HAN}]{{1,3}}[\x40-\x7e\u00c0-\u024f](?=[{_HAN}])"), MOJIBAKE_MIN),
        # (… or a few characters later, or a Latin-1 letter: ?!墩少彿ā反)
        # a ? after a word and before a mark no question is followed by (水平?;貧w, 保障?! ∫?、):
        # a character a decoder could not write
        (re.compile(rf"""
            [?？] (?<=[{_HAN}][?？]) (?<![吗呢么吧啊呀嗎麼谁誰何哪][?？])   # after a word, not a question
            (?= [；;、，,。] | [!！][ \t]?[^\s{_HAN}，。、；！!？?“”‘’"'」』》）)] )   # then ；、，。 or ! and a stray sign
            """, re.VERBOSE), MOJIBAKE_MIN),
        (re.compile(r"""
            [\u3041-\u30ff]                                      # kana ...
            (?<![\u3041-\u30ff\-ー・<《「][\u3041-\u30ff])         # ... not after kana or an opener
            (?![\u3041-\u30ff\-ー・>》」])                        # ... nor before kana or a closer
            """, re.VERBOSE), 2),
        # a small kana right after a Han character (以来ぇぇ我镇): Japanese writes one only after
        # kana, so there it is a mis-decoded character
        (re.compile(rf"[ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ](?<=[{_HAN}][ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮ])"),
         MOJIBAKE_MIN),
        # ?D?D: a dash (——) of another encoding, a ? and a capital letter twice over
        (re.compile(r"[?？][A-Z][?？][A-Z](?![A-Za-z])"), MOJIBAKE_MIN),
        # a ? squeezed between a closing mark and more punctuation (《公报》）?！): a character lost;
        # weak alone, it joins a cluster of rare characters
        (re.compile(r"[?？](?<=[）)》」”][?？])(?=[！!，,。、；;：:])"), 1),
        # a ? where a line's first characters were lost, before another ?, a dash or a full stop
        # (? ? ——坚决…, ?。ㄒ唬┕I…;
        # not a question mark wrapped onto the next line: 为什么⏎？这个…), or right after a full
        # stop or comma (浙江？。？025年): no sentence puts one there
        (re.compile(r"^[ \t\u3000]*[?？](?=[ \t\u3000]*(?:[?？]|——|[。，]))", re.MULTILINE), MOJIBAKE_MIN),
        (re.compile(r"[?？](?<=[。，、；：][?？])"), MOJIBAKE_MIN),
        # a ? between a word and a rare character (燃？饧八: 气及 decoded wrongly), or one lower-case
        # letter between a Han character and a toned gloss (八a（chǎn）: 生 decoded wrongly)
        (re.compile(rf"[?？](?<=[{_HAN}][?？])(?![{common}])(?=[{_HAN}])"), MOJIBAKE_MIN),
        # ... or before an unusual character in the next two (变？橹鹘, 平？鍪嗅, 当?攸h委: a
        # Big5 or GBK pair read as the other), unless a question's word comes before it
        (re.compile(rf"""
            [?？] (?<=[{_HAN}][?？]) (?<![吗呢么吧啊呀嗎麼谁誰何哪][?？])   # between words, not a question
            (?= [{_HAN}]? (?![{everyday}]) [{_HAN}] )                    # an unusual character next
            """, re.VERBOSE), MOJIBAKE_MIN),
        # ... and one capital letter carrying a pinyin gloss (五人,F(xiàn)如今: 現 decoded wrongly)
        (re.compile(r"""
            (?: (?<=[\u4e00-\u9fff]) [a-z]          # a lower-case letter right after Han (八a)
              | (?<![A-Za-z]) [A-Z] )               # or a capital standing alone (,F)
            (?= [（(] [a-z]{0,5} [\u00e0-\u01dc] [a-z\u00e0-\u01dc]{0,5} [)）] )   # a toned gloss
            """, re.VERBOSE), MOJIBAKE_MIN),   # (a toned syllable: not a function's argument, F(t), T（i）)
        # a ? right after a number, before punctuation (覆盖率96.5?、目标任务95?。): % lost
        (re.compile(r"[?？](?<=[0-9][?？])(?=[、，。；,;])"), MOJIBAKE_MIN),
        # a ? on each side of one character inside a word (小麦?召?: glossed characters lost), not
        # after a question's word
        (re.compile(rf"[?？](?<=[{_HAN}][?？])(?<![吗呢么吧啊呀嗎麼谁誰何哪][?？])(?![谁誰何哪啥])[{_HAN}][?？](?=[{_HAN}，。、]|$)"),
         MOJIBAKE_MIN),
        (re.compile(f"[{_ODD_BOXES}]"), 2),
        (re.compile(f"[{odd}]"), 2),
        # weak alone, they join a cluster of rare characters (以？鹊闹笜蕴p少, 张？拼”浽谌: 以内的指标减少
        # and 张某在全省经济 decoded wrongly): a ? between two words, not after a question's word, and
        # one lower-case Latin letter between Han characters
        (re.compile(rf"[?？](?<=[{_HAN}][?？])(?<![吗呢么吧啊呀嗎麼谁誰何哪][?？])(?=[{_HAN}])"), 1),
        (re.compile(rf"[a-z](?<=[{_HAN}][a-z])(?=[{_HAN}])"), 1),
    )


def _suspicious(text: str) -> list[tuple[int, int, int]]:
    """Suspicious spans in text order, each with its weight (see :func:`_weight`)."""
    found = [(m.start(), m.end(), _weight(m)) for m in _suspicious_re().finditer(text)]
    for rx, w in _strong_res():
        found += [(m.start(), m.end(), w) for m in rx.finditer(text)]
    return sorted(found)


@functools.lru_cache(maxsize=4096)
def _outside_gb2312(ch: str) -> bool:
    """A Han character simplified Chinese text seldom needs (傚, 満): weighs double."""
    try:
        ch.encode("gb2312")
        return False
    except UnicodeEncodeError:
        return True


_EXPLICIT_MOJIBAKE = re.compile(r"""
    (?:锟斤拷)+ | 烫{3,} | 屯{3,} | \ufffd+               # what mis-decoding leaves for sure
  | (?: (?<=[。！？；]\n) | (?<=\n\n) | \A ) [ \t]*     # a paragraph's start (after a sentence's end
    [?？] (?=[\u4e00-\u9fff0-9])                        # or a blank line): ?全年…, ?6月5日, its first character,
                                                        # an indent, lost to a ? (not a question mark
                                                        # wrapped onto the next line)
  | [\u3105-\u3129āáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜ] [\u4e00-\u9fff]{0,2} [\u2500-\u257f\ufe68]   # a bracketed ordinal read
  | (?<=。) [\u2500-\u257f] (?=[A-Za-z\u4e00-\u9fff])  # in the wrong code page: 。ㄒ唬┙M建, 。ǘ┲贫, 。┻x调
    """, re.VERBOSE)
_BOXES = "□■▢◻◼"  # placeholder squares: 对□□□县, 由■■同志负责
_REDACTION_FIRST = f"*＊﹡☆×✕╳Xx_＿○#{_BOXES}\\-A-WYZ+="  # a redaction match starts with one of these (- escaped: a class)
_REDACTION_CHARS = re.compile(f"[{_REDACTION_FIRST}]")
_REDACTION = re.compile(rf"""
    (?=[{_REDACTION_FIRST}])       # lets the engine skip to those characters: 4x faster
    (?: (?P<star> [*＊﹡]+ )          # 由**同志负责, ﹡﹡县
      | (?P<times> [×✕╳]+ )         # ××县
      | (?P<xx> (?<![A-Za-z]) [Xx]{{2,}} (?![A-Za-z]) )   # XX镇 (not a Latin word)
      | (?P<ring> ○{{2,}} )          # ○○村
      | (?P<box> [{_BOXES}]+ )       # 对□□□县
      | (?P<hash> (?<!\#) \#{{2,3}} (?![\#\s]) )   # ##镇, ##中学 (not a ## heading, a ### run)
      | (?P<dash> (?<=[\u4e00-\u9fff]) -{{2,3}} (?=[镇乡村街区县市]) )   # 印发--镇, 在--街: a place's name
      | (?P<plus> (?<=[\u4e00-\u9fff，、；]) \+{{2,3}} (?=[\u4e00-\u9fff]) )   # 有++教场所: a word's first character
      | (?P<equals> (?: (?<=[\u4e00-\u9fff]) | (?<![^\n]) ) ={{2,6}} (?=[年月日]) )   # 委员会====年: a year withheld
      | (?P<initials> (?<=[\u4e00-\u9fff]) (?P<letter>[A-WYZ]) (?P=letter) (?=[\u4e00-\u9fff]) (?!级) )   # 正确ZZ方向
    )""", re.VERBOSE)
# Words left out of a copy, marked by dots in brackets: 〔...〕 【……】 （…）
_OMISSION = re.compile(r"[〔\[［【（(] (?: \.{3,6} | …{1,2} | 。{3} | ·{3,6} | \s?略\s? ) [〕\]］】）)]", re.VERBOSE)   # (略)
_NUMERALS = set("〇○零一二三四五六七八九十百千万亿")

_PH = "xX×✕*＊﹡☆_＿"  # characters a site or template puts where a number or a name was (﹡, ☆: a small
# asterisk and a star some sites use)
_PLACEHOLDER = re.compile(
    rf"""
    (?=[0-9{_PH}])(?<![A-Za-z0-9_{_PH}★])      # start of a token, not inside a word or number (nor ★☆☆, a rating)
    (?<![A-Za-z0-9{_PH}][.])                     # (a dot after a heading's 一. starts one)
    (?P<tok>
        [0-9]*[{_PH}]+ (?<=[{_PH}]{{2}}) [0-9]+   # XX0  xx5 (digits after two placeholders)
      | [0-9]{{2,3}} [_＿] [0-9]{{1,2}}            # 20_1: a year's digit blanked by an underscore
      | [0-9]{{1,3}} [\#＃]{{1,3}} (?=年|月|[%％])     # 20##年: a year's last digits withheld by #
      | [{_PH}] [0-9] (?=年)                      # *1年: a year's first digits withheld
      | (?:19|20) [\-－] (?=年)                   # 20-年: a year's last digits withheld by a dash
      | (?:19|20) [ ] [xX×*]{{2}} (?=[ ]?[〕\]］）)年])   # 〔20 xx〕: a year withheld, a copy's blank inside
      | [{_PH}] [0-9]+ (?=(?:万|亿)?(?:元|人|户|亩|吨)|[%％])   # X112元, X00万元: one, then an amount's unit
      | [0-9]*[{_PH}]+                          # 20XX  xx  X  **  20__  202x
        (?:[.．][{_PH}]+)?                       # .x  (x.x%  X.X亿元)
    )
    (?! (?! (?:mm|cm|km|kg|kW|MW|kV|m³|m|t)(?![A-Za-z0-9]) ) [A-Za-z0-9] )   # not a Latin word (Xi) nor a
                                                # variable (x0, x1); a unit's letters may follow (****mm)
    """, re.X)
#: A blank and a count's unit after a lower-case x (示范方 x 个, 于 x 月), not 与 x 间 (a variable).
_SPACED_COUNT = re.compile(r" (?:个|月|日|年|项|家|人|户|次|名|座|所|条|亩|吨|万|亿|多|余|元)|余(?=[\u4e00-\u9fff])")   # (固投 x 亿元,
# 交地 x 多亩; 活动 x余场次: 余 glued on, not 多: 设 x多项式)
#: A place or body word after a placeholder and one blank (X 县民政局, 《X 县…办法》): a name withheld.
_PLACE_AFTER = re.compile(r"[ \u3000]?(?:县|市(?![场民])|区|镇|乡|村(?![民])|街道|省|州)")   # X 县, (我省) x县
#: What follows a number (so a placeholder before it stands for a number): dates, counts,
#: multipliers, percent, ordinals, ratios; 人 only as a measure word (not 人大, 人民).
_AFTER_NUMBER = re.compile(r"""
    \s?
    (?: 周年|年|月|日|号|届|次|倍|成|[%％‰]|余|多|万|亿|千|百|个|元   # dates, counts, multipliers
      | [:：][0-9xX×*＊_＿]                                        # a ratio or a time: X:X
      | 人(?![大民员才社事力口类们生格性文工体群])                   # 人 as a measure word
      | 项(?!目) | 支(?!部|队(?!伍)) | 部(?!门|委|署|队) | [件家份起条名户座台辆篇场期批种吨亩天处所只头套间栋类轮度张幅枚块册]   # measure words
      | 副(?![主书县市局镇乡区部厅省总院校组队所站处科秘会理经行社团])   # (not XXX副主席: an office, a name withheld)
      | 级(?!别)                                                   # x级联动: a count of levels
      | [盒箱袋瓶桶] | 包(?!括|含|保|干|联|片) | 本(?![人地级部着市县区镇村单次职届文分研课]) | 把(?=[，,。；;、])   # of goods
      | 根(?![据本源治除]) | 道(?![路德理歉家具])                         # 护栏柱**根, 涵洞**道
      | 大(?=精神|报告|以来|代表|会议|胜利|召开|开幕|[一二三四五六七]中全会)   # 党的XX大精神, 迎接x大召开: a congress's number
      | 小时|分钟|公里|平方|立方|米|毫米|厘米|公顷|千克|微克|毫克|斤|美元     # units
      | (?:mm|cm|km|kg|kW|MW|kV|m³|m|t)(?![A-Za-z0-9])               # units in letters (降雨量为****mm)
      | 周?岁                                                      # an age (某某**岁)
      | 学年                                                       # XX——XX学年: a school year
    )""", re.VERBOSE)
#: A date with placeholders in it (201X/X/XX, 20xx-x-x): a number withheld.
_PH_DATE = re.compile(rf"[0-9{_PH}]{{2,4}}[/\-.．][0-9{_PH}]{{1,2}}[/\-.．][0-9{_PH}]{{1,2}}(?![0-9A-Za-z])")
_PH_DECIMAL = re.compile(rf"[.．][0-9]+(?={_AFTER_NUMBER.pattern})", re.VERBOSE)   # XX.27%, x.2亿元 (not X.25网络)
#: A placeholder right after an item's number and point (2.××村, 4.××镇): a name withheld;
#: _PLACEHOLDER leaves it, taking the point for a decimal one.
_ITEM_PLACEHOLDER = re.compile(rf"""
    (?: ^ | (?<=[\s。；;])                  # an item at a line's start or after a sentence (2.××村)
      | (?<=[\u4e00-\u9fff）)]) (?=[0-9][.．]) )   # or run inline after a heading (荣誉1.xx籍运动员)
    [0-9]{{1,2}} [.．] (?P<tok>[{_PH}]{{2,4}}) (?=[\u4e00-\u9fff])""", re.MULTILINE | re.VERBOSE)
_BRACKET_MEASURE = re.compile(r"[（(](?:件|个|人|次|户|人次|家|项)[)）]")   # X(件)批: a count's measure word in brackets
_PH_RANGE = re.compile(rf"[0-9]{{0,3}}[{_PH}]{{1,2}}|(?:19|20)[0-9]{{2}}(?=\s?年)")   # the second end of a range
# (X-X月; xx-2028年: a plan's first year withheld)
_NUMBER_SIGN = re.compile(r"[0-9]{1,4}号")   # a document number's serial after its year: 〔XX〕33号
#: A rate or a change right before a placeholder (规工增速xx、, 分别增长x，, 完成率xx): its number withheld.
_RATE_BEFORE = re.compile(r"(?:增速|增幅|增长|下降|提高|降低|上升|回落|率|占比|比重)$")
_NOT_A_PLACEHOLDER = re.compile(r"[光线線轴軸]|射线|射線")  # X光, X线, X轴: a word, not a placeholder
_PLAN_NAME = re.compile(r"[”\"」]\s?(?:发展纲要|發展綱要|计划|規劃|规划|計劃|时期|時期|期间|期間)")  # “xx”计划: a plan's number (十五)
#: a five-year plan's period after a placeholder (在**规划开局之年, XX规划期间): the plan's number (十一五)
_PLAN_PERIOD = re.compile(r"(?:规划|计划|規劃|計劃)的?(?:开局|開局|收官|期间|期間|时期|時期|末期|中期)")
_NO_YU_BEFORE = set("其多业剩残富盈结节有宽充空课茶饭酒工闲年月日之零") | set("0123456789〇一二三四五六七八九十百千万亿两几")


# --------------------------------------------------------------------------- checks

_APPROX = frozenset("约近逾")   # before-characters that qualify a number: a unit after one lost its digits
                                #  unless the unit opens with a multiplier (近万户, 约千瓦)


def _stripped_numbers(text: str) -> list[Finding]:
    rules = _number_rules()
    before, words, slot = rules["before"], rules["word"], rules["slot"]
    slot_only, not_slot, anywhere = rules["slot_only"], rules["not_slot"], rules["unit_anywhere"]
    out = []
    for m in _stripped_matches(text):
        kind, (s, e) = m.lastgroup, m.span()
        prev = text[s - 1] if s else ""
        if kind in ("unit", "measure") and prev in before and not (
                kind == "unit" and prev in _APPROX and text[s] not in "万亿千百"):
            continue  # 近万户 keeps its number; 约平方米 lost it
        if kind == "unit" and prev not in slot and prev not in _APPROX and (
                m.group() not in anywhere or _unit_term(text, e)):
            continue  # 万元 after any word (投入资金万元，), but not 万元户, 万人评议
        if kind in ("unit", "measure") and text[s - 2:s] in not_slot:
            continue  # 因为批林批孔: 为 ends a word here, it is no slot for a number
        if kind == "unit" and prev in "过過" and text[s] == "亿" and text[s - 2:s - 1] != "超":
            continue  # 过亿元项目: "over a hundred million" (超过亿元 lost its number)
        if kind == "measure" and (prev + text[s] in words and text[s + 1:s + 4] != "百分点"
                                  or text[s:s + 2] in words
                                  or text[s] == prev and (text[s - 2:s] not in words or text[s - 2:s - 1] in before)
                                  or text[s] == text[s + 1:s + 2]
                                  or (text[s] in slot_only and prev not in slot)
                                  or text[s + 1:s + 2].isdigit()):
            continue  # 文件, 个人, 件件 (either half; 一件件, but not 案件件: a word, then the measure word),
            # 建立起; 提高个百分点 is no 高个; a noun
            # before its own count (即办件1800件) is no measure word
        if kind == "pct" and (prev in "（(：:/、" or text[e:e + 1] in "）)"):
            continue  # a table header: 比重（%）, 单位：%
        if kind == "yu" and prev in _NO_YU_BEFORE:
            continue
        if kind in ("mult", "strict") and text[s - 2:s] in not_slot:
            continue  # 统计万户
        if kind == "strict" and (prev + text[s] in words or text[s:s + 2] in words):
            continue  # 共处理, 直达天津
        if (kind in ("measure", "strict") and _is_han(prev) and prev not in slot and _is_han(text[e:e + 1])
                and person_name_at(text, s)):
            continue  # 局长张元明出席, 蔡元培: a character of a person's name
        out.append(Finding("stripped_number", s, e, f"{kind}: {_context(text, s, e)}"))
    seen = {(f.start, f.end) for f in out}
    out += _clause_numbers(text, seen)
    return out + _gap_numbers(text, seen | {(f.start, f.end) for f in out})


@functools.lru_cache(maxsize=1)
def _gap_re() -> re.Pattern:
    r = _number_rules()
    units = word_pattern(r["unit"])
    measures = "".join(sorted(r["measure"] | r["slot_only"] | r["strict"]))
    return re.compile(
        rf"""
        (?<=[{_HAN}])[ \u3000]+(?P<space>{units}|[{measures}])   # 基金 万元， 群众 人次， 信件 件，
            (?=[，。；、,;）)！？]|以上|左右|$)
      | (?<=[共计达])[ \u3000]+(?P<space_count>{units}|[{measures}])(?=的)   # 片区共 户的签订: after a total's word
      | (?<=[年月])[ \u3000]+(?P<date>[月日])(?=[ \u3000\d在，,]|$)   # 20xx年 月 日: a date's numbers gone
      | (?<=调整至|调整为|提高到|提高至|下降到|下降至|控制在)(?P<to>[ \u3000]+)(?=[，。；,;])   # 调整至 ；
      | (?<=突破|超过|达到)(?P<wan>万)                          # 播放量突破万次, 人次突破万。
            (?=[次人元户个件吨亩册份项家名条]|[，。；、,;]|$)
      | (?: ^[ \t\u3000]* | (?<=[。；！？在于自从至到除：]) | (?<=[一二三四五六七八九十]、)   # at a line's start, after
          | (?<=[{_HAN}][ \u3000])                                             # (情况 年上半年: a blank after a word)
          | (?<=据悉，) | (?<=据了解，) | (?<=据统计，) )                # (据悉，年，某馆共服务…)
        (?P<year>年)(?![度轻纪龄底初末份终报鉴会]|中(?!秋))                 # a stop, 在 自 除 …, a heading's 一、:
            (?=[，,]|是|工作|上半年|下半年|以来|全[镇乡县区市村州省]|我[镇乡县区市局委村]   # 年全镇…投资
               |[镇乡县区市州](?:法院|检察院|人民|政府|委|财政)                   # 年区法院共受理…
               |春节|元旦|中秋|国庆|端午|清明|元宵|重阳                          # 在年中秋节: a holiday's year
               |[^\n]{{0,24}}(?:总结|报告|计划|汇报)[ \t]*$)   # 年工作总结 / 年，我局…
      | (?: \A[ \t\u3000]* | (?<=\n\n) | (?<=[。；！？在]) )       # 年的发展目标是, 在年的基础上: a year gone
        (?P<year_of>年)(?=的)                                       # (not 早⏎年的: a wrapped line)
      | (?<=[。；！？，,、])(?P<year_honour>年)(?=、|先后|被)        # 年、年先后被市委表彰: years of honours gone
      | (?:(?<=[印制下出]发了)|(?<=制定了)|(?<=[印制]发)|(?<=出台了))(?P<year_half>20)(?=年(?![来内以])度?[{_HAN}]{{0,8}}(?:工作|计划|总结|意见|要点|方案))   # 印发了
                                                                    # 20年林业工作安排意见: a year's last digits gone
      | (?: ^[ \t\u3000]* | (?<=[。；！？，,]) )(?P<month>月)(?=[0-9]{{1,2}}[日号])   # 。月16日，: a month gone
      | (?: (?<=[。；！？，,从为于自至到]) | ^(?<![0-9]\n)[ \t\u3000]* )   # ，年12月实现了…, 为年12月31日, a
        (?P<year_month>年)(?=[0-9]{{1,2}}月)                       # line's 年6月25日: a year gone (not 2019⏎年: wrapped)
      | (?<=[树木苗竹])(?P<trees>株)(?=[，。；、,;])                      # 种植各类树木株，: trees counted, number gone
      | (?<=[{_HAN}][市县区旗])(?P<year_feast>年)(?=元旦|春节|国庆|中秋|端午|元宵)   # 某市年元旦、春节系列活动
      | (?<=[{_HAN}]的)(?P<year_colon>年)(?=[：:])                  # 牢记使命的年：一年来…: the year gone
      | (?:(?<=表彰为)|(?<=评为)|(?<=获评))(?P<year_award>年)(?=度[“"「])   # 表彰为年度“全省…” (not 评为年度先进: a yearly title)
      | (?<=[了对、])(?P<year_work>年)(?![初度底末中内终])(?=[\u4e00-\u9fff]{{0,4}}工作)   # 总结了年教育工作
                                                                                  # (not 完成了年初确定的工作)
      | (?<=[{_HAN}])(?<![今去明前后上当每全同本近往隔翌次历])(?P<year_pair>年)   # 实现年、年远景目标: both
            (?=[、和]年(?![底末初度中内份终]))                                      # years of a pair gone (年和年两次)
      | (?<=[{_HAN}]年、)(?<![今去明前后上当每全同本近往隔翌次历]年、)(?P<year_pair2>年)(?![底末初度中内份终])
      | (?:(?<=同比)|(?<=环比)|(?<=比上年)|(?<=较上年))   # 同比增长，: the rate gone (not 实现同比增长，
        (?<!实现同比)(?<!保持同比)(?<!均同比)(?<!都同比)(?<!实现环比)   # nor 均同比增长, said of a whole)
        (?:分别)?(?P<change_lost>增长|下降|增加|减少|上升|提高|降低)(?=[ \t\u3000]*[，,。；;])   # (同比下降 ；: a blank left)
      | (?<=[，,；;])(?P<rate_blank>增长|下降|增加|减少|上升|提高|降低)(?=[ \t\u3000]+[，,。；;])   # 减少134起，下降 ；:
                                                                                    # a rate gone, its blank left
      | (?<=[，,；;])(?P<unit_lost>万元|亿元|万人|万吨|万亩)(?=[，,。；;、])   # 预计收入，万元。: a unit alone
      | (?<=增长|下降|提高|降低|回落|上升)(?P<pct_lost>[0-9]+\.[0-9]+)(?=[;；,，。])   # 增长2.2; its % gone
      | (?<=增长了|下降了|提高了|降低了|上升了)(?P<pct_lost2>[0-9]{{1,3}}(?:\.[0-9]+)?)(?=[;；,，。])   # 下降了10，
      | (?<=计划的|任务的|目标的)(?P<share_lost>[0-9]{{1,3}}(?:\.[0-9]+)?)(?![,，][0-9]{{3}})(?=[;；,，。])   # 占年计划的58.2，
      | (?<=率为|率达|率是)(?P<rate_lost>(?!0[.]|1(?![0-9.]))[0-9]{{1,3}}(?:\.[0-9]+)?)   # 结案率为97，查处率达90以上
            (?![,，][0-9]{{3}})(?=以上|[;；,，。])              # (not 0.8 or 1: a ratio; not 7,000: a number)
        """, re.X | re.M)


@functools.lru_cache(maxsize=1)
def _lost_re() -> re.Pattern:
    """More gaps, each branch led by its own character (多 万 年 .), so that the scan skips
    to them: kept apart from :func:`_gap_re`, whose branches open with look-behinds."""
    return re.compile(
        rf"""
        (?P<duo> [多万]                                        # 多 says "more than" a number gone:
            (?<=[{_HAN}][多万]) (?<![{_NUMERAL_CHARS}许很众诸繁增更最较][多万])   # after a word, not a numeral
            (?: (?<=多)[万亿] | (?<=万)多 | (?<=多)(?=[人家户场车架]次) ) )   # 投入多万元, 经费万多元, 批多人次
            (?=[次人元户个件吨亩册份项家名条场车架平公]|美元)
      | (?P<bare_mult> [万亿]                                 # a bare 万 or 亿 ending a clause after a
            (?<=[{_HAN}][万亿]) (?<![{_NUMERAL_CHARS}上成近逾约超破巨多余来个][万亿])   # word (房屋面积万，): its
            (?=[，。；、,;]) )                                  # digits gone (not 千万, 上万, 成千上万)
      | (?P<year_month> 年                                     # a year gone before its month or half:
            (?<=[{_HAN}]年) (?<![今去明当同每前后上该次隔翌本近往历逐全半整岁末]年)   # 从年5月, 民政局年上半年
            (?=[0-9]{{1,2}}月|上半年|下半年|第[一二三四]季度|一季度) )   # (not 今年5月, 去年上半年 …)
      | (?P<year_span>(?<=《)[—–－\-]{{1,2}})(?=年[{_HAN}][^》\n]{{1,30}}(?:规划|纲要|方案|计划)》)   # 《—年…规划》:
                                                                        # both years of a plan's span gone
      | (?P<year_title>年)(?<=《年)(?![度轻纪龄底初中末份终报鉴会])   # 《年某市环境质量白皮书》 (not 《年谱》)
            (?=[{_HAN}][^》\n]{{1,30}}(?:白皮书|报告|公报|总结|计划|规划|纲要|方案|意见|通知)》)
      | (?P<point>[.．])(?<=[{_HAN}。、，,][.．])                        # 长度为.03公里, 资金.52亿元, 、.17%:
            (?=[0-9]+(?:亿|万|%|％|元|公里|吨|个百分点))                   # the integer part gone
      | (?P<point_bare>[.．])(?<=[{_HAN}][.．])                          # 时的.90下降为.73。: the integer part gone
            (?=[0-9]{{1,3}}(?![0-9.．])(?:下降|上升|增加|减少|提高|降低|[，,。；;](?![0-9])))   # before a change or a
                                                                        # stop (not .1，2-二氯: a chemical's locants)
      | (?P<head_lost>人)(?:(?<=口为人)|(?<=数为人)|(?<=共有人)|(?<=共计人)|(?<=达到人)   # 常住人口为人，增加了人。:
          |(?<=增加了人)|(?<=减少了人)|(?<=增长了人)|(?<=下降了人))(?=[，,。；;、）)])   # a head count gone
      | (?P<point_end>[.．])                                             # 不合格率为5.，, 增长12.%: the
            (?:(?<=[{_HAN}][0-9][.．])|(?<=[{_HAN}][0-9]{{2}}[.．])|(?<=[{_HAN}][0-9]{{3}}[.．]))   # fraction gone
            (?=[，,；;%％]|个百分点)                                      # after a value's point
      | (?P<ordinal>第)(?<=[{_HAN}]第)(?<!次第)(?=[名位](?![置于])|[次届批](?=[{_HAN}])|[ \u3000]{{1,2}}[次届](?=[{_HAN}]))
                                                                        # 上升至第名, 第次会议, 第 次会议, 开展第批示范
      | (?P<top>前)(?<=全[国省市区县]前)(?=[，,。；;、])              # 位居全国前，: how far up gone
      | (?P<grade>类)(?<=[为于到达]类)(?=[，,。；;、）)]|水质|的比例|标准)   # 水质均值为类，: the class (Ⅲ) gone
      | (?P<year_head>[〇○])(?<![{_NUMERAL_CHARS}〇○][〇○])(?=[〇○][〇○一二三四五六七八九]年)   # 〇〇八年: 二 gone
      | (?P<month_lost>月)(?<=[于、至到和及]月)(?=上旬|中旬|下旬|份)   # 分别于月上旬、月上旬: the months gone
      | (?P<year_end>底)(?<=[截至到]底)(?<!到底)(?=[，,])                   # 至底，全市…: the year before 底 gone
      | (?P<lead_lost>[，,])(?<=。[，,])(?=[\u4e00-\u9fff])                 # 。,我们又…: a clause's opening year gone
      | (?P<year_cut>2)(?<![0-9.]2)(?=0[1-9]年(?!历史|前|来|间|左右|之久))   # 申报205年, 204年: a year lost a digit
      | (?P<digits_lost>[,，])(?<=[0-9][,，])(?=\.[0-9])                   # 金额3,.83万元: digits gone
      | (?P<docno_year>\[\]|〔〕|［］)(?<=[\u4e00-\u9fff]字\[\]|[\u4e00-\u9fff]字〔〕|[\u4e00-\u9fff]字［］)(?=[0-9]{{1,4}}号)   # 某爱卫字[]2号:
                                                                        # a document number's year gone
      | (?P<year_dash>年)(?<=[—－]年)(?=[0-9]{{1,2}}月)                        # ——年11月27日: a dateline's year
      | (?P<year_cmp>比)(?<=[{_HAN}，,]比)(?<![同环对相类占正反无好年月期攀这]比)   # 比增加11亿元: the year compared
            (?=(?:增加|增长|下降|减少|上升|提高|降低)了?[0-9])           # with gone (not 同比, 相比, 与去年比, 攀比)
      | (?P<qmark>[?？])(?<=[和及与、共有达计为][?？])(?=[个项家户人所座条名])   # 和?个森林村庄: a digit lost to ?
      | (?P<year_pasted> 20 (?<![0-9.]20) [12][0-9]                  # a template's year pasted where a
            (?: [0-9]{{1,2}}(?:\.[0-9]+)?(?=[%％]) | [0-9]{{2}}(?=年) )   # number was: 20230%, 202223年
          | (?<=[0-9][.．])20[12][0-9](?=个|[%％]|天) )                 # 5.2023个工作日
      | (?P<times_lost>先后)(?=[次批轮](?!序))                 # 先后次到该镇检查: how many times gone
      | 占[^，,。；;、\n0-9]{{0,10}}总[数量额计]的 (?!100[%％]) (?P<share_point>[1-9][0-9]{{2,3}}) (?=[%％])   # 占提案总数的
                                       # 2414%: a share of a total over 100%, its decimal point gone (占计划的120%: a plan's)
      | (?P<dashes>-(?<![-0-9A-Za-z.]-)-{{1,5}})                   # ----年上半年, 党的----大精神: a number a
            (?=年|届|[%％]|个百分点|大(?:精神|报告|以来|胜利|代表|会议))   # template wrote as hyphens
      | (?P<once_in>年)(?<=[超为是达近约]年)(?=一遇)                # 超年一遇: how rare (百年) gone
      | (?P<ref_mark>※)(?<=[\u4e00-\u9fff0-9.]※)                 # 茶园面积※万亩: a template's mark
            (?=万|亿|千|[个项家户人亩吨元斤条座所%％]|[.．][0-9])      # where a number goes
      | (?P<congress_lost>大)(?<=党的大)(?=精神|报告|以来|胜利|代表|会议|重要|提出|作出|部署|擘画)   # 党的大精神: its number gone
      | (?P<plenum_lost>届)(?<![{_NUMERAL_CHARS}0-9]届)(?=中全会)       # 届中全会: both numbers gone
      | (?: (?<=\n\n) | (?<=[。：:！？]\n) ) [ \t\u3000]*          # a paragraph opening with a bare 、
        (?P<heading_lost>、)(?=[\u4e00-\u9fff])                 # (、开展专项行动): its ordinal gone
      | (?:占|为|是)[^，。；、,;\n0-9]{{1,12}}的                   # 占总人口的30.5， 仅为全县的1.86，:
        (?P<share_of>[0-9]{{1,3}}(?:\.[0-9]+)?)(?![,，][0-9]{{3}})(?=[;；,，。])   # a share's % (or 倍) gone
        """, re.X | re.M)


#: A rate gone after 同比增长 is told from a whole sentence (房价环比下降，) by another number
#: gone this near it (水稻万亩，同比增长，).
CHANGE_NEIGHBOUR = 20
#: Gaps found whatever character stands before them (the others not after a numeral or a unit).
_GAPS_ANY_BEFORE = frozenset("wan duo bare_mult pct_lost2 rate_lost share_lost share_of times_lost heading_lost year_colon year_pasted point point_end year_cut digits_lost year_dash"
                             " change_lost unit_lost year_cmp congress_lost plenum_lost share_point dashes once_in rate_blank ref_mark".split())


def _gap_numbers(text: str, seen: set[tuple[int, int]]) -> list[Finding]:
    """A number gone from a gap: a measure word after a space (not a line break: wrapped
    lines split words, 市⏎场), a bare 万
    after 突破/超过/达到, 多 with no number to exceed (经费万多元, 投入多万元, 批多人次), a year
    gone from the start of a line or a sentence, or after 在 (年工作总结, 年，我局…, 年是…之年,
    在年上半年工作中)."""
    out = []
    for m in sorted(itertools.chain(_gap_re().finditer(text), _lost_re().finditer(text)), key=lambda m: m.start()):
        s, e = m.span(m.lastgroup)
        word_end = text[max(0, s - 40):s].rstrip(" \u3000\n")[-1:]  # the character before the gap
        if m.lastgroup == "space" and word_end + text[s:e] in _number_rules()["word"]:
            continue  # 市⏎场: a word broken by the layout
        if m.lastgroup == "change_lost" and not any(abs(a - s) <= CHANGE_NEIGHBOUR for a, _ in seen) \
                and text[e:e + 1] not in " \t\u3000":
            continue   # 房价环比下降，调控见效 is a whole sentence; 水稻万亩，同比增长， lost both numbers,
            # 同比下降 ； its rate and left the blank before the mark
        if (s, e) not in seen and (m.lastgroup in _GAPS_ANY_BEFORE or word_end not in _number_rules()["before"]):
            seen = seen | {(s, e)}   # the two patterns may both find a year (。年5月): once
            out.append(Finding("stripped_number", s, e, f"{m.lastgroup}: {_context(text, s, e)}"))
    return out


def _unit_term(text: str, e: int) -> bool:
    """The unit ending at ``e`` may name a size rather than an amount: a word follows it that is
    not a unit_next one (万元户, 亿元村, 万人评议, 亿元以上项目; not 万元，万元用于, 万元的)."""
    nxt = text[e:e + 1]
    return (_is_han(nxt) or nxt.isascii() and nxt.isalpha()) and not any(
        text.startswith(w, e) for w in _number_rules()["unit_next"])  # 万元GDP能耗 too


def _clause_numbers(text: str, seen: set[tuple[int, int]]) -> list[Finding]:
    """Measure words and units ending a count_verb clause with no numeral in it (淘汰落后设备台，)."""
    rules = _number_rules()
    before, words = rules["before"], rules["word"]
    out, pos, have = [], 0, False
    while (m := _clause_re().search(text, pos)) is not None:
        while m is not None:  # the clause's measure word, then those of the items after 、
            s, e = m.span("m")
            prev = text[s - 1]
            have = m.group(0)[:2] in rules["have_verb"] if m.re is _clause_re() else have
            if (s, e) not in seen and prev not in before and not (  # 完成各项，建成近万户
                    e - s == 1 and not (have and text[s] == "处") and (prev + text[s] in words or prev == text[s])):  # 建成文化广场，
                out.append(Finding("stripped_number", s, e, f"clause: {_context(text, s, e)}"))
            pos = e
            m = _item_re().match(text, e + 1) if text[e:e + 1] == "、" else None
    return out


def _blank_for_a_name(prev: str, nxt: str) -> bool:
    """A lone underscore before a word, after a character or a list mark (协助_局、_股长), before
    a place word (。_县法律援助中心), or between a verb and a comma (宣传贯彻_，): a blank where a
    name was, not a stray underscore."""
    return (_is_han(nxt) and (_is_han(prev) or prev in ("、", "，", "和") or nxt in _PLACE_WORDS)
            or _is_han(prev) and nxt in ("，", "；", "、"))


#: A county's count of the places it governs, each withheld (现辖x 镇x 乡x 街道): after 辖 in
#: the clause (not 辖区, the area), an x before a kind of place is a number, not a name.
_GOVERNS = re.compile(r"辖(?!区)[^，。；：\n]{0,12}$")
_GOVERNED = re.compile(r"[ \t]?(?:镇|乡|村|街道|社区|个)(?!、)")   # (not 下辖XX镇、XX乡: names listed)
_PLACE_WORDS = "县市区镇乡省村州"   # _县法律援助中心: after a blank, a place's name withheld


def _placeholders(text: str) -> list[Finding]:
    """``x``/``X``/``×``/``*``/``_`` runs standing for withheld numbers (stripped_number:
    20XX年, X余场次, x.x%, 第X届, 文物*处, 总投资20__万元, “xx”计划) or withheld names (redaction:
    XX县, 学xx强信念, 《X》); not arithmetic (5×3, 1920x1080) nor a bullet at a line's start."""
    out = []
    for m in _PLACEHOLDER.finditer(text):
        s, e = m.span("tok")
        tok, prev, nxt = m.group("tok"), text[s - 1:s], text[e:e + 1]
        if nxt == " " and text[e + 1:e + 2] in ("〕", "]", "］", "）", ")"):
            nxt = text[e + 1]   # 〔20 xx 〕: a copy's blank before the bracket
        year_of_number = prev in ("[", "［", "〔", "（", "(") and nxt in ("]", "］", "〕", "）", ")") and (   # 宜办发[20xx]6号, 〔XX〕33号
            len(tok.replace(" ", "")) == 4 or _NUMBER_SIGN.match(text, e + 1) is not None)
        dated = (d := _PH_DATE.match(text, s)) is not None and not d.group().replace(".", "").isdigit()   # 201X/X/XX
        named = prev in "(（" and nxt in ")）" and len(tok) > 1 and _is_han(text[s - 2:s - 1])   # 冀鲁（**）
        counted = (prev in "(（[［" and nxt in ")）]］" and _AFTER_NUMBER.match(text, e + 1) is not None   # 贫困户(*)户, 修订 [X] 项
                   or _BRACKET_MEASURE.match(text, e) is not None)                               # X(件)批
        dashes = len(text[e:e + 2]) - len(text[e:e + 2].lstrip("-—~～"))   # X-X月, XX——XX学年
        ranged = dashes > 0 and (r := _PH_RANGE.match(text, e + dashes)) is not None and (
            _AFTER_NUMBER.match(text, r.end()) is not None or len(tok) == len(r.group()) == 4)   # 201*--201*学年
        placed = tok in ("X", "XX", "x", "xx") and _PLACE_AFTER.match(text, e) is not None   # X 县民政局
        worded = len(tok) >= 2 and set(tok) <= set("xX×") and (   # 推进xxx（…）, 路-xxx路, 之乡—--xx召开
            _is_han(prev) or prev in "-—" and _is_han(text[max(0, s - 8):s].rstrip("-—")[-1:]) and _is_han(nxt))
        listed = len(tok) >= 2 and not any(c.isdigit() for c in tok) and "、" in (prev, nxt)   # 赴XX、XX、XX等地, （xx、某寨）: names withheld in a list
        if not (year_of_number or dated or named or ranged or counted or placed or worded or listed) and (prev and prev in "+-=/*^{<|" or prev and prev in "(（[［" and not _is_han(nxt)
                                                       or nxt and nxt in "(（*+=^/-"):
            continue  # code and formulas: 1001-490X(2000), 2*(1-F), 2x*H (not （20xx年颁发）)
        spaced = (tok == "X" or tok == "x" and _SPACED_COUNT.match(text, e)) and prev == " " and (
            _is_han(text[s - 2:s - 1]) or text[s - 2:s - 1] in ("、", "，")) and (   # (群众、 x 余个机构: in a list)
            nxt == " " and _AFTER_NUMBER.match(text, e) is not None or counted   # 来访 X 件, X（件）批
            or _is_han(nxt) and _AFTER_NUMBER.match(text, e) is not None
            and not _NOT_A_PLACEHOLDER.match(text, e))                           # 排查密接 X人, 约 X亩
        if tok in ("x", "X") and nxt.isascii() and nxt.isalpha():
            continue   # xm, Xmas: a letter's word or a variable, not a placeholder before a unit's letters
        if prev.isdigit() or nxt.isdigit() or tok in ("x", "X") and not spaced and not placed and (
                prev and prev in " \t/=" or prev.isascii() and prev.isalnum()):
            continue  # 5×3, 3*4; a variable (与 x 间)
        if len(tok) == 1 and (prev in ("", "\n") and nxt in (" ", "\t") and not placed
                              or tok in "_＿" and not _is_han(prev) and not _blank_for_a_name(prev, nxt)):
            continue  # a bullet "* item"; a lone underscore
        # across blanks and line breaks: 镇长 xx 任; XX⏎镇 on a page that put each word on a line
        prev = text[max(0, s - 40):s].rstrip(" \t\u3000\n")[-1:] if prev in (" ", "\t", "\u3000", "\n") else prev
        nxt = text[e:e + 40].lstrip(" \t\u3000\n")[:1] if nxt in (" ", "\t", "\u3000", "\n") else nxt
        number = (year_of_number or dated or ranged or counted or any(c.isdigit() or c in ".．" for c in tok) or prev == "第"
                  or text[e:e + 1] == "、" and (p2 := _PLACEHOLDER.match(text, e + 1)) is not None
                  and _AFTER_NUMBER.match(text, p2.end("tok")) is not None   # 在____、____月份: a list of numbers
                  or set(tok) <= set("_＿") and _year_blank_below(text, e)   # ____⏎⏎年: its 年 on a later line
                  or prev in _NUMERALS and tok in ("_", "＿")      # “十_”期间: a plan's number cut after 十
                  or _PH_DECIMAL.match(text, e) is not None      # XX.27%: the integer part withheld
                  or (_AFTER_NUMBER.match(text, e) is not None and not _NOT_A_PLACEHOLDER.match(text, e))
                  or prev in "“\"「" and _PLAN_NAME.match(text, e) is not None
                  or _PLAN_PERIOD.match(text, e) is not None     # 在**规划开局之年: a plan's number
                  or _RATE_BEFORE.search(text, max(0, s - 4), s) is not None    # 规工增速xx、: a rate's
                  or prev != "、" and _GOVERNS.search(text, max(0, s - 14), s) is not None
                  and _GOVERNED.match(text, e) is not None)
        if not number and (not (_is_han(prev) or _is_han(nxt) or named or listed
                                or prev + nxt in ("《》", "“”", "「」", "〔〕", "【】")) or _NOT_A_PLACEHOLDER.match(text, e)
                           or len(tok) == 1 and tok in "_＿" and not _blank_for_a_name(prev, nxt)):
            continue
        if set(tok) == {"☆"} and not (number or _is_han(prev) or _PLACE_AFTER.match(text, e)):
            continue   # ☆ as a bullet or a rating (☆加强领导, ☆☆☆), not ☆县 nor 任务☆万亩
        kind = "stripped_number" if number else "redaction"
        out.append(Finding(kind, s, e, f"placeholder: {_context(text, s, e)}"))
    for m in _ITEM_PLACEHOLDER.finditer(text):   # 2.××村: after an item's number, a name withheld
        s, e = m.span("tok")
        decimal = m.start() > 0 and _is_han(text[m.start() - 1]) and _AFTER_NUMBER.match(text, e) is not None
        out.append(Finding("stripped_number" if decimal else "redaction", s, e,   # 增长1.xx倍: a decimal's
                           f"placeholder: {_context(text, s, e)}"))               # digits withheld
    return sorted(out, key=lambda f: f.start)


def _year_blank_below(text: str, e: int) -> bool:
    """A form's blank ending at ``e`` whose number's word (年) a page break put on a later line,
    past two blanks or breaks at least (____⏎⏎年我们…)."""
    ahead = text[e:e + 40]
    gap = len(ahead) - len(ahead.lstrip(" \t\u3000\n"))
    return gap > 1 and _AFTER_NUMBER.match(text, e + gap) is not None


def _omissions(text: str) -> list[Finding]:
    """Dots in brackets standing for words left out of a copy, beside a word: 乡内〔...〕农产品
    (not after a Latin letter or digit: f(...)); a number's when a measure word follows (〔…〕个村)."""
    out = []
    for m in _OMISSION.finditer(text):
        s, e = m.span()
        prev, nxt = text[max(0, s - 3):s].rstrip(" \t\u3000")[-1:], text[e:e + 3].lstrip(" \t\u3000")[:1]   # (某地 (略) 某某)
        if "略" in m.group() and not _is_han(nxt):
            continue   # 附件（略） at a line's end: the document's own note that a part is left out
        if _is_han(prev) or (_is_han(nxt) and not prev.isalnum()):
            kind = "stripped_number" if _AFTER_NUMBER.match(text, e) is not None else "redaction"
            out.append(Finding(kind, s, e, f"omission: {_context(text, s, e)}"))   # 投资〔…〕万元: a number
    return out


# Capital letters standing for the names of places or bodies (E社区, A、B、C和D等社区): a letter
# alone, or a list of them, right before a place or body word.
_LETTER_NAMES = re.compile(r"""
    (?<![A-Za-z0-9.\-&])
    [A-WYZ] (?: [、和及与] [A-WYZ] )*                     # A, or A、B、C和D (X: a placeholder, above)
    等?                                                 # (等)
    (?= 社区|村(?![民级])|镇|乡(?![村镇])|街道|小区|公司|企业|学校|医院|县|市(?![场民])|厂 )   # not 区: zones (P区, A区)
    """, re.VERBOSE)


def _letter_names(text: str) -> list[Finding]:
    """Each capital letter in a name's place before a place or body word (E社区, A、B和C等村)."""
    return [Finding("redaction", s, s + 1, f"letter for a name: {_context(text, s, s + 1)}")
            for m in _LETTER_NAMES.finditer(text) for s in range(m.start(), m.end()) if text[s].isupper()]


# A leader's name taken out of a set formula without a mark (a site that strips names):
# 以(习近平同志)为核心的党中央, 以(习近平)新时代中国特色社会主义思想为指导, 贯彻落实(习近平
# 总书记)重要讲话 / 落实(习近平总书记)对某省工作的重要讲话.
_STRIPPED_NAME = re.compile(r"""
    以为核心的党中央                                                        # the name's place: 以|为核心
  | 新时代中国特色社会主义思想 (?<=[以用和把持习彻实]新时代中国特色社会主义思想)   # after 以, 坚持, 学习, 贯彻, 落实
  | 重要(?:讲话|指示) (?<=(?:贯彻落实|学习贯彻|深入贯彻|认真贯彻|认真落实)重要(?:讲话|指示))
  | 对 (?<=(?:贯彻落实|学习贯彻|深入贯彻|认真贯彻|认真落实)对) [\u4e00-\u9fff、]{1,16}? 的?重要(?:讲话|指示)
    """, re.VERBOSE)


def _stripped_names(text: str) -> list[Finding]:
    """A leader's name left out of a set formula (以为核心的党中央, 贯彻落实重要讲话): the
    formula is the evidence, reported as a redaction."""
    if "重要" not in text and "核心" not in text and "思想" not in text:
        return []
    return [Finding("redaction", m.start(), m.end(), f"name left out: {_context(text, m.start(), m.end())}")
            for m in _STRIPPED_NAME.finditer(text)]


_LATIN_TOKEN = re.compile(r"(?<![A-Za-z])[A-Za-z]{2,}(?![A-Za-z])")
LATIN_HEAVY = 8   # distinct Latin words that make a text one of symbols, where ZZ is no redaction


#: A template's field for a name left in square brackets ([公园名称], 【单位名称】): a name withheld.
_NAME_FIELD = re.compile(r"[\[［【]\s?[\u4e00-\u9fff]{0,6}(?:名称|名字|姓名)\s?[\]］】]")


def _name_fields(text: str) -> list[Finding]:
    """Template fields standing where a name goes, inside a sentence (在[公园名称]新植乔木)."""
    return [Finding("redaction", m.start(), m.end(), f"name field: {_context(text, m.start(), m.end())}")
            for m in _NAME_FIELD.finditer(text)]


def _redactions(text: str) -> list[Finding]:
    out = _omissions(text) + _letter_names(text) + _name_fields(text)
    if not _REDACTION_CHARS.search(text):
        return out  # most reports: one fast scan instead of the four-branch regex
    latin = None
    for m in _REDACTION.finditer(text):
        if m.lastgroup in ("star", "times", "xx"):
            continue  # placeholders: see _placeholders
        if m.lastgroup == "initials":
            latin = len(set(_LATIN_TOKEN.findall(text))) if latin is None else latin
            if latin >= LATIN_HEAVY:
                continue  # a text that writes in symbols (基于一致性DD将DS中…): DD is one of them
        s, e = m.span()
        prev, nxt = text[s - 1:s], text[e:e + 1]
        if prev and prev in "+-=/*^{<|" or prev and prev in "(（[［" and not _is_han(nxt) or nxt and nxt in "(（*+=^/-":
            continue  # code and formulas: 1001-490X(2000), 2*(1-F), 2x*H (not （20xx年颁发）)
        if prev.isdigit() or nxt.isdigit() or (prev and prev in "*×") or (prev in ("", "\n") and nxt == " "):
            continue  # 5×3, a bullet "* item"
        if m.lastgroup == "ring" and (prev in _NUMERALS or nxt in _NUMERALS):
            continue  # 二○○○年
        if m.lastgroup == "box" and e - s == 1 and not _is_han(prev):
            continue  # a bullet or a check box: "□加强领导", "□是 □否"
        if not (_is_han(prev) or _is_han(nxt)):
            continue
        kind = ("stripped_number" if m.lastgroup in ("hash", "equals") and _AFTER_NUMBER.match(text, e)
                else "redaction")
        out.append(Finding(kind, s, e, f"{m.lastgroup}: {_context(text, s, e)}"))   # 增长##%: a number
    return out


#: Digits read by OCR as Latin letters in a figure (增长IL0%, 零售总额L05万亿元, 产量LIl万吨): I, l and L
#: for 1, with digits or each other, right before a unit or multiplier, after a Chinese word.
_OCR_DIGITS = re.compile(r"""
    (?<=[\u4e00-\u9fff])                        # after a word (not inside a Latin name)
    (?=[0-9.]*[IlL])                             # one letter at least …
    (?:[IlL]|[0-9.]){2,7}                         # … among digits or its like (IL0, L05, LIl)
    (?=[万亿]|[%％]|元|吨|人|个|户|亩)             # before a unit or a multiplier
    """, re.VERBOSE)


#: A ? standing for a lost mark (· or 《) or a formula's subscript (H?O): between two names inside short quotes (“文明某县？慷慨某城”),
#: between two figures (“9？ 18”), right after 关于 (关于？人防工作的通知), or both marks of a
#: document's name (？关于某某的通知？); a question inside quotes asks with one of _ASKING.
_LOST_MARK = re.compile(r"""
    “ [^“”\n？?]{1,9} [\u4e00-\u9fff] (?P<quoted> [?？] ) [\u4e00-\u9fff] [^“”\n？?]{0,9} ”   # “甲？乙”
  | (?<=[0-9]) (?P<figures> [?？] ) (?=[ \t]?[0-9])                                     # 9？ 18
  | (?<=关于|關於) (?P<about> [?？] ) (?=[\u4e00-\u9fff])                               # 关于？某某
  | (?P<book> [?？] (?:关于|關於) [^\n?？“”]{2,60}? (?:通知|意见|意見|决定|決定|办法|辦法|规定|規定|方案|报告|報告
       |批复|批覆|规划|規劃|纲要|綱要) [?？] )                                           # ？关于某某的通知？: 《》 lost
  | (?<=[委府]) (?P<organs> [?？] ) (?=[省市县区州镇乡]?(?:委|政府|人大|政协|纪委))          # 省委？省政府: a · lost
  | (?<=[\u4e00-\u9fff]发) (?P<docno> [?？] ) (?=(?:19|20)[0-9xX]{2}[?？])                    # 某纪发？20xx？12号:
  | (?<=[0-9xX]{4}) (?P<docno2> [?？] ) (?=[0-9]{1,4}号)                                   # 〔〕 of a document's number
  | (?<=[0-9\u4e00-\u9fff）)]) (?P<run> [?？]{3,8} ) (?=[\u4e00-\u9fff]|[ \t]*(?:\n|\Z))   # 11:11????信息来源,
  | (?<=[\u4e00-\u9fff]) (?P<pair> [?？]{2} ) (?=[》”」])                                  # 《某某日？?》: a name's
                                                                                     # last characters lost
                                                                                     # 某县人民政府????⏎: lost characters
  | (?<=[A-Z]) (?P<formula> [?？] ) (?=[/A-Z)）])                                      # PaO?/FiO?, cmH?O: a formula's
                                                                                     # subscript lost
    """, re.VERBOSE)
_ASKING = re.compile(r"[吗呢么什怎何哪谁誰几幾岂豈啊吧否乎]|多少|难道|難道")   # a question's words (何 in 如何, 为何; 否 in 是否)
_QUOTE_AROUND = 12   # characters on each side of a ? searched for a question word inside its quotes


def _lost_marks(text: str) -> list[tuple[int, int]]:
    """Spans of ? standing between words for a lost mark, not ending a question."""
    out = []
    for m in _LOST_MARK.finditer(text):
        s, e = m.span(m.lastgroup)
        if _ASKING.search(text, max(0, s - _QUOTE_AROUND), e + _QUOTE_AROUND) is None:
            out.append((s, e))
    return out


def _mojibake(text: str) -> list[Finding]:
    spans = [m.span() for m in _EXPLICIT_MOJIBAKE.finditer(text)]
    spans += _lost_marks(text)
    spans += [m.span() for m in _OCR_DIGITS.finditer(text)]
    glyphs = [m.span() for m in _PDF_GLYPHS.finditer(text)]
    if len({text[s] for s, _ in glyphs}) >= PDF_GLYPH_KINDS:
        spans += glyphs
    cluster: list[tuple[int, int, int]] = []
    for span in _suspicious(text):
        if cluster and span[0] - cluster[-1][1] > MOJIBAKE_GAP:
            spans += _cluster_span(cluster)
            cluster = []
        cluster.append(span)
    spans += _cluster_span(cluster)
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [Finding("mojibake", s, e, f"garbled: {_context(text, s, e)}") for s, e in merged]


def _weight(m: re.Match) -> int:
    """A match of :func:`_suspicious_re`: a run (``??``) weighs 2, a character 1, or 2 when
    it is outside GB2312 (傚)."""
    if m.end() - m.start() > 1:
        return 2
    return 2 if _is_han(m.group()) and _outside_gb2312(m.group()) else 1  # not private-use glyphs


def _cluster_span(cluster: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    weight = sum(w for _, _, w in cluster)
    return [(cluster[0][0], cluster[-1][1])] if weight >= MOJIBAKE_MIN else []


def _is_han(ch: str) -> bool:
    return bool(ch) and ("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff")


def _context(text: str, s: int, e: int, n: int = 6) -> str:
    return f"{text[max(0, s - n):s]}[{text[s:e]}]{text[e:e + n]}".replace("\n", " ")


#: 多少 in a number's place after an amount's slot and before its unit (总投资多少亿元, 共多少项):
#: a template's blank, unless its sentence asks (共完成多少项？).
_HOW_MUCH = re.compile(r"""
    多少 (?: (?<=共多少) | (?<=投资多少) | (?<=项目多少) | (?<=资金多少) | (?<=完成多少) | (?<=累计多少)
         | (?<=达到多少) | (?<=实现多少) )                                # after an amount's slot
    (?= (?:万|亿|千|百)? (?:元|美元|项|个|人|户|家|亩|吨|公里|平方米|座|所|条|次|件|%|％) )   # before its unit
    """, re.VERBOSE)   # not 有多少个县, 用多少个格点, 使多少人: a question or an indefinite
_QUESTION_END = re.compile(r"[^。；;！!\n]{0,80}?[？?吗呢]")


#: 人 as a count's measure word whose number is gone, after a kind of person or an approximation and
#: before a clause's end (社会组织负责人人、, 管理技术人员人，, 党员约人，).
_PEOPLE_GAP = re.compile(r"(?:人员|负责人|工作者|职业者|人数|人口|约|共|[师员者长])(?P<unit>人)(?=[，,、；;。])")   # (兼职讲师人，副林长人；)
#: 于年 before a verb (县政府于年在总结…, 于年启动): a year whose digits were stripped (not 于年底, 于年轻干部).
_YEAR_AFTER_YU = re.compile(r"""
    于 (?P<unit>年)                                       # 于年, then a verb or a preposition:
    (?= 在|对|将|被|把|向|与|由|经|起                       # 于年在…, 于年被…
      | 开始|启动|召开|成立|印发|出台|制定|组织|完成|实现     # 于年启动…
      | 荣获|获得|评为|正式|全面|首次 )                     # 于年荣获…
    """, re.VERBOSE)


#: 年度 or 年 whose year was stripped (签订了度目标责任书, 对全县度涌现出的…, 某县委员会年工作总结, 某局年
#: 上半年): 度 after a verb's 了 or a place, before what a year's work has; 年 after a body's name,
#: before its work summary or half-year (not 某局年度工作总结, 青年工作, 全年工作: words of their own).
_CUT_YEAR_WORD = re.compile(r"""
    (?: (?<=[了县市区镇乡]) (?=度(?:目标|工作|考核|涌现|总结|计划|报告|先进|优秀|评比|表彰))   # 了度目标
      | (?<=[会局委府院所站队部厅办处室校镇乡村区县市]) (?=年(?:工作(?:总结|计划|汇报|要点)|上半年|下半年))   # 委员会年工作总结
    ) (?P<unit>[度年])
    """, re.VERBOSE)


#: A share whose figure is gone: 占 and its whole (a task, plan or total), then 的 right before a
#: clause's end (占任务的，占全县的；; not 占主导地位的，): the percentage after 的 was stripped.
_CUT_SHARE = re.compile(r"""
    占 [^，,。；;：:\n0-9%％]{0,6}?
    (?:任务|任務|计划|計劃|目标|目標|总数|總數|总量|總量|总额|總額|总人口|總人口|总面积|總面積|全[国國省市县縣区區镇鎮乡鄉村])
    (?P<unit>的) (?=[，,。；;])                   # 占任务的，: the share's figure after 的 was stripped
    """, re.VERBOSE)


#: A year cut to its last digit before a month (自3年7月6日, 3年12月; not 3年7个月: a span).
_CUT_YEAR = re.compile(r"(?<![0-9０-９.])(?<![0-9]\s)(?P<unit>[0-9])年(?=[0-9]{1,2}月)")   # (not 199 1年: a year spaced)
#: A zero left of a number whose other digits went, before 余 or 多 and a unit (多达0余人): no count is
#: "more than zero".
_ZERO_LEFT = re.compile(r"(?<=[\u4e00-\u9fff])(?P<unit>0)(?=[余多](?:万|亿)?(?:个|人|户|家|项|件|次|名|元|亩|吨|所|条|处))")
#: A measure word after a blank where its number was, before a clause's end (提案、议案 件，).
_BLANK_COUNT = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000](?P<unit>[件个项家次名条户])(?=[，,。；;、])")


def _number_gaps(text: str) -> list[Finding]:
    """A count of people whose number was stripped (负责人人、, 约人，, 讲师人，), a year cut to one
    digit before its month (自3年7月6日), a measure word after a blank (议案 件，), a year gone
    after 于 (于年在总结), a zero left of a count (多达0余人): stripped_number."""
    return [Finding("stripped_number", m.start("unit"), m.end("unit"),
                    f"measure: {_context(text, m.start('unit'), m.end('unit'))}")
            for rx in (_PEOPLE_GAP, _CUT_YEAR, _BLANK_COUNT, _YEAR_AFTER_YU, _CUT_YEAR_WORD, _CUT_SHARE, _ZERO_LEFT)
            for m in rx.finditer(text)]


def _how_much(text: str) -> list[Finding]:
    """多少 standing for a number in a statement (共多少项，总投资多少亿元): stripped_number."""
    return [Finding("stripped_number", m.start(), m.end(), f"placeholder: {_context(text, m.start(), m.end())}")
            for m in _HOW_MUCH.finditer(text) if _QUESTION_END.match(text, m.end()) is None]


# --------------------------------------------------------------------------- public

def find_quality_issues(text: str) -> list[Finding]:
    """Stripped numbers, redactions and mojibake in cleaned simplified ``text``.

    Returns findings sorted by position; ``text[f.start:f.end]`` is the
    evidence (the orphaned measure word, the ``*``, the garbled run).

    >>> [(f.kind, f.start) for f in find_quality_issues("设立*举报窗口，××县")]
    [('redaction', 2), ('redaction', 8)]
    """
    if not isinstance(text, str):
        raise TypeError(f"find_quality_issues() takes a str, got {type(text).__name__}")
    held = _placeholders(text) if _REDACTION_CHARS.search(text) else []
    redacted = _redactions(text)
    ends = {f.end for f in held} | {f.end for f in redacted if f.kind == "stripped_number"}
    stripped = [f for f in _stripped_numbers(text) if f.start not in ends]  # x.x%, ##%: one finding
    taken = {f.start for f in stripped}
    found = (stripped + held + redacted + _stripped_names(text) + _mojibake(text) + _how_much(text)
             + [f for f in _number_gaps(text) if f.start not in taken])
    return sorted(found, key=lambda f: (f.start, f.end, f.kind))


def removed_damage(removals: list[Finding], cleaned_input: str, *, skip: tuple[str, ...] = ()) -> list[Finding]:
    """Mojibake inside text the cleaning removed (a 范文 blurb mis-decoded: 总结吧?偨Y怎么写):
    the file was read in the wrong encoding, which the kept text may show less plainly.

    Each finding sits where its removal does (start == end) with ``source`` the garbled span
    in ``cleaned_input``, the text :func:`summarylab.clean` was given; removals without a
    ``source``, and those of the kinds in ``skip`` (pieces whose source spans hold kept text:
    ``summarylab.cleaning.PIECEWISE_KINDS``; spam, garbled or not, says nothing of the page's
    encoding), are passed over.

    >>> gone = Finding("boilerplate_removed", 0, 0, "preface: …", source=(0, 12))
    >>> [(f.kind, f.start, f.source) for f in removed_damage([gone], "写写总结吧？偨Y（jié）怎么写")]
    [('mojibake', 0, (5, 7))]
    """
    out = []
    for r in removals:
        label = r.detail.split(":", 1)[0]
        if r.kind != "boilerplate_removed" or r.source is None or label in skip:
            continue
        s0, e0 = r.source
        out += [Finding("mojibake", r.start, r.start, f"in removed {label}: {f.detail.removeprefix('garbled: ')}",
                        source=(s0 + f.start, s0 + f.end)) for f in _mojibake(cleaned_input[s0:e0])]
    return out


def findings_frame(findings: list[Finding], offsets: OffsetMap | None = None,
                   source_offsets: OffsetMap | None = None) -> pd.DataFrame:
    """Findings as a DataFrame.

    Columns: kind, start, end, detail (as in :class:`Finding`), orig_start,
    orig_end (the span in the original input via ``offsets.span``; equal to
    start/end when ``offsets`` is None). A removal (``source`` set) gets the span
    of the removed text instead, via ``source_offsets`` (the map of the text
    that was cleaned). Empty frame with these columns when there are no findings.

    >>> int(findings_frame([Finding("redaction", 2, 3, "star")]).loc[0, "orig_end"])
    3
    """
    rows = []
    for f in findings:
        if f.source is not None and source_offsets is not None:
            os_, oe = source_offsets.span(*f.source)
        else:
            os_, oe = offsets.span(f.start, f.end) if offsets is not None else (f.start, f.end)
        rows.append(dict(zip(FINDING_COLUMNS, (f.kind, f.start, f.end, f.detail, os_, oe))))
    return records_frame(rows, FINDING_COLUMNS, {c: "int64" for c in ("start", "end", "orig_start", "orig_end")})
