"""The article header and in-line splits: title, dates, byline, category, dateline.

These stages run once the body runs are known (see :mod:`arclean.segment`):

* the metadata *cluster* (date lines, bylines) nearest above the first body
  line; the headline right above it is the title, a short section label above
  that is the category, and free lines inside it are photo captions (body);
* date lines split into place, date, agency and "updated" halves;
* the first body line split into a date label, a byline and a dateline;
* agency credits after the story and "رابط الخبر ...: <headline>" credits.
"""
from __future__ import annotations

import re
import unicodedata
from typing import FrozenSet, List, Optional, Sequence, Set, Tuple

from . import dates, names, rules, structure
from .fold import key_bytes
from .lexicon import DEFAULT_LEXICON, Entry, Lexicon, data_rows, trie_regex
from .lines import BULLETS, CLOCK_IN, DIGIT, NUMBER_DIGITS, DateFinder, Line, Part, two_years, word_count
from .metadata import is_agency, is_place
from .model import BODY, BOILERPLATE, METADATA

__all__ = [
    "label_header_zone",
    "label_first_line_headline",
    "split_title_suffix",
    "split_date_line",
    "split_byline_date",
    "split_first_body_line",
    "label_agency_credits",
    "split_link_headline",
    "split_label_value",
    "publish_label",
]

#: Free (undecided) lines the header search may pass on its way up; more means page chrome.
HEADER_MAX_FREE_GAP = 4
#: How far above the body (in lines) the article header may sit (menus, TOCs in between).
HEADER_SEARCH_LINES = 80
#: Short free lines between the header and the story (a match card: the score, the scorers,
#: "انتهت المباراة"; a fact box) may be this many when each has at most CARD_LINE_MAX_WORDS
#: words and no "label: value" colon, and the header's date line is labelled ("نُشر: ...").
HEADER_MAX_CARD_GAP = 10
#: Free one-word lines between a date line and the story: a share bar's buttons ("ف", "ت",
#: "A+") are this many at most; more are a menu's sections, and the date above them is the
#: site's "today" bar.
HEADER_MAX_ONE_WORD_LINES = 6
CARD_LINE_MAX_WORDS = 6
#: A headline printed under the header's date (no title over it) has at least this many words
#: (a section word or two there is the story's category).
HEADLINE_UNDER_MIN_WORDS = 4
#: A free line counts as a caption when a header line is this close above it.
CAPTION_GAP = 2
#: At most this many free lines between the header and the story are read as photo captions
#: (more is page chrome); keep it below segment.EDGE_MAX_LINES so clean() stays idempotent.
MAX_CAPTIONS = 2
#: A photo caption is this short.
CAPTION_MAX_WORDS = 16
#: Titles are headline-sized.
TITLE_MIN_WORDS = 2
TITLE_MAX_WORDS = 40
#: Matching key of credits that carry the story's headline after a colon ("رابط الخبر ...: <headline>").
LINK_CREDIT_KEY = "رابط"
#: A bare byline (a name) has at most this many words.
BYLINE_MAX_WORDS = 3
#: At most this many lines (section word, dateline, byline) sit between a headline and its date.
MAX_LINES_UNDER_TITLE = 3
#: A headline on a document's first line has at most this many words.
FIRST_LINE_TITLE_MAX_WORDS = 20
#: A first line that is a person's bare name of at most this many words is no headline.
NAME_TITLE_MAX_WORDS = 4
#: A site-name suffix after " - " or " | " has at most this many words...
SITE_SUFFIX_MAX_WORDS = structure.SITE_SUFFIX_MAX_WORDS
#: ...and leaves a headline of at least this many words.
SUFFIX_HEADLINE_MIN_WORDS = 3
#: Menu items are this short (one bound for the whole engine).
MENU_ITEM_MAX_WORDS = rules.MENU_ITEM_MAX_WORDS
#: Category labels right above a title are this short.
CATEGORY_MAX_WORDS = 4
#: An agency name after a date is this short ("واس").
SOURCE_MAX_WORDS = 2
#: A date label's date must start within this many characters of the line.
HEAD_DATE_CHARS = 120
#: The speaker of a "<speaker>: <statement>" headline has at most this many words.
SPEAKER_MAX_WORDS = 6
#: A date line carries at most this many words besides the date (weekday, "تم نشره", a place).
DATE_LINE_MAX_OTHER_WORDS = 4


# A citation's page range at the end of a line: "Pages 471-484", "ص 164-185", "pp. 12-30".
_PAGE_RANGE_END = re.compile(r"(?:pages?|pp?\.|ص|صفحات|الصفحات)\s*[\d٠-٩]+\s*[-–]\s*[\d٠-٩]+\.?$", re.I)


# A counter of items or pages: "1 إلى 6 من 6", "1 - 10 من 2,341 إعلان", "2 من 9" (never a title).
_RANGE_COUNTER = re.compile(r"[0-9٠-٩]+\s*(?:(?:إلى|الى|-|–)\s*[0-9٠-٩]+\s*)?من\s*[0-9٠-٩][0-9٠-٩,]*(?:\s+[^\W\d_]+)?\s*$")


def _load_section_labels() -> FrozenSet[bytes]:
    return frozenset(key_bytes(r[0]) for r in data_rows("section_labels.tsv", ("label", "why")))


#: Folded keys of the section headings of ``data/section_labels.tsv`` ("وصف العقار",
#: "السؤال"): never a title (loaded once at import).
SECTION_LABELS: FrozenSet[bytes] = _load_section_labels()


# A label and a number (an item's code on the site, a counter): "فتویٰ نمبر : 144605100618",
# "رقم الخبر: 5521", "عدد المشاركين: 6,412".
_LABELLED_NUMBER = re.compile(r"^[^\d:：]{1,40}[:：]\s*\d[\d/\-,٬]*$")
# A tab's or a section's label with its count: "التقييمات (27)", "التعليقات (3)".
_COUNT_END = re.compile(r"\(\s*[0-9٠-٩۰-۹]+\s*\)$")
#: Such a label has at most this many words.
COUNTED_LABEL_MAX_WORDS = 3


# The article "ال" opening a key (a given name never carries it).
_AL = key_bytes("ال")
# A list's separator: a comma (Arabic or Latin) and the spaces around it.
_LIST_COMMA = re.compile(r"\s*[,،]\s*")
#: A tags line printed bare has at least this many items, each of at most TAG_ITEM_MAX_WORDS words.
TAG_LIST_MIN_ITEMS = 3
TAG_ITEM_MAX_WORDS = 2


def _tag_list(text: str) -> bool:
    """A bare list of short tags parted by commas ("شهب, تصوير-فلكي, رحلات-رصد"): no headline."""
    if "," not in text and "،" not in text:
        return False
    items = _LIST_COMMA.split(text.strip(" ,،"))
    # (each item holds a letter: "3,250,000 ج.م" is a price)
    return len(items) >= TAG_LIST_MIN_ITEMS and all(1 <= len(x.split()) <= TAG_ITEM_MAX_WORDS and _LETTER.search(x) is not None for x in items)


def _key_points_over(lines: Sequence[Line], t: int) -> List[int]:
    """The lines of a box of key points ending at line ``t`` (two or more free bulleted
    sentences of :data:`KEY_POINT_MIN_WORDS` to :data:`KEY_POINT_MAX_WORDS` words, no date among
    them) right under a headline-like line, or none."""
    k = t
    while k >= 1 and _key_point(lines[k]):
        k -= 1
    if t - k < 2 or not _headline_like(lines[k]):
        return []
    return list(range(k + 1, t + 1))


def _key_point(ln: Line) -> bool:
    return (
        ln.label is None
        and ln.date is None
        and ln.text.startswith(BULLETS)
        and ln.text[1:2].isspace()
        and KEY_POINT_MIN_WORDS <= ln.words <= KEY_POINT_MAX_WORDS
    )


def _headline_like(ln: Line) -> bool:
    free = ln.label is None or (ln.label == BOILERPLATE and ln.rule.startswith("block."))
    return free and headline_shaped(ln)


def headline_shaped(ln: Line) -> bool:
    """The shape of a headline, whatever rule decided the line (see :func:`_headline_like`)."""
    return (
        ln.date is None
        and TITLE_MIN_WORDS <= ln.words <= TITLE_MAX_WORDS
        and not ln.text.endswith((".", "。"))
        # a list's item ("- تمويل يصل إلى ..."): a key point (not markdown's bold "**<headline>**")
        and not (ln.text.startswith(BULLETS) and ln.text[1:2].isspace())
        # a journal or book citation (volume, issue, pages) is no headline
        and not (ln.text[-1].isdigit() and _PAGE_RANGE_END.search(ln.text) is not None)
        and ln.key not in SECTION_LABELS  # "وصف العقار" heads a part of the page
        and _RANGE_COUNTER.search(ln.text) is None  # "النتائج 1 إلى 6 من 6", "صفحة 2 من 9"
        and not (ln.words <= COUNTED_LABEL_MAX_WORDS and ln.text.endswith(")") and _COUNT_END.search(ln.text) is not None)  # "التقييمات (27)"
        and not (ln.text[-1:].isdigit() and _LABELLED_NUMBER.match(ln.text) is not None)  # "فتویٰ نمبر : 144605100618"
        and "   " not in ln.text.strip()  # cells or tabs spaced out: "الوصف   الشحن والتوصيل   التقييمات (86)"
        and not spaced_buttons(ln.text)  # buttons parted by two spaces: "شارك  𝕏  واتساب  تيليجرام"
        and not structure.list_labelled(ln.text)  # a list's label and its items: "المقادير: كيلو لحم، ..."
        and ln.text[0] not in AFFILIATION_MARKS  # an author's affiliation: "² مركز أبحاث النخيل، بغداد"
        and ln.text[0] not in FORM_MARKS  # a form's check box or radio button: "☐ اجعل تبرّعي شهرياً"
        and not relative_bar(ln.text)  # a bar of relative times: "منذ يوم • آخر تحديث: منذ 21 ساعة"
        and not _fields_bar(ln.text)  # a card's facts: "كوميديا سوداء • 85 دقيقة • +12"
        and not ("|" in ln.text and rules.facts_row(ln.text))  # a news page's codes: "سرویس: اقتصادی | شناسه خبر: 213564"
        and not _short_trail(ln.text)  # a trail with no home item: "الخدمات / الطقس"
        and not _dates_bar(ln.text)  # "الأحد 19 يناير 2025 | 19 رجب 1446 آخر تحديث: ... 04:12 م"
        and not share_row(ln)  # a share row printed on one line: "واتساب إكس فيسبوك نسخ الرابط"
        and not _tag_list(ln.text)  # a forum topic's bare tags: "شهب, تصوير-فلكي, رحلات-رصد"
        and _DIMENSIONS.search(ln.text) is None  # a work's size: "120 × 90 سم"
        and not ln.text.startswith("![")  # a markdown image: its alt text is no headline
        and not _counts_row(ln.text)  # a table's row of counts: "1,204 | 9,881 | بكالوريا 2019 ..."
        and not (ln.text[0] in NUMBER_DIGITS and _TICKER_CLOCK.match(ln.text) is not None)  # "۰۹:۳۰ | <headline>"
        and not (ln.words <= STAMP_MAX_WORDS and _CLOCK_END.search(ln.text) is not None)  # "اليوم, 10:41 AM"
        and not (ln.text[-1] in NUMBER_DIGITS and FIGURES_END.search(ln.text) is not None)  # "كنعد السيب 2.800 3.400"
        and not _doubled(ln.key)  # a link's words printed twice: "اقرأ أيضا اقرأ أيضا"
        and not (ln.text.endswith("خاص") and rules.lone_dateline(ln.text))  # an exclusive's credit: "المكلا برس - خاص"
    )


def _doubled(key: bytes) -> bool:
    """Is the line the same words twice ("اقرأ أيضا اقرأ أيضا": a link's text and its title
    attribute dumped together), no headline?"""
    half, rest = divmod(len(key), 2)
    return rest == 1 and key[half : half + 1] == b" " and key[:half] == key[half + 1 :]


#: A table's row ending in its figures: two numbers, one with a decimal point ("هامور بركاء
#: 3.200 3.900", "دولار أمريكي 46.95 47.05"), three numbers ("الطماطم 12 15 18"), or two cells
#: of figures parted by bars ("الريال السعودي | 425 | 428"): a price list's row or a results
#: table's, no headline.
FIGURES_END = re.compile(
    r"""(?:\s[0-9٠-٩۰-۹]+[.,٫][0-9٠-٩۰-۹]+\s+[0-9٠-٩۰-۹]+(?:[.,٫][0-9٠-٩۰-۹]+)?   # two figures, the first decimal
        |\s[0-9٠-٩۰-۹]+\s+[0-9٠-٩۰-۹]+[.,٫][0-9٠-٩۰-۹]+                        # two figures, the second decimal
        |\s[0-9٠-٩۰-۹]+(?:[.,٫][0-9٠-٩۰-۹]+)?(?:\s+[0-9٠-٩۰-۹]+(?:[.,٫][0-9٠-٩۰-۹]+)?){2}   # three figures
        |\s\|\s*[0-9٠-٩۰-۹]+(?:[.,٫][0-9٠-٩۰-۹]+)?\s*\|\s*[0-9٠-٩۰-۹]+(?:[.,٫][0-9٠-٩۰-۹]+)?   # two figure cells: "اليورو | 620 | 628"
        )$""",
    re.X,
)


# A ticker's item: a clock, then a bar or a dash before its headline ("۰۹:۳۰ | نخستین محموله ...").
_TICKER_CLOCK = re.compile(r"[\d٠-٩۰-۹]{1,2}[:٫][\d٠-٩۰-۹]{2}\s*[|\-–]\s")
# A line ending on a clock ("اليوم, 10:41 AM", "أمس 23:05"): a stamp...
_CLOCK_END = re.compile(r"(?:^|\s)[\d٠-٩۰-۹]{1,2}[:٫][\d٠-٩۰-۹]{2}(?:\s*(?:AM|PM|am|pm|ص|م))?$")
#: ...when it has at most this many words.
STAMP_MAX_WORDS = 3


# A field of a row that is a bare number ("1,204", "٩٨٨").
_NUMBER_FIELD = re.compile(r"[0-9٠-٩۰-۹][0-9٠-٩۰-۹,.٬]*")


def _counts_row(text: str) -> bool:
    """A row of fields parted by bars, two of them bare numbers (a forum's or a table's counts)."""
    if " | " not in text:
        return False
    return sum(1 for f in text.split(" | ") if _NUMBER_FIELD.fullmatch(f.strip())) >= 2


# Two numbers across a times sign: a size ("120 × 90 سم", "30x40").
_DIMENSIONS = re.compile(r"[0-9٠-٩۰-۹]\s*[×xX]\s*[0-9٠-٩۰-۹]")


#: The keys of the share and tool buttons the lexicon knows ("واتساب", "فيسبوك", "أرسل لصديق",
#: "حجم الخط"), as one pattern over a line's key (whole words).
_SHARE_BUTTONS = re.compile(
    rb"(?<![^ ])("
    + trie_regex(e.bkey for e in DEFAULT_LEXICON.entries if e.kind == "share" and e.label == BOILERPLATE and e.bkey)
    + rb")(?![^ ])"
)
#: A share row printed on one line holds at least this many of them...
SHARE_ROW_MIN_BUTTONS = 3


