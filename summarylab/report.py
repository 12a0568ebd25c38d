"""One self-contained HTML page from a batch output folder: ``write_report``.

``write_report(out_dir, html_path)`` reads what ``summarylab analyze`` (or
:func:`summarylab.batch.run_batch`) wrote -- the tables (Parquet or CSV) and
``manifest.json`` -- and writes one HTML file with:

* the run (version, time, files by status) and summary counts;
* themes: a table (label, size, top terms, representative report), largest
  first (no chart of the sizes: it would repeat the table);
* a heat map of the top slogans (by number of reports using them) per report;
* the largest indicator of each (subject, unit), most frequent subjects first;
* quality findings: a summary per kind and rule (findings, files, share of
  files, an example), a stacked bar chart per file only when the files'
  totals differ, and the per-file table (folded);
* the documents table with each file's status and error.

Charts are Plotly; plotly.js is embedded once, inline, so the page works
offline and from e-mail attachments. Plotly comes with the ``viz`` extra
(``pip install "summarylab[viz]"``); without it, importing this module raises
an ImportError that says so. Text is drawn by the browser with the
system's fonts (a CJK font such as Noto Sans CJK must be installed to see
Chinese). All table cells and labels are HTML-escaped.

Large corpora: the heat map shows at most :data:`TOP_SLOGANS` slogans and
:data:`MAX_HEATMAP_DOCS` reports, the quality chart at most
:data:`MAX_BAR_DOCS` files and the documents table at most
:data:`MAX_DOC_ROWS` rows (failed files first); each says when it was cut.

Not done here: any analysis (only the batch tables are read), interactivity
beyond Plotly's hover and zoom, and per-report highlighted text (see
``summarylab.display`` for that, in a notebook).

Example
-------
>>> from summarylab.batch import run_batch                       # doctest: +SKIP
>>> run_batch("corpus", "out")                                    # doctest: +SKIP
>>> write_report("out", "out/report.html")                        # doctest: +SKIP
PosixPath('out/report.html')
"""
from __future__ import annotations

import html
import os
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

try:
    import plotly  # noqa: F401  (the charts; imported here so a missing extra fails early)
except ImportError as exc:  # pragma: no cover - exercised by a test that hides plotly
    raise ImportError("summarylab's HTML report draws its charts with Plotly, which is not "
                      "installed: pip install \"summarylab[viz]\"") from exc

from .batch import read_manifest, read_table
from .display import format_value

__all__ = ["TOP_SLOGANS", "MAX_HEATMAP_DOCS", "MAX_BAR_DOCS", "MAX_DOC_ROWS", "FONT_FAMILY",
           "slogan_matrix_top", "largest_indicators", "quality_by_file", "quality_summary",
           "report_html",
           "write_report"]

#: Slogans in the heat map.
TOP_SLOGANS = 30
#: Reports (columns) in the heat map; those using the most top slogans are kept.
MAX_HEATMAP_DOCS = 80
#: Files in the quality chart.
MAX_BAR_DOCS = 40
#: Rows of the documents table.
MAX_DOC_ROWS = 2000
#: CSS/Plotly font stack: Latin first, then common CJK fonts of Linux, macOS and Windows.
FONT_FAMILY = ('"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", '
               '"Microsoft YaHei", "WenQuanYi Micro Hei", "Helvetica Neue", Arial, sans-serif')
_TABLES = ("documents", "themes", "indicators", "slogans", "quality", "measures", "citations",
           "theme_years")

_CSS = f"""
body {{ font-family: {FONT_FAMILY}; margin: 24px auto; max-width: 1300px; color: #1f2937;
       padding: 0 16px; }}
h1 {{ font-size: 26px; margin-bottom: 4px; }}
h2 {{ font-size: 20px; border-bottom: 2px solid #e5e7eb; padding-bottom: 4px; margin-top: 36px; }}
.meta {{ color: #6b7280; font-size: 13px; }}
.cards {{ display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }}
.card {{ background: #f3f4f6; border-radius: 6px; padding: 10px 16px; min-width: 110px; }}
.card b {{ display: block; font-size: 22px; }}
.card span {{ font-size: 12px; color: #4b5563; }}
table {{ border-collapse: collapse; font-size: 13px; margin: 8px 0; }}
th, td {{ border: 1px solid #e5e7eb; padding: 3px 8px; text-align: left; vertical-align: top; }}
th {{ background: #f9fafb; }}
td.num {{ text-align: right; font-variant-numeric: tabular-nums; }}
.st-ok {{ color: #15803d; }} .st-bad {{ color: #b91c1c; font-weight: 600; }}
.note {{ color: #92400e; font-size: 13px; }}
.scroll {{ max-height: 600px; overflow: auto; }}
"""


