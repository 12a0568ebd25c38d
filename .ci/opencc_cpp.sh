#!/usr/bin/env bash
# Run the normalisation tests under the C++ OpenCC backend (PyPI `opencc`).
# The C++ binding and opencc-python-reimplemented both install a module named
# `opencc`, so the C++ one gets a venv of its own. Takes about a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
# One venv per checkout (keyed by its path), so that two clones never install
# themselves into the same venv.
VENV="${OPENCC_CPP_VENV:-/tmp/summarylab-opencc-cpp-$(pwd | cksum | cut -d" " -f1)}"
if [ ! -x "$VENV/bin/python" ]; then
  python -m venv "$VENV"
fi
"$VENV/bin/pip" install -q opencc jieba pandas numpy pytest hypothesis
"$VENV/bin/pip" install -q --no-deps -e .
"$VENV/bin/python" -c "from summarylab.normalisation import available_backend as b; assert b() == 'cpp', b()"
SUMMARYLAB_OPENCC=cpp "$VENV/bin/python" -m pytest -q -p no:cacheprovider \
  tests/test_normalise.py tests/test_clean.py tests/test_quality.py tests/test_analyze.py
