"""The ``arclean`` command line (also ``python -m arclean``).

Verbs::

    arclean clean   FILE|-     the cleaned body
    arclean parse   FILE|-     Document.to_dict() as JSON
    arclean explain FILE|-     one row per segment: span, label, rule, text
    arclean eval    GOLD.jsonl... score parse() against gold files and their union (see arclean.evaluate)
    arclean batch   IN... -o DIR  clean JSONL/WARC files into sharded JSONL (see arclean.batch, docs/batch.md)
    arclean learn   IN... -o P.json  learn per-site template lines (see arclean.profile)

Input files are decoded by :func:`arclean.decode.decode_bytes` (BOM,
UTF-16/32, UTF-8, Arabic code pages, or ``--encoding``); binary data is
refused.  Exit codes: 0 success, 1 the work failed (e.g. a floor was not
met, the parser raised), 2 wrong usage or an unreadable input file (binary
data included).  Each verb is one
small function taking the parsed arguments and the output streams, so new
verbs (batch over JSONL/WARC, site profiles) are one more ``add_parser``.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Callable, Optional, Sequence, TextIO, Union

from . import __version__
from .api import parse
from .decode import DecodeError, NotText, decode_bytes
from . import evaluate as ev

__all__ = ["main", "build_parser"]

EXIT_OK = 0
EXIT_FAIL = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """Bad input from the user (missing file, wrong argument): exit code 2."""


# --------------------------------------------------------------------------- I/O helpers


def read_bytes(name: str, stdin: TextIO) -> Union[bytes, str]:
    """The raw bytes of ``name`` (``-`` for stdin; a text stream without a byte buffer
    gives its ``str``).  A missing file or a directory is a :class:`UsageError`."""
    if name == "-":
        raw = getattr(stdin, "buffer", None)
        return stdin.read() if raw is None else raw.read()
    path = Path(name)
    if not path.exists():
        raise UsageError(f"no such file: {name}")
    if path.is_dir():
        raise UsageError(f"{name} is a directory, not a file")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {name}: {exc.strerror or exc}") from None


def read_input(
    name: str, stdin: TextIO, encoding: Optional[str] = None, notes: Optional[Callable[[str], None]] = None
) -> str:
    """The text of ``name`` (``-`` for stdin), decoded by :func:`arclean.decode.decode_bytes`:
    ``encoding`` when given, else a BOM, UTF-16/32, UTF-8 (a few bad bytes replaced) or the
    likeliest Arabic code page.  ``notes`` receives a sentence when the reading was a guess
    or replaced bytes.  Binary data, an unknown encoding or bytes it cannot read are a
    :class:`UsageError`."""
    label = "stdin" if name == "-" else name
    data = read_bytes(name, stdin)
    if isinstance(data, str):  # a text stream: already decoded
        return data
    try:
        decoded = decode_bytes(data, encoding)
    except NotText as exc:
        raise UsageError(f"{label} {exc}; arclean reads text pages") from None
    except DecodeError as exc:
        raise UsageError(f"{label}: {exc}") from None
    note = decoded.note()
    if note is not None and notes is not None:
        notes(f"{label}: {note}")
    return decoded.text


def _read_page(args: argparse.Namespace, err: TextIO, stdin: TextIO) -> str:
    """``read_input`` for the page verbs: notes go to ``err`` as ``arclean VERB: note: ...``."""
    return read_input(args.file, stdin, args.encoding, lambda note: emit(f"arclean {args.verb}: note: {note}", err))


def emit(text: str, out: TextIO) -> None:
    """Write ``text`` and a newline; fall back to UTF-8 bytes if the stream's encoding cannot hold it."""
    try:
        out.write(text + "\n")
    except UnicodeEncodeError:
        out.flush()
        out.buffer.write((text + "\n").encode("utf-8"))  # type: ignore[attr-defined]
    out.flush()


def tty_progress(err: TextIO) -> Optional[ev.Progress]:
    """A ``done/total`` counter redrawn on ``err`` when it is a terminal, else ``None``."""
    isatty = getattr(err, "isatty", None)
    if not (isatty and isatty()):
        return None

    def show(done: int, total: int) -> None:
        err.write(f"\r  eval {done}/{total}")
        if done == total:
            err.write("\r" + " " * (12 + 2 * len(str(total))) + "\r")
        err.flush()

    return show


# --------------------------------------------------------------------------- verbs


