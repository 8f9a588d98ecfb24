"""Line rules that are not phrase look-ups: shapes, separators, embeds, datelines.

Each rule is a small named function.  A rule that fires returns a
:class:`Hit` naming itself, so every segment can say why it was labelled.
Rules look at one line (and sometimes its neighbours); the segmentation loop in
:mod:`arclean.segment` decides order and context.

All regexes are compiled once at import and commented.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Dict, Optional, Tuple

from .fold import key_bytes
from .lexicon import data_rows
from .model import BOILERPLATE_KINDS, META_KINDS

__all__ = [
    "Hit",
    "SENTENCE_PUNCT",
    "figures_row",
    "bordered_table_row",
    "copyright_line",
    "separator_list",
    "repetitive_list",
    "letter_index",
    "weather_line",
    "series_counter",
    "market_ticker",
    "bar_fact",
    "tweet_signature",
    "embed_text",
    "contact_line",
    "citation_marker",
    "time_only",
    "split_dateline",
    "has_arabic",
    "lone_dateline",
    "agency_credit",
    "shape_hit",
    "shape_triggered",
    "SHAPE_SIGNS",
    "SHAPE_FIRST",
    "closing_credit",
    "breadcrumb",
    "relative_time",
    "rating_line",
    "rating_score",
]

#: Punctuation that ends or joins sentences (Arabic and Latin forms)...
SENTENCE_PUNCT = re.compile(r"[،,.؛;!؟?۔]")  # "۔": the Urdu full stop
#: ...looked for in this many leading characters of a line.
PUNCT_SCAN_CHARS = 240

#: A separator list needs at least this many separators to be navigation.
MIN_LIST_SEPARATORS = 3
#: A line this long (in words) whose most frequent word takes this share is a list, not prose.
LIST_MIN_WORDS = 30
LIST_TOP_WORD_SHARE = 0.2
#: ...and a shorter unpunctuated line long enough to pass for prose (lines.PROSE_WORDS_NO_PUNCT)
#: is one when a single word makes up this share of it: a phrase glued to itself again and
#: again ("اقرأ أيضااقرأ أيضااقرأ أيضا ..."), a scraper's residue.
REPEATED_MIN_WORDS = 25
REPEATED_TOP_SHARE = 0.6
#: A copyright line is short.
COPYRIGHT_MAX_WORDS = 30


@dataclass(frozen=True)
class Hit:
    """What a rule decided: ``label`` (body/metadata/boilerplate), ``kind`` and the rule name."""

    label: str
    kind: str
    rule: str


def copyright_line(text: str, n_words: int) -> Optional[Hit]:
    """``© 2020 <site>`` lines (the sign is lost in the matching key, so test the raw text)."""
    if n_words <= COPYRIGHT_MAX_WORDS and ("©" in text or "(c)" in text[:5].lower()):
        return Hit("boilerplate", "footer", "shape.copyright_sign")
    return None


# Separators of menu/link lists as scrapers flatten them: "a | b | c", "a • b • c".
_LIST_SEPARATORS = re.compile(r"\s[|•·]\s|\|\||\s\|$|^\|")


def separator_list(text: str) -> Optional[Hit]:
    """Menus and footers flattened into one line: ``الرئيسية | فيديو | العالم``.  Not a row
    of a table of figures (``الأردن | 4 | 3 | 1 | 0 | 10``: most cells numbers), which is
    the story's where the story holds it."""
    if "|" not in text and "•" not in text and "·" not in text:
        return None
    if text.count("|") + text.count("•") >= MIN_LIST_SEPARATORS or (
        len(_LIST_SEPARATORS.findall(text)) >= MIN_LIST_SEPARATORS
    ):
        if "|" in text and (figures_row(text) or bordered_table_row(text) or facts_row(text)):
            return None
        return Hit("boilerplate", "nav", "shape.separator_list")
    return None


# A site's home item, first in its menu or its breadcrumb trail ("الرئيسية", Persian "خانه").
HOME_ITEMS = ("الصفحة الرئيسية", "الرئيسية", "الرئيسيه", "صفحه اصلی", "خانه", "Home", "home")
_HOME_WORDS = "(?:" + "|".join(HOME_ITEMS[:-1]) + ")"
# A menu flattened with spaced dashes opens with the home item: "الرئيسية - ...".
_HOME_ITEM_DASH = re.compile("^" + _HOME_WORDS + r"\s-\s", re.I)
#: A menu's item has at most this many words (a headline's dash parts a longer clause).
MENU_ITEM_MAX_WORDS = 3


def dash_menu(text: str) -> Optional[Hit]:
    """A menu flattened into one line with spaced dashes, opening with the home item
    ("الرئيسية - أخبار محلية - عربي ودولي - اقتصاد"): MIN_LIST_SEPARATORS items or more
    after it, each of at most MENU_ITEM_MAX_WORDS words."""
    items = text.split(" - ")
    if len(items) > MIN_LIST_SEPARATORS and all(0 < len(x.split()) <= MENU_ITEM_MAX_WORDS for x in items):
        return Hit("boilerplate", "nav", "shape.separator_list")
    return None


#: A row of facts has at least this many "<label>: <value>" fields with a figure among them.
FACTS_ROW_MIN_FIELDS = 2


def facts_row(text: str) -> bool:
    """A row of a photo's or a product's facts parted by bars ("الكاميرا: Nikon Z6 II |
    العدسة: 14-30 مم | f/11 | ISO 100"): at least :data:`FACTS_ROW_MIN_FIELDS` fields of a
    label, a colon and a value, a digit among the values; the story's, not a menu (a menu's
    items hold no colon)."""
    if "](" in text:
        return False  # (a markdown print's bar of links: "javascript:" and "https:" are no labels)
    labelled = sum(1 for f in text.split("|") if _FACT_FIELD.match(f) is not None)
    return labelled >= FACTS_ROW_MIN_FIELDS and any(c.isdigit() for c in text)


