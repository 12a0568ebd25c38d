"""Word segmentation with a government-domain lexicon and stop words.

``segment(text)`` cuts simplified Chinese into words with jieba, using a
private ``jieba.Tokenizer`` (never jieba's global one, so other code in the
process is unaffected) loaded with ``data/gov_dict.txt``: policy terms and
numbered formulations (三个代表, 放管服, 一站式审批, 供给侧结构性改革 …) stay
whole instead of being cut into 三个 / 代表.

:class:`Tokenizer` wraps that for scikit-learn: a picklable callable
``str -> list[str]`` for ``TfidfVectorizer(tokenizer=Tokenizer(),
token_pattern=None, lowercase=False)``. By default it drops report
boilerplate and function words (``data/stopwords.txt``), punctuation,
numbers and one-character tokens; each can be kept with an option.

Cost: the first call in a process loads jieba's dictionary and the domain
lexicon (about 0.6 s; the dictionary is cached in the user's own cache folder
by :mod:`summarylab._dictcache`, never in jieba's shared temp file). Later
calls reuse it. A Tokenizer with extra words or its own ``user_dict`` gets its
own dictionary, copied from the shared one (tens of milliseconds, once per
distinct word list per process). Pickling a Tokenizer sends its settings,
not the dictionary; a worker process rebuilds it on first use.

Backends (``backend=`` of :func:`segment` and :class:`Tokenizer`)
    ``"jieba"`` (the default) is jieba itself, in pure Python. ``"rjieba"`` is
    rjieba, jieba's Rust port (``pip install "summarylab[fast]"``), some 20 to
    30 times faster. It gets the same lexicon and the same dictionary total
    (jieba adds a re-added word's frequency to the total, rjieba replaces it;
    an unmatchable padding word makes up the difference), so it chooses the
    same words. It is used only where its tokens agree with jieba's: a run of
    text (between punctuation or spaces) that holds ``- + # & _``, a ``.``
    between letters or digits that is not a decimal point (``1.2.3``,
    ``5.9Z``), a Han character outside U+4E00..U+9FD5 (extension A,
    compatibility ideographs, other planes), a lone surrogate (rjieba rejects
    those), or a Han character three times or a pair twice in a row (金金金,
    一是一是: equally likely cuts that the two break differently) is cut by
    jieba, because there the two differ (``2011-2020``, ``鿖鿗``). With that, both backends gave the same tokens on the 72
    State Council reports used for benchmarks/RESULTS.md and agree in the
    property test of tests/test_segment.py. ``"auto"`` is rjieba when it is
    installed, else jieba. When ``backend`` is not given, the environment
    variable ``SUMMARYLAB_SEGMENTER`` (``jieba``, ``rjieba`` or ``auto``)
    decides, so batch runs and :class:`~summarylab.themes.ThemeModel` pick it
    up without code changes. Asking for rjieba when it is not installed raises
    :class:`SegmenterUnavailable` (an ImportError) saying how to install it.
    Choose rjieba for corpora (themes over thousands of reports); jieba is
    enough for a few reports. rjieba's first use costs about a second more
    (its own dictionary, on top of jieba's, which the fallback needs).

It does not convert scripts (normalise the text first: the lexicon is
simplified), tag parts of speech, or find slogans (see ``summarylab.slogans``).

Example
-------
>>> segment("坚持以三个代表重要思想为指导")
['坚持', '以', '三个代表', '重要', '思想', '为', '指导']
>>> Tokenizer()("深入推进放管服改革，全年办理一站式审批1200件")
['放管服', '改革', '办理', '一站式审批']
"""
from __future__ import annotations

import importlib.util
import logging
import os
import re
import threading
from functools import lru_cache
from typing import Iterable

from . import _dictcache, ruledata

__all__ = ["segment", "Tokenizer", "SegmenterUnavailable", "stop_words", "load_terms",
           "DATA_DIR"]

