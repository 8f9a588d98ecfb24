"""Score :func:`arclean.parse` against hand-labelled gold (the dev corpus format).

A gold file is JSON Lines, one document a line, as described in
``../shared/corpus/README.md``: ``id``, ``kind`` (``page``, ``article`` or
``control``), ``text`` (the input to ``parse``), ``gold.body`` and
``gold.meta`` (``title``, ``published``, ...).

The scores:

* **body**: token precision, recall and F1.  Tokens are
  ``re.findall(r"\\w+", unicodedata.normalize("NFKC", s))`` counted as a
  multiset per document.  Corpus figures are *micro* (true positives and
  counts summed over documents), overall and per kind; the page kind also gets
  a *macro* F1 (the mean of per-document F1).  A document with nothing to
  find and nothing found scores 1.0; see :func:`prf`.
* **title**: exact match after collapsing whitespace, over documents whose
  gold title is not null; a title predicted where gold has none is counted
  separately (``spurious_titles``).
* **published**: the date part (``YYYY-MM-DD``) must match, over documents
  whose gold has a published date.  A *wrong* date is one given that differs
  from gold or given where gold has none; wrong dates are worse than missing.
* **speed**: documents and megabytes (10**6 UTF-8 bytes of input text) per
  second of time spent inside ``parse``.

Only the public API (:func:`arclean.parse` and :class:`arclean.Document`) is
used, so any engine behind it can be scored.  :func:`metrics` flattens a
:class:`Report` into named numbers; :func:`check_floors` compares them with
the enforced floors of ``tests/quality_floors.json`` and :func:`pin_floors`
ratchets those floors up to what the engine measures now.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import math
import re
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple, Union

from .api import parse
from .model import Document

__all__ = [
    "KINDS",
    "DEFAULT_TARGETS",
    "GoldError",
    "GoldRecord",
    "PRF",
    "DocScore",
    "Report",
    "tokens",
    "prf",
    "load_gold",
    "score_document",
    "evaluate",
    "metrics",
    "report_to_dict",
    "format_scoreboard",
    "format_per_doc",
    "check_floors",
    "pin_floors",
    "file_sha256",
]

#: the document kinds of the dev corpus, in the order they are reported
KINDS = ("page", "article", "control")

#: the goals of the quality issue; a name ending in ``_max`` is an upper bound
#: on the metric without the suffix, every other name a lower bound
DEFAULT_TARGETS: Dict[str, float] = {
    "body_f1": 0.95,
    "body_f1_page": 0.95,
    "body_f1_page_macro": 0.95,
    "body_f1_article": 0.97,
    "body_f1_control": 0.995,
    "title_accuracy": 0.90,
    "date_accuracy": 0.90,
    "wrong_dates_max": 0,
}

#: how far below the measured value a pinned floor is set, so that harmless
#: noise (one token more or less) does not fail the gate
PIN_SLACK = 0.005

_TOKEN_RE = re.compile(r"\w+")
_MAX_SUFFIX = "_max"

Number = Union[int, float]
Progress = Callable[[int, int], None]


class GoldError(ValueError):
    """A gold file that cannot be read: bad JSON or a missing field (with its line)."""


# --------------------------------------------------------------------------- gold


@dataclass(frozen=True)
class GoldRecord:
    """One gold document: the input text and what a perfect parse returns."""

    id: str
    kind: str
    text: str
    body: str
    title: Optional[str] = None
    published: Optional[str] = None
    html: Optional[str] = None


def _record_from_json(obj: Any, where: str) -> GoldRecord:
    """Build a :class:`GoldRecord` from one decoded JSON line, or raise :class:`GoldError`."""
    if not isinstance(obj, dict):
        raise GoldError(f"{where}: expected a JSON object, got {type(obj).__name__}")
    missing = [k for k in ("id", "kind", "text", "gold") if k not in obj]
    gold = obj.get("gold")
    if not missing and (not isinstance(gold, dict) or "body" not in gold):
        missing.append("gold.body")
    if missing:
        raise GoldError(f"{where}: missing field(s) {', '.join(missing)}")
    meta = gold.get("meta") or {}
    if not isinstance(obj["text"], str) or not isinstance(gold["body"], str):
        raise GoldError(f"{where}: 'text' and 'gold.body' must be strings")
    return GoldRecord(
        id=str(obj["id"]),
        kind=str(obj["kind"]),
        text=obj["text"],
        body=gold["body"],
        title=meta.get("title"),
        published=meta.get("published"),
        html=obj.get("html"),
    )


def load_gold(path: Union[str, Path]) -> List[GoldRecord]:
    """Read a gold JSON Lines file (blank lines are skipped).

    Raises :class:`GoldError` naming the line for malformed JSON, a missing
    field or a repeated id, and :class:`OSError` when the file cannot be read.
    """
    records: List[GoldRecord] = []
    seen: Dict[str, int] = {}
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldError(f"{where}: not valid JSON ({exc.msg})") from None
            rec = _record_from_json(obj, where)
            if rec.id in seen:
                raise GoldError(f"{where}: id {rec.id!r} already used on line {seen[rec.id]}")
            seen[rec.id] = lineno
            records.append(rec)
    return records


def file_sha256(path: Union[str, Path]) -> str:
    """Hex SHA-256 of a file's bytes (pins the corpus the floors were measured on)."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


