"""Batch analysis of a corpus folder: cache, processes or Dask, Parquet/CSV out.

``run_batch(corpus_dir, out_dir)`` does, in order:

0. take a lock on ``out_dir`` (``out_dir/.summarylab.lock``, ``fcntl.flock``): a
   second run into the same folder stops at once with :class:`BatchBusyError`;
1. list every entry under ``corpus_dir`` (:func:`scan_corpus`: recursive, sorted,
   the output folder skipped). Every entry gets one row in the ``documents``
   table, whatever happens to it: unsupported extensions, hidden names (status
   "hidden", not read), symbolic links leading outside the corpus ("outside",
   not followed unless ``follow_symlinks``), links to folders inside it ("link",
   never followed: their files are listed under their own path),
   FIFOs and devices ("not_regular", never opened for reading), folders that can
   not be listed (path too long, permissions: "error"). ``corpus_dir`` may also
   be one file. Each row gets a ``doc_id`` unique in the run (the path relative to
   the corpus folder, POSIX; names that decode alike get ``#2``, ``#3``…) and
   ``file``, the path relative to the corpus folder;
2. look each file up in the cache (``out_dir/summarylab-cache.sqlite``, see
   :mod:`summarylab.store`: JSON rows, never pickle; a row that does not parse
   or validate counts as absent), keyed by its ``doc_id``, the SHA-256 of its
   bytes, the summarylab version (with a digest of its code and data,
   :func:`summarylab.build.code_version`), the per-document options (``target``,
   ``max_bytes``) and the field names of ``corpus.DocumentResult``;
3. read and analyse the missing ones (:func:`summarylab.readers.read_document`
   then ``summarylab.corpus.analyze_document``): in this process
   (``jobs=1``), in a process pool (``jobs>1``), or on Dask
   (``engine="dask"``: a scheduler address, or a local cluster of ``jobs``
   worker processes). Each result is cached as soon as it arrives, so an
   interrupted run resumes where it stopped. A worker process that dies (killed,
   out of memory) costs the file it was analysing, never the run: the pool is
   restarted, the files it held are retried one by one, and the one that kills
   its worker again gets status "error", cached, so a resume skips it;
4. ``summarylab.corpus.assemble`` over all results in ``doc_id`` order (so
   the output does not depend on the engine or on arrival order). With
   ``engine="dask"`` the theme step keeps no document's tokens in the driver
   beyond a deterministic sample of :data:`THEME_FIT_SIZE` (20,000): the model is
   fitted on the sample, and the other documents are assigned their theme and
   shares in chunks on the Dask workers (``assemble(fit_size=…)``,
   :class:`summarylab.themes.ThemeStream`; ``benchmarks/themes_scale.py``
   measures the driver's memory);
5. write the tables :data:`TABLES` (Parquet, or CSV in UTF-8 with a BOM for
   Excel, list/dict cells JSON-encoded) and ``manifest.json``, each through a
   temporary file and ``os.replace``. The manifest is removed first and written
   last: a folder without a manifest holds an incomplete run. Adding a table is
   adding its name to :data:`TABLES` (any table ``CorpusResult.tables()`` returns).

CSV cells are neutralised against formula injection (OWASP): a text cell that
begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (after any
apostrophes) gets one more ``'`` in front, so a spreadsheet shows it as text;
:func:`read_table` removes it again. Numeric columns are written as numbers
(``-3.5`` stays a number). Cells holding a quote, comma, CR or LF are quoted
(RFC 4180, CRLF line ends). Parquet cells are written exactly.

Exit status (:func:`exit_status`): 0 when every report was read and analysed;
1 when any file is "empty", "undecodable", "too_large" or "error", or when no
file at all is "ok" (an empty folder, or only unsupported files); the tables
are still written and the documents table says which and why. Unsupported,
hidden, outside, link and not_regular entries are listed but do not fail a
run. The CLI returns 2 for usage errors (:class:`BatchUsageError`, including a
locked output folder) and 3 when the tables could not be written
(:class:`BatchWriteError`: a full disk, a vanished temporary file).

This module orchestrates; it holds no analysis rules. Reading the output back
is :func:`read_table` (only files inside the output folder are read, whatever
the manifest says). With a remote Dask scheduler, the corpus paths must be
readable by the workers (a shared file system) and summarylab installed there.
docs/SECURITY.md says what a run reads, writes and trusts.

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

import contextlib
import gc
import json
import math
import os
import re
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator

import pandas as pd

from .parameters import check_k_method_seed
from .readers import DEFAULT_MAX_BYTES, LISTED, SUPPORTED, Document, Entry, display_path, read_document, scan_corpus
from .store import CACHE_NAME, CacheKey, ResultStore, code_version, decode_result, encode_result, file_sha256

__all__ = ["TABLES", "FORMATS", "ENGINES", "MANIFEST", "LOCK_NAME", "BatchSummary", "BatchUsageError",
           "BatchBusyError", "BatchWriteError", "Entry", "ManifestError", "FAILED", "LISTED", "display_path",
           "exit_status", "read_manifest", "read_table", "run_batch", "scan_corpus", "write_table"]

#: Tables written by a batch run, in this order.
TABLES = ("documents", "indicators", "measures", "slogans", "citations", "quality", "themes",
          "theme_shares", "theme_years", "panel")
FORMATS = ("parquet", "csv")
THEME_FIT_SIZE = 20_000   # engine="dask": themes fitted on at most this many documents (a sample)
CHUNK_FILES = 64   # most files a worker is sent at once (see _chunks)
THEME_CACHE = ".summarylab-themes.json"   # theme outputs keyed by document hashes (corpus.assemble)
ENGINES = ("local", "dask")
MANIFEST = "manifest.json"
#: Lock file in the output folder (hidden; held with flock while a run writes there).
LOCK_NAME = ".summarylab.lock"
SLOW_ENV = "SUMMARYLAB_SLOW_PER_DOC"


class BatchUsageError(ValueError):
    """Bad arguments to :func:`run_batch` (the CLI exits with status 2)."""


class BatchBusyError(BatchUsageError):
    """Another run holds the lock on the output folder (the CLI exits with status 2)."""


class ManifestError(ValueError):
    """A manifest.json names a table file outside its output folder (the CLI exits with 2)."""


class BatchWriteError(OSError):
    """The tables or the manifest could not be written (the CLI exits with status 3)."""


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
_DIED = ("the worker process died while analysing this file (killed, e.g. out of memory); "
         "recorded in the cache, so a re-run skips it until the file changes (--refresh retries)")


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
              seed: int = 0, refresh: bool = False,
              follow_symlinks: bool = False) -> BatchSummary:
    """Analyse every file of ``corpus_dir`` (a folder, or one file) and write the tables
    to ``out_dir``.

    Parameters
    ----------
    jobs : worker processes (local pool or local Dask cluster); 1 = in-process.
    fmt : "parquet" (default) or "csv" (UTF-8 with BOM, for Excel; formula-like
        cells neutralised, see the module docstring).
    k, method, seed : passed to ``corpus.assemble`` (themes).
    target : script of the output text, "simplified" or "traditional".
    engine : "local" or "dask"; ``scheduler`` is a Dask scheduler address
        (default: a LocalCluster of ``jobs`` processes).
    max_bytes : files bigger than this, and .docx files whose text part would
        decompress past it, get status "too_large".
    quiet, progress : progress bar on stderr; ``progress=None`` shows it only
        on a terminal, ``quiet=True`` never.
    refresh : analyse every file again, ignoring (and overwriting) cached
        results; for a changed analysis with an unchanged summarylab version.
    follow_symlinks : follow symbolic links that lead outside ``corpus_dir``
        (default: listed with status "outside", not read).

    Raises :class:`BatchUsageError` for bad arguments, a missing corpus or an
    output folder that is the corpus folder itself; :class:`BatchBusyError` when
    another run holds ``out_dir``; :class:`BatchWriteError` when the tables could
    not be written.

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
    show = not quiet and (progress if progress is not None else sys.stderr.isatty())
    timings: dict[str, float] = {}
    with _locked(out), ResultStore(out / CACHE_NAME) as store:
        entries = scan_corpus(corpus, exclude=out, follow_symlinks=follow_symlinks)
        results, computed, cached = _analyze_all(store, entries, jobs=jobs, engine=engine,
                                         scheduler=scheduler, target=target,
                                         max_bytes=max_bytes, show=show, timings=timings,
                                         refresh=refresh)
        header = dict(summarylab_version=_version(), cache_version=code_version(),
                      started=started, corpus=str(corpus), out=str(out.resolve()),
                      parameters=dict(jobs=jobs, format=fmt, k=k, target=target, engine=engine,
                                      scheduler=scheduler, max_bytes=max_bytes, method=method,
                                      seed=seed, refresh=refresh, follow_symlinks=follow_symlinks),
                      files=len(entries), computed=computed, cached=cached)
        return _finish(results, out, k=k, method=method, seed=seed, fmt=fmt, timings=timings,
                       t0=t0, header=header, show=show)


