"""Public API contracts: types, errors, hints, clean == parse().body."""
from __future__ import annotations

import pytest

import arclean
from arclean.lexicon import Entry, load_lexicon

from samples import P1, P2



@pytest.mark.parametrize("fn", [arclean.parse, arclean.clean])
def test_bytes_are_refused_with_a_decode_hint(fn) -> None:
    with pytest.raises(TypeError, match="decode it first"):
        fn(P1.encode("utf-8"))


@pytest.mark.parametrize("fn", [arclean.parse, arclean.clean])
def test_other_types_are_refused(fn) -> None:
    with pytest.raises(TypeError, match="takes the page text as str"):
        fn(None)


def test_bad_lexicon_and_hints_arguments() -> None:
    with pytest.raises(TypeError, match="lexicon= takes"):
        arclean.parse(P1, lexicon={"a": 1})
    with pytest.raises(TypeError, match="hints= takes a sequence"):
        arclean.parse(P1, hints="nav")
    with pytest.raises(TypeError, match="hints= items must be str"):
        arclean.parse(P1, hints=[1])


def test_hints_decide_lines_before_rules() -> None:
    text = "\n".join(["قائمة الأقسام والأخبار المحلية والدولية في موقعنا الإخباري، وهي طويلة بما يكفي.", P1, P2])
    assert arclean.clean(text).startswith("قائمة")  # without hints the long first line is body
    doc = arclean.parse(text, hints=["nav", None, None])
    assert (doc.segments[0].kind, doc.segments[0].rule) == ("nav", "hint.nav")
    assert doc.body == f"{P1}\n{P2}"
    assert arclean.clean(text, hints=["nav", None, None]) == doc.body


def test_custom_lexicon_entry() -> None:
    lex = load_lexicon(extra=[Entry.from_phrase("ادعم صحافتنا المستقلة", "bp:promo", why="donation call")])
    text = "\n".join([P1, P2, "ادعم صحافتنا المستقلة"])
    doc = arclean.parse(text, lexicon=lex)
    last = doc.segments[-1]
    assert (last.kind, last.rule) == ("promo", "lexicon.exact:ادعم صحافتنا المستقله")
    with pytest.raises(ValueError, match="label must be bp:<kind> or meta:<kind>"):
        Entry.from_phrase("x y", "promo")


def test_empty_and_blank_inputs() -> None:
    for text in ("", "   \n\t\n", "\u2028\u2029"):
        doc = arclean.parse(text)
        assert doc.segments == () and doc.body == "" and arclean.clean(text) == ""


def test_to_dict_is_json_ready() -> None:
    import json

    text = "\n".join(["عنوان الخبر هنا", "نشر في: 12 مارس 2024", P1, P2])
    d = arclean.parse(text).to_dict()
    assert json.loads(json.dumps(d, ensure_ascii=False)) == d
    assert d["metadata"]["published"] == "2024-03-12"
    assert d["segments"][0]["text"] == "عنوان الخبر هنا"


def test_mojibake_is_repaired_and_noted() -> None:
    broken = P1.encode("cp1256").decode("latin-1")  # cp1256 bytes read as latin-1
    doc = arclean.parse(broken + "\n" + P2)
    assert doc.body == f"{P1}\n{P2}"
    assert [n.code for n in doc.notes] == ["repair"]
    assert doc.source_text != broken + "\n" + P2
    assert arclean.clean(broken + "\n" + P2) == doc.body
    off = arclean.parse(broken + "\n" + P2, repair=False)
    assert off.notes == () and off.source_text == broken + "\n" + P2


def test_clean_text_is_not_touched_by_repair() -> None:
    doc = arclean.parse(f"{P1}\n{P2}")
    assert doc.notes == () and doc.source_text == f"{P1}\n{P2}"


def test_normalize_profile_applies_to_output_only() -> None:
    text = "ﻣﺮﺣﺒﺎ\u200f " + P1  # presentation forms and an RLM
    doc = arclean.parse(text, normalize="safe")
    assert doc.body.startswith("مرحبا ")
    assert doc.source_text == text  # spans still point into the input
    offs = doc.body_offsets()
    assert len(offs) == len(doc.body)
    assert [doc.source_text[offs[i]] for i in range(6, 12)] == list(doc.body[6:12])
    assert arclean.clean(text, normalize="safe") == doc.body
    with pytest.raises(ValueError, match="normalize= takes one of"):
        arclean.parse(text, normalize="loud")
    with pytest.raises(TypeError, match="repair= takes True or False"):
        arclean.parse(text, repair="yes")


# --------------------------------------------------------------------------- issue 11 item 14


