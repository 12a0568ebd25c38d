"""Cost of the panel columns (period, base, measure, status, indicator) inside
``extract_indicators``: the same texts with and without them.

``extract_indicators`` ends with :func:`summarylab.panel.add_columns`. Here it runs on
each text twice in turn, once as shipped and once with ``add_columns`` replaced by a stub
that fills the four added columns with "" (``period`` keeps the scanner's value), and the
minimum of ``--repeat`` runs of each is kept per text. Times are CPU seconds of this
process (``time.process_time``: steadier than wall time on a shared machine). Printed: the
summed minima, their ratio (target: at most 1.25), and the columns' share.

Texts: the cleaned texts (``analyze(...)._work``) and document years of a folder of
reports (default ``../shared/realcorpus/gwr`` when present), and ``--generated`` reports
of ``benchmarks/generate.py``. ``--profile`` prints the top of a cProfile of add_columns
alone over all texts.

Usage::

    python benchmarks/bench_panel.py
    python benchmarks/bench_panel.py --real ../shared/realcorpus/gwr --generated 500 --repeat 5
    python benchmarks/bench_panel.py --profile

It measures; it asserts nothing.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from summarylab import analyze, indicators, panel, readers  # noqa: E402
from summarylab.periods import document_year  # noqa: E402

GWR = HERE.parent.parent / "shared" / "realcorpus" / "gwr"


def _without(rows, text, year=None, **_):
    for r in rows:
        r.update(base="", measure="", status="", indicator="")
    return rows


def _texts_real(folder: Path) -> list[tuple[str, int | None]]:
    """Cleaned texts and document years as :func:`summarylab.corpus.analyze_document` has them."""
    out = []
    for p in sorted(folder.glob("*.txt")):
        doc = readers.read_document(p)
        a = analyze(doc.text)
        out.append((a._work, document_year(title=doc.title, file=doc.path) or a.year))
    return out


def _texts_generated(n: int) -> list[tuple[str, int | None]]:
    from generate import report

    out = []
    for i in range(n):
        a = analyze(report(i)[0])
        out.append((a._work, a.year))
    return out


def _time(texts, repeat: int) -> tuple[float, float, int]:
    """Summed per-text minima (seconds) with and without the columns, and the row count."""
    shipped = indicators.add_columns
    with_s = without_s = 0.0
    rows = 0
    for text, year in texts:
        best_with = best_without = float("inf")
        for _ in range(repeat):
            for stub in (False, True):
                indicators.add_columns = _without if stub else shipped
                t0 = time.process_time()
                df = indicators.extract_indicators(text, year)
                dt = time.process_time() - t0
                if stub:
                    best_without = min(best_without, dt)
                else:
                    best_with = min(best_with, dt)
        indicators.add_columns = shipped
        with_s += best_with
        without_s += best_without
        rows += len(df)
    return with_s, without_s, rows


def _profile(texts) -> None:
    todo = []
    for text, year in texts:   # rows as add_columns receives them
        captured = {}

        def grab(rows, t, y=None, _c=captured, **_):
            _c["rows"] = [dict(r) for r in rows]
            return _without(rows, t, y)

        indicators.add_columns = grab
        indicators.extract_indicators(text, year)
        todo.append((captured.get("rows", []), text, year))
    indicators.add_columns = panel.add_columns
    prof = cProfile.Profile()
    prof.enable()
    for rows, text, year in todo:
        panel.add_columns(rows, text, year)
    prof.disable()
    pstats.Stats(prof).sort_stats("cumulative").print_stats(30)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--real", type=Path, default=GWR if GWR.is_dir() else None)
    ap.add_argument("--generated", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args(argv)
    sets = []
    if args.real is not None:
        sets.append((f"real: {args.real.name}", _texts_real(args.real)))
    if args.generated:
        sets.append((f"generated: {args.generated}", _texts_generated(args.generated)))
    print(f"{'texts':<22} {'docs':>5} {'chars':>9} {'rows':>6} {'with s':>8} {'without s':>9} "
          f"{'ratio':>6} {'columns s':>9}")
    for name, texts in sets:
        w, wo, rows = _time(texts, args.repeat)
        chars = sum(len(t) for t, _ in texts)
        print(f"{name:<22} {len(texts):>5} {chars:>9} {rows:>6} {w:>8.3f} {wo:>9.3f} {w / wo:>6.2f} {w - wo:>9.3f}")
        if args.profile:
            _profile(texts)


if __name__ == "__main__":
    main()
