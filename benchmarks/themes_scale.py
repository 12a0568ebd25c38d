"""Driver memory of the Dask theme step: fitted on a bounded sample, assigned on the workers.

Issue 15 ("Scale"): with ``--engine dask`` the theme step must not hold every
document's tokens in the driver. This runs the library's own path --
:class:`summarylab.themes.ThemeStream` (what ``corpus.assemble(fit_size=…)``
uses) with :func:`summarylab.batch.dask_theme_mapper` -- on generated reports
(``benchmarks/generate.py``, 8 themes) on a Dask LocalCluster:

1. the workers generate and segment the reports (the per-document stage of a
   batch run; the rest of ``analyze_document`` is left out to save time, it does
   not touch the theme step), 500 at a time;
2. the driver adds each report's tokens to the stream as the chunks arrive (only
   the sample of ``--fit-size`` reports is kept; every report's theme words go to
   a temporary file), then fits on the sample and has the workers assign every
   report, 2,000 at a time.

Each size runs in a fresh process, so that its peak is its own. Printed per size:
the driver's peak resident memory over its resident memory just before the theme
step (sampled every 20 ms), the size of the token lists a fit on everything would
have held (the sum of ``sys.getsizeof`` over every list and token as they arrive;
not kept), k, NMI/ARI against the generated themes, and the time.

Usage (from the repository root)::

    PYTHONPATH=. python benchmarks/themes_scale.py                         # 10k, 20k, 40k; fit 5,000
    PYTHONPATH=. python benchmarks/themes_scale.py --sizes 200000 --fit-size 20000

Figures (2 worker processes on a machine of 2 cores shared by eight sessions,
so the times are long and noisy; memory is the point)::

     reports  fit on   k   themed    NMI    ARI driver peak MB (base MB) all tokens MB workers s fit+assign s
        5000    2000   8     5000  1.000  1.000            103       216           141      97.7         17.1
       10000    2000   8    10000  1.000  1.000            112       216           282     209.9         99.8
       20000    2000   8    20000  1.000  1.000            116       216           565    1041.9         79.4

The driver's peak stays near 110 MB over its base while the token lists a fit on
everything would hold grow with the corpus (141 -> 565 MB; 200,000 reports
would be about 5.6 GB). The 200,000-report run of the issue was not made here
(segmenting alone would take hours on this machine). The flat part grows with
``--fit-size`` instead (the sample's theme words, kept as JSON strings, and the
fit on them); the batch default, 20,000, was not measured here.

It measures; it asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BLOCK = 500   # reports generated and segmented per worker task


def _segment_block(start: int, stop: int) -> list[tuple[str, list[str], str]]:
    """(doc_id, tokens, theme) of generated reports start..stop-1 (runs on a worker)."""
    import random

    for p in (str(HERE), str(ROOT)):
        if p not in sys.path:
            sys.path.insert(0, p)
    import generate

    from summarylab.normalisation import to_script
    from summarylab.segmentation import Tokenizer

    if not hasattr(_segment_block, "tok"):   # one tokenizer per worker process
        _segment_block.tok = Tokenizer()
    tok = _segment_block.tok
    out = []
    for i in range(start, stop):
        name, _ = random.Random(i).choice(list(generate._THEMES.items()))
        text, script = generate.report(i)
        if script != "simplified":
            text = to_script(text, "simplified")
        out.append((f"r{i:07d}", list(tok(text)), name))
    return out


class _PeakRSS:
    """Peak resident memory of this process, sampled every ``every`` seconds in a thread."""

    def __init__(self, every: float = 0.02):
        import psutil

        self.proc, self.every, self.peak = psutil.Process(), every, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self.proc.memory_info().rss)
            self._stop.wait(self.every)

    def __enter__(self) -> "_PeakRSS":
        self.base = self.proc.memory_info().rss
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.proc.memory_info().rss)


def _token_bytes(tokens: list[str]) -> int:
    return sys.getsizeof(tokens) + sum(sys.getsizeof(t) for t in tokens)


def one(n: int, fit_size: int, jobs: int) -> dict:
    """Run the theme step on n generated reports; the figures as a dict."""
    import numpy as np
    from dask.distributed import Client, LocalCluster, as_completed
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    from summarylab.batch import dask_theme_mapper
    from summarylab.themes import ThemeModel, ThemeStream

    with LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        t0 = time.perf_counter()
        futures = [client.submit(_segment_block, a, min(a + BLOCK, n), pure=False)
                   for a in range(0, n, BLOCK)]
        labels, held = {}, 0
        with _PeakRSS() as rss:
            stream = ThemeStream(ThemeModel(seed=0), fit_size=fit_size)
            order = []
            for future in as_completed(futures):
                for doc_id, tokens, theme in future.result():
                    stream.add(doc_id, tokens)
                    order.append(doc_id)
                    labels[doc_id] = theme
                    held += _token_bytes(tokens)
                future.release()
            t1 = time.perf_counter()
            out = stream.finish(dask_theme_mapper(jobs, cluster.scheduler_address))
        t2 = time.perf_counter()
    truth = [labels[d] for d in order]
    got = np.asarray(out.labels)
    return dict(n=n, fit_size=fit_size, k=out.model.k_, themed=int((got >= 0).sum()),
                nmi=normalized_mutual_info_score(truth, got), ari=adjusted_rand_score(truth, got),
                peak_mb=(rss.peak - rss.base) / 2**20, base_mb=rss.base / 2**20,
                tokens_mb=held / 2**20, segment_s=t1 - t0, fit_assign_s=t2 - t1)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 20_000, 40_000])
    ap.add_argument("--fit-size", type=int, default=5_000,
                    help="reports fitted on (batch.THEME_FIT_SIZE is 20,000)")
    ap.add_argument("--jobs", type=int, default=2, help="Dask worker processes")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)   # a single size, in this process
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(one(args.one, args.fit_size, args.jobs)), flush=True)
        return
    head = (f"{'reports':>8} {'fit on':>7} {'k':>3} {'themed':>8} {'NMI':>6} {'ARI':>6} "
            f"{'driver peak MB':>14} {'(base MB)':>9} {'all tokens MB':>13} {'workers s':>9} "
            f"{'fit+assign s':>12}")
    print(head)
    print("-" * len(head))
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    for n in args.sizes:
        run = subprocess.run([sys.executable, __file__, "--one", str(n), "--fit-size",
                              str(args.fit_size), "--jobs", str(args.jobs)],
                             capture_output=True, text=True, env=env)
        lines = [x for x in run.stdout.splitlines() if x.startswith("{")]
        if run.returncode or not lines:
            print(f"{n:8d} failed: {run.stderr.strip().splitlines()[-1:]}", flush=True)
            continue
        r = json.loads(lines[-1])
        print(f"{r['n']:8d} {r['fit_size']:7d} {r['k']:3d} {r['themed']:8d} {r['nmi']:6.3f} "
              f"{r['ari']:6.3f} {r['peak_mb']:14.0f} {r['base_mb']:9.0f} {r['tokens_mb']:13.0f} "
              f"{r['segment_s']:9.1f} {r['fit_assign_s']:12.1f}", flush=True)


if __name__ == "__main__":
    main()
