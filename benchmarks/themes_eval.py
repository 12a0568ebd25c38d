"""How well does ThemeModel find themes, and their number, on labelled corpora?

For each corpus: true k, chosen k (``k=None``), NMI and ARI of the chosen-k
partition and of the true-k partition against the labels, and the theme step's
time (fitting on pre-segmented tokens: everything after segmentation) over the
segmentation time of the same texts (``summarylab.segmentation.Tokenizer``).

Corpora (built at run time; none is committed, the real ones come from ../shared):

    fudan-dev      ../shared/realcorpus/fudan-dev, 399 articles in 8 subjects, mixed styles
    fudan-short    the same articles cut to their first paragraph(s), at most 300 characters
    fudan-mixed    4 subjects; each article either whole or cut to 150-300 characters and
                   every third one in traditional script: the same subject in several forms
    fudan-small    many small themes: 30 articles of 6 subjects, each cut into chunks of
                   about 600 characters; label = the article
    gwr-era        ../shared/realcorpus/gwr, 72 State Council reports and NPC resolutions;
                   label = era (1954-1966, 1975-1989, 1990-2002, 2003-2012, 2013-2025) x
                   document type (report / resolution: ``resolution-*`` files)
    generated      N reports of benchmarks/generate.py (8 themes), default 2,000;
                   ``--generated 10000`` for the speed figure

Usage (from the repository root)::

    PYTHONPATH=. python benchmarks/themes_eval.py                  # every corpus
    PYTHONPATH=. python benchmarks/themes_eval.py --only gwr-era fudan-dev
    PYTHONPATH=. python benchmarks/themes_eval.py --param method=nmf

It measures; it asserts nothing.
"""
from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared" / "realcorpus"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

ERAS = ((1954, 1966), (1975, 1989), (1990, 2002), (2003, 2012), (2013, 2025))


