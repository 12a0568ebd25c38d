"""summarylab._trie: word lists as trie patterns, checked against the flat alternation."""
from __future__ import annotations

import random
import re

from summarylab._trie import word_pattern


def test_word_trie_matches_what_the_flat_alternation_matches():
    """word_pattern writes a word list as a trie (同比(?:增长|下降)); every search must give
    the matches of the flat alternation sorted longest first, also where the pattern
    after it makes re back off to a shorter word (增长率 -> 增长 -> 增)."""
    rng = random.Random(11)
    alphabet = "增长率同比下降上年"
    checked = 0
    for _ in range(400):
        words = {"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4)))
                 for _ in range(rng.randint(1, 12))}
        flat = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        for tail in ("", "率", "(?=上)", "[下降]"):
            want = re.compile(f"(?:{flat}){tail}")
            got = re.compile(f"(?:{word_pattern(words)}){tail}")
            for _ in range(5):
                text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
                expected = [m.span() for m in want.finditer(text)]
                assert [m.span() for m in got.finditer(text)] == expected, (words, tail, text)
                checked += bool(expected)
    assert checked > 1000
    assert word_pattern([]) == "" and word_pattern([""]) == ""
    assert re.fullmatch(word_pattern(["a.b", "[x]"]), "a.b") and not re.fullmatch(word_pattern(["a.b"]), "axb")