GOV_DICT = ruledata.shipped_path("gov_dict.txt")
STOPWORDS = ruledata.shipped_path("stopwords.txt")
DATA_DIR = GOV_DICT.parent
FORMULATIONS_FILE = DATA_DIR / "formulations.txt"
# what this module reads of the rule data (summarylab.ruledata checks the files against it)
_TERMS = ruledata.Words("gov_dict.txt")
_STOPWORDS = ruledata.Words("stopwords.txt")
_DEFAULT_FREQ = 20000  # high enough that a listed term beats any split into its parts
BACKENDS = ("jieba", "rjieba", "auto")
ENV_BACKEND = "SUMMARYLAB_SEGMENTER"

_WORDLIKE = re.compile(r"[0-9A-Za-z\u3400-\u9fff\uf900-\ufaff]")
_NUMBER = re.compile(r"[0-9０-９.．,，%％万亿千百十零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖拾几余多第]+")
# Where rjieba cuts differently from jieba: such a run goes to jieba (module docstring).
_OTHER_HAN = "\u3400-\u4dbf\u9fd6-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
_FAST_UNSAFE = re.compile(rf"""
      [-+#&_{_OTHER_HAN}\ud800-\udfff]                     # rjieba keeps 2011-2020, X_b, 𠀀𠀁 together
    | (?<=[0-9A-Za-z]) \. (?=[0-9A-Za-z]) (?![0-9]+(?![0-9A-Za-z.]))   # 5.9Z, c.X, 1.2.3
    | ([\u4e00-\u9fd5])\1\1 | ([\u4e00-\u9fd5]{{2}})\2     # 金金金, 一是一是: ties broken otherwise
    """, re.VERBOSE)
# A character that neither library puts in a run (runs are cut independently).
_RUN_BREAK = re.compile(rf"[^0-9A-Za-z+#&._%\-\u4e00-\u9fd5{_OTHER_HAN}]")
_PAD_WORD = "summarylab total pad"  # has spaces, so it never matches inside a run
_lock = threading.Lock()
_lexicons: dict[tuple, "_Lexicon"] = {}


class SegmenterUnavailable(ImportError):
    """``backend="rjieba"`` was asked for but rjieba is not installed."""


def load_terms(path: str | os.PathLike) -> list[tuple[str, int | None, str | None]]:
    """Read a jieba user dictionary (``word [freq] [tag]`` a line, ``#`` comments).

    >>> load_terms(GOV_DICT)[0]
    ('政务公开', 20000, 'nz')
    """
    out = []
    for parts in _TERMS.read(path):   # a word listed twice raises RuleDataError (file:line)
        freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        tag = parts[2] if len(parts) > 2 else (parts[1] if len(parts) == 2 and freq is None else None)
        out.append((parts[0], freq, tag))
    return out


@lru_cache(maxsize=4)
def _stop_words(path: str) -> frozenset[str]:
    return frozenset(words[0] for words in _STOPWORDS.read(path))


def stop_words() -> frozenset[str]:
    """The shipped stop words (report boilerplate and function words).

    >>> "进一步" in stop_words() and "扶贫" not in stop_words()
    True
    """
    return _stop_words(str(STOPWORDS))


def _formulations() -> list[str]:
    """Every surface of data/formulations.txt (canonical forms and variants)."""
    return [w for words in ruledata.FORMULATIONS.read() for w in words if "、" not in w]


Term = tuple[str, int, "str | None"]


def _add(tk, terms: Iterable[Term]) -> int:
    """Add ``terms`` to jieba tokenizer ``tk``; return the frequencies they replaced."""
    replaced = 0
    for word, freq, tag in terms:
        replaced += tk.FREQ.get(word, 0)
        tk.add_word(word, freq, tag)
    return replaced


def _terms(entries: Iterable[tuple[str, int | None, str | None]]) -> tuple[Term, ...]:
    return tuple((w, f or _DEFAULT_FREQ, t) for w, f, t in entries)


