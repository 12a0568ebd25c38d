"""OpenCC backend throughput: normalise() and to_script() in chars/s, for the installed backend.

Only one OpenCC backend can be installed in an environment (both distributions
install a module named ``opencc``), so this script times the one it finds;
``benchmarks/run.py --opencc-python OTHER_PYTHON`` runs it again under the
interpreter of another environment (e.g. the C++ ``opencc`` venv that
``.ci/opencc_cpp.sh`` builds) on the same text and prints both.

Rows: normalise() to simplified and to traditional (width, punctuation and
whitespace included; conversion skipped where nothing needs it), detect_script,
and to_script() on simplified and on traditional text (conversion alone).

Usage::

    python benchmarks/bench_normalise.py                  # generated reports (run.py)
    python benchmarks/bench_normalise.py --text-file F    # the text of file F (UTF-8)
    python benchmarks/bench_normalise.py --json           # one JSON line, for run.py
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # generate, when imported from elsewhere

from summarylab.normalisation import available_backend, detect_script, normalise, to_script


def rate(fn, text: str, repeat: int) -> float:
    """chars/s of ``fn(text)``, best of ``repeat`` runs."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - start)
    return len(text) / best


def rates(text: str, repeat: int = 2) -> dict:
    """{"backend": ..., "chars": ..., row label: chars/s} for ``text``."""
    backend = available_backend()
    simple = to_script(text, "simplified")
    trad = to_script(text, "traditional")  # also warms both converters
    return {
        "backend": backend, "chars": len(text),
        "normalise -> simplified": rate(lambda t: normalise(t), text, repeat),
        "normalise -> traditional": rate(lambda t: normalise(t, target="traditional"), text, repeat),
        "detect_script": rate(detect_script, text, repeat),
        "to_script(simplified text -> traditional)": rate(lambda t: to_script(t, "traditional"), simple, repeat),
        "to_script(traditional text -> simplified)": rate(lambda t: to_script(t, "simplified"), trad, repeat),
    }


def format_rates(rows: list[dict]) -> str:
    """The rates of one or more backends side by side."""
    labels = [k for k in rows[0] if k not in ("backend", "chars")]
    head = f"{'OpenCC (chars/s)':<44}" + "".join(f"{r['backend']:>14}" for r in rows)
    lines = [head] + [f"{label:<44}" + "".join(f"{r[label]:>14,.0f}" for r in rows)
                      for label in labels]
    return "\n".join(lines)


def generated_text(n: int = 300) -> str:
    """The first ``n`` reports of the generated corpus (generate.py), one after the other."""
    from generate import report

    return "".join(report(i)[0] for i in range(n))


def opencc_section(text: str, workdir: Path, others: list[str]) -> None:
    """The installed OpenCC backend here, each other interpreter in a subprocess."""
    rows = [rates(text)]
    text_file = workdir / "opencc-text.txt"
    text_file.write_text(text, encoding="utf-8")
    for python in others:
        cmd = [python, str(HERE / "bench_normalise.py"), "--text-file", str(text_file), "--json"]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode:
            print(f"[{python}] failed:\n{done.stderr[-2000:]}")
            continue
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
    print(f"\n== OpenCC backends on {len(text):,} chars of generated reports (mixed scripts)")
    print(format_rates(rows))



def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--text-file", type=Path, help="time on this UTF-8 text instead")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--json", action="store_true", help="print one JSON line")
    args = ap.parse_args()
    text = args.text_file.read_text(encoding="utf-8") if args.text_file else generated_text()
    row = rates(text, args.repeat)
    print(json.dumps(row) if args.json else f"{len(text):,} chars\n{format_rates([row])}")


if __name__ == "__main__":
    main()
