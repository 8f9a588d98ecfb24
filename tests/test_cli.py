"""The command line: ``main([...])`` in-process with capsys, and ``python -m arclean`` as a subprocess.

clean/parse/explain are checked against the public API on the same input, so
these tests hold whatever the engine decides.  ``eval`` is checked with the
fake parser of test_evaluate (hand-computed numbers) swapped in for
``arclean.evaluate.parse``.
"""
from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import List, Optional

import pytest

import arclean
from arclean import evaluate as ev
from arclean.cli import main, tty_progress

from test_evaluate import GOLD2_LINES, GOLD_LINES, FakeLineModel, fake_parse, linemodel, write_gold  # noqa: F401 (fixture)

PAGE = "عنوان الخبر\nتاريخ النشر: 5 أكتوبر 2024\n\nنص الخبر الطويل، وفيه جمل كثيرة تشرح ما حدث.\nشارك\n"


@pytest.fixture
def page_file(tmp_path: Path) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    return write_gold(tmp_path / "gold.jsonl")


@pytest.fixture
def gold2_file(tmp_path: Path) -> Path:
    return write_gold(tmp_path / "gold2.jsonl", GOLD2_LINES)


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    """Score the synthetic gold with the fixed predictions of test_evaluate."""
    monkeypatch.setattr(ev, "parse", fake_parse)


def run(argv: List[str], capsys: pytest.CaptureFixture) -> tuple:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


# --------------------------------------------------------------------------- clean / parse / explain


def test_clean_prints_the_body(page_file: Path, capsys: pytest.CaptureFixture) -> None:
    assert run(["clean", str(page_file)], capsys) == (0, arclean.clean(PAGE) + "\n", "")


def test_parse_prints_to_dict_as_json(page_file: Path, capsys: pytest.CaptureFixture) -> None:
    code, out, _ = run(["parse", str(page_file)], capsys)
    assert code == 0
    assert json.loads(out) == json.loads(json.dumps(arclean.parse(PAGE).to_dict()))
    assert "عنوان" in out  # ensure_ascii=False: Arabic stays readable
    code, compact, _ = run(["parse", "--compact", str(page_file)], capsys)
    assert compact.count("\n") == 1 and json.loads(compact) == json.loads(out)


def test_clean_json_and_explain_print_the_document(page_file: Path, capsys: pytest.CaptureFixture) -> None:
    code, out, _ = run(["clean", "--json", str(page_file)], capsys)
    assert code == 0 and json.loads(out) == json.loads(json.dumps(arclean.parse(PAGE).to_dict()))
    assert run(["clean", "--explain", str(page_file)], capsys) == (0, arclean.parse(PAGE).explain() + "\n", "")
    code, _, err = run(["clean", "--json", "--explain", str(page_file)], capsys)
    assert code == 2 and "give one of them" in err


HTML_1256 = (
    '<html><head><meta charset="windows-1252"><title>x</title></head><body>'
    "<nav><a href='/'>الرئيسية</a></nav><h1>افتتاح ثلاثة مستشفيات جديدة في الجنوب</h1>"
    "<p>أعلنت وزارة الصحة اليوم عن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية، في إطار خطة لتخفيف الضغط.</p>"
    "<p>وقال المتحدث باسم الوزارة إن المستشفيات الجديدة ستعمل بكامل طاقتها خلال الأشهر المقبلة.</p>"
    "</body></html>"
)