class _Lexicon:
    """One dictionary (jieba's plus ``terms``) as a jieba tokenizer and, on demand, rjieba."""

    def __init__(self, jieba_tk, terms: tuple[Term, ...], replaced: int) -> None:
        self.jieba, self.terms, self.replaced = jieba_tk, terms, replaced
        self._fast = None

    def fast(self):
        """rjieba with the same words and the same total frequency as ``self.jieba``."""
        if self._fast is None:
            import rjieba

            fast = rjieba.Jieba()
            for word, freq, tag in self.terms:
                fast.add_word(word, freq, tag)
            if self.replaced:
                fast.add_word(_PAD_WORD, self.replaced, None)
            self._fast = fast
        return self._fast


def _base() -> _Lexicon:
    """The process-wide lexicon: jieba's dictionary plus the shipped terms (built once)."""
    key = (ruledata.generation(), None, ())   # built again after summarylab.add_words
    with _lock:
        lex = _lexicons.get(key)
        if lex is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            tk = jieba.Tokenizer()
            tk.FREQ, tk.total = _dictcache.frequencies(tk)   # our own cache, not <tmp>/jieba.cache
            tk.initialized = True
            terms = _terms(load_terms(GOV_DICT)) + _terms((w, None, None) for w in _formulations())
            lex = _lexicons[key] = _Lexicon(tk, terms, _add(tk, terms))
    return lex


def _lexicon(user_dict: str | None = None, words: tuple[str, ...] = ()) -> _Lexicon:
    """The shipped lexicon plus ``user_dict`` and ``words`` (built once per distinct list)."""
    base = _base()
    if user_dict is None and not words:
        return base
    key = (ruledata.generation(), user_dict, words)
    with _lock:
        lex = _lexicons.get(key)
        if lex is None:
            import jieba

            tk = jieba.Tokenizer()
            tk.FREQ, tk.total, tk.initialized = dict(base.jieba.FREQ), base.jieba.total, True
            extra = _terms(load_terms(user_dict)) if user_dict is not None else ()
            extra += _terms((w, None, None) for w in words)
            lex = _lexicons[key] = _Lexicon(tk, base.terms + extra, base.replaced + _add(tk, extra))
    return lex


@lru_cache(maxsize=1)
def two_character_words() -> frozenset[str]:
    """The two-character words of jieba's dictionary and the domain lexicon (about 100,000):
    what :mod:`summarylab.cleaning` reads to tell random characters from text."""
    return frozenset(w for w, f in _base().jieba.FREQ.items() if f > 0 and len(w) == 2)


@lru_cache(maxsize=1)
def _tagger():
    """jieba's part-of-speech tagger over the shipped lexicon (its word tags read once, ~1 s)."""
    import jieba.posseg

    return jieba.posseg.POSTokenizer(_base().jieba)


def person_name_at(text: str, i: int, *, reach: int = 6) -> bool:
    """Is ``text[i]`` inside a person's name, as jieba's tagger reads the few characters
    around it (tag ``nr``, two characters or more)? Used to tell a name's character from a
    measure word whose number is gone.

    >>> person_name_at("局长张元明出席会议", 3), person_name_at("共投入资金元用于修路", 5)
    (True, False)
    """
    lo = max(0, i - reach)
    pos = lo
    for w in _tagger().cut(text[lo:i + reach]):
        if pos <= i < pos + len(w.word):
            return w.flag.startswith("nr") and len(w.word) >= 2
        pos += len(w.word)
    return False


def is_person_name(word: str) -> bool:
    """Is ``word`` alone (two to four characters) a person's name: one name as jieba's tagger
    reads it, or a surname and one or two characters (叶 + 建军)?

    >>> is_person_name("叶建军"), is_person_name("王芳"), is_person_name("草案")
    (True, True, False)
    """
    if not 2 <= len(word) <= 4:
        return False
    tags = [(w.word, w.flag) for w in _tagger().cut(word)]
    if len(tags) == 1:
        return tags[0][1].startswith("nr")
    return len(word) <= 3 and len(tags[0][0]) == 1 and tags[0][1] == "nr"


