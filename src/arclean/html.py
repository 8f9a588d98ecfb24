"""HTML pages: :func:`parse_html` reads a page's markup and hands arclean's
segmenter the page as lines with structural hints.

The steps, each a function here:

1. **decode** (:func:`decode_html`): the HTTP charset (``encoding=``), then
   the page's own ``<meta charset>``, then detection; a windows-1252 label on
   Arabic windows-1256 bytes (common on older Arabic sites) is caught, and
   the mojibake repair of :mod:`arclean.repair` runs on the text afterwards;
2. **tree**: lxml's HTML parser (the one trafilatura uses), with nesting
   deeper than :data:`MAX_DEPTH` flattened so every later step stays linear;
3. **lines** (:func:`page_lines`): every visible string, one line per block
   element (``<p>``, ``<div>``, ``<li>``, ``<tr>``, ``<br>`` ...; a table row's
   cells joined by " | "), each with
   its element path, its structural role (``<nav>``, ``<footer>``,
   ``<aside>``, ``role=""`` attributes, class/id words such as ``comments``,
   ``share``, ``related``, ``ad``), heading/list-item flags and link density;
   ``<script>``, ``<style>``, ``<noscript>`` (unless it holds the page's own
   content, :data:`NOSCRIPT_CONTENT_MIN_CHARS`), ``<template>`` (unless it is a
   framework's named slot holding as much: :func:`_content_slot`), form fields and
   hidden elements never become text;
4. **main content**: trafilatura's guess (``bare_extraction``) marks the lines
   it kept;
5. **segment**: :func:`arclean.parse` runs on the lines with one hint per
   line (see :func:`line_hint`);
6. **metadata** (:func:`markup_metadata`, :func:`merge_metadata`): explicit
   markup first (JSON-LD, meta tags, ``<time datetime>``), then arclean's
   in-text rules; see ``docs/html.md`` for the order.

trafilatura and lxml are imported on the first call, so ``import arclean``
stays fast.
"""
from __future__ import annotations

import codecs
import datetime as dt
import json
import logging
import re
from dataclasses import dataclass, replace
from typing import Any, Dict, Iterable, List, NamedTuple, Optional, Sequence, Tuple, Union

from .model import Document, Metadata, Note

__all__ = [
    "parse_html",
    "looks_like_html",
    "decode_html",
    "page_lines",
    "PageLine",
    "HtmlSpan",
    "line_hint",
    "markup_metadata",
    "MarkupValue",
    "MAX_DEPTH",
]

# --- thresholds and tables ---------------------------------------------------------------

#: Elements nested deeper than this are flattened (their text kept, their tags dropped).
MAX_DEPTH = 180
#: Bytes read for a ``<meta charset>`` declaration (the HTML standard's prescan reads 1024).
CHARSET_PRESCAN_BYTES = 4096
#: A page needs this many non-ASCII bytes before its single-byte charset is second-guessed.
CHARSET_MIN_HIGH_BYTES = 8
#: ...and this share of them must read as Arabic letters in windows-1256...
CHARSET_ARABIC_SHARE = 0.7
#: ...and this share must sit next to another non-ASCII byte (Arabic words are runs of them).
CHARSET_RUN_SHARE = 0.5
#: A class/id role on an element holding this share of the text trafilatura kept is a wrapper.
WRAPPER_KEPT_SHARE = 0.5
#: A line is matched against trafilatura's text when it has at least this many characters...
KEPT_MIN_CHARS = 12
#: trafilatura without its readability/jusText fallbacks: the same lines kept on the shared
#: pages, half the time, and linear (jusText's neighbour search is quadratic on pages of
#: many short paragraphs)
TRAFILATURA_FAST = True
#: Above this many lines, trafilatura's guess is skipped: parts of it grow faster than the
#: page, and no article page comes near (the shared pages have 43-319 lines)
MAX_GUESS_LINES = 20_000
#: A markup time and an in-text time this many minutes apart are the same instant in two zones.
ZONE_TOLERANCE_MINUTES = 2

BLOCK_TAGS = frozenset(
    """address article aside blockquote body caption center dd details dialog dir div dl dt
    fieldset figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 header hgroup hr html
    legend li main menu nav ol p pre section summary table tbody tfoot thead tr ul""".split()
)
#: A table's cells: a row is one line, its cells parted by :data:`CELL_SEPARATOR` (a block
#: inside a cell still ends its line).
CELL_TAGS = frozenset(("td", "th"))
CELL_SEPARATOR = " | "
#: Elements whose content is never text of the page.
SKIP_TAGS = frozenset(
    """script style noscript template svg math iframe object embed canvas video audio source
    track head title select option optgroup datalist textarea input link meta base param""".split()
)
HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))

#: Roles given by the element itself.
TAG_ROLES = {"nav": "nav", "footer": "footer", "aside": "aside", "form": "form", "menu": "menu"}
#: Roles given by an ARIA ``role`` attribute.
ARIA_ROLES = {
    "navigation": "nav",
    "menu": "menu",
    "menubar": "menu",
    "contentinfo": "footer",
    "complementary": "aside",
    "search": "form",
}
#: Roles given by a word of an element's class or id (split at ``-``, ``_``, spaces and
#: camelCase).  Words that wrap whole pages in common themes ("widget", "content") are absent.
WORD_ROLES = {
    "nav": "nav",
    "navbar": "nav",
    "navigation": "nav",
    "pagination": "nav",
    "pager": "nav",
    "menu": "menu",
    "mainmenu": "menu",
    "topmenu": "menu",
    "submenu": "menu",
    "megamenu": "menu",
    "breadcrumb": "breadcrumb",
    "breadcrumbs": "breadcrumb",
    "footer": "footer",
    "copyright": "footer",
    "colophon": "footer",
    "sidebar": "aside",
    "related": "related",
    "relatedposts": "related",
    "comment": "comments",
    "comments": "comments",
    "commentlist": "comments",
    "disqus": "comments",
    "share": "share",
    "sharing": "share",
    "sharethis": "share",
    "addthis": "share",
    "social": "share",
    "ad": "ad",
    "ads": "ad",
    "advert": "ad",
    "adverts": "ad",
    "advertisement": "ad",
    "adsense": "ad",
    "adslot": "ad",
    "sponsored": "ad",
    "newsletter": "promo",
    "subscribe": "promo",
    "promo": "promo",
    "references": "references",
    "reflist": "references",
}
#: Elements whose ancestors never carry a role: they hold the article.
ARTICLE_TAGS = ("article", "main", "h1")

