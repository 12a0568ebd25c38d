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
   size, mostly white (a page, not a crash screen), many distinct colours, and
   several times the saturated pixels of the same page with its scripts removed
   (so the colour comes from the charts Plotly drew, whatever the page's length).

4. Chinese glyphs are drawn, not boxes ("tofu"): the probe draws a few Chinese
   characters on a canvas in the page's own font stack; with a CJK font each
   one gives a different bitmap, while a missing font gives the same .notdef
   box for all of them. A control run, with fontconfig pointed at a folder
   of Latin fonts only, checks that this detector does see tofu.

Skipped, with the reason, when /usr/bin/chromium is absent, unless
SUMMARYLAB_REQUIRE_BROWSER=1 (set by .ci/run, which installs Chromium and a
CJK font): then a missing browser is a failure, not a skip. Needs no network:
plotly.js is inline in the report.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from cjk import need_system_cjk_font
from test_report import batch_output

from summarylab.report import write_report

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
REQUIRED = os.environ.get("SUMMARYLAB_REQUIRE_BROWSER") == "1"
_MISSING = ("headless Chromium not installed (/usr/bin/chromium); "
            "`apt-get install chromium fonts-noto-cjk`")
if CHROMIUM is None and REQUIRED:
    raise RuntimeError(f"SUMMARYLAB_REQUIRE_BROWSER=1 but {_MISSING}")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason=_MISSING)

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
function __glyphs(chars) {
  /* each character drawn alone in the page's font stack: [char, inked pixels, bitmap hash] */
  var family = getComputedStyle(document.body).fontFamily;
  var c = document.createElement('canvas'); c.width = 64; c.height = 64;
  var g = c.getContext('2d'); var out = [];
  Array.from(chars).forEach(function (ch) {
    g.clearRect(0, 0, 64, 64); g.font = '48px ' + family; g.fillStyle = '#000';
    g.textBaseline = 'top'; g.fillText(ch, 4, 4);
    var d = g.getImageData(0, 0, 64, 64).data, h = 0, ink = 0;
    for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) ink++; h = (h * 31 + d[i]) | 0; }
    out.push([ch, ink, h]); });
  return out;
}
window.addEventListener('load', function () { setTimeout(function () {
  var pre = document.createElement('pre'); pre.id = '__errors';
  pre.textContent = JSON.stringify(window.__errors); document.body.appendChild(pre);
  var gl = document.createElement('pre'); gl.id = '__glyphs';
  gl.textContent = JSON.stringify(__glyphs('河长制双减招商效'));
  document.body.appendChild(gl); }, 500); });