def opens_with_verb(phrase: str) -> bool:
    """Does ``phrase`` open with a verb, or 不 and a verb, as jieba's tagger reads it? A phrase
    before 的 that does is a relative clause (要求入党的|积极分子), one that does not a noun
    (贫困村的|道路).

    >>> opens_with_verb("要求加入中国共产党"), opens_with_verb("不符合环保政策"), opens_with_verb("贫困村")
    (True, True, False)
    """
    words = _tagger().lcut(phrase)
    first = words[0].flag if words else ""
    if first == "d" and len(words) > 1:
        first = words[1].flag   # 不|符合
    return first in ("v", "vn")


def counted_noun(run: str, cut: int, limit: int) -> str:
    """The words of ``run`` (the text after a count) up to ``cut``, at most ``limit`` characters,
    never ending inside a word (a cut there goes back to the word's start).

    >>> counted_noun("生产经营单位列为重点", 7, 10), counted_noun("工贸企业配备专兼职安全员", 12, 10)
    ('生产经营单位', '工贸企业配备专兼职')
    >>> counted_noun("行政村", 3, 10)
    '行政村'
    """
    end = min(cut, limit)
    seg = _base().jieba
    out = ""
    for w in seg.cut(run):
        if len(out) + len(w) > end:
            if not seg.FREQ.get(w):   # 方及: a guess of the word finder's, no word to keep whole
                out += w[:end - len(out)]
            break
        out += w
    return out or run[:end]


_OPENING_CONJUNCTIONS = frozenset("但而且又却则")   # (not 并: 并网, 并购 open nouns)
_GETTING_VERBS = ("争取", "申请", "落实", "拨付", "下拨", "划拨", "筹集", "组织", "引进")
_FINDING_VERBS = ("排查", "检查", "查找", "梳理", "清理", "评选", "摸排", "筛查", "查处", "挑选", "推选", "选拔")
_NOT_NOUNS = ("v", "l", "i", "d", "p", "u", "m", "q", "r", "t", "f")   # jieba's tags of words no subject opens
#: Words jieba tags as verbs that modify the noun after them (有关|案件, 相关|企业): a start inside
#: them goes back to their start.
_MODIFIERS = frozenset({"有关", "有關", "相关", "相關"})


def _complement(text: str, pos: int, word: str) -> bool:
    """Is ``word`` at ``pos`` the complement of the verb before it (排查|出, 争取|到; not 出|省销量
    or 接待|到馆读者, where it opens the noun)?"""
    return (word == "出" and text.endswith(_FINDING_VERBS, 0, pos)
            or word == "到" and text.endswith(_GETTING_VERBS, 0, pos))


def phrase_start(text: str, start: int, *, stay: frozenset = frozenset(), reach: int = 6) -> int:
    """Where the noun phrase ``text[start:]`` really starts, as jieba's dictionary reads the
    words around ``start``: back to the start of a word that ``start`` falls inside (建成|区 ->
    建成区), unless jieba tags that word a verb, idiom, adverb … (开展|活动), it follows a digit
    (5|万元户) or a word of ``stay`` opens it (增加|收入, where the change is read); then past a verb's 了 (建设了|总面积), a
    verb's complement (排查|出|隐患, 争取|到|资金) and a conjunction opening it (但|西大街).

    >>> t = "建成区年径流总量控制率"; t[phrase_start(t, 2):]
    '建成区年径流总量控制率'
    >>> t = "新建档案馆建设了总面积"; t[phrase_start(t, 5):]
    '总面积'
    >>> t = "，但西大街校址面积"; t[phrase_start(t, 1):]
    '西大街校址面积'
    >>> t, u = "累计完成投资额", "全年开展活动"; t[phrase_start(t, 4):], u[phrase_start(u, 4):]
    ('投资额', '活动')
    >>> t = "每年可增加收入"; t[phrase_start(t, 5):], t[phrase_start(t, 5, stay=frozenset({"增加"})):]
    ('增加收入', '收入')
    """
    lo = max(0, start - reach)
    pos, out, tags = lo, start, _tagger().word_tag_tab
    for w in _base().jieba.cut(text[lo:], HMM=False):
        end = pos + len(w)
        if (pos < start < end and (not tags.get(w, "n").startswith(_NOT_NOUNS) or w in _MODIFIERS)
                and not (pos and text[pos - 1].isdigit()) and text[pos:start] not in stay):
            out = pos   # start inside a word that is no verb (开展|活动 stays cut), nor a count's unit
            # (5|万元户), nor one opened by a word of ``stay`` (增加|收入: the change is read from it)
        elif pos >= out and w == "了" and len(text) - end >= 2:
            out = end   # 建设了|总面积: the verb before the particle goes
        elif pos == out == start and len(text) - end >= 2 and _complement(text, pos, w):
            out = end   # 排查|出|隐患, 争取|到|项目资金: the complement goes with its verb
        elif pos == out and w in _OPENING_CONJUNCTIONS and len(text) - end >= 2:
            out = end   # 但|西大街
        pos = end
    return out