def test_hints_of_the_wrong_length_are_an_error() -> None:
    text = "\n".join([P1, P2, "شارك"])
    for fn in (arclean.parse, arclean.clean):
        with pytest.raises(ValueError, match=r"hints= has 2 items but the text has 3 lines \(text.splitlines\(\)\)"):
            fn(text, hints=["nav", None])
        with pytest.raises(ValueError, match="hints= has 4 items but the text has 3 lines"):
            fn(text, hints=[None, None, None, "nav"])
        with pytest.raises(ValueError, match="hints= has 0 items but the text has 3 lines"):
            fn(text, hints=[])
    # lines as str.splitlines() counts them: a trailing newline adds none, \r\n and U+2028 end one
    assert arclean.parse(text + "\n", hints=[None, None, "share"]).segments[-1].rule == "hint.share"
    assert arclean.parse(f"{P1}\r\n{P2}\u2028شارك", hints=[None, None, "share"]).segments[-1].rule == "hint.share"
    assert arclean.parse("", hints=[]).segments == ()
    with pytest.raises(ValueError, match="hints= has 1 item but the text has 0 lines"):
        arclean.parse("", hints=[None])


def test_a_note_says_when_no_body_was_found() -> None:
    doc = arclean.parse("الرئيسية\nأخبار\nشارك المقال\nجميع الحقوق محفوظة © 2024")
    assert doc.body == ""
    notes = [n for n in doc.notes if n.code == "no-body"]
    assert len(notes) == 1
    assert notes[0].message == (
        f"no body found: all {len(doc.segments)} segments are metadata or boilerplate (see Document.explain())"
    )
    assert dict(notes[0].data) == {"segments": len(doc.segments)}
    assert "note[no-body] no body found" in doc.explain()
    for blank in ("", " \n\t"):
        assert [(n.code, n.message) for n in arclean.parse(blank).notes] == [
            ("no-body", "no body found: the text is empty or blank")
        ]
    assert not [n for n in arclean.parse(f"{P1}\n{P2}").notes if n.code == "no-body"]
    # the note is about the body, so a normalisation profile does not change it
    assert [n.code for n in arclean.parse("شارك المقال", normalize="search").notes] == ["no-body"]


def test_entry_checks_its_label_kind_and_mode() -> None:
    good = Entry("ادعم صحافتنا", "ادعم صحافتنا", "boilerplate", "promo", "exact", 0, False, "test")
    assert good.rule == "lexicon.exact:ادعم صحافتنا"
    fields = dict(phrase="ادعم صحافتنا", key="ادعم صحافتنا", label="boilerplate", kind="promo", mode="exact",
                  max_words=0, opens=False, why="test")
    bad_values = [
        (dict(label="bp"), "label must be 'boilerplate' or 'metadata', not 'bp'"),
        (dict(kind="promotion"), "kind of a boilerplate entry must be one of nav, related, .*; not 'promotion'"),
        (dict(label="metadata", kind="nav"), "kind of a metadata entry must be one of title, published, .*; not 'nav'"),
        (dict(mode="regex"), "mode must be one of exact, outside, prefix, contains; not 'regex'"),
        (dict(key="  "), "key must hold letters"),
        (dict(max_words=-1), "max_words must be 0"),
    ]
    for change, message in bad_values:
        with pytest.raises(ValueError, match=message):
            Entry(**{**fields, **change})
    for change, message in [
        (dict(max_words="5"), "max_words must be an int, not str"),
        (dict(max_words=True), "max_words must be an int, not bool"),
        (dict(opens="yes"), "opens must be True or False, not str"),
        (dict(kind=None), "kind must be a str, not NoneType"),
    ]:
        with pytest.raises(TypeError, match=message):
            Entry(**{**fields, **change})
    with pytest.raises(ValueError, match=r"Entry.from_phrase:0: Entry kind of a metadata entry must be one of"):
        Entry.from_phrase("الكاتب", "meta:writer")
    with pytest.raises(ValueError, match="mode must be one of"):
        Entry.from_phrase("الكاتب", "meta:author", mode="startswith")
    assert Entry.from_phrase("الكاتب", "meta:author", mode="prefix", max_words=6).kind == "author"


def test_a_page_with_no_body_has_no_article_date_and_a_note_names_the_dates_left_unset() -> None:
    text = "\n".join(["أرشيف الأخبار", "نُشر في 12 مارس 2024", "الرئيسية", "رياضة", "اقتصاد", "ثقافة", "مجتمع"])
    doc = arclean.parse(text)
    assert doc.body == "" and doc.metadata.published is None and doc.metadata.updated is None
    note = next(n for n in doc.notes if n.code == "no-article-dates")
    assert "2024-03-12" in note.message
    # the date line itself stays a metadata segment: nothing vanishes, only the value is unset
    assert any(s.kind == "published" for s in doc.segments)
