"""Corpus cleaning: ``arclean batch`` over JSONL and WARC files, written as sharded JSONL.

The pipeline, in one process or across ``workers`` processes::

    main process                          worker processes
    ------------                          ----------------
    read + decompress the inputs,   -->   decode, parse JSON, clean (arclean.parse or
    split them into records,              parse_html), serialise the output lines,
    cut records into shards               count kinds, rules and errors
          |                                      |
    write each shard in input order  <-----------+
    (temporary file, fsync, rename), then its state file

* **Inputs.** JSONL, plain or compressed (``.gz``, ``.zst``), one JSON object a
  line, the page in ``text_field`` (plain text) or ``html_field`` (HTML, through
  :func:`arclean.parse_html`); or WARC / WARC.gz files, whose HTML ``response``
  records are decoded with the charset of their HTTP ``Content-Type`` (strictly:
  bytes that do not decode make an error record, unless ``decode_errors`` is
  ``"replace"``); a record without one is handed to ``parse_html`` as bytes,
  which reads its ``<meta charset>`` or detects it.  WARC files are read with
  warcio (see ``docs/batch.md`` for why).
* **Outputs.** ``OUT_DIR/NNNN-STEM-KKKKK.jsonl``: one line per input record, the
  input record (for WARC: its URL, record id, date, content type and charset)
  plus ``body`` and ``metadata`` and, on request, ``segments``.  Shard ``KKKKK``
  of input ``NNNN`` holds a fixed run of that input's records (at most
  ``shard_records`` records and about ``shard_mb`` MB of input), so shard
  boundaries depend on the input alone and a resumed run cuts the same shards.
* **Errors.** A record that cannot be cleaned (broken JSON, a missing field, a
  field of the wrong type, undecodable bytes, a truncated or corrupt compressed
  stream, a parser failure) goes to ``OUT_DIR/errors.jsonl`` with its source
  file, line (or WARC record number), byte offset and reason, and the run goes
  on.  Invariant, per shard and for the run: records in = records out + errors.
* **Resume.** A shard is written to a temporary file, synced and renamed; then
  its state file (counts and errors) is written the same way under
  ``OUT_DIR/.arclean-batch/``.  A shard is done when its state file exists;
  ``resume=True`` skips done shards (their records are read past, not cleaned),
  so a run killed at any point and resumed loses and duplicates nothing.

Nothing is kept between records: each record is cleaned by a pure call.
"""
from __future__ import annotations

import hashlib
import importlib.util
import inspect
import json
import os
import re
import sys
import time
import zlib
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Deque, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence, Tuple, Type, Union

from . import __version__
from .api import parse

__all__ = [
    "BatchConfig",
    "BatchError",
    "BatchSummary",
    "run_batch",
    "format_summary",
    "input_format",
    "iter_items",
    "html_parser",
    "clean_record",
]

#: Error reasons (the ``reason`` field of errors.jsonl).
BROKEN_JSON = "broken_json"
MISSING_FIELD = "missing_field"
WRONG_TYPE = "wrong_type"
UNDECODABLE = "undecodable_bytes"
TRUNCATED = "truncated_input"
CORRUPT = "corrupt_input"
TOO_LARGE = "record_too_large"
PARSE_FAILED = "parse_failed"
UNKNOWN_CHARSET = "unknown_charset"

STATE_DIR = ".arclean-batch"
MANIFEST = "manifest.json"
ERRORS_FILE = "errors.jsonl"
SUMMARY_FILE = "summary.json"

_CHUNK = 1 << 20  # bytes read from an input at a time
#: A record is cut into a worker batch of at most this many records / bytes.
BATCH_RECORDS = 64
BATCH_BYTES = 1 << 20


class BatchError(Exception):
    """A problem with the run as a whole (bad arguments, an OUT_DIR of another run)."""


