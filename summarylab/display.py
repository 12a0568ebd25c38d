"""HTML view of one :class:`~summarylab.analysis.Analysis`, for notebooks.

``analysis_html(a)`` returns one HTML fragment (it is ``Analysis._repr_html_``):

* the normalised text ``a.text`` with every extraction highlighted in its own
  colour: measures (their titles), slogans (every occurrence, not only the
  first), indicators and quality findings; hovering a highlight shows what it
  is (value and unit, slogan kind and expansion, finding detail). Zero-width
  findings (where boilerplate was cut out) show as a small marker.
* a legend with the count of each kind;
* below it the measure tree (``measures.measures_html``) and small tables of
  indicators, slogans and quality findings.

Overlapping highlights are nested, never interleaved: a highlight inside
another is nested in it (an indicator inside a slogan or a title); of two
crossing highlights the one of higher priority (measure < slogan < indicator
< quality) stays one element and the other is closed and reopened around it.
The markup is always well formed. All text and attributes are HTML-escaped.
Only inline ``style`` attributes are used (no ``<style>`` or script), so the
fragment renders the same in Jupyter, VS Code and static notebook viewers.

Texts longer than ``max_chars`` (default 20,000) are shown truncated, with a
note; the tables always cover the whole document.

``use_cjk_font()`` points matplotlib at an installed CJK font, so chart labels
in Chinese are drawn instead of empty boxes.

Not done here: any extraction (the fragment reads the Analysis tables), any
interactivity beyond hover titles, and corpus views (see ``summarylab.report``).

Example
-------
>>> import summarylab
>>> html = analysis_html(summarylab.analyze("一、主要做法\\n全年受理投诉486件。"))
>>> 'data-kind="indicator"' in html
True
"""
from __future__ import annotations

import functools
import html
import shutil
import subprocess
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple, Protocol

import pandas as pd


class _AnalysisLike(Protocol):
    """What this module reads of a :class:`summarylab.analysis.Analysis` (a structural
    type, so that display does not import analysis: analysis imports display, once, for
    ``_repr_html_``). Its tables (indicators, measures, slogans) are read by name."""

    text: str
    script: str
    quality: pd.DataFrame
    _work: str

__all__ = ["MAX_CHARS", "KINDS", "Span", "analysis_spans", "analysis_html", "format_value",
           "highlight_html", "use_cjk_font"]

#: Characters of text shown before truncating.
MAX_CHARS = 20_000
#: Highlight kinds, outermost first, with their inline style and legend label.
KINDS: dict[str, tuple[str, str]] = {
    "measure": ("background:#dbeafe;border-bottom:2px solid #2563eb;", "measure (title)"),
    "slogan": ("background:#fde68a;border-bottom:2px solid #d97706;", "slogan"),
    "indicator": ("background:#bbf7d0;outline:1px solid #16a34a;font-weight:600;", "indicator"),
    "quality": ("background:#fecaca;border-bottom:2px dashed #dc2626;", "quality finding"),
}
_PRIORITY = {k: i for i, k in enumerate(KINDS)}
_POINT_STYLE = "color:#dc2626;font-weight:700;padding:0 1px;"
_BOX_STYLE = ("white-space:pre-wrap;line-height:1.9;font-size:15px;padding:8px 10px;"
              "border:1px solid #ddd;border-radius:4px;max-height:36em;overflow-y:auto;")
_TABLE_ROWS = 30


class Span(NamedTuple):
    """One highlight: ``text[start:end]`` of a ``kind`` in :data:`KINDS`, with a hover ``title``."""

    start: int
    end: int
    kind: str
    title: str


# --------------------------------------------------------------------------- spans

def format_value(v) -> str:
    """A number for people: thousands separators, no trailing ".0"; "" for NaN.

    Example
    -------
    >>> format_value(18990000000.0), format_value(58.4), format_value("n/a")
    ('18,990,000,000', '58.4', 'n/a')
    """
    try:
        f = float(v)
    except (TypeError, ValueError):
        return str(v)
    if f != f:  # NaN
        return ""
    return f"{int(f):,}" if f.is_integer() and abs(f) < 1e18 else f"{f:,.6g}"


def _get(row, name: str, default=""):
    v = getattr(row, name, default)
    if v is None or (isinstance(v, float) and v != v):
        return default
    return v