# A fact's field: a label of letters (at most 30 characters, no digit or bracket: a clock's
# colon is no label's, "فجر 5:31"), a colon and a value.
_FACT_FIELD = re.compile(r"\s*[^\W\d_][^\d:|\[\]()/]{0,30}:\s*\S")


# A table cell that is a figure: "4", "10", "3.5", "-2", "45%", "1,240".
_FIGURE_CELL = re.compile(r"^[-+−]?[0-9٠-٩۰-۹][0-9٠-٩۰-۹.,٫٬]*%?$")


def bordered_table_row(text: str) -> bool:
    """A table row printed with bars on both ends ("| الطب البشري | كلية الطب | 95% | 185,000 |",
    as markdown dumpers print tables), at least three cells and one of them a figure: a
    table's row, not a menu (a menu's items hold no figures)."""
    t = text.strip()
    if not (t.startswith("|") and t.endswith("|")):
        return False
    cells = [c.strip() for c in t.strip("|").split("|")]
    return len(cells) >= 3 and any(_FIGURE_CELL.match(c) is not None for c in cells)


def figures_row(text: str) -> bool:
    """Are most of the bar-separated cells figures (a table row, not a menu)?"""
    cells = [c.strip() for c in text.strip().strip("|").split("|")]
    cells = [c for c in cells if c]
    figures = sum(1 for c in cells if _FIGURE_CELL.match(c) is not None)
    return len(cells) >= 3 and 2 * figures > len(cells)


# Breadcrumb trails: "الرئيسية > أخبار > سياسة", "الرئيسية » رياضة".
_CRUMB = re.compile(r"\s[>»›]\s")
#: A breadcrumb has at least this many separators and at most this many words.
MIN_CRUMB_SEPARATORS = 2
CRUMB_MAX_WORDS = 16
#: A trail opening with the site's home item ("الرئيسية › ... › <the page's headline>") is one
#: up to this many words: its last item may be a long headline.
CRUMB_HOME_MAX_WORDS = 32
# A trail's home item, right before its first separator.
_HOME_ITEM = re.compile("^" + _HOME_WORDS + r"\s[>»›]\s", re.I)


def breadcrumb(text: str, n_words: int) -> Optional[Hit]:
    """A breadcrumb trail flattened into one line."""
    if (n_words <= CRUMB_MAX_WORDS or (n_words <= CRUMB_HOME_MAX_WORDS and _HOME_ITEM.match(text) is not None)) and len(
        _CRUMB.findall(text)
    ) >= MIN_CRUMB_SEPARATORS:
        return Hit("boilerplate", "nav", "shape.breadcrumb")
    return None


# A relative time alone on a line: "منذ 3 ساعات", "قبل ساعتين", "قبل 4 ساعة"; in Persian,
# Urdu and Pashto the word "ago" comes last: "۲ ساعت پیش", "چند روز پیش", "3 گھنٹے پہلے",
# "۲ ساعته وړاندې", "لحظاتی پیش".  It dates the story (the header needs it), or a listed
# item, but its value is unknown without a reference time.  The units and the closing "ago"
# words are the date reader's (data/dates_relative.tsv), so the two read the same stamps.
_RELATIVE_ROWS = data_rows("dates_relative.tsv")
_AGO_UNITS = tuple(r[0] for r in _RELATIVE_ROWS if r[1] == "unit")
_AGO = tuple(r[0] for r in _RELATIVE_ROWS if r[1] in ("ago-after", "ago-final"))
#: Persian "a few moments/minutes/hours ago" with no number: "لحظاتی پیش", "دقایقی پیش".
_AGO_VAGUE = ("لحظاتی", "دقایقی", "ساعاتی", "ساعتی")
_RELATIVE_TIME = re.compile(
    r"""^(?:نشر\s+)?(?:منذ|قبل)\s+(?:[\d٠-٩]+\s+)?
        (?:ثانية|ثوان|ثواني|دقيقة|دقيقتين|دقائق|ساعة|ساعتين|ساعات|يوم|يومين|أيام|ايام|
           أسبوع|اسبوع|أسبوعين|اسبوعين|أسابيع|اسابيع|شهر|شهرين|أشهر|اشهر)$"""
    + r"|^(?:(?:[\d٠-٩۰-۹]+|چند)\s+(?:" + "|".join(_AGO_UNITS) + r")|" + "|".join(_AGO_VAGUE) + r")\s+(?:" + "|".join(_AGO) + r")$"
    # "yesterday/today at a clock time": "أمس 10:40 م", "اليوم الساعة 09:15"
    + r"|^(?:أمس|امس|البارحة|اليوم)\s+(?:الساعة\s+)?[\d٠-٩]{1,2}[:٫][\d٠-٩]{2}(?:\s*(?:ص|م))?$",
    re.X,
)


#: Where a relative time can start, in a block of line keys (see :func:`arclean.fold.key_block`):
#: "منذ"/"قبل" first, or a number (the fold writes every digit in ASCII), "چند" or a vague
#: amount first and "ago" last, or "yesterday"/"today" and a clock.
RELATIVE_TIME_GATE = re.compile(
    b"\n(?:(?:" + key_bytes("نشر") + b" )?(?:" + key_bytes("منذ") + b"|" + key_bytes("قبل") + b") "
    + b"|(?:(?:[0-9]+|" + key_bytes("چند") + b") (?:" + b"|".join(key_bytes(u) for u in _AGO_UNITS) + b")|"
    + b"|".join(key_bytes(v) for v in _AGO_VAGUE) + b") (?:" + b"|".join(key_bytes(a) for a in _AGO) + b")(?![^\n])"
    + b"|(?:" + b"|".join(key_bytes(w) for w in ("أمس", "البارحة", "اليوم")) + b") (?:" + key_bytes("الساعة") + b" )?[0-9])"
)


