"""Turn metadata segments into :class:`~arclean.model.Metadata` values.

The segmentation decides *which* text is the title, a date line or a byline;
this module reads the *values*: it strips label phrases ("كتب", "المصدر:"),
reads dates with :mod:`arclean.dates`, and never guesses: a date it cannot
read stays ``None``.

Dates
-----
* A date counts for ``published`` or ``updated`` only when the label before it
  says publish or update, or when it has no label (the segmentation only hands
  over unlabelled dates from the article's header).  Any other label (a date
  of birth, an exam, a deadline, the site's footer, a "today" widget) makes it
  an event's date, which is not metadata (:func:`arclean.dates.date_label_role`).
* A date the label says is an update goes to ``updated`` whatever line kind
  carried it, and the other way round.
* Written dates win over relative ones ("منذ ساعتين", read only with a
  ``reference``), and labelled ones over unlabelled ones (a site's bare date
  bar over "نشر في: ..."); among equals, the first in the page.
* A time alone on a line of the same kind gives the date its clock time.  A
  time-only update ("آخر تحديث: 10:00 ص") makes no ``updated`` date: it names
  no day.  Only when it shares its line with a publication date ("الأربعاء، 28
  آب 2013، آخر تحديث 14:00") is it read on that date.
* A numeric date that could be read both ways is read day first on a page with
  Arabic script (``day_first``).
* When the date comes from a line whose Hijri and Gregorian dates are more
  than a day apart, a :class:`~arclean.model.Note` with code ``"date-pair"``
  says so (the Gregorian date is used).
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Dict, List, Optional, Sequence, Tuple, Union

from .dates import (
    HIJRI_PAIR_TOLERANCE_DAYS,
    DateMatch,
    _read_tsv,
    as_date,
    date_label_role,
    in_date_range,
    pair_gaps,
    parse_date,
    parse_solar_numeric,
    parse_time,
    solar_signal,
)
from .fold import fold
from .lexicon import Entry
from .lines import markdown_view
from .model import METADATA, Metadata, Note
from .names import byline_label_first, byline_name, opens_with_given_name

__all__ = ["MetaPiece", "extract_metadata", "strip_label", "agency_of_dateline", "split_tags", "DATE_PAIR_NOTE"]

# Punctuation and dashes that sit between a label and its value, or trail a dateline.
_EDGE_PUNCT = " \t:：-–—ـ|/،,.*•"
_LEADING_STAR = re.compile(r"^[*•·]+\s*")
# Bullets and dashes before a line's first word ("* ", "- ", "• ", "+ ").
_LEADING_BULLET = re.compile(r"^(?:[*•·+\-–—»›>]+\s+)+")
# A markdown heading's marks and the emphasis around a whole line: "## **<headline>**".
_MARKDOWN_MARKS = re.compile(r"^#{1,6}\s+|^[*_]{1,3}\s*|\s*[*_]{1,3}$")
#: The preposition glued to an outlet named in a credit ("رابط الخبر بصحيفة
#: الوئام": "at the newspaper al-Weeam"): the source is the outlet.
_OUTLET_PREPOSITION = re.compile(r"^[بل](?=(?:صحيفة|جريدة|موقع|وكالة|قناة|مجلة|شبكة|إذاعة|اذاعة)(?:\s|$))")

# A syndication credit's value after its label ("تم نشر هذا المقال" + "مسبقاً على تاجكِ.
# لمشاهدة المقال الأصلي، انقري هنا"): an optional "first / earlier" word, the preposition and an
# optional "the site", then the outlet up to the end of the sentence.
_CREDIT_LEAD = re.compile(
    r"^(?:(?:مسبقا|سابقا|أولا|اولا|لأول مرة|لاول مرة|في الأصل|أصلا)[\u064b\u064c\u064d]?\s+)?(?:على|في|عبر)\s+(?:موقع\s+)?"
)
_SENTENCE_CUT = re.compile(r"[.!؟?]\s|[،,؛;]|[.!؟?]$")


# A clock after the writer's name: "<name> في 9:40 م" (Blogger's "posted by <name> at <time>").
_CLOCK_TAIL = re.compile(r"\s+(?:في|at)\s+[0-9٠-٩۰-۹]{1,2}[:٫][0-9٠-٩۰-۹]{2}(?:\s*(?:ص|م|صباحا|مساء|مساءً|صباحاً|am|pm|AM|PM))?\s*$")


def _byline_name(value: str) -> str:
    """The writer's name of a byline (:func:`arclean.names.byline_name`: "فيصل العنزي · مهندس
    أول في فريق البنية التحتية" -> "فيصل العنزي", "تقرير: زينب فقيه - مراسلة ..." -> "زينب
    فقيه"), also before a clock ("سلمى عبد الرحيم في 9:40 م")."""
    return byline_name(_CLOCK_TAIL.sub("", value).lstrip("[ "))  # (and a markdown link's bracket, html2text's "[ <name>")


