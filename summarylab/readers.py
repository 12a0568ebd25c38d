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
too_large    the file is bigger than ``max_bytes`` (not read at all)
unsupported  the extension is not one of :data:`SUPPORTED`
error        the file could not be opened (permissions, vanished, ...)

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
2. NUL bytes: UTF-16 without a BOM if that reads as text, otherwise the file
   is binary -> "undecodable";
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
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import NamedTuple
from xml.etree import ElementTree

from . import titles

__all__ = [
    "DEFAULT_MAX_BYTES", "STATUSES", "SUPPORTED", "Decoded", "Document",
    "decode_bytes", "html_to_text", "list_documents", "read_document", "title_of",
]

#: Files bigger than this are not read (status "too_large"); ``--max-mb`` changes it.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
#: Extensions read by :func:`read_document` (lower case).
SUPPORTED = (".txt", ".text", ".html", ".htm", ".docx")
#: Every status a :class:`Document` can have.
STATUSES = ("ok", "empty", "undecodable", "too_large", "unsupported", "error")

#: Longest title kept (a longer title line is cut).
TITLE_CHARS = titles.TITLE_CHARS
MIN_SCORE = 0.5          # share of common characters a decode needs to count as text
MAX_REPLACED = 0.01      # share of U+FFFD a lossy decode may contain
SCORE_SAMPLE = 200_000   # characters scored per candidate
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
    """Files under ``folder`` (recursive), sorted by relative POSIX path.

    Only :data:`SUPPORTED` extensions unless ``include_unsupported``. Hidden
    files and folders (name starting with ".") are skipped, and so is the
    folder ``exclude`` (e.g. an output folder inside the corpus).

    >>> list_documents("no/such/folder")
    []
    """
    root = Path(folder)
    skip = Path(exclude).resolve() if exclude is not None else None
    found: list[tuple[str, Path]] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        dirnames[:] = [d for d in dirnames
                       if not d.startswith(".") and (skip is None or (here / d).resolve() != skip)]
        for name in filenames:
            if name.startswith("."):
                continue
            if include_unsupported or Path(name).suffix.lower() in SUPPORTED:
                path = here / name
                found.append((path.relative_to(root).as_posix(), path))
    return [p for _, p in sorted(found)]


# ----------------------------------------------------------------------------- reading

def read_document(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one report file into a :class:`Document`; never raises for a bad file.

    >>> read_document("missing.txt").status
    'error'
    """
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in SUPPORTED:
        return Document(str(p), status="unsupported",
                        error=f"extension {suffix or '(none)'!r} is not one of {', '.join(SUPPORTED)}")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            return Document(str(p), status="too_large",
                            error=f"{size} bytes > max_bytes={max_bytes}")
        if suffix == ".docx":
            text, enc, warning, title = _read_docx(p), "docx", "", ""
        else:
            decoded = decode_bytes(p.read_bytes(), declared=suffix in (".html", ".htm"))
            if not decoded.encoding:
                return Document(str(p), status="undecodable", error=decoded.warning)
            text, enc, warning = decoded
            title = ""
            if suffix in (".html", ".htm"):
                text, title = html_to_text(text)
    except (OSError, zipfile.BadZipFile, KeyError, ElementTree.ParseError, ValueError) as exc:
        status = "error" if isinstance(exc, OSError) else "undecodable"
        return Document(str(p), status=status, error=f"{type(exc).__name__}: {exc}")
    if not text.strip():
        return Document(str(p), encoding=enc, status="empty", error="no text")
    return Document(str(p), text=text, encoding=enc, error=warning,
                    title=(titles.site_title(title) or title_of(text, p.stem))[:TITLE_CHARS])


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
        if best is None:
            return Decoded("", "", "binary data (NUL bytes, not UTF-16)")
        return Decoded(best[1], best[0], "")
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
    path = Path(__file__).with_name("data") / "common_chars.txt"
    chars = "".join(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                    if line.strip() and not line.startswith("#"))
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
_CHROME = re.compile(r"(?<![a-z])(nav|navbar|menu|top|topbar|head|header|logo|footer|foot|"
                     r"breadcrumbs?|crumbs?|position|sidebar|side|share|copyright|related|"
                     r"links?|toolbar|banner|pagination|pager)(?![a-z])", re.I)
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


def _read_docx(path: Path) -> str:
    """One line per paragraph of the body (table cells included), in order."""
    try:
        import docx  # python-docx
    except ImportError:
        return _read_docx_xml(path)
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises its own PackageNotFoundError, KeyError, ...
        raise ValueError(f"not a valid .docx: {exc}") from exc
    return "\n".join(Paragraph(p, document).text for p in document.element.body.iter(_W + "p"))


def _read_docx_xml(path: Path) -> str:
    """Standard-library fallback: parse word/document.xml from the zip."""
    with zipfile.ZipFile(path) as zf, zf.open("word/document.xml") as fh:
        root = ElementTree.parse(fh).getroot()
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
