"""The fast paths of the panel columns and the theme step give what the plain code gives.

Each shortcut (periods tried only at their possible first characters, one clause walk per
position, sentence ends handed over by the indicator scanner, memoised catalogue and
theme-word look-ups, theme words filtered in the worker) is checked against the plain
computation it replaces, on sentences written for these tests in both scripts and on
seeded random strings. Timing lives in benchmarks/bench_panel.py and bench_jobs.py.
"""
from __future__ import annotations

import random
import re

import pytest

from summarylab import periods
from summarylab.indicators import extract_indicators
from summarylab.panel import _default_catalogue
from summarylab.periods import Timeline

SENTENCES = [
    ("s", "2019年上半年和去年同期相比，全县财政收入增长了百分之八。"),
    ("t", "2019年上半年和去年同期相比，全縣財政收入增長了百分之八。"),
    ("s", "“十三五”期间累计新建学校十二所，今年一季度又开工三所。"),
    ("t", "“十三五”期間累計新建學校十二所，今年一季度又開工三所。"),
    ("s", "过去五年来，2016年至2020年人均收入由上年的3.1万元提高到4.2万元。"),
    ("t", "過去五年來，2016年至2020年人均收入由上年的3.1萬元提高到4.2萬元。"),
    ("s", "1-9月份完成投资九亿元，比2015年增长三成，十四五时期力争再翻一番。"),
    ("t", "1-9月份完成投資九億元，比2015年增長三成，十四五時期力爭再翻一番。"),
    ("s", "这三年粮食产量稳定，近两年来明年底前要建成二〇二五年度规划项目。"),
    ("t", "這三年糧食產量穩定，近兩年來明年底前要建成二〇二五年度規劃項目。"),
]
TEXTS = [
    ("s", "一、2018年工作回顾\n过去一年，地区生产总值增长6.6%，城镇新增就业1.2万人。\n"
          "二、2019年主要任务\n今年的主要预期目标是：\n生产总值增长6%左右；居民消费价格涨幅3%左右。\n"
          "与2015年相比，森林覆盖率提高2个百分点，粮食增加0.8万吨（较去年同期增长3%）。"),
    ("t", "一、2018年工作回顧\n過去一年，地區生產總值增長6.6%，城鎮新增就業1.2萬人。\n"
          "二、2019年主要任務\n今年的主要預期目標是：\n生產總值增長6%左右；居民消費價格漲幅3%左右。\n"
          "與2015年相比，森林覆蓋率提高2個百分點，糧食增加0.8萬噸（較去年同期增長3%）。"),
    ("s", "全年受理投诉486件，办结率98%，其中一季度120件、上半年260件，均比上年减少。"),
    ("t", "全年受理投訴486件，辦結率98%，其中一季度120件、上半年260件，均比上年減少。"),
]


def _spans(matches) -> list:
    return [(m.span(), m.groupdict()) for m in matches]


def _random_strings(n: int, seed: int):
    alphabet = sorted({c for c in periods._PERIOD.pattern if ord(c) > 127}
                      | set("年月季度半初末底期间“”0123456789-—至到，。\n的比较"))
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))


# ---------------------------------------------------------------------- periods
def _first_chars(items) -> tuple[set[str], bool]:
    """First characters of a parsed pattern, and whether it can match empty."""
    from re import _constants as C   # noqa: N814 - the parser's own names

    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            return chars | {chr(av)}, False
        if op is C.IN:
            for o, a in av:
                assert o in (C.LITERAL, C.RANGE), o
                chars |= {chr(a)} if o is C.LITERAL else {chr(x) for x in range(a[0], a[1] + 1)}
            return chars, False
        if op is C.SUBPATTERN:
            sub, empty = _first_chars(list(av[-1]))
        elif op is C.BRANCH:
            found = [_first_chars(list(alt)) for alt in av[1]]
            sub, empty = set().union(*(f[0] for f in found)), any(f[1] for f in found)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            sub, empty = _first_chars(list(av[2]))
            empty = empty or av[0] == 0
        elif op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue
        else:
            raise AssertionError(f"unexpected op {op}")
        chars |= sub
        if not empty:
            return chars, False
    return chars, True


def test_first_characters_are_those_the_period_pattern_can_start_with():
    parser = pytest.importorskip("re._parser")
    chars, empty = _first_chars(list(parser.parse(periods._PERIOD.pattern, re.VERBOSE)))
    assert not empty
    assert chars == set(periods._FIRST_CHARS)


@pytest.mark.parametrize("script,sentence", SENTENCES, ids=[f"{s}-{t[:12]}" for s, t in SENTENCES])
def test_periods_in_finds_what_finditer_finds(script, sentence):
    for pos in range(len(sentence)):
        for end in (len(sentence), max(pos, len(sentence) - 5)):
            assert _spans(periods._periods_in(sentence, pos, end)) == \
                _spans(periods._PERIOD.finditer(sentence, pos, end))
    assert _spans(periods._periods_in(sentence, 0, len(sentence)))   # something to compare


