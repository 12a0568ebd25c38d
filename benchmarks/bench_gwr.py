"""The figures of issue 18 items 10 and 11, in one run: batch runs on a real folder, and
script conversion on a long random CJK text.

Batch (default: the 72 State Council reports of ``../shared/realcorpus/gwr``), each run
in a fresh interpreter (as the CLI), in this order:

1. first run, 1 job, empty output folder;
2. the same command again: everything from the cache (the theme model is fitted again
   unless the theme step caches it);
3. first run, 2 jobs, another empty output folder.

For each: wall seconds, the phases of ``BatchSummary.timings`` (analyse = the
per-document step, where jobs matter; assemble = stacking and the theme model, in the
driver), CPU seconds of driver and workers, and ``others``: how many cores other
processes kept busy on average meanwhile (from /proc/stat). Speed-ups are against run 1
of the same invocation. Above ~0.2 ``others``, the wall-clock speed-ups measure
contention; ``crit. s`` is then the better guide: the driver's CPU seconds plus the
workers' divided by the jobs, i.e. the wall time on free cores if the workers share the
work evenly (an estimate: it leaves out waiting, start-up skew and uneven chunks).
Do not edit the package while it runs: the cache key holds a digest of its code.

Conversion: ``to_script`` and ``normalise`` on N characters (default 5,000,000) drawn
at random (seeded) from the CJK Unified Ideographs block, one line, no punctuation;
then ``analyze`` on the same text unless ``--no-analyze``. The backend's own throughput
on real text (the traditional version of the batch folder's reports, line by line) is
printed beside it. CPU seconds (this process) and wall seconds.

Usage::

    python benchmarks/bench_gwr.py
    python benchmarks/bench_gwr.py --corpus FOLDER --chars 1000000 --no-analyze

It measures; it asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_batch import _machine_busy_s  # noqa: E402


def _child(corpus: str, out: str, jobs: int) -> None:
    """Child mode: one batch run; one JSON line of figures."""
    import resource

    busy0, start = _machine_busy_s(), time.perf_counter()
    from summarylab.batch import run_batch

    summary = run_batch(corpus, out, jobs=jobs, quiet=True)
    wall = time.perf_counter() - start
    me, kids = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    driver, workers = me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime
    cpu = driver + workers
    print(json.dumps({"wall": wall, "timings": summary.timings, "cpu": cpu, "driver_cpu": driver,
                      "critical": driver + workers / jobs,
                      "computed": summary.computed, "cached": summary.cached,
                      "others": max(0.0, _machine_busy_s() - busy0 - cpu) / wall}))


def _batch(corpus: Path, out: Path, jobs: int) -> dict:
    cmd = [sys.executable, __file__, "--child", str(jobs), "--corpus", str(corpus), "--out", str(out)]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
    done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, env=env, check=False)
    if done.returncode:
        raise SystemExit(f"batch run failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def batch_figures(corpus: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="bench_gwr_") as tmp:
        runs = [("first run, 1 job", _batch(corpus, Path(tmp) / "one", 1)),
                ("cached re-run, 1 job", _batch(corpus, Path(tmp) / "one", 1)),
                ("first run, 2 jobs", _batch(corpus, Path(tmp) / "two", 2))]
    base = runs[0][1]
    print(f"batch on {corpus} ({base['computed']} files)")
    print(f"{'run':<22} {'wall s':>7} {'x run 1':>7} {'analyse s':>9} {'x run 1':>7} "
          f"{'assemble s':>10} {'cpu s':>6} {'driver cpu':>10} {'crit. s':>7} {'x run 1':>7} {'others':>6}")
    for name, r in runs:
        t = r["timings"]
        ratio = t["analyze"] and base["timings"]["analyze"] / t["analyze"]
        print(f"{name:<22} {r['wall']:>7.1f} {base['wall'] / r['wall']:>6.2f}x {t['analyze']:>9.1f} "
              f"{(f'{ratio:.2f}x' if ratio else '-'):>7} {t['assemble']:>10.1f} {r['cpu']:>6.1f} "
              f"{r['driver_cpu']:>10.1f} {r['critical']:>7.1f} {base['critical'] / r['critical']:>6.2f}x "
              f"{r['others']:>6.2f}")


def _timed(fn, *args) -> tuple[float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    fn(*args)
    return time.process_time() - cpu, time.perf_counter() - wall


def conversion_figures(corpus: Path | None, n: int, analyze_too: bool) -> None:
    from summarylab.normalisation import _converter, available_backend, normalise, to_script

    backend = available_backend()
    rng = random.Random(0)
    text = "".join(chr(rng.randint(0x4E00, 0x9FFF)) for _ in range(n))
    to_script(text[:1000], "simplified")
    to_script(text[:1000], "traditional")    # dictionaries loaded before timing
    print(f"\nconversion, OpenCC backend {backend!r}: {n:,} random CJK characters, one line")
    print(f"{'call':<44} {'cpu s':>7} {'wall s':>7} {'chars/s (cpu)':>14}")
    rows = [("to_script(-> simplified)", to_script, text, "simplified"),
            ("to_script(-> traditional)", to_script, text, "traditional"),
            ("normalise()", normalise, text)]
    if corpus is not None:
        real = "".join(p.read_text(encoding="utf-8", errors="replace")
                       for p in sorted(corpus.iterdir()) if p.suffix == ".txt")
        trad = to_script(real, "traditional")
        conv = _converter(backend, "t2s")
        rows += [(f"backend alone, line by line ({len(trad):,} real chars)",
                  lambda t: [conv(line) for line in t.split("\n")], trad),
                 ("to_script(real traditional -> simplified)", to_script, trad, "simplified")]
    if analyze_too:
        from summarylab.analysis import analyze
        rows.append(("analyze() (every stage)", analyze, text))
    for name, fn, *args in rows:
        cpu, wall = _timed(fn, *args)
        print(f"{name:<44} {cpu:>7.2f} {wall:>7.2f} {len(args[0]) / max(cpu, 1e-9):>14,.0f}",
              flush=True)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "realcorpus" / "gwr")
    ap.add_argument("--chars", type=int, default=5_000_000)
    ap.add_argument("--no-analyze", action="store_true", help="skip analyze() on the random text")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        return _child(str(args.corpus), args.out, args.child)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
          f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    corpus = args.corpus if args.corpus.is_dir() else None
    if corpus is not None:
        batch_figures(corpus)
    else:
        print(f"no corpus folder at {args.corpus}: batch figures skipped")
    conversion_figures(corpus, args.chars, not args.no_analyze)


if __name__ == "__main__":
    main()
