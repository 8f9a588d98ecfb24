"""Site templates: lines a site prints on many of its pages, learned per site.

Many sites print the same lines on every page: a slogan, a newsletter pitch
written as a sentence, a "most read" list, a legal notice.  A rule that looks
at one page at a time can take such a line for the story; seen across the
site's pages it is plainly template.  Like the line deduplication of CCNet
and OBELICS, but kept per site:

1. **learn** (:class:`Learner`, ``arclean learn``): for each site, every page
   is parsed and each of its lines is keyed (the matching key of
   :mod:`arclean.fold`: letter variants folded, marks and punctuation
   stripped, plus every number written ``0``, so "© 2023" and "© 2024"
   or "1,204 views" and "87 views" share a key).  A key is kept when it is on
   at least ``min_pages`` pages and at least ``min_percent`` % of the site's
   pages, and arclean's own rules leave it to the body or position rules on
   most of them: lines the lexicon or the header rules already decide
   (menus, dates, bylines, tag headers) stay theirs, so a template never
   takes a published date or a block header away from them.
2. **apply** (``parse(text, profile=profile.site(host))``, ``arclean batch
   --profile``): each line of the page whose key is in the site's template
   becomes a structural hint ``template:<profile name>`` before segmentation,
   so it is labelled boilerplate of kind ``template`` with rule
   ``template:<profile name>``.

A :class:`Profile` is an immutable value, written as plain JSON (sorted keys,
one line key a line: diffable) and merged with :func:`merge_profiles` (page
and line counts add up, the thresholds are applied again).  Nothing is kept
between documents: a profile is an argument.

Counting is exact for sites with fewer than ``10 * 100 / min_percent`` pages;
past that, keys are counted with lossy counting (Manku and Motwani 2002, error
a tenth of ``min_percent``) so memory stays bounded on large sites while every
key on at least ``min_percent`` % of the pages is still found.
"""
from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, FrozenSet, List, Mapping, Optional, Sequence, Union
from urllib.parse import urlsplit

from .fold import key_block, key_encode
from .lexicon import line_key
from .model import METADATA

__all__ = [
    "FORMAT",
    "Profile",
    "SiteTemplate",
    "Learner",
    "merge_profiles",
    "load_profile",
    "template_key",
    "page_template_keys",
    "record_site",
    "normalize_host",
]

FORMAT = "arclean-profile/1"
#: Lines longer than this (characters) are never template lines (nor keyed).
MAX_LINE_CHARS = 1000
DEFAULT_MIN_PAGES = 5
DEFAULT_MIN_PERCENT = 10.0
#: The rule families a template may take a line from: arclean left the line to its
#: body or position rules.  Lines decided by the lexicon, shapes, header or split
#: rules keep their label (a template would lose e.g. a date, or a block's header).
TEMPLATABLE_RULES = ("body.", "outside.", "repeat.", "position.", "structure.")

#: A number: digit runs, with the spaces the key left for separators ("1,204" -> "1 204").
_DIGITS = re.compile(r"[0-9]+(?: [0-9]+)*")
_BYTE_DIGITS = re.compile(rb"[0-9]+(?: [0-9]+)*")
_BYTE_DIGITS_OR_ESCAPE = re.compile(rb"(\xfe[^\xff]*\xff)|[0-9]+(?: [0-9]+)*")


def template_key(line: str) -> str:
    """The key a line is counted and matched under: :func:`arclean.lexicon.line_key`
    with every number (a run of digits of any set the fold maps to ASCII, with its
    separators: "1,204", "12/3/2024") written ``0``."""
    key = line_key(line)
    if not all(c.isalnum() or c == " " for c in key):  # symbols outside the key's blocks (emoji)
        key = " ".join("".join(c if c.isalnum() else " " for c in key).split())
    return _DIGITS.sub("0", key)


_SPACE_RUNS = re.compile(rb"  +")


def encode_key(key: str) -> bytes:
    """A text key in the byte spelling the page side computes (:func:`arclean.fold.key_encode`,
    space runs collapsed: symbols outside the key's blocks, such as emoji, are spaces there)."""
    return _SPACE_RUNS.sub(b" ", key_encode(key)).strip()


