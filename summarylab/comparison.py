"""Slogan tables of many documents compared: which formulations they share, and how often.

``slogan_matrix(tables)`` gives a slogan x document table of occurrence counts, and
``shared_formulations(tables)`` the formulations that at least ``min_docs`` documents use,
variants merged (两率先 and 两个率先 are one). ``tables`` is {doc_id: extract_slogans(...)}
or one stacked frame with a ``doc_id`` column (``analyze_corpus(...).slogans``).

Columns of ``shared_formulations``:

========== ============================================================
slogan     the most complete variant among the documents (simplified)
kind       "formulation" (or another kind asked for with ``kinds``)
docs       number of documents that use it
count      total occurrences over those documents
doc_ids    sorted list of the doc_ids
========== ============================================================

It does not find slogans (:mod:`summarylab.slogans` does, one document at a time), weigh
documents by length, or say whether two different formulations mean the same thing.

Example
-------
>>> from summarylab.slogans import extract_slogans
>>> t = {"a": extract_slogans("落实两个率先"), "b": extract_slogans("实现“两率先”")}
>>> shared_formulations(t)[["slogan", "docs"]].values.tolist()
[['两个率先', 2]]
"""
from __future__ import annotations

from typing import Iterable, Mapping

import pandas as pd

from .slogans import SLOGAN_COLUMNS, _key

__all__ = ["slogan_matrix", "shared_formulations"]


def _stack(tables: Mapping[str, pd.DataFrame] | pd.DataFrame) -> pd.DataFrame:
    if isinstance(tables, pd.DataFrame):
        if "doc_id" not in tables.columns:
            raise ValueError("a stacked slogan table needs a doc_id column")
        return tables
    frames = [df.assign(doc_id=doc) for doc, df in tables.items() if df is not None and len(df)]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=SLOGAN_COLUMNS + ["doc_id"])


def slogan_matrix(tables: Mapping[str, pd.DataFrame] | pd.DataFrame) -> pd.DataFrame:
    """Slogan x document table of occurrence counts.

    ``tables`` is {doc_id: extract_slogans(...)} or one frame with a doc_id column
    (as ``analyze_corpus`` gives). Rows are slogans, ordered by the number of documents
    using them, then total count, then the slogan; columns are doc_ids, sorted.

    >>> from summarylab.slogans import extract_slogans
    >>> m = slogan_matrix({"a": extract_slogans("学习“三个代表”"), "b": extract_slogans("“三个代表”“三个代表”")})
    >>> m.loc["三个代表"].tolist()
    [1, 2]
    """
    df = _stack(tables)
    if df.empty:
        return pd.DataFrame(dtype=int)
    counts = pd.to_numeric(df["count"], errors="coerce").fillna(1).astype(int) if "count" in df else 1
    m = df.assign(n=counts).pivot_table(index="slogan", columns="doc_id", values="n",
                                        aggfunc="sum", fill_value=0)
    order = pd.DataFrame({"docs": (m > 0).sum(axis=1), "total": m.sum(axis=1), "name": m.index},
                         index=m.index).sort_values(["docs", "total", "name"], ascending=[False, False, True])
    m = m.loc[order.index, sorted(m.columns, key=str)].astype(int)
    m.columns.name, m.index.name = "doc_id", "slogan"
    return m


def shared_formulations(tables: Mapping[str, pd.DataFrame] | pd.DataFrame, min_docs: int = 2,
                        kinds: Iterable[str] = ("formulation",)) -> pd.DataFrame:
    """Formulations used by at least ``min_docs`` documents.

    Columns: slogan, kind, docs (number of documents), count (total occurrences),
    doc_ids (sorted list). Ordered by docs, then count, descending, then slogan.

    >>> from summarylab.slogans import extract_slogans
    >>> t = {"a": extract_slogans("落实两个率先"), "b": extract_slogans("实现“两率先”")}
    >>> shared_formulations(t)[["slogan", "docs"]].values.tolist()
    [['两个率先', 2]]
    """
    cols = ["slogan", "kind", "docs", "count", "doc_ids"]
    df = _stack(tables)
    df = df[df["kind"].isin(list(kinds))] if "kind" in df and len(df) else df
    if df.empty:
        return pd.DataFrame(columns=cols)
    key = df["slogan"].map(lambda s: _key(str(s)))
    g = df.assign(_key=key).groupby("_key", sort=False)
    out = pd.DataFrame({
        "slogan": g["slogan"].agg(lambda s: max(s, key=len)),
        "kind": g["kind"].first(),
        "docs": g["doc_id"].nunique(),
        "count": g["count"].sum() if "count" in df else g.size(),
        "doc_ids": g["doc_id"].agg(lambda s: sorted(set(map(str, s)))),
    })
    out = out[out["docs"] >= min_docs].sort_values(["docs", "count", "slogan"], ascending=[False, False, True])
    return out.reset_index(drop=True)[cols]
