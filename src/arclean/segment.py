"""The segmentation loop: lines in, labelled spans out.

The page is read as lines.  Each stage below is one pass over the lines:

1. **features**: span, word count, sentence punctuation, matching key
   (:mod:`arclean.lines`);
2. **line rules**: lexicon phrases (:mod:`arclean.lexicon`) and shapes
   (:mod:`arclean.rules`) give *hard* labels;
3. **blocks**: a header such as "اقرأ أيضا" or "الكلمات الدالة" lends its kind
   to the short lines under it;
4. **body regions**: like Body Text Extraction (Finn et al. 2001), every
   free line scores ``words - line_cost`` (words count less without sentence
   punctuation) and hard lines are barriers; the best-scoring runs are body.
   Secondary runs are kept only when large and not cut off from the main run
   by an article-closing line (tags, source, share bar, comments, footer);
5. **header zone**: title, dates, byline and category just above the body,
   and in-line splits such as a dateline glued to the story (:mod:`arclean.header`);
6. **outside lines**: everything else becomes boilerplate, with the kind of the
   block it sits in or of its position;
7. **duplicates**: a repeated body paragraph is ``dup``.

Nothing here keeps state between documents.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING, Callable, Dict, List, Optional, Sequence, Set, Tuple, Union

from . import dates, media, names, policy, rules, spam, structure
from .fold import block_matches, key_bytes
from .header import (
    DATE_LINE_MAX_OTHER_WORDS,
    FIGURES_END,
    FORM_MARKS,
    KEY_POINT_MAX_WORDS,
    HEAD_DATE_CHARS,
    TITLE_MIN_WORDS,
    label_first_line_headline,
    label_header_zone,
    split_title_suffix,
    label_agency_credits,
    split_byline_date,
    split_first_body_line,
    publish_label,
    relative_bar,
    key_value_row,
    split_label_value,
    split_link_headline,
    share_row,
    font_size_buttons,
    headline_shaped,
    CRUMB_SIGNS,
    KEY_VALUE,
)
from .lexicon import KEY_HEAD_CHARS, Entry, Lexicon, data_rows, trie_regex
from .linemodel import DEFAULT_WEIGHTS, BodyWeights
from .metadata import is_place
from .lines import (
    BULLETS,
    COLUMN_GAP,
    CLAUSE_GOES_ON,
    CLOCK_IN,
    DIGIT,
    NUMBER_DIGITS,
    PROSE_WORDS_NO_PUNCT,
    YEAR,
    DateFinder,
    Line,
    Part,
    line_parts,
    lines_holding,
    markdown_blanked,
    markdown_link_item,
    markdown_view,
    number_lines,
    read_lines,
    two_years,
    word_count,
)
from .model import BODY, BOILERPLATE, METADATA

if TYPE_CHECKING:
    from .dates import DateMatch

__all__ = ["segment_lines", "line_parts", "HINT_KINDS", "Part", "Line", "DateFinder"]

# --- thresholds (named, so they can be tuned and explained) -----------------------------
# The body score's weights (line cost, sentence bonus, the weight of unpunctuated words, the
# header anchor's weight) are a BodyWeights value (arclean.linemodel), passed in explicitly.
#: A line of at least this many words ending with a full stop is a sentence (and scores more).
SENTENCE_MIN_WORDS = 3
#: A secondary body run must score at least this, and this share of the main run.
SECONDARY_MIN_SCORE = 10.0
SECONDARY_MIN_SHARE = 0.12
#: A run starting this close under a date/byline line is the story's start, whatever its score.
HEADER_GAP_LINES = 3
#: ...looking up at most this many lines in all (a share bar's lines are passed over without
#: counting, and so are one-word lines among them: buttons the lexicon does not know).
HEADER_SCAN_LINES = 12
#: A markdown list item of links with this many words (its link texts) is another story's
#: headline (``related``); a shorter one is a menu entry (``nav``).
LINK_ITEM_HEADLINE_WORDS = 4
#: A secondary run with read-also or teaser lines between it and the main run continues the
#: story when it opens with a connective ("وأضاف"), when the story's source or tags line
#: follows it, or when it has this many prose paragraphs (fewer are other stories' summaries).
AFTER_RELATED_MIN_PROSE = 3
#: A run in the same barrier-free stretch as the main run needs only this score.
SAME_CHUNK_MIN_SCORE = 5.0
#: Lines under a tags header are tag items while they have at most this many words.
TAG_ITEM_MAX_WORDS = 6
#: The value under a bare metadata label is this short.
HEADER_VALUE_MAX_WORDS = 8
#: Repeated body lines this long are duplicates (short ones, like "[٤]", are not).
DUP_MIN_WORDS = 4
#: A line this many times longer than the lines under it may be their glued copy.
GLUED_MIN_RATIO = 2.0
#: Above this share of prose lines a document is an extracted article, not a page dump.
ARTICLE_PROSE_SHARE = 0.5
#: A date line is never longer than this (characters); longer lines are not read for dates.
DATE_LINE_MAX_CHARS = 160
#: A date-labelled line must be this close (in lines) to the story, or in its header cluster,
#: or among the metadata rows right over the cluster (at most HEADER_ROWS_MAX_LINES of them,
#: free pieces of at most HEADER_ROW_PIECE_MAX_WORDS words between).
DATE_NEAR_BODY_LINES = 12
HEADER_ROWS_MAX_LINES = 8
HEADER_ROW_PIECE_MAX_WORDS = 2
#: A date-labelled line this short stays metadata even when its date cannot be read.
UNREAD_DATE_MAX_WORDS = 6
#: At most this many free lines between the body and the start/end of the text join the body.
EDGE_MAX_LINES = 3
#: Lines longer than this (words) are teasers rather than menu items when outside the body.
TEASER_MIN_WORDS = 4

#: Free lines between two policy lines (at most this many) are policy text too.
POLICY_GAP_LINES = 2

#: Kinds whose lines close the article: a body run after one is another story.
#: (Promos and ad labels are not among them: sites put them in the middle of stories.)
CLOSING = frozenset(
    {
        ("metadata", "tags"),
        ("metadata", "source"),
        ("boilerplate", "share"),
        ("boilerplate", "comments"),
        ("boilerplate", "footer"),
    }
)


#: Structural roles a caller may hint per line (e.g. from the HTML element a line came from),
#: and the boilerplate kind each one decides.  Other roles ("heading", "paragraph", ...) are
#: accepted and left to the rules.
HINT_KINDS = {
    "nav": "nav",
    "menu": "nav",
    "breadcrumb": "nav",
    "footer": "footer",
    "aside": "related",
    "related": "related",
    "comments": "comments",
    "ad": "ad",
    "share": "share",
    "form": "widget",
    # from arclean.html (issue 12): class/id words, link-only lines, reference lists, and lines
    # outside trafilatura's main content in parse_html(main_content="limit")
    "promo": "promo",
    "links": "related",
    "references": "other",
    "outside": "other",
    "template": "template",  # a site's template line (arclean.profile), as "template:<profile>"
}


def apply_hints(text: str, lines: Sequence[Line], hints: Optional[Sequence[Optional[str]]]) -> None:
    """Structural hints, one per line of ``text.splitlines()`` (None = no hint), come first.
    A role ``"<role>:<name>"`` carries its own rule name: it decides like ``<role>`` with
    rule ``"<role>:<name>"`` (e.g. ``"template:news"`` from :mod:`arclean.profile`)."""
    if not hints:
        return
    number_lines(text, lines)
    n = len(hints)
    for ln in lines:
        if ln.idx < n:
            role = hints[ln.idx]
            if role:
                base, named, _ = role.partition(":")
                kind = HINT_KINDS.get(base)
                if kind is not None:
                    ln.set(BOILERPLATE, kind, role if named else "hint." + role)


# --- stage 2: line rules -----------------------------------------------------------------


def apply_line_rules(
    text: str, lines: Sequence[Line], block: bytes, lexicon: Lexicon, starts: Optional[List[int]] = None
) -> None:
    """Lexicon phrases, then line shapes; lines already decided by a hint are left alone.

    Whole-page scans pick the lines a rule could fire on (lexicon keys, a
    relative-time opening, a shape sign, a long line), and only those lines
    are looked at one by one.
    """
    hits = lexicon.match_block(block, [ln.key for ln in lines], [ln.words for ln in lines])
    relative = {i for i, _m in block_matches(rules.RELATIVE_TIME_GATE, block)}
    # shape_triggered(line) is "its first character or a sign"; the signs are found page-wide
    signed = set(_lines_with_signs(text, lines, starts))
    first_signs, list_words, counter_end = rules.SHAPE_FIRST, rules.LIST_MIN_WORDS, rules.COUNTER_END
    counter_words = rules.LABELLED_COUNTER_MAX_WORDS
    home_items = rules.HOME_ITEMS
    shaped = signed.union(
        [
            i
            for i, ln in enumerate(lines)
            if ln.text[0] in first_signs
            or ln.words >= list_words
            or (ln.words >= rules.REPEATED_MIN_WORDS and not ln.punct)  # (a phrase glued to itself: repetitive_list)
            or (ln.text[-1] in counter_end and ln.words <= counter_words + 2)  # "المشاهدات: 320", "الجفاف (412 مقالا)"
            or (ln.text.startswith(home_items) and " - " in ln.text)  # a menu parted by dashes: "الرئيسية - أخبار - ..."
        ]
    )
    stamps: List[int] = []
    for i in sorted(hits.keys() | relative | shaped):
        ln = lines[i]
        if ln.label is not None:
            e = hits.get(i)
            if e is not None and e.kind == ln.kind and e.label == ln.label and ln.entry is None:
                # a hint's line the lexicon reads alike ("اقرأ أيضًا: <headline>", hinted a link
                # line): its entry tells its shape (an inline link inside the story)
                ln.entry = e
            continue
        e = hits.get(i)
        if e is not None and e.mode == "prefix" and e.kind == "nav" and i in signed:
            # a navigation prefix ("الرئيسية ...") on a line with a shape sign: the shape reads
            # the whole line ("الرئيسية | أخبار | رياضة" is a separator list, which closes a story)
            hit = rules.shape_hit(ln.text, ln.words, True)
            if hit is not None:
                ln.set(hit.label, hit.kind, hit.rule)
                continue
        if e is not None and e.mode == "prefix" and e.label == METADATA and structure.spaced_row(ln.text):
            e = None  # a table's header row with its cells spaced out ("المصدر      الطابع العام      يناسب"), no source line
        if e is not None and e.kind == "author" and e.mode == "prefix" and _conjunction_after(ln.key, e.bkey):
            e = None  # a role, no byline label: Pashto "لیکوال او څېړونکی" ("writer and researcher")
        if e is not None and e.kind == "source" and e.mode == "prefix" and _noun_phrase_sentence(ln.text, e):
            e = None  # "مصدر طاقة 5 فولت ..." ("a power source"): a list's item, no source label
        if e is not None:
            ln.set(e.label, e.kind, e.rule)
            ln.opens = e.opens
            ln.entry = e
            continue
        if i in relative and ((ln.words <= 4 and rules.relative_time(ln.text)) or (
            ln.words <= META_BAR_MAX_WORDS and relative_bar(ln.text) and YEAR.search(ln.text) is None and rules.meta_bar(ln.text, ln.words) is None
        )):
            # (or a bar opening with it, "منذ يوم • آخر تحديث: منذ 21 ساعة", that is no bar of
            # counts: "منذ ساعتين | 1.2 ألف مشاهدة" is a meta bar, printed under every listed item)
            ln.set(METADATA, "published", "shape.relative_time")
            stamps.append(i)
            continue
        hit = rules.shape_hit(ln.text, ln.words, i in signed or ln.text[0] in first_signs) if i in shaped else None
        if hit is not None and hit.rule == "shape.separator_list" and ln.words <= META_BAR_MAX_WORDS and YEAR.search(ln.text):
            continue  # a bar of the story's byline, date and reading time: the date reader's
        if hit is not None and hit.rule == "shape.separator_list" and i + 1 < len(lines) and "|" in lines[i + 1].text:
            if rules.figures_row(lines[i + 1].text) or rules.bordered_table_row(lines[i + 1].text) or table_rows(lines, i):
                continue  # the header row of a table ("المنتخب | لعب | فاز | نقاط", "رقم الرحلة | المسار | التاريخ")
        if hit is not None and hit.rule == "shape.separator_list" and i > 0 and "|" in lines[i - 1].text and table_rows(lines, i):
            continue  # a table's last row ("| اختبار القبول | إلزامي | إلزامي |"), under the rows above it
        if hit is not None:
            ln.set(hit.label, hit.kind, hit.rule)
            if hit.rule == "shape.separator_list" and _share_items(ln.text, lexicon):
                ln.kind = "share"  # "شارك: فيسبوك | تويتر | واتساب": the share row, not a menu
            if hit.rule == "embed.tweet_signature" and i > 0 and lines[i - 1].label is None:
                prev = rules.embed_text(lines[i - 1].text)
                if prev is not None:
                    lines[i - 1].set(prev.label, prev.kind, prev.rule)
    if len(stamps) >= LISTING_STAMPS:
        _listing_stamps(lines, stamps)
    for i, _m in block_matches(rules.READING_TIME_LINE, block):
        if lines[i].label is None:
            lines[i].set(METADATA, "other", "shape.reading_time")


# A label's separator: a colon, a dash, a slash, a bar, a guillemet.
_LABEL_SEPARATORS = tuple(":：-–—/|»")


def _noun_phrase_sentence(text: str, e: Entry) -> bool:
    """A line opening with a one-word label ("مصدر", "المصدر") with no separator after the
    word and ending as a sentence: the word is the sentence's noun ("مصدر طاقة 5 فولت وأسلاك
    توصيل."), no label ("المصدر: وكالة الأنباء", "المصدر | الجزيرة")."""
    if " " in e.phrase or not text.endswith((".", "۔")):
        return False
    first, _sp, rest = text.strip().partition(" ")
    return not first.endswith(_LABEL_SEPARATORS) and not rest.startswith(_LABEL_SEPARATORS)


#: A table printed a row a line with bars between its cells: at least this many lines in a row
#: with the same number of bars (two or more).
TABLE_MIN_ROWS = 3


def table_rows(lines: Sequence[Line], i: int) -> bool:
    """Is line ``i`` one of at least :data:`TABLE_MIN_ROWS` lines in a row holding the same
    number of bars, two or more ("SH ٨١٤ | مسقط – مانيلا | ٢٢/٠٧/٢٠٢٤ | مُلغاة")?  A table's
    row: a date in a cell is the row's, not the page's; its header row is no menu."""
    bars = lines[i].text.count("|")
    if bars < 2:
        # (or a facts table of "label | value" rows: "تاريخ الطرح | أبريل 2024" among "الوزن |
        # 213 جرام" and the others; a listing's "section | date" bars have headlines between)
        return bars == 1 and _barred_rows(lines, i) >= TABLE_MIN_ROWS
    lo = i
    while lo > 0 and lines[lo - 1].text.count("|") == bars:
        lo -= 1
    hi = i + 1
    while hi < len(lines) and lines[hi].text.count("|") == bars:
        hi += 1
    return hi - lo >= TABLE_MIN_ROWS


def _barred_rows(lines: Sequence[Line], i: int) -> int:
    """How many "label | value" rows (:func:`arclean.structure.bar_row`) in a row line ``i``
    is one of."""
    if not structure.bar_row(lines[i].text):
        return 0
    lo = i
    while lo > 0 and lines[lo - 1].text.count("|") == 1 and structure.bar_row(lines[lo - 1].text):
        lo -= 1
    hi = i + 1
    while hi < len(lines) and lines[hi].text.count("|") == 1 and structure.bar_row(lines[hi].text):
        hi += 1
    return hi - lo


#: At least this many relative time stamps on lines of their own, each at most
#: LISTING_STAMP_GAP lines under the one before, are a listing's items' times.
LISTING_STAMPS = 3
LISTING_STAMP_GAP = 5


def _chains(found: Sequence[int], max_gap: int, min_len: int) -> List[List[int]]:
    """The chains of ``found`` (sorted line indices), each index at most ``max_gap`` lines
    under the one before, that hold at least ``min_len`` of them."""
    return structure.index_chains(found, lambda a, b: b - a <= max_gap, min_len)


def _listing_stamps(lines: Sequence[Line], stamps: Sequence[int]) -> None:
    """Chains of relative stamps ("منذ 3 ساعات", "أمس 21:30") are the times of a listing's or a
    sidebar's items, none the page's header (they anchor no story); a stamp apart from them
    (under the headline) stays the story's."""
    for chain in _chains(stamps, LISTING_STAMP_GAP, LISTING_STAMPS):
        for k in chain:
            lines[k].set(BOILERPLATE, "related", "shape.listing_stamp")


# A card's stamp of a clock and a section word: "21:40 | ورزش" (a day's archive, a ticker page),
# perhaps with the clock's part of the day ("11:52 رات | شہر", "09:15 م | محليات").
_CLOCK_BAR = re.compile(r"^[\d٠-٩۰-۹]{1,2}[:٫][\d٠-٩۰-۹]{2}(?:\s+[^\W\d_]+)?\s*[|·•]\s*[^\W\d_]+(?:\s[^\W\d_]+){0,2}$")
# ...found in the page's key block (a clock then up to three words: the fold writes every
# digit in ASCII and punctuation as a space), each then read on its text
_CLOCK_BAR_KEYS = re.compile(rb"\n[0-9]{1,2} [0-9]{2} [^ \n0-9]+(?: [^ \n0-9]+){0,2}(?![^\n])")


# A listing card's bar of labelled counters ("الردود: 12  المشاهدات: 640"), perhaps after
# its writer ("بواسطة <user>  ..."): a forum's thread list, a download site's index.  Its
# line's key ends in a digit (the fold writes every digit in ASCII): such lines are found in
# the page's key block by one scan (_lines_ending_in_digits), then read on their text by
# _counter_bar.
# The fields of such a bar: parted by two spaces or more, or by "|", "·", "•".
_WIDE_FIELDS = re.compile(r"\s{2,}|\s*[|·•]\s*")
#: The writer's field opening a counter bar has at most this many words ("بواسطة المشرف العام").
COUNTER_BAR_WRITER_WORDS = 4


def _lines_ending_in_digits(digits: bytes) -> List[int]:
    """Indices of the lines whose key ends in a digit, on the key block translated by
    :data:`_DIGITS_ONLY` (a two-byte substring search, at C speed)."""
    out: List[int] = []
    idx, pos = -1, 0
    hit = digits.find(b"0\n")
    while hit >= 0:
        idx += digits.count(b"\n", pos, hit + 1)
        out.append(idx)
        pos = hit + 1
        hit = digits.find(b"0\n", pos)
    if digits.endswith(b"0"):
        out.append(digits.count(b"\n") - 1)
    return out


def _counter_bar(ln: Line) -> bool:
    """Is the free line a card's counters: two facts or more (counters, relative times), each
    its own field, perhaps after the writer's field?"""
    if ln.label is not None or ln.date is not None or ln.words > META_BAR_MAX_WORDS:
        return False
    t = ln.text
    if "  " not in t and "|" not in t and "·" not in t and "•" not in t:
        return False  # (no field separator: the cheap test first)
    fields = [f for f in _WIDE_FIELDS.split(t.strip(" |·•")) if f]
    if len(fields) >= 3 and len(fields[0].split()) <= COUNTER_BAR_WRITER_WORDS and names.byline_label_first(fields[0]):
        fields = fields[1:]
    return len(fields) >= 2 and all(rules.bar_facts(f) for f in fields)


#: A card's date bar holds at most this many characters beside its date ("· قراءة في 11 دقيقة").
BAR_REST_MAX_CHARS = 48


# "منذ" or "قبل" after another word, in the page's key block: where a bar's relative-time field may be.
_RELATIVE_FIELD = (b" " + key_bytes("منذ") + b" ", b" " + key_bytes("قبل") + b" ")


# The separators of a bar's fields: a spaced dash, a bar, a dot.
_BAR_FIELD_SEPARATOR = re.compile(r"\s[-–—|·•]\s")


def _template_bars(fielded: Sequence[Tuple[int, List[str]]]) -> List[int]:
    """Date lines that share a field beside their dates with LISTING_STAMPS - 1 others or more
    ("<name> – شراء موثّق – <date>", a product's reviews; "<name> – عضو جديد – <date>"): one
    template's stamps, a listing's (its items each carry one), never the page's date."""
    counts: Dict[str, int] = {}
    for _i, fields in fielded:
        for f in set(fields):
            counts[f] = counts.get(f, 0) + 1
    shared = {f for f, n in counts.items() if n >= LISTING_STAMPS}
    return [i for i, fields in fielded if shared.intersection(fields)] if shared else []


