"""Find numeric indicators (reported quantities) in a report's text.

:func:`extract_indicators` scans the text once with one precompiled regular
expression for a numeral (Arabic, Chinese or mixed, see
:mod:`summarylab.numerals`) followed by a multiplier, a unit or measure word
(``summarylab/data/units.txt``) or a percent sign, then reads a few characters
around each hit for modifiers (a number grouped by spaces, 5 000人次, is read whole):
approximation (近 约 余 多 左右 以上 …), change
(增长 下降 同比 …, ``summarylab/data/indicator_words.txt``), a range (8-10个,
30至50家, 两三个, 四、五十亿元), the thing measured (subject) and the period of the sentence.

Fractions and multiples in words are read as percentages (``../shared/GUIDELINES.md``, last
section; arithmetic in :func:`summarylab.numerals.word_percent`): 成 tenths (近两成 -> 20 %,
approximate; 增长两成 -> +20 %), 分之 (三分之一 -> 33.3 %, one decimal), 番 after 翻 (翻一番
-> +100 %, 翻了两番 -> +300 %) and 倍 after a rise (增长1.5倍 -> +150 %); a ratio
(是上年的2倍, 增加到原来的3倍) stays 倍. Numbers split by layout are read whole where a
piece cannot stand alone (收入1⏎2248元 -> 12248, 98. 5% -> 98.5, 工业总产值 23⏎亿元,
628007人 次 -> 人次, 4 9 2 5 0万吨), never two numbers that have their own units
(2019年 5月, 3个 5项). Lists share what their last item spells out: a unit
(0.63个、2.34个、3.73个百分点; 10.6万、3.3万平方公里; bare 8.5、7.2和6.1%) and, after
分别, the subjects in order (城镇、农村居民人均可支配收入分别达到X和Y).

It skips numbers that are not indicators: years and dates (2002年, 3月下旬,
11月份; 年/月/日 are not units), durations (八个多月, 三个月; time units count only
after a change word, as in 缩短到5天), ordinals (第三批, 前5名), numbered
formulations and idioms (三个代表, 四个结合, 三番五次, 一系列 — quoted numbered
phrases, phrases followed by 即, and ``summarylab/data/indicator_exclusions.txt``;
``summarylab/data/formulations.txt`` is consulted too when it exists), a
multiplier with no digit before it (千万元以上企业 — but 近千条, 上万人 count), a bare
一 with a measure word (一个窗口, 一次性, 一批), a small count that only sums up
the list before it (甲、乙两个方面), and numbers glued to Latin letters (PM2.5, G20). Outline markers, phone numbers, addresses (88号) and registration
numbers have no unit and so never match.

It does not segment words (no jieba), resolve what a percentage is a
percentage of beyond the words next to it (see ``subject``), convert units into one another (公斤 stays 公斤), read 过半
or 大半, join a number split by layout when its first piece is in Chinese numerals or alone on
its line, or rewrite the text: every ``quote`` is ``text[start:end]`` (a quote may hold the
break it was read across).

Columns of the returned DataFrame (one row per indicator, in text order):

========== =================================================================
quote      text[start:end]: the number with its modifiers and unit
           (``同比增长8.7%``, ``30余家``, ``近千条``)
value      float, canonical: multipliers folded (276.4亿元 -> 2.764e10),
           the lower bound of a range, the numerator of 百分之…, a fraction or
           multiple in words as a percentage (三分之一 -> 33.3, 翻一番 -> 100)
value_max  float, upper bound of a range (8-10个 -> 10.0), else NaN
unit       base unit in simplified script (元 美元 项 个 家 人 % 百分点 倍 吨 …)
approx     bool: 近 约 余 多 几 左右 以上 超过 突破 逾 … or a range
change     "increase", "decrease" or "" (增长 提高 / 下降 减少 降低 削减 缩短 …);
           in 由X增加到Y both X and Y carry the one change
subject    the thing measured, from the clause before the number
           (国内生产总值, 行政审批项目; a share's part before 占; not past a qualifier:
           生产总值|剔除…因素增长7.8%; the item in order in a 分别 list), else the
           previous indicator's subject in the same sentence (比上年增长…),
           else for a bare count or percentage the noun after it (30余家企业
           -> 企业, 50%的县 -> 县); "" when none is found
start, end character offsets of the quote in ``text``
sentence_start, sentence_end  offsets of the enclosing sentence
period     the time the value refers to (2002年, 2019年1-9月, 十五期间; 今年 resolved
           when the document ``year`` is given), never the comparison base
base, measure, status, indicator
           comparison base (上年, 同期), level / change_rate / change_amount / share,
           achieved / target / plan, catalogue name: see :mod:`summarylab.panel`
========== =================================================================

Example
-------
>>> df = extract_indicators("2021年全县实现地区生产总值276.4亿元，同比增长8.7%。")
>>> df[["quote", "value", "unit", "change", "subject"]].values.tolist()
[['276.4亿元', 27640000000.0, '元', '', '地区生产总值'], ['同比增长8.7%', 8.7, '%', 'increase', '地区生产总值']]
>>> df.period.tolist()
['2021年', '2021年']
"""
from __future__ import annotations

import functools
import math
import re
from bisect import bisect_right
from dataclasses import dataclass

import pandas as pd

from . import ruledata
from ._table import records_frame
from ._trie import word_pattern
from .panel import NEW_COLUMNS, add_columns
from .periods import _SENTENCE_END as _TIMELINE_SENTENCE_END
from .numerals import (ARABIC, CHINESE, MIXED, MULTIPLIER, NumberError, parse_number, parse_range, scale,
                       word_percent)

__all__ = ["COLUMNS", "extract_indicators"]

COLUMNS = ["quote", "value", "value_max", "unit", "approx", "change", "subject", "start", "end",
           "sentence_start", "sentence_end", "period", *NEW_COLUMNS]   # the last ones: summarylab.panel

_DTYPES = {"value": "float64", "value_max": "float64", "approx": "bool", "start": "int64",
           "end": "int64", "sentence_start": "int64", "sentence_end": "int64"}
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
_NOT_APPROX = {"约": "节制简预契条合公规婚隐", "約": "節制簡預契條合公規婚隱",
               "近": "最附邻靠亲贴鄰親貼", "超": "赶高趕"}
_NOUN_END = frozenset("的和与及等在对为进了被把将是已都均获受與對為進將獲0123456789")
_SESSION = ("会议", "全会", "全体会议", "代表大会", "會議", "全體會議", "代表大會")
_THRESHOLD = frozenset(("以上", "以下"))
_DISCOURSE_AFTER = frozenset("是都就也，,。：:；;最")
_LIST_JOINS = frozenset(("、", "和", "及"))
_SPAN = (r"(?<![〇零○一二三四五六七八九十两])(?:上一?个?|前|近|过去|这)?"   # 支出五年|累计, 比上一年:
         r"[一二三四五六七八九十两]{1,3}个?[年届](?:来|间|中|内|里)?")      # a span, not the subject