def share_row(ln: Line) -> bool:
    """...and their words make up half its words or more ("واتساب إكس فيسبوك نسخ الرابط",
    a toolbar "طباعة أرسل لصديق تعليقات (3) حجم الخط : + -")."""
    if ln.words < SHARE_ROW_MIN_BUTTONS:
        return False
    found = _SHARE_BUTTONS.findall(ln.key)
    return len(found) >= SHARE_ROW_MIN_BUTTONS and 2 * sum(x.count(b" ") + 1 for x in found) >= len(ln.key.split(b" "))




def _dates_bar(text: str) -> bool:
    """Two years and a clock on one line: a header's date fields glued together (a dumper
    printed the published and updated dates on one line), no headline."""
    return two_years(text) and CLOCK_IN.search(text) is not None


#: A trail's items that no headline is: each at most this many words ("الخدمات / الطقس").
SHORT_TRAIL_ITEM_WORDS = 2


def _short_trail(text: str) -> bool:
    return structure.short_trail(text, SHORT_TRAIL_ITEM_WORDS)


def _fields_bar(text: str) -> bool:
    """Three fields or more parted by a bar's dots ("•", "·"): a card's or a header's facts."""
    return ("•" in text or "·" in text) and len(_DOT_FIELDS.findall(text)) >= 2


# A dot parting two fields of a bar.
_DOT_FIELDS = re.compile(r"\s[•·]\s")


#: A bar of short fields has at least this many fields of at most SHORT_FIELD_MAX_WORDS words.
SHORT_FIELDS_MIN = 3
SHORT_FIELD_MAX_WORDS = 3


def _short_fields(text: str) -> bool:
    """Fields parted by bars, three or more, each of a few words and no digit: a page's
    sections or a lesson's subject, grade and term, not a headline."""
    if " | " not in text:
        return False
    fields = text.split(" | ")
    return len(fields) >= SHORT_FIELDS_MIN and all(
        0 < len(f.split()) <= SHORT_FIELD_MAX_WORDS and DIGIT.search(f) is None for f in fields
    )


# The separators of a meta bar's fields.
_BAR_SEPARATOR = re.compile(r"\s[•·|]\s")


def relative_bar(text: str) -> bool:
    """Does a bar of fields ("<field> • <field>") open with a relative time ("منذ يوم")?"""
    m = _BAR_SEPARATOR.search(text) if ("•" in text or "·" in text or "|" in text) else None
    return m is not None and rules.relative_time(text[: m.start()].strip())


#: Marks opening a paper's affiliation line under its authors' names ("¹ قسم البستنة ..."), and
#: marking each name on the authors' line ("حيدر كاظم¹ ، سعاد الموسوي²", at most
#: MARKED_AUTHORS_MAX_WORDS words).
MARKED_AUTHORS_MAX_WORDS = 24
AFFILIATION_MARKS = frozenset("¹²³⁴⁵⁶⁷⁸⁹†‡")  # (not "*": markdown's bold "**<name>**")
# A form's check boxes and radio buttons, printed before their labels.
FORM_MARKS = frozenset("☐☑☒□■◻◼○◯◉◎")


#: Between a swallowed header's date and the story, at most this many of the block's lines
#: (a font-size toolbar, the photo's caption) are passed over.
RECLAIM_SKIP_LINES = 2


def _undated_block_line(ln: Line) -> bool:
    """A short line a block took in that holds no date (a toolbar, a caption)."""
    return ln.date is None and ln.label == BOILERPLATE and ln.rule.startswith("block.") and not ln.is_prose


def _reclaim_header_from_block(lines: Sequence[Line], first: int) -> bool:
    """A story with no header of its own right under a read-also or ticker block whose
    last line is a date: that date, and the headline and byline over it, are the story's
    header, which the block swallowed ("آخر الأخبار" ... headline, byline, date, story)."""
    d = first - 1
    # (a toolbar or the photo's caption may sit between the date and the story: passed over,
    # they stay the block's)
    while d > first - 1 - RECLAIM_SKIP_LINES and d >= 1 and _undated_block_line(lines[d]):
        d -= 1
    if d < 1 or lines[d].date is None or not (lines[d].label == BOILERPLATE and lines[d].rule.startswith("block.")):
        return False
    lines[d].clear()
    for k in range(d - 1, max(0, d - 1 - MAX_LINES_UNDER_TITLE - 1), -1):
        ln = lines[k]
        if not (ln.label == BOILERPLATE and ln.rule.startswith("block.")) or ln.date is not None:
            break
        ln.clear()
    return True


def _header_over_block(
    lines: Sequence[Line], found: Optional[Tuple[int, int]], first: int
) -> Optional[Tuple[Tuple[int, int], int]]:
    """A read-also or most-read block between the story's header (headline and date) and
    its byline or lede: the dated cluster right above the block's header line is the
    story's header.  Returns it and the block's header line (where the story's top ends),
    or None.  Not when the cluster under the block holds a date of its own."""
    if found is not None and any(lines[k].date is not None for k in range(found[0], found[1] + 1)):
        return None
    j = (found[0] if found is not None else first) - 1
    end = j
    while j >= 0 and lines[j].label == BOILERPLATE and lines[j].rule.startswith("block."):
        j -= 1
    if j == end or j < 1 or not (lines[j].opens and lines[j].kind == "related"):
        return None
    upper = _find_cluster(lines, j)
    if upper is None or not any(lines[k].date is not None for k in range(upper[0], upper[1] + 1)):
        return None
    return upper, j


#: A share or download button has at most this many words.
BUTTON_MAX_WORDS = 8


# Any letter: a toolbar's residue or a list's bare bullet has none ("- +", "*").
_LETTER = re.compile(r"[^\W\d_]")


def _button(ln: Line) -> bool:
    """A share or download button the lexicon decided ("تحميل التقرير كاملا (PDF)"), a rating
    widget's stars, a toolbar with font-size buttons, or a row of buttons or tabs spaced out
    (:func:`spaced_buttons`)."""
    if ln.label == BOILERPLATE and ln.kind in ("share", "widget") and ln.words <= BUTTON_MAX_WORDS:
        return ln.entry is not None or ln.rule == "shape.rating"
    if ln.words <= TOOLBAR_MAX_WORDS and _FONT_SIZE_BUTTON.search(ln.text) is not None and ln.label in (None, BOILERPLATE):
        return True  # a toolbar with font-size buttons ("أ+ أ أ- طباعة أرسل لصديق")
    return ln.label is None and spaced_buttons(ln.text)


#: A toolbar's line (font-size buttons, print, send) has at most this many words.
TOOLBAR_MAX_WORDS = 10
#: A wire's name alone in the header has at most this many words ("یو این آئی").
AGENCY_CREDIT_MAX_WORDS = 4
# A toolbar's font-size button: "أ+", "A-", "أ−" (a letter, then a plus or a minus sign).
_FONT_SIZE_BUTTON = re.compile(r"(?:^|\s)[أاAa][+\-−](?=\s|$)")
# A line of font-size buttons alone: "A+ | A-", "أ+ أ-", "A- A A+".
_FONT_SIZE_BAR = re.compile(r"^(?:[أاAa][+\-−]?\s*[|/]?\s*){2,3}$")


def font_size_buttons(text: str) -> bool:
    """Is the line a bar of font-size buttons alone ("A+ | A-")?"""
    return _FONT_SIZE_BAR.match(text.strip()) is not None and _FONT_SIZE_BUTTON.search(text) is not None


#: A toolbar's or a tab row's item has at most this many words.
SPACED_BUTTON_MAX_WORDS = 4
#: ...and a row parted by two spaces only has at least this many items ("المزايا  الأسعار  المدونة").
SPACED_BUTTONS_MIN_ITEMS = 3
# Runs of three spaces or more (or of two) between a row's items.
_WIDE_GAP = re.compile(r" {3,}")
_DOUBLE_GAP = re.compile(r" {2,}")


def spaced_buttons(text: str) -> bool:
    """A row of buttons or tabs a dumper printed spaced out on one line ("اطبع الوصفة   احفظ
    شارك", "الوصف   الشحن والتوصيل   التقييمات (86)", "شارك  𝕏  واتساب  تيليجرام"): two
    items or more, each short, parted by three spaces or more; or three or more parted by two."""
    if "  " not in text:
        return False
    t = text.strip()
    items = _WIDE_GAP.split(t) if "   " in t else []
    if len(items) < 2:
        items = _DOUBLE_GAP.split(t)
        if len(items) < SPACED_BUTTONS_MIN_ITEMS:
            return False
    return all(len(x.split()) <= SPACED_BUTTON_MAX_WORDS for x in items)


def _between_headline_and_date(ln: Line, labelled: bool, author_below: bool = False) -> bool:
    """Is ``ln`` (above the date cluster, under a longer headline) a byline, a dateline or
    a section word rather than the headline itself?  ``labelled``: the caller's
    :func:`arclean.names.labelled_name` of the line; ``author_below``: is a byline already
    read under it (then "<topic>: <half>، <half>" is the headline, no "<name>، <role>")?"""
    free = ln.label is None or (ln.label == BOILERPLATE and ln.rule.startswith("block."))
    if not free or ln.date is not None:
        return False
    return (
        (ln.words <= BYLINE_MAX_WORDS and not ln.punct)
        or rules.byline_shape(ln.text)
        or rules.lone_dateline(ln.text)  # "إب - منبر اليمن - خاص"
        or _short_fields(ln.text)  # "العلوم والحياة | الصف الرابع | الفصل الأول"
        or _ABBREVIATED_NAME.match(ln.text) is not None  # "م. خالد العمري"
        or labelled  # "حوار: منى عبد العزيز"
        or (_name_and_role(ln.text) and not (author_below and ":" in ln.text))  # "محمدرضا کاظمی، روزنامه‌نگار"
        or _name_then_role(ln)  # "هالة المسماري مراسلة «نوافذ ليبيا» في بنغازي"
        or _name_in_first_field(ln)  # "فيصل العنزي · مهندس أول في فريق البنية التحتية"
        or names.name_line(ln)  # "عبد الله ولد سيدي محمد"
        or _place_then_name(ln.text) is not None  # "القاهرة: منى عبد الفتاح"
        or _label_inside(ln)  # "علي حسين الدليمي بواسطة علي حسين الدليمي" (an avatar's name glued)
        or _dashed_byline(ln.text)  # "الكرك - المشهد - حسين المعايطة"
    )


#: A byline of fields parted by dashes ("<place> - <outlet> - <name>") has at most this many
#: fields, each of at most DASHED_FIELD_MAX_WORDS words.
DASHED_FIELDS_MAX = 3
DASHED_FIELD_MAX_WORDS = 3
_SPACED_DASH = re.compile(r"\s[-–—]\s")


#: The site's name is looked for among the page's first this many lines (its logo's text).
SITE_NAME_LINES = 3
#: A dateline's place before its colon has at most this many words.
OUTLET_PLACE_MAX_WORDS = 2


def _place_colon_outlet(lines: Sequence[Line], ln: Line) -> bool:
    """Is ``ln`` a place, a colon and the site's own name, as the page's first lines print it
    ("كادقلي: أم درمان الحرة" under "أم درمان الحرة" at the top): the story's dateline, no
    headline ("غزة: <statement>" names no site)."""
    place, _, outlet = ln.text.partition(":")
    if not outlet.strip() or not 1 <= len(place.split()) <= OUTLET_PLACE_MAX_WORDS or DIGIT.search(ln.text) is not None:
        return False
    key = key_bytes(outlet.strip())
    return any(x.key == key for x in lines[:SITE_NAME_LINES] if x is not ln)


#: Job titles opening a writer's role line (data/job_titles.tsv), folded.
JOB_TITLES: FrozenSet[bytes] = frozenset(key_bytes(r[0]) for r in data_rows("job_titles.tsv", ("word", "why")))
#: A role line has at most this many words.
ROLE_LINE_MAX_WORDS = 6


def _role_under_name(lines: Sequence[Line], t: int) -> bool:
    """Is line ``t`` a writer's role ("مديرة العمليات في بارد", a job title of
    ``data/job_titles.tsv`` first) right under a bare personal name: the byline's second
    line, no headline?"""
    ln = lines[t]
    return (
        ln.label is None
        and ln.words <= ROLE_LINE_MAX_WORDS
        and not ln.punct
        and ln.key.split(b" ", 1)[0] in JOB_TITLES
        and t >= 1
        and lines[t - 1].label is None
        and lines[t - 1].words <= BYLINE_MAX_WORDS
        and names.name_line(lines[t - 1])
    )


def _dashed_byline(text: str) -> bool:
    """Three short fields of words parted by spaced dashes, the last a person's name opening
    with a given name ("الكرك - المشهد - حسين المعايطة", "عمان - الرأي - رنا الحياري"): a
    place, an outlet and the reporter under a headline, not the headline."""
    fields = _SPACED_DASH.split(text)
    return (
        len(fields) == DASHED_FIELDS_MAX
        and all(1 <= len(f.split()) <= DASHED_FIELD_MAX_WORDS for f in fields)
        and DIGIT.search(text) is None
        and names.opens_with_given_name(fields[-1])
    )


# "by" and "by the pen of" inside a byline line, after the writer's avatar name a dumper glued
# before them ("كتب" is left out: it is also "books").
_INNER_BYLINE_LABELS = frozenset((key_bytes("بواسطة"), key_bytes("بقلم")))
#: Such a line has at most this many words.
INNER_BYLINE_MAX_WORDS = 10


def _label_inside(ln: Line) -> bool:
    """Does "بواسطة" or "بقلم" stand inside the line, after a word at least, with a name of two
    to four words and nothing else after it?"""
    if ln.words > INNER_BYLINE_MAX_WORDS or ln.punct:
        return False
    words = ln.key.split(b" ")
    at = next((i for i, w in enumerate(words) if i > 0 and w in _INNER_BYLINE_LABELS), None)
    return at is not None and 2 <= len(words) - at - 1 <= 4 and DIGIT.search(ln.text) is None


# A reporter's role right after a name of two to five words, perhaps after a dash:
# "هالة المسماري مراسلة «نوافذ ليبيا» في بنغازي", "سالم الكثيري محرر الشؤون المحلية",
# "محمد الأمين ولد سيدي أحمد - مراسل <outlet> في لعيون".
_NAME_THEN_ROLE = re.compile(r"^\S+(?:\s\S+){1,4}\s(?:[-–—]\s)?(?:مراسل|مراسلة|محرر|محررة|مندوب|مندوبة|المراسل|المحرر)(?:\s|$)")
#: Such a byline has at most this many words (a dash counted as one).
NAME_ROLE_MAX_WORDS = 12


def _name_then_role(ln: Line) -> bool:
    return ln.words <= NAME_ROLE_MAX_WORDS and not ln.punct and _NAME_THEN_ROLE.match(ln.text) is not None


def _name_in_first_field(ln: Line) -> bool:
    """A line of fields whose first field is a personal name of two or three words opening
    with a given name (``data/given_names.tsv``): "فيصل العنزي · مهندس أول في فريق ...",
    a byline with its role, not a headline."""
    if ln.words > NAME_ROLE_MAX_WORDS or ln.punct:
        return False
    m = names.BYLINE_FIELD_SEP.search(ln.text)
    if m is None:
        return False
    name = ln.text[: m.start()].split()
    return 2 <= len(name) <= BYLINE_MAX_WORDS and all(w.isalpha() for w in name) and key_bytes(name[0]) in names.GIVEN_NAMES


