"""The documentation's examples run, and print what the docs say they print.

Every fenced ```python block in ``docs/*.md`` and ``README.md`` is run, in
order, with one namespace per file (a page defined in one block can be used in
the next).  Blocks with ``>>>`` prompts are doctests: their expected output is
checked by :class:`doctest.DocTestRunner`.  Other blocks are executed; a line
of the form ``EXPR  # VALUE`` in them is checked too when both sides are
Python expressions (a string ``VALUE`` ending in ``" ..."`` is a prefix).

A block preceded by an ``<!-- no-test -->`` comment is skipped.  Blocks run
with the repository root as the working directory, as a reader would run them:
README's example reads its page (``seeds/000_6d8884bc9d82369e.txt``, part of
the repository) itself into ``page_text``.
"""
from __future__ import annotations

import ast
import contextlib
import datetime
import doctest
import io
import re
from pathlib import Path
from typing import Dict, List, NamedTuple

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOC_FILES = sorted((ROOT / "docs").glob("*.md")) + [ROOT / "README.md"]

_FENCE = re.compile(
    r"(?P<skip><!--\s*no-test\s*-->[ \t]*\n(?:[ \t]*\n)*)?"
    r"^```python[ \t]*\n(?P<code>.*?)^```[ \t]*$",
    re.M | re.S,
)
_PROMPT = re.compile(r"^\s*>>>", re.M)
_FLAGS = doctest.ELLIPSIS


class Block(NamedTuple):
    code: str
    lineno: int  # 0-based line of the block's first code line in the file
    skip: bool


def python_blocks(text: str) -> List[Block]:
    """The fenced python blocks of a markdown text, in order."""
    out = []
    for m in _FENCE.finditer(text):
        lineno = text.count("\n", 0, m.start("code"))
        out.append(Block(m.group("code"), lineno, m.group("skip") is not None))
    return out


def _initial_globals(path: Path) -> Dict[str, object]:
    return {"__name__": f"docs_{path.stem}"}


def _commented_claims(code: str):
    """``(lineno, expr, value)`` for lines ``EXPR  # VALUE`` where both parse as expressions."""
    for i, line in enumerate(code.splitlines()):
        expr, sep, comment = line.partition("  #")
        if not sep or not expr.strip():
            continue
        try:
            ast.parse(expr.strip(), mode="eval")
            value = eval(comment.strip(), {"datetime": datetime})  # noqa: S307 - our own docs
        except Exception:
            continue  # prose comment, or not an expression: nothing to check
        yield i, expr.strip(), value


def _claim_holds(actual: object, value: object) -> bool:
    if isinstance(value, str) and value.endswith(" ...") and isinstance(actual, str):
        return actual.startswith(value[: -len(" ...")])
    return actual == value


def run_file(path: Path) -> List[str]:
    """Run the file's blocks; return failure reports (empty when all pass)."""
    text = path.read_text(encoding="utf-8")
    globs = _initial_globals(path)
    parser = doctest.DocTestParser()
    failures: List[str] = []
    for block in python_blocks(text):
        if block.skip:
            continue
        where = f"{path.name}:{block.lineno + 1}"
        if _PROMPT.search(block.code):
            test = parser.get_doctest(block.code, globs, where, str(path), block.lineno)
            report = io.StringIO()
            runner = doctest.DocTestRunner(optionflags=_FLAGS)
            runner.run(test, out=report.write, clear_globs=False)
            globs.update(test.globs)  # DocTest ran on a copy: carry names to the next block
            if runner.failures:
                failures.append(report.getvalue())
            continue
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                exec(compile(block.code, where, "exec"), globs)  # noqa: S102 - our own docs
        except Exception as exc:  # pragma: no cover - reported as a failure
            failures.append(f"{where}: block raised {type(exc).__name__}: {exc}")
            continue
        for i, expr, value in _commented_claims(block.code):
            actual = eval(expr, globs)  # noqa: S307
            if not _claim_holds(actual, value):
                failures.append(
                    f"{path.name}:{block.lineno + i + 1}: {expr} is {actual!r}, the comment says {value!r}"
                )
    return failures


@pytest.mark.parametrize("path", DOC_FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_doc_examples(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert path.is_file(), f"{path} is missing"
    monkeypatch.chdir(ROOT)
    failures = run_file(path)
    assert not failures, "\n".join(failures)


def test_docs_have_runnable_examples() -> None:
    """Every page under docs/ except design.md shows at least one checked example."""
    for path in DOC_FILES:
        if path.parent.name != "docs" or path.name == "design.md":
            continue
        blocks = [b for b in python_blocks(path.read_text(encoding="utf-8")) if not b.skip]
        assert any(_PROMPT.search(b.code) for b in blocks), f"{path.name} has no doctest example"


def test_block_finder() -> None:
    md = "a\n<!-- no-test -->\n\n```python\nx = 1\n```\n\n```python\n>>> 1 + 1\n2\n```\n```sh\nls\n```\n"
    blocks = python_blocks(md)
    assert [(b.skip, b.code) for b in blocks] == [(True, "x = 1\n"), (False, ">>> 1 + 1\n2\n")]
    assert blocks[1].lineno == 8


def test_claims_are_checked() -> None:
    claims = list(_commented_claims('x = f()  # not code\nd.title  # "abc ..."\nd.day  # datetime.date(2024, 1, 2)\n'))
    assert [(e, v) for _, e, v in claims] == [("d.title", "abc ..."), ("d.day", datetime.date(2024, 1, 2))]
    assert _claim_holds("abc def", "abc ...") and not _claim_holds("abd", "abc ...")
