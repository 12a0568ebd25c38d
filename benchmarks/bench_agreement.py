"""Token agreement of rjieba with jieba (domain lexicon) on the cleaned texts of report files.

Two rows: rjieba alone with the same dictionary (no fallback), and summarylab's
``backend="rjieba"``, which falls back to jieba where the two would cut differently.
Tokens are matched in order (difflib alignment).

Usage::

    python benchmarks/bench_agreement.py ../shared/realcorpus/gwr

It measures; it asserts nothing.
"""
from __future__ import annotations

import argparse
from pathlib import Path


def _matched(a: list[str], b: list[str]) -> int:
    """Tokens of ``a`` matched in order by equal tokens of ``b`` (difflib alignment)."""
    import difflib

    return sum(m.size for m in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())


def agreement(paths: list[Path]) -> str:
    """Token agreement of rjieba with jieba (domain lexicon) on the cleaned texts of ``paths``:
    rjieba alone with the same dictionary, and the rjieba backend with its jieba fallback."""
    import importlib

    from summarylab.analysis import analyze
    from summarylab.readers import read_document

    seg = importlib.import_module("summarylab.segmentation")
    texts = [analyze(read_document(p).text).text for p in paths]
    ref = [seg.segment(t) for t in texts]
    raw = [[w for w in seg._lexicon().fast().cut(t) if w.strip()] for t in texts]
    fast = [seg.segment(t, backend="rjieba") for t in texts]
    total = sum(map(len, ref))
    lines = [f"token agreement with jieba on {len(texts)} reports ({total:,} jieba tokens):"]
    for name, got in (("rjieba, same dictionary, no fallback", raw), ("backend='rjieba'", fast)):
        same = sum(_matched(a, b) for a, b in zip(ref, got))
        docs = sum(a == b for a, b in zip(ref, got))
        lines.append(f"  {name:<38} {same:,} tokens ({same / total:.6%}), {docs} of {len(texts)} reports identical")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path, help="a folder of report files (*.txt, read only)")
    args = ap.parse_args()
    print(agreement(sorted(p for p in args.folder.rglob("*.txt") if p.is_file())))


if __name__ == "__main__":
    main()
