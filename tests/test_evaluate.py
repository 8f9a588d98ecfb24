"""Unit tests of arclean.evaluate on tiny synthetic gold records with hand-computed scores.

The four synthetic documents of ``GOLD_LINES`` (file ``gold.jsonl``) and
what the fake parser returns:

=====  =======  ====  ==============  ====================  =====  ====  =====
id     kind     site  gold body       predicted body        tp     pred  gold
=====  =======  ====  ==============  ====================  =====  ====  =====
p1     page     s1    a b c d         a b x                 2      3     4
p2     page     s1    e f             e f                   2      2     2
a1     article  s2    g h i j         g h i j k l m n       4      8     4
c1     control  s3    (empty)         (empty)               0      0     0
=====  =======  ====  ==============  ====================  =====  ====  =====

With P = tp/pred, R = tp/gold and F1 = 2PR/(P+R) = 2tp/(pred+gold):

* p1: P 2/3, R 1/2, F1 4/7;  p2: 1, 1, 1;  a1: P 1/2, R 1, F1 2/3;
  c1: nothing to find, nothing found -> 1, 1, 1 (a no-article document, emptied).
* page micro: tp 4, pred 5, gold 6 -> P 4/5, R 2/3, F1 8/11;
  page macro: (4/7 + 1) / 2 = 11/14, page worst p1 4/7; article macro and
  worst 2/3; control: no document with an article, so no macro or worst.
* overall micro: tp 8, pred 13, gold 10 -> P 8/13, R 4/5, F1 16/23.
* sites: s1 (p1 + p2) F1 8/11, s2 2/3, s3 1 -> min 2/3, p10 2/3 + 0.2 (8/11 -
  2/3), median 8/11, mean 79/99.

Titles (gold / predicted): p1 "عنوان  الخبر" / " عنوان الخبر\\n" (equal after
collapsing whitespace), p2 "Title" / None (miss), a1 None / "x" (spurious),
c1 None / None -> accuracy 1/2, 1 spurious.

Dates (gold / predicted): p1 2024-10-05 / datetime 2024-10-05 13:54 (right),
p2 2020-08-24T09:23 / date 2020-08-25 (wrong), a1 None / 2015-01-01 (wrong:
given where gold has none), c1 2013-08-28 / None (missing, not wrong)
-> accuracy 1/3, 2 wrong.

The second file ``GOLD2_LINES`` (``gold2.jsonl``) scores every metadata field:

=====  =======  ====  ==========  ==========  ==================================================
id     kind     site  gold body   predicted   metadata (gold -> predicted)
=====  =======  ====  ==========  ==========  ==================================================
m1     article  s1    k l         k l         title right; published missed; updated right (date
                                              part of 2024-01-02T10:00 vs 23:00); author right
                                              after whitespace collapse; source wrong (the city);
                                              dateline missed; category right; tags right (set)
m2     page     s4    (empty)     x y         no gold metadata; author, tags and updated given
                                              (spurious: wrong)
m3     page     s4    (empty)     (empty)     no gold metadata; author "" and tags () given,
                                              which count as not given
m4     article  s4    p q r s     p q         author wrong; source missed; tags {a} vs {a, b}
                                              wrong; updated 2023-03-04 vs 2023-03-03 wrong
=====  =======  ====  ==========  ==========  ==================================================

* body: tp 4, pred 6, gold 6 -> F1 2/3; article (m1 + m4) tp 4, pred 4, gold 6
  -> F1 4/5, macro (1 + 2/3) / 2 = 5/6, worst m4 2/3; page F1 0 (two
  no-article pages, one emptied).
* fields (judged, right, missed, wrong, spurious): title 1 1 0 0 0,
  published 1 0 1 0 0, updated 2 1 0 2 1, author 2 1 0 2 1, source 2 0 1 1 0,
  dateline 1 0 1 0 0, category 1 1 0 0 0, tags 2 1 0 2 1; wrong dates 2.
* union of both files: body tp 12, pred 19, gold 16 -> F1 24/35; no-article
  emptied 2/3 (c1, m3); sites s1 (p1 + p2 + m1: tp 6, pred 7, gold 8) 4/5,
  s2 2/3, s3 1, s4 (tp 2, pred 4, gold 4) 1/2 -> min 1/2, p10 0.55, median
  11/15, mean 89/120.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
import types
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, FrozenSet, List, Optional, Tuple

import pytest

from arclean import Document, Metadata
from arclean import evaluate as ev

GOLD_LINES: List[Dict] = [
    {"id": "p1", "site": "s1", "kind": "page", "text": "P1 text", "html": None,
     "gold": {"body": "a b c d", "meta": {"title": "عنوان  الخبر", "published": "2024-10-05"}}},
    {"id": "p2", "site": "s1", "kind": "page", "text": "P2 text", "html": None,
     "gold": {"body": "e f", "meta": {"title": "Title", "published": "2020-08-24T09:23"}}},
    {"id": "a1", "site": "s2", "kind": "article", "text": "A1 text", "html": None,
     "gold": {"body": "g h i j", "meta": {"title": None, "published": None}}},
    {"id": "c1", "site": "s3", "kind": "control", "text": "C1 text", "html": None,
     "gold": {"body": "", "meta": {"title": None, "published": "2013-08-28"}}},
]

_NO_META = {f: None for f in ev.META_FIELDS}

GOLD2_LINES: List[Dict] = [
    {"id": "m1", "site": "s1", "kind": "article", "text": "M1 text",
     "gold": {"body": "k l", "segments": [[0, 2, "body"]], "meta": {
         "title": "T", "published": "2024-01-01", "updated": "2024-01-02T10:00", "author": "أحمد  علي",
         "source": "واس", "dateline": "الرياض - واس", "category": "سياسة", "tags": ["a", "b"]}}},
    {"id": "m2", "site": "s4", "kind": "page", "text": "M2 text", "gold": {"body": "", "meta": dict(_NO_META)}},
    {"id": "m3", "site": "s4", "kind": "page", "text": "M3 text", "gold": {"body": "", "meta": dict(_NO_META)}},
    {"id": "m4", "site": "s4", "kind": "article", "text": "M4 text",
     "gold": {"body": "p q r s", "meta": {
         **_NO_META, "author": "X", "source": "S", "tags": ["a", "b"], "updated": "2023-03-03"}}},
]

PREDICTED: Dict[str, Document] = {
    "P1 text": Document("P1 text", (), Metadata(title=" عنوان الخبر\n", published=dt.datetime(2024, 10, 5, 13, 54)), "a b x"),
    "P2 text": Document("P2 text", (), Metadata(title=None, published=dt.date(2020, 8, 25)), "e f"),
    "A1 text": Document("A1 text", (), Metadata(title="x", published=dt.date(2015, 1, 1)), "g h i j k l m n"),
    "C1 text": Document("C1 text", (), Metadata(), ""),
    "M1 text": Document("M1 text", (), Metadata(
        title="T", updated=dt.datetime(2024, 1, 2, 23, 0), author="أحمد علي", source="الرياض",
        category=" سياسة ", tags=("b", " a ")), "k l"),
    "M2 text": Document("M2 text", (), Metadata(author="Someone", tags=("t",), updated=dt.date(2024, 5, 5)), "x y"),
    "M3 text": Document("M3 text", (), Metadata(author="", tags=()), ""),
    "M4 text": Document("M4 text", (), Metadata(author="Y", tags=("a",), updated=dt.date(2023, 3, 4)), "p q"),
}


def fake_parse(text: str) -> Document:
    """The fixed predictions of the tables in the module docstring."""
    return PREDICTED[text]


def write_gold(path: Path, lines: List[Dict] = GOLD_LINES) -> Path:
    path.write_text("".join(json.dumps(obj, ensure_ascii=False) + "\n" for obj in lines), encoding="utf-8")
    return path


@pytest.fixture
def records(tmp_path: Path) -> List[ev.GoldRecord]:
    return ev.load_gold(write_gold(tmp_path / "gold.jsonl"))


@pytest.fixture
def report(records: List[ev.GoldRecord]) -> ev.Report:
    return ev.evaluate(records, parser=fake_parse)


@pytest.fixture
def records2(tmp_path: Path) -> List[ev.GoldRecord]:
    return ev.load_gold(write_gold(tmp_path / "gold2.jsonl", GOLD2_LINES))


@pytest.fixture
def report2(records2: List[ev.GoldRecord]) -> ev.Report:
    return ev.evaluate(records2, parser=fake_parse)


# --------------------------------------------------------------------------- leave one site out fakes


@dataclass(frozen=True)
class FakeModel:
    """What the fake ``fit`` returns: the sites of the records it was fitted on."""

    trained_on: FrozenSet[str]


class FakeLineModel:
    """A fake ``fit`` and a fake ``parse(text, model=...)`` that record their calls.

    ``parse`` without a model gives the fixed predictions; with a model it
    returns the gold body (a perfect score) unless the model was fitted on
    the document's own site, where it returns "LEAK" (a score of 0).
    """

    def __init__(self) -> None:
        self.fits: List[FrozenSet[str]] = []
        self.parsed: List[Tuple[str, Any]] = []
        lines = GOLD_LINES + GOLD2_LINES
        self.site_of = {obj["text"]: obj["site"] for obj in lines}
        self.gold_of = {obj["text"]: obj["gold"]["body"] for obj in lines}

    def fit(self, records: List[ev.GoldRecord]) -> FakeModel:
        assert all(isinstance(r, ev.GoldRecord) for r in records)
        model = FakeModel(frozenset(r.site_name for r in records))
        self.fits.append(model.trained_on)
        return model

    def parse(self, text: str, model: Optional[FakeModel] = None) -> Document:
        if model is None:
            return fake_parse(text)
        self.parsed.append((text, model))
        body = "LEAK" if self.site_of[text] in model.trained_on else self.gold_of[text]
        return Document(text, (), Metadata(), body)


@pytest.fixture
def linemodel(monkeypatch: pytest.MonkeyPatch) -> FakeLineModel:
    """The fakes installed: ``arclean.linemodel`` with ``fit``, and ``arclean.evaluate.parse``."""
    fake = FakeLineModel()
    module = types.ModuleType("arclean.linemodel")
    module.fit = fake.fit  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "arclean.linemodel", module)
    monkeypatch.setattr(ev, "parse", fake.parse)
    return fake


# --------------------------------------------------------------------------- tokens and PRF


def test_tokens_are_nfkc_word_runs_counted_as_a_multiset() -> None:
    # U+FEFB (lam-alef ligature) NFKC-folds to "لا"; Arabic comma and ":" are not \w
    assert ev.tokens("ﻻ، قال: قال ٢٠٢٤") == {"لا": 1, "قال": 2, "٢٠٢٤": 1}


def test_prf_counts_overlap_as_multiset_minimum() -> None:
    # pred {a:1, b:3} (4 tokens), gold {a:2, b:1} (3 tokens): overlap a:1 + b:1 = 2
    s = ev.prf("a b b b", "a a b")
    assert (s.tp, s.n_pred, s.n_gold) == (2, 4, 3)
    assert s.precision == pytest.approx(2 / 4)
    assert s.recall == pytest.approx(2 / 3)
    assert s.f1 == pytest.approx(4 / 7)  # 2tp/(pred+gold) = 4/7


@pytest.mark.parametrize(
    "pred, gold, expected",
    [
        ("", "", (1.0, 1.0, 1.0)),  # nothing to find, nothing found
        ("", "a b", (1.0, 0.0, 0.0)),  # body missed entirely
        ("a b", "", (0.0, 1.0, 0.0)),  # body invented on a page without one
        ("x y", "a b", (0.0, 0.0, 0.0)),  # no overlap
    ],
)
def test_prf_edge_cases(pred: str, gold: str, expected: tuple) -> None:
    s = ev.prf(pred, gold)
    assert (s.precision, s.recall, s.f1) == pytest.approx(expected)


# --------------------------------------------------------------------------- whole report


def test_micro_and_per_kind_body_scores(report: ev.Report) -> None:
    m = ev.metrics(report)
    assert m["docs"] == 4
    assert (m["body_p"], m["body_r"], m["body_f1"]) == pytest.approx((8 / 13, 4 / 5, 16 / 23))
    assert (m["body_p_page"], m["body_r_page"], m["body_f1_page"]) == pytest.approx((4 / 5, 2 / 3, 8 / 11))
    assert m["body_f1_page_macro"] == pytest.approx(11 / 14)
    assert (m["body_p_article"], m["body_r_article"], m["body_f1_article"]) == pytest.approx((1 / 2, 1, 2 / 3))
    assert m["body_f1_control"] == pytest.approx(1.0)


def test_macro_and_worst_only_count_documents_with_an_article(report: ev.Report, report2: ev.Report) -> None:
    m = ev.metrics(report)
    assert (m["body_f1_page_macro"], m["body_f1_page_worst"]) == pytest.approx((11 / 14, 4 / 7))
    assert (m["body_f1_article_macro"], m["body_f1_article_worst"]) == pytest.approx((2 / 3, 2 / 3))
    # c1 (control, empty gold body, F1 1.0) has no article: it would lift the macro if it counted
    assert m["body_f1_control_macro"] is None and m["body_f1_control_worst"] is None
    assert (m["body_f1_macro"], m["body_f1_worst"]) == pytest.approx(((4 / 7 + 1 + 2 / 3) / 3, 4 / 7))
    assert report.worst("page").id == "p1"
    m2 = ev.metrics(report2)
    # m2 (F1 0, text kept on a page without article) is no page with an article: no page macro
    assert m2["body_f1_page"] == 0.0 and m2["body_f1_page_macro"] is None
    assert (m2["body_f1_article_macro"], m2["body_f1_article_worst"]) == pytest.approx((5 / 6, 2 / 3))
    assert report2.worst("article").id == "m4"


def test_no_article_documents_count_how_many_come_out_empty(report: ev.Report, report2: ev.Report) -> None:
    m = ev.metrics(report)
    assert (m["no_article_docs"], m["no_article_emptied"], m["no_article_empty_rate"]) == (1, 1, 1.0)
    m2 = ev.metrics(report2)
    assert (m2["no_article_docs"], m2["no_article_emptied"], m2["no_article_empty_rate"]) == (2, 1, 0.5)
    assert [d.id for d in report2.no_article] == ["m2", "m3"]
    assert [d.emptied for d in report2.no_article] == [False, True]


def test_title_and_date_scores(report: ev.Report) -> None:
    m = ev.metrics(report)
    assert (report.titles_ok, report.titles_judged, m["spurious_titles"]) == (1, 2, 1)
    assert m["title_accuracy"] == pytest.approx(1 / 2)
    assert (report.dates_ok, report.dates_judged, m["wrong_dates"]) == (1, 3, 2)
    assert m["date_accuracy"] == pytest.approx(1 / 3)
    by_id = {d.id: d for d in report.docs}
    assert [by_id[i].date_wrong for i in ("p1", "p2", "a1", "c1")] == [False, True, True, False]
    assert by_id["c1"].date_ok is False and by_id["a1"].date_ok is None


@pytest.mark.parametrize(
    "name, counts",  # judged, right, missed, wrong, spurious
    [
        ("title", (1, 1, 0, 0, 0)),
        ("published", (1, 0, 1, 0, 0)),
        ("updated", (2, 1, 0, 2, 1)),  # m1 right on the date part; m4 a day off; m2 given, gold none
        ("author", (2, 1, 0, 2, 1)),  # m1 right after whitespace collapse; m3's "" is not given
        ("source", (2, 0, 1, 1, 0)),  # m1 the city instead of the agency
        ("dateline", (1, 0, 1, 0, 0)),
        ("category", (1, 1, 0, 0, 0)),  # " سياسة " collapses to "سياسة"
        ("tags", (2, 1, 0, 2, 1)),  # m1 {b, a} = {a, b}; m4 {a} != {a, b}; m3's () is not given
    ],
)
def test_every_metadata_field_counts_right_missed_and_wrong(report2: ev.Report, name: str, counts: tuple) -> None:
    c = report2.field_counts(name)
    assert (c.judged, c.right, c.missed, c.wrong, c.spurious) == counts
    m = ev.metrics(report2)
    assert (m[f"{name}_judged"], m[f"{name}_right"], m[f"{name}_missed"], m[f"{name}_wrong"]) == counts[:4]
    assert m[f"{name}_accuracy"] == pytest.approx(counts[1] / counts[0])


def test_wrong_dates_count_published_and_updated(report2: ev.Report) -> None:
    assert ev.metrics(report2)["wrong_dates"] == 2  # both wrong updated dates; no wrong published one
    by_id = {d.id: d for d in report2.docs}
    assert by_id["m2"].fields["updated"].verdict == "spurious" and by_id["m2"].fields["updated"].is_wrong
    assert by_id["m4"].fields["updated"] == ev.FieldScore("2023-03-03", "2023-03-04")
    assert by_id["m1"].fields["tags"] == ev.FieldScore(frozenset({"a", "b"}), frozenset({"a", "b"}))
    assert by_id["m3"].fields["tags"] == ev.FieldScore(None, None)


def test_kind_without_documents_measures_none(records: List[ev.GoldRecord]) -> None:
    only_pages = ev.evaluate([r for r in records if r.kind == "page"], parser=fake_parse)
    m = ev.metrics(only_pages)
    assert m["body_f1_article"] is None and m["body_f1_control"] is None
    assert m["body_f1"] == pytest.approx(8 / 11)
    assert m["author_accuracy"] is None and m["no_article_empty_rate"] is None


def test_speed_counts_utf8_bytes_of_the_text(report: ev.Report) -> None:
    assert report.input_bytes == 4 * len(b"P1 text")
    assert report.parse_seconds >= 0


def test_progress_is_called_after_each_document(records: List[ev.GoldRecord]) -> None:
    calls = []
    ev.evaluate(records, parser=fake_parse, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_parser_crash_names_the_document(records: List[ev.GoldRecord]) -> None:
    def broken(text: str) -> Document:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError) as info:
        ev.evaluate(records, parser=broken)
    assert any("'p1'" in note for note in getattr(info.value, "__notes__", ["'p1'"]))


def test_default_parser_is_arclean_parse(records: List[ev.GoldRecord]) -> None:
    import arclean

    report = ev.evaluate(records)
    assert [d.body for d in report.docs] == [ev.prf(arclean.parse(r.text).body, r.body) for r in records]


# --------------------------------------------------------------------------- union and sites


def test_union_concatenates_documents_and_sums_time(report: ev.Report, report2: ev.Report) -> None:
    both = ev.union([report, report2])
    assert [d.id for d in both.docs] == ["p1", "p2", "a1", "c1", "m1", "m2", "m3", "m4"]
    assert both.input_bytes == report.input_bytes + report2.input_bytes
    assert both.parse_seconds == pytest.approx(report.parse_seconds + report2.parse_seconds)
    m = ev.metrics(both)
    assert m["body_f1"] == pytest.approx(24 / 35)
    assert (m["no_article_emptied"], m["no_article_docs"]) == (2, 3)
    assert (m["title_judged"], m["title_right"], m["updated_wrong"]) == (3, 2, 2)


def test_site_scores_are_micro_over_each_site_worst_first(report: ev.Report, report2: ev.Report) -> None:
    sites = ev.site_scores(ev.union([report, report2]))
    assert [(s.site, s.docs) for s in sites] == [("s4", 3), ("s2", 1), ("s1", 3), ("s3", 1)]
    assert [s.body.f1 for s in sites] == pytest.approx([1 / 2, 2 / 3, 4 / 5, 1.0])
    assert (sites[2].body.tp, sites[2].body.n_pred, sites[2].body.n_gold) == (6, 7, 8)  # p1 + p2 + m1


def test_site_spread(report: ev.Report, report2: ev.Report) -> None:
    m = ev.metrics(report)
    assert m["sites"] == 3
    assert (m["site_f1_min"], m["site_f1_p10"], m["site_f1_median"], m["site_f1_mean"]) == pytest.approx(
        (2 / 3, 2 / 3 + 0.2 * (8 / 11 - 2 / 3), 8 / 11, 79 / 99)
    )
    m = ev.metrics(ev.union([report, report2]))
    assert m["sites"] == 4
    assert (m["site_f1_min"], m["site_f1_p10"], m["site_f1_median"], m["site_f1_mean"]) == pytest.approx(
        (1 / 2, 0.55, 11 / 15, 89 / 120)
    )


def test_records_without_a_site_share_one(tmp_path: Path) -> None:
    lines = [{k: v for k, v in obj.items() if k != "site"} for obj in GOLD_LINES]
    report = ev.evaluate(ev.load_gold(write_gold(tmp_path / "g.jsonl", lines)), parser=fake_parse)
    (only,) = ev.site_scores(report)
    assert (only.site, only.docs, only.body.f1) == (ev.NO_SITE, 4, pytest.approx(16 / 23))


@pytest.mark.parametrize(
    "values, q, expected",
    [
        ([0.0, 10.0], 0.1, 1.0),
        ([float(i) for i in range(11)], 0.1, 1.0),
        ([3.0, 1.0, 2.0], 0.5, 2.0),
        ([1.0, 2.0, 3.0, 4.0], 0.5, 2.5),
        ([0.7], 0.1, 0.7),
        ([5.0, 1.0], 0.0, 1.0),
        ([5.0, 1.0], 1.0, 5.0),
    ],
)
def test_percentile_interpolates_between_closest_ranks(values: List[float], q: float, expected: float) -> None:
    assert ev.percentile(values, q) == pytest.approx(expected)


def test_spread_of_nothing() -> None:
    assert ev.spread([]) is None
    with pytest.raises(ValueError):
        ev.percentile([], 0.5)


# --------------------------------------------------------------------------- leave one site out


def test_leave_one_site_out_scores_each_site_with_a_model_fitted_without_it(
    records: List[ev.GoldRecord], records2: List[ev.GoldRecord], linemodel: FakeLineModel
) -> None:
    all_records = records + records2
    loso = ev.leave_one_site_out(all_records, fit=linemodel.fit)
    all_sites = {"s1", "s2", "s3", "s4"}
    # one fit per site (sites in name order), each on every other site
    assert linemodel.fits == [frozenset(all_sites - {s}) for s in sorted(all_sites)]
    # every record parsed exactly once, with the model that was fitted without its own site
    assert sorted(text for text, _ in linemodel.parsed) == sorted(r.text for r in all_records)
    for text, model in linemodel.parsed:
        assert model.trained_on == all_sites - {linemodel.site_of[text]}, text
    # the scores are the LOSO parses' (gold bodies), in the records' order
    assert [d.id for d in loso.docs] == [r.id for r in all_records]
    assert all(d.body.f1 == 1.0 for d in loso.docs)
    assert [s.body.f1 for s in ev.site_scores(loso)] == [1.0] * 4


def test_leave_one_site_out_without_fit_uses_arclean_linemodel(
    records2: List[ev.GoldRecord], linemodel: FakeLineModel
) -> None:
    loso = ev.leave_one_site_out(records2)
    assert linemodel.fits == [frozenset({"s4"}), frozenset({"s1"})]  # s1 held out, then s4
    assert ev.metrics(loso)["body_f1"] == 1.0


def test_leave_one_site_out_catches_a_leaking_model(records2: List[ev.GoldRecord], linemodel: FakeLineModel) -> None:
    """The fakes can fail: a fit that sees every site scores "LEAK" bodies, F1 0."""
    everything = FakeModel(frozenset({"s1", "s4"}))
    loso = ev.leave_one_site_out(records2, fit=lambda train: everything)
    assert ev.metrics(loso)["body_f1"] == 0.0


def test_load_linemodel_fit_needs_the_module(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "arclean.linemodel", None)  # import fails
    with pytest.raises(ev.ModelUnavailable, match="arclean.linemodel cannot be imported"):
        ev.load_linemodel_fit()


def test_load_linemodel_fit_needs_fit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "arclean.linemodel", types.ModuleType("arclean.linemodel"))
    with pytest.raises(ev.ModelUnavailable, match="fit.*does not exist yet"):
        ev.load_linemodel_fit()


def test_load_linemodel_fit_needs_parse_to_take_a_model(monkeypatch: pytest.MonkeyPatch) -> None:
    module = types.ModuleType("arclean.linemodel")
    module.fit = lambda records: None  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "arclean.linemodel", module)
    monkeypatch.setattr(ev, "parse", fake_parse)  # no model= argument
    with pytest.raises(ev.ModelUnavailable, match="takes no model"):
        ev.load_linemodel_fit()


def test_load_linemodel_fit_returns_fit(linemodel: FakeLineModel) -> None:
    assert ev.load_linemodel_fit() == linemodel.fit


# --------------------------------------------------------------------------- gold loading


def test_load_gold_reads_fields_and_skips_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(GOLD_LINES[0], ensure_ascii=False) + "\n\n", encoding="utf-8")
    (rec,) = ev.load_gold(path)
    assert rec == ev.GoldRecord("p1", "page", "P1 text", "a b c d", "عنوان  الخبر", "2024-10-05", None, "s1")


def test_load_gold_reads_every_metadata_field_and_the_segments(tmp_path: Path) -> None:
    (m1, m2, _, _) = ev.load_gold(write_gold(tmp_path / "g.jsonl", GOLD2_LINES))
    assert (m1.site, m1.updated, m1.author, m1.source) == ("s1", "2024-01-02T10:00", "أحمد  علي", "واس")
    assert (m1.dateline, m1.category, m1.tags) == ("الرياض - واس", "سياسة", ("a", "b"))
    assert m1.segments == ((0, 2, "body"),)
    assert (m2.tags, m2.segments, m2.site_name) == (None, (), "s4")


@pytest.mark.parametrize(
    "line, message",
    [
        ("{not json", "g.jsonl:2: not valid JSON"),
        ('{"id": "x", "kind": "page", "text": "t"}', "g.jsonl:2: missing field(s) gold"),
        ('{"id": "x", "kind": "page", "text": "t", "gold": {}}', "missing field(s) gold.body"),
        ('["a list"]', "expected a JSON object"),
        (json.dumps(GOLD_LINES[0]), "id 'p1' already used on line 1"),
        ('{"id": "x", "kind": "page", "text": "t", "gold": {"body": "", "meta": {"tags": "a, b"}}}', "tags"),
        ('{"id": "x", "kind": "page", "text": "t", "gold": {"body": "", "segments": [[0, 1]]}}', "segments"),
    ],
)
def test_load_gold_names_the_bad_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(GOLD_LINES[0]) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(ev.GoldError, match=message.replace("(", r"\(").replace(")", r"\)")):
        ev.load_gold(path)


# --------------------------------------------------------------------------- output


def test_report_to_dict_has_numbers_and_per_doc_rows(report: ev.Report, tmp_path: Path) -> None:
    gold = write_gold(tmp_path / "gold.jsonl")
    data = json.loads(json.dumps(ev.report_to_dict(report, gold)))
    assert data["corpus"]["sha256"] == ev.file_sha256(gold)
    assert data["metrics"]["body_f1"] == pytest.approx(16 / 23)
    assert data["counts"]["docs_by_kind"] == {"page": 2, "article": 1, "control": 1}
    rows = {r["id"]: r for r in data["per_doc"]}
    assert rows["p1"]["f1"] == pytest.approx(4 / 7)
    assert (rows["p1"]["title_ok"], rows["a1"]["title_spurious"], rows["p2"]["date_wrong"]) == (True, True, True)
    assert [f["path"] for f in data["files"]] == [str(gold)]


def test_report_to_dict_with_files_sites_and_loso(
    report: ev.Report, report2: ev.Report, records: List[ev.GoldRecord], records2: List[ev.GoldRecord],
    linemodel: FakeLineModel, tmp_path: Path,
) -> None:
    gold, gold2 = tmp_path / "gold.jsonl", tmp_path / "gold2.jsonl"  # written by the records fixtures
    both = ev.union([report, report2])
    loso = ev.leave_one_site_out(records + records2, fit=linemodel.fit)
    data = json.loads(json.dumps(ev.report_to_dict(both, files=[(gold, report), (gold2, report2)], loso=loso)))
    assert "corpus" not in data
    assert [(f["path"], f["sha256"]) for f in data["files"]] == [
        (str(gold), ev.file_sha256(gold)), (str(gold2), ev.file_sha256(gold2))]
    assert data["files"][1]["metrics"]["author_wrong"] == 2
    assert data["metrics"]["body_f1"] == pytest.approx(24 / 35)
    assert data["counts"]["fields"]["tags"] == {"judged": 2, "right": 1, "missed": 0, "wrong": 2, "spurious": 1}
    assert [(r["site"], r["docs"]) for r in data["by_site"]] == [("s4", 3), ("s2", 1), ("s1", 3), ("s3", 1)]
    assert data["site_spread"]["p10"] == pytest.approx(0.55)
    assert data["loso"]["site_spread"] == {"sites": 4, "min": 1.0, "p10": 1.0, "median": 1.0, "mean": 1.0}
    rows = {r["id"]: r for r in data["per_doc"]}
    assert (rows["p1"]["file"], rows["m1"]["file"], rows["m1"]["site"]) == ("gold.jsonl", "gold2.jsonl", "s1")
    assert rows["m1"]["fields"]["tags"] == {"gold": ["a", "b"], "pred": ["a", "b"], "verdict": "right"}
    assert rows["m2"]["fields"]["author"] == {"gold": None, "pred": "Someone", "verdict": "spurious"}
    assert (rows["m2"]["has_article"], rows["m2"]["emptied"], rows["m3"]["emptied"]) == (False, False, True)


def test_scoreboard_is_compact_and_shows_targets(report: ev.Report) -> None:
    board = ev.format_scoreboard(report, source="gold.jsonl")
    lines = board.splitlines()
    assert len(lines) <= 30
    assert lines[0] == "== arclean eval gold.jsonl: 4 docs (2 page, 1 article, 1 control) =="
    assert any(l.split()[:4] == ["all", "0.615", "0.800", "0.696"] for l in lines)  # 8/13, 4/5, 16/23
    assert any(l.startswith("title      1/2 exact = 0.500  missed 1  wrong 1") and "1 given where gold has none" in l
               for l in lines)
    assert any(l.startswith("published  1/3 right = 0.333  missed 1  wrong 2") for l in lines)
    assert any(l.startswith("wrong dates 2") and "target 0" in l for l in lines)
    assert "error" not in board.lower()  # the stop hook treats "error" in the tail as a failed run


def test_scoreboard_shows_macro_worst_no_article_every_field_and_sites(report2: ev.Report) -> None:
    lines = ev.format_scoreboard(report2, source="gold2.jsonl").splitlines()
    assert lines[0] == "== arclean eval gold2.jsonl: 4 docs (2 page, 2 article) =="
    assert not any(l.strip().startswith("page macro") for l in lines)  # no page with an article
    assert any(l.split()[:3] == ["article", "macro", "0.833"] for l in lines)
    (worst,) = [l for l in lines if l.strip().startswith("article worst")]
    assert worst.split()[2] == "0.667" and worst.endswith("(m4)")
    assert any(l.startswith("no-article emptied 1/2 = 0.500") for l in lines)
    for name, start in [
        ("updated", "updated    1/2 right = 0.500  missed 0  wrong 2"),
        ("author", "author     1/2 right = 0.500  missed 0  wrong 2"),
        ("source", "source     0/2 right = 0.000  missed 1  wrong 1"),
        ("dateline", "dateline   0/1 right = 0.000  missed 1  wrong 0"),
        ("category", "category   1/1 right = 1.000  missed 0  wrong 0"),
        ("tags", "tags       1/2 right = 0.500  missed 0  wrong 2"),
    ]:
        (line,) = [l for l in lines if l.startswith(name + " ")]
        assert line.startswith(start), line
    (sites,) = [l for l in lines if l.startswith("sites")]
    assert sites.startswith("sites      2, body F1 per site: min 0.500  p10 0.550  median 0.750  mean 0.750")


def test_scoreboard_marks_floors(report: ev.Report, report2: ev.Report) -> None:
    board = ev.format_scoreboard(report, floors={"body_f1": 0.9, "body_f1_control": 0.99})
    (all_line,) = [l for l in board.splitlines() if l.strip().startswith("all ")]
    assert "floor 0.900" in all_line and all_line.endswith("BELOW FLOOR")
    (control_line,) = [l for l in board.splitlines() if l.strip().startswith("control ")]
    assert control_line.endswith("ok")
    # a field line weighs its accuracy floor and its wrong bound together
    floors = {"author_accuracy": 0.5, "author_wrong_max": 2, "tags_accuracy": 0.5, "tags_wrong_max": 1}
    lines = ev.format_scoreboard(report2, floors=floors, targets={}).splitlines()
    (author,) = [l for l in lines if l.startswith("author ")]
    assert "floor 0.500, wrong <=2  ok" in author
    (tags,) = [l for l in lines if l.startswith("tags ")]
    assert "floor 0.500, wrong <=1  BELOW FLOOR" in tags
    floors = {"site_f1_min": 0.6, "site_f1_p10": 0.5, "site_f1_median": 0.5}
    (sites,) = [l for l in ev.format_scoreboard(report2, floors=floors).splitlines() if l.startswith("sites")]
    assert sites.endswith("floor min 0.600, p10 0.500, median 0.500  BELOW FLOOR")


def test_per_doc_table(report: ev.Report, report2: ev.Report) -> None:
    rows = ev.format_per_doc(report).splitlines()
    assert len(rows) == 5
    assert rows[0].split() == ["id", "kind", "P", "R", "F1", "title", "date", "upd", "auth", "src", "dline", "cat", "tags"]
    assert rows[1].split() == ["p1", "page", "0.667", "0.500", "0.571", "ok", "ok"] + ["-"] * 6
    assert rows[2].split()[5:7] == ["miss", "WRONG"]
    assert rows[3].split()[5:7] == ["extra", "WRONG"]
    assert rows[4].split()[5:7] == ["-", "miss"]
    rows = ev.format_per_doc(report2).splitlines()
    assert rows[1].split()[5:] == ["ok", "miss", "ok", "ok", "WRONG", "miss", "ok", "ok"]  # m1
    assert rows[2].split()[5:] == ["-", "-", "WRONG", "extra", "-", "-", "-", "extra"]  # m2: an extra date is WRONG
    assert rows[4].split()[5:] == ["-", "-", "WRONG", "WRONG", "miss", "-", "-", "WRONG"]  # m4


def test_by_site_table_is_worst_first_with_the_spread(report: ev.Report, report2: ev.Report) -> None:
    lines = ev.format_by_site(ev.union([report, report2])).splitlines()
    assert lines[0] == "== by site: 4 sites =="
    assert lines[1].split() == ["site", "docs", "P", "R", "F1"]
    assert [l.split() for l in lines[2:6]] == [
        ["s4", "3", "0.500", "0.500", "0.500"],
        ["s2", "1", "0.500", "1.000", "0.667"],
        ["s1", "3", "0.857", "0.750", "0.800"],
        ["s3", "1", "1.000", "1.000", "1.000"],
    ]
    assert lines[6] == "spread over 4 sites: min 0.500  p10 0.550  median 0.733  mean 0.742"


def test_by_site_table_beside_a_baseline(report2: ev.Report, records2: List[ev.GoldRecord], linemodel: FakeLineModel) -> None:
    loso = ev.leave_one_site_out(records2, fit=linemodel.fit)
    lines = ev.format_by_site(loso, title="leave one site out", baseline=report2).splitlines()
    assert lines[0] == "== leave one site out: 2 sites =="
    assert lines[1].split()[-2:] == ["in-sample", "change"]
    assert [l.split() for l in lines[2:4]] == [
        ["s1", "1", "1.000", "1.000", "1.000", "1.000", "0.000"],
        ["s4", "3", "1.000", "1.000", "1.000", "0.500", "0.500"],
    ]
    assert lines[-2] == "spread over 2 sites: min 1.000  p10 1.000  median 1.000  mean 1.000"
    assert lines[-1] == "in-sample spread:     min 0.500  p10 0.550  median 0.750  mean 0.750"


# --------------------------------------------------------------------------- floors


def test_check_floors_reports_each_failure(report: ev.Report) -> None:
    failures = ev.check_floors(report, {"body_f1": 0.7, "body_f1_control": 0.99, "wrong_dates_max": 1})
    assert len(failures) == 2
    assert failures[0].startswith("body_f1: measured 0.6957")
    assert failures[1].startswith("wrong_dates_max: measured 2, floor asks <= 1")
    assert ev.check_floors(report, {"body_f1": 0.69, "wrong_dates_max": 2}) == []


def test_check_floors_on_fields_sites_and_no_article(report2: ev.Report) -> None:
    floors = {"author_wrong_max": 1, "tags_accuracy": 0.5, "no_article_empty_rate": 0.8, "site_f1_p10": 0.5}
    assert ev.check_floors(report2, floors) == [
        "author_wrong_max: measured 2, floor asks <= 1",
        "no_article_empty_rate: measured 0.5000, floor asks >= 0.8",
    ]


def test_check_floors_rejects_unknown_metric(report: ev.Report) -> None:
    with pytest.raises(KeyError, match="body_f2"):
        ev.check_floors(report, {"body_f2": 0.5})


def test_check_floors_fails_a_metric_the_corpus_cannot_measure(records: List[ev.GoldRecord]) -> None:
    only_pages = ev.evaluate([r for r in records if r.kind == "page"], parser=fake_parse)
    assert ev.check_floors(only_pages, {"body_f1_control": 0.5}) == [
        "body_f1_control: measured   n/a, floor asks >= 0.5"
    ]


def test_pin_creates_floors_below_the_measured_numbers(report: ev.Report, tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    gold = write_gold(tmp_path / "corpus" / "dev.jsonl")
    floors_file = tmp_path / "floors.json"
    changes = ev.pin_floors(report, floors_file, gold)
    data = json.loads(floors_file.read_text(encoding="utf-8"))
    assert data["corpus"] == [{"path": "corpus/dev.jsonl", "sha256": ev.file_sha256(gold)}]
    assert data["targets"] == ev.DEFAULT_TARGETS
    # measured minus 0.005, rounded down to 3 decimals; counts as they are; a metric
    # this corpus cannot measure (author accuracy, control macro) gets no floor
    assert data["floors"] == {
        "body_f1": 0.690,  # 16/23 = 0.69565
        "body_f1_page": 0.722,  # 8/11 = 0.72727
        "body_f1_page_macro": 0.780,  # 11/14 = 0.78571
        "body_f1_page_worst": 0.566,  # 4/7 = 0.57143
        "body_f1_article": 0.661,  # 2/3
        "body_f1_control": 0.995,  # 1.0
        "no_article_empty_rate": 0.995,  # 1/1
        "title_accuracy": 0.495,  # 1/2
        "published_accuracy": 0.328,  # 1/3 = 0.33333
        "wrong_dates_max": 0,  # 2 wrong dates, but wrong dates are never pinned above 0
        "published_wrong_max": 0,
        "updated_wrong_max": 0,
        "author_wrong_max": 0,
        "source_wrong_max": 0,
        "dateline_wrong_max": 0,
        "tags_wrong_max": 0,
        "body_f1_article_macro": 0.661,
        "body_f1_article_worst": 0.661,
        "site_f1_min": 0.661,  # 2/3
        "site_f1_p10": 0.673,  # 0.67879
        "site_f1_median": 0.722,  # 8/11
        "title_wrong_max": 1,
        "category_wrong_max": 0,
    }
    assert "published_wrong_max: measured 2, but wrong dates are never pinned above 0" in changes
    assert ev.check_floors(report, data["floors"]) == [
        "wrong_dates_max: measured 2, floor asks <= 0",
        "published_wrong_max: measured 2, floor asks <= 0",
    ]


def test_pin_never_lowers_a_floor_unless_forced(report: ev.Report, tmp_path: Path) -> None:
    gold = write_gold(tmp_path / "gold.jsonl")
    floors_file = tmp_path / "floors.json"
    floors_file.write_text(json.dumps({  # the older form: one corpus object
        "corpus": {"path": "corpus/gold.jsonl", "sha256": "old"},
        "floors": {"body_f1": 0.8, "title_accuracy": 0.1, "title_wrong_max": 0},
        "targets": {"body_f1": 0.95, "title_accuracy": 0.9},
    }), encoding="utf-8")
    changes = ev.pin_floors(report, floors_file, gold)
    data = json.loads(floors_file.read_text(encoding="utf-8"))
    assert (data["floors"]["body_f1"], data["floors"]["title_accuracy"]) == (0.8, 0.495)
    assert data["floors"]["title_wrong_max"] == 0  # measured 1: a bound is only ever tightened
    assert set(ev.PINNED_FLOORS) - set(data["floors"]) == {
        "body_f1_control_macro", "body_f1_control_worst",
        *[f"{f}_accuracy" for f in ("updated", "author", "source", "dateline", "category", "tags")],
    }  # what this corpus cannot measure
    assert data["corpus"] == [{"path": "corpus/gold.jsonl", "sha256": ev.file_sha256(gold)}]
    assert data["targets"] == {"body_f1": 0.95, "title_accuracy": 0.9}
    assert any(c.startswith("body_f1: kept 0.8") for c in changes)
    assert any(c.startswith("title_wrong_max: kept 0 (measured 1") for c in changes)
    assert "title_accuracy: 0.1 -> 0.495" in changes

    ev.pin_floors(report, floors_file, gold, force=True)
    forced = json.loads(floors_file.read_text(encoding="utf-8"))["floors"]
    assert (forced["body_f1"], forced["title_accuracy"], forced["title_wrong_max"]) == (0.690, 0.495, 1)


def _pin_two(report: ev.Report, report2: ev.Report, tmp_path: Path) -> Tuple[Path, Path, Path]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    gold, gold2 = write_gold(corpus / "gold.jsonl"), write_gold(corpus / "gold2.jsonl", GOLD2_LINES)
    floors_file = tmp_path / "floors.json"
    ev.pin_floors(ev.union([report, report2]), floors_file, [gold, gold2], file_reports=[report, report2])
    return gold, gold2, floors_file


def test_pin_several_files_pins_the_union_and_each_file(report: ev.Report, report2: ev.Report, tmp_path: Path) -> None:
    gold, gold2, floors_file = _pin_two(report, report2, tmp_path)
    data = json.loads(floors_file.read_text(encoding="utf-8"))
    assert [(e["path"], e["sha256"]) for e in data["corpus"]] == [
        ("corpus/gold.jsonl", ev.file_sha256(gold)), ("corpus/gold2.jsonl", ev.file_sha256(gold2))]
    union, first, second = data["floors"], data["corpus"][0]["floors"], data["corpus"][1]["floors"]
    assert (union["body_f1"], union["no_article_empty_rate"], union["author_wrong_max"]) == (0.680, 0.661, 2)
    assert (union["site_f1_p10"], union["tags_accuracy"]) == (0.545, 0.495)  # 0.55, 1/2 (only gold2 has tags)
    assert first["body_f1"] == 0.690 and "author_accuracy" not in first
    assert (second["body_f1"], second["body_f1_page"], second["author_wrong_max"]) == (0.661, 0.0, 2)
    assert second["updated_wrong_max"] == 0 and "body_f1_page_macro" not in second
    assert ev.check_floors(report2, second) == [
        "wrong_dates_max: measured 2, floor asks <= 0", "updated_wrong_max: measured 2, floor asks <= 0"]


def test_pin_refuses_other_files_unless_forced(report: ev.Report, report2: ev.Report, tmp_path: Path) -> None:
    gold, _, floors_file = _pin_two(report, report2, tmp_path)
    before = floors_file.read_text(encoding="utf-8")
    with pytest.raises(ValueError, match="pinned on gold.jsonl, gold2.jsonl; pin with the same files"):
        ev.pin_floors(report, floors_file, gold)
    assert floors_file.read_text(encoding="utf-8") == before
    ev.pin_floors(report, floors_file, gold, force=True)
    data = json.loads(floors_file.read_text(encoding="utf-8"))
    assert data["corpus"] == [{"path": "corpus/gold.jsonl", "sha256": ev.file_sha256(gold)}]


def test_floors_spec_applies_union_floors_only_to_the_pinned_files(
    report: ev.Report, report2: ev.Report, tmp_path: Path
) -> None:
    gold, gold2, floors_file = _pin_two(report, report2, tmp_path)
    data = json.loads(floors_file.read_text(encoding="utf-8"))
    spec = ev.floors_spec(data, [gold, gold2])
    assert spec.union == data["floors"] and spec.notes == ()
    assert set(spec.files) == {"gold.jsonl", "gold2.jsonl"}
    alone = ev.floors_spec(data, [gold2])
    assert alone.union is None and list(alone.files) == ["gold2.jsonl"]
    assert alone.notes == ("the union floors were pinned on gold.jsonl, gold2.jsonl; not checked on gold2.jsonl",)
    gold2.write_text(gold2.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert ev.floors_spec(data, [gold, gold2]).notes == ("gold2.jsonl changed since the floors were pinned (sha256 differs)",)
    assert ev.floors_spec({"floors": {"body_f1": 0.5}}, [gold]).union == {"body_f1": 0.5}


def test_check_spec_names_the_file_of_each_failure(report: ev.Report, report2: ev.Report, tmp_path: Path) -> None:
    gold, gold2, _ = _pin_two(report, report2, tmp_path)
    spec = ev.FloorsSpec(
        union={"body_f1": 0.7}, files={"gold2.jsonl": {"source_accuracy": 0.5}, "gold.jsonl": {"body_f1": 0.6}},
        targets={}, notes=(),
    )
    assert ev.check_spec(spec, ev.union([report, report2]), [(gold, report), (gold2, report2)]) == [
        "body_f1: measured 0.6857, floor asks >= 0.7",
        "gold2.jsonl: source_accuracy: measured 0.0000, floor asks >= 0.5",
    ]
