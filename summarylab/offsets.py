"""Offsets between a rewritten text and the text it was made from.

Every stage that changes text (width and punctuation normalisation, script
conversion, boilerplate removal) builds its output with a :class:`Rewriter`,
which records, for each character of the output, where it came from. The maps
of successive stages compose with :meth:`OffsetMap.then`, so a finding in the
final normalised text can be highlighted in the file the user opened.

This module does not decide what to rewrite; it only keeps the books.

Example
-------
>>> rw = Rewriter("ab  cd")
>>> rw.keep(0, 2); rw.replace(2, 4, " "); rw.keep(4, 6)
>>> text, omap = rw.finish()
>>> text, omap.span(3, 5)
('ab cd', (4, 6))
"""
from __future__ import annotations

import numpy as np

__all__ = ["OffsetMap", "Rewriter"]


class OffsetMap:
    """Maps offsets in a derived text back to offsets in its source text.

    ``to_source`` has one entry per character of the derived text plus one for
    its end; entry ``i`` is the source offset of derived character ``i``.
    """

    __slots__ = ("to_source", "source_len")

    def __init__(self, to_source: np.ndarray, source_len: int):
        self.to_source = np.asarray(to_source, dtype=np.int64)
        self.source_len = int(source_len)

    @classmethod
    def identity(cls, n: int) -> "OffsetMap":
        return cls(np.arange(n + 1, dtype=np.int64), n)

    def __len__(self) -> int:
        return len(self.to_source) - 1

    def __call__(self, i: int) -> int:
        """Source offset of derived offset ``i`` (0 <= i <= len)."""
        if not 0 <= i <= len(self):
            raise IndexError(f"offset {i} outside the text (0..{len(self)})")
        return int(self.to_source[i])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Source span ``(s, e)`` covering derived span ``[start, end)``."""
        if not 0 <= start <= end <= len(self):
            raise IndexError(f"span {start}:{end} outside the text (0..{len(self)})")
        s = int(self.to_source[start])
        if end == start:
            return s, s
        return s, int(self.to_source[end - 1]) + 1

    def then(self, later: "OffsetMap") -> "OffsetMap":
        """Compose: ``later`` maps a newer text onto this map's derived text."""
        if later.source_len != len(self):
            raise ValueError("maps do not chain: later.source_len != len(self)")
        return OffsetMap(self.to_source[later.to_source], self.source_len)


class Rewriter:
    """Builds a new text from pieces of ``source``, recording offsets.

    Call :meth:`keep` and :meth:`replace` with spans in increasing order that
    together cover the source (gaps are dropped as if replaced by ``""``).
    """

    def __init__(self, source: str):
        self.source = source
        self._parts: list[str] = []
        self._maps: list[np.ndarray] = []
        self._pos = 0

    def keep(self, start: int, end: int) -> None:
        self._advance(start, end)
        if end > start:
            self._parts.append(self.source[start:end])
            self._maps.append(np.arange(start, end, dtype=np.int64))

    def replace(self, start: int, end: int, new: str) -> None:
        """Put ``new`` where ``source[start:end]`` stood ('' deletes it)."""
        self._advance(start, end)
        if not new:
            return
        n, width = len(new), max(end - start, 1)
        if n == end - start:
            pos = np.arange(start, end, dtype=np.int64)
        else:
            pos = start + (np.arange(n, dtype=np.int64) * width) // n
        self._parts.append(new)
        self._maps.append(np.minimum(pos, max(end - 1, start)))

    def _advance(self, start: int, end: int) -> None:
        if start < self._pos or end < start or end > len(self.source):
            raise ValueError(f"span {start}:{end} out of order (at {self._pos})")
        self._pos = end

    def finish(self) -> tuple[str, OffsetMap]:
        text = "".join(self._parts)
        tail = np.array([len(self.source)], dtype=np.int64)
        arr = np.concatenate(self._maps + [tail]) if self._maps else tail
        return text, OffsetMap(arr, len(self.source))
