"""Tests of the Arabic date grammar (:mod:`arclean.dates`).

* ``tests/data/date_cases.tsv`` holds the real-world strings, one a line, with
  the expected reading; rows marked ``fail`` are known failures and run as
  ``xfail(strict=True)`` so that a fix is noticed.
* Property tests (hypothesis) render dates in every month system and digit set
  and read them back, and check that parsing never raises, that relative dates
  are never later than the reference, and that values are real dates.
"""
from __future__ import annotations

import os
import datetime as dt
from pathlib import Path
from typing import Dict, List, NamedTuple, Optional

import pytest
from hijridate import Gregorian, Hijri
from hypothesis import given, settings
from hypothesis import strategies as st

from arclean.dates import DateMatch, date_label_role, find_dates, in_date_range, parse_date, parse_time

from tsvdata import table_rows

CASES_PATH = Path(__file__).parent / "data" / "date_cases.tsv"
DATA_DIR = Path(__file__).parent.parent / "src" / "arclean" / "data"
#: Minimum size of the real-world table (issue 3).
MIN_CASES = 300
#: Hypothesis budget per property: the default run must stay fast; set
#: ARCLEAN_DATES_EXAMPLES=2000 for a long fuzzing run.
EXAMPLES = int(os.environ.get("ARCLEAN_DATES_EXAMPLES", "60"))


# --------------------------------------------------------------------------
# The table
# --------------------------------------------------------------------------


class Case(NamedTuple):
    label: str
    text: str
    value: str
    precision: str
    calendar: str
    tz: str
    reference: str
    prefer: str
    expect: str
    note: str


def load_cases() -> List[Case]:
    """Rows of ``date_cases.tsv`` (comments and header skipped)."""
    return [Case(*row) for row in table_rows(CASES_PATH, Case._fields)]


CASES = load_cases()


def _reference(text: str) -> Optional[dt.date]:
    """The reference column as a datetime (with a clock) or a date."""
    if not text:
        return None
    if "T" in text:
        return dt.datetime.fromisoformat(text)
    return dt.date.fromisoformat(text)


def _rendered(m: DateMatch) -> str:
    """A match written like the table's value column."""
    if m.precision == "minute":
        value = m.value
        assert isinstance(value, dt.datetime)
        return value.isoformat(timespec="minutes")
    if m.precision == "day":
        value = m.value
        assert isinstance(value, dt.date)
        return value.isoformat()
    if m.precision == "month":
        return f"{m.year:04d}-{m.month:02d}"
    return f"{m.year:04d}"


def _case_params() -> List[object]:
    params = []
    for i, case in enumerate(CASES):
        marks = [pytest.mark.xfail(strict=True, reason=case.note)] if case.expect == "fail" else []
        params.append(pytest.param(case, marks=marks, id=f"{i:03d}-{case.label}"))
    return params


def test_table_is_big_enough_and_well_formed() -> None:
    assert len(CASES) >= MIN_CASES
    for case in CASES:
        assert case.expect in ("pass", "fail"), case
        assert (case.value == "-") == (case.precision == ""), case
        assert case.precision in ("", "minute", "day", "month", "year"), case


@pytest.mark.parametrize("case", _case_params())
def test_table_case(case: Case) -> None:
    m = parse_date(case.text, reference=_reference(case.reference), prefer=case.prefer or "published")
    if case.value == "-":
        assert m is None, m
        return
    assert m is not None
    assert (m.precision, _rendered(m), m.calendar) == (case.precision, case.value, case.calendar)
    expected_tz = int(case.tz) if case.tz else None
    assert m.tz_offset_minutes == expected_tz
    assert case.text[m.start : m.end] == m.text


# --------------------------------------------------------------------------
# Examples from the API contract
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("14:37 ت م", dt.time(14, 37)),
        ("09:56 ص", dt.time(9, 56)),
        ("1:54 م", dt.time(13, 54)),
        ("٠٩:٣٥", dt.time(9, 35)),
        ("۰۹:۳۵ م", dt.time(21, 35)),
        ("آخر تحديث 14:00 (GMT+0400)", dt.time(14, 0)),
        ("12:30 ص", dt.time(0, 30)),
        ("12:30 م", dt.time(12, 30)),
        ("09:22 مساءً", dt.time(21, 22)),
        ("1:59 صباحًا", dt.time(1, 59)),
        ("25:10", None),
        ("10:75", None),
        ("14:00 ص", None),
        ("بدون وقت", None),
        ("", None),
    ],
)
def test_parse_time(text: str, expected: Optional[dt.time]) -> None:
    assert parse_time(text) == expected


