"""Benchmark: arclean's date grammar against dateparser and htmldate.

Runs the three readers over the same table (``tests/data/date_cases.tsv``) and
prints, side by side, for each tool:

* accuracy    rows answered exactly (same value at the row's precision, None for "-" rows)
* partial     right day, but the row's clock time is missing (htmldate never reads times)
* wrong       rows answered with a value that is not the expected one (a date
              where there is none, or another date); a missed date (None) is not "wrong"
* missed      rows where a date was expected and None came back
* strings/s   throughput over the whole table (after one warm-up pass)

Peers are called the way a scraper would call them:
``dateparser.parse(text, languages=['ar'], settings={'RELATIVE_BASE': ref, 'DATE_ORDER': 'DMY'})``
and ``htmldate.find_date(<html wrapping the text>, extensive_search=True)``.
A peer returns a full datetime (or date), so it is compared at the row's
precision: a peer that fills a month-only date with a day is not penalised.

Usage::

    .venv/bin/python benchmarks/dates.py            # table
    .venv/bin/python benchmarks/dates.py --misses   # also list each tool's non-exact rows
    .venv/bin/python benchmarks/dates.py --timing   # only arclean's µs per call on hot-path line shapes
    .venv/bin/python benchmarks/dates.py --timing --before 1444f4f   # the same, before/after: the
                                                    # dates.py of that commit timed beside the current one

Install the peers with ``pip install -e .[bench]`` (dateparser, htmldate).
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import html
import importlib.util
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path
from types import ModuleType
from typing import Callable, Dict, List, NamedTuple, Optional, Tuple

from arclean.dates import parse_date

REPO = Path(__file__).resolve().parent.parent
CASES_PATH = REPO / "tests" / "data" / "date_cases.tsv"
#: Minimum wall time spent timing each tool (seconds): fast tools get more passes.
MIN_TIMING_SECONDS = 2.0
#: Passes over the table are capped for slow tools.
MAX_TIMING_PASSES = 200

Answer = Optional[str]  # the answer rendered like the table's value column, or None


class Case(NamedTuple):
    label: str
    text: str
    value: str
    precision: str
    reference: Optional[dt.date]
    prefer: str
    expect: str


def load_cases(path: Path = CASES_PATH) -> List[Case]:
    """The benchmark table (same file as the tests)."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    rows = csv.reader(lines[1:], delimiter="\t", quoting=csv.QUOTE_NONE)
    cases = []
    for label, text, value, precision, _cal, _tz, reference, prefer, expect, _note in rows:
        ref: Optional[dt.date] = None
        if reference:
            ref = dt.datetime.fromisoformat(reference) if "T" in reference else dt.date.fromisoformat(reference)
        cases.append(Case(label, text, value, precision, ref, prefer or "published", expect))
    return cases


def render(value: object, precision: str) -> Answer:
    """A date/datetime written like the table at ``precision`` (None stays None)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.replace(tzinfo=None)
    if not isinstance(value, dt.date):
        return None
    if precision == "minute":
        if not isinstance(value, dt.datetime):
            return value.isoformat()  # no clock: cannot equal a minute value
        return value.isoformat(timespec="minutes")
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    if precision == "year":
        return f"{value.year:04d}"
    return value.isoformat() if not isinstance(value, dt.datetime) else value.date().isoformat()


# --------------------------------------------------------------------------
# The three readers
# --------------------------------------------------------------------------


def arclean_reader(case: Case) -> Answer:
    """arclean: the match's own precision decides how it is written."""
    m = parse_date(case.text, reference=case.reference, prefer=case.prefer)
    if m is None:
        return None
    if m.precision in ("minute", "day"):
        return render(m.value, m.precision)
    return f"{m.year:04d}-{m.month:02d}" if m.precision == "month" else f"{m.year:04d}"


def make_dateparser_reader() -> Optional[Callable[[Case], Answer]]:
    """dateparser.parse with languages=['ar'], DMY order and the row's reference."""
    try:
        import dateparser
    except ImportError:
        return None

    def read(case: Case) -> Answer:
        settings: Dict[str, object] = {"DATE_ORDER": "DMY"}
        if case.reference is not None:
            ref = case.reference
            settings["RELATIVE_BASE"] = ref if isinstance(ref, dt.datetime) else dt.datetime(ref.year, ref.month, ref.day)
        try:
            result = dateparser.parse(case.text, languages=["ar"], settings=settings)
        except Exception:  # a crash counts as no answer
            return None
        return render(result, case.precision or "day")

    return read


def make_htmldate_reader() -> Optional[Callable[[Case], Answer]]:
    """htmldate.find_date on a minimal page holding the string."""
    try:
        from htmldate import find_date
    except ImportError:
        return None

    def read(case: Case) -> Answer:
        page = f"<html><body><p>{html.escape(case.text)}</p></body></html>"
        try:
            found = find_date(page, extensive_search=True, outputformat="%Y-%m-%d")
        except Exception:
            return None
        if not found:
            return None
        return render(dt.date.fromisoformat(found), case.precision or "day")

    return read


# --------------------------------------------------------------------------
# Scoring and timing
# --------------------------------------------------------------------------


class Score(NamedTuple):
    right: int
    partial: int
    wrong: int
    missed: int
    total: int
    strings_per_second: float
    misses: List[Tuple[Case, Answer]]


