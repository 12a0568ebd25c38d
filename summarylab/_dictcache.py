"""jieba's prefix dictionary, cached in a folder of the user's own, as plain data.

jieba builds its prefix dictionary (about 500,000 words and prefixes with their
frequencies) from ``dict.txt`` in about 1.4 s, and keeps it in
``<tempdir>/jieba.cache``, a :mod:`marshal` file: a folder every user of the machine can
write to, a format its docs call unsafe for data one did not write, and a read that
takes about a second (``marshal.load`` reads a file in small pieces).
:func:`frequencies` keeps the same dictionary instead in

==========================  =================================================
place                       ``$SUMMARYLAB_CACHE``, else ``$XDG_CACHE_HOME/summarylab``,
                            else ``~/.cache/summarylab`` (made with mode 0700)
file                        ``jieba-<version>-<size>-<mtime>.dict``: a new
                            jieba or dictionary gets a new file
content                     a header (magic, total, word count, bytes of words),
                            the words in UTF-8 joined by line breaks, then
                            their frequencies as 64-bit integers
==========================  =================================================

and reads it in about 0.3 s, checking every length; a file that does not check out is
built again (nothing in it is ever run). A cache folder that cannot be written costs
the build on each start, nothing else.

This module does not add the domain lexicon (:mod:`summarylab.segmentation` adds it to
the tokenizer after), and never reads jieba's own cache file.
"""
from __future__ import annotations

import os
import struct
import tempfile
from array import array
from pathlib import Path

ENV_CACHE = "SUMMARYLAB_CACHE"
_MAGIC = b"summarylab-jieba-dict-1\n"
_HEAD = struct.Struct("<qqq")   # total, number of words, bytes of the words


def cache_dir() -> Path:
    """Where the dictionary cache lives (``$SUMMARYLAB_CACHE`` first)."""
    if os.environ.get(ENV_CACHE):
        return Path(os.environ[ENV_CACHE])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "summarylab"


def frequencies(tokenizer) -> tuple[dict[str, int], int]:
    """(FREQ, total) of jieba's default dictionary for ``tokenizer``: read from the cache,
    else built by jieba (``gen_pfdict``) and written to it."""
    import jieba

    source = tokenizer.get_dict_file()
    try:
        stat = os.fstat(source.fileno())
        path = cache_dir() / f"jieba-{jieba.__version__}-{stat.st_size}-{stat.st_mtime_ns}.dict"
        loaded = _read(path)
        if loaded is not None:
            return loaded
        freq, total = tokenizer.gen_pfdict(source)
    finally:
        source.close()
    _write(path, freq, total)
    return freq, total


def _read(path: Path) -> tuple[dict[str, int], int] | None:
    """The cached dictionary, or None when the file is missing or does not check out."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    start = len(_MAGIC) + _HEAD.size
    if not data.startswith(_MAGIC) or len(data) < start:
        return None
    total, count, size = _HEAD.unpack_from(data, len(_MAGIC))
    if count < 1 or size < 0 or len(data) != start + size + 8 * count:
        return None
    try:
        words = data[start:start + size].decode("utf-8").split("\n")
    except UnicodeDecodeError:
        return None
    values = array("q")
    values.frombytes(data[start + size:])
    if len(words) != count or len(values) != count:
        return None
    return dict(zip(words, values.tolist())), total


def _write(path: Path, freq: dict[str, int], total: int) -> None:
    """Write the dictionary atomically; a folder that cannot be written is left alone."""
    words = "\n".join(freq).encode("utf-8")
    values = array("q", freq.values())
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".jieba-", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(_MAGIC + _HEAD.pack(total, len(freq), len(words)) + words + values.tobytes())
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
