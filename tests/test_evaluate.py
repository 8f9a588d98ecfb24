"""Unit tests of arclean.evaluate on tiny synthetic gold records with hand-computed scores.

The four synthetic documents (``RECORDS``) and what the fake parser returns:

=====  =======  ==============  ====================  =====  ====  =====
id     kind     gold body       predicted body        tp     pred  gold
=====  =======  ==============  ====================  =====  ====  =====
p1     page     a b c d         a b x                 2      3     4
p2     page     e f             e f                   2      2     2
a1     article  g h i j         g h i j k l m n       4      8     4
c1     control  (empty)         (empty)               0      0     0
=====  =======  ==============  ====================  =====  ====  =====

With P = tp/pred, R = tp/gold and F1 = 2PR/(P+R) = 2tp/(pred+gold):

* p1: P 2/3, R 1/2, F1 4/7;  p2: 1, 1, 1;  a1: P 1/2, R 1, F1 2/3;
  c1: nothing to find, nothing found -> 1, 1, 1.
* page micro: tp 4, pred 5, gold 6 -> P 4/5, R 2/3, F1 8/11;
  page macro: (4/7 + 1) / 2 = 11/14.
* overall micro: tp 8, pred 13, gold 10 -> P 8/13, R 4/5, F1 16/23.

Titles (gold / predicted): p1 "عنوان  الخبر" / " عنوان الخبر\\n" (equal after
collapsing whitespace), p2 "Title" / None (miss), a1 None / "x" (spurious),
c1 None / None -> accuracy 1/2, 1 spurious.

Dates (gold / predicted): p1 2024-10-05 / datetime 2024-10-05 13:54 (right),
p2 2020-08-24T09:23 / date 2020-08-25 (wrong), a1 None / 2015-01-01 (wrong:
given where gold has none), c1 2013-08-28 / None (missing, not wrong)
-> accuracy 1/3, 2 wrong.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Dict, List

import pytest

from arclean import Document, Metadata
from arclean import evaluate as ev

GOLD_LINES: List[Dict] = [
    {"id": "p1", "kind": "page", "text": "P1 text", "html": None,
     "gold": {"body": "a b c d", "meta": {"title": "عنوان  الخبر", "published": "2024-10-05"}}},
    {"id": "p2", "kind": "page", "text": "P2 text", "html": None,
     "gold": {"body": "e f", "meta": {"title": "Title", "published": "2020-08-24T09:23"}}},
    {"id": "a1", "kind": "article", "text": "A1 text", "html": None,
     "gold": {"body": "g h i j", "meta": {"title": None, "published": None}}},
    {"id": "c1", "kind": "control", "text": "C1 text", "html": None,
     "gold": {"body": "", "meta": {"title": None, "published": "2013-08-28"}}},
]

PREDICTED: Dict[str, Document] = {
    "P1 text": Document("P1 text", (), Metadata(title=" عنوان الخبر\n", published=dt.datetime(2024, 10, 5, 13, 54)), "a b x"),
    "P2 text": Document("P2 text", (), Metadata(title=None, published=dt.date(2020, 8, 25)), "e f"),
    "A1 text": Document("A1 text", (), Metadata(title="x", published=dt.date(2015, 1, 1)), "g h i j k l m n"),
    "C1 text": Document("C1 text", (), Metadata(), ""),
}


def fake_parse(text: str) -> Document:
    """The fixed predictions of the table in the module docstring."""
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


def test_title_and_date_scores(report: ev.Report) -> None:
    m = ev.metrics(report)
    assert (report.titles_ok, report.titles_judged, m["spurious_titles"]) == (1, 2, 1)
    assert m["title_accuracy"] == pytest.approx(1 / 2)
    assert (report.dates_ok, report.dates_judged, m["wrong_dates"]) == (1, 3, 2)
    assert m["date_accuracy"] == pytest.approx(1 / 3)
    by_id = {d.id: d for d in report.docs}
    assert [by_id[i].date_wrong for i in ("p1", "p2", "a1", "c1")] == [False, True, True, False]
    assert by_id["c1"].date_ok is False and by_id["a1"].date_ok is None


def test_kind_without_documents_measures_none(records: List[ev.GoldRecord]) -> None:
    only_pages = ev.evaluate([r for r in records if r.kind == "page"], parser=fake_parse)
    m = ev.metrics(only_pages)
    assert m["body_f1_article"] is None and m["body_f1_control"] is None
    assert m["body_f1"] == pytest.approx(8 / 11)


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


# --------------------------------------------------------------------------- gold loading


def test_load_gold_reads_fields_and_skips_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(GOLD_LINES[0], ensure_ascii=False) + "\n\n", encoding="utf-8")
    (rec,) = ev.load_gold(path)
    assert rec == ev.GoldRecord("p1", "page", "P1 text", "a b c d", "عنوان  الخبر", "2024-10-05", None)


@pytest.mark.parametrize(
    "line, message",
    [
        ("{not json", "g.jsonl:2: not valid JSON"),
        ('{"id": "x", "kind": "page", "text": "t"}', "g.jsonl:2: missing field(s) gold"),
        ('{"id": "x", "kind": "page", "text": "t", "gold": {}}', "missing field(s) gold.body"),
        ('["a list"]', "expected a JSON object"),
        (json.dumps(GOLD_LINES[0]), "id 'p1' already used on line 1"),
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


def test_scoreboard_is_compact_and_shows_targets(report: ev.Report) -> None:
    board = ev.format_scoreboard(report, source="gold.jsonl")
    lines = board.splitlines()
    assert len(lines) <= 15
    assert lines[0] == "== arclean eval gold.jsonl: 4 docs (2 page, 1 article, 1 control) =="
    assert any(l.split()[:4] == ["all", "0.615", "0.800", "0.696"] for l in lines)  # 8/13, 4/5, 16/23
    assert any(l.startswith("title      1/2 exact = 0.500") and "1 given where gold has none" in l for l in lines)
    assert any(l.startswith("published  1/3 right = 0.333") for l in lines)
    assert any(l.startswith("wrong dates 2") and "target 0" in l for l in lines)
    assert "error" not in board.lower()  # the stop hook treats "error" in the tail as a failed run


def test_scoreboard_marks_floors(report: ev.Report) -> None:
    board = ev.format_scoreboard(report, floors={"body_f1": 0.9, "body_f1_control": 0.99})
    (all_line,) = [l for l in board.splitlines() if l.strip().startswith("all ")]
    assert "floor 0.900" in all_line and all_line.endswith("BELOW FLOOR")
    (control_line,) = [l for l in board.splitlines() if l.strip().startswith("control ")]
    assert control_line.endswith("ok")


def test_per_doc_table(report: ev.Report) -> None:
    rows = ev.format_per_doc(report).splitlines()
    assert len(rows) == 5
    assert rows[1].split() == ["p1", "page", "0.667", "0.500", "0.571", "ok", "ok"]
    assert rows[2].split()[-2:] == ["miss", "WRONG"]
    assert rows[3].split()[-2:] == ["extra", "WRONG"]
    assert rows[4].split()[-2:] == ["-", "miss"]


# --------------------------------------------------------------------------- floors


def test_check_floors_reports_each_failure(report: ev.Report) -> None:
    failures = ev.check_floors(report, {"body_f1": 0.7, "body_f1_control": 0.99, "wrong_dates_max": 1})
    assert len(failures) == 2
    assert failures[0].startswith("body_f1: measured 0.6957")
    assert failures[1].startswith("wrong_dates_max: measured 2, floor asks <= 1")
    assert ev.check_floors(report, {"body_f1": 0.69, "wrong_dates_max": 2}) == []


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
    ev.pin_floors(report, floors_file, gold)
    data = json.loads(floors_file.read_text(encoding="utf-8"))
    assert data["corpus"] == {"path": "corpus/dev.jsonl", "sha256": ev.file_sha256(gold)}
    assert data["targets"] == ev.DEFAULT_TARGETS
    # measured minus 0.005, rounded down to 3 decimals
    assert data["floors"] == {
        "body_f1": 0.690,  # 16/23 = 0.69565
        "body_f1_page": 0.722,  # 8/11 = 0.72727
        "body_f1_page_macro": 0.780,  # 11/14 = 0.78571
        "body_f1_article": 0.661,  # 2/3
        "body_f1_control": 0.995,  # 1.0
        "title_accuracy": 0.495,  # 1/2
        "date_accuracy": 0.328,  # 1/3 = 0.33333
        "wrong_dates_max": 2,  # a count: pinned as is
    }
    assert ev.check_floors(report, data["floors"]) == []


def test_pin_never_lowers_a_floor_unless_forced(report: ev.Report, tmp_path: Path) -> None:
    gold = write_gold(tmp_path / "gold.jsonl")
    floors_file = tmp_path / "floors.json"
    floors_file.write_text(json.dumps({
        "corpus": {"path": "corpus/gold.jsonl", "sha256": "old"},
        "floors": {"body_f1": 0.8, "title_accuracy": 0.1, "wrong_dates_max": 0},
        "targets": {"body_f1": 0.95, "title_accuracy": 0.9, "wrong_dates_max": 0},
    }), encoding="utf-8")
    changes = ev.pin_floors(report, floors_file, gold)
    data = json.loads(floors_file.read_text(encoding="utf-8"))
    assert data["floors"] == {"body_f1": 0.8, "title_accuracy": 0.495, "wrong_dates_max": 0}
    assert data["corpus"] == {"path": "corpus/gold.jsonl", "sha256": ev.file_sha256(gold)}
    assert any(c.startswith("body_f1: kept 0.8") for c in changes)
    assert "title_accuracy: 0.1 -> 0.495" in changes

    ev.pin_floors(report, floors_file, gold, force=True)
    forced = json.loads(floors_file.read_text(encoding="utf-8"))["floors"]
    assert forced == {"body_f1": 0.690, "title_accuracy": 0.495, "wrong_dates_max": 2}
