"""Metadata values (issue 11, items 1-5, 8 and the date parts of 14).

Pages here are short made-up pages: a menu, a headline, a header line or two,
three paragraphs of our own (tests/samples.py).  Each test that shows a value
is dropped also shows, on the same page shape, that the value is read when it
should be, so that a page the segmenter cannot read would fail the test
rather than pass it.
"""
from __future__ import annotations

import datetime as dt
from typing import List, Optional, Tuple

import pytest

import arclean
from arclean.lexicon import Entry
from arclean.metadata import DATE_PAIR_NOTE, agency_of_dateline, extract_metadata, split_tags
from arclean.model import Note

from samples import P1, P2, P3

MENU = ["الرئيسية", "أخبار", "اقتصاد", "رياضة"]  # Home, News, Economy, Sport
HEADLINE = "افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية"  # "Three new hospitals open in the south"
FETCHED = dt.datetime(2024, 5, 24, 12, 0)


def page(*header: str, top: Tuple[str, ...] = (), after: Tuple[str, ...] = ()) -> str:
    """A page: optional top lines, the menu, the headline, the header lines, the story."""
    return "\n".join([*top, *MENU, HEADLINE, *header, P1, P2, P3, *after])


def meta(text: str, **kwargs: object) -> arclean.Metadata:
    return arclean.parse(text, **kwargs).metadata  # type: ignore[arg-type]


# --------------------------------------------------------------------------
# Item 1: a labelled date is the page's date only when its label says so
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "تاريخ الميلاد: 15 يونيو 1992",  # date of birth
        "موعد الامتحان: 15 يونيو 2025",  # exam date
        "الموعد النهائي للتقديم: 15 يونيو 2025",  # application deadline
        "تاريخ الانتهاء: 15 يونيو 2025",  # expiry date
        "اليوم: الأحد 15 يونيو 2025",  # a "today" widget
        "تاريخ المحاضرة: 15 يونيو 2025",  # a label not in the tables (a word and a colon)
        "أُغلق الاستطلاع في: 15 يونيو 2025",  # a poll's closing date
        "يغلق باب التقديم في: 15 يونيو 2025",  # a call's closing date
        "العرس: السبت 14 يونيو 2025 – بيت مري",  # a wedding's day and place (label not in the tables)
        "الافتتاح: الأحد 15 يونيو 2025 - قاعة المعارض",  # an opening's day and hall
    ],
)
def test_an_event_date_under_the_headline_is_not_published(line: str) -> None:
    assert meta(page(line)).published is None
    # the same page with a publication label, or no label, gives the date
    date_text = line.split(":", 1)[1].strip()
    assert meta(page("نشر في: " + date_text)).published is not None
    assert meta(page(date_text)).published is not None


def test_the_label_decides_not_the_line_kind() -> None:
    m = meta(page("تاريخ النشر: 3 مارس 2024", "آخر تحديث: 5 مارس 2024"))
    assert (m.published, m.updated) == (dt.date(2024, 3, 3), dt.date(2024, 3, 5))


def test_a_site_updated_footer_is_not_the_articles_update() -> None:
    footer = ("جميع الحقوق محفوظة", "آخر تحديث للموقع: 1 يناير 2025")  # "site last updated"
    m = meta(page("نشر في: 3 مارس 2024", after=footer))
    assert m.published == dt.date(2024, 3, 3)
    assert m.updated is None
    # an article's own update line is read
    m = meta(page("نشر في: 3 مارس 2024", "آخر تحديث: 1 يناير 2025"))
    assert m.updated == dt.date(2025, 1, 1)


@pytest.mark.parametrize(
    "bar",
    [
        "الأحد، 5 مايو 2024",  # today's date in the page's top bar
        "الأحد 26 شوال 1445 هـ",  # a Hijri "today" widget
        "اليوم: الأحد 5 مايو 2024",
    ],
)
def test_a_today_bar_above_the_menu_is_not_published(bar: str) -> None:
    m = meta(page(top=(bar,)))
    assert m.published is None
    assert m.title == HEADLINE
    # the article's own date line, under the headline, is read
    assert meta(page("نشر في: 3 مارس 2024", top=(bar,))).published == dt.date(2024, 3, 3)


