"""Normalise a report's characters: width, punctuation, whitespace and script.

:func:`normalise` turns a report as read from its file into the text every
later stage works on, and keeps an :class:`~summarylab.offsets.OffsetMap`
back into the input:

* full-width digits, Latin letters and ``％`` become half-width
  (``２００２年`` -> ``2002年``), and so does a full-width decimal point
  between digits (``１４．８％`` -> ``14.8%``);
* ASCII ``, ; : ( ) ? !`` used as Chinese punctuation (next to a CJK
  character) become ``，；：（）？！``; number separators (``6,050``,
  ``58.4``, ``10:30``) and URLs are left alone; the small form variants of
  Chinese punctuation that Big5 pages use (``一﹑`` ``﹐`` ``﹔``) become the usual
  ``、，；``;
* runs of spaces, tabs and ideographic spaces (U+3000) become one space,
  spaces at the start and end of a line go, ``\\r\\n`` becomes ``\\n`` and
  runs of blank lines shrink to one blank line; lines are never joined;
* control and zero-width characters (U+200B, U+FEFF …) are deleted
  silently (they carry no text), and so are combining marks, variation
  selectors and tag characters right after a digit (``1\u0301000万元`` ->
  ``1000万元``: nothing may split a number, or its value would be read wrong);
* lone surrogates (half of a UTF-16 pair, left by a bad decode) become
  U+FFFD, one for one, so that they show as mojibake findings and every
  table can be stored (UTF-8, Arrow and Parquet reject surrogates);
* the script is converted with OpenCC, character for character, so the
  conversion never moves an offset (:func:`to_script`), in time linear in the
  text whatever its characters: OpenCC is given pieces of at most
  :data:`PIECE` characters, and characters that occur in no phrase of the
  pure-Python backend's dictionaries are converted by table (5 M random CJK
  characters: about 2 s; 47 s of conversion before).

OpenCC has two Python distributions that both install a module called
``opencc``: the pure-Python ``opencc-python-reimplemented`` (backend
``"python"``, the default dependency) and the C++ binding ``opencc`` from PyPI
(backend ``"cpp"``, about 100x faster). :func:`available_backend` tells which
one is importable; ``backend="auto"`` (or ``None``) uses it, the environment
variable ``SUMMARYLAB_OPENCC=cpp|python`` asks for one, and asking for one
that is not installed raises :class:`BackendUnavailable` saying how to get it.

This module does not remove boilerplate (see :mod:`summarylab.cleaning`), does
not fix mojibake or guess encodings (see :mod:`summarylab.readers`), and does
not join hard-wrapped lines.

Example
-------
>>> n = normalise("一、主要做法\\n全年共受理群眾投訴４８６件,辦結率１００％。")
>>> n.script, n.text
('traditional', '一、主要做法\\n全年共受理群众投诉486件，办结率100%。')
>>> n.offsets.span(11, 14)  # "486" in the output is "４８６" in the input
(11, 14)
"""
from __future__ import annotations

import functools
import html
import os
import re
from dataclasses import dataclass
from typing import Literal

from .offsets import OffsetMap, Rewriter

__all__ = [
    "BackendUnavailable",
    "Normalised",
    "available_backend",
    "detect_script",
    "normalise",
    "normalise_width",
    "to_script",
]

Script = Literal["simplified", "traditional", "mixed", "none"]
_INSTALL = {
    "cpp": "pip uninstall -y opencc-python-reimplemented && pip install opencc",
    "python": "pip uninstall -y opencc && pip install opencc-python-reimplemented",
}


class BackendUnavailable(ImportError):
    """The requested OpenCC backend is not the one installed."""


@dataclass
class Normalised:
    """Result of :func:`normalise`.

    Attributes
    ----------
    text : the normalised text in the target script.
    script : script detected in the input ("simplified", "traditional", "mixed", "none").
    offsets : map from ``text`` back to the input string.
    backend : OpenCC backend used ("cpp", "python"), or "" when no conversion was needed.
    """

    text: str
    script: str
    offsets: OffsetMap
    backend: str = ""


# --------------------------------------------------------------------------- backends

