"""The body score's weights as an explicit value, and a fit of them to gold pages.

The segmentation scores every free line ``words - line_cost`` (lines without
sentence punctuation count less) and picks the best runs, weighing a run
under the article's date or byline more (see :mod:`arclean.segment`).  Those
weights are a :class:`BodyWeights` value: the defaults are the packaged
engine's, and ``arclean.parse(text, model=BodyWeights(...))`` runs the engine
with others.  No state is kept: a fitted value is passed in explicitly.

:func:`fit` chooses the weights on a grid by the mean per-site body F1 of gold
records (each site counts once, so one big site cannot carry the choice).
``arclean eval --loso`` fits them once per site on all the other sites and
scores that site with the result: the leave-one-site-out view of issue 10.
That shows whether the hand-set defaults generalise, or only fit the pages
they were set on.

Why not a learned per-line classifier?  Measured on the shared corpus with
site-grouped cross-validation (every site scored by a model trained without
it), a logistic regression and a gradient-boosted classifier over ~40 shallow
features per line (words, punctuation, letter shares, separators, position and
the same for the neighbours) reached 0.88-0.89 body F1 on the dev2 articles
against the engine's 0.86 at the time, but 0.57/0.42 on the re-dumped pages
against 0.85, and using their probability as the line score did not beat the
engine's own score.  So the learned part kept is this small set of weights.
"""
from __future__ import annotations

import collections
import itertools
import re
import unicodedata
from dataclasses import dataclass, fields, replace
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

__all__ = ["BodyWeights", "DEFAULT_WEIGHTS", "GRID", "fit", "site_score"]


@dataclass(frozen=True)
class BodyWeights:
    """Weights of the body score (defaults: the packaged engine's).

    ``line_cost``: subtracted from every line's word count, so a line must carry
    more words than this to add to a run.  ``sentence_end_bonus``: added to a
    line of three words or more that ends as a sentence.  ``no_punct_weight`` and
    ``long_no_punct_weight``: what a word counts in a line without sentence
    punctuation (short lines: menus, headlines; long ones: unpunctuated prose).
    ``anchor_weight``: how much more a run right under a date or byline counts
    when the main run is chosen.  ``after_close_weight``: how much a run after the
    line that closes an anchored run (tags, source, share bar, comments) counts.
    """

    line_cost: float = 7.0
    sentence_end_bonus: float = 4.0
    no_punct_weight: float = 0.35
    long_no_punct_weight: float = 0.6
    anchor_weight: float = 2.0
    after_close_weight: float = 0.25

    def __post_init__(self) -> None:
        for f in fields(self):
            v = getattr(self, f.name)
            if not isinstance(v, (int, float)) or isinstance(v, bool) or v != v or v < 0:
                raise ValueError(f"BodyWeights.{f.name} takes a number >= 0, not {v!r}")


#: The packaged engine's weights.
DEFAULT_WEIGHTS = BodyWeights()

#: The grid :func:`fit` searches: the three weights that decide most (the others stay).
GRID: Mapping[str, Sequence[float]] = {
    "line_cost": (5.0, 7.0, 9.0),
    "no_punct_weight": (0.25, 0.35, 0.5),
    "anchor_weight": (1.0, 2.0, 3.0),
}

_TOKEN = re.compile(r"\w+")


def _tokens(text: str) -> collections.Counter:
    return collections.Counter(_TOKEN.findall(unicodedata.normalize("NFKC", text)))


def _f1(pred: str, gold: str) -> Tuple[int, int, int]:
    p, g = _tokens(pred), _tokens(gold)
    return sum((p & g).values()), sum(p.values()), sum(g.values())


def site_score(records: Iterable[Any], clean: Callable[[str], str]) -> float:
    """Mean over sites of the body token F1 (micro within a site) of ``clean`` on the
    records (objects with ``text``, ``body`` and ``site``).  A site whose gold bodies
    are all empty scores 1.0 when every output is empty, else 0.0."""
    per: Dict[str, List[int]] = {}
    for r in records:
        ov, pn, gn = _f1(clean(r.text), r.body)
        acc = per.setdefault(r.site or r.id, [0, 0, 0])
        acc[0] += ov
        acc[1] += pn
        acc[2] += gn
    scores = []
    for ov, pn, gn in per.values():
        if gn == 0:
            scores.append(1.0 if pn == 0 else 0.0)
            continue
        prec = ov / pn if pn else 0.0
        rec = ov / gn
        scores.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def fit(records: Sequence[Any], grid: Optional[Mapping[str, Sequence[float]]] = None) -> BodyWeights:
    """The weights on ``grid`` (default :data:`GRID`, the other weights at their
    defaults) with the best mean per-site body F1 on ``records``; ties go to the
    grid point nearest the defaults, so the choice is deterministic.

    ``records`` are objects with ``text``, ``body`` and ``site`` (for instance
    :class:`arclean.evaluate.GoldRecord`).
    """
    from .api import clean  # (api imports the engine, which imports this module)

    records = list(records)
    if not records:
        raise ValueError("fit() needs at least one gold record")
    grid = GRID if grid is None else grid
    names = list(grid)
    for name in names:
        if name not in {f.name for f in fields(BodyWeights)}:
            raise ValueError(f"fit(): {name!r} is not a BodyWeights field")
    best: Optional[Tuple[float, float, BodyWeights]] = None
    for values in itertools.product(*(grid[n] for n in names)):
        w = replace(DEFAULT_WEIGHTS, **dict(zip(names, values)))
        score = site_score(records, lambda t: clean(t, model=w))
        distance = sum(abs(getattr(w, n) - getattr(DEFAULT_WEIGHTS, n)) for n in names)
        key = (score, -distance)
        if best is None or key > best[:2]:
            best = (score, -distance, w)
    assert best is not None
    return best[2]
