"""Indicators across reports: what kind of number, target or achieved, which standard
indicator — and one panel table for a corpus.

:func:`add_columns` gives every row of an indicator table (:mod:`summarylab.indicators`)
five columns; :func:`indicator_panel` stacks the rows that name a standard indicator of
every document of a corpus into one table, ready to pivot (document x indicator).

Columns added to the indicator table
------------------------------------
========== =====================================================================
period     the time the value refers to (2019年, 2019年1-9月, 十三五期间, 2016-2020年);
           relative words resolved against the document year; never the comparison
           base (:mod:`summarylab.periods`)
base       what the value is compared with: 上年, 同期, 上期, 2015年, or ""
measure    level (降至0.9%, 达到1.2万人, 总量90万亿元), change_rate (增长6.6%,
           下降了38.6%, 涨幅3%), change_amount (增加0.8万吨, 减少1386万人, 提高0.5个
           百分点), share (占比35%, 占国内生产总值的比重4%); a level of an indicator
           that is itself a rate of change (国内生产总值增长率, 居民消费价格涨幅: 经济增长
           速度定为8%) is a change_rate
status     achieved (what the year under review delivered), target (a goal for a
           coming period: 预期目标, 力争, 确保, 目标是, 争取; 左右/以上/以内 in a plan
           part), plan (a planned quantity: 计划新建30所, 拟安排; anything else in a
           plan part), or "" when neither the sentence nor the part of the report says
indicator  canonical name from ``data/indicator_catalogue.tsv`` (国内生产总值,
           国内生产总值增长率, 一般公共预算收入 …) matched from the subject, and from
           the sentence before the number when the subject is weak (总量, 就业, "");
           "" when none
========== =====================================================================

The panel (:func:`indicator_panel`, table ``panel`` of a batch run)
--------------------------------------------------------------------
doc_id, file, year (document year), indicator, en, measure, status, period (Int64: the
year when the period is one whole year, else <NA>), period_text, base, value, value_max,
unit, approx, subject, quote, start, end — one row per indicator row that names a
catalogue indicator, in document and text order.

Does not do
-----------
* decide which of several rows of one indicator is "the" figure of a report: the panel
  keeps them all (filter on measure/status/period, then take the first);
* convert units (亿元 and 万元 are both folded to 元; 斤 stays 斤);
* match indicators that the catalogue does not list (add lines to it with
  ``summarylab.add_words("indicator_catalogue.tsv", ["名称\tname\t*\t同义词|别名"])``, or
  read a catalogue file of your own with :func:`load_catalogue`);
* read status from tense alone: a sentence outside any review or plan part with no cue
  word gets "".

Example
-------
>>> from summarylab.indicators import extract_indicators
>>> text = "一、2018年工作回顾\\n国内生产总值增长6.6%。\\n二、2019年主要任务\\n今年国内生产总值预期目标增长6%左右。"
>>> df = extract_indicators(text, year=2019)
>>> df[["indicator", "measure", "status", "period"]].values.tolist()
[['国内生产总值增长率', 'change_rate', 'achieved', '2018年'], ['国内生产总值增长率', 'change_rate', 'target', '2019年']]
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import ruledata
from .periods import WINDOW, Timeline, period_year

__all__ = ["MEASURES", "STATUSES", "PANEL_COLUMNS", "CatalogueError", "Catalogue", "load_catalogue",
           "catalogue", "add_columns", "indicator_panel", "targets_by_year", "plot_targets"]

MEASURES = ("level", "change_rate", "change_amount", "share")
STATUSES = ("achieved", "target", "plan", "")
NEW_COLUMNS = ["base", "measure", "status", "indicator"]
PANEL_COLUMNS = ["doc_id", "file", "year", "indicator", "en", "measure", "status", "period", "period_text",
                 "base", "value", "value_max", "unit", "approx", "subject", "quote", "start", "end"]
CATALOGUE = ruledata.shipped_path("indicator_catalogue.tsv")
# a catalogue file that does not follow its format (the message names file:line)
CatalogueError = ruledata.RuleDataError


@dataclass(frozen=True)
class Entry:
    """One catalogue line."""

    indicator: str
    en: str
    measures: frozenset | None     # None: any measure
    synonyms: tuple[str, ...]      # simplified, then the traditional forms that differ
    line: int

    def applies(self, measure: str) -> bool:
        return self.measures is None or measure in self.measures


# what may stand before a short synonym (2-3 characters) that the subject ends with:
# a place or time scope, not a qualifying noun (全年出口 is exports, 机电产品出口 is not)
_SCOPE = re.compile(r"""
    (?: 全|本|我|今年|去年|上年|全年|当年|年末|年底|其中       # scope and time words
      | 实现|完成|累计|共|总|全社会|全口径                     # verbs and totals
      | [省市县区镇乡]                                      # a bare level of government
      | [^\s]{0,4}[省市县区州盟旗]                          # a place name: 全省, 某某县
    )*""", re.VERBOSE)


class Catalogue:
    """The standard indicators: match a subject (and a measure) to a canonical name.

    >>> cat = load_catalogue()
    >>> cat.match("全年地区生产总值", "level"), cat.match("地区生产总值", "change_rate")
    ('国内生产总值', '国内生产总值增长率')
    >>> cat.match("高新技术产品出口", "level"), cat.match("全年出口", "level")
    ('', '出口总额')
    """

    def __init__(self, entries: list[Entry]):
        self.entries = entries
        self._by_word: dict[str, list[Entry]] = {}
        for e in entries:
            for w in e.synonyms:
                self._by_word.setdefault(w, []).append(e)
        self._longest = max((len(w) for w in self._by_word), default=0)
        # names for scanning a sentence: not those ending in a change word (国内生产总值增长
        # followed by a number is the name, then the change)
        words = sorted((w for w in self._by_word if not w.endswith(("增长", "增長"))), key=len, reverse=True)
        self._scan = re.compile("|".join(map(re.escape, words))) if words else None
        # memos: subjects and the text before a number repeat within and across reports
        self.match = functools.lru_cache(maxsize=1 << 16)(self._match_any)
        self.find_in = functools.lru_cache(maxsize=1 << 14)(self._find_in)

    def __len__(self) -> int:
        return len({e.indicator for e in self.entries})

    def match(self, subject: str, measure: str) -> str:   # replaced by a memo in __init__
        """The canonical name for ``subject`` read as ``measure``, or ""."""
        return self._match_any(subject, measure)

    def _match_any(self, subject: str, measure: str) -> str:
        subject = subject or ""
        verbless = _SET_VERB.sub("", subject)        # 增长预期目标定 -> 增长预期目标 (a name itself)
        for variant in dict.fromkeys((verbless, _strip_subject(verbless))):
            found = self._match(variant, measure)
            if found:
                return found
        return ""

    def _match(self, subject: str, measure: str) -> str:
        n = len(subject)
        for k in range(min(n, self._longest), 1, -1):   # the longest ending first
            word = subject[n - k:]
            entries = self._by_word.get(word)
            if not entries:
                continue
            if k < 4 and n > k and not _SCOPE.fullmatch(subject[:n - k]):
                continue
            for e in entries:
                if e.applies(measure):
                    return e.indicator
        return ""

    def find_in(self, text: str, measure: str) -> str:   # replaced by a memo in __init__
        """The indicator of the last synonym in ``text`` that applies to ``measure`` (for
        weak subjects: the sentence before the number)."""
        return self._find_in(text, measure)

    def _find_in(self, text: str, measure: str) -> str:
        if self._scan is None:
            return ""
        found = ""
        for m in self._scan.finditer(text):
            if _WHOLE_BEFORE.search(text[:m.start()]):   # 占国内生产总值的比重: the whole, not the part
                continue
            for e in self._by_word[m.group()]:
                if e.applies(measure):
                    found = e.indicator
                    break
        return found


_WHOLE_BEFORE = re.compile(r"占[^，。；]{0,3}$")
_SET_VERB = re.compile(r"(?:定|确定|设定)(?:在|为)?$")
_TRIM_END = re.compile(r"""
    (?:的)? (?:宏观)? (?:调控)?                                # 的宏观调控 …
    (?: 预期目标|目标值|目标|预期|预计|预|计划|任务|指标        # … target words …
      | 水平|总体|分别|均|拟按|继续|保持 )+
    (?:定|确定|设定)? (?:在|为)? $                             # … set at / to, ending the subject
    """, re.VERBOSE)
# verbs and change words between a name and its number: 城镇登记失业率|降至3.2%
_CLAUSE_TAIL = re.compile(r"""
    (?:同比|比上年|较上年)?                                    # a comparison, then any of
    (?: 累计|共|实现|完成|达到|达|为|是|在|定为|确定为|设定为    # verbs of reaching and setting
      | 连年|连续|持续|稳定在|控制在|保持在|突破|超过|约|近
      | 增长|增加|提高|上升|上涨|提升|扩大                      # change words
      | 下降|减少|降低|回落|缩小|压缩|降|减|增|升|了|到|至 )* $
    """, re.VERBOSE)


def _strip_subject(subject: str) -> str:
    """国内生产总值预期目标 -> 国内生产总值: words that follow the indicator's name."""
    stripped = _TRIM_END.sub("", subject)
    return stripped if len(stripped) >= 2 else subject


