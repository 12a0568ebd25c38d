"""Reading report files into text: encodings, formats, and a status per file.

``read_document(path)`` never raises for a bad file: it returns a
:class:`Document` whose ``status`` says what happened and whose ``error`` says
why (for an "ok" document ``error`` may hold a warning, e.g. a dropped
truncated tail).

Statuses
--------
ok           text was read (``error`` may carry a warning)
empty        the file holds no text, or only whitespace
undecodable  binary data, or no encoding gives readable text
too_large    the file is bigger than ``max_bytes`` (not read at all), or a .docx
             whose ``word/document.xml`` (or whose parts together) would
             decompress past it (a zip bomb), see :func:`_read_docx`
unsupported  the extension is not one of :data:`SUPPORTED`
not_regular  not a regular file (a FIFO, a device such as /dev/zero, a socket, a
             folder): never opened for reading, so nothing blocks or reads forever
error        the file could not be opened (permissions, vanished, ...)

More statuses are given by the listing of a folder (:func:`scan_corpus`, used by
``summarylab.batch``), never by ``read_document``: ``hidden`` (a name starting
with "."), ``outside`` (a symbolic link leading out of the corpus folder), ``link``
(a link to a folder inside it), and ``not_regular`` or ``error`` found while
listing; those entries are not read.

Formats: ``.txt``/``.text`` (plain text), ``.html``/``.htm`` (main text only:
script, style, nav, header, footer and aside are dropped, and so are menus,
breadcrumbs and link lists built from ordinary elements, see :func:`html_to_text`;
p/div/li/h1-h6/tr blocks become lines; title from ``<title>`` or the first
``<h1>``), ``.docx`` (one line per paragraph, table cells included; python-docx
when installed, otherwise the standard library's zipfile + XML parser).

Titles: the HTML title without the site's name (:func:`summarylab.titles.site_title`),
else :func:`title_of` the text (its first heading-like line: a site preface, a date
line or "各位代表：" is never the title), else the file name.

Encodings, in this order (see :func:`decode_bytes`):

1. a byte-order mark (UTF-8, UTF-16 LE/BE);
2. NUL bytes: UTF-16 without a BOM if that reads as text; otherwise, when
   they are at most :data:`MAX_NUL` of the bytes or :data:`MIN_NUL` bytes (a
   stray NUL in a text file),
   they are dropped with the warning "N NUL byte(s) dropped" and the rest is
   decoded as below; otherwise the file is binary -> "undecodable";
3. strict UTF-8; a file whose UTF-8 is only cut inside its last character
   (last 1-3 bytes) is read without that tail, with the warning
   "truncated utf-8 tail dropped";
4. for HTML, the ``<meta charset>`` if the bytes decode with it into readable
   text (gb2312/gbk are read as GB18030);
5. strict decodes as GB18030 (a superset of GBK and GB2312), Big5/CP950 and
   UTF-16 LE/BE, scored by how many of their non-ASCII characters are frequent
   Chinese characters (simplified or traditional, from
   ``data/common_chars.txt``) or CJK punctuation; the best one wins if it
   scores at least 0.5 (real text: > 0.9; a wrong decode: < 0.3); ties go to
   GB18030. charset-normalizer is *not* trusted for this choice: on short
   Chinese text it labels GBK as Big5 (``"二、工作成效"`` in GBK comes out
   as Big5 mojibake), so candidates are decoded and read instead;
6. the same candidates decoded with replacement characters, accepted when at
   most 1 % of the characters are replaced (a warning says how many);
7. charset-normalizer's guess, for files in a non-Chinese encoding;
8. otherwise "undecodable".

This module reads; it does not normalise script, width or punctuation, nor
clean boilerplate (``summarylab.normalise`` / ``summarylab.clean`` do).

Example
-------
>>> from pathlib import Path; import tempfile
>>> p = Path(tempfile.mkdtemp()) / "r.txt"
>>> _ = p.write_bytes("县环保局工作总结\\n全年办结投诉120件。".encode("gbk"))
>>> d = read_document(p)
>>> d.status, d.encoding, d.title
('ok', 'gb18030', '县环保局工作总结')
"""
from __future__ import annotations

import codecs
import os
import re
import stat
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import NamedTuple
from xml.etree import ElementTree

from . import titles

