"""The command line: ``main([...])`` in-process with capsys, and ``python -m arclean`` as a subprocess.

clean/parse/explain are checked against the public API on the same input, so
these tests hold whatever the engine decides.  ``eval`` is checked with the
fake parser of test_evaluate (hand-computed numbers) swapped in for
``arclean.evaluate.parse``.
"""
from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import List

import pytest

import arclean
from arclean import evaluate as ev
from arclean.cli import main, tty_progress

from test_evaluate import fake_parse, write_gold

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


def test_explain_prints_the_segment_table(page_file: Path, capsys: pytest.CaptureFixture) -> None:
    assert run(["explain", str(page_file)], capsys) == (0, arclean.parse(PAGE).explain() + "\n", "")
    assert run(["explain", "--width", "12", str(page_file)], capsys)[1] == arclean.parse(PAGE).explain(12) + "\n"


def test_dash_reads_stdin_as_utf8_replacing_bad_bytes(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    raw = PAGE.encode("utf-8") + b"\xff\xfe tail\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="latin-1"))
    code, out, _ = run(["parse", "-"], capsys)
    assert code == 0
    expected = raw.decode("utf-8", errors="replace")
    assert "\ufffd" in expected
    assert json.loads(out) == json.loads(json.dumps(arclean.parse(expected).to_dict()))


def test_file_with_bad_bytes_is_read_with_replacement(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes("نص الخبر".encode("utf-8") + b"\xc3(\n")
    code, out, _ = run(["clean", str(path)], capsys)
    assert (code, out) == (0, arclean.clean("نص الخبر\ufffd(\n") + "\n")


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
    assert lines[-1].startswith("speed") and len(lines) <= 15
    assert any(l.split()[:4] == ["all", "0.615", "0.800", "0.696"] for l in lines)  # 8/13, 4/5, 16/23


def test_eval_per_doc_table_comes_before_the_scoreboard(gold_file: Path, fake_engine: None, capsys: pytest.CaptureFixture) -> None:
    code, out, _ = run(["eval", "--per-doc", str(gold_file)], capsys)
    lines = out.splitlines()
    assert code == 0
    assert lines[0].split()[:2] == ["id", "kind"]
    assert lines[1].split() == ["p1", "page", "0.667", "0.500", "0.571", "ok", "ok"]
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
    code, out, _ = run(["eval", str(gold_file), "--pin", str(floors)], capsys)
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
    tail = proc.stdout.decode("utf-8").splitlines()[-15:]
    assert tail[0] == "== arclean eval gold.jsonl: 4 docs (2 page, 1 article, 1 control) =="
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