# --------------------------------------------------------------------------- scoring


def tokens(text: str) -> Counter:
    """The multiset of word tokens of ``text`` (NFKC, then ``\\w+`` runs)."""
    return Counter(_TOKEN_RE.findall(unicodedata.normalize("NFKC", text)))


@dataclass(frozen=True)
class PRF:
    """Token counts and the precision, recall and F1 they give (see :func:`prf`)."""

    tp: int
    n_pred: int
    n_gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "PRF") -> "PRF":
        return PRF(self.tp + other.tp, self.n_pred + other.n_pred, self.n_gold + other.n_gold)


def prf(predicted: str, gold: str) -> PRF:
    """Token overlap of a predicted and a gold body.

    Precision is 1.0 when nothing is predicted and recall is 1.0 when gold is
    empty, so: both empty -> F1 1.0; body predicted for a page that has none
    -> P 0, F1 0; nothing predicted for a page that has a body -> R 0, F1 0.
    """
    pred, ref = tokens(predicted), tokens(gold)
    tp = sum((pred & ref).values())
    return PRF(tp, sum(pred.values()), sum(ref.values()))


def _collapse(text: Optional[str]) -> Optional[str]:
    return None if text is None else " ".join(text.split())


def _date_part(value: Union[None, str, _dt.date]) -> Optional[str]:
    """``YYYY-MM-DD`` of an ISO string, a date or a datetime; ``None`` stays ``None``."""
    if value is None:
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    return str(value)[:10]


@dataclass(frozen=True)
class DocScore:
    """How one document scored.

    ``title_ok`` and ``date_ok`` are ``None`` when gold has no title / date
    (the document does not count for that accuracy).
    """

    id: str
    kind: str
    body: PRF
    gold_title: Optional[str]
    pred_title: Optional[str]
    gold_date: Optional[str]
    pred_date: Optional[str]

    @property
    def title_ok(self) -> Optional[bool]:
        if self.gold_title is None:
            return None
        return _collapse(self.pred_title) == _collapse(self.gold_title)

    @property
    def title_spurious(self) -> bool:
        """A title was predicted where gold has none."""
        return self.gold_title is None and bool(_collapse(self.pred_title))

    @property
    def date_ok(self) -> Optional[bool]:
        if self.gold_date is None:
            return None
        return self.pred_date == self.gold_date

    @property
    def date_wrong(self) -> bool:
        """A date was given that differs from gold, or given where gold has none."""
        return self.pred_date is not None and self.pred_date != self.gold_date


def score_document(record: GoldRecord, doc: Document) -> DocScore:
    """Score one parse result against its gold record."""
    return DocScore(
        id=record.id,
        kind=record.kind,
        body=prf(doc.body, record.body),
        gold_title=record.title,
        pred_title=doc.metadata.title,
        gold_date=_date_part(record.published),
        pred_date=_date_part(doc.metadata.published),
    )