__all__ = [
    "DEFAULT_MAX_BYTES", "STATUSES", "SUPPORTED", "Decoded", "Document", "Entry", "NotRegularFile",
    "TooLarge", "decode_bytes", "html_to_text", "list_documents", "open_regular",
    "display_path", "read_document", "scan_corpus", "title_of",
]

#: Files bigger than this are not read (status "too_large"); ``--max-mb`` changes it.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
#: Extensions read by :func:`read_document` (lower case).
SUPPORTED = (".txt", ".text", ".html", ".htm", ".docx")
#: Statuses given by the listing (:func:`scan_corpus`): the entry is not read.
LISTED = ("hidden", "outside", "link", "not_regular", "error")
#: Every status a :class:`Document` can have.
STATUSES = ("ok", "empty", "undecodable", "too_large", "unsupported", "not_regular", "error")

#: Longest title kept (a longer title line is cut).
TITLE_CHARS = titles.TITLE_CHARS
MIN_SCORE = 0.5          # share of common characters a decode needs to count as text
MAX_REPLACED = 0.01      # share of U+FFFD a lossy decode may contain
SCORE_SAMPLE = 200_000   # characters scored per candidate
MAX_NUL = 0.01           # share of NUL bytes dropped from a text file (more: binary) ...
MIN_NUL = 16             # ... or this many, whichever is more
#: A .docx whose parts decompress to more than this many times ``max_bytes`` is too large.
DOCX_PARTS_FACTOR = 4
_CANDIDATES = ("gb18030", "big5", "cp950", "utf-16-le", "utf-16-be")


@dataclass
class Document:
    """One input file, read. ``text`` is "" unless ``status == "ok"``.

    ``encoding`` is the codec used ("utf-8", "utf-8-sig", "gb18030", "big5",
    "cp950", "utf-16-le", ..., or "docx"); ``error`` explains a non-ok status or
    holds a warning for an ok one.
    """

    path: str
    text: str = ""
    encoding: str = ""
    status: str = "ok"
    error: str = ""
    title: str = ""


class Decoded(NamedTuple):
    """Result of :func:`decode_bytes`: ``encoding == ""`` means undecodable."""

    text: str
    encoding: str
    warning: str


# ----------------------------------------------------------------------------- listing

def list_documents(folder: str | Path, *, include_unsupported: bool = False,
                   exclude: str | Path | None = None) -> list[Path]:
    """Regular files under ``folder`` (recursive), sorted by relative POSIX path: the
    entries of :func:`scan_corpus` that are to be read.

    Only :data:`SUPPORTED` extensions unless ``include_unsupported``. Hidden
    files and folders (name starting with "."), symbolic links leading outside
    ``folder``, FIFOs and devices are skipped, and so is the folder ``exclude``
    (e.g. an output folder inside the corpus). ``summarylab.batch`` lists them all
    with a status instead.

    >>> list_documents("no/such/folder")
    []
    """
    return [e.path for e in scan_corpus(folder, exclude=exclude)
            if not e.status and (include_unsupported or e.path.suffix.lower() in SUPPORTED)]


class Entry(NamedTuple):
    """One entry under a corpus folder: ``rel`` is its path relative to the folder
    (POSIX; a trailing "/" for a folder row), ``status`` "" when it is to be read,
    else the listing status (:data:`LISTED`) with ``error`` saying why."""

    rel: str
    path: Path
    status: str = ""
    error: str = ""


def scan_corpus(corpus: str | Path, *, exclude: str | Path | None = None,
                follow_symlinks: bool = False) -> list[Entry]:
    """Every entry under ``corpus`` (a folder, or one file), sorted by ``rel``.

    Files to read have status "". Not read, but listed: names starting with "."
    ("hidden", a hidden folder is one row), symbolic links whose target lies outside
    ``corpus`` ("outside"; followed when ``follow_symlinks``, a folder once), links to
    folders inside it ("link": their files are listed under their own path), broken links and
    folders that can not be listed ("error"), FIFOs, devices and sockets
    ("not_regular"). The folder ``exclude`` (the output folder) is skipped.

    >>> scan_corpus("no/such/folder")
    []
    """
    root = Path(corpus).resolve()
    if root.is_file() or (root.exists() and not root.is_dir()):
        return [_entry(root.parent, Path(corpus).absolute(), root.name, follow_symlinks)]
    if not root.is_dir():
        return []
    skip = Path(exclude).resolve() if exclude is not None else None
    found: list[Entry] = []
    stack, seen = [(Path(corpus), "")], {root}   # paths as given (relative stays relative)
    while stack:
        folder, prefix = stack.pop()
        try:
            with os.scandir(folder) as it:
                names = sorted(e.name for e in it)
        except OSError as exc:
            found.append(Entry(prefix or "./", folder, "error", f"folder not listed: {exc}"))
            continue
        for name in names:
            path, rel = folder / name, prefix + name
            if skip is not None and name == skip.name and _same(path, skip):
                continue
            entry = _entry(root, path, rel, follow_symlinks)
            if entry.status == "folder":
                real = path.resolve()
                if real in seen:
                    found.append(Entry(rel + "/", path, "link", f"symbolic link to {real}, "
                                       "a folder already listed"))
                else:
                    seen.add(real)
                    stack.append((path, rel + "/"))
            else:
                found.append(entry)
    return sorted(found, key=lambda e: e.rel)


