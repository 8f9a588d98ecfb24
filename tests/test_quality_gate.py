"""The quality gate: the dev corpus must score at least the enforced floors.

``tests/quality_floors.json`` pins the corpus (path under ``../shared`` and its
SHA-256), the enforced ``floors`` (ratchets: what the engine measured when
they were pinned, minus a little slack) and the issue's ``targets``.  Raise
the floors after an improvement with::

    python -m arclean eval ../shared/corpus/dev.jsonl --pin tests/quality_floors.json

The scoreboard against floors and targets is printed in the terminal summary.
Everything here skips when ``../shared`` is absent.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, Dict

import pytest

from arclean import evaluate as ev

FLOORS_FILE = Path(__file__).with_name("quality_floors.json")
SPEC: Dict[str, Any] = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
REPIN = "python -m arclean eval ../shared/corpus/dev.jsonl --pin tests/quality_floors.json"


@pytest.fixture(scope="module")
def corpus_path(shared_dir: Path) -> Path:
    path = shared_dir / SPEC["corpus"]["path"]
    if not path.is_file():
        pytest.skip(f"{path} not found: the dev corpus lives beside the checkout in ../shared, see README")
    return path


@pytest.fixture(scope="module")
def gate_report(corpus_path: Path, scoreboard: Callable[[str], None]) -> ev.Report:
    """The engine's scores on the pinned corpus (computed once; skips if the corpus changed)."""
    if ev.file_sha256(corpus_path) != SPEC["corpus"]["sha256"]:
        pytest.skip("the dev corpus changed since the floors were pinned: see test_corpus_is_the_pinned_one")
    report = ev.evaluate(ev.load_gold(corpus_path))
    scoreboard(ev.format_scoreboard(report, floors=SPEC["floors"], targets=SPEC["targets"], source=corpus_path.name))
    return report


def test_floors_file_covers_every_target() -> None:
    assert set(SPEC["targets"]) <= set(SPEC["floors"]), "every issue target needs an enforced floor"
    for name, floor in SPEC["floors"].items():
        # floors are ratchets: they may pass the goal, but stay valid bounds
        if name.endswith("_max"):
            assert isinstance(floor, int) and floor >= 0, name
        else:
            assert 0.0 <= floor <= 1.0, name


def test_corpus_is_the_pinned_one(corpus_path: Path) -> None:
    measured = ev.file_sha256(corpus_path)
    assert measured == SPEC["corpus"]["sha256"], (
        f"{corpus_path} changed (sha256 {measured}, pinned {SPEC['corpus']['sha256']}): "
        f"the floors were measured on another corpus and must be re-pinned: {REPIN} --force"
    )


@pytest.mark.parametrize("name", sorted(SPEC["floors"]))
def test_floor(name: str, gate_report: ev.Report) -> None:
    failures = ev.check_floors(gate_report, {name: SPEC["floors"][name]})
    assert not failures, (
        f"{failures[0]} -- the dev corpus scores below the enforced floor "
        f"(run `python -m arclean eval ../shared/corpus/dev.jsonl --per-doc` to see which documents)"
    )