def test_span_and_fields_of_a_full_match() -> None:
    text = "آخر تحديث: 5 أكتوبر 2024 - 1:54 م بغداد"
    m = parse_date(text)
    assert m is not None
    assert m.text == "5 أكتوبر 2024 - 1:54 م"
    assert (m.start, m.end) == (11, 11 + len(m.text))
    assert (m.year, m.month, m.day, m.hour, m.minute) == (2024, 10, 5, 13, 54)
    assert m.value == dt.datetime(2024, 10, 5, 13, 54)


def test_hijri_match_keeps_the_written_hijri_date() -> None:
    m = parse_date("25 شوال 1436 هـ")
    assert m is not None
    assert m.hijri == (1436, 10, 25)
    assert m.calendar == "hijri-umalqura"
    assert m.value == dt.date(2015, 8, 10)


def test_year_precision_has_no_value() -> None:
    m = parse_date("2024م")
    assert m is not None and m.precision == "year" and m.value is None
    assert (m.month, m.day) == (None, None)


def test_span_with_diacritics_is_mapped_back_to_the_input() -> None:
    text = "نُشِرَ في ٢٤ أُكْتُوبَر ٢٠٢٠ ٩:٢٢ مساءً."
    m = parse_date(text)
    assert m is not None
    assert m.text == text[m.start : m.end] == "٢٤ أُكْتُوبَر ٢٠٢٠ ٩:٢٢ مساءً"
    assert m.value == dt.datetime(2020, 10, 24, 21, 22)


def test_find_dates_yields_every_date_in_order() -> None:
    text = (
        "الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\n"
        "وكان الاتفاق قد وقع في 3 آذار 2014، ثم عدل في 2019/12/01.\n"
        "الكاف يحدد 25 يونيو موعدًا للسوبر"
    )
    found = list(find_dates(text))
    assert [m.value for m in found] == [
        dt.date(2015, 8, 10),
        dt.date(2015, 8, 10),
        dt.date(2014, 3, 3),
        dt.date(2019, 12, 1),
    ]
    assert [m.calendar for m in found] == ["hijri-umalqura", "gregorian", "gregorian", "gregorian"]
    assert all(text[m.start : m.end] == m.text for m in found)


def test_find_dates_keeps_the_gregorian_date_of_disagreeing_twins() -> None:
    text = "25 شوال 1436 هـ الموافق 20 أغسطس 2015 م. وفي 3 آذار 2014 بدأ"
    found = list(find_dates(text))
    assert [(m.value, m.calendar) for m in found] == [
        (dt.date(2015, 8, 20), "gregorian"),
        (dt.date(2014, 3, 3), "gregorian"),
    ]


def test_find_dates_relative_needs_reference() -> None:
    text = "نشر منذ ساعتين وعدل منذ 5 دقائق"
    assert list(find_dates(text)) == []
    ref = dt.datetime(2024, 5, 24, 12, 0)
    assert [m.value for m in find_dates(text, reference=ref)] == [
        dt.datetime(2024, 5, 24, 10, 0),
        dt.datetime(2024, 5, 24, 11, 55),
    ]


def test_prefer_must_be_known() -> None:
    with pytest.raises(ValueError):
        parse_date("5 أكتوبر 2024", prefer="oldest")


@pytest.mark.parametrize("bad", [None, 2024, b"2024-01-01", ["5 مايو 2024"]])
def test_non_strings_are_refused(bad: object) -> None:
    with pytest.raises(TypeError, match="takes the text as str"):
        parse_date(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="takes the text as str"):
        find_dates(bad)  # type: ignore[arg-type]  (raised at the call, not at the first next())
    with pytest.raises(TypeError, match="takes the text as str"):
        parse_time(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="takes the text as str"):
        date_label_role(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["2024-05-24", 1716552000, 1716552000.0, dt.time(12, 0)])
def test_a_reference_that_is_not_a_date_is_refused(bad: object) -> None:
    with pytest.raises(TypeError, match="reference= takes a datetime"):
        parse_date("منذ ساعتين", reference=bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="reference= takes a datetime"):
        find_dates("منذ ساعتين", reference=bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["yes", 1, 0])
def test_day_first_must_be_a_bool(bad: object) -> None:
    with pytest.raises(TypeError, match="day_first= takes True, False or None"):
        parse_date("03/12/2024", day_first=bad)  # type: ignore[arg-type]


