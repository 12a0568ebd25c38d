"""A corpus in, tidy tables out: ``analyze_corpus`` and its two halves.

``analyze_document(doc, doc_id)`` runs :func:`summarylab.analyze` on one read
:class:`~summarylab.readers.Document` and returns a picklable
:class:`DocumentResult` (this is the part a batch engine runs in worker
processes). ``assemble(results)`` concatenates the per-document tables, fits a
:class:`~summarylab.themes.ThemeModel` on the documents that have text, and
returns a :class:`CorpusResult`. ``analyze_corpus(source)`` does both, in this
process, for a folder, a list of paths or a list of texts.

Tables of a CorpusResult (every one carries ``doc_id`` as its first column):

documents
    doc_id, file, title, year (Int64: the document year, :func:`summarylab.periods.document_year`,
    <NA> when unknown), script, encoding, chars, status, error, theme (int, -1
    when none: failed, empty or no usable term), theme_label, n_indicators,
    n_measures, n_slogans, n_quality.
themes
    theme, label, size, top_terms (list of str), representative (doc_id), broad (int:
    the broad theme it belongs to, ``ThemeModel.broad_of()``), broad_label, examples
    (list of two or three sentences of its most central reports).
theme_shares
    doc_id, theme, share: each themed document's distribution over themes (shares of
    a document sum to 1; zero shares are left out); ``documents.theme`` is the dominant one.
theme_years
    year, theme, share, documents: mean theme share of the documents of each year
    (:func:`summarylab.themes.theme_shares_by_year`), years from ``years=`` or, by
    default, ``documents.year`` (title, file name, date lines); empty when none has a year.
indicators, measures, slogans, citations, quality
    the per-document tables of :class:`summarylab.analysis.Analysis`, stacked.
panel
    the indicator rows that name a standard indicator, with file and year
    (:func:`summarylab.panel.indicator_panel`; computed on first access).

Not done here: parallelism, caching, writing files (see ``batch``/``cli``).
Failures never raise: a file that can not be read or analysed stays in
``documents`` with its ``status`` ("empty", "undecodable", "error", …) and ``error``.

``doc_id`` of a file is its path relative to the source folder (POSIX
separators), so re-runs give identical ids; for a list of paths, relative to
their common folder; for a list of texts, "doc0001", "doc0002", ….

Example
-------
>>> from summarylab.corpus import analyze_corpus
>>> res = analyze_corpus(["今年新建污水处理厂三座……", "全年帮助贫困户脱贫……"], k=2)  # doctest: +SKIP
>>> res.documents[["doc_id", "theme", "theme_label"]]                                # doctest: +SKIP
>>> res.similar("doc0001", n=3)                                                      # doctest: +SKIP
"""
from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
import pandas as pd

from . import readers, titles
from .cleaning import clean, names_line
from .normalisation import normalise, to_script
from .parameters import check_k_method_seed
from .periods import document_year
from .timeline import theme_shares_by_year, year_from_name
from .vocabulary import default_tokenizer, is_theme_word

if TYPE_CHECKING:   # the model needs scikit-learn, imported where themes are fitted
    from .themes import ThemeModel, ThemeStream

__all__ = ["DocumentResult", "CorpusResult", "analyze_document", "assemble", "analyze_corpus",
           "TABLES", "DOCUMENT_COLUMNS", "THEME_COLUMNS", "SHARE_COLUMNS", "YEAR_COLUMNS"]

TABLES = ("indicators", "measures", "slogans", "citations", "quality")
DOCUMENT_COLUMNS = ["doc_id", "file", "title", "year", "script", "encoding", "chars", "status", "error",
                    "theme", "theme_label", "n_indicators", "n_measures", "n_slogans", "n_quality"]
THEME_COLUMNS = ["theme", "label", "size", "top_terms", "representative", "broad", "broad_label",
                 "examples"]
SHARE_COLUMNS = ["doc_id", "theme", "share"]
YEAR_COLUMNS = ["year", "theme", "share", "documents"]
_COUNTED = ("indicators", "measures", "slogans", "quality")