#: A "<name>، <role>" byline has at most this many words on each side of its comma (Pashto
#: spends one on "د": "د پېښور غږ خبریال، پېښور", "<outlet>'s reporter, <place>").
NAME_ROLE_SIDE_MAX_WORDS = 4


def _name_and_role(text: str) -> bool:
    """A short "<name>، <role>" or "<place>، <country>" line (one comma, a few words on each
    side, no sentence end): under a longer headline, a byline or a dateline, not the headline."""
    name, comma, role = text.replace(",", "،").partition("،")
    return (
        bool(comma)
        and "،" not in role
        and 1 <= len(name.split()) <= NAME_ROLE_SIDE_MAX_WORDS
        and 1 <= len(role.split()) <= NAME_ROLE_SIDE_MAX_WORDS
        and not text.endswith((".", "!", "؟", "?", "۔"))
    )


# A section name: Arabic-script words only (a line with Latin words, "الرئيسية featured", is a
# menu's leftovers, not the story's section).
_SECTION_NAME = re.compile(r"^[\u0600-\u06FF\s]+$")


# A date written in numbers alone that the date reader leaves unread (a 13xx/14xx year with
# no calendar marker: lunar or solar?; a day and month that could be swapped), with a time
# or a weekday: "۱۴۰۳/۰۹/۱۵ - ۱۰:۳۰", "الثلاثاء 03/12/2024".  It is still the header's date line.
_D = "[0-9٠-٩۰-۹]"
_NUMERIC_DATE_LINE = re.compile(
    rf"^(?:[^\W\d_]+\s*[،,]?\s*)?{_D}{{1,4}}([/.\-]){_D}{{1,2}}\1{_D}{{1,4}}"
    rf"(?:\s*[-–|،,]?\s*(?:[^\W\d_]+\s*)?{_D}{{1,2}}[:٫]{_D}{{2}}(?:\s*[^\W\d_]{{1,2}})?)?$"
)
#: An unread numeric date line has at most this many words (a weekday, the date, a time, am/pm).
UNREAD_DATE_LINE_MAX_WORDS = 6


# A Solar Hijri year (13xx or 14xx in any digits) standing alone.
_SOLAR_YEAR = re.compile(r"(?<![0-9٠-٩۰-۹])[1۱١][34۳۴٣٤][0-9۰-۹٠-٩]{2}(?![0-9٠-٩۰-۹])")
#: An unread Solar Hijri date line has at most this many words ("د ۱۴۰۳ لمریز کال د لړم ۲۰مه").
UNREAD_SOLAR_LINE_MAX_WORDS = 8


def _unread_date_line(ln: Line) -> bool:
    """A free line that is a date the reader could not read: numeric (see _NUMERIC_DATE_LINE),
    or a Solar Hijri year with a month's name in a word order it does not read (Pashto "د
    ۱۴۰۳ لمریز کال د لړم ۲۰مه", "of the solar year 1403, of Aqrab the 20th")."""
    if ln.label is not None or ln.date is not None:
        return False
    if ln.words <= UNREAD_DATE_LINE_MAX_WORDS and _NUMERIC_DATE_LINE.match(ln.text) is not None:
        return True
    t = ln.text
    return (
        ln.words <= UNREAD_SOLAR_LINE_MAX_WORDS
        and not ln.punct
        and ("۱" in t or "1" in t or "١" in t)  # (substring tests first: most lines hold no such year)
        and _SOLAR_YEAR.search(t) is not None
        and dates.names_solar_month(t)
    )


def _is_meta_line(ln: Line) -> bool:
    """A date line or a byline/date/reviewer line: the article header's cluster."""
    if ln.date is not None and ln.label in (None, METADATA):
        return True
    if ln.label is None:
        return _unread_date_line(ln)
    return ln.label == METADATA and ln.kind in ("author", "published", "updated", "other")


def publish_label(head: str) -> bool:
    """Does ``head``, the text before a date, end with a publication or update label ("نُشر:",
    "آخر تحديث")?  (:func:`arclean.dates.date_label_role`; the date grammar is loaded once a
    date was read.)"""
    from .dates import date_label_role

    return date_label_role(head) in ("published", "updated")


def _labelled_date_line(ln: Line) -> bool:
    """A date line whose label says publish or update ("نُشر: 2025-11-16 22:47")."""
    return ln.date is not None and publish_label(ln.text[: ln.date_start])


#: A key point has at most this many words (a key-points box under the header; also read by
#: arclean.segment, whose share bar under such a box closes nothing)...
KEY_POINT_MAX_WORDS = 15
#: ...and, between the headline and the byline, at least this many (a menu's bulleted items are shorter).
KEY_POINT_MIN_WORDS = 5


#: A lede printed between the headline and the date is a sentence of at least this many words
#: (longer than any headline, which never ends in a full stop).
LEDE_MIN_WORDS = 15


#: Menu lines between the header and the body that name the story's own headings below, at
#: least this many in a row, are its table of contents, no site menu: the header is read over them.
CONTENTS_MIN_ENTRIES = 2
#: A free entry of such a table has at most this many words, its heading at most CONTENTS_HEADING_MAX_WORDS.
CONTENTS_ENTRY_MAX_WORDS = 8
CONTENTS_HEADING_MAX_WORDS = 3


def _find_cluster(lines: Sequence[Line], first: int) -> Optional[Tuple[int, int]]:
    """``(top, bottom)`` of the metadata cluster nearest above line ``first``, or None."""
    bottom = None
    free_passed = 0
    card = True  # every free line passed is a short one (a match card, a fact box)
    k = first - 1
    headings: Optional[Set[bytes]] = None  # the keys of the lines from the body on (read once, if needed)
    entries = 0  # table-of-contents entries passed, right above the last line looked at
    captioned = False  # a short prose line (a photo's caption) was passed
    one_words = 0  # free one-word lines passed (a share bar's buttons, or a menu's sections)
    while k >= 0 and first - k <= HEADER_SEARCH_LINES:
        ln = lines[k]
        if _is_meta_line(ln):
            if free_passed > HEADER_MAX_FREE_GAP and not _labelled_date_line(ln):
                return None  # (past a card, only a labelled date line is the story's)
            if ln.date is None and ln.label == METADATA and ln.kind == "other" and _dated_above(lines, k):
                k -= 1  # a counter under the header ("مشاهدات" by its number): the date is above it
                continue
            bottom = k
            break
        if ln.label == BOILERPLATE and ln.kind == "nav" and ln.rule == "shape.arrow_link":
            k -= 1  # one link with its arrow ("← رجوع"), no menu: passed over like a button
            continue
        if ln.label == BOILERPLATE and ln.kind == "nav":
            if headings is None:
                headings = {x.key for x in lines[first:]}
            if ln.key in headings:
                entries += 1  # the story's table of contents: its entries are its headings below
                k -= 1
                continue
            if entries >= CONTENTS_MIN_ENTRIES:
                entries = 0  # the contents box's own heading ("محتويات المقال") over its entries
                k -= 1
                continue
            return None  # a menu between: a date above it is the site's "today" bar, not the story's
        if ln.label is None and not ln.is_prose and ln.words <= CONTENTS_ENTRY_MAX_WORDS:
            # a free line naming a heading of the story below: an entry of its table of
            # contents (or, over CONTENTS_MIN_ENTRIES of them, the contents box's own heading)
            if headings is None:
                headings = {x.key for x in lines[first:]}
            if ln.key in headings:
                entries += 1
                k -= 1
                continue
            if entries >= CONTENTS_MIN_ENTRIES and ln.words <= CONTENTS_HEADING_MAX_WORDS:
                entries = 0
                k -= 1
                continue
        entries = 0
        if ln.label is None:
            if ln.is_prose and not structure.credited_caption(ln) and not (
                not captioned and ln.words <= CAPTION_MAX_WORDS and not ln.text.endswith((".", "۔"))
            ):
                return None  # prose above the body: there is no header to read (a photo's
                # credited caption is no prose of the page's: "... (صورة: <agency>)"; nor is one
                # short line not ending a sentence: "شباب ... خلال أشغال التنقية، صباح الأحد")
            captioned = captioned or ln.is_prose
            if ln.words <= 1 or (ln.text.startswith(BULLETS) and ln.words <= KEY_POINT_MAX_WORDS):
                one_words += ln.words <= 1
                if one_words > HEADER_MAX_ONE_WORD_LINES:
                    return None  # a menu of one-word sections between: a date above it is the site's clock
                k -= 1  # a share bar's one-letter button ("ف", "ت") or a key point ("• نسبة المشاركة ...")
                continue
            free_passed += 1
            card = card and ln.words <= CARD_LINE_MAX_WORDS and ":" not in ln.text  # (no facts table)
            if free_passed > (HEADER_MAX_CARD_GAP if card else HEADER_MAX_FREE_GAP):
                # menus or tickers in between: a date up there is the site's clock, not the story's
                return None
        k -= 1
    if bottom is None:
        return None
    top = bottom
    k = bottom - 1
    while k >= 0:
        ln = lines[k]
        if _is_meta_line(ln):
            top = k
        elif (ln.label == BOILERPLATE and ln.kind == "share") or (ln.label == METADATA and ln.kind == "category"):
            pass  # a share row or the story's section ("دسته‌بندی: سفرنامه") among the header lines
        elif (ln.label is None or (ln.label == BOILERPLATE and ln.kind == "other")) and any(
            _is_meta_line(lines[j]) for j in range(max(0, k - CAPTION_GAP), k)
        ):
            if ln.words >= HEADLINE_UNDER_MIN_WORDS and _headline_like(ln) and _clock_above(lines, k):
                break  # the headline itself, under a widget's undated clock ("آخر تحديث: 09:00 ص")
            if (
                ln.words >= HEADLINE_UNDER_MIN_WORDS
                and _headline_like(ln)
                and lines[k + 1].label == METADATA
                and lines[k + 1].kind == "author"
                and k >= 1
                and not _is_meta_line(lines[k - 1])
            ):
                break  # the headline over its byline, a date bar of the site's further up: no caption
            pass  # a caption, a bare name or a news code ("کد خبر: ...") between two header lines
        else:
            break
        k -= 1
    dated = [j for j in range(top, bottom + 1) if lines[j].date is not None and lines[j].label is None]
    if len(dated) >= CALENDAR_MIN_DATES and all(
        j >= 1 and lines[j - 1].label is None and lines[j - 1].date is None and not lines[j - 1].is_prose for j in dated
    ):
        return None  # each date under its own short label: a calendar's or a schedule's items, no header
    return top, bottom


#: A run of at least this many date lines, each under a short label of its own ("بدء الدوام
#: للفصل الثاني" / "الأحد 2/2/2025" / "امتحانات نهاية الفصل" / "1/6/2025 - 12/6/2025" ...), is a
#: calendar, not a story's header.
CALENDAR_MIN_DATES = 3


#: A counter or a reading time is passed over by the header search when a date line or a byline
#: stands at most this many lines over it (the story's photo, its caption and its share row between).
COUNTER_UNDER_HEADER_REACH = 8


def _dated_above(lines: Sequence[Line], k: int) -> bool:
    """Is there a date line or a byline at most :data:`COUNTER_UNDER_HEADER_REACH` lines over line ``k``?"""
    return any(
        (x.date is not None and x.label in (None, METADATA)) or (x.label == METADATA and x.kind == "author")
        for x in lines[max(0, k - COUNTER_UNDER_HEADER_REACH) : k]
    )


def _clock_above(lines: Sequence[Line], k: int) -> bool:
    """Is the nearest header line above line ``k`` (within :data:`CAPTION_GAP`) a publication
    or update line holding no date (a widget's clock, "آخر تحديث: 09:00 ص")?  A caption sits
    between dated header lines or under a byline; a headline under a bare clock is the story's
    own, and the header starts under it."""
    for j in range(k - 1, max(-1, k - 1 - CAPTION_GAP), -1):
        if _is_meta_line(lines[j]):
            x = lines[j]
            return x.kind in ("published", "updated") and x.date is None and x.rule != "shape.relative_time" and not _unread_date_line(x)
    return False


# What may stand between a byline and the date after it: a dash, a bar, a comma.
_BYLINE_DATE_JOINT = " \t-–—|،,"


def split_byline_date(ln: Line, find_date: DateFinder) -> None:
    """A byline that ends with the story's date ("كتب: حيدر الربيعي - 12 آذار 2024"): the
    writer (author) and the date (published, rule ``split.date_after_byline``), in two
    parts.  Only a date at day precision or finer that ends the line."""
    text = ln.text
    if len(text) > HEAD_DATE_CHARS or ln.parts:
        return
    m = find_date(text)
    if m is None or m.precision not in ("day", "minute") or text[m.end :].strip(" .،,"):
        return
    before = text[: m.start].rstrip(_BYLINE_DATE_JOINT)
    if len(before.split()) < 2 or len(before) == len(text[: m.start]):
        return  # no name before the date, or no joint between them
    from .dates import date_label_role  # (loaded already: find_date read the line)

    if before.endswith((":", "：")) and date_label_role(before.rsplit("·", 1)[-1].rsplit("|", 1)[-1]) == "event":
        return  # "بقلم: <name> · موعد الافتتاح: <date>": an event's date, no publication date
    ln.parts = [
        Part(ln.start, ln.start + len(before), METADATA, "author", ln.rule, ln.entry),
        Part(ln.start + m.start, ln.end, METADATA, "published", "split.date_after_byline"),
    ]


#: A publication label before a date has at most this many words ("نُشر:", "تاريخ النشر:").
PUBLISH_LABEL_MAX_WORDS = 3
_TOKEN = re.compile(r"\S+")


def _byline_before_label(before: str) -> Optional[Tuple[int, int, int]]:
    """For the text before a date that reads "<label>: <name> <publication label>" ("كتب:
    أحمد مجدي نُشر:"): where the byline's label ends, where the name starts and where the
    publication label starts; None for any other text."""
    if ":" not in before:
        return None
    tokens = list(_TOKEN.finditer(before))
    for n in range(1, min(PUBLISH_LABEL_MAX_WORDS, len(tokens) - 2) + 1):
        cut = tokens[-n].start()
        if not publish_label(before[cut:]):
            continue
        head = before[:cut].rstrip()
        if not names.labelled_name(head):
            return None
        colon = head.find(":") + 1
        return colon, colon + len(head[colon:]) - len(head[colon:].lstrip()), cut
    return None