# --------------------------------------------------------------------------
# Numeric order: day first only with a signal (issue 11)
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, day_first, expected",
    [
        ("03/12/2024", None, None),  # both readings possible, no signal
        ("03/12/2024", True, dt.date(2024, 12, 3)),  # the caller knows the page is Arabic
        ("03/12/2024", False, dt.date(2024, 3, 12)),  # the caller knows the page is US
        ("1/11/2011", True, dt.date(2011, 11, 1)),
        ("نشر في 03/12/2024", False, dt.date(2024, 12, 3)),  # the line's own Arabic wins
        ("Published: 03/12/2024 10:30 AM", True, dt.datetime(2024, 3, 12, 10, 30)),  # the line's US signal wins
        ("12/25/2020", True, dt.date(2020, 12, 25)),  # impossible day first: month first, the one reading
        ("12/25/2020", False, dt.date(2020, 12, 25)),
        ("13/12/2024", False, dt.date(2024, 12, 13)),  # impossible month first: day first
        ("13/13/2024", True, None),
        ("07/07/2024", None, dt.date(2024, 7, 7)),  # the same either way
    ],
)
def test_numeric_order(text: str, day_first: Optional[bool], expected: object) -> None:
    m = parse_date(text, day_first=day_first)
    assert (m.value if m is not None else None) == expected


def test_find_dates_reads_ambiguous_numeric_dates_by_the_same_rule() -> None:
    text = "03/12/2024 then 13/12/2024"
    assert [m.value for m in find_dates(text)] == [dt.date(2024, 12, 13)]
    assert [m.value for m in find_dates(text, day_first=True)] == [dt.date(2024, 12, 3), dt.date(2024, 12, 13)]


def test_day_first_signal_of_a_page() -> None:
    from arclean.dates import day_first_signal

    assert day_first_signal("عنوان الخبر\n03/12/2024") is True
    assert day_first_signal("Headline\n٠٣/١٢/٢٠٢٤") is True
    assert day_first_signal("Headline\n03/12/2024") is None
    assert day_first_signal("") is None


# --------------------------------------------------------------------------
# Hijri and Gregorian on one line
# --------------------------------------------------------------------------


def test_pair_gaps_says_how_far_the_twins_are() -> None:
    from arclean.dates import pair_gaps

    # Umm al-Qura: 1 Rajab 1445 = 13 January 2024
    assert [(h.hijri, g.value, days) for h, g, days in pair_gaps("السبت 2 رجب 1445 - 13 يناير 2024")] == [
        ((1445, 7, 2), dt.date(2024, 1, 13), 1)
    ]
    text = "الأحد 20 رجب 1445 هـ - 13 يناير 2024 م"
    gaps = pair_gaps(text)
    assert [(h.text, g.text, days) for h, g, days in gaps] == [("الأحد 20 رجب 1445 هـ", "13 يناير 2024 م", 19)]
    # the Gregorian date is first: the pair is still (hijri, gregorian)
    gaps = pair_gaps("13 يناير 2024 م الموافق 5 رجب 1445 هـ")
    assert [(h.calendar, g.calendar, days) for h, g, days in gaps] == [("hijri-umalqura", "gregorian", 4)]
    assert pair_gaps("13 يناير 2024") == [] and pair_gaps("") == []
    # spans are spans of the input, marks included
    text = "2 رَجَب 1445 هـ - 13 يَنَايِر 2024"
    (h, g, days), = pair_gaps(text)
    assert text[h.start : h.end] == h.text and text[g.start : g.end] == g.text == "13 يَنَايِر 2024"


def test_parse_date_prefers_the_printed_gregorian_date() -> None:
    for text in ("السبت 2 رجب 1445 - 13 يناير 2024", "الأحد 20 رجب 1445 هـ - 13 يناير 2024 م",
                 "13 يناير 2024 م الموافق 2 رجب 1445 هـ"):
        m = parse_date(text)
        assert m is not None and (m.value, m.calendar) == (dt.date(2024, 1, 13), "gregorian"), text
    # far apart: find_dates drops the Hijri date, near: it keeps both
    assert [m.calendar for m in find_dates("الأحد 20 رجب 1445 هـ - 13 يناير 2024 م")] == ["gregorian"]
    assert [m.calendar for m in find_dates("السبت 2 رجب 1445 - 13 يناير 2024")] == ["hijri-umalqura", "gregorian"]


