"""Linear-time checks that a busy machine cannot fail.

A test never asserts a wall-clock time: on a machine shared with other jobs a
call can wait for a CPU for longer than it runs (the hostile tests once failed
12 cases that way: 2.3 ms for n bytes, 31 ms for 4n). What these helpers
compare instead:

* CPU time of this thread (``time.thread_time``), which does not count the
  time the process waits to be scheduled;
* the best of ``repeat`` runs, small and big input interleaved, so that a
  slow spell hits both sizes;
* a ratio only, never an absolute time: the call on ``factor`` times the
  input must cost under ``limit`` times the call on the input (``2 * factor``
  by default: a linear step gives ``factor``, a quadratic one ``factor**2``);
* up to ``attempts`` tries: noise spoils one, a quadratic step fails all.

Example::

    assert_linear(extract_slogans, lambda n: "一是" * n, 50_000)
"""
from __future__ import annotations

import gc
import time
from typing import Callable

__all__ = ["assert_linear", "cpu_seconds", "growth"]


def cpu_seconds(fn: Callable, arg, loops: int = 1) -> float:
    """CPU seconds of this thread for ``loops`` calls of ``fn(arg)``, per call (GC off)."""
    gc.collect()
    gc.disable()
    try:
        start = time.thread_time()
        for _ in range(loops):
            fn(arg)
        return (time.thread_time() - start) / loops
    finally:
        gc.enable()


def growth(fn: Callable, small, big, repeat: int = 3, floor: float = 0.005) -> tuple[float, float]:
    """(best CPU time on ``small``, best on ``big``), runs interleaved; a call under
    ``floor`` seconds is timed in a loop long enough to rise above the timer's noise."""
    fn(small)   # lazy imports, caches, compiled patterns
    once = cpu_seconds(fn, small)
    loops = max(1, min(50, int(floor / max(once, 1e-6)) + 1))
    best_small = best_big = float("inf")
    for _ in range(repeat):
        best_small = min(best_small, cpu_seconds(fn, small, loops))
        best_big = min(best_big, cpu_seconds(fn, big, loops))
    return best_small, best_big


def assert_linear(fn: Callable, make: Callable[[int], object], n: int, factor: int = 4,
                  limit: float | None = None, attempts: int = 3) -> None:
    """``fn(make(factor * n))`` costs under ``limit`` times ``fn(make(n))`` (CPU time)."""
    limit = limit or 2.0 * factor
    small, big = make(n), make(factor * n)
    seen = []
    for _ in range(attempts):
        t_small, t_big = growth(fn, small, big)
        seen.append(f"{t_small:.4f}s -> {t_big:.4f}s (x{t_big / max(t_small, 1e-9):.1f})")
        if t_big < limit * t_small:
            return
    raise AssertionError(f"{getattr(fn, '__name__', fn)} grows faster than linearly on "
                         f"{factor}x the input (limit x{limit:g}): " + "; ".join(seen))