def _indicator_spans(df: pd.DataFrame) -> list[Span]:
    out = []
    for r in df.itertuples(index=False):
        parts = [f"indicator: {format_value(_get(r, 'value'))}"]
        vmax = _get(r, "value_max", None)
        if vmax not in (None, ""):
            parts[0] += f"–{format_value(vmax)}"
        parts[0] += f" {_get(r, 'unit')}".rstrip()
        flags = [f for f in ("approx" if bool(_get(r, "approx", False)) else "",
                             str(_get(r, "change"))) if f]
        if flags:
            parts.append(", ".join(flags))
        if _get(r, "subject"):
            parts.append(f"subject: {_get(r, 'subject')}")
        out.append(Span(int(r.start), int(r.end), "indicator", " · ".join(parts)))
    return out


def _measure_spans(df: pd.DataFrame) -> list[Span]:
    has_title = {"title_start", "title_end"} <= set(df.columns)
    out = []
    for r in df.itertuples(index=False):
        s, e = (int(r.title_start), int(r.title_end)) if has_title else (int(r.start), int(r.end))
        if e > s:
            out.append(Span(s, e, "measure", f"measure: depth {_get(r, 'depth')} · {_get(r, 'marker')}"))
    return out


def _occurrences(text: str, needle: str) -> Iterable[int]:
    i = text.find(needle)
    while i >= 0:
        yield i
        i = text.find(needle, i + len(needle))


def _slogan_spans(df: pd.DataFrame, work: str) -> list[Span]:
    """Every occurrence of every slogan in ``work`` (plus its recorded span)."""
    out = []
    for r in df.itertuples(index=False):
        slogan = str(_get(r, "slogan"))
        expansion = _get(r, "expansion", [])
        title = f"slogan ({_get(r, 'kind')}) ×{_get(r, 'count', '?')}"
        if expansion is not None and len(expansion):
            title += " · " + "、".join(map(str, expansion))
        starts = set(_occurrences(work, slogan)) if slogan else set()
        spans = {(s, s + len(slogan)) for s in starts}
        if "start" in df.columns and int(r.end) > int(r.start):
            spans.add((int(r.start), int(r.end)))
        out.extend(Span(s, e, "slogan", title) for s, e in sorted(spans))
    return out


def _quality_spans(df: pd.DataFrame) -> list[Span]:
    return [Span(int(r.start), int(r.end), "quality", f"{_get(r, 'kind')}: {_get(r, 'detail')}")
            for r in df.itertuples(index=False)]


def _table(a: _AnalysisLike, name: str) -> pd.DataFrame | None:
    """``a.<name>``, or None when the extractor module is not installed."""
    try:
        return getattr(a, name)
    except ImportError:
        return None


def analysis_spans(a: _AnalysisLike, limit: int | None = None) -> list[Span]:
    """Every highlight of an Analysis, unsorted; offsets point into ``a.text``.

    ``limit``: only look for slogan occurrences in the first ``limit`` characters
    (the recorded first occurrence of each slogan is always included).
    Tables whose extractor can not be imported are skipped.
    """
    work = (a._work or a.text)[:limit]
    spans: list[Span] = []
    for name, make in (("measures", _measure_spans), ("indicators", _indicator_spans),
                       ("quality", _quality_spans)):
        df = _table(a, name)
        if df is not None and len(df):
            spans += make(df)
    slogans = _table(a, "slogans")
    if slogans is not None and len(slogans):
        spans += _slogan_spans(slogans, work)
    return spans


# --------------------------------------------------------------------------- markup

def _open(s: Span) -> str:
    t = html.escape(s.title, quote=True)
    return f'<span data-kind="{s.kind}" style="{KINDS[s.kind][0]}" title="{t}">'


def _point(s: Span) -> str:
    return f'<span data-kind="{s.kind}-point" style="{_POINT_STYLE}" title="{html.escape(s.title)}">⌫</span>'


def _outer_first(a: Span, b: Span) -> int:
    """Order of two highlights covering one position: -1 when ``a`` goes outside ``b``.

    A span containing the other goes outside (for equal extents, in :data:`KINDS`
    order); of two crossing spans the higher-priority one goes outside, so it
    stays one element and the other is cut around it.
    """
    if a == b:
        return 0
    ka = (_PRIORITY[a.kind], a.start, -a.end, a.title)
    kb = (_PRIORITY[b.kind], b.start, -b.end, b.title)
    a_in_b = b.start <= a.start and a.end <= b.end
    b_in_a = a.start <= b.start and b.end <= a.end
    if a_in_b and b_in_a:
        return -1 if ka < kb else 1
    if b_in_a:
        return -1
    if a_in_b:
        return 1
    return -1 if ka > kb else 1