# the characters a _SPAN, a _PERIOD can start and end with (keep in step with the patterns)
_SPAN_FIRST, _SPAN_LAST = "上前近过这一二三四五六七八九十两", "年届来间中内里"
_PERIOD_FIRST = "12一二今去上全明当本下前“过近三四五六七八九十两"
_PERIOD_LAST = "年度底末初期间間来"
_THOUSANDS = re.compile(r"[0-9０-９][,，][0-9０-９]{3}(?![0-9０-９])")   # 33，212: not a clause break
_PERIOD = re.compile(
    f"(?=[{_PERIOD_FIRST}])"
    r"(?:(?:[12][0-9]{3}|[一二][〇零○一二三四五六七八九]{3})(?:[-—至到](?:[12][0-9]{3}))?年"
    r"(?:[上下]半年|前?[一二三四1-4]季度|底|末|初)?"
    r"|(?:今年|去年|上年|全年|明年|当年|當年|本年度|上半年|下半年)(?:[上下]半年|前?[一二三四]季度|底|末|初)?"
    r"|前[一二三]季度"
    r"|“?[一二三四五六七八九十]{1,3}五”?(?:计划|計劃)?(?:期间|时期|期間|時期)"
    r"|过去[一二三四五六七八九十两]年|近[一二三四五两]年来?|[一二三四五六七八九十两]年来)")


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
    bare_ok: tuple[str, ...]
    bare_ok_compound: tuple[str, ...]
    trim: re.Pattern
    trim_ends: frozenset
    cut: re.Pattern
    person: tuple[str, ...]
    noun_stop: re.Pattern
    keep: re.Pattern | None
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


# what _lexicon reads of the rule data (summarylab.ruledata checks the files against it)
_WORDS = ruledata.Sections("indicator_words.txt", (
    "increase", "decrease", "compare", "approx_before", "approx_after", "bare_ok", "bare_ok_compound",
    "subject_cut", "subject_trim", "subject_keep", "subject_lead", "subject_suffix", "noun_stop",
    "structure", "person_subject", "reference", "share_not", "share_hedge", "share_not_noun",
    "subject_qualifier", "place_word", "formulation_head"))
_UNITS = ruledata.Table("units.txt", ("change", "arabic", "not", "count"))
_EXCLUSIONS = ruledata.Words("indicator_exclusions.txt")


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


@functools.lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    """Load the data files and compile the scanner once per process."""
    units = _load_units()
    words = _sections()
    num = f"(?:{MIXED}|{ARABIC}|{CHINESE})"
    scan = re.compile(
        # 队伍|六支, 入伍|14人, 大陆|三家: a formal digit inside a word does not start or
        # continue a numeral with the ordinary digits after it (伍万元 stays a numeral);
        # the common case (no numeral before) is the first branch, for speed
        f"(?=[{_NUM_CHARS}0-9０-９])(?:(?<![{_NUM_CHARS}0-9０-９.．])(?![{_FORMAL}][{_ORDINARY}])"
        f"|(?<=[{_FORMAL}])(?=[{_ORDINARY}0-9０-９]))"
        # 百分之三十, 千分之三, 三分之一 (a denominator in words or digits, then 分之)
        r"(?P<pct>百分之|千分之|(?P<den>[一二两兩三四五六七八九十]{1,2}|[1-9][0-9]?)分之(?=[一二两兩三四五六七八九十0-9]))?"
        f"(?P<n1>{num})(?:(?:[ \u3000]?(?P<m1>{MULTIPLIER}{{1,2}})|[%％])?(?P<join>{_JOIN})(?P<n2>{num}))?"
        r"(?P<sfx>[余多几来餘幾來])?"
        f"(?:[ \u3000]?(?P<mbr>\n)?(?P<mult>{MULTIPLIER}{{1,3}}))?"   # 共占地 50⏎亩: a break may split
        # the number from its multiplier or unit (see _line_split)
        r"(?:(?P<sfx2>[余多餘])(?P<mult2>[亿億])?)?"
        f"(?:[ \u3000]?(?P<ubr>\n)?(?P<unit>{_guarded(word_pattern(units), _firsts(units))}))?"
        r"(?(unit)|(?(mult)|(?(pct)|(?!))))"
        f"(?P<post>{word_pattern(words.get('approx_after', []))})?")
    changes = words.get("increase", []) + words.get("decrease", [])
    change = word_pattern(changes)
    starts = _firsts(words.get("compare", []) + changes + words.get("approx_before", []))
    # the characters a look-back match can end with ($ also matches before a final \n)
    ends = set(_lasts(changes + words.get("approx_before", [])) + "了到至为年底末的度达是人户亩月天日 \u3000\n")
    lookback = re.compile(   # may match empty: the look-ahead lets the end through (see _guarded)
        (f"(?=[{re.escape(starts)}]|$)" if starts else "") +
        f"(?P<chg>(?:{word_pattern(words.get('compare', []))})?(?P<cw>{change})了?"
        r"(?:的?幅度?(?:为|是|达到?)?)?"   # 下降幅度为65.6%: the change's size
        r"(?:到|至|为)?"
        r"(?:(?:[12][0-9]{3}|[一二][〇零○一二三四五六七八九]{3})年(?:底|末)?的?|(?:现在|目前|当前)的)? ?"
        r"(?:每[人户亩年月天日]){0,2})?"   # 提高至每人每月1250元: a rate per head or month
        f"(?P<apx>{word_pattern(words.get('approx_before', []))})?[ \u3000]?$")   # 约 9500 亩
    trims = words.get("subject_trim", []) + ["由", "从", "较", "從", "較"]
    # the last characters of a trim ($ also matches before a final \n)
    trim_ends = frozenset(_lasts(trims) + "比" + _PERIOD_LAST + _SPAN_LAST + "\n")
    trim = re.compile(_guarded(f"{word_pattern(trims)}|(?<!占)比|{_PERIOD.pattern}|{_SPAN}",   # 比上年, but
                               _firsts(trims) + "比" + _PERIOD_FIRST + _SPAN_FIRST) + "$")  # 占比 a noun
    leads = words.get("subject_lead", [])
    cuts = words.get("subject_cut", [])
    # a lead verb is told by its group (m.lastgroup); no lead word is a prefix of a cut word
    # or the other way round, so the separate alternatives match as one would
    lead_group = f"|(?P<lead>{word_pattern(leads)})" if leads else ""
    cut = re.compile(_guarded(f"{_PERIOD.pattern}|{word_pattern(cuts)}{lead_group}|[0-9%]",   # 去年底 whole
                              _PERIOD_FIRST + _firsts(cuts + leads) + "0123456789%"))
    stops = words.get("noun_stop", []) + cuts
    keeps = words.get("subject_keep", [])
    return _Lexicon(scan=scan, units=units, longest_unit=max(map(len, units)), lookback=lookback, lookback_ends=frozenset(ends),
                    change=re.compile(change),
                    increase=frozenset(words.get("increase", [])),
                    bare_ok=tuple(words.get("bare_ok", [])), trim=trim, trim_ends=trim_ends,
                    bare_ok_compound=tuple(words.get("bare_ok_compound", [])),
                    cut=cut,
                    person=tuple(words.get("person_subject", [])),
                    noun_stop=re.compile(_guarded(word_pattern(stops), _firsts(stops))),
                    keep=re.compile(_guarded(word_pattern(keeps), _firsts(keeps))) if keeps else None,
                    structure=tuple(words.get("structure", [])),
                    structure_firsts=frozenset(_firsts(words.get("structure", []))),
                    reference=tuple(words.get("reference", [])),
                    exclusions=_load_exclusions(),
                    change_next=re.compile(_guarded(   # 96件|下降到58件: the change of the next number
                        f"(?:{word_pattern(words.get('compare', []))})?(?:{change})了?[到至为為]?"
                        r"(?:(?:[12][0-9]{3}年|年[底末]|目前|现在|当前)的?)?"
                        f"(?=[0-9０-９{_NUM_CHARS}])", _firsts(words.get("compare", []) + changes))),
                    change_first=frozenset(_firsts(words.get("compare", []) + changes)),
                    suffix=frozenset(words.get("subject_suffix", [])),
                    after_approx=tuple(words.get("approx_after", [])),
                    share_not=tuple(words.get("share_not", [])),
                    share_hedge=tuple(sorted(words.get("share_hedge", []), key=len, reverse=True)),
                    share_not_noun=tuple(words.get("share_not_noun", [])),
                    qualifier=re.compile(word_pattern(words.get("subject_qualifier", [])) or "(?!)"),
                    place=frozenset(words.get("place_word", [])),
                    unit_prefixes=frozenset(u[:i] for u in units for i in range(1, len(u))),   # 个 of 个百分点
                    formula_head=tuple(words.get("formulation_head", [])))


