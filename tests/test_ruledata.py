"""Rule data: every shipped file loads through the spec its reader declares; whatever a spec
does not expect is refused with file:line; users add words the same way."""
import importlib
from pathlib import Path

import pytest

import summarylab
from summarylab import ruledata
from summarylab.ruledata import RuleDataError

DATA = Path(ruledata.__file__).parent / "data"


@pytest.fixture
def restore():
    """Every test that adds words leaves the shipped rule data as it found it."""
    yield
    ruledata.reset()


def _shipped(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


# ---------------------------------------------------------------- every shipped file

def test_every_shipped_data_file_has_a_reader_and_loads():
    files = sorted(p.name for p in DATA.glob("*") if p.is_file())
    assert files == sorted(ruledata.READERS), "a data file no reader declares, or a reader without its file"
    for name in files:
        content = ruledata._spec(name).read()
        assert len(content) > 0, name


def test_the_readers_of_the_pipeline_read_every_file_through_ruledata():
    ruledata.reset()   # every cache derived from rule data emptied
    summarylab.analyze("全年新增就业1.2万人，打好甲、乙、丙三大攻坚战，落实“两个率先”。").tables()
    summarylab.Tokenizer()("坚持三个代表")
    summarylab.analyze_corpus(["新建污水处理厂三座，河长制全面推行。", "全年帮助贫困户脱贫，发展特色产业。"], k=2)
    assert sorted(ruledata._CACHE) == sorted(ruledata.READERS)


# ---------------------------------------------------------------- one test per error
# (file, what the line is changed from, to, the message expected): each is a shipped file
# with one realistic slip, read through the spec of the module that reads it

SLIPS = [  # file, a line as shipped, the same with a slip (one or more lines), the message
    ("indicator_words.txt", "[increase]", "[increse]", r"unknown section \[increse\] \(expected one of: "),
    ("slogan_names.txt", "[before]", "[befor]", r"unknown section \[befor\]"),
    ("stripped_number.txt", "count_verb: 淘汰", "count_verbs: 淘汰", r"unknown key 'count_verbs'"),
    ("units.txt", "天 天 change", "天 天 chnage", r"unknown flag 'chnage'"),
    ("units.txt", "美元 美元", "美元 美元\n元 元", r"duplicate entry '元' \(first at line \d+\)"),
    ("indicator_words.txt", "[compare]", "减少\n[compare]", r"duplicate entry '减少' in \[decrease\]"),
    ("formulations.txt", "两个率先 两率先", "两个率先 两率先 三个代表", r"duplicate entry '三个代表'"),
    ("gov_dict.txt", "放管服 20000 nz", "放管服 20000 nz\n放管服 100 n", r"duplicate entry '放管服'"),
    ("stripped_number.txt", "strict: 天 处", "strict: 天 处 天", r"duplicate entry '天' under strict"),
    ("boilerplate.txt", "url", "url  (?:http\nurl", r"bad regex: missing \)"),
    ("boilerplate.txt", "url", "footnote  备案号\nurl", r"expected '<kind>\[:label\] <regex>'"),
    ("boilerplate.txt", "url", "footer_line:Pay-Wall  登录\nurl", r"expected '<kind>\[:label\] <regex>'"),
    ("common_chars.txt", "一是人了", "一一是人了", r"duplicate entry '一'"),
    ("theme_genre.txt", "新华网", "新华社\n新华网", r"duplicate entry '新华社' \(first at line \d+\)"),
    ("indicator_catalogue.tsv", "indicator\ten", "indicator\tenglish", r"header must be indicator / en / "),
    ("indicator_catalogue.tsv", "人均国内生产总值\tGDP per capita\t*",
     "人均国内生产总值\tGDP per capita\t*\t人均GDP值", r"5 fields, expected 4"),
    ("indicator_catalogue.tsv", "国内生产总值\tGDP\tlevel,change_amount",
     "国内生产总值\tGDP\tlevel,chnage_amount", r"unknown measure \['chnage_amount'\]"),
    ("indicator_catalogue.tsv", "人均国内生产总值", "经济规模\teconomy\tlevel\t经济总量\n人均国内生产总值",
     r"synonym '经济总量' already listed at line \d+ for overlapping measures"),
]


def _with_slip(text: str, old: str, new: str) -> tuple[str, int]:
    """``text`` with the start ``old`` of its first line starting so replaced by ``new`` (one
    or more lines; the rest of the shipped line follows the last one), and the number of
    the line a reader must name: the first one that differs from the shipped line."""
    lines = text.split("\n")
    i = next(k for k, line in enumerate(lines) if line.startswith(old))
    shipped, added = lines[i], new.split("\n")
    added[-1] += shipped[len(old):]
    lines[i:i + 1] = added
    return "\n".join(lines), i + 1 + next(k for k, line in enumerate(added) if line != shipped)


@pytest.mark.parametrize("name, old, new, message", SLIPS, ids=[f"{s[0]}:{s[2][:12]}" for s in SLIPS])
def test_a_slip_in_a_data_file_is_refused_with_its_line(tmp_path, name, old, new, message):
    text, line = _with_slip(_shipped(name), old, new)
    bad = tmp_path / name
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(RuleDataError, match=rf"{name}:{line}: {message}"):
        ruledata._spec(name).read(bad)


def test_an_unknown_section_no_longer_switches_increase_words_off_quietly(tmp_path):
    words = importlib.import_module("summarylab.indicators.lexicon")._WORDS
    bad = tmp_path / "indicator_words.txt"
    bad.write_text(_shipped("indicator_words.txt").replace("[increase]", "[increse]"), encoding="utf-8")
    with pytest.raises(RuleDataError, match="unknown section"):
        words.read(bad)


def test_an_added_catalogue_row_that_repeats_a_shipped_synonym_names_both_places(restore):
    with pytest.raises(RuleDataError, match=r"^add_words\(indicator_catalogue.tsv\):2: synonym '国内生产总值' "
                                            r"already listed at indicator_catalogue.tsv:\d+ for overlapping"):
        summarylab.add_words("indicator_catalogue.tsv", ["快递业务量\tparcels\t*\t快递业务量",
                                                         "经济规模\teconomy\tlevel\t国内生产总值"])
    assert "快递业务量" not in set(summarylab.panel.catalogue().indicator)   # nothing was added


def test_user_boilerplate_file_with_a_bad_regex_names_its_line(tmp_path):
    from summarylab.cleaning import load_patterns

    bad = tmp_path / "mine.txt"
    bad.write_text("# my site\nwatermark  本文由(小城文苑整理\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"mine.txt:2: bad regex"):
        load_patterns(bad)


# ---------------------------------------------------------------- users add their own

ADDITIONS = [  # file, lines, text, what a function finds in it afterwards (simplified, traditional)
    ("units.txt", ["剂 剂 count"], "完成疫苗接种2.3万剂", "indicator_units", ["剂"]),
    ("units.txt", ["剂 剂 count"], "完成疫苗接種2.3萬劑", "indicator_units", ["剂"]),
    ("indicator_words.txt", "[increase]\n攀升", "财政收入攀升12%", "indicator_changes", ["increase"]),
    ("indicator_words.txt", "[increase]\n攀升", "財政收入攀升12%", "indicator_changes", ["increase"]),
    ("formulations.txt", ["三零服务 三零"], "推行三零服务，做到三零", "slogans", ["三零服务"]),
    ("stopwords.txt", ["河长制"], "全面推行河长制", "tokens", ["全面推行"]),
    ("stopwords.txt", ["河长制"], "全面推行河長制", "tokens", ["全面推行"]),
    ("gov_dict.txt", ["六尺巷调解法 20000 nz"], "推广六尺巷调解法", "segment", ["推广", "六尺巷调解法"]),
    ("boilerplate.txt", ["watermark  （小城文苑整理）"], "植树300亩（小城文苑整理）。", "clean", "植树300亩。"),
    ("slogan_idioms.txt", ["一锅端"], "不搞“一锅端”", "slogan_kinds", ["quoted"]),
    ("indicator_catalogue.tsv", ["快递业务量\tparcel volume\t*\t快递业务量|快递量"],
     "全年快递业务量突破100亿件", "panel_indicator", ["快递业务量"]),
    ("indicator_catalogue.tsv", "indicator\ten\tmeasures\tsynonyms\n快递业务量\tparcel volume\t*\t快递业务量",
     "全年快遞業務量突破100億件", "panel_indicator", ["快递业务量"]),
    ("theme_genre.txt", ["推进"], "推进", "genre", True),
]


def _found(what: str, text: str):
    if what == "indicator_units":
        return summarylab.extract_indicators(text)["unit"].tolist()
    if what == "indicator_changes":
        return summarylab.extract_indicators(text)["change"].tolist()
    if what == "slogans":
        return summarylab.extract_slogans(text)["slogan"].tolist()
    if what == "slogan_kinds":
        return summarylab.extract_slogans(text)["kind"].tolist()
    if what == "segment":
        return summarylab.segment(text)
    if what == "panel_indicator":
        return summarylab.extract_indicators(text)["indicator"].tolist()
    if what == "genre":
        return "推进" in importlib.import_module("summarylab.vocabulary")._genre_words()
    if what == "tokens":
        return summarylab.Tokenizer()(summarylab.normalise(text).text)
    return summarylab.clean(text).text


@pytest.mark.parametrize("name, lines, text, what, expected", ADDITIONS)
def test_added_words_are_used_by_every_reader_and_reset_restores(restore, name, lines, text, what, expected):
    before = _found(what, text)
    assert before != expected, "the case shows nothing: the shipped data already does it"
    summarylab.add_words(name, lines)
    assert _found(what, text) == expected
    ruledata.reset()
    assert _found(what, text) == before


def test_added_words_from_a_file(restore, tmp_path):
    mine = tmp_path / "my_units.txt"
    mine.write_text("# vaccines\n剂 剂 count\n剂次 剂次 count\n", encoding="utf-8")
    summarylab.add_words("units.txt", mine)
    df = summarylab.extract_indicators("接种疫苗1200剂次，发放3000剂")
    assert df[["value", "unit"]].values.tolist() == [[1200.0, "剂次"], [3000.0, "剂"]]


ADD_ERRORS = [
    ("units.txt", ["个 个"], r"add_words\(units.txt\):1: duplicate entry '个' \(first at units.txt:\d+\)"),
    ("units.txt", ["剂 剂 count", "剂 剂"], r"add_words\(units.txt\):2: duplicate entry '剂' \(first at line 1\)"),
    ("units.txt", ["剂"], r"add_words\(units.txt\):1: expected '<surface> <base>"),
    ("indicator_words.txt", "[increse]\n攀升", r"add_words\(indicator_words.txt\):1: unknown section \[increse\]"),
    ("indicator_words.txt", "攀升", r"'攀升' before any \[section\]"),
    ("stripped_number.txt", ["mesure: 件"], r"unknown key 'mesure'"),
    ("boilerplate.txt", ["watermark  （小城(文苑"], r"add_words\(boilerplate.txt\):1: bad regex"),
]


@pytest.mark.parametrize("name, lines, message", ADD_ERRORS)
def test_additions_are_checked_like_the_shipped_files_and_nothing_is_added(restore, name, lines, message):
    before = ruledata.generation()
    with pytest.raises(RuleDataError, match=message):
        summarylab.add_words(name, lines)
    assert ruledata.generation() == before and not ruledata._ADDED


def test_add_words_names_the_files_it_knows():
    with pytest.raises(ValueError, match="no shipped data file 'unit.txt'"):
        summarylab.add_words("unit.txt", ["剂 剂"])


# ---------------------------------------------------------------- traditional forms

@pytest.mark.parametrize("words, expected", [
    (["增长", "下降"], ["增长", "下降", "增長"]),
    (["为"], ["为", "爲", "為"]),
    ([], []),
])
def test_one_traditional_expansion(words, expected):
    got = ruledata.with_traditional(words)
    assert got[:len(words)] == words and set(expected) <= set(got) and len(got) == len(set(got))


def test_the_count_flag_marks_every_measure_word_whose_noun_can_be_the_subject():
    units = importlib.import_module("summarylab.indicators.lexicon")._load_units()
    assert units["家"].count and units["人次"].count and units["個"].count
    assert not units["元"].count and not units["%"].count and not units["吨"].count


def test_a_batch_cache_does_not_serve_results_computed_without_the_additions(restore):
    from summarylab.store import code_version

    shipped = code_version()
    summarylab.add_words("units.txt", ["剂 剂 count"])
    assert code_version() != shipped
    ruledata.reset()
    assert code_version() == shipped
