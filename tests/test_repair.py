"""Tests for arclean.repair: the cheap detector, the plausibility score and
the repair of the Arabic mojibake families (data in tests/data/)."""
from __future__ import annotations

import dataclasses
import json
import math
import re
from typing import Callable, Dict, List

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import arclean.repair as repair_mod
from arclean.model import Note
from arclean.repair import (
    CP1256_AS_LATIN1,
    Repair,
    needs_repair,
    plausibility,
    repair_text,
)

from tsvdata import DATA, DEV
from tsvdata import unescape as _unescape


def _rows(name: str) -> List[List[str]]:
    # split("\n"), not splitlines(): broken text may hold U+0085 (NEL)
    text = (DATA / name).read_text("utf-8")
    return [line.split("\t") for line in text.split("\n") if line and not line.startswith("#")]


def _sloppy_cp1252(data: bytes) -> str:
    """Decode like a browser does cp1252: undefined bytes become C1 controls."""
    out = []
    for b in data:
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


#: How each family of tests/data/mojibake_cases.tsv was made from the original.
_BREAK: Dict[str, Callable[[str], str]] = {
    "cp1256_as_latin1": lambda s: s.encode("cp1256").decode("latin-1"),
    "cp1256_as_cp1252": lambda s: _sloppy_cp1252(s.encode("cp1256")),
    "utf8_as_cp1256": lambda s: s.encode("utf-8").decode("cp1256"),
    "utf8_as_cp1252": lambda s: _sloppy_cp1252(s.encode("utf-8")),
    "utf8_as_cp1256_as_cp1252": lambda s: _sloppy_cp1252(s.encode("utf-8").decode("cp1256").encode("utf-8")),
}
#: The fixes each family is expected to be repaired with.
_EXPECTED_FIXES = {
    "cp1256_as_latin1": ("cp1256_as_latin1",),
    "cp1256_as_cp1252": ("cp1256_as_latin1",),
    "utf8_as_cp1256": ("utf8_as_cp1256",),
    "utf8_as_cp1252": ("ftfy",),
    "utf8_as_cp1256_as_cp1252": ("ftfy", "utf8_as_cp1256"),
}
#: Too short to tell from clean text: left alone on purpose.
_TOO_SHORT = {"و", "في"}

MOJIBAKE = _rows("mojibake_cases.tsv")
CLEAN = [(kind, _unescape(text)) for kind, text in _rows("encoding_clean.tsv")]
FIRES = [(kind, text) for kind, text in _rows("encoding_detector_fires.tsv")]


def _case_id(row: List[str]) -> str:
    return f"{row[0]}:{row[2][:12]}"


# ---------------------------------------------------------------------------
# Data files are what they say they are
# ---------------------------------------------------------------------------


def test_data_files_are_not_empty() -> None:
    assert len(MOJIBAKE) >= 100
    assert {row[0] for row in MOJIBAKE} == set(_BREAK)
    assert {kind for kind, _ in CLEAN} >= {"arabic", "persian", "urdu", "mixed", "english", "emoji"}


@pytest.mark.parametrize("row", MOJIBAKE, ids=_case_id)
def test_mojibake_case_is_reproducible(row: List[str]) -> None:
    family, _lang, original, broken = row
    assert _BREAK[family](original) == broken
    assert broken != original


# ---------------------------------------------------------------------------
# Repair of the mis-decoded sentences
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("row", MOJIBAKE, ids=_case_id)
def test_repair_gives_back_the_original(row: List[str]) -> None:
    family, _lang, original, broken = row
    rep = repair_text(broken)
    if original in _TOO_SHORT:
        # may be too short to tell from clean text, but never made worse
        assert rep.text == original if rep.changed else rep.text is broken
        return
    assert rep.text == original
    assert rep.changed is True
    assert rep.fixes == _EXPECTED_FIXES[family]
    assert rep.score_after > rep.score_before


def test_examples_from_the_issue() -> None:
    assert repair_text("ÇáÚÑÈíÉ").text == "العربية"
    assert repair_text("ط§ظ„ط¹ط±ط¨ظٹط©").text == "العربية"
    assert repair_text("Ø§Ù„Ø¹Ø±Ø¨ÙŠØ©").text == "العربية"


