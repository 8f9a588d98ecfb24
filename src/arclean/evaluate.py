"""Score :func:`arclean.parse` against hand-labelled gold (the dev corpus format).

A gold file is JSON Lines, one document a line, as described in
``../shared/corpus/README.md``: ``id``, ``site``, ``kind`` (``page``,
``article`` or ``control``), ``text`` (the input to ``parse``), ``gold.body``,
``gold.meta`` (``title``, ``published``, ...) and ``gold.segments``.

The scores:

* **body**: token precision, recall and F1.  Tokens are
  ``re.findall(r"\\w+", unicodedata.normalize("NFKC", s))`` counted as a
  multiset per document.  Corpus figures are *micro* (true positives and
  counts summed over documents), overall and per kind.  Each kind also gets a
  *macro* F1 (the mean of per-document F1) and a *worst* document F1, both
  taken over the documents that have an article (a gold body with at least
  one token).  A document with nothing to find and nothing found scores 1.0;
  see :func:`prf`.
* **no-article documents** (gold body without a token): how many come out
  *emptied*, i.e. with a body that has no token either.
* **metadata**: every field of :class:`arclean.Metadata`.  ``title``,
  ``author``, ``source``, ``dateline`` and ``category`` match exactly after
  collapsing whitespace; ``tags`` match as a set (each tag whitespace
  collapsed); ``published`` and ``updated`` match on the date part
  (``YYYY-MM-DD``).  An empty string or tag list counts as not given.  Each
  field counts, over the documents whose gold gives it, *right* and *missed*
  (nothing given); *wrong* counts every document where a value is given that
  differs from gold, including where gold has none (*spurious*).  Wrong dates
  are worse than missing ones.
* **sites**: body P/R/F1 micro over each site's documents, and the spread of
  the per-site F1 (minimum, 10th percentile, median, mean); see
  :func:`site_scores` and :func:`spread`.  :func:`leave_one_site_out` scores
  every site with a model fitted without it.
* **speed**: documents and megabytes (10**6 UTF-8 bytes of input text) per
  second of time spent inside ``parse``.

Only the public API (:func:`arclean.parse` and :class:`arclean.Document`) is
used, so any engine behind it can be scored.  :func:`metrics` flattens a
:class:`Report` into named numbers; :func:`check_floors` compares them with
the enforced floors of ``tests/quality_floors.json`` and :func:`pin_floors`
ratchets those floors up to what the engine measures now, on the union of
the gold files and on each file.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import importlib
import inspect
import json
import math
import re
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import (
    Any, Callable, Dict, FrozenSet, Iterable, List, Mapping, Optional, Sequence, Tuple, Union,
)

from .api import parse
from .model import Document

__all__ = [
    "KINDS",
    "META_FIELDS",
    "DEFAULT_TARGETS",
    "PINNED_FLOORS",
    "GoldError",
    "ModelUnavailable",
    "GoldRecord",
    "PRF",
    "FieldScore",
    "FieldCounts",
    "DocScore",
    "Report",
    "SiteScore",
    "Spread",
    "tokens",
    "prf",
    "load_gold",
    "score_document",
    "evaluate",
    "union",
    "site_scores",
    "spread",
    "percentile",
    "load_linemodel_fit",
    "leave_one_site_out",
    "metrics",
    "report_to_dict",
    "format_scoreboard",
    "format_per_doc",
    "format_by_site",
    "floors_spec",
    "check_floors",
    "check_spec",
    "pin_floors",
    "file_sha256",
]

#: the document kinds of the dev corpus, in the order they are reported
KINDS = ("page", "article", "control")

#: fields compared exactly after collapsing whitespace
TEXT_FIELDS = ("title", "author", "source", "dateline", "category")
#: fields compared on their date part (``YYYY-MM-DD``)
DATE_FIELDS = ("published", "updated")
#: every metadata field, in the order they are reported
META_FIELDS = ("title", "published", "updated", "author", "source", "dateline", "category", "tags")

#: the goals of the open quality issues (10 and 11, on the union of the shared
#: corpus files); a name ending in ``_max`` is an upper bound on the metric
#: without the suffix, every other name a lower bound
DEFAULT_TARGETS: Dict[str, float] = {
    "body_f1": 0.95,
    "body_f1_page": 0.97,
    "body_f1_page_macro": 0.97,
    "body_f1_page_worst": 0.85,
    "body_f1_article": 0.97,
    "body_f1_control": 0.995,
    "no_article_empty_rate": 0.80,
    "title_accuracy": 0.90,
    "published_accuracy": 0.90,
    "wrong_dates_max": 0,
    "published_wrong_max": 0,
    "updated_wrong_max": 0,
    "author_accuracy": 0.80,
    "author_wrong_max": 1,
    "source_accuracy": 0.80,
    "source_wrong_max": 1,
    "dateline_accuracy": 0.80,
    "dateline_wrong_max": 1,
    "tags_accuracy": 0.80,
    "tags_wrong_max": 1,
}

#: what :func:`pin_floors` always pins, beside the targets and the floors
#: already in the file: every kind's micro, macro and worst body F1, the
#: no-article rate, the per-site spread, and each metadata field's accuracy
#: and most wrong values
PINNED_FLOORS: Tuple[str, ...] = (
    "body_f1",
    *[f"body_f1_{k}{s}" for k in KINDS for s in ("", "_macro", "_worst")],
    "no_article_empty_rate",
    "site_f1_min",
    "site_f1_p10",
    "site_f1_median",
    *[f"{f}_accuracy" for f in META_FIELDS],
    *[f"{f}_wrong_max" for f in META_FIELDS],
    "wrong_dates_max",
)

#: wrong dates are never tolerated: these bounds are always pinned at 0
ZERO_FLOORS = frozenset({"wrong_dates_max", "published_wrong_max", "updated_wrong_max"})

#: how far below the measured value a pinned floor is set, so that harmless
#: noise (one token more or less) does not fail the gate
PIN_SLACK = 0.005

#: the site name of records that carry none
NO_SITE = "(no site)"

_TOKEN_RE = re.compile(r"\w+")
_MAX_SUFFIX = "_max"

Number = Union[int, float]
Progress = Callable[[int, int], None]
PathLike = Union[str, Path]
#: ``arclean.linemodel.fit``: gold records in, a model for ``parse(text, model=...)`` out
Fit = Callable[[List["GoldRecord"]], Any]


class GoldError(ValueError):
    """A gold file that cannot be read: bad JSON or a missing field (with its line)."""


class ModelUnavailable(RuntimeError):
    """``--loso`` asked for, but ``arclean.linemodel.fit`` or ``parse(model=...)`` is missing."""


# --------------------------------------------------------------------------- gold


@dataclass(frozen=True)
class GoldRecord:
    """One gold document: the input text and what a perfect parse returns.

    ``tags`` is ``None`` or a tuple; ``segments`` holds the gold
    ``(start, end, label)`` spans into ``text`` (for fitting line models).
    """

    id: str
    kind: str
    text: str
    body: str
    title: Optional[str] = None
    published: Optional[str] = None
    html: Optional[str] = None
    site: Optional[str] = None
    updated: Optional[str] = None
    author: Optional[str] = None
    source: Optional[str] = None
    tags: Optional[Tuple[str, ...]] = None
    dateline: Optional[str] = None
    category: Optional[str] = None
    segments: Tuple[Tuple[int, int, str], ...] = ()

    @property
    def site_name(self) -> str:
        """The site, or :data:`NO_SITE` when the record names none."""
        return self.site or NO_SITE


def _record_from_json(obj: Any, where: str) -> GoldRecord:
    """Build a :class:`GoldRecord` from one decoded JSON line, or raise :class:`GoldError`."""
    if not isinstance(obj, dict):
        raise GoldError(f"{where}: expected a JSON object, got {type(obj).__name__}")
    missing = [k for k in ("id", "kind", "text", "gold") if k not in obj]
    gold: Any = obj.get("gold")
    if not missing and (not isinstance(gold, dict) or "body" not in gold):
        missing.append("gold.body")
    if missing or not isinstance(gold, dict):
        raise GoldError(f"{where}: missing field(s) {', '.join(missing)}")
    meta = gold.get("meta") or {}
    if not isinstance(obj["text"], str) or not isinstance(gold["body"], str):
        raise GoldError(f"{where}: 'text' and 'gold.body' must be strings")
    if not isinstance(meta, dict):
        raise GoldError(f"{where}: 'gold.meta' must be an object")
    tags = meta.get("tags")
    if tags is not None and (not isinstance(tags, list) or not all(isinstance(t, str) for t in tags)):
        raise GoldError(f"{where}: 'gold.meta.tags' must be a list of strings or null")
    try:
        segments = tuple((int(s), int(e), str(label)) for s, e, label in gold.get("segments") or ())
    except (TypeError, ValueError):
        raise GoldError(f"{where}: 'gold.segments' must be [start, end, label] triples") from None
    site = obj.get("site")
    return GoldRecord(
        id=str(obj["id"]),
        kind=str(obj["kind"]),
        text=obj["text"],
        body=gold["body"],
        title=meta.get("title"),
        published=meta.get("published"),
        html=obj.get("html"),
        site=None if site is None else str(site),
        updated=meta.get("updated"),
        author=meta.get("author"),
        source=meta.get("source"),
        tags=None if tags is None else tuple(tags),
        dateline=meta.get("dateline"),
        category=meta.get("category"),
        segments=segments,
    )


def load_gold(path: PathLike) -> List[GoldRecord]:
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


def file_sha256(path: PathLike) -> str:
    """Hex SHA-256 of a file's bytes (pins the corpus the floors were measured on)."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


