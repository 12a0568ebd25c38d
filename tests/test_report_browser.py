"""The HTML report in a real browser: headless Chromium renders it without errors.

Method (chosen for robustness over parsing Chromium's log format):

1. A batch run over the short reports of test_report.py, then ``write_report``.
2. A copy of the page gets one extra ``<script>`` at the top of ``<head>`` that
   records uncaught errors (``window.onerror``, unhandled rejections) and
   ``console.error`` calls, and after load writes them as JSON into
   ``<pre id="__errors">``. Chromium runs it with ``--dump-dom`` and
   ``--virtual-time-budget`` (so Plotly's timers finish), and the test reads
   the serialised DOM: the error list must be empty and every
   ``plotly-graph-div`` must hold a rendered ``main-svg``. Chromium's own
   stderr is also scanned for "Uncaught" console lines as a second net.
3. A screenshot of the unmodified page must be a real picture: the expected
   size, mostly white (a page, not a crash screen) but with many coloured
   pixels (charts drawn) and many distinct colours.

Skipped, with the reason, when /usr/bin/chromium is absent (CI installs it,
see .ci/run). Needs no network: plotly.js is inline in the report.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from test_report import batch_output

from summarylab.report import write_report

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed "
                                "(/usr/bin/chromium); `apt-get install chromium fonts-noto-cjk`")

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--disable-extensions", "--mute-audio"]
WIDTH, HEIGHT = 1400, 2400

_PROBE = """<script>
window.__errors = [];
window.addEventListener('error', function (e) { window.__errors.push('error: ' + e.message); });
window.addEventListener('unhandledrejection', function (e) { window.__errors.push('rejection: ' + e.reason); });
(function () { var orig = console.error; console.error = function () {
  window.__errors.push('console.error: ' + Array.prototype.join.call(arguments, ' '));
  return orig.apply(console, arguments); }; })();
window.addEventListener('load', function () { setTimeout(function () {
  var pre = document.createElement('pre'); pre.id = '__errors';
  pre.textContent = JSON.stringify(window.__errors); document.body.appendChild(pre); }, 500); });
</script>"""


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / f"profile{len(list(tmp_path.glob('profile*')))}"
    cmd = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("browser")
    return write_report(batch_output(tmp), tmp / "report.html")


def test_report_renders_charts_without_errors(report, tmp_path):
    page = report.read_text(encoding="utf-8")
    probed = tmp_path / "probed.html"
    probed.write_text(page.replace("<head>", "<head>" + _PROBE, 1), encoding="utf-8")
    run = _chromium(tmp_path, "--enable-logging=stderr", "--v=0", "--virtual-time-budget=15000",
                    "--dump-dom", probed.as_uri())
    dom = run.stdout
    m = re.search(r'<pre id="__errors">(.*?)</pre>', dom, re.S)
    assert m, f"the page did not finish loading; chromium stderr tail:\n{run.stderr[-2000:]}"
    assert json.loads(m.group(1).replace("&quot;", '"').replace("&amp;", "&")) == []
    uncaught = [ln for ln in run.stderr.splitlines() if "CONSOLE" in ln and "Uncaught" in ln]
    assert uncaught == []
    n_figures = page.count('class="plotly-graph-div"')
    assert n_figures >= 3  # themes, slogan heat map, quality
    assert dom.count('class="main-svg"') >= n_figures, "some Plotly figure did not render"
    assert "河长制" in dom  # a slogan label of the heat map, drawn as SVG text


def test_screenshot_is_a_real_page(report, tmp_path):
    from PIL import Image

    png = tmp_path / "shot.png"
    run = _chromium(tmp_path, f"--screenshot={png}", f"--window-size={WIDTH},{HEIGHT}",
                    "--virtual-time-budget=15000", report.as_uri())
    assert png.exists(), f"no screenshot; chromium stderr tail:\n{run.stderr[-2000:]}"
    assert png.stat().st_size > 50_000
    img = Image.open(png).convert("RGB")
    assert img.size == (WIDTH, HEIGHT)
    px = np.asarray(img.resize((350, 600))).reshape(-1, 3).astype(int)
    white = float((px.min(axis=1) > 245).mean())
    coloured = float((px.max(axis=1) - px.min(axis=1) > 60).mean())
    assert 0.3 < white < 0.98, f"white share {white:.2f}: blank or error page"
    assert coloured > 0.02, f"coloured share {coloured:.3f}: charts were not drawn"
    assert len(np.unique(px, axis=0)) > 200
