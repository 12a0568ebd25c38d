"""Batch analysis of a corpus folder: cache, processes or Dask, Parquet/CSV out.

``run_batch(corpus_dir, out_dir)`` does, in order:

1. list every file under ``corpus_dir`` (recursive, sorted; hidden files and
   the output folder are skipped). Every listed file gets one row in the
   ``documents`` table, whatever happens to it (unsupported extensions too);
2. look each file up in the cache (``out_dir/summarylab-cache.sqlite``, see
   :mod:`summarylab.store`), keyed by its ``doc_id`` (path relative to the
   corpus folder, POSIX), the SHA-256 of its bytes, the summarylab version
   (with a digest of its code and data, :func:`summarylab.store.code_version`),
   the per-document options (``target``, ``max_bytes``) and the field names of
   ``corpus.DocumentResult`` (so a changed result shape is never unpickled);
3. read and analyse the missing ones (:func:`summarylab.readers.read_document`
   then ``summarylab.corpus.analyze_document``): in this process
   (``jobs=1``), in a process pool (``jobs>1``), or on Dask
   (``engine="dask"``: a scheduler address, or a local cluster of ``jobs``
   worker processes). Each result is cached as soon as it arrives, so an
   interrupted run resumes where it stopped;
4. ``summarylab.corpus.assemble`` over all results in ``doc_id`` order (so
   the output does not depend on the engine or on arrival order);
5. write the tables :data:`TABLES` (Parquet, or CSV in UTF-8 with a BOM for
   Excel, list/dict cells JSON-encoded) and ``manifest.json``, each through a
   temporary file and ``os.replace``. The manifest is removed first and written
   last: a folder without a manifest holds an incomplete run.

Exit status (:func:`exit_status`): 0 when every report was read and analysed;
1 when any file is "empty", "undecodable", "too_large" or "error", or when no
file at all is "ok" (an empty folder, or only unsupported files); the tables
are still written and the documents table says which and why. Unsupported
files alone (a README, a spreadsheet beside the reports) are listed but do not
fail a run. The CLI returns 2 for usage errors (:class:`BatchUsageError`).

This module orchestrates; it holds no analysis rules. Reading the output back
is :func:`read_table`. With a remote Dask scheduler, the corpus paths must be
readable by the workers (a shared file system) and summarylab installed there.

Debugging hook: the environment variable ``SUMMARYLAB_SLOW_PER_DOC`` (seconds,
float) makes each document's analysis sleep that long; the tests use it to
interrupt a run part-way deterministically.

Example
-------
>>> summary = run_batch("corpus", "out", jobs=2, fmt="csv")  # doctest: +SKIP
>>> summary.exit_code, summary.counts                       # doctest: +SKIP
(0, {'ok': 12})
>>> read_table("out", "indicators").head()                  # doctest: +SKIP
"""
from __future__ import annotations

import gc
import json
import math
import os
import pickle
import sys
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator

import pandas as pd

from .readers import DEFAULT_MAX_BYTES, SUPPORTED, list_documents, read_document
from .store import CACHE_NAME, CacheKey, ResultStore, code_version, file_sha256

__all__ = ["TABLES", "FORMATS", "ENGINES", "MANIFEST", "BatchSummary", "BatchUsageError",
           "FAILED", "display_path", "exit_status", "read_manifest", "read_table", "run_batch", "write_table"]

#: Tables written by a batch run, in this order.
TABLES = ("documents", "indicators", "measures", "slogans", "citations", "quality", "themes",
          "theme_shares", "theme_years")
FORMATS = ("parquet", "csv")
THEME_CACHE = ".summarylab-themes.json"   # theme outputs keyed by document hashes (corpus.assemble)
ENGINES = ("local", "dask")
MANIFEST = "manifest.json"
SLOW_ENV = "SUMMARYLAB_SLOW_PER_DOC"


class BatchUsageError(ValueError):
    """Bad arguments to :func:`run_batch` (the CLI exits with status 2)."""


