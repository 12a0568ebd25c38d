"""Checks of the theme model's parameters that need no scikit-learn.

:meth:`summarylab.themes.ThemeModel._validate` runs them in ``fit``; the batch runs the
ones it exposes (k, method, seed) before any document is read, without importing
scikit-learn and SciPy (about a second): with several jobs, that import then happens
while the workers analyse the documents.

Each check raises ``ValueError`` naming the parameter, its allowed values and what was given.

This module does not fit or hold anything.
"""
from __future__ import annotations

from numbers import Integral, Real

#: Clustering methods of the theme model.
METHODS = ("kmeans", "nmf")


def is_int(x) -> bool:
    """An integer, not a bool: ``is_int(3)`` is True, ``is_int(True)`` and ``is_int(3.0)`` False."""
    return isinstance(x, Integral) and not isinstance(x, bool)


def check_df(name: str, v) -> None:
    """``min_df`` / ``max_df``: an integer count >= 1 or a share in (0, 1]."""
    ok = (is_int(v) and v >= 1) or (isinstance(v, Real) and not is_int(v)
                                   and not isinstance(v, bool) and 0.0 < v <= 1.0)
    if not ok:
        raise ValueError(f"{name} must be an integer count >= 1 or a share in (0, 1], got {v!r}; "
                         f"e.g. {name}={'2' if name == 'min_df' else '0.8'}")


def check_k_method_seed(k, method, seed) -> None:
    """The parameters a batch run passes on.

    >>> check_k_method_seed(None, "kmeans", 0)
    >>> check_k_method_seed(0, "kmeans", 0)
    Traceback (most recent call last):
    ValueError: k must be None (choose the number of themes automatically) or an integer >= 1, got 0
    """
    if k is not None and not (is_int(k) and k >= 1):
        raise ValueError(f"k must be None (choose the number of themes automatically) or an "
                         f"integer >= 1, got {k!r}")
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}, got {method!r}")
    if not is_int(seed):
        raise ValueError(f"seed must be an integer (results are reproducible per seed), got {seed!r}")
