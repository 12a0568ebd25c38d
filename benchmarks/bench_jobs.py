"""``--jobs 1`` against ``--jobs 2``: first batch runs (empty output folder), repeated, minima.

Each run is a fresh interpreter running :func:`summarylab.batch.run_batch` (as the CLI),
through ``bench_gwr.py``'s child mode, on a real folder (default: the 72 State Council
reports of ``../shared/realcorpus/gwr``) and on ``--generated N`` reports of
``benchmarks/generate.py`` (written once to a temporary folder). Runs alternate
1, 2, 1, 2 … jobs ``--repeat`` times each; the machine is shared, so the minimum wall time
of each is quoted, and the speed-up is min(1 job) / min(2 jobs). Also printed (from the
run with the minimum wall time): the batch phases (analyse: the per-document step, where
jobs matter; assemble: stacking and themes, in the driver), driver CPU seconds, and
``others``: cores other processes kept busy meanwhile (above ~0.2, wall times measure
contention too), and ``crit. s``: the driver's CPU seconds plus the workers' divided by
the jobs (bench_gwr.py): the wall time on free cores if the workers share the work evenly,
an estimate that leaves out waiting and start-up skew; its minimum is quoted too.

``--repo DIR`` runs another checkout of the package (to compare before/after in one
session). Do not edit the package while it runs: the cache key holds a digest of its code.

Usage::

    python benchmarks/bench_jobs.py
    python benchmarks/bench_jobs.py --generated 2000 --repeat 2 --no-real

It measures; it asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import write_corpus  # noqa: E402

GWR = HERE.parent.parent / "shared" / "realcorpus" / "gwr"


def _run(repo: Path, corpus: Path, out: Path, jobs: int) -> dict:
    cmd = [sys.executable, str(HERE / "bench_gwr.py"), "--child", str(jobs), "--corpus", str(corpus),
           "--out", str(out)]
    env = dict(os.environ, PYTHONPATH=str(repo))
    done = subprocess.run(cmd, cwd=repo, capture_output=True, text=True, env=env, check=False)
    if done.returncode:
        raise SystemExit(f"batch run failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def compare(repo: Path, name: str, corpus: Path, repeat: int) -> None:
    runs: dict[int, list[dict]] = {1: [], 2: []}
    with tempfile.TemporaryDirectory(prefix="bench_jobs_") as tmp:
        for i in range(repeat):
            for jobs in (1, 2):
                runs[jobs].append(_run(repo, corpus, Path(tmp) / f"out{jobs}_{i}", jobs))
    best = {j: min(rs, key=lambda r: r["wall"]) for j, rs in runs.items()}
    print(f"\n{name}: {best[1]['computed']} files, {repeat} runs each, package {repo}")
    crit = {j: min(r["critical"] for r in rs) for j, rs in runs.items()}
    print(f"{'jobs':>4} {'walls s':>22} {'min s':>7} {'analyse s':>9} {'assemble s':>10} "
          f"{'driver cpu':>10} {'crit. s':>7} {'others':>6}")
    for j in (1, 2):
        r = best[j]
        walls = " ".join(f"{x['wall']:.1f}" for x in runs[j])
        print(f"{j:>4} {walls:>22} {r['wall']:>7.1f} {r['timings']['analyze']:>9.1f} "
              f"{r['timings']['assemble']:>10.1f} {r['driver_cpu']:>10.1f} {crit[j]:>7.1f} {r['others']:>6.2f}")
    print(f"speed-up of 2 jobs (minima): wall {best[1]['wall'] / best[2]['wall']:.2f}x, "
          f"crit. {crit[1] / crit[2]:.2f}x")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--real", type=Path, default=GWR)
    ap.add_argument("--no-real", action="store_true")
    ap.add_argument("--generated", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--repo", type=Path, default=HERE.parent)
    args = ap.parse_args(argv)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    if not args.no_real and args.real.is_dir():
        compare(args.repo, f"real: {args.real}", args.real, args.repeat)
    if args.generated:
        with tempfile.TemporaryDirectory(prefix="bench_jobs_gen_") as tmp:
            write_corpus(Path(tmp), args.generated)
            compare(args.repo, f"generated: {args.generated} reports", Path(tmp), args.repeat)


if __name__ == "__main__":
    main()