</script>"""


def _chromium(tmp_path: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    profile = tmp_path / f"profile{len(list(tmp_path.glob('profile*')))}"
    cmd = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180,
                          env=None if env is None else {**os.environ, **env})


def _probe(report: Path, tmp_path: Path, env: dict | None = None) -> tuple[str, str]:
    """Load the report with :data:`_PROBE` injected; return (serialised DOM, chromium stderr)."""
    probed = tmp_path / "probed.html"
    probed.write_text(report.read_text(encoding="utf-8").replace("<head>", "<head>" + _PROBE, 1),
                      encoding="utf-8")
    run = _chromium(tmp_path, "--enable-logging=stderr", "--v=0", "--virtual-time-budget=15000",
                    "--dump-dom", probed.as_uri(), env=env)
    return run.stdout, run.stderr


def _pre(dom: str, pre_id: str, stderr: str):
    """The JSON the probe wrote into ``<pre id=pre_id>``."""
    m = re.search(rf'<pre id="{pre_id}">(.*?)</pre>', dom, re.S)
    assert m, f"the page did not finish loading; chromium stderr tail:\n{stderr[-2000:]}"
    raw = m.group(1).replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">")
    return json.loads(raw.replace("&amp;", "&"))


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("browser")
    return write_report(batch_output(tmp), tmp / "report.html")


@pytest.fixture(scope="module")
def probed(report, tmp_path_factory) -> tuple[str, str]:
    return _probe(report, tmp_path_factory.mktemp("probe"))


def test_report_renders_charts_without_errors(report, probed):
    dom, stderr = probed
    assert _pre(dom, "__errors", stderr) == []
    uncaught = [ln for ln in stderr.splitlines() if "CONSOLE" in ln and "Uncaught" in ln]
    assert uncaught == []
    n_figures = report.read_text(encoding="utf-8").count('class="plotly-graph-div"')
    assert n_figures >= 1  # the slogan heat map (theme sizes are a table; the quality chart only where files differ)
    assert dom.count('class="main-svg"') >= n_figures, "some Plotly figure did not render"
    assert "河长制" in dom  # a slogan label of the heat map, drawn as SVG text


def _tofu(glyphs: list) -> list[str]:
    """Characters drawn as a box: no ink, or the same bitmap as another character."""
    hashes = [h for _, _, h in glyphs]
    return [ch for ch, ink, h in glyphs if ink == 0 or hashes.count(h) > 1]


def test_chinese_glyphs_render_in_the_page_font(probed):
    need_system_cjk_font()   # a machine with Chromium but no CJK font: skipped with the reason
    dom, stderr = probed
    glyphs = _pre(dom, "__glyphs", stderr)
    assert len(glyphs) == 8
    assert _tofu(glyphs) == [], ("Chinese drawn as boxes: install a CJK font "
                                 "(apt-get install fonts-noto-cjk)")


def test_tofu_detector_sees_a_missing_cjk_font(report, tmp_path):
    """Control: with only a Latin font visible to fontconfig, the probe must report tofu."""
    import matplotlib

    latin = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    assert (latin / "DejaVuSans.ttf").exists()
    conf = tmp_path / "fonts.conf"
    conf.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">'
                    f"<fontconfig><dir>{latin}</dir><cachedir>{tmp_path / 'fc-cache'}</cachedir>"
                    "</fontconfig>", encoding="utf-8")
    dom, stderr = _probe(report, tmp_path, env={"FONTCONFIG_FILE": str(conf)})
    glyphs = _pre(dom, "__glyphs", stderr)
    assert sorted(_tofu(glyphs)) == sorted("河长制双减招商效")


def _screenshot(page: Path, tmp_path: Path) -> np.ndarray:
    """The page rendered at WIDTH x HEIGHT, downsampled to 350 x 600 RGB pixels (rows of 3 ints)."""
    from PIL import Image

    png = tmp_path / f"{page.stem}.png"
    run = _chromium(tmp_path, f"--screenshot={png}", f"--window-size={WIDTH},{HEIGHT}",
                    "--virtual-time-budget=15000", page.as_uri())
    assert png.exists(), f"no screenshot; chromium stderr tail:\n{run.stderr[-2000:]}"
    assert png.stat().st_size > 20_000
    img = Image.open(png).convert("RGB")
    assert img.size == (WIDTH, HEIGHT)
    return np.asarray(img.resize((350, 600))).reshape(-1, 3).astype(int)


def _coloured(px: np.ndarray) -> float:
    """Share of saturated pixels (max - min channel > 60): chart fills, not text or rules."""
    return float((px.max(axis=1) - px.min(axis=1) > 60).mean())


def test_screenshot_is_a_real_page(report, tmp_path):
    """A real page whose colour comes from the drawn charts.

    The control is the same page with every ``<script>`` removed (no Plotly, so no
    charts): the scripted page must hold several times its saturated pixels. A
    fixed share alone would depend on how much table text the page holds.
    """
    need_system_cjk_font()   # the page's Chinese text drawn as boxes would make a smaller picture
    px = _screenshot(report, tmp_path)
    white = float((px.min(axis=1) > 245).mean())
    assert 0.3 < white < 0.98, f"white share {white:.2f}: blank or error page"
    assert len(np.unique(px, axis=0)) > 200

    bare = tmp_path / "noscript.html"
    bare.write_text(re.sub(r"<script\b.*?</script>", "", report.read_text(encoding="utf-8"), flags=re.S),
                    encoding="utf-8")
    drawn, control = _coloured(px), _coloured(_screenshot(bare, tmp_path))
    assert drawn > 0.005 and drawn > 4 * control, (
        f"coloured share {drawn:.4f} against {control:.4f} without scripts: charts were not drawn")
