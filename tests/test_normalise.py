"""Normalisation: width, punctuation, whitespace, script, offsets, backends."""
import os

import pytest
from hypothesis import given, settings, strategies as st

from summarylab.normalisation import (BackendUnavailable, available_backend, detect_script,
                                  normalise, normalise_width, to_script)

TRAD = "二、主要做法\n全年共受理群眾投訴４８６件,辦結率達９８.５％。\n（一）加強組織領導"
SIMP = "二、主要做法\n全年共受理群众投诉486件，办结率达98.5%。\n（一）加强组织领导"
BACKEND = os.environ.get("SUMMARYLAB_OPENCC") or None


def test_traditional_twin_gives_same_text():
    assert normalise(TRAD, backend=BACKEND).text == SIMP
    assert normalise(SIMP, backend=BACKEND).text == SIMP


def test_script_detection():
    assert detect_script("發展經濟，擴大開放") == "traditional"
    assert detect_script("发展经济，扩大开放") == "simplified"
    assert detect_script("發展經濟，發揮優勢，扩大开放，优化环境") == "mixed"
    assert detect_script("GDP 2024") == "none"


def test_mixed_text_is_fully_converted():
    text = "今年经济增长较快，" + "我們取得了許多寶貴經驗。"
    assert normalise(text, backend=BACKEND).text == "今年经济增长较快，我们取得了许多宝贵经验。"


def test_simplified_input_skips_conversion():
    assert normalise("推进改革开放", backend=BACKEND).backend == ""
    assert normalise("推進改革開放", backend=BACKEND).backend in ("cpp", "python")


@pytest.mark.parametrize("src, out", [
    ("共6,050万美元,增长58.4%", "共6,050万美元，增长58.4%"),
    ("增长10.1%,5年以来", "增长10.1%，5年以来"),
    ("时间10:30,地点:礼堂", "时间10:30，地点：礼堂"),
    ("见 https://www.example.gov.cn/a?b=1,c 了解(详见附件)", "见 https://www.example.gov.cn/a?b=1,c 了解（详见附件）"),
    ("(1)加强领导;(2)落实责任!", "（1）加强领导；（2）落实责任！"),
    ("Hello, world (v2)!", "Hello, world (v2)!"),
    ("\u3000\u3000一、总体  情况 \r\n\r\n\r\n二、问题\u200b\t\n", "一、总体 情况\n\n二、问题\n"),
    ("ＧＤＰ增长１２％", "GDP增长12%"),
    ("涨幅从１４．８％回落到６．１％。第．项", "涨幅从14.8%回落到6.1%。第．项"),
    ("一、情况\r\n全年办结12件。\r\n\r\n二、打算\r三、措施", "一、情况\n全年办结12件。\n\n二、打算\n三、措施"),
    # HTML character references a page left in its text are read (&nbsp; as a blank)
    ("完成&ldquo;三大工程&rdquo;，投资&nbsp;3亿元", "完成“三大工程”，投资 3亿元"),
    ("營收&amp;利潤&#8220;雙增&#x201d;", "營收&利潤“雙增”"),
    ("a&b; c&d", "a&b; c&d"),   # not a reference: left
    # small form punctuation of Big5 pages
    ("一﹑五年回顧﹐成績顯著﹔﹙一﹚加強領導﹖", "一、五年回顧，成績顯著；（一）加強領導？"),
    ("實行〝五統一〞管理〟", "實行“五統一”管理”"),   # double prime quotes
    ("开展&ldqu;三下乡&rdqu;活动", "开展“三下乡”活动"),   # quote references cut by one letter
    # a bopomofo ㄧ a Taiwanese page typed for 一 in its markers; a phonetic spelling keeps it
    ("ㄧ、前言\n(ㄧ)雨量觀測\n注音ㄅㄧ與ㄧˊ", "一、前言\n（一）雨量觀測\n注音ㄅㄧ與ㄧˊ"),
])
def test_width_rules(src, out):
    assert normalise_width(src)[0] == out


def test_a_character_reference_maps_back_to_where_it_starts():
    src = "完成&ldquo;三大工程&rdquo;。"
    n = normalise(src, backend=BACKEND)
    i = n.text.index("“")
    assert n.offsets.span(i, i + 1)[0] == src.index("&ldquo;")
    j = n.text.index("三")
    assert src[slice(*n.offsets.span(j, j + 4))] == "三大工程"


def test_offsets_point_at_the_original_characters():
    n = normalise(TRAD, backend=BACKEND)
    i = n.text.index("486")
    assert n.offsets.span(i, i + 3) == (TRAD.index("４８６"), TRAD.index("４８６") + 3)
    j = n.text.index("加强组织领导")
    s, e = n.offsets.span(j, j + 6)
    assert TRAD[s:e] == "加強組織領導"
    # unchanged spans are equal character for character
    k = n.text.index("主要做法")
    s, e = n.offsets.span(k, k + 4)
    assert TRAD[s:e] == "主要做法"


def test_to_script_keeps_length_and_round_trips_common_words():
    for text in ["头发与发展", "乾隆年间的皇后", "里程碑与后来的干部"]:
        out = to_script(text, "traditional", backend=BACKEND)
        assert len(out) == len(text)
        assert to_script(out, "simplified", backend=BACKEND) == text


