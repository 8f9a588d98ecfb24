"""Tests for arclean.normalize: profiles, config validation and offset maps."""
from __future__ import annotations

import dataclasses
import json
import unicodedata
from typing import List, Tuple

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from arclean.normalize import (
    PROFILES,
    TATWEEL_MODES,
    NormalizeConfig,
    normalize,
    normalize_with_offsets,
)

from tsvdata import DATA, DEV
from tsvdata import unescape as _unescape


def _cases() -> List[Tuple[str, str, str, str]]:
    rows = []
    for line in (DATA / "encoding_normalize.tsv").read_text("utf-8").split("\n"):
        if line and not line.startswith("#"):
            profile, given_text, expected, what = line.split("\t")
            rows.append((profile, _unescape(given_text), _unescape(expected), what))
    return rows


CASES = _cases()


def _check_offsets(text: str, out: str, offsets: Tuple[int, ...]) -> None:
    """The documented invariants of an offset map."""
    assert len(offsets) == len(out) + 1
    assert offsets[-1] == len(text)
    assert list(offsets) == sorted(offsets)
    assert all(0 <= o < len(text) for o in offsets[:-1])


# ---------------------------------------------------------------------------
# Data-driven cases
# ---------------------------------------------------------------------------


def test_cases_cover_every_profile() -> None:
    assert {c[0] for c in CASES} == set(PROFILES)


@pytest.mark.parametrize("profile,text,expected,what", CASES, ids=[f"{c[0]}:{c[3]}" for c in CASES])
def test_normalize_case(profile: str, text: str, expected: str, what: str) -> None:
    assert normalize(text, profile) == expected
    out, offsets = normalize_with_offsets(text, profile)
    assert out == expected
    _check_offsets(text, out, offsets)


def test_default_profile_is_safe() -> None:
    text = "\u200fﺍﻟﻌﺮﺑﻴﺔ جـــميل\ufeff"
    assert normalize(text) == normalize(text, "safe") == normalize(text, NormalizeConfig()) == "العربية جميل"


def test_unchanged_text_is_returned_as_is() -> None:
    text = "نص عربي سليم بلا أي تغيير، مع Latin و123."
    assert normalize(text) is text
    out, offsets = normalize_with_offsets(text)
    assert out == text and offsets == tuple(range(len(text) + 1))


# ---------------------------------------------------------------------------
# Offsets point at the characters that produced the output
# ---------------------------------------------------------------------------


def test_offsets_of_removed_and_kept_characters() -> None:
    text = "\u200fجـــميل\u200f هـ"
    out, offsets = normalize_with_offsets(text)
    assert out == "جميل هـ"
    assert [text[o] for o in offsets[:-1]] == list(out)
    assert offsets == (1, 5, 6, 7, 9, 10, 11, 12)


def test_offsets_of_expanded_ligature() -> None:
    text = "ﻷن ﷲ"
    out, offsets = normalize_with_offsets(text)
    assert out == "لأن الله"
    # both letters of the lam-alef ligature point to it, so do the 4 of ﷲ
    assert offsets == (0, 0, 1, 2, 3, 3, 3, 3, 4)


def test_offsets_of_nfc_composition() -> None:
    text = "ا\u0653لاف"
    out, offsets = normalize_with_offsets(text)
    assert out == "آلاف"
    assert offsets == (0, 2, 3, 4, 5)


def test_output_span_maps_to_input_span() -> None:
    text = "قال \u200fالمديـــر\u200f: ﺍﻟﻌﻤﻞ مستمر"
    out, offsets = normalize_with_offsets(text, "search")
    s = out.index("المدير")
    e = s + len("المدير")
    # tight span: up to the last character that produced the output ...
    assert text[offsets[s] : offsets[e - 1] + 1] == "المديـــر"
    # ... loose span: also the removed RLM that sat before the next output character
    assert text[offsets[s] : offsets[e]] == "المديـــر\u200f"


# ---------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------

_ALPHABET = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوي" "أإآٱؤئءىة" "یکگپچژ" "ـ" "\u064b\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0670"
    "ﺍﻟﻌﺮﺑﻴﺔﻷﻻﷺﷻ﷽ﷲﹰﹱ" "\u200b\u200c\u200d\u200e\u200f\u061c\u202b\u202c\u2066\u2069\ufeff\u00ad"
    "٠١٢٣۴۵ 0123 ،.؟!\n" "abcÉéç" "🎉"
)
_texts = st.text(alphabet=_ALPHABET, max_size=60)