def split_date_line(ln: Line, lexicon: Lexicon) -> None:
    """``الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس`` -> dateline, date, source;
    ``الأربعاء، 28 آب 2013، آخر تحديث 14:00`` -> published, updated."""
    m = ln.date
    if m is None:
        return
    text = ln.text
    s0 = min(m.start, ln.date_start)
    e0 = m.end
    parts: List[Part] = []
    before = text[:s0]
    byline = _byline_before_label(before) if ln.entry is None else None
    if byline is not None:
        # "كتب: أحمد مجدي نُشر: <date>": the label, the writer, then the dated label
        label_end, name_start, cut = byline
        parts.append(Part(ln.start, ln.start + label_end, METADATA, "other", "split.byline_label"))
        parts.append(Part(ln.start + name_start, ln.start + len(before[:cut].rstrip()), METADATA, "author", "split.byline_before_date"))
        s0 = cut
    elif ln.entry is None and before.strip() and word_count(before) <= DATE_LINE_MAX_OTHER_WORDS:
        b = before.rstrip()
        from .dates import date_label_role  # (loaded already: find_date read the line)

        if b.endswith((":", "：")) and date_label_role(b) == "event":
            return  # "العرس: السبت 13 أيلول 2025 – بيت مري": an event's date and place, read whole
        # (a label and its colon is no place: "تاریخ اجراء: <date>"; nor is a name of two words
        # or more, unless a place the dateline table knows opens it or a dash closes it:
        # "لحسن أيت وكريم <date>" is the writer's, "الرياض - <date>" a dateline)
        if b.endswith((":", "：")) or publish_label(b):
            # (or a publication or update label with no colon: Urdu "شائع <date>", "اپ ڈیٹ <date>")
            kind, rule = "other", "split.date_label"
        elif len(b.split()) >= 2 and not is_place(b.split()[0]) and not b.endswith(("-", "–", "—", "ـ", "،", ",")):
            kind, rule = "other", "split.name_before_date"
        else:
            kind, rule = "dateline", "split.place_before_date"
        parts.append(Part(ln.start, ln.start + len(b), METADATA, kind, rule))
    else:
        s0 = 0
    after = text[e0:]
    a0 = e0 + (len(after) - len(after.lstrip(" \t،,")))
    rest = text[a0:]
    if not rest.strip():
        return
    if _TIME_ZONE_TAIL.match(rest) is not None:
        return  # "بتوقيت مسقط", "بتوقيت غرينتش": the date's time zone, no agency
    entry = lexicon.match(key_bytes(rest), len(rest.split()))
    if entry is not None and entry.label == METADATA and entry.kind in ("updated", "author"):
        tail_kind, tail_rule = entry.kind, "split." + entry.rule  # "..., آخر تحديث 14:00", "... توسط سارا"
    elif 1 <= word_count(rest) <= SOURCE_MAX_WORDS and rules.has_arabic(rest) and not any(c.isdigit() for c in rest):
        # (a word of two letters at least: the Urdu era mark "ء" after a date is no agency)
        tail_kind, tail_rule = "source", "split.agency_after_date"
    else:
        return
    date_end = len(text[:a0].rstrip())  # the comma between the halves stays with the date
    parts.append(Part(ln.start + s0, ln.start + date_end, METADATA, ln.kind, ln.rule, ln.entry))
    parts.append(Part(ln.start + a0, ln.end, METADATA, tail_kind, tail_rule, entry if tail_kind != "source" else None))
    ln.parts = parts


def _teaser_under_read_also(lines: Sequence[Line], top: int, bottom: int) -> bool:
    """Is the dated cluster ``top:bottom`` (one date line) under a free headline that sits right
    under a read-also header, itself right under a paragraph ("<paragraph>" / "اقرأ أيضاً" /
    "<headline>" / "<date>")?  Then headline and date are the teased story's, inside the
    page's story, not the page's header."""
    h = top - 1
    return (
        top == bottom
        and h >= 2
        and lines[h].label is None
        and headline_shaped(lines[h])
        and lines[h - 1].label == BOILERPLATE
        and lines[h - 1].kind == "related"
        and lines[h - 1].opens
        and lines[h - 2].label is None
        and lines[h - 2].is_prose
    )


# A tool's result heading ("النتيجة", "الناتج"): the dates under it are what the tool computed
# (a date converter's, an age calculator's), never the page's publication date.
_RESULT_HEADINGS = frozenset(key_bytes(w) for w in ("النتيجة", "الناتج", "نتيجة التحويل", "النتیجه", "نتیجه"))


# A time zone after a date: "بتوقيت مسقط" (Muscat time), "بالتوقيت المحلي", "توقيت غرينتش", "GMT".
_TIME_ZONE_TAIL = re.compile(r"^(?:\(?\s*(?:ب?التوقيت|ب?توقيت)\s|GMT|UTC)", re.I)


def label_header_zone(
    lines: Sequence[Line], first: int, lexicon: Optional[Lexicon] = None
) -> Optional[Tuple[int, int]]:
    """Title, dates, byline and category just above the first body line.

    Returns the ``(top, bottom)`` line range of the header cluster, or None.
    """
    crumb = _crumb_headline(lines, first)
    found = _find_cluster(lines, first)
    if found is None and _reclaim_header_from_block(lines, first):
        found = _find_cluster(lines, first)
    upper = _header_over_block(lines, found, first)
    if upper is not None:
        found, first = upper
    if found is None:
        _label_lone_dateline(lines, first)
        if crumb is not None:
            lines[crumb].set(METADATA, "title", "zone.crumb_headline")
        elif not _label_product_name(lines, first):
            _label_bare_headline(lines, first)
            if not any(ln.kind == "title" for ln in lines[:first]):
                _label_page_name(lines, first)
        return None
    top, bottom = found
    if _teaser_under_read_also(lines, top, bottom):
        for k in range(top - 1, bottom + 1):
            lines[k].set(BOILERPLATE, "related", "zone.teaser_under_read_also")
        return None
    result = top > 0 and lines[top - 1].key in _RESULT_HEADINGS  # a tool's computed dates under "النتيجة"
    for k in range(top, bottom + 1):
        ln = lines[k]
        if ln.date is not None and result:
            ln.set(METADATA, "other", "zone.result_date")  # a converter's answer, no publication date
        elif ln.date is not None and ln.label is None and _card_date_row(lines, k):
            # a row of a facts card ("التاريخ: 17 جوان 1927" among "النوع: ...", "اللغة: ..."):
            # the item's own date, no publication date
            ln.set(METADATA, "other", "zone.card_date_row")
        elif ln.date is not None and (ln.label is None or ln.kind not in ("published", "updated")):
            ln.set(METADATA, "published", "zone.date_line")
        elif _unread_date_line(ln):
            ln.set(METADATA, "published", "zone.unread_date_line")  # (its value stays None)
        if ln.date is not None and ln.label == METADATA and lexicon is not None:
            split_date_line(ln, lexicon)
    t = top - 1
    while t >= 1 and lines[t].rule == "repeat.headline_words":
        t -= 1  # the headline printed again a word per line, under the headline itself
    menu = _menu_above_header(lines, t)
    if menu:
        for k in menu:
            lines[k].set(BOILERPLATE, "nav", "zone.menu_above_header")
        t = menu[-1]  # (a decided line over the header: the headline is read under the date)
    # between the headline and the date: a section word, a dateline, a byline (in any order)
    budget = MAX_LINES_UNDER_TITLE if not menu else 0
    while budget > 0:
        budget -= 1
        if t < 1:
            break
        ln = lines[t]
        if _button(ln) or (ln.label is None and _LETTER.search(ln.text) is None and DIGIT.search(ln.text) is None):
            t -= 1  # a share or download button between the headline and the date (or a list's bare bullet, "*")
            continue
        points = _key_points_over(lines, t)
        if points:
            for k in points:
                lines[k].set(BODY, "body", "zone.key_point")  # the story's key points under its headline ("• إنذارات ملصقة على 380 مركبة ...")
            t = points[0] - 1
            budget += 1
            continue
        if _role_under_name(lines, t):
            ln.set(METADATA, "other", "zone.role_under_name")  # "مديرة العمليات في بارد" under "نوف العتيبي"
            t -= 1
            continue
        if ln.label is None and _tag_list(ln.text):
            ln.set(METADATA, "tags", "zone.tags_under_title")  # a forum topic's tags: "شهب, تصوير-فلكي, رحلات-رصد"
            t -= 1
            budget += 1
            continue
        if ln.label is None and structure.credited_caption(ln) and _caption_over_date(lines, t):
            ln.set(BODY, "body", "zone.caption")  # the story's photo, its caption over the date
            t -= 1
            continue
        if ln.label is None and ln.text[0] in AFFILIATION_MARKS:
            ln.set(METADATA, "other", "zone.affiliation")  # a paper's author's affiliation
            t -= 1
            budget += 1  # (a paper lists as many as it has authors)
            continue
        if (
            ln.label is None
            and ln.words <= MARKED_AUTHORS_MAX_WORDS
            and not AFFILIATION_MARKS.isdisjoint(ln.text)
            and not ln.text.endswith(".")
            and DIGIT.search(ln.text) is None  # (an area "120 م²" is no author's mark)
        ):
            ln.set(METADATA, "author", "zone.marked_authors")  # "<name>¹ ، <name>²": a paper's authors
            t -= 1
            continue
        if (
            ln.label == BOILERPLATE
            and ln.kind == "other"
            and ln.entry is not None
            and DIGIT.search(ln.text) is not None
            and lines[t - 1].label is None
            and (
                lines[t - 1].is_prose
                or (
                    lines[t - 1].words >= HEADLINE_OVER_CODE_MIN_WORDS
                    and _headline_like(lines[t - 1])
                    and not CRUMB_SIGNS.intersection(lines[t - 1].text)
                )
            )
        ):
            t -= 1  # the story's code the lexicon knows ("کد خبر: ۸۴۵۲۱۹۳") under its lede or its headline
            continue
        if ln.label is None and _rates_rows(lines, t):
            # a currency or price widget's rows over the date ("اليورو 41.62" / "الدولار 39.88"):
            # the header's top is under them, its headline elsewhere
            for k in (t - 1, t, t + 1):
                if 0 <= k < len(lines) and lines[k].label is None and _RATE_ROW.match(lines[k].text) is not None:
                    lines[k].set(BOILERPLATE, "widget", "zone.rates_rows")
            break
        # (a labelled byline may outrun the headline: "تمت المراجعة الطبية بواسطة: د. <name>، <role>")
        # ("كتب - <name>": a one-word label before a spaced dash too; under a byline already
        # read, only a byline's own label makes one: "<place>: <given name> ..." is a headline)
        author_below = any(lines[k].kind == "author" for k in range(t + 1, bottom + 1))
        labelled = (":" in ln.text or "/" in ln.text or " - " in ln.text or " – " in ln.text) and names.labelled_name(
            ln.text, by_label_only=author_below
        )
        outlet = ":" in ln.text and _place_colon_outlet(lines, ln)
        shorter = 0 if labelled or _short_fields(ln.text) else ln.words
        above = next((lines[j] for j in range(t - 1, max(-1, t - 1 - MAX_LINES_UNDER_TITLE), -1) if _headline_like(lines[j]) and lines[j].words > shorter), None)
        if above is None or not (outlet or _between_headline_and_date(ln, labelled, author_below)):
            break
        if ln.words == 1:
            # one word under the headline: the story's section ("محليات")
            ln.set(METADATA, "category", "zone.section_below_title")
        elif _short_fields(ln.text):
            # a bar of short fields under the headline: its sections ("العلوم والحياة | الصف الرابع")
            ln.set(METADATA, "category", "zone.fields_below_title")
        elif outlet or rules.lone_dateline(ln.text):
            # a place and an agency or a name: "الرياض - واس", "بيروت - جنى خوري"; a place and
            # the site's own name: "كادقلي: أم درمان الحرة"
            ln.set(METADATA, "dateline", "zone.dateline_above_header")
        elif _place_then_name(ln.text) is not None:
            _label_byline_over_date(ln)  # "القاهرة: منى عبد الفتاح": the place the dateline, the name the author
        elif DIGIT.search(ln.text) is not None:
            # a number between the headline and the date: an item's code ("فتویٰ نمبر: 1446...")
            ln.set(METADATA, "other", "zone.code_above_header")
        elif (
            2 <= ln.words <= BYLINE_MAX_WORDS
            and not ln.punct
            and ln.key.startswith(_AL)
            and not ln.text.endswith((".", "۔"))
            and not names.name_line(ln)
            and not names.opens_with_honorific(ln.key)
        ):
            # words opening with the article, no given name ("الرصد والتصوير"): the story's section
            ln.set(METADATA, "category", "zone.section_below_title")
        elif ln.words <= BYLINE_MAX_WORDS and not ln.punct:
            # a bare name between the headline and the date is the byline
            ln.set(METADATA, "author", "zone.name_above_header")
        else:
            ln.set(METADATA, "author", "zone.byline_above_header")  # "مصطفى كامل - مراسل ..."
            if labelled and ":" not in ln.text:
                _split_byline_label(ln)  # "كتب/ <name> – مراسل ...": the label apart
        t -= 1
    if t >= 0 and _headline_like(lines[t]) and _byline_over_date(lines[t]):
        # a byline that the search above passed over (a name of four words, "عبدالله بن سعد
        # الحربي"; a place and an abbreviated name, "وهران: ب. حميدة"): the headline is the
        # line over it, or else it is printed under the date
        _label_byline_over_date(lines[t])
        t -= 1
    if (
        t >= 1
        and lines[t].label is None
        and lines[t].words >= LEDE_MIN_WORDS
        and lines[t].text.endswith((".", "۔"))
        and lines[t - 1].label is None
        and (not lines[t - 1].is_prose or lines[t - 1].words < LEDE_MIN_WORDS)  # ("...: ماذا تقول الأرقام؟")
        and _headline_like(lines[t - 1])
    ):
        # the story's lede printed between its headline and its date (news agencies: headline,
        # lead paragraph, then code and date): the story's first paragraph
        lines[t].set(BODY, "body", "zone.lede_above_header")
        t -= 1
    if (
        t >= 1
        and lines[t].label is None
        and _ABBREVIATED_NAME.match(lines[t].text) is not None
        and lines[t - 1].label is None
        and _headline_like(lines[t - 1])
    ):
        # a writer's name behind an abbreviated title ("د. هالة العمري") between the headline and
        # the date: the column's byline, the headline over it
        lines[t].set(METADATA, "author", "zone.name_over_date")
        t -= 1
    # (a Latin line over an Arabic-script story is the site's name: "Université ...")
    latin = t >= 0 and not rules.has_arabic(lines[t].text) and rules.has_arabic(lines[first].text)
    if t >= 0 and lines[t].label is None and _menu_section(lines[t], lexicon) and _title_under_header(lines, bottom, first, lines[t].words):
        # a menu's section name over the date, the story's headline under it ("أخبار محلية",
        # "<date>", "<headline>"): the section is the category, the headline the title
        lines[t].set(METADATA, "category", "zone.section_above_header")
        lines[t].entry, lines[t].opens = None, False  # (the whole line is the value)
    elif t >= 0 and _headline_like(lines[t]) and not key_value_row(lines, t) and not latin and not _over_photo_credit(lines, t):
        if _headline_over_deck(lines, t):
            # a headline over its deck (a longer line summing the story up): the upper one is
            # the title, the deck its subtitle
            lines[t].set(METADATA, "other", "zone.subtitle")
            t -= 1
        lines[t].set(METADATA, "title", "zone.headline_above_header")
        c = t - 1
        if c >= 1 and _section_above(lines[c], lines[c - 1], lexicon):
            lines[c].set(METADATA, "category", "zone.section_above_title")
            lines[c].entry, lines[c].opens = None, False  # (the whole line is the value)
        elif c >= 0:
            _split_crumb_section(lines[c])
    elif crumb is not None and lines[crumb].label is None:
        # no headline right over the header: the one the breadcrumb names, elsewhere over it
        lines[crumb].set(METADATA, "title", "zone.crumb_headline")
    elif t < 0 or lines[t].label is not None or latin or _doubled(lines[t].key):
        # nothing to read above the header (its top, a menu or breadcrumb right over it, the
        # site's name in Latin letters, or a link's words printed twice): a headline between two
        # of its lines is the title
        # ("<date>", "<headline>", "آخر تحديث: ...")
        inner = next((k for k in range(top + 1, bottom) if lines[k].label is None and lines[k].date is None and _headline_like(lines[k])), None)
        if inner is not None:
            lines[inner].set(METADATA, "title", "zone.headline_in_header")
        else:
            _title_under_header(lines, bottom, first)
    _label_lone_dateline(lines, first)
    # a few short free lines inside the cluster or right under it: photo captions -> body
    # (a share button's word the lexicon reads outside the body, "حفظ", is left to that reading)
    captions = [k for k in range(top + 1, first) if lines[k].label is None and lines[k].date is None and not _outside_button(lines[k], lexicon)]
    if captions and captions[-1] == first - 1 and _name_over_story(lines, top, first):
        captions.pop()
    if captions and any(_button(lines[k]) and lines[k].kind == "widget" for k in range(top + 1, first)):
        # beside a download or player button, its pieces ("00:00 / 24:37", "English version"),
        # not captions; a live blog's first time stamp ("10:30") stays
        captions = [k for k in captions if structure.CLOCK.match(lines[k].text) is not None]
    if len(captions) <= MAX_CAPTIONS:
        for k in captions:
            ln = lines[k]
            if share_row(ln):
                ln.set(BOILERPLATE, "share", "zone.share_row")  # a toolbar: "طباعة أرسل لصديق تعليقات (3) حجم الخط : + -"
            elif _name_by_date(lines, k, top, first):
                ln.set(METADATA, "author", "zone.name_by_date")
            elif _name_then_role(ln):
                ln.set(METADATA, "author", "zone.reporter_by_date")  # "<name> - مراسل <outlet> في <place>"
            elif rules.lone_dateline(ln.text) or (ln.words <= 2 and ln.text.endswith((":", "-", "–")) and is_place(ln.text[:-1].strip())):
                ln.set(METADATA, "dateline", "zone.lone_dateline")  # "القاهرة -", "بورتسودان:" is no caption
            elif ln.words <= AGENCY_CREDIT_MAX_WORDS and is_agency(ln.text):
                ln.set(METADATA, "source", "zone.agency_alone")  # "یو این آئی", "واس": a wire's credit, no caption
            elif ":" in ln.text and names.labelled_name(ln.text):
                ln.set(METADATA, "author", "zone.labelled_byline")  # "تمت المراجعة الطبية بواسطة: د. <name>"
                split_label_value(ln, "split.byline_label")
            elif (
                ln.words <= CAPTION_MAX_WORDS
                and (word_count(ln.text) > 0 or structure.CLOCK.match(ln.text) is not None)
                and not spaced_buttons(ln.text)
                and _FONT_SIZE_BUTTON.search(ln.text) is None
            ):
                # (a line with no word of two letters is a button, "A+", "A-", or a counter,
                # "0"; a live blog's first time stamp "10:30" stays; a toolbar is no caption,
                # nor is a print link glued to the font-size buttons: "نسخة للطباعة أ+ أ−")
                ln.set(BODY, "body", "zone.caption")
    return found