# --------------------------------------------------------------------------
# Labels: the page's date or an event's (issue 11)
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "before, role",
    [
        ("", None),
        ("الأحد، ", None),  # a weekday is no label
        ("القاهرة - ", None),  # nor a place
        ("25 شوال 1436 هـ الموافق ", None),  # nor a Hijri twin
        ("14:37 ت م ", None),  # nor a clock time
        ("التاريخ: ", None),  # a bare "date:" says nothing
        ("Date: ", None),
        ("نشر في: ", "published"),
        ("تاريخ النشر : الأحد ", "published"),
        ("تم نشره ", "published"),
        ("Published: ", "published"),
        ("نَشَر في ", "published"),  # diacritics
        ("آخر تحديث: ", "updated"),
        ("اخر تحديث ", "updated"),
        ("Last updated ", "updated"),
        ("آخر تحرير: ", "updated"),  # a forum post's "last edited" stamp
        ("حدّثه مصعب الطيب ", "updated"),  # a wiki's edit stamp: "(he) updated it", the editor's name after it
        ("عدّلته سارة ", "updated"),
        ("آخر مراجعة     ", "updated"),  # a document's review stamp, its table cell's spaces before the date
        ("تاريخ المراجعة: ", "updated"),
        ("القاعة (ب) - ", "event"),  # a session's hall beside its time
        ("تاريخ الميلاد: ", "event"),
        ("مواليد ", "event"),
        ("موعد الامتحان: ", "event"),
        ("الموعد النهائي للتقديم: ", "event"),
        ("أُغلق الاستطلاع في ", "event"),  # a poll's closing date, its subject between verb and date
        ("تنتهي المهلة في ", "event"),
        ("تاريخ الانتهاء: ", "event"),
        ("آخر تحديث للموقع: ", "event"),  # the longer label wins over "آخر تحديث"
        ("آخر تحديث للشروط: ", "event"),  # the terms' last update under a sign-up form
        ("آخر تحديث لسياسة الخصوصية: ", "event"),
        ("اليوم: الأحد ", "event"),  # a "today" widget
        ("اليوم ", "event"),
        ("Today: ", "event"),
        ("تاريخ المحاضرة: ", "event"),  # a label not in the tables: a word and a colon
        ("نُشر الملخص: ", "published"),  # a publication label naming what it published
        ("تاريخ نشر الخبر: ", "published"),
        ("نشر التقرير في: ", "published"),
        ("نشر موعد الامتحان: ", "event"),  # two words after it: the nearer label is another's
        ("آخر تحديث للبيانات: ", "event"),  # an update label's object is none: a table's data
        ("تاريخ النشر: 3 مارس 2024 - موعد التسليم: ", "event"),  # the nearest label counts
        ("موعد الامتحان: 15 يونيو - نشر في ", "published"),
        ("نشر اليوم ", "published"),  # "today" is a widget label only when it opens the text
        ("اليوم السابع - ", None),  # nor when a word stands between it and the date
    ],
)
def test_date_label_role(before: str, role: Optional[str]) -> None:
    from arclean.dates import date_label_role as role_of

    assert role_of(before) == role


def test_every_event_label_in_the_table_is_an_event() -> None:
    """Each event row of data/dates_labels.tsv, written as a label, gives 'event'."""
    from arclean.dates import date_label_role as role_of

    rows = table_rows(DATA_DIR / "dates_labels.tsv", ["label", "role", "at", "why"])
    assert rows
    for label, role, _at, _why in rows:
        expected = "event" if role == "event" else None
        assert role_of(label + ": ") == expected, label


# --------------------------------------------------------------------------
# Lexicon files
# --------------------------------------------------------------------------


@pytest.mark.parametrize("path", sorted(DATA_DIR.glob("dates_*.tsv")), ids=lambda p: p.name)
def test_every_lexicon_entry_says_why(path: Path) -> None:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    assert header[-1] == "why"
    for line in lines[1:]:
        cells = line.split("\t")
        assert len(cells) == len(header), line
        assert cells[-1].strip(), line


# --------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------

#: Month names per system, written here independently of the lexicon files.
MONTH_SYSTEMS: Dict[str, List[str]] = {
    "egypt": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    "levant": ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"],
    "levant-short": ["كانون 2", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين 1", "تشرين 2", "كانون 1"],
    "algeria": ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    "morocco": ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"],
    "english": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}
HIJRI_MONTHS = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]
DIGIT_SETS = {
    "ascii": str.maketrans("", ""),
    "arabic-indic": str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"),
    "persian": str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"),
}
FORMATS = ["{d} {M} {y}", "{wd}، {d} {M} {y}", "{M} {d}, {y}", "{d}/{m}/{y}", "{y}-{m:02d}-{d:02d}", "{d} {M} {y}م"]
WEEKDAYS = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]

