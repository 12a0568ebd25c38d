"""Refresh the pictures under docs/ from the current code, on the bundled corpus.

    python docs/make_screenshots.py

Writes, from the repository root:

* ``docs/report.png``        -- ``summarylab report`` of a batch run over ``corpus/``,
  rendered by headless Chromium (the top of the page: summary, themes, slogan heat map);
* ``docs/analysis.png``      -- the highlighted view of one report (what a notebook shows
  for ``summarylab.analyze(text)``), rendered by headless Chromium;
* ``docs/notebook_chart.png`` and ``docs/notebook_heatmap.png`` -- the theme map and the
  slogan heat map, taken from the outputs of ``notebooks/02_corpus.ipynb`` run with nbclient.

Needs the test extras (``pip install -e ".[test]"``), Debian's ``chromium`` and a CJK
font (``apt-get install chromium fonts-noto-cjk``). The batch output goes to
``out/docs-screenshots`` (``out/`` is ignored by git).
"""
from __future__ import annotations

import base64
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--disable-extensions", "--mute-audio"]
QUICKSTART_FILE = "corpus/02_environment_air_pollution.txt"  # the file notebook 01 opens


def chromium_screenshot(page: Path, png: Path, width: int, height: int) -> None:
    exe = shutil.which("chromium") or "/usr/bin/chromium"
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([exe, *FLAGS, f"--user-data-dir={profile}", f"--screenshot={png}",
                        f"--window-size={width},{height}", "--virtual-time-budget=15000",
                        page.resolve().as_uri()], check=True, capture_output=True, timeout=300)
    print(f"wrote {png.relative_to(ROOT)}")


def report_png() -> None:
    from summarylab.batch import run_batch
    from summarylab.report import write_report

    out = Path("out/docs-screenshots")
    shutil.rmtree(out, ignore_errors=True)
    run_batch("corpus", out, jobs=1, quiet=True)
    html = write_report(out, out / "report.html")
    chromium_screenshot(html, DOCS / "report.png", 1400, 2000)


def analysis_png() -> None:
    import summarylab
    from summarylab.display import analysis_html

    a = summarylab.analyze(summarylab.read_document(QUICKSTART_FILE).text)
    page = Path("out/docs-screenshots/analysis.html")
    page.write_text('<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8"></head>'
                    '<body style="font-family: sans-serif; max-width: 1100px; margin: 16px;">'
                    f"{analysis_html(a)}</body></html>", encoding="utf-8")
    chromium_screenshot(page, DOCS / "analysis.png", 1140, 900)


def notebook_pngs() -> None:
    import nbclient
    import nbformat

    nb = nbformat.read(ROOT / "notebooks" / "02_corpus.ipynb", as_version=4)
    nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    wanted = {"ok = res.documents": "notebook_chart.png",
              "mat = slogan_matrix_top": "notebook_heatmap.png"}
    for cell in nb.cells:
        for start, name in wanted.items():
            if cell.cell_type == "code" and cell.source.startswith(start):
                data = next(o["data"]["image/png"] for o in cell.outputs
                            if "image/png" in o.get("data", {}))
                (DOCS / name).write_bytes(base64.b64decode(data))
                print(f"wrote docs/{name}")


def main() -> int:
    import os

    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    report_png()
    analysis_png()
    notebook_pngs()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