#: One-word lines right over the header's date, this many or more, are a menu's items
#: ("نصوص" / "مقالات" / "ترجمات"), not a story's section word under its headline.
MENU_OVER_HEADER_MIN_ITEMS = 3


def _menu_above_header(lines: Sequence[Line], t: int) -> List[int]:
    """Indices of the one-word free lines right over line ``t + 1`` (the header's top) when
    they are at least :data:`MENU_OVER_HEADER_MIN_ITEMS`: a blog's menu over its date header,
    under which the post's title is printed; the line over the menu is no headline."""
    k = t
    while k >= 0 and lines[k].label is None and lines[k].date is None and lines[k].words == 1 and not lines[k].punct:
        k -= 1
    return list(range(k + 1, t + 1)) if t - k >= MENU_OVER_HEADER_MIN_ITEMS else []


# A place, a colon and an abbreviated name: the Algerian press's dateline-and-byline
# ("وهران: ب. حميدة", "قسنطينة: ع. بن سالم").
_PLACE_THEN_INITIAL = re.compile(r"^(\S+(?:\s\S+)?)\s*:\s*(\w\.\s*\S+(?:\s\S+){0,2})$")
# ...or a known place (data/datelines.tsv), a colon and a full name of two to four words: the
# pan-Arab dailies' "القاهرة: منى عبد الفتاح", "لندن: سلمى الطيب".
_PLACE_THEN_NAME = re.compile(r"^(\S+(?:\s\S+)?)\s*:\s*([^\d\s:،,.()«»]+(?:\s[^\d\s:،,.()«»]+){1,3})$")


# ...or a place, a colon and a reporter sent there by the outlet, named by the role's word
# ("عين مليلة: مبعوث <outlet> <name>", "بيروت: موفدة <outlet>"): the Maghreb and Levant
# papers' byline of a reporter on the spot.  Roles: envoy, sent (m./f.), correspondent (m./f.).
_REPORTER_ROLES = ("مبعوث", "مبعوثة", "موفد", "موفدة", "مراسل", "مراسلة")
_PLACE_THEN_ROLE = re.compile(r"^(\S+(?:\s\S+)?)\s*:\s*((?:" + "|".join(_REPORTER_ROLES) + r")\s\S+(?:\s\S+){0,5})$")


def _place_then_name(text: str) -> Optional["re.Match[str]"]:
    """The match of a place-and-name byline (:data:`_PLACE_THEN_INITIAL`,
    :data:`_PLACE_THEN_ROLE`, or :data:`_PLACE_THEN_NAME` after a place the dateline table
    knows), or None."""
    if ":" not in text:
        return None
    m = _PLACE_THEN_INITIAL.match(text)
    if m is None:
        m = _PLACE_THEN_ROLE.match(text)
        if m is not None and key_bytes(m.group(1)) in names.BYLINE_LABELS:
            return None  # (a byline's label, no place: "بواسطة: مراسل <outlet>")
    if m is None:
        m = _PLACE_THEN_NAME.match(text)
        if m is not None and not is_place(m.group(1)):
            return None
    return m


# ...or a known place, a slash and an outlet or a writer: the Iraqi press's "الموصل/ نينوى الغد",
# "بغداد/ المدى" over the story.
_PLACE_SLASH = re.compile(r"^(\S+(?:\s\S+)?)\s*/\s*([^\d\s:،,.()«»/]+(?:\s[^\d\s:،,.()«»/]+){0,3})$")


def _place_slash_dateline(text: str) -> bool:
    """Is the line "<known place>/ <outlet>" (:data:`_PLACE_SLASH`), a dateline alone on its line?"""
    if "/" not in text:
        return False
    m = _PLACE_SLASH.match(text)
    return m is not None and is_place(m.group(1))


def _byline_over_date(ln: Line) -> bool:
    """Is the line right over the header's date, with no headline over it, a byline: a bare
    personal name (:func:`arclean.names.name_line`) or a place and an abbreviated name?"""
    return names.name_line(ln) or _place_then_name(ln.text) is not None


def _label_byline_over_date(ln: Line) -> None:
    ln.set(METADATA, "author", "zone.byline_over_date")
    m = _place_then_name(ln.text)
    if m is not None:  # the place is the dateline, the name the author
        ln.parts = [
            Part(ln.start, ln.start + m.end(1), METADATA, "dateline", "split.place_of_byline"),
            Part(ln.start + m.start(2), ln.end, METADATA, "author", ln.rule),
        ]


#: A deck is at least this many words longer than the headline over it...
DECK_MIN_EXTRA_WORDS = 3
#: ...which has at least this many (menu items glued on one line, "تسجيل الدخول سلة التسوق", fewer).
DECK_HEADLINE_MIN_WORDS = 6
# The separators of a breadcrumb or a kicker ("مراجعات / روايات", "الأربعون النووية - الحديث 13").
# (a "»" closing a quotation, "«قارون»", is no chevron: a trail's is spaced)
_KICKER_SIGNS = re.compile(r"[/›|]|\s»\s|\s[-–]\s")


def _caption_over_date(lines: Sequence[Line], t: int) -> bool:
    """Is line ``t``, a line ending in its credit (:func:`arclean.structure.credited_caption`)
    over the header's date, a photo's caption: under a headline, or credited to an agency
    ("(الأناضول)")?  Right under chrome, its brackets are the headline's own note: "أعمال النحال
    في شهر أكتوبر (موسم السدر)"."""
    if t >= 1 and _headline_like(lines[t - 1]):
        return True
    text = lines[t].text.rstrip(" .")
    return text.endswith(")") and is_agency(text[text.rfind("(") + 1 : -1])


def _headline_over_deck(lines: Sequence[Line], t: int) -> bool:
    """Is line ``t`` (the line over the header) a deck under its headline: the free line over
    it is headline-like too, of at least :data:`DECK_HEADLINE_MIN_WORDS` words and shorter
    than it, and sits under page chrome (a decided line, a section word or the page's top)?"""
    if t < 1:
        return False
    up, deck = lines[t - 1], lines[t]
    # (longer than the headline, or about as long and written as a sentence: "سكان ... بأيديهم،
    # والطين وحده لا يكفي", "المعارضة تحذر من ... والحكومة تتحدث عن ...")
    # (not under a labelled line: a ticker's "تازہ ترین: ..." over the headline)
    # (or longer under a headline written in two parts around dots: "ملوحة «قارون» تطارد
    # صيادي الفيوم... والحكومة تراهن على الجمبري")
    longer = up.words + DECK_MIN_EXTRA_WORDS <= deck.words or (deck.words > up.words and (".." in up.text or "…" in up.text)) or (
        deck.words >= DECK_HEADLINE_MIN_WORDS and ("؟" in up.text or "?" in up.text)  # a question over its summary
    ) or (
        deck.words + DECK_MIN_EXTRA_WORDS > up.words
        and ("،" in deck.text or ".." in deck.text or "…" in deck.text)
    )
    if not (_headline_like(up) and DECK_HEADLINE_MIN_WORDS <= up.words and longer) or up.key == deck.key:
        return False
    if ":" in up.text and key_bytes(up.text.split(":", 1)[0]) in structure.TICKER_LABELS:
        return False  # (a ticker's "تازہ ترین: <headline>" over the story's headline)
    if up.text.endswith((":", "：")) or up.text[:1].isdigit() or _KICKER_SIGNS.search(up.text) is not None:
        return False  # (a breadcrumb, a series' name and part, a ticker's timed item: no headline)
    # (under chrome: a decided line, a section word, a button "اطلب زيارة فنية", or the page's top)
    above = lines[t - 2] if t >= 2 else None
    return above is None or above.label is not None or (
        (above.words <= DECK_CHROME_MAX_WORDS or above.text.startswith(BULLETS)) and not above.punct  # ("• اطلب زيارة فنية")
    )


#: A free line over a headline and its deck is the page's chrome when it has at most this many
#: words and no punctuation (a section word, a button).
DECK_CHROME_MAX_WORDS = 3


def _name_over_story(lines: Sequence[Line], top: int, first: int) -> bool:
    """The line right above the story, under its header, is a bare personal name that the
    story does not mention (:mod:`arclean.names`): the writer ("نورهان نبيل"), not a photo
    caption naming the story's subject.  Not when the header already has a byline."""
    ln = lines[first - 1]
    if not names.name_line(ln) or any(x.kind == "author" for x in lines[top:first]):
        return False
    if names.mentioned(ln.text, (x.text for x in lines[first:] if x.label == BODY and x.key != ln.key)):
        return False
    ln.set(METADATA, "author", "zone.name_over_story")
    return True


def _name_by_date(lines: Sequence[Line], k: int, top: int, first: int) -> bool:
    """Is line ``k`` of the header a bare personal name (:mod:`arclean.names`) right above or
    under one of the header's date lines, that the story does not mention: the writer
    between the story's relative time and its date ("منذ 5 ساعات", "نسرين الورفلي", "نُشر في
    ..."), not a caption naming the story's subject.  Not when the header has a byline."""
    ln = lines[k]
    if not names.name_line(ln) or any(x.kind == "author" for x in lines[top:first]):
        return False
    if not any(lines[j].date is not None or lines[j].kind in ("published", "updated") for j in (k - 1, k + 1) if top <= j < first):
        return False
    return not names.mentioned(ln.text, (x.text for x in lines[first:] if x.label == BODY))


# A one-word byline label before a slash: "متابعة/ نور عطية", "كتب/ سمير علي".
_BYLINE_LABEL = re.compile(r"^[^\W\d_]+\s*/\s*")


def split_label_value(ln: Line, rule: str) -> None:
    """Split a decided "<label>: <value>" line into its label (metadata, kind other, rule
    ``rule``) and its value, which keeps the line's label, kind and rule."""
    t = ln.text
    c = t.find(":") + 1
    start = c + len(t[c:]) - len(t[c:].lstrip())
    if c <= 0 or start >= len(t):
        return
    ln.parts = [
        Part(ln.start, ln.start + c, METADATA, "other", rule),
        Part(ln.start + start, ln.end, ln.label or METADATA, ln.kind, ln.rule),
    ]


def _split_byline_label(ln: Line) -> None:
    """``متابعة/ نور عطية``: the label word and its slash (metadata, kind other) and the
    name (author), so that the author's value is the name alone."""
    m = _BYLINE_LABEL.match(ln.text)
    if m is None or not ln.text[m.end() :].strip():
        return
    label_end = ln.start + len(m.group().rstrip())
    ln.parts = [
        Part(ln.start, label_end, METADATA, "other", "split.byline_label"),
        Part(ln.start + m.end(), ln.end, METADATA, "author", ln.rule),
    ]


# A price or a rating: "349 ر.س", "1,250 ج.م", "★★★★☆ (128 تقييم)".
_PRICE_OR_RATING = re.compile(
    r"[★☆]|[\d٠-٩][\d٠-٩.,٬]*\s*(?:ر\.س|ج\.م|د\.ك|د\.إ|ريال|جنيه|درهم|دينار|ليرة|\$|€|SAR|EGP|AED|KWD"
    # (the Maghreb's and the other Arab currencies' signs: "265.000 دج", "45 د.ت", "12 ر.ع")
    r"|دج|د\.ج|د\.ت|د\.م|ر\.ع|ر\.ق|د\.ب|د\.ع|د\.أ|ل\.ل|ل\.س|ج\.س|ر\.ي|أوقية|DZD|TND|MAD|OMR|QAR|BHD|IQD|JOD|LBP)"
    # (a sign before the figure: "$ 480.00", "€65")
    r"|(?:\$|€|£)\s*[\d٠-٩]"
)
#: A product's name is looked for this many lines over its description at most...
PRODUCT_SEARCH_LINES = 14
#: ...past the shop's chrome under its price: lines that are no sentence, of at most this many words.
PRODUCT_CHROME_MAX_WORDS = 8


