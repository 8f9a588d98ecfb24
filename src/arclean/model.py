"""The values arclean returns: :class:`Segment`, :class:`Metadata`, :class:`Document`.

Everything here is an immutable value.  A :class:`Document` is a lossless
partition of the text it was built from: its segments are ordered, never
overlap, and together cover every non-whitespace character exactly once, so
the text can always be rebuilt and every removed character can be explained.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any, Dict, Iterator, NamedTuple, Optional, Tuple, Union

__all__ = [
    "BODY",
    "METADATA",
    "BOILERPLATE",
    "LABELS",
    "META_KINDS",
    "BOILERPLATE_KINDS",
    "Segment",
    "Metadata",
    "Note",
    "Document",
]

BODY = "body"
METADATA = "metadata"
BOILERPLATE = "boilerplate"
LABELS = (BODY, METADATA, BOILERPLATE)

#: kinds a metadata segment can have
META_KINDS = (
    "title",
    "published",
    "updated",
    "author",
    "source",
    "tags",
    "dateline",
    "category",
    "other",
)
#: kinds a boilerplate segment can have
BOILERPLATE_KINDS = (
    "nav",
    "related",
    "promo",
    "share",
    "footer",
    "ad",
    "widget",
    "comments",
    "dup",
    "template",  # a line of the site's template (arclean.profile)
    "other",
)

DateValue = Union[_dt.datetime, _dt.date]


class Segment(NamedTuple):
    """One labelled piece of the text: ``text[start:end]``.

    ``label`` is ``"body"``, ``"metadata"`` or ``"boilerplate"``; ``kind``
    refines it (``"body"`` for body, one of :data:`META_KINDS` or
    :data:`BOILERPLATE_KINDS` otherwise); ``rule`` names the rule that decided.
    An immutable named tuple: cheap to build by the thousand in the hot loop.
    """

    start: int
    end: int
    label: str
    kind: str
    rule: str

    def text_in(self, text: str) -> str:
        """The segment's characters in ``text`` (the document's ``source_text``)."""
        return text[self.start : self.end]

    def to_dict(self) -> Dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "kind": self.kind,
            "rule": self.rule,
        }


def _iso(value: Optional[DateValue]) -> Optional[str]:
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.isoformat(timespec="minutes")
    return value.isoformat()


@dataclass(frozen=True)
class Metadata:
    """Facts about the article that the page states in its text.

    Every field is ``None`` (or an empty tuple for ``tags``) when the page does
    not state it; nothing is guessed.
    """

    title: Optional[str] = None
    published: Optional[DateValue] = None
    updated: Optional[DateValue] = None
    author: Optional[str] = None
    source: Optional[str] = None
    tags: Tuple[str, ...] = ()
    dateline: Optional[str] = None
    category: Optional[str] = None

    def to_dict(self) -> Dict[str, Any]:
        """JSON-ready dict; dates as ISO strings (``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``)."""
        return {
            "title": self.title,
            "published": _iso(self.published),
            "updated": _iso(self.updated),
            "author": self.author,
            "source": self.source,
            "tags": list(self.tags),
            "dateline": self.dateline,
            "category": self.category,
        }


@dataclass(frozen=True)
class Note:
    """A document-level remark, e.g. that the input was repaired before parsing.

    ``code`` is a stable machine name (``"repair"``), ``message`` is for people,
    ``data`` carries what is needed to replay or map the change back.
    """

    code: str
    message: str
    data: Tuple[Tuple[str, Any], ...] = ()

    def to_dict(self) -> Dict[str, Any]:
        return {"code": self.code, "message": self.message, "data": dict(self.data)}


@dataclass(frozen=True)
class Document:
    """The result of :func:`arclean.parse`.

    ``source_text`` is the text the segment spans point into.  It is the input
    itself unless a repair (see :mod:`arclean.repair`) changed it, in which
    case a :class:`Note` with code ``"repair"`` says so.
    """

    source_text: str
    segments: Tuple[Segment, ...]
    metadata: Metadata = field(default_factory=Metadata)
    body: str = ""
    notes: Tuple[Note, ...] = ()
    #: the output normalisation applied to ``body`` and metadata strings (a NormalizeConfig), or None
    normalization: Optional[Any] = None
    #: for a page read by :func:`arclean.parse_html`: ``(start, end, element path)`` per line of
    #: ``source_text`` (an :class:`arclean.html.HtmlSpan`); empty for text input
    html_spans: Tuple[Tuple[int, int, str], ...] = ()
    #: where each metadata field came from, e.g. ``{"published": "json-ld", "title": "h1"}``
    #: (:func:`arclean.parse_html`; see docs/html.md); empty for text input
    metadata_sources: Dict[str, str] = field(default_factory=dict, hash=False)

    @property
    def boilerplate(self) -> Tuple[Segment, ...]:
        """The boilerplate segments, in order."""
        return tuple(s for s in self.segments if s.label == BOILERPLATE)

    @property
    def body_segments(self) -> Tuple[Segment, ...]:
        return tuple(s for s in self.segments if s.label == BODY)

    def body_offsets(self) -> Tuple[int, ...]:
        """For each character of :attr:`body`, its index in :attr:`source_text`.

        The newlines that join body segments map to the end of the segment
        before them.  With a normalisation profile, characters it removed have
        no entry and characters it produced map to the character they came from.
        """
        raw: list = []
        first = True
        for s in self.segments:
            if s.label != BODY:
                continue
            if not first:
                raw.append(raw[-1] + 1 if raw else s.start)
            raw.extend(range(s.start, s.end))
            first = False
        if self.normalization is None:
            return tuple(raw)
        from .normalize import normalize_with_offsets

        plain = "\n".join(self.source_text[s.start : s.end] for s in self.segments if s.label == BODY)
        _out, offs = normalize_with_offsets(plain, self.normalization)
        return tuple(raw[i] for i in offs[:-1])

    def iter_text(self) -> Iterator[Tuple[Segment, str]]:
        """Yield ``(segment, its text)`` pairs in order."""
        t = self.source_text
        for s in self.segments:
            yield s, t[s.start : s.end]

    def to_dict(self) -> Dict[str, Any]:
        """A JSON-ready dict of the whole result (segment texts included)."""
        t = self.source_text
        out: Dict[str, Any] = {
            "body": self.body,
            "metadata": self.metadata.to_dict(),
            "segments": [dict(s.to_dict(), text=t[s.start : s.end]) for s in self.segments],
            "notes": [n.to_dict() for n in self.notes],
        }
        if self.metadata_sources:  # (HTML input: where each field came from)
            out["metadata_sources"] = dict(self.metadata_sources)
        if self.html_spans:  # (HTML input: each line's element path)
            out["html_spans"] = [[start, end, path] for start, end, path in self.html_spans]
        return out

    def explain(self, width: int = 60) -> str:
        """A readable table: one row per segment with span, label/kind, rule and text.

        Control characters (a page's terminal escape sequences, bells, C1
        codes) and bidi overrides are shown escaped (``\\x1b``, ``\\u202e``),
        never sent to the terminal.  The columns widen to the longest span,
        label:kind and rule of the document, so the text column never moves
        into the rule column.
        """
        if not isinstance(width, int) or width < 8:
            raise ValueError("explain(width=...) takes an int of at least 8")
        cells = []
        for s, text in self.iter_text():
            snippet = _printable(" ".join(text.split()))
            if len(snippet) > width:
                snippet = snippet[: width - 1] + "…"
            tag = s.label if s.label == BODY else f"{s.label}:{s.kind}"
            cells.append((s.start, s.end, _printable(tag), _printable(s.rule), snippet))
        num = max([7] + [len(str(c[1])) for c in cells])
        tag_w = max([22] + [len(c[2]) for c in cells])
        rule_w = max([28] + [len(c[3]) for c in cells])
        rows = [f"{a:>{num}}-{b:<{num}} {tag:<{tag_w}} {rule:<{rule_w}} {snip}" for a, b, tag, rule, snip in cells]
        for n in self.notes:
            rows.append(_printable(f"note[{n.code}] {n.message}"))
        return "\n".join(rows)


#: What :meth:`Document.explain` shows escaped: C0 and C1 controls, DEL, and the bidi
#: embeddings, overrides and isolates (they would reorder the rest of the row).
_ESCAPES = {
    c: (f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}")
    for c in [*range(0x20), *range(0x7F, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
}


def _printable(text: str) -> str:
    """``text`` with the characters of :data:`_ESCAPES` written as escapes."""
    return text.translate(_ESCAPES)