def cmd_clean(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO) -> int:
    """Print the cleaned body (``--json``: the whole Document; ``--explain``: the segment table;
    ``--html``: the input is an HTML page, read from its bytes by :func:`arclean.parse_html`)."""
    if args.json and args.explain:
        raise UsageError("--json and --explain print different things: give one of them")
    if args.html:
        from .html import parse_html

        data = read_bytes(args.file, stdin)
        doc = parse_html(data, encoding=args.encoding)
    else:
        doc = parse(_read_page(args, err, stdin))
    if args.json:
        emit(json.dumps(doc.to_dict(), ensure_ascii=False, indent=2), out)
    elif args.explain:
        emit(doc.explain(), out)
    else:
        emit(doc.body, out)
    return EXIT_OK


def cmd_parse(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO) -> int:
    """Print the whole parse result as JSON."""
    doc = parse(_read_page(args, err, stdin))
    emit(json.dumps(doc.to_dict(), ensure_ascii=False, indent=None if args.compact else 2), out)
    return EXIT_OK


def cmd_explain(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO) -> int:
    """Print the segment table."""
    if args.width < 8:
        raise UsageError("--width must be at least 8")
    emit(parse(_read_page(args, err, stdin)).explain(width=args.width), out)
    return EXIT_OK


def _load_floors(path: str) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"no such floors file: {path}") from None
    except (OSError, json.JSONDecodeError) as exc:
        raise UsageError(f"cannot read floors file {path}: {exc}") from None
    return data


def _gold_paths(names: Sequence[str]) -> list[Path]:
    """The gold files, checked: each exists, none given twice, no two with one file name."""
    paths = [Path(n) for n in names]
    for name, path in zip(names, paths):
        if not path.is_file():
            raise UsageError(f"no such gold file: {name}")
    if len({p.resolve() for p in paths}) != len(paths):
        raise UsageError("a gold file is given twice")
    if len({p.name for p in paths}) != len(paths):
        raise UsageError("two gold files share a file name (floors are pinned per file name)")
    return paths


def cmd_eval(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO) -> int:
    """Score parse() on gold files; print the optional tables, each file's scoreboard, the union's last."""
    golds = _gold_paths(args.gold)
    if args.html_dir is not None:
        if not Path(args.html_dir).is_dir():
            raise UsageError(f"--html-dir {args.html_dir} is not a directory")
        from . import evaluate_html  # issue 12: parse_html beside trafilatura, readability, jusText

        try:
            emit(evaluate_html.run(golds, args.html_dir)[0] + "\n", out)
        except ValueError as exc:
            emit(f"note: --html-dir: {exc}; documents are scored on their text field", err)
    if args.force and not args.pin:
        raise UsageError("--force only goes with --pin")
    floors_file = _load_floors(args.floors) if args.floors else None
    fit = None
    if args.loso:
        try:
            fit = ev.load_linemodel_fit()
        except ev.ModelUnavailable as exc:
            raise UsageError(f"--loso: {exc}") from None
    records_by_file = []
    for gold in golds:
        try:
            records = ev.load_gold(gold)
        except (ev.GoldError, OSError) as exc:
            raise UsageError(str(exc)) from None
        if not records:
            raise UsageError(f"{gold} holds no documents")
        records_by_file.append(records)
    spec = None
    if floors_file is not None:
        try:
            spec = ev.floors_spec(floors_file, golds)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise UsageError(f"floors file {args.floors}: {exc}") from None

    progress = tty_progress(err)
    files = [(gold, ev.evaluate(records, progress=progress)) for gold, records in zip(golds, records_by_file)]
    report = files[0][1] if len(files) == 1 else ev.union([r for _, r in files])
    loso = None
    if fit is not None:
        loso = ev.leave_one_site_out([r for records in records_by_file for r in records], fit=fit, progress=progress)

    if args.json:
        data = ev.report_to_dict(report, golds[0] if len(golds) == 1 else None, files=files, loso=loso)
        try:
            Path(args.json).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot write --json {args.json}: {exc.strerror or exc}") from None
    if args.per_doc:
        emit(ev.format_per_doc(report) + "\n", out)
    if args.by_site:
        emit(ev.format_by_site(report) + "\n", out)
    if loso is not None:
        emit(ev.format_by_site(loso, title="leave one site out", baseline=report) + "\n", out)
    status = EXIT_OK
    if args.pin:
        try:
            changes = ev.pin_floors(report, args.pin, golds, force=args.force, file_reports=[r for _, r in files])
        except (OSError, ValueError, KeyError) as exc:
            raise UsageError(f"cannot pin floors in {args.pin}: {exc}") from None
        for line in changes or ["floors unchanged"]:
            emit(f"pin: {line}", out)
    targets = spec.targets if spec is not None else ev.DEFAULT_TARGETS
    if spec is not None:
        for note in spec.notes:
            emit(f"note: {note}", err)
        try:
            failures = ev.check_spec(spec, report, files)
        except KeyError as exc:
            raise UsageError(f"floors file {args.floors}: {exc.args[0]}") from None
        for line in failures:
            emit(f"below floor: {line}", err)
        status = EXIT_FAIL if failures else EXIT_OK
    if len(files) > 1:
        for gold, file_report in files:
            floors = spec.files.get(gold.name) if spec is not None else None
            emit(ev.format_scoreboard(file_report, floors=floors, targets=targets, source=gold.name) + "\n", out)
    floors = None
    if spec is not None:
        floors = spec.union if spec.union is not None or len(files) > 1 else spec.files.get(golds[0].name)
    source = " + ".join(gold.name for gold in golds)
    emit(ev.format_scoreboard(report, floors=floors, targets=targets, source=source), out)
    return status