def _label_product_name(lines: Sequence[Line], first: int) -> bool:
    """A shop's product page: over the description (``first``), past the shop's chrome
    (decided lines, short free lines: "الكمية", "التوصيل خلال 2-4 أيام عمل") and at least
    one price or rating line, the free headline-like line right over the first price or
    rating is the product's name, the title (rule ``zone.product_name``).  Did it find one?"""
    priced = False
    for k in range(first - 1, max(-1, first - 1 - PRODUCT_SEARCH_LINES), -1):
        ln = lines[k]
        if ln.label is None and _PRICE_OR_RATING.search(ln.text) is not None and ln.words <= CARD_LINE_MAX_WORDS:
            priced = True
            continue
        if ln.label is not None or (not priced and not ln.is_prose and ln.words <= PRODUCT_CHROME_MAX_WORDS):
            # the shop's chrome between the price and the description (its facts: "المدة: 15
            # يوماً", a stock notice: "متوفر في جميع فروع الرياض وجدة والدمام")
            continue
        if priced and ln.words >= TITLE_MIN_WORDS + 1 and _headline_like(ln) and " · " not in ln.text and KEY_VALUE.match(ln.text) is None:
            # (a status bar or a fact over the price is no name: "في طور الإنجاز · التسليم
            # المتوقع: 2026", "الناشر: <name>")
            ln.set(METADATA, "title", "zone.product_name")
            return True
        return False
    return False


#: A section's name under the headline that the breadcrumb lists has at most this many words.
CRUMB_SECTION_MAX_WORDS = 3


def _crumb_item(lines: Sequence[Line], k: int) -> bool:
    """Is line ``k`` one of the items of a breadcrumb printed above it (not its last item,
    which may be the headline itself)?"""
    text = lines[k].text.strip()
    for j in range(k - 1, max(-1, k - 1 - MAX_CRUMB_LOOKBACK), -1):
        ln = lines[j]
        if ln.rule == "shape.breadcrumb" or (ln.label == BOILERPLATE and ln.kind == "nav" and ("»" in ln.text or "›" in ln.text)):
            return text in structure.crumb_items(ln.text)[1:-1]
    return False


#: How far above a line its page's breadcrumb is looked for.
MAX_CRUMB_LOOKBACK = 4


#: A widget's status line behind its icon has at most this many words.
ICON_STATUS_MAX_WORDS = 8


def _icon_status(ln: Line) -> bool:
    """A short line opening with an icon (a pictograph, not a letter or a digit: "🌳 تم تبنّي
    3,412 شجرة حتى اليوم", "⏱ 5 دقائق"): a widget's status, no headline."""
    # (a form's check box is no icon: "☐ اجعل تبرّعي شهرياً" sits in a form, under its fields)
    return ln.words <= ICON_STATUS_MAX_WORDS and unicodedata.category(ln.text[:1]) == "So" and ln.text[0] not in FORM_MARKS


def _label_bare_headline(lines: Sequence[Line], first: int) -> None:
    """No dates or byline: a headline right above the body, itself under page chrome, is the title."""
    t = first - 1
    if t >= 1 and _is_contents(lines[t - 1]) and lines[t].label is None and _headline_like(lines[t]):
        # the story's first sub-heading, right under the table of contents that lists it
        lines[t].set(BODY, "body", "zone.heading_under_contents")
        t -= 1
    while t >= 1 and _is_contents(lines[t]):
        t -= 1  # a table of contents between the headline and the story
    for _ in range(MAX_LINES_UNDER_TITLE):
        if t >= 1 and lines[t].label is None and _labelled_byline(lines[t]):
            # a labelled byline under the headline, no date on the page's top ("متابعة: <name>")
            lines[t].set(METADATA, "author", "zone.labelled_byline")
            split_label_value(lines[t], "split.byline_label")
            t -= 1
            continue
        if t >= 1 and lines[t].label is None and lines[t].words <= CRUMB_SECTION_MAX_WORDS and _crumb_item(lines, t):
            # the story's section under its headline, an item of the page's breadcrumb
            # ("الرئيسية » أخبار محلية » كسروان" over "<headline>" / "أخبار محلية")
            lines[t].set(METADATA, "category", "zone.crumb_section_below_title")
            t -= 1
            continue
        if t >= 1 and (_under_headline(lines[t]) or (lines[t].label is None and (_LETTER.search(lines[t].text) is None or _icon_status(lines[t])))):
            share = lines[t].kind == "share"
            # the story's section, reading time, number or share row under its headline (or a
            # toolbar's letterless residue: "- +", "A A"; or a widget's status line behind its
            # icon: "🌳 تم تبنّي 3,412 شجرة حتى اليوم")
            t -= 1
            while share and t >= 1 and lines[t].label == BOILERPLATE and lines[t].kind == "share":
                t -= 1  # (a share row printed a button per line is one row)
    if t < 0 or lines[t].label is not None or not _headline_like(lines[t]) or lines[t].text.endswith((":", "：")):
        return  # (a line ending with a colon leads in to the text under it: "وزير ...:" over a decision)
    if t == 0:
        # the page's first line (an extract's), over a share row or toolbar: a headline, when it
        # is longer than a site's name (an extract opening with the site's name is no title)
        if first > 1 and lines[0].words > SITE_SUFFIX_MAX_WORDS:
            lines[0].set(METADATA, "title", "zone.headline_over_toolbar")
        return
    above = lines[t - 1]
    if KEY_VALUE.match(lines[t].text) and KEY_VALUE.match(above.text):
        return  # the last row of a "label: value" table (a product's specifications), not a headline
    if t >= 2 and KEY_VALUE.match(above.text) and KEY_VALUE.match(lines[t - 2].text):
        return  # a section's heading under a facts card ("عدد الصفحات: 214" over "فكرة الكتاب في سطرين")
    if any(ln.key == lines[t].key and ln.label == BODY for ln in lines[first + 1 :]):
        return  # a tab's or a contents box's last entry, its section's heading again in the text
    if lines[t].words <= CRUMB_HEADING_SUBHEAD_MAX_WORDS and above.label is None and not above.punct and _crumbs_last_item(lines, t - 1):
        # the page's heading, the breadcrumb's last item printed again ("... > التوأمة" over
        # "التوأمة"), over its text's first subheading ("قليبية – بنتلاريا (إيطاليا)"): the title
        above.set(METADATA, "title", "zone.crumb_heading")
        lines[t].set(BODY, "body", "zone.crumb_heading")  # (the subheading opens the text)
        return
    if above.label == BOILERPLATE or above.key == lines[t].key or (
        above.label is None and not above.punct and (above.words <= MENU_ITEM_MAX_WORDS or _trail_over(above.text, lines[t].key))
    ):
        # (or right under its copy: the breadcrumb's last item printed on its own line)
        lines[t].set(METADATA, "title", "zone.headline_above_body")
    elif above.label is None and not above.punct and _heading_names_text(lines, t, first):
        lines[t].set(METADATA, "title", "zone.heading_names_text")


#: A line of at most this many words under the page's heading (the breadcrumb's last item
#: printed again) is its text's first subheading, not a headline (a story's headline is longer).
CRUMB_HEADING_SUBHEAD_MAX_WORDS = 4


def _title_under_header(lines: Sequence[Line], bottom: int, first: int, over_words: int = 0) -> bool:
    """Label the headline right under the header (``bottom``), over the share bar and the photo's
    caption, as the title: the first free headline of a few words (more than ``over_words``)
    between the header and the story (``first``), with no prose line before it.  Did it find one?"""
    under = next(
        (
            k
            for k in range(bottom + 1, first)
            if lines[k].label is None
            and lines[k].words >= max(HEADLINE_UNDER_MIN_WORDS, over_words + 1)
            and _headline_like(lines[k])
            and not _crumbs_last_item(lines, k)
            and not rules.lone_dateline(lines[k].text)  # "زحلة - ريتا شمعون": a place and a name
            and not key_value_row(lines, k)  # a facts card's row: "الناشر: <name>" over "سنة النشر: 2021"
        ),
        None,
    )
    if under is None or any(lines[j].is_prose or (lines[j].label is None and key_value_row(lines, j)) for j in range(bottom + 1, under)):
        return False  # (a prose line passed; or a facts card's rows, the line under them its section's heading)
    nxt = under + 1
    if (
        lines[under].text.endswith((":", "："))
        and nxt < first + 1
        and nxt < len(lines)
        and lines[nxt].label in (None, BODY)
        and headline_shaped(lines[nxt])
    ):
        # an overline that leads in to the headline ("مدیرکل شیلات هرمزگان خبر داد:"
        # over "صادرات میگوی ..."): the line under it is the headline
        lines[under].set(METADATA, "other", "zone.overline")
        under = nxt
    lines[under].set(METADATA, "title", "zone.headline_under_header")
    return True


def _outside_button(ln: Line, lexicon: Optional[Lexicon]) -> bool:
    """A line of at most two words the lexicon reads, outside the body, as a share button
    ("حفظ"; a menu's section word there is the story's category)."""
    if ln.words > 2 or lexicon is None:
        return False
    e = lexicon.match_outside(ln.key)
    return e is not None and e.kind == "share"


def _menu_section(ln: Line, lexicon: Optional[Lexicon]) -> bool:
    """Is ``ln`` a short line the lexicon reads as a menu's section name outside the body
    ("أخبار محلية", "اقتصاد")?"""
    if ln.words > CATEGORY_MAX_WORDS or ln.punct:
        return False
    e = ln.entry if ln.entry is not None and ln.entry.mode == "outside" else (lexicon.match_outside(ln.key) if lexicon is not None else None)
    return e is not None and e.kind == "nav"


def _section_above(ln: Line, prev: Line, lexicon: Optional[Lexicon]) -> bool:
    """Is ``ln``, right above the headline, the story's section ("منوعات")?  A short line of
    Arabic words under the page's menu; or, under any menu or list, a line the lexicon
    reads as a bare section or list name ("عربي ودولي", "أخبار عاجلة"), even when that
    list took it in."""
    if ln.words > CATEGORY_MAX_WORDS or ln.punct or _SECTION_NAME.match(ln.text) is None:
        return False
    if ln.label is None and prev.label == BOILERPLATE and prev.kind == "nav":
        return True
    if ln.label is not None and not (ln.label == BOILERPLATE and ln.kind in ("nav", "related")):
        return False
    if not (prev.label == BOILERPLATE and prev.kind in ("nav", "related")):
        return False
    e = ln.entry
    if e is not None and e.mode == "exact" and e.kind == "related":
        return True  # the whole line is a list name ("أخبار عاجلة"), not a button ("القائمة", "بحث")
    # a menu word the lexicon reads outside the body only: a section name ("اقتصاد", "عربي ودولي")
    return _menu_section(ln, lexicon)


# A breadcrumb trail from the home page, glued on one line: "الرئيسية أخبار عاجلة",
# "الرئيسية » أخبار » محليات", "Home > Sports".  Its last item is the story's section.
_HOME_CRUMB = re.compile(
    r"^(?:(?:الصفحة الرئيسية|الرئيسية|الرئيسيه|صفحه اصلی|صفحه اصلي|ہوم|home)\b\s*(?:[>»›/|\-–]\s*)?"
    r"|(?:خانه|صفحه نخست)\s*[>»›/|]\s*)",  # (Persian "home", "front page": also words of prose, so a separator must follow)
    re.I,
)
_CRUMB_SEPARATOR = re.compile(r"\s*[>»›/|]\s*|\s+[-–]\s+")


_SPACED_CRUMB_SEPARATOR = structure.SPACED_CRUMB_SEPARATOR
#: The breadcrumb is looked for this many lines over the story at most (it sits near the
#: headline; a page's top is not scanned line by line).
CRUMB_SEARCH_LINES = 30
#: A breadcrumb's last item names the story's headline when it has at least this many words
#: (a section's name is shorter; one printed over a longer headline is the section, when it
#: has fewer than DECK_HEADLINE_MIN_WORDS words: a headline is over its deck).
CRUMB_HEADLINE_MIN_WORDS = 3


#: A trail's item has at most this many words ("خدماتنا / صيانة الگير").
TRAIL_ITEM_MAX_WORDS = 3


#: A page's heading is looked for rivals this many lines over it (see _heading_names_text)...
HEADING_RIVAL_LINES = 3
#: ...and has at most this many words (a longer line over the text is its lead-in sentence).
HEADING_MAX_WORDS = 12
# Chevrons and slashes of a trail: a breadcrumb naming the text is no rival heading.
_TRAIL_SIGNS = ("›", "»", "‹", "«", " / ", ">")


def _heading_names_text(lines: Sequence[Line], t: int, first: int) -> bool:
    """Is the free headline ``t`` right over the text (``first``), under promo or chrome lines
    that are no menu, the page's heading: one of its content words comes back in the text's
    first line ("برنامج كفالة يتيم" over "يهدف برنامج كفالة يتيم إلى ...")?  Not when it is
    one section of a page whose heading is over it: a facts card's rows over it ("المستوى:
    ...", "يطرح في: ..." over "وصف المقرر"), or another headline a few lines up that names the
    text too ("منهجية مسح قوة العمل" over "الهدف من المسح"); nor a price, a table's row or
    a button with its icon ("🔊 استمع إلى نطق الدرس")."""
    head = lines[t]
    if structure.hard_wrapped(lines[first : first + WRAP_SAMPLE_LINES]):
        return False  # (a hard-wrapped text: the line over it may be its paragraph's last)
    if head.words > HEADING_MAX_WORDS or not head.text[:1].isalnum() or "|" in head.text or _PRICE_OR_RATING.search(head.text) is not None:
        return False
    topic = structure.topic_words(lines[first].text)
    if topic.isdisjoint(structure.topic_words(head.text)):
        return False
    if t >= 2 and KEY_VALUE.match(lines[t - 1].text) and KEY_VALUE.match(lines[t - 2].text):
        return False  # (a facts card's last rows)
    for k in range(t - 1, max(-1, t - 1 - HEADING_RIVAL_LINES), -1):
        ln = lines[k]
        if "  " in ln.text:
            return False  # (a table's row, its cells parted by runs of spaces)
        if (
            ln.label is None
            and _headline_like(ln)
            and KEY_VALUE.match(ln.text) is None
            and not any(sign in ln.text for sign in _TRAIL_SIGNS)
            and not topic.isdisjoint(structure.topic_words(ln.text))
        ):
            return False  # (a rival heading naming the text: the page's own, over its section)
    return True


def _trail_over(text: str, key: bytes) -> bool:
    """Is the line a trail of short items parted by spaced slashes or chevrons (a breadcrumb
    with no home item, "خدماتنا / صيانة الگير") whose last item shares a word with the line
    keyed ``key`` under it (the page's heading, "تبديل زيت الگير الأوتوماتيك")?"""
    items = structure.trail_items(text, TRAIL_ITEM_MAX_WORDS)
    return items is not None and not set(key_bytes(items[-1]).split()).isdisjoint(key.split())



def _label_page_name(lines: Sequence[Line], first: int) -> None:
    """A page's first line that names the page as its browser title does ("زراعة الأسنان |
    عيادات ..." or the name alone), when the page prints that name again over its text (the
    last item of its breadcrumb trail, or a heading line), is the title (rule
    ``zone.page_name``; a site suffix is cut later): a service's, a wiki article's page with
    no headline right over its text."""
    if first < 2:
        return
    top = lines[0]
    if top.label is not None or not _headline_like(top):
        return
    m = _SUFFIX.search(top.text)
    name = key_bytes(top.text[: m.start()]) if m is not None else top.key
    if len(name.split()) < TITLE_MIN_WORDS or any(name in ln.key for ln in lines[first + 1 :] if ln.kind == "footer"):
        return  # (a site's name comes back in its footer: "© 2025 <name>")
    for ln in lines[1:first]:
        if ln.key == name or (ln.kind == "nav" and _HOME_CRUMB.match(ln.text) is not None and key_bytes(_SPACED_CRUMB_SEPARATOR.split(ln.text)[-1]) == name):
            top.set(METADATA, "title", "zone.page_name")
            return