def test_clean_html_reads_the_page_bytes(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    # windows-1256 bytes behind a windows-1252 meta: --html hands the bytes to parse_html
    path = tmp_path / "page.html"
    path.write_bytes(HTML_1256.encode("cp1256"))
    code, out, _ = run(["clean", "--html", str(path)], capsys)
    assert code == 0
    assert out == arclean.parse_html(HTML_1256.encode("cp1256")).body + "\n"
    assert out.startswith("أعلنت وزارة الصحة") and "الرئيسية" not in out


def test_explain_prints_the_segment_table(page_file: Path, capsys: pytest.CaptureFixture) -> None:
    assert run(["explain", str(page_file)], capsys) == (0, arclean.parse(PAGE).explain() + "\n", "")
    assert run(["explain", "--width", "12", str(page_file)], capsys)[1] == arclean.parse(PAGE).explain(12) + "\n"


def test_dash_reads_stdin_as_utf8_replacing_bad_bytes(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    raw = PAGE.encode("utf-8") + b"\xff\xfe tail\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="latin-1"))
    code, out, err = run(["parse", "-"], capsys)
    assert code == 0
    assert err == "arclean parse: note: stdin: 2 bytes not valid UTF-8 replaced by U+FFFD\n"
    expected = raw.decode("utf-8", errors="replace")
    assert "\ufffd" in expected
    assert json.loads(out) == json.loads(json.dumps(arclean.parse(expected).to_dict()))


def test_file_with_bad_bytes_is_read_with_replacement(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes("نص الخبر".encode("utf-8") + b"\xc3(\n")
    code, out, _ = run(["clean", str(path)], capsys)
    assert (code, out) == (0, arclean.clean("نص الخبر\ufffd(\n") + "\n")


# --------------------------------------------------------------------------- input encodings (issue 11 item 12)


@pytest.mark.parametrize(
    "codec, note",
    [
        ("utf-8-sig", None),  # the BOM is not copied into the output
        ("utf-16", None),
        ("utf-32", None),
        ("utf-16-le", "read as UTF-16LE (no BOM, not UTF-8)"),
        ("utf-16-be", "read as UTF-16BE (no BOM, not UTF-8)"),
        ("cp1256", "read as windows-1256 (no BOM, not UTF-8)"),
        ("iso8859_6", "read as iso-8859-6 (no BOM, not UTF-8)"),
    ],
)
@pytest.mark.parametrize("verb", ["clean", "parse", "explain"])
def test_files_in_other_encodings_are_read_as_text(
    verb: str, codec: str, note: Optional[str], tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    path = tmp_path / f"page.{codec}.txt"
    path.write_bytes(PAGE.encode(codec))
    code, out, err = run([verb, str(path)], capsys)
    assert code == 0
    assert "\ufffd" not in out and "\ufeff" not in out
    utf8 = tmp_path / "page.utf8.txt"
    utf8.write_text(PAGE, encoding="utf-8")
    assert run([verb, str(utf8)], capsys) == (0, out, "")
    if note is None:
        assert err == ""
    else:
        assert err == f"arclean {verb}: note: {path}: {note}; pass --encoding to choose another\n"


def test_encoding_option_reads_the_file_in_that_encoding(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE.encode("cp1256"))
    assert run(["clean", "--encoding", "windows-1256", str(path)], capsys) == (0, arclean.clean(PAGE) + "\n", "")
    code, out, err = run(["clean", "--encoding", "utf-8", str(path)], capsys)
    assert (code, out) == (2, "")
    assert err.startswith(f"arclean clean: {path}: not valid utf-8: byte 0x")
    code, out, err = run(["parse", "--encoding", "klingon", str(path)], capsys)
    assert (code, out, err) == (2, "", f"arclean parse: {path}: unknown encoding 'klingon'\n")


def _binary_files(tmp_path: Path) -> List[Path]:
    noise = bytes((i * 97 + 13) % 256 for i in range(4096))
    blobs = {
        "page.txt.gz": gzip.compress(PAGE.encode("utf-8")),
        "image.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + noise,
        "noise.bin": noise,
    }
    paths = []
    for name, data in blobs.items():
        (tmp_path / name).write_bytes(data)
        paths.append(tmp_path / name)
    return paths


@pytest.mark.parametrize("verb", ["clean", "parse", "explain"])
def test_binary_input_is_refused(verb: str, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    for path in _binary_files(tmp_path):
        code, out, err = run([verb, str(path)], capsys)
        assert (code, out) == (2, ""), path
        assert err.startswith(f"arclean {verb}: {path} looks like binary data, not text: ")
        assert err.endswith("; arclean reads text pages\n")


def test_binary_stdin_is_refused_and_cp1256_stdin_is_read(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(gzip.compress(PAGE.encode()))))
    code, out, err = run(["clean", "-"], capsys)
    assert (code, out) == (2, "") and err.startswith("arclean clean: stdin looks like binary data")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode("cp1256"))))
    code, out, err = run(["clean", "-"], capsys)
    assert (code, out) == (0, arclean.clean(PAGE) + "\n")
    assert "stdin: read as windows-1256" in err


def test_module_reads_a_utf16_file_and_refuses_a_binary_one(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(PAGE.encode("utf-16"))
    proc = run_module("clean", str(path))
    assert proc.returncode == 0 and proc.stdout.decode("utf-8") == arclean.clean(PAGE) + "\n"
    binary = _binary_files(tmp_path)[0]
    proc = run_module("clean", str(binary))
    assert proc.returncode == 2 and proc.stdout == b""
    assert b"looks like binary data" in proc.stderr


# --------------------------------------------------------------------------- explain: escapes and columns (item 13)


def test_explain_escapes_the_pages_control_characters(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    page = "\x1b[2J\x1b]0;owned\x07" + PAGE.replace("نص الخبر", "نص \x1b[31mالخبر\x1b[0m\u202e", 1) + "\x9b"
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    code, out, err = run(["explain", "--width", "200", str(path)], capsys)
    assert code == 0 and err == ""
    assert not [c for c in out if (ord(c) < 32 and c != "\n") or 0x7F <= ord(c) < 0xA0 or c == "\u202e"]
    assert "\\x1b[31mالخبر\\x1b[0m\\u202e" in out
    assert "\\x1b[2J\\x1b]0;owned\\x07" in out


def test_explain_keeps_long_rule_names_out_of_the_text_column(capsys: pytest.CaptureFixture) -> None:
    from arclean.lexicon import Entry, load_lexicon

    long_phrase = "ادعم صحافتنا المستقلة والحرة بالاشتراك الشهري في نشرتنا البريدية"
    lex = load_lexicon(extra=[Entry.from_phrase(long_phrase, "bp:promo", why="test")])
    doc = arclean.parse(PAGE + long_phrase + "\n", lexicon=lex)
    rules = [s.rule for s in doc.segments]
    assert max(map(len, rules)) > 28  # longer than the default column
    rows = doc.explain(width=20).splitlines()
    texts = [doc.source_text[s.start : s.end] for s in doc.segments]
    starts = set()
    for row, seg, text in zip(rows, doc.segments, texts):
        head = " ".join(text.split())[:5]
        at = row.rindex(head)
        starts.add(at)
        assert row[:at].rstrip().endswith(seg.rule)  # the rule, whole, then spaces, then the text
        assert row[at - 1] == " "
    assert len(starts) == 1  # one text column for every row


# --------------------------------------------------------------------------- usage errors


@pytest.mark.parametrize("verb", ["clean", "parse", "explain"])
def test_missing_file_exits_2_with_message(verb: str, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    missing = tmp_path / "nope.txt"
    code, out, err = run([verb, str(missing)], capsys)
    assert (code, out) == (2, "")
    assert err == f"arclean {verb}: no such file: {missing}\n"


def test_directory_is_not_a_file(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    code, _, err = run(["clean", str(tmp_path)], capsys)
    assert code == 2 and "is a directory" in err


@pytest.mark.parametrize(
    "argv, hint",
    [
        ([], "required: VERB"),
        (["frobnicate"], "invalid choice"),
        (["clean"], "required: FILE"),
        (["explain", "--width", "x", "-"], "invalid int value"),
        (["eval"], "required: GOLD.jsonl"),
    ],
)
def test_wrong_arguments_exit_2_with_usage(argv: List[str], hint: str, capsys: pytest.CaptureFixture) -> None:
    code, out, err = run(argv, capsys)
    assert code == 2 and out == ""
    assert err.startswith("usage: arclean") and hint in err


def test_explain_width_too_small(page_file: Path, capsys: pytest.CaptureFixture) -> None:
    code, _, err = run(["explain", "--width", "3", str(page_file)], capsys)
    assert code == 2 and "--width must be at least 8" in err


def test_version(capsys: pytest.CaptureFixture) -> None:
    assert run(["--version"], capsys) == (0, f"arclean {arclean.__version__}\n", "")


def test_help_lists_the_verbs(capsys: pytest.CaptureFixture) -> None:
    code, out, _ = run(["--help"], capsys)
    assert code == 0
    for verb in ("clean", "parse", "explain", "eval"):
        assert verb in out


def test_eval_help_says_html_is_not_used_yet(capsys: pytest.CaptureFixture) -> None:
    code, out, _ = run(["eval", "--help"], capsys)
    assert code == 0
    assert "--html-dir" in out and "text field" in " ".join(out.split())


# --------------------------------------------------------------------------- eval


def test_eval_ends_with_the_scoreboard(gold_file: Path, fake_engine: None, capsys: pytest.CaptureFixture) -> None:
    code, out, err = run(["eval", str(gold_file)], capsys)
    assert code == 0 and err == ""  # stderr is not a terminal here: no progress
    report = ev.evaluate(ev.load_gold(gold_file), parser=fake_parse)
    board = ev.format_scoreboard(report, source="gold.jsonl").splitlines()
    lines = out.splitlines()
    assert lines[:-1] == board[:-1]  # all but the speed line, which depends on the clock
    assert lines[-1].startswith("speed") and len(lines) <= 30
    assert any(l.split()[:4] == ["all", "0.615", "0.800", "0.696"] for l in lines)  # 8/13, 4/5, 16/23


def test_eval_per_doc_table_comes_before_the_scoreboard(gold_file: Path, fake_engine: None, capsys: pytest.CaptureFixture) -> None:
    code, out, _ = run(["eval", "--per-doc", str(gold_file)], capsys)
    lines = out.splitlines()
    assert code == 0
    assert lines[0].split()[:2] == ["id", "kind"]
    assert lines[1].split() == ["p1", "page", "0.667", "0.500", "0.571", "ok", "ok"] + ["-"] * 6
    assert lines[-1].startswith("speed")


def test_eval_json_writes_numbers_and_per_doc(gold_file: Path, tmp_path: Path, fake_engine: None, capsys: pytest.CaptureFixture) -> None:
    out_json = tmp_path / "eval.json"
    assert run(["eval", str(gold_file), "--json", str(out_json)], capsys)[0] == 0
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert data["metrics"]["body_f1_page_macro"] == pytest.approx(11 / 14)
    assert data["metrics"]["wrong_dates"] == 2
    assert [r["id"] for r in data["per_doc"]] == ["p1", "p2", "a1", "c1"]


def test_eval_accepts_html_dir_and_notes_it_is_unused(gold_file: Path, tmp_path: Path, fake_engine: None, capsys: pytest.CaptureFixture) -> None:
    code, out, err = run(["eval", str(gold_file), "--html-dir", str(tmp_path)], capsys)
    assert code == 0 and "text field" in err
    code, _, err = run(["eval", str(gold_file), "--html-dir", str(tmp_path / "none")], capsys)
    assert code == 2 and "is not a directory" in err


def test_eval_floors_exit_1_when_one_fails(gold_file: Path, tmp_path: Path, fake_engine: None, capsys: pytest.CaptureFixture) -> None:
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"floors": {"body_f1": 0.69, "wrong_dates_max": 2}}), encoding="utf-8")
    code, out, err = run(["eval", str(gold_file), "--floors", str(floors)], capsys)
    assert (code, err) == (0, "")
    assert "floor 0.690" in out
    floors.write_text(json.dumps({"floors": {"body_f1": 0.7}}), encoding="utf-8")
    code, out, err = run(["eval", str(gold_file), "--floors", str(floors)], capsys)
    assert code == 1
    assert err == "below floor: body_f1: measured 0.6957, floor asks >= 0.7\n"
    assert "BELOW FLOOR" in out


def test_eval_pin_writes_floors(gold_file: Path, tmp_path: Path, fake_engine: None, capsys: pytest.CaptureFixture) -> None:
    floors = tmp_path / "floors.json"
    code, out, _ = run(["eval", str(gold_file), "--pin", str(floors)], capsys)
    assert code == 0 and "pin: body_f1: None -> 0.69" in out
    assert json.loads(floors.read_text(encoding="utf-8"))["floors"]["body_f1"] == 0.690
    pinned = floors.read_text(encoding="utf-8")
    code, out, _ = run(["eval", str(gold_file), "--pin", str(floors)], capsys)
    assert floors.read_text(encoding="utf-8") == pinned and " -> " not in out
    # the fake engine gives 2 wrong dates: said on every pin, never pinned
    assert "pin: wrong_dates_max: measured 2, but wrong dates are never pinned above 0" in out
    no_wrong_dates = write_gold(tmp_path / "c1.jsonl", [GOLD_LINES[3]])
    floors2 = tmp_path / "floors2.json"
    run(["eval", str(no_wrong_dates), "--pin", str(floors2)], capsys)
    code, out, _ = run(["eval", str(no_wrong_dates), "--pin", str(floors2)], capsys)
    assert "pin: floors unchanged" in out


@pytest.mark.parametrize(
    "extra, message",
    [
        (["--force"], "--force only goes with --pin"),
        (["--floors", "/nonexistent/floors.json"], "no such floors file"),
    ],
)
def test_eval_option_errors(gold_file: Path, extra: List[str], message: str, capsys: pytest.CaptureFixture) -> None:
    code, _, err = run(["eval", str(gold_file), *extra], capsys)
    assert code == 2 and message in err


def test_eval_bad_gold_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    code, _, err = run(["eval", str(tmp_path / "missing.jsonl")], capsys)
    assert code == 2 and "no such gold file" in err
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n", encoding="utf-8")
    code, _, err = run(["eval", str(bad)], capsys)
    assert code == 2 and "bad.jsonl:1: not valid JSON" in err
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    code, _, err = run(["eval", str(empty)], capsys)
    assert code == 2 and "holds no documents" in err


def test_progress_only_on_a_terminal() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert tty_progress(io.StringIO()) is None
    stream = Tty()
    show = tty_progress(stream)
    assert show is not None
    show(1, 2)
    assert stream.getvalue() == "\r  eval 1/2"
    show(2, 2)
    assert stream.getvalue().endswith("\r")  # the counter is wiped at the end


# --------------------------------------------------------------------------- python -m arclean


def run_module(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "arclean", *args], input=stdin, capture_output=True, timeout=120
    )


def test_module_clean_reads_stdin() -> None:
    proc = run_module("clean", "-", stdin=PAGE.encode("utf-8"))
    assert proc.returncode == 0
    assert proc.stdout.decode("utf-8") == arclean.clean(PAGE) + "\n"


def test_module_version_and_missing_file(tmp_path: Path) -> None:
    assert run_module("--version").stdout.decode() == f"arclean {arclean.__version__}\n"
    proc = run_module("parse", str(tmp_path / "nope.txt"))
    assert proc.returncode == 2 and b"no such file" in proc.stderr


def test_module_eval_on_the_real_engine(gold_file: Path) -> None:
    proc = run_module("eval", str(gold_file))
    assert proc.returncode == 0, proc.stderr.decode()
    lines = proc.stdout.decode("utf-8").splitlines()
    tail = lines[lines.index("== arclean eval gold.jsonl: 4 docs (2 page, 1 article, 1 control) =="):]
    assert 15 <= len(tail) <= 30
    assert tail[-1].startswith("speed") and "docs/s" in tail[-1] and "MB/s" in tail[-1]
    assert proc.stderr == b""  # not a terminal: no progress


def test_eval_unwritable_outputs_and_bad_floor_names_exit_2(gold_file: Path, tmp_path: Path, fake_engine: None, capsys: pytest.CaptureFixture) -> None:
    nowhere = tmp_path / "no" / "such" / "dir" / "out.json"
    code, _, err = run(["eval", str(gold_file), "--json", str(nowhere)], capsys)
    assert code == 2 and "cannot write --json" in err
    code, _, err = run(["eval", str(gold_file), "--pin", str(nowhere)], capsys)
    assert code == 2 and "cannot pin floors" in err
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"floors": {"body_f2": 0.5}}), encoding="utf-8")
    code, _, err = run(["eval", str(gold_file), "--floors", str(floors)], capsys)
    assert code == 2 and "unknown metric 'body_f2'" in err


