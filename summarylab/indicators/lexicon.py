"""The indicator lexicon: the rule data compiled once a process, and the hit it scans.

========================== ===================================================
name                       what it is
========================== ===================================================
:func:`_lexicon`           a :class:`_Lexicon` (cached; rebuilt after
                           :func:`summarylab.add_words`): the scanner, the
                           look-back, trim, cut, stop and keep patterns, the
                           units and the word lists of indicator_words.txt
:func:`_scanner`           the verbose scanner pattern (its named groups tabled)
:class:`_Unit`             one unit of units.txt: base, flags (change, arabic,
                           not, count)
:class:`_Hit`              a scanner match with the groups every check reads
_PERIOD, _SPAN             periods (2019年, 十三五期间) and spans (五年来),
                           verbose, with their first and last characters
_NUM_CHARS, _BARE, …       character sets of numerals and multipliers
========================== ===================================================

Rule data is read through :mod:`summarylab.ruledata` (``_WORDS``, ``_UNITS``,
``_EXCLUSIONS`` declare what is expected of each file).

This module does not read a text: it only builds what :mod:`.scanner`, :mod:`.values`
and :mod:`.subject` use. Traditional-script forms of every word are added here
(:func:`summarylab.ruledata.with_traditional`), so the patterns match both scripts.

>>> _lexicon().units["歐元"].base, _lexicon().units["个百分点"].base
('欧元', '百分点')
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .. import ruledata
from .._trie import word_pattern
from ..numerals import ARABIC, CHINESE, MIXED, MULTIPLIER

_NUM_CHARS = "〇零○一壹二两兩贰貳三叁參叄四肆五伍六陆陸七柒八捌九玖十拾百佰千仟廿万萬亿億"
_FORMAL = "壹贰貳叁參叄肆伍陆陸柒捌玖"   # the formal digits (capital numerals of amounts)
_ORDINARY = "一二两兩三四五六七八九十百千"   # ordinary digits and the small multipliers
_BARE = frozenset("十拾百佰千仟万萬亿億")
_LARGE = frozenset("万萬亿億")   # the multipliers that make a count large (folded by 万/亿)
_TEN = ("十", "拾")
_ONE = {"一", "壹"}
_SMALL_CN = re.compile(f"[{_NUM_CHARS}]{{1,2}}")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_CLAUSE_PUNCT = set("，,；;：:。！？!?\n、（(）)“”\"「」《》")
_JOIN = r"(?:[-－~～至到]|—(?!—))"
_LIST_JOINS = frozenset(("、", "和", "及"))
# a span of years (支出五年|累计, 比上一年: a span, not the subject); verbose, for the trim
_SPAN = r"""
    (?<![〇零○一二三四五六七八九十两])          # not the end of a longer numeral
    (?: 上一?个? | 前 | 近 | 过去 | 这 )?       # 上一个, 前, 近, 过去, 这
    [一二三四五六七八九十两]{1,3} 个? [年届]    # 五年, 三个年, 两届
    (?: 来|间|中|内|里 )?                       # 五年来, 五年间
