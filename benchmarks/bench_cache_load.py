"""Cost of loading cached results: decode_result (JSON parse and validation) of the
DocumentResults of generated reports, as a batch re-run pays it for every cached document.

Usage::

    PYTHONPATH=. python benchmarks/bench_cache_load.py [-n 200] [--repeat 5]

Prints one table row: results, mean stored size, CPU ms to decode one (best of the
repeats, ``time.process_time``), and the estimate for 10,000 results.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import report  # noqa: E402

from summarylab.corpus import analyze_document  # noqa: E402
from summarylab.readers import Document  # noqa: E402
from summarylab.store import decode_result, encode_result  # noqa: E402


def blobs(n: int) -> list[bytes]:
    """Stored rows of ``n`` generated reports."""
    out = []
    for i in range(n):
        result = analyze_document(Document(f"r{i}.txt", text=report(i)[0]), f"r{i}.txt")
        out.append(encode_result(result))
    return out


def decode_seconds(rows: list[bytes], repeat: int) -> float:
    """Best CPU time of decoding every row once."""
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        for row in rows:
            if decode_result(row) is None:
                raise SystemExit("a row did not decode")
        best = min(best, time.process_time() - t)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    rows = blobs(args.n)
    per = decode_seconds(rows, args.repeat) / len(rows)
    print("| results | KB a result | decode ms CPU | 10,000 results s |")
    print("|---:|---:|---:|---:|")
    print(f"| {len(rows)} | {sum(map(len, rows)) / len(rows) / 1024:.1f} | {per * 1000:.2f} | {per * 10_000:.1f} |")


if __name__ == "__main__":
    main()
