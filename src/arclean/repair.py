"""Mojibake detection and repair for scraped Arabic text.

Two families of Arabic mojibake are left broken by ftfy, and this module
repairs them (plus, through ftfy, the usual UTF-8-read-as-cp1252 family):

``cp1256_as_latin1``
    Windows-1256 bytes decoded as Latin-1 or Windows-1252:
    ``"ÇáÚÑÈíÉ"`` -> ``"العربية"``.  Each byte became one character, so the
    repair is a character-for-character table (:data:`CP1256_AS_LATIN1`).
``utf8_as_cp1256``
    UTF-8 bytes decoded as Windows-1256: ``"ط§ظ„"`` -> ``"ال"``.  Each
    Arabic letter became two characters; the repair re-encodes a run with
    cp1256 and decodes it as UTF-8.
``ftfy``
    whatever :func:`ftfy.fix_text` (encoding fixes only) repairs, e.g.
    ``"Ø§Ù„"`` -> ``"ال"``.

How it stays safe and cheap:

1. :func:`needs_repair` is one compiled regular-expression ``search`` for
   character combinations clean text does not contain (runs of Latin-1
   letters, ``ط§ظ„``-style pairs, C1 controls).  Clean Arabic, Persian, Urdu
   and English pass it at full regex speed and :func:`repair_text` returns
   the input object untouched.
2. Where it fires, only the lines it fired on are examined; a candidate
   repair (per line for ftfy, per run of suspicious characters for the
   Arabic families) is kept only when it raises :func:`plausibility`, a
   letter-bigram / character-class score read from
   ``data/arabic_letter_stats.tsv`` once at import.
3. A final check keeps the whole repair only when the document's score rose.

The result is a :class:`Repair`; its :meth:`Repair.to_input` maps offsets in
the repaired text back to the input and :meth:`Repair.note` builds the
document-level :class:`arclean.model.Note` for :func:`arclean.parse`.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from operator import add
from types import MappingProxyType
from typing import Callable, Dict, List, Mapping, Optional, Tuple

import ftfy

from .model import Note

__all__ = [
    "Repair",
    "RepairEdit",
    "FIX_FTFY",
    "FIX_CP1256_AS_LATIN1",
    "FIX_UTF8_AS_CP1256",
    "CP1256_AS_LATIN1",
    "needs_repair",
    "repair_text",
    "plausibility",
]

FIX_FTFY = "ftfy"
FIX_CP1256_AS_LATIN1 = "cp1256_as_latin1"
FIX_UTF8_AS_CP1256 = "utf8_as_cp1256"

#: Score recorded when the detector did not fire and nothing was scored.
NOT_SCORED = math.nan

_MAX_ROUNDS = 3  # layered mojibake (e.g. cp1252 over cp1256) needs two rounds
_MARGIN = 0.75  # a candidate must beat the original's mean log-weight by this
_SHORT_RUN_TOLERANCE = 1.0  # see _repair_runs: second pass on a line already found broken
_CONTEXT = 1  # characters of context on each side when scoring a run
_IMPOSSIBLE = -9.0  # class weights at or below this mark combinations real text lacks
_MIN_EVIDENCE = 6  # input characters of convincing runs needed on a line
#: An Arabic letter three times in a row: never inside a real word.
_TRIPLED_LETTER = re.compile(r"([\u0621-\u064a\u0671-\u06d3])\1\1")


# ---------------------------------------------------------------------------
# Byte-level tables of the three encodings involved (built once at import)
# ---------------------------------------------------------------------------


def _cp1256(b: int) -> str:
    return bytes([b]).decode("cp1256")


def _cp1252_or_none(b: int) -> Optional[str]:
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:  # 0x81 0x8D 0x8F 0x90 0x9D are undefined in cp1252
        return None


def _sloppy_latin(b: int) -> Tuple[str, ...]:
    """Every character a byte can turn into when read as Latin-1 or cp1252."""
    w = _cp1252_or_none(b)
    return (chr(b),) if w is None or w == chr(b) else (chr(b), w)


def _build_cp1256_as_latin1() -> Mapping[int, str]:
    """Table: character seen in cp1256-read-as-latin1/cp1252 text -> real character."""
    table: Dict[int, str] = {}
    for b in range(0x80, 0x100):
        real = _cp1256(b)
        for seen in _sloppy_latin(b):
            if seen != real:
                table[ord(seen)] = real
    return MappingProxyType(table)


#: ``str.translate`` table undoing cp1256 bytes read as Latin-1 or cp1252.
CP1256_AS_LATIN1: Mapping[int, str] = _build_cp1256_as_latin1()


def _char_class(chars: str) -> str:
    """A regex character class matching exactly ``chars`` (escaped)."""
    return "[" + "".join(re.escape(c) for c in sorted(set(chars))) + "]"


_A_CHARS = _char_class("".join(chr(c) for c in CP1256_AS_LATIN1))
# cp1256 reading of UTF-8 lead and continuation bytes
_B_CONT = _char_class("".join(_cp1256(b) for b in range(0x80, 0xC0)))
_B_LEAD2 = _char_class("".join(_cp1256(b) for b in range(0xC2, 0xE0)))
_B_LEAD3 = _char_class("".join(_cp1256(b) for b in range(0xE0, 0xF0)))
_B_LEAD4 = _char_class("".join(_cp1256(b) for b in range(0xF0, 0xF5)))
# cp1256 reading of the lead bytes of the Arabic block U+0600-06FF (D8-DB)
_B_ARABIC_LEAD = _char_class("".join(_cp1256(b) for b in range(0xD8, 0xDC)))
# Latin-1/cp1252 reading of UTF-8 continuation bytes and Arabic lead bytes
_C_CONT = _char_class("".join(c for b in range(0x80, 0xC0) for c in _sloppy_latin(b)))
_C_ARABIC_LEAD = _char_class("".join(chr(b) for b in range(0xD8, 0xDC)))  # Ø Ù Ú Û

#: A run of cp1256-as-latin1 mojibake: a whole "word" of such characters,
#: not glued to a letter of ASCII, Latin-1, Latin Extended, Greek, Cyrillic,
#: Arabic... (U+00C0-1FFF but × ÷), so "MÉXICO", "São", "Õlô" or "ÁÉÍعربي"
#: are never candidates: in a
#: page decoded this way every Arabic word is such a run.  The run is taken
#: whole (``(?!{_A_CHARS})`` after it: the possessive ``++`` of Python 3.11+,
#: written so that 3.9 and 3.10 compile it too), so that "Þór" cannot
#: backtrack to the candidate "Þ".
_A_RUN = re.compile(
    rf"(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff{_A_CHARS[1:-1]}])"
    rf"{_A_CHARS}+(?!{_A_CHARS})"
    rf"(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff])"
)

#: A run of UTF-8-as-cp1256 mojibake: one or more complete UTF-8 sequences
#: (lead byte + continuation bytes) as cp1256 shows them, e.g. "ط§ظ„".
#: The run must not touch an Arabic-script letter or mark: in a page decoded
#: this way every Arabic letter belongs to such a sequence, while in clean
#: text a match like "ب،" sits inside an Arabic word and is skipped.  (Other
#: neighbours are fine: ftfy may already have turned "â€œ" into "“".)
#: The sequences are taken whole as well: leads and continuations are
#: disjoint classes, so each sequence can be read one way only, and
#: ``(?!{sequence})`` after the run (where no further sequence starts) is the
#: possessive ``++`` of Python 3.11+ in a form 3.9 and 3.10 compile.
_ARABIC_SCRIPT = "\u0610-\u061a\u0620-\u065f\u066e-\u06d3\u06d5-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefe"
_B_SEQ = rf"(?:{_B_LEAD2}{_B_CONT}|{_B_LEAD3}{_B_CONT}{{2}}|{_B_LEAD4}{_B_CONT}{{3}})"
_B_RUN = re.compile(
    rf"(?<![{_ARABIC_SCRIPT}])"
    rf"{_B_SEQ}+(?!{_B_SEQ})"
    rf"(?![{_ARABIC_SCRIPT}])"
)

#: Every character a detector match can start with (C1 controls, Latin-1
#: and cp1252 letters and symbols, cp1256 readings of UTF-8 continuation
#: bytes).  The detector begins with this one class so that the regex engine
#: scans clean text with its fast character-set loop and only looks closer
#: at these characters.
_DETECT_FIRST = _char_class(
    "".join(chr(c) for c in range(0x80, 0xA0))
    + _A_CHARS[1:-1].replace("\\", "")
    + "".join(_cp1256(b) for b in range(0x80, 0xC0))
    + "".join(chr(b) for b in range(0xD8, 0xDC))
    + "\u00c2\u00c3\u00e2"
)

#: The characters the detector's rare-start alternatives (all but the
#: UTF-8-as-cp1256 one) can start with: C1 controls, cp1256-as-latin1
#: characters (which include the leads Ø Ù Ú Û Â Ã) and "â".  Clean Arabic
#: text practically never has them; it has the cp1256 readings of UTF-8
#: continuation bytes ("،", "«", "“", "پ"...) all the time, and those (the
#: only other characters of :data:`_DETECT_FIRST`) can start no alternative
#: of this group.
_DETECT_RARE = _char_class(
    "".join(chr(c) for c in range(0x80, 0xA0)) + _A_CHARS[1:-1].replace("\\", "") + "\u00e2"
)

#: The cheap detector.  After the first character, each alternative checks
#: (with look-behinds, so the match still starts at that character) a
#: combination that clean text (Arabic, Persian, Urdu, English, French,
#: Turkish...) practically never has.
#:
#: Cost on clean text: the engine scans with its character-set loop and
#: stops at every character of :data:`_DETECT_FIRST`, i.e. at every "،",
#: "«", "”" of an Arabic page.  The alternatives are ordered so that such a
#: stop fails after two cheap tests: the UTF-8-as-cp1256 alternative, the
#: only one that can start at those characters, first tests the *next*
#: character (the engine pre-checks a class that opens an alternative before
#: entering it, and after "،" comes a space, not ط ظ ع غ); all the others sit
#: behind one look-behind on :data:`_DETECT_RARE`.  The two groups start at
#: disjoint characters, so a match starts and ends where the single list of
#: alternatives this replaced made it start and end.
_DETECT = re.compile(
    _DETECT_FIRST
    + "(?:"
    # two UTF-8 Arabic letters read as cp1256, e.g. "ط§ظ„": the match starts
    # at the first continuation character ("§"); the next one must be a lead
    # (ط ظ ع غ, tested first), the look-behind checks lead + continuation +
    # lead ("ط§ظ") and a continuation ("„") ends the match
    + f"{_B_ARABIC_LEAD}(?<={_B_ARABIC_LEAD}{_B_CONT}{_B_ARABIC_LEAD}){_B_CONT}"
    # everything else starts at a rare character (one look-behind for all)
    + f"|(?<={_DETECT_RARE})(?:"
    + "|".join(
        [
            # a C1 control character: a byte 0x80-0x9F decoded as Latin-1
            "(?<=[\u0080-\u009f])",
            # three cp1256-as-latin1 characters in a row, e.g. "ÇáÚ"
            f"(?<={_A_CHARS}){_A_CHARS}{{2}}",
            # two UTF-8 Arabic letters read as Latin-1/cp1252, e.g. "Ø§Ù„"
            f"(?<={_C_ARABIC_LEAD}){_C_CONT}{_C_ARABIC_LEAD}{_C_CONT}",
            # UTF-8 Latin-1 letters or NBSP read as cp1252, e.g. "Ã©", "Â "
            f"(?<=[\u00c2\u00c3]){_C_CONT}",
            # UTF-8 general punctuation (E2 80 xx) read as cp1252 or cp1256: "â€"
            "(?<=\u00e2)\u20ac",
        ]
    )
    + "))"
)

# ftfy restricted to encoding repair: no quote uncurling, no normalisation,
# no HTML unescaping, nothing that changes valid text.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=False,
    decode_inconsistent_utf8=True,
    fix_c1_controls=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)


# ---------------------------------------------------------------------------
# Plausibility score
# ---------------------------------------------------------------------------

_BOUNDARY = "_"  # token of whitespace and of the text's edges
_WORD_EDGE = frozenset("_pqd")  # classes that end/start an Arabic word
_MARK_RANGES = ((0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06DC), (0x06DF, 0x06E4), (0x06E7, 0x06E8), (0x06EA, 0x06ED))
_COMMON_PUNCT = "«»“”‘’–—…•·"
_ARABIC_PUNCT = "،؛؟٪٫٬۔؍"
_FORMAT = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u061c\ufeff\u00ad"
_SPACES = " \t\n\r\f\v\u00a0\u1680\u2028\u2029\u202f\u205f\u3000" + "".join(chr(c) for c in range(0x2000, 0x200B))


def _is_arabic_letter(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" and unicodedata.category(ch) == "Lo"


def _class_of_other(ch: str) -> str:
    """Class of a character outside the Arabic block (see the TSV header)."""
    cp = ord(ch)
    cat = unicodedata.category(ch)
    if ch in _SPACES:
        return "_"
    if ch in _FORMAT:
        return "z"
    if ch == "\ufffd":
        return "r"
    if cat == "Cc":
        return "c"
    if cat == "Nd":
        return "d"
    if cp < 0x80:
        if ch.isalpha():
            return "a"
        return "p"
    if ch in _COMMON_PUNCT:
        return "p"
    if cat.startswith("L"):
        if cp <= 0x024F or 0x1E00 <= cp <= 0x1EFF:
            return "l"
        return "o"
    if cat == "So" and cp >= 0x2190:
        return "e"
    if cat.startswith("P") and cp >= 0x2000:
        return "p"
    return "s"


def _build_token_table() -> Dict[int, str]:
    """``str.translate`` table: character -> its plausibility token(s).

    Arabic letters are their own token (presentation forms become their base
    letters), everything else becomes its one-letter class (see the TSV).
    """
    table: Dict[int, str] = {}
    for cp in range(0x0000, 0x0800):
        ch = chr(cp)
        if 0x0600 <= cp <= 0x06FF:
            if _is_arabic_letter(ch):
                table[cp] = ch
            elif ch == "\u0640":
                table[cp] = "t"
            elif any(lo <= cp <= hi for lo, hi in _MARK_RANGES):
                table[cp] = "m"
            elif ch in _ARABIC_PUNCT:
                table[cp] = "q"
            elif unicodedata.category(ch) == "Nd":
                table[cp] = "d"
            elif ch in _FORMAT:
                table[cp] = "z"
            else:
                table[cp] = "s"
        else:
            table[cp] = _class_of_other(ch)
    for cp in list(range(0x2000, 0x2070)) + [0x20AC, 0x2122, 0xFFFD, 0xFEFF]:
        table[cp] = _class_of_other(chr(cp))
    for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFEFF)):
        ch = chr(cp)
        if unicodedata.category(ch) == "Cn":
            continue
        base = unicodedata.normalize("NFKC", ch)
        table[cp] = "".join(table.get(ord(b), "o") for b in base)
    return table


class _TokenTable(dict):
    """The token table; characters it does not list are classified on demand
    (they are rare in Arabic pages: other scripts, emoji)."""

    def __missing__(self, cp: int) -> str:
        return _class_of_other(chr(cp))


_TOKENS = _TokenTable(_build_token_table())


def _load_stats() -> Tuple[Mapping[str, float], Mapping[str, float], float, float]:
    """Read ``data/arabic_letter_stats.tsv``: letter bigrams, class weights,
    floor and default weight."""
    bigrams: Dict[str, float] = {}
    classes: Dict[str, float] = {}
    params: Dict[str, float] = {}
    text = resources.files("arclean").joinpath("data/arabic_letter_stats.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line or line.startswith("# ") or line == "#":
            continue
        kind, a, b, *rest = line.split("\t")
        if kind == "bigram":
            bigrams[a + b] = float(rest[0])  # offset added below, once params are read
        elif kind == "class":
            classes[a + b] = float(rest[0])
        elif kind == "param":
            params[a] = float(b)
        else:
            raise ValueError(f"arabic_letter_stats.tsv: unknown row kind {kind!r}")
    offset = params["bigram_offset"]
    shifted = {pair: lp + offset for pair, lp in bigrams.items()}
    return MappingProxyType(shifted), MappingProxyType(classes), params["floor"], params["default"]


_BIGRAMS, _CLASS_WEIGHTS, _FLOOR, _DEFAULT = _load_stats()


def _pair_weight(pair: str) -> float:
    """Log-weight of one token pair (two characters of the token string)."""
    x, y = pair[0], pair[1]
    x_letter = x > "\x7f"  # Arabic letters are the only non-ASCII tokens
    y_letter = y > "\x7f"
    if x_letter and y_letter:
        return _BIGRAMS.get(pair, _FLOOR)
    if x_letter and y in _WORD_EDGE:
        return _BIGRAMS.get(x + "#", _FLOOR)
    if y_letter and x in _WORD_EDGE:
        return _BIGRAMS.get("#" + y, _FLOOR)
    cx = "A" if x_letter else x
    cy = "A" if y_letter else y
    for key in (cx + cy, cx + "*", "*" + cy):
        if key in _CLASS_WEIGHTS:
            return _CLASS_WEIGHTS[key]
    return _DEFAULT


class _PairWeights(dict):
    """Weights of every token pair, precomputed at import; a pair of tokens
    outside the table (cannot happen with :data:`_TOKENS`) is computed."""

    def __missing__(self, pair: str) -> float:
        return _pair_weight(pair)


def _build_pair_weights() -> "_PairWeights":
    tokens = sorted(set("".join(_TOKENS.values())) | set("_#"))
    return _PairWeights({x + y: _pair_weight(x + y) for x in tokens for y in tokens})


_PAIR_WEIGHTS = _build_pair_weights()


def plausibility(text: str) -> float:
    """Arabic plausibility of ``text``: the mean log-weight of its adjacent
    character pairs (text edges count as whitespace).

    Arabic letter pairs are scored with letter-bigram log-probabilities, all
    other pairs with character-class weights; both come from
    ``data/arabic_letter_stats.tsv``.  Well-formed Arabic scores about -2,
    English about -1.8, mojibake -4 to -8.  Higher is more plausible; the
    empty string scores 0.0.
    """
    if not text:
        return 0.0
    tokens = _BOUNDARY + text.translate(_TOKENS) + _BOUNDARY
    return sum(map(_PAIR_WEIGHTS.__getitem__, map(add, tokens, tokens[1:]))) / (len(tokens) - 1)


# ---------------------------------------------------------------------------
# Result value
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RepairEdit:
    """One replacement made in one round: ``before[start:end]`` became
    ``replacement`` (``start``/``end`` index the text the round started from)."""

    start: int
    end: int
    replacement: str
    fix: str

    def map_back(self, offset: int) -> int:
        """Map an offset inside ``replacement`` to an offset in ``before``."""
        # (a fix name like "ftfy+utf8_as_cp1256" means ftfy, then that family)
        if self.fix == FIX_CP1256_AS_LATIN1:  # one character per byte on both sides
            return self.start + offset
        if self.fix == FIX_UTF8_AS_CP1256:  # each output char came from its UTF-8 bytes
            return self.start + len(self.replacement[:offset].encode("utf-8"))
        # ftfy: no exact map, scale proportionally inside the edited line
        if not self.replacement:
            return self.start
        return self.start + (offset * (self.end - self.start)) // len(self.replacement)


@dataclass(frozen=True)
class Repair:
    """The outcome of :func:`repair_text`.

    ``text`` is the repaired text (the input object itself when ``changed``
    is false); ``fixes`` names the applied fixes in order of first use
    (``"ftfy"``, ``"cp1256_as_latin1"``, ``"utf8_as_cp1256"``);
    ``score_before``/``score_after`` are :func:`plausibility` of the input and
    of ``text`` (both ``nan`` when the detector did not fire, since nothing
    was scored); ``steps`` holds the edits of each round so that offsets can
    be mapped back with :meth:`to_input`.
    """

    text: str
    changed: bool
    fixes: Tuple[str, ...]
    score_before: float
    score_after: float
    steps: Tuple[Tuple[RepairEdit, ...], ...] = ()

    def to_input(self, offset: int) -> int:
        """Map an offset in the repaired ``text`` to the input text.

        Exact for the two Arabic families, proportional inside a line that
        ftfy changed; ``len(text)`` maps to the input's length.
        """
        if not 0 <= offset <= len(self.text):
            raise ValueError(f"offset must be in 0..{len(self.text)}, got {offset}")
        for step in reversed(self.steps):
            offset = _map_back_step(step, offset)
        return offset

    def input_spans(self) -> Tuple[Tuple[int, int, int, int, str], ...]:
        """The changed regions as ``(input_start, input_end, output_start,
        output_end, fixes)`` tuples, merged over all rounds and within a line
        (text between two regions of one line is unchanged)."""
        if not self.changed:
            return ()
        regions = _changed_regions(self)
        return tuple(regions)

    def note(self) -> Optional[Note]:
        """The document-level note for :class:`arclean.model.Document`, or
        ``None`` when nothing changed."""
        if not self.changed:
            return None
        spans = self.input_spans()
        return Note(
            code="repair",
            message=(
                f"repaired mis-decoded text ({', '.join(self.fixes)}) in {len(spans)} "
                f"region(s); spans point into the repaired text"
            ),
            data=(
                ("fixes", self.fixes),
                ("score_before", round(self.score_before, 3)),
                ("score_after", round(self.score_after, 3)),
                ("spans", spans),
            ),
        )


def _map_back_step(step: Tuple[RepairEdit, ...], offset: int) -> int:
    """Map an offset after one round back to before it."""
    shift = 0
    for e in step:
        out_start = e.start + shift
        if offset < out_start:
            break
        if offset < out_start + len(e.replacement):
            return e.map_back(offset - out_start)
        shift += len(e.replacement) - (e.end - e.start)
    return offset - shift


def _changed_regions(rep: Repair) -> List[Tuple[int, int, int, int, str]]:
    """Changed regions of the final text, mapped to the input (merged rounds)."""
    # Project every round's edits forward into final-text coordinates.
    out_spans: List[Tuple[int, int, str]] = []
    for k, step in enumerate(rep.steps):
        shift = 0
        spans_k = []
        for edit in step:
            spans_k.append((edit.start + shift, edit.start + shift + len(edit.replacement), edit.fix))
            shift += len(edit.replacement) - (edit.end - edit.start)
        for later in rep.steps[k + 1 :]:
            spans_k = [_project(span, later) for span in spans_k]
        out_spans.extend(spans_k)
    out_spans.sort()
    text = rep.text
    merged: List[Tuple[int, int, List[str]]] = []
    for start, end, fix in out_spans:
        # regions on one line are merged: the gap between them is unchanged
        if merged and (start <= merged[-1][1] or "\n" not in text[merged[-1][1] : start]):
            prev_start, prev_end, fixes = merged[-1]
            if fix not in fixes:
                fixes.append(fix)
            merged[-1] = (prev_start, max(prev_end, end), fixes)
        else:
            merged.append((start, end, [fix]))
    result = []
    for s, e, fixes in merged:
        in_s = rep.to_input(s)
        in_e = rep.to_input(e)
        result.append((in_s, in_e, s, e, "+".join(fixes)))
    return result


def _project(span: Tuple[int, int, str], step: Tuple[RepairEdit, ...]) -> Tuple[int, int, str]:
    """Move a span of one round's output through a later round's edits."""
    s, e, fix = span

    def fwd(p: int, is_end: bool) -> int:
        shift = 0
        for ed in step:
            if p < ed.start or (is_end and p == ed.start):
                break
            if p < ed.end or (is_end and p == ed.end):
                return ed.start + shift + (len(ed.replacement) if is_end else 0)
            shift += len(ed.replacement) - (ed.end - ed.start)
        return p + shift

    return fwd(s, False), fwd(e, True), fix


# ---------------------------------------------------------------------------
# Detection and repair
# ---------------------------------------------------------------------------


def needs_repair(text: str) -> bool:
    """The cheap detector: does ``text`` contain a mojibake-looking combination?

    One regex search; clean Arabic, Persian, Urdu, English (and most European
    text) returns ``False``.  ``True`` does not mean :func:`repair_text` will
    change anything: the plausibility score decides.
    """
    return _DETECT.search(text) is not None


def _ftfy_fix(text: str) -> str:
    return ftfy.fix_text(text, _FTFY_CONFIG)


def _decode_utf8_as_cp1256(run: str) -> Optional[str]:
    """Undo UTF-8-read-as-cp1256 on one run, or None when it is not valid UTF-8."""
    try:
        return run.encode("cp1256").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None


def _decode_cp1256_as_latin1(run: str) -> Optional[str]:
    """Undo cp1256-read-as-latin1/cp1252 on one run (always possible)."""
    return run.translate(CP1256_AS_LATIN1)


_FAMILIES = (
    (FIX_UTF8_AS_CP1256, _B_RUN, _decode_utf8_as_cp1256),
    (FIX_CP1256_AS_LATIN1, _A_RUN, _decode_cp1256_as_latin1),
)


def _dirty_lines(text: str) -> List[Tuple[int, int]]:
    """``(start, end)`` of every line on which the detector fires."""
    lines: List[Tuple[int, int]] = []
    pos = 0
    while True:
        m = _DETECT.search(text, pos)
        if m is None:
            return lines
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        lines.append((start, end))
        pos = end


def _local_gain(line: str, start: int, end: int, candidate: str) -> float:
    """Plausibility gain of replacing ``line[start:end]`` by ``candidate``,
    scored with a little context on each side."""
    left = line[max(0, start - _CONTEXT) : start]
    right = line[end : end + _CONTEXT]
    return plausibility(left + candidate + right) - plausibility(left + line[start:end] + right)


def _is_evidence(run: str, candidate: str, gain: float) -> bool:
    """Can this run alone show that its line was mis-decoded this way?

    It must be at least two characters long, clear the margin, not produce a
    letter three times in a row (which Arabic words never have, while "ÑÑÑ"
    would become "ررر") nor an impossible character pair.
    """
    return (
        len(run) >= 2
        and gain > _MARGIN
        and _TRIPLED_LETTER.search(candidate) is None
        and not _has_impossible_pair(candidate)
    )


def _has_impossible_pair(text: str) -> bool:
    """Does ``text`` (with its edges as whitespace) contain a character-class
    pair that real text never has, such as a diacritic after a space or an
    Arabic letter glued to a Latin one (class weight at or below
    :data:`_IMPOSSIBLE`)?  Letter bigrams never count as impossible: rare
    names may contain unseen pairs."""
    tokens = _BOUNDARY + text.translate(_TOKENS) + _BOUNDARY
    return any(
        not (x > "\x7f" and y > "\x7f") and _PAIR_WEIGHTS[x + y] <= _IMPOSSIBLE
        for x, y in zip(tokens, tokens[1:])
    )


def _repair_runs(line: str, fix: str, run_re: "re.Pattern[str]", convert: Callable[[str], Optional[str]]) -> List[RepairEdit]:
    """Repair the runs of one family on one line.

    The line counts as broken this way when its *evidence* runs (see
    :func:`_is_evidence`) add up to at least :data:`_MIN_EVIDENCE` input
    characters.  Then every run whose repair does not make the text clearly
    worse is repaired too (typically one-letter words such as "و" or words
    with rare letter pairs); otherwise nothing is.
    """
    candidates = []
    evidence = 0
    for m in run_re.finditer(line):
        run = m.group()
        cand = convert(run)
        if cand is None or cand == run:
            continue
        gain = _local_gain(line, m.start(), m.end(), cand)
        candidates.append((m.start(), m.end(), cand, gain))
        if _is_evidence(run, cand, gain):
            evidence += len(run)
    if evidence < _MIN_EVIDENCE:
        return []
    return [RepairEdit(s, e, cand, fix) for s, e, cand, gain in candidates if gain > -_SHORT_RUN_TOLERANCE]


def _family_edits(line: str) -> Tuple[str, List[RepairEdit]]:
    """Run-level edits of the first Arabic family that repairs ``line``."""
    for family, run_re, convert in _FAMILIES:
        edits = _repair_runs(line, family, run_re, convert)
        if edits:
            return family, edits
    return "", []


def _repair_line(line: str) -> List[RepairEdit]:
    """Edits (relative to the line) of one round on one dirty line.

    Two candidates compete: the Arabic families alone (kept if the line's
    score rises; each run already had to clear the margin) and ftfy's
    encoding fix, finished by an Arabic family when ftfy peeled only the
    outer layer of layered mojibake (kept if it beats the line by the margin
    and the family candidate at all).
    """
    best: List[RepairEdit] = []
    line_score = plausibility(line)
    best_score = line_score + _MARGIN
    family, edits = _family_edits(line)
    if edits:
        # its runs were each gated by the margin already
        score = plausibility(_apply(line, tuple(edits)))
        if score > line_score:
            best, best_score = edits, max(score, best_score)
    fixed = _ftfy_fix(line)
    if fixed != line:
        fix = FIX_FTFY
        family, edits = _family_edits(fixed)
        if edits:
            fixed = _apply(fixed, tuple(edits))
            fix = f"{FIX_FTFY}+{family}"
        score = plausibility(fixed)
        if score > best_score:
            best = [RepairEdit(0, len(line), fixed, fix)]
    return best


def _repair_round(text: str) -> Tuple[RepairEdit, ...]:
    """All edits of one round over the dirty lines of ``text``."""
    edits: List[RepairEdit] = []
    for start, end in _dirty_lines(text):
        for e in _repair_line(text[start:end]):
            edits.append(RepairEdit(e.start + start, e.end + start, e.replacement, e.fix))
    return tuple(edits)


def _apply(text: str, edits: Tuple[RepairEdit, ...]) -> str:
    parts = []
    pos = 0
    for e in edits:
        parts.append(text[pos : e.start])
        parts.append(e.replacement)
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts)


def repair_text(text: str) -> Repair:
    """Repair mojibake in ``text`` when the detector fires and the repair is
    more plausible Arabic; otherwise return ``Repair(text, changed=False)``
    holding the very same object."""
    if not isinstance(text, str):
        raise TypeError(f"repair_text() takes str, not {type(text).__name__}")
    if _DETECT.search(text) is None:
        return Repair(text, False, (), NOT_SCORED, NOT_SCORED)
    before = plausibility(text)
    current = text
    steps: List[Tuple[RepairEdit, ...]] = []
    for _ in range(_MAX_ROUNDS):
        edits = _repair_round(current)
        if not edits:
            break
        steps.append(edits)
        current = _apply(current, edits)
        if _DETECT.search(current) is None:
            break
    after = plausibility(current) if steps else before
    if not steps or after <= before or current == text:
        return Repair(text, False, (), before, before)
    fixes: List[str] = []
    for step in steps:
        for e in step:
            for fix in e.fix.split("+"):
                if fix not in fixes:
                    fixes.append(fix)
    return Repair(current, True, tuple(fixes), before, after, tuple(steps))
