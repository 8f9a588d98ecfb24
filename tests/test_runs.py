"""The body-run search: Ruzzo-Tompa's linear pass equals the recursive definition."""
from __future__ import annotations

from typing import List, Sequence, Tuple

from hypothesis import given, settings
from hypothesis import strategies as st

from arclean.segment import maximal_runs


def _best(scores: Sequence[float], lo: int, hi: int) -> Tuple[int, int, float]:
    best, cur, cur_start = (lo, lo, 0.0), 0.0, lo
    for k in range(lo, hi):
        cur += scores[k]
        if cur <= 0:
            cur, cur_start = 0.0, k + 1
        elif cur > best[2]:
            best = (cur_start, k + 1, cur)
    return best


def _recursive(scores: Sequence[float], lo: int, hi: int, out: List[Tuple[int, int, float]]) -> None:
    """The definition: the best run, then the best runs on either side of it, recursively."""
    if hi <= lo:
        return
    s, e, v = _best(scores, lo, hi)
    if v <= 0 or e <= s:
        return
    out.append((s, e, v))
    _recursive(scores, lo, s, out)
    _recursive(scores, e, hi, out)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(-9, 9).map(lambda i: i + 0.5 if i % 3 else float(i)), max_size=40))
def test_linear_runs_equal_the_recursive_definition(scores: List[float]) -> None:
    want: List[Tuple[int, int, float]] = []
    _recursive(scores, 0, len(scores), want)
    got: List[Tuple[int, int, float]] = []
    maximal_runs(scores, 0, len(scores), got)
    assert sorted((s, e, round(v, 9)) for s, e, v in got) == sorted((s, e, round(v, 9)) for s, e, v in want)


def test_runs_example() -> None:
    got: List[Tuple[int, int, float]] = []
    maximal_runs([5.0, -2.0, 4.0, -20.0, 3.0], 0, 5, got)
    assert sorted(got) == [(0, 3, 7.0), (4, 5, 3.0)]