def _credited_outlet(value: str) -> Optional[str]:
    """The outlet of a credit value "مسبقاً على تاجكِ. لمشاهدة ..." (what follows "first
    published" labels): the name after the preposition, to the end of its sentence.
    Other values are returned as they are."""
    m = _CREDIT_LEAD.match(value)
    if m is None:
        return value
    rest = value[m.end() :]
    cut = _SENTENCE_CUT.search(rest)
    return (rest[: cut.start()] if cut is not None else rest).strip() or None


#: ``(kind, text, lexicon entry that decided it)``, optionally followed by the
#: start of the line the piece is on (pieces of one line share it).
MetaPiece = Union[Tuple[str, str, Optional[Entry]], Tuple[str, str, Optional[Entry], int]]

#: Code of the note recorded when a date's Hijri and Gregorian twins disagree.
DATE_PAIR_NOTE = "date-pair"
#: Twins further apart than this (days) get a note.
NOTE_PAIR_DAYS = 1

DateValue = Union[dt.datetime, dt.date]


def _markdown_marks(text: str) -> str:
    """``text`` without markdown link targets, heading marks and whole-line emphasis
    (html2text's "# <headline>", "**[<headline>](<url>)**"); a hashtag ("#مصر", no space)
    stays."""
    if "](" in text:
        view = markdown_view(text)  # "[<headline>](<url>)": the headline
        text = " ".join(view.split()) if view is not None else text
    if text[:1] in "#*_" or text[-1:] in "*_":
        # (twice: "## **<headline>**" has a heading mark, then emphasis opening after it)
        text = _MARKDOWN_MARKS.sub("", _MARKDOWN_MARKS.sub("", text)).strip()
    return text


def strip_label(text: str, entry: Optional[Entry]) -> str:
    """Remove the lexicon phrase a line starts with, and the punctuation after it."""
    if entry is None or entry.mode not in ("prefix", "exact"):
        return text.strip(_EDGE_PUNCT)
    # a list bullet before the label ("* المصدر: ...", as other dumpers print list items) is no word of it
    text = _LEADING_BULLET.sub("", text)
    n = len(entry.key.split())
    parts = text.split(None, n)
    rest = parts[n] if len(parts) > n else ""
    # the label may be glued to its colon ("المصدر:الجزيرة"): drop up to the first colon if close
    head = text[: len(text) - len(rest)]
    if ":" in head and not rest:
        rest = head.split(":", 1)[1]
    return rest.strip(_EDGE_PUNCT)


# --------------------------------------------------------------------------
# Datelines and their agency
# --------------------------------------------------------------------------

# Where a dateline names its agency: "(CNN)", "<place>/ <agency>", "<place> - <agency>".
_PAREN_AGENCY = re.compile(r"\(\s*([^()]{1,30}?)\s*\)")
_DASHES = re.compile(r"\s*[-–—ـ]+\s*")
_NOT_KEY = re.compile(r"[\W_]+")


def _dateline_key(word: str) -> str:
    """Lookup key of a dateline half: folded, without spaces, dots or other punctuation."""
    return _NOT_KEY.sub("", fold(word))


def _load_dateline_words() -> Dict[str, str]:
    """Folded name -> 'agency' or 'place' (data/datelines.tsv)."""
    table: Dict[str, str] = {}
    for name, kind, _why in _read_tsv("datelines.tsv"):
        if kind not in ("agency", "place"):
            raise ValueError(f"datelines.tsv: {name!r} has kind {kind!r}")
        key = _dateline_key(name)
        if table.get(key, kind) != kind:
            raise ValueError(f"datelines.tsv: {name!r} is listed as both {table[key]} and {kind}")
        table[key] = kind
    return table


_DATELINE_WORDS: Dict[str, str] = _load_dateline_words()