"""
# the characters a _SPAN, a _PERIOD can start and end with (keep in step with the patterns)
_SPAN_FIRST, _SPAN_LAST = "上前近过这一二三四五六七八九十两", "年届来间中内里"
_PERIOD_FIRST = "12一二今去上全明当本下前“过近三四五六七八九十两年"
_PERIOD_LAST = "年度底末初期间間来"
_THOUSANDS = re.compile(r"[0-9０-９][,，][0-9０-９]{3}(?![0-9０-９])")   # 33，212: not a clause break
_PERIOD = re.compile(rf"""
    (?=[{_PERIOD_FIRST}])                                 # (a quick test of the first character)
    (?: (?:[12][0-9]{{3}}|[一二][〇零○一二三四五六七八九]{{3}})   # a year: 2019年, 二〇一九年
        (?: [-—至到] (?:[12][0-9]{{3}}) )? 年             # or years: 2016-2020年
        (?: [上下]半年 | 前?[一二三四1-4]季度 | 底 | 末 | 初 )?   # 2019年上半年, 前三季度, 底
      | (?: 今年|去年|上年|全年|明年|当年|當年|本年度|上半年|下半年 )
        (?: [上下]半年 | 前?[一二三四]季度 | 底 | 末 | 初 )?      # 今年一季度, 去年底
      | 前[一二三]季度                                              # 前三季度
      | 年[底末初]                                                  # 年末各项存款余额
      | “?[一二三四五六七八九十]{{1,3}}五”? (?:计划|計劃)? (?:期间|时期|期間|時期)   # “十三五”时期
      | 过去[一二三四五六七八九十两]年 | 近[一二三四五两]年来? | [一二三四五六七八九十两]年来  # 过去五年
    )""", re.VERBOSE)


@dataclass(frozen=True)
class _Unit:
    base: str
    change_only: bool
    arabic_only: bool
    not_before: tuple[str, ...]
    chinese_after: tuple[str, ...] = ()
    count: bool = False   # a measure word that counts things (件 家 人 …): units.txt flag "count"


@dataclass(frozen=True)
class _Lexicon:
    scan: re.Pattern
    units: dict[str, _Unit]
    longest_unit: int
    lookback: re.Pattern
    lookback_ends: frozenset
    change: re.Pattern
    increase: frozenset
    changes: frozenset   # the change words, rises and falls (增加, 下降 …)
    bare_ok: tuple[str, ...]
    bare_ok_compound: tuple[str, ...]
    trim: re.Pattern
    trim_ends: frozenset
    cut: re.Pattern
    kept_cuts: frozenset
    person: tuple[str, ...]
    noun_stop: re.Pattern
    keep: re.Pattern | None
    keep_broken: frozenset   # words ending in a kept word's first character (银行 of 银行为)
    structure: tuple[str, ...]
    structure_firsts: frozenset
    reference: tuple[str, ...]
    exclusions: tuple[re.Pattern, int]
    change_next: re.Pattern
    change_first: frozenset
    suffix: frozenset
    after_approx: tuple[str, ...]
    share_not: tuple[str, ...]
    share_hedge: tuple[str, ...]
    share_not_noun: tuple[str, ...]
    qualifier: re.Pattern
    place: frozenset
    unit_prefixes: frozenset
    formula_head: tuple[str, ...]
    contractions: tuple[tuple[str, tuple[str, ...]], ...]
    industry: re.Pattern   # an industry name that holds a 、 or 和 (纺织服装、服饰业)


# what _lexicon reads of the rule data (summarylab.ruledata checks the files against it)
_WORDS = ruledata.Sections("indicator_words.txt", (
    "increase", "decrease", "compare", "approx_before", "approx_after", "bare_ok", "bare_ok_compound",
    "subject_cut", "subject_cut_kept", "subject_trim", "subject_keep", "subject_keep_broken", "subject_lead", "subject_suffix", "noun_stop",
    "structure", "person_subject", "reference", "share_not", "share_hedge", "share_not_noun",
    "subject_qualifier", "place_word", "formulation_head"))
_UNITS = ruledata.Table("units.txt", ("change", "arabic", "not", "count"))
_EXCLUSIONS = ruledata.Words("indicator_exclusions.txt")
_CONTRACTIONS = ruledata.Words("contractions.txt")
_INDUSTRIES = ruledata.Words("industry_names.txt")


def _sections() -> dict[str, list[str]]:
    """The word lists of indicator_words.txt, with their traditional forms."""
    return {k: ruledata.with_traditional(v) for k, v in _WORDS.read().items()}


def _firsts(words) -> str:
    """The first characters of ``words``, for :func:`_guarded`."""
    return "".join(sorted({w[0] for w in words}))


def _lasts(words) -> str:
    """The last characters of ``words``, for the checks that skip an end-anchored search
    when the text cannot end in a match (the look-back, the subject trim)."""
    return "".join(sorted({w[-1] for w in words}))


def _guarded(alternatives: str, first: str) -> str:
    """``alternatives`` behind a look-ahead for the characters ``first`` that any of their
    matches starts with (none may match the empty string).

    re tries an alternation branch by branch at every position it searches; the look-ahead
    rejects most positions in one step, which makes the searches over each candidate's
    clause (subject trims and cuts, noun stops, kept words, units) 2-3 times faster.
    Same matches."""
    if not first:   # an empty lexicon: nothing to guard
        return f"(?:{alternatives})"
    return f"(?=[{re.escape(first)}])(?:{alternatives})"


def _load_units() -> dict[str, _Unit]:
    units = {}
    for surface, base, *flags in _UNITS.read():
        nots = [w for f in flags if f.startswith("not:") for w in f[4:].split(",") if w]
        after = [w for f in flags if f.startswith("arabic:") for w in f[7:].split(",") if w]
        arabic = any(f.split(":")[0] == "arabic" for f in flags)
        unit = _Unit(base, "change" in flags, arabic, tuple(ruledata.with_traditional(nots)),
                     tuple(ruledata.with_traditional(after)), "count" in flags)
        for form in ruledata.with_traditional([surface]):
            units.setdefault(form, unit)
    return units


def _load_exclusions() -> tuple[re.Pattern, int]:
    """One pattern for the phrases with numerals (idioms, formulations), and their longest
    length, so a numeral can be checked against the few characters around it."""
    phrases = [words[0] for words in _EXCLUSIONS.read()]
    phrases += [words[0] for words in ruledata.FORMULATIONS.read()   # the canonical forms
                if any(c in _NUM_CHARS for c in words[0])]
    phrases = ruledata.with_traditional(phrases)
    firsts = "".join(sorted({p[0] for p in phrases}))
    return re.compile(f"(?=[{re.escape(firsts)}])(?:{word_pattern(phrases)})"), max(map(len, phrases))


def _load_contractions() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(存贷款, (存款, 贷款)) …, in both scripts, longest word first (三次产业 before 城乡)."""
    from ..normalisation import to_script

    pairs = {}
    for entry in _CONTRACTIONS.read():
        for words in (entry, to_script(" ".join(entry), "traditional").split(" ")):
            pairs.setdefault(words[0], tuple(words[1:]))
    return tuple(sorted(pairs.items(), key=lambda p: -len(p[0])))