_WORD_SPLIT = re.compile(r"[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])")
#: An id or class holding an encoded string (MediaWiki's ".D8.A7.D9.84" anchors): not words.
_ENCODED = re.compile(r"(?:[.%][0-9A-Fa-f]{2}){3}")
_SPACES = re.compile(r"\s+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = re.compile("[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*>", re.I)
_HTML_START = re.compile(r"\A[\s\ufeff]*<")
_HTML_SIGN = re.compile(r"<(?:!doctype\s+html|html|body)[\s>/]", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,400}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_CHARSET = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)

#: Labels browsers decode as windows-1252 (the HTML standard maps them all to it).
_WESTERN = frozenset(
    "windows-1252 cp1252 x-cp1252 iso-8859-1 iso8859-1 iso_8859-1 latin1 latin-1 l1 "
    "us-ascii ascii iso-8859-15 iso8859-15 latin-9".split()
)
_ASCII_BYTES = bytes(range(128))


# --- decoding ------------------------------------------------------------------------------


def _codec(label: Optional[str]) -> Optional[str]:
    """The Python codec for a charset label, or None when unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _WESTERN:
        return "cp1252"
    if label in ("windows-1256", "x-cp1256", "cp1256"):
        return "cp1256"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_charset(data: bytes) -> Optional[str]:
    """The charset a page declares in its first bytes (``<meta charset>``,
    ``http-equiv`` content type or XML declaration), as written; None if none."""
    head = data[:CHARSET_PRESCAN_BYTES]
    m = _XML_CHARSET.search(head) or _META_CHARSET.search(head)
    return m.group(1).decode("ascii") if m else None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _arabic_single_byte(data: bytes) -> bool:
    """Do the non-ASCII bytes read as Arabic words in windows-1256?

    Arabic letters are runs of non-ASCII bytes; Western accented letters are
    mostly single bytes between ASCII letters, and most of them are not
    Arabic letters in windows-1256 either.
    """
    high = data.translate(None, _ASCII_BYTES)
    if len(high) < CHARSET_MIN_HIGH_BYTES:
        return False
    arabic = sum(1 for ch in high.decode("cp1256", "replace") if "\u0600" <= ch <= "\u06ff")
    if arabic < CHARSET_ARABIC_SHARE * len(high):
        return False
    runs = sum(len(m.group()) for m in re.finditer(rb"[\x80-\xff]{2,}", data))
    return runs >= CHARSET_RUN_SHARE * len(high)


def decode_html(data: bytes, encoding: Optional[str] = None) -> Tuple[str, Tuple[Note, ...]]:
    """Decode a page's bytes: ``encoding`` (the HTTP charset) or a byte-order mark first,
    then the page's declaration, then detection.

    A windows-1252 (or Latin-1, ASCII) label is second-guessed: valid UTF-8
    is read as UTF-8, and bytes that read as Arabic words in windows-1256 are
    read as windows-1256.  A note says when the text was not decoded with the
    declared charset.  Never raises on bad bytes (they become U+FFFD).
    """
    data = bytes(data)
    for bom, bom_codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom) :].decode(bom_codec, "replace"), ()
    label = encoding or declared_charset(data)
    where = "HTTP" if encoding else "meta"
    codec = _codec(label)
    used: Optional[str] = None
    why = ""
    if codec == "cp1252" or codec == "utf-8" or codec is None:
        if _is_utf8(data):
            used = "utf-8"
            if codec == "cp1252" and not data.isascii():
                why = f"the page declares {label} but its bytes are valid UTF-8"
        elif _arabic_single_byte(data):
            used = "cp1256"
            why = (
                f"the page declares {label} but its bytes read as Arabic in windows-1256"
                if label
                else "no charset declared; the bytes read as Arabic in windows-1256"
            )
        elif codec is not None:
            used = codec
        else:
            used, why = _detect(data)
    else:
        used = codec
    try:
        text = data.decode(used)
    except (UnicodeDecodeError, LookupError):
        text = data.decode(used if used else "utf-8", "replace")
    notes: Tuple[Note, ...] = ()
    if why:
        notes = (
            Note(
                "html-charset",
                f"decoded as {used}: {why}",
                (("declared", label), ("declared_in", where if label else None), ("used", used)),
            ),
        )
    return text, notes


def _detect(data: bytes) -> Tuple[str, str]:
    """No usable declaration: charset_normalizer's guess (a trafilatura dependency)."""
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[: 1 << 20]).best()
    except Exception:  # pragma: no cover - detection is best effort
        best = None
    if best is not None and best.encoding:
        return best.encoding, f"no usable charset declared; detected {best.encoding}"
    return "utf-8", "no usable charset declared and none detected; undecodable bytes replaced"


def looks_like_html(text: str) -> bool:
    """Is ``text`` clearly an HTML page: it starts with a tag, and a doctype, ``<html`` or
    ``<body`` appears in its first 2048 characters?"""
    return _HTML_START.match(text) is not None and _HTML_SIGN.search(text, 0, 2048) is not None


# --- tree ----------------------------------------------------------------------------------

_PARSER = None


def _parser():
    global _PARSER
    if _PARSER is None:
        from lxml.html import HTMLParser

        # huge_tree: libxml2 keeps 2048 levels of nesting instead of 256 (deeper text is lost)
        _PARSER = HTMLParser(
            huge_tree=True, remove_comments=True, remove_pis=True, collect_ids=False, default_doctype=False
        )
    return _PARSER


def _load_tree(text: str):
    """The page's root element, or None when there is nothing to parse."""
    from lxml import etree
    from lxml.html import document_fromstring

    text = _XML_DECL.sub("", text, count=1)
    if _BAD_CHARS.search(text):
        text = _BAD_CHARS.sub(" ", text)
    if not text.strip():
        return None
    try:
        root = document_fromstring(text, parser=_parser())
    except (etree.ParserError, ValueError, etree.XMLSyntaxError):
        return None
    if root is None:
        return None
    _flatten_deep(root)
    return root


def _flatten_deep(root) -> None:
    """Elements deeper than :data:`MAX_DEPTH` lose their tags, keeping their text, so that
    no later step (ours or trafilatura's) walks an arbitrarily deep tree."""
    from lxml import etree

    deep = root.xpath("*/" * (MAX_DEPTH - 1) + "*")
    for el in deep:
        etree.strip_elements(el, *SKIP_TAGS, with_tail=False)
        etree.strip_tags(el, "*")


# --- lines ---------------------------------------------------------------------------------


class HtmlSpan(NamedTuple):
    """Where a line of ``Document.source_text`` came from: ``source_text[start:end]`` is the
    text of the element at ``path`` (an lxml/XPath path such as ``/html/body/div[2]/p[3]``)."""

    start: int
    end: int
    path: str


@dataclass
class PageLine:
    """One line of the page as arclean reads it, with what the HTML says about it."""

    text: str
    #: the element path of the block element the line's text starts in
    path: str
    #: structural role from the element or an ancestor ("nav", "footer", "aside", "comments",
    #: "share", "ad", "related", "menu", "breadcrumb", "form", "promo"), or None
    role: Optional[str] = None
    #: 1-6 inside ``<h1>``..``<h6>``, else 0
    heading: int = 0
    #: inside a list item (``<li>``, ``<dt>``, ``<dd>``)
    list_item: bool = False
    #: share of the line's characters inside links (0.0-1.0)
    link_density: float = 0.0
    #: did trafilatura's main-content guess keep this line?
    kept: bool = False
    #: the element that gave the role (to tell a wrapper from a real block)
    role_el: Any = None
    #: the block element the line starts in
    el: Any = None
    #: the list item the line sits in, if any
    li_el: Any = None