def _crumb_headline(lines: Sequence[Line], first: int) -> Optional[int]:
    """The free line above the story (``first``) that a breadcrumb over it ends with
    ("الرئيسية » كتب » «بيت على حافة النهر»: ذاكرة عائلة ..." then that headline on its own
    line): the page names its headline twice, and the line is the title whatever lies
    between it and the story (a book's data card, a photo's caption).  So is a page's
    heading printed right over the trail that ends with it (a site template's heading, then
    "الرئيسية / عن المسجد / <heading>")."""
    for k in range(max(0, first - CRUMB_SEARCH_LINES), first):
        ln = lines[k]
        if ln.label != BOILERPLATE or ln.kind != "nav":
            continue
        m = _HOME_CRUMB.match(ln.text)
        if m is None or m.end() == len(ln.text):
            continue
        # the trail's tails from each spaced separator on (a headline's own quote marks,
        # "«بيت على حافة النهر»:", and dashes, "إثيوبيا سيدامو - تحميص فاتح", stay inside it)
        trail = " " + ln.text[m.end() :]
        tails = {key_bytes(trail[x.end() :]) for x in _SPACED_CRUMB_SEPARATOR.finditer(trail)}
        above = lines[k - 1] if k >= 1 else None
        if above is not None and above.label is None and above.words >= CRUMB_HEADLINE_MIN_WORDS and above.key in tails and _headline_like(above):
            return k - 1  # (a page's heading printed right over the trail that ends with it)
        for j in range(k + 1, first):
            c = lines[j]
            if c.label is None and c.words >= CRUMB_HEADLINE_MIN_WORDS and c.key in tails and _headline_like(c):
                nxt = lines[j + 1]
                if (
                    word_count(c.text) < DECK_HEADLINE_MIN_WORDS
                    and nxt.label in (None, BODY)
                    and headline_shaped(nxt)
                    and nxt.words >= c.words + DECK_MIN_EXTRA_WORDS
                ):
                    # the trail's last item, a section's few words, over a longer headline: the
                    # story's section (a headline of more words over a longer line is over its deck)
                    c.set(METADATA, "category", "zone.crumb_section")
                    return None
                return j
    return None


def _crumbs_last_item(lines: Sequence[Line], k: int) -> bool:
    """Does a breadcrumb above line ``k`` end with its text ("خانه » اقتصادی » کشاورزی و منابع
    طبیعی" over "کشاورزی و منابع طبیعی")?  The line is the story's section, not its headline."""
    tail = " " + lines[k].text
    return any(
        lines[j].label == BOILERPLATE and lines[j].kind == "nav" and lines[j].text.endswith(tail) and _HOME_CRUMB.match(lines[j].text) is not None
        for j in range(k)
    )


def _split_crumb_section(ln: Line) -> None:
    """A breadcrumb right above the headline, glued on one line after the home item: its
    last item is the category (rule ``zone.crumb_section``), the rest navigation."""
    if ln.parts or ln.words > CATEGORY_MAX_WORDS + 4 or not (ln.label is None or ln.kind == "nav"):
        return
    m = _HOME_CRUMB.match(ln.text)
    if m is None or m.end() == len(ln.text):
        return
    items = _CRUMB_SEPARATOR.split(ln.text[m.end() :])
    last = items[-1].strip()
    if not last or len(last.split()) > CATEGORY_MAX_WORDS or _SECTION_NAME.match(last) is None:
        return
    at = ln.text.rindex(last)
    nav_end = len(ln.text[:at].rstrip())
    ln.parts = [
        Part(ln.start, ln.start + nav_end, BOILERPLATE, "nav", ln.rule or "zone.crumb_section"),  # (the trail's rule)
        Part(ln.start + at, ln.end, METADATA, "category", "zone.crumb_section"),
    ]
    ln.set(METADATA, "category", "zone.crumb_section")
    ln.entry = None


def _under_headline(ln: Line) -> bool:
    """A decided line that may sit between a headline and its story when the page prints no
    date: a metadata line other than a title (section, reading time, source), the story's
    number on the site, a share row, a player's residue ("Error loading media") or a row of
    jump links."""
    if ln.label == METADATA:
        return ln.kind != "title"
    if ln.label == BOILERPLATE and ln.kind == "nav" and ln.rule == "shape.separator_list":
        return True  # the page's jump links under its heading ("انتقل إلى: ... | ... | ...")
    return ln.label == BOILERPLATE and ln.kind in ("share", "other", "widget") and not _is_contents(ln)


# A "label: value" row: a short label, a colon, a value ("ميناء: Qingdao Port").
KEY_VALUE = re.compile(r"^[^:：\n]{1,30}[:：]\s*\S")


# Quote marks opening a headline's quoted name ("«عيون تقرأ»: ..."); a facts row's label is never quoted.
_QUOTE_OPENERS = ("«", '"', "“")
# A "label: value" row of a facts table: a label without digits (a clock's colon is no label's)
# but in parentheses (a rates widget's unit: "کلدار پاکستانی (۱۰۰۰): 245 افغانی").
_LABEL_VALUE = re.compile(r"^(?:[^:：\n0-9٠-٩۰-۹(]|\([^()\n]{1,12}\)){1,30}[:：]\s*\S")


#: A headline right over the story's code ("کد خبر: ۸۴۶۲۱۹۳") has at least this many words (a
#: forum member's rank over a post counter, "عضو متميز" / "المشاركات: 1,046", is no headline).
HEADLINE_OVER_CODE_MIN_WORDS = 5
# The signs parting a breadcrumb's items ("اقتصادی » مسکن و عمران", "خانه / فرهنگ و هنر").
CRUMB_SIGNS = frozenset("»›>/")
# A rate's row: a currency's or a commodity's name of one or two words, then its price
# ("اليورو 41.62", "الدولار: 5.47 د.ل", "ذهب عيار 21 ٣٢٥٠").
_RATE_ROW = re.compile(r"^[^\W\d_]+(?:\s[^\W\d_]+){0,2}\s*:?\s*[0-9٠-٩۰-۹][0-9٠-٩۰-۹.,٫٬]*(?:\s\S{1,4})?$")


def _rates_rows(lines: Sequence[Line], t: int) -> bool:
    """Is line ``t`` a rate's row with another right over or under it (see :data:`_RATE_ROW`)?"""
    if _RATE_ROW.match(lines[t].text) is None:
        return False
    return any(0 <= k < len(lines) and _RATE_ROW.match(lines[k].text) is not None for k in (t - 1, t + 1))


def key_value_row(lines: Sequence[Line], t: int) -> bool:
    """Is line ``t`` a "label: value" row with another such row above or under it: an
    infobox, a product's or a job's facts ("الموقع: القاهرة، مصر" over "بداية البناء: 1176م")?
    A byline or a publication date line under a "<speaker>: <statement>" headline is no such
    row; a date under a label that is not a publication label (an event's) is."""
    if _LABEL_VALUE.match(lines[t].text) is None or lines[t].text.startswith(_QUOTE_OPENERS):
        return False  # (a quoted name before the colon is a headline's: "«عيون تقرأ»: نظارة لكل تلميذ")
    for j in (t - 1, t + 1):
        if not 0 <= j < len(lines) or _LABEL_VALUE.match(lines[j].text) is None:
            continue
        ln = lines[j]
        if ln.date is not None:
            from .dates import date_label_role  # (the date grammar loads on first use)

            if date_label_role(ln.text[: ln.date_start]) == "event":
                return True
        elif (
            ln.label != METADATA
            and not (ln.label == BOILERPLATE and ln.kind == "nav")
            and not (j == t + 1 and _statement_value(lines[t].text) and _labelled_byline(ln))
            and not structure.photo_label(ln.text)
            and not (j == t - 1 and ln.key.endswith(lines[t].key))
        ):
            # (a breadcrumb over the headline, "أنت هنا: الرئيسية > تقارير", is no facts row,
            # nor one ending with the headline's copy, "الرئيسية / عكار / <place>: <half>";
            # nor a "<place>: <name>" byline under a "<topic>: <statement>" headline, nor a
            # photo's "صورة: <caption>" under a "<topic>: <half>" headline)
            return True
    # (or a card's rows past a dated one: "النوع: عريضة" over "التاريخ: 17 جوان 1927", then
    # "اللغة: العربية", "عدد الأوراق: 3")
    return _card_rows_around(lines, t)


#: A "label: value" line is a card's row when at least this many undecided, undated such rows
#: follow it or precede it without a break, a dated one among them.
FACTS_PAST_DATE_MIN_ROWS = 2


def _card_date_row(lines: Sequence[Line], k: int) -> bool:
    """Is date line ``k`` a "label: value" row of a facts card (see
    :data:`FACTS_PAST_DATE_MIN_ROWS`) whose label is not a publication's or an update's?"""
    ln = lines[k]
    if _LABEL_VALUE.match(ln.text) is None or dates.date_label_role(ln.text[: ln.date_start]) in ("published", "updated"):
        return False
    return _card_rows_around(lines, k)


def _card_rows_around(lines: Sequence[Line], t: int) -> bool:
    """Do at least :data:`FACTS_PAST_DATE_MIN_ROWS` free, undated "label: value" rows run on
    from line ``t``, above and under it together?"""
    return _facts_past_date(lines, t, 1) + _facts_past_date(lines, t, -1) >= FACTS_PAST_DATE_MIN_ROWS


def _facts_past_date(lines: Sequence[Line], t: int, step: int) -> int:
    """How many free, undated "label: value" rows run on from line ``t`` in direction ``step``
    (the run may hold dated rows; it stops at any other line)."""
    n, j = 0, t + step
    while 0 <= j < len(lines) and _LABEL_VALUE.match(lines[j].text) is not None:
        if lines[j].date is None:
            if lines[j].label is not None:
                break
            n += 1
        j += step
    return n


#: A facts row's value is a few words ("القاهرة، مصر"); a headline's statement after its
#: colon has at least this many.
STATEMENT_MIN_WORDS = 4


def _statement_value(text: str) -> bool:
    return len(text.partition(":")[2].split()) >= STATEMENT_MIN_WORDS


def _is_contents(ln: Line) -> bool:
    """A line of a table of contents (its header or an item of its block)."""
    return ln.label == BOILERPLATE and ln.kind == "other" and (ln.opens or ln.rule.startswith("block."))


def _label_lone_dateline(lines: Sequence[Line], first: int) -> None:
    """A dateline alone on the line just above the story ("المدينة نيوز :-", "الرياضي ـ جدة")."""
    k = first - 1
    if k >= 0 and lines[k].label is None and rules.lone_dateline(lines[k].text):
        lines[k].set(METADATA, "dateline", "zone.lone_dateline")


def _meta_head(ln: Line, lexicon: Lexicon, find_date: Optional[DateFinder]) -> Optional[Tuple[int, str, Entry]]:
    """``آخر تحديث: 5 أكتوبر 2024 - 1:54 م <story>``: the end of a date-label head, or None."""
    if find_date is None or lexicon.prefix_re is None:
        return None
    m = lexicon.prefix_re.match(ln.key)
    if m is None:
        return None
    e = lexicon.prefix[m.group(1)]
    if e.label != METADATA or e.kind not in ("published", "updated"):
        return None
    d = find_date(ln.text[:HEAD_DATE_CHARS])
    if d is None or not ln.text[d.end :].strip():
        return None
    return d.end, e.kind, e


def split_first_body_line(ln: Line, lexicon: Lexicon, find_date: Optional[DateFinder]) -> None:
    """Split a date head, a byline and a dateline off the first body line."""
    parts: List[Part] = []
    offset = 0
    head = _meta_head(ln, lexicon, find_date)
    if head is not None:
        end, kind, entry = head
        parts.append(Part(ln.start, ln.start + end, METADATA, kind, "split." + entry.rule, entry))
        offset = end + (len(ln.text[end:]) - len(ln.text[end:].lstrip()))
    rest = ln.text[offset:]
    found = rules.split_dateline(rest)
    if found is not None:
        byline_end, dl_start, dl_end = found
        if byline_end:
            parts.append(Part(ln.start + offset, ln.start + offset + byline_end, METADATA, "author",
                              "split.byline_before_dateline"))
        dl_text = rest[dl_start:dl_end].rstrip()
        parts.append(Part(ln.start + offset + dl_start, ln.start + offset + dl_start + len(dl_text),
                          METADATA, "dateline", "split.dateline"))
        tail = rest[dl_end:]
        offset += dl_end + (len(tail) - len(tail.lstrip()))
    if not parts:
        return
    parts.append(Part(ln.start + offset, ln.end, BODY, "body", ln.rule or "body.run"))
    ln.parts = parts


def label_agency_credits(lines: Sequence[Line]) -> None:
    """A bare agency in parentheses right after story prose ("(رويترز)") is the story's source.

    (A bare name closing an article is read as a signature only on the final labels, by
    :func:`arclean.structure.signature_line`: whether a body line is last depends on what
    follows it, which duplicates and teasers removed later would change.)
    """
    for k in range(1, len(lines)):
        ln = lines[k]
        if ln.label != BODY or ln.text[:1] not in "(-–—" or not rules.closing_credit(ln.text):
            continue
        prev = lines[k - 1]
        # (after prose, or after the last short line of a sentence: a hard-wrapped story's)
        if prev.is_prose or (prev.label == BODY and prev.text[-1:] in _FULL_STOPS):
            ln.set(METADATA, "source", "shape.closing_agency_credit")


def split_link_headline(ln: Line) -> None:
    """``رابط الخبر بصحيفة الوئام: <headline>``: the credit is the source, the rest the title."""
    e = ln.entry
    if e is None or e.kind != "source" or not e.key.startswith(LINK_CREDIT_KEY) or ln.parts:
        return
    colon = ln.text.find(":")
    if colon < 0:
        return
    rest = ln.text[colon + 1 :]
    r0 = colon + 1 + (len(rest) - len(rest.lstrip()))
    if len(rest.split()) < TITLE_MIN_WORDS:
        return
    ln.parts = [
        Part(ln.start, ln.start + colon + 1, METADATA, "source", ln.rule, e),
        Part(ln.start + r0, ln.end, METADATA, "title", "split.link_headline"),
    ]


# A name behind an abbreviated honorific ("أ. عبد الرحمن ديدوح", "د. سمير علي"): a byline.
_ABBREVIATED_NAME = re.compile(r"^\w{1,2}\.\s*(?:\S+\s*){1,4}$")
_TITLE_END = (".", "!", "؟", "?", "۔", ":", "：", "،", ",", ";", "؛")


#: A sentence's full stops (Arabic-script and Urdu): a line ending with one is no heading.
_FULL_STOPS = ".۔"
#: Lines read from an extracted article's first line to tell whether its text is hard-wrapped.
WRAP_SAMPLE_LINES = 8


# The basmala on its own line ("بسم الله الرحمن الرحيم"), as keyed.
_BASMALA = frozenset(key_bytes(w) for w in ("بسم الله الرحمن الرحيم", "بسم الله"))