# --------------------------------------------------------------------------- data

def _read_all(out_dir: Path) -> tuple[dict, dict[str, pd.DataFrame]]:
    manifest = read_manifest(out_dir)
    listed = manifest.get("tables", {})
    tables = {name: read_table(out_dir, name) if name in listed else pd.DataFrame()
              for name in _TABLES}
    return manifest, tables


def slogan_matrix_top(slogans: pd.DataFrame, top: int = TOP_SLOGANS,
                      max_docs: int = MAX_HEATMAP_DOCS) -> pd.DataFrame:
    """Occurrences of the ``top`` most widely used slogans (rows) in each report (columns).

    Slogans are ranked by the number of reports using them, then by total
    occurrences, then alphabetically; at most ``max_docs`` reports are kept
    (those using the most of these slogans, ties by doc_id). Needs columns
    doc_id, slogan and, optionally, count (occurrences; 1 when absent).

    Example
    -------
    >>> df = pd.DataFrame({"doc_id": ["a", "a", "b"], "slogan": ["两个率先", "放管服", "放管服"],
    ...                    "count": [2, 1, 3]})
    >>> slogan_matrix_top(df).values.tolist()
    [[1, 3], [2, 0]]
    """
    if slogans.empty or not {"doc_id", "slogan"} <= set(slogans.columns):
        return pd.DataFrame()
    counts = (pd.to_numeric(slogans["count"], errors="coerce").fillna(1)
              if "count" in slogans.columns else pd.Series(1, index=slogans.index))
    df = slogans.assign(n=counts.astype(int).clip(lower=1))
    m = df.pivot_table(index="slogan", columns="doc_id", values="n", aggfunc="sum", fill_value=0)
    rank = pd.DataFrame({"docs": (m > 0).sum(axis=1), "total": m.sum(axis=1)})
    rank = rank.assign(name=rank.index).sort_values(["docs", "total", "name"],
                                                    ascending=[False, False, True])
    m = m.loc[rank.index[:top]]
    used = (m > 0).sum(axis=0)
    cols = sorted(m.columns, key=lambda c: (-used[c], str(c)))[:max_docs]
    return m[sorted(cols, key=str)].astype(int)


def largest_indicators(indicators: pd.DataFrame, top: int = 40) -> pd.DataFrame:
    """Per (subject, unit): how many indicators, their median, and the largest one (value,
    quote, doc_id).

    Rows are ordered by the number of indicators, most frequent subject first;
    indicators without a subject are grouped under "(none)". Columns: subject,
    unit, n, reports, median, value, quote, doc_id. The median is there because
    the largest is where a misread subject shows first (13亿多人口 under 就业).

    Example
    -------
    >>> df = pd.DataFrame({"doc_id": ["a", "b"], "subject": ["投诉", "投诉"], "unit": ["件", "件"],
    ...                    "value": [486.0, 1200.0], "quote": ["486件", "1200件"]})
    >>> largest_indicators(df)[["subject", "n", "value", "doc_id"]].values.tolist()
    [['投诉', 2, 1200.0, 'b']]
    """
    cols = ["subject", "unit", "n", "reports", "median", "value", "quote", "doc_id"]
    if indicators.empty or "value" not in indicators.columns:
        return pd.DataFrame(columns=cols)
    df = indicators.assign(
        subject=indicators.get("subject", pd.Series("", index=indicators.index)).fillna("")
        .astype(str).replace("", "(none)"),
        unit=indicators.get("unit", pd.Series("", index=indicators.index)).fillna("").astype(str),
        value=pd.to_numeric(indicators["value"], errors="coerce"))
    df = df.dropna(subset=["value"])
    if df.empty:
        return pd.DataFrame(columns=cols)
    groups = df.groupby(["subject", "unit"], sort=False)
    best = df.loc[groups["value"].idxmax()].set_index(["subject", "unit"])
    stats = pd.DataFrame({"n": groups.size(), "reports": groups["doc_id"].nunique(),
                          "median": groups["value"].median()})
    out = stats.join(best[["value", "quote", "doc_id"]]).reset_index()
    out = out.sort_values(["n", "value", "subject"], ascending=[False, False, True])
    return out[cols].head(top).reset_index(drop=True)


