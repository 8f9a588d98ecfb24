"""datatrove and Scrapy integrations, run for real; and arclean without the optional extras."""
from __future__ import annotations

import gzip
import json
import subprocess
import sys
import textwrap
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Dict, Tuple

import pytest

import arclean

import sitegen

ROOT = Path(__file__).resolve().parents[1]

#: pages with no article: only menu and footer lines, so the body is empty
EMPTY_PAGES = ["الرئيسية\nأخبار\nرياضة\nاتصل بنا\nجميع الحقوق محفوظة", "الرئيسية\nمن نحن\nسياسة الخصوصية"]


# --------------------------------------------------------------------------- without the extras

_BLOCKER = textwrap.dedent(
    """
    import importlib.abc, sys
    BLOCKED = {"datatrove", "scrapy", "itemadapter", "tqdm", "zstandard", "warcio"}
    class Block(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"{name} is blocked for this test")
            return None
    sys.meta_path.insert(0, Block())
    """
)


def test_arclean_imports_and_runs_without_the_optional_extras(tmp_path):
    (tmp_path / "in.jsonl.zst").write_bytes(b"")
    code = _BLOCKER + textwrap.dedent(
        f"""
        import arclean, arclean.batch, arclean.profile, arclean.cli
        assert arclean.clean("الرئيسية\\nهطلت أمطار غزيرة على العاصمة صباح اليوم، وأعلنت السلطات تعليق الدوام في المدارس.").startswith("هطلت")
        for mod, extra in (("arclean.integrations.datatrove", "datatrove"), ("arclean.integrations.scrapy", "scrapy")):
            try:
                __import__(mod)
            except ImportError as exc:
                assert f"pip install 'arclean[{{extra}}]'" in str(exc), exc
            else:
                raise AssertionError(mod + " imported without its framework")
        from arclean.batch import run_batch, BatchError
        try:
            run_batch([{str(tmp_path / "in.jsonl.zst")!r}], {str(tmp_path / "out")!r})
        except BatchError as exc:
            assert "zstandard" in str(exc), exc
        else:
            raise AssertionError("read .zst without zstandard")
        print("ok")
        """
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0 and res.stdout.strip() == "ok", res.stderr


# --------------------------------------------------------------------------- datatrove


def test_datatrove_local_executor_two_tasks_equals_serial_clean(tmp_path):
    pytest.importorskip("datatrove", reason="the datatrove extra is not installed: pip install -e '.[datatrove]'")
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from arclean.integrations.datatrove import ArcleanFilter

    pages = sitegen.site_pages(16, seed=21)
    records = [{"id": p["id"], "url": p["url"], "text": p["text"]} for p in pages]
    records.insert(3, {"id": "empty-1", "url": "https://x.example/1", "text": EMPTY_PAGES[0]})
    records.insert(12, {"id": "empty-2", "url": "https://x.example/2", "text": EMPTY_PAGES[1]})
    in_dir = tmp_path / "in"
    in_dir.mkdir()
    for k, part in enumerate((records[:9], records[9:])):  # two files: one per task
        with open(in_dir / f"part{k}.jsonl", "w", encoding="utf-8") as f:
            for r in part:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    out_dir, logs = tmp_path / "out", tmp_path / "logs"
    LocalPipelineExecutor(
        pipeline=[JsonlReader(str(in_dir)), ArcleanFilter(), JsonlWriter(str(out_dir))],
        tasks=2,
        workers=2,
        logging_dir=str(logs),
    ).run()

    got: Dict[str, dict] = {}
    for f in sorted(out_dir.glob("*.jsonl.gz")):
        for line in gzip.decompress(f.read_bytes()).decode("utf-8").splitlines():
            row = json.loads(line)
            got[row["id"]] = row
    expected = {r["id"]: arclean.parse(r["text"]) for r in records}
    assert set(got) == {i for i, d in expected.items() if d.body}
    assert {"empty-1", "empty-2"} <= {i for i, d in expected.items() if not d.body}
    for i, row in got.items():
        assert row["text"] == arclean.clean(next(r["text"] for r in records if r["id"] == i))
        assert row["metadata"]["arclean"] == expected[i].metadata.to_dict()
        assert row["metadata"]["url"].endswith(i.split("-")[-1].lstrip("0") or "0")

    stats = json.loads((logs / "stats.json").read_text())
    step = next(s for s in stats if "arclean" in s["name"])
    counters = step["stats"]
    assert counters["total"] == len(records)
    assert counters["forwarded"] == len(got)
    assert counters["dropped"] == counters["dropped_empty_body"] == 2


# --------------------------------------------------------------------------- Scrapy

NAV = '<nav><a href="/">الرئيسية</a> | <a href="/sport">رياضة</a> | <a href="/economy">اقتصاد</a></nav>'
HTML_PAGE = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="{charset}"><title>{title}</title></head>
<body>{nav}<main><article><h1>{title}</h1><p class="date">نشر في: 14 مارس 2024</p>
<p>{p1}</p><p>{p2}</p></article></main>
<aside><h3>الأكثر قراءة</h3><ul><li><a href="/x">ارتفاع أسعار الذهب في الأسواق المحلية</a></li></ul></aside>
<footer>جميع الحقوق محفوظة © 2024 الوادي نيوز</footer></body></html>"""


def _site() -> Dict[str, Tuple[str, bytes]]:
    stories = [p["gold"].splitlines() for p in sitegen.site_pages(3, seed=31)]
    a = HTML_PAGE.format(charset="utf-8", title="افتتاح محطة كهرباء جديدة في الضواحي", nav=NAV, p1=stories[0][0], p2=stories[0][1])
    b = HTML_PAGE.format(charset="windows-1256", title="تطوير شبكة المياه في القرى", nav=NAV, p1=stories[1][0], p2=stories[1][1])
    text = "\n".join(["الرئيسية", "خبر نصي من الوادي", "نشر في: 2 أبريل 2024"] + stories[2] + ["شارك المقال"])
    links = '<a href="/news/a">أ</a> <a href="/news/b">ب</a> <a href="/news/c.txt">ج</a> <a href="/news/empty">د</a>'
    return {
        "/": ("text/html; charset=utf-8", f"<html><body>{NAV}{links}</body></html>".encode("utf-8")),
        "/news/a": ("text/html; charset=utf-8", a.encode("utf-8")),
        "/news/b": ("text/html; charset=windows-1256", b.encode("cp1256")),
        "/news/c.txt": ("text/plain; charset=utf-8", text.encode("utf-8")),
        "/news/empty": ("text/plain; charset=utf-8", EMPTY_PAGES[1].encode("utf-8")),
    }


@pytest.fixture()
def local_site():
    pages = _site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            found = pages.get(self.path)
            if found is None:
                self.send_response(404)
                self.end_headers()
                return
            ctype, body = found
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):  # keep the test output quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", pages
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


SPIDER = '''
import scrapy

class ArabicNews(scrapy.Spider):
    name = "arabic_news"
    start_urls = [{start!r}]

    def parse(self, response):
        for href in response.css("body > a::attr(href)").getall():
            yield response.follow(href, self.page)

    def page(self, response):
        if response.headers.get("Content-Type", b"").startswith(b"text/plain"):
            yield {{"url": response.url, "text": response.text}}
        else:
            yield {{"url": response.url, "html": response.text}}
'''


def test_scrapy_crawl_of_a_local_site_adds_body_and_metadata(tmp_path, local_site):
    pytest.importorskip("scrapy", reason="the scrapy extra is not installed: pip install -e '.[scrapy]'")
    try:
        from arclean.html import parse_html
    except ImportError:
        parse_html = None
    base, pages = local_site
    spider = tmp_path / "spider.py"
    spider.write_text(SPIDER.format(start=base + "/"), encoding="utf-8")
    items_path = tmp_path / "items.jsonl"
    cmd = [
        sys.executable, "-m", "scrapy", "runspider", str(spider), "-o", str(items_path),
        "-s", 'ITEM_PIPELINES={"arclean.integrations.scrapy.ArcleanPipeline": 300}',
        "-s", "ARCLEAN_DROP_EMPTY=True", "-s", "ROBOTSTXT_OBEY=False", "-s", "LOG_LEVEL=INFO",
        "-s", "CLOSESPIDER_TIMEOUT=60", "-s", "TELNETCONSOLE_ENABLED=False",
    ]
    if parse_html is None:  # HTML items need arclean.parse_html: crawl text pages only
        pytest.skip("arclean.parse_html is not available in this checkout")
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=180, cwd=tmp_path)
    assert res.returncode == 0, res.stderr[-3000:]
    items = {json.loads(l)["url"][len(base):]: json.loads(l) for l in items_path.read_text(encoding="utf-8").splitlines()}
    assert set(items) == {"/news/a", "/news/b", "/news/c.txt"}  # the empty page was dropped
    assert "'arclean/empty_body': 1" in res.stderr and "'item_dropped_count': 1" in res.stderr

    a, b, c = items["/news/a"], items["/news/b"], items["/news/c.txt"]
    for item, path in ((a, "/news/a"), (b, "/news/b")):
        doc = parse_html(item["html"], url=item["url"])
        assert item["body"] == doc.body and item["metadata"] == doc.metadata.to_dict()
        assert "الرئيسية" not in item["body"] and "جميع الحقوق" not in item["body"]
        assert "ارتفاع أسعار الذهب" not in item["body"]
    stories = [p["gold"].splitlines() for p in sitegen.site_pages(3, seed=31)]
    assert stories[0][0] in a["body"] and stories[0][1] in a["body"]
    assert stories[1][0] in b["body"]  # decoded from windows-1256 by Scrapy, cleaned by arclean
    assert a["metadata"]["title"] == "افتتاح محطة كهرباء جديدة في الضواحي"
    assert c["body"] == "\n".join(stories[2]) == arclean.clean(c["text"])
    assert c["metadata"]["published"] == "2024-04-02"


def test_scrapy_pipeline_object(tmp_path):
    pytest.importorskip("scrapy", reason="the scrapy extra is not installed")
    from scrapy.exceptions import DropItem

    from arclean.integrations.scrapy import ArcleanPipeline

    page = sitegen.site_pages(1, seed=41)[0]
    p = ArcleanPipeline()
    item = p.process_item({"url": page["url"], "text": page["text"]})
    assert item["body"] == arclean.clean(page["text"]) and item["metadata"]["published"]
    assert p.process_item({"other": 1}) == {"other": 1}
    with pytest.raises(DropItem):
        ArcleanPipeline(drop_empty=True).process_item({"text": EMPTY_PAGES[0]})
    # with a learned profile, the site's template lines leave the body
    from arclean.profile import Learner

    learner = Learner()
    for pg in sitegen.site_pages(30, seed=1):
        learner.add_page(sitegen.SITE, pg["text"])
    item = ArcleanPipeline(profile=learner.profile("alwadi")).process_item({"url": page["url"], "text": page["text"]})
    assert item["body"] == page["gold"]
