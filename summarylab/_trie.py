"""Private helper: one regular expression for a list of words, written as a trie.

``word_pattern(["同比增长", "同比下降", "增长"])`` gives ``(?:同比(?:下降|增长)|增长)``.
It matches what the flat alternation of the words sorted longest first matches, and
backs off in the same order: the words that match at one position are prefixes of one
another, and a node tries its longer continuations before it ends. re tries the
branches of an alternation one by one, so a flat list of 300 words costs 300 tests
wherever a match can start; the trie costs one test per character.
"""
from __future__ import annotations

import re
from typing import Iterable

__all__ = ["word_pattern"]


def word_pattern(words: Iterable[str]) -> str:
    """A pattern (no groups) matching any of ``words`` (literal strings; empty ones are
    ignored), the longest first; "" for no words.

    >>> word_pattern(["同比增长", "同比下降", "增长"])
    '(?:同比(?:下降|增长)|增长)'
    """
    trie: dict = {}
    for word in set(words) - {""}:
        node = trie
        for c in word:
            node = node.setdefault(c, {})
        node[""] = {}   # a word ends here
    return _node_pattern(trie) if trie else ""


def _node_pattern(node: dict) -> str:
    leaves = [c for c, child in node.items() if c and child.keys() == {""}]
    branches = [re.escape(c) + _node_pattern(child) for c, child in sorted(node.items())
                if c and child.keys() != {""}]
    if leaves:   # single characters ending a word: one class, tried after the longer branches
        branches.append(re.escape(leaves[0]) if len(leaves) == 1
                        else "[" + "".join(re.escape(c) for c in sorted(leaves)) + "]")
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