@dataclass
class BatchSummary:
    """What a batch run did.

    counts   : files per status ("ok", "empty", "undecodable", ...).
    computed : documents analysed in this run; cached: documents taken from the cache.
    tables   : rows per written table.
    timings  : seconds per phase: scan (list + hash), analyze (missing documents),
               load (all results from the cache), assemble, write, total.
    manifest : the manifest.json content.
    """

    out_dir: Path
    n_files: int
    counts: dict[str, int]
    computed: int
    cached: int
    tables: dict[str, int]
    timings: dict[str, float]
    manifest: dict[str, Any] = field(repr=False, default_factory=dict)

    @property
    def exit_code(self) -> int:
        """See :func:`exit_status`."""
        return exit_status(self.counts)


#: Statuses that make a run exit with 1 (a report that could not be analysed).
FAILED = ("empty", "undecodable", "too_large", "error")


def exit_status(counts: dict[str, int]) -> int:
    """0 when no file failed and at least one is "ok"; else 1.

    >>> exit_status({"ok": 3, "unsupported": 1}), exit_status({"ok": 3, "empty": 1})
    (0, 1)
    >>> exit_status({"unsupported": 2}), exit_status({})
    (1, 1)
    """
    failed = any(counts.get(status) for status in FAILED)
    return 1 if failed or not counts.get("ok") else 0


# ----------------------------------------------------------------------------- run

def run_batch(corpus_dir: str | Path, out_dir: str | Path, *, jobs: int = 1,
              fmt: str = "parquet", k: int | None = None, target: str = "simplified",
              engine: str = "local", scheduler: str | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES, quiet: bool = False,
              progress: bool | None = None, method: str = "kmeans",
              seed: int = 0, refresh: bool = False) -> BatchSummary:
    """Analyse every file of ``corpus_dir`` and write the tables to ``out_dir``.

    Parameters
    ----------
    jobs : worker processes (local pool or local Dask cluster); 1 = in-process.
    fmt : "parquet" (default) or "csv" (UTF-8 with BOM, for Excel).
    k, method, seed : passed to ``corpus.assemble`` (themes).
    target : script of the output text, "simplified" or "traditional".
    engine : "local" or "dask"; ``scheduler`` is a Dask scheduler address
        (default: a LocalCluster of ``jobs`` processes).
    max_bytes : files bigger than this get status "too_large".
    quiet, progress : progress bar on stderr; ``progress=None`` shows it only
        on a terminal, ``quiet=True`` never.
    refresh : analyse every file again, ignoring (and overwriting) cached
        results; for a changed analysis with an unchanged summarylab version.

    Raises :class:`BatchUsageError` for bad arguments or a missing corpus folder.

    >>> run_batch("no/such/dir", "out")
    Traceback (most recent call last):
    ...
    summarylab.batch.BatchUsageError: corpus folder not found: no/such/dir
    """
    _check_args(corpus_dir, out_dir, jobs, fmt, k, target, engine, scheduler, max_bytes)
    _check_theme_args(k, method, seed)
    t0, started = time.perf_counter(), _now()
    corpus, out = Path(corpus_dir).resolve(), Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files = list_documents(corpus, include_unsupported=True, exclude=out)
    show = not quiet and (progress if progress is not None else sys.stderr.isatty())
    timings: dict[str, float] = {}
    with ResultStore(out / CACHE_NAME) as store:
        results, computed = _analyze_all(store, corpus, files, jobs=jobs, engine=engine,
                                         scheduler=scheduler, target=target,
                                         max_bytes=max_bytes, show=show, timings=timings,
                                         refresh=refresh)
        header = dict(summarylab_version=_version(), cache_version=code_version(),
                      started=started, corpus=str(corpus), out=str(out.resolve()),
                      parameters=dict(jobs=jobs, format=fmt, k=k, target=target, engine=engine,
                                      scheduler=scheduler, max_bytes=max_bytes, method=method,
                                      seed=seed, refresh=refresh),
                      files=len(files), computed=computed, cached=len(files) - computed)
        return _finish(results, out, k=k, method=method, seed=seed, fmt=fmt, timings=timings,
                       t0=t0, header=header)


