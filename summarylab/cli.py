"""Command line: ``summarylab analyze`` a corpus folder, ``summarylab report`` its output.

This module parses arguments and maps outcomes to exit statuses; the work is
done by :func:`summarylab.batch.run_batch` and ``summarylab.report.write_report``
(imported only when ``report`` runs).

Exit statuses: 0 every report read and analysed; 1 the run finished but some
files are empty, undecodable, too large or unreadable (see the documents table),
or no file could be analysed at all (an empty folder), or the report module is
missing; 2 usage error (also: another run holds the output folder, or a
manifest names a table outside its folder); 3 the tables could not be written
(a full disk, ...). Unsupported, hidden, outside-link and non-regular entries
are listed but do not fail a run.

Example
-------
>>> main(["analyze", "no/such/folder", "--out", "out", "--quiet"])  # message on stderr
2
"""
from __future__ import annotations

import argparse
import sys
from typing import Sequence

__all__ = ["build_parser", "main"]

_EPILOG = """\
examples:
  summarylab analyze reports/ --out out/
      analyse every file under reports/ into out/*.parquet and out/manifest.json
  summarylab analyze reports/ --out out/ --format csv --jobs 2
      CSV for Excel (UTF-8 with BOM), two worker processes
  summarylab analyze reports/ --out out/ --engine dask --scheduler tcp://10.0.0.5:8786
      run the per-document analysis on an existing Dask cluster
  summarylab report out/ -o report.html
      a self-contained HTML report of a finished run

A re-run with the same --out reuses the per-document cache in
out/summarylab-cache.sqlite: only new or changed files are analysed again, and
an interrupted run resumes where it stopped.

CORPUS may be one file. Hidden names, symbolic links leading outside CORPUS
(unless --follow-symlinks), FIFOs and devices are listed in the documents
table but not read. Only one run at a time writes to an output folder (a lock
file); --out must not be CORPUS itself. CSV cells that a spreadsheet would take
for a formula (= + - @ tab CR) get a leading apostrophe. See docs/SECURITY.md.

exit status: 0 all reports analysed; 1 finished, but some files are empty,
undecodable, too large or unreadable (see the documents table), or no file
could be analysed; 2 usage error, or the output folder is in use by another
run; 3 the tables could not be written. Files with other extensions are listed
as unsupported and do not change the exit status.
"""


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be positive: {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    """The ``summarylab`` argument parser (subcommands ``analyze`` and ``report``)."""
    from . import __version__
    from .readers import DEFAULT_MAX_BYTES, SUPPORTED

    parser = argparse.ArgumentParser(
        prog="summarylab",
        description="Analyse folders of Chinese government work summaries (工作总结, 工作报告):\n"
                    "read any encoding, normalise script, extract indicators, measures,\n"
                    "slogans and citations, find themes, and write tidy tables.",
        epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"summarylab {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    an = sub.add_parser(
        "analyze", help="analyse every file of a corpus folder into tables",
        description=f"Analyse every file under CORPUS (recursively; {' '.join(SUPPORTED)}\n"
                    "are read, other files are listed as unsupported) and write the tables\n"
                    "documents, indicators, measures, slogans, citations, quality and themes\n"
                    "plus manifest.json to --out.",
        epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    an.add_argument("corpus", metavar="CORPUS", help="folder of report files (or one file)")
    an.add_argument("--out", "-o", required=True, metavar="DIR", help="output folder (created)")
    an.add_argument("--jobs", "-j", type=_positive_int, default=1, metavar="N",
                    help="worker processes (default 1: in this process)")
    an.add_argument("--format", choices=("parquet", "csv"), default="parquet",
                    help="table format (default parquet; csv is UTF-8 with BOM, lists as JSON)")
    an.add_argument("--k", type=_positive_int, default=None, metavar="K",
                    help="number of themes (default: chosen from the corpus)")
    an.add_argument("--lang", choices=("simplified", "traditional"), default="simplified",
                    help="script the documents are analysed in (default simplified)")
    an.add_argument("--engine", choices=("local", "dask"), default="local",
                    help="local processes (default) or Dask (needs summarylab[dask])")
    an.add_argument("--scheduler", metavar="ADDRESS", default=None,
                    help="Dask scheduler address (default: a local cluster of --jobs processes)")
    an.add_argument("--max-mb", type=_positive_float, default=DEFAULT_MAX_BYTES / 2**20,
                    metavar="N", help="skip files larger than N MiB, and .docx files whose "
                                      "text would decompress past it, as too_large "
                                      f"(default {DEFAULT_MAX_BYTES / 2**20:g})")
    an.add_argument("--follow-symlinks", action="store_true",
                    help="read files and folders that symbolic links lead to outside CORPUS "
                         "(default: listed with status outside, not read)")
    an.add_argument("--refresh", action="store_true",
                    help="analyse every file again instead of using the cache in --out")
    an.add_argument("--quiet", "-q", action="store_true", help="no progress bar or summary")
    an.set_defaults(func=_analyze)

    rep = sub.add_parser("report", help="write an HTML report of an analyze output folder",
                         description="Write a self-contained HTML report of the tables in DIR.")
    rep.add_argument("out_dir", metavar="DIR", help="output folder of `summarylab analyze`")
    rep.add_argument("-o", "--output", default="report.html", metavar="HTML",
                     help="HTML file to write (default report.html)")
    rep.set_defaults(func=_report)
    return parser


def _analyze(args: argparse.Namespace) -> int:
    from .batch import run_batch

    summary = run_batch(args.corpus, args.out, jobs=args.jobs, fmt=args.format, k=args.k,
                        target=args.lang, engine=args.engine, scheduler=args.scheduler,
                        max_bytes=max(1, int(args.max_mb * 2**20)), quiet=args.quiet,
                        refresh=args.refresh, follow_symlinks=args.follow_symlinks)
    if not summary.n_files:
        print(f"summarylab: {args.corpus} holds no files: nothing to analyse "
              f"(empty tables written to {summary.out_dir})", file=sys.stderr)
        return summary.exit_code
    if not args.quiet:
        counts = ", ".join(f"{n} {status}" for status, n in summary.counts.items())
        rows = ", ".join(f"{name} {n}" for name, n in summary.tables.items())
        print(f"{summary.n_files} files ({counts}); analysed {summary.computed}, "
              f"cached {summary.cached}; {summary.timings.get('total', 0):.1f}s\n"
              f"tables in {summary.out_dir}: {rows}", file=sys.stderr)
    return summary.exit_code


def _report(args: argparse.Namespace) -> int:
    try:
        from .report import write_report
    except ImportError as exc:
        print(f"summarylab: error: the report module is not available ({exc})", file=sys.stderr)
        return 1
    path = write_report(args.out_dir, args.output)
    print(f"wrote {path}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (see the module docstring)."""
    from .batch import BatchUsageError, BatchWriteError, ManifestError

    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except BatchWriteError as exc:
        print(f"summarylab: error: {exc.strerror or exc}", file=sys.stderr)
        return 3
    except (BatchUsageError, FileNotFoundError, ManifestError) as exc:
        print(f"summarylab: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("summarylab: interrupted; finished documents are cached, re-run to resume",
              file=sys.stderr)
        return 130