@dataclass
class DocumentResult:
    """One input file or text, analysed. Picklable.

    ``text`` is the normalised, cleaned text in ``target`` script ("" unless
    ``status == "ok"``); ``tables`` maps each name in :data:`TABLES` to a
    DataFrame whose first column is ``doc_id``. ``tokens`` is the text segmented
    by the default tokenizer, only the words the theme model keeps (done here so
    that batch workers share the cost of segmentation and filtering; None if
    segmentation failed: ``assemble`` then segments).
    Tables are pickled as plain column lists, and an unpickled result builds
    each DataFrame on first access (loading a batch cache is then cheap).
    """

    doc_id: str
    file: str
    title: str
    script: str
    chars: int
    status: str
    error: str
    encoding: str
    text: str
    tables: dict[str, pd.DataFrame]
    target: str = "simplified"
    tokens: list[str] | None = None   # theme words of the segmented simplified text (_tokens)
    year: int | None = None           # the document year (summarylab.periods.document_year)

    def __getstate__(self) -> dict:
        """Tables are pickled as plain column lists (:class:`_Packed`): a batch cache
        row then unpickles about fifteen times faster than with DataFrames."""
        state = dict(self.__dict__)
        state["tables"] = {name: _packed(self.tables, name) for name in self.tables}
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state, tables=_Tables(state["tables"]))


class _Packed(NamedTuple):
    """A table as column names, dtype names and plain value lists."""

    columns: list[str]
    dtypes: list[str]
    values: list[list]

    @classmethod
    def of(cls, df: pd.DataFrame) -> "_Packed":
        values = df.to_numpy(dtype=object).T.tolist() if len(df) else [[] for _ in df.columns]
        return cls([str(c) for c in df.columns], [str(t) for t in df.dtypes], values)

    def __len__(self) -> int:
        return len(self.values[0]) if self.values else 0


def _unpack(packs: list[_Packed]) -> pd.DataFrame:
    """One DataFrame of the rows of ``packs``; a column keeps its dtype when every pack
    that has it agrees (else pandas infers one), missing cells are None."""
    columns: dict[str, None] = {}
    for pack in packs:
        columns.update(dict.fromkeys(pack.columns))
    data = {}
    for col in columns:
        values, dtypes = [], set()
        for pack in packs:
            if col in pack.columns:
                i = pack.columns.index(col)
                values.extend(pack.values[i])
                dtypes.add(pack.dtypes[i])
            else:
                values.extend([None] * len(pack))
                dtypes.add("missing")
        data[col] = pd.Series(values, dtype=dtypes.pop() if len(dtypes) == 1 else None)
    return pd.DataFrame(data)


class _Tables(Mapping):
    """The tables of an unpickled DocumentResult: DataFrames built on first access."""

    def __init__(self, packed: dict[str, _Packed]) -> None:
        self._packed, self._frames = packed, {}

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self._frames:
            self._frames[name] = _unpack([self._packed[name]])
        return self._frames[name]

    def __iter__(self):
        return iter(self._packed)

    def __len__(self) -> int:
        return len(self._packed)


def _packed(tables: Mapping[str, pd.DataFrame], name: str) -> _Packed | None:
    """Table ``name`` of a result as a _Packed (without building a DataFrame), or None."""
    if isinstance(tables, _Tables):
        return tables._packed.get(name)
    df = tables.get(name)
    return None if df is None else _Packed.of(df)


def _empty_tables(doc_id: str) -> dict[str, pd.DataFrame]:
    return {name: pd.DataFrame({"doc_id": pd.Series([], dtype=object)}) for name in TABLES}


def _with_id(df: pd.DataFrame, doc_id: str) -> pd.DataFrame:
    """``df`` with ``doc_id`` as its first column (a shallow copy: column data is shared)."""
    out = df.drop(columns="doc_id") if "doc_id" in df.columns else df.copy(deep=False)
    out.insert(0, "doc_id", doc_id)
    return out


