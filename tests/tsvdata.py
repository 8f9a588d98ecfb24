"""Helpers shared by the data-driven tests: where the data lives and how to read it."""
from __future__ import annotations

import re
from pathlib import Path

#: tests/data: annotated case tables written for these tests
DATA = Path(__file__).resolve().parent / "data"
#: ../shared beside the checkout, and the gold dev corpus in it (optional)
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "corpus" / "dev.jsonl"

_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def unescape(s: str) -> str:
    """Decode the \\uXXXX escapes used in the TSV files for invisible characters."""
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), s)