dates_1900_2100 = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@settings(max_examples=EXAMPLES * 3, deadline=None)
@given(
    day=dates_1900_2100,
    system=st.sampled_from(sorted(MONTH_SYSTEMS)),
    digits=st.sampled_from(sorted(DIGIT_SETS)),
    fmt=st.sampled_from(FORMATS),
)
def test_any_date_in_any_system_reads_back(day: dt.date, system: str, digits: str, fmt: str) -> None:
    text = fmt.format(
        d=day.day, m=day.month, y=day.year, M=MONTH_SYSTEMS[system][day.month - 1], wd=WEEKDAYS[day.weekday()]
    ).translate(DIGIT_SETS[digits])
    m = parse_date(text, day_first=True)  # as parse() reads an Arabic page
    assert m is not None, text
    assert m.value == day, text
    assert m.precision == "day" and m.calendar == "gregorian"
    alone = parse_date(text)  # the string alone
    ambiguous = fmt == "{d}/{m}/{y}" and digits == "ascii" and day.day <= 12 and day.day != day.month
    assert (alone is None) if ambiguous else (alone == m), text


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    moment=st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2100, 12, 31, 23, 59)),
    digits=st.sampled_from(sorted(DIGIT_SETS)),
    twelve_hour=st.booleans(),
)
def test_any_time_reads_back(moment: dt.datetime, digits: str, twelve_hour: bool) -> None:
    if twelve_hour:
        clock = f"{moment.hour % 12 or 12}:{moment.minute:02d} {'ص' if moment.hour < 12 else 'م'}"
    else:
        clock = f"{moment.hour:02d}:{moment.minute:02d}"
    text = f"{moment.day} {MONTH_SYSTEMS['egypt'][moment.month - 1]} {moment.year} - {clock}".translate(DIGIT_SETS[digits])
    m = parse_date(text)
    assert m is not None and m.value == moment.replace(second=0, microsecond=0), text


@settings(max_examples=EXAMPLES, deadline=None)
@given(day=st.dates(min_value=dt.date(1924, 8, 1), max_value=dt.date(2077, 11, 16)), era=st.sampled_from(["هـ", " هـ", " ه", " هجرية"]))
def test_any_umm_al_qura_date_reads_back(day: dt.date, era: str) -> None:
    h = Gregorian(day.year, day.month, day.day).to_hijri()
    m = parse_date(f"{h.day} {HIJRI_MONTHS[h.month - 1]} {h.year}{era}")
    assert m is not None and m.value == day and m.calendar == "hijri-umalqura"


@settings(max_examples=EXAMPLES, deadline=None)
@given(year=st.integers(1343, 1500), month=st.integers(1, 12))
def test_tabular_calendar_stays_close_to_umm_al_qura(year: int, month: int) -> None:
    """Inside hijridate's range the arithmetic calendar is off by at most two days."""
    from arclean.dates import _tabular_hijri_to_gregorian

    tabular = _tabular_hijri_to_gregorian(year, month, 1)
    g = Hijri(year, month, 1).to_gregorian()
    assert tabular is not None
    assert abs((tabular - dt.date(g.year, g.month, g.day)).days) <= 2


def test_tabular_thirty_year_cycle_has_10631_days() -> None:
    from arclean.dates import _tabular_hijri_to_gregorian

    first, later = _tabular_hijri_to_gregorian(1201, 1, 1), _tabular_hijri_to_gregorian(1231, 1, 1)
    assert first is not None and later is not None
    assert (later - first).days == 10631


DATEISH = st.lists(
    st.sampled_from(
        list("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹/-.:,، ()|") + ["ص", "م", "هـ", "ت م", "GMT+", "T", "Z", "منذ ", "أمس", "اليوم", "الموافق"]
        + MONTH_SYSTEMS["levant"] + MONTH_SYSTEMS["algeria"] + HIJRI_MONTHS + ["ساعة", "ساعتين", "ساعات", "دقائق", "و", "ونصف", "ago"]
    ),
    max_size=16,
).map("".join)


def _assert_real(m: DateMatch, text: str) -> None:
    value = m.value
    assert value is None or isinstance(value, (dt.date, dt.datetime))
    assert m.precision in ("minute", "day", "month", "year")
    assert m.calendar in ("gregorian", "hijri-umalqura", "hijri-tabular", "relative")
    if m.precision in ("minute", "day"):
        assert value is not None
    if m.month is not None:
        assert 1 <= m.month <= 12
    if m.day is not None:
        dt.date(m.year, m.month or 1, m.day)  # raises if not a real day
    assert text[m.start : m.end] == m.text


@settings(max_examples=EXAMPLES * 2, deadline=None)
@given(text=st.one_of(st.text(max_size=60), DATEISH))
def test_never_raises_and_values_are_real(text: str) -> None:
    ref = dt.datetime(2024, 5, 24, 12, 0)
    for reference in (None, ref):
        m = parse_date(text, reference=reference)
        if m is not None:
            _assert_real(m, text)
        for found in find_dates(text, reference=reference):
            _assert_real(found, text)
    parse_time(text)