def analyze_document(doc: readers.Document, doc_id: str, *,
                     target: str = "simplified") -> DocumentResult:
    """Analyse one read document; never raises.

    A Document whose status is not "ok" passes through with its status and
    error; an exception inside the analysis becomes status "error" with the
    exception's type and message. Empty tables then hold only ``doc_id``.

    >>> from summarylab.readers import Document
    >>> r = analyze_document(Document("a.txt", text="全年受理投诉486件。"), "a.txt")
    >>> r.status, list(r.tables["indicators"].columns)[0]
    ('ok', 'doc_id')
    """
    from .analysis import analyze

    base = dict(doc_id=doc_id, file=str(doc.path), title=doc.title, encoding=doc.encoding,
                target=target)
    if doc.status != "ok":
        return DocumentResult(script="", chars=0, status=doc.status, error=doc.error, text="",
                              tables=_empty_tables(doc_id), **base)
    try:
        a = analyze(doc.text, target=target)
        a.year = document_year(title=doc.title, file=doc.path) or a.year   # before the tables
        tables = {name: _with_id(df, doc_id) for name, df in a.tables().items()}
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a corpus
        return DocumentResult(script="", chars=0, status="error", error=f"{type(exc).__name__}: {exc}",
                              text="", tables=_empty_tables(doc_id), **base)
    status, error = ("ok", doc.error) if a.text.strip() else ("empty", "no text left after cleaning")
    base["title"] = _title(doc, a.text, target, doc_id)
    result = DocumentResult(script=a.script, chars=len(a.text), status=status, error=error,
                            text=a.text, tables=tables, year=a.year, **base)
    result.tokens = _tokens(_theme_text(result)) if status == "ok" else None
    return result


def _tokens(text: str) -> list[str] | None:
    """The words of ``text`` the theme model keeps (:func:`summarylab.vocabulary.is_theme_word`),
    in order: filtered here, in the worker that analysed the document, so that the driver's
    theme step (which filters again, a no-op then) reads shorter lists."""
    try:
        return [t for t in _tokenizer()(text) if is_theme_word(t)]
    except Exception:  # noqa: BLE001 - segmentation is redone in assemble()
        return None


@lru_cache(maxsize=1)
def _tokenizer():
    return default_tokenizer()


def _title(doc: readers.Document, cleaned: str, target: str, doc_id: str = "") -> str:
    """The reader's title when it came from metadata (HTML ``<title>``, in ``target``
    script), else the title found in the cleaned text (:func:`summarylab.readers.title_of`),
    else the one the raw text's site blurb gives, else the file name (or ``doc_id``)."""
    name = readers.display_path(Path(doc.path).stem) if doc.path else doc_id
    raw = _raw_title(doc.text, name)
    if raw == name and (field := titles.field_title(doc.text)):
        raw = field   # 本文标题：… below a body that opens the page: the page names itself
    if raw != name:
        raw = normalise(raw, target=target).text.strip() or raw   # in the script and marks of the text
    if doc.title and doc.title not in (raw, name, readers.title_of(doc.text)):
        return to_script(doc.title, target)
    if cell := titles.cell_title(doc.text):
        return normalise(cell, target=target).text.strip() or cell   # | 标题：… |: the record names the text
    return readers.title_of(cleaned, raw)


RAW_TITLE_TRIES = 3   # site lines passed over before the raw text's title (a spam line, a menu)


def _raw_title(text: str, name: str) -> str:
    """The raw text's title, one that is still a title once cleaned: a line found first that the
    cleaning removes (an advert's keywords, a site's menu: 单位地址：…电话：…) is passed over and
    the search goes on below it, a few times; ``name`` when none is kept."""
    for _ in range(RAW_TITLE_TRIES):
        raw = readers.title_of(text, name)
        if raw == name:
            return raw
        line, text = _line_of(text, raw)
        if _raw_title_kept(raw) and not names_line(normalise(line).text):
            return raw   # (not a line of writers' names: 丁某某 张某某)
        if not text:
            break
    return name


def _line_of(text: str, title: str) -> tuple[str, str]:
    """The line where ``title`` (blanks squeezed out) starts, among its first lines, and the
    ``text`` after it; ("", "") when none holds it."""
    head = re.sub(r"\s+", "", title)[:6]
    pos = 0
    for _ in range(RAW_TITLE_LINES):
        end = text.find("\n", pos)
        line = text[pos:] if end < 0 else text[pos:end]
        if head and head in re.sub(r"\s+", "", line):
            return line, "" if end < 0 else text[end + 1:]
        if end < 0:
            return "", ""
        pos = end + 1
    return "", ""


RAW_TITLE_LINES = 12   # lines searched for the line a rejected title came from


#: A headline: it opens with a Chinese character or a digit (2022年…) and holds no sentence's end.
_HEADLINE = re.compile(r"[\u4e00-\u9fff0-9][^。？?；;\n]{3,}")   # (an exclamation may stand inside: 成绩单来了！外资领跑全国)


