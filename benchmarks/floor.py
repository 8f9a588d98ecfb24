"""The pure-Python floor: what any line classifier of arclean's kind pays before a rule runs.

Run from the repository root::

    .venv/bin/python benchmarks/floor.py           # dev pages, dev articles, seed variants
    .venv/bin/python benchmarks/floor.py --quick

Every rule of the segmentation needs, for every line of the page, its span,
its matching key (for the lexicon), its word count and whether it carries
sentence punctuation (for the body score); the mojibake gate must look at
every byte, and each call pays its argument checks.  This script times the
cheapest C-speed way we know of computing each of these on the same texts as
``throughput.py``, plus one bare Python pass over the lines (what every
further stage costs at the least), and sets their sum against the time budget
that issue 5's targets allow (100 MB/s = 10 ns/byte on articles, 40 MB/s = 25
ns/byte on page dumps) and against ``clean()`` itself.

The pieces are measured separately, each on its own best pass, so the sum is
a lower bound: a real pipeline also moves data between them.  When the floor
alone is over the budget, no rework of the Python stages can meet the target.
"""
from __future__ import annotations

import argparse
import random
import sys
from itertools import compress
from pathlib import Path
from typing import Callable, Dict, List, Sequence, Tuple

import arclean
from arclean.fold import key_block
from arclean.lexicon import KEY_HEAD_CHARS
from arclean.lines import LONG_LINE_CHARS, PREFIX_HEAD_CHARS
from arclean.repair import needs_repair
from arclean.rules import PUNCT_SCAN_CHARS, SENTENCE_PUNCT

sys.path.insert(0, str(Path(__file__).resolve().parent))
from inputs import TextSet, load_dev_sets, seed_variants  # noqa: E402
from throughput import DEV_CORPUS, FULL, QUICK, SEED, TARGETS, Config, measure  # noqa: E402

#: Budget in ns per byte that each target allows.
BUDGETS = {"dev pages": 1e3 / TARGETS["page_mbps"], "dev articles+controls": 1e3 / TARGETS["article_mbps"]}
SEED_BUDGET = 1e3 / TARGETS["article_mbps"]


def _lines(text: str) -> List[str]:
    """Non-blank stripped lines (spans follow from the kept line lengths: one C pass more)."""
    stripped = list(map(str.strip, text.splitlines()))
    return list(compress(stripped, stripped))


def _heads(lines: Sequence[str]) -> List[str]:
    return [t[:KEY_HEAD_CHARS] if len(t) <= LONG_LINE_CHARS else t[:PREFIX_HEAD_CHARS] for t in lines]


def _words_and_punct(lines: Sequence[str]) -> Tuple[List[int], List[bool]]:
    search = SENTENCE_PUNCT.search
    words = [len(t.split()) if len(t) <= KEY_HEAD_CHARS else t.count(" ") + 1 for t in lines]
    punct = [search(t, 0, PUNCT_SCAN_CHARS) is not None for t in lines]
    return words, punct


class _Row:
    """The least a stage can do per line: read two fields and store one."""

    __slots__ = ("words", "punct", "label")

    def __init__(self, words: int, punct: bool) -> None:
        self.words = words
        self.punct = punct
        self.label = None


def _one_pass(rows: Sequence[_Row]) -> None:
    for r in rows:
        if r.words > 7 and r.punct:
            r.label = "body"


def pieces(ts: TextSet) -> List[Tuple[str, Callable[[str], object], Callable[[str], object]]]:
    """(name, function, what the function is given for each document) for each floor piece."""
    lines = {d: _lines(d) for d in ts.docs}
    heads = {d: _heads(lines[d]) for d in ts.docs}
    rows = {d: [_Row(w, p) for w, p in zip(*_words_and_punct(lines[d]))] for d in ts.docs}
    return [
        ("call + argument checks (clean of '')", lambda d: arclean.clean(""), lambda d: d),
        ("mojibake gate (needs_repair)", needs_repair, lambda d: d),
        ("lines: splitlines + strip + drop blanks", _lines, lambda d: d),
        ("matching keys of the line heads", key_block, lambda d: heads[d]),
        ("word counts + punctuation flags", _words_and_punct, lambda d: lines[d]),
        ("one bare Python pass over the lines", _one_pass, lambda d: rows[d]),
    ]


def floor_of(ts: TextSet, cfg: Config) -> Dict[str, float]:
    """ns per input byte of each piece, and of clean() itself."""
    out: Dict[str, float] = {}
    for name, fn, arg in pieces(ts):
        out[name] = measure(name, lambda d, fn=fn, arg=arg: fn(arg(d)), ts, cfg).ns_per_byte
    out["clean()"] = measure("clean", arclean.clean, ts, cfg).ns_per_byte
    return out


def main(argv: Sequence[str] = ()) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="fewer passes and seed variants")
    args = ap.parse_args(list(argv) or None)
    cfg = QUICK if args.quick else FULL
    sets: List[Tuple[TextSet, float]] = []
    dev = load_dev_sets(DEV_CORPUS)
    if dev is None:
        print(f"dev corpus not found at {DEV_CORPUS}: only the seed variants are measured")
    else:
        sets += [(dev["pages"], BUDGETS["dev pages"]), (dev["articles"], BUDGETS["dev articles+controls"])]
    sets.append((seed_variants(SEED.read_text(encoding="utf-8"), cfg.seed_count // 4, random.Random(5)), SEED_BUDGET))
    for ts, budget in sets:
        fig = floor_of(ts, cfg)
        clean_ns = fig.pop("clean()")
        floor = sum(fig.values())
        print(f"\n{ts.name}: {len(ts.docs)} docs, {ts.nbytes / 1e6:.2f} MB; target budget {budget:.1f} ns/byte")
        for name, ns in fig.items():
            print(f"  {name:42s} {ns:6.2f} ns/byte  {ns / budget:5.0%} of budget")
        print(f"  {'floor (sum)':42s} {floor:6.2f} ns/byte  {floor / budget:5.0%} of budget")
        print(f"  {'clean()':42s} {clean_ns:6.2f} ns/byte  {clean_ns / budget:5.0%} of budget; "
              f"floor is {floor / clean_ns:.0%} of clean()")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