def _fold_digits_block(block: bytes) -> bytes:
    if b"\xfe" not in block:
        return _BYTE_DIGITS.sub(b"0", block)
    return _BYTE_DIGITS_OR_ESCAPE.sub(lambda m: m.group(1) or b"0", block)


def _line_keys_bytes(text: str) -> List[Optional[bytes]]:
    """For each line of ``text.splitlines()``, its template key in the byte spelling of
    :mod:`arclean.fold` (None for blank or over-long lines); one batch over the page."""
    lines = text.splitlines()
    idx: List[int] = []
    heads: List[str] = []
    for i, raw in enumerate(lines):
        s = raw.strip()
        if s and len(s) <= MAX_LINE_CHARS:
            idx.append(i)
            heads.append(s)
    out: List[Optional[bytes]] = [None] * len(lines)
    if not heads:
        return out
    keys = _fold_digits_block(key_block(heads))[1:].split(b"\n")
    for i, k in zip(idx, keys):
        out[i] = k
    return out


# --------------------------------------------------------------------------- sites


def normalize_host(host: str) -> str:
    """Lower case, no port, no trailing dot, no leading ``www.``."""
    h = host.strip().lower().rstrip(".")
    if h.startswith("[") and "]" in h:  # IPv6 literal
        return h[: h.index("]") + 1]
    h = h.rsplit("@", 1)[-1].split(":", 1)[0]
    return h[4:] if h.startswith("www.") else h


def record_site(record: Mapping[str, Any], by: str = "host", url_field: str = "url") -> Optional[str]:
    """The site a record belongs to: with ``by="host"`` the normalised host of its
    ``url_field``; otherwise the value of its field ``by``.  None when absent."""
    if by == "host":
        url = record.get(url_field)
        if not isinstance(url, str) or not url:
            return None
        try:
            host = urlsplit(url if "//" in url else "//" + url).hostname
        except ValueError:
            return None
        return normalize_host(host) if host else None
    value = record.get(by)
    if value is None or isinstance(value, (dict, list)):
        return None
    value = str(value).strip()
    return value or None


# --------------------------------------------------------------------------- values


@dataclass(frozen=True)
class SiteTemplate:
    """The template lines of one site, ready to apply: ``parse(text, profile=template)``."""

    name: str  # the profile's name: the rule is "template:<name>"
    site: str
    keys: FrozenSet[str]
    _bkeys: FrozenSet[bytes] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_bkeys", frozenset(encode_key(k) for k in self.keys))

    @property
    def rule(self) -> str:
        return "template:" + self.name

    def template_lines(self, text: str) -> List[int]:
        """Indices (in ``text.splitlines()``) of the lines that are template."""
        if not self._bkeys:
            return []
        bkeys = self._bkeys
        return [i for i, k in enumerate(_line_keys_bytes(text)) if k is not None and k in bkeys]

    def hints(self, text: str, hints: Optional[Sequence[Optional[str]]] = None) -> Optional[Sequence[Optional[str]]]:
        """``hints`` (one role or None per line of ``text.splitlines()``) with the template
        lines' role set to ``template:<name>`` where no deciding role is given already."""
        found = self.template_lines(text)
        if not found:
            return hints
        from .segment import HINT_KINDS

        n = len(text.splitlines())
        out: List[Optional[str]] = list(hints) if hints is not None else []
        if len(out) < n:  # one role per line, as the hints= argument has
            out.extend([None] * (n - len(out)))
        role = self.rule
        for i in found:
            cur = out[i]
            if cur is None or HINT_KINDS.get(cur.partition(":")[0]) is None:
                out[i] = role
        return out


@dataclass(frozen=True)
class SiteCounts:
    """What was learned about one site: its page count and, per kept line key, on how many pages."""

    pages: int
    lines: Mapping[str, int]


