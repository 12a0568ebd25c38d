"""Rule data: one strict reader for every file of ``summarylab/data``, and the way to add to them.

Every module that reads a data file declares what it expects in it with a *spec*
(which sections, keys, flags or kinds), and reads it through that spec. Shipped files are
found through :mod:`importlib.resources`; a user's file can be read with the same spec.
Whatever a spec does not expect is an error naming the file and the line::

    indicator_words.txt:35: unknown section [increse] (expected one of: approx_after, ...)
    units.txt:86: duplicate entry '所' (first at line 43)
    boilerplate.txt:40: bad regex: missing ), unterminated subpattern at position 0

so a typo can no longer switch a rule off quietly.

========== ============================= ==============================================
spec       files                         a line holds
========== ============================= ==============================================
Words      formulations, gov_dict,       an entry: its words separated by spaces
           stopwords, governing_verbs,   (formulations: the canonical form, then its
           slogan_idioms, theme_genre,   variants; gov_dict: word [freq] [tag]); the
           indicator_exclusions,         entry's first word (every word with
           contractions, site_words      ``variants=True``) may not repeat
Sections   indicator_words, slogan_names ``[section]`` or one word of the section above
Keyed      stripped_number               ``key: items separated by spaces`` (a key may
                                         repeat; an item may not, under one key)
Table      units                         ``surface base [flag ...]``: a flag is ``name``
                                         or ``name:A,B``, its name one the spec expects
Chars      common_chars                  characters, any number of them
Patterns   boilerplate                   ``kind<TAB or spaces>regex``; the regex compiles
Columns    indicator_catalogue (.tsv)    tab-separated fields under a header line of the
                                         declared columns, none empty, and the reader's
                                         row check (known measures, a synonym once a measure)
========== ============================= ==============================================

In every format blank lines are skipped and ``#`` starts a comment: a whole line, and in
all but Patterns (whose regexes may hold ``#``) also the rest of a line.

Users extend the shipped files in their own format with :func:`add_words` (a file or
lines; checked by the same spec, so a word already shipped is refused as a duplicate).
The additions hold for the rest of the process, in every module that reads the file;
worker processes that ``summarylab analyze --jobs N`` forks inherit them.

:func:`with_traditional` gives a word list with its traditional-script forms, for the
rules that also read un-normalised text.

This module does not decide what a word means (its readers do), does not watch files
for changes (a file is parsed once per process, and again after :func:`add_words`), and
does not read ``data/*`` files that no spec declares.

Example
-------
>>> spec = Sections("example.txt", ("increase", "decrease"))
>>> spec.parse("[increase]\\n增长\\n[decrease]\\n下降", "example.txt")["decrease"]
('下降',)
>>> spec.parse("[increse]\\n增长", "example.txt")
Traceback (most recent call last):
...
summarylab.ruledata.RuleDataError: example.txt:1: unknown section [increse] (expected one of: decrease, increase)
"""
from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from importlib import import_module, resources
from pathlib import Path
from types import MappingProxyType
from typing import Callable, Iterable, NamedTuple, Union

__all__ = ["RuleDataError", "Words", "Sections", "Keyed", "Table", "Chars", "Patterns", "Columns", "Place",
           "add_words", "additions", "reset", "with_traditional", "shipped_path", "FORMULATIONS",
           "COMMON_CHARS", "READERS"]

Source = Union[str, "os.PathLike[str]", None]

# shipped file -> the module that declares its spec (imported by add_words to check additions)
READERS = {
    "boilerplate.txt": "cleaning", "common_chars.txt": "ruledata", "formulations.txt": "ruledata",
    "gov_dict.txt": "segmentation", "stopwords.txt": "segmentation", "governing_verbs.txt": "slogans",
    "slogan_idioms.txt": "slogans", "slogan_names.txt": "slogans", "units.txt": "indicators.lexicon",
    "indicator_words.txt": "indicators.lexicon", "indicator_exclusions.txt": "indicators.lexicon",
    "contractions.txt": "indicators.lexicon", "industry_names.txt": "indicators.lexicon",
    "stripped_number.txt": "quality", "indicator_catalogue.tsv": "panel", "theme_genre.txt": "vocabulary",
    "site_words.txt": "cleaning",
}
_SPECS: dict[str, "_Spec"] = {}                   # shipped name -> its declared spec
_ADDED: dict[str, list[tuple[str, str]]] = {}     # shipped name -> [(label, text)] added by users
_CACHE: dict[str, object] = {}                    # shipped name -> parsed content


