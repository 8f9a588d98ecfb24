"""The segmentation engine on short pages written for each case.

Every test checks the verdict *and* the rule that gave it, so a right answer
for the wrong reason fails too.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import List, Tuple

import pytest

import arclean

from samples import P1, P2, P3

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_6d8884bc9d82369e.txt"



def rows(text: str) -> List[Tuple[str, str, str, str]]:
    """(text, label, kind, rule) for every segment."""
    doc = arclean.parse(text)
    return [(t, s.label, s.kind, s.rule) for s, t in doc.iter_text()]


def row_of(text: str, needle: str) -> Tuple[str, str, str, str]:
    """The segment whose text is ``needle``, else the first that contains it."""
    all_rows = rows(text)
    for r in all_rows:
        if r[0] == needle:
            return r
    for r in all_rows:
        if needle in r[0]:
            return r
    raise AssertionError(f"no segment contains {needle!r}")


# --- the seed page ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_doc() -> arclean.Document:
    return arclean.parse(SEED.read_text(encoding="utf-8"))


def test_seed_metadata(seed_doc: arclean.Document) -> None:
    m = seed_doc.metadata
    assert m.title == "التحالف الدولي يؤكد على استمرار دعمه للعراق ومكافحة الإرهاب"
    assert m.published == dt.date(2024, 10, 5)
    assert m.updated == dt.datetime(2024, 10, 5, 13, 54)
    assert m.source == "شبكة اخبار العراق"
    assert m.dateline == "بغداد/ شبكة أخبار العراق"
    # the keywords line is written with Persian ی and ک; matching folds them, output keeps them
    assert m.tags and "التحالف الدولی" in m.tags[0]


def test_seed_line_two_is_split_inside_the_line(seed_doc: arclean.Document) -> None:
    text = seed_doc.source_text
    kinds = [(s.kind, text[s.start : s.end]) for s in seed_doc.segments[:5]]
    assert kinds[2] == ("updated", "آخر تحديث: 5 أكتوبر 2024 - 1:54 م")
    assert kinds[3] == ("dateline", "بغداد/ شبكة أخبار العراق-")
    assert kinds[4][0] == "body" and kinds[4][1].startswith("قال التحالف الدولي في بيان")


def test_seed_read_also_article_and_promos_are_boilerplate(seed_doc: arclean.Document) -> None:
    text = seed_doc.source_text
    related = [s for s in seed_doc.boilerplate if s.kind == "related"]
    assert text[related[0].start : related[0].end] == "إقرأ أيضاً:"
    assert related[0].rule == "lexicon.prefix:اقرا ايضا"
    assert any("روبيو" in text[s.start : s.end] for s in related[1:])
    promos = [s for s in seed_doc.boilerplate if s.kind == "promo"]
    assert len(promos) == 2 and all(s.rule.startswith("lexicon.") for s in promos)
    assert "روبيو" not in seed_doc.body
    assert seed_doc.body.startswith("قال التحالف الدولي") and seed_doc.body.endswith("هزيمة تنظيم داعش”.")


# --- whole-page dumps ---------------------------------------------------------------------------

PAGE = "\n".join(
    [
        "الجمعة، 24 مايو 2024 08:43 ص",
        "الرئيسية",
        "سياسة",
        "رياضة",
        "اقتصاد",
        "فن",
        "الرئيسية",
        "أخبار محلية",
        "افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية",
        "الإثنين، 13 مايو 2024 06:00 ص",
        "كتب محمد أحمد",
        "مشاركة",
        P1,
        P2,
        P3,
        "الكلمات الدالة :",
        "وزارة الصحة",
        "المستشفيات",
        "الموضوعات المتعلقة",
        "وزير الصحة يتفقد مستشفى الأطفال الجديد في العاصمة",
        "السبت، 11 مايو 2024 11:25 ص",
        "الأكثر قراءة",
        "ارتفاع أسعار الذهب في السوق المحلية مع بداية التعاملات",
        "منتخب الشباب يتأهل إلى نهائي البطولة العربية بعد فوز صعب",
        "من نحن",
        "سياسة الخصوصية",
        "© 2024 جميع الحقوق محفوظة",
    ]
)


def test_page_dump_body_is_the_article_only() -> None:
    assert arclean.clean(PAGE) == "\n".join([P1, P2, P3])


@pytest.mark.parametrize(
    "needle, label, kind, rule",
    [
        ("الجمعة، 24 مايو", "boilerplate", "widget", "outside.date_line"),
        ("سياسة", "boilerplate", "nav", "outside.before_body"),
        ("افتتاح ثلاثة مستشفيات", "metadata", "title", "zone.headline_above_header"),
        ("الإثنين، 13 مايو", "metadata", "published", "zone.date_line"),
        ("كتب محمد أحمد", "metadata", "author", "lexicon.prefix:كتب"),
        ("مشاركة", "boilerplate", "share", "lexicon.exact:مشاركه"),
        ("الكلمات الدالة", "metadata", "tags", "lexicon.prefix:الكلمات الداله"),
        ("المستشفيات", "metadata", "tags", "block.lexicon.prefix:الكلمات الداله"),
        ("الموضوعات المتعلقة", "boilerplate", "related", "lexicon.exact:الموضوعات المتعلقه"),
        ("وزير الصحة يتفقد", "boilerplate", "related", "block.lexicon.exact:الموضوعات المتعلقه"),
        ("ارتفاع أسعار الذهب", "boilerplate", "related", "block.lexicon.prefix:الاكثر قراءه"),
        ("من نحن", "boilerplate", "footer", "lexicon.exact:من نحن"),
        ("© 2024", "boilerplate", "footer", "lexicon.contains:جميع الحقوق محفوظه"),
    ],
)
def test_page_dump_lines(needle: str, label: str, kind: str, rule: str) -> None:
    assert row_of(PAGE, needle)[1:] == (label, kind, rule)


def test_page_dump_metadata_uses_the_article_date_not_the_header_clock() -> None:
    m = arclean.parse(PAGE).metadata
    assert m.published == dt.datetime(2024, 5, 13, 6, 0)
    assert m.author == "محمد أحمد"
    assert m.tags == ("وزارة الصحة", "المستشفيات")


# --- extracted articles with residue --------------------------------------------------------------


def test_trailing_read_also_line_is_related() -> None:
    text = f"{P1}\n\n{P2}\n\nاقرأ أيضًا: هذه الصورة المتداولة لا تظهر مستشفى في الجنوب\n"
    assert arclean.clean(text) == f"{P1}\n{P2}"
    assert row_of(text, "هذه الصورة")[1:] == ("boilerplate", "related", "lexicon.prefix:اقرا ايضا")


def test_clean_article_comes_out_untouched() -> None:
    inner = "وقال المصدر: إن العمل سيبدأ فور اكتمال التجهيزات، وإن الوزارة تتابع التنفيذ يوميا مع المحافظين."
    text = "\n".join([P1, inner, P2])
    assert arclean.clean(text) == text
    assert {r[3] for r in rows(text)} == {"body.run"}


def test_end_marker_and_writer_contact_footer() -> None:
    text = "\n".join(
        [P1, P2, "// انتهى //", "someone@example.com", "للتواصل مع الكاتب ارسل رسالة SMS", "88591 - Stc"]
    )
    assert arclean.clean(text) == f"{P1}\n{P2}"
    assert row_of(text, "انتهى")[1:] == ("boilerplate", "footer", "lexicon.exact:انتهي")
    assert row_of(text, "@example.com")[1:] == ("boilerplate", "other", "shape.contact_line")
    assert row_of(text, "للتواصل")[1:3] == ("boilerplate", "other")


def test_embedded_tweet_is_a_widget() -> None:
    text = "\n".join([P1, "Bugün hava çok güzel, herkes dışarıda. pic.twitter.com/abc123", "— Some Name (@somename) May 5, 2023", P2])
    assert arclean.clean(text) == f"{P1}\n{P2}"
    assert row_of(text, "— Some Name")[1:] == ("boilerplate", "widget", "embed.tweet_signature")
    assert row_of(text, "Bugün")[1:] == ("boilerplate", "widget", "embed.post_text")


def test_agency_dateline_is_split_from_the_first_sentence() -> None:
    text = "دبي، الإمارات العربية المتحدة (CNN)-- " + P1 + "\n" + P2
    doc = arclean.parse(text)
    first = doc.segments[0]
    assert (first.kind, first.rule) == ("dateline", "split.dateline")
    assert doc.metadata.dateline == "دبي، الإمارات العربية المتحدة (CNN)"
    assert doc.body.startswith("أعلنت وزارة الصحة")


# --- duplicates and variants ----------------------------------------------------------------------


def test_repeated_body_paragraph_is_dup_and_repeated_promo_keeps_its_kind() -> None:
    promo = "حمل تطبيق الموقع لتصلك آخر الأخبار على هاتفك"
    text = "\n".join([P1, P2, promo, P1, promo])
    doc = arclean.parse(text)
    labels = [(s.label, s.kind, s.rule) for s in doc.segments]
    assert labels[3] == ("boilerplate", "dup", "repeat.body_line")
    assert labels[2][1] == labels[4][1] == "promo"
    assert doc.body == f"{P1}\n{P2}"


def test_short_lines_inside_a_repeated_copy_of_the_story_are_dup() -> None:
    # the story, then a second copy of it carrying a dateline and a subheading of its own
    title = "افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية"
    copy = [title, "القاهرة -", P1, "خطة طويلة الأمد", P2, P3]
    text = "\n".join([title, P1, P2, P3] + copy)
    doc = arclean.parse(text)
    by_text = [(doc.source_text[s.start : s.end], s.kind, s.rule) for s in doc.segments]
    assert by_text[5] == ("القاهرة -", "dup", "repeat.inside_copy")
    assert by_text[7] == ("خطة طويلة الأمد", "dup", "repeat.inside_copy")
    assert [k for _t, k, _r in by_text[4:]] == ["dup"] * 6
    assert arclean.clean(doc.body) == doc.body  # the copy's lines do not linger after the story


def test_short_body_line_between_a_dup_and_a_new_paragraph_stays_body() -> None:
    # a repeated paragraph followed by new text: the short line is not inside a copy
    text = "\n".join([P1, P2, P1, "خطة طويلة الأمد", P3])
    doc = arclean.parse(text)
    by_text = {doc.source_text[s.start : s.end]: (s.kind, s.rule) for s in doc.segments}
    assert by_text["خطة طويلة الأمد"] == ("body", "body.run")


@pytest.mark.parametrize(
    "header",
    [
        "اقرأ أيضا",
        "إقرأ أيضاً:",
        "اقرا ايضا",
        "اقـــرأ أيضـــاً",  # tatweel
        "اِقْرَأْ أَيْضًا",  # diacritics
        "\u200fاقرأ\u200c أيضا\u200f",  # RLM and ZWNJ
        "اقرأ ايضاً",
    ],
)
def test_read_also_variants_fold_to_one_rule(header: str) -> None:
    text = "\n".join([P1, P2, header, "عنوان خبر آخر لا علاقة له بالموضوع"])
    r = row_of(text, header.strip("\u200f"))
    assert r[1:] == ("boilerplate", "related", "lexicon.prefix:اقرا ايضا")
    assert r[0] == header.strip()  # output keeps the original characters


def test_lexicon_ignores_phrases_inside_sentences() -> None:
    text = P1 + " اقرأ أيضا ما كتبه الوزير في بيانه، وتابعونا على صفحتنا كما قال المذيع."
    assert arclean.clean(text) == text


def test_listing_page_without_article_has_empty_body() -> None:
    text = "\n".join(["الرئيسية", "سياسة", "رياضة", "الأكثر قراءة", "خبر أول قصير", "خبر ثان قصير", "من نحن"])
    doc = arclean.parse(text)
    assert doc.body == ""
    assert all(s.label == "boilerplate" for s in doc.segments)


# --- other house styles ---------------------------------------------------------------------------


def test_maghreb_page_with_bare_byline_inline_ad_and_reader_comments() -> None:
    text = "\n".join(
        [
            "سياسة", "اقتصاد", "مجتمع", "رياضة",
            "الصحة تفتتح ثلاثة مستشفيات جديدة بالجنوب",
            "محمد العلوي",
            "الإثنين 12 جوان 2023 - 10:30",
            "شارك",
            P1, "إعلان", P2, P3,
            "تعليقات الزوار",
            "1 - مواطن غيور",
            "هذا خبر جميل، ونتمنى أن تصل الخدمات إلى كل القرى والمداشر البعيدة عن المدن الكبرى في أقرب الآجال.",
            "جميع الحقوق محفوظة © 2023",
        ]
    )
    doc = arclean.parse(text)
    assert doc.body == "\n".join([P1, P2, P3])  # the ad label does not end the story
    assert doc.metadata.title == "الصحة تفتتح ثلاثة مستشفيات جديدة بالجنوب"
    assert doc.metadata.author == "محمد العلوي"
    assert doc.metadata.published == dt.datetime(2023, 6, 12, 10, 30)
    assert row_of(text, "محمد العلوي")[3] == "zone.name_above_header"
    assert row_of(text, "هذا خبر جميل")[1:] == ("boilerplate", "comments", "outside.in_block")


def test_inline_read_also_list_inside_the_story() -> None:
    text = "\n".join(
        [
            "الرئيسية", "أخبار", "سياسة",
            "الصحة تفتتح ثلاثة مستشفيات جديدة بالجنوب",
            "نشر في 5/10/2024",
            "آخر تحديث: 5/10/2024 12:36 م (بتوقيت مكة)",
            P1, P2,
            "اقرأ أيضا",
            "الصحة العالمية تحذر من موجة جديدة للوباء",
            "وزير الصحة يتفقد المستشفيات الجديدة",
            P3,
            "المصدر : الجزيرة + وكالات",
        ]
    )
    doc = arclean.parse(text)
    assert doc.body == "\n".join([P1, P2, P3])
    assert doc.metadata.published == dt.date(2024, 10, 5)
    assert doc.metadata.updated == dt.datetime(2024, 10, 5, 12, 36)
    assert doc.metadata.source == "الجزيرة + وكالات"
    assert row_of(text, "وزير الصحة يتفقد")[1:] == ("boilerplate", "related", "block.lexicon.prefix:اقرا ايضا")


_PROGRAMME = "يهدف برنامج رعاية المسنين إلى زيارة كبار السن في بيوتهم كل أسبوع، وتوفير الدواء والغذاء لهم على مدار العام."
_PROGRAMME_2 = "ويتابع كل أسرة متطوع مدرب يزورها بانتظام، ويرفع تقريرا شهريا إلى إدارة الجمعية عن حالها واحتياجاتها."


@pytest.mark.parametrize(
    "chrome, title, text, tail, rule",
    [
        # a headline with no date right under the menu
        (["الرئيسية", "أخبار محلية", "رياضة"], "الصحة تفتتح ثلاثة مستشفيات جديدة بالجنوب", [P1, P2], ["من نحن"],
         "zone.headline_above_body"),
        # a service page's heading under the site's own promo line, not under the menu (issue 10,
        # class 7): its words come back in the first paragraph
        (["جمعية البر الخيرية", "من نحن | برامجنا | تبرع الآن | تواصل معنا", "فعّل التبرع الشهري من بطاقتك بخطوتين واجعل أثرك مستمرا"],
         "برنامج رعاية المسنين", [_PROGRAMME, _PROGRAMME_2], [], "zone.heading_names_text"),
    ],
)
def test_a_headline_right_over_the_text_with_no_date_is_the_title(
    chrome: List[str], title: str, text: List[str], tail: List[str], rule: str
) -> None:
    page = "\n".join([*chrome, title, *text, *tail])
    doc = arclean.parse(page)
    assert doc.metadata.title == title
    assert row_of(page, title)[3] == rule
    assert doc.body == "\n".join(text)


def test_a_headline_right_under_its_copy_in_the_breadcrumb_is_the_title() -> None:
    # a wiki page: the breadcrumb's items each on a line, its last the page's heading, then the
    # heading again over the text (its colon and brackets make it no menu item)
    title = "صيانة المضخة اليدوية (الطراز 2): الفحص الشهري واستبدال الجلود"
    page = "\n".join(["منصة المعرفة", "الرفوف", "الكتب", "الأدلة الميدانية", "دليل لجان المياه", title, title, P1, P2, "تصدير"])
    doc = arclean.parse(page)
    assert doc.metadata.title == title
    assert [s.rule for s in doc.segments if doc.source_text[s.start : s.end].strip() == title][-1] == "zone.headline_above_body"
    assert doc.body.startswith(P1)


def test_a_heading_over_a_widgets_icon_status_line_is_the_title() -> None:
    # "🌳 تم تبنّي 3,412 شجرة حتى اليوم" between the programme's heading and its text
    first = "الزيتون في قريتنا ليس مجرد محصول، بل ذاكرة العائلات ومصدر رزقها منذ مئات السنين، ونحن نحرسه معا."
    text = "\n".join(["تبرع الآن", "جمعية المزارعين التعاونية", "الرئيسية", "برامجنا", "برنامج «تبنَّ شجرة زيتون»",
                      "🌳 تم تبنّي 3,412 شجرة حتى اليوم", first, P2])
    doc = arclean.parse(text)
    assert doc.metadata.title == "برنامج «تبنَّ شجرة زيتون»"
    assert doc.body == f"{first}\n{P2}"
    # (a form's check box under an amount's button is no icon: "مبلغ آخر" is no title)
    form = "\n".join(["تبرع الآن", "الرئيسية", "50$", "100$", "مبلغ آخر", "☐ اجعل تبرعي شهريا", first, P2])
    assert arclean.parse(form).metadata.title is None


def test_a_tab_bars_last_tab_over_the_text_is_no_title_when_the_text_heads_a_section_with_it() -> None:
    # "نظرة عامة" / "المزايا" / "المستندات المطلوبة": the tabs over a product page's text; the
    # last one comes back as the heading of its section, which stays in the body
    intro = "امتلك سيارتك الجديدة أو المستعملة بتمويل متوافق مع أحكام الشريعة، وبأقساط شهرية تناسب دخلك."
    docs = "البطاقة الذكية سارية المفعول، وشهادة راتب حديثة، وكشف حساب لآخر ثلاثة أشهر، وعرض سعر من الوكيل."
    text = "\n".join(["بنك المدينة", "أفراد", "شركات", "تمويل السيارات", "قدم طلبك الآن", "نظرة عامة", "المزايا",
                      "المستندات المطلوبة", intro, P2, "المستندات المطلوبة", docs, "© 2025 بنك المدينة"])
    doc = arclean.parse(text)
    assert doc.metadata.title != "المستندات المطلوبة"
    assert doc.body == "\n".join([intro, P2, "المستندات المطلوبة", docs])
    # a tab named "overview" or "location on the map" right over the text is a section's label
    for tab in ("نظرة عامة", "الموقع على الخريطة"):
        page = "\n".join(["بوابة العقار", "الرئيسية", "المناطق", "دليل منطقة السلام", "إعلانات المنطقة", tab, intro, P2])
        assert arclean.parse(page).metadata.title != tab


def test_section_heading_under_a_facts_card_is_not_the_title() -> None:
    # a course page: the card's rows, then "وصف المقرر" over its text; the section's name
    # names the text, but the page's heading is elsewhere
    first = "يتناول المقرر تاريخ العمارة الإسلامية في المشرق من القرن الأول حتى القرن الرابع الهجري، مع زيارات ميدانية."
    text = "\n".join(
        ["الساعات المعتمدة: 3 ساعات نظرية", "المتطلب السابق: مدخل إلى علم الآثار", "نوع المقرر: إجباري لطلبة التخصص",
         "وصف المقرر", first, P2]
    )
    doc = arclean.parse(text)
    assert doc.metadata.title != "وصف المقرر"


def test_section_heading_under_the_page_heading_is_not_the_title() -> None:
    # "منهجية مسح ..." names the text too, a line over "الهدف من المسح": the section is none
    first = "يهدف مسح القوى العاملة إلى توفير بيانات دورية عن حجم العمالة والبطالة في المملكة وخصائصها."
    text = "\n".join(["الرئيسية", "الإحصاءات", "منهجية مسح القوى العاملة", "الهدف من المسح", first, P2])
    doc = arclean.parse(text)
    assert doc.metadata.title != "الهدف من المسح"


def test_headline_at_the_very_start_of_an_extract_is_the_title() -> None:
    # an extracted article that opens with its headline (issue 10, class 7); the body
    # left then starts with prose, so clean(clean(x)) == clean(x)
    text = "\n".join(["مستشفيات جديدة", P1, P2])
    doc = arclean.parse(text)
    assert doc.metadata.title == "مستشفيات جديدة"
    assert doc.segments[0].rule == "zone.first_line_headline"
    assert doc.body == f"{P1}\n{P2}"
    assert arclean.clean(doc.body) == doc.body


def test_a_read_also_list_of_two_dot_headlines_inside_the_story_is_related() -> None:
    # "<place>.. <headline>": its two dots count as punctuation, but the listed line is no
    # sentence, and the story goes on under the list with a connective
    items = ["الموصل.. افتتاح جسر الحرية بعد إعادة تأهيله بالكامل", "تلعفر.. ارتفاع أسعار الطماطم مع توقف الاستيراد"]
    later = "من جانبه، أوضح مدير الزراعة أن الجبل فقد مساحات واسعة من غطائه النباتي خلال السنوات الماضية."
    text = "\n".join(["عنوان الخبر عن زراعة الشتلات في الجبل", "نشر في: 4 مارس 2025", P1, P2, "اقرأ أيضاً:", *items, later])
    doc = arclean.parse(text)
    assert doc.body == "\n".join([P1, P2, later])
    assert all(row_of(text, item)[2] == "related" for item in items)


def test_short_first_paragraph_before_an_inline_teaser_is_kept() -> None:
    first = "شهدت أسعار الذهب ارتفاعا ملحوظا في الأسواق المحلية اليوم، بعد موجة من التراجع استمرت أسبوعين."
    text = "\n".join(
        ["ارتفاع أسعار الذهب في الأسواق المحلية", "نشر في: 12 مارس 2024", first,
         "اقرأ أيضا: الفضة تسجل أعلى مستوى لها منذ عامين", P2, P3]
    )
    doc = arclean.parse(text)
    assert doc.body == "\n".join([first, P2, P3])
    assert doc.metadata.title == "ارتفاع أسعار الذهب في الأسواق المحلية"


def test_unreadable_date_line_stays_metadata_with_no_value() -> None:
    text = "\n".join(["مطر غزير في عمّان", "نشر في: 22 يونيو 24", P1, P2])
    doc = arclean.parse(text)
    assert row_of(text, "نشر في")[1:] == ("metadata", "published", "lexicon.prefix:نشر في")
    assert doc.metadata.published is None  # two-digit year: never guessed
    assert doc.body == f"{P1}\n{P2}"


def test_site_clock_above_menus_is_not_the_story_date() -> None:
    # no date of its own: the header clock must not become "published"
    text = "\n".join(
        ["الجمعة، 24 مايو 2024 08:43 ص", "الرئيسية", "سياسة", "رياضة", "اقتصاد", "فن", "ثقافة",
         "الصحة تفتتح ثلاثة مستشفيات جديدة بالجنوب", P1, P2]
    )
    doc = arclean.parse(text)
    assert doc.metadata.published is None
    assert row_of(text, "الجمعة، 24 مايو")[1] == "boilerplate"


def test_sidebar_date_label_far_from_the_story_is_not_used() -> None:
    sidebar = ["ملف خاص عن الانتخابات", "تاريخ النشر: 3 مايو 2021"] + [f"عنوان جانبي رقم {i}" for i in range(14)]
    text = "\n".join(sidebar + ["الصحة تفتتح ثلاثة مستشفيات جديدة بالجنوب", P1, P2, P3])
    doc = arclean.parse(text)
    assert doc.metadata.published is None
    assert row_of(text, "تاريخ النشر")[1:] == ("boilerplate", "widget", "position.date_far_from_story")


def test_credit_between_paragraphs_does_not_end_the_story() -> None:
    text = "\n".join([P1, P2, "المصدر: البنك الدولي", P3])
    doc = arclean.parse(text)
    assert doc.body == "\n".join([P1, P2, P3])
    assert row_of(text, "المصدر")[1:] == ("metadata", "source", "lexicon.prefix:المصدر")


def test_closing_agency_credit_is_the_source() -> None:
    text = "\n".join([P1, P2, "(رويترز)"])
    doc = arclean.parse(text)
    assert doc.body == f"{P1}\n{P2}"
    assert doc.metadata.source == "رويترز"
    assert row_of(text, "(رويترز)")[3] == "shape.closing_agency_credit"


def test_source_falls_back_to_the_datelines_agency() -> None:
    doc = arclean.parse("القاهرة (أ ف ب) -- " + P1 + "\n" + P2)
    assert doc.metadata.dateline == "القاهرة (أ ف ب)"
    assert doc.metadata.source == "أ ف ب"


def test_article_written_in_one_short_sentence_per_line() -> None:
    sentences = [
        "فاز الفريق الأول بثلاثة أهداف.",
        "سجل المهاجم هدفين رائعين.",
        "وأضاف المدافع الهدف الثالث.",
        "وقال المدرب إنه سعيد جدا.",
        "الجماهير احتفلت حتى الصباح.",
    ]
    text = "\n".join(
        ["الرئيسية", "رياضة", "مباراة مثيرة في نهائي الكأس", "نشر في: 3 مارس 2024", *sentences,
         "اقرأ أيضا", "خبر آخر عن الدوري المحلي اليوم", "من نحن"]
    )
    doc = arclean.parse(text)
    assert doc.body == "\n".join(sentences)
    assert doc.metadata.title == "مباراة مثيرة في نهائي الكأس"


def test_relative_time_breadcrumb_image_credit_and_cookie_notice() -> None:
    text = "\n".join(
        [
            "تخطى إلى المحتوى",
            "الرئيسية > أخبار > الشرق الأوسط",
            "الصحة تفتتح ثلاثة مستشفيات جديدة بالجنوب",
            "قبل 3 ساعات",
            "صدر الصورة، Getty Images",
            P1, P2, P3,
            "قصص مقترحة",
            "وزير الصحة يتفقد المستشفيات",
            "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك، ومتابعة التصفح تعني موافقتك على ذلك.",
        ]
    )
    doc = arclean.parse(text)
    assert doc.body == "\n".join([P1, P2, P3])
    assert doc.metadata.title == "الصحة تفتتح ثلاثة مستشفيات جديدة بالجنوب"
    assert doc.metadata.published is None  # "3 hours ago" without a reference time: never guessed
    assert row_of(text, "قبل 3 ساعات")[1:] == ("metadata", "published", "shape.relative_time")
    assert row_of(text, "الرئيسية >")[1:] == ("boilerplate", "nav", "shape.breadcrumb")
    # the trail's last item, right above the headline, is the story's section
    assert doc.metadata.category == "الشرق الأوسط"
    assert [(s.kind, s.rule) for s in doc.segments if text[s.start : s.end] == "الشرق الأوسط"] == [("category", "zone.crumb_section")]
    assert row_of(text, "صدر الصورة")[1:3] == ("boilerplate", "other")
    assert row_of(text, "ملفات تعريف الارتباط")[1:3] == ("boilerplate", "widget")


# --- whole-page gates pick every line the per-line test would -----------------------------

from hypothesis import example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from arclean import rules  # noqa: E402
from arclean.lexicon import KEY_HEAD_CHARS  # noqa: E402
from arclean.lines import YEAR, read_lines  # noqa: E402
from arclean.segment import DATE_LINE_MAX_CHARS  # noqa: E402
from arclean.segment import _lines_with_signs, _lines_with_years  # noqa: E402

_PIECES = ["2024", "١٤٤٥", "۱۹۹۹", "12345", "0200", "م", "يناير", "|", "»", "©", "@", "›", "·", "•", ">", "-", "نص", " ", "\n", "\u200f", "/"]


@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
@settings(max_examples=300, deadline=None)
@example("12345\u200f2024 م")
def test_page_gates_cover_every_candidate_line(text: str) -> None:
    lines, block = read_lines(text)
    with_year = set(_lines_with_years(block))
    for i, ln in enumerate(lines):
        if len(ln.text) <= DATE_LINE_MAX_CHARS and YEAR.search(ln.text):
            assert i in with_year, ln.text
    signs = {i for i, ln in enumerate(lines) if any(c in ln.text for c in rules.SHAPE_SIGNS)}
    assert set(_lines_with_signs(text, lines)) == signs


def test_date_lines_are_keyed_whole() -> None:
    # the year gate reads keys, so every line short enough to be a date line is keyed in full
    assert DATE_LINE_MAX_CHARS <= KEY_HEAD_CHARS


# The definition of a line that read_lines implements with str.splitlines and str.strip: a
# stripped run of characters between any of the line breaks str.splitlines() knows.
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_STRIPPED = re.compile(rf"[^\s](?:[^{_LINE_BREAKS}]*[^\s])?")


@given(st.lists(st.sampled_from(["نص", "a", " ", "\t", "\u00a0", "\u3000", "\x1f", *_LINE_BREAKS, "\r\n"]), max_size=40).map("".join))
@settings(max_examples=400, deadline=None)
@example(" \u2028 نص\x1f \r\n\x85a ")
def test_read_lines_finds_every_stripped_line(text: str) -> None:
    lines, _block = read_lines(text)
    assert [(ln.start, ln.end, ln.text) for ln in lines] == [(m.start(), m.end(), m.group()) for m in _STRIPPED.finditer(text)]


# (a text whose only line break is "\n" is read by read_lines' one-regex path: drawn apart,
# since a draw from all the breaks above seldom lacks every other one)
@given(st.lists(st.sampled_from(["نص", "a", " ", "\t", "\u00a0", "\u3000", "\x1f", "\n"]), max_size=40).map("".join))
@settings(max_examples=300, deadline=None)
@example(" \n\t نص \u00a0\n\x1f\n a\u3000")
def test_read_lines_finds_every_stripped_line_of_a_newline_only_text(text: str) -> None:
    lines, _block = read_lines(text)
    assert [(ln.start, ln.end, ln.text) for ln in lines] == [(m.start(), m.end(), m.group()) for m in _STRIPPED.finditer(text)]


def test_repeated_word_list_line_is_nav_and_prose_is_not() -> None:
    from arclean.rules import repetitive_list

    surahs = " ".join(f"سورة {n}" for n in ["الفاتحة", "البقرة", "آل عمران", "النساء", "المائدة", "الأنعام", "الأعراف",
                                              "الأنفال", "التوبة", "يونس", "هود", "يوسف", "الرعد", "إبراهيم", "الحجر"])
    hit = repetitive_list(surahs, len(surahs.split()))
    assert hit is not None and hit.rule == "shape.repetitive_list"
    prose = " ".join([P1.rstrip("."), P2.rstrip(".")]).replace("،", "")
    assert repetitive_list(prose, len(prose.split())) is None
    # the head repeats nothing: no count of the whole line (a list repeats its word from its start)
    distinct = " ".join(f"موضوع{chr(0x0660 + a)}{chr(0x0660 + b)}" for a in range(3) for b in range(10))
    late = distinct + " " + " ".join(["سورة"] * 40)
    assert len(set(late[:160].split())) == len(late[:160].split())
    assert repetitive_list(late, len(late.split())) is None
    # the shares are counted in the line's first LIST_SCAN_CHARS characters: a list longer
    # than that is still read as one, and prose glued after it does not dilute it
    from arclean.rules import LIST_SCAN_CHARS

    long_list = " ".join([surahs] * 12) + " " + prose
    assert len(surahs) * 12 > LIST_SCAN_CHARS
    hit = repetitive_list(long_list, len(long_list.split()))
    assert hit is not None and hit.rule == "shape.repetitive_list"


def _split_dateline_by_regex_alone(text: str):
    m = rules._DATELINE.match(text)
    if m is None or m.end() > rules.DATELINE_MAX_CHARS or not text[m.end():].strip():
        return None
    return rules.split_dateline(text)


_DATELINE_PIECES = ["بغداد", "واس", "(CNN)", "(أ ف ب)", "/", " ", "-", "–", ":", "،", "قال", "الرئيس", "--", "ـ", "\n", "x" * 30]


@given(st.lists(st.sampled_from(_DATELINE_PIECES), max_size=30).map("".join))
@settings(max_examples=400, deadline=None)
@example("بغداد/ شبكة أخبار العراق- قال التحالف")
@example("واس - القاهرة: قال الرئيس")
@example("دبي، الإمارات العربية المتحدة (CNN) -- قال")
def test_dateline_gate_only_skips_lines_the_regex_rejects(text: str) -> None:
    # the cheap character test in split_dateline never hides a dateline the regex would find
    assert rules.split_dateline(text) == _split_dateline_by_regex_alone(text)


_BYLINE_PIECES = ["بيروت", "جنى خوري", "متابعة", "مراسل", "/", " ", " - ", " – ", " — ", " ـ ", " | ", "|", ":", "،", ".", "-", "x" * 12]


@given(st.lists(st.sampled_from(_BYLINE_PIECES), max_size=12).map("".join))
@settings(max_examples=400, deadline=None)
@example("بيروت - جنى خوري")
@example("متابعة/ جنى خوري")
@example("المدينة نيوز :-")
@example("الرياضي ـ جدة")
@example("بيروت/ شبكة النهار-")
def test_dash_slash_colon_gate_only_skips_lines_the_regexes_reject(text: str) -> None:
    # the substring test before the lone-dateline and byline regexes never hides a match
    text = text.strip()
    if rules._has_dash_slash_or_colon(text):
        return
    assert rules._LONE_DATELINE.match(text) is None
    sides = [p for p in rules._BYLINE_SPLIT.split(text) if p.strip()]
    assert len(sides) < 2


@given(st.lists(st.sampled_from(["سورة", "البقرة", "قال", "،", ".", " ", "x" * 40]), min_size=30, max_size=200).map(" ".join))
@settings(max_examples=200, deadline=None)
def test_shape_hit_with_the_callers_trigger_is_shape_hit_alone(text: str) -> None:
    # apply_line_rules passes shape_triggered from its page-wide sign scan
    words = len(text.split())
    assert rules.shape_hit(text, words, rules.shape_triggered(text)) == rules.shape_hit(text, words)


@given(st.lists(st.sampled_from(["المدخل", " ", ".", "..", "…", "9", "\n", "\t", "\u00a0", "x", " .", "\n ."]), max_size=40).map("".join))
@settings(max_examples=300, deadline=None)
@example("abc\n .x\n... 9")
def test_lines_holding_finds_signs_that_open_with_a_blank(text: str) -> None:
    # " ." can start in the blanks between two lines: that hit is no line's
    from arclean.lines import lines_holding

    lines, _block = read_lines(text)
    signs = (" .", "\t.", "..", "…")
    expected = {i for i, ln in enumerate(lines) if any(s in ln.text for s in signs)}
    assert set(lines_holding(text, lines, signs)) == expected


def test_a_list_item_number_is_not_sentence_punctuation() -> None:
    (a, b), _block = read_lines("2. برميل النفط الكويتي يرتفع 64 سنتا ليبلغ 83 دولارا\n2. يرجى السماح بانحراف طفيف عن البيانات.")
    assert (a.punct, b.punct) == (0, 1)  # (the second ends as a sentence)


def test_an_abbreviations_point_is_not_sentence_punctuation() -> None:
    text = "\n".join([
        "شاهين فرخ هالسنة للبيع – 9,500 ر.ق – الوكرة – منذ يومين",  # a classified's price in "ر.ق"
        "تبسة: ع. بوزيد",  # a byline's initial
        "وقال د. سامي الحلبي إن العمل سيبدأ الشهر المقبل.",  # the sentence's own end still counts
    ])
    (a, b, c), _block = read_lines(text)
    assert (a.punct, a.is_prose) == (0, False)
    assert b.punct == 0
    assert c.punct == 1


@pytest.mark.parametrize("line", [
    # a legal definition listing things with "أو" (or): a sentence, not a menu
    "يقصد بالإشغال في تطبيق أحكام هذا القرار كل استعمال للأرصفة أو الطرق أو الساحات العامة بوضع مواد أو بضائع "
    "أو طاولات أو كراسي أو لوحات إعلانية أو أي منقولات أخرى سواء كان ذلك بصفة مؤقتة أو دائمة",
    # Persian: "و" (and) and "یا" (or) are words of their own
    "این طرح شامل خانه‌ها و مدارس و بیمارستان‌ها و مساجد و پارک‌ها و کتابخانه‌ها و ورزشگاه‌ها و بازارها و خیابان‌ها "
    "و پل‌ها یا راه‌های روستایی یا جاده‌های فرعی در همه استان‌های کشور می‌شود",
])
def test_a_line_repeating_a_conjunction_is_no_repeated_word_list(line: str) -> None:
    from arclean.rules import repetitive_list

    assert len(line.split()) >= 30
    assert repetitive_list(line, len(line.split())) is None
    text = "\n".join(["المادة 1", line, "المادة 2", P1, P2])
    assert line in arclean.clean(text)


def test_clauses_ending_in_commas_over_the_story_go_on_into_it() -> None:
    # a decision's preamble, broken a clause a line: each line ends in a comma and goes on below
    preamble = ["إن المجلس البلدي،", "بعد الاطلاع على قانون البلديات وتعديلاته،", "وعلى اللائحة التنفيذية للقانون المذكور،"]
    text = "\n".join(["قرار رقم (14) لسنة 2023 بشأن تنظيم إشغال الأرصفة", *preamble,
                      "وبناءً على ما عرضته لجنة الخدمات والمرافق العامة، وما تقتضيه المصلحة العامة،", "قرر ما يلي:", "المادة 1", P1, "المادة 2", P2])
    body = arclean.clean(text).split("\n")
    assert all(p in body for p in preamble) and body[-1] == P2


def test_an_inline_read_also_link_hinted_by_the_html_keeps_the_paragraph_under_it() -> None:
    # parse_html hints a link line "links" before the lexicon reads it: the lexicon's entry is
    # still attached, so the line is read as an inline link inside the story, not a list
    from samples import P1, P2, P3

    last = "ويستمر المعرض حتى الخامس من فبراير المقبل، ويفتح أبوابه يوميا من العاشرة صباحا حتى التاسعة مساء للجمهور."
    link = "اقرأ أيضًا: مواعيد معرض الكتاب وأسعار التذاكر وطرق الحجز"
    link2 = "اقرأ أيضًا: وزير الثقافة يتفقد أجنحة المعرض ويلتقي الناشرين"
    more = ["وتشارك في الدورة الحالية مئات من دور النشر المصرية والعربية والأجنبية، إلى جانب برنامج ثقافي حافل بالندوات.",
            "وشهدت صالة الطفل زحاما ملحوظا، حيث تنوعت الفعاليات بين ورش الرسم والحكي والمسرح التفاعلي للأطفال."]
    lines = ["ثقافة وفنون", "بالصور.. إقبال كبير على معرض الكتاب في يومه الأول", "الجمعة، 24 يناير 2025", P1, P2, link, P3, *more,
             link2, last, "ألبوم الصور", "1 / 5", "السابق التالي", "جميع الحقوق محفوظة"]
    hints = [None] * len(lines)
    hints[5] = hints[9] = "links"
    doc = arclean.parse("\n".join(lines), hints=hints)
    assert doc.body == "\n".join([P1, P2, P3, *more, last])


def test_two_columns_printed_side_by_side_are_read_as_separate_lines() -> None:
    # inscriptis prints a table layout's two columns on one line, padded with spaces: the
    # story's paragraph, then the sidebar's prayer time or teaser
    from pagegen import check_partition
    from samples import P1, P2, P3

    pad = " " * 40
    text = "\n".join(["الرئيسية", "الخميس 14 فبراير 2025", P1 + pad + "الشروق  6:09", P2 + pad + "أعمدة اليوم",
                      P3 + pad + "* فاطمة المحميد: أطفالنا والشاشات", "جميع الحقوق محفوظة"])
    doc = arclean.parse(text)
    assert doc.body == "\n".join([P1, P2, P3])
    check_partition(doc, text)  # (the columns' spans are exact: the partition still rebuilds the input)
    assert [s.rule for s, t in doc.iter_text() if t == "أعمدة اليوم"] == ["layout.side_column"]
    assert arclean.lines.read_lines("أ ب" + " " * 19 + "ج")[0][0].text == "أ ب" + " " * 19 + "ج"  # (a narrower run stays inside)


def test_a_sentence_opening_with_the_conjunction_under_a_hinted_read_also_box_stays_in_the_story() -> None:
    from samples import P1, P2, P3

    goes_on = "ويعتمد المزاد هذا الموسم للمرة الأولى نظاما إلكترونيا لتسجيل المزايدات وإصدار الفواتير، بدلا من الدفاتر الورقية."
    lines = ["الرئيسية", "مزاد التمور يتجاوز 38 مليون ريال في أسبوعه الأول", "الأحد 17 نوفمبر 2024", P1, P2, P3, "اقرأ أيضًا",
             "«البيئة» تطلق حملة لمكافحة سوسة النخيل الحمراء في 14 محافظة", "صادرات التمور السعودية تصل إلى 119 دولة.. والصين وجهة صاعدة",
             goes_on, "إعلان", "الوسوم: التمور", "جميع الحقوق محفوظة"]
    hints = [None] * len(lines)
    hints[6] = "related"
    hints[7] = hints[8] = "aside"
    hints[10] = "ad"
    assert arclean.parse("\n".join(lines), hints=hints).body == "\n".join([P1, P2, P3, goes_on])


def test_a_section_pages_lead_item_over_its_details_link_and_stamped_items_is_no_article() -> None:
    lead = "افتتحت بلدية المدينة مساء أمس سوق الميلاد في الساحة الرئيسية بمشاركة ثمانين عارضا من الحرفيين المحليين وسط إقبال كبير."
    lines = ["محليات", "بلدية المدينة تطلق سوق الميلاد بمشاركة 80 عارضا", "المدينة - نادين القواسمي الجمعة 20 كانون الأول 2024 - 09:30", lead,
             "التفاصيل ←"]
    for head, stamp in (("افتتاح مدرسة جديدة في القرية الشمالية", "منذ 25 دقيقة"), ("إغلاق شارع رئيسي لأعمال الصيانة", "منذ ساعة"),
                        ("حملة لتنظيف الحدائق العامة في الأحياء", "منذ ساعتين"), ("توزيع طرود غذائية على الأسر المحتاجة", "منذ 3 ساعات")):
        lines += [head, stamp]
    hints = [None] * len(lines)
    for k in range(5, len(lines), 2):
        hints[k] = "links"
    doc = arclean.parse("\n".join(lines + ["تحميل المزيد"]), hints=hints + [None])
    assert doc.body == "" and doc.metadata.published is None


@pytest.mark.parametrize(
    "stamp, hours",
    [("۲ ساعته وړاندې", 2), ("۳ ساعت پیش", 3), ("4 گھنٹے پہلے", 4), ("۵ ساعت قبل", 5)],
)
def test_a_relative_time_with_ago_last_under_a_headline_dates_the_story(stamp: str, hours: int) -> None:
    # Pashto, Persian and Urdu write "ago" after the unit; the stamp under the headline is the
    # story's date, read against the fetch time
    page = "\n".join([
        "د کابل په ښار کې د ژمي لپاره د لرګیو بیه لوړه شوه",
        stamp,
        "د کابل ښاروالۍ ویلي چې د تېرې اونۍ په پرتله د لرګیو د یوه من بیه شاوخوا سل افغانۍ لوړه شوې ده او خلک اندېښنه لري.",
        "ښاريانو وویل چې که بیې همداسې لوړې شي، نو ډېرې کورنۍ به د ژمي په سړو شپو کې د تودوخې له ستونزې سره مخ شي.",
    ])
    fetched = dt.datetime(2026, 12, 6, 12, 0)
    doc = arclean.parse(page, reference=fetched)
    seg = next(s for s, t in doc.iter_text() if t == stamp)
    assert (seg.label, seg.kind, seg.rule) == ("metadata", "published", "shape.relative_time")
    assert doc.metadata.published == fetched - dt.timedelta(hours=hours)