def highlight_html(text: str, spans: Iterable[Span]) -> str:
    """``text`` escaped, with each span wrapped in a ``<span data-kind=…>``; well-formed always.

    Spans outside the text are clipped; empty spans become a ⌫ marker. A span
    inside another is nested in it; of two crossing spans the later kind in
    :data:`KINDS` stays whole and the other is closed and reopened around it.

    Example
    -------
    >>> highlight_html("a<b", [Span(1, 3, "indicator", "x")])
    'a<span data-kind="indicator" style="background:#bbf7d0;outline:1px solid #16a34a;font-weight:600;" title="x">&lt;b</span>'
    """
    n = len(text)
    ranged, points = [], {}
    for s in spans:
        st, en = max(0, min(s.start, n)), max(0, min(s.end, n))
        if s.kind not in KINDS:
            raise ValueError(f"unknown highlight kind {s.kind!r}; use one of {list(KINDS)}")
        if en > st:
            ranged.append(Span(st, en, s.kind, s.title))
        elif s.start == s.end and s.start <= n:
            points.setdefault(st, []).append(s)
    key = functools.cmp_to_key(_outer_first)
    starts: dict[int, list[Span]] = {}
    for s in ranged:
        starts.setdefault(s.start, []).append(s)
    bounds = sorted({0, n, *starts, *(s.end for s in ranged), *points})
    out: list[str] = []
    stack: list[Span] = []
    active: set[Span] = set()
    for i, pos in enumerate(bounds):
        active = {s for s in active if s.end > pos} | set(starts.get(pos, ()))
        want = sorted(active, key=key)
        keep = 0
        while keep < min(len(stack), len(want)) and stack[keep] == want[keep]:
            keep += 1
        out.append("</span>" * (len(stack) - keep))
        out.extend(_point(p) for p in points.get(pos, ()))
        out.extend(_open(s) for s in want[keep:])
        stack = want
        nxt = bounds[i + 1] if i + 1 < len(bounds) else n
        out.append(html.escape(text[pos:nxt], quote=False))
    out.append("</span>" * len(stack))
    return "".join(out)


def _legend(spans: list[Span]) -> str:
    counts = {k: 0 for k in KINDS}
    for s in spans:
        counts[s.kind] += 1
    items = "".join(f'<span style="{style}padding:0 4px;margin-right:10px;">{label} ({counts[k]})</span>'
                    for k, (style, label) in KINDS.items())
    point = f'<span style="{_POINT_STYLE}">⌫</span> boilerplate removed here'
    return f'<div style="margin:6px 0;font-size:13px;">{items}{point}</div>'


def _small_table(title: str, df: pd.DataFrame | None, columns: list[str]) -> str:
    if df is None:
        return f"<h4>{title}</h4><p><i>not available (extractor not installed)</i></p>"
    if not len(df):
        return f"<h4>{title} (0)</h4>"
    cols = [c for c in columns if c in df.columns]
    table = df[cols].head(_TABLE_ROWS).to_html(index=False, escape=True, border=0,
                                               float_format=format_value)
    more = f"<p><i>first {_TABLE_ROWS} of {len(df)} rows</i></p>" if len(df) > _TABLE_ROWS else ""
    return f"<h4>{title} ({len(df)})</h4>{table}{more}"


def _measure_tree(df: pd.DataFrame | None) -> str:
    if df is None or not len(df):
        return _small_table("Measures", df, [])
    from .measures import measures_html

    return f"<h4>Measures ({len(df)})</h4>{measures_html(df)}"


