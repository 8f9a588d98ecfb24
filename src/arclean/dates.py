"""Arabic date grammar: find and read the dates that scraped Arabic pages print.

The module reads metadata lines such as ``"آخر تحديث: 5 أكتوبر 2024 - 1:54 م"``,
``"25 شوال 1436 هـ الموافق 10 أغسطس 2015 م"`` or ``"منذ ساعتين"`` and returns a
:class:`DateMatch` that says what was written, where, and how precise it is.

Design
------
* **Lexicons are data.**  Month names of every regional system, Hijri months,
  weekdays, number words, relative-date words and markers (AM/PM, era, time
  zone, labels) live in ``arclean/data/dates_*.tsv``, one entry a line with the
  reason it exists.  They are loaded once at import.
* **Match on raw text, look up on the fold.**  Each lexicon entry is turned into
  a tolerant regular expression (hamza/alef/ya/ta-marbuta variants, any of the
  three digit sets); diacritics, tatweel and bidi controls are cut from the
  text before matching and spans are mapped back, so spans are spans of the
  input.  The matched words are then looked up by their :func:`arclean.fold.fold`
  key.
* **Never guess.**  Impossible dates, conflicting double forms ("يناير/فبراير"),
  two-digit years, Hijri-looking years without an era marker, Hijri/Gregorian
  pairs that disagree and relative dates without a reference give ``None``.
  A month or a year alone keeps that precision and has no :attr:`DateMatch.value`.
* **Cheap first.**  The written-date grammars only run on a text with a
  four-digit number, the named ones only with a month name, the numeric ones
  only with a digit-separator-digit-separator-digit run; the relative grammar
  only with a reference and a relative word; the clock-time ones only with a
  colon.  The year-only and month-first grammars are not run when the
  day-first dates found hold every year (and month name) of the text: their
  matches would all lie inside those dates and be dropped
  (:func:`_candidates`).  Everything is compiled at import; no per-character
  Python loops at run time.
* **Locate fast, read exactly.**  Word lists are alternations tried in
  preference order (longest first), which ``re`` tests branch by branch.  Each
  grammar with a word list has a locator built from the same words as a trie
  (and, where useful, opened by a plain character class that ``re`` can skip
  on: :class:`_Led`, :func:`_opened_by`): a twin that matches at exactly the
  same positions, or (day-first dates) only the grammar's opening, which hits
  at least there; it finds where the next match may start and the ordered
  grammar reads it there (:func:`_scan`).  tests/test_dates.py checks the
  locators against their grammars.  Searched patterns open with a plain class, not a
  repeat or a look-behind, for the same reason.

Calendars
---------
``calendar`` says how the date was written: ``'gregorian'``, ``'hijri-umalqura'``
(converted with :mod:`hijridate`, 1343-1500 AH), ``'hijri-tabular'`` (the
arithmetic Islamic calendar, used outside that range), ``'hijri-solar'`` (the
Iranian Solar Hijri calendar: a Persian month name or a "ه.ش" marker, years
1300-1499 SH) or ``'relative'``.
``year``/``month``/``day`` are always Gregorian; for a Hijri month or year the
Gregorian fields are those of the period's first day and ``hijri`` keeps the
date as written.

Numbers
-------
Numeric dates are day-month-year, or year-month-day when the year comes first.
When the first two numbers could both be the month (``"03/12/2024"``) the
order needs a signal (:func:`_numeric_order`): Arabic script or Arabic-Indic
digits on the line mean day first, an English label with an English AM/PM
month first, else the caller's ``day_first``; with none the date is None.  A
day-month-year string that is impossible as such (``"12/25/2020"``) is None
unless the line signals month first.  Weekday names are accepted and not used
to correct a date.

Labels and twins
----------------
:func:`date_label_role` says what the label before a date makes of it
(published, updated, an event's date, or no label); the words are in
``data/dates_markers.tsv`` and ``data/dates_labels.tsv``.  A Hijri date
written beside a Gregorian one is its twin: the Gregorian date wins, and
:func:`pair_gaps` says how many days apart they are.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import re
from dataclasses import dataclass, replace
from itertools import accumulate
from typing import Dict, FrozenSet, Iterator, List, Mapping, NamedTuple, Optional, Set, Tuple, Union

from hijridate import Hijri
from hijridate.ummalqura import HIJRI_RANGE

from .fold import fold
from .lexicon import data_rows

__all__ = [
    "DateMatch", "parse_date", "find_dates", "parse_time", "date_label_role", "day_first_signal", "pair_gaps",
    "solar_signal", "parse_solar_numeric", "in_date_range", "names_solar_month", "yearless_date_line", "MONTH_NAMES",
    "WEEKDAY_NAMES", "as_date",
]

DateLike = Union[_dt.datetime, _dt.date]

# --------------------------------------------------------------------------
# Named constants
# --------------------------------------------------------------------------

#: Gregorian years accepted for a written date.
MIN_GREGORIAN_YEAR = 1000
MAX_GREGORIAN_YEAR = 2200
#: Hijri years accepted (tabular calendar outside hijridate's range).
MIN_HIJRI_YEAR = 1
MAX_HIJRI_YEAR = 1700
#: A numeric date without an era marker whose year falls here could be Hijri
#: ("1441/05/12"): it is ambiguous and read as None.
HIJRI_LOOKING_YEARS = range(1300, 1600)
#: Days a Hijri date may differ from its "الموافق" Gregorian twin (moon sighting
#: differs between countries and from Umm al-Qura by a day or two).
HIJRI_PAIR_TOLERANCE_DAYS = 2
#: Makkah time (توقيت مكة, "ت م", "KSA") is UTC+3 all year.
MAKKAH_OFFSET_MINUTES = 180
#: Gulf Standard Time (GST, UAE/Oman) is UTC+4 all year.
GULF_OFFSET_MINUTES = 240
#: Hours that "ظهرا" (at noon / early afternoon) moves to the afternoon.
NOON_PM_HOURS = range(1, 7)
#: From this hour on, "ليلا" (at night) means the evening (+12).
NIGHT_EVENING_FROM_HOUR = 6
#: Julian day of 1 Muharram 1 AH in the civil (tabular) Islamic calendar, and of
#: 0001-01-01 (proleptic Gregorian ordinal 1).
ISLAMIC_EPOCH_JD = 1948439.5
ORDINAL_EPOCH_JD = 1721424.5

_PRECISION_RANK = {"minute": 3, "day": 2, "month": 1, "year": 0}
_PREFER_VALUES = frozenset({"published", "updated"})


# --------------------------------------------------------------------------
# The result type
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class DateMatch:
    """One date found in a text.

    ``year``/``month``/``day``/``hour``/``minute`` are Gregorian and as written
    on the page (naive); fields finer than ``precision`` are ``None``.
    ``hijri`` is ``(year, month, day)`` as written when the text was Hijri
    (month/day ``None`` when not written), else ``None``.  ``tzinfo`` is the
    zone of a timezone-aware ``reference`` that a relative date at minute
    precision was resolved against (``value`` is then aware), else ``None``.
    """

    start: int
    end: int
    text: str
    year: int
    month: Optional[int]
    day: Optional[int]
    hour: Optional[int]
    minute: Optional[int]
    precision: str
    calendar: str
    tz_offset_minutes: Optional[int] = None
    hijri: Optional[Tuple[int, Optional[int], Optional[int]]] = None
    tzinfo: Optional[_dt.tzinfo] = None

    @property
    def value(self) -> Optional[DateLike]:
        """A datetime at minute precision (naive unless :attr:`tzinfo` is set), a
        date at day precision, else None."""
        if self.precision == "minute":
            assert self.month is not None and self.day is not None
            return _dt.datetime(
                self.year, self.month, self.day, self.hour or 0, self.minute or 0, tzinfo=self.tzinfo
            )
        if self.precision == "day":
            assert self.month is not None and self.day is not None
            return _dt.date(self.year, self.month, self.day)
        return None


# --------------------------------------------------------------------------
# Lexicons (loaded once from data/dates_*.tsv)
# --------------------------------------------------------------------------


def _read_tsv(name: str) -> List[List[str]]:
    """Rows of a ``data/`` TSV file, without comments and the header line."""
    return data_rows(name)


_KEY_DROP = re.compile(r"[\s.]+")


def _key(word: str) -> str:
    """Lookup key of a lexicon word or of matched text: fold, drop spaces and dots."""
    return _KEY_DROP.sub("", fold(word))


#: Marks that the grammar never sees: harakat, superscript alef, Quranic marks,
#: tatweel, zero-width and bidi controls.  They are cut from the text before
#: matching (spans are mapped back), which keeps the compiled patterns small.
#: Written "one mark, then any more" rather than "marks+": a pattern that opens
#: with a plain class (not a repeat) lets ``re`` skip the positions without
#: one instead of trying the pattern at each (the same holds for _HAS_YEAR and
#: _RANGE_BEFORE).  The run is a group, so that ``split`` keeps the runs.
_MARK = "[\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff\u00ad]"
_MARKS_RUN = re.compile(f"({_MARK}{_MARK}*)")
#: The Arabic-script letters (Arabic, Arabic Supplement, Extended-A blocks).
_SCRIPT_LETTERS = [chr(cp) for block in ((0x600, 0x700), (0x750, 0x780), (0x8A0, 0x900)) for cp in range(*block)]


def _letter_classes() -> Mapping[str, str]:
    """A regex class per folded letter: every letter of the script that folds to it
    (so the Pashto "ۍ" of "لیندۍ" matches where the table wrote "ي"), plus "گ" with
    "ك", which old Persian typesetting printed for it."""
    classes: Dict[str, str] = {"ك": "گ"}
    for ch in _SCRIPT_LETTERS:
        folded = fold(ch)
        if len(folded) == 1 and folded != ch and not folded.isdigit():
            classes[folded] = classes.get(folded, "") + ch
    return {k: "[" + k + v + "]" for k, v in classes.items()}


_LETTER_CLASSES = _letter_classes()
_DIGIT_SETS = "0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"


def _tolerant_pieces(word: str) -> List[str]:
    """Regex pieces, one per character of ``fold(word)``, matching ``word`` in any
    spelling that folds to the same key.

    Runs once per lexicon entry at import time.
    """
    pieces: List[str] = []
    for ch in fold(word):
        if ch.isspace():
            pieces.append(r"\s*")
        elif ch == ".":
            pieces.append(r"\.?\s*")
        elif ch.isdigit():
            i = int(ch)
            pieces.append("[" + "".join(ds[i] for ds in _DIGIT_SETS) + "]")
        else:
            pieces.append(_LETTER_CLASSES.get(ch, re.escape(ch)))
    return pieces


def _tolerant(word: str) -> str:
    """Regex source matching ``word`` in any spelling that folds to the same key."""
    return "".join(_tolerant_pieces(word))


def _alternation(words: Union[List[str], FrozenSet[str]]) -> str:
    """A non-capturing alternation of tolerant patterns, longest keys first.

    The order decides which word a match reads when several fit at one place.
    Words are grouped under their shared first pieces where that keeps the
    order of every pair of words that can both match at one place (see
    :func:`_ordered_source`), so ``re`` tests each distinct first piece once.
    """
    unique = sorted({w for w in words}, key=lambda w: (-len(_key(w)), w))
    return "(?:" + _ordered_source([_tolerant_pieces(w) for w in unique]) + ")"


def _ordered_source(words: List[List[str]]) -> str:
    """Regex source trying the piece lists ``words`` in the given order.

    When every word has a first piece, each matching one character, and
    different first pieces match disjoint characters, at most one first piece
    fits at any place: the words are grouped by it (keeping their order inside
    each group) and the groups' rests are built the same way.  Otherwise (a
    word ends here, or a piece such as ``\\s*`` may match nothing) the words
    are listed as they are.
    """
    groups: Dict[str, List[List[str]]] = {}
    for word in words:
        if not word or word[0] not in _PIECE_CHARS:
            break
        groups.setdefault(word[0], []).append(word[1:])
    else:
        if _pairwise_disjoint([_PIECE_CHARS[piece] for piece in groups]):
            branches = [_uncased(piece) + _ordered_source(rests) for piece, rests in groups.items()]
            return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if len(words) == 1:
        return "".join(words[0])
    return "(?:" + "|".join("".join(word) for word in words) + ")"


def _pairwise_disjoint(sets: List[FrozenSet[str]]) -> bool:
    """True when no character is in two of ``sets``."""
    return sum(len(s) for s in sets) == len(frozenset().union(*sets))


def _lexicon_pieces() -> List[str]:
    """Every one-character tolerant piece of every lexicon word."""
    pieces: Set[str] = set()
    for name in ("dates_months.tsv", "dates_hijri_months.tsv", "dates_solar_months.tsv", "dates_ordinals.tsv",
                 "dates_markers.tsv", "dates_numbers.tsv", "dates_relative.tsv", "dates_weekdays.tsv", "dates_labels.tsv"):
        for row in _read_tsv(name):
            pieces.update(p for p in _tolerant_pieces(row[0]) if _ONE_CHAR_PIECE.fullmatch(p))
    return sorted(pieces)


def _piece_chars(pieces: List[str]) -> Mapping[str, FrozenSet[str]]:
    """For each one-character piece, every character it matches under IGNORECASE."""
    universe = "".join(sorted(set(re.findall("|".join(pieces), _BMP, re.IGNORECASE))))
    return {p: frozenset(re.findall(p, universe, re.IGNORECASE)) for p in pieces}


def _factored_alternation(words: Union[List[str], FrozenSet[str]]) -> str:
    """The language of :func:`_alternation` written as a trie of tolerant pieces.

    ``re`` tries the branches of an alternation one after the other at every
    position; with shared prefixes factored out it tests each distinct first
    piece once.  The branch order differs from :func:`_alternation`, so this
    form only *locates* matches (see :func:`_scan`); it never decides what a
    match reads.
    """
    return "(?:" + _trie_source(_trie(words)) + ")"


def _trie(words: Union[List[str], FrozenSet[str]]) -> Dict[str, dict]:
    """The words as a trie of tolerant pieces ("" marks a word's end)."""
    trie: Dict[str, dict] = {}
    for word in set(words):
        node = trie
        for piece in _tolerant_pieces(word):
            node = node.setdefault(piece, {})
        node[""] = {}
    return trie


#: Every character of the Basic Multilingual Plane, to list at import what a
#: piece matches under IGNORECASE (no character outside the BMP folds to a
#: lexicon letter: none has a case mapping into the BMP; tests/test_dates.py
#: checks the full range for the first pieces of the month, ordinal and year
#: words).
_BMP = "".join(map(chr, range(0x10000)))


def _chars_matched(pieces: List[str]) -> str:
    """A character class, for use without IGNORECASE, of every character that
    one of the one-character regex ``pieces`` matches under IGNORECASE."""
    chars = sorted(set(re.findall("|".join(pieces), _BMP, re.IGNORECASE)))
    return "[" + "".join(re.escape(c) for c in chars) + "]"


class _Led(NamedTuple):
    """A factored alternation split after its first character, so that a
    pattern can open with a plain character class: ``re`` then skips every
    position whose character is not in it without trying the pattern there.

    ``first`` is that class (to be used as ``(?-i:first)``); ``rest``, placed
    right after it, dispatches on the character just read (a one-character
    lookbehind per first piece) and matches the remainder of the word.  It
    opens with one lookbehind on the whole class, so that a character that
    opens another branch of the pattern (a digit) fails there at once
    instead of trying every first piece.
    """

    first: str
    rest: str


def _led_alternation(words: Union[List[str], FrozenSet[str]]) -> _Led:
    """:func:`_factored_alternation` as a :class:`_Led` pair."""
    trie = _trie(words)
    if "" in trie or any(not _ONE_CHAR_PIECE.fullmatch(piece) for piece in trie):
        raise ValueError("dates lexicon: a word starts with a space, a dot or nothing")
    first = _chars_matched(sorted(trie))
    rest = "|".join(f"(?<={piece}){_trie_source(child)}" for piece, child in sorted(trie.items()))
    return _Led(first, f"(?<=(?-i:{first}))(?:{rest})")


def _opened_by(first: str, source: str, check: str = "") -> str:
    """Regex source that matches, one character long, wherever ``source`` does.

    It opens with the plain class ``first`` (every character that can start
    a match of ``source``; used without IGNORECASE), so ``re`` skips every
    other position without trying the pattern there.  ``check``, a cheap
    test placed right after that character, turns most of the remaining
    positions down (a lookbehind, as _NOT_LETTER_BEFORE_LED).  Then a
    one-character lookbehind steps back onto the first character and a
    lookahead matches ``source`` from there: factored word lists inside it
    are dispatched on that character by ``re`` itself (a branch that opens
    with a class or a letter is skipped when that does not match), which is
    cheaper than one lookbehind per first piece (see _Led).  Only where a hit
    starts means anything.
    """
    return f"(?-i:{first}) {check} (?<= (?= {source}\n ) . )"


def _fixed_width(words: List[str]) -> int:
    """Characters in the longest of ``words`` as matched: each of their pieces
    matches one character."""
    pieces = [_tolerant_pieces(w) for w in words]
    if not all(_ONE_CHAR_PIECE.fullmatch(p) for word in pieces for p in word):
        raise ValueError("dates lexicon: a year word holds a space or a dot")
    return max(len(word) for word in pieces)


#: A tolerant piece that matches exactly one character (a class or one literal).
_ONE_CHAR_PIECE = re.compile(r"\[[^\]]*\]|\\?[^\\\[\]*+?.()|]")
#: What each one-character piece of the lexicon matches (for _ordered_source).
_PIECE_CHARS: Mapping[str, FrozenSet[str]] = _piece_chars(_lexicon_pieces())


def _uncased(piece: str) -> str:
    """A one-character piece that IGNORECASE makes match several characters
    (a Latin letter: "j" matches "j" and "J"), written as the plain class of
    those characters; other pieces as they are.

    Same language.  ``re`` compiles a case-folded letter to an op that it
    cannot test before entering an alternation's branch, but a plain class
    or an uncased letter it can: branches opened this way are skipped at
    once where their first character does not fit.  (No character outside
    the BMP folds to a lexicon letter; see _BMP.)
    """
    chars = _PIECE_CHARS.get(piece)
    if chars is None or len(chars) < 2 or piece.startswith("["):
        return piece
    return "(?-i:[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


def _trie_source(node: Dict[str, dict]) -> str:
    """Regex source of one trie node: its pieces, each followed by its subtree."""
    branches = [_uncased(piece) + _trie_source(child) for piece, child in sorted(node.items()) if piece]
    if "" in node:
        branches.append("")  # the word that ends here
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


class _Unit(NamedTuple):
    """A relative-date word: its unit and how many of it (0 = a plural that needs a number)."""

    unit: str
    how_many: int


#: Month systems whose names are ordinary words ("الربيع", "الصيف"; Persian "مه", fog;
#: Urdu "جون", John in Arabic): read only between a day and a year, never as "month year".
DAY_ONLY_SYSTEMS = frozenset({"libya", "persian-word", "urdu-word"})


def _load_months() -> Dict[str, Tuple[str, int]]:
    """Folded month name -> (calendar, month) for Gregorian and Hijri names."""
    table: Dict[str, Tuple[str, int]] = {}
    for name, month, _system, _why in _read_tsv("dates_months.tsv"):
        _add_unique(table, _key(name), ("gregorian", int(month)))
    for name, month, _why in _read_tsv("dates_hijri_months.tsv"):
        _add_unique(table, _key(name), ("hijri", int(month)))
    for name, month, _day_only, _why in _read_tsv("dates_solar_months.tsv"):
        _add_unique(table, _key(name), ("solar", int(month)))
    return table


def _add_unique(table: Dict[str, Tuple[str, int]], key: str, value: Tuple[str, int]) -> None:
    """Insert ``key``; a key listed twice must mean the same month."""
    if table.get(key, value) != value:
        raise ValueError(f"dates lexicon: {key!r} means both {table[key]} and {value}")
    table[key] = value


_MONTHS: Mapping[str, Tuple[str, int]] = _load_months()
_DAY_ONLY_MONTHS: FrozenSet[str] = frozenset(
    [_key(r[0]) for r in _read_tsv("dates_solar_months.tsv") if r[2] == "yes"]
    + [_key(r[0]) for r in _read_tsv("dates_months.tsv") if r[2] in DAY_ONLY_SYSTEMS]
)
_SOLAR_MONTH_KEYS: FrozenSet[str] = frozenset(k for k, (calendar, _m) in _MONTHS.items() if calendar == "solar")
_ORDINALS: Mapping[str, int] = {_key(r[0]): int(r[1]) for r in _read_tsv("dates_ordinals.tsv")}
_NUMBER_WORDS: Mapping[str, float] = {_key(r[0]): float(r[1]) for r in _read_tsv("dates_numbers.tsv")}
_RELATIVE_ROWS = _read_tsv("dates_relative.tsv")
_UNITS: Mapping[str, _Unit] = {
    _key(r[0]): _Unit(r[2], int(r[3])) for r in _RELATIVE_ROWS if r[1] == "unit"
}
_ANCHORS: Mapping[str, _Unit] = {
    _key(r[0]): _Unit(r[2], int(r[3])) for r in _RELATIVE_ROWS if r[1].startswith("anchor")
}
_ANCHORS_ALONE: FrozenSet[str] = frozenset(_key(r[0]) for r in _RELATIVE_ROWS if r[1] == "anchor-alone")
_MARKER_ROWS = _read_tsv("dates_markers.tsv")


def _words(rows: List[List[str]], *kinds: str) -> List[str]:
    """The first column of the rows whose second column is one of ``kinds``."""
    return [r[0] for r in rows if r[1] in kinds]


def _marker_map(*kinds: str) -> Dict[str, str]:
    """Folded marker word -> kind, for the marker kinds asked for."""
    return {_key(r[0]): r[1] for r in _MARKER_ROWS if r[1] in kinds}


def _spellings(word: str) -> Tuple[str, ...]:
    """The spellings of a lexicon word that pages print most: as listed,
    folded, capitalised and upper-cased."""
    return word, fold(word), word.capitalize(), word.upper()


#: ``_key`` of every common spelling of every lexicon word, computed at import:
#: reading a match then costs one dict lookup instead of a fold.
_KNOWN_KEYS: Mapping[str, str] = {
    spelling: _key(spelling)
    for name in sorted(
        {"dates_months.tsv", "dates_hijri_months.tsv", "dates_solar_months.tsv", "dates_ordinals.tsv", "dates_markers.tsv",
         "dates_numbers.tsv", "dates_relative.tsv", "dates_weekdays.tsv", "dates_labels.tsv"}
    )
    for row in _read_tsv(name)
    for spelling in _spellings(row[0])
}


def names_solar_month(text: str) -> bool:
    """Does a word of the text name a Solar Hijri month (Persian, Dari or Pashto:
    "آذر", "عقرب", "لړم")?  Callers read it only beside a Solar Hijri year."""
    return any(_key(w) in _SOLAR_MONTH_KEYS for w in text.split())


#: Words a year-less date line may hold beside its day and its month name: weekday names, hour
#: markers (ص, م, مساءً) and the words of a range ("حتى", "إلى", "من").
_YEARLESS_OTHER: FrozenSet[str] = frozenset(
    [_key(r[0]) for r in _read_tsv("dates_weekdays.tsv")]
    + [_key(w) for w in _words(_MARKER_ROWS, "am", "pm", "noon", "afternoon", "night", "dawn")]
    + [_key(w) for w in ("حتى", "إلى", "الى", "من", "الساعة")]
)
# The punctuation around a year-less date line's tokens: "@", dashes, commas, a clock's colon.
_YEARLESS_PUNCT = re.compile(r"[@,،\-–—|:/()]+")


def yearless_date_line(text: str) -> bool:
    """Is the line a date with no year and nothing else ("مارس 1 @ 8:00 م - 10:00 م", "الأحد 2
    مارس، 7:00 م"): a month name, a day number, and only weekdays, clock times, hour markers
    and range words beside them?  An events calendar prints its items' dates so; no page's
    publication date is read from it (it has no year), but a listing's items are."""
    month = day = False
    toks = _YEARLESS_PUNCT.sub(" ", text).split()
    i = 0
    while i < len(toks):
        tok = toks[i]
        i += 1
        if tok.isdigit():
            if len(tok) > 2:
                return False  # (a year, or a number of something: the dated-line rules read it)
            day = True
            continue
        k = _key(tok)
        if k in _MONTHS:
            month = True
        elif i < len(toks) and _key(tok + " " + toks[i]) in _MONTHS:
            month = True  # (a month name of two words: "تشرين الثاني", "كانون الأول")
            i += 1
        elif k not in _YEARLESS_OTHER:
            return False
    return month and day


def _key_of(word: str) -> str:
    """:func:`_key` of a matched word (a table lookup for the lexicon's own spellings)."""
    known = _KNOWN_KEYS.get(word)
    return known if known is not None else _key(word)


_HOUR_MARKERS = _marker_map("am", "pm", "noon", "afternoon", "night", "dawn", "tz-makkah")
_ERA_MARKERS = _marker_map("era-ce", "era-ah", "era-sh")
_TZ_WORDS = _marker_map("tz-gmt", "tz-makkah", "tz-gulf")
_TZ_FIXED_OFFSETS: Mapping[str, int] = {"tz-makkah": MAKKAH_OFFSET_MINUTES, "tz-gulf": GULF_OFFSET_MINUTES}
_LABELS = _marker_map("label-published", "label-updated")

# --------------------------------------------------------------------------
# Grammar (compiled once)
# --------------------------------------------------------------------------

_D = "[0-9٠-٩۰-۹]"
#: not preceded / followed by a letter (digits and punctuation are fine).
_NO_LETTER_BEFORE = r"(?<![^\W\d])"
_NO_LETTER_AFTER = r"(?![^\W\d])"
#: _NO_LETTER_BEFORE, one character back.  The Arabic letters ء..ي are
#: letters, so the first lookbehind only restates part of the second; its
#: range is cheaper to test than the letter category and turns down at once
#: the positions inside Arabic words, where the led patterns mostly stop.
_NOT_LETTER_BEFORE_LED = r"(?<![ء-ي].)(?<![^\W\d].)"

_MONTH_NAMES = [r[0] for name in ("dates_months.tsv", "dates_hijri_months.tsv", "dates_solar_months.tsv") for r in _read_tsv(name)]
#: Every month name of the tables, as written (for callers that scan key blocks for them).
MONTH_NAMES: Tuple[str, ...] = tuple(_MONTH_NAMES)
_ORDINAL_WORDS = [r[0] for r in _read_tsv("dates_ordinals.tsv")]
_ERA_WORDS = _words(_MARKER_ROWS, "era-ce", "era-ah", "era-sh")
_YEAR_WORDS = _words(_MARKER_ROWS, "year-word")
_MONTH_ALT = _alternation(_MONTH_NAMES)
_ORDINAL_ALT = _alternation(_ORDINAL_WORDS)
_WEEKDAY_ALT = _alternation([r[0] for r in _read_tsv("dates_weekdays.tsv")])
_ERA_ALT = _alternation(_ERA_WORDS)
_HOUR_MARK_ALT = _alternation(_words(_MARKER_ROWS, "am", "pm", "noon", "afternoon", "night", "dawn", "tz-makkah"))
_TZ_WORD_ALT = _alternation(_words(_MARKER_ROWS, "tz-gmt", "tz-makkah", "tz-gulf"))
_YEAR_WORD_ALT = _alternation(_YEAR_WORDS)
_TIME_WORD_ALT = _alternation(_words(_MARKER_ROWS, "time-word"))
_LABEL_ALT = _alternation(_words(_MARKER_ROWS, "label-published", "label-updated"))
_PAIRED_ALT = _alternation(_words(_MARKER_ROWS, "paired"))
_NUMBER_ALT = _alternation([r[0] for r in _read_tsv("dates_numbers.tsv")])
_UNIT_ALT = _alternation(_words(_RELATIVE_ROWS, "unit"))
_ANCHOR_ALT = _alternation(_words(_RELATIVE_ROWS, "anchor", "anchor-alone"))
_AGO_BEFORE_ALT = _alternation(_words(_RELATIVE_ROWS, "ago-before"))
_AGO_AFTER_ALT = _alternation(_words(_RELATIVE_ROWS, "ago-after"))
_AGO_FINAL_ALT = _alternation(_words(_RELATIVE_ROWS, "ago-final"))
_APPROX_ALT = _alternation(_words(_RELATIVE_ROWS, "approx"))

_WEEKDAY_NAMES = [r[0] for r in _read_tsv("dates_weekdays.tsv")]
#: Every weekday name of the table, as written.
WEEKDAY_NAMES: Tuple[str, ...] = tuple(_WEEKDAY_NAMES)
#: A weekday right before a date: "الإثنين، ", "يوم الأحد ", "Fri, ".  Matched
#: backwards from a date's start (on the few characters before it), so the
#: date grammars do not try the weekday names at every position.  Only where
#: it starts is used, so the names are factored (same positions, found faster)
#: and the pattern is opened by the first characters of "يوم" and of the
#: names (see _opened_by).
_WEEKDAY_BEFORE = re.compile(
    _opened_by(
        _led_alternation(_WEEKDAY_NAMES + ["يوم"]).first,
        rf"""
        {_NO_LETTER_BEFORE}
        (?:يوم\s+)?                  # "يوم الأحد"
        {_factored_alternation(_WEEKDAY_NAMES)} {_NO_LETTER_AFTER}
        [\s,،\-–]*                   # "الإثنين، " / "Fri, "
        $
        """,
        _NOT_LETTER_BEFORE_LED,
    ),
    re.VERBOSE | re.IGNORECASE,
)
#: How far back a weekday may start (longest name + "يوم " + separators).
WEEKDAY_LOOKBACK = 24
#: Folded weekday name -> ISO weekday (1 = Monday), for the weekday written before a numeric
#: date (:func:`_weekday_before`).
_WEEKDAY_ISO: Dict[str, int] = {_key_of(r[0]): int(r[1]) for r in _read_tsv("dates_weekdays.tsv")}
# What parts the weekday from "يوم" and from the date: spaces, commas, dashes.
_WEEKDAY_SEPARATORS = re.compile(r"[\s,،\-–]+")


class _Words(NamedTuple):
    """Regex alternations of the lexicon words that the written-date grammars use."""

    month: str
    ordinal: str
    era: str
    year_word: str


#: In preference order (longest first): these decide what a match reads.
_ORDERED_WORDS = _Words(_MONTH_ALT, _ORDINAL_ALT, _ERA_ALT, _YEAR_WORD_ALT)
#: The same languages as tries: these only find where matches start, faster.
_FACTORED_WORDS = _Words(
    _factored_alternation(_MONTH_NAMES),
    _factored_alternation(_ORDINAL_WORDS),
    _factored_alternation(_ERA_WORDS),
    _factored_alternation(_YEAR_WORDS),
)

_DAY = rf"(?<![A-Za-z])(?<!{_D})(?P<day>{_D}{{1,2}})(?!{_D})(?:\s*(?:st|nd|rd|th)\b)?"
_YEAR = rf"(?<!{_D})(?P<year>{_D}{{4}})(?!{_D})"
#: "Not preceded by a digit, a slash, a dot or a dash" (a numeric date is not
#: the tail of another number) and "not preceded by a digit, a colon or a
#: dot" (a clock time), each written to follow the first digit of the number
#: (it looks one character further back): a pattern that opens with a digit
#: class instead of a look-behind lets ``re`` skip every position without a
#: digit.  (The first digit is never a newline, which ``.`` would not match.)
_NOT_AFTER_NUMBER = r"(?<![\d٠-٩۰-۹/.\-].)"
_NOT_AFTER_CLOCK = r"(?<![\d٠-٩۰-۹:.].)"
#: The Sorani izafe glued to a date's day and month ("٤ی کانوونی یەکەمی ٢٠٢٤"): an optional ی.
_IZAFE = "(?:[یيى])?"
#: Separators between date parts: space, comma, dot, dash, slash.
_SEP = r"[\s,،.\-–/]*"


def _months_part(w: _Words) -> str:
    """A month name, optionally doubled: "آب/اغسطس", "نيسان / أبريل", "أيار (مايو)"."""
    return rf"""
    {_NO_LETTER_BEFORE}
    (?P<m1>{w.month}) {_IZAFE} {_NO_LETTER_AFTER}
    (?:
        \s* (?: [/\\|\-–—] | \( | \[ ) \s*     # separator or opening bracket
        (?P<m2>{w.month}) {_NO_LETTER_AFTER}
        \s* [)\]]?                              # closing bracket
    )?
    """


def _era(w: _Words) -> str:
    """Era marker after a year: "2015 م", "1441هـ", "2024 ميلادية"."""
    return rf"(?:\s*(?P<era>{w.era}){_NO_LETTER_AFTER})?"


def _named_day_first(w: _Words) -> str:
    """Day first: "5 أكتوبر 2024", "5th, October 2024", "5 من شهر أكتوبر 2024",
    and the day in words: "الخامس من أكتوبر 2024", "غرة رمضان 1445"; Sorani writes the
    izafe after the day and the month: "٤ی کانوونی یەکەمی ٢٠٢٤"."""
    return rf"""
    (?:
        {_DAY} {_IZAFE} {_SEP}
      | {_NO_LETTER_BEFORE} (?P<ord>{w.ordinal}) {_NO_LETTER_AFTER} \s+
    )
    (?:(?:من|مِن)\s+)? (?:شهر\s+)?      # "5 من شهر أكتوبر"
    {_months_part(w)} {_SEP}
    {_YEAR} {_era(w)}
    """


def _named_month_first(w: _Words) -> str:
    """Month first: "ديسمبر 25, 2020", "October 5th, 2024", and month-year "شهر مايو 2024"."""
    return rf"""
    (?:شهر\s+)?                          # "شهر مايو 2024"
    {_months_part(w)} [\s,،\-/]*
    (?: {_DAY} [\s,،]* )?                 # the day, when written
    {_YEAR} {_era(w)}
    """


def _numeric_ymd(w: _Words) -> str:
    """Year first: "2020/12/25", "2024-10-05T13:54", "1436/10/25 هـ".

    The look-behind comes after the first digit (see _NOT_AFTER_NUMBER), so that
    the pattern opens with a plain class of digits."""
    return rf"""
    (?P<year>{_D} {_NOT_AFTER_NUMBER} {_D}{{3}})   # not the tail of another number
    \s*(?P<sep>[/.\-])\s*
    (?P<month>{_D}{{1,2}}) \s*(?P=sep)\s*
    (?P<day>{_D}{{1,2}}) (?!{_D}) (?![/.\-]{_D})
    {_era(w)}
    """


def _numeric_dmy(w: _Words) -> str:
    """Day first: "25/12/2020", "١٢/٠٣/٢٠٢٤", "25-10-1436هـ" (opened by a
    plain class of digits, as :func:`_numeric_ymd`)."""
    return rf"""
    (?P<day>{_D} {_NOT_AFTER_NUMBER} {_D}?)
    \s*(?P<sep>[/.\-])\s*
    (?P<month>{_D}{{1,2}}) \s*(?P=sep)\s*
    (?P<year>{_D}{{4}}) (?!{_D}) (?![/.\-]{_D})
    {_era(w)}
    """


def _year_only(w: _Words) -> str:
    """A year alone, marked as one: "2024م", "1441هـ", "عام 2015", "سنة 1441 هـ"."""
    return rf"""
    (?: {_NO_LETTER_BEFORE} (?P<yw>{w.year_word}) \s+ )?
    {_YEAR} {_era(w)}
    """


def _marked_year(w: _Words) -> str:
    """Where a *kept* year-only match may start: a year word before a year, or a
    year with an era marker ("عام 2015", "2024م").  Unmarked years also match
    :func:`_year_only` but are never candidates."""
    return rf"""
        {_NO_LETTER_BEFORE} {w.year_word} \s+ (?<!{_D}){_D}{{4}}(?!{_D})
      | (?<!{_D}){_D}{{4}}(?!{_D}) \s* {w.era} {_NO_LETTER_AFTER}
    """


_FLAGS = re.VERBOSE | re.IGNORECASE
#: The word that may open a month-first date ("شهر مايو 2024").
MONTH_WORD = "شهر"
_NAMED_DAY_FIRST = re.compile(_named_day_first(_ORDERED_WORDS), _FLAGS)
_NAMED_MONTH_FIRST = re.compile(_named_month_first(_ORDERED_WORDS), _FLAGS)
_NUMERIC_YMD = re.compile(_numeric_ymd(_ORDERED_WORDS), _FLAGS)
_NUMERIC_DMY = re.compile(_numeric_dmy(_ORDERED_WORDS), _FLAGS)
_YEAR_ONLY = re.compile(_year_only(_ORDERED_WORDS), _FLAGS)

#: A clock time with its markers: "09:56 ص", "14:37 ت م", "15:21:13 GMT", "13:54:00+03:00".
_TIME_SRC = rf"""
    (?P<h>{_D} {_NOT_AFTER_CLOCK} {_D}?)    # opened by a digit class (see _NOT_AFTER_CLOCK)
    \s*:\s* (?P<mi>{_D}{{2}})
    (?: \s*:\s* (?P<s>{_D}{{2}}) (?:[.,]{_D}+)? )?
    (?![\d٠-٩۰-۹])
    (?: \s* (?P<ampm>{_HOUR_MARK_ALT}) {_NO_LETTER_AFTER} )?
    (?:
        \s? (?P<isotz> Z\b | [+\-]{_D}{{2}}:?{_D}{{2}} (?!{_D}) )        # ISO 8601 / RFC 822 offset
      | \s* \(? \s* (?P<tzw>{_TZ_WORD_ALT}) {_NO_LETTER_AFTER}          # "GMT", "(GMT+0400)"
        (?: \s* (?P<tzs>[+\-−]) \s* (?P<tzh>{_D}{{1,2}}) (?: :? (?P<tzm>{_D}{{2}}) )? )?
        \s* \)?
    )?
"""
_TIME = re.compile(_TIME_SRC, _FLAGS)
#: What may stand between a date and the time that follows it.
_TIME_AFTER = re.compile(
    rf"""
    [\s,،\-–—|/():]*
    (?: (?:T|{_TIME_WORD_ALT}) {_NO_LETTER_AFTER} [\s,،\-–—|/:]* )?
    """
    + _TIME_SRC,
    _FLAGS,
)
#: What may stand between a time and the date after it ("٠٩:٣٥ ، ١١ يناير ٢٠٢١").
_TIME_BEFORE_GAP = re.compile(r"[\s,،\-–—|]*")
#: A day range ends right before a day-first date: "12-15 مايو 2024",
#: "من 12 إلى 15 مايو 2024", "12 و13 مايو 2024".  Such a date is not one day.
#: The range's first number is a day: one or two digits, not the tail of a
#: longer number ("1445 - 13 يناير 2024" is a year, then a date), nor a clock's
#: minutes ("14:05 - 7 يناير 2025" is a time, then a date).  The checks
#: follow the first digit (look-behinds two characters wide), so the
#: searched pattern opens with a plain digit class.
_RANGE_BEFORE = re.compile(rf"{_D}(?<!{_D}{_D})(?<![:٫]{_D}){_D}?\s*(?:[-–—]|إلى|الى|حتى|و)\s*$")
#: How far back a day range may start.
RANGE_LOOKBACK = 12
#: A time zone word right after a date without a time: "5th, October 2024 GMT".
_TZ_AFTER = re.compile(
    rf"""
    \s* \(? \s* (?P<tzw>{_TZ_WORD_ALT}) {_NO_LETTER_AFTER}
    (?: \s* (?P<tzs>[+\-−]) \s* (?P<tzh>{_D}{{1,2}}) (?: :? (?P<tzm>{_D}{{2}}) )? )?
    \s* \)?
    """,
    _FLAGS,
)
#: Relative dates: "منذ 3 ساعات", "قبل 4 ساعة", "منذ ساعتين", "منذ ساعة واحدة", "2 hours ago", "أمس".
_RELATIVE = re.compile(
    rf"""
    {_NO_LETTER_BEFORE}
    (?:
        (?P<ago>{_AGO_BEFORE_ALT}) \s+
        (?: {_APPROX_ALT} \s+ )?
        (?: (?P<num>{_D}{{1,3}} | {_NUMBER_ALT}) {_NO_LETTER_AFTER} \s* )?
        (?P<unit>{_UNIT_ALT}) {_NO_LETTER_AFTER}
        (?: \s+ (?P<num2>{_NUMBER_ALT}) {_NO_LETTER_AFTER} )?
        (?:
            \s+ و \s*
            (?:                          # "منذ ساعة و 30 دقيقة": a second, smaller unit
                (?: (?P<num3>{_D}{{1,3}} | {_NUMBER_ALT}) {_NO_LETTER_AFTER} \s* )?
                (?P<unit3>{_UNIT_ALT}) {_NO_LETTER_AFTER}
              | (?P<frac>{_NUMBER_ALT}) {_NO_LETTER_AFTER}   # "منذ ساعة ونصف"
            )
        )?
        (?! \s* [\d٠-٩۰-۹] )            # "منذ عام 2015" is a year, not "a year ago"
        (?! \s+ (?:من|على) {_NO_LETTER_AFTER} )   # "قبل أسبوع من الانتخابات": before an event, not ago
        (?! \s+ و \s* (?: [\d٠-٩۰-۹] | {_NUMBER_ALT} {_NO_LETTER_AFTER} | {_UNIT_ALT} {_NO_LETTER_AFTER} ) )
                                         # an unread "و ..." tail: do not return half an answer
      |
        (?: {_APPROX_ALT} \s+ )?
        (?P<enum>{_D}{{1,3}} | {_NUMBER_ALT}) \s+
        (?P<eunit>{_UNIT_ALT}) \s+
        (?: {_AGO_AFTER_ALT} | {_AGO_FINAL_ALT} (?! \s* [^\W\d_] ) ) {_NO_LETTER_AFTER}
      |
        (?P<anchor>{_ANCHOR_ALT}) {_NO_LETTER_AFTER}
    )
    """,
    _FLAGS,
)
_LABEL = re.compile(rf"{_NO_LETTER_BEFORE}(?P<label>{_LABEL_ALT}){_NO_LETTER_AFTER}", _FLAGS)
#: What may join a Hijri date and its Gregorian twin.
_PAIR_GAP = re.compile(rf"[\s,،\-–—|/()]*(?:{_PAIRED_ALT}[\s:،,]*)?[\s()\-–—]*", _FLAGS)
#: Only punctuation, spaces and labels: lets "اليوم" stand alone.
_ALONE_REST = re.compile(r"[\s,،.:\-–—|()]*", _FLAGS)
_LABELS_ONLY = re.compile(rf"(?:[\s,،.:\-–—|()]*{_LABEL_ALT})*[\s,،.:\-–—|()]*", _FLAGS)
#: A whole string that is just a year: "2024", "٢٠٢٤".
_BARE_YEAR = re.compile(rf"[\s:،,.\-|]*{_YEAR}[\s:،,.\-|]*")
_HAS_DIGIT = re.compile(_D)
#: Cheap pre-checks: every written date has a four-digit year; every relative
#: date has one of these words.
_HAS_YEAR = re.compile(rf"{_D}{_D}{{3}}")
_RELATIVE_HINT = re.compile(
    rf"{_AGO_BEFORE_ALT}|{_AGO_AFTER_ALT}|{_ANCHOR_ALT}", re.IGNORECASE
)



#: Every named date has a month name: the factored month alternation, searched
#: once (compiled below, in its faster form).
#: Every numeric date has digits, a separator, one or two digits, a separator
#: and a digit.  A year-first match starts 3 characters before this hit at
#: most (the hit starts on the year's last digit), a day-first one 1.
_NUMERIC_GATE = re.compile(rf"{_D} \s*[/.\-]\s* {_D}{{1,2}} \s*[/.\-]\s* {_D}", _FLAGS)
NUMERIC_GATE_LEAD = 3
#: Twins of the grammars with word lists, written with factored alternations:
#: each matches at exactly the positions where its twin does (see _scan).
_NAMED_MONTH_FIRST_AT = re.compile(_named_month_first(_FACTORED_WORDS), _FLAGS)
#: Where a year-only match that counts (year word or era marker) may start.
_MARKED_YEAR_AT = re.compile(_marked_year(_FACTORED_WORDS), _FLAGS)

_LED_MONTH = _led_alternation(_MONTH_NAMES)
_LED_ORDINAL = _led_alternation(_ORDINAL_WORDS)
_LED_YEAR_WORD = _led_alternation(_YEAR_WORDS)
#: The longest year word, in characters (see _marked_year_from).
YEAR_WORD_MAX_LEN = _fixed_width(_YEAR_WORDS)
#: The class of the characters that may open a day number or a four-digit year.
_DIGIT_CLASS = "[0-9٠-٩۰-۹]"

#: _MONTH_GATE opened by the first characters of the names (see _opened_by):
#: same hits.
_MONTH_GATE = re.compile(
    _opened_by(
        _LED_MONTH.first,
        f"{_NO_LETTER_BEFORE} {_factored_alternation(_MONTH_NAMES)} {_IZAFE} {_NO_LETTER_AFTER}",
        _NOT_LETTER_BEFORE_LED,
    ),
    _FLAGS,
)
#: Where a named day-first date may start: the opening of _named_day_first
#: (a day's digits or an ordinal word, the separators, "من" and "شهر") up to
#: the first character of its month name, opened by a plain character class
#: (a day's first digit or an ordinal's first letter).  Being the grammar's
#: own opening (in factored form), it hits wherever the grammar matches; it
#: also hits where the rest of a date does not follow (the reader then fails
#: there and :func:`_scan` moves on), but it does not read the month, the
#: year and the era a second time as a full twin of the grammar would.
_NAMED_DAY_FIRST_START = re.compile(
    rf"""
    (?-i:{_DIGIT_CLASS[:-1]}{_LED_ORDINAL.first[1:]})
    (?:
        (?<={_D}) (?<![A-Za-z0-9٠-٩۰-۹].)          # _DAY: its first digit just read
        {_D}? (?!{_D}) (?:\s*(?:st|nd|rd|th)\b)? {_IZAFE} {_SEP}
      | {_NOT_LETTER_BEFORE_LED} {_LED_ORDINAL.rest} {_NO_LETTER_AFTER} \s+
    )
    (?:(?:من|مِن)\s+)? (?:شهر\s+)?
    {_NO_LETTER_BEFORE} (?-i:{_LED_MONTH.first})   # where _months_part opens
    """,
    _FLAGS,
)
#: _NAMED_MONTH_FIRST_AT opened by the first characters of "شهر" and of the
#: month names (see _opened_by).  (No letter test comes first: "شهر" may
#: follow a letter, as the grammar has it.)
_NAMED_MONTH_FIRST_AT = re.compile(
    _opened_by(_led_alternation(_MONTH_NAMES + [MONTH_WORD]).first, _named_month_first(_FACTORED_WORDS)),
    _FLAGS,
)
#: _MARKED_YEAR_AT opened by a plain character class: a year's first digit or
#: a year word's first letter.
_MARKED_YEAR_AT = re.compile(
    rf"""
    (?-i:{_DIGIT_CLASS[:-1]}{_LED_YEAR_WORD.first[1:]})
    (?:
        {_NOT_LETTER_BEFORE_LED} {_LED_YEAR_WORD.rest} \s+ (?<!{_D}){_D}{{4}}(?!{_D})
      | (?<={_D}) (?<!{_D}.) {_D}{{3}}(?!{_D}) \s* {_FACTORED_WORDS.era} {_NO_LETTER_AFTER}
    )
    """,
    _FLAGS,
)

# Candidate kinds, in the order used to break ties between equal spans.
_KIND_ORDER = {"dmy": 0, "mdy": 1, "ymd-num": 2, "dmy-num": 3, "my": 4, "y": 5}


# --------------------------------------------------------------------------
# Calendars
# --------------------------------------------------------------------------


def _tabular_hijri_to_gregorian(year: int, month: int, day: int) -> Optional[_dt.date]:
    """Convert with the arithmetic (civil, epoch 16 July 622 Julian) Islamic calendar."""
    if not (1 <= month <= 12) or not (1 <= day <= _tabular_month_length(year, month)):
        return None
    jd = (
        day
        + -(-295 * (month - 1) // 10)  # ceil(29.5 * (month - 1))
        + (year - 1) * 354
        + (3 + 11 * year) // 30
        + ISLAMIC_EPOCH_JD
        - 1
    )
    return _dt.date.fromordinal(int(jd - ORDINAL_EPOCH_JD))


def _tabular_month_length(year: int, month: int) -> int:
    """Days in a month of the tabular Islamic calendar (leap years: 11 in 30)."""
    if month % 2 == 1:
        return 30
    if month == 12 and (14 + 11 * year) % 30 < 11:
        return 30
    return 29


#: Solar Hijri years read (1921-2121): a Solar Hijri month name beside any other year is no date.
SOLAR_HIJRI_YEARS = range(1300, 1500)
#: The Kurdish era (Sorani pages: "٢٥ی خەزەڵوەری ٢٧٢٤") counts the same solar years from 612 BC:
#: a year in KURDISH_YEARS is the Solar Hijri year plus KURDISH_ERA_OFFSET.
KURDISH_ERA_OFFSET = 1321
KURDISH_YEARS = range(SOLAR_HIJRI_YEARS.start + KURDISH_ERA_OFFSET, SOLAR_HIJRI_YEARS.stop + KURDISH_ERA_OFFSET)
#: The 33-year cycle of the Solar Hijri calendar: year Y is a leap year (Esfand has 30
#: days) when Y mod 33 is one of these.  The astronomical calendar in use in Iran follows
#: this cycle over all of SOLAR_HIJRI_YEARS (it first departs from it in the 1630s).
SOLAR_LEAP_RESIDUES = frozenset({1, 5, 9, 13, 17, 22, 26, 30})
#: An anchor: 1 Farvardin 1403 (Nowruz) fell on 20 March 2024.
_SOLAR_ANCHOR = (1403, _dt.date(2024, 3, 20))


def _solar_year_days(year: int) -> int:
    return 366 if year % 33 in SOLAR_LEAP_RESIDUES else 365


def _build_nowruz() -> Dict[int, _dt.date]:
    """The Gregorian date of 1 Farvardin of each year of SOLAR_HIJRI_YEARS (built once)."""
    anchor_year, anchor = _SOLAR_ANCHOR
    out = {anchor_year: anchor}
    for y in range(anchor_year + 1, SOLAR_HIJRI_YEARS.stop):
        out[y] = out[y - 1] + _dt.timedelta(days=_solar_year_days(y - 1))
    for y in range(anchor_year - 1, SOLAR_HIJRI_YEARS.start - 1, -1):
        out[y] = out[y + 1] - _dt.timedelta(days=_solar_year_days(y))
    return out


_NOWRUZ = _build_nowruz()


def _solar_hijri_to_gregorian(year: int, month: int, day: int) -> Optional[_dt.date]:
    """Gregorian date of a Solar Hijri date: months 1-6 have 31 days, 7-11 have 30, and
    Esfand 29 (30 in a leap year); None if impossible or outside SOLAR_HIJRI_YEARS."""
    if year not in _NOWRUZ or not 1 <= month <= 12:
        return None
    length = 31 if month <= 6 else 30 if month <= 11 else _solar_year_days(year) - 336
    if not 1 <= day <= length:
        return None
    before = 31 * min(month - 1, 6) + 30 * max(month - 7, 0)
    return _NOWRUZ[year] + _dt.timedelta(days=before + day - 1)


def _hijri_to_gregorian(year: int, month: int, day: int) -> Optional[Tuple[_dt.date, str]]:
    """Gregorian date and calendar name of a Hijri date; None if impossible."""
    if not (MIN_HIJRI_YEAR <= year <= MAX_HIJRI_YEAR):
        return None
    (first_year, _, _), (last_year, _, _) = HIJRI_RANGE
    if first_year <= year <= last_year:
        try:
            g = Hijri(year, month, day).to_gregorian()
        except (ValueError, OverflowError):
            return None
        return _dt.date(g.year, g.month, g.day), "hijri-umalqura"
    converted = _tabular_hijri_to_gregorian(year, month, day)
    return (converted, "hijri-tabular") if converted else None


# --------------------------------------------------------------------------
# Reading the pieces
# --------------------------------------------------------------------------


class _Time(NamedTuple):
    """A clock time as read (24-hour) and its zone offset."""

    hour: int
    minute: int
    tz: Optional[int]


def _read_tz(m: "re.Match[str]", iso: Optional[str] = None, marker: Optional[str] = None) -> Optional[int]:
    """Time-zone offset in minutes from a match with tzw/tzs/tzh/tzm groups;
    for a match of the clock-time pattern, ``iso`` is its isotz group and
    ``marker`` the kind of its hour marker."""
    if iso:
        if iso.upper() == "Z":
            return 0
        digits = re.sub(r"\D", "", iso)
        sign = -1 if iso.startswith("-") else 1
        return sign * (int(digits[:2]) * 60 + int(digits[2:]))
    word = m.group("tzw")
    if word:
        fixed = _TZ_FIXED_OFFSETS.get(_TZ_WORDS.get(_key_of(word), ""))
        if fixed is not None:
            return fixed
        sign_char = m.group("tzs")
        if sign_char:
            sign = -1 if sign_char in "-−" else 1
            minutes = m.group("tzm")
            return sign * (int(m.group("tzh")) * 60 + (int(minutes) if minutes else 0))
        return 0
    return MAKKAH_OFFSET_MINUTES if marker == "tz-makkah" else None


def _apply_hour_marker(hour: int, kind: Optional[str]) -> Optional[int]:
    """24-hour value of ``hour`` followed by an AM/PM-like marker of ``kind``; None if inconsistent."""
    if kind is None or kind in ("tz-makkah", "dawn"):
        return hour
    if hour > 12:
        # "14:37 م" is consistent; "14:37 ص" is not.
        return None if kind == "am" else hour
    if hour == 0:
        # "00:30 ص" is consistent; "00:30 م" is not.
        return 0 if kind == "am" else None
    if kind == "am":
        return 0 if hour == 12 else hour
    if kind in ("pm", "afternoon"):
        return hour if hour == 12 else hour + 12
    if kind == "noon":
        return hour + 12 if hour in NOON_PM_HOURS else hour
    if kind == "night":
        if hour == 12:
            return 0
        return hour + 12 if hour >= NIGHT_EVENING_FROM_HOUR else hour
    return hour


def _read_time(m: "re.Match[str]") -> Optional[_Time]:
    """A :class:`_Time` from a time match, or None when the clock is impossible."""
    h, mi, marker, iso = m.group("h", "mi", "ampm", "isotz")
    hour, minute = int(h), int(mi)
    if hour > 23 or minute > 59:
        return None
    kind = _HOUR_MARKERS.get(_key_of(marker)) if marker else None
    fixed = _apply_hour_marker(hour, kind)
    if fixed is None or fixed > 23:
        return None
    return _Time(fixed, minute, _read_tz(m, iso, kind))


def _month_of(word: str) -> Optional[Tuple[str, int]]:
    """(calendar family, month) of a matched month name."""
    return _MONTHS.get(_key_of(word))


def _months_of(m1: str, m2: Optional[str], with_day: bool) -> Optional[Tuple[str, int]]:
    """The month of a (possibly doubled: ``m1``/``m2``) month part; None when
    the two disagree or when a name that is also an ordinary word stands
    without a day."""
    if not with_day and _key_of(m1) in _DAY_ONLY_MONTHS:
        return None
    first = _month_of(m1)
    second = _month_of(m2) if m2 else first
    if first is None or first != second:
        return None
    return first


class _Ymd(NamedTuple):
    """A date as read from a match before time and relative handling."""

    year: int
    month: Optional[int]
    day: Optional[int]
    calendar: str
    hijri: Optional[Tuple[int, Optional[int], Optional[int]]]


def _gregorian(year: int, month: Optional[int], day: Optional[int]) -> Optional[_Ymd]:
    """A validated Gregorian date (month/day may be None for coarser precision)."""
    if not (MIN_GREGORIAN_YEAR <= year <= MAX_GREGORIAN_YEAR):
        return None
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 28:  # every month has days 1 to 28
        try:
            _dt.date(year, month or 1, day)
        except ValueError:
            return None
    return _Ymd(year, month, day, "gregorian", None)


def _hijri(year: int, month: Optional[int], day: Optional[int]) -> Optional[_Ymd]:
    """A Hijri date converted to Gregorian; coarser dates use the period's first day."""
    if month is not None and not 1 <= month <= 12:
        return None
    converted = _hijri_to_gregorian(year, month or 1, day or 1)
    if converted is None:
        return None
    g, calendar = converted
    return _Ymd(
        g.year,
        g.month if month is not None else None,
        g.day if day is not None else None,
        calendar,
        (year, month, day),
    )


def _solar_hijri(year: int, month: Optional[int], day: Optional[int]) -> Optional[_Ymd]:
    """A Solar Hijri date converted to Gregorian (only years in :data:`SOLAR_HIJRI_YEARS`);
    coarser dates use the period's first day."""
    if year not in SOLAR_HIJRI_YEARS or (month is not None and not 1 <= month <= 12):
        return None
    g = _solar_hijri_to_gregorian(year, month or 1, day or 1)
    if g is None:
        return None
    return _Ymd(
        g.year,
        g.month if month is not None else None,
        g.day if day is not None else None,
        "hijri-solar",
        (year, month, day),
    )


def _read_ymd(kind: str, m: "re.Match[str]", text: str, day_first: Optional[bool]) -> Optional[_Ymd]:
    """Interpret one grammar match as a (possibly partial) date; None if not a date.

    ``text`` and ``day_first`` decide the order of a numeric date whose first
    two numbers could both be the month (:func:`_numeric_order`)."""
    era_word, year_digits = m.group("era", "year")  # every written-date grammar has both groups
    era = _ERA_MARKERS.get(_key_of(era_word)) if era_word else None
    year = int(year_digits)
    if kind in ("dmy", "mdy", "my"):
        m1, m2, day_digits = m.group("m1", "m2", "day")
        found = _months_of(m1, m2, with_day=kind == "dmy")
        if found is None:
            return None
        if kind == "dmy" and day_digits and _key_of(m1) in _DAY_ONLY_MONTHS and m.start("m1") == m.end("day"):
            return None  # (a word glued to its day is no month: Pashto "۱۲مه" is "the 12th")
        family, month = found
        if kind == "dmy" and m.group("ord"):
            day: Optional[int] = _ORDINALS[_key_of(m.group("ord"))]
        else:
            day = int(day_digits) if kind != "my" else None
        if family == "hijri":
            return None if era in ("era-ce", "era-sh") else _hijri(year, month, day)
        if family == "solar":
            if year in KURDISH_YEARS:
                year -= KURDISH_ERA_OFFSET  # (a Kurdish-era year of the same calendar)
            return None if era == "era-ce" else _solar_hijri(year, month, day)
        if era is None and year in HIJRI_LOOKING_YEARS:
            return None  # ("10 مه 1403": a Gregorian month name, a Solar or lunar Hijri year)
        return None if era in ("era-ah", "era-sh") else _gregorian(year, month, day)
    if kind in ("ymd-num", "dmy-num"):
        month, day = int(m.group("month")), int(m.group("day"))
        if kind == "dmy-num" and month > 12 and day <= 12 and m.group("day").isascii():
            month, day = day, month  # "03/18/2025": no month 18, so month first (the one reading)
        elif kind == "dmy-num" and day <= 12 and day != month and m.group("day").isascii():
            # "03/12/2024" or "12/25/2020": the first number could be the month (a date
            # written in Arabic-Indic digits is day first: the digits are the signal; a
            # weekday written before it that fits one reading only decides first)
            order = _weekday_order(text, m.start(), year, day, month) if era is None else None
            if order == "":
                return None  # (its weekday fits neither reading)
            if order is None:
                order = _numeric_order(text, day_first)
            if order is None:
                return None
            if order == "mdy":
                month, day = day, month
        if era == "era-ah":
            return _hijri(year, month, day)
        if era == "era-sh":
            return _solar_hijri(year, month, day)
        if era is None and year in HIJRI_LOOKING_YEARS:
            return None
        return _gregorian(year, month, day)
    # kind == "y": a year needs a year word or an era marker to count as a date.
    if era is None and not m.group("yw"):
        return None
    if era == "era-ah":
        return _hijri(year, None, None)
    if era == "era-sh":
        return _solar_hijri(year, None, None)
    return _gregorian(year, None, None)


# --------------------------------------------------------------------------
# Candidates and span selection
# --------------------------------------------------------------------------


class _Times:
    """The clock times of a text, in order, with their end offsets for
    bisection; found on first use (a time written right after its date needs
    none of them).  Only made for a text with a colon."""

    __slots__ = ("_text", "_matches", "_ends")

    def __init__(self, text: str) -> None:
        self._text = text
        self._matches: Optional[List["re.Match[str]"]] = None
        self._ends: List[int] = []

    def last_ending_by(self, pos: int) -> Optional["re.Match[str]"]:
        """The last time that ends at or before ``pos``."""
        if self._text.find(":", 0, pos) < 0:
            return None  # every clock time has its colon before its end
        if self._matches is None:
            self._matches = list(_TIME.finditer(self._text))
            self._ends = [tm.end() for tm in self._matches]
        i = bisect.bisect_right(self._ends, pos) - 1
        return self._matches[i] if i >= 0 else None


class _Cand(NamedTuple):
    """A grammar match before it is read: span, grammar kind and the match."""

    start: int
    end: int
    kind: str
    match: "re.Match[str]"


# A Pashto date written year first: "د ۱۴۰۳ کال د چنګاښ ۱۰مه" ("of the year 1403, of Chingash the
# 10th"), perhaps "لمریز کال" (solar year), perhaps without the first "د" ("۱۴۰۵ کال د لیندۍ
# ۱۴مه").  Its groups are the day-first grammar's (the era, second month and ordinal never
# match), so it is read as one ("dmy"); the month word is checked by _months_of like any other.
_PASHTO_YEAR_FIRST = re.compile(
    rf"(?:(?<![^\W\d_])د\s+|(?<!\w))(?P<year>{_D}{{4}})\s+(?:لمریز\s+|لمریزه\s+)?کال\s+د\s+(?P<m1>[^\W\d_]+)"
    rf"\s+(?P<day>{_D}{{1,2}})\s*(?:مه|م)(?![^\W\d_])(?P<m2>(?!))?(?P<era>(?!))?(?P<ord>(?!))?"
)
# ...or month first, the year after the day: "د لیندۍ ۱۳مه، ۱۴۰۳" (the day's ordinal "مه" is no
# month: "۱۳مه ۱۴۰۳" would read as 13 May 1403, which the Hijri-looking year already refuses).
_PASHTO_MONTH_FIRST = re.compile(
    rf"(?<![^\W\d_])د\s+(?P<m1>[^\W\d_]+)\s+(?P<day>{_D}{{1,2}})\s*(?:مه|م)(?![^\W\d_])[\s،,]*"
    rf"(?P<year>{_D}{{4}})(?!{_D})(?P<m2>(?!))?(?P<era>(?!))?(?P<ord>(?!))?"
)

# ...or the year first with no "کال", then "of <month> the <day>th": "۱۴۰۵ د لیندۍ ۱۲مه",
# "۲۰۲۶ د ډسمبر ۳مه" (a Pashto line giving both calendars).
_PASHTO_YEAR_OF_MONTH = re.compile(
    rf"(?<!{_D})(?P<year>{_D}{{4}})\s+د\s+(?P<m1>[^\W\d_]+)\s+(?P<day>{_D}{{1,2}})\s*(?:مه|م)(?![^\W\d_])"
    rf"(?P<m2>(?!))?(?P<era>(?!))?(?P<ord>(?!))?"
)
# ...or in the compact year-first order of the same convention, a Hijri-range year, the month,
# the day: "۱۴۰۵ لیندۍ ۱۲" (the month word is checked by _months_of, the year by the calendar:
# "1405 ديسمبر 12" is no Gregorian date).  The year's first two digits are in the pattern, so
# the scan stops at once on the Gregorian years of most lines.
_HIJRI_YEAR_FIRST = re.compile(
    rf"(?<!{_D})(?P<year>[1١۱][34٣٤۳۴]{_D}{{2}})\s+(?P<m1>[^\W\d_]+)\s+(?P<day>{_D}{{1,2}})(?!{_D})(?![^\W\d_])"
    rf"(?P<m2>(?!))?(?P<era>(?!))?(?P<ord>(?!))?"
)


def _candidates(text: str, first_year: Optional[int], with_relative: bool) -> List[_Cand]:
    """Every grammar match that :func:`_select` could keep, before overlap
    removal (in no particular order: :func:`_select` ranks them).
    ``first_year`` is where the first four-digit run starts (None without one:
    no written date then).

    Day-first dates, named or numeric, usually hold every year of their text
    and the named ones every month name; the year-only and month-first
    matches then all lie inside those dates, which no other candidate
    outranks, so :func:`_select` would drop them: their scans are skipped
    (:func:`_hold_every_year`, :func:`_hold_every_month`)."""
    out: List[_Cand] = []
    if with_relative:
        for m in _RELATIVE.finditer(text):
            out.append(_Cand(m.start(), m.end(), "rel", m))
    if first_year is None:
        return out
    held = _numeric_candidates(text, out)  # the day-first dates: each ends with its year
    if "مه" in text:  # (a Pashto date, its day's ordinal "۱۰مه": a substring test first)
        if "کال" in text:
            held.extend(_Cand(m.start(), m.end(), "dmy", m) for m in _PASHTO_YEAR_FIRST.finditer(text))
        held.extend(_Cand(m.start(), m.end(), "dmy", m) for m in _PASHTO_MONTH_FIRST.finditer(text))
        held.extend(_Cand(m.start(), m.end(), "dmy", m) for m in _PASHTO_YEAR_OF_MONTH.finditer(text))
    held.extend(_Cand(m.start(), m.end(), "dmy", m) for m in _HIJRI_YEAR_FIRST.finditer(text) if _month_of(m["m1"]))
    month = _MONTH_GATE.search(text)
    dates: List[_Cand] = []  # the named ones
    months_inside = False
    if month is not None:  # else no named grammar can match
        dates, months_inside = _named_day_first_candidates(text)
        held = sorted(held + dates, key=_start_of) if held and dates else held or dates
    # Nothing found so far outranks a date (usually nothing else was found).
    kept = bool(held) and not (out and _outranked(held, out))
    kept = kept and not (len(held) > 1 and _outranked(held, held))
    years_skipped = kept and _hold_every_year(text, held, first_year)
    if not years_skipped:
        years = _year_only_candidates(text, first_year)
        out.extend(years)
        kept = kept and not _outranked(held, years)
    if month is not None and not (kept and dates and _hold_every_month(dates, month.start(), months_inside)):
        month_first = _month_first_candidates(text, month.start())
        out.extend(month_first)
        if years_skipped and _outranked(held, month_first):  # then read the years after all
            out.extend(_year_only_candidates(text, first_year))
    out.extend(held)
    return out


def _numeric_candidates(text: str, out: List[_Cand]) -> List[_Cand]:
    """The numeric matches: the year-first ones go to ``out``, the day-first
    ones are returned."""
    day_first: List[_Cand] = []
    # Every numeric date has a "/", "." or "-": substring tests cost less than the gate's search.
    numeric = _NUMERIC_GATE.search(text) if "/" in text or "." in text or "-" in text else None
    if numeric is not None:  # else no numeric grammar can match
        pos = max(0, numeric.start() - NUMERIC_GATE_LEAD)
        for m in _NUMERIC_YMD.finditer(text, pos):
            out.append(_Cand(m.start(), m.end(), "ymd-num", m))
        for m in _NUMERIC_DMY.finditer(text, pos):
            day_first.append(_Cand(m.start(), m.end(), "dmy-num", m))
    return day_first


def _named_day_first_candidates(text: str) -> Tuple[List[_Cand], bool]:
    """The named day-first matches, and whether every month name after the
    first of them starts inside a later one (see :func:`_scan`)."""
    found, months_inside = _scan(_NAMED_DAY_FIRST, _NAMED_DAY_FIRST_START, text, 0, _MONTH_GATE)
    out: List[_Cand] = []
    for m in found:
        out.append(_Cand(m.start(), m.end(), "dmy", m))
    return out, months_inside


def _year_only_candidates(text: str, first_year: int) -> List[_Cand]:
    """The year-only matches marked as years (year word or era)."""
    out: List[_Cand] = []
    for m in _scan(_YEAR_ONLY, _MARKED_YEAR_AT, text, _marked_year_from(text, first_year))[0]:
        if m.group("era") or m.group("yw"):  # a bare number is never a date inside a text
            out.append(_Cand(m.start(), m.end(), "y", m))
    return out


def _month_first_candidates(text: str, first_month: int) -> List[_Cand]:
    """The month-first matches, given where the first month name starts."""
    out: List[_Cand] = []
    first = _month_first_from(text, first_month)
    for m in _scan(_NAMED_MONTH_FIRST, _NAMED_MONTH_FIRST_AT, text, first, _MONTH_GATE, read_first=True)[0]:
        out.append(_Cand(m.start(), m.end(), "mdy" if m.group("day") is not None else "my", m))
    return out


def _start_of(c: _Cand) -> int:
    """Where a candidate starts (a sort key)."""
    return c.start


def _rank(c: _Cand) -> Tuple[int, int, int]:
    """Sort key of :func:`_select`: longest first, then leftmost, then grammar order."""
    return -(c.end - c.start), c.start, _KIND_ORDER.get(c.kind, 99)


def _outranked(dates: List[_Cand], cands: List[_Cand]) -> bool:
    """True when one of ``cands`` overlaps one of ``dates`` and comes first in
    :func:`_select`'s order.  (When none does, and the dates do not overlap
    each other, every date is kept and every candidate lying inside one is
    dropped.)"""
    for c in cands:
        for d in dates:
            if c is not d and c.start < d.end and d.start < c.end and _rank(c) < _rank(d):
                return True
    return False


def _hold_every_year(text: str, dates: List[_Cand], first_year: int) -> bool:
    """True when the day-first ``dates`` (named or numeric, in order) hold
    every four-digit run of the text: the first one starts inside the first
    date (at ``first_year``) and none starts between two dates or after the
    last.  Each date's own year, at its end, is then the only one it holds,
    so every year-only match lies inside a date: it reads that year, the same
    era after it, and a year word right before it (which can only be the end
    of a named date's month part: the separators before a date's year are
    not letters)."""
    if first_year < dates[0].start:
        return False
    for date, following in zip(dates, dates[1:]):
        later = _HAS_YEAR.search(text, date.end)
        if later is None or later.start() < following.start:
            return False
    return _HAS_YEAR.search(text, dates[-1].end) is None


def _hold_every_month(dates: List[_Cand], first_month: int, months_inside: bool) -> bool:
    """True when every month name of the text starts inside one of the
    day-first ``dates``: the first one at ``first_month``, inside the first
    date, and every later one inside a later date (``months_inside``, from
    the day-first scan).  Every month-first match then lies inside a date: it
    starts at one of its names (or at "شهر" right before one, inside the date
    too) and ends where the date does, since from its month names the only
    year it can reach is the date's (its separators are some of the
    day-first ones, and a day of one or two digits cannot be read off a
    four-digit year) and the era after that year is read alike."""
    return months_inside and first_month >= dates[0].start


def _marked_year_from(text: str, first_year: int) -> int:
    """Where year-only matches worth reading may start, given where the first
    four-digit run starts.  A marked year starts at its own digits (so at
    ``first_year`` or later) or at a year word that ends where the spaces
    before its digits begin; for the first run those spaces are the ones
    right before it, and a later run's spaces begin after ``first_year``."""
    return max(0, len(text[:first_year].rstrip()) - YEAR_WORD_MAX_LEN)


def _month_first_from(text: str, first_month: int) -> int:
    """Where month-first matches may start, given the first month name's start:
    there, or at a "شهر" written right before it.  (A match built on a later
    month name cannot start before the first one: only a letter after a
    non-letter can start a month name, and inside "شهر " that is its first.)"""
    head = text[:first_month].rstrip()  # rstrip and \s agree on whitespace
    if len(head) < first_month and head.endswith(MONTH_WORD):
        return len(head) - len(MONTH_WORD)
    return first_month


def _scan(
    reader: "re.Pattern[str]",
    locator: "re.Pattern[str]",
    text: str,
    pos: int,
    needs: Optional["re.Pattern[str]"] = None,
    read_first: bool = False,
) -> Tuple[List["re.Match[str]"], bool]:
    """What ``reader.finditer(text, pos)`` yields, minus matches that start
    where ``locator`` does not match; and whether every hit of ``needs`` from
    the end of the first match on starts inside a later match (none after
    the last; False when the scan cannot tell).

    ``finditer`` searches for the leftmost match from the end of the previous
    one.  The locator matches at least wherever the (wanted) reader matches
    do, and is cheaper to search with; each of its hits is read with
    ``reader.match`` and, when the reader does not match there, the search
    goes on one character further.

    ``needs``, when given, matches somewhere after the start of every wanted
    match (the month name of a named date): once it has no hit from ``pos``
    on, no match can follow, and the (cheaper) test ends the scan early.

    ``read_first`` says that the locator matches wherever the reader does
    (it is the reader's twin) and that a match most likely starts at ``pos``
    (the first month name opens a month-first date): the reader is tried
    there before any search.
    """
    found: List["re.Match[str]"] = []
    inside = True  # every hit of needs seen after a match starts inside a later one
    needed_at = 0  # where the first hit of needs after the last match starts
    if read_first:
        m = reader.match(text, pos)
        if m is None:
            pos += 1
        else:
            found.append(m)
            pos = m.end()
    while True:
        if found and needs is not None:
            needed = needs.search(text, pos)
            if needed is None:
                return found, inside and pos == found[-1].end()
            if pos == found[-1].end():
                needed_at = needed.start()
        hit = locator.search(text, pos)
        if hit is None:
            return found, False
        m = reader.match(text, hit.start())
        if m is None:
            pos = hit.start() + 1
        else:
            if found and needed_at < m.start():
                inside = False  # a hit of needs between two matches
            found.append(m)
            pos = m.end()


def _select(cands: List[_Cand]) -> List[_Cand]:
    """Non-overlapping candidates: longest first, then leftmost, then grammar order.

    The kept spans are held sorted by start, so each overlap test is a bisection.
    """
    if len(cands) < 2:
        return cands
    ranked = sorted(cands, key=_rank)
    starts: List[int] = []
    taken: List[_Cand] = []
    for c in ranked:
        i = bisect.bisect_left(starts, c.start)
        if i < len(taken) and taken[i].start < c.end:
            continue  # overlaps the next kept span
        if i > 0 and taken[i - 1].end > c.start:
            continue  # overlaps the previous kept span
        starts.insert(i, c.start)
        taken.insert(i, c)
    return taken


def _attach_time(
    text: str, start: int, end: int, times: Optional[_Times]
) -> Tuple[Optional[_Time], int, int]:
    """The time written next to the date at ``start:end`` (after it, else right
    before it) and the new span; ``times`` is None when the text has no colon
    (so no clock time)."""
    after = _TIME_AFTER.match(text, end) if text.find(":", end) >= 0 else None  # a clock time has a colon
    if after:
        t = _read_time(after)
        return t, start, after.end() if t else end
    # Only the nearest time ending before the date can be separated from it by
    # punctuation alone.
    tm = times.last_ending_by(start) if times is not None else None
    # (not the clock of an ISO timestamp before the date: "2024-06-20T11:32:08+03:00 14 حزيران")
    if tm is not None and _TIME_BEFORE_GAP.fullmatch(text, tm.end(), start) and text[tm.start() - 1 : tm.start()] != "T":
        t = _read_time(tm)
        if t:
            return t, tm.start(), end
    return None, start, end


#: A place named after a date right before it: "ملعب 20 أوت 1955", "بشارع 26 يوليو"
#: (the noun may carry a one-letter proclitic: و، ب، ل، ف).
_NAME_HEAD_BEFORE = re.compile(
    rf"{_NO_LETTER_BEFORE}[وبلف]?{_alternation(_words(_MARKER_ROWS, 'name-head'))}\s+$"
)
#: How far back such a noun may start.
NAME_HEAD_LOOKBACK = 12


def _names_a_place(text: str, start: int) -> bool:
    """True when a date is the name of a place written right after its noun."""
    return bool(start) and bool(_NAME_HEAD_BEFORE.search(text, max(0, start - NAME_HEAD_LOOKBACK), start))


def _is_range_end(text: str, start: int) -> bool:
    """True when a day-first date is the end of a day range ("12-15 مايو 2024")."""
    return bool(start) and bool(_RANGE_BEFORE.search(text, max(0, start - RANGE_LOOKBACK), start))


def _weekday_start(text: str, start: int) -> int:
    """Where a weekday name written right before a date starts (else ``start``)."""
    if start == 0:
        return start
    window_start = max(0, start - WEEKDAY_LOOKBACK)
    m = _WEEKDAY_BEFORE.search(text, window_start, start)
    return m.start() if m else start


def _weekday_before(text: str, start: int) -> Optional[int]:
    """The ISO weekday of a weekday name written right before a date ("الخميس, 03/06/2025"),
    or None."""
    ws = _weekday_start(text, start)
    if ws == start:
        return None
    for word in _WEEKDAY_SEPARATORS.split(text[ws:start]):
        iso = _WEEKDAY_ISO.get(_key_of(word)) if word else None
        if iso is not None:
            return iso
    return None


def _weekday_order(text: str, start: int, year: int, first: int, second: int) -> Optional[str]:
    """For a numeric date "<first>/<second>/<year>" whose two numbers could each be the month:
    "dmy" or "mdy" when a weekday written before it agrees with one reading only (Drupal's
    "الخميس, 03/06/2025" is Thursday 6 March, not Tuesday 3 June), "" when it agrees with
    neither (the date is not read: never a guess), else None."""
    iso = _weekday_before(text, start)
    if iso is None:
        return None
    fits = []
    for order, (month, day) in (("dmy", (second, first)), ("mdy", (first, second))):
        try:
            if _dt.date(year, month, day).isoweekday() == iso:
                fits.append(order)
        except ValueError:
            continue
    if not fits:
        return ""
    return fits[0] if len(fits) == 1 else None


def _tz_after(text: str, pos: int) -> Tuple[Optional[int], int]:
    """A time-zone word right after a date without a time ("... 2024 GMT")."""
    m = _TZ_AFTER.match(text, pos)
    if not m:
        return None, pos
    return _read_tz(m), m.end()


# --------------------------------------------------------------------------
# Relative dates
# --------------------------------------------------------------------------

_TIMEDELTA_UNITS: Mapping[str, _dt.timedelta] = {
    "moment": _dt.timedelta(0),  # "منذ لحظات", "الآن": the reference itself
    "second": _dt.timedelta(seconds=1),
    "minute": _dt.timedelta(minutes=1),
    "hour": _dt.timedelta(hours=1),
    "day": _dt.timedelta(days=1),
    "week": _dt.timedelta(weeks=1),
}
_FINE_UNITS = frozenset({"moment", "second", "minute", "hour"})
_CALENDAR_UNITS = frozenset({"month", "year"})


def _number(word: Optional[str]) -> Optional[float]:
    """Value of a numeral or number word; None when absent or unknown."""
    if not word:
        return None
    if _HAS_DIGIT.match(word):
        return float(int(word))
    return _NUMBER_WORDS.get(_key_of(word))


def _relative_amount(m: "re.Match[str]") -> Optional[List[Tuple[str, float]]]:
    """[(unit, how many), ...] of a relative match; None when a count is not written."""
    if m.group("anchor"):
        anchor = _ANCHORS[_key_of(m.group("anchor"))]
        return [(anchor.unit, float(anchor.how_many))]
    first = _unit_count(m.group("unit") or m.group("eunit"), m.group("num") or m.group("enum"), m.group("num2"))
    if first is None:
        return None
    if m.group("frac"):
        fraction = _number(m.group("frac"))
        if fraction is None or fraction >= 1:
            return None
        return [(first[0], first[1] + fraction)]
    if not m.group("unit3"):
        return [first]
    second = _unit_count(m.group("unit3"), m.group("num3"), None)
    return None if second is None else [first, second]


def _unit_count(unit_word: str, num: Optional[str], num_after: Optional[str]) -> Optional[Tuple[str, float]]:
    """(unit, count) of "3 ساعات" / "ساعتين" / "ساعة واحدة"; None for a bare plural."""
    unit = _UNITS.get(_key_of(unit_word))
    if unit is None:
        return None
    count = _number(num)
    if count is None:
        count = _number(num_after)
    if count is None and unit.how_many:
        count = float(unit.how_many)
    if count is None:
        return None
    return unit.unit, count


def _as_datetime(reference: DateLike) -> Tuple[_dt.datetime, bool]:
    """The reference as a naive datetime (its wall clock), and whether it had a clock time."""
    if isinstance(reference, _dt.datetime):
        return reference.replace(tzinfo=None), True
    return _dt.datetime(reference.year, reference.month, reference.day), False


def _resolve_relative(
    text: str, cand: _Cand, reference: Optional[DateLike], times: Optional[_Times]
) -> Optional[DateMatch]:
    """A relative date resolved against ``reference``; None without one."""
    if reference is None:
        return None
    amount = _relative_amount(cand.match)
    if amount is None:
        return None
    units = {unit for unit, _ in amount}
    unit, count = amount[0]
    ref, has_clock = _as_datetime(reference)
    start, end = cand.start, cand.end
    anchor = cand.match.group("anchor")
    time: Optional[_Time] = None
    if anchor:
        time, start, end = _attach_time(text, cand.start, cand.end, times)
        if time is None and _key_of(anchor) in _ANCHORS_ALONE and not _stands_alone(text, cand):
            return None
    if units & _FINE_UNITS and not has_clock:
        return None
    if units & _CALENDAR_UNITS:
        if len(amount) > 1:
            return None  # "منذ سنة و 3 أشهر": not worth a guess
        return _resolve_calendar_shift(text, start, end, ref, unit, count)
    zone = _zone_of(reference)
    back = sum((_TIMEDELTA_UNITS[u] * c for u, c in amount), _dt.timedelta())
    try:
        if zone is not None and time is None and units & _FINE_UNITS:
            # "منذ ساعتين" against an aware reference: two real hours back (through UTC,
            # so a DST change in between is counted), on the reference's wall clock
            assert isinstance(reference, _dt.datetime)
            when = (reference.astimezone(_dt.timezone.utc) - back).astimezone(zone).replace(tzinfo=None)
        else:
            when = ref - back
    except (OverflowError, ValueError):  # "منذ 999 أسبوع" before year 1
        return None
    if time is not None:
        when = when.replace(hour=time.hour, minute=time.minute, second=0, microsecond=0)
        latest = ref if has_clock else ref.replace(hour=23, minute=59)  # a date reference is a whole day
        if when > latest:
            return None
    precision = "minute" if (units & _FINE_UNITS or time is not None) else "day"
    tz = time.tz if time else None
    tzinfo = None
    if precision == "minute" and zone is not None and tz is None:
        # the value is on the reference's clock: it keeps the reference's zone
        tzinfo = zone
        offset = when.replace(tzinfo=zone).utcoffset()
        tz = None if offset is None else int(offset.total_seconds() // 60)
    return DateMatch(
        start, end, text[start:end], when.year, when.month, when.day,
        when.hour if precision == "minute" else None,
        when.minute if precision == "minute" else None,
        precision, "relative", tz, None, tzinfo,
    )


def _zone_of(reference: DateLike) -> Optional[_dt.tzinfo]:
    """The zone of a timezone-aware datetime reference, else None."""
    if isinstance(reference, _dt.datetime) and reference.utcoffset() is not None:
        return reference.tzinfo
    return None


def _stands_alone(text: str, cand: _Cand) -> bool:
    """True when only labels and punctuation surround the match ("اليوم", "آخر تحديث: اليوم")."""
    return bool(_LABELS_ONLY.fullmatch(text, 0, cand.start)) and bool(
        _ALONE_REST.fullmatch(text, cand.end)
    )


def _resolve_calendar_shift(
    text: str, start: int, end: int, ref: _dt.datetime, unit: str, count: float
) -> Optional[DateMatch]:
    """"منذ شهرين" / "منذ سنة": the month or year that many periods back."""
    if count != int(count):
        return None
    n = int(count)
    if ref.year - n < _dt.MINYEAR:
        return None
    if unit == "year":
        return DateMatch(start, end, text[start:end], ref.year - n, None, None, None, None, "year", "relative")
    months = ref.year * 12 + (ref.month - 1) - n
    return DateMatch(
        start, end, text[start:end], months // 12, months % 12 + 1, None, None, None, "month", "relative"
    )


# --------------------------------------------------------------------------
# Putting it together
# --------------------------------------------------------------------------


def _build(text: str, cand: _Cand, times: Optional[_Times], day_first: Optional[bool]) -> Optional[DateMatch]:
    """A :class:`DateMatch` for one written (non-relative) candidate."""
    start, end, kind, match = cand
    ymd = _read_ymd(kind, match, text, day_first)
    if ymd is None or (kind == "dmy" and (_is_range_end(text, start) or _names_a_place(text, start))):
        return None
    year, month, day, calendar, hijri = ymd
    if day is None:  # a month or a year: no clock time
        tz, end = _tz_after(text, end)
        precision = "year" if month is None else "month"
        return DateMatch(
            start, end, text[start:end], year, month, None, None, None, precision, calendar, tz, hijri
        )
    time, start, end = _attach_time(text, _weekday_start(text, start), end, times)
    if time is None:
        tz, end = _tz_after(text, end)
        return DateMatch(
            start, end, text[start:end], year, month, day, None, None, "day", calendar, tz, hijri
        )
    return DateMatch(
        start, end, text[start:end], year, month, day, time.hour, time.minute, "minute", calendar, time.tz,
        hijri,
    )


def _pairs(text: str, matches: List[DateMatch]) -> List[Tuple[int, int, int]]:
    """Hijri/Gregorian twins written side by side ("... هـ الموافق ... م",
    "2 رجب 1445 - 13 يناير 2024"): ``(hijri index, gregorian index, days
    apart)`` for each pair of neighbouring matches at day precision."""
    out: List[Tuple[int, int, int]] = []
    for i in range(len(matches) - 1):
        a, b = matches[i], matches[i + 1]
        a_hijri, b_hijri = a.calendar.startswith("hijri"), b.calendar.startswith("hijri")
        if a_hijri == b_hijri or a.calendar == "relative" or b.calendar == "relative":
            continue
        if a.day is None or b.day is None or not _PAIR_GAP.fullmatch(text, a.end, b.start):
            continue
        days = abs((_day_of(a) - _day_of(b)).days)
        out.append((i, i + 1, days) if a_hijri else (i + 1, i, days))
    return out


def _check_pairs(text: str, matches: List[DateMatch]) -> List[DateMatch]:
    """Drop the Hijri date of a Hijri/Gregorian pair that disagrees by more
    than HIJRI_PAIR_TOLERANCE_DAYS: the printed Gregorian date wins."""
    if len(matches) < 2:
        return matches
    bad = {h for h, _g, days in _pairs(text, matches) if days > HIJRI_PAIR_TOLERANCE_DAYS}
    return [m for i, m in enumerate(matches) if i not in bad] if bad else matches


def _day_of(m: DateMatch) -> _dt.date:
    """The Gregorian day of a match with day precision or better."""
    assert m.month is not None and m.day is not None
    return _dt.date(m.year, m.month, m.day)


def _split_marks(text: str) -> Tuple[str, Optional[List[Tuple[int, int]]]]:
    """The text without marks, and the (start, end) of each run of marks in
    ``text`` (None when there is none)."""
    parts = _MARKS_RUN.split(text)  # the text between runs of marks, and the runs
    if len(parts) == 1:
        return text, None
    ends = list(accumulate(map(len, parts)))
    return "".join(parts[0::2]), list(zip(ends[0::2], ends[1::2]))


def _matches(text: str, reference: Optional[DateLike], day_first: Optional[bool] = None) -> List[DateMatch]:
    """All dates in ``text``, in order, after overlap removal and pair checks."""
    if not text:
        return []
    clean, runs = _split_marks(text)
    found = _matches_clean(clean, reference, day_first)
    if len(found) > 1:
        found = _check_pairs(clean, found)
    if runs is None:
        return found
    return [_map_back(m, text, runs) for m in found]


def _map_back(m: DateMatch, original: str, runs: List[Tuple[int, int]]) -> DateMatch:
    """Move a match found in the mark-free text back onto the original text.

    A run of marks belongs to the letter before it, so a span keeps the marks
    that trail its last letter ("مساءً").
    """
    start = _original_index(m.start, runs)
    end = _original_index(m.end, runs)
    return DateMatch(
        start, end, original[start:end], m.year, m.month, m.day, m.hour, m.minute,
        m.precision, m.calendar, m.tz_offset_minutes, m.hijri, m.tzinfo,
    )


def _original_index(pos: int, runs: List[Tuple[int, int]]) -> int:
    """Index in the original text of index ``pos`` of the mark-free text."""
    removed = 0
    for run_start, run_end in runs:
        if run_start - removed > pos:
            break
        removed += run_end - run_start
    return pos + removed


def _matches_clean(text: str, reference: Optional[DateLike], day_first: Optional[bool]) -> List[DateMatch]:
    """:func:`_matches` on a text without marks, before the pair checks."""
    year = _HAS_YEAR.search(text)
    with_relative = reference is not None and bool(_RELATIVE_HINT.search(text))
    if year is None and not with_relative:
        return []
    cands = _select(_candidates(text, year.start() if year else None, with_relative))
    if not cands:
        return []
    times = _Times(text) if ":" in text else None  # every clock time has a colon
    out: List[DateMatch] = []
    for cand in cands:
        if cand.kind == "rel":
            found = _resolve_relative(text, cand, reference, times)
        else:
            found = _build(text, cand, times, day_first)
        if found is not None:
            out.append(found)
    return out


def check_reference(reference: object) -> Optional[DateLike]:
    """``reference`` when it is None, a ``datetime.date`` or a ``datetime.datetime``;
    TypeError otherwise (shared by :func:`parse_date` and :func:`arclean.parse`)."""
    if reference is not None and not isinstance(reference, _dt.date):
        raise TypeError(
            f"reference= takes a datetime.datetime or datetime.date (when the page was fetched), "
            f"not {type(reference).__name__}"
        )
    return reference


def _check_args(fn: str, text: object, reference: object, day_first: object) -> None:
    """TypeError for arguments of the wrong type (as :func:`arclean.parse` does)."""
    if not isinstance(text, str):
        raise TypeError(f"arclean.{fn}() takes the text as str, not {type(text).__name__}")
    check_reference(reference)
    if day_first is not None and not isinstance(day_first, bool):
        raise TypeError(f"day_first= takes True, False or None, not {type(day_first).__name__}")


def find_dates(
    text: str, *, reference: Optional[DateLike] = None, day_first: Optional[bool] = None
) -> Iterator[DateMatch]:
    """Yield every date written in ``text``, left to right.

    Relative dates ("منذ ساعتين", "أمس") are only yielded when ``reference`` is
    given.  Hijri/Gregorian twins joined by "الموافق" are both yielded when they
    agree; when they disagree by more than HIJRI_PAIR_TOLERANCE_DAYS only the
    Gregorian date is.  ``day_first`` is as for :func:`parse_date`.
    """
    _check_args("find_dates", text, reference, day_first)
    return iter(_matches(text, reference, day_first))


def _labels_before(text: str, matches: List[DateMatch]) -> List[Optional[str]]:
    """For each match, 'label-published'/'label-updated' if such a label precedes it."""
    labels = [(m.end(), _LABELS[_key_of(m.group("label"))]) for m in _LABEL.finditer(text)]
    out: List[Optional[str]] = []
    prev_end = 0
    for m in matches:
        kind = None
        for end, label_kind in labels:
            if prev_end <= end <= m.start:
                kind = label_kind
        out.append(kind)
        prev_end = m.end
    return out


def parse_date(
    text: str,
    *,
    reference: Optional[DateLike] = None,
    prefer: str = "published",
    day_first: Optional[bool] = None,
) -> Optional[DateMatch]:
    """The best date in a short string such as a metadata line, or None.

    Choice when there are several: a date under a label matching ``prefer``
    ("تاريخ النشر" for ``'published'``, "آخر تحديث" for ``'updated'``) wins;
    then a written date over an ISO timestamp printed beside it (a theme's hidden
    value: "2024-06-20T11:32:08+03:00 14 حزيران 2024"); then Gregorian over its
    Hijri twin; then the more precise; then the first (``'published'``) or the last
    (``'updated'``).

    ``reference`` (a ``datetime`` or a ``date``: when the page was fetched)
    resolves relative dates; a timezone-aware one gives aware values.

    A numeric date whose first two numbers could both be the month
    ("03/12/2024") is read by the text's own signals: Arabic script or
    Arabic-Indic digits mean day first, an English label with AM/PM
    ("Published: 03/12/2024 10:30 AM") means month first.  Without a signal,
    ``day_first`` decides (the caller knows the page: True when it is
    Arabic, see :func:`day_first_signal`); when it is None the date is None.

    Raises TypeError for a ``text`` that is not a str, a ``reference`` that is
    not a date or datetime, or a ``day_first`` that is not a bool or None.
    """
    if not isinstance(text, str) or reference is not None or day_first is not None:
        _check_args("parse_date", text, reference, day_first)
    if prefer not in _PREFER_VALUES:
        raise ValueError(f"prefer must be one of {sorted(_PREFER_VALUES)}, got {prefer!r}")
    matches = _matches(text, reference, day_first)
    if not matches:
        return _bare_year(text)
    if len(matches) == 1:
        return matches[0]
    wanted = "label-" + prefer
    labels = _labels_before(text, matches)
    for h, g, _days in _pairs(text, matches):
        if labels[g] is None:
            labels[g] = labels[h]  # the label over a Hijri date is its Gregorian twin's too
    best = max(
        range(len(matches)),
        key=lambda i: (
            labels[i] == wanted,
            labels[i] is None,
            _MACHINE_STAMP.match(matches[i].text) is None,
            _PRECISION_RANK[matches[i].precision] >= _PRECISION_RANK["day"],
            not matches[i].calendar.startswith("hijri"),
            _PRECISION_RANK[matches[i].precision],
            -i if prefer == "published" else i,
        ),
    )
    return matches[best]


#: An ISO 8601 timestamp with its clock ("2024-06-20T11:32:08+03:00"): a theme's hidden machine
#: value (often the last update) that a dumper prints beside the date the page shows; the
#: written date wins over it.
_MACHINE_STAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}")


def _bare_year(text: str) -> Optional[DateMatch]:
    """A string that is only a year ("2024", "٢٠٢٤") is that year at year precision."""
    m = _BARE_YEAR.fullmatch(text)
    if not m:
        return None
    year = int(m.group("year"))
    if year in HIJRI_LOOKING_YEARS or _gregorian(year, None, None) is None:
        return None
    s, e = m.span("year")
    return DateMatch(s, e, text[s:e], year, None, None, None, None, "year", "gregorian")


def parse_time(text: str) -> Optional[_dt.time]:
    """The clock time in a time-only string ("14:37 ت م", "09:56 ص", "1:54 م", "٠٩:٣٥").

    Raises TypeError for a ``text`` that is not a str."""
    if not isinstance(text, str):
        raise TypeError(f"arclean.dates.parse_time() takes the text as str, not {type(text).__name__}")
    for m in _TIME.finditer(text):
        t = _read_time(m)
        if t is not None:
            return _dt.time(t.hour, t.minute)
    return None


# --------------------------------------------------------------------------
# Labels, numeric order and Hijri/Gregorian pairs
# --------------------------------------------------------------------------

#: Arabic script: the letters of the Arabic blocks and the Arabic-Indic and
#: Persian digits.  On a line or a page it means numeric dates are day first.
_ARABIC_SIGNAL = re.compile(
    "[\u0620-\u064a\u0660-\u0669\u066e-\u06d3\u06d5\u06ee-\u06ff"
    "\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]"
)
_LATIN_LETTER = re.compile("[A-Za-z]")
#: An English date label ("Published", "Updated") and a clock time with an
#: English AM/PM: together, the US convention (month first).
_EN_LABEL = re.compile(
    rf"(?<![A-Za-z])(?:{_alternation([w for w in _words(_MARKER_ROWS, 'label-published', 'label-updated') if w.isascii()])})(?![A-Za-z])",
    re.IGNORECASE,
)
_EN_AMPM = re.compile(
    rf"{_D}\s*:\s*{_D}{{2}}(?:\s*:\s*{_D}{{2}})?\s*"
    rf"(?:{_alternation([w for w in _words(_MARKER_ROWS, 'am', 'pm') if w.isascii()])})(?![A-Za-z])",
    re.IGNORECASE,
)


def _numeric_order(text: str, day_first: Optional[bool]) -> Optional[str]:
    """How to read a numeric date whose first two numbers could both be the
    month: ``'dmy'``, ``'mdy'``, or None (no signal, or signals that disagree).

    The text's own signals come first: Arabic script or Arabic-Indic digits
    (day first), an English label with an English AM/PM (month first).
    Without one, the caller's ``day_first`` (what it knows of the page)."""
    arabic = _ARABIC_SIGNAL.search(text) is not None
    us = (
        _LATIN_LETTER.search(text) is not None  # cheap gate: both need Latin letters
        and _EN_LABEL.search(text) is not None
        and _EN_AMPM.search(text) is not None
    )
    if arabic != us:
        return "dmy" if arabic else "mdy"
    if arabic or day_first is None:
        return None
    return "dmy" if day_first else "mdy"


def day_first_signal(text: str) -> Optional[bool]:
    """True when ``text`` (a page) has Arabic script or Arabic-Indic digits, so
    its numeric dates are day first; else None (no signal).  Pass the result
    as ``day_first=`` when reading the page's lines with :func:`parse_date`."""
    if not isinstance(text, str):
        raise TypeError(f"day_first_signal() takes the text as str, not {type(text).__name__}")
    return True if _ARABIC_SIGNAL.search(text) is not None else None


#: Letters of Persian that Arabic has not (پ چ ژ گ)...
_PERSIAN_LETTERS = re.compile("[\u067e\u0686\u0698\u06af]")
#: ...and letters of Urdu (ٹ ڈ ڑ ں ے) and Kurdish (ێ ۆ ڵ ڕ ە), which date otherwise.
_NOT_PERSIAN_LETTERS = re.compile("[\u0679\u0688\u0691\u06ba\u06d2\u06ce\u06c6\u06b5\u0695\u06d5]")
#: A page is Persian when it holds at least this many Persian letters (and no Urdu or Kurdish one).
SOLAR_SIGNAL_MIN_LETTERS = 5
#: On a Persian page, a numeric date with no calendar marker and a 13xx or 14xx year up to
#: this one is Solar Hijri (1420 SH is 2041): a lunar year that low (1999 and before) is no
#: page's date today, and a lunar year of now (1446) is above it, so it stays unread.
NUMERIC_SOLAR_MAX_YEAR = 1420
# A numeric year-first date with a 13xx/14xx year, in any digits: "۱۴۰۳/۰۹/۱۵", "1403-09-15".
_NUMERIC_SOLAR = re.compile(
    r"(?<![0-9\u0660-\u0669\u06f0-\u06f9])([1\u0661\u06f1][34\u0663\u0664\u06f3\u06f4][0-9\u0660-\u0669\u06f0-\u06f9]{2})"
    r"([/.\-])[0-9\u0660-\u0669\u06f0-\u06f9]{1,2}\2[0-9\u0660-\u0669\u06f0-\u06f9]{1,2}(?![0-9\u0660-\u0669\u06f0-\u06f9])"
)
_SOLAR_MARK = " ه.ش"


def solar_signal(text: str) -> bool:
    """True when ``text`` (a page) is written in Persian: at least
    :data:`SOLAR_SIGNAL_MIN_LETTERS` letters Persian has and Arabic has not (پ چ ژ گ), and
    none of Urdu's or Kurdish's own (Pakistani and Iraqi Kurdish pages date otherwise).
    Its numeric 13xx dates are then Solar Hijri: see :func:`parse_solar_numeric`."""
    if not isinstance(text, str):
        raise TypeError(f"solar_signal() takes the text as str, not {type(text).__name__}")
    found = 0
    for _m in _PERSIAN_LETTERS.finditer(text):
        found += 1
        if found >= SOLAR_SIGNAL_MIN_LETTERS:
            return _NOT_PERSIAN_LETTERS.search(text) is None
    return False


def parse_solar_numeric(text: str, *, reference: Optional[DateLike] = None) -> Optional[DateMatch]:
    """A numeric year-first date with no calendar marker ("۱۴۰۳/۰۹/۱۵ - ۱۰:۳۰"), read as
    Solar Hijri, or None.  :func:`parse_date` leaves such a date None (lunar or solar?); a
    caller that knows the page is Persian (:func:`solar_signal`) reads it with this.  Only
    years up to :data:`NUMERIC_SOLAR_MAX_YEAR`; offsets are into ``text``."""
    _check_args("parse_solar_numeric", text, reference, None)
    m = _NUMERIC_SOLAR.search(text)
    if m is None or int(m.group(1)) > NUMERIC_SOLAR_MAX_YEAR:
        return None
    at = m.end()
    found = parse_date(text[:at] + _SOLAR_MARK + text[at:], reference=reference)
    if found is None or found.calendar != "hijri-solar" or found.start >= at:
        return None
    end = found.end - len(_SOLAR_MARK) if found.end > at else found.end
    return replace(found, end=end, text=text[found.start : end])


def pair_gaps(
    text: str, *, reference: Optional[DateLike] = None, day_first: Optional[bool] = None
) -> List[Tuple[DateMatch, DateMatch, int]]:
    """Each Hijri date written beside a Gregorian one in ``text`` ("السبت 2 رجب
    1445 - 13 يناير 2024", "... هـ الموافق ... م"): ``(hijri, gregorian, days
    apart)``, in order, whether or not they agree.  :func:`find_dates` and
    :func:`parse_date` keep the Gregorian date of a pair; this says how far
    its Hijri twin is from it."""
    _check_args("pair_gaps", text, reference, day_first)
    if not text:
        return []
    clean, runs = _split_marks(text)
    found = _matches_clean(clean, reference, day_first)
    pairs = _pairs(clean, found)
    if runs is not None:
        found = [_map_back(m, text, runs) for m in found]
    return [(found[h], found[g], days) for h, g, days in pairs]


class _Role(NamedTuple):
    """What a label before a date makes of it, and where the label may stand."""

    role: str  # 'published', 'updated', 'event' or 'generic'
    at: str  # 'any' or 'start'


def _load_roles() -> Dict[str, _Role]:
    """Folded label -> role: the publish/update labels of dates_markers.tsv and
    the event and generic labels of dates_labels.tsv."""
    table: Dict[str, _Role] = {}
    rows = [(r[0], r[1][len("label-"):], "any") for r in _MARKER_ROWS if r[1] in ("label-published", "label-updated")]
    rows += [(label, role, at) for label, role, at, _why in _read_tsv("dates_labels.tsv")]
    for label, role, at in rows:
        if role not in ("published", "updated", "event", "generic") or at not in ("any", "start"):
            raise ValueError(f"dates labels: {label!r} has role {role!r} at {at!r}")
        key = _key(label)
        if table.get(key, (role, at)) != (role, at):
            raise ValueError(f"dates labels: {label!r} is listed as both {table[key]} and {(role, at)}")
        table[key] = _Role(role, at)
    return table


_ROLES: Mapping[str, _Role] = _load_roles()
_ROLE_WORDS = [r[0] for r in _MARKER_ROWS if r[1] in ("label-published", "label-updated")] + [
    r[0] for r in _read_tsv("dates_labels.tsv")
]
_ROLE_LABEL = re.compile(
    rf"{_NO_LETTER_BEFORE}(?P<label>{_alternation(_ROLE_WORDS)}){_NO_LETTER_AFTER}", _FLAGS
)
#: What may stand between a label that must open the text and its date.
_LABEL_FILLER = re.compile(rf"(?:[\W_]|{_WEEKDAY_ALT}|يوم)*", _FLAGS)
#: Words of a date itself, which are not labels ("الأحد:", "1445 هـ الموافق:").
_DATE_WORDS = re.compile(
    rf"{_NO_LETTER_BEFORE}(?:{_WEEKDAY_ALT}|{_PAIRED_ALT}|{_ERA_ALT}|{_MONTH_ALT}|{_HOUR_MARK_ALT}|{_TZ_WORD_ALT}|يوم)"
    rf"{_NO_LETTER_AFTER}",
    _FLAGS,
)
#: A word followed by a colon: a label ("تاريخ الامتحان:"), not a clock ("10:30").
_COLON_LABEL = re.compile(r"[^\W\d_]\s*[:：]")
# What a publication label may name before its colon: one word with the article ("نُشر الملخص:",
# "تاريخ نشر الخبر:"), perhaps with "في" after it.
_LABEL_OBJECT = re.compile(r"\s*(?:لل|ال)[^\W\d_]+(?:\s+في)?\s*[:：]\s*", _FLAGS)
_LABEL_EDGE = " \t\n:：-–—|/،,.*•()"


def date_label_role(text: str) -> Optional[str]:
    """What the label written before a date says it is.

    ``text`` is what precedes the date on its line.  Returns ``'published'``
    or ``'updated'`` for a publication or update label ("نشر في:", "آخر
    تحديث"), ``'event'`` for any other label (a birth date, an exam, a
    deadline, a site's footer, a "today" widget, or a label not in the
    tables: a word and a colon), and None when there is no label (or only a
    bare "التاريخ:").  The label nearest the date counts.  The words are in
    data/dates_markers.tsv and data/dates_labels.tsv.
    """
    if not isinstance(text, str):
        raise TypeError(f"date_label_role() takes the text as str, not {type(text).__name__}")
    clean, _runs = _split_marks(text)
    last: Optional[Tuple[int, _Role]] = None
    for m in _ROLE_LABEL.finditer(clean):
        role = _ROLES.get(_key_of(m.group("label")))
        if role is None:
            continue
        if role.at == "start" and (
            clean[: m.start()].strip(_LABEL_EDGE) or not _LABEL_FILLER.fullmatch(clean, m.end())
        ):
            continue
        last = (m.end(), role)
    tail = clean[last[0]:] if last is not None else clean
    if _COLON_LABEL.search(_DATE_WORDS.sub(" ", tail)) and not (
        last is not None and last[1].role == "published" and _LABEL_OBJECT.fullmatch(tail) is not None
    ):
        # (a publication label's object is still its label: "نُشر الملخص:", "نشر الخبر في:"; an
        # update label's is not, "آخر تحديث للبيانات:" is a table's)
        return "event"  # a label nearer the date than any known one, and not a known one
    if last is None or last[1].role == "generic":
        return None
    return last[1].role



def event_label(text: str) -> bool:
    """Is ``text`` a bare label of data/dates_labels.tsv with the role ``event`` ("تاريخ الميلاد:",
    "از تاریخ:"), nothing after it but punctuation?  (Unlike :func:`date_label_role`, a word
    and a colon that the tables do not know is no event label here: a byline "كتب <name>:".)"""
    clean, _runs = _split_marks(text)
    last = None
    for m in _ROLE_LABEL.finditer(clean):
        role = _ROLES.get(_key_of(m.group("label")))
        if role is not None:
            last = (m.end(), role)
    return last is not None and last[1].role == "event" and not clean[last[0] :].strip(_LABEL_EDGE + ":： ")


#: What joins the two ends of a date range: a dash, or "إلى"/"حتى"/"لغاية" ("until"), perhaps
#: with "و" before them; the end's weekday may come after it ("12 نوفمبر 2024 – السبت 15 مارس 2025").
#: Persian "تا" and a bare date label after the joint count too ("از تاریخ: ... تا تاریخ: ...").
_RANGE_JOINT = re.compile(r"^\s*(?:[-–—]|و?(?:إلى|الى|حتى|لغاية)|تا|to|until)\s*(?:(?:تاریخ|تاريخ|التاريخ)\s*:?\s*)?$", re.I)


def in_date_range(text: str, m: DateMatch, *, day_first: Optional[bool] = None) -> bool:
    """Is ``m``, a date read in ``text``, one end of a range of days ("12 نوفمبر 2024 – 15 مارس
    2025", "من 3 إلى 9 مايو 2024" is a day range the reader already passes over, "12 نوفمبر –
    15 مارس 2025")?  Such a line gives an exhibition's, a sale's or a season's run, not a
    publication date.  Both ends are in one calendar and the end is later: a Hijri date and
    its Gregorian twin joined by a dash are one day, and a date and a time ("12/11/2024 -
    10:30") are no range."""
    if not isinstance(text, str) or not isinstance(m, DateMatch):
        raise TypeError("in_date_range() takes the text as str and a DateMatch read in it")
    if m.precision not in ("day", "minute") or m.calendar == "relative":
        return False
    others = _matches(text, None, day_first)
    if m.calendar == "hijri-solar":  # (a numeric Solar Hijri date is read by its own reader)
        tail = parse_solar_numeric(text[m.end :])
        if tail is not None:
            others = [*others, replace(tail, start=tail.start + m.end, end=tail.end + m.end)]
    for other in others:
        if other.calendar != m.calendar or other.precision not in ("day", "minute") or (other.start, other.end) == (m.start, m.end):
            continue
        first, last = (m, other) if other.start >= m.end else (other, m)
        if first.end > last.start or not _RANGE_JOINT.match(text[first.end : last.start]):
            continue
        a, b = first.value, last.value
        if a is not None and b is not None and as_date(a) < as_date(b):
            return True
    # the start without its year, before the end: "12 نوفمبر – 15 مارس 2025"
    head = text[: m.start]
    cut = max(head.rfind("-"), head.rfind("–"), head.rfind("—"))
    if cut > 0 and not head[cut + 1 :].strip() and m.calendar == "gregorian" and m.value is not None:
        before = head[:cut].rstrip()
        for year in (m.year, m.year - 1):  # (a range over the new year: "12 نوفمبر – 15 مارس 2025")
            start = _matches(f"{before} {year}", None, day_first)
            if start and start[-1].precision == "day" and start[-1].end == len(before) + 5:
                a = start[-1].value
                if a is not None and as_date(a) < as_date(m.value):
                    return True
    return False


def as_date(value: DateLike) -> _dt.date:
    """The day of a date or date-time value."""
    return value.date() if isinstance(value, _dt.datetime) else value