@settings(max_examples=150, deadline=None)
@given(_texts, st.sampled_from(sorted(PROFILES)))
def test_property_offsets_are_consistent(text: str, profile: str) -> None:
    out, offsets = normalize_with_offsets(text, profile)
    assert out == normalize(text, profile)
    _check_offsets(text, out, offsets)


@example("یٔء", "persian-fold")  # found on Python 3.9: the folded yeh composes with hamza on a second pass
@settings(max_examples=150, deadline=None)
@given(_texts, st.sampled_from(sorted(PROFILES)))
def test_property_profiles_are_idempotent(text: str, profile: str) -> None:
    once = normalize(text, profile)
    assert normalize(once, profile) == once


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="اويهeaoAE\u0653\u0654\u0655\u064e\u0651\u0301\u0308\u0327\u1100\u1161\u11a8\u2126", max_size=30))
def test_property_nfc_only_config_equals_unicodedata(text: str) -> None:
    cfg = NormalizeConfig(
        presentation_forms=False, remove_bidi=False, remove_bom=False, remove_zero_width=False, tatweel="keep"
    )
    out, offsets = normalize_with_offsets(text, cfg)
    assert out == unicodedata.normalize("NFC", text) == normalize(text, cfg)
    _check_offsets(text, out, offsets)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="ابتجسمنهلكـ\u200e\u200f\u202b\u202c\ufeff\u200b ", max_size=40))
def test_property_removals_keep_characters_in_place(text: str) -> None:
    """Without compositions, each output character is the input character it points to."""
    out, offsets = normalize_with_offsets(text)
    assert [text[o] for o in offsets[:-1]] == list(out)


@settings(max_examples=100, deadline=None)
@given(_texts)
def test_property_safe_keeps_letters_and_joiners(text: str) -> None:
    out = normalize(text)
    for ch in "\u200c\u200dﷺﷻ﷽أإآؤئ":
        assert out.count(ch) >= text.count(ch) or ch in "أإآؤئ"
    assert not any(ch in out for ch in "\u200e\u200f\u061c\u202b\u202c\u2066\u2069\ufeff")


# ---------------------------------------------------------------------------
# Configuration and errors
# ---------------------------------------------------------------------------


def test_profiles_and_config_are_frozen() -> None:
    assert set(PROFILES) == {"safe", "search", "persian-fold"}
    with pytest.raises(TypeError):
        PROFILES["mine"] = NormalizeConfig()  # type: ignore[index]
    with pytest.raises(dataclasses.FrozenInstanceError):
        PROFILES["safe"].nfc = False  # type: ignore[misc]
    assert PROFILES["safe"] == NormalizeConfig()
    assert PROFILES["search"].fold_digits and not PROFILES["safe"].fold_digits


def test_custom_config_expands_honorifics_and_removes_all_tatweel() -> None:
    cfg = dataclasses.replace(PROFILES["safe"], expand_honorifics=True, tatweel="all")
    assert normalize("محمد ﷺ هـ", cfg) == "محمد صلى الله عليه وسلم ه"
    assert normalize("هـ", dataclasses.replace(cfg, tatweel="keep")) == "هـ"
    assert normalize("و\u200cو", dataclasses.replace(cfg, remove_joiners=True)) == "وو"


def test_unknown_profile_name_says_what_to_pass() -> None:
    with pytest.raises(ValueError, match="'safe', 'search', 'persian-fold'"):
        normalize("نص", "strict")
    with pytest.raises(ValueError, match="NormalizeConfig"):
        normalize_with_offsets("نص", "Safe")


def test_wrong_types_raise_type_error() -> None:
    with pytest.raises(TypeError, match="NormalizeConfig"):
        normalize("نص", 1)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="str"):
        normalize(b"abc")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="True or False"):
        NormalizeConfig(nfc="yes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="between-joining"):
        NormalizeConfig(tatweel="some")
    assert "between-joining" in TATWEEL_MODES


@pytest.mark.skipif(not DEV.exists(), reason=f"shared corpus not found at {DEV} (optional real pages)")
def test_real_pages_normalise_consistently() -> None:
    pages = [json.loads(line) for line in DEV.read_text("utf-8").splitlines() if line.strip()]
    texts = [p["text"] for p in pages if p.get("text")][:30]
    assert texts
    for text in texts:
        for profile in PROFILES:
            out, offsets = normalize_with_offsets(text, profile)
            assert out == normalize(text, profile)
            _check_offsets(text, out, offsets)
            assert normalize(out, profile) == out