def _industry_pattern() -> re.Pattern:
    """The industry names of industry_names.txt in both scripts, longest first."""
    from ..normalisation import to_script

    names = {w for (name, *_) in _INDUSTRIES.read() for w in (name, to_script(name, "traditional"))}
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))


def _scanner(units: dict[str, _Unit], approx_after: list[str]) -> re.Pattern:
    """The pattern that finds candidate numbers: a number (or a range of two) that carries a
    unit, a multiplier or a fraction word, with what surrounds it in named groups.

    =========  ==============================================================
    group      holds
    =========  ==============================================================
    pct, den   百分之 / 千分之 / <den>分之 before the number (den: 三 of 三分之一)
    n1         the number (Arabic, Chinese, or mixed: 1万6千)
    m1, join,  a range: the first number's multiplier (3万-5万), the joining mark
    n2         (- ~ 至 到 —), the second number
    sfx        余 多 几 来 right after the number (300余)
    mbr, mult  a line break inside the number, then its multiplier(s) (万, 亿, 十万)
    sfx2,      余/多 after the multiplier, and a second multiplier (3万余亿)
    mult2
    ubr, unit  a line break before the unit, then the unit (a word of units.txt)
    post       an approximation word after it (左右, 以上 …: approx_after)
    =========  ==============================================================

    >>> scan = _lexicon().scan
    >>> m = scan.search("新增就业1.2万人左右")
    >>> m.group("n1", "mult", "unit", "post")
    ('1.2', '万', '人', '左右')
    >>> scan.search("打好三大攻坚战") is None     # a numeral with nothing that measures it
    True
    """
    num = f"(?:{MIXED}|{ARABIC}|{CHINESE})"
    unit = _guarded(word_pattern(units), _firsts(units))
    return re.compile(rf"""
        # where a number may start. The common case (no numeral before) is the first branch,
        # for speed. A formal digit inside a word does not start or continue a numeral with
        # the ordinary digits after it: 队伍|六支, 入伍|14人, 大陆|三家 (伍万元 stays a numeral)
        (?=[{_NUM_CHARS}0-9０-９])
        (?: (?<![{_NUM_CHARS}0-9０-９.．])            # not inside a longer number
            (?![{_FORMAL}][{_ORDINARY}])            # nor a formal digit before an ordinary one
          | (?<=[{_FORMAL}])(?=[{_ORDINARY}0-9０-９])  # or digits right after a formal digit
        )
        # a fraction word: 百分之三十, 千分之三, 三分之一 (a denominator in words or digits)
        (?P<pct> 百分之 | 千分之
               | (?P<den> [一二两兩三四五六七八九十]{{1,2}} | [1-9][0-9]? ) 分之
                 (?=[一二两兩三四五六七八九十0-9])
        )?
        (?P<n1> {num} )                             # the number
        (?: (?: [ \u3000]? (?P<m1> {MULTIPLIER}{{1,2}} ) | (?P<pct1> [%％] ) )?   # 3万-5万, 5%-6%
            (?P<join> {_JOIN} )                     # a range: 3-5, 三至五
            (?P<n2> {num} )
            (?(pct1) (?= [%％] ) )                  # (升16%至3110万人次: a rise, then a level)
        )?
        (?P<sfx> [余多几来餘幾來] )?                  # 300余, 十几
        # the multiplier: 共占地 50⏎亩, a line break may split the number from its multiplier
        # or unit (see _line_split)
        (?: [ \u3000]? (?P<mbr> \n )? (?P<mult> {MULTIPLIER}{{1,3}} ) )?
        (?: (?P<sfx2> [余多餘] ) (?P<mult2> [亿億] )? )?   # 3万余, 1万多亿
        (?: [ \u3000]? (?P<ubr> \n )? (?P<unit> {unit} ) )?   # the unit: 人, 亿元, 个百分点
        # a candidate carries something that measures it: a unit, else a multiplier, else
        # a fraction word; a bare numeral (三大攻坚战) fails here
        (?(unit) | (?(mult) | (?(pct) | (?!) ) ) )
        (?P<post> {word_pattern(approx_after)} )?   # 左右, 以上 …
        """, re.VERBOSE)