def _raw_title_kept(raw: str) -> bool:
    """The title found in the raw text is still a title once cleaned: cleaning leaves a
    title (县环保局2023年工作总结), or leaves a headline whole (县某局：以抽检促监管，…)."""
    text = normalise(raw).text.strip()
    kept = clean(text).text.strip()
    return bool(readers.title_of(kept)) or (kept == text and _HEADLINE.fullmatch(kept) is not None)


@dataclass(eq=False)
class CorpusResult:
    """Every document, every table, and the themes of a corpus (columns: module docstring)."""

    documents: pd.DataFrame
    themes: pd.DataFrame
    indicators: pd.DataFrame
    measures: pd.DataFrame
    slogans: pd.DataFrame
    citations: pd.DataFrame
    quality: pd.DataFrame
    model: ThemeModel | None = None
    theme_shares: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=SHARE_COLUMNS))
    theme_years: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=YEAR_COLUMNS))
    _ids: list[str] = field(default_factory=list, repr=False)   # doc_id of each row of _matrix
    _matrix: object = field(default=None, repr=False)            # sparse TF-IDF rows, l2-normalised
    _panel: pd.DataFrame | None = field(default=None, repr=False)

    def tables(self) -> dict[str, pd.DataFrame]:
        """All tables by name: documents, themes, theme_shares, theme_years, indicators, measures,
        slogans, citations, quality, panel."""
        return {"documents": self.documents, "themes": self.themes,
                "theme_shares": self.theme_shares, "theme_years": self.theme_years,
                **{name: getattr(self, name) for name in TABLES}, "panel": self.panel}

    @property
    def panel(self) -> pd.DataFrame:
        """Standard indicators by document (:func:`summarylab.panel.indicator_panel`)."""
        if self._panel is None:
            from .panel import indicator_panel

            self._panel = indicator_panel(self)
        return self._panel

    def similar(self, doc_id: str, n: int = 5) -> pd.DataFrame:
        """The ``n`` documents nearest ``doc_id`` by cosine similarity of their TF-IDF rows.

        Columns: doc_id, score (cosine in [0, 1]), theme, title; best first, ties by doc_id.
        Empty for a document that took no part in the theme model (failed or empty).
        Raises KeyError for a doc_id that is not in ``documents``.
        """
        if doc_id not in set(self.documents["doc_id"]):
            raise KeyError(f"no document with doc_id {doc_id!r}; see CorpusResult.documents.doc_id")
        cols = ["doc_id", "score", "theme", "title"]
        if self._matrix is None or doc_id not in self._ids:
            return pd.DataFrame(columns=cols)
        i = self._ids.index(doc_id)
        scores = np.asarray((self._matrix @ self._matrix[i].T).todense()).ravel()
        others = pd.DataFrame({"doc_id": self._ids, "score": scores}).drop(index=i)
        others = others.sort_values(["score", "doc_id"], ascending=[False, True], kind="stable")
        meta = self.documents.set_index("doc_id")[["theme", "title"]]
        out = others.head(max(int(n), 0)).join(meta, on="doc_id")
        return out[cols].reset_index(drop=True)

    def __repr__(self) -> str:
        ok = int((self.documents["status"] == "ok").sum()) if len(self.documents) else 0
        return f"<CorpusResult documents={len(self.documents)} ok={ok} themes={len(self.themes)}>"


def _theme_text(r: DocumentResult) -> str:
    if r.target == "simplified":
        return r.text
    from .normalisation import to_script

    return to_script(r.text, "simplified")


def _theme_terms(r: DocumentResult) -> list[str] | str:
    """What the theme model sees of a document: its segmented text (numbered
    formulations such as 两学一做 or 河长制 are single words of the domain lexicon),
    or the text itself if segmentation failed."""
    tokens = r.tokens if r.tokens is not None else _tokens(_theme_text(r))
    return tokens if tokens is not None else _theme_text(r)


