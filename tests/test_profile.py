"""Site templates (arclean.profile, ``arclean learn``, ``parse(text, profile=...)``)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import arclean
from arclean.cli import main
from arclean.evaluate import PRF, prf
from arclean.profile import (
    Learner,
    Profile,
    SiteTemplate,
    _line_keys_bytes,
    encode_key,
    load_profile,
    merge_profiles,
    page_template_keys,
    record_site,
    template_key,
)

import sitegen
from pagegen import check_partition

SITE = sitegen.SITE


def learn(pages, **kw) -> Profile:
    learner = Learner(**kw)
    for p in pages:
        learner.add_page(SITE, p["text"])
    return learner.profile("alwadi")


@pytest.fixture(scope="module")
def alwadi() -> Profile:
    return learn(sitegen.site_pages(30, seed=1))


# --------------------------------------------------------------------------- keys


def test_template_key_folds_digits_marks_and_letter_variants():
    assert template_key("جميع الحقوق محفوظة © ٢٠٢٤") == template_key("جَميعُ الحقوق محفوظه - 2023") == "جميع الحقوق محفوظه 0"
    assert template_key("1,204 مشاهدة") == template_key("87 مشاهده") == "0 مشاهده"
    assert template_key("آخر تحديث 12/3/2024 10:45") == template_key("آخر تحديث ٥/١١/٢٠٢٣ ٩:٠٥") == "اخر تحديث 0"
    assert template_key("87 مشاهدة") == template_key("۹ مشاهدة")
    assert template_key("أخبار") == template_key("اخبار")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc ÄéüЖ中文😀0123456789٠١٢٣۴أإآةىيـًُ،.:-©|\t")), min_size=1, max_size=40))
def test_byte_keys_equal_the_text_keys(line):
    """The page-side key (one batch in the byte alphabet) equals the learned text key."""
    if not line.strip() or len(line.splitlines()) != 1:
        return
    (got,) = _line_keys_bytes(line)
    assert got == encode_key(template_key(line.strip()))


def test_record_site():
    assert record_site({"url": "https://WWW.Example.com:8080/a?b"}) == "example.com"
    assert record_site({"url": "example.com/x"}) == "example.com"
    assert record_site({"text": "x"}) is None
    assert record_site({"site": "aawsat"}, by="site") == "aawsat"
    assert record_site({"u": "http://news.example.org/"}, url_field="u") == "news.example.org"


# --------------------------------------------------------------------------- learning


def test_learn_keeps_the_site_template_and_nothing_of_the_stories(alwadi):
    lines = alwadi.sites[SITE].lines
    assert alwadi.sites[SITE].pages == 30
    assert set(lines) == {template_key(sitegen.SLOGAN), template_key(sitegen.DISCLAIMER)}
    assert all(n == 30 for n in lines.values())


def test_learn_leaves_rule_decided_lines_to_the_rules(alwadi):
    """The menu, the "most read" header and the footer are on every page, but the lexicon
    decides them already (and the date line is metadata): the profile does not take them."""
    lines = alwadi.sites[SITE].lines
    for decided in (sitegen.MENU, sitegen.MOST_READ, sitegen.FOOTER.format(year=2024), "نشر في: 3 مارس 2024"):
        assert template_key(decided) not in lines


def test_thresholds_min_pages_and_min_percent():
    learner = Learner(min_pages=5, min_percent=10.0, by="site")
    for i in range(100):
        keys = {f"story {i}": True}
        if i < 4:
            keys["on four pages"] = True
        if i < 9:
            keys["on nine pages"] = True  # 9 % < 10 %
        if i < 10:
            keys["on ten pages"] = True
        if i < 60:
            keys["decided on most"] = i >= 40  # free on 20 of 60 pages only
        learner.add_keys("s", keys)
    kept = learner.profile("t").sites["s"].lines
    assert kept == {"on ten pages": 10}


def test_large_site_memory_stays_bounded_and_frequent_lines_are_found():
    learner = Learner(min_pages=5, min_percent=10.0, by="site")
    for i in range(5000):
        keys = {f"unique {i} {j}": True for j in range(20)}
        if i % 4 == 0:
            keys["every fourth page"] = True
        if i % 50 == 0:
            keys["every fiftieth page"] = True
        learner.add_keys("big", keys)
    counter = learner._sites["big"]
    assert len(counter.entries) < 5000  # not the 100,000 keys seen
    kept = learner.profile("t").sites["big"].lines
    assert set(kept) == {"every fourth page"}
    assert 1250 - 100 <= kept["every fourth page"] <= 1250


def test_page_template_keys_marks_decided_lines():
    page = sitegen.site_pages(1, seed=5)[0]["text"]
    keys = page_template_keys(arclean.parse(page))
    assert keys[template_key(sitegen.SLOGAN)] is True
    assert keys[template_key(sitegen.MENU)] is False


# --------------------------------------------------------------------------- applying


def test_template_lines_are_boilerplate_template_with_the_profile_rule(alwadi):
    page = sitegen.site_pages(1, seed=7, start=500)[0]
    t = alwadi.site("https://www.alwadi-news.example/x".split("//")[1].split("/")[0])
    assert isinstance(t, SiteTemplate) and t.rule == "template:alwadi"
    doc = arclean.parse(page["text"], profile=t)
    check_partition(doc, page["text"])
    tpl = [s for s in doc.segments if s.kind == "template"]
    assert [s.text_in(doc.source_text) for s in tpl] == [sitegen.SLOGAN, sitegen.DISCLAIMER]
    assert all(s.label == "boilerplate" and s.rule == "template:alwadi" for s in tpl)
    assert "template" in arclean.BOILERPLATE_KINDS
    assert doc.body == page["gold"]
    assert arclean.clean(page["text"], profile=t) == doc.body
    assert doc.metadata.published is not None  # the date line stays metadata


def test_other_sites_and_no_profile_are_unchanged(alwadi):
    page = sitegen.site_pages(1, seed=8)[0]["text"]
    assert alwadi.site("other.example") is None
    assert arclean.parse(page, profile=None) == arclean.parse(page)


def test_explicit_hints_win_over_the_template(alwadi):
    page = sitegen.site_pages(1, seed=9)[0]["text"]
    n = len(page.splitlines())
    idx = page.splitlines().index(sitegen.SLOGAN)
    hints = [None] * n
    hints[idx] = "footer"
    doc = arclean.parse(page, profile=alwadi.site(SITE), hints=hints)
    seg = next(s for s in doc.segments if s.text_in(doc.source_text) == sitegen.SLOGAN)
    assert (seg.kind, seg.rule) == ("footer", "hint.footer")


def test_profile_argument_is_checked(alwadi):
    with pytest.raises(TypeError, match=r"profile\.site\(host\)"):
        arclean.parse("نص", profile=alwadi)
    with pytest.raises(TypeError, match="SiteTemplate"):
        arclean.clean("نص", profile={"lines": []})


def test_profile_raises_body_precision_on_unseen_pages_of_the_site_with_no_recall_loss(alwadi, scoreboard):
    """Learned on 30 pages, applied to 20 other pages of the same site."""
    t = alwadi.site(SITE)
    before = after = PRF(0, 0, 0)
    for page in sitegen.site_pages(20, seed=2, start=100):
        before += prf(arclean.clean(page["text"]), page["gold"])
        after += prf(arclean.clean(page["text"], profile=t), page["gold"])
    scoreboard(
        f"site template (made-up site, 20 held-out pages): body P {before.precision:.3f} -> {after.precision:.3f}, "
        f"R {before.recall:.3f} -> {after.recall:.3f}"
    )
    assert after.precision > before.precision + 0.1
    assert after.recall >= before.recall


def test_profile_on_the_dev_corpus_sites_gains_precision_without_recall_loss(shared_dir, scoreboard):
    """Pages of one site in the dev corpus (read at test time): learned per site (by the
    record's ``site`` field, K=3), applied to the same pages."""
    recs = []
    for name in ("dev.jsonl", "dev2.jsonl"):
        path = shared_dir / "corpus" / name
        if path.is_file():
            recs += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not recs:
        pytest.skip("no dev corpus files")
    learner = Learner(min_pages=3, min_percent=10.0, by="site")
    for r in recs:
        learner.add_page(r["site"], r["text"])
    prof = learner.profile("dev")
    assert any(c.lines for c in prof.sites.values())
    before = after = PRF(0, 0, 0)
    changed = 0
    for r in recs:
        a = prf(arclean.clean(r["text"]), r["gold"]["body"])
        b = prf(arclean.clean(r["text"], profile=prof.site(r["site"])), r["gold"]["body"])
        assert b.tp >= a.tp, f"{r['id']}: the profile lost body tokens"
        changed += a != b
        before, after = before + a, after + b
    scoreboard(
        f"site template (dev corpus, in-sample, {changed} docs changed): body P {before.precision:.4f} -> "
        f"{after.precision:.4f}, R {before.recall:.4f} -> {after.recall:.4f}"
    )
    assert after.precision >= before.precision
    assert after.recall >= before.recall


# --------------------------------------------------------------------------- the JSON value


def test_json_roundtrip_is_stable_and_diffable(alwadi, tmp_path):
    path = tmp_path / "p.json"
    alwadi.save(path)
    text = path.read_text(encoding="utf-8")
    assert load_profile(path) == alwadi
    assert load_profile(path).to_json() == text
    data = json.loads(text)
    assert data["format"] == "arclean-profile/1" and data["name"] == "alwadi"
    # one line key a line, so a change to the profile is a one-line diff
    for key in alwadi.sites[SITE].lines:
        assert sum(1 for ln in text.splitlines() if key in ln) == 1


def test_merge_of_halves_equals_learning_on_all():
    pages = sitegen.site_pages(24, seed=3)
    whole = learn(pages, min_pages=5, min_percent=10.0)
    parts = [learn(pages[:12], min_pages=1, min_percent=0.0), learn(pages[12:], min_pages=1, min_percent=0.0)]
    merged = merge_profiles(parts, name="alwadi", min_pages=5, min_percent=10.0)
    assert merged == whole
    assert merge_profiles([whole]) == whole


def test_malformed_profiles_are_refused(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "other"}', encoding="utf-8")
    with pytest.raises(ValueError, match="not an arclean profile"):
        load_profile(bad)
    with pytest.raises(ValueError):
        Profile("two words", {})


# --------------------------------------------------------------------------- command line


def _write_site_jsonl(path: Path, pages) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for p in pages:
            f.write(json.dumps({"id": p["id"], "url": p["url"], "text": p["text"]}, ensure_ascii=False) + "\n")


def test_cli_learn_then_batch_with_the_profile(tmp_path, capsys):
    train, test = sitegen.site_pages(30, seed=1), sitegen.site_pages(10, seed=4, start=200)
    _write_site_jsonl(tmp_path / "train.jsonl", train)
    _write_site_jsonl(tmp_path / "test.jsonl", test)
    prof_path = tmp_path / "news.json"
    assert main(["learn", str(tmp_path / "train.jsonl"), "--by", "host", "-o", str(prof_path), "--no-progress"]) == 0
    printed = capsys.readouterr().out
    assert "learned from 30 pages" in printed and "2 template lines" in printed
    prof = load_profile(prof_path)
    assert prof.name == "news" and set(prof.sites) == {SITE}
    assert prof.sites == learn(train).sites

    # the same profile from two workers
    prof2 = tmp_path / "news2.json"
    assert main(["learn", str(tmp_path / "train.jsonl"), "-o", str(prof2), "--name", "news", "--workers", "2", "--no-progress"]) == 0
    assert prof2.read_text(encoding="utf-8") == prof_path.read_text(encoding="utf-8")

    out = tmp_path / "out"
    assert main(["batch", str(tmp_path / "test.jsonl"), "-o", str(out), "--profile", str(prof_path), "--no-progress"]) == 0
    printed = capsys.readouterr().out
    assert "template:news" in printed
    rows = [json.loads(l) for f in sorted(out.glob("*.jsonl")) if f.name != "errors.jsonl" for l in f.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [p["id"] for p in test]
    for r, p in zip(rows, test):
        assert r["body"] == p["gold"] == arclean.clean(p["text"], profile=prof.site(SITE))


def test_cli_learn_merge(tmp_path, capsys):
    pages = sitegen.site_pages(20, seed=6)
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    _write_site_jsonl(a, pages[:10])
    _write_site_jsonl(b, pages[10:])
    for src in (a, b):
        assert main(["learn", str(src), "-o", str(src.with_suffix(".json")), "--min-pages", "1", "--min-percent", "0", "--no-progress"]) == 0
    merged = tmp_path / "m.json"
    assert main(["learn", "--merge", str(a.with_suffix(".json")), str(b.with_suffix(".json")), "-o", str(merged), "--min-pages", "5", "--min-percent", "10"]) == 0
    prof = load_profile(merged)
    assert prof.sites[SITE].pages == 20
    assert set(prof.sites[SITE].lines) == {template_key(sitegen.SLOGAN), template_key(sitegen.DISCLAIMER)}
    assert main(["learn", str(a), "-o", str(tmp_path / "x.json"), "--min-percent", "120"]) == 2