def is_place(word: str) -> bool:
    """Is ``word`` a place the dateline table knows ("القاهرة", "لندن")?"""
    return _DATELINE_WORDS.get(_dateline_key(word)) == "place"


def is_agency(word: str) -> bool:
    """Is ``word`` a news agency the dateline table knows ("الأناضول", "أ ف ب")?"""
    return _DATELINE_WORDS.get(_dateline_key(word)) == "agency"


def agency_of_dateline(dateline: str) -> Optional[str]:
    """The agency a dateline names, or None.

    "دبي، الإمارات (CNN)" -> "CNN"; "بغداد/ شبكة أخبار العراق" -> "شبكة أخبار
    العراق"; with a dash the agency is the half that is a known agency ("الرياض
    - واس", "واس - القاهرة" -> "واس"), or else the half beside a known place
    ("سبق- تبوك" -> "سبق").  When neither half is known, None: both orders are
    written, so the dash alone does not say which half is the agency.
    """
    m = _PAREN_AGENCY.search(dateline)
    if m is not None:
        return m.group(1)
    if "/" in dateline:
        return dateline.split("/", 1)[1].strip(_EDGE_PUNCT) or None
    parts = [p for p in _DASHES.split(dateline.strip(_EDGE_PUNCT)) if p]
    if len(parts) != 2:
        return None
    kinds = [_DATELINE_WORDS.get(_dateline_key(p)) for p in parts]
    if kinds.count("agency") == 1:
        return parts[kinds.index("agency")]
    if kinds.count("place") == 1 and None in kinds:
        other = parts[kinds.index(None)]
        if _dateline_key(other) in _NOT_SOURCES or opens_with_given_name(other):
            return None  # "المكلا - خاص" (an exclusive), "زحلة - ريتا شمعون" (the reporter)
        return other
    return None


#: Folded halves of a dateline that name no source: "خاص" (the outlet's own, "exclusive"),
#: "مراسلنا" ("our correspondent": the outlet's own reporter, unnamed).
_NOT_SOURCES = frozenset(
    _dateline_key(w) for w in ("خاص", "خاص بالموقع", "حصري", "مراسلنا", "مراسلتنا", "مراسلنا الخاص", "مكتبنا")
)


# --------------------------------------------------------------------------
# Tags
# --------------------------------------------------------------------------

#: The list separators of a tags line: "،", ",", "|", "/", ";", "؛" and a dash
#: between spaces (" - "; a dash inside a word, "كوفيد-19", is no separator).
_TAG_SEPARATORS = re.compile(r"\s*[،,|/;؛]\s*|\s+[-–—]\s+")


#: A markdown link's text: "[ريادة الأعمال](https://site/tag/...)".
_MD_LINK_TEXT = re.compile(r"\[([^\[\]]+)\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*\)")


def split_tags(value: str) -> List[str]:
    """The tags of one tags line's value, in order: "الإمارات، ريادة الأعمال،
    الاقتصاد" -> ["الإمارات", "ريادة الأعمال", "الاقتصاد"]; in markdown, each link's text
    is one tag ("[الإمارات](https://...) [ريادة الأعمال](https://...)"), and a line of
    link pieces (a hard-wrapped link's tail "الشعير](https://...)") gives none."""
    if "](" in value:
        # (a line holding only pieces of links, a wrapped markdown line's, gives none)
        value = "، ".join(m.group(1) for m in _MD_LINK_TEXT.finditer(value))
    labels = list(_INNER_TAGS_LABEL.finditer(value))
    if labels:
        value = value[labels[-1].end() :]  # (the post's categories glued before its tags)
    out = []
    for item in _TAG_SEPARATORS.split(value):
        item = " ".join(item.strip(_EDGE_PUNCT).split())
        if item and _POST_COUNT.search(item) is None:
            out.append(item)
    return out


# A tags label inside a line's value: a dumper glued a post's categories and its tags into
# one line ("التصنيفات اقتصاد، جهات الوسوم ميدلت، التفاح"); the tags are those after it.
_INNER_TAGS_LABEL = re.compile(r"(?:^|\s)(?:ال)?(?:وسوم|كلمات المفتاحية|كلمات الدلالية)\s*:?\s+")


#: A label cloud's entry carries its count of posts ("البليدة (88)"): the blog's labels, not
#: the post's tags.
_POST_COUNT = re.compile(r"\(\s*[0-9٠-٩۰-۹]+\s*\)$")


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------

