"""The batch over a hostile folder: peak memory, statuses, no code run (issue 19).

Builds, in a temporary folder, a corpus of ordinary generated reports plus:

* ``bomb.docx``: a .docx whose word/document.xml inflates to ``--bomb-mb`` MB
  (default 100) but is a few hundred KB on disk;
* ``fifo.txt``: a FIFO (no writer: reading it would block forever);
* ``zero.txt``: a symbolic link to /dev/zero (hashing it would never end);
* ``passwd.txt``: a symbolic link to a file outside the corpus;

runs the batch once, plants a crafted pickle row in the output folder's cache
(unpickling it would create a marker file), runs the batch again (a resume),
and prints for each run the statuses, the wall time and the peak resident
memory of this process and of its worker processes (ru_maxrss). It exits 1 if
peak memory reaches 1 GB, if the marker exists (code ran) or if an ordinary
report is not "ok".

    PYTHONPATH=. python benchmarks/hostile_batch.py [--reports 20] [--jobs 2] [--bomb-mb 100]
"""
from __future__ import annotations

import argparse
import os
import pickle
import resource
import sqlite3
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from summarylab.batch import read_table, run_batch
from summarylab.store import CACHE_NAME

GB = 2**30
PARA = "<w:p><w:r><w:t>全年受理群众投诉486件，办结率98.5%。</w:t></w:r></w:p>".encode()


def make_bomb(path: Path, inflated: int) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.'
                    'openxmlformats.org/package/2006/content-types"/>')
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.'
                     b'org/wordprocessingml/2006/main"><w:body>')
            block, written = PARA * (2**20 // len(PARA)), 0
            while written < inflated:
                fh.write(block)
                written += len(block)
            fh.write(b"</w:body></w:document>")


def report(i: int) -> str:
    return (f"县第{i}政务服务中心工作总结\n一、主要做法\n全年受理群众投诉{100 + i}件，办结率98.{i % 10}%。"
            f"新建便民服务点{i % 7 + 2}个，完成投资{i + 1}.5亿元。\n二、存在问题\n部分窗口效率不高。\n")


class Payload:
    def __init__(self, marker: Path) -> None:
        self.marker = str(marker)

    def __reduce__(self):
        return (exec, (f"open({self.marker!r}, 'w').write('code ran')",))


def peak_mb() -> tuple[float, float]:
    """Peak resident memory (MB) of this process and of its largest waited-for child."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def run(label: str, corpus: Path, out: Path, jobs: int) -> dict[str, str]:
    t = time.perf_counter()
    summary = run_batch(corpus, out, jobs=jobs, quiet=True, k=2)
    seconds = time.perf_counter() - t
    own, children = peak_mb()
    docs = read_table(out, "documents")
    found = dict(zip(docs["doc_id"], docs["status"]))
    odd = {d: s for d, s in found.items() if not d.startswith("r")}
    print(f"{label}: {seconds:.1f}s, computed {summary.computed}, cached {summary.cached}; "
          f"peak memory {own:.0f} MB (driver), {children:.0f} MB (largest worker)")
    print(f"  statuses {summary.counts}; hostile entries {odd}")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reports", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--bomb-mb", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        corpus = root / "corpus"
        corpus.mkdir()
        for i in range(args.reports):
            (corpus / f"r{i:03d}.txt").write_text(report(i), encoding="utf-8")
        make_bomb(corpus / "bomb.docx", args.bomb_mb * 2**20)
        os.mkfifo(corpus / "fifo.txt")
        (corpus / "zero.txt").symlink_to("/dev/zero")
        (root / "secret.txt").write_text("机密\n", encoding="utf-8")
        (corpus / "passwd.txt").symlink_to(root / "secret.txt")
        print(f"corpus: {args.reports} reports; bomb.docx {(corpus / 'bomb.docx').stat().st_size / 1024:.0f} KB "
              f"on disk, {args.bomb_mb} MB inflated; a FIFO; links to /dev/zero and outside")
        out = root / "out"
        first = run("first run", corpus, out, args.jobs)
        marker = root / "code-ran"
        with sqlite3.connect(out / CACHE_NAME) as db:
            db.execute("UPDATE results SET result=? WHERE doc_id='r000.txt'",
                       (pickle.dumps(Payload(marker)),))
        print("planted a crafted pickle row for r000.txt in the cache")
        second = run("resume", corpus, out, args.jobs)
        own, children = peak_mb()
        ok = all(s == "ok" for d, s in {**first, **second}.items() if d.startswith("r"))
        print(f"code ran from the cache: {marker.exists()}; every report ok: {ok}; "
              f"peak memory {max(own, children):.0f} MB (limit 1024)")
        return 0 if ok and not marker.exists() and max(own, children) < 1024 else 1


if __name__ == "__main__":
    sys.exit(main())