RELATIVE_FORMS = st.sampled_from(
    ["منذ {n} ساعات", "منذ {n} دقيقة", "قبل {n} ساعة", "منذ {n} أيام", "منذ {n} أسابيع", "منذ {n} يوما",
     "منذ ساعة", "منذ ساعتين", "منذ دقيقة", "أمس", "اليوم", "أول أمس", "{n} hours ago", "منذ لحظات",
     "اليوم {h}:{mi:02d}", "أمس الساعة {h}:{mi:02d}", "منذ ساعة و {n} دقيقة", "منذ {n} أشهر", "منذ {n} سنوات"]
)


@settings(max_examples=EXAMPLES * 2, deadline=None)
@given(
    form=RELATIVE_FORMS,
    n=st.integers(0, 999),
    h=st.integers(0, 23),
    mi=st.integers(0, 59),
    reference=st.one_of(
        st.datetimes(min_value=dt.datetime(1950, 1, 1), max_value=dt.datetime(2100, 1, 1)),
        st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 1, 1)),
        st.sampled_from([dt.datetime.min, dt.date.min, dt.datetime(1, 3, 1), dt.datetime.max, dt.date.max]),
    ),
)
def test_relative_dates_are_never_later_than_reference(
    form: str, n: int, h: int, mi: int, reference: dt.date
) -> None:
    text = form.format(n=n, h=h, mi=mi)
    m = parse_date(text, reference=reference)
    assert parse_date(text) is None
    if m is None:
        return
    assert m.calendar == "relative"
    ref_dt = reference if isinstance(reference, dt.datetime) else dt.datetime.combine(reference, dt.time(23, 59))
    value = m.value
    if isinstance(value, dt.datetime):
        assert value <= ref_dt
    elif isinstance(value, dt.date):
        assert value <= ref_dt.date()
    else:
        assert (m.year, m.month or 0) <= (ref_dt.year, ref_dt.month)


# --------------------------------------------------------------------------
# The fast locators (implementation checks)
# --------------------------------------------------------------------------


def test_lead_classes_need_no_character_outside_the_bmp() -> None:
    """The classes that open the fast locators are listed from the BMP only:
    no character above it matches a first piece under IGNORECASE."""
    import re
    import sys

    from arclean import dates

    above_bmp = "".join(map(chr, range(0x10000, sys.maxunicode + 1)))
    for words in (dates._MONTH_NAMES, dates._ORDINAL_WORDS, dates._YEAR_WORDS):
        first_pieces = "|".join(sorted(dates._trie(words)))
        assert re.findall(first_pieces, above_bmp, re.IGNORECASE) == []


def _mark_free(text: str) -> str:
    from arclean import dates

    return dates._MARKS_RUN.sub("", text)


@pytest.mark.parametrize(
    "reader, locator, wanted",
    [
        ("_NAMED_MONTH_FIRST", "_NAMED_MONTH_FIRST_AT", None),
        ("_YEAR_ONLY", "_MARKED_YEAR_AT", lambda m: bool(m.group("era") or m.group("yw"))),
    ],
)
def test_locators_match_where_their_readers_do(reader: str, locator: str, wanted) -> None:
    """A locator matches at every position where its reader has a match worth
    reading (and, being the same grammar with factored words, nowhere else)."""
    from arclean import dates

    read, locate = getattr(dates, reader), getattr(dates, locator)
    for case in CASES:
        text = _mark_free(case.text)
        for pos in range(len(text)):
            m = read.match(text, pos)
            expected = m is not None and (wanted is None or wanted(m))
            assert (locate.match(text, pos) is not None) == expected, (case.text, pos)


def test_day_first_start_hits_wherever_the_day_first_grammar_matches() -> None:
    """_NAMED_DAY_FIRST_START (only the grammar's opening) hits at every
    position where _NAMED_DAY_FIRST matches, so _scan finds every match."""
    from arclean import dates

    for case in CASES:
        text = _mark_free(case.text)
        for pos in range(len(text)):
            if dates._NAMED_DAY_FIRST.match(text, pos) is not None:
                assert dates._NAMED_DAY_FIRST_START.match(text, pos) is not None, (case.text, pos)


