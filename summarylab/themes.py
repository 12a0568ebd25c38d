"""Themes across a corpus: ``ThemeModel`` (TF-IDF, LSA, Ward + KMeans), shares, hierarchy.

A scikit-learn style estimator. ``fit(texts)`` segments each report with the
government-domain tokenizer (``summarylab.segmentation.Tokenizer`` by default),
keeps only words that can name a theme, builds a sparse TF-IDF matrix
(sublinear tf, l2 rows), projects it on latent dimensions (LSA: truncated SVD,
rows l2-normalised again), and clusters the projected rows. The dimensions kept
are those whose singular value beats the same rank's in null corpora (Horn's
parallel analysis, below), at most ``n_components``.

Words that never name a theme are dropped: the shipped stop list
(``data/stopwords.txt``: 工作, 加强, 进一步, 一是, 我县 …), the genre words of
any source (``data/theme_genre.txt``: wire datelines 新华社/日电/记者, salutations
各位代表/同志们, verbs of reporting 指出/审议/批准, message-board 您好/回复),
jieba's function-word classes (因为, 除了, 某些 …), bare quantities (五年, 亿元,
第一个, 余起) and anonymised place codes (A3区, G4县, B市: letters and digits
standing for a name) -- domain terms and formulations (十四五, 三个代表, 河长制)
are always kept; terms in more than ``max_df`` of the reports go too.

Dimensions (``select_dims=True``): parallel analysis against a null corpus
    The SVD of the TF-IDF rows (of a random sample of at most ``sample_size``
    reports) and of ``n_null`` null corpora -- the same matrix with each term's
    weights moved to random reports (same document frequencies, no
    co-occurrence: no themes) -- on up to ``n_components`` dimensions; dimension
    j is kept while its singular value exceeds the null corpora's mean at rank j.
    What is left past that is noise that every report shares, and it blurs the
    clusters: at the true k, against 100 fixed dimensions, fudan-dev (68 kept)
    0.619 / 0.450 -> about the same, the State Council reports (11 kept)
    0.866 / 0.753 -> 0.903 / 0.860, the length/script mix (31 kept)
    0.355 / 0.157 -> 0.459 / 0.354, the small themes (36 kept) 0.933 / 0.811 ->
    0.946 / 0.866 (NMI / ARI). The mix had regressed when LSA replaced the plain
    TF-IDF KMeans: with 100 dimensions its short and long texts of one subject
    projected apart.

Choosing k (when ``k=None``): Ward merge cost against the null corpora
    A Ward tree is built on the projected rows of the sample. Undoing the split
    into k clusters costs the height of the tree's (n-k)-th merge. The same tree
    is built on the null corpora, projected on as many dimensions. ``gains_[k]``
    is the real merge height over the mean null height at the same k, and k is
    the largest value such that every split from 2 up to k costs at least
    ``split_gain`` (1.35) times what noise pays, or, if larger, the last k whose
    gain is still above 1.1 when the next split's falls below 1.0 (the edge where
    splitting turns into noise, as on small corpora whose gains stay low: the
    State Council reports, 1.33, 1.32, 1.20, 1.21, then 0.83). k = 1 when even
    the first split is no dearer than noise. There is no floor of its own: the
    null corpus is the reference.
    The final partition is KMeans on the projected rows of every report,
    started from the Ward clusters' centres (MiniBatchKMeans above
    ``minibatch_above`` reports). Then, with k automatic, two themes that share
    at least half of their distinguishing terms (``terms_``, below) are merged
    and KMeans refitted from the merged centres, until no pair does: a split a
    reader could not see (two themes labelled alike) is not a theme. On the State
    Council reports the Ward rule's ninth cluster split the formulaic NPC
    resolutions of 2013-2025 in two, both labelled 全国人民代表大会、主席令 (ARI 0.775
    against 0.860 at the true k); no pair of themes elsewhere shares more than a
    fifth of its terms. ``method="nmf"`` fits NMF on the TF-IDF matrix with the
    same k instead.

    Why this one. Measured with ``benchmarks/themes_eval.py`` (chosen-k NMI/ARI,
    true-k NMI/ARI of the same model) on fudan-dev (399 articles, 8 subjects,
    mixed styles), its first paragraphs (<= 300 chars), a length/script mix of
    4 subjects, 28 small themes (600-char chunks of 28 articles), the 72 State
    Council reports and NPC resolutions by era x type, and 2,000 generated
    reports (8 themes). Tried on the same matrices: silhouette (cosine) of
    KMeans on TF-IDF or LSA, alone or minus / over the null corpus's (picked
    k = 2 on the State Council corpus, 35-39 on fudan); NMF with k by topic
    coherence (NPMI of the top 10 terms: k = 39 on fudan-dev with ARI 0.25, and
    500 s for one corpus); the gap statistic on Ward within-cluster sums of
    squares (the gap grows with k on every text corpus: k = max_k); stability of
    Ward cuts across 80 % subsamples, minus the null's (k = 3 on fudan-dev, 14
    on the State Council reports); a null per split (the cluster's own reports
    with their terms shuffled, projected on the corpus SVD: every split of every
    corpus passed, gains 1.2-13). The Ward gain over the null was the only rule
    within reach of the oracle on all six. KMeans started from the Ward centres
    beat Ward alone and KMeans with random starts on five of the six. Fewer
    fixed dimensions (30) did better on fudan-dev and its first paragraphs but
    worse on the others; parallel analysis needs no number.

    ===============  ======  ======  =============  =============  ===================
    corpus           true k  k       NMI / ARI      at true k      before (k)
    ===============  ======  ======  =============  =============  ===================
    fudan-dev        8       13      0.671 / 0.503  0.619 / 0.450  0.652 / 0.455 (14)
    fudan-short      8       5       0.511 / 0.319  0.535 / 0.342  0.527 / 0.359 (5)
    fudan-mixed      4       4       0.459 / 0.354  0.459 / 0.354  0.448 / 0.194 (5)
    fudan-small      28      36      0.936 / 0.823  0.946 / 0.866  0.933 / 0.811 (28)
    gwr-era          8       8       0.903 / 0.860  0.903 / 0.860  0.845 / 0.674 (5)
    generated 2,000  8       8       1.000 / 1.000  1.000 / 1.000  0.982 / 0.971 (9)
    corpus/ (24)     6       6       1.000 / 1.000  1.000 / 1.000  1.000 / 1.000 (6)
    ===============  ======  ======  =============  =============  ===================

    "before" is this model with 100 fixed dimensions and no merging. Chosen k
    is within 0.05 of the true k's NMI and ARI on every corpus, or better. Weak
    spots: fudan-short stops at 5 of 8 subjects (gain 1.30 at 6), and the mix
    stays far below its long texts alone. Theme step over segmentation time:
    0.41 on the State Council reports, 0.06 on 10,000 generated ones (k 8, NMI
    and ARI 1.000), 0.50 to 1.06 on the fudan corpora but
    2.5 on fudan-short (3.3 s against 1.3 s of segmenting short texts), on a
    machine shared by eight (segmenting took 5 to 12 times its quiet time).
    A batch re-run with nothing changed reads the theme outputs from a JSON
    cache (``corpus.assemble``): on the State Council reports 2.0 s against
    140.8 s for the first run of the same code (assemble 0.38 s against 28 s).

Shares, hierarchy, examples
    ``shares_`` (and :meth:`theme_shares` for new texts) gives each report a
    distribution over themes: its usable words are cut into chunks of about
    ``chunk_tokens`` words, each chunk is assigned a theme, and the share is
    half the report's own theme (so ``labels_`` is always the dominant one) and
    half the word-weighted composition of its chunks. ``hierarchy_`` is a Ward
    tree over the theme centres: :meth:`broad_of` cuts it into any number of
    broad themes after fitting (no re-segmenting, no refit), each theme inside
    exactly one broad theme; :meth:`themes` tabulates either level.
    :meth:`examples` picks, per theme, sentences of its most central reports
    that hold most of its terms. :func:`theme_shares_by_year` averages shares by
    year (topics over time).

Labels
    ``terms_[c]`` lists the terms that distinguish cluster c from the rest: mean
    TF-IDF inside the cluster times log((p_in + e) / (p_out + e)), where p_in and
    p_out are the shares of reports inside and outside the cluster that use the
    term (a class-based TF-IDF). Terms contained in a better-ranked term are
    skipped; personal names (温家宝, 江泽民) are moved after the other terms, so a
    label names a topic, not an era's leaders. ``theme_labels_[c]`` joins the first
    three with "、".

Scaling
    Everything up to the projection stays sparse; k and the dimensions are
    chosen on at most ``sample_size`` reports, the SVD is fitted on that sample,
    and every report is projected and assigned, so the cost after segmentation
    is linear in the corpus. Fewer than ``SINGLE_THREAD_BELOW`` reports are
    clustered on one thread. For corpora too big to hold, :class:`ThemeStream`
    keeps only a deterministic sample of ``fit_size`` reports (:data:`FIT_SIZE`,
    20,000: the smallest hashes of (seed, doc_id), whatever the order of
    arrival), fits on it, and assigns every report's theme and shares in chunks
    of :data:`ASSIGN_CHUNK` reports read back from a temporary file (the Dask
    batch engine runs the chunks on its workers): memory is bounded by the
    sample and a chunk, not by the corpus (``benchmarks/themes_scale.py``). A
    report with no word of the sample's vocabulary gets theme -1.

Does not do: reading files, normalising script (give simplified text, as
``summarylab.analyze`` produces), per-document extraction (see ``corpus``);
topic models with word-level mixtures (LDA); sub-themes below the fitted k (the
hierarchy has broad themes above the themes: two levels).

Example
-------
>>> from summarylab.themes import ThemeModel
>>> m = ThemeModel(k=2, seed=0).fit(texts)            # doctest: +SKIP
>>> m.labels_, m.theme_labels_                        # doctest: +SKIP
(array([0, 0, 1, 1]), ['扶贫、贫困人口、易地搬迁', '污染、排放、环境'])
>>> m.predict(["今年新建污水处理厂三座。"])             # doctest: +SKIP
array([1])
>>> m.shares_[0]                                      # doctest: +SKIP
array([0.83, 0.17])
"""
from __future__ import annotations