_DATE_KINDS = ("published", "updated")
_FIRST_DIGIT = re.compile(r"[0-9٠-٩۰-۹]")


def _label_role(before: str, entry: Optional[Entry]) -> Optional[str]:
    """What the label before a date (or time) says: 'published', 'updated',
    'event' or None (no label).  A publish/update phrase of the lexicon that
    opens the line counts as that label, unless what follows it before the
    date is another label ("آخر تحديث للموقع:")."""
    if (
        entry is not None
        and entry.label == METADATA
        and entry.kind in _DATE_KINDS
        and entry.mode in ("prefix", "exact")
    ):
        n = len(entry.key.split())
        parts = before.split(None, n)
        rest = parts[n] if len(parts) > n else ""
        role = date_label_role(rest)
        return entry.kind if role is None else role
    return date_label_role(before)


class _Dated:
    """One date read from a metadata piece."""

    __slots__ = ("match", "line", "text", "labelled")

    def __init__(self, match: DateMatch, line: object, text: str, labelled: bool = False) -> None:
        self.labelled = labelled  # (a label before the date said whose it is)
        self.match = match
        self.line = line
        self.text = text


def _read_dates(
    pieces: Sequence[Tuple[str, str, Optional[Entry], object]],
    reference: Optional[DateValue],
    day_first: Optional[bool],
    page: Optional[str] = None,
) -> Tuple[Dict[str, List[_Dated]], Dict[str, List[Tuple[object, dt.time]]]]:
    """The dates of the published/updated pieces, by the field their label
    gives them, and the clock times of the pieces that hold only a time.  On a
    Persian ``page`` (:func:`arclean.dates.solar_signal`, read only when a piece
    needs it), a numeric 13xx date without a marker is Solar Hijri."""
    dates: Dict[str, List[_Dated]] = {k: [] for k in _DATE_KINDS}
    times: Dict[str, List[Tuple[object, dt.time]]] = {k: [] for k in _DATE_KINDS}
    persian: Optional[bool] = None
    for kind, text, entry, line in pieces:
        if kind not in _DATE_KINDS:
            continue
        m = parse_date(text, reference=reference, prefer=kind, day_first=day_first)
        if m is None and page is not None:
            solar = parse_solar_numeric(text, reference=reference)
            if solar is not None:
                if persian is None:
                    persian = solar_signal(page)
                m = solar if persian else None
        if m is None:
            t = parse_time(text)
            if t is not None:
                digit = _FIRST_DIGIT.search(text)
                role = _label_role(text[: digit.start() if digit else len(text)], entry)
                if role != "event":
                    times[role or kind].append((line, t))
            continue
        before = text[: m.start]
        bar = max(before.rfind(" · "), before.rfind(" | "), before.rfind(" • "))
        fields = ""
        if bar >= 0:
            fields = before[:bar]
            before = before[bar + 3 :]  # a meta bar's fields: the date's own says whose it is ("بقلم: <name> · <date>")
            entry = None
        if ":" in before and byline_label_first(before):
            before = before.split(":", 1)[1]  # "كتب: <name> <date>": the byline's label is no date's
        role = _label_role(before, entry)
        if role is None and fields and _VENUE_FIELD.search(fields) is not None:
            role = "event"  # (a bar naming its event's hall: "مسار المدينة · القاعة (ب) · <date>", a session's)
        if role == "event" or m.value is None or in_date_range(text, m, day_first=day_first):
            continue  # an event's date, only a month or a year, or a run of days (an exhibition's)
        dates[role or kind].append(_Dated(m, line, text, role is not None or entry is not None))
    return dates, times


# A meta bar's field naming a hall ("القاعة (ب)", "قاعة المؤتمرات"): the bar is an event's (a
# conference session's), and its date the event's.
_VENUE_FIELD = re.compile(r"(?:^|[\s·|•])(?:ال)?قاعة(?:\s|$)")


#: Two unlabelled publication dates whose lines start at most this many characters apart are
#: one header's two dates (a theme's hidden update date printed over the publication date).
HEADER_DATES_MAX_CHARS = 200


