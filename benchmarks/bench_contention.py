"""How much slower the per-document step runs when two processes run it at once.

``--jobs 2`` can only be as fast as two workers doing the documents side by side. On a
machine whose two cores share caches and memory bandwidth (or a host shared with other
guests), each worker then spends more CPU seconds on the same documents than one
process alone. This script measures that inflation directly, with the batch's own
code: it warms the analysis up once (:func:`summarylab.batch._warm_up`, as the batch
does before forking), then forks workers that analyse the same files

* alone: one worker, nothing else running;
* together: two workers at the same moment, each on the full list.

Both rounds are repeated ``--repeat`` times, alternating; minima are quoted (the
machine is shared). Printed: user CPU seconds of each, the inflation
(together / alone), and the ceiling it sets on the per-document phase of
``--jobs 2``: 2 / inflation (2.0× when the workers do not slow each other). The whole
batch's speed-up is lower still, by the serial parts (imports, warm-up, theme fit)
that ``bench_jobs.py`` prints.

Usage::

    PYTHONPATH=. python benchmarks/bench_contention.py [--corpus DIR] [--files N] [--repeat R]

It measures; it asserts nothing.
"""
from __future__ import annotations

import argparse
import multiprocessing
import os
import time
from pathlib import Path

from summarylab import batch

GWR = Path(__file__).resolve().parent.parent.parent / "shared" / "realcorpus" / "gwr"


def analyse(files: list[str]) -> tuple[float, float]:
    """(wall s, user CPU s) of analysing ``files`` in this process."""
    t, before = time.perf_counter(), os.times()
    for path in files:
        batch._analyze_blob(path, Path(path).name, Path(path).name, "simplified", batch.DEFAULT_MAX_BYTES)
    return time.perf_counter() - t, os.times().user - before.user


def round_of(ctx, files: list[str], workers: int) -> list[tuple[float, float]]:
    with ctx.Pool(workers) as pool:
        return pool.map(analyse, [files] * workers)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=GWR)
    ap.add_argument("--files", type=int, default=18, help="every k-th file, this many")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    paths = sorted(str(p) for p in args.corpus.iterdir() if p.is_file())
    files = paths[:: max(1, len(paths) // args.files)][: args.files]
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
          f"{len(files)} files of {args.corpus}")
    batch._warm_up()
    ctx = multiprocessing.get_context("fork")
    alone, together = [], []
    for _ in range(args.repeat):
        alone.append(round_of(ctx, files, 1)[0][1])
        together.append(max(user for _, user in round_of(ctx, files, 2)))
    a, b = min(alone), min(together)
    print("user CPU s, alone:    " + " ".join(f"{x:.2f}" for x in alone))
    print("user CPU s, together: " + " ".join(f"{x:.2f}" for x in together) + "  (the slower worker)")
    print(f"inflation (minima): {b / a:.2f}; ceiling of the per-document phase with 2 jobs: "
          f"{2 * a / b:.2f}x")


if __name__ == "__main__":
    main()