# --------------------------------------------------------------------------- scoring


def tokens(text: str) -> "Counter[str]":
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


def _sum_prf(items: Iterable[PRF]) -> PRF:
    total = PRF(0, 0, 0)
    for item in items:
        total = total + item
    return total


def _collapse(text: Optional[str]) -> Optional[str]:
    """Whitespace runs to one space, ends stripped; ``None`` and blank give ``None``."""
    if text is None:
        return None
    return " ".join(str(text).split()) or None


def _date_part(value: Union[None, str, _dt.date, _dt.datetime]) -> Optional[str]:
    """``YYYY-MM-DD`` of an ISO string, a date or a datetime; ``None`` and blank give ``None``."""
    if value is None:
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    return str(value).strip()[:10] or None


def _tag_set(value: Optional[Iterable[str]]) -> Optional[FrozenSet[str]]:
    """The set of whitespace-collapsed, non-blank tags; ``None`` when there are none."""
    if value is None:
        return None
    tags = frozenset(t for t in (_collapse(v) for v in value) if t)
    return tags or None


def _normal(name: str, value: Any) -> Any:
    """The comparable form of a metadata value (see the module docstring)."""
    if name in DATE_FIELDS:
        return _date_part(value)
    if name == "tags":
        return _tag_set(value)
    return _collapse(value)


