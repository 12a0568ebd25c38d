"""Indicator rows on saved real web pages, with a fixed random sample to judge by hand.

The pages are listed (query, URL, file name) in ``realpages_extract_sources.tsv`` beside
this script; their text is not in the repository. Save each page's text under its file
name in a folder and run::

    PYTHONPATH=. python benchmarks/realpages_extract.py FOLDER [--set dev|heldout] [--n 60]

It prints the number of pages and rows, then ``--n`` rows drawn with a fixed seed (so
that the same rows come back for the same code), one per line: row number, page, quote,
value, value_max, unit, approx (A), change, subject. Judge each row as fully right
(value, unit, approx, change and subject) or not. Run it on two versions of the code (a
``git worktree`` of the older commit on PYTHONPATH) to compare: the rows drawn differ
when the rows found differ.
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--set", choices=["dev", "heldout", "all"], default="all")
    parser.add_argument("--n", type=int, default=60)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    import summarylab

    with open(HERE / "realpages_extract_sources.tsv", encoding="utf-8") as f:
        lines = [ln for ln in f if not ln.startswith("#")]
    pages = [r for r in csv.reader(lines, delimiter="\t") if args.set in ("all", r[0])]
    rows, missing = [], 0
    for _set, _query, _url, name in pages:
        path = args.folder / name
        if not path.exists():
            missing += 1
            continue
        table = summarylab.analyze(path.read_text(encoding="utf-8")).indicators
        rows += [(Path(name).stem[:3], r) for r in table.to_dict("records")]
    print(f"{len(pages) - missing} pages ({missing} missing), {len(rows)} indicator rows")
    random.seed(args.seed)
    for i in sorted(random.sample(range(len(rows)), min(args.n, len(rows)))):
        page, r = rows[i]
        vmax = "" if r["value_max"] != r["value_max"] else r["value_max"]
        print(i, page, repr(r["quote"]), r["value"], vmax, r["unit"], "A" if r["approx"] else "",
              r["change"], "|", r["subject"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