#: A line that is only a reading time written "قراءة في 7 دقائق" ("read in 7 minutes"), in a
#: block of line keys (the other wordings, "5 دقائق قراءة", are lexicon rows; this one opens
#: with words that also open headlines, "قراءة في رواية ...", so the number decides).
READING_TIME_LINE = re.compile(
    b"\n" + key_bytes("قراءة") + b" " + key_bytes("في") + b" [0-9]+ (?:" + key_bytes("دقيقة") + b"|" + key_bytes("دقائق") + b")(?![^\n])"
)


# Around a stamp: markdown emphasis left by an icon ("__منذ 12 دقيقة __1200", html2text) and
# the item's view count after it.
_STAMP_DECOR = re.compile(r"[_*]+")
_VIEW_COUNT_AFTER = re.compile(r"\s+[\d٠-٩۰-۹][\d٠-٩۰-۹,٬.]*$")


def relative_time(text: str) -> bool:
    if "_" in text or "*" in text:
        text = _STAMP_DECOR.sub(" ", text).strip()
    if text[-1:].isdigit() and not text[:1].isdigit():
        text = _VIEW_COUNT_AFTER.sub("", text)  # ("منذ 12 دقيقة 1200": the time, then its views)
    return len(text) <= 30 and _RELATIVE_TIME.match(text) is not None


#: A repetitive list has at most this many sentence punctuation marks (in the scanned head)...
LIST_MAX_PUNCT = 2
# ...so a third mark rules it out; the search stops there instead of counting them all.
_P = SENTENCE_PUNCT.pattern[1:-1]
_MORE_THAN_LIST_PUNCT = re.compile(f"[{_P}](?:[^{_P}]*[{_P}]){{{LIST_MAX_PUNCT}}}")


#: A repeated-word list repeats its word from its start: the words of this many leading
#: characters must already hold repeats (a cheap look before counting the whole line).
LIST_HEAD_CHARS = 160
#: The word shares are counted in this many leading characters (a list dominated by one
#: word is dominated from its start; a whole article glued into one line is not counted
#: word by word to learn that it is not a list).
LIST_SCAN_CHARS = 2000


#: An alphabet bar of a glossary, a directory or an index: at least LETTER_INDEX_MIN letters
#: each standing alone ("أ ب ت ث ... هـ و ي", "A B C ... Z"), perhaps with a tatweel ("هـ").
LETTER_INDEX_MIN = 10
_LETTER_INDEX = re.compile(r"[^\W\d_]ـ?(?:\s+[^\W\d_]ـ?)+")




def repetitive_list(text: str, n_words: int) -> Optional[Hit]:
    """A long unpunctuated line dominated by one repeated word ("سورة الفاتحة سورة البقرة ..."),
    or an alphabet bar (:func:`letter_index`)."""
    if n_words >= LETTER_INDEX_MIN and len(text) <= 3 * n_words:
        return letter_index(text)  # (a line of that many words, at most three characters a word)
    if n_words < REPEATED_MIN_WORDS or _MORE_THAN_LIST_PUNCT.search(text, 0, PUNCT_SCAN_CHARS):
        return None
    share = LIST_TOP_WORD_SHARE if n_words >= LIST_MIN_WORDS else REPEATED_TOP_SHARE
    head = text[:LIST_HEAD_CHARS].split()
    if len(head) - len(set(head)) + 1 < share * len(head):
        return None  # too few repeats in the head for one word to make up the share
    words = text[:LIST_SCAN_CHARS].split()
    # (a word of one or two letters is a conjunction or a preposition, "أو", "و", "یا", "کے": a
    # legal definition's "للأرصفة أو الطرق أو الساحات أو ..." repeats it, a list does not)
    top = max((n for w, n in Counter(words).items() if len(w) > 2 or not w.isalpha()), default=0)
    if top / len(words) >= share:
        return Hit("boilerplate", "nav", "shape.repetitive_list")
    return None


# An embedded tweet's signature line: "— Name (@handle) February 6, 2023".
_TWEET_SIGNATURE = re.compile(
    r"""^[—–-]\s*            # the em dash the embed starts with
        [^\n]{1,80}?          # display name
        \(@\w{1,30}\)         # (@handle)
        [^\n]{0,40}$          # date, in any language
    """,
    re.X,
)


def tweet_signature(text: str) -> Optional[Hit]:
    """The attribution line of an embedded tweet."""
    if text[:1] not in "—–-":
        return None
    if _TWEET_SIGNATURE.match(text):
        return Hit("boilerplate", "widget", "embed.tweet_signature")
    return None


_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")
_EMBED_MARKERS = re.compile(r"pic\.twitter\.com|https?://t\.co/|instagram\.com/p/")


def has_arabic(text: str) -> bool:
    return _ARABIC_LETTER.search(text) is not None


def embed_text(text: str) -> Optional[Hit]:
    """The text of an embedded post just above its signature: foreign-script or carrying embed links."""
    if not has_arabic(text) or _EMBED_MARKERS.search(text):
        return Hit("boilerplate", "widget", "embed.post_text")
    return None


# A line that is only an e-mail address, or phone codes of SMS contact footers ("88591 - Stc").
_EMAIL_ONLY = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_SMS_CODE = re.compile(r"^\d{4,7}\s*[-–]\s*[A-Za-z][\w ]{1,15}$")


