"""Score :func:`arclean.parse_html` on the gold records that have HTML, beside the
extractors it is measured against.

A gold record names its HTML file in the ``html`` field (``html/<name>.html``,
relative to the corpus directory); ``--html-dir`` points at that ``html``
directory (or at the corpus directory holding it).  Every engine reads the
same file:

* ``arclean.parse_html``: the bytes, as a user would pass them;
* ``arclean (limit)``: the same with trafilatura's main-content guess as a hard
  limit instead of a hint (``main_content="limit"``), the measurement behind
  the default;
* ``trafilatura``: ``bare_extraction`` on the bytes with metadata, comments
  off (its body, title and date);
* ``readability``: ``readability-lxml`` on the text (body and title, no date),
  when installed;
* ``jusText``: its Arabic stop list on the text (body only), when installed.

The scores are those of :mod:`arclean.evaluate` (body tokens, exact title,
published day, wrong dates).  Body F1 is given micro (token counts summed),
macro and worst-page over the pages with an article; pages whose gold body is
empty (no article) count as emptied when the engine returns no body.  Time is
the seconds spent inside each engine's call.
"""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple, Union

from .evaluate import DocScore, GoldRecord, PRF, load_gold, score_document
from .model import Document, Metadata

__all__ = [
    "EngineResult",
    "html_path",
    "html_records",
    "engines",
    "evaluate_html",
    "format_html_report",
    "run",
]

Engine = Callable[[bytes], Document]


@dataclass
class EngineResult:
    """One engine's scores over the HTML records."""

    name: str
    docs: List[DocScore] = field(default_factory=list)
    seconds: float = 0.0
    failures: List[str] = field(default_factory=list)

    def _with_article(self) -> List[DocScore]:
        return [d for d in self.docs if d.body.n_gold > 0]

    @property
    def micro(self) -> Optional[float]:
        docs = self._with_article()
        if not docs:
            return None
        total = PRF(0, 0, 0)
        for d in docs:
            total = total + d.body
        return total.f1

    @property
    def macro(self) -> Optional[float]:
        docs = self._with_article()
        return sum(d.body.f1 for d in docs) / len(docs) if docs else None

    @property
    def worst(self) -> Optional[Tuple[float, str]]:
        docs = self._with_article()
        if not docs:
            return None
        d = min(docs, key=lambda d: d.body.f1)
        return d.body.f1, d.id

    @property
    def no_article(self) -> Tuple[int, int]:
        """(emptied, pages without an article)."""
        docs = [d for d in self.docs if d.body.n_gold == 0]
        return sum(d.body.n_pred == 0 for d in docs), len(docs)

    @property
    def titles(self) -> Tuple[int, int]:
        judged = [d for d in self.docs if d.title_ok is not None]
        return sum(bool(d.title_ok) for d in judged), len(judged)

    @property
    def dates(self) -> Tuple[int, int]:
        judged = [d for d in self.docs if d.date_ok is not None]
        return sum(bool(d.date_ok) for d in judged), len(judged)

    @property
    def wrong_dates(self) -> int:
        return sum(d.date_wrong for d in self.docs)


def html_path(record: GoldRecord, html_dir: Union[str, Path]) -> Optional[Path]:
    """The record's HTML file under ``html_dir`` (the ``html`` directory itself or the corpus
    directory holding it), or None when the record has no HTML or the file is missing."""
    if not record.html:
        return None
    base = Path(html_dir)
    rel = Path(record.html)
    for cand in (base / rel, base / rel.name, base.parent / rel):
        if cand.is_file():
            return cand
    return None


def html_records(records: Sequence[GoldRecord], html_dir: Union[str, Path]) -> List[Tuple[GoldRecord, Path]]:
    """The records that have an HTML file under ``html_dir``, with its path."""
    out = []
    for rec in records:
        path = html_path(rec, html_dir)
        if path is not None:
            out.append((rec, path))
    return out


# --------------------------------------------------------------------------- engines


def _text_of(raw: bytes) -> str:
    from .html import decode_html

    return decode_html(raw)[0]


def _iso_date(value: object) -> Optional[dt.date]:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _doc(body: str, title: Optional[str] = None, published: Optional[dt.date] = None) -> Document:
    return Document(source_text=body, segments=(), metadata=Metadata(title=title, published=published), body=body)


def _arclean(raw: bytes) -> Document:
    from .html import parse_html

    return parse_html(raw)


def _arclean_limit(raw: bytes) -> Document:
    from .html import parse_html

    return parse_html(raw, main_content="limit")


