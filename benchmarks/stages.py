"""Where clean() spends its time: ns per input byte in each stage of the segmentation.

Run from the repository root::

    .venv/bin/python benchmarks/stages.py            # dev pages, dev articles, seed page
    .venv/bin/python benchmarks/stages.py --passes 20

Each stage function that ``arclean.segment.segment_lines`` calls (and the
mojibake detector that ``clean()`` calls first) is wrapped, for this process
only, with a timer that adds its wall time to a per-stage total; the pipeline
itself is the real one.  Stages are listed in call order; "rest" is the time
of ``clean()`` outside them (argument checks, body assembly, the loop over
body runs).  The wrapper costs well under a microsecond per call, so the
figures are a little above the real cost of each stage.  cProfile
(``throughput.py --profile``) shows functions; this shows stages.
"""
from __future__ import annotations

import argparse
import functools
import gc
import sys
import time
from pathlib import Path
from typing import Callable, Dict, List, Sequence, Tuple

import arclean
from arclean import api, segment, structure

sys.path.insert(0, str(Path(__file__).resolve().parent))
from inputs import load_dev_sets  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev.jsonl"
SEED = ROOT / "seeds" / "000_6d8884bc9d82369e.txt"

#: (module, function name, stage label) in the order clean() reaches them.
STAGES: Tuple[Tuple[object, str, str], ...] = (
    (api, "repair_text", "repair detector"),
    (segment, "read_lines", "lines + keys"),
    (segment, "apply_hints", "hints"),
    (segment, "apply_line_rules", "line rules"),
    (segment, "apply_policy_terms", "policy terms"),
    (segment, "attach_dates", "dates"),
    (segment, "drop_dateless_date_rules", "date labels"),
    (segment, "apply_header_values", "header values"),
    (segment, "apply_blocks", "blocks"),
    (structure, "line_codes", "line shapes"),
    (structure, "comment_items", "comments"),
    (structure, "headline_residue", "headline residue"),
    (structure, "page_number_contents", "book contents"),
    (structure, "dated_headlines", "dated headlines"),
    (segment, "find_body_runs", "body runs"),
    (structure, "teaser_pair_lines", "teaser pairs"),
    (structure, "has_article", "no-article check"),
    (segment, "extend_article_runs", "run edges"),
    (structure, "trim_run_tails", "run tails"),
    (structure, "colon_list", "colon lists"),
    (structure, "trailing_caption", "captions"),
    (segment, "label_header_zone", "header zone"),
    (segment, "label_first_line_headline", "first-line headline"),
    (segment, "demote_stray_dates", "stray dates"),
    (segment, "label_agency_credits", "agency credits"),
    (segment, "split_first_body_line", "first-line split"),
    (structure, "tag_cloud", "tag clouds"),
    (segment, "label_outside", "outside lines"),
    (segment, "mark_duplicates", "duplicates"),
)


def instrument(totals: Dict[str, float]) -> Callable[[], None]:
    """Wrap every stage with a timer adding to ``totals``; return a function that unwraps them."""
    originals = []
    for module, name, label in STAGES:
        fn = getattr(module, name)
        originals.append((module, name, fn))

        def timed(*args, __fn=fn, __label=label, **kwargs):
            t0 = time.perf_counter()
            try:
                return __fn(*args, **kwargs)
            finally:
                totals[__label] += time.perf_counter() - t0

        setattr(module, name, functools.wraps(fn)(timed))

    def restore() -> None:
        for module, name, fn in originals:
            setattr(module, name, fn)

    return restore


def measure(texts: Sequence[str], passes: int) -> Tuple[Dict[str, float], float]:
    """Per-stage seconds and total clean() seconds, from the best (fastest) pass."""
    for t in texts:
        arclean.clean(t)  # warm-up: lazy tables, regex caches
    best: Tuple[Dict[str, float], float] = ({}, float("inf"))
    for _ in range(passes):
        totals = {label: 0.0 for _m, _n, label in STAGES}
        restore = instrument(totals)
        gc.collect()
        gc.disable()
        try:
            t0 = time.perf_counter()
            for t in texts:
                arclean.clean(t)
            total = time.perf_counter() - t0
        finally:
            gc.enable()
            restore()
        if total < best[1]:
            best = (totals, total)
    return best


def report(name: str, texts: Sequence[str], passes: int) -> None:
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    totals, total = measure(texts, passes)
    print(f"\n{name}: {len(texts)} docs, {nbytes / 1e6:.2f} MB, clean() {nbytes / total / 1e6:.1f} MB/s "
          f"({total / nbytes * 1e9:.1f} ns/byte, stage timers included)")
    print(f"  {'stage':<18} {'ns/byte':>8} {'share':>6}")
    rest = total - sum(totals.values())
    for label, secs in list(totals.items()) + [("rest", rest)]:
        if secs > 0.0:
            print(f"  {label:<18} {secs / nbytes * 1e9:8.1f} {100 * secs / total:5.0f}%")


def main(argv: Sequence[str] = ()) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--passes", type=int, default=10, help="timed passes per set (the best is shown)")
    args = ap.parse_args(list(argv) or None)
    sets: List[Tuple[str, List[str]]] = []
    dev = load_dev_sets(DEV_CORPUS)
    if dev is not None:
        for ts in dev.values():
            sets.append((ts.name, list(ts.docs)))
    else:
        print(f"SKIP dev corpus: {DEV_CORPUS} not found (it lives beside the checkout, never in it)")
    if SEED.exists():
        sets.append(("seed page x50", [SEED.read_text(encoding="utf-8")] * 50))
    for name, texts in sets:
        report(name, texts, args.passes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