def load_catalogue(path: str | Path | None = None) -> Catalogue:
    """Read and check a catalogue file (default: the shipped ``data/indicator_catalogue.tsv``
    with the rows added by :func:`summarylab.add_words`).

    Raises :class:`CatalogueError` (:class:`summarylab.ruledata.RuleDataError`) naming
    ``file:line`` for an unknown or missing header column, a line with the wrong number of
    fields, an unknown measure, an empty name or synonym, or a synonym listed twice for
    overlapping measures.
    """
    if path is None:
        return _default_catalogue()
    return _catalogue(_SPEC.read(path))


@functools.lru_cache(maxsize=1)
def _default_catalogue() -> Catalogue:
    return _catalogue(_SPEC.read())


def _catalogue(rows: tuple[tuple[int, tuple[str, ...]], ...]) -> Catalogue:
    """Entries of checked rows; synonyms in both scripts (国内生产总值 -> 國內生產總值)."""
    entries = []
    for no, (name, en, measures, synonyms) in rows:
        words = [w.strip() for w in synonyms.split("|")]
        entries.append(Entry(name, en, _measures(measures), tuple(ruledata.with_traditional(words)), no))
    return Catalogue(entries)


def _check_row(row: dict, place: ruledata.Place, seen: dict) -> str:
    """What is wrong with a catalogue row ("" if nothing): an unknown measure, an empty
    synonym, a synonym listed before for an overlapping measure (``seen``: synonym ->
    [(measures, place)])."""
    try:
        ms = _measures(row["measures"])
    except ValueError as exc:
        return str(exc)
    words = [w.strip() for w in row["synonyms"].split("|")]
    if not all(words):
        return f"an empty synonym in {row['synonyms']!r}"
    for w in words:
        for other, first in seen.get(w, []):
            if ms is None or other is None or ms & other:
                return f"synonym {w!r} already listed at {first.seen_from(place)} for overlapping measures"
        seen.setdefault(w, []).append((ms, place))
    return ""