class RuleDataError(ValueError):
    """A data file holds something its reader does not expect (the message names file:line)."""


def shipped_path(name: str) -> Path:
    """The path of a shipped data file (``summarylab/data/<name>``).

    >>> shipped_path("units.txt").name
    'units.txt'
    """
    return Path(str(resources.files("summarylab").joinpath("data", name)))


def _shipped_text(name: str) -> str:
    return resources.files("summarylab").joinpath("data", name).read_text(encoding="utf-8")


def _lines(text: str, inline_comments: bool = True) -> Iterable[tuple[int, str]]:
    """(line number, content) of the lines that hold something, comments left out."""
    for no, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if inline_comments:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
        yield no, line


def _fail(label: str, no: int, message: str) -> RuleDataError:
    return RuleDataError(f"{label}:{no}: {message}")


class Place(NamedTuple):
    """Where a line was read: the ``part`` (0: the shipped file or the one file read, then
    each addition), its ``label`` (a file name or ``add_words(<file>)``) and the line ``no``."""

    part: int
    label: str
    no: int

    def seen_from(self, now: "Place") -> str:
        """How an error at ``now`` names this earlier place: ``line 3`` in the same part,
        ``label:3`` in another.

        >>> Place(0, "units.txt", 3).seen_from(Place(1, "add_words(units.txt)", 1))
        'units.txt:3'
        """
        return f"line {self.no}" if self.part == now.part else f"{self.label}:{self.no}"


class _Seen:
    """Entries met so far (in one section or under one key): a repeat is an error naming
    both places. ``label`` names the part being read (the shipped file, then each addition),
    ``part`` counts them (two additions may share a label)."""

    def __init__(self) -> None:
        self.label, self.part, self.where = "", 0, {}

    def at(self, part: int, label: str) -> "_Seen":
        self.part, self.label = part, label
        return self

    def add(self, no: int, entry: str, scope: str = "") -> None:
        now = Place(self.part, self.label, no)
        first = self.where.setdefault(entry, now)
        if first != now:
            raise _fail(self.label, no, f"duplicate entry {entry!r}{scope} (first at {first.seen_from(now)})")

    def add_line(self, no: int, entries: Iterable[str], scope: str = "") -> None:
        """Every entry of one line (the same one twice on it is a duplicate too)."""
        here: set[str] = set()
        for entry in entries:
            if entry in here:
                raise _fail(self.label, no, f"duplicate entry {entry!r}{scope} (first at line {no})")
            here.add(entry)
            self.add(no, entry, scope)


@dataclass(frozen=True)
class _Spec:
    """What a reader expects of one data file: ``name`` is the shipped file it describes."""

    name: str

    def __post_init__(self) -> None:
        if self.name not in READERS:  # a spec for some other file (a test, an example)
            return
        known = _SPECS.setdefault(self.name, self)
        if known != self:
            raise ValueError(f"{self.name}: declared twice, differently: {known} and {self}")

    def read(self, path: Source = None):
        """The parsed content of the shipped file with the user's additions (``path`` None or
        the shipped file's path: parsed once, then cached), or of the file at ``path``."""
        if path is not None and Path(path).resolve() != shipped_path(self.name).resolve():
            return self.parse(Path(path).read_text(encoding="utf-8"), str(path))  # a user's file
        if self.name not in _CACHE:
            _CACHE[self.name] = self.parse_shipped()
        return _CACHE[self.name]

    def parse_shipped(self, extra: tuple[str, str] | None = None):
        parts = [(self.name, _shipped_text(self.name))] + _ADDED.get(self.name, []) + ([extra] if extra else [])
        return self.parse_parts(parts)

    def parse(self, text: str, label: str):
        """The content of ``text`` (errors name ``label`` and the line)."""
        return self.parse_parts([(label, text)])

    def parse_parts(self, parts: list[tuple[str, str]]):  # pragma: no cover - every spec has one
        raise NotImplementedError


