"""Helpers shared by the tests: where the data lives, how to read it, the slow-run guard."""
from __future__ import annotations

import csv
import os
import re
from pathlib import Path
from typing import List, Sequence

import pytest

#: tests/data: annotated case tables written for these tests
DATA = Path(__file__).resolve().parent / "data"
#: ../shared beside the checkout, and the gold dev corpus in it (optional)
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "corpus" / "dev.jsonl"

_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def unescape(s: str) -> str:
    """Decode the \\uXXXX escapes used in the TSV files for invisible characters."""
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), s)


def table_rows(path: Path, columns: Sequence[str]) -> List[List[str]]:
    """The rows of an annotated TAB-separated case table: ``#`` comments and blank
    lines skipped, the header line checked against ``columns`` and dropped."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    assert lines[0].split("\t") == list(columns), f"{path.name}: header {lines[0]!r}"
    rows = list(csv.reader(lines[1:], delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        assert len(row) == len(columns), f"{path.name}: {row!r}"
    return rows


#: long fuzz runs: skipped unless ARCLEAN_SLOW=1 (the default test run stays a few minutes)
slow = pytest.mark.skipif(
    os.environ.get("ARCLEAN_SLOW") != "1",
    reason="long fuzz run: set ARCLEAN_SLOW=1 to run it",
)