def _same(path: Path, other: Path) -> bool:
    try:
        return path.resolve() == other
    except (OSError, RuntimeError):
        return False


def _entry(root: Path, path: Path, rel: str, follow: bool) -> Entry:
    """The Entry of one name (status "folder" for a folder to descend into)."""
    link = False
    try:
        link = stat.S_ISLNK(os.lstat(path).st_mode)
        if path.name.startswith("."):
            kind = "folder" if not link and path.is_dir() else "file"
            return Entry(rel + ("/" if kind == "folder" else ""), path, "hidden",
                         f"hidden {kind} (name starts with '.'); not read")
        real = path.resolve(strict=True) if link else path
        mode = os.stat(path).st_mode
    except (OSError, RuntimeError) as exc:
        return Entry(rel, path, "error", f"{'broken symbolic link' if link else 'not readable'}: {exc}")
    inside = not link or real == root or root in real.parents
    if not inside and not follow:
        return Entry(rel, path, "outside", f"symbolic link to {real}, outside the corpus folder; "
                     "not followed (--follow-symlinks follows it)")
    if stat.S_ISDIR(mode):
        if link and inside:
            return Entry(rel + "/", path, "link", f"symbolic link to the folder {real}, whose "
                         "files are listed under their own path; not followed")
        return Entry(rel, path, "folder")
    if not stat.S_ISREG(mode):
        return Entry(rel, path, "not_regular", f"not a regular file ({file_kind(mode)}); "
                     "only regular files are read")
    return Entry(rel, path)


# ----------------------------------------------------------------------------- reading

class NotRegularFile(OSError):
    """Raised by :func:`open_regular` for a FIFO, a device, a socket or a folder."""


class TooLarge(ValueError):
    """A file, or what it decompresses to, is bigger than the limit (status "too_large")."""


def file_kind(mode: int) -> str:
    """What a ``st_mode`` is, in words: "regular file", "FIFO", "character device", ..."""
    for test, name in ((stat.S_ISREG, "regular file"), (stat.S_ISDIR, "folder"),
                       (stat.S_ISFIFO, "FIFO"), (stat.S_ISCHR, "character device"),
                       (stat.S_ISBLK, "block device"), (stat.S_ISSOCK, "socket")):
        if test(mode):
            return name
    return "special file"


def open_regular(path: str | Path):
    """Open ``path`` for binary reading only if it is a regular file, else raise
    :class:`NotRegularFile` at once.

    The file is opened non-blocking (a FIFO would otherwise block ``open`` until a
    writer comes) and checked with ``fstat`` on the opened descriptor, so a file
    swapped for a FIFO or a device after an earlier check is still refused.

    >>> open_regular("/dev/null")
    Traceback (most recent call last):
    ...
    summarylab.readers.NotRegularFile: not a regular file (character device): /dev/null
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) \
        | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFile(f"not a regular file ({file_kind(mode)}): {path}")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_document(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one report file into a :class:`Document`; never raises for a bad file.

    Only regular files are read (status "not_regular" otherwise); at most
    ``max_bytes`` bytes are read from disk, and a .docx whose text part would
    decompress past ``max_bytes`` is not decompressed (status "too_large").

    >>> read_document("missing.txt").status
    'error'
    >>> read_document("/dev/zero").status, read_document("/dev/null").status
    ('unsupported', 'unsupported')
    """
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in SUPPORTED:
        return Document(str(p), status="unsupported",
                        error=f"extension {suffix or '(none)'!r} is not one of {', '.join(SUPPORTED)}")
    try:
        with open_regular(p) as fh:
            text, enc, warning, title = _read_open(fh, suffix, max_bytes)
    except NotRegularFile as exc:
        return Document(str(p), status="not_regular", error=f"{exc}; only regular files are read")
    except TooLarge as exc:
        return Document(str(p), status="too_large", error=str(exc))
    except _Undecodable as exc:
        return Document(str(p), status="undecodable", error=str(exc))
    except (OSError, zipfile.BadZipFile, KeyError, ElementTree.ParseError, ValueError) as exc:
        status = "error" if isinstance(exc, OSError) else "undecodable"
        return Document(str(p), status=status, error=f"{type(exc).__name__}: {exc}")
    if not text.strip():
        return Document(str(p), encoding=enc, status="empty", error="no text")
    return Document(str(p), text=text, encoding=enc, error=warning,
                    title=(titles.site_title(title) or title_of(text, display_path(p.stem)))[:TITLE_CHARS])