def _measures(field: str) -> frozenset | None:
    """``*`` -> None (any measure); ``level,share`` -> their set; an unknown name raises ValueError."""
    if field == "*":
        return None
    ms = frozenset(m.strip() for m in field.split(","))
    bad = sorted(ms - set(MEASURES))
    if bad or not ms:
        raise ValueError(f"unknown measure {bad or field!r}; use * or some of {', '.join(MEASURES)}")
    return ms


# what this module reads of the rule data (summarylab.ruledata checks the file against it)
_SPEC = ruledata.Columns("indicator_catalogue.tsv", ("indicator", "en", "measures", "synonyms"), _check_row)


def catalogue() -> pd.DataFrame:
    """The shipped catalogue as a table: indicator, en, measures, synonyms (a list, both scripts)."""
    return pd.DataFrame([{"indicator": e.indicator, "en": e.en,
                          "measures": "*" if e.measures is None else ",".join(sorted(e.measures)),
                          "synonyms": list(e.synonyms)} for e in _default_catalogue().entries])


# ---------------------------------------------------------------------------- measure
_TO_LEVEL = (r"(?:增|降|减|升|提高|提升|扩大|缩小|缩减|回落|下降|增长|增加|上升|降低|减少|压缩|上涨|下跌)"
             r"了?(?:到|至|为)")                                  # 下降到, 增至: what follows is a level
