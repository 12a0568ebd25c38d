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
分别, the subjects in order (城镇、农村居民人均可支配收入分别达到X和Y), also those a
contracted word names (各项存贷款余额分别为X和Y -> 存款余额, 贷款余额: contractions.txt). An
industry name that holds a 、 or 和 stays whole (纺织服装、服饰业: industry_names.txt).

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

It does not segment the text (jieba is asked only about the words around a subject's cut),
resolve what a percentage is a
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
approx     bool: 近 约 余 多 几 左右 以上 超过 突破 逾 … or a loose range (两三个, 二三十名);
           a range with both bounds written (8-10个) is exact
change     "increase", "decrease" or "" (增长 提高 / 下降 减少 降低 削减 缩短 …);
           in 由X增加到Y only Y carries it: X is the level before (measure "level")
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


Modules
-------
========== =================================================================
lexicon    the rule data (units.txt, indicator_words.txt, indicator_exclusions.txt,
           contractions.txt, industry_names.txt)
           compiled once: the scanner pattern and the look-back, trim and cut
           patterns, the unit table; the character sets and the :class:`_Hit`
           every step reads
scanner    :func:`extract_indicators`: the scan, the joins of numbers split by
           layout or lists, the filters that reject a hit, the look-back for a
           change and an approximation, the period of the sentence
values     a hit's value(s): multipliers folded, ranges, fractions and multiples
           in words as percentages, the base unit, approx
subject    the thing measured: the clause before the number cut to its core, a
           share's part, 分别 lists, pairs (由X增加到Y), the noun after a count
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

from .scanner import COLUMNS, extract_indicators

__all__ = ["COLUMNS", "extract_indicators"]