# --------------------------------------------------------------------------- eval: several files, sites, LOSO


def test_eval_several_files_prints_each_then_the_union_last(
    gold_file: Path, gold2_file: Path, fake_engine: None, capsys: pytest.CaptureFixture
) -> None:
    code, out, err = run(["eval", str(gold_file), str(gold2_file)], capsys)
    assert code == 0 and err == ""
    lines = out.splitlines()
    headers = [l for l in lines if l.startswith("== arclean eval")]
    assert headers == [
        "== arclean eval gold.jsonl: 4 docs (2 page, 1 article, 1 control) ==",
        "== arclean eval gold2.jsonl: 4 docs (2 page, 2 article) ==",
        "== arclean eval gold.jsonl + gold2.jsonl: 8 docs (4 page, 3 article, 1 control) ==",
    ]
    union = lines[lines.index(headers[-1]):]
    assert any(l.split()[:4] == ["all", "0.632", "0.750", "0.686"] for l in union)  # 12/19, 12/16, 24/35
    assert any(l.startswith("no-article emptied 2/3 = 0.667") for l in union)
    assert any(l.startswith("author     1/2 right = 0.500  missed 0  wrong 2") for l in union)
    assert union[-1].startswith("speed")


def test_eval_by_site_prints_the_table_and_spread_before_the_scoreboard(
    gold_file: Path, gold2_file: Path, fake_engine: None, capsys: pytest.CaptureFixture
) -> None:
    code, out, _ = run(["eval", "--by-site", str(gold_file), str(gold2_file)], capsys)
    lines = out.splitlines()
    assert code == 0 and lines[0] == "== by site: 4 sites =="
    assert [l.split()[0] for l in lines[2:6]] == ["s4", "s2", "s1", "s3"]
    assert lines[6] == "spread over 4 sites: min 0.500  p10 0.550  median 0.733  mean 0.742"
    assert lines[-1].startswith("speed")
    code, out, _ = run(["eval", str(gold_file)], capsys)
    assert "== by site" not in out