def listing_date_bars(lines: Sequence[Line], block: bytes, with_year: Sequence[int], digit_ends: Sequence[int] = ()) -> None:
    """Chains of date lines whose other fields are a meta bar's facts ("3 نوفمبر 2024 · قراءة
    في 7 دقائق", "12/01/2025 | 320 مشاهدة"), or of a clock and a section word ("21:40 |
    ورزش"), at least :data:`LISTING_STAMPS` of them each at most :data:`LISTING_STAMP_GAP`
    lines under the one before, are the stamps of a listing's cards (an author's page, a
    blog's index, a day's archive): none is the page's date, none anchors a story (rule
    ``shape.listing_stamp``, as for chains of relative stamps).  So are chains of counter
    bars (:func:`_counter_bar`: a forum's thread list), read among ``digit_ends``, the lines
    whose key ends in a digit (:func:`_lines_ending_in_digits`)."""
    bars: List[int] = []
    fielded: List[Tuple[int, List[str]]] = []  # date lines with fields beside the date
    for i in with_year:
        ln = lines[i]
        m = ln.date
        if m is None or ln.label is not None:
            continue
        if len(ln.text) - (m.end - ln.date_start) > BAR_REST_MAX_CHARS:
            continue  # (more than a bar's few facts beside the date: no card's stamp)
        rest = (ln.text[: ln.date_start] + " " + ln.text[m.end :]).strip(" |·•-–")
        if rest and (rules.bar_facts(rest) or _section_field(ln.text, rest)):
            bars.append(i)
        elif rest:
            fielded.append((i, [f.strip() for f in _BAR_FIELD_SEPARATOR.split(rest) if f.strip()]))
    bars.extend(_template_bars(fielded))
    if bars:
        # (a card's bar with a relative time instead of its date, "قبل يومين · قراءة في 5 دقائق",
        # or a clock and its section, is a link of the chain too)
        bars = sorted(bars + [k for k, ln in enumerate(lines) if ln.date is None and _undated_bar(ln)])
    else:
        bars = [k for k, _m in block_matches(_CLOCK_BAR_KEYS, block) if lines[k].date is None and _undated_bar(lines[k])]
        if _RELATIVE_FIELD[0] in block or _RELATIVE_FIELD[1] in block:
            # (or bars whose relative time is a later field, "دوام كامل · منذ يومين": a job
            # board's cards; the lines are read only on a page holding the word at all)
            bars = sorted(
                set(bars).union(
                    k for k, ln in enumerate(lines) if ln.date is None and ln.label is None and ("·" in ln.text or "|" in ln.text or "•" in ln.text) and _undated_bar(ln)
                )
            )
    if len(bars) >= LISTING_STAMPS:
        _listing_stamps(lines, bars)
    counters = [k for k in digit_ends if _counter_bar(lines[k])]
    if len(counters) >= LISTING_STAMPS:
        _listing_stamps(lines, counters)
    _bare_date_chains(lines, with_year)
    _timed_date_chains(lines, with_year)
    _yearless_date_chains(lines, block)


#: Bare date lines (the date alone, "12/11/2025") at least this many in a row, each at most
#: BARE_DATE_CHAIN_GAP lines under the one before with no sentence-long line between, are a
#: listing's dates (search results printed a fragment a line: section, date, the headline's
#: and the snippet's pieces around the highlighted word)...
BARE_DATE_CHAIN_MIN = 5
BARE_DATE_CHAIN_GAP = 12
#: ...a free line of this many words between two of them is a story's, which ends the chain.
BARE_DATE_CHAIN_PROSE_WORDS = 15


def _bare_date_chains(lines: Sequence[Line], with_year: Sequence[int]) -> None:
    """Mark chains of bare date lines as listing stamps (see :data:`BARE_DATE_CHAIN_MIN`)."""
    bare = [i for i in with_year if lines[i].date is not None and lines[i].label is None and _bare_date(lines[i])]
    if len(bare) < BARE_DATE_CHAIN_MIN:
        return

    def joined(a: int, b: int) -> bool:  # (near, with no story's line between)
        return b - a <= BARE_DATE_CHAIN_GAP and not any(
            lines[k].label is None and lines[k].words >= BARE_DATE_CHAIN_PROSE_WORDS for k in range(a + 1, b)
        )

    for chain in structure.index_chains(bare, joined, BARE_DATE_CHAIN_MIN):
        for k in chain:
            lines[k].set(BOILERPLATE, "related", "shape.listing_stamp")


#: Date lines with a clock ("الثلاثاء 11 فيفري 2025 - 19:00"), at least TIMED_CHAIN_MIN of them
#: at a steady pace (their gaps differ by at most TIMED_CHAIN_GAP_SPREAD lines), each over a
#: title or a section word rather than a sentence: an events calendar's items (its descriptions
#: between them), rule ``shape.event_date``.  A live blog's timed entries are sentences.
TIMED_CHAIN_MIN = 4
TIMED_CHAIN_GAP_SPREAD = 2


def _clock_of(ln: Line) -> Optional[int]:
    """The hour of the line's date, if it has a date and a clock."""
    return ln.date.hour if ln.date is not None else None


def _timed_date_chains(lines: Sequence[Line], with_year: Sequence[int]) -> None:
    """Mark chains of timed date lines as events' dates (see :data:`TIMED_CHAIN_MIN`)."""
    timed = [
        i
        for i in with_year
        if lines[i].label is None
        and _clock_of(lines[i]) is not None
        and _bare_date(lines[i])
        and i + 1 < len(lines)
        and not lines[i + 1].is_prose
        and not (i > 0 and names.name_line(lines[i - 1]))  # (a comment's stamp under its writer's name)
    ]
    for chain in _chains(timed, BARE_DATE_CHAIN_GAP, TIMED_CHAIN_MIN):
        gaps = [b - a for a, b in zip(chain, chain[1:])]
        if max(gaps) - min(gaps) <= TIMED_CHAIN_GAP_SPREAD:
            for k in chain:
                lines[k].set(BOILERPLATE, "related", "shape.event_date")


#: Year-less date lines ("مارس 1 @ 8:00 م - 10:00 م", :func:`arclean.dates.yearless_date_line`)
#: at least this many, each at most BARE_DATE_CHAIN_GAP lines under the one before, are an
#: events calendar's dates (its items' descriptions between them): the stamps of a listing's
#: items (rule ``shape.event_date``: no comment's time stamp either).
YEARLESS_CHAIN_MIN = 4
#: A year-less date line has at most this many words.
YEARLESS_MAX_WORDS = 12


# Where a year-less date line may be, found in the page's key block: a line opening with a day
# number and a month name, either way round, perhaps after a weekday (the fold writes every
# digit in ASCII); only these lines are read by dates.yearless_date_line.  (Anchored on the
# line break, the search tries line starts only.)
_MONTH_KEYS = trie_regex(key_bytes(name) for name in dates.MONTH_NAMES)
_DAY_MONTH_KEYS = re.compile(
    rb"\n(?:(?:" + trie_regex(key_bytes(name) for name in dates.WEEKDAY_NAMES) + rb") )?"
    rb"(?:[0-9]{1,2} (?:" + _MONTH_KEYS + rb")|(?:" + _MONTH_KEYS + rb") [0-9]{1,2})(?![^ \n])"
)


def _yearless_date_chains(lines: Sequence[Line], block: bytes) -> None:
    """Mark chains of year-less date lines as events' dates (see :data:`YEARLESS_CHAIN_MIN`)."""
    found = [
        k
        for k, _m in block_matches(_DAY_MONTH_KEYS, block)
        if lines[k].label is None and lines[k].date is None and lines[k].words <= YEARLESS_MAX_WORDS and dates.yearless_date_line(lines[k].text)
    ]
    for chain in _chains(found, BARE_DATE_CHAIN_GAP, YEARLESS_CHAIN_MIN):
        for k in chain:
            lines[k].set(BOILERPLATE, "related", "shape.event_date")


def _bare_date(ln: Line) -> bool:
    """Is the line its date alone (nothing before or after the date expression)?"""
    m = ln.date
    assert m is not None
    return not ln.text[: ln.date_start].strip() and not ln.text[m.end :].strip()


#: A card's date bar may name the card's section beside its date in this many words at most
#: ("اقتصاد • 12 فبراير 2025", "خدمات•منذ يومين").
BAR_SECTION_MAX_WORDS = 2


def _section_field(text: str, rest: str) -> bool:
    """Is ``rest`` (a date bar's text beside its date) one section word or two, parted from
    the date by a bar's separator?"""
    return ("•" in text or "·" in text or "|" in text) and len(rest.split()) <= BAR_SECTION_MAX_WORDS and rest.replace(" ", "").isalpha()


def _undated_bar(ln: Line) -> bool:
    """A meta bar with no date (a relative time, a reading time, counters)?"""
    return ln.rule == "shape.meta_bar" or (
        ln.words <= META_BAR_MAX_WORDS
        and ln.label in (None, METADATA)
        and (
            (
                ("·" in ln.text or "|" in ln.text or "•" in ln.text)
                and (rules.bar_facts(ln.text) or _CLOCK_BAR.match(ln.text) is not None or _section_then_facts(ln.text))
            )
            # (or two facts with no separator: "منذ 5 ساعات 3.1 ألف مشاهدة")
            or (DIGIT.search(ln.text) is not None and rules.bar_facts(ln.text))
        )
    )


# A bar's fields: parted by "|", "·" or "•", with or without spaces around them.
_BAR_SPLIT = re.compile(r"\s*[|·•]\s*")


def _section_then_facts(text: str) -> bool:
    """A card's bar naming its section, then facts ("خدمات•منذ يومين", "أمن · منذ 4 أيام")."""
    fields = _BAR_SPLIT.split(text.strip(), 1)
    return len(fields) == 2 and bool(fields[1]) and _section_field(text, fields[0]) and rules.bar_facts(fields[1])


# The items of a separator list: split at its bars, bullets and a label's colon.
_LIST_ITEMS = re.compile(r"\s*[|•·:]\s*")


def _printed_again(lines: Sequence[Line], j: int) -> bool:
    """Does a later line read as line ``j``, its number aside (a contents entry "3. السعر
    والتوفر", printed again below as the heading "السعر والتوفر")?"""
    key = _NUMBER_KEY.sub(b"", lines[j].key)
    return any(_NUMBER_KEY.sub(b"", x.key) == key for x in lines[j + 2 :] if x.words <= lines[j].words)


# A leading item number in a key ("3 السعر والتوفر"; the fold writes every digit in ASCII).
_NUMBER_KEY = re.compile(rb"^[0-9]+ ")


def _share_items(text: str, lexicon: Lexicon) -> bool:
    """Are most items of a separator list share buttons the lexicon knows ("فيسبوك", "تويتر")?"""
    items = [x for x in _LIST_ITEMS.split(text) if x]
    shares = 0
    for x in items:
        e = lexicon.lookup(x)
        shares += e is not None and e.kind == "share"
    return 2 * shares > len(items)


def apply_policy_terms(lines: Sequence[Line], block: bytes = b"") -> None:
    """Account, consent, policy and terms sentences are boilerplate (:mod:`arclean.policy`);
    so is a free line with policy lines as its nearest neighbours on both sides."""
    if not policy.may_hold_policy(block):
        return  # none of the words every policy block uses, anywhere on the page
    first = next((k for k, ln in enumerate(lines) if ln.is_prose), None)
    if first is None:
        return  # no sentence-sized line: nothing policy text could be taken for
    min_words = policy.POLICY_MIN_WORDS
    read = [k for k, ln in enumerate(lines[first:], first) if ln.words >= min_words and ln.label is None]
    found = policy.policy_lines([lines[k].key for k in read])
    _label_policy_lines(lines, [read[j] for j, _kind in found], [kind for _j, kind in found])
    _terms_under_heading(lines)  # (after the terms' own words: their lines keep "policy.terms")


def _label_policy_lines(lines: Sequence[Line], marked: Sequence[int], kinds: Sequence[str]) -> None:
    """Label the policy lines :func:`arclean.policy.policy_lines` found (``marked``, with
    their ``kinds``), the free lines between two of them, their FAQ's pairs and their
    numbered list's items."""
    for i, kind in zip(marked, kinds):
        lines[i].set(BOILERPLATE, kind, "policy.terms")
    for a, b in zip(marked, marked[1:]):
        if 1 < b - a <= POLICY_GAP_LINES + 1 and all(lines[k].label is None for k in range(a + 1, b)):
            for k in range(a + 1, b):
                lines[k].set(BOILERPLATE, lines[a].kind, "policy.between")
    for i in marked:
        _policy_faq(lines, i)
    numbered = [i for i in marked if structure.item_number(lines[i].text) is not None]
    for a, b in zip(numbered, numbered[1:]):
        if b - a <= POLICY_LIST_GAP:
            _policy_list_items(lines, a)
            _policy_list_items(lines, b)


#: A heading this short whose key is one heavy footer term of ``data/policy_terms.tsv``
#: ("الشروط والأحكام", "سياسة الخصوصية", "شروط الاستخدام") heads the page's terms.
POLICY_HEADING_MAX_WORDS = 3
#: ...and its prose paragraphs, at most this many, are its terms too.
POLICY_HEADING_MAX_PARAGRAPHS = 6


#: A revision date between a terms heading and its numbered list has at most this many words
#: (and a year: the page's dates are not read yet).
POLICY_DATE_MAX_WORDS = 6


def _terms_under_heading(lines: Sequence[Line]) -> None:
    """A numbered list right under a terms or privacy heading ("الشروط والأحكام", then "1.
    يقتصر التسجيل ...", "2. يتعهد ولي الأمر ...") is that heading's terms, whatever their
    words (rule ``policy.list_item``): a sign-up form's conditions, a contest's rules page; so
    are the prose paragraphs right under it (``policy.under_heading``)."""
    for k in range(len(lines) - 1):
        ln = lines[k]
        if ln.words > POLICY_HEADING_MAX_WORDS or ln.label != BOILERPLATE:
            continue
        term = policy.TERMS.get(ln.key)
        first = lines[k + 1]
        if term is None or term.kind != "footer" or term.weight < policy.POLICY_MIN_WEIGHT - 1:
            continue
        f = k + 1
        if first.label is None and first.words <= POLICY_DATE_MAX_WORDS and YEAR.search(first.text) is not None and k + 2 < len(lines):
            f, first = k + 2, lines[k + 2]  # (the terms' revision date under their heading: "آخر مراجعة: 2 سبتمبر 2024")
        if first.label is None and structure.item_number(first.text) == 1 and _NUMBERED_ITEM.match(first.text):
            first.set(BOILERPLATE, "footer", "policy.list_item")
            _policy_list_items(lines, f)
        elif first.is_prose and (first.label is None or _policy_paragraph(first)):
            # the heading's paragraphs ("سياسة الخصوصية", then "تستخدم البلدية البيانات ..."),
            # up to the next line that is no paragraph of the terms (rule
            # ``policy.under_heading``; those the policy words or the lexicon decided stay)
            j = k + 1
            while j < len(lines) and j - k <= POLICY_HEADING_MAX_PARAGRAPHS and lines[j].is_prose:
                if lines[j].label is None:
                    lines[j].set(BOILERPLATE, "footer", "policy.under_heading")
                elif not _policy_paragraph(lines[j]):
                    break
                j += 1


def _policy_paragraph(ln: Line) -> bool:
    """A paragraph already decided as a policy's (its words) or a sign-up's promotion ("الاشتراك
    في النشرة مجاني ويمكنك إلغاؤه ..."): one of the terms under their heading."""
    return ln.label == BOILERPLATE and (ln.rule.startswith("policy.") or ln.kind == "promo")


def _policy_faq(lines: Sequence[Line], i: int) -> None:
    """A policy line answering the question over it is one entry of a site's FAQ (cancelling,
    renewing, paying): the question-and-answer pairs printed next to it, above and below, are
    that FAQ's too (rule ``policy.faq``): "ما وسائل الدفع المتاحة؟" and its answer between
    two answers about the account."""
    if i == 0 or not lines[i - 1].text.endswith(structure.QUESTION_ENDS):
        return
    k = i + 1
    while k + 1 < len(lines) and _faq_pair(lines, k):
        for j in (k, k + 1):
            lines[j].set(BOILERPLATE, lines[i].kind, "policy.faq")
        k += 2
    k = i - 3
    while k >= 0 and _faq_pair(lines, k):
        for j in (k, k + 1):
            lines[j].set(BOILERPLATE, lines[i].kind, "policy.faq")
        k -= 2


def _faq_pair(lines: Sequence[Line], k: int) -> bool:
    """Are lines ``k`` and ``k + 1`` a question and its one-line answer, neither decided yet?"""
    q, a = lines[k], lines[k + 1]
    return (
        q.label is None and a.label is None and q.text.endswith(structure.QUESTION_ENDS)
        and not a.text.endswith(structure.QUESTION_ENDS) and a.is_prose
    )


#: Two numbered policy lines at most this many lines apart make their list a list of terms
#: (one numbered step of a how-to that names a password is no terms list).
POLICY_LIST_GAP = 3


def _policy_list_items(lines: Sequence[Line], i: int) -> None:
    """The free items of the numbered list of terms that policy line ``i`` belongs to ("4.
    تحتفظ إدارة البوابة بحق حذف أي تعليق ..." among "1." to "6."), next to it and numbered one
    after another, are terms too (rule ``policy.list_item``): one rule of the list may name
    none of the words."""
    n = structure.item_number(lines[i].text)
    if n is None:
        return
    for step in (-1, 1):
        k, m = i + step, n + step
        while 0 <= k < len(lines) and (lines[k].label is None or lines[k].rule.startswith("policy.")) and structure.item_number(lines[k].text) == m:
            if lines[k].label is None:
                lines[k].set(BOILERPLATE, lines[i].kind, "policy.list_item")
            k, m = k + step, m + step  # (an item the policy words decided already is passed: "3. تعبر التعليقات ...")


def _lines_with_signs(text: str, lines: Sequence[Line], starts: Optional[List[int]] = None) -> List[int]:
    """Indices of the lines holding a shape sign (:data:`arclean.rules.SHAPE_SIGNS`)."""
    return lines_holding(text, lines, rules.SHAPE_SIGNS, starts)


#: A block of line keys with every digit written "0", line breaks kept and every other
#: byte "x": four digits in a row are then a plain substring, found at memchr speed.
_DIGITS_ONLY = bytes(ord("0") if chr(b) in "0123456789" else b if b == ord("\n") else ord("x") for b in range(256))


def _lines_with_years(block: bytes) -> List[int]:
    """Indices of the lines whose key holds four digits in a row (where a year could be).

    A gate only: the digits of a year stay side by side in the key (the fold
    makes every digit ASCII and removes marks, never digits), and
    :func:`attach_dates` checks the line itself with YEAR.
    """
    return _lines_with_year_digits(block.translate(_DIGITS_ONLY))


def _lines_with_year_digits(digits: bytes) -> List[int]:
    """:func:`_lines_with_years` on the key block translated by :data:`_DIGITS_ONLY`."""
    out: List[int] = []
    idx, pos = -1, 0
    hit = digits.find(b"0000")
    while hit >= 0:
        idx += digits.count(b"\n", pos, hit)
        out.append(idx)
        pos = digits.find(b"\n", hit)  # go on from the next line (counting its line break)
        if pos < 0:
            break
        hit = digits.find(b"0000", pos)
    return out


def attach_dates(
    lines: Sequence[Line], block: bytes, find_date: Optional[DateFinder], with_year: Optional[Sequence[int]] = None
) -> None:
    """Mark lines that are mostly a date (candidates for published/updated/widget).

    Only lines whose key holds a year are read (every date worth reading as
    metadata names its year); repeated lines are read once.
    """
    if find_date is None:
        return
    seen: Dict[str, Optional[DateMatch]] = {}
    for i in _lines_with_years(block) if with_year is None else with_year:
        ln = lines[i]
        # (a markdown line is read without its link targets, every offset kept: "[<date>](<url>)")
        t = ln.text if "](" not in ln.text else markdown_blanked(ln.text)
        issue = (
            _ISSUE_NUMBER.search(t)
            if DATE_LINE_MAX_OTHER_WORDS < ln.words <= DATE_LINE_MAX_WORDS + ISSUE_MAX_WORDS and ("العدد" in t or "شماره" in t)
            else None
        )
        if issue is None and DATE_LINE_MAX_WORDS < ln.words <= DATE_LINE_MAX_WORDS + ISSUE_MAX_WORDS and "قراءة" in t:
            issue = rules.READING_TIME_TAIL.search(t)  # (a reading time ends it: "<writer> <place> <date> ٤ دقائق قراءة")
        if issue is not None:
            t = t[: issue.start()].rstrip()  # (a print edition's number or a reading time ends the line: no date's field)
        n_words = ln.words - (0 if issue is None else word_count(issue.group()))
        if (
            n_words > DATE_LINE_MAX_WORDS
            and not (ln.words <= META_BAR_MAX_WORDS and ("·" in t or "|" in t or "•" in t or " / " in t or names.byline_label_first(t) or two_years(t)))
        ) or (
            ln.label == BOILERPLATE or len(t.strip()) > DATE_LINE_MAX_CHARS
        ):
            continue
        if ln.label == METADATA and ln.kind not in ("published", "updated"):
            continue
        if YEAR.search(t) is None:
            continue
        if "|" in t and table_rows(lines, i):
            continue  # a table's row with a date in a cell
        if t in seen:
            m = seen[t]
        else:
            m = seen[t] = find_date(t)
        if m is None:
            continue
        d = DIGIT.search(t)  # a Hijri date paired before the Gregorian one starts here
        date_start = min(m.start, d.start()) if d is not None else m.start
        barred = "•" in t or "·" in t or "|" in t or "   " in t or " / " in t
        bar = _bar_field(t, date_start, m.end) if barred else None
        if bar is None and date_start < m.start and barred:
            bar = _bar_field(t, m.start, m.end)  # (the digit before it is another field's)
            if bar is not None:
                date_start = m.start
        if bar is not None:  # (a bar of fields: only the date's own field counts its words)
            # (a reading time glued after the date's clock is no field's words: "... | 10:40 ص
            # وقت القراءة: 3 دقائق")
            after_words = 0 if _counter_after(t[: bar[1]], m.end) else word_count(t[m.end : bar[1]])
            other = word_count(t[bar[0] : date_start]) + after_words
        else:
            rest = t[m.end :]
            # (the header's date fields glued by a dumper: the update field after the date is
            # no other words of the line, "<writer> 18 نوفمبر، 2024 آخر تحديث: 19 نوفمبر، 2024")
            after = _update_field_after(t, m.end, find_date)
            # (under a publication label the words of the date itself do not count: "نُشر بتاريخ:
            # الأحد 22 جمادى الأولى 1446 هـ الموافق 24 نوفمبر 2024 م - الساعة 11:05" is one long date)
            if after is None and n_words > DATE_LINE_MAX_WORDS and not (
                n_words - word_count(t[date_start : m.end]) <= DATE_LINE_MAX_WORDS and _publish_label_before(t, date_start)
            ):
                continue
            if after is not None:
                rest = t[after:]
            other = word_count(t[:date_start]) + (0 if _counter_after(rest, 0) else word_count(rest))
        if ln.entry is not None:
            other -= len(ln.entry.key.split())
        if date_start == 0 and i > 0 and _event_label_above(lines[i - 1]):
            continue  # under a bare event label ("از تاریخ:", a search form's range; "تاريخ الميلاد:")
        if t.endswith((".", "۔")) and ":" in t[:date_start] and _event_label_before(t, date_start):
            continue  # a story's sentence naming an event's date ("تاريخ الإرجاع المطلوب: 14 أفريل 1993.")
        if m.day is None and other > 0 and _MONTH_OF.search(t, max(0, date_start - 6), date_start + 5) is not None:
            continue  # "for the month of <month>" in a heading ("أسعار الوقود لشهر ديسمبر 2024"): no date line
        if m.precision == "year" and other > 0 and ":" not in t[:date_start] and not two_years(t):
            # a heading's year ("إرشادات موسم صيد السمّان لسنة 2024"): no date line (a card's
            # "بداية البناء: 1176م" is one, its row: see header.key_value_row)
            continue
        if (
            other <= DATE_LINE_MAX_OTHER_WORDS
            or (other <= DATE_LINE_LABELLED_MAX_OTHER_WORDS and _publish_label_before(t, date_start))
            or (other <= BYLINE_DATE_LINE_MAX_OTHER_WORDS and names.byline_label_first(t) and not t.endswith((".", "۔")))
            # (or after it: "06.11.2024 بقلم: <name>")
            or (
                other <= BYLINE_DATE_LINE_MAX_OTHER_WORDS
                and not t[:date_start].strip()
                and names.byline_label_first(t[m.end :])
                and not t.endswith((".", "۔"))
            )
        ) and not (
            _timetable_item(t, date_start)
            or _timeline_entry(t, m.end)
            or _RANGE_END.search(t[: m.start]) is not None  # "من الإثنين 10 إلى الأحد <date>": a period's end
            or (t[:1] in BULLETS and other > 0)  # a list's item with a date in it ("• أعلى مستوى منذ مارس 2023")
        ):
            ln.date = m
            ln.date_start = date_start


