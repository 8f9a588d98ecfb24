"""Lines: the unit the segmentation works on.

:func:`read_lines` finds the non-blank lines of a text with their stripped
spans and computes what every rule needs of them once: the word count, the
sentence punctuation and the matching key.  :class:`Line` carries a line's
working state through the stages of :mod:`arclean.segment`; :class:`Part` is a
labelled piece of a line when a line is split (a dateline glued to a story).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable, List, Optional, Sequence, Tuple

from .fold import key_block
from .lexicon import KEY_HEAD_CHARS, Entry, line_key
from .model import BOILERPLATE
from .rules import PUNCT_SCAN_CHARS, SENTENCE_PUNCT

if TYPE_CHECKING:  # (the date grammar is imported lazily, on the first date read)
    from .dates import DateMatch

__all__ = ["Part", "Line", "read_lines", "markdown_view", "markdown_blanked", "markdown_link_item", "lines_holding", "number_lines", "line_parts", "word_count", "DateFinder", "DIGIT", "YEAR", "two_years", "CLAUSE_GOES_ON", "BULLETS"]

#: ``find_date(text) -> DateMatch | None``: supplied by the caller (see :mod:`arclean.dates`).
DateFinder = Callable[[str], Optional["DateMatch"]]

#: Lines longer than this (characters) can only match prefix rules...
LONG_LINE_CHARS = 320
#: ...so only this many leading characters of them are keyed.
PREFIX_HEAD_CHARS = 72
#: A line with at least this many words counts as prose even without punctuation...
PROSE_WORDS_NO_PUNCT = 25
#: A line needs this many words (with sentence punctuation) to count as prose.
PROSE_MIN_WORDS = 8
#: A list item's bullet at a line's start ("- ", "* ", "• ", "▪ ").
BULLETS = ("-", "–", "*", "•", "·", "▪", "◾", "●")
#: A line ending in one of these is a clause that goes on in the next line (a preamble's "إن
#: المجلس البلدي،" over "بعد الاطلاع على ...،"), never a unit of its own.
CLAUSE_GOES_ON = ("،", ",", "؛")
#: Digits after which a point or a comma is a number's ("9.2", "1,240"), not a sentence's.
NUMBER_DIGITS = frozenset("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")


@dataclass
class Part:
    """A labelled piece of a line (most lines have exactly one)."""

    start: int
    end: int
    label: str
    kind: str
    rule: str
    entry: Optional[Entry] = None  # the lexicon entry that decided it, if any


class Line:
    """Working state of one non-blank line during segmentation (internal)."""

    __slots__ = (
        "idx", "start", "end", "text", "words", "punct", "is_prose", "key",
        "label", "kind", "rule", "opens", "entry", "parts", "date", "date_start",
    )

    def __init__(self, idx: int, start: int, end: int, text: str, key: bytes, view: Optional[str] = None) -> None:
        self.idx = idx  # the line's number in text.splitlines() (-1 until needed: see apply_hints)
        self.start = start
        self.end = end
        self.text = text
        # (``view``: the text the counts are read on when it differs from the line's own, a
        # markdown line with its link targets removed: see read_lines; ``key`` is its key too)
        t = text if view is None else view
        # exact word count for short lines; long lines only need it roughly (space count is a C scan)
        self.words = words = len(t.split()) if len(t) <= KEY_HEAD_CHARS else t.count(" ") + 1
        # 1 when sentence punctuation appears early in the line (rules needing a count count it)
        punct = 0
        if words >= 3:
            m = SENTENCE_PUNCT.search(t, 0, PUNCT_SCAN_CHARS)
            # (a point or comma before a digit is a number's, "9.2", "1,240", and a list item's
            # number is no sentence's end, "2. برميل النفط ...": look on; rare)
            # (dots between numbers are a pager's, "1 2 3 ... 18": no sentence's either)
            while m is not None and m.group() in ".," and (
                (m.end() < len(t) and t[m.end()] in NUMBER_DIGITS)
                or (m.start() <= 3 and t[: m.start()].isdigit())
                or (t[m.end() : m.end() + 4].lstrip(". ")[:1] in NUMBER_DIGITS and t[max(0, m.start() - 4) : m.start()].rstrip(". ")[-1:] in NUMBER_DIGITS)
                # (a point after a lone letter is an abbreviation's: "ر.ق", "ج.م", "د. سامي")
                or (m.start() >= 1 and (m.start() == 1 or t[m.start() - 2] in " .(") and m.group() == "." and t[m.start() - 1].isalpha())
            ):
                m = SENTENCE_PUNCT.search(t, m.end(), PUNCT_SCAN_CHARS)
            punct = 0 if m is None else 1
        self.punct = punct
        # prose: a sentence-sized line with punctuation, or a long one without
        self.is_prose = (words >= PROSE_MIN_WORDS and punct > 0) or words >= PROSE_WORDS_NO_PUNCT
        self.key = key
        self.label: Optional[str] = None  # None = free (not decided by a rule)
        self.kind = ""
        self.rule = ""
        self.opens = False
        self.entry: Optional[Entry] = None
        self.parts: Optional[List[Part]] = None
        self.date: Optional[DateMatch] = None  # a DateMatch when the line is mostly a date
        self.date_start = 0  # where the first date expression on the line starts

    def set(self, label: str, kind: str, rule: str) -> None:
        self.label, self.kind, self.rule = label, kind, rule

    def clear(self) -> None:
        """Undo a rule's decision: the line is free again."""
        self.label, self.kind, self.rule = None, "", ""
        self.opens = False
        self.entry = None