@dataclass(frozen=True)
class FieldScore:
    """One metadata field of one document: the comparable gold and predicted values."""

    gold: Any
    pred: Any

    @property
    def verdict(self) -> str:
        """``right``, ``missed``, ``wrong``, ``spurious`` (given where gold has none) or ``none``."""
        if self.gold is None:
            return "none" if self.pred is None else "spurious"
        if self.pred is None:
            return "missed"
        return "right" if self.pred == self.gold else "wrong"

    @property
    def is_wrong(self) -> bool:
        """A value was given that differs from gold, or given where gold has none."""
        return self.verdict in ("wrong", "spurious")

    def to_json(self) -> Dict[str, Any]:
        def plain(v: Any) -> Any:
            return sorted(v) if isinstance(v, frozenset) else v

        return {"gold": plain(self.gold), "pred": plain(self.pred), "verdict": self.verdict}


@dataclass(frozen=True)
class DocScore:
    """How one document scored.

    ``fields`` maps every name of :data:`META_FIELDS` to its
    :class:`FieldScore`.  ``title_ok`` and ``date_ok`` are ``None`` when gold
    has no title / published date (the document does not count for that
    accuracy).
    """

    id: str
    kind: str
    body: PRF
    fields: Mapping[str, FieldScore] = field(default_factory=dict)
    site: str = NO_SITE

    @property
    def has_article(self) -> bool:
        """Gold has a body (at least one token)."""
        return self.body.n_gold > 0

    @property
    def emptied(self) -> bool:
        """The predicted body has no token (right for a document without an article)."""
        return self.body.n_pred == 0

    def _field(self, name: str) -> FieldScore:
        return self.fields.get(name) or FieldScore(None, None)

    def _text(self, name: str, side: str) -> Optional[str]:
        value = getattr(self._field(name), side)
        return value if isinstance(value, str) else None

    @property
    def gold_title(self) -> Optional[str]:
        return self._text("title", "gold")

    @property
    def pred_title(self) -> Optional[str]:
        return self._text("title", "pred")

    @property
    def gold_date(self) -> Optional[str]:
        return self._text("published", "gold")

    @property
    def pred_date(self) -> Optional[str]:
        return self._text("published", "pred")

    @property
    def title_ok(self) -> Optional[bool]:
        f = self._field("title")
        return None if f.gold is None else f.verdict == "right"

    @property
    def title_spurious(self) -> bool:
        """A title was predicted where gold has none."""
        return self._field("title").verdict == "spurious"

    @property
    def date_ok(self) -> Optional[bool]:
        f = self._field("published")
        return None if f.gold is None else f.verdict == "right"

    @property
    def date_wrong(self) -> bool:
        """A published date was given that differs from gold, or given where gold has none."""
        return self._field("published").is_wrong


def score_document(record: GoldRecord, doc: Document) -> DocScore:
    """Score one parse result against its gold record."""
    meta = doc.metadata
    return DocScore(
        id=record.id,
        kind=record.kind,
        body=prf(doc.body, record.body),
        fields={
            name: FieldScore(_normal(name, getattr(record, name)), _normal(name, getattr(meta, name, None)))
            for name in META_FIELDS
        },
        site=record.site_name,
    )


@dataclass(frozen=True)
class FieldCounts:
    """One metadata field over a report: ``right + missed + wrong_gold == judged``."""

    judged: int  # documents whose gold gives the field
    right: int
    missed: int
    wrong: int  # given and different from gold, including where gold has none
    spurious: int  # the part of ``wrong`` where gold has none

    @property
    def accuracy(self) -> Optional[float]:
        return self.right / self.judged if self.judged else None


@dataclass(frozen=True)
class SiteScore:
    """Body counts micro-summed over one site's documents."""

    site: str
    docs: int
    body: PRF