_LEVEL_CHANGE = re.compile(_TO_LEVEL + r"|达到|达|为")
_LEVEL_NEXT = re.compile(r"[^，。；,;]{0,3}?" + _TO_LEVEL)       # 由X下降到Y: X is a level too
_RATE_WORDS = re.compile(r"(?:增长|增速|增幅|涨幅|降幅|跌幅|增长率|增长速度|增长幅度|下降幅度|上涨幅度|增减)$")
_RATE_BEFORE = re.compile(r"(?:增长|增速|增幅|涨幅|降幅|跌幅|增长率|幅度)(?:为|是|达到?|在|约|近|超过|控制在)?$")
_SHARE = re.compile(r"占(?![地用有据领])|比重|占比|之比|份额|所占")   # not 比例: 优良天数比例 is a level
_CHANGE_WORD = re.compile(r"增长|增加|提高|上升|上涨|扩大|提升|下降|减少|降低|削减|缩短|下跌|回落|压缩|缩小|减|增|降|升|涨|翻")
_CHANGE_BEFORE = re.compile(r"^[^，；]{0,4}?(?:累计|共|新)?(?:减少|增加|削减|压减|下降|降低|提高)(?!到|至|为)")
_AVERAGE = re.compile(r"年均|平均每年|年平均|每年平均")


def measure_of(text: str, start: int, end: int, c_start: int, quote: str, unit: str, change: str,
               subject: str) -> str:
    """level, change_rate, change_amount or share for the value at text[start:end].

    >>> t = "贫困发生率由上年的4.8%下降到0.9%，粮食增加0.8万吨，占比35%。"
    >>> i = t.index("下降到0.9"); measure_of(t, i, i + 7, t.index("贫困"), "下降到0.9%", "%", "decrease", "贫困发生率")
    'level'
    """
    before = text[c_start:start]
    if unit in ("百分点", "千分点"):
        return "change_amount"
    shared = _SHARE.search(subject) or _SHARE.search(before) or "占" in quote
    if change:
        if _CHANGE_WORD.search(quote):
            if _LEVEL_CHANGE.search(quote):
                return "share" if shared and unit == "%" else "level"
        elif _LEVEL_NEXT.match(text, end, end + 8):
            return "share" if shared and unit == "%" else "level"   # 由X下降到Y: X is a level
        elif not (_RATE_BEFORE.search(before) or re.search(r"(?:同比|比上年|较上年)$", before)
                  or quote.startswith(("同比", "环比", "環比"))     # 同比11.4%: a rate without its verb
                  or _CHANGE_BEFORE.search(before)):               # 减少贫困人口3.2万人: the verb before its noun
            return "share" if shared and unit == "%" else "level"
        return "change_rate" if unit in ("%", "倍", "成") else "change_amount"
    if shared and unit == "%":
        return "share"
    if _CHANGE_BEFORE.search(before):   # 累计减少农村贫困人口3.2万人
        return "change_rate" if unit in ("%", "倍", "成") else "change_amount"
    if unit in ("%", "倍") and (_RATE_WORDS.search(_strip_subject(subject)) or _RATE_BEFORE.search(before)):
        return "change_rate"
    return "level"