def without_verb(phrase: str) -> str:
    """``phrase`` without the verb it ends with, when jieba's tagger reads a noun before that
    verb: the noun of a count that ran on into its verb up to 了 (20位|作者颁发|了 -> 作者).

    >>> without_verb("作者颁发"), without_verb("示范乡镇")
    ('作者', '示范乡镇')
    """
    words = _tagger().lcut(phrase)
    if len(words) >= 2 and words[-1].flag == "v" and len(words[-1].word) >= 2 \
            and any(w.flag.startswith("n") for w in words[:-1]):
        return phrase[:-len(words[-1].word)]
    return phrase


def leading_noun(phrase: str) -> str:
    """The nouns ``phrase`` opens with, as jieba's tagger reads it (tags ``n…`` and the
    abbreviations ``j``): the noun of a phrase that runs on into its verb.

    >>> leading_noun("青年教师结对学习"), leading_noun("负责人和联络员")
    ('青年教师', '负责人')
    """
    out = []
    for w in _tagger().cut(phrase):
        if not (w.flag.startswith("n") or w.flag == "j"):
            break
        out.append(w.word)
    return "".join(out)


@lru_cache(maxsize=1)
def _has_rjieba() -> bool:
    return importlib.util.find_spec("rjieba") is not None


def _resolve_backend(backend: str | None) -> str:
    """"jieba" or "rjieba" for ``backend`` (None: $SUMMARYLAB_SEGMENTER, else jieba)."""
    wanted = backend or os.environ.get(ENV_BACKEND) or "jieba"
    if wanted not in BACKENDS:
        raise ValueError(f"segmentation backend must be one of {BACKENDS}, not {wanted!r}")
    if wanted == "auto":
        return "rjieba" if _has_rjieba() else "jieba"
    if wanted == "rjieba" and not _has_rjieba():
        raise SegmenterUnavailable('backend "rjieba" needs the rjieba package: '
                                   'pip install "summarylab[fast]" (or pip install rjieba)')
    return wanted


def _cut_fast(lex: _Lexicon, text: str) -> list[str]:
    """rjieba's cut, except that runs where it differs from jieba are cut by jieba."""
    fast, out, pos = lex.fast(), [], 0
    hit = _FAST_UNSAFE.search(text)
    while hit:
        head = _RUN_BREAK.search(text[pos:hit.start()][::-1])
        start = hit.start() - head.start() if head else pos
        tail = _RUN_BREAK.search(text, hit.end())
        end = tail.start() if tail else len(text)
        out += fast.cut(text[pos:start])
        out += lex.jieba.lcut(text[start:end], HMM=True)
        pos = end
        hit = _FAST_UNSAFE.search(text, pos)
    out += fast.cut(text[pos:])
    return out


