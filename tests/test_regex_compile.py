"""Every regular expression the package holds compiles on the running Python,
and none of them needs a Python newer than ``requires-python`` (3.9).

Python 3.9 and 3.10 lack possessive quantifiers (``a++``) and atomic groups
(``(?>...)``): a pattern using them fails at import there (issue 11 item 11).
These tests find the patterns three ways:

* the compiled patterns reachable from every module's globals (module-level
  constants, tables of them, the lexicon's tries, the normaliser's passes);
* the literal patterns of every ``re.<function>(...)`` call in the source,
  which catches patterns compiled only when a function runs;
* the normaliser's passes for configurations that are built on demand.

Each is compiled again from its source text on the running version, and on
3.11+ (where the newer syntax compiles) its parse tree is searched for the
possessive and atomic nodes, so that a run on a new Python fails too.
"""
from __future__ import annotations

import ast
import dataclasses
import importlib
import pkgutil
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, Dict, Iterator, List, Mapping, Tuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import arclean
from arclean import repair
from arclean.lexicon import DEFAULT_LEXICON

nz = importlib.import_module("arclean.normalize")  # the package exports a function of that name

SRC = Path(arclean.__file__).resolve().parent


def _modules() -> List[ModuleType]:
    """Every module of the package; optional integrations whose library is not installed
    (they raise ImportError, saying which) are left to :func:`literal_patterns`."""
    names = sorted(m.name for m in pkgutil.walk_packages(arclean.__path__, "arclean."))
    out = [arclean]
    for name in names:
        if name.endswith("__main__"):
            continue
        try:
            out.append(importlib.import_module(name))
        except ImportError:
            if not name.startswith("arclean.integrations."):
                raise
    return out


def _walk(obj: Any, seen: set, depth: int = 0) -> Iterator[re.Pattern]:
    if id(obj) in seen or depth > 6:
        return
    seen.add(id(obj))
    if isinstance(obj, re.Pattern):
        yield obj
    elif isinstance(obj, (str, bytes, int, float, bool, type(None))):
        return
    elif isinstance(obj, Mapping):
        for k, v in obj.items():
            yield from _walk(k, seen, depth + 1)
            yield from _walk(v, seen, depth + 1)
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for v in obj:
            yield from _walk(v, seen, depth + 1)
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            yield from _walk(getattr(obj, f.name, None), seen, depth + 1)
    elif isinstance(obj, type) and obj.__module__.startswith("arclean"):
        for v in list(vars(obj).values()):
            yield from _walk(v, seen, depth + 1)


def packaged_patterns() -> Dict[str, re.Pattern]:
    """``{"module.NAME[...]": pattern}`` for every compiled pattern in the modules' globals."""
    out: Dict[str, re.Pattern] = {}
    seen: set = set()
    for mod in _modules():
        for name, value in sorted(vars(mod).items()):
            if isinstance(value, ModuleType):
                continue
            for i, pat in enumerate(_walk(value, seen)):
                out[f"{mod.__name__}.{name}[{i}]"] = pat
    return out


_RE_FUNCS = {"compile", "search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer"}


def literal_patterns() -> List[Tuple[str, Any, int]]:
    """``(where, pattern, flags)`` for every ``re.f(LITERAL, ...)`` call in the package source."""
    out = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.func.attr in _RE_FUNCS
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                continue
            flags = 0
            for kw in node.keywords:
                if kw.arg == "flags":
                    flags = eval(compile(ast.Expression(kw.value), str(path), "eval"), {"re": re})  # noqa: S307
            out.append((f"{path.name}:{node.lineno}", node.args[0].value, flags))
    return out


# --------------------------------------------------------------------------- syntax newer than 3.9


def _newer_syntax(pattern: Any, flags: int) -> List[str]:
    """Names of the 3.11+ constructs in ``pattern`` (possessive repeats, atomic groups)."""
    parser = getattr(re, "_parser", None)
    constants = getattr(re, "_constants", None)
    if parser is None or constants is None:  # before 3.11 compiling is the check
        return []
    newer = {constants.POSSESSIVE_REPEAT, constants.ATOMIC_GROUP}
    found: List[str] = []

    def visit(items: Any) -> None:
        for op, av in items:
            if op in newer:
                found.append(str(op))
            for sub in av if isinstance(av, (list, tuple)) else ():
                if isinstance(sub, parser.SubPattern):
                    visit(sub)
                elif isinstance(sub, (list, tuple)):
                    for x in sub:
                        if isinstance(x, parser.SubPattern):
                            visit(x)

    visit(parser.parse(pattern, flags))
    return found


def test_the_search_finds_the_packaged_patterns() -> None:
    pats = packaged_patterns()
    found = {id(p) for p in pats.values()}
    expected = [repair._A_RUN, repair._B_RUN, repair._DETECT, DEFAULT_LEXICON.prefix_re, DEFAULT_LEXICON.prefix_scan]
    expected += [p.pattern for p in nz._PROFILE_PASSES["persian-fold"]]
    assert all(id(p) in found for p in expected)
    assert len(pats) > 50
    assert len(literal_patterns()) > 3