#: A bare label on the line over a date has at most this many words.
LABEL_ABOVE_MAX_WORDS = 3


def _event_label_above(ln: Line) -> bool:
    """Is ``ln`` a bare label of an event's date ("تاريخ الميلاد:", "از تاریخ:"), ending in a colon?"""
    if ln.words > LABEL_ABOVE_MAX_WORDS or not ln.text.rstrip().endswith((":", "：")):
        return False
    return dates.event_label(ln.text)


def _update_field_after(text: str, end: int, find_date: DateFinder) -> Optional[int]:
    """Where the update field that follows a date ends, when the rest of the line starts with
    one: an update label and its date ("... أضيف في : <date> آخر تحديث : <date>", a header's
    date fields glued by a dumper); else None."""
    rest = text[end:]
    m = find_date(rest) if YEAR.search(rest) is not None else None
    if m is not None and m.hijri is not None and word_count(rest[: m.start]) == 0:
        # the Hijri date paired with it ("<date> | 19 رجب 1446 آخر تحديث: <date>"): read on
        end += m.end
        rest = text[end:]
        m = find_date(rest) if YEAR.search(rest) is not None else None
    if m is None or dates.date_label_role(rest[: m.start]) != "updated" or word_count(rest[: m.start]) > UPDATE_LABEL_MAX_WORDS:
        return None
    return end + m.end


#: An update label has at most this many words ("آخر تحديث", "تاريخ آخر تعديل").
UPDATE_LABEL_MAX_WORDS = 3


# "(for) the month of" right before a month's name: "لشهر", "شهر", "بشهر", Persian "ماه" (the
# date reader may take the word into the date's text: it is looked for around the date's start).
_MONTH_OF = re.compile(r"(?:^|\s)(?:ل|ب)?(?:شهر|ماه)\s")


# Keys of the conjunction "and" (Arabic and Persian "و", Pashto "او", English "and").
_AND = frozenset((key_bytes("و"), key_bytes("او"), b"and"))


def _conjunction_after(key: bytes, head: bytes) -> bool:
    """Does the word after the byline label ``head`` in ``key`` join it to another noun ("and")?"""
    rest = key[len(head) :].split(b" ", 2)
    return len(rest) > 1 and rest[1] in _AND


def _counter_after(text: str, end: int) -> bool:
    """Is all that follows the date a counter ("الزيارات: 1245", "320 مشاهدة": a CMS's
    info line, inscriptis and resiliparse glue its fields) or a reading time ("قراءة في 6
    دقائق"), no words of another field?"""
    rest = text[end:].strip(" -|·•–")
    if not rest:
        return False
    if rules.bar_fact(rest):
        return True
    if rest[-1] in rules.COUNTER_END:
        return rules.labelled_counter(rest) is not None  # "الزيارات: 1245"
    return rest[0] in rules.COUNTER_END and rules.counter_line(rest) is not None  # "1245 مشاهدة"


#: A line of more words than this is no date line...
DATE_LINE_MAX_WORDS = 14
# ...but for a print edition's number ending it ("... 17 ديسمبر 2024 م رقم العدد [16854]",
# "العدد: 5123", Persian "شماره ۴۵۶۷"): a newspaper's date line, whose number is no date field.
ISSUE_MAX_WORDS = 4  # ("- رقم العدد [16854]")
_ISSUE_NUMBER = re.compile(r"\s[-|–]?\s*(?:(?:رقم\s+)?العدد|شماره)\s*:?\s*[\[(]?[\d٠-٩۰-۹]{2,6}[\])]?\s*$")
#: ...unless it is a bar of fields split by "·", "•" or "|" ("بقلم <name> · نشر في <date> · آخر
#: تحديث <date> · 6 دقائق للقراءة") of at most this many words.
META_BAR_MAX_WORDS = 24
#: A labelled byline opening the body is the writer's only over a line of this many words.
BYLINE_OVER_MIN_WORDS = 4
#: A line with a publication label right before its date is a date line even with this many
#: other words (a byline glued before it: "الأبيض: عوضية عبد الرحمن نشر في: 26 سبتمبر 2024").
DATE_LINE_LABELLED_MAX_OTHER_WORDS = 10


# The separator between the fields of a meta bar.
_BAR_SEP = re.compile(r"\s[|·•/]\s|\s{3,}")  # (or a run of spaces: icons a dumper left out, "   __")
#: Each field of a meta bar has at most this many words.
BAR_FIELD_MAX_WORDS = 6


def _bar_field(text: str, start: int, end: int) -> Optional[Tuple[int, int]]:
    """The span of the field holding ``[start, end)`` on a bar of short fields split by "|",
    "·" or "•" ("يوسف المرزوقي • 3 مارس، 2025 • قراءة في 4 دقائق • محدث: قبل 6 ساعات"), or
    None when the line is no such bar."""
    cuts = [(m.start(), m.end()) for m in _BAR_SEP.finditer(text)]
    if not cuts:
        return None
    bounds = [0] + [e for _s, e in cuts]
    ends = [s for s, _e in cuts] + [len(text)]
    own = next(((a, b) for a, b in zip(bounds, ends) if a <= start and end <= b), None)
    if own is None:
        # (a date read across a bar, its clock in the next field: "20 نوفمبر 2024م | 10:40 ص":
        # the two fields are the date's)
        first = next(((a, b) for a, b in zip(bounds, ends) if a <= start < b), None)
        last = next(((a, b) for a, b in zip(bounds, ends) if a < end <= b), None)
        own = (first[0], last[1]) if first is not None and last is not None else None
    # (the date's own field may be long, "الأربعاء 20 تشرين الثاني 2024 - 11:45": its other
    # words are counted by the caller)
    if own is None or any(
        word_count(text[a:b]) > BAR_FIELD_MAX_WORDS for a, b in zip(bounds, ends) if not own[0] <= a < b <= own[1]
    ):
        return None
    return own


#: A byline glued to its date on one line (inscriptis joins a header's inline parts: "بقلم محمد
#: الحلبي – مراسل «صدى الشهباء» في حلب 19 تشرين الثاني 2024 آخر تحديث: ...") is a date line
#: with this many other words at most.
BYLINE_DATE_LINE_MAX_OTHER_WORDS = 14


def _publish_label_before(text: str, date_start: int) -> bool:
    """Does a publication or update label stand right before the date ("... نشر في: <date>")?"""
    head = text[:date_start]
    if ":" not in head and "في" not in head:
        return False  # (every publication label ends so: "نشر في", "تاريخ النشر:")
    return publish_label(head)


def _event_label_before(text: str, date_start: int) -> bool:
    """Does an event's label stand before the date ("موعد الامتحان:", any word and a colon)?"""
    from .dates import date_label_role  # (loaded already: find_date read the line)

    return date_label_role(text[:date_start]) == "event"


def _timeline_entry(text: str, date_end: int) -> bool:
    """A timeline's entry in the story: a date, a colon and what happened ("12 تشرين الثاني
    2024: مجلس الوزراء يقر المشروع"), not a date line."""
    rest = text[date_end:].lstrip()
    return rest[:1] in (":", "：") and len(rest[1:].split()) >= 2


# The words before a date that make it a period's end: "من <day> إلى [<weekday>]", "من ... حتى";
# or a deadline's: "(مفتوح حتى <date>)", "لغاية <date>", "إلى غاية <date>", "آخر أجل <date>".
_RANGE_END = re.compile(r"(?:^|\s)من\s.*(?:إلى|الى|حتى)\s+(?:\S+\s+)?$|(?:^|[\s(])(?:حتى|لغاية|غاية|آخر أجل|اخر اجل)\s*:?\s*(?:\S+\s+)?$")


def _timetable_item(text: str, date_start: int) -> bool:
    """A list item of a timetable in the story: a bullet, a label and a colon that say the
    date is an event's ("- بدء تقديم الامتحانات: السبت 21 حزيران 2025"); not a date line."""
    return text.startswith(BULLETS) and ":" in text[:date_start] and _event_label_before(text, date_start)


# "by": a label ending so ("آخر تعديل بواسطة", "نشر بواسطة") names the editor before the date.
_BY_WORDS = ("بواسطة", "by", "By")
#: Between such a label and its date, at most this many short lines (the name, a stray "في"),
#: each of at most NAME_PART_MAX_WORDS words.
LABEL_VALUE_GAP_LINES = 2
NAME_PART_MAX_WORDS = 4


def _split_label_value(lines: Sequence[Line], i: int) -> Optional[Line]:
    """The free date line at most :data:`LABEL_VALUE_GAP_LINES` short free lines under the
    "... بواسطة" label at line ``i``, or None."""
    for k in range(i + 1, min(len(lines), i + 2 + LABEL_VALUE_GAP_LINES)):
        ln = lines[k]
        if ln.label is not None:
            return None
        if ln.date is not None:
            return ln if k > i + 1 else None
        if ln.words > NAME_PART_MAX_WORDS:
            return None
    return None


def drop_dateless_date_rules(lines: Sequence[Line], find_date: Optional[DateFinder]) -> None:
    """A published/updated phrase counts only when a date follows (on the line or the next)."""
    if find_date is None:
        return
    for i, ln in enumerate(lines):
        if ln.label == METADATA and ln.kind in ("published", "updated") and ln.date is None:
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            value = _split_label_value(lines, i) if ln.text.endswith(_BY_WORDS) else None
            if nxt is not None and nxt.date is not None and nxt.label is None:
                nxt.set(METADATA, ln.kind, "header.value_of_" + ln.kind)
            elif value is not None:
                # "آخر تعديل بواسطة" / "<name>" / "في 2026/03/09 16:22": the label's inline
                # parts printed a line each; the date is its value, the name its editor's
                value.set(METADATA, ln.kind, "header.value_of_" + ln.kind)
            elif ln.words <= 4 and nxt is not None and nxt.label is None and nxt.words <= 8:
                pass  # header whose value we cannot read: keep it metadata
            elif ln.words <= UNREAD_DATE_MAX_WORDS or (not ln.punct and DIGIT.search(ln.text, 0, HEAD_DATE_CHARS)):
                pass  # a date line we cannot read: still metadata; its value stays None
            else:
                # long line starting with the phrase: may be "آخر تحديث: <date> <story>"; handled later
                if find_date(ln.text[:HEAD_DATE_CHARS]) is None:
                    ln.clear()


def _among_menu_items(lines: Sequence[Line], i: int) -> bool:
    """Does the bare label at line ``i`` sit in a menu printed a short item a line: the lines
    right over it and under its value are such items too?"""
    if i == 0 or i + 2 >= len(lines):
        return False
    # (a menu's items are words: a dash alone under a linked name, "\\-", is a byline's bar)
    return "](" not in lines[i + 1].text and all(
        x.words <= rules.MENU_ITEM_MAX_WORDS and not x.punct and x.label != METADATA and rules.has_arabic(x.text) for x in (lines[i - 1], lines[i + 2])
    )


def apply_header_values(lines: Sequence[Line]) -> None:
    """A bare metadata label ("تمت الكتابة بواسطة:") gives its kind to the value on the next line."""
    for i in range(len(lines) - 1):
        ln = lines[i]
        e = ln.entry
        if e is None or e.label != METADATA or e.opens or ln.key != e.bkey:
            continue
        if e.kind == "source" and i > 0 and lines[i - 1].label is None and lines[i - 1].text.endswith((":", "：")):
            # under a lead-in ("وإليك مقارنة مختصرة:") a bare "المصدر" is a table's first
            # column header ("source" of a product), no source label
            ln.clear()
            continue
        nxt = lines[i + 1]
        if nxt.label is None and nxt.words <= HEADER_VALUE_MAX_WORDS:
            if e.kind == "author" and nxt.date is not None:
                continue  # a byline whole in itself ("ویب ڈیسک", a desk's) over the date line
            if e.kind == "author" and (
                nxt.words < 2 or nxt.text.endswith(("؟", "?", "!")) or ln.text.startswith(BULLETS) or nxt.text.startswith(BULLETS)
            ):
                # a name has two words or more and asks nothing: "كتب" over "مسرح" is a menu
                # (books, theatre), over "لماذا نعود إلى روايات الطفولة؟" the story's section
                # ("books"), no byline label: it is left to the positional rules (so are a
                # list's items, "* كتب" over "* حوارات": a menu's)
                ln.clear()
                continue
            if e.kind == "author" and _among_menu_items(lines, i) and not names.name_line(nxt):
                ln.clear()  # "عادات", "مدن", "كتب", "من أنا": a blog's menu (books, about me)
                continue
            nxt.set(METADATA, e.kind, "header.value_of_" + e.kind)


#: A labelled byline beside a date line has at most this many words ("تمت المراجعة الطبية
#: بواسطة: د. نادين عيسى، اختصاصية طب نفس الأطفال").
BYLINE_BY_DATE_MAX_WORDS = 16


def label_bylines_by_dates(lines: Sequence[Line], with_year: Sequence[int]) -> None:
    """A free line right above or under a date line that reads as a label, a colon and a name
    (:func:`arclean.names.labelled_name`: "تمت المراجعة الطبية بواسطة: د. <name>، <role>") is a
    byline, before the body runs are scored: its comma and its length make it look like a
    sentence.  Only beside a date, where a byline sits (a headline "عاجل: محمد صلاح يسجل" has
    the same shape)."""
    for i in with_year:
        if lines[i].date is None:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines):
                ln = lines[j]
                if (
                    ln.label is None
                    and ln.words <= BYLINE_BY_DATE_MAX_WORDS
                    and ":" in ln.text
                    and names.labelled_name(ln.text)
                    and not key_value_row(lines, j)  # (an infobox row: "المؤسس: صلاح الدين الأيوبي")
                ):
                    ln.set(METADATA, "author", "zone.labelled_byline")
                    split_label_value(ln, "split.byline_label")


# --- stage 3: blocks ---------------------------------------------------------------------


# A numbered item: an optional bullet, then a number such as "3" or "١.٢" and a space.
_NUMBERED_ITEM = re.compile(r"^[*+•·\-–]?\s*[0-9٠-٩۰-۹]+(?:[.٫][0-9٠-٩۰-۹]+)*[.)]?\s")


# A breadcrumb trail opening with the home page's name and a separator ("صفحه اصلی / سیاسی",
# "الرئيسية » أخبار"): no header's block runs past it.
_HOME_TRAIL = re.compile(r"^(?:الصفحة الرئيسية|الرئيسية|صفحه اصلی|صفحه اصلي|صفحه نخست|ہوم|Home)\s*[/>»›|]\s*\S")


#: Keys of the headers of a writer's list of pieces (data/writer_lists.tsv: "مقالات الكاتب").
_WRITER_LIST_ROWS = data_rows("writer_lists.tsv", ("words", "at", "why"))
_WRITER_LISTS = tuple(key_bytes(r[0]) for r in _WRITER_LIST_ROWS if r[1] == "start")
#: ...and of the headers ending with the words after the writer's name ("<name> کے مضامین"),
#: a line of at most WRITER_LIST_NAMED_MAX_WORDS words.
_WRITER_LIST_ENDS = tuple(key_bytes(r[0]) for r in _WRITER_LIST_ROWS if r[1] == "end")
WRITER_LIST_NAMED_MAX_WORDS = 6
#: A writer's profile: at most this many lines of text over the list's header, which follows
#: the last of them within WRITER_LIST_GAP lines (a "follow the writer" link between).
WRITER_BIO_MAX_LINES = 3
WRITER_LIST_GAP = 3
#: A body of at most WRITER_BIO_MAX_LINES lines with the list's header at most this many lines
#: over it is the list's first card (its headline and date between), no article.
WRITER_LIST_ABOVE = 4


def _no_article(lines: Sequence[Line], runs: Sequence[Tuple[int, int]], rule: str) -> List[Tuple[int, int]]:
    """A body found to be no article: its free lines become boilerplate under ``rule``; no
    runs are left."""
    for s, e in runs:
        for k in range(s, e):
            if lines[k].label is None:
                lines[k].set(BOILERPLATE, "other", rule)
    return []


def _writer_list_header(ln: Line) -> bool:
    """Is the line the header of a writer's list of pieces (data/writer_lists.tsv)?"""
    return ln.key.startswith(_WRITER_LISTS) or (ln.words <= WRITER_LIST_NAMED_MAX_WORDS and ln.key.endswith(_WRITER_LIST_ENDS))


