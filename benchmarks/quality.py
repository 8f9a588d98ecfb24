"""Body quality on the dev corpus: arclean against Body Text Extraction (Finn et al. 2001).

BTE is the classic baseline: take the contiguous run of lines that maximises
the sum of (words - 8), with -1 for a blank line.  The issue asks that the
rules, lexicons and metadata beat it on every document kind.

    .venv/bin/python benchmarks/quality.py [../shared/corpus/dev.jsonl]
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Dict, List, Tuple

import arclean
from arclean.evaluate import PRF, load_gold, prf

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev.jsonl"

#: Finn et al.'s per-line cost, and the blank-line penalty
BTE_WORD_COST = 8
BTE_BLANK = -1


def bte(text: str) -> str:
    """The Body Text Extraction baseline on lines."""
    lines = text.split("\n")
    best = (0, 0, 0.0)
    cur, start = 0.0, 0
    for i, line in enumerate(lines):
        words = len(line.split())
        cur += (words - BTE_WORD_COST) if words else BTE_BLANK
        if cur <= 0:
            cur, start = 0.0, i + 1
        elif cur > best[2]:
            best = (start, i + 1, cur)
    return "\n".join(l for l in lines[best[0] : best[1]] if l.strip())


def micro_f1(pairs: List[Tuple[str, str]]) -> float:
    """Token F1 summed over ``(predicted, gold)`` pairs, scored as ``arclean eval`` does."""
    total = PRF(0, 0, 0)
    for pred, gold in pairs:
        total = total + prf(pred, gold)
    return total.f1


def main(argv: List[str]) -> int:
    path = Path(argv[0]) if argv else DEFAULT
    if not path.is_file():
        print(f"{path} not found: the dev corpus lives in ../shared beside the checkout", file=sys.stderr)
        return 2
    records = load_gold(path)
    by_kind: Dict[str, Dict[str, list]] = {}
    for r in records:
        k = by_kind.setdefault(r.kind, {"arclean": [], "bte": []})
        k["arclean"].append((arclean.clean(r.text), r.body))
        k["bte"].append((bte(r.text), r.body))
    print(f"{'kind':<10}{'docs':>6}{'BTE F1':>10}{'arclean F1':>12}")
    for kind in sorted(by_kind):
        d = by_kind[kind]
        print(f"{kind:<10}{len(d['bte']):>6}{micro_f1(d['bte']):>10.3f}{micro_f1(d['arclean']):>12.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