# ---------------------------------------------------------------------------- status
_TARGET = re.compile(r"预期目标|主要目标|目标是|目标为|目标定为|目标|力争|确保|争取|预期|预计|期望|可望|规划")
_NOT_TARGET = re.compile(r"""
    (?:好于|超|超出|高于|低于|符合|超过|实现|完成|达到|超额完成|如期完成)   # met or beat ...
    (?:了)? (?:全年|年度|年初)? (?:的)? (?:预期|目标|计划)                 # ... the year's target
    | 目标任务 (?:全面|圆满|较好|基本)? (?:完成|实现)                      # 目标任务圆满完成
    """, re.VERBOSE)
_PLAN = re.compile(r"计划|拟|(?<!即)将(?!近|军)|准备|安排|部署|打算|筹划|新建|开工|启动|推进")
_ACHIEVED = re.compile(r"同比|比上年|较上年|比去年|较去年|累计|已经|已|完成了|实现了|共计|共|以来|全年|截至|截止|年末|年底|达到了")
_TARGET_AFTER = re.compile(r"^(?:左右|以上|以内)?的?(?:全年|年度|年初)?(?:预期)?(?:目标|计划|任务)")
_TARGET_RIGHT_BEFORE = re.compile(r"(?:目标|预期|计划)(?:是|为|定为|设定为)?$")
_BOUND = re.compile(r"左右|以上|以内|以下|不超过|不低于|不少于|控制在|力争|确保|上下")


def status_of(tl: Timeline, text: str, start: int, end: int, s_start: int, c_start: int,
              quote: str, period: str) -> str:
    """achieved, target, plan or "" (rules: module docstring)."""
    part = tl._part(start)
    kind = part.kind if part.kind in ("review", "plan") else ""
    clause = text[c_start:start]
    after = text[end:end + 10]
    py = period_year(period)
    if kind == "review":
        if py and part.year and py > part.year and _before(_TARGET, text, s_start, start, tl.lead_in_text(s_start)):
            return "target"
        if _TARGET_AFTER.match(after) or _TARGET_RIGHT_BEFORE.search(clause):
            return "target"
        return "achieved"
    lead = tl.lead_in_text(s_start)
    target_cue = _before(_TARGET, text, s_start, start, lead) and not _before(_NOT_TARGET, text, s_start, start, lead)
    if kind == "plan":
        if py and part.year and py < part.year:
            return "achieved"
        if target_cue or _BOUND.search(quote) or _BOUND.match(after):
            return "target"
        return "plan"
    if target_cue:
        return "target"
    if _PLAN.search(clause):
        return "plan"
    if _before(_ACHIEVED, text, s_start, start, lead) or (py and tl.year and py < tl.year) or (py and py == tl.year and not tl.report):
        return "achieved"
    return ""


def _before(pattern: re.Pattern, text: str, s_start: int, start: int, lead: str):
    """``pattern`` searched in the sentence before the value, then its lead-in line
    (text[s_start:start] + lead). Without a lead-in, searched in place (no copy): the
    cue patterns have no anchors or lookarounds, so pos/endpos read as the slice does."""
    if lead:
        return pattern.search(text[s_start:start] + lead)
    return pattern.search(text, s_start, start)


# ---------------------------------------------------------------------------- columns
def add_columns(rows: list[dict], text: str, year: int | None = None, *,
                sentence_ends: list[int] | None = None) -> list[dict]:
    """Give each row of an indicator table of ``text`` (dicts with quote, unit, change,
    subject, start, end, sentence_start) the columns period (replaced), base, measure,
    status and indicator (module docstring); ``year`` is the document year. Returns
    ``rows``, changed in place. ``sentence_ends``: the offsets after each 。！？!? and line
    end of ``text``, when the caller has them (:class:`~summarylab.periods.Timeline`)."""
    if not rows:
        return rows
    tl = Timeline(text, year, ends=sentence_ends)
    cat = _default_catalogue()
    for row in rows:
        start, end = row["start"], row["end"]
        s_start = max(row["sentence_start"], start - WINDOW)   # linear time on texts without full stops
        c_start = tl.clause_start(start, s_start)
        average = bool(_AVERAGE.search(text, max(s_start, start - 4), end))
        period, base = tl.period_and_base(start, end, average=average)
        measure = measure_of(text, start, end, c_start, row["quote"], row["unit"], row["change"], row["subject"])
        indicator = _indicator(cat, text, row["subject"], measure, s_start, c_start, start)
        if measure == "level" and indicator.endswith(_RATE_NAMES):   # 经济增长速度定为8%: a rate of change
            measure = "change_rate"
        row.update(period=period, base=base, measure=measure,
                   status=status_of(tl, text, start, end, s_start, c_start, row["quote"], period),
                   indicator=indicator)
    return rows


