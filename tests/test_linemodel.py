"""The body score's weights as a value (arclean.linemodel) and their fit."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import pytest

import arclean
from arclean.linemodel import DEFAULT_WEIGHTS, BodyWeights, fit, site_score

from samples import P1, P2, P3


@dataclass(frozen=True)
class Rec:
    id: str
    site: Optional[str]
    text: str
    body: str


def test_default_weights_are_the_engine_without_a_model() -> None:
    text = "\n".join(["الرئيسية", "أخبار", "عنوان الخبر الرئيسي اليوم", "نشر في: 3 مارس 2024", P1, P2, "شارك"])
    assert arclean.parse(text, model=DEFAULT_WEIGHTS) == arclean.parse(text)
    assert arclean.clean(text, model=DEFAULT_WEIGHTS) == arclean.clean(text)


def test_weights_change_what_is_body() -> None:
    # three short sentences: body with the default line cost, below a line cost of 12
    lines = ["فاز الفريق الأول بثلاثة أهداف.", "سجل المهاجم هدفين رائعين.", "الجماهير احتفلت حتى الصباح."]
    text = "\n".join(["الرئيسية", "رياضة", "أخبار", *lines, "من نحن"])
    assert arclean.clean(text) == "\n".join(lines)
    assert arclean.clean(text, model=BodyWeights(line_cost=12.0)) == ""


@pytest.mark.parametrize("bad", [-1.0, float("nan"), "7", True])
def test_weights_are_checked(bad: object) -> None:
    with pytest.raises(ValueError, match="line_cost"):
        BodyWeights(line_cost=bad)  # type: ignore[arg-type]


def test_model_of_the_wrong_type_is_refused_with_a_hint() -> None:
    with pytest.raises(TypeError, match="BodyWeights"):
        arclean.parse("نص", model={"line_cost": 5})  # type: ignore[arg-type]


def test_site_score_is_a_mean_over_sites() -> None:
    recs = [
        Rec("a1", "a", "x", "كلمة"),
        Rec("a2", "a", "y", "كلمة"),
        Rec("b1", "b", "z", ""),  # a no-article site: 1.0 when the output is empty
    ]
    assert site_score(recs, lambda t: "كلمة") == pytest.approx((1.0 + 0.0) / 2)
    assert site_score(recs, lambda t: "" if t == "z" else "كلمة") == pytest.approx(1.0)


def test_fit_picks_the_grid_point_that_scores_best() -> None:
    lines = ["فاز الفريق الأول بثلاثة أهداف.", "سجل المهاجم هدفين رائعين.", "الجماهير احتفلت حتى الصباح."]
    page = "\n".join(["الرئيسية", "رياضة", "أخبار", *lines, "من نحن"])
    # gold: the short sentences are body -> a line cost of 12 (which drops them) must lose
    recs = [Rec("p", "s1", page, "\n".join(lines)), Rec("q", "s2", "\n".join([P1, P2, P3]), "\n".join([P1, P2, P3]))]
    w = fit(recs, grid={"line_cost": (12.0, 7.0)})
    assert w.line_cost == 7.0
    # gold: nothing is body on that page -> the line cost that empties it wins
    recs[0] = Rec("p", "s1", page, "")
    assert fit(recs, grid={"line_cost": (7.0, 12.0)}).line_cost == 12.0


def test_fit_refuses_empty_input_and_unknown_weights() -> None:
    with pytest.raises(ValueError, match="at least one"):
        fit([])
    with pytest.raises(ValueError, match="not a BodyWeights field"):
        fit([Rec("a", "s", "x", "x")], grid={"cost": (1.0,)})
