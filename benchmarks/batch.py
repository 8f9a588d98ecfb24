"""Corpus throughput of ``arclean batch``: docs/s and MB/s for 1, 2 and 4 workers, and peak RSS.

Usage (from the repository root)::

    .venv/bin/python benchmarks/batch.py                 # 200 MB input; 1, 2, 4 workers; RSS at 50 and 200 MB
    .venv/bin/python benchmarks/batch.py --mb 20 --rss-mb 5   # a quick look
    .venv/bin/python benchmarks/batch.py --keep DIR      # keep the generated input (and output) in DIR

The input is generated (deterministically) into a temporary directory and
deleted afterwards; it is never written into the repository.  It is JSONL,
one record a line (``id``, ``url``, ``text``), the pages made by
:mod:`benchmarks.inputs` (synthetic Arabic page dumps and articles of 2 to 40
kB, all different).  Each configuration runs in a fresh Python process that
calls :func:`arclean.batch.run_batch` and reports the wall time of the run
(not the interpreter start) and its peak resident set sizes: the main process
(``RUSAGE_SELF``) and the largest worker (``RUSAGE_CHILDREN``), and the CPU
seconds they used (the work, which more workers should not grow; wall-clock
speed-up also needs idle cores, so the load average is printed too).

MB/s counts UTF-8 bytes of the input records; the machine's core count bounds
the gain of more workers (``os.cpu_count()`` is printed).  Goals (issue 13):
2 workers at least 1.8x one worker; peak RSS flat in the input size and under
300 MB.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Dict, List

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from inputs import article_doc, page_doc  # noqa: E402

MB = 1_000_000


def generate(path: Path, mb: float, seed: int = 13) -> int:
    """Write about ``mb`` MB of JSONL records to ``path``; return the record count."""
    rng = random.Random(seed)
    target = int(mb * MB)
    size = n = 0
    with open(path, "wb") as f:
        while size < target:
            make = page_doc if rng.random() < 0.6 else article_doc
            text = make(rng, rng.choice((2_000, 5_000, 10_000, 20_000, 40_000)))
            rec = {"id": f"doc-{n:07d}", "url": f"https://site{n % 50}.example/{n}", "text": text}
            line = (json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8")
            f.write(line)
            size += len(line)
            n += 1
    return n


_CHILD = r"""
import json, resource, sys, time
from arclean.batch import run_batch
inp, out, workers = sys.argv[1], sys.argv[2], int(sys.argv[3])
t0 = time.perf_counter()
s = run_batch([inp], out, workers=workers)
dt = time.perf_counter() - t0
print(json.dumps({
    "seconds": dt, "records": s.stats["records_in"], "bytes": s.stats["bytes_in"], "errors": s.errors_total,
    "rss_main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "rss_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    "cpu_main": sum(resource.getrusage(resource.RUSAGE_SELF)[:2]),
    "cpu_workers": sum(resource.getrusage(resource.RUSAGE_CHILDREN)[:2]),
}))
"""


def run(inp: Path, out: Path, workers: int) -> Dict[str, float]:
    if out.exists():
        shutil.rmtree(out)
    res = subprocess.run(
        [sys.executable, "-c", _CHILD, str(inp), str(out), str(workers)],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )
    return json.loads(res.stdout.strip().splitlines()[-1])


def main(argv: List[str] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=200.0, help="input size in MB (default 200)")
    ap.add_argument("--rss-mb", type=float, default=50.0, help="smaller input to compare peak RSS with (default 50; 0: skip)")
    ap.add_argument("--workers", default="1,2,4", help="worker counts (default 1,2,4)")
    ap.add_argument("--keep", metavar="DIR", help="generate into DIR and keep it")
    args = ap.parse_args(argv)
    counts = [int(w) for w in args.workers.split(",")]
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="arclean-batch-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        big = work / "input.jsonl"
        n = generate(big, args.mb)
        print(f"input: {n:,} records, {big.stat().st_size / MB:,.1f} MB ({big}); cpu_count={os.cpu_count()}")
        rows = []
        for w in counts:
            r = run(big, work / f"out-{w}", w)
            rows.append((w, r))
            print(f"  ran {w} worker(s): {r['seconds']:.1f} s", flush=True)
        base = rows[0][1]["seconds"]
        print()
        print(
            f"{'workers':>7}  {'docs/s':>9}  {'MB/s':>7}  {'speed-up':>8}  {'peak RSS main':>13}  {'peak RSS worker':>15}"
            f"  {'CPU s main + workers':>20}"
        )
        for w, r in rows:
            print(
                f"{w:>7}  {r['records'] / r['seconds']:>9,.1f}  {r['bytes'] / MB / r['seconds']:>7.2f}  "
                f"{base / r['seconds']:>7.2f}x  {r['rss_main_mb']:>10.0f} MB  {r['rss_worker_mb']:>12.0f} MB"
                f"  {r['cpu_main']:>11.1f} + {r['cpu_workers']:.1f}"
            )
        print(f"load average after the runs: {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
              f"(other processes on the machine share its {os.cpu_count()} cores)")
        if args.rss_mb > 0:
            small = work / "small.jsonl"
            generate(small, args.rss_mb)
            rs = run(small, work / "out-small", 1)
            rb = rows[0][1] if counts[0] == 1 else run(big, work / "out-1b", 1)
            print()
            print(
                f"peak RSS, 1 worker (main process): {rs['rss_main_mb']:.0f} MB at {args.rss_mb:g} MB input, "
                f"{rb['rss_main_mb']:.0f} MB at {args.mb:g} MB input"
            )
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