def _header_pair(found: List[_Dated]) -> Optional[Tuple[_Dated, _Dated]]:
    """The earlier and the later day of the first two publication dates read, when both are
    unlabelled, on two lines close together (:data:`HEADER_DATES_MAX_CHARS`), and on other
    days at most :data:`HEADER_PAIR_MAX_DAYS` apart: a publication precedes its update
    ("<writer> أيار 27, 2025" over "<writer> أيار 20, 2025": the 20th is the publication);
    else None."""
    if len(found) < 2:
        return None
    a, b = found[0], found[1]
    if a.labelled or b.labelled or a.line == b.line or a.match.calendar == "relative" or b.match.calendar == "relative":
        return None
    if not (isinstance(a.line, int) and isinstance(b.line, int) and abs(a.line - b.line) <= HEADER_DATES_MAX_CHARS):
        return None
    va, vb = a.match.value, b.match.value
    if va is None or vb is None:
        return None
    da, db = as_date(va), as_date(vb)
    if da == db or abs((da - db).days) > HEADER_PAIR_MAX_DAYS:
        return None
    if _hijri_twins(a, b, abs((da - db).days)):
        return None  # one day in two calendars ("2024/10/07" and "3 ربيع الآخر 1446 هـ"), no update
    return (a, b) if da < db else (b, a)


def _gregorian_twin_first(found: List[_Dated]) -> None:
    """Of a Hijri date read first and its Gregorian twin on a nearby line, put the Gregorian
    one first: it is the day the site means (the Hijri one may be a day off by moon sighting)."""
    if len(found) < 2 or not found[0].match.calendar.startswith("hijri") or found[1].match.calendar != "gregorian":
        return
    a, b = found[0], found[1]
    va, vb = a.match.value, b.match.value
    if va is None or vb is None or a.labelled != b.labelled:
        return
    if isinstance(a.line, int) and isinstance(b.line, int) and abs(a.line - b.line) <= HEADER_DATES_MAX_CHARS:
        if _hijri_twins(a, b, abs((as_date(va) - as_date(vb)).days)):
            found[0], found[1] = b, a


def _hijri_twins(a: _Dated, b: _Dated, days: int) -> bool:
    """Are two dates one day in its Hijri and Gregorian writings, printed on two lines (moon
    sighting puts the Hijri one a day or two off the Umm al-Qura reckoning)?"""
    calendars = {a.match.calendar, b.match.calendar}
    return "gregorian" in calendars and any(c.startswith("hijri") for c in calendars) and days <= HIJRI_PAIR_TOLERANCE_DAYS


#: An unlabelled update follows its publication within this many days; two unlabelled dates
#: further apart are no such pair (one of them is some other date: the first written is kept).
HEADER_PAIR_MAX_DAYS = 366


def _best(found: List[_Dated]) -> Optional[_Dated]:
    """The first labelled written date ("نشر في: ..." under a site's bare date bar), else the
    first written date; a relative one only when there is none."""
    written = [d for d in found if d.match.calendar != "relative"]
    if not written:
        return found[0] if found else None
    return next((d for d in written if d.labelled), written[0])


def _with_time(value: DateValue, t: Optional[dt.time]) -> DateValue:
    if t is not None and not isinstance(value, dt.datetime):
        return dt.datetime.combine(value, t)
    return value


def _pair_note(field: str, d: _Dated, reference: Optional[DateValue], day_first: Optional[bool]) -> Optional[Note]:
    """A note when the chosen (Gregorian) date has a Hijri twin more than a day away."""
    m = d.match
    if m.calendar != "gregorian":
        return None
    for hijri, greg, days in pair_gaps(d.text, reference=reference, day_first=day_first):
        if (greg.start, greg.end) == (m.start, m.end) and days > NOTE_PAIR_DAYS:
            h_value = hijri.value
            return Note(
                DATE_PAIR_NOTE,
                f"{field}: the Hijri date {hijri.text!r} ({h_value}) and the Gregorian date "
                f"{greg.text!r} printed beside it are {days} days apart; the Gregorian date was used",
                (
                    ("field", field),
                    ("hijri", hijri.text),
                    ("hijri_as_gregorian", h_value.isoformat() if h_value is not None else None),
                    ("gregorian", greg.text),
                    ("days", days),
                ),
            )
    return None