def _compared(text: str, start: int) -> bool:
    """The period at ``start`` is the term of a comparison (比2002年, 较上年), not the
    report's own period."""
    return text[start - 1:start] in ("比", "较", "較")


class _Document:
    """Per-text indexes: sentence ends, built once, and the period mentions of each sentence
    that has an indicator, found when first asked for (a period never spans a sentence end,
    so a sentence's mentions are those a scan of the whole text finds in it)."""

    def __init__(self, text: str):
        self.text = text
        self.ends = list(map(re.Match.end, _SENTENCE_END.finditer(text)))
        # sentence start -> (start, end, the words, whether a comparison: 比2002年) of each
        # period mention in the sentence
        self.periods: dict[int, list[tuple[int, int, str, bool]]] = {}

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.ends, pos)
        start = self.ends[i - 1] if i else 0
        end = self.ends[i] if i < len(self.ends) else len(self.text)
        return start, end

    def period(self, pos: int, s_start: int, s_end: int) -> str:
        """The last period of the sentence ending before ``pos`` that is not a comparison,
        else the first one starting at or after ``pos``, else ""."""
        mentions = self.periods.get(s_start)
        if mentions is None:
            text = self.text
            mentions = self.periods[s_start] = [(m.start(), m.end(), m.group(), _compared(text, m.start()))
                                                for m in _PERIOD.finditer(text, s_start, s_end)]
        found = ""
        for a, b, words, compared in mentions:   # in text order: those before come first
            if b <= pos:
                found = found if compared else words
            elif a >= pos:
                return found or words
        return found


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