def _analyze_all(store: ResultStore, corpus: Path, files: list[Path], *, jobs, engine,
                 scheduler, target, max_bytes, show, timings, refresh=False) -> tuple[Iterator, int]:
    """Compute what the cache lacks, caching each result on arrival.

    Returns a generator of all results in doc_id order (read from the cache one at a
    time while it is consumed, its time added to ``timings["load"]``) and the number
    of documents computed.
    """
    t0 = time.perf_counter()
    params = {"target": target, "max_bytes": max_bytes, "fields": _result_fields()}
    pairs = sorted(((_key(store, corpus, f, params, max_bytes), f) for f in files),
                   key=lambda pair: pair[0].doc_id)  # doc_id order, also for re-decoded names
    keys, files = [k for k, _ in pairs], [f for _, f in pairs]
    todo = [(str(f), key.doc_id) for f, key in zip(files, keys)
            if refresh or not key.sha256 or not store.has(key)]
    timings["scan"] = time.perf_counter() - t0
    t1 = time.perf_counter()
    by_id = {key.doc_id: key for key in keys}
    uncached: dict[str, bytes] = {}  # results of unreadable files, never cached
    with store.batch():
        for doc_id, blob in _with_progress(_compute(todo, jobs, engine, scheduler, target,
                                                    max_bytes), len(todo), show):
            key = by_id[doc_id]
            if key.sha256:
                store.put_blob(key, blob)
            else:
                uncached[doc_id] = blob
    timings["analyze"] = time.perf_counter() - t1
    paths = {key.doc_id: str(f) for f, key in zip(files, keys)}
    return _load_results(store, keys, uncached, paths, target, max_bytes, timings), len(todo)


def _check_args(corpus_dir, out_dir, jobs, fmt, k, target, engine, scheduler, max_bytes) -> None:
    if not Path(corpus_dir).is_dir():
        raise BatchUsageError(f"corpus folder not found: {corpus_dir}")
    if Path(out_dir).exists() and not Path(out_dir).is_dir():
        raise BatchUsageError(f"output path exists and is not a folder: {out_dir}")
    if not isinstance(jobs, int) or jobs < 1:
        raise BatchUsageError(f"jobs must be a positive integer, not {jobs!r}")
    if fmt not in FORMATS:
        raise BatchUsageError(f"format must be one of {FORMATS}, not {fmt!r}")
    if k is not None and (not isinstance(k, int) or k < 1):
        raise BatchUsageError(f"k must be a positive integer or None, not {k!r}")
    if target not in ("simplified", "traditional"):
        raise BatchUsageError(f"target must be 'simplified' or 'traditional', not {target!r}")
    if engine not in ENGINES:
        raise BatchUsageError(f"engine must be one of {ENGINES}, not {engine!r}")
    if scheduler and engine != "dask":
        raise BatchUsageError("a scheduler address needs engine='dask' (--engine dask)")
    if not isinstance(max_bytes, int) or max_bytes < 1:
        raise BatchUsageError(f"max_bytes must be a positive integer, not {max_bytes!r}")


def _result_fields() -> str:
    """Field names of DocumentResult: part of the cache key, so a changed shape misses."""
    from dataclasses import fields

    from .corpus import DocumentResult

    return ",".join(f.name for f in fields(DocumentResult))


def _check_theme_args(k, method, seed) -> None:
    """Let the theme model reject bad k/method/seed before any document is read."""
    from .themes import ThemeModel

    try:
        ThemeModel(k=k, method=method, seed=seed)._validate()
    except ValueError as exc:
        raise BatchUsageError(str(exc)) from exc