def _words_of(el) -> Iterable[str]:
    for attr in ("class", "id"):
        value = el.get(attr)
        if value and _ENCODED.search(value) is None:
            for w in _WORD_SPLIT.split(value):
                if w and not (w.isupper() and len(w) <= 3):  # "AD", "NAV" in codes are not words
                    yield w.lower()


#: A ``<footer>`` in these is their citation or credit ("— <name>, <role>" under a quote), not
#: the page's footer.
_CITING_PARENTS = frozenset(("blockquote", "figure", "q"))


def _own_role(el, tag: str) -> Optional[str]:
    role = TAG_ROLES.get(tag)
    if role is not None:
        if role == "footer":
            parent = el.getparent()
            if parent is not None and isinstance(parent.tag, str) and parent.tag.lower() in _CITING_PARENTS:
                return None
        return role
    aria = el.get("role")
    if aria:
        role = ARIA_ROLES.get(aria.strip().lower())
        if role is not None:
            return role
    if el.get("class") is None and el.get("id") is None:
        return None
    prev = ""
    for w in _words_of(el):
        role = WORD_ROLES.get(w)
        if role == "comments" and prev in _CAPTION_WORDS:
            prev = w
            continue  # a photo's caption ("serendipity_imageComment", "photo-comment"), no reader's comment
        if role is not None:
            return role
        prev = w
    return None


# Class words before "comment" that make it a photo's caption ("imageComment").
_CAPTION_WORDS = frozenset(("image", "img", "photo", "picture", "pic"))


_XPATH_NAME = re.compile(r"[a-z][a-z0-9_-]*\Z")


def _step(tag: str, k: int, n: int) -> str:
    """One XPath step: ``tag[k]`` (k-th child of that tag), or ``*[n]`` (n-th child element)
    when the tag name is not a plain XPath name (``o:p``, ``fb:like``)."""
    return f"{tag}[{k}]" if _XPATH_NAME.match(tag) else f"*[{n}]"


def _hidden(el) -> bool:
    if el.get("hidden") is not None or el.get("type") == "hidden":
        return True
    style = el.get("style")
    return bool(style) and _HIDDEN_STYLE.search(style) is not None


def _protected(root) -> set:
    """Elements that hold an article, a ``<main>``, an ``<h1>`` or an ``articleBody``: a role
    on one of them describes a wrapper of the whole page, not a block to drop."""
    out: set = set()
    targets = root.xpath("//article|//main|//h1|//*[@itemprop='articleBody']")
    for el in targets:
        p = el.getparent()
        while p is not None and p not in out:
            out.add(p)
            p = p.getparent()
    return out


#: A ``<noscript>`` holding at least this much text is the page's own content printed for
#: readers without scripts (a Flarum forum renders its whole thread there), not a tracker's
#: fallback: its text is read.
NOSCRIPT_CONTENT_MIN_CHARS = 400


def _content_noscript(el) -> bool:
    return len(el.text_content()) >= NOSCRIPT_CONTENT_MIN_CHARS


def _content_slot(el) -> bool:
    """A ``<template>`` that is a front-end framework's named slot (``slot="contents"``,
    ``v-slot:contents``), holding as much text as a content ``<noscript>``: the framework
    renders it in place (a Wiki.js page prints its article so), so its text is read."""
    return any(a == "slot" or a.startswith(("v-slot", "#")) for a in el.attrib) and _content_noscript(el)


def page_lines(root) -> List[PageLine]:
    """Every visible string of the page, one :class:`PageLine` per block of text.

    One iterative pass (lxml's ``iterwalk``) in document order: block elements
    and ``<br>`` end a line, inline elements join their text to it, skipped and
    hidden elements contribute only their tail.
    """
    return _walk(root)[0]


def _walk(root) -> Tuple[List[PageLine], List[Tuple[Any, int]]]:
    """:func:`page_lines`, plus each ``<time datetime>`` element with the index of its line.

    Element paths are built on the way down (``/html[1]/body[1]/div[3]``, a
    ``*[n]`` step for tag names XPath cannot spell), counting siblings as they
    come: ``getpath`` per line would rescan the siblings of every element.
    """
    from lxml import etree

    protected = _protected(root)
    lines: List[PageLine] = []
    buf: List[str] = []
    link_chars = 0
    start_ctx: Optional[tuple] = None
    # context per open element: role, role_el, in_link, heading, list item element, block
    # element, skipped, the element's path, its children counted so far by tag, block path
    root_path = "/" + _step(str(root.tag).lower(), 1, 1)
    ctx: List[tuple] = [(None, None, False, 0, None, root, False, root_path, {}, root_path)]
    times: List[Tuple[Any, int]] = []

    def add(text: Optional[str], c: tuple) -> None:
        nonlocal link_chars, start_ctx
        if not text:
            return
        if start_ctx is None:
            if text.isspace():
                return
            start_ctx = c
        buf.append(text)
        if c[2]:
            link_chars += len(text.strip())

    def flush() -> None:
        nonlocal link_chars, start_ctx
        if start_ctx is not None:
            text = _SPACES.sub(" ", "".join(buf)).strip()
            if text:
                role, role_el, _link, heading, li, block = start_ctx[:6]
                lines.append(
                    PageLine(
                        text=text,
                        path=start_ctx[9],
                        role=role,
                        heading=heading,
                        list_item=li is not None,
                        link_density=min(1.0, link_chars / len(text)),
                        role_el=role_el,
                        el=block,
                        li_el=li,
                    )
                )
        buf.clear()
        link_chars = 0
        start_ctx = None

    walker = etree.iterwalk(root, events=("start", "end"))
    next(walker)  # the root's own start: its context is ctx[0]
    add(root.text, ctx[0])
    for event, el in walker:
        if el is root:  # the root's end
            break
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            parent = ctx[-1]
            if not tag or parent[6]:
                walker.skip_subtree()
                ctx.append(parent[:6] + (True,) + parent[7:])
                continue
            counts = parent[8]
            k = counts[tag] = counts.get(tag, 0) + 1
            n = counts["*"] = counts.get("*", 0) + 1
            path = parent[7] + "/" + _step(tag, k, n)
            if (tag in SKIP_TAGS and not (tag == "noscript" and _content_noscript(el)) and not (tag == "template" and _content_slot(el))) or _hidden(el):
                walker.skip_subtree()
                ctx.append(parent[:6] + (True, path, {}, parent[9]))
                continue
            role, role_el, in_link, heading, li, block, _, _, _, block_path = parent
            own = _own_role(el, tag) if el not in protected else None
            if own is not None:
                role, role_el = own, el
            if tag == "a":
                in_link = True
            elif tag == "time" and el.get("datetime"):
                times.append((el, len(lines)))
            elif tag in HEADINGS:
                heading = int(tag[1])
            elif tag in ("li", "dt", "dd"):
                li = el
            if tag in BLOCK_TAGS or tag == "br":
                flush()
                if tag != "br":
                    block, block_path = el, path
            elif tag in CELL_TAGS and start_ctx is not None:
                buf.append(CELL_SEPARATOR)  # (the row's next cell: "2023 | 68,900 | 980")
            c: tuple = (role, role_el, in_link, heading, li, block, False, path, {}, block_path)
            ctx.append(c)
            add(el.text, c)
        else:
            c = ctx.pop()
            if not c[6] and (tag in BLOCK_TAGS):
                flush()
            add(el.tail, ctx[-1])
    flush()
    return lines, times