@dataclass(frozen=True)
class Spread:
    """How a set of per-site F1 values spreads (see :func:`spread`)."""

    n: int
    min: float
    p10: float
    median: float
    mean: float


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-quantile (0..1) by linear interpolation between the closest ranks.

    Sorted values ``v[0..n-1]``: position ``q * (n - 1)``, interpolated between
    its neighbours (the numpy default).  ``values`` must not be empty.
    """
    if not values:
        raise ValueError("percentile of no values")
    xs = sorted(values)
    pos = q * (len(xs) - 1)
    lo = math.floor(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def spread(values: Sequence[float]) -> Optional[Spread]:
    """Minimum, 10th percentile, median and mean of ``values``; ``None`` when empty."""
    if not values:
        return None
    return Spread(len(values), min(values), percentile(values, 0.1), percentile(values, 0.5), sum(values) / len(values))


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

    def with_article(self, kind: Optional[str] = None) -> List[DocScore]:
        """Documents (of one kind) whose gold has a body."""
        return [d for d in self.of_kind(kind) if d.has_article]

    def body(self, kind: Optional[str] = None) -> Optional[PRF]:
        """Micro-summed body counts over all docs, or one kind; ``None`` if no such docs."""
        docs = self.of_kind(kind)
        return _sum_prf(d.body for d in docs) if docs else None

    def macro_f1(self, kind: Optional[str] = None) -> Optional[float]:
        """Mean body F1 over the documents (of one kind) that have an article; ``None`` if none."""
        docs = self.with_article(kind)
        return sum(d.body.f1 for d in docs) / len(docs) if docs else None

    def worst(self, kind: Optional[str] = None) -> Optional[DocScore]:
        """The lowest-F1 document (of one kind) that has an article (the first on ties)."""
        docs = self.with_article(kind)
        return min(docs, key=lambda d: d.body.f1) if docs else None

    @property
    def no_article(self) -> List[DocScore]:
        return [d for d in self.docs if not d.has_article]

    @property
    def no_article_emptied(self) -> int:
        return sum(d.emptied for d in self.no_article)

    def field_counts(self, name: str) -> FieldCounts:
        verdicts = Counter(d._field(name).verdict for d in self.docs)
        return FieldCounts(
            judged=verdicts["right"] + verdicts["missed"] + verdicts["wrong"],
            right=verdicts["right"],
            missed=verdicts["missed"],
            wrong=verdicts["wrong"] + verdicts["spurious"],
            spurious=verdicts["spurious"],
        )

    @property
    def titles_judged(self) -> int:
        return self.field_counts("title").judged

    @property
    def titles_ok(self) -> int:
        return self.field_counts("title").right

    @property
    def spurious_titles(self) -> int:
        return self.field_counts("title").spurious

    @property
    def dates_judged(self) -> int:
        return self.field_counts("published").judged

    @property
    def dates_ok(self) -> int:
        return self.field_counts("published").right

    @property
    def wrong_dates(self) -> int:
        """Wrong published plus wrong updated dates."""
        return sum(self.field_counts(name).wrong for name in DATE_FIELDS)

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


def union(reports: Sequence[Report]) -> Report:
    """One report over the documents of several (e.g. one per gold file), times summed."""
    return Report(
        docs=tuple(d for r in reports for d in r.docs),
        parse_seconds=sum(r.parse_seconds for r in reports),
        input_bytes=sum(r.input_bytes for r in reports),
    )


def site_scores(report: Report) -> List[SiteScore]:
    """Body counts per site, micro over each site's documents; worst F1 first, then by name."""
    by_site: Dict[str, List[DocScore]] = {}
    for d in report.docs:
        by_site.setdefault(d.site, []).append(d)
    scores = [SiteScore(site, len(docs), _sum_prf(d.body for d in docs)) for site, docs in by_site.items()]
    return sorted(scores, key=lambda s: (s.body.f1, s.site))


def _site_spread(report: Report) -> Optional[Spread]:
    return spread([s.body.f1 for s in site_scores(report)])


# --------------------------------------------------------------------------- leave one site out


def load_linemodel_fit() -> Fit:
    """``arclean.linemodel.fit``, after checking that ``parse`` takes ``model=``.

    Raises :class:`ModelUnavailable` with a message for people when the
    module cannot be imported, has no callable ``fit``, or :func:`parse` has
    no ``model`` argument.
    """
    try:
        module = importlib.import_module("arclean.linemodel")
    except ImportError as exc:
        raise ModelUnavailable(
            f"leave-one-site-out needs arclean.linemodel.fit(records), but arclean.linemodel "
            f"cannot be imported ({exc})"
        ) from None
    fit: Optional[Fit] = getattr(module, "fit", None)
    if fit is None or not callable(fit):
        raise ModelUnavailable("leave-one-site-out needs arclean.linemodel.fit(records), which does not exist yet")
    try:
        params = inspect.signature(parse).parameters
    except (TypeError, ValueError):  # no signature to read: let the call decide
        return fit
    if "model" not in params and not any(p.kind is p.VAR_KEYWORD for p in params.values()):
        raise ModelUnavailable("leave-one-site-out needs arclean.parse(text, model=...), which takes no model yet")
    return fit


def leave_one_site_out(
    records: Sequence[GoldRecord],
    fit: Optional[Fit] = None,
    progress: Optional[Progress] = None,
) -> Report:
    """Score every site's records with a model fitted on all the other sites.

    For each site (sorted by name): ``model = fit(records of every other
    site)``, then each of that site's records is parsed with
    ``arclean.parse(text, model=model)`` and scored.  ``fit`` defaults to
    :func:`load_linemodel_fit`'s.  The returned report keeps the records'
    order; ``progress(done, total)`` is called after each site.
    """
    if fit is None:
        fit = load_linemodel_fit()
    sites = sorted({r.site_name for r in records})
    by_id: Dict[int, DocScore] = {}
    seconds = 0.0
    for i, site in enumerate(sites, 1):
        held_out = [j for j, r in enumerate(records) if r.site_name == site]
        model = fit([r for r in records if r.site_name != site])

        def with_model(text: str, _model: Any = model) -> Document:
            return parse(text, model=_model)  # type: ignore[call-arg]

        part = evaluate([records[j] for j in held_out], parser=with_model)
        seconds += part.parse_seconds
        by_id.update(zip(held_out, part.docs))
        if progress is not None:
            progress(i, len(sites))
    return Report(
        docs=tuple(by_id[j] for j in range(len(records))),
        parse_seconds=seconds,
        input_bytes=sum(len(r.text.encode("utf-8")) for r in records),
    )


# --------------------------------------------------------------------------- numbers


def _ratio(num: int, den: int) -> Optional[float]:
    return num / den if den else None