_RATE_NAMES = ("增长率", "涨幅", "增速")   # catalogue names of a rate of change
_WEAK = frozenset("总量 总额 规模 增速 增幅 增长 其中 比重 全年 年均 就业 收入 每月 分别 同比 总值".split())
_UNIT_LIKE = re.compile(r"[0-9.．十百千万亿]*(?:元|美元|吨|斤|公里|人|户|个|项)?")   # 万亿元: a number split by layout
_SENTENCE_BREAK = re.compile(r"[。！？!?；;]")


@functools.lru_cache(maxsize=1 << 14)
def _clause_name(clause: str) -> str:
    """城镇登记失业率控制在 -> 城镇登记失业率: the clause before a number without its verbs."""
    return _CLAUSE_TAIL.sub("", clause)


def _indicator(cat: Catalogue, text: str, subject: str, measure: str, s_start: int, c_start: int,
               start: int) -> str:
    """The catalogue name for a row: from the subject (for a share, first the part before
    占: 研究与试验发展经费支出占国内生产总值比重 is R&D's share), else, when the subject
    is weak (总量, 就业, "", 万亿元), from the last name in the 30 characters before the
    number, back to the previous sentence end (a line break inside a sentence is crossed)."""
    if measure == "share" and "占" in subject:
        found = cat.match(subject.split("占")[0], measure)
        if found:
            return found
    found = cat.match(subject, measure) or cat.match(_clause_name(text[c_start:start]), measure)
    if found or not (len(subject) < 2 or subject in _WEAK or _UNIT_LIKE.fullmatch(subject)):
        return found
    window = text[max(0, start - 30):start]
    cut = max((m.end() for m in _SENTENCE_BREAK.finditer(window)), default=0)
    return cat.find_in(window[cut:], measure)


# ---------------------------------------------------------------------------- panel
def indicator_panel(result) -> pd.DataFrame:
    """One row per catalogue indicator found in any document of ``result`` (a
    :class:`~summarylab.corpus.CorpusResult`, or an ``indicators`` table with doc_id and a
    ``documents`` table). Columns: :data:`PANEL_COLUMNS`.

    >>> import summarylab
    >>> res = summarylab.analyze_corpus(["一、2018年工作回顾\\n国内生产总值增长6.6%。"])  # doctest: +SKIP
    >>> indicator_panel(res)[["indicator", "status", "period", "value"]].values.tolist()  # doctest: +SKIP
    [['国内生产总值增长率', 'achieved', 2018, 6.6]]
    """
    ind, docs = result.indicators, result.documents
    if "indicator" not in ind.columns or not len(ind):
        return _empty_panel()
    rows = ind[ind["indicator"].fillna("").astype(str) != ""]
    meta = docs.set_index("doc_id")[[c for c in ("file", "year") if c in docs.columns]]
    panel = rows.join(meta, on="doc_id")
    en = {e.indicator: e.en for e in _default_catalogue().entries}
    panel = panel.assign(
        en=panel["indicator"].map(en).fillna(""),
        period_text=panel["period"].fillna("").astype(str),
        period=pd.array([period_year(p) for p in panel["period"].fillna("")], dtype="Int64"),
        year=pd.array(panel["year"] if "year" in panel else [None] * len(panel), dtype="Int64"),
        file=panel["file"] if "file" in panel else "",
    )
    for c in PANEL_COLUMNS:
        if c not in panel.columns:
            panel[c] = ""
    return panel[PANEL_COLUMNS].reset_index(drop=True)