# --- trafilatura's main-content guess ------------------------------------------------------

_QUIETED = False


def _quiet_logging() -> None:
    """trafilatura (and htmldate, courlan) log warnings for pages they discard: keep them
    quiet unless the user set a level on those loggers."""
    global _QUIETED
    if _QUIETED:
        return
    for name in ("trafilatura", "htmldate", "courlan"):
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET:
            logger.setLevel(logging.CRITICAL)
    _QUIETED = True


def main_text(root, url: Optional[str] = None) -> Optional[str]:
    """trafilatura's main text of the page (comments excluded), or None when it finds none."""
    _quiet_logging()
    from trafilatura import bare_extraction

    try:
        doc = bare_extraction(
            root, url=url, include_comments=False, include_tables=True, with_metadata=False, fast=TRAFILATURA_FAST
        )
    except Exception:  # trafilatura is a guess; a failure is no guess
        return None
    if isinstance(doc, dict):
        text = doc.get("text")
    else:
        text = getattr(doc, "text", None) if doc is not None else None
    return text or None


def mark_kept(lines: Sequence[PageLine], text: Optional[str]) -> None:
    """Mark the lines whose text trafilatura kept (exact line, or inside its text when long)."""
    if not text:
        return
    kept_lines = {_SPACES.sub(" ", t).strip() for t in text.split("\n")}
    flat = _SPACES.sub(" ", text)
    for ln in lines:
        t = ln.text
        ln.kept = t in kept_lines or (len(t) >= KEPT_MIN_CHARS and t in flat)


def _drop_wrapper_roles(lines: Sequence[PageLine]) -> None:
    """A class/id role whose element holds most of trafilatura's text is a page wrapper
    (e.g. ``<div id="content-sidebar-wrap">``): its lines lose that role, and so do a
    ``<form>``'s (a forum's moderation form around its posts, a WebForms page's one form).
    Comment sections keep theirs (trafilatura may take a long comment policy for the
    article), and so do the other elements named by their tag (``<nav>``, ``<footer>``)."""
    total = 0
    per_el: Dict[Any, int] = {}
    for ln in lines:
        if ln.kept:
            total += len(ln.text)
            if ln.role_el is not None:
                per_el[ln.role_el] = per_el.get(ln.role_el, 0) + len(ln.text)
    if not total:
        return
    wrappers = {
        el
        for el, n in per_el.items()
        if n >= WRAPPER_KEPT_SHARE * total and (el.tag not in TAG_ROLES or el.tag == "form") and not _is_comments(el)
    }
    if wrappers:
        for ln in lines:
            if ln.role_el in wrappers:
                ln.role, ln.role_el = None, None


def _is_comments(el) -> bool:
    return any(WORD_ROLES.get(w) == "comments" for w in _words_of(el))


#: hint roles this module gives (keys of :data:`arclean.segment.HINT_KINDS` decide a line)
_ROLE_HINT = {
    "nav": "nav",
    "menu": "menu",
    "breadcrumb": "breadcrumb",
    "footer": "footer",
    "aside": "aside",
    "related": "related",
    "comments": "comments",
    "share": "share",
    "ad": "ad",
    "form": "form",
    "promo": "promo",
}


def line_hint(ln: PageLine) -> Optional[str]:
    """The hint for one line: its structural role, else "heading" or "li" (left to the rules)."""
    if ln.role is not None:
        return _ROLE_HINT.get(ln.role, ln.role)
    if ln.heading:
        return "heading"
    if ln.list_item:
        return "li"
    return None


#: A line with at least this share of its characters in links is a link line...
LINK_LINE_DENSITY = 0.8
#: ...and is hinted "links" on its own from this many words (shorter ones, such as a
#: byline's linked name or a menu item, are left to the rules)...
LINK_LINE_MIN_WORDS = 4
#: ...and an element of at most this many lines led by a link line is a teaser...
TEASER_MAX_LINES = 3
#: ...and this many teasers side by side (children of one element) are a teaser list.
TEASER_LIST_MIN = 3


def page_hints(lines: Sequence[PageLine]) -> List[Optional[str]]:
    """One hint per line for :func:`arclean.parse`.

    * a structural role (see :func:`line_hint`);
    * ``"links"``: a line (almost) all link text that trafilatura did not keep
      (tickers, teaser headlines, menus outside ``<nav>``);
    * teasers: an element of at most :data:`TEASER_MAX_LINES` lines led by a
      link line (a headline and its summary), without an ``<h1>``, is
      ``"links"`` when it is a list item trafilatura kept none of, or when
      :data:`TEASER_LIST_MIN` such elements stand side by side (a listing:
      trafilatura keeps those summaries);
    * else ``"heading"`` / ``"li"`` / None, which the rules decide.
    """
    hints = [line_hint(ln) for ln in lines]
    link_line = [ln.role is None and ln.link_density >= LINK_LINE_DENSITY for ln in lines]
    for i, ln in enumerate(lines):
        # short link lines (a byline's name, a menu item) are left to the rules
        if link_line[i] and not ln.kept and len(ln.text.split()) >= LINK_LINE_MIN_WORDS:
            hints[i] = "links"
    # lines under each block element and its parent and grandparent
    under: Dict[Any, List[int]] = {}
    for i, ln in enumerate(lines):
        el, level = ln.el, 0
        while el is not None and level < 3:
            under.setdefault(el, []).append(i)
            el, level = el.getparent(), level + 1
    units: Dict[Any, List[int]] = {}  # teaser element -> its lines
    for i, ln in enumerate(lines):
        if not link_line[i]:
            continue
        el, level = ln.el, 0
        while el is not None and level < 3:
            idx = under.get(el, ())
            if len(idx) > TEASER_MAX_LINES:
                break
            if len(idx) >= 2 and idx[0] == i:
                units[el] = idx
                break
            el, level = el.getparent(), level + 1
    side_by_side: Dict[Any, int] = {}
    for el in units:
        parent = el.getparent()
        side_by_side[parent] = side_by_side.get(parent, 0) + 1
    for el, idx in units.items():
        if any(lines[k].heading == 1 for k in idx):
            continue  # the article's own header (breadcrumb, headline, date)
        listing = side_by_side[el.getparent()] >= TEASER_LIST_MIN
        if listing or (lines[idx[0]].li_el is not None and not any(lines[k].kept for k in idx)):
            for k in idx:
                if lines[k].role is None:
                    hints[k] = "links"
    _opening_post(lines, hints)
    return hints