def score(reader: Callable[[Case], Answer], cases: List[Case]) -> Score:
    """Accuracy counts for one reader, then its throughput."""
    right = partial = wrong = missed = 0
    misses: List[Tuple[Case, Answer]] = []
    for case in cases:
        answer = reader(case)
        expected = None if case.value == "-" else case.value
        if answer == expected:
            right += 1
            continue
        misses.append((case, answer))
        if answer is None:
            missed += 1
        elif is_day_without_time(answer, case):
            partial += 1
        else:
            wrong += 1
    return Score(right, partial, wrong, missed, len(cases), throughput(reader, cases), misses)


def is_day_without_time(answer: str, case: Case) -> bool:
    """True when a minute-precision row got its right day and no clock time."""
    return case.precision == "minute" and len(answer) == len("YYYY-MM-DD") and case.value.startswith(answer)


def throughput(reader: Callable[[Case], Answer], cases: List[Case]) -> float:
    """Strings per second over whole passes of the table (first pass is the warm-up)."""
    for case in cases:
        reader(case)
    passes = 0
    start = time.perf_counter()
    while passes < MAX_TIMING_PASSES:
        for case in cases:
            reader(case)
        passes += 1
        if time.perf_counter() - start >= MIN_TIMING_SECONDS:
            break
    elapsed = time.perf_counter() - start
    return passes * len(cases) / elapsed


#: Line shapes that the page segmenter hands to parse_date (every short line with a year).
TIMING_SHAPES: Dict[str, Tuple[str, ...]] = {
    "date lines": (
        "الإثنين، 13 مايو 2024 06:00 ص",
        "ديسمبر 25, 2020",
        "2020/12/25 - 1:59 صباحًا",
        "تاريخ النشر: 5th, October 2024 GMT",
    ),
    "short lines with a year, no date": (
        "انتخابات النواب 2020",
        "© 2020 حقوق النشر محفوظة",
        "2024: 香港長者可負擔的私人醫療保險",
    ),
    "numeric dateline": ("١٢/٠٥/٢٠٢٤ - 1:54 م",),
}
#: Calls per timed pass and passes (the best pass counts: the machine may be shared).
TIMING_CALLS = 3000
TIMING_REPEATS = 7


def per_call_microseconds(strings: Tuple[str, ...], parse: Callable[[str], object] = parse_date) -> float:
    """Best-of-repeats CPU time (time.process_time) of one ``parse`` call, averaged over ``strings``."""
    best = float("inf")
    for _ in range(TIMING_REPEATS):
        start = time.process_time()
        for _ in range(TIMING_CALLS):
            for text in strings:
                parse(text)
        best = min(best, time.process_time() - start)
    return best / (TIMING_CALLS * len(strings)) * 1e6


def dates_module_at(commit: str) -> ModuleType:
    """``arclean/dates.py`` as it was at ``commit``, imported beside the current one
    (its relative import of ``fold`` pointed at the installed package)."""
    source = subprocess.run(
        ["git", "show", f"{commit}:src/arclean/dates.py"], cwd=REPO, check=True, capture_output=True, text=True
    ).stdout.replace("from .fold import fold", "from arclean.fold import fold")
    path = Path(tempfile.mkdtemp()) / "dates_before.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("dates_before", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses looks its module up there
    spec.loader.exec_module(module)
    return module


def print_timing(before: Optional[str] = None) -> None:
    """µs per parse_date call for each line shape, and for each string of it;
    with ``before``, the parse_date of that commit is timed beside the current
    one (taking turns, so both see the same machine load)."""
    old = dates_module_at(before).parse_date if before else None
    if old is not None:
        print(f"{'':<40}{'before':>8}{'after':>8}   (µs/call; before = {before})")

    def row(label: str, strings: Tuple[str, ...]) -> str:
        after = per_call_microseconds(strings)
        if old is None:
            return f"{label:<40}{after:8.2f}"
        return f"{label:<40}{per_call_microseconds(strings, old):8.2f}{after:8.2f}"

    for shape, strings in TIMING_SHAPES.items():
        print(row(shape, strings))
        for text in strings:
            print(row(f"    {text}", (text,)))


def main(argv: Optional[List[str]] = None) -> int:
    """Print the side-by-side table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--misses", action="store_true", help="list the rows each tool does not get exactly")
    parser.add_argument("--timing", action="store_true", help="only time arclean on hot-path line shapes")
    parser.add_argument("--before", metavar="COMMIT", help="with --timing: also time dates.py as of COMMIT")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    if args.timing:
        print_timing(args.before)
        return 0

    cases = load_cases()
    known_failures = sum(c.expect == "fail" for c in cases)
    readers: Dict[str, Optional[Callable[[Case], Answer]]] = {
        "arclean": arclean_reader,
        "dateparser(ar)": make_dateparser_reader(),
        "htmldate": make_htmldate_reader(),
    }
    print(f"table: {CASES_PATH.name}, {len(cases)} strings ({known_failures} marked as known arclean failures)")
    print(f"{'tool':<16}{'accuracy':>10}{'right':>8}{'partial':>9}{'wrong':>8}{'missed':>8}{'strings/s':>12}")
    scores: Dict[str, Score] = {}
    for name, reader in readers.items():
        if reader is None:
            print(f"{name:<16}{'(not installed: pip install -e .[bench])':>55}")
            continue
        s = score(reader, cases)
        scores[name] = s
        print(
            f"{name:<16}{100.0 * s.right / s.total:>9.1f}%{s.right:>8}{s.partial:>9}{s.wrong:>8}{s.missed:>8}"
            f"{s.strings_per_second:>12,.0f}"
        )
    if args.misses:
        for name, s in scores.items():
            print(f"\n== {name}: {len(s.misses)} rows not exact ==")
            for case, answer in s.misses:
                print(f"  [{case.label}] {case.text!r}: expected {case.value}, got {answer}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
