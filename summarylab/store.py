"""The per-document cache of a batch run: one SQLite file in the output folder.

A row holds one ``corpus.DocumentResult`` as JSON (:func:`encode_result`) under the key

    (doc_id, sha256 of the file's bytes, summarylab version, parameters)

where the version is :func:`code_version` (the release number plus a digest of
the package's code and data files) and *parameters* is a canonical JSON string
of every option that changes a per-document result (``target``, ``max_bytes``). A changed file, a new
or edited summarylab or other options therefore miss the cache; nothing is ever
served stale. The database runs in WAL mode and commits after every document
(inside :meth:`ResultStore.batch`, at most every ``COMMIT_SECONDS``), so killing
a run at any moment loses at most the documents in flight and those finished in
the last quarter of a second.

Format: UTF-8 JSON, never pickle. An output folder may come from someone else
(a colleague's run to resume), and its cache is then untrusted input: JSON
cannot run code, and :func:`decode_result` checks every field and every table
column (names, an allowlist of dtypes, equal lengths, cell types of numeric
columns) before a row is used. A row that does not parse or validate is treated
as absent: the document is analysed again and the row replaced. Tables are
stored as their columns (names, dtype names, value lists); tuples inside cells
(``occurrences`` pairs) are tagged so that they come back as tuples.

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
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator, NamedTuple

from .build import code_version

__all__ = ["CACHE_NAME", "COMMIT_SECONDS", "CacheKey", "ResultStore", "code_version",
           "decode_result", "encode_result", "file_sha256"]

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


def file_sha256(path: str | Path, chunk: int = 1 << 20, *, limit: int | None = None) -> str:
    """Hex SHA-256 of a regular file, read in 1 MB chunks (big files are not loaded whole).

    Only a regular file is hashed (:func:`summarylab.readers.open_regular`: a FIFO or a
    device raises OSError at once instead of blocking or reading forever); with
    ``limit``, a file that grows past ``limit`` bytes while it is read raises OSError.

    >>> import tempfile, os
    >>> fd, name = tempfile.mkstemp(); os.close(fd)
    >>> file_sha256(name)[:8]
    'e3b0c442'
    """
    from .readers import open_regular

    digest = hashlib.sha256()
    seen = 0
    with open_regular(path) as fh:
        while block := fh.read(chunk):
            digest.update(block)
            seen += len(block)
            if limit is not None and seen > limit:
                raise OSError(f"file grew past {limit} bytes while it was read")
    return digest.hexdigest()


#: Inside ResultStore.batch(), puts are committed together at most this often.
COMMIT_SECONDS = 0.25


# ----------------------------------------------------------------------------- format

_FORMAT = "summarylab-result/1"   # first key of every stored row
_PREFIX = b'{"format":"' + _FORMAT.encode() + b'"'   # how every stored row begins
#: dtype names a stored table column may carry (anything else: the row is invalid).
DTYPES = {"int64": (int,), "int32": (int,), "float64": (float, int), "bool": (bool,),
          "object": None, "str": (str,), "string": (str,)}
_STR_FIELDS = ("doc_id", "file", "title", "script", "status", "error", "encoding", "text", "target")


def encode_result(result: Any) -> bytes:
    """JSON bytes of a ``corpus.DocumentResult`` (or of plain JSON data: lists, dicts,
    str, numbers; tuples are tagged and come back as tuples).

    >>> decode_result(encode_result({"pairs": [(1, 2)]}))
    {'pairs': [(1, 2)]}
    """
    from .corpus import DocumentResult

    if isinstance(result, DocumentResult):
        payload = {"kind": "document", **{f: getattr(result, f) for f in _STR_FIELDS},
                   "chars": int(result.chars), "year": result.year, "tokens": result.tokens,
                   "tables": {name: _table_json(result.tables, name) for name in result.tables}}
    else:
        payload = {"kind": "data", "data": _plain(result)}
    return json.dumps({"format": _FORMAT, **payload}, ensure_ascii=False,
                      separators=(",", ":"), default=_scalar).encode("utf-8", "surrogatepass")


def decode_result(blob: bytes) -> Any | None:
    """The value :func:`encode_result` stored, or None when ``blob`` does not parse or
    does not validate (a pickle, a truncated row, a wrong type anywhere)."""
    try:
        payload = json.loads(bytes(blob).decode("utf-8", "surrogatepass"), object_hook=_untag)
        if not isinstance(payload, dict) or payload.get("format") != _FORMAT:
            return None
        if payload.get("kind") == "data" and set(payload) == {"format", "kind", "data"}:
            return payload["data"]
        return _document(payload)
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return None


def _plain(value: Any) -> Any:
    """``value`` with tuples tagged (json would turn them into lists)."""
    if isinstance(value, tuple):
        return {"~tuple": [_plain(v) for v in value]}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def _untag(obj: dict) -> Any:
    if len(obj) == 1 and "~tuple" in obj and isinstance(obj["~tuple"], list):
        return tuple(obj["~tuple"])
    return obj


def _scalar(value: Any) -> Any:
    """numpy scalars and arrays -> Python values (json's ``default``)."""
    if hasattr(value, "tolist"):
        return _plain(value.tolist())
    raise TypeError(f"cannot store a {type(value).__name__} in the cache")


def _table_json(tables, name: str) -> dict | None:
    from .corpus import _packed

    pack = _packed(tables, name)
    if pack is None:
        return None
    values = [[_plain(v) for v in col] if dtype == "object" else col
              for dtype, col in zip(pack.dtypes, pack.values)]
    return {"columns": pack.columns, "dtypes": pack.dtypes, "values": values}


def _document(payload: dict):
    """A DocumentResult from a decoded payload, every field checked."""
    from .corpus import TABLES, DocumentResult, _Packed, _Tables

    expected = {"format", "kind", *_STR_FIELDS, "chars", "year", "tokens", "tables"}
    if payload.get("kind") != "document" or set(payload) != expected:
        raise ValueError("not a stored document result")
    if not all(isinstance(payload[f], str) for f in _STR_FIELDS):
        raise ValueError("a text field is not a str")
    chars, tokens, tables = payload["chars"], payload["tokens"], payload["tables"]
    if type(chars) is not int or chars < 0:
        raise ValueError("chars is not a count")
    year = payload["year"]
    if year is not None and type(year) is not int:
        raise ValueError("year is not an int")
    if tokens is not None and not (isinstance(tokens, list) and all(isinstance(t, str) for t in tokens)):
        raise ValueError("tokens are not a list of str")
    if not isinstance(tables, dict) or not set(tables) <= set(TABLES):
        raise ValueError("unknown tables")
    packs = {name: _pack(table, _Packed) for name, table in tables.items()}
    fields = {f: payload[f] for f in _STR_FIELDS}
    return DocumentResult(chars=chars, year=year, tokens=tokens, **fields,
                          tables=_Tables({n: p for n, p in packs.items() if p is not None}))


def _pack(table: Any, packed_type):
    """One stored table, checked: names, known dtypes, equal lengths, numeric cells."""
    if table is None:
        return None
    if not isinstance(table, dict) or set(table) != {"columns", "dtypes", "values"}:
        raise ValueError("malformed table")
    columns, dtypes, values = table["columns"], table["dtypes"], table["values"]
    if not (isinstance(columns, list) and isinstance(dtypes, list) and isinstance(values, list)
            and len(columns) == len(dtypes) == len(values) and len(set(columns)) == len(columns)):
        raise ValueError("malformed table")
    lengths = set()
    for name, dtype, col in zip(columns, dtypes, values):
        if not isinstance(name, str) or dtype not in DTYPES or not isinstance(col, list):
            raise ValueError("malformed column")
        allowed = DTYPES[dtype]
        kinds = set(map(type, col))
        if allowed is not None and not kinds <= set(allowed):
            raise ValueError(f"column {name!r} holds {kinds - set(allowed)} cells, not {dtype}")
        lengths.add(len(col))
    if len(lengths) > 1:
        raise ValueError("columns of different lengths")
    return packed_type(columns, dtypes, values)


class ResultStore:
    """SQLite cache of per-document results stored as JSON (:func:`encode_result`) (WAL, one commit per put, or per
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
        """The cached result, or None when absent or when the row does not parse or
        validate (:func:`decode_result`: then it is recomputed). A document result whose
        doc_id is not the key's counts as absent too."""
        row = self._db.execute(
            "SELECT result FROM results WHERE doc_id=? AND sha256=? AND version=? AND params=?",
            tuple(key)).fetchone()
        if row is None or not isinstance(row[0], (bytes, str)):
            return None
        blob = row[0] if isinstance(row[0], bytes) else row[0].encode("utf-8", "surrogatepass")
        value = decode_result(blob)
        if getattr(value, "doc_id", key.doc_id) != key.doc_id:
            return None
        return value

    def has(self, key: CacheKey) -> bool:
        """True when a row exists for ``key`` and begins like a stored result (cheap:
        does not decode it; a pickle or other foreign row is absent, and a row that
        later fails to decode is recomputed by the caller)."""
        return self._db.execute(
            "SELECT 1 FROM results WHERE doc_id=? AND sha256=? AND version=? AND params=? "
            "AND substr(result, 1, ?) = ?", (*key, len(_PREFIX), _PREFIX)).fetchone() is not None

    def put(self, key: CacheKey, result: Any) -> None:
        """Store one result and commit at once."""
        self.put_blob(key, encode_result(result))

    def put_blob(self, key: CacheKey, blob: bytes) -> None:
        """Store one already encoded result (:func:`encode_result`); commit at once (in :meth:`batch`: when
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
