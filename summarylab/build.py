"""Which build of the code and rule data produced a result.

:func:`code_version` keys every cache (the per-document result store, the theme cache):
a result computed by one build is never served by another.

Does not do: version numbering of releases (``summarylab.__version__``), or any caching.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

__all__ = ["code_version", "code_files"]


@lru_cache(maxsize=1)
def code_version() -> str:
    """The library version plus a digest of the installed code and data files, e.g.
    ``"0.1.0+3fa9c2d41b07"``: results cached by one build are never served by another,
    even when the code changed without a new version number (an editable install)."""
    from . import __version__, ruledata

    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in code_files():
        digest.update(path.relative_to(package).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    for part in (x for added in ruledata.additions() for x in added):  # summarylab.add_words
        digest.update(part.encode() + b"\0")
    return f"{__version__}+{digest.hexdigest()[:12]}"


def code_files() -> list[Path]:
    """The files :func:`code_version` digests: every ``.py`` of the package, subpackages
    included (summarylab/indicators/), and the data files.

    >>> sorted({p.parent.name for p in code_files()}) == ["data", "indicators", "summarylab"]
    True
    """
    package = Path(__file__).resolve().parent
    found = [*package.rglob("*.py"), *package.glob("data/*")]
    return sorted(p for p in found if p.is_file() and "__pycache__" not in p.parts)