# --------------------------------------------------------------------------- corpus verbs: batch, learn


def _is_tty(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _batch_config(args: argparse.Namespace, profile=None):
    from .batch import BatchConfig

    url_field = args.url_field or (profile.url_field if profile is not None else "url")
    return BatchConfig(
        text_field=args.text_field, html_field=args.html_field, segments=getattr(args, "segments", False),
        profile=profile, url_field=url_field, decode_errors=args.decode_errors,
    )


def cmd_batch(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO) -> int:
    """Clean JSONL/WARC inputs into sharded JSONL; print the run's summary last."""
    from .batch import BatchError, format_summary, run_batch

    profile = None
    if args.profile:
        from .profile import load_profile

        try:
            profile = load_profile(args.profile)
        except (OSError, ValueError) as exc:
            raise UsageError(f"cannot read --profile {args.profile}: {exc}") from None
    progress = not args.no_progress and (args.progress or _is_tty(err))
    try:
        summary = run_batch(
            args.inputs, args.out_dir, _batch_config(args, profile), workers=args.workers,
            shard_records=args.shard_records, shard_mb=args.shard_mb, resume=args.resume,
            progress=progress, progress_stream=err,
        )
    except BatchError as exc:
        raise UsageError(str(exc)) from None
    emit(format_summary(summary), out)
    return EXIT_OK


def cmd_learn(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO) -> int:
    """Learn per-site template lines into a profile (or merge profiles with --merge)."""
    from .batch import BatchError, run_learn
    from .profile import DEFAULT_MIN_PAGES, DEFAULT_MIN_PERCENT, Learner, load_profile, merge_profiles

    name = args.name or "".join(c if c.isalnum() or c in "-_." else "_" for c in Path(args.output).stem) or "profile"
    if args.min_percent is not None and not 0 <= args.min_percent <= 100:
        raise UsageError("--min-percent is a percentage, 0 to 100")
    if args.min_pages is not None and args.min_pages < 1:
        raise UsageError("--min-pages must be at least 1")
    if args.merge:
        try:
            parts = [load_profile(p) for p in args.inputs]
            prof = merge_profiles(parts, name=name, min_pages=args.min_pages, min_percent=args.min_percent)
        except (OSError, ValueError) as exc:
            raise UsageError(f"--merge: {exc}") from None
        note = f"merged {len(parts)} profiles"
    else:
        learner = Learner(
            min_pages=DEFAULT_MIN_PAGES if args.min_pages is None else args.min_pages,
            min_percent=DEFAULT_MIN_PERCENT if args.min_percent is None else args.min_percent,
            by=args.by, url_field=args.url_field or "url",
        )
        progress = not args.no_progress and (args.progress or _is_tty(err))
        try:
            s = run_learn(args.inputs, learner, _batch_config(args), workers=args.workers, progress=progress, progress_stream=err)
        except BatchError as exc:
            raise UsageError(str(exc)) from None
        prof = learner.profile(name)
        errors = sum(s.errors.values())
        note = f"learned from {s.pages:,} pages in {s.seconds:,.1f} s ({s.no_site:,} records without a site, {errors:,} unreadable)"
    try:
        tmp = Path(args.output).with_name("." + Path(args.output).name + ".tmp")
        tmp.write_text(prof.to_json(), encoding="utf-8")
        os.replace(tmp, args.output)
    except OSError as exc:
        raise UsageError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    with_lines = sum(1 for c in prof.sites.values() if c.lines)
    total = sum(len(c.lines) for c in prof.sites.values())
    emit(
        f"{note}\nprofile {prof.name!r} by {prof.by}: {len(prof.sites):,} sites, {with_lines:,} with template lines, "
        f"{total:,} template lines (on >= {prof.min_pages} pages and >= {prof.min_percent:g}% of the site's pages) "
        f"-> {args.output}",
        out,
    )
    return EXIT_OK


def _add_input_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--text-field", default="text", metavar="NAME", help="JSONL field holding the page text (default: text)")
    p.add_argument("--html-field", metavar="NAME", help="JSONL field holding the page HTML (needs arclean.parse_html)")
    p.add_argument("--url-field", metavar="NAME", help="JSONL field holding the page URL, for --by host (default: url)")
    p.add_argument(
        "--decode-errors", choices=("strict", "replace"), default="strict",
        help="WARC payloads that do not decode in their charset: an error record (strict, default) or replaced characters",
    )
    p.add_argument("--workers", type=int, default=1, metavar="N", help="worker processes (default 1)")
    p.add_argument("--progress", action="store_true", help="show the progress bar even when stderr is not a terminal")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")


def _add_corpus_verbs(sub) -> None:
    """``batch`` and ``learn`` (see arclean.batch and arclean.profile, docs/batch.md)."""
    p = sub.add_parser(
        "batch", help="clean JSONL or WARC files into sharded JSONL",
        description=(
            "Clean every record of JSONL (plain, .gz, .zst) or WARC files into sharded JSONL under OUT_DIR: "
            "the input record plus body and metadata. Bad records go to OUT_DIR/errors.jsonl and the run goes "
            "on; a summary (records, errors, kinds, rules, time) is printed last and written to OUT_DIR/summary.json."
        ),
    )
    p.add_argument("inputs", nargs="+", metavar="IN", help="input files: *.jsonl[.gz|.zst] or *.warc[.gz]")
    p.add_argument("-o", "--out-dir", required=True, metavar="OUT_DIR", help="directory for the shards")
    _add_input_args(p)
    p.add_argument("--segments", action="store_true", help="also write each record's segments")
    p.add_argument("--profile", metavar="PROFILE.json", help="site templates from `arclean learn`: their lines are boilerplate:template")
    p.add_argument("--resume", action="store_true", help="finish an interrupted run into the same OUT_DIR, skipping done shards")
    p.add_argument("--shard-records", type=int, default=10_000, metavar="N", help="records per shard at most (default 10000)")
    p.add_argument("--shard-mb", type=float, default=64.0, metavar="MB", help="input MB per shard, about (default 64)")
    p.set_defaults(func=cmd_batch)

    p = sub.add_parser(
        "learn", help="learn per-site template lines into a profile",
        description=(
            "Count normalised line keys per site over the pages of IN files (as for batch) and keep the lines "
            "on at least --min-pages pages and --min-percent %% of the site's pages: a plain-JSON profile for "
            "`batch --profile` and parse(text, profile=...). With --merge, IN are profiles to merge."
        ),
    )
    p.add_argument("inputs", nargs="+", metavar="IN", help="input files (as for batch), or profiles with --merge")
    p.add_argument("-o", "--output", required=True, metavar="PROFILE.json", help="the profile to write")
    p.add_argument("--by", default="host", metavar="host|FIELD", help="site of a record: host of --url-field (default), or a record field")
    p.add_argument("--min-pages", type=int, metavar="K", help="keep lines on at least K pages of the site (default 5)")
    p.add_argument("--min-percent", type=float, metavar="P", help="...and on at least P %% of them (default 10)")
    p.add_argument("--name", help="profile name, used in the rule template:<name> (default: the output file's stem)")
    p.add_argument("--merge", action="store_true", help="IN are profiles: add their counts up and apply the thresholds again")
    _add_input_args(p)
    p.set_defaults(func=cmd_learn)


# --------------------------------------------------------------------------- parser


def _add_file_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "file", metavar="FILE",
        help="the scraped page as text, or - for stdin: UTF-8, UTF-16/32 (with or without a BOM) and the "
             "Arabic code pages (windows-1256, ISO-8859-6, cp720, cp864) are recognised; binary data is refused",
    )
    p.add_argument(
        "--encoding", metavar="ENC",
        help="read FILE in this encoding (any Python codec name, e.g. windows-1256, utf-16) instead of "
             "recognising it; bytes it cannot decode are an error",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argparse tree: one subparser per verb, each bound to its ``cmd_*`` function."""
    parser = argparse.ArgumentParser(
        prog="arclean",
        description="Clean scraped Arabic web pages: body, metadata and explained boilerplate.",
    )
    parser.add_argument("--version", action="version", version=f"arclean {__version__}")
    sub = parser.add_subparsers(dest="verb", metavar="VERB")
    sub.required = True

    p = sub.add_parser("clean", help="print the cleaned body", description="Print the main body of a scraped page.")
    _add_file_arg(p)
    p.add_argument("--json", action="store_true", help="print the whole Document as JSON (as `arclean parse`)")
    p.add_argument("--explain", action="store_true", help="print the segment table (as `arclean explain`)")
    p.add_argument(
        "--html", action="store_true",
        help="FILE is an HTML page: read its bytes with arclean.parse_html (charset from --encoding, "
             "the page's meta or detection) instead of as text",
    )
    p.set_defaults(func=cmd_clean)

    p = sub.add_parser("parse", help="print the parse result as JSON", description="Print Document.to_dict() as JSON.")
    _add_file_arg(p)
    p.add_argument("--compact", action="store_true", help="one line of JSON instead of indented")
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser(
        "explain", help="show every segment and the rule that decided it",
        description="Print one row per segment: span, label:kind, rule and a text snippet.",
    )
    _add_file_arg(p)
    p.add_argument("--width", type=int, default=60, help="snippet width in characters (default 60, at least 8)")
    p.set_defaults(func=cmd_explain)

    p = sub.add_parser(
        "eval", help="score the parser against gold JSONL files",
        description=(
            "Score parse() against gold records (the ../shared/corpus/*.jsonl format), each file and, "
            "with several, their union: body token P/R/F1 overall and per kind, macro and worst-document "
            "F1 over documents with an article, how many no-article documents come out empty, every "
            "metadata field (right / missed / wrong), the per-site F1 spread, speed. The last lines "
            "printed are the union's compact scoreboard. Records are scored on their 'text' field; "
            "with --html-dir, the records that have HTML are first scored through parse_html()."
        ),
    )
    p.add_argument("gold", metavar="GOLD.jsonl", nargs="+", help="gold records, one JSON object a line")
    p.add_argument(
        "--html-dir", metavar="DIR",
        help="directory of the records' HTML files (their 'html' field): first print parse_html() "
             "beside trafilatura alone, readability and jusText (when installed) on those pages; the "
             "scoreboards after it score every record on its text field",
    )
    p.add_argument("--json", metavar="OUT", help="also write all numbers and a per-document table to OUT")
    p.add_argument("--per-doc", action="store_true", help="print the per-document table before the scoreboard")
    p.add_argument(
        "--by-site", action="store_true",
        help="print body P/R/F1 per site (micro over the site's documents, worst first) and the spread "
             "of the per-site F1 (min, 10th percentile, median, mean)",
    )
    p.add_argument(
        "--loso", action="store_true",
        help="leave one site out: for each site, fit arclean.linemodel.fit() on the other sites' records, "
             "parse the site with parse(text, model=...) and print the per-site table and spread "
             "(exit 2 when arclean.linemodel.fit is not available)",
    )
    p.add_argument(
        "--floors", metavar="FLOORS.json",
        help="compare with the enforced floors of this file (e.g. tests/quality_floors.json); exit 1 if one fails",
    )
    p.add_argument(
        "--pin", metavar="FLOORS.json",
        help="rewrite the floors in this file from the current numbers (raise only): the union's floors and, "
             "with several files, each file's; re-pin each file's sha256",
    )
    p.add_argument("--force", action="store_true", help="with --pin: allow lowering floors")
    p.set_defaults(func=cmd_eval)
    _add_corpus_verbs(sub)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command line; return the exit code (argparse's exits are returned, not raised)."""
    out, err, stdin = sys.stdout, sys.stderr, sys.stdin
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        return EXIT_OK if exc.code is None else exc.code if isinstance(exc.code, int) else EXIT_USAGE
    func: Callable[..., int] = args.func
    try:
        return func(args, out, err, stdin)
    except UsageError as exc:
        emit(f"arclean {args.verb}: {exc}", err)
        return EXIT_USAGE
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_FAIL
    except KeyboardInterrupt:
        return 130


def _silence_stdout() -> None:
    """After a closed pipe (``arclean parse x | head``), keep Python from complaining at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