import math
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from itertools import repeat
from numbers import Real
from typing import NamedTuple

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.cluster.hierarchy import fcluster, linkage
from sklearn.base import BaseEstimator
from sklearn.cluster import KMeans, MiniBatchKMeans
from sklearn.decomposition import NMF, TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize
from sklearn.utils.validation import check_is_fitted

from .parameters import check_df, check_k_method_seed, is_int
from .timeline import theme_shares_by_year, year_from_name
from .vocabulary import default_tokenizer, is_theme_word, person_names

__all__ = ["ThemeModel", "ThemeStream", "StreamedThemes", "assign_chunk", "theme_shares_by_year",
           "year_from_name", "FIT_SIZE"]

# A sentence for examples(): up to an end mark (or a line end).
_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")


class _Analyzer:
    """Picklable analyzer for TfidfVectorizer: tokenizer, then drop words that can not
    name a theme (see :func:`summarylab.vocabulary.is_theme_word`) and the model's extra stop words.

    Applied to pre-segmented token lists too, so tokens cut by an older tokenizer
    (a batch cache) are filtered the same way."""

    def __init__(self, tokenizer: Callable[[str], Iterable[str]], stop_words: frozenset[str]):
        self.tokenizer = tokenizer
        self.stop_words = stop_words

    def __call__(self, doc: str | list[str] | tuple[str, ...]) -> list[str]:
        stop = self.stop_words
        tokens = doc if isinstance(doc, (list, tuple)) else self.tokenizer(doc)
        return [t for t in tokens if t not in stop and is_theme_word(t)]


