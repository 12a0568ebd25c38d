"""Skip a test that needs a CJK font when there is none, unless CI asks for one.

A CJK font is either a system font fontconfig lists for ``:lang=zh``
(``apt-get install fonts-noto-cjk``) or one shipped by a pip package
(``summarylab.display.PIP_FONTS``: mplfonts, in the ``notebooks`` and ``test``
extras). Without either the test is skipped with the reason; with
``SUMMARYLAB_REQUIRE_CJK_FONT=1`` (set by .ci/run, as SUMMARYLAB_REQUIRE_BROWSER
is for Chromium) it fails instead.
"""
from __future__ import annotations

import os

import pytest

REQUIRED = os.environ.get("SUMMARYLAB_REQUIRE_CJK_FONT") == "1"
MISSING = ("no CJK font for matplotlib: pip install -e '.[notebooks]' (mplfonts ships "
           "Noto Sans CJK SC) or apt-get install fonts-noto-cjk")


def have_cjk_font() -> bool:
    from summarylab.display import _fc_list_files, _pip_font_files
    return bool(_fc_list_files() or _pip_font_files())


def need_cjk_font() -> None:
    """Return when a CJK font can be had; else skip (fail under SUMMARYLAB_REQUIRE_CJK_FONT=1)."""
    if have_cjk_font():
        return
    if REQUIRED:
        pytest.fail(f"SUMMARYLAB_REQUIRE_CJK_FONT=1 but {MISSING}")
    pytest.skip(MISSING)


def need_system_cjk_font() -> None:
    """Like need_cjk_font, for a test that draws Chinese in the browser: Chromium sees only the
    fonts fontconfig lists (a pip font does not help it)."""
    from summarylab.display import _fc_list_files
    if _fc_list_files():
        return
    missing = "no CJK font for the browser: apt-get install fonts-noto-cjk"
    if REQUIRED:
        pytest.fail(f"SUMMARYLAB_REQUIRE_CJK_FONT=1 but {missing}")
    pytest.skip(missing)