def test_month_gate_hits_where_a_month_name_starts() -> None:
    import re

    from arclean import dates

    month = re.compile(rf"{dates._NO_LETTER_BEFORE}{dates._MONTH_ALT}{dates._IZAFE}{dates._NO_LETTER_AFTER}", dates._FLAGS)
    for case in CASES:
        text = _mark_free(case.text)
        for pos in range(len(text)):
            assert (dates._MONTH_GATE.match(text, pos) is None) == (month.match(text, pos) is None), (case.text, pos)


# --- numeric Solar Hijri dates on Persian pages -------------------------------------------------

PERSIAN_LEDE = "به گزارش خبرگزاری، وزیر نیرو گفت که پروژه‌های جدید آبرسانی در چند استان کشور آغاز شده و تا پایان سال به بهره‌برداری می‌رسد."
PERSIAN_MORE = "وی افزود که این پروژه‌ها با مشارکت بخش خصوصی اجرا می‌شود و اعتبار آن از پیش تامین شده است."


@pytest.mark.parametrize(
    "text, iso",
    [
        ("۱۴۰۳/۰۹/۱۵ - ۱۰:۳۰", "2024-12-05T10:30:00"),
        ("تاریخ انتشار: ۱۴۰۳/۰۹/۱۵", "2024-12-05"),
        ("1403-09-15", "2024-12-05"),
        ("۱۴۴۶/۰۵/۱۲", None),  # a lunar year of now: above NUMERIC_SOLAR_MAX_YEAR
        ("۱۴۰۳/۱۳/۰۱", None),  # no 13th month
        ("2024/09/15", None),  # not a 13xx/14xx year
    ],
)
def test_parse_solar_numeric(text: str, iso: Optional[str]) -> None:
    from arclean.dates import parse_solar_numeric

    m = parse_solar_numeric(text)
    assert (m.value.isoformat() if m is not None and m.value is not None else None) == iso
    if m is not None:
        assert m.calendar == "hijri-solar" and text[m.start : m.end] == m.text


def test_solar_signal_reads_persian_but_not_urdu_kurdish_or_arabic() -> None:
    from arclean.dates import solar_signal

    assert solar_signal(PERSIAN_LEDE)
    assert not solar_signal("أعلنت وزارة الصحة اليوم عن افتتاح ثلاثة مستشفيات جديدة في العاصمة.")
    assert not solar_signal("وزیر اعظم نے کہا کہ حکومت پاکستان میں بجلی کی قیمتیں کم کرے گی اور پیداوار بڑھائے گی۔")  # Urdu: ے
    with pytest.raises(TypeError):
        solar_signal(b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "lines, expected",
    [
        # a Persian page: the numeric 13xx date line is Solar Hijri
        (["خانه", "سیاسی", "اقتصادی", "ورزشی", "آغاز پروژه‌های جدید آبرسانی در چند استان", "۱۴۰۳/۰۹/۱۵ - ۱۰:۳۰",
          PERSIAN_LEDE, PERSIAN_MORE, "تمامی حقوق محفوظ است"], "2024-12-05T10:30:00"),
        # the same date line on an Arabic page: lunar or solar? None
        (["الرئيسية", "سياسة", "اقتصاد", "رياضة", "وزارة الموارد المائية تطلق مشاريع جديدة في المحافظات", "۱۴۰۳/۰۹/۱۵ - ۱۰:۳۰",
          "أعلنت وزارة الموارد المائية اليوم عن إطلاق مشاريع جديدة لتحسين شبكات المياه في عدد من المحافظات.",
          "وقال الوزير إن المشاريع ستنفذ على مراحل خلال العامين المقبلين بالتعاون مع القطاع الخاص."], None),
    ],
)
def test_a_numeric_13xx_date_is_solar_on_a_persian_page_only(lines: List[str], expected: Optional[str]) -> None:
    import arclean

    doc = arclean.parse("\n".join(lines))
    got = doc.metadata.published
    assert (got.isoformat() if got is not None else None) == expected