def test_eval_loso_scores_each_site_with_a_model_fitted_without_it(
    gold_file: Path, gold2_file: Path, linemodel: FakeLineModel, capsys: pytest.CaptureFixture
) -> None:
    code, out, err = run(["eval", "--loso", str(gold_file), str(gold2_file)], capsys)
    assert (code, err) == (0, "")
    sites = {"s1", "s2", "s3", "s4"}
    assert linemodel.fits == [frozenset(sites - {s}) for s in sorted(sites)]
    assert len(linemodel.parsed) == 8
    assert all(model.trained_on == sites - {linemodel.site_of[text]} for text, model in linemodel.parsed)
    lines = out.splitlines()
    start = lines.index("== leave one site out: 4 sites ==")
    rows = {l.split()[0]: l.split()[1:] for l in lines[start + 2:start + 6]}
    assert rows["s4"] == ["3", "1.000", "1.000", "1.000", "0.500", "0.500"]  # LOSO F1, in-sample, change
    assert rows["s1"][3:] == ["1.000", "0.800", "0.200"]
    assert lines[start + 6] == "spread over 4 sites: min 1.000  p10 1.000  median 1.000  mean 1.000"
    assert lines[-1].startswith("speed")


def test_eval_loso_writes_its_numbers_to_json(
    gold_file: Path, linemodel: FakeLineModel, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    out_json = tmp_path / "eval.json"
    assert run(["eval", "--loso", str(gold_file), "--json", str(out_json)], capsys)[0] == 0
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert data["loso"]["metrics"]["body_f1"] == 1.0 and data["metrics"]["body_f1"] == pytest.approx(16 / 23)
    assert [r["site"] for r in data["loso"]["by_site"]] == ["s1", "s2", "s3"]


def test_eval_loso_exits_2_without_arclean_linemodel(
    gold_file: Path, fake_engine: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    import types

    monkeypatch.setitem(sys.modules, "arclean.linemodel", None)
    code, out, err = run(["eval", "--loso", str(gold_file)], capsys)
    assert (code, out) == (2, "")
    assert err.startswith("arclean eval: --loso: leave-one-site-out needs arclean.linemodel.fit(records)")
    assert "cannot be imported" in err
    monkeypatch.setitem(sys.modules, "arclean.linemodel", types.ModuleType("arclean.linemodel"))
    code, out, err = run(["eval", "--loso", str(gold_file)], capsys)
    assert (code, out) == (2, "") and "does not exist yet" in err


def test_eval_json_with_several_files(
    gold_file: Path, gold2_file: Path, tmp_path: Path, fake_engine: None, capsys: pytest.CaptureFixture
) -> None:
    out_json = tmp_path / "eval.json"
    assert run(["eval", str(gold_file), str(gold2_file), "--json", str(out_json)], capsys)[0] == 0
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert [Path(f["path"]).name for f in data["files"]] == ["gold.jsonl", "gold2.jsonl"]
    assert data["files"][1]["sha256"] == ev.file_sha256(gold2_file)
    assert data["metrics"]["body_f1"] == pytest.approx(24 / 35)
    assert data["metrics"]["no_article_empty_rate"] == pytest.approx(2 / 3)
    assert [r["file"] for r in data["per_doc"]] == ["gold.jsonl"] * 4 + ["gold2.jsonl"] * 4


def test_eval_pin_and_floors_with_several_files(
    gold_file: Path, gold2_file: Path, tmp_path: Path, fake_engine: None, capsys: pytest.CaptureFixture
) -> None:
    floors = tmp_path / "floors.json"
    code, out, _ = run(["eval", str(gold_file), str(gold2_file), "--pin", str(floors)], capsys)
    assert code == 0
    assert "pin: gold2.jsonl: author_wrong_max: None -> 2" in out
    data = json.loads(floors.read_text(encoding="utf-8"))
    assert [Path(e["path"]).name for e in data["corpus"]] == ["gold.jsonl", "gold2.jsonl"]
    assert data["corpus"][1]["sha256"] == ev.file_sha256(gold2_file)
    assert data["floors"]["body_f1"] == 0.680  # the union: 24/35 = 0.6857
    assert data["corpus"][0]["floors"]["body_f1"] == 0.690  # gold.jsonl alone: 16/23
    # the fake engine's wrong dates fail the zero floors, on the union and on each file
    code, out, err = run(["eval", str(gold_file), str(gold2_file), "--floors", str(floors)], capsys)
    assert code == 1
    assert "below floor: wrong_dates_max: measured 4, floor asks <= 0" in err.splitlines()
    assert "below floor: gold2.jsonl: updated_wrong_max: measured 2, floor asks <= 0" in err.splitlines()
    # without the wrong-date floors everything holds; a lower number then fails the file's floor
    for entry in [data, *data["corpus"]]:
        entry["floors"] = {k: v for k, v in entry["floors"].items() if k not in ev.ZERO_FLOORS}
    data["corpus"][1]["floors"]["source_accuracy"] = 0.5
    floors.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run(["eval", str(gold_file), str(gold2_file), "--floors", str(floors)], capsys)
    assert code == 1
    assert err == "below floor: gold2.jsonl: source_accuracy: measured 0.0000, floor asks >= 0.5\n"
    gold2_board = out[out.index("== arclean eval gold2.jsonl"):out.index("== arclean eval gold.jsonl +")]
    (source,) = [l for l in gold2_board.splitlines() if l.startswith("source ")]
    assert "BELOW FLOOR" in source
    # one of the files alone: its own floors are checked, the union's are not
    code, out, err = run(["eval", str(gold_file), "--floors", str(floors)], capsys)
    assert code == 0
    assert err == "note: the union floors were pinned on gold.jsonl, gold2.jsonl; not checked on gold.jsonl\n"
    assert "floor 0.690" in out


def test_eval_pin_refuses_other_files_than_pinned(
    gold_file: Path, gold2_file: Path, tmp_path: Path, fake_engine: None, capsys: pytest.CaptureFixture
) -> None:
    floors = tmp_path / "floors.json"
    run(["eval", str(gold_file), str(gold2_file), "--pin", str(floors)], capsys)
    code, _, err = run(["eval", str(gold_file), "--pin", str(floors)], capsys)
    assert code == 2 and "the floors were pinned on gold.jsonl, gold2.jsonl" in err
    code, _, _ = run(["eval", str(gold_file), "--pin", str(floors), "--force"], capsys)
    assert code == 0 and len(json.loads(floors.read_text(encoding="utf-8"))["corpus"]) == 1


def test_eval_rejects_a_file_given_twice_or_two_files_of_one_name(
    gold_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    code, _, err = run(["eval", str(gold_file), str(gold_file)], capsys)
    assert code == 2 and "given twice" in err
    (tmp_path / "other").mkdir()
    twin = write_gold(tmp_path / "other" / "gold.jsonl")
    code, _, err = run(["eval", str(gold_file), str(twin)], capsys)
    assert code == 2 and "share a file name" in err
    code, _, err = run(["eval", str(gold_file), str(tmp_path / "missing.jsonl")], capsys)
    assert code == 2 and "no such gold file" in err
