"""The annotated page file of ``tests/data/pages`` and ``benchmarks/probes``: read by the
page tests (``tests/test_pages.py``, which documents the format) and by the probe
scoreboard (``benchmarks/probes.py``).  Header lines ``# key: value``, then one page line a
line: a label prefix (``B`` body, ``T`` title, ``M`` metadata, ``X`` boilerplate), a TAB,
the text; an empty line is a blank page line.  A malformed file fails with its name and
line number."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple

PREFIX_LABELS = {"B": "body", "T": "title", "M": "metadata", "X": "boilerplate"}
HEADER_KEYS = {"class", "style", "why", "title", "published", "xfail"}


@dataclass
class Page:
    path: Path
    header: Dict[str, str]
    text: str
    #: (prefix, text) of every non-blank line, in order
    parts: List[Tuple[str, str]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path.stem

    @property
    def body(self) -> str:
        return "\n".join(t for p, t in self.parts if p == "B")

    @property
    def title_lines(self) -> List[str]:
        return [t for p, t in self.parts if p == "T"]

    @property
    def expected_title(self) -> Optional[str]:
        if "title" in self.header:
            return self.header["title"]
        titles = self.title_lines
        return titles[0] if titles else None

    @property
    def has_article(self) -> bool:
        return any(p == "B" for p, _ in self.parts)

    @property
    def page_lines(self) -> List[str]:
        return self.text.split("\n")


def load_page(path: Path) -> Page:
    """Read one annotated page file (see the module docstring for the format)."""
    header: Dict[str, str] = {}
    lines: List[str] = []
    parts: List[Tuple[str, str]] = []
    raw_lines = path.read_text(encoding="utf-8").split("\n")
    if raw_lines and raw_lines[-1] == "":
        raw_lines.pop()
    for n, raw in enumerate(raw_lines, 1):
        where = f"{path.name}:{n}"
        if raw.startswith("#"):
            assert not lines, f"{where}: header line after the page started"
            key, sep, value = raw[1:].partition(":")
            key = key.strip()
            assert sep and key in HEADER_KEYS, f"{where}: bad header line {raw!r}"
            assert key not in header, f"{where}: header {key!r} given twice"
            header[key] = value.strip()
            continue
        if raw == "":
            lines.append("")
            continue
        prefix, tab, text = raw.partition("\t")
        assert tab and prefix in PREFIX_LABELS, f"{where}: no label prefix and TAB: {raw!r}"
        assert text and text == text.strip() and "\t" not in text, f"{where}: empty text or stray whitespace"
        parts.append((prefix, text))
        lines.append(text)
    return Page(path=path, header=header, text="\n".join(lines) + "\n", parts=parts)