def test_extract_metadata_drops_event_pieces() -> None:
    update_label = Entry.from_phrase("آخر تحديث", "meta:updated", mode="prefix", why="test label")
    pieces = [
        ("title", HEADLINE, None),
        ("published", "موعد الامتحان: 15 يونيو 2025", None),
        ("published", "3 مارس 2024", None),
        ("updated", "آخر تحديث للموقع: 1 يناير 2025", update_label),
    ]
    m = extract_metadata(pieces)
    assert (m.published, m.updated) == (dt.date(2024, 3, 3), None)
    # a date piece of one kind whose label says the other goes to the other field
    m = extract_metadata([("published", "آخر تحديث: 5 مارس 2024", None)])
    assert (m.published, m.updated) == (None, dt.date(2024, 3, 5))


def test_a_lexicon_label_counts_as_the_label() -> None:
    entry = Entry.from_phrase("حرر في التاريخ", "meta:published", why="test label")
    assert extract_metadata([("published", "حرر في التاريخ: 3 مارس 2024", entry)]).published == dt.date(2024, 3, 3)
    # a label after it that is not a publish label makes it an event
    m = extract_metadata([("published", "حرر في التاريخ ميلاد الكاتب: 3 مارس 1960", entry)])
    assert m.published is None


# --------------------------------------------------------------------------
# Item 2: ambiguous numeric dates need a signal
# --------------------------------------------------------------------------

EN_STORY = [
    "Home",
    "News",
    "New hospitals open in the south of the country",
    "{date}",
    "The ministry of health announced today that three new hospitals will open in the southern provinces, "
    "as part of a plan to ease the pressure on existing facilities.",
    "A spokesman said the new hospitals would run at full capacity in the coming months, and that they "
    "are equipped with modern devices and emergency wards.",
]


def test_an_arabic_page_reads_numeric_dates_day_first() -> None:
    assert meta(page("03/12/2024")).published == dt.date(2024, 12, 3)
    assert meta(page("13/12/2024")).published == dt.date(2024, 12, 13)


def test_a_page_without_arabic_signal_leaves_an_ambiguous_date_unread() -> None:
    plain = "\n".join(EN_STORY).format(date="03/12/2024")
    m = meta(plain)
    assert m.title == EN_STORY[2]  # the page is read: only the date is left out
    assert m.published is None
    # one order only: read
    assert meta("\n".join(EN_STORY).format(date="13/12/2024")).published == dt.date(2024, 12, 13)
    # an English label with AM/PM: the US order
    us = "\n".join(EN_STORY).format(date="Published: 03/12/2024 10:30 AM")
    assert meta(us).published == dt.datetime(2024, 3, 12, 10, 30)


def test_arabic_elsewhere_on_the_page_is_a_day_first_signal() -> None:
    plain = "\n".join(EN_STORY).format(date="03/12/2024") + "\nجميع الحقوق محفوظة"
    assert meta(plain).published == dt.date(2024, 12, 3)


def test_extract_metadata_uses_day_first() -> None:
    pieces = [("published", "03/12/2024", None)]
    assert extract_metadata(pieces).published is None
    assert extract_metadata(pieces, day_first=True).published == dt.date(2024, 12, 3)
    assert extract_metadata(pieces, day_first=False).published == dt.date(2024, 3, 12)


# --------------------------------------------------------------------------
# Item 3: Hijri and Gregorian on one line
# --------------------------------------------------------------------------


def test_the_printed_gregorian_date_wins() -> None:
    doc = arclean.parse(page("السبت 2 رجب 1445 - 13 يناير 2024"))  # 2 Rajab 1445 is 14 January
    assert doc.metadata.published == dt.date(2024, 1, 13)
    assert not [n for n in doc.notes if n.code == DATE_PAIR_NOTE]  # a day apart: no note


def test_twins_far_apart_give_the_gregorian_date_and_a_note() -> None:
    doc = arclean.parse(page("الأحد 20 رجب 1445 هـ - 13 يناير 2024 م"))
    assert doc.metadata.published == dt.date(2024, 1, 13)
    notes = [n for n in doc.notes if n.code == DATE_PAIR_NOTE]
    assert len(notes) == 1
    data = dict(notes[0].data)
    assert data["field"] == "published"
    assert data["days"] == 19
    assert data["gregorian"] == "13 يناير 2024 م"
    assert data["hijri_as_gregorian"] == "2024-02-01"  # 20 Rajab 1445 (Umm al-Qura)
    assert "19 days" in notes[0].message