def assemble(results: Iterable[DocumentResult], *, k: int | None = None, method: str = "kmeans",
             seed: int = 0, years=None, theme_cache: str | os.PathLike | None = None,
             fit_size: int | None = None, mapper=None, n_jobs: int | None = None) -> CorpusResult:
    """Stack per-document results and fit the themes (on ok documents with text).

    ``results`` may be a generator: each result is read once and dropped, only its
    metadata and theme terms are kept, and its tables are stacked as they come, so
    memory stays well below that of all results at once (a batch of 10,000 reports
    streams them from the cache). ``k``, ``method`` and ``seed`` go to
    :class:`ThemeModel`; invalid values raise ValueError before any fitting.
    Documents keep the order given. ``years`` (a Series indexed by doc_id, a dict, or a
    list aligned with the results) gives each document's year for ``theme_years``;
    by default a year in the file name (:func:`summarylab.themes.year_from_name`).

    ``theme_cache`` (a JSON file path; batch runs pass one in their output folder) holds
    the theme outputs keyed by the content hashes of every themed document and the theme
    parameters: when the key matches, nothing is fitted, and the result has no ``model``
    (``similar()`` is then empty). A file that does not parse or match counts as absent.

    ``fit_size`` (the Dask batch engine passes :data:`summarylab.themes.FIT_SIZE`,
    20,000): no document's tokens or text are kept beyond a deterministic sample of
    ``fit_size`` documents; the model is fitted on that sample and every document is
    assigned its theme and shares in bounded chunks (:class:`~summarylab.themes.ThemeStream`,
    ``mapper`` runs the chunks, e.g. on Dask workers). ``themes.size`` then counts every
    document, examples come from the sample, and ``similar()`` is empty.

    ``n_jobs`` goes to :class:`ThemeModel` (threads for its SVDs; same result).
    """
    from .themes import ThemeModel, ThemeStream

    model = ThemeModel(k=k, method=method, seed=seed, n_jobs=n_jobs)
    model._validate()
    digest = _ThemeKey(model)
    if fit_size is not None:
        digest.add("fit_size", str(fit_size))
    stream = ThemeStream(model, fit_size=fit_size) if fit_size is not None else None
    rows, terms, usable, texts = [], [], [], []
    stacks = {name: _Stack() for name in TABLES}
    for r in results:
        if r.status == "ok" and r.text.strip():
            usable.append(len(rows))
            text = _theme_text(r)
            digest.add(r.doc_id, text)
            tokens = r.tokens if r.tokens is not None else text   # segmented when needed
            if stream is not None:
                stream.add(r.doc_id, tokens, payload=text)
            else:
                texts.append(text)
                terms.append(tokens)
        packs = {name: _packed(r.tables, name) for name in TABLES}
        rows.append(_document_row(r, packs))
        for name in TABLES:
            stacks[name].add(packs[name])
    theme = np.full(len(rows), -1, dtype=int)
    matrix, ids = None, []
    cached = _load_themes(theme_cache, digest.hexdigest(), len(usable)) if theme_cache else None
    if cached is not None:
        try:
            result = _from_cache(cached, rows, usable, stacks, years)
            if stream is not None:
                stream.close()
            return result
        except (ValueError, TypeError, KeyError, IndexError):   # a damaged cache is no cache
            pass
    terms = [t if isinstance(t, list) else (_tokens(t) or t) for t in terms]
    if stream is not None:
        return _streamed(stream, rows, usable, stacks, years, theme_cache, digest, mapper)
    if usable:
        theme[usable] = model.fit_predict(terms)
        if model.vectorizer_ is not None:
            matrix, ids = model.tfidf(terms), [rows[i]["doc_id"] for i in usable]
    else:
        model = None
    del terms
    examples = model.examples(texts) if model is not None else []
    del texts
    labels = model.theme_labels_ if model is not None else []
    reps = [rows[usable[j]]["doc_id"] if j >= 0 else "" for j in model.representatives_] if model else []
    themes = _themes_frame(model, reps, examples)
    shares = _shares_frame(model, [rows[i]["doc_id"] for i in usable])
    if theme_cache:
        _save_themes(theme_cache, digest.hexdigest(), theme[usable], themes, shares)
    return CorpusResult(documents=_documents_frame(rows, theme, labels), themes=themes,
                        **{name: stacks[name].frame() for name in TABLES},
                        model=model, theme_shares=shares,
                        theme_years=theme_shares_by_year(shares, _years(rows, years)),
                        _ids=ids, _matrix=matrix)


