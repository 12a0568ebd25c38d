"""The whole pipeline on a labelled folder of real web pages, scored as a grader would.

Run from the repository root::

    PYTHONPATH=. python benchmarks/realpages_fresh.py [FOLDER] [--set dev|heldout|all] [-v] [--rows N]

FOLDER (default ``/work/realpages/fresh``) is kept outside the repository (the pages are
others' texts; their queries and addresses are in ``benchmarks/realpages_fresh_sources.tsv``)
and holds:

==============  ==========================================================================
file            what it holds (tab-separated; one row a line)
==============  ==========================================================================
pages/*.txt     page excerpts from the ``pages`` search corpus, as saved
sets.tsv        set name, then the page stems of that set parted by blanks (dev, heldout)
titles.tsv      stem, the title a reader would give the page (alternatives parted by ``|``;
                the stem itself when the page has no title line: the file name is the
                expected fallback)
junk.tsv        stem, a piece of site junk that must not be left in the cleaned text
damage.tsv      stem, quality finding kind, least count (placeholders, mojibake by hand)
measures.tsv    stem, depth, heading title (the outline read by hand; with
                ``--headings-only``, numbered headings only, enumerated 一是 items left out)
slogans.tsv     stem, formulation, its items parted by ``;``
==============  ==========================================================================

Figures printed: titles right (after script conversion, without spaces and punctuation),
junk pieces left (each piece normalised as the page was, blanks ignored, and a glossed line
also looked for without its glosses: before 2026-12-03's sixth session a raw substring test
let pieces with ASCII marks pass while they stayed), quality checks passed (a page with junk or damage labelled passes when
all its junk is gone and every damage kind is flagged at least its count), measures F1
(titles matched on their first 12 characters, as ``score.py`` does), slogan expansions
right (as many items as labelled, each labelled item inside one found or holding it:
坚持学法普法 for 学法普法), and
``--rows N`` indicator rows drawn with a fixed seed for a person to judge.
Prints figures only; asserts nothing.
"""
from __future__ import annotations

import argparse
import collections
import random
import re
import sys
from pathlib import Path

from summarylab import corpus, readers
from summarylab.normalisation import normalise, to_script

sys.path.insert(0, str(Path(__file__).parent))
from realpages_quality import norm, score_measures  # noqa: E402  (the same matching as score.py)



