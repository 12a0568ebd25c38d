"""Throughput of every stage of summarylab, next to segmentation alone: one table a corpus.

For a list of report files, two fresh child processes run, one per segmentation backend.
The jieba child runs the pipeline as a user does, ``analyze(read_document(p).text).tables()``
for every file, with the functions analyze() calls wrapped in timers, so that one pass
gives both the whole and its parts:

    read        read_document(path)
    normalise   normalise(text)            clean      clean(normalised)
    quality     find_quality_issues(...)   indicators extract_indicators(cleaned)
    measures    extract_measures(cleaned)  slogans    extract_slogans(cleaned)
    citations   extract_citations(cleaned)
    pipeline    read_document + analyze + every table (all extraction, no themes)

then, on the cleaned texts, with its backend (the rjieba child reads the texts the jieba
child wrote, untimed):

    segment     summarylab.segment(text, backend=...)     (domain lexicon)
    alone       jieba.lcut(text) / rjieba.Jieba().cut(text)  (the library alone)
    themes      ThemeModel().fit(all texts)  (k chosen; $SUMMARYLAB_SEGMENTER=backend)

Every figure is wall time summed over the documents (time.perf_counter); chars/s counts
the characters of the cleaned text for every stage, so rates compare as times do. Peak
memory is the child's ru_maxrss (the cleaned texts of all documents are kept for the
themes). ``benchmarks/run.py`` runs it on generated corpora of several sizes and on a
folder of real reports.

Usage::

    python benchmarks/bench_stages.py --sizes 300              # generated reports
    python benchmarks/bench_stages.py --real ../shared/realcorpus/gwr

It measures; it asserts nothing.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # generate, when imported from elsewhere

from generate import report, write_corpus  # noqa: E402

BACKENDS = ("jieba", "rjieba")
STAGES = ("read", "normalise", "clean", "quality", "indicators", "measures", "slogans",
          "citations", "pipeline", "segment", "alone", "themes")
BACKEND_STAGES = ("segment", "alone", "themes")
EXTRACTION = ("indicators", "measures", "slogans")


# ----------------------------------------------------------------------------- child: timing

def _timed(acc: dict, stage: str, call):
    """``call()``, adding its wall time to ``acc[stage]``."""
    start = time.perf_counter()
    out = call()
    acc[stage] += time.perf_counter() - start
    return out


def _segmenter_alone(backend: str):
    """The library's own cut with its own dictionary (no summarylab lexicon)."""
    if backend == "rjieba":
        import rjieba

        return rjieba.Jieba().cut
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    return jieba.lcut


# stage -> (module, function) timed while analyze() runs: the functions it calls
_INSIDE = {
    "normalise": ("summarylab.analysis", "normalise"),
    "clean": ("summarylab.analysis", "clean"),
    "quality": ("summarylab.analysis", "find_quality_issues"),
    "indicators": ("summarylab.indicators", "extract_indicators"),
    "measures": ("summarylab.measures", "extract_measures"),
    "slogans": ("summarylab.slogans", "extract_slogans"),
    "citations": ("summarylab.slogans", "extract_citations"),
}


def _instrument(acc: dict) -> None:
    """Wrap the stage functions analyze() calls, so one pass times stages and pipeline."""
    import importlib

    def wrap(stage: str, fn):
        return lambda *a, **k: _timed(acc, stage, lambda: fn(*a, **k))

    for stage, (module_name, name) in _INSIDE.items():
        module = importlib.import_module(module_name)
        setattr(module, name, wrap(stage, getattr(module, name)))


def _pipeline(path: Path, acc: dict, found: dict) -> str:
    """read_document + analyze + every table, timed as a whole and per stage; ``found``
    counts the indicators (their density decides what extraction costs)."""
    from summarylab.analysis import analyze
    from summarylab.readers import read_document

    start = time.perf_counter()
    doc = read_document(path)
    acc["read"] += time.perf_counter() - start
    analysis = analyze(doc.text)
    analysis.tables()
    acc["pipeline"] += time.perf_counter() - start
    found["indicators"] += len(analysis.indicators)
    return analysis.text