def _dates(
    pieces: Sequence[Tuple[str, str, Optional[Entry], object]],
    reference: Optional[DateValue],
    day_first: Optional[bool],
    notes: Optional[List[Note]],
    page: Optional[str] = None,
) -> Tuple[Optional[DateValue], Optional[DateValue]]:
    """``(published, updated)``."""
    dates, times = _read_dates(pieces, reference, day_first, page)
    pair = _header_pair(dates["published"]) if not dates["updated"] else None
    if pair is not None:
        dates["published"], dates["updated"] = [pair[0]], [pair[1]]
    else:
        _gregorian_twin_first(dates["published"])
    values: Dict[str, Optional[DateValue]] = {}
    for field in _DATE_KINDS:
        best = _best(dates[field])
        if best is None:
            values[field] = None
            continue
        value = best.match.value
        assert value is not None
        first_time = times[field][0][1] if times[field] else None
        values[field] = _with_time(value, first_time)
        if notes is not None:
            note = _pair_note(field, best, reference, day_first)
            if note is not None:
                notes.append(note)
    if values["updated"] is None:
        # "الأربعاء، 28 آب 2013، آخر تحديث 14:00": an update time on the line of a
        # publication date is on that date; a time-only update line elsewhere names no day
        for line, t in times["updated"]:
            same_line = next((d for d in dates["published"] if d.line == line), None)
            if same_line is not None:
                value = same_line.match.value
                assert value is not None
                day = as_date(value)
                values["updated"] = dt.datetime.combine(day, t)
                break
    return values["published"], values["updated"]


# --------------------------------------------------------------------------
# Putting it together
# --------------------------------------------------------------------------


def _with_lines(pieces: Sequence[MetaPiece]) -> List[Tuple[str, str, Optional[Entry], object]]:
    """Pieces as 4-tuples; a piece given without its line is alone on its line."""
    out: List[Tuple[str, str, Optional[Entry], object]] = []
    for i, piece in enumerate(pieces):
        if len(piece) == 4:
            out.append(piece)  # type: ignore[arg-type]
        else:
            kind, text, entry = piece  # type: ignore[misc]
            out.append((kind, text, entry, ("piece", i)))
    return out


def extract_metadata(
    pieces: Sequence[MetaPiece],
    *,
    reference: Optional[DateValue] = None,
    day_first: Optional[bool] = None,
    notes: Optional[List[Note]] = None,
    page: Optional[str] = None,
) -> Metadata:
    """Build :class:`Metadata` from ``(kind, text, entry[, line])`` pieces in document order.

    ``reference`` (when the page was fetched) resolves relative dates;
    ``day_first`` is the page's numeric date order (see
    :func:`arclean.dates.parse_date`); notes about the dates (code
    ``"date-pair"``) are appended to ``notes`` when it is given.  ``page``, the
    whole text, tells whether it is Persian: its numeric dates with a 13xx year
    and no calendar marker are then Solar Hijri
    (:func:`arclean.dates.parse_solar_numeric`); without it they stay None.
    """
    full = _with_lines(pieces)
    first: Dict[str, List[Tuple[str, Optional[Entry]]]] = {}
    for kind, text, entry, _line in full:
        first.setdefault(kind, []).append((text, entry))

    def text_of(kind: str) -> Optional[str]:
        for text, entry in first.get(kind, ()):
            value = strip_label(text, entry)
            if value:
                return _markdown_marks(_LEADING_STAR.sub("", value))
        return None

    tags: List[str] = []
    for text, entry in first.get("tags", ()):
        for tag in split_tags(strip_label(text, entry)):
            if tag not in tags:
                tags.append(tag)

    dateline = None
    for text, _entry in first.get("dateline", ()):
        dateline = text.strip(_EDGE_PUNCT) or None
        if dateline:
            break

    published, updated = _dates(full, reference, day_first, notes, page)

    author = text_of("author")
    source = text_of("source")
    if source is not None:
        source = source.strip(_EDGE_PUNCT + "()") or None  # "--(بترا)" -> "بترا"
    if source is not None:
        source = _credited_outlet(source)
    if source is not None:
        source = _OUTLET_PREPOSITION.sub("", source)  # "بصحيفة الوئام" -> "صحيفة الوئام"
    if source is None and dateline:
        source = agency_of_dateline(dateline)

    return Metadata(
        title=_markdown_marks(" ".join(t for t, _ in first.get("title", ())[:1])) or None,
        published=published,
        updated=updated,
        author=_byline_name(author) if author is not None else None,
        source=source,
        tags=tuple(tags),
        dateline=dateline,
        category=text_of("category"),
    )
