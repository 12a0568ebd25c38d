"""The per-document cache of a batch run: one SQLite file in the output folder.

A row holds one pickled ``corpus.DocumentResult`` under the key

    (doc_id, sha256 of the file's bytes, summarylab version, parameters)

where the version is :func:`code_version` (the release number plus a digest of
the package's code and data files) and *parameters* is a canonical JSON string
of every option that changes a per-document result (``target``, ``max_bytes``). A changed file, a new
or edited summarylab or other options therefore miss the cache; nothing is ever
served stale. The database runs in WAL mode and commits after every document
(inside :meth:`ResultStore.batch`, at most every ``COMMIT_SECONDS``), so killing
a run at any moment loses at most the documents in flight and those finished in
the last quarter of a second.

This module stores and fetches; it does not decide what to compute (that is
``summarylab.batch``). Old rows (other versions, parameters or file contents)
are kept until :meth:`ResultStore.prune` is called; deleting the file is
always safe.

Example
-------
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> with ResultStore(folder / CACHE_NAME) as store:
...     key = store.key("a.txt", "ab12", {"target": "simplified"})
...     store.put(key, {"status": "ok"})
...     store.get(key)
{'status': 'ok'}
"""
from __future__ import annotations

import hashlib
import json
import pickle
import sqlite3
import time
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, NamedTuple

__all__ = ["CACHE_NAME", "COMMIT_SECONDS", "CacheKey", "ResultStore", "code_version", "file_sha256"]

#: File name of the cache inside a batch output folder.
CACHE_NAME = "summarylab-cache.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS results (
    doc_id  TEXT NOT NULL,
    sha256  TEXT NOT NULL,
    version TEXT NOT NULL,
    params  TEXT NOT NULL,
    created REAL NOT NULL,
    result  BLOB NOT NULL,
    PRIMARY KEY (doc_id, sha256, version, params)
)
"""


class CacheKey(NamedTuple):
    """Identity of one cached per-document result."""

    doc_id: str
    sha256: str
    version: str
    params: str


def file_sha256(path: str | Path, chunk: int = 1 << 20) -> str:
    """Hex SHA-256 of a file, read in 1 MB chunks (big files are not loaded whole).

    >>> import tempfile, os
    >>> fd, name = tempfile.mkstemp(); os.close(fd)
    >>> file_sha256(name)[:8]
    'e3b0c442'
    """
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            digest.update(block)
    return digest.hexdigest()


@lru_cache(maxsize=1)
def code_version() -> str:
    """The library version plus a digest of the installed code and data files, e.g.
    ``"0.1.0+3fa9c2d41b07"``: results cached by one build are never served by another,
    even when the code changed without a new version number (an editable install)."""
    from . import __version__, ruledata

    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted([*package.glob("*.py"), *package.glob("data/*")]):
        if path.is_file():
            digest.update(path.relative_to(package).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    for part in (x for added in ruledata.additions() for x in added):  # summarylab.add_words
        digest.update(part.encode() + b"\0")
    return f"{__version__}+{digest.hexdigest()[:12]}"


#: Inside ResultStore.batch(), puts are committed together at most this often.
COMMIT_SECONDS = 0.25


class ResultStore:
    """SQLite cache of pickled per-document results (WAL, one commit per put, or per
    ``COMMIT_SECONDS`` inside :meth:`batch`).

    Use as a context manager or call :meth:`close`. Not shared between
    threads; one process writes (the batch driver), workers only compute.
    """

    def __init__(self, path: str | Path, *, version: str | None = None) -> None:
        if version is None:
            version = code_version()
        self.path = Path(path)
        self.version = version
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(_SCHEMA)
        self._db.commit()
        self._batched = False
        self._last_commit = time.monotonic()

    def key(self, doc_id: str, sha256: str, params: dict[str, Any]) -> CacheKey:
        """The cache key of a document under the given per-document parameters."""
        return CacheKey(doc_id, sha256, self.version, json.dumps(params, sort_keys=True))

    def get(self, key: CacheKey) -> Any | None:
        """The cached result, or None when absent or unreadable (then it is recomputed)."""
        row = self._db.execute(
            "SELECT result FROM results WHERE doc_id=? AND sha256=? AND version=? AND params=?",
            tuple(key)).fetchone()
        if row is None:
            return None
        try:
            return pickle.loads(row[0])
        except Exception:  # a class changed shape since it was pickled: treat as a miss
            return None

    def has(self, key: CacheKey) -> bool:
        """True when a row exists for ``key`` (cheap: does not unpickle)."""
        return self._db.execute(
            "SELECT 1 FROM results WHERE doc_id=? AND sha256=? AND version=? AND params=?",
            tuple(key)).fetchone() is not None

    def put(self, key: CacheKey, result: Any) -> None:
        """Store one result and commit at once."""
        self.put_blob(key, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))

    def put_blob(self, key: CacheKey, blob: bytes) -> None:
        """Store one already pickled result; commit at once (in :meth:`batch`: when
        ``COMMIT_SECONDS`` have passed since the last commit)."""
        self._db.execute("INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?, ?)",
                         (*key, time.time(), blob))
        if not self._batched or time.monotonic() - self._last_commit >= COMMIT_SECONDS:
            self._db.commit()
            self._last_commit = time.monotonic()

    @contextmanager
    def batch(self) -> Iterator["ResultStore"]:
        """Group the commits of many puts (one per ``COMMIT_SECONDS``); commits on exit,
        also when an exception (or KeyboardInterrupt) leaves the block."""
        self._batched = True
        try:
            yield self
        finally:
            self._batched = False
            self._db.commit()

    def count(self) -> int:
        """Number of cached rows (all keys)."""
        return self._db.execute("SELECT COUNT(*) FROM results").fetchone()[0]

    def prune(self, keep: Iterable[CacheKey]) -> int:
        """Delete every row whose key is not in ``keep``; returns how many went."""
        keep_set = {tuple(k) for k in keep}
        rows = self._db.execute("SELECT doc_id, sha256, version, params FROM results").fetchall()
        stale = [r for r in rows if tuple(r) not in keep_set]
        self._db.executemany(
            "DELETE FROM results WHERE doc_id=? AND sha256=? AND version=? AND params=?", stale)
        self._db.commit()
        return len(stale)

    def close(self) -> None:
        """Close the database (idempotent)."""
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> "ResultStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