# ----------------------------------------------------------------------------- corpora
def _fudan() -> list[tuple[str, str, str]]:
    """(file, label, text) of fudan-dev, in file order; [] when absent."""
    folder = SHARED / "fudan-dev"
    if not (folder / "labels.csv").is_file():
        return []
    with open(folder / "labels.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return [(r["file"], r["theme"], (folder / r["file"]).read_text(encoding="utf-8")) for r in rows]


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*", text) if p.strip()]


def _head(text: str, limit: int) -> str:
    """First paragraphs (after the title line) up to ``limit`` characters."""
    paras = _paragraphs(text)[1:] or _paragraphs(text)
    out = ""
    for p in paras:
        if len(out) + len(p) > limit:
            out = out or p[:limit]
            break
        out += p
    return out[:limit]


def fudan_dev():
    rows = _fudan()
    return [t for _, _, t in rows], [lab for _, lab, _ in rows]


def fudan_short():
    rows = _fudan()
    return [_head(t, 300) for _, _, t in rows], [lab for _, lab, _ in rows]


def fudan_mixed():
    from summarylab.normalisation import to_script

    rows = [r for r in _fudan() if r[1] in ("环境", "农业", "体育", "计算机")]
    rng = random.Random(0)
    texts, labels = [], []
    for i, (_, lab, text) in enumerate(rows):
        t = text if rng.random() < 0.5 else _head(text, rng.randint(150, 300))
        texts.append(to_script(t, "traditional") if i % 3 == 0 else t)
        labels.append(lab)
    return texts, labels


def fudan_small():
    rows = _fudan()
    rng = random.Random(1)
    by_label: dict[str, list] = {}
    for r in rows:
        if len(r[2]) > 3000:
            by_label.setdefault(r[1], []).append(r)
    texts, labels = [], []
    for lab in sorted(by_label)[:6]:
        for file, _, text in rng.sample(by_label[lab], min(5, len(by_label[lab]))):
            body = "".join(_paragraphs(text)[1:])
            for i in range(0, min(len(body), 6000), 600):
                texts.append(body[i:i + 600])
                labels.append(file)
    return texts, labels


def gwr_era():
    folder = SHARED / "gwr"
    if not folder.is_dir():
        return [], []
    texts, labels = [], []
    for path in sorted(folder.glob("*.txt")):
        m = re.search(r"(\d{4})", path.stem)
        kind = "resolution" if path.stem.startswith("resolution") else "report"
        if m:
            year = int(m.group(1))
        else:  # resolution-SS-N: the SS-th NPC (5 years from 1954), N-th session
            ss, n = map(int, re.findall(r"\d+", path.stem))
            year = 1954 + 5 * (ss - 1) + (n - 1) if ss <= 2 else 1998 + 5 * (ss - 9) + (n - 1)
        era = next((f"{a}-{b}" for a, b in ERAS if a <= year <= b), "other")
        texts.append(path.read_text(encoding="utf-8"))
        labels.append(f"{era}/{kind}")
    return texts, labels


def generated(n: int):
    import generate

    texts, labels = [], []
    for i in range(n):
        rng = random.Random(i)
        name, _ = rng.choice(list(generate._THEMES.items()))
        text, script = generate.report(i)
        texts.append(text if script == "simplified" else _simplified(text))
        labels.append(name)
    return texts, labels


def _simplified(text: str) -> str:
    from summarylab.normalisation import to_script

    return to_script(text, "simplified")


# ----------------------------------------------------------------------------- scoring
def _segment(texts: list[str]) -> tuple[list[list[str]], float]:
    from summarylab.segmentation import Tokenizer

    tok = Tokenizer()
    tok("预热")
    texts = [_simplified(t) for t in texts]  # as analyze() gives them; not timed
    t0 = time.perf_counter()
    out = [list(tok(t)) for t in texts]
    return out, time.perf_counter() - t0


def _scores(truth, got) -> tuple[float, float]:
    got = np.asarray(got)
    return (normalized_mutual_info_score(truth, got), adjusted_rand_score(truth, got))


def evaluate(name: str, texts: list[str], labels: list[str], params: dict) -> dict:
    from summarylab.themes import ThemeModel

    tokens, seg = _segment(texts)
    true_k = len(set(labels))
    t0 = time.perf_counter()
    auto = ThemeModel(**params).fit(tokens)
    step = time.perf_counter() - t0
    fixed = ThemeModel(**{**params, "k": true_k}).fit(tokens)
    nmi, ari = _scores(labels, auto.labels_)
    tnmi, tari = _scores(labels, fixed.labels_)
    return dict(corpus=name, n=len(texts), true_k=true_k, k=auto.k_, nmi=nmi, ari=ari,
                nmi_true=tnmi, ari_true=tari, step=step, seg=seg, ratio=step / max(seg, 1e-9),
                labels=getattr(auto, "labels", None))


CORPORA = {"fudan-dev": fudan_dev, "fudan-short": fudan_short, "fudan-mixed": fudan_mixed,
           "fudan-small": fudan_small, "gwr-era": gwr_era}


def _param(text: str):
    key, _, value = text.partition("=")
    for cast in (int, float):
        try:
            return key, cast(value)
        except ValueError:
            pass
    return key, {"None": None, "True": True, "False": False}.get(value, value)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", help="corpus names (default: all)")
    ap.add_argument("--generated", type=int, default=2000, help="generated reports (0: none)")
    ap.add_argument("--param", action="append", default=[], help="ThemeModel param, key=value")
    ap.add_argument("--labels", action="store_true", help="print the chosen themes' labels")
    args = ap.parse_args(argv)
    params = dict(_param(p) for p in args.param)
    corpora = dict(CORPORA)
    if args.generated:
        corpora[f"generated-{args.generated}"] = lambda: generated(args.generated)
    head = (f"{'corpus':16} {'n':>6} {'true k':>6} {'k':>4} {'NMI':>6} {'ARI':>6} "
            f"{'NMI@k*':>6} {'ARI@k*':>6} {'theme s':>8} {'seg s':>7} {'ratio':>6}")
    print(head)
    print("-" * len(head))
    for name, build in corpora.items():
        if args.only and name not in args.only and not any(name.startswith(o) for o in args.only):
            continue
        texts, labels = build()
        if not texts:
            print(f"{name:16} (absent)")
            continue
        r = evaluate(name, texts, labels, params)
        print(f"{name:16} {r['n']:6d} {r['true_k']:6d} {r['k']:4d} {r['nmi']:6.3f} {r['ari']:6.3f} "
              f"{r['nmi_true']:6.3f} {r['ari_true']:6.3f} {r['step']:8.2f} {r['seg']:7.2f} "
              f"{r['ratio']:6.2f}", flush=True)
        if args.labels and r["labels"]:
            for i, lab in enumerate(r["labels"]):
                print(f"    {i}: {lab}")


if __name__ == "__main__":
    main()