@contextlib.contextmanager
def _locked(out: Path) -> Iterator[None]:
    """Hold an exclusive ``flock`` on ``out/.summarylab.lock`` (released when the run
    ends, also when the process dies). Without fcntl (Windows) runs are not locked."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    fd = os.open(out / LOCK_NAME, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip() or "?"
            raise BatchBusyError(f"another summarylab run (pid {holder}) is writing to {out}; "
                                 "wait for it to finish or choose another --out") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)


# ----------------------------------------------------------------------------- listing

def _analyze_all(store: ResultStore, entries: list[Entry], *, jobs, engine,
                 scheduler, target, max_bytes, show, timings,
                 refresh=False) -> tuple[Iterator, int, int]:
    """Compute what the cache lacks, caching each result on arrival.

    Returns a generator of all results in doc_id order (read from the cache one at a
    time while it is consumed, its time added to ``timings["load"]``), the number
    of documents computed and the number taken from the cache (entries the listing
    did not let through, :data:`LISTED`, are neither).
    """
    t0 = time.perf_counter()
    params = {"target": target, "max_bytes": max_bytes, "fields": _result_fields()}
    ids = unique_ids([e.rel for e in entries])
    listed = {doc_id: e for doc_id, e in zip(ids, entries) if e.status}
    pairs = sorted(((_key(store, e, doc_id, params, max_bytes), e)
                    for doc_id, e in zip(ids, entries) if not e.status),
                   key=lambda pair: pair[0].doc_id)
    keys, files = [k for k, _ in pairs], [e for _, e in pairs]
    todo = [(str(e.path), key.doc_id, display_path(e.rel)) for e, key in zip(files, keys)
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
    items = {key.doc_id: (str(e.path), display_path(e.rel)) for e, key in zip(files, keys)}
    order = sorted([*((key.doc_id, key) for key in keys), *((i, None) for i in listed)],
                   key=lambda pair: pair[0])
    return (_load_results(store, order, listed, uncached, items, target, max_bytes, timings),
            len(todo), len(keys) - len(todo))


def unique_ids(rels: list[str]) -> list[str]:
    """A doc_id per relative path (:func:`display_path`), unique: when names decode
    alike (a GBK name beside its UTF-8 twin, ``\\xff.txt`` beside a name that holds the
    byte 0xFF), the name written exactly keeps it, the others get ``#2``, ``#3``… in the
    order of their bytes. Raises RuntimeError if the ids are still not unique.

    >>> unique_ids(["a.txt", "b.txt"])
    ['a.txt', 'b.txt']
    >>> import os; unique_ids(["\\\\xff.txt", os.fsdecode(b"\\xff.txt")])
    ['\\\\xff.txt', '\\\\xff.txt#2']
    """
    shown = [display_path(r) for r in rels]
    taken = set(shown)
    groups: dict[str, list[int]] = {}
    for i, doc_id in enumerate(shown):
        groups.setdefault(doc_id, []).append(i)
    out = list(shown)
    for doc_id, members in groups.items():
        if len(members) < 2:
            continue
        raw = sorted(members, key=lambda i: (rels[i] != doc_id, _raw(rels[i])))
        n = 2
        for i in raw[1:]:
            while f"{doc_id}#{n}" in taken:
                n += 1
            out[i] = f"{doc_id}#{n}"
            taken.add(out[i])
    if len(set(out)) != len(out):   # the run's own check: one row per file, never two
        raise RuntimeError("doc_id not unique per file")
    return out


def _raw(rel: str) -> bytes:
    return rel.encode("utf-8", "surrogateescape")


def _check_args(corpus_dir, out_dir, jobs, fmt, k, target, engine, scheduler, max_bytes) -> None:
    if not Path(corpus_dir).exists():
        raise BatchUsageError(f"corpus folder not found: {corpus_dir}")
    if Path(corpus_dir).is_dir() and Path(out_dir).resolve() == Path(corpus_dir).resolve():
        raise BatchUsageError(f"--out {out_dir} is the corpus folder itself: the next run "
                              "would read its own outputs; choose another folder (a "
                              "subfolder of the corpus is fine, it is skipped)")
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
    """Reject bad k/method/seed before any document is read, with the theme model's own
    checks (:mod:`summarylab.parameters`, which does not import scikit-learn)."""
    try:
        check_k_method_seed(k, method, seed)
    except ValueError as exc:
        raise BatchUsageError(str(exc)) from exc


def _key(store: ResultStore, entry: Entry, doc_id: str, params: dict, max_bytes: int) -> CacheKey:
    """Cache key; files not read in full (too large, unsupported) are keyed by size.

    An unreadable file gets an empty sha256: it is recomputed and never cached.
    """
    path = entry.path
    try:
        size = path.stat().st_size
        if size > max_bytes or path.suffix.lower() not in SUPPORTED:
            return store.key(doc_id, f"size:{size}", params)
        return store.key(doc_id, file_sha256(path, limit=max_bytes), params)
    except OSError:
        return store.key(doc_id, "", params)


def _load_results(store: ResultStore, order: list[tuple[str, CacheKey | None]],
                  listed: dict[str, Entry], uncached: dict[str, bytes],
                  items: dict[str, tuple[str, str]], target: str, max_bytes: int,
                  timings: dict[str, float]) -> Iterator:
    """Every result in doc_id order, one at a time: a listed entry's row, else from the
    cache, else ``uncached``, else computed here (a cache row that does not decode)."""
    timings["load"] = 0.0
    for doc_id, key in order:
        t = time.perf_counter()
        if key is None:
            result = _listed_result(listed[doc_id], doc_id, target)
        else:
            blob = uncached.pop(doc_id, None)
            result = decode_result(blob) if blob is not None else store.get(key)
            if result is None:
                path, rel = items[doc_id]
                blob = _analyze_blob(path, doc_id, rel, target, max_bytes)[1]
                result = decode_result(blob)
                if key.sha256:
                    store.put_blob(key, blob)   # replace the row that did not decode
        timings["load"] += time.perf_counter() - t
        yield result


def _listed_result(entry: Entry, doc_id: str, target: str):
    from .corpus import analyze_document

    doc = Document(display_path(entry.rel), status=entry.status, error=display_path(entry.error))
    return analyze_document(doc, doc_id, target=target)


# ----------------------------------------------------------------------------- engines

def _analyze_one(path: str, doc_id: str, target: str, max_bytes: int):
    """Read and analyse one file (runs in workers)."""
    from .corpus import analyze_document

    delay = float(os.environ.get(SLOW_ENV) or 0)
    if delay > 0:
        time.sleep(delay)
    return analyze_document(read_document(path, max_bytes=max_bytes), doc_id, target=target)


def _warm_up() -> None:
    """Import the analysis modules and fill their lazy caches (jieba's dictionary, script
    converters, patterns) before forking, so that worker processes share them instead
    of each building its own."""
    from .corpus import analyze_document

    analyze_document(Document("", text="一、预热\n全年完成投资3.5亿元，“放管服”改革。"), "warm-up")


def _analyze_blob(path: str, doc_id: str, rel: str, target: str, max_bytes: int,
                  marks: str | None = None) -> tuple[str, bytes]:
    """(doc_id, encoded result): encoded once, in the worker (:func:`encode_result`,
    JSON); the driver only stores bytes. ``file`` is the path relative to the corpus.
    With ``marks`` (a folder), the worker notes the doc_id it is working on in
    ``marks/<pid>`` so that the driver knows which file a dead worker held."""
    mark = os.path.join(marks, str(os.getpid())) if marks else None
    if mark:
        with open(mark, "w", encoding="utf-8") as fh:
            fh.write(doc_id)
    result = _analyze_one(path, doc_id, target, max_bytes)
    result.file, result.error = rel, display_path(result.error)
    blob = encode_result(result)
    if mark:
        open(mark, "w").close()
    return doc_id, blob


def _analyze_chunk(items: list[tuple[str, str, str]], target: str, max_bytes: int,
                   marks: str | None = None) -> list:
    return [_analyze_blob(path, doc_id, rel, target, max_bytes, marks) for path, doc_id, rel in items]


def _died_blob(path: str, doc_id: str, rel: str, target: str) -> tuple[str, bytes]:
    """The "error" result of a file whose worker process died."""
    from .corpus import analyze_document

    result = analyze_document(Document(path, status="error", error=_DIED), doc_id, target=target)
    result.file = rel
    return doc_id, encode_result(result)


def _chunks(items: list, jobs: int) -> list[list]:
    """Chunks that shrink as the work left shrinks (guided self-scheduling).

    Items (path, doc_id, rel) are taken largest file first; each chunk holds about
    1/(4 × jobs) of the bytes not yet dealt (at least one file, at most
    :data:`CHUNK_FILES`). The long reports start first, in chunks of one or two, and
    the run ends on chunks of one small file each, so that no worker finishes its last
    chunk long after the other went idle (on the 72 State Council reports, 2 to
    170 KB, equal-count chunks left one worker idle for a second at the end), while a
    big corpus still travels in chunks of many files (fewer round trips).

    >>> [len(c) for c in _chunks([("a", "1", "a")] * 20, 2)]   # unknown sizes count as 1 byte
    [3, 3, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1]
    """
    sized = sorted(((max(1, _size(item)), item) for item in items), key=lambda pair: -pair[0])
    left = sum(size for size, _ in sized)
    chunks: list[list] = []
    chunk, weight = [], 0
    for size, item in sized:
        chunk.append(item)
        weight += size
        if weight * 4 * jobs >= left or len(chunk) >= CHUNK_FILES:
            chunks.append(chunk)
            left -= weight
            chunk, weight = [], 0
    return chunks + [chunk] if chunk else chunks


def _size(item: tuple[str, str]) -> int:
    try:
        return os.stat(item[0]).st_size
    except OSError:
        return 0


def _compute(todo, jobs, engine, scheduler, target, max_bytes) -> Iterator:
    """Yield (doc_id, encoded result) for ``todo`` as they are ready (order not guaranteed)."""
    if not todo:
        return
    if engine == "dask":
        yield from _compute_dask(todo, jobs, scheduler, target, max_bytes)
    elif jobs == 1:
        for path, doc_id, rel in todo:
            yield _analyze_blob(path, doc_id, rel, target, max_bytes)
    else:
        _warm_up()
        with tempfile.TemporaryDirectory(prefix="summarylab-workers-") as marks:
            yield from _compute_pool(todo, jobs, target, max_bytes, marks)


def _compute_pool(todo, jobs, target, max_bytes, marks: str) -> Iterator:
    """The process pool, surviving dead workers: when one dies (BrokenProcessPool), the
    files the workers held (their marks) are retried one at a time in a fresh
    one-worker pool, the rest go back to a new pool; a file that kills its worker when
    alone gets the "error" result :func:`_died_blob`."""
    pending = {item[1]: item for item in todo}
    prefetch = _Prefetch()
    while pending:
        try:
            for doc_id, blob in _run_pool(list(pending.values()), jobs, target, max_bytes, marks, prefetch):
                pending.pop(doc_id, None)
                yield doc_id, blob
        except BrokenProcessPool:
            held = _held(marks, pending) or list(pending)   # no mark: try each alone
            for doc_id in held:
                item = pending.pop(doc_id)
                try:
                    yield from _run_pool([item], 1, target, max_bytes, marks, prefetch)
                except BrokenProcessPool:
                    yield _died_blob(*item, target)


class _Prefetch:
    """The driver's own preparations (:func:`_prepare_driver`) run in a thread while the
    workers run: the theme model's imports (scikit-learn and SciPy, about a second of the
    driver's time) and the word lists and catalogue only the driver's steps read are
    needed only after the documents, and the driver merely waits on the workers meanwhile.

    Started once, after a pool's workers are forked; joined before any pool forks
    again, so that no worker is forked while the thread holds an import lock."""

    def __init__(self) -> None:
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        if self.thread is None:
            self.thread = threading.Thread(target=_prepare_driver, name="summarylab-prefetch",
                                           daemon=True)
            self.thread.start()

    def join(self) -> None:
        if self.thread is not None:
            self.thread.join()


def _prepare_driver() -> None:
    """Import the theme model and build what only the driver reads after the documents:
    the person names left out of theme labels and the panel's catalogue of measures."""
    from . import panel, vocabulary
    from . import themes  # noqa: F401  (scikit-learn, SciPy)

    vocabulary.person_names()
    panel.load_catalogue()