def test_two_days_apart_is_noted_too() -> None:
    notes: List[Note] = []
    m = extract_metadata([("published", "الأحد 3 رجب 1445 هـ | 13 يناير 2024 م", None)], notes=notes)
    assert m.published == dt.date(2024, 1, 13)
    assert [dict(n.data)["days"] for n in notes] == [2]


# --------------------------------------------------------------------------
# Item 4: a time alone is not a date
# --------------------------------------------------------------------------


def test_a_time_only_update_line_gives_no_updated_date() -> None:
    m = meta(page("نشر في: 3 مارس 2024", "آخر تحديث: 10:00 ص"))
    assert m.published == dt.date(2024, 3, 3)
    assert m.updated is None
    # with its own date the update line is read
    m = meta(page("نشر في: 3 مارس 2024", "آخر تحديث: 4 مارس 2024 10:00 ص"))
    assert m.updated == dt.datetime(2024, 3, 4, 10, 0)


def test_an_update_time_on_the_publication_line_is_on_that_day() -> None:
    m = meta(page("الأربعاء، 28 آب 2013، آخر تحديث 14:00"))
    assert m.published == dt.date(2013, 8, 28)
    assert m.updated == dt.datetime(2013, 8, 28, 14, 0)


def test_time_only_pieces_without_a_line_are_not_dated() -> None:
    pieces = [("published", "نشر في: 3 مارس 2024", None), ("updated", "آخر تحديث: 10:00 ص", None)]
    assert extract_metadata(pieces).updated is None
    same_line = [("published", "3 مارس 2024", None, 7), ("updated", "آخر تحديث 10:00", None, 7)]
    assert extract_metadata(same_line).updated == dt.datetime(2024, 3, 3, 10, 0)
    other_lines = [("published", "3 مارس 2024", None, 7), ("updated", "آخر تحديث 10:00", None, 30)]
    assert extract_metadata(other_lines).updated is None


# --------------------------------------------------------------------------
# Item 5: "<place> - <agency>"
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "dateline, agency",
    [
        ("الرياض - واس", "واس"),
        ("أبوظبي - وام", "وام"),
        ("عمان - بترا", "بترا"),
        ("القاهرة - أ ش أ", "أ ش أ"),
        ("القاهرة - أ.ش.أ", "أ.ش.أ"),
        ("الدوحة – قنا", "قنا"),
        ("واس - القاهرة", "واس"),  # agency first
        ("سبق- تبوك", "سبق"),  # an outlet not in the table, beside a known place
        ("تبوك - سبق", "سبق"),
        ("دبي، الإمارات (CNN)", "CNN"),
        ("بغداد/ شبكة أخبار العراق", "شبكة أخبار العراق"),
        ("فلان - علان", None),  # neither half known: both orders are written, no guess
        ("الرياض - جدة", None),  # two places
        ("الرياض", None),
        ("المكلا - خاص", None),  # the outlet's own ("exclusive"): no source named
        ("بيروت - جنى خوري", None),  # a reporter's name beside the place: no source
        ("دبي - خالد عبدالله المري", None),
        ("بورتسودان - سونا", "سونا"),  # (a Sudanese place the table now knows)
        ("كركوك - شفق نيوز", "شفق نيوز"),  # (provincial cities: Iraq, Jordan, Morocco, ...)
        ("الكرك - صوت الجنوب", "صوت الجنوب"),
        ("أكادير - سوس 24", "سوس 24"),
        ("جنين - مراسلنا", None),  # "our correspondent": the outlet's own reporter, no source
        ("السلط - ليث العبادي", None),  # a reporter's name
    ],
)
def test_agency_of_dateline(dateline: str, agency: Optional[str]) -> None:
    assert agency_of_dateline(dateline) == agency


