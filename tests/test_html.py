"""arclean.parse_html and the routing of HTML strings in parse()/clean() (issue 12).

The pages here are small ones written for these tests.  The shared HTML pages
(``../shared/corpus/html``) are scored at the end, and skipped with a message
when the corpus is absent.
"""
from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest

import arclean
from arclean import html as H

# --------------------------------------------------------------------------- pages

STORY = [
    "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في شمال المدينة، يضم ثلاثمئة سرير وقسماً للطوارئ يعمل على مدار الساعة.",
    "وقال الوزير في مؤتمر صحفي إن المستشفى سيخدم أكثر من نصف مليون نسمة، وإن العمل فيه سيبدأ مطلع الشهر المقبل بعد اكتمال التجهيزات.",
    "وأضاف أن الوزارة تعتزم بناء ثلاثة مستشفيات أخرى خلال العامين المقبلين، في إطار خطة لتحسين الخدمات الصحية في المحافظات.",
]
TITLE = "افتتاح مستشفى جديد في شمال المدينة"


def page(
    *,
    head: str = "",
    header: str = "",
    story=STORY,
    after: str = "",
    title: str = TITLE,
    charset: str = "utf-8",
) -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in story)
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="{charset}">
<title>{title} - صحيفة المدينة</title>
{head}
</head>
<body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/local">محليات</a></li><li><a href="/sport">رياضة</a></li></ul></nav>
<article>
<h1>{title}</h1>
{header}
{paragraphs}
</article>
{after}
<footer><p>جميع الحقوق محفوظة لصحيفة المدينة 2024</p></footer>
</body>
</html>"""


def body_has_story(doc) -> bool:
    return all(p in doc.body for p in STORY)


# --------------------------------------------------------------------------- metadata


def test_json_ld_date_wins_over_a_conflicting_in_text_date() -> None:
    ld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
        f'"headline": "{TITLE}", "datePublished": "2024-03-10T09:15:00+03:00"}}</script>'
    )
    doc = arclean.parse_html(page(head=ld, header="<p>نشر في: 12 مارس 2024</p>"))
    assert doc.metadata.published == dt.datetime(2024, 3, 10, 9, 15)
    assert doc.metadata_sources["published"] == "json-ld"
    conflict = [n for n in doc.notes if n.code == "html-date-conflict"]
    assert conflict and dict(conflict[0].data)["text"] == "2024-03-12"
    assert doc.metadata.title == TITLE and body_has_story(doc)


def test_markup_in_utc_and_text_in_local_time_are_one_instant() -> None:
    head = '<meta property="article:published_time" content="2020-12-24T23:59:50+00:00">'
    doc = arclean.parse_html(page(head=head, header="<p>2020/12/25 - 1:59 صباحًا</p>"))
    # the page's own wall-clock time, not the UTC day before
    assert doc.metadata.published == dt.datetime(2020, 12, 25, 1, 59)
    assert doc.metadata_sources["published"] == "text"
    assert not [n for n in doc.notes if n.code == "html-date-conflict"]


def test_markup_late_in_utc_and_the_texts_next_day_with_no_time_are_one_day() -> None:
    # 22:15 UTC on the 2nd is the 3rd in Beirut, and the page prints "3 آذار" with no time
    head = '<meta property="article:published_time" content="2024-03-02T22:15:00.000Z">'
    doc = arclean.parse_html(page(head=head, header="<p>الأحد 3 آذار 2024</p>"))
    assert doc.metadata.published == dt.date(2024, 3, 3)
    assert doc.metadata_sources["published"] == "text"
    # (a day no zone of the region reaches from the markup's instant is a conflict: the markup wins)
    head = '<meta property="article:published_time" content="2024-03-02T10:15:00.000Z">'
    doc = arclean.parse_html(page(head=head, header="<p>الأحد 3 آذار 2024</p>"))
    assert doc.metadata.published == dt.datetime(2024, 3, 2, 10, 15)
    assert [n for n in doc.notes if n.code == "html-date-conflict"]


def test_meta_tag_date_only() -> None:
    head = '<meta property="article:published_time" content="2023-11-05T08:30:00+03:00">'
    doc = arclean.parse_html(page(head=head))
    assert doc.metadata.published == dt.datetime(2023, 11, 5, 8, 30)
    assert doc.metadata_sources["published"] == "article:published_time"
    assert doc.metadata_sources["title"] == "h1"  # <title> carries the site name, the h1 not


def test_arabic_date_in_a_meta_tag_is_read() -> None:
    head = '<meta property="article:published_time" content="الأربعاء، 07 أكتوبر 2020 - 12:09 م">'
    doc = arclean.parse_html(page(head=head))
    assert doc.metadata.published == dt.datetime(2020, 10, 7, 12, 9)


def test_never_a_year_only_date() -> None:
    head = '<meta name="date" content="2024"><meta property="article:published_time" content="2024-05">'
    doc = arclean.parse_html(page(head=head))
    assert doc.metadata.published is None
    assert "published" not in doc.metadata_sources


def test_published_markup_printed_as_last_update_is_not_published() -> None:
    head = '<meta itemprop="datePublished" content="2021-01-11T09:35">'
    doc = arclean.parse_html(page(head=head, header="<p>آخر تحديث: 11 يناير 2021 09:35</p>"))
    assert doc.metadata.published is None
    assert doc.metadata.updated == dt.datetime(2021, 1, 11, 9, 35)


def test_time_element_near_the_story_counts_far_from_it_not() -> None:
    near = '<p><time datetime="2022-06-01T10:00">1 يونيو</time></p>'
    doc = arclean.parse_html(page(header=near))
    assert doc.metadata.published == dt.datetime(2022, 6, 1, 10, 0)
    assert doc.metadata_sources["published"] == "time"
    far = "<aside><ul>" + "".join(
        f'<li><a href="/{i}">خبر آخر رقم {i}</a> <time datetime="2019-01-0{i}">قبل يوم</time></li>' for i in range(1, 6)
    ) + "</ul></aside>"
    doc = arclean.parse_html(page(after=far))
    assert doc.metadata.published is None


def test_a_time_element_under_an_update_label_is_an_update_not_a_publication() -> None:
    # a wiki's share page: "حدّثه <name> <time datetime=...>قبل 3 أيام</time>" is the last
    # edit's stamp; with no other date the page has no publication date
    stamp = '<p><span>حدّثه مصعب الطيب</span> <time datetime="2026-12-04T13:22:41Z">قبل 3 أيام</time></p>'
    doc = arclean.parse_html(page(header=stamp))
    assert doc.metadata.published is None
    assert doc.metadata.updated is not None and doc.metadata.updated.date() == dt.date(2026, 12, 4)
    # the same element under a byline alone stays the publication's
    doc = arclean.parse_html(page(header=stamp.replace("حدّثه مصعب الطيب", "بقلم مصعب الطيب")))
    assert doc.metadata.published is not None and doc.metadata.published.date() == dt.date(2026, 12, 4)


def test_title_agrees_and_site_names() -> None:
    assert H.title_agrees("عنوان الخبر", "عنوان الخبر - اليوم السابع")
    assert H.title_agrees("عنوان الخبر", "المدينة نيوز - عنوان الخبر")
    assert H.title_agrees("عنوان طويل لخبر مهم جداً عن الطقس اليوم", "عنوان طويل لخبر مهم جداً")  # cut off
    assert not H.title_agrees("عنوان الخبر", "خبر آخر تماماً")
    assert H.strip_site_name("عنوان الخبر - اليوم السابع", ["اليوم السابع"]) == "عنوان الخبر"
    assert H.strip_site_name("وزارة العمل: تفاصيل التسفير", []) == "وزارة العمل: تفاصيل التسفير"


def test_title_from_og_when_no_h1() -> None:
    html = page(head='<meta property="og:title" content="خبر بلا عنوان ظاهر | موقع الأخبار"><meta property="og:site_name" content="موقع الأخبار">')
    html = html.replace(f"<h1>{TITLE}</h1>", "")
    doc = arclean.parse_html(html)
    assert doc.metadata.title == "خبر بلا عنوان ظاهر"
    assert doc.metadata_sources["title"] == "og:title"


# --------------------------------------------------------------------------- decoding


def test_windows_1256_bytes_behind_a_windows_1252_meta() -> None:
    raw = page(charset="windows-1252").encode("cp1256")
    doc = arclean.parse_html(raw)
    assert body_has_story(doc)
    assert doc.metadata.title == TITLE
    note = [n for n in doc.notes if n.code == "html-charset"]
    assert note and dict(note[0].data)["used"] == "cp1256"
    # what a browser would show: Latin-1 soup
    assert "ÇáÕÍÉ" in raw.decode("cp1252", "replace") or "Ç" in raw.decode("cp1252", "replace")


def test_http_charset_comes_first() -> None:
    raw = page(charset="utf-8").encode("cp1256")  # the meta lies, HTTP tells the truth
    doc = arclean.parse_html(raw, encoding="windows-1256")
    assert body_has_story(doc)
    assert not [n for n in doc.notes if n.code == "html-charset"]


def test_utf8_behind_a_latin1_label_and_french_stays_latin() -> None:
    text, notes = H.decode_html(page(charset="iso-8859-1").encode("utf-8"))
    assert STORY[0] in text and notes and dict(notes[0].data)["used"] == "utf-8"
    french = "<html><head><meta charset='windows-1252'></head><body><p>Le café était très élégant à Noël, où l'été déçoit.</p></body></html>"
    text, notes = H.decode_html(french.encode("cp1252"))
    assert "élégant" in text and notes == ()


def test_no_declaration_is_detected() -> None:
    raw = page().replace('<meta charset="utf-8">', "").encode("cp1256")
    text, notes = H.decode_html(raw)
    assert STORY[1] in text


def test_mojibake_in_the_markup_is_repaired() -> None:
    raw = page().encode("utf-8").decode("cp1256", "replace")  # UTF-8 read as windows-1256
    doc = arclean.parse_html(raw)
    assert STORY[0][:40] in doc.body
    assert any(n.code == "repair" for n in doc.notes)


# --------------------------------------------------------------------------- structure


def test_nav_aside_footer_read_also_and_app_promos_stay_out() -> None:
    after = """