def _held(marks: str, pending: dict) -> list[str]:
    """doc_ids noted by the workers of a broken pool that are not finished (marks cleared)."""
    held = []
    for name in sorted(os.listdir(marks)):
        path = os.path.join(marks, name)
        with open(path, encoding="utf-8") as fh:
            doc_id = fh.read()
        os.unlink(path)
        if doc_id in pending and doc_id not in held:
            held.append(doc_id)
    return held


def _run_pool(items, jobs, target, max_bytes, marks, prefetch: _Prefetch | None = None) -> Iterator:
    # Python's advice for fork without exec: objects frozen when a worker is forked are
    # left out of its garbage collections (modules, jieba's dictionary, lexicons: each
    # full collection walked them all, and wrote to their pages); 15-20% more
    # documents a second with 2 jobs (benchmarks/RESULTS.md)
    if prefetch is not None:
        prefetch.join()   # no fork while the prefetch thread may hold an import lock
    gc.freeze()
    try:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = [pool.submit(_analyze_chunk, chunk, target, max_bytes, marks)
                       for chunk in _chunks(items, jobs)]
            gc.unfreeze()   # every worker is forked by now: the driver collects as before
            if prefetch is not None:
                prefetch.start()
            for future in as_completed(futures):
                yield from future.result()
    finally:
        gc.unfreeze()