@pytest.mark.parametrize(
    "dateline, agency",
    [("الرياض - واس", "واس"), ("أبوظبي - وام", "وام"), ("عمان - بترا", "بترا"), ("القاهرة - أ ش أ", "أ ش أ")],
)
def test_a_dateline_glued_to_the_story_gives_source_and_dateline(dateline: str, agency: str) -> None:
    text = "\n".join([*MENU, HEADLINE, "نشر في: 3 مارس 2024", f"{dateline}: {P1}", P2, P3])
    m = meta(text)
    assert (m.dateline, m.source) == (dateline, agency)


def test_a_source_line_wins_over_the_dateline() -> None:
    text = "\n".join([*MENU, HEADLINE, "نشر في: 3 مارس 2024", f"الرياض - واس: {P1}", P2, P3, "المصدر: رويترز"])
    assert meta(text).source == "رويترز"


def test_an_outlet_credit_loses_its_preposition() -> None:
    assert extract_metadata([("source", "بصحيفة الوئام", None)]).source == "صحيفة الوئام"
    assert extract_metadata([("source", "بيروت", None)]).source == "بيروت"  # not before an outlet word


# --------------------------------------------------------------------------
# Item 8: tags are split
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, tags",
    [
        ("الإمارات، ريادة الأعمال، الاقتصاد", ["الإمارات", "ريادة الأعمال", "الاقتصاد"]),
        ("الصحة, المستشفيات", ["الصحة", "المستشفيات"]),
        ("الصحة | المستشفيات|الطب", ["الصحة", "المستشفيات", "الطب"]),
        ("الصحة / المستشفيات", ["الصحة", "المستشفيات"]),
        ("الصحة - المستشفيات - الطب", ["الصحة", "المستشفيات", "الطب"]),
        ("كوفيد-19", ["كوفيد-19"]),  # a dash inside a word is no separator
        ("الصحة ، ، المستشفيات ،", ["الصحة", "المستشفيات"]),
        ("الصحة", ["الصحة"]),
        ("", []),
        # markdown (html2text, markdown scrapers): each link's text is a tag
        ("[غرداية](https://site.dz/tag/ghardaia) [وادي ميزاب](https://site.dz/tag/mzab)", ["غرداية", "وادي ميزاب"]),
        ("[سامراء](tags.php?tag=سامراء)", ["سامراء"]),
        # the tail of a link wrapped onto this line: no tag rather than URL pieces
        ("الشعير](https://site.net/tags/الأرز-الشعير) [مباحث", []),
        # a label cloud's entries with their counts of posts are the blog's, not the post's
        ("البليدة، تراث، البليدة (88)، بوفاريك (21)", ["البليدة", "تراث"]),
    ],
)
def test_split_tags(value: str, tags: List[str]) -> None:
    assert split_tags(value) == tags


def test_a_tags_line_gives_one_tag_per_item() -> None:
    m = meta(page("نشر في: 3 مارس 2024", after=("الكلمات الدالة: الإمارات، ريادة الأعمال، الاقتصاد",)))
    assert m.tags == ("الإمارات", "ريادة الأعمال", "الاقتصاد")


def test_repeated_tags_are_kept_once() -> None:
    entry = Entry.from_phrase("وسوم المقال", "meta:tags", why="test label")
    pieces = [("tags", "وسوم المقال: الصحة، الطب", entry), ("tags", "الطب | الصحة | المستشفيات", None)]
    assert extract_metadata(pieces).tags == ("الصحة", "الطب", "المستشفيات")


# --------------------------------------------------------------------------
# Item 14: parse(reference=...)
# --------------------------------------------------------------------------


def test_parse_resolves_relative_dates_with_a_reference() -> None:
    text = page("منذ ساعتين")  # "two hours ago"
    assert meta(text).published is None
    assert meta(text, reference=FETCHED).published == dt.datetime(2024, 5, 24, 10, 0)
    # a date (no clock) cannot say which hour
    assert meta(text, reference=FETCHED.date()).published is None
    assert meta(page("منذ 3 أيام"), reference=FETCHED.date()).published == dt.date(2024, 5, 21)


def test_an_aware_reference_keeps_its_zone() -> None:
    riyadh = dt.timezone(dt.timedelta(hours=3))
    published = meta(page("منذ ساعتين"), reference=FETCHED.replace(tzinfo=riyadh)).published
    assert isinstance(published, dt.datetime)
    assert published == dt.datetime(2024, 5, 24, 10, 0, tzinfo=riyadh)
    assert published.utcoffset() == dt.timedelta(hours=3)