def _key(store: ResultStore, corpus: Path, path: Path, params: dict, max_bytes: int) -> CacheKey:
    """Cache key; files not read in full (too large, unsupported) are keyed by size.

    An unreadable file gets an empty sha256: it is recomputed and never cached.
    """
    doc_id = display_path(path.relative_to(corpus).as_posix())
    try:
        size = path.stat().st_size
        if size > max_bytes or path.suffix.lower() not in SUPPORTED:
            return store.key(doc_id, f"size:{size}", params)
        return store.key(doc_id, file_sha256(path), params)
    except OSError:
        return store.key(doc_id, "", params)


def _load_results(store: ResultStore, keys: list[CacheKey], uncached: dict[str, bytes],
                  paths: dict[str, str], target: str, max_bytes: int,
                  timings: dict[str, float]) -> Iterator:
    """Every result in doc_id order, one at a time: from the cache, else ``uncached``,
    else computed here (a cache row that no longer unpickles)."""
    timings["load"] = 0.0
    for key in keys:
        t = time.perf_counter()
        blob = uncached.pop(key.doc_id, None)
        result = pickle.loads(blob) if blob is not None else store.get(key)
        if result is None:
            result = pickle.loads(_analyze_blob(paths[key.doc_id], key.doc_id, target, max_bytes)[1])
        timings["load"] += time.perf_counter() - t
        yield result


# ----------------------------------------------------------------------------- engines

def _analyze_one(path: str, doc_id: str, target: str, max_bytes: int):
    """Read and analyse one file (runs in workers)."""
    from .corpus import analyze_document

    delay = float(os.environ.get(SLOW_ENV) or 0)
    if delay > 0:
        time.sleep(delay)
    return analyze_document(read_document(path, max_bytes=max_bytes), doc_id, target=target)


def display_path(path: str) -> str:
    """A file name (or a message quoting one) as clean text: undecodable bytes (e.g. a GBK
    name on a UTF-8 system, which Python keeps as surrogates) are decoded as GB18030,
    else backslash-escaped.

    SQLite, Parquet and CSV all reject the surrogates; the file is still opened by its
    real name. ``display_path("a/报告.txt")`` is unchanged.
    """
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        raw = path.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "backslashreplace")


def _warm_up() -> None:
    """Import the analysis modules and fill their lazy caches (jieba's dictionary, script
    converters, patterns) before forking, so that worker processes share them instead
    of each building its own."""
    from .corpus import analyze_document
    from .readers import Document

    analyze_document(Document("", text="一、预热\n全年完成投资3.5亿元，“放管服”改革。"), "warm-up")


def _analyze_blob(path: str, doc_id: str, target: str, max_bytes: int) -> tuple[str, bytes]:
    """(doc_id, pickled result): pickled once, in the worker; the driver only stores bytes."""
    result = _analyze_one(path, doc_id, target, max_bytes)
    result.file, result.error = display_path(result.file), display_path(result.error)
    return doc_id, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)


def _analyze_chunk(items: list[tuple[str, str]], target: str, max_bytes: int) -> list:
    return [_analyze_blob(path, doc_id, target, max_bytes) for path, doc_id in items]


def _chunks(items: list, jobs: int) -> list[list]:
    """Chunks small enough to balance load and show progress, big enough to amortise IPC."""
    size = max(1, min(64, math.ceil(len(items) / (jobs * 8))))
    return [items[i:i + size] for i in range(0, len(items), size)]


def _compute(todo, jobs, engine, scheduler, target, max_bytes) -> Iterator:
    """Yield (doc_id, pickled result) for ``todo`` as they are ready (order not guaranteed)."""
    if not todo:
        return
    if engine == "dask":
        yield from _compute_dask(todo, jobs, scheduler, target, max_bytes)
    elif jobs == 1:
        for path, doc_id in todo:
            yield _analyze_blob(path, doc_id, target, max_bytes)
    else:
        _warm_up()
        # Python's advice for fork without exec: objects frozen when a worker is forked are
        # left out of its garbage collections (modules, jieba's dictionary, lexicons: each
        # full collection walked them all, and wrote to their pages); 15-20% more
        # documents a second with 2 jobs (benchmarks/RESULTS.md)
        gc.freeze()
        try:
            with ProcessPoolExecutor(max_workers=jobs) as pool:
                futures = [pool.submit(_analyze_chunk, chunk, target, max_bytes)
                           for chunk in _chunks(todo, jobs)]
                gc.unfreeze()   # every worker is forked by now: the driver collects as before
                for future in as_completed(futures):
                    yield from future.result()
        finally:
            gc.unfreeze()


