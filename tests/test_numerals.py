"""Tests for summarylab.numerals: hand-picked numerals and a round-trip property test."""
from __future__ import annotations

import cn2an
import pytest
from hypothesis import given, settings, strategies as st

from summarylab.numerals import NumberError, find_numbers, parse_number, parse_range, word_percent

KNOWN = [
    ("0", 0), ("486", 486), ("33,212", 33212), ("1,234,567.5", 1234567.5), ("３３，２１２", 33212),
    ("１４．８", 14.8), ("58.4", 58.4), ("〇", 0), ("零", 0), ("两", 2), ("兩", 2), ("十", 10),
    ("十二", 12), ("二十", 20), ("一百零五", 105), ("三百二十", 320), ("两千零三", 2003),
    ("一万二千", 12000), ("一万二", 12000), ("三千五", 3500), ("一百五", 150), ("十亿", 1e9),
    ("三千五百万", 35_000_000), ("一亿二千万", 120_000_000), ("一万亿", 1e12), ("三万亿", 3e12),
    ("四亿零七百万", 407_000_000), ("一千零一十", 1010), ("九十八点五", 98.5),
    ("百分之九十八点五", 98.5), ("千分之三", 3), ("百分之百", 100), ("1.2万", 12000),
    ("3万", 30000), ("24.66万亿", 24.66e12), ("6050 万", 60_500_000), ("3千", 3000),
    ("二〇〇二", 2002), ("一九九七", 1997), ("萬", 10000), ("十萬", 100000), ("億", 1e8),
    ("兩千零三", 2003), ("一億零五", 100_000_005), ("九十八點五", 98.5), ("廿五", 25),
    ("壹佰贰拾叁", 123), ("叁仟", 3000), ("19·5", 19.5), ("１２·０５", 12.05),
    # Arabic digits in the places of a Chinese numeral
    ("1万6千", 16000), ("2万5千5百", 25500), ("12万3千", 123_000), ("1亿3千万", 130_000_000), ("1亿2000万", 120_000_000), ("405亿9,629万", 40_596_290_000),
    ("1亿2千5百万", 125_000_000), ("１万６千", 16000), ("3萬5千", 35000),
    ("20万8千6百", 208_600), ("1万1十", 10010), ("2千5百", 2500), ("2千5百万", 25_000_000),
]


@pytest.mark.parametrize("s,value", KNOWN)
def test_known_numerals(s, value):
    assert parse_number(s) == pytest.approx(value, rel=1e-12)


@pytest.mark.parametrize("s", ["", "万元", "十十", "三十十", "一点", "abc", "1.2米", "百分之", "1万2",
                               "1.5万3千", "3千2万"])
def test_not_numerals_raise_number_error(s):
    with pytest.raises(NumberError):
        parse_number(s)


def test_type_errors():
    with pytest.raises(TypeError):
        parse_number(12)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_range(None)  # type: ignore[arg-type]


@pytest.mark.parametrize("s,rng", [("两三", (2, 3)), ("三五", (3, 5)), ("二三十", (20, 30)),
                                   ("七八百", (700, 800)), ("十二三", (12, 13)), ("三四百万", (3e6, 4e6)),
                                   ("十二", None), ("二〇", None)])
def test_parse_range(s, rng):
    assert parse_range(s) == (None if rng is None else (float(rng[0]), float(rng[1])))


def test_find_numbers_spans():
    text = "增长10.1%，新增三千五百万元，1.2万人"
    got = [(text[a:b], v) for a, b, v in find_numbers(text)]
    assert got == [("10.1", 10.1), ("三千五百万", 35e6), ("1.2万", 12000.0)]


def test_space_grouped_thousands():
    # GB/T 15835 groups digits with a (thin) space: 5 000, 12 600 000
    assert parse_number("5 000") == 5000.0
    assert parse_number("12\u2009600\u2009000") == 12_600_000.0
    assert parse_number("3\u202f500.5") == 3500.5


# ---- round trip: integers written in Chinese numerals --------------------------------

DIGITS = {"s": "零一二三四五六七八九", "t": "零一二三四五六七八九"}
BIG = {"s": ("", "万", "亿", "万亿"), "t": ("", "萬", "億", "萬億")}
SMALL_UNITS = ("千", "百", "十", "")


def _section(n: int, liang: bool) -> str:
    """0 < n < 10000 in Chinese; may start with 零 when a higher place was skipped."""
    out, zero = [], False
    for unit, d in zip(SMALL_UNITS, f"{n:04d}"):
        d = int(d)
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        digit = "两" if (liang and d == 2 and unit in ("千", "百")) else DIGITS["s"][d]
        out.append(digit + unit)
    return "".join(out)


