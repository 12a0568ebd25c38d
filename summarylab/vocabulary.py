"""Which words may name a theme.

The text side of the theme model, kept apart from :mod:`summarylab.themes` so that the
batch's workers, which filter each report's words as they analyse it, need neither
scikit-learn nor SciPy: the driver imports those while the workers run.

=====================  ================================================================
name                   what it gives
=====================  ================================================================
``is_theme_word``      True for a token that may characterise a theme (新能源, 十四五),
                       False for stop, genre and function words, bare quantities (五年,
                       亿元) and anonymised place codes (A3区)
``default_tokenizer``  the tokenizer themes use: :class:`summarylab.segmentation.Tokenizer`
``person_names``       jieba dictionary words tagged as personal names (listed last in labels)
=====================  ================================================================

This module does not segment text itself, fit anything or read documents.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from . import ruledata

__all__ = ["is_theme_word", "default_tokenizer", "person_names"]

_WORDLIKE = re.compile(r"[\u3400-\u9fffA-Za-z]")
# A quantity, not a theme word: 五年, 一九五七年, 第一个, 亿元, 万千瓦, 百分之三十, 余起 (30余起).
_NUMERAL = "0-9零〇一二两三四五六七八九十百千万亿"
_QUANTITY = re.compile(rf"(第|百分之|千分之|余)?[{_NUMERAL}]*"
                       r"[年月日号个项次名人元吨亩条件家户所座倍批种类位届期起斤公里千瓦美]*")
# An anonymised place or unit: one or two capitals and digits standing for a name,
# with the level after them or with digits: A3区, G4县, B市, XX镇, K2 (not GDP, PM2.5).
_PLACE_CODE = re.compile(r"""[A-Z]{1,2}(
    \d{0,3}(省|市|区|县|镇|乡|村|街道|社区|局|公司)   # A3区, B市, XX镇
    | \d{1,3})                                        # K2, A12
    """, re.VERBOSE)
# jieba part-of-speech classes that never name a theme: conjunctions, prepositions,
# pronouns, particles, interjections, onomatopoeia, classifiers, affixes.
_FUNCTION_TAGS = frozenset({"c", "p", "r", "rr", "rz", "rg", "u", "uj", "ul", "uv", "ud", "uz",
                            "ug", "y", "e", "o", "q", "k", "h"})
_GENRE = ruledata.Words("theme_genre.txt")   # checked by summarylab.ruledata


@lru_cache(maxsize=1)
def _lexicon() -> frozenset[str]:
    """Domain terms and formulations (data/gov_dict.txt, data/formulations.txt): always kept."""
    from .segmentation import GOV_DICT, _formulations, load_terms

    return frozenset({w for w, _, _ in load_terms(GOV_DICT)} | set(_formulations()))


@lru_cache(maxsize=1)
def _non_theme_words() -> frozenset[str]:
    """The shipped stop words, the genre words, and every jieba dictionary word of a function class
    (:data:`_FUNCTION_TAGS`)."""
    from .segmentation import stop_words

    return frozenset(set(stop_words()) | _genre_words() | _tagged_words(_FUNCTION_TAGS))


def _tagged_words(tags: Iterable[str]) -> frozenset[str]:
    """jieba dictionary words whose part-of-speech tag is one of ``tags`` (a line ``词 频 词性``):
    one pattern over the file's text, about 8× faster than splitting its 350,000 lines.

    >>> {"而且", "我们"} <= _tagged_words({"c", "r"}), "发展" in _tagged_words({"c"})
    (True, False)
    """
    alternatives = "|".join(sorted(map(re.escape, tags), key=len, reverse=True))
    line = re.compile(rf"^(\S+)[ \t]+\d+[ \t]+(?:{alternatives})[ \t]*\r?$", re.MULTILINE)
    return frozenset(line.findall(_jieba_dictionary()))


def _jieba_dictionary() -> str:
    """The text of jieba's shipped dictionary (dict.txt, about 3 MB; read per call, not kept)."""
    import jieba

    with jieba.get_dict_file() as fh:
        return fh.read().decode("utf-8")


@lru_cache(maxsize=1)
def _genre_words() -> frozenset[str]:
    """Genre words of any source (data/theme_genre.txt): 新华社, 各位代表, 指出 …"""
    return frozenset(w for w, *_ in _GENRE.read())


@lru_cache(maxsize=1 << 18)   # a corpus repeats its words: one test per distinct word
def is_theme_word(token: str) -> bool:
    """True for a token that may characterise a theme: a domain term or formulation
    (十四五, 三个代表), or else two or more characters with a Han character or a letter
    that are not a stop, genre or function word, a bare quantity (五年, 亿元, 第一个)
    nor an anonymised place code (A3区, G4县)."""
    if token in _lexicon():
        return True
    return (len(token) > 1 and _WORDLIKE.search(token) is not None
            and token not in _non_theme_words() and not _QUANTITY.fullmatch(token)
            and not _PLACE_CODE.fullmatch(token))


def default_tokenizer() -> Callable[[str], Iterable[str]]:
    from .segmentation import Tokenizer

    return Tokenizer()


@lru_cache(maxsize=1)
def person_names() -> frozenset[str]:
    """jieba dictionary words tagged as personal names (nr, nrfg), domain terms excepted."""
    return _tagged_words(("nr", "nrfg")) - _lexicon()

