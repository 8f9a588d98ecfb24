"""Benchmark of arclean.repair: what repair costs on clean and on broken text.

Run:  .venv/bin/python benchmarks/repair.py [--mb 2] [--repeat 5]

First prints the detector's cost on clean real text in ns per UTF-8 byte
(best of --repeat passes over each set) on the dev pages, the dev articles
(+controls) and the seed page.  (The reordering of its alternatives took it
from ~1.8-2.0 to ~1.65-1.75 ns/byte; tests/test_repair.py holds it to the
earlier flat form.)  Then throughput in MB/s (MB of UTF-8 input per second, best
of --repeat runs) for:

* the detector and repair_text on clean Arabic text (should be ~free);
* arclean.parse with and without a repair_text call in front of it on the
  same clean text (the difference should be within noise);
* repair_text on the same text broken by each mojibake family;
* the normalisation profiles, for reference.

The clean text is built from the test sentences in tests/data (written for
arclean); pass --corpus PATH.jsonl to use the "text" fields of a JSONL file
instead (e.g. the shared dev corpus).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Callable, Dict, List, Sequence

import arclean
import arclean.repair as repair_mod
from arclean.normalize import PROFILES, normalize, normalize_with_offsets
from arclean.repair import needs_repair, repair_text

sys.path.insert(0, str(Path(__file__).resolve().parent))  # inputs.py beside this script
from inputs import load_dev_sets  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev.jsonl"
SEED = ROOT / "seeds" / "000_6d8884bc9d82369e.txt"

def _sloppy_cp1252(data: bytes) -> str:
    """Decode like a browser does cp1252: undefined bytes become C1 controls."""
    return "".join(
        chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252") for b in data
    )


BREAK: Dict[str, Callable[[str], str]] = {
    "cp1256_as_latin1": lambda s: s.encode("cp1256").decode("latin-1"),
    "cp1256_as_cp1252": lambda s: _sloppy_cp1252(s.encode("cp1256")),
    "utf8_as_cp1256": lambda s: s.encode("utf-8").decode("cp1256"),
    "utf8_as_cp1252 (ftfy)": lambda s: _sloppy_cp1252(s.encode("utf-8")),
}


def _cp1256_ok(text: str) -> bool:
    """Can every family break (and so restore) this sentence?"""
    try:
        text.encode("cp1256")
    except UnicodeEncodeError:
        return False
    return True


def _sentences_from_tests() -> List[str]:
    rows = (ROOT / "tests" / "data" / "mojibake_cases.tsv").read_text("utf-8").split("\n")
    seen: List[str] = []
    for row in rows:
        if row and not row.startswith("#"):
            original = row.split("\t")[2]
            # whole sentences only: one- or two-word lines are too short to
            # tell from clean text and are left broken on purpose
            if original not in seen and _cp1256_ok(original) and len(original.split()) >= 3:
                seen.append(original)
    return seen


def _clean_text(mb: float, corpus: Path | None) -> str:
    if corpus is not None:
        lines = [json.loads(line)["text"] for line in corpus.read_text("utf-8").splitlines() if line.strip()]
        unit = "\n\n".join(t for t in lines if t)
    else:
        unit = "\n".join(_sentences_from_tests())
    target = int(mb * 1e6)
    reps = max(1, target // len(unit.encode("utf-8")) + 1)
    return "\n".join([unit] * reps)


def _best(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _ns_per_byte(search: Callable[[str], object], docs: Sequence[str], repeat: int) -> float:
    """Best time of one ``search`` per document, in ns per UTF-8 byte."""
    nbytes = sum(len(d.encode("utf-8")) for d in docs)

    def one_pass() -> None:
        for d in docs:
            search(d)

    return _best(one_pass, repeat) / nbytes * 1e9


def _detector_table(repeat: int) -> None:
    """Detector cost on clean real text (where it must find nothing)."""
    sets: Dict[str, Sequence[str]] = {}
    dev = load_dev_sets(DEV_CORPUS)
    if dev is None:
        print(f"(no dev corpus at {DEV_CORPUS}: dev rows skipped)")
    else:
        sets["dev pages"] = dev["pages"].docs
        sets["dev articles+controls"] = dev["articles"].docs
    if SEED.is_file():
        sets["seed page"] = (SEED.read_text("utf-8"),)
    print(f"{'detector on clean text':<36} {'docs':>5} {'MB':>7} {'ns/byte':>9}")
    for name, docs in sets.items():
        for d in docs:
            assert repair_mod._DETECT.search(d) is None, f"{name}: the detector fires on clean text"
        mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
        ns = min(_ns_per_byte(repair_mod._DETECT.search, docs, repeat) for _ in range(3))
        print(f"{name:<36} {len(docs):5d} {mb:7.2f} {ns:9.2f}")
    print()


def _row(name: str, text: str, seconds: float) -> None:
    mb = len(text.encode("utf-8")) / 1e6
    print(f"{name:<46} {mb:8.2f} MB {seconds * 1000:10.2f} ms {mb / seconds:10.1f} MB/s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=2.0, help="size of the clean text in MB (default 2)")
    ap.add_argument("--repeat", type=int, default=5, help="runs per measurement, best is kept (default 5)")
    ap.add_argument("--corpus", type=Path, default=None, help="JSONL file whose 'text' fields make the clean text")
    args = ap.parse_args()

    _detector_table(max(args.repeat, 5))

    clean = _clean_text(args.mb, args.corpus)
    assert not needs_repair(clean), "the clean benchmark text trips the detector"
    print(f"{'measurement':<46} {'size':>11} {'time':>13} {'speed':>15}")
    _row("needs_repair, clean Arabic", clean, _best(lambda: needs_repair(clean), args.repeat))
    _row("repair_text, clean Arabic", clean, _best(lambda: repair_text(clean), args.repeat))
    _row("str.encode('utf-8') (reference)", clean, _best(lambda: clean.encode("utf-8"), args.repeat))

    # parse with repair off vs on, interleaved so drift affects both alike
    off, on = [], []
    for _ in range(args.repeat):
        off.append(_best(lambda: arclean.parse(clean), 1))
        on.append(_best(lambda: arclean.parse(repair_text(clean).text), 1))
    _row("parse, repair off", clean, min(off))
    _row("parse, repair on", clean, min(on))
    print(f"{'  difference (on - off)':<46} {(min(on) - min(off)) * 1000:+24.2f} ms")

    small = clean[: max(1, len(clean) // 8)]
    for family, brk in BREAK.items():
        broken = brk(small)
        rep = repair_text(broken)
        ok = "restored" if rep.text == small else "NOT restored"
        _row(f"repair_text, {family} ({ok})", broken, _best(lambda: repair_text(broken), max(1, args.repeat // 2)))

    for profile in PROFILES:
        _row(f"normalize '{profile}'", clean, _best(lambda: normalize(clean, profile), args.repeat))
        _row(f"normalize_with_offsets '{profile}'", clean, _best(lambda: normalize_with_offsets(clean, profile), 2))


if __name__ == "__main__":
    main()
