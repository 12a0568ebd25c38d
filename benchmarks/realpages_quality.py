"""Titles and quality findings on real pages and on the State Council reports.

Run from the repository root::

    PYTHONPATH=. python benchmarks/realpages_quality.py [--pages DIR] [--gwr DIR] [-v]

``--pages`` (default ``/work/realpages/quality``) holds ``pages/*.txt`` (page
excerpts from the ``pages`` search corpus, kept outside the repository: the
queries and addresses are in ``benchmarks/realpages_quality_sources.tsv``) and
``titles.tsv`` (file stem, expected title; the stem itself when the page has no
title line, so the file name is the expected fallback) and ``quality.tsv`` (file
stem, finding kind, least count: placeholders, gaps and mojibake counted by hand) and
``measures.tsv`` (file stem, depth, heading title: the outline read by hand). A title is right when it
equals the expected one after script conversion and removal of spaces and
punctuation (strict), or shares its first 12 such characters (as ``score.py``
matches measure titles).

``--gwr`` (default ``../shared/realcorpus/gwr``) is scanned for titles that are
salutations or sentences, and for quality findings per kind (the reports are
clean: every finding there is a false positive or a true mojibake).

Prints figures only; asserts nothing.
"""
from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

from summarylab import corpus, readers
from summarylab.normalisation import to_script

STRIP = re.compile(r"[\s\u3000“”‘’\"'「」『』《》〈〉()（）\[\]【】,，.。、;；:：!！?？…—\-–~·*×]+")


def norm(s: str) -> str:
    return STRIP.sub("", to_script(str(s), "simplified"))


def title(path: Path) -> tuple[str, corpus.DocumentResult]:
    doc = readers.read_document(path)
    r = corpus.analyze_document(doc, path.stem)
    return r.title, r


def pages(root: Path, verbose: bool) -> None:
    gold = dict(line.rstrip("\n").split("\t")[:2] for line in
                (root / "titles.tsv").read_text(encoding="utf-8").splitlines() if "\t" in line)
    strict = loose = 0
    kinds: collections.Counter = collections.Counter()
    for stem, want in sorted(gold.items()):
        got, r = title(root / "pages" / f"{stem}.txt")
        kinds.update(r.tables["quality"]["kind"])
        g, p = norm(want), norm(got)
        ok_strict, ok_loose = g == p, g[:12] == p[:12] and len(p) >= min(4, len(g))
        strict += ok_strict
        loose += ok_loose
        if verbose and not ok_strict:
            print(f"  {'~' if ok_loose else 'x'} {stem}: got {got!r} want {want!r}")
    print(f"pages: titles right {strict}/{len(gold)} (strict), {loose}/{len(gold)} (first 12 chars);"
          f" findings {dict(sorted(kinds.items()))}")
    checks = root / "quality.tsv"
    if checks.exists():
        rows = [line.split("\t") for line in checks.read_text(encoding="utf-8").splitlines() if line.strip()]
        ok = 0
        for stem, kind, n in rows:
            _, r = title(root / "pages" / f"{stem}.txt")
            got = int((r.tables["quality"]["kind"] == kind).sum())
            ok += got >= int(n)
            if verbose and got < int(n):
                print(f"  x {stem}: {kind} {got} < {n}")
        print(f"pages: damage checks passed {ok}/{len(rows)} (kind flagged at least n times)")
    if (root / "measures.tsv").exists():
        measures(root, verbose)


def _match(g: str, p: str) -> bool:  # as score.py matches measure titles: first 12 characters
    g, p = norm(g), norm(p)
    k = min(12, len(g), len(p))
    return k >= min(4, len(g)) and k > 0 and g[:k] == p[:k]


def score_measures(gold: dict[str, list[tuple[int, str]]], found: dict[str, list[tuple[int, str]]],
                   verbose: bool) -> str:
    """Measures F1 of ``found`` against ``gold`` (page -> [(depth, title)]), each gold item
    matched to the first unused found one with the same title start (as score.py does)."""
    tp = n_pred = n_gold = depth_ok = 0
    for stem, want in sorted(gold.items()):
        pred = found[stem]
        used = [False] * len(pred)
        for d, t in want:
            for i, (pd_, pt) in enumerate(pred):
                if not used[i] and _match(t, pt):
                    used[i] = True
                    tp += 1
                    depth_ok += int(pd_) == d
                    if verbose and int(pd_) != d:
                        print(f"  x {stem}: depth of {t!r} {pd_} != {d}")
                    break
            else:
                if verbose:
                    print(f"  x {stem}: missed {t!r}")
        n_pred += len(pred)
        n_gold += len(want)
        if verbose:
            for (pd_, pt), u in zip(pred, used):
                if not u:
                    print(f"  x {stem}: extra {pt!r}")
    p, rc = tp / n_pred if n_pred else 1.0, tp / n_gold if n_gold else 1.0
    f = 2 * p * rc / (p + rc) if p + rc else 0.0
    return f"measures F1 {f:.3f} (P {p:.2f} R {rc:.2f}, depth {depth_ok}/{tp}) on {len(gold)} pages"


def measures(root: Path, verbose: bool) -> None:
    gold: dict[str, list[tuple[int, str]]] = {}
    for line in (root / "measures.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip():
            stem, depth, t = line.split("\t")
            gold.setdefault(stem, []).append((int(depth), t))
    found = {}
    for stem in gold:
        m = title(root / "pages" / f"{stem}.txt")[1].tables["measures"]
        found[stem] = list(zip(m["depth"], m["title"]))
    print("pages: " + score_measures(gold, found, verbose))


SALUTATION = re.compile(r"^(各位|同志们|尊敬的)")


def gwr(root: Path, verbose: bool) -> None:
    bad, kinds, n = [], collections.Counter(), 0
    for path in sorted(root.glob("*.txt")):
        got, r = title(path)
        n += 1
        kinds.update(r.tables["quality"]["kind"])
        if SALUTATION.match(got) or got.endswith(("。", "：", ":")) or len(got) > 60:
            bad.append((path.stem, got))
        if verbose > 1:
            print(f"  {path.stem}: {got!r}")
    print(f"gwr: {n - len(bad)}/{n} titles not a salutation or sentence; findings {dict(sorted(kinds.items()))}")
    for stem, got in bad if verbose else []:
        print(f"  x {stem}: {got!r}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=Path, default=Path("/work/realpages/quality"))
    ap.add_argument("--gwr", type=Path, default=Path("../shared/realcorpus/gwr"))
    ap.add_argument("-v", "--verbose", action="count", default=0)
    args = ap.parse_args()
    if (args.pages / "titles.tsv").exists():
        pages(args.pages, args.verbose)
    if args.gwr.is_dir():
        gwr(args.gwr, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