class ThemeModel(BaseEstimator):
    """Themes of a corpus with readable labels, shares, a hierarchy (module docstring).

    Parameters (keyword only; checked by ``fit``)
    ----------
    k : number of themes, or None to choose it against a null corpus (1 when nothing clusters).
    method : "kmeans" (KMeans on the LSA projection) or "nmf" (NMF on TF-IDF).
    max_k : largest k tried when k is None.
    seed : random state for sampling, SVD and clustering; same seed, same result.
    min_df, max_df : TfidfVectorizer document-frequency bounds (count or share).
        If they leave no term (tiny corpora) they are relaxed to 1 and 1.0.
    tokenizer : callable str -> tokens; default ``summarylab.segmentation.Tokenizer()``.
        Must be picklable (a module-level function or class) for the model to pickle.
    stop_words : extra words to ignore, on top of the tokenizer's own list.
    split_gain : a split into k themes is kept while its Ward merge cost is at least this
        many times the null corpus's (module docstring).
    n_components : most LSA dimensions.  select_dims : keep only those that beat the null
        corpora (parallel analysis, module docstring); False keeps all ``n_components``.
    n_null : null corpora averaged.
    sample_size : at most this many reports are used to choose k and fit the SVD.
    minibatch_above : use MiniBatchKMeans above this many reports.
    n_terms : number of terms kept per theme in ``terms_``.
    chunk_tokens : words per chunk when measuring a report's theme shares.
    n_jobs : threads for the SVDs of the parallel analysis (the corpus's and its null
        corpora's, fitted at once); None or 1: one after another. Same result either way.

    Fitted attributes
    -----------------
    labels_ : theme per fitted text (int array); -1 for a text with no usable term: none
        left after the tokenizer, ``stop_words``, single characters, min_df and max_df.
    k_ : number of themes found (0 when no text had a usable term).
    terms_ : list per theme of its distinguishing terms, best first.
    theme_labels_ : list per theme of a human label (the first three terms); also ``labels``.
    sizes_ : reports per theme.  representatives_ : index of the text nearest each theme centre.
    shares_ : (n, k_) theme shares per fitted text, rows sum to 1 (0 for unusable texts).
    gains_ : {k: Ward merge cost / null merge cost} tried during selection (empty when k given).
    hierarchy_ : scipy linkage matrix over the theme centres (None when k_ < 2).
    n_broad_ : default number of broad themes, round(sqrt(k_)).
    vectorizer_, svd_, estimator_ : the fitted TfidfVectorizer, TruncatedSVD (None when the
        vocabulary is too small to project) and clusterer (None if k_ == 0).
    """

    def __init__(self, *, k: int | None = None, method: str = "kmeans", max_k: int = 60,
                 seed: int = 0, min_df: int | float = 2, max_df: int | float = 0.8,
                 tokenizer: Callable[[str], Iterable[str]] | None = None,
                 stop_words: Iterable[str] | None = None, split_gain: float = 1.35,
                 n_components: int = 100, select_dims: bool = True, n_null: int = 3,
                 sample_size: int = 2000,
                 minibatch_above: int = 10000, n_terms: int = 10, chunk_tokens: int = 150,
                 n_jobs: int | None = None):
        self.k = k
        self.method = method
        self.max_k = max_k
        self.seed = seed
        self.min_df = min_df
        self.max_df = max_df
        self.tokenizer = tokenizer
        self.stop_words = stop_words
        self.split_gain = split_gain
        self.n_components = n_components
        self.select_dims = select_dims
        self.n_null = n_null
        self.sample_size = sample_size
        self.minibatch_above = minibatch_above
        self.n_terms = n_terms
        self.chunk_tokens = chunk_tokens
        self.n_jobs = n_jobs

    # ------------------------------------------------------------------ parameters
    def _validate(self) -> None:
        """Raise ValueError naming the first invalid parameter (called by ``fit``)."""
        check_k_method_seed(self.k, self.method, self.seed)
        for name, low in (("max_k", 2), ("sample_size", 3), ("minibatch_above", 1), ("n_terms", 1),
                          ("n_components", 2), ("n_null", 1), ("chunk_tokens", 1)):
            v = getattr(self, name)
            if not (is_int(v) and v >= low):
                raise ValueError(f"{name} must be an integer >= {low}, got {v!r}")
        if not isinstance(self.select_dims, bool):
            raise ValueError(f"select_dims must be True or False, got {self.select_dims!r}")
        check_df("min_df", self.min_df)
        check_df("max_df", self.max_df)
        if self.tokenizer is not None and not callable(self.tokenizer):
            raise ValueError("tokenizer must be a callable str -> list of tokens, or None for "
                             f"summarylab.segmentation.Tokenizer(); got {type(self.tokenizer).__name__}")
        if isinstance(self.stop_words, str) or not (
                self.stop_words is None or isinstance(self.stop_words, Iterable)):
            raise ValueError("stop_words must be a list/set of words (not one string) or None")
        if not (self.n_jobs is None or is_int(self.n_jobs) and self.n_jobs >= 1):
            raise ValueError(f"n_jobs must be None or an integer >= 1, got {self.n_jobs!r}")
        g = self.split_gain
        if not (isinstance(g, Real) and not isinstance(g, bool) and g > 0):
            raise ValueError(f"split_gain must be a number > 0 (1.35: a split must cost 35% more "
                             f"than on a null corpus), got {g!r}")

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
        self.k_, self.gains_ = 0, {}
        self.terms_, self.theme_labels_, self.sizes_, self.representatives_ = [], [], [], []
        self.vectorizer_, self.svd_, self.estimator_, self.hierarchy_ = None, None, None, None
        self.shares_, self.n_broad_ = np.zeros((n, 0)), 0
        self.centers_ = np.zeros((0, 0))
        analyzer = _Analyzer(self.tokenizer if self.tokenizer is not None else default_tokenizer(),
                             frozenset(self.stop_words or ()))
        words = [analyzer(t) for t in texts]  # segmented and filtered once
        X = self._fit_vectorizer(words, analyzer)
        if X is None:
            return self
        rows = np.flatnonzero(X.getnnz(axis=1) > 0)
        if len(rows) == 0:
            return self
        Xr = X[rows]
        sample = self._sample(len(rows))
        with _threads_for(len(sample)):
            self.svd_, nulls = self._fit_svd(Xr[sample])
            Z = self._project(Xr)
            tree = linkage(Z[sample], "ward") if len(sample) >= 2 else None
            cap = self._k_cap(Xr)
            self.k_ = (self._choose_k(nulls, tree) if self.k is None else min(self.k, cap))
            self.k_ = max(1, min(self.k_, cap))
        with _threads_for(len(rows)):
            init = self._ward_centres(Z[sample], tree)
            self.k_, self.estimator_ = self._fit_estimator(Xr, Z, init)
            self.labels_[rows] = self._assign(Xr, Z)
            self._describe(Xr, Z, self.labels_[rows], rows)
            while self.k is None and self.method == "kmeans" and self._merge_twins(Xr, Z, rows):
                pass
        self.shares_ = self._shares(words, self.labels_)
        return self

    def fit_predict(self, texts: Sequence[str], y=None) -> np.ndarray:
        """Fit and return ``labels_``."""
        return self.fit(texts).labels_

    def _fit_vectorizer(self, words: list[list[str]], analyzer: "_Analyzer"):
        for min_df, max_df in ((self.min_df, self.max_df), (1, 1.0)):
            vec = TfidfVectorizer(analyzer=list, sublinear_tf=True, min_df=min_df,
                                  max_df=max_df, dtype=np.float64)   # words: analysed once
            try:
                X = vec.fit_transform(words)
            except ValueError:  # no term left after pruning, or no term at all
                continue
            vec.set_params(analyzer=analyzer)   # transform() analyses what it is given
            self.vectorizer_ = vec
            return sp.csr_matrix(X)
        return None

    def _sample(self, n: int) -> np.ndarray:
        """Indices of the reports that choose k and fit the SVD (all when few)."""
        if n <= self.sample_size:
            return np.arange(n)
        return np.sort(np.random.default_rng(self.seed).choice(n, self.sample_size, replace=False))

    def _fit_svd(self, X) -> tuple[TruncatedSVD | None, list[np.ndarray]]:
        """(SVD kept to the dimensions that beat the null, null projections on as many).

        Horn's parallel analysis: the SVD of ``X`` and of ``n_null`` null corpora
        (:func:`_shuffled_terms`) on up to ``n_components`` dimensions; dimension j is kept
        while its singular value exceeds the mean null one at rank j (at least 2)."""
        d = min(self.n_components, X.shape[0] - 1, X.shape[1] - 1)
        if d < 2:
            return None, []
        def fit(b: int | None) -> tuple[TruncatedSVD, np.ndarray | None]:
            """The SVD of X (b None) or of null corpus b, and the null's projection."""
            Xb = X if b is None else _shuffled_terms(X, self.seed + b)
            svd_b = TruncatedSVD(d, random_state=self.seed).fit(Xb)
            return svd_b, None if b is None else svd_b.transform(Xb)

        jobs = [None, *range(self.n_null)]
        threads = min(self.n_jobs or 1, len(jobs))
        if threads > 1:   # NumPy and SciPy let go of the GIL in the matrix products
            from concurrent.futures import ThreadPoolExecutor

            with ThreadPoolExecutor(threads) as pool:
                fits = list(pool.map(fit, jobs))
        else:
            fits = [fit(b) for b in jobs]
        svd = fits[0][0]
        null_rows = [rows for _, rows in fits[1:]]
        null_sv = np.zeros(d)
        for f, _ in fits[1:]:
            null_sv += f.singular_values_ / self.n_null
        if self.select_dims:
            below = np.flatnonzero(svd.singular_values_ <= null_sv)
            d = max(2, int(below[0])) if len(below) else d
        return _truncated(svd, d), [normalize(Zn[:, :d]) for Zn in null_rows]

    def _project(self, X) -> np.ndarray:
        """LSA rows, l2-normalised (the TF-IDF rows themselves, dense, when there is no SVD)."""
        Z = self.svd_.transform(X) if self.svd_ is not None else np.asarray(X.todense())
        return normalize(Z)

    def _k_cap(self, X) -> int:
        """Largest usable k: distinct reports (and, for NMF, terms)."""
        cap = _distinct_rows(X)
        return max(1, min(cap, X.shape[1])) if self.method == "nmf" else cap

    def _choose_k(self, nulls: list[np.ndarray], tree) -> int:
        """Largest k whose splits 2..k all cost ``split_gain`` times the null's (docstring);
        ``nulls`` are the null corpora's projected rows (:meth:`_fit_svd`)."""
        if tree is None or self.svd_ is None or not nulls:
            return 1
        n = len(tree) + 1
        top = min(self.max_k, n - 1)
        if top < 2:
            return 1
        null = np.mean([linkage(Zn, "ward")[:, 2] for Zn in nulls], axis=0)
        self.gains_ = {k: float(tree[n - k, 2] / max(null[n - k], 1e-12)) for k in range(2, top + 1)}
        return _k_from_gains(self.gains_, self.split_gain)

    def _ward_centres(self, Zs, tree) -> np.ndarray:
        """Centres of the Ward tree cut into ``k_`` clusters (the mean row when k_ == 1)."""
        if tree is not None and self.k_ > 1:
            cut = fcluster(tree, self.k_, "maxclust") - 1
            return np.vstack([Zs[cut == c].mean(axis=0) for c in np.unique(cut)])
        return Zs.mean(axis=0, keepdims=True)

    def _fit_estimator(self, X, Z, init):
        """(k, fitted clusterer): NMF on TF-IDF, or KMeans on Z started from ``init``."""
        if self.method == "nmf":
            k = self.k_
            return k, NMF(n_components=k, init="nndsvda", random_state=self.seed, max_iter=500).fit(X)
        k = len(init)
        if len(Z) > self.minibatch_above:
            est = MiniBatchKMeans(n_clusters=k, init=init, n_init=1, random_state=self.seed,
                                  batch_size=4096)
        else:
            est = KMeans(n_clusters=k, init=init, n_init=1, random_state=self.seed)
        return k, est.fit(Z)

    def _merge_twins(self, X, Z, rows) -> bool:
        """Merge the two themes whose distinguishing terms overlap most, if at least
        ``MERGE_OVERLAP`` of the shorter list is shared (a reader could not tell them
        apart: on the State Council corpus two themes both labelled 全国人民代表大会、主席令,
        one formulaic resolution split in two), and refit from the merged centres.
        Returns True when it merged."""
        k = self.k_
        if k < 2:
            return False
        sets = [set(t) for t in self.terms_]
        best, pair = 0.0, None
        for a in range(k):
            for b in range(a + 1, k):
                if sets[a] and sets[b]:
                    o = len(sets[a] & sets[b]) / min(len(sets[a]), len(sets[b]))
                    if o > best:
                        best, pair = o, (a, b)
        if pair is None or best < MERGE_OVERLAP:
            return False
        a, b = pair
        sizes = np.asarray(self.sizes_, dtype=float)
        centres = self.estimator_.cluster_centers_
        merged = (sizes[a] * centres[a] + sizes[b] * centres[b]) / max(sizes[a] + sizes[b], 1.0)
        init = np.vstack([merged] + [centres[c] for c in range(k) if c not in pair])
        self.k_, self.estimator_ = self._fit_estimator(X, Z, init)
        self.labels_[rows] = self._assign(X, Z)
        self._describe(X, Z, self.labels_[rows], rows)
        return True

    def _assign(self, X, Z=None) -> np.ndarray:
        if self.method == "nmf":
            return np.asarray(self.estimator_.transform(X)).argmax(axis=1).astype(int)
        return np.asarray(self.estimator_.predict(self._project(X) if Z is None else Z), dtype=int)

    def _describe(self, X, Z, labels: np.ndarray, rows: np.ndarray) -> None:
        """Fill terms_, theme_labels_, sizes_, representatives_, centers_, hierarchy_."""
        k = self.k_
        ind = sp.csr_matrix((np.ones(len(labels)), (labels, np.arange(len(labels)))),
                            shape=(k, len(labels)))
        sizes = np.asarray(ind.sum(axis=1)).ravel()
        self._mean_ = sp.csr_matrix(sp.diags(1 / np.maximum(sizes, 1)) @ (ind @ X))
        self._df_ = sp.csr_matrix(ind @ (X > 0).astype(np.float64))
        self.terms_ = self._terms_of(self._mean_, self._df_, sizes)
        self.theme_labels_ = ["、".join(t[:3]) for t in self.terms_]
        self.sizes_ = [int(s) for s in sizes]
        centers = normalize(np.asarray((ind @ sp.csr_matrix(Z)).todense()))
        self.centers_ = centers
        cos = Z @ centers.T
        reps = []
        for c in range(k):
            members = np.flatnonzero(labels == c)
            reps.append(int(rows[members[np.argmax(cos[members, c])]]) if len(members) else -1)
        self.representatives_ = reps
        self.hierarchy_ = linkage(centers, "ward") if k >= 2 else None
        self.n_broad_ = max(1, round(math.sqrt(k)))

    def _terms_of(self, mean, df_in, sizes) -> list[list[str]]:
        """Class-based TF-IDF terms of each group (rows of ``mean``/``df_in``)."""
        total = float(np.sum(sizes))
        eps = 1.0 / max(total, 1.0)
        df_all = np.asarray(df_in.sum(axis=0)).ravel()
        vocab = self.vectorizer_.get_feature_names_out()
        out = []
        for c in range(mean.shape[0]):
            m = np.asarray(mean[c].todense()).ravel()
            d = np.asarray(df_in[c].todense()).ravel()
            p_in = d / max(sizes[c], 1)
            p_out = (df_all - d) / max(total - sizes[c], 1)
            out.append(_top_terms(m * np.log((p_in + eps) / (p_out + eps)), vocab, self.n_terms))
        return out

    # ------------------------------------------------------------------ shares
    def _shares(self, words: list[list[str]], labels: np.ndarray) -> np.ndarray:
        """Per text: ½ its own theme + ½ the word-weighted themes of its chunks (rows sum to 1)."""
        n, k = len(words), self.k_
        out = np.zeros((n, k))
        if k == 0:
            return out
        vocab = self.vectorizer_.vocabulary_
        chunks, owner, weight = [], [], []
        for i, toks in enumerate(words):
            if labels[i] < 0:
                continue
            toks = [t for t in toks if t in vocab]
            m = max(1, round(len(toks) / self.chunk_tokens))
            size = math.ceil(len(toks) / m)
            for j in range(0, len(toks), size):
                chunks.append(toks[j:j + size])
                owner.append(i)
                weight.append(len(chunks[-1]))
        if chunks:
            lab = self._assign(self._tfidf_known(chunks))
            np.add.at(out, (np.asarray(owner), lab), np.asarray(weight, dtype=float))
        used = np.flatnonzero(labels >= 0)
        sums = out[used].sum(axis=1, keepdims=True)
        out[used] = 0.5 * out[used] / np.maximum(sums, 1e-12)
        out[used, labels[used]] += 0.5 + 0.5 * (sums.ravel() == 0)
        return out

    def _labels_and_shares(self, texts) -> tuple[np.ndarray, np.ndarray]:
        """(theme, shares) of new texts or token lists: :meth:`predict` and
        :meth:`theme_shares` with one pass of the analyzer (ThemeStream's assignment)."""
        check_is_fitted(self, "labels_")
        texts = _as_texts(texts)
        if self.vectorizer_ is None:
            return np.full(len(texts), -1, dtype=int), np.zeros((len(texts), self.k_))
        words = [self.vectorizer_.analyzer(t) for t in texts]
        labels = self.predict(words)
        return labels, self._shares(words, labels)

    def _tfidf_known(self, chunks: list[list[str]]) -> sp.csr_matrix:
        """TF-IDF rows (as ``vectorizer_.transform`` gives them: sublinear tf, idf, l2) of
        token lists that hold only vocabulary words, without running the analyzer again."""
        vocab = self.vectorizer_.vocabulary_
        cols = [vocab[t] for toks in chunks for t in toks]
        rows = np.repeat(np.arange(len(chunks)), [len(toks) for toks in chunks])
        X = sp.csr_matrix((np.ones(len(cols)), (rows, cols)),
                          shape=(len(chunks), len(vocab)))   # duplicates summed: counts
        X.sum_duplicates()
        X.data = (1.0 + np.log(X.data)) * self.vectorizer_.idf_[X.indices]
        return sp.csr_matrix(normalize(X))

    def theme_shares(self, texts: Sequence[str]) -> np.ndarray:
        """Theme shares of new texts, shape (n, k_); a row of zeros for a text with no known term."""
        check_is_fitted(self, "labels_")
        texts = _as_texts(texts)
        if self.vectorizer_ is None:
            return np.zeros((len(texts), self.k_))
        words = [self.vectorizer_.analyzer(t) for t in texts]
        return self._shares(words, self.predict(words))

    # ------------------------------------------------------------------ hierarchy
    def broad_of(self, n_broad: int | None = None) -> np.ndarray:
        """Broad theme of each theme when the theme tree is cut into ``n_broad`` groups
        (default ``n_broad_``); numbered by first appearance, so theme 0 is in group 0."""
        check_is_fitted(self, "labels_")
        n_broad = self.n_broad_ if n_broad is None else n_broad
        if not (is_int(n_broad) and n_broad >= 1):
            raise ValueError(f"n_broad must be an integer >= 1, got {n_broad!r}")
        if self.hierarchy_ is None or n_broad >= self.k_:
            return np.arange(self.k_)
        cut = fcluster(self.hierarchy_, n_broad, "maxclust")
        order = {c: i for i, c in enumerate(dict.fromkeys(cut.tolist()))}
        return np.array([order[c] for c in cut], dtype=int)

    def themes(self, level: str = "theme", n_broad: int | None = None) -> pd.DataFrame:
        """The themes as a table: ``level="theme"`` (theme, broad, label, size, terms) or
        ``level="broad"`` (broad, label, size, terms, themes), re-cut without refitting.

        >>> m.themes("broad", n_broad=2)          # doctest: +SKIP
        """
        check_is_fitted(self, "labels_")
        broad = self.broad_of(n_broad)
        if level == "theme":
            return pd.DataFrame({"theme": range(self.k_), "broad": broad, "label": self.theme_labels_,
                                 "size": self.sizes_, "terms": self.terms_})
        if level != "broad":
            raise ValueError(f"level must be 'theme' or 'broad', got {level!r}")
        groups = int(broad.max()) + 1 if self.k_ else 0
        ind = sp.csr_matrix((np.ones(self.k_), (broad, np.arange(self.k_))), shape=(groups, self.k_))
        sizes = ind @ np.asarray(self.sizes_, dtype=float)
        mean = sp.diags(1 / np.maximum(sizes, 1)) @ ind @ sp.diags(np.asarray(self.sizes_, float)) @ self._mean_
        terms = self._terms_of(sp.csr_matrix(mean), sp.csr_matrix(ind @ self._df_), sizes)
        return pd.DataFrame({"broad": range(groups), "label": ["、".join(t[:3]) for t in terms],
                             "size": sizes.astype(int), "terms": terms,
                             "themes": [np.flatnonzero(broad == g).tolist() for g in range(groups)]})

    # ------------------------------------------------------------------ examples
    def examples(self, texts: Sequence[str], n: int = 3, docs: int = 3) -> list[list[str]]:
        """Per theme, ``n`` example sentences: from its ``docs`` texts nearest the centre
        (``texts`` are the fitted texts, in order), those holding most of its terms.

        >>> m.examples(texts)[0]      # doctest: +SKIP
        ['今年新建污水处理厂三座，整治黑臭水体十二条。', …]
        """
        check_is_fitted(self, "labels_")
        if len(texts) != len(self.labels_):
            raise ValueError("examples() takes the texts the model was fitted on, in order")
        out = []
        for c in range(self.k_):
            weights = {t: 1.0 / (1 + r) for r, t in enumerate(self.terms_[c])}
            cands: dict[str, float] = {}
            for i in self._central(c, docs):
                if not isinstance(texts[i], str):
                    continue
                for m in _SENTENCE.finditer(texts[i]):
                    s = m.group().strip()
                    if 12 <= len(s) <= 150:
                        score = sum(w for t, w in weights.items() if t in s)
                        if score > 0:
                            cands[s] = max(cands.get(s, 0.0), score / math.sqrt(len(s) / 40 + 1))
            out.append(sorted(cands, key=lambda s: (-cands[s], s))[:n])
        return out

    def _central(self, c: int, docs: int) -> list[int]:
        """Indices of the fitted texts of theme c nearest its centre, nearest first."""
        members = np.flatnonzero(self.labels_ == c)
        if len(members) <= 1:
            return members.tolist()
        order = np.argsort(-self.shares_[members, c], kind="stable")
        rep = self.representatives_[c]
        return list(dict.fromkeys([rep] + members[order].tolist()))[:docs]

    # ------------------------------------------------------------------ applying
    @property
    def labels(self) -> list[str]:
        """``theme_labels_`` (kept for code written before the trailing underscore)."""
        check_is_fitted(self, "labels_")
        return self.theme_labels_

    def _vectorize(self, texts) -> sp.csr_matrix:
        check_is_fitted(self, "labels_")
        texts = _as_texts(texts)
        if self.vectorizer_ is None:
            return sp.csr_matrix((len(texts), 0))
        return sp.csr_matrix(self.vectorizer_.transform(texts))

    def transform(self, texts: Sequence[str]) -> np.ndarray:
        """Per text: distances to each theme centre (kmeans, in LSA space) or theme weights
        (nmf), shape (n, k_)."""
        X = self._vectorize(texts)
        if self.estimator_ is None:
            return np.zeros((X.shape[0], 0))
        if self.method == "nmf":
            return np.asarray(self.estimator_.transform(X))
        return np.asarray(self.estimator_.transform(self._project(X)))

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