def metrics(report: Report) -> Dict[str, Optional[Number]]:
    """The report as flat named numbers (the names floors and targets use).

    * ``body_p``/``_r``/``_f1`` overall and ``body_f1_<kind>`` etc. per kind
      present and for every corpus kind (``None`` when the kind has no
      documents); ``body_f1_macro``/``_worst`` and ``body_f1_<kind>_macro``
      /``_worst`` over the documents that have an article;
    * ``no_article_docs``, ``no_article_emptied``, ``no_article_empty_rate``;
    * per metadata field ``f``: ``f_judged``, ``f_right``, ``f_missed``,
      ``f_wrong``, ``f_spurious`` and ``f_accuracy`` (right / judged); the
      older names ``spurious_titles``, ``date_accuracy`` (published) and
      ``wrong_dates`` (published + updated) are kept;
    * ``sites`` and ``site_f1_min``/``_p10``/``_median``/``_mean``;
    * ``docs_per_s`` and ``mb_per_s``.
    """
    out: Dict[str, Optional[Number]] = {"docs": len(report.docs)}
    for kind in [None, *KINDS, *[k for k in report.kinds() if k not in KINDS]]:
        suffix = "" if kind is None else f"_{kind}"
        body = report.body(kind)
        out[f"body_p{suffix}"] = body.precision if body else None
        out[f"body_r{suffix}"] = body.recall if body else None
        out[f"body_f1{suffix}"] = body.f1 if body else None
        out[f"body_f1{suffix}_macro"] = report.macro_f1(kind)
        worst = report.worst(kind)
        out[f"body_f1{suffix}_worst"] = worst.body.f1 if worst else None
    out["no_article_docs"] = len(report.no_article)
    out["no_article_emptied"] = report.no_article_emptied
    out["no_article_empty_rate"] = _ratio(report.no_article_emptied, len(report.no_article))
    for name in META_FIELDS:
        c = report.field_counts(name)
        out[f"{name}_judged"] = c.judged
        out[f"{name}_right"] = c.right
        out[f"{name}_missed"] = c.missed
        out[f"{name}_wrong"] = c.wrong
        out[f"{name}_spurious"] = c.spurious
        out[f"{name}_accuracy"] = c.accuracy
    out["spurious_titles"] = report.spurious_titles
    out["date_accuracy"] = out["published_accuracy"]
    out["wrong_dates"] = report.wrong_dates
    sp = _site_spread(report)
    out["sites"] = sp.n if sp else 0
    out["site_f1_min"] = sp.min if sp else None
    out["site_f1_p10"] = sp.p10 if sp else None
    out["site_f1_median"] = sp.median if sp else None
    out["site_f1_mean"] = sp.mean if sp else None
    out["docs_per_s"] = report.docs_per_second
    out["mb_per_s"] = report.mb_per_second
    return out


def _doc_row(d: DocScore, file: Optional[str] = None) -> Dict[str, Any]:
    row: Dict[str, Any] = {"id": d.id, "kind": d.kind, "site": d.site}
    if file is not None:
        row["file"] = file
    row.update({
        "precision": d.body.precision,
        "recall": d.body.recall,
        "f1": d.body.f1,
        "tokens_pred": d.body.n_pred,
        "tokens_gold": d.body.n_gold,
        "tokens_tp": d.body.tp,
        "has_article": d.has_article,
        "emptied": d.emptied,
        "title_ok": d.title_ok,
        "title_spurious": d.title_spurious,
        "date_ok": d.date_ok,
        "date_wrong": d.date_wrong,
        "gold_date": d.gold_date,
        "pred_date": d.pred_date,
        "fields": {name: d._field(name).to_json() for name in META_FIELDS},
    })
    return row


def _site_rows(report: Report) -> List[Dict[str, Any]]:
    return [
        {"site": s.site, "docs": s.docs, "precision": s.body.precision, "recall": s.body.recall, "f1": s.body.f1}
        for s in site_scores(report)
    ]


def _spread_json(report: Report) -> Optional[Dict[str, Number]]:
    sp = _site_spread(report)
    return None if sp is None else {"sites": sp.n, "min": sp.min, "p10": sp.p10, "median": sp.median, "mean": sp.mean}


def _counts(report: Report) -> Dict[str, Any]:
    return {
        "docs_by_kind": {k: len(report.of_kind(k)) for k in report.kinds()},
        "titles_judged": report.titles_judged,
        "titles_ok": report.titles_ok,
        "dates_judged": report.dates_judged,
        "dates_ok": report.dates_ok,
        "no_article_docs": len(report.no_article),
        "no_article_emptied": report.no_article_emptied,
        "fields": {name: vars(report.field_counts(name)) for name in META_FIELDS},
        "parse_seconds": report.parse_seconds,
        "input_bytes": report.input_bytes,
    }


def report_to_dict(
    report: Report,
    gold_path: Optional[PathLike] = None,
    *,
    files: Sequence[Tuple[PathLike, Report]] = (),
    loso: Optional[Report] = None,
) -> Dict[str, Any]:
    """Everything as a JSON-ready dict.

    ``metrics``, ``counts``, ``by_site`` and ``site_spread`` of ``report``,
    and a ``per_doc`` table.  ``files`` (path, report) pairs, whose union
    ``report`` is, add a ``files`` list with each file's path, SHA-256,
    metrics and counts; a single ``gold_path`` also gives the older
    ``corpus`` entry.  ``loso`` (from :func:`leave_one_site_out`) adds a
    ``loso`` section.
    """
    out: Dict[str, Any] = {}
    if gold_path is not None:
        out["corpus"] = {"path": str(gold_path), "sha256": file_sha256(gold_path)}
        if not files:
            files = [(gold_path, report)]
    out["metrics"] = metrics(report)
    out["counts"] = _counts(report)
    out["by_site"] = _site_rows(report)
    out["site_spread"] = _spread_json(report)
    if files:
        out["files"] = [
            {"path": str(p), "sha256": file_sha256(p), "metrics": metrics(r), "counts": _counts(r)} for p, r in files
        ]
    if loso is not None:
        out["loso"] = {
            "metrics": metrics(loso),
            "by_site": _site_rows(loso),
            "site_spread": _spread_json(loso),
            "per_doc": [_doc_row(d) for d in loso.docs],
        }
    if len(files) > 1:
        out["per_doc"] = [_doc_row(d, Path(p).name) for p, r in files for d in r.docs]
    else:
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