def _load_counters() -> Dict[bytes, Hit]:
    out: Dict[bytes, Hit] = {}
    for noun, label, _why in data_rows("counter_nouns.tsv", ("noun", "label", "why")):
        group, _, kind = label.partition(":")
        if not ((group == "bp" and kind in BOILERPLATE_KINDS) or (group == "meta" and kind in META_KINDS)):
            raise ValueError(f"counter_nouns.tsv: {noun!r} has no bp:<kind> or meta:<kind> label: {label!r}")
        out[key_bytes(noun)] = Hit("metadata" if group == "meta" else "boilerplate", kind, "shape.counter")
    return out


#: What a counter line counts, by the folded key of its noun (``data/counter_nouns.tsv``).
COUNTER_NOUNS: Dict[bytes, Hit] = _load_counters()
# A number (any digits, thousands marks, "1.2K"; "thousand" or "million" in a word: Arabic
# "ألف", Persian "هزار", Urdu "ہزار", Pashto "زره"), then a noun of one or two words.
_COUNTER = re.compile(r"^[0-9٠-٩۰-۹][0-9٠-٩۰-۹,.٬٫]*\s*(?:[KkMm]|ألف|الف|مليون|هزار|ہزار|زره)?\s+(\S+(?:\s\S+)?)$")


# ...or the noun first, as a label, and the number after a colon: "المشاهدات: 320", "تعداد
# بازدید: ۱۸۵۴۲" (the noun after "عدد"/"تعداد", "number of", and the article "ال" are read).
_LABELLED_COUNTER = re.compile(r"^(?:(?:عدد|تعداد)\s+)?(?:ال)?(\S+(?:\s\S+)?)\s*:\s*[0-9٠-٩۰-۹][0-9٠-٩۰-۹,.٬٫]*\s*[KkMm]?$")
#: A labelled counter has at most this many words ("عدد المشاهدات: 1,520").
LABELLED_COUNTER_MAX_WORDS = 4


#: A rating widget's line has at most this many words ("★★★★½ 4.5 من 5 (120 تقييم)").
RATING_MAX_WORDS = 12


# A rating's score alone, perhaps with its count: "4.3 من 5 (87 تقييم)", "٤٫٧ من ٥", "8.2 / 10"
# (a gallery's counter "1 / 5" is none: over a slash, a decimal score or a score out of ten).
_RATING_SCORE = re.compile(
    r"^(?:[0-9٠-٩][0-9٠-٩.,٫]*\s*من\s*(?:5|10|٥|١٠)|[0-9٠-٩]+[.,٫][0-9٠-٩]+\s*/\s*(?:5|10|٥|١٠)|[0-9٠-٩]+\s*/\s*(?:10|١٠))"
    r"(?:\s*\(\s*[0-9٠-٩][0-9٠-٩,٬.]*\s+[^\W\d_]+\s*\))?$"
)


def rating_score(text: str) -> Optional[Hit]:
    """A rating widget's score with no stars ("4.3 من 5 (87 تقييم)"): rule ``shape.rating``."""
    return Hit("boilerplate", "widget", "shape.rating") if _RATING_SCORE.match(text) is not None else None


def rating_line(text: str, n_words: int) -> Optional[Hit]:
    """A line of rating stars with no label before them ("★★★★½ 4.5 من 5 (120 تقييم)", a
    reader's "ريم ★★★★☆"): a rating widget (rule ``shape.rating``).  A labelled rating
    ("تقييمي: ★★★★☆", "تقييم الناقد: ...") is left to the page: a review's own verdict is
    its text."""
    if n_words > RATING_MAX_WORDS or ":" in text:
        return None
    return Hit("boilerplate", "widget", "shape.rating")


def counter_line(text: str) -> Optional[Hit]:
    """A counter alone on a line: "4 تعليقات" (share row), "1.2K مشاهدة" (the article's view
    count), "55 حلقات" (a series' navigation); the nouns are in ``data/counter_nouns.tsv``."""
    m = _COUNTER.match(text)
    return COUNTER_NOUNS.get(key_bytes(m.group(1))) if m is not None else None


# A topic and its count in parentheses, a tag or section page's heading: "الجفاف (412 مقالا)",
# or the count alone: "(412 مقالا)".
_TOPIC_COUNT = re.compile(r"^(?:[^()]{1,40}?\s*)?\(\s*([0-9٠-٩۰-۹][0-9٠-٩۰-۹,.٬٫]*\s+\S+)\s*\)$")


def topic_count(text: str) -> Optional[Hit]:
    """A listing's heading that counts its items in parentheses ("الجفاف (412 مقالا)"): the
    page lists stories, it holds none (rule ``shape.topic_count``, navigation)."""
    m = _TOPIC_COUNT.match(text)
    if m is None:
        return None
    hit = counter_line(m.group(1))
    return Hit("boilerplate", "nav", "shape.topic_count") if hit is not None and hit.kind == "nav" else None


def labelled_counter(text: str) -> Optional[Hit]:
    """A counter written as a label and its number: "المشاهدات: 320", "تعداد بازدید: ۱۸۵۴۲",
    "Views: 1,200" (the nouns of :func:`counter_line`)."""
    m = _LABELLED_COUNTER.match(text)
    return COUNTER_NOUNS.get(key_bytes(m.group(1))) if m is not None else None


#: Words of a pager besides its page numbers.
_PAGER_WORDS = frozenset(("التالي", "السابق", "الأولى", "الأخيرة", "التالية", "السابقة", "...", "…", "»", "«", "›", "‹", "|",
                          "next", "prev", "previous", "Next", "Prev", "Previous",
                          "قبلی", "بعدی", "اگلا", "پچھلا", "اگلی", "پچھلی"))  # (Persian, Urdu)
# Three numbers in a row: what a pager opening with a quote mark must hold.
_NUMBER_RUN = re.compile(r"[0-9٠-٩۰-۹]+\s+[0-9٠-٩۰-۹]+\s+[0-9٠-٩۰-۹]+")
# Quote marks a pager word may be printed in: "«قبلی»", "« پچھلا".
_PAGER_MARKS = "«»‹›<>"
_PAGER_MARK_SET = frozenset(_PAGER_MARKS)
#: A pager has at least this many page numbers.
PAGER_MIN_NUMBERS = 3


