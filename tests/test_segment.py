"""Segmentation with the government lexicon, and the scikit-learn tokenizer."""
from __future__ import annotations

import importlib.util
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import TfidfVectorizer

from summarylab.segmentation import Tokenizer, load_terms, segment, stop_words

seg = importlib.import_module("summarylab.segmentation")  # the module, not the function

# each term inside a sentence of the genre, written for these tests
WHOLE = [
    ("三个代表", "全局干部深入学习三个代表重要思想"),
    ("政务公开", "我局全面推行政务公开制度"),
    ("一站式审批", "服务中心窗口实行一站式审批"),
    ("两学一做", "各支部扎实开展两学一做学习教育"),
    ("放管服", "持续深化放管服改革"),
    ("四个结合", "创建工作做到四个结合"),
    ("五大工程", "今年重点实施五大工程"),
    ("三同时", "严格执行建设项目三同时制度"),
    ("三无企业", "依法取缔三无企业十二家"),
    ("首问责任制", "机关各科室落实首问责任制"),
    ("一条龙服务", "为投资者提供一条龙服务"),
    ("供给侧结构性改革", "推进供给侧结构性改革取得新进展"),
    ("精准扶贫", "坚持精准扶贫精准脱贫基本方略"),
    ("河长制", "全面建立河长制湖长制"),
]


@pytest.mark.parametrize("term,sentence", WHOLE)
def test_domain_terms_stay_whole(term, sentence):
    assert term in segment(sentence)


def test_segment_keeps_every_character_but_whitespace():
    text = "一年来，共办结群众来信 126件。\n"
    tokens = segment(text)
    assert "".join(tokens) == "".join(text.split())
    assert segment("") == [] and segment(" \n ") == []


def test_segment_rejects_non_str():
    with pytest.raises(TypeError):
        segment(b"\xe5\xb7\xa5\xe4\xbd\x9c")


def test_tokenizer_drops_stopwords_punctuation_numbers_and_single_chars():
    text = "我们进一步加强作风建设，全年受理投诉486件，满意率98.5%，群众反映良好。"
    tokens = Tokenizer()(text)
    for dropped in ("我们", "进一步", "加强", "，", "486", "98.5%", "件", "。"):
        assert dropped not in tokens
    assert "作风建设" in tokens and "投诉" in tokens


def test_tokenizer_options_keep_what_is_asked():
    text = "我们进一步加强作风建设，全年受理投诉486件"
    assert "进一步" in Tokenizer(keep_stopwords=True)(text)
    assert "486" in Tokenizer(keep_numbers=True)(text)
    assert "件" in Tokenizer(keep_single=True)(text)
    assert "投诉" not in Tokenizer(stopwords=["投诉"])(text)


def test_shipped_stopwords_cover_report_boilerplate():
    for w in ("工作", "加强", "进一步", "坚持", "开展", "推进", "我们", "全面", "不断", "积极",
              "认真", "深入", "切实", "有关", "情况", "的", "和"):
        assert w in stop_words(), w
    assert "扶贫" not in stop_words() and "环境" not in stop_words()


def test_tokenizer_in_tfidf_vectorizer_and_after_pickling():
    docs = ["深化放管服改革，推行一站式审批。", "全面落实河长制，加强水污染防治。",
            "推行一站式审批和首问责任制。"]
    vec = TfidfVectorizer(tokenizer=Tokenizer(), token_pattern=None, lowercase=False)
    X = vec.fit_transform(docs)
    vocab = set(vec.vocabulary_)
    assert {"放管服", "一站式审批", "河长制", "首问责任制"} <= vocab
    assert not vocab & {"加强", "，", "和"}
    again = pickle.loads(pickle.dumps(vec))
    assert (again.transform(docs) != X).nnz == 0


def test_tokenizer_pickles_with_its_settings():
    tok = Tokenizer(keep_numbers=True, words=["百千万工程"])
    back = pickle.loads(pickle.dumps(tok))
    assert back == tok
    assert back("实施百千万工程3项") == tok("实施百千万工程3项")
    assert "百千万工程" in back("实施百千万工程3项")


def test_add_words_and_user_dict_extend_the_lexicon(tmp_path):
    text = "全市推行六尺巷调解法化解纠纷"
    assert "六尺巷调解法" not in Tokenizer()(text)
    assert "六尺巷调解法" in Tokenizer().add_words(["六尺巷调解法"])(text)
    path = tmp_path / "mine.txt"
    path.write_text("# my terms\n六尺巷调解法 5000 nz\n", encoding="utf-8")
    assert "六尺巷调解法" in Tokenizer(user_dict=path)(text)
    assert "六尺巷调解法" in segment(text, user_dict=path)
    # extending one tokenizer does not change the shared default
    assert "六尺巷调解法" not in segment(text)


def test_load_terms_reads_jieba_user_dict_format(tmp_path):
    path = tmp_path / "d.txt"
    path.write_text("# comment\n河长制 3000 nz\n湖长制 n\n林长制\n\n", encoding="utf-8")
    assert load_terms(path) == [("河长制", 3000, "nz"), ("湖长制", None, "n"), ("林长制", None, None)]