@dataclass(frozen=True)
class Words(_Spec):
    """One entry a line; the first word of each (every word if ``variants``) is unique.

    >>> Words("demo.txt").parse("政务公开 20000 nz\\n放管服", "demo.txt")
    (('政务公开', '20000', 'nz'), ('放管服',))
    """

    variants: bool = False

    def parse_parts(self, parts):
        out, seen = [], _Seen()
        for part, (label, text) in enumerate(parts):
            seen.at(part, label)
            for no, line in _lines(text):
                words = tuple(line.split())
                seen.add_line(no, words if self.variants else words[:1])
                out.append(words)
        return tuple(out)


@dataclass(frozen=True)
class Sections(_Spec):
    """``[section]`` lines, then one word a line; only the ``sections`` declared.

    >>> dict(Sections("demo.txt", ("end",)).parse("[end]\\n座谈会\\n论坛", "demo.txt"))
    {'end': ('座谈会', '论坛')}
    """

    sections: tuple[str, ...] = ()

    def parse_parts(self, parts):
        out: dict[str, list[str]] = {}
        seen: dict[str, _Seen] = {}
        for part, (label, text) in enumerate(parts):
            current = None
            for no, line in _lines(text):
                if line.startswith("[") and line.endswith("]"):
                    current = line[1:-1].strip()
                    if current not in self.sections:
                        raise _fail(label, no, f"unknown section [{current}] (expected one of: "
                                               f"{', '.join(sorted(self.sections))})")
                    continue
                if current is None:
                    raise _fail(label, no, f"{line!r} before any [section]")
                words = line.split()
                if len(words) != 1:
                    raise _fail(label, no, f"one word a line, got {len(words)}: {line!r}")
                check = seen.setdefault(current, _Seen()).at(part, label)
                check.add(no, words[0], f" in [{current}]")
                out.setdefault(current, []).append(words[0])
        return MappingProxyType({k: tuple(v) for k, v in out.items()})   # read-only: it is shared


@dataclass(frozen=True)
class Keyed(_Spec):
    """``key: items`` lines; only the ``keys`` declared; a key may repeat, an item under it not.

    >>> dict(Keyed("demo.txt", ("slot", "measure")).parse("slot: 了 共\\nslot: 达", "demo.txt"))
    {'slot': ('了', '共', '达')}
    """

    keys: tuple[str, ...] = ()

    def parse_parts(self, parts):
        out: dict[str, list[str]] = {}
        seen: dict[str, _Seen] = {}
        for part, (label, text) in enumerate(parts):
            for no, line in _lines(text):
                key, sep, items = line.partition(":")
                key = key.strip()
                if not sep:
                    raise _fail(label, no, f"expected 'key: items', got {line!r}")
                if key not in self.keys:
                    raise _fail(label, no, f"unknown key {key!r} (expected one of: {', '.join(sorted(self.keys))})")
                check = seen.setdefault(key, _Seen()).at(part, label)
                check.add_line(no, items.split(), f" under {key}")
                out.setdefault(key, []).extend(items.split())
        return MappingProxyType({k: tuple(v) for k, v in out.items()})   # read-only: it is shared


@dataclass(frozen=True)
class Table(_Spec):
    """``surface base [flag ...]`` lines: a unique surface, a base, flags of the declared names.

    >>> Table("demo.txt", ("change", "not")).parse("天 天 change not:然,下", "demo.txt")
    (('天', '天', 'change', 'not:然,下'),)
    """

    flags: tuple[str, ...] = ()

    def parse_parts(self, parts):
        out, seen = [], _Seen()
        for part, (label, text) in enumerate(parts):
            seen.at(part, label)
            for no, line in _lines(text):
                fields = tuple(line.split())
                if len(fields) < 2:
                    raise _fail(label, no, f"expected '<surface> <base> [flag ...]', got {line!r}")
                for flag in fields[2:]:
                    if flag.split(":", 1)[0] not in self.flags:
                        raise _fail(label, no, f"unknown flag {flag!r} (expected one of: "
                                               f"{', '.join(sorted(self.flags))})")
                seen.add(no, fields[0])
                out.append(fields)
        return tuple(out)