def _marks(
    items: Sequence[Tuple[str, Optional[Number], str]],
    floors: Optional[Mapping[str, Number]],
    targets: Mapping[str, Number],
) -> str:
    """`` floor 0.900  target 0.950  ok``-style suffix for one or more ``(name, value, label)``.

    With several values, each bound reads ``label bound`` (an upper bound
    ``label <=N``), joined by ", "; the verdict is the worst of them
    (``BELOW FLOOR``, then ``below target``, else ``ok``).
    """
    floors = floors or {}
    several = len(items) > 1

    def bound(name: str, label: str, value: Number) -> str:
        text = _fmt(value)
        if several:
            text = (f"<={text}" if name.endswith(_MAX_SUFFIX) else text)
            text = f"{label} {text}" if label else text
        return text

    floor_parts = [bound(n, label, floors[n]) for n, _, label in items if n in floors]
    target_parts = [bound(n, label, targets[n]) for n, _, label in items if n in targets]
    if not floor_parts and not target_parts:
        return ""
    parts = []
    if floor_parts:
        parts.append("floor " + ", ".join(floor_parts))
    if target_parts:
        parts.append("target " + ", ".join(target_parts))
    if any(n in floors and not _meets(n, v, floors[n]) for n, v, _ in items):
        verdict = "BELOW FLOOR"
    elif any(n in targets and v is not None and not _meets(n, v, targets[n]) for n, v, _ in items):
        verdict = "below target"
    elif all(v is None for _, v, _ in items):
        verdict = "n/a"
    else:
        verdict = "ok"
    return "  " + "  ".join(parts) + f"  {verdict}"


def _spread_text(sp: Optional[Spread]) -> str:
    if sp is None:
        return "no sites"
    return f"min {sp.min:.3f}  p10 {sp.p10:.3f}  median {sp.median:.3f}  mean {sp.mean:.3f}"


def format_scoreboard(
    report: Report,
    floors: Optional[Mapping[str, Number]] = None,
    targets: Mapping[str, Number] = DEFAULT_TARGETS,
    source: str = "",
) -> str:
    """A compact scoreboard (one line per figure, at most 30) with targets, and floors when given."""
    m = metrics(report)
    by_kind = ", ".join(f"{len(report.of_kind(k))} {k}" for k in report.kinds())
    lines = [f"== arclean eval{' ' + source if source else ''}: {len(report.docs)} docs ({by_kind}) =="]
    lines.append("body tokens      P      R     F1")
    for kind in [None, *report.kinds()]:
        suffix = "" if kind is None else f"_{kind}"
        label = "all" if kind is None else kind
        lines.append(
            f"  {label:<10} {_fmt(m[f'body_p{suffix}'])}  {_fmt(m[f'body_r{suffix}'])}  {_fmt(m[f'body_f1{suffix}'])}"
            + _marks([(f"body_f1{suffix}", m[f"body_f1{suffix}"], "")], floors, targets)
        )
        worst = report.worst(kind)
        if kind is None or worst is None:
            continue
        lines.append(
            f"  {kind + ' macro':<24} {_fmt(m[f'body_f1_{kind}_macro'])}"
            + _marks([(f"body_f1_{kind}_macro", m[f"body_f1_{kind}_macro"], "")], floors, targets)
        )
        lines.append(
            f"  {kind + ' worst':<24} {_fmt(worst.body.f1)}"
            + _marks([(f"body_f1_{kind}_worst", worst.body.f1, "")], floors, targets)
            + f"  ({worst.id})"
        )
    lines.append(
        f"no-article emptied {report.no_article_emptied}/{len(report.no_article)} = {_fmt(m['no_article_empty_rate'])}"
        + _marks([("no_article_empty_rate", m["no_article_empty_rate"], "")], floors, targets)
    )
    for name in META_FIELDS:
        c = report.field_counts(name)
        verb = "exact" if name in ("title",) else "right"
        lines.append(
            f"{name:<10} {c.right}/{c.judged} {verb} = {_fmt(c.accuracy)}  missed {c.missed}  wrong {c.wrong}"
            + _marks([(f"{name}_accuracy", c.accuracy, ""), (f"{name}_wrong_max", c.wrong, "wrong")], floors, targets)
            + f"  ({c.spurious} given where gold has none)"
        )
    lines.append(
        f"wrong dates {report.wrong_dates} (published + updated)"
        + _marks([("wrong_dates_max", report.wrong_dates, "")], floors, targets)
    )
    sp = _site_spread(report)
    lines.append(
        f"sites      {sp.n if sp else 0}, body F1 per site: {_spread_text(sp)}"
        + _marks([(f"site_f1_{k}", m[f"site_f1_{k}"], k) for k in ("min", "p10", "median")], floors, targets)
    )
    dps, mbps = report.docs_per_second, report.mb_per_second
    lines.append(
        f"speed      {_fmt(dps, 1)} docs/s  {_fmt(mbps, 3)} MB/s  "
        f"({report.input_bytes / 1e6:.2f} MB in {report.parse_seconds:.3f} s of parse)"
    )
    return "\n".join(lines)