<aside class="sidebar"><h3>الأكثر قراءة</h3><ul>
<li><a href="/a">ارتفاع أسعار الذهب في الأسواق المحلية خلال تعاملات اليوم</a></li>
<li><a href="/b">الأرصاد تحذر من موجة حارة تضرب البلاد نهاية الأسبوع المقبل</a></li></ul></aside>
<div class="related-posts"><h3>اقرأ أيضا</h3>
<p><a href="/c">وزير التعليم يعلن موعد امتحانات نهاية العام الدراسي في المدارس الحكومية</a></p></div>
<div class="app-promo newsletter"><p>حمل تطبيق صحيفة المدينة الآن على هاتفك لتصلك الأخبار العاجلة أولاً بأول وبشكل مجاني تماماً.</p></div>
<div class="social-share"><a href="#">شارك على فيسبوك</a> <a href="#">تويتر</a></div>
"""
    inline = '<p>اقرأ أيضا: <a href="/d">افتتاح جسر جديد على النهر في وسط المدينة بعد ثلاث سنوات من العمل المتواصل</a></p>'
    story = STORY[:2] + [inline] + STORY[2:]
    doc = arclean.parse_html(page(story=story, after=after))
    assert body_has_story(doc)
    for junk in ("الرئيسية", "أسعار الذهب", "الأرصاد", "امتحانات", "حمل تطبيق", "شارك", "جميع الحقوق", "جسر جديد"):
        assert junk not in doc.body, junk
    kinds = {s.rule for s in doc.boilerplate}
    assert "hint.nav" in kinds and "hint.footer" in kinds


def test_comment_section_longer_than_the_story_stays_out() -> None:
    policy = " ".join(
        ["نرجو من القراء الكرام الالتزام بآداب الحوار وعدم الإساءة إلى الآخرين أو نشر الشائعات، "
         "وتحتفظ الصحيفة بحقها في حذف أي تعليق يخالف سياسة النشر المعتمدة لديها دون إبداء الأسباب."] * 3
    )
    comments = (
        '<section id="comments" class="comments-area"><h3>التعليقات</h3>'
        + "".join(f"<p>{policy}</p>" for _ in range(4))
        + '<div class="comment"><p>محمد: خبر رائع، شكراً للوزارة على هذا الإنجاز الكبير الذي طال انتظاره.</p></div>'
        "<form><textarea>اكتب تعليقك هنا</textarea><button>أرسل التعليق</button></form></section>"
    )
    doc = arclean.parse_html(page(after=comments))
    assert body_has_story(doc)
    assert "نرجو من القراء" not in doc.body and "خبر رائع" not in doc.body
    assert "اكتب تعليقك" not in doc.source_text  # form fields are never text
    assert len(policy) * 4 > len(" ".join(STORY))


CARDS = [
    ("الحكومة تقر الموازنة العامة بعجز متوقع يبلغ ملياري دينار", "الأحد 16 تشرين الثاني 2025",
     "أقر مجلس الوزراء في جلسته اليوم مشروع قانون الموازنة العامة للسنة المالية المقبلة، بإجمالي نفقات تقدر بنحو 12.8 "
     "مليار دينار، وإيرادات محلية ومنح خارجية تغطي قرابة 84 في المئة منها. وقال وزير المالية إن الموازنة تركز على "
     "الإنفاق الرأسمالي ومشاريع البنية التحتية في المحافظات."),
    ("التضخم يتباطأ إلى 1.6 في المئة خلال تشرين الأول", "الأحد 16 تشرين الثاني 2025",
     "أظهرت بيانات دائرة الإحصاءات العامة تراجع معدل التضخم السنوي مقارنة بالشهر نفسه من العام الماضي."),
    ("البنك المركزي: ارتفاع الاحتياطيات الأجنبية إلى مستوى قياسي", "السبت 15 تشرين الثاني 2025",
     "قال البنك المركزي إن احتياطياته من العملات الأجنبية بلغت مستوى قياسيا بنهاية الشهر الماضي."),
    ("أسعار الذهب محليا تتراجع أربعين قرشا للغرام", "السبت 15 تشرين الثاني 2025",
     "انخفضت أسعار الذهب في السوق المحلية اليوم السبت، وسجل سعر بيع الغرام تراجعا طفيفا."),
    ("الصادرات الوطنية ترتفع ثمانية في المئة في تسعة أشهر", "الجمعة 14 تشرين الثاني 2025",
     "ارتفعت قيمة الصادرات الكلية خلال الأشهر التسعة الأولى من العام الحالي مقارنة بالفترة نفسها."),
]


def test_a_category_page_of_dated_cards_has_no_article() -> None:
    # each card: a linked headline, its date, a one-sentence summary; the summaries are short
    # texts among many like them, each under its own date: no story
    cards = "".join(
        f'<article class="card"><a class="card__img" href="/n/{k}"><img src="/i/{k}.jpg" alt=""></a>'
        f'<div class="card__body"><h2 class="card__title"><a href="/n/{k}">{h}</a></h2>'
        f'<span class="card__date">{d}</span><p class="card__summary">{p}</p></div></article>'
        for k, (h, d, p) in enumerate(CARDS)
    )
    html = page(story=[], title="اقتصاد").replace("<article>\n<h1>اقتصاد</h1>", '<main class="category"><h1>اقتصاد</h1><div class="cards">' + cards + "</div>").replace("</article>", "</main>")
    doc = arclean.parse_html(html)
    assert doc.body == ""
    assert doc.metadata.published is None


def test_script_style_and_hidden_never_reach_the_body() -> None:
    head = "<style>body { color: red } .x::before { content: 'نص مخفي في الأنماط' }</style>"
    after = (
        "<script>var s = 'نص عربي داخل سكربت يجب ألا يظهر أبداً في النص المستخرج من الصفحة';</script>"
        "<noscript><p>فعّل جافاسكربت لتصفح الموقع بشكل أفضل وأسرع وأكثر أماناً لجميع المستخدمين</p></noscript>"
        "<template><p>قالب مخفي لا يعرض للقارئ أبداً في أي حال من الأحوال داخل الصفحة</p></template>"
        '<div style="display:none"><p>فقرة مخفية بالأنماط لا يراها القارئ ولا يجب أن تدخل النص</p></div>'
    )
    story = [STORY[0], STORY[1] + "<script>document.write('سكربت وسط الفقرة')</script>", STORY[2]]
    doc = arclean.parse_html(page(head=head, story=story, after=after))
    assert body_has_story(doc)
    for hidden in ("color", "نص مخفي", "سكربت", "جافاسكربت", "قالب مخفي", "فقرة مخفية", "document.write"):
        assert hidden not in doc.source_text, hidden


def test_html_spans_point_at_the_elements() -> None:
    from lxml.html import document_fromstring

    html = page()
    doc = arclean.parse_html(html)
    tree = document_fromstring(html).getroottree()
    assert len(doc.html_spans) == len(doc.source_text.split("\n"))
    for span in doc.html_spans:
        line = doc.source_text[span.start : span.end]
        el = tree.xpath(span.path)[0]
        assert " ".join(line.split()) in " ".join(el.text_content().split())
    first_body = doc.body_segments[0]
    span = next(s for s in doc.html_spans if s.start <= first_body.start < s.end + 1)
    assert span.path == "/html[1]/body[1]/article[1]/p[1]"


def test_page_lines_roles_and_link_density() -> None:
    from lxml.html import document_fromstring

    lines = H.page_lines(document_fromstring(page()))
    by_text = {ln.text: ln for ln in lines}
    assert by_text["الرئيسية"].role == "nav" and by_text["الرئيسية"].link_density == 1.0
    assert by_text[TITLE].heading == 1 and by_text[TITLE].role is None
    assert by_text["الرئيسية"].list_item
    assert by_text[STORY[0]].link_density == 0.0


def test_class_words_that_are_not_roles() -> None:
    from lxml.html import document_fromstring

    # MediaWiki anchors (".D8.A7...") and upper-case codes are not the word "ad"
    html = page(header='<h2><span id=".D9.85.D8.AD.D8.A7.D8.B0.D9.8A.D8.B1">قسم</span></h2><div class="AD-free">نص</div>')
    lines = H.page_lines(document_fromstring(html))
    assert all(ln.role is None for ln in lines if ln.text in ("قسم", "نص"))


def test_a_wrapper_with_a_role_word_does_not_hide_the_article() -> None:
    html = page().replace("<article>", '<div id="content-sidebar-wrap"><article>').replace("</article>", "</article></div>")
    doc = arclean.parse_html(html)
    assert body_has_story(doc)


def test_a_listing_page_has_no_article() -> None:
    items = "".join(
        f'<li><h3><a href="/n{i}">عنوان خبر رقم {i} عن أحداث اليوم في المدينة</a></h3>'
        f"<p>ملخص قصير للخبر رقم {i} يتحدث عن تفاصيل ما جرى أمس في أحد أحياء المدينة الكبرى.</p></li>"
        for i in range(12)
    )
    html = f"<!DOCTYPE html><html><head><title>أخبار المدينة</title></head><body><h1>أخبار</h1><ul>{items}</ul></body></html>"
    doc = arclean.parse_html(html)
    assert doc.body == ""
    assert doc.metadata.title is None and doc.metadata_sources == {}
    assert any(n.code == "html-no-article" for n in doc.notes)


def test_main_content_modes() -> None:
    html = page()
    for mode in ("hint", "limit", "ignore"):
        assert body_has_story(arclean.parse_html(html, main_content=mode)), mode
    with pytest.raises(ValueError):
        arclean.parse_html(html, main_content="strict")


# --------------------------------------------------------------------------- robustness

BROKEN = [
    "",
    " ",
    "<",
    "<html",
    "<<<>>>",
    "<!DOCTYPE html>",
    "<html><body>",
    "</p></div></body>",
    "<html><body><p>نص بلا إغلاق <b>عريض <i>مائل",
    "<html><body><table><tr><td>خلية<td>أخرى</table><p>فقرة",
    "<html><head><title>عنوان</title></head><body><!-- تعليق لم يغلق",
    "<html><body><script>var x = '<p>لم يغلق",
    "<html><body><p>\x00\x01\x0b\x0c نص مع محارف تحكم</p></body></html>",
    "<html><body><p>\ud800 نص مع نصف زوج\udfff</p></body></html>",
    '<?xml version="1.0" encoding="utf-8"?><html><body><p>نص بإعلان XML</p></body></html>',
    "<html><body><p>" + "ب" * 200_000 + "</p></body></html>",
    "<html><body>" + "<p>" * 3000 + "</body></html>",
    "<html><body><a href='x'>" * 500 + "رابط",
    '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "datePublished": [1, 2], "headline": {}}</script>'
    '<script type="application/ld+json">{not json</script></head><body><p>نص</p></body></html>',
    '<html><head><meta property="article:published_time" content="2024-02-30T10:00"></head><body><p>نص</p></body></html>',
]


@pytest.mark.parametrize("html", BROKEN, ids=range(len(BROKEN)))
def test_broken_html_never_raises(html: str) -> None:
    doc = arclean.parse_html(html)
    assert isinstance(doc, arclean.Document)
    assert len(doc.html_spans) == (len(doc.source_text.split("\n")) if doc.source_text else 0)
    raw = html.encode("utf-8", "surrogatepass")
    assert isinstance(arclean.parse_html(raw), arclean.Document)


def test_a_repair_that_writes_a_line_separator_keeps_the_lines() -> None:
    # U+2028 inside UTF-8 text read as windows-1256: the repair gives the separator back
    moji = (STORY[0][:40] + "\u2028" + STORY[0][40:]).encode("utf-8").decode("cp1256", "replace")
    doc = arclean.parse_html(f"<html><body><p>{moji}</p><p>{moji}</p></body></html>")
    assert any(n.code == "repair" for n in doc.notes)
    assert len(doc.html_spans) == len(doc.source_text.splitlines()) == 2


def test_random_markup_never_raises() -> None:
    import random

    rnd = random.Random(12)
    pieces = ["<html>", "<body>", "<div>", "</div>", "<p>", "</p>", "<a href='x'>", "</a>", "<script>", "<!--",
              "<br>", "<li>", "<ul>", "<h1>", "<nav>", "<time datetime='2024-01-02'>", "<table><tr><td>", "<o:p>",
              "<meta charset='windows-1252'>", "<div hidden>", "&#0;", "\x00", "\u2028", "\x1c", "\ud800", "\n",
              "<", ">", "'", STORY[0][:30], "اقرأ أيضا", "<div class='comments'>", "<select><option>خيار"]
    for _ in range(200):
        html = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 40)))
        raw = bytearray(html.encode("utf-8", "surrogatepass"))
        for _ in range(len(raw) // 20):
            raw[rnd.randrange(len(raw))] = rnd.randrange(256)
        for page_in in (html, bytes(raw)):
            doc = arclean.parse_html(page_in)
            assert len(doc.html_spans) == (len(doc.source_text.splitlines()) if doc.source_text else 0)


def test_truncated_page_keeps_what_is_there() -> None:
    html = page()
    cut = html[: html.index(STORY[2]) + 40]
    doc = arclean.parse_html(cut)
    assert STORY[0] in doc.body and STORY[1] in doc.body
    for n in range(0, len(html), 97):
        assert isinstance(arclean.parse_html(html[:n]), arclean.Document)
        assert isinstance(arclean.parse_html(html.encode("utf-8")[:n]), arclean.Document)


def test_bad_bytes_and_wrong_types() -> None:
    doc = arclean.parse_html(b"<html><body><p>\xff\xfe\xfa " + STORY[0].encode() + b"</p></body></html>")
    assert STORY[0][:30] in doc.source_text
    with pytest.raises(TypeError):
        arclean.parse_html(12)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        arclean.parse_html("<p>x</p>", repair="yes")  # type: ignore[arg-type]


def test_five_megabytes_of_nested_divs_finish() -> None:
    unit = "<div>نص قصير "
    n = 5_000_000 // len(unit.encode("utf-8"))
    doc = arclean.parse_html("<html><body>" + unit * n + "</div>" * n + "</body></html>")
    assert isinstance(doc, arclean.Document)
    # unclosed nesting, as broken templates leave it, with a story at the end
    html = "<html><body>" + "<div><span>قائمة</span>" * 20_000 + "".join(f"<p>{p}</p>" for p in STORY) + "</body></html>"
    doc = arclean.parse_html(html)
    assert isinstance(doc, arclean.Document)
    flat = "<html><body>" + '<div class="x"><p>فقرة قصيرة جداً</p></div>' * 90_000 + "</body></html>"
    assert len(flat.encode("utf-8")) > 4_000_000
    doc = arclean.parse_html(flat)
    assert isinstance(doc, arclean.Document) and any(n.code == "html-no-guess" for n in doc.notes)


def test_deep_nesting_is_flattened_not_lost() -> None:
    depth = H.MAX_DEPTH + 200
    html = "<html><body>" + "<div>" * depth + "<p>" + STORY[0] + "</p>" + "</div>" * depth + "<p>" + STORY[1] + "</p></body></html>"
    doc = arclean.parse_html(html)
    assert STORY[0] in doc.source_text and STORY[1] in doc.source_text


# --------------------------------------------------------------------------- parse() / clean() routing


def test_parse_routes_html_strings_with_a_note() -> None:
    html = page()
    doc = arclean.parse(html)
    assert doc.notes[0].code == "html" and "html=False" in doc.notes[0].message
    assert body_has_story(doc) and "<p>" not in doc.body
    assert arclean.clean(html) == doc.body
    assert doc.body == arclean.parse_html(html).body
    for start in ("<html><body><p>" + STORY[0] + "</p></body></html>", "  \n<body><p>" + STORY[0] + "</p></body>"):
        assert arclean.parse(start).notes[0].code == "html"


def test_html_false_keeps_the_markup_as_text() -> None:
    html = page()
    doc = arclean.parse(html, html=False)
    assert doc.source_text == html
    assert all(n.code != "html" for n in doc.notes)
    assert arclean.clean(html, html=False) == doc.body


def test_html_true_and_text_that_only_mentions_tags() -> None:
    text = STORY[0] + "\nيبدأ كل ملف بالوسم <html> ثم <body> كما يعرف المبرمجون.\n" + STORY[1]
    doc = arclean.parse(text)
    assert doc.source_text == text and all(n.code != "html" for n in doc.notes)
    doc = arclean.parse("<p>" + STORY[0] + "</p>", html=True)
    assert doc.notes[0].code == "html" and STORY[0] in doc.body


def test_hints_with_an_html_page_are_refused() -> None:
    with pytest.raises(ValueError, match="html=False"):
        arclean.parse(page(), hints=["nav"])
    html = page()
    assert arclean.parse(html, hints=[None] * len(html.splitlines()), html=False).source_text == html


def test_looks_like_html() -> None:
    assert H.looks_like_html("<!doctype html><p>x")
    assert H.looks_like_html("\ufeff <HTML lang='ar'>")
    assert not H.looks_like_html("نص عادي <html>")
    assert not H.looks_like_html("<p>مقطع فقط</p>")


def test_trafilatura_logging_stays_quiet(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        arclean.parse_html("<html><body></body></html>")
        arclean.parse_html("<html><body><p>x</p></body></html>")
    assert not [r for r in caplog.records if r.name.startswith(("trafilatura", "htmldate", "courlan"))]


def test_import_stays_light() -> None:
    import subprocess
    import sys

    code = "import sys, arclean; print('trafilatura' in sys.modules, 'lxml' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"]


# --------------------------------------------------------------------------- the shared HTML pages


def test_shared_html_pages_meet_the_goals(shared_dir: Path, scoreboard) -> None:
    from arclean.evaluate_html import evaluate_html, format_html_report, html_records
    from arclean.evaluate import load_gold

    corpus = shared_dir / "corpus"
    records = []
    for name in ("dev.jsonl", "dev2.jsonl"):
        if (corpus / name).is_file():
            records.extend(load_gold(corpus / name))
    pairs = html_records(records, corpus / "html")
    if not pairs:
        pytest.skip("../shared/corpus/html holds none of the gold records' HTML pages")
    (res,) = evaluate_html(pairs, {"arclean.parse_html": lambda raw: arclean.parse_html(raw)})
    scoreboard(format_html_report([res], "dev.jsonl + dev2.jsonl"))
    assert res.micro >= 0.98 and res.macro >= 0.98, (res.micro, res.macro)
    assert res.worst[0] >= 0.93, res.worst
    ok, n = res.titles
    assert ok >= 0.95 * n
    ok, n = res.dates
    assert ok >= 0.95 * n and res.wrong_dates == 0
    emptied, no_article = res.no_article
    assert emptied == no_article


def test_options_pass_through() -> None:
    html = page(header="<p>منذ ساعتين</p>")  # "two hours ago": read against the fetch time
    fetched = dt.datetime(2024, 5, 1, 12, 0)
    assert arclean.parse_html(html).metadata.published is None
    assert arclean.parse_html(html, reference=fetched).metadata.published == dt.datetime(2024, 5, 1, 10, 0)
    assert arclean.parse(html, reference=fetched).metadata.published == dt.datetime(2024, 5, 1, 10, 0)
    doc = arclean.parse_html(html, normalize="search")
    assert doc.normalization is not None
    assert doc.metadata.title == arclean.normalize(TITLE, "search") != TITLE


def test_to_dict_carries_the_html_provenance() -> None:
    page = (
        "<html><head><title>t</title></head><body><h1>افتتاح ثلاثة مستشفيات جديدة في الجنوب</h1>"
        "<p>أعلنت وزارة الصحة اليوم عن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية، في إطار خطة لتخفيف الضغط.</p>"
        "</body></html>"
    )
    doc = arclean.parse_html(page)
    d = doc.to_dict()
    assert d["metadata_sources"] == dict(doc.metadata_sources) and d["metadata_sources"]
    assert [tuple(x) for x in d["html_spans"]] == [tuple(x) for x in doc.html_spans]
    assert all(path.startswith("/html[1]/body[1]/") for _s, _e, path in d["html_spans"])
    # text input has neither
    assert "html_spans" not in arclean.parse("نص قصير").to_dict()


def test_a_table_of_contents_between_the_date_and_the_story_leaves_the_header_readable() -> None:
    # the date is printed only in the text, over a toolbar and the feature's contents box
    sections = ["بين السوق والورشة", "من يحمل الصنعة بعد اليوم؟"]
    story = [STORY[0], f"<h2>{sections[0]}</h2>", STORY[1], f"<h2>{sections[1]}</h2>", STORY[2]]
    header = (
        '<div class="byline">بواسطة رهف الحمصي ، الأربعاء ٢٣ تشرين الأول ٢٠٢٤ - ١٠:١٥</div>'
        '<div class="tools">نسخة للطباعة أ+ أ−</div>'
        '<nav class="toc"><h2>محتويات المقال</h2><ul>' + "".join(f'<li><a href="#s{i}">{s}</a></li>' for i, s in enumerate(sections)) + "</ul></nav>"
    )
    html = page(header=header, story=story).replace("<p><h2>", "<h2>").replace("</h2></p>", "</h2>")
    doc = arclean.parse_html(html)
    assert doc.metadata.published == dt.datetime(2024, 10, 23, 10, 15)
    assert doc.metadata.title == TITLE
    assert body_has_story(doc) and all(s in doc.body for s in sections)
    assert "أ+" not in doc.body


def test_a_section_fronts_lead_item_with_its_details_link_over_linked_teasers_has_no_article() -> None:
    # the lead item (headline, date, a two-sentence summary, "التفاصيل »") over teasers whose
    # headline, date and summary are all the text of their links
    lead = ('<div class="lead"><h2><a href="/n/0">البلدية تطلق خطة لزراعة أربعين ألف شجرة على الطريق الساحلي</a></h2>'
            '<span class="date">الأحد 12 يناير 2025 - 10:15 ص</span>'
            f'<p>{STORY[0]} {STORY[1]}</p><a class="more" href="/n/0">التفاصيل »</a></div>')
    teasers = "".join(
        f'<div class="item"><a href="/n/{k + 1}"><h3>{h}</h3><span>{d}</span><p>{p}</p></a></div>' for k, (h, d, p) in enumerate(CARDS * 2)
    )
    html = page(story=[], title="محليات").replace("<article>\n<h1>محليات</h1>", '<main><h1>محليات</h1>' + lead + teasers).replace("</article>", "</main>")
    doc = arclean.parse_html(html)
    assert doc.body == ""
    assert doc.metadata.published is None


def test_a_tables_row_is_one_line_of_the_body_its_cells_parted_by_bars() -> None:
    table = ("<table><thead><tr><th>الموسم</th><th>عدد الصفقات</th></tr></thead><tbody>"
             "<tr><td>2022</td><td>61,200</td></tr><tr><td>2023</td><td>68,900</td></tr><tr><td>2024</td><td>77,350</td></tr></tbody></table>")
    html = page().replace(f"<p>{STORY[1]}</p>", f"<p>{STORY[1]}</p>\n{table}")
    doc = arclean.parse_html(html)
    assert "الموسم | عدد الصفقات\n2022 | 61,200\n2023 | 68,900\n2024 | 77,350" in doc.body
    assert body_has_story(doc)


def test_a_footer_inside_a_quote_is_its_citation_not_the_pages_footer() -> None:
    # <blockquote><p>...</p><footer>— name</footer></blockquote> in the story: the quote's
    # source line is the story's, and so are the paragraphs after the quote
    quote = "البذرة البلدية بتعرف أرضها، وسنة الشتوية القليلة طلع الحوراني وعبّى."
    cite = "— الحاج محمود، مزارع من المرج"
    more = "ويستعد البنك لتنظيم يوم حقل مفتوح في المرج في الأسبوع الأول من نيسان، يتعرف فيه المزارعون على الأصناف المحفوظة."
    story = [*STORY[:2], f"</p><blockquote><p>{quote}</p><footer>{cite}</footer></blockquote><p>{more}", STORY[2]]
    doc = arclean.parse_html(page(story=story))
    assert body_has_story(doc)
    assert cite in doc.body and more in doc.body
    assert "جميع الحقوق محفوظة" not in doc.body


def test_a_forums_name_in_h1_is_no_title_when_the_topic_is_a_heading() -> None:
    # phpBB: <h1> is the forum's name, <title> is "<topic> - <forum>", the topic an <h2>
    topic = "أسعار الخراف في سوق المدينة هذه الجمعة قبل العيد بأسبوعين"
    forum = "منتديات السهوب"
    html = f"""<html lang="ar"><head><meta charset="utf-8"><title>{topic} - {forum}</title></head><body>