#: A stripped line, for texts whose only line break is "\n" (a scan of ``[^\n]`` is the
#: regex engine's fast single-character loop; a class of the other breaks is not).
_STRIPPED_LINE = re.compile(r"\S(?:[^\n]*\S)?")
#: The line breaks of ``str.splitlines`` besides "\n" (all of them whitespace to ``strip``).
_OTHER_BREAKS = ("\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")


def _stripped_lines(text: str) -> List[Tuple[int, int, str]]:
    """``(start, end, stripped text)`` of each non-blank line (any Unicode line break).

    A text whose lines end in "\n" only (most dumps) is read by one regex pass, which on
    pages of many short lines is ~1.4x the loop below; the loop (``str.splitlines`` and
    ``str.strip``, C scans: a blank line costs one ``strip``) reads any other."""
    for brk in _OTHER_BREAKS:  # (one-character searches: memchr speed)
        if brk in text:
            break
    else:
        return [(m.start(), m.end(), m.group()) for m in _STRIPPED_LINE.finditer(text)]
    out: List[Tuple[int, int, str]] = []
    pos = 0
    for raw in text.splitlines(True):
        s = raw.strip()
        if s:
            start = pos + len(raw) - len(raw.lstrip())
            out.append((start, start + len(s), s))
        pos += len(raw)
    return out


#: A run of at least this many spaces inside a line parts two columns that a dumper printed
#: side by side (inscriptis lays a page's table layout out so: the story's paragraph, the
#: padding, then the sidebar's text on the same line): each column is read as a line of its
#: own.  A table's cells are padded less; a paragraph never holds such a run.
COLUMN_GAP_SPACES = 20
#: ...as a string, for substring searches.
COLUMN_GAP = " " * COLUMN_GAP_SPACES
_COLUMN = re.compile(r"\S(?:(?! {%d})[^\n])*\S|\S" % COLUMN_GAP_SPACES)


def _split_columns(found: List[Tuple[int, int, str]]) -> List[Tuple[int, int, str]]:
    """The lines of ``found`` with each line holding a column gap (see
    :data:`COLUMN_GAP_SPACES`) cut into its columns, spans kept exact."""
    out: List[Tuple[int, int, str]] = []
    for s, e, t in found:
        if COLUMN_GAP not in t:
            out.append((s, e, t))
            continue
        out.extend((s + m.start(), s + m.end(), m.group()) for m in _COLUMN.finditer(t))
    return out


def read_lines(text: str) -> Tuple[List[Line], bytes]:
    """Non-blank lines with their stripped spans (any Unicode line break), and their
    keys as one block ``b"\n" + b"\n".join(keys)`` for whole-page scans.

    ``str.splitlines`` finds the lines; their matching keys are folded in one
    batch over the joined line heads (:func:`arclean.fold.key_block`).  A markdown
    line with links (html2text, markdownify) is counted and keyed as it reads, its
    link texts without their targets (:func:`markdown_view`); its span and text stay
    the line's own.
    """
    found = _stripped_lines(text)
    if not found:
        return [], b""
    if COLUMN_GAP in text:  # (a substring search: most texts hold no such run)
        found = _split_columns(found)
    # markdown (html2text, markdownify): a line with links is read as its link texts
    # ("]" first: one character is found at memchr speed, two are not)
    views = [markdown_view(t) if "](" in t else None for _s, _e, t in found] if "]" in text and "](" in text else None
    # long lines can only match prefix rules, which need just the head
    readable = found if views is None else [(s, e, t if v is None else v) for (s, e, t), v in zip(found, views)]
    heads = [t[:KEY_HEAD_CHARS] if len(t) <= LONG_LINE_CHARS else t[:PREFIX_HEAD_CHARS] for _s, _e, t in readable]
    block = key_block(heads)
    keys = block[1:].split(b"\n")
    if views is None:
        return [Line(-1, s, e, t, k) for (s, e, t), k in zip(found, keys)], block
    return [Line(-1, s, e, t, k, v) for (s, e, t), k, v in zip(found, keys, views)], block


