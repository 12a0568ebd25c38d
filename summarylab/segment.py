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
lexicon (about 1 s; jieba keeps a cache file in the temp directory). Later
calls reuse it. A Tokenizer with extra words or its own ``user_dict`` gets its
own dictionary, copied from the shared one (tens of milliseconds, once per
distinct word list per process). Pickling a Tokenizer sends its settings,
not the dictionary; a worker process rebuilds it on first use.

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

import logging
import os
import re
import threading
from functools import lru_cache
from pathlib import Path
from typing import Iterable

__all__ = ["segment", "Tokenizer", "stop_words", "load_terms", "DATA_DIR"]

DATA_DIR = Path(__file__).resolve().parent / "data"
GOV_DICT = DATA_DIR / "gov_dict.txt"
STOPWORDS = DATA_DIR / "stopwords.txt"
FORMULATIONS_FILE = DATA_DIR / "formulations.txt"
_DEFAULT_FREQ = 20000  # high enough that a listed term beats any split into its parts

_WORDLIKE = re.compile(r"[0-9A-Za-z\u3400-\u9fff\uf900-\ufaff]")
_NUMBER = re.compile(r"[0-9０-９.．,，%％万亿千百十零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖拾几余多第]+")
_lock = threading.Lock()
_instances: dict[tuple, object] = {}


def load_terms(path: str | os.PathLike) -> list[tuple[str, int | None, str | None]]:
    """Read a jieba user dictionary (``word [freq] [tag]`` a line, ``#`` comments).

    >>> load_terms(GOV_DICT)[0]
    ('政务公开', 20000, 'nz')
    """
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        parts = line.split("#", 1)[0].split()
        if not parts:
            continue
        freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        tag = parts[2] if len(parts) > 2 else (parts[1] if len(parts) == 2 and freq is None else None)
        out.append((parts[0], freq, tag))
    return out


@lru_cache(maxsize=4)
def _stop_words(path: str) -> frozenset[str]:
    return frozenset(w for w, _, _ in load_terms(path))


def stop_words() -> frozenset[str]:
    """The shipped stop words (report boilerplate and function words).

    >>> "进一步" in stop_words() and "扶贫" not in stop_words()
    True
    """
    return _stop_words(str(STOPWORDS))


def _formulations() -> list[str]:
    """Every surface of data/formulations.txt (canonical forms and variants)."""
    lines = FORMULATIONS_FILE.read_text(encoding="utf-8").splitlines()
    return [w for line in lines for w in line.split("#", 1)[0].split() if "、" not in w]


def _add(tk, terms: Iterable[tuple[str, int | None, str | None]]) -> None:
    for word, freq, tag in terms:
        tk.add_word(word, freq or _DEFAULT_FREQ, tag)


def _base():
    """The process-wide jieba tokenizer with the shipped lexicon (built once)."""
    key = (None, ())
    with _lock:
        tk = _instances.get(key)
        if tk is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            tk = jieba.Tokenizer()
            tk.initialize()
            _add(tk, load_terms(GOV_DICT))
            _add(tk, ((w, None, None) for w in _formulations()))
            _instances[key] = tk
    return tk


def _tokenizer(user_dict: str | None = None, words: tuple[str, ...] = ()):
    """A jieba tokenizer with the shipped lexicon plus ``user_dict`` and ``words``."""
    if user_dict is None and not words:
        return _base()
    base = _base()
    key = (user_dict, words)
    with _lock:
        tk = _instances.get(key)
        if tk is None:
            import jieba

            tk = jieba.Tokenizer()
            tk.FREQ, tk.total, tk.initialized = dict(base.FREQ), base.total, True
            if user_dict is not None:
                _add(tk, load_terms(user_dict))
            _add(tk, ((w, None, None) for w in words))
            _instances[key] = tk
    return tk


def segment(text: str, *, user_dict: str | os.PathLike | None = None,
            words: Iterable[str] = ()) -> list[str]:
    """Cut ``text`` into words; whitespace is dropped, everything else kept.

    ``user_dict`` is a further jieba dictionary file, ``words`` further terms to
    keep whole. Raises TypeError for non-str input.

    >>> segment("推行河长制和首问责任制")
    ['推行', '河长制', '和', '首问责任制']
    """
    if not isinstance(text, str):
        raise TypeError(f"segment() takes a str, got {type(text).__name__}")
    tk = _tokenizer(None if user_dict is None else str(user_dict), tuple(sorted(set(words))))
    return [t for t in tk.lcut(text, HMM=True) if t.strip()]


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

    Example
    -------
    >>> from sklearn.feature_extraction.text import TfidfVectorizer
    >>> v = TfidfVectorizer(tokenizer=Tokenizer(), token_pattern=None, lowercase=False)
    >>> sorted(v.fit(["推进放管服改革", "落实河长制"]).vocabulary_)
    ['改革', '放管服', '河长制']
    """

    def __init__(self, *, keep_stopwords: bool = False, keep_numbers: bool = False,
                 keep_single: bool = False, user_dict: str | os.PathLike | None = None,
                 words: Iterable[str] = (), stopwords: Iterable[str] = ()) -> None:
        self.keep_stopwords = keep_stopwords
        self.keep_numbers = keep_numbers
        self.keep_single = keep_single
        self.user_dict = None if user_dict is None else str(user_dict)
        self.words = tuple(sorted(set(words)))
        self.stopwords = frozenset(stopwords)

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
        tokens = segment(text, user_dict=self.user_dict, words=self.words)
        stop = self.stopwords if self.keep_stopwords else stop_words() | self.stopwords
        return [t for t in tokens if self._keep(t, stop)]

    def __repr__(self) -> str:
        opts = [f"{k}={v!r}" for k, v in vars(self).items() if v not in (False, None, (), frozenset())]
        return f"Tokenizer({', '.join(opts)})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Tokenizer) and vars(self) == vars(other)

    def __hash__(self) -> int:
        return hash(tuple(sorted((k, str(v)) for k, v in vars(self).items())))
