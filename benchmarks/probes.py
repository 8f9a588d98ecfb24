"""Score arclean on the probe pages of ``benchmarks/probes/`` and print the figures.

The probe pages are pages of sites and house styles outside the shared corpus, written
for arclean by helper sessions that saw neither the engine nor the corpus (each file
says in its ``# why:`` line what it stresses).  They are a cheap stand-in for the hidden
held-out set: a change that helps the dev corpus and hurts them is fitted.  They are not
tests (some fail on purpose: they record what is left to do), so this script prints
figures and asserts nothing.

Usage::

    .venv/bin/python benchmarks/probes.py [-v] [FOLDER ...]

The file format is that of ``tests/data/pages``, read by ``tests/pagefile.py`` (and
documented in ``tests/test_pages.py``): ``# key: value`` header lines (``published`` is
``YYYY-MM-DD`` or ``none``; a page with no ``B`` line has no article), then
``<B|T|M|X><TAB><text>`` lines.  Reported per folder and in all: body token F1 (mean and
min), titles right, published dates right, wrong dates (a date given where the page states
another or none, and any date on a page with no article), and pages with no article that
come out empty.
"""
from __future__ import annotations

import argparse
import collections
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional, Sequence, Tuple

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent / "src"))
sys.path.insert(0, str(ROOT.parent / "tests"))

import arclean  # noqa: E402
from pagefile import Page, load_page  # noqa: E402  (the page file format, read strictly)

PROBES = ROOT / "probes"


def token_f1(gold: str, got: str) -> float:
    g, p = collections.Counter(gold.split()), collections.Counter(got.split())
    if not g and not p:
        return 1.0
    common = sum((g & p).values())
    if not common:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(g.values())
    return 2 * precision * recall / (precision + recall)


@dataclass
class Tally:
    f1: List[float] = field(default_factory=list)
    titles: List[bool] = field(default_factory=list)
    dates: List[bool] = field(default_factory=list)
    wrong_dates: int = 0
    no_article: List[bool] = field(default_factory=list)

    def add(self, probe: Page, doc: "arclean.Document") -> Tuple[float, bool, Optional[str], bool]:
        f1 = token_f1(probe.body, doc.body)
        self.f1.append(f1)
        has_article = probe.has_article
        title_ok = doc.metadata.title == probe.expected_title
        if probe.expected_title is not None or doc.metadata.title is not None:
            self.titles.append(title_ok)
        got = doc.metadata.published.isoformat()[:10] if doc.metadata.published is not None else None
        want = probe.header.get("published")
        if want and want != "none":
            self.dates.append(got == want)
            wrong = got is not None and got != want
        else:
            wrong = got is not None and (want == "none" or not has_article)
        self.wrong_dates += wrong
        if not has_article:
            self.no_article.append(doc.body == "")
        return f1, title_ok, got, wrong

    def line(self, name: str) -> str:
        def share(xs: Sequence[bool]) -> str:
            return f"{sum(xs)}/{len(xs)}" if xs else "-"

        mean = sum(self.f1) / len(self.f1) if self.f1 else 0.0
        return (
            f"{name:22s} pages {len(self.f1):3d}  body F1 mean {mean:.3f} min {min(self.f1, default=0):.3f}  "
            f"titles {share(self.titles):7s} published {share(self.dates):7s} wrong dates {self.wrong_dates}  "
            f"no-article emptied {share(self.no_article)}"
        )


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="one line per page below 1.0, with a wrong title or a wrong date")
    parser.add_argument("folders", nargs="*", help="folders of probe pages (default: every folder under benchmarks/probes)")
    args = parser.parse_args(argv)
    folders = [Path(f) for f in args.folders] or sorted(p for p in PROBES.iterdir() if p.is_dir())
    total = Tally()
    for folder in folders:
        tally = Tally()
        for path in sorted(folder.glob("*.txt")):
            probe = load_page(path)
            doc = arclean.parse(probe.text)
            f1, title_ok, got, wrong = tally.add(probe, doc)
            total.add(probe, doc)
            if args.verbose and (f1 < 0.999 or not title_ok or wrong):
                print(f"  {f1:.3f} {path.parent.name}/{path.stem}  title {'ok' if title_ok else repr(doc.metadata.title)[:40]}  published {got}{'  (wrong)' if wrong else ''}")
        print(tally.line(folder.name))
    print(total.line("all"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
