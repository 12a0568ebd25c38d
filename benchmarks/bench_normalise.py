"""Throughput of normalisation (per OpenCC backend installed) and of jieba on the same text.

Usage: python benchmarks/bench_normalise.py [--dir DIR] [--repeat N]
Uses the *.txt files of DIR (default ../shared/realcorpus/gwr when it exists), else
generated report-like text. Prints chars/s for normalise(), clean(), quality and jieba.
Only the installed OpenCC backend can be timed in one environment (the two
distributions share the module name); run it again in /tmp/venv-cpp for the other.
"""
from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from summarylab.clean import clean
from summarylab.normalise import available_backend, normalise
from summarylab.quality import find_quality_issues

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "realcorpus" / "gwr"


def corpus(folder: Path) -> tuple[str, str]:
    files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if files:
        return "\n".join(f.read_text(encoding="utf-8") for f in files), f"{len(files)} files in {folder}"
    rng = random.Random(0)
    parts = ["一、主要做法", "全年共受理群眾投訴486件,辦結率達98.5%。", "（一）加强组织领导",
             "一是完善制度，二是强化督查。", "發展經濟，擴大開放，优化营商环境。"]
    return "\n".join(rng.choice(parts) for _ in range(60_000)), "generated text"


def rate(fn, text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - t)
    return len(text) / best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--dir", type=Path, default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    text, source = corpus(args.dir)
    print(f"text: {len(text):,} chars from {source}")
    backend = available_backend()
    normalise(text[:1000], target="traditional")  # warm the converters
    for target in ("simplified", "traditional"):
        r = rate(lambda t: normalise(t, target=target, backend=backend), text, args.repeat)
        print(f"normalise -> {target:<11} backend={backend:<6} {r:>14,.0f} chars/s")
    simple = normalise(text).text
    print(f"clean                                {rate(clean, simple, args.repeat):>14,.0f} chars/s")
    print(f"quality checks                       {rate(find_quality_issues, simple, args.repeat):>14,.0f} chars/s")
    import jieba
    jieba.setLogLevel(60)
    jieba.initialize()
    print(f"jieba.lcut (HMM on)                  {rate(jieba.lcut, simple, 1):>14,.0f} chars/s")


if __name__ == "__main__":
    main()
