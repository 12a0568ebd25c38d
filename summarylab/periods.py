"""Times in a report: the document's year, the period and comparison base of a value,
and the report's review and plan parts.

A government work report speaks of several times at once. A 政府工作报告 given in
March 2019 reviews 2018 (过去一年, 全年, 2018年工作回顾) and sets targets for 2019
(今年, 2019年政府工作任务); a 工作总结 written in December 2019 reviews 2019 (今年) and
plans 2020 (明年工作打算). This module finds:

* :func:`document_year` — the year a document was written (its 今年), from the file
  name, the title, date lines (2019年12月20日, 二〇一九年十二月) and review headings
  (2018年工作回顾 -> 2019).
* :class:`Timeline` — the parts of one text (review / plan, from its headings), the
  year each part is about, and for a position in the text the ``period`` a value
  refers to and the ``base`` it is compared with.

Columns a :class:`Timeline` gives each indicator (see :mod:`summarylab.panel`):

========== =====================================================================
period     the time the value refers to, relative words resolved when the year is
           known: 2019年, 2019年上半年, 2019年1-9月, 十三五期间, 2016-2020年,
           过去五年; "" when the text does not say. Never the comparison base.
base       what the value is compared with: 上年 (比上年, 较去年), 同期 (同比,
           较去年同期), 2015年 (比2015年), 上期 (环比); "" when none.
part       "review", "plan" or "" — the part of the report the value stands in.
========== =====================================================================

How a period is chosen, first that applies:

1. a period named in the clause or sentence before the value that is not a
   comparison term (比上年, 较2015年, 与2000年相比 are bases; 由上年的4.8% names the
   period of 4.8%); for 年均 changes the span from the base year;
2. a period named at the start of the paragraph (过去一年，… / 五年来，… / 2012年，…),
   or in a lead-in line ending in a colon (今年的主要预期目标是：);
3. the period of the section heading (2018年工作回顾, “十一五”时期回顾);
4. the year of the part: the reviewed year in a review part, the planned year in a
   plan part.

Relative words: 今年/本年 = the document year Y, 去年/上年 = Y-1, 前年 = Y-2, 明年 = Y+1;
全年/当年/过去一年/一年来 = the year of the part they stand in (in a 政府工作报告's
review, Y-1). Five-year plans: 十五 = 2001-2005 … 十四五 = 2021-2025.

Does not do
-----------
* read dates to the day (3月15日 is not a period), fiscal years or quarters of
  named years beyond 一季度/上半年/前三季度/1-9月;
* resolve spans like 过去五年 to years (which five depends on the report);
* read more than :data:`WINDOW` characters of a sentence either side of a value;
* use the measures tree: parts come from a light scan of heading-like lines (outline
  markers 一、 or short lines without a full stop), which also works on reports
  whose outline the measures extractor does not recognise.

Example
-------
>>> t = Timeline("一、2018年工作回顾\\n国内生产总值增长6.6%。\\n二、2019年政府工作任务\\n今年国内生产总值增长6%左右。", 2019)
>>> t.period_of(t.text.index("增长6.6"), t.text.index("%"))
'2018年'
>>> t.part_at(t.text.index("增长6%"))
'plan'
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple
from pathlib import Path

__all__ = ["document_year", "Timeline", "period_year", "PLAN_SPANS", "chinese_year", "WINDOW"]

WINDOW = 300   # characters of a sentence read either side of a value

_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "Ｏ": 0, "O": 0}
_YEAR_CN = "〇零○一二三四五六七八九"
_MIN_YEAR, _MAX_YEAR = 1949, 2100

# five-year plans (一五 … 十五五): their first year
PLAN_SPANS = {"一五": 1953, "二五": 1958, **{n: 1966 + 5 * i
                                           for i, n in enumerate(("三五", "四五", "五五", "六五", "七五", "八五",
                                                                  "九五", "十五", "十一五", "十二五", "十三五",
                                                                  "十四五", "十五五"))}}

_PERIOD = re.compile(r"""
    (?P<span>(?P<y1>[12][0-9]{3})年?(?:[-－—–~～至到]|—— )(?P<y2>[12][0-9]{3})年)   # 2016—2020年, 2016年至2020年
  | (?P<plan>“(?P<pname>(?:十[一二三四五]?|[一二三四五六七八九])五)”                     # “十三五”
        (?:计划|规划)?(?:期间|时期|时|以来|末|初|前[一二三四]年)?
      | (?P<pname2>(?:十[一二三四五]?|[一二三四五六七八九])五)                           # 十三五 without quotes:
        (?:计划|规划)?(?:期间|时期|以来|末|初|前[一二三四]年))                          # only with a time word
  | (?<![0-9])(?P<year>(?:[12][0-9]{3}\x20?|[一二][〇零○一二三四五六七八九]{3})年(?:度)?)      # 2019年, 2019 年, 二〇一九年
    (?P<ypart>全年|[上下]半年|前?[一二三四1-4]季度|第[一二三四]季度|[1-9１-９][0-2]?[-－—至到~～][1-9][0-2]?\x20?月份?
             |底|末|初)?                                                               # …上半年, 1-9月, 底
  | (?P<rel>今年|本年度?|去年|上年度?|上一年|前年|明年|下一年|当年|全年
           |刚刚过去的一年|过去的?一年|一年来|过去[一二三四五六七八九十两]年|近[一二三四五两十]年来?
           |[这這][一二三四五六七八九十两]年|[一二三四五六七八九十两]年来)
    (?P<rpart>[上下]半年|前?[一二三四]季度|底|末|初)?                                  # 今年上半年, 去年底
  | (?P<ypart2>上半年|下半年|前[一二三]季度|[一二三四]季度|1[-－—至到~～](?:[2-9]|1[0-2])\x20?月份?   # a part of the
             |截至(?:[2-9]|1[0-2])月[底末])                                                # current year; 1-6 月

