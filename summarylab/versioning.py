"""The version of the code that computed a result: the release number plus a digest of
the installed code, the data files and the user's rule-data additions.

============  ==============================================================
function      gives
============  ==============================================================
code_version  ``"0.1.0+3fa9c2d41b07"``: the key under which the batch cache
              (:mod:`summarylab.store`) and the theme cache
              (:mod:`summarylab.corpus`) keep results
============  ==============================================================

Its own module (imported by store and corpus alike) so that neither imports the other.

This module does not compare versions or read git: two builds with the same files have
the same version, whatever their history.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

__all__ = ["code_version"]


@lru_cache(maxsize=1)
def code_version() -> str:
    """The library version plus a digest of the installed code and data files, e.g.
    ``"0.1.0+3fa9c2d41b07"``: results cached by one build are never served by another,
    even when the code changed without a new version number (an editable install).
    Computed once a process, and again after :func:`summarylab.add_words`.

    >>> code_version().startswith("0.1.0+")
    True
    """
    from . import __version__, ruledata

    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted([*package.glob("*.py"), *package.glob("data/*")]):
        if path.is_file():
            digest.update(path.relative_to(package).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    for part in (x for added in ruledata.additions() for x in added):  # summarylab.add_words
        digest.update(part.encode() + b"\0")
    return f"{__version__}+{digest.hexdigest()[:12]}"