def available_backend() -> str | None:
    """Which OpenCC backend is importable: "cpp", "python" or None.

    The C++ binding ships a compiled extension (``opencc.clib`` or a top-level
    ``opencc_clib``); the pure-Python one ships ``opencc.opencc`` and dictionary
    text files.
    """
    try:
        import opencc
    except ImportError:
        return None
    if _is_cpp(opencc):
        return "cpp"
    return "python" if hasattr(opencc, "OpenCC") else None


def _is_cpp(module) -> bool:
    if hasattr(module, "clib") or hasattr(module, "_opencc_clib"):
        return True
    base_modules = {getattr(b, "__module__", "") for b in getattr(module.OpenCC, "__mro__", ())}
    return any("clib" in m for m in base_modules)


def _resolve_backend(backend: str | None) -> str:
    wanted = backend or os.environ.get("SUMMARYLAB_OPENCC") or "auto"
    if wanted not in ("auto", "cpp", "python"):
        raise ValueError(f"OpenCC backend must be 'auto', 'cpp' or 'python', not {wanted!r}")
    have = available_backend()
    if wanted == "auto":
        if have is None:
            raise BackendUnavailable("no OpenCC module is installed; " + _INSTALL["python"])
        return have
    if have != wanted:
        raise BackendUnavailable(
            f"OpenCC backend {wanted!r} requested but {have or 'none'} is installed; "
            f"install it with: {_INSTALL[wanted]} (the two cannot share an environment)")
    return wanted


@functools.lru_cache(maxsize=8)
def _converter(backend: str, config: str):
    """A ``str -> str`` converter for config "t2s" or "s2t" (cached per process)."""
    import opencc

    if backend == "python":
        return opencc.OpenCC(config).convert
    try:  # C++ binding: recent versions take "t2s", older ones want "t2s.json"
        conv = opencc.OpenCC(config + ".json")
    except Exception:  # noqa: BLE001 - the binding raises its own error types
        conv = opencc.OpenCC(config)
    return conv.convert


_CHAR_TABLES: dict[tuple[str, str], dict[str, str]] = {}


def _convert_chars(chars: str, backend: str, config: str) -> str:
    """Convert ``chars`` one character at a time (length preserved)."""
    plan = _plan(backend, config)
    if plan is not None:
        return chars.translate(plan.table)
    table = _CHAR_TABLES.setdefault((backend, config), {})
    conv = _converter(backend, config)
    out = []
    for ch in chars:
        got = table.get(ch)
        if got is None:
            got = conv(ch)
            table[ch] = got = got if len(got) == 1 else ch
        out.append(got)
    return "".join(out)


# --------------------------------------------------------------------------- pieces
#
# The pure-Python backend finds the longest dictionary key anywhere in a run of text
# without punctuation, splits the run around it (copying both sides) and starts
# again: its time grows with the square of the run (a 5 MB line of CJK without
# punctuation took 47 s). So OpenCC only ever sees pieces of at most PIECE
# characters, cut where no key can match across the cut, and characters that occur
# in no phrase key are converted by table (str.translate) without calling it.

PIECE = 256  # longest piece of text handed to the OpenCC backend in one call
_SEPARATOR = re.compile(r"[\s,.?!*\-\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u2014\u2018\u2019\u201c\u201d\u2026]")


@dataclass(frozen=True)
class _Plan:
    """What the pure-Python backend's dictionaries allow: ``table`` converts any
    character on its own (str.translate), ``phrasal`` matches runs of characters
    that occur in some phrase key (only those runs need the backend), ``phrases``
    are the phrase dictionaries and ``longest`` their longest key."""

    table: dict[int, str]
    phrasal: re.Pattern
    phrases: tuple[dict, ...]
    longest: int