""", re.VERBOSE)

# every character a match of _PERIOD can start with (tests/test_periods_speed.py derives the
# set from the pattern): _periods_in tries _PERIOD only there, where finditer would try it
# at every character (four times faster on the reports, the same matches)
_FIRST_CHARS = "12“一二三四五六七八九十两今本去上前明下当全刚过近这這截"
_PERIOD_FIRST, _FIRST_SET = re.compile(f"[{_FIRST_CHARS}]"), frozenset(_FIRST_CHARS)


def _periods_in(text: str, pos: int, endpos: int):
    """The matches of ``_PERIOD.finditer(text, pos, endpos)``, found faster.

    >>> [m.group() for m in _periods_in("2019年上半年和去年同期相比", 0, 14)]
    ['2019年上半年', '去年']
    """
    first, match = _PERIOD_FIRST.search, _PERIOD.match
    while True:
        c = first(text, pos, endpos)
        if c is None:
            return
        pos = c.start()
        m = match(text, pos, endpos)
        if m is None:
            pos += 1
        else:   # matches are never empty
            yield m
            pos = m.end()


# the words before a period mention that make it a comparison base, not a period
_BASE_BEFORE = re.compile(r"(?:比|较|較|相比|同比|对比|比较|相较于?|低于|高于)$")
_BASE_AFTER = re.compile(r"^(?:同期|的?(?:水平)?)?(?:相比|比较|相较|对比)")
_FROM_BEFORE = re.compile(r"(?:由|从)$")              # 由上年的4.8%: the period of the first value
_TO_BEFORE = re.compile(r"(?:到|至|力争到|确保到|争取到)$")   # 到2020年: a target period
_SEVERAL_YEARS = re.compile(r"(?<![0-9])[二三四五六七八九十两]年|[0-9]{4}年?[-—至到][0-9]{4}")   # 一年和五年
_OPENING = re.compile(r"[\s\u3000—]*(?:在|刚刚过去的|过去的|回顾)?")   # before a period that opens a sentence
_AFTER_OPENING = frozenset("，,是里中内以的来间")
_SAME_PERIOD = re.compile(r"(?:同比|同期)")
_CHANGED_TO = re.compile(r"(?:增|减|下降|上升|提高|降低|降|升|扩大|缩小)[了]?(?:到|至|为)")   # 由上年的X下降到
_CHAIN = re.compile(r"环比")

_CLAUSE_CHARS = frozenset("，,；;：:。！？!?\n（(）)")
_SENTENCE_END = re.compile(r"[。！？!?\n]")

# headings: a line that is short, or starts with an outline marker
_HEADING_LINE = re.compile(r"""
    ^[ \t\u3000]*
    (?P<marker>[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}(?:部分|章|篇)[、：:\s]*
      |[IVX]{1,4}[.．、])?                              # top-level outline marker
    (?P<title>[^\n]{2,40})$                             # heading text