FIT_SIZE = 20_000   # documents a streamed fit (ThemeStream) fits on; the rest are assigned
ASSIGN_CHUNK = 2_000  # documents assigned at a time by ThemeStream
ASSIGN_WORDS = 1_000_000   # ... or fewer, when they hold this many theme words


class ThemeStream:
    """Themes of a corpus too big to hold: fit on a bounded sample, assign the rest.

    :meth:`add` takes the documents one at a time (a key such as the doc_id, its
    tokens or text, and an optional payload such as the text for examples); it keeps
    in memory only the ``fit_size`` documents whose hash of (seed, key) is smallest --
    a deterministic sample, the same whatever the order of arrival -- and writes
    every document's theme words to a temporary file. :meth:`finish` fits the model
    on the sample, then reads the file back ``chunk`` documents at a time and assigns
    each its theme and shares: :func:`assign_chunk` in this process, or, when there are
    more documents than ``fit_size``, ``mapper(model, chunks)`` if given (an iterator of
    ``assign_chunk`` results in order: the Dask engine runs them on its workers). Memory
    is bounded by the sample and one chunk (plus one int and a few shares per
    document), not by the corpus.

    >>> stream = ThemeStream(ThemeModel(k=2), fit_size=3)       # doctest: +SKIP
    >>> for doc_id, text in docs: stream.add(doc_id, text)       # doctest: +SKIP
    >>> out = stream.finish(); out.labels, out.shares            # doctest: +SKIP
    """

    def __init__(self, model: "ThemeModel", *, fit_size: int = FIT_SIZE, chunk: int = ASSIGN_CHUNK):
        model._validate()
        if not (is_int(fit_size) and fit_size >= 1 and is_int(chunk) and chunk >= 1):
            raise ValueError(f"fit_size and chunk must be integers >= 1, got {fit_size!r}, {chunk!r}")
        import tempfile

        self.model, self.fit_size, self.chunk = model, fit_size, chunk
        self._analyzer = _Analyzer(model.tokenizer if model.tokenizer is not None
                                   else default_tokenizer(), frozenset(model.stop_words or ()))
        self._heap: list = []   # (-hash, position, words as JSON, payload): the sample
        self._spill = tempfile.TemporaryFile("w+", encoding="utf-8")
        self.n = 0

    def add(self, key: str, terms: str | list[str], payload=None) -> None:
        """One document: ``terms`` its tokens (or text, segmented here); ``payload`` is
        kept only if the document is in the sample (``StreamedThemes.payloads``)."""
        import hashlib
        import heapq
        import json

        line = json.dumps(self._analyzer(terms), ensure_ascii=False)
        self._spill.write(line + "\n")
        h = int.from_bytes(hashlib.blake2b(f"{self.model.seed}\0{key}".encode("utf-8", "surrogatepass"),
                                           digest_size=8).digest(), "big")
        item = (-h, self.n, line, payload)
        if len(self._heap) < self.fit_size:
            heapq.heappush(self._heap, item)
        elif -h > self._heap[0][0]:
            heapq.heapreplace(self._heap, item)
        self.n += 1

    def finish(self, mapper: Callable | None = None) -> "StreamedThemes":
        """Fit on the sample and assign every document (module docstring of the class)."""
        import json

        sample = sorted(self._heap, key=lambda item: item[1])
        self._heap = []
        positions = np.array([item[1] for item in sample], dtype=int)
        payloads = [item[3] for item in sample]
        # interned: the sample's word lists then share one object per distinct word
        model = self.model.fit([[sys.intern(w) for w in json.loads(item[2])] for item in sample])
        del sample
        labels = np.full(self.n, -1, dtype=int)
        rows, themes, values = [], [], []
        self._spill.seek(0)
        if mapper is None or self.n <= self.fit_size:   # all fitted: assigning is cheap here
            results = map(partial(assign_chunk, model), self._chunks())   # one chunk alive
        else:
            results = mapper(model, self._chunks())
        start = 0
        for lab, shares in results:
            labels[start:start + len(lab)] = lab
            i, j = np.nonzero(shares)
            rows.append(i + start)
            themes.append(j)
            values.append(shares[i, j])
            start += len(lab)
        self.close()
        cat = (lambda parts, dtype: np.concatenate(parts).astype(dtype) if parts else np.zeros(0, dtype))
        return StreamedThemes(model, labels, cat(rows, int), cat(themes, int), cat(values, float),
                              positions, payloads)

    def close(self) -> None:
        """Drop the sample and the temporary file (``finish`` does this itself)."""
        self._heap = []
        self._spill.close()

    def _chunks(self) -> Iterable[list[list[str]]]:
        """The spilled documents' words, ``chunk`` documents (or ASSIGN_WORDS words) at a
        time, interned (one object per distinct word, also once in a pickle)."""
        import json

        chunk: list[list[str]] = []
        words = 0
        for line in self._spill:
            chunk.append([sys.intern(w) for w in json.loads(line)])
            words += len(chunk[-1])
            if len(chunk) >= self.chunk or words >= ASSIGN_WORDS:
                yield chunk
                chunk, words = [], 0
        if chunk:
            yield chunk