def _lookback_pattern(compare: list[str], change: str, approx_before: list[str], starts: str) -> re.Pattern:
    """What may stand right before a number: a change (比上年增长, 下降幅度为, 提高至每人每月)
    and an approximation word (约, 近). Searched in the few characters before the number and
    anchored at its start ($); may match empty (the look-ahead lets the end through, see
    :func:`_guarded`).

    ===== ================================================================
    group holds
    ===== ================================================================
    chg   the whole change: a comparison (同比, 比上年), the change word, its size
          words (幅度为), 到/至/为, a date (2020年底的), a rate (每人每月)
    cw    the change word (增长, 下降 …: increase / decrease of indicator_words.txt)
    cw1   增 or 减, the change word cut short, after a comparison or a clause's comma
    cw2   多 or 少 after a comparison (比去年同期多完成11亿元): more or less than then
    cmp   同比 or 环比 standing alone before the number (同比11.4%: growth, its verb left out)
    apx   an approximation word (approx_before: 约, 近, 超过 …)
    sign  a sign right before the number (增长-3.1%: a fall; 同比+5.2%)
    ===== ================================================================
    """
    return re.compile(
        (f"(?=[{re.escape(starts)}]|$)" if starts else "") + rf"""
        (?P<chg>
            (?: {word_pattern(compare)} | [同环]\x20比 )?   # 同比, 比上年, 较去年; 同 比 (a site's blank)
            (?! (?<=起) 降 ) (?P<cw> {change} ) 了?   # 增长, 下降了 (not 航班起降: take-offs and landings)
            (?: 的?幅度? (?:为|是|达到?)? )?        # 下降幅度为65.6%: the change's size
            (?: \x20? (?: 到|至|为 ) )?                # 提高到, 提高 为 (a sharing site's blanks)
            (?: (?: [12][0-9]{{3}} | [一二][〇零○一二三四五六七八九]{{3}} ) 年 (?:底|末)? 的?
              | (?: 现在|目前|当前 ) 的
            )? \x20?                                # 下降到2020年底的, 降低到目前的
            (?: 每[人户亩年月天日] ){{0,2}}          # 提高至每人每月1250元: a rate per head or month
            (?: [（(] [^（）()\n]{{1,8}} [）)] )?      # 增长（同口径）16.53%: a note on the basis
          | (?: {word_pattern(compare)} | (?<=[，,；;]) | (?<=同期) )   # 比上年增4公斤, …，增4.9%,
                                                    # 较2021年同期增0.8%: the change
            (?P<cw1> 增支 | 减支 | 增 | 减 | 減 ) 了?    # word cut to one character, after a comparison
                                                    # or opening a clause (not 新增); a budget's
                                                    # 同比增支 (not 减收增支: a total)
          | {word_pattern(compare)} (?P<cw2> 多 | 少 ) (?: 完成 | 实现 | 增加 | 减少 )?   # 比去年同期多完成:
                                                    # more or less than then
          | (?P<cmp> 同比 | 环比 | 環比 ) (?: 为 | 為 )?   # 同比11.4%: a bulletin's rate, its verb left out
        )?
        (?<! [签簽履节節违違践踐缔締] )           # 签约|16个, 履约: 约 ends a word (not 损失约…)
        (?P<apx> {word_pattern(approx_before)} )?   # 约, 近, 超过
        (?P<sign> [-−－+＋] )?                      # 增长-3.1%, 同比+5.2%: a signed rate
        [ \u3000]? $                                # 约 9500 亩
        """, re.VERBOSE)