""", re.VERBOSE | re.MULTILINE)


_REVIEW_CUES = re.compile(r"回顾|过去|总结|成效|成绩|成就|进展|做法|完成情况|主要工作|工作情况|取得|一年来|五年来|执行情况")
_PLAN_CUES = re.compile(r"安排|打算|思路|计划|任务|部署|要求|建议|目标|展望|下一步|下步|重点工作|明年|今后|取向|设想")
_REPORT_KIND = re.compile(r"政府工作报告|向大会报告|报告政府工作|请予审议|各位代表")
#: Titles of reports on a year that is over, or on part of it: what they report is that period.
_RESULT_TITLE = re.compile(r"公报|总结|执行情况|决算|收支情况|运行情况|经济运行|完成情况")
_TITLE_LINES = 3   # a title among the first lines

_DATE_LINE = re.compile(r"""
    ^[\s——\-（(]*(?:[^\n]{0,20}?)                         # a few words before (——在…上)
    (?P<y>[12][0-9]{3}|[一二][〇零○一二三四五六七八九]{3})年
    (?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月              # a month: this is a date
""", re.VERBOSE | re.MULTILINE)
_YEAR_IN = re.compile(r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})(?![0-9])")
_TITLE_YEAR = re.compile(r"(?P<y>[12][0-9]{3}|[一二][〇零○一二三四五六七八九]{3}) ?年(?:度)?")   # 2008 年 too
_REVIEW_HEAD_YEAR = re.compile(r"(?P<y>[12][0-9]{3})年(?:度)?(?:工作)?(?:的)?(?:回顾|工作回顾|国内工作的回顾|回顧|工作回顧)")


def chinese_year(s: str) -> int | None:
    """2019 from "2019" or "二〇一九"; None when ``s`` is not a year.

    >>> chinese_year("二〇一九"), chinese_year("2005"), chinese_year("二〇x九")
    (2019, 2005, None)
    """
    if s.isdigit() and len(s) == 4:
        y = int(s)
    elif len(s) == 4 and all(c in _CN_DIGIT for c in s):
        y = int("".join(str(_CN_DIGIT[c]) for c in s))
    else:
        return None
    return y if _MIN_YEAR <= y <= _MAX_YEAR else None


def document_year(text: str = "", *, title: str | None = None, file: str | Path | None = None) -> int | None:
    """The year a report was written (its 今年), or None when nothing says.

    Evidence, first found wins: one year in the file name (2019.txt, gwr_2019.html); a
    year in the title (2019年政府工作报告, 二〇一九年工作总结); a date line near the top or the
    end of the text (2019年12月20日, ——二〇一九年一月十五日在…); a review heading
    (2018年工作回顾 -> 2019); a title-like first line with a year.

    >>> document_year("一、2018年工作回顾\\n……")
    2019
    >>> document_year("全县工作总结\\n……\\n二〇一九年十二月二十日")
    2019
    >>> document_year("正文", file="reports/2005.txt"), document_year("正文")
    (2005, None)
    """
    if file:
        years = {int(m.group("y")) for m in _YEAR_IN.finditer(Path(str(file)).stem)}
        years = {y for y in years if _MIN_YEAR <= y <= _MAX_YEAR}
        if len(years) == 1:
            return years.pop()
    if title:
        m = _REVIEW_HEAD_YEAR.search(title)   # a heading taken for the title: 一、2017年工作回顾
        y = int(m.group("y")) + 1 if m else _first_year(_TITLE_YEAR, title)
        if y:
            return y
    lines = [ln for ln in text.splitlines() if ln.strip()]
    edge = "\n".join(lines[:6] + lines[-6:])
    for m in _DATE_LINE.finditer(edge):
        y = chinese_year(m.group("y"))
        if y:
            return y
    m = _REVIEW_HEAD_YEAR.search(text[:20000])
    if m:
        return int(m.group("y")) + 1
    first = lines[0] if lines else ""
    if len(first) <= 40 and re.search(r"报告|总结|汇报|報告|總結|彙報", first):
        return _first_year(_TITLE_YEAR, first)
    return None


def _first_year(pattern: re.Pattern, s: str) -> int | None:
    for m in pattern.finditer(s):
        y = chinese_year(m.group("y"))
        if y:
            return y
    return None


#: An average over two years (两年平均增长, the statistics of 2021-2022 against 2019): the span
#: ends in the period's year.
_TWO_YEAR_AVERAGE = re.compile(r"(?<![一二三四五六七八九十])[两二2]年(?:平均|年均)")


@lru_cache(maxsize=4096)
def period_year(period: str) -> int | None:
    """The year number when ``period`` is one whole year (2019年, 2019年底, 2019年全年),
    else None (2019年上半年, 2016-2020年, 十三五期间, "").

    >>> period_year("2019年"), period_year("2019年上半年"), period_year("十三五期间")
    (2019, None, None)
    """
    m = _ONE_YEAR.fullmatch(period or "")
    return int(m.group(1)) if m else None


_ONE_YEAR = re.compile(r"([12][0-9]{3})年(?:度|全年|底|末)?")


class Mention(NamedTuple):
    """A period named in the text: span, surface words, and what the words resolve to
    (a named tuple: built for every period of every sentence that holds a value)."""

    start: int
    end: int
    words: str
    resolved: str
    role: str   # "period", "base", "from" (由上年的…: period of the next value), "to" (到2020年)


@dataclass(frozen=True)
class _Part:
    start: int
    kind: str        # "review", "plan" or ""
    period: str      # the heading's own period, resolved ("2018年", "十一五期间", "")
    year: int | None  # the year the part is about
    several: bool = False   # the heading names a span too (过去一年和五年工作回顾): no default period


class Timeline:
    """The times of one text: its parts and the period mentions of its sentences.

    ``text`` is the normalised (simplified) text; ``year`` the document year (its 今年)
    or None. Build once per text; :meth:`period_of` and :meth:`base_of` are cheap.
    """

    def __init__(self, text: str, year: int | None = None, *, ends: list[int] | None = None):
        """``ends``: the offsets just after each sentence end (。！？!? or a line end) of
        ``text``, when the caller has them already (:mod:`summarylab.indicators` does)."""
        self.text = text
        self.year = year
        self.report = bool(_REPORT_KIND.search(text[:3000]) or (   # a year-start 政府工作报告
            year and any(int(m.group("y")) == year - 1 for m in _REVIEW_HEAD_YEAR.finditer(text[:20000]))))
        self.parts = self._parts()
        self._starts = [p.start for p in self.parts]
        self._mentions: dict[int, list[Mention]] = {}
        self._ends: list[int] | None = ends
        self._openings: dict[int, str] = {}
        # per-position memos: one text's values are asked for several times per value
        # (period, base and status each need the sentence and the clause)
        self._sentences: dict[int, tuple[int, int]] = {}
        self._clauses: dict[int, int] = {}
        self._contexts: dict[int, str] = {}
        self._lead_texts: dict[int, str] = {}

    # ------------------------------------------------------------------ parts
    def _parts(self) -> list[_Part]:
        opening = self._title_period()   # 2021年统计公报: its opening part is about 2021 (全年 = 2021年)
        parts = [_Part(0, "", opening, period_year(opening))]
        for m in _HEADING_LINE.finditer(self.text):
            title = m.group("title").strip()
            if not (m.group("marker") or (len(title) <= 24 and not re.search(r"[。；;，,]", title)
                                          and not re.match(r"[（(0-9０-９①-⑩一二三四五六七八九十]+[是）)、.．]", title))):
                continue
            kind = self._heading_kind(title)
            if not kind:
                continue
            period = self._heading_period(title)
            several = bool(_SEVERAL_YEARS.search(title)) and period_year(period) is not None
            parts.append(_Part(m.start("title"), kind, "" if several else period,
                               self._part_year(kind, period), several))
        return parts

    def _title_period(self) -> str:
        """The period a report on a past year names in its title, for the text before any
        heading: 某县2021年国民经济和社会发展统计公报 -> 2021年, 2012年一季度财政收支情况 ->
        2012年一季度; "" for a 政府工作报告 (its title names the year it is given in) or when
        no title among the first lines names one period."""
        if self.report:
            return ""
        for line in self.text[:400].splitlines()[:_TITLE_LINES]:
            line = line.strip()
            if len(line) <= 60 and _RESULT_TITLE.search(line) and not re.search(r"[。；;，,]", line):
                found = [self._resolve(m, None) for m in _periods_in(line, 0, len(line))]
                return found[0] if len(found) == 1 and found[0][:1].isdigit() else ""
        return ""

    def _heading_kind(self, title: str) -> str:
        review, plan = bool(_REVIEW_CUES.search(title)), bool(_PLAN_CUES.search(title))
        if review and plan:
            return "mixed"
        if review or plan:
            return "review" if review else "plan"
        y = _first_year(_TITLE_YEAR, title)
        if y and self.year and re.search(r"工作|主要|重点", title):   # 2011年的工作
            return "plan" if y >= self.year and self.report or y > self.year else "review"
        return ""

    def _heading_period(self, title: str) -> str:
        for m in _periods_in(title, 0, len(title)):
            return self._resolve(m, None)
        return ""

    def _part_year(self, kind: str, period: str) -> int | None:
        y = period_year(period)
        if y is not None or kind not in ("review", "plan") or self.year is None:
            return y
        if kind == "review":
            return self.year - 1 if self.report else self.year
        return self.year if self.report else self.year + 1

    def part_at(self, pos: int) -> str:
        """"review", "plan" or "" for the part holding ``pos`` ("" also for a heading that
        is both, such as “十三五”时期发展成就和“十四五”时期主要目标任务)."""
        kind = self._part(pos).kind
        return kind if kind in ("review", "plan") else ""

    def _part(self, pos: int) -> _Part:
        return self.parts[bisect_right(self._starts, pos) - 1]

    # ------------------------------------------------------------------ periods
    def _resolve(self, m: re.Match, part: _Part | None) -> str:
        """The words of a period match, with relative years made absolute when possible."""
        g = m.groupdict()
        if g["span"]:
            return f"{g['y1']}-{g['y2']}年"
        if g["plan"]:
            return f"{g['pname'] or g['pname2']}期间"
        if g["year"]:
            y = chinese_year(g["year"].rstrip("年度").rstrip())
            return f"{y}年{_part_words(g['ypart'] or '')}" if y else m.group()
        if g["rel"]:
            y = self._relative(g["rel"], part)
            rest = _part_words(g["rpart"] or "")
            return f"{y}年{rest}" if y else g["rel"] + (g["rpart"] or "")
        year = part.year if part is not None and part.year else self.year
        words = _part_words(g["ypart2"])
        return f"{year}年{words}" if year else words

    def _relative(self, rel: str, part: _Part | None) -> int | None:
        y = self.year
        if rel in ("今年", "本年", "本年度"):
            return y
        if rel in ("去年", "上年", "上年度", "上一年"):
            return y - 1 if y else None
        if rel == "前年":
            return y - 2 if y else None
        if rel in ("明年", "下一年"):
            return y + 1 if y else None
        if rel in ("全年", "当年"):
            return part.year if part is not None and part.year else None
        if rel in ("刚刚过去的一年", "过去一年", "过去的一年", "一年来"):
            if part is not None and part.kind == "review" and part.year:
                return part.year
            return (y - 1 if self.report else y) if y else None
        return None   # 过去五年, 近三年: a span kept as words

    def mentions(self, s_start: int, s_end: int) -> list[Mention]:
        """The period mentions of the sentence [s_start, s_end), each with its role."""
        found = self._mentions.get((s_start, s_end))   # a long sentence is clipped per value
        if found is None:
            part = self._part(s_start)
            text = self.text
            found = []
            for m in _periods_in(text, s_start, s_end):
                before, after = text[max(0, m.start() - 4):m.start()], text[m.end():m.end() + 6]
                if _BASE_BEFORE.search(before) or _BASE_AFTER.match(after):
                    role = "base"
                elif _FROM_BEFORE.search(before):
                    role = "from"
                elif _TO_BEFORE.search(before):
                    role = "to"
                else:
                    role = "period"
                found.append(Mention(m.start(), m.end(), m.group(), self._resolve(m, part), role))
            self._mentions[s_start, s_end] = found
        return found

    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence around ``pos``: as in :mod:`summarylab.indicators`, up to 。！？ or a
        line end."""
        found = self._sentences.get(pos)
        if found is None:
            if self._ends is None:
                self._ends = [m.end() for m in _SENTENCE_END.finditer(self.text)]
            i = bisect_right(self._ends, pos)
            start = self._ends[i - 1] if i else 0
            end = self._ends[i] if i < len(self._ends) else len(self.text)
            # a sentence is read at most WINDOW characters either side of pos, so that a text
            # without sentence ends costs linear time (real sentences are shorter)
            found = self._sentences[pos] = (max(start, pos - WINDOW), min(end, pos + WINDOW))
        return found

    def clause_start(self, pos: int, s_start: int) -> int:
        """The start of the clause holding ``pos`` (after the last ，；：（ … of its sentence),
        not before ``s_start``."""
        if s_start >= pos:
            return pos
        floor = max(0, pos - WINDOW)
        if s_start < floor:
            return self._walk_back(pos, s_start)
        # one walk per position, down to the lowest start any caller gives (pos - WINDOW):
        # the walk down to a later start stops at the same clause mark, or at that start
        found = self._clauses.get(pos)
        if found is None:
            found = self._clauses[pos] = self._walk_back(pos, floor)
        return max(found, s_start)

    def _walk_back(self, pos: int, s_start: int) -> int:
        text, i = self.text, pos
        while i > s_start and text[i - 1] not in _CLAUSE_CHARS:   # clauses are short: a walk back
            i -= 1
        return i

    def period_of(self, start: int, end: int, *, average: bool = False) -> str:
        """The period of the value at text[start:end] (rules: module docstring)."""
        s_start, s_end = self.sentence(start)
        return self._period(start, end, s_start, self.mentions(s_start, s_end), average)

    def period_and_base(self, start: int, end: int, *, average: bool = False) -> tuple[str, str]:
        """``(period_of(start, end, average=average), base_of(start, end))``, sharing the
        sentence and its mentions."""
        s_start, s_end = self.sentence(start)
        mentions = self.mentions(s_start, s_end)
        period, base = self._period(start, end, s_start, mentions, average), self._base(start, end, s_start, mentions)
        if average and not base and _TWO_YEAR_AVERAGE.search(self.text, max(s_start, start - 6), end):
            y = period_year(period) if period else period_year(self._context_period(s_start))
            if y:   # 两年平均增长3.8% said of 2021: over 2019-2021, from 2019 (a part of a year stays)
                period, base = f"{y - 2}-{y}年", f"{y - 2}年"
        return period, base

    def _period(self, start: int, end: int, s_start: int, mentions: list[Mention], average: bool) -> str:
        own = [mt for mt in mentions if mt.end <= start and mt.role in ("period", "to")]
        inside = [mt for mt in mentions if start <= mt.start < end and mt.role == "period"]
        frm = self._from(start, mentions)
        if frm is not None:
            return frm.resolved
        if average:
            return self._average_span(start, mentions, own)
        if inside:
            found = inside[0].resolved
        elif own:
            found = own[-1].resolved
        else:
            found = self._context_period(s_start)
        return self._cumulative(found, start, mentions)

    def _cumulative(self, period: str, start: int, mentions: list[Mention]) -> str:
        """比2002年增长65.5% said of 2007: the change over 2002-2007, not a year's."""
        p = period_year(period)
        if not p:
            return period
        for mt in mentions:
            x = period_year(mt.resolved) if mt.role == "base" and mt.end <= start else None
            if p and x and p - x > 1:
                return f"{x}-{p}年"
        return period

    def _from(self, start: int, mentions: list[Mention]) -> Mention | None:
        """由上年的4.8%: the mention whose value this is."""
        for mt in mentions:
            if mt.role == "from" and mt.end <= start and self.text[mt.end:start] in ("", "的"):
                return mt
        return None

    def _average_span(self, start: int, mentions: list[Mention], own: list[Mention]) -> str:
        """年均增长: the span from a base year to the period year, else a span mentioned."""
        base = [mt for mt in mentions if mt.role == "base" and mt.end <= start]
        y1 = period_year(base[-1].resolved) if base else None
        y2 = period_year(own[-1].resolved) if own else None
        if y1 and y2 and y2 > y1:
            return f"{y1}-{y2}年"
        spans = [mt.resolved for mt in own if period_year(mt.resolved) is None]
        if spans:
            return spans[-1]
        ctx = self._context_period(self.sentence(start)[0])
        return "" if period_year(ctx) is not None else ctx

    def _context_period(self, s_start: int) -> str:
        """A period from the paragraph's opening words, a lead-in line, the heading, or the part."""
        found = self._contexts.get(s_start)
        if found is None:
            found = self._contexts[s_start] = self._find_context_period(s_start)
        return found

    def _find_context_period(self, s_start: int) -> str:
        text = self.text
        p_start = text.rfind("\n", 0, s_start) + 1
        lead = self._lead_period(p_start, s_start)
        if lead:
            return lead
        lead = self._lead_in(p_start)
        if lead is not None:                                 # a lead-in line: 主要预期目标是：
            for mt in self.mentions(*self.sentence(lead[0])):
                if mt.role == "period":
                    return mt.resolved
        part = self._part(s_start)
        if part.period or part.several:
            return part.period
        return f"{part.year}年" if part.year else ""

    def _lead_in(self, p_start: int) -> tuple[int, int] | None:
        """(start, end) of the line before the paragraph at ``p_start`` when it ends in a
        colon (今年的主要预期目标是：), else None."""
        text, i = self.text, p_start - 1
        while i >= 0 and text[i] in " \t\u3000\n\r\u200b":
            i -= 1
        if i < 0 or text[i] not in "：:" or p_start - i > 40:
            return None
        return text.rfind("\n", 0, i) + 1, i + 1

    def lead_in_text(self, s_start: int) -> str:
        """The lead-in line of the paragraph of a sentence that opens it, else ""."""
        found = self._lead_texts.get(s_start)
        if found is None:
            p_start = self.text.rfind("\n", 0, s_start) + 1
            lead = None if self.text[p_start:s_start].strip(" \t\u3000\u200b") else self._lead_in(p_start)
            found = self._lead_texts[s_start] = self.text[lead[0]:lead[1]] if lead else ""
        return found

    def _lead_period(self, p_start: int, s_start: int) -> str:
        """过去一年，… / 2012年，… / 五年来，…: a period that opens the sentence before
        (the nearest such sentence of the paragraph), or the paragraph."""
        self.sentence(s_start)   # builds self._ends
        ends = self._ends
        i = bisect_right(ends, s_start) - 1
        for i in range(i, max(i - 12, -1), -1):   # at most 12 sentences back, nearest first
            if ends[i] <= p_start:
                break
            found = self._opening_period(ends[i])
            if found:
                return found
        return self._opening_period(p_start)

    def _opening_period(self, a: int) -> str:
        found = self._openings.get(a)
        if found is None:
            text = self.text
            b = _OPENING.match(text, a).end()
            m2 = _PERIOD.match(text, b) if text[b:b + 1] in _FIRST_SET else None   # no match starts elsewhere
            found = self._openings[a] = (self._resolve(m2, self._part(a))
                                         if m2 and text[m2.end():m2.end() + 1] in _AFTER_OPENING else "")
        return found

    # ------------------------------------------------------------------ bases
    def base_of(self, start: int, end: int) -> str:
        """The comparison base of the value at text[start:end]: 上年, 同期, 上期, 2015年 or ""."""
        s_start, s_end = self.sentence(start)
        return self._base(start, end, s_start, self.mentions(s_start, s_end))

    def _base(self, start: int, end: int, s_start: int, mentions: list[Mention]) -> str:
        text = self.text
        c_start = max(self.clause_start(start, s_start), s_start)
        for mt in reversed(mentions):
            if mt.role == "base" and c_start <= mt.start < end:
                return _base_words(mt, text)
            if mt.role == "from" and mt.end <= start and not self._from(start, [mt]):
                if _CHANGED_TO.search(text[mt.end:end]):
                    return _base_words(mt, text)
        for mt in mentions:   # 与2000年相比，…: frames the clauses after it
            if mt.role == "base" and mt.end <= start and _BASE_AFTER.match(text[mt.end:mt.end + 6]) \
                    and text.find("，", mt.end, c_start) >= 0:
                return _base_words(mt, text)
        zone = text[c_start:end]
        if _SAME_PERIOD.search(zone):
            return "同期"
        if _CHAIN.search(zone):
            return "上期"
        after = text[end:end + 1]
        if after in "（(":   # 2.8亿元（较去年同期增长…）
            close = text.find("）" if after == "（" else ")", end, end + 40)
            inner = text[end + 1:close] if close > 0 else ""
            for mt in mentions:
                if mt.role == "base" and end < mt.start < end + 1 + len(inner):
                    return _base_words(mt, text)
            if _SAME_PERIOD.search(inner):
                return "同期"
        return ""


def _base_words(mt: Mention, text: str) -> str:
    """上年 / 同期 / 2015年 for a base mention (去年 and 上一年 read as 上年)."""
    if text.startswith("同期", mt.end) or mt.words.endswith("同期"):
        return "同期"
    if mt.words in ("去年", "上年", "上一年", "上年度"):
        return "上年"
    y = period_year(mt.resolved)
    return f"{y}年" if y else mt.words


def _part_words(words: str) -> str:
    """A part of a year in one spelling: 1至9月份 -> 1-9月, 全年 -> ""."""
    if not words or words == "全年":
        return ""
    m = re.fullmatch(r"([0-9１-９]+)[-－—至到~～]([0-9]+) ?月份?", words)
    if m:
        return f"{int(m.group(1))}-{int(m.group(2))}月"
    m = re.fullmatch(r"截至([0-9]+)月[底末]", words)   # 截至6月底: the months so far
    if m:
        return f"1-{int(m.group(1))}月"
    return words