# ---------------------------------------------------------------- backends
needs_rjieba = pytest.mark.skipif(importlib.util.find_spec("rjieba") is None,
                                  reason="rjieba not installed (pip install summarylab[fast])")

# where rjieba alone cuts differently from jieba (the fast backend must not)
DIVERGENT = [
    "颁布实施2011-2020年农村扶贫开发纲要",   # '-' inside a run
    "编号X_2a与C-1型号",                    # '_' and '-' between letters
    "增长5.9Z与72.2a",                       # '.' not a plain decimal
    "第1.2.3条",                             # two points in one number
    "罕见字鿖鿗与㐀㐁及𠀀𠀁",                 # Han outside U+4E00..U+9FD5
    "坏字\udcff符与\ud800",                  # lone surrogates (rjieba raises on them)
    "民民中民中民人民国国",                  # equally likely cuts, broken differently
    "一是一是一金金是一",
]


@needs_rjieba
@pytest.mark.parametrize("text", DIVERGENT)
def test_fast_backend_gives_jiebas_tokens_where_rjieba_alone_differs(text):
    assert segment(text, backend="rjieba") == segment(text, backend="jieba")


@needs_rjieba
def test_fast_backend_keeps_jiebas_dictionary_total():
    # re-adding common words raises jieba's total but not rjieba's: without the
    # padding word rjieba cuts 一/成 here (near tie of 一成 against 一 + 成)
    words = ["的", "是", "在", "了", "和", "有", "中", "为", "人"]
    text = "夏粮减产一成以上，秋粮增产两成。"
    assert segment(text, words=words, backend="rjieba") == segment(text, words=words)
    assert "一成" in segment(text, words=words)


@needs_rjieba
@pytest.mark.parametrize("term,sentence", WHOLE)
def test_fast_backend_keeps_domain_terms_whole(term, sentence):
    assert term in segment(sentence, backend="rjieba")


_ALPHABET = st.sampled_from(
    list("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也")
    + list("放管服三个代表河长制首问责任一站式审批减产以上") + list("abXY0123456789")
    + list(".%+#&_-") + list("，。、；：“”（）《》—…·　 \n\t①Ⅲéａ１\x00\u200b")
    + ["\u3400", "\u9fd6", "\uf900", "\U00020000", "\ud800"])


@needs_rjieba
@settings(max_examples=400, derandomize=True, deadline=None)
@given(st.lists(_ALPHABET | st.characters(), max_size=40).map("".join))
def test_fast_backend_agrees_with_jieba_on_any_text(text):
    assert segment(text, backend="rjieba") == segment(text, backend="jieba")


@needs_rjieba
def test_fast_backend_does_not_call_jieba_on_plain_text(monkeypatch):
    lex = seg._lexicon()
    monkeypatch.setattr(lex.jieba, "lcut", lambda *a, **k: pytest.fail("jieba was called"))
    text = "持续深化放管服改革，增长8.5%。\n1.加大资金投入，2021.12完成。"
    assert segment(text, backend="rjieba")[:3] == ["持续", "深化", "放管服"]


@needs_rjieba
def test_fast_backend_with_user_words_and_dictionary(tmp_path):
    text = "全市推行六尺巷调解法化解纠纷"
    path = tmp_path / "mine.txt"
    path.write_text("六尺巷调解法 5000 nz\n", encoding="utf-8")
    assert "六尺巷调解法" in segment(text, words=["六尺巷调解法"], backend="rjieba")
    assert "六尺巷调解法" in segment(text, user_dict=path, backend="rjieba")
    assert "六尺巷调解法" not in segment(text, backend="rjieba")


@needs_rjieba
def test_tokenizer_backend_setting_pickles_and_env_variable_chooses(monkeypatch):
    tok = Tokenizer(backend="rjieba")
    assert pickle.loads(pickle.dumps(tok)) == tok and "backend='rjieba'" in repr(tok)
    assert tok("深化放管服改革") == Tokenizer()("深化放管服改革") == ["深化", "放管服", "改革"]
    monkeypatch.setenv("SUMMARYLAB_SEGMENTER", "rjieba")
    assert seg._resolve_backend(None) == "rjieba"
    assert seg._resolve_backend("jieba") == "jieba"  # an explicit argument wins


def test_backend_choice_errors(monkeypatch):
    with pytest.raises(ValueError, match="backend"):
        segment("深化改革", backend="fast")
    with pytest.raises(ValueError, match="backend"):
        Tokenizer(backend="fast")
    monkeypatch.setenv("SUMMARYLAB_SEGMENTER", "nonsense")
    with pytest.raises(ValueError, match="nonsense"):
        segment("深化改革")
    monkeypatch.delenv("SUMMARYLAB_SEGMENTER")
    monkeypatch.setattr(seg, "_has_rjieba", lambda: False)
    with pytest.raises(seg.SegmenterUnavailable, match=r"summarylab\[fast\]"):
        segment("深化改革", backend="rjieba")
    assert isinstance(seg.SegmenterUnavailable(), ImportError)
    assert segment("深化改革", backend="auto") == segment("深化改革") == ["深化改革"]
