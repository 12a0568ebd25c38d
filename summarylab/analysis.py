"""One report in, tidy tables out: the ``analyze`` entry point.

``analyze(text)`` runs the per-document pipeline:

    normalise (width, punctuation, script)  ->  clean (site boilerplate)
    ->  quality findings  ->  indicators / measures / slogans / citations

and returns an :class:`Analysis`. Extraction tables are computed on first
access and cached, so a notebook user who only wants the clean text pays for
nothing else. Every ``start``/``end`` in every table points into
``Analysis.text``; :meth:`Analysis.original_span` maps it back to the input.

This module wires stages together; it holds no extraction rules itself.

Example
-------
>>> import summarylab
>>> a = summarylab.analyze("一、主要做法\\n全年共受理群眾投訴486件。")
>>> a.script, a.text.splitlines()[1]
('traditional', '全年共受理群众投诉486件。')
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

import pandas as pd

from .cleaning import PIECEWISE_KINDS, clean
from .normalisation import normalise, to_script
from .offsets import OffsetMap
from .periods import document_year
from .quality import find_quality_issues, findings_frame, removed_damage

__all__ = ["Analysis", "analyze"]

Target = Literal["simplified", "traditional"]


@dataclass(eq=False)
class Analysis:
    """The result of :func:`analyze` for one document.

    Attributes
    ----------
    original : the text as given.
    text : normalised, cleaned text in the target script; all offsets point here.
    script : script detected in the input: "simplified", "traditional", "mixed" or "none".
    offsets : :class:`OffsetMap` from ``text`` back to ``original``.
    quality : DataFrame (kind, start, end, detail, orig_start, orig_end).
    year : the document year (its 今年), given to :func:`analyze` or found by
        :func:`summarylab.periods.document_year`; None when unknown. Relative periods
        of the indicator table (今年, 上年) are resolved against it.
    """

    original: str
    text: str
    script: str
    offsets: OffsetMap
    quality: pd.DataFrame
    target: str = "simplified"
    _work: str = field(default="", repr=False)  # simplified twin of ``text`` (same length)
    year: int | None = None

    def original_offset(self, i: int) -> int:
        """Offset in ``original`` of offset ``i`` in ``text``."""
        return self.offsets(i)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Span in ``original`` covering ``text[start:end]``."""
        return self.offsets.span(start, end)

    @cached_property
    def indicators(self) -> pd.DataFrame:
        from .indicators import extract_indicators

        return self._resliced(extract_indicators(self._work, year=self.year), quote=("start", "end"))

    @cached_property
    def measures(self) -> pd.DataFrame:
        from .measures import extract_measures

        return self._resliced(extract_measures(self._work), title=("title_start", "title_end"),
                              marker=("start", "title_start"))

    def _resliced(self, df: pd.DataFrame, **spans: tuple[str, str]) -> pd.DataFrame:
        """Extraction runs on the simplified twin; in a traditional analysis the surface
        columns (quote, title) are taken again from ``text`` so that they equal
        ``text[start:end]`` (a letter-spaced title without its spacing; a marker without the blanks
        after it: 貳、). Normalised columns (unit, subject, slogan) stay simplified."""
        if self.text is self._work or df.empty:
            return df
        for col, (a, b) in spans.items():
            df[col] = [self.text[s:e].strip() if col == "marker" else self.text[s:e] for s, e in zip(df[a], df[b])]
        if "title" in spans:
            from .measures import _unspaced

            df["title"] = df["title"].map(_unspaced)   # 綜 合 治 理 -> 綜合治理, as in the simplified twin
        return df

    @cached_property
    def slogans(self) -> pd.DataFrame:
        from .slogans import extract_slogans

        return extract_slogans(self._work)

    @cached_property
    def citations(self) -> pd.DataFrame:
        from .slogans import extract_citations

        return extract_citations(self._work)

    def tables(self) -> dict[str, pd.DataFrame]:
        """All tables by name: quality, indicators, measures, slogans, citations."""
        return {
            "quality": self.quality,
            "indicators": self.indicators,
            "measures": self.measures,
            "slogans": self.slogans,
            "citations": self.citations,
        }

    def __repr__(self) -> str:
        return (f"<Analysis script={self.script} target={self.target} chars={len(self.text)} "
                f"quality={len(self.quality)}>")

    def _repr_html_(self) -> str:
        from .display import analysis_html

        return analysis_html(self)


def analyze(text: str, *, target: Target = "simplified", backend: str | None = None,
            patterns: str | None = None, year: int | None = None) -> Analysis:
    """Normalise, clean and analyse one report.

    Parameters
    ----------
    text : the report, in any script, as read from its file.
    target : script of ``Analysis.text``: "simplified" (default) or "traditional".
    backend : OpenCC backend, "auto" (default), "cpp" or "python"; see ``summarylab.normalise``.
    patterns : path of an extra boilerplate pattern file to use besides the shipped one.
    year : the year the report was written (今年); by default found in the text
        (:func:`summarylab.periods.document_year`: date lines, 2018年工作回顾 …).
    """
    if not isinstance(text, str):
        raise TypeError(f"analyze() takes a str, got {type(text).__name__}; decode bytes first "
                        "(summarylab.read_document does that for files)")
    if target not in ("simplified", "traditional"):
        raise ValueError(f"target must be 'simplified' or 'traditional', not {target!r}")
    norm = normalise(text, target="simplified", backend=backend)
    cleaned = clean(norm.text, patterns=patterns)
    offsets = norm.offsets.then(cleaned.offsets)
    work = cleaned.text
    findings = cleaned.findings + find_quality_issues(work) + removed_damage(
        cleaned.findings, norm.text, skip=PIECEWISE_KINDS + ("spam",))
    out = work if target == "simplified" else to_script(work, "traditional", backend=backend)
    return Analysis(original=text, text=out, script=norm.script, offsets=offsets,
                    quality=findings_frame(findings, offsets, source_offsets=norm.offsets),
                    target=target, _work=work, year=year if year is not None else document_year(work))