@dataclass(frozen=True)
class Chars(_Spec):
    """Characters, any number a line, each once, in file order.

    >>> Chars("demo.txt").parse("# top\\n的一是\\n了", "demo.txt")
    '的一是了'
    """

    def parse_parts(self, parts):
        out: list[str] = []
        seen = _Seen()
        for part, (label, text) in enumerate(parts):
            seen.at(part, label)
            for no, line in _lines(text):
                chars = "".join(line.split())
                seen.add_line(no, chars)
                out.append(chars)
        return "".join(out)


@dataclass(frozen=True)
class Patterns(_Spec):
    """``kind regex`` lines (kind, then a TAB or spaces): a declared kind and a regex that
    compiles (with ``re_flags``); the same kind and regex twice is an error.
    Returns (kind, regex source, compiled) tuples.

    >>> [k for k, _, _ in Patterns("demo.txt", ("url",)).parse("url  https?://\\\\S+", "demo.txt")]
    ['url']
    """

    kinds: tuple[str, ...] = ()
    re_flags: int = 0
    labels: bool = False   # True: a kind may carry a label, ``kind:label`` (label in a-z and _)

    def parse_parts(self, parts):
        out, seen = [], _Seen()
        for part, (label, text) in enumerate(parts):
            seen.at(part, label)
            for no, line in _lines(text, inline_comments=False):
                kind, _, rx = line.partition(" ") if " " in line.split("\t")[0] else line.partition("\t")
                kind, rx = kind.strip(), rx.strip()
                if not self._known(kind) or not rx:
                    form = "<kind>[:label]" if self.labels else "<kind>"
                    raise _fail(label, no, f"expected '{form} <regex>' with kind in {self.kinds}")
                try:
                    compiled = re.compile(rx, self.re_flags)
                except re.error as exc:
                    raise _fail(label, no, f"bad regex: {exc}") from None
                seen.add(no, f"{kind} {rx}")
                out.append((kind, rx, compiled))
        return tuple(out)

    def _known(self, kind: str) -> bool:
        """A declared kind, or with ``labels`` a declared kind and a label (``paywall`` ...)."""
        if self.labels and ":" in kind:
            kind, _, tag = kind.partition(":")
            return kind in self.kinds and re.fullmatch(r"[a-z][a-z_]{0,23}", tag) is not None
        return kind in self.kinds


@dataclass(frozen=True)
class Columns(_Spec):
    """Tab-separated rows under a header line that is exactly the declared ``columns``; every
    row has each column and none is empty. ``check(row, place, seen)`` (optional, a
    module-level function) returns an error message for a row ("" when it is good): ``row``
    maps column to value, ``seen`` is a dict it may fill to compare rows (across the
    shipped file and the additions), ``place`` a :class:`Place`. In an addition the header
    line may be left out. Returns (line number, fields) pairs.

    >>> Columns("demo.tsv", ("name", "en")).parse("name\\ten\\n出口\\texports", "demo.tsv")
    ((2, ('出口', 'exports')),)
    >>> Columns("demo.tsv", ("name", "en")).parse("name\\ten\\n出口", "demo.tsv")
    Traceback (most recent call last):
    ...
    summarylab.ruledata.RuleDataError: demo.tsv:2: 1 fields, expected 2 (name, en)
    """

    columns: tuple[str, ...] = ()
    check: Callable[[dict, Place, dict], str] | None = None

    def parse_parts(self, parts):
        out, seen = [], {}
        for part, (label, text) in enumerate(parts):
            header = part > 0   # an addition may leave the header out
            first = True
            for no, raw in enumerate(text.splitlines(), 1):
                if not raw.strip() or raw.lstrip().startswith("#"):
                    continue
                fields = tuple(f.strip() for f in raw.rstrip("\r").split("\t"))
                if first and (not header or fields == self.columns):
                    first, header = False, True
                    if fields != self.columns:
                        raise _fail(label, no, f"header must be {' / '.join(self.columns)} (tab-separated); "
                                               f"got {' / '.join(fields)}")
                    continue
                first = False
                out.append((no, self._row(fields, Place(part, label, no), seen)))
            if not header:
                raise _fail(label, 1, "no header line")
        return tuple(out)

    def _row(self, fields: tuple[str, ...], place: Place, seen: dict) -> tuple[str, ...]:
        if len(fields) != len(self.columns):
            raise _fail(place.label, place.no, f"{len(fields)} fields, expected {len(self.columns)} "
                                               f"({', '.join(self.columns)})")
        for name, value in zip(self.columns, fields):
            if not value:
                raise _fail(place.label, place.no, f"empty {name}")
        message = self.check(dict(zip(self.columns, fields)), place, seen) if self.check else ""
        if message:
            raise _fail(place.label, place.no, message)
        return fields