def test_errors():
    with pytest.raises(TypeError):
        normalise(b"bytes")
    with pytest.raises(ValueError):
        normalise("文本", target="klingon")
    missing = "cpp" if available_backend() == "python" else "python"
    with pytest.raises(BackendUnavailable, match="pip install"):
        normalise("發展", backend=missing)


def test_env_var_chooses_backend(monkeypatch):
    monkeypatch.setenv("SUMMARYLAB_OPENCC", available_backend())
    assert normalise("發展").backend == available_backend()


def test_long_single_line_is_linear_enough():
    text = "、" * 200_000 + "“" * 200_000 + ",(" * 50_000
    out = normalise_width(text)[0]
    assert len(out) == len(text)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("發展经济 \u3000\t\n\r,;:()?!.%０１９ＡaＡ6,050\u200b“”一二、")), max_size=80))
def test_offsets_monotone_and_inside(text):
    n = normalise(text, backend=BACKEND)
    arr = n.offsets.to_source
    assert len(arr) == len(n.text) + 1
    assert all(0 <= x <= len(text) for x in arr)
    assert all(a <= b for a, b in zip(arr, arr[1:]))


# ----------------------------------------------------------------- conversion stays linear
# The pure-Python OpenCC backend splits a run without punctuation around each match and
# copies both sides: its time grows with the square of the run it is given (a 5 MB line
# of CJK took 47 s). to_script hands it pieces of at most PIECE characters, so its work
# is bounded per piece: counted here, not timed.

def random_cjk(n: int, seed: int = 0) -> str:
    import random
    rng = random.Random(seed)
    return "".join(chr(rng.randint(0x4E00, 0x9FFF)) for _ in range(n))


def backend_calls(monkeypatch, text: str, target: str) -> list[int]:
    """Lengths of the strings the OpenCC backend is given while converting ``text``."""
    import summarylab.normalisation as nm   # the module (summarylab.normalise is the function)
    to_script("發展，发展", target, backend=BACKEND)  # build the per-backend tables first
    real, calls = nm._converter, []

    def counting(backend, config):
        conv = real(backend, config)
        return lambda s: (calls.append(len(s)), conv(s))[1]

    monkeypatch.setattr(nm, "_converter", counting)
    out = to_script(text, target, backend=BACKEND)
    assert len(out) == len(text)
    return calls


@pytest.mark.parametrize("text", [
    random_cjk(20_000),                                    # one line, no punctuation at all
    "发展改革" * 5_000,                                     # one long run of phrase characters
    "發展改革" * 5_000,
    ("全年共受理群眾投訴486件，辦結率達98.5%。\n" * 800),   # ordinary lines
], ids=["random", "phrases-simp", "phrases-trad", "lines"])
@pytest.mark.parametrize("target", ["simplified", "traditional"])
def test_backend_sees_bounded_pieces_and_each_character_once(monkeypatch, text, target):
    from summarylab.normalisation import PIECE
    calls = backend_calls(monkeypatch, text, target)
    assert max(calls, default=0) <= PIECE
    assert sum(calls) <= len(text)


def test_work_handed_to_the_backend_grows_linearly(monkeypatch):
    small = backend_calls(monkeypatch, random_cjk(10_000, 1), "traditional")
    big = backend_calls(monkeypatch, random_cjk(40_000, 2), "traditional")
    # work of the backend <= calls * f(PIECE): 4x the text, about 4x the calls and characters
    assert len(big) <= 5 * len(small) and sum(big) <= 5 * sum(small)


_PHRASAL = list("发展改革干部头发面条里程碑后来乾隆皇后髮發展幹部麵條裡後")


@settings(max_examples=80, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_PHRASAL + ["，", "。", " ", "\n", "的", "年"]), min_size=1, max_size=700))
def test_conversion_in_pieces_equals_the_backends_on_the_whole_text(chars):
    """Cut into pieces or not, the text converts the same (where OpenCC keeps lengths)."""
    from summarylab.normalisation import _converter, _resolve_backend
    text = "".join(chars)
    for target, config in (("simplified", "t2s"), ("traditional", "s2t")):
        whole = _converter(_resolve_backend(BACKEND), config)(text)
        if len(whole) == len(text):
            assert to_script(text, target, backend=BACKEND) == whole


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize("text, wanted", [
    # a page that typed 。 for every decimal point: read as points, offsets kept
    ("续建项目总投资3。729亿元，同比增长104。4%。全年完成。", "续建项目总投资3.729亿元，同比增长104.4%。全年完成。"),
    # once only: it may be a sentence's end before a number, so it stays
    ("全年完成投资3。5亿元用于改造。", "全年完成投资3。5亿元用于改造。"),
    ("任务完成率达100。5月份起全面推开，增长3。2%。", "任务完成率达100。5月份起全面推开，增长3。2%。"),
])
def test_a_full_stop_typed_for_decimal_points_is_read_as_one(text, wanted, script):
    src = to_script(text, script)
    n = normalise(src, target=script)
    assert n.text == to_script(wanted, script)
    for i, ch in enumerate(n.text):   # each character maps back to itself, a point to its 。
        j = n.offsets.span(i, i + 1)[0]
        assert src[j] == ("。" if ch == "." else ch)