def display_path(path: str) -> str:
    """A file name (or a message quoting one) as clean text: undecodable bytes (e.g. a GBK
    name on a UTF-8 system, which Python keeps as surrogates) are decoded as GB18030,
    else backslash-escaped.

    SQLite, Parquet and CSV all reject the surrogates; the file is still opened by its
    real name. ``display_path("a/报告.txt")`` is unchanged. Two names may display alike:
    :func:`summarylab.batch.unique_ids` makes the doc_ids unique.
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


class _Undecodable(ValueError):
    pass


def _read_open(fh, suffix: str, max_bytes: int) -> tuple[str, str, str, str]:
    """(text, encoding, warning, title) of an open regular file, bounded by ``max_bytes``."""
    size = os.fstat(fh.fileno()).st_size
    if size > max_bytes:
        raise TooLarge(f"{size} bytes > max_bytes={max_bytes}")
    if suffix == ".docx":
        return _read_docx(fh, max_bytes), "docx", "", ""
    data = fh.read(max_bytes + 1)   # a file growing while it is read stops here
    if len(data) > max_bytes:
        raise TooLarge(f"more than max_bytes={max_bytes} bytes (the file grew while read)")
    decoded = decode_bytes(data, declared=suffix in (".html", ".htm"))
    if not decoded.encoding:
        raise _Undecodable(decoded.warning)
    text, enc, warning = decoded
    title = ""
    if suffix in (".html", ".htm"):
        text, title = html_to_text(text)
    return text, enc, warning, title


def title_of(text: str, fallback: str = "") -> str:
    """The title of a plain text (:func:`summarylab.titles.title_of`): its first
    heading-like line, never a salutation, date line, caption or sentence; a title
    run on into the body is cut where the body starts; ``fallback`` (the file name
    for :func:`read_document`) when there is none.

    >>> title_of("导读：本文由某范文网整理，仅供参考。\\n县环保局2023年工作总结\\n一、主要做法")
    '县环保局2023年工作总结'
    >>> title_of("各位代表：\\n一、过去一年的工作\\n下面，我受县人民政府委托报告工作。", "2019")
    '2019'
    """
    return titles.title_of(text, fallback)


# ----------------------------------------------------------------------------- decoding

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_\-]{2,20})""", re.I)
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
            "big5-hkscs": "big5hkscs"}


