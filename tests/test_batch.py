"""``arclean batch``: JSONL/WARC in, sharded JSONL out, errors, workers, resume after SIGKILL."""
from __future__ import annotations

import gzip
import io
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Dict, List

import pytest

import arclean
from arclean.batch import (
    BatchConfig,
    BatchError,
    decode_item,
    format_summary,
    iter_items,
    run_batch,
)
from arclean.cli import main

import sitegen

zstandard = pytest.importorskip("zstandard", reason="the batch extra (zstandard) is not installed: pip install -e '.[batch]'")

ROOT = Path(__file__).resolve().parents[1]


def _pages(n: int, seed: int = 11) -> List[Dict[str, str]]:
    return [{"id": p["id"], "url": p["url"], "text": p["text"]} for p in sitegen.site_pages(n, seed=seed)]


def _jsonl(records) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode("utf-8") + b"\n" for r in records)


#: bad lines and why: (raw line, reason)
BAD_LINES = [
    (b'{"id": "b1", "text": "\xd8\xa7\xff\xfe"}', "undecodable_bytes"),
    (b'{"id": "b2", "text": "unterminated', "broken_json"),
    (b'["a", "list"]', "wrong_type"),
    (b'{"id": "b4", "body": "no text field"}', "missing_field"),
    (b'{"id": "b5", "text": 42}', "wrong_type"),
    (b'{"id": "b6", "text": "lone \\ud800 surrogate"}', "undecodable_bytes"),
]


def _mixed_input(n_good: int = 40) -> bytes:
    """Good records with the bad lines spread among them, and a blank line (not a record)."""
    good = _pages(n_good)
    lines = [_jsonl([r]) for r in good]
    for k, (raw, _why) in enumerate(BAD_LINES):
        lines.insert(3 + 6 * k, raw + b"\n")
    lines.insert(10, b"\n")
    return b"".join(lines)


def _read_out(out: Path) -> List[dict]:
    rows = []
    for f in sorted(out.glob("*.jsonl")):
        if f.name == "errors.jsonl":
            continue
        rows += [json.loads(l) for l in f.read_text(encoding="utf-8").splitlines()]
    return rows


def _errors(out: Path) -> List[dict]:
    return [json.loads(l) for l in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]


# --------------------------------------------------------------------------- JSONL


@pytest.mark.parametrize("compression", ["", ".gz", ".zst"])
def test_jsonl_records_in_equal_records_out_plus_errors(tmp_path, compression):
    data = _mixed_input()
    if compression == ".gz":
        data_c = gzip.compress(data)
    elif compression == ".zst":
        data_c = zstandard.ZstdCompressor().compress(data)
    else:
        data_c = data
    src = tmp_path / f"in.jsonl{compression}"
    src.write_bytes(data_c)
    out = tmp_path / "out"
    s = run_batch([src], out, shard_records=7)
    good = _pages(40)
    rows = _read_out(out)
    errors = _errors(out)
    assert s.stats["records_in"] == len(good) + len(BAD_LINES) == s.stats["records_out"] + s.errors_total
    assert len(rows) == s.stats["records_out"] == len(good) and len(errors) == s.errors_total == len(BAD_LINES)
    assert Counter(e["reason"] for e in errors) == Counter(why for _raw, why in BAD_LINES)
    # each output line is the input record plus body and metadata, in input order
    for row, rec in zip(rows, good):
        doc = arclean.parse(rec["text"])
        assert {k: row[k] for k in rec} == rec
        assert row["body"] == doc.body
        assert row["metadata"] == doc.metadata.to_dict()
    # each error names its file, line and the byte offset where that line starts
    lines = data.split(b"\n")
    for e in errors:
        assert e["source"] == str(src)
        assert data[e["offset"] :].startswith(lines[e["line"] - 1])
        assert lines[e["line"] - 1] in {raw for raw, _why in BAD_LINES}
    assert json.loads((out / "summary.json").read_text())["records_in"] == s.stats["records_in"]
    assert not list(out.glob(".*.tmp"))