def assign_chunk(model: "ThemeModel", chunk: list) -> tuple[np.ndarray, np.ndarray]:
    """(theme per document, shares (n, k)) of a chunk of texts or token lists, with a
    fitted model (module level, so that a Dask worker can run it)."""
    return model._labels_and_shares(chunk)


class StreamedThemes(NamedTuple):
    """What :meth:`ThemeStream.finish` gives: the model fitted on the sample; per
    document (in the order added) its theme (-1 when it has no known term); its
    non-zero shares as (row, theme, share) arrays; the sample's positions (in the
    order the model was fitted on them) and payloads."""

    model: "ThemeModel"
    labels: np.ndarray
    share_rows: np.ndarray
    share_themes: np.ndarray
    share_values: np.ndarray
    sample: np.ndarray
    payloads: list

    @property
    def sizes(self) -> list[int]:
        """Documents per theme, over every document (not only the sample)."""
        used = self.labels[self.labels >= 0]
        return np.bincount(used, minlength=self.model.k_).astype(int).tolist()


EDGE_GAIN, NOISE_GAIN = 1.1, 1.0
MERGE_OVERLAP = 0.5   # share of the shorter term list two themes hold in common to be merged


def _k_from_gains(gains: dict[int, float], split_gain: float) -> int:
    """k from the Ward gains over the null (module docstring): the largest k whose splits
    2..k all reach ``split_gain``, or, if larger, the last k still above EDGE_GAIN whose
    next split falls below NOISE_GAIN (the edge where splitting turns into noise, as on
    small corpora, whose gains stay low).

    >>> _k_from_gains({2: 2.0, 3: 1.5, 4: 1.05, 5: 0.9}, 1.35), _k_from_gains({2: 1.2, 3: 1.16, 4: 0.95}, 1.35)
    (3, 3)
    >>> _k_from_gains({2: 2.0, 3: 1.5, 4: 1.2, 5: 0.9}, 1.35)   # 4 is the edge: 5 splits noise
    4
    """
    k = 1
    while k + 1 in gains and gains[k + 1] >= split_gain:
        k += 1
    edges = [j for j in gains if gains[j] >= EDGE_GAIN and gains.get(j + 1, np.inf) < NOISE_GAIN]
    return max([k, *edges])


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
        if isinstance(t, (list, tuple)) and all(map(isinstance, t, repeat(str))):   # at C speed
            continue
        if not isinstance(t, str):
            raise TypeError(f"text {i} is {type(t).__name__}, not str (or a list of tokens); "
                            "decode or drop it first")
    return out


