"""Remove site boilerplate from a normalised report and say what was removed.

Reports copied from 范文 and government portals carry text that is not the
report: site prefaces (本站为你精心整理了……欢迎咨询。), watermarks pasted into
sentences (……网版权所有), header and footer lines (breadcrumbs, 发布时间,
上一篇/下一篇, 推荐阅读, Copyright, ICP 备案号, bare URLs, site-name lines)
a *teaser*: an opening line that repeats the title and the start of the
body which follow in full, and a title said twice (a short title line that the
next line starts with again: the repeat goes, the title keeps its line).
:func:`clean` removes them, records each removal as a ``boilerplate_removed``
:class:`~summarylab.quality.Finding`, and keeps an
:class:`~summarylab.offsets.OffsetMap` into its input.

Patterns live in ``summarylab/data/boilerplate.txt`` (its header documents
the format); ``clean(text, patterns="extra.txt")`` adds a user's file.

This module does not normalise characters (run :func:`summarylab.normalise`
first: the patterns are written for simplified, normalised text), does not
judge the report's own content, and never removes a line only because it is
repeated later unless it is one of the first lines and mostly a copy of what
follows (the teaser rule) or a short title that the next line repeats.

Example
-------
>>> c = clean("前言：本站为你精心整理了工作总结，欢迎咨询。\\n一、主要做法\\n上一篇：其他总结")
>>> c.text
'一、主要做法\\n'
>>> [(f.start, f.detail[:7]) for f in c.findings]
[(0, 'preface'), (7, 'footer_')]
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import ruledata
from .offsets import OffsetMap, Rewriter
from .quality import Finding

try:  # Python 3.11+
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover
    import sre_parse as _sre_parse

__all__ = ["Cleaned", "Pattern", "clean", "load_patterns"]

KINDS = ("preface", "watermark", "footer_line", "footer_block", "footer_tail", "url")
MAX_FOOTER_LINE = 160   # longer lines are body text, never footers
MAX_BLOCK_TITLE = 40    # a footer block runs over the article titles (at most this long) after its header
MAX_TAIL = 1000         # a footer tail (licence notes) is removed only when this close to the end
MAX_URL_REST = 24       # a URL line may keep this many other characters
TEASER_LINES = 3        # the teaser rule looks at this many first non-empty lines
TEASER_MIN = 30         # ... of at least this many non-space characters
TEASER_CHUNK = 12       # ... cut into chunks of this size
TEASER_SHARE = 0.6      # ... and removes a line when this share of chunks recurs later
TEASER_WINDOW = 50_000  # ... within this many following characters
NEED_GROUPS = 2         # a pattern is tried only on texts holding a literal of each of this many groups
NEED_WORDS = 4          # ... of at most this many literals (each is one scan of the text)
_SPACES = re.compile(r"\s+")
_NUMBERED_ITEM = re.compile(r"\s*([0-9]{1,2})\s?([.、．])(?![0-9])\s?((?:(?!\s+[0-9]{1,2}\s?[.、．])[^\n])+)")
_OUTLINE = re.compile(r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[、.．]|第[一二三四五六七八九十]+[，,、]")


@dataclass(frozen=True)
class Pattern:
    """One boilerplate pattern: its kind (see ``KINDS``) and compiled regex.

    ``need`` holds groups of literals; every match contains one literal of each group
    (see ``_required_literals``): a text without them is not searched.
    """

    kind: str
    regex: re.Pattern
    need: tuple[tuple[str, ...], ...] = ()
    anchored: bool = False  # starts with ^: it can match only at a line start


@dataclass
class Cleaned:
    """Result of :func:`clean`.

    Attributes
    ----------
    text : the text with boilerplate removed.
    offsets : map from ``text`` back to the input of :func:`clean`.
    findings : one ``boilerplate_removed`` finding per removal, at the removal's
        position in ``text`` (start == end); ``detail`` is "<kind>: <removed text>".
    """

    text: str
    offsets: OffsetMap
    findings: list[Finding] = field(default_factory=list)


# --------------------------------------------------------------------------- patterns

# what this module reads of the rule data (summarylab.ruledata checks the file against it)
_PATTERNS = ruledata.Patterns("boilerplate.txt", KINDS, re.MULTILINE)


def load_patterns(path: str | Path | None = None) -> tuple[Pattern, ...]:
    """Patterns from a file in the ``data/boilerplate.txt`` format (shipped file if None).

    Raises ValueError (:class:`~summarylab.ruledata.RuleDataError`) naming the line when a
    kind is unknown, a regex does not compile or a pattern is listed twice.
    """
    if path is None:
        return _shipped()
    return _patterns(path)


@functools.lru_cache(maxsize=1)
def _shipped() -> tuple[Pattern, ...]:
    return _patterns(None)


@functools.lru_cache(maxsize=16)
def _user(path: str) -> tuple[Pattern, ...]:
    return load_patterns(path)


def _patterns(path: str | Path | None) -> tuple[Pattern, ...]:
    return tuple(Pattern(kind, compiled, _required_literals(rx), _anchored(rx))
                 for kind, rx, compiled in _PATTERNS.read(path))


def _required_literals(rx: str) -> tuple[tuple[str, ...], ...]:
    """What every match of ``rx`` contains: one literal of each group, () when unknown.

    A group is a run of plain characters at the top level of the regex, or the
    alternatives of a part whose every branch has one (``(?:首页|主页)>`` ->
    (("首页", "主页"), (">",))); a cheap ``in`` test then skips texts the regex
    cannot match, whatever it starts with.
    """
    try:
        seq = _sre_parse.parse(rx)
    except Exception:  # pragma: no cover - compiled above already
        return ()
    if seq.state.flags & re.IGNORECASE:
        return ()
    # the test runs on every text: keep the two groups likeliest to fail (long, few words)
    groups = [g for g in set(_needs(seq)) if len(g) <= NEED_WORDS]
    return tuple(sorted(groups, key=lambda g: (-min(map(len, g)), len(g), g))[:NEED_GROUPS])


def _anchored(rx: str) -> bool:
    seq = _sre_parse.parse(rx)
    return len(seq) > 0 and seq[0] == (_sre_parse.AT, _sre_parse.AT_BEGINNING)


def _needs(seq) -> list[tuple[str, ...]]:
    """Groups of literals: each match contains one literal of every group."""
    groups: list[tuple[str, ...]] = []
    run = ""
    for op, av in seq:
        if op is _sre_parse.LITERAL:
            run += chr(av)
            continue
        if run:
            groups.append((run,))
            run = ""
        if op is _sre_parse.SUBPATTERN and not av[1] & re.IGNORECASE:
            groups += _needs(av[3])
        elif op is _sre_parse.BRANCH:
            alts = [_needs(alt) for alt in av[1]]
            if all(alts):  # one group from each branch: the longest-worded
                best = [max(a, key=lambda g: min(map(len, g))) for a in alts]
                groups.append(tuple(sorted({x for g in best for x in g})))
    if run:
        groups.append((run,))
    return groups


def _may_match(p: Pattern, text: str) -> bool:
    return all(any(n in text for n in group) for group in p.need)


# --------------------------------------------------------------------------- detection

def _inline_spans(text: str, pats: tuple[Pattern, ...]) -> list[tuple[int, int, str]]:
    """Preface and watermark matches anywhere in the text."""
    out = []
    for p in pats:
        if p.kind in ("preface", "watermark") and _may_match(p, text):
            out += [(m.start(), m.end(), p.kind) for m in p.regex.finditer(text) if m.end() > m.start()]
    return out


def _lines(text: str):
    """(start, end_without_newline, end_with_newline) of every line."""
    start = 0
    for m in re.finditer("\n", text):
        yield start, m.start(), m.end()
        start = m.end()
    if start < len(text):
        yield start, len(text), len(text)


def _line_spans(text: str, pats: tuple[Pattern, ...],
                inline: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Whole header/footer/URL lines (judged without the ``inline`` removals).

    Only lines in which some pattern matches the whole text (a match starts there),
    or which an inline removal touches, are searched line by line: a match inside a
    line is also a match in the text, so no other line can be a footer line.
    """
    lines = [p for p in pats if p.kind in ("footer_line", "url") and _may_match(p, text)]
    footers = [p.regex for p in lines if p.kind == "footer_line"]
    urls = [p.regex for p in lines if p.kind == "url"]
    todo = _match_lines(text, [p.regex for p in lines if not p.anchored])
    anchored = tuple(p.regex for p in lines if p.anchored)  # tried at each line start only
    if anchored:
        one = _either(anchored)
        todo.update(s for s, e, _ in _lines(text) if e - s <= MAX_FOOTER_LINE and (
            one.match(text, s, e) if one is not None else any(r.match(text, s, e) for r in anchored)))
    for a, b, _ in inline:
        todo.add(text.rfind("\n", 0, a) + 1)
        nl = text.find("\n", a, b)
        while nl >= 0:  # the lines it runs into
            todo.add(nl + 1)
            nl = text.find("\n", nl + 1, b)
    out = []
    for s, e, e_nl in _lines(text):
        if s not in todo or e - s > MAX_FOOTER_LINE or e == s:
            continue
        line = _without(text, s, e, inline) if inline else text[s:e]
        if any(r.search(line) for r in footers):
            out.append((s, e_nl, "footer_line"))
        elif any(r.search(line) for r in urls) and _url_line(line, urls):
            out.append((s, e_nl, "url"))
    return out