class _InputBroken(Exception):
    """A compressed stream that stops early or cannot be read further."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


# --------------------------------------------------------------------------- configuration


@dataclass(frozen=True)
class BatchConfig:
    """What each record goes through (sent once to every worker process).

    ``profile`` is an :class:`arclean.profile.Profile` (site templates) or None;
    a record's site is found with the profile's ``by`` (``"host"``: the host of
    ``url_field``; any other name: that field of the record).
    """

    text_field: str = "text"
    html_field: Optional[str] = None
    segments: bool = False
    profile: Any = None
    url_field: str = "url"
    decode_errors: str = "strict"  # for WARC payloads: "strict" (error record) or "replace"
    max_record_bytes: int = 64 << 20

    def fingerprint(self) -> Dict[str, Any]:
        """What must not change between a run and its resume (the output depends on it)."""
        prof = None
        if self.profile is not None:
            prof = hashlib.sha256(self.profile.to_json().encode("utf-8")).hexdigest()
        return {
            "text_field": self.text_field,
            "html_field": self.html_field,
            "segments": self.segments,
            "profile_sha256": prof,
            "url_field": self.url_field,
            "decode_errors": self.decode_errors,
        }


def html_parser(required_kwargs: Sequence[str] = ()) -> Callable[..., Any]:
    """:func:`arclean.parse_html`, or a :class:`BatchError` saying why it cannot be used."""
    if importlib.util.find_spec("arclean.html") is None:
        raise BatchError(
            "HTML input (--html-field or WARC) needs arclean.parse_html (module arclean.html), "
            "which this installation of arclean does not have yet; clean a text field with --text-field"
        )
    from . import html as _html  # noqa: WPS433 - optional module, written separately

    fn = getattr(_html, "parse_html", None)
    if fn is None:
        raise BatchError("arclean.html has no parse_html(): HTML input cannot be cleaned with this installation")
    for kw in required_kwargs:
        params: Mapping[str, inspect.Parameter]
        try:
            params = inspect.signature(fn).parameters
        except (TypeError, ValueError):  # pragma: no cover - builtins
            params = {}
        if kw not in params and not any(p.kind is p.VAR_KEYWORD for p in params.values()):
            raise BatchError(f"arclean.parse_html() does not take {kw}= in this installation")
    return fn


# --------------------------------------------------------------------------- reading inputs

#: An input item: (kind, number, offset, payload).  ``kind`` is "json" (payload: the line's
#: bytes), "warc" (payload: (headers dict, HTML bytes, HTTP charset or None)) or
#: "error" (payload: (reason, detail)).  ``number`` is the line number (JSONL) or the
#: record number (WARC, counting the records read); ``offset`` the byte offset of the
#: line in the decompressed stream (JSONL) or of the record in the file (WARC).
Item = Tuple[str, int, int, Any]


def input_format(path: Union[str, Path]) -> str:
    """``"warc"`` for ``*.warc``, ``*.warc.gz`` and ``*.arc(.gz)``, else ``"jsonl"``."""
    name = Path(path).name.lower()
    for suffix in (".gz", ".zst", ".zstd"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    return "warc" if name.endswith((".warc", ".arc")) else "jsonl"


def _decompressed_chunks(path: Path, tell: List[int]) -> Iterator[bytes]:
    """The decompressed bytes of ``path`` in chunks; ``tell[0]`` follows the raw file position.
    Raises :class:`_InputBroken` where a compressed stream ends early or is corrupt; all
    that could be decompressed before that point has been yielded."""
    name = path.name.lower()
    if name.endswith(".gz"):
        kind = "gzip"
        new_dobj: Callable[[], Any] = lambda: zlib.decompressobj(wbits=31)  # noqa: E731
        errors: Tuple[Type[BaseException], ...] = (zlib.error,)
    elif name.endswith((".zst", ".zstd")):
        kind = "zstd"
        try:
            import zstandard
        except ImportError:
            raise BatchError(
                f"{path}: reading .zst needs the zstandard package (pip install 'arclean[batch]')"
            ) from None
        dctx = zstandard.ZstdDecompressor()
        new_dobj = dctx.decompressobj
        errors = (zstandard.ZstdError,)
    else:
        with open(path, "rb") as fh:
            while True:
                chunk = fh.read(_CHUNK)
                tell[0] = fh.tell()
                if not chunk:
                    return
                yield chunk
        return
    with open(path, "rb") as fh:
        dobj = new_dobj()
        in_member = False  # bytes of an unfinished gzip member / zstd frame were fed
        while True:
            raw = fh.read(_CHUNK)
            tell[0] = fh.tell()
            if not raw:
                break
            while raw:
                try:
                    out = dobj.decompress(raw)
                except errors as exc:
                    raise _InputBroken(CORRUPT, f"corrupt {kind} stream: {exc}") from None
                in_member = True
                if out:
                    yield out
                if dobj.eof:  # a member / frame ended: the next one starts in unused_data
                    raw = dobj.unused_data
                    dobj = new_dobj()
                    in_member = False
                else:
                    raw = b""
        if in_member:
            raise _InputBroken(TRUNCATED, f"{kind} stream truncated: the last {'member' if kind == 'gzip' else 'frame'} does not end")


def _jsonl_items(path: Path, tell: List[int], max_bytes: int) -> Iterator[Item]:
    """One item per non-blank line; a broken stream ends with one error item."""
    line_no = 0
    offset = 0  # decompressed offset of ``pending``
    pending = b""
    try:
        for chunk in _decompressed_chunks(path, tell):
            parts = (pending + chunk).split(b"\n") if pending else chunk.split(b"\n")
            pending = parts.pop()
            for raw in parts:
                line_no += 1
                if raw.strip():
                    if len(raw) > max_bytes:
                        yield ("error", line_no, offset, (TOO_LARGE, f"{len(raw)} bytes (limit {max_bytes})"))
                    else:
                        yield ("json", line_no, offset, raw)
                offset += len(raw) + 1
    except _InputBroken as exc:
        detail = exc.detail
        if pending.strip():
            detail += f" (inside a line: {len(pending)} bytes of it were read)"
        yield ("error", line_no + 1, offset, (exc.reason, detail))
        return
    if pending.strip():
        line_no += 1
        if len(pending) > max_bytes:
            yield ("error", line_no, offset, (TOO_LARGE, f"{len(pending)} bytes (limit {max_bytes})"))
        else:
            yield ("json", line_no, offset, pending)


_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _http_charset(content_type: str) -> Optional[str]:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            value = value.strip().strip("\"'").strip()
            return value or None
    return None


def _warc_items(path: Path, tell: List[int], max_bytes: int) -> Iterator[Item]:
    """One item per HTML response record (other records are passed over)."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        raise BatchError(f"{path}: reading WARC needs the warcio package (pip install 'arclean[batch]')") from None
    number = 0
    offset = 0
    end = 0  # where the last record read ends (raw file offset)
    last_bad = False  # the last record read was an error already
    with open(path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        it = ArchiveIterator(fh)
        try:
            for rec in it:
                number += 1
                tell[0] = fh.tell()
                html = rec.rec_type == "response" and rec.http_headers is not None
                ctype = (rec.http_headers.get_header("Content-Type") or "") if html else ""
                html = html and ctype.split(";")[0].strip().lower() in _HTML_TYPES
                payload: Optional[bytes] = None
                problem = ""
                if html:
                    try:
                        payload = rec.content_stream().read()  # (before get_record_offset, which reads past it)
                    except (EOFError, zlib.error, OSError, ValueError) as exc:
                        problem = f"WARC record unreadable: {type(exc).__name__}: {exc}"
                offset = it.get_record_offset()
                end = offset + it.get_record_length()
                short = getattr(rec.raw_stream, "limit", 0)  # bytes the record said it had but did not
                if not problem and short:
                    problem = f"WARC record cut short ({short} bytes missing)"
                if not problem and rec.rec_headers.get_header("Content-Length") is None:
                    problem = "WARC record header cut short (no Content-Length)"
                if problem:
                    yield ("error", number, offset, (TRUNCATED, problem))
                    last_bad = True
                    continue
                last_bad = False
                if not html:
                    continue
                assert payload is not None
                headers = {
                    "url": rec.rec_headers.get_header("WARC-Target-URI"),
                    "warc_record_id": rec.rec_headers.get_header("WARC-Record-ID"),
                    "warc_date": rec.rec_headers.get_header("WARC-Date"),
                    "content_type": ctype,
                }
                if len(payload) > max_bytes:
                    yield ("error", number, offset, (TOO_LARGE, f"{len(payload)} bytes (limit {max_bytes})"))
                    continue
                yield ("warc", number, offset, (headers, payload, _http_charset(ctype)))
        except Exception as exc:  # noqa: BLE001 - warcio raises anything on a broken stream
            at_end = fh.tell() >= size  # (warcio reads ahead: a failure there is a cut-off tail)
            reason = TRUNCATED if at_end or isinstance(exc, EOFError) else CORRUPT
            yield ("error", number + 1, end, (reason, f"WARC stream unreadable: {type(exc).__name__}: {exc}"))
            return
        tell[0] = fh.tell()
        if end < size:  # warcio stops quietly at a cut-off record: bytes left unread are one
            yield ("error", number + 1, end, (TRUNCATED, f"WARC stream ends inside a record ({size - end} bytes after the last whole record)"))
        elif number and not last_bad and not _last_record_whole(fh, offset, path.name.lower().endswith(".gz")):
            # warcio also reads a record whose header was cut as a short record: check the end
            yield ("error", number + 1, offset, (TRUNCATED, "WARC stream ends inside its last record"))


def _last_record_whole(fh: Any, start: int, gz: bool) -> bool:
    """Does the file end where a record ends: its last gzip member complete, or (plain WARC)
    the two line breaks that close every record?"""
    if not gz:
        fh.seek(max(0, os.fstat(fh.fileno()).st_size - 4))
        return fh.read(4) == b"\r\n\r\n"
    fh.seek(start)
    dobj = zlib.decompressobj(wbits=31)
    try:
        while not dobj.eof:
            raw = dobj.unconsumed_tail or fh.read(_CHUNK)
            if not raw:
                return False
            dobj.decompress(raw, _CHUNK)
    except zlib.error:
        return False
    return True


def iter_items(path: Union[str, Path], tell: Optional[List[int]] = None, max_bytes: int = 64 << 20) -> Iterator[Item]:
    """The items of one input file (see :data:`Item`)."""
    p = Path(path)
    t = tell if tell is not None else [0]
    if input_format(p) == "warc":
        return _warc_items(p, t, max_bytes)
    return _jsonl_items(p, t, max_bytes)


# --------------------------------------------------------------------------- cleaning records


def _error(source: str, number: int, offset: int, reason: str, detail: str, warc: bool) -> Dict[str, Any]:
    return {
        "source": source,
        ("record" if warc else "line"): number,
        "offset": offset,
        "reason": reason,
        "detail": detail,
    }


def _new_stats() -> Dict[str, Any]:
    return {
        "records_in": 0,
        "records_out": 0,
        "bytes_in": 0,
        "empty_body": 0,
        "errors": Counter(),
        "kinds": Counter(),
        "rules": Counter(),
    }


def _add_stats(into: Dict[str, Any], more: Dict[str, Any]) -> None:
    for k in ("records_in", "records_out", "bytes_in", "empty_body"):
        into[k] += more[k]
    for k in ("errors", "kinds", "rules"):
        into[k].update(more[k])


def _decode_html(payload: bytes, charset: Optional[str], errors: str) -> Tuple[Optional[str], str, str]:
    """(text or None, charset used, reason/detail on failure)."""
    name = charset or "utf-8"
    try:
        return payload.decode(name, errors=errors), name, ""
    except LookupError:
        if charset is not None:
            return None, name, UNKNOWN_CHARSET
        raise  # pragma: no cover - utf-8 always exists
    except UnicodeDecodeError as exc:
        return None, name, f"{UNDECODABLE}:{exc}"


def _site_template(profile: Any, rec: Dict[str, Any], url_field: str) -> Any:
    if profile is None:
        return None
    from .profile import record_site

    site = record_site(rec, profile.by, url_field)
    return profile.site(site) if site is not None else None


def decode_item(item: Item, source: str, config: BatchConfig):
    """An input item's record and page: ``(record, text, is_html, None)``, or
    ``(None, None, False, error dict)`` when it cannot be read."""
    kind, number, offset, payload = item
    if kind == "error":
        reason, detail = payload
        return None, None, False, _error(source, number, offset, reason, detail, input_format(source) == "warc")
    if kind == "warc":
        headers, raw, charset = payload
        rec: Dict[str, Any] = dict(headers)
        rec["charset"] = charset
        if charset is None:  # no HTTP charset: parse_html reads <meta charset> or detects it
            return rec, raw, True, None
        text, used, problem = _decode_html(raw, charset, config.decode_errors)
        if text is None:
            if problem == UNKNOWN_CHARSET:
                return None, None, False, _error(source, number, offset, UNKNOWN_CHARSET, f"charset {used!r}", True)
            detail = f"as {used}: {problem.partition(':')[2]}"
            return None, None, False, _error(source, number, offset, UNDECODABLE, detail, True)
        return rec, text, True, None
    try:
        line = payload.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, None, False, _error(source, number, offset, UNDECODABLE, f"not UTF-8: {exc}", False)
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, None, False, _error(source, number, offset, BROKEN_JSON, str(exc), False)
    except RecursionError:
        return None, None, False, _error(source, number, offset, BROKEN_JSON, "nested too deeply", False)
    if not isinstance(rec, dict):
        detail = f"the record is a JSON {type(rec).__name__}, not an object"
        return None, None, False, _error(source, number, offset, WRONG_TYPE, detail, False)
    fld = config.html_field or config.text_field
    if fld not in rec:
        return None, None, False, _error(source, number, offset, MISSING_FIELD, f"no field {fld!r}", False)
    text = rec[fld]
    if not isinstance(text, str):
        detail = f"field {fld!r} is {type(text).__name__}, not a string"
        return None, None, False, _error(source, number, offset, WRONG_TYPE, detail, False)
    return rec, text, config.html_field is not None, None


def clean_record(item: Item, source: str, config: BatchConfig, html_fn: Optional[Callable[..., Any]] = None):
    """Clean one input item: ``(output line bytes, None, document)`` or ``(None, error dict, None)``."""
    rec, text, is_html, err = decode_item(item, source, config)
    if err is not None:
        return None, err, None
    number, offset = item[1], item[2]
    warc = item[0] == "warc"
    template = _site_template(config.profile, rec, "url" if warc else config.url_field)
    kwargs = {"profile": template} if template is not None else {}
    try:
        if is_html:
            if html_fn is None:  # pragma: no cover - run_batch checks this up front
                raise BatchError("HTML input needs arclean.parse_html")
            url = rec.get("url") if warc else rec.get(config.url_field)
            if isinstance(url, str) and url:
                kwargs["url"] = url
            doc = html_fn(text, **kwargs)
        else:
            doc = parse(text, **kwargs)
    except Exception as exc:  # the run goes on: a parser failure is this record's error
        return None, _error(source, number, offset, PARSE_FAILED, f"{type(exc).__name__}: {exc}", warc), None
    out = dict(rec)
    out["body"] = doc.body
    out["metadata"] = doc.metadata.to_dict()
    if config.segments:
        out["segments"] = [s.to_dict() for s in doc.segments]
        if doc.notes:
            out["notes"] = [n.to_dict() for n in doc.notes]
        if is_html or doc.source_text != text:  # (HTML: the page's visible text)
            out["source_text"] = doc.source_text  # the text the spans point into
    try:
        data = (json.dumps(out, ensure_ascii=False) + "\n").encode("utf-8")
    except UnicodeEncodeError as exc:  # lone surrogates from \ud800-style escapes
        return None, _error(source, number, offset, UNDECODABLE, f"text holds a lone surrogate: {exc}", warc), None
    return data, None, doc


def process_items(source: str, items: Sequence[Item], config: BatchConfig, html_fn: Optional[Callable[..., Any]] = None):
    """Clean a batch of items: ``(output bytes, errors, stats)``."""
    stats = _new_stats()
    out: List[bytes] = []
    errors: List[Dict[str, Any]] = []
    kinds: Counter = stats["kinds"]
    rules: Counter = stats["rules"]
    for item in items:
        stats["records_in"] += 1
        payload = item[3]
        if item[0] == "json":
            stats["bytes_in"] += len(payload)
        elif item[0] == "warc":
            stats["bytes_in"] += len(payload[1])
        data, err, doc = clean_record(item, source, config, html_fn)
        if err is not None:
            errors.append(err)
            stats["errors"][err["reason"]] += 1
            continue
        out.append(data)
        stats["records_out"] += 1
        if not doc.body:
            stats["empty_body"] += 1
        for s in doc.segments:
            kinds[s.label if s.label == "body" else f"{s.label}:{s.kind}"] += 1
            rules[s.rule] += 1
    return b"".join(out), errors, stats


# Worker processes get the configuration once, through the pool's initializer.
_WORKER: Dict[str, Any] = {}


def _init_worker(config: BatchConfig, needs_html: bool) -> None:
    _WORKER["config"] = config
    _WORKER["html"] = html_parser() if needs_html else None


def _work(source: str, items: Sequence[Item]):
    return process_items(source, items, _WORKER["config"], _WORKER["html"])


# --------------------------------------------------------------------------- shards


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (".gz", ".zst", ".zstd", ".jsonl", ".ndjson", ".json", ".warc", ".arc"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name) or "input"


def _shard_name(index: int, path: Path, k: int) -> str:
    return f"{index:04d}-{_stem(path)}-{k:05d}.jsonl"


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name("." + path.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _stats_to_json(stats: Dict[str, Any]) -> Dict[str, Any]:
    return {k: (dict(sorted(v.items())) if isinstance(v, Counter) else v) for k, v in stats.items()}


def _stats_from_json(data: Dict[str, Any]) -> Dict[str, Any]:
    stats = _new_stats()
    for k, v in data.items():
        if k in stats:
            stats[k] = Counter(v) if isinstance(stats[k], Counter) else v
    return stats


class _ShardWriter:
    """The open shard: records go to a temporary file; commit syncs and renames it, then
    writes the shard's state file (its counts and errors): the mark that it is done."""

    def __init__(self, out_dir: Path, name: str) -> None:
        self.final = out_dir / name
        self.tmp = out_dir / ("." + name + ".tmp")
        self.state = out_dir / STATE_DIR / (name + ".json")
        self.fh = open(self.tmp, "wb")
        self.stats = _new_stats()
        self.errors: List[Dict[str, Any]] = []

    def write(self, data: bytes, errors: List[Dict[str, Any]], stats: Dict[str, Any]) -> None:
        if data:
            self.fh.write(data)
        self.errors.extend(errors)
        _add_stats(self.stats, stats)

    def commit(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        os.replace(self.tmp, self.final)
        state = {"shard": self.final.name, "stats": _stats_to_json(self.stats), "errors": self.errors}
        _write_atomic(self.state, (json.dumps(state, ensure_ascii=False) + "\n").encode("utf-8", "backslashreplace"))


# --------------------------------------------------------------------------- the run


@dataclass
class BatchSummary:
    """What a run did, over all its shards (done now or by the run it resumed)."""

    out_dir: Path
    stats: Dict[str, Any] = field(default_factory=_new_stats)
    shards_written: int = 0
    shards_skipped: int = 0
    seconds: float = 0.0
    #: records and bytes cleaned by this process (not counting skipped shards)
    records_now: int = 0
    bytes_now: int = 0
    workers: int = 1

    @property
    def errors_total(self) -> int:
        return sum(self.stats["errors"].values())

    def to_dict(self) -> Dict[str, Any]:
        return {
            "arclean": __version__,
            "records_in": self.stats["records_in"],
            "records_out": self.stats["records_out"],
            "errors": self.errors_total,
            "errors_by_reason": dict(sorted(self.stats["errors"].items())),
            "empty_body": self.stats["empty_body"],
            "bytes_in": self.stats["bytes_in"],
            "shards_written": self.shards_written,
            "shards_skipped": self.shards_skipped,
            "seconds": round(self.seconds, 3),
            "records_this_run": self.records_now,
            "docs_per_s": round(self.records_now / self.seconds, 2) if self.seconds else None,
            "mb_per_s": round(self.bytes_now / 1e6 / self.seconds, 3) if self.seconds else None,
            "workers": self.workers,
            "segments_by_kind": dict(self.stats["kinds"].most_common()),
            "segments_by_rule": dict(self.stats["rules"].most_common()),
        }


def format_summary(s: BatchSummary, top_rules: int = 15) -> str:
    """The end-of-run report (the last lines ``arclean batch`` prints)."""
    st = s.stats
    rate = ""
    if s.seconds > 0:
        rate = f" ({s.records_now / s.seconds:,.1f} docs/s, {s.bytes_now / 1e6 / s.seconds:,.2f} MB/s)"
    lines = [
        f"records: {st['records_in']:,} in = {st['records_out']:,} out + {s.errors_total:,} errors"
        f" ({st['empty_body']:,} with an empty body)",
        f"time: {s.seconds:,.1f} s for {s.records_now:,} records, {s.bytes_now / 1e6:,.1f} MB{rate}, "
        f"{s.workers} worker{'s' if s.workers != 1 else ''}",
        f"shards: {s.shards_written} written, {s.shards_skipped} already done (resume) in {s.out_dir}",
    ]
    if st["errors"]:
        lines.append(
            "errors by reason: " + ", ".join(f"{r} {n:,}" for r, n in st["errors"].most_common())
            + f"  (details: {s.out_dir / ERRORS_FILE})"
        )
    kinds = st["kinds"]
    if kinds:
        lines.append("segments by kind: " + ", ".join(f"{k} {n:,}" for k, n in kinds.most_common()))
    rules = st["rules"]
    if rules:
        shown = rules.most_common(top_rules)
        more = len(rules) - len(shown)
        lines.append(
            "segments by rule: " + ", ".join(f"{r} {n:,}" for r, n in shown)
            + (f", ... {more} more rules in {SUMMARY_FILE}" if more > 0 else "")
        )
    return "\n".join(lines)


class _Progress:
    """A tqdm bar over the inputs' bytes, with docs/s and MB/s (of decompressed input)."""

    def __init__(self, total_bytes: int, enabled: bool, stream: Any) -> None:
        self.bar = None
        self.t0 = time.monotonic()
        self.docs = 0
        self.mb = 0.0
        self.pos = 0
        if not enabled:
            return
        try:
            from tqdm import tqdm
        except ImportError:  # pragma: no cover - tqdm comes with the batch extra
            return
        self.bar = tqdm(
            total=total_bytes, unit="B", unit_scale=True, unit_divisor=1000, desc="arclean batch",
            file=stream, dynamic_ncols=True, mininterval=0.5, smoothing=0.1,
        )

    def update(self, pos: int, docs: int, nbytes: int) -> None:
        self.docs += docs
        self.mb += nbytes / 1e6
        if self.bar is None:
            return
        if pos > self.pos:
            self.bar.update(pos - self.pos)
            self.pos = pos
        dt = max(time.monotonic() - self.t0, 1e-9)
        self.bar.set_postfix_str(f"{self.docs:,} docs, {self.docs / dt:,.1f} docs/s, {self.mb / dt:,.2f} MB/s", refresh=False)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _check_out_dir(out_dir: Path, inputs: Sequence[Path], config: BatchConfig, shard_records: int, shard_bytes: int, resume: bool) -> None:
    manifest = {
        "arclean_batch": 1,
        "inputs": [str(p.resolve()) for p in inputs],
        "shard_records": shard_records,
        "shard_bytes": shard_bytes,
        "config": config.fingerprint(),
    }
    state = out_dir / STATE_DIR
    mpath = state / MANIFEST
    if mpath.exists():
        if not resume:
            raise BatchError(f"{out_dir} holds a previous run: pass --resume to finish it, or choose another OUT_DIR")
        try:
            old = json.loads(mpath.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise BatchError(f"cannot read {mpath}: {exc}") from None
        if old != manifest:
            diff = sorted(k for k in manifest if old.get(k) != manifest[k])
            raise BatchError(
                f"--resume: {out_dir} was written by a run with other settings ({', '.join(diff)} differ); "
                "resume with the same inputs and options"
            )
    else:
        if out_dir.exists() and any(p.name.endswith(".jsonl") for p in out_dir.iterdir()):
            raise BatchError(f"{out_dir} already holds .jsonl files of something else: choose an empty OUT_DIR")
        state.mkdir(parents=True, exist_ok=True)
        _write_atomic(mpath, (json.dumps(manifest, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    for tmp in out_dir.glob(".*.tmp"):  # left by a killed run
        tmp.unlink()


def _checked_inputs(inputs: Iterable[Any], workers: int) -> List[Path]:
    """The input paths, checked (at least one, each a file) with the worker count."""
    paths = [Path(p) for p in inputs]
    if not paths:
        raise BatchError("no input files")
    for p in paths:
        if not p.is_file():
            raise BatchError(f"no such input file: {p}")
    if workers < 1:
        raise BatchError("--workers must be at least 1")
    return paths

def run_batch(
    inputs: Sequence[Union[str, Path]],
    out_dir: Union[str, Path],
    config: BatchConfig = BatchConfig(),
    *,
    workers: int = 1,
    shard_records: int = 10_000,
    shard_mb: float = 64.0,
    resume: bool = False,
    progress: bool = False,
    progress_stream: Any = None,
) -> BatchSummary:
    """Clean every record of ``inputs`` into sharded JSONL under ``out_dir`` (see the module doc)."""
    paths = _checked_inputs(inputs, workers)
    if shard_records < 1 or shard_mb <= 0:
        raise BatchError("shard sizes must be positive")
    if config.decode_errors not in ("strict", "replace"):
        raise BatchError("decode_errors is 'strict' or 'replace'")
    needs_html = config.html_field is not None or any(input_format(p) == "warc" for p in paths)
    html_fn = html_parser(("profile",) if config.profile is not None else ()) if needs_html else None
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    shard_bytes = int(shard_mb * 1e6)
    _check_out_dir(out, paths, config, shard_records, shard_bytes, resume)

    summary = BatchSummary(out_dir=out, workers=workers)
    t0 = time.monotonic()
    bar = _Progress(sum(p.stat().st_size for p in paths), progress, progress_stream or sys.stderr)
    pool = None
    if workers > 1:
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(config, needs_html))
    window = 2 * workers
    # pending entries, in input order: ("batch", future or result, raw position) or ("commit", None, 0)
    pending: Deque[Tuple[str, Any, int]] = deque()
    writer: List[Optional[_ShardWriter]] = [None]
    state_dir = out / STATE_DIR
    all_state: List[Path] = []

    def drain(keep: int) -> None:
        while len(pending) > keep or (pending and pending[0][0] == "commit"):
            what, fut, pos = pending.popleft()
            if what == "commit":
                w = writer[0]
                assert w is not None
                w.commit()
                _add_stats(summary.stats, w.stats)
                summary.shards_written += 1
                writer[0] = None
                continue
            data, errors, stats, name = fut.result() if pool is not None else fut
            w = writer[0]
            if w is None:
                w = writer[0] = _ShardWriter(out, name)
            w.write(data, errors, stats)
            summary.records_now += stats["records_in"]
            summary.bytes_now += stats["bytes_in"]
            bar.update(pos, stats["records_in"], stats["bytes_in"])

    def submit(source: str, name: str, items: List[Item], pos: int) -> None:
        if pool is not None:
            fut = pool.submit(_work_named, source, items, name)
            pending.append(("batch", fut, pos))
            drain(window)
        else:
            pending.append(("batch", process_items(source, items, config, html_fn) + (name,), pos))
            drain(0)

    base = 0
    try:
        for index, path in enumerate(paths):
            source = str(path)
            tell = [0]
            k = 0
            shard_n = shard_b = 0
            batch: List[Item] = []
            batch_b = 0
            name = _shard_name(index, path, k)
            done = (state_dir / (name + ".json")).exists() if resume else False
            opened = False  # the shard has items
            for item in iter_items(path, tell, config.max_record_bytes):
                size = _item_size(item)
                opened = True
                if not done:
                    batch.append(item)
                    batch_b += size
                    if len(batch) >= BATCH_RECORDS or batch_b >= BATCH_BYTES:
                        submit(source, name, batch, base + tell[0])
                        batch, batch_b = [], 0
                shard_n += 1
                shard_b += size
                if shard_n >= shard_records or shard_b >= shard_bytes:
                    if done:
                        _skip_shard(summary, state_dir / (name + ".json"), bar, base + tell[0])
                    else:
                        if batch:
                            submit(source, name, batch, base + tell[0])
                            batch, batch_b = [], 0
                        pending.append(("commit", None, 0))
                        drain(window if pool is not None else 0)
                    all_state.append(state_dir / (name + ".json"))
                    k += 1
                    shard_n = shard_b = 0
                    opened = False
                    name = _shard_name(index, path, k)
                    done = (state_dir / (name + ".json")).exists() if resume else False
            if opened:
                if done:
                    _skip_shard(summary, state_dir / (name + ".json"), bar, base + tell[0])
                else:
                    if batch:
                        submit(source, name, batch, base + tell[0])
                    pending.append(("commit", None, 0))
                    drain(window if pool is not None else 0)
                all_state.append(state_dir / (name + ".json"))
            base += path.stat().st_size
        drain(0)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        bar.close()
    summary.seconds = time.monotonic() - t0
    _write_errors(out, all_state)
    _write_atomic(out / SUMMARY_FILE, (json.dumps(summary.to_dict(), ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    return summary


def _work_named(source: str, items: Sequence[Item], name: str):
    return _work(source, items) + (name,)


def _item_size(item: Item) -> int:
    if item[0] == "json":
        return len(item[3])
    if item[0] == "warc":
        return len(item[3][1])
    return 0


def _skip_shard(summary: BatchSummary, state: Path, bar: _Progress, pos: int) -> None:
    data = json.loads(state.read_text(encoding="utf-8"))
    _add_stats(summary.stats, _stats_from_json(data["stats"]))
    summary.shards_skipped += 1
    bar.update(pos, 0, 0)


def _write_errors(out: Path, states: Sequence[Path]) -> None:
    """errors.jsonl: every shard's errors, in input order (rebuilt whole at the end of each run)."""
    chunks = []
    for st in states:
        data = json.loads(st.read_text(encoding="utf-8"))
        for e in data["errors"]:
            chunks.append(json.dumps(e, ensure_ascii=False) + "\n")
    _write_atomic(out / ERRORS_FILE, "".join(chunks).encode("utf-8", "backslashreplace"))


# --------------------------------------------------------------------------- learning site templates


@dataclass
class LearnSummary:
    """What ``arclean learn`` read."""

    pages: int = 0
    no_site: int = 0
    errors: Counter = field(default_factory=Counter)
    seconds: float = 0.0


def _learn_items(source: str, items: Sequence[Item], config: BatchConfig, by: str, html_fn: Optional[Callable[..., Any]]):
    from .profile import page_template_keys, record_site

    pages: List[Tuple[str, Dict[str, bool]]] = []
    no_site = 0
    errors: Counter = Counter()
    for item in items:
        rec, text, is_html, err = decode_item(item, source, config)
        if err is not None:
            errors[err["reason"]] += 1
            continue
        site = record_site(rec, by, "url" if item[0] == "warc" else config.url_field)
        if site is None:
            no_site += 1
            continue
        try:
            if is_html:
                assert html_fn is not None  # run_learn looked it up for HTML input
                url = rec.get("url" if item[0] == "warc" else config.url_field)
                doc = html_fn(text, url=url if isinstance(url, str) and url else None)
            else:
                doc = parse(text)
        except Exception:  # noqa: BLE001 - a page the parser fails on teaches nothing
            errors[PARSE_FAILED] += 1
            continue
        pages.append((site, page_template_keys(doc)))
    return pages, no_site, errors


def _learn_work(source: str, items: Sequence[Item], by: str):
    return _learn_items(source, items, _WORKER["config"], by, _WORKER["html"])


def run_learn(
    inputs: Sequence[Union[str, Path]],
    learner: Any,
    config: BatchConfig = BatchConfig(),
    *,
    workers: int = 1,
    progress: bool = False,
    progress_stream: Any = None,
) -> LearnSummary:
    """Feed every page of ``inputs`` to ``learner`` (an :class:`arclean.profile.Learner`),
    in input order whatever the number of workers (so the profile does not depend on it)."""
    paths = _checked_inputs(inputs, workers)
    needs_html = config.html_field is not None or any(input_format(p) == "warc" for p in paths)
    html_fn = html_parser() if needs_html else None
    summary = LearnSummary()
    t0 = time.monotonic()
    bar = _Progress(sum(p.stat().st_size for p in paths), progress, progress_stream or sys.stderr)
    pool = None
    if workers > 1:
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(config, needs_html))
    pending: Deque[Tuple[Any, int, int]] = deque()

    def take(result: Any, pos: int, nbytes: int) -> None:
        pages, no_site, errors = result
        for site, keys in pages:
            learner.add_keys(site, keys)
        summary.pages += len(pages)
        summary.no_site += no_site
        summary.errors.update(errors)
        bar.update(pos, len(pages) + no_site + sum(errors.values()), nbytes)

    def drain(keep: int) -> None:
        while len(pending) > keep:
            fut, pos, nbytes = pending.popleft()
            take(fut.result(), pos, nbytes)

    base = 0
    try:
        for path in paths:
            source = str(path)
            tell = [0]
            batch: List[Item] = []
            nbytes = 0
            for item in iter_items(path, tell, config.max_record_bytes):
                batch.append(item)
                nbytes += _item_size(item)
                if len(batch) >= BATCH_RECORDS or nbytes >= BATCH_BYTES:
                    if pool is not None:
                        pending.append((pool.submit(_learn_work, source, batch, learner.by), base + tell[0], nbytes))
                        drain(2 * workers)
                    else:
                        take(_learn_items(source, batch, config, learner.by, html_fn), base + tell[0], nbytes)
                    batch, nbytes = [], 0
            if batch:
                if pool is not None:
                    pending.append((pool.submit(_learn_work, source, batch, learner.by), base + tell[0], nbytes))
                else:
                    take(_learn_items(source, batch, config, learner.by, html_fn), base + tell[0], nbytes)
            base += path.stat().st_size
        drain(0)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        bar.close()
    summary.seconds = time.monotonic() - t0
    return summary