@contextlib.contextmanager
def _dask_client(jobs, scheduler) -> Iterator:
    """A Dask client on ``scheduler``, or on a LocalCluster of ``jobs`` processes, closed after."""
    try:
        from dask.distributed import Client, LocalCluster
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
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _compute_dask(todo, jobs, scheduler, target, max_bytes) -> Iterator:
    from dask.distributed import as_completed as dask_completed

    with _dask_client(jobs, scheduler) as client:
        futures = client.map(_analyze_chunk, _chunks(todo, jobs), target=target,  # no marks
                             max_bytes=max_bytes, pure=False)
        for future in dask_completed(futures):
            yield from future.result()
            future.release()


def dask_theme_mapper(jobs: int, scheduler: str | None):
    """``mapper`` for :class:`summarylab.themes.ThemeStream`: assigns the chunks on Dask
    workers (the fitted model scattered to them once), one chunk per worker in flight
    and one more, results in order; the driver holds only those chunks."""
    def mapper(model, chunks) -> Iterator:
        from collections import deque

        from .themes import assign_chunk

        with _dask_client(jobs, scheduler) as client:
            [remote] = client.scatter([model], broadcast=True)
            depth = 1 + max(1, len(client.scheduler_info().get("workers", {})) or jobs)
            pending: deque = deque()
            for chunk in chunks:
                pending.append(client.submit(assign_chunk, remote, chunk, pure=False))
                if len(pending) >= depth:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
    return mapper