@functools.lru_cache(maxsize=64)
def _either(regexes: tuple[re.Pattern, ...]) -> re.Pattern | None:
    """One regex that matches where one of ``regexes`` matches (None if they do not combine)."""
    try:
        return re.compile("|".join(f"(?:{r.pattern})" for r in regexes), re.MULTILINE)
    except re.error:  # e.g. a global flag such as (?i) inside a user's pattern
        return None


def _match_lines(text: str, regexes: list[re.Pattern]) -> set[int]:
    """Start offsets of the lines in which a match of one of ``regexes`` starts."""
    starts: set[int] = set()
    for r in regexes:
        pos = 0
        while (m := r.search(text, pos)) is not None:
            starts.add(text.rfind("\n", 0, m.start()) + 1)
            pos = text.find("\n", m.start()) + 1  # on to the next line
            if pos == 0:
                break
    return starts


def _block_spans(text: str, pats: tuple[Pattern, ...]) -> list[tuple[int, int, str]]:
    """A list header (推荐阅读, 热门文章) and the article titles under it; a line that is
    a footer or URL line of its own ends the block (it is reported on its own)."""
    heads = [p.regex for p in pats if p.kind == "footer_block" and _may_match(p, text)]
    others = [p.regex for p in pats if p.kind in ("footer_line", "url")]
    lines = list(_lines(text)) if heads else []
    out, i = [], 0
    while i < len(lines):
        s, e, _ = lines[i]
        i += 1
        head = _first_match(heads, text, s, e) if e - s <= MAX_FOOTER_LINE else None
        if head is None:
            continue
        number = 0  # the last article number seen (1. … 2. …)
        if text[head.end():e].strip() and (number := _numbered_titles(text[head.end():e], 0)) is None:
            continue  # the header is followed on its line by something other than numbered titles
        while i < len(lines) and not any(r.search(text, lines[i][0], lines[i][1]) for r in others):
            line = text[lines[i][0]:lines[i][1]]
            if any(r.search(text, lines[i][0], lines[i][1]) for r in heads):
                break  # the next list's header: a block of its own
            if (n := _numbered_titles(line, number)) is not None:
                number = n
            elif not _title_like(line):
                break
            i += 1
        out.append((s, lines[i - 1][2], "footer_block"))
    return out