def quality_by_file(quality: pd.DataFrame) -> pd.DataFrame:
    """Findings per file (rows, most findings first) and kind (columns), plus a total column.

    Example
    -------
    >>> q = pd.DataFrame({"doc_id": ["a", "b", "b"], "kind": ["redaction", "mojibake", "redaction"]})
    >>> quality_by_file(q).reset_index().values.tolist()
    [['b', 1, 1, 2], ['a', 0, 1, 1]]
    """
    if quality.empty or not {"doc_id", "kind"} <= set(quality.columns):
        return pd.DataFrame()
    m = pd.crosstab(quality["doc_id"], quality["kind"])
    m.columns.name = None
    m["total"] = m.sum(axis=1)
    return m.assign(_id=m.index).sort_values(["total", "_id"], ascending=[False, True]).drop(columns="_id")


# --------------------------------------------------------------------------- html pieces

def _esc(v) -> str:
    return html.escape("" if v is None else str(v))


def _cell(v) -> str:
    if isinstance(v, (list, tuple)) or (hasattr(v, "tolist") and getattr(v, "ndim", 0) > 0):
        return f"<td>{_esc('、'.join(map(str, list(v))))}</td>"
    if isinstance(v, bool) or v is None:
        return f"<td>{_esc(v)}</td>"
    if isinstance(v, (int, float)) or hasattr(v, "dtype"):
        return f'<td class="num">{_esc(format_value(v))}</td>'
    return f"<td>{_esc(v)}</td>"


def _table(df: pd.DataFrame, columns: list[str] | None = None, *, index: bool = False,
           row_class=None) -> str:
    if df is None or df.empty:
        return '<p class="note">none</p>'
    if index:
        df = df.reset_index()
    cols = [c for c in (columns or list(df.columns)) if c in df.columns]
    head = "".join(f"<th>{_esc(c)}</th>" for c in cols)
    rows = []
    for rec in df[cols].itertuples(index=False):
        cls = f' class="{row_class(rec)}"' if row_class else ""
        rows.append(f"<tr{cls}>" + "".join(_cell(v) for v in rec) + "</tr>")
    return f'<div class="scroll"><table><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>'


def _label(s, width: int = 24) -> str:
    """A chart label: escaped for Plotly's pseudo-HTML, shortened to ``width`` characters."""
    s = str(s)
    return html.escape(s if len(s) <= width else s[: width - 1] + "…", quote=False)


def _figure_html(fig) -> str:
    fig.update_layout(font=dict(family=FONT_FAMILY, size=13), template="plotly_white",
                      margin=dict(l=10, r=10, t=40, b=10))
    return fig.to_html(full_html=False, include_plotlyjs=False,
                       config={"displaylogo": False, "responsive": True})


def _cards(manifest: dict, t: dict[str, pd.DataFrame]) -> str:
    docs = t["documents"]
    statuses = docs["status"].value_counts() if "status" in docs.columns else pd.Series(dtype=int)
    items = [("files", len(docs)), ("ok", int(statuses.get("ok", 0))),
             ("not ok", int(statuses.sum() - statuses.get("ok", 0))),
             ("themes", len(t["themes"])), ("indicators", len(t["indicators"])),
             ("measures", len(t["measures"])), ("slogans (per report)", len(t["slogans"])),
             ("distinct slogans", t["slogans"]["slogan"].nunique() if "slogan" in t["slogans"] else 0),
             ("citations", len(t["citations"])), ("quality findings", len(t["quality"]))]
    return '<div class="cards">' + "".join(
        f'<div class="card"><b>{n:,}</b><span>{_esc(k)}</span></div>' for k, n in items) + "</div>"


def _header(manifest: dict, out_dir: Path) -> str:
    params = manifest.get("parameters") or {}
    bits = [f"output folder {_esc(out_dir)}"]
    for label, value in (("corpus", manifest.get("corpus")),
                         ("summarylab", manifest.get("summarylab_version")),
                         ("finished", manifest.get("finished")),
                         ("format", params.get("format")), ("target", params.get("target"))):
        if value not in (None, ""):
            bits.append(f"{label} {_esc(value)}")
    statuses = manifest.get("statuses") or {}
    if statuses:
        bits.append("files: " + ", ".join(f"{_esc(k)} {_esc(v)}" for k, v in statuses.items()))
    return f'<h1>summarylab report</h1><p class="meta">{" · ".join(bits)}</p>'


def _themes_section(themes: pd.DataFrame, years: pd.DataFrame | None = None) -> str:
    # No chart of theme sizes: it drew the table's size column again. A chart here must
    # add what the table lacks: theme shares over time.
    if themes.empty:
        return "<h2>Themes</h2>" + _table(themes)
    th = themes.sort_values(["size", "theme"], ascending=[False, True]) if "size" in themes.columns else themes
    cols = [c for c in ("theme", "label", "size", "top_terms", "representative", "broad_label",
                        "examples") if c in themes.columns]
    return "<h2>Themes</h2>" + _table(th, cols) + _theme_years_figure(themes, years)