@pytest.mark.parametrize("compression", [".gz", ".zst"])
def test_truncated_compressed_input_keeps_what_was_read_and_logs_the_cut(tmp_path, compression):
    data = _jsonl(_pages(300))
    comp = gzip.compress(data) if compression == ".gz" else zstandard.ZstdCompressor().compress(data)
    src = tmp_path / f"cut.jsonl{compression}"
    src.write_bytes(comp[: len(comp) * 2 // 3])
    out = tmp_path / "out"
    s = run_batch([src], out)
    (err,) = _errors(out)
    assert err["reason"] == "truncated_input" and compression[1:].replace("zst", "zstd") in err["detail"]
    rows = _read_out(out)
    assert 0 < len(rows) < 300
    assert [r["id"] for r in rows] == [p["id"] for p in _pages(300)[: len(rows)]]
    assert err["line"] == len(rows) + 1  # the cut is in (or right after) the next line
    assert s.stats["records_in"] == s.stats["records_out"] + s.errors_total == len(rows) + 1


def test_corrupt_gzip_is_an_error_record(tmp_path):
    src = tmp_path / "bad.jsonl.gz"
    src.write_bytes(b"this is not gzip at all\n")
    out = tmp_path / "out"
    s = run_batch([src], out)
    (err,) = _errors(out)
    assert err["reason"] == "corrupt_input" and err["line"] == 1
    assert s.stats["records_out"] == 0 and s.stats["records_in"] == 1


def test_text_field_option_and_segments(tmp_path):
    recs = [{"doc": p["text"], "n": i} for i, p in enumerate(_pages(5))]
    src = tmp_path / "in.jsonl"
    src.write_bytes(_jsonl(recs))
    out = tmp_path / "out"
    run_batch([src], out, BatchConfig(text_field="doc", segments=True))
    rows = _read_out(out)
    assert [r["n"] for r in rows] == list(range(5))
    for row in rows:
        doc = arclean.parse(row["doc"])
        assert row["segments"] == [s.to_dict() for s in doc.segments]
        assert "".join(row["doc"][s["start"] : s["end"]] for s in row["segments"] if s["label"] == "body") == doc.body.replace("\n", "")


def test_two_workers_write_the_same_shards_as_one(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(_mixed_input(120))
    one, two = tmp_path / "one", tmp_path / "two"
    s1 = run_batch([src], one, shard_records=25)
    s2 = run_batch([src], two, shard_records=25, workers=2)
    names = sorted(p.name for p in one.glob("*.jsonl"))
    assert names == sorted(p.name for p in two.glob("*.jsonl"))
    assert len(names) == 1 + -(-s1.stats["records_in"] // 25)  # shards + errors.jsonl
    for n in names:
        assert (one / n).read_bytes() == (two / n).read_bytes()
    assert s1.stats == s2.stats


def test_several_inputs_get_their_own_shards(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "sub" / "a.jsonl.gz"
    b.parent.mkdir()
    a.write_bytes(_jsonl(_pages(3, seed=1)))
    b.write_bytes(gzip.compress(_jsonl(_pages(4, seed=2))))
    out = tmp_path / "out"
    run_batch([a, b], out)
    assert sorted(p.name for p in out.glob("0*.jsonl")) == ["0000-a-00000.jsonl", "0001-a-00000.jsonl"]
    assert len(_read_out(out)) == 7


def test_summary_counts_kinds_rules_errors_and_time(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(_mixed_input(10))
    s = run_batch([src], tmp_path / "out")
    text = format_summary(s)
    assert f"records: {s.stats['records_in']} in = 10 out + {len(BAD_LINES)} errors" in text
    assert "errors by reason: " in text and "broken_json 1" in text
    assert "segments by kind: body " in text and "boilerplate:nav" in text
    assert "segments by rule: body.run " in text
    assert "docs/s" in text and "MB/s" in text
    docs = [arclean.parse(p["text"]) for p in _pages(10)]
    assert s.stats["kinds"] == Counter(x.label if x.label == "body" else f"{x.label}:{x.kind}" for d in docs for x in d.segments)
    assert s.stats["rules"] == Counter(x.rule for d in docs for x in d.segments)


def test_progress_bar_shows_docs_and_megabytes_per_second(tmp_path):
    pytest.importorskip("tqdm")
    src = tmp_path / "in.jsonl"
    src.write_bytes(_jsonl(_pages(30)))
    buf = io.StringIO()
    run_batch([src], tmp_path / "out", progress=True, progress_stream=buf)
    shown = buf.getvalue()
    assert "arclean batch" in shown and "docs/s" in shown and "MB/s" in shown and "30 docs" in shown


def test_out_dir_of_a_previous_run_needs_resume_with_the_same_settings(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(_jsonl(_pages(12)))
    out = tmp_path / "out"
    first = run_batch([src], out, shard_records=5)
    before = {p.name: p.read_bytes() for p in out.glob("*.jsonl")}
    with pytest.raises(BatchError, match="--resume"):
        run_batch([src], out, shard_records=5)
    with pytest.raises(BatchError, match="shard_records"):
        run_batch([src], out, shard_records=6, resume=True)
    again = run_batch([src], out, shard_records=5, resume=True)
    assert again.shards_written == 0 and again.shards_skipped == 3 and again.records_now == 0
    assert again.stats == first.stats
    assert {p.name: p.read_bytes() for p in out.glob("*.jsonl")} == before


def test_resume_redoes_a_shard_whose_state_is_missing(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(_mixed_input(20))
    out = tmp_path / "out"
    first = run_batch([src], out, shard_records=10)
    before = {p.name: p.read_bytes() for p in out.glob("*.jsonl")}
    # as if killed after renaming shard 1 but before writing its state file
    (out / ".arclean-batch" / "0000-in-00001.jsonl.json").unlink()
    (out / "0000-in-00001.jsonl").write_bytes(b"half a shard")
    again = run_batch([src], out, shard_records=10, resume=True)
    assert again.shards_written == 1 and again.stats == first.stats
    assert {p.name: p.read_bytes() for p in out.glob("*.jsonl")} == before


def _kill_input(tmp_path: Path, n: int) -> Path:
    recs = _pages(n, seed=3)
    lines = [_jsonl([r]) for r in recs]
    for k in range(0, n, 97):  # a bad record now and then
        lines[k] = b'{"id": "bad", "text": \n'
    src = tmp_path / "big.jsonl.gz"
    src.write_bytes(gzip.compress(b"".join(lines)))
    return src


def test_sigkill_mid_run_then_resume_loses_and_duplicates_nothing(tmp_path):
    """A real ``arclean batch`` subprocess (2 workers) killed with SIGKILL, then resumed."""
    n = 3000
    src = _kill_input(tmp_path, n)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "arclean", "batch", str(src), "-o", str(out), "--workers", "2",
           "--shard-records", "100", "--no-progress"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    state = out / ".arclean-batch"
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if state.is_dir() and len(list(state.glob("*.jsonl.json"))) >= 4:
                break
            time.sleep(0.01)
        assert proc.poll() is None, f"the run ended before it could be killed: {proc.communicate()}"
        os.killpg(proc.pid, signal.SIGKILL)  # the run and its workers: a process group of our own
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    assert not (out / "summary.json").exists()
    done_before = len(list(state.glob("*.jsonl.json")))
    total_shards = -(-n // 100)
    assert 4 <= done_before < total_shards

    res = subprocess.run(cmd + ["--resume"], capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    assert f"{done_before} already done" in res.stdout
    assert not list(out.glob(".*.tmp"))

    rows = _read_out(out)
    expected = [p["id"] for k, p in enumerate(_pages(n, seed=3)) if k % 97 != 0]
    assert [r["id"] for r in rows] == expected  # nothing lost, nothing twice, in order
    errors = _errors(out)
    assert [e["line"] for e in errors] == list(range(1, n + 1, 97))
    summary = json.loads((out / "summary.json").read_text())
    assert summary["records_in"] == n == summary["records_out"] + summary["errors"]
    # the resumed shards are the ones a clean run writes
    ref = tmp_path / "ref"
    run_batch([src], ref, shard_records=100)
    for f in sorted(ref.glob("*.jsonl")):
        assert (out / f.name).read_bytes() == f.read_bytes(), f.name


# --------------------------------------------------------------------------- CLI


def test_cli_batch(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_bytes(_mixed_input(8))
    out = tmp_path / "out"
    assert main(["batch", str(src), "-o", str(out), "--no-progress"]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith(f"records: {8 + len(BAD_LINES)} in = 8 out + {len(BAD_LINES)} errors")
    assert main(["batch", str(src), "-o", str(out)]) == 2
    assert "--resume" in capsys.readouterr().err
    assert main(["batch", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "o2")]) == 2
    assert "no such input file" in capsys.readouterr().err
    assert main(["batch", str(src), "-o", str(tmp_path / "o3"), "--workers", "0"]) == 2


# --------------------------------------------------------------------------- WARC and HTML

warcio = pytest.importorskip("warcio", reason="the batch extra (warcio) is not installed")


ARTICLE_HTML = """<!DOCTYPE html><html><head><title>{title}</title></head><body>
<nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav>
<article><h1>{title}</h1><p>{p1}</p><p>{p2}</p></article>
<footer>جميع الحقوق محفوظة</footer></body></html>"""


def _article(i: int) -> Dict[str, str]:
    page = sitegen.site_pages(1, seed=40 + i)[0]
    story = page["gold"].splitlines()
    return {"title": f"خبر رقم {i} من الوادي", "p1": story[0], "p2": story[1]}


def _warc(path: Path, records) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=path.name.endswith(".gz"))
        for uri, ctype, payload in records:
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=http))
        w.write_record(w.create_warc_record("https://x.example/", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))


@pytest.fixture()
def warc_file(tmp_path) -> Path:
    a, b, c = _article(1), _article(2), _article(3)
    path = tmp_path / "crawl.warc.gz"
    _warc(
        path,
        [
            ("https://www.alwadi-news.example/1", "text/html; charset=utf-8", ARTICLE_HTML.format(**a).encode("utf-8")),
            ("https://www.alwadi-news.example/2", "text/html; charset=windows-1256", ARTICLE_HTML.format(**b).encode("cp1256")),
            ("https://www.alwadi-news.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
            # declared UTF-8, sent in windows-1256: undecodable
            ("https://www.alwadi-news.example/3", "text/html; charset=utf-8", ARTICLE_HTML.format(**c).encode("cp1256")),
            ("https://www.alwadi-news.example/4", "text/html; charset=x-no-such-charset", b"<html></html>"),
        ],
    )
    return path


def test_warc_html_records_are_decoded_with_their_http_charset(warc_file):
    items = list(iter_items(warc_file))
    assert [it[0] for it in items] == ["warc"] * 4  # the image and the request are passed over
    decoded = [decode_item(it, str(warc_file), BatchConfig()) for it in items]
    (r1, t1, h1, e1), (r2, t2, h2, e2), (_r3, _t3, _h3, e3), (_r4, _t4, _h4, e4) = decoded
    assert e1 is None and h1 and _article(1)["p1"] in t1 and r1["charset"] == "utf-8"
    assert e2 is None and _article(2)["p1"] in t2 and r2["charset"] == "windows-1256"
    assert r1["url"] == "https://www.alwadi-news.example/1" and r1["warc_record_id"].startswith("<urn:uuid:")
    assert e3["reason"] == "undecodable_bytes" and e3["record"] == 4 and "utf-8" in e3["detail"]
    assert e4["reason"] == "unknown_charset" and e4["record"] == 5
    replaced = decode_item(items[2], str(warc_file), BatchConfig(decode_errors="replace"))
    assert replaced[3] is None and "\ufffd" in replaced[1]


def test_truncated_warc_gz_is_an_error_record(tmp_path, warc_file):
    """warcio stops quietly at a cut-off record (or hands out its first bytes): each cut
    point gives the whole records before it and one error record."""
    data = warc_file.read_bytes()
    whole = {it[1]: it[3][1] for it in iter_items(warc_file) if it[0] == "warc"}
    for frac in (0.2, 0.35, 0.5, 0.66, 0.8):
        cut = tmp_path / "cut.warc.gz"
        cut.write_bytes(data[: int(len(data) * frac)])
        items = list(iter_items(cut))
        assert items[-1][0] == "error" and items[-1][3][0] == "truncated_input", (frac, items[-1])
        for it in items[:-1]:
            assert it[0] == "warc" and it[3][1] == whole[it[1]]


def _has_parse_html() -> bool:
    try:
        from arclean.html import parse_html  # noqa: F401
    except ImportError:
        return False
    return True


def test_warc_batch(tmp_path, warc_file):
    out = tmp_path / "out"
    if not _has_parse_html():
        with pytest.raises(BatchError, match="parse_html"):
            run_batch([warc_file], out)
        return
    s = run_batch([warc_file], out)
    rows = _read_out(out)
    assert s.stats["records_in"] == 4 == s.stats["records_out"] + s.errors_total
    assert [r["url"][-1] for r in rows] == ["1", "2"]
    for r, i in zip(rows[:2], (1, 2)):
        a = _article(i)
        assert a["p1"] in r["body"] and a["p2"] in r["body"]
        assert "الرئيسية" not in r["body"] and "جميع الحقوق" not in r["body"]
    assert Counter(e["reason"] for e in _errors(out)) == Counter({"undecodable_bytes": 1, "unknown_charset": 1})


def test_html_field(tmp_path):
    recs = [{"id": i, "url": f"https://alwadi-news.example/{i}", "html": ARTICLE_HTML.format(**_article(i))} for i in range(3)]
    src = tmp_path / "in.jsonl"
    src.write_bytes(_jsonl(recs))
    out = tmp_path / "out"
    if not _has_parse_html():
        with pytest.raises(BatchError, match="parse_html"):
            run_batch([src], out, BatchConfig(html_field="html"))
        return
    from arclean.html import parse_html

    s = run_batch([src], out, BatchConfig(html_field="html"))
    rows = _read_out(out)
    assert s.stats["records_out"] == 3
    for r, rec in zip(rows, recs):
        assert r["body"] == parse_html(rec["html"], url=rec["url"]).body
        assert _article(r["id"])["p1"] in r["body"]


def test_learn_over_warc_counts_the_html_pages_per_host(warc_file):
    if not _has_parse_html():
        pytest.skip("arclean.parse_html is not available in this checkout")
    from arclean.batch import run_learn
    from arclean.profile import Learner

    learner = Learner(min_pages=2)
    s = run_learn([warc_file], learner)
    assert s.pages == 2 and sum(s.errors.values()) == 2  # the undecodable page and the unknown charset
    prof = learner.profile("crawl")
    assert set(prof.sites) == {"alwadi-news.example"} and prof.sites["alwadi-news.example"].pages == 2