def extract_indicators(text: str, year: int | None = None) -> pd.DataFrame:
    """Numeric indicators of ``text``, one row per indicator (columns: see module docstring).

    Raises TypeError when ``text`` is not a str. Empty text gives an empty frame
    with all the columns.

    >>> df = extract_indicators("收到群众投诉486件，近千条意见，30至50家企业。")
    >>> df[["value", "value_max", "unit", "approx"]].values.tolist()
    [[486.0, nan, '件', False], [1000.0, nan, '条', True], [30.0, 50.0, '家', True]]
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_indicators() takes a str, got {type(text).__name__}")
    lex = _lexicon()
    doc = _Document(text)
    rows: list[dict] = []
    for m in lex.scan.finditer(text):
        row = _indicator(m, doc, lex, rows[-1] if rows else None)
        if row is None and m.group("unit") in _POINTS:   # 设立20个点: 20 个
            bare = lex.scan.match(text, m.start(), m.start("unit") + 1)
            row = bare and _indicator(bare, doc, lex, rows[-1] if rows else None)
        elif row is None and m.group("unit") == "人" and _multiplied(*m.group("n1", "mult")):   # 六亿多|人民
            bare = lex.scan.match(text, m.start(), m.start("unit"))
            row = bare and _indicator(bare, doc, lex, rows[-1] if rows else None)
        if row is not None:
            rows.extend(row.pop("_bare", ()))
            rows.append(row)
    ends = doc.ends if _SENTENCE_END.pattern == _TIMELINE_SENTENCE_END.pattern else None   # the same ends
    return records_frame(add_columns(rows, text, year, sentence_ends=ends),   # year: the document's
                         COLUMNS, _DTYPES)


def _indicator(m: re.Match, doc: _Document, lex: _Lexicon, prev: dict | None) -> dict | None:
    """One row for a scanner hit, or None when the hit is not an indicator."""
    h = _Hit(m, lex)
    text = doc.text
    grouped = _space_grouped(text, h) if text[h.start - 1] in _GROUP_SPACES else -1   # [-1]: see there
    n1 = None
    if grouped >= 0:   # 5 000人次: the hit is the last group, the number starts before it
        h.start, n1 = grouped, text[grouped:m.end("n1")]
    elif text[h.start - 1] in _BREAKS and h.start:   # 收入1⏎2248元, 98. 5%: a number split by layout
        head = _broken_head(text, h)
        if head is not None:
            h.start, n1 = head.start(), head.group().replace(" ", "") + h.n1
    if h.unit_s and not h.post and h.unit_s in lex.unit_prefixes:   # a longer unit may be split
        if text[h.end:h.end + 1] in _BREAKS:   # 628007人 次
            _join_unit(text, h, lex)
        else:   # 5 个百 分点
            _join_unit_inside(text, h, lex)
    if (h.unit_s or h.mult) and text[h.end:h.end + 1] in _LIST_JOINS:   # 0.63个、2.34个、3.73个百分点
        _shared_unit(text, h, lex)
    s, e = h.start, h.end
    values = None if _rejected(text, h, lex) else _values(m, h.chinese, n1)
    if values is None:
        return None
    if h.chinese and _comma_range(text, h):   # 四、五十亿元 = 40-50亿元
        s -= 2
        values = _values(m, True, text[s] + h.n1)
    q_start, apx, change = _lookback(text, s, lex)
    if q_start == s and h.chinese and h.n1[0] not in _TEN and _BARE.issuperset(h.n1):   # 上千人次
        q_start -= next((len(w) for w in lex.bare_ok if text.endswith(w, 0, s)), 0)
    if h.unit_s in _POINTS and not (change or "." in h.n1 or _COMPARED.search(text, _clause_start(text, q_start), q_start)):
        return None   # 设立20个点: a count of places (extract_indicators reads it as 个)
    if h.unit is not None and h.unit.base == "番":   # 翻了两番: the quote starts at 翻, a rise
        q_start, change = text.rindex("翻", 0, q_start + 1), "increase"
    if _no_quantity(text, h, q_start, change, lex):
        return None
    s_start, s_end = doc.sentence(s)
    chain = _bare_chain(text, q_start) if q_start == s and not (h.chinese or h.n2 or h.pct) else []
    lead, lead_apx = q_start, None
    if chain:   # 分别增长8.5、7.2和6.1%: the bare numbers before share the unit
        lead, lead_apx, lead_change = _lookback(text, chain[0].start(), lex)
        change = change or lead_change
    subject, change, pair = _subject_and_change(text, h, lead, change, prev, s_start, lex)
    items, k = _respective(text, h, q_start, s_start, prev, lex, len(chain))
    base, subject = _base_and_subject(text, h, items[-1] if items else subject, lex)   # 人数: 万 people
    if not base:
        return None
    if items:   # 城镇、农村居民人均可支配收入分别达到23894元和14620元: subjects in order
        subject = items[k]
    if pair and change and not prev["change"]:   # 由X增加到Y: X rose too
        prev["change"] = change
    lo, hi = values
    form = _word_form(text, h, q_start, change)
    if form:   # 近两成, 三分之一, 翻一番, 增长1.5倍: percentages
        values = _as_percent(form, h, lo, hi)
        if values is None:
            return None
        (lo, hi), base = values, "%"
    period = doc.period(s, s_start, s_end)
    row = dict(quote=text[q_start:e], value=lo, value_max=hi, unit=base,
               approx=_approx(h, apx, hi), change=change, subject=subject,
               start=q_start, end=e, sentence_start=s_start, sentence_end=s_end,
               period=period, _items=items)
    if chain and not form:
        factor = _factor((m.group("mult") or "").strip() + (m.group("mult2") or ""))
        row["_bare"] = [dict(row, quote=text[a:b], value=scale(parse_number(x.group(1)), factor),
                             approx=bool(lead_apx) and j == 0, start=a, end=b,
                             subject=items[k - len(chain) + j] if items else subject)
                        for j, x in enumerate(chain)
                        for a, b in [(lead if j == 0 else x.start(), x.end(1))]]
    return row


# a bare Arabic number and a list join right before a hit (8.5、7.2和|6.1%)
_BARE_ITEM = re.compile(f"(?<![0-9０-９.．,，A-Za-z%％])({ARABIC})[、和及与]$")


def _bare_chain(text: str, q_start: int) -> list[re.Match]:
    """分别增长8.5、7.2和|6.1%, 分别高4.2和|0.7个百分点: the bare numbers listed right before
    a hit, in text order, which share its unit (not an outline marker 1、 at a line start,
    not after 第)."""
    if text[q_start - 1:q_start] not in _LIST_JOINS or not q_start:
        return []
    chain: list[re.Match] = []
    pos = q_start
    while len(chain) < 12:
        m = _BARE_ITEM.search(text, max(0, pos - 24), pos)
        if m is None:
            break
        chain.append(m)
        pos = m.start()
    before = text[pos - 1:pos] if pos else ""
    if not chain or before in ("", "第", "、", "－", "-") or before.isspace():
        return []
    return chain[::-1]


_GROUP_SPACES = " \u2009\u202f"
_BREAKS = " \u3000\n"
# the digits before a layout break that cannot stand alone: after a character of running
# text (not a digit, space, letter or 第), the number's start or its integer part and point
_HEAD = re.compile(r"(?<![\s0-9０-９.．,，A-Za-z第#№])"
                   r"(?:(?P<spaced>[0-9０-９](?: [0-9０-９])+)|[0-9０-９]{1,9})"   # 4 9 2 5 0万吨: digits spaced out
                   r"(?P<point>[.．])?(?=[ \u3000\n]$)")
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")


def _broken_head(text: str, h: _Hit) -> re.Match | None:
    """The first piece of a number split by a line break or a stray space (收入1⏎2248元 ->
    12248, 98. 5% -> 98.5), when it cannot stand alone: it has no unit, is no year and,
    across a space, is a point's integer part or at most three digits (so 2019年 5月,
    3个 5项 and 收入42170 8.2% stay apart)."""
    if h.chinese or h.pct or not h.start:
        return None
    brk = text[h.start - 1]
    head = _HEAD.search(text, max(0, h.start - 24), h.start)
    if head is None or head.end() != h.start - 1 or _YEAR.fullmatch(head.group()):
        return None
    point = head.group("point")
    if point and ("." in h.n1 or "．" in h.n1):   # two points: two numbers
        return None
    if not point and ("." in h.n1 or "．" in h.n1) and len(head.group()) > 2:   # 收入42170⏎8.2%
        return None
    if brk != "\n" and not point and len(head.group()) > 3 and not head.group("spaced"):
        return None
    return head


def _shared_unit(text: str, h: _Hit, lex: _Lexicon) -> None:
    """0.63个、2.34个和3.73个百分点: the items of a list whose last item spells the unit in
    full (个 -> 个百分点) share it (the hit is changed in place; its quote stays)."""
    pos, own = h.end, h.unit_s or ""   # 10.6万、3.8万、3.3万平方公里: a 万 count takes the unit
    for _ in range(12):
        if text[pos:pos + 1] not in _LIST_JOINS:
            return
        nxt = lex.scan.match(text, pos + 1)
        unit = nxt and (nxt.group("unit") or "")
        if nxt is None or (own and not unit.startswith(own)) or (not own and unit and not nxt.group("mult")):
            return
        if unit != own:
            if unit in lex.units:
                h.unit = lex.units[unit]
            return
        pos = nxt.end()


def _join_unit(text: str, h: _Hit, lex: _Lexicon) -> None:
    """628007人 次 -> 人次: a unit split by a break or a stray space, when the two pieces
    make a longer unit (the hit is changed in place)."""
    at = h.end + 1
    for n in range(min(lex.longest_unit, len(text) - at), 0, -1):
        unit = lex.units.get(h.unit_s + text[at:at + n])
        if unit is not None:
            h.unit_s, h.unit, h.end = h.unit_s + text[at:at + n], unit, at + n
            return


def _join_unit_inside(text: str, h: _Hit, lex: _Lexicon) -> None:
    """5 个百 分点 -> 个百分点: a longer unit with a stray space or break inside the part
    after the matched unit (the hit is changed in place)."""
    tail = text[h.end:h.end + lex.longest_unit + 1]
    cuts = [i for i in (tail.find(" "), tail.find("\n"), tail.find("\u3000")) if i > 0]
    if not cuts:
        return
    cut = min(cuts)
    joined = tail[:cut] + tail[cut + 1:]
    for n in range(len(joined), cut, -1):
        unit = lex.units.get(h.unit_s + joined[:n])
        if unit is not None:
            h.unit_s, h.unit, h.end = h.unit_s + joined[:n], unit, h.end + n + 1
            return
# the groups before the last of a number grouped by spaces (5 |000, 12 600 |000)
_GROUP_HEAD = re.compile(r"(?<![0-9０-９.．,，])[0-9０-９]{1,3}(?:[ \u2009\u202f][0-9０-９]{3})*[ \u2009\u202f]$")
_GROUP = re.compile(r"[0-9０-９]{3}(?![0-9０-９])")


def _space_grouped(text: str, h: _Hit) -> int:
    """Start of a number whose thousands are grouped by spaces (GB/T 15835: 5 000人次,
    12 600 000元) when the hit is its last group, else -1; a year before a count
    (2019 120个) is no group."""
    if not h.start or h.chinese or not _GROUP.match(h.n1):   # at 0, text[-1] was read
        return -1
    head = _GROUP_HEAD.search(text, max(0, h.start - 32), h.start)
    return head.start() if head else -1


def _no_quantity(text: str, h: _Hit, q_start: int, change: str, lex: _Lexicon) -> bool:
    """A time unit without a change word or 万/亿 (历时5天; 服务4.3万小时 is a quantity),
    or a threshold naming a category that is counted next (十亿元以上企业九家)."""
    e, unit = h.end, h.unit
    if unit is not None and unit.change_only and not (change or lex.change.match(text, e)
                                                      or _multiplied(h.n1, h.mult)
                                                      or _counts_days(text, q_start)):
        return True
    return h.post in _THRESHOLD and _is_threshold(text, e, lex)


def _subject_and_change(text: str, h: _Hit, q_start: int, change: str, prev: dict | None,
                        s_start: int, lex: _Lexicon) -> tuple[str, str, bool]:
    """Subject and change, shared with the previous indicator in 由X增加到Y (a pair) and in
    lists (分别增长10.6%、7.9%); the third value says whether this is the Y of a pair."""
    pair = prev is not None and _is_pair(text, prev["end"], q_start)
    listed = prev is not None and not pair and text[prev["end"]:q_start] in _LIST_JOINS
    if listed and not change:
        change = prev["change"]
    same = prev["subject"] if prev is not None and (prev["sentence_start"] == s_start   # 23⏎亿元，同比增长:
                                                    or not text[prev["end"]:q_start].strip("，, \n")) else ""  # wrapped
    subject = prev["subject"] if pair or listed else _subject(text, q_start, h.end, h.unit, lex, same)
    return subject, change, pair


_ITEM_BREAK = re.compile("、|以及|(?<![普涉参给以])及(?!时)|和(?![谐平睦])|(?<![参给])与(?!会)")
_SEG_COMPARE = re.compile("(?:同比|环比|比上年同期|比上年|比去年同期|比去年|较上年|较去年|年均|均)$")
_SEG_STOP = "，,；;：:\n（(。"


def _respective(text: str, h: _Hit, q_start: int, s_start: int, prev: dict | None,
                lex: _Lexicon, bare: int = 0) -> tuple[list[str] | None, int]:
    """(subjects, index) when the hit is a value of a 分别 list (甲、乙分别达到X和Y): the
    items before 分别 in order, as many as the list has values (split at 、, else also at
    和/及/与), a short item taking the head noun of the last one (城镇、农村居民人均可支配
    收入 -> 城镇居民人均可支配收入, 农村居民人均可支配收入); a 分别 clause with no items
    (…，分别增长6%和8%) takes those of the sentence's previous list; else (None, 0)."""
    i = text.rfind("分别", max(s_start, q_start - 60), q_start)
    if i < 0 or any(c in _SEG_STOP for c in text[i:q_start]):
        return None, 0
    k = bare + sum(1 for _ in lex.scan.finditer(text, i + 2, q_start))   # the values before this one
    n = k + 1 + _values_after(text, h.end, lex)
    j = max([text.rfind(c, s_start, i) for c in _SEG_STOP] + [s_start - 1]) + 1
    seg = _SEG_COMPARE.sub("", text[j:i])   # 事故起数和死亡人数|同比|分别
    if not seg.strip() and prev is not None and prev.get("_items") and prev["sentence_start"] == s_start:
        items = prev["_items"]
        return (items, k) if len(items) == n else (None, 0)
    for parts in (seg.split("、"), _ITEM_BREAK.split(seg)):
        if len(parts) == n >= 2:
            items = [_core(x, lex) or x for x in parts]
            return (_shared_head(items) if all(items) else None), k
    return None, 0


