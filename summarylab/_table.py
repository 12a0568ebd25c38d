"""Private helper: DataFrames with fixed columns and dtypes, built cheaply.

The extractors build five small tables per document. ``pd.DataFrame(rows)`` with
pandas 3 costs 0.6-1.5 ms a table (index checks, per-column dtype inference, copying
every text column into Arrow), about a third of the whole analysis of a short report.
Here each column is built once with its dtype and the frame is assembled from the
arrays directly (about 0.1 ms). Numeric and bool columns get the dtype the caller
fixes; text and list columns are ``object`` columns of Python values (so a lone
surrogate in text that skipped :func:`summarylab.normalise` is kept, not an error).
"""
from __future__ import annotations

import functools
from typing import Mapping, Sequence

import numpy as np
import pandas as pd


def columns_frame(data: Mapping[str, Sequence], columns: Sequence[str],
                  dtypes: Mapping[str, str]) -> pd.DataFrame:
    """A frame of ``columns`` from value lists of equal length; ``dtypes`` fixes the
    numeric and bool columns, the others are ``object``.

    >>> columns_frame({"a": [1], "b": ["x"]}, ["a", "b"], {"a": "int64"}).dtypes.tolist()
    [dtype('int64'), dtype('O')]
    """
    key = tuple(columns)
    n = len(data[key[0]]) if key else 0
    if n == 0:
        return _empty(key, tuple(sorted(dtypes.items()))).copy()
    arrays = [np.asarray(data[c], dtype=dtypes[c]) if c in dtypes
              else np.fromiter(data[c], dtype=object, count=n) for c in key]
    return _assemble(arrays, _index(key), n)


def records_frame(rows: Sequence[Mapping], columns: Sequence[str],
                  dtypes: Mapping[str, str]) -> pd.DataFrame:
    """Like :func:`columns_frame`, from row dicts.

    >>> records_frame([{"a": 1, "b": "x"}], ["a", "b"], {"a": "int64"}).dtypes["a"]
    dtype('int64')
    """
    return columns_frame({c: [r[c] for r in rows] for c in columns}, columns, dtypes)


def _assemble(arrays: list[np.ndarray], columns: pd.Index, n: int) -> pd.DataFrame:
    try:   # pandas' own constructor from finished arrays: no inference, no copies
        return pd.DataFrame._from_arrays(arrays, columns=columns, index=pd.RangeIndex(n),
                                         verify_integrity=False)
    except (AttributeError, TypeError):   # a pandas without it: the public constructor
        frame = pd.DataFrame(dict(zip(columns, arrays)), columns=columns)
        return frame.astype({c: object for c, a in zip(columns, arrays) if a.dtype == object})


@functools.lru_cache(maxsize=32)
def _index(columns: tuple[str, ...]) -> pd.Index:
    return pd.Index(columns)


@functools.lru_cache(maxsize=32)
def _empty(columns: tuple[str, ...], dtypes: tuple[tuple[str, str], ...]) -> pd.DataFrame:
    """The frame with no rows (text columns object, not float), built once per shape."""
    kinds = dict(dtypes)
    return pd.DataFrame({c: pd.Series([], dtype=kinds.get(c, object)) for c in columns})
