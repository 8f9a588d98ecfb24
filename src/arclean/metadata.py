"""Turn metadata segments into :class:`~arclean.model.Metadata` values.

The segmentation decides *which* text is the title, a date line or a byline;
this module reads the *values*: it strips label phrases ("كتب", "المصدر:"),
reads dates with :mod:`arclean.dates`, and never guesses: a date it cannot
read stays ``None``.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Dict, List, Optional, Sequence, Tuple

from .lexicon import Entry
from .model import Metadata

__all__ = ["MetaPiece", "extract_metadata", "strip_label"]

# Punctuation and dashes that sit between a label and its value, or trail a dateline.
_EDGE_PUNCT = " \t:：-–—ـ|/،,.*•"
_LEADING_STAR = re.compile(r"^[*•·]+\s*")

MetaPiece = Tuple[str, str, Optional[Entry]]  # (kind, text, lexicon entry that decided it)


def strip_label(text: str, entry: Optional[Entry]) -> str:
    """Remove the lexicon phrase a line starts with, and the punctuation after it."""
    if entry is None or entry.mode not in ("prefix", "exact"):
        return text.strip(_EDGE_PUNCT)
    n = len(entry.key.split())
    parts = text.split(None, n)
    rest = parts[n] if len(parts) > n else ""
    # the label may be glued to its colon ("المصدر:الجزيرة"): drop up to the first colon if close
    head = text[: len(text) - len(rest)]
    if ":" in head and not rest:
        rest = head.split(":", 1)[1]
    return rest.strip(_EDGE_PUNCT)


# Where a dateline names its agency: "(CNN)", "<place>/ <agency>", "<agency> - <place>".
_PAREN_AGENCY = re.compile(r"\(\s*([^()]{1,30}?)\s*\)")
_DASHES = re.compile(r"\s*[-–—ـ]+\s*")


def agency_of_dateline(dateline: str) -> Optional[str]:
    """The agency a dateline names, or None: "دبي، الإمارات (CNN)" -> "CNN",
    "بغداد/ شبكة أخبار العراق" -> "شبكة أخبار العراق", "واس - القاهرة" -> "واس"."""
    m = _PAREN_AGENCY.search(dateline)
    if m is not None:
        return m.group(1)
    if "/" in dateline:
        return dateline.split("/", 1)[1].strip(_EDGE_PUNCT) or None
    parts = [p for p in _DASHES.split(dateline.strip(_EDGE_PUNCT)) if p]
    if len(parts) == 2:
        return parts[0]
    return None


def _combine(date_value, time_value):
    if date_value is None:
        return None
    if time_value is not None and not isinstance(date_value, dt.datetime):
        return dt.datetime.combine(date_value, time_value)
    return date_value


def extract_metadata(pieces: Sequence[MetaPiece], parse_date, parse_time) -> Metadata:
    """Build :class:`Metadata` from ``(kind, text, entry)`` pieces in document order."""
    first: Dict[str, List[Tuple[str, Optional[Entry]]]] = {}
    for kind, text, entry in pieces:
        first.setdefault(kind, []).append((text, entry))

    def text_of(kind: str) -> Optional[str]:
        for text, entry in first.get(kind, ()):
            value = strip_label(text, entry)
            if value:
                return _LEADING_STAR.sub("", value)
        return None

    def date_of(kind: str):
        value = None
        time_value = None
        for text, _entry in first.get(kind, ()):
            m = parse_date(text)
            if m is not None and value is None and m.value is not None:
                value = m.value
                continue
            if m is None and time_value is None:
                time_value = parse_time(text)
        return _combine(value, time_value)

    tags: List[str] = []
    for text, entry in first.get("tags", ()):
        value = strip_label(text, entry)
        if value:
            tags.append(value)

    dateline = None
    for text, _entry in first.get("dateline", ()):
        dateline = text.strip(_EDGE_PUNCT) or None
        if dateline:
            break

    published = date_of("published")
    updated = date_of("updated")
    if updated is None and published is not None:
        # "آخر تحديث 14:00" after a dated line: the update is on the published day
        t = next((parse_time(x) for x, _ in first.get("updated", ()) if parse_time(x)), None)
        if t is not None:
            base = published.date() if isinstance(published, dt.datetime) else published
            updated = dt.datetime.combine(base, t)

    source = text_of("source")
    if source is not None:
        source = source.strip(_EDGE_PUNCT + "()") or None  # "--(بترا)" -> "بترا"
    if source is None and dateline:
        source = agency_of_dateline(dateline)

    return Metadata(
        title=" ".join(t for t, _ in first.get("title", ())[:1]) or None,
        published=published,
        updated=updated,
        author=text_of("author"),
        source=source,
        tags=tuple(tags),
        dateline=dateline,
        category=text_of("category"),
    )