def _values_after(text: str, pos: int, lex: _Lexicon) -> int:
    """How many values follow ``pos`` in a list joined by 、/和/及 (23894元|和14620元)."""
    count = 0
    while text[pos:pos + 1] in _LIST_JOINS and count < 12:
        m = lex.scan.match(text, pos + 1)
        if m is None:
            break
        count, pos = count + 1, m.end()
        while text[pos:pos + 2] in ("左右", "以上", "以内", "以下"):
            pos += 2
    return count


def _shared_head(items: list[str]) -> list[str]:
    """城镇、农村居民收入 -> 城镇居民收入, 农村居民收入: items of at most two characters
    before a longer last one (two items, or all the earlier ones that short) take its tail;
    an item ending like the last one (增值税、企业所得税) is whole."""
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


def _multiplied(n1: str, mult: str | None) -> bool:
    """1386万, 六亿多, 一亿二千万: a count folded by 万 or 亿 (in the numeral ``n1`` or the
    multiplier ``mult`` after it)."""
    return bool(mult) or not _LARGE.isdisjoint(n1)


def _approx(h: _Hit, apx: str | None, hi: float) -> bool:
    """近/约/余/多/左右/以上 …, a bare multiplier (千, 上万) or a range."""
    if apx or h.post or not math.isnan(hi):
        return True
    if h.chinese and not h.pct and _BARE.issuperset(h.n1) and h.n1[0] not in _TEN:
        return True
    sfx, sfx2 = h.m.group("sfx", "sfx2")
    return bool(sfx or sfx2)