def _writer_profile(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> bool:
    """Is the body a writer's bio over the list of their pieces (a columnist's page: no
    article)?  See :data:`WRITER_BIO_MAX_LINES`."""
    if not runs:
        return False
    end = runs[-1][1]
    s0 = runs[0][0]
    if sum(e - s for s, e in runs) <= WRITER_BIO_MAX_LINES and any(_writer_list_header(lines[k]) for k in range(max(0, s0 - WRITER_LIST_ABOVE), s0)):
        return True  # (the list's header over the body: the text is its first card's, a headline and date between)
    head = next((k for k in range(s0, min(len(lines), end + WRITER_LIST_GAP)) if _writer_list_header(lines[k])), None)
    if head is None:
        return False
    # (the list's header may sit inside the run, its first items under it: the bio is above it)
    return sum(max(0, min(e, head) - s) for s, e in runs) <= WRITER_BIO_MAX_LINES


#: Keys of a references list's headers (data/reference_headers.tsv: "المراجع", "المصادر"): under
#: one, a citation is an entry of the list however sentence-like it reads.
_REFERENCE_HEADERS = frozenset(key_bytes(r[0]) for r in data_rows("reference_headers.tsv", ("words", "why")))
#: A citation has at most this many words...
CITATION_MAX_WORDS = 40


def _citation(ln: Line) -> bool:
    """...its fields parted by commas, and a year in it or a full stop at its end."""
    t = ln.text
    return ln.words <= CITATION_MAX_WORDS and ("،" in t or "," in t) and (YEAR.search(t) is not None or t.endswith("."))


def apply_blocks(lines: Sequence[Line]) -> None:
    """Let a header's kind flow onto the short lines under it."""
    n = len(lines)
    i = 0
    while i < n:
        ln = lines[i]
        label = ln.label
        if not ln.opens or label is None:  # (only a decided header opens a block)
            i += 1
            continue
        is_tags = ln.kind == "tags"
        # a tags line carrying its own values ("كلمات دلالية: ...") opens nothing, nor does a
        # read-also line carrying its headline ("اقرأ أيضا: <headline>": a link inside the story)
        if (is_tags and ln.words > 3) or _inline_teaser(ln):
            i += 1
            continue
        j = i + 1
        dated_above: Optional[bool] = None  # (is there a date line over the block? read once, when needed)
        while j < n:
            nx = lines[j]
            if (
                nx.label == METADATA
                and ln.kind == "related"
                and nx.kind in ("author", "dateline")
                and j > i + 1
                and lines[j - 1].rule.startswith("block.")
            ):
                # a byline under a listed headline ("عمّان: عمر الزعبي"): the teaser's own, when
                # the story's date is printed above the block (else the block ran into the
                # story's header: see _free_story_header)
                if dated_above is None:
                    dated_above = any(lines[k].date is not None for k in range(i))
                if dated_above:
                    nx.clear()
                    nx.parts = []
            if nx.opens or nx.label == METADATA or (nx.label is None and nx.date is not None and not ln.kind == "related"):
                break
            if (nx.label is None or nx.kind == "nav") and _HOME_TRAIL.match(nx.text) is not None:
                # the page's breadcrumb trail ("صفحه اصلی / سیاسی / ...", "الرئيسية > تقارير",
                # free or the lexicon's nav): its header starts
                break
            if is_tags:
                # (a "label: value" row is no tag: "الاستحواذ: الوصل 54% - النصر 46%" of a match's
                # figures under the tags, "شارك الخبر: فيسبوك ...")
                if nx.label is not None or nx.words > TAG_ITEM_MAX_WORDS or nx.punct or (
                    ":" in nx.text and ":" in (markdown_view(nx.text) or "")  # (a markdown link's "https:" aside)
                ):
                    break
            elif nx.label is None and nx.is_prose and not (
                _NUMBERED_ITEM.match(nx.text) and (ln.kind == "other" or (ln.kind == "related" and not _ends_sentence(nx.text)))
            ) and not (ln.key in _REFERENCE_HEADERS and _citation(nx)) and not (
                ln.kind == "related" and (_listed_pair(lines, i, j) or _two_dot_item(lines, j))
            ):
                # (a numbered item of a table of contents, "+ ١.١ ...", is no prose, nor is a
                # ranked headline under a list's header, "1. بالأسماء.. أوائل الامتحانات", nor
                # a listed question over its date row, "... ما الذي تغير؟" / "تقارير | 15 مارس")
                break
            elif (
                ln.kind != "related"
                and not nx.is_prose  # (a numbered reference is an item, not a heading)
                and j + 1 < n
                and lines[j + 1].label is None
                and lines[j + 1].is_prose
                and _ends_sentence(lines[j + 1].text)
                and not (ln.kind == "other" and _printed_again(lines, j))
            ):
                # a heading over a sentence: the story starts (a table of contents ends above
                # it; its last entry is no heading there when the story prints it again below)
                break
            if nx.label is None:
                nx.set(label, ln.kind, "block." + ln.rule)
            j += 1
        if ln.kind == "related" and j < n:
            _free_story_header(lines, i, j)
        i = j


#: A listed headline with two dots is read up to this many lines over the story's going on.
TWO_DOT_ITEM_REACH = 3


def _two_dot_item(lines: Sequence[Line], j: int) -> bool:
    """Is line ``j``, under a read-also header, a listed headline whose only punctuation is its
    two dots ("الموصل.. افتتاح جسر الحرية بعد إعادة تأهيله"), with the story going on under the
    list (a paragraph opening with a connective within :data:`TWO_DOT_ITEM_REACH` lines: "من
    جانبه، ...")?  Such a line counts as punctuated, but it is no sentence of the story."""
    t = lines[j].text
    if ".. " not in t or t.endswith((".", "!", "؟", "?", "۔")) or "،" in t or "." in t.replace("..", ""):
        return False
    return any(x.is_prose and structure.continues_story(x) for x in lines[j + 1 : j + 1 + TWO_DOT_ITEM_REACH])


def _listed_pair(lines: Sequence[Line], i: int, j: int) -> bool:
    """Is line ``j``, a sentence-like line under the list opened at line ``i``, one more of
    its headlines: of a headline's size, over a short date row ("تقارير | 15 مارس 2025 |
    17,310 مشاهدة"), in a list that already holds such a row?  (A story's own headline and
    date there are given back by :func:`_free_story_header`.)"""
    if lines[j].words > structure.DATED_HEADLINE_MAX_WORDS or j + 1 >= len(lines):
        return False
    row = lines[j + 1]
    if row.date is None or row.is_prose or row.label not in (None, BOILERPLATE):
        return False
    return any(lines[k].date is not None and not lines[k].is_prose for k in range(i + 1, j))


#: A story's tool row under its header (font size, print, share) has at most this many lines.
STORY_TOOLS_MAX_LINES = 4


#: A headline the block gives back has at least this many words (a byline's bare label over
#: the writer's name, "أرسلت بواسطة", is none).
GIVEN_HEADLINE_MIN_WORDS = 3
#: ...and the line right over it, of at most this many words, is given back with it (the
#: story's section: a listed headline is longer).
GIVEN_SECTION_MAX_WORDS = 3
#: A bare date line among the page's first this many lines is the site's bar of today's date.
SITE_DATE_BAR_LINES = 3


def _dated_above(lines: Sequence[Line], i: int) -> bool:
    """Is a date line printed over line ``i``, the site's bar of today's date over its menu
    aside (a bare date among the page's first :data:`SITE_DATE_BAR_LINES` lines, with no
    paragraph right under it: "الخميس 15 أيار 2025" over the menu, not a story's date over its
    lede)?"""
    return any(
        ln.date is not None and not (k < SITE_DATE_BAR_LINES and _bare_date(ln) and not lines[k + 1].is_prose)
        for k, ln in enumerate(lines[:i])
    )


def _free_story_header(lines: Sequence[Line], i: int, j: int) -> None:
    """A list of other stories' headlines and dates (a "most read" block opened at line
    ``i``) that runs into the story's byline or lede at line ``j`` took the story's own
    headline and date line along: the last headline + date pair of the block, right over
    the byline or lede, is the story's header.  Only on a page with no date above the
    block (a header there would be the story's)."""
    nxt = lines[j]
    if not (nxt.label == METADATA or (nxt.label is None and nxt.is_prose)) or j - i < 3:
        return
    # (a dateline or byline of the story's may sit under its date: "نواكشوط – الأخبار"; the
    # story's tool row under them, "حجم الخط + -", "طباعة", "مشاركة", which the block passed over)
    k = j - 1
    buttons: List[Line] = []  # (share rows on one line, which the block took)
    while k - j > -1 - STORY_TOOLS_MAX_LINES and k > i:
        tool = lines[k]
        if tool.rule.startswith("block.") and share_row(tool):
            buttons.append(tool)  # "فيسبوك تيليغرام نسخ الرابط"
        elif not (
            (tool.kind == "share" and not tool.rule.startswith("block."))
            or (tool.label == METADATA and tool.kind == "other" and rules.bar_facts(tool.text))  # "٤ دقائق قراءة"
        ):
            break
        k -= 1
    under: List[Line] = []
    while k - 2 > i and len(under) < 2 and lines[k].date is None and lines[k].rule.startswith("block.") and (
        rules.lone_dateline(lines[k].text) or rules.byline_shape(lines[k].text)
    ):
        under.append(lines[k])
        k -= 1
    date, h = lines[k], k - 1
    # (the writer's name and the place, each on a line between the headline and the date:
    # "<headline>", "هاوكار عبد الله", "كركوك", "<date>")
    while h - 1 > i and len(under) < 2 and lines[h].date is None and lines[h].rule.startswith("block.") and (
        names.name_line(lines[h]) or is_place(lines[h].text)
    ):
        under.append(lines[h])
        h -= 1
    head = lines[h]
    if not (
        date.date is not None
        and date.rule.startswith("block.")
        and head.rule.startswith("block.")
        and head.date is None
        and GIVEN_HEADLINE_MIN_WORDS <= head.words <= structure.DATED_HEADLINE_MAX_WORDS
    ):
        return
    if _dated_above(lines, i):
        return
    section = lines[h - 1]  # (the story's section right over its headline: "فلاحة وغابات")
    if h - 1 > i and section.rule.startswith("block.") and section.date is None and section.words <= GIVEN_SECTION_MAX_WORDS and not section.punct:
        section.clear()
    for ln in (head, date, *under):
        ln.clear()
    for ln in buttons:
        ln.set(BOILERPLATE, "share", "zone.share_row")  # "فيسبوك تيليغرام نسخ الرابط": the story's tools


# --- stage 4: body regions -----------------------------------------------------------------


def _score(words: int, punct: int, text: str, wt: BodyWeights) -> float:
    """The body score of a line of ``words`` words (``punct``: it holds sentence punctuation;
    ``text``: its text, or its last piece's, for the sentence end)."""
    if punct:
        w = float(words)
        if words >= SENTENCE_MIN_WORDS and _ends_sentence(text):
            w += wt.sentence_end_bonus  # a short full sentence, not a menu item or a headline
    elif words >= PROSE_WORDS_NO_PUNCT:
        w = words * wt.long_no_punct_weight
    else:
        w = words * wt.no_punct_weight
    return w - wt.line_cost


#: A block of a blank-separated text (:func:`arclean.structure.blank_breaks`: a page of
#: paragraphs in many pieces holds many breaks with no blank line, so the pieces are told by
#: their shape: see :func:`_pieces`) is read as one paragraph when it has at least this many
#: pieces.
BLOCK_MIN_PIECES = 3


# What a piece of a paragraph cut at its links may open with: the punctuation after a link.
_PIECE_OPENERS = ("،", ",", ".", "؛", ":", ")", "»")
#: A paragraph in pieces has at least this share of pieces of at most PIECE_MAX_WORDS words
#: (its links: "طرابلس", "و", "جنزور"), or a piece opening with punctuation.
PIECE_SHORT_SHARE = 0.5
PIECE_MAX_WORDS = 3


def _pieces(lines: Sequence[Line], k: int, j: int) -> bool:
    """Do lines ``[k, j)`` look like one paragraph cut at its links (see :data:`PIECE_SHORT_SHARE`),
    rather than whole lines set one under another?"""
    if sum(1 for x in range(k, j) if _LIST_ITEM_MARK.match(lines[x].text) is not None) * 2 > j - k:
        return False  # a list's items, each marked ("• صحة الطفل", "2. الرئيسية"): a menu or a list
    if any(lines[x].text.startswith(_PIECE_OPENERS) for x in range(k + 1, j)):
        return True
    return sum(1 for x in range(k, j) if lines[x].words <= PIECE_MAX_WORDS) >= PIECE_SHORT_SHARE * (j - k)


# A list item's mark at the start of a line: a bullet, or a number with a point or a bracket.
_LIST_ITEM_MARK = re.compile("[" + "".join(re.escape(b) for b in BULLETS) + r"]\s|[0-9٠-٩۰-۹]{1,2}[.)]\s")


def _block_scores(lines: Sequence[Line], joined: Sequence[bool], scores: List[float], wt: BodyWeights) -> None:
    """In a text of blank-separated blocks (``joined``: :func:`arclean.structure.blank_breaks`),
    a block of free lines with no blank line between them is one paragraph printed in pieces (its links
    on lines of their own: "بدأ المزارعون في قرى" / "نابلس" / "قطف ثمار الزيتون، ..."): when the
    block read as one line scores more than its pieces do, each piece gets its share of that."""
    if structure.blank_share(joined) < structure.BLANK_BREAKS_MIN_SHARE:
        return
    n, k = len(lines), 0
    while k < n:
        j = k + 1
        while j < n and joined[j]:
            j += 1
        # (the block's free lines after the last line a rule decided: a share row or a
        # caption's credit may be printed against the paragraph)
        f = j
        while f > k and _free(lines[f - 1]):
            f -= 1
        # (a paragraph in pieces ends as a sentence does: a menu's items or a list of
        # headlines set one a line do not)
        if j - f >= BLOCK_MIN_PIECES and _ends_sentence(lines[j - 1].text) and _pieces(lines, f, j):
            k = f
            block = _score(sum(lines[x].words for x in range(k, j)), max(lines[x].punct for x in range(k, j)), lines[j - 1].text, wt)
            if block > sum(scores[k:j]):
                share = block / (j - k)
                for x in range(k, j):
                    scores[x] = share
        k = j


def _ends_sentence(text: str) -> bool:
    """Ends with one full stop (Arabic-script "." or Urdu "۔"), "!" or "؟" (an ellipsis "..."
    marks a teaser, not a sentence)."""
    return text[-1:] in ".!؟?۔" and not text.endswith("..")


def _closes(ln: Line) -> bool:
    """Does this line end the article (so a later body-like run is another story)?"""
    return (ln.label, ln.kind) in CLOSING or ln.rule == "shape.separator_list"


#: Under a lone share button inside the story, its next paragraph starts within this many
#: lines (a sub-heading between).
INLINE_SHARE_REACH = 2


def _inline_share_button(lines: Sequence[Line], k: int) -> bool:
    """A one-word share button between two of the story's paragraphs ("Share", a newsletter
    platform's button set inside the text): a paragraph right above it and one at most
    :data:`INLINE_SHARE_REACH` lines under it.  It closes nothing."""
    ln = lines[k]
    if ln.kind != "share" or ln.words > 1 or k == 0 or not (_free(lines[k - 1]) and lines[k - 1].is_prose):
        return False
    return any(_free(x) and x.is_prose for x in lines[k + 1 : k + 1 + INLINE_SHARE_REACH])


#: A story's heading over a list of values printed on one line has at most this many words.
VALUES_HEADING_MAX_WORDS = 3


def _values_under_heading(lines: Sequence[Line], k: int) -> bool:
    """A list of values printed on one line with separators ("رفيع · خفيف · عادي · عريض")
    under a short heading ("الأوزان") that sits right under a paragraph of the story, with a
    paragraph within two lines under it: a section of the story, not a menu closing it."""
    if k < 2 or k + 1 >= len(lines):
        return False
    head, above = lines[k - 1], lines[k - 2]
    return (
        _free(head)
        and head.words <= VALUES_HEADING_MAX_WORDS
        and not head.punct
        and _free(above)
        and above.is_prose
        and any(_free(x) and x.is_prose for x in lines[k + 1 : k + 3])
    )


def _between_prose(lines: Sequence[Line], k: int) -> bool:
    """A credit line with story prose right above and below it ("المصدر: البنك الدولي" under a
    chart), or a table's rows above it ("الربع | الصادرات | التغير" ...), sits inside the
    article, so it does not close it."""
    return (
        0 < k < len(lines) - 1
        and _free(lines[k - 1])
        and (lines[k - 1].is_prose or table_rows(lines, k - 1))
        and _free(lines[k + 1])
        and lines[k + 1].is_prose
    )


def maximal_runs(scores: Sequence[float], lo: int, hi: int, out: List[Tuple[int, int, float]]) -> None:
    """All maximal positive-scoring runs of ``scores[lo:hi]`` as ``(start, end, score)``.

    These are the runs the recursive definition gives (the best run, then the
    best runs left and right of it, and so on), found in one left-to-right pass
    with Ruzzo and Tompa's algorithm (1999), so huge inputs stay linear.
    Open runs are parallel lists: start, end, cumulative score before the run
    (``low``) and at its end (``high``), and ``link``: the nearest earlier open
    run with a smaller ``low``, so the search below skips over the rest.
    """
    starts: List[int] = []
    ends: List[int] = []
    lows: List[float] = []
    highs: List[float] = []
    links: List[int] = []
    cum = 0.0
    for k in range(lo, hi):
        x = scores[k]
        if x > 0.0:
            start, low, high = k, cum, cum + x
            j = len(starts) - 1
            while True:
                while j >= 0 and lows[j] >= low:
                    j = links[j]
                if j < 0 or highs[j] >= high:
                    break
                # run j rises less than the new one: the new run absorbs it and all after it
                start, low, nxt = starts[j], lows[j], links[j]
                del starts[j:], ends[j:], lows[j:], highs[j:], links[j:]
                j = nxt
            starts.append(start)
            ends.append(k + 1)
            lows.append(low)
            highs.append(high)
            links.append(j)
        cum += x
    out.extend(zip(starts, ends, (h - l for h, l in zip(highs, lows))))




def _bare_clock(ln: Line) -> bool:
    """A publication or update line that holds a clock time and no date ("آخر تحديث: 10:30
    صباحاً"): a widget's clock (a rates table's), which anchors no story."""
    return ln.kind in ("published", "updated") and ln.date is None and ln.rule != "shape.relative_time" and CLOCK_IN.search(ln.text) is not None and YEAR.search(ln.text) is None


# Two numeric dates joined by a dash: a period ("17/11/2024 - 24/11/2024", an exam's, an
# event's), no page's date.
_NUMERIC_RANGE = re.compile(r"[0-9٠-٩]{1,4}[/.-][0-9٠-٩]{1,2}[/.-][0-9٠-٩]{1,4}\s*[-–—]\s*[0-9٠-٩]{1,4}[/.-][0-9٠-٩]{1,2}[/.-][0-9٠-٩]{1,4}")


def _date_range(ln: Line) -> bool:
    """Is the line's date one end of a period (two numeric dates joined by a dash)?"""
    return _NUMERIC_RANGE.search(ln.text) is not None


def _event_dated(ln: Line) -> bool:
    """Is the line a date under a label that makes it an event's ("العرس: السبت 13 أيلول 2025"),
    however the header read it?  Such a date heads no story."""
    if ln.date is None or ":" not in ln.text[: ln.date_start]:
        return False
    # (the date's own field of a bar: "بقلم: <name> | <date>" is a byline's label, no event's)
    own = _BAR_SEP.split(ln.text[: ln.date_start])[-1]
    return ":" in own and not names.byline_label_first(own) and _event_label_before(own, len(own))


def _anchored(lines: Sequence[Line], start: int, bare_dates: bool = True, relative: bool = True, events: bool = True) -> bool:
    """Does a run start right under an article header: a date line, a dated or byline label?

    The main run is chosen by its score weighted by this anchor: a story under its
    date and byline beats a longer block of prose elsewhere on the page (commenting
    rules, a registration form's terms, another story's full text under a teaser).
    With ``bare_dates=False`` only labelled header lines ("نشر في: ...", "كتب ...")
    count: a run kept for sitting under the header, whatever its score, must sit under
    one of those (bare dates also head teasers).  With ``relative=False`` a relative time
    stamp ("منذ 40 دقيقة") anchors nothing: on a listing, each item has one.  With
    ``events=False`` a date under an event's label ("العرس: <date>") anchors nothing either.
    """
    k, seen, crossed, in_bar = start - 1, 0, False, False
    while k >= 0 and seen < HEADER_GAP_LINES and k >= start - HEADER_SCAN_LINES:
        ln = lines[k]
        if ln.label == BOILERPLATE and ln.kind in ("share", "ad"):
            k -= 1  # a share bar or an ad slot between the header and the story
            in_bar = True
            continue
        if in_bar and ln.label is None and ln.words == 1 and ln.date is None:
            k -= 1  # a button of the share bar that the lexicon does not know ("A+", "إكس")
            continue
        if not events and _event_dated(ln):
            # (an event's date over the text, "العرس: <date>": an invitation's, a registry's;
            # it heads no story, the lines over it may)
            k -= 1
            seen += 1
            continue
        if ln.label == METADATA and ln.kind in ("published", "updated", "author") and not _bare_clock(ln):
            if relative or ln.rule != "shape.relative_time":
                return True
        if bare_dates and ln.date is not None and ln.label != BOILERPLATE and not crossed and not _date_range(ln):
            # (a teaser's date inside a read-also block anchors nothing, nor does a bare date
            # above a block's header: "<teaser date>", "المزيد من محليات", "النشرة البريدية")
            return True
        crossed = crossed or ln.label == BOILERPLATE
        k -= 1
        seen += 1
    return False


#: A key-points box between the header and the story ("أبرز ما في الخبر" over three short
#: sentences) has at most this many lines (its heading and a counter included), each of at
#: most header.KEY_POINT_MAX_WORDS words.
KEY_POINTS_MAX_LINES = 5


def _share_under_key_points(lines: Sequence[Line], k: int) -> bool:
    """Is share line ``k`` part of a share bar right under a key-points box that sits under the
    story's header (its date, byline or update line)?  Such a bar belongs to the header: the
    story starts under it, so it closes nothing."""
    j = k - 1
    while j >= 0 and ((lines[j].label == BOILERPLATE and lines[j].kind == "share") or (_free(lines[j]) and lines[j].words == 1)):
        j -= 1  # (the bar's buttons, those the lexicon does not know too: "X")
    box = 0
    while j >= 0 and _free(lines[j]) and lines[j].words <= KEY_POINT_MAX_WORDS and box <= KEY_POINTS_MAX_LINES:
        box += 1
        j -= 1
    return 0 < box <= KEY_POINTS_MAX_LINES and j >= 0 and lines[j].label == METADATA and lines[j].kind in ("published", "updated", "author")


def _choose_main(
    cands: Sequence[Tuple[int, int, float]],
    anchored: Sequence[bool],
    shut: Sequence[int],
    wt: BodyWeights,
    comments: Sequence[int] = (),
) -> Tuple[int, int, float]:
    """The main body run: the best score, with the article header's anchor weighed in.

    A run right under a date or byline counts ``anchor_weight`` times its
    score, and once an anchored run has been closed (tags, source, share bar,
    comments or footer below it), what comes after that close counts
    ``after_close_weight`` times its score: full-sentence text there is a
    comment policy, a sign-up form's terms or another story.  ``anchored``: :func:`_anchored`
    of each candidate's start; ``comments``: the comments headers among the closing lines.
    """
    closed_at = None
    first_anchor = next((c for c, a in zip(cands, anchored) if a), None)
    if first_anchor is not None:
        i = bisect_left(shut, first_anchor[1])
        if i < len(shut):
            closed_at = shut[i]
    elif comments:
        # no header anchors a run: a comments header still closes the first run above it
        # (readers' comments in prose, however long, come after the story)
        i = bisect_left(comments, cands[0][1])
        if i < len(comments):
            closed_at = comments[i]
    best, best_weight = cands[0], -1.0
    for c, a in zip(cands, anchored):
        w = c[2] * (wt.anchor_weight if a else 1.0)
        if closed_at is not None and c[0] > closed_at:
            w *= wt.after_close_weight
        if w > best_weight:
            best, best_weight = c, w
    return best


def _inline_teaser(ln: Line) -> bool:
    """A read-also line with its linked headline on it ("اقرأ أيضا: <headline>"), alone
    between two paragraphs: a link set inside the story, which goes on below it (a
    read-also list has a bare header, or more than one line)."""
    e = ln.entry
    return e is not None and e.kind == "related" and e.mode == "prefix" and ln.key != e.bkey


#: Between two runs, an inline read-also line may stand with one free numbered line of at
#: most this many words (the next section's heading, "3. أكثر من البوتاسيوم"; an unnumbered
#: headline there is the read-also list's next item)...
INLINE_TEASER_HEADING_MAX_WORDS = 10
#: The story's list under a lead-in ending in a colon may stand over an inline read-also link
#: with at most this many lines (lead-in and items).
INLINE_TEASER_LIST_MAX_LINES = 8
#: (or an unnumbered heading of at most INLINE_SUBHEADING_MAX_WORDS words: a review's
#: "الأداء والقيادة"; a listed headline, "أسعار النفط تتراجع", is longer)...
INLINE_SUBHEADING_MAX_WORDS = 2
#: ...when it carries a headline of at least this many words after its label (not a section
#: name: "المزيد من لبنان" heads the section's other stories).
INLINE_TEASER_MIN_WORDS = 3


def _inline_teaser_gap(lines: Sequence[Line], lo: int, hi: int) -> bool:
    """Is the gap ``[lo, hi)`` between two runs one inline read-also line (see
    :func:`_inline_teaser`), perhaps with a short free heading line?"""
    if hi - lo == 1:
        return _inline_teaser(lines[lo])
    if (
        2 < hi - lo <= INLINE_TEASER_LIST_MAX_LINES + 1
        and _inline_teaser(lines[hi - 1])
        and lines[lo].text.endswith((":", "："))
        and all(_free(lines[k]) for k in range(lo, hi - 1))
    ):
        return True  # the story's list under its lead-in ("... درج ذیل خلاف ورزیوں پر:"), then the link
    if hi - lo != 2:
        return False
    teaser, heading = (lines[lo], lines[lo + 1]) if lines[lo].label is not None else (lines[lo + 1], lines[lo])
    if _inline_teaser(teaser) and _free(heading) and structure.credited_caption(heading):
        return True  # a photo's credited caption by the link ("... — فائل فوٹو"): the story's
    if _inline_teaser(teaser) and heading is lines[lo] and hi < len(lines) and _story_caption(lines, lo, lines[hi]):
        return True  # a photo's caption with no credit over the link, in the story's words
    e = teaser.entry
    return (
        _inline_teaser(teaser)
        and e is not None
        and teaser.words - len(e.bkey.split()) >= INLINE_TEASER_MIN_WORDS
        and hi < len(lines)
        and _story_heading(lines, heading, lo, lines[hi])
    )


def _story_caption(lines: Sequence[Line], lo: int, para: Line) -> bool:
    """Is line ``lo``, over an inline read-also link, a caption of the story's photo: a free
    line that is no sentence (no punctuation, at most CAPTION_MAX_WORDS words) in the story's
    words, with the paragraph ``para`` under the link going on with them too ("<a farmer looks
    at his stored onions>" between the story's paragraphs)?"""
    ln = lines[lo]
    return (
        _free(ln)
        and not ln.punct
        and ln.words <= structure.CAPTION_MAX_WORDS
        and _shares_story_words(lines, lo, ln)
        and _shares_story_words(lines, lo, para)
    )


def _captions_over_links(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> None:
    """A photo's caption with no credit right over an inline read-also link between two runs
    of the story (:func:`_story_caption`) is the story's (rule ``run.caption_over_link``)."""
    for (_s, e), (s2, _e2) in zip(runs, runs[1:]):
        if s2 - e == 2 and lines[e].label is None and _inline_teaser(lines[e + 1]) and _story_caption(lines, e, lines[s2]):
            lines[e].set(BODY, "body", "run.caption_over_link")


def _list_under_link(lines: Sequence[Line], s: int, prev_end: int) -> Optional[int]:
    """The start of the story's marked list and its lead-in right over run start ``s``, under
    an inline read-also link that follows the run before (ending at ``prev_end``): the lead-in
    ends with a colon and goes on with the story's words ("وجاء ترتيب المراكز الخمسة الأولى
    في المرحلة كالتالي:" over "1. <name> (<club>) 2:11:38"); else None."""
    k = s
    while k > prev_end and _free(lines[k - 1]) and _LIST_ITEM_MARK.match(lines[k - 1].text) is not None:
        k -= 1
    if k == s or s - k > INLINE_TEASER_LIST_MAX_LINES:
        return None
    lead = k - 1
    if not (
        lead - 1 >= prev_end
        and _free(lines[lead])
        and lines[lead].text.endswith((":", "："))
        and _inline_teaser(lines[lead - 1])
        and all(_inline_teaser(lines[j]) for j in range(prev_end, lead))
        and _shares_story_words(lines, lead - 1, lines[lead])
    ):
        return None
    return lead


def _story_heading(lines: Sequence[Line], heading: Line, lo: int, para: Line) -> bool:
    """Is ``heading``, under an inline read-also link at line ``lo``, the story's next section
    heading over paragraph ``para``: a short one (:func:`_section_heading`), or a longer one,
    "بازگشت به ملات ساروج", when ``para`` goes on with the story's words (a listed headline's
    summary is another story's)?"""
    return _section_heading(heading) or (
        _free(heading)
        and not heading.punct
        and heading.words <= INLINE_TOPIC_HEADING_MAX_WORDS
        and _shares_story_words(lines, lo, para)
    )


#: An unnumbered heading under an inline read-also link may have up to this many words when the
#: paragraph under it shares a word with the story above (:func:`_shares_story_words`); Urdu
#: headings spend three or four of them on particles ("کی", "کے لئے").
INLINE_TOPIC_HEADING_MAX_WORDS = 10
#: The story's words are read on at most this many lines above the link.
STORY_WORDS_LINES = 12
#: Words this long or longer (folded letters) are the story's own: particles are shorter.
STORY_WORD_MIN_LETTERS = 5


def _shares_story_words(lines: Sequence[Line], lo: int, ln: Line) -> bool:
    """Does paragraph ``ln`` share a word of :data:`STORY_WORD_MIN_LETTERS` letters or more
    with the free prose of the :data:`STORY_WORDS_LINES` lines above line ``lo``, the article
    and a glued conjunction or preposition aside ("المتهمين" and "متهمين")?"""
    after = {_word_stem(w) for w in ln.key.split() if len(w) >= STORY_WORD_MIN_LETTERS}
    if not after:
        return False
    for x in lines[max(0, lo - STORY_WORDS_LINES) : lo]:
        if x.is_prose and x.label in (None, BODY) and not after.isdisjoint(_word_stem(w) for w in x.key.split()):
            return True
    return False


# What a word's key may open with before its stem: the article, perhaps after "و", "ب" or "ل"
# ("والنيابة", "بالأقصر", "للسياحة"), or "و" alone; the longest first.
_WORD_PREFIXES = tuple(key_bytes(p) for p in ("وال", "بال", "لل", "فال", "كال", "ال", "و"))
#: A stem keeps at least this many letters (key bytes) after its prefix is cut.
STEM_MIN_LETTERS = 3


def _word_stem(w: bytes) -> bytes:
    """A word's key without its prefix (:data:`_WORD_PREFIXES`), when enough is left of it."""
    for p in _WORD_PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= STEM_MIN_LETTERS:
            return w[len(p) :]
    return w


def _section_heading(ln: Line) -> bool:
    """A free line that may be the story's next section heading under an inline read-also
    link: numbered, of at most INLINE_TEASER_HEADING_MAX_WORDS words, or unnumbered of at
    most INLINE_SUBHEADING_MAX_WORDS."""
    return _free(ln) and (
        (ln.words <= INLINE_TEASER_HEADING_MAX_WORDS and structure.item_number(ln.text) is not None)
        or ln.words <= INLINE_SUBHEADING_MAX_WORDS
    )


def _story_closes_after(lines: Sequence[Line], end: int) -> bool:
    """Is the first decided line after ``end`` the story's own source or tags line?  Then
    the paragraph above it ends the story (a read-also block sat in the middle of it)."""
    for k in range(end, min(len(lines), end + HEADER_GAP_LINES)):
        ln = lines[k]
        if ln.label is not None:
            return ln.label == METADATA and ln.kind in ("source", "tags")
    return False


def _teaser_story_heads(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """A run right under another story's headline and date that a read-also block took in,
    below a run of the story's own: its first paragraphs are that other story's (rule
    ``structure.teaser_story``), as long as their words are nearer its headline's than the
    story's above; the first paragraph nearer the story's is where the story goes on ("وفي
    المقابل، ألزم القرار السائقين ..." after a paragraph on another town's road works)."""
    out: List[Tuple[int, int]] = []
    for i, (s, e) in enumerate(runs):
        if i == 0 or not _under_listed_headline_and_date(lines, s):
            out.append((s, e))
            continue
        k = _story_resumes_at(lines, runs[:i], s, e)
        if k is None:
            out.append((s, e))  # (no paragraph reads as the story's: left to the other checks)
            continue
        for x in range(s, k):
            lines[x].set(BOILERPLATE, "related", "structure.teaser_story")
        out.append((k, e))
    return out


#: Another story printed whole under a read-also header ends where a paragraph shares more
#: topic words with the story above than with that other story's headline and first paragraph,
#: by more than RESUME_MARGIN, and at least RESUME_MIN_LINES lines of the run follow from there
#: (a read-also block's story is short; the story going on under it is not): then the run is
#: kept, and the other story's head cut off.
RESUME_MARGIN = 1
RESUME_MIN_LINES = 4


def _story_resumes_under_teaser(lines: Sequence[Line], main: Tuple[int, int, float], c: Tuple[int, int, float]) -> bool:
    """See :data:`RESUME_MARGIN`."""
    if not _under_listed_headline_and_date(lines, c[0]):
        return False
    k = _story_resumes_at(lines, [main[:2]], c[0], c[1], RESUME_MARGIN)
    return k is not None and c[1] - k >= RESUME_MIN_LINES


def _story_resumes_at(lines: Sequence[Line], story_runs: Sequence[Tuple[int, int]], s: int, e: int, margin: int = 0) -> Optional[int]:
    """The first line after ``s`` in ``lines[s:e]`` (under another story's headline, two lines
    above ``s``) whose words are nearer the story's (``story_runs``) than that headline's: where
    the story goes on; None if none is.  With a ``margin``, the words must be nearer by more
    than it, and the other story's first paragraph (line ``s``) counts as its words too."""
    story: Set[str] = set()
    for a, b in story_runs:
        for k in range(a, b):
            story |= structure.topic_words(lines[k].text)
    teaser = structure.topic_words(lines[s - 2].text) | (structure.topic_words(lines[s].text) if margin else set())
    for k in range(s + 1, e):
        words = structure.topic_words(lines[k].text)
        if len(words & story) > len(words & teaser) + margin:
            return k
    return None


def _conjoined_sentence(ln: Line) -> bool:
    """A full sentence opening with the conjunction "و" glued to its verb ("ويعتمد المزاد هذا
    الموسم ..."): it goes on with the text above it (a teaser's summary does not open so)."""
    first = ln.text.split(" ", 1)[0]
    return first[:1] == "و" and len(first) >= 4 and ln.is_prose and _ends_sentence(ln.text)


def _under_listed_headline_and_date(lines: Sequence[Line], s: int) -> bool:
    """Is line ``s`` right under a date line and a headline, themselves right under a
    read-also header ("اقرأ أيضا" / <headline> / <date> / ...)?"""
    if s < 3 or lines[s - 1].date is None or lines[s - 2].date is not None or lines[s - 2].words < TITLE_MIN_WORDS:
        return False
    head = lines[s - 3]
    return head.label == BOILERPLATE and head.kind == "related" and head.opens


def _under_teaser_date(lines: Sequence[Line], start: int) -> bool:
    """Does the run at ``start`` sit right under a date line that a read-also block took in
    (another story's headline and date, then that story's text)?"""
    above = lines[start - 1] if start > 0 else None
    return above is not None and above.date is not None and above.label == BOILERPLATE and above.kind == "related"


def _prose_lines(lines: Sequence[Line], run: Tuple[int, int, float]) -> int:
    return sum(1 for k in range(run[0], run[1]) if lines[k].is_prose)


def find_body_runs(
    lines: Sequence[Line], wt: BodyWeights = DEFAULT_WEIGHTS, joined: Optional[Sequence[bool]] = None
) -> List[Tuple[int, int]]:
    """Line-index runs ``[start, end)`` that are body, in document order (``joined``: the
    text's :func:`arclean.structure.blank_breaks`, for a text of blank-separated blocks: see
    :func:`_block_scores`)."""
    n = len(lines)
    chunks: List[Tuple[int, int]] = []
    chunk_of = [0] * n
    scores = [0.0] * n
    shut: List[int] = []  # lines that close the article, in order
    related: List[int] = []  # read-also and teaser lines, in order
    start = 0
    for k, ln in enumerate(lines):
        if ln.label is not None or ln.date is not None:
            if k > start:
                chunks.append((start, k))
            start = k + 1
            if ln.kind == "related" and ln.label == BOILERPLATE:
                related.append(k)
            if (
                ln.label is not None
                and _closes(ln)
                and not (ln.kind == "source" and _between_prose(lines, k))
                and not (ln.rule == "shape.separator_list" and _values_under_heading(lines, k))
                and not _photo_credit(ln)
                and not _inline_share_button(lines, k)
            ):
                if not (ln.kind == "share" and _share_under_key_points(lines, k)):
                    shut.append(k)
        else:
            scores[k] = _score(ln.words, ln.punct, ln.text, wt)
            chunk_of[k] = len(chunks)
    if n > start:
        chunks.append((start, n))
    if joined is not None:
        _block_scores(lines, joined, scores, wt)
    cands: List[Tuple[int, int, float]] = []
    for lo, hi in chunks:
        maximal_runs(scores, lo, hi, cands)
    if not cands:
        return []
    anchored = [_anchored(lines, c[0]) for c in cands]
    main = _choose_main(cands, anchored, shut, wt, [k for k in shut if lines[k].kind == "comments" and lines[k].opens])
    floor = max(SECONDARY_MIN_SCORE, SECONDARY_MIN_SHARE * main[2])
    keep: List[Tuple[int, int, bool]] = [(main[0], main[1], True)]  # (start, end, won on score)
    main_anchored = anchored[cands.index(main)]
    tail = main[1]  # the end of the last run kept after the main one (gaps are read from there)
    for c, c_anchored in zip(cands, anchored):
        if c is main:
            continue
        if main_anchored and c[1] <= main[0] and not c_anchored:
            continue  # the story starts under its date or byline: prose above that is not it
        same_chunk = chunk_of[c[0]] == chunk_of[main[0]]
        on_score = c[2] >= (SAME_CHUNK_MIN_SCORE if same_chunk else floor)
        if not on_score and not _anchored(lines, c[0], bare_dates=False):
            continue
        lo, hi = (tail, c[0]) if c[0] >= main[1] else (c[1], main[0])
        if bisect_left(shut, hi) > bisect_left(shut, lo):  # a closing line lies between
            continue
        if (
            c[0] >= main[1]
            and bisect_left(related, hi) > bisect_left(related, lo)
            and _prose_lines(lines, c) < AFTER_RELATED_MIN_PROSE
            and not structure.continues_story(lines[c[0]])
            and not _conjoined_sentence(lines[c[0]])
            and not _story_closes_after(lines, c[1])
            and not _inline_teaser_gap(lines, lo, hi)
        ):
            continue  # short prose past a read-also list is teasers, not the story going on
        if (
            c[0] >= main[1]
            and _under_teaser_date(lines, c[0])
            and not structure.continues_story(lines[c[0]])
            and not _story_resumes_under_teaser(lines, main, c)
        ):
            continue  # another story printed whole under a read-also header, its headline and date
            # (unless the story goes on inside the run: _teaser_story_heads cuts the other's off)
        keep.append((c[0], c[1], on_score))
        if c[0] >= main[1]:
            tail = c[1]
    keep.sort()
    # merge runs of the same chunk: what lies between them is the article too
    # (not after a run kept only for sitting under the header: its gap may be teasers)
    merged: List[List[int]] = []
    joinable = False
    for s, e, on_score in keep:
        if merged and joinable and chunk_of[s] == chunk_of[merged[-1][0]]:
            merged[-1][1] = e
        else:
            merged.append([s, e])
        joinable = on_score
    return [(s, e) for s, e in merged]


def _section_word_over(lines: Sequence[Line], b: int) -> bool:
    """Is body line ``b`` one word with no punctuation or digit, over a headline-sized line
    with no full stop, over a sentence (an extract's section word over its headline; a
    dateline alone on its line may stand between: "نواذيبو – (الساحل)")?  A section's name
    of up to SECTION_OVER_TITLE_MAX_WORDS words is read so when the page printed it above
    as a line of its own, not as metadata (a menu's item: "محیط زیست")."""
    ln, head, nxt = lines[b], lines[b + 1], lines[b + 2]
    if b + 3 < len(lines) and nxt.label == BODY and rules.lone_dateline(nxt.text):
        nxt = lines[b + 3]
    return (
        ln.label == BODY
        and (
            ln.words == 1
            or (
                ln.words <= SECTION_OVER_TITLE_MAX_WORDS
                and any(x.key == ln.key and x.label != METADATA for x in lines[:b])
            )
        )
        and not ln.punct
        and DIGIT.search(ln.text) is None
        and ln.text[:1] not in BULLETS
        and head.label == BODY
        and 4 <= head.words <= HEADLINE_OVER_MAX_WORDS
        and not head.text.endswith((".", "۔", ":", "؟", "?"))
        and nxt.label == BODY
        and nxt.is_prose
        and nxt.words > head.words
    )


def _free(ln: Line) -> bool:
    return ln.label is None and ln.date is None


#: Two body runs at most this many lines apart, the lines between them a player's or a
#: share row's residue (a widget, an ad, a share line or other boilerplate a rule decided:
#: not a promo, which may be a newsletter box inside the story) and free short lines, are
#: one story: the free lines are its sub-heading or its video's caption.
BRIDGE_MAX_LINES = 4
_BRIDGED_KINDS = frozenset(("widget", "ad", "share", "other"))
#: ...each free line there has at least this many words (a one-word "اشتہار" or a player's
#: "0:00 / 2:18" is the widget's too), no date and no footnote's or list's mark.
BRIDGE_LINE_MIN_WORDS = 3


#: ...or at most this many when the second run opens with a connective ("ودعا المرصد ..."): it
#: goes on with the story, and the lines between are the story's list and its gallery (each
#: photo's caption under its counter "2 / 4").
BRIDGE_CONTINUED_MAX_LINES = 16


# A gallery's counter under a photo: "2 / 4", "٢/٤".
_GALLERY_COUNTER = re.compile(r"^[\d٠-٩۰-۹]{1,3}\s*/\s*[\d٠-٩۰-۹]{1,3}$")


#: A photo's credit under it, "© <photographer> / <outlet>": a copyright line of at most this
#: many words with no digit (a site's footer states its year, or its rights, "جميع الحقوق").
PHOTO_CREDIT_MAX_WORDS = 6


def _photo_credit(ln: Line) -> bool:
    """Is the line a photo's "© <name>" credit, which a story's body may hold between its
    paragraphs (see :data:`PHOTO_CREDIT_MAX_WORDS`)?"""
    return (
        ln.rule == "shape.copyright_sign"
        and ln.words <= PHOTO_CREDIT_MAX_WORDS
        and ln.text.lstrip()[:1] == "©"
        and not NUMBER_DIGITS.intersection(ln.text)
    )


def _bridged(ln: Line, continued: bool) -> bool:
    """May the line sit between two parts of one story (see :func:`_bridge_widgets`)?"""
    if ln.label is not None:
        if continued and ln.label == BOILERPLATE and ln.kind == "nav" and word_count(ln.text) == 0:
            return True  # a gallery's arrows ("‹›")
        if _photo_credit(ln):
            return True
        return ln.label == BOILERPLATE and ln.kind in _BRIDGED_KINDS and not ln.opens
    if ln.is_prose or ln.date is not None or ln.text[0] in "*•":
        return False
    words = word_count(ln.text)
    return words >= BRIDGE_LINE_MIN_WORDS or (continued and words == 0)


def _bridge_widgets(lines: Sequence[Line], runs: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """Join two body runs over a widget's residue inside the story (see
    :data:`BRIDGE_MAX_LINES`): "يتطلب تشغيل الفيديو تفعيل جافاسكريبت", "Error loading media";
    or over the story's list and gallery when the second run goes on with the story (see
    :data:`BRIDGE_CONTINUED_MAX_LINES`; a gallery's counters, "2 / 4", are its ``nav``)."""

    def join(ps: int, pe: int, s: int, e: int) -> bool:
        gap = lines[pe:s]
        continued = structure.continues_story(lines[s])
        if not (
            0 < len(gap) <= (BRIDGE_CONTINUED_MAX_LINES if continued else BRIDGE_MAX_LINES)
            and (continued or any((ln.label == BOILERPLATE and ln.kind in _BRIDGED_KINDS) or _photo_credit(ln) for ln in gap))
            and all(_bridged(ln, continued) for ln in gap)
        ):
            return False
        for ln in lines[ps:e]:
            if ln.label in (None, BODY) and _GALLERY_COUNTER.match(ln.text) is not None:
                ln.set(BOILERPLATE, "nav", "run.gallery_counter")
        for ln in gap:
            if ln.label is None and word_count(ln.text) == 0:
                ln.set(BOILERPLATE, "widget", "run.player_residue")  # a player's "0:00 / 2:18"
        return True

    return _merge_runs(runs, join)


#: The story's tool bar between its lede and the rest (share buttons, "A+ | A-", "ذخیره"),
#: one button a line: at most this many lines...
TOOL_BAR_MAX_LINES = 10
#: ...and a date line at most this many lines over the lede (the header: date, code, headline);
#: between the bar and the run, at most this many short free lines (a caption, a dateline).
LEDE_DATE_REACH = 4
CAPTION_OVER_RUN_MAX = 2


def _lede_over_tools(lines: Sequence[Line], runs: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """The story's lede over its tool bar, the bar over the rest of the story ("<date>",
    "<headline>", "<lede>", "اشتراک‌گذاری", "تلگرام", ..., "A+ | A-", "<caption>", "<story>"):
    the first run starts at the lede, when a headline-shaped free line is right over it and a
    date line a few lines over that."""
    if not runs:
        return runs
    s, e = runs[0]
    k = s - 1
    while k >= s - CAPTION_OVER_RUN_MAX and k >= 0 and lines[k].label is None and not lines[k].is_prose:
        k -= 1  # (the photo's caption, the dateline: over the run, under the bar)
    bottom, buttons = k, 0
    while k >= 0 and bottom - k < TOOL_BAR_MAX_LINES:
        ln = lines[k]
        if ln.label == BOILERPLATE and ln.kind == "share":
            buttons += 1
        elif not (ln.label is None and (font_size_buttons(ln.text) or (ln.words <= 1 and not ln.punct))):
            break  # (a one-word button the lexicon reads outside the body only: "ذخیره", "بله")
        k -= 1
    if buttons < 2 or k < 1:
        return runs  # (no bar of two share buttons or more)
    lede, head = lines[k], lines[k - 1]
    if not (lede.label is None and lede.is_prose and _ends_sentence(lede.text) and head.label is None and headline_shaped(head)):
        return runs
    if not any(lines[j].date is not None for j in range(max(0, k - 1 - LEDE_DATE_REACH), k - 1)):
        return runs
    for j in range(k + 1, s):
        ln = lines[j]
        if ln.label is not None:
            continue
        if j <= bottom:
            ln.set(BOILERPLATE, "share", "run.tool_bar")  # "A+ | A-", "ذخیره"
        elif rules.lone_dateline(ln.text):
            ln.set(METADATA, "dateline", "run.lone_dateline")  # "هرمزگان - ایسنا", over the story
    return [(k, e)] + runs[1:]


#: A facts card over the text: at least CARD_MIN_ROWS free "<label>: <value>" rows of at most
#: CARD_ROW_MAX_WORDS words (no date but a year), right over the first run, under a name of at
#: most CARD_NAME_MAX_WORDS words that the page's chrome tops (see :func:`_chrome_over_name`).
CARD_MIN_ROWS = 3
CARD_ROW_MAX_WORDS = 10
CARD_NAME_MAX_WORDS = 6
#: ...or a longer headline naming the trail's last item over it, each item of at most this
#: many words.
CRUMB_NAMED_ITEM_MAX_WORDS = 6
#: The text's first heading, of at most this many words, may sit between the card and the run.
CARD_HEADING_MAX_WORDS = 3


def _chrome_over_name(ln: Line) -> bool:
    """The page's chrome right over an item's name: a breadcrumb trail, a share button, a
    font-size bar (a menu's last item over a table's rows is no name's chrome: "المنتجات")."""
    if font_size_buttons(ln.text):
        return True
    return ln.label == BOILERPLATE and (ln.kind == "share" or not CRUMB_SIGNS.isdisjoint(ln.text))


def _crumb_names(crumb: Line, name: Line) -> bool:
    """Does the breadcrumb trail ``crumb`` end with an item (of two words or more) that the line
    ``name`` holds?"""
    items = structure.trail_items(crumb.text, CRUMB_NAMED_ITEM_MAX_WORDS)
    if items is None:
        return False
    last = key_bytes(items[-1])
    return last.count(b" ") >= 1 and last in name.key


def _card_row(ln: Line) -> bool:
    """A free "<label>: <value>" row of a facts card, dated at most by a year ("الحالة: مُنجز 2022")."""
    date = ln.date
    return (
        ln.label is None
        and (date is None or date.precision == "year")
        and ln.words <= CARD_ROW_MAX_WORDS
        and KEY_VALUE.match(ln.text) is not None
    )


def _card_over_run(lines: Sequence[Line], runs: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """An item's page ("الكنعد", "بيت الشامية"): its name, its facts card ("الاسم العلمي: ...",
    "مساحة الأرض: 750 م²"), then its text.  The card is the body's (the item's own facts) and
    the name is the title (rule ``zone.card_name``)."""
    if not runs:
        return runs
    s, e = runs[0]
    k = s - 1
    if k >= 1 and lines[k].label is None and lines[k].words <= CARD_HEADING_MAX_WORDS and not lines[k].punct and _card_row(lines[k - 1]):
        k -= 1  # (the text's first heading under the card: "الوصول")
    top = k
    while k >= 0 and _card_row(lines[k]):
        k -= 1
    if top - k < CARD_MIN_ROWS or k < 1:
        return runs
    name = lines[k]
    if not (
        name.label is None
        and name.date is None
        and ":" not in name.text
        and (
            (1 <= name.words <= CARD_NAME_MAX_WORDS and not name.punct and _chrome_over_name(lines[k - 1]))
            # (or a longer headline, its punctuation allowed, that names the trail's last item
            # over it: "... » حلم الشيخ" over "مسار «حلم الشيخ» – الجدار الكبير، مضيق تودغى"; the
            # trail is the chrome, however it was read)
            or (headline_shaped(name) and _crumb_names(lines[k - 1], name))
        )
    ):
        return runs
    name.set(METADATA, "title", "zone.card_name")
    return [(k + 1, e)] + runs[1:]


def _merge_runs(runs: List[Tuple[int, int]], join: Callable[[int, int, int, int], bool]) -> List[Tuple[int, int]]:
    """Each run joined to the one before it when ``join(ps, pe, s, e)`` (the earlier run's
    start and end, this run's start and end) says the lines between belong to the story; the
    predicate may label those lines."""
    if len(runs) < 2:
        return runs
    out = [runs[0]]
    for s, e in runs[1:]:
        ps, pe = out[-1]
        if join(ps, pe, s, e):
            out[-1] = (ps, e)
        else:
            out.append((s, e))
    return out


#: A schedule row of the story's own ("7:30 – 8:30 الاستقبال واللعب الحر"): a time range, then
#: the item.  A channel's or a news day's clock rows give one time a row.
_SCHEDULE_ROW = re.compile(r"^[\d٠-٩۰-۹]{1,2}[:٫][\d٠-٩۰-۹]{2}\s*[-–]\s*[\d٠-٩۰-۹]{1,2}[:٫][\d٠-٩۰-۹]{2}\s")
#: ...between two body runs, with at most this many other free lines around the rows, each a
#: short heading (the schedule's, the section's before it), a list item of the page's ("-
#: البراعم: من 4 إلى 6 سنوات") or a last row with one clock ("15:30 انصراف").
SCHEDULE_OTHERS_MAX = 8
SCHEDULE_HEADING_MAX_WORDS = 4
_CLOCK_FIRST = re.compile(r"^[\d٠-٩۰-۹]{1,2}[:٫][\d٠-٩۰-۹]{2}\s")


def _schedule_side_line(ln: Line) -> bool:
    """A heading, a list item or a one-clock row beside a schedule (see :data:`SCHEDULE_OTHERS_MAX`)."""
    return (
        (ln.words <= SCHEDULE_HEADING_MAX_WORDS and not ln.punct)
        or ln.text[:1] in BULLETS
        or (ln.words <= SCHEDULE_HEADING_MAX_WORDS and _CLOCK_FIRST.match(ln.text) is not None)
    )


def _bridge_schedules(lines: Sequence[Line], runs: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """Join two body runs over a schedule of time ranges between them (a nursery's day, a
    festival's programme: clock rows :func:`arclean.structure.clock_rows` decided on their
    own, every one a range): the story's table, body (rule ``run.schedule_rows``).  A TV
    channel's schedule page has no story around its rows."""

    def join(_ps: int, pe: int, s: int, _e: int) -> bool:
        gap = lines[pe:s]
        rows = [ln for ln in gap if ln.rule == "structure.clock_rows"]
        others = [ln for ln in gap if ln.rule != "structure.clock_rows"]
        if not (
            len(rows) >= structure.CLOCK_ROWS_MIN
            and all(_SCHEDULE_ROW.match(ln.text) is not None for ln in rows)
            and len(others) <= SCHEDULE_OTHERS_MAX
            and all(_free(ln) and _schedule_side_line(ln) for ln in others)
        ):
            return False
        for ln in rows:
            ln.set(BODY, "body", "run.schedule_rows")
        return True

    return _merge_runs(runs, join)


def extend_article_runs(lines: Sequence[Line], runs: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """Free lines that only the body touches are body too.

    In extracted articles (mostly prose) that is every free line next to the
    body.  Elsewhere it is the few free lines between the body and the very
    start or end of the text: nothing but the story is there, so they belong to
    it (this also keeps ``clean(clean(x)) == clean(x)``).
    """
    if not runs or lines[runs[0][0]].rule == "structure.verse":
        return runs  # (a poem's or a song's lines were found exactly)
    s, e = runs[0]
    while s > 0 and _free(lines[s - 1]) and lines[s - 1].text.endswith(CLAUSE_GOES_ON):
        s -= 1  # a clause ending in a comma goes on in the line under it ("إن المجلس البلدي،")
    runs[0] = (s, e)
    for i in range(1, len(runs)):
        s, e = runs[i]
        if s >= 2 and _inline_teaser(lines[s - 2]) and _story_heading(lines, lines[s - 1], s - 2, lines[s]):
            runs[i] = (s - 1, e)  # the story's next sub-heading, under a read-also link set inside it
        else:
            lead = _list_under_link(lines, s, runs[i - 1][1])
            if lead is not None:
                runs[i] = (lead, e)  # the story's lead-in and its list, under a read-also link set inside it
    for i, (s, e) in enumerate(runs):
        if e < len(lines) and _free(lines[e]) and structure.hard_wrapped(lines[s:e]):
            # a hard-wrapped story: its sentence goes on in the free lines under the run, and so
            # does its next paragraph, wrapped at the same width
            while e < len(lines) and _free(lines[e]) and (not _ends_sentence(lines[e - 1].text) or structure.wrapped_on(lines, s, e)):
                e += 1
            runs[i] = (s, e)
    prose = sum([ln.is_prose for ln in lines])
    if prose < ARTICLE_PROSE_SHARE * len(lines):
        s, e = runs[0]
        if 0 < s <= EDGE_MAX_LINES and all(_free(lines[k]) for k in range(s)):
            runs[0] = (0, e)
        s, e = runs[-1]
        n = len(lines)
        if 0 < n - e <= EDGE_MAX_LINES and all(_free(lines[k]) for k in range(e, n)):
            runs[-1] = (s, n)
        return runs
    out = []
    for s, e in runs:
        while s > 0 and _free(lines[s - 1]):
            s -= 1
        while e < len(lines) and _free(lines[e]):
            e += 1
        out.append((s, e))
    return out


# --- stage 6: outside lines ----------------------------------------------------------------------


def demote_stray_dates(
    lines: Sequence[Line], runs: Sequence[Tuple[int, int]], cluster: Optional[Tuple[int, int]]
) -> None:
    """A date-labelled line far from the story (a sidebar's "تاريخ النشر") is not the story's date."""
    near = [False] * len(lines)
    for s, e in runs:
        for k in range(max(0, s - DATE_NEAR_BODY_LINES), min(len(lines), e + DATE_NEAR_BODY_LINES)):
            near[k] = True
    if cluster is not None:
        for k in range(cluster[0], cluster[1] + 1):
            near[k] = True
        # (and the header's metadata rows right over it, a name's short pieces between: a
        # Notion export's "تاريخ النشر" over its tags, "Created" and "Last edited time" rows)
        k = cluster[0] - 1
        while k >= 0 and cluster[0] - k <= HEADER_ROWS_MAX_LINES and (
            lines[k].label == METADATA or (lines[k].label is None and lines[k].words <= HEADER_ROW_PIECE_MAX_WORDS)
        ):
            near[k] = True
            k -= 1
    for k, ln in enumerate(lines):
        if not near[k] and ln.label == METADATA and ln.kind in ("published", "updated"):
            ln.set(BOILERPLATE, "widget", "position.date_far_from_story")


#: The story's own date printed under it (an extract's last lines) has at most this many of
#: the story's metadata lines (its source, its writer) between it and the story's last line.
TAIL_DATE_MAX_META = 2


def _date_under_story(lines: Sequence[Line], end: int) -> None:
    """An extract that prints its date at the end ("<story>", "المصدر: <agency>", "12-07-2024 |
    10:15"): on a page with no publication date elsewhere, a free date line right under the
    story's last line, or under at most :data:`TAIL_DATE_MAX_META` of its metadata lines (a
    source, a byline, tags), is its date (rule ``tail.date_line``) when its label, if any, is a
    publication label, unless another date line follows it (a list of dated items starts there)."""
    k = end
    while k < len(lines) and k - end < TAIL_DATE_MAX_META and lines[k].label == METADATA and lines[k].kind in ("source", "author", "tags", "other"):
        k += 1
    date = lines[k].date if k < len(lines) else None
    if date is None or lines[k].label is not None:
        return
    if date.precision == "year":
        return  # (a year alone is no story's date: "سجّل طفلك للعام 2025/2026", a school year)
    if dates.date_label_role(lines[k].text[: lines[k].date_start]) not in (None, "published"):
        return  # (a table's "last updated", an event's date: not the story's)
    nxt = next((x for x in lines[k + 1 : k + 1 + LISTING_STAMP_GAP] if x.date is not None), None)
    if nxt is not None or any(ln.label == METADATA and ln.kind in ("published", "updated") for ln in lines):
        return
    lines[k].set(METADATA, "published", "tail.date_line")


def label_outside(lines: Sequence[Line], runs: Sequence[Tuple[int, int]], lexicon: Lexicon) -> None:
    """Every free line outside the body runs becomes boilerplate of a fitting kind."""
    inside = [False] * len(lines)
    for s, e in runs:
        for k in range(s, e):
            inside[k] = True
    first = runs[0][0] if runs else len(lines)
    block_kind = ""
    for k, ln in enumerate(lines):
        if inside[k]:
            block_kind = ""
            continue
        if ln.label is not None:
            if ln.opens:
                block_kind = ln.kind if ln.label == BOILERPLATE else ""
            elif ln.label == BOILERPLATE and ln.kind in ("nav", "footer"):
                block_kind = ""
            continue
        if k >= first and rules.time_only(ln.text):
            ln.set(METADATA, "published", "outside.time_of_story")
            continue
        entry = lexicon.match_outside(ln.key)
        if entry is not None:
            ln.set(entry.label, entry.kind, entry.rule)
        elif ln.date is not None:
            ln.set(BOILERPLATE, "related" if block_kind == "related" else "widget", "outside.date_line")
        elif block_kind:
            ln.set(BOILERPLATE, block_kind, "outside.in_block")
        else:
            kind = "related" if ln.words >= TEASER_MIN_WORDS else "nav"
            ln.set(BOILERPLATE, kind, "outside.before_body" if k < first else "outside.after_body")


# --- stage 7: in-line splits and duplicates -------------------------------------------------


#: A body line holding at least GLUED_MIN_PARTS of the last GLUED_REACH body lines (each at
#: least GLUED_MIN_RATIO times shorter), which make up at least GLUED_MIN_SHARE of it, is those
#: lines printed again glued on one line (rule ``repeat.contained``).
GLUED_MIN_PARTS = 2
GLUED_REACH = 6
GLUED_MIN_SHARE = 0.5


def _body_lines_before(lines: Sequence[Line], i: int) -> List[Line]:
    """The last :data:`GLUED_REACH` body lines above line ``i``."""
    out: List[Line] = []
    for k in range(i - 1, -1, -1):
        if lines[k].label == BODY:
            out.append(lines[k])
            if len(out) == GLUED_REACH:
                break
    return out


def _glued_copy(ln: Line, recent: Sequence[Line]) -> bool:
    """Does ``ln`` hold enough of the ``recent`` body lines to be their glued copy?"""
    size = ln.end - ln.start
    parts = [r for r in recent if GLUED_MIN_RATIO * (r.end - r.start) <= size and r.text in ln.text]
    return len(parts) >= GLUED_MIN_PARTS and sum(r.end - r.start for r in parts) >= GLUED_MIN_SHARE * size


def mark_duplicates(lines: Sequence[Line]) -> None:
    """A later copy of a body line is ``dup``, whether it fell inside the body or outside it;
    lines a rule labelled (a repeated promo, menu or header) keep their own kind.

    A body line lying inside the body line above it, at least :data:`GLUED_MIN_RATIO`
    times longer, is ``dup`` too (rule ``repeat.contained``): a post printed glued on
    one line, then again line by line (one substring search, at C speed, a line); so is
    a line that holds the body lines printed just before it (:func:`_glued_copy`), the
    same post printed line by line first.

    Short body lines (a dateline, a subheading) are too short to be compared,
    but one that sits inside a repeated copy of the story (its nearest
    paragraph-sized neighbours above and below are both ``dup``) belongs to
    that copy and is ``dup`` too.  Otherwise a page that repeats its story
    would keep those lines as body, cut off from the story once the copy is
    removed, and ``clean(clean(x))`` would drop them.  For the same reason,
    caption lines left as the only body once the copies are marked are no body
    (rule ``zone.caption_without_story``).
    """
    seen = set()
    titles = set()  # the title lines' keys: a copy of the title is dup however short it is
    found = False
    glued: Optional[Line] = None  # the body line a line-by-line copy would lie inside
    for i, ln in enumerate(lines):
        if ln.label != BODY:
            if ln.kind == "title":
                titles.add(ln.key)
                if ln.words >= DUP_MIN_WORDS and not ln.parts:
                    # the story printed again under its headline starts with the headline
                    seen.add(_dup_key(ln))
            elif seen and ln.words >= DUP_MIN_WORDS and not ln.parts and ln.rule.startswith("outside."):
                if _dup_key(ln) in seen:
                    ln.set(BOILERPLATE, "dup", "repeat.body_line")  # a body line printed again outside it
                    found = True
            continue
        if ln.rule == "structure.verse":
            continue  # (a song's refrain)
        if ln.text.endswith(")") and not ln.parts and ln.rule == "zone.caption" and _headline_again(lines, i):
            ln.set(BOILERPLATE, "dup", "repeat.body_line")  # the headline again as its photo's caption, credited
            found = True
            continue
        if ln.words < DUP_MIN_WORDS or ln.parts:
            if not ln.parts and ln.key in titles:
                # the headline printed again right under itself, or as a caption: left in
                # the body, it would open clean(x) and be read as the headline in its turn
                ln.set(BOILERPLATE, "dup", "repeat.body_line")
                found = True
            else:
                glued = None  # a short body line ends a copy
            continue
        k = _dup_key(ln)
        if k in seen:
            ln.set(BOILERPLATE, "dup", "repeat.body_line")
            found = True
        elif (
            glued is not None
            and glued.end - glued.start >= GLUED_MIN_RATIO * (ln.end - ln.start)
            and ln.text in glued.text
        ):
            # a post printed glued on one line, then again line by line
            ln.set(BOILERPLATE, "dup", "repeat.contained")
            found = True
        elif glued is not None and glued.text in ln.text and _glued_copy(ln, _body_lines_before(lines, i)):
            # ...or line by line first, then glued on one line (the body line before it is inside
            # it: a substring search first, the lines before are read only then)
            ln.set(BOILERPLATE, "dup", "repeat.contained")
            found = True
        else:
            seen.add(k)
            glued = ln
    if found:
        _mark_lines_inside_copies(lines)
        body = [ln for ln in lines if ln.label == BODY]
        if body and all(ln.rule == "zone.caption" for ln in body):
            # the story was a copy of the title or of another line: captions of nothing are
            # no body (and clean(x), a lone caption, would have none)
            for ln in body:
                ln.set(BOILERPLATE, "other", "zone.caption_without_story")


#: A credited caption is read against this many lines over it for the headline it repeats.
CAPTION_HEADLINE_REACH = 8


def _headline_again(lines: Sequence[Line], k: int) -> bool:
    """Is the caption on line ``k`` a line over it (the headline) with a credit in parentheses
    added ("<headline> (المسار)": the hero photo's caption)?"""
    text = lines[k].text
    i = text.rfind("(")
    if i <= 0:
        return False
    key = key_bytes(text[:i])
    return any(lines[j].key == key for j in range(max(0, k - CAPTION_HEADLINE_REACH), k))


def _dup_key(ln: Line) -> Union[bytes, str]:
    """What copies of a line share: its key, or its text when the key holds only its head."""
    return ln.key if ln.end - ln.start <= KEY_HEAD_CHARS else ln.text


def _is_dup(ln: Line) -> bool:
    return ln.label == BOILERPLATE and ln.kind == "dup"


def _mark_lines_inside_copies(lines: Sequence[Line]) -> None:
    """Short body lines between two ``dup`` paragraphs are part of the repeated copy; so
    are body lines that are not prose with only ``dup`` prose of the body below them (the
    copy's header: a section word, its headline, a byline, a dateline, between the story
    and its copy).  Left in the body, the latter would end the body of ``clean(x)``, where
    nothing follows them and the re-parse drops them."""
    n = len(lines)
    dup_above = [False] * n  # is the nearest paragraph-sized line above a dup?
    last = False
    for k, ln in enumerate(lines):
        dup_above[k] = last
        if ln.words >= DUP_MIN_WORDS:
            last = _is_dup(ln)
    last = False
    only_dups_below: Optional[bool] = None  # is all body prose below dup (None: none yet)?
    for k in range(n - 1, -1, -1):
        ln = lines[k]
        if ln.label == BODY and not ln.parts and (
            (ln.words < DUP_MIN_WORDS and last and dup_above[k]) or (only_dups_below and not ln.is_prose)
        ):
            ln.set(BOILERPLATE, "dup", "repeat.inside_copy")
        if ln.words >= DUP_MIN_WORDS:
            last = _is_dup(ln)
        if ln.is_prose and (ln.label == BODY or _is_dup(ln)):
            d = _is_dup(ln)
            only_dups_below = d if only_dups_below is None else (only_dups_below and d)


def _decide(lines: Sequence[Line], codes: bytearray, found: Sequence[int], kind: str, rule: str) -> None:
    """Label the lines a structure check found boilerplate of ``kind`` (those no earlier check
    decided), and mark them decided in the line-shape table the later checks read."""
    for k in found:
        if codes[k] != structure.DECIDED:
            lines[k].set(BOILERPLATE, kind, rule)
            codes[k] = structure.DECIDED


def _heads_something(nxt: Line) -> bool:
    """Could the line above ``nxt`` be a headline: of a summary (free prose) or of a date
    line (a linked headline over its date is a title, or a listed story's)?"""
    return (nxt.is_prose and nxt.label is None) or nxt.date is not None


def _loose_link(lines: Sequence[Line], k: int, headlines: bool) -> bool:
    """Is line ``k`` a free markdown line of links to label (see :func:`_drop_link_items`)?"""
    ln = lines[k]
    if ln.label is not None or ln.date is not None or not markdown_link_item(ln.text):
        return False  # (a linked date is the date line: "[<date>](<url>)")
    if headlines:
        return True
    return markdown_view(ln.text) is not None and (k + 1 == len(lines) or not _heads_something(lines[k + 1]))


def _drop_link_items(lines: Sequence[Line], runs: List[Tuple[int, int]], headlines: bool = True) -> List[Tuple[int, int]]:
    """Markdown lines that are only links (:func:`arclean.lines.markdown_link_item`) are a
    menu's entries or other stories' headlines, never the story's paragraphs: they are
    boilerplate (rule ``shape.link_item``) and leave the body ``runs``.  Read twice:
    before the body runs are scored, on the links that head nothing (no summary, no date
    under them: ``headlines=False``), and after the structure checks have paired the others
    with their summaries as teasers, on those left free inside the runs (a linked title
    over its date, above them, is the header zone's)."""
    # (after the structure checks, only the links inside the runs: the header zone reads
    # those above them, a linked title among them)
    where = [k for s, e in runs for k in range(s, e)] if headlines else range(len(lines))
    items = [k for k in where if _loose_link(lines, k, headlines)]
    for k in items:
        if markdown_view(lines[k].text) is None:
            kind = "other"  # an icon or an image: a link with no words
        else:
            kind = "related" if lines[k].words >= LINK_ITEM_HEADLINE_WORDS else "nav"
        lines[k].set(BOILERPLATE, kind, "shape.link_item")
    return structure.drop_lines_from_runs(runs, items) if items else runs


#: A body run of at most this many lines (a headline and its summary) right over a stamp of a
#: listing's chain (``shape.listing_stamp``) is one of the listing's cards.
CARD_MAX_LINES = 2


#: A rhymed poem on a page wins over body runs of at most this many prose lines.
VERSE_OVER_PROSE_MAX = 2


def _more_prose_than(lines: Sequence[Line], runs: Sequence[Tuple[int, int]], n: int) -> bool:
    """Do the runs hold more than ``n`` prose lines?  (Counts until it knows: most bodies
    answer at their first paragraphs.)"""
    found = 0
    for s, e in runs:
        for k in range(s, e):
            if lines[k].is_prose:
                found += 1
                if found > n:
                    return True
    return False


def check_structure(lines: Sequence[Line], runs: List[Tuple[int, int]], codes: bytearray) -> List[Tuple[int, int]]:
    """Page-shape checks on the runs (:mod:`arclean.structure`): teaser lists (and summaries
    over a listing's "read more" links) leave the body, a body with no sentence-sized line is
    no article, a one-sentence document is its own body."""
    if not runs:
        return structure.single_paragraph_run(lines) or _verse(lines, structure.verse_run(lines) or structure.verse_block(lines))
    if not _more_prose_than(lines, runs, VERSE_OVER_PROSE_MAX):
        # a body of a line or two of prose (a poet's bio) beside a rhymed poem: the poem's page
        verse = structure.verse_block(lines)
        if verse and not any(s <= verse[0][0] < e for s, e in runs):
            return _verse(lines, verse)
    teasers = structure.teaser_pair_lines(lines, codes)
    if teasers:
        for k in teasers:
            if lines[k].rule != "shape.listing_stamp":  # (an item's stamp keeps its own rule)
                lines[k].set(BOILERPLATE, "related", "structure.teaser_pairs")
        runs = structure.drop_lines_from_runs(runs, teasers)
        runs = structure.drop_list_leftovers(lines, runs, teasers)
    cards = [k for s, e in runs if e - s <= CARD_MAX_LINES and e < len(lines) and lines[e].rule == "shape.listing_stamp" for k in range(s, e)]
    if cards:
        # a headline and its summary right over a listing's stamp: one card of the listing
        for k in cards:
            lines[k].set(BOILERPLATE, "related", "structure.stamped_card")
        runs = structure.drop_lines_from_runs(runs, cards)
    teasers = structure.read_more_items(lines, runs)
    if teasers:
        for k in teasers:
            lines[k].set(BOILERPLATE, "related", "structure.read_more_items")
        runs = structure.drop_lines_from_runs(runs, teasers)
    if not structure.has_article(lines, runs):
        return _verse(lines, structure.verse_run(lines))  # (a poem's short lines hold no article-sized line)
    return runs


#: A section's name over a headline has at most this many words ("میراث فرهنگی").
SECTION_OVER_TITLE_MAX_WORDS = 3


#: A markdown title heading is at most this many words long, and shares at least this many
#: topic words with the body (a section's name, "أخبار المحافظات", may share one).
MARKDOWN_TITLE_MAX_WORDS = 30
MARKDOWN_TITLE_MIN_SHARED = 2


def _markdown_h1_title(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> None:
    """No title found, and the text is markdown with one level-one heading ("# <headline>",
    html2text's print of the page's ``<h1>``) above the body that names the story's subject
    (two topic words of the body: a site's or a section's name in ``<h1>`` names fewer): that
    heading is the title (rule ``markdown.h1_title``).  Not when the heading runs on into the
    next line (a hard-wrapped print: the line holds half the headline)."""
    if not runs or any(ln.kind == "title" for ln in lines):
        return
    heads = [k for k, ln in enumerate(lines) if ln.text.startswith("# ")]
    if len(heads) != 1:
        return
    k = heads[0]
    ln = lines[k]
    if not (k < runs[0][0] and ln.label != BODY and 2 <= ln.words <= MARKDOWN_TITLE_MAX_WORDS and ln.date is None):
        return
    if lines[k + 1].start - ln.end <= 1:
        return  # (no blank line under it: wrapped)
    body: Set[str] = set()
    for s, e in runs:
        for j in range(s, e):
            body |= structure.topic_words(lines[j].text)
    if len(structure.topic_words(ln.text) & body) >= MARKDOWN_TITLE_MIN_SHARED:
        ln.set(METADATA, "title", "markdown.h1_title")


def _verse(lines: Sequence[Line], runs: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """Label a poem's or a song's run body (rule ``structure.verse``): its refrain's lines come
    back by design, and :func:`mark_duplicates` leaves them.  A whole document's poem may
    open with its title set apart over the stanzas (rule ``structure.verse_title``)."""
    if runs and runs[0] == (0, len(lines)) and structure.verse_title(lines):
        lines[0].set(METADATA, "title", "structure.verse_title")
        runs = [(1, len(lines))] + runs[1:]
    for s, e in runs:
        for k in range(s, e):
            if lines[k].label is None or (lines[k].label == BOILERPLATE and lines[k].rule.startswith("lexicon.")):
                lines[k].set(BODY, "body", "structure.verse")  # (and a verse's line a link's words: "المزيد.")
    return runs


#: A home or section front page: below its first body run it names at least this many of the
#: site's sections one by one (a section word alone, no menu around it, heading the stories
#: under it), and its body is scraps: no run holds more than FRONT_PAGE_MAX_PROSE prose lines.
FRONT_PAGE_MIN_SECTIONS = 3
FRONT_PAGE_MAX_PROSE = 2


def _drop_side_columns(text: str, lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """The body runs without the lines printed beside another on the same line of the text
    (:data:`arclean.lines.COLUMN_GAP_SPACES`): the second column of a page's layout, a
    sidebar's prayer time or teaser next to the story's paragraph (rule
    ``layout.side_column``)."""
    side = [k for s, e in runs for k in range(max(s, 1), e) if "\n" not in text[lines[k - 1].end : lines[k].start]]
    if not side:
        return list(runs)
    for k in side:
        lines[k].set(BOILERPLATE, "widget", "layout.side_column")
    return structure.drop_lines_from_runs(runs, side)


def _headline_printed_twice(lines: Sequence[Line], run: Tuple[int, int]) -> bool:
    """Is the run one line printed twice in a row, not ending as a sentence, right over a date
    or a byline (a page's headline, once as its heading and once as its photo's alt text)?"""
    s, e = run
    if e - s != 2 or lines[s].key != lines[s + 1].key or _ends_sentence(lines[s].text):
        return False
    return any(lines[k].date is not None or (lines[k].label == METADATA and lines[k].kind == "author") for k in range(e, min(len(lines), e + 2)))


#: A page of at least this many lines whose whole body is one paragraph with no header over it
#: (no date, no byline near) holds no article: the paragraph is a channel's or a shop's blurb, a
#: featured listing's text (so is it on a shorter page of items with their time stamps).  A
#: one-paragraph story on a page sits under its headline and date.
LONE_PARAGRAPH_PAGE_LINES = 40
#: ...and so does a page of at least this many lines whose whole body is one sentence of at most
#: LONE_SENTENCE_MAX_WORDS words with no header over it: a price table's or a tool's note
#: ("الأسعار بالدرهم للتر الواحد، وتسري من 1 ديسمبر ..."), not a story.
LONE_SENTENCE_PAGE_LINES = 20
LONE_SENTENCE_MAX_WORDS = 20


#: A headline over its paragraph has at most this many words.
HEADLINE_OVER_MAX_WORDS = 20


def _headline_over(ln: Line) -> bool:
    """A headline-sized line that does not end as a sentence does (over its paragraph)."""
    return ln.words <= HEADLINE_OVER_MAX_WORDS and not _ends_sentence(ln.text)


#: ...nor does one whose body is at most this many such paragraphs, each on its own among the
#: page's chrome (at least LONE_PARAGRAPHS_MIN_GAP lines apart), none under a header: a
#: listing's intro, a card's description, the footer's "about us" text.
LONE_PARAGRAPHS_MAX_RUNS = 3
LONE_PARAGRAPHS_MIN_GAP = 4


def _one_paragraph(lines: Sequence[Line], run: Tuple[int, int]) -> bool:
    """One paragraph, perhaps under its own headline."""
    return run[1] - run[0] == 1 or (run[1] - run[0] == 2 and _headline_over(lines[run[0]]))


# The rules of a listing's item stamps: a short page holding them is a listing's.
_ITEM_STAMP_RULES = frozenset(("shape.listing_stamp", "shape.event_date"))


#: The page's breadcrumb sits at most this many lines above the first body run (its headline
#: and a line or two of the header between).
CRUMB_SITE_PAGE_REACH = 4
#: The kinds of the lexicon's phrase that ends a site page's breadcrumb: a footer link
#: ("اتصل بنا", "سياسة الخصوصية") or the newsletter's ("النشرة البريدية").
CRUMB_SITE_PAGE_KINDS = frozenset(("footer", "promo"))
#: ...a trail of at most this many items (home, perhaps a section, the page).
CRUMB_SITE_PAGE_MAX_ITEMS = 3


def _crumb_site_page(lines: Sequence[Line], runs: Sequence[Tuple[int, int]], lexicon: Lexicon) -> bool:
    """Does the page's breadcrumb, right above the first body run, end with a site page's
    name ("الرئيسية / النشرة البريدية", "الرئيسية › اتصل بنا")?  The text under it is that
    page's (a newsletter's pitch over its sign-up form), not an article; an "about us" page
    (:data:`arclean.structure.ABOUT_HEADINGS`) keeps its text."""
    s = runs[0][0]
    for k in range(max(0, s - CRUMB_SITE_PAGE_REACH), s):
        ln = lines[k]
        if ln.label != BOILERPLATE or ln.kind != "nav" or "|" in ln.text or _HOME_TRAIL.match(ln.text) is None:
            continue  # (a trail from the home page, not a menu: "الصفحة الرئيسية | ... | اتصل بنا")
        items = structure.crumb_items(ln.text)
        if not 2 <= len(items) <= CRUMB_SITE_PAGE_MAX_ITEMS:
            continue
        last = key_bytes(items[-1])
        e = lexicon.match(last, len(last.split()))
        if e is not None and e.label == BOILERPLATE and e.kind in CRUMB_SITE_PAGE_KINDS and last not in structure.ABOUT_HEADINGS:
            return True
    return False


#: A body of one run right under a line of two words or more that the page prints at least
#: FEED_MIN_REPEATS times, first among its top FEED_TOP_LINES lines and again over other texts
#: above and below the run (a channel's name over each of its posts, as a Telegram channel's
#: web preview prints them), is one post of a feed: no article.  (A forum's poster is named
#: over their own posts only, never at the top of the page.)
FEED_MIN_REPEATS = 5
FEED_TOP_LINES = 3
#: ...that line sits at most this many lines above the run.
FEED_HEAD_REACH = 2


def _feed_item(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> bool:
    if len(runs) != 1:
        return False
    s, e = runs[0]
    top = {ln.key for ln in lines[:FEED_TOP_LINES]}
    for k in range(max(0, s - FEED_HEAD_REACH), s):
        key = lines[k].key
        if lines[k].words >= 2 and key in top:  # (the cheap test first: most pages stop here)
            at = [j for j, ln in enumerate(lines) if ln.key == key]
            if len(at) >= FEED_MIN_REPEATS and at[-1] >= e:
                return True
    return False


def _lone_unanchored_paragraph(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> bool:
    """See :data:`LONE_PARAGRAPH_PAGE_LINES`."""
    if len(runs) == 1:
        return (
            _one_paragraph(lines, runs[0])
            # (on a page of items with their own time stamps, however short, it is one item's text)
            and (
                len(lines) >= LONE_PARAGRAPH_PAGE_LINES
                or (len(lines) >= LONE_SENTENCE_PAGE_LINES and lines[runs[0][1] - 1].words <= LONE_SENTENCE_MAX_WORDS)
                or any(ln.rule in _ITEM_STAMP_RULES for ln in lines)
                or structure.listing_page(lines)
            )
            and not _anchored(lines, runs[0][0])
        )
    return (
        len(runs) <= LONE_PARAGRAPHS_MAX_RUNS
        and len(lines) >= LONE_PARAGRAPH_PAGE_LINES
        and all(_one_paragraph(lines, r) for r in runs)
        and all(b[0] - a[1] >= LONE_PARAGRAPHS_MIN_GAP for a, b in zip(runs, runs[1:]))
        and not any(_anchored(lines, r[0]) for r in runs)
    )


#: A page of at least this many lines whose whole body is one paragraph with no header over it,
#: right under a promotion's line (a paywall's "هذا المحتوى متاح لأعضاء ..." or a sign-up's
#: call), holds no article: the paragraph is the promotion's pitch.
PROMO_TEXT_PAGE_MIN_LINES = 12


def _promo_pitch(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> bool:
    """See :data:`PROMO_TEXT_PAGE_MIN_LINES`."""
    if len(runs) != 1 or len(lines) < PROMO_TEXT_PAGE_MIN_LINES:
        return False
    s = runs[0][0]
    if s >= 2 and not lines[s - 1].is_prose and lines[s - 1].label in (None, METADATA) and lines[s - 1].kind in ("", "title"):
        s -= 1  # (a line between, read as a heading: "لديك اشتراك؟ تسجيل الدخول")
    above = lines[s - 1] if s >= 1 else None
    return (
        above is not None
        and above.label == BOILERPLATE
        and above.kind == "promo"
        and (_one_paragraph(lines, runs[0]) or _over_sign_up_button(lines, runs[0]))
        and not _anchored(lines, runs[0][0])
    )


#: A sign-up page's text (its pitch and the newsletters it offers, a name over a line each) has
#: at most this many lines, with the form's promotion button ("اشترك") within
#: PROMO_BUTTON_REACH lines under it; twice as many when a field's bare label
#: (data/form_fields.tsv: "البريد الإلكتروني") opens the form within FORM_REACH lines under it.
PROMO_FORM_MAX_LINES = 8
PROMO_BUTTON_REACH = 12


def _over_sign_up_button(lines: Sequence[Line], run: Tuple[int, int]) -> bool:
    """Is the run short and right over a form whose button is a promotion ("اشترك")?"""
    s, e = run
    if e - s > PROMO_FORM_MAX_LINES and (
        e - s > 2 * PROMO_FORM_MAX_LINES or not any(x.key in _FORM_FIELDS for x in lines[e : e + FORM_REACH])
    ):
        return False
    return any(x.label == BOILERPLATE and x.kind == "promo" and x.words <= 2 for x in lines[e : e + PROMO_BUTTON_REACH])


#: A page of at least this many lines whose whole body is one paragraph (perhaps under its
#: heading) opening with an instruction's word (data/ui_instructions.tsv: "أدخل", "اضغط",
#: "ملاحظة") and with no date or byline by it is a utility page (a form, a download list, a
#: timetable): the paragraph is its help text, no article.  A document that is the paragraph
#: alone, or little more, keeps it.
INSTRUCTION_PAGE_MIN_LINES = 12
_INSTRUCTION_WORDS = frozenset(key_bytes(r[0]) for r in data_rows("ui_instructions.tsv", ("word", "why")))


def _lone_instruction(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> bool:
    """(the paragraph may stand among the tool's fields, "تاريخ بداية العمل", "آخر راتب شهري
    (د.ك)": a body whose only prose line is the instruction)"""
    if len(runs) != 1 or len(lines) < INSTRUCTION_PAGE_MIN_LINES:
        return False
    s, e = runs[0]
    prose: Optional[Line] = lines[e - 1] if _one_paragraph(lines, runs[0]) else None
    if prose is None:
        # (a footnote under the fields, "* النتيجة تقديرية ...", is the tool's too; an article's
        # run is left at its second sentence)
        fields = 0  # short lines (the tool's fields) under the instruction
        note = False  # a footnote under the fields was passed
        for k in range(s, e):
            ln = lines[k]
            if _NUMBERED_ITEM.match(ln.text) is not None and ln.text.endswith(structure.QUESTION_ENDS):
                continue  # a form's numbered question ("3. ما مدى رضاك عن ...؟"): a field's label
            if prose is not None and (" | " in ln.text or ln.text.count(" – ") >= ROW_DASH_FIELDS_MIN - 1):
                # a table's row under the instruction ("شهران | السداسي، الروتا"; a download list's
                # "<subject> – <session> – (PDF، 1.1 م.ب) – تحميل"), its cells' commas aside
                fields += 1
                continue
            if (ln.is_prose or _ends_sentence(ln.text)) and not ln.text.startswith("*"):
                if prose is not None:
                    if note or fields < INSTRUCTION_FIELDS_MIN:
                        return False  # (an article's run is left at its second sentence)
                    note = True  # a footnote under the form's fields ("يمكن السداد لدى ..."), once
                    continue
                prose = ln
            elif prose is not None:
                fields += 1
        if prose is None:
            return False
    # (an event's date over the help line, "العرس: <date>" over a gift registry's "اختاروا
    # هدية ...", heads no story)
    return _instruction(prose) and not _anchored(lines, s, events=False)


#: A row of at least this many fields parted by spaced en dashes is a table's row under the
#: instruction, however its cells read.
ROW_DASH_FIELDS_MIN = 4
#: A second sentence under the instruction is the form's footnote when at least this many of
#: its short field lines stand between them ("رقم الاشتراك", "نوع الاشتراك", "منزلي", ...).
INSTRUCTION_FIELDS_MIN = 4


#: A short paragraph is an instruction when any of its sentences or clauses opens with an
#: instruction's word ("Votre session a expiré. يرجى إعادة تسجيل الدخول."); a longer one, by
#: its first word.
INSTRUCTION_SENTENCES_MAX_WORDS = 30
# A sentence's or a clause's end and the space after it ("سيتم نقلك تلقائياً ...، يرجى إبقاء
# هذه الصفحة مفتوحة.": the request after the comma).
_SENTENCE_BREAK = re.compile(r"[.!?؟۔،,]\s+")


def _instruction(ln: Line) -> bool:
    """Does the paragraph ``ln`` open with an instruction's word (:data:`_INSTRUCTION_WORDS`)?"""
    if ln.key.split(b" ", 1)[0] in _INSTRUCTION_WORDS:
        return True
    if ln.words > INSTRUCTION_SENTENCES_MAX_WORDS:
        return False
    return any(key_bytes(x.split(None, 1)[0]) in _INSTRUCTION_WORDS for x in _SENTENCE_BREAK.split(ln.text)[1:] if x.strip())


#: A body of table rows ("ACC 201 | مبادئ المحاسبة 1 | 1 | ن ر | 08:00 – 09:15"), at least
#: TABLE_PAGE_MIN_ROWS of them on the page and twice its other lines, with at most
#: TABLE_PAGE_MAX_PROSE sentences beside them (the table's key, a contact line) and no date or
#: byline over it, is a timetable's, a price list's or a results table's page: no article.
TABLE_PAGE_MIN_ROWS = 5
TABLE_PAGE_MAX_PROSE = 2
#: ...or one sentence for every TABLE_PAGE_PROSE_PER_ROWS rows of a longer table (a timetable's
#: rules, a tariff's notes), up to TABLE_PAGE_MAX_PROSE * TABLE_PAGE_PROSE_PER_ROWS of them.
TABLE_PAGE_PROSE_PER_ROWS = 3
#: A row holds at least this many cell separators " | ".
TABLE_ROW_MIN_BARS = 3


def _table_row(text: str) -> bool:
    """A table's row: cells parted by " | ", or by runs of two spaces or more as a dumper
    lays a table out ("12:40  AT200  نيويورك  T2  أقلعت 12:58"), or a row ending in its
    figures as one laid out with single spaces (:data:`arclean.header.FIGURES_END`)."""
    return (
        text.count(" | ") >= TABLE_ROW_MIN_BARS
        or ("  " in text and len(_CELL_GAP.findall(text)) >= TABLE_ROW_MIN_BARS)
        or (text[-1] in NUMBER_DIGITS and FIGURES_END.search(text) is not None)  # "هامور بركاء 3.200 3.900"
    )


def _maybe_row(text: str) -> bool:
    """The cheap look before :func:`_table_row`: a bar, two spaces or a last digit (substring
    tests at C speed; most lines hold none)."""
    return " | " in text or "  " in text or text[-1] in NUMBER_DIGITS


#: The gap between two cells of a row laid out with spaces.
_CELL_GAP = re.compile(r"\S {2,}(?=\S)")


def _table_only(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> bool:
    """(the rows are counted on the page: a rule may have taken them out of the runs already)"""
    most = TABLE_PAGE_MAX_PROSE * TABLE_PAGE_PROSE_PER_ROWS  # (no table allows more sentences)
    other = prose = 0
    for s, e in runs:
        for k in range(s, e):
            ln = lines[k]
            if not _maybe_row(ln.text) or not _table_row(ln.text):
                other += 1
                if ln.is_prose:
                    prose += 1
                    if prose > most:
                        return False  # (a story's page leaves at its seventh sentence, its lines unread)
    rows = sum(1 for ln in lines if _maybe_row(ln.text) and _table_row(ln.text))
    if prose > max(TABLE_PAGE_MAX_PROSE, rows // TABLE_PAGE_PROSE_PER_ROWS):
        return False
    return rows >= TABLE_PAGE_MIN_ROWS and rows >= 2 * other and not _anchored(lines, runs[0][0])


#: A body of questions and nothing else but short unpunctuated lines (their sections'
#: headings, "عرض الكل (14)"), on a page with at least this many questions free or read as
#: listed headlines, is an index of questions (a help centre's, a FAQ's contents) with no
#: answer under any: no article.  A Q&A holds its answers.
QUESTIONS_INDEX_MIN = 3
#: ...its other lines have at most this many words.
QUESTIONS_INDEX_HEADING_WORDS = 6


def _questions_only(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> bool:
    """(the questions are counted on the whole page once the body is found to hold nothing
    else: its other sections' questions may lie outside the runs)"""
    for s, e in runs:
        for k in range(s, e):
            ln = lines[k]
            if not ln.text.endswith(structure.QUESTION_ENDS) and (ln.punct or ln.words > QUESTIONS_INDEX_HEADING_WORDS):
                return False
    return sum(1 for ln in lines if (ln.label is None or ln.kind == "related") and ln.text.endswith(structure.QUESTION_ENDS)) >= QUESTIONS_INDEX_MIN


#: A listing's count heading ("الجفاف (412 مقالا)") this close over the first run makes the run
#: the listing's description (a tag page's blurb), not a story.
TOPIC_COUNT_REACH = 2


#: A page found to be a listing (:func:`arclean.structure.listing_page`: headlines with their
#: stamps, teaser pairs) whose body is left with at most LISTING_LEFTOVER_MAX_LINES lines, at
#: most one of them sentence-sized, and no date or byline over them is the listing: the lines
#: left are its blurbs (a writer's bio, a ticker line).  A short story of two paragraphs among
#: teasers keeps its body.
LISTING_LEFTOVER_MAX_LINES = 3


def _listing_leftover(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> bool:
    left = [lines[k] for s, e in runs for k in range(s, e)]
    if len(left) > LISTING_LEFTOVER_MAX_LINES or sum(ln.is_prose for ln in left) > 1:
        return False
    # (the lead item of a section front: headline, byline and date over one paragraph and its
    # "read more" link, the list below: its header does not make it a story)
    lead = len(runs) == 1 and structure.read_more_under(lines, runs[0][1])
    listing = structure.listing_page(lines)
    # (on a listing, an item's relative stamp over the text anchors no story)
    if _anchored(lines, runs[0][0], relative=not listing) and not lead:
        return False
    if listing:
        return True
    # (a lead item with its "read more" link over a chain of listing stamps: the items below
    # are the listing's, however the page printed their headlines; or over date lines the
    # page's HTML marked as links' text, which no stamp rule reads)
    if not lead:
        return False
    if sum(1 for ln in lines if ln.rule == "shape.listing_stamp") >= LISTING_STAMPS:
        return True
    below = lines[runs[0][1] :]
    return sum(1 for ln in below if ln.rule == "hint.links" and ln.words <= DATE_LINE_MAX_WORDS and YEAR.search(ln.text) is not None) >= LISTING_STAMPS


#: A weather page: at least this many weather rows (a temperature with its degree sign on a
#: line of at most WEATHER_ROW_MAX_WORDS words: "42°", "الخميس 40° / 25°", "بغداد | 27° | 14°
#: | صحو"; or any row of a "|" table whose header names a temperature or sea column,
#: data/weather_columns.tsv: "المدينة | الحالة | الصغرى | العظمى") around a body of at most
#: WEATHER_PAGE_MAX_BODY_LINES other lines or half as many as the rows (the bulletin's summary
#: over the cities' or ports' rows, an alert under them), or whose text never holds two
#: paragraphs in a row (a farmers' bulletin: one advice line under each city's rows); a story
#: on a heat wave beside a site's weather box has fewer rows, or more paragraphs.
WEATHER_PAGE_MIN_ROWS = 8
WEATHER_PAGE_MAX_BODY_LINES = 3
WEATHER_ROW_MAX_WORDS = 10
_WEATHER_COLUMNS = tuple(key_bytes(r[0]) for r in data_rows("weather_columns.tsv", ("column", "why")))
# One scan of a line's key for a column name, before its cells are folded one by one.
_WEATHER_COLUMN_IN_KEY = re.compile(b"(?:^| )" + trie_regex(_WEATHER_COLUMNS))


def _weather_table_rows(lines: Sequence[Line]) -> Set[int]:
    """The lines of "|" tables whose header row names a temperature column, header and all."""
    out: Set[int] = set()
    for k, ln in enumerate(lines):
        if "|" not in ln.text or k in out or _WEATHER_COLUMN_IN_KEY.search(ln.key) is None:
            continue
        cells = [key_bytes(c) for c in ln.text.split("|")]
        if not any(c.startswith(_WEATHER_COLUMNS) for c in cells):
            continue
        width = ln.text.count("|")
        j = k
        while j < len(lines) and lines[j].text.count("|") == width:
            out.add(j)
            j += 1
    return out


def _weather_page(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> bool:
    """Is the page a weather page of cities (see :data:`WEATHER_PAGE_MIN_ROWS`)?"""
    row_set = {k for k, ln in enumerate(lines) if "°" in ln.text and ln.words <= WEATHER_ROW_MAX_WORDS and rules.TEMPERATURE.search(ln.text)}
    row_set |= _weather_table_rows(lines)
    if len(row_set) < WEATHER_PAGE_MIN_ROWS:
        return False
    if sum(1 for s, e in runs for k in range(s, e) if k not in row_set) <= max(WEATHER_PAGE_MAX_BODY_LINES, len(row_set) // 2):
        return True
    return not any(lines[k].is_prose and lines[k + 1].is_prose for s, e in runs for k in range(s, e - 1))


#: An account form's page: its body one run of at most FORM_RUN_MAX_LINES lines holding a
#: field's bare label (data/form_fields.tsv: "اسم المستخدم", "كلمة المرور"), with another
#: field or the form's account text (policy lines) within FORM_REACH lines under it: the
#: sign-up's or login's help text, no article.
FORM_RUN_MAX_LINES = 6
FORM_REACH = 4
_FORM_FIELDS = frozenset(key_bytes(r[0]) for r in data_rows("form_fields.tsv", ("field", "why")))


def _account_form(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> bool:
    """Is the page an account form (see :data:`FORM_RUN_MAX_LINES`)?"""
    if len(runs) != 1 or runs[0][1] - runs[0][0] > FORM_RUN_MAX_LINES:
        return False
    s, e = runs[0]
    if not any(lines[k].key in _FORM_FIELDS for k in range(s, e)):
        return False
    return any(x.key in _FORM_FIELDS or x.rule.startswith("policy.") for x in lines[e : e + FORM_REACH])


#: A page with at least FORM_MARK_LINES_MIN lines opening with a check box or a radio button
#: ("☐ أوافق على ...", "◯ انقطاع المياه") over its body, a body of at most
#: FORM_PAGE_MAX_BODY_LINES lines with no date or byline over it, is a form (a complaint, a
#: booking, a survey): its text is the form's consent, help and notes, no article.  A story
#: quoting a poll's options has its header and paragraphs.
FORM_MARK_LINES_MIN = 4
FORM_PAGE_MAX_BODY_LINES = 8


def _form_marks_page(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> bool:
    """See :data:`FORM_MARK_LINES_MIN` and :data:`REQUIRED_FIELDS_MIN`."""
    if _required_fields(lines, runs) >= REQUIRED_FIELDS_MIN and not _anchored(lines, runs[0][0]):
        return True
    if sum(e - s for s, e in runs) > FORM_PAGE_MAX_BODY_LINES:
        return False
    marked = [k for k, ln in enumerate(lines) if ln.text[0] in FORM_MARKS]
    return len(marked) >= FORM_MARK_LINES_MIN and marked[0] < runs[0][0] and not _anchored(lines, runs[0][0])


#: A body holding at least REQUIRED_FIELDS_MIN field labels marked as required ("الاسم الكامل *",
#: "تاريخ الميلاد *": a short line ending in a spaced asterisk), with no date or byline over it,
#: is a form's (a registration, a complaint): no article, whatever help text it holds.
REQUIRED_FIELDS_MIN = 3
REQUIRED_FIELD_MAX_WORDS = 8


def _required_fields(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> int:
    """How many body lines are required fields' labels (see :data:`REQUIRED_FIELDS_MIN`)?"""
    return sum(
        1
        for s, e in runs
        for k in range(s, e)
        if lines[k].text.endswith(" *") and lines[k].words <= REQUIRED_FIELD_MAX_WORDS
    )


#: A body of match results and nothing else (at least RESULTS_MIN_SCORES score rows, "النجم
#: الساحلي 2 - 2 الاتحاد المنستيري (الملعب الأولمبي)", the rest scorer lines with their minutes,
#: "الأهداف: <name> 12'، <name> 80'", or lines of figures, a table's standings) is a round's
#: results page: no article, its date a matchday's.  A match report has sentences between.
RESULTS_MIN_SCORES = 3
#: ...a line of figures holds at least this many numbers.
FIGURES_LINE_MIN_NUMBERS = 4
_SCORE_ROW = re.compile(r"^[^\d\n]+?\s[0-9٠-٩]{1,2}\s?[-–]\s?[0-9٠-٩]{1,2}\s[^\d\n]+$")
_MINUTE_MARK = re.compile(r"[0-9٠-٩]{1,3}(?:\+[0-9٠-٩])?['’]")
_NUMBER = re.compile(r"[0-9٠-٩]+")


def _results_only(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> bool:
    """See :data:`RESULTS_MIN_SCORES`."""
    for s, e in runs:
        for k in range(s, e):
            t = lines[k].text
            if not (
                _MINUTE_MARK.search(t) is not None
                or len(_NUMBER.findall(t)) >= FIGURES_LINE_MIN_NUMBERS
                or not lines[k].is_prose
            ):
                return False  # (a sentence: a match report's)
    # (the score rows are counted on the page: the first may sit over the run, read as its header)
    return sum(1 for ln in lines if _SCORE_ROW.match(ln.text) is not None) >= RESULTS_MIN_SCORES


def _under_topic_count(lines: Sequence[Line], runs: Sequence[Tuple[int, int]]) -> bool:
    s = runs[0][0]
    return any(lines[k].rule == "shape.topic_count" for k in range(max(0, s - TOPIC_COUNT_REACH), s))


def _sectioned_front_page(lines: Sequence[Line], runs: Sequence[Tuple[int, int]], lexicon: Lexicon) -> bool:
    """Is the page a front page of sections (see :data:`FRONT_PAGE_MIN_SECTIONS`)?  A story's
    page may show sections' headlines under it too, but its story is a run of paragraphs."""
    if any(sum(1 for k in range(s, e) if lines[k].is_prose) > FRONT_PAGE_MAX_PROSE for s, e in runs):
        return False
    outside = lexicon.outside
    sections = 0
    for k in range(runs[0][0] + 1, len(lines) - 1):
        ln = lines[k]
        if ln.words <= 3 and ln.label is None and ln.key in outside:
            if lines[k - 1].key not in outside and lines[k + 1].key not in outside:
                sections += 1
    return sections >= FRONT_PAGE_MIN_SECTIONS


def segment_lines(
    text: str,
    lexicon: Lexicon,
    find_date: Optional[DateFinder] = None,
    hints: Optional[Sequence[Optional[str]]] = None,
    weights: BodyWeights = DEFAULT_WEIGHTS,
) -> List[Line]:
    """Run every stage over ``text`` and return its labelled lines (``weights``: the body
    score's, see :class:`arclean.linemodel.BodyWeights`)."""
    lines, block = read_lines(text)
    if not lines:
        return lines
    apply_hints(text, lines, hints)
    starts: List[int] = []  # the lines' starts, shared by the page-wide sign scans
    apply_line_rules(text, lines, block, lexicon, starts)
    apply_policy_terms(lines, block)
    digits = block.translate(_DIGITS_ONLY)
    with_year = _lines_with_year_digits(digits)
    attach_dates(lines, block, find_date, with_year)
    drop_dateless_date_rules(lines, find_date)
    listing_date_bars(lines, block, with_year, _lines_ending_in_digits(digits))
    apply_header_values(lines)
    label_bylines_by_dates(lines, with_year)
    apply_blocks(lines)
    codes = structure.line_codes(lines)
    _decide(lines, codes, structure.comment_items(lines, codes), "comments", "structure.comment_items")
    _decide(lines, codes, structure.headline_residue(lines, codes), "dup", "repeat.headline_words")
    _decide(lines, codes, structure.page_number_contents(lines, codes), "other", "structure.page_number_contents")
    _decide(lines, codes, structure.dated_headlines(lines, codes, with_year), "related", "structure.dated_headlines")
    _decide(lines, codes, structure.quote_headlines(text, lines, codes, starts), "related", "structure.quote_headlines")
    _decide(lines, codes, structure.stamped_headlines(lines, codes), "related", "structure.stamped_headlines")
    _decide(lines, codes, structure.clock_headed_items(lines, codes), "related", "structure.clock_headed_items")
    # (a schedule's rows of time ranges are a timetable, no other stories: a widget's kind,
    # which does not part a story from its next paragraphs; see _bridge_schedules)
    clocked = structure.clock_rows(lines, block)
    ranges = {k for k in clocked if _SCHEDULE_ROW.match(lines[k].text) is not None}
    _decide(lines, codes, [k for k in clocked if k not in ranges], "related", "structure.clock_rows")
    _decide(lines, codes, sorted(ranges), "widget", "structure.clock_rows")
    _decide(lines, codes, structure.ticker_lines(lines, codes, block), "related", "structure.ticker_lines")
    _decide(lines, codes, structure.poll_rows(text, lines, codes, starts), "widget", "structure.poll_rows")
    markdown = "]" in text and "](" in text  # (one character first: memchr speed)
    if markdown:
        _drop_link_items(lines, [], headlines=False)
    joined = structure.blank_breaks(text, lines)  # (None for most texts: no blank-line blocks)
    runs = find_body_runs(lines, weights, joined)
    runs = check_structure(lines, runs, codes)
    if len(runs) > 1 and _headline_printed_twice(lines, runs[0]):
        runs = runs[1:]  # (the page's headline, printed twice over its date: the header reads it)
    if structure.lone_ticker_run(lines, runs):
        lines[runs[0][0]].set(BOILERPLATE, "related", "structure.lone_ticker")
        runs = runs[1:]  # (a ticker's one item over the menu: "عاجل <headline>")
    if runs and (
        _sectioned_front_page(lines, runs, lexicon)
        or structure.one_of_dated_items(lines, runs)
        or structure.site_page(lines, runs, block)
        or _crumb_site_page(lines, runs, lexicon)
        or _lone_unanchored_paragraph(lines, runs)
        or _promo_pitch(lines, runs)
        or _lone_instruction(lines, runs)
        or _table_only(lines, runs)
        or _questions_only(lines, runs)
        or _under_topic_count(lines, runs)
        or _listing_leftover(lines, runs)
        or media.media_page(lines, runs)
        or _weather_page(lines, runs)
        or _feed_item(lines, runs)
        or _account_form(lines, runs)
        or _form_marks_page(lines, runs)
        or _results_only(lines, runs)
    ):
        runs = []  # (a front page of sections; one short text among many like it, each dated; a contact page)
    if runs and spam.sales_page(lines, block) is not None:
        runs = _no_article(lines, runs, "spam.sales_page")  # a machine-made sales post ("أفضل 7 ... بواسطة admin")
    if markdown:
        runs = _drop_link_items(lines, runs)
    runs = extend_article_runs(lines, runs)
    runs = _teaser_story_heads(lines, runs)
    runs = structure.glue_blocks(lines, runs, joined)
    runs = structure.trim_run_tails(lines, runs)
    runs = structure.colon_list(lines, runs)
    tabled = structure.numbered_rows_after(lines, structure.table_rows_after(lines, runs))
    if tabled != runs:
        runs = structure.colon_list(lines, tabled)  # (a labelled list under the table: "المميزات:")
    runs = structure.contents_headings(lines, runs)
    runs = structure.list_sections(lines, runs)
    runs = structure.trailing_caption(lines, runs)
    structure.gallery_captions(lines, runs)
    structure.inner_captions(lines, runs)
    _captions_over_links(lines, runs)
    runs = _bridge_widgets(lines, runs)
    runs = _lede_over_tools(lines, runs)
    runs = _card_over_run(lines, runs)
    runs = _bridge_schedules(lines, runs)
    if runs and COLUMN_GAP in text:
        runs = _drop_side_columns(text, lines, runs)
    tail = structure.trailing_headlines(lines, runs)
    if tail:
        for k in tail:
            lines[k].set(BOILERPLATE, "related", "structure.trailing_headlines")
        runs = runs[:-1] + [(runs[-1][0], tail[0])]
        if _lone_instruction(lines, runs):
            runs = []  # (the headlines were an index's links: "اختر الموضوع ثم اضغط على السؤال ..." over them)
    if _writer_profile(lines, runs):
        runs = _no_article(lines, runs, "structure.writer_profile")
    for s, e in runs:
        for k in range(s, e):
            ln = lines[k]
            if ln.label is None:
                ln.label, ln.kind, ln.rule = BODY, "body", "body.run"  # (Line.set, inlined: every body line)
    if runs:
        f = runs[0][0]
        if f + 1 < runs[0][1] and rules.lone_dateline(lines[f].text):
            lines[f].set(METADATA, "dateline", "run.lone_dateline")
            f += 1
        # one short text among many like it, each under its own date (an events calendar, an
        # archive): the date over it is an item's, not a story's; no header is read
        cluster = label_header_zone(lines, f, lexicon)  # (a dated item's page has no runs: see above)
        if cluster is not None and find_date is not None:
            for k in range(cluster[0], cluster[1] + 1):  # "كتب: <name> - 12 آذار 2024"
                if lines[k].label == METADATA and lines[k].kind == "author" and YEAR.search(lines[k].text):
                    split_byline_date(lines[k], find_date)
        # the first line left in the body (a caption may sit above the run): a headline there
        # is the title, or the subtitle under a title already found
        # (a copy of the title among the captions is passed over: mark_duplicates takes it
        # out with the title, so the real first line opens clean(x))
        captions = [k for k in range(f) if lines[k].label == BODY]
        if captions:
            titles = {ln.key: k for k, ln in enumerate(lines[:f]) if ln.kind == "title"}
            captions = [k for k in captions if titles.get(lines[k].key, k) >= k]
        b = captions[0] if captions else f
        # a labelled byline opening the body under its header (as a caption or the run's first
        # line: "✔ تمت المراجعة الطبية بواسطة: د. <name>، <role>"): the writer, not the story
        # (over a body line of a few words at least, which clean(x) keeps under it too: over a
        # lone "القاهرة -" the line would be read otherwise once its header is gone)
        nxt = next((k for k in range(b + 1, runs[0][1]) if lines[k].label in (None, BODY)), None) if ":" in lines[b].text else None
        if nxt is not None and lines[nxt].words >= BYLINE_OVER_MIN_WORDS and names.labelled_name(lines[b].text):
            lines[b].set(METADATA, "author", "zone.labelled_byline")
            split_label_value(lines[b], "split.byline_label")
            if b == f:
                f += 1
            b = next((k for k in range(b + 1, f) if lines[k].label == BODY), f)
        has_title = any(ln.kind == "title" for ln in lines[:b])
        if not has_title and b < f and lines[b].words <= SECTION_OVER_TITLE_MAX_WORDS and any(
            ln.kind == "title" for ln in lines[b + 1 : f]
        ):
            # a short line between the date and the headline printed under it ("میراث فرهنگی"
            # over "داربست‌های کتیبه ..."): the story's section, not a first-line headline
            lines[b].set(METADATA, "category", "zone.section_above_title")
            b = next((k for k in range(b + 1, f) if lines[k].label == BODY), f)
            has_title = True
        if not has_title and f - 1 <= b <= f and b + 2 < len(lines) and _section_word_over(lines, b):
            # one word over the headline opening the body ("لبنان", "محليات"), or just over it
            # and read as a caption over the run: its section
            lines[b].set(METADATA, "category", "zone.section_above_title")
            b = f = b + 1
        if label_first_line_headline(lines, b, has_title) and b == f:
            f += 1
        demote_stray_dates(lines, runs, cluster)
        label_agency_credits(lines)
        d = f
        while d + 1 < runs[0][1] and structure.credited_caption(lines[d]):
            d += 1  # (the story's photo and its credited caption over the lede: the dateline opens the lede)
        first = lines[d]
        if first.label == BODY:
            split_first_body_line(first, lexicon, find_date)
    bio = structure.author_bio(lines, runs)
    if bio is not None:
        lines[bio].set(BOILERPLATE, "other", "structure.author_bio")
        runs = runs[:-1] + [(runs[-1][0], bio)] if bio > runs[-1][0] else runs[:-1]
    signed = structure.signature_after_body(lines, runs)
    if signed is not None:
        lines[signed].set(METADATA, "author", "tail.signature")
    for k in structure.tag_cloud(lines, runs):
        lines[k].set(METADATA, "tags", "structure.tag_cloud")
    if runs:
        _date_under_story(lines, runs[-1][1])
    label_outside(lines, runs, lexicon)
    _markdown_h1_title(lines, runs)
    for ln in lines:  # (both split one line on its own: one pass)
        if ln.kind == "title":
            split_title_suffix(ln, lines)
        if ln.entry is not None:
            split_link_headline(ln)
    mark_duplicates(lines)
    signed = structure.signature_line(lines, runs)
    if signed is not None:
        lines[signed].set(METADATA, "author", "tail.signature")
    return lines

