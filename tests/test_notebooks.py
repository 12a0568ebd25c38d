"""The notebooks run top to bottom and show what they promise.

Each notebook is executed once with nbclient (kernel python3, working folder
notebooks/, the repository first on the kernel's PYTHONPATH so the working
tree is what runs). Then: no cell raised, and the key outputs hold content:
highlighted HTML, the measure tree, the themes table, the two charts.
The notebooks are committed without outputs; this test does not write them.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
TIMEOUT = 300


def _execute(name: str) -> "nbformat.NotebookNode":
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbclient.NotebookClient(nb, timeout=TIMEOUT, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    return nb


@pytest.fixture(scope="module")
def run():
    """Execute a notebook by name (cached per module)."""
    old = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), old]))
    done: dict[str, nbformat.NotebookNode] = {}

    def get(name: str) -> "nbformat.NotebookNode":
        if name not in done:
            done[name] = _execute(name)
        return done[name]

    try:
        yield get
    finally:
        if old is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = old


def _code_cells(nb):
    return [c for c in nb.cells if c.cell_type == "code"]


def _outputs(nb, source_start: str) -> list:
    """Outputs of the one code cell whose source starts with ``source_start``."""
    cells = [c for c in _code_cells(nb) if c.source.startswith(source_start)]
    assert len(cells) == 1, f"expected one cell starting {source_start!r}, found {len(cells)}"
    return cells[0].outputs


def _data(outputs, mime: str) -> str:
    return "".join(o.get("data", {}).get(mime, "") for o in outputs)


@pytest.mark.parametrize("name", ["01_quickstart.ipynb", "02_corpus.ipynb", "03_panel.ipynb"])
def test_committed_without_outputs(name):
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbformat.validate(nb)
    assert all(not c.outputs and c.execution_count is None for c in _code_cells(nb))


@pytest.mark.parametrize("name", ["01_quickstart.ipynb", "02_corpus.ipynb", "03_panel.ipynb"])
def test_runs_without_errors(run, name):
    nb = run(name)
    errors = [(o.ename, o.evalue) for c in _code_cells(nb) for o in c.outputs
              if o.output_type == "error"]
    assert errors == []
    assert all(c.execution_count for c in _code_cells(nb))


def test_quickstart_outputs(run):
    nb = run("01_quickstart.ipynb")
    assert "'ok', 'big5'" in _data(_outputs(nb, "doc = summarylab.read_document"), "text/plain")
    shown = _data(_outputs(nb, "a = summarylab.analyze"), "text/html")
    for kind in ("measure", "slogan", "indicator", "quality"):
        assert f'data-kind="{kind}"' in shown, f"no {kind} highlight in the Analysis HTML"
    tree = "".join(o.get("text", "") for o in _outputs(nb, "print(summarylab.render_tree"))
    lines = tree.splitlines()
    assert len(lines) >= 4 and lines[0].startswith("一、") and any(ln.startswith("  ") for ln in lines)
    assert "<td>" in _data(_outputs(nb, "a.indicators[["), "text/html")
    quote, original = eval(_data(_outputs(nb, "# every offset points"), "text/plain"))  # a tuple repr
    assert quote and original  # the first indicator maps back to a non-empty span of the file


def _stderr(nb) -> str:
    return "".join(o.get("text", "") for c in _code_cells(nb) for o in c.outputs
                   if o.output_type == "stream" and o.name == "stderr")


def test_corpus_charts_draw_chinese(run):
    """The charts' Chinese labels are drawn with a CJK font, not as boxes (skipped without
    one, a failure under SUMMARYLAB_REQUIRE_CJK_FONT=1: tests/cjk.py)."""
    from cjk import need_cjk_font
    need_cjk_font()
    nb = run("02_corpus.ipynb")
    setup = [c for c in _code_cells(nb) if "use_cjk_font()" in c.source]
    assert len(setup) == 1
    family = _data(setup[0].outputs, "text/plain")
    assert family.strip("'\"") and family != "None", "use_cjk_font() found no CJK font"
    err = _stderr(nb)
    # matplotlib warns "Glyph 25253 (...) missing from font(s) DejaVu Sans." for each box it draws
    assert "missing from" not in err and "no CJK font" not in err, err[:2000]


def test_corpus_outputs(run):
    nb = run("02_corpus.ipynb")
    themes = _data(_outputs(nb, "res.themes"), "text/html")
    assert themes.count("<tr>") >= 3, "themes table should list at least two themes"
    crosstab = _data(_outputs(nb, "# the themes found against"), "text/html")
    assert "environment" in crosstab and "education" in crosstab
    for start in ("ok = res.documents", "mat = slogan_matrix_top"):
        png = _data(_outputs(nb, start), "image/png")
        assert len(png) > 20_000, f"chart of cell {start!r} missing or tiny"
    assert "<td>" in _data(_outputs(nb, "largest_indicators("), "text/html")
    assert "<td>" in _data(_outputs(nb, "quality_by_file("), "text/html")


def test_panel_notebook_draws_targets_against_achievements(run):
    nb = run("03_panel.ipynb")
    assert _data(_outputs(nb, "ax = plot_targets("), "image/png")
    assert "achieved" in _data(_outputs(nb, "by_year = "), "text/html")