def _line_split(text: str, h: _Hit) -> bool:
    """A break between the number and its multiplier or unit (工业总产值 23⏎亿元, 共占地
    50⏎亩) is kept only for Arabic digits inside a line of text: a number alone on its line
    (a list marker, a table cell) or in Chinese numerals stands alone."""
    m = h.m
    if "\n" not in m.group() or (m.group("mbr") is None and m.group("ubr") is None):
        return False
    if h.chinese or h.pct or h.n2:
        return True
    before = text[max(0, h.start - 1):h.start]
    return before in ("", "\n") or before.isspace() and text[max(0, h.start - 2):h.start - 1] in ("", "\n")


def _rejected(text: str, h: _Hit, lex: _Lexicon) -> bool:
    """True for hits that are not indicators whatever their value (see the module docstring)."""
    if _line_split(text, h):
        return True
    unit, chinese = h.unit, h.chinese
    if h.unit_s:
        if unit is None:
            return True
        unit_end = h.end - len(h.post or "")
        if (text.startswith(unit.not_before, unit_end) or _is_structure(text, h, unit_end, lex)
                or (chinese and _arabic_only(text, h))):
            return True
        if unit.base == "番" and not _FAN.search(text, max(0, h.start - 4), h.start):   # 一番努力
            return True
        if unit.base == "岁" and h.n2:   # 0-17岁, 18至59岁: an age group names a category
            return True
    if _skip_number(text, h):
        return True
    if not chinese:
        return False
    if not h.pct and not (_bare_ok(text, h.n1, h.start, lex) or _bare_some(h) or _form_one(text, h)):
        return True
    return _excluded(text, h, lex) or _recaps_list(text, h, lex)


def _arabic_only(text: str, h: _Hit) -> bool:
    """宝钢三期 is a phase; 培训班3期, 培训班十五期 (a Chinese numeral after 班) and 5万期 are counts."""
    unit = h.unit
    if not unit.arabic_only or h.n1[-1] in _LARGE:
        return False
    return not (unit.chinese_after and text.endswith(unit.chinese_after, 0, h.start))


def _small_count(h: _Hit) -> bool:
    """A one- or two-character Chinese numeral with no multiplier or range (两个, 十三项)."""
    return not (h.mult or h.n2) and _SMALL_CN.fullmatch(h.n1) is not None


# the last character before a list that ends it (the list a count may sum up starts after)
_LAST_LIST_STOP = re.compile("(?s:.*)[，,。；;：:！？\n（(“]")


def _recaps_list(text: str, h: _Hit, lex: _Lexicon) -> bool:
    """土地、信贷两个闸门; 甲、乙和丙三项: a small count that only sums up the list before it.
    A list whose items carry their own counts (道路5条、桥梁两座) is a list of counts."""
    if h.pct or h.unit_s == "次" or not _small_count(h):
        return False
    s = h.start
    lo = max(0, s - 30)
    stop = _LAST_LIST_STOP.match(text, lo, s)
    seg = text[stop.end() if stop else lo:s]
    if "、" not in seg or seg.endswith("、"):   # 两次降低…、两次下调: a new item, no recap
        return False
    if any(seg.startswith("、", x.end()) for x in lex.scan.finditer(seg)):   # 学校3所、医院两所
        return False
    items = seg.count("、") + 1 + any(j in seg.rsplit("、", 1)[1] for j in "和与及")
    try:
        return parse_number(h.n1) == items
    except NumberError:
        return False


def _lookback(text: str, s: int, lex: _Lexicon) -> tuple[int, str | None, str]:
    """(quote start, approximation word, change) from the words right before the number."""
    if not s or text[s - 1] not in lex.lookback_ends:   # most numbers: no word to search for
        return s, None, ""
    look = lex.lookback.search(text, max(0, s - 16), s)
    apx = look.group("apx")
    if apx and look.start("apx") and text[look.start("apx") - 1] in _NOT_APPROX.get(apx, ""):
        apx = None  # 节约, 制约: not 约
    q_start = look.start("chg") if look.group("chg") else (look.start("apx") if look.group("apx") else s)
    change = ""
    if look.group("cw"):
        change = "increase" if look.group("cw") in lex.increase else "decrease"
    return q_start, apx, change


_ORDINAL_LIST = re.compile("第[0-9０-９一二三四五六七八九十、和至]+$")


def _skip_number(text: str, h: _Hit) -> bool:
    """Ordinals (第三批, 前5名), indefinite 几十/数百, numbers glued to Latin letters (PM2.5)."""
    s = h.start
    before = text[s - 1:s] if s else ""
    if before == "第" or (h.chinese and before in ("几", "幾", "数", "數")):  # 几十座: no value
        return True
    if before in ("、", "和", "至") and _ORDINAL_LIST.search(text, max(0, s - 16), s):   # 第1、2名
        return True
    if before in ("前", "后") and h.unit_s in ("位", "名"):
        return True
    if h.chinese:
        return False
    n1_end = h.m.end("n1")
    return _latin(before) or (_latin(text[n1_end:n1_end + 1])   # 3200m²: a unit, not a code
                              and not (h.unit_s and h.m.start("unit") == n1_end))


def _latin(c: str) -> bool:
    """``c`` (one character or "") is a Latin letter A-Z, a-z."""
    return c.isascii() and c.isalpha()


def _is_structure(text: str, h: _Hit, e: int, lex: _Lexicon) -> bool:
    """Counts describing the campaign's own structure (十个方面, 分三批, 四个阶段) and the
    numbered sessions of congresses (五届人大三次会议); ``e`` is the unit's end."""
    if (text[e:e + 1] in lex.structure_firsts and text.startswith(lex.structure, e)
            or _is_discourse(text, h, e, lex)):
        return True
    base, s = h.unit.base, h.start
    if base in ("批", "步", "轮") and text[s - 1:s] == "分":
        return True
    return h.chinese and base == "次" and text.startswith(_SESSION, e)


def _is_discourse(text: str, h: _Hit, e: int, lex: _Lexicon) -> bool:
    """Small counts that organise the speech, not the world: 这四个问题, 这两项是…,
    关键是三条：. A demonstrative count of concrete things (这两家企业) stays."""
    if not h.chinese or not _small_count(h) or _multiplied(h.n1, h.mult):
        return False
    s = h.start
    after = text[e:e + 1]
    if text.endswith(("这", "那", "此", "上述", "以上", "这些"), max(0, s - 2), s):
        return after in _DISCOURSE_AFTER or text.startswith(lex.reference, e)
    return text[s - 1:s] in ("是", "有") and after in "：:。"