def format_by_site(report: Report, title: str = "by site", baseline: Optional[Report] = None) -> str:
    """Per-site body P/R/F1 (micro over the site's docs), worst first, and the spread of the F1.

    With ``baseline`` (e.g. the in-sample run beside a leave-one-site-out
    run), each row also shows the baseline's F1 for the site and the change.
    """
    sites = site_scores(report)
    base = {s.site: s.body.f1 for s in site_scores(baseline)} if baseline is not None else {}
    width = max([len(s.site) for s in sites] + [4])
    head = f"{'site':<{width}}  {'docs':>4}  {'P':>5}  {'R':>5}  {'F1':>5}"
    if baseline is not None:
        head += f"  {'in-sample':>9}  {'change':>6}"
    lines = [f"== {title}: {len(sites)} sites ==", head]
    for s in sites:
        row = f"{s.site:<{width}}  {s.docs:>4}  {s.body.precision:5.3f}  {s.body.recall:5.3f}  {s.body.f1:5.3f}"
        if baseline is not None:
            b = base.get(s.site)
            row += f"  {_fmt(b):>9}  {_fmt(None if b is None else s.body.f1 - b):>6}"
        lines.append(row)
    lines.append(f"spread over {len(sites)} sites: {_spread_text(spread([s.body.f1 for s in sites]))}")
    if baseline is not None:
        lines.append(f"in-sample spread:     {_spread_text(_site_spread(baseline))}")
    return "\n".join(lines)


_FLAG = {"right": "ok", "missed": "miss", "wrong": "WRONG", "spurious": "extra", "none": "-"}


