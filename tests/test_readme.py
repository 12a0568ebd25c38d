"""README.md stays true: its commands, its CI promise, its tour and its pictures.

* The "On a fresh machine" section gives exactly two shell commands: one installs
  and analyses ``corpus/``, one installs and runs the tests.
* ``.ci/run`` runs that test command verbatim, on a line of its own that is not
  a comment (so CI runs what the README tells a user to run).
* Every tour step (a ```python block followed by a ```text block) runs without
  error from the repository root and prints something (docs/readme_tour.py
  pastes the output; this test does not compare it, since extractors improve).
* Every image the README shows exists under docs/ and is a PNG.
"""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _fresh_machine_commands() -> list[str]:
    section = README.split("## On a fresh machine", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, re.S)]


def test_two_fresh_machine_commands():
    analyse, test = _fresh_machine_commands()
    assert analyse.startswith("python -m pip install -e . && ")
    assert analyse.endswith("summarylab analyze corpus --out out")
    assert test.startswith('python -m pip install -e ".[test]" && ')
    assert test.endswith("python -m pytest")
    assert "\n" not in analyse and "\n" not in test
    assert (ROOT / "corpus").is_dir()


def test_ci_runs_the_readme_test_command_verbatim():
    test = _fresh_machine_commands()[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    live = [ln.strip() for ln in ci.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    assert any(ln == test or ln.startswith(test + " ") for ln in live), \
        f".ci/run does not run the README's test command {test!r}"


def test_readme_images_exist():
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", README)
    assert len(images) >= 2
    for rel in images:
        path = ROOT / rel
        assert path.is_file(), f"README shows {rel}, which does not exist"
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert path.stat().st_size > 20_000


def _tour():
    spec = importlib.util.spec_from_file_location("readme_tour", ROOT / "docs" / "readme_tour.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_tour_steps_run_and_print():
    tour = _tour()
    steps = tour.steps(README)
    assert len(steps) >= 5
    try:
        outputs = tour.run_steps(README)
    finally:
        pd.reset_option("^display\\.")  # the tour sets display options
    assert len(outputs) == len(steps)
    empty = [m.group("code").splitlines()[-1] for m, out in zip(steps, outputs) if not out.strip()]
    assert empty == [], f"tour steps printed nothing: {empty}"
    pasted = [m.group("out").strip() for m in steps]
    assert all(pasted), "a tour output block of README.md is empty: run python docs/readme_tour.py"


def test_tour_detects_a_broken_step(tmp_path):
    """The tour runner does not swallow errors (so the test above can fail)."""
    tour = _tour()
    broken = "```python\nprint(1)\n```\n\n```text\n1\n```\n\n```python\n1/0\n```\n\n```text\nx\n```\n"
    with pytest.raises(ZeroDivisionError):
        tour.run_steps(broken)
