"""Robustness: ``parse``/``clean`` accept any ``str`` and reject everything else clearly.

The big and adversarial inputs carry ``@pytest.mark.timeout(60)``: a generous
guard against catastrophic backtracking or quadratic loops, not a speed
assertion (speed is measured in ``benchmarks/throughput.py``).
"""
from __future__ import annotations

from typing import Callable, Dict

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import arclean


try:  # pytest's default "prepend" import mode puts tests/ on sys.path
    from pagegen import BODY_PARAGRAPHS, SPECIAL_CHARS, check_partition, hostile_text
except ImportError:  # pragma: no cover - tests/ imported as a package
    from tests.pagegen import BODY_PARAGRAPHS, SPECIAL_CHARS, check_partition, hostile_text

FAST = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


PARA = BODY_PARAGRAPHS[0]
MB = 1_000_000


# ---------------------------------------------------------------------------
# Any str
# ---------------------------------------------------------------------------


@FAST
@given(hostile_text())
def test_any_str_parses_and_cleans(text: str) -> None:
    doc = arclean.parse(text)
    check_partition(doc, text)
    assert isinstance(arclean.clean(text), str)


@FAST
@given(st.text(st.characters(exclude_categories=()), max_size=200))
@example("0²")  # (found by this test: a superscript is a digit to str.isdigit, not to int())
@example("1 2² 3")
def test_any_codepoint_soup(text: str) -> None:
    check_partition(arclean.parse(text), text)


@FAST
@given(st.lists(st.sampled_from(SPECIAL_CHARS), max_size=60).map("".join))
def test_only_control_and_special_characters(text: str) -> None:
    doc = arclean.parse(text)
    check_partition(doc, text)
    arclean.clean(text)


@pytest.mark.parametrize(
    "sep",
    ["\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1e", "\x00"],
    ids=lambda s: f"U+{ord(s[-1]):04X}" if len(s) == 1 else "CRLF",
)
def test_line_separators(sep: str) -> None:
    text = sep.join(["عنوان الخبر", PARA, "اقرأ أيضا", "جميع الحقوق محفوظة © 2024"]) + sep
    check_partition(arclean.parse(text), text)


@pytest.mark.parametrize(
    "text",
    [
        "\ufefb\ufe8d\ufef7 \ufdf2 " + PARA,  # presentation forms
        "\u202b" + PARA + "\u202c",  # bidi embedding
        "\u2067اقرأ أيضا\u2069\n" + PARA,  # isolates around a phrase
        "\ud83d" + PARA + "\udc00",  # lone surrogates at both ends
        "\ufeff" + PARA,  # BOM
        "ا\u0651\u064b" * 2000,  # stacked marks
        "\u0640" * 50_000,  # tatweel run
        "Ã˜Â§Ã™â€žÃ˜Â®Ã˜Â¨Ã˜Â±\n" + PARA,  # mojibake
    ],
    ids=["presentation", "bidi", "isolates", "surrogates", "bom", "marks", "tatweel", "mojibake"],
)
def test_unusual_unicode(text: str) -> None:
    doc = arclean.parse(text)
    check_partition(doc, text)
    assert arclean.clean(text) == doc.body


# ---------------------------------------------------------------------------
# Wrong types
# ---------------------------------------------------------------------------

FUNCS: Dict[str, Callable[[object], object]] = {"parse": arclean.parse, "clean": arclean.clean}


@pytest.mark.parametrize("fn", FUNCS, ids=str)
@pytest.mark.parametrize(
    "value", [None, 42, 3.5, ["نص"], ("نص",), {"text": "نص"}, object()], ids=lambda v: type(v).__name__
)
def test_non_str_raises_type_error_saying_str(fn: str, value: object) -> None:
    with pytest.raises(TypeError) as info:
        FUNCS[fn](value)
    assert "str" in str(info.value), f"message should say to pass str: {info.value}"


@pytest.mark.parametrize("fn", FUNCS, ids=str)
@pytest.mark.parametrize(
    "value",
    [PARA.encode("utf-8"), bytearray(PARA.encode("utf-8")), memoryview(PARA.encode("utf-8"))],
    ids=lambda v: type(v).__name__,
)
def test_bytes_raise_type_error_saying_decode(fn: str, value: object) -> None:
    with pytest.raises(TypeError) as info:
        FUNCS[fn](value)
    message = str(info.value)
    assert "decode" in message, f"message should say to decode first: {message}"
    assert "str" in message


# ---------------------------------------------------------------------------
# Big and adversarial inputs (timeouts guard against blow-ups only)
# ---------------------------------------------------------------------------


def _near_matches(phrase: str, n: int) -> str:
    return " ".join([phrase] * n)


def _repeat_to(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


BIG_INPUTS: Dict[str, Callable[[], str]] = {
    "one_5MB_line": lambda: _repeat_to(PARA + " ", 5 * MB),
    "200k_lines": lambda: "\n".join(BODY_PARAGRAPHS[i % 7][: 20 + i % 50] for i in range(200_000)),
    "100k_empty_lines": lambda: "\n" * 100_000 + PARA + "\n" * 100_000,
    "100k_blank_lines_with_spaces": lambda: " \t\n" * 100_000,
    "1MB_no_newlines": lambda: _repeat_to("اقرأ أيضا: " + PARA + " ", MB),
    "iqra_run": lambda: _near_matches("اقرأ", 200_000),
    "iqra_aydan_run": lambda: _near_matches("اقرأ أيضا", 100_000),
    "iqra_lines": lambda: "\n".join(["اقرأ"] * 100_000),
    "update_run": lambda: _near_matches("آخر تحديث", 100_000),
    "update_colon_run": lambda: _near_matches("آخر تحديث:", 100_000),
    "date_fragments": lambda: _repeat_to("12/05/20", MB),
    "digit_run": lambda: "1" * MB,
    "arabic_digit_slashes": lambda: _repeat_to("١٢/٠٥/", MB),
    "date_lines": lambda: "\n".join(f"{i % 31}/{i % 12}/{2000 + i % 30}" for i in range(100_000)),
    "rights_prefix_run": lambda: _near_matches("جميع الحقوق", 100_000),
    "promo_prefix_run": lambda: _near_matches("حمل تطبيق", 100_000),
    "colons_and_dashes": lambda: _repeat_to(": - | ", MB),
    "single_char_lines": lambda: "\n".join("ا" * (i % 3 + 1) for i in range(200_000)),
    "spaces_no_newline": lambda: " " * MB + "ا",
    "crlf_mix": lambda: ("\r\n\r" * 100_000) + PARA,
}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", BIG_INPUTS)
def test_big_and_adversarial_inputs(name: str) -> None:
    text = BIG_INPUTS[name]()
    doc = arclean.parse(text)
    check_partition(doc, text)
    assert arclean.clean(text) == doc.body