@dataclass(frozen=True)
class Profile:
    """Learned templates of many sites (``arclean learn``); see the module doc."""

    name: str
    sites: Mapping[str, SiteCounts]
    by: str = "host"
    url_field: str = "url"
    min_pages: int = DEFAULT_MIN_PAGES
    min_percent: float = DEFAULT_MIN_PERCENT
    _templates: Mapping[str, SiteTemplate] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name or any(c.isspace() for c in self.name):
            raise ValueError(f"a profile name is a non-empty word without spaces, not {self.name!r}")
        object.__setattr__(
            self, "_templates", {s: SiteTemplate(self.name, s, frozenset(c.lines)) for s, c in self.sites.items()}
        )

    def site(self, site: Optional[str]) -> Optional[SiteTemplate]:
        """The template of ``site`` (a host when ``by == "host"``: normalised), or None."""
        if site is None:
            return None
        if self.by == "host":
            site = normalize_host(site)
        return self._templates.get(site)

    def for_record(self, record: Mapping[str, Any], url_field: Optional[str] = None) -> Optional[SiteTemplate]:
        """The template of the site ``record`` belongs to (see :func:`record_site`)."""
        return self.site(record_site(record, self.by, url_field or self.url_field))

    def to_dict(self) -> Dict[str, Any]:
        return {
            "format": FORMAT,
            "name": self.name,
            "by": self.by,
            "url_field": self.url_field,
            "min_pages": self.min_pages,
            "min_percent": self.min_percent,
            "sites": {
                s: {"pages": c.pages, "lines": dict(sorted(c.lines.items()))} for s, c in sorted(self.sites.items())
            },
        }

    def to_json(self) -> str:
        """Plain JSON, one line key a line, keys sorted: two profiles diff line by line."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"

    def save(self, path: Union[str, Path]) -> None:
        Path(path).write_text(self.to_json(), encoding="utf-8")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Profile":
        if not isinstance(data, Mapping) or data.get("format") != FORMAT:
            raise ValueError(f"not an arclean profile (expected \"format\": \"{FORMAT}\")")
        try:
            sites = {
                str(s): SiteCounts(int(c["pages"]), {str(k): int(v) for k, v in c["lines"].items()})
                for s, c in data["sites"].items()
            }
            return cls(
                name=str(data["name"]),
                sites=sites,
                by=str(data.get("by", "host")),
                url_field=str(data.get("url_field", "url")),
                min_pages=int(data.get("min_pages", DEFAULT_MIN_PAGES)),
                min_percent=float(data.get("min_percent", DEFAULT_MIN_PERCENT)),
            )
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            raise ValueError(f"malformed arclean profile: {exc}") from None


def load_profile(path: Union[str, Path]) -> Profile:
    """Read a profile written by ``arclean learn`` (or :meth:`Profile.save`)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not JSON: {exc}") from None
    return Profile.from_dict(data)


def _keep(count: int, pages: int, min_pages: int, min_percent: float) -> bool:
    return count >= min_pages and count * 100.0 >= min_percent * pages


def merge_profiles(
    profiles: Sequence[Profile],
    name: Optional[str] = None,
    min_pages: Optional[int] = None,
    min_percent: Optional[float] = None,
) -> Profile:
    """One profile from several (e.g. learned on parts of a crawl): per site, pages and
    line counts add up and the thresholds (default: the first profile's) are applied
    again.  A key a part did not keep counts 0 there, so learn the parts with low
    thresholds (``--min-pages 2 --min-percent 0``) when the merged counts must be exact."""
    if not profiles:
        raise ValueError("merge_profiles() needs at least one profile")
    first = profiles[0]
    for p in profiles[1:]:
        if (p.by, p.url_field) != (first.by, first.url_field):
            raise ValueError(f"cannot merge profiles keyed by {first.by!r} and {p.by!r}")
    mp = first.min_pages if min_pages is None else min_pages
    mpc = first.min_percent if min_percent is None else min_percent
    pages: Dict[str, int] = {}
    counts: Dict[str, Dict[str, int]] = {}
    for p in profiles:
        for s, c in p.sites.items():
            pages[s] = pages.get(s, 0) + c.pages
            d = counts.setdefault(s, {})
            for k, v in c.lines.items():
                d[k] = d.get(k, 0) + v
    sites = {}
    for s, n in pages.items():
        kept = {k: v for k, v in counts[s].items() if _keep(v, n, mp, mpc)}
        sites[s] = SiteCounts(n, kept)
    return Profile(name or first.name, sites, first.by, first.url_field, mp, mpc)


# --------------------------------------------------------------------------- learning


