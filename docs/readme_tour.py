"""Run the Python tour of README.md and paste its real output into it.

    python docs/readme_tour.py           # rewrite the output blocks of README.md
    python docs/readme_tour.py --check   # only run the tour; exit 1 if a block raises

In README.md, every fenced ```python block that is directly followed (after one
blank line) by a fenced ```text block is a tour step: the blocks run in order,
in one namespace, from the repository root, and the text block is replaced by
what the step printed. tests/test_readme.py runs the same blocks (without
comparing output), so the tour cannot silently break.
"""
from __future__ import annotations

import contextlib
import io
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
STEP = re.compile(r"```python\n(?P<code>.*?)```\n\n```text\n(?P<out>.*?)```", re.S)


def steps(readme: str) -> list[re.Match]:
    """The tour steps of a README text, in order."""
    return list(STEP.finditer(readme))


def run_steps(readme: str) -> list[str]:
    """Run every step's code in one namespace from the repository root; return each output."""
    namespace: dict = {"__name__": "__readme__"}
    outputs = []
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        for m in steps(readme):
            buf = io.StringIO()
            with contextlib.redirect_stdout(buf):
                exec(compile(m.group("code"), "README.md", "exec"), namespace)
            outputs.append(buf.getvalue())
    finally:
        os.chdir(cwd)
    return outputs


def main(argv: list[str]) -> int:
    readme = README.read_text(encoding="utf-8")
    outputs = run_steps(readme)
    if "--check" in argv:
        print(f"{len(outputs)} README tour steps ran")
        return 0
    parts, pos = [], 0
    for m, out in zip(steps(readme), outputs):
        parts += [readme[pos:m.start("out")], out.rstrip("\n") + "\n"]
        pos = m.end("out")
    parts.append(readme[pos:])
    README.write_text("".join(parts), encoding="utf-8")
    print(f"rewrote the output of {len(outputs)} tour steps in README.md")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main(sys.argv[1:]))