def label_first_line_headline(lines: Sequence[Line], first: int, has_title: bool = False) -> bool:
    """A body that opens with its headline (an extracted article's first line): a short
    line, not a sentence, a byline or a date, with the story's first paragraph right
    under it, and not one of the article's sub-headings (a later heading-sized line
    opening with the same two words: "فوائد الزنجبيل للهضم", "فوائد الزنجبيل للمناعة").
    Under a title already found, such a line is the article's subtitle."""
    if first + 1 >= len(lines):
        return False
    ln = lines[first]
    # the body line that will follow it in the output (a byline between them is not body)
    # (copies of the line itself right under it are passed over: they leave the body with
    # it as duplicates of the title, so in clean(x) the line is followed by what follows them)
    after = first + 1
    while after + 1 < len(lines) and lines[after].key == ln.key:
        after += 1
    # (a dateline alone on its line under the headline, "مسقط - العُمانية", is passed over too)
    # (and so is a photo's credited caption under it: "... (صورة أرشيفية: ...)", or one
    # opening as captions do: "جانب من قسم الطوارئ الجديد ...")
    under = [x for x in lines[after : after + CAPTION_GAP + 2] if x.label in (None, BODY)]
    # (and so is a labelled byline: "رپورٹ: <name>، <role>", "كتب: <name>")
    # (and so is the basmala opening a statement, a letter or a sermon: it stays their body)
    # (and so is the story's section, one word a menu holds: "محليات")
    # (and so is a bare reading time: "3 دقائق")
    passed = [
        x for x in under[:1]
        if rules.lone_dateline(x.text) or _place_slash_dateline(x.text) or structure.credited_caption(x) or structure.opened_caption(x)
        or _labelled_byline(x) or x.key in _BASMALA
        or _section_word(x) or _BARE_READING_TIME.fullmatch(x.text) is not None
        or (x.words <= BYLINE_MAX_WORDS and names.name_line(x))  # the writer's bare name
    ]
    nxt = next((x for x in under if not passed or x is not passed[0]), lines[after])
    if nxt is lines[after] and not nxt.is_prose:
        nxt = _answer_under_question(lines, after) or nxt  # an interview's first question under its headline
    if (
        ln.label not in (None, BODY)
        or ln.date is not None
        or not TITLE_MIN_WORDS <= ln.words <= FIRST_LINE_TITLE_MAX_WORDS
        or (
            ln.text.endswith(_TITLE_END)
            and not _topic_question(ln)
            and not _question_under_date(lines, first)
            and not _lone_question_headline(lines, first)
        )
        or rules.lone_dateline(ln.text)
        or not nxt.is_prose
        or nxt.label not in (None, BODY)
        or nxt.words <= ln.words
        or not rules.has_arabic(ln.text)  # a Latin line over Arabic text is chrome ("You cannot copy ...")
        or ln.text.startswith("![")  # a markdown image: its alt text is no headline
        or ln.key in SECTION_LABELS  # "السؤال" over a question: a section's heading
        or structure.credited_caption(ln)  # a photo's caption "... (تصوير: <name>)"
        or _over_photo_credit(lines, first)  # a caption over its credit line "تصوير: <name>"
        or spaced_buttons(ln.text)  # a toolbar: "اطبع الوصفة   احفظ   شارك"
        or structure.list_labelled(ln.text)  # a list's label and items: "المقادير: كيلو لحم، ..."
        or key_value_row(lines, first)  # the last row of a facts table
        or (ln.words <= NAME_TITLE_MAX_WORDS and names.name_line(ln))  # a person's bare name (the writer's, printed again)
    ):
        return False
    if share_row(ln):
        ln.set(BOILERPLATE, "share", "zone.share_row")  # "واتساب إكس فيسبوك نسخ الرابط": the buttons, not a headline
        return True
    byline = rules.byline_shape(ln.text)
    if _ABBREVIATED_NAME.match(ln.text) is not None or (ln.words <= BYLINE_MAX_WORDS + 2 and byline):
        # "أ. عبد الرحمن ديدوح", "متابعة/ نور عطية": the writer over the story, not its headline
        ln.set(METADATA, "author", "zone.byline_over_story")
        _split_byline_label(ln)
        d = first + 1
        if d + 1 < len(lines) and lines[d].label in (None, BODY) and rules.lone_dateline(lines[d].text):
            lines[d].set(METADATA, "dateline", "zone.lone_dateline")  # "الرياض - واس" under the byline, over the story
        return True
    if byline or (
        structure.continues_sentence(nxt)
        and not _speaker_headline(ln.text)
        and ".. " not in ln.text
        # (read on the body's lines, the ones clean(x) keeps, so that it reads them the same way)
        and structure.hard_wrapped([x for x in lines[first : first + WRAP_SAMPLE_LINES] if x.label == BODY])
    ):
        # an outlet and a place ("راديو الآن دبي - الإمارات"), or one sentence broken in two
        # lines ("... إلى" under it): not a headline (a "<speaker>: <statement>" line is one,
        # and so is a two-dot headline "في حلب القديمة.. حرفيو الصابون ...", even over a lede
        # opening "في ...": half a sentence seldom holds a colon or two dots)
        return False
    opening = ln.key.split(b" ")[:2]
    for later in lines[first + 2 :]:
        # (body lines only: clean(x) holds no others, and must read this line the same way;
        # a line ending with a full stop is a short paragraph, no sub-heading: "سپاهان با این
        # برد ۳۸ امتیازی شد ..." under the headline "سپاهان با گل دقیقه ۹۰ ...")
        if (
            later.label == BODY
            and later.words <= FIRST_LINE_TITLE_MAX_WORDS
            and later.key != ln.key
            and later.text[-1] not in _FULL_STOPS
            and later.key.split(b" ")[:2] == opening
        ):
            return False  # (a copy of the same line is the story printed twice, not a sub-heading)
    if has_title:
        # the article already has its title: a headline-sized line opening the body is its
        # subtitle (standfirst).  Left in the body, it would become the title of clean(x),
        # and clean(clean(x)) would lose it.
        ln.set(METADATA, "other", "zone.subtitle")
    else:
        ln.set(METADATA, "title", "zone.first_line_headline")
    for x in passed:
        if rules.lone_dateline(x.text) or _place_slash_dateline(x.text):  # (a caption stays in the body)
            x.set(METADATA, "dateline", "zone.dateline_under_title")
        elif _section_word(x):
            x.set(METADATA, "category", "zone.section_below_title")
        elif _labelled_byline(x):
            x.set(METADATA, "author", "zone.labelled_byline")
            split_label_value(x, "split.byline_label")
        elif _BARE_READING_TIME.fullmatch(x.text) is not None:
            x.set(METADATA, "other", "zone.reading_time")
        elif names.name_line(x):
            x.set(METADATA, "author", "zone.name_under_title")
    return True  # (its copies right under it go with it: see segment.mark_duplicates)


def _answer_under_question(lines: Sequence[Line], k: int) -> Optional[Line]:
    """The answer under line ``k`` when ``k`` is a short free question and a longer prose line
    follows it (an interview printed as question and answer lines), else None."""
    q = lines[k]
    if k + 1 >= len(lines) or q.label not in (None, BODY) or not q.text.endswith(structure.QUESTION_ENDS):
        return None
    a = lines[k + 1]
    return a if a.is_prose and a.label in (None, BODY) and a.words > q.words else None


# A reading time with no "read" word, alone under the headline: "3 دقائق", "12 دقيقة", "5 min".
_BARE_READING_TIME = re.compile(r"[0-9٠-٩۰-۹]{1,2}\s*(?:دقائق|دقيقة|دقايق|min|mins)")


def _section_word(ln: Line) -> bool:
    """One word that the lexicon knows as a menu's section ("محليات", "اقتصاد")."""
    return ln.words == 1 and _menu_section(ln, DEFAULT_LEXICON)


#: A headline asking its question after its topic has at least this many words.
TOPIC_QUESTION_MIN_WORDS = 5


def _topic_question(ln: Line) -> bool:
    """A headline that states its topic, a colon, then asks ("ريدمي نوت 13 ضد جالاكسي A35: أيهما
    يستحق فلوسك؟"), not a question of a Q&A ("ما فيتامين د؟", "س: ما هو السخان الشمسي؟")."""
    text = ln.text
    if not text.endswith(structure.QUESTION_ENDS) or ln.words < TOPIC_QUESTION_MIN_WORDS:
        return False
    topic, colon, question = text.partition(":")
    if not colon or not question.strip() or len(topic.split()) < 2:
        return False  # (a one-word label before the colon is a Q&A's "س:" or a section's)
    return ln.key.split(b" ", 1)[0] not in structure.QUESTION_KEYS


def _question_under_date(lines: Sequence[Line], k: int) -> bool:
    """A question right under the header's publication date line (a blog's date header over
    the post: "الأحد، 9 مارس 2025" / "من أين جاءت كلمة «برشا»؟"): the post's title, not a
    Q&A's first question (a Q&A's questions follow its text, not its date)."""
    above = lines[k - 1] if k > 0 else None
    return (
        above is not None and above.label == METADATA and above.kind == "published"
        and lines[k].text.endswith(structure.QUESTION_ENDS)
    )


#: A question opening an extract is its headline when no other short question follows it in
#: this many lines (a Q&A's or a FAQ's questions come one after another).
QUESTION_TITLE_REACH = 40
#: ...short: at most this many words.
QUESTION_MAX_WORDS = 20


# An explainer's question opens with "how" or "what (to do)"; a Q&A's asks "what is" ("ما هو").
_HOW_TO_WORDS = frozenset(key_bytes(w) for w in ("كيف", "ماذا"))


def _lone_question_headline(lines: Sequence[Line], k: int) -> bool:
    """Is line ``k`` a how-to question of at least TOPIC_QUESTION_MIN_WORDS words heading an
    explainer ("ماذا تفعل بطعام الثلاجة عند انقطاع الكهرباء لساعات طويلة؟"): no other short
    question in the :data:`QUESTION_TITLE_REACH` lines under it?"""
    ln = lines[k]
    if not ln.text.endswith(structure.QUESTION_ENDS) or ln.words < TOPIC_QUESTION_MIN_WORDS or ln.key.split(b" ", 1)[0] not in _HOW_TO_WORDS:
        return False
    return not any(
        x.words <= QUESTION_MAX_WORDS and x.text.endswith(structure.QUESTION_ENDS) for x in lines[k + 1 : k + 1 + QUESTION_TITLE_REACH]
    )


def _labelled_byline(ln: Line) -> bool:
    """A short labelled byline ("رپورٹ: <name>، <role>") that is no sentence."""
    return ":" in ln.text and ln.words <= BYLINE_MAX_WORDS + 4 and not ln.is_prose and names.labelled_name(ln.text)


# The photo-credit entry of the lexicon ("تصوير: <name>"), by its key.
_PHOTO_CREDIT = key_bytes("تصوير")


def _over_photo_credit(lines: Sequence[Line], k: int) -> bool:
    """Is line ``k`` right over a photo's credit line ("تصوير: فريق المرقاب"): the photo's
    caption, not a headline?"""
    if k + 1 >= len(lines):
        return False
    e = lines[k + 1].entry
    return e is not None and e.bkey == _PHOTO_CREDIT


def _speaker_headline(text: str) -> bool:
    """"<speaker>: <statement>" ("مربي النحل جورج عساف: تقلبات الطقس باتت أخطر ..."): a
    colon with at most :data:`SPEAKER_MAX_WORDS` words before it and two or more after."""
    speaker, colon, said = text.partition(": ")
    return bool(colon) and 1 <= len(speaker.split()) <= SPEAKER_MAX_WORDS and len(said.split()) >= 2


# The last " - " or " | " of a headline, and what follows it (a site name).
_SUFFIX = re.compile(r"\s+[-–—|]\s+(?=[^-–—|]+$)")


#: A site-name suffix this long is cut only when the page prints it elsewhere.
SITE_SUFFIX_LONG_MAX_WORDS = 14


def _printed_elsewhere(key: bytes, head: bytes, ln: Line, lines: Sequence[Line]) -> bool:
    """Does another line's key hold ``key`` (the suffix's) without ``head`` (a copy of the
    whole headline, in a breadcrumb or a page title, is no site name)?"""
    return bool(key) and any(x is not ln and key in x.key and head not in x.key for x in lines)


# A name ending in a number of up to three digits: "سوس ماسة 24", "عربي21", "فرانس 24".
_NAMED_NUMBER = re.compile(r"^[^\W\d_][^\d]*?\s?\d{1,3}$")


# Prepositions a headline's second half holds ("خمسة أيام في تغازوت") and a site's name seldom
# does, by their keys.
_PHRASE_WORDS = frozenset(key_bytes(w) for w in ("في", "من", "على", "إلى", "عن", "مع", "خلال", "بين"))


def split_title_suffix(ln: Line, lines: Sequence[Line] = ()) -> None:
    """``<headline> - <site name>``: the site name after the last " - " or " | " is navigation
    (the guide's titles carry no site suffix).  Only a short suffix after a real headline is
    cut, or a longer one (an institution's full name, up to :data:`SITE_SUFFIX_LONG_MAX_WORDS`
    words) that the page prints on another of its ``lines`` too (its copyright line, its
    masthead)."""
    if ln.parts or ln.label != METADATA or ln.kind != "title":
        return
    m = _SUFFIX.search(ln.text)
    if m is None:
        return
    head, tail = ln.text[: m.start()], ln.text[m.end() :]
    # (a page's name over its own copy: the head is the name, however short; see _label_page_name)
    min_words = TITLE_MIN_WORDS if ln.rule == "zone.page_name" else SUFFIX_HEADLINE_MIN_WORDS
    if len(head.split()) < min_words:
        return
    if any(c.isdigit() for c in tail) and not (
        # (a site's name with a number, "سوس ماسة 24", "عربي 21": only when the page prints it
        # elsewhere too, its copyright line; "الجولة 24" after a sports headline is no site)
        _NAMED_NUMBER.match(tail) is not None and _printed_elsewhere(key_bytes(tail), key_bytes(head), ln, lines)
    ):
        return
    if (_PHRASE_WORDS.intersection(key_bytes(tail).split()) or "،" in tail) and not _printed_elsewhere(key_bytes(tail), key_bytes(head), ln, lines):
        # (a phrase going on with the headline, "– خمسة أيام في تغازوت", is no site's name; nor
        # is a place and its region parted by a comma, "– الجدار الكبير، مضيق تودغى")
        return
    if m.group().strip() in head and not _printed_elsewhere(key_bytes(tail), key_bytes(head), ln, lines):
        return  # (the same dash inside: a name's fields, "عود دمشقي – ظهر جوز وصدر شوح – موديل الشام")
    if tail.strip().startswith(("«", '"', "“")):
        return  # (a quoted name after the dash goes on with the headline: "ملاحظات التحديث 1.4.0 – «موسم الرمال»")
    n = len(tail.split())
    if n > SITE_SUFFIX_MAX_WORDS and not (
        n <= SITE_SUFFIX_LONG_MAX_WORDS
        and head.count("«") <= head.count("»")  # (a dash inside a quoted name: «جابر – نصيب»)
        and _printed_elsewhere(key_bytes(tail), key_bytes(head), ln, lines)
    ):
        return
    sep = m.start() + len(m.group()) - len(m.group().lstrip())
    ln.parts = [
        Part(ln.start, ln.start + m.start(), METADATA, "title", ln.rule),
        Part(ln.start + sep, ln.end, BOILERPLATE, "nav", "split.title_site_suffix"),
    ]
