"""Bytes to text for files and streams: BOMs, UTF-16/32, UTF-8 and the Arabic code pages.

:func:`decode_bytes` turns the bytes of a scraped page into ``str`` the way a
reader would expect, and says how it did it:

1. ``encoding=`` given: that codec, strictly (a byte it cannot decode is an
   error, not a replacement); a leading BOM is dropped.
2. A byte order mark: UTF-8, UTF-16 or UTF-32, dropped from the text.
3. Many NUL bytes and no BOM: UTF-16 or UTF-32 when the NULs sit where that
   encoding puts them (the high bytes of ASCII characters).
4. Valid UTF-8.
5. UTF-8 with a few broken bytes (at most :data:`MAX_BAD_UTF8` of the
   non-ASCII bytes): those bytes become U+FFFD and the result says how many.
6. Otherwise the Arabic code page whose reading is the most plausible Arabic
   (:func:`arclean.repair.plausibility` of its NFKC form): windows-1256,
   ISO-8859-6, DOS Arabic (cp720) or IBM Arabic (cp864), in that order on a
   near tie.

Whatever the route, text that is not text (NUL bytes or other control
characters in more than :data:`MAX_CONTROL_SHARE` of the characters) raises
:class:`NotText`: a binary file is refused, never "cleaned" into a garbage
title.  Pure functions, no state.
"""
from __future__ import annotations

import codecs
import unicodedata
from typing import List, NamedTuple, Optional, Tuple

__all__ = ["Decoded", "DecodeError", "NotText", "decode_bytes", "ARABIC_CODE_PAGES"]

#: The legacy code pages tried when the bytes are not UTF-8, best guess first on a tie.
ARABIC_CODE_PAGES: Tuple[Tuple[str, str], ...] = (
    ("cp1256", "windows-1256"),
    ("iso8859_6", "iso-8859-6"),
    ("cp720", "cp720 (DOS Arabic)"),
    ("cp864", "cp864 (IBM Arabic)"),
)

#: Share of the non-ASCII bytes that may be invalid for the bytes to still be read as UTF-8.
MAX_BAD_UTF8 = 0.2
#: Share of control characters (C0 but tab, line breaks and ESC; DEL; NUL) that text may hold.
MAX_CONTROL_SHARE = 0.02
#: A code page later in :data:`ARABIC_CODE_PAGES` must read this much more plausibly to win.
_GUESS_MARGIN = 0.05
#: Share of NUL bytes from which UTF-16/32 without a BOM is considered.
MIN_NUL_SHARE = 0.01

_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32LE"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32BE"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16BE"),
)

_ALLOWED_CONTROLS = frozenset("\t\n\r\x0b\x0c\x1b")
_CONTROLS = "".join(chr(c) for c in list(range(0x20)) + [0x7F] if chr(c) not in _ALLOWED_CONTROLS)
_DROP_CONTROLS = {ord(c): None for c in _CONTROLS}


class Decoded(NamedTuple):
    """The text and how it was read.

    ``encoding`` names the encoding for people ("UTF-8", "windows-1256"...);
    ``how`` is ``"given"``, ``"bom"``, ``"utf-8"``, ``"nul-pattern"`` or
    ``"guess"``; ``replaced`` counts the bytes that became U+FFFD.
    """

    text: str
    encoding: str
    how: str
    replaced: int = 0

    def note(self) -> Optional[str]:
        """A sentence for the user when the reading was a guess or lost bytes, else None."""
        if self.replaced:
            s = "" if self.replaced == 1 else "s"
            return f"{self.replaced} byte{s} not valid {self.encoding} replaced by U+FFFD"
        if self.how in ("guess", "nul-pattern"):
            return f"read as {self.encoding} (no BOM, not UTF-8); pass --encoding to choose another"
        return None


class DecodeError(ValueError):
    """The bytes cannot be read in the encoding asked for (or it is unknown)."""


class NotText(ValueError):
    """The bytes are binary data, not a text page."""


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return (len(text) - len(text.translate(_DROP_CONTROLS))) / len(text)


def _check_text(text: str, given: Optional[str] = None) -> str:
    share = _control_share(text)
    if share > MAX_CONTROL_SHARE:
        nul = " (NUL bytes among them)" if "\x00" in text else ""
        read = f"read as {given}, " if given else ""
        raise NotText(f"looks like binary data, not text: {read}{share:.0%} of its characters are control characters{nul}")
    return text


