"""Benchmark batch analysis: throughput with 1 and 2 jobs, peak memory.

Generates N short reports (default 10,000) from templates written for this
benchmark (no real reports are copied), then runs ``summarylab analyze`` on
them once per job count, each in a fresh child process with an empty output
folder (so nothing comes from the cache), and prints a table:

    jobs docs analyse-s docs/s speed-up load-s assemble-s total-s speed-up cpu-s others driver-MB all-MB

``docs/s`` and the first ``speed-up`` are the per-document phase (read +
analyse + cache), where jobs matter; ``load`` (results streamed back from the
cache) and ``assemble`` (stacking the tables, themes over the corpus) run in
the driver either way; ``total`` and the second ``speed-up`` are the whole run
(listing, hashing and writing the tables included).
``driver MB`` is the peak resident memory of the process running the batch
(its ru_maxrss); ``all MB`` the peak of driver + worker processes together,
sampled from /proc every 0.25 s (Linux; 0 elsewhere). ru_maxrss of children
is not used: a child forked from a big parent reports the parent's pages.
``cpu s`` is user+system time of driver and workers; ``others`` how many
cores *other* processes kept busy on average during the run (machine busy
time from /proc/stat minus ours): above ~0.2 the figures, the speed-up above
all, measure contention rather than summarylab.
Targets: 2 jobs >= 1.6x the docs/s of 1 job on a machine with 2 free cores;
peak memory < 2 GB at 10,000 reports.

Usage::

    python benchmarks/bench_batch.py               # 10,000 reports, jobs 1 and 2
    python benchmarks/bench_batch.py -n 1000 --jobs 1 2
    python benchmarks/bench_batch.py -n 1000 --engine dask

This script measures; it asserts nothing (read the table).
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

__all__ = ["generate_corpus", "main"]

REPO = Path(__file__).resolve().parents[1]

_UNITS = ["环境保护", "政务服务", "乡村振兴", "安全生产", "城市管理", "教育发展", "医疗卫生", "文化旅游"]
_OPENINGS = [
    "今年以来，在上级党委政府的正确领导下，我{unit}紧紧围绕年度目标任务，扎实推进各项工作，取得了明显成效。",
    "{year}年，我{unit}坚持以人民为中心的发展思想，聚焦重点难点，狠抓工作落实，圆满完成了全年任务。",
    "一年来，我们认真贯彻落实上级部署，坚持“{slogan}”，推动{unit}工作迈上新台阶。",
]
_PRACTICES = [
    "全年共受理群众来信来访{a}件，办结率达到{p}%。",
    "新建改扩建项目{b}个，完成投资{c}亿元，同比增长{p}%。",
    "组织开展专项检查{a}次，发现并整改问题{b}个，处理违规人员{d}人。",
    "培训基层干部{a}人次，印发宣传资料{c}万份。",
    "深入推进“{slogan}”，建立健全长效机制{d}项。",
    "削减行政审批事项{b}项，平均办理时间缩短到{d}个工作日。",
]
_SLOGANS = ["放管服", "最多跑一次", "河长制", "四个不摘", "双随机、一公开", "接诉即办"]
_PROBLEMS = ["部分基层单位责任落实不到位", "资金保障压力较大", "专业人才相对缺乏",
             "群众参与的积极性有待提高", "信息化水平还不够高"]


def report(i: int) -> str:
    """One generated report (deterministic in ``i``), 300-1500 characters."""
    rng = random.Random(i)
    unit = rng.choice(_UNITS)

    def fill(template: str) -> str:
        return template.format(unit=unit, year=2015 + i % 10, slogan=rng.choice(_SLOGANS),
                               a=rng.randint(10, 9000), b=rng.randint(2, 300),
                               c=round(rng.uniform(0.5, 90), 1), d=rng.randint(1, 40),
                               p=round(rng.uniform(1, 99.9), 1))

    lines = [f"{unit}工作总结（{i:05d}）", fill(rng.choice(_OPENINGS)), "一、主要做法"]
    for n, marker in enumerate("一二三四五"[:rng.randint(2, 5)]):
        lines.append(f"（{marker}）" + "".join(fill(rng.choice(_PRACTICES))
                                               for _ in range(rng.randint(1, 4))))
    lines.append("二、存在问题")
    lines.append("一是" + rng.choice(_PROBLEMS) + "；二是" + rng.choice(_PROBLEMS) + "。")
    lines.append("三、下步打算")
    lines.append(fill("我们将继续坚持“{slogan}”，进一步完善制度，推动各项工作再上新台阶。"))
    return "\n".join(lines) + "\n"


def generate_corpus(folder: Path, n: int) -> Path:
    """Write ``n`` reports into ``folder`` (100 per subfolder), UTF-8 and some GBK."""
    for i in range(n):
        sub = folder / f"batch{i // 100:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"r{i:05d}.txt").write_bytes(report(i).encode("gbk" if i % 7 == 0 else "utf-8"))
    return folder


def _tree_rss_mb(root: int) -> float:
    """Resident memory of ``root`` and all its descendants now (Linux /proc; 0 elsewhere)."""
    parent, rss = {}, {}
    for entry in Path("/proc").iterdir() if Path("/proc/self/stat").exists() else ():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            parent[int(entry.name)] = int(stat[1])
            rss[int(entry.name)] = int(stat[21]) * resource.getpagesize()
        except (OSError, IndexError, ValueError):
            continue
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        kids = [p for p, pp in parent.items() if pp == pid and p not in tree]
        tree.update(kids)
        frontier.extend(kids)
    return sum(rss.get(p, 0) for p in tree) / 2**20


def _machine_busy_s() -> float:
    """CPU seconds all processes of the machine have used since boot (Linux; 0 elsewhere)."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return 0.0
    ticks = [int(x) for x in fields]
    idle = ticks[3] + (ticks[4] if len(ticks) > 4 else 0)   # idle + iowait
    return (sum(ticks[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def _sample_peak(stop: threading.Event, peak: list[float]) -> None:
    while not stop.wait(0.25):
        peak[0] = max(peak[0], _tree_rss_mb(os.getpid()))


def _run_one(args: argparse.Namespace) -> None:
    """Child mode: one batch run; print a JSON line of figures."""
    from summarylab.batch import run_batch

    stop, peak = threading.Event(), [0.0]
    sampler = threading.Thread(target=_sample_peak, args=(stop, peak), daemon=True)
    sampler.start()
    busy0, start = _machine_busy_s(), time.perf_counter()
    summary = run_batch(args.corpus, args.out, jobs=args.run_one, engine=args.engine,
                        quiet=True, k=args.k)
    wall = time.perf_counter() - start
    busy = _machine_busy_s() - busy0
    stop.set()
    sampler.join()
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    cpu = sum(u.ru_utime + u.ru_stime for u in (resource.getrusage(resource.RUSAGE_SELF),
                                                 resource.getrusage(resource.RUSAGE_CHILDREN)))
    print(json.dumps({"jobs": args.run_one, "docs": summary.n_files, "counts": summary.counts,
                      "analyze": summary.timings["analyze"], "total": wall,
                      "timings": summary.timings, "driver_mb": me, "total_mb": peak[0],
                      "cpu": cpu, "others": max(0.0, busy - cpu) / wall,
                      "load": os.getloadavg()[0]}))


def _measure(corpus: Path, jobs: int, engine: str, k: int | None) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench_out_") as out:
        cmd = [sys.executable, __file__, "--run-one", str(jobs), "--corpus", str(corpus),
               "--out", out, "--engine", engine] + (["--k", str(k)] if k else [])
        path = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
        done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, check=False,
                              env=dict(os.environ, PYTHONPATH=path))
    if done.returncode:
        raise SystemExit(f"benchmark run failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=10_000, help="reports to generate (default 10000)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--engine", choices=("local", "dask"), default="local")
    parser.add_argument("--k", type=int, default=8, help="themes (default 8; 0 = choose)")
    parser.add_argument("--corpus", help="existing corpus folder (skip generation)")
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--run-one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.k = args.k or None
    if args.run_one:
        return _run_one(args)
    with tempfile.TemporaryDirectory(prefix="bench_corpus_") as tmp:
        corpus = Path(args.corpus) if args.corpus else generate_corpus(Path(tmp), args.n)
        size = sum(p.stat().st_size for p in corpus.rglob("*") if p.is_file())
        print(f"corpus: {args.n if not args.corpus else 'given'} reports, {size / 2**20:.1f} MiB; "
              f"engine {args.engine}")
        rows = [_measure(corpus, jobs, args.engine, args.k) for jobs in args.jobs]
    base, base_total = rows[0]["docs"] / rows[0]["analyze"], rows[0]["total"]
    print(f"{'jobs':>4} {'docs':>6} {'analyse s':>9} {'docs/s':>7} {'speed-up':>8} {'load s':>6} "
          f"{'assemble s':>10} {'total s':>7} {'speed-up':>8} {'cpu s':>6} {'others':>6} "
          f"{'driver MB':>9} {'all MB':>7}")
    for r in rows:
        rate = r["docs"] / r["analyze"]
        print(f"{r['jobs']:>4} {r['docs']:>6} {r['analyze']:>9.1f} {rate:>7.1f} {rate / base:>7.2f}x "
              f"{r['timings'].get('load', 0):>6.1f} {r['timings']['assemble']:>10.1f} "
              f"{r['total']:>7.1f} {base_total / r['total']:>7.2f}x {r['cpu']:>6.1f} "
              f"{r['others']:>6.2f} {r['driver_mb']:>9.0f} {r['total_mb']:>7.0f}")


if __name__ == "__main__":
    main()