# The fields of a meta bar: "منذ ساعتين | 1.2 ألف مشاهدة", "5 دقائق قراءة · 320 مشاهدة".
_BAR_SPLIT = re.compile(r"\s+[|·•]\s+")
# A reading time: "5 دقائق قراءة", "دقيقتان للقراءة", "قراءة 3 دقائق".
# ("قراءة في 7 دقائق": "read in 7 minutes"; "وقت القراءة: 3 دقائق": "reading time")
_READING_TIME_WORDS = (
    r"(?:[0-9٠-٩۰-۹]+\s*)?(?:دقيقة|دقائق|دقيقتان|دقيقتين)\s+(?:لل)?قراءة"
    r"|(?:(?:مدة|وقت|زمن)\s+)?(?:ال)?قراءة(?::|\s+في)?\s*[0-9٠-٩۰-۹]+\s*(?:دقيقة|دقائق)"
)
_READING_TIME = re.compile(r"^(?:" + _READING_TIME_WORDS + r")$")
#: A reading time ending a longer line, after a space or a field's sign ("... ١:٤٠ ص ٤ دقائق قراءة").
READING_TIME_TAIL = re.compile(r"\s[-|–·•]?\s*(?:" + _READING_TIME_WORDS + r")\s*$")
#: A meta bar has at most this many words.
META_BAR_MAX_WORDS = 12


def meta_bar(text: str, n_words: int) -> Optional[Hit]:
    """A bar of the story's facts split by "|" or "·", each field a relative time, a counter
    or a reading time ("منذ ساعتين | 1.2 ألف مشاهدة"): metadata of kind other (a listing prints
    such a bar under every item, so no date is read from it)."""
    if n_words > META_BAR_MAX_WORDS:
        return None
    fields = _BAR_SPLIT.split(text.strip(" |·•"))
    if len(fields) < 2:
        return None
    if not all(bar_fact(f) for f in fields):
        return None
    return Hit("metadata", "other", "shape.meta_bar")


def bar_fact(field: str) -> bool:
    """Is a meta bar's field a fact: a relative time, a counter or a reading time?"""
    return bool(field) and bool(relative_time(field) or counter_line(field) or labelled_counter(field) or _READING_TIME.match(field))


# (the same fields printed with no space around their separator: "قبل يومين·قراءة في 5 دقائق")
_BAR_FIELDS = re.compile(r"\s*[|·•]\s*")


def bar_facts(text: str) -> bool:
    """Is the text one or more fields of a meta bar ("قراءة في 7 دقائق", "منذ يومين · 1.2 ألف
    مشاهدة"): relative times, counters and reading times split by "|" or "·" (or by a space
    only, before a counter's number: "منذ 5 ساعات 3.1 ألف مشاهدة")?"""
    fields = _BAR_FIELDS.split(text.strip(" |·•"))
    return all(bar_fact(f) or _two_facts(f) for f in fields)


# A space before a number, or a letter right before it: where two facts printed with no
# separator may meet ("منذ 5 ساعات 3.1 ألف مشاهدة", glued by a dumper "منذ 5 ساعات3.1 ...").
_BEFORE_NUMBER = re.compile(r"\s(?=[0-9٠-٩۰-۹])|(?<=[^\W\d_])(?=[0-9٠-٩۰-۹])")


def _two_facts(field: str) -> bool:
    """Is the field two facts a space apart ("منذ 5 ساعات" and "3.1 ألف مشاهدة")?"""
    return any(bar_fact(field[: m.start()]) and bar_fact(field[m.end() :]) for m in _BEFORE_NUMBER.finditer(field))


def pagination(text: str) -> Optional[Hit]:
    """A pager: page numbers in rising order and the words around them ("1 2 3 4 5 ... 235
    التالي"); not three numbers in any order ("2024 10 15" is a date)."""
    tokens = text.split()
    if not _PAGER_MARK_SET.isdisjoint(text):
        tokens = [t.strip(_PAGER_MARKS) or t for t in tokens]
    # (isdecimal: "²" is a digit to isdigit, and int() refuses it)
    if not all(t in _PAGER_WORDS or (t.isdecimal() and len(t) <= 4) for t in tokens):
        return None
    numbers = [int(t) for t in tokens if t.isdecimal()]
    if len(numbers) >= PAGER_MIN_NUMBERS and all(a < b for a, b in zip(numbers, numbers[1:])):
        return Hit("boilerplate", "nav", "shape.pagination")
    return None


#: A weather widget's line: a temperature with its degree sign on a line of at most this
#: many words ("المنامة 22° غائم جزئيا", "الرياض ٣٨°C"); a sentence about the heat is longer.
WEATHER_MAX_WORDS = 6
TEMPERATURE = re.compile(r"[0-9٠-٩۰-۹]\s?°")


def _pattern_rule(pattern: "re.Pattern[str]", kind: str, rule: str, doc: str, whole: bool = False) -> Callable[[str], Optional[Hit]]:
    """A shape rule that is one pattern found in the line (or making up all of it, ``whole``):
    its :class:`Hit` when it fires, else None (the callers check the length first)."""
    hit = Hit("boilerplate", kind, rule)
    test = pattern.fullmatch if whole else pattern.search

    def check(text: str) -> Optional[Hit]:
        return hit if test(text) is not None else None

    check.__doc__ = doc
    return check


weather_line = _pattern_rule(TEMPERATURE, "widget", "shape.weather", "A weather widget's line (see :data:`WEATHER_MAX_WORDS`), or None.")