def segment(text: str, *, user_dict: str | os.PathLike | None = None,
            words: Iterable[str] = (), backend: str | None = None) -> list[str]:
    """Cut ``text`` into words; whitespace is dropped, everything else kept.

    ``user_dict`` is a further jieba dictionary file, ``words`` further terms to
    keep whole, ``backend`` "jieba", "rjieba" or "auto" (module docstring).
    Raises TypeError for non-str input, ValueError for an unknown backend and
    :class:`SegmenterUnavailable` for rjieba when it is not installed.

    >>> segment("推行河长制和首问责任制")
    ['推行', '河长制', '和', '首问责任制']
    """
    if not isinstance(text, str):
        raise TypeError(f"segment() takes a str, got {type(text).__name__}")
    name = _resolve_backend(backend)
    lex = _lexicon(None if user_dict is None else str(user_dict), tuple(sorted(set(words))))
    tokens = _cut_fast(lex, text) if name == "rjieba" else lex.jieba.lcut(text, HMM=True)
    return [t for t in tokens if t.strip()]


class Tokenizer:
    """Picklable ``str -> list[str]`` for scikit-learn vectorisers.

    Parameters
    ----------
    keep_stopwords : keep words of ``data/stopwords.txt`` (default drop them).
    keep_numbers : keep numbers (1200, 58.4%, 三十) (default drop them).
    keep_single : keep one-character tokens (default drop them).
    user_dict : path of a further jieba dictionary (``word [freq] [tag]`` a line).
    words : further terms to keep whole (see also :meth:`add_words`).
    stopwords : further words to drop.
    backend : "jieba", "rjieba" or "auto"; None (default) reads $SUMMARYLAB_SEGMENTER
        at each call, else jieba (see the module docstring).

    Example
    -------
    >>> from sklearn.feature_extraction.text import TfidfVectorizer
    >>> v = TfidfVectorizer(tokenizer=Tokenizer(), token_pattern=None, lowercase=False)
    >>> sorted(v.fit(["推进放管服改革", "落实河长制"]).vocabulary_)
    ['改革', '放管服', '河长制']
    """

    backend: str | None = None  # class default: Tokenizers pickled before backends existed

    def __init__(self, *, keep_stopwords: bool = False, keep_numbers: bool = False,
                 keep_single: bool = False, user_dict: str | os.PathLike | None = None,
                 words: Iterable[str] = (), stopwords: Iterable[str] = (),
                 backend: str | None = None) -> None:
        if backend is not None and backend not in BACKENDS:
            raise ValueError(f"segmentation backend must be one of {BACKENDS}, not {backend!r}")
        self.keep_stopwords = keep_stopwords
        self.keep_numbers = keep_numbers
        self.keep_single = keep_single
        self.user_dict = None if user_dict is None else str(user_dict)
        self.words = tuple(sorted(set(words)))
        self.stopwords = frozenset(stopwords)
        self.backend = backend

    def add_words(self, words: Iterable[str]) -> "Tokenizer":
        """Keep these terms whole from now on; returns self.

        >>> Tokenizer().add_words(["百千万工程"])("全市启动百千万工程建设")
        ['启动', '百千万工程', '建设']
        """
        if isinstance(words, str):
            words = [words]
        self.words = tuple(sorted(set(self.words) | set(words)))
        return self

    def _keep(self, tok: str, stop: frozenset[str]) -> bool:
        if not _WORDLIKE.search(tok):
            return False
        if not self.keep_single and len(tok) < 2:
            return False
        if not self.keep_numbers and _NUMBER.fullmatch(tok):
            return False
        return tok not in stop

    def __call__(self, text: str) -> list[str]:
        tokens = segment(text, user_dict=self.user_dict, words=self.words, backend=self.backend)
        stop = self.stopwords if self.keep_stopwords else stop_words() | self.stopwords
        return [t for t in tokens if self._keep(t, stop)]

    def __repr__(self) -> str:
        opts = [f"{k}={v!r}" for k, v in vars(self).items() if v not in (False, None, (), frozenset())]
        return f"Tokenizer({', '.join(opts)})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Tokenizer) and vars(self) == vars(other)

    def __hash__(self) -> int:
        return hash(tuple(sorted((k, str(v)) for k, v in vars(self).items())))
