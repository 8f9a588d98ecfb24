"""Machine-made sales posts: pages that hold no article though they are written in
sentences.

An affiliate, service or download post (a mattress guide, a pest-control company's
post, a casino app list, a modded game's "APK" page) reads as prose with headings, so the body score takes it
for an article, and its byline's date for the page's date.  Three signs together
give it away (``data/sales_spam.tsv``): a byline naming the blog software's
default account ("نشر بواسطة admin"), a superlative or download headline within
:data:`SALES_HEADLINE_REACH` lines of it ("أفضل 7 ... 2025", "تحميل لعبة ... مهكرة"),
and an order or download button or an affiliate disclosure anywhere on the page.  Each sign alone is common on
honest pages; all three are a sales page (rule ``spam.sales_page``).

The check costs one substring search of the page's key block for most pages
(no "admin" in it).
"""
from __future__ import annotations

from typing import Dict, FrozenSet, List, Optional, Sequence, Tuple

from .fold import key_bytes
from .lexicon import data_rows
from .lines import Line

__all__ = ["SALES_HEADLINE_REACH", "SALES_MAX_WORDS", "sales_page"]

#: The headline sits at most this many lines above or below the admin byline.
SALES_HEADLINE_REACH = 3
#: A byline or an order button is a short line: at most this many words.
SALES_MAX_WORDS = 14
#: The account name, as it reads in a line key.
_ADMIN = b"admin"


def _load() -> Dict[str, Tuple[bytes, ...]]:
    signs: Dict[str, List[bytes]] = {"byline": [], "headline": [], "cta": [], "affiliate": []}
    for phrase, signal, _why in data_rows("sales_spam.tsv", ("phrase", "signal", "why")):
        if signal not in signs:
            raise ValueError(f"sales_spam.tsv: unknown signal {signal!r} for {phrase!r} (one of {', '.join(signs)})")
        signs[signal].append(key_bytes(phrase))
    return {k: tuple(v) for k, v in signs.items()}


_SIGNS = _load()
_BYLINE_WORDS: FrozenSet[bytes] = frozenset(_SIGNS["byline"])
#: (``bytes.startswith`` takes a tuple: one C call per line)
_HEADLINE_STARTS = tuple(k + b" " for k in _SIGNS["headline"])
_CTA_STARTS = _SIGNS["cta"]
_AFFILIATE = _SIGNS["affiliate"]


def _admin_byline(ln: Line) -> bool:
    """A short line naming "admin" right after a byline word ("بواسطة admin", "by admin")."""
    if ln.words > SALES_MAX_WORDS:
        return False
    toks = ln.key.split()
    return any(t == _ADMIN and i > 0 and toks[i - 1] in _BYLINE_WORDS for i, t in enumerate(toks))


def _commerce(ln: Line) -> bool:
    """An order button ("اضغط هنا للطلب", "تحقق من السعر على أمازون") or a disclosure of
    paid links ("هذه المقالة تحتوي على روابط تابعة")."""
    key = ln.key
    if ln.words <= SALES_MAX_WORDS and key.startswith(_CTA_STARTS):
        return True
    return any(a in key for a in _AFFILIATE)


def sales_page(lines: Sequence[Line], block: bytes) -> Optional[int]:
    """The index of the admin byline of a machine-made sales post (see the module's
    docstring), or None.  ``block``: the lines' key block (:func:`arclean.fold.key_block`)."""
    if _ADMIN not in block:
        return None
    for b, ln in enumerate(lines):
        if _ADMIN not in ln.key or not _admin_byline(ln):
            continue
        near = range(max(0, b - SALES_HEADLINE_REACH), min(len(lines), b + SALES_HEADLINE_REACH + 1))
        if not any(k != b and (lines[k].key + b" ").startswith(_HEADLINE_STARTS) for k in near):
            continue
        if any(_commerce(other) for other in lines):
            return b
    return None
