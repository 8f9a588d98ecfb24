"""The matching key's two spellings: ``line_key`` (str, readable) and ``key_bytes`` (fast).

The segmentation keys every line with :func:`arclean.fold.key_bytes` (a charmap
codec, a byte table, one regex); rule names and docs show :func:`line_key`.
These tests hold the two to the same fold, so one cannot drift from the other.
"""
from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from arclean.fold import key_block, key_bytes, key_encode
from arclean.lexicon import line_key

_RUNS = re.compile(rb" {2,}")


def reference(text: str) -> bytes:
    """The str key, then written in the byte alphabet, with space runs collapsed."""
    return _RUNS.sub(b" ", key_encode(line_key(text))).strip()


# Characters scraped Arabic pages mix: Arabic and Persian letters and marks, presentation
# forms, digits, Latin with accents, CJK, emoji, punctuation, invisible controls.
PAGE_CHARS = st.sampled_from(
    "اأإآٱىیيةهکكگپچژۀەھ" + "\u064b\u064e\u0651\u0656\u0670\u0640" + "٠١٩۰۹0189"
    + "ﻻﷺﺍﺑ" + "AZaz éÉçüİıΩжẞ世界😀\ufdd0\ufdd1" + " \t:،؛؟.,!?«»“”–—…•|/()[]-_" + "\u200b\u200c\u200f\ufeff\u00a0\u00ad\u2060",
)


@given(st.text(PAGE_CHARS, max_size=60) | st.text(max_size=40))
@settings(max_examples=400, deadline=None)
@example("Café 😀 世界")
@example("ﻻ إله")
@example("x\u2028y")
@example("\ufdd0é\ufdd1 ﻻ")  # the noncharacters the escapes borrow are spaces in any input
@example("İstanbul ΑΒΓ Москва — " + "é" * 300 + "\nاقرأ")  # longer than one handler span
def test_byte_key_is_the_str_key(text: str) -> None:
    assert key_bytes(text) == reference(text)


@given(st.lists(st.text(PAGE_CHARS, max_size=30).map(lambda s: s.replace("\n", " ")), max_size=8))
@settings(max_examples=200, deadline=None)
def test_batch_keys_equal_single_keys(heads: list) -> None:
    assert key_block(heads) == b"\n" + b"\n".join(key_bytes(h) for h in heads)


def test_letters_outside_the_alphabet_keep_apart() -> None:
    # escaped by code point, so two lines of foreign letters never share a key
    assert key_bytes("é") != key_bytes("è")
    assert key_bytes("世界") != key_bytes("界世")
    # symbols outside the alphabet are word breaks, like the punctuation inside it
    assert key_bytes("اقرأ😀أيضا") == key_bytes("اقرأ أيضا")