#: A line of at least this many words is a paragraph-sized line (for :func:`_opening_post`)...
POST_PARAGRAPH_MIN_WORDS = 15
#: ...and a page whose comments hold this many times the others' paragraph-sized lines is a
#: forum thread whose every post is marked up as a comment.
OPENING_POST_SHARE = 4


def _opening_post(lines: Sequence[PageLine], hints: List[Optional[str]]) -> None:
    """A forum thread whose posts all carry a comment's markup (Invision's ``ipsComment``,
    a post's ``comment`` class): when the paragraph-sized lines inside comments elements
    outnumber the others :data:`OPENING_POST_SHARE` to one (the others: a forum's notices),
    the first comments element is the thread's opening post, the story: its lines lose the
    hint."""
    inside = sum(1 for ln in lines if ln.role == "comments" and len(ln.text.split()) >= POST_PARAGRAPH_MIN_WORDS)
    outside = sum(1 for ln in lines if ln.role != "comments" and len(ln.text.split()) >= POST_PARAGRAPH_MIN_WORDS)
    if inside < OPENING_POST_SHARE * max(1, outside):
        return
    first = next((ln.role_el for ln in lines if ln.role == "comments" and len(ln.text.split()) >= POST_PARAGRAPH_MIN_WORDS), None)
    if first is None:
        return
    for i, ln in enumerate(lines):
        if ln.role_el is first:
            hints[i] = None


# --- metadata from the markup ----------------------------------------------------------------


class MarkupValue(NamedTuple):
    """A metadata value the markup states, with where it was found.

    ``source`` is ``"json-ld"``, a meta tag's name (``"og:title"``,
    ``"article:published_time"``), ``"itemprop"``, ``"time"`` or ``"title"``;
    ``offset`` is the UTC offset (minutes) written with a date-time, if any;
    ``line`` is the index of the page line a ``<time>`` element sits in.
    """

    value: Any
    source: str
    offset: Optional[int] = None
    line: Optional[int] = None


#: meta tags stating the publication date, in the order they are trusted
PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubdate",
    "publication_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "date",
)
UPDATED_META = (
    "article:modified_time",
    "og:article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "article.updated",
)
TITLE_META = ("og:title", "twitter:title", "dc.title", "headline", "title")
SITE_META = ("og:site_name", "application-name", "al:android:app_name", "twitter:site")
#: section names that are a CMS's placeholders, not the article's category
PLACEHOLDER_SECTIONS = frozenset(("featured", "uncategorized", "general", "news", "home", "main", "default", "غير مصنف"))
_ARTICLE_TYPES = frozenset(
    ("article", "newsarticle", "blogposting", "report", "reportagenewsarticle", "analysisnewsarticle",
     "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting", "scholarlyarticle",
     "techarticle", "medicalwebpage", "posting", "socialmediaposting")
)
_TITLE_SEPARATORS = re.compile(r"\s+[-|–—»«•·]+\s+|\s*[|»«]\s*|\s+::\s+")


def _clean(value: Any) -> Optional[str]:
    if not isinstance(value, str):
        return None
    value = _SPACES.sub(" ", value).strip()
    return value or None


def _markup_date(raw: Any, source: str, line: Optional[int] = None) -> Optional[MarkupValue]:
    """A day-precise date (or minute-precise date-time) from a markup string; never a
    year or month alone."""
    text = _clean(raw)
    if text is None or len(text) > 120:
        return None
    from .dates import parse_date

    m = parse_date(text)
    if m is None or m.value is None or m.day is None:
        return None
    return MarkupValue(m.value, source, m.tz_offset_minutes, line)


def _ld_objects(data: Any, out: List[dict], depth: int = 0) -> None:
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            _ld_objects(item, out, depth + 1)
    elif isinstance(data, dict):
        out.append(data)
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if key in data:
                _ld_objects(data[key], out, depth + 1)


def _ld_types(obj: dict) -> List[str]:
    t = obj.get("@type")
    types = t if isinstance(t, list) else [t]
    return [x.lower() for x in types if isinstance(x, str)]


def _ld_names(value: Any, person_only: bool) -> List[str]:
    items = value if isinstance(value, list) else [value]
    names: List[str] = []
    for item in items:
        if isinstance(item, str):
            name = _clean(item)
        elif isinstance(item, dict):
            if person_only and "person" not in _ld_types(item):
                continue
            name = _clean(item.get("name"))
        else:
            name = None
        if name and not name.startswith("http"):
            names.append(name)
    return names


def _json_ld(root) -> Tuple[List[dict], List[dict]]:
    """The article objects and the web-page objects of the page's JSON-LD."""
    articles: List[dict] = []
    pages: List[dict] = []
    for script in root.iter("script"):
        kind = (script.get("type") or "").lower()
        if "ld+json" not in kind or not script.text:
            continue
        try:
            data = json.loads(script.text, strict=False)
        except ValueError:
            continue
        objs: List[dict] = []
        _ld_objects(data, objs)
        for obj in objs:
            types = _ld_types(obj)
            if any(t in _ARTICLE_TYPES or t.endswith("article") for t in types):
                articles.append(obj)
            elif "webpage" in types:
                pages.append(obj)
    return articles, pages


#: The text before a ``<time>`` element read for its label, at most this many characters.
TIME_LABEL_CHARS = 60


def _update_label_before(el) -> bool:
    """Does the text right before a ``<time>`` element, in its parent, say update ("حدّثه
    <name>", "آخر تحديث:")?  (:func:`arclean.dates.date_label_role`)"""
    parent = el.getparent()
    if parent is None:
        return False
    before = [parent.text or ""]
    for child in parent:
        if child is el:
            break
        before.append(child.text_content())
        before.append(child.tail or "")
    from .dates import date_label_role

    return date_label_role("".join(before)[-TIME_LABEL_CHARS:]) == "updated"


