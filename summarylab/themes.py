"""Themes across a corpus: ``ThemeModel``, TF-IDF + KMeans (or NMF) with readable labels.

A scikit-learn style estimator. ``fit(texts)`` segments each report with the
government-domain tokenizer (``summarylab.segment.Tokenizer`` by default),
keeps only words that can name a theme, builds a sparse TF-IDF matrix
(sublinear tf, l2 rows), then clusters the rows.

Report boilerplate is weighted down three ways: words are dropped when they are
in the shipped stop list (``data/stopwords.txt``: 工作, 加强, 进一步, 一是, 我县 …),
in a function-word class of jieba's dictionary (conjunctions, prepositions,
pronouns, particles, classifiers: 因为, 除了, 某些 …), or bare quantities (五年,
亿元, 第一个, 余起) -- domain terms and formulations (十四五, 三个代表, 河长制)
are always kept; terms found in more than ``max_df`` of the reports are dropped;
and idf weights down what remains common.

Choosing k (when ``k=None``)
    For every k in 2..min(max_k, n-1) the clusterer is fitted and scored by the
    mean silhouette with cosine distance; the best k wins. The corpus is taken
    to hold a single theme (k=1) when that best silhouette is below
    ``min_silhouette`` or below the best silhouette reached on a null corpus:
    the same TF-IDF matrix with each term's weights moved to random reports
    (same document frequencies, no co-occurrence, so no themes) -- what noise
    alone scores (``null_silhouette_``; turn off with ``null_reference=False``).
    The null corpus is the real guard; the floor (0.02) is kept low because
    silhouettes shrink as corpora grow: 200 and 937 topic sections of State
    Council reports on 8 themes peak at 0.044 (null 0.002), while a floor of
    0.05 called them one theme.
    Silhouette is scale-free, so reports of one theme that differ consistently
    (say, two sub-topics) may still be split. Fewer than 3 usable reports
    always give k=1. On corpora
    larger than ``sample_size`` reports, k is chosen on a random sample of that
    size (fixed by ``seed``); the final model is then fitted on every report.

Scaling
    Everything stays sparse. Fewer than ``SINGLE_THREAD_BELOW`` reports are
    clustered on one thread (faster, above all on a busy machine). Above ``minibatch_above`` reports the final fit uses
    ``MiniBatchKMeans``; k selection always runs on at most ``sample_size``
    reports, so the cost after segmentation is roughly linear in the corpus.
    Segmentation itself (jieba) dominates on large corpora.

Labels
    ``terms_[c]`` lists the terms that distinguish cluster c from the rest: mean
    TF-IDF inside the cluster times log((p_in + e) / (p_out + e)), where p_in and
    p_out are the shares of reports inside and outside the cluster that use the
    term (a class-based TF-IDF). Terms contained in a better-ranked term are
    skipped. ``labels[c]`` joins the first three with "、".

Not done here: reading files, normalising script (give simplified text, as
``summarylab.analyze`` produces), per-document extraction; see ``corpus``.

Example
-------
>>> from summarylab.themes import ThemeModel
>>> m = ThemeModel(k=2, seed=0).fit(texts)            # doctest: +SKIP
>>> m.labels_, m.labels                               # doctest: +SKIP
(array([0, 0, 1, 1]), ['扶贫、贫困人口、易地搬迁', '污染、排放、环境'])
>>> m.predict(["今年新建污水处理厂三座。"])             # doctest: +SKIP
array([1])
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from numbers import Integral, Real

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator
from sklearn.cluster import KMeans, MiniBatchKMeans
from sklearn.decomposition import NMF
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import normalize

__all__ = ["ThemeModel"]

_WORDLIKE = re.compile(r"[\u3400-\u9fffA-Za-z]")
_METHODS = ("kmeans", "nmf")
# A quantity, not a theme word: 五年, 一九五七年, 第一个, 亿元, 万千瓦, 百分之三十, 余起 (30余起).
_NUMERAL = "0-9零〇一二两三四五六七八九十百千万亿"
_QUANTITY = re.compile(rf"(第|百分之|千分之|余)?[{_NUMERAL}]*"
                       r"[年月日号个项次名人元吨亩条件家户所座倍批种类位届期起斤公里千瓦美]*")
# jieba part-of-speech classes that never name a theme: conjunctions, prepositions,
# pronouns, particles, interjections, onomatopoeia, classifiers, affixes.
_FUNCTION_TAGS = frozenset({"c", "p", "r", "rr", "rz", "rg", "u", "uj", "ul", "uv", "ud", "uz",
                            "ug", "y", "e", "o", "q", "k", "h"})


class _Analyzer:
    """Picklable analyzer for TfidfVectorizer: tokenizer, then drop words that can not
    name a theme (see :func:`_is_theme_word`) and the model's extra stop words.

    Applied to pre-segmented token lists too, so tokens cut by an older tokenizer
    (a batch cache) are filtered the same way."""

    def __init__(self, tokenizer: Callable[[str], Iterable[str]], stop_words: frozenset[str]):
        self.tokenizer = tokenizer
        self.stop_words = stop_words

    def __call__(self, doc: str | list[str] | tuple[str, ...]) -> list[str]:
        stop = self.stop_words
        tokens = doc if isinstance(doc, (list, tuple)) else self.tokenizer(doc)
        return [t for t in tokens if t not in stop and _is_theme_word(t)]


@lru_cache(maxsize=1)
def _lexicon() -> frozenset[str]:
    """Domain terms and formulations (data/gov_dict.txt, data/formulations.txt): always kept."""
    from .segment import GOV_DICT, _formulations, load_terms

    return frozenset({w for w, _, _ in load_terms(GOV_DICT)} | set(_formulations()))


@lru_cache(maxsize=1)
def _non_theme_words() -> frozenset[str]:
    """The shipped stop words plus every jieba dictionary word of a function class
    (:data:`_FUNCTION_TAGS`)."""
    import jieba

    from .segment import stop_words

    words = set(stop_words())
    with jieba.get_dict_file() as fh:
        for line in fh:
            parts = line.decode("utf-8").split()
            if len(parts) >= 3 and parts[2] in _FUNCTION_TAGS:
                words.add(parts[0])
    return frozenset(words)


def _is_theme_word(token: str) -> bool:
    """True for a token that may characterise a theme: a domain term or formulation
    (十四五, 三个代表), or else two or more characters with a Han character or a letter
    that are not a stop or function word nor a bare quantity (五年, 亿元, 第一个)."""
    if token in _lexicon():
        return True
    return (len(token) > 1 and _WORDLIKE.search(token) is not None
            and token not in _non_theme_words() and not _QUANTITY.fullmatch(token))


def _default_tokenizer() -> Callable[[str], Iterable[str]]:
    from .segment import Tokenizer

    return Tokenizer()


def _is_int(x) -> bool:
    return isinstance(x, Integral) and not isinstance(x, bool)


def _check_df(name: str, v) -> None:
    ok = (_is_int(v) and v >= 1) or (isinstance(v, Real) and not _is_int(v)
                                      and not isinstance(v, bool) and 0.0 < v <= 1.0)
    if not ok:
        raise ValueError(f"{name} must be an integer count >= 1 or a share in (0, 1], got {v!r}; "
                         f"e.g. {name}={'2' if name == 'min_df' else '0.8'}")


class ThemeModel(BaseEstimator):
    """TF-IDF + KMeans/NMF themes with readable labels (see the module docstring).

    Parameters
    ----------
    k : number of themes, or None to choose by silhouette (1 when nothing clusters).
    method : "kmeans" (KMeans, MiniBatchKMeans on large corpora) or "nmf".
    max_k : largest k tried when k is None.
    seed : random state for clustering and sampling; same seed, same result.
    min_df, max_df : TfidfVectorizer document-frequency bounds (count or share).
        If they leave no term (tiny corpora) they are relaxed to 1 and 1.0.
    tokenizer : callable str -> tokens; default ``summarylab.segment.Tokenizer()``.
        Must be picklable (a module-level function or class) for the model to pickle.
    stop_words : extra words to ignore, on top of the tokenizer's own list.
    min_silhouette : below this best silhouette, k=1 (one theme).
    null_reference : also require the best silhouette to beat a null corpus (module docstring).
    sample_size : at most this many reports are used to choose k.
    minibatch_above : use MiniBatchKMeans above this many reports.
    n_terms : number of terms kept per theme in ``terms_``.

    Fitted attributes
    -----------------
    labels_ : theme per fitted text (int array); -1 for a text with no usable term: none
        left after the tokenizer, ``stop_words``, single characters, min_df and max_df.
    k_ : number of themes found (0 when no text had a usable term).
    terms_ : list per theme of its distinguishing terms, best first.
    labels : list per theme of a human label (the first three terms).
    sizes_ : reports per theme.  representatives_ : index of the text nearest each theme centre.
    silhouettes_ : {k: silhouette} tried during selection (empty when k was given).
    null_silhouette_ : best silhouette on the null corpus (nan when not computed).
    vectorizer_, estimator_ : the fitted TfidfVectorizer and clusterer (None if k_ == 0).
    """

    def __init__(self, k: int | None = None, method: str = "kmeans", max_k: int = 12, seed: int = 0,
                 min_df: int | float = 2, max_df: int | float = 0.8,
                 tokenizer: Callable[[str], Iterable[str]] | None = None,
                 stop_words: Iterable[str] | None = None, min_silhouette: float = 0.02,
                 null_reference: bool = True, sample_size: int = 2000, minibatch_above: int = 10000, n_terms: int = 10):
        self.k = k
        self.method = method
        self.max_k = max_k
        self.seed = seed
        self.min_df = min_df
        self.max_df = max_df
        self.tokenizer = tokenizer
        self.stop_words = stop_words
        self.min_silhouette = min_silhouette
        self.null_reference = null_reference
        self.sample_size = sample_size
        self.minibatch_above = minibatch_above
        self.n_terms = n_terms
        self._validate()

    # ------------------------------------------------------------------ parameters
    def _validate(self) -> None:
        if self.k is not None and not (_is_int(self.k) and self.k >= 1):
            raise ValueError(f"k must be None (choose the number of themes automatically) or an "
                             f"integer >= 1, got {self.k!r}")
        if self.method not in _METHODS:
            raise ValueError(f"method must be one of {_METHODS}, got {self.method!r}")
        for name, low in (("max_k", 2), ("sample_size", 3), ("minibatch_above", 1), ("n_terms", 1)):
            v = getattr(self, name)
            if not (_is_int(v) and v >= low):
                raise ValueError(f"{name} must be an integer >= {low}, got {v!r}")
        if not _is_int(self.seed):
            raise ValueError(f"seed must be an integer (results are reproducible per seed), got {self.seed!r}")
        _check_df("min_df", self.min_df)
        _check_df("max_df", self.max_df)
        if self.tokenizer is not None and not callable(self.tokenizer):
            raise ValueError("tokenizer must be a callable str -> list of tokens, or None for "
                             f"summarylab.segment.Tokenizer(); got {type(self.tokenizer).__name__}")
        if isinstance(self.stop_words, str) or not (
                self.stop_words is None or isinstance(self.stop_words, Iterable)):
            raise ValueError("stop_words must be a list/set of words (not one string) or None")
        if not isinstance(self.null_reference, bool):
            raise ValueError(f"null_reference must be True or False, got {self.null_reference!r}")
        ms = self.min_silhouette
        if not (isinstance(ms, Real) and not isinstance(ms, bool) and -1.0 <= ms <= 1.0):
            raise ValueError(f"min_silhouette must be a number in [-1, 1] (with null_reference=False, "
                             f"-1 never falls back to one theme), got {ms!r}")

    def set_params(self, **params) -> "ThemeModel":
        """Set parameters; raises ValueError (and keeps the old values) if one is invalid."""
        old = self.get_params(deep=False)
        super().set_params(**params)
        try:
            self._validate()
        except ValueError:
            super().set_params(**old)
            raise
        return self

    # ------------------------------------------------------------------ fitting
    def fit(self, texts: Sequence[str], y=None) -> "ThemeModel":
        """Fit on a sequence of (simplified, normalised) report texts.

        An item may also be a list of tokens already produced by the model's
        tokenizer (lets a batch engine segment in worker processes); fit,
        transform and predict accept both forms.
        """
        self._validate()
        texts = _as_texts(texts)
        n = len(texts)
        self.labels_ = np.full(n, -1, dtype=int)
        self.k_, self.silhouettes_, self.null_silhouette_ = 0, {}, float("nan")
        self.terms_, self.labels, self.sizes_, self.representatives_ = [], [], [], []
        self.vectorizer_, self.estimator_ = None, None
        X = self._fit_vectorizer(texts)
        if X is None:
            return self
        rows = np.flatnonzero(X.getnnz(axis=1) > 0)
        if len(rows) == 0:
            return self
        Xr = X[rows]
        with _threads_for(min(len(rows), self.sample_size)):
            self.k_ = self._choose_k(Xr) if self.k is None else min(self.k, self._k_cap(Xr))
        with _threads_for(len(rows)):
            self.estimator_ = self._estimator(self.k_, len(rows)).fit(Xr)
        self.labels_[rows] = self._assign(Xr)
        self._describe(Xr, self.labels_[rows], rows)
        return self

    def fit_predict(self, texts: Sequence[str], y=None) -> np.ndarray:
        """Fit and return ``labels_``."""
        return self.fit(texts).labels_

    def _fit_vectorizer(self, texts: list[str]):
        tok = self.tokenizer if self.tokenizer is not None else _default_tokenizer()
        analyzer = _Analyzer(tok, frozenset(self.stop_words or ()))
        for min_df, max_df in ((self.min_df, self.max_df), (1, 1.0)):
            vec = TfidfVectorizer(analyzer=analyzer, sublinear_tf=True, min_df=min_df,
                                  max_df=max_df, dtype=np.float64)
            try:
                X = vec.fit_transform(texts)
            except ValueError:  # no term left after pruning, or no term at all
                continue
            self.vectorizer_ = vec
            return sp.csr_matrix(X)
        return None

    def _k_cap(self, X) -> int:
        """Largest usable k: distinct reports (and, for NMF, terms)."""
        cap = _distinct_rows(X)
        return max(1, min(cap, X.shape[1])) if self.method == "nmf" else cap

    def _estimator(self, k: int, n: int, n_init: int = 10):
        if self.method == "nmf":
            return NMF(n_components=k, init="nndsvda", random_state=self.seed, max_iter=500)
        if n > self.minibatch_above:
            return MiniBatchKMeans(n_clusters=k, random_state=self.seed, n_init=3, batch_size=4096)
        return KMeans(n_clusters=k, random_state=self.seed, n_init=n_init)

    def _choose_k(self, X) -> int:
        n = X.shape[0]
        if n > self.sample_size:
            rng = np.random.default_rng(self.seed)
            X = X[np.sort(rng.choice(n, self.sample_size, replace=False))]
        X = X[:, np.flatnonzero(X.getnnz(axis=0))]  # unused terms change no distance
        best_k, best = self._best_silhouette(X, self.silhouettes_)
        if best_k == 1 or not self.null_reference:
            return best_k if best >= self.min_silhouette else 1
        _, self.null_silhouette_ = self._best_silhouette(_shuffled_terms(X, self.seed), {})
        return best_k if best >= max(self.min_silhouette, self.null_silhouette_) else 1

    def _best_silhouette(self, X, record: dict) -> tuple[int, float]:
        """(k, silhouette) of the best k in 2..min(max_k, n-1); (1, -inf) if none applies."""
        n = X.shape[0]
        top = min(self.max_k, n - 1, self._k_cap(X))
        n_init = 10 if n <= 500 else 3  # fewer restarts on big samples: selection must stay fast
        best_k, best = 1, -np.inf
        for k in range(2, top + 1):
            labels = _argmax_labels(self._estimator(k, n, n_init).fit(X), X, self.method)
            if len(np.unique(labels)) < 2:
                continue
            score = float(silhouette_score(X, labels, metric="cosine"))
            record[k] = score
            if score > best:
                best_k, best = k, score
        return best_k, best

    def _assign(self, X) -> np.ndarray:
        return _argmax_labels(self.estimator_, X, self.method)

    def _describe(self, X, labels: np.ndarray, rows: np.ndarray) -> None:
        """Fill terms_, labels, sizes_, representatives_ from the fitted clusters."""
        k = self.k_
        ind = sp.csr_matrix((np.ones(len(labels)), (labels, np.arange(len(labels)))),
                            shape=(k, len(labels)))
        sizes = np.asarray(ind.sum(axis=1)).ravel()
        mean = np.asarray((ind @ X).todense()) / np.maximum(sizes, 1)[:, None]
        present = (X > 0).astype(np.float64)
        df_in = np.asarray((ind @ present).todense())
        df_all = df_in.sum(axis=0)
        eps = 1.0 / len(labels)
        p_in = df_in / np.maximum(sizes, 1)[:, None]
        p_out = (df_all[None, :] - df_in) / np.maximum(len(labels) - sizes, 1)[:, None]
        score = mean * np.log((p_in + eps) / (p_out + eps))
        vocab = self.vectorizer_.get_feature_names_out()
        self.terms_ = [_top_terms(score[c], vocab, self.n_terms) for c in range(k)]
        self.labels = ["、".join(t[:3]) for t in self.terms_]
        self.sizes_ = [int(s) for s in sizes]
        norms = np.linalg.norm(mean, axis=1)
        cos = np.asarray(X @ (mean / np.maximum(norms, 1e-12)[:, None]).T)
        reps = []
        for c in range(k):
            members = np.flatnonzero(labels == c)
            reps.append(int(rows[members[np.argmax(cos[members, c])]]) if len(members) else -1)
        self.representatives_ = reps

    # ------------------------------------------------------------------ applying
    def _vectorize(self, texts) -> sp.csr_matrix:
        if not hasattr(self, "labels_"):
            raise ValueError("this ThemeModel is not fitted yet: call fit(texts) first")
        texts = _as_texts(texts)
        if self.vectorizer_ is None:
            return sp.csr_matrix((len(texts), 0))
        return sp.csr_matrix(self.vectorizer_.transform(texts))

    def transform(self, texts: Sequence[str]) -> np.ndarray:
        """Per text: distances to each theme centre (kmeans) or theme weights (nmf), shape (n, k_)."""
        X = self._vectorize(texts)
        if self.estimator_ is None:
            return np.zeros((X.shape[0], 0))
        return np.asarray(self.estimator_.transform(X))

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        """Theme of each text; -1 for a text with no term known to the model."""
        X = self._vectorize(texts)
        out = np.full(X.shape[0], -1, dtype=int)
        rows = np.flatnonzero(X.getnnz(axis=1) > 0) if X.shape[1] else np.array([], dtype=int)
        if len(rows) and self.estimator_ is not None:
            out[rows] = self._assign(X[rows])
        return out

    def tfidf(self, texts: Sequence[str]) -> sp.csr_matrix:
        """The sparse, l2-normalised TF-IDF rows of ``texts`` in the fitted vocabulary."""
        return self._vectorize(texts)


SINGLE_THREAD_BELOW = 1024  # reports; KMeans splits its work in chunks of 256 rows


def _threads_for(n: int):
    """One OpenMP thread for clustering fewer than SINGLE_THREAD_BELOW reports: their
    one to four chunks gain nothing from threads, and on a busy machine idle threads
    spinning for the others made k selection three times slower. Same results either way."""
    from contextlib import nullcontext

    from threadpoolctl import threadpool_limits

    return threadpool_limits(1) if n < SINGLE_THREAD_BELOW else nullcontext()


def _as_texts(texts) -> list:
    if isinstance(texts, str):
        raise TypeError("ThemeModel takes a sequence of texts, not one str; wrap it in a list")
    out = list(texts)
    for i, t in enumerate(out):
        if isinstance(t, (list, tuple)) and all(isinstance(w, str) for w in t):
            continue
        if not isinstance(t, str):
            raise TypeError(f"text {i} is {type(t).__name__}, not str (or a list of tokens); "
                            "decode or drop it first")
    return out


def _shuffled_terms(X, seed: int) -> sp.csr_matrix:
    """Null corpus for k selection: each term's weights moved to random reports.

    Keeps every term's document frequency and weights but destroys which terms
    occur together, i.e. any theme structure; rows are l2-normalised again.
    """
    rng = np.random.default_rng(seed)
    X = sp.csc_matrix(X, copy=True)
    n = X.shape[0]
    for j in range(X.shape[1]):
        a, b = X.indptr[j], X.indptr[j + 1]
        X.indices[a:b] = np.sort(rng.choice(n, b - a, replace=False))
    X = sp.csr_matrix(X)
    X.sort_indices()
    return sp.csr_matrix(normalize(X))


def _distinct_rows(X) -> int:
    """Number of distinct rows of a sparse matrix (k can not usefully exceed it)."""
    X = sp.csr_matrix(X)
    keys = {(X.indices[a:b].tobytes(), np.round(X.data[a:b], 9).tobytes())
            for a, b in zip(X.indptr[:-1], X.indptr[1:])}
    return max(len(keys), 1)


def _argmax_labels(est, X, method: str) -> np.ndarray:
    if method == "nmf":
        return np.asarray(est.transform(X)).argmax(axis=1).astype(int)
    return np.asarray(est.predict(X), dtype=int)


def _top_terms(score: np.ndarray, vocab: np.ndarray, n: int) -> list[str]:
    """Best-scoring positive terms, skipping one contained in (or containing) a chosen term."""
    out: list[str] = []
    for j in np.argsort(-score, kind="stable"):
        if score[j] <= 0 or len(out) >= n:
            break
        t = str(vocab[j])
        if not any(t in s or s in t for s in out):
            out.append(t)
    return out