def _bare_ok(text: str, n1: str, s: int, lex: _Lexicon) -> bool:
    """A bare multiplier (千, 万, 千万) counts only after 近/上/逾…, and after 突破/超过
    unless it is a lone 万 or 亿 (超过万元: digits stripped); a bare 一 never counts."""
    if n1 in _ONE:
        return False
    if n1[0] in _TEN or not _BARE.issuperset(n1):   # 十亿多人口 has a value
        return True
    return (text.endswith(lex.bare_ok, max(0, s - 2), s)
            or (n1 not in _LARGE and text.endswith(lex.bare_ok_compound, max(0, s - 2), s)))


def _bare_some(h: _Hit) -> bool:
    """千余户, 百多条, 万余人次: a bare multiplier with 余/多 after it and a unit is a count."""
    return bool(h.unit_s and not h.n2 and h.n1 not in _ONE
                and h.m.group("sfx") in ("余", "多", "餘"))


def _excluded(text: str, h: _Hit, lex: _Lexicon) -> bool:
    """Idioms and formulations: lexicon phrases, quoted numbered phrases, phrases before 即."""
    s, e = h.m.span("n1")
    pattern, longest = lex.exclusions
    for x in pattern.finditer(text, max(0, s - longest), min(len(text), e + longest)):
        if x.start() < e and x.end() > s:
            return True
    if not h.unit_s or not _small_count(h):
        return False
    try:
        if parse_number(h.n1) > 10:
            return False
    except NumberError:
        return False
    if h.unit.base in ("个", "条", "项") and text.startswith(lex.formula_head, h.end):   # 两个翻番, 两条底线
        return True
    if text[s - 1:s] in ("“", "「", "\""):
        return True
    tail = text[h.end:h.end + 8]
    for i, c in enumerate(tail):
        if c in "”」\"":
            return True
        if c == "即" or (c in "，,：:" and tail[i + 1:i + 2] == "即"):
            return True
        if c in _CLAUSE_PUNCT:
            break
    return False


def _comma_range(text: str, h: _Hit) -> bool:
    """二、三百亿度, 四、五十亿元: a colloquial range written with a 、 inside."""
    s = h.start
    return (s >= 2 and text[s - 1] == "、" and not h.n2
            and parse_range(text[s - 2] + h.n1) is not None)


_MISSING = object()
_VALUES: dict[str, tuple[float, float] | None] = {}   # hit text -> values, see _values
_VALUES_MAX = 1 << 16


def _values(m: re.Match, chinese: bool, n1: str | None = None) -> tuple[float, float] | None:
    """(value, value_max) with multipliers folded; value_max is NaN unless a range.
    ``n1`` replaces the first number (a 、 range read as one numeral).

    Kept per hit text (the scanner's groups follow from it), as the lru_cache of the
    numeral readings was before: hits recur across reports (10个, 20%, 1万人). In one
    pass over new reports it saves about 3%; a replaced first number is not kept."""
    if n1 is not None:
        return _groups_values(m, chinese, n1)
    key = m.group()
    found = _VALUES.get(key, _MISSING)
    if found is _MISSING:
        found = _groups_values(m, chinese, None)
        if len(_VALUES) < _VALUES_MAX:
            _VALUES[key] = found
    return found


def _groups_values(m: re.Match, chinese: bool, n1: str | None) -> tuple[float, float] | None:
    first, n2, mult, mult2, m1 = m.group("n1", "n2", "mult", "mult2", "m1")
    return _read_values(chinese, n1 or first, n2, (mult or "").strip(), mult2 or "", m1)


def _read_values(chinese: bool, n1: str, n2: str | None, mult: str, mult2: str,
                 m1: str | None) -> tuple[float, float] | None:
    """:func:`_values` from the numeral groups of a hit (several parse_number and
    Decimal steps, hence the cache in :func:`_values`)."""
    if mult and not n2 and not mult2 and (chinese or not n1.isascii()):   # 四亿零七百多万, 1亿3千多万:
        # the multiplier applies to the last section
        try:
            return parse_number(n1 + mult), math.nan
        except NumberError:
            pass
    try:   # an absurd multiplier run (亿亿亿…) is a NumberError too: no indicator
        factor = _factor(mult + mult2)  # 4万多亿: both multipliers
        low_factor = _factor(m1) if m1 else factor  # 700万到800万吨
        rng = parse_range(n1) if chinese and not n2 else None
        if rng:
            return scale(rng[0], factor), scale(rng[1], factor)
        lo = scale(parse_number(n1), low_factor)
        hi = scale(parse_number(n2), factor) if n2 else math.nan
    except NumberError:
        return None
    if n2 and not hi > lo:
        return None
    return lo, hi


def _factor(multipliers: str) -> float:
    """万亿 -> 1e12; "" -> 1."""
    return parse_number("1" + multipliers) if multipliers else 1.0


def _base_unit(h: _Hit) -> str:
    if h.pct:
        return "‰" if h.pct == "千分之" else "%"   # 百分之三十, 三分之一: %
    return h.unit.base if h.unit is not None else ""


_POINTS = ("个点", "個點")   # 高出1.9个点: percentage points after a comparison
_COMPARED = re.compile("高出|高于|低于|快于|慢于|超出|领先|多|少|高|低|快|慢|高於|低於")
_FAN = re.compile("翻了?(?:将近|近|约)?$")   # 翻了近两番: 番 counts only after 翻
_TO = re.compile("[到至为為]")


def _word_form(text: str, h: _Hit, q_start: int, change: str) -> str:
    """The fraction or multiple in words the hit is (read as a percentage), else "":
    分之 (三分之一), 成 (近两成), 番 (翻一番) and 倍 after a rise (增长1.5倍, not
    增加到3倍 or 是上年的2倍, which stay 倍)."""
    if h.pct:
        return "分之" if h.m.group("den") else ""
    base = h.unit.base if h.unit is not None else ""
    if base in ("成", "番"):
        return base
    if base == "倍" and change == "increase" and not _TO.search(text, q_start, h.start):
        return "倍"
    return ""


def _as_percent(form: str, h: _Hit, lo: float, hi: float) -> tuple[float, float] | None:
    """(value, value_max) of a form of :func:`_word_form` as percentages."""
    den = parse_number(h.m.group("den")) if form == "分之" else None
    if den is not None and lo >= den:   # 三分之三, 二分之五: no share
        return None
    return word_percent(lo, form, den), (hi if math.isnan(hi) else word_percent(hi, form, den))


def _form_one(text: str, h: _Hit) -> bool:
    """翻一番, 近一成: a bare 一 counts before 番 and 成 (not in 一成不变)."""
    base = h.unit.base if h.unit is not None else ""
    return h.n1 in _ONE and (base == "番" or (base == "成" and text[h.end:h.end + 1] != "不"))


def _is_threshold(text: str, end: int, lex: _Lexicon) -> bool:
    """十亿元以上企业九家: a 以上/以下 threshold naming a category that is counted next."""
    if end >= len(text) or text[end] in _CLAUSE_PUNCT or text[end] == " ":
        return False
    stop = end
    while stop < len(text) and stop - end < 16 and text[stop] not in _CLAUSE_PUNCT:
        stop += 1
    return lex.scan.search(text, end, stop) is not None


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