def _shuffled_terms(X, seed: int) -> sp.csr_matrix:
    """Null corpus for k selection: each term's weights moved to random reports.

    Keeps every term's document frequency and weights but destroys which terms
    occur together, i.e. any theme structure; rows are l2-normalised again. The
    reports of all terms are drawn at once (:func:`_distinct_draws`), not term by term.
    """
    X = sp.csc_matrix(X, copy=True)
    draws = _distinct_draws(np.random.default_rng(seed), np.diff(X.indptr), X.shape[0])
    X.indices = draws.astype(X.indices.dtype)
    X = sp.csr_matrix(X)
    X.sort_indices()
    return sp.csr_matrix(normalize(X))


def _distinct_draws(rng: np.random.Generator, counts: np.ndarray, n: int) -> np.ndarray:
    """For each count m, m distinct numbers of range(n), ascending; all concatenated.

    Every slot draws a number; a number drawn twice in the same group keeps its first
    slot and the others draw again, until none repeats. Nothing in this favours one
    number over another, so each group is a uniform random m-subset. A group of more
    than n/2 draws its complement instead, so that a repeat is never likelier than
    even and a few rounds suffice.

    >>> _distinct_draws(np.random.default_rng(0), np.array([2, 3, 0, 1]), 3).tolist()
    [0, 1, 0, 1, 2, 1]
    """
    counts = np.asarray(counts, dtype=np.int64)
    flip = counts > n // 2
    group = np.repeat(np.arange(len(counts)), np.where(flip, n - counts, counts))
    value = rng.integers(n, size=len(group))
    while True:
        key = group * n + value
        order = np.argsort(key, kind="stable")
        again = np.zeros(len(key), dtype=bool)
        again[order[1:]] = key[order[1:]] == key[order[:-1]]
        if not again.any():
            break
        value[again] = rng.integers(n, size=int(again.sum()))
    keys = group * n + value
    flipped = np.flatnonzero(flip)
    if len(flipped):   # the complements: a mask over the flipped groups only (few: max_df)
        row = np.full(len(counts), -1)
        row[flipped] = np.arange(len(flipped))
        kept = np.ones((len(flipped), n), dtype=bool)
        drawn = flip[group]
        kept[row[group[drawn]], value[drawn]] = False
        r, c = np.nonzero(kept)
        keys = np.concatenate([keys[~drawn], flipped[r] * n + c])
    return np.sort(keys) % n      # group by group, ascending within each


