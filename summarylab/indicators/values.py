"""The value of an indicator hit: numbers read, multipliers folded, words as percentages.

=================== ==========================================================
function            gives
=================== ==========================================================
:func:`_values`     (value, value_max) of a hit: 276.4亿元 -> 2.764e10, 30至50
                    -> (30, 50), 四、五十 -> (40, 50); None when unreadable
:func:`_base_unit`  the base unit (亿元 -> 元, 个百分点 -> 百分点)
:func:`_word_form`, 成, 分之, 番, 倍 read as percentages (近两成 -> 20,
:func:`_as_percent` 三分之一 -> 33.3, 翻一番 -> 100, 增长1.5倍 -> 150)
:func:`_approx`     approximation: a word (约, 余, 左右), a bare multiplier, a range
:func:`_multiplied` a count folded by 万 or 亿 (1386万, 六亿多)
=================== ==========================================================

This module does not decide whether a hit is an indicator (:mod:`.scanner` does)
nor what it measures (:mod:`.subject`); the arithmetic of numerals is
:mod:`summarylab.numerals`.

>>> _factor("万"), _factor("亿")
(10000.0, 100000000.0)
"""
from __future__ import annotations

import math
import re

from ..numerals import NumberError, parse_number, parse_range, scale, word_percent
from .lexicon import _BARE, _CLAUSE_PUNCT, _Hit, _LARGE, _Lexicon, _ONE, _TEN

def _multiplied(n1: str, mult: str | None) -> bool:
    """1386万, 六亿多, 一亿二千万: a count folded by 万 or 亿 (in the numeral ``n1`` or the
    multiplier ``mult`` after it)."""
    return bool(mult) or not _LARGE.isdisjoint(n1)


def _approx(h: _Hit, apx: str | None, hi: float) -> bool:
    """近/约/余/多/左右/以上 …, a bare multiplier (千, 上万) or a range said loosely (两三个, 二三十名);
    a range with its bounds (8-10个, 30至50家) is exact: value_max holds the upper bound."""
    if apx or h.post or not math.isnan(hi) and not h.m.group("join"):
        return True
    if h.chinese and not h.pct and _BARE.issuperset(h.n1) and h.n1[0] not in _TEN:
        return True
    sfx, sfx2 = h.m.group("sfx", "sfx2")
    return bool(sfx or sfx2)


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
