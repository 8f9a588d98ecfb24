"""clean() time against the bare line split, for this tree and an earlier commit, taking turns.

    .venv/bin/python benchmarks/before_after.py --before 8fc76cc [--rounds 3]

Issue 10 asks that speed stay within 10 % of the earlier ``benchmarks/throughput.py``
figures "compared as the ratio to the str.splitlines baseline in the same run".  This
script checks out ``--before`` into a temporary git worktree, builds the texts once and
writes them to a temporary file, then runs one child process per tree and round,
alternating (before, after, before, after, ...), each timing ``clean()`` and
``str.splitlines`` on the same texts:

- the sets of ``throughput.py``'s main table: the seed page x300 (varied), synthetic
  articles and synthetic pages of 20 KB (from ``benchmarks/inputs.py``, same seed);
- the dev pages and articles+controls of ``dev.jsonl`` (throughput.py's dev sets), and
  the pages and articles+controls of all three shared corpus files (``../shared/corpus``),
  when present.

It prints each run's MB/s and clean/splitlines ratio, then for each tree and set the
best clean() time over the best splitlines() time of all its runs, the best MB/s, and
their change.  Absolute MB/s move with the machine's load; the ratio and the
alternation keep the comparison fair.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Dict, List

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
SEED = ROOT / "seeds" / "000_6d8884bc9d82369e.txt"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from inputs import article_doc, page_doc, seed_variants  # noqa: E402

#: Documents of each synthetic set (throughput.py's full run uses 50).
SYNTHETIC_DOCS = 50

# The child: import arclean from SRC, time clean() and splitlines() on each set (best of N passes).
CHILD = r"""
import gc, json, sys, time
sys.path.insert(0, sys.argv[1])
import arclean
sets = json.load(open(sys.argv[2], encoding="utf-8"))
def best(f, rep):
    b = 1e9
    for _ in range(rep):
        t = time.perf_counter(); f(); b = min(b, time.perf_counter() - t)
    return b
gc.disable()
out = {}
for name, texts in sets.items():
    nb = sum(len(t.encode()) for t in texts)
    for t in texts:
        arclean.clean(t)
    split = best(lambda: [t.splitlines() for t in texts], 20)
    clean = best(lambda: [arclean.clean(t) for t in texts], 5)
    out[name] = {"mbps": nb / clean / 1e6, "ratio": clean / split, "clean": clean, "split": split}
print(json.dumps(out))
"""


def text_sets() -> Dict[str, List[str]]:
    """The texts both trees are timed on (see the module's doc)."""
    rng = random.Random(20241005)
    sets: Dict[str, List[str]] = {}
    if SEED.is_file():
        sets["seed x300"] = list(seed_variants(SEED.read_text(encoding="utf-8"), 300, rng).docs)
    sets["synth article"] = [article_doc(rng, 20_000) for _ in range(SYNTHETIC_DOCS)]
    sets["synth page"] = [page_doc(rng, 20_000) for _ in range(SYNTHETIC_DOCS)]
    files = [CORPUS / f for f in ("dev.jsonl", "dev2.jsonl", "dev_variants.jsonl") if (CORPUS / f).is_file()]
    if files:
        recs = {f.name: [json.loads(line) for line in f.open(encoding="utf-8") if line.strip()] for f in files}
        dev = recs.get("dev.jsonl", [])
        if dev:  # throughput.py's dev sets
            sets["dev pages"] = [r["text"] for r in dev if r["kind"] == "page"]
            sets["dev articles"] = [r["text"] for r in dev if r["kind"] != "page"]
        union = [r for rs in recs.values() for r in rs]
        sets["corpus pages"] = [r["text"] for r in union if r["kind"] == "page"]
        sets["corpus articles"] = [r["text"] for r in union if r["kind"] != "page"]
    else:
        print(f"SKIP corpus sets: no corpus under {CORPUS}")
    return sets


def main(argv: List[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--before", required=True, help="the earlier commit to compare with")
    ap.add_argument("--rounds", type=int, default=3, help="alternating rounds (default 3)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        texts = Path(tmp) / "texts.json"
        sets = text_sets()
        texts.write_text(json.dumps(sets), encoding="utf-8")
        wt = Path(tmp) / "before"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-f", str(wt), args.before],
                       check=True, capture_output=True)
        try:
            best: Dict[str, Dict[str, float]] = {}
            for r in range(args.rounds):
                for tree, src in (("before", wt / "src"), ("after", ROOT / "src")):
                    res = json.loads(subprocess.run([sys.executable, "-c", CHILD, str(src), str(texts)],
                                                    check=True, capture_output=True, text=True).stdout)
                    row = "  ".join(f"{k} {v['ratio']:5.1f}" for k, v in res.items())
                    print(f"round {r + 1} {tree:6s} clean/splitlines:  {row}")
                    for k, v in res.items():
                        acc = best.setdefault(f"{tree}:{k}", {"clean": 1e9, "split": 1e9, "mbps": 0.0})
                        acc["clean"] = min(acc["clean"], v["clean"])
                        acc["split"] = min(acc["split"], v["split"])
                        acc["mbps"] = max(acc["mbps"], v["mbps"])
            # the best clean() time over the best splitlines() time of all rounds (a single
            # splitlines pass takes microseconds, so one run's ratio is noisy)
            for k in sets:
                b, a = best[f"before:{k}"], best[f"after:{k}"]
                rb, ra = b["clean"] / b["split"], a["clean"] / a["split"]
                print(
                    f"{k:16s} clean/splitlines: before {rb:5.1f}  after {ra:5.1f}  change {100 * (ra / rb - 1):+4.0f} %"
                    f"   | best MB/s: before {b['mbps']:6.2f}  after {a['mbps']:6.2f}  change {100 * (a['mbps'] / b['mbps'] - 1):+4.0f} %"
                )
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(wt)], capture_output=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