def _truncated(svd: TruncatedSVD, d: int) -> TruncatedSVD:
    """A fitted TruncatedSVD cut to its first ``d`` dimensions (they are ordered)."""
    if d >= svd.n_components:
        return svd
    svd.n_components = d
    for name in ("components_", "explained_variance_", "explained_variance_ratio_",
                 "singular_values_"):
        setattr(svd, name, getattr(svd, name)[:d])
    return svd


def _distinct_rows(X) -> int:
    """Number of distinct rows of a sparse matrix (k can not usefully exceed it)."""
    X = sp.csr_matrix(X)
    keys = {(X.indices[a:b].tobytes(), np.round(X.data[a:b], 9).tobytes())
            for a, b in zip(X.indptr[:-1], X.indptr[1:])}
    return max(len(keys), 1)


def _top_terms(score: np.ndarray, vocab: np.ndarray, n: int) -> list[str]:
    """Best-scoring positive terms, skipping one contained in (or containing) a chosen term;
    personal names (jieba's nr/nrfg words: 温家宝, 江泽民) go after the others, since
    they date a theme rather than name it."""
    out: list[str] = []
    for j in np.argsort(-score, kind="stable"):
        if score[j] <= 0 or len(out) >= n:
            break
        t = str(vocab[j])
        if not any(t in s or s in t for s in out):
            out.append(t)
    names = person_names()
    return [t for t in out if t not in names] + [t for t in out if t in names]