def _first_match(regexes: list[re.Pattern], text: str, s: int, e: int) -> re.Match | None:
    for r in regexes:
        if (m := r.search(text, s, e)) is not None:
            return m
    return None


def _numbered_titles(line: str, last: int) -> int | None:
    """The number of the last item when ``line`` holds only numbered article titles that go on
    from item ``last`` (1. 街道信访工作总结 / 2.社区工作汇报 3.村务公开总结), else None.

    Numbers must run on one by one: a report's own outline after a list header (一、, (一),
    a lone 2. that does not follow 1.) still ends the block.
    """
    if len(line) > MAX_FOOTER_LINE:
        return None  # body text (and a bound on the regex's work)
    items = _NUMBERED_ITEM.findall(line.strip())
    if not items or _SPACES.sub("", "".join(n + sep + t for n, sep, t in items)) != _SPACES.sub("", line):
        return None
    for no, _, title in items:
        last += 1
        if int(no) != last or not _title_like(title):
            return None
    return last


def _tail_spans(text: str, pats: tuple[Pattern, ...]) -> list[tuple[int, int, str]]:
    """From the first line a footer_tail pattern matches to the end of the text, when that
    is at most ``MAX_TAIL`` characters (a site's licence note, split over many lines)."""
    lo = max(0, len(text) - MAX_TAIL)
    starts = [m.start() for p in pats if p.kind == "footer_tail" for m in [p.regex.search(text, lo)] if m]
    if not starts:
        return []
    s = text.rfind("\n", 0, min(starts)) + 1
    return [(s, len(text), "footer_tail")]