def _theme_years_figure(themes: pd.DataFrame, years: pd.DataFrame | None) -> str:
    """Theme share by year (one line a theme), when the documents carry years."""
    import plotly.graph_objects as go

    if years is None or years.empty or years["year"].nunique() < 2:
        return ""
    label = dict(zip(themes["theme"], themes["label"]))
    fig = go.Figure()
    for theme, g in years.groupby("theme"):
        fig.add_trace(go.Scatter(x=g["year"], y=g["share"], mode="lines+markers",
                                 name=f"{theme}: {_label(label.get(theme, ''), 20)}"))
    fig.update_layout(title="Theme share by year", xaxis_title="year", yaxis_title="mean share",
                      height=420)
    return _figure_html(fig)


def _heatmap_section(slogans: pd.DataFrame, docs: pd.DataFrame) -> str:
    import plotly.graph_objects as go

    m = slogan_matrix_top(slogans)
    title = "<h2>Slogans by report</h2>"
    if m.empty:
        return title + '<p class="note">no slogans found</p>'
    n_docs = slogans["doc_id"].nunique()
    note = ""
    if m.shape[1] < n_docs:
        note = (f'<p class="note">Showing the {m.shape[1]} of {n_docs} reports that use the most '
                f"of these slogans.</p>")
    titles = dict(zip(docs.get("doc_id", []), docs.get("title", []))) if not docs.empty else {}
    x = [_label(c, 18) for c in m.columns]
    y = [_label(s, 20) for s in m.index]
    hover = [[f"{_label(s, 40)}<br>{_label(c, 40)} {_label(titles.get(c, ''), 30)}<br>{v}×"
              for c, v in zip(m.columns, row)] for s, row in zip(m.index, m.values.tolist())]
    fig = go.Figure(go.Heatmap(z=m.values, x=x, y=y, text=hover, hoverinfo="text", xgap=1, ygap=1,
                               colorscale=[[0, "#f8fafc"], [0.001, "#fde68a"], [1, "#b45309"]],
                               colorbar=dict(title="times")))
    fig.update_layout(title=f"Top {len(m)} slogans (by reports using them) × report",
                      height=200 + 22 * len(m), yaxis=dict(autorange="reversed", automargin=True),
                      xaxis=dict(tickangle=-60, automargin=True))
    return title + note + _figure_html(fig)


def _indicators_section(indicators: pd.DataFrame) -> str:
    big = largest_indicators(indicators)
    return ("<h2>Largest indicators by subject</h2>"
            '<p class="meta">For each subject and unit: how many indicators the corpus reports, in '
            "how many reports, their median, and the largest one (where a misread subject or "
            "unit shows first: compare it with the median).</p>"
            + _table(big))


def quality_summary(quality: pd.DataFrame, n_files: int | None = None) -> pd.DataFrame:
    """Findings per kind and rule (the ``detail`` before its colon): how many, in how many
    files, the share of ``n_files`` (the files analysed, when given) and one example;
    most files first.

    Example
    -------
    >>> q = pd.DataFrame({"doc_id": ["a", "b", "b"], "kind": ["boilerplate_removed"] * 2 + ["redaction"],
    ...                   "detail": ["footer: 本文来源网络", "footer: 本文来源网络", "××县"]})
    >>> quality_summary(q, n_files=4)[["kind", "rule", "findings", "files", "share"]].values.tolist()
    [['boilerplate_removed', 'footer', 2, 2, '50%'], ['redaction', '', 1, 1, '25%']]
    """
    cols = ["kind", "rule", "findings", "files", "share", "example"]
    if quality.empty or not {"doc_id", "kind"} <= set(quality.columns):
        return pd.DataFrame(columns=cols)
    detail = quality.get("detail", pd.Series("", index=quality.index)).fillna("").astype(str)
    rule = detail.map(lambda d: d.split(":", 1)[0] if ":" in d[:40] else "")
    df = quality.assign(rule=rule, detail=detail)
    g = df.groupby(["kind", "rule"], sort=False)
    out = pd.DataFrame({"findings": g.size(), "files": g["doc_id"].nunique(),
                        "example": g["detail"].first().map(lambda d: d[:60])}).reset_index()
    out["share"] = (out["files"].map(lambda f: f"{f / n_files:.0%}") if n_files
                    else "")
    out = out.sort_values(["files", "findings", "kind", "rule"], ascending=[False, False, True, True])
    return out[cols].reset_index(drop=True)


