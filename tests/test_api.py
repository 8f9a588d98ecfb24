"""Public API contracts: types, errors, hints, clean == parse().body."""
from __future__ import annotations

import pytest

import arclean
from arclean.lexicon import Entry, load_lexicon

P1 = (
    "أعلنت وزارة الصحة اليوم عن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية، "
    "في إطار خطة تهدف إلى تخفيف الضغط على المرافق القائمة وتحسين الخدمات المقدمة للمرضى."
)
P2 = (
    "وقال المتحدث باسم الوزارة إن المستشفيات الجديدة ستعمل بكامل طاقتها خلال الأشهر المقبلة، "
    "وإنها مجهزة بأحدث الأجهزة الطبية وتضم أقساما للطوارئ والعناية المركزة والأطفال."
)


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