def _title_like(line: str) -> bool:
    """A line that reads as a linked article title: short, no sentence end, no outline marker."""
    line = line.strip()
    return (len(line) <= MAX_BLOCK_TITLE and not line.endswith(("。", "！", "？", "；", "：", ":"))
            and _OUTLINE.match(line) is None)


def _url_line(line: str, urls: list[re.Pattern]) -> bool:
    rest = line
    for r in urls:
        rest = r.sub("", rest)
    return len(rest.strip()) <= MAX_URL_REST


def _teaser_spans(text: str, removed: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Opening lines that are mostly a copy of the text after them."""
    out, seen = [], 0
    for s, e, e_nl in _lines(text):
        if seen >= TEASER_LINES:
            break
        own = _SPACES.sub("", _without(text, s, e, removed))
        if not own:
            continue
        seen += 1
        if len(own) < TEASER_MIN:
            continue
        later = _SPACES.sub("", text[e_nl:e_nl + TEASER_WINDOW])
        chunks = [own[i:i + TEASER_CHUNK] for i in range(0, len(own) - TEASER_CHUNK + 1, TEASER_CHUNK)]
        found = sum(c in later for c in chunks)
        if found >= 2 and found >= TEASER_SHARE * len(chunks):
            out.append((s, e_nl, "teaser"))
    return out


def _title_spans(text: str, removed: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A short title among the first lines repeated at the start of the next kept line, alone or
    followed by a space and the body (a site's page title above the article's own title line:
    环境整治工作总结 / 环境整治工作总结 一、活动的总体情况 …): the repeat goes, so the title
    keeps a line of its own and is said once."""
    kept: list[tuple[int, int, int, str]] = []
    for s, e, e_nl in _lines(text):
        if len(kept) > TEASER_LINES:
            break
        own = _SPACES.sub(" ", _without(text, s, e, removed)).strip()
        if own:
            kept.append((s, e, e_nl, own))
    out = []
    for (_, _, _, own), (s, e, e_nl, nxt) in zip(kept, kept[1:]):
        if not _title_like(own) or not (nxt == own or nxt.startswith(own + " ")):
            continue
        for a, b, _ in sorted(removed):  # the line's first kept character (after a preface)
            if a <= s < b:
                s = b
        m = _title_copy(own).match(text, s, e)
        if m is not None:  # the repeat is written out there (no removal inside it)
            out.append((s, e_nl if m.end() == e else m.end(), "repeated_title"))
    return out


def _title_copy(title: str) -> re.Pattern:
    """``title`` at a line start, any run of spaces inside it, and the spaces after it."""
    return re.compile(r"\s*" + r"\s+".join(map(re.escape, title.split(" "))) + r"(?:\s+|$)")


def _without(text: str, s: int, e: int, spans: list[tuple[int, int, str]]) -> str:
    """``text[s:e]`` minus the parts covered by ``spans``."""
    parts, pos = [], s
    for a, b, _ in sorted(x for x in spans if x[0] < e and x[1] > s):
        parts.append(text[pos:max(a, pos)])
        pos = max(pos, b)
    parts.append(text[pos:e] if pos < e else "")
    return "".join(parts)


def _whole_lines(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Widen a removal that leaves only spaces on its line to the whole line."""
    out = []
    for s, e, kind in spans:
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", e)
        le = len(text) if le < 0 else le
        if not text[ls:s].strip() and not text[e:le].strip():
            s, e = ls, min(le + 1, len(text))
        out.append((s, e, kind))
    return out


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for s, e, _ in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]


def _short(s: str, n: int = 40) -> str:
    s = _SPACES.sub(" ", s).strip()
    return s if len(s) <= n else s[: n - 1] + "…"


# --------------------------------------------------------------------------- entry point

def clean(text: str, patterns: str | Path | None = None) -> Cleaned:
    """Remove site boilerplate from normalised, simplified ``text``.

    Parameters
    ----------
    text : output of :func:`summarylab.normalise` (any str works, but the
        shipped patterns are written for simplified, normalised text).
    patterns : path of an extra pattern file (same format as
        ``data/boilerplate.txt``), used in addition to the shipped patterns.

    Returns a :class:`Cleaned` with the text, an offset map into ``text`` and
    one finding per removed piece.

    >>> clean("今年已世界公文网版权所有，通过验收。").text
    '今年已，通过验收。'
    """
    if not isinstance(text, str):
        raise TypeError(f"clean() takes a str, got {type(text).__name__}")
    pats = _shipped() + (_user(str(patterns)) if patterns else ())
    inline = _whole_lines(text, _inline_spans(text, pats))
    spans = inline + _line_spans(text, pats, inline) + _block_spans(text, pats) + _tail_spans(text, pats)
    spans += _teaser_spans(text, spans)
    spans += _title_spans(text, spans)
    removals = _merge(spans)
    rw, pos = Rewriter(text), 0
    for s, e in removals:
        rw.keep(pos, s)
        rw.replace(s, e, "")
        pos = e
    rw.keep(pos, len(text))
    out, offsets = rw.finish()
    return Cleaned(out, offsets, _findings(text, spans, removals))


def _findings(text: str, spans, removals) -> list[Finding]:
    """One finding per detected span, at its position in the cleaned text.

    A span inside an earlier, larger one is not reported again, except inside a
    teaser (a preface spliced into a teaser line is worth its own finding).
    Footer and teaser lines are reported even when they contain a preface or
    watermark match (the larger span comes first).
    """
    findings: list[Finding] = []
    outer = (-1, -1, "")
    gone, j = 0, 0  # characters removed before the current span; removals passed
    for s, e, kind in sorted(set(spans), key=lambda x: (x[0], -x[1], x[2])):  # fixed order: same run, same findings
        if s >= outer[0] and e <= outer[1]:
            continue
        if kind != "teaser" and e > outer[1]:
            outer = (s, e, kind)
        while j < len(removals) and removals[j][1] <= s:
            gone += removals[j][1] - removals[j][0]
            j += 1
        pos = s - gone - (s - removals[j][0] if j < len(removals) and removals[j][0] < s else 0)
        findings.append(Finding("boilerplate_removed", pos, pos, f"{kind}: {_short(text[s:e])}", (s, e)))
    return findings
