"""Themes over time: a report's year from its file name, and theme shares by year.

Plain pandas, no scikit-learn: :mod:`summarylab.corpus` builds ``theme_years`` with them
also when the themes come from the batch's cache and no model is loaded.

=========  ===================================================================
column     ``theme_shares_by_year`` output
=========  ===================================================================
year       the year (int)
theme      theme id
share      mean share of the theme in that year's documents (a year sums to 1)
documents  how many documents of that year have shares
=========  ===================================================================

This module does not find years inside the text (:func:`summarylab.periods.document_year`
does) nor fit themes.
"""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

__all__ = ["theme_shares_by_year", "year_from_name"]

# A year in a file name: four digits 1949-2099 not inside a longer number.
_YEAR_IN_NAME = re.compile(r"(?<!\d)(1949|19[5-9]\d|20\d\d)(?!\d)")


def year_from_name(name: str) -> int | None:
    """A year 1949-2099 written as four digits in a file name (the last one), else None.

    >>> year_from_name("gwr/2019.txt"), year_from_name("县2023年总结.docx"), year_from_name("a12345.txt")
    (2019, 2023, None)
    """
    found = _YEAR_IN_NAME.findall(Path(str(name)).name)
    return int(found[-1]) if found else None


def theme_shares_by_year(shares: pd.DataFrame, years) -> pd.DataFrame:
    """Mean theme share per year (topics over time): columns year, theme, share, documents.

    ``shares`` is a theme_shares table (doc_id, theme, share); ``years`` maps each
    doc_id to a year: a Series indexed by doc_id, a dict, or a list aligned with
    the unique doc_ids of ``shares`` in order. Documents without a year (None/NaN)
    are left out; each year's shares sum to 1.

    >>> s = pd.DataFrame({"doc_id": ["a", "a", "b"], "theme": [0, 1, 0], "share": [.5, .5, 1.]})
    >>> theme_shares_by_year(s, {"a": 2020, "b": 2021}).values.tolist()
    [[2020.0, 0.0, 0.5, 1.0], [2020.0, 1.0, 0.5, 1.0], [2021.0, 0.0, 1.0, 1.0]]
    """
    cols = ["year", "theme", "share", "documents"]
    if isinstance(years, pd.Series):
        year_of = years.to_dict()
    elif isinstance(years, dict):
        year_of = dict(years)
    else:
        year_of = dict(zip(pd.unique(shares["doc_id"]), list(years)))
    df = shares.assign(year=shares["doc_id"].map(year_of)).dropna(subset=["year"])
    if df.empty:
        return pd.DataFrame(columns=cols)
    df["year"] = df["year"].astype(int)
    n_docs = df.groupby("year")["doc_id"].nunique()
    out = df.groupby(["year", "theme"], as_index=False)["share"].sum()
    out["documents"] = out["year"].map(n_docs).astype(int)
    out["share"] = out["share"] / out["documents"]
    return out[cols].sort_values(["year", "theme"], kind="stable").reset_index(drop=True)