def _is_pair(text: str, prev_end: int, q_start: int) -> bool:
    """由X增加到Y: the previous indicator ends right before this one's change word."""
    between = text[prev_end:q_start]
    return prev_end <= q_start and (between == "" or _PERIOD.fullmatch(between) is not None)


def _subject(text: str, q_start: int, end: int, unit: _Unit | None, lex: _Lexicon,
             same: str) -> str:
    """The thing measured: the clause before the number cut at its last verb or time word;
    when nothing is left, the subject ``same`` of the previous indicator in the sentence
    (产量33212万吨，比上年增加2737万吨), else the short clause before (…经费，从1288亿元)."""
    if unit is not None and unit.count:
        noun = _noun_after(text, end, lex)
        if noun:
            return noun
    start = _clause_start(text, q_start)
    stop = _share_part(text, start, q_start, lex) if unit is not None and unit.base in _SHARES else q_start
    qualified = lex.qualifier.search(text, start + 2, stop)   # 生产总值|剔除…因素增长7.8%
    if qualified:
        stop = qualified.start()
    subject = _core(text[start:stop], lex) or _share_of(text, end, unit, lex) or same
    if subject in lex.place and unit is not None:   # 东部|2万亩|优质水果生产区
        subject = _noun_after(text, end, lex) or subject
    if not subject and start and text[start - 1] in "，,":
        prev = _clause_start(text, start - 1)
        if start - 1 - prev <= 14:
            subject = _core(text[prev:start - 1], lex)
    return subject


def _share_part(text: str, start: int, q_start: int, lex: _Lexicon) -> int:
    """End of a share's subject: 网上办件已|占全部办件总量的65% -> the part before 占;
    ``q_start`` when there is no 占 or the clause names the ratio (占比, 占总产值比重)."""
    i = text.rfind("占", start, q_start)
    if i < start + 2 or text.startswith(lex.share_not, i + 1) or "比" in text[i:q_start]:
        return q_start
    return i - next((len(w) for w in lex.share_hedge if text.endswith(w, start, i)), 0)


def _share_of(text: str, end: int, unit: _Unit | None, lex: _Lexicon) -> str:
    """已有50%的县: the noun a bare percentage is a share of, else ""."""
    if text[end:end + 1] != "的" or (unit is not None and unit.base not in _SHARES):
        return ""
    noun = _noun_after(text, end + 1, lex)
    return "" if noun.endswith(lex.share_not_noun) else noun   # 增长13%的基础上: no share


# the last clause punctuation of a span: .* runs to the span's end and backs off in C
_LAST_PUNCT = re.compile(f"(?s:.*)[{re.escape(''.join(sorted(_CLAUSE_PUNCT)))}]")


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


def _wrapped(text: str, i: int) -> bool:
    """The line break at ``i`` wraps a long line of running text (财政收入达⏎7352万元): the
    clause goes on; a break after punctuation or a short line (a heading) ends it."""
    if text[i] != "\n" or not i or i + 1 >= len(text):
        return False
    if text[i - 1] in _CLAUSE_PUNCT or text[i - 1].isspace() or text[i + 1].isspace():
        return False
    return i - text.rfind("\n", 0, i) > 24


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
    free = _free_matches(lex.cut, before, lex)
    # only the last two cuts are read below, and a lead verb before them changes nothing
    if free and (free[-1].lastgroup or (len(free) > 1 and free[-2].lastgroup)):
        free = _leading(free, len(before))
    last = free[-1] if free else None
    if last is not None:
        rest, before_all = len(before) - last.end(), before
        if rest == 0 and again and last.start() > 1:   # 投资总额完成|500亿元: the noun is before
            return _core(before[:last.start()], lex, again=False)
        if last.group()[0].isdigit():   # 8个|地表水断面: the measure word goes too
            before = _drop_unit(before[last.end():], lex)
            if not before and again:   # 平均住院日7.6天|: only a number and its unit, the noun is before
                i = last.start()
                while i and (before_all[i - 1].isdigit() or before_all[i - 1] in ".．"):
                    i -= 1
                return _core(before_all[:i], lex, again=False)
        elif rest == 1:   # a one-character rest (办结|率) means the cut word was part of the
            # noun; when the rest is a noun ending (率 量 数 …), the noun starts after the cut
            # word before it (完成|投诉按时办结率, 秸秆综合利用率)
            if before[-1] not in lex.suffix:
                before = before[last.start():]
            elif len(free) > 1:
                prev = free[-2]   # 8个|办结率: not past a count's measure word
                before = before[last.start() if prev.group()[0].isdigit() else prev.end():]
        else:
            before = before[last.end():]
            if before.startswith("了") and rest > 2:   # 聘请了|监督员: the aspect particle goes
                before = before[1:]
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
    """违规行为: the trim word 为 at ``cut`` ends a kept word, so it stays."""
    if lex.keep is None:
        return False
    k = lex.keep.search(before, max(0, cut - 4))
    while k is not None and k.end() < len(before):
        k = lex.keep.search(before, k.start() + 1)
    return k is not None and k.start() < cut


_LEAD_MULTIPLIERS = re.compile(f"{MULTIPLIER}*")


def _drop_unit(rest: str, lex: _Lexicon) -> str:
    """``rest`` without the multipliers and unit it starts with (万吨|产量 -> 产量)."""
    rest = rest.lstrip(" \u3000\n")   # 23⏎亿元: a number split from its unit by layout
    rest = rest[_LEAD_MULTIPLIERS.match(rest).end():]  # 千瓦, 千克, 百分 are units, not 千|瓦
    for n in range(min(lex.longest_unit, len(rest)), 0, -1):
        if rest[:n] in lex.units:
            rest = rest[n:]
            break
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


def _noun_after(text: str, end: int, lex: _Lexicon) -> str:
    """The counted noun right after a measure word (30余家企业 -> 企业), at most 10 characters."""
    after = text[end:end + 12].lstrip("“\"「")
    if not after or after[0] in _CLAUSE_PUNCT or after[0] in _NOUN_END:   # 486件，: most counts
        return ""
    if after[0] in lex.change_first and lex.change_next.match(text, end):   # 由96件|下降到58件:
        return ""                                                           # the noun is before
    stop = _free_matches(lex.noun_stop, after, lex)   # before the characters: 普及 is no 及
    if stop:
        after = after[:stop[0].start()]
    for i, c in enumerate(after):
        if c in _CLAUSE_PUNCT or c in _NOUN_END or (c in _NUM_CHARS and _ends_count(after, i, lex)):
            after = after[:i]
            break
    return after[:10].strip(" “”\"")
