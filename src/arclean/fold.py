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

The table is built once at import and applied with :meth:`str.translate`.
"""
from __future__ import annotations

import unicodedata
from typing import Dict, Optional

__all__ = ["FOLD_TABLE", "KEY_TABLE", "fold", "strip_marks"]

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