def _empty_panel() -> pd.DataFrame:
    out = pd.DataFrame({c: pd.Series([], dtype=object) for c in PANEL_COLUMNS})
    for c in ("year", "period", "start", "end"):
        out[c] = out[c].astype("Int64")
    for c in ("value", "value_max"):
        out[c] = out[c].astype("float64")
    return out


# ---------------------------------------------------------------------------- by year
def targets_by_year(panel: pd.DataFrame, indicator: str = "国内生产总值增长率",
                    measure: str | None = "change_rate") -> pd.DataFrame:
    """Target against achievement of one indicator, one row per year (a period of one year).

    For each year: ``target`` / ``target_max`` / ``target_doc`` from the first target row
    of that period (in the latest document that sets one), and ``achieved`` /
    ``achieved_doc`` from the first achieved row of that period (in the latest document
    that states one: a later report's figure replaces a year-end estimate). Years
    without either are left out.

    >>> p = pd.DataFrame({"doc_id": ["a", "a", "b"], "year": [2019, 2019, 2020],
    ...     "indicator": ["X"] * 3, "measure": ["level"] * 3, "status": ["achieved", "target", "achieved"],
    ...     "period": pd.array([2018, 2019, 2019], dtype="Int64"), "value": [6.6, 6.0, 6.1],
    ...     "value_max": [None, 6.5, None], "start": [1, 2, 1]})
    >>> targets_by_year(p, "X", "level")[["year", "target", "target_max", "achieved"]].values.tolist()
    [[2018.0, nan, nan, 6.6], [2019.0, 6.0, 6.5, 6.1]]
    """
    cols = ["year", "target", "target_max", "target_doc", "achieved", "achieved_doc"]
    rows = panel[(panel["indicator"] == indicator) & panel["period"].notna()]
    if measure is not None:
        rows = rows[rows["measure"] == measure]
    order = rows.assign(_y=rows["year"].fillna(-1)).sort_values(["period", "_y", "start"],
                                                                ascending=[True, False, True], kind="stable")
    out: dict[int, dict] = {}
    for status, prefix in (("target", "target"), ("achieved", "achieved")):
        for r in order[order["status"] == status].drop_duplicates("period").itertuples():
            row = out.setdefault(int(r.period), {"year": int(r.period)})
            row[prefix] = float(r.value)
            row[f"{prefix}_doc"] = r.doc_id
            if prefix == "target":
                row["target_max"] = float(r.value_max) if pd.notna(r.value_max) else float("nan")
    table = pd.DataFrame([out[y] for y in sorted(out)], columns=cols)
    return table.astype({"year": "int64", "target": "float64", "target_max": "float64", "achieved": "float64"})


def plot_targets(panel: pd.DataFrame, indicator: str = "国内生产总值增长率", measure: str | None = "change_rate",
                 *, ax=None, title: str | None = None, label: str | None = None):
    """Draw :func:`targets_by_year`: achieved as a line, targets as markers (a range as
    a bar from its lower to its upper bound). Returns the matplotlib Axes."""
    import matplotlib.pyplot as plt

    t = targets_by_year(panel, indicator, measure)
    if ax is None:
        _, ax = plt.subplots(figsize=(9, 4))
    a = t.set_index("year")["achieved"]
    if len(a):   # a year missing from the corpus breaks the line instead of bridging it
        a = a.reindex(range(int(a.index.min()), int(a.index.max()) + 1))
    ax.plot(a.index, a.values, "o-", color="#1f5fa8", label="achieved (stated in the next report)")
    g = t.dropna(subset=["target"])
    ax.plot(g["year"], g["target"], "s", color="#d0541b", label="target (set in the report of the year)")
    ranged = g.dropna(subset=["target_max"])
    ax.vlines(ranged["year"], ranged["target"], ranged["target_max"], color="#d0541b", lw=3)
    ax.set_xlabel("year")
    ax.set_ylabel(label or indicator)
    ax.grid(alpha=0.3)
    ax.legend(loc="best", frameon=False)
    if title:
        ax.set_title(title)
    return ax