def test_a_written_date_wins_over_a_relative_one() -> None:
    pieces = [("published", "منذ ساعتين", None), ("published", "نشر في: 3 مارس 2024", None)]
    assert extract_metadata(pieces, reference=FETCHED).published == dt.date(2024, 3, 3)


@pytest.mark.parametrize("bad", ["2024-05-24", 1716552000, dt.time(12, 0)])
def test_parse_refuses_a_reference_that_is_not_a_date(bad: object) -> None:
    with pytest.raises(TypeError, match="reference= takes a datetime"):
        arclean.parse(page(), reference=bad)  # type: ignore[arg-type]


def test_clean_is_parse_body_whatever_the_reference() -> None:
    text = page("منذ ساعتين", after=("الكلمات الدالة: الصحة، الطب",))
    assert arclean.parse(text, reference=FETCHED).body == arclean.clean(text) == arclean.parse(text).body


@pytest.mark.parametrize(
    "credit, outlet",
    [
        ("تم نشر هذا المقال مسبقاً على مجلة سيدتي. لمشاهدة المقال الأصلي، انقري هنا", "مجلة سيدتي"),
        ("نشر هذا المقال أولاً على موقع الصحة اليوم", "الصحة اليوم"),
        ("ظهر هذا المقال لأول مرة في مجلة العلوم، ويعاد نشره بإذن", "مجلة العلوم"),
    ],
)
def test_first_published_credit_gives_the_outlet_as_source(credit: str, outlet: str) -> None:
    doc = arclean.parse("\n".join([P1, P2, credit]))
    assert doc.metadata.source == outlet
    assert doc.body == "\n".join([P1, P2])


@pytest.mark.parametrize(
    "line, published, author",
    [
        ("نشر في 12 مارس 2024 بواسطة سارة أحمد", dt.date(2024, 3, 12), "سارة أحمد"),
        ("ارسال شده در ۱۲ مهر ۱۴۰۲ توسط سارا", dt.date(2023, 10, 4), "سارا"),  # Persian blog, Solar Hijri
    ],
)
def test_a_byline_after_the_date_on_its_line_is_the_author_not_the_source(line: str, published: dt.date, author: str) -> None:
    story = "قال الوزير إن الحكومة ستعمل على تحسين الخدمات العامة في البلاد خلال العام المقبل، وأضاف أن الميزانية ستزيد."
    doc = arclean.parse("\n".join(["عنوان الخبر الرئيسي هنا", line, story, story.replace("الوزير", "المتحدث")]))
    assert doc.metadata.published == published
    assert doc.metadata.author == author
    assert doc.metadata.source is None
    assert [s.kind for s in doc.segments if s.rule.startswith("split.")] == ["author"]


_STORY = [
    "الأحد، 12 مايو 2024 - 10:30 ص",
    "قال الوزير إن الحكومة ستعمل على تحسين الخدمات العامة في البلاد خلال العام المقبل، وأضاف أن الميزانية ستزيد.",
    "وأوضح المتحدث أن القرار سيطبق على جميع المحافظات بدءا من الشهر المقبل، بحسب البيان الرسمي للوزارة.",
]
_TITLE = "الحكومة تعلن خطة جديدة لتحسين الخدمات العامة"


@pytest.mark.parametrize(
    "above, category",
    [
        (["الرئيسية", "أخبار عاجلة"], "أخبار عاجلة"),  # a list name of the lexicon, under the menu
        (["الأكثر قراءة", "عربي ودولي"], "عربي ودولي"),  # a menu word of the lexicon, under a list header
        (["الرئيسية أخبار عاجلة"], "أخبار عاجلة"),  # a breadcrumb glued on one line (another dumper)
        (["الرئيسية » رياضة » كرة القدم"], "كرة القدم"),  # the trail's last item
        (["Home > رياضة"], "رياضة"),
    ],
)
def test_the_section_right_above_the_headline_is_the_category(above: List[str], category: str) -> None:
    doc = arclean.parse("\n".join(["الرئيسية", "سياسة", "اقتصاد", *above, _TITLE, *_STORY]))
    assert doc.metadata.title == _TITLE
    assert doc.metadata.category == category
    assert doc.body == "\n".join(_STORY[1:])