def markup_metadata(root, times: Sequence[Tuple[Any, int]] = ()) -> Dict[str, List[MarkupValue]]:
    """What the page's markup states, field by field, best source first.

    Fields: ``title`` (JSON-LD headline, og:title, twitter:title, ...,
    ``<title>``), ``published`` and ``updated`` (JSON-LD of an article, the
    meta tags of :data:`PUBLISHED_META` / :data:`UPDATED_META`, ``itemprop``
    attributes, ``<time datetime>`` marked as the publication date, JSON-LD
    of the web page, then other ``<time datetime>`` elements with their
    line), ``author`` (JSON-LD persons), ``category`` (JSON-LD
    ``articleSection``, ``article:section``), ``tags`` (``article:tag``, JSON-LD
    ``keywords``) and ``site`` (og:site_name ...).
    """
    out: Dict[str, List[MarkupValue]] = {
        k: [] for k in ("title", "published", "updated", "author", "category", "tags", "site")
    }

    def put(field: str, mv: Optional[MarkupValue]) -> None:
        if mv is not None and mv.value:
            out[field].append(mv)

    articles, pages = _json_ld(root)
    for obj in articles:
        put("title", MarkupValue(_clean(obj.get("headline")) or _clean(obj.get("name")), "json-ld"))
        put("published", _markup_date(obj.get("datePublished") or obj.get("dateCreated"), "json-ld"))
        put("updated", _markup_date(obj.get("dateModified"), "json-ld"))
        names = _ld_names(obj.get("author"), person_only=True)
        if names:
            put("author", MarkupValue("، ".join(names), "json-ld"))
        section = obj.get("articleSection")
        if isinstance(section, list):
            section = section[0] if section else None
        section = _clean(section)
        if section and section.lower() not in PLACEHOLDER_SECTIONS:
            put("category", MarkupValue(section, "json-ld"))
        kw = obj.get("keywords")
        if isinstance(kw, str):
            kw = [k for k in (x.strip() for x in re.split(r"[,،]", kw)) if k]
        if isinstance(kw, list) and kw:
            put("tags", MarkupValue(tuple(k for k in (_clean(x) for x in kw) if k), "json-ld"))

    metas: Dict[str, List[str]] = {}
    for meta in root.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = meta.get("content")
        if key and content:
            metas.setdefault(key.strip().lower(), []).append(content)
    for key in TITLE_META:
        for v in metas.get(key, ())[:1]:
            put("title", MarkupValue(_clean(v), key))
    for key in PUBLISHED_META:
        for v in metas.get(key, ())[:1]:
            put("published", _markup_date(v, key))
    for key in UPDATED_META:
        for v in metas.get(key, ())[:1]:
            put("updated", _markup_date(v, key))
    for raw in metas.get("article:section", ())[:1]:
        section = _clean(raw)
        if section and section.lower() not in PLACEHOLDER_SECTIONS:
            put("category", MarkupValue(section, "article:section"))
    tags = tuple(t for t in (_clean(v) for v in metas.get("article:tag", ())) if t)
    if tags:
        put("tags", MarkupValue(tags, "article:tag"))
    for key in SITE_META:
        for v in metas.get(key, ())[:1]:
            put("site", MarkupValue(_clean(v), key))

    for el in root.xpath("//*[@itemprop][@content or @datetime][not(self::meta)]"):
        prop = el.get("itemprop", "").strip().lower()
        field = {"datepublished": "published", "datemodified": "updated"}.get(prop)
        if field:
            put(field, _markup_date(el.get("datetime") or el.get("content"), "itemprop"))
    generic: List[MarkupValue] = []
    for el, line in times:
        marked = el.get("pubdate") is not None or (el.get("itemprop") or "").lower() == "datepublished"
        mv = _markup_date(el.get("datetime"), "time", line)
        if mv is None:
            continue
        if marked:
            out["published"].append(mv)
        elif _update_label_before(el):
            out["updated"].append(mv)  # "حدّثه <name> <time>", "آخر تحديث: <time>": the edit's stamp
        else:
            generic.append(mv)
    for obj in pages:
        put("published", _markup_date(obj.get("datePublished"), "json-ld"))
        put("updated", _markup_date(obj.get("dateModified"), "json-ld"))
    out["published"].extend(generic)
    for title in root.xpath("//title[not(ancestor::svg)][1]"):
        put("title", MarkupValue(_clean(title.text_content()), "title"))
    return out


# --- merging markup and in-text metadata -------------------------------------------------------

#: A markup and an in-text date-time further apart than this are never one instant in two zones.
MAX_ZONE_SHIFT = dt.timedelta(hours=14)
#: A ``<time>`` element without a publication mark counts when its line lies this close above
#: the body (or inside it).
TIME_NEAR_BODY_LINES = 12
_TRAILING = " .…-|–—:"
# Empty table cells printed after a headline: " | |" (CELL_SEPARATOR with nothing between).
_EMPTY_CELLS_END = re.compile(r"(?:\s*\|)+\s*$")


def _norm_title(text: str) -> str:
    return _SPACES.sub(" ", text).strip().rstrip(_TRAILING).strip()


def title_agrees(title: str, candidate: str) -> bool:
    """Is ``candidate`` (a markup title) ``title`` itself, ``title`` with a site name before or
    after a separator, or a cut-off start of ``title``?"""
    t, c = _norm_title(title), _norm_title(candidate)
    if not t or not c:
        return False
    if t == c:
        return True
    if c.startswith(t):
        return _TITLE_SEPARATORS.match(c, len(t)) is not None or c[len(t) :].lstrip()[:1] in "-|–—»«•·:"
    if c.endswith(t):
        head = c[: len(c) - len(t)]
        return _TITLE_SEPARATORS.search(head) is not None and head.rstrip()[-1:] in "-|–—»«•·:"
    # a title cut short in og:title / <title> (youm7 cuts at a length)
    return t.startswith(c) and len(c) >= 20 and len(c) >= 0.5 * len(t)


def _other_sides(title: str, candidate: str) -> List[str]:
    """The parts of a markup title ``candidate`` other than ``title`` when it is one part of
    it ("<story> - <forum>" with ``title`` the forum: the story), else none (normalised)."""
    t = _norm_title(title)
    parts = [_norm_title(p) for p in _TITLE_SEPARATORS.split(candidate) if p and p.strip()]
    return [p for p in parts if p and p != t] if len(parts) > 1 and t in parts else []


def strip_site_name(title: str, sites: Sequence[str]) -> str:
    """``title`` without a site name joined to it by a separator ("<story> - <site>")."""
    parts = [p for p in _TITLE_SEPARATORS.split(title) if p and p.strip()]
    if len(parts) < 2:
        return title
    keep = [p for p in parts if not any(s and (s in p or p in s) for s in sites)]
    if keep and len(keep) < len(parts):
        parts = [k.strip() for k in keep]
        title = " - ".join(parts)
    # a short last part is the site, or its section once the known site name is gone (and the
    # short part before it too, "<story> - أخبار المحافظات - Powered by Discuz!"), while the
    # story stays the longest
    first = parts[0].strip()
    while len(parts) > 1:
        last = parts[-1].strip()
        at = title.rfind(last)
        if at <= 0 or not (len(last.split()) <= 4 and len(last) * 2 < len(first)):
            break
        title = _SPACES.sub(" ", title[:at]).strip().rstrip(_TRAILING).strip()
        parts = parts[:-1]
    return title


