"""Shared fixtures: the ``../shared`` directory beside the checkout and its dev corpus.

The dev corpus is never copied into the project; tests that need it skip with
a clear message when ``../shared`` is absent.  Tests may hand text to
``scoreboard`` to have it printed in pytest's terminal summary.

Hypothesis runs under the ``arclean`` settings profile: no example database,
so a failure found once is not stored in ``.hypothesis/`` and replayed on
every later run of the checkout (issue 11 item 7).  A failure prints its
``@reproduce_failure`` blob instead; pin the input it found as an explicit
``@example`` beside the property.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, List

import pytest
from hypothesis import settings

from arclean.evaluate import GoldRecord, load_gold

#: ``../shared`` relative to the repository root
SHARED_DIR = Path(__file__).resolve().parents[1].parent / "shared"

_SCOREBOARDS = pytest.StashKey[List[str]]()

#: The suite's Hypothesis profile: nothing persisted to the checkout.
settings.register_profile("arclean", database=None, print_blob=True)
settings.load_profile("arclean")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the checkout (skips when absent)."""
    if not SHARED_DIR.is_dir():
        pytest.skip(f"{SHARED_DIR} not found: the shared dev data lives beside the checkout, see README")
    return SHARED_DIR


@pytest.fixture(scope="session")
def dev_corpus_path(shared_dir: Path) -> Path:
    """Path of ``../shared/corpus/dev.jsonl`` (skips when absent)."""
    path = shared_dir / "corpus" / "dev.jsonl"
    if not path.is_file():
        pytest.skip("../shared/corpus/dev.jsonl not found: the dev corpus lives beside the checkout, see README")
    return path


@pytest.fixture(scope="session")
def dev_corpus(dev_corpus_path: Path) -> List[GoldRecord]:
    """The dev corpus gold records, loaded once per session."""
    return load_gold(dev_corpus_path)


@pytest.fixture(scope="session")
def scoreboard(request: pytest.FixtureRequest) -> Callable[[str], None]:
    """``scoreboard(text)``: show ``text`` in the terminal summary at the end of the run."""
    boards = request.config.stash.setdefault(_SCOREBOARDS, [])
    return boards.append


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    """Print what the tests handed to the ``scoreboard`` fixture."""
    for text in config.stash.get(_SCOREBOARDS, []):
        terminalreporter.section("dev corpus scoreboard")
        terminalreporter.write_line(text)