def _trafilatura(raw: bytes) -> Document:
    from .html import _quiet_logging

    _quiet_logging()
    from trafilatura import bare_extraction

    d = bare_extraction(raw, with_metadata=True, include_comments=False)
    if d is None:
        return _doc("")
    if isinstance(d, dict):
        return _doc(d.get("text") or "", d.get("title"), _iso_date(d.get("date")))
    return _doc(d.text or "", d.title, _iso_date(d.date))


def _block_text(html_fragment: str) -> str:
    """The text of an HTML fragment, one line per text node (no words glued across tags)."""
    from lxml.html import fragment_fromstring

    if not html_fragment.strip():
        return ""
    root = fragment_fromstring(html_fragment, create_parent="div")
    return "\n".join(t.strip() for t in root.itertext() if t.strip())


def _readability(raw: bytes) -> Document:
    from readability import Document as RDocument

    doc = RDocument(_text_of(raw))
    return _doc(_block_text(doc.summary(html_partial=True)), doc.short_title() or None)


def _justext(raw: bytes) -> Document:
    import justext

    paragraphs = justext.justext(_text_of(raw), justext.get_stoplist("Arabic"))
    return _doc("\n".join(p.text for p in paragraphs if not p.is_boilerplate))


def _installed(module: str) -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def engines() -> Dict[str, Engine]:
    """The engines to run, in order: arclean (hint and limit), trafilatura, and readability
    and jusText when installed."""
    out: Dict[str, Engine] = {
        "arclean.parse_html": _arclean,
        "arclean (limit)": _arclean_limit,
        "trafilatura": _trafilatura,
    }
    if _installed("readability"):
        out["readability"] = _readability
    if _installed("justext"):
        out["jusText"] = _justext
    return out


def evaluate_html(
    pairs: Sequence[Tuple[GoldRecord, Path]], which: Optional[Dict[str, Engine]] = None
) -> List[EngineResult]:
    """Run every engine on every page and score it.  An engine that raises on a page
    scores an empty result there and the failure is listed (arclean's own failures
    propagate: a crash must never look like a low score)."""
    results = []
    for name, fn in (which or engines()).items():
        res = EngineResult(name)
        for rec, path in pairs:
            raw = path.read_bytes()
            start = time.perf_counter()
            try:
                doc = fn(raw)
            except Exception as exc:
                if name.startswith("arclean"):
                    if hasattr(exc, "add_note"):
                        exc.add_note(f"while parsing {path}")
                    raise
                res.failures.append(f"{rec.id}: {type(exc).__name__}: {exc}")
                doc = _doc("")
            res.seconds += time.perf_counter() - start
            res.docs.append(score_document(rec, doc))
        results.append(res)
    return results


# --------------------------------------------------------------------------- report


def _pct(pair: Tuple[int, int]) -> str:
    ok, n = pair
    return f"{ok}/{n}" if n else "-"


def _f(value: Optional[float]) -> str:
    return "-" if value is None else f"{value:.3f}"


def format_html_report(results: Sequence[EngineResult], source: str = "") -> str:
    """One row per engine: body F1 micro / macro / worst page, no-article pages emptied,
    titles, published dates, wrong dates, seconds per page."""
    head = f"HTML pages{(' of ' + source) if source else ''}: {len(results[0].docs) if results else 0}"
    rows = [
        head,
        f"{'engine':<20} {'F1 micro':>8} {'macro':>6} {'worst':>6}  {'no-article':>10} {'titles':>6} "
        f"{'dates':>6} {'wrong':>5} {'s/page':>7}  worst page",
    ]
    for r in results:
        worst = r.worst
        n = len(r.docs) or 1
        rows.append(
            f"{r.name:<20} {_f(r.micro):>8} {_f(r.macro):>6} {_f(worst[0] if worst else None):>6}  "
            f"{_pct(r.no_article):>10} {_pct(r.titles):>6} {_pct(r.dates):>6} {r.wrong_dates:>5} "
            f"{r.seconds / n:>7.3f}  {worst[1] if worst else ''}"
        )
        for failure in r.failures:
            rows.append(f"  {r.name} failed on {failure}")
    return "\n".join(rows)


def run(golds: Sequence[Union[str, Path]], html_dir: Union[str, Path]) -> Tuple[str, List[EngineResult]]:
    """Load the gold files, score every engine on the records with HTML, return the report
    text and the results.  Raises ValueError when no record has an HTML file there."""
    records: List[GoldRecord] = []
    for gold in golds:
        records.extend(load_gold(gold))
    pairs = html_records(records, html_dir)
    if not pairs:
        raise ValueError(f"no gold record has an HTML file under {html_dir}")
    results = evaluate_html(pairs)
    source = " + ".join(Path(g).name for g in golds)
    return format_html_report(results, source), results
