"""The package as others get it (issue 11 items 7, 11 and 15).

* The sdist, built with setuptools' PEP 517 hook, declares an SPDX license with
  its LICENSE file and the project URLs, and holds every file the tests need:
  ``pytest`` collects the whole suite from the unpacked sdist and runs the
  tests that read files (docs, seeds, ``tests/data``) there.  With
  ``ARCLEAN_SLOW=1`` the whole suite runs from it.
* The suite keeps no Hypothesis example database in the checkout.
* ``scripts/test`` (the README's test command) picks the lowest and the
  highest supported Python of the machine, or says why it runs one only.
"""
from __future__ import annotations

import email.parser
import importlib.machinery
import importlib.util
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any, Dict, List, Set

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
IN_SDIST = "ARCLEAN_TESTING_SDIST"  # set for the suite run from the unpacked sdist: no recursion


# --------------------------------------------------------------------------- the sdist


@pytest.fixture(scope="module")
def sdist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sdist built from this tree (setuptools' build_sdist hook, no isolation: no network)."""
    pytest.importorskip("setuptools", minversion="77", reason="the test extra installs setuptools>=77")
    out = tmp_path_factory.mktemp("sdist")
    # Built from a copy without egg-info: setuptools would also ship whatever an old
    # egg-info/SOURCES.txt lists, hiding a file that MANIFEST.in no longer takes.
    tree = tmp_path_factory.mktemp("tree") / "arclean"
    junk = shutil.ignore_patterns(".git", ".venv*", "*.egg-info", "__pycache__", ".hypothesis", ".pytest_cache",
                                  ".mypy_cache", "build", "dist")
    shutil.copytree(ROOT, tree, ignore=junk)
    proc = subprocess.run(
        [sys.executable, "-c", "import sys, setuptools.build_meta as b; print(b.build_sdist(sys.argv[1]))", str(out)],
        cwd=str(tree), capture_output=True, text=True, timeout=240,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    name = proc.stdout.strip().splitlines()[-1]
    return out / name


@pytest.fixture(scope="module")
def unpacked(sdist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    dest = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(sdist) as tar:
        for member in tar.getmembers():  # our own archive, but keep every path inside dest
            assert not member.name.startswith("/") and ".." not in Path(member.name).parts
        tar.extractall(dest)
    (top,) = dest.iterdir()
    return top


def _members(sdist: Path) -> Set[str]:
    with tarfile.open(sdist) as tar:
        return {m.name.split("/", 1)[1] for m in tar.getmembers() if m.isfile() and "/" in m.name}


def _tracked() -> List[str]:
    """The files git tracks in this checkout (none when not a checkout, e.g. in the sdist)."""
    if not (ROOT / ".git").exists() or shutil.which("git") is None:
        return []
    proc = subprocess.run(["git", "ls-files", "-z"], cwd=str(ROOT), capture_output=True, timeout=60)
    if proc.returncode != 0:
        return []
    return [p for p in proc.stdout.decode("utf-8").split("\0") if p]


def test_sdist_metadata_has_the_spdx_license_and_urls(sdist: Path, unpacked: Path) -> None:
    info = email.parser.Parser().parsestr((unpacked / "PKG-INFO").read_text(encoding="utf-8"))
    assert info["License-Expression"] == "MIT"
    assert info.get_all("License-File") == ["LICENSE"]
    assert info["Requires-Python"] == ">=3.9"
    urls = dict(u.split(", ", 1) for u in info.get_all("Project-URL") or [])
    assert {"Homepage", "Source", "Issues", "Documentation"} <= set(urls)
    assert all(u.startswith("https://") for u in urls.values())
    license_text = (unpacked / "LICENSE").read_text(encoding="utf-8")
    assert license_text.startswith("MIT License") and "Permission is hereby granted" in license_text


def test_sdist_holds_what_the_tests_need(sdist: Path) -> None:
    members = _members(sdist)
    need = {"LICENSE", "README.md", "pyproject.toml", "seeds/000_6d8884bc9d82369e.txt", "tests/quality_floors.json"}
    need |= {p.relative_to(ROOT).as_posix() for p in (ROOT / "tests").glob("*.py")}
    need |= {p.relative_to(ROOT).as_posix() for p in (ROOT / "tests" / "data").iterdir() if p.is_file()}
    need |= {p.relative_to(ROOT).as_posix() for p in (ROOT / "docs").glob("*.md")}
    assert not need - members, f"missing from the sdist: {sorted(need - members)}"
    tracked = [p for p in _tracked() if not p.startswith(".ci/") and p not in (".gitignore",)]
    if tracked:  # in a checkout: everything tracked ships (CI files and .gitignore aside)
        missing = sorted(p for p in tracked if p not in members and (ROOT / p).exists())
        assert not missing, f"tracked files missing from the sdist: {missing}"
    assert not [m for m in members if "__pycache__" in m or m.endswith(".pyc") or ".hypothesis" in m]


def test_pytest_runs_from_the_unpacked_sdist(unpacked: Path) -> None:
    if os.environ.get(IN_SDIST):
        pytest.skip("already running from an unpacked sdist")
    env = dict(os.environ, **{IN_SDIST: "1", "PYTHONDONTWRITEBYTECODE": "1"})
    base = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly"]
    collect = subprocess.run(
        [*base, "--collect-only"], cwd=str(unpacked), env=env, capture_output=True, text=True, timeout=280
    )
    tail = collect.stdout[-3000:] + collect.stderr[-2000:]
    assert collect.returncode == 0, tail
    assert "error" not in collect.stdout.splitlines()[-1], tail
    if os.environ.get("ARCLEAN_SLOW") == "1":
        selection: List[str] = []
    else:  # the tests that read files beside them; the rest only need the package
        selection = [
            "tests/test_docs.py::test_docs_have_runnable_examples",
            "tests/test_docs.py::test_doc_examples[README.md]",
            "tests/test_dates.py::test_table_is_big_enough_and_well_formed",
            "tests/test_repair.py::test_data_files_are_not_empty",
            "tests/test_segment.py::test_seed_line_two_is_split_inside_the_line",
        ]
        selection = [s for s in selection if (unpacked / s.split("::")[0]).is_file()]
    proc = subprocess.run([*base, *selection], cwd=str(unpacked), env=env, capture_output=True, text=True, timeout=280)
    last = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert " passed" in last, last


# --------------------------------------------------------------------------- hypothesis (item 7)


def test_hypothesis_keeps_no_example_database() -> None:
    """A failure found once is not replayed from ``.hypothesis/`` on every later run."""
    assert settings.get_profile("arclean").database is None
    assert settings.default.database is None
    assert settings(max_examples=5).database is None  # what a test's @settings(...) starts from


def test_a_failing_property_is_not_replayed() -> None:
    """A second run of a failing property starts afresh: with an example database it would
    start by replaying the shrunk failure (500) that the first run stored."""
    seen: List[int] = []

    @settings(max_examples=200)
    @given(st.integers(min_value=0, max_value=1000))
    def prop(n: int) -> None:
        seen.append(n)
        assert n < 500

    with pytest.raises(AssertionError):
        prop()
    assert 500 in seen  # the first run shrank to 500
    seen.clear()
    with pytest.raises(AssertionError):
        prop()
    assert seen[0] != 500


def test_hypothesis_dir_is_gitignored() -> None:
    if not _tracked():
        pytest.skip("not a git checkout")
    paths = [".hypothesis/examples/0123", ".venv-py3.9/bin/python"]
    proc = subprocess.run(["git", "check-ignore", *paths], cwd=str(ROOT), capture_output=True, text=True, timeout=60)
    assert proc.stdout.split() == paths


# --------------------------------------------------------------------------- scripts/test (item 11)


def _load_script() -> Any:
    loader = importlib.machinery.SourceFileLoader("arclean_scripts_test", str(ROOT / "scripts" / "test"))
    spec = importlib.util.spec_from_loader(loader.name, loader)
    assert spec is not None
    mod = importlib.util.module_from_spec(spec)
    loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def script() -> Any:
    if not (ROOT / "scripts" / "test").is_file():
        pytest.skip("scripts/test is not here")
    return _load_script()


def test_script_reads_requires_python(script: Any) -> None:
    assert script.requires_python() == (3, 9, 0)


def test_script_picks_the_lowest_and_highest_other_pythons(script: Any) -> None:
    found: Dict[str, Any] = {
        "/p/3.6": (3, 6, 15), "/p/3.8": (3, 8, 18), "/p/3.9": (3, 9, 18), "/p/3.10": (3, 10, 13),
        "/p/3.11": (3, 11, 7), "/usr/3.11": (3, 11, 2), "/p/3.13": (3, 13, 0),
    }
    runs, notes = script.pick(found, (3, 9, 0), (3, 11, 7))
    assert runs == [("/p/3.9", (3, 9, 18)), ("/p/3.13", (3, 13, 0))]
    assert notes == ["below requires-python >=3.9, not run: 3.6.15, 3.8.18"]
    # running on the highest: only the lowest is added
    assert script.pick(found, (3, 9, 0), (3, 13, 0))[0] == [("/p/3.9", (3, 9, 18))]
    # running on the lowest: only the highest
    assert script.pick(found, (3, 9, 0), (3, 9, 18))[0] == [("/p/3.13", (3, 13, 0))]


def test_script_says_when_only_one_python_is_there(script: Any) -> None:
    runs, notes = script.pick({"/usr/bin/python3.11": (3, 11, 2), "/old": (3, 8, 1)}, (3, 9, 0), (3, 11, 7))
    assert runs == []
    assert notes[-1].startswith("SKIPPED: only Python 3.11 found")
    runs, notes = script.pick({}, (3, 9, 0), (3, 12, 1))
    assert runs == [] and "only Python 3.12" in notes[-1]