def analysis_html(a: _AnalysisLike, *, max_chars: int = MAX_CHARS, tables: bool = True) -> str:
    """One HTML fragment showing an Analysis: highlighted text, legend, measure tree, tables.

    Parameters
    ----------
    a : the result of :func:`summarylab.analyze`.
    max_chars : show at most this many characters of ``a.text`` (tables are not cut).
    tables : add the measure tree and the indicator, slogan and quality tables.

    Example
    -------
    >>> import summarylab
    >>> out = analysis_html(summarylab.analyze("全年受理投诉486件。"))
    >>> out.startswith('<div class="summarylab-analysis">')
    True
    """
    text = a.text
    spans = analysis_spans(a, limit=max_chars)
    shown = text[:max_chars]
    note = ""
    if len(text) > max_chars:
        note = (f'<p style="color:#b45309;"><i>Showing the first {max_chars:,} of {len(text):,} '
                "characters; the tables cover the whole text.</i></p>")
    head = (f"<div><b>summarylab.Analysis</b> · script {html.escape(a.script)} · "
            f"{len(text):,} characters</div>")
    body = f'<div style="{_BOX_STYLE}">{highlight_html(shown, spans)}</div>'
    parts = [head, _legend(spans), note, body]
    if tables:
        parts += [
            _measure_tree(_table(a, "measures")),
            _small_table("Indicators", _table(a, "indicators"),
                         ["quote", "value", "value_max", "unit", "approx", "change", "subject"]),
            _small_table("Slogans", _table(a, "slogans"), ["slogan", "kind", "count", "expansion"]),
            _small_table("Quality findings", a.quality, ["kind", "start", "end", "detail"]),
        ]
    return '<div class="summarylab-analysis">' + "".join(parts) + "</div>"


# --------------------------------------------------------------------------- matplotlib

#: Font families tried by :func:`use_cjk_font`, best first.
CJK_FONTS = ("Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans SC", "Source Han Sans SC",
             "Source Han Sans CN", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "PingFang SC",
             "Heiti SC", "Microsoft YaHei", "SimHei", "Noto Serif CJK SC", "AR PL UMing CN")


def _fc_list_files() -> list[str]:
    """Font files fontconfig knows for Chinese (empty without fc-list)."""
    exe = shutil.which("fc-list")
    if exe is None:
        return []
    try:
        out = subprocess.run([exe, ":lang=zh", "file"], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted({ln.split(":")[0].strip() for ln in out.stdout.splitlines() if ln.strip()})


#: CJK fonts shipped inside pip packages: (distribution's import name, file inside it).
#: mplfonts (the ``notebooks`` extra) ships Noto Sans CJK SC (SIL Open Font License).
PIP_FONTS = (("mplfonts", "fonts/NotoSansCJKsc-Regular.otf"),)


def _pip_font_files() -> list[str]:
    """CJK font files of :data:`PIP_FONTS` that are installed (the packages are not imported)."""
    import importlib.util

    found = []
    for package, name in PIP_FONTS:
        try:
            spec = importlib.util.find_spec(package)
        except (ImportError, ValueError):
            continue
        for folder in (spec.submodule_search_locations or []) if spec else []:
            if (Path(folder) / name).is_file():
                found.append(str(Path(folder) / name))
    return found


def use_cjk_font() -> str | None:
    """Make matplotlib draw Chinese: put an installed CJK font first in ``font.sans-serif``.

    Looks for the families in :data:`CJK_FONTS` among matplotlib's fonts; when
    none is known there (matplotlib's font cache predates the font), registers
    the files fontconfig lists for ``:lang=zh``, then a font shipped by a pip
    package (:data:`PIP_FONTS`: ``pip install "summarylab[notebooks]"`` brings
    one, so a machine without system fonts draws Chinese too). Returns the
    family used, or None with a ``UserWarning`` (labels will show as boxes)
    when there is none. A system font: ``apt-get install fonts-noto-cjk``.

    Example
    -------
    >>> use_cjk_font()          # doctest: +SKIP
    'Noto Sans CJK JP'
    """
    import matplotlib
    from matplotlib import font_manager

    def known() -> str | None:
        names = {f.name for f in font_manager.fontManager.ttflist}
        return next((n for n in CJK_FONTS if n in names), None)

    family = known()
    for files in (_fc_list_files, _pip_font_files):
        if family is not None:
            break
        for path in files():
            try:
                font_manager.fontManager.addfont(path)
            except (OSError, RuntimeError, ValueError):
                continue
        family = known()
    if family is None:
        warnings.warn("no CJK font found for matplotlib: Chinese labels will show as boxes; "
                      "install one: pip install 'summarylab[notebooks]' (a font on PyPI) or "
                      "apt-get install fonts-noto-cjk", UserWarning, stacklevel=2)
        return None
    sans = [family] + [f for f in matplotlib.rcParams["font.sans-serif"] if f != family]
    matplotlib.rcParams["font.sans-serif"] = sans
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["axes.unicode_minus"] = False
    return family