def test_ftfy_alone_leaves_both_arabic_families_broken() -> None:
    """The reason this module exists (issue 4): ftfy does not fix these."""
    import ftfy

    for family in ("cp1256_as_latin1", "utf8_as_cp1256"):
        broken = _BREAK[family]("العربية لغة جميلة")
        assert ftfy.fix_text(broken) != "العربية لغة جميلة"


def test_repair_only_touches_the_broken_line() -> None:
    clean = "اللغة العربية من أقدم اللغات السامية."
    sentence = "قال وزير المالية إن الميزانية الجديدة ستركز على التعليم والصحة."
    broken = _BREAK["utf8_as_cp1256"](sentence)
    text = f"{clean}\n{broken}\nMÉXICO São Paulo"
    rep = repair_text(text)
    assert rep.text == f"{clean}\n{sentence}\nMÉXICO São Paulo"
    spans = rep.input_spans()
    assert len(spans) == 1
    in_s, in_e, out_s, out_e, fix = spans[0]
    assert fix == "utf8_as_cp1256"
    # the region runs from the first repaired run to the last ("." is ASCII)
    assert text[in_s:in_e] == broken[:-1]
    assert rep.text[out_s:out_e] == sentence[:-1]


def test_mixed_families_in_one_document() -> None:
    a = "يحتفل المسلمون بعيد الفطر بعد انتهاء شهر رمضان."
    b = "صدر حديثا كتاب جديد عن تاريخ الأندلس."
    text = _BREAK["cp1256_as_latin1"](a) + "\n" + _BREAK["utf8_as_cp1256"](b)
    rep = repair_text(text)
    assert rep.text == a + "\n" + b
    assert set(rep.fixes) == {"cp1256_as_latin1", "utf8_as_cp1256"}


def test_latin_names_next_to_broken_arabic_stay() -> None:
    sentence = "التقى الوزير بنظيره الفرنسي في باريس أمس."
    text = "Jean-François Lefèvre — " + _BREAK["cp1256_as_latin1"](sentence) + " (MÉXICO)"
    rep = repair_text(text)
    assert rep.text == "Jean-François Lefèvre — " + sentence + " (MÉXICO)"


# ---------------------------------------------------------------------------
# Offsets back to the input
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("family", ["cp1256_as_latin1", "utf8_as_cp1256"])
def test_to_input_maps_every_word_to_its_mojibake(family: str) -> None:
    sentence = "أعلنت الشركة عن افتتاح فرعها الجديد في مدينة جدة يوم 15 مارس."
    broken = "عنوان سليم\n" + _BREAK[family](sentence)
    rep = repair_text(broken)
    assert rep.text == "عنوان سليم\n" + sentence
    first_line = len("عنوان سليم\n")
    assert [rep.to_input(i) for i in range(first_line + 1)] == list(range(first_line + 1))
    for m in re.finditer(r"\S+", rep.text[first_line:]):
        s, e = rep.to_input(first_line + m.start()), rep.to_input(first_line + m.end())
        assert broken[s:e] == _BREAK[family](m.group())
    assert rep.to_input(len(rep.text)) == len(broken)
    assert rep.to_input(0) == 0


def test_to_input_through_two_rounds() -> None:
    sentence = "قالت المتحدثة إن العمل سيستمر حتى تحقيق جميع الأهداف."
    broken = "x\n" + _BREAK["utf8_as_cp1256_as_cp1252"](sentence) + "\ny"
    rep = repair_text(broken)
    assert rep.text == "x\n" + sentence + "\ny"
    positions = [rep.to_input(i) for i in range(len(rep.text) + 1)]
    assert positions == sorted(positions)
    assert rep.to_input(len(rep.text) - 1) == len(broken) - 1  # the final "y"
    assert broken[rep.to_input(0) : rep.to_input(2)] == "x\n"


def test_to_input_rejects_out_of_range() -> None:
    rep = repair_text("ÇáÚÑÈíÉ ÇáÌÏíÏÉ")
    with pytest.raises(ValueError, match="offset"):
        rep.to_input(len(rep.text) + 1)