def _streamed(stream: ThemeStream, rows: list[dict], usable: list[int], stacks: dict, years,
              theme_cache, digest: "_ThemeKey", mapper) -> CorpusResult:
    """The theme outputs of a sampled fit (``assemble(fit_size=…)``)."""
    ids = [rows[i]["doc_id"] for i in usable]
    theme = np.full(len(rows), -1, dtype=int)
    themes = pd.DataFrame(columns=THEME_COLUMNS)
    shares = pd.DataFrame(columns=SHARE_COLUMNS)
    model = None
    if usable:
        out = stream.finish(mapper)
        model = out.model if out.model.k_ else None
        theme[usable] = out.labels
    if model is not None:
        reps = [ids[out.sample[j]] if j >= 0 else "" for j in model.representatives_]
        themes = _themes_frame(model, reps, model.examples(out.payloads), sizes=out.sizes)
        shares = pd.DataFrame({"doc_id": [ids[i] for i in out.share_rows], "theme": out.share_themes,
                               "share": out.share_values}, columns=SHARE_COLUMNS)
    if theme_cache:
        _save_themes(theme_cache, digest.hexdigest(), theme[usable], themes, shares)
    labels = model.theme_labels_ if model is not None else []
    return CorpusResult(documents=_documents_frame(rows, theme, labels), themes=themes,
                        **{name: stacks[name].frame() for name in TABLES},
                        model=model, theme_shares=shares,
                        theme_years=theme_shares_by_year(shares, _years(rows, years)))


def _documents_frame(rows: list[dict], theme: np.ndarray, labels: list[str]) -> pd.DataFrame:
    docs = pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)
    docs["theme"] = theme
    docs["theme_label"] = [labels[t] if t >= 0 else "" for t in theme]
    docs["year"] = docs["year"].astype("Int64")
    for col in ("chars", "theme", *(f"n_{name}" for name in _COUNTED)):
        docs[col] = docs[col].astype(int)
    return docs


def _years(rows: list[dict], years) -> dict:
    """doc_id -> year: from ``years`` (Series, dict or aligned list), else the document's
    year (``documents.year``: :func:`summarylab.periods.document_year`), else the file name."""
    if years is None:
        return {row["doc_id"]: row.get("year") or year_from_name(row["file"] or row["doc_id"])
                for row in rows}
    if isinstance(years, (dict, pd.Series)):
        return years
    return dict(zip((row["doc_id"] for row in rows), list(years)))


class _ThemeKey:
    """sha256 of the theme parameters, the code version and every themed document (id, text)."""

    def __init__(self, model: ThemeModel) -> None:
        import hashlib
        import json

        from .build import code_version

        params = {k: v for k, v in model.get_params().items()
                  if k not in ("tokenizer", "stop_words", "n_jobs")}   # n_jobs: same result
        self._h = hashlib.sha256(json.dumps([code_version(), params], sort_keys=True).encode())

    def add(self, doc_id: str, text: str) -> None:
        for part in (doc_id, text):
            data = part.encode("utf-8", "surrogatepass")
            self._h.update(len(data).to_bytes(8, "little") + data)

    def hexdigest(self) -> str:
        return self._h.hexdigest()