@pytest.mark.parametrize(
    "above",
    [
        ["الرئيسية"],  # the home item alone: no section
        ["الرئيسية أخبار عاجلة", "إعلان"],  # the breadcrumb is not right above the headline
        ["الرئيسية » رياضة » نتائج مباريات الدوري المصري لكرة القدم اليوم"],  # the last item is no section name
    ],
)
def test_no_category_without_a_section_right_above_the_headline(above: List[str]) -> None:
    doc = arclean.parse("\n".join(["سياسة", "اقتصاد", *above, _TITLE, *_STORY]))
    assert doc.metadata.category is None


@pytest.mark.parametrize("bullet", ["* ", "- ", "• ", "+ ", "  * "])
def test_a_bulleted_label_line_gives_its_value(bullet: str) -> None:
    # other dumpers print list items with a bullet: "* المصدر: رويترز" is still the source line
    story = "قال الوزير إن الحكومة ستعمل على تحسين الخدمات العامة في البلاد خلال العام المقبل، وأضاف أن الميزانية ستزيد."
    doc = arclean.parse("\n".join([story, story.replace("الوزير", "المتحدث"), bullet + "المصدر: رويترز"]))
    assert doc.metadata.source == "رويترز"


@pytest.mark.parametrize(
    "printed, title",
    [
        ("#  ما هي فوائد الخس", "ما هي فوائد الخس"),  # an html2text heading
        ("## **ما هي فوائد الخس**", "ما هي فوائد الخس"),
        ("**[ما هي فوائد الخس](https://site.example/lettuce)**", "ما هي فوائد الخس"),  # a linked headline
        ("#الخس_مفيد فوائد الخس للجسم", "#الخس_مفيد فوائد الخس للجسم"),  # a hashtag is no heading mark
    ],
)
def test_a_markdown_headline_gives_its_words_as_the_title(printed: str, title: str) -> None:
    story = "يحتوي الخس على كميات كبيرة من الفيتامينات والمعادن مع كمية قليلة جدا من السعرات الحرارية، ولذلك ينصح به في الحميات."
    doc = arclean.parse("\n".join([printed, "نشر في 12 مارس 2024", story, story.replace("الخس", "الجرجير")]))
    assert doc.metadata.title == title


def test_a_run_of_days_under_the_headline_is_no_publication_date() -> None:
    # an exhibition's, a sale's or a season's dates: the page states no publication date
    for run in ("12 نوفمبر 2024 – 15 مارس 2025", "من 3 فبراير 2025 إلى 28 فبراير 2025", "12 نوفمبر – 15 مارس 2025"):
        text = "\n".join(["الرئيسية", "المعارض", "معرض مؤقت", "خيوط الذاكرة: المنسوجات والأزياء في الخليج", run, P1, P2, "جميع الحقوق محفوظة"])
        doc = arclean.parse(text)
        assert doc.metadata.published is None
        assert doc.metadata.title == "خيوط الذاكرة: المنسوجات والأزياء في الخليج"
        assert doc.body == P1 + "\n" + P2
    # a Hijri date and its Gregorian twin joined by a dash are one day: the story's date
    text = "\n".join(["الرئيسية", "خيوط الذاكرة: المنسوجات والأزياء في الخليج", "الثلاثاء 27 جمادى الأولى 1447هـ - 18 نوفمبر 2025م", P1, P2])
    assert arclean.parse(text).metadata.published == dt.date(2025, 11, 18)


def test_a_meta_bars_date_field_is_read_past_a_byline_label_in_another_field() -> None:
    # "بقلم:" is the byline field's label, not the date's: the date's own field says whose it is
    headline = "«ليالي القيصرية».. الحرفيون يعودون إلى أقدم أسواق الأحساء"
    for bar in ("بقلم: ريم العبدالقادر · الأربعاء 17 جمادى الآخرة 1446هـ - الموافق 18 ديسمبر 2024م · 4 دقائق قراءة",
                "كتب: سامي يوسف | 18 ديسمبر 2024 | 5 دقائق للقراءة"):
        text = "\n".join(["الرئيسية", "حرف", headline, bar, P1, P2, "جميع الحقوق محفوظة"])
        doc = arclean.parse(text)
        assert doc.metadata.published == dt.date(2024, 12, 18)
    # a labelled event date in its own field stays an event's
    text = "\n".join(["الرئيسية", "حرف", headline, "بقلم: ريم العبدالقادر · موعد الافتتاح: 18 ديسمبر 2024", P1, P2])
    assert arclean.parse(text).metadata.published is None