def _strict(data: bytes, codec: str) -> Optional[str]:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _decode_given(data: bytes, encoding: str) -> Decoded:
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise DecodeError(f"unknown encoding {encoding!r}") from None
    name = info.name
    if name == "utf-8":
        name = "utf-8-sig"  # a BOM is not part of the page
    try:
        text = data.decode(name)
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"not valid {encoding}: byte 0x{data[exc.start]:02x} at offset {exc.start} ({exc.reason})"
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return Decoded(_check_text(text, encoding), encoding, "given")


def _from_bom(data: bytes) -> Optional[Decoded]:
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            text = _strict(body, codec)
            if text is not None:
                return Decoded(_check_text(text), label, "bom")
            text = body.decode(codec, errors="replace")
            return Decoded(_check_text(text), label, "bom", _replaced(text, body))
    return None


def _from_nul_pattern(data: bytes) -> Optional[Decoded]:
    """UTF-16/32 without a BOM: NULs only at the positions of the encoding's high bytes."""
    nuls = [i for i in range(min(len(data), 1 << 16)) if data[i] == 0]
    if len(nuls) < 2:
        return None
    by_mod4 = [0, 0, 0, 0]
    for i in nuls:
        by_mod4[i % 4] += 1
    odd = by_mod4[1] + by_mod4[3]
    even = by_mod4[0] + by_mod4[2]
    options: List[Tuple[str, str]] = []
    if by_mod4[3] and by_mod4[2] and not by_mod4[0] and len(data) % 4 == 0:
        options.append(("utf-32-le", "UTF-32LE"))
    if by_mod4[0] and by_mod4[1] and not by_mod4[3] and len(data) % 4 == 0:
        options.append(("utf-32-be", "UTF-32BE"))
    if odd and not even:
        options.append(("utf-16-le", "UTF-16LE"))
    if even and not odd:
        options.append(("utf-16-be", "UTF-16BE"))
    for codec, label in options:
        text = _strict(data, codec)
        if text is not None and _control_share(text) <= MAX_CONTROL_SHARE:
            return Decoded(text, label, "nul-pattern")
    return None


def _replaced(text: str, data: bytes) -> int:
    """How many U+FFFD the decoding made (not counting ones the bytes spelt out)."""
    return text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))


def decode_bytes(data: bytes, encoding: Optional[str] = None) -> Decoded:
    """Read ``data`` as text (see the module docstring for the order of the tests).

    Raises :class:`DecodeError` when ``encoding`` is unknown or does not fit the
    bytes, and :class:`NotText` when the bytes are binary data.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"decode_bytes() takes bytes, not {type(data).__name__}")
    data = bytes(data)
    if encoding is not None:
        return _decode_given(data, encoding)
    found = _from_bom(data)
    if found is not None:
        return found
    if data.count(0) >= max(2, MIN_NUL_SHARE * len(data)):
        found = _from_nul_pattern(data)
        if found is not None:
            return found
    text = _strict(data, "utf-8")
    if text is not None:
        return Decoded(_check_text(text), "UTF-8", "utf-8")
    loose = data.decode("utf-8", errors="replace")
    bad = _replaced(loose, data)
    high = sum(1 for b in data if b >= 0x80)
    if bad <= MAX_BAD_UTF8 * high:
        return Decoded(_check_text(loose), "UTF-8", "utf-8", bad)
    from .repair import plausibility

    best: Optional[Tuple[float, str, str]] = None
    for codec, label in ARABIC_CODE_PAGES:
        candidate = _strict(data, codec)
        if candidate is None:
            continue
        # scored on the NFKC letters: cp864 writes presentation forms, which would
        # otherwise be compared as other characters than the same letters elsewhere
        score = plausibility(unicodedata.normalize("NFKC", candidate))
        if best is None or score > best[0] + _GUESS_MARGIN:
            best = (score, candidate, label)
    if best is None:  # pragma: no cover - windows-1256 decodes every byte
        candidate = data.decode("cp1256", errors="replace")
        best = (0.0, candidate, "windows-1256")
    return Decoded(_check_text(best[1]), best[2], "guess")