def test_periods_in_on_random_strings():
    found = 0
    for s in _random_strings(20000, seed=7):
        got = _spans(periods._periods_in(s, 1, len(s)))
        assert got == _spans(periods._PERIOD.finditer(s, 1, len(s))), s
        found += bool(got)
    assert found > 50


def _plain_walk(text: str, pos: int, s_start: int) -> int:
    i = pos
    while i > s_start and text[i - 1] not in periods._CLAUSE_CHARS:
        i -= 1
    return i


@pytest.mark.parametrize("script,text", TEXTS, ids=[f"{s}-{t[8:20]}" for s, t in TEXTS])
def test_clause_start_is_the_walk_back(script, text):
    tl = Timeline(text, 2019)
    for pos in range(len(text)):
        for s_start in sorted({0, max(0, pos - periods.WINDOW), max(0, pos - 7), pos, min(len(text), pos + 2)}):
            assert tl.clause_start(pos, s_start) == _plain_walk(text, pos, s_start), (pos, s_start)


def test_clause_start_on_a_text_longer_than_the_window():
    text = ("一" * 400 + "，") * 3 + "二" * 50
    tl = Timeline(text)
    for pos in range(0, len(text), 37):
        for s_start in (0, max(0, pos - periods.WINDOW), max(0, pos - 10)):
            assert tl.clause_start(pos, s_start) == _plain_walk(text, pos, s_start)


@pytest.mark.parametrize("script,text", TEXTS, ids=[f"{s}-{t[8:20]}" for s, t in TEXTS])
def test_timeline_answers_alike_with_sentence_ends_given(script, text):
    ends = [m.end() for m in re.finditer(r"[。！？!?\n]", text)]
    given, built = Timeline(text, 2019, ends=ends), Timeline(text, 2019)
    for start in range(len(text) - 1):
        end = start + 2
        assert given.period_and_base(start, end) == (built.period_of(start, end), built.base_of(start, end))
        assert given.period_of(start, end, average=True) == built.period_of(start, end, average=True)


def test_the_scanner_hands_over_its_sentence_ends():
    from summarylab.indicators import lexicon as indicators

    assert indicators._SENTENCE_END.pattern == periods._SENTENCE_END.pattern   # else they are rebuilt


@pytest.mark.parametrize("script,text", TEXTS, ids=[f"{s}-{t[8:20]}" for s, t in TEXTS])
def test_columns_alike_with_and_without_the_scanner_sentence_ends(script, text, monkeypatch):
    from summarylab.indicators import scanner as indicators

    fast = extract_indicators(text, year=2019)
    monkeypatch.setattr(indicators, "_TIMELINE_SENTENCE_END", re.compile("(?!x)x"))   # ends not handed over
    plain = extract_indicators(text, year=2019)
    assert len(fast) > 2
    assert fast.equals(plain)


# ---------------------------------------------------------------------- memos
@pytest.mark.parametrize("subject,measure", [
    ("全年地区生产总值", "level"), ("地区生产总值", "change_rate"), ("全年地區生產總值", "level"),
    ("高新技术产品出口", "level"), ("城镇登记失业率", "level"), ("", "level"), ("总量", "share"),
])
def test_catalogue_memo_gives_the_plain_match(subject, measure):
    cat = _default_catalogue()
    assert cat.match(subject, measure) == cat._match_any(subject, measure)
    assert cat.match(subject, measure) == cat._match_any(subject, measure)   # from the memo
    window = f"其中{subject}为"
    assert cat.find_in(window, measure) == cat._find_in(window, measure)


def test_theme_word_memo_gives_the_plain_test():
    from summarylab.vocabulary import is_theme_word

    words = ["河长制", "十四五", "工作", "加强", "五年", "亿元", "A3区", "污水处理", "污水處理", "的", "x", "放管服"]
    for w in words * 2:
        assert is_theme_word(w) == is_theme_word.__wrapped__(w), w


@pytest.mark.parametrize("script,text", TEXTS, ids=[f"{s}-{t[8:20]}" for s, t in TEXTS])
def test_worker_tokens_are_the_theme_words_in_order(script, text):
    from summarylab.corpus import _tokenizer, _tokens
    from summarylab.themes import _Analyzer
    from summarylab.vocabulary import is_theme_word

    raw = list(_tokenizer()(text))
    got = _tokens(text)
    assert got == [t for t in raw if is_theme_word.__wrapped__(t)]
    assert _Analyzer(_tokenizer(), frozenset())(got) == got    # the driver's filter: a no-op


@pytest.mark.parametrize("text,dropped", [
    ("进一步加强工作，五年来共投入3亿元，河长制全面推行，A3区新建学校。", {"五年", "亿元", "A3"}),
    ("進一步加強工作，五年來共投入3億元，河長制全面推行，A3區新建學校。", {"五年", "A3"}),
])
def test_worker_tokens_leave_out_quantities_and_codes(text, dropped):
    from summarylab.corpus import _tokenizer, _tokens

    raw, got = list(_tokenizer()(text)), _tokens(text)
    assert dropped <= set(raw) and not dropped & set(got)
    assert "投入" in got and "新建" in got