#: A place in a series, "<item> N من M" ("الدرس 7 من 12", "الحلقة 3 من 10", "صورة 1 من 8"): a
#: course's, a serial's or a gallery's counter, navigation; at most this many words.
SERIES_COUNTER_MAX_WORDS = 4
_SERIES_COUNTER = re.compile(r"(?:[^\W\d_]+\s+)?[0-9٠-٩۰-۹]{1,3}\s+(?:من|از|میں سے)\s+[0-9٠-٩۰-۹]{1,3}")


series_counter = _pattern_rule(
    _SERIES_COUNTER, "nav", "shape.series_counter", "A place-in-a-series counter (see :data:`SERIES_COUNTER_MAX_WORDS`), or None.", whole=True
)


#: A link with its arrow: a line of at most this many words opening or ending with "←" or "→"
#: ("← العودة إلى المدونة", "التدوينة التالية: <headline> →", "← الفصل السابق | الفصل التالي →"):
#: navigation.  A story's sentence may hold an arrow inside ("الخدمات ← التجوال"), never at
#: its edge.
ARROW_LINK_MAX_WORDS = 16
_LINK_ARROWS = "←→"
_ARROW_LINK_HIT = Hit("boilerplate", "nav", "shape.arrow_link")


def arrow_link(text: str, n_words: int) -> Optional[Hit]:
    """A link printed with its arrow (see :data:`ARROW_LINK_MAX_WORDS`), or None."""
    if n_words <= ARROW_LINK_MAX_WORDS and (text[:1] in _LINK_ARROWS or text[-1:] in _LINK_ARROWS) and len(text) > 1:
        return _ARROW_LINK_HIT
    return None


#: A market ticker's line: prices with up or down arrows ("بورصة قطر 10,412.35 ▲ 0.42%",
#: "QNBK 17.20 ▲ | IQCD 13.05 ▼"), at most this many words.
TICKER_MAX_WORDS = 16
_PRICE_MOVE = re.compile(r"[0-9٠-٩۰-۹][0-9٠-٩۰-۹.,٫٬%]*\s*[▲▼]|[▲▼]\s*[+\-−]?[0-9٠-٩۰-۹]")


market_ticker = _pattern_rule(_PRICE_MOVE, "widget", "shape.market_ticker", "A market ticker's line (see :data:`TICKER_MAX_WORDS`), or None.")
letter_index = _pattern_rule(_LETTER_INDEX, "nav", "shape.letter_index", "An alphabet bar (see :data:`LETTER_INDEX_MIN`), or None.", whole=True)


def contact_line(text: str) -> Optional[Hit]:
    """Writer-contact residue: a bare e-mail address or an SMS short-code line."""
    if _EMAIL_ONLY.match(text) or _SMS_CODE.match(text):
        return Hit("boilerplate", "other", "shape.contact_line")
    return None


# Reference/TOC markers: "١", "١.٢", "^", "↑", "[٣]" (only meaningful inside blocks).
_CITATION_MARKER = re.compile(r"^(?:[\d٠-٩]{1,3}(?:[.][\d٠-٩]{1,3})*|[\^↑]|\[[\d٠-٩]{1,3}\])$")


def citation_marker(text: str) -> bool:
    return _CITATION_MARKER.match(text) is not None


# A time alone on a line, e.g. SPA's "14:37 ت م" (Makkah time) or "09:56 ص".
_TIME_ONLY = re.compile(r"^[\d٠-٩]{1,2}[:٫][\d٠-٩]{2}\s*(?:ت\s*م|ص|م|صباحا|مساء|مساءً|GMT)?$")


def time_only(text: str) -> bool:
    return _TIME_ONLY.match(text) is not None


# Datelines glued to the first sentence of a story.  Each alternative is one
# house style seen across many outlets; all are anchored at the line start and
# bounded in length so they cannot swallow a sentence.
_W = r"[^\s.،,:؛()\-–—ـ/]+"  # one word: no spaces, sentence punctuation or dashes
_DATELINE = re.compile(
    rf"""^(?:
        # <place>، <country> (CNN) --     /  (CNN)--   /  <place> (أ ف ب) -
        (?P<paren>(?:{_W}(?:[ ،,]+{_W}){{0,5}}\s*)?\(\s*[^()\n]{{1,25}}\)\s*(?:--|[-–—]))
      | # <place>/ <agency>-   e.g. "بغداد/ شبكة أخبار العراق-"
        (?P<slash>{_W}(?:\s{_W}){{0,2}}\s*/\s*{_W}(?:\s{_W}){{0,4}}\s*[-–—ـ]+)
      | # [<name> ]–<agency>- <place>:   e.g. "واس - القاهرة:", "–سبق- تبوك:"
        (?P<agency>(?P<byline>{_W}\s{_W}\s*)?[-–—]?\s*{_W}\s*[-–—ـ]\s*{_W}(?:\s{_W}){{0,2}}\s*:)
      | # <outlet> :-   e.g. "المدينة نيوز :-"
        (?P<colondash>{_W}(?:\s{_W}){{0,2}}\s*:\s*-)
    )""",
    re.X,
)
#: A dateline never runs longer than this (characters).
DATELINE_MAX_CHARS = 60


def split_dateline(text: str) -> Optional[Tuple[int, int, int]]:
    """Find a dateline at the start of ``text``.

    Returns ``(byline_end, dateline_start, dateline_end)`` offsets into ``text``
    (``byline_end`` is 0 when no byline precedes the dateline), or None.  The
    dateline must be followed by more text, so a lone dateline line is not
    mistaken for the story.
    """
    head = text[:DATELINE_MAX_CHARS]
    if "(" not in head and "/" not in head and ":" not in head:
        return None  # every form has one of these inside the dateline (a cheap test before the regex)
    m = _DATELINE.match(text)
    if m is None or m.end() > DATELINE_MAX_CHARS or not text[m.end() :].strip():
        return None
    byline_end = 0
    start = 0
    if m.group("byline"):
        byline_end = m.end("byline")
        # only when the rest after the byline starts with a dash (name –agency- place:)
        rest = text[byline_end:].lstrip()
        if not rest[:1] in "-–—":
            byline_end = 0
        else:
            start = len(text) - len(text[byline_end:].lstrip())
            byline_end = len(text[:byline_end].rstrip())
    return byline_end, start, m.end()


