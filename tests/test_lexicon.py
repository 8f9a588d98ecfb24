"""Lexicon loading and matching, and the matching-key fold."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arclean.fold import fold, key_bytes
from arclean.lexicon import DEFAULT_LEXICON, Entry, Lexicon, MODES, line_key, load_lexicon


@pytest.mark.parametrize(
    "raw, key",
    [
        ("إقرأ أيضاً:", "اقرا ايضا"),
        ("كلمات دلالية: فی ذلک", "كلمات دلاليه في ذلك"),
        ("مشاركه الخبر :", "مشاركه الخبر"),
        ("٠٩:٣٥ ، ١١ يناير", "09 35 11 يناير"),
        ("Short URL", "short url"),
        ("ﻻ", "لا"),  # presentation-form ligature
    ],
)
def test_line_key(raw: str, key: str) -> None:
    assert line_key(raw) == key


def test_fold_only_changes_the_key_not_length_class() -> None:
    assert fold("أإآٱ") == "اااا"
    assert fold("مـــرحبا\u200f") == "مرحبا"


def test_every_packaged_entry_is_well_formed() -> None:
    assert len(DEFAULT_LEXICON.entries) > 200
    for e in DEFAULT_LEXICON.entries:
        assert e.mode in MODES
        assert e.label in ("boilerplate", "metadata")
        assert e.why.strip(), f"{e.phrase!r} has no reason"
        assert e.key == line_key(e.phrase)


@pytest.mark.parametrize(
    "line, kind, mode",
    [
        ("إقرأ أيضاً:", "related", "prefix"),
        ("الأكثر قراءة: وزير التعليم يعلن موعد العام الدراسي", "related", "prefix"),
        ("مواضيع ذات علاقة", "related", "exact"),
        ("حمل تطبيق الموقع الآن", "promo", "prefix"),
        ("© 2020 جميع الحقوق محفوظة لموقعنا", "footer", "contains"),
        ("Share this selection", "share", "prefix"),
        ("المصدر: وكالات", "source", "prefix"),
    ],
)
def test_match(line: str, kind: str, mode: str) -> None:
    e = DEFAULT_LEXICON.lookup(line)
    assert e is not None and (e.kind, e.mode) == (kind, mode)


def test_max_words_keeps_long_sentences_out() -> None:
    line = "كتب الوزير في رسالته إلى البرلمان أن المشروع سيكتمل قبل نهاية العام الحالي"
    assert DEFAULT_LEXICON.lookup(line) is None


def test_outside_entries_are_not_matched_by_match() -> None:
    assert DEFAULT_LEXICON.lookup("نعم") is None
    assert DEFAULT_LEXICON.match_outside(key_bytes("نعم")) is not None


def test_extra_entries_take_precedence() -> None:
    extra = Entry("خبر عاجل", line_key("خبر عاجل"), "boilerplate", "widget", "exact", 0, False, "ticker label")
    lex = load_lexicon(extra=[extra])
    assert isinstance(lex, Lexicon)
    assert lex.lookup("خبر عاجل").kind == "widget"
    assert DEFAULT_LEXICON.lookup("خبر عاجل") is None


def test_bad_lexicon_line_says_where() -> None:
    from arclean.lexicon import _parse_line

    with pytest.raises(ValueError, match=r"x.tsv:3: mode must be one of"):
        _parse_line("phrase\tbp:nav\tsomewhere\t0\tno\twhy", 3, "x.tsv")


def test_no_two_entries_fold_to_the_same_key_and_mode() -> None:
    seen = {}
    for e in DEFAULT_LEXICON.entries:
        k = (e.key, e.mode)
        assert k not in seen, f"{e.phrase!r} folds like {seen[k]!r}: keep one variant"
        seen[k] = e.phrase


@pytest.mark.parametrize(
    "raw, key",
    [
        ("\ufe70", ""),  # isolated fathatan form: a mark, not a space
        ("گل", "گل"),  # Persian gaf is not kaf ("گل" is not "كل")
        ("كـ\u2060ـتب", "كتب"),  # word joiner and tatweel removed
        ("ۂ", "ه"),
    ],
)
def test_fold_edge_cases(raw: str, key: str) -> None:
    assert fold(raw) == key


# --- the batch matcher agrees with the per-line one ----------------------------------------

_PHRASES = [e.phrase for e in DEFAULT_LEXICON.entries]
_FILLER = ["الخبر", "في", "2024", "اليوم", "»", ":", "-", "|", "وزير", "أيضاً", "Google", "©"]


@given(
    st.lists(
        st.lists(st.sampled_from(_PHRASES) | st.sampled_from(_FILLER), min_size=1, max_size=6).map(" ".join),
        min_size=1,
        max_size=12,
    )
)
@settings(max_examples=300, deadline=None)
def test_match_block_equals_match_per_line(lines: list) -> None:
    keys = [key_bytes(t) for t in lines]
    n_words = [len(t.split()) for t in lines]
    block = b"\n" + b"\n".join(keys)
    expected = {}
    for i, (k, n) in enumerate(zip(keys, n_words)):
        e = DEFAULT_LEXICON.match(k, n)
        if e is not None:
            expected[i] = e
    assert DEFAULT_LEXICON.match_block(block, keys, n_words) == expected


def test_match_block_finds_prefixes_on_every_line() -> None:
    lines = ["اقرأ أيضا: خبر", "نص عادي", "اقرأ أيضا", "المصدر: وكالات"]
    keys = [key_bytes(t) for t in lines]
    hits = DEFAULT_LEXICON.match_block(b"\n" + b"\n".join(keys), keys, [len(t.split()) for t in lines])
    assert sorted(hits) == [0, 2, 3]
    assert hits[0].rule == "lexicon.prefix:اقرا ايضا"
    assert hits[3].kind == "source"


def test_data_tables_are_read_with_their_header_checked() -> None:
    from arclean.lexicon import data_rows

    rows = data_rows("list_headers.tsv", ("words", "why"))
    assert rows and all(len(r) == 2 and r[1] for r in rows)
    with pytest.raises(ValueError, match="list_headers.tsv line .*expected the header"):
        data_rows("list_headers.tsv", ("word", "role", "why"))
    # without a header to check, the rows come back as they are (the date tables)
    assert data_rows("dates_months.tsv")