def _day(value: Any) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def merge_date(
    markup: Sequence[MarkupValue], text_value: Any, body_lines: Optional[Tuple[int, int]]
) -> Tuple[Any, Optional[str], Optional[Note]]:
    """The date to report, its source and a note when markup and text disagree.

    1. explicit markup, best source first (a plain ``<time>`` only near the body);
    2. the in-text date when there is no markup date, or when it is the markup's
       date with the time added, or the same instant written in the page's
       local zone (the markup in UTC, the text in local time);
    3. on any other disagreement the markup wins and a note keeps both.
    """
    explicit = None
    for mv in markup:
        if mv.source == "time" and mv.line is not None:
            if body_lines is None or not (body_lines[0] - TIME_NEAR_BODY_LINES <= mv.line < body_lines[1]):
                continue
        explicit = mv
        break
    if explicit is None:
        return (text_value, "text", None) if text_value is not None else (None, None, None)
    m = explicit.value
    if text_value is None:
        return m, explicit.source, None
    t = text_value
    if _day(t) == _day(m):
        if isinstance(t, dt.datetime) and not isinstance(m, dt.datetime):
            return t, "text", None  # the markup's day, with the time the page prints
        if isinstance(t, dt.datetime) and t != m and explicit.offset is not None and _same_instant(t, m):
            return t, "text", None
        return m, explicit.source, None
    if isinstance(t, dt.datetime) and isinstance(m, dt.datetime) and explicit.offset is not None and _same_instant(t, m):
        return t, "text", None
    if not isinstance(t, dt.datetime) and isinstance(m, dt.datetime) and explicit.offset is not None and _local_day_of(t, m):
        return t, "text", None  # the page's own day of the markup's instant ("3 آذار" for 2024-03-02T22:15Z)
    note = Note(
        "html-date-conflict",
        f"the markup ({explicit.source}) says {_iso(m)}, the text says {_iso(t)}: the markup is kept",
        (("markup", _iso(m)), ("markup_source", explicit.source), ("text", _iso(t))),
    )
    return m, explicit.source, note


#: The zones of the pages arclean reads lie this far west and east of the markup's zone at
#: most: from Mauritania's UTC+0 (a markup's UTC+1, Morocco's) to India's UTC+5:30.
LOCAL_ZONE_WEST = dt.timedelta(hours=1)
LOCAL_ZONE_EAST = dt.timedelta(hours=6)


def _local_day_of(day: dt.date, instant: dt.datetime) -> bool:
    """Is ``day`` the next or the previous day of ``instant`` (a time in its markup's zone),
    as a zone of the region shows it (:data:`LOCAL_ZONE_EAST`, :data:`LOCAL_ZONE_WEST`)?"""
    return day != instant.date() and (instant - LOCAL_ZONE_WEST).date() <= day <= (instant + LOCAL_ZONE_EAST).date()


def _same_instant(local: dt.datetime, utc_like: dt.datetime) -> bool:
    """Are two wall-clock times one instant in two zones (a whole quarter-hour apart, at most
    14 hours)?"""
    diff = local - utc_like
    if abs(diff) > MAX_ZONE_SHIFT:
        return False
    minutes = diff.total_seconds() / 60
    off = minutes % 15
    return min(off, 15 - off) <= ZONE_TOLERANCE_MINUTES


def _same_moment(a: Any, b: Any) -> bool:
    """The same day, and the same minute when both carry a time."""
    if _day(a) != _day(b):
        return False
    return not (isinstance(a, dt.datetime) and isinstance(b, dt.datetime)) or a == b


def _iso(value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="minutes")
    return value.isoformat()


def merge_metadata(
    markup: Dict[str, List[MarkupValue]],
    text_meta: Metadata,
    lines: Sequence[PageLine],
    body_lines: Optional[Tuple[int, int]],
) -> Tuple[Metadata, Dict[str, str], List[Note]]:
    """Metadata from the markup first, then from arclean's reading of the text (see
    ``docs/html.md``); returns the metadata, each field's source and notes."""
    sources: Dict[str, str] = {}
    notes: List[Note] = []
    sites = [mv.value for mv in markup["site"]]

    # title: an <h1> the markup confirms, the text's title the markup confirms, then the markup
    title, tsrc = None, None
    cands = [mv.value for mv in markup["title"]]
    headings = {_norm_title(ln.text) for ln in lines if ln.heading}
    for ln in lines:
        if ln.heading == 1 and ln.role is None and any(title_agrees(ln.text, c) for c in cands):
            if any(rest in headings and len(rest) > len(_norm_title(ln.text)) for c in cands for rest in _other_sides(ln.text, c)):
                continue  # the site's name: the markup title's longer other side is a heading of the page
            whole = {_norm_title(c) for c in cands}
            if any(rest in whole and len(rest) > len(_norm_title(ln.text)) for c in cands for rest in _other_sides(ln.text, c)):
                continue  # ...or another markup title whole ("og:title"): the <h1> is the site's logo text
            title, tsrc = ln.text, "h1"
            break
    if title is None and text_meta.title and any(title_agrees(text_meta.title, c) for c in cands):
        title, tsrc = text_meta.title, "text"
    if title is None:
        for mv in markup["title"]:
            if mv.source == "title":
                continue
            title, tsrc = (mv.value, mv.source) if mv.source == "json-ld" else (strip_site_name(mv.value, sites), mv.source)
            break
    if title is None and text_meta.title:
        title, tsrc = text_meta.title, "text"
    if title is None:
        for mv in markup["title"]:
            title, tsrc = strip_site_name(mv.value, sites), mv.source
            break

    if title is not None:
        title = _EMPTY_CELLS_END.sub("", title) or title  # (a table layout's empty cells: "<headline> | |")
    published, psrc, pnote = merge_date(markup["published"], text_meta.published, body_lines)
    if (
        published is not None
        and psrc != "text"
        and text_meta.published is None
        and text_meta.updated is not None
        and _same_moment(published, text_meta.updated)
    ):
        # the page prints this very date as its last update ("آخر تحديث"), and no publication
        # date: the markup's "published" is the update time, so published stays unknown
        pnote = Note(
            "html-date-conflict",
            f"the markup ({psrc}) gives {_iso(published)} as the publication date, but the page "
            "prints it as the last update: published left empty",
            (("markup", _iso(published)), ("markup_source", psrc), ("text_updated", _iso(text_meta.updated))),
        )
        published, psrc = None, None
    updated, usrc, unote = merge_date(markup["updated"], text_meta.updated, body_lines)
    notes.extend(n for n in (pnote, unote) if n is not None)

    def pick(field: str, text_value: Any) -> Any:
        for mv in markup[field]:
            sources[field] = mv.source
            return mv.value
        if text_value:
            sources[field] = "text"
        return text_value

    author = pick("author", text_meta.author)
    category = pick("category", text_meta.category)
    tags = pick("tags", text_meta.tags)
    for field, value, src in (("title", title, tsrc), ("published", published, psrc), ("updated", updated, usrc)):
        if value is not None and src is not None:
            sources[field] = src
    for field in ("source", "dateline"):
        if getattr(text_meta, field):
            sources[field] = "text"
    meta = replace(
        text_meta,
        title=title,
        published=published,
        updated=updated,
        author=author,
        category=category,
        tags=tuple(tags or ()),
    )
    return meta, {k: sources[k] for k in sorted(sources)}, notes