def test_a_persian_listing_of_numerically_dated_headlines_has_no_article_and_no_date() -> None:
    # the stamps are dates for the segmentation (lunar or solar, dates all the same), so the
    # listing is seen as one: no title, no body, no date
    import arclean

    heads = ["بازار خودرو در آستانه عرضه محصولات جدید", "نرخ تورم ماهانه آذر اعلام شد", "بورس تهران در کانال جدید قرار گرفت",
             "قیمت طلا و سکه امروز کاهش یافت", "زمان واریز یارانه آذرماه مشخص شد", "قرارداد ساخت دو پالایشگاه کوچک امضا شد"]
    stamps = ["۱۴۰۳/۰۹/۲۰ - ۱۸:۱۰", "۱۴۰۳/۰۹/۲۰ - ۱۶:۴۵", "۱۴۰۳/۰۹/۲۰ - ۱۲:۳۰", "۱۴۰۳/۰۹/۲۰ - ۱۱:۰۵", "۱۴۰۳/۰۹/۱۹ - ۲۱:۵۰", "۱۴۰۳/۰۹/۱۹ - ۱۹:۱۵"]
    items = [x for h, s in zip(heads, stamps) for x in (h, s)]
    # (the first two items carry a summary under their stamp, as a listing's lead items do)
    items.insert(2, "خودروسازان داخلی اعلام کردند که سه محصول تازه تا پایان پاییز در سامانه یکپارچه عرضه می‌شود.")
    items.insert(5, "مرکز آمار ایران نرخ تورم ماهانه را اعلام کرد و گفت که بیشترین افزایش قیمت مربوط به خوراکی‌ها بود.")
    items.insert(8, "معاون وزیر جهاد کشاورزی گفت که صادرات سیب و پسته در هشت ماه نخست امسال افزایش یافته است.")
    text = "\n".join(["صفحه اصلی", "سیاسی", "اقتصادی", "آرشیو اخبار اقتصادی", *items, "کلیه حقوق محفوظ است"])
    doc = arclean.parse(text)
    assert doc.body == ""
    assert doc.metadata.published is None and doc.metadata.title is None


@pytest.mark.parametrize(
    "text, is_range",
    [
        ("12 نوفمبر 2024 – 15 مارس 2025", True),  # an exhibition's run
        ("من 12 نوفمبر 2024 إلى 15 مارس 2025", True),
        ("الخميس 12 نوفمبر 2024 - الأحد 15 نوفمبر 2024", True),
        ("12 نوفمبر – 15 مارس 2025", True),  # the start without its year, over the new year
        ("12 مارس – 15 مارس 2025", True),
        ("۱۴ آذر ۱۴۰۳ - ۱۸ آذر ۱۴۰۳", True),  # a Solar Hijri run
        ("الثلاثاء 27 جمادى الأولى 1447هـ - 18 نوفمبر 2025م", False),  # one day in two calendars
        ("18 نوفمبر 2025 - 27 جمادى الأولى 1447", False),
        ("12/11/2024 - 10:30", False),  # a date and its time
        ("نشر في 12 نوفمبر 2024 - آخر تحديث 13 نوفمبر 2024", False),  # two labelled dates
        ("12 مارس 2025 – 15 مارس 2024", False),  # the end before the start: no run
        ("كتب: أحمد - 15 مارس 2025", False),
        ("أبريل - 15 مارس 2025", False),
        ("12 أكتوبر 2024", False),
    ],
)
def test_in_date_range(text: str, is_range: bool) -> None:
    m = parse_date(text, day_first=True)
    assert m is not None
    assert in_date_range(text, m, day_first=True) is is_range


def test_in_date_range_checks_its_arguments() -> None:
    with pytest.raises(TypeError, match="DateMatch"):
        in_date_range("12 أكتوبر 2024", "12 أكتوبر 2024")  # type: ignore[arg-type]


def test_in_date_range_reads_a_numeric_solar_run_with_persian_labels() -> None:
    # a listing's filter: "از تاریخ: <start> تا تاریخ: <end>" (from date ... to date ...)
    from arclean.dates import parse_solar_numeric

    line = "از تاریخ: ۱۴۰۳/۰۹/۰۱ تا تاریخ: ۱۴۰۳/۰۹/۳۰"
    m = parse_solar_numeric(line)
    assert m is not None and in_date_range(line, m)
    stamp = "۱۴۰۳/۰۹/۱۵ - ۱۰:۳۰"  # a date and its time
    m = parse_solar_numeric(stamp)
    assert m is not None and not in_date_range(stamp, m)


@pytest.mark.parametrize("text, expected", [
    ("مارس 1 @ 8:00 م - 10:00 م", True),  # an events calendar's item date
    ("الأحد 2 مارس، 7:00 م", True),
    ("٥ آذار", True),
    ("الخميس 20 تشرين الثاني", True),  # a month name of two words
    ("السبت 22 كانون الأول، 7:00 مساءً", True),
    ("الخميس 20 تشرين", False),  # half a month's name
    ("مارس 2 @ 7:00 م - مارس 27 @ 11:00 م", True),
    ("1 مارس 2025", False),  # a year: the dated-line rules read it
    ("السبت 1", False),  # no month
    ("وصل الوفد في 1 مارس", False),  # words of a sentence
])
def test_yearless_date_line(text: str, expected: bool) -> None:
    from arclean.dates import yearless_date_line
    assert yearless_date_line(text) is expected