def _segmentation(texts: list[str], backend: str, acc: dict) -> None:
    from summarylab.segmentation import segment

    alone = _segmenter_alone(backend)
    segment(texts[0], backend=backend)  # dictionaries loaded before timing
    alone(texts[0])
    for text in texts:
        _timed(acc, "segment", lambda: segment(text, backend=backend))
        _timed(acc, "alone", lambda: alone(text))


def child(paths: list[Path], backend: str, texts_file: Path) -> dict:
    """The jieba child runs the pipeline over ``paths`` and writes the cleaned texts to
    ``texts_file``; the rjieba child reads them from there. Both then time segmentation
    and themes. Returns the figures."""
    from summarylab.analysis import analyze
    from summarylab.themes import ThemeModel

    acc: dict[str, float] = defaultdict(float)
    found: dict[str, int] = defaultdict(int)
    if backend == "jieba":
        analyze(report(5)[0]).tables()  # patterns and converters loaded before timing
        _instrument(acc)
        texts = [_pipeline(p, acc, found) for p in paths]
        with texts_file.open("w", encoding="utf-8") as out:  # a line each: no copy of them all
            out.writelines(json.dumps(t, ensure_ascii=False) + "\n" for t in texts)
    else:
        with texts_file.open(encoding="utf-8") as lines:
            texts = [json.loads(line) for line in lines]
    _segmentation(texts, backend, acc)
    model = _timed(acc, "themes", lambda: ThemeModel().fit(texts))
    return {"backend": backend, "docs": len(texts), "chars": sum(map(len, texts)),
            "seconds": dict(acc), "k": int(model.k_), "indicators": found["indicators"],
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def measure(paths_file: Path, backend: str) -> dict:
    """Run :func:`child` in a fresh interpreter (its own peak memory); parse its JSON."""
    cmd = [sys.executable, __file__, "--child", str(paths_file), "--backend", backend]
    env = dict(os.environ, SUMMARYLAB_SEGMENTER=backend)  # what ThemeModel() will use
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if done.returncode:
        raise SystemExit(f"benchmark child failed ({backend}):\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# ----------------------------------------------------------------------------- tables

LABELS = {
    "read": "read (read_document)", "normalise": "normalise", "clean": "clean",
    "quality": "quality findings", "indicators": "indicators", "measures": "measures",
    "slogans": "slogans", "citations": "citations",
    "pipeline": "PIPELINE (read+analyze+tables)", "segment": "segment (domain lexicon)",
    "alone": "segmenter alone", "themes": "themes (ThemeModel().fit)",
}


def _cells(result: dict | None, stage: str) -> str:
    if result is None or stage not in result["seconds"]:
        return f"{'':>12} {'':>9} {'':>9}"
    s = result["seconds"][stage]
    return f"{result['chars'] / s:>12,.0f} {result['docs'] / s:>9,.1f} {1000 * s / result['docs']:>9.3f}"


def stage_table(results: dict[str, dict]) -> str:
    """Rows: stages; columns: chars/s, docs/s, ms/report per backend."""
    backends = [b for b in BACKENDS if b in results]
    head = f"{'stage':<32}" + "".join(f" | {b + ' chars/s':>12} {'docs/s':>9} {'ms/report':>9}"
                                      for b in backends)
    lines = [head, "-" * len(head)]
    for stage in STAGES:
        lines.append(f"{LABELS[stage]:<32}" + "".join(
            " | " + _cells(results[b] if stage in BACKEND_STAGES or b == "jieba" else None, stage)
            for b in backends))
    return "\n".join(lines)


RATIOS = {
    "pipeline throughput / segmenter alone": lambda sec, base: sec["alone"] / base["pipeline"],
    "pipeline throughput / segment": lambda sec, base: sec["segment"] / base["pipeline"],
    "extraction time / segment time (issue 3: < 0.2)":
        lambda sec, base: sum(base[s] for s in EXTRACTION) / sec["segment"],
    "  of which indicators / segment time":
        lambda sec, base: base["indicators"] / sec["segment"],
    "themes, minutes": lambda sec, base: sec["themes"] / 60,
}


def ratios(results: dict[str, dict]) -> str:
    """Pipeline and extraction (indicators+measures+slogans) against segmentation,
    with each backend; themes in minutes; k; peak memory of each child."""
    base = results["jieba"]["seconds"]
    lines = [f"{'':<50}" + "".join(f"{b:>10}" for b in results)]
    for label, fn in RATIOS.items():
        lines.append(f"{label:<50}" + "".join(f"{fn(r['seconds'], base):>10.2f}" for r in results.values()))
    lines.append(f"{'themes found (k)':<50}" + "".join(f"{r['k']:>10}" for r in results.values()))
    lines.append(f"{'peak memory of the child, MB':<50}" + "".join(f"{r['peak_mb']:>10,.0f}"
                                                                    for r in results.values()))
    return "\n".join(lines)


def flat_table(by_size: dict[int, dict[str, dict]]) -> str:
    """ms per report of every stage at every size: flat means linear in the corpus."""
    sizes = sorted(by_size)
    head = f"{'ms/report':<40}" + "".join(f"{n:>12,}" for n in sizes)
    lines = [head, "-" * len(head)]
    for b in BACKENDS:
        for stage in STAGES:
            got = [by_size[n].get(b, {}).get("seconds", {}).get(stage) for n in sizes]
            if any(g is not None for g in got) and (b == "jieba" or stage in BACKEND_STAGES):
                lines.append(f"{b + ': ' + LABELS[stage]:<40}" + "".join(
                    f"{1000 * g / n:>12.3f}" if g is not None else f"{'':>12}"
                    for g, n in zip(got, sizes)))
    return "\n".join(lines)


# ----------------------------------------------------------------------------- main

def _have_rjieba() -> bool:
    import importlib.util

    return importlib.util.find_spec("rjieba") is not None


def run_size(paths: list[Path], workdir: Path, key: str, label: str) -> dict[str, dict]:
    """Both backends over ``paths``; prints and returns the results."""
    paths_file = workdir / f"paths-{key}.txt"
    paths_file.write_text("\n".join(map(str, paths)), encoding="utf-8")
    results = {"jieba": measure(paths_file, "jieba")}
    if _have_rjieba():
        results["rjieba"] = measure(paths_file, "rjieba")
    r = results["jieba"]
    print(f"\n== {label}: {r['docs']:,} reports, {r['chars']:,} chars of cleaned text, "
          f"{r['indicators']:,} indicators ({1000 * r['indicators'] / max(r['chars'], 1):.1f} per 1,000 chars)")
    print(stage_table(results))
    print(ratios(results))
    return results


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[300], help="numbers of generated reports")
    ap.add_argument("--real", type=Path, help="also a folder of real reports (read only)")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--backend", choices=BACKENDS, default="jieba", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        paths = [Path(p) for p in args.child.read_text(encoding="utf-8").splitlines()]
        print(json.dumps(child(paths, args.backend, args.child.with_suffix(".texts.json"))))
        return
    with tempfile.TemporaryDirectory(prefix="summarylab-bench-") as tmp:
        workdir = Path(tmp)
        paths = write_corpus(workdir / "corpus", max(args.sizes, default=0))
        by_size = {n: run_size(paths[:n], workdir, str(n), f"{n:,} generated") for n in sorted(args.sizes)}
        if len(by_size) > 1:
            print("\n== time per report across corpus sizes")
            print(flat_table(by_size))
        if args.real:
            real = sorted(p for p in args.real.rglob("*.txt") if p.is_file())
            run_size(real, workdir, "real", f"real corpus {args.real}")


if __name__ == "__main__":
    main()