# --- the entry point ---------------------------------------------------------------------------


def _empty(notes: Sequence[Note]) -> Document:
    return Document(source_text="", segments=(), notes=tuple(notes))


def parse_html(
    html: Union[str, bytes],
    *,
    url: Optional[str] = None,
    encoding: Optional[str] = None,
    repair: bool = True,
    normalize: Any = None,
    lexicon: Any = None,
    main_content: str = "hint",
    profile: Any = None,
    reference: Any = None,
    model: Any = None,
) -> Document:
    """Parse an HTML page (``str``, or ``bytes`` in any charset) into a :class:`Document`.

    ``source_text`` is the page's visible text, one line per block element;
    segments point into it and :attr:`Document.html_spans` maps each line to
    its element path.  Metadata comes from the markup first (JSON-LD, meta
    tags, ``<time datetime>``), then from the text, never a year alone;
    :attr:`Document.metadata_sources` names each field's source.

    ``url`` is passed to trafilatura; ``encoding`` is the HTTP charset of
    ``bytes`` (it overrides the page's ``<meta charset>``); ``repair``,
    ``normalize`` and ``lexicon`` are as in :func:`arclean.parse`.
    ``main_content`` says what trafilatura's main-content guess does:
    ``"hint"`` (default: the lines it keeps lose nothing, the others may
    still be body), ``"limit"`` (lines it does not keep are boilerplate) or
    ``"ignore"`` (not computed).  ``profile`` (a site template,
    :mod:`arclean.profile`), ``reference`` (when the page was fetched, for
    relative dates in the text) and ``model`` (the body score's weights) are as
    in :func:`arclean.parse`.  Never raises
    on malformed markup.
    """
    from .api import parse
    from .repair import repair_text

    if isinstance(html, (bytes, bytearray, memoryview)):
        text, notes_in = decode_html(bytes(html), encoding)
        notes = list(notes_in)
    elif isinstance(html, str):
        text, notes = html, []
    else:
        raise TypeError(f"arclean.parse_html() takes the page as str or bytes, not {type(html).__name__}")
    if main_content not in ("hint", "limit", "ignore"):
        raise ValueError(f"main_content= takes 'hint', 'limit' or 'ignore', not {main_content!r}")
    if not isinstance(repair, bool):
        raise TypeError(f"repair= takes True or False, not {type(repair).__name__}")

    root = _load_tree(text)
    if root is None:
        return _empty(notes)
    lines, times = _walk(root)
    markup = markup_metadata(root, times)  # read before trafilatura, which may prune the tree
    if main_content != "ignore":
        if len(lines) <= MAX_GUESS_LINES:
            mark_kept(lines, main_text(root, url))
            _drop_wrapper_roles(lines)
        else:
            notes.append(
                Note(
                    "html-no-guess",
                    f"the page has {len(lines)} lines (more than {MAX_GUESS_LINES}): trafilatura's "
                    "main-content guess was skipped, the structure hints and the rules decide alone",
                )
            )
    hints = page_hints(lines)
    if main_content == "limit" and any(ln.kept for ln in lines):
        hints = [h if ln.kept or h in _DECIDING else "outside" for h, ln in zip(hints, lines)]

    source = "\n".join(ln.text for ln in lines)
    if repair and source:
        rep = repair_text(source)
        # a repair may write a character str.splitlines() breaks at (U+2028 from its bytes):
        # it becomes a space, one character for one, so the lines and offsets stay put
        fixed = _LINE_BREAKS.sub(" ", rep.text) if rep.changed else source
        if rep.changed and fixed.count("\n") == source.count("\n"):
            source = fixed
            note = rep.note()
            if note is not None:
                notes.append(note)
    spans: List[HtmlSpan] = []
    pos = 0
    for ln, piece in zip(lines, source.split("\n")):
        spans.append(HtmlSpan(pos, pos + len(piece), ln.path))
        pos += len(piece) + 1

    doc = parse(
        source, repair=False, normalize=normalize, lexicon=lexicon, hints=hints, html=False, profile=profile,
        reference=reference, model=model,
    )
    body_lines = _body_line_range(doc, spans)
    if body_lines is None:
        meta, sources = Metadata(), {}  # type: Metadata, Dict[str, str]
        notes.append(Note("html-no-article", "no main article found: the body and the metadata are empty"))
    else:
        meta, sources, more = merge_metadata(markup, doc.metadata, lines, body_lines)
        notes.extend(more)
        if doc.normalization is not None:
            meta = _normalize_strings(meta, doc.normalization)
    return replace(
        doc,
        metadata=meta,
        notes=tuple(notes) + doc.notes,
        html_spans=tuple(spans),
        metadata_sources=sources,
    )


#: hint roles that decide a line (kept in "limit" mode even on lines trafilatura kept)
_DECIDING = frozenset(("nav", "menu", "breadcrumb", "footer", "aside", "related", "comments", "ad", "share",
                       "form", "promo", "links", "references"))


def _body_line_range(doc: Document, spans: Sequence[HtmlSpan]) -> Optional[Tuple[int, int]]:
    """``(first, last + 1)`` line indices of the body, or None when the body is empty."""
    from bisect import bisect_right

    starts = [s.start for s in spans]
    first = last = None
    for seg in doc.segments:
        if seg.label == "body":
            i = bisect_right(starts, seg.start) - 1
            if first is None:
                first = i
            last = i
    if first is None or last is None:
        return None
    return first, last + 1


def _normalize_strings(meta: Metadata, profile: Any) -> Metadata:
    from .normalize import normalize as _n

    def n(v: Optional[str]) -> Optional[str]:
        return _n(v, profile) if v else v

    return replace(
        meta,
        title=n(meta.title),
        author=n(meta.author),
        category=n(meta.category),
        tags=tuple(_n(t, profile) for t in meta.tags),
    )


def parse_routed(
    text: str,
    *,
    repair: bool = True,
    normalize: Any = None,
    lexicon: Any = None,
    hints: Any = None,
    profile: Any = None,
    reference: Any = None,
    model: Any = None,
) -> Document:
    """:func:`arclean.parse` / :func:`arclean.clean` on a string that is an HTML page:
    :func:`parse_html`, with a note (code ``"html"``) saying so."""
    if hints is not None:
        raise ValueError(
            "hints= gives roles per line of text, but this input is an HTML page whose hints come "
            "from its markup; pass html=False to read the markup as text"
        )
    m = _HTML_SIGN.search(text, 0, 2048)
    sign = m.group(0).rstrip(" \t\r\n>/").lower() if m else "<html"
    doc = parse_html(
        text, repair=repair, normalize=normalize, lexicon=lexicon, profile=profile, reference=reference, model=model
    )
    note = Note(
        "html",
        f"the input is an HTML page ({sign}...): read with arclean.parse_html(); "
        "pass html=False to read the markup as text",
        (("detected", sign),),
    )
    return replace(doc, notes=(note,) + doc.notes)