def _compute_dask(todo, jobs, scheduler, target, max_bytes) -> Iterator:
    try:
        from dask.distributed import Client, LocalCluster, as_completed as dask_completed
    except ImportError as exc:
        raise BatchUsageError("engine='dask' needs dask.distributed: "
                              "pip install 'summarylab[dask]'") from exc
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        futures = client.map(_analyze_chunk, _chunks(todo, jobs), target=target,
                             max_bytes=max_bytes, pure=False)
        for future in dask_completed(futures):
            yield from future.result()
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _with_progress(results: Iterator, total: int, show: bool) -> Iterator:
    if not show or not total:
        yield from results
        return
    from tqdm import tqdm

    with tqdm(total=total, unit="doc", desc="analyse", file=sys.stderr) as bar:
        for result in results:
            yield result
            bar.update(1)


# ----------------------------------------------------------------------------- output

def _finish(results: Iterator, out: Path, *, k, method, seed, fmt, timings, t0,
            header) -> BatchSummary:
    from .corpus import assemble

    t2 = time.perf_counter()
    corpus_result = assemble(results, k=k, method=method, seed=seed,
                             theme_cache=out / THEME_CACHE)  # JSON: a cached re-run fits nothing
    timings["assemble"] = time.perf_counter() - t2 - timings["load"]  # loading is timed apart
    counts = corpus_result.documents["status"].value_counts().to_dict()
    t3 = time.perf_counter()
    (out / MANIFEST).unlink(missing_ok=True)
    for name in (*TABLES, "manifest"):   # leftovers of a run killed while writing
        for stale in out.glob(f".{name}.*.tmp"):
            stale.unlink(missing_ok=True)
    tables = corpus_result.tables()
    written = {name: write_table(tables[name], out, name, fmt) for name in TABLES if name in tables}
    timings["write"] = time.perf_counter() - t3
    timings["total"] = time.perf_counter() - t0
    manifest = dict(header, statuses={s_: int(n) for s_, n in sorted(counts.items())},
                    tables=written, missing_tables=[n for n in TABLES if n not in tables],
                    timings={k_: round(v, 3) for k_, v in timings.items()}, finished=_now())
    manifest["exit_code"] = exit_status(counts)
    _atomic_write(out / MANIFEST, lambda tmp: tmp.write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8"))
    return BatchSummary(out_dir=out, n_files=header["files"], counts=manifest["statuses"],
                        computed=header["computed"], cached=header["cached"],
                        tables={n: m["rows"] for n, m in written.items()},
                        timings=manifest["timings"], manifest=manifest)


def write_table(df: pd.DataFrame, out_dir: str | Path, name: str, fmt: str = "parquet") -> dict:
    """Write ``df`` as ``out_dir/name.parquet`` or ``name.csv`` atomically; return its manifest entry.

    Cells holding lists, tuples, dicts or arrays are kept as lists in Parquet
    and JSON-encoded in CSV; the entry records the column dtypes and those
    columns so that :func:`read_table` restores them.
    """
    if fmt not in FORMATS:
        raise BatchUsageError(f"format must be one of {FORMATS}, not {fmt!r}")
    if not isinstance(df.index, pd.RangeIndex):
        df = df.reset_index()
    df = df.reset_index(drop=True)
    nested = [c for c in df.columns if df[c].dtype == object and df[c].map(_is_nested).any()]
    path = Path(out_dir) / f"{name}.{fmt}"
    encoded = list(nested) if fmt == "csv" else []
    if fmt == "csv":
        frame = df.assign(**{c: df[c].map(_to_json) for c in nested})
        _atomic_write(path, lambda tmp: frame.to_csv(tmp, index=False, encoding="utf-8-sig"))
    else:
        try:
            _atomic_write(path, lambda tmp: df.to_parquet(tmp, index=False))
        except Exception:  # mixed-type object columns pyarrow cannot type: JSON-encode them
            encoded = [c for c in df.columns if df[c].dtype == object
                       and not df[c].map(lambda v: v is None or isinstance(v, str)).all()]
            frame = df.assign(**{c: df[c].map(_to_json) for c in encoded})
            _atomic_write(path, lambda tmp: frame.to_parquet(tmp, index=False))
    return {"file": path.name, "rows": len(df),
            "columns": {str(c): str(df[c].dtype) for c in df.columns},
            "nested_columns": [str(c) for c in nested], "json_columns": [str(c) for c in encoded]}


def read_manifest(out_dir: str | Path) -> dict:
    """The manifest.json of a finished batch run."""
    path = Path(out_dir) / MANIFEST
    if not path.exists():
        raise FileNotFoundError(f"{path} not found: not a batch output folder, or the run did not finish")
    return json.loads(path.read_text(encoding="utf-8"))


def read_table(out_dir: str | Path, name: str) -> pd.DataFrame:
    """Read a table written by :func:`run_batch`, restoring dtypes and list cells.

    Limitation of CSV: a None in a text column comes back as "".
    """
    meta = read_manifest(out_dir)["tables"][name]
    path = Path(out_dir) / meta["file"]
    if path.suffix == ".csv":
        df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    else:
        df = pd.read_parquet(path)
    for col in meta["json_columns"]:
        df[col] = df[col].map(lambda s: json.loads(s) if isinstance(s, str) and s else None)
    for col in meta["nested_columns"]:
        df[col] = df[col].map(_to_python)
    if path.suffix == ".csv":
        skip = set(meta["json_columns"])
        for col, dtype in meta["columns"].items():
            if col not in skip:
                df[col] = _restore(df[col], dtype)
    else:   # Parquet gives text back as pandas strings: object columns stay object
        for col, dtype in meta["columns"].items():
            if dtype == "object" and df[col].dtype != object:
                df[col] = df[col].astype(object)
    return df


def _restore(col: pd.Series, dtype: str) -> pd.Series:
    if dtype in ("object", "str", "string"):
        return col.astype(dtype)
    if dtype in ("bool", "boolean"):
        return col.map({"True": True, "False": False, "": None}).astype(dtype)
    if dtype.startswith("datetime"):
        return pd.to_datetime(col.replace("", None)).astype(dtype)
    if dtype == "category":
        return col.astype("category")
    return pd.to_numeric(col.replace("", None)).astype(dtype)


def _is_nested(value: Any) -> bool:
    """True for list-like or dict cells (lists, tuples, sets, dicts, numpy arrays)."""
    if isinstance(value, (list, tuple, dict, set)):
        return True
    return getattr(value, "ndim", 0) > 0 and hasattr(value, "tolist")


def _to_json(value: Any) -> str:
    return json.dumps(_to_python(value), ensure_ascii=False)


def _to_python(value: Any) -> Any:
    """Lists/arrays/tuples -> lists, numpy scalars -> Python, recursively."""
    if isinstance(value, dict):
        return {k: _to_python(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)) or (hasattr(value, "tolist") and getattr(value, "ndim", 0) > 0):
        return [_to_python(v) for v in (value.tolist() if hasattr(value, "tolist") else value)]
    if hasattr(value, "item") and getattr(value, "ndim", 1) == 0:
        return value.item()
    return value


def _atomic_write(path: Path, writer: Callable[[Path], Any]) -> None:
    """Write via a temporary file in the same folder, then ``os.replace``."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        writer(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _version() -> str:
    from . import __version__

    return __version__