def test_note_records_the_repair() -> None:
    broken = _BREAK["cp1256_as_latin1"]("اللغة العربية جميلة")
    rep = repair_text(broken)
    note = rep.note()
    assert isinstance(note, Note)
    assert note.code == "repair"
    assert "cp1256_as_latin1" in note.message
    data = dict(note.data)
    assert data["fixes"] == ("cp1256_as_latin1",)
    assert data["score_after"] > data["score_before"]
    assert data["spans"] == ((0, len(broken), 0, len(rep.text), "cp1256_as_latin1"),)
    assert repair_text("نص سليم").note() is None


# ---------------------------------------------------------------------------
# Clean text is never changed
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("kind,text", CLEAN, ids=[f"{k}:{t[:15]}" for k, t in CLEAN])
def test_clean_text_does_not_fire_and_is_identity(kind: str, text: str) -> None:
    assert needs_repair(text) is False
    rep = repair_text(text)
    assert rep.text is text
    assert rep.changed is False and rep.fixes == () and rep.steps == ()
    assert math.isnan(rep.score_before) and math.isnan(rep.score_after)


@pytest.mark.parametrize("kind,text", FIRES, ids=[t[:15] for _, t in FIRES])
def test_clean_text_where_detector_fires_is_kept_by_the_score(kind: str, text: str) -> None:
    assert needs_repair(text) is True
    rep = repair_text(text)
    assert rep.text is text and rep.changed is False
    assert rep.score_before == rep.score_after == pytest.approx(plausibility(text))


#: The detector as it was written before its alternatives were reordered
#: for speed (commit 1444f4f): one flat list behind the first character.
#: The reordered one must find the very same matches (start and end).
_FLAT_DETECT = re.compile(
    repair_mod._DETECT_FIRST
    + "(?:"
    + "|".join(
        [
            "(?<=[\u0080-\u009f])",
            f"(?<={repair_mod._A_CHARS}){repair_mod._A_CHARS}{{2}}",
            f"(?<={repair_mod._B_ARABIC_LEAD}{repair_mod._B_CONT}){repair_mod._B_ARABIC_LEAD}{repair_mod._B_CONT}",
            f"(?<={repair_mod._C_ARABIC_LEAD}){repair_mod._C_CONT}{repair_mod._C_ARABIC_LEAD}{repair_mod._C_CONT}",
            f"(?<=[\u00c2\u00c3]){repair_mod._C_CONT}",
            "(?<=\u00e2)\u20ac",
        ]
    )
    + ")"
)
#: Characters the detector's combinations are made of, plus ordinary text.
_DETECT_ALPHABET = (
    "طظعغ" "ØÙÚÛÂÃâ€" "اله ب،؛؟«»“”–—…•" "پچژگکھ\u200c" "ÇáÚÑÈíÉ§„Œ¡"
    "\u0080\u0085\u0090\u009f\u00a0" "ab 1\n"
)


def _same_matches(text: str) -> None:
    for pos in range(len(text) + 1):
        old = _FLAT_DETECT.search(text, pos)
        new = repair_mod._DETECT.search(text, pos)
        assert (old and old.span()) == (new and new.span()), (text, pos)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=_DETECT_ALPHABET, max_size=12))
def test_detector_matches_its_flat_form(text: str) -> None:
    _same_matches(text)


def test_detector_matches_its_flat_form_on_the_case_tables() -> None:
    for row in MOJIBAKE:
        for text in row:
            _same_matches(text)
    for _kind, text in CLEAN + FIRES:
        _same_matches(text)


def test_ftfy_is_not_called_on_clean_text(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object, **kwargs: object) -> str:
        raise AssertionError("ftfy called on clean text")

    monkeypatch.setattr(repair_mod.ftfy, "fix_text", boom)
    for _kind, text in CLEAN:
        assert repair_text(text).text is text
    with pytest.raises(AssertionError, match="ftfy called"):
        repair_text(_BREAK["utf8_as_cp1252"]("العربية لغة جميلة"))


@pytest.mark.skipif(not DEV.exists(), reason=f"shared corpus not found at {DEV} (optional clean negatives)")
def test_real_pages_are_left_alone() -> None:
    pages = [json.loads(line) for line in DEV.read_text("utf-8").splitlines() if line.strip()]
    texts = [p["text"] for p in pages if p.get("text")]
    assert texts
    for text in texts:
        assert repair_text(text).text is text


