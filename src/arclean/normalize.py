"""Opt-in output normalisation profiles (off by default).

arclean never changes the characters of its output unless asked.  When asked,
:func:`normalize` applies a *profile*: one frozen :class:`NormalizeConfig`
value, in the manner of ftfy's ``TextFixerConfig``.  Three are predefined in
:data:`PROFILES`:

``'safe'`` (the defaults of :class:`NormalizeConfig`)
    NFC; presentation forms (U+FB50-FDFF, U+FE70-FEFF) mapped to their base
    letters, hamza and madda kept, with ﷺ ﷻ ﷽ kept unless
    ``expand_honorifics=True``; bidi controls (LRM, RLM, ALM, U+202A-202E,
    U+2066-2069), BOM and zero-width spaces removed; ZWNJ and ZWJ kept;
    tatweel removed only between two joining letters, so "جـــميل" becomes
    "جميل" while "هـ" (the Hijri abbreviation) stays.
``'search'``
    ``'safe'`` plus removal of diacritics, alef/hamza forms to bare letters
    (أ إ آ ٱ -> ا, ؤ -> و, ئ -> ي), ى -> ي, ة -> ه and Arabic-Indic /
    Persian digits to ASCII.
``'persian-fold'``
    ``'safe'`` plus Persian yeh ی -> ي inside a word or ى at its end (where
    ی is drawn without dots), and keheh ک -> ك.

:func:`normalize_with_offsets` also returns, for every output character, the
index of the input character that produced it.

This is *output* normalisation.  The matching key the rules use is the
separate, more aggressive :func:`arclean.fold.fold`.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, fields, replace
from types import MappingProxyType
from typing import Callable, Dict, List, Mapping, Optional, Tuple, Union

__all__ = [
    "NormalizeConfig",
    "PROFILES",
    "TATWEEL_MODES",
    "normalize",
    "normalize_with_offsets",
]

#: ``tatweel=`` values: keep every tatweel, remove it only between two
#: joining letters, or remove all of it.
TATWEEL_MODES = ("keep", "between-joining", "all")


@dataclass(frozen=True)
class NormalizeConfig:
    """What :func:`normalize` does; the defaults are the ``'safe'`` profile.

    Build a variant with :func:`dataclasses.replace`, e.g.
    ``replace(PROFILES['search'], fold_digits=False)``.

    Attributes:
        nfc: apply Unicode NFC (composes ا + ٓ to آ, orders marks).  Default True.
        presentation_forms: map Arabic presentation forms (U+FB50-FDFF,
            U+FE70-FEFF) to base letters, keeping hamza and madda.  Default True.
        expand_honorifics: also expand the word ligatures ﷺ ﷻ ﷽ to their
            words (only with ``presentation_forms``).  Default False: kept.
        remove_bidi: remove LRM, RLM, ALM and the bidi embedding, override
            and isolate controls.  Default True.
        remove_bom: remove U+FEFF (BOM / zero-width no-break space).  Default True.
        remove_zero_width: remove ZWSP, word joiner, invisible operators and
            soft hyphen.  ZWNJ and ZWJ are *not* affected.  Default True.
        remove_joiners: also remove ZWNJ and ZWJ.  Default False (they change
            how Persian and Urdu words are drawn).
        tatweel: one of :data:`TATWEEL_MODES`.  Default ``"between-joining"``.
        strip_diacritics: remove harakat, tanwin, shadda, sukun, superscript
            alef and Quranic marks.  Default False.
        fold_alef_hamza: أ إ آ ٱ ٲ ٳ -> ا, ؤ -> و, ئ -> ي.  Default False.
        fold_alef_maksura: ى -> ي.  Default False.
        fold_teh_marbuta: ة -> ه.  Default False.
        fold_digits: Arabic-Indic and Persian digits -> ASCII.  Default False.
        fold_persian_yeh: ی -> ي before a letter, else ى.  Default False.
        fold_persian_kaf: ک -> ك.  Default False.
    """

    nfc: bool = True
    presentation_forms: bool = True
    expand_honorifics: bool = False
    remove_bidi: bool = True
    remove_bom: bool = True
    remove_zero_width: bool = True
    remove_joiners: bool = False
    tatweel: str = "between-joining"
    strip_diacritics: bool = False
    fold_alef_hamza: bool = False
    fold_alef_maksura: bool = False
    fold_teh_marbuta: bool = False
    fold_digits: bool = False
    fold_persian_yeh: bool = False
    fold_persian_kaf: bool = False

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "tatweel":
                if value not in TATWEEL_MODES:
                    raise ValueError(
                        f"NormalizeConfig(tatweel=...) takes one of {', '.join(map(repr, TATWEEL_MODES))}, "
                        f"not {value!r}"
                    )
            elif not isinstance(value, bool):
                raise TypeError(f"NormalizeConfig({f.name}=...) takes True or False, not {value!r}")


_SAFE = NormalizeConfig()

#: The predefined profiles (read-only).
PROFILES: Mapping[str, NormalizeConfig] = MappingProxyType(
    {
        "safe": _SAFE,
        "search": replace(
            _SAFE,
            strip_diacritics=True,
            fold_alef_hamza=True,
            fold_alef_maksura=True,
            fold_teh_marbuta=True,
            fold_digits=True,
        ),
        "persian-fold": replace(_SAFE, fold_persian_yeh=True, fold_persian_kaf=True),
    }
)

# ---------------------------------------------------------------------------
# Character tables (built once at import)
# ---------------------------------------------------------------------------

_BIDI = "\u200e\u200f\u061c" + "".join(map(chr, range(0x202A, 0x202F))) + "".join(map(chr, range(0x2066, 0x206A)))
_BOM = "\ufeff"
_ZERO_WIDTH = "\u200b\u2060\u2061\u2062\u2063\u2064\u00ad"
_JOINERS = "\u200c\u200d"
_HONORIFICS = "\ufdfa\ufdfb\ufdfd"  # ﷺ ﷻ ﷽
_TATWEEL = "\u0640"
# Harakat, tanwin, shadda, sukun and the other combining marks of U+064B-065F
# (madda/hamza above and below included: after NFC they only remain where no
# precomposed letter exists), superscript alef, Quranic annotation marks.
_DIACRITICS = (
    "".join(map(chr, range(0x064B, 0x0660)))
    + "\u0670"
    + "".join(map(chr, range(0x06D6, 0x06DD)))
    + "".join(map(chr, range(0x06DF, 0x06E5)))
    + "\u06e7\u06e8"
    + "".join(map(chr, range(0x06EA, 0x06EE)))
)
_ALEF_HAMZA = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا", "ؤ": "و", "ئ": "ي"}
_DIGITS = {chr(base + i): str(i) for base in (0x0660, 0x06F0) for i in range(10)}

# Letters that do NOT join to the following letter (Unicode joining types R
# and U, from ArabicShaping.txt): alef forms, dal, thal, reh, zain, waw,
# teh marbuta, hamza and their Persian/Urdu variants.  Every other Arabic
# letter is dual-joining.
_NON_DUAL = set(
    "\u0621\u0622\u0623\u0624\u0625\u0627\u0629\u062f\u0630\u0631\u0632\u0648"
    "\u0671\u0672\u0673\u0674\u0675\u0676\u0677\u06c0\u06c3\u06c4\u06c5\u06c6\u06c7"
    "\u06c8\u06c9\u06ca\u06cb\u06cd\u06cf\u06d2\u06d3\u06d5\u06ee\u06ef"
) | set(map(chr, range(0x0688, 0x069A)))
_ARABIC_LETTERS = "".join(
    chr(c) for c in range(0x0620, 0x0700) if unicodedata.category(chr(c)) == "Lo"
) + "".join(chr(c) for c in range(0x0750, 0x0780))
_DUAL_JOINING = "".join(c for c in _ARABIC_LETTERS if c not in _NON_DUAL)


def _cls(chars: str) -> str:
    """Regex character class of exactly ``chars``."""
    return "[" + "".join(re.escape(c) for c in chars) + "]"


def _presentation_map(expand_honorifics: bool) -> Dict[str, str]:
    """Presentation form -> base letters (NFKC; a leading space that NFKC
    puts before isolated harakat is dropped)."""
    table: Dict[str, str] = {}
    for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFEFF)):
        ch = chr(cp)
        if unicodedata.category(ch) == "Cn" or (ch in _HONORIFICS and not expand_honorifics):
            continue
        base = unicodedata.normalize("NFKC", ch)
        if base != ch:
            table[ch] = base.lstrip(" ") or base
    return table


_PRESENTATION = {False: _presentation_map(False), True: _presentation_map(True)}

# Characters whose NFC differs from themselves (singleton decompositions such
# as U+2126 OHM SIGN); they form a cluster of their own in the offset path.
_NFC_SINGLETONS = "".join(
    chr(c)
    for c in list(range(0x0300, 0x3000)) + list(range(0xF900, 0xFB00)) + list(range(0x2F800, 0x2FA20))
    if unicodedata.normalize("NFC", chr(c)) != chr(c)
)
def _ranges(chars: str) -> str:
    """Body of a regex character class for ``chars``, with consecutive code
    points written as ranges (a class of ~1000 single characters makes the
    regex engine test them one by one)."""
    cps = sorted(set(map(ord, chars)))
    parts = []
    i = 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        lo, hi = re.escape(chr(cps[i])), re.escape(chr(cps[j]))
        parts.append(lo if i == j else f"{lo}-{hi}")
        i = j + 1
    return "".join(parts)


_NFC_FOLLOWERS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    "\u06d6-\u06ed\u0900-\u0dff\u1160-\u11ff\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
    "\U0001d165-\U0001d1ad"
)
#: What NFC may change: a run of combining marks (or Hangul vowel/final jamo),
#: which composes or reorders with the character before it, and singletons.
#: One character class, so clean text is scanned at C speed.
_NFC_TRIGGER = re.compile(rf"[{_NFC_FOLLOWERS}{_ranges(_NFC_SINGLETONS)}]+")


# ---------------------------------------------------------------------------
# Passes: each is a regex and a replacement; applied with or without offsets
# ---------------------------------------------------------------------------

Replace = Callable[["re.Match[str]"], str]


@dataclass(frozen=True)
class _Pass:
    """One rewriting pass: every match of ``pattern`` becomes ``replace(m)``.

    ``table`` (optional) is an equivalent ``str.translate`` table used when
    offsets are not needed.
    """

    pattern: "re.Pattern[str]"
    replace: Replace
    table: Optional[Mapping[int, Optional[str]]] = None


def _char_pass(mapping: Mapping[str, str]) -> Optional[_Pass]:
    """A pass replacing single characters (value ``""`` deletes)."""
    if not mapping:
        return None
    pattern = re.compile(_cls("".join(sorted(mapping))))
    get = mapping.__getitem__
    table = {ord(k): (v if v else None) for k, v in mapping.items()}
    return _Pass(pattern, lambda m: get(m.group()), MappingProxyType(table))


def _char_map(cfg: NormalizeConfig) -> Dict[str, str]:
    """All single-character replacements of the first pass."""
    mapping: Dict[str, str] = {}
    if cfg.presentation_forms:
        mapping.update(_PRESENTATION[cfg.expand_honorifics])
    removed = (
        (_BIDI if cfg.remove_bidi else "")
        + (_BOM if cfg.remove_bom else "")
        + (_ZERO_WIDTH if cfg.remove_zero_width else "")
        + (_JOINERS if cfg.remove_joiners else "")
    )
    mapping.update(dict.fromkeys(removed, ""))
    return mapping


def _fold_map(cfg: NormalizeConfig) -> Dict[str, str]:
    """Single-character folds applied after NFC."""
    mapping: Dict[str, str] = {}
    if cfg.strip_diacritics:
        mapping.update(dict.fromkeys(_DIACRITICS, ""))
    if cfg.fold_alef_hamza:
        mapping.update(_ALEF_HAMZA)
    if cfg.fold_alef_maksura:
        mapping["ى"] = "ي"
    if cfg.fold_teh_marbuta:
        mapping["ة"] = "ه"
    if cfg.fold_digits:
        mapping.update(_DIGITS)
    if cfg.fold_persian_kaf:
        mapping["ک"] = "ك"
    if cfg.tatweel == "all":
        mapping[_TATWEEL] = ""
    return mapping


_MARKS = _cls(_DIACRITICS)
#: ی followed (after any marks) by a letter or tatweel is drawn with dots (ي);
#: anywhere else (word end, before ZWNJ or punctuation) it is dotless (ى).
_PERSIAN_YEH_MEDIAL = re.compile(rf"\u06cc{_MARKS}*[{_ARABIC_LETTERS}{_TATWEEL}]")
#: A tatweel run after a dual-joining letter (and its marks) and before an
#: Arabic letter: both sides join anyway, so the tatweel is decoration.
_TATWEEL_BETWEEN = re.compile(
    rf"({_cls(_DUAL_JOINING)}{_MARKS}*)\u0640+(?={_cls(_ARABIC_LETTERS)})"
)


def _yeh_replace(m: "re.Match[str]") -> str:
    """ي where ی is medial/initial, ى where it is final or isolated."""
    return "ي" if _PERSIAN_YEH_MEDIAL.match(m.string, m.start()) else "ى"


def _nfc_replace(m: "re.Match[str]") -> str:
    return unicodedata.normalize("NFC", m.group())


def _build_passes(cfg: NormalizeConfig) -> Tuple[_Pass, ...]:
    """The passes of one config, in order."""
    passes: List[Optional[_Pass]] = [_char_pass(_char_map(cfg))]
    if cfg.nfc:
        passes.append(_Pass(_NFC_TRIGGER, _nfc_replace))
    passes.append(_char_pass(_fold_map(cfg)))
    if cfg.fold_persian_yeh:
        passes.append(_Pass(re.compile("\u06cc"), _yeh_replace))
        if cfg.nfc:
            # ی + hamza above has no precomposed form, ي + hamza above does (ئ): compose again,
            # so that normalising twice changes nothing
            passes.append(_Pass(_NFC_TRIGGER, _nfc_replace))
    if cfg.tatweel == "between-joining":
        passes.append(_Pass(_TATWEEL_BETWEEN, lambda m: m.group(1)))
    return tuple(p for p in passes if p is not None)


_PROFILE_PASSES: Mapping[str, Tuple[_Pass, ...]] = MappingProxyType(
    {name: _build_passes(cfg) for name, cfg in PROFILES.items()}
)


def _passes_for(profile: Union[str, NormalizeConfig]) -> Tuple[_Pass, ...]:
    """Resolve a profile name or config to its passes (validating it)."""
    if isinstance(profile, NormalizeConfig):
        for name, cfg in PROFILES.items():
            if cfg == profile:
                return _PROFILE_PASSES[name]
        return _build_passes(profile)
    if isinstance(profile, str):
        if profile in _PROFILE_PASSES:
            return _PROFILE_PASSES[profile]
        raise ValueError(
            f"unknown normalisation profile {profile!r}: pass one of "
            f"{', '.join(map(repr, PROFILES))} or a NormalizeConfig"
        )
    raise TypeError(
        f"profile must be a profile name ({', '.join(map(repr, PROFILES))}) or a "
        f"NormalizeConfig, not {type(profile).__name__}"
    )


def _check_text(text: object, fn: str) -> str:
    if not isinstance(text, str):
        raise TypeError(f"{fn}() takes the text as str, not {type(text).__name__}")
    return text


# ---------------------------------------------------------------------------
# Applying passes
# ---------------------------------------------------------------------------


def _apply_plain(p: _Pass, text: str) -> str:
    """Apply one pass without offsets; returns ``text`` itself when unchanged."""
    if p.pattern is _NFC_TRIGGER:
        return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
    if p.pattern.search(text) is None:
        return text
    if p.table is not None:
        return text.translate(p.table)
    out = p.pattern.sub(p.replace, text)
    return text if out == text else out


def _piece_offsets(offsets: List[int], start: int, end: int, length: int) -> List[int]:
    """Offsets of a replacement of ``length`` characters for ``[start, end)``:
    character i keeps the offset of source character i (the last one when the
    replacement is longer, e.g. an expanded ligature)."""
    if length == end - start:
        return offsets[start:end]
    last = end - 1
    return [offsets[min(start + i, last)] for i in range(length)]


def _apply_tracked(p: _Pass, text: str, offsets: List[int]) -> Tuple[str, List[int]]:
    """Apply one pass, carrying the offset list (len(text) + 1 entries)."""
    if p.pattern is _NFC_TRIGGER:
        return _apply_nfc_tracked(text, offsets)
    pieces: List[str] = []
    new: List[int] = []
    pos = 0
    for m in p.pattern.finditer(text):
        start, end = m.span()
        rep = p.replace(m)
        if rep == m.group():
            continue
        pieces.append(text[pos:start])
        new.extend(offsets[pos:start])
        pieces.append(rep)
        new.extend(_piece_offsets(offsets, start, end, len(rep)))
        pos = end
    if not pieces:
        return text, offsets
    pieces.append(text[pos:])
    new.extend(offsets[pos:])
    return "".join(pieces), new


def _apply_nfc_tracked(text: str, offsets: List[int]) -> Tuple[str, List[int]]:
    """NFC with offsets: each cluster (a run of marks or singletons and the
    character before it) is normalised on its own; the result is checked
    against whole-text NFC, with a proportional map as the fallback."""
    if unicodedata.is_normalized("NFC", text):
        return text, offsets
    pieces: List[str] = []
    new: List[int] = []
    pos = 0
    for m in _NFC_TRIGGER.finditer(text):
        start, end = m.span()
        start = max(pos, start - 1)  # the character the marks sit on
        cluster = text[start:end]
        rep = unicodedata.normalize("NFC", cluster)
        if rep == cluster:
            continue
        pieces.append(text[pos:start])
        new.extend(offsets[pos:start])
        pieces.append(rep)
        new.extend(_piece_offsets(offsets, start, end, len(rep)))
        pos = end
    pieces.append(text[pos:])
    new.extend(offsets[pos:])
    out = "".join(pieces)
    expected = unicodedata.normalize("NFC", text)
    if out != expected:
        return _coarse(text, expected, offsets)
    return out, new


def _coarse(text: str, out: str, offsets: List[int]) -> Tuple[str, List[int]]:
    """Fallback map for an NFC change the cluster pass could not localise:
    proportional offsets (monotone, first and last exact)."""
    n, k = len(text), len(out)
    new = [offsets[(i * n) // k] if k else 0 for i in range(k)]
    new.append(offsets[n])
    return out, new


def normalize(text: str, profile: Union[str, NormalizeConfig] = "safe") -> str:
    """Normalise ``text`` with a profile name from :data:`PROFILES` or a
    :class:`NormalizeConfig`.  Returns ``text`` itself when nothing changes."""
    text = _check_text(text, "normalize")
    for p in _passes_for(profile):
        text = _apply_plain(p, text)
    return text


def normalize_with_offsets(
    text: str, profile: Union[str, NormalizeConfig] = "safe"
) -> Tuple[str, Tuple[int, ...]]:
    """Like :func:`normalize`, plus the offset map back to the input.

    ``offsets[i]`` is the index in ``text`` of the input character that
    produced output character ``i``; ``len(offsets) == len(out) + 1`` and the
    last entry is ``len(text)``.  Offsets never decrease.  An output span
    ``[s, e)`` (``e > s``) maps to the tight input span
    ``[offsets[s], offsets[e - 1] + 1)``; ``[offsets[s], offsets[e])`` also
    takes in characters removed right after it (e.g. a trailing RLM).  A
    composed character (ا + ٓ -> آ) points at its first source character and
    every character of an expanded ligature (ﷲ -> الله) at the ligature.
    """
    text = _check_text(text, "normalize_with_offsets")
    offsets = list(range(len(text) + 1))
    out = text
    for p in _passes_for(profile):
        out, offsets = _apply_tracked(p, out, offsets)
    return out, tuple(offsets)