def test_a_forum_posts_edit_stamp_is_its_update_never_its_publication() -> None:
    # the post's own stamp has a label of no table ("في:"): no date is read from it; the edit
    # stamp under it, "آخر تحرير", is the update
    head = "تجربتي مع منظومة الطاقة الشمسية في البيت بعد سنة كاملة"
    post = "اخواني اعضاء المنتدى الكرام، وعدتكم من سنة لما سألت هنا عن المنظومات اني راح اكتب تجربتي بعد ما تكمل السنة وهذا هو الموعد."
    for edit in (["آخر تحرير: 05 أيلول 2024, 11:40:03 صباحاً بواسطة أبو زينب"], ["آخر تحرير", ": 05 أيلول 2024, 11:40:03 صباحاً بواسطة أبو زينب"]):
        m = arclean.parse("\n".join([head, "« في: 03 أيلول 2024, 09:14:22 مساءً »", *edit, post])).metadata
        assert (m.published, str(m.updated)) == (None, "2024-09-05 11:40:00"), edit


def test_a_blogger_posts_footer_gives_its_writer_and_its_categories_its_tags() -> None:
    post = ["كلما حضرتُ عرسًا في المدينة أنتظر لحظة الجرتق أكثر من أي شيء آخر، لأنها اللحظة التي تجتمع فيها الحبوبات حول العروسين.",
            "البدايات",
            "يُقام الجرتق عادة بعد عقد القران، في اليوم الثالث أو الرابع من أيام العرس، وتتولاه نساء الأسرة الكبيرات.",
            "الضريرة",
            "ثم تأتي الضريرة، ذلك المسحوق العطري المصنوع من الصندل والمحلب، فتوضع على رأس العريس وجبينه وسط الزغاريد."]
    text = "\n".join(["حكاوي البلد", "الخميس، 14 نوفمبر 2024", "الجرتق في أعراسنا", *post,
                     "مرسلة بواسطة سلمى عبد الرحيم في 9:40 م", "التصنيفات: أعراس, تراث, حبوباتنا", "3 تعليقات:"])
    doc = arclean.parse(text)
    assert (doc.metadata.author, doc.metadata.tags) == ("سلمى عبد الرحيم", ("أعراس", "تراث", "حبوباتنا"))
    assert doc.body == "\n".join(post)  # (a byline under the last section signs the post: no teaser list)


def test_a_categories_line_glued_to_its_tags_gives_the_tags() -> None:
    assert split_tags("اقتصاد، جهات الوسوم ميدلت، التفاح، الفلاحة الجبلية") == ["ميدلت", "التفاح", "الفلاحة الجبلية"]
    assert split_tags("الإمارات، ريادة الأعمال، الاقتصاد") == ["الإمارات", "ريادة الأعمال", "الاقتصاد"]


def test_a_sessions_bar_naming_its_hall_gives_an_event_date_no_publication() -> None:
    title = "الظل قبل المكيّف: كيف نصمم أرصفة تمشي عليها العائلة في صيف المدينة؟"
    talk = ["بدأت المهندسة جلستها بصورة لشارع سكني في إحدى الضواحي عند الظهيرة، لا ظل فيه ولا مقعد، وسألت الحضور من منهم يمشي هنا.",
            "وقالت إن النقاش حول المشي في المدن الخليجية يبدأ عادة من الحرارة، بينما تبدأ المشكلة الحقيقية من تصميم الرصيف نفسه."]
    bar = "مسار المدينة والمناخ · القاعة (ب) · الخميس 14 نوفمبر 2024 · 11:30 – 12:15"
    m = arclean.parse("\n".join(["البرنامج › مسار المدينة والمناخ › الجلسة 3", title, "المتحدثة: م. دانة المطيري", bar, *talk])).metadata
    assert m.title == title and m.published is None
