"""tests/linear.py tells a linear step from a quadratic one by CPU time ratios."""
import pytest

from linear import assert_linear


def linear_step(text: str) -> int:
    return sum(1 for ch in text if ch == "、")


def quadratic_step(text: str) -> int:
    # every position scans the text before it again: n * n / 2 steps
    return sum(text.count("、", 0, i) for i in range(0, len(text), 2))


@pytest.mark.parametrize("step, linear", [(linear_step, True), (quadratic_step, False)])
def test_assert_linear_passes_linear_steps_and_fails_quadratic_ones(step, linear):
    make = lambda n: "一、" * n  # noqa: E731
    if linear:
        assert_linear(step, make, 20_000)
    else:
        with pytest.raises(AssertionError, match="grows faster than linearly"):
            assert_linear(step, make, 1_000, attempts=1)
