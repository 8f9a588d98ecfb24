"""The quality gate: the shared corpus must score at least the enforced floors.

``tests/quality_floors.json`` pins the corpus files (``dev.jsonl``,
``dev2.jsonl`` and ``dev_variants.jsonl``: each one's path under
``../shared``, its SHA-256 and its own ``floors``), the enforced ``floors``
on their union, and the issues' ``targets``.  Floors are ratchets: what the
engine measured when they were pinned, minus a little slack.  Every metadata
field has an accuracy floor and a most-wrong bound; wrong dates stay at 0.
Raise the floors after an improvement with::

    python -m arclean eval ../shared/corpus/dev.jsonl ../shared/corpus/dev2.jsonl \\
        ../shared/corpus/dev_variants.jsonl --pin tests/quality_floors.json

The union's scoreboard against floors and targets is printed in the terminal
summary.  Everything that needs the corpus skips when ``../shared/corpus`` or
one of its files is absent.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, Dict, List, Tuple

import pytest

from arclean import evaluate as ev

FLOORS_FILE = Path(__file__).with_name("quality_floors.json")
SPEC: Dict[str, Any] = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
ENTRIES: Dict[str, Dict[str, Any]] = {Path(e["path"]).name: e for e in SPEC["corpus"]}
#: the key of the union in the ``gate_reports`` fixture
UNION = "union"
PATHS = " ".join(f"../shared/{e['path']}" for e in SPEC["corpus"])
REPIN = f"python -m arclean eval {PATHS} --pin tests/quality_floors.json"
FILE_FLOORS: List[Tuple[str, str]] = [
    (name, floor) for name, entry in ENTRIES.items() for floor in sorted(entry.get("floors") or {})
]


@pytest.fixture(scope="module")
def corpus_paths(shared_dir: Path) -> Dict[str, Path]:
    """The pinned corpus files under ``../shared`` (skips when one is absent)."""
    paths = {name: shared_dir / entry["path"] for name, entry in ENTRIES.items()}
    missing = [str(p) for p in paths.values() if not p.is_file()]
    if missing:
        pytest.skip(f"{', '.join(missing)} not found: the dev corpus lives beside the checkout in ../shared/corpus, see README")
    return paths


@pytest.fixture(scope="module")
def gate_reports(corpus_paths: Dict[str, Path], scoreboard: Callable[[str], None]) -> Dict[str, ev.Report]:
    """Each file's report and their union's (computed once; skips if a file changed since pinning)."""
    changed = [name for name, path in corpus_paths.items() if ev.file_sha256(path) != ENTRIES[name]["sha256"]]
    if changed:
        pytest.skip(f"{', '.join(changed)} changed since the floors were pinned: see test_corpus_file_is_the_pinned_one")
    reports = {name: ev.evaluate(ev.load_gold(path)) for name, path in corpus_paths.items()}
    union = ev.union(list(reports.values()))
    scoreboard(ev.format_scoreboard(union, floors=SPEC["floors"], targets=SPEC["targets"], source=" + ".join(reports)))
    return {**reports, UNION: union}


def test_the_gate_covers_the_three_shared_files() -> None:
    assert list(ENTRIES) == ["dev.jsonl", "dev2.jsonl", "dev_variants.jsonl"]
    assert all(entry.get("floors") for entry in ENTRIES.values()), "each file needs its own floors"


def test_floors_file_covers_every_target_and_every_metadata_field() -> None:
    floors = SPEC["floors"]
    assert set(SPEC["targets"]) <= set(floors), "every issue target needs an enforced floor"
    for field in ev.META_FIELDS:
        assert f"{field}_accuracy" in floors and f"{field}_wrong_max" in floors, field
    for name in ["body_f1_page_worst", "body_f1_article_macro", "no_article_empty_rate", "site_f1_p10"]:
        assert name in floors, name


@pytest.mark.parametrize("where", [UNION, *ENTRIES])
def test_floors_are_valid_bounds_and_wrong_dates_stay_zero(where: str) -> None:
    floors = SPEC["floors"] if where == UNION else ENTRIES[where]["floors"]
    for name, floor in floors.items():
        # floors are ratchets: they may pass the goal, but stay valid bounds
        if name.endswith("_max"):
            assert isinstance(floor, int) and floor >= 0, name
        else:
            assert 0.0 <= floor <= 1.0, name
    for name in ev.ZERO_FLOORS:
        assert floors.get(name) == 0, f"{where}: {name} must be pinned at 0 (wrong dates are never tolerated)"


@pytest.mark.parametrize("name", list(ENTRIES))
def test_corpus_file_is_the_pinned_one(name: str, corpus_paths: Dict[str, Path]) -> None:
    measured = ev.file_sha256(corpus_paths[name])
    assert measured == ENTRIES[name]["sha256"], (
        f"{corpus_paths[name]} changed (sha256 {measured}, pinned {ENTRIES[name]['sha256']}): "
        f"the floors were measured on another corpus and must be re-pinned: {REPIN} --force"
    )


@pytest.mark.parametrize("name", sorted(SPEC["floors"]))
def test_floor(name: str, gate_reports: Dict[str, ev.Report]) -> None:
    failures = ev.check_floors(gate_reports[UNION], {name: SPEC["floors"][name]})
    assert not failures, (
        f"{failures[0]} -- the union of {', '.join(ENTRIES)} scores below the enforced floor "
        f"(run `python -m arclean eval {PATHS} --per-doc --by-site` to see which documents)"
    )


@pytest.mark.parametrize("file, name", FILE_FLOORS)
def test_file_floor(file: str, name: str, gate_reports: Dict[str, ev.Report]) -> None:
    failures = ev.check_floors(gate_reports[file], {name: ENTRIES[file]["floors"][name]})
    assert not failures, (
        f"{file}: {failures[0]} -- scores below the enforced floor "
        f"(run `python -m arclean eval ../shared/corpus/{file} --per-doc --by-site` to see which documents)"
    )
