"""Annotated pages for the failure classes of issue 10, and a must-not-harm set.

Each file in ``tests/data/pages/`` is one small page written for these tests
(none of it is copied from the dev corpus).  A file is:

* header lines that start with ``#``, as ``# key: value``:

  - ``class`` (required): the class of issue 10 the page exercises (``1`` ..
    ``11``), or ``keep`` for the must-not-harm set (``keep_*.txt``);
  - ``style`` (required): the house style the page imitates (``gulf-news``,
    ``forum``, ``recipe``, ``shop`` ...);
  - ``why`` (required): what the page tests and what the right answer is;
  - ``title`` (optional): the expected title when it differs from the ``T``
    line's text, e.g. the headline without a " - Site" suffix;
  - ``published`` (optional): the expected publication date, ``YYYY-MM-DD``,
    or ``none`` when the page states none (dates inside the story, in
    comments or in teasers are not the page's date);
  - ``xfail`` (optional): why today's engine fails the page.  The page's
    annotation test then runs as ``xfail(strict=True)``: once the engine gets
    it right the test fails as XPASS and the marker must be removed.

* then one line of page text a line: a label prefix, a TAB, the text.  The
  prefix is ``B`` (body), ``T`` (the article's title), ``M`` (another
  metadata line: date, byline, dateline, category, source, tags, reading
  time) or ``X`` (boilerplate of any kind, as LABELING.md's ``bp:`` kinds).
  Empty lines are blank page lines.

The page text is the lines without their prefixes.  The annotation test checks
``parse(page).body`` against the ``B`` lines joined by ``"\\n"`` exactly (the
pages are short, so no token-F1 slack is allowed), the title
against the ``T`` line (None when the page has none), and, for pages without
any ``B`` line (no article), that the body is empty and no date is published.
The contract test checks that the segments partition the page and that
``clean`` is idempotent on it, for every page, with no xfail.
"""
from __future__ import annotations

import json
import re
from typing import Dict, List

import pytest

import arclean

from tsvdata import DATA, SHARED

try:  # pytest's default "prepend" import mode puts tests/ on sys.path
    from pagefile import Page, load_page
    from pagegen import check_partition
except ImportError:  # pragma: no cover - tests/ imported as a package
    from tests.pagefile import Page, load_page
    from tests.pagegen import check_partition

PAGES_DIR = DATA / "pages"

#: the classes of issue 10 that have pages here (9, other dumpers, is tested on dev_variants.jsonl)
CLASSES: Dict[str, str] = {
    "1": "the longest prose block is not the article",
    "2": "pages with no article",
    "3": "teaser lists after the story",
    "4": "reader comments after the story",
    "5": "contained duplicates",
    "6": "headline residue",
    "7": "titles",
    "8": "photo captions inside the story",
    "10": "the web beyond news",
    "11": "single-paragraph Urdu and Persian documents",
    "keep": "must not harm",
}
#: each class is covered by at least this many pages, in at least this many house styles
MIN_PAGES_PER_CLASS = 3
MIN_STYLES_PER_CLASS = 3
#: a page has at most this many lines (pages stay small; the module runs in seconds)
MAX_PAGE_LINES = 40
#: lines at least this long must not occur verbatim in the shared dev corpus (nothing is copied)
COPY_CHECK_MIN_CHARS = 50

def load_pages() -> List[Page]:
    return [load_page(p) for p in sorted(PAGES_DIR.glob("*.txt"))]


PAGES = load_pages()


def _param(page: Page, *, with_xfail: bool):
    marks = []
    if with_xfail and "xfail" in page.header:
        marks.append(pytest.mark.xfail(strict=True, reason=page.header["xfail"]))
    return pytest.param(page, marks=marks, id=page.name)


# --------------------------------------------------------------------------
# The data set itself
# --------------------------------------------------------------------------


def test_pages_are_well_formed() -> None:
    assert PAGES, f"no pages in {PAGES_DIR}"
    by_class: Dict[str, List[Page]] = {}
    for page in PAGES:
        h = page.header
        for key in ("class", "style", "why"):
            assert h.get(key), f"{page.name}: header {key!r} missing"
        assert h["class"] in CLASSES, f"{page.name}: unknown class {h['class']!r}"
        if "published" in h:
            assert h["published"] == "none" or re.fullmatch(r"\d{4}-\d\d-\d\d", h["published"]), page.name
        assert len(page.page_lines) - 1 <= MAX_PAGE_LINES, f"{page.name}: too long"
        assert len(page.title_lines) <= 1, f"{page.name}: more than one T line"
        if "title" in h:
            assert page.title_lines, f"{page.name}: a title header without a T line"
            assert h["title"] in page.title_lines[0], f"{page.name}: the title header is not in the T line"
        if h["class"] == "keep":
            assert page.name.startswith("keep_"), page.name
            assert {p for p, _ in page.parts} <= {"B", "T"}, f"{page.name}: keep pages are all body (and a title)"
        else:
            assert not page.name.startswith("keep_"), page.name
        if not page.has_article:
            assert not page.title_lines, f"{page.name}: a page with no article has no title"
            assert "published" not in h, f"{page.name}: a page with no article has no date"
        by_class.setdefault(h["class"], []).append(page)
    for cls in CLASSES:
        pages = by_class.get(cls, [])
        assert len(pages) >= MIN_PAGES_PER_CLASS, f"class {cls}: {len(pages)} pages"
        styles = {p.header["style"] for p in pages}
        assert len(styles) >= MIN_STYLES_PER_CLASS, f"class {cls}: styles {sorted(styles)}"
    assert any(not p.has_article for p in by_class["2"])


def test_pages_are_not_copied_from_the_dev_corpus() -> None:
    """Every page was written for these tests: no long line occurs verbatim in ../shared/corpus."""
    corpus = SHARED / "corpus"
    files = sorted(corpus.glob("*.jsonl")) if corpus.is_dir() else []
    if not files:
        pytest.skip(f"{corpus} not found: nothing to compare with")
    texts = []
    for f in files:
        with f.open(encoding="utf-8") as fh:
            texts.extend(json.loads(line)["text"] for line in fh if line.strip())
    corpus_text = "\n".join(texts)
    copied = [
        (page.name, t[:60])
        for page in PAGES
        for _p, t in page.parts
        if len(t) >= COPY_CHECK_MIN_CHARS and t in corpus_text
    ]
    assert not copied, copied


# --------------------------------------------------------------------------
# The engine on each page
# --------------------------------------------------------------------------


@pytest.mark.parametrize("page", [_param(p, with_xfail=True) for p in PAGES])
def test_page(page: Page) -> None:
    doc = arclean.parse(page.text)
    if not page.has_article:
        assert doc.body == "", "a page with no article has an empty body"
        assert doc.metadata.published is None, "a page with no article has no published date"
    else:
        assert doc.body == page.body
    assert doc.metadata.title == page.expected_title
    want = page.header.get("published")
    if want == "none":
        assert doc.metadata.published is None
    elif want is not None:
        published = doc.metadata.published
        assert published is not None and published.isoformat()[:10] == want


@pytest.mark.parametrize("page", [_param(p, with_xfail=False) for p in PAGES])
def test_page_contracts(page: Page) -> None:
    doc = arclean.parse(page.text)
    check_partition(doc, page.text)
    once = arclean.clean(page.text)
    assert once == doc.body
    assert arclean.clean(once) == once