# A dateline alone on its line: "<outlet> :-" or "<outlet> ـ <place>".
_LONE_DATELINE = re.compile(
    rf"""^(?:{_W}(?:\s{_W}){{0,2}}\s*:\s*-        # المدينة نيوز :-
        |{_W}\s*[-–—ـ]\s*{_W}(?:\s{_W})?\s*:?   # الرياضي ـ جدة / واس - الرياض:
        |{_W}(?:\s{_W}){{0,2}}\s*/\s*{_W}(?:\s{_W}){{0,4}}\s*[-–—ـ]+   # بيروت/ شبكة النهار-
        |{_W}(?:\s{_W})?(?:\s+[0-9٠-٩]{{1,2}}\s+{_W})?\s*\(\s*{_W}(?:\s{_W}){{0,2}}\s*\)\s*[-–—ـ:]*   # إربد 12 أيار (بترا) -
        |{_W}\s*[-–—ـ]\s*{_W}(?:\s{_W}){{1,2}}\s*:?   # القاهرة - أ ش أ
        |{_W}[-–—ـ]\s*{_W}(?:\s{_W}){{0,2}}\s*[-–—ـ]   # قم- خبرگزاری آوای ایران- (Persian agencies: the dash on the place)
        |{_W}(?:\s{_W})?\s*[-–—ـ]\s*\(\s*{_W}(?:\s{_W}){{0,2}}\s*\)\s*[-–—ـ:]?   # نواذيبو – (الساحل)
        |{_W}(?:\s{_W})?(?:\s*[-–—ـ]\s*{_W}(?:\s{_W}){{0,2}})?\s*[-–—ـ]\s*خاص   # إب - منبر اليمن - خاص ("exclusive")
        )$""",
    re.X,
)


def _has_dash_slash_or_colon(text: str) -> bool:
    """A cheap look before the dateline and byline regexes: every form of them holds one of
    these (an ``or`` chain of substring tests: ~3x faster than ``any()`` over a generator)."""
    return "-" in text or "/" in text or ":" in text or "–" in text or "—" in text or "ـ" in text or "|" in text


def lone_dateline(text: str) -> bool:
    """True when the whole line is a dateline (checked only right above the story)."""
    if len(text) > DATELINE_MAX_CHARS or (text.isascii() and " " not in text):
        return False  # (a Latin word with a hyphen and no space is an image's or a link's slug: "battir-salasel")
    if text.endswith(")") and _DAY_DATELINE.match(text) is not None:
        return True  # "اجمیر، 28 نومبر (یو این آئی)"
    return (
        _has_dash_slash_or_colon(text)
        and _LONE_DATELINE.match(text) is not None
        and _NUMBER_AFTER_DASH.search(text) is None  # a variety's or a model's name: "بطانة-2"
    )


# A place, perhaps a comma, the day and month, and the agency in parentheses: "اجمیر، 28 نومبر
# (یو این آئی)" (Indian Urdu papers print the agency's dateline so, on its own line).
_DAY_DATELINE = re.compile(rf"^{_W}(?:\s{_W})?\s*،?\s+[0-9٠-٩۰-۹]{{1,2}}\s+{_W}\s*\(\s*{_W}(?:\s{_W}){{0,2}}\s*\)$")


# A number alone after the dash, ending the line: no agency's name.
_NUMBER_AFTER_DASH = re.compile(r"[-–—ـ]\s*[0-9٠-٩۰-۹]+\s*$")


# A byline: two short sides around a dash, slash or bar, a name and a place, role or outlet
# ("بيروت - جنى خوري", "مصطفى كامل - مراسل النيل اليوم في أسوان", "متابعة/ نور عطية").
_BYLINE_SPLIT = re.compile(r"\s*(?:\s[-–—ـ|]\s|/)\s*")
#: A byline has at most this many words on each side of its separator.
BYLINE_SIDE_MAX_WORDS = 6


def byline_shape(text: str) -> bool:
    """Is the line shaped as a byline (checked only where a byline may sit: under a headline)?"""
    if len(text) > DATELINE_MAX_CHARS or not _has_dash_slash_or_colon(text):
        return False
    if SENTENCE_PUNCT.search(text) is not None:
        return False
    sides = [p for p in _BYLINE_SPLIT.split(text) if p.strip()]
    return len(sides) == 2 and all(len(p.split()) <= BYLINE_SIDE_MAX_WORDS for p in sides)


# An agency credit alone on a line after a dash: "--(بترا)", "- (رويترز)".
_AGENCY_CREDIT = re.compile(r"^[-–—]+\s*\(\s*[^()\n]{1,24}\)\s*[-–—.]*$")


# An agency in parentheses alone on a line after the story's prose: "(رويترز)", "(أ ف ب)".
_CLOSING_CREDIT = re.compile(r"^[-–—]*\s*\(\s*[^\W\d_]+(?:\s[^\W\d_]+){0,2}\s*\)\s*\.?$")


def closing_credit(text: str) -> bool:
    """Only meaningful right after prose (inside a table "(غرام)" is a cell)."""
    return _CLOSING_CREDIT.match(text) is not None


def agency_credit(text: str) -> Optional[Hit]:
    if _AGENCY_CREDIT.match(text):
        return Hit("metadata", "source", "shape.agency_credit")
    return None


