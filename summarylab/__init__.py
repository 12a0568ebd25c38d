"""summarylab: analyse Chinese government work summaries.

The pipeline, one module per step::

    readers        files (txt/html/docx; UTF-8/GBK/Big5/UTF-16) -> Document
    normalisation  normalise(): script (simplified/traditional), width, punctuation, whitespace
    cleaning       clean(): site prefaces, watermarks, footers, teasers -> reported findings
    quality        stripped numbers, redactions, mojibake
    segmentation   segment(), Tokenizer: jieba with a government-domain lexicon and stop words
    indicators     numeric indicators (value, unit, approx, change, subject); a package:
                   lexicon, scanner, values, subject
    measures       the outline and enumerations as a tree
    slogans        quoted slogans, numbered formulations and their expansions
    comparison     slogan tables of many documents: shared formulations, slogan x document
    themes         ThemeModel: TF-IDF + KMeans/NMF with readable labels
    corpus         analyze_corpus(): every document, every table, themes
    batch/cli      folders on disk, cache, processes or Dask, Parquet/CSV out
    report         a self-contained HTML report of a batch output folder

Example
-------
>>> import summarylab
>>> a = summarylab.analyze("二、主要成效\\n全年削減行政審批項目300項。")
>>> a.indicators[["value", "unit"]].values.tolist()
[[300.0, '项']]
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "analyze": "analysis", "Analysis": "analysis",
    "normalise": "normalisation", "detect_script": "normalisation", "to_script": "normalisation",
    "clean": "cleaning",
    "segment": "segmentation", "Tokenizer": "segmentation",
    "parse_number": "numerals",
    "extract_indicators": "indicators",
    "extract_measures": "measures", "render_tree": "measures",
    "extract_slogans": "slogans", "extract_citations": "slogans",
    "slogan_matrix": "comparison", "shared_formulations": "comparison",
    "ThemeModel": "themes",
    "analyze_corpus": "corpus", "CorpusResult": "corpus",
    "read_document": "readers", "Document": "readers",
    "run_batch": "batch",
    "add_words": "ruledata",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str) -> Any:
    """Import public names on first use, so ``import summarylab`` stays cheap."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'summarylab' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:  # pragma: no cover
    from .analysis import Analysis, analyze
    from .batch import run_batch
    from .cleaning import clean
    from .corpus import CorpusResult, analyze_corpus
    from .indicators import extract_indicators
    from .measures import extract_measures, render_tree
    from .normalisation import detect_script, normalise, to_script
    from .numerals import parse_number
    from .readers import Document, read_document
    from .ruledata import add_words
    from .segmentation import Tokenizer, segment
    from .comparison import shared_formulations, slogan_matrix
    from .slogans import extract_citations, extract_slogans
    from .themes import ThemeModel
