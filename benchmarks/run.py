"""All the benchmarks of summarylab, one after the other: one command, every table.

Generates N reports (default 1,000, 10,000 and 100,000; ``generate.py``), writes them
to disk, and prints:

* the OpenCC backend throughput on the generated text (``bench_normalise.py``), for the
  installed backend and, with ``--opencc-python``, for the interpreter of another
  environment (the two OpenCC distributions cannot share one);
* for each size, the throughput of every stage of the pipeline next to segmentation
  alone, with jieba and rjieba (``bench_stages.py``), and the time per report across
  sizes (flat means linear in the corpus);
* with ``--real DIR``, the same table on a folder of real reports (read only, e.g.
  ../shared/realcorpus/gwr) followed by the token agreement of rjieba with jieba on
  them (``bench_agreement.py``).

Each of those files runs alone too and prints its own table; the batch benchmark is
``bench_batch.py``.

Usage (under ``flock /tmp/summarylab-bench.lock`` so benchmarks never overlap)::

    python benchmarks/run.py                       # 1k, 10k, 100k reports (more than an hour)
    python benchmarks/run.py --sizes 300           # a quick look
    python benchmarks/run.py --sizes 1000 --real ../shared/realcorpus/gwr \\
        --opencc-python /tmp/venv-cpp/bin/python

It measures; it asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # the benchmark modules, when imported from elsewhere

import bench_normalise  # noqa: E402
from bench_agreement import agreement  # noqa: E402
from bench_stages import _have_rjieba, flat_table, run_size  # noqa: E402
from generate import write_corpus  # noqa: E402


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000],
                    help="numbers of generated reports (default 1000 10000 100000)")
    ap.add_argument("--real", type=Path, help="also a folder of real reports (read only)")
    ap.add_argument("--opencc-python", nargs="*", default=[],
                    help="interpreters of other environments to time their OpenCC backend")
    ap.add_argument("--workdir", type=Path, help="where to write the corpus (default: a temp dir)")
    ap.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    return ap.parse_args(argv)


def _machine() -> str:
    import platform

    return f"python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs"


def benchmark(args: argparse.Namespace, workdir: Path) -> dict:
    print(f"{time.strftime('%Y-%m-%d %H:%M')}  {_machine()}  rjieba: {_have_rjieba()}")
    start = time.perf_counter()
    paths = write_corpus(workdir / "corpus", max(args.sizes))
    print(f"generated {len(paths):,} reports in {time.perf_counter() - start:.0f} s")
    bench_normalise.opencc_section(bench_normalise.generated_text(min(300, len(paths))), workdir, args.opencc_python)
    by_size = {n: run_size(paths[:n], workdir, str(n), f"{n:,} generated") for n in sorted(args.sizes)}
    print("\n== time per report across corpus sizes")
    print(flat_table(by_size))
    out = {"generated": by_size}
    if args.real:
        real = sorted(p for p in args.real.rglob("*.txt") if p.is_file())
        out["real"] = run_size(real, workdir, "real", f"real corpus {args.real}")
        if _have_rjieba():
            out["agreement"] = agreement(real)
            print(out["agreement"])
    return out


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="summarylab-bench-") as tmp:
        workdir = args.workdir or Path(tmp)
        out = benchmark(args, workdir)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
