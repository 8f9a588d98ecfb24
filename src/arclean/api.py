"""Public entry points: :func:`parse` and :func:`clean` (one pure function per document)."""
from __future__ import annotations

from .model import Document, Metadata, Segment

__all__ = ["parse", "clean"]


def _check_text(text: object, fn: str) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"arclean.{fn}() takes str, not {type(text).__name__}: decode it first, "
            f"e.g. {fn}(data.decode('utf-8', errors='replace'))"
        )
    raise TypeError(f"arclean.{fn}() takes the page text as str, not {type(text).__name__}")


def parse(text: str) -> Document:
    """Split a scraped page into body, metadata and boilerplate segments (stub)."""
    text = _check_text(text, "parse")
    segs = []
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            s = pos + line.index(stripped[0])
            segs.append(Segment(s, s + len(stripped), "body", "body", "stub"))
        pos += len(line)
    body = "\n".join(text[s.start : s.end] for s in segs)
    return Document(source_text=text, segments=tuple(segs), metadata=Metadata(), body=body)


def clean(text: str) -> str:
    """Return the main body of a scraped page: ``parse(text).body``."""
    return parse(_check_text(text, "clean")).body