# A references-list entry: a back-link mark ("↑", "^", "^ أ ب") near the start, after an
# optional item number, as wiki-like pages print their sources.
_REFERENCE_MARK = re.compile(r"^(?:[\[(]?[\d٠-٩]{1,3}[.)\]]?\s*)?(?:↑|\^)")
# ...or a citation's access note: "Retrieved 10-2-2020", "اطلع عليه بتاريخ".
_REFERENCE_NOTE = re.compile(r"\bRetrieved\b|\bEdited\.|اطلع عليه بتاريخ|تاريخ الوصول")


def reference_entry(text: str) -> Optional[Hit]:
    """An entry of the page's references list (the guide: not body, ``bp:other``)."""
    if _REFERENCE_MARK.match(text) is not None or _REFERENCE_NOTE.search(text) is not None:
        return Hit("boilerplate", "other", "shape.reference")
    return None


# A syndication credit: "خدمة «نيويورك تايمز»" ("a service of ..."), alone on its line; the
# guillemets set the outlet's name off, so "خدمة العملاء" (customer service) is not one.
_SYNDICATION = re.compile(r"^[*•·\s]*خدمة\s*«[^«»]{2,40}»\s*\.?$")
#: A syndication credit line has at most this many words.
SYNDICATION_MAX_WORDS = 6


def syndication_credit(text: str) -> Optional[Hit]:
    """The outlet a story is syndicated from (the guide: the article's source)."""
    if _SYNDICATION.match(text) is not None:
        return Hit("metadata", "source", "shape.syndication_credit")
    return None


# Every shape rule needs a dash, digit or parenthesis first, or one of these signs anywhere.
SHAPE_FIRST = frozenset("-–—(0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹^↑[←→")
SHAPE_SIGNS = "©|•·@>»›↑★☆⭐°▲▼←→"
#: A short line ending in one of these may be a labelled counter ("المشاهدات: 320").
COUNTER_END = frozenset("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹KkMm)")


def shape_triggered(text: str) -> bool:
    """Could a shape rule fire on this line (other than :func:`repetitive_list`)?"""
    # substring tests run at memchr speed, ~10x a regex character class over a long line
    if text[:1] in SHAPE_FIRST:
        return True
    for sign in SHAPE_SIGNS:
        if sign in text:
            return True
    return False


def shape_hit(text: str, n_words: int, triggered: Optional[bool] = None) -> Optional[Hit]:
    """The first line-shape rule that fires on a line, or None (cheap for ordinary lines).

    The rules are tried in a fixed order; each is skipped when the sign it
    needs is absent (a substring test), which is what keeps lines that merely
    start with a digit cheap.  ``triggered`` is :func:`shape_triggered` of the text
    when the caller already knows it (a whole-page sign scan), None to test it here.
    """
    if n_words <= LABELLED_COUNTER_MAX_WORDS and text[-1] in COUNTER_END and ":" in text:
        hit = labelled_counter(text)  # (a line the caller found ending in a digit)
        if hit is not None:
            return hit
    if n_words <= LABELLED_COUNTER_MAX_WORDS + 2 and text[-1] == ")":
        hit = topic_count(text)
        if hit is not None:
            return hit
    if n_words <= SERIES_COUNTER_MAX_WORDS and text[-1:].isdigit():
        hit = series_counter(text)  # ("الدرس 7 من 12": no sign to trigger it)
        if hit is not None:
            return hit
    if " - " in text and _HOME_ITEM_DASH.match(text) is not None:
        hit = dash_menu(text)  # ("الرئيسية - أخبار محلية - عربي ودولي - ...": no trigger sign either)
        if hit is not None:
            return hit
    if not (shape_triggered(text) if triggered is None else triggered):
        return repetitive_list(text, n_words)  # the one shape rule with no trigger sign
    first = text[:1]
    dash = first in "—–-"
    hit = None
    if "©" in text or "(" in text[:5]:
        hit = copyright_line(text, n_words)
    if hit is None and dash:
        hit = tweet_signature(text) or agency_credit(text)
    if hit is None and ("@" in text or first.isdigit()):
        hit = contact_line(text)
        if hit is None and n_words <= 3 and first.isdigit():
            hit = counter_line(text)
        if hit is None and n_words <= RATING_MAX_WORDS and first.isdigit() and ("من" in text or "/" in text[:8]):
            hit = rating_score(text)
        if hit is None and first.isdigit():
            hit = pagination(text)
    if hit is None and first in _PAGER_MARKS and _NUMBER_RUN.search(text) is not None:
        hit = pagination(text)  # "« السابق 1 2 3 ... 48 التالي »" (a quote mark opens headlines too)
    if hit is None and ("|" in text or "•" in text or "·" in text):
        hit = meta_bar(text, n_words) or separator_list(text) or pagination(text)  # ("السابق | 1 | 2 | 3 | التالي")
    if hit is None and "«" in text and n_words <= SYNDICATION_MAX_WORDS:
        hit = syndication_credit(text)
    if hit is None and n_words <= CRUMB_HOME_MAX_WORDS and (">" in text or "»" in text or "›" in text):
        hit = breadcrumb(text, n_words)
    if hit is None and ("★" in text or "☆" in text or "⭐" in text):
        hit = rating_line(text, n_words)
    if hit is None and "°" in text and n_words <= WEATHER_MAX_WORDS:
        hit = weather_line(text)
    if hit is None and ("▲" in text or "▼" in text) and n_words <= TICKER_MAX_WORDS:
        hit = market_ticker(text)
    if hit is None and ("↑" in text or "^" in text[:12] or "Retrieved" in text or "اطلع عليه" in text or "تاريخ الوصول" in text):
        hit = reference_entry(text)
    if hit is None and (first in _LINK_ARROWS or text[-1] in _LINK_ARROWS):
        hit = arrow_link(text, n_words)
    return hit or repetitive_list(text, n_words)