def _with_progress(results: Iterator, total: int, show: bool) -> Iterator:
    if not show or not total:
        yield from results
        return
    from tqdm import tqdm

    eta = _Eta(total)
    with tqdm(total=total, unit="doc", desc="analyse", file=sys.stderr,
              bar_format="{l_bar}{bar}| {n_fmt}/{total_fmt} [{elapsed}{postfix}]") as bar:
        for result in results:
            yield result
            bar.update(1)
            bar.set_postfix_str(eta.update(bar.n, time.perf_counter()), refresh=False)


class _Eta:
    """Time left, from the rate since the first document arrived, once enough arrived.

    tqdm's own estimate after the first document counts the start-up (imports,
    jieba's dictionary, worker processes) as that document's time: 03:49 for a
    13 s run. Here the rate is taken from the first arrival on, over at least
    :attr:`MIN_DOCS` documents and :attr:`MIN_SECONDS`; before that it says
    "estimating".

    >>> eta = _Eta(72)
    >>> eta.update(1, 3.0), eta.update(5, 3.4), eta.update(6, 3.5)
    ('<estimating', '<estimating', '<00:07')
    """

    MIN_DOCS, MIN_SECONDS = 5, 0.5

    def __init__(self, total: int):
        self.total, self.first = total, None

    def update(self, n: int, now: float) -> str:
        if self.first is None:
            self.first = (n, now)
        done, spent = n - self.first[0], now - self.first[1]
        if done < self.MIN_DOCS or spent < self.MIN_SECONDS:
            return "<estimating"
        left = round((self.total - n) * spent / done)
        return f"<{left // 60:02d}:{left % 60:02d}"