@dataclass(frozen=True)
class Report:
    """Every document's score plus the time spent in ``parse``."""

    docs: Tuple[DocScore, ...]
    parse_seconds: float
    input_bytes: int

    def kinds(self) -> List[str]:
        """Kinds present, the corpus kinds first and any others after, sorted."""
        present = {d.kind for d in self.docs}
        return [k for k in KINDS if k in present] + sorted(present - set(KINDS))

    def of_kind(self, kind: Optional[str]) -> List[DocScore]:
        return [d for d in self.docs if kind is None or d.kind == kind]

    def body(self, kind: Optional[str] = None) -> Optional[PRF]:
        """Micro-summed body counts over all docs, or one kind; ``None`` if no such docs."""
        docs = self.of_kind(kind)
        if not docs:
            return None
        total = PRF(0, 0, 0)
        for d in docs:
            total = total + d.body
        return total

    def macro_f1(self, kind: Optional[str] = None) -> Optional[float]:
        """Mean per-document body F1 over all docs or one kind; ``None`` if no such docs."""
        docs = self.of_kind(kind)
        return sum(d.body.f1 for d in docs) / len(docs) if docs else None

    @property
    def titles_judged(self) -> int:
        return sum(d.title_ok is not None for d in self.docs)

    @property
    def titles_ok(self) -> int:
        return sum(bool(d.title_ok) for d in self.docs)

    @property
    def spurious_titles(self) -> int:
        return sum(d.title_spurious for d in self.docs)

    @property
    def dates_judged(self) -> int:
        return sum(d.date_ok is not None for d in self.docs)

    @property
    def dates_ok(self) -> int:
        return sum(bool(d.date_ok) for d in self.docs)

    @property
    def wrong_dates(self) -> int:
        return sum(d.date_wrong for d in self.docs)

    @property
    def docs_per_second(self) -> Optional[float]:
        return len(self.docs) / self.parse_seconds if self.parse_seconds > 0 else None

    @property
    def mb_per_second(self) -> Optional[float]:
        return self.input_bytes / 1e6 / self.parse_seconds if self.parse_seconds > 0 else None


def evaluate(
    records: Sequence[GoldRecord],
    parser: Optional[Callable[[str], Document]] = None,
    progress: Optional[Progress] = None,
) -> Report:
    """Parse every record's ``text`` and score it; ``progress(done, total)`` after each.

    ``parser`` defaults to :func:`arclean.parse`.  Only the parser call is
    timed.  An exception from the parser propagates with the document id added
    to its notes (Python 3.11+), so a crash is never mistaken for a low score.
    """
    scores: List[DocScore] = []
    seconds = 0.0
    nbytes = 0
    parser = parser or parse
    for i, rec in enumerate(records, 1):
        start = time.perf_counter()
        try:
            doc = parser(rec.text)
        except Exception as exc:
            if hasattr(exc, "add_note"):
                exc.add_note(f"while parsing gold document {rec.id!r}")
            raise
        seconds += time.perf_counter() - start
        nbytes += len(rec.text.encode("utf-8"))
        scores.append(score_document(rec, doc))
        if progress is not None:
            progress(i, len(records))
    return Report(docs=tuple(scores), parse_seconds=seconds, input_bytes=nbytes)


# --------------------------------------------------------------------------- numbers


def _ratio(num: int, den: int) -> Optional[float]:
    return num / den if den else None


def metrics(report: Report) -> Dict[str, Optional[Number]]:
    """The report as flat named numbers (the names floors and targets use).

    ``body_f1``/``_p``/``_r`` overall; ``body_f1_<kind>`` etc. per kind present
    and for every corpus kind (``None`` when the kind has no documents);
    ``body_f1_page_macro``; ``title_accuracy``, ``spurious_titles``,
    ``date_accuracy``, ``wrong_dates`` and the speed figures.
    """
    out: Dict[str, Optional[Number]] = {"docs": len(report.docs)}
    for kind in [None, *KINDS, *[k for k in report.kinds() if k not in KINDS]]:
        suffix = "" if kind is None else f"_{kind}"
        body = report.body(kind)
        out[f"body_p{suffix}"] = body.precision if body else None
        out[f"body_r{suffix}"] = body.recall if body else None
        out[f"body_f1{suffix}"] = body.f1 if body else None
    out["body_f1_page_macro"] = report.macro_f1("page")
    out["title_accuracy"] = _ratio(report.titles_ok, report.titles_judged)
    out["spurious_titles"] = report.spurious_titles
    out["date_accuracy"] = _ratio(report.dates_ok, report.dates_judged)
    out["wrong_dates"] = report.wrong_dates
    out["docs_per_s"] = report.docs_per_second
    out["mb_per_s"] = report.mb_per_second
    return out


def _doc_row(d: DocScore) -> Dict[str, Any]:
    return {
        "id": d.id,
        "kind": d.kind,
        "precision": d.body.precision,
        "recall": d.body.recall,
        "f1": d.body.f1,
        "tokens_pred": d.body.n_pred,
        "tokens_gold": d.body.n_gold,
        "tokens_tp": d.body.tp,
        "title_ok": d.title_ok,
        "title_spurious": d.title_spurious,
        "date_ok": d.date_ok,
        "date_wrong": d.date_wrong,
        "gold_date": d.gold_date,
        "pred_date": d.pred_date,
    }