def _save_themes(path, key: str, labels: np.ndarray, themes: pd.DataFrame,
                 shares: pd.DataFrame) -> None:
    """Theme outputs as plain JSON (never pickle), written atomically; failures are ignored."""
    import json

    data = {"key": key, "labels": [int(x) for x in labels],
            "themes": {c: [_plain(v) for v in themes[c]] for c in THEME_COLUMNS},
            "shares": {"row": [], "theme": [int(x) for x in shares["theme"]],
                       "share": [float(x) for x in shares["share"]]}}
    index = {d: i for i, d in enumerate(dict.fromkeys(shares["doc_id"]))}
    data["shares"]["row"] = [index[d] for d in shares["doc_id"]]
    data["shares"]["ids"] = list(index)
    try:
        tmp = Path(f"{path}.tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass


def _plain(v):
    if isinstance(v, np.ndarray):
        v = v.tolist()
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    return v.item() if isinstance(v, np.generic) else v


def _load_themes(path, key: str, n_usable: int) -> dict | None:
    """The cached theme outputs for ``key``, or None when absent, stale or malformed."""
    import json

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        ok = (data["key"] == key and len(data["labels"]) == n_usable
              and all(isinstance(x, int) and -1 <= x < len(data["themes"]["theme"])
                      for x in data["labels"])
              and set(data["themes"]) == set(THEME_COLUMNS)
              and len({len(v) for v in data["themes"].values()}) <= 1
              and len(data["shares"]["row"]) == len(data["shares"]["theme"]) == len(data["shares"]["share"])
              and all(isinstance(i, int) and 0 <= i < len(data["shares"]["ids"]) for i in data["shares"]["row"])
              and all(isinstance(i, str) for i in data["shares"]["ids"]))
        return data if ok else None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _from_cache(data: dict, rows: list[dict], usable: list[int], stacks: dict, years) -> CorpusResult:
    theme = np.full(len(rows), -1, dtype=int)
    theme[usable] = data["labels"]
    themes = pd.DataFrame(data["themes"], columns=THEME_COLUMNS)
    for col in ("theme", "size", "broad"):
        themes[col] = themes[col].astype(int)
    s = data["shares"]
    shares = pd.DataFrame({"doc_id": [s["ids"][i] for i in s["row"]],
                           "theme": np.asarray(s["theme"], dtype=int),
                           "share": np.asarray(s["share"], dtype=float)}, columns=SHARE_COLUMNS)
    labels = themes["label"].tolist()
    return CorpusResult(documents=_documents_frame(rows, theme, labels), themes=themes,
                        **{name: stacks[name].frame() for name in TABLES}, model=None,
                        theme_shares=shares, theme_years=theme_shares_by_year(shares, _years(rows, years)))


def _document_row(r: DocumentResult, packs: dict[str, _Packed | None]) -> dict:
    """The ``documents`` columns of one result (theme columns are filled in later)."""
    return {"doc_id": r.doc_id, "file": r.file, "title": r.title, "year": r.year, "script": r.script,
            "encoding": r.encoding, "chars": int(r.chars), "status": r.status, "error": r.error,
            "theme": -1, "theme_label": "",
            **{f"n_{name}": len(packs[name] or ()) for name in _COUNTED}}


class _Stack:
    """Rows of many small tables, built into a DataFrame every CHUNK tables (so few
    objects stay in memory) and concatenated at the end. Every path (in-process or
    from a batch cache) goes through :func:`_unpack`, so the tables are the same."""

    CHUNK = 256

    def __init__(self) -> None:
        self.chunks: list[pd.DataFrame] = []
        self.pending: list[_Packed] = []

    def add(self, pack: _Packed | None) -> None:
        if pack is not None and len(pack):
            self.pending.append(pack)
            if len(self.pending) >= self.CHUNK:
                self.chunks.append(_unpack(self.pending))
                self.pending = []

    def frame(self) -> pd.DataFrame:
        frames = self.chunks + ([_unpack(self.pending)] if self.pending else [])
        if not frames:
            return pd.DataFrame({"doc_id": pd.Series([], dtype=object)})
        return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]


def _themes_frame(model: ThemeModel | None, reps: list[str], examples: list[list[str]],
                  sizes: list[int] | None = None) -> pd.DataFrame:
    if model is None or model.k_ == 0:
        return pd.DataFrame(columns=THEME_COLUMNS)
    broad = model.broad_of()
    broad_labels = model.themes("broad")["label"].tolist()
    sizes = model.sizes_ if sizes is None else sizes
    return pd.DataFrame({"theme": range(model.k_), "label": model.theme_labels_, "size": sizes,
                         "top_terms": model.terms_, "representative": reps, "broad": broad,
                         "broad_label": [broad_labels[b] for b in broad], "examples": examples},
                        columns=THEME_COLUMNS)


def _shares_frame(model: ThemeModel | None, doc_ids: list[str]) -> pd.DataFrame:
    """theme_shares rows (doc_id, theme, share) of the themed documents, zero shares left out."""
    if model is None or model.k_ == 0 or not doc_ids:
        return pd.DataFrame(columns=SHARE_COLUMNS)
    S = model.shares_
    i, j = np.nonzero(S)
    return pd.DataFrame({"doc_id": [doc_ids[x] for x in i], "theme": j.astype(int),
                         "share": S[i, j]}, columns=SHARE_COLUMNS)


# ---------------------------------------------------------------------- sources
def _suffixes() -> tuple[str, ...]:
    return tuple(s.lower() for s in getattr(readers, "SUPPORTED", (".txt",)))