def rows(path: Path) -> list[list[str]]:
    if not path.exists():
        return []
    return [line.rstrip("\n").split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def stems(root: Path, which: str) -> list[str]:
    sets = {r[0]: r[1].split() for r in rows(root / "sets.tsv")}
    if which == "all":
        return sorted({s for v in sets.values() for s in v})
    return sorted(sets[which])


def analyse(root: Path, stem: str) -> corpus.DocumentResult:
    path = root / "pages" / f"{stem}.txt"
    return corpus.analyze_document(readers.read_document(path), stem)


def titles(root, keep, results, verbose) -> None:
    ok = n = 0
    for stem, want in rows(root / "titles.tsv"):
        if stem not in keep:
            continue
        n += 1
        got = results[stem].title
        right = norm(got) in {norm(w) for w in want.split("|")}
        ok += right
        if verbose and not right:
            print(f"  title x {stem}: got {got!r} want {want!r}")
    print(f"titles right {ok}/{n}")


_GLOSS = re.compile(r"[（(][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")   # 現(xiàn): a pinyin gloss


def _bare(s: str) -> str:
    """``s`` without blanks: a piece is found across the blanks cleaning may change."""
    return re.sub(r"\s+", "", s)


def _left(piece: str, text: str) -> bool:
    """Is the junk ``piece`` (raw page text) still in the cleaned ``text`` (blanks removed)?
    The piece is normalised as the page was (full-width marks, simplified script), so that
    its ASCII , : ! do not hide it; a piece of four characters or more is also looked for
    without its pinyin glosses (a glossed site line whose glosses went but which stayed)."""
    p = _bare(normalise(piece).text)
    if p and p in text:
        return True
    plain = _bare(_GLOSS.sub("", normalise(piece).text))
    if plain == p or re.fullmatch(r"[\u4e00-\u9fff]*", plain):
        return False   # 執(zhí)行主席: a word whose glosses were the junk, and they went
    return len(plain) >= 4 and plain in text   # 時(shí)間: 某某21277 分享: a site line that stayed


def quality(root, keep, results, verbose) -> None:
    junk = collections.defaultdict(list)
    damage = collections.defaultdict(list)
    for stem, piece in rows(root / "junk.tsv"):
        junk[stem].append(piece)
    for stem, kind, least in rows(root / "damage.tsv"):
        damage[stem].append((kind, int(least)))
    left = total = passed = checks = 0
    for stem in sorted(set(junk) | set(damage)):
        if stem not in keep:
            continue
        r = results[stem]
        text = _bare(to_script(r.text, "simplified"))
        ok = True
        for piece in junk[stem]:
            total += 1
            if _left(piece, text):
                left += 1
                ok = False
                if verbose:
                    print(f"  junk x {stem}: {piece!r} left")
        kinds = collections.Counter(r.tables["quality"]["kind"])
        for kind, least in damage[stem]:
            if kinds[kind] < least:
                ok = False
                if verbose:
                    print(f"  damage x {stem}: {kind} {kinds[kind]} < {least}")
        checks += 1
        passed += ok
    print(f"junk pieces left {left}/{total}; quality checks passed {passed}/{checks}")


def measures(root, keep, results, verbose, headings_only=False) -> None:
    gold = collections.defaultdict(list)
    for stem, depth, title in rows(root / "measures.tsv"):
        if stem in keep:
            gold[stem].append((int(depth), title))
    found = {}
    for stem in gold:
        table = results[stem].tables["measures"]
        if headings_only:   # labels that leave out enumerated items (一是…, 二是要…)
            table = table[~table["marker"].str.contains("是")]
        found[stem] = list(zip(table["depth"], table["title"]))
    print(score_measures(gold, found, verbose))


def slogans(root, keep, results, verbose) -> None:
    ok = n = 0
    for stem, name, items in rows(root / "slogans.tsv"):
        if stem not in keep:
            continue
        n += 1
        want = [norm(i) for i in items.split(";")]
        table = results[stem].tables["slogans"]
        got = []
        for _, r in table.iterrows():
            if norm(r["slogan"]) == norm(name):
                got = [norm(x) for x in (r["expansion"] if isinstance(r["expansion"], (list, tuple)) else [])]
        right = len(got) == len(want) and all(any(w in g or g in w for g in got) for w in want)
        ok += right
        if verbose and not right:
            print(f"  slogan x {stem}: {name} got {got} want {want}")
    print(f"slogan expansions right {ok}/{n}")


def indicator_rows(keep, results, n, seed) -> None:
    found = []
    for stem in sorted(keep):
        found += [(stem, r) for r in results[stem].tables["indicators"].to_dict("records")]
    print(f"{len(found)} indicator rows; {min(n, len(found))} drawn (seed {seed}):")
    random.seed(seed)
    for i in sorted(random.sample(range(len(found)), min(n, len(found)))):
        stem, r = found[i]
        vmax = "" if r["value_max"] != r["value_max"] else r["value_max"]
        print(f"  {i} {stem} {r['quote']!r} {r['value']} {vmax} {r['unit']} {'A' if r['approx'] else ''}"
              f" {r['change']} | {r['subject']}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path, nargs="?", default=Path("/work/realpages/fresh"))
    ap.add_argument("--set", default="dev")
    ap.add_argument("--rows", type=int, default=0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--headings-only", action="store_true",
                    help="leave enumerated items (一是…) out of the measures found, for label sets "
                         "whose labeller was told to mark numbered headings only (fresh4)")
    args = ap.parse_args()
    keep = set(stems(args.folder, args.set))
    results = {stem: analyse(args.folder, stem) for stem in sorted(keep)}
    print(f"{args.set}: {len(keep)} pages")
    titles(args.folder, keep, results, args.verbose)
    quality(args.folder, keep, results, args.verbose)
    measures(args.folder, keep, results, args.verbose, args.headings_only)
    slogans(args.folder, keep, results, args.verbose)
    if args.rows:
        indicator_rows(keep, results, args.rows, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