# the files more than one module reads: declared once, parsed once
FORMULATIONS = Words("formulations.txt", variants=True)
COMMON_CHARS = Chars("common_chars.txt")


def _spec(name: str) -> _Spec:
    if name not in READERS:
        raise ValueError(f"no shipped data file {name!r}; one of: {', '.join(sorted(READERS))}")
    import_module(f".{READERS[name]}", __package__)  # the reader declares the spec on import
    return _SPECS[name]


def add_words(name: str, lines: str | os.PathLike | Iterable[str]) -> None:
    """Add entries to the shipped data file ``name``, in that file's own format.

    ``lines`` is a path of a file, or lines (an iterable, or one string). They are checked
    by the spec of the module that reads the file, together with the shipped file and the
    earlier additions: an unknown section, key or flag, a duplicate entry or a bad regex
    raises :class:`RuleDataError` naming the line, and nothing is added. Every cache
    derived from rule data is emptied, so the next call of any function uses the words.

    >>> import summarylab
    >>> summarylab.extract_indicators("完成疫苗接种2.3万剂")["unit"].tolist()
    []
    >>> summarylab.add_words("units.txt", ["剂 剂 count"])
    >>> summarylab.extract_indicators("完成疫苗接种2.3万剂")[["value", "unit"]].values.tolist()
    [[23000.0, '剂']]
    >>> summarylab.add_words("units.txt", ["剂 剂"])
    Traceback (most recent call last):
    ...
    summarylab.ruledata.RuleDataError: add_words(units.txt):1: duplicate entry '剂' (first at add_words(units.txt):1)
    >>> summarylab.ruledata.reset()
    """
    spec = _spec(name)
    if isinstance(lines, os.PathLike):
        label, text = str(lines), Path(lines).read_text(encoding="utf-8")
    else:
        label, text = f"add_words({name})", lines if isinstance(lines, str) else "\n".join(lines)
    spec.parse_shipped((label, text))  # raises before anything changes
    _ADDED.setdefault(name, []).append((label, text))
    _forget()


def additions() -> tuple[tuple[str, str, str], ...]:
    """(file, label, text) of every addition made by :func:`add_words`, in order (a batch
    cache keys its results on them too)."""
    return tuple((name, label, text) for name, added in sorted(_ADDED.items()) for label, text in added)


def reset() -> None:
    """Drop every addition made by :func:`add_words` (back to the shipped files)."""
    _ADDED.clear()
    _forget()


_GENERATION = [0]


def generation() -> int:
    """How many times the rule data changed in this process (a cache key for derived data)."""
    return _GENERATION[0]


def _forget() -> None:
    """Empty the parsed files and every ``functools`` cache of summarylab's modules: the
    patterns and word sets derived from rule data are rebuilt on next use."""
    _GENERATION[0] += 1
    _CACHE.clear()
    for module_name, module in list(sys.modules.items()):
        if not module_name.startswith(f"{__package__}.") or module is None:
            continue
        for obj in list(vars(module).values()):
            if callable(getattr(obj, "cache_clear", None)) and getattr(obj, "__module__", "") == module_name:
                obj.cache_clear()


def with_traditional(words: Iterable[str]) -> list[str]:
    """``words``, then their traditional forms (爲 also as 為), each once, in that order.

    >>> with_traditional(["增长", "发展"])
    ['增长', '发展', '增長', '發展']
    """
    words = list(words)
    if not words:
        return []
    from .normalisation import to_script

    converted = to_script("\n".join(words), "traditional").split("\n")
    return list(dict.fromkeys(words + converted + [w.replace("爲", "為") for w in converted]))