def _looks_like_path(item: str) -> bool:
    """A str is a path when it is one short line ending in a supported suffix."""
    return len(item) < 1024 and "\n" not in item and item.strip().lower().endswith(_suffixes())


def _folder_items(folder: Path) -> list[tuple[str, Path]]:
    if hasattr(readers, "list_documents"):
        files = readers.list_documents(folder)
    else:
        sufs = _suffixes()
        files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in sufs)
    return [(p.relative_to(folder).as_posix(), p) for p in files]


def _list_items(source: list) -> list[tuple[str, Path | str]]:
    """(doc_id, Path or text) per item; paths relative to their common folder."""
    kinds = []
    for i, item in enumerate(source):
        if isinstance(item, os.PathLike) or (isinstance(item, str) and _looks_like_path(item)):
            kinds.append(Path(item))
        elif isinstance(item, str):
            kinds.append(item)
        else:
            raise TypeError(f"source item {i} is {type(item).__name__}; give paths or str texts")
    paths = [p for p in kinds if isinstance(p, Path)]
    root = Path(os.path.commonpath([str(p.absolute().parent) for p in paths])) if paths else None
    out, seen, n_text = [], {}, 0
    for item in kinds:
        if isinstance(item, Path):
            doc_id = item.absolute().relative_to(root).as_posix()
        else:
            n_text += 1
            doc_id = f"doc{n_text:04d}"
        seen[doc_id] = seen.get(doc_id, 0) + 1
        out.append((doc_id if seen[doc_id] == 1 else f"{doc_id}#{seen[doc_id]}", item))
    return out


def _items(source) -> list[tuple[str, Path | str]]:
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        if path.is_dir():
            return _folder_items(path)
        if path.is_file():
            return _list_items([path])
        if isinstance(source, os.PathLike) or ("\n" not in source and len(source) < 1024
                                               and (os.sep in source or _looks_like_path(source))):
            raise FileNotFoundError(f"no such folder or file: {source}")
        raise TypeError("a str source must be a folder or a file; to analyse texts, "
                        "give a list of them (analyze_corpus([text]))")
    if isinstance(source, Iterable):
        return _list_items(list(source))
    raise TypeError(f"source must be a folder, a list of paths or a list of texts, "
                    f"not {type(source).__name__}")


def _read(item: Path | str, max_bytes: int) -> readers.Document:
    if isinstance(item, Path):
        return readers.read_document(item, max_bytes=max_bytes)
    if not item.strip():
        return readers.Document("", status="empty", error="no text")
    return readers.Document("", text=item, encoding="", title=readers.title_of(item))


def analyze_corpus(source, *, k: int | None = None, method: str = "kmeans", seed: int = 0,
                   target: str = "simplified",
                   max_bytes: int = readers.DEFAULT_MAX_BYTES) -> CorpusResult:
    """Read, analyse and theme a corpus, sequentially in this process.

    source : a folder (``readers.list_documents``: recursive, supported suffixes, no hidden files),
        a list of paths (``Path`` objects, or str ending in a supported suffix),
        or a list of texts (doc_id "doc0001"…, file "").
    k, method, seed : passed to :class:`ThemeModel` (k=None: chosen against a null corpus).
    target : script of the texts in the tables, "simplified" or "traditional".
    max_bytes : files larger than this get status "too_large".

    Raises FileNotFoundError for a folder or file that does not exist, TypeError for a
    source of another type (or one str that is a text), ValueError for bad k/method/seed.

    >>> res = analyze_corpus(["今年新建污水处理厂三座。", "全年帮助贫困户脱贫。"])  # doctest: +SKIP
    >>> res.documents.status.tolist()                                               # doctest: +SKIP
    ['ok', 'ok']
    """
    check_k_method_seed(k, method, seed)  # before reading anything
    results = [analyze_document(_read(item, max_bytes), doc_id, target=target)
               for doc_id, item in _items(source)]
    folder = Path(source) if isinstance(source, (str, os.PathLike)) and Path(source).is_dir() else None
    for r in results:   # as in the batch: ``file`` relative to the folder travels with the tables
        if folder is not None and r.file:
            r.file = readers.display_path(os.path.relpath(r.file, folder))
    return assemble(results, k=k, method=method, seed=seed)