<div class="headerbar"><h1>{forum}</h1><p>منتدى أهل السهوب للنقاش</p></div>
<h2 class="topic-title"><a href="./viewtopic.php?t=1">{topic}</a></h2>
<div class="post"><div class="content">{'<br>'.join(STORY)}</div></div>
<footer><p>جميع الحقوق محفوظة 2024</p></footer></body></html>"""
    assert arclean.parse_html(html).metadata.title == topic
    # an <h1> that is the story's headline stays the title
    assert arclean.parse_html(page()).metadata.title == TITLE


def test_a_forum_thread_whose_posts_are_all_marked_as_comments_keeps_its_opening_post() -> None:
    # Invision prints every post, the first one too, in an "ipsComment" element
    def post(paragraphs, stamp):
        ps = "".join(f"<p>{x}</p>" for x in paragraphs)
        return (f'<article class="ipsComment"><div class="ipsComment_meta"><time datetime="{stamp}">يناير</time></div>'
                f'<div class="ipsComment_content">{ps}</div></article>')
    replies = [["الله يعطيك العافية على التقرير المفيد، بس ودي أسأل عن أسعار القوارب في الإجازات الطويلة وهل تختلف عن الأيام العادية كثيرا؟"],
               ["تقرير مرتب ومفيد جزاك الله خير، تم تثبيت الموضوع في قسم التقارير لأن الإخوان يسألون عن المنطقة كثيرا هذه الأيام."]]
    html = ("<html lang='ar'><head><meta charset='utf-8'><title>" + TITLE + " - منتدى المسافرين</title></head><body>"
            "<h1>" + TITLE + "</h1>" + post(STORY, "2024-01-18T17:40:12Z")
            + "".join(post(r, f"2024-01-19T0{i}:00:00Z") for i, r in enumerate(replies, 1))
            + "<p>يمكنك المشاركة الآن والتسجيل لاحقا. إذا كان لديك حساب، سجل دخولك الآن لتنشر باسم حسابك في المنتدى.</p></body></html>")
    doc = arclean.parse_html(html)
    assert body_has_story(doc) and replies[0][0] not in doc.body
    assert str(doc.metadata.published)[:10] == "2024-01-18"


def test_a_form_wrapping_a_forums_posts_is_no_form_widget() -> None:
    # Simple Machines wraps a topic's posts in its quick-moderation <form>: the form holds most
    # of the page's text, so its tag says nothing of its lines
    stamp = "<div class='keyinfo'>« في: 03 أيلول 2024, 09:14:22 مساءً »</div>"
    post = "<div class='post'>" + "<br>".join(STORY) + "</div>"
    reply = ("<div class='post'>الله يعطيك العافية على التجربة المفيدة، وحبيت أسأل عن نوع البطاريات "
             "اللي استخدمتها وكم صار عمرها لحد الآن؟</div>")
    html = ("<html lang='ar'><head><meta charset='utf-8'><title>" + TITLE + "</title></head><body>"
            "<div class='menu'><a href='/'>الرئيسية</a> <a href='/help'>مساعدة</a></div>"
            "<form action='/quickmod' method='post' id='quickModForm'>"
            "<div class='subject'>" + TITLE + "</div>" + stamp + post + "<hr>" + reply + "</form>"
            "<div class='copyright'>SMF 2.1 © 2024, Simple Machines</div></body></html>")
    doc = arclean.parse_html(html)
    assert body_has_story(doc)
    assert all(s.rule != "hint.form" for s in doc.segments if STORY[0][:20] in doc.source_text[s.start:s.end])


def test_a_page_titles_section_and_generator_suffixes_are_both_cut() -> None:
    story = "هبطة نزوى تفتح قبل العيد بأربعة أيام والتيس الجبلي يصل إلى 220 ريالا"
    assert H.strip_site_name(f"{story} - أخبار المحافظات - Powered by Discuz!", []) == story
    assert H.strip_site_name(f"{story} - أخبار المحافظات - منتديات الحارة", ["منتديات الحارة"]) == story
    assert H.strip_site_name(f"الجزيرة نت | {story}", []) == f"الجزيرة نت | {story}"  # (a name first stays: no short last part)


def test_an_h1_that_is_the_sites_logo_text_is_no_title_when_og_title_is_the_story() -> None:
    story_title = "إزالة المسكيت من آلاف الأفدنة في الدلتا قبل موسم الفيضان"
    html = ("<html lang='ar'><head><meta charset='utf-8'><title>الساحل نيوز - " + story_title + "</title>"
            "<meta property='og:title' content='" + story_title + "'></head><body>"
            "<div id='logo'><h1 class='site_name'>الساحل نيوز</h1></div><div class='news_title'>" + story_title + "</div>"
            + "".join(f"<p>{p}</p>" for p in STORY) + "</body></html>")
    assert arclean.parse_html(html).metadata.title == story_title


def test_a_table_layouts_empty_cells_leave_no_bars_on_the_title() -> None:
    html = ("<html lang='ar'><head><meta charset='utf-8'><title>صوت الريف - " + TITLE + "</title></head><body>"
            "<div class='pathway'>الرئيسية أخبار القرى " + TITLE + "</div><table>"
            "<tr><td class='contentheading'>" + TITLE + "</td><td class='buttonheading'><a href='/p'><img src='p.png' alt='طباعة'></a></td>"
            "<td class='buttonheading'><a href='/m'><img src='m.png' alt='البريد الإلكتروني'></a></td></tr></table>"
            "<table><tr><td class='createdate'>الخميس، 12 ديسمبر 2024 10:15</td></tr></table>"
            + "".join(f"<p>{p}</p>" for p in STORY) + "</body></html>")
    assert arclean.parse_html(html).metadata.title == TITLE


def test_a_noscript_holding_the_pages_content_is_read_a_trackers_is_not() -> None:
    more = ["وأشار إلى أن المستشفى سيضم أيضا مركزا لغسيل الكلى ووحدة للعناية المركزة بحديثي الولادة، إضافة إلى عيادات خارجية.",
            "ومن المنتظر أن يفتتح رئيس الوزراء المستشفى رسميا خلال احتفال يحضره عدد من المسؤولين وممثلي الجهات المانحة."]
    thread = "".join(f"<p>{p}</p>" for p in STORY + more)
    html = ("<html lang='ar'><head><meta charset='utf-8'><title>" + TITLE + " - منتدى الرحالة</title></head><body>"
            "<div id='app'></div><noscript id='flarum-content'><h1>" + TITLE + "</h1>" + thread + "</noscript>"
            "<noscript><img src='https://pixel.example/p.gif' alt=''>فعّل جافاسكريبت</noscript></body></html>")
    doc = arclean.parse_html(html)
    assert body_has_story(doc) and "فعّل جافاسكريبت" not in doc.body


def test_a_frameworks_named_slot_holding_the_article_is_read_a_plain_template_is_not() -> None:
    # a Wiki.js page prints its article inside <template slot="contents">, which Vue renders in place
    more = ["وأشار إلى أن المستشفى سيضم أيضا مركزا لغسيل الكلى ووحدة للعناية المركزة بحديثي الولادة، إضافة إلى عيادات خارجية.",
            "ومن المنتظر أن يفتتح رئيس الوزراء المستشفى رسميا خلال احتفال يحضره عدد من المسؤولين وممثلي الجهات المانحة."]
    article = "".join(f"<p>{p}</p>" for p in STORY + more)
    hidden = "<template id='row'><p>قالب صف جديد يملؤه السكربت بعنوان الخبر وتاريخه وصورته المصغرة عند تحميل الصفحة</p></template>"
    html = ("<html lang='ar'><head><meta charset='utf-8'><title>" + TITLE + " | ويكي المدينة</title></head><body>"
            "<div id='root'><page><h1>" + TITLE + "</h1><template slot='contents'><div>" + article + "</div></template>"
            + hidden + "</page></div></body></html>")
    doc = arclean.parse_html(html)
    assert body_has_story(doc) and "قالب صف جديد" not in doc.body


def test_a_photos_caption_in_an_image_comment_class_is_no_readers_comment() -> None:
    photo = ("<div class='serendipity_imageComment_center'><img src='a.jpg' alt=''>"
             "<div class='serendipity_imageComment_txt'>الشرفات من نقطة المشاهدة الرئيسية على الطريق الوطني صباحا</div></div>")
    html = page(story=[STORY[0]]).replace("</article>", photo + "".join(f"<p>{p}</p>" for p in STORY[1:]) + "</article>")
    doc = arclean.parse_html(html)
    assert body_has_story(doc)