class _Stages:
    """The line under the progress bar once the documents are analysed: what the driver
    does then (loading the results, fitting the theme model, writing the tables), so a
    run never sits silent at 100 %. Nothing when ``show`` is false."""

    def __init__(self, show: bool, n_docs: int):
        self.bar = None
        if show:
            from tqdm import tqdm
            self.bar = tqdm(total=n_docs, desc="assemble", unit="doc", file=sys.stderr,
                            bar_format="{desc} [{elapsed}]")

    def step(self, what: str, refresh: bool = True) -> None:
        if self.bar is not None:
            self.bar.set_description_str(f"assemble: {what}", refresh=refresh)

    def counted(self, results: Iterator, n_docs: int) -> Iterator:
        """``results``, saying how many are loaded, then that the themes are being fitted."""
        for i, result in enumerate(results, 1):
            if i == 1 or i % 50 == 0 or i == n_docs:
                self.step(f"loading results and stacking tables {i}/{n_docs}")
            yield result
        self.step(f"fitting the theme model on {n_docs} documents")

    def close(self, last: str) -> None:
        if self.bar is not None:
            self.step(last, refresh=False)
            self.bar.close()


# ----------------------------------------------------------------------------- output

def _finish(results: Iterator, out: Path, *, k, method, seed, fmt, timings, t0,
            header, show: bool = False) -> BatchSummary:
    from .corpus import assemble

    t2 = time.perf_counter()
    stages = _Stages(show, header["files"])
    params = header["parameters"]
    dask = params["engine"] == "dask"   # themes fitted on a sample, assigned on the workers
    corpus_result = assemble(stages.counted(results, header["files"]), k=k, method=method, seed=seed,
                             theme_cache=out / THEME_CACHE,  # JSON: a cached re-run fits nothing
                             fit_size=THEME_FIT_SIZE if dask else None,
                             mapper=dask_theme_mapper(params["jobs"], params["scheduler"]) if dask else None,
                             n_jobs=None if dask else params["jobs"])   # the cores --jobs grants
    timings["assemble"] = time.perf_counter() - t2 - timings["load"]  # loading is timed apart
    stages.close("themes fitted; writing the tables")
    counts = corpus_result.documents["status"].value_counts().to_dict()
    t3 = time.perf_counter()
    (out / MANIFEST).unlink(missing_ok=True)
    for name in (*TABLES, "manifest"):   # leftovers of a run killed while writing
        for stale in out.glob(f".{name}.*.tmp"):
            stale.unlink(missing_ok=True)
    tables = corpus_result.tables()
    _check_documents(tables["documents"], header["files"])
    try:
        written = {name: write_table(tables[name], out, name, fmt) for name in TABLES if name in tables}
    except OSError as exc:
        raise BatchWriteError(exc.errno, f"could not write the tables to {out}: {exc}") from exc
    timings["write"] = time.perf_counter() - t3
    timings["total"] = time.perf_counter() - t0
    manifest = dict(header, statuses={s_: int(n) for s_, n in sorted(counts.items())},
                    tables=written, missing_tables=[n for n in TABLES if n not in tables],
                    timings={k_: round(v, 3) for k_, v in timings.items()}, finished=_now())
    manifest["exit_code"] = exit_status(counts)
    try:
        _atomic_write(out / MANIFEST, lambda tmp: tmp.write_text(
            json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8"))
    except OSError as exc:
        raise BatchWriteError(exc.errno, f"could not write {out / MANIFEST}: {exc}") from exc
    return BatchSummary(out_dir=out, n_files=header["files"], counts=manifest["statuses"],
                        computed=header["computed"], cached=header["cached"],
                        tables={n: m["rows"] for n, m in written.items()},
                        timings=manifest["timings"], manifest=manifest)


def _check_documents(docs: pd.DataFrame, n_files: int) -> None:
    """One row per listed entry, each doc_id once: else the run stops before writing."""
    if len(docs) != n_files or docs["doc_id"].duplicated().any():
        dup = docs.loc[docs["doc_id"].duplicated(), "doc_id"].tolist()[:5]
        raise RuntimeError(f"documents table has {len(docs)} rows for {n_files} files "
                           f"(repeated doc_id: {dup}); nothing written")


#: First characters a spreadsheet reads as a formula (OWASP CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NEUTRALISE = re.compile(r"'*[=+\-@\t\r]")   # apostrophes, then a formula start
_NEUTRALISED = re.compile(r"'+[=+\-@\t\r]")


def neutralise(value: Any) -> Any:
    """A text cell made safe for a spreadsheet: one ``'`` more in front when it begins
    (after any apostrophes) with = + - @ tab or CR; other values unchanged.
    :func:`unneutralise` undoes it exactly.

    >>> neutralise("=1+1"), neutralise("@SUM(A1)"), neutralise("-3.5"), neutralise(-3.5)
    ("'=1+1", "'@SUM(A1)", "'-3.5", -3.5)
    >>> unneutralise(neutralise("'=1+1")) == "'=1+1"
    True
    """
    if isinstance(value, str) and _NEUTRALISE.match(value):
        return "'" + value
    return value


def unneutralise(value: Any) -> Any:
    """Inverse of :func:`neutralise` (for cells read back from a CSV)."""
    if isinstance(value, str) and _NEUTRALISED.match(value):
        return value[1:]
    return value


def write_table(df: pd.DataFrame, out_dir: str | Path, name: str, fmt: str = "parquet") -> dict:
    """Write ``df`` as ``out_dir/name.parquet`` or ``name.csv`` atomically; return its manifest entry.

    Cells holding lists, tuples, dicts or arrays are kept as lists in Parquet
    and JSON-encoded in CSV. In CSV, text cells are neutralised (:func:`neutralise`),
    lines end in CRLF and cells with a quote, comma, CR or LF are quoted (RFC 4180).
    The entry names every column's kind consistently (``columns``: "str" for text
    whatever its pandas dtype, "list" for list cells, else the dtype) and records the
    exact pandas dtypes and the encoded columns so that :func:`read_table` restores them.
    Errors writing (a full disk) propagate as OSError: nothing is rewritten silently.
    """
    if fmt not in FORMATS:
        raise BatchUsageError(f"format must be one of {FORMATS}, not {fmt!r}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
        raise BatchUsageError(f"table name must be a lower-case identifier, not {name!r}")
    if not isinstance(df.index, pd.RangeIndex):
        df = df.reset_index()
    df = df.reset_index(drop=True)
    nested = [c for c in df.columns if df[c].dtype == object and df[c].map(_is_nested).any()]
    path = Path(out_dir) / f"{name}.{fmt}"
    encoded = list(nested) if fmt == "csv" else []
    if fmt == "csv":
        frame = df.assign(**{c: df[c].map(_to_json) for c in nested})
        frame = frame.assign(**{c: _neutralised(frame[c]) for c in frame.columns
                                if _is_text(frame[c])})
        _atomic_write(path, lambda tmp: frame.to_csv(tmp, index=False, encoding="utf-8-sig",
                                                     lineterminator="\r\n"))
    else:
        try:
            import pyarrow as pa
            arrow_errors: tuple = (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError)
        except ImportError:  # pragma: no cover - pandas then raises ImportError itself
            arrow_errors = ()
        try:
            frame = df
            _atomic_write(path, lambda tmp: frame.to_parquet(tmp, index=False))
        except arrow_errors:  # mixed-type object columns pyarrow cannot type: JSON-encode them
            encoded = [c for c in df.columns if df[c].dtype == object
                       and not df[c].map(lambda v: v is None or isinstance(v, str)).all()]
            frame = df.assign(**{c: df[c].map(_to_json) for c in encoded})
            _atomic_write(path, lambda tmp: frame.to_parquet(tmp, index=False))
    return {"file": path.name, "rows": len(df),
            "columns": {str(c): _kind(df[c], c in nested) for c in df.columns},
            "dtypes": {str(c): str(df[c].dtype) for c in df.columns},
            "nested_columns": [str(c) for c in nested], "json_columns": [str(c) for c in encoded]}


def _neutralised(col: pd.Series) -> pd.Series:
    """:func:`neutralise` over a column, vectorised (only the matching cells change)."""
    hit = col.str.match(_NEUTRALISE.pattern, na=False).to_numpy(dtype=bool)
    if not hit.any():
        return col
    col = col.astype(object).copy()
    col[hit] = "'" + col[hit].astype(str)
    return col


def _is_text(col: pd.Series) -> bool:
    return col.dtype == object or isinstance(col.dtype, pd.StringDtype) or str(col.dtype) == "str"


def _kind(col: pd.Series, nested: bool) -> str:
    """The manifest's name for a column: "list", "str" (any text column), else its dtype."""
    if nested:
        return "list"
    if _is_text(col) and (col.dtype != object or not len(col)
                          or pd.api.types.infer_dtype(col, skipna=True) in ("string", "empty")):
        return "str"
    return str(col.dtype)


def read_manifest(out_dir: str | Path) -> dict:
    """The manifest.json of a finished batch run."""
    path = Path(out_dir) / MANIFEST
    if not path.exists():
        raise FileNotFoundError(f"{path} not found: not a batch output folder, or the run did not finish")
    return json.loads(path.read_text(encoding="utf-8"))


def table_path(out_dir: str | Path, name: str, meta: dict) -> Path:
    """The file of table ``name`` named by a manifest entry, checked: a plain file name
    ``name.parquet`` or ``name.csv`` directly inside ``out_dir``, not a link leading
    elsewhere. Raises :class:`ManifestError` otherwise (a manifest pointing at ``/etc/passwd`` or
    ``../secrets.csv``).

    >>> table_path("out", "documents", {"file": "/etc/passwd"})
    Traceback (most recent call last):
    ...
    summarylab.batch.ManifestError: manifest.json names '/etc/passwd' for table 'documents': only documents.parquet or documents.csv inside the output folder is read
    """
    file = meta.get("file") if isinstance(meta, dict) else None
    if file not in (f"{name}.parquet", f"{name}.csv"):
        raise ManifestError(f"manifest.json names {file!r} for table {name!r}: only {name}.parquet "
                         f"or {name}.csv inside the output folder is read")
    folder = Path(out_dir).resolve()
    path = (folder / file).resolve()
    if path.parent != folder:
        raise ManifestError(f"{folder / file} leads outside the output folder {folder}; not read")
    return path


def read_table(out_dir: str | Path, name: str) -> pd.DataFrame:
    """Read a table written by :func:`run_batch`, restoring dtypes, list cells and the
    text of neutralised CSV cells. Only files inside ``out_dir`` are read
    (:func:`table_path`).

    Limitation of CSV: a None in a text column comes back as "".
    """
    meta = read_manifest(out_dir)["tables"][name]
    path = table_path(out_dir, name, meta)
    dtypes = meta.get("dtypes") or meta["columns"]   # manifests before "dtypes": exact names
    if path.suffix == ".csv":
        df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        df = df.map(unneutralise) if len(df.columns) else df
    else:
        df = pd.read_parquet(path)
    for col in meta["json_columns"]:
        df[col] = df[col].map(lambda s: json.loads(s) if isinstance(s, str) and s else None)
    for col in meta["nested_columns"]:
        df[col] = df[col].map(_to_python)
    if path.suffix == ".csv":
        skip = set(meta["json_columns"])
        for col, dtype in dtypes.items():
            if col not in skip:
                df[col] = _restore(df[col], dtype)
    else:   # Parquet gives text back as pandas strings: object columns stay object
        for col, dtype in dtypes.items():
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
