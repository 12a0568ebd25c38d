"""Read numbers written in Arabic digits, Chinese numerals, or a mix of both.

:func:`parse_number` turns one numeral string into a float:

* Arabic digits, half- or full-width, with thousands separators (commas; spaces and
  thin spaces too, ``5 000``, though :data:`ARABIC` does not match those) and a decimal
  point, full-width or a middle dot (``33,212``, ``３３，２１２``, ``１４．８``, ``19·5``);
* Chinese numerals in either script, with any legal combination of the
  multipliers 十 百 千 万 亿 (``十二``, ``一百零五``, ``两千零三``, ``一万二千``,
  ``三千五百万``, ``一万二`` = 12000), the formal digits 壹 贰 叁 …, ``〇``/``零``,
  ``两``/``兩``, ``廿``, digit strings read place by place (``二〇〇二``) and
  ``点``/``點`` decimals (``九十八点五``);
* fractions ``百分之…`` and ``千分之…`` (the numerator is returned:
  ``百分之九十八点五`` -> 98.5; the caller knows it is a percentage);
* Arabic numbers followed by Chinese multipliers (``1.2万``, ``24.66万亿``,
  ``6050 万``, ``3千``), and Arabic digits in the places of a Chinese numeral
  (``1万6千``, ``1亿3千``, ``2万5千5百``: :data:`MIXED`).

:func:`parse_range` reads the colloquial ranges ``两三``, ``三五``, ``二三十``,
``七八百`` and ``十二三`` as (low, high).

:data:`ARABIC`, :data:`CHINESE`, :data:`MIXED` and :data:`MULTIPLIER` are regular-expression
fragments (no nested quantifiers, linear time) that other modules combine into
their scanners; :func:`find_numbers` is a simple scanner over a text.

Absurd numerals are not numbers: a numeral longer than :data:`MAX_CHARS` characters
(``一亿`` a thousand times), or one whose value passes :data:`MAX_VALUE` or is not
finite (``一`` followed by 39 ``亿``), raises :class:`NumberError` like any other
non-numeral, so scanners skip it instead of crashing (no OverflowError, no
RecursionError).

:func:`word_percent` turns the fractions and multiples written in words into a
percentage, given the numeral already read: 成 (tenths: 两成 -> 20), 分之
(三分之一 -> 33.3), 番 (doublings: 翻一番 -> +100, 翻两番 -> +300) and 倍 after a
rise (增长1.5倍 -> +150).

This module does not decide whether a number is an indicator, a year or an
ordinal, nor whether 倍 follows a rise (see :mod:`summarylab.indicators`), does not
read 过半 or 大半, and never rewrites text.

Example
-------
>>> parse_number("一万二千"), parse_number("24.66万亿"), parse_number("百分之九十八点五")
(12000.0, 24660000000000.0, 98.5)
>>> parse_range("两三")
(2.0, 3.0)
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterator

__all__ = [
    "ARABIC",
    "CHINESE",
    "MIXED",
    "MULTIPLIER",
    "NumberError",
    "find_numbers",
    "parse_number",
    "parse_range",
    "scale",
    "word_percent",
]

_DIGITS = {
    "〇": 0, "零": 0, "○": 0,
    "一": 1, "壹": 1, "幺": 1,
    "二": 2, "两": 2, "兩": 2, "贰": 2, "貳": 2,
    "三": 3, "叁": 3, "參": 3, "叄": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
_POINT = "点點"
#: Longest numeral read (characters, after removing spaces); real ones are under 30.
MAX_CHARS = 64
#: Largest value read: far above any real figure (GDP in yuan is about 1.3e14).
MAX_VALUE = 1e20
_FULL = str.maketrans("０１２３４５６７８９，．·", "0123456789,..")  # 19·5: a middle dot as the point

#: Arabic number: digits, optional 3-digit thousand groups, optional decimals.
ARABIC = (r"[0-9０-９]+(?:[,，][0-9０-９]{3}(?![0-9０-９]))*"
          r"(?:[.．·][0-9０-９]+)?")
#: Chinese numeral (千 before 瓦/克/米 and 百 before 分 belong to a unit, not the number).
CHINESE = ("(?:[〇零○一壹二两兩贰貳三叁參叄四肆五伍六陆陸七柒八捌九玖十拾佰仟廿万萬亿億]"
           "|千(?![瓦克米])|百(?!分))+"
           "(?:[点點][〇零○一二三四五六七八九]+)?")
#: Arabic digits in the places of a Chinese numeral: 1万6千, 1亿3千, 2千5百 (a multiplier and
#: then at least one digit with 千/百/十, so 1万吨 and 3万2014年 are not read as one), or 亿
#: and then the 万 section in digits (1亿2000万, 405亿9,629万: a thousands comma allowed;
#: 2亿1843.8万: a point in the 万 section), or 万 and then all four digits of its section
#: (2万5385人, 2万5,385人; not 3万2014年, a count and a year).
MIXED = ("[0-9０-９]{1,4}[万萬亿億千仟百佰]"
         "(?:[0-9０-９]{1,4}[千仟百佰十拾](?![瓦克米分]))+"
         "|[0-9０-９]{1,5}[亿億](?:[0-9０-９]{1,4}(?:[.．][0-9０-９]{1,4})?|[0-9０-９][,，][0-9０-９]{3})[万萬]"
         "|(?:[0-9０-９]{1,4}|[0-9０-９][,，][0-9０-９]{3})[万萬](?:[0-9０-９]{4}|[0-9０-９][,，][0-9０-９]{3})"
         "(?![0-9０-９.．年月日号號])")   # 2,763萬4,000元: thousands grouped on both sides of 萬
#: What starts after a number to make it an amount, not a decimal heading's number (1.5亿元,
#: 2.3万人, 6.8公顷 vs 1.1 政策背景): multipliers, units and measure words, both scripts.
AMOUNT_AFTER = "[万亿千百元角个倍米吨亩斤人户家项次件级年月日时号公萬億個噸畝戶項級時號]|平方|立方"
#: One Chinese multiplier after an Arabic number.
MULTIPLIER = "(?:[十万萬亿億]|千(?![瓦克米])|百(?!分))"

_ARABIC_RE = re.compile(ARABIC)
_YI_WAN_POINT = re.compile(r"([0-9０-９]{1,5})[亿億]([0-9０-９]{1,4}[.．][0-9０-９]{1,4})[万萬]")
_MIXED_RE = re.compile(MIXED + "[万萬亿億]?$")   # 1亿3千万: a multiplier may close it
_DIGIT_RUN = re.compile("[0-9０-９]+")
_NUMBER_RE = re.compile(rf"(?:百分之|千分之)?(?:{MIXED}|{ARABIC}(?:[ \u3000]?{MULTIPLIER})*|{CHINESE})")
_RANGE_PAIRS = {("一", "二"), ("一", "两"), ("两", "三"), ("二", "三"), ("三", "四"),
                ("四", "五"), ("五", "六"), ("六", "七"), ("七", "八"), ("八", "九"),
                ("三", "五"), ("兩", "三"), ("一", "兩")}


def scale(value: float, factor: float) -> float:
    """``value * factor`` without binary noise in the digits the text gave.

    >>> 276.4 * 1e8, scale(276.4, 1e8)
    (27639999999.999996, 27640000000.0)
    """
    if factor == 1:
        return float(value)
    return float(Decimal(repr(value)) * Decimal(repr(factor)))


class NumberError(ValueError):
    """Raised by :func:`parse_number` for a string that is not a numeral."""


def _not_a_number(s: str) -> NumberError:
    """The error for ``s``, quoting at most its first 60 characters (inputs may be megabytes)."""
    return NumberError(f"not a number: {_shown(s)}")


def _shown(s: str) -> str:
    return repr(s) if len(s) <= 80 else f"{s[:60]!r}... ({len(s):,} characters)"


def parse_number(s: str) -> float:
    """Value of one numeral string (Arabic, Chinese, mixed, or 百分之/千分之 fraction).

    Raises :class:`NumberError` (a ValueError) when ``s`` is not a numeral and
    TypeError when it is not a str.

    >>> parse_number("一百零五"), parse_number("6,050"), parse_number("1.2万")
    (105.0, 6050.0, 12000.0)
    """
    if not isinstance(s, str):
        raise TypeError(f"parse_number() takes a str, got {type(s).__name__}")
    if s.isascii() and s.isdigit() and len(s) <= 15:   # the common case: 486
        return float(s)
    try:
        value = _parse(s)
    except OverflowError:   # an int of hundreds of digits (亿亿亿…) does not fit a float
        value = float("inf")
    if not value <= MAX_VALUE:   # also catches nan and inf
        raise NumberError(f"not a number: absurdly large ({_shown(s)})")
    return value


def _parse(s: str) -> float:
    t = s.strip().replace(" ", "").replace("\u3000", "").replace("\u2009", "").replace("\u202f", "")
    if t.startswith(("百分之", "千分之")):
        t = t[3:]
    if not t:
        raise _not_a_number(s)
    if len(t) > MAX_CHARS:
        raise NumberError(f"not a number: longer than {MAX_CHARS} characters ({_shown(s)})")
    if (m := _YI_WAN_POINT.fullmatch(t)) is not None:   # 2亿1843.8万: 亿, then 万 with a point
        yi, wan = (float(g.translate(_FULL).replace("．", ".")) for g in m.groups())
        return yi * 1e8 + wan * 1e4
    if _MIXED_RE.match(t):   # 1万6千: the digits are the places of a Chinese numeral
        t = t.replace(",", "").replace("，", "")   # 405亿9,629万: a thousands comma inside
        t = _DIGIT_RUN.sub(lambda d: _chinese_places(int(d.group().translate(_FULL))), t)
        return _parse_chinese(t, s)
    m = _ARABIC_RE.match(t)
    if m:
        head = float(m.group().translate(_FULL).replace(",", ""))
        rest = t[m.end():]
        if not rest:
            return head
        if any(c not in _SMALL and c not in _BIG for c in rest):
            raise _not_a_number(s)
        return scale(head, _multiplier(rest, s))
    return _parse_chinese(t, s)


_PLACES = ((1000, "千"), (100, "百"), (10, "十"), (1, ""))
_CHINESE_DIGIT = "零一二三四五六七八九"


def _chinese_places(n: int) -> str:
    """``n`` (1 to 9999) as a Chinese section: 16 -> 一十六, 105 -> 一百零五."""
    out, gap = [], False
    for place, name in _PLACES:
        d = n // place % 10
        if d:
            out.append(("零" if gap and out else "") + _CHINESE_DIGIT[d] + name)
        gap = not d
    return "".join(out)


def _multiplier(chars: str, original: str) -> float:
    """Product of a run of multipliers after an Arabic number (万亿 -> 1e12)."""
    value = 1.0
    for c in chars:
        value *= _SMALL.get(c) or _BIG[c]
    if value <= 0:
        raise _not_a_number(original)
    return value


def _parse_chinese(t: str, original: str) -> float:
    """Chinese numeral with an optional 点 decimal part."""
    frac = 0.0
    for p in _POINT:
        if p in t:
            t, dec = t.split(p, 1)
            if not dec or any(c not in _DIGITS for c in dec):
                raise _not_a_number(original)
            frac = float("0." + "".join(str(_DIGITS[c]) for c in dec))
            break
    t = t.replace("廿", "二十")
    if not t or any(c not in _DIGITS and c not in _SMALL and c not in _BIG for c in t):
        raise _not_a_number(original)
    if all(c in _DIGITS for c in t):  # place by place: 二〇〇二, 五
        return float(int("".join(str(_DIGITS[c]) for c in t))) + frac
    return float(_big_part(t, original)) + frac


def _big_part(t: str, original: str) -> int:
    """Split at the last 亿, then the last 万; the left side multiplies (三万亿 = 3e12)."""
    for ch, mag in (("亿", 10**8), ("億", 10**8), ("万", 10**4), ("萬", 10**4)):
        i = t.rfind(ch)
        if i >= 0 and (ch not in "万萬" or ("亿" not in t and "億" not in t)):
            left, right = t[:i], t[i + 1:]
            high = _big_part(left, original) if left else 1
            low = _implied(right, mag) if right else 0
            if low is None:
                low = _big_part(right, original)
            return high * mag + low
    return _section(t, original)


def _implied(right: str, mag: int) -> int | None:
    """``一万二`` means 12000: a lone non-zero digit after a multiplier is one step lower."""
    if len(right) == 1 and right in _DIGITS and _DIGITS[right]:
        return _DIGITS[right] * mag // 10
    return None


def _section(t: str, original: str) -> int:
    """Value below 10000 written with 十 百 千 and digits (十二, 一百零五, 三千五)."""
    total, digit, last_unit, zero = 0, None, 0, False
    for c in t:
        if c in _DIGITS:
            if _DIGITS[c] == 0:
                zero, digit = True, None
                continue
            if digit is not None:
                raise _not_a_number(original)
            digit = _DIGITS[c]
        elif c in _SMALL:
            unit = _SMALL[c]
            if last_unit and unit >= last_unit:
                raise _not_a_number(original)
            total += (1 if digit is None else digit) * unit
            digit, last_unit, zero = None, unit, False
        else:  # a 万/亿 cannot be left inside a section
            raise _not_a_number(original)
    if digit is not None:
        total += digit * (last_unit // 10 if last_unit >= 100 and not zero else 1)
    return total


def parse_range(s: str) -> tuple[float, float] | None:
    """(low, high) for a colloquial Chinese range such as 两三, 三五, 二三十, 十二三; else None.

    >>> parse_range("二三十"), parse_range("十二三"), parse_range("十二")
    ((20.0, 30.0), (12.0, 13.0), None)
    """
    if not isinstance(s, str):
        raise TypeError(f"parse_range() takes a str, got {type(s).__name__}")
    for i in range(len(s) - 1):
        if (s[i], s[i + 1]) in _RANGE_PAIRS:
            try:
                return (parse_number(s[:i] + s[i] + s[i + 2:]),
                        parse_number(s[:i] + s[i + 1] + s[i + 2:]))
            except NumberError:
                return None
    return None


def find_numbers(text: str) -> Iterator[tuple[int, int, float]]:
    """Yield (start, end, value) for every numeral in ``text`` that parses.

    >>> list(find_numbers("增长10.1%，新增三千五百万元"))
    [(2, 6, 10.1), (10, 15, 35000000.0)]
    """
    if not isinstance(text, str):
        raise TypeError(f"find_numbers() takes a str, got {type(text).__name__}")
    for m in _NUMBER_RE.finditer(text):
        try:
            yield m.start(), m.end(), parse_number(m.group())
        except NumberError:
            continue


def word_percent(value: float, form: str, denominator: float | None = None) -> float:
    """The percentage a fraction or multiple in words stands for.

    ``form`` is 成 (tenths), 分之 (``value`` over ``denominator``, rounded to one decimal
    as the reports write it: 三分之一 -> 33.3), 番 (``value`` doublings, the rise over
    the start: 翻一番 -> 100, 翻两番 -> 300) or 倍 (a rise by ``value`` times:
    增长1.5倍 -> 150).

    >>> word_percent(2, "成"), word_percent(1, "分之", 3), word_percent(2, "番"), word_percent(1.5, "倍")
    (20.0, 33.3, 300.0, 150.0)
    """
    if form == "成":
        return scale(value, 10)
    if form == "分之":
        if not denominator:
            raise NumberError(f"no denominator for {value}分之")
        return round(value / denominator * 100, 1)
    if form == "番":
        return float((2 ** value - 1) * 100)
    if form == "倍":
        return scale(value, 100)
    raise ValueError(f"unknown form: {form!r}")