def report_to_dict(report: Report, gold_path: Optional[Union[str, Path]] = None) -> Dict[str, Any]:
    """Everything as a JSON-ready dict: the metrics, counts, speed and a per-document table."""
    out: Dict[str, Any] = {}
    if gold_path is not None:
        out["corpus"] = {"path": str(gold_path), "sha256": file_sha256(gold_path)}
    out["metrics"] = metrics(report)
    out["counts"] = {
        "docs_by_kind": {k: len(report.of_kind(k)) for k in report.kinds()},
        "titles_judged": report.titles_judged,
        "titles_ok": report.titles_ok,
        "dates_judged": report.dates_judged,
        "dates_ok": report.dates_ok,
        "parse_seconds": report.parse_seconds,
        "input_bytes": report.input_bytes,
    }
    out["per_doc"] = [_doc_row(d) for d in report.docs]
    return out


# --------------------------------------------------------------------------- text output


def _fmt(value: Optional[Number], digits: int = 3) -> str:
    """A rate with ``digits`` decimals, a count (int) as is, ``n/a`` for ``None``."""
    if value is None:
        return "  n/a"
    if isinstance(value, int):
        return str(value)
    return f"{value:.{digits}f}"


def _mark(name: str, value: Optional[Number], floors: Optional[Mapping[str, Number]], targets: Mapping[str, Number]) -> str:
    """`` target 0.950 ok``-style suffix: the target, the floor if given, and a verdict."""
    parts = []
    if floors is not None and name in floors:
        parts.append(f"floor {_fmt(floors[name])}")
    if name in targets:
        parts.append(f"target {_fmt(targets[name])}")
    if not parts:
        return ""
    if floors is not None and name in floors and not _meets(name, value, floors[name]):
        verdict = "BELOW FLOOR"
    elif name in targets:
        verdict = "ok" if _meets(name, value, targets[name]) else "below target"
    else:
        verdict = "ok"
    return "  " + "  ".join(parts) + f"  {verdict}"


def format_scoreboard(
    report: Report,
    floors: Optional[Mapping[str, Number]] = None,
    targets: Mapping[str, Number] = DEFAULT_TARGETS,
    source: str = "",
) -> str:
    """A compact scoreboard (at most 15 lines) with targets, and floors when given."""
    m = metrics(report)
    by_kind = ", ".join(f"{len(report.of_kind(k))} {k}" for k in report.kinds())
    lines = [f"== arclean eval{' ' + source if source else ''}: {len(report.docs)} docs ({by_kind}) =="]
    lines.append("body tokens      P      R     F1")
    for kind in [None, *report.kinds()]:
        suffix = "" if kind is None else f"_{kind}"
        label = "all" if kind is None else kind
        lines.append(
            f"  {label:<10} {_fmt(m[f'body_p{suffix}'])}  {_fmt(m[f'body_r{suffix}'])}  {_fmt(m[f'body_f1{suffix}'])}"
            + _mark(f"body_f1{suffix}", m[f"body_f1{suffix}"], floors, targets)
        )
        if kind == "page":
            lines.append(
                f"  {'page macro':<24} {_fmt(m['body_f1_page_macro'])}"
                + _mark("body_f1_page_macro", m["body_f1_page_macro"], floors, targets)
            )
    lines.append(
        f"title      {report.titles_ok}/{report.titles_judged} exact = {_fmt(m['title_accuracy'])}"
        + _mark("title_accuracy", m["title_accuracy"], floors, targets)
        + f"  ({report.spurious_titles} given where gold has none)"
    )
    lines.append(
        f"published  {report.dates_ok}/{report.dates_judged} right = {_fmt(m['date_accuracy'])}"
        + _mark("date_accuracy", m["date_accuracy"], floors, targets)
    )
    lines.append(f"wrong dates {report.wrong_dates}" + _mark("wrong_dates_max", report.wrong_dates, floors, targets))
    dps, mbps = report.docs_per_second, report.mb_per_second
    lines.append(
        f"speed      {_fmt(dps, 1)} docs/s  {_fmt(mbps, 3)} MB/s  "
        f"({report.input_bytes / 1e6:.2f} MB in {report.parse_seconds:.3f} s of parse)"
    )
    return "\n".join(lines)


