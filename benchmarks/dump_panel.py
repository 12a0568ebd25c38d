"""Dump the indicators and panel tables of every report of a folder to one text file,
so that a change meant to keep outputs (a speed-up) can be checked byte for byte.

For each file (sorted): read_document, analyze_document (the corpus path: document year
from the file name and title), then the document's ``indicators`` table (every column,
panel columns included) and its panel rows (:func:`summarylab.panel.indicator_panel`),
written as tab-separated lines. No themes.

Usage::

    PYTHONPATH=. python benchmarks/dump_panel.py ../shared/realcorpus/gwr /tmp/before.tsv
    PYTHONPATH=. python benchmarks/dump_panel.py ../shared/realcorpus/gwr /tmp/after.tsv
    cmp /tmp/before.tsv /tmp/after.tsv

It writes outside the repository; it asserts nothing.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from summarylab import readers  # noqa: E402
from summarylab.corpus import analyze_document  # noqa: E402
from summarylab.panel import indicator_panel  # noqa: E402


def _lines(name: str, df: pd.DataFrame) -> list[str]:
    out = [f"## {name}\t" + "\t".join(df.columns)]
    for row in df.itertuples(index=False):
        out.append("\t".join(repr(v) for v in row))
    return out


def main(folder: str, dest: str) -> None:
    start = time.perf_counter()
    lines: list[str] = []
    files = sorted(p for p in Path(folder).iterdir() if p.is_file())
    for path in files:
        r = analyze_document(readers.read_document(path), path.name)
        ind = r.tables["indicators"]
        docs = pd.DataFrame([{"doc_id": r.doc_id, "file": path.name, "year": r.year}])
        lines += [f"# {path.name} year={r.year}", *_lines("indicators", ind),
                  *_lines("panel", indicator_panel(SimpleNamespace(indicators=ind, documents=docs)))]
    Path(dest).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(files)} files, {sum(1 for ln in lines if not ln.startswith('#'))} rows -> {dest} "
          f"({time.perf_counter() - start:.1f} s)")


if __name__ == "__main__":
    main(*sys.argv[1:3])
