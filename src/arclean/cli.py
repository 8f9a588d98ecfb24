"""The ``arclean`` command line (also ``python -m arclean``).

Verbs::

    arclean clean   FILE|-     the cleaned body
    arclean parse   FILE|-     Document.to_dict() as JSON
    arclean explain FILE|-     one row per segment: span, label, rule, text
    arclean eval    GOLD.jsonl score parse() against gold (see arclean.evaluate)

Exit codes: 0 success, 1 the work failed (e.g. a floor was not met, the
parser raised), 2 wrong usage or an unreadable input file.  Each verb is one
small function taking the parsed arguments and the output streams, so new
verbs (batch over JSONL/WARC, site profiles) are one more ``add_parser``.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Callable, Optional, Sequence, TextIO

from . import __version__
from .api import parse
from . import evaluate as ev

__all__ = ["main", "build_parser"]

EXIT_OK = 0
EXIT_FAIL = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """Bad input from the user (missing file, wrong argument): exit code 2."""


# --------------------------------------------------------------------------- I/O helpers


def read_input(name: str, stdin: TextIO) -> str:
    """The text of ``name`` (``-`` for stdin) as UTF-8, undecodable bytes replaced."""
    if name == "-":
        raw = getattr(stdin, "buffer", None)
        return raw.read().decode("utf-8", errors="replace") if raw is not None else stdin.read()
    path = Path(name)
    if not path.exists():
        raise UsageError(f"no such file: {name}")
    if path.is_dir():
        raise UsageError(f"{name} is a directory, not a file")
    try:
        return path.read_bytes().decode("utf-8", errors="replace")
    except OSError as exc:
        raise UsageError(f"cannot read {name}: {exc.strerror or exc}") from None


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
    """Print the cleaned body."""
    emit(parse(read_input(args.file, stdin)).body, out)
    return EXIT_OK


def cmd_parse(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO) -> int:
    """Print the whole parse result as JSON."""
    doc = parse(read_input(args.file, stdin))
    emit(json.dumps(doc.to_dict(), ensure_ascii=False, indent=None if args.compact else 2), out)
    return EXIT_OK


def cmd_explain(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO) -> int:
    """Print the segment table."""
    if args.width < 8:
        raise UsageError("--width must be at least 8")
    emit(parse(read_input(args.file, stdin)).explain(width=args.width), out)
    return EXIT_OK


def _load_floors(path: str) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"no such floors file: {path}") from None
    except (OSError, json.JSONDecodeError) as exc:
        raise UsageError(f"cannot read floors file {path}: {exc}") from None
    return data


def cmd_eval(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: TextIO) -> int:
    """Score parse() on a gold file; print the per-doc table (optional) then the scoreboard last."""
    gold = Path(args.gold)
    if not gold.is_file():
        raise UsageError(f"no such gold file: {args.gold}")
    if args.html_dir is not None:
        if not Path(args.html_dir).is_dir():
            raise UsageError(f"--html-dir {args.html_dir} is not a directory")
        emit("note: --html-dir is not used yet; documents are scored on their text field", err)
    if args.force and not args.pin:
        raise UsageError("--force only goes with --pin")
    floors_file = _load_floors(args.floors) if args.floors else None
    try:
        records = ev.load_gold(gold)
    except (ev.GoldError, OSError) as exc:
        raise UsageError(str(exc)) from None
    if not records:
        raise UsageError(f"{args.gold} holds no documents")

    report = ev.evaluate(records, progress=tty_progress(err))

    if args.json:
        try:
            Path(args.json).write_text(
                json.dumps(ev.report_to_dict(report, gold), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
        except OSError as exc:
            raise UsageError(f"cannot write --json {args.json}: {exc.strerror or exc}") from None
    if args.per_doc:
        emit(ev.format_per_doc(report) + "\n", out)
    status = EXIT_OK
    if args.pin:
        try:
            changes = ev.pin_floors(report, args.pin, gold, force=args.force)
        except (OSError, ValueError, KeyError) as exc:
            raise UsageError(f"cannot pin floors in {args.pin}: {exc}") from None
        for line in changes or ["floors unchanged"]:
            emit(f"pin: {line}", out)
    floors = floors_file.get("floors") if floors_file else None
    targets = (floors_file or {}).get("targets") or ev.DEFAULT_TARGETS
    if floors is not None:
        try:
            failures = ev.check_floors(report, floors)
        except KeyError as exc:
            raise UsageError(f"floors file {args.floors}: {exc.args[0]}") from None
        for line in failures:
            emit(f"below floor: {line}", err)
        status = EXIT_FAIL if failures else EXIT_OK
    emit(ev.format_scoreboard(report, floors=floors, targets=targets, source=gold.name), out)
    return status


# --------------------------------------------------------------------------- parser


def _add_file_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="the scraped page as UTF-8 text, or - for stdin")


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
        "eval", help="score the parser against a gold JSONL file",
        description=(
            "Score parse() against gold records (the ../shared/corpus/dev.jsonl format): body token "
            "P/R/F1 overall and per kind, title exact match, published-date accuracy and wrong dates, "
            "speed. The last lines printed are a compact scoreboard. Records are scored on their "
            "'text' field; the HTML path comes in a later issue."
        ),
    )
    p.add_argument("gold", metavar="GOLD.jsonl", help="gold records, one JSON object a line")
    p.add_argument(
        "--html-dir", metavar="DIR",
        help="directory of the records' HTML files; accepted for forward compatibility but not used "
             "yet: records are scored on their text field",
    )
    p.add_argument("--json", metavar="OUT", help="also write all numbers and a per-document table to OUT")
    p.add_argument("--per-doc", action="store_true", help="print the per-document table before the scoreboard")
    p.add_argument(
        "--floors", metavar="FLOORS.json",
        help="compare with the enforced floors of this file (e.g. tests/quality_floors.json); exit 1 if one fails",
    )
    p.add_argument(
        "--pin", metavar="FLOORS.json",
        help="rewrite the floors in this file from the current numbers (raise only) and re-pin the corpus sha256",
    )
    p.add_argument("--force", action="store_true", help="with --pin: allow lowering floors")
    p.set_defaults(func=cmd_eval)
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