def format_per_doc(report: Report) -> str:
    """One row per document: id, kind, body P/R/F1, then a verdict per metadata field.

    ``title`` and ``date`` (published) keep their older flags (title: ``ok``,
    ``miss`` for missed or different, ``extra`` where gold has none; date:
    ``WRONG`` for any wrong date).  The other fields read ``ok``, ``miss``,
    ``WRONG`` (differs from gold), ``extra`` (given where gold has none;
    ``WRONG`` for ``updated``) or ``-``.
    """
    def flag(ok: Optional[bool], extra: bool) -> str:
        if ok is None:
            return "extra" if extra else "-"
        return "ok" if ok else "miss"

    others = [f for f in META_FIELDS if f not in ("title", "published")]
    short = {"updated": "upd", "author": "auth", "source": "src", "dateline": "dline", "category": "cat"}
    width = max([len(d.id) for d in report.docs] + [2])
    rows = [
        f"{'id':<{width}}  {'kind':<8} {'P':>5} {'R':>5} {'F1':>5}  title  date  "
        + " ".join(f"{short.get(f, f):<5}" for f in others).rstrip()
    ]
    for d in report.docs:
        date = "WRONG" if d.date_wrong else flag(d.date_ok, False)
        cells = []
        for name in others:
            v = d._field(name).verdict
            cells.append(f"{'WRONG' if name in DATE_FIELDS and v == 'spurious' else _FLAG[v]:<5}")
        rows.append(
            f"{d.id:<{width}}  {d.kind:<8} {d.body.precision:5.3f} {d.body.recall:5.3f} {d.body.f1:5.3f}"
            f"  {flag(d.title_ok, d.title_spurious):<5}  {date:<5} " + " ".join(cells).rstrip()
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


def _corpus_entries(data: Mapping[str, Any]) -> List[Dict[str, Any]]:
    """The floors file's corpus files: a list of ``{path, sha256[, floors]}`` (an older single dict accepted)."""
    corpus = data.get("corpus")
    if corpus is None:
        return []
    if isinstance(corpus, dict):
        return [dict(corpus)]
    if isinstance(corpus, list) and all(isinstance(e, dict) and "path" in e for e in corpus):
        return [dict(e) for e in corpus]
    raise ValueError("'corpus' must be a list of {path, sha256} objects")


@dataclass(frozen=True)
class FloorsSpec:
    """What a floors file says about a set of gold files (see :func:`floors_spec`)."""

    union: Optional[Mapping[str, Number]]  # the floors of the union, None when they do not apply
    files: Mapping[str, Mapping[str, Number]]  # per given file name: its own floors
    targets: Mapping[str, Number]
    notes: Tuple[str, ...]  # for people: floors that do not apply, changed checksums


def floors_spec(data: Mapping[str, Any], gold_paths: Sequence[PathLike]) -> FloorsSpec:
    """Which floors of a floors file apply to these gold files.

    The union floors (``floors``) apply when the file pins no corpus, or
    pins exactly these files (matched by file name); each given file that the
    file pins with its own ``floors`` gets those.  A checksum that differs
    from the pinned one gives a note.
    """
    entries = {Path(e["path"]).name: e for e in _corpus_entries(data)}
    names = [Path(p).name for p in gold_paths]
    notes: List[str] = []
    union_floors = data.get("floors")
    if entries and set(entries) != set(names) and union_floors:
        notes.append(
            f"the union floors were pinned on {', '.join(sorted(entries))}; not checked on {', '.join(names)}"
        )
        union_floors = None
    files: Dict[str, Mapping[str, Number]] = {}
    for path, name in zip(gold_paths, names):
        entry = entries.get(name)
        if entry is None:
            continue
        if entry.get("sha256") and entry["sha256"] != file_sha256(path):
            notes.append(f"{name} changed since the floors were pinned (sha256 differs)")
        if entry.get("floors"):
            files[name] = entry["floors"]
    return FloorsSpec(union_floors, files, data.get("targets") or DEFAULT_TARGETS, tuple(notes))


def check_spec(spec: FloorsSpec, report: Report, files: Sequence[Tuple[PathLike, Report]]) -> List[str]:
    """:func:`check_floors` on the union and on each file with floors; file messages start with its name."""
    failures = check_floors(report, spec.union) if spec.union else []
    for path, rep in files:
        name = Path(path).name
        if name in spec.files:
            failures += [f"{name}: {msg}" for msg in check_floors(rep, spec.files[name])]
    return failures


def _pinned_value(name: str, value: Number) -> Number:
    """The floor to pin for a measured ``value``: a count as is, a rate minus slack, rounded down."""
    if name in ZERO_FLOORS:
        return 0
    if name.endswith(_MAX_SUFFIX):
        return int(value)
    return max(0.0, math.floor((value - PIN_SLACK) * 1000 + 1e-9) / 1000)


def _pin(
    names: Sequence[str], old: Mapping[str, Number], m: Mapping[str, Optional[Number]], force: bool, prefix: str
) -> Tuple[Dict[str, Number], List[str]]:
    """New floors for ``names`` from the metrics ``m`` (raise only unless ``force``), and the change lines."""
    new: Dict[str, Number] = {}
    changes: List[str] = []
    for name in names:
        value = _metric_for(name, m)
        previous = old.get(name)
        if value is None:
            if previous is not None:
                new[name] = previous
            continue
        candidate = _pinned_value(name, value)
        keep = previous is not None and not force and not _meets(name, candidate, previous)
        new[name] = previous if keep and previous is not None else candidate
        if keep:
            changes.append(f"{prefix}{name}: kept {previous} (measured {_fmt(value, 4)}; use --force to lower)")
        elif previous != candidate:
            changes.append(f"{prefix}{name}: {previous} -> {candidate}")
        if name in ZERO_FLOORS and value:
            changes.append(f"{prefix}{name}: measured {value}, but wrong dates are never pinned above 0")
    return new, changes


def pin_floors(
    report: Report,
    floors_path: PathLike,
    gold_path: Union[PathLike, Sequence[PathLike]],
    force: bool = False,
    file_reports: Optional[Sequence[Report]] = None,
) -> List[str]:
    """Rewrite the floors file from the current numbers; return a line per change.

    ``report`` is scored on ``gold_path``, one file or several (then it is
    their union, and ``file_reports`` gives each file's report in the same
    order).  ``floors`` gets the union's floors for every target, every name
    of :data:`PINNED_FLOORS` and every floor already there; with several
    files each corpus entry also gets that file's own ``floors``.  A floor is
    only ever raised (a ``_max`` bound only lowered) unless ``force``; the
    bounds on wrong dates (:data:`ZERO_FLOORS`) are always 0.  A metric the
    corpus cannot measure (``None``) keeps its floor.  Each file's SHA-256
    is re-pinned; its path (relative to ``../shared``) is kept from the file
    or written as ``<parent>/<name>``.  Pinning other files than the ones
    the floors file names needs ``force``.  The file is created with
    :data:`DEFAULT_TARGETS` when it does not exist.
    """
    paths = [Path(gold_path)] if isinstance(gold_path, (str, Path)) else [Path(p) for p in gold_path]
    if file_reports is not None and len(file_reports) != len(paths):
        raise ValueError("file_reports must give one report per gold file")
    if len({p.name for p in paths}) != len(paths):
        raise ValueError("two gold files with the same name")
    floors_path = Path(floors_path)
    data: Dict[str, Any] = json.loads(floors_path.read_text(encoding="utf-8")) if floors_path.exists() else {}
    entries = {Path(e["path"]).name: e for e in _corpus_entries(data)}
    names = [p.name for p in paths]
    if entries and set(entries) != set(names) and not force:
        raise ValueError(
            f"the floors were pinned on {', '.join(sorted(entries))}; pin with the same files "
            f"(or --force to re-pin on {', '.join(names)})"
        )
    targets: Dict[str, Number] = dict(data.get("targets") or DEFAULT_TARGETS)
    old: Dict[str, Number] = dict(data.get("floors") or {})
    order = list(dict.fromkeys([*targets, *PINNED_FLOORS, *old]))
    new, changes = _pin(order, old, metrics(report), force, "")
    corpus: List[Dict[str, Any]] = []
    for i, path in enumerate(paths):
        entry = dict(entries.get(path.name) or {"path": f"{path.parent.name}/{path.name}"})
        sha = file_sha256(path)
        if entry.get("sha256") != sha:
            changes.append(f"{path.name} sha256: {entry.get('sha256')} -> {sha}")
        entry["sha256"] = sha
        if len(paths) > 1 and file_reports is not None:
            old_file = dict(entry.get("floors") or {})
            entry["floors"], file_changes = _pin(
                list(dict.fromkeys([*order, *old_file])), old_file, metrics(file_reports[i]), force, f"{path.name}: "
            )
            changes += file_changes
        else:
            entry.pop("floors", None)
        corpus.append(entry)
    data.update(corpus=corpus, floors=new, targets=targets)
    floors_path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return changes