# A markdown link's target and title, in parentheses: "(https://site/x "title")" (one
# level of parentheses inside the address: ".../مصر_(توضيح)").
_TARGET = r"\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)"
# ...after its text: "[text](...)" reads as "[text]".
_MD_LINK_TARGET = re.compile(r"\]" + _TARGET)
# A whole markdown link: "[text](target)", an image "![alt](src)".
_MD_LINK = re.compile(r"!?\[[^\[\]]*\]" + _TARGET)
_WORD_CHAR = re.compile(r"[^\W_]")
#: What may sit around the links of a markdown line of links: list bullets, heading
#: marks, emphasis, bars.
_LINK_LINE_MARKS = " \t*-+•|·#_"


def markdown_link_item(line: str) -> bool:
    """A markdown line that is only links, with perhaps a bullet, heading marks or
    emphasis around them ("* [<headline>](<url>)", "### [<headline>](<url>)",
    "[<date>](<url>)"): a menu entry or another story's teaser, never a paragraph of the
    story."""
    return line[:1] in "*-+•#_[" and "](" in line and not _MD_LINK.sub("", line).strip(_LINK_LINE_MARKS)


def markdown_view(line: str) -> Optional[str]:
    """A markdown line as it reads: link targets removed, the link brackets spaces
    ("[الرئيسية](https://site/) [رياضة](/sport)" reads "الرئيسية رياضة"); None when no
    word is left (an empty link, a bullet): such a line is read as printed."""
    view = _MD_LINK_TARGET.sub(" ", line).replace("[", " ").replace("]", " ").strip()
    return view if _WORD_CHAR.search(view) is not None else None


def _blank(m: "re.Match[str]") -> str:
    return " " * (m.end() - m.start())


def markdown_blanked(line: str) -> str:
    """:func:`markdown_view` with every character kept in place: link targets and
    brackets become spaces, so an offset into it is an offset into ``line`` (for
    readers whose matches become parts of the line: a date)."""
    return _MD_LINK_TARGET.sub(_blank, line).replace("[", " ").replace("]", " ")


def lines_holding(text: str, lines: Sequence[Line], signs: Iterable[str], starts: Optional[List[int]] = None) -> List[int]:
    """Indices of the lines holding one of ``signs`` (strings ending in a non-blank
    character): one ``str.find`` scan per sign (a C loop, ~10x a regex character class;
    keep signs to one character: a longer one is searched at ~1 ns a character), jumping
    to the next line after each hit.  A hit that starts in the blanks between two lines (a
    sign opening with a space) is passed over.  A line holding two signs is listed once
    per sign.  ``starts``: an empty list that the caller passes to every call on the same
    lines: the lines' starts are written into it on the first hit and read after that."""
    out: List[int] = []
    if starts is None:
        starts = []
    for sign in signs:
        pos = text.find(sign)
        while pos >= 0:
            if not starts:
                starts.extend([ln.start for ln in lines])
            i = bisect_right(starts, pos) - 1  # the last line starting at or before the hit
            if i >= 0 and pos < lines[i].end:
                out.append(i)  # (the sign ends non-blank, so it ends inside line i too)
                pos = text.find(sign, lines[i].end)
            else:
                pos = text.find(sign, pos + 1)
    return out


def number_lines(text: str, lines: Sequence[Line]) -> None:
    """Set ``Line.idx`` to the line's number in ``text.splitlines()``."""
    starts = []
    pos = 0
    for raw in text.splitlines(True):
        starts.append(pos)
        pos += len(raw)
    for ln in lines:
        ln.idx = bisect_right(starts, ln.start) - 1


DIGIT = re.compile(r"[0-9٠-٩۰-۹]")
# A clock time anywhere in a line: "10:30", "٠٩:١٥", "09٫15".
CLOCK_IN = re.compile(r"[0-9٠-٩۰-۹]{1,2}[:٫][0-9٠-٩۰-۹]{2}")
# A year in any digit set (Gregorian 1900-2099 or Hijri 1300-1499); a cheap gate before date parsing.
YEAR = re.compile(r"(?<![0-9٠-٩۰-۹])(?:[12١٢۱۲][0-9٠-٩۰-۹]{3})(?![0-9٠-٩۰-۹])")


def two_years(text: str) -> bool:
    """Does the text hold two years (two date fields on one line: a header's published and
    updated dates glued by a dumper)?"""
    m = YEAR.search(text)
    return m is not None and YEAR.search(text, m.end()) is not None


def word_count(text: str) -> int:
    """Words with at least two letters (numbers, "ص"/"م" markers and punctuation do not count)."""
    return sum(1 for w in line_key(text).split() if len(w) > 1 and not w.isdigit())


def line_parts(ln: Line) -> List[Part]:
    """The labelled parts of a finished line."""
    if ln.parts:
        return ln.parts
    return [Part(ln.start, ln.end, ln.label or BOILERPLATE, ln.kind or "other", ln.rule or "fallback", ln.entry)]