def test_every_packaged_regex_compiles_on_this_python() -> None:
    bad = []
    for where, pat in packaged_patterns().items():
        try:
            re.compile(pat.pattern, pat.flags)
        except re.error as exc:  # pragma: no cover - the failure being tested for
            bad.append(f"{where}: {exc}")
    for where, source, flags in literal_patterns():
        try:
            re.compile(source, flags)
        except re.error as exc:  # pragma: no cover
            bad.append(f"{where}: {exc}")
    assert not bad, f"Python {sys.version.split()[0]}:\n" + "\n".join(bad)


def test_normalizer_configs_built_on_demand_compile() -> None:
    every = {f.name: True for f in dataclasses.fields(nz.NormalizeConfig) if f.type in (bool, "bool")}
    for tatweel in nz.TATWEEL_MODES:
        cfg = nz.NormalizeConfig(**every, tatweel=tatweel)
        passes = nz._build_passes(cfg)
        assert passes
        for p in passes:
            re.compile(p.pattern.pattern, p.pattern.flags)
            assert not _newer_syntax(p.pattern.pattern, p.pattern.flags)
        assert nz.normalize("ﻣﺮﺣﺒﺎ ـ یک", cfg)


def test_no_pattern_needs_python_311() -> None:
    if not hasattr(re, "_parser"):
        pytest.skip(f"Python {sys.version.split()[0]}: compiling (the test above) is the check here")
    bad = []
    for where, pat in packaged_patterns().items():
        found = _newer_syntax(pat.pattern, pat.flags)
        if found:
            bad.append(f"{where}: {', '.join(sorted(set(found)))}")
    for where, source, flags in literal_patterns():
        found = _newer_syntax(source, flags)
        if found:
            bad.append(f"{where}: {', '.join(sorted(set(found)))}")
    assert not bad, "patterns that Python 3.9 and 3.10 cannot compile:\n" + "\n".join(bad)


def test_the_newer_syntax_check_sees_possessive_and_atomic() -> None:
    if not hasattr(re, "_parser"):
        pytest.skip("the syntax check needs Python 3.11+")
    assert _newer_syntax("[ab]++c", 0) == ["POSSESSIVE_REPEAT"]
    assert _newer_syntax("x(?:(?>ab|a)c)", 0) == ["ATOMIC_GROUP"]
    assert _newer_syntax("(?:a|(?:b*+))+", 0) == ["POSSESSIVE_REPEAT"]
    assert _newer_syntax(rb"(?<![^ ])a+(?!a)", 0) == []


# --------------------------------------------------------------------------- the rewritten runs


_LEADS = repair._B_LEAD2[1:-1] + repair._B_LEAD3[1:-1] + repair._B_LEAD4[1:-1]


def test_utf8_run_sequences_read_one_way() -> None:
    """The rewrite of the UTF-8-as-cp1256 run relies on leads and continuations being disjoint."""
    cls = [re.compile(c) for c in (repair._B_LEAD2, repair._B_LEAD3, repair._B_LEAD4, repair._B_CONT)]
    for ch in map(chr, range(0x10000)):
        assert sum(1 for c in cls if c.fullmatch(ch)) <= 1, hex(ord(ch))


# The runs as first written, with possessive repeats (compile on 3.11+ only).
_OLD_A = (
    rf"(?<![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff{repair._A_CHARS[1:-1]}])"
    rf"{repair._A_CHARS}++"
    rf"(?![A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff])"
)
_OLD_B = (
    rf"(?<![{repair._ARABIC_SCRIPT}])"
    rf"(?:{repair._B_LEAD2}{repair._B_CONT}|{repair._B_LEAD3}{repair._B_CONT}{{2}}"
    rf"|{repair._B_LEAD4}{repair._B_CONT}{{3}})++"
    rf"(?![{repair._ARABIC_SCRIPT}])"
)

_ALPHABET = "".join(
    sorted(set(
        "ÇáÚÑÈíÉÞóþ×÷€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ ¡¢£¤¥"  # cp1256-as-latin1 and neighbours
        "طظعغ§„ƒ¤¢¨©ھ"  # cp1256 readings of UTF-8 bytes
        + "".join(chr(c) for c in range(0x80, 0xC0) if chr(c).isprintable())
        + "ابتثجحخدذرزسشصضعغفقكلمنهوي"  # Arabic letters
        + "abcxyzMÉXICOSãoÕlô "  # Latin, spaces
        + "\u064e\u0651"  # Arabic marks
    ))
)


@pytest.mark.skipif(sys.version_info < (3, 11), reason="the possessive originals compile on Python 3.11+ only")
@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_rewritten_runs_match_what_the_possessive_runs_matched(text: str) -> None:
    for old, new in ((_OLD_A, repair._A_RUN), (_OLD_B, repair._B_RUN)):
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in re.finditer(old, text)]


@pytest.mark.skipif(sys.version_info < (3, 11), reason="the possessive originals compile on Python 3.11+ only")
@pytest.mark.parametrize(
    "text",
    [
        "Þór ÇáÚÑÈíÉ",
        "ÇáÚÑÈíÉx",
        "ÇáÚÑ×",
        "ط§ظ„ط¹ط±ط¨ظٹط©",
        "ط§ظ„ط¹ط±ط¨ظٹط©ب",
        "ط§ظ„" + "ط",
        "«ط§ظ„»",
    ],
)
def test_rewritten_runs_on_hand_picked_edges(text: str) -> None:
    for old, new in ((_OLD_A, repair._A_RUN), (_OLD_B, repair._B_RUN)):
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in re.finditer(old, text)]
