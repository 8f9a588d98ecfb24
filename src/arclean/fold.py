"""The matching key: an aggressive, internal fold used only to *match* text.

Rules never look at raw text when they compare it with a lexicon entry; they
look at ``fold(text)``.  The fold erases the differences that scraped Arabic
shows for the same word:

* hamza/madda/wasla alef forms (أ إ آ ٱ) -> ا, ؤ -> و, ئ -> ي
* alef maqsura and Persian yeh (ى ی ې) -> ي, Persian/Urdu kaf and heh forms -> ك ه
* ta marbuta ة -> ه (pages write "مشاركه" and "مشاركة")
* diacritics, Quranic marks, tatweel, zero-width and bidi controls, BOM: removed
* Arabic-Indic and Persian digits -> ASCII digits
* presentation forms (U+FB50-FDFF, U+FE70-FEFF) -> their base letters
* ASCII letters lower-cased

The output text of arclean never goes through this fold; see
:mod:`arclean.normalize` for user-facing normalisation profiles.

The table is built once at import and applied with :meth:`str.translate`
(:func:`fold`, :func:`arclean.lexicon.line_key`).  The segmentation computes
the same key for all lines of a page at C speed in a one-byte alphabet
(:func:`key_bytes`, :func:`key_block`; see the section below).
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from typing import Dict, Iterator, Optional, Sequence, Tuple

__all__ = ["FOLD_TABLE", "KEY_TABLE", "fold", "strip_marks", "key_bytes", "key_block", "block_matches", "key_encode"]

# Characters removed from the key.
_REMOVE = (
    [chr(c) for c in range(0x064B, 0x0660)]  # harakat, tanwin, shadda, sukun, extended marks
    + ["\u0670"]  # superscript alef
    + [chr(c) for c in range(0x06D6, 0x06EE)]  # Quranic annotation marks
    + ["\u0640"]  # tatweel
    + [chr(c) for c in range(0x200B, 0x2010)]  # ZWSP, ZWNJ, ZWJ, LRM, RLM
    + [chr(c) for c in range(0x202A, 0x202F)]  # bidi embeddings/overrides
    + [chr(c) for c in range(0x2066, 0x206A)]  # bidi isolates
    + ["\u061C", "\uFEFF", "\u00AD", "\u2060"]  # ALM, BOM, soft hyphen, word joiner
)

_LETTERS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ؤ": "و", "ئ": "ي",
    "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي", "ێ": "ي", "ے": "ي",
    "ک": "ك", "ڪ": "ك",  # (not گ: Persian "گل" and "كل" are different words)
    "ە": "ه", "ہ": "ه", "ھ": "ه", "ۀ": "ه", "ۂ": "ه", "ۃ": "ه", "ة": "ه",
}


def _build_table() -> Dict[int, Optional[str]]:
    table: Dict[int, Optional[str]] = {}
    for ch in _REMOVE:
        table[ord(ch)] = None
    for src, dst in _LETTERS.items():
        table[ord(src)] = dst
    for i in range(10):
        table[0x0660 + i] = str(i)  # Arabic-Indic digits
        table[0x06F0 + i] = str(i)  # Persian digits
    for c in range(ord("A"), ord("Z") + 1):
        table[c] = chr(c + 32)
    # Presentation forms: decompose with NFKC once, then fold the result.
    for c in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00)):
        ch = chr(c)
        if c == 0xFEFF or unicodedata.category(ch) == "Cn":
            continue
        base = unicodedata.normalize("NFKC", ch).strip()  # isolated marks decompose to " <mark>"
        if base != ch:
            table[c] = "".join(
                _LETTERS.get(b, b) for b in base if ord(b) not in table or table[ord(b)] is not None
            )
    return table


#: ``str.translate`` table of the matching-key fold (built once at import).
FOLD_TABLE: Dict[int, Optional[str]] = _build_table()

_MARKS_TABLE: Dict[int, Optional[str]] = {ord(ch): None for ch in _REMOVE}

# Blocks whose punctuation and symbols scraped Arabic pages use (Latin, Arabic, general
# punctuation and symbols, CJK punctuation, presentation and full-width forms).
_KEY_BLOCKS = (
    (0x0000, 0x0300), (0x0600, 0x0780), (0x08A0, 0x0900), (0x2000, 0x2C00),
    (0x3000, 0x3040), (0xFB50, 0xFE00), (0xFE30, 0xFF00), (0xFF00, 0xFFF0),
)


def _build_key_table() -> Dict[int, Optional[str]]:
    """The fold, plus every non-word character of those blocks -> a space ("\\n" kept)."""
    table = dict(FOLD_TABLE)
    for lo, hi in _KEY_BLOCKS:
        for c in range(lo, hi):
            if c in table or c == 0x0A:
                continue
            ch = chr(c)
            if not ch.isalnum():
                table[c] = " "
    return table


#: ``str.translate`` table of the line key: the fold with punctuation and symbols turned into spaces.
KEY_TABLE: Dict[int, Optional[str]] = _build_key_table()


def fold(text: str) -> str:
    """Return the matching key of ``text`` (same length or shorter, never longer
    except for ligature presentation forms)."""
    return text.translate(FOLD_TABLE)


def strip_marks(text: str) -> str:
    """Remove only diacritics, tatweel and invisible controls (letters untouched)."""
    return text.translate(_MARKS_TABLE)


# --- the byte key: the same key, one byte per character -----------------------------------
#
# ``str.translate`` with a dict costs ~40 ns per non-ASCII character, which made
# keying the line heads the largest single cost of a page.  The codec machinery
# encodes with a charmap in C at ~1 ns per character, so the key is computed as
#
#   1. ``codecs.charmap_encode`` into a private one-byte alphabet: ASCII plus the
#      Arabic-script letters, marks, digits and punctuation pages use;
#   2. ``bytes.translate``: each byte to the byte of its fold (variants to the
#      base letter, marks removed, punctuation to a space);
#   3. a collapse of space runs.
#
# A character outside the alphabet (presentation forms, Latin accents, CJK, emoji)
# goes through the error handler below, which folds the rest of its line with
# KEY_TABLE and writes the result as alphabet bytes, a space (for a
# non-alphanumeric character) or an escape ``\xfe<hex code point>\xff`` (for any
# other letter), so different letters never share a key.  The handlers are
# registered once, at import, under private names; they keep no state.
#
# ``key_bytes(text)`` is ``line_key(text)`` written with ``key_encode``, space runs
# collapsed, for every text; the tests check this property, so the two spellings
# of the fold cannot drift apart.

#: Non-ASCII characters that get a byte of their own (the rest take the handler's path).
_ALPHABET_CANDIDATES = (
    "\u060c\u061b\u061f"  # Arabic comma, semicolon, question mark
    + "".join(chr(c) for c in range(0x0621, 0x064B))  # hamza ... yeh, tatweel
    + "".join(chr(c) for c in range(0x064B, 0x0656))  # harakat, shadda, sukun, maddah, hamza above/below
    + "".join(chr(c) for c in range(0x0660, 0x066D))  # Arabic-Indic digits, percent, decimal and thousands separators
    + "\u0670\u0671\u067e\u0686\u0698\u06a9\u06aa\u06af\u06be\u06c0\u06c1\u06c3\u06cc\u06d2\u06d4\u06d5"
    + "".join(chr(c) for c in range(0x06F0, 0x06FA))  # Persian digits
    + "\u00a0\u00ab\u00bb\u00a9\u00b7\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2022"  # spaces, quotes, dashes
    + "\u200b\u200c\u200d\u200e\u200f\ufeff"  # zero-width and direction marks, BOM
)
_ESC_OPEN = 0xFE  # bytes 0xFE..0xFF are never given to a character
_ESC_CLOSE = 0xFF
KEY_ERRORS = "arclean.key"  # the codec error handler's registered name


def _build_key_codec():
    """The charmap (character -> byte), the byte fold table and the bytes it deletes."""
    chars = [chr(c) for c in range(128)]
    for ch in _ALPHABET_CANDIDATES:
        if len(chars) < _ESC_OPEN and ch not in chars:
            chars.append(ch)
    byte_of = {ch: i for i, ch in enumerate(chars)}
    fold_table = bytearray(range(256))
    delete = bytearray()
    for ch, b in byte_of.items():
        out = KEY_TABLE.get(ord(ch), ch)
        if not out:  # None in the table: removed
            delete.append(b)
        elif len(out) == 1 and out in byte_of:
            fold_table[b] = byte_of[out]
        else:  # pragma: no cover - guarded by the alphabet's construction
            raise AssertionError(f"{ch!r} folds to {out!r}, which has no single byte")
    decoding = "".join(chars) + "\ufffe" * (256 - len(chars))
    return codecs.charmap_build(decoding), byte_of, bytes(fold_table), bytes(delete), chars


_KEY_MAP, _BYTE_OF, _BYTE_FOLD, _BYTE_DELETE, _CHARS_IN_ORDER = _build_key_codec()


def key_encode(key: str) -> bytes:
    """Write an already folded ``str`` key in the byte alphabet (the slow reference
    spelling of :func:`key_bytes`; used by the error handler and the tests)."""
    out = bytearray()
    for ch in key:
        b = _BYTE_OF.get(ch)
        if b is not None:
            out.append(b)
        elif ch.isalnum():
            out.append(_ESC_OPEN)
            out += format(ord(ch), "x").encode("ascii")
            out.append(_ESC_CLOSE)
        else:
            out.append(0x20)
    return bytes(out)


#: The handler takes over up to this many characters at once (to the end of the line at most).
_HANDLER_SPAN = 256
# In the handler's second encoding, two noncharacters stand for the escape bytes.
_ESC_OPEN_CHAR, _ESC_CLOSE_CHAR = "\ufdd0", "\ufdd1"
#: Letters of the Latin, Greek and Cyrillic blocks written as escapes in one translate
#: (so a page in a Latin script costs a table look-up per accented letter, not a call).
_ESCAPED_BLOCKS = ((0x00C0, 0x0370), (0x0370, 0x0530), (0x1E00, 0x2000))


def _build_escape_table() -> Dict[int, Optional[str]]:
    table = dict(KEY_TABLE)
    for lo, hi in _ESCAPED_BLOCKS:
        for c in range(lo, hi):
            out = table.get(c, chr(c))
            if out is not None and len(out) == 1 and out not in _BYTE_OF and out.isalnum():
                table[c] = f"{_ESC_OPEN_CHAR}{ord(out):x}{_ESC_CLOSE_CHAR}"
    table[ord(_ESC_OPEN_CHAR)] = table[ord(_ESC_CLOSE_CHAR)] = " "  # (not letters: spaces, as key_encode says)
    return table


_ESCAPE_TABLE = _build_escape_table()
_FOLDED_MAP = codecs.charmap_build(
    "".join(_CHARS_IN_ORDER) + "\ufffe" * (_ESC_OPEN - len(_CHARS_IN_ORDER)) + _ESC_OPEN_CHAR + _ESC_CLOSE_CHAR
)


def _key_error_handler(exc: UnicodeError):
    """A character outside the alphabet: fold the rest of its line (up to _HANDLER_SPAN
    characters) with KEY_TABLE, escapes written in, and encode that, so a page in a Latin
    script calls this once per line rather than once per accented letter."""
    if not isinstance(exc, UnicodeEncodeError):  # pragma: no cover - only registered for encoding
        raise exc
    text = exc.object
    end = text.find("\n", exc.start, exc.start + _HANDLER_SPAN)
    if end < 0:
        end = min(len(text), exc.start + _HANDLER_SPAN)
    end = max(end, exc.end)
    folded = text[exc.start : end].translate(_ESCAPE_TABLE)
    return codecs.charmap_encode(folded, _FOLDED_ERRORS, _FOLDED_MAP)[0], end


def _folded_error_handler(exc: UnicodeError):
    """Inside folded text: what is still outside the alphabet (CJK, emoji...) is escaped
    or a space."""
    if not isinstance(exc, UnicodeEncodeError):  # pragma: no cover - only registered for encoding
        raise exc
    return key_encode(exc.object[exc.start : exc.end]), exc.end


_FOLDED_ERRORS = "arclean.key.folded"
codecs.register_error(KEY_ERRORS, _key_error_handler)
codecs.register_error(_FOLDED_ERRORS, _folded_error_handler)

#: Runs of two or more spaces, spelled so that the regex engine searches for the literal
#: two-space prefix (``rb" {2,}"`` stops at every single space and is 4x slower).
_SPACE_RUNS = re.compile(rb"   *")


def _collapse_spaces(b: bytes) -> bytes:
    return _SPACE_RUNS.sub(b" ", b)


def fold_bytes(text: str) -> bytes:
    """The fold of ``text`` in the byte alphabet, punctuation as spaces, space runs kept."""
    return codecs.charmap_encode(text, KEY_ERRORS, _KEY_MAP)[0].translate(_BYTE_FOLD, _BYTE_DELETE)


def key_bytes(text: str) -> bytes:
    """The matching key of ``text`` as bytes: equal to ``key_encode(line_key(text))``."""
    return _collapse_spaces(fold_bytes(text)).strip()


def key_block(heads: Sequence[str]) -> bytes:
    """``b"\n" + b"\n".join(key_bytes(h) for h in heads)`` for strings without line
    breaks, computed in one batch (a handful of C passes over the joined text)."""
    folded = _collapse_spaces(fold_bytes("\n".join(heads)))
    block = b"\n" + folded.replace(b" \n", b"\n").replace(b"\n ", b"\n").strip(b" ")
    if block.count(b"\n") != len(heads):  # a folded character became a line break: key one by one
        block = b"\n" + b"\n".join(key_bytes(h) for h in heads)
    return block


def block_matches(pattern: "re.Pattern[bytes]", block: bytes) -> Iterator[Tuple[int, "re.Match[bytes]"]]:
    """``(line index, match)`` for each match of ``pattern`` in a key block; the pattern
    must start with the line break before the key (so ``m.start()`` is that break)."""
    idx, pos = -1, 0
    for m in pattern.finditer(block):
        idx += block.count(b"\n", pos, m.start() + 1)  # line breaks counted as we go: linear
        pos = m.start() + 1
        yield idx, m