def _change_next_pattern(compare: list[str], change: str, changes: list[str]) -> re.Pattern:
    """A change right before the next number (96件|下降到58件: the change of the next number):
    a comparison, the change word, 到/至/为, a date, then a digit or numeral ahead."""
    return re.compile(_guarded(rf"""
        (?: {word_pattern(compare)} )?              # 同比, 比上年
        (?: {change} ) 了? [到至为為]?                # 下降到, 增长了
        (?: (?: [12][0-9]{{3}}年 | 年[底末] | 目前 | 现在 | 当前 ) 的? )?   # 2020年底的
        (?= [0-9０-９{_NUM_CHARS}] )                 # a number follows
        """, _firsts(compare + changes)), re.VERBOSE)


@functools.lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    """Load the data files and compile the scanner once per process."""
    units = _load_units()
    words = _sections()
    scan = _scanner(units, words.get("approx_after", []))
    changes = words.get("increase", []) + words.get("decrease", [])
    change = word_pattern(changes)
    starts = _firsts(words.get("compare", []) + changes + words.get("approx_before", []))
    # the characters a look-back match can end with ($ also matches before a final \n)
    ends = set(_lasts(changes + words.get("approx_before", [])) + "了到至为為年底末的度达是人户亩月天日比多少成现支 \u3000\n-−－+＋）)")
    lookback = _lookback_pattern(words.get("compare", []), change, words.get("approx_before", []), starts)
    trims = words.get("subject_trim", []) + ["由", "从", "较", "從", "較"]
    # the last characters of a trim ($ also matches before a final \n)
    trim_ends = frozenset(_lasts(trims) + "比" + _PERIOD_LAST + _SPAN_LAST + "\n")
    trim = re.compile(_guarded(f"{word_pattern(trims)}|(?<!占)比|{_PERIOD.pattern}|{_SPAN}",   # 比上年, but
                               _firsts(trims) + "比" + _PERIOD_FIRST + _SPAN_FIRST) + "$",  # 占比 a noun
                      re.VERBOSE)   # _PERIOD and _SPAN are verbose
    leads = words.get("subject_lead", [])
    cuts = words.get("subject_cut", [])
    kept_cuts = words.get("subject_cut_kept", [])
    # a lead verb is told by its group (m.lastgroup); no lead word is a prefix of a cut word
    # or the other way round, so the separate alternatives match as one would
    lead_group = f"|(?P<lead>{word_pattern(leads)})" if leads else ""
    kept_group = f"|(?P<kept>{word_pattern(kept_cuts)})" if kept_cuts else ""   # 新增: the subject starts at it
    cut = re.compile(_guarded(f"{_PERIOD.pattern}|{word_pattern(cuts)}{lead_group}{kept_group}|[0-9%]",   # 去年底 whole
                              _PERIOD_FIRST + _firsts(cuts + leads + kept_cuts) + "0123456789%"), re.VERBOSE)
    stops = words.get("noun_stop", []) + cuts + kept_cuts
    keeps = words.get("subject_keep", [])
    return _Lexicon(scan=scan, units=units, longest_unit=max(map(len, units)), lookback=lookback, lookback_ends=frozenset(ends),
                    change=re.compile(change),
                    increase=frozenset(words.get("increase", [])), changes=frozenset(changes),
                    bare_ok=tuple(words.get("bare_ok", [])), trim=trim, trim_ends=trim_ends,
                    bare_ok_compound=tuple(words.get("bare_ok_compound", [])),
                    cut=cut, kept_cuts=frozenset(kept_cuts),
                    person=tuple(words.get("person_subject", [])),
                    noun_stop=re.compile(_guarded(word_pattern(stops), _firsts(stops))),
                    keep=re.compile(_guarded(word_pattern(keeps), _firsts(keeps))) if keeps else None,
                    keep_broken=frozenset(words.get("subject_keep_broken", [])),
                    structure=tuple(words.get("structure", [])),
                    structure_firsts=frozenset(_firsts(words.get("structure", []))),
                    reference=tuple(words.get("reference", [])),
                    exclusions=_load_exclusions(),
                    change_next=_change_next_pattern(words.get("compare", []), change, changes),
                    change_first=frozenset(_firsts(words.get("compare", []) + changes)),
                    suffix=frozenset(words.get("subject_suffix", [])),
                    after_approx=tuple(words.get("approx_after", [])),
                    share_not=tuple(words.get("share_not", [])),
                    share_hedge=tuple(sorted(words.get("share_hedge", []), key=len, reverse=True)),
                    share_not_noun=tuple(words.get("share_not_noun", [])),
                    qualifier=re.compile(word_pattern(words.get("subject_qualifier", [])) or "(?!)"),
                    place=frozenset(words.get("place_word", [])),
                    unit_prefixes=frozenset(u[:i] for u in units for i in range(1, len(u))),   # 个 of 个百分点
                    formula_head=tuple(words.get("formulation_head", [])),
                    contractions=_load_contractions(),
                    industry=_industry_pattern())


class _Hit:
    """A scanner match with the groups every check reads, read once (re.Match.group is
    a method call; the checks below would make some twenty of them per hit)."""

    __slots__ = ("m", "start", "end", "pct", "n1", "n2", "mult", "unit_s", "post", "chinese", "unit")

    def __init__(self, m: re.Match, lex: _Lexicon):
        self.m = m
        self.start, self.end = m.span()
        self.pct, self.n1, self.n2, self.mult, self.unit_s, self.post = m.group(
            "pct", "n1", "n2", "mult", "unit", "post")
        self.chinese = self.n1[0] in _NUM_CHARS
        self.unit = lex.units.get(self.unit_s) if self.unit_s else None
