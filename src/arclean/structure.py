"""Page structure checks: the shapes of lines that the body score alone misreads.

The body score of :mod:`arclean.segment` finds the densest prose on a page.
On unseen sites that prose is often not the article, or not all of it is:

* **teaser lists** (:func:`teaser_pair_lines`): headline, one-paragraph
  summary, headline, summary ... (a section or aggregator page, "more
  stories" under an article, an events calendar).  Each summary scores like
  prose; the list gives itself away by its shape and by headlines that share
  no subject, summaries cut off with "...", or a date or byline per item;
* **dated headlines** (:func:`dated_headlines`): other stories' headlines,
  each with its date glued at its end;
* **reader comments** without a header (:func:`comment_items`): a name, a
  time stamp and a few short lines, again and again;
* **headline residue** (:func:`headline_residue`): the headline printed
  again a word per line;
* **a book's table of contents** (:func:`page_number_contents`): lines ending
  with " . 15" or ".... 15", one after the other;
* **no article** (:func:`has_article`): a body with no sentence, keyword
  soup, or only Latin-script chrome on an Arabic page;
* **tails and edges**: a run never ends on a sub-heading (:func:`trim_run_tails`),
  a list the story introduces with a colon is the story's (:func:`colon_list`),
  a caption under the last paragraph is the story's (:func:`trailing_caption`),
  a tag cloud under the story is its tags (:func:`tag_cloud`), and a
  one-sentence document is its own body (:func:`single_paragraph_run`).

They look at line shapes, at the connectives that tie paragraphs together
(``data/connectives.tsv``) and at words shared between lines, never at any
site's wording, so they hold on pages nobody tuned them to.  Each labels what
it decides with a rule ``structure.<name>`` (see docs/guide.md).
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Callable, Dict, FrozenSet, List, Optional, Sequence, Set, Tuple

from . import names
from .fold import block_matches, key_bytes
from .lexicon import data_rows, trie_regex
from .lines import BULLETS, DIGIT, Line, lines_holding
from .rules import SENTENCE_PUNCT, has_arabic

__all__ = [
    "QUESTION_KEYS",
    "index_chains",
    "line_codes",
    "FREE_PROSE",
    "FREE_SHORT",
    "FREE_OTHER",
    "STAMP",
    "DATED_TEXT",
    "DECIDED",
    "continues_story",
    "continues_sentence",
    "trim_run_tails",
    "teaser_pair_lines",
    "drop_lines_from_runs",
    "drop_list_leftovers",
    "has_article",
    "single_paragraph_run",
    "comment_items",
    "headline_residue",
    "trailing_caption",
    "dated_headlines",
    "tag_cloud",
    "colon_list",
    "page_number_contents",
]

#: A teaser list has at least this many headline-summary pairs in a row...
TEASER_MIN_PAIRS = 4
#: ...or this many when most pairs carry a date line of their own...
TEASER_MIN_DATED_PAIRS = 3
#: ...or this many right under a read-also or suggestions header ("قد يعجبك أيضا").
TEASER_MIN_HEADED_PAIRS = 3
#: ...and no content word is shared by this share of its headlines (sub-headings share the topic).
TEASER_MAX_TOPIC_SHARE = 0.5
#: Stories' headlines on a section page are this long on average (words); sub-headings are shorter.
NEWS_HEADLINE_MIN_WORDS = 8
#: A run this short next to a teaser list is the list's leftover item.
LEFTOVER_MAX_LINES = 2
#: A headline-sized line has this many words (at most).
TEASER_HEAD_MAX_WORDS = 16
#: Free lines of one pair sit at most this many lines apart (a date or "more" link may sit between).
TEASER_MAX_GAP = 3
#: A body with no sentence-sized line and fewer words than this is not an article...
NO_ARTICLE_MAX_WORDS = 25
#: ...on a page of at least this many lines (a short note on its own is a document).
NO_ARTICLE_MIN_LINES = 6
#: Keyword soup: one word makes up this share of a body of at least this many content words.
SOUP_MIN_SHARE = 0.12
SOUP_MIN_WORDS = 40
#: ...and at most this many words (longer bodies are not read for soup).
SOUP_MAX_WORDS = 600
#: ...in pieces of at most this many words on average between separators.
SOUP_MAX_PIECE_WORDS = 6
#: A run never ends with a line this short that is not a sentence (a sub-heading ends no
#: article: it is the header of what follows, a "next story" link or a widget title).
TAIL_MAX_WORDS = 6
#: Reader comments: a name of at most this many words over a time stamp...
COMMENT_NAME_MAX_WORDS = 4
#: ...and at most this many lines of comment text, each at most this many words...
COMMENT_MAX_LINES = 4
COMMENT_LINE_MAX_WORDS = 80
#: ...at least this many such items in a row, below the story's first paragraph.
COMMENT_MIN_ITEMS = 2
#: A headline printed again one word per line: at least this many one- or two-word lines...
RESIDUE_MIN_LINES = 3
#: ...whose words, in order, are in a line at most this many lines away.
RESIDUE_REACH = 6
#: ...and at most this many lines (a longer stretch of one-word lines is a menu).
RESIDUE_MAX_LINES = 20
#: A photo caption under the story's last paragraph has this many words at most.
CAPTION_MAX_WORDS = 30
_SHORT_STRETCH = re.compile(b"\x02{%d,}" % RESIDUE_MIN_LINES)  # FREE_SHORT codes
_FREE_PROSE = re.compile(b"\x01")
_STAMP = re.compile(b"\x04")
#: Other stories' headlines with their dates glued at the end: at least this many in a row.
DATED_HEADLINES_MIN = 3
#: ...each at most this many words, not a sentence.
DATED_HEADLINE_MAX_WORDS = 24
#: A tag cloud under the story: at least this many short lines (of at most this many words)...
TAG_CLOUD_MIN_ITEMS = 2
TAG_CLOUD_MAX_WORDS = 5
#: A list the story introduces with a colon: at least this many items of at most this many words.
LIST_MIN_ITEMS = 2
LIST_ITEM_MAX_WORDS = 12
#: A book's table of contents: at least this many lines in a row ending with a page number.
CONTENTS_MIN_LINES = 5
#: A one-paragraph document keeps its paragraph when it has this many words.
SINGLE_PARAGRAPH_MIN_WORDS = 4

# Separators of keyword lists: commas, bars, dots and ellipses.
_PIECE_SEPARATORS = re.compile(r"[,،|]|\.+|…")
# Question words that open an FAQ's headings ("هل", "ما", "كيف" ...), as line keys.
QUESTION_KEYS = frozenset(key_bytes(w) for w in ("هل", "ما", "ماذا", "كيف", "لماذا", "متى", "أين", "من", "كم", "أي"))
# A content word: three letters or more (numbers and particles are not topics).
_WORD = re.compile(r"[^\W\d_]{3,}")
# Prefixes that glue onto an Arabic noun ("والسيارات", "بالسيارة"): stripped to compare topics.
_PREFIX = re.compile(r"^(?:و|ف|ب|ل|ك)?(?:ال)?")


def topic_words(text: str) -> Set[str]:
    """The crude stems of a text's content words (a word's head past a proclitic)."""
    out = set()
    for w in _WORD.findall(text):
        w = _PREFIX.sub("", w, count=1)
        if len(w) >= 3:
            out.add(w[:5])  # a crude stem: the head of the word ("سيارات"/"سيارة" -> "سيار")
    return out


#: A teaser summary is often cut off with an ellipsis.
_CUT_OFF = ("..", "…")
_SENTENCE_END = (".", "!", "؟", "?", "۔", ")", "»", '"')
#: Signs of a sentence or a form inside a line: a headline has none of them (a full stop
#: and a space, but not a headline's two dots: "بالجدول.. الحد الأدنى للأجور").
_NOT_IN_HEADLINE = ("،", "؛", ". ", "....")
#: A listed item's headline does not end as a sentence or a label does (a question may end
#: one: "كيف تعرف إن كان راتبك أقل من الحد الأدنى؟", but see :func:`_headline_sized`).
_NOT_HEADLINE_ENDS = (".", ":", "：", "۔", "!", "،", ",")
#: A question's end marks (Arabic and Latin).
QUESTION_ENDS = ("؟", "?")


# --- the line-shape table ---------------------------------------------------------------
# The checks below look for shapes in runs of lines (a stretch of one-word lines, a time
# stamp under a name, a prose line under a headline).  One pass codes every line in one
# byte; regexes over that table find the candidates at C speed, and only those lines are
# read in Python.  Callers set a line's code to DECIDED when they label it.

#: Codes of :func:`line_codes`: a free prose line, a free line of one or two words, another
#: free line, a time stamp (a short date line, a relative time or a free clock time line),
#: an undecided line of text holding a date (a headline with its date glued on), a decided line.
FREE_PROSE, FREE_SHORT, FREE_OTHER, STAMP, DATED_TEXT, DECIDED = 1, 2, 3, 4, 5, 0


_FREE_OR_DATED_CODES = frozenset((FREE_PROSE, FREE_SHORT, FREE_OTHER, DATED_TEXT))
_DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"  # (ASCII, Arabic-Indic, Persian and Urdu)
# A clock time alone on a line (a comment's time stamp): "03:12 م", "10:42".
CLOCK = re.compile(r"^[\d٠-٩۰-۹]{1,2}[:٫][\d٠-٩۰-۹]{2}(?:\s*(?:ص|م|AM|PM|am|pm))?$")


#: The rules of a relative time stamp on its own line: the page's ("منذ 3 ساعات") or, when the
#: page has many, a listing's (:data:`arclean.segment.LISTING_STAMPS`).
_RELATIVE_RULES = frozenset(("shape.relative_time", "shape.listing_stamp", "shape.event_date"))


#: A stamp of a date and a field after a bar ("۱۴ لیندۍ ۱۴۰۵ | ذبیح الله شینواری": the item's
#: writer) has at most this many words (a bare date line at most six).
STAMP_FIELDS_MAX_WORDS = 8


def line_codes(lines: Sequence[Line]) -> bytearray:
    """One shape code a line (see :data:`FREE_PROSE` and the others)."""
    return bytearray(
        [
            (
                FREE_PROSE
                if ln.is_prose
                else STAMP
                if ln.words <= 3 and ln.text[0] in _DIGITS and CLOCK.match(ln.text) is not None
                else FREE_SHORT
                if ln.words <= 2
                else FREE_OTHER
            )
            if ln.label is None and ln.date is None
            else STAMP
            if (ln.date is not None and (ln.words <= 6 or (ln.words <= STAMP_FIELDS_MAX_WORDS and " | " in ln.text))) or ln.rule in _RELATIVE_RULES
            else DATED_TEXT
            if ln.label is None and ln.date is not None
            else DECIDED
            for ln in lines
        ]
    )


def _cut_off(text: str) -> bool:
    """A summary cut off with an ellipsis (not a form's dotted blanks "......")."""
    return text.endswith(_CUT_OFF) and "...." not in text


def _free(ln: Line) -> bool:
    return ln.label is None and ln.date is None


def _sentence_signs(t: str) -> bool:
    """Does ``t`` hold one of :data:`_NOT_IN_HEADLINE` (an ``or`` chain: ~3x faster than
    ``any()`` over a generator)?"""
    return "،" in t or "؛" in t or "...." in t or (". " in t and _full_stop_inside(t))


def _summary_shaped(t: str) -> bool:
    """A summary reads as a sentence: it ends as one or is cut off, or holds a sign of one."""
    return t.endswith(_SENTENCE_END) or t.endswith(_CUT_OFF) or _sentence_signs(t)


def _full_stop_inside(t: str) -> bool:
    """A full stop and a space inside ``t`` that is not a headline's two dots ("العمال.. مطالب")
    nor a list item's number ("2. برميل النفط")."""
    i = t.find(". ")
    while i >= 0:
        if i <= 3 and t[:i].isdigit():
            pass  # a list item's number: "2. برميل النفط ..."
        elif i == 0 or t[i - 1] != "." or (i >= 2 and t[i - 2] == "."):
            return True
        i = t.find(". ", i + 2)
    return False


def _headline_sized(ln: Line) -> bool:
    """A headline (on top of :func:`_item_line`): no sign of a sentence or a form inside, and
    not a question (an interview's or a FAQ's questions and answers pair as teasers do: a
    list of question headlines leaves the body only when its items carry dates)."""
    return not _sentence_signs(ln.text) and not ln.text.endswith(QUESTION_ENDS)


def _under_related_header(lines: Sequence[Line], h: int) -> bool:
    """Is line ``h`` right under a read-also or suggestions header that opens a block ("قد
    يعجبك أيضا")?  The header anchors the list: fewer pairs make it one."""
    return h > 0 and lines[h - 1].label == "boilerplate" and lines[h - 1].kind == "related" and lines[h - 1].opens


def _item_line(ln: Line, joiner: str = "") -> bool:
    """The first line of a listed item: an event's name or place, a story's headline (short,
    not ending as a sentence or a label does, and not a sentence: a decimal point "5.8%"
    alone does not make one).  ``joiner``: a sign that, inside the line, joins a headline's
    two halves rather than a sentence's ("؛" under a stamp: Persian headlines join their
    halves with it)."""
    t = ln.text.replace(joiner, " ") if joiner and joiner in ln.text else ln.text
    return (
        2 <= ln.words <= TEASER_HEAD_MAX_WORDS
        and not ln.text.endswith(_NOT_HEADLINE_ENDS)
        and (not ln.is_prose or not _sentence_signs(t))
        and not spaced_row(t)  # (a table's row with its cells spaced out)
    )


# Two cells of a table row printed with runs of spaces between them ("المعالج    Exynos 1580    ...").
_TABLE_CELL_GAP = re.compile(r"\S {3,}\S.* {3,}\S")


# ...or with tabs between them (resiliparse prints a table's cells so).
_TABLE_CELL_TABS = re.compile(r"\S\t+\S.*\t+\S")


#: A table's row printed with bars between its cells has a first cell (its label) of at most
#: this many words ("الوزن | 213 جرام", "نظام التشغيل | أندرويد 14").
BAR_ROW_LABEL_MAX_WORDS = 4


def bar_row(text: str) -> bool:
    """A table's "label | value" row: no teaser's headline or summary."""
    if "|" not in text:
        return False  # (the common case, at memchr speed)
    i = text.find(" | ")
    return i > 0 and len(text[:i].split()) <= BAR_ROW_LABEL_MAX_WORDS


#: A facts table printed as "label | value" rows right under a run (a product's specs, a
#: match card): at least TABLE_MIN_ROWS rows in a row are the story's too.
TABLE_MIN_ROWS = 3


def table_rows_after(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """The runs, each extended over the "label | value" rows right under it (see
    :data:`TABLE_MIN_ROWS`; rule ``structure.table_rows``): a row's date, "تاريخ الطرح |
    أبريل 2024", is a cell's, no date line."""
    out: List[Tuple[int, int]] = []
    n = len(lines)
    for s, e in runs:
        # (the table's heading over it: "المواصفات الكاملة")
        head = e < n and _free(lines[e]) and lines[e].words <= TABLE_HEADING_MAX_WORDS and not lines[e].text.endswith(_SENTENCE_END)
        j = top = e + 1 if head else e
        while j < n and lines[j].label is None and bar_row(lines[j].text):
            j += 1
        if j - top >= TABLE_MIN_ROWS:
            for k in range(e, j):
                lines[k].set("body", "body", "structure.table_rows")
            e = j
        out.append((s, e))
    return out


#: A facts table's heading has at most this many words.
TABLE_HEADING_MAX_WORDS = 4
#: A numbered list under its own heading right under a run (a course's weekly topics, a
#: plan's steps printed as table rows "1 مدخل: المصادر والمناهج", "2 – 3 العمارة ..."): at
#: least NUMBERED_ROWS_MIN rows whose numbers never go down.  (A most-read list under the
#: story has its header decided by the lexicon: no free heading, no rows.)
NUMBERED_ROWS_MIN = 4
_ROW_NUMBER = re.compile(r"([0-9٠-٩]{1,2})(?:\s*[-–]\s*[0-9٠-٩]{1,2})?\s+\S")


def numbered_rows_after(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """The runs, each extended over a headed numbered list right under it (see
    :data:`NUMBERED_ROWS_MIN`; rule ``structure.numbered_rows``)."""
    out: List[Tuple[int, int]] = []
    n = len(lines)
    for s, e in runs:
        j = e
        # its heading, and perhaps the table's header row ("الأسبوع الموضوع")
        while j < n and j - e < 2 and _free(lines[j]) and lines[j].words <= TABLE_HEADING_MAX_WORDS and not lines[j].text.endswith(_SENTENCE_END):
            j += 1
        top, last = j, -1
        while j < n and _free(lines[j]) and lines[j].words <= LIST_ITEM_MAX_WORDS:
            m = _ROW_NUMBER.match(lines[j].text)
            if m is None or int(m.group(1)) < last:
                break
            last = int(m.group(1))
            j += 1
        if top > e and j - top >= NUMBERED_ROWS_MIN:  # (under a heading only)
            for k in range(e, j):
                lines[k].set("body", "body", "structure.numbered_rows")
            e = j
        out.append((s, e))
    return out


def spaced_row(text: str) -> bool:
    """A table's row printed with its cells spaced out by runs of spaces or tabs (three cells
    at least)."""
    return ("   " in text and _TABLE_CELL_GAP.search(text) is not None) or ("\t" in text and _TABLE_CELL_TABS.search(text) is not None)


#: Comments' pairs (a name, a comment) start at most this many lines under their header.
COMMENTS_HEADER_REACH = 2


def _comments_header(ln: Line) -> bool:
    """Does the line open the comments ("تبصرے (3)", "التعليقات")?"""
    return ln.opens and ln.label == "boilerplate" and ln.kind == "comments"


def _pairs(lines: Sequence[Line], summaries: Sequence[int]) -> List[List[Tuple[int, int]]]:
    """Stretches of consecutive (headline, summary) pairs: each summary (a free prose line,
    given in order) with the nearest free line above it as its headline (an item line:
    :func:`_item_line`).  A summary that pairs with nothing is passed over: the next pair's
    headline lies below it, so the gap test of that pair ends the stretch as it would."""
    stretches: List[List[Tuple[int, int]]] = []
    cur: List[Tuple[int, int]] = []
    n = len(lines)
    max_words = TEASER_HEAD_MAX_WORDS
    for s in summaries:
        if spaced_row(lines[s].text):
            continue  # a table's row printed with its cells spaced out is no summary
        h = s - 1
        if h >= 0:  # (the common case first: a story's paragraph under another one is no item)
            head = lines[h]
            if head.words > max_words and head.label is None and head.date is None:
                continue
        if not _summary_shaped(lines[s].text):
            continue  # a headline with two dots ("اليوم السابع.. العثور على") is no summary
        while h >= 0 and s - h <= TEASER_MAX_GAP and not (lines[h].label is None and lines[h].date is None):
            h -= 1  # a date line or a "more" link may sit between headline and summary
        if h < 0 or s - h > TEASER_MAX_GAP:
            continue
        head = lines[h]
        # the headline test first (an article's paragraphs fail its word count at once)
        if not 2 <= head.words <= TEASER_HEAD_MAX_WORDS or not _item_line(head):
            continue
        # a one-paragraph summary: the next line is not more prose of the same item
        if s + 1 < n:
            nxt = lines[s + 1]
            if nxt.is_prose and _free(nxt) and not _item_line(nxt):
                continue
        if bar_row(lines[s].text):
            continue  # a table's "label | value" row is no summary
        if cur and h - cur[-1][1] > TEASER_MAX_GAP:
            stretches.append(cur)  # (a stray line between two items does not end the list)
            cur = []
        cur.append((h, s))
    if cur:
        stretches.append(cur)
    return stretches


# A trail's separator with a space on each side: "أخبار / محليات", "الرئيسية › رياضة".
SPACED_CRUMB_SEPARATOR = re.compile(r"\s+[>»›/|\-–]\s+")


def crumb_items(text: str) -> List[str]:
    """The non-empty items of a breadcrumb line parted by spaced separators ("الرئيسية » أخبار
    » محليات" -> ["الرئيسية", "أخبار", "محليات"])."""
    return [x.strip() for x in SPACED_CRUMB_SEPARATOR.split(text) if x.strip()]


def trail_items(text: str, max_words: int) -> Optional[List[str]]:
    """The items of a trail parted by spaced slashes or chevrons, two or more of at most
    ``max_words`` words each, or None when the line is no such trail."""
    items = SPACED_CRUMB_SEPARATOR.split(text)
    if len(items) < 2 or not all(1 <= len(x.split()) <= max_words for x in items):
        return None
    return items


#: A trail heading a pair (a section's trail over the story's headline) has items of at most
#: this many words: it is no listed headline.
TRAIL_HEAD_ITEM_WORDS = 3


def teaser_pair_lines(lines: Sequence[Line], codes: bytearray) -> List[int]:
    """Line indices of teaser lists: runs of at least :data:`TEASER_MIN_PAIRS` headline +
    one-paragraph-summary pairs whose headlines share no topic word, or whose summaries
    are mostly cut off with an ellipsis; or of :data:`TEASER_MIN_DATED_PAIRS` pairs that
    mostly carry a date line or a byline each (other stories, other recipes)."""
    summaries = [m.start() for m in _FREE_PROSE.finditer(codes)]
    if len(summaries) < TEASER_MIN_DATED_PAIRS:
        return []
    out: List[int] = []
    contents: Optional[Set[bytes]] = None  # the page's table-of-contents entries, read once when needed
    for stretch in _pairs(lines, summaries):
        # a paragraph opening with a connective ("وأضاف", "إلا أن") goes on with the one above it
        # (and a section's trail over the story's headline is no item: "المدونة / الأهل والمراهقون")
        stretch = [(h, s) for h, s in stretch if not continues_story(lines[s]) and not short_trail(lines[h].text, TRAIL_HEAD_ITEM_WORDS)]
        if len(stretch) < TEASER_MIN_DATED_PAIRS or hard_wrapped(lines[stretch[0][0] : stretch[-1][1] + 1]):
            continue  # (a hard-wrapped story's lines pair as headline and summary do)
        if any(_comments_header(lines[k]) for k in range(max(0, stretch[0][0] - COMMENTS_HEADER_REACH), stretch[0][0])):
            continue  # readers' comments under their header (a name over each, then its date), no teasers
        if contents is None:
            contents = _contents_entries(lines)
        if contents and 2 * sum(1 for h, _s in stretch if lines[h].key in contents) >= len(stretch):
            continue  # headings the page's table of contents lists: the story's own sections
        # a date line of the item's own (just above its first line or between it and the
        # summary), or a byline of its own right under the summary
        dated = sum(1 for i, (h, s) in enumerate(stretch, 1) if _own_date_or_byline(lines, h, s, i < len(stretch)))
        # (of two pairs, only the first dated: the story's headline over its date and lede, then
        # its first section; see below)
        first_only = dated == 1 and len(stretch) == 2 and _own_date_or_byline(lines, *stretch[0])
        if dated * 2 >= len(stretch) and not first_only:
            # each item carries its own date: a listing, an events calendar, an archive
            for h, s in stretch:
                out.extend(range(h, s + 1))
            continue
        if stretch[0][0] == 1 and lines[0].is_prose and _free(lines[0]):
            # the text opens with a paragraph and the pairs follow it: the lede and its story's
            # sections (the listicle below, once clean() has taken its headline and date off)
            continue
        h0 = stretch[0][0]
        if h0 >= 2 and lines[h0 - 1].is_prose and _free(lines[h0 - 1]) and lines[h0 - 2].label == "metadata" and dated == 0:
            # ...or the story's header (its date, byline, counters), its lede, then the pairs:
            # a lesson's or a guide's sections under their sub-headings
            continue
        if _sections_of_one_article(lines, stretch) or _page_headline_over_sections(lines, stretch):
            continue
        if _numbered_in_order(lines, stretch):
            # "1. ترخيص المشروع", "2. حساب الضمان", ...: the sections of a listicle ("5 أمور
            # تحقق منها ..."), numbered as the story counts them; other stories are not
            continue
        if dated == 1 and _own_date_or_byline(lines, *stretch[0]):
            # only the first item carries a date: the story's headline over its date and its
            # lede, then its own sections (a listicle's sub-headings), not a list of others
            continue
        if dated == 0 and _under_byline(lines, stretch[0][0]):
            # the first item sits right under the story's byline or labelled date (its counters
            # and share buttons between): the review's sections under their sub-headings
            continue
        for sub in _split_where_not(stretch, lambda p: _headline_sized(lines[p[0]])):
            enough = len(sub) >= TEASER_MIN_PAIRS or (len(sub) >= TEASER_MIN_HEADED_PAIRS and _under_related_header(lines, sub[0][0]))
            if enough and _unrelated_or_cut(lines, sub):
                for h, s in sub:
                    out.extend(range(h, s + 1))
    if not out:
        return out
    found = sorted(set(out))
    # free lines in a gap of at most TEASER_MAX_GAP lines between two teaser lines are the
    # list's too (an ad item, a headline with a decimal point "5.8%")
    for a, b in zip(found, found[1:]):
        if 1 < b - a <= TEASER_MAX_GAP:
            found.extend(k for k in range(a + 1, b) if _free(lines[k]))
    return sorted(set(found))


#: A hard-wrapped text (a paragraph broken into lines of about one width, as a plain-text
#: source or a PDF prints it): at least WRAPPED_MIN_LINES lines, at most WRAPPED_ENDS_MAX_SHARE
#: of them ending a sentence, and the lengths of all but the shortest within
#: WRAPPED_WIDTH_SPREAD of their median.  A teaser list's headlines and summaries differ in
#: length and its summaries end as sentences.
WRAPPED_MIN_LINES = 5
WRAPPED_ENDS_MAX_SHARE = 0.35
WRAPPED_WIDTH_SPREAD = 0.25
#: ...read on at most this many lines.
WRAPPED_SAMPLE_MAX_LINES = 12
_WRAP_ENDS = (".", "!", "؟", "?", "۔", "…", ":", '"', "»", ")")


def hard_wrapped(lines: Sequence[Line]) -> bool:
    """Are ``lines`` a hard-wrapped text (see :data:`WRAPPED_MIN_LINES`)?  The last line of each
    paragraph is shorter: lines ending a sentence are left out of the width test."""
    if len(lines) < WRAPPED_MIN_LINES:
        return False
    lines = lines[:WRAPPED_SAMPLE_MAX_LINES]  # (a wrapped text shows it in its first lines)
    ends = sum(1 for ln in lines if ln.text.endswith(_WRAP_ENDS))
    if ends > WRAPPED_ENDS_MAX_SHARE * len(lines):
        return False
    widths = sorted(len(ln.text) for ln in lines if not ln.text.endswith(_WRAP_ENDS))
    median = widths[len(widths) // 2]
    return all(abs(w - median) <= WRAPPED_WIDTH_SPREAD * median for w in widths)


def wrapped_on(lines: Sequence[Line], s: int, e: int) -> bool:
    """Does line ``e`` open the next paragraph of the hard-wrapped text ``lines[s:e]``: a line
    of the same width that does not end a sentence (a credit or a short line under the story
    is no such line)?"""
    return not lines[e].text.endswith(_WRAP_ENDS) and hard_wrapped(lines[s : e + 1])


#: A section heading of an article has at most this many words, over a paragraph of at least
#: SECTION_MIN_WORDS, or over paragraphs that name one subject (a word of at least
#: SECTION_SUBJECT_MIN_CHARS letters in half of them at least: a leaflet's "موانع الاستعمال",
#: "الحمل والرضاعة" over paragraphs naming the medicine) with no time stamp between them (a
#: channel's schedule names "برنامج" in its synopses, under their clocks).  See
#: teaser_pair_lines.
SECTION_HEADING_MAX_WORDS = 3
SECTION_MIN_WORDS = 30
SECTION_SUBJECT_MIN_CHARS = 5


#: A site-name suffix after " - " or " | " at a headline's end has at most this many words.
SITE_SUFFIX_MAX_WORDS = 4
# The site's name after a bar at a headline's end (a bar only: "<role> – <institution>" is a
# speaker's card, no headline and site).
_SUFFIX_BAR = re.compile(r"\s\|\s+\S+(?:\s\S+){0,%d}$" % (SITE_SUFFIX_MAX_WORDS - 1))


def _page_headline_over_sections(lines: Sequence[Line], stretch: Sequence[Tuple[int, int]]) -> bool:
    """Is the first pair the page's own headline, with the site's name after a bar ("مناخ
    البصرة: دليل الطقس على مدار السنة | الأنواء العراقية"), over its lede, and the other pairs
    its sections (none of their headings carries the suffix: listed teasers would not)?"""
    if len(stretch) < 2:
        return False
    return _SUFFIX_BAR.search(lines[stretch[0][0]].text) is not None and not any(
        _SUFFIX_BAR.search(lines[h].text) for h, _s in stretch[1:]
    )


def _sections_of_one_article(lines: Sequence[Line], stretch: Sequence[Tuple[int, int]]) -> bool:
    """Are the pairs one article's sections (see :data:`SECTION_HEADING_MAX_WORDS`)?  Other
    stories' headlines say more."""
    short = [(h, s) for h, s in stretch if lines[h].words <= SECTION_HEADING_MAX_WORDS]
    if 2 * len(short) <= len(stretch):
        return False
    if 2 * sum(1 for _h, s in short if lines[s].words >= SECTION_MIN_WORDS) > len(stretch):
        return True
    if any(lines[k].date is not None or CLOCK.match(lines[k].text) is not None for k in range(stretch[0][0], stretch[-1][1] + 1)):
        return False
    counts = Counter(w for _h, s in stretch for w in topic_words(lines[s].text) if len(w) >= SECTION_SUBJECT_MIN_CHARS)
    top = counts.most_common(1)[0][1] if counts else 0
    return top >= 2 and 2 * top >= len(stretch)


# A heading's item number: "1.", "٢-", "3)", "4 -" at the line's start.
_ITEM_NUMBER = re.compile(r"([0-9٠-٩۰-۹]{1,2})\s*[-.)–:]")


#: Folded keys of the ordinal adverbs that number sections (data/ordinal_headings.tsv) -> number.
ORDINAL_HEADINGS: Dict[bytes, int] = {key_bytes(r[0]): int(r[1]) for r in data_rows("ordinal_headings.tsv", ("word", "number", "why"))}


def item_number(text: str) -> Optional[int]:
    """The item number a heading opens with ("1.", "٢-", "3)", "ثانياً:"), or None."""
    m = _ITEM_NUMBER.match(text)
    if m is not None:
        return int(m.group(1))  # (int() reads Arabic-Indic and Persian digits)
    if not text[:1].isalpha():
        return None
    return ORDINAL_HEADINGS.get(key_bytes(_HEADING_WORD_END.split(text, 1)[0]))


# The end of a heading's first word: a space, a colon, a dash or a full stop ("ثانياً:التكاثف").
_HEADING_WORD_END = re.compile(r"[\s:：\-–.]")

#: Folded keys of the ordinal adjectives that number sections after a shared noun
#: (data/ordinal_adjectives.tsv) -> number.
ORDINAL_ADJECTIVES: Dict[bytes, int] = {key_bytes(r[0]): int(r[1]) for r in data_rows("ordinal_adjectives.tsv", ("word", "number", "why"))}


def section_number(text: str) -> Optional[int]:
    """A section heading's number: its item number (:func:`item_number`), or an ordinal
    adjective as its second word ("المرحلة الثانية: ...", "الخطوة الثالثة - ..."), else None."""
    n = item_number(text)
    if n is not None:
        return n
    words = _HEADING_WORD_END.split(text, 2)
    return ORDINAL_ADJECTIVES.get(key_bytes(words[1])) if len(words) > 1 else None


def _numbered_in_order(lines: Sequence[Line], stretch: Sequence[Tuple[int, int]]) -> bool:
    """Are the pairs' headings numbered one after another (1, 2, 3 ...; "المرحلة الأولى",
    "المرحلة الثانية" ...: :func:`section_number`)?  The first pair
    may be unnumbered (the story's own headline over its lede), and so may the last."""
    if stretch and section_number(lines[stretch[0][0]].text) is None:
        stretch = stretch[1:]
    if stretch and section_number(lines[stretch[-1][0]].text) is None:
        stretch = stretch[:-1]  # (and the last: its closing section, "متى يجب مراجعة الطبيب؟")
    found = [section_number(lines[h].text) for h, _s in stretch]
    numbers = [n for n in found if n is not None]
    if len(numbers) < 2 or len(numbers) < len(found):
        return False
    return all(b == a + 1 for a, b in zip(numbers, numbers[1:]))


#: A "read more" link (data/read_more_links.tsv) printed at least this many times makes
#: the page a listing: each one closes a teaser.
READ_MORE_MIN_ITEMS = 3
READ_MORE_LINKS: FrozenSet[bytes] = frozenset(key_bytes(r[0]) for r in data_rows("read_more_links.tsv", ("phrase", "why")))


def read_more_items(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> List[int]:
    """Line indices of the body runs that end right above a "read more" link, on a page
    that prints such a link at least :data:`READ_MORE_MIN_ITEMS` times: each is a listed
    teaser's summary (a listing of cards: headline, date, summary, "مزید پڑھیں")."""
    ends = [e for _s, e in runs if read_more_under(lines, e)]
    if not ends or sum(1 for ln in lines if ln.words <= 3 and ln.key in READ_MORE_LINKS) < READ_MORE_MIN_ITEMS:
        return []
    return [k for s, e in runs if e in ends for k in range(s, e)]


#: The "read more" link may sit this many lines under its teaser's summary, past the item's
#: date, counters and stamps (decided or dated lines).
READ_MORE_REACH = 4


def read_more_under(lines: Sequence[Line], e: int) -> bool:
    """Is the first line at or under ``e`` that is neither decided (other than as the link)
    nor dated a "read more" link, within :data:`READ_MORE_REACH` lines?"""
    for k in range(e, min(len(lines), e + READ_MORE_REACH)):
        ln = lines[k]
        if ln.key in READ_MORE_LINKS:
            return True
        if ln.label is None and ln.date is None:
            return False
    return False


#: How far above a stretch's first headline the story's byline may sit (over its date line,
#: counters and share buttons).
BYLINE_ABOVE_PAIRS_LINES = 10


def _under_byline(lines: Sequence[Line], h: int) -> bool:
    """Is line ``h`` right under a byline or a labelled publication date, with only decided or
    dated lines between?"""
    for k in range(h - 1, max(-1, h - 1 - BYLINE_ABOVE_PAIRS_LINES), -1):
        ln = lines[k]
        if ln.label == "metadata" and ln.kind in ("author", "published", "updated"):
            return True
        if ln.date is not None and any(_free(lines[j]) and lines[j].words >= HEADLINE_OVER_DATE_MIN_WORDS for j in range(max(0, k - 2), k)):
            return True  # the story's date line under its headline (and perhaps its writer's name)
        if ln.label is None and ln.date is None and ln.words > 1 and not (
            ln.words <= 3 and DIGIT.search(ln.text) is not None and CLOCK.match(ln.text) is None
        ):
            return False  # (a share bar's unknown button, its counter, a view count are passed over; a clock is a schedule's)
    return False


#: A headline over the story's date line has at least this many words.
HEADLINE_OVER_DATE_MIN_WORDS = 4


def _own_date_or_byline(lines: Sequence[Line], h: int, s: int, byline_under: bool = True) -> bool:
    """A date line or a relative time stamp of the item's own (just above its headline, or
    between it and the summary: "منذ 4 ساعات"), or right under the summary a byline or a time stamp (a card: headline,
    summary, "منذ ساعتين"); the byline only when ``byline_under`` (under the last pair of
    a stretch, a byline signs the whole post: Blogger's "مرسلة بواسطة <name>")."""
    if any(lines[k].date is not None or lines[k].rule in _RELATIVE_RULES for k in range(max(0, h - 1), s) if k != h):
        return True
    if s + 1 >= len(lines):
        return False
    under = lines[s + 1]
    return (byline_under and under.label == "metadata" and under.kind == "author") or (
        (under.date is not None or under.rule in _RELATIVE_RULES) and under.words <= STAMP_UNDER_MAX_WORDS
    )


#: A time stamp under a card's summary has at most this many words ("12 ديسمبر 2024").
STAMP_UNDER_MAX_WORDS = 6


def _split_where_not(pairs: List[Tuple[int, int]], keep: Callable[[Tuple[int, int]], bool]) -> List[List[Tuple[int, int]]]:
    out: List[List[Tuple[int, int]]] = [[]]
    for p in pairs:
        if keep(p):
            out[-1].append(p)
        elif out[-1]:
            out.append([])
    return out


def _unrelated_or_cut(lines: Sequence[Line], stretch: List[Tuple[int, int]]) -> bool:
    """Headlines that share no topic word (other stories), summaries mostly cut off, or
    headlines written as news headlines: :data:`NEWS_HEADLINE_MIN_WORDS` words or more on
    average and not questions.  An article's sub-headings keep its subject, and they are
    short ("فوائد الزنجبيل للهضم") or questions of an FAQ ("هل يفيد زيت الخس ...")."""
    counts: Counter = Counter()
    for h, _s in stretch:
        counts.update(topic_words(lines[h].text))
    top = counts.most_common(1)[0][1] if counts else 0
    if top < TEASER_MAX_TOPIC_SHARE * len(stretch):
        return True
    if 2 * sum(1 for _h, s in stretch if _cut_off(lines[s].text)) >= len(stretch):
        return True
    heads = [lines[h] for h, _s in stretch]
    long_heads = sum(ln.words for ln in heads) >= NEWS_HEADLINE_MIN_WORDS * len(heads)
    questions = sum(1 for ln in heads if ln.key.split(b" ", 1)[0] in QUESTION_KEYS or ln.text.endswith(QUESTION_ENDS))
    return long_heads and 4 * questions < len(heads)


def drop_lines_from_runs(runs: Sequence[Tuple[int, int]], drop: Sequence[int]) -> List[Tuple[int, int]]:
    """``runs`` with the lines in ``drop`` cut out (runs split around them)."""
    gone = set(drop)
    out: List[Tuple[int, int]] = []
    for s, e in runs:
        start = s
        for k in range(s, e):
            if k in gone:
                if k > start:
                    out.append((start, k))
                start = k + 1
        if e > start:
            out.append((start, e))
    return out


def short_trail(text: str, max_words: int) -> bool:
    """A trail of items of at most ``max_words`` words parted by spaced slashes or chevrons
    (:func:`trail_items`), the cheap substring test first."""
    return ("/" in text or "›" in text or "»" in text or ">" in text) and trail_items(text, max_words) is not None


def drop_list_leftovers(
    lines: Sequence[Line], runs: Sequence[Tuple[int, int]], teasers: Sequence[int]
) -> List[Tuple[int, int]]:
    """Runs of at most :data:`LEFTOVER_MAX_LINES` lines right next to a teaser list (within
    :data:`TEASER_MAX_GAP` lines) are the list's last or first item in another shape (an ad
    among the stories), not an article: they are the list's too, unless they sit under a
    header of their own (a date or a byline: the story the list follows)."""
    marked = set(teasers)
    out: List[Tuple[int, int]] = []
    for s, e in runs:
        near = any(k in marked for k in range(max(0, s - TEASER_MAX_GAP), s)) or any(
            k in marked for k in range(e, min(len(lines), e + TEASER_MAX_GAP))
        )
        under_header = any(
            lines[k].label == "metadata" or lines[k].date is not None for k in range(max(0, s - TEASER_MAX_GAP), s)
        )
        # (a paragraph opening with a connective, "وأكد ...", goes on with a story above it)
        if near and e - s <= LEFTOVER_MAX_LINES and not under_header and not continues_story(lines[s]):
            for k in range(s, e):
                lines[k].set("boilerplate", "related", "structure.teaser_pairs")
            continue
        out.append((s, e))
    return out


# Two dots joining a headline's lead word to the rest ("بالصور.. ", "عاجل.. "), not an
# ellipsis at a line's end.
_HEADLINE_JOIN = re.compile(r"[^\s.]\.\.\s+\S")


def has_article(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> bool:
    """Does the body hold an article?  Not when, on a page of several lines, it is a few
    short lines with neither a sentence-sized line nor two short sentences (a clock
    line, a button row)."""
    if len(lines) < NO_ARTICLE_MIN_LINES:
        return True
    body = [lines[k] for s, e in runs for k in range(s, e)]
    arabic_prose = next((ln for ln in body if ln.is_prose and has_arabic(ln.text[:200])), None)
    if arabic_prose is None:
        sample = lines[:: max(1, len(lines) // 60)]  # (about 60 lines spread over the page)
        if 2 * sum(1 for ln in sample if has_arabic(ln.text[:60])) > len(sample):
            # on a page written mostly in Arabic script, a body of Latin-script lines is its
            # English chrome ("About us Buy local ... Contact us"), not its article
            body = [ln for ln in body if has_arabic(ln.text)]
            if not body:
                return False
    if body and all(not ln.text.endswith(_SENTENCE_END) and ".." in ln.text and _HEADLINE_JOIN.search(ln.text) is not None for ln in body):
        return False  # every line a headline joined by two dots ("بالصور.. أمطار الخير تهطل"): a list of others
    words = sum(ln.words for ln in body)
    if words >= PHRASE_SPAM_MIN_WORDS and not any(ln.date is not None for ln in lines) and _phrase_spam(body, words):
        return False  # (a page with a date line is read as news: spam pages carry none)
    prose = arabic_prose is not None or any(ln.is_prose for ln in body)
    if prose and not SOUP_MIN_WORDS <= words <= SOUP_MAX_WORDS:
        return True  # a sentence, and a body the soup test does not read
    if not (prose or words >= NO_ARTICLE_MAX_WORDS):
        sentences = sum(1 for ln in body if ln.words >= 4 and ln.text.endswith(_SENTENCE_END[:5]))
        if sentences < 2:
            return False
    # pieces between separators (for the soup test): separators + 1 a line, less an empty
    # piece after a line's final separator ("..." is one); separators counted at C speed
    joined = "\n".join([ln.text for ln in body])
    pieces = joined.count(",") + joined.count("،") + joined.count("|") + joined.count(".") + len(body)
    if words > SOUP_MAX_PIECE_WORDS * pieces:
        return True  # whole clauses between the separators even before the corrections below
    pieces -= 2 * joined.count("...") + sum(1 for ln in body if ln.text[-1] in ",،|.")
    return not _keyword_soup(body, words, pieces)


#: Search-engine spam written as fluent prose repeats its target phrase ("شركة تنظيف بالرياض"):
#: a body of at least PHRASE_SPAM_MIN_WORDS words whose most frequent run of three words comes
#: at least PHRASE_SPAM_MIN_REPEATS times and makes up PHRASE_SPAM_MIN_SHARE of its words is no
#: article.  (On the shared corpus the most any gold body repeats one is 4 times, 13 % of its
#: words; a spam page's is 24 times, 31 %.)
PHRASE_SPAM_MIN_WORDS = 60
PHRASE_SPAM_MIN_REPEATS = 8
PHRASE_SPAM_MIN_SHARE = 0.2
#: ...and whose first line already says one of its words (four letters or more) this often
#: in its first PHRASE_SPAM_HEAD_CHARS characters.
PHRASE_SPAM_FIRST_LINE_REPEATS = 3
PHRASE_SPAM_HEAD_CHARS = 240


def _phrase_spam(body: Sequence[Line], words: int) -> bool:
    """Does one run of three words make up :data:`PHRASE_SPAM_MIN_SHARE` of the body's
    ``words``?  Such a page states its phrase in its first paragraph already, three times:
    a word of four letters or more that the first line says three times is counted over the
    body first (C-speed counts), and only if it comes often enough are the runs counted."""
    need = max(PHRASE_SPAM_MIN_REPEATS, PHRASE_SPAM_MIN_SHARE * words / 3)
    head = body[0].text[:PHRASE_SPAM_HEAD_CHARS].split()
    if len(head) - len(set(head)) < PHRASE_SPAM_FIRST_LINE_REPEATS - 1:
        return False  # (no word there three times: set() is a C pass, Counter is not cheap)
    repeated = [w for w, n in Counter(head).items() if n >= PHRASE_SPAM_FIRST_LINE_REPEATS and len(w) >= 4]
    if not repeated:
        return False
    word = repeated[0]
    text = " ".join([ln.text for ln in body])
    if text.count(word) < need:
        return False
    keys = key_bytes(text).split()
    (_top, n), = Counter(zip(keys, keys[1:], keys[2:])).most_common(1)
    return n >= PHRASE_SPAM_MIN_REPEATS and 3 * n >= PHRASE_SPAM_MIN_SHARE * len(keys)


def _keyword_soup(body: Sequence[Line], words: int, pieces: int) -> bool:
    """Machine-made text: short pieces between commas, bars and dots (at most
    :data:`SOUP_MAX_PIECE_WORDS` words each on average: "مكيف سبليت, سعر مكيف, ..."), one word
    making up at least :data:`SOUP_MIN_SHARE` of the content words (of four letters or more).
    A focused article repeats its subject too, but writes whole clauses between its commas.

    The pieces are counted by the caller with C-speed string counts; the words here by
    Counter's C loop on the line keys."""
    if not SOUP_MIN_WORDS <= words <= SOUP_MAX_WORDS or words > SOUP_MAX_PIECE_WORDS * pieces:
        return False  # (a long body of soup is a listing: the teaser test's job)
    # exact words of four letters or more (particles drop out)
    counts = Counter(b" ".join([ln.key for ln in body]).split())
    content = [(n, w) for w, n in counts.items() if len(w) >= 4 and not w.isdigit()]
    total = sum(n for n, _w in content)
    return total >= SOUP_MIN_WORDS and max(content)[0] >= SOUP_MIN_SHARE * total


def single_paragraph_run(lines: Sequence[Line]) -> List[Tuple[int, int]]:
    """A document that is one free sentence (any Arabic-script language) is its own body."""
    if len(lines) != 1:
        return []
    ln = lines[0]
    if _free(ln) and ln.words >= SINGLE_PARAGRAPH_MIN_WORDS and ln.punct:
        return [(0, 1)]
    return []


#: A document of short free lines and nothing else (no line a rule decided, no date) is one
#: text set in lines, a poem, when it has at least VERSE_MIN_LINES lines of at most
#: VERSE_LINE_MAX_WORDS words and at least VERSE_MIN_SHARE of them end as a sentence or a
#: clause does (".", ":", "،"), open with the conjunction "و" or carry a short vowel's mark
#: (free verse is printed voweled): a menu's items or a list of headlines do none of these.
VERSE_MIN_LINES = 6
VERSE_LINE_MAX_WORDS = 10
VERSE_MIN_SHARE = 0.3
_VERSE_ENDS = (".", ":", "،", ",", "!", "؟", "?", "۔", "؛")


# A short vowel or tanween mark: verse is printed voweled ("المقاعدُ باردةٌ"), menus never are.
_HARAKAT = re.compile("[\u064b-\u0652]")


#: A line of free verse set line by line (two to four words, "كأن النار", "الذين ننام") counts
#: as marked when it holds a word of ``data/verse_words.tsv``; longer lines do not (a list of
#: headlines has them too).
VERSE_SHORT_LINE_WORDS = 4
VERSE_WORDS: FrozenSet[bytes] = frozenset(key_bytes(r[0]) for r in data_rows("verse_words.tsv", ("word", "why")))
_CONJUNCTIONS = tuple(key_bytes(c) for c in "وف")


def _verse_word(ln: Line) -> bool:
    """Does a short line hold a word of :data:`VERSE_WORDS` (after a glued "و" or "ف")?"""
    if ln.words > VERSE_SHORT_LINE_WORDS:
        return False
    for w in ln.key.split():
        if w in VERSE_WORDS or (w[:1] in _CONJUNCTIONS and w[1:] in VERSE_WORDS):
            return True
    return False


def verse_run(lines: Sequence[Line]) -> List[Tuple[int, int]]:
    """The whole document as one run when it is a poem (see :data:`VERSE_MIN_LINES`), marked
    line by line or set in stanzas (:func:`_stanzas`)."""
    n = len(lines)
    if n < VERSE_MIN_LINES or any(
        (ln.label is not None and not _verse_ending_link(ln)) or ln.date is not None or ln.words > VERSE_LINE_MAX_WORDS for ln in lines
    ):
        return []
    signs = sum(
        1
        for ln in lines
        if ln.text.endswith(_VERSE_ENDS) or (ln.text[0] == "و" and ln.words > 1) or _HARAKAT.search(ln.text) is not None or _verse_word(ln)
    )
    return [(0, n)] if signs >= VERSE_MIN_SHARE * n or _stanzas(lines) else []


def _verse_ending_link(ln: Line) -> bool:
    """A line the lexicon read as a link's words but ending as a verse does ("المزيد." with its
    full stop, "شاركيني،"): a poem's line (a link's text ends with no stop)."""
    return ln.rule.startswith("lexicon.") and ln.words <= 2 and ln.text.endswith(_VERSE_ENDS)


#: Free verse with no marks at all is still set in stanzas: at least STANZAS_MIN groups of
#: STANZA_MIN_LINES..STANZA_MAX_LINES lines parted by blank lines (a title may stand alone
#: over them).  A menu printed one item a block has groups of one line; a menu printed in one
#: block has one group; lists of names printed in groups (cities, sections) have lines of
#: a word or so, a poem's lines at least STANZA_MEAN_MIN_WORDS on average.
STANZAS_MIN = 3
STANZA_MIN_LINES = 2
STANZA_MAX_LINES = 8
STANZA_MEAN_MIN_WORDS = 2.0


def _stanza_sizes(lines: Sequence[Line]) -> List[int]:
    """The sizes of the groups of lines parted by blank lines (a blank line between two lines
    leaves more than one character between them)."""
    sizes = [1]
    for a, b in zip(lines, lines[1:]):
        if b.start - a.end > 1:
            sizes.append(1)
        else:
            sizes[-1] += 1
    return sizes


def _stanzas(lines: Sequence[Line]) -> bool:
    """Do the lines fall into stanzas (see :data:`STANZAS_MIN`)?"""
    sizes = _stanza_sizes(lines)
    if sizes[0] == 1 and len(sizes) > 1:
        sizes = sizes[1:]  # (the title over the stanzas)
    return (
        len(sizes) >= STANZAS_MIN
        and all(STANZA_MIN_LINES <= s <= STANZA_MAX_LINES for s in sizes)
        and sum(ln.words for ln in lines) >= STANZA_MEAN_MIN_WORDS * len(lines)
    )


#: A poem's title printed right over its first stanza, with no blank line between, is a short
#: line (at most VERSE_TITLE_MAX_WORDS words) whose content word comes back in a later verse
#: ("حقيبة السفر" over "... / حقيبةٌ زرقاء"), and which the poem does not repeat whole (a
#: refrain's line comes back whole); a line opening with a word that ties verse
#: (:data:`VERSE_WORDS`: "على السطح") is the poem's first verse.
VERSE_TITLE_MAX_WORDS = 4


def verse_title(lines: Sequence[Line]) -> bool:
    """Is a poem's first line its title: alone over the stanzas (or glued over the first, see
    :data:`VERSE_TITLE_MAX_WORDS`), and not ending as a clause does?"""
    sizes = _stanza_sizes(lines)
    if len(sizes) < STANZAS_MIN or lines[0].text.endswith(_VERSE_ENDS):
        return False
    if len(sizes) > STANZAS_MIN and sizes[0] == 1 and sizes[1] > 1:
        return True
    first = lines[0]
    if sizes[0] <= STANZA_MIN_LINES or first.words > VERSE_TITLE_MAX_WORDS or first.key.split(b" ", 1)[0] in VERSE_WORDS:
        return False
    if any(ln.key == first.key for ln in lines[1:]):
        return False
    words = topic_words(first.text)
    # (or a stem of four letters or more found in a verse as printed, its marks aside: the
    # crude stem takes "ك" for a proclitic in "كرسيٌّ" but not in "الكرسي")
    stems = [w for w in words if len(w) >= 4]
    return any(words & topic_words(ln.text) or any(w in _HARAKAT.sub("", ln.text) for w in stems) for ln in lines[2:])


#: A rhymed poem inside a page: at least VERSE_MIN_LINES free short lines in a row (no line a
#: rule decided, no date), every other one of which ends on the same rhyme letter in at least
#: RHYME_MIN_SHARE of them ("جِداري" / "نَهاري" / "الدارِ" / "الأسوارِ": the letter before the
#: long vowels and marks the key leaves out).  Menus and lists of titles do not rhyme.
RHYME_MIN_SHARE = 0.7
#: ...each of at least this many words (a hemistich; a menu's items are shorter).
VERSE_BLOCK_LINE_MIN_WORDS = 3
# The long vowels and the final hā' a rhyme may end on after its letter ("الساري" rhymes on ر).
_RHYME_TAIL = key_bytes("ايوه")


def _rhyme(ln: Line) -> bytes:
    word = ln.key.rsplit(b" ", 1)[-1].rstrip(_RHYME_TAIL)
    return word[-1:]


#: A song's lyrics rhyme loosely but come back to a chorus: a block of at least CHORUS_MIN_LINES
#: such lines where at least CHORUS_MIN_REPEATED distinct lines come twice or more, making up
#: at most CHORUS_MAX_SHARE of the block (a menu printed twice repeats every line of it).
CHORUS_MIN_LINES = 12
CHORUS_MIN_REPEATED = 2
CHORUS_MAX_SHARE = 0.5
#: ...and at most this share of its lines holds a figure (a song's lines seldom do).
CHORUS_MAX_FIGURE_LINES_SHARE = 0.25


def _chorus(block: Sequence[Line]) -> bool:
    """Does the block of short lines come back to a chorus (see :data:`CHORUS_MIN_LINES`)?"""
    if len(block) < CHORUS_MIN_LINES:
        return False
    if CHORUS_MAX_FIGURE_LINES_SHARE * len(block) < sum(1 for ln in block if DIGIT.search(ln.text) is not None):
        return False  # (a listing's cards, each name printed twice over its price: "السعر العادي 42.00 JD")
    counts = Counter(ln.key for ln in block)
    repeated = [n for n in counts.values() if n >= 2]
    return len(repeated) >= CHORUS_MIN_REPEATED and sum(repeated) <= CHORUS_MAX_SHARE * len(block)


#: A label's colon sits within this many characters of a line's start ("كلمات: سامي العربي").
LABEL_COLON_MAX_CHARS = 20


def _labelled(text: str) -> bool:
    """Is the line a "label: value" line (a song's credits, a share row's label)?  No verse."""
    c = text.find(":")
    return 0 < c <= LABEL_COLON_MAX_CHARS


def verse_block(lines: Sequence[Line]) -> List[Tuple[int, int]]:
    """The longest rhymed poem (see :data:`RHYME_MIN_SHARE`) or song (:func:`_chorus`) among a
    page's lines as one run, or no run: the body of a poem's page, whose short lines no body
    score keeps."""
    best: Tuple[int, int] = (0, 0)
    k, n = 0, len(lines)
    while k < n:
        e = k
        while e < n and _free(lines[e]) and VERSE_BLOCK_LINE_MIN_WORDS <= lines[e].words <= VERSE_LINE_MAX_WORDS and not _labelled(lines[e].text):
            e += 1
        if e - k >= VERSE_MIN_LINES and e - k > best[1] - best[0]:
            if _chorus(lines[k:e]):
                best = (k, e)
                k = e + 1
                continue
            for parity in (0, 1):
                rhymed = range(k + parity + 1, e, 2)
                ends = [_rhyme(lines[j]) for j in rhymed]
                # (a number's last digit is no rhyme: price rows end on zeros, "SAR 2,980 / 3,020")
                top = max((c for r, c in Counter(ends).items() if not r.isdigit()), default=0)
                # (a poem rhymes on other words each time: a menu's "صيد المدينة" / "منبر المدينة" repeat one)
                words = {lines[j].key.rsplit(b" ", 1)[-1] for j in rhymed}
                if top >= 3 and top >= RHYME_MIN_SHARE * len(ends) and len(words) >= RHYME_MIN_SHARE * len(ends):
                    best = (k, e)
                    break
        k = e + 1
    return [best] if best[1] > best[0] else []


def trim_run_tails(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """Cut short non-sentence lines off the end of each run when boilerplate follows."""
    out: List[Tuple[int, int]] = []
    for s, e in runs:
        while e - s > 1 and e < len(lines) and lines[e].label is not None:
            ln = lines[e - 1]
            if not _free(ln) or ln.words > TAIL_MAX_WORDS or ln.text.endswith(_SENTENCE_END):
                break
            e -= 1
        out.append((s, e))
    return out


def _load_connectives() -> Dict[str, FrozenSet[bytes]]:
    rows = data_rows("connectives.tsv", ("word", "role", "why"))
    if any(r[1] not in ("story", "clause") for r in rows):
        raise ValueError("connectives.tsv: the role is story or clause")
    return {role: frozenset(key_bytes(r[0]) for r in rows if r[1] == role) for role in ("story", "clause")}


_CONNECTIVES = _load_connectives()
#: Keys of the words that open a paragraph continuing the story (data/connectives.tsv, role story).
STORY_CONNECTIVES = _CONNECTIVES["story"]
#: ...and of the words that may open the second half of a sentence broken in two lines (both roles).
CLAUSE_CONNECTIVES = STORY_CONNECTIVES | _CONNECTIVES["clause"]


def continues_story(ln: Line) -> bool:
    """Does this paragraph open with a connective ("وأضاف", "كما", ...) that ties it to the
    paragraph above, so that it goes on with the same story?  (A two-word connective, "من
    جهتها", is read on the first two words.)"""
    words = ln.key.split(b" ", 2)
    return words[0] in STORY_CONNECTIVES or (len(words) > 1 and words[0] + b" " + words[1] in STORY_CONNECTIVES)


def continues_sentence(ln: Line) -> bool:
    """Could this line be the rest of a sentence begun on the line above ("... إلى", "... التي")?"""
    return ln.key.split(b" ", 1)[0] in CLAUSE_CONNECTIVES


def _name_line(ln: Line) -> bool:
    return _free(ln) and 1 <= ln.words <= COMMENT_NAME_MAX_WORDS and not ln.punct


# A comment's number before its writer's name: "3 - رد على سعيد", "12. أم ياسين".
_COMMENT_NUMBER = re.compile(r"^[\d٠-٩۰-۹]{1,3}\s*[-–.)]\s*")


#: A commenter's place after the dash has at most this many words ("جيبوتي، حي بلبلا").
COMMENT_PLACE_MAX_WORDS = 4


def _commenter_line(ln: Line) -> bool:
    """A comment's name line (:func:`_name_line`), perhaps numbered ("2 - سعيد"), perhaps
    already under the comments header's block."""
    if _name_line(ln):
        return True
    if not (_free(ln) or (ln.label == "boilerplate" and ln.kind == "comments" and ln.rule.startswith("block."))):
        return False
    if ln.punct:
        # (a name, a spaced dash, then a place with its district after a comma: "<name> –
        # جيبوتي، حي بلبلا")
        head, dash, place = ln.text.partition(" – ") if " – " in ln.text else ln.text.partition(" - ")
        return bool(dash) and SENTENCE_PUNCT.search(head) is None and 1 <= len(head.split()) <= COMMENT_NAME_MAX_WORDS and len(place.split()) <= COMMENT_PLACE_MAX_WORDS
    m = _COMMENT_NUMBER.match(ln.text) if ln.text[:1].isdecimal() else None
    name = ln.text if m is None else ln.text[m.end() :]
    return 1 <= len(name.split()) <= COMMENT_NAME_MAX_WORDS


def comment_items(lines: Sequence[Line], codes: bytearray) -> List[int]:
    """Line indices of reader comments printed without a comments header: at least
    :data:`COMMENT_MIN_ITEMS` items in a row below the story's first paragraph (or right
    under a comments header: an extract of the comments alone), each a name line (perhaps
    numbered, "2 - سعيد"), a time stamp and a few short free lines of text (in any language
    or dialect: the shape decides, not the words)."""
    stamps = [m.start() for m in _STAMP.finditer(codes)]
    if len(stamps) < COMMENT_MIN_ITEMS:
        return []
    first_prose = codes.find(FREE_PROSE)
    if first_prose < 0:
        return []
    items: List[Tuple[int, int]] = []  # (first line, end) of each item
    for t in stamps:
        if t < 1 or not _commenter_line(lines[t - 1]) or lines[t].rule == "shape.event_date":
            continue  # (an event's date is no comment's time)
        if t < first_prose + 2 and not (t >= 2 and lines[t - 2].label == "boilerplate" and lines[t - 2].kind == "comments"):
            continue  # (above the story's first paragraph, only right under a comments header)
        e = t + 1
        while e < len(lines) and e - t <= COMMENT_MAX_LINES and _free(lines[e]) and lines[e].words <= COMMENT_LINE_MAX_WORDS:
            if e + 1 < len(lines) and codes[e + 1] == STAMP and _commenter_line(lines[e]):
                break  # the next item's name
            e += 1
        if e > t + 1:
            items.append((t - 1, e))
    out: List[int] = []
    run: List[Tuple[int, int]] = []
    for item in items + [(-1, -1)]:
        if run and item[0] == run[-1][1]:
            run.append(item)
            continue
        if len(run) >= COMMENT_MIN_ITEMS:
            for a, b in run:
                out.extend(range(a, b))
        run = [item]
    return out


def headline_residue(lines: Sequence[Line], codes: bytearray) -> List[int]:
    """Line indices of a headline printed again a word or two per line (an animated hero
    title): at least :data:`RESIDUE_MIN_LINES` such free lines in a row whose words, joined
    in order, lie inside a longer line nearby."""
    out: List[int] = []
    n = len(lines)
    for m in _SHORT_STRETCH.finditer(codes):
        k, e = m.start(), m.end()
        if e - k > RESIDUE_MAX_LINES:
            continue  # longer than a headline: a menu
        near = list(range(max(0, k - RESIDUE_REACH), k)) + list(range(e, min(n, e + RESIDUE_REACH)))
        first = lines[k].text
        for j in near:
            if first in lines[j].text:
                break
        else:
            continue  # (the words joined lie in one line nearby, so their first line does too)
        words = " ".join([lines[j].text for j in range(k, e)])
        # the lines around the stretch as one string (a line break never matches inside words)
        if words in "\n".join([lines[j].text for j in near]):
            out.extend(range(k, e))
    return out


# A caption's credit: an agency or photographer in parentheses at its end ("(الأناضول)").
_CREDIT_END = re.compile(r"\([^()]{2,40}\)\s*\.?$")
# ...with no digit in it: "(412 تقييماً)" counts a widget's ratings.
_NO_DIGIT_CREDIT = re.compile(r"\([^()0-9٠-٩۰-۹]{2,40}\)\s*\.?$")
# ...or after a dash or the caption's full stop, the photographer's word and name: "... في حي
# الجمهوري – تصوير فريق الفرع", "... - عدسة: <name>", Sorani "... . وێنە: <agency>", Persian
# "عکس:", Urdu "فوٹو:".
_CREDIT_WORDS = ("تصوير", "عدسة", "صورة", "وێنە", "عکس", "فوٹو", "تصویر")
_DASH_CREDIT = re.compile(
    r"(?:\s[-–—|]\s*|[.۔]\s+)(?:ال)?(?:" + "|".join(_CREDIT_WORDS) + r")\s*:?\s*[^\d\-–—|:.،]{2,40}$"
    # (or a file photo's mark after the dash: Urdu "— فائل فوٹو", Persian "- عکس آرشیوی", "- صورة أرشيفية")
    r"|\s[-–—|]\s*(?:فائل فوٹو|فائل تصویر|عکس آرشیوی|صورة أرشيفية|صورة من الأرشيف)\s*$"
)
# ...but a teaser's media tag in parentheses is none: "... (فيديو)", "(صور)", "(بالصور)"; nor
# is a headline's own note: "(مع أمثلة عملية)" (with examples), "(الجزء الثاني)" (part two),
# "(تحديث)" (updated), "(حصري)" (exclusive).
_MEDIA_TAG = re.compile(
    r"\(\s*(?:فيديو|صور|بالصور|بالفيديو|شاهد|ویدیو|تصاویر|ویڈیو)\s*\)\s*\.?$"
    r"|\(\s*(?:مع|الجزء|الحلقة|تحديث|محدث|حصري|حصريا)\s[^()]*\)\s*\.?$|\(\s*(?:تحديث|محدث|حصري|حصريا)\s*\)\s*\.?$"
)


#: A credited caption has at least this many words before its credit.
CAPTION_MIN_WORDS = 3


# An archive photo's mark closing its caption: "(أرشيف)", "(أرشيفية)", "(صورة أرشيفية)".
_ARCHIVE_MARK = re.compile(r"\((?:صورة\s+)?[أا]رشيف(?:ية)?\)\s*\.?\s*$")


#: Phrases that open a photo's caption with no credit (data/caption_openers.tsv), as keys.
CAPTION_OPENERS: FrozenSet[bytes] = frozenset(key_bytes(r[0]) for r in data_rows("caption_openers.tsv", ("phrase", "why")))
#: A caption known by its opening phrase has at most this many words (a longer line is a
#: sentence: "جانب من المشاركين قالوا إن ...").
OPENED_CAPTION_MAX_WORDS = 20


def opened_caption(ln: Line) -> bool:
    """A photo's caption opening with a caption's phrase ("جانب من الغرف المجهزة في الوحدة
    الجديدة", "صورة أرشيفية"): at most :data:`OPENED_CAPTION_MAX_WORDS` words, no sentence's
    comma."""
    if ln.words > OPENED_CAPTION_MAX_WORDS or "،" in ln.text:
        return False
    return b" ".join(ln.key.split(b" ", 2)[:2]) in CAPTION_OPENERS or photo_label(ln.text)


def photo_label(text: str) -> bool:
    """Does the line open with a photo's label and a colon (:data:`_PHOTO_LABEL`)?"""
    return _PHOTO_LABEL.match(text) is not None


#: A photo's label and a colon opening its caption or alt text ("صورة: منظر عام للقصر عند
#: الغروب"; Persian "عکس:", Urdu "تصویر:").
_PHOTO_LABEL = re.compile(r"^(?:ال)?صورة\s*:|^عکس\s*:|^تصویر\s*:")


def credited_caption(ln: Line) -> bool:
    """A photo's caption ending in its credit in parentheses ("... في مدينة بنغازي (أ ف ب)",
    "(صورة أرشيفية: ...)") or after a dash ("... – تصوير <name>"): a line of 4 to :data:`CAPTION_MAX_WORDS` words, not a
    teaser's media tag."""
    if 3 <= ln.words <= CAPTION_MAX_WORDS and ln.text.endswith((")", ").")) and _ARCHIVE_MARK.search(ln.text) is not None:
        return True  # (a short caption marked as an archive photo: "سنترال أميون (أرشيف)")
    if not 4 <= ln.words <= CAPTION_MAX_WORDS:
        return False
    if not ln.text.endswith((")", ").", ") ")):
        m = _DASH_CREDIT.search(ln.text) if any(w in ln.text for w in _CREDIT_WORDS) else None
        if m is None:
            return False
        # (a byline credits the photos too, after a place and a name: "شنقيط - <name> | تصوير: <name>")
        caption = ln.text[: m.start()]
        return len(caption.split()) >= CAPTION_MIN_WORDS and not any(c in caption for c in "-–—|")
    m = _NO_DIGIT_CREDIT.search(ln.text)
    # (three words at least before the credit: "هرات (خبرگزاری آریانا پیام)" is a dateline)
    return m is not None and len(ln.text[: m.start()].split()) >= CAPTION_MIN_WORDS and _MEDIA_TAG.search(ln.text) is None


def inner_captions(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> None:
    """Credited captions (:func:`credited_caption`) between two runs of the story are the
    story's (rule ``structure.inner_caption``): the guide keeps captions of the article's own
    photos, and a photo embed's chrome ("Embed from Getty Images") often parts them from the
    paragraphs."""
    for (_s, e), (s2, _e2) in zip(runs, runs[1:]):
        for k in range(e, s2):
            if lines[k].label is None and credited_caption(lines[k]):
                lines[k].set("body", "body", "structure.inner_caption")
# ...or the date the photo was taken: a year at its end ("... 12 يناير 2024").
_YEAR_END = re.compile(r"[12١٢۱۲][\d٠-٩]{3}\s*\.?$")


def _signs(lines: Sequence[Line], k: int, j: int) -> bool:
    """Is line ``k`` a writer's bare name signing under the prose line ``j``, a name the
    body does not mention?"""
    if j < 0 or lines[k].parts or not lines[j].is_prose or not names.name_line(lines[k]):
        return False
    return not names.mentioned(lines[k].text, (ln.text for ln in lines[:k] if ln.label == "body"))


def signature_line(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> Optional[int]:
    """The story's writer signing under its last paragraph: the last body line is a bare
    personal name (:func:`arclean.names.name_line`), the body line before it is prose, and
    the body does not mention that name.  Read on the final labels, body lines only, so that
    ``clean(x)`` (those same lines) reads it the same way.  ``runs``: the final body runs
    (no line below the last one is body; with none, no line is)."""
    k = runs[-1][1] - 1 if runs else -1
    while k >= 0 and lines[k].label != "body":
        k -= 1
    j = k - 1
    while j >= 0 and lines[j].label != "body":
        j -= 1
    return k if k > 0 and _signs(lines, k, j) else None


def signature_after_body(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> Optional[int]:
    """The same signature as the first line after the body (the run stops above a short
    line): a line that leaves the body either way, as the byline rather than as chrome."""
    if not runs:
        return None
    e = runs[-1][1]
    if e >= len(lines) or lines[e].label is not None:
        return None
    return e if _signs(lines, e, e - 1) else None


def author_bio(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> Optional[int]:
    """The last paragraph of a story of three or more when it opens with the writer's name
    as the byline above the story gives it ("ڈاکٹر نوید اختر ماحولیاتی پالیسی کے ماہر ہیں ...",
    "الكاتب ..."): the columnist's bio, not the column (rule ``structure.author_bio``)."""
    if not runs:
        return None
    s, e = runs[-1]
    if e - runs[0][0] < 3 or not lines[e - 1].is_prose:
        return None
    last = lines[e - 1].key + b" "
    for ln in lines[: runs[0][0]]:
        if ln.label != "metadata" or ln.kind != "author":
            continue
        name = ln.key
        if ln.entry is not None and name.startswith(ln.entry.bkey):
            name = name[len(ln.entry.bkey) :].strip()  # "كتب: <name>" -> "<name>"
        if name.count(b" ") >= 1 and last.startswith(name + b" "):
            return e - 1
    return None


#: A body of at most DATED_ITEM_MAX_LINES lines on a page with at least DATED_ITEMS_MIN other
#: date lines, each with a short free sentence within DATED_ITEM_REACH lines under it, is one
#: of a list of dated items (events, archive entries), whose dates are the items' own.
DATED_ITEMS_MIN = 4
DATED_ITEM_MAX_LINES = 2
#: (a text under its own publication label, "نُشر في <date>", may run to this many lines when
#: DATED_ITEMS_MIN such texts or more make the page: a page of death notices, of offers)
PUBLISHED_ITEM_MAX_LINES = 3
DATED_ITEM_REACH = 3
#: (a date line of an item has at most this many words: a weekday, the date, a clock, a place)
DATED_ITEM_DATE_MAX_WORDS = 8


#: ...or this many on a page where at least LISTING_PAGE_MIN_LINES lines were already found to
#: be a listing's items (teaser pairs, stamped headlines, listing stamps).
DATED_ITEMS_MIN_IN_LISTING = 3
LISTING_PAGE_MIN_LINES = 8
_LISTING_ITEM_RULES = frozenset(
    (
        "structure.teaser_pairs",
        "structure.stamped_headlines",
        "structure.clock_headed_items",
        "structure.clock_rows",
        "structure.dated_headlines",
        "shape.listing_stamp",
        "shape.event_date",
    )
)


def listing_page(lines: Sequence[Line]) -> bool:
    """Were at least :data:`LISTING_PAGE_MIN_LINES` lines found to be a listing's items?"""
    return sum(1 for ln in lines if ln.rule in _LISTING_ITEM_RULES) >= LISTING_PAGE_MIN_LINES


def one_of_dated_items(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> bool:
    """Is the body one short text among many like it, each under its own date (see
    :data:`DATED_ITEMS_MIN`)?  Then the date over it is no publication date.  (A brief
    under a sidebar of dated summaries is read so too: its date is lost, never wrong.)
    So is a body of several such texts, each run short and under its own date (an events
    agenda: each event's description under its date and place)."""
    short = sum(e - s for s, e in runs) <= DATED_ITEM_MAX_LINES
    if len(runs) > 1 or not short:
        # (most of them: an exhibition's run of days or a weekly workshop is dated in words)
        dated = sum(1 for s, e in runs if _under_item_date(lines, s) or _over_item_date(lines, e))
        by_date = sum(1 for s, e in runs if _by_published_date(lines, s, e))
        if 3 * by_date >= 2 * len(runs) and (
            (by_date >= DATED_ITEMS_MIN_IN_LISTING and all(e - s <= DATED_ITEM_MAX_LINES for s, e in runs))
            or (by_date >= DATED_ITEMS_MIN and all(e - s <= PUBLISHED_ITEM_MAX_LINES for s, e in runs))
        ):
            # (each short text, two in three at least, under or over its own "نُشر في <date>": a
            # job board's offers, a page of death notices)
            return True
        if all(e - s <= DATED_ITEM_MAX_LINES for s, e in runs) and 2 * dated > len(runs):
            # (fewer on a page whose other items were already found to be a listing's; or one
            # paragraph each there, with the listing's stamped items counted: a story cut in
            # two by a dated teaser has paragraphs of its own)
            if len(runs) >= DATED_ITEMS_MIN:
                return True
            if listing_page(lines) and (
                len(runs) >= DATED_ITEMS_MIN_IN_LISTING
                or (all(e - s == 1 for s, e in runs) and dated + _stamped_items(lines, runs) >= DATED_ITEMS_MIN)
            ):
                return True
        if not short:
            # (one text of a few lines under its "نُشر في <date>", on a page whose other such
            # stamps each head a text too, ending a sentence: a page of death notices)
            s, e = runs[0]
            return (
                len(runs) == 1
                and e - s <= PUBLISHED_ITEM_MAX_LINES
                and _by_published_date(lines, s, e)
                and _published_stamps(lines, over_text=True) >= DATED_ITEMS_MIN
            )
    if _by_published_date(lines, *runs[0]) and _published_stamps(lines) >= DATED_ITEMS_MIN:
        return True  # (one offer of a job board's, each under or over its own "نُشر في <date>")
    return _stamped_items(lines, runs) >= DATED_ITEMS_MIN


def _stamped_items(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> int:
    """How many items outside the body ``runs`` sit under a date line or a relative
    time stamp of their own: a prose line within :data:`DATED_ITEM_REACH` lines under it,
    still free, or already found to be a listed item's summary when such items lie above
    the body too (a listing's items are all around its one item left; a story's related
    list of dated summaries lies under it, and leaves it be)."""
    inside = {k for s, e in runs for k in range(s, e)}
    free = listed = 0
    above = False
    for k, ln in enumerate(lines):
        if (ln.date is None and ln.rule not in _RELATIVE_RULES) or ln.words > DATED_ITEM_DATE_MAX_WORDS:
            continue
        if any(j in inside for j in range(k + 1, k + 1 + DATED_ITEM_REACH)):
            continue
        under = lines[k + 1 : k + 1 + DATED_ITEM_REACH]
        if any(x.is_prose and x.label is None for x in under):
            free += 1
        elif any(x.is_prose and x.rule in _LISTING_ITEM_RULES for x in under):
            listed += 1
        else:
            continue
        above = above or k < runs[0][0]
    return free + listed if above else free


def _item_date(ln: Line) -> bool:
    """Is the line an item's date line (short, no publication label)?"""
    return ln.date is not None and ln.words <= DATED_ITEM_DATE_MAX_WORDS and ln.label in (None, "boilerplate")


def _under_item_date(lines: Sequence[Line], s: int) -> bool:
    """Is there an item's date line within :data:`DATED_ITEM_REACH` lines above line ``s``?"""
    return any(_item_date(lines[k]) for k in range(max(0, s - DATED_ITEM_REACH), s))


#: An item's date printed under its text ("<offer>", "<requirements>", "12 أكتوبر 2025", "قدّم
#: الآن") sits at most this many lines under it.
ITEM_DATE_UNDER_REACH = 2


def _over_item_date(lines: Sequence[Line], e: int) -> bool:
    """Is there an item's date line within :data:`ITEM_DATE_UNDER_REACH` lines under a run
    ending at ``e`` (a listed item printed with its date last)?"""
    return any(_item_date(lines[k]) for k in range(e, min(len(lines), e + ITEM_DATE_UNDER_REACH)))


def _by_published_date(lines: Sequence[Line], s: int, e: int) -> bool:
    """Is there a publication date line (labelled, "نُشر في <date>") within
    :data:`DATED_ITEM_REACH` lines above the run ``s:e``, or right under it (a listed offer
    printed with its date last)?"""
    k, reach = s - 1, DATED_ITEM_REACH
    while k >= 0 and reach > 0:
        ln = lines[k]
        if ln.label == "metadata" and ln.kind == "published" and ln.date is not None:
            return True
        if not (ln.label == "metadata" and ln.kind in _ITEM_FACT_KINDS):
            reach -= 1  # (an item's other facts between its date and its text are passed over)
        k -= 1
    return e < len(lines) and lines[e].date is not None and lines[e].label == "metadata" and lines[e].kind == "published"


#: An item's facts printed between its date and its text ("Updated: ...", "By <name>",
#: "tags: ..."): passed over, not counted, by :func:`_by_published_date`'s reach.
_ITEM_FACT_KINDS = frozenset(("updated", "author", "tags", "category"))


def _over_sentence(lines: Sequence[Line], k: int) -> bool:
    """Is the line under line ``k`` sentence-sized and ending a sentence?"""
    return k + 1 < len(lines) and lines[k + 1].is_prose and lines[k + 1].text.endswith((".", "۔", "!", "؟"))


def _published_stamps(lines: Sequence[Line], over_text: bool = False) -> int:
    """How many short date lines of the page carry a publication label ("نُشر في <date>"),
    whatever a rule made of them since (a listing's items read as comments)?  With
    ``over_text``, only those right over a sentence-sized line ending a sentence (a text's
    first paragraph, not a related list's next headline).  A page with fewer short date
    lines than :data:`DATED_ITEMS_MIN` gets their number unread: it stays under the bound
    the caller compares it with."""
    dated = [
        ln
        for k, ln in enumerate(lines)
        if ln.date is not None and ln.words <= DATED_ITEM_DATE_MAX_WORDS and (not over_text or _over_sentence(lines, k))
    ]
    if len(dated) < DATED_ITEMS_MIN:
        return len(dated)  # (the cheap count first: a story's page has a date line or two)
    from .dates import date_label_role  # (loaded already: the page's dates were read)

    return sum(1 for ln in dated if date_label_role(ln.text[: ln.date_start]) == "published")


# A print newspaper's issue stamp: "العدد 13208 - الثلاثاء 16 سبتمبر 2025" (its date is the
# story's, no photo's).
_ISSUE_STAMP = re.compile(r"^(?:ال)?عدد\s*:?\s*[\d٠-٩]+")


def trailing_caption(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """A photo caption right under the story's last paragraph (ending in a credit in
    parentheses, or in a date), with page chrome or the end of the text after it, is the
    story's (rule ``structure.trailing_caption``): the guide keeps captions of the
    article's own photos."""
    if not runs:
        return list(runs)
    s, e = runs[-1]
    if e >= len(lines):
        return list(runs)
    ln = lines[e]
    if (
        ln.label is None
        and 4 <= ln.words <= CAPTION_MAX_WORDS
        and (e + 1 == len(lines) or lines[e + 1].label is not None)
        and (_CREDIT_END.search(ln.text) is not None or (ln.words > 6 and _YEAR_END.search(ln.text) is not None))
        and _ISSUE_STAMP.match(ln.text) is None
    ):
        ln.set("body", "body", "structure.trailing_caption")
        return list(runs[:-1]) + [(s, e + 1)]
    return list(runs)


# A photo gallery's heading: "ألبوم الصور (6 صور)", "معرض الصور", "شاهد الصور", "صور من الحدث",
# "گالری تصاویر"; perhaps with its count.
_GALLERY_HEADER = re.compile(
    r"^(?:ألبوم الصور|البوم الصور|ألبوم صور|معرض الصور|معرض صور|شاهد الصور|شاهد بالصور|صور من|بالصور|گالری تصاویر|گالری عکس|تصاویر)"
    r"(?:\s|$|:)"
)
#: A gallery between two parts of the story lists at least this many captions under its heading.
GALLERY_MIN_CAPTIONS = 2


def gallery_captions(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> None:
    """The captions of a photo gallery printed between two parts of the story, under the
    gallery's heading ("ألبوم الصور (6 صور)"), are the story's (rule
    ``structure.gallery_caption``: the guide keeps captions of the article's own photos): the
    free caption-sized lines under the heading, up to the gallery's pager or the story going
    on.  A gallery under the story's last paragraph is left alone: other stories' headlines
    sit there too."""
    for (_s, e), (s2, _e2) in zip(runs, runs[1:]):
        head = next((k for k in range(e, s2) if lines[k].words <= 8 and _GALLERY_HEADER.match(lines[k].text) is not None), None)
        if head is None:
            continue
        captions = []
        first = head + 1
        if first < s2 and lines[first].words <= 3 and DIGIT.search(lines[first].text) is not None:
            first += 1  # the gallery's count on a line of its own: "(6 صور)"
        for k in range(first, s2):
            ln = lines[k]
            if ln.label is not None or ln.date is not None or ln.words > CAPTION_MAX_WORDS:
                break
            if ln.words >= 3:
                captions.append(k)  # (a photo's short alt text, "حرفي النحاس", is passed over)
        if len(captions) >= GALLERY_MIN_CAPTIONS:
            for k in captions:
                lines[k].set("body", "body", "structure.gallery_caption")


#: Other stories' headlines left under an extracted article's last paragraph, with no header:
#: at least this many headline-shaped lines at the very end of the text (one such line may be
#: the photo's caption: the story keeps it).
TRAILING_HEADLINES_MIN = 2


def trailing_headlines(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> List[int]:
    """Line indices of at least :data:`TRAILING_HEADLINES_MIN` headline-shaped free lines that
    end the body right under the last run's closing sentence (a listed item's headline:
    :func:`_item_line` with no sign of a sentence, not opening with a connective).  Read at
    the last run's end whatever follows it (page chrome, or the end of the text): in
    ``clean(x)`` those lines end the text, and they must be read the same way."""
    if not runs:
        return []
    s, e = runs[-1]
    k = e
    while k - 1 > s and _free(lines[k - 1]) and _item_line(lines[k - 1]) and lines[k - 1].words >= 3:
        ln = lines[k - 1]
        if _sentence_signs(ln.text) or continues_sentence(ln):
            break
        k -= 1
    if e - k < TRAILING_HEADLINES_MIN or not lines[k - 1].text.endswith(_SENTENCE_END[:5]):
        return []
    return list(range(k, e))


# A date glued at a headline's end: a year, then perhaps a clock time ("... 10 مارس 2024 11:00 ص").
_DATE_AT_END = re.compile(r"[12١٢۱۲][\d٠-٩]{3}(?:\s*[-–|،,]?\s*[\d٠-٩]{1,2}[:٫][\d٠-٩]{2}(?:\s*(?:ص|م|AM|PM|am|pm))?)?\s*$")


# A label's colon (a clock's is followed by a digit).
_LABEL_COLON = re.compile(r"[:：]\s+(?=\S)")
#: A schedule item's date after its label has at most this many words ("السبت 21 حزيران 2025").
SCHEDULE_DATE_MAX_WORDS = 6


def _schedule_item(text: str) -> bool:
    """"<label>: <date>" ("- بدء تقديم الامتحانات: السبت 21 حزيران 2025"): an item of a
    timetable in the story, not another story's headline with its date."""
    last = None
    for last in _LABEL_COLON.finditer(text):
        pass
    return last is not None and len(text[last.end() :].split()) <= SCHEDULE_DATE_MAX_WORDS


def dated_headlines(lines: Sequence[Line], codes: bytearray, with_year: Sequence[int]) -> List[int]:
    """Line indices of runs of other stories' headlines, each with its date glued at its end
    ("رئيس الوزراء يتابع ... الأحد، 10 مارس 2024 11:00 ص"): at least
    :data:`DATED_HEADLINES_MIN` such free lines in a row (one undated line may sit among
    them).  A story's own sentences do not end on a date.

    ``with_year``: the indices of the lines whose key holds four digits in a row (the
    page's year gate); only those are read for a date at their end.  A line whose date opens
    it (a weekday at most before it) is a date line, not a headline with its date: the
    story's own header under a list of dated headlines ("الأربعاء 5 ربيع الآخر 1446هـ
    الموافق 9 أكتوبر 2024 - 12:41")."""
    dated = [
        k
        for k in with_year
        if codes[k] in _FREE_OR_DATED_CODES
        and lines[k].words <= DATED_HEADLINE_MAX_WORDS
        and not lines[k].text.endswith(_SENTENCE_END[:5])
        and _DATE_AT_END.search(lines[k].text, max(0, len(lines[k].text) - 40)) is not None
        and not _schedule_item(lines[k].text)
        and not (lines[k].date is not None and len(lines[k].text[: lines[k].date_start].split()) <= 1)
    ]
    return _rows(dated, lambda k: _undated_headline(lines, codes, k), DATED_HEADLINES_MIN)


#: A list of other stories printed as headline and time stamp ("منذ 3 ساعات", a date line),
#: perhaps with a section word under each: at least this many items in a row.  A listing,
#: a tag or section page, a "latest news" column: the stamp under each headline is what a
#: story's own paragraphs never have (a live blog's entries are sentences, not headlines).
STAMPED_HEADLINES_MIN = 4
# One item in the line-shape table: a free line, a stamp, then perhaps one short or decided line.
# (a headline holding a date of its own, "قیمت طلا امروز ۳۰ مهر ۱۴۰۳؛ ...", is one too)
_STAMPED_ITEM = re.compile(b"[\x01\x02\x03\x05]\x04[\x00\x02]?")


def stamped_headlines(lines: Sequence[Line], codes: bytearray) -> List[int]:
    """Line indices of runs of at least :data:`STAMPED_HEADLINES_MIN` stamped headlines (see
    the constant): each a listed item's headline (:func:`_item_line`, a question allowed),
    perhaps its one-paragraph summary over a dated stamp, the stamp under it, and the section
    word under that if there is one."""
    out: List[int] = []
    run: List[Tuple[int, int]] = []  # (first line, end) of each item in a row
    items = [(m.start(), m.end()) for m in _STAMPED_ITEM.finditer(codes)]
    for s, e in items:
        if not _stamped_head(lines[s]):
            # or the headline's one-paragraph summary sits between it and a dated or relative
            # stamp ("۲ ساعت پیش"; a clock alone under a text is a schedule's next item, not
            # this one's stamp)
            if not (
                s > 0
                and codes[s] == FREE_PROSE
                and codes[s - 1] in _FREE_OR_DATED_CODES
                and (lines[s + 1].date is not None or lines[s + 1].rule in _RELATIVE_RULES)
                and _stamped_head(lines[s - 1])
            ):
                continue
            s -= 1
        if run and not _next_item(lines, codes, run[-1][1], s):  # not under the previous item: a new run
            _flush_stamped(lines, codes, items, run, out)
            run = []
        run.append((s, e))
    _flush_stamped(lines, codes, items, run, out)
    return out


#: A day's archive or a "latest news" column printed as clock and headline ("23:48", then
#: "وزارة الكهرباء: إعادة تشغيل ..."), some items with a one-paragraph summary under the
#: headline, and a channel's schedule (time, programme, synopsis): at least
#: STAMPED_HEADLINES_MIN such items in a row, each headline an item line, not a sentence (a
#: live blog's entries under their clocks are the story's sentences).
_CLOCK_ITEMS = re.compile(b"(?:\x04[\x01\x02\x03\x05]\x01?){%d,}" % STAMPED_HEADLINES_MIN)


def clock_headed_items(lines: Sequence[Line], codes: bytearray) -> List[int]:
    """Line indices of runs of clock-headed items (see :data:`_CLOCK_ITEMS`): a free clock
    line, a headline under it and perhaps its summary."""
    out: List[int] = []
    for m in _CLOCK_ITEMS.finditer(codes):
        items: List[List[int]] = []  # the lines of each item in a row
        k, end = m.start(), m.end()
        while k < end:
            if not _item_stamp(lines[k]) or not _clocked_head(lines[k + 1]):
                _flush_clock_items(items, out)
                items = []
                k += 1
                continue
            item = [k, k + 1, k + 2] if k + 2 < end and codes[k + 2] == FREE_PROSE else [k, k + 1]
            k = item[-1] + 1
            if lines[item[0]].label == "boilerplate":
                item = item[1:]  # (a listing's stamp keeps the rule that read it)
            items.append(item)
        _flush_clock_items(items, out)
    return out


#: A channel's schedule or a day's archive printed a row a line, the clock first and the item
#: after a bar or a dash ("21:30 | مسلسل بيت الجد - الحلقة 16"), the clock perhaps under a
#: part of the day ("صبح 9:00 — خبرنامہ"), or after a space alone when the clocks of the run
#: go on in order ("05:30 صباح جديد", "07:00 نشرة الأخبار"): at least CLOCK_ROWS_MIN such rows
#: in a row, each item a title (no sentence: a live blog's "10:30 | <sentence>." is the
#: story's), of at most CLOCK_ROW_MAX_WORDS words.  A programme's blurb of at most
#: CLOCK_BLURB_MAX_WORDS words may sit between two rows, one line (a live blog's entries
#: are paragraphs).
CLOCK_ROWS_MIN = 5
CLOCK_ROW_MAX_WORDS = 16
CLOCK_BLURB_MAX_WORDS = 16
_CLOCK_ROW = re.compile(
    r"""^(?:(?P<part>[^\W\d_]+)\s+)?                        # a part of the day: "صبح", "مساءً"
        (?P<h>[\d٠-٩۰-۹]{1,2})[:٫](?P<m>[\d٠-٩۰-۹]{2})\s*(?:ص|م)?\s*
        (?P<sep>[|\-–—]\s*)?\S""",
    re.X,
)

#: The parts of the day a schedule's clock may follow: the time markers of
#: data/dates_markers.tsv ("صبح", "شام", "مساء"), folded.
_DAYPART_KINDS = frozenset(("am", "pm", "noon", "afternoon", "evening", "night", "dawn"))
_DAYPARTS: FrozenSet[bytes] = frozenset(
    key_bytes(r[0]) for r in data_rows("dates_markers.tsv", ("word", "kind", "why")) if r[1] in _DAYPART_KINDS and r[0].isalpha()
)

# Where a clock row may be, found in the page's key block (the fold writes every digit in ASCII
# and punctuation as a space): a line opening with a clock, or with a part of the day and a clock.
_CLOCK_ROW_KEYS = re.compile(rb"\n(?:(?:" + trie_regex(_DAYPARTS) + rb") )?[0-9]{1,2} [0-9]{2} ")


def _clock_row(ln: Line) -> Optional["re.Match[str]"]:
    """The clock row's match (see :data:`CLOCK_ROWS_MIN`), or None."""
    if ln.label is not None or ln.words > CLOCK_ROW_MAX_WORDS or ln.text.endswith((".", "۔", "!")):
        return None
    m = _CLOCK_ROW.match(ln.text)
    if m is None or (m.group("part") is not None and key_bytes(m.group("part")) not in _DAYPARTS):
        return None
    step = _STEP_COLON.match(ln.text, m.end("m")) if m.group("sep") is None else None
    if step is not None and (step.group(1) is None or key_bytes(step.group(1)) in _DAYPARTS):
        return None  # (an itinerary's step in a story: "8:00: الانطلاق", "7:30 صباحاً: التجمع")
    return m


def _minutes(m: "re.Match[str]") -> int:
    """A clock row's time of day in minutes (int() reads Arabic-Indic and Persian digits too)."""
    return int(m.group("h")) * 60 + int(m.group("m"))


_DAY_MINUTES = 24 * 60
#: A colon right after a clock, or after the part of the day written after it: a step's label.
_STEP_COLON = re.compile(r"\s*(?:([^\W\d_]+)\s*)?:")


def clock_rows(lines: Sequence[Line], block: bytes) -> List[int]:
    """Line indices of runs of clock rows and the blurbs between them (see
    :data:`CLOCK_ROWS_MIN`); ``block`` is the page's key block (candidates found at C
    speed, only they read in Python)."""
    found = [k for k, _m in block_matches(_CLOCK_ROW_KEYS, block)]
    if len(found) < CLOCK_ROWS_MIN:
        return []
    out: List[int] = []
    run: List[int] = []  # the rows and blurbs of the run
    rows: List["re.Match[str]"] = []

    def flush() -> None:
        if len(rows) < CLOCK_ROWS_MIN or _minutes(rows[0]) == 0 or any(_minutes(m) >= _DAY_MINUTES for m in rows):
            return  # (a video's chapters or a transcript's stamps: "00:00 — مقدمة", "50:30 — ...")
        if rows[0].group("sep") is None and any(_minutes(a) > _minutes(b) for a, b in zip(rows, rows[1:])):
            return  # (bare rows out of order: a live blog's latest first, no schedule)
        out.extend(run)

    for k in found:
        m = _clock_row(lines[k])
        if m is None:
            continue
        same = bool(rows) and (m.group("sep") is None) == (rows[-1].group("sep") is None)  # (bare rows and others are two runs)
        if same and k == run[-1] + 1:
            run.append(k)
        elif same and k == run[-1] + 2 and _blurb(lines[k - 1]):
            run.extend((k - 1, k))
        else:
            flush()
            run, rows = [k], []
        rows.append(m)
    flush()
    return out


def _blurb(ln: Line) -> bool:
    """A programme's blurb between two clock rows: a free line of a few words."""
    return ln.label is None and 0 < ln.words <= CLOCK_BLURB_MAX_WORDS


def _item_stamp(ln: Line) -> bool:
    """The stamp over a clock-headed item: a free clock alone, a relative time ("12 منٹ
    پہلے") or an undecided short date line ("14 مارچ 2026، 11:05 AM"; the page's own date
    line is decided by then)."""
    if ln.label is None:
        return CLOCK.match(ln.text) is not None or ln.date is not None
    return ln.rule in _RELATIVE_RULES


def _clocked_head(ln: Line) -> bool:
    """The headline under an item's stamp: a stamped item's headline, or one whose two
    halves a single "،" joins ("مری اور گلیات میں بارش، سیاحوں کو محتاط رہنے کی ہدایت"; the
    stamp over it and the item's shape say it is listed, and a live blog's sentence ends
    with its stop)."""
    return _stamped_head(ln) or (ln.text.count("،") == 1 and _stamped_head(ln, "،"))


def _flush_clock_items(items: Sequence[Sequence[int]], out: List[int]) -> None:
    """Write a row of clock-headed items to ``out`` if it is long enough."""
    if len(items) >= STAMPED_HEADLINES_MIN:
        out.extend(k for item in items for k in item)


#: Between two stamped items there may be this many short lines: a ranked list's number ("02")
#: and the item's section word ("سينما") over its headline.
STAMPED_ITEM_MAX_GAP = 2
#: ...each a free line of at most this many words, or a decided line.
STAMPED_GAP_MAX_WORDS = 2


def _next_item(lines: Sequence[Line], codes: bytearray, end: int, s: int) -> bool:
    """Does the item starting at line ``s`` follow the item ending at ``end`` (right under it,
    or under a rank number and a section word)?"""
    return 0 <= s - end <= STAMPED_ITEM_MAX_GAP and all(
        codes[k] == DECIDED or (codes[k] == FREE_SHORT and lines[k].words <= STAMPED_GAP_MAX_WORDS) for k in range(end, s)
    )


def _stamped_head(ln: Line, joiner: str = "؛") -> bool:
    """The headline of a stamped item (a "؛" joins the two halves of a headline, "قرعه‌کشی
    لیگ؛ رقبای ایران مشخص شدند"; ``joiner``, another such sign)."""
    return _item_line(ln, joiner) and not _sentence_signs(ln.text.replace(joiner, " "))


#: A listing's lead item over its row: its headline and up to this many summary paragraphs
#: over its stamp ("<headline>", "<paragraph>", "<paragraph>", "2024/12/18 - 10:42 التفاصيل").
LEAD_ITEM_MAX_PARAGRAPHS = 3


def _flush_stamped(lines: Sequence[Line], codes: bytearray, items: Sequence[Tuple[int, int]], run: List[Tuple[int, int]], out: List[int]) -> None:
    """Write a row of stamped items to ``out`` if it is long enough, with the stamped item
    right above it whatever its first line's shape (a listing's lead item: a summary
    sentence under its stamp), the rest of its summary and its headline over it too (see
    :data:`LEAD_ITEM_MAX_PARAGRAPHS`)."""
    if len(run) < STAMPED_HEADLINES_MIN:
        return
    above = next((it for it in items if it[1] == run[0][0]), None)
    if above is not None:
        s = above[0]
        if codes[s] == FREE_PROSE:
            top = s
            while top > 0 and s - top < LEAD_ITEM_MAX_PARAGRAPHS - 1 and codes[top - 1] == FREE_PROSE:
                top -= 1
            if top > 0 and codes[top - 1] in (FREE_OTHER, FREE_SHORT) and _stamped_head(lines[top - 1]):
                s = top - 1  # (only under its headline: a story's last paragraphs over its date stay)
        run = [(s, above[1]), *run]
    out.extend(k for s, e in run for k in range(s, e))


#: A ticker of quote headlines ("القصيبي: فرقنا نزعت ... 5838 عبوة ناسفة"): at least this
#: many lines in a row, each a speaker of at most QUOTE_SPEAKER_MAX_WORDS words, a colon
#: and a headline of QUOTE_MIN_WORDS to QUOTE_MAX_WORDS words that does not end as a
#: sentence; at least two of them share a speaker.
QUOTE_HEADLINES_MIN = 4
QUOTE_SPEAKER_MAX_WORDS = 8
QUOTE_MIN_WORDS = 6
QUOTE_MAX_WORDS = 30
#: The colon sits within this many characters of the line's start.
QUOTE_COLON_MAX_CHARS = 50


def _quote_speaker(ln: Line) -> Optional[str]:
    """The speaker of a quote headline ("<speaker>: <headline>"), or None."""
    t = ln.text
    c = t.find(":", 2, QUOTE_COLON_MAX_CHARS)
    if c < 0 or not QUOTE_MIN_WORDS <= ln.words <= QUOTE_MAX_WORDS or t.endswith(_SENTENCE_END):
        return None
    speaker = t[:c].strip()
    if not 1 <= len(speaker.split()) <= QUOTE_SPEAKER_MAX_WORDS or DIGIT.search(speaker) is not None:
        return None  # (a clock "10:30" or a dated label is no speaker)
    return speaker


def quote_headlines(text: str, lines: Sequence[Line], codes: bytearray, starts: Optional[List[int]] = None) -> List[int]:
    """Line indices of a ticker of other stories' quote headlines (see
    :data:`QUOTE_HEADLINES_MIN`): a story quotes its speakers inside sentences that end
    with a full stop, a ticker prints one claim a line with no stop.  Only the lines
    holding a colon are read (found with ``str.find``, at C speed)."""
    pos = -1
    for _ in range(QUOTE_HEADLINES_MIN):  # (str.find of one character runs at memchr speed;
        pos = text.find(":", pos + 1)  # str.count reads every character)
        if pos < 0:
            return []
    found: Dict[int, str] = {}
    for k in lines_holding(text, lines, ":", starts):
        if codes[k] in _FREE_OR_DATED_CODES:
            speaker = _quote_speaker(lines[k])
            if speaker is not None:
                found[k] = speaker
    out: List[int] = []
    for row in _row_groups(sorted(found), lambda _k: False, QUOTE_HEADLINES_MIN):
        speakers = [found[k] for k in row]
        if len(set(speakers)) < len(speakers):
            out.extend(row)
    return out


def _undated_headline(lines: Sequence[Line], codes: bytearray, k: int) -> bool:
    """One headline without its date inside a list of dated ones."""
    return codes[k] in _FREE_OR_DATED_CODES and lines[k].words <= DATED_HEADLINE_MAX_WORDS and not lines[k].is_prose


def index_chains(found: Sequence[int], joined: Callable[[int, int], bool], min_len: int) -> List[List[int]]:
    """The chains of ``found`` (sorted line indices) in which each index is ``joined`` to the
    one before it (``joined(before, index)``), that hold at least ``min_len`` of them."""
    out: List[List[int]] = []
    chain: List[int] = []
    for k in found:
        if chain and not joined(chain[-1], k):
            if len(chain) >= min_len:
                out.append(chain)
            chain = []
        chain.append(k)
    if len(chain) >= min_len:
        out.append(chain)
    return out


def _row_groups(hits: Sequence[int], gap_ok: Callable[[int], bool], min_len: int) -> List[List[int]]:
    """The rows of ``hits`` (sorted line indices) that follow one another, one line apart,
    or two apart with a line between them that ``gap_ok`` accepts, and hold at least
    ``min_len`` hits: each row's hits."""
    return index_chains(hits, lambda a, b: b - a == 1 or (b - a == 2 and gap_ok(b - 1)), min_len)


def _rows(hits: Sequence[int], gap_ok: Callable[[int], bool], min_len: int) -> List[int]:
    """The line indices covered by the rows of :func:`_row_groups` (gap lines included)."""
    return [k for run in _row_groups(hits, gap_ok, min_len) for k in range(run[0], run[-1] + 1)]


def tag_cloud(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> List[int]:
    """Line indices of a tag cloud printed without a header right under the story: at least
    :data:`TAG_CLOUD_MIN_ITEMS` short free lines in a row (no sentence, no label), most of
    which name words of the story itself ("وزارة العمل" under a story on the labour ministry).
    Menu items and other stories' headlines right under a story do not come from its text."""
    if not runs:
        return []
    end = runs[-1][1]
    items: List[int] = []
    k = end
    while k < len(lines):
        ln = lines[k]
        if not (ln.label is None and ln.date is None and 1 <= ln.words <= TAG_CLOUD_MAX_WORDS and not ln.punct):
            break
        if ln.text.endswith((":", "：")):
            break
        items.append(k)
        k += 1
    if len(items) < TAG_CLOUD_MIN_ITEMS:
        return []
    story = b" " + key_bytes(" ".join(lines[j].text for s, e in runs for j in range(s, e))) + b" "
    found = sum(1 for k in items if b" " + lines[k].key + b" " in story)
    return items if found * 2 >= len(items) else []


#: A text whose blocks are set apart by blank lines prints a paragraph's inline pieces (its
#: links, its bold words) on lines of their own with no blank line between them:
#: BeautifulSoup's ``get_text("\n")``.  The breaks are read when at least this share of them
#: could hold a blank line (a C count of the text's line breaks first)...
BLANK_BREAKS_MIN_SHARE = 0.2
#: ...and the run edges take in such pieces when at least this share of them do...
BLOCK_GLUE_MIN_BLANK_SHARE = 0.6
#: ...at most this many at each edge of a run.
BLOCK_GLUE_MAX_LINES = 8


def blank_breaks(text: str, lines: Sequence[Line]) -> Optional[List[bool]]:
    """``joined[k]``: does line ``k`` follow line ``k - 1`` with no blank line between them
    (``joined[0]`` is False)?  None for a text with too few line breaks for
    :data:`BLANK_BREAKS_MIN_SHARE` of its breaks to hold a blank line (most texts: no list)."""
    n = len(lines)
    if n < 2 or text.count("\n") < (1 + BLANK_BREAKS_MIN_SHARE) * n:
        return None
    return [False] + [text.count("\n", a.end, b.start) < 2 for a, b in zip(lines, lines[1:])]


def blank_share(joined: Sequence[bool]) -> float:
    """The share of a text's breaks that hold a blank line (see :func:`blank_breaks`)."""
    return 1 - sum(joined) / (len(joined) - 1)


def glue_blocks(lines: Sequence[Line], runs: Sequence[Tuple[int, int]], joined: Optional[Sequence[bool]]) -> List[Tuple[int, int]]:
    """In a text of blank-separated blocks (:data:`BLOCK_GLUE_MIN_BLANK_SHARE`), the free lines
    joined to a run's first or last line with no blank line between are pieces of the same
    paragraph ("أعلنت" / "مؤسسة كهرباء لبنان" / "، في بيان مساء الجمعة، أنّ ..."): the run takes
    them in (rule ``structure.block_glue``).  ``joined``: :func:`blank_breaks` of the text."""
    if not runs or joined is None or blank_share(joined) < BLOCK_GLUE_MIN_BLANK_SHARE:
        return list(runs)
    n = len(lines)
    out: List[Tuple[int, int]] = []
    floor = 0  # (the end of the run before: no line is taken twice)
    for i, (s, e) in enumerate(runs):
        ceiling = runs[i + 1][0] if i + 1 < len(runs) else n
        k = s
        while k > floor and s - k < BLOCK_GLUE_MAX_LINES and _free(lines[k - 1]) and joined[k]:
            k -= 1
        j = e
        while j < ceiling and j - e < BLOCK_GLUE_MAX_LINES and _free(lines[j]) and joined[j]:
            j += 1
        for x in list(range(k, s)) + list(range(e, j)):
            lines[x].set("body", "body", "structure.block_glue")
        out.append((k, j))
        floor = j
    return out


#: Keys of an error page's headings (data/error_pages.tsv).
ERROR_PAGE_HEADINGS: FrozenSet[bytes] = frozenset(key_bytes(r[0]) for r in data_rows("error_pages.tsv", ("phrase", "why")))


#: Keys of a news ticker's labels (data/ticker_labels.tsv), and a line opening with one of them
#: then a separator (".." ":" "|" "-").
TICKER_LABELS: FrozenSet[bytes] = frozenset(key_bytes(r[0]) for r in data_rows("ticker_labels.tsv", ("label", "why")))
_TICKER_OPEN = re.compile(r"^(\S+(?:\s\S+)?)\s*(?:\.{2,}|:|\||-|–|ـ)\s*\S")
#: A ticker has at least this many such lines in a row.
TICKER_MIN_LINES = 2
# (the labels' first words at a line's start, in a block of keys)
_TICKER_BLOCK = re.compile(b"\n(?:" + trie_regex(k.split(b" ")[0] for k in TICKER_LABELS) + b")(?![^ \n])")


#: A poll's answer rows: at least POLL_OPTIONS_MIN short lines in a row (at most
#: POLL_OPTION_MAX_WORDS words each) that give a share in per cent ("نعم 58%", "لا أعرف ٦٪"),
#: right under a question ("هل تؤيد ...؟").
POLL_OPTIONS_MIN = 2
POLL_OPTION_MAX_WORDS = 8
# A share in per cent: a number and its sign ("58%", "٥٨ ٪", "12.5%").
_PERCENT = re.compile(r"[0-9٠-٩۰-۹](?:[.,٫][0-9٠-٩۰-۹]+)?\s?[%٪]")


def poll_rows(text: str, lines: Sequence[Line], codes: bytearray, starts: List[int]) -> List[int]:
    """Line indices of polls (see :data:`POLL_OPTIONS_MIN`): each question and its answer rows
    with their shares, a widget of the page (a story's figures are sentences or a table's
    rows, with no question over them).  Only the lines holding a per-cent sign are read."""
    out: List[int] = []
    run: List[int] = []
    for k in [*sorted(set(lines_holding(text, lines, ("%", "٪"), starts))), -1]:
        ln = lines[k] if k >= 0 else None
        row = ln is not None and codes[k] in _FREE_OR_DATED_CODES and ln.words <= POLL_OPTION_MAX_WORDS and _PERCENT.search(ln.text) is not None
        if row and (not run or k == run[-1] + 1):
            run.append(k)
            continue
        if len(run) >= POLL_OPTIONS_MIN and run[0] >= 1:
            q = lines[run[0] - 1]
            if q.text.endswith(("؟", "?")) and (q.label is None or q.kind == "widget"):
                out.extend([run[0] - 1, *run])
        run = [k] if row else []
    return out


def ticker_lines(lines: Sequence[Line], codes: bytearray, block: bytes) -> List[int]:
    """Line indices of a news ticker: at least :data:`TICKER_MIN_LINES` free lines in a row
    that open with a ticker's label and a separator ("عاجل .. ارتفاع منسوب النيل ...").
    ``block``: the lines' key block (:func:`arclean.fold.key_block`); the lines whose key
    opens with a label's first word are found in it by one scan."""
    hits = [k for k, _m in block_matches(_TICKER_BLOCK, block)]
    if len(hits) < TICKER_MIN_LINES:
        return []
    rows = _row_groups([k for k in hits if codes[k] in _FREE_OR_DATED_CODES and _ticker_line(lines[k])], lambda _k: False, TICKER_MIN_LINES)
    return [k for row in rows for k in row]


#: A lone ticker line over the page's chrome: at least this many lines between it and the
#: next body run.
TICKER_GAP_MIN_LINES = 3


def lone_ticker_run(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> bool:
    """Is the first body run one line opening with a ticker's label ("عاجل محافظ ... يعتمد
    ..."), with the page's chrome (:data:`TICKER_GAP_MIN_LINES` lines or more) between it
    and the next run?  The ticker's one item over the menu, not the story's lede
    (a story's own "عاجل:" headline is no body line either)."""
    if len(runs) < 2 or runs[0][1] - runs[0][0] != 1:
        return False
    ln = lines[runs[0][0]]
    words = ln.key.split(b" ", 2)
    if not (words[0] in TICKER_LABELS or b" ".join(words[:2]) in TICKER_LABELS):
        return False
    return runs[1][0] - runs[0][1] >= TICKER_GAP_MIN_LINES


def _ticker_line(ln: Line) -> bool:
    m = _TICKER_OPEN.match(ln.text)
    return m is not None and (key_bytes(m.group(1)) in TICKER_LABELS or key_bytes(m.group(1).split()[0]) in TICKER_LABELS)


#: The kinds of a site page's heading: a footer link ("اتصل بنا", "سياسة الخصوصية") or the
#: comment policy's ("سياسة التعليقات").
SITE_PAGE_KINDS = frozenset(("footer", "comments"))
#: ...but not an "about us" heading: the text under it (a company's, an association's story)
#: is the page's main text.
ABOUT_HEADINGS = frozenset(key_bytes(w) for w in ("من نحن", "عن الموقع", "عن الشركة", "عن الجمعية", "عن المؤسسة", "نبذة عنا", "تعرف علينا"))


#: Under an error page's heading, a body of at most this many lines is a suggested story's card.
ERROR_PAGE_SUGGESTION_MAX_LINES = 3


_SEARCH_ROWS = [r[0] for r in data_rows("search_pages.tsv", ("phrase", "why"))]
#: Keys of a search-results page's headings (data/search_pages.tsv)...
SEARCH_PAGE_HEADINGS: Tuple[bytes, ...] = tuple(key_bytes(p) for p in _SEARCH_ROWS if not p.startswith("<n> "))
#: ...and of the nouns of its count of hits ("<n> نتیجه": "۱۸۴ نتیجه برای «...»").
_COUNT_NOUNS = tuple(key_bytes(p[4:]) for p in _SEARCH_ROWS if p.startswith("<n> "))
# A count of hits opening a line's key: a number (the fold writes every digit in ASCII), then a noun.
# (a count may open with "found" or its label: "تم العثور على 14 نتيجة لـ «<query>»", "عدد
# النتائج: 47 نتيجة لـ «<query>»")
_COUNT_LEADS = tuple(key_bytes(w) for w in ("تم العثور على", "عثرنا على", "وجدنا", "عدد النتائج"))
# (or the range of hits shown, first: "عرض النتائج 1 - 10 من أصل 64 نتيجة للبحث عن «...»")
_SHOWN = key_bytes("عرض")
_RANGE_LEAD = (
    b"(?:" + _SHOWN + b" )?(?:" + key_bytes("النتائج") + b" )?[0-9]+ [0-9]+ " + key_bytes("من") + b" (?:" + key_bytes("أصل") + b" )?"
)
_COUNT_LEAD = b"(?:(?:" + b"|".join(_COUNT_LEADS) + b") |" + _RANGE_LEAD + b")?"
_RESULT_COUNT = re.compile(rb"^" + _COUNT_LEAD + rb"[0-9][0-9,.]* (?:" + trie_regex(_COUNT_NOUNS) + rb")(?: |$)")
# What goes on after a search heading's phrase: its query, after a colon or in quotes.
_QUERY_MARKS = (":", "«", '"', "“")
_QUOTE_MARKS = _QUERY_MARKS[1:]  # (a count's query is quoted: a colon may be a link's "https:")


# (the headings' first words at a line's start, in a block of keys: the gate of site_page's
# per-line reading, one scan of the page)
_SEARCH_BLOCK = re.compile(
    b"\n(?:" + trie_regex(k.split(b" ")[0] for k in SEARCH_PAGE_HEADINGS) + b")(?![^ \n])"
    + b"|\n" + _COUNT_LEAD + b"[0-9][0-9,.]* (?:" + trie_regex(_COUNT_NOUNS) + b")(?![^ \n])"
)


def search_heading(ln: Line) -> bool:
    """Is the line a search-results page's heading: a phrase of ``data/search_pages.tsv``
    alone, or followed by its query after a colon or in quotes?"""
    key = ln.key
    if (
        (key[:1].isdigit() or key.startswith(_COUNT_LEADS) or key.startswith(_SHOWN))
        and _RESULT_COUNT.match(key) is not None
        and any(m in ln.text for m in _QUOTE_MARKS)
    ):
        return True  # a count of hits with its query in quotes: "۱۸۴ نتیجه برای «نان سنگک» یافت شد"
    return _phrase_heading(ln, SEARCH_PAGE_HEADINGS)


def _phrase_heading(ln: Line, phrases: Sequence[bytes], max_value_words: Optional[int] = None) -> bool:
    """Is the line one of ``phrases`` (keys) alone, or one of them followed by a value after a
    colon or in quotes ("نتائج البحث عن: <query>", "الوسم: <tag>"), of at most
    ``max_value_words`` words when given?"""
    key = ln.key
    for h in phrases:
        if key == h:
            return True
        if key.startswith(h) and _site_suffix_after(ln.text, h.count(b" ") + 1):
            return True  # the page's title: "نتائج البحث | <site>"
        if (
            key.startswith(h)
            and key[len(h) : len(h) + 1] == b" "
            and (max_value_words is None or ln.words - h.count(b" ") - 1 <= max_value_words)
            and any(m in ln.text for m in _QUERY_MARKS)
        ):
            return True
    return False


def _site_suffix_after(text: str, n: int) -> bool:
    """Does a bar or a spaced dash follow the first ``n`` words of ``text`` (a page title's site
    suffix: "نتائج البحث | <site>"), with at most SITE_SUFFIX_MAX_WORDS words after it?"""
    words = text.split()
    return len(words) > n + 1 and words[n] in ("|", "-", "–", "—") and len(words) - n - 1 <= SITE_SUFFIX_MAX_WORDS


#: Keys of an archive page's headings (data/archive_headings.tsv: "الوسم", "أرشيف التصنيف")...
ARCHIVE_HEADINGS: Tuple[bytes, ...] = tuple(key_bytes(r[0]) for r in data_rows("archive_headings.tsv", ("phrase", "why")))
#: ...with at most this many words after the colon (the tag's or the section's name), on one
#: of the ARCHIVE_HEADING_REACH lines over the first body run or its first line (an intro
#: line, a results count and the first card's headline, place and date may sit between).
ARCHIVE_VALUE_MAX_WORDS = 4
ARCHIVE_HEADING_REACH = 6


def archive_heading(ln: Line) -> bool:
    """Is the line an archive page's heading: a phrase of ``data/archive_headings.tsv`` alone,
    or followed by a colon or quotes and a short name ("الوسم: الزراعة")?"""
    return _phrase_heading(ln, ARCHIVE_HEADINGS, ARCHIVE_VALUE_MAX_WORDS)


#: An error page's heading may stand among the first this many lines of the first body run
#: (under the site's name and a section title: "<university>", "بوابة القبول", "الموقع تحت الصيانة").
ERROR_HEADING_IN_RUN = 3


#: An error or status heading may go on after its phrase with a name or a mark ("شكرا لطلبك يا
#: أحمد!") on a line of at most this many words, when the phrase has two words or more.
ERROR_HEADING_MAX_WORDS = 8
_LONG_ERROR_HEADINGS = tuple(h + b" " for h in ERROR_PAGE_HEADINGS if b" " in h)


#: ...or of at most this many words more when the line quotes a search's query ("لم يتم العثور
#: على نتائج تطابق بحثك «<query>».").
ERROR_HEADING_QUERY_WORDS = 8


def _error_heading(ln: Line) -> bool:
    """Is the line an error or a form's status page's heading (``data/error_pages.tsv``)?"""
    if ln.key in ERROR_PAGE_HEADINGS:
        return True
    most = ERROR_HEADING_MAX_WORDS + (ERROR_HEADING_QUERY_WORDS if "«" in ln.text or '"' in ln.text else 0)
    return ln.words <= most and ln.key.startswith(_LONG_ERROR_HEADINGS)


def site_page(lines: Sequence[Line], runs: Sequence[Tuple[int, int]], block: Optional[bytes] = None) -> bool:
    """Is the page one of the site's own pages (contact, about, privacy, terms, an error page,
    search results)?  A search-results heading above the first body run
    (:func:`search_heading`; ``block``, the lines' key block, lets one scan tell that the
    page holds none) says so; so does an error page's heading
    (``data/error_pages.tsv``) within two lines over the first body run, or among its first
    :data:`ERROR_HEADING_IN_RUN` lines.
    Otherwise its heading,
    right above the first body run, is a footer link the lexicon knows ("اتصل بنا", "من نحن",
    "سياسة الخصوصية"), and the page names it again elsewhere (its menu entry, its breadcrumb
    "الرئيسية / اتصل بنا"): the text under it is that page's, not an article."""
    s, run_end = runs[0]
    if any(_error_heading(lines[k]) for k in range(max(0, s - 2), min(run_end, s + ERROR_HEADING_IN_RUN))):
        return True  # an error page's heading over an apology ("الصفحة غير موجودة"), or among its first lines
    if (block is None or _SEARCH_BLOCK.search(block) is not None) and any(search_heading(ln) for ln in lines[:s]):
        return True  # a search's hits under its heading ("نتائج البحث عن: <query>")
    if any(archive_heading(lines[k]) for k in range(max(0, s - ARCHIVE_HEADING_REACH), min(run_end, s + 1))):
        return True  # a tag's or a section's archive under its heading ("الوسم: الزراعة")
    if s == 0:
        return False
    if sum(e - b for b, e in runs) <= ERROR_PAGE_SUGGESTION_MAX_LINES and any(ln.key in ERROR_PAGE_HEADINGS for ln in lines[:s]):
        return True  # an error page's suggestion under it ("ربما تبحث عن": one story's card)
    h = s - 1
    if h > 0 and lines[h].label == "metadata" and lines[h].kind in ("published", "updated"):
        h -= 1  # the page's own "last updated" line under its heading ("آخر تحديث: 2 شباط 2023")
    head = lines[h]
    e = head.entry
    if head.label != "boilerplate" or head.kind not in SITE_PAGE_KINDS or e is None or head.key != e.bkey:
        return False  # (the heading is the lexicon's phrase alone: "سياسة التعليقات")
    if head.key in ABOUT_HEADINGS:
        return False
    tail = b" " + head.key
    return any(k != h and (ln.key == head.key or ln.key.endswith(tail)) for k, ln in enumerate(lines[:h]))


def _contents_entries(lines: Sequence[Line]) -> Set[bytes]:
    """The keys of the lines a table of contents' block took in (its entries)."""
    return {ln.key for ln in lines if ln.label == "boilerplate" and ln.kind == "other" and ln.rule.startswith("block.")}


def contents_headings(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """A free line right above a body run that reads as an entry of the page's table of
    contents is the story's section heading, printed where the contents box points (rule
    ``structure.contents_heading``): the first one, under the box, starts no run of its own."""
    if not any(s > 0 and _free(lines[s - 1]) for s, _e in runs):
        return list(runs)  # (no free line over a run: nothing to read, no pass over the page)
    entries = _contents_entries(lines)
    if not entries:
        return list(runs)
    out: List[Tuple[int, int]] = []
    for s, e in runs:
        if s > 0 and _free(lines[s - 1]) and lines[s - 1].key in entries:
            lines[s - 1].set("body", "body", "structure.contents_heading")
            s -= 1
        out.append((s, e))
    return out


#: A line ending with a colon, of at least this many words, right over an embedded post is
#: the story's lead-in to it ("وعلقت على الصور قائلة:").
EMBED_LEAD_IN_MIN_WORDS = 3


#: A sentence of at least this many words ending in a colon right under the story leads in to
#: the list under it (a label line is four words at most).
LIST_LEAD_IN_MIN_WORDS = 8


def colon_list(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """A list the story introduces with a colon goes on with the story: under a run whose
    last line ends with ":" ("وتشمل الإجراءات:"), or under a short label line ending
    with ":" right after the run ("المميزات:") or a lead-in that goes on with the story
    ("ويقول في قصيدته:", a quoted poem's verses under it), at least :data:`LIST_MIN_ITEMS` short free
    lines are the story's (rule ``structure.colon_list``).  The list ends at the first
    decided, long or colon-ended line.  Such a lead-in over an embedded post (a widget) is
    the story's too."""
    out: List[Tuple[int, int]] = []
    n = len(lines)
    for s, e in runs:
        j = e
        if (
            out
            and s - out[-1][1] == 2
            and _free(lines[s - 1])
            and lines[s - 1].text.endswith((":", "："))
            and (continues_story(lines[s - 1]) or lines[s - 1].words >= LIST_LEAD_IN_MIN_WORDS)
            and (lines[s].text.startswith(BULLETS) or item_number(lines[s].text) is not None)
        ):
            # the lead-in to a list the run holds, one line (an inline read-also link) under
            # the run before: "وأوضحت الشركة أن الأوراق المطلوبة هي:" over "- ..." items
            lines[s - 1].set("body", "body", "structure.colon_list")
            s -= 1
        if (
            j + 1 < n
            and _free(lines[j])
            and lines[j].words >= EMBED_LEAD_IN_MIN_WORDS
            and lines[j].text.endswith((":", "："))
            and lines[j + 1].label == "boilerplate"
            and lines[j + 1].kind == "widget"
        ):
            # the story's lead-in to an embedded post ("واحتفل النادي بالفوز عبر حسابه:")
            lines[j].set("body", "body", "structure.colon_list")
            out.append((s, j + 1))
            continue
        if (
            j < n
            and _free(lines[j])
            and lines[j].text.endswith((":", "："))
            and (
                lines[j].words <= 4
                or continues_story(lines[j])
                or lines[j].words >= LIST_LEAD_IN_MIN_WORDS
                or lines[j].text.startswith("و")  # "وجاءت طرق السداد المتاحة كالتالي:" (the conjunction goes on)
            )
        ):
            # the list's label line ("المميزات:"), or the story's lead-in ("ويقول في قصيدته:",
            # a sentence of its own: "حکام نے بتایا کہ ... جاری کیے جائیں گے:")
            j += 1
        elif not lines[e - 1].text.endswith((":", "：")):
            out.append((s, e))
            continue
        end = _list_items_end(lines, j)
        if end - j < LIST_MIN_ITEMS:
            out.append((s, e))
            continue
        # (then another label and its list, as long as they come: "المكونات:" and its items,
        # "طريقة التحضير:" and its steps; "مثال (1):", "مثال (2):" and their lines)
        while end + 1 < n and _free(lines[end]) and lines[end].words <= 4 and lines[end].text.endswith((":", "：")):
            nxt = _list_items_end(lines, end + 1)
            if nxt - (end + 1) < LIST_MIN_ITEMS:
                break
            end = nxt
        for k in range(e, end):
            lines[k].set("body", "body", "structure.colon_list")
        out.append((s, end))
    return out


def _list_items_end(lines: Sequence[Line], j: int) -> int:
    """The end of the run of a list's items from line ``j``: free short lines, not ending with
    a colon (the next label's); under a first item with a bullet, each with a bullet, or a
    sentence, or a "label: value" line (a price alert's "نبهني عند انخفاض السعر" ends it)."""
    n = len(lines)
    bulleted = j < n and lines[j].text.startswith(BULLETS)
    while (
        j < n
        and _free(lines[j])
        and lines[j].words <= LIST_ITEM_MAX_WORDS
        and not lines[j].text.endswith((":", "："))
        and (not bulleted or lines[j].text.startswith(BULLETS) or lines[j].text.endswith((".", "۔", "!")) or ": " in lines[j].text)
    ):
        j += 1
    return j


def _load_list_headers() -> FrozenSet[bytes]:
    return frozenset(key_bytes(r[0]) for r in data_rows("list_headers.tsv", ("words", "why")))


#: Keys of the words that open a recipe or how-to section (data/list_headers.tsv).
LIST_HEADERS = _load_list_headers()
_LIST_HEADER = re.compile(b"(?:" + b"|".join(re.escape(k) for k in sorted(LIST_HEADERS, key=len, reverse=True)) + b")(?: |$)")


def _list_header(ln: Line) -> bool:
    return (
        _free(ln)
        and ln.words <= LIST_ITEM_MAX_WORDS
        and not ln.text.endswith(".")
        and _LIST_HEADER.match(ln.key) is not None
    )


def list_labelled(text: str) -> bool:
    """Is the line a list's header and its items on one line ("المقادير: كيلو لحم، 3 أكواب
    رز")?  No headline."""
    c = text.find(":")
    return 0 < c <= LIST_LABEL_MAX_CHARS and key_bytes(text[:c]) in LIST_HEADERS


#: A list's header before its colon has at most this many characters.
LIST_LABEL_MAX_CHARS = 20


def _list_item(ln: Line) -> bool:
    return _free(ln) and ln.words <= LIST_ITEM_MAX_WORDS and not _list_header(ln)


#: A section header right above the body with no item of its own before the body's
#: first line is a bare header of at most this many words ("طريقة التحضير"), not a title.
BARE_HEADER_MAX_WORDS = 3


def _section_above(lines: Sequence[Line], s: int, touches_body: bool, floor: int) -> Optional[int]:
    """The header of a section whose items end right above line ``s`` (and start at line
    ``floor`` or below), or None: at least :data:`LIST_MIN_ITEMS` items under it, or,
    right above the body (``touches_body``), one item and the body's first line (the steps
    going on in a longer line), or no item under a bare header."""
    k = s - 1
    while k >= floor and _list_item(lines[k]):
        k -= 1
    if k < floor or not _list_header(lines[k]):
        return None
    items = s - 1 - k
    if items >= LIST_MIN_ITEMS:
        return k
    if touches_body and (items == LIST_MIN_ITEMS - 1 or (items == 0 and lines[k].words <= BARE_HEADER_MAX_WORDS)):
        return k
    return None


def list_sections(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """A recipe's or a how-to's sections are the article's: a header from
    ``data/list_headers.tsv`` ("المقادير", "طريقة التحضير") with short item lines under it,
    right above a body run (or above a section that is), joins the run (rule
    ``structure.list_section``); the run then goes on over the short item lines under it,
    the rest of the steps.  A list of other recipes' titles ("طريقة عمل ...") has no items
    under its headers and joins nothing."""
    out: List[Tuple[int, int]] = []
    for i, (s, e) in enumerate(runs):
        floor = out[-1][1] if out else 0  # (never into the run above...)
        ceiling = runs[i + 1][0] if i + 1 < len(runs) else len(lines)  # (...or below)
        top = s
        h = _section_above(lines, top, True, floor)
        while h is not None:
            top = h
            h = _section_above(lines, top, False, floor)
        if top == s:
            out.append((s, e))
            continue
        j = e
        while j < ceiling and _list_item(lines[j]):
            j += 1
        for k in list(range(top, s)) + list(range(e, j)):
            lines[k].set("body", "body", "structure.list_section")
        out.append((top, j))
    return out


# A line ending with a page number after a dot or dot leaders, perhaps with the page's word:
# "المدخل . 9", "الفصل الأول .... 13", "<title> - <writer> ... ص 22".
_PAGE_NUMBER_END = re.compile(r"(?:\s\.|\.{2,}|…)\s*(?:ص\.?\s*|صفحة\s+)?[0-9٠-٩۰-۹]{1,4}\s*$")


def page_number_contents(lines: Sequence[Line], codes: bytearray) -> List[int]:
    """Line indices of a book's table of contents printed as text: at least
    :data:`CONTENTS_MIN_LINES` undecided lines in a row (one other line may sit among them)
    that end with a page number after a dot or dot leaders.  The guide counts a table of
    contents as boilerplate (``other``)."""
    hits = [
        k
        for k, ln in enumerate(lines)
        if ln.text[-1] in _DIGITS  # (the cheap test first: a page number ends the line)
        and codes[k] in _FREE_OR_DATED_CODES
        and _PAGE_NUMBER_END.search(ln.text, max(0, len(ln.text) - 12)) is not None
    ]
    # one undecided line without a page number may sit among them ("صلاحية الحكم ... ضمن" broken in two)
    return _rows(hits, lambda k: codes[k] in _FREE_OR_DATED_CODES, CONTENTS_MIN_LINES)