def to_chinese(n: int, script: str = "s", liang: bool = False, yi_shi: bool = True,
               ling: bool = True) -> str:
    """Write 0 <= n < 10**16 in Chinese numerals (a generator for the test, not the library)."""
    if n == 0:
        return "零"
    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    parts, pending_zero = [], False
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g == 0:
            pending_zero = bool(parts)
            continue
        sec = _section(g, liang)
        if parts and (pending_zero or g < 1000) and not sec.startswith("零"):
            sec = "零" + sec
        pending_zero = False
        parts.append(sec + BIG[script][i])
    s = "".join(parts)
    if not ling:  # drop a 零 after 万/亿 where the reading stays unambiguous (一万零五十 -> 一万五十)
        s = "".join(c for j, c in enumerate(s)
                    if not (c == "零" and j and s[j - 1] in "万亿" and j + 2 < len(s)
                            and s[j + 2] not in DIGITS["s"]))
    if not yi_shi and s.startswith("一十"):
        s = s[1:]
    if liang and s.startswith("二") and len(s) > 1 and s[1] in "万亿萬億":
        s = "两" + s[1:]
    if script == "t":
        s = s.translate(str.maketrans("两万亿", "兩萬億"))
    return s


@settings(max_examples=400, deadline=None, derandomize=True)
@given(n=st.integers(min_value=0, max_value=10**12), script=st.sampled_from("st"),
       liang=st.booleans(), yi_shi=st.booleans(), ling=st.booleans())
def test_round_trip_every_integer(n, script, liang, yi_shi, ling):
    s = to_chinese(n, script, liang, yi_shi, ling)
    assert parse_number(s) == n, s


@pytest.mark.parametrize("n,s", [(10, "十"), (12, "十二"), (105, "一百零五"), (2003, "两千零三"),
                                 (12000, "一万两千"), (10**9, "十亿"), (35_000_000, "三千五百万"),
                                 (10**12, "一万亿"), (100_000_005, "一亿零五")])
def test_generator_writes_standard_forms(n, s):
    assert to_chinese(n, liang=True, yi_shi=False) == s


@settings(max_examples=200, deadline=None, derandomize=True)
@given(n=st.integers(min_value=0, max_value=10**12))
def test_agrees_with_cn2an_on_standard_forms(n):
    s = cn2an.an2cn(n)
    assert parse_number(s) == n == cn2an.cn2an(s, "strict")


@settings(max_examples=200, deadline=None, derandomize=True)
@given(n=st.integers(min_value=0, max_value=10**9), frac=st.integers(min_value=1, max_value=99))
def test_arabic_with_separators_and_decimals(n, frac):
    s = f"{n:,}.{frac:02d}"
    assert parse_number(s) == pytest.approx(float(f"{n}.{frac:02d}"))
    full = s.translate(str.maketrans("0123456789,.", "０１２３４５６７８９，．"))
    assert parse_number(full) == parse_number(s)


# --- fractions and multiples in words read as percentages (word_percent) ---------------------
@pytest.mark.parametrize("value,form,den,pct", [
    (2, "成", None, 20.0), (0.5, "成", None, 5.0), (1, "分之", 3, 33.3), (2, "分之", 3, 66.7),
    (1, "分之", 4, 25.0), (3, "分之", 10, 30.0), (1, "番", None, 100.0), (2, "番", None, 300.0),
    (3, "番", None, 700.0), (1.5, "倍", None, 150.0), (1.71, "倍", None, 171.0)])
def test_word_percent(value, form, den, pct):
    assert word_percent(value, form, den) == pct


def test_word_percent_rejects_unknown_forms_and_missing_denominators():
    with pytest.raises(ValueError):
        word_percent(1, "半")
    with pytest.raises(NumberError):
        word_percent(1, "分之", None)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(num=st.integers(min_value=1, max_value=9), den=st.integers(min_value=2, max_value=10))
def test_a_fraction_is_a_share_below_one_hundred(num, den):
    pct = word_percent(num, "分之", den)
    assert abs(pct - num / den * 100) <= 0.05 + 1e-9
    assert (pct < 100) == (num < den)


@settings(max_examples=50, deadline=None, derandomize=True)
@given(n=st.integers(min_value=1, max_value=8))
def test_each_doubling_doubles_the_level(n):
    # the level after n doublings is twice the level after n - 1
    assert 100 + word_percent(n, "番") == 2 * (100 + word_percent(n - 1, "番"))