def page_template_keys(doc: Any) -> Dict[str, bool]:
    """The template keys of a parsed page's lines, each with whether arclean left the
    line to its body or position rules (True) rather than deciding it by a rule."""
    text = doc.source_text
    segs = doc.segments
    starts = [s.start for s in segs]
    out: Dict[str, bool] = {}
    pos = 0
    for raw in text.splitlines(True):
        stripped = raw.strip()
        if stripped and len(stripped) <= MAX_LINE_CHARS:
            key = template_key(stripped)
            if key:
                start = pos + (len(raw) - len(raw.lstrip()))
                end = start + len(stripped)
                i = bisect_right(starts, start) - 1
                covering = []
                j = max(i, 0)
                while j < len(segs) and segs[j].start < end:
                    if segs[j].end > start:
                        covering.append(segs[j])
                    j += 1
                free = (
                    len(covering) == 1
                    and covering[0].label != METADATA
                    and covering[0].rule.startswith(TEMPLATABLE_RULES)
                )
                out[key] = out.get(key, True) and free
        pos += len(raw)
    return out


class _SiteCounter:
    """Per-site key counts; lossy counting once the site has many pages."""

    __slots__ = ("pages", "entries", "width")

    def __init__(self, width: int) -> None:
        self.pages = 0
        self.entries: Dict[str, List[int]] = {}  # key -> [pages, free pages, max undercount]
        self.width = width

    def add(self, keys: Mapping[str, bool]) -> None:
        self.pages += 1
        bucket = (self.pages - 1) // self.width  # buckets before this one
        entries = self.entries
        for k, free in keys.items():
            e = entries.get(k)
            if e is None:
                entries[k] = [1, 1 if free else 0, bucket]
            else:
                e[0] += 1
                if free:
                    e[1] += 1
        if self.pages % self.width == 0:
            cut = self.pages // self.width
            for k in [k for k, e in entries.items() if e[0] + e[2] <= cut]:
                del entries[k]


class Learner:
    """Counts line keys per site over pages (see the module doc); :meth:`profile` gives
    the result.  ``add_page`` parses; ``add_keys`` takes keys computed elsewhere (by a
    worker process, with :func:`page_template_keys`)."""

    def __init__(
        self,
        min_pages: int = DEFAULT_MIN_PAGES,
        min_percent: float = DEFAULT_MIN_PERCENT,
        by: str = "host",
        url_field: str = "url",
    ) -> None:
        if min_pages < 1:
            raise ValueError("min_pages must be at least 1")
        if not 0.0 <= min_percent <= 100.0:
            raise ValueError("min_percent is a percentage, 0 to 100")
        self.min_pages = min_pages
        self.min_percent = min_percent
        self.by = by
        self.url_field = url_field
        eps = min_percent / 1000.0  # a tenth of the share threshold
        self._width = max(100, math.ceil(1.0 / eps)) if eps > 0 else 1 << 62
        self._sites: Dict[str, _SiteCounter] = {}

    def add_keys(self, site: str, keys: Mapping[str, bool]) -> None:
        c = self._sites.get(site)
        if c is None:
            c = self._sites[site] = _SiteCounter(self._width)
        c.add(keys)

    def add_page(self, site: str, text: str) -> None:
        from .api import parse

        self.add_keys(site, page_template_keys(parse(text)))

    def profile(self, name: str = "profile") -> Profile:
        sites = {}
        for s, c in self._sites.items():
            kept = {}
            for k, (n, free, under) in c.entries.items():
                if n >= self.min_pages and (n + under) * 100.0 >= self.min_percent * c.pages and 2 * free > n:
                    kept[k] = n
            sites[s] = SiteCounts(c.pages, kept)
        return Profile(name, sites, self.by, self.url_field, self.min_pages, self.min_percent)


def check_template(template: object) -> Optional[SiteTemplate]:
    """The ``profile=`` argument of :func:`arclean.parse`, checked."""
    if template is None or isinstance(template, SiteTemplate):
        return template
    if isinstance(template, Profile):
        raise TypeError(
            "profile= takes one site's template: pass profile.site(host) (or profile.for_record(record)), "
            "not the whole Profile"
        )
    raise TypeError(f"profile= takes an arclean.profile.SiteTemplate or None, not {type(template).__name__}")