def _quality_section(quality: pd.DataFrame, n_files: int | None = None) -> str:
    """A summary by kind and rule, then per file: a chart only where the files differ
    (40 bars of one finding each, as on the State Council reports, say nothing the
    summary does not), the per-file table folded."""
    import plotly.graph_objects as go

    m = quality_by_file(quality)
    head = "<h2>Quality findings per file</h2>"
    if m.empty:
        return head + '<p class="note">no findings</p>'
    summary = _table(quality_summary(quality, n_files))
    per_file = (f"<details><summary>Findings per file ({len(m)} files)</summary>"
                f"{_table(m, index=True)}</details>")
    if m["total"].nunique() == 1:
        note = (f'<p class="note">Each of the {len(m)} files with findings has '
                f'{int(m["total"].iloc[0])}: no per-file chart.</p>')
        return head + summary + note + per_file
    shown = m.head(MAX_BAR_DOCS).iloc[::-1]
    kinds = [c for c in m.columns if c != "total"]
    fig = go.Figure([go.Bar(name=_label(k), y=[_label(d, 30) for d in shown.index], x=shown[k],
                            orientation="h") for k in kinds])
    fig.update_layout(barmode="stack", title="Findings per file", height=160 + 24 * len(shown),
                      xaxis=dict(title="findings", dtick=max(1, int(shown["total"].max()) // 10)),
                      yaxis=dict(automargin=True))
    note = (f'<p class="note">Chart: the {MAX_BAR_DOCS} files with most findings of {len(m)}.</p>'
            if len(m) > MAX_BAR_DOCS else "")
    return head + summary + _figure_html(fig) + note + per_file


def _n_ok(docs: pd.DataFrame) -> int | None:
    """Files analysed (status ok): what a share of files with findings is a share of."""
    return int((docs["status"] == "ok").sum()) or None if "status" in docs.columns else None


def _documents_section(docs: pd.DataFrame) -> str:
    if docs.empty:
        return "<h2>Documents</h2>" + _table(docs)
    bad = docs["status"] != "ok" if "status" in docs.columns else pd.Series(False, index=docs.index)
    ordered = pd.concat([docs[bad], docs[~bad]])
    note = (f'<p class="note">First {MAX_DOC_ROWS} of {len(docs)} files (failed ones first).</p>'
            if len(docs) > MAX_DOC_ROWS else "")
    cols = ["doc_id", "title", "status", "error", "script", "encoding", "chars", "theme_label",
            "n_indicators", "n_measures", "n_slogans", "n_quality"]
    table = _table(ordered.head(MAX_DOC_ROWS), cols,
                   row_class=lambda r: "st-ok" if getattr(r, "status", "ok") == "ok" else "st-bad")
    return "<h2>Documents</h2>" + note + table


def report_html(out_dir: str | Path) -> str:
    """The report of a batch output folder as one HTML string (plotly.js inline).

    Raises FileNotFoundError when ``out_dir`` holds no manifest.json (not a
    finished batch run).
    """
    import plotly.offline

    out_dir = Path(out_dir)
    manifest, t = _read_all(out_dir)
    body = "".join([
        _header(manifest, out_dir), _cards(manifest, t),
        _themes_section(t["themes"], t.get("theme_years")), _heatmap_section(t["slogans"], t["documents"]),
        _indicators_section(t["indicators"]),
        _quality_section(t["quality"], _n_ok(t["documents"])),
        _documents_section(t["documents"]),
        f'<p class="meta">Written {datetime.now(timezone.utc).isoformat(timespec="seconds")} '
        "by summarylab.report.</p>",
    ])
    return ("<!DOCTYPE html>\n<html lang=\"zh-Hans\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>summarylab report: {_esc(out_dir.name)}</title><style>{_CSS}</style>"
            f'<script type="text/javascript">{plotly.offline.get_plotlyjs()}</script>'
            f"</head><body>{body}</body></html>")


def write_report(out_dir: str | Path, html_path: str | Path) -> Path:
    """Write the HTML report of the batch output folder ``out_dir`` to ``html_path``.

    The file is written atomically (temporary file, then rename) and holds
    everything it needs (about 4 MB, most of it plotly.js). Returns the path.

    Raises
    ------
    FileNotFoundError : ``out_dir`` has no manifest.json (not a finished batch run).

    Example
    -------
    >>> write_report("out", "report.html")    # doctest: +SKIP
    PosixPath('report.html')
    """
    page = report_html(out_dir)
    path = Path(html_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(page, encoding="utf-8")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path