def format_per_doc(report: Report) -> str:
    """One row per document: id, kind, body P/R/F1, title and date verdicts."""
    def flag(ok: Optional[bool], extra: bool) -> str:
        if ok is None:
            return "extra" if extra else "-"
        return "ok" if ok else "miss"

    width = max([len(d.id) for d in report.docs] + [2])
    rows = [f"{'id':<{width}}  {'kind':<8} {'P':>5} {'R':>5} {'F1':>5}  title  date"]
    for d in report.docs:
        date = "WRONG" if d.date_wrong else flag(d.date_ok, False)
        rows.append(
            f"{d.id:<{width}}  {d.kind:<8} {d.body.precision:5.3f} {d.body.recall:5.3f} {d.body.f1:5.3f}"
            f"  {flag(d.title_ok, d.title_spurious):<5}  {date}"
        )
    return "\n".join(rows)


# --------------------------------------------------------------------------- floors


def _meets(name: str, value: Optional[Number], bound: Number) -> bool:
    """Does ``value`` satisfy the floor/target ``bound`` called ``name``?"""
    if value is None:
        return False
    if name.endswith(_MAX_SUFFIX):
        return value <= bound
    return value >= bound


def _metric_for(name: str, m: Mapping[str, Optional[Number]]) -> Optional[Number]:
    """The measured value a floor/target name refers to (``wrong_dates_max`` -> ``wrong_dates``)."""
    key = name[: -len(_MAX_SUFFIX)] if name.endswith(_MAX_SUFFIX) else name
    if key not in m:
        raise KeyError(f"unknown metric {key!r} (known: {', '.join(sorted(m))})")
    return m[key]


def check_floors(report: Report, floors: Mapping[str, Number]) -> List[str]:
    """Messages for every floor the report does not meet (empty when all hold)."""
    m = metrics(report)
    failures = []
    for name, bound in floors.items():
        value = _metric_for(name, m)
        if not _meets(name, value, bound):
            rel = "<=" if name.endswith(_MAX_SUFFIX) else ">="
            failures.append(f"{name}: measured {_fmt(value, 4)}, floor asks {rel} {bound}")
    return failures


def _pinned_value(name: str, value: Number) -> Number:
    """The floor to pin for a measured ``value``: a count as is, a rate minus slack, rounded down."""
    if name.endswith(_MAX_SUFFIX):
        return int(value)
    return max(0.0, math.floor((value - PIN_SLACK) * 1000 + 1e-9) / 1000)


def pin_floors(
    report: Report,
    floors_path: Union[str, Path],
    gold_path: Union[str, Path],
    force: bool = False,
) -> List[str]:
    """Rewrite the floors file from the current numbers; return a line per change.

    Every target name gets a floor.  A floor is only ever raised (a ``_max``
    bound only lowered) unless ``force``; the corpus path and SHA-256 are
    re-pinned.  A metric the corpus cannot measure (``None``) keeps its floor.
    The file is created with :data:`DEFAULT_TARGETS` when it does not exist.
    """
    floors_path = Path(floors_path)
    data: Dict[str, Any] = json.loads(floors_path.read_text(encoding="utf-8")) if floors_path.exists() else {}
    targets: Dict[str, Number] = dict(data.get("targets") or DEFAULT_TARGETS)
    old: Dict[str, Number] = dict(data.get("floors") or {})
    m = metrics(report)
    new: Dict[str, Number] = {}
    changes: List[str] = []
    for name in [*targets, *[n for n in old if n not in targets]]:
        value = _metric_for(name, m)
        if value is None:
            if name in old:
                new[name] = old[name]
            continue
        candidate = _pinned_value(name, value)
        previous = old.get(name)
        keep = previous is not None and not force and not _meets(name, candidate, previous)
        new[name] = previous if keep else candidate
        if keep:
            changes.append(f"{name}: kept {previous} (measured {_fmt(value, 4)}; use --force to lower)")
        elif previous != candidate:
            changes.append(f"{name}: {previous} -> {candidate}")
    corpus = dict(data.get("corpus") or {})
    gold = Path(gold_path)
    corpus.setdefault("path", f"{gold.parent.name}/{gold.name}")
    sha = file_sha256(gold)
    if corpus.get("sha256") != sha:
        changes.append(f"corpus sha256: {corpus.get('sha256')} -> {sha}")
    corpus["sha256"] = sha
    data.update(corpus=corpus, floors=new, targets=targets)
    floors_path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return changes