@functools.lru_cache(maxsize=8)
def _plan(backend: str, config: str) -> _Plan | None:
    """The plan of the pure-Python backend for ``config``; None for the C++ one, or
    when its dictionaries are not laid out as expected (one group of dictionaries
    tried in order, the opencc-python-reimplemented layout)."""
    if backend != "python":
        return None
    chain = getattr(getattr(_converter(backend, config), "__self__", None), "_dict_chain_data", None)
    if not chain or len(chain) != 1 or not isinstance(chain[0], list):
        return None
    try:
        dicts = [(int(longest), d) for longest, _, d in chain[0] if isinstance(d, dict)]
    except (TypeError, ValueError):
        return None
    table: dict[int, str] = {}
    for _, d in dicts:
        for key, value in d.items():
            first = value.split(" ")[0]
            if len(key) == 1 and ord(key) not in table:
                table[ord(key)] = first if len(first) == 1 else key
    phrases = tuple(d for longest, d in dicts if longest > 1)
    chars = sorted({ch for d in phrases for key in d if len(key) > 1 for ch in key})
    if not chars:
        return _Plan(table, re.compile(r"(?!)"), (), 1)
    pattern = re.compile("[" + "".join(re.escape(c) for c in chars) + "]+")
    return _Plan(table, pattern, phrases, max(longest for longest, _ in dicts))


def _convert_text(text: str, backend: str, config: str) -> str:
    """Convert ``text`` piece by piece, length kept; linear in ``len(text)``."""
    plan = _plan(backend, config)
    if plan is None:
        return "".join(_convert_piece(p, backend, config) for p in _pieces(text))
    out, pos = [], 0
    for m in plan.phrasal.finditer(text):
        out.append(text[pos:m.start()].translate(plan.table))
        out.extend(_convert_piece(p, backend, config) for p in _phrasal_pieces(m.group(), plan))
        pos = m.end()
    out.append(text[pos:].translate(plan.table))
    return "".join(out)


def _convert_piece(piece: str, backend: str, config: str) -> str:
    """OpenCC on one piece; one character at a time where a phrase changed its length."""
    out = _converter(backend, config)(piece)
    return out if len(out) == len(piece) else _convert_chars(piece, backend, config)


