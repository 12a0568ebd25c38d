"""Reading report files into text: encodings, formats, and a status per file.

``read_document(path)`` never raises for a bad file: it returns a
:class:`Document` whose ``status`` says what happened ("ok", "empty",
"undecodable", "too_large", "unsupported", "error") and whose ``error`` says why.

This module reads; it does not normalise or analyse.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = ["Document", "read_document", "DEFAULT_MAX_BYTES"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass
class Document:
    """One input file, read. ``text`` is "" unless ``status == "ok"``."""

    path: str
    text: str = ""
    encoding: str = ""
    status: str = "ok"
    error: str = ""
    title: str = ""


def read_document(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one .txt file (minimal first version: UTF-8, then charset-normalizer)."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        return Document(str(p), status="error", error=str(exc))
    if len(data) > max_bytes:
        return Document(str(p), status="too_large", error=f"{len(data)} bytes > max_bytes={max_bytes}")
    try:
        text, enc = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            return Document(str(p), status="undecodable", error="no encoding fits")
        text, enc = str(best), best.encoding
    if not text.strip():
        return Document(str(p), encoding=enc, status="empty", error="no text")
    title = text.strip().splitlines()[0].strip()[:80]
    return Document(str(p), text=text, encoding=enc, title=title)