# ---------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------

_ARABIC_WORDS = sorted(
    {w.strip(".,،؛؟:!\"«»") for row in MOJIBAKE if row[1] == "ar" for w in row[2].split()} - {""}
)
def _cp1256_word(word: str) -> bool:
    """An Arabic word of two letters or more that cp1256 can encode."""
    try:
        word.encode("cp1256")
    except UnicodeEncodeError:
        return False
    return len(word) >= 2 and "\u0621" <= word[0] <= "\u064a"


_ARABIC_CP1256 = [w for w in _ARABIC_WORDS if _cp1256_word(w)]
_OTHER_WORDS = sorted({w for row in MOJIBAKE if row[1] != "ar" for w in row[2].split()})
_LATIN_WORDS = [
    "MÉXICO", "São", "Paulo", "DSİ", "Bölge", "Müdürlüğü", "Ølstykke", "Ærø", "Þórsmörk",
    "Ñandú", "Müller", "Zürich", "café", "à", "é", "Ça", "García", "naïve", "Google",
    "iPhone", "COVID-19", "https://example.com/a?b=1", "ÆØÅ", "ÄÖÜ", "ß", "Ø",
]
_SYMBOLS = ["2024", "٢٠٢٤", "۱۴۰۳", "15%", "$5", "€", "©", "—", "…", "«", "»", "🎉", "❤️", "👍🏽", "🇸🇦", "#عاجل"]
_SEPARATORS = [" ", " ", " ", "\n", "، ", ". ", ": ", " - ", "؟ ", "\u200c"]


@st.composite
def _mixed_text(draw: st.DrawFn) -> str:
    words = draw(
        st.lists(st.sampled_from(_ARABIC_WORDS + _OTHER_WORDS + _LATIN_WORDS + _SYMBOLS), min_size=1, max_size=25)
    )
    seps = draw(st.lists(st.sampled_from(_SEPARATORS), min_size=len(words), max_size=len(words)))
    return "".join(w + s for w, s in zip(words, seps))


@settings(max_examples=300, deadline=None)
@given(_mixed_text())
def test_property_valid_text_is_identity(text: str) -> None:
    rep = repair_text(text)
    assert rep.text is text
    assert rep.changed is False


# Lines made only of two-letter words ("في في في") carry too little evidence and are left
# alone on purpose (short runs are ambiguous); the property is about text with real words.
_ARABIC_CP1256_WORDS = [w for w in _ARABIC_CP1256 if len(w) >= 3]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(_ARABIC_CP1256_WORDS), min_size=3, max_size=20),
    st.sampled_from(sorted(_BREAK)),
)
def test_property_misdecoded_text_is_restored(words: List[str], family: str) -> None:
    original = " ".join(words)
    rep = repair_text(_BREAK[family](original))
    assert rep.text == original
    assert rep.score_after > rep.score_before


# ---------------------------------------------------------------------------
# Plausibility and API details
# ---------------------------------------------------------------------------


def test_plausibility_prefers_arabic_to_its_mojibake() -> None:
    sentence = "ارتفعت أسعار الذهب خلال الأسبوع الماضي"
    for family, brk in _BREAK.items():
        assert plausibility(sentence) > plausibility(brk(sentence)) + 1.0, family
    assert plausibility("") == 0.0
    assert plausibility("العربية") > plausibility("ئطإ")


def test_table_covers_cp1256_letters() -> None:
    """Every Arabic letter byte of cp1256 is undone by the latin-1/cp1252 table."""
    for b in range(0xC1, 0xDB):
        real = bytes([b]).decode("cp1256")
        assert chr(b).translate(CP1256_AS_LATIN1) == real
    assert "\u0081".translate(CP1256_AS_LATIN1) == "پ"  # 0x81 read as a C1 control


def test_repair_is_frozen_and_typed() -> None:
    rep = repair_text("ÇáÚÑÈíÉ ÇáÌÏíÏÉ")
    assert isinstance(rep, Repair)
    with pytest.raises(dataclasses.FrozenInstanceError):
        rep.text = "x"  # type: ignore[misc]
    with pytest.raises(TypeError, match="str"):
        repair_text(b"\xc7\xe1")  # type: ignore[arg-type]