def _phrasal_pieces(run: str, plan: _Plan):
    """``run`` in pieces of at most PIECE characters, cut where no phrase key spans
    the cut, so that the backend matches the same phrases as on the whole run.

    A run of 600 characters of 发展 goes in pieces of 256, 256 and 88 (发展 is a
    key, and an even cut never splits it).
    """
    while len(run) > PIECE:
        cut = next((p for p in range(PIECE, PIECE // 2, -1) if not _spanned(run, p, plan)), PIECE)
        yield run[:cut]
        run = run[cut:]
    if run:
        yield run


def _spanned(text: str, cut: int, plan: _Plan) -> bool:
    """Does a phrase key of ``plan`` match ``text`` across position ``cut``?"""
    longest = plan.longest
    for a in range(max(0, cut - longest + 1), cut):
        for b in range(cut + 1, min(len(text), a + longest) + 1):
            if any(text[a:b] in d for d in plan.phrases):
                return True
    return False


def _pieces(text: str):
    """``text`` in pieces of at most PIECE characters, each cut after a line break,
    space or punctuation mark when there is one in its second half (any backend)."""
    start = 0
    while len(text) - start > PIECE:
        end = start + PIECE
        seps = [m.end() for m in _SEPARATOR.finditer(text, start + PIECE // 2, end)]
        cut = seps[-1] if seps else end
        yield text[start:cut]
        start = cut
    if start < len(text):
        yield text[start:]


# --------------------------------------------------------------------------- script

def detect_script(text: str, backend: str | None = None) -> Script:
    """Which script ``text`` is written in.

    Counts characters that change under traditional->simplified conversion
    (traditional-only) and under simplified->traditional (simplified-only).
    "mixed" when the minority kind is at least a fifth of the majority (and
    at least 3 characters); "none" when no character tells the scripts apart.

    >>> detect_script("發展經濟"), detect_script("发展经济"), detect_script("2024 GDP")
    ('traditional', 'simplified', 'none')
    """
    if not isinstance(text, str):
        raise TypeError(f"detect_script() takes a str, got {type(text).__name__}")
    trad, simp = _script_counts(text, _resolve_backend(backend))
    return _verdict(trad, simp)


def _verdict(trad: int, simp: int) -> Script:
    if trad == simp == 0:
        return "none"
    lo, hi = min(trad, simp), max(trad, simp)
    if lo >= 3 and lo * 5 >= hi:
        return "mixed"
    return "traditional" if trad > simp else "simplified"


_CHAR_KINDS: dict[str, dict[str, int]] = {}


def _char_kinds(chars: str, name: str) -> dict[str, int]:
    """Per character: 1 if traditional->simplified changes it (traditional-only), 2 if
    simplified->traditional does (simplified-only), 3 both, 0 neither; cached."""
    kinds = _CHAR_KINDS.setdefault(name, {})
    new = "".join(c for c in chars if c not in kinds)
    if new:
        to_simp, to_trad = _convert_chars(new, name, "t2s"), _convert_chars(new, name, "s2t")
        kinds.update({c: (a != c) | (b != c) << 1 for c, a, b in zip(new, to_simp, to_trad)})
    return kinds


def _script_counts(text: str, name: str) -> tuple[int, int]:
    """(traditional-only, simplified-only) character counts of ``text``.

    Counted as how much shorter ``text`` gets when one kind is deleted
    (str.translate: one pass in C, whatever the characters).
    """
    chars = "".join(ch for ch in set(text) if ch >= "\u2e80")
    kinds = _char_kinds(chars, name)
    trad = {ord(c): None for c in chars if kinds[c] & 1}
    simp = {ord(c): None for c in chars if kinds[c] & 2}
    return (len(text) - len(text.translate(trad)) if trad else 0,
            len(text) - len(text.translate(simp)) if simp else 0)


def to_script(text: str, target: str, backend: str | None = None) -> str:
    """Convert ``text`` to ``target`` ("simplified" or "traditional"), keeping its length.

    OpenCC converts phrase by phrase, in pieces of at most :data:`PIECE`
    characters cut where no phrase spans the cut (so the time is linear in
    the text, whatever its characters); where a phrase changes length, that
    piece is converted again one character at a time, so ``out[i]`` is always
    the conversion of ``text[i]`` and offsets stay valid.

    >>> to_script("頭髮與發展", "simplified")
    '头发与发展'
    """
    if not isinstance(text, str):
        raise TypeError(f"to_script() takes a str, got {type(text).__name__}")
    if target not in ("simplified", "traditional"):
        raise ValueError(f"target must be 'simplified' or 'traditional', not {target!r}")
    name = _resolve_backend(backend)
    return _convert_text(text, name, "t2s" if target == "simplified" else "s2t")


# --------------------------------------------------------------------------- width

_CJK = r"\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u201c\u201d\u2018\u2019\u2014\u2026"
_FW_CHARS = "０-９Ａ-Ｚａ-ｚ％"
_FW_MAP = {c: chr(ord(c) - 0xFEE0) for c in
           [chr(i) for i in range(0xFF10, 0xFF1A)] + [chr(i) for i in range(0xFF21, 0xFF3B)]
           + [chr(i) for i in range(0xFF41, 0xFF5B)] + ["％"]}
_PUNCT_FW = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！"}
_DROP = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u00ad\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060\ufeff"
_SPACE = " \t\u00a0\u3000\u2002-\u200a\u202f\u205f"
# combining marks, variation selectors, tag characters: dropped after a digit
_MARKS = ("\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe00-\ufe0f\ufe20-\ufe2f"
          "\U000e0000-\U000e007f\U000e0100-\U000e01ef")

# One pass, alternatives in a fixed order; every branch is linear.
_WIDTH_RE = re.compile(rf"""
      (?P<url> (?:https?://|www\.) [!-~]+ )                  # a URL: kept as it is
    | (?P<fw> [{_FW_CHARS}]+ )                              # full-width letters and digits
    | (?P<point> (?<=[0-9０-９]) ． (?=[0-9０-９]) )            # a full-width decimal point
    | (?P<drop> [{_DROP}]+ )                                # controls, zero-width, BOM: dropped
    | (?P<mark> (?<=[0-9０-９]) [{_MARKS}]+ )                 # combining marks after a digit
    | (?P<surrogate> [\ud800-\udfff]+ )                     # lone surrogates
    | (?P<blank> (?:\r\n|\r(?!\n)|\n) (?: [{_SPACE}]* (?:\r\n|\r(?!\n)|\n) )+ )   # blank lines
    | (?P<nl> \r\n? )                                       # CR LF, CR -> LF
    | (?P<ws> [{_SPACE}]+ )                                 # runs of spaces
    | (?P<entity> & (?: [a-zA-Z]{{2,8}} | \#[0-9]{{2,7}} | \#[xX][0-9a-fA-F]{{2,6}} ) ; )   # &ldquo; &#8220;
    | (?P<punct> [,;:()?!] )                                # ASCII punctuation -> full width
    | (?P<small> [\ufe50-\ufe52\ufe54-\ufe57\ufe59-\ufe5e\u301d-\u301f\u2215\u2044] )   # small forms: 一﹑ -> 一、,
                                                            # ﹐ -> ，; double prime quotes: 〝五统一〞 -> “五统一”;
                                                            # division and fraction slashes: 记者某某∕某地 -> /
    | (?P<yi> (?<![\u3105-\u312f\u31a0-\u31bf]) \u3127 (?![\u3105-\u312f\u31a0-\u31bf\u02ca\u02c7\u02cb\u02d9]) )
                                                            # a bopomofo ㄧ typed for 一 (ㄧ、前言, （ㄧ）),
                                                            # not in a phonetic spelling (ㄅㄧ, ㄧˊ)
    """, re.VERBOSE)
# the small form variants of CJK punctuation (U+FE50-FE5E), as pages from Big5 sources write them
_SMALL = dict(zip("\ufe50\ufe51\ufe52\ufe54\ufe55\ufe56\ufe57\ufe59\ufe5a\ufe5b\ufe5c\ufe5d\ufe5e\u301d\u301e\u301f\u2215\u2044",
                  "，、．；：？！（）｛｝〔〕“””//"))
# quote references a site cut by one letter (&ldqu; for &ldquo;), as a page writes them through
_CUT_ENTITIES = {"&ldqu;": "“", "&rdqu;": "”", "&lsqu;": "‘", "&rsqu;": "’"}
_CJK_CHAR = re.compile(rf"[{_CJK}]")
_PAIR = re.compile(r"\(([^()\n]{0,60})\)")
_THOUSANDS = re.compile(r"\d{3}(?!\d)")


# A full stop typed for a decimal point (2。87亿元, 104。4%): a site that turned every . into 。;
# read as a point when a page does it at least MIN_STOP_DECIMALS times (once may be a sentence's end).
_STOP_DECIMAL = re.compile(r"(?<=[0-9])。(?=[0-9]{1,4}(?:%|亿|億|万|萬|元|个百分点|個百分點|倍|亩|畝|公顷|公頃|吨|噸|公里|平方米|立方米))")
MIN_STOP_DECIMALS = 2


def _stop_decimals(text: str, offsets: OffsetMap) -> tuple[str, OffsetMap]:
    """``text`` with each 。 between digits before a unit read as a decimal point, when the page
    does that at least MIN_STOP_DECIMALS times; ``offsets`` still map it to the original.

    >>> _stop_decimals("总投资2。87亿元，增长104。4%。", None)[0]
    '总投资2.87亿元，增长104.4%。'
    >>> _stop_decimals("过火面积320。9亩，扑救252。9亩。", None)[0]
    '过火面积320.9亩，扑救252.9亩。'
    """
    stops = list(_STOP_DECIMAL.finditer(text))
    if len(stops) < MIN_STOP_DECIMALS:
        return text, offsets
    rw = Rewriter(text)
    pos = 0
    for m in stops:
        rw.keep(pos, m.start())
        rw.replace(m.start(), m.end(), ".")
        pos = m.end()
    rw.keep(pos, len(text))
    out, mapped = rw.finish()
    return out, (offsets.then(mapped) if offsets is not None else mapped)


def normalise_width(text: str) -> tuple[str, OffsetMap]:
    """Width, punctuation, whitespace and control-character normalisation only.

    >>> normalise_width("　共计２００件,完成(一)项  ")[0]
    '共计200件，完成（一）项'
    """
    if not isinstance(text, str):
        raise TypeError(f"normalise_width() takes a str, got {type(text).__name__}")
    rw = Rewriter(text)
    pairs = _paren_pairs(text)
    pos = 0
    for m in _WIDTH_RE.finditer(text):
        s, e = m.span()
        new = _rewrite(m, text, pairs)
        if new is None:
            continue
        rw.keep(pos, s)
        if new == text[s:e]:
            rw.keep(s, e)
        else:
            rw.replace(s, e, new)
        pos = e
    rw.keep(pos, len(text))
    return rw.finish()


def _paren_pairs(text: str) -> dict[int, bool]:
    """For each ASCII paren that closes on its line: convert it (True) or not."""
    out: dict[int, bool] = {}
    for m in _PAIR.finditer(text):
        s, e = m.span()
        cjk = _cjk_at(text, s - 1) or _cjk_at(text, e) or bool(_CJK_CHAR.search(m.group(1)))
        out[s] = out[e - 1] = cjk
    return out


def _rewrite(m: re.Match, text: str, pairs: dict[int, bool]) -> str | None:
    """The replacement for one match, or None to leave it as it is."""
    kind = m.lastgroup
    s, e = m.span()
    if kind == "url":
        return None
    if kind == "entity":   # an HTML character reference a page left in its text
        ch = _CUT_ENTITIES.get(m.group()) or html.unescape(m.group())
        return None if ch == m.group() else " " if ch.isspace() else _FW_MAP.get(ch, ch)
    if kind == "fw":
        return "".join(_FW_MAP.get(c, c) for c in m.group())
    if kind == "point":
        return "."
    if kind == "small":
        return _SMALL[m.group()]
    if kind == "yi":
        return "一"
    if kind in ("drop", "mark"):
        return ""
    if kind == "surrogate":
        return "\ufffd" * (e - s)
    if kind == "nl":
        return "\n"
    if kind == "blank":
        return "\n\n"
    if kind == "ws":
        at_edge = s == 0 or e == len(text) or text[s - 1] in "\r\n" or text[e] in "\r\n"
        return "" if at_edge else " "
    if s in pairs:
        return _PUNCT_FW[text[s]] if pairs[s] else None
    return _punct(text, s)


def _cjk_at(text: str, i: int) -> bool:
    """Is ``text[i]`` a CJK character or CJK punctuation (False outside the text)?"""
    return 0 <= i < len(text) and bool(_CJK_CHAR.match(text[i]))


def _punct(text: str, i: int) -> str | None:
    ch = text[i]
    before = _neighbour(text, i, -1)
    after = _neighbour(text, i, +1)
    if ch == "," and text[i - 1:i].isdigit() and _THOUSANDS.match(text, i + 1):
        return None  # 6,050
    if ch == ":" and text[i - 1:i].isdigit() and text[i + 1:i + 2].isdigit():
        return None  # 10:30
    if _cjk_at(text, before) or _cjk_at(text, after):
        return _PUNCT_FW[ch]
    if ch in ",;" and text[before:before + 1] in "%" and text[after:after + 1].isdigit():
        return _PUNCT_FW[ch]  # 增长10.1%,5年以来
    return None


def _neighbour(text: str, i: int, step: int) -> int:
    """Index of the first character from ``i + step`` that is not a plain space."""
    j = i + step
    if 0 <= j < len(text) and text[j] == " ":
        j += step
    return j


# --------------------------------------------------------------------------- entry point

def normalise(text: str, target: str = "simplified", backend: str | None = None) -> Normalised:
    """Normalise width, punctuation, whitespace and script of one report.

    Parameters
    ----------
    text : the report as a str.
    target : "simplified" (default) or "traditional".
    backend : OpenCC backend: None/"auto" (whichever is installed, or
        ``$SUMMARYLAB_OPENCC``), "cpp" or "python".

    Returns a :class:`Normalised`; ``offsets`` maps the output to ``text``.
    Conversion is skipped when no character needs it (OpenCC costs time).

    >>> normalise("乾隆年間（１７３６—１７９５）").text
    '乾隆年间（1736—1795）'
    """
    if not isinstance(text, str):
        raise TypeError(f"normalise() takes a str, got {type(text).__name__}")
    if target not in ("simplified", "traditional"):
        raise ValueError(f"target must be 'simplified' or 'traditional', not {target!r}")
    out, offsets = normalise_width(text)
    out, offsets = _stop_decimals(out, offsets)
    used = _resolve_backend(backend)
    trad, simp = _script_counts(out, used)
    script = _verdict(trad, simp)
    if (trad if target == "simplified" else simp) == 0:
        used = ""  # nothing to convert: skip OpenCC
    else:
        out = to_script(out, target, used)
    return Normalised(text=out, script=script, offsets=offsets, backend=used)