def decode_bytes(data: bytes, *, declared: bool = False) -> Decoded:
    """Decode a report's bytes, choosing the encoding as the module docstring says.

    ``declared=True`` honours an HTML ``<meta charset>`` (after UTF-8, before
    guessing) when the bytes decode strictly with it into readable text. Returns ``Decoded(text, encoding, warning)``;
    ``encoding`` is "" when the bytes are not text (``warning`` says why).

    >>> decode_bytes("深化改革".encode("big5")).encoding
    'big5'
    >>> decode_bytes(bytes(range(256))).warning
    'binary data (NUL bytes, not UTF-16)'
    >>> decode_bytes(bytes(range(256))).encoding
    ''
    >>> decode_bytes("全年受理投诉\\x00486件。".encode("utf-8"))
    Decoded(text='全年受理投诉486件。', encoding='utf-8', warning='1 NUL byte(s) dropped')
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(enc), "utf-16-le" if bom == b"\xff\xfe" else
                               "utf-16-be" if bom == b"\xfe\xff" else enc, "")
            except UnicodeDecodeError:
                break  # a false BOM: fall through to detection
    if b"\x00" in data:
        best = _best(data, ("utf-16-le", "utf-16-be"))
        if best is not None:
            return Decoded(best[1], best[0], "")
        nuls = data.count(b"\x00")
        found = decode_bytes(data.replace(b"\x00", b""), declared=declared) \
            if nuls <= max(MIN_NUL, MAX_NUL * len(data)) else None
        if found is None or not found.encoding:
            return Decoded("", "", "binary data (NUL bytes, not UTF-16)")
        note = f"{nuls} NUL byte(s) dropped"
        return found._replace(warning=f"{note}; {found.warning}" if found.warning else note)
    try:
        return Decoded(data.decode("utf-8"), "utf-8", "")
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and "unexpected end" in exc.reason:
            return Decoded(data[:exc.start].decode("utf-8"), "utf-8", "truncated utf-8 tail dropped")
    found = _declared_charset(data) if declared else None
    if found:
        return found
    best = _best(data, _CANDIDATES) or _lossy(data) or _guess(data)
    if best is None:
        return Decoded("", "", "no encoding gives readable text (tried utf-8, "
                       + ", ".join(_CANDIDATES) + ")")
    return Decoded(best[1], best[0], best[2] if len(best) > 2 else "")


def _declared_charset(data: bytes) -> Decoded | None:
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii").lower()
    name = _ALIASES.get(name, name)
    try:
        text = data.decode(name)
    except (LookupError, UnicodeDecodeError):
        return None
    return Decoded(text, name.replace("_", "-"), "") if _score(text) >= MIN_SCORE else None


def _best(data: bytes, encodings: tuple[str, ...], errors: str = "strict"):
    """(encoding, text) of the best-scoring decode reaching MIN_SCORE, or None."""
    scored = []
    for rank, enc in enumerate(encodings):
        if enc.startswith("utf-16") and len(data) % 2:
            continue
        if enc == "cp950" and any(e == "big5" for _, _, e, _ in scored):
            continue  # cp950 only adds to big5; try it when big5 fails
        try:
            text = data.decode(enc, errors)
        except UnicodeDecodeError:
            continue
        scored.append((_score(text), -rank, enc, text))
    if not scored:
        return None
    score, _, enc, text = max(scored)
    return (enc, text) if score >= MIN_SCORE else None


def _lossy(data: bytes):
    """Best candidate decoded with U+FFFD for bad bytes, if few are bad."""
    best = _best(data, ("gb18030", "big5"), errors="replace")
    if best is None:
        return None
    enc, text = best
    bad = text.count("\ufffd")
    if bad > MAX_REPLACED * max(1, len(text)):
        return None
    return enc, text, f"{bad} undecodable byte sequence(s) replaced with U+FFFD"


def _guess(data: bytes):
    """charset-normalizer's guess, for a file in a non-Chinese encoding."""
    from charset_normalizer import from_bytes

    match = from_bytes(data[:SCORE_SAMPLE]).best()
    if match is None or _codec(match.encoding) in {_codec(c) for c in _CANDIDATES}:
        return None  # nothing, or a Chinese codec whose decode already scored too low
    try:
        text = data.decode(match.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    if _control_share(text) > 0.01:
        return None
    return match.encoding.replace("_", "-"), text, f"not a Chinese encoding; charset-normalizer guessed {match.encoding}"


def _codec(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name


def _control_share(text: str) -> float:
    sample = text[:SCORE_SAMPLE]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f\v" or ch == "\x7f")
    return controls / max(1, len(sample))


def _score(text: str) -> float:
    """How much ``text`` reads like Chinese: 0.0 (noise) .. 1.0.

    Over the non-ASCII characters: the TOP_CHARS most frequent Han characters
    (simplified or traditional), CJK/full-width/general punctuation count 1,
    other common Han characters 0.5, anything else 0. Real text scores above
    0.9; a wrong decode, whose characters are spread evenly over the code
    table, scores below 0.3. Control characters anywhere count 0.
    """
    top, common = _char_sets()
    good = 0.0
    total = 0
    for ch in text[:SCORE_SAMPLE]:
        if ch < "\x80":
            if ch < " " and ch not in "\t\n\r\f\v" or ch == "\x7f":
                total += 1
            continue
        total += 1
        if ch in top or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" \
                or "\u2000" <= ch <= "\u206f" or ch in "·×÷°±√":
            good += 1
        elif ch in common:
            good += 0.5
    return good / total if total else 1.0


TOP_CHARS = 1000  # the most frequent characters cover about 90 % of running Chinese text


@lru_cache(maxsize=1)
def _char_sets() -> tuple[frozenset[str], frozenset[str]]:
    """(top, common): the shipped frequency-ordered list and its traditional forms (loaded once)."""
    from .ruledata import COMMON_CHARS

    chars = COMMON_CHARS.read()
    try:
        from opencc import OpenCC

        trad = OpenCC("s2t").convert(chars)
    except ImportError:  # pragma: no cover - opencc is a dependency
        trad = ""
    top = frozenset(chars[:TOP_CHARS] + trad[:TOP_CHARS])
    return top, frozenset(chars + trad)


# ----------------------------------------------------------------------------- HTML

_SKIP = frozenset({"script", "style", "nav", "header", "footer", "aside", "noscript",
                   "template", "svg", "iframe", "select", "button"})
_BLOCK = frozenset({"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr",
                    "section", "article", "main", "table", "ul", "ol", "blockquote",
                    "pre", "dd", "dt", "td", "th", "hr", "body", "center"})
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr", "source"})


# class/id words of page chrome built from divs and lists rather than nav/footer tags
_CHROME = re.compile(r"""
    (?<![a-z])                                              # a whole word of the class or id
    ( nav|navbar|menu|top|topbar|head|header|logo|footer|foot     # bars, heads and feet
    | breadcrumbs?|crumbs?|position|sidebar|side|share|copyright|related   # around the text
    | links?|toolbar|banner|pagination|pager                # lists of links, pagers
    )
    (?![a-z])
    """, re.I | re.VERBOSE)
LINK_SHARE = 0.5  # a block whose text is mostly link text is navigation


class _MainText(HTMLParser):
    """Collects blocks as (line, chrome): chrome when the block sits in an element whose
    class or id names page chrome, or when most of its text is link text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, bool]] = []
        self.buf: list[str] = []
        self.link_chars = 0
        self.skip = 0
        self.stack: list[tuple[str, bool]] = []   # open elements: (tag, names chrome)
        self.links = 0
        self.in_title = False
        self.title: list[str] = []
        self.h1: list[str] | None = None
        self.h1_done = False

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            if tag not in _VOID:
                self.skip += 1
        elif tag == "title":
            self.in_title = True
        elif tag in _BLOCK:
            self._flush()
        if tag == "a":
            self.links += 1
        elif tag not in _VOID:
            names = " ".join(v for k, v in attrs if k in ("class", "id") and v)
            self.stack.append((tag, bool(names and _CHROME.search(names))))
        if tag == "h1" and not self.h1_done and not self.skip:
            self.h1 = []

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK and not self.skip:
            self._flush()

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "title":
            self.in_title = False
        elif tag in _BLOCK:
            self._flush()
        if tag == "a":
            self.links = max(0, self.links - 1)
        elif any(t == tag for t, _ in self.stack):   # close it and anything left open inside
            while self.stack.pop()[0] != tag:
                pass
        if tag == "h1" and self.h1 is not None and not self.h1_done:
            self.h1_done = True

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        elif not self.skip:
            self.buf.append(data)
            if self.links:
                self.link_chars += len("".join(data.split()))
            if self.h1 is not None and not self.h1_done:
                self.h1.append(data)

    def _flush(self):
        line = " ".join("".join(self.buf).split())
        chrome = (any(flag for _, flag in self.stack)
                  or self.link_chars > LINK_SHARE * len(line.replace(" ", "")))
        self.buf.clear()
        self.link_chars = 0
        if line:
            self.blocks.append((line, chrome))


def html_to_text(html: str) -> tuple[str, str]:
    """Main text of an HTML page, one block per line, and its title.

    Drops script, style, nav, header, footer, aside (and a few widgets); drops
    menus, breadcrumbs, footers and link lists made of ordinary elements: a block
    inside an element whose class or id names page chrome ("menu", "footer",
    "breadcrumb", "sidebar", "share", "related", ...) or whose text is mostly
    link text ("上一篇：……", a row of menu links). If that would leave nothing,
    those blocks are kept. p/div/li/h1-h6/tr and similar blocks become lines with
    whitespace collapsed. The title is ``<title>``, else the first ``<h1>``, else "".

    >>> html_to_text("<title>总结</title><nav>首页</nav><p>一、做法</p><p>二、成效</p>")
    ('一、做法\\n二、成效', '总结')
    >>> html_to_text('<div class="menu"><a>首页</a> <a>政务公开</a></div><p>正文。</p>'
    ...              '<p>上一篇：<a>某某工作总结</a></p>')[0]
    '正文。'
    """
    parser = _MainText()
    parser.feed(html)
    parser.close()
    parser._flush()
    title = " ".join("".join(parser.title).split()) or " ".join("".join(parser.h1 or []).split())
    main = [line for line, chrome in parser.blocks if not chrome]
    return "\n".join(main or [line for line, _ in parser.blocks]), title


# ----------------------------------------------------------------------------- DOCX

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _read_docx(fh, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """One line per paragraph of the body (table cells included), in order.

    Bounded before anything is decompressed: the zip directory's uncompressed size of
    ``word/document.xml`` must be at most ``max_bytes``, and that of all parts together
    at most ``DOCX_PARTS_FACTOR * max_bytes`` (else :class:`TooLarge`): a 400 KB file
    holding 100 MB of XML is refused without inflating it. Python's zipfile never
    inflates a member past the size its directory states (a lying directory gives a
    BadZipFile, "undecodable"). The standard-library reader also counts the bytes it
    inflates while it streams; the text is checked against ``max_bytes`` characters.
    """
    with zipfile.ZipFile(fh) as zf:
        _check_docx_sizes(zf, max_bytes)
        try:
            import docx  # python-docx
        except ImportError:
            text = _read_docx_xml(zf, max_bytes)
        else:
            text = _read_docx_python_docx(fh, docx)
    if len(text) > max_bytes:
        raise TooLarge(f"the .docx holds {len(text)} characters of text > max_bytes={max_bytes}")
    return text


def _check_docx_sizes(zf: zipfile.ZipFile, max_bytes: int) -> None:
    infos = zf.infolist()
    body = zf.getinfo("word/document.xml")   # KeyError: not a .docx ("undecodable")
    if body.file_size > max_bytes:
        raise TooLarge(f"word/document.xml decompresses to {body.file_size} bytes "
                       f"> max_bytes={max_bytes}")
    total = sum(info.file_size for info in infos)
    if total > DOCX_PARTS_FACTOR * max_bytes:
        raise TooLarge(f"the .docx parts decompress to {total} bytes "
                       f"> {DOCX_PARTS_FACTOR} x max_bytes={max_bytes}")


def _read_docx_python_docx(fh, docx) -> str:
    from docx.text.paragraph import Paragraph

    fh.seek(0)
    try:
        document = docx.Document(fh)
    except Exception as exc:  # python-docx raises its own PackageNotFoundError, KeyError, ...
        raise ValueError(f"not a valid .docx: {exc}") from exc
    return "\n".join(Paragraph(p, document).text for p in document.element.body.iter(_W + "p"))


_CHUNK = 1 << 16


def _read_docx_xml(zf: zipfile.ZipFile, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Standard-library fallback: stream word/document.xml from the zip into the XML
    parser, counting the inflated bytes against ``max_bytes``."""
    parser = ElementTree.XMLPullParser(events=("start",))
    root = None
    seen = 0
    with zf.open("word/document.xml") as member:
        while chunk := member.read(_CHUNK):
            seen += len(chunk)
            if seen > max_bytes:
                raise TooLarge(f"word/document.xml inflates past max_bytes={max_bytes}")
            parser.feed(chunk)
            for _, node in parser.read_events():
                root = node if root is None else root
    parser.close()
    for _, node in parser.read_events():
        root = node if root is None else root
    if root is None:
        raise ElementTree.ParseError("word/document.xml is empty")
    lines = []
    for p in root.iter(_W + "p"):
        parts = []
        for node in p.iter():
            if node.tag == _W + "t":
                parts.append(node.text or "")
            elif node.tag == _W + "tab":
                parts.append("\t")
            elif node.tag in (_W + "br", _W + "cr"):
                parts.append("\n")
        lines.append("".join(parts))
    return "\n".join(lines)
