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
